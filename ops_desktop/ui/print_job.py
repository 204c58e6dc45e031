"""Sending a rendered stack of papers to a printer, page by page, off the GUI thread.

Qt allows a QPainter on a QPrinter in a thread other than the GUI's, so the whole job –
rendering the papers (services/print_centre.py) and painting their pages (ui/pdf_pages.py)
– runs on the pool behind the progress dialog, and Cancel is looked at before every page.
The page range and copies of the print dialog are applied here: a PDF printer (and a
printer that cannot count copies itself) gets each copy painted, collated.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QRectF
from PySide6.QtGui import QPainter
from PySide6.QtPrintSupport import QPrinter

from ops_desktop.ui.pdf_pages import PdfPages


class PrinterRefused(Exception):
    """The printer could not be opened (gone, paused, no right to write the file)."""


def chosen_pages(printer: QPrinter, count: int) -> list[int]:
    """The page indexes the print dialog's range names, in order, within the stack."""
    first, last = 0, count - 1
    if printer.printRange() == QPrinter.PrintRange.PageRange and printer.fromPage() > 0:
        first = printer.fromPage() - 1
        last = min(last, (printer.toPage() or count) - 1)
    return list(range(first, last + 1))


def painted_copies(printer: QPrinter) -> int:
    """How many copies this program paints: the printer counts its own when it can."""
    to_file = printer.outputFormat() == QPrinter.OutputFormat.PdfFormat
    if to_file or not printer.supportsMultipleCopies():
        return max(printer.copyCount(), 1)
    return 1


def paint_stack(printer: QPrinter, pdf: bytes, progress: Callable[[int, int], None],
                cancelled: Callable[[], bool]) -> int | None:
    """Paint the PDF's chosen pages to `printer`; the number of sheets, None if cancelled.

    A cancelled job is aborted, so a printer drops what it was given and a PDF file is
    left incomplete rather than passed off as the whole stack.
    """
    pages = PdfPages(pdf)
    wanted = chosen_pages(printer, len(pages)) * painted_copies(printer)
    printer.setFullPage(True)  # the PDF's page is the sheet: its margins are on it already
    painter = QPainter()
    if not painter.begin(printer):
        raise PrinterRefused(printer.printerName() or printer.outputFileName())
    try:
        for done, index in enumerate(wanted):
            if cancelled():
                printer.abort()
                return None
            if done and not printer.newPage():
                raise PrinterRefused(printer.printerName())
            sheet = printer.pageLayout().fullRectPixels(printer.resolution())
            pages.paint(painter, index, QRectF(0, 0, sheet.width(), sheet.height()))
            progress(done + 1, len(wanted))
    finally:
        if painter.isActive():
            painter.end()
    return len(wanted)


def printer_name(printer: QPrinter) -> str:
    """What the print log says the paper went to."""
    if printer.outputFormat() == QPrinter.OutputFormat.PdfFormat:
        return f"PDF: {printer.outputFileName()}"
    return printer.printerName()


def print_to_pdf_file(pdf: bytes, target: str) -> tuple[int, str]:
    """Paint a PDF's pages to Qt's PDF printer writing `target`: the self-test's proof that
    QtPrintSupport and the page painter work in this build. (pages written, first page's text)."""
    from pypdf import PdfReader

    printer = QPrinter(QPrinter.PrinterMode.HighResolution)
    printer.setOutputFormat(QPrinter.OutputFormat.PdfFormat)
    printer.setOutputFileName(target)
    sheets = paint_stack(printer, pdf, lambda _done, _total: None, lambda: False)
    written = PdfReader(target)
    return (0 if sheets is None else len(written.pages)), written.pages[0].extract_text()
