"""The dated parameter sets: the shipped file matches DOMAIN.md §4; the right period is picked."""

from __future__ import annotations

import datetime as dt
import json
from decimal import Decimal
from pathlib import Path
from typing import Any

import pytest

from ops_desktop.config import resource_path
from ops_desktop.domain.errors import DomainError
from ops_desktop.domain.law import LawBook, LawParameters, default_lawbook

# DOMAIN.md §4: valid from, single, per person, per ha, multiplier, cap, stały minimum,
# okresowy single cap (= per-person criterion), confirmation tag.
TABLE = [
    (dt.date(2018, 10, 1), "701", "528", "288", "1.00", "645", "30", "528", "P"),
    (dt.date(2022, 1, 1), "776", "600", "345", "1.00", "719", "30", "600", "C"),
    (dt.date(2024, 1, 1), "776", "600", "345", "1.30", "1000", "100", "600", "C"),
    (dt.date(2025, 1, 1), "1010", "823", "459", "1.30", "1229", "100", "823", "C"),
]


def shipped() -> dict[str, Any]:
    data: dict[str, Any] = json.loads(resource_path("law", "parameters.json").read_text("utf-8"))
    return data


def test_the_shipped_file_holds_the_four_periods_of_domain_md() -> None:
    periods = default_lawbook().periods
    assert len(periods) == 4
    for p, row in zip(periods, TABLE, strict=True):
        valid_from, single, family, per_ha, mult, cap, minimum, periodic_cap, tag = row
        assert p.valid_from == valid_from
        assert p.single_criterion == Decimal(single)
        assert p.family_criterion == Decimal(family)
        assert p.farm_income_per_ha == Decimal(per_ha)
        assert p.permanent_multiplier == Decimal(mult)
        assert p.permanent_cap_single == Decimal(cap)
        assert p.permanent_minimum == Decimal(minimum)
        assert p.periodic_single_cap == Decimal(periodic_cap)
        assert p.periodic_minimum == Decimal("20")
        assert p.periodic_min_share == Decimal("0.50")
        assert (p.retirement_age_women, p.retirement_age_men) == (60, 65)
        assert p.confirmed == tag


def test_sources_cite_the_journal_of_laws() -> None:
    sources = [p.source for p in default_lawbook().periods]
    assert "Dz.U. 2018 poz. 1358" in sources[0]
    assert "Dz.U. 2021 poz. 1296" in sources[1]
    assert "Dz.U. 2023 poz. 1693" in sources[2] and "Dz.U. 2021 poz. 1296" in sources[2]
    assert "Dz.U. 2024 poz. 1044" in sources[3]
    assert all(s.startswith(("Rozporządzenie", "Ustawa")) for s in sources)


def test_amounts_are_strings_in_the_file_so_they_parse_exactly() -> None:
    for period in shipped()["periods"]:
        assert isinstance(period["single_criterion"], str)
        assert isinstance(period["permanent_multiplier"], str)


def test_amounts_are_decimal() -> None:
    p = default_lawbook().periods[0]
    assert isinstance(p.single_criterion, Decimal) and isinstance(p.periodic_min_share, Decimal)
    assert isinstance(p.valid_from, dt.date)


@pytest.mark.parametrize(
    ("on", "expected_start"),
    [
        (dt.date(2018, 10, 1), dt.date(2018, 10, 1)),
        (dt.date(2021, 12, 31), dt.date(2018, 10, 1)),
        (dt.date(2022, 1, 1), dt.date(2022, 1, 1)),
        (dt.date(2023, 12, 31), dt.date(2022, 1, 1)),
        (dt.date(2024, 1, 1), dt.date(2024, 1, 1)),
        (dt.date(2024, 12, 31), dt.date(2024, 1, 1)),
        (dt.date(2025, 1, 1), dt.date(2025, 1, 1)),
        (dt.date(2027, 12, 31), dt.date(2025, 1, 1)),
        (dt.date(2031, 6, 1), dt.date(2025, 1, 1)),  # the latest set stays until a new one is added
    ],
)
def test_in_force_picks_the_latest_period_started(on: dt.date, expected_start: dt.date) -> None:
    assert default_lawbook().in_force(on).valid_from == expected_start


