"""The forms of the providers' register: a provider, a check or complaint, and the report of
a provider's file of hours (each refused line with its number and reason)."""

from __future__ import annotations

import datetime as dt
import uuid

from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDateEdit,
    QDialog,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QVBoxLayout,
    QWidget,
)

from ops_desktop.domain.care_hours import Rejection
from ops_desktop.domain.care_providers import (
    MAX_CONTRACT,
    MAX_NAME,
    MAX_WHO,
    ProviderKind,
    SupervisionKind,
)
from ops_desktop.domain.clock import wall_today
from ops_desktop.i18n.format import date_short, money, number
from ops_desktop.services.care_hours import ImportResult
from ops_desktop.services.care_providers import ProviderInput, ProviderView
from ops_desktop.services.care_supervision import SupervisionInput, SupervisionView
from ops_desktop.services.context import Actor
from ops_desktop.services.hub import Services
from ops_desktop.ui import labels
from ops_desktop.ui.benefits.application_dialog import date_edit, to_qdate
from ops_desktop.ui.field_rows import field_rows
from ops_desktop.ui.first_contact.inputs import hint, plain_text
from ops_desktop.ui.forms import (
    FieldErrors,
    close_only,
    named,
    push_button,
    save_cancel,
    vocab_combo,
)
from ops_desktop.ui.guard import attempt
from ops_desktop.ui.services_team import supervision_closing as closing
from ops_desktop.ui.services_team.order_dialog import as_date, typed_money
from ops_desktop.ui.table_model import Column, PagedTableModel, make_table, selected_object


def optional_date(name: str, accessible: str, value: dt.date | None,
                  open_text: str) -> tuple[QDateEdit, QCheckBox]:
    """A date that may be left out: the box ticked means "none" and disables the date."""
    edit = date_edit(name, accessible, value or wall_today())
    none = named(QCheckBox(open_text), f"{name}_none", open_text)
    none.toggled.connect(lambda on: edit.setEnabled(not on))
    none.setChecked(value is None)
    return edit, none


def chosen_date(edit: QDateEdit, none: QCheckBox) -> dt.date | None:
    return None if none.isChecked() else as_date(edit)


