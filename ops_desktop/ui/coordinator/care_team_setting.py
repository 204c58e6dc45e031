"""The head chooses which team prepares the decisions of services: the services team, as the
office starts, or the benefits team – one choice per kind (care: usługi opiekuńcze,
specjalistyczne, sąsiedzkie; posiłek; schronienie; DPS with its art. 61 fee decision), since
offices split them (services/preparing_teams.py says why).

Each choice is an office setting that travels to every PC and is audited; the service
refuses anyone but the head. The teams' pages follow it at once
(ui/services_team/care_decision_entry.py, service_act_entry.py): the buttons on one, a note
on the other.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtWidgets import (
    QButtonGroup,
    QDialog,
    QGridLayout,
    QLabel,
    QRadioButton,
    QVBoxLayout,
    QWidget,
)

from ops_desktop.domain.vocabulary import Team
from ops_desktop.services.context import Actor
from ops_desktop.services.hub import Services
from ops_desktop.ui.bus import Bus
from ops_desktop.ui.first_contact.inputs import hint
from ops_desktop.ui.forms import save_cancel
from ops_desktop.ui.guard import attempt


class CareTeamDialog(QDialog):
    def __init__(self, services: Services, actor: Actor, bus: Bus,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.services, self.actor, self.bus = services, actor, bus
        self.saved: str | None = None
        self.setWindowTitle(self.tr("Kto przygotowuje decyzje"))
        # Each kind: its label, how the service reads and sets the choice, its two buttons.
        kinds: list[tuple[str, str, Callable[[], str], Callable[[Actor, str], None]]] = [
            ("care", self.tr("Usługi opiekuńcze, specjalistyczne i sąsiedzkie"),
             services.care_decisions.preparing_team, services.care_decisions.set_preparing_team),
            ("meal", self.tr("Posiłek"), services.meals.preparing_team,
             services.meals.set_preparing_team),
            ("shelter", self.tr("Schronienie"), services.shelters.preparing_team,
             services.shelters.set_preparing_team),
            ("dps", self.tr("Skierowanie do DPS i odpłatność (art. 61)"),
             services.placements.preparing_team, services.placements.set_preparing_team),
        ]
        grid = QGridLayout()
        grid.addWidget(QLabel(self.tr("<b>Decyzje</b>")), 0, 0)
        grid.addWidget(QLabel(self.tr("<b>Zespół ds. usług</b>")), 0, 1)
        grid.addWidget(QLabel(self.tr("<b>Zespół ds. świadczeń</b>")), 0, 2)
        self.kinds: dict[str, tuple[QRadioButton, QRadioButton, str,
                                    Callable[[Actor, str], None]]] = {}
        for row, (code, label, current_of, setter) in enumerate(kinds, start=1):
            on_services = QRadioButton()
            on_services.setObjectName(f"{code}_team_services")
            on_services.setAccessibleName(label + " – " + self.tr("zespół ds. usług"))
            on_benefits = QRadioButton()
            on_benefits.setObjectName(f"{code}_team_benefits")
            on_benefits.setAccessibleName(label + " – " + self.tr("zespół ds. świadczeń"))
            group = QButtonGroup(self)
            group.addButton(on_services)
            group.addButton(on_benefits)
            current = attempt(self, current_of) or Team.SERVICES.value
            (on_benefits if current == Team.BENEFITS.value else on_services).setChecked(True)
            grid.addWidget(QLabel(label), row, 0)
            grid.addWidget(on_services, row, 1)
            grid.addWidget(on_benefits, row, 2)
            self.kinds[code] = (on_services, on_benefits, current, setter)
        # The care row as the tests and the earlier dialog name it.
        self.services_team, self.benefits_team = self.kinds["care"][:2]
        buttons, self.save_button, _ = save_cancel(self, self.tr("&Zapisz"), "care_team",
                                                   self.save)
        layout = QVBoxLayout(self)
        layout.addWidget(QLabel(self.tr(
            "Który zespół przygotowuje projekty decyzji każdego rodzaju? Domyślnie zespół "
            "ds. usług; zespół ds. świadczeń przygotowuje je na swoich sprawach.")))
        layout.addLayout(grid)
        layout.addWidget(hint(self.tr(
            "Projekty podpisuje kierownik jak każdą decyzję. Drugi zespół widzi informację, "
            "kto je przygotowuje; projekty już zapisane pozostają na liście do podpisu.")))
        layout.addWidget(buttons)
        for label_widget in self.findChildren(QLabel):
            label_widget.setWordWrap(True)
        self.resize(620, 320)

    def chosen(self, code: str = "care") -> str:
        benefits = self.kinds[code][1]
        return (Team.BENEFITS if benefits.isChecked() else Team.SERVICES).value

    def save(self) -> None:
        """Each kind whose team changed is saved (and audited); `saved` is the care choice."""
        changed = [(code, setter) for code, (_s, _b, was, setter) in self.kinds.items()
                   if self.chosen(code) != was]
        for code, setter in changed:
            team = self.chosen(code)
            if attempt(self, lambda s=setter, t=team: s(self.actor, t) or True) is None:
                return
        self.saved = self.chosen()
        self.bus.changed.emit()
        self.accept()
