"""The head's counts of overdue and due-soon applications, made in SQL by receipt cut-offs,
equal the count of every application's running deadline in Python – on a real file with the
edge cases: a deadline moved past a public holiday, a receipt on a month's last day, the
complicated flag, a pause, a deleted pause, a notice of delay, a case nobody carries."""

from __future__ import annotations

import datetime as dt

import pytest
from sqlalchemy import update

from ops_desktop.domain import kpa_cutoffs
from ops_desktop.domain.calendar import add_months, add_working_days, is_holiday
from ops_desktop.domain.kpa_cutoffs import plain_deadline, receipt_cutoff
from ops_desktop.services import deadline_counts
from ops_desktop.services.context import Actor
from ops_desktop.services.deadlines import NoticeInput, PauseInput, running_deadlines
from ops_desktop.services.hub import Services
from ops_desktop.services.procedural_acts import DefectCallInput
from ops_desktop.storage.models import CaseRow, DeadlinePauseRow, utcnow

from .test_deadlines import TODAY, later_working_day, received


def test_a_cutoff_divides_the_receipts_exactly_on_every_day_of_a_year() -> None:
    for n in range(366):
        day = dt.date(2026, 1, 1) + dt.timedelta(days=n)
        for complicated in (False, True):
            cut = receipt_cutoff(day, complicated)
            assert cut is not None
            for back in range(0, 100):
                r = day - dt.timedelta(days=back)
                assert (r < cut) == (plain_deadline(r, complicated) <= day), (day, r)


def _holiday_shifted_receipt() -> dt.date:
    """The latest receipt of the past year whose month ends on a weekday public holiday."""
    for back in range(40, 400):
        r = TODAY - dt.timedelta(days=back)
        end = add_months(r, 1)
        if is_holiday(end) and end.weekday() < 5:
            return r
    raise AssertionError("no holiday in a year")


def _month_end_receipt() -> dt.date:
    """The latest receipt on a 31st whose next month is shorter (the month's last day)."""
    for back in range(40, 400):
        r = TODAY - dt.timedelta(days=back)
        if r.day == 31 and add_months(r, 1).day < 31:
            return r
    raise AssertionError("no month end in a year")


def _python_tallies(services: Services, today: dt.date, until: dt.date
                    ) -> dict[tuple[str | None, object], tuple[int, int, int]]:
    """Every waiting application by its running deadline, one by one (the old way)."""
    found: dict[tuple[str | None, object], tuple[int, int, int]] = {}
    with services.db.session() as s:
        for r in running_deadlines(s):
            key = (r.application.team, r.worker_id)
            w, o, d = found.get(key, (0, 0, 0))
            found[key] = (w + 1, o + (r.deadline.due_on < today),
                          d + (r.deadline.due_on <= until))
    return found


def _sql_tallies(services: Services, today: dt.date, until: dt.date
                 ) -> dict[tuple[str | None, object], tuple[int, int, int]]:
    with services.db.session() as s:
        return {k: (t.waiting, t.overdue, t.due)
                for k, t in deadline_counts.tallies(s, today, until).items()}


