"""The administrative decision on a cash benefit (KPA art. 107 §1), singly or as a batch PDF."""

from __future__ import annotations

import datetime as dt
import itertools
import re
from collections.abc import Callable, Iterable, Iterator, Sequence, Sized
from functools import lru_cache
from typing import Any

from reportlab.lib.units import mm
from reportlab.platypus import Flowable, KeepTogether, Paragraph, Spacer

from ops_desktop.documents import values
from ops_desktop.documents.data import (
    DecisionDocument,
    OfficeOnPaper,
    PartyOnPaper,
    SignatoryOnPaper,
)
from ops_desktop.documents.pages import Section, build_pdf
from ops_desktop.documents.paragraphs import FastParagraph, SharedParagraph
from ops_desktop.documents.styles import TEXT_WIDTH, Styles, styles, text
from ops_desktop.documents.texts import DecisionTexts, decision_texts
from ops_desktop.domain.act_kinds import act_book
from ops_desktop.domain.payments import month_end
from ops_desktop.domain.vocabulary import (
    ORDER_KINDS,
    POLISH_PAYMENT_METHODS,
    DecisionKind,
    PaymentMethod,
)

DRAFT_WATERMARK = "PROJEKT"
# A value the template needs but the data lacks is printed as a visible gap to fill in,
# never as "None" or silently dropped words.
BLANK = "…………"
_DOUBLE_STOP = re.compile(r"(\d r)\.\.(?!\.)")
# Paper values are always Polish, so a date or an amount prints the same every time; a batch
# repeats the same few dates and criteria a thousand times (babel formats slowly).
date_long = lru_cache(maxsize=4096)(values.date_long)
month_year = lru_cache(maxsize=256)(values.month_year)
money = lru_cache(maxsize=4096)(values.money)


class _CancelledError(Exception):
    """Raised from inside the layout to stop a batch the worker cancelled."""


def render_decision(doc: DecisionDocument) -> bytes:
    """One decision as a PDF; a draft (no signatory) carries a "PROJEKT" watermark."""
    pdf = render_decisions([doc])
    assert pdf is not None  # nothing can cancel it
    return pdf


def render_decisions(
    docs: Iterable[DecisionDocument],
    progress: Callable[[int, int], None] | None = None,
    is_cancelled: Callable[[], bool] | None = None,
    total: int | None = None,
    title: str | None = None,
) -> bytes | None:
    """One combined PDF, each decision on new pages with its own "Strona i z n"; None if cancelled.

    `docs` is read one decision at a time as layout reaches it, so it may be a generator that
    fetches each decision just in time; then `total` must say how many it yields (for progress).
    `progress(i, n)` is called after decision i (1-based) of n has been laid out. `title` is
    the PDF's own (a slice of a batch carries the whole batch's).
    """
    if total is None:
        docs = docs if isinstance(docs, Sized) else list(docs)
        total = len(docs)
    remaining = iter(docs)
    first = next(remaining, None)
    if first is None:
        raise ValueError("no decisions to print")
    count = total

    def cancelled() -> bool:
        return bool(is_cancelled is not None and is_cancelled())

    def parts() -> Iterator[tuple[Section, list[Flowable]]]:
        for doc in itertools.chain((first,), remaining):
            if cancelled():
                raise _CancelledError
            yield _section(doc), decision_story(doc)

    def laid_out(index: int) -> None:
        if progress is not None:
            progress(index + 1, count)
        if index + 1 < count and cancelled():
            raise _CancelledError

    title = title or batch_title(count, first.case_sign)
    try:
        return build_pdf(parts(), title=title, on_section_laid_out=laid_out)
    except _CancelledError:
        return None


def batch_title(count: int, first_sign: str) -> str:
    return f"Decyzja {first_sign}" if count == 1 else f"Decyzje ({count})"


def _section(doc: DecisionDocument) -> Section:
    return Section(
        office=doc.office,
        reference=f"Znak sprawy: {doc.case_sign}",
        watermark="" if doc.signatory else DRAFT_WATERMARK,
    )


def letter_head(case_sign: str, place: str, issued_on: dt.date, party: PartyOnPaper,
                st: Styles) -> list[Flowable]:
    """The case sign, the place and date, and the addressee: how every letter of the office
    to a party begins (a decision, a postanowienie, a call to remedy defects)."""
    return [
        _two_columns(
            FastParagraph(f"Znak sprawy: {text(case_sign)}", st.left),
            FastParagraph(f"{text(place)}, {date_long(issued_on)}", st.right),
        ),
        Spacer(1, 6 * mm),
        _two_columns(Spacer(1, 1), _addressee(party, st)),
        Spacer(1, 8 * mm),
    ]


