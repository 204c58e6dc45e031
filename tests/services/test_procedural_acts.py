"""Postanowienia (KPA art. 61a, 97, 101, 113) and the call to remedy formal defects (art. 64 § 2)."""

from __future__ import annotations

import datetime as dt
import uuid
from decimal import Decimal

import pytest

from ops_desktop.domain.act_kinds import days_deadline
from ops_desktop.domain.calendar import is_working_day
from ops_desktop.domain.clock import wall_today
from ops_desktop.domain.errors import ConflictError, ValidationError
from ops_desktop.domain.vocabulary import (
    ApplicationStatus,
    BenefitForm,
    CloseReason,
    DecisionKind,
    DecisionStatus,
)
from ops_desktop.services.applications import ApplicationInput, IncomeInput
from ops_desktop.services.context import Actor
from ops_desktop.services.hub import Services
from ops_desktop.services.procedural_acts import DefectCallInput, OrderInput

from tests.server_db import RawSQL
from .helpers import person
from .test_benefits import application, grant, text_of
from .test_personal_data import World, _close, world  # noqa: F401 - world is a fixture
from .test_withdrawal import field_codes as codes

TODAY = wall_today()
QUESTION = ("ustalenie przez Sąd Rejonowy w Lipowcu, czy Strona jest uprawniona do alimentów "
            "od syna (sygn. III RC 12/26)")


def order(app_id: uuid.UUID, kind: DecisionKind = DecisionKind.SUSPENSION,
          **changes: object) -> OrderInput:
    data: dict[str, object] = dict(application_id=app_id, kind=kind, detail=QUESTION,
                                   reasoning="Strona złożyła pozew o alimenty 2 grudnia.")
    data.update(changes)
    return OrderInput(**data)  # type: ignore[arg-type]


def test_a_suspension_is_signed_like_a_decision_and_prints_every_element_of_art_124(
    services: Services, benefits_worker: Actor, signer: Actor
) -> None:
    _, app = application(services, benefits_worker, BenefitForm.PERIODIC, Decimal("300"))
    draft = services.procedural_acts.prepare_order(benefits_worker, order(app.id))
    assert draft.kind is DecisionKind.SUSPENSION and draft.status is DecisionStatus.DRAFT
    # The coordinator's signing list holds it with the decisions.
    assert draft.id in [d.id for d in services.decisions.page(signer, DecisionStatus.DRAFT)]
    signed = services.decisions.sign(signer, draft.id)
    assert signed.status is DecisionStatus.SIGNED
    assert services.applications.get(benefits_worker, app.id).status is ApplicationStatus.SUSPENDED
    # Suspended, the proceedings are still in hand: on the open list, the case stays open.
    assert app.id in [a.id for a in services.applications.page(benefits_worker)]
    with pytest.raises(ConflictError) as still_open:
        services.cases.close(signer, app.case_id, CloseReason.MATTER_DECIDED)
    assert still_open.value.code == "case_has_pending_application"
    # While suspended nothing is decided.
    with pytest.raises(ConflictError):
        services.decisions.prepare(benefits_worker, grant(app.id, Decimal("300.00")))
    text = text_of(services.decisions.render(benefits_worker, signed.id))
    office = services.office.settings()
    assert "POSTANOWIENIE" in text and "DECYZJA" not in text and "PROJEKT" not in text
    assert office.office_name.split()[0] in text  # the organ (letterhead)
    assert f"{office.office_place}, " in text  # place and date of issue
    assert "Żółkiewski" in text  # the party
    assert "art. 97 § 1 pkt 4" in text  # the legal basis
    assert "postanawiam: zawiesić postępowanie" in text  # the ruling
    assert "alimentów od syna" in text  # with the worker's words
    assert "UZASADNIENIE" in text and "pozew o alimenty" in text  # the reasoning
    assert "zażalenie" in text and "w terminie 7 dni" in text  # the instruction, 7 days
    assert "Katarzyna Wiśniewska" in text  # signed with name…
    assert "z upoważnienia" in text  # …as the authorised employee
    assert "Otrzymują" in text


