"""The social worker records in the interview's form that the person refused the interview
(art. 107 ust. 4a/5): the ground chosen, the day and place typed; a missing place is said
next to the field and nothing typed is lost."""

from __future__ import annotations


from PySide6.QtCore import Qt
from PySide6.QtWidgets import QComboBox, QLabel, QLineEdit, QPushButton
from pytestqt.qtbot import QtBot

from ops_desktop.domain.clock import wall_today
from ops_desktop.domain.interviews import InterviewStatus
from ops_desktop.services.context import Actor
from ops_desktop.services.hub import Services
from ops_desktop.ui.social_work.interview_form import InterviewForm

from .test_contracts_ui import _case, _child
from tests.ui.looking import keep_grab

LEFT = Qt.MouseButton.LeftButton
TODAY = wall_today()


def test_the_worker_records_the_refusal_of_the_statement_of_assets(
        qtbot: QtBot, services: Services, desk: Actor, social_worker: Actor,
        messages: list[str]) -> None:
    case = _case(services, desk, social_worker)
    made = services.interviews.open(social_worker, case.id, TODAY)
    form = InterviewForm(services, social_worker, made)
    qtbot.addWidget(form)
    form.show()
    ground = _child(form, QComboBox, "interview_refusal_ground")
    ground.setCurrentIndex(ground.findData(InterviewStatus.REFUSED_STATEMENT))
    refuse = _child(form, QPushButton, "interview_refuse")
    qtbot.mouseClick(refuse, LEFT)  # no place yet
    place_error = _child(form, QLabel, "error_place")
    qtbot.waitUntil(place_error.isVisible)
    assert services.interviews.interview(social_worker, made.id).status is InterviewStatus.DRAFT
    assert ground.currentData() == InterviewStatus.REFUSED_STATEMENT  # the choice stays
    qtbot.keyClicks(_child(form, QLineEdit, "interview_place"), "Lipowiec, ul. Polna 3")
    qtbot.mouseClick(refuse, LEFT)
    qtbot.waitUntil(lambda: not refuse.isEnabled())
    stored = services.interviews.interview(social_worker, made.id)
    assert stored.status is InterviewStatus.REFUSED_STATEMENT
    assert (stored.conducted_on, stored.place) == (TODAY, "Lipowiec, ul. Polna 3")
    assert "odmowa złożenia oświadczenia majątkowego" in _child(
        form, QLabel, "interview_state").text()
    assert not _child(form, QPushButton, "interview_complete").isEnabled()
    keep_grab(form, "print-queue-refusal.png")
