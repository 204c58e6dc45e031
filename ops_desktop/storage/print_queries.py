"""The print centre's queue: one grouped query per kind of paper (services/print_centre.py).

Each query lists a kind's printable records of a span of days with the facts the queue shows
(day, team, author, person, case sign, number) in one SELECT; none reads a record's
content (reasoning, answers, narratives), which only the kind's own service puts on paper.
The audit log's print entries are read back here too: the print log.
"""

from __future__ import annotations

import datetime as dt
import uuid
from dataclasses import dataclass
from typing import Any

from sqlalchemy import ColumnElement, DateTime, Select, case, func, literal, select
from sqlalchemy.orm import Session, aliased

from ops_desktop.storage.models import (
    AuditRow,
    BlueCardRow,
    CareBillRow,
    CareOrderRow,
    CareSupervisionRow,
    ApplicationRow,
    CaseRow,
    DecisionRow,
    DelayNoticeRow,
    InterviewRow,
    PaymentListRow,
    PersonRow,
    ReferralRow,
    SocialContractRow,
    UserRow,
)
from ops_desktop.storage.models_meals import MealDecisionRow
from ops_desktop.storage.models_placements import DpsDecisionRow, ShelterDecisionRow


@dataclass(frozen=True)
class Span:
    """What the queue is filtered by: days (inclusive), teams (codes), the author."""

    first: dt.date
    last: dt.date
    teams: frozenset[str]
    author_id: uuid.UUID | None = None


@dataclass(frozen=True)
class PrintableRow:
    record_id: uuid.UUID
    on: dt.date
    team: str
    author_id: uuid.UUID | None
    author_name: str
    person_id: uuid.UUID | None
    person_name: str
    case_sign: str
    number: str
    detail: str  # a code the screen words (a decision's form), or ""


_Author = aliased(UserRow)


def _person_name() -> ColumnElement[str]:
    return PersonRow.first_name + literal(" ") + PersonRow.last_name


def _run(session: Session, stmt: Select[Any], day: ColumnElement[Any], team: ColumnElement[Any],
         author: ColumnElement[Any], span: Span) -> list[PrintableRow]:
    if isinstance(day.type, DateTime):
        # A moment's day, compared as moments: a cast to a date differs between databases.
        after = dt.datetime.combine(span.first, dt.time())
        before = dt.datetime.combine(span.last + dt.timedelta(days=1), dt.time())
        stmt = stmt.where(day >= after, day < before)
    else:
        stmt = stmt.where(day >= span.first, day <= span.last)
    stmt = stmt.where(team.in_(sorted(span.teams)))
    if span.author_id is not None:
        stmt = stmt.where(author == span.author_id)
    return [PrintableRow(r[0], _as_date(r[1]), r[2] or "", r[3], r[4] or "", r[5],
                         r[6] or "", r[7] or "", r[8] or "", r[9] or "")
            for r in session.execute(stmt.order_by(day, stmt.selected_columns[0]))]


def _as_date(value: object) -> dt.date:
    if isinstance(value, dt.datetime):
        return value.date()
    if isinstance(value, dt.date):
        return value
    return dt.date.fromisoformat(str(value)[:10])


# A decision naming the one it changes (art. 106 ust. 5, or granting an appeal) is listed
# as a change, as its paper says, whatever its ruling's kind.
CHANGE = "change"


def signed_decisions(session: Session, span: Span) -> list[PrintableRow]:
    team = func.coalesce(CaseRow.team_code, literal("benefits"))
    kind = case((DecisionRow.corrects_id.is_not(None)
                 & DecisionRow.kind.in_(("grant", "refusal")), literal(CHANGE)),
                else_=DecisionRow.kind)
    stmt = (select(DecisionRow.id, DecisionRow.issued_on, team, DecisionRow.created_by,
                   _Author.full_name, DecisionRow.person_id,
                   func.coalesce(func.nullif(DecisionRow.party_name, ""), _person_name()),
                   DecisionRow.case_sign, kind, DecisionRow.form)
            .join(PersonRow, PersonRow.id == DecisionRow.person_id)
            .outerjoin(CaseRow, CaseRow.sign == DecisionRow.case_sign)
            .outerjoin(_Author, _Author.id == DecisionRow.created_by)
            .where(DecisionRow.status == "signed", DecisionRow.deleted_at.is_(None)))
    return _run(session, stmt, DecisionRow.issued_on, team, DecisionRow.created_by, span)


