"""Queries for the controller's duties: everything held about one person, and retention.

Only services/personal_data.py calls these, after its permission checks. "About the person"
means rows that name the person (person_id) and the notes kept in the person's own cases.
"""

from __future__ import annotations

import datetime as dt
import uuid
from collections.abc import Sequence
from typing import Any

from sqlalchemy import ColumnElement, Select, and_, func, or_, select, update
from sqlalchemy.orm import Session, selectinload

from ops_desktop.storage import plan_anonymisation
from ops_desktop.storage.person_merge import family
from ops_desktop.storage.triggers import CARE_TERMS_BLANK, MEAL_BLANK
from ops_desktop.storage.models_meals import MealDecisionRow
from ops_desktop.storage.models_placements import DpsDecisionRow, ShelterDecisionRow
from ops_desktop.storage.models import (
    AppealRow,
    ApplicationRow,
    AuditRow,
    CareOrderRow,
    CareDecisionTermsRow,
    CareSupervisionRow,
    BlueCardPartyRow,
    BlueCardRow,
    BlueCardStepRow,
    CareBillPaymentRow,
    CareBillRow,
    CaseRow,
    DeadlinePauseRow,
    DecisionRow,
    DelayNoticeRow,
    HouseholdMemberRow,
    IncomeRow,
    IntakeRow,
    InterviewRow,
    PaymentItemRow,
    PaymentListRow,
    PersonRow,
    ProgrammeRow,
    ReferralForwardRow,
    ReferralRow,
    SocialContractRow,
    SocialWorkLogRow,
    PaymentReturnRow,
    UndueClaimRow,
    SocialWorkNoteRow,
    Tracked,
    UserRow,
)

# In progress: registered, or suspended by a postanowienie (KPA art. 97) until resumed.
OPEN_APPLICATIONS = ("registered", "suspended")

# One entry of the audit log about the person: (when, who, action, entity).
AccessRecord = tuple[dt.datetime, str, str, str]


def person(session: Session, person_id: uuid.UUID) -> PersonRow | None:
    row = session.get(PersonRow, person_id)
    return None if row is None or row.deleted_at is not None else row


def household(session: Session, household_id: uuid.UUID) -> list[tuple[PersonRow, str]]:
    """The members of a household with their relation to the applicant, in their order."""
    stmt = (
        select(PersonRow, HouseholdMemberRow.relation)
        .join(HouseholdMemberRow, HouseholdMemberRow.person_id == PersonRow.id)
        .where(HouseholdMemberRow.household_id == household_id,
               HouseholdMemberRow.deleted_at.is_(None))
        .order_by(HouseholdMemberRow.position)
    )
    return [(row, relation) for row, relation in session.execute(stmt)]


def cases(session: Session, person_id: uuid.UUID) -> Sequence[CaseRow]:
    stmt = select(CaseRow).where(CaseRow.person_id == person_id, CaseRow.deleted_at.is_(None))
    return session.scalars(stmt.order_by(CaseRow.opened_on, CaseRow.sign)).all()


def intakes(session: Session, person_id: uuid.UUID) -> Sequence[IntakeRow]:
    stmt = select(IntakeRow).where(IntakeRow.person_id == person_id, IntakeRow.deleted_at.is_(None))
    return session.scalars(stmt.order_by(IntakeRow.received_at)).all()


def referrals(session: Session, person_id: uuid.UUID) -> Sequence[ReferralRow]:
    stmt = select(ReferralRow).where(ReferralRow.person_id == person_id,
                                     ReferralRow.deleted_at.is_(None))
    return session.scalars(stmt.order_by(ReferralRow.created_at)).all()


def applications(session: Session, person_id: uuid.UUID) -> Sequence[ApplicationRow]:
    stmt = (
        select(ApplicationRow)
        .where(ApplicationRow.person_id == person_id, ApplicationRow.deleted_at.is_(None))
        .options(selectinload(ApplicationRow.case))
        .order_by(ApplicationRow.received_on)
    )
    return session.scalars(stmt).all()


