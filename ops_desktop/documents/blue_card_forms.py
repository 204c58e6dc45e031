"""The Niebieska Karta forms on paper (Dz.U. 2023 poz. 1870): A, C and D as the program
recorded them, and B – the information handed to one person experiencing violence.

A, C and D print only what the procedure holds: who filled the form and when, the persons
it names with what the register holds of them, and the confidential note; anything the
program does not hold prints as a dotted line to fill by hand. They say that they are a
record, not the official model. B names only the person it is handed to – never another
party, never a case – and its fixed text is dated data, each passage not yet checked marked
with an asterisk. Always Polish.
"""

from __future__ import annotations

from reportlab.lib.units import mm
from reportlab.platypus import Flowable, Spacer, Table, TableStyle

from ops_desktop.documents.lines import BLANK, or_blank, para
from ops_desktop.documents.pages import Section, build_pdf
from ops_desktop.documents.social_work_data import FormB, PersonsOnForm, RecordedForm
from ops_desktop.documents.styles import GREY, TEXT_WIDTH, styles
from ops_desktop.documents.values import date_short
from ops_desktop.domain.blue_card_forms import FormTitle

CELL_BLANK = "…………"  # a table cell to fill by hand
LONG_BLANK = "…………………………………………………………………………………………………"
SPECIAL = "Dokument zawiera dane szczególnie chronione (art. 9 RODO) – udostępniać wyłącznie " \
          "członkom zespołu interdyscyplinarnego i grupy diagnostyczno-pomocowej."


def _persons(group: PersonsOnForm) -> list[Flowable]:
    st = styles()
    head = ["Lp.", "Imię i nazwisko", "PESEL", "Data urodzenia", "Adres"]
    rows = [[para(h, st.label) for h in head]]
    for i, p in enumerate(group.persons, 1):
        born = date_short(p.birth_date) if p.birth_date else CELL_BLANK
        rows.append([para(f"{i}.", st.small_left), para(p.name, st.small_left),
                     para(or_blank(p.pesel, CELL_BLANK), st.small_left),
                     para(born, st.small_left),
                     para(or_blank(p.address, CELL_BLANK), st.small_left)])
    table = Table(rows, colWidths=[10 * mm, 45 * mm, 27 * mm, 25 * mm, TEXT_WIDTH - 107 * mm],
                  repeatRows=1)
    table.setStyle(TableStyle([("VALIGN", (0, 0), (-1, -1), "TOP"),
                               ("GRID", (0, 0), (-1, -1), 0.4, GREY)]))
    return [para(group.title, st.heading), table]


def _marked(form: FormTitle) -> str:
    return "" if form.confirmed else f" Do potwierdzenia: {form.cite}."


def recorded_story(doc: RecordedForm) -> list[Flowable]:
    st = styles()
    story: list[Flowable] = [
        para(f"Znak sprawy: {doc.case_sign}", st.label),
        para(doc.form.title, st.title),
        para("zapis w programie ośrodka", st.subtitle),
        para(f"Procedurę „Niebieskie Karty” wszczęto dnia {date_short(doc.form_a_on)} r. "
              "(wypełnienie formularza „Niebieska Karta – A”).", st.left),
        para(f"Formularz wypełniono dnia {date_short(doc.filled_on)} r.", st.left),
        para(f"Wypełnił(a): {or_blank(doc.filled_by)}", st.left),
        para(f"Zapisał(a) w programie: {or_blank(doc.recorded_by)}", st.left),
    ]
    for group in doc.groups:
        story += _persons(group)
    story.append(para("Ustalenia (notatka poufna)", st.heading))
    story.append(para(doc.note, st.body) if doc.note.strip()
                 else para("\n".join([LONG_BLANK] * 4), st.left))
    story += [
        Spacer(1, 12 * mm),
        Table([[para("…………………………………………", st.centred)],
               [para("podpis osoby wypełniającej formularz", st.centred)]],
              colWidths=[TEXT_WIDTH / 2], hAlign="RIGHT"),
        Spacer(1, 6 * mm),
        para(f"Wydruk z dnia {date_short(doc.printed_on)} r. zawiera wyłącznie dane zapisane "
              f"w programie; nie zastępuje formularza według wzoru ({doc.form.model}). "
              f"Podstawa: {doc.source}.{_marked(doc.form)}", st.label),
        para(SPECIAL, st.label),
    ]
    return story


def form_b_story(doc: FormB) -> list[Flowable]:
    st = styles()
    story: list[Flowable] = [
        para(doc.form.title, st.title),
        para("Informacja dla osoby doznającej przemocy domowej", st.subtitle),
        para(f"Pani/Pan: {doc.victim_name}", st.left),
        Spacer(1, 4 * mm),
    ]
    for passage in doc.passages:
        story.append(para(passage.text + ("" if passage.confirmed else " *"), st.body))
    story += [
        para("Instytucje w gminie udzielające pomocy (wpisuje osoba przekazująca):", st.left),
        para("\n".join([LONG_BLANK] * 3), st.left),
        Spacer(1, 4 * mm),
        para(f"Formularz przekazano dnia {BLANK} r.", st.left),
        Spacer(1, 10 * mm),
        Table([[para("…………………………………………", st.centred)],
               [para(f"{doc.worker_name}, {doc.worker_position}".rstrip(", "), st.centred)]],
              colWidths=[TEXT_WIDTH / 2], hAlign="RIGHT"),
        Spacer(1, 6 * mm),
        para(f"Podstawa: {doc.source}; {doc.form.model}.{_marked(doc.form)}", st.label),
    ]
    unchecked = [p.cite for p in doc.passages if not p.confirmed]
    if unchecked:
        story.append(para("* brzmienie do potwierdzenia: " + "; ".join(unchecked), st.label))
    return story


def render_recorded_form(doc: RecordedForm) -> bytes:
    section = Section(office=doc.office, reference=f"Znak sprawy: {doc.case_sign}")
    return build_pdf([(section, recorded_story(doc))], title=doc.form.title)


def render_form_b(doc: FormB) -> bytes:
    # No case sign on the victim's copy: the case may be the other party's.
    return build_pdf([(Section(office=doc.office), form_b_story(doc))], title=doc.form.title)

