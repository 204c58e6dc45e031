"""The report to the voivode of what changed in the office's register of shelter places
(art. 48a ust. 11c u.p.s.): each change with its day, the institution and kind, the field,
the value before and after, and the day by which the voivode was to hear of it."""

from __future__ import annotations

import datetime as dt
from collections.abc import Mapping, Sequence
from typing import Any

from reportlab.lib.units import mm
from reportlab.platypus import Flowable, Paragraph, Spacer, Table, TableStyle

from ops_desktop.documents.data import OfficeOnPaper
from ops_desktop.documents.letters_data import ShelterChangeLine
from ops_desktop.documents.pages import Section, build_pdf
from ops_desktop.documents.styles import GREY, TEXT_WIDTH, styles, text
from ops_desktop.documents.values import date_long, date_short

FIELD_WORDS = {
    "added": "nowa pozycja wykazu",
    "institution": "nazwa placówki",
    "address": "adres",
    "kind": "forma schronienia",
    "places": "liczba miejsc",
    "valid_from": "miejsca od dnia",
    "valid_to": "miejsca do dnia",
}


def report_story(office: OfficeOnPaper, words: Mapping[str, Any], since: dt.date,
                 until: dt.date, lines: Sequence[ShelterChangeLine],
                 made_on: dt.date) -> list[Flowable]:
    st = styles()
    story: list[Flowable] = [
        Paragraph(f"{text(office.place)}, {date_long(made_on)}", st.right),
        Spacer(1, 4 * mm),
        Paragraph(text(office.name), st.left),
        Spacer(1, 6 * mm),
        Paragraph(text(str(words["title"])), st.title),
        Paragraph(f"za okres od {date_short(since)} do {date_short(until)}", st.subtitle),
        Paragraph(text(f"Podstawa: {words['basis']} (zmiany zgłasza się w terminie "
                       f"{words['days']} dni)."), st.small),
        Spacer(1, 4 * mm),
    ]
    if not lines:
        story.append(Paragraph("W okresie nie było zmian w wykazie.", st.left))
        return story
    header = ["Dzień zmiany", "Placówka", "Forma", "Co się zmieniło", "Było", "Jest",
              "Zgłosić do"]
    rows = [[Paragraph(f"<b>{h}</b>", st.small_left) for h in header]]
    cell = st.small_left
    rows += [[Paragraph(date_short(c.changed_on), cell), Paragraph(text(c.institution), cell),
              Paragraph(text(c.kind), cell),
              Paragraph(text(FIELD_WORDS.get(c.field, c.field)), cell),
              Paragraph(text(c.old_value or "—"), cell),
              Paragraph(text(c.new_value), cell), Paragraph(date_short(c.due_on), cell)]
             for c in lines]
    widths = [0.13, 0.19, 0.17, 0.13, 0.13, 0.12, 0.13]
    table = Table(rows, colWidths=[w * TEXT_WIDTH for w in widths], repeatRows=1)
    table.setStyle(TableStyle([
        ("VALIGN", (0, 0), (-1, -1), "TOP"),
        ("LINEBELOW", (0, 0), (-1, -1), 0.4, GREY),
        ("TOPPADDING", (0, 0), (-1, -1), 2),
        ("BOTTOMPADDING", (0, 0), (-1, -1), 3),
    ]))
    story += [table, Spacer(1, 12 * mm),
              Paragraph("......................................................<br/>"
                        "(podpis kierownika ośrodka)", st.right)]
    return story


def render_shelter_report(office: OfficeOnPaper, words: Mapping[str, Any], since: dt.date,
                          until: dt.date, lines: Sequence[ShelterChangeLine],
                          made_on: dt.date) -> bytes:
    section = Section(office=office, reference=str(words["title"]))
    return build_pdf([(section, report_story(office, words, since, until, lines, made_on))],
                     title=str(words["title"]))