def test_a_resumption_reopens_the_proceedings_and_lies_without_a_zazalenie(
    services: Services, benefits_worker: Actor, signer: Actor
) -> None:
    _, app = application(services, benefits_worker, BenefitForm.PERIODIC, Decimal("300"))
    with pytest.raises(ValidationError) as exc:  # nothing suspended yet
        services.procedural_acts.prepare_order(benefits_worker, order(
            app.id, DecisionKind.RESUMPTION, detail="sąd rozstrzygnął"))
    assert codes(exc) == {"kind": "not_for_application_status"}
    services.decisions.sign(signer, services.procedural_acts.prepare_order(
        benefits_worker, order(app.id)).id)
    resumed = services.procedural_acts.prepare_order(benefits_worker, order(
        app.id, DecisionKind.RESUMPTION, detail="sąd rozstrzygnął sprawę wyrokiem"))
    services.decisions.sign(signer, resumed.id)
    assert services.applications.get(benefits_worker, app.id).status is ApplicationStatus.REGISTERED
    text = text_of(services.decisions.render(benefits_worker, resumed.id))
    assert "podjąć zawieszone postępowanie" in text and "nie służy zażalenie" in text
    # The proceedings go on: a decision can be prepared and signed.
    services.decisions.sign(signer, services.decisions.prepare(
        benefits_worker, grant(app.id, Decimal("300.00"), period_to=None,
                               kind=DecisionKind.REFUSAL, reasoning="Brak podstaw.")).id)
    assert len(services.procedural_acts.orders(benefits_worker, app.id)) == 2


def test_a_draft_postanowienie_outdated_by_a_decision_is_not_signed(
    services: Services, benefits_worker: Actor, signer: Actor
) -> None:
    _, app = application(services, benefits_worker, BenefitForm.PERIODIC, Decimal("300"))
    draft = services.procedural_acts.prepare_order(benefits_worker, order(app.id))
    decision = services.decisions.prepare(benefits_worker, grant(
        app.id, Decimal("400.00"), period_to=dt.date(2027, 6, 30)))
    # The decision's draft leaves the postanowienie's draft alone; signing it decides the case.
    assert services.decisions.get(benefits_worker, draft.id).status is DecisionStatus.DRAFT
    services.decisions.sign(signer, decision.id)
    with pytest.raises(ConflictError) as outdated:
        services.decisions.sign(signer, draft.id)
    assert outdated.value.code == "order_outdated"
    assert services.applications.get(benefits_worker, app.id).status is ApplicationStatus.DECIDED


def test_a_refusal_to_open_ends_the_application(
    services: Services, benefits_worker: Actor, signer: Actor
) -> None:
    _, app = application(services, benefits_worker, BenefitForm.PERIODIC, Decimal("300"))
    draft = services.procedural_acts.prepare_order(benefits_worker, order(
        app.id, DecisionKind.REFUSAL_TO_OPEN,
        detail="wniosek złożyła osoba niebędąca stroną ani jej przedstawicielem"))
    services.decisions.sign(signer, draft.id)
    assert services.applications.get(benefits_worker, app.id).status is ApplicationStatus.NOT_OPENED
    assert app.id not in [a.id for a in services.applications.page(benefits_worker)]
    text = text_of(services.decisions.render(benefits_worker, draft.id))
    assert "odmówić wszczęcia postępowania" in text and "art. 61a § 1" in text
    assert "w terminie 7 dni" in text


def test_a_rectification_names_the_act_it_corrects_and_changes_nothing_else(
    services: Services, benefits_worker: Actor, signer: Actor
) -> None:
    _, app = application(services, benefits_worker, BenefitForm.PERIODIC, Decimal("300"))
    with pytest.raises(ValidationError) as exc:
        services.procedural_acts.prepare_order(benefits_worker, order(
            app.id, DecisionKind.RECTIFICATION, detail="x"))
    assert codes(exc) == {"corrects_id": "required"}
    decision = services.decisions.prepare(benefits_worker, grant(
        app.id, Decimal("400.00"), period_to=dt.date(2027, 6, 30)))
    with pytest.raises(ValidationError) as exc:  # a draft is corrected by a new draft
        services.procedural_acts.prepare_order(benefits_worker, order(
            app.id, DecisionKind.RECTIFICATION, detail="x", corrects_id=decision.id))
    assert codes(exc) == {"corrects_id": "invalid"}
    signed = services.decisions.sign(signer, decision.id)
    fix = services.procedural_acts.prepare_order(benefits_worker, order(
        app.id, DecisionKind.RECTIFICATION, corrects_id=signed.id,
        detail="w uzasadnieniu w miejsce słów „ul. Polan 5” wpisuje się „ul. Polna 5”"))
    services.decisions.sign(signer, fix.id)
    assert services.applications.get(benefits_worker, app.id).status is ApplicationStatus.DECIDED
    text = text_of(services.decisions.render(benefits_worker, fix.id))
    issued = services.decisions.get(benefits_worker, signed.id).issued_on
    assert f"sprostować oczywistą omyłkę w decyzji nr {app.case_sign} z dnia" in text
    assert str(issued.year) in text and "art. 113 § 1" in text and "„ul. Polna 5”" in text
    # The panel's change decision still changes the decision, never the postanowienie.
    change = services.decisions.prepare(benefits_worker, grant(
        app.id, Decimal("380.00"), period_to=dt.date(2027, 6, 30), corrects_id=signed.id))
    assert change.corrects_id == signed.id


