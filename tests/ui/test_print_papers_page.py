"""The print centre's further papers on screen: the head picks the Niebieska Karta form A and
the statement of assets by their kind filters and prints them through the print dialog (a
PDF printer, read back); the services team's page never offers a Niebieska Karta form."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from pypdf import PdfReader
from PySide6.QtCore import QThreadPool, Qt
from pytestqt.qtbot import QtBot

from ops_desktop.services.context import Actor
from ops_desktop.services.hub import Services
from ops_desktop.services.print_centre import PrintKind
from ops_desktop.ui.bus import Bus
from ops_desktop.ui.coordinator.print_centre import PrintCentrePage
from tests.ui.looking import keep_grab
from tests.ui.test_print_centre_page import (  # noqa: F401 - the demo office and its page
    choose,
    click_row,
    head,
    office,
    page,
    pdf_printer_answering,
    rows,
)

LEFT = Qt.MouseButton.LeftButton
FORMS = {PrintKind.BLUE_CARD_FORM_A, PrintKind.BLUE_CARD_FORM_B, PrintKind.BLUE_CARD_FORM_C,
         PrintKind.BLUE_CARD_FORM_D, PrintKind.BLUE_CARD_LETTER}


def test_the_head_prints_form_a_and_a_statement_of_assets_by_their_kinds(
        qtbot: QtBot, page: PrintCentrePage, office: Services, head: Actor,  # noqa: F811
        tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    offered = {page.kind.itemData(i) for i in range(1, page.kind.count())}
    assert offered >= {PrintKind.BLUE_CARD_FORM_A, PrintKind.BLUE_CARD_FORM_B,
                       PrintKind.ASSETS_STATEMENT, PrintKind.ELECTRONIC_STATEMENT,
                       PrintKind.PROGRAMME, PrintKind.DEFECT_CALL}
    target = tmp_path / "printer.pdf"
    pdf_printer_answering(monkeypatch, target)
    choose(page.kind, PrintKind.BLUE_CARD_FORM_A)
    qtbot.waitUntil(lambda: {i.kind for i in rows(page)} == {PrintKind.BLUE_CARD_FORM_A})
    click_row(qtbot, page, 0)
    form_a = page.chosen()
    keep_grab(page, "print-queue-form-a.png")
    logged_before = len(office.print_centre.recent_prints(head, 500))
    qtbot.mouseClick(page.print_button, LEFT)
    qtbot.waitUntil(lambda: "Wysłano do drukarki" in page.status.text(), timeout=30000)
    text = " ".join(" ".join(p.extract_text().split()) for p in PdfReader(target).pages)
    assert "NIEBIESKA KARTA – A" in text.upper() and form_a[0].case_sign in text

    choose(page.kind, PrintKind.ASSETS_STATEMENT)
    qtbot.waitUntil(lambda: {i.kind for i in rows(page)} == {PrintKind.ASSETS_STATEMENT})
    click_row(qtbot, page, 0)
    qtbot.mouseClick(page.print_button, LEFT)
    qtbot.waitUntil(lambda: len(office.print_centre.recent_prints(head, 500))
                    == logged_before + 2, timeout=30000)
    text = " ".join(p.extract_text() for p in PdfReader(target).pages)
    assert "majątkow" in " ".join(text.split())
    log = office.print_centre.recent_prints(head, 2)
    assert [r.kind for r in log] == ["assets_statement", "blue_card_form_a"]


def test_the_services_teams_page_never_offers_a_niebieska_karta_paper(
        qtbot: QtBot, office: Services) -> None:  # noqa: F811
    for login in ("edabrowska", "kwisniewska", "anowicka"):
        reader = Actor.of(next(u for u in office.office.users() if u.login == login))
        own = PrintCentrePage(office, reader, Bus())
        qtbot.addWidget(own)
        own.show()
        qtbot.waitExposed(own)
        offered = {own.kind.itemData(i) for i in range(1, own.kind.count())}
        assert offered and not offered & FORMS, login
        QThreadPool.globalInstance().waitForDone(30000)
        assert not {i.kind for i in rows(own)} & FORMS, login
