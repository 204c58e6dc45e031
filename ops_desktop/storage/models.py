"""SQLAlchemy 2.x typed models: the shape of the store.

Every row carries a locally generated time-ordered UUID, UTC timestamps, authors, a version
for optimistic locking and a soft-deletion tombstone, so per-PC databases can later be
synchronised (ARCHITECTURE.md §2). Money is integer grosze.
"""

from __future__ import annotations

import datetime as dt
import uuid

from sqlalchemy import (
    Boolean,
    Date,
    DateTime,
    ForeignKey,
    Index,
    Integer,
    MetaData,
    String,
    Text,
    UniqueConstraint,
    false,
    text,
)
from sqlalchemy.orm import DeclarativeBase, Mapped, mapped_column, relationship

from ops_desktop.domain.clock import office_today, replayed_at, utcnow
from ops_desktop.domain.ids import new_id

NAMING = {
    "ix": "ix_%(column_0_label)s",
    "uq": "uq_%(table_name)s_%(column_0_name)s",
    "ck": "ck_%(table_name)s_%(constraint_name)s",
    "fk": "fk_%(table_name)s_%(column_0_name)s_%(referred_table_name)s",
    "pk": "pk_%(table_name)s",
}


# A person the desk may find: not removed, not merged into another record (person_merge.py).
PERSON_LIVE = "deleted_at IS NULL AND merged_into_id IS NULL"

# The store's clock and the office's day live in domain/clock.py (one clock for every
# layer); storage code and its callers keep importing them from here.


class Base(DeclarativeBase):
    metadata = MetaData(naming_convention=NAMING)


class Tracked:
    """Columns every synchronisable row has."""

    id: Mapped[uuid.UUID] = mapped_column(primary_key=True, default=new_id)
    created_at: Mapped[dt.datetime] = mapped_column(DateTime, default=utcnow)
    updated_at: Mapped[dt.datetime] = mapped_column(DateTime, default=utcnow, onupdate=utcnow)
    created_by: Mapped[uuid.UUID | None] = mapped_column(default=None)
    updated_by: Mapped[uuid.UUID | None] = mapped_column(default=None)
    version: Mapped[int] = mapped_column(Integer, default=1)
    deleted_at: Mapped[dt.datetime | None] = mapped_column(DateTime, default=None)

    __mapper_args__ = {"version_id_col": version}


class Setting(Base):
    """Office settings as key/value text (office name, SKO, case-sign pattern …)."""

    __tablename__ = "settings"
    key: Mapped[str] = mapped_column(String(80), primary_key=True)
    value: Mapped[str] = mapped_column(Text, default="")
    updated_at: Mapped[dt.datetime] = mapped_column(DateTime, default=utcnow, onupdate=utcnow)


class TeamRow(Tracked, Base):
    __tablename__ = "teams"
    code: Mapped[str] = mapped_column(String(40), unique=True)
    name: Mapped[str] = mapped_column(String(200))
    active: Mapped[bool] = mapped_column(Boolean, default=True)


class UserRow(Tracked, Base):
    __tablename__ = "users"
    login: Mapped[str] = mapped_column(String(60), unique=True)
    full_name: Mapped[str] = mapped_column(String(160))
    position: Mapped[str] = mapped_column(String(160), default="")
    roles: Mapped[str] = mapped_column(String(200), default="")  # comma-separated Role codes
    active: Mapped[bool] = mapped_column(Boolean, default=True)
    # Argon2id (PHC string); NULL until the administrator sets a first password.
    password_hash: Mapped[str | None] = mapped_column(String(200), default=None)
    # The key slot this password opens (JSON, storage/key_slots.py `travelling`), written in
    # the same change as the hash, so both travel with one clock stamp and the later password
    # wins on every PC together with its slot. NULL on a plain or server store, and for an
    # account whose password was set before slots travelled (or that was switched off).
    password_slot: Mapped[str | None] = mapped_column(Text, default=None)
    failed_sign_ins: Mapped[int] = mapped_column(Integer, default=0)
    locked_until: Mapped[dt.datetime | None] = mapped_column(DateTime, default=None)
    must_change_password: Mapped[bool] = mapped_column(Boolean, default=False)
    last_sign_in_at: Mapped[dt.datetime | None] = mapped_column(DateTime, default=None)
    authorisations: Mapped[list[AuthorisationRow]] = relationship(back_populates="user")


class PendingGrantRow(Tracked, Base):
    """Roles an administrator asked to give a user that wait for a second person (the head or
    another administrator) to confirm; kept after the decision, with who made it and how."""

    __tablename__ = "pending_grants"
    user_id: Mapped[uuid.UUID] = mapped_column(ForeignKey("users.id"))
    roles: Mapped[str] = mapped_column(String(200))  # comma-separated Role codes to add
    requested_by: Mapped[uuid.UUID] = mapped_column()
    requested_at: Mapped[dt.datetime] = mapped_column(DateTime, default=utcnow)
    outcome: Mapped[str | None] = mapped_column(String(20), default=None)  # confirmed/rejected
    decided_by: Mapped[uuid.UUID | None] = mapped_column(default=None)
    decided_at: Mapped[dt.datetime | None] = mapped_column(DateTime, default=None)


class AuthorisationRow(Tracked, Base):
    """Upoważnienie (art. 110 ust. 7–8 u.p.s.): who may sign decisions, in what scope, when."""

    __tablename__ = "authorisations"
    user_id: Mapped[uuid.UUID] = mapped_column(ForeignKey("users.id"))
    scope: Mapped[str] = mapped_column(String(300))
    valid_from: Mapped[dt.date] = mapped_column(Date)
    valid_to: Mapped[dt.date | None] = mapped_column(Date, default=None)
    order_number: Mapped[str] = mapped_column(String(80))
    user: Mapped[UserRow] = relationship(back_populates="authorisations")


class HouseholdRow(Tracked, Base):
    __tablename__ = "households"
    members: Mapped[list[HouseholdMemberRow]] = relationship(
        back_populates="household", order_by="HouseholdMemberRow.position"
    )


class PersonRow(Tracked, Base):
    __tablename__ = "persons"
    # Only the few merged records are indexed: an index holding every live person's NULL
    # would tempt PostgreSQL's planner away from the name's trigram index.
    __table_args__ = (Index("ix_persons_merged_into_id", "merged_into_id",
                            sqlite_where=text("merged_into_id IS NOT NULL"),
                            postgresql_where=text("merged_into_id IS NOT NULL")),)
    first_name: Mapped[str] = mapped_column(String(80))
    last_name: Mapped[str] = mapped_column(String(80))
    # Folded "surname first-name" (no diacritics, lower case) for search as you type.
    # Searched through FTS5 on SQLite (0003) and a trigram index on PostgreSQL (0009),
    # both made by their migrations only, being each one database's own.
    search_name: Mapped[str] = mapped_column(String(170), index=True)
    # On SQLite also in ix_persons_pesel_live with the two columns saying whether the desk may
    # find the person (0047, made by its migration only, as the name indexes are).
    pesel: Mapped[str | None] = mapped_column(String(11), unique=True, default=None)
    id_document_type: Mapped[str | None] = mapped_column(String(30), default=None)
    id_document_number: Mapped[str | None] = mapped_column(String(40), default=None)
    birth_date: Mapped[dt.date | None] = mapped_column(Date, default=None)
    sex: Mapped[str | None] = mapped_column(String(1), default=None)
    street: Mapped[str] = mapped_column(String(120), default="")
    building: Mapped[str] = mapped_column(String(20), default="")
    flat: Mapped[str] = mapped_column(String(20), default="")
    postal_code: Mapped[str] = mapped_column(String(6), default="")
    city: Mapped[str] = mapped_column(String(120), default="")
    phone: Mapped[str] = mapped_column(String(40), default="")
    # Osoba bezdomna: the address columns then hold the place of stay (art. 101 u.p.s.).
    homeless: Mapped[bool] = mapped_column(Boolean, server_default=false())
    # Adres do doręczeń (KPA art. 40–41); all empty when letters go to the residence.
    # Server defaults only (no Python ones), so storage/bulk_demo.py's raw inserts that name
    # no such column keep their shape.
    delivery_street: Mapped[str] = mapped_column(String(120), server_default="")
    delivery_building: Mapped[str] = mapped_column(String(20), server_default="")
    delivery_flat: Mapped[str] = mapped_column(String(20), server_default="")
    delivery_postal_code: Mapped[str] = mapped_column(String(6), server_default="")
    delivery_city: Mapped[str] = mapped_column(String(120), server_default="")
    household_id: Mapped[uuid.UUID | None] = mapped_column(
        ForeignKey("households.id"), default=None, index=True
    )
    # Set when the retention period ran out and the personal data was replaced.
    anonymised_at: Mapped[dt.datetime | None] = mapped_column(DateTime, default=None)
    # Set when the head merged this record into another of the same person (storage/
    # person_merge.py): the survivor's id. The row stays, so what still names it (a signed
    # decision, which never changes) finds the person through it. No foreign key: each PC
    # sets it itself when the merge reaches it, never as a change that travels.
    merged_into_id: Mapped[uuid.UUID | None] = mapped_column(default=None)


