"""Retention: counted from 1 January after the case closed, per document class, never for "A"."""

from __future__ import annotations

import datetime as dt

import pytest
from hypothesis import given
from hypothesis import strategies as st

from ops_desktop.domain.retention import (
    DEFAULT_RULES,
    RetentionRule,
    case_file_class,
    confirmation_phrase,
    destroy_after,
    is_past,
    rule_for,
    validate_rules,
    with_defaults,
)
from ops_desktop.domain.vocabulary import Team

dates = st.dates(min_value=dt.date(1990, 1, 1), max_value=dt.date(2200, 12, 31))
years = st.integers(min_value=0, max_value=100)


def test_the_worked_example_of_a_b10_file() -> None:
    # Closed mid-2015: counted from 1.01.2016, ten years end 31.12.2025.
    assert destroy_after(dt.date(2015, 6, 15), 10) == dt.date(2026, 1, 1)
    rule = RetentionRule(case_file_class("benefits"), "B10", 10)
    assert not is_past(dt.date(2015, 6, 15), rule, dt.date(2025, 12, 31))
    assert is_past(dt.date(2015, 6, 15), rule, dt.date(2026, 1, 1))


@given(dates, years)
def test_the_period_always_starts_on_the_first_of_january(closed: dt.date, n: int) -> None:
    end = destroy_after(closed, n)
    assert (end.month, end.day) == (1, 1)
    assert end.year == closed.year + 1 + n
    # At least n full years after the closing, never more than n + 1.
    assert closed.replace(year=closed.year + n, day=min(closed.day, 28)) < end
    assert end <= dt.date(closed.year + n + 1, 12, 31)


@given(dates, dates, years)
def test_every_day_of_one_year_closes_on_the_same_day(a: dt.date, b: dt.date, n: int) -> None:
    same_year = b.replace(year=a.year, day=min(b.day, 28))
    assert destroy_after(a, n) == destroy_after(same_year, n)


@given(dates, years, dates)
def test_is_past_exactly_from_the_destroy_date(closed: dt.date, n: int, today: dt.date) -> None:
    rule = RetentionRule("case_file.x", f"B{n}", n)
    assert is_past(closed, rule, today) == (today >= destroy_after(closed, n))


@given(dates, dates)
def test_archival_files_are_never_past(closed: dt.date, today: dt.date) -> None:
    assert not is_past(closed, RetentionRule("case_file.x", "A", 0), today)


@given(years, years, dates)
def test_a_longer_period_never_ends_earlier(n: int, m: int, closed: dt.date) -> None:
    if n <= m:
        assert destroy_after(closed, n) <= destroy_after(closed, m)


def test_negative_years_are_refused() -> None:
    with pytest.raises(ValueError):
        destroy_after(dt.date(2020, 1, 1), -1)


def test_defaults_cover_the_case_files_of_every_team_with_b10() -> None:
    assert {r.document_class for r in DEFAULT_RULES} == {case_file_class(t.value) for t in Team}
    assert all((r.category, r.years) == ("B10", 10) for r in DEFAULT_RULES)
    assert validate_rules(DEFAULT_RULES) == []


def test_stored_rules_override_defaults_and_the_rest_stay() -> None:
    own = RetentionRule(case_file_class("services"), "B5", 5)
    rules = with_defaults([own])
    assert rule_for(rules, case_file_class("services")) == own
    assert rule_for(rules, case_file_class("benefits")).years == 10
    assert len(rules) == len(DEFAULT_RULES)


@pytest.mark.parametrize(
    ("rule", "field", "code"),
    [
        (RetentionRule("case_file.x", "B10", 5), "years", "retention_years_mismatch"),
        (RetentionRule("case_file.x", "C10", 10), "category", "retention_category_invalid"),
        (RetentionRule("case_file.x", "", 10), "category", "retention_category_invalid"),
        (RetentionRule("case_file.x", "Bc", -1), "years", "retention_years_invalid"),
        (RetentionRule("case_file.x", "Bc", 101), "years", "retention_years_invalid"),
        (RetentionRule("Akta Sprawy", "B5", 5), "document_class", "invalid_characters"),
    ],
)
def test_bad_rules_are_refused_on_their_field(rule: RetentionRule, field: str, code: str) -> None:
    errors = validate_rules([rule])
    assert [(e.field, e.code) for e in errors] == [(f"rules.0.{field}", code)]


def test_good_categories_pass_and_a_class_may_appear_once() -> None:
    good = [RetentionRule("a", "A", 0), RetentionRule("b", "BE5", 5), RetentionRule("c", "Bc", 2),
            RetentionRule("d", "B50", 50)]
    assert validate_rules(good) == []
    twice = [RetentionRule("a", "B5", 5), RetentionRule("a", "B10", 10)]
    assert [(e.field, e.code) for e in validate_rules(twice)] == [("rules.1.document_class", "duplicate")]


def test_confirmation_phrase_names_the_count() -> None:
    assert confirmation_phrase(3) == "ANONIMIZUJ 3"
