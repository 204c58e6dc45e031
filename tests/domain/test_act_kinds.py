"""resources/law/acts.json: every kind of act the program issues, as dated, sourced data."""

from __future__ import annotations

import copy
import datetime as dt
import json
from pathlib import Path
from typing import Any

import pytest

from ops_desktop.config import resource_path
from ops_desktop.domain.act_kinds import (
    DECISION,
    ORDER,
    act_book,
    days_deadline,
    load_act_books,
    parse_set,
)
from ops_desktop.domain.clock import wall_today
from ops_desktop.domain.errors import DomainError
from ops_desktop.domain.vocabulary import ORDER_KINDS, DecisionKind

TODAY = wall_today()
# What the brief and the domain description name, each with the remedy the KPA gives it.
REQUIRED = {
    "grant": (DECISION, 14), "refusal": (DECISION, 14), "change": (DECISION, 14),
    "change_with_consent": (DECISION, 14), "discontinuance": (DECISION, 14),
    "recovery": (DECISION, 14), "refusal_to_open": (ORDER, 7), "suspension": (ORDER, 7),
    "resumption": (ORDER, 0), "rectification": (ORDER, 7),
}


def raw_set() -> dict[str, Any]:
    document = json.loads(Path(resource_path("law", "acts.json")).read_text(encoding="utf-8"))
    return copy.deepcopy(document["sets"][0])


def test_the_shipped_file_loads_and_holds_every_kind_with_its_appeal_days() -> None:
    book = act_book(TODAY)
    assert {code: (k.type, k.appeal_days) for code, k in book.kinds.items()
            if code in REQUIRED} == REQUIRED
    # Every kind the program stores has its entry, and a postanowienie its paper.
    assert {k.value for k in DecisionKind} <= set(book.kinds)
    assert {k.code for k in book.orders()} == {k.value for k in ORDER_KINDS}
    for kind in book.kinds.values():
        assert kind.legal_basis and kind.source and kind.effect
        assert kind.remedy == ("odwołanie" if kind.type == DECISION else "zażalenie")
        assert (kind.paper is not None) is kind.is_order
    assert book.kind("change_with_consent").needs_consent
    assert not book.kind("change").needs_consent  # art. 106 ust. 5: without consent
    assert "art. 106 ust. 5" in book.kind("change").legal_basis
    assert "art. 104 ust. 3" in book.kind("recovery").legal_basis
    assert book.formal_defects.days == 7 and "art. 64 § 2" in book.formal_defects.legal_basis
    assert book.valid_from <= TODAY and "Dz.U. 2024 poz. 572" in book.source


def test_what_the_domain_marks_unconfirmed_stays_marked() -> None:
    book = act_book(TODAY)
    # DOMAIN-TEAMS §7 gives these from memory [M]; art. 154/155 partly [P].
    for code in ("refusal_to_open", "suspension", "resumption", "rectification",
                 "discontinuance"):
        assert book.kind(code).confirmed == "M"
        assert "DO POTWIERDZENIA" in book.kind(code).source
    assert book.kind("change_with_consent").confirmed == "P"
    assert book.formal_defects.confirmed == "M"


@pytest.mark.parametrize("spoil, where", [
    (lambda s: s["kinds"]["suspension"].update(appeal_days=True), "appeal_days"),
    (lambda s: s["kinds"]["suspension"].update(appeal_days=0), "appeal_days"),
    (lambda s: s["kinds"]["resumption"].update(appeal_days=7), "appeal_days"),
    (lambda s: s["kinds"]["grant"].update(type="wyrok"), "type"),
    (lambda s: s["kinds"]["grant"].update(confirmed="pewne"), "confirmed"),
    (lambda s: s["kinds"]["grant"].pop("legal_basis"), "legal_basis"),
    (lambda s: s["kinds"]["suspension"].pop("paper"), "paper"),
    (lambda s: s["kinds"]["suspension"]["paper"].update(ruling="{detail} {pesel}"), "pesel"),
    (lambda s: s["kinds"]["refusal"].update(application_status_after="closed"), "statuses"),
    (lambda s: s["appeal_notice"].update(zażalenie=["w terminie {appeal_day} dni"]), "appeal_day"),
    (lambda s: s["calls"]["formal_defects"].update(days="7"), "days"),
    (lambda s: s.update(valid_from="1.12.2026"), "valid_from"),
])
def test_a_spoiled_file_is_refused_when_loaded_not_when_printed(spoil: Any, where: str) -> None:
    raw = raw_set()
    spoil(raw)
    with pytest.raises(DomainError) as exc:
        parse_set(raw)
    assert exc.value.code == "acts_file_invalid" and where in str(exc.value)


def test_a_file_that_is_not_json_is_refused(tmp_path: Path) -> None:
    bad = tmp_path / "acts.json"
    bad.write_text("{sets: [", encoding="utf-8")
    with pytest.raises(DomainError):
        load_act_books(bad)


def test_an_added_postanowienie_is_only_data(tmp_path: Path) -> None:
    raw = raw_set()
    raw["kinds"]["odmowa_podjecia"] = copy.deepcopy(raw["kinds"]["resumption"]) | {
        "name": "odmowa podjęcia zawieszonego postępowania", "appealable": True,
        "appeal_days": 7, "application_status_after": None}
    path = tmp_path / "acts.json"
    path.write_text(json.dumps({"sets": [raw]}, ensure_ascii=False), encoding="utf-8")
    kind = act_book(TODAY, path).kind("odmowa_podjecia")
    assert kind.is_order and kind.appeal_days == 7 and kind.paper is not None


def test_seven_days_from_delivery_end_on_a_working_day() -> None:
    # Delivered on Friday 4 December 2026: the 7th day is Friday 11 December.
    assert days_deadline(dt.date(2026, 12, 4), 7) == dt.date(2026, 12, 11)
    # Delivered on Saturday 5 December: the 7th day is Saturday the 12th → Monday the 14th.
    assert days_deadline(dt.date(2026, 12, 5), 7) == dt.date(2026, 12, 14)
    # Delivered on 18 December: the 25th is Christmas, the 26th too, the 27th a Sunday.
    assert days_deadline(dt.date(2026, 12, 18), 7) == dt.date(2026, 12, 28)
