"""Who prepares decisions granting care, as a team's page shows it.

The head names the team (the services team unless the office says otherwise; the
coordinator's "Decyzje o usługach" page). On that team's page the entry is the button that
opens the one decision form (care_decision_dialog.py) on the case chosen there; on the other
team's page it is a line saying who prepares them, so nobody looks for a button that is not
theirs. The services page and the benefits tab both use it: the form is never copied.
"""

from __future__ import annotations

import uuid
from collections.abc import Callable

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QHBoxLayout, QLabel, QWidget

from ops_desktop.domain.permissions import Permission
from ops_desktop.domain.vocabulary import Team
from ops_desktop.services.context import Actor
from ops_desktop.services.hub import Services
from ops_desktop.services.views import DecisionView
from ops_desktop.ui import guard, pdf
from ops_desktop.ui.bus import Bus
from ops_desktop.ui.forms import named, push_button
from ops_desktop.ui.services_team.care_decision_dialog import CareDecisionDialog


class CareDecisionEntry(QWidget):
    """The button for the preparing team's page, the note for the other team's."""

    prepared = Signal(object)  # the DecisionView of the draft just saved

    def __init__(self, services: Services, actor: Actor, bus: Bus, page_team: Team,
                 case_of: Callable[[], uuid.UUID | None] = lambda: None,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.services, self.actor, self.page_team, self.case_of = (
            services, actor, page_team, case_of)
        self.button = push_button(self.tr("Decyzja o &usługach…"), "care_new_decision",
                                  self.prepare)
        self.note = named(QLabel(), "care_decision_team_note",
                          self.tr("Kto przygotowuje decyzje o usługach"))
        self.note.setWordWrap(True)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.note, 1)
        layout.addWidget(self.button)
        bus.changed.connect(self.refresh)
        self.bus = bus
        self.refresh()

    def refresh(self) -> None:
        team = guard.attempt(self, self.services.care_decisions.preparing_team)
        ours = team == self.page_team.value
        self.button.setVisible(ours and self.actor.may(Permission.PREPARE_CARE_DECISION)
                               and self.page_team in self.actor.teams())
        self.note.setVisible(team is not None and not ours)
        if team == Team.BENEFITS.value:
            self.note.setText(self.tr("Decyzje o usługach opiekuńczych przygotowuje zespół "
                                      "świadczeń."))
        elif team is not None:
            self.note.setText(self.tr("Decyzje o usługach opiekuńczych przygotowuje zespół "
                                      "usług."))

    def prepare(self) -> None:
        """The draft on the chosen case; it is shown on paper at once and waits for the head."""
        dialog = CareDecisionDialog(self.services, self.actor, self, self.case_of())
        dialog.exec()
        saved: DecisionView | None = dialog.saved
        dialog.deleteLater()
        if saved is None:
            return
        self.bus.changed.emit()
        self.prepared.emit(saved)
        data = guard.attempt(self, lambda: self.services.care_decisions.render(
            self.actor, saved.id))
        if data is not None:
            pdf.hand_over(self, data, f"projekt_decyzji_{saved.case_sign.replace('/', '_')}.pdf")
