"""The head's settings of care-service fees: the council resolution's hourly cost and the
office's fee table (the JSON of resources/law/care_fees.json), replacing the shipped sample."""

from __future__ import annotations


from PySide6.QtGui import QFontDatabase
from PySide6.QtWidgets import QDialog, QFormLayout, QLineEdit, QVBoxLayout, QWidget

from ops_desktop.domain.clock import wall_today
from ops_desktop.services.context import Actor
from ops_desktop.services.hub import Services
from ops_desktop.ui.benefits.application_dialog import field_box
from ops_desktop.ui.first_contact.inputs import hint, labelled_row, plain_text
from ops_desktop.ui.forms import FieldErrors, named, save_cancel
from ops_desktop.ui.guard import attempt
from ops_desktop.ui.services_team.order_dialog import typed_money


class CareFeesDialog(QDialog):
    """Both are saved together; a refusal stands under its field and the text stays."""

    def __init__(self, services: Services, actor: Actor, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.services, self.actor = services, actor
        self.saved = False
        self.setWindowTitle(self.tr("Odpłatność za usługi opiekuńcze"))
        self.fields = FieldErrors()
        table, cost = services.care_services.fee_table(actor, wall_today())
        self.hourly_cost = named(QLineEdit(format(cost, "f").replace(".", ",")),
                                 "care_hourly_cost", self.tr("Koszt 1 godziny usług"))
        self.hourly_cost.setMaximumWidth(120)
        self.tables = plain_text("care_fee_tables", self.tr("Tabela odpłatności (JSON)"), 260)
        self.tables.setFont(QFontDatabase.systemFont(QFontDatabase.SystemFont.FixedFont))
        self.tables.setPlainText(services.care_services.fee_tables_json(actor))
        buttons, self.save_button, _ = save_cancel(self, self.tr("&Zapisz"), "care_fees",
                                                   self.save)
        form = QFormLayout()
        labelled_row(form, self.tr("&Koszt 1 godziny (zł):"),
                     field_box(self.fields, "hourly_cost", self.hourly_cost), self.hourly_cost)
        labelled_row(form, self.tr("&Tabela odpłatności:"),
                     field_box(self.fields, "fee_tables", self.tables), self.tables)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(hint(self.tr(
            "Tabela obowiązująca dziś: %1. Wpisz uchwałę rady gminy: numer i datę, od kiedy "
            "obowiązuje, progi dochodu w % kryterium i odpłatność w % kosztu godziny. "
            "Wystawione rachunki się nie zmieniają.").replace("%1", table.resolution)))
        layout.addWidget(buttons)
        self.resize(760, 620)

    def save(self) -> None:
        cost = typed_money(self.hourly_cost.text())
        text = self.tables.toPlainText()
        self.fields.clear()
        def saved() -> bool:
            self.services.care_services.set_fees(self.actor, cost, text)  # type: ignore[arg-type]
            return True

        if attempt(self, saved, self.fields):
            self.saved = True
            self.accept()
