"""Persons and households: search as you type, a person's file, registering a household."""

from __future__ import annotations

import uuid
from dataclasses import dataclass

from ops_desktop.domain import pesel as pesel_rules
from ops_desktop.domain.clock import wall_today
from ops_desktop.domain.errors import ConflictError, FieldError, NotFound, ValidationError
from ops_desktop.domain.fields import INVALID, choice_errors, require_id, require_page
from ops_desktop.domain.ids import new_id
from ops_desktop.domain.permissions import Permission
from ops_desktop.domain.person import (
    Address,
    PersonInput,
    derive_from_pesel,
    validate_person,
)
from ops_desktop.domain.text import fold, without_control_characters
from ops_desktop.domain.vocabulary import IdDocumentType, Relation, Sex
from ops_desktop.services import mapping, need_to_know
from ops_desktop.services.context import Actor, require
from ops_desktop.services.views import MemberView, PersonFile, PersonSummary
from ops_desktop.storage import audit, person_merge, queries
from ops_desktop.storage.database import Database, Session
from ops_desktop.storage.models import (
    HouseholdMemberRow,
    HouseholdRow,
    PersonRow,
    utcnow,
)


@dataclass(frozen=True)
class MemberInput:
    """A household member: a new person to register, or one already in the store."""

    relation: Relation
    person: PersonInput | None = None
    existing_person_id: uuid.UUID | None = None


@dataclass(frozen=True)
class SearchQuery:
    """What a person typed, split into a PESEL prefix or a folded surname prefix."""

    folded: str
    digits: str

    @classmethod
    def parse(cls, text: str) -> SearchQuery:
        if not isinstance(text, str):
            return cls(folded="", digits="")
        # What cannot be in a stored name (controls, lone surrogates) cannot help find one.
        text = without_control_characters(text[:1000])
        compact = text.strip().replace(" ", "")
        if compact.isascii() and compact.isdigit():
            return cls(folded="", digits=compact[:11])
        return cls(folded=fold(text)[:100], digits="")

    @property
    def empty(self) -> bool:
        return not self.folded and not self.digits


# The desk counts found persons up to this many and shows "ponad 500" beyond: an exact count
# of a short word's tens of thousands would cost more than the rest of a keystroke's search.
COUNT_SHOWN_UP_TO = 500

SEARCH_NAME_MAX = 170  # PersonRow.search_name


def _search_name(last_name: str, first_name: str) -> str:
    # Folding may lengthen a name (ß → ss, ligatures); the key is searched by prefix only.
    return fold(f"{last_name} {first_name}")[:SEARCH_NAME_MAX]


def _apply(row: PersonRow, p: PersonInput) -> None:
    row.first_name = p.first_name.strip()
    row.last_name = p.last_name.strip()
    row.search_name = _search_name(row.last_name, row.first_name)
    row.pesel = pesel_rules.normalise(p.pesel) if p.pesel else None
    row.id_document_type = p.id_document_type.value if p.id_document_type else None
    row.id_document_number = (p.id_document_number or "").strip() or None
    row.birth_date = p.birth_date
    row.sex = p.sex.value if p.sex else None
    row.street = p.address.street.strip()
    row.building = p.address.building.strip()
    row.flat = p.address.flat.strip()
    row.postal_code = p.address.postal_code.strip()
    row.city = p.address.city.strip()
    row.phone = p.phone.strip()
    row.homeless = p.homeless
    delivery = p.delivery_address or Address("", "", "", "", "")
    row.delivery_street = delivery.street.strip()
    row.delivery_building = delivery.building.strip()
    row.delivery_flat = delivery.flat.strip()
    row.delivery_postal_code = delivery.postal_code.strip()
    row.delivery_city = delivery.city.strip()


def _input_of(row: PersonRow) -> PersonInput:
    """The stored person as the form typed it, for a correction."""
    delivery = Address(row.delivery_street, row.delivery_building, row.delivery_flat,
                       row.delivery_postal_code, row.delivery_city)
    return PersonInput(
        first_name=row.first_name, last_name=row.last_name, pesel=row.pesel,
        id_document_type=IdDocumentType(row.id_document_type) if row.id_document_type else None,
        id_document_number=row.id_document_number, birth_date=row.birth_date,
        sex=Sex(row.sex) if row.sex else None,
        address=Address(row.street, row.building, row.flat, row.postal_code, row.city),
        phone=row.phone, homeless=row.homeless,
        delivery_address=None if delivery.is_empty else delivery,
    )


@dataclass(frozen=True)
class PersonRecord:
    """A person's data for the correction form, with the version it was read at."""

    person_id: uuid.UUID
    data: PersonInput
    version: int


