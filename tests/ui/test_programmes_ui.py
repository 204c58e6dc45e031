"""Individual programmes and help plans driven from a social-work case as a worker does:
"Programy indywidualne" – draw up (a mistake keeps what was typed), sign and print; "Plan
pomocy z wywiadu" – the interview's part J carried into the form."""

from __future__ import annotations

import datetime as dt
import io

import pytest
from pypdf import PdfReader
from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QDateEdit,
    QDialog,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QPushButton,
    QTableView,
)
from pytestqt.qtbot import QtBot

from ops_desktop.domain.clock import wall_today
from ops_desktop.domain.programmes import ProgrammeStatus
from ops_desktop.domain.vocabulary import Role, Team
from ops_desktop.services.context import Actor
from ops_desktop.services.hub import Services
from ops_desktop.ui.benefits.application_dialog import to_qdate
from ops_desktop.ui.bus import Bus
from ops_desktop.ui.services_team.tab import ServicesTab
from ops_desktop.ui.social_work import programmes as programmes_ui
from ops_desktop.ui.social_work.contracts import SignDialog
from ops_desktop.ui.social_work.programme_form import ProgrammeForm
from ops_desktop.ui.social_work.programmes import ProgrammesDialog
from ops_desktop.ui.social_work.tab import SocialWorkTab
from tests.conftest import _staff
from tests.services.test_interviews import _case as _interview_case
from tests.services.test_interviews import _completed
from tests.ui.test_contracts_ui import LEFT, _case, _child, _drive, _editor, _type_in_cell
from tests.ui.looking import keep_grab

TODAY = wall_today()


def _open(qtbot: QtBot, services: Services, actor: Actor, case_id: object,
          button: str) -> SocialWorkTab:
    tab = SocialWorkTab(services, actor, Bus())
    qtbot.addWidget(tab)
    tab.show()
    qtbot.waitUntil(lambda: tab.choose_case(case_id))  # type: ignore[arg-type]
    qtbot.mouseClick(getattr(tab.notes, button), LEFT)
    return tab


def test_a_worker_draws_up_signs_and_prints_an_ipwzb(
        qtbot: QtBot, services: Services, desk: Actor, social_worker: Actor,
        monkeypatch: pytest.MonkeyPatch) -> None:
    case = _case(services, desk, social_worker)
    state: dict[str, object] = {}

    def fill(dialog: QDialog) -> None:
        qtbot.keyClicks(_child(dialog, QLineEdit, "programme_worker_phone"), "95 761 00 01")
        for name, text in (("programme_diagnosis", "Bezdomny od roku, po eksmisji."),
                           ("programme_main_goal", "Wyjscie z bezdomnosci."),
                           ("programme_goals", "Mieszkanie chronione")):
            qtbot.keyClicks(_child(dialog, QPlainTextEdit, name), text)
        qtbot.mouseClick(_child(dialog, QPushButton, "add_action"), LEFT)
        table = _child(dialog, QTableView, "contract_actions")
        editor = _editor(table)
        qtbot.keyClicks(editor, "Zgloszenie do schroniska")
        qtbot.keyClick(editor, Qt.Key.Key_Return)
        _type_in_cell(qtbot, table, 0, 3, (TODAY + dt.timedelta(days=20)).strftime("%d.%m.%Y"))
        _type_in_cell(qtbot, table, 0, 4, "skierowanie")
        _child(dialog, QDateEdit, "contract_ends_on").setDate(to_qdate(TODAY - dt.timedelta(1)))
        qtbot.mouseClick(_child(dialog, QPushButton, "programme_save"), LEFT)
        state["error"] = _child(dialog, QLabel, "error_ends_on").text()
        state["kept"] = _child(dialog, QPlainTextEdit, "programme_diagnosis").toPlainText()
        state["kept_action"] = table.model().index(0, 0).data()
        keep_grab(dialog, "programmes-form.png")
        _child(dialog, QDateEdit, "contract_ends_on").setDate(to_qdate(TODAY + dt.timedelta(90)))
        qtbot.mouseClick(_child(dialog, QPushButton, "programme_save"), LEFT)

    def sign(dialog: QDialog) -> None:
        qtbot.mouseClick(_child(dialog, QPushButton, "sign_save"), LEFT)

    printed: list[bytes] = []

    def listing(dialog: QDialog) -> None:
        assert isinstance(dialog, ProgrammesDialog)
        qtbot.mouseClick(dialog.buttons["new"], LEFT)
        qtbot.waitUntil(lambda: dialog.model.rowCount() == 1)
        qtbot.mouseClick(dialog.buttons["sign"], LEFT)
        qtbot.waitUntil(lambda: dialog.buttons["review"].isEnabled())
        qtbot.mouseClick(dialog.buttons["print"], LEFT)
        keep_grab(dialog, "programmes-list.png")
        dialog.reject()

    _drive(qtbot, monkeypatch, ProgrammeForm, fill)
    _drive(qtbot, monkeypatch, SignDialog, sign)
    seen = _drive(qtbot, monkeypatch, ProgrammesDialog, listing)
    monkeypatch.setattr(programmes_ui.pdf, "hand_over",
                        lambda _parent, data, _name: printed.append(data))
    _open(qtbot, services, social_worker, case.id, "programmes_button")
    assert len(seen) == 1
    assert state["error"] and state["kept"] == "Bezdomny od roku, po eksmisji."
    assert state["kept_action"] == "Zgloszenie do schroniska"
    [made] = services.programmes.programmes_of_case(social_worker, case.id)
    assert made.status is ProgrammeStatus.SIGNED and made.kind.code == "homelessness"
    assert [a.what for a in made.actions] == ["Zgloszenie do schroniska"]
    text = " ".join(PdfReader(io.BytesIO(printed[0])).pages[0].extract_text().split())
    assert "INDYWIDUALNY PROGRAM WYCHODZENIA Z BEZDOMNOŚCI" in text
    assert "Zgloszenie do schroniska" in text


