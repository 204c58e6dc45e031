"""What the office holds about one person (art. 15 RODO): a PDF for the person and a JSON copy.

The data classes (documents/subject_data.py) are what the service fills; codes stay codes
(the JSON is for machines), and this module turns them into Polish words on paper.
"""

from __future__ import annotations

import datetime as dt
from decimal import Decimal
from functools import lru_cache
from typing import Any

from reportlab.lib.enums import TA_LEFT
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

from ops_desktop.documents.pages import Section, build_pdf
from ops_desktop.documents.styles import GREY, TEXT_WIDTH, Styles, styles, text
from ops_desktop.documents.subject_data import SubjectApplication, SubjectExport
from ops_desktop.documents.values import date_short, datetime_short, money, month_year
from ops_desktop.domain.vocabulary import (
    POLISH_FORMS,
    POLISH_GROUNDS,
    POLISH_NOTE_KINDS,
    POLISH_PAYMENT_METHODS,
    POLISH_RELATIONS,
)

TITLE = "Informacja o przetwarzanych danych osobowych"
NONE = "brak"
LABEL_WIDTH = 45 * mm


# --- paper -----------------------------------------------------------------------------

_SEX = {"F": "kobieta", "M": "mężczyzna"}
_DOCUMENTS = {"id_card": "dowód osobisty", "passport": "paszport",
              "residence_card": "karta pobytu", "other": "inny dokument"}
_CHANNELS = {"in_person": "osobiście", "phone": "telefonicznie", "letter": "pismo",
             "electronic": "e-mail / ePUAP", "ex_officio": "z urzędu"}
_OUTCOMES = {"information": "udzielono informacji lub porady",
             "referred": "przekazano do zespołu", "application": "przyjęto wniosek"}
_REFERRAL_STATUSES = {"pending": "oczekuje na przyjęcie", "accepted": "przyjęte",
                      "returned": "zwrócone"}
_APPLICATION_STATUSES = {"registered": "w toku", "decided": "rozpatrzony",
                         "withdrawn": "wycofany", "suspended": "postępowanie zawieszone",
                         "not_opened": "odmowa wszczęcia postępowania",
                         "left_unexamined": "pozostawiony bez rozpoznania"}
_DECISION_KINDS = {"grant": "przyznanie świadczenia", "refusal": "odmowa przyznania świadczenia",
                   "discontinuance": "umorzenie postępowania po wycofaniu wniosku",
                   "refusal_to_open": "postanowienie o odmowie wszczęcia postępowania",
                   "suspension": "postanowienie o zawieszeniu postępowania",
                   "resumption": "postanowienie o podjęciu zawieszonego postępowania",
                   "rectification": "postanowienie o sprostowaniu oczywistej omyłki"}
_DECISION_STATUSES = {"draft": "projekt (niewydana)", "signed": "wydana"}
_ACTIONS = {"insert": "wprowadzenie danych", "update": "zmiana danych",
            "delete": "usunięcie danych", "view": "wgląd w akta", "export": "wydanie kopii danych",
            "anonymise": "anonimizacja", "print": "wydruk"}
_ENTITIES = {"persons": "dane osobowe", "person": "akta osoby",
             "household_members": "skład gospodarstwa domowego", "households": "gospodarstwo",
             "cases": "sprawa", "intakes": "zgłoszenie", "referrals": "skierowanie",
             "applications": "wniosek", "incomes": "dochód", "decisions": "decyzja",
             "social_work_notes": "notatka pracy socjalnej",
             "interviews": "rodzinny wywiad środowiskowy",
             "social_work_log": "dziennik pracy socjalnej", "care_orders": "usługi opiekuńcze",
             "care_bills": "rachunek za usługi opiekuńcze", "payment_items": "wypłata",
             "dps_decisions": "decyzja w sprawie DPS",
             "shelter_decisions": "decyzja o przyznaniu schronienia",
             "meal_decisions": "decyzja o przyznaniu posiłku"}
_PLACEMENT_KINDS = {"dps_placement": "skierowanie do domu pomocy społecznej",
                    "dps_fee": "odpłatność za pobyt w domu pomocy społecznej",
                    "shelter": "przyznanie schronienia", "meal": "przyznanie posiłku"}
