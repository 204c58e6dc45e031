"""A stack of decisions laid out by every core: worker processes each render a slice of the
stack into its own PDF, and the slices are joined in order (documents/pdf_join.py).

Layout is pure Python and holds the interpreter's lock, so threads would take turns on one
core; processes do not. The caller's iterator is read one slice ahead of the workers, and only
a few slices are in flight at once, so memory stays flat however long the stack; what is kept
is the finished slices' PDF bytes, which the joined PDF is made of anyway. Progress moves
as slices come back, in order; Cancel is looked at every tenth of a second and drops the
slices not yet started. A worker's error, or a worker that died, is raised here.
"""

from __future__ import annotations

import multiprocessing
import os
import threading
from collections import deque
from collections.abc import Callable, Iterable, Iterator
from concurrent.futures import Future, ProcessPoolExecutor
from concurrent.futures import TimeoutError as FutureTimeout
from itertools import islice

from ops_desktop.documents.data import DecisionDocument
from ops_desktop.documents.decision import batch_title, render_decisions
from ops_desktop.documents.pdf_join import join_pdfs

# Decisions per slice: about half a second of layout, so progress and Cancel stay lively,
# while the fonts each slice embeds anew (about 60 kB) stay a small part of its PDF.
SLICE = 50
# A stack of up to this many slices is laid out here alone: a worker process takes about as
# long to start (a new interpreter importing reportlab) as this program needs for them.
ALONE_UP_TO_SLICES = 4
IN_FLIGHT_PER_WORKER = 2
_CANCEL_LOOK_S = 0.1


class _Cancelled(Exception):
    pass


def helpers_available() -> int:
    """Worker processes beside this one: every other core."""
    return max((os.cpu_count() or 1) - 1, 0)


def render_in_parallel(
    docs: Iterable[DecisionDocument],
    total: int,
    progress: Callable[[int, int], None] | None = None,
    is_cancelled: Callable[[], bool] | None = None,
    helpers: int | None = None,
) -> bytes | None:
    """One combined PDF of `total` decisions (as render_decisions gives); None if cancelled.

    This process lays out slices too: while the helpers start, and whenever they have as
    many slices waiting as they can take, the next slice is laid out here.
    """
    helpers = helpers_available() if helpers is None else helpers
    if helpers < 1 or total <= ALONE_UP_TO_SLICES * SLICE:
        return render_decisions(docs, progress=progress, is_cancelled=is_cancelled, total=total)
    title = batch_title(total, "")

    def cancelled() -> bool:
        return bool(is_cancelled is not None and is_cancelled())

    # "spawn" everywhere: a fork of a program with Qt's threads running is not safe, and it
    # is what Windows does anyway.
    pool = ProcessPoolExecutor(max_workers=helpers, mp_context=multiprocessing.get_context("spawn"))
    slices: deque[Future[bytes | None] | bytes] = deque()  # in the stack's order
    parts: list[bytes] = []
    done = [0]
    counting = threading.Lock()  # helpers' slices are counted on the pool's own thread

    def advance(size: int) -> None:
        with counting:
            done[0] += size
            if progress is not None:
                progress(min(done[0], total), total)

    finished = False
    try:
        for chunk in _slices(docs):
            if cancelled():
                raise _Cancelled
            if sum(isinstance(x, Future) for x in slices) < helpers * IN_FLIGHT_PER_WORKER:
                future = pool.submit(render_decisions, chunk, None, None, len(chunk), title)
                future.add_done_callback(lambda f, n=len(chunk): None if f.exception() or
                                         f.cancelled() else advance(n))
                slices.append(future)
            else:
                slices.append(_here(chunk, title, cancelled))
                advance(len(chunk))
            while slices and (isinstance(slices[0], bytes) or slices[0].done()):
                parts.append(_result(slices.popleft(), cancelled))
        while slices:
            parts.append(_result(slices.popleft(), cancelled))
        finished = True
    except _Cancelled:
        return None
    finally:
        # Cancelled or failed: slices not started are dropped, and the program does not wait
        # for the ones being laid out (they end within a second on their own).
        pool.shutdown(wait=finished, cancel_futures=True)
    return join_pdfs(parts)


def _here(chunk: list[DecisionDocument], title: str, cancelled: Callable[[], bool]) -> bytes:
    pdf = render_decisions(chunk, is_cancelled=cancelled, total=len(chunk), title=title)
    if pdf is None:
        raise _Cancelled
    return pdf


def _slices(docs: Iterable[DecisionDocument]) -> Iterator[list[DecisionDocument]]:
    remaining = iter(docs)
    while chunk := list(islice(remaining, SLICE)):
        yield chunk


def _result(slice_: Future[bytes | None] | bytes, cancelled: Callable[[], bool]) -> bytes:
    """A slice's PDF, waiting for a helper's while looking at Cancel; a helper's error is
    raised here (a helper that died as BrokenProcessPool)."""
    if isinstance(slice_, bytes):
        return slice_
    while True:
        if cancelled():
            raise _Cancelled
        try:
            pdf = slice_.result(timeout=_CANCEL_LOOK_S)
        except FutureTimeout:
            continue
        if pdf is None:  # nothing in a helper can cancel it
            raise RuntimeError("a slice of the batch came back empty")
        return pdf
