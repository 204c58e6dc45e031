"""Paragraphs that lay out the same as reportlab's, faster: plain text skips the markup
parser, and the standard wording of decisions is parsed and broken into lines once.
"""

from __future__ import annotations

import copy
import threading
from typing import Any

from reportlab.lib.styles import ParagraphStyle
from reportlab.platypus import (
    Paragraph,
)
from reportlab.platypus.paragraph import textTransformFrags


class FastParagraph(Paragraph):
    """A Paragraph that skips reportlab's markup parser when the text has no markup at all.

    Text without "<" or "&" (no tags, no entities) parses into one run in the style's font;
    that run is copied from the one a one-letter text of the same style parses into, with the
    text reportlab's own cleaner leaves. Anything else goes through the parser as usual.
    """

    def _setup(self, text: Any, style: Any, bulletText: Any, frags: Any,  # noqa: N803
               cleaner: Any) -> None:
        if frags is None and isinstance(text, str) and "<" not in text and "&" not in text:
            cleaned = cleaner(text)
            if cleaned:
                frag = copy.copy(_run_of(style))
                frag.text = cleaned
                frag.link = []  # lists of the run's own, as the parser gives every run
                frag.us_lines = []
                frags = [frag]
                textTransformFrags(frags, style)
                text = cleaned
        super()._setup(text, style, bulletText, frags, cleaner)


def _run_of(style: ParagraphStyle) -> Any:
    """The run reportlab's parser makes of plain text in `style` (fonts, colour, size)."""
    run = _runs.get(style)
    if run is None:
        run = Paragraph("x", style).frags[0]
        with _shared_lock:
            if len(_runs) >= _SHARED_LIMIT:
                _runs.clear()
            _runs[style] = run
    return run


class SharedParagraph(FastParagraph):
    """A paragraph of standard wording, parsed and broken into lines once per process.

    The legal texts, headings and appeal instructions are the same in every decision of a kind;
    a batch of a thousand would otherwise parse and measure the same words a thousand times.
    Only plain paragraphs (one run of one font) are remembered: those reportlab lays out as
    "simple" lines that it never changes afterwards, so sharing them cannot change a page.
    Everything else falls through to Paragraph unchanged.
    """

    def _setup(self, text: Any, style: Any, bulletText: Any, frags: Any,  # noqa: N803
               cleaner: Any) -> None:
        if frags is not None or not isinstance(text, str) or not _hashable(bulletText):
            super()._setup(text, style, bulletText, frags, cleaner)
            return
        key = (text, style, bulletText, self.caseSensitive)
        parsed = _parsed.get(key)
        state = self.__dict__
        if parsed is None:
            super()._setup(text, style, bulletText, frags, cleaner)
            if _plain(state["frags"]) and _hashable(state["bulletText"]):
                _remember(_parsed, key, tuple(state[name] for name in _PARSED))
            return
        state.update(zip(_PARSED, parsed, strict=True))
        state["debug"] = 0

    def breakLines(self, width: Any) -> Any:  # noqa: N802 - reportlab's name
        state = self.__dict__
        frags = state["frags"]
        if not _plain(frags) or not _hashable(state["bulletText"]):
            return super().breakLines(width)
        widths = list(width) if isinstance(width, (list, tuple)) else [width]
        frag = frags[0]
        key = (frag.text, frag.fontName, frag.fontSize, state["style"], tuple(widths),
               state["bulletText"], state["encoding"])
        broken = _broken.get(key)
        if broken is None:
            lines = super().breakLines(width)
            if lines.kind != 0:
                return lines
            after = list(width) if isinstance(width, list) else None
            _remember(_broken, key, (lines, after, *(state[name] for name in _BROKEN)))
            return lines
        lines, after, *counters = broken
        state.update(zip(_BROKEN, counters, strict=True))
        state["height"] = 0
        if after is not None and isinstance(width, list):
            width[:] = after  # breakLines narrows the first width for a bullet in place
        return lines


# What Paragraph._setup and Paragraph.breakLines leave on the paragraph besides their result.
_PARSED = ("text", "frags", "style", "bulletText")
_BROKEN = ("_width_max", "_splitLongWordCount", "_hyphenations")
_SHARED_LIMIT = 2048  # distinct standard paragraphs; far more than the texts have
_parsed: dict[tuple[Any, ...], tuple[Any, ...]] = {}
_runs: dict[ParagraphStyle, Any] = {}
_broken: dict[tuple[Any, ...], tuple[Any, ...]] = {}
_shared_lock = threading.Lock()


def _plain(frags: Any) -> bool:
    if not isinstance(frags, list) or len(frags) != 1:
        return False
    frag = frags[0]
    return (hasattr(frag, "text") and not hasattr(frag, "cbDefn")
            and not hasattr(frag, "backColor") and not getattr(frag, "lineBreak", False))


def _hashable(value: Any) -> bool:
    return value is None or isinstance(value, str)


def _remember(cache: dict[tuple[Any, ...], tuple[Any, ...]], key: tuple[Any, ...],
              value: tuple[Any, ...]) -> None:
    with _shared_lock:
        if len(cache) >= _SHARED_LIMIT:
            cache.clear()  # a bound, not an LRU: the standard texts come back within a decision
        cache[key] = value
