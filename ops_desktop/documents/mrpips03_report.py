"""MRPiPS-03 on paper: each division of the form as a table, with the same cells as the XLSX.

The tables are drawn as the office's half-year summary is (documents/statistics_report.py);
like it, the paper says it is the office's working summary for CAS, not the form itself.
"""

from __future__ import annotations

from functools import lru_cache

from reportlab.lib.units import mm
from reportlab.lib.styles import ParagraphStyle
from reportlab.platypus import CondPageBreak, Flowable, Paragraph, Spacer

from ops_desktop.documents.data import OfficeOnPaper
from ops_desktop.documents.mrpips03_data import (
    NOT_AVAILABLE_TEXT,
    Mrpips03Report,
    ReportDivision,
    ReportRow,
    cell_text,
)
from ops_desktop.documents.mrpips03_export import NOT_THE_FORM, TITLE
from ops_desktop.documents.pages import Section, build_pdf
from ops_desktop.documents.statistics_report import figure_table, opening
from ops_desktop.documents.styles import Styles, styles, text
from ops_desktop.documents.values import date_short, money


def render_mrpips03(report: Mrpips03Report, office: OfficeOnPaper) -> bytes:
    section = Section(office=office, reference=f"MRPiPS-03 – {report.period.short}")
    return build_pdf([(section, _story(report, office))], title=TITLE)


def _story(report: Mrpips03Report, office: OfficeOnPaper) -> list[Flowable]:
    st = styles()
    day = report.generated_at.date()
    story = opening(st, office, day, TITLE, report.period.polish, NOT_THE_FORM)
    for d in report.divisions:
        # The heading's keep-with-next would carry a table longer than what is left of the
        # page whole onto the next one; a conditional break keeps the heading off the foot.
        story += [CondPageBreak(40 * mm), Paragraph(text(d.title), _heading(st)),
                  _division_table(st, d), Spacer(1, 2 * mm)]
    story += [Paragraph(text(n), st.label) for n in report.notes]
    story += [Spacer(1, 6 * mm), Paragraph(text(
        f"Sporządzono: {date_short(day)} r. {report.generated_at.strftime('%H:%M')}"),
        st.small_left)]
    return story


@lru_cache(maxsize=1)
def _heading(st: Styles) -> ParagraphStyle:
    return ParagraphStyle("ops-mrpips03-heading", parent=st.heading, keepWithNext=0)


def _division_table(st: Styles, d: ReportDivision) -> Flowable:
    header = ("Wyszczególnienie", *(f"{c.number}. {c.label}" for c in d.columns))
    rows = [(f"{r.form_row.code} {r.form_row.label.strip()}", *_figures(d, r)) for r in d.rows]
    first = 0.32
    rest = (1 - first) / len(d.columns)
    return figure_table(st, header, rows, (first, *(rest for _ in d.columns)))


def _figures(d: ReportDivision, r: ReportRow) -> list[str]:
    if all(v is None for v in r.cells):
        # A row the program keeps no data for says so once, not in every column.
        return [NOT_AVAILABLE_TEXT, *("" for _ in r.cells[1:])]
    return [money(v) if c.money and v is not None and not isinstance(v, str) else cell_text(v)
            for c, v in zip(d.columns, r.cells, strict=True)]