_INTERVIEW_KINDS = {"interview": "wywiad (część I)", "update": "aktualizacja wywiadu (część IV)"}
_INTERVIEW_STATUSES = {"draft": "w toku", "completed": "przeprowadzony",
                       "refused_interview": "odmowa przeprowadzenia wywiadu",
                       "refused_statement": "odmowa złożenia oświadczenia majątkowego"}
_LOG_KINDS = {"counselling": "rozmowa / poradnictwo", "home_visit": "wizyta w środowisku",
              "official_matter": "sprawa urzędowa / pomoc w załatwieniu",
              "institution_contact": "kontakt z instytucją", "family_work": "praca z rodziną",
              "other": "inne"}
_LIST_STATUSES = {"draft": "lista w przygotowaniu", "approved": "lista zatwierdzona"}


def _word(table: dict[Any, str], code: str | None) -> str:
    if not code:
        return ""
    return table.get(code, code)


def render_subject_export(export: SubjectExport) -> bytes:
    section = Section(office=export.office, reference=TITLE)
    return build_pdf([(section, subject_export_story(export))], title=TITLE)


def subject_export_story(export: SubjectExport) -> list[Flowable]:
    st = styles()
    day = export.generated_at.date()
    p = export.person
    story: list[Flowable] = [
        Paragraph(f"{text(export.office.place)}, {date_short(day)} r.", st.right),
        Spacer(1, 8 * mm),
        Paragraph(TITLE, st.title),
        Paragraph("(art. 15 RODO – prawo dostępu do danych osobowych)", st.subtitle),
        Paragraph(
            f"{text(export.office.name)}, jako administrator danych, przekazuje informację "
            "o danych osobowych przetwarzanych w Ośrodku o osobie: "
            f"<b>{text(p.first_name)} {text(p.last_name)}</b>, według stanu na dzień "
            f"{datetime_short(_local(export.generated_at))}. Informację sporządzono na podstawie "
            "art. 15 rozporządzenia Parlamentu Europejskiego i Rady (UE) 2016/679 (RODO).",
            st.body),
    ]
    story += _section(st, "1. Dane identyfikacyjne i adresowe", [_fields(st, [
        ("Imię i nazwisko", f"{p.first_name} {p.last_name}"),
        ("PESEL", p.pesel or NONE),
        ("Dokument tożsamości", " ".join(x for x in (_word(_DOCUMENTS, p.id_document_type),
                                                     p.id_document_number or "") if x) or NONE),
        ("Data urodzenia", date_short(p.birth_date) or NONE),
        ("Płeć", _word(_SEX, p.sex) or NONE),
        ("Miejsce pobytu (osoba bezdomna)" if p.homeless else "Adres",
         ", ".join(p.address_lines) or NONE),
        *([("Adres do doręczeń", ", ".join(p.delivery_lines))] if p.delivery_lines else []),
        ("Telefon", p.phone or NONE),
    ])])
    story += _section(st, "2. Gospodarstwo domowe", [
        Paragraph(text(f"{m.full_name} – {m.relation_name or _word(POLISH_RELATIONS, m.relation)}")
                  + (" (osoba, której dotyczy informacja)" if m.is_subject else ""), st.left)
        for m in export.household
    ], note="Innych członków gospodarstwa podajemy tylko z imienia i nazwiska; ich dane "
            "otrzymują oni sami na swój wniosek.")
    story += _section(st, "3. Sprawy prowadzone w Ośrodku", [_table(st, (
        "Znak sprawy", "Zespół", "Wszczęta", "Zakończona"), [
        (c.sign, c.team_name, date_short(c.opened_on), date_short(c.closed_on) or "w toku")
        for c in export.cases], (0.3, 0.4, 0.15, 0.15))] if export.cases else [])
    story += _section(st, "4. Zgłoszenia", [_fields(st, [
        ("Data zgłoszenia", datetime_short(_local(i.received_at))),
        ("Sposób", _word(_CHANNELS, i.channel) + (" (pilne)" if i.urgent else "")),
        ("Zgłaszający", i.reported_by or "osoba, której dotyczy informacja"),
        ("Opis sytuacji", i.problem or NONE),
        ("Powody (art. 7 u.p.s.)", _grounds(i.grounds, i.other_ground)),
        ("Sposób załatwienia", _word(_OUTCOMES, i.outcome)),
        ("Udzielona porada", i.advice_given or NONE),
    ]) for i in export.intakes])
    story += _section(st, "5. Przekazanie sprawy między zespołami", [_fields(st, [
        ("Numer i data", f"{r.number}, {datetime_short(_local(r.created_at))}"),
        ("Skąd – dokąd", f"{r.from_team_name} → {r.to_team_name}"),
        ("Powód", r.reason or NONE),
        ("Stan", _word(_REFERRAL_STATUSES, r.status)
         + (f" ({datetime_short(_local(r.decided_at))})" if r.decided_at else "")),
        *([("Powód zwrotu", r.return_reason)] if r.return_reason else []),
    ]) for r in export.referrals])
    story += _section(st, "6. Wnioski", [_table(st, (
        "Znak sprawy", "Złożony", "Forma pomocy", "Stan", "Cel / okres"), [
        (a.case_sign, date_short(a.received_on), _word(POLISH_FORMS, a.form),
         _word(_APPLICATION_STATUSES, a.status), _application_detail(a))
        for a in export.applications], (0.22, 0.13, 0.2, 0.15, 0.3))] if export.applications else [])
    story += _section(st, "7. Dochody wykazane we wnioskach", [_table(st, (
        "Znak sprawy", "Data wniosku", "Źródło dochodu", "Kwota netto"), [
        (n.case_sign, date_short(n.application_received_on), n.source or NONE, money(n.amount))
        for n in export.incomes], (0.25, 0.15, 0.4, 0.2))] if export.incomes else [])
    story += _section(st, "8. Decyzje", [_fields(st, [
        ("Znak sprawy", d.case_sign),
        ("Rozstrzygnięcie", f"{_word(_DECISION_KINDS, d.kind)}: {_word(POLISH_FORMS, d.form)}"),
        ("Stan", _word(_DECISION_STATUSES, d.status)
         + (f", {date_short(d.issued_on)}" if d.issued_on else "")
         + (f", podpisał(a): {d.signatory_name}" if d.signatory_name else "")),
        *([("Kwota", money(d.amount))] if d.amount is not None else []),
        *([("Okres", _period(d.period_from, d.period_to))] if d.period_from else []),
        ("Sposób wypłaty", _word(POLISH_PAYMENT_METHODS, d.payment_method)
         + (f", rachunek {d.bank_account}" if d.bank_account else "")),
        *([("Cel", d.purpose)] if d.purpose else []),
        *([("Treść rozstrzygnięcia", d.ruling_detail)] if d.ruling_detail else []),
        *([("Uzasadnienie", d.reasoning)] if d.reasoning else []),
    ]) for d in export.decisions])
    story += _section(st, "9. Notatki z pracy socjalnej", [_fields(st, [
        ("Data i rodzaj", f"{date_short(n.noted_on)}, {_word(POLISH_NOTE_KINDS, n.kind)}"),
        ("Znak sprawy", n.case_sign),
        ("Treść", n.text or NONE),
    ]) for n in export.social_work_notes])
    story += _later_sections(st, export)
    story += _section(st, "15. Kto i kiedy korzystał z danych", [_table(st, (
        "Data i godzina", "Pracownik", "Czynność"), [
        (datetime_short(_local(a.at)), a.user_name or "system",
         f"{_word(_ACTIONS, a.action)} – {_word(_ENTITIES, a.entity)}")
        for a in export.accesses], (0.22, 0.33, 0.45))] if export.accesses else [],
        note="Rejestr zdarzeń prowadzony przez program: odczyty i zmiany akt.")
    story += _section(st, "16. Informacje o przetwarzaniu", _information(st, export))
    story.append(KeepTogether([
        Spacer(1, 12 * mm),
        Paragraph(f"Sporządził(a): <b>{text(export.prepared_by)}</b>", st.left),
        Spacer(1, 10 * mm),
        Paragraph("." * 55 + '<br/><font size="8">(podpis)</font>', st.right),
    ]))
    return story