def test_a_signed_postanowienie_is_immutable_in_the_service_and_the_store(
    services: Services, benefits_worker: Actor, signer: Actor
) -> None:
    _, app = application(services, benefits_worker, BenefitForm.PERIODIC, Decimal("300"))
    draft = services.procedural_acts.prepare_order(benefits_worker, order(app.id))
    services.decisions.sign(signer, draft.id)
    with pytest.raises(ConflictError):
        services.decisions.sign(signer, draft.id)
    with pytest.raises(ConflictError):
        services.decisions.discard_draft(benefits_worker, draft.id)
    with RawSQL(services.db) as conn:
        for statement in ("UPDATE decisions SET ruling_detail = 'inna treść' WHERE id = ?",
                          "UPDATE decisions SET kind = 'resumption' WHERE id = ?",
                          "UPDATE decisions SET reasoning = '' WHERE id = ?"):
            with pytest.raises(conn.IntegrityError, match="signed decision is immutable"):
                conn.execute(statement, (draft.id.hex,))
        with pytest.raises(conn.IntegrityError):
            conn.execute("DELETE FROM decisions WHERE id = ?", (draft.id.hex,))
    assert services.decisions.get(benefits_worker, draft.id).ruling_detail == QUESTION


@pytest.mark.parametrize("bad", [
    {"detail": ""}, {"detail": "   "}, {"detail": "x" * 2001}, {"detail": "a\x00b"},
    {"detail": None}, {"detail": 7}, {"reasoning": None}, {"reasoning": "a\x1bb"},
    {"kind": "suspension"}, {"kind": DecisionKind.GRANT}, {"kind": None},
    {"corrects_id": "' OR 1=1 --"}, {"application_id": "Robert'); DROP TABLE decisions;--"},
])
def test_hostile_input_to_a_postanowienie_is_refused_by_field(
    services: Services, benefits_worker: Actor, bad: dict[str, object]
) -> None:
    _, app = application(services, benefits_worker, BenefitForm.PERIODIC, Decimal("300"))
    with pytest.raises(ValidationError) as exc:
        services.procedural_acts.prepare_order(benefits_worker, order(app.id, **bad))
    assert set(codes(exc)) == set(bad) - {"corrects_id"} | ({"corrects_id"} & set(bad))
    assert services.procedural_acts.orders(benefits_worker, app.id) == []


def test_a_decision_kind_cannot_be_prepared_as_a_postanowienie_nor_the_reverse(
    services: Services, benefits_worker: Actor
) -> None:
    _, app = application(services, benefits_worker, BenefitForm.PERIODIC, Decimal("300"))
    with pytest.raises(ValidationError):
        services.decisions.prepare(benefits_worker, grant(
            app.id, Decimal("300.00"), kind=DecisionKind.SUSPENSION))


# --- art. 64 § 2 ---

def _old_application(services: Services, worker: Actor, days_ago: int = 40,
                     who: uuid.UUID | None = None) -> uuid.UUID:
    pid = who or services.persons.register_household(worker, person(), [])
    app = services.applications.register(worker, ApplicationInput(
        person_id=pid, received_on=TODAY - dt.timedelta(days=days_ago),
        form=BenefitForm.PURPOSE, purpose="opał"))
    services.applications.set_incomes(worker, app.id, [IncomeInput(pid, "emerytura",
                                                                   Decimal("300"))])
    return app.id


def _called(services: Services, worker: Actor, app_id: uuid.UUID, delivered_ago: int) -> None:
    services.procedural_acts.call_to_remedy(worker, DefectCallInput(
        app_id, "brak podpisu na wniosku\nbrak zaświadczenia o dochodach za listopad",
        TODAY - dt.timedelta(days=delivered_ago + 3)))
    services.procedural_acts.record_delivery(worker, app_id,
                                             TODAY - dt.timedelta(days=delivered_ago))


