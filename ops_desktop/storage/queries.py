"""Repository queries: the only place services get rows from, so SQL stays inside storage."""

from __future__ import annotations

import datetime as dt
import json
import uuid
from collections.abc import Sequence
from typing import Any, TypeVar

from sqlalchemy import (
    Integer,
    Select,
    column,
    func,
    literal,
    literal_column,
    or_,
    select,
    table,
    text,
    tuple_,
    update,
)
from sqlalchemy.orm import Session, selectinload
from sqlalchemy.sql.elements import ColumnElement

from ops_desktop.domain.vocabulary import CARE_FORM_CODES, DecisionStatus
from ops_desktop.storage.list_versions import superseded_draft
from ops_desktop.storage.models import (
    PERSON_LIVE,
    ApplicationRow,
    AuthorisationRow,
    Base,
    CaseRow,
    DecisionRow,
    HouseholdMemberRow,
    HouseholdRow,
    IncomeRow,
    IntakeRow,
    PersonRow,
    ReferralForwardRow,
    ReferralRow,
    Setting,
    SignCounterRow,
    TeamRow,
    UserRow,
)
from ops_desktop.storage import typed_words
from ops_desktop.storage.name_search import FEW, found_rowids, name_page_plan
from ops_desktop.storage.triggers import PERSON_SEARCH_TABLE

RowT = TypeVar("RowT", bound=Base)


def get(session: Session, model: type[RowT], row_id: uuid.UUID) -> RowT | None:
    return session.get(model, row_id)


def add(session: Session, row: Base) -> None:
    session.add(row)
    session.flush()


# --- persons ---------------------------------------------------------------------------


# The full-text index over folded names (storage/triggers.py, migration 0003; SQLite only).
_person_search = table(PERSON_SEARCH_TABLE, column("rowid", Integer))
_persons_rowid = literal_column("persons.rowid", Integer)
# A word as the index's tokenizer sees it: letters and digits; anything else separates words.
_WORD = typed_words.WORD
# Where a word starts, in PostgreSQL's regular expressions: the start or after a separator.
_WORD_START = "(^|[^[:alnum:]])"


def _typed_words(folded: str) -> list[str]:
    """The typed words the name index is asked for (storage/typed_words.py)."""
    return typed_words.asked_of_index(_WORD.findall(folded))


def _name_match(folded: str) -> str:
    """An FTS5 query: every typed word is the start of some word of the name, in any order.

    Each word is quoted, so nothing typed (quotes, `*`, NEAR, AND, parentheses) is read as
    query syntax; an empty result means nothing searchable was typed.
    """
    words = _typed_words(folded)
    return " AND ".join('"' + w.replace('"', '""') + '"*' for w in words)


def _pesel_range(digits: str) -> tuple[str, str]:
    # A prefix as a range, so the unique index on pesel is used (LIKE would read every row).
    return digits, digits[:-1] + chr(ord(digits[-1]) + 1)


def _uses_index(session: Session) -> bool:
    return session.get_bind().dialect.name == "sqlite"


def _person_filter(stmt: Select, folded: str, digits: str, indexed: bool) -> Select:
    # A record merged into another (services/person_merge.py) is not found: the survivor is.
    stmt = stmt.where(PersonRow.deleted_at.is_(None), PersonRow.merged_into_id.is_(None))
    if digits:
        low, high = _pesel_range(digits)
        return stmt.where(PersonRow.pesel >= low, PersonRow.pesel < high)
    if indexed:
        matched = select(_person_search.c.rowid).where(
            text(f"{PERSON_SEARCH_TABLE} MATCH :person_match").bindparams(
                person_match=_name_match(folded)))
        return stmt.where(_persons_rowid.in_(matched))
    # PostgreSQL: the same rule as the full-text query, every typed word the start of some
    # word of the folded name, as one regular expression per word (a word is letters and
    # digits only, so it holds no pattern syntax); a trigram index serves it (0009_postgres).
    return stmt.where(*(PersonRow.search_name.regexp_match(_WORD_START + word)
                        for word in _typed_words(folded)))