def _changes(doc: DecisionDocument, st: Styles) -> list[Flowable]:
    if doc.changes is None:
        return []
    basis = act_book(doc.issued_on).kind("change").legal_basis  # acts.json
    return [FastParagraph(
        f"zmieniająca decyzję nr {text(doc.changes.case_sign)} z dnia "
        f"{date_long(doc.changes.issued_on)} ({text(basis)})",
        st.subtitle)]


def decision_story(doc: DecisionDocument) -> list[Flowable]:
    """The flowables of one decision, in the order of a Polish administrative decision."""
    if doc.kind in ORDER_KINDS:
        from ops_desktop.documents.procedural_order import order_story

        return order_story(doc)  # a postanowienie (KPA art. 124)
    if doc.care is not None:
        from ops_desktop.documents.care_decision import care_story

        return care_story(doc)  # a decision granting care (art. 50 u.p.s.)
    st = styles()
    texts = decision_texts(doc.issued_on)
    introduction, ruling_points, facts, legal_reasoning = _wording(doc)
    story: list[Flowable] = [
        *letter_head(doc.case_sign, doc.office.place, doc.issued_on, doc.party, st),
        SharedParagraph("DECYZJA", st.title),
        FastParagraph(f"nr {text(doc.case_sign)}", st.subtitle),
        *_changes(doc, st),
        FastParagraph(introduction(doc, texts), st.body),
        SharedParagraph(text(texts.ruling_heading), st.heading),
    ]
    points = ruling_points(doc, texts)
    if len(points) == 1:
        story.append(FastParagraph(text(points[0]), st.body))
    else:
        for number, point in enumerate(points, start=1):
            story.append(FastParagraph(text(point), st.numbered, bulletText=f"{number}."))

    story.append(SharedParagraph("UZASADNIENIE", st.heading))
    story.extend(FastParagraph(text(p), st.indented) for p in facts(doc, texts))
    # The standard wording is the same in every decision of a kind: laid out once, reused.
    story.extend(SharedParagraph(text(p), st.indented) for p in legal_reasoning(doc, texts))

    story.append(SharedParagraph("POUCZENIE", st.heading))
    office_genitive = texts.genitive_of(doc.office.name)
    appeal_values = {
        "appeal_body": texts.genitive_of(doc.office.appeal_body),
        "office": office_genitive,
        "mayor": doc.office.mayor_genitive,
        # The days to appeal are the kind's, from acts.json (14 for every decision today).
        "appeal_days": act_book(doc.issued_on).kind(doc.kind.value).appeal_days,
    }
    notices = [t.format(**appeal_values) for t in texts.appeal]
    if doc.kind is DecisionKind.GRANT:
        notices.extend(texts.grant_notices)
    story.extend(SharedParagraph(text(n), st.small) for n in notices)

    story.append(signed_and_distributed(doc.office, doc.signatory, doc.distribution, texts, st))
    return story


def _wording(doc: DecisionDocument) -> tuple[Callable[..., Any], ...]:
    """The parts that differ by kind: a discontinuance rules on no benefit (KPA art. 105)."""
    if doc.kind is DecisionKind.DISCONTINUANCE:
        from ops_desktop.documents import discontinuance as d

        return d.introduction, d.ruling_points, d.facts, d.legal_reasoning
    return _introduction, _ruling_points, _facts, _legal_reasoning


def _part_months(doc: DecisionDocument, texts: DecisionTexts) -> str:
    """Art. 106 ust. 3 u.p.s.: ", za grudzień 2026 r. w kwocie 561,29 zł (za 29 dni)," – the
    grosze stored when the draft was saved, the days counted from the period's dates."""
    parts = []
    if doc.first_month_amount is not None and doc.period_from is not None:
        last = month_end(doc.period_from)
        if doc.period_to is not None:
            last = min(last, doc.period_to)
        parts.append((doc.period_from, (last - doc.period_from).days + 1, doc.first_month_amount))
    if doc.last_month_amount is not None and doc.period_to is not None:
        parts.append((doc.period_to, doc.period_to.day, doc.last_month_amount))
    phrases = [texts.part_month.format(month=month_year(day), amount=money(amount),
                                       days="1 dzień" if days == 1 else f"{days} dni")
               for day, days, amount in parts]
    return "".join(f", {p}" for p in phrases) + ("," if phrases else "")


