"""The care-services bill names the income as the decision does: a single person's own
income, or the family's with its number of persons."""

from __future__ import annotations

import datetime as dt
from decimal import Decimal

from ops_desktop.domain.vocabulary import Role, Team
from ops_desktop.services.care_services import CareOrderInput
from ops_desktop.services.context import Actor
from ops_desktop.services.hub import Services

from ..conftest import _staff
from ..services.helpers import person, referral_intake
from .test_care_bill import _pdf_text

NOV = dt.date(2026, 11, 1)


def _bill_text(services: Services, desk: Actor, carer: Actor, pesel: str,
               household_size: int) -> str:
    pid = services.persons.register_household(desk, person("Jan", "Nowak", pesel), [])
    rid = services.intake.record(desk, referral_intake(pid, Team.SERVICES)).referral_id
    assert rid is not None
    case = services.referrals.accept(carer, rid)
    order = services.care_services.add_order(carer, CareOrderInput(
        case.id, "decyzja nr OPS.8310.4.2026 z 20.08.2026 r.", "Zakupy.", Decimal("10"),
        dt.date(2026, 9, 1), dt.date(2027, 8, 31), "Maria Kowal", "", Decimal("1600.00"),
        household_size))
    services.care_services.record_hours(carer, order.id, NOV, Decimal("10"))
    bill = services.care_services.issue_bill(carer, order.id, NOV)
    # Compared without spaces: amounts print with a thousands space.
    return "".join(_pdf_text(services.care_services.render_bill(carer, bill.id)).split()) \
        .replace("\xa0", "").replace("\u202f", "")


def test_the_bill_names_a_single_persons_income_and_a_familys(
        services: Services, desk: Actor) -> None:
    carer = _staff(services, "uslugi", "Ewa Opiekun", "opiekunka", frozenset({Role.SERVICES}))
    single = _bill_text(services, desk, carer, "44051401359", 1)
    assert "Dochódosobysamotniegospodarującej1600,00zł" in single
    assert "Dochódrodziny" not in single
    family = _bill_text(services, desk, carer, "85121711202", 3)
    assert "Dochódrodziny(3os.)1600,00zł" in family
