"""Niebieska Karta in the services, on a real SQLite file: form A starts a procedure, steps
are recorded against their deadlines, overdue ones reach the head and "Moje sprawy"; only
social work and the head ever read it – the person file, another team's inbox, the statistics
and the data-subject export of the person using violence show nothing of it."""

from __future__ import annotations

import dataclasses
import datetime as dt
import io
import uuid

import pytest
from hypothesis import given
from hypothesis import strategies as st
from pypdf import PdfReader
from sqlalchemy import select, update

from ops_desktop.domain.calendar import add_working_days
from ops_desktop.domain.errors import ConflictError, PermissionDenied, ValidationError
from ops_desktop.domain.vocabulary import Ground, Relation, Role, Team
from ops_desktop.services.blue_card import FormAInput
from ops_desktop.services.context import Actor
from ops_desktop.services.hub import Services
from ops_desktop.services.persons import MemberInput
from ops_desktop.storage.models import BlueCardRow, CaseRow, office_today

from .helpers import referral_intake
from .strategies import text_or_wrong, wrong_type
from .test_hostile_input import HOSTILE, Refused, attempt, ids, spoil
from .test_social_work_log import _without_pesel

TODAY = office_today()
SECRET = "Sąsiadka słyszała krzyki; mąż grozi żonie nożem."
WITNESS = "Policja – st. sierż. Anna Zawadzka"


@dataclasses.dataclass
class Family:
    case_id: uuid.UUID
    wife: uuid.UUID
    husband: uuid.UUID
    referral_id: uuid.UUID


def referred_couple(services: Services, desk: Actor, names: tuple[str, str, str]
                    ) -> tuple[uuid.UUID, uuid.UUID, uuid.UUID]:
    """(wife, husband, referral): a couple (first names, surname) in one household, the wife
    referred to social work by the desk with the art. 7 ground "przemoc domowa"."""
    wife = services.persons.register_household(
        desk, _without_pesel(names[0], names[2]),
        [MemberInput(Relation.SPOUSE, _without_pesel(names[1], names[2]))])
    husband = next(m.person_id for m in services.persons.file(desk, wife).household
                   if m.person_id != wife)
    intake = dataclasses.replace(referral_intake(wife, Team.SOCIAL_WORK),
                                 grounds=(Ground.DOMESTIC_VIOLENCE,))
    rid = services.intake.record(desk, intake).referral_id
    assert rid is not None
    return wife, husband, rid


@pytest.fixture
def family(services: Services, desk: Actor, social_worker: Actor) -> Family:
    """Wife and husband in one household; the desk refers the wife to social work with the
    art. 7 ground "przemoc domowa" – the desk's "suspected violence" – and the team accepts."""
    wife, husband, rid = referred_couple(services, desk, ("Maria", "Piotr", "Wrona"))
    # The flag reaches social work with the referral, and only there.
    [seen] = services.referrals.inbox(social_worker, Team.SOCIAL_WORK.value)
    assert Ground.DOMESTIC_VIOLENCE in seen.grounds
    case_id = services.referrals.accept(social_worker, rid).id
    with services.db.session() as s:
        s.execute(update(CaseRow).where(CaseRow.id == case_id)
                  .values(opened_on=TODAY - dt.timedelta(days=60)))
    return Family(case_id, wife, husband, rid)


def _form_a(family: Family, **changes: object) -> FormAInput:
    data = FormAInput(case_id=family.case_id, filled_on=TODAY - dt.timedelta(days=2),
                      filled_by=WITNESS, victims=(family.wife,),
                      using_violence=(family.husband,), note=SECRET)
    return dataclasses.replace(data, **changes)  # type: ignore[arg-type]


