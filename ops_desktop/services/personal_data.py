"""The controller's duties towards data subjects: a copy of their data, and retention.

DOMAIN.md §10. The head answers a data-subject request (art. 15 RODO) with a PDF for the
person and a JSON copy; once a person's case files are past retention the head anonymises
them after a preview and a typed confirmation. Both acts are written to the audit log.

Who sets the retention rules: the head (ANONYMISE_PERSONS). The periods come from the
office's file classification list, a decision of the controller, and they decide whose data
is removed; the administrator keeps the program running without deciding about case content,
so may read the rules (MANAGE_SETTINGS) but not change them.
"""

from __future__ import annotations

import datetime as dt
import json
import logging
import uuid
from collections import defaultdict
from collections.abc import Callable, Iterable, Sequence
from typing import TypeVar
from dataclasses import asdict, dataclass
from decimal import Decimal

from ops_desktop.documents.subject_data import (
    SubjectAccess,
    SubjectApplication,
    SubjectCareBill,
    SubjectCareOrder,
    SubjectCase,
    SubjectDecision,
    SubjectExport,
    SubjectIncome,
    SubjectIntake,
    SubjectInterview,
    SubjectLogEntry,
    SubjectMember,
    SubjectNote,
    SubjectPayment,
    SubjectPlacement,
    SubjectPerson,
    SubjectReferral,
    SubjectRetention,
    subject_export_json,
)
from ops_desktop.domain.clock import office_time, office_zone, wall_now_aware
from ops_desktop.domain.errors import (
    FieldError,
    NotFound,
    ValidationError,
)
from ops_desktop.domain.money import from_grosze
from ops_desktop.domain.permissions import Permission
from ops_desktop.domain.retention import (
    RetentionRule,
    case_file_class,
    confirmation_phrase,
    destroy_after,
    rule_for,
    validate_rules,
    with_defaults,
)
from ops_desktop.domain.vocabulary import NoteKind, Relation, Sex, polish_relation
from ops_desktop.services import mapping
from ops_desktop.services.blue_card import ENTITIES as BLUE_CARD_ENTITIES
from ops_desktop.services.context import Actor, require, require_any
from ops_desktop.services.office import OfficeService
from ops_desktop.storage import anonymisation, audit, person_merge, queries
from ops_desktop.storage import personal_data_queries as pq
from ops_desktop.storage.database import Database, Session
from ops_desktop.storage.models import PersonRow, utcnow

log = logging.getLogger(__name__)

RULES_KEY = "retention_rules"
ANONYMISED_NAME = ("Osoba", "zanonimizowana")


@dataclass(frozen=True)
class Removal:
    """How many records anonymising one person blanks, by kind."""

    intakes: int
    referrals: int
    social_work_notes: int
    decisions: int
    incomes: int


@dataclass(frozen=True)
class RetentionCandidate:
    person_id: uuid.UUID
    full_name: str
    pesel: str | None
    case_signs: tuple[str, ...]
    last_closed_on: dt.date
    past_retention_since: dt.date  # 1 January after the last of the person's periods ran out
    removes: Removal


@dataclass(frozen=True)
class AnonymisationResult:
    persons: int
    intakes: int
    referrals: int
    social_work_notes: int
    decisions: int
    incomes: int
    audit_entries_redacted: int


def _aware(utc: dt.datetime) -> dt.datetime:
    """A stored UTC time as an aware time on the office clock."""
    return office_time(utc)


def _aware_local(local: dt.datetime) -> dt.datetime:
    """A time the desk typed on the office clock (intake received_at), made aware."""
    return local.replace(tzinfo=office_zone())


# Printed instead of what another person's rights keep out of a data-subject copy.
T = TypeVar("T")

WITHHELD = "[wyłączono – dane innej osoby (art. 15 ust. 4 RODO)]"


