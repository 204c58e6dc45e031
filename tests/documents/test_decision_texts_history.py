"""Decisions issued since 2018-10-01 print with the consolidated texts in force on their date."""

from __future__ import annotations

import dataclasses
import datetime as dt
import io
import json
import re
from decimal import Decimal
from pathlib import Path
from typing import Any

import pytest
from pypdf import PdfReader

from ops_desktop.documents.data import (
    DecisionDocument,
    OfficeOnPaper,
    PartyOnPaper,
    SignatoryOnPaper,
    WithdrawalOnPaper,
)
from ops_desktop.documents.decision import render_decision
from ops_desktop.documents.texts import (
    DecisionTexts,
    DecisionTextsError,
    decision_texts,
    load_decision_text_sets,
)
from ops_desktop.domain.clock import wall_today
from ops_desktop.domain.vocabulary import (
    BENEFIT_DECISION_KINDS,
    BenefitForm,
    DecisionKind,
    PaymentMethod,
    WithdrawalManner,
)

SHIPPED = Path(__file__).resolve().parents[2] / "resources" / "law" / "decision_texts.json"
# The first parameter period in parameters.json starts 2018-10-01; a decision granting help from
# that day can be issued in September, after an application made in August or September.
FIRST_PERIOD = dt.date(2018, 10, 1)
FIRST_DAY = dt.date(2018, 9, 1)
KPA_2024 = "Dz.U. 2024 poz. 572 z późn. zm."
UPS_2025 = "Dz.U. 2025 poz. 1214"

# (first day, KPA citation, u.p.s. citation): the chronology the shipped sets must follow.
CITATIONS = [
    (dt.date(2018, 9, 1), "Dz.U. 2017 poz. 1257 z późn. zm.", "Dz.U. 2018 poz. 1508 z późn. zm."),
    (dt.date(2018, 12, 1), "Dz.U. 2018 poz. 2096 z późn. zm.", "Dz.U. 2018 poz. 1508 z późn. zm."),
    (dt.date(2019, 8, 13), "Dz.U. 2018 poz. 2096 z późn. zm.", "Dz.U. 2019 poz. 1507 z późn. zm."),
    (dt.date(2020, 2, 19), "Dz.U. 2020 poz. 256 z późn. zm.", "Dz.U. 2019 poz. 1507 z późn. zm."),
    (dt.date(2021, 4, 22), "Dz.U. 2021 poz. 735 z późn. zm.", "Dz.U. 2019 poz. 1507 z późn. zm."),
    (dt.date(2022, 1, 1), "Dz.U. 2021 poz. 735 z późn. zm.", "Dz.U. 2021 poz. 2268 z późn. zm."),
    (dt.date(2022, 9, 27), "Dz.U. 2022 poz. 2000 z późn. zm.", "Dz.U. 2021 poz. 2268 z późn. zm."),
    (dt.date(2023, 5, 12), "Dz.U. 2023 poz. 775 z późn. zm.", "Dz.U. 2021 poz. 2268 z późn. zm."),
    (dt.date(2023, 5, 24), "Dz.U. 2023 poz. 775 z późn. zm.", "Dz.U. 2023 poz. 901 z późn. zm."),
    (dt.date(2024, 1, 1), "Dz.U. 2023 poz. 775 z późn. zm.", "Dz.U. 2023 poz. 901 z późn. zm."),
    (dt.date(2024, 5, 8), KPA_2024, "Dz.U. 2023 poz. 901 z późn. zm."),
    (dt.date(2024, 9, 18), KPA_2024, "Dz.U. 2024 poz. 1283 z późn. zm."),
    (dt.date(2025, 10, 1), KPA_2024, UPS_2025),
]
ALL_CITED = re.compile(r"\(Dz\.U\. \d{4} poz\. \d+(?: z późn\. zm\.)?\)")


def _cited(texts: DecisionTexts) -> set[tuple[str, str]]:
    """Every (KPA, u.p.s.) pair the legal bases of a set cite."""
    pairs = set()
    for form in BenefitForm:
        for kind in BENEFIT_DECISION_KINDS:
            kpa_line, ups_line = texts.kind(form, kind).legal_basis
            pairs.add((kpa_line, ups_line))
    return pairs


