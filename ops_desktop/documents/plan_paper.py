"""The parts every plan prints the same way: the parties, the goals, the actions table, the
signature lines and the monitoring part (reviews and the ending). A kontrakt socjalny
(documents/social_contract.py) and an individual programme or help plan
(documents/programme.py) have these in the same shape, so they are drawn here once."""

from __future__ import annotations

import datetime as dt

from reportlab.lib.units import mm
from reportlab.platypus import Flowable, KeepTogether, Paragraph, Spacer, Table, TableStyle

from ops_desktop.documents.styles import GREY, SERIF_BOLD, TEXT_WIDTH, styles, text
from ops_desktop.documents.values import date_short
from ops_desktop.domain.contracts import EndReason, Party
from ops_desktop.domain.plans import Action, ActionStatus, Goal, Performer, Review

PERFORMER_WORDS = {
    Performer.PERSON: "osoba/rodzina",
    Performer.FAMILY_MEMBER: "członek rodziny",
    Performer.WORKER: "pracownik socjalny",
    Performer.INSTITUTION: "inna instytucja",
}
STATUS_WORDS = {
    ActionStatus.NOT_STARTED: "nierozpoczęte",
    ActionStatus.IN_PROGRESS: "w toku",
    ActionStatus.DONE: "zrealizowane",
    ActionStatus.NOT_DONE: "niezrealizowane",
}


def para(value: str, style: object) -> Paragraph:
    return Paragraph(text(value).replace("\n", "<br/>"), style)


def grid(rows: list[list[Flowable]], widths: list[float]) -> Table:
    table = Table(rows, colWidths=widths, repeatRows=1, splitInRow=1)
    table.setStyle(TableStyle([
        ("VALIGN", (0, 0), (-1, -1), "TOP"),
        ("GRID", (0, 0), (-1, -1), 0.4, GREY),
        ("FONTNAME", (0, 0), (-1, 0), SERIF_BOLD),
    ]))
    return table


def parties(lead: str, named: tuple[Party, ...], worker_name: str,
            worker_phone: str) -> list[Flowable]:
    """"<lead>" over the table of persons, then the worker with their phone."""
    st = styles()
    rows = [[para(h, st.label) for h in ("Lp.", "Nazwisko i imię", "PESEL", "Adres zamieszkania")]]
    rows += [[para(str(i), st.small_left), para(p.name, st.small_left),
              para(p.pesel or "—", st.small_left), para(p.address, st.small_left)]
             for i, p in enumerate(named, 1)]
    worker = f"a pracownikiem socjalnym: {worker_name}"
    if worker_phone:
        worker += f", nr telefonu: {worker_phone}"
    return [para(lead, st.left), grid(rows, [10 * mm, 55 * mm, 30 * mm, TEXT_WIDTH - 95 * mm]),
            Spacer(1, 2 * mm), para(worker, st.left)]


def goals(main_goal: str, specific_goals: tuple[Goal, ...]) -> list[Flowable]:
    st = styles()
    story: list[Flowable] = [para("Cel główny:", st.label), para(main_goal, st.body),
                             para("Cele szczegółowe:", st.label)]
    return story + [para(f"{i}) {g.text}", st.numbered) for i, g in enumerate(specific_goals, 1)]


def actions_table(actions: tuple[Action, ...], heading: str) -> list[Flowable]:
    st = styles()
    rows = [[para(h, st.label) for h in ("Lp.", "Działanie/zadanie", "Kto realizuje",
                                         "Termin", "Sposób oceny/uwagi")]]
    for i, a in enumerate(actions, 1):
        who = PERFORMER_WORDS[a.performer] + (f": {a.performer_name}" if a.performer_name else "")
        rows.append([para(str(i), st.small_left), para(a.what, st.small_left),
                     para(who, st.small_left), para(date_short(a.due_on), st.small_left),
                     para(a.assessed_by, st.small_left)])
    return [para(heading, st.heading),
            grid(rows, [10 * mm, 60 * mm, 35 * mm, 22 * mm, TEXT_WIDTH - 127 * mm])]


def signatures(named: tuple[Party, ...], worker_name: str) -> Flowable:
    st = styles()
    left: list[Flowable] = []
    for p in named:
        left += [Spacer(1, 8 * mm), para("." * 50, st.centred), para(f"podpis: {p.name}", st.label)]
    right = [Spacer(1, 8 * mm), para("." * 50, st.centred),
             para(f"podpis pracownika socjalnego: {worker_name}", st.label)]
    table = Table([[left, right]], colWidths=[TEXT_WIDTH / 2, TEXT_WIDTH / 2])
    table.setStyle(TableStyle([("VALIGN", (0, 0), (-1, -1), "TOP")]))
    return KeepTogether([Spacer(1, 4 * mm), table])


def monitoring(title: str, actions: tuple[Action, ...], reviews: tuple[Review, ...],
               ending: str | None) -> list[Flowable]:
    """The reviews, each action's status by its number, and `ending` (already in words)."""
    if not reviews and ending is None:
        return []
    st = styles()
    story: list[Flowable] = [para(title, st.heading)]
    numbers = {a.id: i for i, a in enumerate(actions, 1)}
    for review in reviews:
        story.append(para(f"Ocena z dnia {date_short(review.reviewed_on)} r.:", st.label))
        story += [para(f"działanie nr {numbers.get(aid, '?')}: {STATUS_WORDS[status]}",
                       st.numbered) for aid, status in sorted(
                           review.statuses.items(), key=lambda kv: numbers.get(kv[0], 0))]
        if review.note:
            story.append(para(review.note, st.body))
    if ending is not None:
        story.append(para(ending, st.body))
    return story


def ended(what: str, ended_on: dt.date | None, reason: EndReason | None,
          words: dict[EndReason, str]) -> str | None:
    """"<what> zakończono dnia … Przyczyna: …." or None while it runs."""
    if ended_on is None or reason is None:
        return None
    return f"{what} zakończono dnia {date_short(ended_on)} r. Przyczyna: {words[reason]}."
