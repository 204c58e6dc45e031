"""Kontrakt socjalny: drawn up, signed, reviewed, changed by annex and ended (art. 108 u.p.s.).

Only the social-work team writes contracts; it and the head read them (domain/permissions.py).
A draft is edited freely; once both sides have signed, the contract never changes – this
service refuses and the store's triggers refuse (storage/triggers.py). A change is an annex
referring to it, with its own text, actions and period, signed in turn. Reviews record each
action's status on a day; the contract ends once, with its reason. The benefits team learns
only that a person broke a contract and when (`broken_contracts`): a possible art. 11 ust. 2
ground, never the story behind it.
"""

from __future__ import annotations

import datetime as dt
import json
import uuid
from dataclasses import dataclass

from ops_desktop.documents.social_work_data import ContractOnPaper, PlanOnPaper
from ops_desktop.domain.contracts import (
    MAX_ANNEX_TEXT,
    MAX_REFERRAL,
    MAX_WORKER_PHONE,
    Assessment,
    ContractStatus,
    EndReason,
    Party,
    Variant,
    assessment_errors,
    contract_texts,
    ending_errors,
    signing_errors,
)
from ops_desktop.domain.errors import ConflictError, FieldError, NotFound, ValidationError
from ops_desktop.domain.fields import INVALID, choice_errors, text_errors
from ops_desktop.domain.permissions import Permission
from ops_desktop.domain.plans import (
    Action,
    ActionStatus,
    Goal,
    Period,
    Review,
    actions_errors,
    goals_errors,
    period_errors,
)
from ops_desktop.domain.vocabulary import Team
from ops_desktop.services import plan_records as plans
from ops_desktop.services.context import Actor, require, require_team
from ops_desktop.services.office import OfficeService
from ops_desktop.storage import audit, plan_acts, queries
from ops_desktop.storage import contract_queries as contracts_q
from ops_desktop.storage.database import Database
from ops_desktop.storage.models import (
    CaseRow,
    SocialContractRow,
    office_today,
    utcnow,
)

TEAM = Team.SOCIAL_WORK.value
ENTITY = "social_contracts"


@dataclass(frozen=True)
class ContractInput:
    """What the worker writes into a draft contract."""

    variant: Variant
    party_ids: tuple[uuid.UUID, ...]  # the family members taking part besides the person
    worker_phone: str
    assessment: Assessment
    main_goal: str
    specific_goals: tuple[str, ...]
    actions: tuple[Action, ...]
    starts_on: dt.date
    ends_on: dt.date
    labour_office_referral: str = ""  # variant B: the PUP's referral, when there is one


@dataclass(frozen=True)
class AnnexInput:
    text: str  # what the annex changes and why
    actions: tuple[Action, ...]  # the actions table as the annex makes it
    starts_on: dt.date
    ends_on: dt.date


@dataclass(frozen=True)
class ContractView:
    id: uuid.UUID
    case_id: uuid.UUID
    case_sign: str
    person_id: uuid.UUID
    annex_of_id: uuid.UUID | None
    variant: Variant
    status: ContractStatus
    parties: tuple[Party, ...]
    worker_name: str
    worker_phone: str
    labour_office_referral: str
    assessment: Assessment
    main_goal: str
    specific_goals: tuple[Goal, ...]
    annex_text: str
    period: Period
    clause: str
    clause_source: str
    actions: tuple[Action, ...]
    reviews: tuple[Review, ...]
    annex_ids: tuple[uuid.UUID, ...]
    signed_on: dt.date | None
    ended_on: dt.date | None
    end_reason: EndReason | None
    end_note: str
    made_on: dt.date  # the day the draft was made: the wording in force then

    @property
    def signed(self) -> bool:
        return self.status is ContractStatus.SIGNED

    @property
    def is_annex(self) -> bool:
        return self.annex_of_id is not None


@dataclass(frozen=True)
class BrokenContract:
    """All the benefits team learns of a broken contract (art. 11 ust. 2 u.p.s.)."""

    person_id: uuid.UUID
    broken_on: dt.date


