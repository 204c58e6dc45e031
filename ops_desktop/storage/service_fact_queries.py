"""The facts behind the services rows of the half-year statistics (MRPiPS-03 dział 1B:
usługi opiekuńcze and the specialist ones, posiłek, schronienie, the gmina's DPS fees).

Each kind of service has one reader in READERS, keyed by the name the form's data gives a
row (resources/law/mrpips03.json, "services"). A reader returns one fact per bill, decision
or month that bears on the period – the person, the family, the case sign, the day, the
units of column 2 and the amount of column 3 – so every figure is traced to its cases. A row
naming a service the program keeps no record of (no reader) is "brak danych w programie",
never 0. A module that starts to keep such a record adds its reader here.

The person and family are the counted ones: a bill or decision naming a record merged into
another gives the record it was merged into (storage/counted_persons.py), so one person is
counted once. Only services/mrpips03.py calls these, after its permission check; nothing
here reads names, addresses or notes.
"""

from __future__ import annotations

import datetime as dt
import uuid
from collections.abc import Callable
from dataclasses import dataclass

from sqlalchemy import ColumnElement, select
from sqlalchemy.orm import Session, aliased

from ops_desktop.domain.clock import wall_today
from ops_desktop.domain.vocabulary import CareKind
from ops_desktop.storage.counted_persons import CountedPerson, household_sizes
from ops_desktop.storage.models import (
    CareBillRow,
    CareDecisionTermsRow,
    CareOrderRow,
    CaseRow,
    DecisionRow,
)
from ops_desktop.storage.models_meals import MealDecisionRow, MealMonthRow
from ops_desktop.storage.models_placements import DpsDecisionRow, ShelterDecisionRow


@dataclass(frozen=True)
class ServiceFact:
    """One bill, decision or month of a service counted in the period."""

    person_id: uuid.UUID  # the person counted (the row may name a record merged into it)
    family: uuid.UUID  # the person's household now (none: the person alone)
    household_size: int  # as the bill or decision assessed it
    case_sign: str
    on: dt.date  # the billed month, or the decision's day
    units_x100: int  # column 2 in hundredths: hours of care, meals, days, months
    amount_grosze: int | None  # column 3; None: the program holds no amount (a shelter's cost)
    what: str  # the line behind the figure: "rachunek za usługi opiekuńcze", …
    # The bill or decision (and the month, for one counted per month): one record read by
    # two services (care and specialist care) is counted once in a total.
    key: tuple[uuid.UUID, dt.date]


Reader = Callable[[Session, dt.date, dt.date], list[ServiceFact]]


def care_bills(session: Session, start: dt.date, end: dt.date) -> list[ServiceFact]:
    """Usługi opiekuńcze (every kind the office bills): the bills of the months in the
    period, a corrected bill left out for its correction; hours, and their cost (hours ×
    the hourly cost, as the bill states both – what the gmina spent, not the fee)."""
    return bills_of_orders(session, start, end, "rachunek za usługi opiekuńcze")


def bills_of_orders(session: Session, start: dt.date, end: dt.date, what: str,
                    *orders: ColumnElement[bool]) -> list[ServiceFact]:
    """The care bills of the period's months, of the orders `orders` choose (none: all)."""
    later = aliased(CareBillRow)
    person = CountedPerson()
    stmt = (select(CareBillRow.id, person.id.label("person_id"), person.family.label("family"),
                   CareBillRow.household_size, CaseRow.sign, CareBillRow.month,
                   CareBillRow.hours_x100, CareBillRow.hourly_cost_grosze)
            .select_from(person.joined(CareBillRow, CareBillRow.person_id))
            .join(CareOrderRow, CareOrderRow.id == CareBillRow.order_id)
            .join(CaseRow, CaseRow.id == CareOrderRow.case_id)
            .where(CareBillRow.deleted_at.is_(None), CareBillRow.month >= start,
                   CareBillRow.month <= end,
                   ~select(later.id).where(later.corrects_id == CareBillRow.id,
                                           later.deleted_at.is_(None)).exists(), *orders)
            .order_by(CareBillRow.month, CaseRow.sign))
    return [ServiceFact(r.person_id, r.family, r.household_size, r.sign, r.month, r.hours_x100,
                        (r.hours_x100 * r.hourly_cost_grosze + 50) // 100,
                        what, (r.id, r.month))
            for r in session.execute(stmt)]