def test_every_day_since_the_first_parameter_period_has_a_set() -> None:
    assert decision_texts(FIRST_PERIOD).valid_from <= FIRST_PERIOD
    day = FIRST_DAY
    seen = set()
    while day <= wall_today():
        texts = decision_texts(day)
        assert texts.valid_from <= day
        seen.add(texts.valid_from)
        day += dt.timedelta(days=1)
    assert len(seen) == len(CITATIONS)
    with pytest.raises(DecisionTextsError):
        decision_texts(FIRST_DAY - dt.timedelta(days=1))


@pytest.mark.parametrize(("first_day", "kpa", "ups"), CITATIONS)
def test_each_set_cites_the_consolidated_texts_of_its_period(
    first_day: dt.date, kpa: str, ups: str
) -> None:
    texts = decision_texts(first_day)
    assert texts.valid_from == first_day
    for kpa_line, ups_line in _cited(texts):
        assert kpa_line.startswith("art. 104 ustawy z dnia 14 czerwca 1960 r. – Kodeks")
        assert ALL_CITED.findall(kpa_line) == [f"({kpa})"]
        assert "o pomocy społecznej" in ups_line
        assert ALL_CITED.findall(ups_line) == [f"({ups})"]
    # the set names the texts it cites, so an office can check it against the journal
    assert kpa in texts.source and ups in texts.source


@pytest.mark.parametrize(("first_day", "kpa", "ups"), CITATIONS)
def test_every_set_prints_a_discontinuance_citing_the_kpa_text_of_its_date(
    first_day: dt.date, kpa: str, ups: str
) -> None:
    d = decision_texts(first_day).discontinuance
    for paragraph, basis in ((1, d.legal_basis_groundless), (2, d.legal_basis_on_request)):
        kpa_line, ups_line = basis
        assert kpa_line.startswith(f"art. 105 § {paragraph} ustawy z dnia 14 czerwca 1960 r. – Kodeks")
        assert ALL_CITED.findall(kpa_line) == [f"({kpa})"]
        assert ALL_CITED.findall(ups_line) == [f"({ups})"]
    doc = _decision_2019()
    withdrawn = render_decision(dataclasses.replace(
        doc, issued_on=first_day, kind=DecisionKind.DISCONTINUANCE, amount=None,
        period_from=None, period_to=None,
        withdrawal=WithdrawalOnPaper(first_day, WithdrawalManner.IN_WRITING, False)))
    text = _pdf_text(withdrawn)
    assert f"art. 105 § 1 ustawy z dnia 14 czerwca 1960 r. – Kodeks postępowania administracyjnego ({kpa})" in text
    assert "Umorzyć postępowanie" in text and "wycofała ten wniosek na piśmie" in text


@pytest.mark.parametrize("index", range(1, len(CITATIONS)))
def test_the_day_before_a_boundary_keeps_the_earlier_citations(index: int) -> None:
    first_day, _, _ = CITATIONS[index]
    earlier_day, kpa, ups = CITATIONS[index - 1]
    texts = decision_texts(first_day - dt.timedelta(days=1))
    assert texts.valid_from == earlier_day
    assert {(ALL_CITED.findall(k)[0], ALL_CITED.findall(u)[0]) for k, u in _cited(texts)} == {
        (f"({kpa})", f"({ups})")
    }


def test_no_set_cites_a_text_announced_after_it_starts() -> None:
    """A set's citations never come from a later year than the set itself."""
    for first_day, kpa, ups in CITATIONS:
        for citation in (kpa, ups):
            year = int(re.search(r"Dz\.U\. (\d{4})", citation).group(1))  # type: ignore[union-attr]
            assert year <= first_day.year, (first_day, citation)


def test_permanent_benefit_is_130_percent_of_the_criterion_only_from_2024() -> None:
    def reasoning(on: dt.date) -> str:
        kind = decision_texts(on).kind(BenefitForm.PERMANENT, DecisionKind.GRANT)
        return " ".join(kind.legal_reasoning)

    assert "130%" not in reasoning(dt.date(2023, 12, 31))
    assert "między właściwym kryterium dochodowym a dochodem" in reasoning(dt.date(2019, 3, 15))
    assert "130% właściwego kryterium dochodowego" in reasoning(dt.date(2024, 1, 1))
    assert "130% właściwego kryterium dochodowego" in reasoning(dt.date(2026, 1, 1))