class PersonalDataService:
    def __init__(self, db: Database, office: OfficeService) -> None:
        self.db = db
        self.office = office

    # --- the data subject's copy -------------------------------------------------------
    def export(self, actor: Actor, person_id: uuid.UUID) -> SubjectExport:
        """Everything held about the person; the export itself is audited."""
        require(actor, Permission.EXPORT_PERSON_DATA)
        office = self.office.settings().on_paper()
        teams = self.office.team_names()
        with self.db.session(actor.user_id) as s:
            row = pq.person(s, person_id)
            if row is None:
                raise NotFound("person", person_id)
            # With the records merged into the person (services/person_merge.py): signed
            # acts and the like stay on them and are the person's data too.
            ids = person_merge.family(s, [person_id])
            export = SubjectExport(
                office=office,
                generated_at=wall_now_aware().replace(microsecond=0),
                prepared_by=actor.full_name,
                person_id=row.id,
                person=_person(row),
                household=self._household(s, row),
                cases=tuple(
                    SubjectCase(c.sign, c.team_code, teams.get(c.team_code, c.team_code),
                                c.opened_on, c.closed_on)
                    for c in _of_all(pq.cases, s, ids)),
                intakes=tuple(
                    # Who reported the person (a neighbour, a victim) is a third party's
                    # data: art. 15 ust. 4 RODO – not handed over with the person's copy.
                    SubjectIntake(_aware_local(i.received_at), i.channel,
                                  WITHHELD if i.reported_by else "",
                                  i.problem, tuple(g for g in i.grounds.split(",") if g),
                                  i.other_ground, i.urgent, i.outcome, i.advice_given)
                    for i in _of_all(pq.intakes, s, ids)),
                referrals=tuple(
                    SubjectReferral(r.number, _aware(r.created_at), r.from_team,
                                    teams.get(r.from_team, r.from_team), r.to_team,
                                    teams.get(r.to_team, r.to_team), r.reason, r.status,
                                    _aware(r.decided_at) if r.decided_at else None,
                                    r.return_reason)
                    for r in _of_all(pq.referrals, s, ids)),
                applications=tuple(
                    SubjectApplication(a.case.sign, a.received_on, a.form, a.status, a.purpose,
                                       a.unable_to_work, a.requested_from, a.requested_to,
                                       a.defects)
                    for a in _of_all(pq.applications, s, ids)),
                incomes=tuple(
                    SubjectIncome(n.application.case.sign, n.application.received_on, n.source,
                                  from_grosze(n.amount_grosze))
                    for n in _of_all(pq.incomes, s, ids)),
                decisions=tuple(
                    SubjectDecision(
                        d.case_sign, d.kind, d.form, d.status, d.issued_on,
                        None if d.amount_grosze is None else from_grosze(d.amount_grosze),
                        d.period_from, d.period_to, d.payment_method, d.bank_account,
                        d.purpose, d.reasoning, d.signatory_name, d.ruling_detail)
                    for d in _of_all(pq.decisions, s, ids)),
                social_work_notes=tuple(
                    # Niebieska Karta notes hold what the victim told: never given to
                    # the person (who may be the one suspected); the head decides apart.
                    SubjectNote(sign, n.kind, n.noted_on,
                                WITHHELD if n.kind == NoteKind.NIEBIESKA_KARTA.value else n.text)
                    for n, sign in _of_all(pq.notes, s, ids)),
                accesses=tuple(
                    # That a Niebieska Karta names the person is itself what the victim
                    # told (art. 15 ust. 4 RODO): the head answers about it apart.
                    SubjectAccess(_aware(at), name, action, entity)
                    for at, name, action, entity in _of_all(pq.accesses, s, ids)
                    if entity not in BLUE_CARD_ENTITIES),
                retention=tuple(
                    SubjectRetention(r.document_class, _describe(r.document_class, teams),
                                     r.category, r.years)
                    for r in self._stored_rules(s)),
                **_later_records(s, ids),
            )
            audit.record(s, actor.user_id, "export", "person", str(person_id), person_id)
            return export

    @staticmethod
    def _household(s: Session, row: PersonRow) -> tuple[SubjectMember, ...]:
        def member(m: PersonRow, relation: str) -> SubjectMember:
            word = polish_relation(Relation(relation), Sex(m.sex) if m.sex else None)
            return SubjectMember(mapping.full_name(m), relation, m.id == row.id, word)

        if row.household_id is None:
            return (member(row, Relation.APPLICANT.value),)
        return tuple(member(m, relation) for m, relation in pq.household(s, row.household_id))

    def export_json(self, actor: Actor, person_id: uuid.UUID) -> bytes:
        return subject_export_json(self.export(actor, person_id))

    def export_pdf(self, actor: Actor, person_id: uuid.UUID) -> bytes:
        # reportlab loads when someone prints, not at the program's start
        from ops_desktop.documents.subject_export import render_subject_export

        return render_subject_export(self.export(actor, person_id))

    def export_files(self, actor: Actor, person_id: uuid.UUID) -> tuple[bytes, bytes]:
        """(PDF, JSON) of one and the same export: the two copies agree, one audit entry."""
        # reportlab loads when someone prints, not at the program's start
        from ops_desktop.documents.subject_export import render_subject_export

        export = self.export(actor, person_id)
        return render_subject_export(export), subject_export_json(export)

    # --- retention rules ---------------------------------------------------------------
    def rules(self, actor: Actor) -> list[RetentionRule]:
        require_any(actor, Permission.ANONYMISE_PERSONS, Permission.MANAGE_SETTINGS)
        with self.db.session(actor.user_id) as s:
            return self._stored_rules(s)

    def save_rules(self, actor: Actor, rules: Sequence[RetentionRule]) -> None:
        require(actor, Permission.ANONYMISE_PERSONS)
        errors = validate_rules(rules)
        if errors:
            raise ValidationError(errors)
        text = json.dumps([asdict(r) for r in rules], ensure_ascii=False, sort_keys=True)
        with self.db.session(actor.user_id) as s:
            queries.put_setting(s, RULES_KEY, text)

    @staticmethod
    def _stored_rules(s: Session) -> list[RetentionRule]:
        raw = queries.settings(s).get(RULES_KEY, "")
        stored: list[RetentionRule] = []
        if raw:
            try:
                stored = [RetentionRule(str(r["document_class"]), str(r["category"]),
                                        int(r["years"])) for r in json.loads(raw)]
            except (ValueError, TypeError, KeyError):
                # A hand-edited setting must not stop the office: defaults until it is saved again.
                log.warning("retention rules setting unreadable; using defaults")
                stored = []
            if validate_rules(stored):
                log.warning("retention rules setting invalid; using defaults")
                stored = []
        return with_defaults(stored)

    # --- retention and anonymisation ---------------------------------------------------
    def retention_preview(self, actor: Actor, today: dt.date) -> list[RetentionCandidate]:
        """Persons whose every case is closed and past retention, oldest first, with what goes."""
        require(actor, Permission.ANONYMISE_PERSONS)
        with self.db.session(actor.user_id) as s:
            due = self._due(s, today)
            found = []
            for row in pq.persons(s, list(due)):
                signs, closed, since = due[row.id]
                found.append(RetentionCandidate(
                    person_id=row.id, full_name=mapping.full_name(row), pesel=row.pesel,
                    case_signs=signs, last_closed_on=closed, past_retention_since=since,
                    removes=Removal(**pq.blanked_counts(s, row.id)),
                ))
        return sorted(found, key=lambda c: (c.past_retention_since, c.full_name, str(c.person_id)))

    def _due(self, s: Session, today: dt.date
             ) -> dict[uuid.UUID, tuple[tuple[str, ...], dt.date, dt.date]]:
        """Person → (case signs, last closing, first day past retention) for those due by today."""
        rules = self._stored_rules(s)
        by_person: dict[uuid.UUID, list[tuple[str, dt.date, str]]] = defaultdict(list)
        for pid, team, closed, sign in pq.retention_cases(s):
            by_person[pid].append((team, closed, sign))
        due = {}
        for pid, closed_cases in by_person.items():
            ends = []
            for team, closed, _sign in closed_cases:
                rule = rule_for(rules, case_file_class(team))
                if rule.permanent:
                    break  # an archival file keeps the person's data for ever
                ends.append(destroy_after(closed, rule.years))
            else:
                since = max(ends)
                if today >= since:
                    due[pid] = (tuple(sign for _t, _c, sign in closed_cases),
                                max(c for _t, c, _s in closed_cases), since)
        return due

    def anonymise(self, actor: Actor, person_ids: Sequence[uuid.UUID], confirmation: str,
                  today: dt.date) -> AnonymisationResult:
        """Replace the persons' personal data everywhere, in one transaction, and audit it.

        `confirmation` must be exactly the phrase the preview shows for this many persons
        ("ANONIMIZUJ 3"); every person must still be due on `today`, or nothing changes.
        """
        require(actor, Permission.ANONYMISE_PERSONS)
        ids = list(dict.fromkeys(person_ids))
        if not ids:
            raise ValidationError([FieldError("persons", "required")])
        if confirmation != confirmation_phrase(len(ids)):
            raise ValidationError([FieldError("confirmation", "confirmation_mismatch")])
        with self.db.session(actor.user_id) as s:
            due = self._due(s, today)
            if any(pid not in due for pid in ids):
                raise ValidationError([FieldError("persons", "not_past_retention")])
            now = utcnow()
            # Records merged into a person are the same person's data (storage/person_merge.py).
            ids = person_merge.family(s, ids)
            counts, redacted = anonymisation.anonymise_here(s, ids, actor.user_id,
                                                            ANONYMISED_NAME, now)
            # In an office every other PC does the same at its next exchange.
            anonymisation.record_fact(s, ids, actor.user_id, ANONYMISED_NAME, now)
        self.db.checkpoint()  # the replaced values must not stay readable in the -wal file
        return AnonymisationResult(audit_entries_redacted=redacted, **counts)


