"""Dziennik pracy socjalnej: the rules of an entry, who reads it, the same-day lock, the
tombstone, hostile input, and the "praca socjalna" row of the half-year statistics."""

from __future__ import annotations

import dataclasses
import datetime as dt
import itertools
import uuid

import pytest
from sqlalchemy import update

from ops_desktop.domain.clock import wall_now
from ops_desktop.domain.errors import ConflictError, PermissionDenied, ValidationError
from ops_desktop.domain.social_work_log import LogKind
from ops_desktop.domain.person import PersonInput
from ops_desktop.domain.vocabulary import CloseReason, IdDocumentType, Relation, Role, Team
from ops_desktop.services.context import Actor
from ops_desktop.services.hub import Services
from ops_desktop.services.persons import MemberInput
from ops_desktop.services.social_work_log import LogEntryInput, LogEntryView
from ops_desktop.storage.models import CaseRow, SocialWorkLogRow, office_today

from .helpers import PESEL_WOMAN_1985, person, referral_intake

TODAY = office_today()
SECRET = "Pani wspomniała o długach męża u lichwiarza."


def _case(services: Services, desk: Actor, worker: Actor, family: int = 0,
          last: str = "Żółkiewski") -> uuid.UUID:
    """A person (with `family` more household members) referred to social work and accepted."""
    members = [MemberInput(Relation.CHILD, _without_pesel(f"Dziecko{chr(97 + i)}", last))
               for i in range(family)]
    pid = services.persons.register_household(desk, _without_pesel("Jan", last), members)
    rid = services.intake.record(desk, referral_intake(pid, Team.SOCIAL_WORK)).referral_id
    assert rid is not None
    case_id = services.referrals.accept(worker, rid).id
    with services.db.session() as s:  # a case carried for a while
        s.execute(update(CaseRow).where(CaseRow.id == case_id)
                  .values(opened_on=TODAY - dt.timedelta(days=800)))
    return case_id


_serial = itertools.count(1)


def _without_pesel(first: str, last: str) -> PersonInput:
    return person(first, last, None, id_document_type=IdDocumentType.ID_CARD,
                  id_document_number=f"ABC{next(_serial):06d}", birth_date=dt.date(1990, 1, 1))


def _entry(case_id: uuid.UUID, **changes: object) -> LogEntryInput:
    data = LogEntryInput(case_id=case_id, worked_on=TODAY, kind=LogKind.COUNSELLING,
                         minutes=45, with_family=False, note="")
    return dataclasses.replace(data, **changes)  # type: ignore[arg-type]


def _codes(error: ValidationError) -> dict[str, str]:
    return {e.field: e.code for e in error.errors}


@pytest.fixture
def case_id(services: Services, desk: Actor, social_worker: Actor) -> uuid.UUID:
    return _case(services, desk, social_worker)


@pytest.fixture
def entry(services: Services, social_worker: Actor, case_id: uuid.UUID) -> LogEntryView:
    return services.social_work_log.add(social_worker, _entry(case_id, note=SECRET))


def test_an_entry_is_listed_for_its_author_newest_first_and_by_month(
        services: Services, social_worker: Actor, case_id: uuid.UUID) -> None:
    log = services.social_work_log
    older = log.add(social_worker, _entry(case_id, worked_on=TODAY - dt.timedelta(days=40),
                                          kind=LogKind.HOME_VISIT, minutes=90))
    newer = log.add(social_worker, _entry(case_id, with_family=True))
    assert [e.id for e in log.entries(social_worker)] == [newer.id, older.id]
    assert [e.id for e in log.entries(social_worker, TODAY)] == [newer.id]
    assert log.count(social_worker, older.worked_on) == 1 and log.count(social_worker) == 2
    assert newer.with_family and newer.case_sign.startswith("OPS.") and newer.minutes == 45
    assert older.kind is LogKind.HOME_VISIT and "Żółkiewski" in older.person_name


def test_a_colleague_does_not_see_another_workers_entries(
        services: Services, social_worker: Actor, entry: LogEntryView) -> None:
    colleague_id = services.office.add_user("sw2", "Jan Drugi", "", frozenset({Role.SOCIAL_WORK}))
    colleague = Actor(colleague_id, "Jan Drugi", "", frozenset({Role.SOCIAL_WORK}))
    assert services.social_work_log.entries(colleague) == []
    with pytest.raises(ConflictError) as refused:
        services.social_work_log.withdraw(colleague, entry.id)
    assert refused.value.code == "log_entry_locked"


