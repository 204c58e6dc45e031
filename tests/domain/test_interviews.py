"""The family interview's questionnaire as data and its deadline (Dz.U. 2021 poz. 893)."""

from __future__ import annotations

import datetime as dt
import json

import pytest

from ops_desktop.config import resource_path
from ops_desktop.domain.interviews import (
    InterviewKind,
    InterviewStatus,
    answers_errors,
    completion_errors,
    deadline,
    interview_form,
    is_overdue,
)

FORM = interview_form(dt.date(2026, 1, 1))


def test_part_one_has_segments_a_to_j_with_a_h_i_j_compulsory() -> None:
    codes = [s.code for s in FORM.segments(InterviewKind.INTERVIEW)]
    assert codes == list("ABCDEFGHIJ")
    assert FORM.compulsory(InterviewKind.INTERVIEW) == ("A", "H", "I", "J")
    assert FORM.part(InterviewKind.UPDATE).code == "IV"
    assert [p.code for p in FORM.parts] == ["I", "II", "III", "IV", "V", "VI", "VII", "VIII", "IX"]


def test_what_the_domain_files_leave_unconfirmed_stays_marked() -> None:
    raw = json.loads(resource_path("law", "interview_form.json").read_text("utf-8"))
    [current] = raw["sets"]
    assert current["valid_from"] == "2021-11-11" and "Dz.U. 2021 poz. 893" in current["source"]
    assert not FORM.confirmed
    titles = {s.code: s for s in FORM.segments(InterviewKind.INTERVIEW)}
    for code in "BDEFG":  # titles not given by the regulation's text we hold
        assert not titles[code].confirmed and "do potwierdzenia" in titles[code].title
    for code in "ACHIJ":
        assert titles[code].confirmed
    assert all(not p.confirmed for p in FORM.parts if p.code in ("II", "III", "V", "VI", "VII"))


def test_the_questionnaire_before_the_regulation_is_not_invented() -> None:
    with pytest.raises(Exception) as caught:
        interview_form(dt.date(2021, 11, 10))
    assert getattr(caught.value, "code", "") == "interview_form_missing"


@pytest.mark.parametrize(("learned", "urgent", "due"), [
    # 14 working days; Wigilia (24 Dec, a public holiday since 2025), Christmas, New Year
    # and Epiphany (6 Jan) are not counted, nor the weekends
    (dt.date(2025, 12, 19), False, dt.date(2026, 1, 15)),
    (dt.date(2026, 3, 2), False, dt.date(2026, 3, 20)),
    # urgent: 2 working days; Friday before Easter Monday (6 Apr 2026) → Wednesday
    (dt.date(2026, 4, 3), True, dt.date(2026, 4, 8)),
    (dt.date(2026, 3, 2), True, dt.date(2026, 3, 4)),
])
def test_the_deadline_counts_working_days_without_holidays(
        learned: dt.date, urgent: bool, due: dt.date) -> None:
    assert deadline(learned, urgent) == due


def test_a_need_learned_of_before_the_earliest_questionnaire_still_has_a_deadline() -> None:
    """An office's records from 2018 carried over: before, the deadline raised
    "interview_form_missing", and one such interview stopped the whole list of interviews
    (and the head's dashboard) from showing. Monday 3.09.2018 + 14 working days = 21.09.2018;
    urgent, 2 working days = 5.09.2018."""
    with pytest.raises(Exception):
        interview_form(dt.date(2018, 9, 3))  # no questionnaire of that day in the data
    assert deadline(dt.date(2018, 9, 3), False) == dt.date(2018, 9, 21)
    assert deadline(dt.date(2018, 9, 3), True) == dt.date(2018, 9, 5)


def test_only_a_draft_past_its_deadline_is_overdue() -> None:
    due = dt.date(2026, 3, 20)
    assert is_overdue(due, InterviewStatus.DRAFT, dt.date(2026, 3, 21))
    assert not is_overdue(due, InterviewStatus.DRAFT, due)
    assert not is_overdue(due, InterviewStatus.COMPLETED, dt.date(2026, 5, 1))


def test_completing_names_every_blank_required_field_of_the_compulsory_segments() -> None:
    missing = {e.field for e in completion_errors(FORM, InterviewKind.INTERVIEW, {})}
    assert {"A.address", "A.family", "A.family_size", "H.needs", "H.expectations",
            "I.diagnosis", "I.conclusions", "J.plan"} == missing
    assert not any(f.startswith(("B.", "C.", "D.")) for f in missing)
    assert "J.contract" not in missing  # not required within J
    update = {e.field for e in completion_errors(FORM, InterviewKind.UPDATE, {})}
    assert update and not any(f.startswith("A.") for f in update)


def test_an_update_takes_only_its_own_segments() -> None:
    assert answers_errors(FORM, InterviewKind.UPDATE, {"H": {"needs": "x"}})
    assert not answers_errors(FORM, InterviewKind.UPDATE, {"A": {"rooms": "3"}})
