"""The recovery key on paper, for the office's safe.

Printed once, when the database is first encrypted (a new office's set-up, or an office's
plain file converted at start). Without a colleague's password, this sheet and the key-slot
file beside the database are the only way into the data: it says which file it opens, when it
was made and what to do with it, and it holds nothing else of the office's data.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.platypus import Flowable, Paragraph, Spacer

from ops_desktop.documents.data import OfficeOnPaper
from ops_desktop.documents.pages import Section, build_pdf
from ops_desktop.documents.styles import SANS_BOLD, styles, text
from ops_desktop.documents.values import date_short

TITLE = "Klucz odzyskiwania bazy danych"


@dataclass(frozen=True)
class RecoverySheet:
    office: OfficeOnPaper
    database_file: str  # the file's name only: the folder differs from PC to PC
    recovery_key: str  # as shown on screen, in groups of four
    made_on: dt.date


def _key_style() -> ParagraphStyle:
    # Sans, large and spaced: a key copied by hand from paper must not confuse characters.
    return ParagraphStyle("ops-recovery-key", parent=styles().centred, fontName=SANS_BOLD,
                          fontSize=20, leading=30, spaceBefore=6, spaceAfter=6)


def key_lines(recovery_key: str) -> list[str]:
    """The key in two lines of four groups, on paper as on screen."""
    groups = recovery_key.split("-")
    half = (len(groups) + 1) // 2
    return [line for line in ("-".join(groups[:half]), "-".join(groups[half:])) if line]


def render_recovery_sheet(sheet: RecoverySheet) -> bytes:
    st = styles()
    place = f"{text(sheet.office.place)}, " if sheet.office.place else ""
    story: list[Flowable] = [
        Paragraph(f"{place}{date_short(sheet.made_on)} r.", st.right),
        Spacer(1, 6 * mm),
        Paragraph(TITLE, st.title),
        Paragraph(text(f"Plik bazy danych: {sheet.database_file}"), st.subtitle),
        Spacer(1, 4 * mm),
        *(Paragraph(text(line), _key_style()) for line in key_lines(sheet.recovery_key)),
        Spacer(1, 6 * mm),
        Paragraph("Do czego służy ten klucz", st.heading),
        Paragraph(text(
            "Baza danych ośrodka jest zaszyfrowana. Zwykle otwiera ją login i hasło "
            "pracownika. Ten klucz otwiera ją wtedy, gdy nikt nie może się zalogować – na "
            "przykład gdy administrator zapomniał hasła albo baza została przeniesiona na "
            "nowy komputer. Program pyta o niego po kliknięciu „Mam klucz odzyskiwania…” "
            "w oknie logowania."), st.body),
        Paragraph("Jak go przechowywać", st.heading),
        Paragraph(text(
            "Kto ma ten klucz i kopię pliku bazy, ten może odczytać wszystkie dane "
            "podopiecznych. Kartkę przechowuj w sejfie ośrodka, nie przy komputerze; nie "
            "fotografuj jej i nie zapisuj klucza w komputerze ani w poczcie. Klucz otwiera "
            "bazę tylko razem z plikiem kluczy leżącym obok niej (ta sama nazwa z końcówką "
            f"„.keys”, tu: {sheet.database_file}.keys)."), st.body),
        Paragraph(text(
            "Nowy klucz odzyskiwania unieważnia ten – wtedy kartkę należy zniszczyć."),
            st.body),
    ]
    return build_pdf([(Section(office=sheet.office), story)], title=TITLE)