def _hours(value: Decimal) -> str:
    return f"{value:.2f}".replace(".", ",") + " godz."


def _later_sections(st: Styles, export: SubjectExport) -> list[Flowable]:
    """Interviews, the social-work log, care services, payments, DPS and shelter (10–15)."""
    story = _section(st, "10. Rodzinne wywiady środowiskowe", [_fields(st, [
        ("Znak sprawy", i.case_sign),
        ("Rodzaj", _word(_INTERVIEW_KINDS, i.kind)),
        ("Data", f"wiadomość o potrzebie: {date_short(i.learned_on)}"
         + (f", przeprowadzony: {date_short(i.conducted_on)}" if i.conducted_on else "")),
        ("Stan", _word(_INTERVIEW_STATUSES, i.status)),
        ("Pracownik socjalny", i.worker_name or NONE),
        *([("Treść wywiadu", i.answers)] if i.answers else []),
    ]) for i in export.interviews])
    story += _section(st, "11. Dziennik pracy socjalnej", [_table(st, (
        "Data", "Znak sprawy", "Rodzaj pracy", "Czas", "Notatka"), [
        (date_short(e.worked_on), e.case_sign,
         _word(_LOG_KINDS, e.kind) + (" (z rodziną)" if e.with_family else ""),
         f"{e.minutes} min", e.note or NONE)
        for e in export.social_work_log], (0.12, 0.2, 0.25, 0.1, 0.33))]
        if export.social_work_log else [])
    story += _section(st, "12. Usługi opiekuńcze", [_fields(st, [
        ("Znak sprawy i decyzja", f"{o.case_sign}, {o.decision_ref}"),
        ("Zakres usług", o.scope or NONE),
        ("Wymiar", _hours(o.hours_per_week) + " tygodniowo"),
        ("Okres", _period(o.starts_on, o.ends_on)),
        ("Opiekun(ka)", o.carer_name or NONE),
        ("Wykonawca", o.provider or NONE),
    ]) for o in export.care_orders])
    story += _section(st, "13. Rachunki za usługi opiekuńcze", [_table(st, (
        "Numer", "Miesiąc", "Wystawiony", "Godziny", "Odpłatność", "Kwota"), [
        (b.number, month_year(b.month), date_short(b.issued_on), _hours(b.hours),
         f"{b.fee_percent.replace('.', ',')}% stawki {money(b.hourly_cost)}/godz.", money(b.amount))
        for b in export.care_bills], (0.2, 0.17, 0.13, 0.13, 0.22, 0.15))]
        if export.care_bills else [])
    story += _section(st, "14. Wypłaty świadczeń", [_table(st, (
        "Lista wypłat", "Za miesiąc", "Znak sprawy", "Forma pomocy", "Sposób i termin", "Kwota"), [
        (f"{p.list_number} ({_word(_LIST_STATUSES, p.list_status)})", month_year(p.benefit_month),
         p.case_sign, _word(POLISH_FORMS, p.form),
         _word(POLISH_PAYMENT_METHODS, p.method) + f", {date_short(p.payment_date)}"
         + (f", rachunek {p.bank_account}" if p.bank_account else ""), money(p.amount))
        for p in export.payments], (0.16, 0.12, 0.21, 0.13, 0.26, 0.12))]
        if export.payments else [])
    story += _section(st, "15. Dom pomocy społecznej i schronienie", [_fields(st, [
        ("Decyzja", f"{_word(_PLACEMENT_KINDS, d.kind)} nr {d.number} z dnia "
                    f"{date_short(d.decided_on)} ({_word(_DECISION_STATUSES, d.status)})"),
        ("Znak sprawy", d.case_sign),
        ("Miejsce", d.place),
        ("Okres", _period(d.starts_on, d.ends_on) if d.ends_on else
         f"od {date_short(d.starts_on)}"),
        *([("Opłata mieszkańca", money(d.resident_fee) + " miesięcznie")]
          if d.resident_fee is not None else []),
        ("Uzasadnienie", d.reasoning or NONE),
    ]) for d in export.placements])
    return story


