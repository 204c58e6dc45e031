"""Wykonawcy usług: the register of providers (own carers, contracted firms), the chosen
provider's carers, its checks and complaints, and the import of its file of hours."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import (
    QFileDialog,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QSplitter,
    QVBoxLayout,
    QWidget,
)

from ops_desktop.domain.care_hours import MAX_FILE_BYTES
from ops_desktop.domain.care_providers import MAX_CARER, MAX_PHONE
from ops_desktop.i18n.format import date_short, money
from ops_desktop.services.care_providers import CarerView, ProviderView
from ops_desktop.services.context import Actor
from ops_desktop.services.hub import Services
from ops_desktop.ui import labels
from ops_desktop.ui.benefits.application_dialog import field_box
from ops_desktop.ui.bus import Bus
from ops_desktop.ui.forms import FieldErrors, named, push_button
from ops_desktop.ui.guard import attempt
from ops_desktop.ui.read_when_shown import ReadWhenShown
from ops_desktop.ui.services_team.provider_dialogs import (
    ImportReportDialog,
    ProviderDialog,
    SupervisionPanel,
)
from ops_desktop.ui.table_model import Column, PagedTableModel, make_table, selected_object


def choose_hours_file(parent: QWidget | None) -> str:
    """The system's file chooser; tests patch it."""
    chosen, _ = QFileDialog.getOpenFileName(
        parent, QCoreApplication.translate("ProvidersPage", "Plik godzin od wykonawcy"), "",
        QCoreApplication.translate("ProvidersPage", "Plik CSV (*.csv *.txt);;Wszystkie pliki (*)"))
    return chosen


