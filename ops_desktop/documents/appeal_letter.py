"""The cover letter forwarding an appeal with the file to the Samorządowe Kolegium Odwoławcze
(KPA art. 133), with the list of the documents sent. Always Polish.

Every fact on it is held by the program: the appeal (who, when lodged, when received), the
appealed decision (its sign, day, form of help, party), the day it reached the party or
that the file does not show it, and the list of documents as the worker saved it.
"""

from __future__ import annotations

from reportlab.lib.units import mm
from reportlab.platypus import Flowable, Paragraph, Spacer

from ops_desktop.documents.letters_data import AppealCoverLetter
from ops_desktop.documents.pages import Section, build_pdf
from ops_desktop.documents.styles import styles, text
from ops_desktop.documents.values import date_short

TITLE = "Przekazanie odwołania"


def _timeliness(doc: AppealCoverLetter) -> str:
    w = doc.words
    if doc.delivered_on is None:
        return (f"Akta nie zawierają daty doręczenia {w.act_genitive} stronie – zachowanie "
                f"terminu do wniesienia {w.remedy_genitive} ({doc.party_days_citation}) "
                "pozostawia się ocenie Kolegium.")
    said = "w terminie" if doc.in_time else "po upływie terminu"
    return (f"{w.act_accusative} doręczono stronie dnia {date_short(doc.delivered_on)} r.; "
            f"{w.remedy} wniesiono {said} określonym w {doc.party_days_citation}")


def _glued(value: str) -> str:
    """A citation never breaks between "§" or "art." and its number."""
    return text(value).replace("§ ", "§\u00a0").replace("art. ", "art.\u00a0")


def letter_story(doc: AppealCoverLetter) -> list[Flowable]:
    st = styles()
    w = doc.words
    subject = f"{doc.act_subject} o przyznanie" if doc.act_subject else "w sprawie"
    place = f"{text(doc.office.place)}, " if doc.office.place else ""
    addressee = [Paragraph(f"<b>{text(doc.office.appeal_body)}</b>", st.left)]
    addressee += [Paragraph(text(line), st.left)
                  for line in doc.office.appeal_body_address.splitlines() if line.strip()]
    story: list[Flowable] = [
        Paragraph(f"{place}{date_short(doc.written_on)} r.", st.right),
        Paragraph(text(f"Znak sprawy: {doc.case_sign}"), st.label),
        Spacer(1, 8 * mm),
        *addressee,
        Spacer(1, 8 * mm),
        Paragraph(text(w.title), st.heading),
        Paragraph(text(
            f"Na podstawie {doc.citation} przekazuję {w.remedy} wniesione dnia "
            f"{date_short(doc.lodged_on)} r. przez: {doc.lodged_by} (data wpływu do Ośrodka: "
            f"{date_short(doc.received_on)} r.) od {w.act_genitive} z dnia "
            f"{date_short(doc.decision_issued_on)} r., znak {doc.case_sign}, {subject} "
            f"{doc.form_genitive} dla: {doc.party_name}, wraz z aktami sprawy."), st.body),
        Paragraph(_glued(_timeliness(doc)), st.body),
        Paragraph(_glued(f"Organ pierwszej instancji nie uwzględnił {w.remedy_genitive} w trybie "
                       f"{doc.self_review_citation}."), st.body),
        Spacer(1, 4 * mm),
        Paragraph("Załączniki:", st.left),
    ]
    story += [Paragraph(text(f"{n}. {item}"), st.left)
              for n, item in enumerate(doc.documents, start=1)]
    story += [
        Spacer(1, 14 * mm),
        Paragraph("…………………………………………", st.right),
        Paragraph(text(doc.signatory_name), st.right),
    ]
    return story


def render_appeal_letter(doc: AppealCoverLetter) -> bytes:
    section = Section(office=doc.office, reference=f"Znak sprawy: {doc.case_sign}")
    return build_pdf([(section, letter_story(doc))], title=doc.words.title)
