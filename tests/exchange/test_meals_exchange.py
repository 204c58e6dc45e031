"""A meal decision and the meals given a month travel between the office's PCs; a signed
meal decision rewritten on another PC is not taken as a change of the signed act."""

from __future__ import annotations

import datetime as dt
from decimal import Decimal

from sqlalchemy import text

from ops_desktop.domain.clock import wall_today
from ops_desktop.domain.meals import MealKind
from ops_desktop.services.context import Actor
from ops_desktop.services.exchange import ExchangeService
from ops_desktop.services.hub import Services
from ops_desktop.services.meals import MealDecisionInput
from ops_desktop.storage.models_meals import MealDecisionRow
from ops_desktop.storage.triggers import MEAL_TRIGGERS_DROP
from tests.exchange.conftest import services_case, sync_all
from tests.services.helpers import interview_answers

TODAY = wall_today()
FIRST = TODAY.replace(day=1)


def test_a_meal_decision_and_its_month_reach_the_other_pc_and_the_signed_one_stays(
        desk: Actor, carers: tuple[Actor, Actor], coordinator: Actor,
        two_pcs: tuple[Services, Services]) -> None:
    pc1, pc2 = two_pcs
    carer, colleague = carers
    pid, case_id = services_case(pc1, desk, carer)
    opened = pc1.interviews.open(carer, case_id, TODAY - dt.timedelta(days=1))
    pc1.interviews.save(carer, opened.id, interview_answers(), TODAY - dt.timedelta(days=1),
                        "w domu")
    pc1.interviews.complete(carer, opened.id)
    decision = pc1.meals.prepare(carer, MealDecisionInput(
        case_id, pid, MealKind.HOT_MEAL, "Bar mleczny", TODAY, FIRST,
        FIRST + dt.timedelta(days=27), 20, 1, Decimal("12.00"), Decimal("1500.00"), 1,
        opened.id))
    pc1.meals.sign(coordinator, decision.id)
    pc1.meals.record_month(carer, decision.id, FIRST, 18)
    sync_all(pc1, pc2)
    (there,) = pc2.meals.decisions(colleague)
    assert (there.id, there.signed, there.given) == (decision.id, True, 18)

    # A tampered program on PC 2, its store's meal triggers dropped, doubles the days granted.
    with pc2.db.engine.begin() as conn:
        for statement in MEAL_TRIGGERS_DROP["sqlite"]:
            conn.execute(text(statement))
    with pc2.db.session(colleague.user_id) as s:
        row = s.get(MealDecisionRow, decision.id)
        assert row is not None
        row.days = 40
    assert ExchangeService(pc2.db).sync().exported == 1
    report = ExchangeService(pc1.db).sync()
    # The signing wins on every PC: the edit is dropped, not applied.
    assert (report.applied, report.quarantined) == (0, {})
    (kept,) = pc1.meals.decisions(carer)
    assert kept.meals == 20