@pytest.mark.parametrize(("changes", "field", "code"), [
    ({"worked_on": TODAY + dt.timedelta(days=1)}, "worked_on", "future_date"),
    ({"worked_on": TODAY - dt.timedelta(days=4000)}, "worked_on", "before_case_opened"),
    ({"worked_on": wall_now()}, "worked_on", "invalid"),
    ({"worked_on": None}, "worked_on", "required"),
    ({"minutes": 0}, "minutes", "minutes_out_of_range"),
    ({"minutes": 601}, "minutes", "minutes_out_of_range"),
    ({"minutes": -5}, "minutes", "minutes_out_of_range"),
    ({"minutes": True}, "minutes", "invalid"),
    ({"minutes": "45"}, "minutes", "invalid"),
    ({"minutes": 45.5}, "minutes", "invalid"),
    ({"kind": "counselling"}, "kind", "invalid"),
    ({"kind": None}, "kind", "required"),
    ({"with_family": 1}, "with_family", "invalid"),
    ({"note": "x" * 501}, "note", "too_long"),
    ({"note": "a\x00b"}, "note", "invalid_characters"),
    ({"note": "dwie\nlinie"}, "note", "invalid_characters"),
    ({"note": None}, "note", "invalid"),
])
def test_hostile_or_wrong_input_is_refused_by_field_and_nothing_is_saved(
        services: Services, social_worker: Actor, case_id: uuid.UUID,
        changes: dict[str, object], field: str, code: str) -> None:
    with pytest.raises(ValidationError) as refused:
        services.social_work_log.add(social_worker, _entry(case_id, **changes))
    assert _codes(refused.value)[field] == code
    assert services.social_work_log.count(social_worker) == 0


def test_every_problem_is_named_at_once(services: Services, social_worker: Actor,
                                        case_id: uuid.UUID) -> None:
    with pytest.raises(ValidationError) as refused:
        services.social_work_log.add(social_worker, _entry(
            case_id, worked_on=TODAY + dt.timedelta(days=3), minutes=0, note="x" * 600))
    assert _codes(refused.value) == {"worked_on": "future_date",
                                     "minutes": "minutes_out_of_range", "note": "too_long"}


def test_not_an_entry_a_wrong_id_or_another_teams_or_a_closed_case_is_refused(
        services: Services, desk: Actor, social_worker: Actor, coordinator: Actor,
        case_id: uuid.UUID) -> None:
    log = services.social_work_log
    with pytest.raises(ValidationError):
        log.add(social_worker, "45 minut rozmowy")  # type: ignore[arg-type]
    with pytest.raises(ValidationError):
        log.add(social_worker, _entry("'; DROP TABLE cases; --"))  # type: ignore[arg-type]
    pid = services.persons.register_household(desk, person("Ewa", "Nowak", PESEL_WOMAN_1985), [])
    rid = services.intake.record(desk, referral_intake(pid, Team.BENEFITS)).referral_id
    assert rid is not None
    benefits_case = services.referrals.accept(coordinator, rid).id
    with pytest.raises(ConflictError) as refused:
        log.add(coordinator, _entry(benefits_case))
    assert refused.value.code == "not_social_work_case"
    services.cases.close(social_worker, case_id, CloseReason.GOAL_ACHIEVED)
    with pytest.raises(ConflictError) as refused:
        log.add(social_worker, _entry(case_id))
    assert refused.value.code == "case_closed"


def test_the_author_corrects_or_withdraws_an_entry_only_on_the_day_it_was_written(
        services: Services, social_worker: Actor, coordinator: Actor, case_id: uuid.UUID,
        entry: LogEntryView) -> None:
    log = services.social_work_log
    fixed = log.edit(social_worker, entry.id, _entry(case_id, minutes=60, note=""))
    assert fixed.minutes == 60 and fixed.edited and fixed.note == ""
    with pytest.raises(ConflictError):  # the head reads and writes, but not someone else's
        log.edit(coordinator, entry.id, _entry(case_id, minutes=30))
    with pytest.raises(ValidationError):  # a correction is checked like a new entry
        log.edit(social_worker, entry.id, _entry(case_id, minutes=900))
    other = log.add(social_worker, _entry(case_id))
    log.withdraw(social_worker, other.id)
    assert [e.id for e in log.entries(social_worker)] == [entry.id]
    with services.db.session() as s:  # the withdrawn entry stays, as a tombstone
        row = s.get(SocialWorkLogRow, other.id)
        assert row is not None and row.deleted_at is not None
        kept = s.get(SocialWorkLogRow, entry.id)
        assert kept is not None
        kept.created_at -= dt.timedelta(days=1)  # written yesterday
    for change in (lambda: log.edit(social_worker, entry.id, _entry(case_id, minutes=20)),
                   lambda: log.withdraw(social_worker, entry.id)):
        with pytest.raises(ConflictError) as refused:
            change()
        assert refused.value.code == "log_entry_locked"
    assert log.entries(social_worker)[0].minutes == 60