def incomes(session: Session, person_id: uuid.UUID) -> Sequence[IncomeRow]:
    """The person's incomes, in their own applications and in those of household members."""
    stmt = (
        select(IncomeRow)
        .join(ApplicationRow, ApplicationRow.id == IncomeRow.application_id)
        .where(IncomeRow.person_id == person_id, IncomeRow.deleted_at.is_(None))
        .options(selectinload(IncomeRow.application).selectinload(ApplicationRow.case))
        .order_by(ApplicationRow.received_on, IncomeRow.created_at)
    )
    return session.scalars(stmt).all()


def decisions(session: Session, person_id: uuid.UUID) -> Sequence[DecisionRow]:
    stmt = select(DecisionRow).where(DecisionRow.person_id == person_id,
                                     DecisionRow.deleted_at.is_(None))
    return session.scalars(stmt.order_by(DecisionRow.created_at)).all()


def notes(session: Session, person_id: uuid.UUID) -> list[tuple[SocialWorkNoteRow, str]]:
    """Notes about the person or kept in the person's cases, each with its case's sign."""
    own_cases = select(CaseRow.id).where(CaseRow.person_id == person_id)
    stmt = (
        select(SocialWorkNoteRow, CaseRow.sign)
        .join(CaseRow, CaseRow.id == SocialWorkNoteRow.case_id)
        .where(or_(SocialWorkNoteRow.person_id == person_id,
                   SocialWorkNoteRow.case_id.in_(own_cases)),
               SocialWorkNoteRow.deleted_at.is_(None))
        .order_by(SocialWorkNoteRow.noted_on, SocialWorkNoteRow.created_at)
    )
    return [(row, sign) for row, sign in session.execute(stmt)]


# The records added later to the copy name exactly one person each (person_id): only the
# person's own rows, never those of a household member kept on the same case.


def _own_with_case_sign(session: Session, model: Any, person_id: uuid.UUID,
                        first_order: Any) -> list[tuple[Any, str]]:
    """The person's live rows of `model` (it has person_id and case_id), each with its
    case's sign, oldest first."""
    stmt = (
        select(model, CaseRow.sign)
        .join(CaseRow, CaseRow.id == model.case_id)
        .where(model.person_id == person_id, model.deleted_at.is_(None))
        .order_by(first_order, model.created_at)
    )
    return [(row, sign) for row, sign in session.execute(stmt)]


def interviews(session: Session, person_id: uuid.UUID) -> list[tuple[InterviewRow, str]]:
    """The person's family interviews and their updates, each with its case's sign."""
    return _own_with_case_sign(session, InterviewRow, person_id, InterviewRow.learned_on)


def log_entries(session: Session, person_id: uuid.UUID) -> list[tuple[SocialWorkLogRow, str]]:
    """The social-work log's entries about the person, each with its case's sign."""
    return _own_with_case_sign(session, SocialWorkLogRow, person_id, SocialWorkLogRow.worked_on)


def care_orders(session: Session, person_id: uuid.UUID) -> list[tuple[CareOrderRow, str]]:
    return _own_with_case_sign(session, CareOrderRow, person_id, CareOrderRow.starts_on)


def dps_decisions(session: Session, person_id: uuid.UUID
                  ) -> list[tuple[DpsDecisionRow, str, str]]:
    """The person's DPS decisions with their case's sign and the home's name."""
    from ops_desktop.storage.models_placements import DpsHomeRow

    return [(row, sign, home.name if (home := session.get(DpsHomeRow, row.home_id)) else "")
            for row, sign in _own_with_case_sign(session, DpsDecisionRow, person_id,
                                                 DpsDecisionRow.decided_on)]


def shelter_decisions(session: Session, person_id: uuid.UUID
                      ) -> list[tuple[ShelterDecisionRow, str, str]]:
    """The person's shelter decisions with their case's sign and the shelter's name."""
    from ops_desktop.storage.models_placements import ShelterRow

    return [(row, sign, shelter.institution
             if (shelter := session.get(ShelterRow, row.shelter_id)) else "")
            for row, sign in _own_with_case_sign(session, ShelterDecisionRow, person_id,
                                                 ShelterDecisionRow.decided_on)]


def meal_decisions(session: Session, person_id: uuid.UUID
                   ) -> list[tuple[MealDecisionRow, str]]:
    """The meal decisions the person is the party of, with their case's sign."""
    return _own_with_case_sign(session, MealDecisionRow, person_id, MealDecisionRow.decided_on)