def test_form_a_starts_a_procedure_whose_steps_follow_one_another_to_the_close(
        services: Services, social_worker: Actor, family: Family) -> None:
    cards = services.blue_cards
    started = TODAY - dt.timedelta(days=20)
    card = cards.start(social_worker, _form_a(family, filled_on=started))
    assert [(p.person_id, p.role.value) for p in card.parties] == [
        (family.wife, "victim"), (family.husband, "using_violence")]
    assert card.filled_by == WITNESS and card.note == SECRET
    assert [(s.code, s.due_on) for s in card.waiting] == [
        ("to_chair", add_working_days(started, 5))]
    with pytest.raises(ValidationError) as refused:  # the group waits for the chair
        cards.record_step(social_worker, card.id, "group_appointed", TODAY)
    assert refused.value.errors[0].code == "step_not_yet_due"
    handed = started + dt.timedelta(days=1)
    card = cards.record_step(social_worker, card.id, "to_chair", handed)
    assert [(s.code, s.due_on) for s in card.waiting] == [
        ("group_appointed", add_working_days(handed, 3))]
    card = cards.record_step(social_worker, card.id, "group_appointed", handed)
    card = cards.record_step(social_worker, card.id, "form_c", handed, note=SECRET)
    card = cards.record_step(social_worker, card.id, "first_meeting", TODAY - dt.timedelta(1),
                             someone_absent=True)
    assert [s.code for s in card.waiting] == ["absent_notified"]
    assert [d.code for d in card.done] == ["to_chair", "group_appointed", "form_c",
                                           "first_meeting"]
    assert card.done[0].recorded_by == social_worker.full_name
    with pytest.raises(ValidationError):
        cards.record_step(social_worker, card.id, "to_chair", TODAY)  # once only
    closed = cards.close(social_worker, card.id, "no_grounds", TODAY)
    assert closed.closed_on == TODAY and closed.next_step is None
    assert cards.procedures(social_worker) == []
    assert [c.id for c in cards.procedures(social_worker, open_only=False)] == [card.id]
    with pytest.raises(ConflictError):
        cards.record_step(social_worker, card.id, "form_d", TODAY)


def test_an_overdue_step_reaches_the_head_and_the_workers_moje_sprawy(
        services: Services, social_worker: Actor, coordinator: Actor, family: Family) -> None:
    long_ago = TODAY - dt.timedelta(days=30)
    card = services.blue_cards.start(social_worker, _form_a(family, filled_on=long_ago))
    [(late, step)] = services.blue_cards.overdue(coordinator)
    assert late.id == card.id and step.code == "to_chair"
    assert step.due_on == add_working_days(long_ago, 5) < TODAY
    mine = {i.case_id: i for i in services.caseload.my_cases(social_worker)}[family.case_id]
    assert (mine.next_due, mine.next_kind, mine.overdue) == (step.due_on, "blue_card_step", 1)
    services.blue_cards.record_step(social_worker, card.id, "to_chair", TODAY)
    assert services.blue_cards.overdue(coordinator) == []
    with pytest.raises(PermissionDenied):
        services.blue_cards.overdue(social_worker)  # the escalation is the head's


def test_form_a_is_refused_field_by_field_and_for_hostile_input(
        services: Services, social_worker: Actor, family: Family) -> None:
    cards = services.blue_cards
    cases = [
        (dict(filled_by="  ", victims=()), {"filled_by": "required", "victims": "required"}),
        (dict(victims=(family.husband,)), {"using_violence": "party_both_roles"}),
        (dict(victims=("'; DROP TABLE persons; --",)), {"victims": "invalid"}),
        (dict(using_violence=(uuid.uuid4(),)), {"using_violence": "not_found"}),
        (dict(filled_on=TODAY + dt.timedelta(1)), {"filled_on": "future_date"}),
        (dict(filled_on=TODAY - dt.timedelta(days=400)), {"filled_on": "form_a_too_early"}),
        (dict(filled_on="2026-12-01"), {"filled_on": "invalid"}),
        (dict(note="x" * 5000), {"note": "too_long"}),
        (dict(case_id="1 OR 1=1"), {"case_id": "invalid"}),
    ]
    for changes, expected in cases:
        with pytest.raises(ValidationError) as refused:
            cards.start(social_worker, _form_a(family, **changes))
        assert {e.field: e.code for e in refused.value.errors} == expected, changes
    with pytest.raises(ValidationError):
        cards.start(social_worker, "form A")  # type: ignore[arg-type]
    card = cards.start(social_worker, _form_a(family))
    for code, day, absent in (("to_chair", "jutro", False), ("to_chair", TODAY, "tak"),
                              (None, TODAY, False), ("form_e", TODAY, False)):
        with pytest.raises(ValidationError):
            cards.record_step(social_worker, card.id, code, day,  # type: ignore[arg-type]
                              someone_absent=absent)  # type: ignore[arg-type]
    with pytest.raises(ValidationError):
        cards.close(social_worker, card.id, "' OR 1=1", TODAY)
    with services.db.session() as s:
        assert s.scalar(select(BlueCardRow.closed_on)) is None


