"""Niebieska Karta's timers: working days across Polish holidays, each clock from the step
before it; the rules are dated data with their sources and unconfirmed items marked."""

from __future__ import annotations

import datetime as dt
import json

from ops_desktop.config import resource_path
from ops_desktop.domain.blue_card import (
    blue_card_law,
    close_errors,
    form_a_errors,
    open_steps,
    step_errors,
)

LAW = blue_card_law(dt.date(2026, 12, 1))


def _due(form_a_on: dt.date, done: dict[str, dt.date], absent: bool = False) -> dict[str, dt.date]:
    return {s.code: s.due_on for s in open_steps(LAW, form_a_on, done, absent)}


def test_the_data_holds_the_four_timers_of_the_2023_regulation_with_sources() -> None:
    assert LAW.valid_from == dt.date(2023, 9, 28) and "2023 poz. 1870" in LAW.source
    assert [(s.code, s.after, s.working_days) for s in LAW.steps] == [
        ("to_chair", "form_a", 5), ("group_appointed", "to_chair", 3),
        ("first_meeting", "group_appointed", 5), ("absent_notified", "first_meeting", 3)]
    assert {f.code for f in LAW.forms} == {"form_c", "form_d"}
    assert {r.code for r in LAW.closing_reasons} == {"violence_stopped", "no_grounds"}
    # What a lawyer has not checked stays marked in the data, not silently certain.
    raw = json.loads(resource_path("law", "blue_card.json").read_text("utf-8"))
    unconfirmed = [i for s in raw["sets"] for group in ("steps", "closing_reasons")
                   for i in s[group] if not i["confirmed"]]
    assert {i["code"] for i in unconfirmed} == {"absent_notified", "violence_stopped",
                                                 "no_grounds"}
    assert all("DO POTWIERDZENIA" in i["cite"] for i in unconfirmed)


def test_form_a_reaches_the_chair_within_5_working_days_across_christmas() -> None:
    # Form A on Tuesday 22.12.2026: the 23rd, then 24 (Wigilia, a holiday from 2025), 25, 26,
    # 27 off; 28, 29, 30, 31 – the fifth working day is New Year's Eve.
    assert _due(dt.date(2026, 12, 22), {}) == {"to_chair": dt.date(2026, 12, 31)}


def test_each_clock_starts_when_the_step_before_it_is_recorded() -> None:
    # Friday 30.04.2027: 1 May (Sat), 2 (Sun), 3 May (Mon, holiday) – the chair by Monday 10 May.
    assert _due(dt.date(2027, 4, 30), {}) == {"to_chair": dt.date(2027, 5, 10)}
    done = {"to_chair": dt.date(2027, 5, 4)}
    assert _due(dt.date(2027, 4, 30), done) == {"group_appointed": dt.date(2027, 5, 7)}
    done["group_appointed"] = dt.date(2027, 5, 7)
    assert _due(dt.date(2027, 4, 30), done) == {"first_meeting": dt.date(2027, 5, 14)}
    done["first_meeting"] = dt.date(2027, 5, 10)
    assert _due(dt.date(2027, 4, 30), done) == {}  # nobody absent: no notice due
    assert _due(dt.date(2027, 4, 30), done, absent=True) == {
        "absent_notified": dt.date(2027, 5, 13)}


def test_hostile_and_out_of_order_input_is_refused_field_by_field() -> None:
    today = dt.date(2026, 12, 3)
    codes = {e.field: e.code for e in form_a_errors("wczoraj", "", "x", [], "\x00", today)}
    assert codes == {"filled_on": "invalid", "filled_by": "required", "victims": "invalid",
                     "using_violence": "required", "note": "invalid_characters"}
    same = object()
    assert {e.code for e in form_a_errors(today, "Policja", [same], [same], "", today)} == {
        "party_both_roles"}
    assert [e.code for e in form_a_errors(today + dt.timedelta(1), "Policja", [1], [2], "",
                                          today)] == ["future_date"]
    form_a_on = dt.date(2026, 11, 30)
    assert [e.code for e in step_errors(LAW, "group_appointed", today, form_a_on, {}, today,
                                        "")] == ["step_not_yet_due"]
    assert [e.code for e in step_errors(LAW, "to_chair", dt.date(2026, 11, 1), form_a_on, {},
                                        today, "")] == ["before_previous_step"]
    assert [e.code for e in step_errors(LAW, "'; DROP TABLE", today, form_a_on, {}, today,
                                        "")] == ["invalid"]
    assert [e.code for e in step_errors(LAW, "form_c", today, form_a_on, {"form_c": today},
                                        today, "")] == ["step_already_recorded"]
    assert step_errors(LAW, "form_d", today, form_a_on, {}, today, "") == []
    assert {e.field for e in close_errors(LAW, "because", None, form_a_on, today)} == {
        "reason", "closed_on"}
    assert close_errors(LAW, "no_grounds", today, form_a_on, today) == []
