"""The shared look of every printed paper: fonts, paragraph styles, letterhead, page numbers."""

from __future__ import annotations

import io
import threading
from collections import Counter
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass
from functools import lru_cache
from typing import Any
from xml.sax.saxutils import escape

from reportlab.lib import colors
from reportlab.lib.enums import TA_CENTER, TA_JUSTIFY, TA_LEFT, TA_RIGHT
from reportlab.lib.pagesizes import A4
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.pdfmetrics import registerFontFamily, stringWidth
from reportlab.pdfbase.ttfonts import TTFont
from reportlab.pdfgen.canvas import Canvas
from reportlab.platypus import BaseDocTemplate, Flowable, Frame, PageBreak, PageTemplate

from ops_desktop.config import resource_path
from ops_desktop.documents.data import OfficeOnPaper

# Liberation fonts: the 14 standard PDF fonts have no glyphs for ą ć ę ł ń ó ś ź ż.
SERIF = "LiberationSerif"
SERIF_BOLD = "LiberationSerif-Bold"
SERIF_ITALIC = "LiberationSerif-Italic"
SERIF_BOLD_ITALIC = "LiberationSerif-BoldItalic"
SANS = "LiberationSans"
SANS_BOLD = "LiberationSans-Bold"

_FONT_FILES = {
    SERIF: "LiberationSerif-Regular.ttf",
    SERIF_BOLD: "LiberationSerif-Bold.ttf",
    SERIF_ITALIC: "LiberationSerif-Italic.ttf",
    SERIF_BOLD_ITALIC: "LiberationSerif-BoldItalic.ttf",
    SANS: "LiberationSans-Regular.ttf",
    SANS_BOLD: "LiberationSans-Bold.ttf",
}

PAGE_SIZE = A4
MARGIN_LEFT = 20 * mm
MARGIN_RIGHT = 20 * mm
MARGIN_TOP = 32 * mm  # 2 cm plus room for the letterhead above the text
MARGIN_BOTTOM = 20 * mm
TEXT_WIDTH = PAGE_SIZE[0] - MARGIN_LEFT - MARGIN_RIGHT

BODY_SIZE = 11.5
GREY = colors.Color(0.35, 0.35, 0.35)

_font_lock = threading.Lock()


def register_fonts() -> None:
    """Register the Liberation TTFs with reportlab once per process (safe to call again)."""
    with _font_lock:
        registered = set(pdfmetrics.getRegisteredFontNames())
        for name, file_name in _FONT_FILES.items():
            if name not in registered:
                pdfmetrics.registerFont(TTFont(name, str(resource_path("fonts", file_name))))
        # <b> and <i> in paragraph markup resolve through the family mapping.
        registerFontFamily(
            SERIF, normal=SERIF, bold=SERIF_BOLD, italic=SERIF_ITALIC, boldItalic=SERIF_BOLD_ITALIC
        )
        registerFontFamily(SANS, normal=SANS, bold=SANS_BOLD, italic=SANS, boldItalic=SANS_BOLD)


@dataclass(frozen=True)
class Styles:
    """Paragraph styles shared by every document, so all papers of the office look alike."""

    body: ParagraphStyle  # justified running text
    indented: ParagraphStyle  # justified with a first-line indent (reasoning)
    left: ParagraphStyle
    right: ParagraphStyle
    centred: ParagraphStyle
    title: ParagraphStyle
    subtitle: ParagraphStyle
    heading: ParagraphStyle
    numbered: ParagraphStyle  # hanging indent for "1.", "2." points
    small: ParagraphStyle  # justified small print (instructions)
    small_left: ParagraphStyle
    label: ParagraphStyle  # captions of form fields


