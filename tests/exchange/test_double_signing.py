"""One draft decision signed on two PCs while apart: every PC keeps the act signed first, the
later act is kept whole for the coordinator, the digests agree and `verify` is ok on both; a
change of a draft that was signed meanwhile is settled, never left waiting."""

from __future__ import annotations

import json
from decimal import Decimal
from pathlib import Path

import pytest
from sqlalchemy import select, text
from sqlalchemy.exc import IntegrityError

from ops_desktop.domain.errors import ConflictError
from ops_desktop.domain.vocabulary import BenefitForm
from ops_desktop.services.context import Actor
from ops_desktop.services.exchange import ExchangeService
from ops_desktop.services.hub import Services
from ops_desktop.storage import acts
from ops_desktop.storage.file_check import check_file
from ops_desktop.storage.models import DecisionRow, SyncConflictRow
from ops_desktop.storage.replica import quarantined
from ops_desktop.storage.triggers import ACT_COLUMNS, ACT_FIELD
from tests.exchange.conftest import sync_all
from tests.services.test_benefits import application, grant


def _draft(pc: Services, worker: Actor):  # type: ignore[no-untyped-def]
    _, app = application(pc, worker, BenefitForm.PERMANENT, Decimal("500"))
    return pc.decisions.prepare(worker, grant(app.id, Decimal("813.00")))


def _act(pc: Services, decision_id) -> dict:  # type: ignore[no-untyped-def]
    with pc.db.session() as s:
        row = s.get(DecisionRow, decision_id)
        assert row is not None
        return {c: getattr(row, c) for c in ACT_COLUMNS}


def _verified(pc: Services) -> None:
    result = check_file(Path(str(pc.db.engine.url.database)))
    assert result.store.acts.ok, (result.store.acts.altered, result.store.acts.orphaned)
    assert result.store.ok and all(c.ok for c in result.members.values())


@pytest.mark.parametrize("first_on_laptop", [False, True])
def test_both_pcs_keep_the_act_signed_first_and_the_head_sees_the_other(
        benefits_worker: Actor, signer: Actor, coordinator: Actor,
        two_pcs: tuple[Services, Services], first_on_laptop: bool) -> None:
    pc1, pc2 = two_pcs
    draft = _draft(pc1, benefits_worker)
    sync_all(pc1, pc2)
    # Apart: the draft is signed on both PCs, by the signer here and the head on the laptop.
    if first_on_laptop:
        first = pc2.decisions.sign(coordinator, draft.id)
        later = pc1.decisions.sign(signer, draft.id)
    else:
        first = pc1.decisions.sign(signer, draft.id)
        later = pc2.decisions.sign(coordinator, draft.id)
    # One draft: both acts bear its case sign; they differ in who signed them and when.
    assert first.case_sign == later.case_sign
    assert first.signatory_name != later.signatory_name
    first_act = _act(pc2 if first_on_laptop else pc1, draft.id)
    later_act = _act(pc1 if first_on_laptop else pc2, draft.id)
    sync_all(pc1, pc2)
    # Both rows hold the act signed first, on every PC; nothing waits in a quarantine.
    assert _act(pc1, draft.id) == first_act == _act(pc2, draft.id)
    assert ExchangeService(pc1.db).digest() == ExchangeService(pc2.db).digest()
    for pc in (pc1, pc2):
        with pc.db.session() as s:
            assert [(q.reason, q.table_name) for q in quarantined(s)] == []
            [entry] = s.scalars(select(SyncConflictRow)).all()
            kept = json.loads(entry.lost_value)  # type: ignore[arg-type]
        # The later act is kept whole, with its hash and the PC it was signed on.
        assert kept["act"]["signed_at"] == later_act["signed_at"].isoformat()
        assert kept["hash"] == acts.act_hash(later_act)
        _verified(pc)
    # The head finds it in the inbox: both numbers, and what the office must do.
    [listed] = pc1.exchange_inbox.conflicts(coordinator)
    assert listed.field == ACT_FIELD and listed.acts is not None
    assert (listed.acts.kept.case_sign, listed.acts.later.case_sign) == (
        first.case_sign, later.case_sign)
    assert listed.acts.kept.signed_by == (coordinator if first_on_laptop else signer).full_name
    # A signed act is never taken in place of the other: the entry can only be closed.
    with pytest.raises(ConflictError):
        pc1.exchange_inbox.take_lost_value(coordinator, listed.id)
    assert _act(pc1, draft.id) == first_act


