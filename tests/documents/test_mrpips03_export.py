"""MRPiPS-03 out of the program: the XLSX read back with openpyxl, the CSV, the printed PDF."""

from __future__ import annotations

import io
from decimal import Decimal

from openpyxl import load_workbook
from pypdf import PdfReader

from ops_desktop.services.context import Actor
from ops_desktop.services.hub import Services
from tests.services.test_mrpips03 import Known, known  # noqa: F401 - the office as a fixture


def test_the_xlsx_has_a_sheet_per_division_with_the_form_s_headers_and_formats(
        services: Services, coordinator: Actor, known: Known) -> None:  # noqa: F811
    report = services.mrpips03.report(coordinator, 2025, 1)
    book = load_workbook(io.BytesIO(services.mrpips03.export(coordinator, report, "xlsx")))
    assert book.sheetnames == ["Dział 1A", "Dział 1B", "Dział 2", "Dział 3", "Dział 4", "Źródła"]
    sheet = book["Dział 1B"]
    assert "01.01.2025" in sheet["A3"].value and "30.06.2025" in sheet["A3"].value
    headers = [sheet.cell(row=5, column=c).value for c in range(1, 8)]
    assert headers[:3] == ["Wiersz", "Wyszczególnienie",
                           "Liczba osób, którym decyzją przyznano świadczenie"]
    assert [sheet.cell(row=6, column=c).value for c in range(3, 8)] == ["1", "2", "3", "4", "5"]
    rows = {sheet.cell(row=r, column=1).value: r for r in range(7, sheet.max_row + 1)}
    purpose = [sheet.cell(row=rows["1B.15"], column=c) for c in range(3, 8)]
    assert [c.value for c in purpose] == [2, 3, Decimal("600.5"), 1, 3]
    assert purpose[2].number_format == "#,##0.00" and purpose[0].number_format == "#,##0"
    # ubranie: the program keeps no record of clothing (meals and shelter are counted)
    assert sheet.cell(row=rows["1B.12"], column=3).value == "brak danych w programie"
    assert sheet.cell(row=rows["1B.99"], column=4).value == "x"
    grounds = book["Dział 2"]
    poverty = next(r for r in range(7, grounds.max_row + 1)
                   if grounds.cell(row=r, column=1).value == "2.01")
    assert [grounds.cell(row=poverty, column=c).value for c in range(3, 7)] == [
        1, "brak danych w programie", 3, "brak danych w programie"]


def test_the_csv_and_the_pdf_carry_the_same_cells(
        services: Services, coordinator: Actor, known: Known) -> None:  # noqa: F811
    report = services.mrpips03.report(coordinator, 2025, 1)
    lines = services.mrpips03.export(coordinator, report, "csv").decode("utf-8-sig").splitlines()
    assert any(line.startswith("1B.15;") and line.endswith(";2;3;600,50;1;3") for line in lines)
    assert any(line.startswith("1B.12;") and line.count("brak danych w programie") == 5
               for line in lines)
    pdf = services.mrpips03.export(coordinator, report, "pdf")
    text = " ".join(" ".join(p.extract_text() for p in PdfReader(io.BytesIO(pdf)).pages)
                    .replace("\u00a0", " ").split())
    assert "Sprawozdanie MRPiPS-03" in text and "nie jest formularzem" in text
    assert "1B.15 Zasiłki celowe" in text and "600,50 zł" in text
    assert "brak danych w programie" in text