class HouseholdMemberRow(Tracked, Base):
    __tablename__ = "household_members"
    __table_args__ = (UniqueConstraint("household_id", "person_id"),)
    household_id: Mapped[uuid.UUID] = mapped_column(ForeignKey("households.id"), index=True)
    person_id: Mapped[uuid.UUID] = mapped_column(ForeignKey("persons.id"), index=True)
    relation: Mapped[str] = mapped_column(String(30))
    position: Mapped[int] = mapped_column(Integer, default=0)
    household: Mapped[HouseholdRow] = relationship(back_populates="members")
    person: Mapped[PersonRow] = relationship()


class CaseRow(Tracked, Base):
    """Sprawa: a matter of one person (and household) owned by one team."""

    __tablename__ = "cases"
    person_id: Mapped[uuid.UUID] = mapped_column(ForeignKey("persons.id"), index=True)
    team_code: Mapped[str] = mapped_column(String(40), index=True)
    sign: Mapped[str] = mapped_column(String(60), unique=True)
    opened_on: Mapped[dt.date] = mapped_column(Date)
    closed_on: Mapped[dt.date | None] = mapped_column(Date, default=None)
    close_reason: Mapped[str | None] = mapped_column(String(30), default=None)  # CloseReason
    close_note: Mapped[str] = mapped_column(String(300), server_default="")
    reopen_note: Mapped[str] = mapped_column(String(300), server_default="")
    # The worker who carries the case: the one who accepted the referral, until the head
    # hands it to another (services/caseload.py). None: nobody yet. No foreign key: adding
    # one would make SQLite copy the whole table that every other record refers to.
    worker_id: Mapped[uuid.UUID | None] = mapped_column(index=True, default=None)
    person: Mapped[PersonRow] = relationship()


class SignCounterRow(Base):
    """Last number used in a register for a year, for case signs like OPS.8310.127.2026."""

    __tablename__ = "sign_counters"
    register: Mapped[str] = mapped_column(String(40), primary_key=True)
    year: Mapped[int] = mapped_column(Integer, primary_key=True)
    last_number: Mapped[int] = mapped_column(Integer, default=0)


class IntakeRow(Tracked, Base):
    """Zgłoszenie at the first-contact desk."""

    __tablename__ = "intakes"
    person_id: Mapped[uuid.UUID] = mapped_column(ForeignKey("persons.id"), index=True)
    received_at: Mapped[dt.datetime] = mapped_column(DateTime, index=True)
    channel: Mapped[str] = mapped_column(String(20))
    reported_by: Mapped[str] = mapped_column(String(200), default="")  # empty: the person
    problem: Mapped[str] = mapped_column(Text)
    grounds: Mapped[str] = mapped_column(String(120), default="")  # comma-separated codes
    other_ground: Mapped[str] = mapped_column(String(200), default="")
    urgent: Mapped[bool] = mapped_column(Boolean, default=False)
    outcome: Mapped[str] = mapped_column(String(20))
    advice_given: Mapped[str] = mapped_column(Text, default="")
    worker_id: Mapped[uuid.UUID] = mapped_column(ForeignKey("users.id"))
    person: Mapped[PersonRow] = relationship()


class ReferralRow(Tracked, Base):
    """A hand-over between teams that the receiving team accepts or returns with a reason."""

    __tablename__ = "referrals"
    # The desk's "returned to us" list: one range by sending team, newest decided first
    # (migration 0045_first_showing).
    __table_args__ = (Index("ix_referrals_inbox", "to_team", "status", "created_at"),
                      Index("ix_referrals_returned", "from_team", "status", "decided_at"))
    person_id: Mapped[uuid.UUID] = mapped_column(ForeignKey("persons.id"), index=True)
    intake_id: Mapped[uuid.UUID | None] = mapped_column(ForeignKey("intakes.id"), default=None)
    number: Mapped[str] = mapped_column(String(40), unique=True)
    from_team: Mapped[str] = mapped_column(String(40))
    to_team: Mapped[str] = mapped_column(String(40))
    reason: Mapped[str] = mapped_column(Text)
    urgent: Mapped[bool] = mapped_column(Boolean, default=False)
    status: Mapped[str] = mapped_column(String(20))
    decided_at: Mapped[dt.datetime | None] = mapped_column(DateTime, default=None)
    decided_by: Mapped[uuid.UUID | None] = mapped_column(ForeignKey("users.id"), default=None)
    return_reason: Mapped[str] = mapped_column(Text, default="")
    case_id: Mapped[uuid.UUID | None] = mapped_column(ForeignKey("cases.id"), default=None)
    # Special-category grounds of the intake (comma-separated codes) the desk marked for the
    # receiving team to read, beyond what its role reads (domain/permissions.py).
    # No Python default: raw bulk inserts (storage/bulk_demo.py) leave it to the server default.
    shared_grounds: Mapped[str] = mapped_column(String(120), server_default="")
    # The worker of the receiving team the head gave the referral to (services/assignment.py);
    # None: anyone of the team takes it. Who accepts it, the new case goes to this worker.
    # No foreign key, like cases.worker_id: SQLite would copy the whole table to add one.
    assigned_to: Mapped[uuid.UUID | None] = mapped_column(default=None)
    person: Mapped[PersonRow] = relationship()
    intake: Mapped[IntakeRow | None] = relationship()
    forwards: Mapped[list[ReferralForwardRow]] = relationship(
        back_populates="referral", order_by="ReferralForwardRow.created_at")


class ReferralForwardRow(Tracked, Base):
    """A team passed a referral meant for another team on to that team, with a reason."""

    __tablename__ = "referral_forwards"
    referral_id: Mapped[uuid.UUID] = mapped_column(ForeignKey("referrals.id"), index=True)
    from_team: Mapped[str] = mapped_column(String(40))
    to_team: Mapped[str] = mapped_column(String(40))
    reason: Mapped[str] = mapped_column(Text)
    forwarded_by: Mapped[uuid.UUID] = mapped_column(ForeignKey("users.id"))
    referral: Mapped[ReferralRow] = relationship(back_populates="forwards")
    user: Mapped[UserRow] = relationship()


class ApplicationRow(Tracked, Base):
    """Wniosek: a request for a form of help, the start of an administrative proceeding."""

    __tablename__ = "applications"
    person_id: Mapped[uuid.UUID] = mapped_column(ForeignKey("persons.id"), index=True)
    case_id: Mapped[uuid.UUID] = mapped_column(ForeignKey("cases.id"), index=True)
    received_on: Mapped[dt.date] = mapped_column(Date, index=True)
    form: Mapped[str] = mapped_column(String(30))
    status: Mapped[str] = mapped_column(String(20), index=True)
    purpose: Mapped[str] = mapped_column(String(300), default="")
    unable_to_work: Mapped[bool] = mapped_column(Boolean, default=False)
    requested_from: Mapped[dt.date | None] = mapped_column(Date, default=None)
    requested_to: Mapped[dt.date | None] = mapped_column(Date, default=None)
    # "The household has no income", said and saved by the worker: a fact distinct from
    # "no incomes entered yet", without which the application is not assessed.
    no_income_declared_at: Mapped[dt.datetime | None] = mapped_column(DateTime, default=None)
    # The family interview (art. 106 ust. 4 u.p.s.) as entered on the application.
    interview_on: Mapped[dt.date | None] = mapped_column(Date, default=None)
    # Art. 7 grounds (comma-separated codes of domain.vocabulary.Ground) and "other" in words.
    grounds: Mapped[str] = mapped_column(String(120), server_default="")
    other_ground: Mapped[str] = mapped_column(String(200), server_default="")
    # KPA art. 35 § 3: the worker marked the case particularly complicated (two months).
    particularly_complicated: Mapped[bool] = mapped_column(Boolean, server_default=false())
    # KPA art. 64 § 2: the call to remedy formal defects (one line per defect), the day it
    # was written and who signed it (as printed), the day it was delivered (the 7 days run
    # from it), and how it ended: remedied in time, or the application left unexamined.
    defects: Mapped[str] = mapped_column(Text, server_default="")
    defects_called_on: Mapped[dt.date | None] = mapped_column(Date, default=None)
    defects_signatory: Mapped[str] = mapped_column(String(330), server_default="")
    defects_delivered_on: Mapped[dt.date | None] = mapped_column(Date, default=None)
    defects_remedied_on: Mapped[dt.date | None] = mapped_column(Date, default=None)
    left_unexamined_on: Mapped[dt.date | None] = mapped_column(Date, default=None)
    # Lists replaced as a whole (storage/list_versions.py): which income lines are the
    # application's list (IncomeRow.list_version), and which draft decision is its current
    # one. Ordinary fields, so PCs that replaced a list while apart agree on ONE by the
    # field's clock; None (rows from before 0044): every live row, as before.
    incomes_version: Mapped[uuid.UUID | None] = mapped_column(default=None)
    current_draft_id: Mapped[uuid.UUID | None] = mapped_column(default=None)
    # The list «brak dochodów» was said of (0048): the statement holds only beside it.
    # None: a statement saved before 0048, which holds as it did.
    no_income_version: Mapped[uuid.UUID | None] = mapped_column(default=None)
    person: Mapped[PersonRow] = relationship()
    case: Mapped[CaseRow] = relationship()
    incomes: Mapped[list[IncomeRow]] = relationship(back_populates="application")
    deadline_pauses: Mapped[list[DeadlinePauseRow]] = relationship()
    delay_notices: Mapped[list[DelayNoticeRow]] = relationship()
    # The signed suspensions and resumptions: their time does not count towards the KPA
    # deadline (art. 35 § 5, services/mapping.application_deadline). Read-only.
    procedural_acts: Mapped[list[DecisionRow]] = relationship(
        primaryjoin="and_(DecisionRow.application_id == ApplicationRow.id, "
                    "DecisionRow.kind.in_(('suspension', 'resumption')), "
                    "DecisionRow.status == 'signed', DecisionRow.deleted_at.is_(None))",
        viewonly=True, order_by="DecisionRow.issued_on")


