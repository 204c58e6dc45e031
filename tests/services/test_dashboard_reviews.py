"""The head's dashboard counts, per social worker, interviews due for their 6-monthly update
(art. 107 ust. 4) and individual programmes' review deadlines overdue or due within 3
working days, and each figure opens the list behind it (on a real SQLite file)."""

from __future__ import annotations

import datetime as dt
import uuid

import pytest

from ops_desktop.domain.calendar import add_months, add_working_days
from ops_desktop.domain.clock import wall_today
from ops_desktop.domain.vocabulary import Team
from ops_desktop.services.assignment import Work
from ops_desktop.services.context import Actor
from ops_desktop.services.dashboard import Count
from ops_desktop.services.hub import Services

from .programme_helpers import programme_input
from .test_interview_rules import FIRST, _application, _draft, _family, _interview
from .test_interviews import _case

SOCIAL = Team.SOCIAL_WORK.value
TODAY = wall_today()


def living_on_an_old_interview(services: Services, desk: Actor, social_worker: Actor,
                               benefits_worker: Actor) -> tuple[uuid.UUID, uuid.UUID, uuid.UUID]:
    """(a social-work case, its interview of seven months ago, a draft grant relying on it):
    once the grant is signed the interview is overdue for its update."""
    pid = _family(services, desk)
    case_id = _case(services, desk, social_worker, pid=pid)
    done = _interview(services, social_worker, case_id, add_months(FIRST, -7))
    app_id = _application(services, benefits_worker, pid)
    services.interviews.link_application(benefits_worker, app_id, done)
    return case_id, done, _draft(services, benefits_worker, app_id)


@pytest.mark.without_interview
def test_an_interview_due_for_its_update_is_a_figure_of_its_worker(
        services: Services, desk: Actor, social_worker: Actor, benefits_worker: Actor,
        coordinator: Actor) -> None:
    case_id, done, draft_id = living_on_an_old_interview(services, desk, social_worker,
                                                         benefits_worker)
    board = services.dashboard.figures(coordinator)
    assert "interview_update" in board.deadline_kinds
    assert board.rows[0].count("interview_update") == Count(0, 0)  # no benefit yet
    services.decisions.sign(coordinator, draft_id)

    board = services.dashboard.figures(coordinator)
    mine = board.row(SOCIAL, social_worker.user_id)
    assert mine is not None and mine.count("interview_update") == Count(1, 1)
    assert board.row(SOCIAL).count("interview_update") == Count(1, 1)  # type: ignore[union-attr]
    listed = services.dashboard.items(coordinator, "interview_update", SOCIAL,
                                      social_worker.user_id, False)
    assert [(i.ref_id, i.day, i.overdue, i.work) for i in listed] == [
        (case_id, add_months(add_months(FIRST, -7), 6), True, Work.CASE)]

    _interview(services, social_worker, case_id, TODAY, update_of=done)  # Part IV: six more
    board = services.dashboard.figures(coordinator)
    assert board.rows[0].count("interview_update") == Count(0, 0)


def test_programme_reviews_due_within_three_working_days_are_a_figure_of_their_worker(
        services: Services, desk: Actor, social_worker: Actor, coordinator: Actor) -> None:
    soon, later = add_working_days(TODAY, 2), add_working_days(TODAY, 6)
    case_id = _case(services, desk, social_worker)
    template = programme_input()
    days = [soon, later] + [later] * (len(template.actions) - 2)
    begun = TODAY - dt.timedelta(days=1)
    draft = services.programmes.draft(social_worker, case_id, programme_input(
        actions=tuple(a.__class__(**{**a.__dict__, "due_on": d})
                      for a, d in zip(template.actions, days, strict=True)),
        starts_on=begun, ends_on=begun + dt.timedelta(days=180)))
    assert services.dashboard.figures(coordinator).rows[0].count("programme") == Count(0, 0)
    signed = services.programmes.sign(social_worker, draft.id, begun)

    board = services.dashboard.figures(coordinator)
    mine = board.row(SOCIAL, social_worker.user_id)
    assert mine is not None and mine.count("programme") == Count(1, 0)  # due soon, not late
    listed = services.dashboard.items(coordinator, "programme", SOCIAL,
                                      social_worker.user_id, False)
    assert [(i.ref_id, i.day, i.overdue) for i in listed] == [(case_id, soon, False)]
    assert listed[0].case_sign and signed.case_sign == listed[0].case_sign
