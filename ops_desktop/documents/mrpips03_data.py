"""The MRPiPS-03 report as data: the service fills it, the screen shows it, the XLSX/CSV
export (documents/mrpips03_export.py) and the printed PDF lay it out as the form's tables."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from decimal import Decimal

from ops_desktop.documents.statistics_data import StatisticsPeriod
from ops_desktop.domain.mrpips03_form import FormColumn, FormRow

NOT_AVAILABLE_TEXT = "brak danych w programie"
NOT_APPLICABLE = "x"  # a crossed cell of the form: the column does not apply to the row

# A cell: a count, an amount or hours (Decimal), "x" (does not apply), or None: the program
# keeps no data for it – never printed as 0.
Cell = int | Decimal | str | None


@dataclass(frozen=True)
class CaseLine:
    """One item behind a row: the case sign, its date and what it is, no personal data."""

    case_sign: str
    on: dt.date
    what: str
    amount: Decimal | None = None


@dataclass(frozen=True)
class ReportRow:
    form_row: FormRow
    cells: tuple[Cell, ...]  # one per column of the division
    behind: tuple[CaseLine, ...] = ()
    estimated: int = 0  # decisions counted from the decision, having no payment list
    held: bool = True  # False: the program keeps no record of the row's service yet

    @property
    def available(self) -> bool:
        return self.form_row.available and self.held


@dataclass(frozen=True)
class ReportDivision:
    code: str
    title: str
    confirmed: str
    columns: tuple[FormColumn, ...]
    rows: tuple[ReportRow, ...]

    def row(self, code: str) -> ReportRow:
        return next(r for r in self.rows if r.form_row.code == code)


@dataclass(frozen=True)
class Mrpips03Report:
    period: StatisticsPeriod
    divisions: tuple[ReportDivision, ...]
    generated_at: dt.datetime
    notes: tuple[str, ...]
    sources: tuple[str, ...]

    def division(self, code: str) -> ReportDivision:
        return next(d for d in self.divisions if d.code == code)

    def row(self, code: str) -> ReportRow:
        return next(r for d in self.divisions for r in d.rows if r.form_row.code == code)

    def cell(self, code: str, key: str) -> Cell:
        division = next(d for d in self.divisions if any(r.form_row.code == code for r in d.rows))
        index = [c.key for c in division.columns].index(key)
        return division.row(code).cells[index]


def cell_text(value: Cell) -> str:
    """A cell in words for CSV and the screen: brak danych, x, or the figure."""
    if value is None:
        return NOT_AVAILABLE_TEXT
    if isinstance(value, Decimal):
        return f"{value:.2f}".replace(".", ",")  # a decimal comma, as Polish figures are written
    return str(value)