# What a list of found persons shows (services/mapping.person_summary): reading these columns
# rather than whole rows spares building an ORM object for every person on the page.
_SUMMARY = (PersonRow.id, PersonRow.first_name, PersonRow.last_name, PersonRow.pesel,
            PersonRow.birth_date, PersonRow.street, PersonRow.building, PersonRow.flat,
            PersonRow.postal_code, PersonRow.city)


# SQLite keeps to the unique index of every PESEL, reading each row to learn whether the person
# is removed or merged; the index of the PESELs the desk may find answers alone (0047).
_LIVE_PESELS = ("FROM persons INDEXED BY ix_persons_pesel_live "
                f"WHERE {PERSON_LIVE} AND pesel >= :low AND pesel < :high")


def _live_pesel_page(session: Session, digits: str, limit: int, offset: int) -> Sequence[Any]:
    low, high = _pesel_range(digits)
    columns = ", ".join(c.key for c in _SUMMARY)
    stmt = text(f"SELECT {columns} {_LIVE_PESELS} ORDER BY pesel LIMIT :limit OFFSET :offset")
    return session.execute(stmt.bindparams(low=low, high=high, limit=limit, offset=offset)
                           .columns(*_SUMMARY)).all()


def _live_pesel_count(session: Session, digits: str, up_to: int | None) -> int:
    low, high = _pesel_range(digits)
    stmt = text(f"SELECT count(*) FROM (SELECT 1 {_LIVE_PESELS} LIMIT :most)")
    # LIMIT -1: no limit, in SQLite's words.
    return int(session.execute(stmt.bindparams(
        low=low, high=high, most=-1 if up_to is None else up_to)).scalar_one())


def search_persons(
    session: Session, folded: str, digits: str, limit: int, offset: int = 0
) -> Sequence[Any]:
    """Live persons whose PESEL starts with `digits`, or whose name words start with the
    words of `folded` (by surname then first name; by PESEL when searching by PESEL).

    The rows carry the columns of a person summary (_SUMMARY), not whole persons.
    """
    indexed = _uses_index(session)
    if not digits and not _name_match(folded):  # nothing searchable typed: no one
        return []
    if digits and indexed:
        return _live_pesel_page(session, digits, limit, offset)
    own = None if digits else _with_own_words(session, folded)
    if own is not None:
        return _summaries(session, [r.key for r in own[offset:offset + limit]])
    if digits or not indexed:
        # By PESEL the unique index gives the page in order; the LIKE of other databases is
        # a range of the name index.
        order = (PersonRow.pesel,) if digits else (PersonRow.search_name, PersonRow.id)
        stmt = _person_filter(select(*_SUMMARY), folded, digits, indexed)
        return session.execute(stmt.order_by(*order).limit(limit).offset(offset)).all()
    match = _name_match(folded)
    if not match:
        return []
    keys, params = name_page_plan(session, _typed_words(folded), match)
    columns = ", ".join(f"p.{c.key}" for c in _SUMMARY)
    stmt = text(f"SELECT {columns} FROM persons AS p JOIN ({keys} LIMIT :limit OFFSET :offset) "
                "AS page ON p.rowid = page.person_rowid WHERE p.merged_into_id IS NULL "
                "ORDER BY page.search_name, page.id")
    stmt = stmt.bindparams(**params, limit=limit, offset=offset).columns(*_SUMMARY)
    return session.execute(stmt).all()


