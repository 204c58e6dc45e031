"""The decisions of the services team on DPS placements, their fees and shelters, each with
every element of KPA art. 107 § 1: the organ (letterhead and "z upoważnienia" signature),
the date, the party, the legal basis, the ruling with the figures the program holds, the
reasoning, the instruction on appeal with its days, and the signature with name, position
and authorisation. The letterhead, addressee, appeal instruction and signature are every
decision's (documents/decision.py); the legal bases and the ruling words are dated data in
resources/law/placements.json (services/placements.py and shelters.py fill them)."""

from __future__ import annotations

import datetime as dt
import re

from reportlab.platypus import Flowable

from ops_desktop.documents.decision import (
    DRAFT_WATERMARK,
    _party_description,
    _tidy,
    letter_head,
    signed_and_distributed,
)
from ops_desktop.documents.letters_data import PlacementDocument
from ops_desktop.documents.pages import Section, build_pdf
from ops_desktop.documents.paragraphs import FastParagraph, SharedParagraph
from ops_desktop.documents.styles import styles, text
from ops_desktop.documents.texts import decision_texts

# The act in the benefit decisions' legal bases: "… o pomocy społecznej (Dz.U. 2025 poz. 1214)".
_WELFARE_ACT = re.compile(r"o pomocy społecznej \((Dz\.U\. [^)]+)\)")
# Where a legal basis in placements.json / meals.json cites the act's consolidated text.
ACT = "{act}"


def welfare_act_text(on: dt.date) -> str:
    """The consolidated text of the ustawa o pomocy społecznej that the benefit decisions
    issued on `on` cite (resources/law/decision_texts.json), so every decision the office
    issues that day cites the same one: "Dz.U. 2025 poz. 1214"."""
    texts = decision_texts(on)
    for form in texts.forms.values():
        for kind in (form.grant, form.refusal):
            for basis in kind.legal_basis:
                found = _WELFARE_ACT.search(basis)
                if found:
                    return found.group(1)
    raise ValueError(f"no consolidated text of the act cited on {on}")


def placement_story(doc: PlacementDocument) -> list[Flowable]:
    st = styles()
    texts = decision_texts(doc.decided_on)
    legal_basis = doc.legal_basis.replace(ACT, welfare_act_text(doc.decided_on))
    # The party as the benefit decisions describe it: "Strony: Jan Kowalski, zam. …, PESEL …"
    # (the name never declined).
    introduction = (f"Na podstawie {legal_basis}, po rozpatrzeniu sprawy Strony: "
                    f"{_party_description(doc.party)},")
    story: list[Flowable] = [
        *letter_head(doc.case_sign, doc.office.place, doc.decided_on, doc.party, st),
        SharedParagraph("DECYZJA", st.title),
        FastParagraph(f"nr {text(doc.number)}", st.subtitle),
        SharedParagraph(text(doc.subject), st.subtitle),
        FastParagraph(text(_tidy(introduction)), st.body),
        SharedParagraph(text(texts.ruling_heading), st.heading),
    ]
    story += [FastParagraph(text(_tidy(p)), st.numbered, bulletText=f"{n}.")
              for n, p in enumerate(doc.ruling, start=1)]
    story.append(SharedParagraph("UZASADNIENIE", st.heading))
    story += [FastParagraph(text(_tidy(p)), st.indented)
              for block in doc.reasoning for p in block.splitlines() if p.strip()]
    story.append(SharedParagraph("POUCZENIE", st.heading))
    appeal_values = {
        "appeal_body": texts.genitive_of(doc.office.appeal_body),
        "office": texts.genitive_of(doc.office.name),
        "mayor": doc.office.mayor_genitive,
        "appeal_days": doc.appeal_days,
    }
    story += [SharedParagraph(text(n.format(**appeal_values)), st.small) for n in texts.appeal]
    story.append(signed_and_distributed(doc.office, doc.signatory, doc.distribution, texts, st))
    return story


def render_placement_decision(doc: PlacementDocument) -> bytes:
    section = Section(office=doc.office, reference=f"Decyzja nr {doc.number}",
                      watermark="" if doc.signatory else DRAFT_WATERMARK)
    return build_pdf([(section, placement_story(doc))], title=f"Decyzja {doc.number}")
