"""The "Wywiady" page and the interview form driven as a social worker does: the list shows
the deadline with overdue ones in red and in words; a new interview for the chosen case; a
mistake keeps what was typed and shows the message on the right tab; completing needs the
compulsory segments; the printed questionnaire holds the answers; a frozen one only reads."""

from __future__ import annotations

import datetime as dt
import io

import pytest
from pypdf import PdfReader
from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QCheckBox,
    QDateEdit,
    QDialog,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QPushButton,
)
from pytestqt.qtbot import QtBot

from ops_desktop.domain.clock import wall_today
from ops_desktop.domain.interviews import InterviewStatus
from ops_desktop.services.context import Actor
from ops_desktop.services.hub import Services
from ops_desktop.ui.benefits.application_dialog import to_qdate
from ops_desktop.ui.bus import Bus
from ops_desktop.ui.social_work import interviews as interviews_ui
from ops_desktop.ui.social_work.interview_form import InterviewForm
from ops_desktop.ui.social_work.interviews import OVERDUE_COLOUR, OpenInterviewDialog
from ops_desktop.ui.social_work.tab import SocialWorkTab
from tests.services.helpers import interview_answers
from tests.services.test_decision_facts import one_off
from tests.services.test_interviews import _application

from .test_contracts_ui import _case, _child, _drive

LEFT = Qt.MouseButton.LeftButton
TODAY = wall_today()


def test_the_list_shows_deadlines_and_overdue_ones_stand_out(
        qtbot: QtBot, services: Services, desk: Actor, social_worker: Actor) -> None:
    case = _case(services, desk, social_worker)
    late = services.interviews.open(social_worker, case.id, TODAY - dt.timedelta(days=40))
    services.interviews.open(social_worker, case.id, TODAY, urgent=True)
    tab = SocialWorkTab(services, social_worker, Bus())
    qtbot.addWidget(tab)
    tab.resize(1400, 600)
    tab.show()
    page = tab.interviews
    assert page is not None
    tab.pages.setCurrentWidget(page)
    model = page.model
    qtbot.waitUntil(lambda: model.rowCount() == 2)
    deadline = 4  # the "Termin" column
    rows = {model.row_object(r).id: r for r in range(2)}  # type: ignore[union-attr]
    late_cell = model.index(rows[late.id], deadline)
    other = model.index(1 - rows[late.id], deadline)
    assert late_cell.data().endswith("po terminie")
    assert late_cell.data(Qt.ItemDataRole.ForegroundRole) == OVERDUE_COLOUR
    assert "(pilny)" in other.data() and other.data(Qt.ItemDataRole.ForegroundRole) is None
    assert "po terminie: 1" in page.title.text()


def _fill(qtbot: QtBot, form: QDialog, state: dict[str, object]) -> None:
    # A number typed in words, and nothing compulsory yet: refused next to the field.
    qtbot.keyClicks(_child(form, QLineEdit, "answer_A.address"), "Lipowiec, Polna 3")
    qtbot.keyClicks(_child(form, QLineEdit, "answer_C.rooms"), "dwie")
    qtbot.mouseClick(_child(form, QPushButton, "interview_save"), LEFT)
    state["rooms_error"] = _child(form, QLabel, "error_C.rooms").text()
    state["tab_after_error"] = form.tabs.tabText(form.tabs.currentIndex())  # type: ignore[attr-defined]
    state["kept"] = _child(form, QLineEdit, "answer_A.address").text()
    rooms = _child(form, QLineEdit, "answer_C.rooms")
    rooms.clear()
    qtbot.keyClicks(rooms, "2")
    _child(form, QCheckBox, "interview_conducted").setChecked(True)
    _child(form, QDateEdit, "interview_conducted_on").setDate(to_qdate(TODAY))
    qtbot.keyClicks(_child(form, QLineEdit, "interview_place"), "dom rodziny")
    # Completing without H, I, J: the compulsory fields are named.
    qtbot.mouseClick(_child(form, QPushButton, "interview_complete"), LEFT)
    state["needs_error"] = _child(form, QLabel, "error_H.needs").text()
    for segment, fields in interview_answers().items():
        for name, value in fields.items():
            widget = form.findChild(QPlainTextEdit, f"answer_{segment}.{name}") \
                or form.findChild(QLineEdit, f"answer_{segment}.{name}")
            if widget is not None and name not in ("address", "rooms"):
                qtbot.keyClicks(widget, value.encode("ascii", "ignore").decode() or "x")
    qtbot.mouseClick(_child(form, QPushButton, "interview_complete"), LEFT)
    state["state"] = _child(form, QLabel, "interview_state").text()


