"""Income tests and amounts of art. 37–41 u.p.s.: the worked examples of DOMAIN.md §5, the edges."""

from __future__ import annotations

import dataclasses
import datetime as dt
from decimal import Decimal

import pytest
from hypothesis import given
from hypothesis import strategies as st

from ops_desktop.domain.benefits import (
    Assessment,
    HouseholdIncome,
    assess,
    assess_periodic,
    assess_permanent,
    assess_purpose,
    assess_special_purpose,
    farm_income,
    has_retirement_age,
    income_per_person,
)
from ops_desktop.domain.errors import DomainError
from ops_desktop.domain.law import LawParameters, default_lawbook
from ops_desktop.domain.money import from_grosze, parse_money, round_money
from ops_desktop.domain.vocabulary import BenefitForm, Sex
from ops_desktop.i18n.format import money as format_money

D = Decimal
P2018 = default_lawbook().in_force(dt.date(2020, 5, 1))
P2022 = default_lawbook().in_force(dt.date(2022, 6, 1))
P2024 = default_lawbook().in_force(dt.date(2024, 6, 1))
P2025 = default_lawbook().in_force(dt.date(2025, 6, 1))


def single(income: str) -> HouseholdIncome:
    return HouseholdIncome(members=1, family_income=D(income), applicant_income=D(income))


def family(members: int, family_income: str, own: str = "0") -> HouseholdIncome:
    return HouseholdIncome(members=members, family_income=D(family_income), applicant_income=D(own))


# --- zasiłek stały (art. 37) -------------------------------------------------------------------

@pytest.mark.parametrize(
    ("income", "amount", "reasons"),
    [
        ("500", "813.00", ()),  # 1 313 − 500
        ("0", "1229.00", ("capped",)),  # 1 313 capped at 1 229
        ("84", "1229.00", ()),  # 1 313 − 84 is exactly the cap: nothing was cut
        ("83.99", "1229.00", ("capped",)),
        ("1009", "304.00", ()),
        ("1009.99", "303.01", ()),  # one grosz below the criterion: still eligible
    ],
)
def test_permanent_single_2025(income: str, amount: str, reasons: tuple[str, ...]) -> None:
    a = assess_permanent(P2025, single(income))
    assert a.eligible and a.amount == D(amount) and a.reasons == reasons
    assert a.minimum == a.maximum == a.amount  # the statute fixes the amount
    assert a.criterion == D("1010") and a.compared_income == D(income)
    assert a.form is BenefitForm.PERMANENT and a.params is P2025


@pytest.mark.parametrize("income", ["1010", "1010.01", "2500"])
def test_permanent_single_not_below_the_criterion_is_refused(income: str) -> None:
    a = assess_permanent(P2025, single(income))
    assert not a.eligible
    assert a.reasons == ("income_not_below_criterion",)
    assert a.amount is None and a.minimum is None and a.maximum is None


def test_permanent_needs_inability_to_work() -> None:
    a = assess_permanent(P2025, single("0"), unable_to_work=False)
    assert not a.eligible and a.reasons == ("not_unable_to_work",) and a.amount is None
    both = assess_permanent(P2025, single("1500"), unable_to_work=False)
    assert both.reasons == ("not_unable_to_work", "income_not_below_criterion")


def test_permanent_2024_base_is_130_percent_of_776() -> None:
    assert P2024.permanent_multiplier * P2024.single_criterion == D("1008.80")
    assert assess_permanent(P2024, single("100")).amount == D("908.80")
    assert assess_permanent(P2024, single("8.80")).amount == D("1000.00")
    capped = assess_permanent(P2024, single("0"))
    assert capped.amount == D("1000.00") and capped.reasons == ("capped",)
    assert assess_permanent(P2024, single("775.99")).amount == D("232.81")
    assert not assess_permanent(P2024, single("776")).eligible


@pytest.mark.parametrize(
    ("params", "income", "amount", "reasons"),
    [
        (P2022, "0", "719.00", ("capped",)),
        (P2022, "100", "676.00", ()),
        (P2022, "746", "30.00", ()),
        (P2022, "770", "30.00", ("raised_to_minimum",)),  # 6 zł raised to the 30 zł minimum
        (P2022, "775.99", "30.00", ("raised_to_minimum",)),
        (P2018, "0", "645.00", ("capped",)),
        (P2018, "700", "30.00", ("raised_to_minimum",)),
    ],
)
def test_permanent_before_2024_is_criterion_minus_income_with_30_zl_minimum(
    params: LawParameters, income: str, amount: str, reasons: tuple[str, ...]
) -> None:
    a = assess_permanent(params, single(income))
    assert a.eligible and a.amount == D(amount) and a.reasons == reasons


