"""The facts behind the MRPiPS-03 report of one period, read once each; the service counts.

Only services/mrpips03.py calls these, after its permission check. Each reader returns
plain rows with the person, the family (the person's household as recorded now, a person
with no household a family of one) and the case sign, so every figure can be traced to the
cases behind it. The person is the one counted: a row naming a record merged into another
gives the record it was merged into (storage/counted_persons.py), so one person is counted
once. Nothing here reads names, addresses or notes.
"""

from __future__ import annotations

import datetime as dt
import uuid
from dataclasses import dataclass

from sqlalchemy import and_, func, or_, select
from sqlalchemy.orm import Session

from ops_desktop.domain.vocabulary import CARE_FORM_CODES
from ops_desktop.storage.counted_persons import CountedPerson, household_sizes
from ops_desktop.storage.models import (
    CaseRow,
    DecisionRow,
    HouseholdMemberRow,
    PaymentItemRow,
    PaymentListRow,
    PaymentReturnRow,
    SocialContractRow,
    SocialWorkLogRow,
)

SIGNED, GRANT, APPROVED, CHILD = "signed", "grant", "approved", "child"
MONTHLY_FORMS = ("permanent", "periodic")


@dataclass(frozen=True)
class GrantFact:
    """A signed decision granting a benefit that bears on the period."""

    decision_id: uuid.UUID
    person_id: uuid.UUID  # the person counted (the decision may name a record merged into it)
    family: uuid.UUID
    household_size: int
    case_sign: str
    form: str
    issued_on: dt.date
    period_from: dt.date | None
    period_to: dt.date | None
    amount_grosze: int
    first_month_grosze: int | None
    last_month_grosze: int | None
    grounds: tuple[str, ...]
    # The period start of a later signed decision changing this one (art. 106 ust. 5): its
    # months from then on are the later decision's, not counted twice.
    changed_from: dt.date | None = None


@dataclass(frozen=True)
class Paid:
    """What approved payment lists paid on one decision in the period (returned transfers
    left out: the money came back, and its re-issue is an item of its own)."""

    payments: int
    amount_grosze: int


@dataclass(frozen=True)
class PersonFact:
    """A person counted by a row that needs no amount (social work, contracts)."""

    person_id: uuid.UUID
    family: uuid.UUID
    family_size: int
    case_sign: str
    on: dt.date
    key: uuid.UUID  # the contract, or the log entry


def grants(session: Session, start: dt.date, end: dt.date) -> list[GrantFact]:
    """Signed grants issued by the period's end whose benefit falls in it: a monthly benefit
    whose period overlaps the period; any other benefit issued in the period."""
    monthly = and_(DecisionRow.form.in_(MONTHLY_FORMS), DecisionRow.period_from <= end,
                   or_(DecisionRow.period_to.is_(None), DecisionRow.period_to >= start))
    # A decision granting care is counted in the care row, from its orders (`care` below).
    once = and_(DecisionRow.form.not_in((*MONTHLY_FORMS, *sorted(CARE_FORM_CODES))),
                DecisionRow.issued_on >= start)
    # One grouped read of the changes, not a lookup per decision (corrects_id has no index).
    changes = {r[0]: r[1] for r in session.execute(
        select(DecisionRow.corrects_id, func.min(DecisionRow.period_from))
        .where(DecisionRow.corrects_id.is_not(None), DecisionRow.status == SIGNED,
               DecisionRow.deleted_at.is_(None), DecisionRow.issued_on <= end)
        .group_by(DecisionRow.corrects_id))}
    person = CountedPerson()
    stmt = (select(DecisionRow.id, person.id.label("person_id"), person.family.label("family"),
                   DecisionRow.household_size, DecisionRow.case_sign, DecisionRow.form,
                   DecisionRow.issued_on, DecisionRow.period_from, DecisionRow.period_to,
                   DecisionRow.amount_grosze, DecisionRow.first_month_grosze,
                   DecisionRow.last_month_grosze, DecisionRow.grounds)
            .select_from(person.joined(DecisionRow, DecisionRow.person_id))
            .where(DecisionRow.status == SIGNED, DecisionRow.deleted_at.is_(None),
                   DecisionRow.kind == GRANT, DecisionRow.issued_on <= end, or_(monthly, once))
            .order_by(DecisionRow.issued_on, DecisionRow.case_sign, DecisionRow.id))
    return [GrantFact(r.id, r.person_id, r.family, r.household_size, r.case_sign, r.form,
                      r.issued_on, r.period_from, r.period_to, r.amount_grosze or 0,
                      r.first_month_grosze, r.last_month_grosze,
                      tuple(g for g in (r.grounds or "").split(",") if g), changes.get(r.id))
            for r in session.execute(stmt)]