# The services the program keeps records of (care here; specialist care, shelter, the
# gmina's DPS fees and posiłek below).
READERS: dict[str, Reader] = {
    "care": care_bills,
}


# --- placements (storage/models_placements.py) -------------------------------------------

SIGNED = "signed"


def shelter_days(session: Session, start: dt.date, end: dt.date) -> list[ServiceFact]:
    """Schronienie: each signed decision granting a place, its days within the period (up to
    today); the program holds no cost of a place, so column 3 is brak danych."""
    last = min(end, wall_today())
    person = CountedPerson()
    stmt = (select(ShelterDecisionRow.id, person.id.label("person_id"),
                   person.family.label("family"), CaseRow.sign, ShelterDecisionRow.decided_on,
                   ShelterDecisionRow.starts_on, ShelterDecisionRow.ends_on)
            .select_from(person.joined(ShelterDecisionRow, ShelterDecisionRow.person_id))
            .join(CaseRow, CaseRow.id == ShelterDecisionRow.case_id)
            .where(ShelterDecisionRow.status == SIGNED, ShelterDecisionRow.deleted_at.is_(None),
                   ShelterDecisionRow.starts_on <= last, ShelterDecisionRow.ends_on >= start)
            .order_by(ShelterDecisionRow.decided_on, CaseRow.sign))
    rows = list(session.execute(stmt))
    sizes = household_sizes(session, {r.family for r in rows})
    return [ServiceFact(r.person_id, r.family, sizes[r.family], r.sign, r.decided_on,
                        ((min(r.ends_on, last) - max(r.starts_on, start)).days + 1) * 100, None,
                        "decyzja – schronienie", (r.id, r.decided_on))
            for r in rows]


def _month_starts(first: dt.date, last: dt.date) -> int:
    """The calendar months from first's to last's, both included."""
    return (last.year - first.year) * 12 + last.month - first.month + 1


def dps_gmina_fees(session: Session, start: dt.date, end: dt.date) -> list[ServiceFact]:
    """Odpłatność gminy za pobyt w DPS: each signed art. 61 fee decision, the gmina's monthly
    part for each month of its stay within the period (up to this month), until a later fee
    decision of the same placement takes over."""
    last = min(end, wall_today())
    person = CountedPerson()
    stmt = (select(DpsDecisionRow.id, person.id.label("person_id"), person.family.label("family"),
                   CaseRow.sign, DpsDecisionRow.decided_on, DpsDecisionRow.starts_on,
                   DpsDecisionRow.placement_id, DpsDecisionRow.gmina_grosze)
            .select_from(person.joined(DpsDecisionRow, DpsDecisionRow.person_id))
            .join(CaseRow, CaseRow.id == DpsDecisionRow.case_id)
            .where(DpsDecisionRow.kind == "fee", DpsDecisionRow.status == SIGNED,
                   DpsDecisionRow.deleted_at.is_(None), DpsDecisionRow.starts_on <= last)
            .order_by(DpsDecisionRow.placement_id, DpsDecisionRow.starts_on))
    rows = list(session.execute(stmt))
    sizes = household_sizes(session, {r.family for r in rows})
    facts = []
    for i, r in enumerate(rows):
        following = rows[i + 1] if i + 1 < len(rows) else None
        until = last
        if following is not None and following.placement_id == r.placement_id:
            until = min(until, following.starts_on.replace(day=1) - dt.timedelta(days=1))
        first = max(r.starts_on, start)
        if until < first or not r.gmina_grosze:
            continue
        months = _month_starts(first, until)
        facts.append(ServiceFact(r.person_id, r.family, sizes[r.family], r.sign, r.decided_on,
                                 months * 100, months * r.gmina_grosze,
                                 "decyzja – odpłatność gminy za pobyt w DPS",
                                 (r.id, r.decided_on)))
    return facts


