"""A services worker prepares a decision granting care on the "Usługi opiekuńcze" page:
bad input is named under its field and kept, the fee % is shown as the income is typed,
the draft is saved and shown on paper, and it waits in the head's list of drafts."""

from __future__ import annotations

import io
from pathlib import Path

import pytest
from pypdf import PdfReader
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLabel, QWidget
from pytestqt.qtbot import QtBot

from ops_desktop.domain.clock import wall_today
from ops_desktop.domain.vocabulary import CareKind, DecisionStatus, Role, Team
from ops_desktop.services.context import Actor
from ops_desktop.services.hub import Services
from ops_desktop.ui.bus import Bus
from ops_desktop.ui.services_team.care_decision_dialog import CareDecisionDialog
from ops_desktop.ui.services_team.care_page import CarePage
from tests.conftest import _staff
from tests.services.helpers import person, referral_intake

LEFT = Qt.MouseButton.LeftButton


@pytest.fixture
def carer(services: Services) -> Actor:
    return _staff(services, "uslugi", "Ewa Opiekun", "opiekunka", frozenset({Role.SERVICES}))


def _error(widget: QWidget, field: str) -> str:
    label = widget.findChild(QLabel, f"error_{field}")
    assert label is not None
    return label.text() if label.isVisible() else ""


def test_a_worker_prepares_a_care_decision(qtbot: QtBot, services: Services, desk: Actor,
                                           carer: Actor, coordinator: Actor,
                                           messages: list[str], opened: list[Path],
                                           monkeypatch: pytest.MonkeyPatch) -> None:
    pid = services.persons.register_household(desk, person(), [])
    rid = services.intake.record(desk, referral_intake(pid, Team.SERVICES)).referral_id
    assert rid is not None
    services.referrals.accept(carer, rid)
    page = CarePage(services, carer, Bus())
    qtbot.addWidget(page)
    page.show()
    assert page.decision_button.isVisible()

    def run(dialog: CareDecisionDialog) -> int:
        dialog.show()
        # SUO for persons with mental disorders: the OPS's price is asked for, hours a month.
        dialog.kind.setCurrentIndex(list(CareKind).index(CareKind.SPECIALIST_MENTAL))
        assert dialog.hourly_cost.isEnabled() and dialog.unit.currentData() == "month"
        dialog.kind.setCurrentIndex(list(CareKind).index(CareKind.CARE))
        assert not dialog.hourly_cost.isEnabled()
        # A refusal: hours in words, nothing else filled; every field says why, text kept.
        qtbot.keyClicks(dialog.hours, "dziesiec")
        qtbot.mouseClick(dialog.save_button, LEFT)
        for field in ("hours", "scope", "place", "provider", "income"):
            assert _error(dialog, field) != "", field
        assert dialog.hours.text() == "dziesiec" and dialog.saved is None
        dialog.hours.clear()
        qtbot.keyClicks(dialog.hours, "10")
        qtbot.keyClicks(dialog.scope, "Pomoc w higienie, zakupy, przygotowanie posilku.")
        qtbot.keyClicks(dialog.place, "mieszkanie Strony, ul. Polna 5, Lipowiec")
        qtbot.keyClicks(dialog.provider, "opiekunki MGOPS")
        # 1600 zł is 158,42 % of 1010 zł → 15 % of 35 zł = 5,25 zł an hour, shown at once.
        qtbot.keyClicks(dialog.income, "1600,00")
        qtbot.waitUntil(lambda: "15%" in dialog.fee.text())
        assert "5,25" in dialog.fee.text() and "158,42" in dialog.fee.text()
        qtbot.mouseClick(dialog.save_button, LEFT)
        assert dialog.saved is not None, _error(dialog, "period_from")
        return 1

    monkeypatch.setattr(CareDecisionDialog, "exec", run)
    qtbot.mouseClick(page.decision_button, LEFT)
    qtbot.waitUntil(lambda: len(opened) == 1)
    assert messages == [] and "czeka na podpis" in page.summary.text()
    text = " ".join(p.extract_text() for p in PdfReader(io.BytesIO(opened[0].read_bytes())).pages)
    assert "usługi opiekuńcze" in text and "PROJEKT" in text
    drafts = services.decisions.page(coordinator, DecisionStatus.DRAFT)
    assert [d.form for d in drafts] == [CareKind.CARE]


