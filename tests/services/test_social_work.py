"""Social-work notes: who may read and write them, what a note must hold, and the same-day lock."""

from __future__ import annotations

import datetime as dt
import unicodedata
import uuid
from collections.abc import Callable

import pytest
from hypothesis import given
from hypothesis import strategies as st
from sqlalchemy import update

from ops_desktop.domain.clock import wall_today
from ops_desktop.domain.errors import (
    ConflictError,
    NotFound,
    PermissionDenied,
    ValidationError,
)
from ops_desktop.domain.vocabulary import NoteKind, Role, Team
from ops_desktop.services.context import Actor
from ops_desktop.services.hub import Services
from ops_desktop.services.social_work import (
    MAX_NOTE_TEXT,
    NoteView,
    clean_text,
    text_errors,
)
from ops_desktop.storage.models import CaseRow, SocialWorkNoteRow

from .helpers import PESEL_WOMAN_1985, person, referral_intake

TODAY = wall_today()
VISIT = "Wizyta w miejscu zamieszkania.\nMieszkanie ogrzane, dzieci w szkole."


def _social_work_case(services: Services, desk: Actor, social_worker: Actor,
                      pesel: str | None = None) -> uuid.UUID:
    """A person referred by the desk to social work, accepted there: an open case."""
    pid = services.persons.register_household(desk, person(pesel=pesel) if pesel else person(), [])
    rid = services.intake.record(desk, referral_intake(pid, Team.SOCIAL_WORK)).referral_id
    assert rid is not None
    return services.referrals.accept(social_worker, rid).id


@pytest.fixture
def case_id(services: Services, desk: Actor, social_worker: Actor) -> uuid.UUID:
    return _social_work_case(services, desk, social_worker)


@pytest.fixture
def note(services: Services, social_worker: Actor, case_id: uuid.UUID) -> NoteView:
    return services.social_work.add_note(social_worker, case_id, NoteKind.HOME_VISIT, TODAY, VISIT)


def _someone(services: Services, login: str, role: Role) -> Actor:
    user_id = services.office.add_user(login, f"Osoba {login}", "pracownik", frozenset({role}))
    return Actor(user_id, f"Osoba {login}", "pracownik", frozenset({role}))


# --- who may ---------------------------------------------------------------------------

OUTSIDERS = [Role.FIRST_CONTACT, Role.BENEFITS, Role.SERVICES, Role.ADMINISTRATOR, Role.AUDITOR]

Call = Callable[[Services, Actor, NoteView], object]
CALLS: dict[str, Call] = {
    "add_note": lambda s, a, n: s.social_work.add_note(a, n.case_id, NoteKind.NOTE, TODAY, "Notatka."),
    "notes": lambda s, a, n: s.social_work.notes(a, n.case_id),
    "count": lambda s, a, n: s.social_work.count(a, n.case_id),
    "note": lambda s, a, n: s.social_work.note(a, n.id),
    "notes_for_person": lambda s, a, n: s.social_work.notes_for_person(a, n.person_id),
    "count_for_person": lambda s, a, n: s.social_work.count_for_person(a, n.person_id),
    "edit_note": lambda s, a, n: s.social_work.edit_note(a, n.id, "Poprawiona treść."),
}


@pytest.mark.parametrize("role", OUTSIDERS, ids=str)
@pytest.mark.parametrize("call", sorted(CALLS))
def test_nobody_outside_social_work_and_the_head_reads_or_writes_notes(
    services: Services, note: NoteView, role: Role, call: str,
) -> None:
    outsider = _someone(services, f"u_{role.value}", role)
    with pytest.raises(PermissionDenied):
        CALLS[call](services, outsider, note)


def test_even_bad_input_from_an_outsider_is_refused_for_permission_first(
    services: Services, benefits_worker: Actor, case_id: uuid.UUID,
) -> None:
    with pytest.raises(PermissionDenied):
        services.social_work.add_note(benefits_worker, case_id, "nonsense", TODAY + dt.timedelta(days=9), "")
    with pytest.raises(PermissionDenied):
        services.social_work.notes(benefits_worker, uuid.uuid4())


def test_social_worker_writes_and_reads_the_case_notes(
    services: Services, social_worker: Actor, case_id: uuid.UUID, note: NoteView,
) -> None:
    assert note.kind is NoteKind.HOME_VISIT and note.noted_on == TODAY
    assert note.text == VISIT and note.first_line == "Wizyta w miejscu zamieszkania."
    assert note.author_id == social_worker.user_id and note.author_name == "Magdalena Kowalczyk"
    assert note.case_id == case_id and note.case_sign and not note.edited
    assert services.social_work.notes(social_worker, case_id) == [note]
    assert services.social_work.count(social_worker, case_id) == 1
    assert services.social_work.note(social_worker, note.id) == note
    assert services.social_work.notes_for_person(social_worker, note.person_id) == [note]