def care_bills(session: Session, person_id: uuid.UUID) -> Sequence[CareBillRow]:
    stmt = select(CareBillRow).where(CareBillRow.person_id == person_id,
                                     CareBillRow.deleted_at.is_(None))
    return session.scalars(stmt.order_by(CareBillRow.month, CareBillRow.issued_on)).all()


def payment_items(session: Session, person_id: uuid.UUID
                  ) -> list[tuple[PaymentItemRow, PaymentListRow]]:
    """The person's payments, each with the list it stands on."""
    stmt = (
        select(PaymentItemRow, PaymentListRow)
        .join(PaymentListRow, PaymentListRow.id == PaymentItemRow.list_id)
        .where(PaymentItemRow.person_id == person_id, PaymentItemRow.deleted_at.is_(None),
               PaymentListRow.deleted_at.is_(None))
        .order_by(PaymentItemRow.benefit_month, PaymentListRow.payment_date)
    )
    return [(item, lst) for item, lst in session.execute(stmt)]


def accesses(session: Session, person_id: uuid.UUID) -> list[AccessRecord]:
    """Who opened or changed the person's file and when: names, times and actions only."""
    stmt = (
        select(AuditRow.at, func.coalesce(UserRow.full_name, ""), AuditRow.action, AuditRow.entity)
        .outerjoin(UserRow, UserRow.id == AuditRow.actor_id)
        .where(AuditRow.person_id == person_id)
        .order_by(AuditRow.seq)
    )
    return [(at, name, action, entity) for at, name, action, entity in session.execute(stmt)]


# --- retention ---------------------------------------------------------------------------


def retention_cases(session: Session) -> list[tuple[uuid.UUID, str, dt.date, str]]:
    """Closed cases of persons who may be anonymised: (person, team, closed on, sign).

    A person qualifies only with no open case, no application still in progress, and not
    anonymised already; whether each case is past its retention is the service's reckoning.
    """
    open_cases = select(CaseRow.person_id).where(CaseRow.closed_on.is_(None),
                                                 CaseRow.deleted_at.is_(None))
    open_applications = select(ApplicationRow.person_id).where(
        ApplicationRow.status.in_(OPEN_APPLICATIONS), ApplicationRow.deleted_at.is_(None))
    stmt = (
        select(CaseRow.person_id, CaseRow.team_code, CaseRow.closed_on, CaseRow.sign)
        .join(PersonRow, PersonRow.id == CaseRow.person_id)
        .where(CaseRow.deleted_at.is_(None),
               CaseRow.closed_on.is_not(None),
               PersonRow.anonymised_at.is_(None),
               PersonRow.deleted_at.is_(None),
               CaseRow.person_id.not_in(open_cases),
               CaseRow.person_id.not_in(open_applications))
        .order_by(CaseRow.person_id, CaseRow.closed_on)
    )
    return [(pid, team, closed, sign) for pid, team, closed, sign in session.execute(stmt)
            if closed is not None]


def persons(session: Session, person_ids: Sequence[uuid.UUID]) -> Sequence[PersonRow]:
    if not person_ids:
        return []
    stmt = select(PersonRow).where(PersonRow.id.in_(person_ids))
    return session.scalars(stmt.order_by(PersonRow.search_name, PersonRow.id)).all()


def _own_cases(person_ids: Sequence[uuid.UUID]) -> Select:
    return select(CaseRow.id).where(CaseRow.person_id.in_(person_ids))


def _log_about(person_ids: Sequence[uuid.UUID]) -> ColumnElement[bool]:
    """Log entries on the persons' cases: their short notes may tell of the person."""
    return or_(SocialWorkLogRow.person_id.in_(person_ids),
               SocialWorkLogRow.case_id.in_(_own_cases(person_ids)))


def _interviews_about(person_ids: Sequence[uuid.UUID]) -> ColumnElement[bool]:
    """Family interviews of the persons or on their cases: the answers tell the family's
    whole situation, health and violence among it."""
    return or_(InterviewRow.person_id.in_(person_ids),
               InterviewRow.case_id.in_(_own_cases(person_ids)))