def test_permanent_minimum_is_100_from_2024() -> None:
    # With real 2024+ numbers 130% keeps every amount above 100 zł; a 100% variant shows the floor.
    flat = dataclasses.replace(P2025, permanent_multiplier=D("1.00"))
    a = assess_permanent(flat, single("1000"))
    assert a.amount == D("100.00") and a.reasons == ("raised_to_minimum",)
    assert P2024.permanent_minimum == D("100")


def test_permanent_family_2025() -> None:
    a = assess_permanent(P2025, family(3, "1500", own="400"))
    assert a.eligible and a.amount == D("569.90")  # 1 069,90 − 500
    assert a.criterion == D("823") and a.compared_income == D("500")
    zero = assess_permanent(P2025, family(2, "0"))
    assert zero.amount == D("1069.90") and zero.reasons == ()


def test_permanent_family_uses_the_exact_per_person_income() -> None:
    a = assess_permanent(P2025, family(3, "1000"))
    assert a.amount == D("736.57")  # 1 069,90 − 333,333… = 736,566…
    # 1 645,99 / 2 = 822,995 < 823: eligible; 1 069,90 − 822,995 = 246,905 → 246,91 half-up
    edge = assess_permanent(P2025, family(2, "1645.99"))
    assert edge.eligible and edge.amount == D("246.91")
    assert edge.compared_income == D("822.995")


def test_permanent_family_has_no_cap() -> None:
    low_cap = dataclasses.replace(P2025, permanent_cap_single=D("500"))
    a = assess_permanent(low_cap, family(2, "0"))
    assert a.amount == D("1069.90") and "capped" not in a.reasons


@pytest.mark.parametrize(
    ("household", "reasons"),
    [
        (family(2, "1646"), ("per_person_income_not_below_criterion",)),  # 823 per person
        (family(2, "1646.01"), ("per_person_income_not_below_criterion",)),
        (family(3, "1000", own="823"), ("applicant_income_not_below_criterion",)),
        (family(2, "2000", own="1000"), ("applicant_income_not_below_criterion",
                                         "per_person_income_not_below_criterion")),
    ],
)
def test_permanent_family_boundaries(household: HouseholdIncome, reasons: tuple[str, ...]) -> None:
    a = assess_permanent(P2025, household)
    assert not a.eligible and a.reasons == reasons and a.amount is None


def test_permanent_family_applicant_one_grosz_below() -> None:
    a = assess_permanent(P2025, family(3, "1000", own="822.99"))
    assert a.eligible and a.amount == D("736.57")


def test_permanent_family_raised_to_30_before_2024() -> None:
    a = assess_permanent(P2022, family(2, "1180"))  # 600 − 590 = 10
    assert a.amount == D("30.00") and a.reasons == ("raised_to_minimum",)


# --- zasiłek okresowy (art. 38) ----------------------------------------------------------------

@pytest.mark.parametrize(
    ("income", "minimum", "maximum", "reasons"),
    [
        ("0", "505.00", "823.00", ("capped",)),  # gap 1 010 capped at 823; at least half of 1 010
        ("187", "411.50", "823.00", ()),  # gap exactly the cap
        ("500", "255.00", "510.00", ()),
        ("900.01", "55.00", "109.99", ()),  # half of 109,99 is 54,995: rounded up, never lower
        ("960", "25.00", "50.00", ()),
        ("975.01", "20.00", "34.99", ()),  # half would be 17,50: the 20 zł floor wins
        ("1000", "20.00", "20.00", ("raised_to_minimum",)),
        ("1009.99", "20.00", "20.00", ("raised_to_minimum",)),  # a grosz below: 20 zł floor
    ],
)
def test_periodic_single_2025(income: str, minimum: str, maximum: str,
                              reasons: tuple[str, ...]) -> None:
    a = assess_periodic(P2025, single(income))
    assert a.eligible and a.form is BenefitForm.PERIODIC
    assert (a.minimum, a.maximum, a.amount) == (D(minimum), D(maximum), D(maximum))
    assert a.reasons == reasons and a.criterion == D("1010")