def delay_notices(session: Session, span: Span) -> list[PrintableRow]:
    """Zawiadomienia o niezałatwieniu sprawy w terminie (KPA art. 36), by the day notified."""
    stmt = (select(DelayNoticeRow.id, DelayNoticeRow.notified_on, CaseRow.team_code,
                   DelayNoticeRow.created_by, DelayNoticeRow.worker_name, DelayNoticeRow.person_id,
                   _person_name(), CaseRow.sign, literal(""), ApplicationRow.form)
            .join(ApplicationRow, ApplicationRow.id == DelayNoticeRow.application_id)
            .join(CaseRow, CaseRow.id == ApplicationRow.case_id)
            .join(PersonRow, PersonRow.id == DelayNoticeRow.person_id)
            .where(DelayNoticeRow.deleted_at.is_(None)))
    return _run(session, stmt, DelayNoticeRow.notified_on, CaseRow.team_code,
                DelayNoticeRow.created_by, span)


def signed_contracts(session: Session, span: Span) -> list[PrintableRow]:
    stmt = (select(SocialContractRow.id, SocialContractRow.signed_on, CaseRow.team_code,
                   SocialContractRow.created_by, _Author.full_name, SocialContractRow.person_id,
                   _person_name(), CaseRow.sign, literal(""),
                   case((SocialContractRow.annex_of_id.is_(None), literal("")),
                        else_=literal("annex")))
            .join(CaseRow, CaseRow.id == SocialContractRow.case_id)
            .join(PersonRow, PersonRow.id == SocialContractRow.person_id)
            .outerjoin(_Author, _Author.id == SocialContractRow.created_by)
            .where(SocialContractRow.status == "signed", SocialContractRow.deleted_at.is_(None)))
    return _run(session, stmt, SocialContractRow.signed_on, CaseRow.team_code,
                SocialContractRow.created_by, span)


def completed_interviews(session: Session, span: Span) -> list[PrintableRow]:
    stmt = (select(InterviewRow.id, InterviewRow.conducted_on, CaseRow.team_code,
                   InterviewRow.worker_id, InterviewRow.worker_name, InterviewRow.person_id,
                   _person_name(), CaseRow.sign, InterviewRow.kind, literal(""))
            .join(CaseRow, CaseRow.id == InterviewRow.case_id)
            .join(PersonRow, PersonRow.id == InterviewRow.person_id)
            .where(InterviewRow.status == "completed", InterviewRow.deleted_at.is_(None)))
    return _run(session, stmt, InterviewRow.conducted_on, CaseRow.team_code,
                InterviewRow.worker_id, span)


def care_bills(session: Session, span: Span) -> list[PrintableRow]:
    stmt = (select(CareBillRow.id, CareBillRow.issued_on, CaseRow.team_code, CareBillRow.issued_by,
                   _Author.full_name, CareBillRow.person_id, _person_name(), CaseRow.sign,
                   CareBillRow.number, literal(""))
            .join(CareOrderRow, CareOrderRow.id == CareBillRow.order_id)
            .join(CaseRow, CaseRow.id == CareOrderRow.case_id)
            .join(PersonRow, PersonRow.id == CareBillRow.person_id)
            .outerjoin(_Author, _Author.id == CareBillRow.issued_by)
            .where(CareBillRow.deleted_at.is_(None)))
    return _run(session, stmt, CareBillRow.issued_on, CaseRow.team_code, CareBillRow.issued_by,
                span)


def approved_payment_lists(session: Session, span: Span) -> list[PrintableRow]:
    # A list is the benefits team's; who prepared it is its author.
    stmt = (select(PaymentListRow.id, PaymentListRow.approved_at, literal("benefits"),
                   PaymentListRow.created_by, PaymentListRow.prepared_name, literal(None),
                   literal(""), literal(""), PaymentListRow.number, PaymentListRow.method)
            .where(PaymentListRow.status == "approved", PaymentListRow.deleted_at.is_(None)))
    return _run(session, stmt, PaymentListRow.approved_at, literal("benefits"),
                PaymentListRow.created_by, span)


def referral_slips(session: Session, span: Span) -> list[PrintableRow]:
    # The slip is the sending team's paper: the desk hands it to the client.
    stmt = (select(ReferralRow.id, ReferralRow.created_at, ReferralRow.from_team,
                   ReferralRow.created_by, _Author.full_name, ReferralRow.person_id,
                   _person_name(), literal(""), ReferralRow.number, ReferralRow.to_team)
            .join(PersonRow, PersonRow.id == ReferralRow.person_id)
            .outerjoin(_Author, _Author.id == ReferralRow.created_by)
            .where(ReferralRow.deleted_at.is_(None)))
    return _run(session, stmt, ReferralRow.created_at, ReferralRow.from_team,
                ReferralRow.created_by, span)


