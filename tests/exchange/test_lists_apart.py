"""A list replaced as a whole on two PCs while apart (an application's incomes, its draft
decision) ends as ONE list on every PC – never both summed or both signable; the other
version is kept for the coordinator as a conflict entry, and taking it switches the list
on every PC (storage/list_versions.py)."""

from __future__ import annotations

import json
import uuid
from decimal import Decimal

import pytest
from sqlalchemy import select, text

from ops_desktop.documents.values import money
from ops_desktop.domain.errors import ConflictError
from ops_desktop.domain.vocabulary import BenefitForm, DecisionStatus
from ops_desktop.services.applications import IncomeInput
from ops_desktop.services.context import Actor
from ops_desktop.services.exchange import ExchangeService
from ops_desktop.services.exchange_inbox import ConflictEntry
from ops_desktop.services.hub import Services
from ops_desktop.storage.models import IncomeRow
from tests.exchange.conftest import sync_all
from tests.services.test_benefits import application, grant

PENSION, ANNUITY = Decimal("600"), Decimal("450")


def _incomes(pc: Services, worker: Actor, app_id: uuid.UUID) -> list[tuple[str, Decimal]]:
    return sorted((i.source, i.amount) for i in pc.applications.incomes(worker, app_id))


def _entries(pc: Services, coordinator: Actor, field: str) -> list[ConflictEntry]:
    return [c for c in pc.exchange_inbox.conflicts(coordinator) if c.field == field]


def _same_digest(*pcs: Services) -> None:
    assert len({ExchangeService(pc.db).digest() for pc in pcs}) == 1


def test_incomes_replaced_on_two_pcs_apart_are_one_list_everywhere_and_the_other_is_takeable(
        benefits_worker: Actor, coordinator: Actor,
        two_pcs: tuple[Services, Services]) -> None:
    pc1, pc2 = two_pcs
    pid, app = application(pc1, benefits_worker, BenefitForm.PERMANENT, Decimal("500"))
    sync_all(pc1, pc2)
    # Apart: each PC replaces the list whole, with a different income.
    pc1.applications.set_incomes(benefits_worker, app.id,
                                 [IncomeInput(pid, "emerytura", PENSION)])
    pc2.applications.set_incomes(benefits_worker, app.id, [IncomeInput(pid, "renta", ANNUITY)])
    sync_all(pc1, pc2)
    lists = [_incomes(pc, benefits_worker, app.id) for pc in (pc1, pc2)]
    # One list, the same on both PCs: one of the two, never both (1050 zł would be summed).
    assert lists[0] == lists[1]
    assert lists[0] in ([("emerytura", PENSION)], [("renta", ANNUITY)])
    won = lists[0][0][1]
    lost = ANNUITY if won == PENSION else PENSION
    for pc in (pc1, pc2):
        a = pc.applications.assess(benefits_worker, app.id)
        assert a.family_income == won and a.applicant_income == won
    _same_digest(pc1, pc2)
    # The coordinator sees the other list as a conflict entry, on both PCs: both lists in
    # the worker's words, not as ids.
    for pc in (pc1, pc2):
        [entry] = _entries(pc, coordinator, "incomes_version")
        assert {entry.name_of(entry.kept_value), entry.name_of(entry.lost_value)} == {
            f"emerytura {money(PENSION)}", f"renta {money(ANNUITY)}"}
        assert entry.name_of(entry.lost_value).endswith(money(lost))  # type: ignore[union-attr]
    # Taking the other value switches the whole list, on every PC.
    [entry] = _entries(pc2, coordinator, "incomes_version")
    pc2.exchange_inbox.take_lost_value(coordinator, entry.id)
    sync_all(pc1, pc2)
    for pc in (pc1, pc2):
        assert [amount for _, amount in _incomes(pc, benefits_worker, app.id)] == [lost]
        assert pc.applications.assess(benefits_worker, app.id).family_income == lost
        assert _entries(pc, coordinator, "incomes_version") == []
    _same_digest(pc1, pc2)


def test_incomes_replaced_on_one_pc_only_reach_the_other_as_before(
        benefits_worker: Actor, two_pcs: tuple[Services, Services]) -> None:
    pc1, pc2 = two_pcs
    pid, app = application(pc1, benefits_worker, BenefitForm.PERMANENT, Decimal("500"))
    sync_all(pc1, pc2)
    pc2.applications.set_incomes(benefits_worker, app.id,
                                 [IncomeInput(pid, "emerytura", PENSION),
                                  IncomeInput(pid, "renta", ANNUITY)])
    sync_all(pc1, pc2)
    for pc in (pc1, pc2):
        assert _incomes(pc, benefits_worker, app.id) == [("emerytura", PENSION),
                                                         ("renta", ANNUITY)]
        assert pc.applications.assess(benefits_worker, app.id).family_income == PENSION + ANNUITY