def find_persons(session: Session, folded: str, digits: str, limit: int,
                 up_to: int) -> tuple[Sequence[Any], int]:
    """The first page of search_persons and count_persons up to `up_to` (at most FEW + 1)
    together, asking the name index once when it finds few persons: a keystroke at the desk.
    """
    assert up_to <= FEW + 1, "the count below stops one past FEW"
    indexed = _uses_index(session)
    match = _name_match(folded)
    own = None if digits or not match else _with_own_words(session, folded)
    if own is not None:
        return _summaries(session, [r.key for r in own[:limit]]), min(len(own), up_to)
    if digits or not indexed or not match:
        return (search_persons(session, folded, digits, limit),
                count_persons(session, folded, digits, up_to))
    rowids = found_rowids(session, match, FEW)
    found = len(json.loads(rowids))
    if found > FEW:  # many: the planned page, and the count is past `up_to` anyway
        return search_persons(session, folded, digits, limit), up_to
    # Few: sorted here the simple way, from the rowids already in hand.
    listed = text("SELECT value FROM json_each(:rowids)").bindparams(rowids=rowids)
    stmt = (select(*_SUMMARY).where(_persons_rowid.in_(listed), PersonRow.deleted_at.is_(None),
                                    PersonRow.merged_into_id.is_(None))
            .order_by(PersonRow.search_name, PersonRow.id).limit(limit))
    return session.execute(stmt).all(), min(found, up_to)


def count_persons(session: Session, folded: str, digits: str, up_to: int | None = None) -> int:
    """How many persons search_persons finds; at most `up_to` when given (a count stops there,
    so a short word's tens of thousands are not all counted while the person types)."""
    indexed = _uses_index(session)
    if digits and indexed:
        return _live_pesel_count(session, digits, up_to)
    own = None if digits else _with_own_words(session, folded)
    if own is not None:
        return len(own) if up_to is None else min(len(own), up_to)
    if not digits and indexed:
        match = _name_match(folded)
        if not match:
            return 0
        # The index holds only live persons (triggers index a deleted or merged one as ''),
        # so the count needs no look at the persons table.
        found = select(literal(1)).select_from(_person_search).where(
            text(f"{PERSON_SEARCH_TABLE} MATCH :person_match").bindparams(person_match=match))
    elif not digits and not _name_match(folded):  # nothing searchable typed: no one
        return 0
    else:
        found = _person_filter(select(literal(1)).select_from(PersonRow), folded, digits, indexed)
    if up_to is not None:
        found = found.limit(up_to)
    return int(session.scalar(select(func.count()).select_from(found.subquery())) or 0)


def _with_own_words(session: Session, folded: str) -> list[Any] | None:
    """When some typed word begins another: the persons with a word of their own for each
    typed word, in name order, as rows of `key` (the persons row's rowid, or its id on a
    server) and `search_name`. None when no typed word begins another, or when the index
    finds too many for the longer words to check them at once: then the index's answer
    stands (storage/typed_words.py)."""
    words = _WORD.findall(folded)
    if not words or not typed_words.needs_own_words(words):
        return None
    most = typed_words.CHECKED_AT_MOST
    if _uses_index(session):
        rowids = found_rowids(session, _name_match(folded), most)
        if len(json.loads(rowids)) > most:
            return None
        listed = text("SELECT value FROM json_each(:rowids)").bindparams(rowids=rowids)
        stmt = select(_persons_rowid.label("key"), PersonRow.search_name).where(
            _persons_rowid.in_(listed), PersonRow.deleted_at.is_(None),
            PersonRow.merged_into_id.is_(None))
    else:
        stmt = _person_filter(select(PersonRow.id.label("key"), PersonRow.search_name),
                              folded, "", False)
    found = session.execute(stmt.order_by(PersonRow.search_name, PersonRow.id)
                            .limit(most + 1)).all()
    if len(found) > most:
        return None
    return [r for r in found if typed_words.has_own_words(r.search_name or "", words)]


def _summaries(session: Session, keys: list[Any]) -> list[Any]:
    """The persons of `keys` (rowids, or ids on a server) with the columns of a person
    summary, in the order of `keys`."""
    if not keys:
        return []
    column = _persons_rowid if _uses_index(session) else PersonRow.id
    found = {r.key: r for r in session.execute(
        select(*_SUMMARY, column.label("key")).where(column.in_(keys)))}
    return [found[k] for k in keys if k in found]


