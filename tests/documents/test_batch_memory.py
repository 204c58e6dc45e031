"""A batch of decisions is laid out one decision at a time: numbering, progress, cancel, memory."""

from __future__ import annotations

import io
import re
import uuid
from collections.abc import Iterator
from typing import Any

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st
from pypdf import PdfReader
from reportlab.pdfgen.textobject import PDFTextObject
from reportlab.platypus import Paragraph

from ops_desktop.documents import decision as decision_module
from ops_desktop.documents import pages as pages_module
from ops_desktop.documents.data import DecisionDocument
from ops_desktop.documents.decision import render_decision, render_decisions
from ops_desktop.documents.pages import SectionCanvas
from ops_desktop.documents.paragraphs import FastParagraph, SharedParagraph
from ops_desktop.documents.styles import TEXT_WIDTH, styles
from ops_desktop.documents.styles import text as text_markup
from ops_desktop.domain.errors import NotFound, PermissionDenied
from ops_desktop.services.context import Actor
from ops_desktop.services.hub import Services
from tests.documents.test_decision import periodic_family, permanent_grant, refusal

SENTENCE = "Strona wskazała na trudną sytuację zdrowotną i mieszkaniową. "


def with_reasoning(case_sign: str, characters: int, **changes: Any) -> DecisionDocument:
    reasoning = (SENTENCE * (characters // len(SENTENCE) + 1))[:characters].strip()
    return permanent_grant(case_sign=case_sign, reasoning=reasoning, **changes)


def page_texts(pdf: bytes) -> list[str]:
    reader = PdfReader(io.BytesIO(pdf))
    return [re.sub(r"\s+", " ", p.extract_text().replace("\u00a0", " ")) for p in reader.pages]


def contents(page: Any) -> bytes:
    """The page's drawing operators, decompressed."""
    stream = page.get_contents()
    assert stream is not None
    data: bytes = stream.get_data()
    return data


def page_count(pdf: bytes) -> int:
    return len(PdfReader(io.BytesIO(pdf)).pages)


def three_of_different_length() -> list[DecisionDocument]:
    return [
        with_reasoning("OPS.8310.501.2026", 5000),
        refusal(),
        with_reasoning("OPS.8310.503.2026", 2500, signatory=None),
    ]


def test_page_numbers_restart_for_each_decision_of_a_batch() -> None:
    docs = three_of_different_length()
    counts = [page_count(render_decision(d)) for d in docs]
    assert len(set(counts)) == 3, counts  # the point: each decision has its own n
    pdf = render_decisions(docs)
    assert pdf is not None
    pages = page_texts(pdf)
    assert len(pages) == sum(counts)
    start = 0
    for doc, count in zip(docs, counts, strict=True):
        for k in range(count):
            page = pages[start + k]
            numbers = re.findall(r"Strona (\d+) z (\d+)", page)
            assert numbers == [(str(k + 1), str(count))], (doc.case_sign, k, numbers)
            # the first page has the letterhead, the others repeat the decision's case sign
            assert f"Znak sprawy: {doc.case_sign}" in page
            assert ("PROJEKT" in page) == (doc.signatory is None)
        start += count


def test_progress_arrives_once_per_decision_in_order() -> None:
    docs = [permanent_grant(), refusal(), periodic_family(), with_reasoning("X.4", 4000),
            refusal()]
    calls: list[tuple[int, int]] = []
    assert render_decisions(docs, progress=lambda i, n: calls.append((i, n))) is not None
    assert calls == [(1, 5), (2, 5), (3, 5), (4, 5), (5, 5)]


def test_cancel_in_the_middle_returns_none_and_stops_reading() -> None:
    read: list[str] = []

    def docs() -> Iterator[DecisionDocument]:
        for doc in three_of_different_length() + [periodic_family()]:
            read.append(doc.case_sign)
            yield doc

    calls: list[tuple[int, int]] = []
    result = render_decisions(
        docs(), total=4, progress=lambda i, n: calls.append((i, n)),
        is_cancelled=lambda: len(calls) >= 2,
    )
    assert result is None
    assert calls == [(1, 4), (2, 4)]
    assert len(read) == 2  # the third and fourth decisions were never fetched


def test_decisions_are_read_and_built_just_before_their_layout(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    events: list[str] = []
    real_story = decision_module.decision_story

    def story(doc: DecisionDocument) -> list[Any]:
        events.append(f"story {doc.case_sign}")
        return real_story(doc)

    monkeypatch.setattr(decision_module, "decision_story", story)
    docs = three_of_different_length()
    pdf = render_decisions(
        iter(docs), total=3, progress=lambda i, n: events.append(f"laid out {i}")
    )
    assert pdf is not None
    signs = [d.case_sign for d in docs]
    assert events == [
        f"story {signs[0]}", "laid out 1",
        f"story {signs[1]}", "laid out 2",
        f"story {signs[2]}", "laid out 3",
    ]


def test_the_canvas_holds_back_one_decision_at_a_time(monkeypatch: pytest.MonkeyPatch) -> None:
    held: list[frozenset[int]] = []
    emitted: list[int] = []
    real_show = SectionCanvas.showPage

    def show(self: SectionCanvas) -> None:
        real_show(self)
        held.append(self.held_sections)
        emitted.append(len(self._doc.Pages.pages))

    monkeypatch.setattr(SectionCanvas, "showPage", show)
    docs = three_of_different_length()
    counts = [page_count(render_decision(d)) for d in docs]
    held.clear()
    emitted.clear()
    assert render_decisions(docs) is not None
    assert all(len(sections) == 1 for sections in held), held
    # Sections come one after another, and once the next one starts the previous one's pages
    # have gone to the PDF: nothing piles up until the end.
    assert [next(iter(s)) for s in held] == [i for i, n in enumerate(counts) for _ in range(n)]
    first_of_third = counts[0] + counts[1]
    assert emitted[first_of_third] == counts[0] + counts[1]


def test_an_empty_generator_is_an_error() -> None:
    with pytest.raises(ValueError):
        render_decisions(iter(()), total=0)


# --- standard wording laid out once ---

LEGAL = ("Zgodnie z art. 8 ust. 1 ustawy o pomocy społecznej prawo do świadczeń pieniężnych "
         "z pomocy społecznej przysługuje osobom i rodzinom, których dochód nie przekracza "
         "kryterium dochodowego. ") * 6


@pytest.mark.parametrize("style_name", ["body", "indented", "small", "heading", "numbered"])
def test_a_shared_paragraph_lays_out_like_a_plain_one(style_name: str) -> None:
    style = getattr(styles(), style_name)
    bullet = "1." if style_name == "numbered" else None
    for _ in range(2):  # the second time from what the first one remembered
        shared = SharedParagraph(LEGAL, style, bulletText=bullet)
        plain = Paragraph(LEGAL, style, bulletText=bullet)
        assert shared.wrap(TEXT_WIDTH, 800) == plain.wrap(TEXT_WIDTH, 800)
        assert shared.blPara.lines == plain.blPara.lines
        parts = split_lines(shared)
        assert parts == split_lines(plain)
        assert len(parts) == 2


def split_lines(paragraph: Paragraph) -> list[Any]:
    """The lines of the two parts a paragraph splits into at a page end."""
    parts = paragraph.split(TEXT_WIDTH, 60)
    first_lines = parts[0].blPara.lines  # as split made them, before any new wrap
    result = [first_lines]
    for part in parts[1:]:
        part.wrap(TEXT_WIDTH, 800)
        result.append(part.blPara.lines)
    return result


def test_standard_wording_is_broken_into_lines_once(monkeypatch: pytest.MonkeyPatch) -> None:
    calls: list[str] = []
    real = Paragraph.breakLines

    def counting(self: Paragraph, width: Any) -> Any:
        calls.append(self.text)
        return real(self, width)

    monkeypatch.setattr(Paragraph, "breakLines", counting)
    text = LEGAL + " (jednorazowy tekst testu)"
    for _ in range(3):
        SharedParagraph(text, styles().body).wrap(TEXT_WIDTH, 800)
    assert len(calls) == 1
    for _ in range(2):
        Paragraph(text, styles().body).wrap(TEXT_WIDTH, 800)
    assert len(calls) == 3  # a plain paragraph is never shared


def test_marked_up_text_is_not_shared() -> None:
    first = SharedParagraph("<b>Otrzymują:</b> Strona<br/>a/a", styles().small_left)
    second = SharedParagraph("<b>Otrzymują:</b> Strona<br/>a/a", styles().small_left)
    assert first.frags is not second.frags


# --- through the service ---

def test_service_reads_decisions_a_few_at_a_time_as_they_are_laid_out(
    services: Services, coordinator: Actor, monkeypatch: pytest.MonkeyPatch
) -> None:
    read: list[list[uuid.UUID]] = []

    def fake_read(actor: Actor, ids: list[uuid.UUID], office: Any) -> list[DecisionDocument]:
        read.append(list(ids))
        return [permanent_grant(case_sign=f"OPS.8310.{i}.2026") for i in range(len(ids))]

    monkeypatch.setattr(services.decisions, "_read_documents", fake_read)
    ids = [uuid.uuid4() for _ in range(50)]
    calls: list[tuple[int, int, int]] = []
    result = services.decisions.render_batch(
        coordinator, ids, progress=lambda i, n: calls.append((i, n, len(read))),
        is_cancelled=lambda: len(calls) >= 2,
    )
    assert result is None
    assert calls == [(1, 50, 1), (2, 50, 1)]
    assert len(read) == 1 and read[0] == ids[:len(read[0])] and len(read[0]) < 50


def test_service_batch_checks_permission_before_reading(
    services: Services, desk: Actor, coordinator: Actor
) -> None:
    with pytest.raises(PermissionDenied):
        services.decisions.render_batch(desk, [uuid.uuid4()])
    with pytest.raises(NotFound):
        services.decisions.render_batch(coordinator, [uuid.uuid4()])


def test_remembered_lines_write_exactly_what_reportlab_writes(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    docs = three_of_different_length() + [periodic_family(), refusal(), permanent_grant()]
    remembered = render_decisions(docs)
    monkeypatch.setattr(pages_module._TextObject, "_formatText", PDFTextObject._formatText)
    written_anew = render_decisions(docs)
    assert remembered is not None and written_anew is not None
    ours = PdfReader(io.BytesIO(remembered)).pages
    theirs = PdfReader(io.BytesIO(written_anew)).pages
    assert len(ours) == len(theirs) > 6
    for page, (mine, reference) in enumerate(zip(ours, theirs, strict=True)):
        assert contents(mine) == contents(reference), page


def test_shared_wording_prints_exactly_what_fresh_paragraphs_print(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    # Long reasoning pushes the standard paragraphs across page ends at different lines.
    docs = [with_reasoning(f"OPS.8310.{600 + n}.2026", n * 700, signatory=None if n % 3 else
                           permanent_grant().signatory) for n in range(7)] + [refusal()]
    shared = render_decisions(docs)
    monkeypatch.setattr(SharedParagraph, "_setup", Paragraph._setup)
    monkeypatch.setattr(SharedParagraph, "breakLines", Paragraph.breakLines)
    fresh = render_decisions(docs)
    assert shared is not None and fresh is not None
    ours = PdfReader(io.BytesIO(shared)).pages
    theirs = PdfReader(io.BytesIO(fresh)).pages
    assert len(ours) == len(theirs) > len(docs)
    for page, (mine, reference) in enumerate(zip(ours, theirs, strict=True)):
        assert contents(mine) == contents(reference), page


@settings(max_examples=200, deadline=None)
@given(
    value=st.text(st.characters(codec="utf-8", categories=("L", "N", "P", "S", "Zs", "Cc")),
                  max_size=120),
    style_name=st.sampled_from(["body", "indented", "heading", "numbered", "small_left"]),
)
def test_text_without_markup_makes_the_runs_the_parser_makes(value: str, style_name: str) -> None:
    style = getattr(styles(), style_name)
    markup = text_markup(value)
    fast = FastParagraph(markup, style, bulletText="1.")
    parsed = Paragraph(markup, style, bulletText="1.")
    assert fast.text == parsed.text and fast.style is parsed.style
    assert fast.bulletText == parsed.bulletText
    assert [vars(f) for f in fast.frags] == [vars(f) for f in parsed.frags]
    assert fast.wrap(TEXT_WIDTH, 800) == parsed.wrap(TEXT_WIDTH, 800)
    assert repr(fast.blPara) == repr(parsed.blPara)


def test_runs_do_not_share_their_lists() -> None:
    first = FastParagraph("Strona", styles().body)
    second = FastParagraph("Strona", styles().body)
    assert first.frags[0].link is not second.frags[0].link
    assert first.frags[0].us_lines is not second.frags[0].us_lines