def _blue_cards_about(person_ids: Sequence[uuid.UUID]) -> Select:
    """Niebieska Karta procedures on the persons' cases or naming them as a party."""
    named = select(BlueCardPartyRow.blue_card_id).where(BlueCardPartyRow.person_id.in_(person_ids))
    return select(BlueCardRow.id).where(or_(BlueCardRow.case_id.in_(_own_cases(person_ids)),
                                            BlueCardRow.id.in_(named)))


def _own_applications(person_ids: Sequence[uuid.UUID]) -> Select:
    return select(ApplicationRow.id).where(ApplicationRow.person_id.in_(person_ids))


def _meals_about(person_ids: Sequence[uuid.UUID]) -> ColumnElement[bool]:
    """Meal decisions of the persons, and those granting them meals in another's household."""
    return or_(MealDecisionRow.person_id.in_(person_ids),
               MealDecisionRow.beneficiary_id.in_(person_ids))


def _care_terms_of(person_ids: Sequence[uuid.UUID]) -> ColumnElement[bool]:
    return CareDecisionTermsRow.decision_id.in_(
        select(DecisionRow.id).where(DecisionRow.person_id.in_(person_ids)))


def _blanked_where(person_ids: Sequence[uuid.UUID]) -> dict[type[Tracked], ColumnElement[bool]]:
    """Which rows anonymising the persons rewrites, tombstones included (they still hold data).

    Incomes: the persons' own anywhere, and every income in their own applications, since
    a source such as an employer's name may point back at the household.
    """
    return {
        IntakeRow: IntakeRow.person_id.in_(person_ids),
        ReferralRow: ReferralRow.person_id.in_(person_ids),
        SocialWorkNoteRow: or_(SocialWorkNoteRow.person_id.in_(person_ids),
                               SocialWorkNoteRow.case_id.in_(_own_cases(person_ids))),
        DecisionRow: DecisionRow.person_id.in_(person_ids),
        IncomeRow: or_(IncomeRow.person_id.in_(person_ids),
                       IncomeRow.application_id.in_(_own_applications(person_ids))),
    }


_KEYS: dict[type[Tracked], str] = {
    IntakeRow: "intakes", ReferralRow: "referrals", SocialWorkNoteRow: "social_work_notes",
    DecisionRow: "decisions", IncomeRow: "incomes",
}


def blanked_counts(session: Session, person_id: uuid.UUID) -> dict[str, int]:
    """How many records of each kind anonymising the person would blank: with the records
    merged into them, which anonymisation blanks too (storage/person_merge.py)."""
    return {
        _KEYS[model]: int(session.scalar(select(func.count()).select_from(model).where(where)) or 0)
        for model, where in _blanked_where(family(session, [person_id])).items()
    }


