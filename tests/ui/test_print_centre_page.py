"""Centrum wydruku in the coordinator's tab: filters, choosing a day, the preview, printing
through the print dialog to a PDF printer (real pages, read back with pypdf), Cancel and
the print log."""

from __future__ import annotations

import datetime as dt
import io
from collections import Counter
from collections.abc import Callable, Iterator
from pathlib import Path

import pytest
from pypdf import PdfReader
from PySide6.QtCore import QDate, QObject, QThreadPool, Qt, Signal
from PySide6.QtPrintSupport import QPrinter
from pytestqt.qtbot import QtBot

from ops_desktop.domain.clock import wall_today
from ops_desktop.domain.vocabulary import Team
from ops_desktop.services.context import Actor
from ops_desktop.services.demo import create_demo_office
from ops_desktop.services.hub import Services
from ops_desktop.services.print_centre import PrintItem, PrintKind
from ops_desktop.ui import print_job
from ops_desktop.ui.bus import Bus
from ops_desktop.ui.coordinator import print_centre as page_module
from ops_desktop.ui.coordinator.print_centre import PrintCentrePage
from ops_desktop.ui.coordinator.tab import CoordinatorTab

LEFT = Qt.MouseButton.LeftButton
TODAY = wall_today()


@pytest.fixture(scope="module")
def office(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Services]:
    path: Path = tmp_path_factory.mktemp("print-centre-ui") / "demo.sqlite"
    services = Services.open(f"sqlite:///{path}")
    create_demo_office(services, households=30)
    yield services
    services.close()


@pytest.fixture
def head(office: Services) -> Actor:
    return Actor.of(next(u for u in office.office.users() if u.login == "bzolkiewska"))


@pytest.fixture
def page(qtbot: QtBot, office: Services, head: Actor, messages: list[str]
         ) -> Iterator[PrintCentrePage]:
    tab = CoordinatorTab(office, head, Bus())
    qtbot.addWidget(tab)
    tab.resize(1280, 760)
    tab.show()
    qtbot.waitExposed(tab)
    centre = tab.print_centre_page
    tab.pages.setCurrentWidget(centre)
    centre.first.setDate(QDate(TODAY - dt.timedelta(days=365)))
    yield centre
    QThreadPool.globalInstance().waitForDone(30000)


def rows(page: PrintCentrePage) -> list[PrintItem]:
    return [x for x in (page.queue.row_object(r) for r in range(page.queue.rowCount())) if x]


def choose(combo: object, data: object) -> None:
    index = next(i for i in range(combo.count())  # type: ignore[attr-defined]
                 if combo.itemData(i) == data)  # type: ignore[attr-defined]
    combo.setCurrentIndex(index)  # type: ignore[attr-defined]


def click_row(qtbot: QtBot, page: PrintCentrePage, row: int, modifier: Qt.KeyboardModifier
              = Qt.KeyboardModifier.NoModifier) -> None:
    page.table.scrollTo(page.queue.index(row, 0))
    rect = page.table.visualRect(page.queue.index(row, 0))
    qtbot.mouseClick(page.table.viewport(), LEFT, modifier, rect.center())


def pdf_printer_answering(monkeypatch: pytest.MonkeyPatch, target: Path, copies: int = 1) -> None:
    """The print dialog answered: the PDF printer, writing to `target`."""
    def answer(_page: PrintCentrePage, printer: QPrinter) -> bool:
        printer.setOutputFormat(QPrinter.OutputFormat.PdfFormat)
        printer.setOutputFileName(str(target))
        printer.setCopyCount(copies)
        return True

    monkeypatch.setattr(PrintCentrePage, "ask_printer", answer)


