"""Painting a stack to a printer: the print dialog's page range and copies, and Cancel,
on Qt's PDF printer read back with pypdf."""

from __future__ import annotations

import io
from pathlib import Path

from pypdf import PdfReader
from PySide6.QtPrintSupport import QPrinter
from pytestqt.qtbot import QtBot
from reportlab.lib.pagesizes import A4
from reportlab.pdfgen.canvas import Canvas

from ops_desktop.ui.print_job import paint_stack


def numbered_pages(count: int) -> bytes:
    out = io.BytesIO()
    canvas = Canvas(out, pagesize=A4)
    for n in range(1, count + 1):
        canvas.setFont("Helvetica", 14)
        canvas.drawString(72, 760, f"Strona numer {n}")
        canvas.rect(72, 700, 200, 40)
        canvas.showPage()
    canvas.save()
    return out.getvalue()


def pdf_printer(target: Path) -> QPrinter:
    printer = QPrinter(QPrinter.PrinterMode.HighResolution)
    printer.setOutputFormat(QPrinter.OutputFormat.PdfFormat)
    printer.setOutputFileName(str(target))
    return printer


def texts(target: Path) -> list[str]:
    return [" ".join(p.extract_text().split()) for p in PdfReader(target).pages]


def test_the_page_range_and_copies_of_the_dialog_are_printed(qtbot: QtBot, tmp_path: Path) -> None:
    printer = pdf_printer(tmp_path / "range.pdf")
    printer.setPrintRange(QPrinter.PrintRange.PageRange)
    printer.setFromTo(2, 3)
    printer.setCopyCount(2)
    sheets = paint_stack(printer, numbered_pages(4), lambda _d, _t: None, lambda: False)
    assert sheets == 4
    assert texts(tmp_path / "range.pdf") == ["Strona numer 2", "Strona numer 3"] * 2


def test_cancel_stops_before_the_next_page(qtbot: QtBot, tmp_path: Path) -> None:
    printer = pdf_printer(tmp_path / "cancelled.pdf")
    painted: list[int] = []
    sheets = paint_stack(printer, numbered_pages(5), lambda d, _t: painted.append(d),
                         lambda: len(painted) >= 2)
    assert sheets is None and painted == [1, 2]
