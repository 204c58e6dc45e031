"""Rachunek za usługi opiekuńcze: the monthly bill handed to the person receiving care.

Every figure is the bill as issued (services/care_services.py keeps it unchanged), so a
reprint is the same paper; the fee table is cited by the council resolution that applied.
The scope of care is not printed: the bill says what is owed and why, not what the person
cannot do alone.
"""

from __future__ import annotations

from decimal import Decimal

from reportlab.lib.units import mm
from reportlab.platypus import Flowable, Paragraph, Spacer, Table, TableStyle

from ops_desktop.documents.data import CareBillOnPaper
from ops_desktop.documents.pages import Section, build_pdf
from ops_desktop.documents.styles import GREY, TEXT_WIDTH, Styles, styles, text
from ops_desktop.documents.values import date_long, date_short, money, month_year

LABEL_WIDTH = 70 * mm


def _figure(value: Decimal) -> str:
    """A percentage or hours as the office writes them: "15", "12,5"."""
    return format(value.normalize(), "f").replace(".", ",")


def render_care_bill(doc: CareBillOnPaper) -> bytes:
    section = Section(office=doc.office, reference=f"Rachunek nr {doc.number}",
                      watermark="WZÓR" if doc.example_table else "")
    return build_pdf([(section, care_bill_story(doc))], title=f"Rachunek {doc.number}")


def care_bill_story(doc: CareBillOnPaper) -> list[Flowable]:
    st = styles()
    title = "RACHUNEK ZA USŁUGI OPIEKUŃCZE"
    if doc.corrects_number:
        title = "RACHUNEK KORYGUJĄCY ZA USŁUGI OPIEKUŃCZE"
    story: list[Flowable] = [
        Paragraph(f"{text(doc.office.place)}, {date_long(doc.issued_on)}", st.right),
        Spacer(1, 6 * mm),
        Paragraph(title, st.title),
        Paragraph(f"nr {text(doc.number)} za {month_year(doc.month)}", st.subtitle),
    ]
    if doc.corrects_number:
        story.append(Paragraph(
            f"Koryguje rachunek nr {text(doc.corrects_number)}.", st.centred))
    story += [Spacer(1, 4 * mm), _table(doc, st), Spacer(1, 6 * mm),
              Paragraph(f"Do zapłaty: <b>{money(doc.amount)}</b>", st.left),
              Spacer(1, 4 * mm), _basis(doc, st)]
    return story


def _table(doc: CareBillOnPaper, st: Styles) -> Table:
    per_person = "dochód osoby samotnie gospodarującej" if doc.household_size == 1 else (
        f"dochód na osobę w rodzinie ({doc.household_size} os.)")
    rows = [
        ("Świadczeniobiorca", f"<b>{text(doc.person_name)}</b><br/>{text(doc.address)}"),
        ("Znak sprawy", text(doc.case_sign)),
        ("Decyzja przyznająca usługi", text(doc.decision_ref)),
        ("Opiekun(ka) / wykonawca", text(", ".join(
            p for p in (doc.carer_name, doc.provider) if p))),
        ("Miesiąc", month_year(doc.month)),
        ("Liczba godzin wykonanych usług", _figure(doc.hours)),
        ("Koszt 1 godziny usług", money(doc.hourly_cost)),
        # A single person's bill said "Dochód rodziny" beside "dochód osoby samotnie
        # gospodarującej": the income is named as the decision names it.
        ("Dochód osoby samotnie gospodarującej" if doc.household_size == 1
         else f"Dochód rodziny ({doc.household_size} os.)", money(doc.income)),
        ("Kryterium dochodowe", money(doc.criterion)),
        (per_person.capitalize() + " w % kryterium", f"{_figure(doc.income_share)}%"),
        ("Odpłatność (% kosztu godziny)", f"{_figure(doc.fee_percent)}%"),
        ("Wyliczenie", f"{_figure(doc.hours)} godz. × {money(doc.hourly_cost)} × "
                       f"{_figure(doc.fee_percent)}% = {money(doc.amount)}"),
    ]
    return label_table(rows, st, LABEL_WIDTH)


def label_table(rows: list[tuple[str, str]], st: Styles, label_width: float) -> Table:
    """Label on the left, the fact on the right, a hairline between rows (also the
    supervision protocol's)."""
    table = Table([[Paragraph(label, st.label), Paragraph(value, st.left)]
                   for label, value in rows],
                  colWidths=[label_width, TEXT_WIDTH - label_width])
    table.setStyle(TableStyle([
        ("VALIGN", (0, 0), (-1, -1), "TOP"),
        ("LINEBELOW", (0, 0), (-1, -1), 0.4, GREY),
        ("LINEABOVE", (0, 0), (-1, 0), 0.4, GREY),
        ("TOPPADDING", (0, 0), (-1, -1), 3),
        ("BOTTOMPADDING", (0, 0), (-1, -1), 4),
        ("LEFTPADDING", (0, 0), (0, -1), 0),
    ]))
    return table


def _basis(doc: CareBillOnPaper, st: Styles) -> Paragraph:
    lines = [f"Podstawa: {text(doc.legal_basis)}; {text(doc.resolution)}."]
    if doc.example_table:
        lines.append("Tabela odpłatności jest przykładowa – ośrodek nie wprowadził jeszcze "
                     "uchwały własnej rady gminy.")
    lines.append(f"Wystawiono dnia {date_short(doc.issued_on)} r.")
    return Paragraph("<br/>".join(lines), st.small)