def test_the_head_reads_and_writes_notes_too(
    services: Services, coordinator: Actor, case_id: uuid.UUID, note: NoteView,
) -> None:
    added = services.social_work.add_note(coordinator, case_id, NoteKind.NOTE, TODAY, "Superwizja.")
    assert added.author_name == "Barbara Żółkiewska"
    assert {n.id for n in services.social_work.notes(coordinator, case_id)} == {note.id, added.id}
    assert services.social_work.count_for_person(coordinator, note.person_id) == 2
    edited = services.social_work.edit_note(coordinator, added.id, "Superwizja przypadku.")
    assert edited.text == "Superwizja przypadku." and edited.edited


# --- the case ----------------------------------------------------------------------------


def test_notes_go_only_on_social_work_cases(
    services: Services, desk: Actor, benefits_worker: Actor, coordinator: Actor,
) -> None:
    pid = services.persons.register_household(desk, person(), [])
    rid = services.intake.record(desk, referral_intake(pid, Team.BENEFITS)).referral_id
    assert rid is not None
    benefits_case = services.referrals.accept(benefits_worker, rid).id
    with pytest.raises(ConflictError) as refused:
        services.social_work.add_note(coordinator, benefits_case, NoteKind.NOTE, TODAY, "Notatka.")
    assert refused.value.code == "not_social_work_case"
    with pytest.raises(ConflictError):
        services.social_work.notes(coordinator, benefits_case)
    with pytest.raises(NotFound):
        services.social_work.add_note(coordinator, uuid.uuid4(), NoteKind.NOTE, TODAY, "Notatka.")


def test_no_new_notes_on_a_closed_case(
    services: Services, social_worker: Actor, case_id: uuid.UUID, note: NoteView,
) -> None:
    with services.db.session() as s:
        s.execute(update(CaseRow).where(CaseRow.id == case_id).values(closed_on=TODAY))
    with pytest.raises(ConflictError) as refused:
        services.social_work.add_note(social_worker, case_id, NoteKind.NOTE, TODAY, "Po zamknięciu.")
    assert refused.value.code == "case_closed"
    assert services.social_work.notes(social_worker, case_id) == [note]  # still readable


def test_each_person_sees_only_their_own_notes(
    services: Services, desk: Actor, social_worker: Actor, case_id: uuid.UUID, note: NoteView,
) -> None:
    other_case = _social_work_case(services, desk, social_worker, PESEL_WOMAN_1985)
    other = services.social_work.add_note(social_worker, other_case, NoteKind.NIEBIESKA_KARTA,
                                          TODAY, "Posiedzenie grupy diagnostyczno-pomocowej.")
    assert other.niebieska_karta and not note.niebieska_karta
    assert services.social_work.notes(social_worker, case_id) == [note]
    assert services.social_work.notes_for_person(social_worker, other.person_id) == [other]


def test_notes_are_listed_latest_event_first_and_page(
    services: Services, social_worker: Actor, case_id: uuid.UUID,
) -> None:
    with services.db.session() as s:  # a case carried for a while
        s.execute(update(CaseRow).where(CaseRow.id == case_id)
                  .values(opened_on=TODAY - dt.timedelta(days=30)))
    for days_ago in (10, 3, 20):
        services.social_work.add_note(social_worker, case_id, NoteKind.NOTE,
                                      TODAY - dt.timedelta(days=days_ago), f"{days_ago} dni temu")
    first = services.social_work.notes(social_worker, case_id, limit=2)
    rest = services.social_work.notes(social_worker, case_id, limit=2, offset=2)
    assert [n.text for n in first + rest] == ["3 dni temu", "10 dni temu", "20 dni temu"]


# --- what a note must hold -----------------------------------------------------------


def _codes(exc: ValidationError) -> dict[str, str]:
    return {e.field: e.code for e in exc.errors}


@pytest.mark.parametrize(("text", "code"), [
    ("", "required"),
    ("  \n\t ", "required"),
    ("x" * (MAX_NOTE_TEXT + 1), "too_long"),
    ("Dzwonek\x07 przy drzwiach", "invalid_characters"),
    ("Znak\x00zerowy", "invalid_characters"),
    ("Powrót\rkaretki", "invalid_characters"),
])
def test_the_text_is_required_bounded_and_printable(
    services: Services, social_worker: Actor, case_id: uuid.UUID, text: str, code: str,
) -> None:
    with pytest.raises(ValidationError) as refused:
        services.social_work.add_note(social_worker, case_id, NoteKind.NOTE, TODAY, text)
    assert _codes(refused.value) == {"text": code}
    assert services.social_work.count(social_worker, case_id) == 0


@given(st.text(max_size=300))
def test_any_typed_text_is_either_stored_printable_or_refused_with_a_reason(text: str) -> None:
    errors = text_errors(text)
    stored = clean_text(text)
    if errors:
        assert [e.field for e in errors] == ["text"]
        assert errors[0].code in {"required", "invalid_characters"}
    else:
        assert stored and stored == stored.strip() and "\r" not in stored
        assert all(c in "\n\t" or unicodedata.category(c) not in ("Cc", "Cs") for c in stored)