def test_drafts_prepared_on_two_pcs_apart_leave_one_signable_draft(
        benefits_worker: Actor, signer: Actor, coordinator: Actor,
        two_pcs: tuple[Services, Services]) -> None:
    pc1, pc2 = two_pcs
    _, app = application(pc1, benefits_worker, BenefitForm.PERMANENT, Decimal("500"))
    sync_all(pc1, pc2)
    # Apart: each PC prepares the decision again (a draft of an earlier day is gone on both).
    here = pc1.decisions.prepare(benefits_worker, grant(app.id, Decimal("813.00"),
                                                        reasoning="Projekt z sekretariatu."))
    there = pc2.decisions.prepare(benefits_worker, grant(app.id, Decimal("813.00"),
                                                         reasoning="Projekt z laptopa."))
    sync_all(pc1, pc2)
    listed = [[d.id for d in pc.decisions.page(signer, DecisionStatus.DRAFT)] for pc in (pc1, pc2)]
    # One draft to sign, the same on both PCs; the list's count agrees with it.
    assert listed[0] == listed[1] and len(listed[0]) == 1
    current = listed[0][0]
    assert current in (here.id, there.id)
    other = there.id if current == here.id else here.id
    for pc in (pc1, pc2):
        assert pc.decisions.count(signer, DecisionStatus.DRAFT) == 1
        assert [d.id for d in pc.decisions.for_application(benefits_worker, app.id)] == [current]
        # The replaced draft is refused, in words the head understands.
        with pytest.raises(ConflictError) as refused:
            pc.decisions.sign(signer, other)
        assert refused.value.code == "draft_replaced"
        [entry] = _entries(pc, coordinator, "current_draft_id")
        assert entry.lost_value == str(other) and entry.kept_value == str(current)
        assert entry.name_of(entry.lost_value).startswith(app.case_sign)  # type: ignore[union-attr]
    _same_digest(pc1, pc2)
    # The coordinator takes the other draft: it is now the one, on every PC.
    [entry] = _entries(pc1, coordinator, "current_draft_id")
    pc1.exchange_inbox.take_lost_value(coordinator, entry.id)
    sync_all(pc1, pc2)
    for pc in (pc1, pc2):
        assert [d.id for d in pc.decisions.page(signer, DecisionStatus.DRAFT)] == [other]
        with pytest.raises(ConflictError) as refused:
            pc.decisions.sign(signer, current)
        assert refused.value.code == "draft_replaced"
    signed = pc2.decisions.sign(signer, other)
    assert signed.status is DecisionStatus.SIGNED
    sync_all(pc1, pc2)
    for pc in (pc1, pc2):
        assert pc.decisions.page(signer, DecisionStatus.DRAFT) == []
        assert [d.id for d in pc.decisions.page(signer, DecisionStatus.SIGNED)] == [other]
    _same_digest(pc1, pc2)


def _no_income(pc: Services, worker: Actor, app_id: uuid.UUID) -> tuple[bool, list[tuple[str, Decimal]]]:
    """What the application's panel shows: the statement's box, and the lines. The list of
    applications reads the same statement without the lines, and says the same."""
    stated = pc.applications.get(worker, app_id).no_income_declared
    [listed] = [a for a in pc.applications.page(worker) if a.id == app_id]
    assert listed.no_income_declared == stated
    return stated, _incomes(pc, worker, app_id)


def test_a_no_income_statement_and_a_list_saved_apart_show_one_of_them_never_both(
        benefits_worker: Actor, two_pcs: tuple[Services, Services]) -> None:
    pc1, pc2 = two_pcs
    pid, app = application(pc1, benefits_worker, BenefitForm.PERMANENT, Decimal("500"))
    sync_all(pc1, pc2)
    # Apart: PC 1 records that the household has no income; then PC 2 saves a pension.
    pc1.applications.set_incomes(benefits_worker, app.id, [], no_income=True)
    pc2.applications.set_incomes(benefits_worker, app.id,
                                 [IncomeInput(pid, "emerytura", PENSION)])
    sync_all(pc1, pc2)
    # The later list wins; the statement it replaced is not shown beside it (the box would
    # be ticked above a pension, and saving again refused).
    for pc in (pc1, pc2):
        assert _no_income(pc, benefits_worker, app.id) == (False, [("emerytura", PENSION)])
        assert pc.applications.assess(benefits_worker, app.id).family_income == PENSION
    _same_digest(pc1, pc2)


