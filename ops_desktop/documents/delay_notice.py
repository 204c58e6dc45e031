"""Zawiadomienie o niezałatwieniu sprawy w terminie (KPA art. 36 § 1): the reason of the delay,
the new date and the instruction on the right to lodge a ponaglenie (art. 37). Its wording is
dated data (resources/law/kpa_deadlines.json, `notice`); an unconfirmed wording prints marked
"do potwierdzenia". Every fact on it is the notice's record, the application's and the office's
settings. Always Polish.
"""

from __future__ import annotations

from reportlab.lib.units import mm
from reportlab.platypus import Flowable, Paragraph, Spacer

from ops_desktop.documents.letters_data import DelayNoticeDocument
from ops_desktop.documents.pages import Section, build_pdf
from ops_desktop.documents.styles import styles, text
from ops_desktop.documents.texts import decision_texts
from ops_desktop.documents.values import date_long, date_short
from ops_desktop.domain.vocabulary import BenefitForm


def _values(doc: DelayNoticeDocument) -> dict[str, str]:
    form = decision_texts(doc.application_received_on).form(BenefitForm(doc.form))
    return {
        "legal_basis": doc.wording.legal_basis,
        "application_date": date_long(doc.application_received_on),
        "form_genitive": form.name_genitive,
        "previous_deadline": date_long(doc.previous_deadline),
        "new_deadline": date_long(doc.new_deadline),
        "reason": doc.reason,
        "appeal_body": doc.office.appeal_body or "samorządowe kolegium odwoławcze",
        "office_name": doc.office.name,
    }


def notice_story(doc: DelayNoticeDocument) -> list[Flowable]:
    st = styles()
    w, values = doc.wording, _values(doc)
    place = f"{text(doc.office.place)}, " if doc.office.place else ""
    story: list[Flowable] = [
        Paragraph(f"{place}{date_short(doc.notified_on)} r.", st.right),
        Paragraph(text(f"Znak sprawy: {doc.case_sign}"), st.label),
        Spacer(1, 6 * mm),
        Paragraph(f"<b>{text(doc.party_name)}</b>", st.left),
        *(Paragraph(text(line), st.left) for line in doc.party_address),
        Spacer(1, 8 * mm),
        Paragraph(text(w.title.upper()), st.heading),
        Paragraph(text(w.introduction.format(**values)), st.body),
        Paragraph(text(w.reason.format(**values)), st.body),
        Paragraph(f"<b>{text(w.new_deadline.format(**values))}</b>", st.body),
        Spacer(1, 4 * mm),
        Paragraph(f"<b>{text(w.instruction_title)}</b>", st.left),
        *(Paragraph(text(line.format(**values)), st.small) for line in w.instruction),
        Spacer(1, 14 * mm),
        Paragraph("…………………………………………", st.right),
        Paragraph(text(f"{doc.worker_name}, {doc.worker_position}".strip(", ")), st.right),
        Spacer(1, 8 * mm),
        Paragraph("Otrzymują: 1. strona, 2. a/a.", st.small_left),
    ]
    if not w.confirmed:
        story.append(Paragraph(text(f"Treść pisma do potwierdzenia: {w.cite}"), st.label))
    return story


def render_delay_notice(doc: DelayNoticeDocument) -> bytes:
    section = Section(office=doc.office, reference=f"Znak sprawy: {doc.case_sign}")
    return build_pdf([(section, notice_story(doc))], title=doc.wording.title)