class DeadlinePauseRow(Tracked, Base):
    """A period that does not count towards the KPA deadline (art. 35 § 5): suspension,
    waiting for the party's documents, a delay by the party's fault. Added, never edited."""

    __tablename__ = "deadline_pauses"
    application_id: Mapped[uuid.UUID] = mapped_column(ForeignKey("applications.id"), index=True)
    # The applicant: the audit log files the entry under the person (and anonymisation
    # redacts it there), as it does for incomes.
    person_id: Mapped[uuid.UUID] = mapped_column(ForeignKey("persons.id"))
    first_day: Mapped[dt.date] = mapped_column(Date)
    last_day: Mapped[dt.date] = mapped_column(Date)
    reason: Mapped[str] = mapped_column(String(300))


class DelayNoticeRow(Tracked, Base):
    """Zawiadomienie o niezałatwieniu sprawy w terminie (KPA art. 36): from `notified_on` the
    `new_deadline` runs. It holds every fact it prints; added, never edited."""

    __tablename__ = "delay_notices"
    application_id: Mapped[uuid.UUID] = mapped_column(ForeignKey("applications.id"), index=True)
    # The applicant: the audit log files the entry under the person (and anonymisation
    # redacts it there), as it does for incomes.
    person_id: Mapped[uuid.UUID] = mapped_column(ForeignKey("persons.id"))
    notified_on: Mapped[dt.date] = mapped_column(Date)
    previous_deadline: Mapped[dt.date] = mapped_column(Date)
    new_deadline: Mapped[dt.date] = mapped_column(Date)
    reason: Mapped[str] = mapped_column(Text)
    worker_name: Mapped[str] = mapped_column(String(200), server_default="")
    worker_position: Mapped[str] = mapped_column(String(200), server_default="")


class IncomeRow(Tracked, Base):
    """One net monthly income of one household member in the month before the application."""

    __tablename__ = "incomes"
    application_id: Mapped[uuid.UUID] = mapped_column(ForeignKey("applications.id"), index=True)
    person_id: Mapped[uuid.UUID] = mapped_column(ForeignKey("persons.id"))
    source: Mapped[str] = mapped_column(String(200))
    amount_grosze: Mapped[int] = mapped_column(Integer)
    # The list this line belongs to (ApplicationRow.incomes_version); None: entered before 0044.
    list_version: Mapped[uuid.UUID | None] = mapped_column(default=None)
    application: Mapped[ApplicationRow] = relationship(back_populates="incomes")
    person: Mapped[PersonRow] = relationship()


class DecisionRow(Tracked, Base):
    """A decision; once signed it is a legal act and never changes (a later decision does)."""

    __tablename__ = "decisions"
    application_id: Mapped[uuid.UUID] = mapped_column(ForeignKey("applications.id"), index=True)
    person_id: Mapped[uuid.UUID] = mapped_column(ForeignKey("persons.id"), index=True)
    case_sign: Mapped[str] = mapped_column(String(60))
    kind: Mapped[str] = mapped_column(String(20))
    form: Mapped[str] = mapped_column(String(30))
    amount_grosze: Mapped[int | None] = mapped_column(Integer, default=None)
    period_from: Mapped[dt.date | None] = mapped_column(Date, default=None)
    period_to: Mapped[dt.date | None] = mapped_column(Date, default=None)
    payment_method: Mapped[str] = mapped_column(String(20))
    bank_account: Mapped[str | None] = mapped_column(String(34), default=None)
    purpose: Mapped[str] = mapped_column(String(300), default="")
    reasoning: Mapped[str] = mapped_column(Text, default="")
    household_size: Mapped[int] = mapped_column(Integer)
    income_per_person_grosze: Mapped[int] = mapped_column(Integer)
    criterion_grosze: Mapped[int] = mapped_column(Integer)
    law_valid_from: Mapped[dt.date] = mapped_column(Date)
    status: Mapped[str] = mapped_column(String(20), index=True)
    issued_on: Mapped[dt.date | None] = mapped_column(Date, default=None)
    signed_at: Mapped[dt.datetime | None] = mapped_column(DateTime, default=None)
    signed_by: Mapped[uuid.UUID | None] = mapped_column(ForeignKey("users.id"), default=None)
    signatory_name: Mapped[str] = mapped_column(String(160), default="")
    signatory_position: Mapped[str] = mapped_column(String(160), default="")
    authorisation_number: Mapped[str] = mapped_column(String(80), default="")
    # What was signed is what is reprinted: the party and the organ as they were at signing.
    party_name: Mapped[str] = mapped_column(String(170), default="")
    party_address: Mapped[str] = mapped_column(String(400), default="")  # lines joined by \n
    party_pesel: Mapped[str | None] = mapped_column(String(11), default=None)
    # The party's delivery address at signing (KPA art. 40–41), lines joined by \n; empty
    # when letters went to the residence. The decision is addressed there.
    party_delivery_address: Mapped[str] = mapped_column(String(400), server_default="")
    office_snapshot: Mapped[str] = mapped_column(Text, default="")  # JSON of the letterhead
    law_source: Mapped[str] = mapped_column(String(400), default="")
    # Facts of the application the reasoning names, as they were when the draft was prepared.
    interview_on: Mapped[dt.date | None] = mapped_column(Date, default=None)
    grounds: Mapped[str] = mapped_column(String(120), server_default="")
    other_ground: Mapped[str] = mapped_column(String(200), server_default="")
    # How the ruling names the party, frozen at signing: sex and the dative of the name
    # ("Panu Grzegorzowi Żółkiewskiemu"); empty means the neutral wording.
    party_sex: Mapped[str | None] = mapped_column(String(1), default=None)
    party_dative: Mapped[str] = mapped_column(String(170), server_default="")
    # A correction is a new decision that names the one it changes (a signed act never changes).
    corrects_id: Mapped[uuid.UUID | None] = mapped_column(ForeignKey("decisions.id"), default=None)
    # Retention: the only change a signed act ever takes is losing its party's personal data.
    anonymised_at: Mapped[dt.datetime | None] = mapped_column(DateTime, default=None)
    # Art. 106 ust. 3 u.p.s.: the pay of a first or last month the period covers only in
    # part, computed when the draft is saved, so the signed act reprints the same grosze.
    first_month_grosze: Mapped[int | None] = mapped_column(Integer, default=None)
    last_month_grosze: Mapped[int | None] = mapped_column(Integer, default=None)
    # A discontinuance (KPA art. 105) names the party's withdrawal: its day, how it was made,
    # and whether the party asked for the discontinuance (§ 2) or it is groundless (§ 1).
    withdrawn_on: Mapped[dt.date | None] = mapped_column(Date, default=None)
    withdrawal_manner: Mapped[str | None] = mapped_column(String(20), default=None)
    # No Python-side default: the bulk demo's raw inserts name their columns exactly.
    discontinuance_requested: Mapped[bool] = mapped_column(Boolean, server_default=false())
    # A postanowienie's own words in its ruling: the suspension's preliminary question, the
    # reason of a refusal to open, what a rectification corrects (it may name the party, so
    # retention blanks it like the reasoning).
    ruling_detail: Mapped[str] = mapped_column(Text, server_default="")
    corrects: Mapped[DecisionRow | None] = relationship(remote_side="DecisionRow.id")
    application: Mapped[ApplicationRow] = relationship()
    person: Mapped[PersonRow] = relationship()


class PaymentListRow(Tracked, Base):
    """Lista wypłat: one month's payments of one method and budget chapter. Benefits prepare
    it, the coordinator approves it; an approved list and its items never change (the store's
    triggers refuse, storage/triggers.py) – a correction is a new list."""

    __tablename__ = "payment_lists"
    number: Mapped[str] = mapped_column(String(60))
    benefit_month: Mapped[dt.date] = mapped_column(Date, index=True)  # its first day
    method: Mapped[str] = mapped_column(String(20))  # PaymentMethod
    chapter: Mapped[str] = mapped_column(String(10))  # rozdział klasyfikacji budżetowej
    payment_date: Mapped[dt.date] = mapped_column(Date)
    status: Mapped[str] = mapped_column(String(20), server_default="draft")
    total_grosze: Mapped[int] = mapped_column(Integer, server_default="0")
    prepared_name: Mapped[str] = mapped_column(String(200), server_default="")
    approved_at: Mapped[dt.datetime | None] = mapped_column(DateTime, default=None)
    approved_by: Mapped[uuid.UUID | None] = mapped_column(ForeignKey("users.id"), default=None)
    approved_name: Mapped[str] = mapped_column(String(200), server_default="")


