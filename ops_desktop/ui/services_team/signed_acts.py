"""What the services team's pages of decisions (DPS, shelter, posiłek) do alike: a dialog
that saves a draft, the head's signature, and the decision handed over as a PDF – each then
tells every list to read again; and the choice of the team's open case they are made on."""

from __future__ import annotations

import uuid
from collections.abc import Callable

from PySide6.QtWidgets import QComboBox, QDialog, QLabel, QWidget

from ops_desktop.domain.vocabulary import Team
from ops_desktop.services.context import Actor
from ops_desktop.services.hub import Services
from ops_desktop.ui import guard, pdf
from ops_desktop.ui.bus import Bus


def run_draft_dialog(dialog: QDialog, bus: Bus) -> None:
    """Open the dialog; when it saved a draft (its `saved`), the lists are read again."""
    dialog.exec()
    saved = getattr(dialog, "saved", None)
    dialog.deleteLater()
    if saved is not None:
        bus.changed.emit()


def sign_act(parent: QWidget, bus: Bus, sign: Callable[[uuid.UUID], object],
             chosen: object) -> None:
    """Sign the chosen decision (a view with an id), if any; a refusal is shown."""
    if chosen is None:
        return
    act_id: uuid.UUID = chosen.id  # type: ignore[attr-defined]
    if guard.attempt(parent, lambda: sign(act_id)) is not None:
        bus.changed.emit()


def print_act(parent: QWidget, render: Callable[[uuid.UUID], bytes], chosen: object) -> None:
    """Hand over the chosen decision's PDF, named by its number."""
    if chosen is None:
        return
    act_id: uuid.UUID = chosen.id  # type: ignore[attr-defined]
    number: str = chosen.number  # type: ignore[attr-defined]
    data = guard.attempt(parent, lambda: render(act_id))
    if data is not None:
        pdf.hand_over(parent, data, f"decyzja_{number.replace('/', '_')}.pdf")


def fill_services_cases(combo: QComboBox, services: Services, actor: Actor,
                        preparing: str = Team.SERVICES.value) -> QComboBox:
    """The open cases of the team preparing the decision, "sign – person", each carrying its
    id: the benefits team's where the head handed the kind to it (services/preparing_teams.py)
    and the worker is in it; else the services team's (the service refuses in words)."""
    team = preparing if Team(preparing) in actor.teams() else Team.SERVICES.value
    for case in services.referrals.cases(actor, team, 200, None, True):
        combo.addItem(f"{case.sign} – {case.person_name}", case.id)
    return combo


class PreparerNote(QLabel):
    """Beside a page's "new decision" buttons: whether the worker's team prepares this kind
    now (the head's choice, services/preparing_teams.py). Where another team does, the page
    turns its buttons off and this line says which team, so nobody fills in a form only to
    be refused on saving."""

    def __init__(self, team_of: Callable[[], str], actor: Actor, name: str,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.team_of, self.actor = team_of, actor
        self.setObjectName(name)
        self.setWordWrap(True)
        self.hide()

    def ours(self) -> bool:
        """Read the choice again; True when the worker's team prepares the kind."""
        team = guard.attempt(self, self.team_of)
        ours = team is None or Team(team) in self.actor.teams()
        if team == Team.BENEFITS.value:
            self.setText(self.tr("Te decyzje przygotowuje teraz zespół świadczeń "
                                 "(wybór kierownika)."))
        else:
            self.setText(self.tr("Te decyzje przygotowuje zespół usług."))
        self.setVisible(not ours)
        return ours
