"""The counting rules of the MRPiPS-03 report, over the facts storage/mrpips03_queries.py reads.

Every row counts a person and a family once however many decisions, bills or entries they
have in the period; a total row is a union, never a sum of rows. Column 2 counts per form:
monthly payments for zasiłek stały and okresowy, decisions for one-off benefits, each
service's own units (hours for care services). Column 3 is what approved payment lists paid
in the period; a decision that no payment list ever paid (from before the office kept its
payments in the program) is counted from the decision itself – its monthly amount for each
month of its period that falls in the reported one – and the row says how many such
decisions it holds. A service row's column 3 is what its reader states
(storage/service_fact_queries.py).
"""

from __future__ import annotations

import datetime as dt
import uuid
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from decimal import Decimal

from ops_desktop.documents.mrpips03_data import NOT_APPLICABLE, CaseLine, Cell
from ops_desktop.domain.money import from_grosze
from ops_desktop.domain.vocabulary import POLISH_FORMS, BenefitForm
from ops_desktop.storage.mrpips03_queries import (
    MONTHLY_FORMS,
    GrantFact,
    Paid,
    PersonFact,
)
from ops_desktop.storage.service_fact_queries import ServiceFact

HUNDRED = Decimal(100)


def _months(start: dt.date, end: dt.date) -> list[dt.date]:
    """The first days of the months from start's to end's, both included."""
    months, m = [], dt.date(start.year, start.month, 1)
    while m <= end:
        months.append(m)
        m = dt.date(m.year + m.month // 12, m.month % 12 + 1, 1)
    return months


def from_decision(g: GrantFact, start: dt.date, end: dt.date) -> tuple[int, int]:
    """(benefits, grosze) of a decision no payment list paid: one benefit for a one-off; for
    a monthly one, each month of its period within the reported period (up to a later
    decision changing it), the first and last month at their part-month amounts when the
    decision states them."""
    if g.form not in MONTHLY_FORMS or g.period_from is None:
        return 1, g.amount_grosze
    first, last = g.period_from, g.period_to or end
    until = min(last, end)
    if g.changed_from is not None:  # the changing decision counts its months itself
        until = min(until, g.changed_from - dt.timedelta(days=1))
    months = _months(max(first, start), until)
    total = 0
    for m in months:
        if m == dt.date(first.year, first.month, 1) and g.first_month_grosze is not None:
            total += g.first_month_grosze
        elif (g.period_to is not None and m == dt.date(last.year, last.month, 1)
              and g.last_month_grosze is not None):
            total += g.last_month_grosze
        else:
            total += g.amount_grosze
    return len(months), total


def decision_text(form: str) -> str:
    return f"decyzja – {POLISH_FORMS[BenefitForm(form)]}"


def families(pairs: Iterable[tuple[uuid.UUID, int]]) -> tuple[int, int]:
    """(families, persons in them): each family once, at the largest size it was assessed."""
    size: dict[uuid.UUID, int] = {}
    for family, n in pairs:
        size[family] = max(size.get(family, 0), n)
    return len(size), sum(size.values())


@dataclass(frozen=True)
class Counted:
    """One decision as the rows count it: its benefits and grosze in the period, the line
    behind it, and whether it was counted from the decision for want of a payment list."""

    benefits: int
    grosze: int
    line: CaseLine
    estimated: bool


def counted(g: GrantFact, paid: dict[uuid.UUID, Paid], on_lists: set[uuid.UUID],
            start: dt.date, end: dt.date) -> Counted:
    if g.decision_id in on_lists:
        p = paid.get(g.decision_id, Paid(0, 0))
        n, amount, estimated = p.payments, p.amount_grosze, False
    else:
        (n, amount), estimated = from_decision(g, start, end), True
    return Counted(n, amount, CaseLine(g.case_sign, g.issued_on, decision_text(g.form),
                                       from_grosze(amount)), estimated)


def grant_figures(facts: Sequence[GrantFact], by_decision: dict[uuid.UUID, Counted]
                  ) -> tuple[tuple[Cell, ...], tuple[CaseLine, ...], int]:
    """Columns 1–5 of a row of decisions, the cases behind it, and how many decisions were
    counted from the decision for want of a payment list."""
    chosen = [by_decision[g.decision_id] for g in facts]
    fams, members = families((g.family, g.household_size) for g in facts)
    cells: tuple[Cell, ...] = (len({g.person_id for g in facts}),
                               sum(c.benefits for c in chosen),
                               from_grosze(sum(c.grosze for c in chosen)), fams, members)
    return cells, tuple(c.line for c in chosen), sum(c.estimated for c in chosen)


def service_figures(facts: Sequence[ServiceFact]
                    ) -> tuple[tuple[Cell, ...], tuple[CaseLine, ...]]:
    """Columns 1–5 of a service row: column 2 in the service's units (hours of care, meals,
    days of shelter, months of a DPS fee), column 3 its amount; each bill or decision a line."""
    units = sum((Decimal(f.units_x100) / HUNDRED for f in facts), Decimal("0.00"))
    fams, members = families((f.family, f.household_size) for f in facts)
    amounts = [f.amount_grosze for f in facts]
    # An amount the program does not hold is brak danych, never counted as 0.
    amount = None if None in amounts else from_grosze(sum(a for a in amounts if a is not None))
    cells: tuple[Cell, ...] = (len({f.person_id for f in facts}), units.quantize(Decimal("0.01")),
                               amount, fams, members)
    return cells, tuple(CaseLine(f.case_sign, f.on, f.what, None if f.amount_grosze is None
                                 else from_grosze(f.amount_grosze)) for f in facts)


def social_work_figures(facts: Sequence[PersonFact]) -> tuple[tuple[Cell, ...], tuple[CaseLine, ...]]:
    """Praca socjalna needs no decision: persons, families and their members; no benefits."""
    fams, members = families((f.family, f.family_size) for f in facts)
    cells: tuple[Cell, ...] = (len({f.person_id for f in facts}), NOT_APPLICABLE, NOT_APPLICABLE,
                               fams, members)
    return cells, _distinct_cases(facts, "praca socjalna")


def contract_figures(facts: Sequence[PersonFact]) -> tuple[tuple[Cell, ...], tuple[CaseLine, ...]]:
    fams, members = families((f.family, f.family_size) for f in facts)
    cells: tuple[Cell, ...] = (len({f.key for f in facts}), len({f.person_id for f in facts}),
                               fams, members)
    return cells, tuple(CaseLine(f.case_sign, f.on, "kontrakt socjalny") for f in facts)


def _distinct_cases(facts: Sequence[PersonFact], what: str) -> tuple[CaseLine, ...]:
    first: dict[str, PersonFact] = {}
    for f in facts:
        first.setdefault(f.case_sign, f)
    return tuple(CaseLine(sign, f.on, what) for sign, f in first.items())


def family_cells(pairs: Iterable[tuple[uuid.UUID, int]]) -> tuple[Cell, ...]:
    """Families and their members, total and rural: the program records no town or rural
    status of a place, so the rural columns are brak danych, not 0."""
    fams, members = families(pairs)
    return (fams, None, members, None)
