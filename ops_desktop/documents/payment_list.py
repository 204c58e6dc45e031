"""A payment list on paper: the cash list with a column for the payee's signature, the
transfer list with the accounts. An unapproved list prints as a draft (watermark)."""

from __future__ import annotations

from decimal import Decimal

from reportlab.lib.units import mm
from reportlab.platypus import Flowable, KeepTogether, Paragraph, Spacer, Table, TableStyle

from ops_desktop.documents.data import OfficeOnPaper
from ops_desktop.documents.pages import Section, build_pdf
from ops_desktop.documents.payment_data import PaymentLine, PaymentListPaper
from ops_desktop.documents.styles import GREY, TEXT_WIDTH, Styles, styles, text
from ops_desktop.documents.values import date_short, datetime_short, money, month_year
from ops_desktop.domain.vocabulary import POLISH_FORMS, PaymentMethod

TITLE = "Lista wypłat świadczeń"
METHODS = {PaymentMethod.BANK_TRANSFER: "przelew na rachunek bankowy",
           PaymentMethod.CASH: "wypłata w kasie Ośrodka"}
UNCONFIRMED = "(numer rozdziału do potwierdzenia przez głównego księgowego)"
DRAFT = "PROJEKT"
CORRECTION = "lista korygująca – ponowna wypłata przelewów zwróconych przez bank"
REISSUE = "ponowna wypłata (zwrot z banku)"
DEDUCTION_NOTE = ("Potrącenie: kwota nienależnie pobranego świadczenia potrącona z bieżącej "
                  "wypłaty (art. 104 ust. 2 ustawy o pomocy społecznej).")


def zloty(grosze: int) -> str:
    return money(Decimal(grosze) / 100)


def render_payment_list(paper: PaymentListPaper, office: OfficeOnPaper) -> bytes:
    section = Section(office=office, reference=f"Lista wypłat nr {paper.number}",
                      watermark="" if paper.approved else DRAFT)
    return build_pdf([(section, payment_list_story(paper))], title=TITLE)


def payment_list_story(paper: PaymentListPaper) -> list[Flowable]:
    st = styles()
    chapter = f"Dział 852, rozdział {paper.chapter} – {paper.chapter_name}"
    if not paper.chapter_confirmed:
        chapter += f" {UNCONFIRMED}"
    return [
        Paragraph(text(f"{TITLE} nr {paper.number}"), st.title),
        Paragraph(text(f"za {month_year(paper.benefit_month)}"), st.subtitle),
        *([Paragraph(text(CORRECTION), st.subtitle)] if paper.correction else []),
        Paragraph(text(f"Sposób wypłaty: {METHODS[paper.method]}"), st.left),
        Paragraph(text(chapter), st.left),
        Paragraph(text(f"Termin wypłaty: {date_short(paper.payment_date)} r."), st.left),
        Spacer(1, 4 * mm),
        _table(st, paper),
        Spacer(1, 3 * mm),
        *_totals(st, paper),
        Spacer(1, 2 * mm),
        Paragraph(text("Kwota za niepełny miesiąc: kwota miesięczna ÷ liczba dni miesiąca × "
                       "liczba dni objętych prawem do świadczenia (art. 106 ust. 3 ustawy o "
                       "pomocy społecznej)."), st.label),
        Spacer(1, 10 * mm),
        KeepTogether(_signatures(st, paper)),
    ]


def _totals(st: Styles, paper: PaymentListPaper) -> list[Flowable]:
    out: list[Flowable] = []
    if paper.deduction_grosze:
        out.append(Paragraph(text(f"Razem brutto: {zloty(paper.gross_grosze)}, potrącenia: "
                                  f"{zloty(paper.deduction_grosze)}"), st.left))
    out.append(Paragraph(text(f"Razem do wypłaty: {zloty(paper.total_grosze)} "
                              f"({len(paper.lines)} poz.)"), st.left))
    if paper.deduction_grosze:
        out.append(Paragraph(text(DEDUCTION_NOTE), st.label))
    return out


def _amounts(line: PaymentLine) -> str:
    if not line.deduction_grosze:
        return text(zloty(line.amount_grosze))
    return "<br/>".join(text(v) for v in (
        f"brutto {zloty(line.amount_grosze)}", f"potrącenie {zloty(line.deduction_grosze)}",
        f"netto {zloty(line.net_grosze)}"))


def _period(line: PaymentLine) -> str:
    month = line.benefit_month.strftime("%m.%Y")
    if line.days is not None:
        month = f"{month} ({line.days}/{line.month_days} dni)"
    return f"{month}, {REISSUE}" if line.reissue else month


def _payee(line: PaymentLine) -> str:
    address = ", ".join(a for a in line.party_address.splitlines() if a)
    pesel = f"PESEL {line.party_pesel}" if line.party_pesel else ""
    return "<br/>".join(text(v) for v in (line.party_name, address, pesel) if v)


def _table(st: Styles, paper: PaymentListPaper) -> Table:
    cash = paper.method is PaymentMethod.CASH
    last = "Data i podpis odbiorcy" if cash else "Rachunek odbiorcy"
    header = ["Lp.", "Odbiorca", "Decyzja", "Forma pomocy, okres", "Kwota", last]
    rows: list[list[Paragraph]] = [[Paragraph(text(h), st.label) for h in header]]
    for line in paper.lines:
        decision = text(line.case_sign) + (f"<br/>z {text(date_short(line.issued_on))} r."
                                           if line.issued_on else "")
        rows.append([
            Paragraph(str(line.position), st.small_left),
            Paragraph(_payee(line), st.small_left),
            Paragraph(decision, st.small_left),
            Paragraph(text(POLISH_FORMS[line.form]) + "<br/>" + text(_period(line)),
                      st.small_left),
            Paragraph(_amounts(line), st.small_left),
            Paragraph("" if cash else text(_grouped(line.bank_account or "")), st.small_left),
        ])
    widths = (0.06, 0.25, 0.22, 0.16, 0.13, 0.18)
    table = Table(rows, colWidths=[TEXT_WIDTH * w for w in widths], repeatRows=1)
    table.setStyle(TableStyle([
        ("VALIGN", (0, 0), (-1, -1), "TOP"),
        ("GRID", (0, 0), (-1, -1), 0.4, GREY),
        ("TOPPADDING", (0, 0), (-1, -1), 3),
        # room for a signature by hand on a cash list
        ("BOTTOMPADDING", (0, 1), (-1, -1), 14 if cash else 4),
    ]))
    return table


def _grouped(account: str) -> str:
    digits = account[2:] if account.startswith("PL") else account
    return " ".join([digits[:2], *(digits[i:i + 4] for i in range(2, len(digits), 4))])


def _signatures(st: Styles, paper: PaymentListPaper) -> list[Flowable]:
    approved = ""
    if paper.approved:
        approved = f"{paper.approved_name}, {datetime_short(paper.approved_at)}"
    cells = [[Paragraph(text(f"Sporządził(a): {paper.prepared_name}"), st.small_left),
              Paragraph(text("Sprawdził(a) – główny księgowy:"), st.small_left),
              Paragraph(text(f"Zatwierdził(a): {approved}" if approved
                             else "Zatwierdził(a): – lista niezatwierdzona –"), st.small_left)]]
    table = Table(cells, colWidths=[TEXT_WIDTH / 3] * 3)
    table.setStyle(TableStyle([("VALIGN", (0, 0), (-1, -1), "TOP"),
                               ("BOTTOMPADDING", (0, 0), (-1, -1), 18)]))
    return [table]