class PaymentItemRow(Tracked, Base):
    """One payment of a list: a benefit month of a signed decision, with the payee as the
    decision names them (copied, so the approved list reprints as approved)."""

    __tablename__ = "payment_items"
    list_id: Mapped[uuid.UUID] = mapped_column(ForeignKey("payment_lists.id"), index=True)
    position: Mapped[int] = mapped_column(Integer)
    decision_id: Mapped[uuid.UUID] = mapped_column(ForeignKey("decisions.id"), index=True)
    person_id: Mapped[uuid.UUID] = mapped_column(ForeignKey("persons.id"), index=True)
    benefit_month: Mapped[dt.date] = mapped_column(Date)
    case_sign: Mapped[str] = mapped_column(String(60))
    issued_on: Mapped[dt.date | None] = mapped_column(Date, default=None)
    form: Mapped[str] = mapped_column(String(30))
    party_name: Mapped[str] = mapped_column(String(170), server_default="")
    party_address: Mapped[str] = mapped_column(String(400), server_default="")
    party_pesel: Mapped[str | None] = mapped_column(String(11), default=None)
    bank_account: Mapped[str | None] = mapped_column(String(34), default=None)
    days: Mapped[int | None] = mapped_column(Integer, default=None)  # of a part month
    month_days: Mapped[int | None] = mapped_column(Integer, default=None)
    amount_grosze: Mapped[int] = mapped_column(Integer)
    # Anonymisation blanks the payee once, on an approved list too (storage/triggers.py).
    anonymised_at: Mapped[dt.datetime | None] = mapped_column(DateTime, default=None)


class PaymentReturnRow(Tracked, Base):
    """A transfer the bank returned: its own record, since the approved list never changes.

    The returned month is due again (re-issued) to the account the worker entered, or in
    cash; `reissue_item_id` is the item of the later list that pays it again (cleared when
    that list's draft is discarded, so the month is due again once more, never twice)."""

    __tablename__ = "payment_returns"
    item_id: Mapped[uuid.UUID] = mapped_column(ForeignKey("payment_items.id"), index=True)
    person_id: Mapped[uuid.UUID] = mapped_column(ForeignKey("persons.id"), index=True)
    returned_on: Mapped[dt.date] = mapped_column(Date)
    reason: Mapped[str] = mapped_column(String(30))  # ReturnReason
    note: Mapped[str] = mapped_column(String(300), server_default="")
    reissue_method: Mapped[str] = mapped_column(String(20))  # PaymentMethod
    reissue_account: Mapped[str | None] = mapped_column(String(34), default=None)
    reissue_item_id: Mapped[uuid.UUID | None] = mapped_column(ForeignKey("payment_items.id"),
                                                              default=None)


class UndueClaimRow(Tracked, Base):
    """Nienależnie pobrane świadczenie (art. 6 pkt 16, art. 104 u.p.s.): a claim against a
    person after a signed decision changing or revoking the grant, with the recovery
    decision's terms: the amount, the deadline, instalments, a deferral; a waiver (art. 104
    ust. 4) ends it. `deduct` takes it off the person's current payments (ust. 2)."""

    __tablename__ = "undue_claims"
    person_id: Mapped[uuid.UUID] = mapped_column(ForeignKey("persons.id"), index=True)
    change_decision_id: Mapped[uuid.UUID] = mapped_column(ForeignKey("decisions.id"))
    number: Mapped[str] = mapped_column(String(60))
    amount_grosze: Mapped[int] = mapped_column(Integer)
    decided_on: Mapped[dt.date] = mapped_column(Date)  # the recovery decision's day
    repay_by: Mapped[dt.date] = mapped_column(Date)
    deferred_to: Mapped[dt.date | None] = mapped_column(Date, default=None)
    deduct: Mapped[bool] = mapped_column(Boolean, server_default=false())
    reasoning: Mapped[str] = mapped_column(Text, server_default="")
    waived_on: Mapped[dt.date | None] = mapped_column(Date, default=None)
    waiver_requested_by: Mapped[str | None] = mapped_column(String(20), default=None)
    # The recovery decision is signed by a holder of the mayor's authorisation; its terms
    # never change after (the service refuses), only payments, deductions and a waiver follow.
    status: Mapped[str] = mapped_column(String(20), server_default="draft")
    signed_at: Mapped[dt.datetime | None] = mapped_column(DateTime, default=None)
    signed_by: Mapped[uuid.UUID | None] = mapped_column(ForeignKey("users.id"), default=None)
    signatory_name: Mapped[str] = mapped_column(String(160), server_default="")
    signatory_position: Mapped[str] = mapped_column(String(160), server_default="")
    authorisation_number: Mapped[str] = mapped_column(String(80), server_default="")


class ClaimInstalmentRow(Tracked, Base):
    """One instalment of a claim's repayment: its number, due day and grosze."""

    __tablename__ = "claim_instalments"
    claim_id: Mapped[uuid.UUID] = mapped_column(ForeignKey("undue_claims.id"), index=True)
    number: Mapped[int] = mapped_column(Integer)
    due_on: Mapped[dt.date] = mapped_column(Date)
    amount_grosze: Mapped[int] = mapped_column(Integer)


class ClaimMovementRow(Tracked, Base):
    """What lowers a claim: a payment by the person (at the cashier, by transfer) or a
    deduction from an item of a payment list (`item_id`)."""

    __tablename__ = "claim_movements"
    claim_id: Mapped[uuid.UUID] = mapped_column(ForeignKey("undue_claims.id"), index=True)
    person_id: Mapped[uuid.UUID] = mapped_column(ForeignKey("persons.id"), index=True)
    kind: Mapped[str] = mapped_column(String(20))  # MovementKind
    moved_on: Mapped[dt.date] = mapped_column(Date)
    amount_grosze: Mapped[int] = mapped_column(Integer)
    item_id: Mapped[uuid.UUID | None] = mapped_column(ForeignKey("payment_items.id"),
                                                      default=None, index=True)


class AppealRow(Tracked, Base):
    """Odwołanie (KPA art. 127–140) against a signed decision, lodged through the office.

    The appealed decision never changes: the office grants the appeal in full by a new
    decision naming it (art. 132 § 1, `corrects_id`), or forwards it to the SKO (art. 133),
    whose outcome (art. 138) is recorded here.
    """

    __tablename__ = "appeals"
    decision_id: Mapped[uuid.UUID] = mapped_column(ForeignKey("decisions.id"), index=True)
    application_id: Mapped[uuid.UUID] = mapped_column(ForeignKey("applications.id"), index=True)
    person_id: Mapped[uuid.UUID] = mapped_column(ForeignKey("persons.id"), index=True)
    case_sign: Mapped[str] = mapped_column(String(60))
    # The day it was lodged (posted, or handed in: art. 57 § 5) decides whether it came in
    # time; the day it reached the office starts the organ's 7 days (art. 133).
    lodged_on: Mapped[dt.date] = mapped_column(Date)
    received_on: Mapped[dt.date] = mapped_column(Date)
    lodged_by: Mapped[str] = mapped_column(String(200))
    summary: Mapped[str] = mapped_column(Text, server_default="")
    # The day the decision reached the party (art. 129 § 2 counts from it); None = unknown.
    delivered_on: Mapped[dt.date | None] = mapped_column(Date, default=None)
    state: Mapped[str] = mapped_column(String(20), server_default="registered", index=True)
    forwarded_on: Mapped[dt.date | None] = mapped_column(Date, default=None)
    forwarded_name: Mapped[str] = mapped_column(String(200), server_default="")  # who signs the letter
    # The documents sent with the file, one per line, as the cover letter lists them.
    forwarded_documents: Mapped[str] = mapped_column(Text, server_default="")
    sko_outcome: Mapped[str | None] = mapped_column(String(30), default=None)
    sko_decided_on: Mapped[dt.date | None] = mapped_column(Date, default=None)
    sko_sign: Mapped[str] = mapped_column(String(60), server_default="")
    # The SKO quashed the decision and decided the case itself (art. 138 § 1 pkt 2): its new
    # monthly amount and period are paid from then on; no amount: it granted nothing.
    sko_amount_grosze: Mapped[int | None] = mapped_column(Integer, default=None)
    sko_period_from: Mapped[dt.date | None] = mapped_column(Date, default=None)
    sko_period_to: Mapped[dt.date | None] = mapped_column(Date, default=None)
    # Art. 132: the parties of the decision who did not appeal (one a line; none: the party
    # appealed alone), and the day they consented to the change asked for (§ 2).
    other_parties: Mapped[str] = mapped_column(Text, server_default="")
    others_consented_on: Mapped[dt.date | None] = mapped_column(Date, default=None)
    decision: Mapped[DecisionRow] = relationship()
    application: Mapped[ApplicationRow] = relationship()


class SocialWorkNoteRow(Tracked, Base):
    """A social worker's note on a case: interview, visit, work with the family, Niebieska Karta.

    Readable only by the social-work team and the head (domain/permissions.py).
    """

    __tablename__ = "social_work_notes"
    case_id: Mapped[uuid.UUID] = mapped_column(ForeignKey("cases.id"), index=True)
    person_id: Mapped[uuid.UUID] = mapped_column(ForeignKey("persons.id"), index=True)
    kind: Mapped[str] = mapped_column(String(30))
    noted_on: Mapped[dt.date] = mapped_column(Date)
    text: Mapped[str] = mapped_column(Text)
    author_id: Mapped[uuid.UUID] = mapped_column(ForeignKey("users.id"))


