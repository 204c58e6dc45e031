"""Text a person wrote, or a line to fill by hand where the program holds nothing: the two
pieces the forms and statements printed from records are made of."""

from __future__ import annotations

from reportlab.platypus import Paragraph

from ops_desktop.documents.styles import text

BLANK = "……………………"  # a value to fill by hand


def para(value: str, style: object) -> Paragraph:
    """Plain text, its line breaks kept."""
    return Paragraph(text(value).replace("\n", "<br/>"), style)


def or_blank(value: str, blank: str = BLANK) -> str:
    """The value, or the dotted line when there is none – never a made-up value."""
    return value.strip() or blank