def test_the_day_before_2025_still_uses_the_2024_criterion() -> None:
    book = default_lawbook()
    assert book.in_force(dt.date(2024, 12, 31)).single_criterion == Decimal("776")
    assert book.in_force(dt.date(2025, 1, 1)).single_criterion == Decimal("1010")


def test_before_the_first_period_there_is_no_law() -> None:
    with pytest.raises(DomainError) as info:
        default_lawbook().in_force(dt.date(2018, 9, 30))
    assert info.value.code == "no_law_parameters"


def test_default_lawbook_is_cached() -> None:
    assert default_lawbook() is default_lawbook()


def test_periods_are_sorted_whatever_the_file_order() -> None:
    data = shipped()
    data["periods"].reverse()
    book = LawBook.from_json(json.dumps(data))
    assert [p.valid_from for p in book.periods] == [row[0] for row in TABLE]


def test_a_new_period_is_loaded_from_data_alone(tmp_path: Path) -> None:
    data = shipped()
    new = dict(data["periods"][-1], valid_from="2028-01-01", single_criterion="1200.50")
    data["periods"].append(new)
    path = tmp_path / "law.json"
    path.write_text(json.dumps(data, ensure_ascii=False), encoding="utf-8")
    book = LawBook.load(path)
    assert book.in_force(dt.date(2028, 1, 1)).single_criterion == Decimal("1200.50")
    assert book.in_force(dt.date(2027, 12, 31)).single_criterion == Decimal("1010")


def _with_first_period_changed(**changes: Any) -> str:
    data = shipped()
    data["periods"][0].update(changes)
    for key, value in changes.items():
        if value is None:
            del data["periods"][0][key]
    return json.dumps(data)


@pytest.mark.parametrize(
    "changes",
    [
        {"single_criterion": None},  # missing
        {"source": None},
        {"retirement_age_men": None},
        {"family_criterion": "pięćset"},  # not a decimal
        {"family_criterion": "NaN"},
        {"permanent_minimum": "-30"},
        {"farm_income_per_ha": 288.0},  # a JSON number would go through float
        {"valid_from": "1.10.2018"},
        {"confirmed": "X"},
        {"retirement_age_women": "60"},
        {"retirement_age_women": True},
        {"periodic_min_share": "1.5"},
    ],
)
def test_an_invalid_file_is_refused_with_a_code(changes: dict[str, Any]) -> None:
    with pytest.raises(DomainError) as info:
        LawBook.from_json(_with_first_period_changed(**changes))
    assert info.value.code == "law_file_invalid"
    assert next(iter(changes)) in info.value.detail


@pytest.mark.parametrize("text", ["", "[]", '{"periods": []}', '{"periods": {}}', "{not json"])
def test_malformed_documents_are_refused(text: str) -> None:
    with pytest.raises(DomainError) as info:
        LawBook.from_json(text)
    assert info.value.code == "law_file_invalid"


def test_two_periods_starting_the_same_day_are_refused() -> None:
    data = shipped()
    data["periods"].append(dict(data["periods"][0]))
    with pytest.raises(DomainError, match="law_file_invalid"):
        LawBook.from_json(json.dumps(data))


def test_a_missing_file_is_reported_as_invalid(tmp_path: Path) -> None:
    with pytest.raises(DomainError) as info:
        LawBook.load(tmp_path / "nothing.json")
    assert info.value.code == "law_file_invalid"


def test_unknown_keys_are_ignored_so_newer_files_still_load() -> None:
    data = shipped()
    data["periods"][0]["note"] = "uwaga"
    book = LawBook.from_json(json.dumps(data))
    assert book.periods[0].single_criterion == Decimal("701")


def test_parameters_are_immutable() -> None:
    p: LawParameters = default_lawbook().periods[-1]
    with pytest.raises(AttributeError):
        p.single_criterion = Decimal("1")  # type: ignore[misc]
