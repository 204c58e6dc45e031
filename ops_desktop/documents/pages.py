"""Pages of every printed paper: the letterhead, "Strona i z n" per document, watermarks,
and many documents laid out one after another into one PDF without holding them all.
"""

from __future__ import annotations

import copy
import zlib
from collections.abc import Callable, Iterable, Iterator, Sequence
from dataclasses import dataclass
from typing import Any

from reportlab.lib import colors
from reportlab.lib.units import mm
from reportlab.pdfbase.pdfdoc import PDFArray, PDFName, PDFPage, PDFStream
from reportlab.pdfbase.pdfmetrics import stringWidth
from reportlab.pdfgen.canvas import Canvas
from reportlab.pdfgen.textobject import PDFTextObject
from reportlab.platypus import (
    BaseDocTemplate,
    Flowable,
    Frame,
    PageBreak,
    PageTemplate,
)

from ops_desktop.documents.data import OfficeOnPaper
from ops_desktop.documents.styles import (
    GREY,
    MARGIN_BOTTOM,
    MARGIN_LEFT,
    MARGIN_RIGHT,
    MARGIN_TOP,
    PAGE_SIZE,
    SANS_BOLD,
    SERIF,
    SERIF_BOLD,
    register_fonts,
)


@dataclass(frozen=True)
class Section:
    """One document inside a PDF: its own letterhead, page numbering and optional watermark."""

    office: OfficeOnPaper
    reference: str = ""  # repeated on continuation pages, e.g. "Znak sprawy: OPS.8310.127.2026"
    watermark: str = ""  # drawn across every page of the section, e.g. "PROJEKT"


class _Marker(Flowable):
    """Zero-size flowable that runs an action when layout reaches it."""

    def __init__(self, action: Callable[[Canvas], None]) -> None:
        super().__init__()
        self._action = action

    def wrap(self, availWidth: float, availHeight: float) -> tuple[float, float]:  # noqa: N803
        return (0, 0)

    def draw(self) -> None:
        self._action(self.canv)


def _enter_section(number: int, section: Section) -> Callable[[Canvas], None]:
    def action(canv: Canvas) -> None:
        assert isinstance(canv, SectionCanvas)
        canv.begin_section(number, section)

    return action


def _report(callback: Callable[[int], None], number: int) -> Callable[[Canvas], None]:
    def action(_canv: Canvas) -> None:
        callback(number)

    return action


class _NextSection(Flowable):
    """Stands in the story for every document not yet laid out.

    Layout replaces it with the next document's flowables only when it reaches it, so a batch
    keeps one document's story in memory at a time, however many documents it prints.
    """

    def __init__(self, parts: Iterator[tuple[Section, Sequence[Flowable]]], number: int,
                 on_section_laid_out: Callable[[int], None] | None) -> None:
        super().__init__()
        self._parts = parts
        self._number = number
        self._on_section_laid_out = on_section_laid_out

    def expand(self, section: Section, flowables: Sequence[Flowable]) -> list[Flowable]:
        number = self._number
        story: list[Flowable] = [PageBreak()] if number else []
        story.append(_Marker(_enter_section(number, section)))
        story.extend(flowables)
        if self._on_section_laid_out is not None:
            story.append(_Marker(_report(self._on_section_laid_out, number)))
        story.append(_NextSection(self._parts, number + 1, self._on_section_laid_out))
        return story

    def expand_next(self) -> list[Flowable | None]:
        part = next(self._parts, None)
        if part is None:
            return [None]  # reportlab's doc template drops a None entry and moves on
        story: list[Flowable | None] = [*self.expand(*part)]
        return story


class _SectionDocTemplate(BaseDocTemplate):
    def filterFlowables(self, flowables: list[Any]) -> None:  # noqa: N802 - reportlab's name
        # reportlab's own hook for looking at the story before it takes the first flowable.
        while flowables and isinstance(flowables[0], _NextSection):
            flowables[0:1] = flowables[0].expand_next()


