"""The art. 15 copy: every category of data in Polish on paper, and the same data as JSON."""

from __future__ import annotations

import dataclasses
import datetime as dt
import io
import json
import re
import uuid
from decimal import Decimal

from pypdf import PdfReader

from ops_desktop.documents.data import OfficeOnPaper
from ops_desktop.documents.subject_data import (
    SCHEMA_VERSION,
    SubjectAccess,
    SubjectApplication,
    SubjectCase,
    SubjectDecision,
    SubjectExport,
    SubjectIncome,
    SubjectIntake,
    SubjectMember,
    SubjectNote,
    SubjectPerson,
    SubjectReferral,
    SubjectRetention,
    subject_export_json,
)
from ops_desktop.documents.subject_export import render_subject_export

OFFICE = OfficeOnPaper(
    name="Miejsko-Gminny Ośrodek Pomocy Społecznej w Przykładowie",
    address_lines=("ul. Rynek 1", "66-530 Przykładowo"),
    place="Przykładowo",
    mayor_genitive="Burmistrza Miasta i Gminy Przykładowo",
    appeal_body="Samorządowe Kolegium Odwoławcze w Gorzowie Wielkopolskim",
    phone="95 761 23 45",
)
TZ = dt.timezone(dt.timedelta(hours=1))
PERSON = SubjectPerson("Zofia", "Żółkiewska", "02270803624", None, None, dt.date(2002, 7, 8),
                       "F", ("ul. Źródlana 7/3", "66-530 Przykładowo"), "600 100 200")


def export(**changes: object) -> SubjectExport:
    doc = SubjectExport(
        office=OFFICE,
        generated_at=dt.datetime(2026, 11, 30, 14, 5, tzinfo=TZ),
        prepared_by="Barbara Kierownik",
        person_id=uuid.UUID(int=7),
        person=PERSON,
        household=(SubjectMember("Zofia Żółkiewska", "applicant", True, "wnioskodawczyni"),
                   SubjectMember("Adam Żółkiewski", "child", False, "syn")),
        cases=(SubjectCase("OPS.8310.12.2026", "benefits", "Zespół ds. świadczeń",
                           dt.date(2026, 3, 2), None),
               SubjectCase("OPS.8301.3.2025", "social_work", "Zespół ds. pracy socjalnej",
                           dt.date(2025, 1, 9), dt.date(2025, 12, 1))),
        intakes=(SubjectIntake(dt.datetime(2026, 3, 1, 9, 30, tzinfo=TZ), "phone", "sąsiadka",
                               "Brak opału & leków <pilne>", ("1", "6"), "", True, "referred",
                               ""),),
        referrals=(SubjectReferral("SK/4/2026", dt.datetime(2026, 3, 1, 9, 40, tzinfo=TZ),
                                   "first_contact", "Pierwszy kontakt", "benefits",
                                   "Zespół ds. świadczeń", "Wniosek o zasiłek celowy.",
                                   "accepted", dt.datetime(2026, 3, 2, 8, 0, tzinfo=TZ), ""),),
        applications=(SubjectApplication("OPS.8310.12.2026", dt.date(2026, 3, 2), "purpose",
                                         "decided", "zakup opału", False, None, None),),
        incomes=(SubjectIncome("OPS.8310.12.2026", dt.date(2026, 3, 2), "zasiłek rodzinny",
                               Decimal("215.84")),),
        decisions=(SubjectDecision("OPS.8310.12.2026", "grant", "purpose", "signed",
                                   dt.date(2026, 3, 10), Decimal("1229.00"), None, None,
                                   "cash", None, "zakup opału", "Brak środków na opał.",
                                   "Katarzyna Wiśniewska"),),
        social_work_notes=(SubjectNote("OPS.8301.3.2025", "home_visit", dt.date(2025, 2, 3),
                                       "Wizyta w mieszkaniu:\nzimno, brak opału."),),
        accesses=(SubjectAccess(dt.datetime(2026, 3, 1, 9, 31, tzinfo=TZ), "Anna Nowicka",
                                "insert", "persons"),
                  SubjectAccess(dt.datetime(2026, 3, 5, 11, 0, tzinfo=TZ), "Piotr Zieliński",
                                "view", "person")),
        retention=(SubjectRetention("case_file.benefits", "akta spraw – Zespół ds. świadczeń",
                                    "B10", 10),),
    )
    return dataclasses.replace(doc, **changes)  # type: ignore[arg-type]