def blanked_values(name: tuple[str, str]) -> dict[str, dict[str, Any]]:
    """What anonymisation writes into each kind of row about the person, by table.

    The same values blank a change about an anonymised person that comes later from another
    PC (storage/anonymisation.py), so its data never comes back."""
    first_name, last_name = name
    return {
        "persons": dict(first_name=first_name, last_name=last_name,
                        # Not found by any search: a list of anonymised people helps nobody.
                        search_name="", pesel=None, id_document_type=None,
                        id_document_number=None, birth_date=None, street="", building="",
                        flat="", postal_code="", city="", phone="", homeless=False,
                        delivery_street="", delivery_building="", delivery_flat="",
                        delivery_postal_code="", delivery_city=""),
        "intakes": dict(problem="", advice_given="", reported_by="", other_ground=""),
        "referrals": dict(reason="", return_reason=""),
        "social_work_notes": dict(text=""),
        "social_work_log": dict(note=""),
        # Who reported the violence and what was noted tell the family's story.
        "blue_cards": dict(filled_by="", note=""),
        "blue_card_steps": dict(note=""),
        "decisions": dict(party_name=f"{first_name} {last_name}", party_address="",
                          party_delivery_address="", party_pesel=None, bank_account=None,
                          reasoning="", purpose="", party_dative="", other_ground="",
                          ruling_detail=""),
        "incomes": dict(source=""),
        # Why a team passed the person's referral on is a narrative about the person too.
        "referral_forwards": dict(reason=""),
        # What a zasiłek celowy was for ("leki na depresję") says as much as a narrative.
        "applications": dict(purpose="", other_ground="", defects=""),
        # Why a case was closed or reopened, in the team's words, may tell of the person too.
        "cases": dict(close_note="", reopen_note=""),
        # The scope of care names what the person cannot do alone: a health fact.
        "care_orders": dict(scope=""),
        # A care decision's scope and the place it is given (the person's home), once the
        # decision is anonymised (storage/triggers.py allows this one change).
        "care_decision_terms": dict(CARE_TERMS_BLANK),
        # A payment's receipt or transfer title ("wpłata od syna Adama") may name the family.
        "care_bill_payments": dict(reference=""),
        # What a check of the client's care found, or their complaint, and its follow-up.
        "care_supervisions": dict(findings="", follow_up="", recommendations=""),
        # A family interview's answers and where it was held (the family's home).
        "interviews": dict(answers="{}", place=""),
        # A returned transfer's note and new account; a claim's reasoning tells the story
        # of the undue benefit (what the person did not report).
        "payment_returns": dict(note="", reissue_account=None),
        "undue_claims": dict(reasoning=""),
        # A DPS placement's reasons tell the person's health, its fee decision names the
        # relatives and their incomes; a shelter decision's reasons tell of homelessness.
        "dps_decisions": dict(reasoning="", relatives="[]"),
        "shelter_decisions": dict(reasoning=""),
        # A meal decision's reasons, and its place: the school or canteen names where the
        # person (or the household's child) eats (storage/triggers.py lets a signed one take it).
        "meal_decisions": dict(MEAL_BLANK),
        # Who was paid, on an approved list too (once: storage/triggers.py); the list's
        # amounts, months and case signs stay as the office's accounting record.
        "payment_items": dict(party_name=f"{first_name} {last_name}", party_address="",
                              party_pesel=None, bank_account=None),
        # Why the deadline paused or was late ("czekamy na opinię lekarza") tells of the person.
        "deadline_pauses": dict(reason=""),
        "delay_notices": dict(reason=""),
        # Who lodged an appeal, what it says, and the list sent to the SKO (it names them).
        "appeals": dict(lodged_by="", summary="", forwarded_documents=""),
        # A kontrakt socjalny, an individual programme or a help plan: the person's
        # situation, goals and the persons named on it.
        **plan_anonymisation.BLANKED,
    }


def blanked_rows(session: Session, person_ids: Sequence[uuid.UUID]) -> dict[str, set[str]]:
    """The ids of every row anonymising the persons rewrites, by table (as text)."""
    where = _blanked_where(person_ids)
    conditions: dict[type[Tracked], ColumnElement[bool]] = {
        PersonRow: PersonRow.id.in_(person_ids), **where,
        ReferralForwardRow: ReferralForwardRow.referral_id.in_(
            select(ReferralRow.id).where(where[ReferralRow])),
        ApplicationRow: ApplicationRow.person_id.in_(person_ids),
        CaseRow: CaseRow.person_id.in_(person_ids),
        SocialWorkLogRow: _log_about(person_ids),
        CareOrderRow: CareOrderRow.person_id.in_(person_ids),
        CareDecisionTermsRow: _care_terms_of(person_ids),
        CareBillPaymentRow: CareBillPaymentRow.person_id.in_(person_ids),
        CareSupervisionRow: CareSupervisionRow.person_id.in_(person_ids),
        InterviewRow: _interviews_about(person_ids),
        BlueCardRow: BlueCardRow.id.in_(_blue_cards_about(person_ids)),
        BlueCardStepRow: BlueCardStepRow.blue_card_id.in_(_blue_cards_about(person_ids)),
        PaymentReturnRow: PaymentReturnRow.person_id.in_(person_ids),
        UndueClaimRow: UndueClaimRow.person_id.in_(person_ids),
        DpsDecisionRow: DpsDecisionRow.person_id.in_(person_ids),
        ShelterDecisionRow: ShelterDecisionRow.person_id.in_(person_ids),
        MealDecisionRow: _meals_about(person_ids),
        PaymentItemRow: PaymentItemRow.person_id.in_(person_ids),
        DeadlinePauseRow: DeadlinePauseRow.application_id.in_(_own_applications(person_ids)),
        DelayNoticeRow: DelayNoticeRow.application_id.in_(_own_applications(person_ids)),
        AppealRow: AppealRow.person_id.in_(person_ids),
        ProgrammeRow: plan_anonymisation.plans_about(ProgrammeRow, person_ids),
        SocialContractRow: plan_anonymisation.plans_about(SocialContractRow, person_ids),
    }
    return {model.__tablename__: {str(i) for i in session.scalars(select(model.id).where(c))}
            for model, c in conditions.items()}