def purge_person_search(session: Session) -> None:
    """Rewrite the name index so words of names taken out of it are gone from the file too.

    Taking a name out of the index only records that it was removed; the words stay in the
    index's pages until they are merged. Anonymisation calls this after blanking the names
    (about 0.1 s at 500,000 persons); secure_delete then overwrites the freed pages.
    """
    if _uses_index(session):
        session.execute(text(f"INSERT INTO {PERSON_SEARCH_TABLE}({PERSON_SEARCH_TABLE}) "
                             "VALUES ('optimize')"))


def person_by_pesel(session: Session, pesel: str) -> PersonRow | None:
    return session.scalar(select(PersonRow).where(PersonRow.pesel == pesel))


def household_with_members(session: Session, household_id: uuid.UUID) -> HouseholdRow | None:
    stmt = (
        select(HouseholdRow)
        .where(HouseholdRow.id == household_id)
        .options(selectinload(HouseholdRow.members).selectinload(HouseholdMemberRow.person))
    )
    return session.scalar(stmt)


def household_member_ids(session: Session, person_id: uuid.UUID) -> list[uuid.UUID]:
    """Everyone in the person's household (the person alone when none is recorded)."""
    person = session.get(PersonRow, person_id)
    if person is None:
        return []
    if person.household_id is None:
        return [person.id]
    stmt = select(HouseholdMemberRow.person_id).where(
        HouseholdMemberRow.household_id == person.household_id,
        HouseholdMemberRow.deleted_at.is_(None),
    )
    return list(session.scalars(stmt))


def memberships(session: Session, person_id: uuid.UUID) -> Sequence[HouseholdMemberRow]:
    stmt = select(HouseholdMemberRow).where(HouseholdMemberRow.person_id == person_id,
                                            HouseholdMemberRow.deleted_at.is_(None))
    return session.scalars(stmt).all()


# What a referral's view is made of: whose it is, its intake's grounds, every forwarding.
_REFERRAL_LOADS = (
    selectinload(ReferralRow.person),
    selectinload(ReferralRow.intake),
    selectinload(ReferralRow.forwards).selectinload(ReferralForwardRow.user),
)


def intakes_of(session: Session, person_ids: Sequence[uuid.UUID]) -> Sequence[IntakeRow]:
    stmt = (select(IntakeRow).where(IntakeRow.person_id.in_(person_ids))
            .options(selectinload(IntakeRow.person)).order_by(IntakeRow.received_at.desc()))
    return session.scalars(stmt).all()


def referrals_of(session: Session, person_ids: Sequence[uuid.UUID]) -> Sequence[ReferralRow]:
    stmt = (select(ReferralRow).where(ReferralRow.person_id.in_(person_ids))
            .options(*_REFERRAL_LOADS).order_by(ReferralRow.created_at.desc()))
    return session.scalars(stmt).all()


def applications_of(session: Session, person_ids: Sequence[uuid.UUID]) -> Sequence[ApplicationRow]:
    stmt = select(ApplicationRow).where(ApplicationRow.person_id.in_(person_ids)).order_by(ApplicationRow.received_on.desc())
    return session.scalars(stmt).all()


def decisions_of(session: Session, person_ids: Sequence[uuid.UUID]) -> Sequence[DecisionRow]:
    stmt = select(DecisionRow).where(DecisionRow.person_id.in_(person_ids)).order_by(DecisionRow.created_at.desc())
    return session.scalars(stmt).all()


def cases_of(session: Session, person_ids: Sequence[uuid.UUID]) -> Sequence[CaseRow]:
    stmt = select(CaseRow).where(CaseRow.person_id.in_(person_ids)).order_by(CaseRow.opened_on)
    return session.scalars(stmt).all()