def test_lines_and_tabs_are_kept_and_windows_line_ends_folded(
    services: Services, social_worker: Actor, case_id: uuid.UUID,
) -> None:
    text = "Ustalenia:\r\n\t1. opał\r\n\t2. leki"
    saved = services.social_work.add_note(social_worker, case_id, NoteKind.NOTE, TODAY,
                                          "  " + text + "\n")
    assert saved.text == "Ustalenia:\n\t1. opał\n\t2. leki"
    longest = services.social_work.add_note(social_worker, case_id, NoteKind.NOTE, TODAY,
                                            "x" * MAX_NOTE_TEXT)
    assert len(longest.text) == MAX_NOTE_TEXT


def test_the_date_is_neither_future_nor_before_the_case(
    services: Services, social_worker: Actor, case_id: uuid.UUID,
) -> None:
    with pytest.raises(ValidationError) as future:
        services.social_work.add_note(social_worker, case_id, NoteKind.HOME_VISIT,
                                      TODAY + dt.timedelta(days=1), VISIT)
    assert _codes(future.value) == {"noted_on": "future_date"}
    with pytest.raises(ValidationError) as early:
        services.social_work.add_note(social_worker, case_id, NoteKind.HOME_VISIT,
                                      TODAY - dt.timedelta(days=1), VISIT)
    assert _codes(early.value) == {"noted_on": "before_case_opened"}


def test_the_kind_must_be_one_of_the_office_kinds_and_all_errors_come_at_once(
    services: Services, social_worker: Actor, case_id: uuid.UUID,
) -> None:
    with pytest.raises(ValidationError) as refused:
        services.social_work.add_note(social_worker, case_id, "gossip",
                                      TODAY + dt.timedelta(days=1), "")
    assert _codes(refused.value) == {"kind": "invalid_choice", "noted_on": "future_date",
                                     "text": "required"}
    saved = services.social_work.add_note(social_worker, case_id, "interview", TODAY, "Wywiad.")
    assert saved.kind is NoteKind.INTERVIEW


# --- a record of fact ------------------------------------------------------------------


def test_the_author_corrects_a_note_on_the_day_it_was_written(
    services: Services, social_worker: Actor, note: NoteView,
) -> None:
    edited = services.social_work.edit_note(social_worker, note.id, "Wizyta: mieszkanie zimne.")
    assert edited.text == "Wizyta: mieszkanie zimne." and edited.edited
    assert edited.written_at == note.written_at and edited.kind is note.kind
    assert services.social_work.note(social_worker, note.id) == edited
    with pytest.raises(ValidationError) as refused:
        services.social_work.edit_note(social_worker, note.id, "   ")
    assert _codes(refused.value) == {"text": "required"}
    assert services.social_work.note(social_worker, note.id).text == "Wizyta: mieszkanie zimne."


def test_a_note_of_an_earlier_day_is_locked_even_for_its_author(
    services: Services, social_worker: Actor, note: NoteView,
) -> None:
    with services.db.session() as s:  # written yesterday
        row = s.get(SocialWorkNoteRow, note.id)
        assert row is not None
        row.created_at -= dt.timedelta(days=1)
    with pytest.raises(ConflictError) as refused:
        services.social_work.edit_note(social_worker, note.id, "Inna treść.")
    assert refused.value.code == "note_locked"
    assert services.social_work.note(social_worker, note.id).text == VISIT


def test_nobody_but_the_author_corrects_a_note(
    services: Services, coordinator: Actor, note: NoteView,
) -> None:
    colleague = _someone(services, "social2", Role.SOCIAL_WORK)
    for other in (colleague, coordinator):
        with pytest.raises(ConflictError) as refused:
            services.social_work.edit_note(other, note.id, "Inna treść.")
        assert refused.value.code == "note_locked"
    assert services.social_work.note(coordinator, note.id).text == VISIT


def test_editable_by_says_what_the_service_allows(note: NoteView, social_worker: Actor) -> None:
    assert note.editable_by(social_worker.user_id, TODAY)
    assert not note.editable_by(social_worker.user_id, TODAY + dt.timedelta(days=1))
    assert not note.editable_by(uuid.uuid4(), TODAY)


def test_every_reading_of_notes_is_logged_with_whose_they_are(
    services: Services, social_worker: Actor, coordinator: Actor, note: NoteView,
) -> None:
    dpo = _someone(services, "iod", Role.AUDITOR)
    services.social_work.notes(coordinator, note.case_id)
    services.social_work.notes(coordinator, note.case_id, offset=200)  # the next page: same reading
    services.social_work.note(social_worker, note.id)
    services.social_work.notes_for_person(coordinator, note.person_id)
    views = [e for e in services.audit.entries(dpo, person_id=note.person_id, action="view")
             if e.entity == "social_work_notes"]
    assert [(e.actor_id, e.entity_id, dict(e.details)) for e in reversed(views)] == [
        (coordinator.user_id, None, {"case": note.case_sign}),
        (social_worker.user_id, str(note.id), {"case": note.case_sign}),
        (coordinator.user_id, None, {}),
    ]