def text_of(pdf: bytes) -> str:
    pages = PdfReader(io.BytesIO(pdf)).pages
    return re.sub(r"\s+", " ", " ".join(p.extract_text() for p in pages).replace("\u00a0", " "))


def test_every_category_is_on_paper_in_polish() -> None:
    text = text_of(render_subject_export(export()))
    for expected in (
        "Miejsko-Gminny Ośrodek Pomocy Społecznej w Przykładowie",
        "Informacja o przetwarzanych danych osobowych", "art. 15 RODO",
        "Przykładowo, 30.11.2026 r.", "Zofia Żółkiewska", "02270803624", "08.07.2002",
        "kobieta", "ul. Źródlana 7/3, 66-530 Przykładowo", "600 100 200",
        "Adam Żółkiewski – syn", "Zofia Żółkiewska – wnioskodawczyni", "OPS.8310.12.2026", "Zespół ds. pracy socjalnej",
        "01.12.2025", "w toku", "01.03.2026 09:30", "telefonicznie (pilne)", "sąsiadka",
        "Brak opału & leków <pilne>", "pkt 1 – ubóstwo", "przekazano do zespołu",
        "SK/4/2026", "Pierwszy kontakt → Zespół ds. świadczeń", "przyjęte",
        "zasiłek celowy", "rozpatrzony", "zasiłek rodzinny", "215,84 zł",
        "przyznanie świadczenia", "1 229,00 zł", "w kasie Ośrodka", "Katarzyna Wiśniewska",
        "wizyta w miejscu zamieszkania", "zimno, brak opału.", "Anna Nowicka",
        "wprowadzenie danych – dane osobowe", "wgląd w akta – akta osoby",
        "akta spraw – Zespół ds. świadczeń: kategoria B10, 10 lat",
        "Sporządził(a): Barbara Kierownik", "Strona 1 z",
    ):
        assert expected in text, expected


def test_empty_categories_say_none_rather_than_vanish() -> None:
    text = text_of(render_subject_export(export(
        intakes=(), referrals=(), applications=(), incomes=(), decisions=(),
        social_work_notes=(), accesses=(), cases=(),
        person=dataclasses.replace(PERSON, pesel=None, phone=""))))
    for heading in ("3. Sprawy prowadzone w Ośrodku", "4. Zgłoszenia", "8. Decyzje",
                    "9. Notatki z pracy socjalnej", "15. Kto i kiedy korzystał z danych"):
        assert re.search(re.escape(heading) + r"( [^.]*\.)* brak ", text), heading
    assert "PESEL brak" in text


def test_long_narratives_run_over_pages() -> None:
    long = " ".join(["Długi opis sytuacji rodziny."] * 400)
    pdf = render_subject_export(export(social_work_notes=(
        SubjectNote("OPS.8301.3.2025", "note", dt.date(2025, 2, 3), long),)))
    reader = PdfReader(io.BytesIO(pdf))
    assert len(reader.pages) >= 3
    assert text_of(pdf).count("Długi") == 400  # nothing lost at the page breaks


def test_json_keeps_codes_and_exact_values() -> None:
    data = json.loads(subject_export_json(export()).decode("utf-8"))
    assert (data["schema"], data["schema_version"]) == ("ops-desktop/subject-export", SCHEMA_VERSION)
    assert data["generated_at"] == "2026-11-30T14:05:00+01:00"
    assert data["person_id"] == str(uuid.UUID(int=7))
    assert data["person"]["birth_date"] == "2002-07-08"
    assert data["incomes"][0]["amount"] == "215.84"
    assert data["intakes"][0]["grounds"] == ["1", "6"]
    assert data["household"][1] == {"full_name": "Adam Żółkiewski", "relation": "child",
                                    "is_subject": False, "relation_name": "syn"}
    assert data["office"]["name"] == OFFICE.name
    assert subject_export_json(export()) == subject_export_json(export())  # stable