def test_filters_narrow_the_queue(qtbot: QtBot, page: PrintCentrePage) -> None:
    every = rows(page)
    assert {i.kind for i in every} >= {PrintKind.DECISION, PrintKind.CONTRACT,
                                       PrintKind.REFERRAL_SLIP}
    choose(page.kind, PrintKind.DECISION)
    qtbot.waitUntil(lambda: {i.kind for i in rows(page)} == {PrintKind.DECISION})
    assert len(rows(page)) == sum(1 for i in every if i.kind is PrintKind.DECISION)
    choose(page.kind, None)
    choose(page.team, Team.SOCIAL_WORK)
    qtbot.waitUntil(lambda: {i.team for i in rows(page)} == {Team.SOCIAL_WORK.value})
    assert {i.kind for i in rows(page)} >= {PrintKind.CONTRACT, PrintKind.BLUE_CARD_LETTER}
    choose(page.team, None)
    day = Counter(i.on for i in every if i.kind is PrintKind.REFERRAL_SLIP).most_common(1)[0][0]
    page.first.setDate(QDate(day))
    page.last.setDate(QDate(day))
    qtbot.waitUntil(lambda: {i.on for i in rows(page)} == {day})
    page.last.setDate(QDate(day - dt.timedelta(days=1)))
    assert page.filter_error.isVisible() and rows(page) == []
    assert page.first.date().toPython() == day  # what the person chose stays


def test_select_every_paper_of_a_day(qtbot: QtBot, page: PrintCentrePage) -> None:
    items = rows(page)
    day = Counter(i.on for i in items).most_common(1)[0][0]
    click_row(qtbot, page, next(n for n, i in enumerate(items) if i.on == day))
    qtbot.mouseClick(page.select_day_button, LEFT)
    assert {i.on for i in page.chosen()} == {day}
    assert len(page.chosen()) == sum(1 for i in items if i.on == day) >= 2
    assert "zaznaczonych: %d" % len(page.chosen()) in page.status.text()


class FakePreview(QObject):
    """Stands for QPrintPreviewDialog: on exec it asks for the pages on a PDF printer."""
    paintRequested = Signal(QPrinter)

    def __init__(self, target: Path) -> None:
        super().__init__()
        self.target = target

    def exec(self) -> int:
        printer = QPrinter(QPrinter.PrinterMode.HighResolution)
        printer.setOutputFormat(QPrinter.OutputFormat.PdfFormat)
        printer.setOutputFileName(str(self.target))
        printer.setFullPage(True)
        self.paintRequested.emit(printer)
        return 0


def test_preview_paints_the_chosen_papers(qtbot: QtBot, page: PrintCentrePage, tmp_path: Path,
                                          monkeypatch: pytest.MonkeyPatch) -> None:
    target = tmp_path / "preview.pdf"
    shown: list[FakePreview] = []
    monkeypatch.setattr(PrintCentrePage, "preview_dialog",
                        lambda _p, _printer: shown.append(FakePreview(target)) or shown[-1])
    slip = next(n for n, i in enumerate(rows(page)) if i.kind is PrintKind.REFERRAL_SLIP)
    click_row(qtbot, page, slip)
    qtbot.mouseClick(page.preview_button, LEFT)
    qtbot.waitUntil(lambda: bool(shown) and target.exists(), timeout=20000)
    text = PdfReader(target).pages[0].extract_text()
    assert rows(page)[slip].number in text and "SKIEROWANIE" in text


def test_printing_goes_through_the_dialog_to_real_pages_and_is_logged(
        qtbot: QtBot, page: PrintCentrePage, office: Services, head: Actor, tmp_path: Path,
        monkeypatch: pytest.MonkeyPatch) -> None:
    target = tmp_path / "printer.pdf"
    pdf_printer_answering(monkeypatch, target, copies=2)
    items = rows(page)
    first = next(n for n, i in enumerate(items) if i.kind is PrintKind.DECISION)
    contract = next(n for n, i in enumerate(items) if i.kind is PrintKind.CONTRACT)
    click_row(qtbot, page, first)
    click_row(qtbot, page, contract, Qt.KeyboardModifier.ControlModifier)
    chosen = page.chosen()
    logged_before = len(office.print_centre.recent_prints(head, 500))
    qtbot.mouseClick(page.print_button, LEFT)
    qtbot.waitUntil(lambda: "Wysłano do drukarki" in page.status.text(), timeout=30000)

    stack = office.print_centre.render(head, chosen)
    assert stack is not None
    expected = len(PdfReader(io.BytesIO(stack.pdf)).pages)
    printed = PdfReader(target)
    assert len(printed.pages) == 2 * expected  # two copies, painted collated
    text = "\n".join(p.extract_text() for p in printed.pages[:expected])
    assert chosen[0].case_sign in text and "DECYZJA" in text and "KONTRAKT" in text.upper()
    assert printed.pages[0].mediabox.width == pytest.approx(595, abs=2)

    log = office.print_centre.recent_prints(head, 500)
    assert len(log) == logged_before + 2
    assert {r.kind for r in log[:2]} == {"decision", "contract"}
    assert all(r.printer == f"PDF: {target}" and r.copies == 2 for r in log[:2])
    qtbot.waitUntil(lambda: page.log.rowCount() >= 2)
    assert page.log.data(page.log.index(0, 4)) == f"PDF: {target}"


