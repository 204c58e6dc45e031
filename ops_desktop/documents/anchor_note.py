"""The audit chain's head on paper: an anchor kept outside the office's file.

The coordinator's statistics and each daily print run of decisions end with the head of
the audit log as it was when they were made (`nr:skrót`, storage/anchors.py). Kept with
the paper, it lets the data-protection officer prove later, with `ops-desktop verify
--anchor`, that no entry was removed from the end of the log and that the log was not
recomputed since.
"""

from __future__ import annotations

import datetime as dt

from reportlab.lib.units import mm
from reportlab.platypus import Flowable, Paragraph, Spacer

from ops_desktop.documents.data import OfficeOnPaper
from ops_desktop.documents.pages import Section, build_pdf
from ops_desktop.documents.styles import styles, text
from ops_desktop.documents.values import date_short

RUN_TITLE = "Zamknięcie wydruku decyzji"


def anchor_text(head: str) -> str:
    """What the paper says of the log's head ("" when the log is empty)."""
    if not head:
        return "Dziennik zdarzeń w chwili sporządzenia: pusty."
    return (f"Dziennik zdarzeń w chwili sporządzenia – ostatni wpis (numer:skrót): {head}. "
            "Zachowaj ten wydruk: pozwala sprawdzić poleceniem „ops-desktop verify --anchor”, "
            "że z dziennika niczego nie usunięto ani go nie przeliczono.")


def anchor_story(head: str) -> list[Flowable]:
    st = styles()
    return [Spacer(1, 4 * mm), Paragraph(text(anchor_text(head)), st.small_left)]


def render_run_closing(office: OfficeOnPaper, count: int, head: str,
                       printed_at: dt.datetime) -> bytes:
    """The last page of a print run of decisions: how many, when, and the log's head."""
    st = styles()
    place = f"{text(office.place)}, " if office.place else ""
    story: list[Flowable] = [
        Paragraph(f"{place}{date_short(printed_at.date())} r.", st.right),
        Spacer(1, 6 * mm),
        Paragraph(RUN_TITLE, st.title),
        Paragraph(text(f"Wydrukowano decyzji: {count}, "
                       f"{date_short(printed_at.date())} r. {printed_at:%H:%M}."), st.small_left),
        *anchor_story(head),
    ]
    return build_pdf([(Section(office=office), story)], title=RUN_TITLE)