def test_older_sets_keep_the_rest_of_the_wording() -> None:
    old, new = decision_texts(dt.date(2019, 3, 15)), decision_texts(dt.date(2026, 1, 1))
    assert old.appeal == new.appeal  # art. 127a KPA waiver exists since 1 June 2017
    assert old.introduction == new.introduction and old.genitive == new.genitive
    assert old.kind(BenefitForm.PURPOSE, DecisionKind.REFUSAL).ruling == new.kind(
        BenefitForm.PURPOSE, DecisionKind.REFUSAL).ruling


# --- rendering an old decision ---

def _decision_2019() -> DecisionDocument:
    return DecisionDocument(
        office=OfficeOnPaper(
            name="Gminny Ośrodek Pomocy Społecznej w Przykładowie",
            address_lines=("ul. Rynek 1", "66-530 Przykładowo"),
            place="Przykładowo",
            mayor_genitive="Wójta Gminy Przykładowo",
            appeal_body="Samorządowe Kolegium Odwoławcze w Gorzowie Wielkopolskim",
        ),
        case_sign="GOPS.8310.41.2019",
        issued_on=dt.date(2019, 3, 15),
        party=PartyOnPaper("Zofia Żółkiewska", ("ul. Źródlana 7", "66-530 Przykładowo")),
        kind=DecisionKind.GRANT,
        form=BenefitForm.PERMANENT,
        application_received_on=dt.date(2019, 3, 1),
        amount=Decimal("401.00"),
        period_from=dt.date(2019, 4, 1),
        period_to=None,
        payment_method=PaymentMethod.CASH,
        bank_account=None,
        purpose="",
        reasoning="Strona jest całkowicie niezdolna do pracy.",
        household_size=1,
        income_per_person=Decimal("300"),
        criterion=Decimal("701"),
        signatory=SignatoryOnPaper("Anna Nowak", "Kierownik Ośrodka", "0050.3.2019"),
        law_period_source="rozporządzenie Rady Ministrów z dnia 11 lipca 2018 r. (Dz.U. 2018 "
                          "poz. 1358)",
    )


def _pdf_text(pdf: bytes) -> str:
    reader = PdfReader(io.BytesIO(pdf))
    text = " ".join(page.extract_text().replace("\u00a0", " ") for page in reader.pages)
    return re.sub(r"\s+", " ", text)


def test_a_decision_issued_in_march_2019_prints_with_the_2019_citations() -> None:
    text = _pdf_text(render_decision(_decision_2019()))
    assert ("Kodeks postępowania administracyjnego (Dz.U. 2018 poz. 2096 z późn. zm.)"
            in text)
    assert "o pomocy społecznej (Dz.U. 2018 poz. 1508 z późn. zm.)" in text
    assert "między właściwym kryterium dochodowym a dochodem" in text
    assert "130%" not in text
    for later in ("2024 poz. 572", "2025 poz. 1214", "2023 poz. 901"):
        assert later not in text


# --- the "inherits" / "replace" extension of the file format ---

def _base() -> dict[str, Any]:
    base: dict[str, Any] = json.loads(SHIPPED.read_text(encoding="utf-8"))["sets"][0]
    assert "inherits" not in base
    return base


def _write(tmp_path: Path, *sets: dict[str, Any]) -> Path:
    path = tmp_path / "decision_texts.json"
    path.write_text(json.dumps({"sets": list(sets)}), encoding="utf-8")
    load_decision_text_sets.cache_clear()
    return path


