"""Kwestionariusz rodzinnego wywiadu środowiskowego on paper (Dz.U. 2021 poz. 893, annex 1):
the part held in the program (I, or IV for an update) with every segment of the
questionnaire – compulsory ones marked, unanswered ones said so – and each field with what
the worker wrote; then the date and place, and signature lines for the person and the worker.
Always Polish; every fact is the interview's. Titles the office has not checked against the
annex print with "(do potwierdzenia)", as they are in the data.
"""

from __future__ import annotations

from reportlab.lib.units import mm
from reportlab.platypus import Flowable, Paragraph, Spacer, Table, TableStyle

from ops_desktop.documents.pages import Section, build_pdf
from ops_desktop.documents.social_work_data import InterviewOnPaper
from ops_desktop.documents.styles import GREY, TEXT_WIDTH, styles, text
from ops_desktop.documents.values import date_short

UNANSWERED = "— (bez odpowiedzi)"


def _para(value: str, style: object) -> Paragraph:
    return Paragraph(text(value).replace("\n", "<br/>"), style)


def _segment(doc: InterviewOnPaper, index: int) -> list[Flowable]:
    st = styles()
    segment = doc.part.segments[index]
    given = doc.answers.get(segment.code, {})
    mark = " (segment obowiązkowy)" if segment.compulsory else ""
    story: list[Flowable] = [_para(f"Segment {segment.code}. {segment.title}{mark}", st.heading)]
    rows = [[_para(f.label, st.label), _para(given.get(f.code, "") or UNANSWERED, st.small_left)]
            for f in segment.fields]
    table = Table(rows, colWidths=[60 * mm, TEXT_WIDTH - 60 * mm], splitInRow=1)
    table.setStyle(TableStyle([("VALIGN", (0, 0), (-1, -1), "TOP"),
                               ("GRID", (0, 0), (-1, -1), 0.4, GREY)]))
    return [*story, table]


def interview_story(doc: InterviewOnPaper) -> list[Flowable]:
    st = styles()
    urgency = "pilny (2 dni robocze)" if doc.urgent else "zwykły (14 dni roboczych)"
    story: list[Flowable] = [
        _para(f"Znak sprawy: {doc.case_sign}", st.label),
        _para(doc.title, st.title),
        _para(doc.part.title, st.subtitle),
        _para(f"Osoba: {doc.person_name}", st.left),
        _para(f"Data powzięcia wiadomości o potrzebie wywiadu: {date_short(doc.learned_on)} r.; "
              f"tryb: {urgency}; termin: {date_short(doc.due_on)} r.", st.left),
    ]
    if doc.updates_conducted_on is not None:
        story.append(_para("Aktualizacja wywiadu przeprowadzonego dnia "
                           f"{date_short(doc.updates_conducted_on)} r.", st.left))
    for i in range(len(doc.part.segments)):
        story += _segment(doc, i)
    conducted = (f"{date_short(doc.conducted_on)} r." if doc.conducted_on else "…………………")
    story += [
        Spacer(1, 4 * mm),
        _para(f"Wywiad przeprowadzono dnia {conducted} w miejscu: {doc.place or '…………………'}.",
              st.body),
        _para(f"Pracownik socjalny: {doc.worker_name}", st.body),
        Spacer(1, 10 * mm),
        Table([[_para("…………………………………………", st.centred), _para("…………………………………………", st.centred)],
               [_para("podpis osoby, z którą przeprowadzono wywiad", st.centred),
                _para("podpis pracownika socjalnego", st.centred)]],
              colWidths=[TEXT_WIDTH / 2, TEXT_WIDTH / 2]),
        Spacer(1, 4 * mm),
        _para(f"Podstawa: {doc.source}", st.small),
    ]
    return story


def render_interview(doc: InterviewOnPaper) -> bytes:
    section = Section(office=doc.office, reference=f"Znak sprawy: {doc.case_sign}",
                      watermark="PROJEKT" if doc.draft else "")
    return build_pdf([(section, interview_story(doc))], title=doc.title)