def test_the_benefits_team_sees_no_button_unless_the_office_hands_it(
        qtbot: QtBot, services: Services, carer: Actor, coordinator: Actor) -> None:
    services.care_decisions.set_preparing_team(coordinator, Team.BENEFITS.value)
    page = CarePage(services, carer, Bus())
    qtbot.addWidget(page)
    assert not page.decision_button.isVisibleTo(page)


def test_an_order_carries_out_the_signed_decision(qtbot: QtBot, services: Services,
                                                  desk: Actor, carer: Actor,
                                                  coordinator: Actor, messages: list[str],
                                                  monkeypatch: pytest.MonkeyPatch) -> None:
    import datetime as dt
    from decimal import Decimal

    from ops_desktop.domain.care_decisions import HoursUnit
    from ops_desktop.services.care_decisions import CareDecisionInput
    from ops_desktop.ui.services_team.order_dialog import CareOrderDialog

    pid = services.persons.register_household(desk, person(), [])
    rid = services.intake.record(desk, referral_intake(pid, Team.SERVICES)).referral_id
    assert rid is not None
    case = services.referrals.accept(carer, rid)
    first = wall_today().replace(day=1)
    last_month = (first - dt.timedelta(days=1)).replace(day=1)
    draft = services.care_decisions.prepare(carer, CareDecisionInput(
        case.id, CareKind.CARE, last_month, "Zakupy, sprzatanie.", Decimal("7"), HoursUnit.WEEK,
        last_month, dt.date(first.year + 1, 12, 31), "mieszkanie Strony", "opiekunki MGOPS",
        Decimal("900.00"), 1))
    signed = services.decisions.sign(coordinator, draft.id)
    page = CarePage(services, carer, Bus())
    qtbot.addWidget(page)
    page.show()

    def run(dialog: CareOrderDialog) -> int:
        dialog.show()
        assert dialog.decision.count() == 2  # "outside the program" and the signed one
        dialog.decision.setCurrentIndex(1)
        assert signed.case_sign in dialog.decision_ref.text()
        assert dialog.hours_per_week.text() == "7,00" and dialog.income.text() == "900,00"
        qtbot.keyClicks(dialog.carer_name, "Maria Kowal")
        qtbot.mouseClick(dialog.save_button, LEFT)
        assert dialog.saved is not None
        return 1

    monkeypatch.setattr(CareOrderDialog, "exec", run)
    qtbot.mouseClick(page.new_button, LEFT)
    qtbot.waitUntil(lambda: page.orders.rowCount() == 1)
    page.orders_table.selectRow(0)
    month = page.month.currentData()
    assert month == last_month
    # 7 h a week grants 7 × days / 7 = as many hours as the month has days: one more is refused.
    days = (first - last_month).days
    qtbot.keyClicks(page.hours, str(days + 1))
    qtbot.mouseClick(page.save_hours_button, LEFT)
    assert "decyzja przyznaje" in _error(page, "hours")
    assert page.hours.text() == str(days + 1)
    page.hours.clear()
    qtbot.keyClicks(page.hours, str(days))
    qtbot.mouseClick(page.save_hours_button, LEFT)
    # 900 / 1010 = 89 % of the criterion: free by the sample resolution.
    qtbot.waitUntil(lambda: "0,00" in page.preview.text())
    assert messages == [] and _error(page, "hours") == ""


