"""Who pays for a stay in a dom pomocy społecznej (art. 61 ust. 1–2 u.p.s.), in grosze.

In order: (1) the resident, at most 70% of their own income; (2) the spouse, then the
descendants before the ascendants, by written agreement (art. 103 ust. 2), and only from
income above 300% of the criterion – a single person's own income against the single
criterion, a family's per-person income against the per-person criterion – so that at least
300% remains to them; (3) the gmina that referred the resident pays the rest of the DPS's
average monthly cost. Nobody after the resident pays anything if the resident covers the
cost. The shares are dated data (domain/placement_law.py); comparisons are exact (the
family's per-person test is cross-multiplied, never divided).
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from decimal import ROUND_CEILING, ROUND_FLOOR, Decimal
from enum import StrEnum

from ops_desktop.domain.errors import DomainError


class Relation(StrEnum):
    """Art. 61 ust. 1 pkt 2: spouse first, descendants before ascendants."""

    SPOUSE = "spouse"
    DESCENDANT = "descendant"
    ASCENDANT = "ascendant"


RELATION_ORDER = {Relation.SPOUSE: 0, Relation.DESCENDANT: 1, Relation.ASCENDANT: 2}
POLISH_RELATIONS = {Relation.SPOUSE: "małżonek", Relation.DESCENDANT: "zstępny",
                    Relation.ASCENDANT: "wstępny"}


@dataclass(frozen=True)
class RelativeIncome:
    """A relative obliged to pay and their household: `members` 1 is a single person."""

    name: str
    relation: Relation
    members: int
    household_income_grosze: int  # their own income when single, the family's otherwise
    agreed_grosze: int  # the monthly amount of the written agreement; 0: no agreement


@dataclass(frozen=True)
class RelativeShare:
    relative: RelativeIncome
    limit_grosze: int  # 300% of the criterion: the single one, or per person × members
    capacity_grosze: int  # the most the law lets them pay (what leaves them 300%)
    pays_grosze: int


@dataclass(frozen=True)
class FeeSplit:
    cost_grosze: int
    resident_income_grosze: int
    resident_cap_grosze: int  # 70% of the income, down to the grosz
    resident_grosze: int
    relatives: tuple[RelativeShare, ...]
    gmina_grosze: int

    @property
    def relatives_grosze(self) -> int:
        return sum(r.pays_grosze for r in self.relatives)


def _grosze(value: int, name: str) -> int:
    if isinstance(value, bool) or not isinstance(value, int) or value < 0:
        raise DomainError("dps_fee_invalid", f"{name}={value!r}")
    return value


def resident_cap(income_grosze: int, share: Decimal) -> int:
    """At most `share` of the income: rounded down, so never a grosz above 70%."""
    return int((Decimal(_grosze(income_grosze, "income")) * share).to_integral_value(ROUND_FLOOR))


def relative_limit(relative: RelativeIncome, single_criterion_grosze: int,
                   family_criterion_grosze: int, threshold: Decimal) -> int:
    """The household income that must remain to the relative: 300% of the single criterion,
    or 300% of the per-person criterion times the family's members."""
    if relative.members == 1:
        base = Decimal(single_criterion_grosze)
    else:
        base = Decimal(family_criterion_grosze) * relative.members
    # Criteria are whole złoty, so 300% of them is whole grosze; ceiling keeps "at least".
    return int((base * threshold).to_integral_value(ROUND_CEILING))


def relative_capacity(relative: RelativeIncome, limit_grosze: int) -> int:
    """Only income strictly above the limit pays; at the limit exactly, nothing."""
    return max(0, relative.household_income_grosze - limit_grosze)


def split_fee(cost_grosze: int, resident_income_grosze: int,
              relatives: Sequence[RelativeIncome], single_criterion_grosze: int,
              family_criterion_grosze: int, share: Decimal, threshold: Decimal) -> FeeSplit:
    """The monthly amounts of the resident, each relative (in the statute's order) and the
    gmina. A relative's agreement above what the law lets them pay is refused
    (`agreement_above_capacity`): the office may not sign such an agreement."""
    _grosze(cost_grosze, "cost")
    for r in relatives:
        if isinstance(r.members, bool) or not isinstance(r.members, int) or r.members < 1:
            raise DomainError("dps_fee_invalid", f"members={r.members!r}")
        _grosze(r.household_income_grosze, "household_income")
        _grosze(r.agreed_grosze, "agreed")
    cap = resident_cap(resident_income_grosze, share)
    resident = min(cost_grosze, cap)
    remaining = cost_grosze - resident
    shares: list[RelativeShare] = []
    for r in sorted(relatives, key=lambda r: RELATION_ORDER[Relation(r.relation)]):
        limit = relative_limit(r, single_criterion_grosze, family_criterion_grosze, threshold)
        capacity = relative_capacity(r, limit)
        if r.agreed_grosze > capacity:
            raise DomainError("agreement_above_capacity", r.name)
        pays = min(r.agreed_grosze, remaining)
        remaining -= pays
        shares.append(RelativeShare(r, limit, capacity, pays))
    return FeeSplit(cost_grosze, resident_income_grosze, cap, resident, tuple(shares), remaining)