def test_cancel_mid_way_prints_nothing_more_and_logs_nothing(
        qtbot: QtBot, page: PrintCentrePage, office: Services, head: Actor, tmp_path: Path,
        monkeypatch: pytest.MonkeyPatch) -> None:
    target = tmp_path / "cancelled.pdf"
    pdf_printer_answering(monkeypatch, target)
    painted: list[int] = []
    real = print_job.paint_stack

    def cancelled_after_first_page(printer: QPrinter, pdf: bytes,
                                   progress: Callable[[int, int], None],
                                   cancelled: Callable[[], bool]) -> int | None:
        # the person presses Cancel while the first page is on its way to the printer
        def report(done: int, total: int) -> None:
            painted.append(done)
            progress(done, total)
        return real(printer, pdf, report, lambda: bool(painted) or cancelled())

    monkeypatch.setattr(page_module, "paint_stack", cancelled_after_first_page)
    choose(page.kind, PrintKind.DECISION)
    qtbot.waitUntil(lambda: {i.kind for i in rows(page)} == {PrintKind.DECISION})
    click_row(qtbot, page, 0)
    qtbot.mouseClick(page.select_day_button, LEFT)
    logged_before = len(office.print_centre.recent_prints(head, 500))
    qtbot.mouseClick(page.print_button, LEFT)
    qtbot.waitUntil(lambda: page.status.text() == "Drukowanie anulowano.", timeout=30000)
    assert painted == [1]
    assert len(office.print_centre.recent_prints(head, 500)) == logged_before
    assert page.print_button.isEnabled()


def test_a_benefits_workers_page_offers_only_their_kinds_and_no_print_log(
        qtbot: QtBot, office: Services) -> None:
    benefits = Actor.of(next(u for u in office.office.users() if u.login == "kwisniewska"))
    own = PrintCentrePage(office, benefits, Bus())
    qtbot.addWidget(own)
    own.show()
    qtbot.waitExposed(own)
    kinds = {own.kind.itemData(i) for i in range(1, own.kind.count())}
    assert kinds == {PrintKind.DECISION, PrintKind.DELAY_NOTICE, PrintKind.PAYMENT_LIST,
                     PrintKind.REFERRAL_SLIP, PrintKind.DEFECT_CALL}
    assert own.log.rowCount() == 0


def test_a_benefits_worker_prints_their_own_decisions_from_their_tab(
        qtbot: QtBot, office: Services) -> None:
    from ops_desktop.ui.benefits.tab import BenefitsTab

    worker = Actor.of(next(u for u in office.office.users() if u.login == "pzielinski"))
    tab = BenefitsTab(office, worker, Bus())
    qtbot.addWidget(tab)
    own = tab.print_page
    assert own is not None and tab.pages.indexOf(own) >= 0
    tab.show()
    tab.pages.setCurrentWidget(own)
    qtbot.waitExposed(own)
    own.first.setDate(QDate(TODAY - dt.timedelta(days=365)))
    mine = rows(own)
    assert mine and {i.author_id for i in mine} == {worker.user_id}
    assert {i.kind for i in mine} <= {PrintKind.DECISION, PrintKind.DELAY_NOTICE,
                                      PrintKind.PAYMENT_LIST}
    choose(own.worker, None)  # the whole team's
    qtbot.waitUntil(lambda: len({i.author_name for i in rows(own)}) > 1)
    assert {i.team for i in rows(own)} == {"benefits"}