def test_a_help_plan_carries_part_j_into_the_form(
        qtbot: QtBot, services: Services, desk: Actor, social_worker: Actor,
        coordinator: Actor, monkeypatch: pytest.MonkeyPatch) -> None:
    case = _case(services, desk, social_worker)
    interview = _completed(services, social_worker, case.id)
    state: dict[str, object] = {}

    def fill(dialog: QDialog) -> None:
        table = _child(dialog, QTableView, "contract_actions")
        state["carried"] = table.model().index(0, 0).data()
        state["diagnosis"] = _child(dialog, QPlainTextEdit, "programme_diagnosis").toPlainText()
        _type_in_cell(qtbot, table, 0, 4, "faktura")
        qtbot.mouseClick(_child(dialog, QPushButton, "programme_save"), LEFT)

    def listing(dialog: QDialog) -> None:
        qtbot.mouseClick(dialog.buttons["new"], LEFT)  # type: ignore[attr-defined]
        dialog.reject()

    _drive(qtbot, monkeypatch, ProgrammeForm, fill)
    _drive(qtbot, monkeypatch, ProgrammesDialog, listing)
    _open(qtbot, services, social_worker, case.id, "help_plans_button")
    assert state["carried"] == "Zasiłek celowy na opał; kontakt co miesiąc."
    assert state["diagnosis"] == "Pomoc doraźna i praca socjalna."
    [plan] = services.programmes.programmes_of_case(social_worker, case.id, help_plans=True)
    assert plan.interview_id == interview.id and plan.actions[0].assessed_by == "faktura"
    # The head reads the plans and writes none.
    head = ProgrammesDialog(services, coordinator, case, help_plans=True)
    qtbot.addWidget(head)
    assert not head.buttons["new"].isEnabled() and head.buttons["print"].isEnabled()


def test_the_services_team_draws_up_a_help_plan_from_its_own_interview(
        qtbot: QtBot, services: Services, desk: Actor,
        monkeypatch: pytest.MonkeyPatch) -> None:
    carer = _staff(services, "uslugi", "Ewa Opiekun", "", frozenset({Role.SERVICES}))
    case_id = _interview_case(services, desk, carer, Team.SERVICES)
    _completed(services, carer, case_id)

    def fill(dialog: QDialog) -> None:
        _type_in_cell(qtbot, _child(dialog, QTableView, "contract_actions"), 0, 4, "faktura")
        qtbot.mouseClick(_child(dialog, QPushButton, "programme_save"), LEFT)

    def listing(dialog: QDialog) -> None:
        qtbot.mouseClick(dialog.buttons["new"], LEFT)  # type: ignore[attr-defined]
        dialog.reject()

    _drive(qtbot, monkeypatch, ProgrammeForm, fill)
    seen = _drive(qtbot, monkeypatch, ProgrammesDialog, listing)
    tab = ServicesTab(services, carer, Bus())
    qtbot.addWidget(tab)
    tab.show()
    model = tab.cases_tab.cases
    qtbot.waitUntil(lambda: model.rowCount() == 1)
    tab.cases_tab.cases_table.selectRow(0)
    qtbot.waitUntil(tab.help_plans_button.isEnabled)
    qtbot.mouseClick(tab.help_plans_button, LEFT)
    assert len(seen) == 1
    [plan] = services.programmes.programmes_of_case(carer, case_id, help_plans=True)
    assert plan.actions[0].assessed_by == "faktura"