def test_without_a_remedy_in_7_days_the_application_is_left_unexamined_and_its_case_closed(
    services: Services, benefits_worker: Actor, auditor: Actor
) -> None:
    app_id = _old_application(services, benefits_worker)
    _called(services, benefits_worker, app_id, delivered_ago=20)
    app = services.applications.get(benefits_worker, app_id)
    call = app.defect_call
    assert call is not None and call.pending and call.defects[1].startswith("brak zaświadczenia")
    assert call.deadline == days_deadline(call.delivered_on, 7) and is_working_day(call.deadline)
    # Pending call: no decision is prepared meanwhile.
    with pytest.raises(ConflictError):
        services.decisions.prepare(benefits_worker, grant(app_id, Decimal("300.00"),
                                                          period_from=None))
    # Too late to remedy.
    with pytest.raises(ValidationError) as exc:
        services.procedural_acts.record_remedy(benefits_worker, app_id, TODAY)
    assert codes(exc) == {"remedied_on": "after_deadline"}
    left = services.procedural_acts.leave_unexamined(benefits_worker, app_id)
    assert left.status is ApplicationStatus.LEFT_UNEXAMINED
    assert left.defect_call is not None and left.defect_call.left_unexamined_on == TODAY
    assert left.case_closed_on == TODAY
    assert app_id not in [a.id for a in services.applications.page(benefits_worker)]
    # Audited: the change of status and the day it was left, by the worker.
    changed = {(c.field, str(c.after)) for e in services.audit.entries(auditor, person_id=left.person_id)
               if e.entity == "applications" and e.entity_id == str(app_id)
               and e.actor_id == benefits_worker.user_id for c in e.changes}
    assert ("status", "left_unexamined") in changed
    assert ("left_unexamined_on", TODAY.isoformat()) in changed
    text = text_of(services.procedural_acts.render_defect_call(benefits_worker, app_id))
    assert "WEZWANIE" in text and "w terminie 7 dni od dnia doręczenia" in text
    assert "1. brak podpisu na wniosku" in text and "2. brak zaświadczenia" in text
    assert "pozostawienie wniosku bez rozpoznania" in text and "art. 64 § 2" in text


def test_a_remedy_within_the_deadline_resumes_the_application(
    services: Services, benefits_worker: Actor, signer: Actor
) -> None:
    app_id = _old_application(services, benefits_worker)
    _called(services, benefits_worker, app_id, delivered_ago=2)
    with pytest.raises(ConflictError):  # the 7 days still run
        services.procedural_acts.leave_unexamined(benefits_worker, app_id)
    app = services.procedural_acts.record_remedy(benefits_worker, app_id, TODAY)
    assert app.status is ApplicationStatus.REGISTERED and app.defect_call is not None
    assert not app.defect_call.pending and app.defect_call.remedied_on == TODAY
    with pytest.raises(ConflictError):  # nothing pending any more
        services.procedural_acts.leave_unexamined(benefits_worker, app_id)
    draft = services.decisions.prepare(benefits_worker, grant(
        app_id, Decimal("300.00"), period_from=None))
    services.decisions.sign(signer, draft.id)
    assert services.applications.get(benefits_worker, app_id).status is ApplicationStatus.DECIDED


@pytest.mark.parametrize("defects, called_on, field", [
    ("", TODAY, "defects"), ("  \n ", TODAY, "defects"), ("x" * 4001, TODAY, "defects"),
    ("brak\x00podpisu", TODAY, "defects"), (None, TODAY, "defects"),
    ("brak podpisu", TODAY + dt.timedelta(days=1), "called_on"),
    ("brak podpisu", TODAY - dt.timedelta(days=400), "called_on"),
    ("brak podpisu", "2026-12-01", "called_on"), ("brak podpisu", None, "called_on"),
])
def test_hostile_input_to_a_call_is_refused_next_to_the_field(
    services: Services, benefits_worker: Actor, defects: object, called_on: object, field: str
) -> None:
    app_id = _old_application(services, benefits_worker)
    with pytest.raises(ValidationError) as exc:
        services.procedural_acts.call_to_remedy(benefits_worker, DefectCallInput(
            app_id, defects, called_on))  # type: ignore[arg-type]
    assert set(codes(exc)) == {field}
    assert services.applications.get(benefits_worker, app_id).defect_call is None


def test_delivery_and_remedy_days_are_checked(
    services: Services, benefits_worker: Actor
) -> None:
    app_id = _old_application(services, benefits_worker)
    with pytest.raises(ConflictError):  # no call yet
        services.procedural_acts.record_delivery(benefits_worker, app_id, TODAY)
    services.procedural_acts.call_to_remedy(benefits_worker, DefectCallInput(
        app_id, "brak podpisu", TODAY - dt.timedelta(days=3)))
    for bad, code in ((TODAY + dt.timedelta(days=1), "future_date"),
                      (TODAY - dt.timedelta(days=5), "before_call"), ("wczoraj", "invalid")):
        with pytest.raises(ValidationError) as exc:
            services.procedural_acts.record_delivery(benefits_worker, app_id, bad)  # type: ignore[arg-type]
        assert codes(exc) == {"delivered_on": code}
    with pytest.raises(ConflictError):  # a second call while one is pending
        services.procedural_acts.call_to_remedy(benefits_worker, DefectCallInput(
            app_id, "brak podpisu", TODAY))