class SocialWorkLogRow(Tracked, Base):
    """Dziennik pracy socjalnej: one piece of social work done with the case's person or their
    whole family (`with_family`), its kind (domain/social_work_log.LogKind) and minutes.
    Readable only by the social-work team and the head; the note is a narrative."""

    __tablename__ = "social_work_log"
    __table_args__ = (Index("ix_social_work_log_author_day", "author_id", "worked_on"),)
    case_id: Mapped[uuid.UUID] = mapped_column(ForeignKey("cases.id"), index=True)
    person_id: Mapped[uuid.UUID] = mapped_column(ForeignKey("persons.id"), index=True)
    with_family: Mapped[bool] = mapped_column(Boolean, server_default=false())
    worked_on: Mapped[dt.date] = mapped_column(Date, index=True)
    kind: Mapped[str] = mapped_column(String(30))
    minutes: Mapped[int] = mapped_column(Integer)
    note: Mapped[str] = mapped_column(Text, server_default="")
    author_id: Mapped[uuid.UUID] = mapped_column(ForeignKey("users.id"))


class CareOrderRow(Tracked, Base):
    """Usługi opiekuńcze ordered for a person (art. 50 u.p.s.) by the decision `decision_ref`
    names: the scope of care (a health fact: services team and head only), hours per week in
    hundredths, the period, the carer and the provider, and the income and household size
    the fee is computed from (domain/care_fees.py)."""

    __tablename__ = "care_orders"
    case_id: Mapped[uuid.UUID] = mapped_column(ForeignKey("cases.id"), index=True)
    person_id: Mapped[uuid.UUID] = mapped_column(ForeignKey("persons.id"), index=True)
    decision_ref: Mapped[str] = mapped_column(String(120))
    scope: Mapped[str] = mapped_column(Text, server_default="")
    hours_per_week_x100: Mapped[int] = mapped_column(Integer)
    starts_on: Mapped[dt.date] = mapped_column(Date)
    ends_on: Mapped[dt.date] = mapped_column(Date)
    carer_name: Mapped[str] = mapped_column(String(120))
    provider: Mapped[str] = mapped_column(String(200), server_default="")
    income_grosze: Mapped[int] = mapped_column(Integer)
    household_size: Mapped[int] = mapped_column(Integer)
    # The signed care decision the order carries out (services/care_decisions.py): its hours
    # limit each month's hours and its fee % and hourly cost are billed. None: an order
    # recorded under a decision made outside the program, named only by `decision_ref`.
    # No foreign key (adding one would rebuild the table on SQLite); the service checks it.
    decision_id: Mapped[uuid.UUID | None] = mapped_column(default=None)


class CareDecisionTermsRow(Tracked, Base):
    """What a decision granting care states beyond any decision (art. 50 u.p.s., KPA art.
    107): the kind of care, its scope (a health fact), hours a week or a month in hundredths,
    the place, the provider, and the fee it fixes – the hourly cost, the fee % and where the
    % comes from, with the income it was found for. Written with the draft; once the decision
    is signed the store's triggers refuse any change (storage/triggers.py)."""

    __tablename__ = "care_decision_terms"
    decision_id: Mapped[uuid.UUID] = mapped_column(ForeignKey("decisions.id"), unique=True)
    care_kind: Mapped[str] = mapped_column(String(30))
    scope: Mapped[str] = mapped_column(Text, server_default="")
    hours_x100: Mapped[int] = mapped_column(Integer)
    hours_unit: Mapped[str] = mapped_column(String(10))
    place: Mapped[str] = mapped_column(String(300), server_default="")
    provider: Mapped[str] = mapped_column(String(200), server_default="")
    hourly_cost_grosze: Mapped[int] = mapped_column(Integer)
    fee_percent: Mapped[str] = mapped_column(String(12))
    income_grosze: Mapped[int] = mapped_column(Integer)
    income_share: Mapped[str] = mapped_column(String(20))
    fee_source: Mapped[str] = mapped_column(String(500), server_default="")
    fee_unconfirmed: Mapped[bool] = mapped_column(Boolean, server_default=false())


class CareDeliveryRow(Tracked, Base):
    """The hours of care delivered under an order in one month (`month`: its first day), in
    hundredths of an hour, as the services team enters them."""

    __tablename__ = "care_deliveries"
    __table_args__ = (Index("ix_care_deliveries_order_month", "order_id", "month"),)
    order_id: Mapped[uuid.UUID] = mapped_column(ForeignKey("care_orders.id"))
    month: Mapped[dt.date] = mapped_column(Date)
    hours_x100: Mapped[int] = mapped_column(Integer)


class CareBillRow(Tracked, Base):
    """The monthly bill for care services, issued once and never changed: every figure it
    states is kept as issued (a correction is a new bill naming this one in `corrects_id`)."""

    __tablename__ = "care_bills"
    __table_args__ = (Index("ix_care_bills_order_month", "order_id", "month"),)
    order_id: Mapped[uuid.UUID] = mapped_column(ForeignKey("care_orders.id"))
    person_id: Mapped[uuid.UUID] = mapped_column(ForeignKey("persons.id"), index=True)
    month: Mapped[dt.date] = mapped_column(Date)
    number: Mapped[str] = mapped_column(String(80))
    hours_x100: Mapped[int] = mapped_column(Integer)
    hourly_cost_grosze: Mapped[int] = mapped_column(Integer)
    fee_percent: Mapped[str] = mapped_column(String(12))  # Decimal as text, exact
    income_grosze: Mapped[int] = mapped_column(Integer)
    household_size: Mapped[int] = mapped_column(Integer)
    criterion_grosze: Mapped[int] = mapped_column(Integer)
    income_share: Mapped[str] = mapped_column(String(12))  # % of the criterion, as text
    amount_grosze: Mapped[int] = mapped_column(Integer)
    resolution: Mapped[str] = mapped_column(Text)
    legal_basis: Mapped[str] = mapped_column(Text)
    issued_on: Mapped[dt.date] = mapped_column(Date)
    issued_by: Mapped[uuid.UUID] = mapped_column(ForeignKey("users.id"))
    corrects_id: Mapped[uuid.UUID | None] = mapped_column(default=None)


class CareBillPaymentRow(Tracked, Base):
    """A fee paid against an issued care bill: the day, the amount, cash or transfer
    (domain/care_payments.PaymentWay) and the receipt's or transfer's reference. The bill
    itself never changes; a client's balance is the bills less these rows. A payment is never
    changed either: one recorded by mistake is withdrawn by a row naming it in `cancels_id`,
    with the amount negated and the reason as its reference."""

    __tablename__ = "care_bill_payments"
    bill_id: Mapped[uuid.UUID] = mapped_column(ForeignKey("care_bills.id"), index=True)
    person_id: Mapped[uuid.UUID] = mapped_column(ForeignKey("persons.id"), index=True)
    paid_on: Mapped[dt.date] = mapped_column(Date)
    amount_grosze: Mapped[int] = mapped_column(Integer)
    way: Mapped[str] = mapped_column(String(20))
    reference: Mapped[str] = mapped_column(String(120), server_default="")
    recorded_by: Mapped[uuid.UUID] = mapped_column(ForeignKey("users.id"))
    cancels_id: Mapped[uuid.UUID | None] = mapped_column(default=None)


class CareProviderRow(Tracked, Base):
    """Who delivers care services: the office's own carers (`kind` "own") or a firm under
    contract ("contracted": its contract number and dates); the hourly price it is paid."""

    __tablename__ = "care_providers"
    kind: Mapped[str] = mapped_column(String(20))
    name: Mapped[str] = mapped_column(String(200))
    contract_number: Mapped[str] = mapped_column(String(80), server_default="")
    valid_from: Mapped[dt.date] = mapped_column(Date)
    valid_to: Mapped[dt.date | None] = mapped_column(Date, default=None)
    hourly_price_grosze: Mapped[int] = mapped_column(Integer)


class CarerRow(Tracked, Base):
    """A carer (opiekun, opiekunka) working for a provider; `active` false once they left."""

    __tablename__ = "care_carers"
    provider_id: Mapped[uuid.UUID] = mapped_column(ForeignKey("care_providers.id"), index=True)
    name: Mapped[str] = mapped_column(String(120))
    phone: Mapped[str] = mapped_column(String(40), server_default="")
    active: Mapped[bool] = mapped_column(Boolean, default=True)


class CareAssignmentRow(Tracked, Base):
    """Who serves whom: a carer assigned to a care order from `starts_on` (to `ends_on`)."""

    __tablename__ = "care_assignments"
    order_id: Mapped[uuid.UUID] = mapped_column(ForeignKey("care_orders.id"), index=True)
    carer_id: Mapped[uuid.UUID] = mapped_column(ForeignKey("care_carers.id"), index=True)
    starts_on: Mapped[dt.date] = mapped_column(Date)
    ends_on: Mapped[dt.date | None] = mapped_column(Date, default=None)