class ProviderDialog(QDialog):
    """A new provider, or the facts of one as they are now (a new contract, a new price)."""

    def __init__(self, services: Services, actor: Actor, provider: ProviderView | None = None,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.services, self.actor, self.provider = services, actor, provider
        self.saved: ProviderView | None = None
        self.setWindowTitle(self.tr("Wykonawca usług opiekuńczych"))
        self.fields = FieldErrors()
        self.kind = vocab_combo("provider_kind", self.tr("Rodzaj wykonawcy"),
                                labels.PROVIDER_KINDS, [k.value for k in ProviderKind])
        self.name = named(QLineEdit(), "provider_name", self.tr("Nazwa"))
        self.name.setMaxLength(MAX_NAME)
        self.contract = named(QLineEdit(), "provider_contract", self.tr("Numer umowy"))
        self.contract.setMaxLength(MAX_CONTRACT)
        self.valid_from = date_edit("provider_valid_from", self.tr("Umowa od"),
                                    wall_today().replace(month=1, day=1))
        self.valid_to, self.open_ended = optional_date(
            "provider_valid_to", self.tr("Umowa do"), None, self.tr("bez terminu"))
        self.price = named(QLineEdit(), "provider_price", self.tr("Cena godziny usług"))
        self.price.setMaximumWidth(120)
        if provider is not None:
            self.kind.setCurrentIndex(self.kind.findData(provider.kind.value))
            self.name.setText(provider.name)
            self.contract.setText(provider.contract_number)
            self.valid_from.setDate(to_qdate(provider.valid_from))
            if provider.valid_to is not None:
                self.open_ended.setChecked(False)
                self.valid_to.setDate(to_qdate(provider.valid_to))
            self.price.setText(money(provider.hourly_price).replace("zł", "").strip())
        buttons, self.save_button, _ = save_cancel(self, self.tr("&Zapisz wykonawcę"),
                                                   "provider", self.save)
        form = field_rows(self.fields, (
                (self.tr("&Rodzaj:"), "kind", self.kind),
                (self.tr("&Nazwa:"), "name", self.name),
                (self.tr("Numer &umowy:"), "contract_number", self.contract),
                (self.tr("Umowa &od:"), "valid_from", self.valid_from),
                (self.tr("Umowa &do:"), "valid_to", self.valid_to, self.open_ended),
                (self.tr("&Cena godziny (zł):"), "hourly_price", self.price)))
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(hint(self.tr(
            "Firma zewnętrzna musi mieć numer umowy; opiekunki zatrudnione w ośrodku – nie. "
            "Cena godziny to kwota płacona wykonawcy, nie odpłatność klienta.")))
        layout.addWidget(buttons)
        self.resize(560, 440)

    def typed(self) -> ProviderInput:
        return ProviderInput(
            kind=ProviderKind(self.kind.currentData()), name=self.name.text(),
            contract_number=self.contract.text(), valid_from=as_date(self.valid_from),
            valid_to=chosen_date(self.valid_to, self.open_ended),
            hourly_price=typed_money(self.price.text()))  # type: ignore[arg-type]

    def save(self) -> None:
        data, providers = self.typed(), self.services.care_providers
        self.fields.clear()
        if self.provider is None:
            saved = attempt(self, lambda: providers.add_provider(self.actor, data), self.fields)
        else:
            chosen = self.provider.id
            saved = attempt(self, lambda: providers.change_provider(self.actor, chosen, data),
                            self.fields)
        if saved is not None:
            self.saved = saved
            self.accept()


class SupervisionDialog(QDialog):
    """A check of the care or a complaint about a client's order and/or a provider."""

    def __init__(self, services: Services, actor: Actor, order_id: uuid.UUID | None,
                 provider_id: uuid.UUID | None, about: str,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.services, self.actor = services, actor
        self.order_id, self.provider_id = order_id, provider_id
        self.saved: SupervisionView | None = None
        self.setWindowTitle(self.tr("Kontrola usług lub skarga"))
        self.fields = FieldErrors()
        self.kind = vocab_combo("supervision_kind", self.tr("Kontrola czy skarga"),
                                labels.SUPERVISION_KINDS, [k.value for k in SupervisionKind])
        self.held_on = date_edit("supervision_held_on", self.tr("Data"), wall_today())
        self.conducted_by = named(QLineEdit(), "supervision_by",
                                  self.tr("Kto kontrolował lub złożył skargę"))
        self.conducted_by.setMaxLength(MAX_WHO)
        self.findings = plain_text("supervision_findings", self.tr("Ustalenia"), 80)
        self.follow_up = plain_text("supervision_follow_up", self.tr("Zalecenia"), 60)
        self.follow_up_by, self.no_follow_up = optional_date(
            "supervision_follow_up_by", self.tr("Termin"), None, self.tr("bez terminu"))
        self.carer = named(QComboBox(), "supervision_carer", self.tr("Opiekun(ka)"))
        self.carer.addItem(self.tr("(nie dotyczy jednej osoby)"), None)
        if provider_id is not None:
            for carer in attempt(self, lambda: services.care_providers.carers(
                    actor, provider_id)) or []:
                self.carer.addItem(carer.name, carer.id)
        elif order_id is not None:  # the carers who serve the client
            served = attempt(self, lambda: services.care_providers.assignments(
                actor, order_id)) or []
            for carer in {a.carer.id: a.carer for a in served}.values():
                self.carer.addItem(f"{carer.name} ({carer.provider_name})", carer.id)
        buttons, self.save_button, _ = save_cancel(self, self.tr("&Zapisz"), "supervision",
                                                   self.save)
        form = field_rows(self.fields, (
                (self.tr("&Rodzaj:"), "kind", self.kind),
                (self.tr("&Data:"), "held_on", self.held_on),
                (self.tr("&Kto:"), "conducted_by", self.conducted_by),
                (self.tr("O&piekun(ka):"), "carer_id", self.carer),
                (self.tr("&Ustalenia:"), "findings", self.findings),
                (self.tr("&Zalecenia, dalsze działania:"), "follow_up", self.follow_up),
                (self.tr("&Termin działań:"), "follow_up_by", self.follow_up_by,
                 self.no_follow_up)))
        layout = QVBoxLayout(self)
        layout.addWidget(named(QLabel(about), "supervision_about", self.tr("Dotyczy")))
        layout.addLayout(form)
        layout.addWidget(self.fields.label_for("order_id", self.findings))
        layout.addWidget(buttons)
        self.resize(560, 520)

    def typed(self) -> SupervisionInput:
        return SupervisionInput(
            kind=SupervisionKind(self.kind.currentData()), held_on=as_date(self.held_on),
            conducted_by=self.conducted_by.text(), findings=self.findings.toPlainText(),
            follow_up=self.follow_up.toPlainText(),
            follow_up_by=chosen_date(self.follow_up_by, self.no_follow_up),
            order_id=self.order_id, provider_id=self.provider_id,
            carer_id=self.carer.currentData())

    def save(self) -> None:
        data = self.typed()
        self.fields.clear()
        saved = attempt(self, lambda: self.services.care_supervision.record(self.actor, data),
                        self.fields)
        if saved is not None:
            self.saved = saved
            self.accept()


class SupervisionPanel(QWidget):
    """Checks and complaints about one client (their orders) or one provider, the latest
    first, with the button that records a new one."""

    def __init__(self, services: Services, actor: Actor, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.services, self.actor = services, actor
        self.order_id: uuid.UUID | None = None
        self.provider_id: uuid.UUID | None = None
        self.about = ""
        self.model: PagedTableModel[SupervisionView] = PagedTableModel([
            Column(self.tr("Data"), lambda v: date_short(v.held_on), lambda v: v.held_on),
            Column(self.tr("Rodzaj"),
                   lambda v: labels.vocab(labels.SUPERVISION_KINDS, v.kind.value)),
            Column(self.tr("Kto"), lambda v: v.conducted_by),
            Column(self.tr("Wykonawca / opiekun"), lambda v: " / ".join(
                x for x in (v.provider_name, v.carer_name) if x)),
            Column(self.tr("Ustalenia"), lambda v: v.findings.replace("\n", " ")),
            Column(self.tr("Zalecenia"), lambda v: v.follow_up.replace("\n", " ")),
            Column(self.tr("Termin"), lambda v: date_short(v.follow_up_by)
                   if v.follow_up_by else "", lambda v: v.follow_up_by or dt.date.min),
            Column(self.tr("Stan"), lambda v: closing.state_text(v)),
        ], parent=self)
        self.table = make_table(self.model, "supervisions", self.tr("Kontrole i skargi"))
        self.table.selectionModel().selectionChanged.connect(lambda *_: self._chosen())
        self.add_button = push_button(self.tr("Kontrola lub &skarga…"), "supervision_new",
                                      self.record)
        # A record is closed once with its outcome; a closed one prints as a protocol.
        self.close_button = push_button(self.tr("Zam&knij…"), "supervision_close",
                                        self.close_chosen)
        self.protocol_button = push_button(self.tr("&Protokół"), "supervision_protocol",
                                           self.print_chosen)
        buttons = QHBoxLayout()
        for button in (self.add_button, self.close_button, self.protocol_button):
            buttons.addWidget(button)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.table, 1)
        layout.addLayout(buttons)
        self.show_subject(None, None, "")

    def show_subject(self, order_id: uuid.UUID | None, provider_id: uuid.UUID | None,
                     about: str) -> None:
        self.order_id, self.provider_id, self.about = order_id, provider_id, about
        self.add_button.setEnabled(order_id is not None or provider_id is not None)
        rows: list[SupervisionView] | None = []
        if order_id is not None:
            rows = attempt(self, lambda: self.services.care_supervision.of_client(
                self.actor, order_id))
        elif provider_id is not None:
            rows = attempt(self, lambda: self.services.care_supervision.of_provider(
                self.actor, provider_id))
        self.model.set_rows(rows or [])
        self._chosen()

    def chosen(self) -> SupervisionView | None:
        return selected_object(self.table, self.model)

    def _chosen(self) -> None:
        view = self.chosen()
        self.close_button.setEnabled(view is not None and view.closed_on is None)
        self.protocol_button.setEnabled(view is not None and view.closed_on is not None)

    def close_chosen(self) -> None:
        view = self.chosen()
        if view is not None and closing.close_record(self, self.services, self.actor, view):
            self.show_subject(self.order_id, self.provider_id, self.about)

    def print_chosen(self) -> None:
        view = self.chosen()
        if view is not None:
            closing.print_protocol(self, self.services, self.actor, view)

    def record(self) -> None:
        dialog = SupervisionDialog(self.services, self.actor, self.order_id, self.provider_id,
                                   self.about, self)
        dialog.exec()
        saved = dialog.saved
        dialog.deleteLater()
        if saved is not None:
            self.show_subject(self.order_id, self.provider_id, self.about)


class ImportReportDialog(QDialog):
    """What a provider's file gave: the lines saved, and every refused line with its number
    and the reason in words (the worker sends these back to the provider)."""

    def __init__(self, result: ImportResult, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Import godzin z pliku"))
        hours = number(result.hours)
        self.summary = named(QLabel(self.tr(
            "Plik %1: zapisano wierszy %2 (%3 godz.), odrzucono %4.").replace(
            "%1", result.file_name).replace("%2", str(result.accepted)).replace(
            "%3", hours).replace("%4", str(len(result.rejected)))), "import_summary",
            self.tr("Wynik importu"))
        self.summary.setWordWrap(True)
        self.rejected: PagedTableModel[Rejection] = PagedTableModel([
            Column(self.tr("Wiersz"), lambda r: str(r.line), lambda r: r.line, align_right=True),
            Column(self.tr("Powód"), lambda r: labels.error(r.code)),
            Column(self.tr("Treść wiersza"), lambda r: r.text),
        ], parent=self)
        self.rejected.set_rows(result.rejected)
        self.table = make_table(self.rejected, "import_rejected", self.tr("Odrzucone wiersze"))
        layout = QVBoxLayout(self)
        layout.addWidget(self.summary)
        layout.addWidget(self.table, 1)
        layout.addWidget(hint(self.tr(
            "Dobre wiersze są zapisane. Poprawione wiersze można zaimportować ponownie – "
            "te już zapisane nie zostaną policzone drugi raz.")))
        layout.addWidget(close_only(self, "import_report"))
        self.resize(900, 480)
