"""The services team's "Schronienie" and "DPS" pages driven as a worker and the head do: a
line of the register refused under its fields with the text kept, then added and changed;
a shelter decision refused on an interview still in draft, saved on the completed one,
signed by the head and printed; the voivode's change report printed; a DPS placement and
its fee decision with the split shown before saving, signed and printed."""

from __future__ import annotations

import datetime as dt
import io
import uuid
from pathlib import Path

import pytest
from pypdf import PdfReader
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLabel, QWidget
from pytestqt.qtbot import QtBot

from ops_desktop.domain.clock import wall_today
from ops_desktop.domain.vocabulary import Role, Team
from ops_desktop.services.context import Actor
from ops_desktop.services.hub import Services
from ops_desktop.ui.bus import Bus
from ops_desktop.ui.services_team.dps_dialogs import FeeDialog, PlacementDialog
from ops_desktop.ui.services_team.dps_page import DpsPage
from ops_desktop.ui.services_team.shelter_dialog import ShelterDecisionDialog
from ops_desktop.ui.services_team.shelter_page import ShelterPage
from tests.conftest import _staff
from tests.services.helpers import interview_answers, person, referral_intake
from tests.ui.looking import keep_grab

LEFT = Qt.MouseButton.LeftButton
TODAY = wall_today()
YESTERDAY = TODAY - dt.timedelta(days=1)


@pytest.fixture
def carer(services: Services) -> Actor:
    return _staff(services, "uslugi", "Ewa Opiekun", "pracownik socjalny",
                  frozenset({Role.SERVICES}))


def _case(services: Services, desk: Actor, carer: Actor) -> uuid.UUID:
    pid = services.persons.register_household(desk, person(), [])
    rid = services.intake.record(desk, referral_intake(pid, Team.SERVICES)).referral_id
    assert rid is not None
    return services.referrals.accept(carer, rid).id


def _error(widget: QWidget, field: str) -> str:
    label = widget.findChild(QLabel, f"error_{field}")
    assert label is not None
    return label.text() if label.isVisible() else ""


def _pdf_text(path: Path) -> str:
    return " ".join(" ".join((p.extract_text() or "").split())
                    for p in PdfReader(io.BytesIO(path.read_bytes())).pages)


def test_register_and_a_shelter_decision(qtbot: QtBot, qtmodeltester: object,
                                         services: Services, desk: Actor, carer: Actor,
                                         coordinator: Actor, messages: list[str],
                                         opened: list[Path],
                                         monkeypatch: pytest.MonkeyPatch) -> None:
    case_id = _case(services, desk, carer)
    draft = services.interviews.open(carer, case_id, YESTERDAY)
    page = ShelterPage(services, carer, Bus())
    qtbot.addWidget(page)
    page.resize(1250, 800)
    page.show()
    assert not page.sign_button.isVisible()  # the team prepares, the head signs

    # No places and no name: both said under their fields; the address typed stays.
    qtbot.keyClicks(page.address, "ul. Dworcowa 7, Lipowiec")
    qtbot.mouseClick(page.add_button, LEFT)
    assert "wymagane" in _error(page, "institution")
    assert "Liczba miejsc" in _error(page, "places")
    assert page.address.text() == "ul. Dworcowa 7, Lipowiec" and page.register.rowCount() == 0
    qtbot.keyClicks(page.institution, "Schronisko im. Brata Alberta")
    page.places.setValue(12)
    qtbot.mouseClick(page.add_button, LEFT)
    qtbot.waitUntil(lambda: page.register.rowCount() == 1)
    qtmodeltester.check(page.register)  # type: ignore[attr-defined]
    page.register_table.selectRow(0)
    assert page.institution.text() == "Schronisko im. Brata Alberta"
    page.places.setValue(15)
    qtbot.mouseClick(page.change_button, LEFT)
    qtbot.waitUntil(lambda: (line := page.register.row_object(0)) is not None
                    and line.entry.places == 15)

    def run(dialog: ShelterDecisionDialog) -> int:
        dialog.show()
        assert dialog.interview.count() == 1 and "szkic" in dialog.interview.currentText()
        qtbot.keyClicks(dialog.reasoning, "Osoba bezdomna od jesieni.")
        qtbot.mouseClick(dialog.save_button, LEFT)
        assert "po przeprowadzeniu wywiadu" in _error(dialog, "interview_id")
        assert dialog.reasoning.toPlainText() == "Osoba bezdomna od jesieni."
        keep_grab(dialog, "dps-shelter-dialog-refused.png")
        # The worker completes the interview meanwhile and chooses the case again.
        services.interviews.save(carer, draft.id, interview_answers(), YESTERDAY, "w noclegowni")
        services.interviews.complete(carer, draft.id)
        dialog._fill_interviews()
        assert "zakończony" in dialog.interview.currentText()
        qtbot.mouseClick(dialog.save_button, LEFT)
        assert dialog.saved is not None
        return 1

    monkeypatch.setattr(ShelterDecisionDialog, "exec", run)
    qtbot.mouseClick(page.new_button, LEFT)
    qtbot.waitUntil(lambda: page.decisions.rowCount() == 1)
    qtmodeltester.check(page.decisions)  # type: ignore[attr-defined]
    keep_grab(page, "dps-shelter-page.png")

    head_page = ShelterPage(services, coordinator, Bus())
    qtbot.addWidget(head_page)
    head_page.show()
    head_page.decisions_table.selectRow(0)
    qtbot.mouseClick(head_page.sign_button, LEFT)
    qtbot.waitUntil(lambda: (d := head_page.decisions.row_object(0)) is not None and d.signed)
    line = head_page.register.row_object(0)
    assert line is not None and (line.occupied, line.free) == (1, 14)
    qtbot.mouseClick(head_page.print_button, LEFT)
    assert len(opened) == 1 and messages == []
    text = _pdf_text(opened[0])
    assert "w sprawie przyznania schronienia" in text and "Osoba bezdomna od jesieni." in text
    qtbot.mouseClick(head_page.report_button, LEFT)
    assert len(opened) == 2 and messages == []
    report = _pdf_text(opened[1])
    assert "nowa pozycja wykazu" in report and "liczba miejsc" in report and "15" in report


