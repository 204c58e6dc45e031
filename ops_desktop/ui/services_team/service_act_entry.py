"""Meal, shelter and DPS decisions on the benefits tab, for the kinds the head hands to it.

The head chooses per kind which team prepares them (the coordinator's "Kto przygotowuje
decyzje…"; services/preparing_teams.py). For each kind handed to benefits this row offers the
services team's own form (meal_dialog.py, shelter_dialog.py, dps_dialogs.py), which then lists
the benefits team's open cases; the draft waits in the head's list to sign like any decision.
While no kind is the benefits team's, a line says who prepares them, so nobody looks for a
button that is not theirs. The forms are never copied.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtWidgets import QDialog, QHBoxLayout, QInputDialog, QLabel, QPushButton, QWidget

from ops_desktop.domain.permissions import Permission
from ops_desktop.domain.vocabulary import Team
from ops_desktop.services.context import Actor
from ops_desktop.services.hub import Services
from ops_desktop.ui import guard
from ops_desktop.ui.bus import Bus
from ops_desktop.ui.forms import named, push_button
from ops_desktop.ui.services_team.dps_dialogs import FeeDialog, PlacementDialog
from ops_desktop.ui.services_team.meal_dialog import MealDecisionDialog
from ops_desktop.ui.services_team.shelter_dialog import ShelterDecisionDialog
from ops_desktop.ui.services_team.signed_acts import run_draft_dialog


class ServiceActEntry(QWidget):
    """One button per kind the page's team prepares; a note while it prepares none."""

    def __init__(self, services: Services, actor: Actor, bus: Bus, page_team: Team,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.services, self.actor, self.bus, self.page_team = services, actor, bus, page_team
        self.meal_button = push_button(self.tr("Decyzja o &posiłku…"), "benefits_meal_decision",
                                       lambda: self._open(MealDecisionDialog))
        self.shelter_button = push_button(self.tr("Decyzja o &schronieniu…"),
                                          "benefits_shelter_decision",
                                          lambda: self._open(ShelterDecisionDialog))
        self.dps_button = push_button(self.tr("Skierowanie do &DPS…"), "benefits_dps_decision",
                                      lambda: self._open(PlacementDialog))
        # The art. 61 fee decision goes with the placement: whoever prepares one prepares
        # the other, on a placement chosen from the list (the services page takes the row
        # chosen in its table).
        self.fee_button = push_button(self.tr("&Odpłatność za DPS…"), "benefits_dps_fee",
                                      self._open_fee)
        self.note = named(QLabel(), "service_acts_team_note",
                          self.tr("Kto przygotowuje decyzje o posiłku, schronieniu i DPS"))
        self.note.setWordWrap(True)
        self.note.setText(self.tr("Decyzje o posiłku, schronieniu i skierowaniu do DPS "
                                  "przygotowuje zespół usług."))
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.note, 1)
        for button in self.buttons():
            layout.addWidget(button)
        bus.changed.connect(self.refresh)
        self.refresh()

    def buttons(self) -> list[QPushButton]:
        return [self.meal_button, self.shelter_button, self.dps_button, self.fee_button]

    def refresh(self) -> None:
        s = self.services
        may = (self.actor.may(Permission.PREPARE_SERVICE_DECISION)
               and self.page_team in self.actor.teams())
        shown = 0
        for button, team_of in ((self.meal_button, s.meals.preparing_team),
                                (self.shelter_button, s.shelters.preparing_team),
                                (self.dps_button, s.placements.preparing_team)):
            ours = guard.attempt(self, team_of) == self.page_team.value
            button.setVisible(ours and may)
            shown += ours
        self.fee_button.setVisible(not self.dps_button.isHidden())
        self.note.setVisible(shown == 0)

    def _open(self, make: Callable[..., QDialog]) -> None:
        run_draft_dialog(make(self.services, self.actor, self), self.bus)

    def _open_fee(self) -> None:
        placements = [d for d in guard.attempt(
            self, lambda: self.services.placements.decisions(self.actor)) or []
            if d.kind == "placement"]
        if not placements:
            guard.message(self, self.tr("Nie ma jeszcze skierowania do DPS, do którego można "
                                       "ustalić odpłatność."))
            return
        labels = [f"{d.number} – {d.person_name}, {d.home_name}" for d in placements]
        label, chosen = QInputDialog.getItem(
            self, self.tr("Odpłatność za DPS"), self.tr("Skierowanie:"), labels, 0, False)
        if chosen:
            self._open(lambda *args: FeeDialog(self.services, self.actor,
                                               placements[labels.index(label)], self))