def test_a_plain_update_of_a_signed_act_is_still_refused_after_a_double_signing(
        benefits_worker: Actor, signer: Actor, coordinator: Actor,
        two_pcs: tuple[Services, Services]) -> None:
    """The exchange's entry lets only the replacement it names pass: not another act."""
    pc1, pc2 = two_pcs
    draft = _draft(pc1, benefits_worker)
    sync_all(pc1, pc2)
    pc1.decisions.sign(signer, draft.id)
    pc2.decisions.sign(coordinator, draft.id)
    sync_all(pc1, pc2)
    for pc in (pc1, pc2):
        with pytest.raises(IntegrityError):
            with pc.db.engine.begin() as conn:
                conn.execute(text("UPDATE decisions SET amount_grosze = 1 WHERE id = :i"),
                             {"i": draft.id.hex})
        with pytest.raises(IntegrityError):
            with pc.db.engine.begin() as conn:
                conn.execute(text("UPDATE decisions SET signed_at = '2026-01-02 10:00:00.000000'"
                                  " WHERE id = :i"), {"i": draft.id.hex})


def test_a_draft_replaced_on_one_pc_while_signed_on_the_other_is_settled_everywhere(
        benefits_worker: Actor, signer: Actor, coordinator: Actor,
        two_pcs: tuple[Services, Services]) -> None:
    # `coordinator`: the head, on both PCs, conducts the family interview the decision
    # needs (tests/interviewed.py), so both PCs take it from the exchange.
    pc1, pc2 = two_pcs
    _, app = application(pc1, benefits_worker, BenefitForm.PERMANENT, Decimal("500"))
    draft = pc1.decisions.prepare(benefits_worker, grant(app.id, Decimal("813.00")))
    sync_all(pc1, pc2)
    # Apart: the head signs on PC 1 first; later the laptop replaces the draft.
    pc1.decisions.sign(signer, draft.id)
    pc2.decisions.prepare(benefits_worker, grant(app.id, Decimal("813.00"),
                                                 reasoning="Uzasadnienie poprawione."))
    sync_all(pc1, pc2)
    assert ExchangeService(pc1.db).digest() == ExchangeService(pc2.db).digest()
    for pc in (pc1, pc2):
        with pc.db.session() as s:
            assert quarantined(s) == []  # the drop of the signed draft does not wait
            assert s.get(DecisionRow, draft.id).status == "signed"  # type: ignore[union-attr]
            settled = s.execute(text(
                "SELECT changes FROM audit_log WHERE action = 'import' "
                "AND changes LIKE '%settled_by_signing%'")).scalars().all()
        _verified(pc)
        assert settled or pc is pc2


def test_three_acts_of_one_draft_end_alike_on_three_pcs_whatever_the_order_they_meet(
        benefits_worker: Actor, signer: Actor, coordinator: Actor,
        two_pcs: tuple[Services, Services], tmp_path: Path) -> None:
    pc1, pc2 = two_pcs
    draft = _draft(pc1, benefits_worker)
    code = (tmp_path / "code.txt").read_text()
    pc3 = Services.over(ExchangeService.join(tmp_path / "zaproszenie.opsbak", code,
                                             tmp_path / "pc3.sqlite", "Teren").db)
    try:
        sync_all(pc1, pc2, pc3)
        pc1.decisions.sign(signer, draft.id)
        first_act = _act(pc1, draft.id)
        pc2.decisions.sign(coordinator, draft.id)
        pc3.decisions.sign(signer, draft.id)
        # The field PC meets the second act before the first: it replaces its own by the
        # second, then the second by the first.
        ExchangeService(pc2.db).sync()
        ExchangeService(pc3.db).sync()
        sync_all(pc1, pc2, pc3)
        entries = set()
        for pc in (pc1, pc2, pc3):
            assert _act(pc, draft.id) == first_act
            with pc.db.session() as s:
                assert quarantined(s) == []
                entries.add(frozenset((e.id, e.lost_value) for e in s.scalars(
                    select(SyncConflictRow).where(SyncConflictRow.field == ACT_FIELD))))
            _verified(pc)
        [kept] = entries
        assert len(kept) == 2  # the second and the third act, alike on every PC
        assert len({ExchangeService(pc.db).digest() for pc in (pc1, pc2, pc3)}) == 1
    finally:
        pc3.close()


def test_a_change_an_earlier_version_kept_waiting_as_signed_act_leaves_at_the_next_exchange(
        benefits_worker: Actor, signer: Actor, two_pcs: tuple[Services, Services]) -> None:
    from ops_desktop.domain.hlc import Stamp
    from ops_desktop.storage.replica import Incoming, quarantine

    pc1, pc2 = two_pcs
    draft = _draft(pc1, benefits_worker)
    sync_all(pc1, pc2)
    pc1.decisions.sign(signer, draft.id)
    sync_all(pc1, pc2)
    member = ExchangeService(pc1.db).status().others[0].member  # type: ignore[union-attr]
    with pc1.db.session() as s:
        # The laptop's dropping of the draft, as an earlier version left it waiting.
        dropped = Incoming(member=member, seq=10**6, stamp=Stamp(1, 0, member).text(),
                           table="decisions", row=str(draft.id), op="delete", fields={},
                           author=str(benefits_worker.user_id))
        quarantine(s, dropped, "signed_act")
    ExchangeService(pc1.db).sync()
    with pc1.db.session() as s:
        assert quarantined(s) == []
        assert s.get(DecisionRow, draft.id).status == "signed"  # type: ignore[union-attr]
