"""The head's own lists: choose the records, the columns, filters (all must hold) and the
order; show, save under a name, export to XLSX or CSV. Only fields the head's roles read are
offered (services/adhoc_lists.py checks it again); the list and the files are made off the
GUI thread, and a wrong filter is said next to the filters, keeping what was typed."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from decimal import Decimal
from pathlib import Path
from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialog,
    QFileDialog,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QVBoxLayout,
    QWidget,
)

from ops_desktop.documents.adhoc_list_export import cell_text
from ops_desktop.domain.adhoc_lists import ListDefinition
from ops_desktop.i18n.format import date_short, money
from ops_desktop.services.context import Actor
from ops_desktop.services.errors import ValidationError
from ops_desktop.services.hub import Services
from ops_desktop.ui import guard, labels, pdf
from ops_desktop.ui.coordinator.adhoc_filters import FilterList
from ops_desktop.ui.forms import close_only, push_button
from ops_desktop.ui.table_model import Column, PagedTableModel, make_table
from ops_desktop.ui.file_export import save_in_background
from ops_desktop.ui.worker import run_with_progress

SHOWN_ROWS = 1000  # on screen; the export takes the whole list


def _text(value: Any) -> str:
    """A value on screen: dates and amounts as the screen writes them, the rest as in files."""
    if isinstance(value, dt.date):
        return date_short(value)
    if isinstance(value, Decimal):
        return money(value)
    return cell_text(value)


def _filter_number(field: str) -> int | None:
    """The filter's place for a "filters.N" error field (domain/adhoc_lists.filter_key)."""
    head, _, number = field.partition(".")
    return int(number) if head == "filters" and number.isdigit() else None


