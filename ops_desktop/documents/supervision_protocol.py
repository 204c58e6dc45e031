"""Protokół kontroli usług opiekuńczych / protokół rozpatrzenia skargi: a closed check of
care or a complaint on paper, for the office's file and for the provider.

Every fact is the record as closed (services/care_supervision_closing.py keeps it
unchanged), so a reprint is the same paper. The client is named with the case sign only:
neither the kind of care (specialist care for persons with mental disorders would tell of a
disorder) nor its scope, address or income reach a paper the provider may be handed.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from reportlab.lib.units import mm
from reportlab.platypus import Flowable, Paragraph, Spacer

from ops_desktop.documents.care_bill import label_table
from ops_desktop.documents.data import OfficeOnPaper
from ops_desktop.documents.pages import Section, build_pdf
from ops_desktop.documents.styles import styles, text
from ops_desktop.documents.values import date_long, date_short

LABEL_WIDTH = 62 * mm

TITLES = {"check": "PROTOKÓŁ KONTROLI USŁUG OPIEKUŃCZYCH",
          "complaint": "PROTOKÓŁ ROZPATRZENIA SKARGI NA USŁUGI OPIEKUŃCZE"}
WHO = {"check": "Kontrolę przeprowadził(a)", "complaint": "Skargę wniósł (wniosła)"}
HELD = {"check": "Data kontroli", "complaint": "Data wniesienia skargi"}
OUTCOMES = {
    "no_remarks": "kontrola bez zastrzeżeń",
    "deficiencies": "stwierdzono uchybienia",
    "upheld": "skarga zasadna",
    "partly_upheld": "skarga częściowo zasadna",
    "dismissed": "skarga niezasadna",
}


@dataclass(frozen=True)
class SupervisionProtocolOnPaper:
    office: OfficeOnPaper
    kind: str  # "check" or "complaint"
    held_on: dt.date
    conducted_by: str
    client_name: str  # blank when the record is about a provider only
    case_sign: str
    provider_name: str
    carer_name: str
    findings: str
    follow_up: str
    follow_up_by: dt.date | None
    outcome: str
    closed_on: dt.date
    recommendations: str
    fix_by: dt.date | None
    closed_by_name: str


def render_supervision_protocol(doc: SupervisionProtocolOnPaper) -> bytes:
    reference = f"Znak sprawy: {doc.case_sign}" if doc.case_sign else ""
    section = Section(office=doc.office, reference=reference)
    return build_pdf([(section, protocol_story(doc))], title=TITLES[doc.kind].capitalize())


def _lines(value: str) -> str:
    return "<br/>".join(text(line) for line in value.strip().splitlines()) or "—"


def protocol_story(doc: SupervisionProtocolOnPaper) -> list[Flowable]:
    st = styles()
    rows: list[tuple[str, str]] = [(HELD[doc.kind], date_short(doc.held_on)),
                                   (WHO[doc.kind], text(doc.conducted_by))]
    if doc.client_name:
        rows.append(("Osoba korzystająca z usług", text(doc.client_name)))
    if doc.case_sign:
        rows.append(("Znak sprawy", text(doc.case_sign)))
    if doc.provider_name:
        rows.append(("Wykonawca usług", text(doc.provider_name)))
    if doc.carer_name:
        rows.append(("Opiekun(ka)", text(doc.carer_name)))
    rows.append(("Ustalenia", _lines(doc.findings)))
    if doc.follow_up.strip():
        until = f" (do {date_short(doc.follow_up_by)})" if doc.follow_up_by else ""
        rows.append(("Działania w toku sprawy", _lines(doc.follow_up) + until))
    rows += [("Wynik", f"<b>{OUTCOMES[doc.outcome]}</b>"),
             ("Zalecenia", _lines(doc.recommendations)),
             ("Termin usunięcia uchybień",
              date_short(doc.fix_by) if doc.fix_by else "nie wyznaczono"),
             ("Data zamknięcia", date_short(doc.closed_on))]
    return [
        Paragraph(f"{text(doc.office.place)}, {date_long(doc.closed_on)}", st.right),
        Spacer(1, 6 * mm),
        Paragraph(TITLES[doc.kind], st.title),
        Spacer(1, 4 * mm),
        label_table(rows, st, LABEL_WIDTH),
        Spacer(1, 14 * mm),
        Paragraph(f"Sporządził(a): {text(doc.closed_by_name)}<br/>"
                  "(podpis) ..............................................", st.right),
    ]
