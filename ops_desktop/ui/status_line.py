"""The line beside a page's buttons where the page says what it did or why a service
refused: a refusal (roles changed meanwhile, a claim closed by a colleague) is said on the
page in red, never in a modal box."""

from __future__ import annotations

from collections.abc import Callable
from typing import TypeVar

from PySide6.QtWidgets import QLabel, QWidget

from ops_desktop.domain.errors import DomainError
from ops_desktop.services.errors import StorageEnvironmentError
from ops_desktop.ui import guard

T = TypeVar("T")
ERROR_STYLE = "color: #b00020;"


class StatusLine(QLabel):
    def __init__(self, name: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName(name)
        self.setWordWrap(True)

    def say(self, text: str, error: bool = False) -> None:
        self.setStyleSheet(ERROR_STYLE if error else "")
        self.setText(text)

    def attempt(self, action: Callable[[], T]) -> T | None:
        """The service call's result, or None once its refusal is said here."""
        try:
            return action()
        except (DomainError, StorageEnvironmentError) as exc:
            self.say(guard.describe(exc), error=True)
        return None
