"""The family interview's rules around benefits, on a real store: a benefit decision is not
signed without a linked completed interview (art. 106 ust. 4 u.p.s.) and the head's list says
so first; a frozen interview is refused by the store itself (raw SQL) but anonymisation may
blank it; a current benefit's interview falls due for its 6-monthly update (art. 107 ust. 4)
in "Moje sprawy" and the workload, and a completed Part IV update moves it on; running
programmes' actions count there like a contract's."""

from __future__ import annotations

import datetime as dt
import uuid
from decimal import Decimal

import pytest

from ops_desktop.domain.calendar import add_months
from ops_desktop.domain.clock import wall_today
from ops_desktop.domain.errors import ConflictError
from ops_desktop.domain.interview_rules import interview_rules
from ops_desktop.domain.plans import ActionStatus
from ops_desktop.domain.vocabulary import (
    BenefitForm,
    DecisionKind,
    DecisionStatus,
    PaymentMethod,
    Relation,
)
from ops_desktop.services.applications import ApplicationInput, IncomeInput
from ops_desktop.services.context import Actor
from ops_desktop.services.decisions import DecisionInput
from ops_desktop.services.hub import Services
from ops_desktop.services.persons import MemberInput
from tests.server_db import RawSQL

from .helpers import PESEL_WOMAN_1985, START, interview_answers, person
from .programme_helpers import programme_input
from .test_benefits import IBAN
from .test_interviews import _case
from .test_personal_data import World, world  # noqa: F401 (fixture)

TODAY = wall_today()
FIRST = TODAY.replace(day=1)


def _interview(services: Services, worker: Actor, case_id: uuid.UUID, on: dt.date,
               update_of: uuid.UUID | None = None) -> uuid.UUID:
    opened = services.interviews.open(worker, case_id, on, update_of=update_of)
    answers = interview_answers() if update_of is None else {
        "B": {"changes": "Bez zmian w sytuacji rodziny.", "reason": "upływ 6 miesięcy"},
        "C": {"conclusions": "Pomoc nadal potrzebna.", "plan": "Kontynuacja zasiłku."}}
    services.interviews.save(worker, opened.id, answers, on, "w miejscu zamieszkania")
    return services.interviews.complete(worker, opened.id).id


def _application(services: Services, worker: Actor, pid: uuid.UUID) -> uuid.UUID:
    """A zasiłek okresowy applied for from this month."""
    members = services.persons.household(worker, pid)
    app = services.applications.register(worker, ApplicationInput(
        person_id=pid, received_on=FIRST, form=BenefitForm.PERIODIC, requested_from=FIRST))
    services.applications.set_incomes(worker, app.id, [
        IncomeInput(members[0].person_id, "renta", Decimal("700")),
        IncomeInput(members[1].person_id, "wynagrodzenie", Decimal("500"))])
    return app.id


def _draft(services: Services, worker: Actor, app_id: uuid.UUID) -> uuid.UUID:
    """Its grant for this month and the next, as a draft."""
    return services.decisions.prepare(worker, DecisionInput(
        app_id, DecisionKind.GRANT, Decimal("400.00"), FIRST,
        add_months(FIRST, 2) - dt.timedelta(days=1), PaymentMethod.BANK_TRANSFER, IBAN,
        "Rodzina w trudnej sytuacji.")).id


def _family(services: Services, desk: Actor) -> uuid.UUID:
    return services.persons.register_household(desk, person(), [
        MemberInput(Relation.SPOUSE, person("Maria", "Żółkiewska", PESEL_WOMAN_1985))])


@pytest.mark.without_interview
def test_a_benefit_decision_is_not_signed_without_a_linked_completed_interview(
        services: Services, desk: Actor, social_worker: Actor, benefits_worker: Actor,
        coordinator: Actor) -> None:
    pid = _family(services, desk)
    app_id = _application(services, benefits_worker, pid)
    draft_id = _draft(services, benefits_worker, app_id)
    # The head's list says it before the head tries.
    listed = {d.id: d for d in services.decisions.page(coordinator, DecisionStatus.DRAFT)}
    assert listed[draft_id].interview_missing
    with pytest.raises(ConflictError) as refused:
        services.decisions.sign(coordinator, draft_id)
    assert refused.value.code == "decision_needs_interview"
    assert services.decisions.get(coordinator, draft_id).status is DecisionStatus.DRAFT

    case_id = _case(services, desk, social_worker, pid=pid)
    services.interviews.link_application(
        benefits_worker, app_id, _interview(services, social_worker, case_id, FIRST))
    draft_id = _draft(services, benefits_worker, app_id)  # linking dropped the old draft
    assert not {d.id: d for d in services.decisions.page(
        coordinator, DecisionStatus.DRAFT)}[draft_id].interview_missing
    signed = services.decisions.sign(coordinator, draft_id)
    assert signed.status is DecisionStatus.SIGNED


def test_the_rules_are_dated_data_with_their_source() -> None:
    rules = interview_rules(TODAY)
    assert rules.update_months == 6 and "art. 107 ust. 4" in rules.update_source.lower()
    assert "art. 106 ust. 4" in rules.decision_source.lower()
    assert rules.requires_interview("grant", "purpose")
    assert not rules.requires_interview("discontinuance", "purpose")
    assert "periodic" in rules.unconfirmed_update_forms  # DOMAIN does not say it outright


def _frozen(services: Services, desk: Actor, social_worker: Actor, benefits_worker: Actor,
            coordinator: Actor) -> tuple[uuid.UUID, uuid.UUID, uuid.UUID]:
    """(case, a frozen interview on it, a draft interview on it)."""
    pid = _family(services, desk)
    case_id = _case(services, desk, social_worker, pid=pid)
    done = _interview(services, social_worker, case_id, FIRST)
    app_id = _application(services, benefits_worker, pid)
    services.interviews.link_application(benefits_worker, app_id, done)
    draft_id = _draft(services, benefits_worker, app_id)
    services.decisions.sign(coordinator, draft_id)
    loose = services.interviews.open(social_worker, case_id, TODAY).id
    return case_id, done, loose


