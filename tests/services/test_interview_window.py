""""Wywiady" read a window at a time from a real store: the latest learned of first, each
window after the last row shown, the interviews of the reader's teams only, and the total
and the overdue count taken in SQL agree with the interviews themselves."""

from __future__ import annotations

import datetime as dt

from ops_desktop.domain.clock import wall_today
from ops_desktop.domain.interviews import deadline, overdue_learned_until
from ops_desktop.domain.vocabulary import Role, Team
from ops_desktop.services.context import Actor
from ops_desktop.services.hub import Services
from ops_desktop.services.interviews import InterviewView

from tests.conftest import _staff

from .helpers import PESEL_MAN_1944, PESEL_WOMAN_1985, PESEL_WOMAN_2002, person
from .test_interviews import _case

TODAY = wall_today()
# (days before today the office learned of the need, urgent): overdue drafts among them
LEARNED = [(400, False), (60, False), (30, True), (20, False), (5, True), (3, False),
           (1, False), (0, True), (30, False)]


def _key(i: InterviewView) -> tuple[dt.date, dt.datetime, object]:
    assert i.created_at is not None
    return (i.learned_on, i.created_at, i.id)


def test_windows_come_in_order_after_the_last_row_with_the_total(
        services: Services, desk: Actor, social_worker: Actor, coordinator: Actor) -> None:
    pids = [services.persons.register_household(desk, person(first, pesel=pesel), [])
            for first, pesel in (("Jan", PESEL_MAN_1944), ("Ewa", PESEL_WOMAN_1985),
                                 ("Ola", PESEL_WOMAN_2002))]
    cases = [_case(services, desk, social_worker, pid=pid) for pid in pids]
    for n, (days, urgent) in enumerate(LEARNED):
        services.interviews.open(social_worker, cases[n % 3], TODAY - dt.timedelta(days=days),
                                 urgent)
    # The services team's own interview is not the social worker's to list.
    carer = _staff(services, "uslugi", "Ewa Opiekun", "pracownik socjalny",
                   frozenset({Role.SERVICES}))
    services.interviews.open(carer, _case(services, desk, carer, Team.SERVICES, pids[0]), TODAY)

    read: list[InterviewView] = []
    last: InterviewView | None = None
    while True:
        window = services.interviews.window(social_worker, 4, last)
        assert len(window) <= 4
        if not window:
            break
        read += window
        last = window[-1]
    assert [len(services.interviews.window(social_worker, 4, None))] == [4]
    # Every interview once, the latest learned of first (ties in the order they were made).
    assert [_key(i) for i in read] == sorted((_key(i) for i in read), reverse=True)
    assert len({i.id for i in read}) == len(read) == len(LEARNED)
    whole = services.interviews.interviews(social_worker)  # the list read at once
    assert {i.id for i in read} == {i.id for i in whole}
    total, overdue = services.interviews.counts(social_worker)
    assert total == len(LEARNED)
    assert overdue == sum(1 for i in whole if i.overdue) > 0
    assert services.interviews.counts(carer) == (1, 0)
    # The head reads both teams' interviews: counted without the cases' team.
    assert services.interviews.counts(coordinator) == (len(LEARNED) + 1, overdue)
    assert len(services.interviews.window(coordinator, 50)) == len(LEARNED) + 1
    assert [i.person_name for i in services.interviews.window(carer, 50)] == [
        i.person_name for i in services.interviews.interviews(carer)]


def test_the_overdue_cut_off_day_matches_the_deadline_of_every_day() -> None:
    for urgent in (False, True):
        cut_off = overdue_learned_until(urgent, TODAY)
        for days in range(0, 60):
            learned = TODAY - dt.timedelta(days=days)
            assert (learned <= cut_off) == (TODAY > deadline(learned, urgent)), (urgent, learned)
