"""A batch laid out by several processes is the batch laid out by one: the same pages with the
same text in the same order; Cancel stops it; a helper's failure comes out as an error."""

from __future__ import annotations

import io
import os
from concurrent.futures.process import BrokenProcessPool
from typing import Any

import pytest
from pypdf import PdfReader

from ops_desktop.documents import batch
from ops_desktop.documents.data import DecisionDocument
from ops_desktop.documents.decision import render_decisions
from ops_desktop.documents.pdf_join import join_pdfs
from tests.documents.test_batch_memory import page_texts, with_reasoning
from tests.documents.test_decision import refusal


@pytest.fixture
def small_slices(monkeypatch: pytest.MonkeyPatch) -> None:
    # Slices of two decisions, helpers from the third slice on: a short stack shows it all.
    monkeypatch.setattr(batch, "SLICE", 2)
    monkeypatch.setattr(batch, "ALONE_UP_TO_SLICES", 1)


def stack(count: int) -> list[DecisionDocument]:
    docs = []
    for i in range(count):
        sign = f"OPS.8310.{600 + i}.2026"
        draft = {"signatory": None} if i % 5 == 4 else {}  # a PROJEKT watermark now and then
        docs.append(with_reasoning(sign, 600 + 700 * (i % 4), **draft))
    docs[3] = refusal()
    return docs


def test_slices_laid_out_by_helpers_make_the_same_pages_in_order(small_slices: None) -> None:
    docs = stack(11)
    alone = render_decisions(docs)
    assert alone is not None
    seen: list[tuple[int, int]] = []
    together = batch.render_in_parallel(iter(docs), len(docs), progress=lambda d, n: seen.append((d, n)),
                                        helpers=1)
    assert together is not None
    assert page_texts(together) == page_texts(alone)
    reader = PdfReader(io.BytesIO(together), strict=True)
    assert reader.metadata is not None and reader.metadata.title == "Decyzje (11)"
    # Progress reached the whole stack, never went past it, and never went back.
    assert max(seen) == (11, 11) and all(n == 11 for _d, n in seen)
    assert [d for d, _n in seen] == sorted(d for d, _n in seen)


def test_cancel_stops_the_batch(small_slices: None) -> None:
    docs = stack(12)
    asked: list[int] = []

    def cancelled() -> bool:
        asked.append(1)
        return len(asked) > 3

    assert batch.render_in_parallel(iter(docs), len(docs), is_cancelled=cancelled,
                                    helpers=1) is None


class _Fails:
    """Stands for a decision whose layout fails inside a helper."""

    def __reduce__(self) -> tuple[Any, ...]:
        return (ValueError, ("layout failed in a helper",))


class _Dies:
    """Stands for a helper process that dies (out of memory, killed) while laying out."""

    def __reduce__(self) -> tuple[Any, ...]:
        return (os._exit, (3,))


@pytest.mark.parametrize(("bad", "error"), [(_Fails(), AttributeError), (_Dies(), BrokenProcessPool)])
def test_a_helpers_failure_comes_out_as_an_error(small_slices: None, bad: object,
                                                 error: type[Exception]) -> None:
    docs: list[Any] = stack(8)
    docs[0] = bad  # the first slice goes to a helper
    with pytest.raises(error):
        batch.render_in_parallel(iter(docs), len(docs), helpers=1)


def test_joining_refuses_what_it_cannot_read() -> None:
    one = render_decisions([refusal()])
    assert one is not None
    with pytest.raises(ValueError, match="not a PDF of this program"):
        join_pdfs([one, b"%PDF-1.7\n trailer << >> startxref\n0\n%%EOF"])
