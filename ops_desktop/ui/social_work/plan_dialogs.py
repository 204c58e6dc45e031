"""What the windows of planned social work share – the contracts' and the programmes':
a list window whose buttons act on the chosen plan and reload it once a dialog saved, and
a form in a scrolled area under the case's sign and person."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)

from ops_desktop.i18n.format import date_short
from ops_desktop.services.views import CaseView
from ops_desktop.ui import labels
from ops_desktop.ui.forms import close_only


def plan_state(plan: Any) -> str:
    """A contract's or programme's state in words: draft, or signed on a day, and how and
    when it ended."""
    text = labels.vocab(labels.CONTRACT_STATUSES, plan.status.value)
    if plan.signed_on:
        text += f" {date_short(plan.signed_on)}"
    if plan.end_reason is not None and plan.ended_on is not None:
        text += (f"; {labels.vocab(labels.END_REASONS, plan.end_reason.value)} "
                 f"{date_short(plan.ended_on)}")
    return text


def case_heading(case: CaseView) -> QLabel:
    return QLabel(QCoreApplication.translate("plans", "Sprawa %1 – %2")
                  .replace("%1", case.sign).replace("%2", case.person_name))


def lay_out_form(dialog: QDialog, case: CaseView, form: QFormLayout,
                 buttons: QDialogButtonBox, width: int, height: int) -> None:
    """The case above, the form scrolled (it is long), Save / Cancel below."""
    inner = QWidget()
    inner.setLayout(form)
    scroll = QScrollArea()
    scroll.setWidgetResizable(True)
    scroll.setWidget(inner)
    layout = QVBoxLayout(dialog)
    layout.addWidget(case_heading(case))
    layout.addWidget(scroll)
    layout.addWidget(buttons)
    dialog.resize(width, height)


class PlanListDialog(QDialog):
    """A case's plans in `view`, the buttons under it; subclasses say what is chosen, how
    the list reloads and which buttons are enabled."""

    buttons: dict[str, QPushButton]

    def lay_out(self, case: CaseView, view: QWidget, prefix: str,
                actions: tuple[tuple[str, str, Callable[[], None]], ...],
                width: int, height: int) -> None:
        self.buttons = {}
        row = QHBoxLayout()
        for name, text, slot in actions:
            button = QPushButton(text)
            button.setObjectName(f"{prefix}_{name}")
            button.clicked.connect(slot)
            self.buttons[name] = button
            row.addWidget(button)
        layout = QVBoxLayout(self)
        layout.addWidget(case_heading(case))
        layout.addWidget(view)
        layout.addLayout(row)
        layout.addWidget(close_only(self, f"{prefix}s"))
        self.resize(width, height)

    def reload(self, choose: object = None) -> None:
        raise NotImplementedError

    def chosen(self) -> Any:
        raise NotImplementedError

    def _run(self, dialog: QDialog) -> None:
        accepted = dialog.exec() == QDialog.DialogCode.Accepted
        saved = getattr(dialog, "saved", None)
        dialog.deleteLater()
        if accepted and saved is not None:
            self.reload(saved.id)

    def _with_chosen(self, make: Callable[[Any], QDialog]) -> None:
        if (chosen := self.chosen()) is not None:
            self._run(make(chosen))
