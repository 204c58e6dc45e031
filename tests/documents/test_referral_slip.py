"""The referral slip shows who is referred where and why, and tells the person what happens next."""

from __future__ import annotations

import dataclasses
import datetime as dt
import io
import re

from pypdf import PdfReader

from ops_desktop.documents.data import OfficeOnPaper, ReferralSlipDocument
from ops_desktop.documents.referral_slip import render_referral_slip

OFFICE = OfficeOnPaper(
    name="Miejsko-Gminny Ośrodek Pomocy Społecznej w Przykładowie",
    address_lines=("ul. Rynek 1", "66-530 Przykładowo"),
    place="Przykładowo",
    mayor_genitive="Burmistrza Miasta i Gminy Przykładowo",
    appeal_body="Samorządowe Kolegium Odwoławcze w Gorzowie Wielkopolskim",
    phone="95 761 23 45",
    email="sekretariat@mgops.przykladowo.pl",
)


def slip(**changes: object) -> ReferralSlipDocument:
    doc = ReferralSlipDocument(
        office=OFFICE,
        number="SK/2026/0042",
        created_at=dt.datetime(2026, 11, 22, 10, 15),
        person_name="Zofia Żółkiewska",
        person_pesel=None,
        person_address=("ul. Źródlana 7 m. 3", "66-530 Przykładowo"),
        from_team="Stanowisko ds. pierwszego kontaktu",
        to_team="Zespół ds. świadczeń przyznawanych decyzją",
        reason="Wniosek o zasiłek celowy na zakup opału; brak środków na węgiel.",
        grounds=("art. 7 pkt 1 – ubóstwo", "art. 7 pkt 6 – długotrwała lub ciężka choroba"),
        urgent=True,
        worker_name="Katarzyna Wiśniewska",
    )
    return dataclasses.replace(doc, **changes)  # type: ignore[arg-type]


def pages(pdf: bytes) -> list[str]:
    reader = PdfReader(io.BytesIO(pdf))
    return [re.sub(r"\s+", " ", p.extract_text().replace("\u00a0", " ")) for p in reader.pages]


def test_slip_shows_every_element_on_one_page() -> None:
    texts = pages(render_referral_slip(slip()))
    assert len(texts) == 1
    text = texts[0]
    expected = [
        "Miejsko-Gminny Ośrodek Pomocy Społecznej w Przykładowie",
        "SKIEROWANIE / INFORMACJA O PRZEKAZANIU SPRAWY",
        "nr SK/2026/0042",
        "Przykładowo, 22.11.2026 r.",
        "22.11.2026 10:15",
        "Zofia Żółkiewska",
        "PESEL brak",
        "ul. Źródlana 7 m. 3, 66-530 Przykładowo",
        "Przekazuje Stanowisko ds. pierwszego kontaktu",
        "Przekazano do Zespół ds. świadczeń przyznawanych decyzją",
        "Wniosek o zasiłek celowy na zakup opału; brak środków na węgiel.",
        "art. 7 pkt 1 – ubóstwo",
        "art. 7 pkt 6 – długotrwała lub ciężka choroba",
        "PILNE",
        "Katarzyna Wiśniewska",
        "(podpis pracownika)",
        "skontaktuje się",
        "tel. 95 761 23 45",
        "Strona 1 z 1",
    ]
    missing = [e for e in expected if e not in text]
    assert not missing, missing


def test_not_urgent_slip_has_no_urgent_box_and_shows_the_pesel() -> None:
    text = pages(render_referral_slip(slip(urgent=False, person_pesel="55010112345")))[0]
    assert "PILNE" not in text and "pilna" not in text
    assert "PESEL 55010112345" in text


def test_missing_address_and_grounds_are_stated_not_left_blank() -> None:
    text = pages(render_referral_slip(slip(person_address=(), grounds=())))[0]
    assert "Adres brak" in text
    assert "nie wskazano" in text


def test_long_reason_continues_on_a_numbered_second_page() -> None:
    reason = "Osoba opisała złożoną sytuację rodzinną wymagającą pilnej pomocy. " * 50
    texts = pages(render_referral_slip(slip(reason=reason + "KONIEC")))
    assert len(texts) == 2
    assert "Strona 1 z 2" in texts[0] and "Strona 2 z 2" in texts[1]
    assert "Skierowanie nr SK/2026/0042" in texts[1]
    assert "(podpis pracownika)" in texts[1]
    assert "KONIEC" in " ".join(texts)


def test_markup_characters_are_printed_literally() -> None:
    text = pages(render_referral_slip(slip(reason="dochód < 500 zł & <b>zaległości</b>")))[0]
    assert "dochód < 500 zł & <b>zaległości</b>" in text
