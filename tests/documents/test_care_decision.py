"""The paper of a decision granting care, read back with pypdf: every element KPA art. 107
asks for and every fact of the fee, as the program holds them, the same after signing."""

from __future__ import annotations

import datetime as dt
import io
import re
from decimal import Decimal

from pypdf import PdfReader

from ops_desktop.domain.care_decisions import HoursUnit
from ops_desktop.domain.vocabulary import CareKind, Role, Team
from ops_desktop.services.care_decisions import CareDecisionInput
from ops_desktop.services.context import Actor
from ops_desktop.services.hub import Services
from tests.conftest import _staff
from tests.services.helpers import person, referral_intake

D = Decimal


def _text(pdf: bytes) -> str:
    raw = " ".join(p.extract_text() for p in PdfReader(io.BytesIO(pdf)).pages)
    return re.sub(r"\s+", " ", raw.replace("\xa0", " "))


def test_the_suo_decision_states_everything(services: Services, desk: Actor,
                                            coordinator: Actor) -> None:
    carer = _staff(services, "uslugi", "Ewa Opiekun", "opiekunka", frozenset({Role.SERVICES}))
    pid = services.persons.register_household(desk, person(), [])
    rid = services.intake.record(desk, referral_intake(pid, Team.SERVICES)).referral_id
    assert rid is not None
    case = services.referrals.accept(carer, rid)
    draft = services.care_decisions.prepare(carer, CareDecisionInput(
        case.id, CareKind.SPECIALIST_MENTAL, dt.date(2026, 8, 20),
        "Trening umiejętności samoobsługi; pomoc w sprawach urzędowych.", D("30"),
        HoursUnit.MONTH, dt.date(2026, 9, 1), dt.date(2027, 2, 28),
        "mieszkanie Strony, ul. Polna 5", "Stowarzyszenie Razem", D("1450.00"), 1,
        D("48.00"), "Strona ze skierowaniem poradni zdrowia psychicznego."))
    text = _text(services.care_decisions.render(carer, draft.id))
    assert "PROJEKT" in text  # a draft says so
    services.decisions.sign(coordinator, draft.id)
    text = _text(services.decisions.render(coordinator, draft.id))
    for fact in (
        "DECYZJA", f"nr {draft.case_sign}", "20 sierpnia 2026 r.",
        "art. 50 ust. 4 i ust. 7",  # the legal basis of the kind (care_decisions.json)
        "specjalistyczne usługi opiekuńcze dla osób z zaburzeniami psychicznymi",
        "od 1 września 2026 r. do 28 lutego 2027 r.", "30 godzin miesięcznie",
        "mieszkanie Strony, ul. Polna 5", "Trening umiejętności samoobsługi",
        "Stowarzyszenie Razem", "48,00 zł", "1,5% kosztu",
        "0,72 zł za godzinę",  # 48 × 1,5 % = 0,72
        "1 450,00 zł", "143,56% kryterium",  # 1450 / 1010
        "Dz.U. 2023 poz. 395",  # the table in force for September 2026
        "Strona ze skierowaniem", "POUCZENIE", "14 dni", coordinator.full_name,
    ):
        assert fact in text, fact
    assert "PROJEKT" not in text and "niepotwierdzone" not in text and "zł zł" not in text


def test_a_sample_resolution_is_said_on_paper(services: Services, desk: Actor) -> None:
    carer = _staff(services, "uslugi", "Ewa Opiekun", "opiekunka", frozenset({Role.SERVICES}))
    pid = services.persons.register_household(desk, person(), [])
    rid = services.intake.record(desk, referral_intake(pid, Team.SERVICES)).referral_id
    assert rid is not None
    case = services.referrals.accept(carer, rid)
    draft = services.care_decisions.prepare(carer, CareDecisionInput(
        case.id, CareKind.NEIGHBOURHOOD, dt.date(2026, 8, 20), "Zakupy, pomoc w sprzątaniu.",
        D("6"), HoursUnit.WEEK, dt.date(2026, 9, 1), dt.date(2026, 11, 30), "mieszkanie Strony",
        "sąsiadka Strony", D("2400.00"), 2))
    text = _text(services.care_decisions.render(carer, draft.id))
    # 1200 zł a person is 145,81 % of 823 zł → 10 % of 35 zł by the sample resolution
    for fact in ("usługi sąsiedzkie", "6 godzin tygodniowo", "35,00 zł", "10% kosztu",
                 "3,50 zł za godzinę", "rodziny liczącej 2 osoby", "145,81%", "PRZYKŁAD",
                 "niepotwierdzone"):
        assert fact in text, fact
    assert "zł zł" not in text