@pytest.mark.parametrize("income", ["1010", "1010.01"])
def test_periodic_single_at_or_above_the_criterion_is_refused(income: str) -> None:
    """Art. 38 ust. 1 says "niższy": income equal to the criterion does not qualify."""
    a = assess_periodic(P2025, single(income))
    assert not a.eligible and a.reasons == ("income_above_criterion",)
    assert a.amount is None and a.minimum is None and a.maximum is None


def test_periodic_family_has_no_cap() -> None:
    a = assess_periodic(P2025, family(4, "2000", own="1000"))
    assert a.eligible and a.maximum == D("1292.00")  # 823 × 4 − 2 000
    assert a.minimum == D("646.00") and a.reasons == ()
    assert a.compared_income == D("500") and a.criterion == D("823")


def test_periodic_family_boundaries() -> None:
    below = assess_periodic(P2025, family(2, "1645.99"))
    assert below.eligible and below.amount == D("20.00") and below.reasons == ("raised_to_minimum",)
    assert not assess_periodic(P2025, family(2, "1646")).eligible  # equal: not "niższy"
    assert not assess_periodic(P2025, family(2, "1646.01")).eligible
    half = assess_periodic(P2025, family(3, "2468.99"))  # gap 0,01
    assert half.eligible and half.minimum == D("20.00")


def test_periodic_uses_the_cap_of_its_period() -> None:
    a = assess_periodic(P2018, single("0"))
    assert a.maximum == D("528.00") and a.minimum == D("350.50")
    b = assess_periodic(P2024, single("0"))
    assert b.maximum == D("600.00") and b.minimum == D("388.00")


# --- zasiłek celowy (art. 39) and specjalny (art. 41 pkt 1) --------------------------------------

@pytest.mark.parametrize(
    ("household", "eligible"),
    [
        (single("1010"), True),
        (single("1009.99"), True),
        (single("1010.01"), False),
        (family(2, "1646"), True),
        (family(2, "1646.01"), False),
        (family(3, "2469", own="2469"), True),  # only the per-person income counts here
    ],
)
def test_purpose_uses_the_criterion_inclusively(household: HouseholdIncome, eligible: bool) -> None:
    a = assess_purpose(P2025, household)
    assert a.eligible is eligible and a.amount is None and a.maximum is None
    assert a.reasons == (() if eligible else ("income_above_criterion",))


def test_special_purpose_ceiling_is_the_criterion() -> None:
    s = assess_special_purpose(P2025, single("3000"))
    assert s.eligible and s.amount is None and s.maximum == D("1010.00")
    f = assess_special_purpose(P2025, family(3, "9000"))
    assert f.eligible and f.maximum == D("2469.00") and f.criterion == D("823")
    assert assess_special_purpose(P2018, single("800")).maximum == D("701.00")


def test_dispatcher() -> None:
    h = single("500")
    for form in BenefitForm:
        result = assess(form, P2025, h)
        assert isinstance(result, Assessment) and result.form is form
    assert assess(BenefitForm.PERMANENT, P2025, h, unable_to_work=False).eligible is False
    assert assess("periodic", P2025, h).maximum == D("510.00")  # type: ignore[arg-type]
    with pytest.raises(DomainError, match="unknown_form"):
        assess("loan", P2025, h)  # type: ignore[arg-type]


# --- household, per-person income, farm income, age --------------------------------------------

def test_per_person_is_exact_and_rounded_only_for_display() -> None:
    h = family(3, "1000")
    assert h.per_person != D("333.33") and round_money(h.per_person * 3) == D("1000")
    assert h.per_person_rounded == D("333.33")
    assert family(3, "2000").per_person_rounded == D("666.67")
    assert family(2, "0.05").per_person_rounded == D("0.03")  # half-up
    assert income_per_person(D("1646"), 2) == D("823")
    assert income_per_person(D("700"), 1) == D("700")


@pytest.mark.parametrize(
    ("members", "family_income", "own"),
    [
        (0, D("0"), D("0")),
        (1, D("100"), D("50")),  # a single person's income is the family income
        (2, D("100"), D("150")),  # the applicant cannot earn more than the family
        (2, D("-1"), D("0")),
        (2, 100.0, D("0")),  # never float
    ],
)
def test_household_refuses_impossible_input(members: int, family_income: object,
                                            own: Decimal) -> None:
    with pytest.raises(DomainError) as info:
        HouseholdIncome(members, family_income, own)  # type: ignore[arg-type]
    assert info.value.code == "household_invalid"


