"""Kontrakt socjalny on paper: the template's elements, from the contract the program holds;
annexes and reviews print too; `ops-desktop print contracts` prints every signed one."""

from __future__ import annotations

import datetime as dt
import io
import re
import uuid
from pathlib import Path

from pypdf import PdfReader

from ops_desktop.__main__ import main
from ops_desktop.domain.clock import wall_today
from ops_desktop.domain.contracts import EndReason
from ops_desktop.domain.plans import ActionStatus
from ops_desktop.domain.vocabulary import Relation, Team
from ops_desktop.services.context import Actor
from ops_desktop.services.contracts import AnnexInput
from ops_desktop.services.hub import Services
from ops_desktop.services.persons import MemberInput
from tests.services.helpers import (
    PESEL_MAN_1944,
    PESEL_WOMAN_1985,
    SECRET,
    START,
    actions,
    contract_a,
    person,
    referral_intake,
)
from tests.services.test_contracts import contract_b

TODAY = wall_today()


def _text(pdf: bytes) -> str:
    pages = PdfReader(io.BytesIO(pdf)).pages
    return re.sub(r"\s+", " ", " ".join(p.extract_text() for p in pages).replace("\u00a0", " "))


def _case(services: Services, desk: Actor, social_worker: Actor) -> uuid.UUID:
    pid = services.persons.register_household(desk, person(), [
        MemberInput(Relation.SPOUSE, person("Maria", "Żółkiewska", PESEL_WOMAN_1985))])
    rid = services.intake.record(desk, referral_intake(pid, Team.SOCIAL_WORK)).referral_id
    assert rid is not None
    return services.referrals.accept(social_worker, rid).id


def test_a_signed_family_contract_prints_every_element_of_the_template(
        services: Services, desk: Actor, social_worker: Actor, tmp_path: Path) -> None:
    case_id = _case(services, desk, social_worker)
    f = services.persons.file(social_worker, services.cases.get(social_worker, case_id).person_id)
    spouse = next(m.person_id for m in f.household if m.person_id != f.person.id)
    made = services.contracts.draft(social_worker, case_id, contract_a((spouse,)))
    draft = _text(services.contracts.render(social_worker, made.id))
    assert "PROJEKT" in draft
    signed = services.contracts.sign(social_worker, made.id, START)
    first = signed.actions[0].id
    assert first is not None
    services.contracts.review(social_worker, signed.id, TODAY, {first: ActionStatus.DONE},
                              "Zaległości spłacone w połowie.")
    services.contracts.end(social_worker, signed.id, EndReason.ACHIEVED, TODAY)
    pdf = services.contracts.render(social_worker, signed.id)
    (tmp_path / "kontrakt.pdf").write_bytes(pdf)
    text = _text(pdf)
    date = f"{START:%d.%m.%Y}"
    for element in (
            "KONTRAKT SOCJALNY", "określający sposób współdziałania",
            f"Data zawarcia kontraktu socjalnego: {date} r.",
            "Jan Żółkiewski", PESEL_MAN_1944, "Maria Żółkiewska", PESEL_WOMAN_1985,
            "ul. Polna 3/5, 66-999 Lipowiec",
            "pracownikiem socjalnym: Magdalena Kowalczyk, nr telefonu: 95 761 00 00",
            "Część I A", "Przyczyny trudnej sytuacji życiowej", SECRET,
            "Mocne strony, możliwości i zasoby", "Ograniczenia i bariery",
            "Cel główny:", "Wyjście z zadłużenia.", "Cele szczegółowe:",
            "Spłata zaległości czynszu", "Część II A", "Działanie/zadanie", "Kto realizuje",
            "Termin", "Sposób oceny", "Działanie 1", "inna instytucja: Powiatowy Urząd Pracy",
            f"od {date} r. do", "art. 11 ust. 2", "uchylenia decyzji",
            "podpis: Jan Żółkiewski", "podpis: Maria Żółkiewska",
            "podpis pracownika socjalnego: Magdalena Kowalczyk",
            "OCENA REALIZACJI", f"Ocena z dnia {TODAY:%d.%m.%Y} r.",
            "działanie nr 1: zrealizowane", "Przyczyna: osiągnięcie celu"):
        assert element in text, element
    assert "PROJEKT" not in text


def test_variant_b_and_an_annex_print_and_the_command_prints_every_signed_one(
        services: Services, desk: Actor, social_worker: Actor, coordinator: Actor,
        tmp_path: Path) -> None:
    case_id = _case(services, desk, social_worker)
    b = services.contracts.sign(social_worker, services.contracts.draft(
        social_worker, case_id, contract_b()).id, START)
    text = _text(services.contracts.render(social_worker, b.id))
    for element in ("Część I B", "Przyczyny pozostawania bez pracy", "Kwalifikacje",
                    "przyczyny ich niepowodzenia", "Staż w 2025 r.", "Część II B",
                    "Skierowanie z powiatowego urzędu pracy: PUP Drezdenko"):
        assert element in text, element
    annex = services.contracts.annex(social_worker, b.id, AnnexInput(
        "Przedłużenie okresu kontraktu.", actions(1), START, START + dt.timedelta(days=150)))
    services.contracts.sign(social_worker, annex.id, START)
    annex_text = _text(services.contracts.render(social_worker, annex.id))
    assert "ANEKS DO KONTRAKTU SOCJALNEGO" in annex_text
    assert f"zawartego dnia {START:%d.%m.%Y} r." in annex_text
    assert "Przedłużenie okresu kontraktu." in annex_text
    services.contracts.draft(social_worker, case_id, contract_a())  # a draft is not printed
    db = services.db.file
    if db is None:  # the command reads a file
        return
    out = tmp_path / "pdf"
    assert main(["print", "contracts", "--db", str(db), "--out", str(out)]) == 0
    names = sorted(p.name.split("_")[0] for p in out.glob("*.pdf"))
    assert names == ["aneks", "kontrakt"]