def _local(value: dt.datetime) -> dt.datetime:
    """Paper shows the office clock; the export keeps aware times."""
    return value.replace(tzinfo=None)


def _section(st: Styles, title: str, items: list[Flowable], note: str = "") -> list[Flowable]:
    out: list[Flowable] = [Paragraph(text(title), _left_heading(st))]
    if note:
        out.append(Paragraph(text(note), st.label))
    if not items:
        out.append(Paragraph(NONE, st.left))
    for item in items:
        out += [item, Spacer(1, 2 * mm)]
    return out


@lru_cache(maxsize=1)
def _left_heading(st: Styles) -> ParagraphStyle:
    return ParagraphStyle("ops-subject-heading", parent=st.heading, alignment=TA_LEFT)


def _cell(value: str) -> str:
    return text(value).replace("\n", "<br/>")


def _fields(st: Styles, rows: list[tuple[str, str]]) -> Table:
    table = Table(
        [[Paragraph(text(label), st.label), Paragraph(_cell(value), st.left)]
         for label, value in rows],
        colWidths=[LABEL_WIDTH, TEXT_WIDTH - LABEL_WIDTH],
        splitInRow=1,  # a long narrative may run over the page inside its row
    )
    table.setStyle(_grid())
    return table


def _table(st: Styles, header: tuple[str, ...], rows: list[tuple[str, ...]],
           widths: tuple[float, ...]) -> Table:
    table = Table(
        [[Paragraph(text(h), st.label) for h in header],
         *([Paragraph(_cell(v), st.small_left) for v in row] for row in rows)],
        colWidths=[TEXT_WIDTH * w for w in widths],
        repeatRows=1,
    )
    table.setStyle(_grid())
    return table


