"""The printed decision carries every element of KPA art. 107 §1; batches, drafts and texts data."""

from __future__ import annotations

import dataclasses
import datetime as dt
import io
import json
import re
import subprocess
import sys
from decimal import Decimal
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st
from pypdf import PdfReader

from ops_desktop.documents.data import (
    DecisionDocument,
    OfficeOnPaper,
    PartyOnPaper,
    SignatoryOnPaper,
)
from ops_desktop.documents.decision import (
    group_account,
    render_decision,
    render_decisions,
)
from ops_desktop.documents.texts import (
    DecisionTextsError,
    decision_texts,
    load_decision_text_sets,
)
from ops_desktop.domain.vocabulary import BenefitForm, DecisionKind, PaymentMethod

OFFICE = OfficeOnPaper(
    name="Miejsko-Gminny Ośrodek Pomocy Społecznej w Przykładowie",
    address_lines=("ul. Rynek 1", "66-530 Przykładowo"),
    place="Przykładowo",
    mayor_genitive="Burmistrza Miasta i Gminy Przykładowo",
    appeal_body="Samorządowe Kolegium Odwoławcze w Gorzowie Wielkopolskim",
    phone="95 761 23 45",
    email="sekretariat@mgops.przykladowo.pl",
)
SIGNATORY = SignatoryOnPaper("Anna Nowak", "Kierownik Ośrodka", "0050.12.2025")
SKO_GENITIVE = "Samorządowego Kolegium Odwoławczego w Gorzowie Wielkopolskim"


def permanent_grant(**changes: object) -> DecisionDocument:
    """Zasiłek stały for a single person with 500 zł income: 1 313 − 500 = 813 zł (DOMAIN §5)."""
    doc = DecisionDocument(
        office=OFFICE,
        case_sign="OPS.8310.127.2026",
        issued_on=dt.date(2026, 11, 22),
        party=PartyOnPaper(
            "Zofia Żółkiewska", ("ul. Źródlana 7 m. 3", "66-530 Przykładowo"), "55010112345"
        ),
        kind=DecisionKind.GRANT,
        form=BenefitForm.PERMANENT,
        application_received_on=dt.date(2026, 11, 3),
        amount=Decimal("813.00"),
        period_from=dt.date(2026, 12, 1),
        period_to=dt.date(2027, 5, 31),
        payment_method=PaymentMethod.BANK_TRANSFER,
        bank_account="61109010140000071219812874",
        purpose="",
        reasoning=(
            "Strona złożyła wniosek o przyznanie zasiłku stałego.\n"
            "Z wywiadu wynika, że Strona jest całkowicie niezdolna do pracy; źródło utrzymania "
            "stanowi renta rodzinna (zażółć gęślą jaźń)."
        ),
        recipient="Pani Zofii Żółkiewskiej",
        interview_on=dt.date(2026, 11, 12),
        household_size=1,
        income_per_person=Decimal("500"),
        criterion=Decimal("1010"),
        signatory=SIGNATORY,
        law_period_source=(
            "rozporządzenie Rady Ministrów z dnia 23 lipca 2024 r. (Dz.U. 2024 poz. 1044)"
        ),
    )
    return dataclasses.replace(doc, **changes)  # type: ignore[arg-type]


def periodic_family() -> DecisionDocument:
    return permanent_grant(
        case_sign="OPS.8310.128.2026",
        form=BenefitForm.PERIODIC,
        party=PartyOnPaper("Jan Kowalski", ("ul. Polna 5", "66-530 Przykładowo"), "80020212345"),
        recipient="Panu Janowi Kowalskiemu",
        amount=Decimal("1292.00"),
        period_from=dt.date(2026, 12, 1),
        period_to=dt.date(2027, 2, 28),
        household_size=4,
        income_per_person=Decimal("500"),
        criterion=Decimal("823"),
        reasoning="Wnioskodawca pozostaje bezrobotny; rodzina liczy cztery osoby.",
    )


def purpose_cash() -> DecisionDocument:
    return permanent_grant(
        case_sign="OPS.8310.129.2026",
        form=BenefitForm.PURPOSE,
        amount=Decimal("300"),
        period_from=None,
        period_to=None,
        payment_method=PaymentMethod.CASH,
        bank_account=None,
        purpose="zakup opału",
    )


