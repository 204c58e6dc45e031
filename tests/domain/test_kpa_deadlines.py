"""The running KPA deadline (art. 35, 36, 57): hand-computed cases, then properties."""

from __future__ import annotations

import datetime as dt

import pytest
from hypothesis import given
from hypothesis import strategies as st

from ops_desktop.domain.calendar import add_months, is_working_day
from ops_desktop.domain.kpa_deadlines import (
    Notice,
    Pause,
    case_deadline,
    deadline_law,
    paused_days,
    statutory_deadline,
)

D = dt.date
LAW = deadline_law(D(2026, 1, 1))
DATES = st.dates(min_value=D(2000, 1, 1), max_value=D(2060, 12, 31))


@pytest.mark.parametrize(
    ("received", "complicated", "deadline"),
    [
        # 31 Jan + 1 month: no 31 Feb, so 28 Feb (art. 57 § 3) – a Saturday in 2026, so the
        # next working day, Monday 2 March (art. 57 § 4).
        (D(2026, 1, 31), False, D(2026, 3, 2)),
        (D(2028, 1, 31), False, D(2028, 2, 29)),  # leap year: 29 Feb, a Tuesday
        (D(2027, 1, 31), False, D(2027, 3, 1)),  # 28 Feb 2027 is a Sunday
        (D(2026, 2, 14), False, D(2026, 3, 16)),  # 14 March 2026 is a Saturday
        (D(2027, 10, 1), False, D(2027, 11, 2)),  # 1 Nov 2027 (Monday) is All Saints' Day
        # 25 Dec 2026 (Friday) and 26 Dec (Saturday) are holidays, 27 Dec a Sunday.
        (D(2026, 11, 25), False, D(2026, 12, 28)),
        (D(2026, 3, 16), False, D(2026, 4, 16)),  # an ordinary Thursday
        (D(2026, 3, 16), True, D(2026, 5, 18)),  # two months: 16 May 2026 is a Saturday
        (D(2026, 12, 31), True, D(2027, 3, 1)),  # 28 Feb 2027, a Sunday
    ],
)
def test_hand_computed_deadlines(received: dt.date, complicated: bool, deadline: dt.date) -> None:
    d = case_deadline(received, complicated, LAW)
    assert d.due_on == deadline == d.statutory_on
    assert d.months == (2 if complicated else 1) and not d.by_notice


def test_a_pause_moves_the_deadline_by_its_days_overlaps_counted_once() -> None:
    received = D(2026, 3, 2)  # plain deadline Thursday 2 April 2026
    assert statutory_deadline(received, 1) == D(2026, 4, 2)
    ten = Pause(D(2026, 3, 10), D(2026, 3, 19))
    # 2 April + 10 days = Sunday 12 April → Monday 13 April.
    assert statutory_deadline(received, 1, [ten]) == D(2026, 4, 13)
    overlapping = Pause(D(2026, 3, 15), D(2026, 3, 24))  # 15–19 already counted: 5 more
    assert paused_days(received, [overlapping, ten]) == 15
    assert statutory_deadline(received, 1, [ten, overlapping]) == D(2026, 4, 17)
    # Days before the start do not count; the day of receipt itself neither.
    assert paused_days(received, [Pause(D(2026, 2, 20), D(2026, 3, 3))]) == 1


def test_the_last_notice_sets_the_running_deadline() -> None:
    received = D(2026, 3, 16)
    first = Notice(D(2026, 4, 10), D(2026, 5, 15))
    second = Notice(D(2026, 5, 12), D(2026, 6, 12))
    d = case_deadline(received, False, LAW, notices=[second, first])
    assert d.statutory_on == D(2026, 4, 16) and d.due_on == D(2026, 6, 12) and d.by_notice
    # Two on one day: the one recorded later wins.
    same_day = [Notice(D(2026, 4, 10), D(2026, 5, 29), 1), Notice(D(2026, 4, 10), D(2026, 5, 15), 0)]
    assert case_deadline(received, False, LAW, notices=same_day).due_on == D(2026, 5, 29)


def test_overdue_and_due_soon_and_an_ended_deadline_is_neither() -> None:
    d = case_deadline(D(2026, 3, 16), False, LAW)  # Thursday 16 April 2026
    assert not d.overdue_on(D(2026, 4, 16)) and d.overdue_on(D(2026, 4, 17))
    # Three working days before Thursday: from Monday 13 April it is due soon.
    assert d.due_soon_on(D(2026, 4, 13)) and not d.due_soon_on(D(2026, 4, 10))
    assert not d.due_soon_on(D(2026, 4, 17))  # overdue is not "soon"
    ended = case_deadline(D(2026, 3, 16), False, LAW, ended=True)
    assert not ended.overdue_on(D(2027, 1, 1)) and not ended.due_soon_on(D(2026, 4, 15))


def test_the_law_data_marks_what_is_not_confirmed() -> None:
    assert (LAW.ordinary_months, LAW.complicated_months) == (1, 2)
    assert any("art. 57 § 3" in cite for cite in LAW.unconfirmed)
    assert any("art. 35 § 5" in cite for cite in LAW.unconfirmed)
    assert "ponaglenia" in " ".join(LAW.notice.instruction) and not LAW.notice.confirmed


PAUSES = st.lists(st.tuples(st.integers(min_value=-30, max_value=90),
                            st.integers(min_value=0, max_value=60)), max_size=4)


@given(DATES, st.booleans(), PAUSES)
def test_the_deadline_is_a_working_day_never_before_start_plus_a_month(
        received: dt.date, complicated: bool, raw: list[tuple[int, int]]) -> None:
    pauses = [Pause(received + dt.timedelta(days=a), received + dt.timedelta(days=a + n))
              for a, n in raw]
    d = case_deadline(received, complicated, LAW, pauses)
    assert is_working_day(d.due_on)
    assert d.due_on >= add_months(received, 1)
    assert d.due_on >= add_months(received, d.months) + dt.timedelta(days=d.paused_days)
    # Art. 57 § 4 moves a deadline at most past a long weekend with holidays.
    assert (d.due_on - add_months(received, d.months)).days - d.paused_days <= 4


@given(DATES, PAUSES)
def test_more_pauses_never_bring_the_deadline_forward(received: dt.date,
                                                      raw: list[tuple[int, int]]) -> None:
    pauses = [Pause(received + dt.timedelta(days=a), received + dt.timedelta(days=a + n))
              for a, n in raw]
    for k in range(len(pauses)):
        assert statutory_deadline(received, 1, pauses[:k]) <= statutory_deadline(received, 1,
                                                                                 pauses[:k + 1])
