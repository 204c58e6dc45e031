"""Art. 35 § 5 from the acts the program holds, on a real store: the wait for a remedy after
an art. 64 § 2 call and a suspension until its resumption do not count towards the KPA
deadline – nobody types them – and the application's page and the head's dashboard count
the same day. Hand-computed across 11 November (Narodowe Święto Niepodległości)."""

from __future__ import annotations

import datetime as dt

from ops_desktop.domain.clock import wall_today
from ops_desktop.domain.kpa_deadlines import Pause, statutory_deadline
from ops_desktop.domain.vocabulary import ApplicationStatus, DecisionKind
from ops_desktop.services.context import Actor
from ops_desktop.services.deadlines import running_deadlines
from ops_desktop.services.hub import Services
from ops_desktop.services.procedural_acts import DefectCallInput

from .test_deadlines import received
from .test_procedural_acts import order

TODAY = wall_today()


def _suspend(services: Services, worker: Actor, signer: Actor, app_id: object,
             on: dt.date) -> None:
    draft = services.procedural_acts.prepare_order(worker, order(app_id))  # type: ignore[arg-type]
    services.decisions.sign(signer, draft.id, on=on)


def test_a_call_and_a_suspension_move_the_deadline_over_a_holiday(
        services: Services, benefits_worker: Actor, signer: Actor) -> None:
    # Received Friday 9 October 2026: a month runs to Monday 9 November.
    app = received(services, benefits_worker, dt.date(2026, 10, 9))
    assert app.kpa_deadline == dt.date(2026, 11, 9)
    # Called to remedy a defect on Monday 12 October, remedied on the 13th: one day (the
    # 13th) does not count; the day of the call does.
    services.procedural_acts.call_to_remedy(benefits_worker, DefectCallInput(
        app.id, "brak podpisu na wniosku", dt.date(2026, 10, 12)))
    services.procedural_acts.record_delivery(benefits_worker, app.id, dt.date(2026, 10, 12))
    services.procedural_acts.record_remedy(benefits_worker, app.id, dt.date(2026, 10, 13))
    # Suspended on Tuesday 20 October, resumed on the 21st: one more day (the 21st).
    _suspend(services, benefits_worker, signer, app.id, dt.date(2026, 10, 20))
    resumed = services.procedural_acts.prepare_order(benefits_worker, order(
        app.id, DecisionKind.RESUMPTION, detail="sąd rozstrzygnął sprawę wyrokiem"))
    services.decisions.sign(signer, resumed.id, on=dt.date(2026, 10, 21))
    # 9 November + 2 days = Wednesday 11 November, a public holiday: Thursday the 12th.
    view = services.applications.get(benefits_worker, app.id)
    assert view.status is ApplicationStatus.REGISTERED
    assert view.deadline.paused_days == 2 and view.pauses == ()  # nothing was typed
    assert view.kpa_deadline == dt.date(2026, 11, 12)
    with services.db.session() as s:
        [running] = [r for r in running_deadlines(s) if r.application.id == app.id]
    assert running.deadline.due_on == dt.date(2026, 11, 12)


def test_a_suspension_not_yet_lifted_holds_the_deadline_up_to_today(
        services: Services, benefits_worker: Actor, signer: Actor) -> None:
    start = TODAY - dt.timedelta(days=10)
    app = received(services, benefits_worker, start)
    _suspend(services, benefits_worker, signer, app.id, TODAY - dt.timedelta(days=5))
    view = services.applications.get(benefits_worker, app.id)
    assert view.status is ApplicationStatus.SUSPENDED
    # The five days after the suspension, today included, do not count; it has not ended.
    assert view.deadline.paused_days == 5 and not view.deadline.ended
    assert view.kpa_deadline == statutory_deadline(
        start, 1, [Pause(TODAY - dt.timedelta(days=4), TODAY)])