@lru_cache(maxsize=1)
def styles() -> Styles:
    register_fonts()
    body = ParagraphStyle(
        "ops-body",
        fontName=SERIF,
        fontSize=BODY_SIZE,
        leading=BODY_SIZE * 1.3,
        alignment=TA_JUSTIFY,
        spaceAfter=3,
    )
    small = ParagraphStyle(
        "ops-small", parent=body, fontSize=10, leading=12.5, spaceAfter=3
    )
    return Styles(
        body=body,
        indented=ParagraphStyle("ops-indented", parent=body, firstLineIndent=8 * mm),
        left=ParagraphStyle("ops-left", parent=body, alignment=TA_LEFT, spaceAfter=0),
        right=ParagraphStyle("ops-right", parent=body, alignment=TA_RIGHT, spaceAfter=0),
        centred=ParagraphStyle("ops-centred", parent=body, alignment=TA_CENTER, spaceAfter=0),
        title=ParagraphStyle(
            "ops-title", parent=body, fontName=SERIF_BOLD, fontSize=16, leading=20,
            alignment=TA_CENTER, spaceAfter=1,
        ),
        subtitle=ParagraphStyle(
            "ops-subtitle", parent=body, alignment=TA_CENTER, spaceAfter=8
        ),
        heading=ParagraphStyle(
            "ops-heading", parent=body, fontName=SERIF_BOLD, alignment=TA_CENTER,
            spaceBefore=9, spaceAfter=5, keepWithNext=True,
        ),
        numbered=ParagraphStyle(
            "ops-numbered", parent=body, leftIndent=7 * mm, bulletIndent=0, spaceAfter=3
        ),
        small=small,
        small_left=ParagraphStyle("ops-small-left", parent=small, alignment=TA_LEFT),
        label=ParagraphStyle(
            "ops-label", parent=small, alignment=TA_LEFT, textColor=GREY, fontSize=9, leading=11
        ),
    )


def text(value: str) -> str:
    """Escape plain text (names, the worker's reasoning) before it goes into paragraph markup."""
    return escape(value)


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


def _enter_section(index: int) -> Callable[[Canvas], None]:
    def action(canv: Canvas) -> None:
        # Stored on the canvas so each saved page state records which document it belongs to.
        canv._ops_section = index

    return action


def _report(callback: Callable[[int], None], index: int) -> Callable[[Canvas], None]:
    def action(_canv: Canvas) -> None:
        callback(index)

    return action


def build_pdf(
    parts: Iterable[tuple[Section, Sequence[Flowable]]],
    *,
    title: str,
    on_section_laid_out: Callable[[int], None] | None = None,
) -> bytes:
    """Lay out one or more documents into one PDF, each starting on a new page.

    `on_section_laid_out(i)` runs when document i (0-based) is laid out; it may raise to abort.
    """
    register_fonts()
    sections: list[Section] = []
    story: list[Flowable] = []
    for index, (section, flowables) in enumerate(parts):
        if index:
            story.append(PageBreak())
        sections.append(section)
        story.append(_Marker(_enter_section(index)))
        story.extend(flowables)
        if on_section_laid_out is not None:
            story.append(_Marker(_report(on_section_laid_out, index)))
    if not sections:
        raise ValueError("nothing to print")

    buffer = io.BytesIO()
    doc = BaseDocTemplate(
        buffer,
        pagesize=PAGE_SIZE,
        leftMargin=MARGIN_LEFT,
        rightMargin=MARGIN_RIGHT,
        topMargin=MARGIN_TOP,
        bottomMargin=MARGIN_BOTTOM,
        title=title,
        author=sections[0].office.name,
        creator="ops_desktop",
        lang="pl-PL",
    )
    frame = Frame(
        doc.leftMargin, doc.bottomMargin, doc.width, doc.height, id="body",
        leftPadding=0, rightPadding=0, topPadding=0, bottomPadding=0,
    )
    doc.addPageTemplates([PageTemplate(id="page", frames=[frame])])
    doc.build(story, canvasmaker=_canvas_maker(sections))
    return buffer.getvalue()


def _canvas_maker(sections: Sequence[Section]) -> Callable[..., Canvas]:
    def make(*args: Any, **kwargs: Any) -> Canvas:
        return _SectionCanvas(sections, *args, **kwargs)

    return make


class _SectionCanvas(Canvas):
    """Holds pages back until the end, so "Strona 1 z N" knows N for each document."""

    def __init__(self, sections: Sequence[Section], *args: Any, **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        self._ops_sections = sections
        self._ops_section = 0
        self._ops_pages: list[dict[str, Any]] = []

    def showPage(self) -> None:  # noqa: N802 - reportlab's name
        self._ops_pages.append(dict(self.__dict__))
        self._startPage()

    def save(self) -> None:
        totals = Counter(page["_ops_section"] for page in self._ops_pages)
        seen: Counter[int] = Counter()
        for state in self._ops_pages:
            self.__dict__.update(state)
            index = state["_ops_section"]
            seen[index] += 1
            _decorate(self, self._ops_sections[index], seen[index], totals[index])
            Canvas.showPage(self)
        Canvas.save(self)


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
