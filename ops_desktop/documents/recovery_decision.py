"""The decision on the return of undue benefits (art. 104 ust. 3 u.p.s.) with every element
of KPA art. 107 § 1: the organ (letterhead and "z upoważnienia" signature), the date, the
party, the legal basis (acts.json, kind "recovery"), the ruling – the amount, the deadline,
the instalments, a deferral, a deduction – the reasoning, the instruction on appeal with its
days (acts.json) and the signature with name, position and authorisation. The letterhead,
addressee, appeal instruction and signature are every decision's (documents/decision.py);
the words of the ruling and reasoning are dated data in resources/law/recovery_texts.json."""

from __future__ import annotations

import datetime as dt
import json
from dataclasses import dataclass
from decimal import Decimal
from functools import lru_cache
from pathlib import Path

from reportlab.platypus import Flowable

from ops_desktop.config import resource_path
from ops_desktop.documents.data import OfficeOnPaper, PartyOnPaper, SignatoryOnPaper
from ops_desktop.documents.decision import (
    DRAFT_WATERMARK,
    _party_description,
    _tidy,
    date_long,
    letter_head,
    money,
    signed_and_distributed,
)
from ops_desktop.documents.pages import Section, build_pdf
from ops_desktop.documents.paragraphs import FastParagraph, SharedParagraph
from ops_desktop.documents.styles import styles, text
from ops_desktop.documents.texts import decision_texts
from ops_desktop.domain.act_kinds import act_book
from ops_desktop.domain.undue_benefits import Instalment

KIND = "recovery"


@dataclass(frozen=True)
class RecoveryText:
    valid_from: dt.date
    subject: str
    introduction: str
    amount: str
    single: str
    instalments: str
    deferred: str
    deduct: str
    payment: str
    reasoning: tuple[str, ...]


@dataclass(frozen=True)
class RecoveryDocument:
    office: OfficeOnPaper
    number: str  # "NP/1/2026": the recovery decision's own number
    decided_on: dt.date
    party: PartyOnPaper
    change_sign: str  # the signed decision changing or revoking the grant
    change_issued_on: dt.date | None
    amount_grosze: int
    repay_by: dt.date
    instalments: tuple[Instalment, ...]
    deferred_to: dt.date | None
    deduct: bool
    reasoning: str  # the worker's facts
    signatory: SignatoryOnPaper | None  # None while a draft: printed as "PROJEKT"
    distribution: tuple[str, ...] = ("Strona", "a/a")


@lru_cache(maxsize=4)
def _sets(path: Path) -> tuple[RecoveryText, ...]:
    raw = json.loads(path.read_text(encoding="utf-8"))
    found = []
    for s in raw["sets"]:
        found.append(RecoveryText(
            valid_from=dt.date.fromisoformat(s["valid_from"]), subject=s["subject"],
            introduction=s["introduction"], amount=s["amount"], single=s["single"],
            instalments=s["instalments"], deferred=s["deferred"], deduct=s["deduct"],
            payment=s["payment"], reasoning=tuple(s["reasoning"])))
    return tuple(sorted(found, key=lambda t: t.valid_from))


def recovery_text(on: dt.date) -> RecoveryText:
    """The wording in force on the day of the decision."""
    in_force = [t for t in _sets(resource_path("law", "recovery_texts.json")) if t.valid_from <= on]
    if not in_force:
        raise ValueError(f"no recovery decision texts in force on {on.isoformat()}")
    return in_force[-1]


def zloty(grosze: int) -> str:
    return money(Decimal(grosze) / 100)


def ruling_points(doc: RecoveryDocument) -> list[str]:
    t = recovery_text(doc.decided_on)
    texts = decision_texts(doc.decided_on)
    amount = zloty(doc.amount_grosze)
    points = [t.amount.format(party=doc.party.full_name, amount=amount)]
    if doc.instalments:
        plan = "; ".join(f"rata {i.number} – {zloty(i.amount_grosze)} do dnia "
                         f"{date_long(i.due_on)}" for i in doc.instalments)
        points.append(t.instalments.format(count=len(doc.instalments), plan=plan))
    else:
        points.append(t.single.format(amount=amount, repay_by=date_long(doc.repay_by)))
    if doc.deferred_to is not None:
        points.append(t.deferred.format(deferred_to=date_long(doc.deferred_to)))
    if doc.deduct:
        points.append(t.deduct)
    points.append(t.payment.format(office=texts.genitive_of(doc.office.name)))
    return [_tidy(p) for p in points]


def recovery_story(doc: RecoveryDocument) -> list[Flowable]:
    st = styles()
    book = act_book(doc.decided_on)
    kind = book.kind(KIND)
    texts = decision_texts(doc.decided_on)
    t = recovery_text(doc.decided_on)
    introduction = t.introduction.format(
        legal_basis=kind.legal_basis, party_description=_party_description(doc.party),
        change_sign=doc.change_sign or "…………",
        change_date=date_long(doc.change_issued_on) or "…………")
    story: list[Flowable] = [
        *letter_head(doc.number, doc.office.place, doc.decided_on, doc.party, st),
        SharedParagraph("DECYZJA", st.title),
        FastParagraph(f"nr {text(doc.number)}", st.subtitle),
        SharedParagraph(text(t.subject), st.subtitle),
        FastParagraph(text(_tidy(introduction)), st.body),
        SharedParagraph(text(texts.ruling_heading), st.heading),
    ]
    story += [FastParagraph(text(p), st.numbered, bulletText=f"{n}.")
              for n, p in enumerate(ruling_points(doc), start=1)]
    story.append(SharedParagraph("UZASADNIENIE", st.heading))
    story += [FastParagraph(text(p), st.indented)
              for p in doc.reasoning.splitlines() if p.strip()]
    story += [SharedParagraph(text(p), st.indented) for p in t.reasoning]
    story.append(SharedParagraph("POUCZENIE", st.heading))
    appeal_values = {
        "appeal_body": texts.genitive_of(doc.office.appeal_body),
        "office": texts.genitive_of(doc.office.name),
        "mayor": doc.office.mayor_genitive,
        "appeal_days": kind.appeal_days,  # acts.json: 14 days for an odwołanie
    }
    story += [SharedParagraph(text(n.format(**appeal_values)), st.small) for n in texts.appeal]
    story.append(signed_and_distributed(doc.office, doc.signatory, doc.distribution, texts, st))
    return story


def render_recovery_decision(doc: RecoveryDocument) -> bytes:
    section = Section(office=doc.office, reference=f"Decyzja nr {doc.number}",
                      watermark="" if doc.signatory else DRAFT_WATERMARK)
    return build_pdf([(section, recovery_story(doc))], title=f"Decyzja {doc.number}")
