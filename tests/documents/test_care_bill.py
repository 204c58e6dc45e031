"""The care-services bill on paper: every figure as the store holds it, the resolution
cited, a correction names the bill it corrects, and the scope of care is never printed."""

from __future__ import annotations

import datetime as dt
import io
import re
from decimal import Decimal

import pytest
from pypdf import PdfReader

from ops_desktop.domain.vocabulary import Role, Team
from ops_desktop.services.care_services import CareOrderInput
from ops_desktop.services.context import Actor
from ops_desktop.services.hub import Services

from ..conftest import _staff
from ..services.helpers import person, referral_intake

D = Decimal
NOV = dt.date(2026, 11, 1)


def _pdf_text(data: bytes) -> str:
    return re.sub(r"\s+", " ", " ".join(p.extract_text() for p in PdfReader(io.BytesIO(data)).pages))


@pytest.fixture
def carer(services: Services) -> Actor:
    return _staff(services, "uslugi", "Ewa Opiekun", "opiekunka", frozenset({Role.SERVICES}))


def test_the_bill_prints_what_was_issued(services: Services, desk: Actor, carer: Actor) -> None:
    pid = services.persons.register_household(desk, person(), [])
    rid = services.intake.record(desk, referral_intake(pid, Team.SERVICES)).referral_id
    assert rid is not None
    case = services.referrals.accept(carer, rid)
    order = services.care_services.add_order(carer, CareOrderInput(
        case.id, "decyzja nr OPS.8310.4.2026 z 20.08.2026 r.",
        "Pomoc przy kąpieli po amputacji nogi.", D("10"), dt.date(2026, 9, 1),
        dt.date(2027, 8, 31), "Maria Kowal", "Opieka Sp. z o.o.", D("1600.00"), 1))
    services.care_services.record_hours(carer, order.id, NOV, D("12.5"))
    bill = services.care_services.issue_bill(carer, order.id, NOV)
    text = _pdf_text(services.care_services.render_bill(carer, bill.id))
    # 12,5 h × 35 zł × 15 % = 65,625 → 65,63 zł
    for expected in ("RACHUNEK ZA USŁUGI OPIEKUŃCZE", bill.number, "listopad 2026",
                     "Jan Żółkiewski", case.sign, "OPS.8310.4.2026", "Maria Kowal",
                     "Opieka Sp. z o.o.", "12,5", "35,00 zł", "1600,00 zł", "1010,00 zł",
                     "158,42%", "15%", "Do zapłaty: 65,63 zł",
                     "art. 50 ust. 6 ustawy z dnia 12 marca 2004 r. o pomocy społecznej",
                     "PRZYKŁAD – uchwała", "Tabela odpłatności jest przykładowa"):
        assert expected.replace(" ", "") in text.replace(" ", "").replace("\xa0", ""), expected
    assert "amputacji" not in text  # the scope of care is a health fact, not for the bill
    # More hours later: the correction names the bill, the first reprints unchanged.
    services.care_services.record_hours(carer, order.id, NOV, D("14"))
    correction = services.care_services.issue_bill(carer, order.id, NOV, corrects=bill.id)
    corrected = _pdf_text(services.care_services.render_bill(carer, correction.id))
    assert "KORYGUJĄCY" in corrected and f"Koryguje rachunek nr {bill.number}" in corrected
    assert "73,50" in corrected.replace("\xa0", "")  # 14 h × 35 zł × 15 %
    assert "65,63" in _pdf_text(services.care_services.render_bill(carer, bill.id))