class CareScheduleRow(Tracked, Base):
    """One slot of a client's weekly schedule: ISO weekday (1 Monday … 7 Sunday), from and to
    in minutes after midnight, and the carer who comes."""

    __tablename__ = "care_schedule"
    order_id: Mapped[uuid.UUID] = mapped_column(ForeignKey("care_orders.id"), index=True)
    carer_id: Mapped[uuid.UUID] = mapped_column(ForeignKey("care_carers.id"))
    weekday: Mapped[int] = mapped_column(Integer)
    starts_min: Mapped[int] = mapped_column(Integer)
    ends_min: Mapped[int] = mapped_column(Integer)


class CareHoursRow(Tracked, Base):
    """Hours one carer delivered under an order: on a day (`worked_on`, with from–to when
    known) or, typed per month, the month's total (`worked_on` NULL). `source` "manual" or
    "import" (the provider's file and its line). The month's sum is the order's delivery."""

    __tablename__ = "care_hours"
    __table_args__ = (Index("ix_care_hours_order_month", "order_id", "month"),)
    order_id: Mapped[uuid.UUID] = mapped_column(ForeignKey("care_orders.id"))
    carer_id: Mapped[uuid.UUID] = mapped_column(ForeignKey("care_carers.id"), index=True)
    month: Mapped[dt.date] = mapped_column(Date)
    worked_on: Mapped[dt.date | None] = mapped_column(Date, default=None)
    starts_min: Mapped[int | None] = mapped_column(Integer, default=None)
    ends_min: Mapped[int | None] = mapped_column(Integer, default=None)
    hours_x100: Mapped[int] = mapped_column(Integer)
    source: Mapped[str] = mapped_column(String(20), server_default="manual")
    source_file: Mapped[str] = mapped_column(String(200), server_default="")
    source_line: Mapped[int | None] = mapped_column(Integer, default=None)


class CareSupervisionRow(Tracked, Base):
    """A check of the quality of care or a complaint, dated: who checked or complained, what
    was found, the follow-up and by when; about a client's order and/or a provider."""

    __tablename__ = "care_supervisions"
    order_id: Mapped[uuid.UUID | None] = mapped_column(ForeignKey("care_orders.id"),
                                                       index=True, default=None)
    person_id: Mapped[uuid.UUID | None] = mapped_column(ForeignKey("persons.id"), index=True,
                                                        default=None)
    provider_id: Mapped[uuid.UUID | None] = mapped_column(ForeignKey("care_providers.id"),
                                                          index=True, default=None)
    carer_id: Mapped[uuid.UUID | None] = mapped_column(ForeignKey("care_carers.id"),
                                                       default=None)
    kind: Mapped[str] = mapped_column(String(20))
    held_on: Mapped[dt.date] = mapped_column(Date)
    conducted_by: Mapped[str] = mapped_column(String(200))
    findings: Mapped[str] = mapped_column(Text, server_default="")
    follow_up: Mapped[str] = mapped_column(Text, server_default="")
    follow_up_by: Mapped[dt.date | None] = mapped_column(Date, default=None)
    # Closed with its outcome (0038): then printed as a protocol, and never changed.
    closed_on: Mapped[dt.date | None] = mapped_column(Date, default=None)
    outcome: Mapped[str | None] = mapped_column(String(20), default=None)
    recommendations: Mapped[str] = mapped_column(Text, server_default="")
    fix_by: Mapped[dt.date | None] = mapped_column(Date, default=None)
    closed_by_name: Mapped[str] = mapped_column(String(200), server_default="")


class ServicePackageRow(Tracked, Base):
    """The coordinator's package for one target group (domain/packages.py). Its parts are one
    JSON list, so two PCs editing the same package while apart meet as one field's conflict,
    never as half of each; its id follows from the group (services/packages.py), so the same
    package made on two PCs is one row."""

    __tablename__ = "service_packages"
    group_code: Mapped[str] = mapped_column(String(40), unique=True)
    name: Mapped[str] = mapped_column(String(200))
    parts: Mapped[str] = mapped_column(Text)  # [{"label": …, "team": …}, …]


class PackageAssignmentRow(Tracked, Base):
    """A package given to a person at the desk after an intake; the name as it was then."""

    __tablename__ = "package_assignments"
    person_id: Mapped[uuid.UUID] = mapped_column(ForeignKey("persons.id"), index=True)
    intake_id: Mapped[uuid.UUID] = mapped_column(ForeignKey("intakes.id"))
    group_code: Mapped[str] = mapped_column(String(40), index=True)
    package_name: Mapped[str] = mapped_column(String(200))
    assigned_by: Mapped[uuid.UUID] = mapped_column(ForeignKey("users.id"))
    person: Mapped[PersonRow] = relationship()
    parts: Mapped[list[PackagePartRow]] = relationship(
        back_populates="assignment", order_by="PackagePartRow.position")


class PackagePartRow(Tracked, Base):
    """One part of a given package: its words and team as they were when given, the referral
    that took it to the team, and the state the team recorded (domain/packages.PartState)."""

    __tablename__ = "package_parts"
    assignment_id: Mapped[uuid.UUID] = mapped_column(ForeignKey("package_assignments.id"),
                                                     index=True)
    position: Mapped[int] = mapped_column(Integer)
    label: Mapped[str] = mapped_column(String(200))
    team_code: Mapped[str] = mapped_column(String(40))
    referral_id: Mapped[uuid.UUID | None] = mapped_column(ForeignKey("referrals.id"),
                                                          index=True, default=None)
    state: Mapped[str] = mapped_column(String(20), server_default="not_started")
    state_set_on: Mapped[dt.date | None] = mapped_column(Date, default=None)
    state_set_by: Mapped[uuid.UUID | None] = mapped_column(default=None)
    assignment: Mapped[PackageAssignmentRow] = relationship(back_populates="parts")
    referral: Mapped[ReferralRow | None] = relationship()


class SocialContractRow(Tracked, Base):
    """Kontrakt socjalny or its annex (domain/contracts.py): a social-work record, readable
    only by the social-work team and the head. Once signed by both sides its columns never
    change (storage/triggers.py CONTRACT_COLUMNS); only its ending is recorded, once.
    `parties` is JSON: the persons as named on the paper; `specific_goals` a JSON list."""

    __tablename__ = "social_contracts"
    case_id: Mapped[uuid.UUID] = mapped_column(ForeignKey("cases.id"), index=True)
    person_id: Mapped[uuid.UUID] = mapped_column(ForeignKey("persons.id"), index=True)
    annex_of_id: Mapped[uuid.UUID | None] = mapped_column(
        ForeignKey("social_contracts.id"), index=True, default=None)
    variant: Mapped[str] = mapped_column(String(1))  # Variant
    status: Mapped[str] = mapped_column(String(20), server_default="draft")
    parties: Mapped[str] = mapped_column(Text, server_default="[]")
    worker_name: Mapped[str] = mapped_column(String(200), server_default="")
    worker_phone: Mapped[str] = mapped_column(String(40), server_default="")
    labour_office_referral: Mapped[str] = mapped_column(String(200), server_default="")
    causes: Mapped[str] = mapped_column(Text, server_default="")
    strengths: Mapped[str] = mapped_column(Text, server_default="")
    limitations: Mapped[str] = mapped_column(Text, server_default="")
    unemployment_causes: Mapped[str] = mapped_column(Text, server_default="")
    qualifications: Mapped[str] = mapped_column(Text, server_default="")
    earlier_activation: Mapped[str] = mapped_column(Text, server_default="")
    main_goal: Mapped[str] = mapped_column(Text, server_default="")
    specific_goals: Mapped[str] = mapped_column(Text, server_default="[]")
    annex_text: Mapped[str] = mapped_column(Text, server_default="")
    starts_on: Mapped[dt.date] = mapped_column(Date)
    ends_on: Mapped[dt.date] = mapped_column(Date)
    clause: Mapped[str] = mapped_column(Text, server_default="")
    clause_source: Mapped[str] = mapped_column(Text, server_default="")
    signed_on: Mapped[dt.date | None] = mapped_column(Date, default=None)
    signed_at: Mapped[dt.datetime | None] = mapped_column(DateTime, default=None)  # UTC
    signed_by: Mapped[uuid.UUID | None] = mapped_column(ForeignKey("users.id"), default=None)
    ended_on: Mapped[dt.date | None] = mapped_column(Date, default=None)
    end_reason: Mapped[str | None] = mapped_column(String(20), default=None)  # EndReason
    end_note: Mapped[str] = mapped_column(Text, server_default="")
    # Set once by anonymisation, which blanks the narratives and parties (triggers allow it).
    anonymised_at: Mapped[dt.datetime | None] = mapped_column(DateTime, default=None)