def blue_card_letters(session: Session, span: Span) -> list[PrintableRow]:
    stmt = (select(BlueCardRow.id, BlueCardRow.form_a_on, CaseRow.team_code,
                   BlueCardRow.recorded_by, _Author.full_name, CaseRow.person_id,
                   _person_name(), CaseRow.sign, literal(""), literal(""))
            .join(CaseRow, CaseRow.id == BlueCardRow.case_id)
            .join(PersonRow, PersonRow.id == CaseRow.person_id)
            .outerjoin(_Author, _Author.id == BlueCardRow.recorded_by)
            .where(BlueCardRow.deleted_at.is_(None)))
    return _run(session, stmt, BlueCardRow.form_a_on, CaseRow.team_code, BlueCardRow.recorded_by,
                span)


def _signed_placements(session: Session, span: Span, row: Any, kind: Any
                       ) -> list[PrintableRow]:
    """Signed DPS or shelter decisions (their own tables, storage/models_placements.py): the
    services team's papers, dated by their signing; `kind` the detail the screen words."""
    stmt = (select(row.id, row.signed_at, CaseRow.team_code, row.signed_by, _Author.full_name,
                   row.person_id, _person_name(), CaseRow.sign, row.number, kind)
            .join(CaseRow, CaseRow.id == row.case_id)
            .join(PersonRow, PersonRow.id == row.person_id)
            .outerjoin(_Author, _Author.id == row.signed_by)
            .where(row.status == "signed", row.deleted_at.is_(None)))
    return _run(session, stmt, row.signed_at, CaseRow.team_code, row.signed_by, span)


def dps_decisions(session: Session, span: Span) -> list[PrintableRow]:
    return _signed_placements(session, span, DpsDecisionRow, DpsDecisionRow.kind)


def shelter_decisions(session: Session, span: Span) -> list[PrintableRow]:
    return _signed_placements(session, span, ShelterDecisionRow, literal("shelter"))


def meal_decisions(session: Session, span: Span) -> list[PrintableRow]:
    return _signed_placements(session, span, MealDecisionRow, MealDecisionRow.kind)


def authors(session: Session) -> list[tuple[uuid.UUID, str]]:
    """Every account that may have written a paper, by name (the queue's worker filter)."""
    stmt = select(UserRow.id, UserRow.full_name).where(UserRow.deleted_at.is_(None))
    return sorted(((r[0], r[1]) for r in session.execute(stmt)), key=lambda r: r[1])


@dataclass(frozen=True)
class PrintEntry:
    at: dt.datetime
    actor_name: str
    entity: str
    entity_id: str | None
    changes: str | None


def print_log(session: Session, action: str, limit: int) -> list[PrintEntry]:
    """The newest `limit` audit entries of `action`, newest first, with who made them."""
    stmt = (select(AuditRow.at, UserRow.full_name, AuditRow.entity, AuditRow.entity_id,
                   AuditRow.changes)
            .outerjoin(UserRow, UserRow.id == AuditRow.actor_id)
            .where(AuditRow.action == action)
            .order_by(AuditRow.seq.desc()).limit(limit))
    return [PrintEntry(r[0], r[1] or "", r[2], r[3], r[4]) for r in session.execute(stmt)]


def closed_supervisions(session: Session, span: Span) -> list[PrintableRow]:
    """Protocols of closed checks and complaints, the services team's, on the day closed;
    who closed it is its author. One about a provider only names no person."""
    stmt = (select(CareSupervisionRow.id, CareSupervisionRow.closed_on, literal("services"),
                   CareSupervisionRow.updated_by, CareSupervisionRow.closed_by_name,
                   CareSupervisionRow.person_id, _person_name(), CaseRow.sign, literal(""),
                   CareSupervisionRow.kind)
            .outerjoin(PersonRow, PersonRow.id == CareSupervisionRow.person_id)
            .outerjoin(CareOrderRow, CareOrderRow.id == CareSupervisionRow.order_id)
            .outerjoin(CaseRow, CaseRow.id == CareOrderRow.case_id)
            .where(CareSupervisionRow.closed_on.is_not(None),
                   CareSupervisionRow.deleted_at.is_(None)))
    return _run(session, stmt, CareSupervisionRow.closed_on, literal("services"),
                CareSupervisionRow.updated_by, span)