# --- teams, users, settings --------------------------------------------------------------


def teams(session: Session) -> Sequence[TeamRow]:
    return session.scalars(select(TeamRow).where(TeamRow.active).order_by(TeamRow.code)).all()


def team_by_code(session: Session, code: str) -> TeamRow | None:
    return session.scalar(select(TeamRow).where(TeamRow.code == code))


def users(session: Session) -> Sequence[UserRow]:
    stmt = select(UserRow).where(UserRow.active).order_by(UserRow.full_name)
    return session.scalars(stmt).all()


def valid_authorisation(
    session: Session, user_id: uuid.UUID, on: dt.date
) -> AuthorisationRow | None:
    stmt = (
        select(AuthorisationRow)
        .where(
            AuthorisationRow.user_id == user_id,
            AuthorisationRow.deleted_at.is_(None),
            AuthorisationRow.valid_from <= on,
            or_(AuthorisationRow.valid_to.is_(None), AuthorisationRow.valid_to >= on),
        )
        .order_by(AuthorisationRow.valid_from.desc())
    )
    return session.scalars(stmt).first()


def settings(session: Session) -> dict[str, str]:
    return {row.key: row.value for row in session.scalars(select(Setting))}


def put_setting(session: Session, key: str, value: str) -> None:
    row = session.get(Setting, key)
    if row is None:
        session.add(Setting(key=key, value=value))
    else:
        row.value = value


def number_mark(session: Session) -> str:
    """This PC's mark in the numbers it gives out (storage/change_feed.py explains)."""
    from ops_desktop.storage.change_feed import number_mark as mark

    return mark(session)


def next_number(session: Session, register: str, year: int) -> int:
    """The next number in a register for a year, safe when two desks ask at the same moment.

    The row is created if missing (a no-op when it exists) and then bumped in one UPDATE …
    RETURNING, which takes the write lock before it reads: no two callers get one number.
    """
    dialect = session.get_bind().dialect.name
    values = dict(register=register, year=year, last_number=0)
    # Each dialect's module loads on first use: importing the PostgreSQL one costs the start
    # about 70 ms on an office that never uses it.
    if dialect == "postgresql":
        from sqlalchemy.dialects.postgresql import insert as pg_insert

        session.execute(pg_insert(SignCounterRow).values(**values).on_conflict_do_nothing())
    else:
        from sqlalchemy.dialects.sqlite import insert as sqlite_insert

        session.execute(sqlite_insert(SignCounterRow).values(**values).on_conflict_do_nothing())
    bumped = session.execute(
        update(SignCounterRow)
        .where(SignCounterRow.register == register, SignCounterRow.year == year)
        .values(last_number=SignCounterRow.last_number + 1)
        .returning(SignCounterRow.last_number)
    ).scalar_one()
    return int(bumped)


# --- team work ------------------------------------------------------------------------


def _inbox_stmt(team: str, statuses: Sequence[str]) -> Select:
    return select(ReferralRow).where(
        ReferralRow.to_team == team,
        ReferralRow.status.in_(statuses),
        ReferralRow.deleted_at.is_(None),
    )


def inbox(
    session: Session, team: str, statuses: Sequence[str], limit: int, offset: int = 0
) -> Sequence[ReferralRow]:
    stmt = (
        _inbox_stmt(team, statuses)
        .options(*_REFERRAL_LOADS)
        .order_by(ReferralRow.urgent.desc(), ReferralRow.created_at)
        .limit(limit)
        .offset(offset)
    )
    return session.scalars(stmt).all()


def count_inbox(session: Session, team: str, statuses: Sequence[str]) -> int:
    sub = _inbox_stmt(team, statuses).subquery()
    return int(session.scalar(select(func.count()).select_from(sub)) or 0)