READERS.update({"shelter": shelter_days, "dps_fee": dps_gmina_fees})


# --- specialist care (care_decision_terms) ----------------------------------------------

SPECIALIST_KINDS = (CareKind.SPECIALIST.value, CareKind.SPECIALIST_MENTAL.value)


def specialist_care_bills(session: Session, start: dt.date, end: dt.date) -> list[ServiceFact]:
    """Specjalistyczne usługi opiekuńcze: the bills of orders carrying out a signed decision
    that granted them (also for persons with mental disorders). An order without a linked
    decision names it only in words, so its bills count in 1B.13 alone."""
    specialist = (select(CareDecisionTermsRow.decision_id)
                  .join(DecisionRow, DecisionRow.id == CareDecisionTermsRow.decision_id)
                  .where(CareDecisionTermsRow.care_kind.in_(SPECIALIST_KINDS),
                         CareDecisionTermsRow.deleted_at.is_(None),
                         DecisionRow.status == SIGNED))
    return bills_of_orders(session, start, end,
                           "rachunek za specjalistyczne usługi opiekuńcze",
                           CareOrderRow.decision_id.in_(specialist))


READERS["specialist_care"] = specialist_care_bills


# --- posiłek (storage/models_meals.py) ---------------------------------------------------


def meals_given(session: Session, start: dt.date, end: dt.date) -> list[ServiceFact]:
    """Posiłek: the meals given in each month of the period under a signed decision (the
    latest count of a month); the amount is meals × the price of a meal where the office
    pays it (free meals). A paid meal's amount is not held: the party pays "na zasadach
    określonych uchwałą rady gminy" (the decision's words), a share the program does not
    record, so what the office paid towards it is brak danych (None), never a made-up 0."""
    person = CountedPerson()
    stmt = (select(MealMonthRow.id, MealMonthRow.decision_id, MealMonthRow.month,
                   MealMonthRow.meals, person.id.label("person_id"),
                   person.family.label("family"), MealDecisionRow.household_size,
                   MealDecisionRow.price_grosze, MealDecisionRow.free, CaseRow.sign)
            .select_from(person.joined(MealDecisionRow, MealDecisionRow.person_id))
            .join(MealMonthRow, MealDecisionRow.id == MealMonthRow.decision_id)
            .join(CaseRow, CaseRow.id == MealDecisionRow.case_id)
            .where(MealDecisionRow.status == SIGNED, MealDecisionRow.deleted_at.is_(None),
                   MealMonthRow.deleted_at.is_(None), MealMonthRow.month >= start,
                   MealMonthRow.month <= end)
            .order_by(MealMonthRow.month, CaseRow.sign, MealMonthRow.updated_at))
    latest = {(r.decision_id, r.month): r for r in session.execute(stmt)}
    return [ServiceFact(r.person_id, r.family, r.household_size, r.sign, r.month,
                        r.meals * 100, r.meals * r.price_grosze if r.free else None,
                        "decyzja – posiłek" + ("" if r.free else " (odpłatny)"),
                        (r.decision_id, r.month))
            for r in latest.values()]


READERS["meal"] = meals_given


def read(session: Session, names: set[str], start: dt.date,
         end: dt.date) -> dict[str, list[ServiceFact]]:
    """The facts of each named service the program keeps; a name without a reader is left
    out, so its rows show that the program holds no data for them."""
    return {name: READERS[name](session, start, end) for name in sorted(names)
            if name in READERS}