def _view(s: object, row: SocialContractRow) -> ContractView:
    case = queries.get(s, CaseRow, row.case_id)  # type: ignore[arg-type]
    return ContractView(
        id=row.id, case_id=row.case_id, case_sign=case.sign if case else "",
        person_id=row.person_id, annex_of_id=row.annex_of_id, variant=Variant(row.variant),
        status=ContractStatus(row.status),
        parties=plans.parties_of(row.parties),
        worker_name=row.worker_name, worker_phone=row.worker_phone,
        labour_office_referral=row.labour_office_referral,
        assessment=Assessment(row.causes, row.strengths, row.limitations,
                              row.unemployment_causes, row.qualifications,
                              row.earlier_activation),
        main_goal=row.main_goal,
        specific_goals=tuple(Goal(g) for g in json.loads(row.specific_goals)),
        annex_text=row.annex_text, period=Period(row.starts_on, row.ends_on),
        clause=row.clause, clause_source=row.clause_source,
        actions=plans.actions_of(s, row.id), reviews=plans.reviews_of(s, row.id),
        annex_ids=tuple(a.id for a in contracts_q.annexes(s, row.id)),  # type: ignore[arg-type]
        signed_on=row.signed_on, ended_on=row.ended_on,
        end_reason=EndReason(row.end_reason) if row.end_reason else None,
        end_note=row.end_note, made_on=row.created_at.date(),
    )


def contract_errors(data: object, household: set[uuid.UUID]) -> list[FieldError]:
    """What is wrong with a draft: every field checked, so the form marks all at once."""
    if not isinstance(data, ContractInput):
        return [FieldError("contract", INVALID)]
    errors = choice_errors("variant", data.variant, Variant)
    if not isinstance(data.party_ids, tuple) or not all(
            isinstance(p, uuid.UUID) and p in household for p in data.party_ids):
        errors.append(FieldError("party_ids", INVALID))
    elif data.variant is Variant.B and data.party_ids:
        errors.append(FieldError("party_ids", "variant_b_one_person"))
    errors += text_errors("worker_phone", data.worker_phone, MAX_WORKER_PHONE, required=True)
    errors += text_errors("labour_office_referral", data.labour_office_referral, MAX_REFERRAL)
    if isinstance(data.variant, Variant):
        errors += assessment_errors(data.variant, data.assessment)
        if data.variant is Variant.A and isinstance(data.labour_office_referral, str) \
                and data.labour_office_referral.strip():
            errors.append(FieldError("labour_office_referral", "variant_b_only"))
    errors += goals_errors(data.main_goal, list(data.specific_goals)
                           if isinstance(data.specific_goals, tuple) else data.specific_goals)
    dated = period_errors(data.starts_on, data.ends_on)
    errors += dated
    period = None if dated else Period(data.starts_on, data.ends_on)
    return errors + actions_errors(data.actions, period)


def annex_errors(data: object) -> list[FieldError]:
    if not isinstance(data, AnnexInput):
        return [FieldError("annex", INVALID)]
    errors = text_errors("text", data.text, MAX_ANNEX_TEXT, required=True, multiline=True)
    dated = period_errors(data.starts_on, data.ends_on)
    period = None if dated else Period(data.starts_on, data.ends_on)
    return errors + dated + actions_errors(data.actions, period)


