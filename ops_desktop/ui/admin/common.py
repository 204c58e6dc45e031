"""Small pieces the administrator's forms share."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtWidgets import QLineEdit

from ops_desktop.domain.vocabulary import Role
from ops_desktop.ui import labels
from ops_desktop.ui.forms import named


def done(action: Callable[[], object]) -> Callable[[], bool]:
    """For guard.attempt around a call that returns nothing: True once it went through."""

    def run() -> bool:
        action()
        return True

    return run


def password_field(name: str, accessible: str) -> QLineEdit:
    edit = named(QLineEdit(), name, accessible)
    edit.setEchoMode(QLineEdit.EchoMode.Password)
    edit.setMaxLength(128)
    return edit


def roles_text(roles: frozenset[Role]) -> str:
    """The roles in the order of the office's vocabulary, in words."""
    return ", ".join(labels.vocab(labels.ROLES, r.value) for r in Role if r in roles)