def _introduction(doc: DecisionDocument, texts: DecisionTexts) -> str:
    form = texts.form(doc.form)
    return text(texts.introduction.format(
        legal_basis=texts.kind(doc.form, doc.kind).legal_basis_text(),
        application_date=date_long(doc.application_received_on),
        party=doc.party.full_name,
        party_description=_party_description(doc.party),
        form=form.name,
        form_genitive=form.name_genitive,
    ))


def _party_description(party: PartyOnPaper) -> str:
    """"Jan Kowalski, zam. ul. Polna 5, 66-530 Przykładowo, PESEL …" – no gender guessed."""
    parts = [party.full_name]
    if party.address_lines:
        parts.append("zam. " + ", ".join(party.address_lines))
    if party.pesel:
        parts.append(f"PESEL {party.pesel}")
    return ", ".join(parts)


def _ruling_points(doc: DecisionDocument, texts: DecisionTexts) -> list[str]:
    dates = {
        "period_from": date_long(doc.period_from) or BLANK,
        "period_to": date_long(doc.period_to) or BLANK,
    }
    if doc.period_to is None and doc.period_from is not None:
        period = texts.period_indefinite.format(**dates)
    else:
        period = texts.period_fixed.format(**dates)
    values: dict[str, Any] = {
        **dates,
        "party": doc.party.full_name,
        "recipient": doc.recipient or neutral_recipient(doc.party.full_name),
        "amount": money(doc.amount) or BLANK,
        "period": period,
        "purpose": doc.purpose.strip() or BLANK,
        "payment_method": _payment_text(doc.payment_method, doc.bank_account),
        "form": texts.form(doc.form).name,
        "part_months": _part_months(doc, texts),
    }
    return [_tidy(point.format(**values)) for point in texts.kind(doc.form, doc.kind).ruling]


def neutral_recipient(full_name: str) -> str:
    """The party named without declining the name: "Przyznać Stronie – Jan Kowalski – …"."""
    return f"Stronie – {full_name} –"


def persons(count: int) -> str:
    """"2 osoby", "5 osób", "22 osoby": the accusative after "liczy"."""
    if count == 1:
        return "1 osobę"
    few = count % 10 in (2, 3, 4) and count % 100 not in (12, 13, 14)
    return f"{count} {'osoby' if few else 'osób'}"


def _tidy(sentence: str) -> str:
    """A long date ends in "r." already; a template's full stop after it would print "r.."."""
    return _DOUBLE_STOP.sub(r"\1.", sentence)


def _payment_text(method: PaymentMethod, account: str | None) -> str:
    words = POLISH_PAYMENT_METHODS[method]
    if method is PaymentMethod.BANK_TRANSFER:
        return f"{words} nr {group_account(account) if account else BLANK}"
    return words


def group_account(account: str) -> str:
    """Print an account number the way Polish banks do: "61 1090 1014 …" or "PL61 1090 …"."""
    compact = "".join(account.split()).upper()
    if len(compact) == 26 and compact.isdigit():
        # NRB: two check digits, then six groups of four.
        head, rest = compact[:2], compact[2:]
        return " ".join([head, *(rest[i:i + 4] for i in range(0, len(rest), 4))])
    return " ".join(compact[i:i + 4] for i in range(0, len(compact), 4))


def _facts(doc: DecisionDocument, texts: DecisionTexts) -> list[str]:
    """The worker's facts and the figures: the factual reasoning (KPA art. 107 §3)."""
    paragraphs = [line.strip() for line in doc.reasoning.splitlines() if line.strip()]
    figures = texts.figures_single if doc.household_size <= 1 else texts.figures_family
    sentence = figures.format(
        household_size=doc.household_size,
        persons=persons(doc.household_size),
        income=money(doc.income_per_person),
        criterion=money(doc.criterion),
    )
    if doc.law_period_source:
        sentence += " " + texts.criterion_source.format(source=doc.law_period_source)
    paragraphs.append(_tidy(sentence))
    # Only what the application records: the grounds named there, the interview on its date.
    named = list(doc.grounds)
    if doc.grounds_withheld:
        named.append(texts.grounds_withheld)
    if named:
        paragraphs.append(texts.grounds.format(grounds=", ".join(named)))
    if doc.interview_on is not None:
        paragraphs.append(_tidy(texts.interview.format(interview_date=date_long(doc.interview_on))))
    if doc.interview_refused:
        paragraphs.append(_tidy(doc.interview_refused))
    return paragraphs


