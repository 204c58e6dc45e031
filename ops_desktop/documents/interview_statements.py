"""The statements a person signs at a family interview, on paper: the statement of assets and
the statement after an interview taken by electronic means (Dz.U. 2021 poz. 893).

Only what the program holds is printed – the person's data from the register, the household
from the register, the interview's answers its rubrics name, the day the interview was
conducted and its worker; everything else is a dotted line to fill by hand, so a signed
statement never carries a value nobody gave. The wording is dated data, marked "do
potwierdzenia" until checked. Always Polish.
"""

from __future__ import annotations

from reportlab.lib.units import mm
from reportlab.platypus import Flowable, Spacer, Table, TableStyle

from ops_desktop.documents.lines import BLANK, or_blank, para
from ops_desktop.documents.pages import Section, build_pdf
from ops_desktop.documents.social_work_data import (
    AssetsStatement,
    ElectronicStatement,
    StatementPerson,
)
from ops_desktop.documents.styles import GREY, TEXT_WIDTH, styles
from ops_desktop.documents.values import date_short

CELL = "…………"
LINE = "…………………………………………………………………………………………………"


def _person(person: StatementPerson) -> list[Flowable]:
    st = styles()
    born = date_short(person.birth_date) if person.birth_date else BLANK
    return [para(f"Ja, niżej podpisana/podpisany: {person.name}", st.left),
            para(f"PESEL: {or_blank(person.pesel)}   data urodzenia: {born}", st.left),
            para(f"dokument tożsamości: {or_blank(person.document)}", st.left),
            para(f"adres zamieszkania: {or_blank(person.address)}", st.left)]


def _signature(footer: str) -> list[Flowable]:
    st = styles()
    return [
        Spacer(1, 10 * mm),
        para(f"{BLANK}, dnia {BLANK} r.", st.left),
        para("miejscowość i data", st.label),
        Spacer(1, 8 * mm),
        Table([[para("…………………………………………", st.centred)],
               [para("podpis osoby składającej oświadczenie", st.centred)]],
              colWidths=[TEXT_WIDTH / 2], hAlign="RIGHT"),
        Spacer(1, 6 * mm),
        para(footer, st.label),
    ]


def _footer(source: str, model: str, confirmed: bool, cite: str) -> str:
    return f"Podstawa: {source}; {model}." + ("" if confirmed else f" Do potwierdzenia: {cite}.")


def assets_story(doc: AssetsStatement) -> list[Flowable]:
    st = styles()
    w = doc.wording
    rows = [[para(h, st.label) for h in ("Lp.", "Imię i nazwisko", "Data urodzenia",
                                          "Stopień pokrewieństwa")]]
    for i, m in enumerate(doc.household, 1):
        rows.append([para(f"{i}.", st.small_left), para(m.name, st.small_left),
                     para(date_short(m.birth_date) if m.birth_date else CELL, st.small_left),
                     para(or_blank(m.relation, CELL), st.small_left)])
    members = Table(rows, colWidths=[10 * mm, 70 * mm, 30 * mm, TEXT_WIDTH - 110 * mm])
    members.setStyle(TableStyle([("VALIGN", (0, 0), (-1, -1), "TOP"),
                                 ("GRID", (0, 0), (-1, -1), 0.4, GREY)]))
    story: list[Flowable] = [para(f"Znak sprawy: {doc.case_sign}", st.label),
                             para(w.title, st.title), Spacer(1, 4 * mm), *_person(doc.person),
                             Spacer(1, 3 * mm), para(w.household, st.left), members,
                             para("Oświadczam, że moje gospodarstwo domowe posiada następujące "
                                "zasoby:", st.left)]
    for title, answer in doc.rubrics:
        story.append(para(title, st.heading))
        story.append(para(answer, st.body) if answer else para("\n".join([LINE] * 2), st.left))
    story += [Spacer(1, 3 * mm), para(w.closing, st.body)]
    return story + _signature(_footer(doc.source, w.model, w.confirmed, w.cite))


def electronic_story(doc: ElectronicStatement) -> list[Flowable]:
    st = styles()
    w = doc.wording
    said = w.text.replace("{conducted_on}", f"{date_short(doc.conducted_on)} r." if
                          doc.conducted_on else f"{BLANK} r.").replace(
        "{worker}", or_blank(doc.worker_name))
    story: list[Flowable] = [para(f"Znak sprawy: {doc.case_sign}", st.label),
                             para(w.title, st.title), para(w.subtitle, st.subtitle),
                             *_person(doc.person), Spacer(1, 4 * mm), para(said, st.body)]
    return story + _signature(_footer(doc.source, w.model, w.confirmed, w.cite))


def render_assets_statement(doc: AssetsStatement) -> bytes:
    section = Section(office=doc.office, reference=f"Znak sprawy: {doc.case_sign}")
    return build_pdf([(section, assets_story(doc))], title=doc.wording.title)


def render_electronic_statement(doc: ElectronicStatement) -> bytes:
    section = Section(office=doc.office, reference=f"Znak sprawy: {doc.case_sign}")
    return build_pdf([(section, electronic_story(doc))], title=doc.wording.title)
