"""The slip handed to a person (and kept in the file) when a case is passed to another team."""

from __future__ import annotations

from reportlab.lib import colors
from reportlab.lib.units import mm
from reportlab.platypus import (
    Flowable,
    KeepTogether,
    Paragraph,
    Spacer,
    Table,
    TableStyle,
)

from ops_desktop.documents.data import ReferralSlipDocument
from ops_desktop.documents.pages import Section, build_pdf
from ops_desktop.documents.styles import (
    GREY,
    SERIF_BOLD,
    TEXT_WIDTH,
    Styles,
    styles,
    text,
)
from ops_desktop.documents.values import date_short, datetime_short

TITLE = "SKIEROWANIE / INFORMACJA O PRZEKAZANIU SPRAWY"
NONE = "brak"
LABEL_WIDTH = 52 * mm


def render_referral_slip(doc: ReferralSlipDocument) -> bytes:
    """The slip as a one-page A4 PDF (a very long reason may continue on a second page)."""
    section = Section(office=doc.office, reference=f"Skierowanie nr {doc.number}")
    return build_pdf([(section, referral_slip_story(doc))], title=f"Skierowanie {doc.number}")


def referral_slip_story(doc: ReferralSlipDocument) -> list[Flowable]:
    st = styles()
    story: list[Flowable] = [
        Paragraph(f"{text(doc.office.place)}, {date_short(doc.created_at.date())} r.", st.right),
        Spacer(1, 8 * mm),
        Paragraph(TITLE, st.title),
        Paragraph(f"nr {text(doc.number)}", st.subtitle),
    ]
    if doc.urgent:
        story += [_urgent_box(st), Spacer(1, 5 * mm)]
    story += [
        _fields(doc, st),
        Spacer(1, 10 * mm),
        KeepTogether([_signature(doc, st), Spacer(1, 10 * mm), _note(doc, st)]),
    ]
    return story


def _fields(doc: ReferralSlipDocument, st: Styles) -> Table:
    rows = [
        ("Data i godzina", text(datetime_short(doc.created_at))),
        ("Imię i nazwisko", f"<b>{text(doc.person_name)}</b>"),
        ("PESEL", text(doc.person_pesel or NONE)),
        ("Adres", text(", ".join(doc.person_address)) if doc.person_address else NONE),
        ("Przekazuje", text(doc.from_team)),
        ("Przekazano do", f"<b>{text(doc.to_team)}</b>"),
    ]
    # The reason and the special-category grounds are printed only when the worker chose
    # to (services/intake.py); a row left out is not replaced by a claim that there is none.
    if doc.reason:
        rows.append(("Powód przekazania", text(doc.reason).replace("\n", "<br/>")))
    if doc.grounds or not doc.grounds_left_out:
        grounds = "<br/>".join(text(g) for g in doc.grounds) if doc.grounds else "nie wskazano"
        rows.append(("Powody udzielenia pomocy (art. 7 ustawy o pomocy społecznej)", grounds))
    table = Table(
        [[Paragraph(label, st.label), Paragraph(value, st.left)] for label, value in rows],
        colWidths=[LABEL_WIDTH, TEXT_WIDTH - LABEL_WIDTH],
        splitInRow=1,  # a very long reason may run over the page inside its row
    )
    table.setStyle(TableStyle([
        ("VALIGN", (0, 0), (-1, -1), "TOP"),
        ("LINEBELOW", (0, 0), (-1, -1), 0.4, GREY),
        ("LINEABOVE", (0, 0), (-1, 0), 0.4, GREY),
        ("TOPPADDING", (0, 0), (-1, -1), 4),
        ("BOTTOMPADDING", (0, 0), (-1, -1), 5),
        ("LEFTPADDING", (0, 0), (0, -1), 0),
    ]))
    return table


def _urgent_box(st: Styles) -> Table:
    # Black on white with a heavy frame: offices print on monochrome lasers, so no colour.
    box = Table(
        [[Paragraph(
            f'<font name="{SERIF_BOLD}" size="18">PILNE</font><br/>'
            "sprawa do niezwłocznego podjęcia",
            st.centred,
        )]],
        colWidths=[80 * mm],
    )
    box.setStyle(TableStyle([
        ("BOX", (0, 0), (-1, -1), 2.2, colors.black),
        ("TOPPADDING", (0, 0), (-1, -1), 6),
        ("BOTTOMPADDING", (0, 0), (-1, -1), 7),
    ]))
    return box


def _signature(doc: ReferralSlipDocument, st: Styles) -> Table:
    left = Paragraph(f"Przekazał(a):<br/><b>{text(doc.worker_name)}</b>", st.left)
    right = Paragraph(
        "<br/>" + "." * 55 + '<br/><font size="8">(podpis pracownika)</font>', st.centred
    )
    table = Table([[left, right]], colWidths=[TEXT_WIDTH * 0.45, TEXT_WIDTH * 0.55])
    table.setStyle(TableStyle([
        ("VALIGN", (0, 0), (-1, -1), "BOTTOM"),
        ("LEFTPADDING", (0, 0), (-1, -1), 0),
        ("RIGHTPADDING", (0, 0), (-1, -1), 0),
    ]))
    return table


def _note(doc: ReferralSlipDocument, st: Styles) -> Table:
    """What happens next, in plain words for the person who takes the slip home."""
    office = doc.office
    contact = ", ".join(
        part for part in (
            f"tel. {office.phone}" if office.phone else "",
            f"e-mail: {office.email}" if office.email else "",
            ", ".join(office.address_lines),
        ) if part
    )
    lines = [
        "<b>Informacja dla osoby, której dotyczy skierowanie</b>",
        f"Sprawa została przekazana do: {text(doc.to_team)}. Pracownik tego zespołu skontaktuje "
        "się w tej sprawie telefonicznie, listownie lub osobiście i ustali dalsze kroki. "
        "Prosimy zachować to skierowanie i mieć je przy sobie przy kolejnym kontakcie "
        "z Ośrodkiem.",
    ]
    if doc.urgent:
        lines.append(
            "Sprawa została oznaczona jako pilna i zostanie podjęta w pierwszej kolejności."
        )
    if contact:
        lines.append(f"W razie pytań prosimy o kontakt: {text(office.name)}, {text(contact)}.")
    box = Table([[[Paragraph(line, st.small) for line in lines]]], colWidths=[TEXT_WIDTH])
    box.setStyle(TableStyle([
        ("BOX", (0, 0), (-1, -1), 0.6, GREY),
        ("LEFTPADDING", (0, 0), (-1, -1), 8),
        ("RIGHTPADDING", (0, 0), (-1, -1), 8),
        ("TOPPADDING", (0, 0), (-1, -1), 6),
        ("BOTTOMPADDING", (0, 0), (-1, -1), 6),
    ]))
    return box