def refusal() -> DecisionDocument:
    return permanent_grant(
        case_sign="OPS.8310.130.2026",
        kind=DecisionKind.REFUSAL,
        form=BenefitForm.PERIODIC,
        amount=None,
        period_from=None,
        period_to=None,
        income_per_person=Decimal("1200"),
        reasoning="Dochód Strony przekracza kryterium dochodowe osoby samotnie gospodarującej.",
    )


def pdf_pages(pdf: bytes) -> list[str]:
    """Page texts with no-break spaces and line breaks normalised to single spaces."""
    reader = PdfReader(io.BytesIO(pdf))
    texts = (page.extract_text().replace("\u00a0", " ") for page in reader.pages)
    return [re.sub(r"\s+", " ", text) for text in texts]


def pdf_text(pdf: bytes) -> str:
    return " ".join(pdf_pages(pdf))


def test_grant_carries_every_element_of_kpa_107() -> None:
    text = pdf_text(render_decision(permanent_grant()))
    expected = [
        # (1) the organ, its letterhead, and the signature "z upoważnienia" of the mayor
        "Miejsko-Gminny Ośrodek Pomocy Społecznej w Przykładowie",
        "ul. Rynek 1, 66-530 Przykładowo",
        "tel. 95 761 23 45",
        # case sign, (2) place and date of issue, title
        "Znak sprawy: OPS.8310.127.2026",
        "Przykładowo, 22 listopada 2026 r.",
        "DECYZJA",
        "nr OPS.8310.127.2026",
        # (3) the party, without guessing gender
        "Strony: Zofia Żółkiewska, zam. ul. Źródlana 7 m. 3, 66-530 Przykładowo, PESEL 55010112345",
        # (4) the legal basis
        "Na podstawie art. 104 ustawy z dnia 14 czerwca 1960 r. – Kodeks postępowania "
        "administracyjnego (Dz.U. 2024 poz. 572 z późn. zm.) w związku z art. 7, art. 8 ust. 1 i 3, "
        "art. 36 pkt 1 lit. a, art. 37 ust. 1 i 2, art. 106 ust. 1 i 4 oraz art. 110 ust. 7 "
        "ustawy z dnia 12 marca 2004 r. o pomocy społecznej (Dz.U. 2025 poz. 1214)",
        "po rozpatrzeniu wniosku z dnia 3 listopada 2026 r.",
        # (5) the ruling
        "orzekam:",
        "1. Przyznać Pani Zofii Żółkiewskiej zasiłek stały w kwocie 813,00 zł miesięcznie "
        "na okres od 1 grudnia 2026 r. do 31 maja 2027 r.",
        "2. Świadczenie płatne przelewem na rachunek bankowy nr 61 1090 1014 0000 0712 1981 2874.",
        # (6) factual and legal reasoning
        "UZASADNIENIE",
        "Strona złożyła wniosek o przyznanie zasiłku stałego.",
        "Strona jest osobą samotnie gospodarującą; jej dochód wynosi 500,00 zł, a kryterium "
        "dochodowe osoby samotnie gospodarującej – 1 010,00 zł.",
        "Dz.U. 2024 poz. 1044",
        "art. 8 ust. 1",
        "Decyzję wydano po przeprowadzeniu w dniu 12 listopada 2026 r. rodzinnego wywiadu "
        "środowiskowego, zgodnie z art. 106 ust. 4",
        # (7) appeal instruction incl. the art. 127a waiver
        "POUCZENIE",
        f"odwołanie do {SKO_GENITIVE} za pośrednictwem Miejsko-Gminnego Ośrodka Pomocy "
        "Społecznej w Przykładowie w terminie 14 dni od dnia jej doręczenia",
        "art. 127a § 1",
        "decyzja staje się ostateczna i prawomocna",
        f"nie można zaskarżyć do {SKO_GENITIVE}",
        "art. 109",
        # (8) signature with name and position, then distribution
        "z upoważnienia Burmistrza Miasta i Gminy Przykładowo",
        "Anna Nowak",
        "Kierownik Ośrodka",
        "upoważnienie nr 0050.12.2025",
        "Otrzymują: 1. Strona 2. a/a",
    ]
    missing = [e for e in expected if e not in text]
    assert not missing, missing
    for absent in ("PROJEKT", "None", "r..", "rygor", "natychmiastowej"):
        assert absent not in text