def anonymise(session: Session, person_ids: Sequence[uuid.UUID], actor_id: uuid.UUID | None,
              name: tuple[str, str], now: dt.datetime) -> dict[str, int]:
    """Replace the persons' personal data everywhere; returns how many rows of each kind changed.

    Plain UPDATE statements, not changed objects: the audit log records every change of an
    object field by field, before and after, which would copy the very data being removed
    into the log. The service records the anonymisation itself as one event instead.
    Case signs, dates, amounts, forms of help and art. 7 grounds stay for the registers and
    statistics; a signed decision takes this one change (storage/triggers.py) and only once.
    """
    touched = {"updated_at": now, "updated_by": actor_id}
    where = _blanked_where(person_ids)
    blank = blanked_values(name)

    def run(model: type[Tracked], condition: ColumnElement[bool], **values: Any) -> int:
        stmt = (update(model).where(condition)
                .values(version=model.version + 1, **touched, **values,
                        **blank[model.__tablename__])
                .execution_options(synchronize_session=False))
        return int(session.execute(stmt).rowcount)  # type: ignore[attr-defined]

    counts = {
        "persons": run(PersonRow, and_(PersonRow.id.in_(person_ids),
                                       PersonRow.anonymised_at.is_(None)), anonymised_at=now),
        "intakes": run(IntakeRow, where[IntakeRow]),
        "referrals": run(ReferralRow, where[ReferralRow]),
        "social_work_notes": run(SocialWorkNoteRow, where[SocialWorkNoteRow]),
        "decisions": run(DecisionRow, and_(where[DecisionRow], DecisionRow.anonymised_at.is_(None)),
                         anonymised_at=now),
        "incomes": run(IncomeRow, where[IncomeRow]),
    }
    run(ReferralForwardRow, ReferralForwardRow.referral_id.in_(
        select(ReferralRow.id).where(where[ReferralRow])))
    run(ApplicationRow, ApplicationRow.person_id.in_(person_ids))
    run(CaseRow, CaseRow.person_id.in_(person_ids))
    run(SocialWorkLogRow, _log_about(person_ids))
    run(CareOrderRow, CareOrderRow.person_id.in_(person_ids))
    run(CareDecisionTermsRow, _care_terms_of(person_ids))  # after their decisions
    run(CareBillPaymentRow, CareBillPaymentRow.person_id.in_(person_ids))
    run(CareSupervisionRow, CareSupervisionRow.person_id.in_(person_ids))
    run(InterviewRow, _interviews_about(person_ids))
    run(BlueCardRow, BlueCardRow.id.in_(_blue_cards_about(person_ids)))
    run(BlueCardStepRow, BlueCardStepRow.blue_card_id.in_(_blue_cards_about(person_ids)))
    run(PaymentReturnRow, PaymentReturnRow.person_id.in_(person_ids))
    run(UndueClaimRow, UndueClaimRow.person_id.in_(person_ids))
    run(DpsDecisionRow, DpsDecisionRow.person_id.in_(person_ids))
    run(ShelterDecisionRow, ShelterDecisionRow.person_id.in_(person_ids))
    run(MealDecisionRow, _meals_about(person_ids))
    run(PaymentItemRow, and_(PaymentItemRow.person_id.in_(person_ids),
                             PaymentItemRow.anonymised_at.is_(None)), anonymised_at=now)
    run(DeadlinePauseRow, DeadlinePauseRow.application_id.in_(_own_applications(person_ids)))
    run(DelayNoticeRow, DelayNoticeRow.application_id.in_(_own_applications(person_ids)))
    run(AppealRow, AppealRow.person_id.in_(person_ids))
    plan_anonymisation.blank(session, person_ids, actor_id, now)
    return counts
