"""The head's MRPiPS-03 by the form: a tab per division, each cell leading to the cases behind
it, and the export to XLSX, CSV or PDF.

The report is made off the GUI thread behind a progress dialog with Cancel; so is the file.
A row the program keeps no data for reads "brak danych w programie", never 0.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import Any

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import (
    QDialog,
    QFileDialog,
    QHeaderView,
    QHBoxLayout,
    QLabel,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from ops_desktop.documents.mrpips03_data import (
    NOT_AVAILABLE_TEXT,
    Mrpips03Report,
    ReportDivision,
    ReportRow,
    cell_text,
)
from ops_desktop.i18n.format import money
from ops_desktop.services.context import Actor
from ops_desktop.services.hub import Services
from ops_desktop.ui import guard, pdf
from ops_desktop.ui.coordinator.statistics import CasesBehindDialog, period_text
from ops_desktop.ui.forms import close_only, push_button
from ops_desktop.ui.table_model import Column, PagedTableModel, make_table, selected_object
from ops_desktop.ui.file_export import save_in_background
from ops_desktop.ui.worker import run_with_progress

# The file kinds the head may save, with the filter shown in the save dialog.
KINDS = {"xlsx": "Skoroszyt Excel (*.xlsx)", "csv": "CSV (*.csv)", "pdf": "PDF (*.pdf)"}


def _tr(text: str) -> str:
    return QCoreApplication.translate("mrpips03", text)


def _cell(division: ReportDivision, index: int) -> Callable[[ReportRow], str]:
    column = division.columns[index]

    def text(row: ReportRow) -> str:
        value = row.cells[index]
        if value is None:
            return _tr("brak danych w programie")
        if column.money and not isinstance(value, str):
            return money(value)
        return cell_text(value)

    return text


class Mrpips03Dialog(QDialog):
    def __init__(self, services: Services, actor: Actor, year: int, half: int | None,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.services, self.actor, self.year, self.half = services, actor, year, half
        self.report: Mrpips03Report | None = None
        self.cases_dialog: CasesBehindDialog | None = None
        self.tables: dict[str, tuple[Any, PagedTableModel[ReportRow]]] = {}
        self.setObjectName("mrpips03_dialog")
        self.setWindowTitle(self.tr("Sprawozdanie MRPiPS-03 – %1")
                            .replace("%1", period_text(year, half)))
        self.resize(1150, 720)
        self.heading = QLabel(self.tr("Obliczanie…"))
        self.heading.setObjectName("mrpips03_heading")
        self.heading.setWordWrap(True)
        self.tabs = QTabWidget()
        self.tabs.setObjectName("mrpips03_tabs")
        self.notes = QLabel()
        self.notes.setObjectName("mrpips03_notes")
        self.notes.setWordWrap(True)
        self.status = QLabel()
        self.status.setObjectName("mrpips03_status")
        self.cases_button = push_button(self.tr("Pokaż &sprawy"), "mrpips03_cases",
                                         self.show_cases)
        self.xlsx_button = push_button(self.tr("Zapisz &XLSX…"), "mrpips03_xlsx",
                                        lambda: self.export("xlsx"))
        self.csv_button = push_button(self.tr("Zapisz &CSV…"), "mrpips03_csv",
                                       lambda: self.export("csv"))
        self.pdf_button = push_button(self.tr("&Drukuj / zapisz PDF…"), "mrpips03_pdf",
                                       lambda: self.export("pdf"))
        bottom = QHBoxLayout()
        for button in (self.cases_button, self.xlsx_button, self.csv_button, self.pdf_button):
            bottom.addWidget(button)
        bottom.addWidget(self.status, 1)
        bottom.addWidget(close_only(self, "mrpips03"))
        layout = QVBoxLayout(self)
        layout.addWidget(self.heading)
        layout.addWidget(self.tabs, 1)
        layout.addWidget(self.notes)
        layout.addLayout(bottom)
        self._update_buttons()

    def _update_buttons(self) -> None:
        for button in (self.cases_button, self.xlsx_button, self.csv_button, self.pdf_button):
            button.setEnabled(self.report is not None)

    # --- computing ---
    def compute(self) -> None:
        services, actor, year, half = self.services, self.actor, self.year, self.half

        def work(progress: Callable[[int, int], None], cancelled: Callable[[], bool]) -> Any:
            report = services.mrpips03.report(actor, year, half, progress)
            return None if cancelled() else report

        run_with_progress(self, self.tr("Obliczanie sprawozdania MRPiPS-03…"), work,
                          self._computed, self._failed)

    def _computed(self, report: Mrpips03Report | None) -> None:
        if report is None:
            self.heading.setText(self.tr("Obliczanie anulowano."))
            return
        self.report = report
        self.heading.setText(self.tr("Okres: %1 (obliczono %2). Dwukrotne kliknięcie wiersza "
                                     "pokazuje sprawy, z których policzono jego liczby.")
                             .replace("%1", report.period.polish)
                             .replace("%2", report.generated_at.strftime("%d.%m.%Y %H:%M")))
        self.tabs.clear()
        self.tables.clear()
        for division in report.divisions:
            self.tabs.addTab(self._division_table(division), self.tr("Dział %1")
                             .replace("%1", division.code))
        self.notes.setText("\n".join(report.notes))
        self._update_buttons()

    def _division_table(self, division: ReportDivision) -> QWidget:
        columns: list[Column[ReportRow]] = [
            Column(self.tr("Wiersz"), lambda r: r.form_row.code),
            Column(self.tr("Wyszczególnienie"), lambda r: r.form_row.label.strip()),
            *(Column(f"{c.number}. {self._short(c.key)}", _cell(division, i), align_right=True,
                     header_tooltip=c.label)
              for i, c in enumerate(division.columns)),
        ]
        model: PagedTableModel[ReportRow] = PagedTableModel(columns, parent=self)
        table = make_table(model, f"mrpips03_table_{division.code}", division.title)
        model.set_rows(list(division.rows))
        table.doubleClicked.connect(lambda _i: self.show_cases())
        # The form's wording sits in the label column; the figures keep to their own width.
        header = table.horizontalHeader()
        header.setStretchLastSection(False)
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        table.setWordWrap(True)
        table.setColumnWidth(0, 60)
        table.setColumnWidth(1, 420)
        for c in range(2, len(columns)):
            table.setColumnWidth(c, 140)
        self.tables[division.code] = (table, model)
        return table

    def _short(self, key: str) -> str:
        """A column's header kept short so the table fits; its tooltip has the form's words."""
        return {
            "persons": self.tr("Osoby"), "benefits": self.tr("Świadczenia"),
            "amount": self.tr("Kwota"), "families": self.tr("Rodziny"),
            "members": self.tr("Osoby w rodzinach"), "families_rural": self.tr("Rodziny – wieś"),
            "members_rural": self.tr("Osoby w rodzinach – wieś"),
            "contracts": self.tr("Kontrakty"),
        }.get(key, key)

    def _failed(self, exc: BaseException) -> None:
        self.heading.setText("")
        guard.message(self, guard.describe(exc))

    # --- tracing ---
    def selected_row(self) -> ReportRow | None:
        if self.report is None or not self.tables:
            return None
        table, model = list(self.tables.values())[self.tabs.currentIndex()]
        return selected_object(table, model)

    def show_cases(self) -> None:
        row = self.selected_row()
        if row is None:
            self.status.setText(self.tr("Zaznacz wiersz tabeli."))
            return
        if not row.available:
            self.status.setText(self.tr("Tego wiersza program nie liczy: %1.")
                                .replace("%1", NOT_AVAILABLE_TEXT))
            return
        title = self.tr("Sprawy za %1: %2 %3").replace("%1", period_text(self.year, self.half)) \
            .replace("%2", row.form_row.code).replace("%3", row.form_row.label.strip())
        if self.cases_dialog is not None:
            self.cases_dialog.close()
            self.cases_dialog.deleteLater()
        self.cases_dialog = CasesBehindDialog.of_lines(title, list(row.behind), self)
        self.cases_dialog.show()

    # --- export ---
    def export(self, kind: str) -> None:
        report = self.report
        if report is None:
            return
        period = report.period
        name = f"MRPiPS-03_{period.year}" + ("_I_polrocze" if period.half == 1 else "_rok")
        services, actor = self.services, self.actor
        if kind != "pdf":
            chosen, _filter = QFileDialog.getSaveFileName(
                self, self.tr("Zapisz sprawozdanie MRPiPS-03"),
                str(pdf.documents_dir() / f"{name}.{kind}"), KINDS[kind])
            if chosen:
                save_in_background(self, self.tr("Zapisywanie sprawozdania…"),
                                   lambda: services.mrpips03.export(actor, report, kind),
                                   Path(chosen).with_suffix(f".{kind}"), self.status,
                                   self._failed)
            return

        def work(progress: Callable[[int, int], None], cancelled: Callable[[], bool]) -> Any:
            progress(0, 0)
            data = services.mrpips03.export(actor, report, kind)
            return None if cancelled() else data

        def done(data: bytes | None) -> None:
            if data is None:
                self.status.setText(self.tr("Zapis anulowano."))
                return
            handed = pdf.hand_over(self, data, name)
            if handed is not None:
                self.status.setText(self.tr("Zapisano: %1").replace("%1", str(handed.path)))

        run_with_progress(self, self.tr("Przygotowanie wydruku…"), work, done, self._failed)
