"""The head's data-protection duties: a person's copy of their data, and retention.

"Eksport danych osoby" answers an art. 15 RODO request with a PDF for the person and a JSON
copy. "Retencja" lists persons whose case files are past retention; anonymising them takes
the exact phrase the screen shows, typed by hand, and runs off the GUI thread.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import Any

from PySide6.QtCore import QCoreApplication, Qt, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QFileDialog,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from ops_desktop.domain.clock import wall_today
from ops_desktop.domain.retention import confirmation_phrase
from ops_desktop.i18n.format import date_short
from ops_desktop.services.context import Actor
from ops_desktop.services.errors import ValidationError
from ops_desktop.services.hub import Services
from ops_desktop.services.personal_data import AnonymisationResult, RetentionCandidate
from ops_desktop.services.views import PersonSummary
from ops_desktop.ui import guard, labels, pdf
from ops_desktop.ui.bus import Bus
from ops_desktop.ui.forms import MIN_SEARCH, close_only, named
from ops_desktop.ui.pdf import documents_dir, safe_name
from ops_desktop.ui.table_model import Column, PagedTableModel, make_table, selected_object
from ops_desktop.ui.worker import run_with_progress


def _error_text(exc: BaseException) -> str:
    if isinstance(exc, ValidationError):
        return "\n".join(labels.error(e.code) for e in exc.errors)
    return guard.describe(exc)


def _removal_text(c: RetentionCandidate) -> str:
    r = c.removes
    parts = [QCoreApplication.translate("data_protection", "dane osobowe i adres")]
    for count, what in ((r.intakes, QCoreApplication.translate("data_protection", "opisy zgłoszeń")),
                        (r.referrals, QCoreApplication.translate("data_protection", "powody skierowań")),
                        (r.social_work_notes, QCoreApplication.translate("data_protection", "notatki pracy socjalnej")),
                        (r.decisions, QCoreApplication.translate("data_protection", "dane strony w decyzjach")),
                        (r.incomes, QCoreApplication.translate("data_protection", "źródła dochodów"))):
        if count:
            parts.append(f"{what} ({count})")
    return ", ".join(parts)


class DataProtectionPanel(QWidget):
    """Two tabs: export of one person's data, and the retention preview with anonymisation."""

    previewed = Signal()  # the retention list has been read and shown

    def __init__(self, services: Services, actor: Actor, bus: Bus | None = None,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.services, self.actor, self.bus = services, actor, bus
        self._candidates: list[RetentionCandidate] = []
        tabs = QTabWidget()
        tabs.addTab(self._export_page(), self.tr("Eksport danych osoby"))
        tabs.addTab(self._retention_page(), self.tr("Retencja"))
        layout = QVBoxLayout(self)
        layout.addWidget(tabs)
        self._update_export()
        self._update_confirmation()

    # --- export ------------------------------------------------------------------------
    def _export_page(self) -> QWidget:
        self.search = named(QLineEdit(), "export_search", self.tr("Szukaj osoby"))
        self.search.setPlaceholderText(self.tr("Nazwisko lub PESEL – Enter szuka"))
        self.search.setMaxLength(100)
        self.search.returnPressed.connect(self.search_now)
        search_button = named(QPushButton(self.tr("Szukaj")), "export_search_button")
        search_button.clicked.connect(self.search_now)
        self.results: PagedTableModel[PersonSummary] = PagedTableModel([
            Column(self.tr("Nazwisko i imię"), lambda p: f"{p.last_name} {p.first_name}"),
            Column(self.tr("PESEL"), lambda p: p.pesel or ""),
            Column(self.tr("Data urodzenia"), lambda p: date_short(p.birth_date)),
            Column(self.tr("Adres"), lambda p: p.address),
        ], parent=self)
        self.results_table = make_table(self.results, "export_results", self.tr("Znalezione osoby"))
        self.results_table.selectionModel().selectionChanged.connect(lambda *_: self._update_export())
        self.save_button = named(QPushButton(self.tr("Zapisz PDF i JSON…")), "export_save",
                                 self.tr("Zapisz eksport danych osoby"))
        self.save_button.clicked.connect(self.save_export)
        self.export_report = named(QLabel(), "export_report")
        self.export_report.setWordWrap(True)
        hint = QLabel(self.tr(
            "Kopia obejmuje wszystkie dane osoby: zgłoszenia, wnioski, dochody, decyzje, notatki "
            "pracy socjalnej i rejestr dostępu. Przed wydaniem sprawdź, czy nie ujawnia danych "
            "innych osób (art. 15 ust. 4 RODO). Wydanie kopii zostaje zapisane w dzienniku."))
        hint.setWordWrap(True)

        page = QWidget()
        row = QHBoxLayout()
        row.addWidget(self.search, 1)
        row.addWidget(search_button)
        buttons = QHBoxLayout()
        buttons.addWidget(self.save_button)
        buttons.addWidget(self.export_report, 1)
        layout = QVBoxLayout(page)
        layout.addWidget(hint)
        layout.addLayout(row)
        layout.addWidget(self.results_table, 1)
        layout.addLayout(buttons)
        return page

    def search_now(self) -> None:
        text = self.search.text()
        if len(text.strip()) < MIN_SEARCH:
            self.results.set_rows([])
            self._update_export()
            return
        total = guard.attempt(self, lambda: self.services.persons.count(self.actor, text))
        if total is None:
            return
        self.results.set_source(
            lambda offset, limit: self.services.persons.search(self.actor, text, limit, offset),
            lambda: total)
        if self.results.rowCount():
            self.results_table.selectRow(0)
        self._update_export()

    def chosen_person(self) -> PersonSummary | None:
        return selected_object(self.results_table, self.results)

    def _update_export(self) -> None:
        self.save_button.setEnabled(self.chosen_person() is not None)

    def save_export(self) -> Path | None:
        """Ask where to save the PDF; the JSON goes beside it under the same name."""
        person = self.chosen_person()
        if person is None:
            return None
        default = documents_dir() / (
            safe_name(f"dane_osobowe_{person.last_name}_{person.first_name}_{wall_today()}")
            + ".pdf")
        chosen, _filter = QFileDialog.getSaveFileName(
            self, self.tr("Zapisz eksport danych osoby"), str(default), self.tr("PDF (*.pdf)"))
        if not chosen:
            return None
        target = Path(chosen).with_suffix(".pdf")
        files = guard.attempt(self, lambda: self.services.personal_data.export_files(
            self.actor, person.id))
        if files is None:
            return None
        pdf_data, json_data = files
        try:
            target.write_bytes(pdf_data)
            target.with_suffix(".json").write_bytes(json_data)
        except OSError as exc:
            guard.message(self, self.tr("Nie udało się zapisać pliku: %1").replace("%1", str(exc)))
            return None
        self.export_report.setText(self.tr("Zapisano: %1 oraz %2")
                                   .replace("%1", target.name)
                                   .replace("%2", target.with_suffix(".json").name))
        pdf.show_saved(self, target)
        return target

    # --- retention ---------------------------------------------------------------------
    def _retention_page(self) -> QWidget:
        self.rules_label = named(QLabel(), "retention_rules")
        self.rules_label.setWordWrap(True)
        self.preview_button = named(QPushButton(self.tr("Pokaż osoby po okresie przechowywania")),
                                    "retention_preview")
        self.preview_button.clicked.connect(self.preview)
        self.rules_button = named(QPushButton(self.tr("Zmień okresy…")), "retention_rules_edit")
        self.rules_button.clicked.connect(self.edit_rules)
        self.candidates: PagedTableModel[RetentionCandidate] = PagedTableModel([
            Column(self.tr("Osoba"), lambda c: c.full_name),
            Column(self.tr("PESEL"), lambda c: c.pesel or ""),
            Column(self.tr("Sprawy"), lambda c: ", ".join(c.case_signs)),
            Column(self.tr("Ostatnia zakończona"), lambda c: date_short(c.last_closed_on),
                   sort_key=lambda c: c.last_closed_on),
            Column(self.tr("Po okresie przechowywania od"),
                   lambda c: date_short(c.past_retention_since),
                   sort_key=lambda c: c.past_retention_since),
            Column(self.tr("Zostanie usunięte"), _removal_text),
        ], parent=self)
        self.candidates_table = make_table(self.candidates, "retention_table",
                                           self.tr("Osoby po okresie przechowywania"))
        self.candidates_table.setSelectionMode(QAbstractItemView.SelectionMode.ExtendedSelection)
        self.candidates_table.selectionModel().selectionChanged.connect(
            lambda *_: self._update_confirmation())
        self.phrase_label = named(QLabel(), "retention_phrase")
        self.phrase_label.setWordWrap(True)
        self.phrase_label.setTextFormat(Qt.TextFormat.RichText)
        self.phrase_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.confirmation = named(QLineEdit(), "retention_confirmation",
                                  self.tr("Fraza potwierdzenia"))
        self.confirmation.textChanged.connect(lambda _t: self._update_confirmation())
        self.anonymise_button = named(QPushButton(self.tr("Anonimizuj")), "anonymise")
        self.anonymise_button.clicked.connect(self.anonymise)
        self.retention_report = named(QLabel(), "retention_report")
        self.retention_report.setWordWrap(True)

        page = QWidget()
        top = QHBoxLayout()
        top.addWidget(self.rules_label, 1)
        top.addWidget(self.rules_button)
        top.addWidget(self.preview_button)
        confirm = QHBoxLayout()
        confirm.addWidget(self.confirmation, 1)
        confirm.addWidget(self.anonymise_button)
        layout = QVBoxLayout(page)
        layout.addLayout(top)
        layout.addWidget(self.candidates_table, 1)
        layout.addWidget(self.phrase_label)
        layout.addLayout(confirm)
        layout.addWidget(self.retention_report)
        return page

    def _show_rules(self) -> None:
        rules = guard.attempt(self, lambda: self.services.personal_data.rules(self.actor))
        if rules is None:
            return
        names = self.services.office.team_names()
        parts = []
        for r in rules:
            team = r.document_class.removeprefix("case_file.")
            what = names.get(team, r.document_class)
            # "B10" says its years; only "Bc" needs them spelled out.
            parts.append(f"{what}: {r.category}" + (f" ({r.years})" if r.category == "Bc" else ""))
        self.rules_label.setText(self.tr("Okresy przechowywania akt spraw (od 1 stycznia roku po "
                                         "zakończeniu sprawy): %1").replace("%1", "; ".join(parts)))

    def edit_rules(self) -> None:
        from ops_desktop.ui.coordinator.retention_rules import RetentionRulesDialog

        dialog = RetentionRulesDialog(self.services, self.actor, self)
        if dialog.exec() == QDialog.DialogCode.Accepted:
            self._show_rules()

    def preview(self, note: str = "") -> None:
        """Ask the store who is past retention today, off the GUI thread (it reads every
        closed case: over a second at 500,000 persons); `previewed` is emitted when shown."""
        self._show_rules()
        self.preview_button.setEnabled(False)
        services, actor, today = self.services, self.actor, wall_today()

        def work(progress: Callable[[int, int], None], _cancelled: Callable[[], bool]) -> Any:
            progress(0, 0)
            return services.personal_data.retention_preview(actor, today)

        def failed(exc: BaseException) -> None:
            self.preview_button.setEnabled(True)
            guard.message(self, _error_text(exc))

        run_with_progress(self, self.tr("Wyszukiwanie osób po okresie przechowywania…"), work,
                          lambda found: self._previewed(found, note), failed)

    def _previewed(self, found: list[RetentionCandidate], note: str) -> None:
        self.preview_button.setEnabled(True)
        self._candidates = found
        self.candidates.set_source(lambda offset, limit: found[offset:offset + limit],
                                   lambda: len(found))
        self.confirmation.clear()
        report = self.tr("Osób po okresie przechowywania: %1").replace("%1", str(len(found)))
        self.retention_report.setText(f"{note}\n{report}" if note else report)
        self._update_confirmation()
        self.previewed.emit()

    def chosen_candidates(self) -> list[RetentionCandidate]:
        """The rows picked in the table, or every person listed when none is picked."""
        rows = sorted(i.row() for i in self.candidates_table.selectionModel().selectedRows())
        if rows:
            picked = (self.candidates.row_object(r) for r in rows)
            return [c for c in picked if c is not None]
        return list(self._candidates)

    def phrase(self) -> str:
        return confirmation_phrase(len(self.chosen_candidates()))

    def _update_confirmation(self) -> None:
        chosen = self.chosen_candidates()
        if not chosen:
            self.phrase_label.setText(self.tr("Brak osób do anonimizacji."))
            self.anonymise_button.setEnabled(False)
            return
        self.phrase_label.setText(
            self.tr("Anonimizacja jest nieodwracalna. Aby zanonimizować %1 os. (zaznaczone w tabeli "
                    "albo wszystkie z listy), wpisz: %2")
            .replace("%1", str(len(chosen))).replace("%2", f"<b>{self.phrase()}</b>"))
        self.anonymise_button.setEnabled(self.confirmation.text() == self.phrase())

    def anonymise(self) -> None:
        chosen = self.chosen_candidates()
        typed = self.confirmation.text()
        if not chosen or typed != self.phrase():
            return
        ids = [c.person_id for c in chosen]
        services, actor, today = self.services, self.actor, wall_today()
        self.anonymise_button.setEnabled(False)
        self.preview_button.setEnabled(False)

        def work(progress: Callable[[int, int], None], _cancelled: Callable[[], bool]) -> Any:
            progress(0, 0)
            # One transaction: it completes or changes nothing, so it is not cancelled midway.
            return services.personal_data.anonymise(actor, ids, typed, today)

        run_with_progress(self, self.tr("Anonimizacja danych osób…"), work,
                          self._anonymised, self._failed)

    def _anonymised(self, result: AnonymisationResult) -> None:
        done = (self.tr("Zanonimizowano osób: %1 (zgłoszenia: %2, skierowania: %3, notatki: %4, "
                        "decyzje: %5, dochody: %6).")
                .replace("%1", str(result.persons)).replace("%2", str(result.intakes))
                .replace("%3", str(result.referrals)).replace("%4", str(result.social_work_notes))
                .replace("%5", str(result.decisions)).replace("%6", str(result.incomes)))
        self.retention_report.setText(done)
        self.preview(note=done)
        if self.bus is not None:
            self.bus.changed.emit()

    def _failed(self, exc: BaseException) -> None:
        self.preview_button.setEnabled(True)
        self._update_confirmation()
        guard.message(self, _error_text(exc))


class DataProtectionDialog(QDialog):
    """The panel in its own window, opened from the coordinator's tab."""

    def __init__(self, services: Services, actor: Actor, bus: Bus | None = None,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("data_protection_dialog")
        self.setWindowTitle(self.tr("Ochrona danych osobowych"))
        self.resize(1000, 650)
        self.panel = DataProtectionPanel(services, actor, bus, self)
        buttons = close_only(self, "data_protection")
        layout = QVBoxLayout(self)
        layout.addWidget(self.panel)
        layout.addWidget(buttons)
