"""A team's case list: closing a case with a reason, the open/all filter, reopening."""

from __future__ import annotations

from collections.abc import Callable

import pytest
from PySide6.QtCore import QPoint, Qt
from PySide6.QtWidgets import QComboBox, QDialog, QLabel, QPlainTextEdit, QPushButton
from pytestqt.qtbot import QtBot

from ops_desktop.domain.clock import wall_today
from ops_desktop.domain.vocabulary import CloseReason, Team
from ops_desktop.i18n.format import date_short
from ops_desktop.services.context import Actor
from ops_desktop.services.hub import Services
from ops_desktop.ui import labels
from ops_desktop.ui.bus import Bus
from ops_desktop.ui.case_dialogs import CloseCaseDialog, ReopenCaseDialog
from ops_desktop.ui.team_tab import CLOSED_COLOUR, CasesTab
from tests.services.helpers import person, referral_intake

TEAM = Team.SOCIAL_WORK.value
LEFT = Qt.MouseButton.LeftButton


def _drive(qtbot: QtBot, monkeypatch: pytest.MonkeyPatch, cls: type[QDialog],
           fill: Callable[[QDialog], None]) -> None:
    def run(dialog: QDialog) -> int:
        dialog.show()
        dialog.activateWindow()
        qtbot.waitUntil(dialog.isActiveWindow)
        fill(dialog)
        return dialog.result()

    monkeypatch.setattr(cls, "exec", run)


def _child(parent: QDialog, kind: type, name: str):  # type: ignore[no-untyped-def]
    widget = parent.findChild(kind, name)
    assert widget is not None, name
    return widget


def test_a_case_is_closed_with_a_reason_shown_as_closed_and_reopened(
        qtbot: QtBot, services: Services, desk: Actor, social_worker: Actor,
        monkeypatch: pytest.MonkeyPatch, messages: list[str]) -> None:
    pid = services.persons.register_household(desk, person(), [])
    referral = services.intake.record(desk, referral_intake(pid, Team.SOCIAL_WORK)).referral_id
    assert referral is not None
    services.referrals.accept(social_worker, referral)
    tab = CasesTab(services, social_worker, Bus(), TEAM)
    qtbot.addWidget(tab)
    tab.resize(1100, 600)
    tab.show()
    assert tab.cases_title.text() == "Sprawy otwarte: 1"
    assert not tab.close_button.isEnabled()  # nothing chosen yet
    tab.cases_table.selectRow(0)
    seen: dict[str, str] = {}

    def close(dialog: QDialog) -> None:
        reason = _child(dialog, QComboBox, "close_reason")
        reason.setCurrentIndex(reason.findData(CloseReason.OTHER.value))
        qtbot.mouseClick(_child(dialog, QPushButton, "close_case_save"), LEFT)
        seen["error"] = _child(dialog, QLabel, "error_note").text()
        note = _child(dialog, QPlainTextEdit, "close_note")
        qtbot.keyClicks(note, "Przejeta przez PCPR")
        qtbot.mouseClick(_child(dialog, QPushButton, "close_case_save"), LEFT)

    _drive(qtbot, monkeypatch, CloseCaseDialog, close)
    qtbot.mouseClick(tab.close_button, LEFT, pos=QPoint(8, tab.close_button.height() // 2))
    assert seen == {"error": labels.error("required")}
    assert messages == []
    assert tab.cases_title.text() == "Sprawy otwarte: 0" and tab.cases.rowCount() == 0

    tab.filter.setCurrentIndex(tab.filter.findData(False))  # "wszystkie"
    assert tab.cases.rowCount() == 1
    state = tab.cases.index(0, 3)
    assert state.data() == (f"zamknięta {date_short(wall_today())} – "
                            "inna: Przejeta przez PCPR")
    assert state.data(Qt.ItemDataRole.ForegroundRole) == CLOSED_COLOUR

    tab.cases_table.selectRow(0)
    assert tab.reopen_button.isEnabled() and not tab.close_button.isEnabled()

    def reopen(dialog: QDialog) -> None:
        qtbot.keyClicks(_child(dialog, QPlainTextEdit, "reopen_note"), "Osoba wrocila")
        qtbot.mouseClick(_child(dialog, QPushButton, "reopen_case_save"), LEFT)

    _drive(qtbot, monkeypatch, ReopenCaseDialog, reopen)
    qtbot.mouseClick(tab.reopen_button, LEFT, pos=QPoint(8, tab.reopen_button.height() // 2))
    assert tab.cases.index(0, 3).data() == "otwarta"
    assert tab.cases.index(0, 3).data(Qt.ItemDataRole.ForegroundRole) is None


def test_a_closed_case_offers_no_new_note_in_the_social_work_tab(
        qtbot: QtBot, services: Services, desk: Actor, social_worker: Actor) -> None:
    from ops_desktop.ui.social_work.tab import SocialWorkTab

    pid = services.persons.register_household(desk, person(), [])
    referral = services.intake.record(desk, referral_intake(pid, Team.SOCIAL_WORK)).referral_id
    assert referral is not None
    case = services.referrals.accept(social_worker, referral)
    services.cases.close(social_worker, case.id, CloseReason.DECLINED)
    tab = SocialWorkTab(services, social_worker, Bus())
    qtbot.addWidget(tab)
    tab.show()
    cases = tab.cases_tab
    cases.filter.setCurrentIndex(cases.filter.findData(False))  # "wszystkie"
    assert tab.choose_case(case.id)
    assert tab.notes.case is not None and tab.notes.case.closed
    assert not tab.notes.new_button.isEnabled()
