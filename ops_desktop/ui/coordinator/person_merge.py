"""The head merges two records of one person: find both, compare, choose, confirm.

Each side finds a record by surname or PESEL. "Porównaj" shows the two side by side: for
each field that differs a choice of the value that stays, and how many records of each kind
each holds – counts only, never their content, so the screen tells nobody more than that a
record exists (services/person_merge.py folds kinds the reader may not read into "inne").
A refusal (the same record twice, one already merged, two different PESELs) appears under
the record it concerns; nothing chosen is lost.
"""

from __future__ import annotations

import datetime as dt
from typing import Any

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, Signal
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QGridLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QMessageBox,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)

from ops_desktop.i18n.format import date_short
from ops_desktop.services import person_merge as merging
from ops_desktop.services.context import Actor
from ops_desktop.services.errors import DomainError, StorageEnvironmentError, ValidationError
from ops_desktop.services.hub import Services
from ops_desktop.services.person_merge import MergeComparison, MergeResult
from ops_desktop.services.views import PersonSummary
from ops_desktop.ui import guard, labels
from ops_desktop.ui.forms import MIN_SEARCH, close_only, named, push_button
from ops_desktop.ui.table_model import Column, PagedTableModel, make_table, selected_object

_T = "person_merge"
SHOWN = 50  # persons listed per search

FIELD_NAMES: dict[str, str] = {
    "first_name": QT_TRANSLATE_NOOP("person_merge", "Imię"),
    "last_name": QT_TRANSLATE_NOOP("person_merge", "Nazwisko"),
    "pesel": QT_TRANSLATE_NOOP("person_merge", "PESEL"),
    "birth_date": QT_TRANSLATE_NOOP("person_merge", "Data urodzenia"),
    "sex": QT_TRANSLATE_NOOP("person_merge", "Płeć"),
    "id_document_type": QT_TRANSLATE_NOOP("person_merge", "Rodzaj dokumentu"),
    "id_document_number": QT_TRANSLATE_NOOP("person_merge", "Numer dokumentu"),
    "street": QT_TRANSLATE_NOOP("person_merge", "Ulica"),
    "building": QT_TRANSLATE_NOOP("person_merge", "Numer domu"),
    "flat": QT_TRANSLATE_NOOP("person_merge", "Numer lokalu"),
    "postal_code": QT_TRANSLATE_NOOP("person_merge", "Kod pocztowy"),
    "city": QT_TRANSLATE_NOOP("person_merge", "Miejscowość"),
    "phone": QT_TRANSLATE_NOOP("person_merge", "Telefon"),
    "homeless": QT_TRANSLATE_NOOP("person_merge", "Osoba bezdomna"),
    "delivery_street": QT_TRANSLATE_NOOP("person_merge", "Ulica do doręczeń"),
    "delivery_building": QT_TRANSLATE_NOOP("person_merge", "Numer domu do doręczeń"),
    "delivery_flat": QT_TRANSLATE_NOOP("person_merge", "Numer lokalu do doręczeń"),
    "delivery_postal_code": QT_TRANSLATE_NOOP("person_merge", "Kod pocztowy do doręczeń"),
    "delivery_city": QT_TRANSLATE_NOOP("person_merge", "Miejscowość do doręczeń"),
    "household_id": QT_TRANSLATE_NOOP("person_merge", "Gospodarstwo domowe"),
}
KIND_NAMES: dict[str, str] = {
    "cases": QT_TRANSLATE_NOOP("person_merge", "sprawy"),
    "household": QT_TRANSLATE_NOOP("person_merge", "członkostwo w gospodarstwie"),
    "applications": QT_TRANSLATE_NOOP("person_merge", "wnioski"),
    "decisions": QT_TRANSLATE_NOOP("person_merge", "decyzje"),
    "interviews": QT_TRANSLATE_NOOP("person_merge", "wywiady"),
    "intakes": QT_TRANSLATE_NOOP("person_merge", "zgłoszenia i skierowania"),
    "social_work": QT_TRANSLATE_NOOP("person_merge", "praca socjalna"),
    "blue_card": QT_TRANSLATE_NOOP("person_merge", "Niebieska Karta"),
    merging.OTHER: QT_TRANSLATE_NOOP("person_merge", "inne wpisy"),
}
REFUSALS: dict[str, str] = {
    merging.SAME_PERSON: QT_TRANSLATE_NOOP(
        "person_merge", "To ten sam rekord – wybierz dwa różne."),
    merging.ALREADY_MERGED: QT_TRANSLATE_NOOP(
        "person_merge", "Ten rekord został już scalony z innym."),
    merging.DIFFERENT_PESEL: QT_TRANSLATE_NOOP(
        "person_merge", "Rekordy mają różne numery PESEL – to nie ta sama osoba."),
    merging.NOT_MERGEABLE: QT_TRANSLATE_NOOP(
        "person_merge", "Rekord usunięty lub zanonimizowany – nie można go scalić."),
}
# Which side a refusal concerns, by the field the service names.
_SIDE = {"first": 0, "survivor": None, "second": 1, "duplicate": None}