def test_a_statement_made_again_travels_though_the_pc_held_one_already(
        benefits_worker: Actor, two_pcs: tuple[Services, Services]) -> None:
    pc1, pc2 = two_pcs
    pid, app = application(pc1, benefits_worker, BenefitForm.PERMANENT, Decimal("500"))
    pc1.applications.set_incomes(benefits_worker, app.id, [], no_income=True)
    sync_all(pc1, pc2)
    # Apart: PC 2 replaces the statement by a pension; then PC 1, still holding the
    # statement, saves it again (the household's pension ended).
    pc2.applications.set_incomes(benefits_worker, app.id,
                                 [IncomeInput(pid, "emerytura", PENSION)])
    pc1.applications.set_incomes(benefits_worker, app.id, [], no_income=True)
    sync_all(pc1, pc2)
    for pc in (pc1, pc2):
        # Not "nothing entered yet": the later statement holds on both PCs.
        assert _no_income(pc, benefits_worker, app.id) == (True, [])
        assessed = pc.applications.assess(benefits_worker, app.id)
        assert assessed.family_income == Decimal("0") and assessed.eligible
    _same_digest(pc1, pc2)


def test_a_list_dropped_by_one_entry_is_not_offered_empty_by_another(
        benefits_worker: Actor, coordinator: Actor, tmp_path,
        two_pcs: tuple[Services, Services]) -> None:
    """Three PCs save the incomes apart, in turn: PC 1 a pension (A), PC 2 an annuity (B),
    PC 3 a benefit (C). PC 1 learns B first (entry 1: A lost, B kept), PC 2 learns C
    (entry 2: B lost, C kept). The coordinator takes A (entry 1), then entry 2: it still
    offers B in words, and taking it gives B's lines. (Deleting the list given up at each
    choice, tried once, deleted B at the first and left no incomes at all at the second.)"""
    pc1, pc2 = two_pcs
    joined = ExchangeService.join(tmp_path / "zaproszenie.opsbak",
                                  (tmp_path / "code.txt").read_text(),
                                  tmp_path / "pc3.sqlite", "Biuro")
    pc3 = Services.over(joined.db)
    try:
        pid, app = application(pc1, benefits_worker, BenefitForm.PERMANENT, Decimal("500"))
        sync_all(pc1, pc2, pc3)
        benefit = Decimal("300")
        pc1.applications.set_incomes(benefits_worker, app.id,
                                     [IncomeInput(pid, "emerytura", PENSION)])
        pc2.applications.set_incomes(benefits_worker, app.id,
                                     [IncomeInput(pid, "renta", ANNUITY)])
        pc3.applications.set_incomes(benefits_worker, app.id,
                                     [IncomeInput(pid, "zasiłek", benefit)])
        for pc in (pc2, pc1, pc3):  # PC 1 receives B before C is in the folder
            ExchangeService(pc.db).sync()
        sync_all(pc1, pc2, pc3)
        entries = {e.name_of(e.lost_value): e
                   for e in _entries(pc1, coordinator, "incomes_version")}
        assert set(entries) == {f"emerytura {money(PENSION)}", f"renta {money(ANNUITY)}"}
        pc1.exchange_inbox.take_lost_value(coordinator, entries[f"emerytura {money(PENSION)}"].id)
        sync_all(pc1, pc2, pc3)
        assert _incomes(pc1, benefits_worker, app.id) == [("emerytura", PENSION)]
        [left] = _entries(pc1, coordinator, "incomes_version")
        shown = left.name_of(left.lost_value)
        pc1.exchange_inbox.take_lost_value(coordinator, left.id)
        assert (shown, _incomes(pc1, benefits_worker, app.id)) == (
            f"renta {money(ANNUITY)}", [("renta", ANNUITY)])
    finally:
        pc3.close()