def test_an_inheriting_set_replaces_text_and_overrides_fields(tmp_path: Path) -> None:
    base = _base()
    path = _write(tmp_path, {**base, "valid_from": "2030-01-01", "source": "nowy"}, {
        "valid_from": "2029-01-01", "inherits": "2030-01-01", "source": "stary",
        "replace": {UPS_2025: "Dz.U. 2029 poz. 1"}, "ruling_heading": "postanawiam:",
    })
    old = decision_texts(dt.date(2029, 6, 1), path)
    assert old.source == "stary" and old.ruling_heading == "postanawiam:"
    basis = old.kind(BenefitForm.PERIODIC, DecisionKind.GRANT).legal_basis_text()
    assert "(Dz.U. 2029 poz. 1)" in basis and UPS_2025 not in basis
    new = decision_texts(dt.date(2030, 1, 1), path)
    assert UPS_2025 in new.kind(BenefitForm.PERIODIC, DecisionKind.GRANT).legal_basis_text()
    assert new.ruling_heading == base["ruling_heading"]


@pytest.mark.parametrize(
    ("child", "message"),
    [
        ({"inherits": "2031-01-01"}, "no set from 2031-01-01"),
        ({"inherits": "2030-01-01", "replace": {"Dz.U. 1999 poz. 1": "x"}}, "does not occur"),
        ({"inherits": "2030-01-01", "replace": {"": "x"}}, "non-empty strings"),
        ({"inherits": "2030-01-01", "replace": ["a", "b"]}, "non-empty strings"),
        ({"inherits": "2030-01-01", "valid_from": "2030-01-01"}, "second set"),
    ],
)
def test_broken_inheritance_is_rejected_on_load(
    tmp_path: Path, child: dict[str, Any], message: str
) -> None:
    base = {**_base(), "valid_from": "2030-01-01"}
    path = _write(tmp_path, base, {"valid_from": "2029-01-01", "source": "s", **child})
    with pytest.raises(DecisionTextsError, match=message):
        load_decision_text_sets(path)


def test_inheritance_is_one_level_deep(tmp_path: Path) -> None:
    base = {**_base(), "valid_from": "2030-01-01"}
    path = _write(
        tmp_path, base,
        {"valid_from": "2029-01-01", "inherits": "2030-01-01", "source": "s"},
        {"valid_from": "2028-01-01", "inherits": "2029-01-01", "source": "s"},
    )
    with pytest.raises(DecisionTextsError, match="written out in full"):
        load_decision_text_sets(path)


def test_an_inheriting_set_needs_its_own_source(tmp_path: Path) -> None:
    base = {**_base(), "valid_from": "2030-01-01"}
    path = _write(tmp_path, base, {"valid_from": "2029-01-01", "inherits": "2030-01-01"})
    with pytest.raises(DecisionTextsError, match="source"):
        load_decision_text_sets(path)


def test_a_bad_placeholder_brought_in_by_a_replacement_is_caught(tmp_path: Path) -> None:
    base = {**_base(), "valid_from": "2030-01-01"}
    path = _write(tmp_path, base, {
        "valid_from": "2029-01-01", "inherits": "2030-01-01", "source": "s",
        "replace": {"{mayor}": "{mayor_typo}"},
    })
    with pytest.raises(DecisionTextsError, match="mayor_typo"):
        load_decision_text_sets(path)


def test_every_dated_set_prints_an_old_signed_decision_with_only_the_facts_it_holds() -> None:
    """An older signed decision has no dative, grounds or interview kept: each dated set
    prints it with the neutral ruling and without the interview sentence."""
    for texts in load_decision_text_sets(SHIPPED):
        doc = dataclasses.replace(_decision_2019(), issued_on=texts.valid_from)
        text = _pdf_text(render_decision(doc))
        assert "Przyznać Stronie – Zofia Żółkiewska – zasiłek stały" in text, texts.valid_from
        assert "wywiadu środowiskowego" not in text and "ustalono:" not in text
        assert "upoważnienie nr 0050.3.2019" in text
        held = _pdf_text(render_decision(dataclasses.replace(
            doc, recipient="Pani Zofii Żółkiewskiej", interview_on=texts.valid_from,
            grounds=("ubóstwo (art. 7 pkt 1)",))))
        assert "Przyznać Pani Zofii Żółkiewskiej zasiłek stały" in held
        assert "ustalono: ubóstwo (art. 7 pkt 1)." in held
        assert "rodzinnego wywiadu środowiskowego, zgodnie z art. 106 ust. 4" in held