def open_case(session: Session, person_id: uuid.UUID, team: str) -> CaseRow | None:
    stmt = select(CaseRow).where(
        CaseRow.person_id == person_id, CaseRow.team_code == team, CaseRow.closed_on.is_(None)
    )
    return session.scalars(stmt).first()


def _after(stmt: Select, order: tuple[Any, ...], key: tuple[Any, ...] | None,
           oldest_first: bool = False) -> Select:
    """Keyset paging, newest first (or oldest first): the rows after `key` (the last row
    shown) in `order`.

    The list indexes (models.LIST_INDEXES) end in the order columns, so a page deep in a list
    costs what the first one does, read either way along the index; OFFSET would read and
    skip every row before it.
    """
    if key is not None:
        row, last = tuple_(*order), tuple_(*(literal(v, c.type) for v, c in zip(key, order)))
        stmt = stmt.where(row > last if oldest_first else row < last)
    return stmt.order_by(*(c.asc() if oldest_first else c.desc() for c in order))


def _team_cases_stmt(stmt: Select, team: str, open_only: bool) -> Select:
    stmt = stmt.where(CaseRow.team_code == team, CaseRow.deleted_at.is_(None))
    # "closed_on IS NULL" is an equality the index ix_cases_team_open serves in list order.
    return stmt.where(CaseRow.closed_on.is_(None)) if open_only else stmt


def team_cases(session: Session, team: str, limit: int,
               after: tuple[dt.date, uuid.UUID] | None = None,
               open_only: bool = False) -> Sequence[CaseRow]:
    stmt = _team_cases_stmt(select(CaseRow), team, open_only).options(selectinload(CaseRow.person))
    return session.scalars(_after(stmt, (CaseRow.opened_on, CaseRow.id), after).limit(limit)).all()


def count_team_cases(session: Session, team: str, open_only: bool = False) -> int:
    stmt = _team_cases_stmt(select(func.count(CaseRow.id)), team, open_only)
    return int(session.scalar(stmt) or 0)


def count_case_applications(session: Session, case_id: uuid.UUID, statuses: Sequence[str]) -> int:
    stmt = select(func.count(ApplicationRow.id)).where(
        ApplicationRow.case_id == case_id, ApplicationRow.status.in_(statuses),
        ApplicationRow.deleted_at.is_(None))
    return int(session.scalar(stmt) or 0)


def _with_status(stmt: Select, column: Any, statuses: Sequence[str] | None) -> Select:
    # No filter at all for "every status": the list index without the status column serves it.
    return stmt if statuses is None else stmt.where(column.in_(statuses))


def applications(
    session: Session, statuses: Sequence[str] | None, limit: int,
    after: tuple[dt.date, uuid.UUID] | None = None, oldest_first: bool = False,
) -> Sequence[ApplicationRow]:
    """Newest first by date of receipt, or oldest first (the order of their KPA deadlines)."""
    stmt = _with_status(select(ApplicationRow), ApplicationRow.status, statuses).where(
        ApplicationRow.deleted_at.is_(None), _not_care
    ).options(selectinload(ApplicationRow.person), selectinload(ApplicationRow.case),
              selectinload(ApplicationRow.deadline_pauses),
              selectinload(ApplicationRow.delay_notices),
              selectinload(ApplicationRow.procedural_acts))
    order = (ApplicationRow.received_on, ApplicationRow.id)
    return session.scalars(_after(stmt, order, after, oldest_first).limit(limit)).all()


def count_applications(session: Session, statuses: Sequence[str] | None) -> int:
    stmt = select(func.count()).select_from(ApplicationRow).where(
        ApplicationRow.deleted_at.is_(None), _not_care)
    return int(session.scalar(_with_status(stmt, ApplicationRow.status, statuses)) or 0)


# The benefits team's list of applications leaves out those for care, which the services
# team decides on its own page (services/care_decisions.py).
_not_care = ApplicationRow.form.not_in(sorted(CARE_FORM_CODES))


