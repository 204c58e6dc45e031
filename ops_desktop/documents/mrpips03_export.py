"""MRPiPS-03 out of the program: an XLSX laid out as the form's tables (one sheet per division,
the form's column numbers and headers, number formats) and a CSV of the same cells.

Staff re-type the figures into CAS, so a cell the program cannot fill says so in words
("brak danych w programie") rather than holding 0, and a crossed cell of the form holds "x".
openpyxl loads when someone exports, not at the program's start.
"""

from __future__ import annotations

import csv
import io
from decimal import Decimal

from ops_desktop.documents.mrpips03_data import (
    NOT_AVAILABLE_TEXT,
    Cell,
    Mrpips03Report,
    ReportDivision,
    cell_text,
)

TITLE = "Sprawozdanie MRPiPS-03 – zestawienie z programu"
NOT_THE_FORM = ("Zestawienie pomocnicze Ośrodka do przepisania w aplikacji CAS – nie jest "
                "formularzem sprawozdania.")
COUNT_FORMAT, DECIMAL_FORMAT = "#,##0", "#,##0.00"
HEADER_ROW = 5  # rows 1–4: title, office, period, remark
LABEL_CHARS = 60  # the width of the label column, in characters


def _sheet_name(d: ReportDivision) -> str:
    name = f"Dział {d.code}" if d.code[0].isdigit() else d.code
    return name[:31]  # the longest sheet name a workbook allows


def to_xlsx(report: Mrpips03Report, office_name: str) -> bytes:
    from openpyxl import Workbook
    from openpyxl.styles import Alignment, Border, Font, PatternFill, Side
    from openpyxl.utils import get_column_letter

    thin = Side(style="thin", color="808080")
    box = Border(left=thin, right=thin, top=thin, bottom=thin)
    bold, grey = Font(bold=True), Font(italic=True, color="606060")
    head_fill = PatternFill("solid", fgColor="E6E6E6")
    wrap = Alignment(wrap_text=True, vertical="top")
    book = Workbook()
    book.remove(book.active)
    for d in report.divisions:
        sheet = book.create_sheet(_sheet_name(d))
        sheet["A1"] = f"{TITLE}: {d.title}"
        sheet["A1"].font = Font(bold=True, size=12)
        sheet["A2"] = office_name
        sheet["A3"] = f"Okres sprawozdawczy: {report.period.polish}"
        sheet["A4"] = NOT_THE_FORM
        sheet["A4"].font = grey
        labels = ["Wiersz", "Wyszczególnienie", *(c.label for c in d.columns)]
        numbers = ["", "0", *(c.number for c in d.columns)]
        for col, (label, number) in enumerate(zip(labels, numbers, strict=True), start=1):
            for row, value in ((HEADER_ROW, label), (HEADER_ROW + 1, number)):
                cell = sheet.cell(row=row, column=col, value=value)
                cell.font, cell.fill, cell.border = bold, head_fill, box
                cell.alignment = Alignment(wrap_text=True, horizontal="center",
                                           vertical="center")
        for r, row in enumerate(d.rows, start=HEADER_ROW + 2):
            sheet.cell(row=r, column=1, value=row.form_row.code).border = box
            label = sheet.cell(row=r, column=2, value=row.form_row.label.strip())
            label.border, label.alignment = box, wrap
            # Not every spreadsheet grows a row to its wrapped text: give long labels room.
            sheet.row_dimensions[r].height = 15 * (1 + len(label.value) // LABEL_CHARS)
            for c, (column, value) in enumerate(zip(d.columns, row.cells, strict=True), start=3):
                cell = sheet.cell(row=r, column=c, value=_xlsx_value(value))
                cell.border = box
                if value is None:
                    cell.font = grey
                elif isinstance(value, Decimal):
                    cell.number_format = DECIMAL_FORMAT
                elif isinstance(value, int):
                    cell.number_format = COUNT_FORMAT
                if isinstance(value, str) or value is None:
                    cell.alignment = Alignment(horizontal="center")
            if row.form_row.source == "total" or row.form_row.code.endswith(".99"):
                for c in range(1, len(labels) + 1):
                    sheet.cell(row=r, column=c).font = bold
        note_row = HEADER_ROW + 3 + len(d.rows)
        for i, note in enumerate(_division_notes(report, d)):
            sheet.cell(row=note_row + i, column=1, value=note).font = grey
        sheet.column_dimensions["A"].width = 8
        sheet.column_dimensions["B"].width = LABEL_CHARS
        for c in range(3, len(labels) + 1):
            sheet.column_dimensions[get_column_letter(c)].width = 24
        sheet.row_dimensions[HEADER_ROW].height = 60
        sheet.freeze_panes = sheet.cell(row=HEADER_ROW + 2, column=3)
        sheet.page_setup.orientation = "landscape"
        sheet.page_setup.fitToWidth = 1
        sheet.page_setup.fitToHeight = 0
        sheet.sheet_properties.pageSetUpPr.fitToPage = True
    sources = book.create_sheet("Źródła")
    for i, line in enumerate((*report.sources,
                              f"Sporządzono: {report.generated_at:%d.%m.%Y %H:%M}"), start=1):
        sources.cell(row=i, column=1, value=line)
    sources.column_dimensions["A"].width = 120
    out = io.BytesIO()
    book.save(out)
    return out.getvalue()


def _xlsx_value(value: Cell) -> int | Decimal | str:
    return NOT_AVAILABLE_TEXT if value is None else value


def _division_notes(report: Mrpips03Report, d: ReportDivision) -> list[str]:
    """The report's counting notes, and what each row of the division rests on."""
    notes = [*report.notes, f"Podstawa wierszy: {d.confirmed} (C – wzór formularza, "
                            "P – częściowo potwierdzone, M – reguła programu do sprawdzenia)."]
    notes += [f"{r.form_row.code}: {r.form_row.note}" for r in d.rows if r.form_row.note]
    notes += [f"{r.form_row.code}: kolumna 2 – {r.form_row.unit}" for r in d.rows
              if r.form_row.unit and r.available and r.form_row.unit != "—"]
    return notes


def to_csv(report: Mrpips03Report) -> bytes:
    """Every cell of every division, one line a row, for a spreadsheet of the office's own
    (semicolon-separated and UTF-8 with BOM, as a Polish Excel opens it)."""
    out = io.StringIO()
    writer = csv.writer(out, delimiter=";", lineterminator="\r\n")
    writer.writerow([TITLE, report.period.polish])
    for d in report.divisions:
        writer.writerow([])
        writer.writerow([f"Dział {d.code}", d.title])
        writer.writerow(["Wiersz", "Wyszczególnienie",
                         *(f"{c.number}. {c.label}" for c in d.columns)])
        for row in d.rows:
            writer.writerow([row.form_row.code, row.form_row.label.strip(),
                             *(cell_text(v) for v in row.cells)])
    writer.writerow([])
    for note in report.notes:
        writer.writerow([note])
    return ("\ufeff" + out.getvalue()).encode("utf-8")