class PersonService:
    def __init__(self, db: Database) -> None:
        self.db = db

    def search(self, actor: Actor, text: str, limit: int = 50, offset: int = 0) -> list[PersonSummary]:
        require(actor, Permission.SEARCH_PERSONS)
        require_page(limit, offset)
        q = SearchQuery.parse(text)
        if q.empty:
            return []
        with self.db.session(actor.user_id) as s:
            rows = queries.search_persons(s, q.folded, q.digits, limit, offset)
            return [mapping.person_summary(r) for r in rows]

    def find(self, actor: Actor, text: str, limit: int, up_to: int) -> tuple[list[PersonSummary], int]:
        """`search`'s first page and `count` up to `up_to` at once: what the desk asks at every
        pause in typing (the name index is asked once when it finds few persons)."""
        require(actor, Permission.SEARCH_PERSONS)
        require_page(limit, up_to)
        q = SearchQuery.parse(text)
        if q.empty:
            return [], 0
        with self.db.session(actor.user_id) as s:
            rows, total = queries.find_persons(s, q.folded, q.digits, limit, up_to)
            return [mapping.person_summary(r) for r in rows], total

    def count(self, actor: Actor, text: str, up_to: int | None = None) -> int:
        """How many persons `search` finds; with `up_to`, counting stops there (the desk shows
        "more than 500" rather than count a short word's tens of thousands per keystroke)."""
        require(actor, Permission.SEARCH_PERSONS)
        q = SearchQuery.parse(text)
        if q.empty:
            return 0
        with self.db.session(actor.user_id) as s:
            return queries.count_persons(s, q.folded, q.digits, up_to)

    @staticmethod
    def _problems(p: PersonInput, prefix: str = "") -> list[FieldError]:
        return [FieldError(prefix + e.field, e.code) for e in validate_person(p, wall_today())]

    @classmethod
    def _member_problems(cls, i: int, m: MemberInput) -> list[FieldError]:
        prefix = f"member.{i}."
        if not isinstance(m, MemberInput):
            return [FieldError(f"member.{i}", INVALID)]
        errors = choice_errors(prefix + "relation", m.relation, Relation)
        if m.person is not None:
            errors += cls._problems(m.person, prefix)
        elif m.existing_person_id is None:
            errors.append(FieldError(f"member.{i}", "required"))
        elif not isinstance(m.existing_person_id, uuid.UUID):
            errors.append(FieldError(f"member.{i}", INVALID))
        return errors

    @staticmethod
    def _taken_pesels(s: Session, people: list[tuple[str, PersonInput]],
                      own: uuid.UUID | None = None) -> list[FieldError]:
        """PESELs repeated within the form or already in the register, each on its own field."""
        errors: list[FieldError] = []
        seen: set[str] = set()
        for prefix, p in people:
            if not isinstance(p, PersonInput) or not isinstance(p.pesel, str):
                continue
            number = pesel_rules.normalise(p.pesel)
            if not pesel_rules.is_valid(number):
                continue  # no PESEL, or one already refused next to its field
            if number in seen:
                errors.append(FieldError(prefix + "pesel", "pesel_repeated_in_household"))
                continue
            seen.add(number)
            other = queries.person_by_pesel(s, number)
            if other is not None and other.id != own:
                errors.append(FieldError(prefix + "pesel", "pesel_already_registered"))
        return errors

    def register_household(
        self, actor: Actor, applicant: PersonInput, members: list[MemberInput]
    ) -> uuid.UUID:
        """Register the applicant and their household in one transaction; returns the applicant id.

        Every problem of the form is reported at once, member fields as `member.<index>.<field>`.
        """
        require(actor, Permission.REGISTER_PERSON)
        if not isinstance(members, (list, tuple)):
            raise ValidationError([FieldError("member", INVALID)])
        errors = self._problems(applicant)
        people: list[tuple[str, PersonInput]] = [("", applicant)]
        moving: set[uuid.UUID] = set()
        for i, m in enumerate(members):
            errors += self._member_problems(i, m)
            if isinstance(m, MemberInput) and m.person is not None:
                people.append((f"member.{i}.", m.person))
            elif isinstance(m, MemberInput) and isinstance(m.existing_person_id, uuid.UUID):
                if m.existing_person_id in moving:
                    errors.append(FieldError(f"member.{i}", "person_repeated_in_household"))
                moving.add(m.existing_person_id)
        with self.db.session(actor.user_id) as s:
            errors += self._taken_pesels(s, people)
            if errors:
                raise ValidationError(errors)
            # Ids are made here, so the whole household goes to the store in one flush at
            # commit (each flush also costs an audit-log round).
            household = HouseholdRow(id=new_id())
            s.add(household)
            head = PersonRow(id=new_id(), household_id=household.id)
            _apply(head, derive_from_pesel(applicant))
            s.add(head)
            s.add(HouseholdMemberRow(
                household_id=household.id, person_id=head.id,
                relation=Relation.APPLICANT.value, position=0,
            ))
            for i, m in enumerate(members, start=1):
                if m.person is not None:
                    row = PersonRow(id=new_id(), household_id=household.id)
                    _apply(row, derive_from_pesel(m.person))
                    s.add(row)
                    person_id = row.id
                else:
                    assert m.existing_person_id is not None  # checked with the form above
                    existing = queries.get(s, PersonRow, m.existing_person_id)
                    if existing is None:
                        raise NotFound("person", m.existing_person_id)
                    # A person lives in one household: leaving the old one is part of the move.
                    for old in queries.memberships(s, existing.id):
                        old.deleted_at = utcnow()
                    existing.household_id = household.id
                    person_id = existing.id
                s.add(HouseholdMemberRow(
                    household_id=household.id, person_id=person_id,
                    relation=m.relation.value, position=i,
                ))
            return head.id

    def for_correction(self, actor: Actor, person_id: uuid.UUID) -> PersonRecord:
        """The person's data as stored, to be corrected and saved with `update_person`."""
        require(actor, Permission.UPDATE_PERSON)
        require_id("person_id", person_id)
        with self.db.session(actor.user_id) as s:
            row = queries.get(s, PersonRow, person_id)
            if row is None or row.deleted_at is not None or row.anonymised_at is not None:
                raise NotFound("person", person_id)
            return PersonRecord(row.id, _input_of(row), row.version)

    def update_person(self, actor: Actor, person_id: uuid.UUID, p: PersonInput,
                      expected_version: int | None = None) -> int:
        """Correct a person's data; returns the new version.

        `expected_version` is the version the form was filled from: when a colleague saved a
        change meanwhile, ConflictError("person_changed") refuses to overwrite it unseen.
        The audit log records every changed field with its value before and after.
        """
        require(actor, Permission.UPDATE_PERSON)
        require_id("person_id", person_id)
        errors = self._problems(p)
        with self.db.session(actor.user_id) as s:
            row = queries.get(s, PersonRow, person_id)
            if row is None or row.deleted_at is not None or row.anonymised_at is not None:
                raise NotFound("person", person_id)
            if expected_version is not None and row.version != expected_version:
                raise ConflictError("person_changed", str(row.version))
            errors += self._taken_pesels(s, [("", p)], own=person_id)
            if errors:
                raise ValidationError(errors)
            _apply(row, derive_from_pesel(p))
            # The version check of the UPDATE itself (models.Tracked) catches a save that
            # lands between this reading and the write (a ConflictError as well).
            s.flush()
            return row.version

    def household(self, actor: Actor, person_id: uuid.UUID) -> list[MemberView]:
        require(actor, Permission.READ_PERSON_FILE)
        with self.db.session(actor.user_id) as s:
            return self._members(s, person_id)

    def _members(self, s: Session, person_id: uuid.UUID) -> list[MemberView]:
        person = queries.get(s, PersonRow, person_id)
        if person is None:
            raise NotFound("person", person_id)
        if person.household_id is None:
            return [MemberView(person.id, mapping.full_name(person), person.pesel,
                               person.birth_date, Relation.APPLICANT, _sex(person.sex))]
        household = queries.household_with_members(s, person.household_id)
        assert household is not None
        return [
            MemberView(m.person_id, mapping.full_name(m.person), m.person.pesel,
                       m.person.birth_date, Relation(m.relation), _sex(m.person.sex))
            for m in household.members
            if m.deleted_at is None
        ]

    def file(self, actor: Actor, person_id: uuid.UUID) -> PersonFile:
        """The person's file as the desk sees it: data, household and the household's history.

        The history covers every member, as the family's paper file does: a child's file shows
        the intake and decisions registered in the parent's name, each entry with whose it
        is. A member's special-category entries (an intake with a ground of violence,
        addiction, illness or disability, and its referrals; such a ground of an
        application) stay in that member's own file:
        the partner's file never shows the victim's report. What each reader sees of the
        rest follows services/need_to_know.py.
        """
        require(actor, Permission.READ_PERSON_FILE)
        with self.db.session(actor.user_id) as s:
            row = queries.get(s, PersonRow, person_id)
            if row is None or row.deleted_at is not None:
                raise NotFound("person", person_id)
            # Accountability: who opened whose file, committed with the reading itself.
            audit.record(s, actor.user_id, "view", "person_file", str(person_id), person_id)
            members = self._members(s, person_id)
            ids = [m.person_id for m in members] or [person_id]
            document = " ".join(x for x in (row.id_document_type or "", row.id_document_number or "") if x)
            intakes = [i for i in queries.intakes_of(s, ids)
                       if i.person_id == person_id or not need_to_know.special_intake(i)]
            referrals = [r for r in queries.referrals_of(s, ids)
                         if r.person_id == person_id or not need_to_know.special_intake(r.intake)]
            return PersonFile(
                person=mapping.person_summary(row),
                sex=Sex(row.sex) if row.sex else None,
                id_document=document,
                street=row.street, building=row.building, flat=row.flat,
                postal_code=row.postal_code, city=row.city, phone=row.phone,
                household=tuple(members),
                cases=tuple(need_to_know.case(actor, c) for c in queries.cases_of(s, ids)),
                intakes=tuple(need_to_know.intake(actor, i) for i in intakes),
                referrals=tuple(need_to_know.referral(actor, r) for r in referrals),
                applications=tuple(need_to_know.application(actor, a, person_id)
                                   for a in queries.applications_of(s, ids)),
                # A signed decision never changes: one naming a record merged into this
                # one still names that record, whose pointer leads here.
                decisions=tuple(need_to_know.decision(actor, d) for d in
                                queries.decisions_of(s, person_merge.family(s, ids))),
            )


def _sex(code: str | None) -> Sex | None:
    return Sex(code) if code else None
