"""DPS and shelter decisions and the shelter register travel between the office's PCs; a
signed fee decision rewritten on another PC is refused there as a change to a signed act."""

from __future__ import annotations

import datetime as dt
from decimal import Decimal

from sqlalchemy import text

from ops_desktop.domain.clock import wall_today
from ops_desktop.domain.dps_fees import Relation
from ops_desktop.domain.shelters import ShelterEntry, ShelterKind
from ops_desktop.services.context import Actor
from ops_desktop.services.exchange import ExchangeService
from ops_desktop.services.hub import Services
from ops_desktop.services.placements import FeeInput, PlacementInput, RelativeInput
from ops_desktop.storage.models_placements import DpsDecisionRow
from ops_desktop.storage.triggers import PLACEMENT_TRIGGERS_DROP
from tests.exchange.conftest import services_case, sync_all

TODAY = wall_today()


def test_decisions_and_the_register_reach_the_other_pc_and_a_signed_fee_stays(
        desk: Actor, carers: tuple[Actor, Actor], coordinator: Actor,
        two_pcs: tuple[Services, Services]) -> None:
    pc1, pc2 = two_pcs
    carer, colleague = carers
    _pid, case_id = services_case(pc1, desk, carer)
    home = pc1.placements.add_home(carer, "DPS Pod Lipami", "ul. Lipowa 1")
    pc1.placements.set_cost(carer, home.id, dt.date(2026, 1, 1), Decimal("6500"))
    placement = pc1.placements.prepare_placement(carer, PlacementInput(
        case_id, home.id, TODAY, TODAY))
    fee = pc1.placements.prepare_fee(carer, FeeInput(placement.id, TODAY, TODAY,
                                                     Decimal("2000"), (RelativeInput(
        "Adam Nowak", Relation.SPOUSE, 1, Decimal("4000"), Decimal("500"), TODAY),)))
    pc1.placements.sign(coordinator, placement.id)
    pc1.placements.sign(coordinator, fee.id)
    pc1.shelters.add_shelter(carer, ShelterEntry("Noclegownia", "ul. Kolejowa 2",
                                                 ShelterKind.NIGHT_SHELTER, 20, TODAY), TODAY)
    sync_all(pc1, pc2)
    assert {d.id for d in pc2.placements.decisions(colleague)} == {placement.id, fee.id}
    assert [v.entry.places for v in pc2.shelters.register(colleague)] == [20]
    assert len(pc2.shelters.changes(colleague, TODAY, TODAY)) == 1

    # A tampered program on PC 2, its store's triggers dropped, lowers the gmina's part of
    # the signed fee decision.
    with pc2.db.engine.begin() as conn:
        for statement in PLACEMENT_TRIGGERS_DROP["sqlite"]:
            conn.execute(text(statement))
    with pc2.db.session(colleague.user_id) as s:
        row = s.get(DpsDecisionRow, fee.id)
        assert row is not None
        row.gmina_grosze = 1
    assert ExchangeService(pc2.db).sync().exported == 1
    report = ExchangeService(pc1.db).sync()
    # The signing wins on every PC: the edit is dropped (exchange/sync.py), not applied.
    assert (report.applied, report.quarantined) == (0, {})
    signed = next(d for d in pc1.placements.decisions(carer) if d.id == fee.id)
    assert signed.gmina == Decimal("4600.00")