def test_polish_letters_survive_extraction() -> None:
    text = pdf_text(render_decision(permanent_grant()))
    for word in ("Żółkiewska", "Źródlana", "zażółć gęślą jaźń", "Społecznej", "Odwoławczego"):
        assert word in text


def test_pages_are_numbered_and_continuation_pages_repeat_the_case_sign() -> None:
    pages = pdf_pages(render_decision(permanent_grant()))
    assert len(pages) >= 1
    for number, page in enumerate(pages, start=1):
        assert f"Strona {number} z {len(pages)}" in page
        if number > 1:
            assert "Znak sprawy: OPS.8310.127.2026" in page


def test_permanent_benefit_without_end_date_is_granted_indefinitely() -> None:
    text = pdf_text(render_decision(permanent_grant(period_to=None)))
    assert "813,00 zł miesięcznie na czas nieokreślony, począwszy od 1 grudnia 2026 r." in text


def test_periodic_benefit_for_a_family() -> None:
    text = pdf_text(render_decision(periodic_family()))
    assert "Strony: Jan Kowalski" in text
    assert "zasiłek okresowy w kwocie 1 292,00 zł miesięcznie na okres od 1 grudnia 2026 r. " \
           "do 28 lutego 2027 r." in text
    assert "Przyznać Panu Janowi Kowalskiemu zasiłek okresowy" in text
    # The household's figures once, as the law calls it: a family of N persons.
    assert "Rodzina Strony liczy 4 osoby; dochód na osobę w rodzinie wynosi 500,00 zł, a " \
           "kryterium dochodowe na osobę w rodzinie – 823,00 zł." in text
    assert "gospodarstw" not in text and text.count("500,00 zł") == 1
    assert "art. 36 pkt 1 lit. b, art. 38," in text
    assert "w sprawie przyznania zasiłku okresowego" in text


def test_purpose_benefit_paid_in_cash() -> None:
    text = pdf_text(render_decision(purpose_cash()))
    assert "zasiłek celowy w kwocie 300,00 zł jednorazowo z przeznaczeniem na zakup opału." in text
    assert "2. Świadczenie płatne w kasie Ośrodka." in text
    assert "art. 39 ust. 1 i 2" in text
    assert "rachunek" not in text


def test_special_purpose_benefit_cites_art_41() -> None:
    doc = dataclasses.replace(purpose_cash(), form=BenefitForm.SPECIAL_PURPOSE,
                              purpose="leki po pobycie w szpitalu")
    text = pdf_text(render_decision(doc))
    assert "specjalny zasiłek celowy w kwocie 300,00 zł jednorazowo z przeznaczeniem na leki" \
        in text
    assert "art. 41 pkt 1" in text
    assert "w sprawie przyznania specjalnego zasiłku celowego" in text


def test_refusal() -> None:
    text = pdf_text(render_decision(refusal()))
    assert "Odmówić Pani Zofii Żółkiewskiej przyznania zasiłku okresowego." in text
    assert "Przyznać" not in text
    assert "Świadczenie płatne" not in text
    assert "1. Odmówić" not in text  # a single point is not numbered
    assert "jej dochód wynosi 1 200,00 zł" in text
    assert "art. 109" not in text  # the duty to report changes concerns recipients only
    assert "POUCZENIE" in text and "14 dni" in text and "127a" in text


def test_draft_is_watermarked_and_unsigned() -> None:
    pages = pdf_pages(render_decision(permanent_grant(signatory=None)))
    assert all("PROJEKT" in page for page in pages)
    text = " ".join(pages)
    assert "(podpis osoby upoważnionej)" in text
    assert "z upoważnienia Burmistrza Miasta i Gminy Przykładowo" in text
    assert "Anna Nowak" not in text and "upoważnienie nr" not in text


