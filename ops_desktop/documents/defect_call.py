"""The call to remedy formal defects of an application (wezwanie, KPA art. 64 § 2): the
defects the worker listed, the 7 days from delivery and the warning that without a remedy
the application is left unexamined. Its wording is data (resources/law/acts.json)."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from reportlab.lib.units import mm
from reportlab.platypus import Flowable, KeepTogether, Paragraph, Spacer

from ops_desktop.documents.data import OfficeOnPaper, PartyOnPaper
from ops_desktop.documents.decision import (
    _party_description,
    _two_columns,
    date_long,
    letter_head,
)
from ops_desktop.documents.pages import Section, build_pdf
from ops_desktop.documents.paragraphs import FastParagraph
from ops_desktop.documents.styles import styles, text
from ops_desktop.documents.texts import decision_texts
from ops_desktop.domain.act_kinds import act_book
from ops_desktop.domain.vocabulary import BenefitForm


@dataclass(frozen=True)
class DefectCallDocument:
    office: OfficeOnPaper
    case_sign: str
    party: PartyOnPaper
    form: BenefitForm
    received_on: dt.date
    defects: tuple[str, ...]
    called_on: dt.date
    signatory: str  # "name\nposition" of whoever signs the call


def call_story(doc: DefectCallDocument) -> list[Flowable]:
    st = styles()
    call = act_book(doc.called_on).formal_defects
    form_genitive = decision_texts(doc.called_on).form(doc.form).name_genitive
    body = call.body.format(party_description=_party_description(doc.party),
                            application_date=date_long(doc.received_on),
                            form_genitive=form_genitive, days=call.days)
    name, _, position = doc.signatory.partition("\n")
    signature = [f"<b>{text(name)}</b>", text(position)] if name else ["." * 60]
    return [
        *letter_head(doc.case_sign, doc.office.place, doc.called_on, doc.party, st),
        FastParagraph(text(call.title), st.title),
        FastParagraph(text(call.subject), st.subtitle),
        FastParagraph(text(body), st.body),
        *(FastParagraph(text(d), st.numbered, bulletText=f"{i}.")
          for i, d in enumerate(doc.defects, start=1)),
        Spacer(1, 4 * mm),
        FastParagraph(text(call.warning), st.small),
        KeepTogether([
            Spacer(1, 10 * mm),
            _two_columns(Spacer(1, 1), Paragraph("<br/>".join(signature), st.centred)),
        ]),
    ]


def render_defect_call(doc: DefectCallDocument) -> bytes:
    section = Section(office=doc.office, reference=f"Znak sprawy: {doc.case_sign}")
    return build_pdf([(section, call_story(doc))], title=f"Wezwanie {doc.case_sign}")