def test_closing_an_income_entry_never_deletes_another_applications_lines(
        benefits_worker: Actor, coordinator: Actor,
        two_pcs: tuple[Services, Services]) -> None:
    """An entry on one application whose lost value names another application's list (a
    conflict entry is a program write that any PC may send, with no author:
    exchange/rules.py PROGRAM_WRITES): closing it leaves that other application's incomes
    as they are."""
    from tests.services.helpers import PESEL_WOMAN_1985, person

    pc1, pc2 = two_pcs
    pid, app = application(pc1, benefits_worker, BenefitForm.PERMANENT, Decimal("500"))
    _, other = application(pc1, benefits_worker, BenefitForm.PERMANENT, Decimal("700"),
                           who=person("Anna", "Nowak", PESEL_WOMAN_1985))
    sync_all(pc1, pc2)
    pc1.applications.set_incomes(benefits_worker, app.id,
                                 [IncomeInput(pid, "emerytura", PENSION)])
    pc2.applications.set_incomes(benefits_worker, app.id, [IncomeInput(pid, "renta", ANNUITY)])
    sync_all(pc1, pc2)
    [entry] = _entries(pc1, coordinator, "incomes_version")
    with pc1.db.session() as s:  # the entry as a tampered (or faulty) PC could send it
        version = s.execute(text("SELECT incomes_version FROM applications WHERE id = :id"),
                            {"id": other.id.hex}).scalar_one()
        s.execute(text("UPDATE sync_conflicts SET lost_value = :v WHERE id = :id"),
                  {"v": json.dumps(str(uuid.UUID(str(version)))), "id": entry.id.hex})
    pc1.exchange_inbox.dismiss_conflict(coordinator, entry.id)
    assert _income_rows(pc1, other.id) == [Decimal("700")]


def _income_rows(pc: Services, app_id: uuid.UUID) -> list[Decimal]:
    """Every live income line the store holds for the application, of any version."""
    with pc.db.session() as s:
        return sorted(Decimal(a) / 100 for a in s.scalars(select(IncomeRow.amount_grosze).where(
            IncomeRow.application_id == app_id, IncomeRow.deleted_at.is_(None))))


def _pension_on_both(worker: Actor, pc1: Services, pc2: Services) -> uuid.UUID:
    """An application with a pension, saved on PC 1 and exchanged: both PCs hold it."""
    pid, app = application(pc1, worker, BenefitForm.PERMANENT, Decimal("500"))
    pc1.applications.set_incomes(worker, app.id, [IncomeInput(pid, "emerytura", PENSION)])
    sync_all(pc1, pc2)
    return app.id


def test_the_same_statement_saved_on_two_pcs_apart_gives_the_coordinator_no_entry(
        benefits_worker: Actor, coordinator: Actor,
        two_pcs: tuple[Services, Services]) -> None:
    pc1, pc2 = two_pcs
    app_id = _pension_on_both(benefits_worker, pc1, pc2)
    # Apart: the pension ended, and both PCs record that the household has no income.
    pc1.applications.set_incomes(benefits_worker, app_id, [], no_income=True)
    pc2.applications.set_incomes(benefits_worker, app_id, [], no_income=True)
    sync_all(pc1, pc2)
    for pc in (pc1, pc2):
        assert _no_income(pc, benefits_worker, app_id) == (True, [])
        # Both PCs said the same: nothing for the coordinator to choose between.
        assert _entries(pc, coordinator, "incomes_version") == []
        assert _entries(pc, coordinator, "no_income_declared_at") == []
    _same_digest(pc1, pc2)


def test_a_statement_and_an_empty_list_saved_apart_still_reach_the_coordinator(
        benefits_worker: Actor, coordinator: Actor,
        two_pcs: tuple[Services, Services]) -> None:
    """The rule above is for the same statement only: a PC that emptied the list without
    stating «brak dochodów» said something else, and the coordinator sees the two."""
    pc1, pc2 = two_pcs
    app_id = _pension_on_both(benefits_worker, pc1, pc2)
    pc1.applications.set_incomes(benefits_worker, app_id, [], no_income=True)
    pc2.applications.set_incomes(benefits_worker, app_id, [])
    sync_all(pc1, pc2)
    seen = [_entries(pc, coordinator, "incomes_version") for pc in (pc1, pc2)]
    assert [len(entries) for entries in seen] == [1, 1]
    for pc in (pc1, pc2):
        # The later, empty list won; the statement was said of the other list, so it no
        # longer holds: "nothing entered yet", not assessed as no income.
        assert _no_income(pc, benefits_worker, app_id) == (False, [])
        assert not pc.applications.assess(benefits_worker, app_id).assessed
    _same_digest(pc1, pc2)
    # The coordinator takes the statement's list: the statement holds again, on both PCs.
    pc2.exchange_inbox.take_lost_value(coordinator, seen[1][0].id)
    sync_all(pc1, pc2)
    for pc in (pc1, pc2):
        assert _no_income(pc, benefits_worker, app_id) == (True, [])
        assessed = pc.applications.assess(benefits_worker, app_id)
        assert assessed.assessed and assessed.family_income == Decimal("0")
    _same_digest(pc1, pc2)