def _tr(text: str) -> str:
    return QCoreApplication.translate(_T, text)


# Coded fields are shown in the office's words.
_CODED = {"sex": labels.SEXES, "id_document_type": labels.DOCUMENT_TYPES}


def _shown(field: str, value: Any) -> str:
    if value is None or value == "":
        return _tr("(brak)")
    if field in _CODED:
        return labels.vocab(_CODED[field], str(value))
    if isinstance(value, bool):
        return _tr("tak") if value else _tr("nie")
    if isinstance(value, dt.date):
        return date_short(value)
    return str(value)


class _Side(QGroupBox):
    """One record: a search, the persons found, and the refusal that concerns it."""

    def __init__(self, title: str, name: str, services: Services, actor: Actor) -> None:
        super().__init__(title)
        self.services, self.actor = services, actor
        self.search = named(QLineEdit(), f"{name}_search", _tr("Szukaj osoby"))
        self.search.setPlaceholderText(_tr("Nazwisko lub PESEL – Enter szuka"))
        self.search.setMaxLength(100)
        self.search.returnPressed.connect(self.search_now)
        self.results: PagedTableModel[PersonSummary] = PagedTableModel([
            Column(_tr("Nazwisko i imię"), lambda p: f"{p.last_name} {p.first_name}"),
            Column(_tr("PESEL"), lambda p: p.pesel or ""),
            Column(_tr("Data urodzenia"), lambda p: date_short(p.birth_date)),
            Column(_tr("Adres"), lambda p: p.address),
        ], parent=self)
        self.table = make_table(self.results, f"{name}_results", _tr("Znalezione osoby"))
        self.error = named(QLabel(), f"{name}_error")
        self.error.setStyleSheet("color: #b00020")
        self.error.setWordWrap(True)
        self.counts = named(QLabel(), f"{name}_counts")
        self.counts.setWordWrap(True)
        row = QHBoxLayout()
        row.addWidget(self.search, 1)
        row.addWidget(push_button(_tr("Szukaj"), f"{name}_search_button", self.search_now))
        layout = QVBoxLayout(self)
        layout.addLayout(row)
        layout.addWidget(self.table, 1)
        layout.addWidget(self.counts)
        layout.addWidget(self.error)

    def search_now(self) -> None:
        """The first persons found (both records of one person are usually few): a merge
        is chosen between records the head recognises, not paged through."""
        text = self.search.text()
        found: list[PersonSummary] = []
        if len(text.strip()) >= MIN_SEARCH:
            page = guard.attempt(self, lambda: self.services.persons.find(
                self.actor, text, SHOWN, SHOWN))
            if page is None:
                return
            found = page[0]
        self.results.set_rows(found)
        if found:
            self.table.selectRow(0)

    def chosen(self) -> PersonSummary | None:
        return selected_object(self.table, self.results)


