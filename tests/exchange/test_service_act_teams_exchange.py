"""Another PC takes the head's choice of the team preparing each kind of services decision,
and the benefits team's meal, shelter and DPS drafts, by the rules every change is checked by
(exchange/rules.py). The head's choice was refused on every other PC (the head does not
administer the office's settings); the benefits team's drafts are taken by the table's
preparers, as care decisions are by theirs."""

from __future__ import annotations

from ops_desktop.exchange.rules import HEAD_SETTINGS, refusal
from ops_desktop.services.preparing_teams import SETTING_KEYS
from ops_desktop.storage.replica import Incoming, Target

AUTHOR = "01a23a84-0000-7000-8000-000000000001"


def _change(table: str, row: str, op: str, **fields: object) -> Incoming:
    return Incoming(member="m", seq=1, stamp="000000000000001.000000.m", table=table, row=row,
                    op=op, fields=dict(fields), author=AUTHOR)


def test_the_heads_choice_of_team_travels_and_no_other_setting_by_the_head() -> None:
    assert HEAD_SETTINGS == frozenset(SETTING_KEYS.values())
    for key in sorted(HEAD_SETTINGS):
        choice = _change("settings", key, "update", value="benefits")
        assert refusal(choice, Target(exists=True), True, "coordinator") is None
        assert refusal(choice, Target(exists=True), True, "services") == "not_permitted"
    letterhead = _change("settings", "office_name", "update", value="Inny ośrodek")
    assert refusal(letterhead, Target(exists=True), True, "coordinator") == "not_permitted"


def test_the_benefits_teams_service_drafts_are_taken() -> None:
    row = "01a23a84-f36d-78c6-b887-c975e634e6a2"
    for table in ("meal_decisions", "shelter_decisions", "dps_decisions"):
        draft = _change(table, row, "insert", status="draft")
        assert refusal(draft, Target(exists=False), True, "benefits") is None
        assert refusal(draft, Target(exists=False), True, "first_contact") == "not_permitted"