def test_dps_placement_and_fee(qtbot: QtBot, services: Services, desk: Actor, carer: Actor,
                               coordinator: Actor, messages: list[str], opened: list[Path],
                               monkeypatch: pytest.MonkeyPatch) -> None:
    _case(services, desk, carer)
    page = DpsPage(services, carer, Bus())
    qtbot.addWidget(page)
    page.resize(1250, 800)
    page.show()
    qtbot.keyClicks(page.name, "DPS Pod Lipami")
    qtbot.keyClicks(page.address, "ul. Lipowa 1, Lipowiec")
    qtbot.mouseClick(page.add_home_button, LEFT)
    qtbot.waitUntil(lambda: page.homes.rowCount() == 1)
    page.homes_table.selectRow(0)
    qtbot.keyClicks(page.cost, "szesc tysiecy")
    qtbot.mouseClick(page.cost_button, LEFT)
    assert _error(page, "monthly_cost") != "" and page.cost.text() == "szesc tysiecy"
    page.cost.clear()
    qtbot.keyClicks(page.cost, "6500,00")
    qtbot.mouseClick(page.cost_button, LEFT)
    qtbot.waitUntil(lambda: "6 500,00" in page.homes.data(page.homes.index(0, 2)).replace(
        "\xa0", " "))

    def place(dialog: PlacementDialog) -> int:
        qtbot.keyClicks(dialog.reasoning, "Wymaga opieki przez cala dobe.")
        dialog.save()
        assert dialog.saved is not None
        return 1

    monkeypatch.setattr(PlacementDialog, "exec", place)
    qtbot.mouseClick(page.placement_button, LEFT)
    qtbot.waitUntil(lambda: page.decisions.rowCount() == 1)
    page.decisions_table.selectRow(0)
    assert page.fee_button.isEnabled()

    def fee(dialog: FeeDialog) -> int:
        dialog.show()
        qtbot.keyClicks(dialog.income, "2000")
        name, _relation, _members, income, agreed, _on = dialog.rows[0]
        qtbot.keyClicks(name, "Adam Zolkiewski")
        qtbot.keyClicks(income, "3030")
        qtbot.keyClicks(agreed, "100")
        dialog.save()  # 3030 zł is exactly 300% of 1010 zł: nothing may be agreed
        assert "300%" in _error(dialog, "relatives.0.agreed")
        assert agreed.text() == "100"
        income.clear()
        qtbot.keyClicks(income, "4000")
        qtbot.waitUntil(lambda: "gmina 5 000,00" in dialog.preview.text().replace("\xa0", " "))
        keep_grab(dialog, "dps-shelter-fee-dialog.png")
        dialog.save()
        assert dialog.saved is not None
        return 1

    monkeypatch.setattr(FeeDialog, "exec", fee)
    qtbot.mouseClick(page.fee_button, LEFT)
    qtbot.waitUntil(lambda: page.decisions.rowCount() == 2)
    keep_grab(page, "dps-shelter-dps-page.png")

    head = DpsPage(services, coordinator, Bus())
    qtbot.addWidget(head)
    head.show()
    for kind in ("placement", "fee"):  # the placement first: the fee decision waits for it
        row = next(r for r in range(2)
                   if head.decisions.row_object(r).kind == kind)  # type: ignore[union-attr]
        head.decisions_table.selectRow(row)
        qtbot.mouseClick(head.sign_button, LEFT)
        qtbot.waitUntil(lambda: head.decisions.row_object(row).signed)  # type: ignore[union-attr]
    assert messages == []
    fee_row = next(r for r in range(2) if head.decisions.row_object(r).kind == "fee")  # type: ignore[union-attr]
    head.decisions_table.selectRow(fee_row)
    qtbot.mouseClick(head.print_button, LEFT)
    text = _pdf_text(opened[0]).replace("\xa0", " ")
    # 2000 × 70% = 1400; son: agreed 100 of 970 possible; gmina 6500 − 1500 = 5000
    for words in ("1 400,00 zł", "100,00 zł", "5 000,00 zł", "6 500,00 zł"):
        assert words in text, words