class PersonMergeDialog(QDialog):
    """Find two records, compare them, choose the survivor and the values, merge."""

    merged = Signal(object)  # MergeResult

    def __init__(self, services: Services, actor: Actor, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("person_merge_dialog")
        self.setWindowTitle(self.tr("Scalanie rekordów osoby"))
        self.resize(1100, 720)
        self.services, self.actor = services, actor
        self.comparison: MergeComparison | None = None
        self.choices: dict[str, QComboBox] = {}
        self.sides = (_Side(self.tr("Rekord A"), "merge_a", services, actor),
                      _Side(self.tr("Rekord B"), "merge_b", services, actor))
        hint = QLabel(self.tr(
            "Wybierz dwa rekordy tej samej osoby. Rekord, który nie zostaje, nie jest usuwany: "
            "jego sprawy, wnioski i wpisy przechodzą na rekord pozostawiony, a podpisane "
            "decyzje wskazują go nadal i prowadzą do rekordu pozostawionego."))
        hint.setWordWrap(True)
        self.compare_button = push_button(self.tr("Porównaj"), "merge_compare", self.compare)
        self.survivor = named(QComboBox(), "merge_survivor", self.tr("Rekord pozostawiony"))
        self.survivor.addItems([self.tr("Pozostaje rekord A"), self.tr("Pozostaje rekord B")])
        self.survivor.currentIndexChanged.connect(lambda _i: self._default_choices())
        self.fields_box = QGroupBox(self.tr("Wartości, które zostają"))
        fields = QWidget()
        self.fields_grid = QGridLayout(fields)
        self.fields_grid.setColumnStretch(1, 1)
        scroll = QScrollArea()
        scroll.setWidgetResizable(True)
        scroll.setWidget(fields)
        QVBoxLayout(self.fields_box).addWidget(scroll)
        self.merge_button = push_button(self.tr("Scal rekordy…"), "merge_confirm", self.merge)
        self.merge_button.setEnabled(False)
        self.report = named(QLabel(), "merge_report")
        self.report.setWordWrap(True)
        sides = QHBoxLayout()
        for side in self.sides:
            sides.addWidget(side, 1)
            # Another record chosen: the comparison shown no longer describes the choice.
            side.table.selectionModel().selectionChanged.connect(lambda *_: self._show(None))
        bottom = QHBoxLayout()
        bottom.addWidget(self.compare_button)
        bottom.addWidget(self.survivor)
        bottom.addWidget(self.merge_button)
        bottom.addWidget(self.report, 1)
        layout = QVBoxLayout(self)
        layout.addWidget(hint)
        layout.addLayout(sides, 1)
        layout.addWidget(self.fields_box, 1)
        layout.addLayout(bottom)
        layout.addWidget(close_only(self, "person_merge"))

    # --- comparing -------------------------------------------------------------------------
    def compare(self) -> None:
        a, b = (side.chosen() for side in self.sides)
        self._clear_errors()
        if a is None or b is None:
            self.report.setText(self.tr("Wybierz osobę po obu stronach."))
            return
        comparison = self._call(lambda: self.services.person_merge.compare(self.actor, a.id, b.id),
                                survivor_first=True)
        self._show(comparison)

    def _show(self, comparison: MergeComparison | None) -> None:
        self.comparison = comparison
        while self.fields_grid.count():
            item = self.fields_grid.takeAt(0)
            if item.widget() is not None:
                item.widget().deleteLater()
        self.choices = {}
        self.merge_button.setEnabled(comparison is not None)
        if comparison is None:
            for side in self.sides:
                side.counts.clear()
            return
        for side, data in zip(self.sides, (comparison.first, comparison.second), strict=True):
            counts = ", ".join(f"{_tr(KIND_NAMES.get(k, k))}: {n}" for k, n in data.counts.items())
            side.counts.setText(self.tr("Zawiera: %1").replace("%1", counts or self.tr("nic")))
        for row, field in enumerate(comparison.differing):
            label = QLabel(_tr(FIELD_NAMES.get(field, field)))
            choice = named(QComboBox(), f"merge_field_{field}", label.text())
            for letter, side in (("A", comparison.first), ("B", comparison.second)):
                shown = (self.tr("gospodarstwo rekordu %1, osób: %2").replace("%1", letter)
                         .replace("%2", str(side.household_size))
                         if field == "household_id" else _shown(field, side.values[field]))
                choice.addItem(f"{letter}: {shown}")
            label.setBuddy(choice)
            self._place(label, row, 0)
            self._place(choice, row, 1)
            self.choices[field] = choice
        if not comparison.differing:
            self._place(QLabel(self.tr("Dane obu rekordów są takie same.")), 0, 0)
        self.fields_grid.setRowStretch(len(comparison.differing) + 1, 1)
        self._default_choices()
        self.report.setText(self.tr("Sprawdź wartości i wybierz rekord, który zostaje."))

    def _place(self, widget: QWidget, row: int, column: int) -> None:
        self.fields_grid.addWidget(widget, row, column)
        widget.show()  # added to a window already shown: not shown by itself

    def _default_choices(self) -> None:
        """The survivor's own value, unless it has none and the other record has one."""
        if self.comparison is None:
            return
        keep = self.survivor.currentIndex()
        sides = (self.comparison.first.values, self.comparison.second.values)
        for field, choice in self.choices.items():
            own = sides[keep][field]
            choice.setCurrentIndex(1 - keep if own in (None, "") else keep)

    # --- merging ---------------------------------------------------------------------------
    def merge(self) -> MergeResult | None:
        comparison = self.comparison
        if comparison is None:
            return None
        keep = self.survivor.currentIndex()
        pair = (comparison.first, comparison.second)
        survivor, duplicate = pair[keep], pair[1 - keep]
        asked = QMessageBox.question(self, self.tr("Scalanie rekordów osoby"), self.tr(
            "Scalić rekord %1 z rekordem %2? Sprawy, wnioski i wpisy przejdą na rekord %2. "
            "Tego nie można cofnąć.").replace("%1", duplicate.person.full_name)
            .replace("%2", survivor.person.full_name))
        if asked != QMessageBox.StandardButton.Yes:
            return None
        taken = [f for f, c in self.choices.items() if c.currentIndex() != keep]
        self._clear_errors()
        result = self._call(lambda: self.services.person_merge.merge(
            self.actor, survivor.person.id, duplicate.person.id, taken,
            (survivor.version, duplicate.version)), survivor_first=keep == 0)
        if result is None:
            return None
        moved = sum(result.moved.values())
        self._show(None)
        self.report.setText(self.tr("Scalono. Przeniesiono wpisów: %1.").replace("%1", str(moved)))
        for side in self.sides:
            side.search_now()
        self.merged.emit(result)
        return result

    def _call(self, action: Any, survivor_first: bool) -> Any:
        """Run a service call; a refusal appears under the record it concerns."""
        try:
            return action()
        except ValidationError as exc:
            for e in exc.errors:
                side = _SIDE.get(e.field, None)
                if side is None and e.field in ("survivor", "duplicate"):
                    side = 0 if (e.field == "survivor") == survivor_first else 1
                text = _tr(REFUSALS[e.code]) if e.code in REFUSALS else labels.error(e.code)
                if side is None:
                    self.report.setText(text)
                else:
                    self.sides[side].error.setText(text)
        except (DomainError, StorageEnvironmentError) as exc:
            self.report.setText(guard.describe(exc))
        return None

    def _clear_errors(self) -> None:
        self.report.clear()
        for side in self.sides:
            side.error.clear()
