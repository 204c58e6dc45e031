"""The half-year (or full-year) statistics on paper: the core table for the MRPiPS-03 report.

It is the office's own working summary, not the official form (that one is filled in the
state application CAS), and the paper says so. The data classes are what the statistics
service fills; this module turns codes into Polish words.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence
from functools import lru_cache

from reportlab.lib.enums import TA_RIGHT
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.platypus import (
    Flowable,
    KeepTogether,
    Paragraph,
    Spacer,
    Table,
    TableStyle,
)

from ops_desktop.documents.anchor_note import anchor_story
from ops_desktop.documents.data import OfficeOnPaper
from ops_desktop.documents.pages import Section, build_pdf
from ops_desktop.documents.statistics_data import StatisticsReport
from ops_desktop.documents.styles import GREY, TEXT_WIDTH, Styles, styles, text
from ops_desktop.documents.values import date_short, money
from ops_desktop.domain.vocabulary import POLISH_FORMS, BenefitForm, DecisionKind

TITLE = "Zestawienie pomocnicze do sprawozdania MRPiPS-03"
NOT_THE_FORM = ("Dokument pomocniczy Ośrodka – nie jest formularzem sprawozdania MRPiPS-03 "
                "(sprawozdanie składa się w aplikacji CAS).")
AMOUNT_MEANS = ("Kwota przyznana w decyzjach wydanych w okresie; dla zasiłków okresowych "
                "i stałych – kwota miesięczna (bez mnożenia przez liczbę miesięcy).")
FAMILY_MEANS = ("Rodzina – gospodarstwo domowe osoby według ewidencji Ośrodka (osoba bez "
                "wpisanego gospodarstwa to rodzina jednoosobowa); liczba osób w rodzinie według "
                "składu ustalonego w decyzji. Osoby i rodziny liczone są raz w każdym wierszu; "
                "wiersz „Ogółem” nie jest sumą wierszy, bo ta sama osoba mogła otrzymać kilka "
                "form pomocy.")
COUNTED = ("Liczone są decyzje podpisane, z datą wydania w okresie sprawozdawczym; decyzja "
           "zmieniająca wcześniejszą decyzję liczy się jako odrębna decyzja.")
OWN_TASKS = ("Ujęte formy pomocy są zadaniami własnymi gminy (art. 17 ust. 1 u.p.s.); zestawienie "
             "nie wyodrębnia zasiłków celowych z powodu klęski żywiołowej lub ekologicznej "
             "(zadanie zlecone, art. 18 u.p.s.).")
TOTAL = "Ogółem"


def render_statistics_report(report: StatisticsReport, office: OfficeOnPaper) -> bytes:
    section = Section(office=office, reference=f"MRPiPS-03 – {report.period.short}")
    return build_pdf([(section, statistics_story(report, office))], title=TITLE)


def statistics_story(report: StatisticsReport, office: OfficeOnPaper) -> list[Flowable]:
    st = styles()
    day = report.generated_at.date()
    return [
        *opening(st, office, day, TITLE, report.period.polish, NOT_THE_FORM),
        Spacer(1, 3 * mm),
        Paragraph("Świadczenia przyznane decyzją", st.heading),
        _benefits_table(st, report, DecisionKind.GRANT),
        Spacer(1, 2 * mm),
        Paragraph(text(f"(1) {AMOUNT_MEANS}"), st.label),
        Paragraph(text(FAMILY_MEANS), st.label),
        Paragraph(text(COUNTED), st.label),
        Paragraph(text(OWN_TASKS), st.label),
        KeepTogether([
            Paragraph("Decyzje odmowne", st.heading),
            _benefits_table(st, report, DecisionKind.REFUSAL),
        ]),
        *_social_work_story(st, report),
        KeepTogether([
            Paragraph("Wnioski złożone w okresie", st.heading),
            _applications_table(st, report),
            Spacer(1, 2 * mm),
            Paragraph("Status wniosku według stanu na dzień sporządzenia zestawienia.", st.label),
        ]),
        Spacer(1, 8 * mm),
        Paragraph(text(f"Sporządzono: {date_short(day)} r. "
                       f"{report.generated_at.strftime('%H:%M')}"), st.small_left),
        *anchor_story(report.audit_head),
    ]


def opening(st: Styles, office: OfficeOnPaper, day: dt.date, title: str, period: str,
            remark: str) -> list[Flowable]:
    """Place and date, the title, the period, and that the paper is not the form itself."""
    place = f"{text(office.place)}, " if office.place else ""
    return [
        Paragraph(f"{place}{date_short(day)} r.", st.right),
        Spacer(1, 6 * mm),
        Paragraph(text(title), st.title),
        Paragraph(text(f"Okres sprawozdawczy: {period}"), st.subtitle),
        Paragraph(text(remark), st.small),
    ]


def _form_name(form: BenefitForm | None) -> str:
    return TOTAL if form is None else POLISH_FORMS[form]


def _benefits_table(st: Styles, report: StatisticsReport, kind: DecisionKind) -> Table:
    chosen = [b for b in report.benefits if b.kind == kind]
    if kind is DecisionKind.GRANT:
        header: tuple[str, ...] = (
            "Forma pomocy", "Liczba osób, którym przyznano świadczenie decyzją",
            "Liczba decyzji", "Kwota świadczeń w zł (1)", "Liczba rodzin",
            "Liczba osób w rodzinach")
        rows: list[tuple[str, ...]] = [
            (_form_name(b.form), str(b.persons), str(b.decisions), money(b.amount),
             str(b.families), str(b.family_members)) for b in chosen]
        return figure_table(st, header, rows, (0.26, 0.17, 0.11, 0.18, 0.12, 0.16))
    # A refusal grants no amount: the column would only hold dashes.
    header = ("Forma pomocy", "Liczba osób, którym odmówiono", "Liczba decyzji",
              "Liczba rodzin", "Liczba osób w rodzinach")
    rows = [(_form_name(b.form), str(b.persons), str(b.decisions), str(b.families),
             str(b.family_members)) for b in chosen]
    return figure_table(st, header, rows, (0.32, 0.17, 0.17, 0.17, 0.17))


SOCIAL_WORK_MEANS = ("Praca socjalna nie wymaga decyzji (art. 106 ust. 1 u.p.s.); liczone "
                     "z dziennika pracy socjalnej: osoby i rodziny, z którymi w okresie "
                     "prowadzono pracę socjalną, każda raz bez względu na liczbę wpisów; "
                     "liczba osób w rodzinach według obecnego składu gospodarstwa domowego.")


def _social_work_story(st: Styles, report: StatisticsReport) -> list[Flowable]:
    figures = report.social_work
    if figures is None:
        return []
    header = ("Forma pomocy", "Liczba osób", "Liczba rodzin", "Liczba osób w rodzinach",
              "Wpisy w dzienniku")
    row = ("Praca socjalna", str(figures.persons), str(figures.families),
           str(figures.family_members), str(figures.entries))
    return [KeepTogether([
        Paragraph("Praca socjalna", st.heading),
        figure_table(st, header, [row], (0.32, 0.17, 0.17, 0.17, 0.17)),
        Spacer(1, 2 * mm),
        Paragraph(text(SOCIAL_WORK_MEANS), st.label),
    ])]


def _applications_table(st: Styles, report: StatisticsReport) -> Table:
    header = ("Forma pomocy", "Wnioski złożone", "w toku", "rozstrzygnięte", "wycofane")
    rows = [(_form_name(a.form), str(a.received), str(a.pending), str(a.decided),
             str(a.withdrawn)) for a in report.applications]
    return figure_table(st, header, rows, (0.32, 0.17, 0.17, 0.17, 0.17))


@lru_cache(maxsize=1)
def _figure(st: Styles) -> ParagraphStyle:
    return ParagraphStyle("ops-statistics-figure", parent=st.small_left, alignment=TA_RIGHT)


@lru_cache(maxsize=1)
def _figure_label(st: Styles) -> ParagraphStyle:
    return ParagraphStyle("ops-statistics-figure-label", parent=st.label, alignment=TA_RIGHT)


def figure_table(st: Styles, header: tuple[str, ...], rows: Sequence[tuple[str, ...]],
                 widths: tuple[float, ...]) -> Table:
    """A table of figures: labels left, figures right, the last row (the total) in bold."""
    def cells(row: tuple[str, ...], last: bool) -> list[Paragraph]:
        # The total row is in bold: it is the figure that goes into the report.
        mark = (lambda v: f"<b>{text(v)}</b>") if last else text
        return [Paragraph(mark(row[0]), st.small_left),
                *(Paragraph(mark(v), _figure(st)) for v in row[1:])]

    table = Table(
        [[Paragraph(text(header[0]), st.label),
          *(Paragraph(text(h), _figure_label(st)) for h in header[1:])],
         *(cells(row, i == len(rows) - 1) for i, row in enumerate(rows))],
        colWidths=[TEXT_WIDTH * w for w in widths],
        repeatRows=1,
    )
    table.setStyle(TableStyle([
        ("VALIGN", (0, 0), (-1, -1), "BOTTOM"),
        ("LINEBELOW", (0, 0), (-1, -1), 0.4, GREY),
        ("LINEABOVE", (0, 0), (-1, 0), 0.4, GREY),
        ("LINEABOVE", (0, -1), (-1, -1), 0.8, GREY),  # the total row
        ("TOPPADDING", (0, 0), (-1, -1), 3),
        ("BOTTOMPADDING", (0, 0), (-1, -1), 4),
        ("LEFTPADDING", (0, 0), (0, -1), 0),
    ]))
    return table