def application_with_incomes(session: Session, app_id: uuid.UUID) -> ApplicationRow | None:
    stmt = (
        select(ApplicationRow)
        .where(ApplicationRow.id == app_id)
        .options(
            selectinload(ApplicationRow.incomes).selectinload(IncomeRow.person),
            selectinload(ApplicationRow.person),
            selectinload(ApplicationRow.case),
            selectinload(ApplicationRow.deadline_pauses),
            selectinload(ApplicationRow.delay_notices),
            selectinload(ApplicationRow.procedural_acts),
        )
    )
    return session.scalar(stmt)


def decisions(
    session: Session, statuses: Sequence[str], limit: int, by_issue: bool,
    after: tuple[dt.date | dt.datetime, uuid.UUID] | None = None,
) -> Sequence[DecisionRow]:
    """Newest first, by issue date (`by_issue`) or by when they were prepared."""
    stmt = (
        select(DecisionRow)
        .where(DecisionRow.status.in_(statuses), DecisionRow.deleted_at.is_(None),
               *_without_superseded(statuses))
        .options(selectinload(DecisionRow.person))
    )
    by = DecisionRow.issued_on if by_issue else DecisionRow.created_at
    return session.scalars(_after(stmt, (by, DecisionRow.id), after).limit(limit)).all()


def count_decisions(session: Session, statuses: Sequence[str]) -> int:
    stmt = select(func.count(DecisionRow.id)).where(
        DecisionRow.status.in_(statuses), DecisionRow.deleted_at.is_(None),
        *_without_superseded(statuses))
    return int(session.scalar(stmt) or 0)


def _without_superseded(statuses: Sequence[str]) -> tuple[ColumnElement[bool], ...]:
    """Only a draft can be superseded: a list of signed decisions asks nothing more, so its
    count stays a read of the issue index alone (with the test, every signed row of a
    city was read: 0.8 s instead of 70 ms at 500,000 persons)."""
    return (~superseded_draft(),) if DecisionStatus.DRAFT.value in statuses else ()


def decision_ids(session: Session, statuses: Sequence[str],
                 issued_on: dt.date | None = None) -> list[uuid.UUID]:
    stmt = select(DecisionRow.id).where(DecisionRow.status.in_(statuses),
                                        DecisionRow.deleted_at.is_(None))
    if issued_on is not None:
        stmt = stmt.where(DecisionRow.issued_on == issued_on)
    return list(session.scalars(stmt.order_by(DecisionRow.issued_on, DecisionRow.case_sign)))


def decisions_for_paper(session: Session, decision_ids: Sequence[uuid.UUID]
                        ) -> dict[uuid.UUID, DecisionRow]:
    """These decisions with what their paper reads of other rows (the application, the
    party, a corrected act), in three statements however many: a stack printed one row at a
    time spent a third of its time on lazy loads."""
    if not decision_ids:
        return {}
    stmt = (select(DecisionRow).where(DecisionRow.id.in_(list(decision_ids)))
            .options(selectinload(DecisionRow.application), selectinload(DecisionRow.person),
                     selectinload(DecisionRow.corrects)))
    return {row.id: row for row in session.scalars(stmt)}


def decisions_for_application(session: Session, app_id: uuid.UUID) -> Sequence[DecisionRow]:
    stmt = select(DecisionRow).where(DecisionRow.application_id == app_id)
    return session.scalars(stmt.order_by(DecisionRow.created_at)).all()



def returned_referrals(session: Session, from_team: str, since: dt.datetime,
                       limit: int) -> Sequence[ReferralRow]:
    stmt = (
        select(ReferralRow)
        .where(ReferralRow.from_team == from_team, ReferralRow.status == "returned",
               ReferralRow.decided_at >= since)
        .options(*_REFERRAL_LOADS)
        .order_by(ReferralRow.decided_at.desc())
        .limit(limit)
    )
    return session.scalars(stmt).all()