def test_long_reasoning_flows_onto_the_next_page_with_the_signature_kept_whole() -> None:
    sentence = "Strona wskazała na trudną sytuację zdrowotną i mieszkaniową. "
    reasoning = (sentence * (5000 // len(sentence) + 1))[:5000].strip() + " KONIEC UZASADNIENIA."
    pages = pdf_pages(render_decision(permanent_grant(reasoning=reasoning)))
    assert len(pages) >= 2
    assert "DECYZJA" in pages[0]
    signature_pages = [i for i, p in enumerate(pages) if "Anna Nowak" in p]
    assert len(signature_pages) == 1
    last = pages[signature_pages[0]]
    for part in ("z upoważnienia Burmistrza", "Kierownik Ośrodka", "Otrzymują"):
        assert part in last
    assert "KONIEC UZASADNIENIA." in " ".join(pages)


def test_markup_characters_in_worker_text_are_printed_literally() -> None:
    doc = permanent_grant(reasoning="Dochód < kryterium & wydatki > dochód; <b>nie pogrubiać</b>")
    text = pdf_text(render_decision(doc))
    assert "Dochód < kryterium & wydatki > dochód; <b>nie pogrubiać</b>" in text


def test_missing_values_print_as_a_visible_gap() -> None:
    doc = permanent_grant(bank_account=None, amount=None)
    text = pdf_text(render_decision(doc))
    assert "w kwocie ………… miesięcznie" in text
    assert "rachunek bankowy nr …………" in text


def test_batch_numbers_each_decision_on_its_own() -> None:
    long_doc = permanent_grant(
        case_sign="OPS.8310.131.2026", reasoning="Długie uzasadnienie. " * 300
    )
    docs = [permanent_grant(), long_doc, refusal(), periodic_family()]
    counts = [len(PdfReader(io.BytesIO(render_decision(d))).pages) for d in docs]
    calls: list[tuple[int, int]] = []
    pdf = render_decisions(docs, progress=lambda i, n: calls.append((i, n)))
    assert pdf is not None
    pages = pdf_pages(pdf)
    assert len(pages) == sum(counts)
    assert calls == [(1, 4), (2, 4), (3, 4), (4, 4)]
    start = 0
    for doc, count in zip(docs, counts, strict=True):
        first = pages[start]
        assert f"Znak sprawy: {doc.case_sign}" in first and "DECYZJA" in first
        for k in range(count):
            assert f"Strona {k + 1} z {count}" in pages[start + k]
        start += count
    assert counts[1] >= 2


def test_batch_mixes_drafts_and_signed_decisions_without_leaking_the_watermark() -> None:
    pdf = render_decisions([permanent_grant(), permanent_grant(signatory=None, case_sign="X.1")])
    assert pdf is not None
    pages = pdf_pages(pdf)
    marked = ["PROJEKT" in p for p in pages]
    draft_from = next(i for i, p in enumerate(pages) if "Znak sprawy: X.1" in p)
    assert not any(marked[:draft_from]) and all(marked[draft_from:])


def test_batch_cancelled_before_start_returns_none() -> None:
    calls: list[tuple[int, int]] = []
    result = render_decisions(
        [permanent_grant(), refusal()], progress=lambda i, n: calls.append((i, n)),
        is_cancelled=lambda: True,
    )
    assert result is None and calls == []


def test_batch_cancelled_midway_returns_none() -> None:
    calls: list[tuple[int, int]] = []
    result = render_decisions(
        [permanent_grant(), refusal(), purpose_cash()],
        progress=lambda i, n: calls.append((i, n)),
        is_cancelled=lambda: bool(calls),
    )
    assert result is None
    assert calls == [(1, 3)]


def test_empty_batch_is_an_error() -> None:
    with pytest.raises(ValueError):
        render_decisions([])


def test_account_numbers_are_grouped_like_polish_banks_print_them() -> None:
    assert group_account("61109010140000071219812874") == "61 1090 1014 0000 0712 1981 2874"
    iban = "pl61 1090 1014 0000 0712 1981 2874"
    assert group_account(iban) == "PL61 1090 1014 0000 0712 1981 2874"


@given(st.text(alphabet="0123456789 ", max_size=40))
def test_grouping_keeps_every_digit(account: str) -> None:
    grouped = group_account(account)
    assert grouped.replace(" ", "") == account.replace(" ", "")


@settings(max_examples=15, deadline=None)
@given(
    name=st.text(
        st.characters(codec="utf-8", categories=("L", "Zs", "P")), min_size=1, max_size=60
    ),
    reasoning=st.text(st.characters(codec="utf-8", categories=("L", "N", "P", "S", "Zs")),
                      max_size=400),
)
def test_any_typed_text_renders(name: str, reasoning: str) -> None:
    doc = permanent_grant(party=PartyOnPaper(name, ()), reasoning=reasoning)
    assert render_decision(doc).startswith(b"%PDF")


# --- the wording data ---

def test_shipped_texts_cover_every_form_and_kind() -> None:
    texts = decision_texts(dt.date(2026, 11, 22))
    assert texts.valid_from <= dt.date(2026, 11, 22) and texts.source
    articles = {
        BenefitForm.PERMANENT: "art. 37",
        BenefitForm.PERIODIC: "art. 38",
        BenefitForm.PURPOSE: "art. 39",
        BenefitForm.SPECIAL_PURPOSE: "art. 41 pkt 1",
    }
    for form, article in articles.items():
        for kind in DecisionKind:
            kind_texts = texts.kind(form, kind)
            basis = kind_texts.legal_basis_text()
            assert basis.startswith("art. 104 ustawy z dnia 14 czerwca 1960 r.")
            for cited in ("art. 7", "art. 8", "art. 36", article, "art. 106 ust. 1 i 4",
                          "art. 110 ust. 7", "ustawy z dnia 12 marca 2004 r. o pomocy "
                          "społecznej (Dz.U. 2025 poz. 1214)"):
                assert cited in basis, (form, kind, cited)
            assert kind_texts.ruling and kind_texts.legal_reasoning


@pytest.mark.parametrize(
    ("name", "genitive"),
    [
        ("Samorządowe Kolegium Odwoławcze w Gorzowie Wielkopolskim", SKO_GENITIVE),
        ("Miejsko-Gminny Ośrodek Pomocy Społecznej w Przykładowie",
         "Miejsko-Gminnego Ośrodka Pomocy Społecznej w Przykładowie"),
        ("Gminny Ośrodek Pomocy Społecznej w Gminnym Lesie",
         "Gminnego Ośrodka Pomocy Społecznej w Gminnym Lesie"),
        ("Centrum Usług Społecznych w Iksowie", "Centrum Usług Społecznych w Iksowie"),
        (SKO_GENITIVE, SKO_GENITIVE),
    ],
)
def test_names_are_put_in_the_genitive(name: str, genitive: str) -> None:
    assert decision_texts(dt.date(2026, 1, 1)).genitive_of(name) == genitive


def _write_sets(tmp_path: Path, *changes: dict[str, object]) -> Path:
    shipped = json.loads(
        Path(__file__).resolve().parents[2].joinpath(
            "resources", "law", "decision_texts.json").read_text(encoding="utf-8")
    )
    base = shipped["sets"][0]
    path = tmp_path / "decision_texts.json"
    path.write_text(json.dumps({"sets": [{**base, **c} for c in changes]}), encoding="utf-8")
    return path


def test_the_set_in_force_on_the_date_of_issue_is_used(tmp_path: Path) -> None:
    path = _write_sets(
        tmp_path,
        {"valid_from": "2025-01-01", "source": "old"},
        {"valid_from": "2028-01-01", "source": "new"},
    )
    assert decision_texts(dt.date(2027, 12, 31), path).source == "old"
    assert decision_texts(dt.date(2028, 1, 1), path).source == "new"
    with pytest.raises(DecisionTextsError):
        decision_texts(dt.date(2024, 12, 31), path)


def test_unknown_placeholder_is_rejected_on_load(tmp_path: Path) -> None:
    path = _write_sets(tmp_path, {"signature": "z upoważnienia {mayor_typo}"})
    load_decision_text_sets.cache_clear()
    with pytest.raises(DecisionTextsError, match="mayor_typo"):
        load_decision_text_sets(path)


def test_documents_do_not_import_qt() -> None:
    code = (
        "import sys, ops_desktop.documents.decision, ops_desktop.documents.referral_slip;"
        "assert not [m for m in sys.modules if m.startswith('PySide6')]"
    )
    root = Path(__file__).resolve().parents[2]
    subprocess.run([sys.executable, "-c", code], check=True, cwd=root)


def test_paper_stays_polish_when_the_screen_speaks_english() -> None:
    from ops_desktop.i18n import format as fmt
    from ops_desktop.i18n.locale import apply_to_values

    apply_to_values("en")
    try:
        assert fmt.money(Decimal("1229")) == "1,229.00\u00a0zł"  # the screen follows the UI
        text = pdf_text(render_decision(permanent_grant()))
    finally:
        apply_to_values("pl")
    assert "813,00 zł" in text
    assert re.search(r"\d{1,2} (stycznia|lutego|marca|kwietnia|maja|czerwca|lipca|sierpnia|"
                     r"września|października|listopada|grudnia) \d{4} r\.", text)
    assert not re.search(r"January|February|March|April|May|June|July|August|September|"
                         r"October|November|December", text)


# --- only the facts the program holds; the party named as Polish names them ---

def test_without_an_interview_date_the_interview_sentence_is_left_out() -> None:
    text = pdf_text(render_decision(permanent_grant(interview_on=None)))
    assert "wywiadu środowiskowego" not in text
    assert "Mając powyższe na uwadze, orzeczono jak w sentencji." in text


def test_the_art_7_grounds_recorded_are_named_in_the_reasoning() -> None:
    doc = dataclasses.replace(periodic_family(), grounds=(
        "bezrobocie (art. 7 pkt 4)", "długotrwała lub ciężka choroba (art. 7 pkt 6)"))
    text = pdf_text(render_decision(doc))
    assert ("Jako okoliczności uzasadniające udzielenie pomocy (art. 7 ustawy o pomocy "
            "społecznej) ustalono: bezrobocie (art. 7 pkt 4), długotrwała lub ciężka choroba "
            "(art. 7 pkt 6).") in text
    assert "ustalono:" not in pdf_text(render_decision(periodic_family()))


def test_a_name_not_declined_is_named_without_declension() -> None:
    text = pdf_text(render_decision(permanent_grant(recipient="")))
    assert "1. Przyznać Stronie – Zofia Żółkiewska – zasiłek stały w kwocie 813,00 zł" in text
    refused = pdf_text(render_decision(dataclasses.replace(refusal(), recipient="")))
    assert "Odmówić Stronie – Zofia Żółkiewska – przyznania zasiłku okresowego." in refused


@pytest.mark.parametrize(("number", "printed"), [
    ("50/2025", "upoważnienie nr 50/2025"),
    ("Zarządzenie nr 50/2025 Burmistrza Miasta i Gminy Przykładowo",
     "upoważnienie: Zarządzenie nr 50/2025 Burmistrza Miasta i Gminy Przykładowo"),
    ("nr 12/2024", "upoważnienie nr 12/2024"),
    # The act typed with its own name is not named twice ("upoważnienie: Upoważnienie nr …").
    ("Upoważnienie nr 7/2026 Wójta Gminy", "upoważnienie nr 7/2026 Wójta Gminy"),
])
def test_the_authorisation_is_named_once(number: str, printed: str) -> None:
    signatory = SignatoryOnPaper("Anna Nowak", "Kierownik Ośrodka", number)
    text = pdf_text(render_decision(permanent_grant(signatory=signatory)))
    assert printed in text
    assert "nr Zarządzenie" not in text and "nr nr" not in text
    assert "upoważnienie: upoważnienie" not in text.lower()


@pytest.mark.parametrize(("size", "words"), [(2, "2 osoby"), (4, "4 osoby"), (5, "5 osób"),
                                             (12, "12 osób"), (22, "22 osoby")])
def test_the_family_is_counted_in_polish(size: int, words: str) -> None:
    doc = dataclasses.replace(periodic_family(), household_size=size)
    assert f"Rodzina Strony liczy {words};" in pdf_text(render_decision(doc))


# --- art. 106 ust. 3 u.p.s.: a part month; KPA art. 105: a discontinuance ---
def test_a_grant_from_mid_month_prints_the_first_months_prorated_amount() -> None:
    doc = periodic_family()
    doc = dataclasses.replace(doc, amount=Decimal("600.00"), period_from=dt.date(2026, 12, 3),
                              period_to=dt.date(2027, 2, 28),
                              first_month_amount=Decimal("561.29"))
    text = pdf_text(render_decision(doc))
    assert ("zasiłek okresowy w kwocie 600,00 zł miesięcznie, za grudzień 2026 r. w kwocie "
            "561,29 zł (za 29 dni), na okres od 3 grudnia 2026 r. do 28 lutego 2027 r.") in text


def test_a_last_month_in_part_prints_too_and_a_whole_period_prints_no_part() -> None:
    doc = dataclasses.replace(periodic_family(), amount=Decimal("600.00"),
                              period_from=dt.date(2027, 1, 1), period_to=dt.date(2027, 3, 1),
                              last_month_amount=Decimal("19.35"))
    text = pdf_text(render_decision(doc))
    assert "600,00 zł miesięcznie, za marzec 2027 r. w kwocie 19,35 zł (za 1 dzień), na okres" in text
    whole = pdf_text(render_decision(periodic_family()))
    assert "292,00 zł miesięcznie na okres od 1 grudnia 2026 r." in whole
    assert " za grudzień" not in whole


def discontinuance(requested: bool = False) -> DecisionDocument:
    from ops_desktop.documents.data import WithdrawalOnPaper
    from ops_desktop.domain.vocabulary import WithdrawalManner

    return permanent_grant(
        kind=DecisionKind.DISCONTINUANCE, form=BenefitForm.PERIODIC, amount=None,
        period_from=None, period_to=None, payment_method=PaymentMethod.CASH, bank_account=None,
        reasoning="", household_size=0, income_per_person=Decimal("0"), criterion=Decimal("0"),
        law_period_source="",
        withdrawal=WithdrawalOnPaper(dt.date(2026, 11, 18), WithdrawalManner.ORALLY_RECORDED,
                                     requested))


def test_a_discontinuance_carries_every_element_of_kpa_107() -> None:
    text = pdf_text(render_decision(discontinuance()))
    expected = [
        "Miejsko-Gminny Ośrodek Pomocy Społecznej w Przykładowie",  # (1) the organ
        "Przykładowo, 22 listopada 2026 r.",  # (2) the date of issue
        "Zofia Żółkiewska", "PESEL 55010112345",  # (3) the party
        # (4) the legal basis: art. 105 § 1 KPA, consolidated text of the day of issue
        "Na podstawie art. 105 § 1 ustawy z dnia 14 czerwca 1960 r. – Kodeks postępowania "
        "administracyjnego (Dz.U. 2024 poz. 572 z późn. zm.)",
        # (5) the ruling
        "Umorzyć postępowanie administracyjne w sprawie przyznania Stronie (Zofia Żółkiewska) "
        "zasiłku okresowego, wszczęte na wniosek z dnia 3 listopada 2026 r.",
        # (6) the reasoning names the withdrawal, its day and manner
        "UZASADNIENIE",
        "W dniu 18 listopada 2026 r. Strona wycofała ten wniosek ustnie do protokołu",
        "postępowanie stało się bezprzedmiotowe",
        # (7) the appeal: 14 days, to the SKO, through the organ; the waiver (art. 127a)
        "POUCZENIE", f"odwołanie do {SKO_GENITIVE} za pośrednictwem", "w terminie 14 dni",
        "zrzec się prawa do wniesienia odwołania", "art. 127a",
        # (8) the signatory
        "z upoważnienia Burmistrza Miasta i Gminy Przykładowo", "Anna Nowak",
    ]
    for phrase in expected:
        assert phrase in text, phrase
    # It grants nothing: no amount, no payment, no income figures, no grant notices.
    for absent in ("Przyznać", "zł", "Kryterium dochodowe", "art. 109", "wywiadu", "r.."):
        assert absent not in text, absent


def test_a_discontinuance_the_party_asked_for_rests_on_art_105_par_2() -> None:
    text = pdf_text(render_decision(discontinuance(requested=True)))
    assert "Na podstawie art. 105 § 2 ustawy z dnia 14 czerwca 1960 r." in text
    assert "nie jest sprzeczne z interesem społecznym" in text
    assert "art. 105 § 1" not in text