def _grid() -> TableStyle:
    return TableStyle([
        ("VALIGN", (0, 0), (-1, -1), "TOP"),
        ("LINEBELOW", (0, 0), (-1, -1), 0.4, GREY),
        ("LINEABOVE", (0, 0), (-1, 0), 0.4, GREY),
        ("TOPPADDING", (0, 0), (-1, -1), 3),
        ("BOTTOMPADDING", (0, 0), (-1, -1), 4),
        ("LEFTPADDING", (0, 0), (0, -1), 0),
    ])


def _grounds(codes: tuple[str, ...], other: str) -> str:
    words = [f"pkt {c} – {_word(POLISH_GROUNDS, c)}" if c != "other" else (other or "inna")
             for c in codes]
    return "; ".join(words) or NONE


def _period(start: dt.date | None, end: dt.date | None) -> str:
    return f"od {date_short(start)}" + (f" do {date_short(end)}" if end else " (bezterminowo)")


def _application_detail(a: SubjectApplication) -> str:
    parts = [a.purpose] if a.purpose else []
    if a.requested_from:
        parts.append(_period(a.requested_from, a.requested_to))
    if a.defects:
        parts.append("wezwanie do usunięcia braków: " + ", ".join(a.defects.splitlines()))
    return "; ".join(parts)


def _information(st: Styles, export: SubjectExport) -> list[Flowable]:
    kept = "; ".join(f"{r.description}: kategoria {r.category}"
                     + ("" if r.category == "A" else f", {r.years} lat")
                     for r in export.retention)
    lines = [
        "Cel przetwarzania: realizacja zadań pomocy społecznej na podstawie ustawy z dnia "
        "12 marca 2004 r. o pomocy społecznej oraz prowadzenie postępowań administracyjnych "
        "(art. 6 ust. 1 lit. c i e oraz art. 9 ust. 2 lit. b i h RODO).",
        "Źródło danych: osoba, której dane dotyczą, członkowie jej gospodarstwa domowego, "
        "zgłaszający oraz dokumenty zebrane w toku postępowania.",
        "Odbiorcy: dane nie są udostępniane nikomu poza Ośrodkiem, z wyjątkiem podmiotów "
        "uprawnionych na podstawie przepisów prawa.",
        "Okres przechowywania: zgodnie z jednolitym rzeczowym wykazem akt, liczony od 1 stycznia "
        "roku następującego po zakończeniu sprawy" + (f" ({kept})." if kept else "."),
        "Przysługuje Pani/Panu prawo do sprostowania danych (art. 16 RODO), ograniczenia "
        "przetwarzania (art. 18 RODO) oraz wniesienia skargi do Prezesa Urzędu Ochrony Danych "
        "Osobowych (ul. Stawki 2, 00-193 Warszawa).",
    ]
    return [Paragraph(text(line), st.small) for line in lines]