class InterviewRow(Tracked, Base):
    """Rodzinny wywiad środowiskowy (domain/interviews.py) or its Part IV update (`parent_id`
    names the interview it updates): a social-work record read by social work, the services
    team for its own clients and the head. `answers` is JSON {segment: {field: text}}: the
    questionnaire is dated data whose segments and fields change with the regulation, the
    interview is read and written whole, and nobody queries one answer across interviews.
    `status` holds draft or completed; "frozen" is not stored – it follows from a signed
    decision on an application linked to the interview (InterviewLinkRow)."""

    __tablename__ = "interviews"
    case_id: Mapped[uuid.UUID] = mapped_column(ForeignKey("cases.id"), index=True)
    person_id: Mapped[uuid.UUID] = mapped_column(ForeignKey("persons.id"), index=True)
    parent_id: Mapped[uuid.UUID | None] = mapped_column(
        ForeignKey("interviews.id"), index=True, default=None)
    kind: Mapped[str] = mapped_column(String(20))  # InterviewKind
    form_valid_from: Mapped[dt.date] = mapped_column(Date)  # the questionnaire it follows
    learned_on: Mapped[dt.date] = mapped_column(Date)  # the clock starts here
    urgent: Mapped[bool] = mapped_column(Boolean, server_default=false())
    conducted_on: Mapped[dt.date | None] = mapped_column(Date, default=None)
    place: Mapped[str] = mapped_column(String(200), server_default="")
    worker_id: Mapped[uuid.UUID | None] = mapped_column(ForeignKey("users.id"), default=None)
    worker_name: Mapped[str] = mapped_column(String(200), server_default="")
    answers: Mapped[str] = mapped_column(Text, server_default="{}")
    status: Mapped[str] = mapped_column(String(20), server_default="draft")
    completed_at: Mapped[dt.datetime | None] = mapped_column(DateTime, default=None)  # UTC


class BlueCardRow(Tracked, Base):
    """A Niebieska Karta procedure (domain/blue_card.py), started by form A on a social-work
    case: who filled form A and when, the rules in force then, whether the group's first
    meeting found a person absent (the notice to appear then falls due), and its closing.
    Readable only by the social-work team and the head; `filled_by`, `note` and the closing
    reason are narratives (storage/audit.py)."""

    __tablename__ = "blue_cards"
    case_id: Mapped[uuid.UUID] = mapped_column(ForeignKey("cases.id"), index=True)
    law_valid_from: Mapped[dt.date] = mapped_column(Date)  # the blue_card.json set it follows
    form_a_on: Mapped[dt.date] = mapped_column(Date)  # the first clock starts here
    filled_by: Mapped[str] = mapped_column(String(200))  # the institution / person
    note: Mapped[str] = mapped_column(Text, server_default="")
    someone_absent: Mapped[bool] = mapped_column(Boolean, server_default=false())
    closed_on: Mapped[dt.date | None] = mapped_column(Date, default=None)
    close_reason: Mapped[str | None] = mapped_column(String(40), default=None)
    recorded_by: Mapped[uuid.UUID] = mapped_column(ForeignKey("users.id"))


class BlueCardPartyRow(Tracked, Base):
    """A victim or a person using violence named in form A (domain/blue_card.PartyRole)."""

    __tablename__ = "blue_card_parties"
    blue_card_id: Mapped[uuid.UUID] = mapped_column(ForeignKey("blue_cards.id"), index=True)
    person_id: Mapped[uuid.UUID] = mapped_column(ForeignKey("persons.id"), index=True)
    role: Mapped[str] = mapped_column(String(20))


class BlueCardStepRow(Tracked, Base):
    """A step of the procedure or a form (C, D) recorded: the day it happened and who
    recorded it. One per step and procedure: a PC that learns of a second keeps the first."""

    __tablename__ = "blue_card_steps"
    blue_card_id: Mapped[uuid.UUID] = mapped_column(ForeignKey("blue_cards.id"), index=True)
    kind: Mapped[str] = mapped_column(String(30))
    done_on: Mapped[dt.date] = mapped_column(Date)
    note: Mapped[str] = mapped_column(Text, server_default="")
    recorded_by: Mapped[uuid.UUID] = mapped_column(ForeignKey("users.id"))


class InterviewLinkRow(Tracked, Base):
    """The interview an application relies on (art. 106 ust. 4), set by the benefits team.
    Its id is the application's id: one link per application, and two PCs linking the same
    application apart write the same row (the later writer wins) instead of two."""

    __tablename__ = "interview_links"
    application_id: Mapped[uuid.UUID] = mapped_column(ForeignKey("applications.id"),
                                                      unique=True)
    interview_id: Mapped[uuid.UUID] = mapped_column(ForeignKey("interviews.id"), index=True)


class ProgrammeRow(Tracked, Base):
    """An individual programme or a help plan (domain/programmes.py): planned social work
    with one person, its actions and reviews in plan_actions / plan_reviews (plan_id = this
    id). Readable by social work and the head (and the services team for a help plan on its
    own case). Once signed its columns never change (storage/triggers.py PROGRAMME_COLUMNS)
    but for its ending, once, and anonymisation's blanking, once. `parties` is JSON as on a
    contract; `specific_goals` a JSON list; `interview_id` the interview a help plan follows."""

    __tablename__ = "programmes"
    case_id: Mapped[uuid.UUID] = mapped_column(ForeignKey("cases.id"), index=True)
    person_id: Mapped[uuid.UUID] = mapped_column(ForeignKey("persons.id"), index=True)
    kind: Mapped[str] = mapped_column(String(30))  # a code of programme_kinds.json
    kinds_valid_from: Mapped[dt.date] = mapped_column(Date)  # the set of kinds it follows
    interview_id: Mapped[uuid.UUID | None] = mapped_column(
        ForeignKey("interviews.id"), index=True, default=None)
    status: Mapped[str] = mapped_column(String(20), server_default="draft")
    parties: Mapped[str] = mapped_column(Text, server_default="[]")
    worker_name: Mapped[str] = mapped_column(String(200), server_default="")
    worker_phone: Mapped[str] = mapped_column(String(40), server_default="")
    diagnosis: Mapped[str] = mapped_column(Text, server_default="")
    main_goal: Mapped[str] = mapped_column(Text, server_default="")
    specific_goals: Mapped[str] = mapped_column(Text, server_default="[]")
    starts_on: Mapped[dt.date] = mapped_column(Date)
    ends_on: Mapped[dt.date] = mapped_column(Date)
    signed_on: Mapped[dt.date | None] = mapped_column(Date, default=None)
    signed_at: Mapped[dt.datetime | None] = mapped_column(DateTime, default=None)  # UTC
    signed_by: Mapped[uuid.UUID | None] = mapped_column(ForeignKey("users.id"), default=None)
    ended_on: Mapped[dt.date | None] = mapped_column(Date, default=None)
    end_reason: Mapped[str | None] = mapped_column(String(20), default=None)  # EndReason
    end_note: Mapped[str] = mapped_column(Text, server_default="")
    anonymised_at: Mapped[dt.datetime | None] = mapped_column(DateTime, default=None)


class PlanActionRow(Tracked, Base):
    """One row of a plan's actions table (domain/plans.py). `plan_id` names the plan –
    a kontrakt socjalny or its annex, or a programme (ProgrammeRow) – without a foreign key,
    so that both share the table."""

    __tablename__ = "plan_actions"
    plan_id: Mapped[uuid.UUID] = mapped_column(index=True)
    position: Mapped[int] = mapped_column(Integer)
    what: Mapped[str] = mapped_column(Text)
    performer: Mapped[str] = mapped_column(String(20))  # Performer
    performer_name: Mapped[str] = mapped_column(String(200), server_default="")
    due_on: Mapped[dt.date] = mapped_column(Date)
    assessed_by: Mapped[str] = mapped_column(Text, server_default="")


class PlanReviewRow(Tracked, Base):
    """A dated review of a plan: `statuses` is JSON {action id: ActionStatus}."""

    __tablename__ = "plan_reviews"
    plan_id: Mapped[uuid.UUID] = mapped_column(index=True)
    reviewed_on: Mapped[dt.date] = mapped_column(Date)
    statuses: Mapped[str] = mapped_column(Text, server_default="{}")
    note: Mapped[str] = mapped_column(Text, server_default="")


class AuditRow(Base):
    """One entry of the append-only, hash-chained audit log (storage/audit.py writes it).

    `hash` = SHA-256 over the previous entry's hash and this entry's fields, with the
    field-level changes entering only through `changes_digest`; so retention anonymisation
    can blank `changes` (setting `redacted_at`) and the chain still verifies.
    """

    __tablename__ = "audit_log"
    # A signed act's entry is looked up by the act's id (the triggers, storage/acts.py).
    __table_args__ = (Index("ix_audit_log_signing", "entity_id",
                            sqlite_where=text("action = 'sign'"),
                            postgresql_where=text("action = 'sign'")),)
    seq: Mapped[int] = mapped_column(Integer, primary_key=True, autoincrement=True)
    at: Mapped[dt.datetime] = mapped_column(DateTime, index=True)
    actor_id: Mapped[uuid.UUID | None] = mapped_column(default=None, index=True)
    action: Mapped[str] = mapped_column(String(30))
    entity: Mapped[str] = mapped_column(String(60))
    entity_id: Mapped[str | None] = mapped_column(String(40), default=None)
    person_id: Mapped[uuid.UUID | None] = mapped_column(default=None, index=True)
    changes: Mapped[str | None] = mapped_column(Text, default=None)  # JSON {field: [before, after]}
    changes_digest: Mapped[str] = mapped_column(String(64))
    prev_hash: Mapped[str] = mapped_column(String(64))
    hash: Mapped[str] = mapped_column(String(64))
    redacted_at: Mapped[dt.datetime | None] = mapped_column(DateTime, default=None)



