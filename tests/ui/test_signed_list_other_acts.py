"""Signed meal, shelter and DPS decisions stand in the head's "Decyzje podpisane" beside the
decisions, and "Drukuj wydane dziś" prints them with the decisions issued today."""

from __future__ import annotations

import datetime as dt
import io
from decimal import Decimal
from pathlib import Path

from pypdf import PdfReader
from PySide6.QtWidgets import QLabel, QPushButton, QTableView
from pytestqt.qtbot import QtBot

from ops_desktop.domain.clock import wall_today
from ops_desktop.domain.vocabulary import BenefitForm, Role
from ops_desktop.services.context import Actor
from ops_desktop.services.hub import Services
from ops_desktop.ui.coordinator.sign_confirmation import SignConfirmation
from tests.conftest import _staff
from tests.meals.test_meal_services import _case as _meal_case
from tests.meals.test_meal_services import _input, _interview
from tests.services.test_appeals import _woman
from tests.services.test_benefits import application, grant
from tests.ui.looking import keep_grab
from tests.ui.test_coordinator import (  # noqa: F401 - a fixture
    LEFT,
    child,
    confirmations,
    open_tab,
    select_all,
)


def test_a_signed_meal_decision_is_listed_and_printed_with_todays_decisions(
        qtbot: QtBot, services: Services, desk: Actor, benefits_worker: Actor,
        coordinator: Actor, messages: list[str], confirmations: list[SignConfirmation],  # noqa: F811
        opened: list[Path]) -> None:
    carer = _staff(services, "uslugi", "Ewa Opiekun", "pracownik socjalny",
                   frozenset({Role.SERVICES}))
    case_id, pid = _meal_case(services, desk, carer)
    meal = services.meals.prepare(carer, _input(case_id, pid, _interview(services, carer,
                                                                         case_id)))
    _, app = application(services, benefits_worker, BenefitForm.PERIODIC, Decimal("100"),
                         who=_woman())
    services.decisions.prepare(benefits_worker, grant(
        app.id, Decimal("600.00"), period_to=wall_today() + dt.timedelta(90)))
    tab = open_tab(qtbot, services, coordinator)
    select_all(qtbot, child(tab, QTableView, "drafts_table"))
    qtbot.mouseClick(child(tab, QPushButton, "sign_selected"), LEFT)
    assert child(tab, QLabel, "sign_report").text() == "Podpisano 2 z 2 decyzji."

    signed = child(tab, QTableView, "signed_table").model()
    rows = [[signed.index(r, c).data() for c in range(signed.columnCount())]
            for r in range(signed.rowCount())]
    (meal_row,) = [r for r in rows if meal.case_sign in r]
    assert "przyznanie posiłku" in meal_row
    assert wall_today().strftime("%d.%m.%Y") in meal_row  # issued today
    assert "Barbara Żółkiewska" in meal_row  # the head who signed
    assert len(rows) == 2
    tab.resize(1280, 760)
    keep_grab(tab, "signed-list-meal.png")

    qtbot.mouseClick(child(tab, QPushButton, "print_all_signed"), LEFT)
    qtbot.waitUntil(lambda: len(opened) == 1, timeout=30000)
    text = "\n".join(p.extract_text().replace("\u00a0", " ")
                     for p in PdfReader(io.BytesIO(opened[0].read_bytes())).pages)
    assert meal.number in text and "posiłku" in text  # the meal decision is in the day's print
    assert "PROJEKT" not in text
    assert text.count("DECYZJA") >= 2  # and the benefit decision with it
    assert "Wydrukowano decyzji" in text
    assert messages == []