class AdhocListDialog(QDialog):
    def __init__(self, services: Services, actor: Actor, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.services, self.actor = services, actor
        self.setObjectName("adhoc_list_dialog")
        self.setWindowTitle(self.tr("Zestawienia własne"))
        self.resize(1000, 680)
        self.saved = QComboBox()
        self.saved.setObjectName("adhoc_saved")
        self.saved.activated.connect(lambda _i: self.load(self.saved.currentData()))
        self.name = QLineEdit()
        self.name.setObjectName("adhoc_name")
        self.entity = QComboBox()
        self.entity.setObjectName("adhoc_entity")
        for code, text in (("persons", self.tr("osoby")), ("cases", self.tr("sprawy")),
                           ("decisions", self.tr("decyzje")), ("payments", self.tr("wypłaty"))):
            self.entity.addItem(text, code)
        self.entity.currentIndexChanged.connect(lambda _i: self._fill_fields())
        self.columns = QListWidget()
        self.columns.setObjectName("adhoc_columns")
        self.columns.setMaximumHeight(120)
        self.filter_list = FilterList()
        self.filter_error = QLabel()
        self.filter_error.setObjectName("adhoc_filter_error")
        self.filter_error.setStyleSheet("QLabel { color: #b00020; }")
        self.sort = QComboBox()
        self.sort.setObjectName("adhoc_sort")
        self.descending = QCheckBox(self.tr("malejąco"))
        self.descending.setObjectName("adhoc_descending")
        sort_row = QHBoxLayout()
        sort_row.addWidget(self.sort, 1)
        sort_row.addWidget(self.descending)
        form = QFormLayout()
        form.addRow(self.tr("Zapisane:"), self.saved)
        form.addRow(self.tr("&Nazwa:"), self.name)
        form.addRow(self.tr("&Rekordy:"), self.entity)
        form.addRow(self.tr("&Kolumny:"), self.columns)
        form.addRow(self.tr("Filtry:"), self.filter_list)
        form.addRow("", self.filter_error)
        form.addRow(self.tr("Kolejność:"), sort_row)
        self.model: PagedTableModel[tuple[Any, ...]] = PagedTableModel([], parent=self)
        self.table = make_table(self.model, "adhoc_table", self.tr("Zestawienie"))
        self.status = QLabel()
        self.status.setObjectName("adhoc_status")
        self.run_button = push_button(self.tr("&Pokaż"), "adhoc_run", self.run)
        self.save_button = push_button(self.tr("&Zapisz zestawienie"), "adhoc_save", self.save)
        self.xlsx_button = push_button(self.tr("Eksport &XLSX…"), "adhoc_xlsx",
                                        lambda: self.export("xlsx"))
        self.csv_button = push_button(self.tr("Eksport &CSV…"), "adhoc_csv",
                                       lambda: self.export("csv"))
        buttons = QHBoxLayout()
        for b in (self.run_button, self.save_button, self.xlsx_button, self.csv_button):
            buttons.addWidget(b)
        buttons.addWidget(self.status, 1)
        buttons.addWidget(close_only(self, "adhoc"))
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.table, 1)
        layout.addLayout(buttons)
        self._fill_fields()
        self._fill_saved()

    # The first filter's row under its old names (one filter was all the dialog had).
    @property
    def filter_field(self) -> QComboBox:
        return self.filter_list.rows[0].field

    @property
    def filter_operator(self) -> QComboBox:
        return self.filter_list.rows[0].operator

    @property
    def filter_value(self) -> QLineEdit:
        return self.filter_list.rows[0].value

    # --- the builder ---
    def _fill_fields(self, chosen: tuple[str, ...] = ()) -> None:
        fields = guard.attempt(self, lambda: self.services.adhoc_lists.fields(
            self.actor, self.entity.currentData())) or ()
        self.columns.clear()
        self.filter_list.set_fields(fields)
        self.sort.clear()
        self.sort.addItem(self.tr("(bez porządku)"), None)
        for f in fields:
            item = QListWidgetItem(f.label)
            item.setData(Qt.ItemDataRole.UserRole, f.key)
            item.setFlags(item.flags() | Qt.ItemFlag.ItemIsUserCheckable)
            item.setCheckState(Qt.CheckState.Checked if not chosen or f.key in chosen
                               else Qt.CheckState.Unchecked)
            self.columns.addItem(item)
            self.sort.addItem(f.label, f.key)

    def _fill_saved(self) -> None:
        self.saved.clear()
        self.saved.addItem(self.tr("(nowe zestawienie)"), None)
        for d in guard.attempt(self, lambda: self.services.adhoc_lists.saved(self.actor)) or []:
            self.saved.addItem(d.name, d)

    def definition(self) -> ListDefinition:
        columns = tuple(
            self.columns.item(i).data(Qt.ItemDataRole.UserRole)
            for i in range(self.columns.count())
            if self.columns.item(i).checkState() == Qt.CheckState.Checked)
        return ListDefinition(self.name.text(), self.entity.currentData(), columns,
                              self.filter_list.filters(),
                              self.sort.currentData(), self.descending.isChecked())

    def load(self, d: ListDefinition | None) -> None:
        if d is None:
            return
        self.name.setText(d.name)
        self.entity.blockSignals(True)
        self.entity.setCurrentIndex(self.entity.findData(d.entity))
        self.entity.blockSignals(False)
        self._fill_fields(d.columns)
        self.filter_list.show_filters(d.filters)
        self.sort.setCurrentIndex(self.sort.findData(d.sort))
        self.descending.setChecked(d.descending)

    def _refused(self, exc: BaseException) -> None:
        """A wrong definition said next to the field it is about; the rest in a message."""
        self.filter_error.setText("")
        self.filter_list.say({})
        if isinstance(exc, ValidationError):
            # A filter's problem stands next to its row; the rest under the filters.
            rows: dict[int, str] = {}
            texts: dict[str, str] = {}
            for e in exc.errors:
                number = _filter_number(e.field)
                if number is None:
                    texts[e.field] = labels.error(e.code)
                else:
                    rows[number] = labels.error(e.code)
            self.filter_list.say(rows)
            if rows and not texts:
                texts["filters"] = self.tr("popraw zaznaczone filtry")
            self.filter_error.setText("; ".join(
                f"{self._field_name(k)}: {v}" for k, v in texts.items()))
            return
        guard.message(self, guard.describe(exc))

    def _clear_errors(self) -> None:
        self.filter_error.setText("")
        self.filter_list.say({})

    def _field_name(self, field: str) -> str:
        return {"name": self.tr("nazwa"), "columns": self.tr("kolumny"),
                "filters": self.tr("filtry"), "sort": self.tr("kolejność")}.get(field, field)

    # --- running, saving, exporting ---
    def run(self) -> None:
        d, services, actor = self.definition(), self.services, self.actor

        def work(progress: Callable[[int, int], None], cancelled: Callable[[], bool]) -> Any:
            progress(0, 0)
            result = services.adhoc_lists.run(actor, d, SHOWN_ROWS)
            return None if cancelled() else result

        def done(result: Any) -> None:
            if result is None:
                self.status.setText(self.tr("Anulowano."))
                return
            self._clear_errors()
            self.model = PagedTableModel([
                Column(h, (lambda i: lambda r: _text(r[i]))(i)) for i, h in enumerate(result.headers)
            ], parent=self)
            self.model.set_rows(result.rows)
            self.table.setModel(self.model)
            self.status.setText(self.tr("Pozycji: %1").replace("%1", str(len(result.rows))))

        run_with_progress(self, self.tr("Zestawienie…"), work, done, self._refused)

    def save(self) -> None:
        d = self.definition()
        try:
            self.services.adhoc_lists.save(self.actor, d)
        except Exception as exc:  # noqa: BLE001 - said next to the field, nothing typed is lost
            self._refused(exc)
            return
        self._clear_errors()
        self._fill_saved()
        self.saved.setCurrentIndex(self.saved.findText(d.name.strip()))
        self.status.setText(self.tr("Zapisano zestawienie „%1”.").replace("%1", d.name.strip()))

    def export(self, kind: str) -> None:
        d = self.definition()
        chosen, _filter = QFileDialog.getSaveFileName(
            self, self.tr("Eksport zestawienia"),
            str(pdf.documents_dir() / f"{pdf.safe_name(d.name or 'zestawienie')}.{kind}"),
            "XLSX (*.xlsx)" if kind == "xlsx" else "CSV (*.csv)")
        if not chosen:
            return
        services, actor = self.services, self.actor
        save_in_background(self, self.tr("Eksport zestawienia…"),
                           lambda: services.adhoc_lists.export(actor, d, kind),
                           Path(chosen).with_suffix(f".{kind}"), self.status, self._refused)