# --- an office of several PCs (ops_desktop/exchange, storage/change_feed.py) -------------


class OfficeMemberRow(Tracked, Base):
    """A PC of the office: its name, and the short code that keeps its numbers unique."""

    __tablename__ = "office_members"
    name: Mapped[str] = mapped_column(String(80))
    code: Mapped[int] = mapped_column(Integer, unique=True)
    removed_at: Mapped[dt.datetime | None] = mapped_column(DateTime, default=None)
    # Public keys (base64): X25519, to which a new office key is wrapped for this PC, and
    # Ed25519, with which this PC signs the new office keys it hands out (exchange/keys.py).
    # None for a PC that has not yet exchanged since keys came in.
    exchange_key: Mapped[str | None] = mapped_column(String(64), default=None)
    signing_key: Mapped[str | None] = mapped_column(String(64), default=None)


class SyncConflictRow(Tracked, Base):
    """Two PCs changed one field while apart: the value kept everywhere and the one that lost.

    Written by the PC whose change lost (it alone knows its change was concurrent), then
    replicated like any row, so every PC shows the same entries to the coordinator.
    """

    __tablename__ = "sync_conflicts"
    table_name: Mapped[str] = mapped_column(String(60))
    row_id: Mapped[str] = mapped_column(String(80))
    field: Mapped[str] = mapped_column(String(60))
    kept_value: Mapped[str | None] = mapped_column(Text, default=None)  # JSON
    kept_stamp: Mapped[str] = mapped_column(String(80))
    kept_author: Mapped[uuid.UUID | None] = mapped_column(default=None)
    lost_value: Mapped[str | None] = mapped_column(Text, default=None)  # JSON
    lost_stamp: Mapped[str] = mapped_column(String(80))
    lost_author: Mapped[uuid.UUID | None] = mapped_column(default=None)
    resolved_at: Mapped[dt.datetime | None] = mapped_column(DateTime, default=None)
    resolved_by: Mapped[uuid.UUID | None] = mapped_column(default=None)


class ExchangeStateRow(Base):
    """This PC's own exchange state (office id and key, member id, clock, watermarks)."""

    __tablename__ = "exchange_state"
    key: Mapped[str] = mapped_column(String(120), primary_key=True)
    value: Mapped[str] = mapped_column(Text, default="")


class OutboxRow(Base):
    """A change made on this PC, field by field with the new values, waiting to travel."""

    __tablename__ = "exchange_outbox"
    seq: Mapped[int] = mapped_column(Integer, primary_key=True, autoincrement=True)
    stamp: Mapped[str] = mapped_column(String(80))
    table_name: Mapped[str] = mapped_column(String(60))
    row_id: Mapped[str] = mapped_column(String(80))
    op: Mapped[str] = mapped_column(String(10))
    fields: Mapped[str] = mapped_column(Text)  # JSON {field: new value}
    bases: Mapped[str] = mapped_column(Text, default="{}")  # JSON {field: stamp replaced}
    author_id: Mapped[uuid.UUID | None] = mapped_column(default=None)


class FieldStampRow(Base):
    """The clock stamp of a field's current value (field '*': every field of the insert)."""

    __tablename__ = "exchange_field_stamps"
    table_name: Mapped[str] = mapped_column(String(60), primary_key=True)
    row_id: Mapped[str] = mapped_column(String(80), primary_key=True)
    field: Mapped[str] = mapped_column(String(60), primary_key=True)
    stamp: Mapped[str] = mapped_column(String(80))
    base: Mapped[str] = mapped_column(String(80), default="")
    author_id: Mapped[uuid.UUID | None] = mapped_column(default=None)


class QuarantineRow(Base):
    """An incoming change this PC did not apply, with the reason, for the administrator."""

    __tablename__ = "exchange_quarantine"
    id: Mapped[int] = mapped_column(Integer, primary_key=True, autoincrement=True)
    at: Mapped[dt.datetime] = mapped_column(DateTime, default=utcnow)
    member_id: Mapped[str] = mapped_column(String(40))
    seq: Mapped[int] = mapped_column(Integer)
    table_name: Mapped[str] = mapped_column(String(60))
    row_id: Mapped[str] = mapped_column(String(80))
    reason: Mapped[str] = mapped_column(String(60))
    change: Mapped[str] = mapped_column(Text)  # JSON of the change as it came



class MemberAuditRow(Base):
    """Another PC's audit-log entry, kept as it was written there, so `verify` checks every
    member's chain (storage/audit_copies.py)."""

    __tablename__ = "exchange_member_audit"
    member_id: Mapped[str] = mapped_column(String(40), primary_key=True)
    seq: Mapped[int] = mapped_column(Integer, primary_key=True, autoincrement=False)
    at: Mapped[str] = mapped_column(String(40))  # as the entry's hash reads it
    actor_id: Mapped[str | None] = mapped_column(String(40), default=None)
    action: Mapped[str] = mapped_column(String(30))
    entity: Mapped[str] = mapped_column(String(60))
    entity_id: Mapped[str | None] = mapped_column(String(40), default=None)
    person_id: Mapped[str | None] = mapped_column(String(40), default=None)
    changes: Mapped[str | None] = mapped_column(Text, default=None)
    changes_digest: Mapped[str] = mapped_column(String(64))
    prev_hash: Mapped[str] = mapped_column(String(64))
    hash: Mapped[str] = mapped_column(String(64))
    redacted_at: Mapped[str | None] = mapped_column(String(40), default=None)


# Indexes that serve the long lists in their shown order (migration 0004): the filter
# columns first, then the order columns, so a page is read from the index by key.
LIST_INDEXES: tuple[tuple[str, str, tuple[str, ...]], ...] = (
    ("ix_cases_team_list", "cases", ("team_code", "deleted_at", "opened_on", "id")),
    ("ix_applications_status_list", "applications", ("status", "deleted_at", "received_on", "id")),
    ("ix_applications_list", "applications", ("deleted_at", "received_on", "id")),
    ("ix_decisions_status_list", "decisions", ("status", "deleted_at", "created_at", "id")),
    # Signed decisions by issue date: the head's list, today's printing, and the statistics
    # (which then read a period, not ten years).
    ("ix_decisions_issued", "decisions", ("status", "deleted_at", "issued_on", "id")),
)
for _name, _table, _columns in LIST_INDEXES:
    Index(_name, *(Base.metadata.tables[_table].c[c] for c in _columns))
# The team's open cases (migration 0006): "closed_on IS NULL" is an equality for the index,
# so the list of open cases is read in its shown order by key as well.
Index("ix_cases_team_open", *(CaseRow.__table__.c[c] for c in
                              ("team_code", "deleted_at", "closed_on", "opened_on", "id")))
# The dashboard's count of open cases per team and worker reads this index alone (0028).
Index("ix_cases_open_worker", *(CaseRow.__table__.c[c] for c in
                                ("team_code", "deleted_at", "closed_on", "worker_id")))
# The dashboard's counts, each a range of one index read alone (migration 0030): waiting
# referrals and drafts to sign per team and worker, waiting applications per carrier against
# their KPA cut-off days (services/deadline_counts.py).
DASHBOARD_INDEXES: tuple[tuple[str, str, tuple[str, ...]], ...] = (
    ("ix_referrals_waiting_count", "referrals", ("status", "deleted_at", "to_team",
                                                 "assigned_to")),
    ("ix_decisions_draft_count", "decisions", ("status", "deleted_at", "created_by")),
    ("ix_applications_deadline_count", "applications",
     ("status", "deleted_at", "case_id", "received_on", "particularly_complicated",
      "created_by", "id")),
)
for _name, _table, _columns in DASHBOARD_INDEXES:
    Index(_name, *(Base.metadata.tables[_table].c[c] for c in _columns))
# The benefits tab's count of every application (the filter "wszystkie") reads this index
# alone, not 190,000 rows for their form (migration 0045_first_showing). Led by the form, so
# the list's page is still read along ix_applications_list in its order, not sorted.
Index("ix_applications_form_count", *(ApplicationRow.__table__.c[c] for c in ("form", "deleted_at")))
# "Wywiady" is read a window at a time, the latest learned of first, along this index
# (storage/interview_list_queries.py; migration 0042_interview_paging). Not led by `deleted_at` or the
# status: the dashboard's count of draft interviews must keep scanning the table.
Index("ix_interviews_learned", *(InterviewRow.__table__.c[c] for c in
                                 ("learned_on", "created_at", "id")))
# Its title's total and overdue count read this index alone, not the wide rows (0042_interview_paging);
# not led by `deleted_at`: sampled statistics of an all-NULL leading column lead the planner
# to sort every interview for each window.
Index("ix_interviews_count", *(InterviewRow.__table__.c[c] for c in
                               ("status", "urgent", "learned_on", "deleted_at", "case_id")))

# DPS placements and shelters: their own module, imported last so its tables are in Base.
from ops_desktop.storage import models_placements as _placements  # noqa: E402,F401
# Posiłek: meal decisions and the meals given a month, likewise.
from ops_desktop.storage import models_meals as _meals  # noqa: E402,F401
# Two records of one person merged by hand, likewise.
from ops_desktop.storage import models_merges as _merges  # noqa: E402,F401