def test_only_social_work_and_the_head_read_it_and_the_log_keeps_the_note_out(
        services: Services, desk: Actor, benefits_worker: Actor, coordinator: Actor,
        auditor: Actor, social_worker: Actor, entry: LogEntryView) -> None:
    for outsider in (desk, benefits_worker, auditor):
        with pytest.raises(PermissionDenied):
            services.social_work_log.entries(outsider)
        with pytest.raises(PermissionDenied):
            services.social_work_log.add(outsider, _entry(entry.case_id))
        with pytest.raises(PermissionDenied):
            services.social_work_log.edit(outsider, entry.id, _entry(entry.case_id))
        with pytest.raises(PermissionDenied):
            services.social_work_log.withdraw(outsider, entry.id)
    head_entry = services.social_work_log.add(coordinator, _entry(entry.case_id))
    assert [e.id for e in services.social_work_log.entries(coordinator)] == [head_entry.id]
    logged = [e for e in services.audit.entries(auditor, limit=500)
              if e.entity == "social_work_log"]
    assert {e.action for e in logged} >= {"insert", "view"}
    assert SECRET not in repr(logged)
    assert any("[treść poufna" in repr(e.changes) for e in logged)
    assert SECRET not in repr(services.persons.file(benefits_worker, entry.person_id))


def test_the_praca_socjalna_row_counts_persons_and_families_not_entries(
        services: Services, desk: Actor, social_worker: Actor, coordinator: Actor) -> None:
    """Three entries with one family of three, one with a person alone: 2 persons (those
    the cases are about), 2 families, 4 persons in those families; a withdrawn entry and one
    of another year do not count."""
    log = services.social_work_log
    family = _case(services, desk, social_worker, family=2, last="Kowalski")
    alone = _case(services, desk, social_worker, last="Nowak")
    day = TODAY.replace(month=1, day=2) if TODAY.month <= 6 else TODAY.replace(month=3, day=2)
    for minutes in (30, 60, 90):
        log.add(social_worker, _entry(family, worked_on=day, minutes=minutes, with_family=True))
    log.add(social_worker, _entry(alone, worked_on=day, minutes=20))
    log.withdraw(social_worker, log.add(social_worker, _entry(
        alone, worked_on=day - dt.timedelta(days=1))).id)
    log.add(social_worker, _entry(alone, worked_on=day - dt.timedelta(days=366)))
    report = services.statistics.half_year(coordinator, day.year, 1)
    assert report.social_work is not None
    w = report.social_work
    assert (w.persons, w.families, w.family_members, w.entries, w.minutes) == (2, 2, 4, 4, 200)
    behind = services.statistics.social_work_behind(coordinator, day.year, 1)
    assert sorted(b.entries for b in behind) == [1, 3]
    assert sum(b.minutes for b in behind) == 200
    earlier = services.statistics.half_year(coordinator, day.year - 1, None).social_work
    assert earlier is not None and (earlier.persons, earlier.entries) == (1, 1)


def test_the_statistics_pdf_prints_the_praca_socjalna_row_from_the_log(
        services: Services, desk: Actor, social_worker: Actor, coordinator: Actor) -> None:
    import io

    from pypdf import PdfReader

    family = _case(services, desk, social_worker, family=3, last="Kowalski")
    services.social_work_log.add(social_worker, _entry(family, with_family=True, note=SECRET))
    report = services.statistics.half_year(coordinator, TODAY.year, None)
    pdf = services.statistics.render(coordinator, report)
    text = " ".join(" ".join(p.extract_text() for p in PdfReader(io.BytesIO(pdf)).pages).split())
    assert "Praca socjalna" in text and "dziennika pracy socjalnej" in text
    # one person, one family of four, one entry – and never the entry's note
    assert "Praca socjalna 1 1 4 1" in text
    assert "lichwiarza" not in text