def test_a_worker_opens_fills_completes_and_prints_an_interview(
        qtbot: QtBot, services: Services, desk: Actor, social_worker: Actor,
        messages: list[str], monkeypatch: pytest.MonkeyPatch) -> None:
    case = _case(services, desk, social_worker)
    tab = SocialWorkTab(services, social_worker, Bus())
    qtbot.addWidget(tab)
    tab.show()
    assert tab.choose_case(case.id)  # in "Sprawy i notatki"
    page = tab.interviews
    assert page is not None
    tab.pages.setCurrentWidget(page)
    _drive(qtbot, monkeypatch, OpenInterviewDialog,
           lambda d: qtbot.mouseClick(_child(d, QPushButton, "open_interview_save"), LEFT))
    state: dict[str, object] = {}
    _drive(qtbot, monkeypatch, InterviewForm, lambda f: _fill(qtbot, f, state))
    qtbot.mouseClick(page.buttons["new"], LEFT)
    assert state["rooms_error"] == "Wpisz liczbę całkowitą."
    assert state["tab_after_error"] == "C"
    assert state["kept"] == "Lipowiec, Polna 3"
    assert state["needs_error"]
    assert "zakończony" in str(state["state"]), messages
    [made] = services.interviews.interviews(social_worker)
    assert made.status is InterviewStatus.COMPLETED and made.conducted_on == TODAY

    printed: list[bytes] = []
    monkeypatch.setattr(interviews_ui.pdf, "hand_over",
                        lambda _parent, data, _name: printed.append(data))
    qtbot.waitUntil(lambda: page.model.rowCount() == 1)
    page.table.selectRow(0)
    qtbot.mouseClick(page.buttons["print"], LEFT)
    [pdf] = printed
    text = " ".join(" ".join((p.extract_text() or "") for p in PdfReader(io.BytesIO(pdf)).pages)
                    .split())
    assert "Lipowiec, Polna 3" in text and "dom rodziny" in text
    assert "Segment A. Dane osoby ubiegającej się o pomoc i członków rodziny (segment obowiązkowy)" in text


def test_a_frozen_interview_only_reads(
        qtbot: QtBot, services: Services, desk: Actor, social_worker: Actor,
        benefits_worker: Actor, signer: Actor) -> None:
    case = _case(services, desk, social_worker)
    made = services.interviews.open(social_worker, case.id, TODAY)
    services.interviews.save(social_worker, made.id, interview_answers(), TODAY, "dom")
    done = services.interviews.complete(social_worker, made.id)
    app_id = _application(services, benefits_worker, case.person_id)
    services.interviews.link_application(benefits_worker, app_id, done.id)
    services.decisions.sign(signer, services.decisions.prepare(
        benefits_worker, one_off(app_id)).id)  # type: ignore[arg-type]
    form = InterviewForm(services, social_worker,
                         services.interviews.interview(social_worker, done.id))
    qtbot.addWidget(form)
    assert not _child(form, QPlainTextEdit, "answer_H.needs").isEnabled()
    assert not _child(form, QPushButton, "interview_save").isEnabled()
    assert "część IV" in _child(form, QLabel, "interview_state").text()


def test_the_interviews_are_read_when_the_page_is_first_shown(
        qtbot: QtBot, services: Services, social_worker: Actor,
        monkeypatch: pytest.MonkeyPatch) -> None:
    """The social-work tab is built at sign-in; its list of every interview (about 180,000
    in a city's office, half a minute) is read only when the worker opens "Wywiady", and a
    change in the store rereads it only while it is on screen."""
    reads: list[int] = []
    listed = services.interviews.window
    monkeypatch.setattr(services.interviews, "window",
                        lambda actor, limit, after=None: reads.append(1) or listed(actor, limit, after))
    bus = Bus()
    tab = SocialWorkTab(services, social_worker, bus)
    qtbot.addWidget(tab)
    tab.show()
    bus.changed.emit()
    assert reads == []  # built, shown on its first page, a change: nothing read
    assert tab.interviews is not None
    tab.pages.setCurrentWidget(tab.interviews)
    qtbot.waitUntil(lambda: reads == [1])
    bus.changed.emit()
    assert reads == [1, 1]  # on screen: a change rereads it