def build_pdf(
    parts: Iterable[tuple[Section, Sequence[Flowable]]],
    *,
    title: str,
    on_section_laid_out: Callable[[int], None] | None = None,
) -> bytes:
    """Lay out one or more documents into one PDF, each starting on a new page.

    `parts` is read lazily: the next document's flowables are taken (so a generator builds
    them) only when layout reaches that document. `on_section_laid_out(i)` runs when document i
    (0-based) is laid out; it may raise to abort, as may the `parts` iterator.
    """
    register_fonts()
    remaining = iter(parts)
    first = next(remaining, None)
    if first is None:
        raise ValueError("nothing to print")
    story: list[Flowable] = _NextSection(remaining, 0, on_section_laid_out).expand(*first)

    sink = _PdfSink()
    doc = _SectionDocTemplate(
        sink,
        pagesize=PAGE_SIZE,
        leftMargin=MARGIN_LEFT,
        rightMargin=MARGIN_RIGHT,
        topMargin=MARGIN_TOP,
        bottomMargin=MARGIN_BOTTOM,
        title=title,
        author=first[0].office.name,
        creator="ops_desktop",
        lang="pl-PL",
    )
    frame = _Frame(
        doc.leftMargin, doc.bottomMargin, doc.width, doc.height, id="body",
        leftPadding=0, rightPadding=0, topPadding=0, bottomPadding=0,
    )
    doc.addPageTemplates([PageTemplate(id="page", frames=[frame])])
    doc.build(story, canvasmaker=SectionCanvas)
    return sink.value()


class _Frame(Frame):
    """A frame that copies itself cheaply. reportlab deep-copies the current frame each time
    it measures a group kept on one page (every decision's closing and its two-column
    blocks): about 0.1 ms each, spent on the memo of two dozen numbers. This copy is the same,
    the numbers and strings shared as deepcopy shares them, anything else copied deeply."""

    def __deepcopy__(self, memo: dict[int, Any]) -> _Frame:
        twin = copy.copy(self)
        for name, value in vars(self).items():
            if not isinstance(value, (int, float, str, type(None))):
                setattr(twin, name, copy.deepcopy(value, memo))
        return twin


class _PdfSink:
    """Takes the finished PDF from reportlab as it is, not copied into a buffer and out again.

    reportlab hands over the whole file in one piece; a BytesIO would hold two more copies of
    a batch's PDF at the moment memory peaks.
    """

    def __init__(self) -> None:
        self._parts: list[bytes] = []

    def write(self, data: bytes) -> int:
        self._parts.append(data)
        return len(data)

    def value(self) -> bytes:
        return self._parts[0] if len(self._parts) == 1 else b"".join(self._parts)


