"""Whether an appeal came in time and the organ's 7 days, against days counted by hand on a
2026/2027 calendar (KPA art. 57: from the day after; a Saturday or holiday end moves on)."""

from __future__ import annotations

import datetime as dt

import pytest

from ops_desktop.domain.appeals import (
    SkoOutcome,
    Timeliness,
    appeal_rules,
    organ_days_left,
    organ_deadline,
    party_deadline,
    timeliness,
)
from ops_desktop.domain.errors import DomainError

D = dt.date


def test_fourteen_days_ending_on_a_working_day() -> None:
    # Delivered Monday 2 November 2026: day 1 is 3 November, day 14 Monday 16 November.
    assert party_deadline(D(2026, 11, 2)) == D(2026, 11, 16)
    assert timeliness(D(2026, 11, 2), D(2026, 11, 16)) is Timeliness.IN_TIME
    assert timeliness(D(2026, 11, 2), D(2026, 11, 17)) is Timeliness.LATE


def test_a_saturday_end_moves_to_monday() -> None:
    # Delivered Saturday 28 November 2026: day 14 is Saturday 12 December → Monday 14 December.
    assert party_deadline(D(2026, 11, 28)) == D(2026, 12, 14)
    assert timeliness(D(2026, 11, 28), D(2026, 12, 14)) is Timeliness.IN_TIME
    assert timeliness(D(2026, 11, 28), D(2026, 12, 15)) is Timeliness.LATE


def test_a_holiday_end_moves_to_the_next_working_day() -> None:
    # Delivered 28 October 2026: day 14 is Wednesday 11 November (Independence Day) → 12th.
    assert party_deadline(D(2026, 10, 28)) == D(2026, 11, 12)
    # Delivered 23 December 2026: day 14 is 6 January 2027 (Epiphany) → Thursday 7 January.
    assert party_deadline(D(2026, 12, 23)) == D(2027, 1, 7)
    assert timeliness(D(2026, 12, 23), D(2027, 1, 7)) is Timeliness.IN_TIME
    assert timeliness(D(2026, 12, 23), D(2027, 1, 8)) is Timeliness.LATE


def test_unknown_delivery_is_said_not_guessed() -> None:
    assert timeliness(None, D(2026, 11, 16)) is Timeliness.UNKNOWN
    # Lodged before the decision reached the party: not late.
    assert timeliness(D(2026, 11, 10), D(2026, 11, 9)) is Timeliness.IN_TIME


def test_the_organs_seven_days() -> None:
    # Received Monday 2 November 2026: day 7 is Monday 9 November.
    assert organ_deadline(D(2026, 11, 2)) == D(2026, 11, 9)
    # Received Friday 18 December 2026: day 7 is Christmas Day, then Saturday the 26th (Boxing
    # Day), Sunday: the last day is Monday 28 December.
    assert organ_deadline(D(2026, 12, 18)) == D(2026, 12, 28)
    assert organ_days_left(D(2026, 11, 2), D(2026, 11, 2)) == 7
    assert organ_days_left(D(2026, 11, 2), D(2026, 11, 9)) == 0
    assert organ_days_left(D(2026, 11, 2), D(2026, 11, 11)) == -2


def test_the_law_data_names_every_outcome_with_its_article() -> None:
    rules = appeal_rules(D(2026, 11, 2))
    assert (rules.appeal_days, rules.organ_days) == (14, 7)
    assert set(rules.outcomes) == set(SkoOutcome)
    assert rules.outcomes[SkoOutcome.QUASHED_REMITTED].citation == "art. 138 § 2 k.p.a."
    assert "art. 133" in rules.organ_days_source
    with pytest.raises(DomainError, match="no_law_parameters"):
        appeal_rules(D(1990, 1, 1))