def test_only_social_work_and_the_head_read_it_no_other_read_path_shows_it(
        services: Services, desk: Actor, benefits_worker: Actor, coordinator: Actor,
        auditor: Actor, social_worker: Actor, family: Family) -> None:
    roles = frozenset({Role.SERVICES})
    services_user = Actor(services.office.add_user("uslugi", "Ewa Usługowa", "opiekunka", roles),
                          "Ewa Usługowa", "opiekunka", roles)
    card = services.blue_cards.start(social_worker, _form_a(family))
    for outsider in (desk, benefits_worker, services_user, auditor):
        with pytest.raises(PermissionDenied):
            services.blue_cards.procedures(outsider)
        with pytest.raises(PermissionDenied):
            services.blue_cards.procedure(outsider, card.id)
        with pytest.raises(PermissionDenied):
            services.blue_cards.start(outsider, _form_a(family))
        with pytest.raises(PermissionDenied):
            services.blue_cards.record_step(outsider, card.id, "to_chair", TODAY)
        with pytest.raises(PermissionDenied):
            services.blue_cards.close(outsider, card.id, "no_grounds", TODAY)
    assert [c.id for c in services.blue_cards.procedures(coordinator)] == [card.id]
    words = (SECRET, WITNESS, "Niebieska", "blue_card", str(card.id))
    for reader in (desk, benefits_worker, services_user):
        for person_id in (family.wife, family.husband):
            seen = repr(services.persons.file(reader, person_id))
            assert not any(w in seen for w in words), (reader.full_name, person_id)
    for reader, team in ((benefits_worker, Team.BENEFITS), (services_user, Team.SERVICES),
                         (desk, Team.FIRST_CONTACT)):
        seen = repr(services.referrals.inbox(reader, team.value))
        assert not any(w in seen for w in words)
    for confidential in (False, True):  # the slip handed to the client, and the team's copy
        slip = services.intake.render_referral_slip(desk, family.referral_id, confidential)
        text = "".join(p.extract_text() for p in PdfReader(io.BytesIO(slip)).pages)
        assert "Niebieska" not in text and WITNESS not in text and SECRET not in text
    stats = repr(services.statistics.half_year(coordinator, TODAY.year, None))
    assert not any(w in stats for w in words)
    # The person using violence asking for their data learns nothing of the report.
    exported = services.personal_data.export_json(coordinator, family.husband).decode()
    assert not any(w in exported for w in (SECRET, WITNESS, str(card.id)))
    assert "Niebieska" not in exported and "blue_card" not in exported
    logged = [e for e in services.audit.entries(auditor, limit=500)
              if e.entity.startswith("blue_card")]
    assert {e.entity for e in logged} == {"blue_cards", "blue_card_parties"}
    assert SECRET not in repr(logged) and WITNESS not in repr(logged)
    assert "victim" not in repr(logged) and "using_violence" not in repr(logged)
    assert any("[treść poufna" in repr(e.changes) for e in logged)


def test_the_letter_to_the_chair_prints_form_a_facts_and_no_names(
        services: Services, social_worker: Actor, family: Family) -> None:
    filled = dt.date(2026, 12, 22) if TODAY >= dt.date(2026, 12, 22) else TODAY
    card = services.blue_cards.start(social_worker, _form_a(family, filled_on=filled))
    pdf = services.blue_cards.render_letter(social_worker, card.id)
    text = " ".join(" ".join(p.extract_text() for p in PdfReader(io.BytesIO(pdf)).pages).split())
    assert "Przewodniczący Zespołu Interdyscyplinarnego" in text
    assert "Przekazanie formularza „Niebieska Karta – A”" in text
    assert f"wypełniony dnia {filled:%d.%m.%Y} r. przez: {WITNESS}" in text
    assert ("doznających przemocy domowej – 1, stosujących przemoc domową – 1" in text)
    due = add_working_days(filled, 5)
    assert f"upływa {due:%d.%m.%Y} r." in text and "Dz.U. 2023 poz. 1870" in text
    assert social_worker.full_name in text and "do potwierdzenia" in text
    assert "Wrona" not in text and SECRET not in text  # the names and story stay on form A


