"""The benefits panel shows no verdict on no facts, saves "no income" as a fact, records the
art. 7 grounds, and links the family interview whose date the decision will name."""

from __future__ import annotations

import datetime as dt
import uuid
from decimal import Decimal

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDateEdit,
    QDialog,
    QLabel,
    QLineEdit,
    QPushButton,
)
from pytestqt.qtbot import QtBot

from ops_desktop.domain.clock import wall_today
from ops_desktop.domain.vocabulary import Ground, Role, Team
from ops_desktop.services.context import Actor
from ops_desktop.services.hub import Services
from ops_desktop.services.interviews import InterviewView
from ops_desktop.services.views import ApplicationView
from ops_desktop.ui.benefits import application_panel
from ops_desktop.ui.benefits.application_panel import ApplicationPanel
from ops_desktop.ui.benefits.decision_dialog import DecisionDialog

from tests.services.helpers import interview_answers, referral_intake

from .test_benefits_flow import LEFT, application, child, open_tab, select_first


def shown(qtbot: QtBot, services: Services, worker: Actor,
          income: Decimal | None = None) -> tuple[ApplicationView, ApplicationPanel]:
    """One application registered and shown in the benefits tab's panel."""
    app = application(services, worker, income=income)
    tab = open_tab(qtbot, services, worker)
    select_first(qtbot, tab)
    return app, tab.panel


def test_without_incomes_the_panel_gives_no_verdict_and_no_decision_can_be_prepared(
    qtbot: QtBot, services: Services, benefits_worker: Actor, messages: list[str],
) -> None:
    app, panel = shown(qtbot, services, benefits_worker)  # nothing about incomes saved
    eligible = child(panel, QLabel, "assessment_eligible")
    assert eligible.text() == "Nie oceniono – wpisz dochody albo zaznacz «brak dochodów»"
    assert "TAK" not in eligible.text()
    assert child(panel, QLabel, "assessment_amount").text() == "–"
    prepare = child(panel, QPushButton, "prepare_decision")
    assert not prepare.isEnabled()

    # The worker states that the household has no income, and saves it.
    qtbot.mouseClick(child(panel, QCheckBox, "incomes_none"), LEFT)
    assert panel.editor.dirty
    qtbot.mouseClick(child(panel, QPushButton, "save_incomes"), LEFT)
    assert messages == []
    assert services.applications.get(benefits_worker, app.id).no_income_declared
    qtbot.waitUntil(lambda: eligible.text().startswith("TAK"))
    assert prepare.isEnabled()
    assert child(panel, QCheckBox, "incomes_none").isChecked()  # shown as saved


def test_no_income_with_income_rows_is_refused_next_to_the_check_box(
    qtbot: QtBot, services: Services, benefits_worker: Actor, messages: list[str],
) -> None:
    app, panel = shown(qtbot, services, benefits_worker)
    qtbot.mouseClick(child(panel, QPushButton, "income_add"), LEFT)
    qtbot.keyClicks(child(panel, QLineEdit, "income_source_0"), "renta")
    qtbot.keyClicks(child(panel, QLineEdit, "income_amount_0"), "300,00")
    qtbot.mouseClick(child(panel, QCheckBox, "incomes_none"), LEFT)
    qtbot.mouseClick(child(panel, QPushButton, "save_incomes"), LEFT)
    error = child(panel, QLabel, "error_no_income")
    assert error.isVisible() and "brak dochodów" in error.text()
    assert messages == []
    # Nothing typed is lost, nothing is saved.
    assert child(panel, QLineEdit, "income_amount_0").text() == "300,00"
    assert services.applications.incomes(benefits_worker, app.id) == []
    assert not services.applications.get(benefits_worker, app.id).no_income_declared


