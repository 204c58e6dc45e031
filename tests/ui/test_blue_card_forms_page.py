"""The Niebieska Karta page's forms driven as a worker does: the chosen procedure offers form
A, form B for each victim and forms C and D once recorded; printing one hands its PDF over."""

from __future__ import annotations

import io

import pytest
from pypdf import PdfReader
from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot

from ops_desktop.domain.clock import wall_today
from ops_desktop.services.context import Actor
from ops_desktop.services.hub import Services
from ops_desktop.ui.bus import Bus
from ops_desktop.ui.social_work import blue_card_prints
from ops_desktop.ui.social_work.blue_card_page import BlueCardPage
from tests.services.test_blue_card import Family, _form_a, family  # noqa: F401 – the fixture
from tests.ui.looking import keep_grab, keep_paper

LEFT = Qt.MouseButton.LeftButton
TODAY = wall_today()


def _text(pdf: bytes) -> str:
    return " ".join(" ".join(p.extract_text() for p in PdfReader(io.BytesIO(pdf)).pages).split())


def test_the_chosen_procedure_prints_its_forms(
        qtbot: QtBot, services: Services, social_worker: Actor, family: Family,  # noqa: F811
        monkeypatch: pytest.MonkeyPatch, messages: list[str]) -> None:
    card = services.blue_cards.start(social_worker, _form_a(family, filled_on=TODAY))
    page = BlueCardPage(services, social_worker, Bus())
    qtbot.addWidget(page)
    page.resize(1250, 820)
    page.show()
    assert not page.prints.print_button.isEnabled()  # nothing chosen yet
    page.table.selectRow(0)
    combo = page.prints.form
    assert [combo.itemText(i) for i in range(combo.count())] == [
        "Formularz A", "Formularz B – Wrona Maria"]
    page.step.setCurrentIndex(page.step.findData("form_c"))
    qtbot.mouseClick(page.record_button, LEFT)
    qtbot.waitUntil(lambda: combo.count() == 3)
    assert combo.itemText(2) == "Formularz C"
    handed: list[tuple[bytes, str]] = []
    monkeypatch.setattr(blue_card_prints.pdf, "hand_over",
                        lambda _p, data, name: handed.append((data, name)))
    combo.setCurrentIndex(1)
    qtbot.mouseClick(page.prints.print_button, LEFT)
    assert len(handed) == 1 and handed[0][1] == f"niebieska_karta_B_{card.case_sign}.pdf"
    text = _text(handed[0][0])
    assert "Niebieska Karta – B" in text and "Maria Wrona" in text and "Piotr" not in text
    combo.setCurrentIndex(2)
    qtbot.mouseClick(page.prints.print_button, LEFT)
    assert "Niebieska Karta – C" in _text(handed[1][0])
    assert messages == []
    keep_grab(page, "nk-forms-page.png")
    keep_paper(handed[0][0], "nk-forms-B.pdf")


def _error(widget: object, field: str) -> str:
    from PySide6.QtWidgets import QLabel
    found = widget.findChildren(QLabel, f"error_{field}")  # type: ignore[attr-defined]
    return " ".join(label.text() for label in found if label.isVisible())


def test_the_head_starts_one_from_the_register_and_the_worker_sees_its_deadline(
        qtbot: QtBot, services: Services, coordinator: Actor, social_worker: Actor,
        desk: Actor, messages: list[str]) -> None:
    from ops_desktop.ui.social_work.caseload_page import MyCasesPage
    from tests.services.test_social_work_log import _without_pesel
    services.persons.register_household(desk, _without_pesel("Ewa", "Kos"), [])
    services.persons.register_household(desk, _without_pesel("Adam", "Gil"), [])
    page = BlueCardPage(services, coordinator, Bus())
    qtbot.addWidget(page)
    page.resize(1250, 900)
    page.show()
    form = page.form_a
    assert form.head and form.worker.currentText() == social_worker.full_name
    assert form.victims.count() == 0  # no case: the persons come from the register
    for name, button in (("Kos", form.pick.as_victim), ("Gil", form.pick.as_using)):
        form.pick.search.clear()
        qtbot.keyClicks(form.pick.search, name)
        qtbot.mouseClick(form.pick.find_button, LEFT)
        assert form.pick.found.currentText().startswith(name)
        qtbot.mouseClick(button, LEFT)
    qtbot.keyClicks(form.note, "Telefon z komisariatu.")
    qtbot.mouseClick(form.save_button, LEFT)  # who filled it is missing: refused, all kept
    assert "wymagane" in _error(form, "filled_by")
    assert form.victims.item(0).text() == "Kos Ewa" and form.using.item(0).text() == "Gil Adam"
    assert form.note.toPlainText() == "Telefon z komisariatu." and page.cards.rowCount() == 0
    qtbot.keyClicks(form.filled_by, "Policja - asp. Nowicki")
    qtbot.mouseClick(form.save_button, LEFT)
    qtbot.waitUntil(lambda: page.cards.rowCount() == 1)
    assert "nowej sprawie" in form.saved_label.text() and "Kos Ewa" in form.saved_label.text()
    assert page.cards.index(0, 1).data() == "Kos Ewa"
    keep_grab(page, "nk-forms-head.png")
    # The social worker it was given to has it in the team's list and in "Moje sprawy".
    theirs = BlueCardPage(services, social_worker, Bus())
    qtbot.addWidget(theirs)
    assert theirs.cards.rowCount() == 1
    mine = MyCasesPage(services, social_worker, Bus())
    qtbot.addWidget(mine)
    assert mine.cases.index(0, 3).data().endswith("krok procedury Niebieska Karta")
    assert messages == []
