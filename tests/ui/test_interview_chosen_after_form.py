"""After "Nowy wywiad…" and its form, the new interview is the chosen row of "Wywiady" (the
list is by the day the office learned of the need, so a new one comes last and was out of
sight with nothing chosen): the worker prints it or opens it again at once."""

from __future__ import annotations

import datetime as dt

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QPushButton
from pytestqt.qtbot import QtBot

from ops_desktop.domain.clock import wall_today
from ops_desktop.services.context import Actor
from ops_desktop.services.hub import Services
from ops_desktop.ui.bus import Bus
from ops_desktop.ui.social_work.interview_form import InterviewForm
from ops_desktop.ui.social_work.interviews import OpenInterviewDialog
from ops_desktop.ui.social_work.tab import SocialWorkTab
from tests.ui.test_contracts_ui import _case, _child, _drive

LEFT = Qt.MouseButton.LeftButton


def test_the_new_interview_is_chosen_once_its_form_closes(
        qtbot: QtBot, services: Services, desk: Actor, social_worker: Actor,
        monkeypatch: pytest.MonkeyPatch) -> None:
    case = _case(services, desk, social_worker)
    older = {services.interviews.open(social_worker, case.id,  # two older ones, listed first
                                      wall_today() - dt.timedelta(days=days)).id
             for days in (20, 10)}
    tab = SocialWorkTab(services, social_worker, Bus())
    qtbot.addWidget(tab)
    tab.show()
    assert tab.choose_case(case.id)
    page = tab.interviews
    assert page is not None
    tab.pages.setCurrentWidget(page)
    _drive(qtbot, monkeypatch, OpenInterviewDialog,
           lambda d: qtbot.mouseClick(_child(d, QPushButton, "open_interview_save"), LEFT))
    _drive(qtbot, monkeypatch, InterviewForm,
           lambda f: qtbot.mouseClick(_child(f, QPushButton, "interview_close"), LEFT))
    qtbot.mouseClick(page.buttons["new"], LEFT)
    qtbot.waitUntil(lambda: page.model.rowCount() == 3)
    chosen = page.chosen()
    assert chosen is not None and chosen.id not in older
    assert chosen.learned_on == wall_today()
    assert page.buttons["print"].isEnabled()