def test_grounds_and_the_interview_date_are_saved_from_the_panel(
    qtbot: QtBot, services: Services, benefits_worker: Actor, messages: list[str],
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    app, panel = shown(qtbot, services, benefits_worker, Decimal("500"))
    warning = child(panel, QLabel, "no_interview_warning")
    assert warning.isVisible()

    # The dialog warns about the missing interview, without blocking.
    warned: list[bool] = []

    def look(dialog: DecisionDialog) -> int:
        dialog.show()
        warned.append(child(dialog, QLabel, "decision_no_interview").isVisible())
        return QDialog.DialogCode.Rejected

    monkeypatch.setattr(DecisionDialog, "exec", look)
    qtbot.mouseClick(child(panel, QPushButton, "prepare_decision"), LEFT)
    assert warned == [True]

    qtbot.mouseClick(child(panel, QCheckBox, "app_ground_6"), LEFT)
    held = child(panel, QCheckBox, "app_interview_held")
    qtbot.mouseClick(held, LEFT)
    date = child(panel, QDateEdit, "app_interview_on")
    assert date.isEnabled()
    yesterday = wall_today() - dt.timedelta(days=1)
    date.setDate(yesterday)
    qtbot.mouseClick(child(panel, QPushButton, "save_facts"), LEFT)
    assert messages == []
    saved = services.applications.get(benefits_worker, app.id)
    assert (saved.grounds, saved.interview_on) == ((Ground.LONG_ILLNESS,), yesterday)
    # A typed date is no interview the program holds: the reasoning will not cite it.
    assert warning.isVisible()

    # A social worker completes an interview of the applicant; the benefits worker links it.
    done = completed_interview(services, app.person_id)
    panel.interview_link.load(app.id, True)
    combo = child(panel, QComboBox, "app_interview_link")
    assert combo.currentData() == done.id and "zakończony" in combo.currentText()
    qtbot.mouseClick(child(panel, QPushButton, "link_interview"), LEFT)
    assert messages == []
    qtbot.waitUntil(lambda: not warning.isVisible())
    assert "przeprowadzony" in child(panel, QLabel, "linked_interview").text()

    warned.clear()
    qtbot.mouseClick(child(panel, QPushButton, "prepare_decision"), LEFT)
    assert warned == [False]


def completed_interview(services: Services, person_id: uuid.UUID) -> InterviewView:
    """A completed interview of the person: the desk refers them to social work, a social
    worker takes the case and conducts the interview."""
    roles = {Role.FIRST_CONTACT: "desk-link", Role.SOCIAL_WORK: "sw-link"}
    desk, worker = (Actor(services.office.add_user(login, login, "", frozenset({role})), login,
                          "", frozenset({role})) for role, login in roles.items())
    rid = services.intake.record(desk, referral_intake(person_id, Team.SOCIAL_WORK)).referral_id
    assert rid is not None
    case_id = services.referrals.accept(worker, rid).id
    day = wall_today() - dt.timedelta(days=1)
    made = services.interviews.open(worker, case_id, day)
    services.interviews.save(worker, made.id, interview_answers(), day, "dom")
    return services.interviews.complete(worker, made.id)


def test_an_interview_in_the_future_is_shown_by_its_date(
    qtbot: QtBot, services: Services, benefits_worker: Actor, messages: list[str],
) -> None:
    app, panel = shown(qtbot, services, benefits_worker, Decimal("500"))
    qtbot.mouseClick(child(panel, QCheckBox, "app_interview_held"), LEFT)
    date = child(panel, QDateEdit, "app_interview_on")
    date.setFocus()
    date.setDate(wall_today() + dt.timedelta(days=3))
    qtbot.keyClick(child(panel, QPushButton, "save_facts"), Qt.Key.Key_Space)
    error = child(panel, QLabel, "error_interview_on")
    assert error.isVisible() and messages == []
    assert date.date().toPython() == wall_today() + dt.timedelta(days=3)  # kept as typed
    assert services.applications.get(benefits_worker, app.id).interview_on is None


def test_grounds_typed_but_not_saved_are_not_lost_on_moving_to_another_application(
    qtbot: QtBot, services: Services, benefits_worker: Actor, monkeypatch: pytest.MonkeyPatch,
    messages: list[str],
) -> None:
    first = application(services, benefits_worker, income=Decimal("500"))
    second = application(services, benefits_worker, "55030101193", ("Adam", "Nowak"))
    tab = open_tab(qtbot, services, benefits_worker)
    assert tab.select_application(first.id)
    qtbot.keyClick(child(tab.panel, QCheckBox, "app_ground_4"), Qt.Key.Key_Space)
    asked: list[str] = []
    monkeypatch.setattr(application_panel, "ask_unsaved_incomes",
                        lambda _parent: asked.append("save") or "save")
    assert tab.select_application(second.id)
    assert asked == ["save"] and messages == []
    assert services.applications.get(benefits_worker, first.id).grounds == (Ground.UNEMPLOYMENT,)
    assert tab.panel.app_id == second.id
    assert not child(tab.panel, QCheckBox, "app_ground_4").isChecked()


def test_saving_facts_under_a_draft_says_the_draft_was_removed_until_a_new_one_is_prepared(
    qtbot: QtBot, services: Services, benefits_worker: Actor, messages: list[str],
) -> None:
    from ops_desktop.domain.vocabulary import DecisionKind, PaymentMethod
    from ops_desktop.services.decisions import DecisionInput

    app = application(services, benefits_worker, income=Decimal("500"))
    draft = DecisionInput(app.id, DecisionKind.GRANT, Decimal("813.00"),
                          wall_today().replace(day=1), None, PaymentMethod.CASH, None,
                          "Uzasadnienie.")
    services.decisions.prepare(benefits_worker, draft)
    tab = open_tab(qtbot, services, benefits_worker)
    select_first(qtbot, tab)
    panel = tab.panel
    status = child(panel, QLabel, "decision_status")
    assert "czeka na podpis" in status.text() and "usunięto" not in status.text()

    qtbot.mouseClick(child(panel, QCheckBox, "app_ground_6"), LEFT)
    qtbot.mouseClick(child(panel, QPushButton, "save_facts"), LEFT)
    assert messages == []
    assert services.decisions.for_application(benefits_worker, app.id) == []
    assert status.text().endswith("Projekt decyzji usunięto: zapisano nowe powody pomocy lub "
                                  "datę wywiadu. Przygotuj decyzję ponownie.")
    # Another refresh (another PC's change, say) keeps the note; a new draft ends it.
    tab.bus.changed.emit()
    assert "usunięto" in status.text()
    services.decisions.prepare(benefits_worker, draft)
    tab.bus.changed.emit()
    assert "czeka na podpis" in status.text() and "usunięto" not in status.text()
