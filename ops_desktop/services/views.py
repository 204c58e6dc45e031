"""Plain read-only data the services hand to the screen, the CLI and the documents."""

from __future__ import annotations

import datetime as dt
import uuid
from dataclasses import dataclass
from decimal import Decimal

from ops_desktop.domain.kpa_deadlines import Deadline
from ops_desktop.domain.vocabulary import (
    ApplicationStatus,
    BenefitForm,
    CareKind,
    Channel,
    CloseReason,
    DecisionKind,
    DecisionStatus,
    Ground,
    IntakeOutcome,
    PaymentMethod,
    ReferralStatus,
    Relation,
    Role,
    Sex,
    WithdrawalManner,
)


@dataclass(frozen=True)
class UserView:
    id: uuid.UUID
    login: str
    full_name: str
    position: str
    roles: frozenset[Role]
    can_sign_today: bool


@dataclass(frozen=True)
class TeamView:
    code: str
    name: str


@dataclass(frozen=True)
class PersonSummary:
    id: uuid.UUID
    first_name: str
    last_name: str
    pesel: str | None
    birth_date: dt.date | None
    address: str  # one line: "ul. Polna 3/5, 66-530 Drezdenko"

    @property
    def full_name(self) -> str:
        return f"{self.first_name} {self.last_name}"


@dataclass(frozen=True)
class MemberView:
    person_id: uuid.UUID
    full_name: str
    pesel: str | None
    birth_date: dt.date | None
    relation: Relation
    sex: Sex | None = None  # for the kinship word: córka or syn, matka or ojciec


@dataclass(frozen=True)
class IntakeView:
    id: uuid.UUID
    received_at: dt.datetime
    channel: Channel
    reported_by: str
    problem: str
    grounds: tuple[Ground, ...]
    urgent: bool
    outcome: IntakeOutcome
    narrative_hidden: bool = False  # the reader's team may not read the desk's narrative
    # Whose intake it is: a person's file lists the whole household's history.
    person_id: uuid.UUID | None = None
    person_name: str = ""


@dataclass(frozen=True)
class ForwardView:
    """A team passed the referral on to the team it is meant for, with a reason."""

    from_team: str
    to_team: str
    reason: str  # empty for a reader it was not written for
    forwarded_by: str  # the worker's name
    forwarded_at: dt.datetime


@dataclass(frozen=True)
class ReferralView:
    id: uuid.UUID
    number: str
    person_id: uuid.UUID
    person_name: str
    person_pesel: str | None
    from_team: str
    to_team: str
    reason: str
    urgent: bool
    status: ReferralStatus
    created_at: dt.datetime
    return_reason: str
    decided_at: dt.datetime | None = None  # when the receiving team accepted or returned it
    # When the person came to the desk: the date of receipt of an application lodged there.
    intake_received_at: dt.datetime | None = None
    application_lodged: bool = False  # the person lodged an application at the desk
    # The intake's art. 7 grounds the reader may see (domain/permissions.py).
    grounds: tuple[Ground, ...] = ()
    forwards: tuple[ForwardView, ...] = ()  # oldest first
    # The worker of the receiving team the head gave it to (services/assignment.py).
    assigned_to: uuid.UUID | None = None

    @property
    def reason_for_receiver(self) -> str:
        """What the team now holding the referral was told: the last forwarding's reason,
        or the desk's reason when it was never forwarded."""
        return self.forwards[-1].reason if self.forwards else self.reason

    @property
    def sent_by_team(self) -> str:
        """The team the referral came from last: the desk, or the team that forwarded it."""
        return self.forwards[-1].from_team if self.forwards else self.from_team


@dataclass(frozen=True)
class CaseView:
    id: uuid.UUID
    sign: str
    team: str
    opened_on: dt.date
    person_id: uuid.UUID
    person_name: str
    closed_on: dt.date | None = None  # a closed case takes no new notes or applications
    close_reason: CloseReason | None = None
    close_note: str = ""  # the reason in words ("other"), or a remark

    @property
    def closed(self) -> bool:
        return self.closed_on is not None


