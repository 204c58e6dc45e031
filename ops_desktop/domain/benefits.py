"""Income tests and amounts of zasiłek stały, okresowy, celowy, specjalny celowy (DOMAIN.md §4–5)."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from decimal import ROUND_CEILING, Decimal, localcontext

from ops_desktop.domain.errors import DomainError
from ops_desktop.domain.law import LawParameters
from ops_desktop.domain.money import GROSZ, round_money
from ops_desktop.domain.vocabulary import BenefitForm, Sex

# Enough digits that a per-person share (e.g. 1000 / 3) rounds to the same grosz as the exact
# fraction; comparisons never use it anyway (they cross-multiply, see `_within`).
_DIVISION_PRECISION = 50


def _divide(amount: Decimal, members: int) -> Decimal:
    with localcontext() as ctx:
        ctx.prec = _DIVISION_PRECISION
        return amount / Decimal(members)


def _check_amount(value: object, name: str) -> Decimal:
    # Money is Decimal only: a float would already carry a binary rounding error.
    if not isinstance(value, Decimal) or not value.is_finite() or value < 0:
        raise DomainError("household_invalid", f"{name}={value!r}")
    return value


@dataclass(frozen=True)
class HouseholdIncome:
    """Monthly net income (art. 8) of the applicant's household: family total and applicant."""

    members: int
    family_income: Decimal
    applicant_income: Decimal

    def __post_init__(self) -> None:
        if isinstance(self.members, bool) or not isinstance(self.members, int) or self.members < 1:
            raise DomainError("household_invalid", f"members={self.members!r}")
        _check_amount(self.family_income, "family_income")
        _check_amount(self.applicant_income, "applicant_income")
        if self.applicant_income > self.family_income:
            raise DomainError("household_invalid", "applicant income exceeds family income")
        if self.members == 1 and self.family_income != self.applicant_income:
            raise DomainError("household_invalid", "a single person's income is the family income")

    @property
    def single(self) -> bool:
        """Osoba samotnie gospodarująca: the law uses the single-person criterion."""
        return self.members == 1

    @property
    def per_person(self) -> Decimal:
        """Family income / members, not rounded (the statute compares the exact quotient)."""
        return _divide(self.family_income, self.members)

    @property
    def per_person_rounded(self) -> Decimal:
        """The per-person income for display: half-up to grosze."""
        return round_money(self.per_person)


def income_per_person(family_income: Decimal, members: int) -> Decimal:
    """Art. 8 ust. 3 pkt 2: family income divided by the number of persons, unrounded."""
    if isinstance(members, bool) or not isinstance(members, int) or members < 1:
        raise DomainError("household_invalid", f"members={members!r}")
    return _divide(_check_amount(family_income, "family_income"), members)


def farm_income(hectares: Decimal, params: LawParameters) -> Decimal:
    """Art. 8 ust. 8: hectares przeliczeniowe × the monthly amount per hectare, to grosze."""
    if not isinstance(hectares, Decimal) or not hectares.is_finite() or hectares < 0:
        raise DomainError("hectares_invalid", repr(hectares))
    return round_money(hectares * params.farm_income_per_ha)


def has_retirement_age(params: LawParameters, birth_date: dt.date, sex: Sex, on: dt.date) -> bool:
    """Art. 37: unable to work because of age – 60 for women, 65 for men (ages from the data)."""
    age = on.year - birth_date.year - ((on.month, on.day) < (birth_date.month, birth_date.day))
    limit = params.retirement_age_women if sex is Sex.FEMALE else params.retirement_age_men
    return age >= limit


@dataclass(frozen=True)
class Assessment:
    """The result of the income test and the amount the law allows for one form of help."""

    form: BenefitForm
    eligible: bool
    amount: Decimal | None  # proposed amount in grosze precision; None when the office decides
    minimum: Decimal | None
    maximum: Decimal | None
    criterion: Decimal  # single criterion for one person, per-person criterion for a family
    compared_income: Decimal  # own income (single) or per-person income (family), unrounded
    reasons: tuple[str, ...]
    params: LawParameters


def _criterion(params: LawParameters, household: HouseholdIncome) -> Decimal:
    return params.single_criterion if household.single else params.family_criterion


def _compared_income(household: HouseholdIncome) -> Decimal:
    return household.applicant_income if household.single else household.per_person


def _within(params: LawParameters, household: HouseholdIncome) -> bool:
    """Art. 8 ust. 1: income not exceeding (<=) the criterion, compared exactly."""
    if household.single:
        return household.applicant_income <= params.single_criterion
    # per_person <= criterion  ⇔  family income <= criterion × members, with no division.
    return household.family_income <= params.family_criterion * household.members


def _ceil_grosz(amount: Decimal) -> Decimal:
    return amount.quantize(GROSZ, rounding=ROUND_CEILING)