class ContractService:
    def __init__(self, db: Database) -> None:
        self.db = db

    # --- reading ------------------------------------------------------------------------

    @staticmethod
    def _case(s: object, case_id: uuid.UUID) -> CaseRow:
        case = queries.get(s, CaseRow, case_id)  # type: ignore[arg-type]
        if case is None or case.deleted_at is not None:
            raise NotFound("case", case_id)
        if case.team_code != TEAM:
            raise ConflictError("not_social_work_case", case.sign)
        return case

    @staticmethod
    def _row(s: object, contract_id: uuid.UUID) -> SocialContractRow:
        row = contracts_q.contract(s, contract_id)  # type: ignore[arg-type]
        if row is None:
            raise NotFound("social_contract", contract_id)
        return row

    def contract(self, actor: Actor, contract_id: uuid.UUID) -> ContractView:
        require_team(actor, Permission.READ_SOCIAL_CONTRACTS, TEAM)
        with self.db.session(actor.user_id) as s:
            row = self._row(s, contract_id)
            audit.record(s, actor.user_id, "view", ENTITY, str(row.id), row.person_id)
            return _view(s, row)

    def contracts_of_case(self, actor: Actor, case_id: uuid.UUID) -> list[ContractView]:
        """The case's contracts with their annexes, the earliest first (a family may hold
        several at once)."""
        require_team(actor, Permission.READ_SOCIAL_CONTRACTS, TEAM)
        with self.db.session(actor.user_id) as s:
            case = self._case(s, case_id)
            audit.record(s, actor.user_id, "view", ENTITY, None, case.person_id,
                         {"case": case.sign})
            return [_view(s, r) for r in contracts_q.contracts_of_case(s, case_id)]

    def document(self, actor: Actor, contract_id: uuid.UUID) -> ContractOnPaper:
        """The contract (or annex) as it prints; putting it on paper is logged."""
        require_team(actor, Permission.READ_SOCIAL_CONTRACTS, TEAM)
        office = OfficeService(self.db).settings().on_paper()
        with self.db.session(actor.user_id) as s:
            row = self._row(s, contract_id)
            view = _view(s, row)
            base = None if row.annex_of_id is None else self._row(s, row.annex_of_id)
            audit.record(s, actor.user_id, "print", ENTITY, str(row.id), row.person_id)
        return ContractOnPaper(
            plan=PlanOnPaper.of(office, view), texts=contract_texts(view.made_on),
            variant=view.variant, labour_office_referral=view.labour_office_referral,
            assessment=view.assessment, clause=view.clause, annex_text=view.annex_text,
            annex_of_signed_on=None if base is None else base.signed_on)

    def render(self, actor: Actor, contract_id: uuid.UUID) -> bytes:
        from ops_desktop.documents.social_contract import render_contract
        return render_contract(self.document(actor, contract_id))

    def signed_ids(self, actor: Actor) -> list[uuid.UUID]:
        require_team(actor, Permission.READ_SOCIAL_CONTRACTS, TEAM)
        with self.db.session(actor.user_id) as s:
            return list(contracts_q.signed_contracts(s))

    def broken_contracts(self, actor: Actor, person_id: uuid.UUID) -> list[BrokenContract]:
        """For the benefits team: the contracts the person's household broke, each only as
        the fact and its date."""
        require(actor, Permission.READ_BROKEN_CONTRACTS)
        with self.db.session(actor.user_id) as s:
            members = queries.household_member_ids(s, person_id)
            return [BrokenContract(pid, on) for pid, on in contracts_q.broken(s, members)
                    if isinstance(on, dt.date)]

    # --- writing ------------------------------------------------------------------------

    def _fill(self, s: object, row: SocialContractRow, case: CaseRow, data: ContractInput,
              actor: Actor) -> None:
        errors = contract_errors(data, set(queries.household_member_ids(  # type: ignore[arg-type]
            s, case.person_id)) - {case.person_id})
        if errors:
            raise ValidationError(errors)
        a = data.assessment
        row.variant = data.variant.value
        row.parties = plans.parties_json(s, case, data.party_ids)
        row.worker_name = actor.full_name
        row.worker_phone = data.worker_phone.strip()
        row.labour_office_referral = data.labour_office_referral.strip()
        for name in ("causes", "strengths", "limitations", "unemployment_causes",
                     "qualifications", "earlier_activation"):
            setattr(row, name, plans.clean(getattr(a, name)))
        row.main_goal = plans.clean(data.main_goal)
        row.specific_goals = json.dumps([g.strip() for g in data.specific_goals],
                                        ensure_ascii=False)
        row.starts_on, row.ends_on = data.starts_on, data.ends_on

    def draft(self, actor: Actor, case_id: uuid.UUID, data: ContractInput) -> ContractView:
        """A new draft contract on a social-work case, made with the case's person."""
        require_team(actor, Permission.WRITE_SOCIAL_CONTRACTS, TEAM)
        with self.db.session(actor.user_id) as s:
            case = self._case(s, case_id)
            if case.closed_on is not None:
                raise ConflictError("case_closed", case.sign)
            texts = contract_texts(office_today())
            row = SocialContractRow(case_id=case.id, person_id=case.person_id,
                                    status=ContractStatus.DRAFT.value, clause=texts.clause,
                                    clause_source=texts.source)
            self._fill(s, row, case, data, actor)
            queries.add(s, row)
            plans.write_actions(s, row.id, data.actions)
            return _view(s, row)

    def _running(self, s: object, contract_id: uuid.UUID) -> SocialContractRow:
        """A signed contract (not an annex) that has not ended."""
        row = self._row(s, contract_id)
        if row.annex_of_id is not None:
            raise ConflictError("is_annex")
        if row.status != ContractStatus.SIGNED.value:
            raise ConflictError("contract_not_signed")
        if row.ended_on is not None:
            raise ConflictError("contract_ended")
        return row

    def _draft_row(self, s: object, contract_id: uuid.UUID) -> SocialContractRow:
        row = self._row(s, contract_id)
        if row.status != ContractStatus.DRAFT.value:
            raise ConflictError("contract_signed")
        return row

    def update_draft(self, actor: Actor, contract_id: uuid.UUID,
                     data: ContractInput) -> ContractView:
        require_team(actor, Permission.WRITE_SOCIAL_CONTRACTS, TEAM)
        with self.db.session(actor.user_id) as s:
            row = self._draft_row(s, contract_id)
            if row.annex_of_id is not None:
                raise ConflictError("is_annex")
            self._fill(s, row, self._case(s, row.case_id), data, actor)
            s.flush()
            plans.write_actions(s, row.id, data.actions)
            return _view(s, row)

    def annex(self, actor: Actor, contract_id: uuid.UUID, data: AnnexInput) -> ContractView:
        """A draft annex to a signed, running contract: its own text, actions and period."""
        require_team(actor, Permission.WRITE_SOCIAL_CONTRACTS, TEAM)
        with self.db.session(actor.user_id) as s:
            base = self._running(s, contract_id)  # a draft is simply edited
            errors = annex_errors(data)
            if errors:
                raise ValidationError(errors)
            row = SocialContractRow(
                case_id=base.case_id, person_id=base.person_id, annex_of_id=base.id,
                variant=base.variant, status=ContractStatus.DRAFT.value, parties=base.parties,
                worker_name=actor.full_name, worker_phone=base.worker_phone,
                annex_text=plans.clean(data.text), starts_on=data.starts_on, ends_on=data.ends_on,
                clause=base.clause, clause_source=base.clause_source)
            queries.add(s, row)
            plans.write_actions(s, row.id, data.actions)
            return _view(s, row)

    def update_annex(self, actor: Actor, annex_id: uuid.UUID, data: AnnexInput) -> ContractView:
        require_team(actor, Permission.WRITE_SOCIAL_CONTRACTS, TEAM)
        with self.db.session(actor.user_id) as s:
            row = self._draft_row(s, annex_id)
            if row.annex_of_id is None:
                raise ConflictError("not_annex")
            errors = annex_errors(data)
            if errors:
                raise ValidationError(errors)
            row.annex_text, row.starts_on, row.ends_on = (plans.clean(data.text), data.starts_on,
                                                          data.ends_on)
            s.flush()
            plans.write_actions(s, row.id, data.actions)
            return _view(s, row)

    def sign(self, actor: Actor, contract_id: uuid.UUID, signed_on: dt.date) -> ContractView:
        """Record that both sides signed on `signed_on`: from now on it never changes."""
        require_team(actor, Permission.WRITE_SOCIAL_CONTRACTS, TEAM)
        with self.db.session(actor.user_id) as s:
            row = self._draft_row(s, contract_id)
            errors = signing_errors(signed_on, row.starts_on, office_today())
            if errors:
                raise ValidationError(errors)
            if not contracts_q.actions(s, row.id):
                raise ConflictError("no_actions")
            row.status = ContractStatus.SIGNED.value
            row.signed_on, row.signed_at, row.signed_by = signed_on, utcnow(), actor.user_id
            s.flush()
            # what was signed, anchored in the log (storage/plan_acts.py)
            plan_acts.record_plan_signing(s, actor.user_id, "social_contracts", row.id,  # type: ignore[arg-type]
                                          row.person_id)
            return _view(s, row)

    def review(self, actor: Actor, contract_id: uuid.UUID, reviewed_on: dt.date,
               statuses: dict[uuid.UUID, ActionStatus], note: str) -> ContractView:
        """A dated review of a signed contract (or annex): each action's status."""
        require_team(actor, Permission.WRITE_SOCIAL_CONTRACTS, TEAM)
        with self.db.session(actor.user_id) as s:
            row = self._row(s, contract_id)
            if row.status != ContractStatus.SIGNED.value:
                raise ConflictError("contract_not_signed")
            plans.add_review(s, row.id, row.signed_on or row.starts_on, reviewed_on, statuses,
                             note)
            return _view(s, row)

    def end(self, actor: Actor, contract_id: uuid.UUID, reason: EndReason, ended_on: dt.date,
            note: str = "") -> ContractView:
        """The contract ends: its goals achieved, ended early, or broken by the person."""
        require_team(actor, Permission.WRITE_SOCIAL_CONTRACTS, TEAM)
        with self.db.session(actor.user_id) as s:
            row = self._running(s, contract_id)  # the contract ends, with its annexes
            errors = ending_errors(reason, ended_on, note, row.signed_on or row.starts_on,
                                   office_today())
            if errors:
                raise ValidationError(errors)
            row.ended_on, row.end_reason, row.end_note = ended_on, reason.value, plans.clean(note)
            s.flush()
            return _view(s, row)
