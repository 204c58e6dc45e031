"""The paper of a decision granting care (art. 50 u.p.s.), complete per KPA art. 107 § 1:
the organ, date, party, legal basis, the ruling – kind of care, period, hours a week or a
month, place, scope, provider, hourly cost and fee % – the reasoning with the income as a
share of the criterion and the table the % comes from, the instruction on appeal and the
signature. Letterhead, addressee, appeal and signature are those of every decision
(documents/decision.py); the wording is dated data (resources/law/care_decisions.json)."""

from __future__ import annotations

from decimal import Decimal

from reportlab.platypus import Flowable

from ops_desktop.documents.data import CareTermsOnPaper, DecisionDocument
from ops_desktop.documents.decision import (
    _party_description,
    _tidy,
    letter_head,
    neutral_recipient,
    persons,
    signed_and_distributed,
)
from ops_desktop.documents.paragraphs import FastParagraph, SharedParagraph
from ops_desktop.documents.styles import styles, text
from ops_desktop.documents.texts import decision_texts
from ops_desktop.documents.values import date_long, money
from ops_desktop.domain.act_kinds import act_book
from ops_desktop.domain.care_decisions import CareKindTexts, care_texts


def number(value: Decimal) -> str:
    """"10", "12,5", "1,5": hours and percentages as Polish paper writes them."""
    plain = format(value.normalize(), "f")
    return plain.replace(".", ",")


def _values(doc: DecisionDocument, care: CareTermsOnPaper) -> dict[str, str]:
    single = doc.household_size <= 1
    return {
        "legal_basis": care.legal_basis,
        "application_date": date_long(doc.application_received_on),
        "kind_name": care.kind_name,
        "party_description": _party_description(doc.party),
        "recipient": doc.recipient or neutral_recipient(doc.party.full_name),
        "period_from": date_long(doc.period_from),
        "period_to": date_long(doc.period_to),
        "hours": number(care.hours),
        "hours_unit": "godzin miesięcznie" if care.per_month else "godzin tygodniowo",
        "place": care.place,
        "scope": care.scope,
        "provider": care.provider,
        "hourly_cost": money(care.hourly_cost),
        "fee_percent": number(care.fee_percent),
        "fee_per_hour": money(care.fee_per_hour),
        "income": money(care.income),
        "per_person": money(doc.income_per_person),
        "persons": persons(doc.household_size),
        "share": number(care.income_share),
        "criterion": money(doc.criterion),
        "fee_source": care.fee_source,
        "single": "1" if single else "",
    }


def care_ruling(doc: DecisionDocument, t: CareKindTexts) -> list[str]:
    assert doc.care is not None
    values = _values(doc, doc.care)
    return [_tidy(point.format(**values)) for point in t.ruling]


def care_facts(doc: DecisionDocument, t: CareKindTexts) -> list[str]:
    """The worker's facts, the income against the criterion and where the fee % comes from."""
    care = doc.care
    assert care is not None
    values = _values(doc, care)
    paragraphs = [line.strip() for line in doc.reasoning.splitlines() if line.strip()]
    figures = t.figures_single if doc.household_size <= 1 else t.figures_family
    paragraphs.append(_tidy(figures.format(**values)))
    paragraphs.append(_tidy(t.fee_source.format(**values)))
    if care.fee_unconfirmed:
        paragraphs.append(t.fee_unconfirmed)
    return paragraphs


def care_story(doc: DecisionDocument) -> list[Flowable]:
    """The flowables of one decision granting care."""
    assert doc.care is not None
    st = styles()
    texts = decision_texts(doc.issued_on)  # the appeal and signature every decision has
    t = care_texts(doc.issued_on)
    values = _values(doc, doc.care)
    story: list[Flowable] = [
        *letter_head(doc.case_sign, doc.office.place, doc.issued_on, doc.party, st),
        SharedParagraph("DECYZJA", st.title),
        FastParagraph(f"nr {text(doc.case_sign)}", st.subtitle),
        FastParagraph(text(t.introduction.format(**values)), st.body),
        SharedParagraph(text(texts.ruling_heading), st.heading),
    ]
    for i, point in enumerate(care_ruling(doc, t), start=1):
        story.append(FastParagraph(text(point), st.numbered, bulletText=f"{i}."))
    story.append(SharedParagraph("UZASADNIENIE", st.heading))
    story.extend(FastParagraph(text(p), st.indented) for p in care_facts(doc, t))
    story.extend(SharedParagraph(text(p), st.indented) for p in t.legal_reasoning)
    story.append(SharedParagraph("POUCZENIE", st.heading))
    appeal_values = {
        "appeal_body": texts.genitive_of(doc.office.appeal_body),
        "office": texts.genitive_of(doc.office.name),
        "mayor": doc.office.mayor_genitive,
        "appeal_days": act_book(doc.issued_on).kind(doc.kind.value).appeal_days,
    }
    story.extend(SharedParagraph(text(n.format(**appeal_values)), st.small)
                 for n in texts.appeal)
    story.append(signed_and_distributed(doc.office, doc.signatory, doc.distribution, texts, st))
    return story
