"""Art. 132 § 2 KPA: the day the decision's other parties consented to the change the appeal
asks for; from then the office may grant the appeal in full itself."""

from __future__ import annotations


from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialog, QFormLayout, QLabel, QVBoxLayout, QWidget

from ops_desktop.domain.clock import wall_today
from ops_desktop.services.appeals import AppealView
from ops_desktop.services.context import Actor
from ops_desktop.services.hub import Services
from ops_desktop.ui.benefits.application_dialog import date_edit, field_box
from ops_desktop.ui.forms import FieldErrors, save_cancel
from ops_desktop.ui.guard import attempt


class ConsentDialog(QDialog):
    def __init__(self, services: Services, actor: Actor, appeal: AppealView,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Zgoda pozostałych stron – %1").replace("%1", appeal.case_sign))
        # What Save does: the consent of this appeal's other parties, on the day typed.
        self.record = lambda day: services.appeals.record_consent(actor, appeal.id, day)
        self.recorded: AppealView | None = None
        self.fields = FieldErrors()
        intro = QLabel(self.tr("Pozostałe strony (%1) zgodziły się na uchylenie albo zmianę "
                               "decyzji zgodnie z żądaniem odwołania (art. 132 § 2 KPA).")
                       .replace("%1", ", ".join(appeal.other_parties)))
        intro.setWordWrap(True)
        intro.setTextFormat(Qt.TextFormat.PlainText)
        self.consented_on = date_edit("others_consented_on", self.tr("Data zgody"),
                                      wall_today())
        buttons, _save, _cancel = save_cancel(self, self.tr("&Zapisz"), "consent", self.save)
        form = QFormLayout()
        label = QLabel(self.tr("&Data zgody:"))
        label.setBuddy(self.consented_on)
        form.addRow(label, field_box(self.fields, "others_consented_on", self.consented_on,
                                     self.consented_on))
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addLayout(form)
        layout.addWidget(buttons)
        self.resize(520, 0)

    def save(self) -> None:
        done = attempt(self, lambda: self.record(self.consented_on.date().toPython()),
                       self.fields)
        if done is not None:
            self.recorded = done
            self.accept()