# --- the data of acts ------------------------------------------------------------------------

def test_every_decision_reads_its_appeal_days_from_the_acts_data(
    services: Services, benefits_worker: Actor, monkeypatch: pytest.MonkeyPatch
) -> None:
    import dataclasses

    from ops_desktop.documents import decision as paper
    from ops_desktop.domain.act_kinds import act_book

    _, app = application(services, benefits_worker, BenefitForm.PERIODIC, Decimal("300"))
    draft = services.decisions.prepare(benefits_worker, grant(
        app.id, Decimal("400.00"), period_to=dt.date(2027, 6, 30)))
    assert "w terminie 14 dni od dnia jej doręczenia" in text_of(
        services.decisions.render(benefits_worker, draft.id))

    def amended(on: dt.date) -> object:  # as if a new law gave 21 days
        book = act_book(on)
        kinds = {**book.kinds, "grant": dataclasses.replace(book.kinds["grant"], appeal_days=21)}
        return dataclasses.replace(book, kinds=kinds)

    monkeypatch.setattr(paper, "act_book", amended)
    assert "w terminie 21 dni od dnia jej doręczenia" in text_of(
        services.decisions.render(benefits_worker, draft.id))


def test_anonymisation_blanks_a_postanowienies_words_and_the_called_defects(
    services: Services, coordinator: Actor, world: World
) -> None:
    head = coordinator
    fix = services.procedural_acts.prepare_order(head, order(
        services.decisions.get(head, world.decision_id).application_id,
        DecisionKind.RECTIFICATION, corrects_id=world.decision_id,
        detail="w miejsce „Jana Żółkiewskiego z ul. Polan 5” wpisuje się „ul. Polna 5”",
        reasoning="Jan Żółkiewski zgłosił omyłkę w adresie."))
    services.decisions.sign(head, fix.id)
    app_id = _old_application(services, head, who=world.jan)
    services.procedural_acts.call_to_remedy(head, DefectCallInput(
        app_id, "brak podpisu Jana Żółkiewskiego", TODAY - dt.timedelta(days=25)))
    services.procedural_acts.record_delivery(head, app_id, TODAY - dt.timedelta(days=20))
    services.procedural_acts.leave_unexamined(head, app_id)
    left = services.applications.get(head, app_id)
    assert left.case_closed_on == TODAY  # closed with the application left unexamined
    _close(services, [world.benefits_sign, world.social_sign, left.case_sign])
    services.personal_data.anonymise(head, [world.jan], "ANONIMIZUJ 1", dt.date(2025, 1, 1))
    signed = services.decisions.get(head, fix.id)
    assert signed.status is DecisionStatus.SIGNED and signed.ruling_detail == ""
    called = services.applications.get(head, app_id).defect_call
    assert called is not None and called.defects == ()
    reprint = text_of(services.decisions.render(head, fix.id))
    assert "POSTANOWIENIE" in reprint and "Osoba zanonimizowana" in reprint
    assert "Jana Żółkiewskiego" not in reprint and "Polan 5" not in reprint
    assert "Jan Żółkiewski" not in reprint


def test_the_data_subject_copy_names_the_postanowienie_and_the_called_defects(
    services: Services, coordinator: Actor
) -> None:
    head = coordinator
    pid, app = application(services, head, BenefitForm.PERIODIC, Decimal("300"))
    services.decisions.sign(head, services.procedural_acts.prepare_order(head, order(app.id)).id)
    other = _old_application(services, head, who=pid)
    services.procedural_acts.call_to_remedy(head, DefectCallInput(
        other, "brak zaświadczenia o dochodach", TODAY))
    text = text_of(services.personal_data.export_pdf(head, pid))
    assert "postanowienie o zawieszeniu postępowania" in text and "postępowanie zawieszone" in text
    assert "alimentów od syna" in text
    assert "wezwanie do usunięcia braków: brak zaświadczenia o dochodach" in text
    data = services.personal_data.export_json(head, pid).decode("utf-8")
    assert "brak zaświadczenia o dochodach" in data and "alimentów od syna" in data
