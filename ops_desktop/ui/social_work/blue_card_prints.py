"""The Niebieska Karta forms printed from the chosen procedure: form A, form B for each person
experiencing violence (one paper each, naming that person alone), and forms C and D once
recorded. The service checks who may print and logs each print."""

from __future__ import annotations

from PySide6.QtWidgets import QComboBox, QHBoxLayout, QWidget

from ops_desktop.domain.blue_card import PartyRole
from ops_desktop.domain.blue_card_forms import FORM_STEPS
from ops_desktop.services.blue_card import BlueCardView
from ops_desktop.services.context import Actor
from ops_desktop.services.hub import Services
from ops_desktop.ui import guard, pdf
from ops_desktop.ui.forms import named, push_button


class FormPrints(QWidget):
    def __init__(self, services: Services, actor: Actor, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.services, self.actor = services, actor
        self.card: BlueCardView | None = None
        self.form = named(QComboBox(), "bc_form", self.tr("Formularz do druku"))
        self.print_button = push_button(self.tr("Drukuj formularz"), "bc_print_form",
                                        self.print_form)
        row = QHBoxLayout(self)
        row.setContentsMargins(0, 0, 0, 0)
        row.addWidget(self.form, 1)
        row.addWidget(self.print_button)

    def set_card(self, card: BlueCardView | None) -> None:
        """The forms the chosen procedure can print now."""
        self.card = card
        self.form.clear()
        if card is not None:
            recorded = {d.code for d in card.done}
            self.form.addItem(self.tr("Formularz A"), ("A", None))
            for victim in card.of_role(PartyRole.VICTIM):
                self.form.addItem(self.tr("Formularz B – %1").replace("%1", victim.name),
                                  ("B", victim.person_id))
            for code, step in FORM_STEPS.items():
                if step in recorded:
                    self.form.addItem(self.tr("Formularz %1").replace("%1", code), (code, None))
        self.print_button.setEnabled(self.form.count() > 0)

    def print_form(self) -> None:
        chosen, card = self.form.currentData(), self.card
        if card is None or chosen is None:
            return
        code, victim = chosen
        data = guard.attempt(self, lambda: self.services.blue_card_forms.render(
            self.actor, card.id, code, victim))
        if data is not None:
            pdf.hand_over(self, data, f"niebieska_karta_{code}_{card.case_sign}.pdf")