def test_the_decisions_tab_lists_previews_and_discards_drafts(
        qtbot: QtBot, services: Services, desk: Actor, carer: Actor, coordinator: Actor,
        messages: list[str], opened: list[Path], monkeypatch: pytest.MonkeyPatch) -> None:
    import datetime as dt
    from decimal import Decimal

    from ops_desktop.domain.care_decisions import HoursUnit
    from ops_desktop.services.care_decisions import CareDecisionInput

    pid = services.persons.register_household(desk, person(), [])
    rid = services.intake.record(desk, referral_intake(pid, Team.SERVICES)).referral_id
    assert rid is not None
    case = services.referrals.accept(carer, rid)
    month = wall_today().replace(day=1)
    made = [services.care_decisions.prepare(carer, CareDecisionInput(
        case.id, kind, month, "Zakupy.", Decimal("5"), HoursUnit.WEEK, month,
        month + dt.timedelta(days=90), "mieszkanie Strony", "opiekunki MGOPS",
        Decimal("900.00"), 1)) for kind in (CareKind.CARE, CareKind.NEIGHBOURHOOD)]
    services.decisions.sign(coordinator, made[0].id)
    page = CarePage(services, carer, Bus())
    qtbot.addWidget(page)
    page.resize(1100, 700)
    page.show()
    page.upper_tabs.setCurrentIndex(1)
    assert page.decisions.rowCount() == 2
    states = {page.decisions.row_object(r).kind: page._state(page.decisions.row_object(r))
              for r in range(2)}  # type: ignore[union-attr]
    assert states[CareKind.CARE].startswith("podpisana")
    assert states[CareKind.NEIGHBOURHOOD].startswith("projekt")
    signed_row = page.decisions.row_of(lambda d: d.kind, CareKind.CARE)
    assert signed_row is not None
    page.decisions_table.selectRow(signed_row)
    assert not page.discard_button.isEnabled()  # a signed decision is never removed
    qtbot.mouseClick(page.preview_decision_button, LEFT)
    assert len(opened) == 1 and messages == []
    draft_row = page.decisions.row_of(lambda d: d.kind, CareKind.NEIGHBOURHOOD)
    assert draft_row is not None
    page.decisions_table.selectRow(draft_row)
    monkeypatch.setattr(CarePage, "confirm_discard", lambda _self, _d: True)
    qtbot.mouseClick(page.discard_button, LEFT)
    qtbot.waitUntil(lambda: page.decisions.rowCount() == 1)
    assert [d.form for d in services.decisions.page(coordinator, DecisionStatus.DRAFT)] == []


def test_the_head_signs_it_in_the_coordinators_list(
        qtbot: QtBot, services: Services, desk: Actor, carer: Actor, coordinator: Actor,
        messages: list[str], monkeypatch: pytest.MonkeyPatch) -> None:
    import datetime as dt
    from decimal import Decimal

    from PySide6.QtWidgets import QPushButton, QTableView

    from ops_desktop.domain.care_decisions import HoursUnit
    from ops_desktop.services.care_decisions import CareDecisionInput
    from ops_desktop.ui.coordinator.sign_confirmation import SignConfirmation
    from ops_desktop.ui.coordinator.tab import CoordinatorTab

    pid = services.persons.register_household(desk, person(), [])
    rid = services.intake.record(desk, referral_intake(pid, Team.SERVICES)).referral_id
    assert rid is not None
    case = services.referrals.accept(carer, rid)
    month = wall_today().replace(day=1)
    draft = services.care_decisions.prepare(carer, CareDecisionInput(
        case.id, CareKind.SPECIALIST, month, "Rehabilitacja ruchowa w domu.", Decimal("4"),
        HoursUnit.WEEK, month, month + dt.timedelta(days=120), "mieszkanie Strony",
        "Fizjo s.c.", Decimal("1200.00"), 1))
    shown: list[str] = []

    def answer(dialog: SignConfirmation) -> int:
        details = dialog.findChild(QLabel, "sign_details")
        shown.append(details.text() if details is not None else "")
        return int(SignConfirmation.DialogCode.Accepted)

    monkeypatch.setattr(SignConfirmation, "exec", answer)
    tab = CoordinatorTab(services, coordinator, Bus())
    qtbot.addWidget(tab)
    tab.resize(1280, 760)
    tab.show()
    table = tab.findChild(QTableView, "drafts_table")
    assert table is not None and table.model().rowCount() == 1
    qtbot.mouseClick(table.viewport(), LEFT,
                     pos=table.visualRect(table.model().index(0, 0)).center())
    button = tab.findChild(QPushButton, "sign_selected")
    assert button is not None
    qtbot.mouseClick(button, LEFT)
    assert shown and "specjalistyczne usługi opiekuńcze" in shown[0] and draft.case_sign in shown[0]
    qtbot.waitUntil(lambda: services.decisions.count(coordinator, DecisionStatus.SIGNED) == 1)
    assert messages == []
