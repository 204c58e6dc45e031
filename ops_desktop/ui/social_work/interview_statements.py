"""The statements printed from the chosen interview for the person's signature: the statement
of assets and the statement after an interview taken by electronic means. Only what the
interview and the register hold reaches the paper; the service checks who may print."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtWidgets import QHBoxLayout, QWidget

from ops_desktop.services.context import Actor
from ops_desktop.services.hub import Services
from ops_desktop.services.interview_statements import Statement
from ops_desktop.services.interviews import InterviewView
from ops_desktop.ui import pdf
from ops_desktop.ui.forms import push_button
from ops_desktop.ui.guard import attempt

FILE_NAMES = {Statement.ASSETS: "oswiadczenie_majatkowe",
              Statement.ELECTRONIC: "oswiadczenie_wywiad_elektroniczny"}


class StatementButtons(QWidget):
    def __init__(self, services: Services, actor: Actor,
                 chosen: Callable[[], InterviewView | None], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.services, self.actor, self.chosen = services, actor, chosen
        self.buttons = {
            Statement.ASSETS: push_button(self.tr("Oświadczenie majątkowe"),
                                          "interview_assets_statement",
                                          lambda: self.print_statement(Statement.ASSETS)),
            Statement.ELECTRONIC: push_button(self.tr("Oświadczenie (wywiad elektroniczny)"),
                                              "interview_electronic_statement",
                                              lambda: self.print_statement(Statement.ELECTRONIC)),
        }
        self.buttons[Statement.ASSETS].setToolTip(
            self.tr("Oświadczenie o stanie majątkowym do podpisu – z danymi z wywiadu i rejestru."))
        self.buttons[Statement.ELECTRONIC].setToolTip(
            self.tr("Oświadczenie osoby po wywiadzie przeprowadzonym za pomocą środków "
                    "komunikacji elektronicznej."))
        row = QHBoxLayout(self)
        row.setContentsMargins(0, 0, 0, 0)
        for button in self.buttons.values():
            row.addWidget(button)
        self.enable()

    def enable(self) -> None:
        for button in self.buttons.values():
            button.setEnabled(self.chosen() is not None)

    def print_statement(self, statement: Statement) -> None:
        i = self.chosen()
        if i is None:
            return
        data = attempt(self, lambda: self.services.interview_statements.render(
            self.actor, i.id, statement))
        if data is not None:
            pdf.hand_over(self, data, f"{FILE_NAMES[statement]}_{i.case_sign}_{i.id.hex[-12:]}.pdf")
