"""Kontrakt socjalny on paper, on the layout of the template of 8.11.2010 (Dz.U. 2010 nr 218
poz. 1439): the heading, the date it was made, the parties, part I (the assessment and the
goals), part II (the actions table), the period, the art. 11 ust. 2 notice and the signature
lines; then the monitoring part – reviews and the ending – when there are any. An annex prints
as its own page referring to the contract. Always Polish; every fact comes from the contract.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from reportlab.lib.units import mm
from reportlab.platypus import Flowable, KeepTogether, Paragraph, Spacer, Table, TableStyle

from ops_desktop.documents.data import OfficeOnPaper
from ops_desktop.documents.pages import Section, build_pdf
from ops_desktop.documents.styles import GREY, SERIF_BOLD, TEXT_WIDTH, styles, text
from ops_desktop.documents.values import date_short
from ops_desktop.domain.contracts import Assessment, ContractTexts, EndReason, Party, Variant
from ops_desktop.domain.plans import Action, ActionStatus, Goal, Performer, Review

PERFORMER_WORDS = {
    Performer.PERSON: "osoba/rodzina",
    Performer.FAMILY_MEMBER: "członek rodziny",
    Performer.WORKER: "pracownik socjalny",
    Performer.INSTITUTION: "inna instytucja",
}
STATUS_WORDS = {
    ActionStatus.NOT_STARTED: "nierozpoczęte",
    ActionStatus.IN_PROGRESS: "w toku",
    ActionStatus.DONE: "zrealizowane",
    ActionStatus.NOT_DONE: "niezrealizowane",
}
END_WORDS = {
    EndReason.ACHIEVED: "osiągnięcie celu",
    EndReason.ENDED_EARLY: "zakończenie przed terminem",
    EndReason.BROKEN: "niedotrzymanie postanowień kontraktu przez osobę/rodzinę",
}
ASSESSMENT_A = (("causes", "Przyczyny trudnej sytuacji życiowej"),
                ("strengths", "Mocne strony, możliwości i zasoby"),
                ("limitations", "Ograniczenia i bariery"))
ASSESSMENT_B = (("unemployment_causes", "Przyczyny pozostawania bez pracy"),
                ("qualifications", "Kwalifikacje, wykształcenie i doświadczenie zawodowe"),
                ("earlier_activation",
                 "Dotychczasowe działania aktywizacyjne i przyczyny ich niepowodzenia"))


@dataclass(frozen=True)
class ContractOnPaper:
    office: OfficeOnPaper
    texts: ContractTexts
    case_sign: str
    variant: Variant
    draft: bool
    signed_on: dt.date | None
    parties: tuple[Party, ...]
    worker_name: str
    worker_phone: str
    labour_office_referral: str
    assessment: Assessment
    main_goal: str
    specific_goals: tuple[Goal, ...]
    actions: tuple[Action, ...]
    starts_on: dt.date
    ends_on: dt.date
    clause: str
    reviews: tuple[Review, ...] = ()
    ended_on: dt.date | None = None
    end_reason: EndReason | None = None
    annex_text: str = ""
    annex_of_signed_on: dt.date | None = None  # an annex: the day the contract was made


def _para(value: str, style: object) -> Paragraph:
    return Paragraph(text(value).replace("\n", "<br/>"), style)


def _grid(rows: list[list[Flowable]], widths: list[float]) -> Table:
    table = Table(rows, colWidths=widths, repeatRows=1, splitInRow=1)
    table.setStyle(TableStyle([
        ("VALIGN", (0, 0), (-1, -1), "TOP"),
        ("GRID", (0, 0), (-1, -1), 0.4, GREY),
        ("FONTNAME", (0, 0), (-1, 0), SERIF_BOLD),
    ]))
    return table


def _parties(doc: ContractOnPaper) -> list[Flowable]:
    st = styles()
    rows = [[_para(h, st.label) for h in ("Lp.", "Nazwisko i imię", "PESEL", "Adres zamieszkania")]]
    rows += [[_para(str(i), st.small_left), _para(p.name, st.small_left),
              _para(p.pesel or "—", st.small_left), _para(p.address, st.small_left)]
             for i, p in enumerate(doc.parties, 1)]
    who = "osobą/rodziną" if doc.variant is Variant.A else "osobą"
    story: list[Flowable] = [
        _para(f"zawarty między {who}:", st.left),
        _grid(rows, [10 * mm, 55 * mm, 30 * mm, TEXT_WIDTH - 95 * mm]),
        Spacer(1, 2 * mm),
        _para(f"a pracownikiem socjalnym: {doc.worker_name}, nr telefonu: {doc.worker_phone}",
              st.left),
    ]
    if doc.labour_office_referral:
        story.append(_para(f"Skierowanie z powiatowego urzędu pracy: {doc.labour_office_referral}",
                           st.left))
    return story


def _assessment(doc: ContractOnPaper) -> list[Flowable]:
    st = styles()
    part = "I A" if doc.variant is Variant.A else "I B"
    story: list[Flowable] = [_para(f"Część {part} – ocena sytuacji i cele", st.heading)]
    fields = ASSESSMENT_A + (ASSESSMENT_B if doc.variant is Variant.B else ())
    for name, label in fields:
        story += [_para(label + ":", st.label), _para(getattr(doc.assessment, name), st.body)]
    story += [_para("Cel główny:", st.label), _para(doc.main_goal, st.body),
              _para("Cele szczegółowe:", st.label)]
    story += [_para(f"{i}) {g.text}", st.numbered) for i, g in enumerate(doc.specific_goals, 1)]
    return story


def _actions(doc: ContractOnPaper, part: str) -> list[Flowable]:
    st = styles()
    rows = [[_para(h, st.label) for h in ("Lp.", "Działanie/zadanie", "Kto realizuje",
                                          "Termin", "Sposób oceny/uwagi")]]
    for i, a in enumerate(doc.actions, 1):
        who = PERFORMER_WORDS[a.performer] + (f": {a.performer_name}" if a.performer_name else "")
        rows.append([_para(str(i), st.small_left), _para(a.what, st.small_left),
                     _para(who, st.small_left), _para(date_short(a.due_on), st.small_left),
                     _para(a.assessed_by, st.small_left)])
    return [_para(part, st.heading),
            _grid(rows, [10 * mm, 60 * mm, 35 * mm, 22 * mm, TEXT_WIDTH - 127 * mm])]


def _signatures(doc: ContractOnPaper) -> Flowable:
    st = styles()
    left: list[Flowable] = []
    for p in doc.parties:
        left += [Spacer(1, 8 * mm), _para("." * 50, st.centred),
                 _para(f"podpis: {p.name}", st.label)]
    right = [Spacer(1, 8 * mm), _para("." * 50, st.centred),
             _para(f"podpis pracownika socjalnego: {doc.worker_name}", st.label)]
    table = Table([[left, right]], colWidths=[TEXT_WIDTH / 2, TEXT_WIDTH / 2])
    table.setStyle(TableStyle([("VALIGN", (0, 0), (-1, -1), "TOP")]))
    return KeepTogether([Spacer(1, 4 * mm), table])


def _monitoring(doc: ContractOnPaper) -> list[Flowable]:
    if not doc.reviews and doc.ended_on is None:
        return []
    st = styles()
    story: list[Flowable] = [_para(doc.texts.review_title, st.heading)]
    numbers = {a.id: i for i, a in enumerate(doc.actions, 1)}
    for review in doc.reviews:
        story.append(_para(f"Ocena z dnia {date_short(review.reviewed_on)} r.:", st.label))
        story += [_para(f"działanie nr {numbers.get(aid, '?')}: {STATUS_WORDS[status]}",
                        st.numbered) for aid, status in sorted(
                            review.statuses.items(), key=lambda kv: numbers.get(kv[0], 0))]
        if review.note:
            story.append(_para(review.note, st.body))
    if doc.ended_on is not None and doc.end_reason is not None:
        story.append(_para(f"Kontrakt zakończono dnia {date_short(doc.ended_on)} r. "
                           f"Przyczyna: {END_WORDS[doc.end_reason]}.", st.body))
    return story


def contract_story(doc: ContractOnPaper) -> list[Flowable]:
    st = styles()
    made = f"{date_short(doc.signed_on)} r." if doc.signed_on else "…………………"
    if doc.annex_text:
        story: list[Flowable] = [
            _para(doc.texts.annex_title, st.title),
            _para(f"do kontraktu socjalnego zawartego dnia "
                  f"{date_short(doc.annex_of_signed_on)} r. (sprawa {doc.case_sign})",
                  st.subtitle),
            _para(f"Data zawarcia aneksu: {made}", st.left),
            *_parties(doc),
            _para("Treść aneksu", st.heading), _para(doc.annex_text, st.body),
            *_actions(doc, "Działania po zmianie"),
        ]
    else:
        part = "II A" if doc.variant is Variant.A else "II B"
        story = [
            _para(f"Data zawarcia kontraktu socjalnego: {made}", st.left),
            _para(f"Znak sprawy: {doc.case_sign}", st.label),
            Spacer(1, 3 * mm),
            _para(doc.texts.title, st.title),
            _para(doc.texts.heading, st.subtitle),
            *_parties(doc),
            *_assessment(doc),
            *_actions(doc, f"Część {part} – uzgodnienia (działania)"),
        ]
    story += [
        Spacer(1, 3 * mm),
        _para(f"Kontrakt obowiązuje w okresie od {date_short(doc.starts_on)} r. "
              f"do {date_short(doc.ends_on)} r.", st.body),
        _para(doc.clause, st.body),
        _signatures(doc),
        *_monitoring(doc),
    ]
    return story


def render_contract(doc: ContractOnPaper) -> bytes:
    title = doc.texts.annex_title if doc.annex_text else doc.texts.title
    section = Section(office=doc.office, reference=f"Znak sprawy: {doc.case_sign}",
                      watermark="PROJEKT" if doc.draft else "")
    return build_pdf([(section, contract_story(doc))], title=title)