def _raw(services: Services, row_id: uuid.UUID) -> str:
    return row_id.hex if services.db.file is not None else str(row_id)


@pytest.mark.without_interview
def test_the_store_refuses_a_raw_change_of_a_frozen_interview(
        services: Services, desk: Actor, social_worker: Actor, benefits_worker: Actor,
        coordinator: Actor) -> None:
    _, done, loose = _frozen(services, desk, social_worker, benefits_worker, coordinator)
    row = _raw(services, done)
    with RawSQL(services.db) as conn:
        for statement in (
                "UPDATE interviews SET answers = '{\"A\": {\"address\": \"x\"}}' WHERE id = ?",
                "UPDATE interviews SET place = 'gdzie indziej' WHERE id = ?",
                "UPDATE interviews SET conducted_on = '2020-01-01' WHERE id = ?",
                "UPDATE interviews SET status = 'draft' WHERE id = ?",
                "UPDATE interviews SET deleted_at = '2030-01-01' WHERE id = ?",
                # blanking while the person is not anonymised is no anonymisation
                "UPDATE interviews SET answers = '{}', place = '' WHERE id = ?",
                "DELETE FROM interviews WHERE id = ?"):
            with pytest.raises(conn.IntegrityError, match="frozen interview is immutable"):
                conn.execute(statement, (row,))
        # An interview no signed decision relies on is still work in progress.
        conn.execute("UPDATE interviews SET place = 'poprawka' WHERE id = ?",
                     (_raw(services, loose),))
    assert services.interviews.interview(social_worker, done).answers == interview_answers()


def test_anonymisation_still_blanks_a_frozen_interview(
        services: Services, coordinator: Actor, world: World) -> None:  # noqa: F811
    """The world's signed decision relies on an interview (tests/interviewed.py gives it one)."""
    from .test_review_ntk import _anonymised_cells

    with services.db.session(None) as s:
        from ops_desktop.storage import interview_queries as iq
        linked = iq.linked_interview(s, services.decisions.get(
            coordinator, world.decision_id).application_id)
        assert linked is not None and iq.frozen_ids(s, [linked.id])
        frozen_id = linked.id
    cells = _anonymised_cells(services, coordinator, world)
    assert "w miejscu zamieszkania" not in cells
    with services.db.session(None) as s:
        from ops_desktop.storage import interview_queries as iq
        blanked = iq.interview(s, frozen_id)
        assert blanked is not None and (blanked.answers, blanked.place) == ("{}", "")


@pytest.mark.without_interview
def test_a_current_benefits_interview_falls_due_for_its_update_after_six_months(
        services: Services, desk: Actor, social_worker: Actor, benefits_worker: Actor,
        coordinator: Actor) -> None:
    pid = _family(services, desk)
    case_id = _case(services, desk, social_worker, pid=pid)
    long_ago = add_months(FIRST, -7)
    done = _interview(services, social_worker, case_id, long_ago)
    app_id = _application(services, benefits_worker, pid)
    services.interviews.link_application(benefits_worker, app_id, done)
    draft_id = _draft(services, benefits_worker, app_id)
    before = next(i for i in services.caseload.my_cases(social_worker) if i.case_id == case_id)
    assert before.next_kind != "interview_update"  # no benefit yet: nothing to update for
    services.decisions.sign(coordinator, draft_id)

    mine = next(i for i in services.caseload.my_cases(social_worker) if i.case_id == case_id)
    assert (mine.next_due, mine.next_kind) == (add_months(long_ago, 6), "interview_update")
    assert mine.is_overdue
    load = {w.worker_id: w for w in services.caseload.workers(coordinator)}
    assert load[social_worker.user_id].overdue == 1

    _interview(services, social_worker, case_id, TODAY, update_of=done)  # Part IV
    mine = next(i for i in services.caseload.my_cases(social_worker) if i.case_id == case_id)
    assert (mine.next_due, mine.is_overdue) == (add_months(TODAY, 6), False)
    assert {w.worker_id: w for w in services.caseload.workers(coordinator)}[
        social_worker.user_id].overdue == 0


def test_a_running_programmes_actions_count_in_the_caseload(
        services: Services, desk: Actor, social_worker: Actor, coordinator: Actor) -> None:
    case_id = _case(services, desk, social_worker)
    draft = services.programmes.draft(social_worker, case_id, programme_input(
        actions=tuple(a.__class__(**{**a.__dict__, "due_on": START + dt.timedelta(days=1)})
                      for a in programme_input().actions)))
    mine = next(i for i in services.caseload.my_cases(social_worker) if i.case_id == case_id)
    assert mine.next_due is None  # a draft waits for nothing yet
    signed = services.programmes.sign(social_worker, draft.id, START)
    mine = next(i for i in services.caseload.my_cases(social_worker) if i.case_id == case_id)
    assert (mine.next_due, mine.next_kind) == (START + dt.timedelta(days=1), "programme_action")
    assert mine.overdue == len(signed.actions)
    assert {w.worker_id: w for w in services.caseload.workers(coordinator)}[
        social_worker.user_id].overdue == len(signed.actions)
    services.programmes.review(social_worker, signed.id, TODAY,
                               {a.id: ActionStatus.DONE for a in signed.actions if a.id}, "")
    mine = next(i for i in services.caseload.my_cases(social_worker) if i.case_id == case_id)
    assert (mine.next_due, mine.next_kind, mine.overdue) == (signed.period.ends_on,
                                                            "programme_end", 0)