class ProvidersPage(ReadWhenShown):
    def __init__(self, services: Services, actor: Actor, bus: Bus,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.services, self.actor, self.bus = services, actor, bus
        self.fields = FieldErrors()
        self.providers: PagedTableModel[ProviderView] = PagedTableModel([
            Column(self.tr("Wykonawca"), lambda p: p.name),
            Column(self.tr("Rodzaj"), lambda p: labels.vocab(labels.PROVIDER_KINDS, p.kind.value)),
            Column(self.tr("Umowa"), lambda p: p.contract_number),
            Column(self.tr("Od"), lambda p: date_short(p.valid_from), lambda p: p.valid_from),
            Column(self.tr("Do"), lambda p: date_short(p.valid_to) if p.valid_to
                   else self.tr("bez terminu"), lambda p: p.valid_to or p.valid_from.max),
            Column(self.tr("Cena godz."), lambda p: money(p.hourly_price),
                   lambda p: p.hourly_price, align_right=True),
            Column(self.tr("Opiekunów"), lambda p: str(p.carers), lambda p: p.carers,
                   align_right=True),
        ], parent=self)
        self.providers_table = make_table(self.providers, "care_providers",
                                          self.tr("Wykonawcy usług"))
        self.providers_table.selectionModel().selectionChanged.connect(lambda *_: self._chosen())
        self.new_button = push_button(self.tr("&Nowy wykonawca…"), "provider_new",
                                      self.new_provider)
        self.change_button = push_button(self.tr("&Zmień dane…"), "provider_change",
                                         self.change_provider)
        self.import_button = push_button(self.tr("&Import godzin z pliku…"), "hours_import",
                                         self.import_hours)
        self.import_button.setToolTip(self.tr(
            "Plik CSV od wykonawcy, kolumny: klient (PESEL lub znak sprawy); data; od; do; "
            "godziny; opiekun"))
        buttons = QHBoxLayout()
        for button in (self.new_button, self.change_button, self.import_button):
            buttons.addWidget(button)
        buttons.addStretch(1)

        self.carers: PagedTableModel[CarerView] = PagedTableModel([
            Column(self.tr("Opiekun(ka)"), lambda c: c.name),
            Column(self.tr("Telefon"), lambda c: c.phone),
            Column(self.tr("Pracuje"), lambda c: self.tr("tak") if c.active else self.tr("nie")),
        ], parent=self)
        self.carers_table = make_table(self.carers, "care_carers", self.tr("Opiekunowie"))
        self.carer_name = named(QLineEdit(), "carer_name", self.tr("Imię i nazwisko opiekuna"))
        self.carer_name.setMaxLength(MAX_CARER)
        self.carer_name.setPlaceholderText(self.tr("imię i nazwisko"))
        self.carer_phone = named(QLineEdit(), "carer_phone", self.tr("Telefon opiekuna"))
        self.carer_phone.setMaxLength(MAX_PHONE)
        self.carer_phone.setPlaceholderText(self.tr("telefon"))
        self.carer_name.returnPressed.connect(self.add_carer)
        self.add_carer_button = push_button(self.tr("&Dodaj opiekuna"), "carer_add",
                                            self.add_carer)
        self.leave_button = push_button(self.tr("Nie &pracuje / pracuje"), "carer_active",
                                        self.toggle_carer)
        carer_row = field_box(self.fields, "name", self.carer_name, self.carer_name,
                              self.carer_phone, self.add_carer_button, self.leave_button)
        carers_box = QGroupBox(self.tr("Opiekunowie wykonawcy"))
        carers_layout = QVBoxLayout(carers_box)
        carers_layout.addWidget(self.carers_table, 1)
        carers_layout.addWidget(carer_row)
        self.supervision = SupervisionPanel(services, actor)
        supervision_box = QGroupBox(self.tr("Kontrole i skargi dotyczące wykonawcy"))
        QVBoxLayout(supervision_box).addWidget(self.supervision)

        upper = QWidget()
        upper_layout = QVBoxLayout(upper)
        upper_layout.setContentsMargins(0, 0, 0, 0)
        self.summary = named(QLabel(), "providers_summary", self.tr("Liczba wykonawców"))
        upper_layout.addWidget(self.summary)
        upper_layout.addWidget(self.providers_table, 1)
        upper_layout.addLayout(buttons)
        lower = QSplitter(Qt.Orientation.Horizontal)
        lower.addWidget(carers_box)
        lower.addWidget(supervision_box)
        lower.setSizes([420, 640])
        splitter = QSplitter(Qt.Orientation.Vertical)
        splitter.addWidget(upper)
        splitter.addWidget(lower)
        splitter.setSizes([300, 420])
        layout = QVBoxLayout(self)
        layout.addWidget(splitter)
        # Read when first shown: the services tab is built at sign-in (ui/read_when_shown.py).
        bus.changed.connect(self.refresh)

    # --- reading ---
    def refresh(self) -> None:
        self.read_again()

    def load(self) -> None:
        chosen = self.chosen_provider()
        rows = attempt(self, lambda: self.services.care_providers.providers(self.actor))
        self.providers.set_rows(rows or [])
        self.summary.setText(self.tr("Wykonawcy usług opiekuńczych: %1").replace(
            "%1", str(len(rows or []))))
        row = None if chosen is None else self.providers.row_of(lambda p: p.id, chosen.id)
        if row is not None:
            self.providers_table.selectRow(row)
        self._chosen()

    def chosen_provider(self) -> ProviderView | None:
        return selected_object(self.providers_table, self.providers)

    def _chosen(self) -> None:
        provider = self.chosen_provider()
        for widget in (self.change_button, self.import_button, self.add_carer_button,
                       self.leave_button):
            widget.setEnabled(provider is not None)
        self.fields.clear()
        if provider is None:
            self.carers.set_rows([])
            self.supervision.show_subject(None, None, "")
            return
        carers = attempt(self, lambda: self.services.care_providers.carers(
            self.actor, provider.id))
        self.carers.set_rows(carers or [])
        self.supervision.show_subject(None, provider.id, provider.name)

    # --- writing ---
    def new_provider(self) -> None:
        self._edit(None)

    def change_provider(self) -> None:
        provider = self.chosen_provider()
        if provider is not None:
            self._edit(provider)

    def _edit(self, provider: ProviderView | None) -> None:
        dialog = ProviderDialog(self.services, self.actor, provider, self)
        dialog.exec()
        saved = dialog.saved
        dialog.deleteLater()
        if saved is not None:
            self.refresh()
            row = self.providers.row_of(lambda p: p.id, saved.id)
            if row is not None:
                self.providers_table.selectRow(row)

    def add_carer(self) -> None:
        provider = self.chosen_provider()
        if provider is None:
            return
        name, phone = self.carer_name.text(), self.carer_phone.text()
        self.fields.clear()
        added = attempt(self, lambda: self.services.care_providers.add_carer(
            self.actor, provider.id, name, phone), self.fields)
        if added is not None:
            self.carer_name.clear()
            self.carer_phone.clear()
            self.refresh()

    def toggle_carer(self) -> None:
        carer = selected_object(self.carers_table, self.carers)
        if carer is None:
            return
        if attempt(self, lambda: self.services.care_providers.set_carer_active(
                self.actor, carer.id, not carer.active)) is not None:
            self.refresh()

    def import_hours(self) -> None:
        provider = self.chosen_provider()
        if provider is None:
            return
        chosen = choose_hours_file(self)
        if not chosen:
            return
        path = Path(chosen)
        try:
            # Read at most one byte past the limit: the service refuses a file too big.
            with path.open("rb") as handle:
                data = handle.read(MAX_FILE_BYTES + 1)
        except OSError:
            self.fields.say("name", self.tr("Nie można odczytać pliku %1.").replace(
                "%1", path.name))
            return
        result = attempt(self, lambda: self.services.care_hours.import_file(
            self.actor, provider.id, path.name, data))
        if result is None:
            return
        self.bus.changed.emit()
        dialog = ImportReportDialog(result, self)
        dialog.exec()
        dialog.deleteLater()