def test_income_per_person_refuses_no_members() -> None:
    with pytest.raises(DomainError):
        income_per_person(D("100"), 0)


def test_farm_income_uses_the_amount_per_hectare_of_the_period() -> None:
    assert farm_income(D("2.5"), P2025) == D("1147.50")
    assert farm_income(D("1.2345"), P2025) == D("566.64")  # 566,6355
    assert farm_income(D("1"), P2018) == D("288.00")
    assert farm_income(D("1"), P2022) == D("345.00")
    with pytest.raises(DomainError, match="hectares_invalid"):
        farm_income(D("-1"), P2025)


def test_retirement_age_from_the_parameters() -> None:
    born = dt.date(1965, 3, 10)
    assert has_retirement_age(P2025, born, Sex.FEMALE, dt.date(2025, 3, 10))
    assert not has_retirement_age(P2025, born, Sex.FEMALE, dt.date(2025, 3, 9))
    assert not has_retirement_age(P2025, born, Sex.MALE, dt.date(2029, 3, 9))
    assert has_retirement_age(P2025, born, Sex.MALE, dt.date(2030, 3, 10))


# --- properties ---------------------------------------------------------------------------------

PERIODS = st.sampled_from(default_lawbook().periods)
GROSZE = st.integers(min_value=0, max_value=1_000_000)  # up to 10 000 zł a month


@st.composite
def households(draw: st.DrawFn) -> HouseholdIncome:
    members = draw(st.integers(min_value=1, max_value=8))
    own = from_grosze(draw(GROSZE))
    if members == 1:
        return HouseholdIncome(1, own, own)
    others = from_grosze(draw(GROSZE))
    return HouseholdIncome(members, own + others, own)


@given(PERIODS, households())
def test_permanent_amount_between_minimum_and_cap(params: LawParameters,
                                                  h: HouseholdIncome) -> None:
    a = assess_permanent(params, h)
    if a.eligible:
        assert a.amount is not None and a.amount >= params.permanent_minimum
        assert a.amount == round_money(a.amount)
        if h.single:
            assert a.amount <= params.permanent_cap_single
    else:
        assert a.amount is None


@given(PERIODS, households())
def test_periodic_amount_within_its_range(params: LawParameters, h: HouseholdIncome) -> None:
    a = assess_periodic(params, h)
    if not a.eligible:
        return
    assert a.minimum is not None and a.maximum is not None and a.amount == a.maximum
    assert params.periodic_minimum <= a.minimum <= a.maximum
    gap = (params.single_criterion - h.applicant_income if h.single
           else params.family_criterion * h.members - h.family_income)
    assert a.minimum >= params.periodic_min_share * gap
    if h.single:
        assert a.maximum <= max(params.periodic_single_cap, params.periodic_minimum)


@given(PERIODS, st.integers(1, 6), GROSZE, GROSZE, st.sampled_from(list(BenefitForm)))
def test_eligibility_is_monotone_in_income(params: LawParameters, members: int, a: int, b: int,
                                          form: BenefitForm) -> None:
    low, high = sorted((from_grosze(a), from_grosze(b)))
    own = D("0") if members > 1 else None
    richer = HouseholdIncome(members, high, own if own is not None else high)
    poorer = HouseholdIncome(members, low, own if own is not None else low)
    if assess(form, params, richer).eligible:
        assert assess(form, params, poorer).eligible


@given(st.integers(1, 12), GROSZE)
def test_per_person_times_members_gives_the_family_income(members: int, grosze: int) -> None:
    total = from_grosze(grosze)
    h = HouseholdIncome(members, total, total if members == 1 else D("0"))
    assert round_money(h.per_person * members) == total
    if grosze % members == 0:
        assert h.per_person * members == total


@given(st.integers(min_value=0, max_value=10**10 - 1))
def test_parse_money_reads_back_formatted_amounts(grosze: int) -> None:
    amount = from_grosze(grosze)
    assert parse_money(format_money(amount)) == amount  # "1 229,00 zł" with no-break spaces
    assert parse_money(str(amount)) == amount
    assert parse_money(str(amount).replace(".", ",")) == amount
