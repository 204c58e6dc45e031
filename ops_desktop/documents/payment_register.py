"""Rejestr wypłat on paper: a person's payments, returns, re-issues, deductions and claim
movements, with the list numbers and the balance of undue-benefit claims."""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence
from dataclasses import dataclass
from decimal import Decimal

from reportlab.platypus import Flowable, Paragraph, Spacer, Table, TableStyle
from reportlab.lib.units import mm

from ops_desktop.documents.data import OfficeOnPaper
from ops_desktop.documents.pages import Section, build_pdf
from ops_desktop.documents.styles import GREY, TEXT_WIDTH, styles, text
from ops_desktop.documents.values import date_short, money

TITLE = "Rejestr wypłat"
KINDS = {"payment": "wypłata", "reissue": "ponowna wypłata (zwrot z banku)",
         "return": "zwrot przelewu przez bank", "claim": "należność – nienależnie pobrane "
         "świadczenie (art. 104 u.p.s.)", "deduction": "potrącenie z wypłaty (art. 104 ust. 2)",
         "cashier": "wpłata w kasie", "transfer": "wpłata przelewem",
         "waiver": "umorzenie należności (art. 104 ust. 4)"}


@dataclass(frozen=True)
class RegisterLine:
    on: dt.date
    kind: str
    list_number: str
    approved: bool
    benefit_month: dt.date | None
    claim_number: str
    gross_grosze: int
    deduction_grosze: int
    net_grosze: int
    claims_balance_grosze: int


def zloty(grosze: int) -> str:
    return money(Decimal(grosze) / 100)


def render_register(office: OfficeOnPaper, person_name: str, lines: Sequence[RegisterLine],
                    balance_grosze: int, made_on: dt.date) -> bytes:
    st = styles()
    header = ["Data", "Zdarzenie", "Lista / należność", "Za miesiąc", "Kwota", "Potrącenie",
              "Netto", "Saldo należności"]
    rows = [[Paragraph(text(h), st.label) for h in header]]
    for line in lines:
        where = " ".join(v for v in (line.list_number + ("" if line.approved else " (projekt)")
                                     if line.list_number else "", line.claim_number) if v)
        rows.append([Paragraph(text(v), st.small_left) for v in (
            date_short(line.on), KINDS[line.kind], where,
            line.benefit_month.strftime("%m.%Y") if line.benefit_month else "",
            zloty(line.gross_grosze), zloty(line.deduction_grosze) if line.deduction_grosze else "",
            zloty(line.net_grosze), zloty(line.claims_balance_grosze))])
    widths = (0.1, 0.22, 0.16, 0.09, 0.11, 0.1, 0.11, 0.11)
    table = Table(rows, colWidths=[TEXT_WIDTH * w for w in widths], repeatRows=1)
    table.setStyle(TableStyle([("VALIGN", (0, 0), (-1, -1), "TOP"),
                               ("GRID", (0, 0), (-1, -1), 0.4, GREY)]))
    story: list[Flowable] = [
        Paragraph(text(f"{TITLE} – {person_name}"), st.title),
        Paragraph(text(f"stan na {date_short(made_on)} r."), st.subtitle),
        Spacer(1, 4 * mm), table, Spacer(1, 3 * mm),
        Paragraph(text(f"Saldo należności do zwrotu: {zloty(balance_grosze)}"), st.left),
    ]
    return build_pdf([(Section(office=office, reference=TITLE), story)], title=TITLE)
