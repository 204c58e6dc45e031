"""The letter handing form A of a Niebieska Karta to the chair of the interdisciplinary team
(zespół interdyscyplinarny), due within 5 working days of form A (Dz.U. 2023 poz. 1870).

The regulation sets no template for this covering letter: its wording is the office's and
prints marked "do potwierdzenia" (resources/law/blue_card.json, `letters`). It names no victim
and no person using violence – they are on form A, which goes with it – only the day form A
was filled, by whom, and how many persons it names. Always Polish.
"""

from __future__ import annotations

from reportlab.lib.units import mm
from reportlab.platypus import Flowable, Paragraph, Spacer

from ops_desktop.documents.pages import Section, build_pdf
from ops_desktop.documents.social_work_data import FormALetter
from ops_desktop.documents.styles import styles, text
from ops_desktop.documents.values import date_short

TITLE = "Przekazanie formularza „Niebieska Karta – A”"


def letter_story(doc: FormALetter) -> list[Flowable]:
    st = styles()
    place = f"{text(doc.office.place)}, " if doc.office.place else ""
    story: list[Flowable] = [
        Paragraph(f"{place}{date_short(doc.written_on)} r.", st.right),
        Paragraph(text(f"Znak sprawy: {doc.case_sign}"), st.label),
        Spacer(1, 8 * mm),
        Paragraph("<b>Przewodniczący Zespołu Interdyscyplinarnego</b>", st.left),
        Spacer(1, 8 * mm),
        Paragraph(text(TITLE), st.heading),
        Paragraph(text(
            f"Na podstawie przepisów {doc.source} w sprawie procedury „Niebieskie Karty” "
            f"przekazuję formularz „Niebieska Karta – A” wypełniony dnia "
            f"{date_short(doc.form_a_on)} r. przez: {doc.filled_by}. Liczba osób wskazanych w "
            f"formularzu: doznających przemocy domowej – {doc.victims}, stosujących przemoc "
            f"domową – {doc.using_violence}."), st.body),
        Paragraph(text(
            "Termin przekazania formularza przewodniczącemu zespołu interdyscyplinarnego "
            f"(5 dni roboczych od jego wypełnienia) upływa {date_short(doc.due_on)} r."),
            st.body),
        Spacer(1, 4 * mm),
        Paragraph("Załącznik: formularz „Niebieska Karta – A”.", st.left),
        Spacer(1, 14 * mm),
        Paragraph("…………………………………………", st.right),
        Paragraph(text(f"{doc.worker_name}, {doc.worker_position}".rstrip(", ")), st.right),
        Spacer(1, 10 * mm),
        Paragraph("Dokument zawiera dane szczególnie chronione – przekazać wyłącznie "
                  "adresatowi.", st.small_left),
    ]
    if doc.unconfirmed:
        story.append(Paragraph(text(f"Treść pisma do potwierdzenia: {doc.unconfirmed}"),
                               st.label))
    return story


def render_form_a_letter(doc: FormALetter) -> bytes:
    section = Section(office=doc.office, reference=f"Znak sprawy: {doc.case_sign}")
    return build_pdf([(section, letter_story(doc))], title=TITLE)