def paid(session: Session, start: dt.date, end: dt.date) -> dict[uuid.UUID, Paid]:
    """Per decision, the items of approved lists paid (payment date) in the period."""
    stmt = (select(PaymentItemRow.decision_id, func.count(), func.sum(PaymentItemRow.amount_grosze))
            .join(PaymentListRow, PaymentListRow.id == PaymentItemRow.list_id)
            .outerjoin(PaymentReturnRow, and_(PaymentReturnRow.item_id == PaymentItemRow.id,
                                              PaymentReturnRow.deleted_at.is_(None)))
            .where(PaymentListRow.status == APPROVED, PaymentListRow.deleted_at.is_(None),
                   PaymentItemRow.deleted_at.is_(None), PaymentReturnRow.id.is_(None),
                   PaymentListRow.payment_date >= start, PaymentListRow.payment_date <= end)
            .group_by(PaymentItemRow.decision_id))
    return {r[0]: Paid(int(r[1]), int(r[2] or 0)) for r in session.execute(stmt)}


def decisions_on_lists(session: Session, ids: list[uuid.UUID]) -> set[uuid.UUID]:
    """Those of the decisions that approved payment lists ever paid: the others date from
    before the office kept its payments in the program."""
    found: set[uuid.UUID] = set()
    for i in range(0, len(ids), 500):
        stmt = (select(PaymentItemRow.decision_id).distinct()
                .join(PaymentListRow, PaymentListRow.id == PaymentItemRow.list_id)
                .where(PaymentListRow.status == APPROVED, PaymentItemRow.deleted_at.is_(None),
                       PaymentItemRow.decision_id.in_(ids[i:i + 500])))
        found.update(session.scalars(stmt))
    return found


def _with_sizes(session: Session, rows: list[tuple]) -> list[PersonFact]:
    sizes = household_sizes(session, {r[1] for r in rows})
    return [PersonFact(r[0], r[1], sizes[r[1]], r[2], r[3], r[4]) for r in rows]


def social_work(session: Session, start: dt.date, end: dt.date) -> list[PersonFact]:
    person = CountedPerson()
    stmt = (select(person.id, person.family, CaseRow.sign, SocialWorkLogRow.worked_on,
                   SocialWorkLogRow.id)
            .select_from(person.joined(SocialWorkLogRow, SocialWorkLogRow.person_id))
            .join(CaseRow, CaseRow.id == SocialWorkLogRow.case_id)
            .where(SocialWorkLogRow.deleted_at.is_(None), SocialWorkLogRow.worked_on >= start,
                   SocialWorkLogRow.worked_on <= end)
            .order_by(SocialWorkLogRow.worked_on, CaseRow.sign))
    return _with_sizes(session, [tuple(r) for r in session.execute(stmt)])


def contracts(session: Session, start: dt.date, end: dt.date) -> list[PersonFact]:
    """Kontrakty socjalne signed in the period (annexes are not new contracts)."""
    person = CountedPerson()
    stmt = (select(person.id, person.family, CaseRow.sign, SocialContractRow.signed_on,
                   SocialContractRow.id)
            .select_from(person.joined(SocialContractRow, SocialContractRow.person_id))
            .join(CaseRow, CaseRow.id == SocialContractRow.case_id)
            .where(SocialContractRow.deleted_at.is_(None), SocialContractRow.annex_of_id.is_(None),
                   SocialContractRow.signed_on >= start, SocialContractRow.signed_on <= end)
            .order_by(SocialContractRow.signed_on, CaseRow.sign))
    return _with_sizes(session, [tuple(r) for r in session.execute(stmt)])


def families_with_children(session: Session, families: set[uuid.UUID]) -> set[uuid.UUID]:
    """Of the households, those with a member recorded as the applicant's child."""
    found: set[uuid.UUID] = set()
    ids = list(families)
    for i in range(0, len(ids), 500):
        stmt = (select(HouseholdMemberRow.household_id).distinct()
                .where(HouseholdMemberRow.household_id.in_(ids[i:i + 500]),
                       HouseholdMemberRow.deleted_at.is_(None),
                       HouseholdMemberRow.relation == CHILD))
        found.update(session.scalars(stmt))
    return found
