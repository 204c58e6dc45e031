"""A postanowienie with every element of KPA art. 124 § 1: the organ (letterhead and "z
upoważnienia" signature), the date, the party, the legal basis, the ruling, the reasoning
(art. 124 § 2: where a zażalenie lies), the instruction whether and how a zażalenie lies, and
the signature with the name and position of the authorised employee. Its wording is the
kind's in resources/law/acts.json; letterhead, addressee and signature are a decision's."""

from __future__ import annotations

from reportlab.platypus import Flowable

from ops_desktop.documents.data import DecisionDocument
from ops_desktop.documents.decision import (
    BLANK,
    _party_description,
    _tidy,
    date_long,
    letter_head,
    signed_and_distributed,
)
from ops_desktop.documents.paragraphs import FastParagraph, SharedParagraph
from ops_desktop.documents.styles import styles, text
from ops_desktop.documents.texts import decision_texts
from ops_desktop.domain.act_kinds import ActKind, act_book

CLOSING = "Mając powyższe na uwadze, postanowiono jak w sentencji."


def corrected_act(doc: DecisionDocument) -> str:
    """"decyzji nr OPS.8310.4.2026 z dnia 3 grudnia 2026 r." – the act a rectification names
    (the locative after "w"), as the store holds it."""
    if doc.changes is None:
        return BLANK
    word = "postanowieniu" if doc.corrected_is_order else "decyzji"
    return (f"{word} nr {doc.changes.case_sign} z dnia "
            f"{date_long(doc.changes.issued_on)}")


def _values(doc: DecisionDocument, kind: ActKind) -> dict[str, str]:
    assert kind.paper is not None
    texts = decision_texts(doc.issued_on)
    return {
        "legal_basis": " w związku z ".join(kind.paper.legal_basis),
        "application_date": date_long(doc.application_received_on),
        "party": doc.party.full_name,
        "party_description": _party_description(doc.party),
        "form_genitive": texts.form(doc.form).name_genitive,
        "detail": doc.detail.strip().rstrip(".") or BLANK,
        "corrected_act": corrected_act(doc),
    }


def order_story(doc: DecisionDocument) -> list[Flowable]:
    st = styles()
    book = act_book(doc.issued_on)
    kind = book.kind(doc.kind.value)
    paper = kind.paper
    assert paper is not None
    texts = decision_texts(doc.issued_on)
    values = _values(doc, kind)
    story: list[Flowable] = [
        *letter_head(doc.case_sign, doc.office.place, doc.issued_on, doc.party, st),
        SharedParagraph("POSTANOWIENIE", st.title),
        FastParagraph(text(paper.subject), st.subtitle),
        FastParagraph(text(_tidy(paper.introduction.format(**values))), st.body),
        SharedParagraph("postanawiam:", st.heading),
        FastParagraph(text(_tidy(paper.ruling.format(**values).rstrip(".") + ".")), st.body),
    ]
    facts = [line.strip() for line in doc.reasoning.splitlines() if line.strip()]
    # Art. 124 § 2: reasoned where a zażalenie lies; otherwise only what the worker wrote.
    if kind.appealable or facts:
        story.append(SharedParagraph("UZASADNIENIE", st.heading))
        story.extend(FastParagraph(text(p), st.indented) for p in facts)
        story.extend(SharedParagraph(text(p), st.indented) for p in (*paper.reasoning, CLOSING))
    story.append(SharedParagraph("POUCZENIE", st.heading))
    notice_values = {
        "appeal_body": texts.genitive_of(doc.office.appeal_body),
        "office": texts.genitive_of(doc.office.name),
        "appeal_days": str(kind.appeal_days),
    }
    story.extend(SharedParagraph(text(n.format(**notice_values)), st.small)
                 for n in book.notice(kind))
    story.append(signed_and_distributed(doc.office, doc.signatory, doc.distribution, texts, st))
    return story