class SectionCanvas(Canvas):
    """Holds back the pages of the current document only, so "Strona i z n" knows n.

    When the first page of the next document is finished (or at save), the held pages get
    their letterhead, header and page number and go to the PDF; memory stays flat however many
    documents a batch has.
    """

    def __init__(self, *args: Any, **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        self._ops_number = -1
        self._ops_section: Section | None = None
        self._ops_held: list[dict[str, Any]] = []
        self._ops_lines: dict[tuple[Any, ...], tuple[str, Any]] = {}

    def begin_section(self, number: int, section: Section) -> None:
        """Called by layout at the start of document `number` (0-based)."""
        self._ops_number = number
        self._ops_section = section

    @property
    def held_sections(self) -> frozenset[int]:
        """Numbers of the documents whose pages are held back now (at most one between pages)."""
        return frozenset(state["_ops_number"] for state in self._ops_held)

    def beginText(self, x: float = 0, y: float = 0,  # noqa: N802 - reportlab's name
                  direction: Any = None) -> PDFTextObject:
        return _TextObject(self, x, y, direction=direction)

    def showPage(self) -> None:  # noqa: N802 - reportlab's name
        page = dict(self.__dict__)
        held = self._ops_held
        if held and held[-1]["_ops_number"] != page["_ops_number"]:
            self._emit_held()
            self.__dict__.update(page)  # back to the page just finished, then a fresh one
        held.append(page)
        self._startPage()

    def save(self) -> None:
        if self._ops_held:
            self._emit_held()
        Canvas.save(self)

    def _emit_held(self) -> None:
        held = self._ops_held
        pages = len(held)
        for page, state in enumerate(held, start=1):
            self.__dict__.update(state)
            section = state["_ops_section"]
            assert section is not None, "a page was laid out before its document began"
            _decorate(self, section, page, pages)
            Canvas.showPage(self)
            _pack(self._doc.Pages.pages[-1])
        held.clear()


class _TextObject(PDFTextObject):
    """reportlab's text object, reusing the operators it wrote for the same line in this PDF.

    A batch prints the same lines of standard wording in every decision. The operators for a
    line depend on the text, the font and size, the font subset in use and the glyph codes
    this PDF assigned, which never change once assigned; so within one PDF the same line in
    the same state always gives the same operators, and reportlab's own result is remembered.
    """

    def _formatText(self, text: Any) -> str:  # noqa: N802 - reportlab's name
        state = self.__dict__
        if type(text) is not str:  # shaped or byte strings: reportlab's own way, every time
            return str(super()._formatText(text))
        lines: dict[tuple[Any, ...], tuple[str, Any]] = state["_canvas"].__dict__["_ops_lines"]
        key = (text, state["_fontname"], state["_fontsize"], state["_leading"],
               state["_curSubset"])
        known = lines.get(key)
        if known is None:
            operators = str(super()._formatText(text))
            if len(lines) >= _LINES_LIMIT:
                lines.clear()  # a bound: the standard lines come back with the next decision
            lines[key] = (operators, state["_curSubset"])
            return operators
        operators, state["_curSubset"] = known
        return operators


_LINES_LIMIT = 4096


def _pack(page: PDFPage) -> None:
    """Compress a finished page's content now rather than when the whole PDF is saved.

    reportlab keeps every page's drawing operators as text until save; packed, a page held by
    the PDF being written costs a few kilobytes. The bytes are what reportlab's Flate filter
    would write (without its ASCII85 wrapping, which only makes the file a quarter larger).
    """
    if not page.compression or page.Contents is not None or not page.stream:
        return
    content = page.stream.encode("utf8") if isinstance(page.stream, str) else page.stream
    stream = PDFStream(content=zlib.compress(content))
    stream.dictionary["Filter"] = PDFArray([PDFName("FlateDecode")])
    stream.__Comment__ = "page stream"
    page.Contents = stream
    page.stream = None


def _decorate(canv: Canvas, section: Section, page: int, pages: int) -> None:
    canv.saveState()
    if page == 1:
        _letterhead(canv, section.office)
    else:
        _continuation_header(canv, section)
    canv.setFont(SERIF, 9)
    canv.setFillColor(GREY)
    canv.drawCentredString(PAGE_SIZE[0] / 2, 11 * mm, f"Strona {page} z {pages}")
    canv.restoreState()
    if section.watermark:
        _watermark(canv, section.watermark)


def _letterhead(canv: Canvas, office: OfficeOnPaper) -> None:
    top = PAGE_SIZE[1]
    canv.setFillColor(colors.black)
    canv.setFont(SERIF_BOLD, 11)
    canv.drawString(MARGIN_LEFT, top - 14 * mm, office.name)
    canv.setFont(SERIF, 8.5)
    canv.setFillColor(GREY)
    if office.address_lines:
        canv.drawString(MARGIN_LEFT, top - 18.5 * mm, ", ".join(office.address_lines))
    contact = " · ".join(
        part for part in (
            f"tel. {office.phone}" if office.phone else "",
            f"e-mail: {office.email}" if office.email else "",
        ) if part
    )
    if contact:
        canv.drawString(MARGIN_LEFT, top - 22 * mm, contact)
    _rule(canv, top - 25 * mm)


def _continuation_header(canv: Canvas, section: Section) -> None:
    top = PAGE_SIZE[1]
    canv.setFont(SERIF, 8.5)
    canv.setFillColor(GREY)
    canv.drawString(MARGIN_LEFT, top - 22 * mm, section.office.name)
    if section.reference:
        canv.drawRightString(PAGE_SIZE[0] - MARGIN_RIGHT, top - 22 * mm, section.reference)
    _rule(canv, top - 25 * mm)


def _rule(canv: Canvas, y: float) -> None:
    canv.setStrokeColor(GREY)
    canv.setLineWidth(0.5)
    canv.line(MARGIN_LEFT, y, PAGE_SIZE[0] - MARGIN_RIGHT, y)


def _watermark(canv: Canvas, word: str) -> None:
    width, height = PAGE_SIZE
    diagonal = (width**2 + height**2) ** 0.5
    size = min(130.0, 0.6 * diagonal / max(stringWidth(word, SANS_BOLD, 100) / 100, 1e-6))
    canv.saveState()
    # Light and translucent: the draft must stay readable, yet no one may take it for a decision.
    canv.setFillColor(colors.Color(0.5, 0.5, 0.5))
    canv.setFillAlpha(0.22)
    canv.translate(width / 2, height / 2)
    canv.rotate(54.7)  # along the A4 diagonal
    canv.setFont(SANS_BOLD, size)
    canv.drawCentredString(0, -size * 0.35, word)
    canv.restoreState()
