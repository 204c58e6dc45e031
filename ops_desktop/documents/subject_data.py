"""What the office holds about one person (art. 15 RODO), as data: the service fills these
classes, the JSON copy is made from them here, and documents/subject_export.py prints them.

Kept apart from the printing so that the services (and the program's start) do not load
reportlab until someone actually prints.
"""

from __future__ import annotations

import dataclasses
import datetime as dt
import json
import uuid
from dataclasses import dataclass
from decimal import Decimal
from typing import Any

from ops_desktop.documents.data import OfficeOnPaper

SCHEMA = "ops-desktop/subject-export"
SCHEMA_VERSION = 1


@dataclass(frozen=True)
class SubjectPerson:
    first_name: str
    last_name: str
    pesel: str | None
    id_document_type: str | None
    id_document_number: str | None
    birth_date: dt.date | None
    sex: str | None
    address_lines: tuple[str, ...]
    phone: str
    anonymised_at: dt.datetime | None = None
    homeless: bool = False  # then `address_lines` is the place of stay
    delivery_lines: tuple[str, ...] = ()  # adres do doręczeń, when given


@dataclass(frozen=True)
class SubjectMember:
    """Another member of the household: name and relation only, never their data."""

    full_name: str
    relation: str
    is_subject: bool
    relation_name: str = ""  # the Polish kinship word for the member's sex ("córka")


@dataclass(frozen=True)
class SubjectCase:
    sign: str
    team: str
    team_name: str
    opened_on: dt.date
    closed_on: dt.date | None


@dataclass(frozen=True)
class SubjectIntake:
    received_at: dt.datetime
    channel: str
    reported_by: str  # empty: the person came themselves
    problem: str
    grounds: tuple[str, ...]
    other_ground: str
    urgent: bool
    outcome: str
    advice_given: str


@dataclass(frozen=True)
class SubjectReferral:
    number: str
    created_at: dt.datetime
    from_team: str
    from_team_name: str
    to_team: str
    to_team_name: str
    reason: str
    status: str
    decided_at: dt.datetime | None
    return_reason: str


@dataclass(frozen=True)
class SubjectApplication:
    case_sign: str
    received_on: dt.date
    form: str
    status: str
    purpose: str
    unable_to_work: bool
    requested_from: dt.date | None
    requested_to: dt.date | None
    defects: str = ""  # formal defects the party was called to remedy (KPA art. 64 § 2)


@dataclass(frozen=True)
class SubjectIncome:
    case_sign: str  # the application it was declared in (possibly a household member's)
    application_received_on: dt.date
    source: str
    amount: Decimal


@dataclass(frozen=True)
class SubjectDecision:
    case_sign: str
    kind: str
    form: str
    status: str
    issued_on: dt.date | None
    amount: Decimal | None
    period_from: dt.date | None
    period_to: dt.date | None
    payment_method: str
    bank_account: str | None
    purpose: str
    reasoning: str
    signatory_name: str
    ruling_detail: str = ""  # a postanowienie's own words in its ruling


@dataclass(frozen=True)
class SubjectNote:
    case_sign: str
    kind: str
    noted_on: dt.date
    text: str


@dataclass(frozen=True)
class SubjectInterview:
    """A family interview of the person: its dates, state and worker; the answers describe
    the whole household (art. 15 ust. 4 RODO), so they stay out of the copy."""

    case_sign: str
    kind: str
    learned_on: dt.date
    conducted_on: dt.date | None
    status: str
    worker_name: str
    answers: str  # WITHHELD when the interview has answers, else ""


@dataclass(frozen=True)
class SubjectLogEntry:
    """One entry of the social-work log: when, what kind, how long, with the family or not."""

    case_sign: str
    worked_on: dt.date
    kind: str
    minutes: int
    with_family: bool
    note: str  # WITHHELD when the entry has a note, else ""


@dataclass(frozen=True)
class SubjectCareOrder:
    case_sign: str
    decision_ref: str
    scope: str  # the person's own need of care: theirs to see
    hours_per_week: Decimal
    starts_on: dt.date
    ends_on: dt.date
    carer_name: str
    provider: str


@dataclass(frozen=True)
class SubjectPlacement:
    """A decision directing the person to a DPS, fixing its fee, granting a shelter or meals."""

    kind: str  # dps_placement | dps_fee | shelter | meal
    number: str
    case_sign: str
    status: str  # draft | signed
    decided_on: dt.date
    starts_on: dt.date
    ends_on: dt.date | None
    place: str  # the home, the shelter, or where the meals are served
    resident_fee: Decimal | None  # the person's own monthly fee (a fee decision)
    reasoning: str


@dataclass(frozen=True)
class SubjectCareBill:
    number: str
    month: dt.date
    issued_on: dt.date
    hours: Decimal
    hourly_cost: Decimal
    fee_percent: str
    amount: Decimal


@dataclass(frozen=True)
class SubjectPayment:
    list_number: str
    list_status: str
    payment_date: dt.date
    benefit_month: dt.date
    case_sign: str
    form: str
    method: str
    bank_account: str | None
    amount: Decimal


@dataclass(frozen=True)
class SubjectAccess:
    """One entry of the audit log: who, when, what; no field values."""

    at: dt.datetime
    user_name: str
    action: str
    entity: str


@dataclass(frozen=True)
class SubjectRetention:
    document_class: str
    description: str  # "akta spraw – Zespół ds. świadczeń przyznawanych decyzją"
    category: str
    years: int


@dataclass(frozen=True)
class SubjectExport:
    office: OfficeOnPaper
    generated_at: dt.datetime  # aware, on the office clock
    prepared_by: str
    person_id: uuid.UUID
    person: SubjectPerson
    household: tuple[SubjectMember, ...]
    cases: tuple[SubjectCase, ...]
    intakes: tuple[SubjectIntake, ...]
    referrals: tuple[SubjectReferral, ...]
    applications: tuple[SubjectApplication, ...]
    incomes: tuple[SubjectIncome, ...]
    decisions: tuple[SubjectDecision, ...]
    social_work_notes: tuple[SubjectNote, ...]
    accesses: tuple[SubjectAccess, ...]
    retention: tuple[SubjectRetention, ...]
    # Records kept since the copy was first designed; empty by default so a copy built
    # without them (older callers) still describes everything it lists.
    interviews: tuple[SubjectInterview, ...] = ()
    social_work_log: tuple[SubjectLogEntry, ...] = ()
    care_orders: tuple[SubjectCareOrder, ...] = ()
    care_bills: tuple[SubjectCareBill, ...] = ()
    payments: tuple[SubjectPayment, ...] = ()
    placements: tuple[SubjectPlacement, ...] = ()


# --- JSON ------------------------------------------------------------------------------


def _json_default(value: Any) -> Any:
    if isinstance(value, dt.date | dt.datetime):
        return value.isoformat()
    if isinstance(value, Decimal | uuid.UUID):
        return str(value)
    raise TypeError(f"not JSON: {type(value).__name__}")


def subject_export_json(export: SubjectExport) -> bytes:
    """UTF-8 JSON with sorted keys, so two exports of the same data compare equal line by line."""
    data: dict[str, Any] = {"schema": SCHEMA, "schema_version": SCHEMA_VERSION,
                            **dataclasses.asdict(export)}
    return json.dumps(data, default=_json_default, ensure_ascii=False, sort_keys=True,
                      indent=2).encode("utf-8")