@pytest.fixture
def edge_cases(services: Services, benefits_worker: Actor, signer: Actor) -> list[dt.date]:
    """Waiting applications with every kind of deadline; returns their running deadlines."""
    holiday = _holiday_shifted_receipt()
    month_end = _month_end_receipt()
    receipts = [TODAY - dt.timedelta(days=back) for back in range(0, 75, 3)]
    apps = [received(services, benefits_worker, r) for r in [holiday, month_end, *receipts]]
    # The edge cases really are in the data: a deadline moved past a holiday, a month end.
    assert apps[0].kpa_deadline > add_months(holiday, 1)
    assert apps[1].kpa_deadline.month != month_end.month and add_months(month_end, 1).day < 31
    for app in apps[2::4]:
        services.deadlines.set_complicated(benefits_worker, app.id, True)
    paused, unpaused, noticed = apps[3], apps[5], apps[7]
    for app in (paused, unpaused):
        services.deadlines.record_pause(benefits_worker, app.id, PauseInput(
            app.received_on, min(app.received_on + dt.timedelta(days=9), TODAY), "zawieszenie"))
    new = later_working_day(max(TODAY, noticed.kpa_deadline), 5)
    services.deadlines.record_notice(benefits_worker, noticed.id, NoticeInput(
        TODAY, new, "Oczekiwanie na zaświadczenie."))
    # Art. 64 § 2 calls pause the deadline (art. 35 § 5): one unanswered, one remedied.
    called, remedied = apps[9], apps[11]
    for app in (called, remedied):
        services.procedural_acts.call_to_remedy(benefits_worker, DefectCallInput(
            app.id, "Brak podpisu na wniosku.", app.received_on + dt.timedelta(days=2)))
    services.procedural_acts.record_delivery(benefits_worker, remedied.id,
                                             remedied.received_on + dt.timedelta(days=3))
    services.procedural_acts.record_remedy(benefits_worker, remedied.id,
                                           remedied.received_on + dt.timedelta(days=6))
    other = received(services, signer, TODAY - dt.timedelta(days=50), "Nowak")
    with services.db.session() as s:  # a pause withdrawn; a case nobody carries
        s.execute(update(DeadlinePauseRow).where(DeadlinePauseRow.application_id == unpaused.id)
                  .values(deleted_at=utcnow()))
        s.execute(update(CaseRow).where(CaseRow.sign == other.case_sign).values(worker_id=None))
    views = [services.applications.get(benefits_worker, a.id) for a in [*apps, other]]
    dues = [v.kpa_deadline for v in views]
    # The pause and the notice count. The pause's days may not move the due date: on
    # 4.12.2026 the pause of 2–4.12 makes 1.01.2027 + 3 days = 4.01.2027, the same Monday the
    # New Year holiday and the weekend give without it (art. 57 § 4).
    paused = views[3].deadline
    assert paused is not None and paused.paused_days > 0 and dues[3] >= apps[3].kpa_deadline
    assert dues[7] == new
    unpaused_view = views[5].deadline  # the withdrawn pause does not count
    assert unpaused_view is not None and unpaused_view.paused_days == 0
    assert dues[5] == apps[5].kpa_deadline
    assert dues[9] > apps[9].kpa_deadline and dues[11] > apps[11].kpa_deadline  # the calls
    return [d for d in dues if d is not None]


def test_sql_counts_equal_the_python_count_on_every_boundary(
        services: Services, edge_cases: list[dt.date]) -> None:
    # Each deadline's own day, the day after, and the days it is "due soon" from.
    days = sorted({d + dt.timedelta(days=k) for d in edge_cases for k in range(-6, 2)})
    compared = 0
    for today in days:
        until = add_working_days(today, 3)
        expected = _python_tallies(services, today, until)
        assert _sql_tallies(services, today, until) == expected, today
        compared += any(o for _, o, _ in expected.values())
    assert compared > 10  # the comparison met overdue applications, not only empty counts


def test_without_a_cutoff_every_application_is_counted_one_by_one(
        services: Services, edge_cases: list[dt.date], monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(deadline_counts, "receipt_cutoff", lambda day, complicated: None)
    for today in (TODAY, TODAY + dt.timedelta(days=20)):
        until = add_working_days(today, 3)
        assert _sql_tallies(services, today, until) == _python_tallies(services, today, until)


def test_a_law_set_with_fewer_months_leaves_no_single_cutoff(
        monkeypatch: pytest.MonkeyPatch) -> None:
    # A later set shortening the deadline would make it move back: no day divides receipts.
    def months(received_on: dt.date, complicated: bool) -> dt.date:
        return add_months(received_on, 1 if received_on >= dt.date(2026, 3, 10) else 2)
    monkeypatch.setattr(kpa_cutoffs, "plain_deadline", months)
    kpa_cutoffs.receipt_cutoff.cache_clear()
    try:
        assert kpa_cutoffs.receipt_cutoff(dt.date(2026, 4, 20), False) is None
    finally:
        kpa_cutoffs.receipt_cutoff.cache_clear()


def test_the_dashboard_figure_equals_the_list_behind_it(
        services: Services, edge_cases: list[dt.date], coordinator: Actor) -> None:
    board = services.dashboard.figures(coordinator)
    count = board.row(None).count("kpa_application")  # type: ignore[union-attr]
    listed = services.dashboard.items(coordinator, "kpa_application", None, None, True, 500)
    assert count.total == len(listed) > 0
    assert count.overdue == sum(i.overdue for i in listed) > 0
