"""Care orders, the month's hours and the bills travel between the office's PCs; an issued
bill rewritten on another PC under a colleague's account is refused there."""

from __future__ import annotations

import datetime as dt
from decimal import Decimal

import pytest
from sqlalchemy import text
from sqlalchemy.exc import IntegrityError

from ops_desktop.domain.clock import wall_today
from ops_desktop.services.care_services import CareOrderInput
from ops_desktop.services.context import Actor
from ops_desktop.services.exchange import ExchangeService
from ops_desktop.services.hub import Services
from ops_desktop.storage.models import CareBillRow
from ops_desktop.storage.triggers import CARE_BILL_TRIGGERS_DROP
from tests.exchange.conftest import services_case, sync_all


def test_an_order_and_its_bill_reach_the_other_pc_and_stay_as_issued(
        desk: Actor, carers: tuple[Actor, Actor], two_pcs: tuple[Services, Services]) -> None:
    pc1, pc2 = two_pcs
    carer, colleague = carers
    _pid, case_id = services_case(pc1, desk, carer)
    # Last month: a month's bill is issued once the month is over.
    month = (wall_today().replace(day=1) - dt.timedelta(days=1)).replace(day=1)
    order = pc1.care_services.add_order(carer, CareOrderInput(
        case_id, "OPS.8310.4.2026", "Pomoc w higienie.", Decimal("10"), month,
        month + dt.timedelta(days=200), "Maria Kowal", "", Decimal("1600"), 1))
    pc1.care_services.record_hours(carer, order.id, month, Decimal("40"))
    bill = pc1.care_services.issue_bill(carer, order.id, month)
    sync_all(pc1, pc2)
    assert [o.id for o in pc2.care_services.orders(colleague)] == [order.id]
    assert pc2.care_services.bills(colleague, order.id) == [bill]

    # PC 2's store itself refuses to rewrite an issued bill (storage/triggers.py) …
    with pytest.raises(IntegrityError, match="issued care bill is immutable"):
        with pc2.db.session(colleague.user_id) as s:
            row = s.get(CareBillRow, bill.id)
            assert row is not None
            row.amount_grosze = 1
    # … so a tampered program first drops that protection, then rewrites the bill under the
    # colleague's account: the exchange still refuses the change on PC 1.
    with pc2.db.session(colleague.user_id) as s:
        for statement in CARE_BILL_TRIGGERS_DROP[s.get_bind().dialect.name]:
            s.execute(text(statement))
        row = s.get(CareBillRow, bill.id)
        assert row is not None
        row.amount_grosze = 1
    ExchangeService(pc2.db).sync()
    report = ExchangeService(pc1.db).sync()
    assert report.quarantined == {"append_only": 1}
    assert pc1.care_services.bills(carer, order.id)[0].amount == Decimal("210.00")