@dataclass(frozen=True)
class ApplicationView:
    id: uuid.UUID
    person_id: uuid.UUID
    person_name: str
    person_pesel: str | None
    case_sign: str
    received_on: dt.date
    form: BenefitForm | CareKind
    status: ApplicationStatus
    purpose: str
    unable_to_work: bool
    requested_from: dt.date | None
    requested_to: dt.date | None
    # The worker saved "the household has no income" (not the same as nothing entered yet).
    no_income_declared: bool = False
    interview_on: dt.date | None = None  # the family interview (art. 106 ust. 4 u.p.s.)
    grounds: tuple[Ground, ...] = ()  # art. 7 u.p.s.
    other_ground: str = ""
    # The running KPA deadline (domain/kpa_deadlines.py): art. 35 § 3 counted by art. 57,
    # moved by periods that do not count, replaced by a notice of delay's new date.
    kpa_deadline: dt.date | None = None
    case_id: uuid.UUID | None = None
    case_closed_on: dt.date | None = None  # the application's case was closed
    particularly_complicated: bool = False  # art. 35 § 3: two months
    deadline: Deadline | None = None  # how `kpa_deadline` was counted
    pauses: tuple[DeadlinePauseView, ...] = ()
    notices: tuple[DelayNoticeView, ...] = ()
    defect_call: DefectCallView | None = None  # KPA art. 64 § 2, when one was made

    def overdue_on(self, today: dt.date) -> bool:
        """Past its deadline and still waiting: a decided or withdrawn one never is."""
        return (self.status is ApplicationStatus.REGISTERED and self.kpa_deadline is not None
                and today > self.kpa_deadline)

    def due_soon_on(self, today: dt.date) -> bool:
        """Still waiting, and its deadline is within a few working days (not yet passed)."""
        return (self.status is ApplicationStatus.REGISTERED and self.deadline is not None
                and self.deadline.due_soon_on(today))


@dataclass(frozen=True)
class DeadlinePauseView:
    id: uuid.UUID
    first_day: dt.date
    last_day: dt.date
    reason: str


@dataclass(frozen=True)
class DelayNoticeView:
    id: uuid.UUID
    application_id: uuid.UUID
    notified_on: dt.date
    previous_deadline: dt.date
    new_deadline: dt.date
    reason: str
    worker_name: str


@dataclass(frozen=True)
class DefectCallView:
    """The call to remedy formal defects (KPA art. 64 § 2) and how far it got."""

    defects: tuple[str, ...]  # one defect a line, as the worker listed them
    called_on: dt.date
    signatory: str  # "name\nposition" of whoever signed the call, as printed
    delivered_on: dt.date | None = None
    deadline: dt.date | None = None  # 7 days from delivery (art. 57); None until delivered
    remedied_on: dt.date | None = None
    left_unexamined_on: dt.date | None = None

    @property
    def pending(self) -> bool:
        """Neither remedied nor ended by leaving the application unexamined."""
        return self.remedied_on is None and self.left_unexamined_on is None

    def lapsed_on(self, today: dt.date) -> bool:
        """Delivered, its deadline past and nothing remedied: the application may be left."""
        return self.pending and self.deadline is not None and today > self.deadline


@dataclass(frozen=True)
class IncomeLine:
    person_id: uuid.UUID
    person_name: str
    source: str
    amount: Decimal


@dataclass(frozen=True)
class AssessmentView:
    """What the law says about an application, with the figures that led there."""

    form: BenefitForm
    household_size: int
    family_income: Decimal
    applicant_income: Decimal
    income_per_person: Decimal  # rounded to grosze for display
    criterion: Decimal
    eligible: bool
    amount: Decimal | None
    minimum: Decimal | None
    maximum: Decimal | None
    reasons: tuple[str, ...]
    law_valid_from: dt.date
    law_source: str
    # False while no incomes and no "no income" declaration are saved: then nothing above
    # is a finding, eligible is False and no decision may be prepared or signed.
    assessed: bool = True


@dataclass(frozen=True)
class DecisionView:
    id: uuid.UUID
    application_id: uuid.UUID
    person_id: uuid.UUID
    person_name: str
    case_sign: str
    kind: DecisionKind
    form: BenefitForm | CareKind  # CareKind: care granted by the services team
    amount: Decimal | None
    period_from: dt.date | None
    period_to: dt.date | None
    payment_method: PaymentMethod
    bank_account: str | None
    purpose: str
    reasoning: str
    status: DecisionStatus
    issued_on: dt.date | None
    signatory_name: str
    corrects_id: uuid.UUID | None = None  # a change decision (art. 106 ust. 5 u.p.s.)
    created_at: dt.datetime | None = None  # the order of the coordinator's list
    withdrawal: WithdrawalView | None = None  # what a discontinuance (KPA art. 105) names
    ruling_detail: str = ""  # a postanowienie's own words in its ruling
    # A draft the law wants a family interview for (art. 106 ust. 4 u.p.s.) whose application
    # is linked to none: it cannot be signed yet (services/interview_rules.py).
    interview_missing: bool = False


@dataclass(frozen=True)
class WithdrawalView:
    """The party's withdrawal of an application, as a discontinuing decision records it."""

    withdrawn_on: dt.date
    manner: WithdrawalManner
    requested_discontinuance: bool  # the party asked for it: art. 105 § 2 KPA, else § 1


@dataclass(frozen=True)
class PersonFile:
    """Everything the desk sees when it opens a person."""

    person: PersonSummary
    sex: Sex | None
    id_document: str
    street: str
    building: str
    flat: str
    postal_code: str
    city: str
    phone: str
    household: tuple[MemberView, ...]
    cases: tuple[CaseView, ...]
    intakes: tuple[IntakeView, ...]
    referrals: tuple[ReferralView, ...]
    applications: tuple[ApplicationView, ...]
    decisions: tuple[DecisionView, ...]