def _legal_reasoning(doc: DecisionDocument, texts: DecisionTexts) -> list[str]:
    """The standard legal part of the reasoning, after the facts."""
    paragraphs = list(texts.income_rule)
    paragraphs.extend(texts.kind(doc.form, doc.kind).legal_reasoning)
    paragraphs.extend(texts.closing)
    return paragraphs


def _addressee(party: PartyOnPaper, st: Styles) -> Paragraph:
    address = party.delivery_lines or party.address_lines
    lines = [f"<b>{text(party.full_name)}</b>", *(text(line) for line in address)]
    return Paragraph("<br/>".join(lines), st.left)


def _signature(doc: DecisionDocument, texts: DecisionTexts, st: Styles) -> Flowable:
    return signature_block(doc.office, doc.signatory, texts, st)


def signature_block(office: OfficeOnPaper, signatory: SignatoryOnPaper | None,
                    texts: DecisionTexts, st: Styles) -> Flowable:
    """"z upoważnienia Burmistrza …", the name, position and authorisation of the signatory;
    an empty line to sign on while a draft. Every decision of the office ends with it."""
    on_behalf = text(texts.signature.format(mayor=office.mayor_genitive))
    if signatory is None:
        # A draft: the block stays empty so nobody mistakes it for a signed decision.
        lines = [on_behalf, "<br/>", "." * 60, "<font size=8>(podpis osoby upoważnionej)</font>"]
    else:
        name = f"<b>{text(signatory.full_name)}</b>"
        lines = [on_behalf, "<br/>", name, text(signatory.position)]
        if signatory.authorisation_number:
            lines.append(f"<font size=9>{text(authorisation(signatory.authorisation_number))}</font>")
    return Paragraph("<br/>".join(lines), st.centred)


def signed_and_distributed(office: OfficeOnPaper, signatory: SignatoryOnPaper | None,
                           distribution: Sequence[str], texts: DecisionTexts,
                           st: Styles) -> Flowable:
    """How every administrative act of the office ends, kept on one page: the signature block
    on the right, then "Otrzymują:" and the numbered list of who receives a copy."""
    return KeepTogether([
        Spacer(1, 10 * mm),
        _two_columns(Spacer(1, 1), signature_block(office, signatory, texts, st)),
        Spacer(1, 8 * mm),
        SharedParagraph("<b>Otrzymują:</b>", st.small_left),
        *(SharedParagraph(f"{i}. {text(item)}", st.small_left)
          for i, item in enumerate(distribution, start=1)),
    ])


def authorisation(number: str) -> str:
    """"upoważnienie nr 50/2025" for a bare number; a field that already names the act
    ("Zarządzenie nr 50/2025 Burmistrza …") is not given a second "nr", nor one typed as
    "Upoważnienie nr 7/2026" a second "upoważnienie"."""
    number = number.strip()
    word = "upoważnienie"
    if number.lower().startswith(word):
        return word + number[len(word):]
    if number[:1].isdigit():
        return f"upoważnienie nr {number}"
    if number.lower().startswith(("nr ", "nr. ", "nr.")):
        return f"upoważnienie {number}"
    return f"upoważnienie: {number}"


def _two_columns(left: Flowable, right: Flowable) -> Flowable:
    return _Columns((left, right), (TEXT_WIDTH * 0.45, TEXT_WIDTH * 0.55))


class _Columns(Flowable):
    """Flowables side by side in columns of fixed width, aligned at the top.

    Lays out what a one-row Table without padding would, without the Table's general machinery
    (cell styles, repeated measuring of every cell), which took a sixth of a decision's time.
    Like such a row it is never split across pages.
    """

    def __init__(self, cells: Sequence[Flowable], widths: Sequence[float]) -> None:
        super().__init__()
        self._cells = tuple(cells)
        self._widths = tuple(widths)
        self._heights: tuple[float, ...] = ()

    def wrap(self, availWidth: float, availHeight: float) -> tuple[float, float]:  # noqa: N803
        if not self._heights:  # the columns' widths are fixed, so is the result
            self._heights = tuple(
                cell.wrapOn(self.canv, width, availHeight)[1]
                for cell, width in zip(self._cells, self._widths, strict=True)
            )
            self.width = sum(self._widths)
            self.height = max(self._heights)
        return self.width, self.height

    def draw(self) -> None:
        x = 0.0
        for cell, width, height in zip(self._cells, self._widths, self._heights, strict=True):
            cell.drawOn(self.canv, x, self.height - height)
            x += width
