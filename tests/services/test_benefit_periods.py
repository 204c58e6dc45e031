"""Art. 106 ust. 3 u.p.s.: a monthly benefit from mid-month pays that month pro rata."""

from __future__ import annotations

import datetime as dt
from decimal import Decimal

import pytest

from ops_desktop.domain.clock import wall_today
from ops_desktop.domain.payments import whole_months_end
from ops_desktop.domain.vocabulary import BenefitForm
from ops_desktop.services.applications import ApplicationInput, IncomeInput
from ops_desktop.services.context import Actor
from ops_desktop.services.hub import Services
from ops_desktop.storage.models import DecisionRow

from tests.server_db import RawSQL
from .helpers import PESEL_WOMAN_1985, person
from .test_benefits import application, grant, text_of


def _stored(services: Services, decision_id: object) -> tuple[int | None, int | None]:
    with services.db.session() as s:
        row = s.get(DecisionRow, decision_id)
        assert row is not None
        return row.first_month_grosze, row.last_month_grosze


def test_a_periodic_benefit_from_the_3rd_prints_the_first_months_pay(
    services: Services, benefits_worker: Actor, signer: Actor
) -> None:
    _, app = application(services, benefits_worker, BenefitForm.PERIODIC, Decimal("100"))
    # A 31-day month (the law in force then sets the criterion, not the calendar).
    start = dt.date(2026, 12, 3)
    draft = services.decisions.prepare(benefits_worker, grant(
        app.id, Decimal("600.00"), period_from=start, period_to=whole_months_end(start, 3)))
    assert _stored(services, draft.id) == (56129, None)  # 600 × 29 / 31 = 561,2903…
    services.decisions.sign(signer, draft.id)
    text = text_of(services.decisions.render(benefits_worker, draft.id))
    assert ("zasiłek okresowy w kwocie 600,00 zł miesięcznie, za grudzień 2026 r. w kwocie "
            "561,29 zł (za 29 dni), na okres od 3 grudnia 2026 r. do 28 lutego 2027 r.") in text
    # The signed grosze are part of the act: the store refuses to change them.
    with RawSQL(services.db) as conn:
        with pytest.raises(conn.IntegrityError, match="signed decision is immutable"):
            conn.execute("UPDATE decisions SET first_month_grosze = 60000 WHERE id = ?",
                         (draft.id.hex,))


@pytest.mark.parametrize(("start", "end", "stored"), [
    # 600 × 29 / 31 = 561,29; 600 × 2 / 31 = 38,709… → 38,71
    (dt.date(2026, 12, 3), dt.date(2027, 3, 2), (56129, 3871)),
    (dt.date(2027, 1, 1), dt.date(2027, 3, 31), (None, None)),  # whole months
    (dt.date(2027, 2, 15), dt.date(2027, 4, 30), (30000, None)),  # 600 × 14 / 28
    (dt.date(2027, 2, 10), dt.date(2027, 2, 19), (21429, None)),  # 600 × 10 / 28 = 214,285…
])
def test_the_part_months_of_a_period_are_stored_with_the_draft(
    services: Services, benefits_worker: Actor, start: dt.date, end: dt.date | None,
    stored: tuple[int | None, int | None],
) -> None:
    _, app = application(services, benefits_worker, BenefitForm.PERIODIC, Decimal("100"))
    draft = services.decisions.prepare(benefits_worker, grant(
        app.id, Decimal("600.00"), period_from=start, period_to=end))
    assert _stored(services, draft.id) == stored


def test_a_one_off_benefit_has_no_part_month(services: Services, benefits_worker: Actor) -> None:
    pid = services.persons.register_household(
        benefits_worker, person("Ewa", "Celowa", PESEL_WOMAN_1985), [])
    purpose = services.applications.register(benefits_worker, ApplicationInput(
        person_id=pid, received_on=wall_today(), form=BenefitForm.PURPOSE, purpose="opał"))
    services.applications.set_incomes(benefits_worker, purpose.id,
                                      [IncomeInput(pid, "praca", Decimal("100"))])
    one_off = services.decisions.prepare(benefits_worker, grant(
        purpose.id, Decimal("300.00"), period_from=dt.date(2027, 1, 15), period_to=None))
    assert _stored(services, one_off.id) == (None, None)


def test_a_monthly_benefit_starts_no_earlier_than_the_month_of_the_application(
    services: Services, benefits_worker: Actor
) -> None:
    """Art. 106 ust. 3 u.p.s.: from the month the application was lodged, never before."""
    from ops_desktop.domain.errors import ValidationError

    _, app = application(services, benefits_worker, BenefitForm.PERIODIC, Decimal("100"))
    month_start = app.received_on.replace(day=1)
    before = month_start - dt.timedelta(days=1)
    with pytest.raises(ValidationError) as refused:
        services.decisions.prepare(benefits_worker, grant(
            app.id, Decimal("600.00"), period_from=before, period_to=whole_months_end(before, 2)))
    assert [(e.field, e.code) for e in refused.value.errors] == [
        ("period_from", "before_application_month")]
    # The first day of the month of receipt is allowed, even before the day of receipt.
    services.decisions.prepare(benefits_worker, grant(
        app.id, Decimal("600.00"), period_from=month_start,
        period_to=whole_months_end(month_start, 2)))
