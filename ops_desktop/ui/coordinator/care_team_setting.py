"""The head chooses which team prepares decisions granting care (usługi opiekuńcze,
specjalistyczne, sąsiedzkie): the services team, as the office starts, or the benefits team.

The choice is an office setting that travels to every PC and is audited; the service
refuses anyone but the head (services/care_decisions.py). The teams' pages follow it at once
(ui/services_team/care_decision_entry.py): the button on one, a note on the other.
"""

from __future__ import annotations

from PySide6.QtWidgets import QButtonGroup, QDialog, QLabel, QRadioButton, QVBoxLayout, QWidget

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
        self.setWindowTitle(self.tr("Decyzje o usługach opiekuńczych"))
        self.services_team = QRadioButton(self.tr("Zespół ds. &usług (jak domyślnie)"))
        self.services_team.setObjectName("care_team_services")
        self.benefits_team = QRadioButton(self.tr("Zespół ds. ś&wiadczeń"))
        self.benefits_team.setObjectName("care_team_benefits")
        self.group = QButtonGroup(self)
        for button in (self.services_team, self.benefits_team):
            self.group.addButton(button)
        current = attempt(self, services.care_decisions.preparing_team)
        (self.benefits_team if current == Team.BENEFITS.value
         else self.services_team).setChecked(True)
        buttons, self.save_button, _ = save_cancel(self, self.tr("&Zapisz"), "care_team",
                                                   self.save)
        layout = QVBoxLayout(self)
        layout.addWidget(QLabel(self.tr(
            "Który zespół przygotowuje projekty decyzji o usługach opiekuńczych, "
            "specjalistycznych usługach opiekuńczych i usługach sąsiedzkich?")))
        layout.addWidget(self.services_team)
        layout.addWidget(self.benefits_team)
        layout.addWidget(hint(self.tr(
            "Projekty podpisuje kierownik jak każdą decyzję. Drugi zespół widzi informację, "
            "kto je przygotowuje; projekty już zapisane pozostają na liście do podpisu.")))
        layout.addWidget(buttons)
        for label in self.findChildren(QLabel):
            label.setWordWrap(True)
        self.resize(480, 240)

    def chosen(self) -> str:
        return (Team.BENEFITS if self.benefits_team.isChecked() else Team.SERVICES).value

    def save(self) -> None:
        team = self.chosen()
        done = attempt(self, lambda: self.services.care_decisions.set_preparing_team(
            self.actor, team) or True)
        if done:
            self.saved = team
            self.bus.changed.emit()
            self.accept()
