"""Closing a check of care or a complaint, and printing its protocol.

The services worker chooses the outcome (for a check: without remarks or deficiencies found;
for a complaint: justified, in part, or not), the day, the recommendations and the deadline
to put things right; a refusal stands under its field and the text typed stays. A closed
record no longer changes: the panel then offers its protocol.
"""

from __future__ import annotations


from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QDialog, QLabel, QVBoxLayout, QWidget

from ops_desktop.domain.clock import wall_today
from ops_desktop.domain.supervision_closing import OUTCOMES, SupervisionOutcome
from ops_desktop.i18n.format import date_short
from ops_desktop.services.care_supervision import SupervisionView
from ops_desktop.services.care_supervision_closing import ClosingInput
from ops_desktop.services.context import Actor
from ops_desktop.services.hub import Services
from ops_desktop.ui import labels, pdf
from ops_desktop.ui.benefits.application_dialog import date_edit
from ops_desktop.ui.field_rows import field_rows
from ops_desktop.ui.first_contact.inputs import hint, plain_text
from ops_desktop.ui.forms import FieldErrors, named, save_cancel, vocab_combo
from ops_desktop.ui.guard import attempt
from ops_desktop.ui.services_team.order_dialog import as_date


def state_text(view: SupervisionView) -> str:
    """"otwarta", or the day it was closed and its outcome, for the panel's list."""
    if view.closed_on is None or view.outcome is None:
        return QCoreApplication.translate("ClosingDialog", "otwarta")
    return QCoreApplication.translate("ClosingDialog", "zamknięta %1: %2").replace("%1", date_short(view.closed_on)).replace(
        "%2", labels.vocab(labels.SUPERVISION_OUTCOMES, view.outcome))


class ClosingDialog(QDialog):
    def __init__(self, services: Services, actor: Actor, view: SupervisionView,
                 parent: QWidget | None = None) -> None:
        # The panel that opens this dialog lives beside these helpers (provider_dialogs.py).
        from ops_desktop.ui.services_team.provider_dialogs import optional_date

        super().__init__(parent)
        self.services, self.actor, self.view = services, actor, view
        self.closed = False
        self.setWindowTitle(self.tr("Zamknięcie kontroli lub skargi"))
        self.fields = FieldErrors()
        self.outcome = vocab_combo("closing_outcome", self.tr("Wynik"),
                                   labels.SUPERVISION_OUTCOMES,
                                   [o.value for o in OUTCOMES[view.kind]])
        self.closed_on = date_edit("closing_closed_on", self.tr("Data zamknięcia"),
                                   wall_today())
        self.recommendations = plain_text("closing_recommendations", self.tr("Zalecenia"), 80)
        self.fix_by, self.no_fix_by = optional_date(
            "closing_fix_by", self.tr("Termin usunięcia uchybień"), None,
            self.tr("bez terminu"))
        buttons, self.save_button, _ = save_cancel(self, self.tr("&Zamknij i zapisz"),
                                                   "closing", self.save)
        form = field_rows(self.fields, (
                (self.tr("&Wynik:"), "outcome", self.outcome),
                (self.tr("&Data zamknięcia:"), "closed_on", self.closed_on),
                (self.tr("&Zalecenia:"), "recommendations", self.recommendations),
                (self.tr("&Termin usunięcia:"), "fix_by", self.fix_by, self.no_fix_by)))
        about = " – ".join(x for x in (
            labels.vocab(labels.SUPERVISION_KINDS, view.kind.value), date_short(view.held_on),
            view.conducted_by) if x)
        layout = QVBoxLayout(self)
        layout.addWidget(named(QLabel(about), "closing_about", self.tr("Dotyczy")))
        layout.addLayout(form)
        layout.addWidget(hint(self.tr(
            "Zamkniętej kontroli lub skargi nie można zmienić; jej protokół może otrzymać "
            "wykonawca usług – nie wpisuj informacji o zdrowiu osoby.")))
        layout.addWidget(buttons)
        self.resize(540, 420)

    def typed(self) -> ClosingInput:
        from ops_desktop.ui.services_team.provider_dialogs import chosen_date

        return ClosingInput(
            outcome=SupervisionOutcome(self.outcome.currentData()),
            closed_on=as_date(self.closed_on),
            recommendations=self.recommendations.toPlainText(),
            fix_by=chosen_date(self.fix_by, self.no_fix_by))

    def save(self) -> None:
        data = self.typed()
        self.fields.clear()
        done = attempt(self, lambda: self.services.care_supervision_closing.close(
            self.actor, self.view.id, data) or True, self.fields)
        if done:
            self.closed = True
            self.accept()


def close_record(parent: QWidget, services: Services, actor: Actor,
                 view: SupervisionView) -> bool:
    dialog = ClosingDialog(services, actor, view, parent)
    dialog.exec()
    closed = dialog.closed
    dialog.deleteLater()
    return closed


def print_protocol(parent: QWidget, services: Services, actor: Actor,
                   view: SupervisionView) -> None:
    data = attempt(parent, lambda: services.care_supervision_closing.render_protocol(
        actor, view.id))
    if data is not None:
        pdf.hand_over(parent, data, f"protokol_{view.held_on.isoformat()}.pdf")
