"""The art. 61 split worked out by hand at its edges. Criteria of 2025: single 1010 zł,
per person 823 zł; 300% of them: 3030 zł and 2469 zł per person. Shares 70% / 300% as
resources/law/placements.json has them."""

from __future__ import annotations

import datetime as dt
from decimal import Decimal

import pytest

from ops_desktop.domain.dps_fees import (
    Relation,
    RelativeIncome,
    relative_capacity,
    relative_limit,
    resident_cap,
    split_fee,
)
from ops_desktop.domain.errors import DomainError
from ops_desktop.domain.placement_law import placement_law

LAW = placement_law(dt.date(2026, 1, 1))
SINGLE, FAMILY = 101000, 82300  # grosze


def split(cost: int, income: int, *relatives: RelativeIncome):  # noqa: ANN201
    return split_fee(cost, income, relatives, SINGLE, FAMILY, LAW.resident_share,
                     LAW.relative_threshold)


def son(income: int, agreed: int, members: int = 1) -> RelativeIncome:
    return RelativeIncome("Adam Nowak", Relation.DESCENDANT, members, income, agreed)


def test_the_dated_shares_are_70_and_300_percent() -> None:
    assert (LAW.resident_share, LAW.relative_threshold) == (Decimal("0.70"), Decimal("3.00"))
    assert (LAW.share_percent, LAW.threshold_percent) == ("70", "300")


def test_resident_pays_70_percent_and_the_gmina_the_rest() -> None:
    # income 2000 zł → 1400 zł; cost 6500 zł → the gmina 5100 zł
    s = split(650000, 200000)
    assert (s.resident_cap_grosze, s.resident_grosze, s.gmina_grosze) == (140000, 140000, 510000)


def test_70_percent_rounds_down_to_the_grosz() -> None:
    # 1234,57 zł × 70% = 864,199 zł → 864,19 zł, never a grosz above 70%
    assert resident_cap(123457, LAW.resident_share) == 86419


def test_cost_below_70_percent_of_income_the_resident_pays_the_cost_alone() -> None:
    # income 10 000 zł: 70% is 7000 zł > cost 6500 zł; the son's agreement is not used
    s = split(650000, 1000000, son(1000000, 50000))
    assert (s.resident_grosze, s.relatives_grosze, s.gmina_grosze) == (650000, 0, 0)
    assert s.relatives[0].capacity_grosze == 1000000 - 303000


def test_cost_exactly_70_percent_of_income() -> None:
    s = split(140000, 200000)
    assert (s.resident_grosze, s.gmina_grosze) == (140000, 0)


def test_single_relative_at_exactly_300_percent_pays_nothing() -> None:
    r = son(303000, 0)
    assert relative_limit(r, SINGLE, FAMILY, LAW.relative_threshold) == 303000
    assert relative_capacity(r, 303000) == 0
    with pytest.raises(DomainError, match="agreement_above_capacity"):
        split(650000, 200000, son(303000, 1))  # even a grosz would leave less than 300%


def test_single_relative_a_grosz_above_300_percent_may_pay_that_grosz() -> None:
    s = split(650000, 200000, son(303001, 1))
    assert (s.relatives[0].capacity_grosze, s.relatives[0].pays_grosze) == (1, 1)
    assert s.gmina_grosze == 650000 - 140000 - 1


def test_single_relative_pays_the_agreed_amount_within_capacity() -> None:
    # son earns 4000 zł: may pay up to 970 zł; agreed 500 zł → gmina 6500 − 1400 − 500 = 4600
    s = split(650000, 200000, son(400000, 50000))
    assert (s.relatives[0].capacity_grosze, s.resident_grosze, s.relatives_grosze,
            s.gmina_grosze) == (97000, 140000, 50000, 460000)


def test_family_relative_compares_per_person_income() -> None:
    # daughter's family of 3: 300% × 823 × 3 = 7407 zł must remain
    daughter = RelativeIncome("Ewa Kos", Relation.DESCENDANT, 3, 740700, 0)
    assert relative_limit(daughter, SINGLE, FAMILY, LAW.relative_threshold) == 740700
    assert relative_capacity(daughter, 740700) == 0  # exactly 300% per person: nothing
    above = RelativeIncome("Ewa Kos", Relation.DESCENDANT, 3, 800000, 59300)
    s = split(650000, 200000, above)  # 8000 − 7407 = 593 zł, all of it agreed
    assert (s.relatives[0].pays_grosze, s.gmina_grosze) == (59300, 650000 - 140000 - 59300)


def test_spouse_before_descendants_before_ascendants_and_never_above_the_rest() -> None:
    # cost 3000 zł, resident 1000 zł × 70% = 700 zł; 2300 zł remain.
    mother = RelativeIncome("Zofia Nowak", Relation.ASCENDANT, 1, 600000, 200000)
    wife = RelativeIncome("Anna Nowak", Relation.SPOUSE, 1, 500000, 150000)
    son_ = son(500000, 150000)
    s = split(300000, 100000, mother, son_, wife)
    assert [r.relative.relation for r in s.relatives] == [
        Relation.SPOUSE, Relation.DESCENDANT, Relation.ASCENDANT]
    # wife 1500, son the remaining 800, mother nothing; the gmina nothing
    assert [r.pays_grosze for r in s.relatives] == [150000, 80000, 0]
    assert s.gmina_grosze == 0


def test_no_income_the_gmina_pays_all() -> None:
    s = split(650000, 0)
    assert (s.resident_grosze, s.gmina_grosze) == (0, 650000)


@pytest.mark.parametrize("bad", [-1, True, 1.5, "100"])
def test_amounts_are_whole_non_negative_grosze(bad: object) -> None:
    with pytest.raises(DomainError, match="dps_fee_invalid"):
        split(bad, 100000)  # type: ignore[arg-type]
