"""The statements printed from the "Wywiady" page as a worker does: with an interview chosen,
each button hands over its PDF, carrying the interview's answers and blank lines for what it
does not hold."""

from __future__ import annotations

import datetime as dt
import io

import pytest
from pypdf import PdfReader
from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot

from ops_desktop.domain.clock import wall_today
from ops_desktop.services.context import Actor
from ops_desktop.services.hub import Services
from ops_desktop.services.interview_statements import Statement
from ops_desktop.ui.bus import Bus
from ops_desktop.ui.social_work import interview_statements as statements_ui
from ops_desktop.ui.social_work.tab import SocialWorkTab
from tests.services.helpers import interview_answers

from .test_contracts_ui import _case
from tests.ui.looking import keep_grab, keep_paper

LEFT = Qt.MouseButton.LeftButton
YESTERDAY = wall_today() - dt.timedelta(days=1)


def _text(pdf: bytes) -> str:
    return " ".join(" ".join(p.extract_text() for p in PdfReader(io.BytesIO(pdf)).pages).split())


def test_the_chosen_interview_prints_both_statements(
        qtbot: QtBot, services: Services, desk: Actor, social_worker: Actor,
        monkeypatch: pytest.MonkeyPatch, messages: list[str]) -> None:
    case = _case(services, desk, social_worker)
    made = services.interviews.open(social_worker, case.id, YESTERDAY)
    services.interviews.save(social_worker, made.id,
                             interview_answers(B={"assets": "Działka rekreacyjna 300 m2"}),
                             YESTERDAY, "dom")
    tab = SocialWorkTab(services, social_worker, Bus())
    qtbot.addWidget(tab)
    tab.resize(1500, 600)
    tab.show()
    page = tab.interviews
    assert page is not None
    tab.pages.setCurrentWidget(page)
    buttons = page.statements.buttons
    assert not buttons[Statement.ASSETS].isEnabled()  # nothing chosen yet
    page.table.selectRow(0)
    assert all(b.isEnabled() for b in buttons.values())
    handed: list[tuple[bytes, str]] = []
    monkeypatch.setattr(statements_ui.pdf, "hand_over",
                        lambda _p, data, name: handed.append((data, name)))
    qtbot.mouseClick(buttons[Statement.ASSETS], LEFT)
    qtbot.mouseClick(buttons[Statement.ELECTRONIC], LEFT)
    assert [name.split("_OPS")[0] for _, name in handed] == [
        "oswiadczenie_majatkowe", "oswiadczenie_wywiad_elektroniczny"]
    assets, electronic = (_text(data) for data, _ in handed)
    assert "OŚWIADCZENIE O STANIE MAJĄTKOWYM" in assets and "Działka rekreacyjna 300 m2" in assets
    assert "I. Zasoby pieniężne" in assets and "…………" in assets
    assert f"dnia {YESTERDAY:%d.%m.%Y} r. przez pracownika socjalnego" in electronic
    assert messages == []
    keep_grab(tab, "nk-forms-interviews.png")
    for i, (data, _) in enumerate(handed):
        keep_paper(data, f"nk-forms-statement-{i}.pdf")
