"""One place where a failed service call becomes words for the person, never a traceback."""

from __future__ import annotations

import logging
from collections.abc import Callable
from typing import TypeVar

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QMessageBox, QWidget

from ops_desktop.services.errors import (
    DomainError,
    StorageEnvironmentError,
    ValidationError,
)
from ops_desktop.ui.forms import FieldErrors, error_text

log = logging.getLogger(__name__)
T = TypeVar("T")


def message(parent: QWidget | None, text: str) -> None:
    """A warning box; tests patch this to read what the person would see."""
    QMessageBox.warning(parent, QMessageBox.tr("Ośrodek Pomocy Społecznej"), text)


def describe(exc: BaseException) -> str:
    """A failure in words for the person; a bug's details stay in the log."""
    if isinstance(exc, StorageEnvironmentError):
        return error_text(exc.problem.value)
    if isinstance(exc, DomainError):
        return error_text(exc.code)
    return QCoreApplication.translate("errors", "błąd programu (szczegóły w dzienniku).")


def attempt(parent: QWidget | None, action: Callable[[], T],
            fields: FieldErrors | None = None) -> T | None:
    """Run a service call; on failure show why and return None. The form keeps its contents."""
    try:
        return action()
    except ValidationError as exc:
        unplaced = fields.show(exc) if fields is not None else [error_text(e.code) for e in exc.errors]
        if unplaced:
            message(parent, "\n".join(unplaced))
    except StorageEnvironmentError as exc:
        log.warning("storage problem: %s", exc)
        message(parent, describe(exc))
    except DomainError as exc:
        message(parent, describe(exc))
    return None