def test_anonymising_a_party_blanks_who_reported_and_the_notes(
        services: Services, social_worker: Actor, family: Family) -> None:
    from ops_desktop.storage import personal_data_queries as pq
    from ops_desktop.storage.models import BlueCardStepRow, utcnow

    card = services.blue_cards.start(social_worker, _form_a(family))
    services.blue_cards.record_step(social_worker, card.id, "form_d", TODAY, note=SECRET)
    with services.db.session() as s:
        rows = pq.blanked_rows(s, [family.husband])
        assert rows["blue_cards"] == {str(card.id)} and len(rows["blue_card_steps"]) == 1
        pq.anonymise(s, [family.husband], None, ("Osoba", "zanonimizowana"), utcnow())
    with services.db.session() as s:
        row = s.get(BlueCardRow, card.id)
        assert row is not None and (row.filled_by, row.note) == ("", "")
        assert [n for n in s.scalars(select(BlueCardStepRow.note))] == [""]
        assert row.form_a_on == card.form_a_on  # dates stay for the register


@HOSTILE
@given(data=st.data())
def test_form_a_and_steps_store_what_was_typed_or_write_nothing(
        services: Services, social_worker: Actor, family: Family, data: st.DataObject) -> None:
    base = _form_a(family)
    people = st.lists(st.one_of(st.sampled_from([family.wife, family.husband]), st.uuids(),
                                wrong_type()), max_size=3).map(tuple)
    form = spoil(data.draw, base, {
        "case_id": ids(family.case_id),
        "filled_on": st.one_of(st.dates(), wrong_type(), st.none()),
        "filled_by": text_or_wrong(st.just(WITNESS)),
        "victims": st.one_of(people, wrong_type()),
        "using_violence": st.one_of(people, wrong_type()),
        "note": text_or_wrong(st.just(SECRET)),
    })
    card = attempt(services, lambda: services.blue_cards.start(social_worker, form))
    if isinstance(card, Refused):
        return
    assert (card.filled_by, card.note) == (form.filled_by.strip(), form.note.strip())
    assert {p.person_id for p in card.parties} == set(form.victims) | set(form.using_violence)
    code = data.draw(st.one_of(st.sampled_from(["to_chair", "form_c", "first_meeting"]),
                               text_or_wrong(st.just("form_d"))))
    day = data.draw(st.one_of(st.dates(), wrong_type(), st.none()))
    note = data.draw(text_or_wrong(st.just("")))
    step = attempt(services, lambda: services.blue_cards.record_step(
        social_worker, card.id, code, day, note))
    if not isinstance(step, Refused):
        assert [(d.code, d.done_on, d.note) for d in step.done] == [(code, day, note.strip())]


def test_two_of_one_name_in_the_household_are_told_apart_by_their_year_of_birth(
        services: Services, desk: Actor, social_worker: Actor) -> None:
    """A mother and a daughter both named Lena: form A's lists name each with her year."""
    from .helpers import person

    mother = services.persons.register_household(
        desk, person("Lena", "Michalska", "99042319405"),
        [MemberInput(Relation.CHILD, person("Lena", "Michalska", "17251684480")),
         MemberInput(Relation.CHILD, person("Bartosz", "Michalski", "18282252657"))])
    rid = services.intake.record(desk, referral_intake(mother, Team.SOCIAL_WORK)).referral_id
    assert rid is not None
    case_id = services.referrals.accept(social_worker, rid).id
    named = dict(services.blue_cards.household_of_case(social_worker, case_id))
    assert named[mother] == "Michalska Lena (ur. 1999)"
    assert sorted(named.values()) == ["Michalska Lena (ur. 1999)", "Michalska Lena (ur. 2017)",
                                      "Michalski Bartosz"]