def _withheld_if(narrative: str) -> str:
    return WITHHELD if narrative.strip() not in ("", "{}") else ""


def _of_all(reader: Callable[[Session, uuid.UUID], Iterable[T]], s: Session,
            ids: Sequence[uuid.UUID]) -> list[T]:
    """What `reader` finds for each of a person's records, in turn."""
    return [found for person_id in ids for found in reader(s, person_id)]


def _later_records(s: Session, ids: Sequence[uuid.UUID]) -> dict[str, tuple[object, ...]]:
    """Interviews, the social-work log, care services and payments of the person.

    Unlike a social-work note, kept about one person, an interview's answers and place and a
    log entry's note tell of the whole family – other members' health, addiction, violence –
    and cannot be cut to this person's part: art. 15 ust. 4 RODO keeps them out; the person
    sees that they exist, when, with whom. The scope of care is the person's own need: theirs.
    """
    return dict(
        interviews=tuple(
            SubjectInterview(sign, i.kind, i.learned_on, i.conducted_on, i.status,
                             i.worker_name, _withheld_if(i.answers))
            for i, sign in _of_all(pq.interviews, s, ids)),
        social_work_log=tuple(
            SubjectLogEntry(sign, e.worked_on, e.kind, e.minutes, e.with_family,
                            _withheld_if(e.note))
            for e, sign in _of_all(pq.log_entries, s, ids)),
        care_orders=tuple(
            SubjectCareOrder(sign, o.decision_ref, o.scope,
                             Decimal(o.hours_per_week_x100) / 100, o.starts_on, o.ends_on,
                             o.carer_name, o.provider)
            for o, sign in _of_all(pq.care_orders, s, ids)),
        care_bills=tuple(
            SubjectCareBill(b.number, b.month, b.issued_on, Decimal(b.hours_x100) / 100,
                            from_grosze(b.hourly_cost_grosze), b.fee_percent,
                            from_grosze(b.amount_grosze))
            for b in _of_all(pq.care_bills, s, ids)),
        payments=tuple(
            SubjectPayment(lst.number, lst.status, lst.payment_date, item.benefit_month,
                           item.case_sign, item.form, lst.method, item.bank_account,
                           from_grosze(item.amount_grosze))
            for item, lst in _of_all(pq.payment_items, s, ids)),
        placements=(*(
            SubjectPlacement(f"dps_{d.kind}", d.number, sign, d.status, d.decided_on,
                             d.starts_on, None, place,
                             None if d.resident_grosze is None else from_grosze(d.resident_grosze),
                             d.reasoning)
            for d, sign, place in _of_all(pq.dps_decisions, s, ids)), *(
            SubjectPlacement("shelter", d.number, sign, d.status, d.decided_on, d.starts_on,
                             d.ends_on, place, None, d.reasoning)
            for d, sign, place in _of_all(pq.shelter_decisions, s, ids)), *(
            SubjectPlacement("meal", d.number, sign, d.status, d.decided_on, d.starts_on,
                             d.ends_on, d.place, None, d.reasoning)
            for d, sign in _of_all(pq.meal_decisions, s, ids))),
    )


def _person(row: PersonRow) -> SubjectPerson:
    address = mapping.address_line(row)
    return SubjectPerson(
        first_name=row.first_name, last_name=row.last_name, pesel=row.pesel,
        id_document_type=row.id_document_type, id_document_number=row.id_document_number,
        birth_date=row.birth_date, sex=row.sex,
        address_lines=tuple(address.split(", ", 1)) if address else (),
        phone=row.phone,
        anonymised_at=_aware(row.anonymised_at) if row.anonymised_at else None,
        homeless=row.homeless,
        delivery_lines=mapping.delivery_lines(row),
    )


def _describe(document_class: str, teams: dict[str, str]) -> str:
    """ "akta spraw – Zespół ds. świadczeń …" for a team's case files, else the class code."""
    prefix = case_file_class("")
    if document_class.startswith(prefix):
        team = document_class[len(prefix):]
        return f"akta spraw – {teams.get(team, team)}"
    return document_class