def assess_permanent(params: LawParameters, household: HouseholdIncome,
                     unable_to_work: bool = True) -> Assessment:
    """Zasiłek stały, art. 37: income strictly below (<) the criterion; the amount is statutory."""
    criterion = _criterion(params, household)
    reasons: list[str] = []
    if not unable_to_work:
        reasons.append("not_unable_to_work")
    if household.single:
        if not household.applicant_income < criterion:
            reasons.append("income_not_below_criterion")
    else:
        if not household.applicant_income < criterion:
            reasons.append("applicant_income_not_below_criterion")
        if not household.family_income < criterion * household.members:
            reasons.append("per_person_income_not_below_criterion")
    compared = _compared_income(household)
    if reasons:
        return Assessment(BenefitForm.PERMANENT, False, None, None, None, criterion, compared,
                          tuple(reasons), params)
    if household.single:
        raw = params.permanent_multiplier * criterion - household.applicant_income
        if raw > params.permanent_cap_single:
            raw = params.permanent_cap_single
            reasons.append("capped")
    else:
        # 130% × criterion − family/members, dividing last so the rounding sees the exact value.
        raw = _divide(params.permanent_multiplier * criterion * household.members
                      - household.family_income, household.members)
    if raw < params.permanent_minimum:
        raw = params.permanent_minimum
        reasons.append("raised_to_minimum")
    amount = round_money(raw)
    # The statute fixes the amount, so the only amount a decision may grant is this one.
    return Assessment(BenefitForm.PERMANENT, True, amount, amount, amount, criterion, compared,
                      tuple(reasons), params)


def _below(params: LawParameters, household: HouseholdIncome) -> bool:
    """Art. 38 ust. 1: income "niższy od kryterium" – strictly below (<), compared exactly."""
    if household.single:
        return household.applicant_income < params.single_criterion
    return household.family_income < params.family_criterion * household.members


def assess_periodic(params: LawParameters, household: HouseholdIncome) -> Assessment:
    """Zasiłek okresowy, art. 38: from max(50% of the gap, 20 zł) up to the gap (single: capped).

    Art. 38 ust. 1 grants it to a person or family whose income is lower than the criterion,
    so income equal to the criterion is refused (unlike art. 8's general "not exceeding").
    """
    criterion = _criterion(params, household)
    compared = _compared_income(household)
    if not _below(params, household):
        return Assessment(BenefitForm.PERIODIC, False, None, None, None, criterion, compared,
                          ("income_above_criterion",), params)
    reasons: list[str] = []
    if household.single:
        difference = criterion - household.applicant_income
        maximum = difference
        if maximum > params.periodic_single_cap:
            maximum = params.periodic_single_cap
            reasons.append("capped")
    else:
        difference = criterion * household.members - household.family_income
        maximum = difference
    # Art. 38 ust. 3: "nie może być niższa niż 50% różnicy" – rounding up keeps it not lower.
    minimum = max(_ceil_grosz(params.periodic_min_share * difference), params.periodic_minimum)
    maximum = round_money(maximum)
    if maximum < params.periodic_minimum:
        # Income at (or just under) the criterion: the 20 zł floor still applies.
        maximum = params.periodic_minimum
        reasons.append("raised_to_minimum")
    # Defensive: a data file with a cap below half the criterion must not invert the range.
    minimum = min(minimum, maximum)
    return Assessment(BenefitForm.PERIODIC, True, maximum, minimum, maximum, criterion, compared,
                      tuple(reasons), params)


def assess_purpose(params: LawParameters, household: HouseholdIncome) -> Assessment:
    """Zasiłek celowy, art. 39: the income criterion applies (<=); the office sets the amount."""
    criterion = _criterion(params, household)
    eligible = _within(params, household)
    reasons = () if eligible else ("income_above_criterion",)
    return Assessment(BenefitForm.PURPOSE, eligible, None, None, None, criterion,
                      _compared_income(household), reasons, params)


def assess_special_purpose(params: LawParameters, household: HouseholdIncome) -> Assessment:
    """Specjalny zasiłek celowy, art. 41 pkt 1: any income; up to the single / family criterion."""
    criterion = _criterion(params, household)
    maximum = criterion if household.single else criterion * household.members
    return Assessment(BenefitForm.SPECIAL_PURPOSE, True, None, None, round_money(maximum),
                      criterion, _compared_income(household), (), params)


_ASSESSORS = {
    BenefitForm.PERIODIC: assess_periodic,
    BenefitForm.PURPOSE: assess_purpose,
    BenefitForm.SPECIAL_PURPOSE: assess_special_purpose,
}


def assess(form: BenefitForm, params: LawParameters, household: HouseholdIncome,
           unable_to_work: bool = True) -> Assessment:
    """Run the test of `form`; `unable_to_work` matters only for zasiłek stały."""
    try:
        form = BenefitForm(form)  # a stored code string works as well as the enum member
    except ValueError as exc:
        raise DomainError("unknown_form", str(form)) from exc
    if form is BenefitForm.PERMANENT:
        return assess_permanent(params, household, unable_to_work)
    return _ASSESSORS[form](params, household)
