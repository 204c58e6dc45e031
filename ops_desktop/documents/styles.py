"""The shared look of every printed paper: fonts, page geometry and paragraph styles.

The pages themselves (letterhead, numbering, one PDF of many documents) are in pages.py;
the fast paragraphs for standard wording are in paragraphs.py.
"""

from __future__ import annotations

import threading
from dataclasses import dataclass
from functools import lru_cache
from xml.sax.saxutils import escape

from reportlab.lib import colors
from reportlab.lib.enums import TA_CENTER, TA_JUSTIFY, TA_LEFT, TA_RIGHT
from reportlab.lib.pagesizes import A4
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.pdfmetrics import registerFontFamily
from reportlab.pdfbase.ttfonts import TTFont

from ops_desktop.config import resource_path

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
