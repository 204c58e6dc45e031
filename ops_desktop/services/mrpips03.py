"""The MRPiPS-03 report of a half-year or a year, laid out by the form's divisions and rows.

The rows and columns are the form's (resources/law/mrpips03.json, domain/mrpips03_form.py);
the facts are read once (storage/mrpips03_queries.py) and counted by the rules of
services/mrpips03_count.py. Only the head may make it; making and exporting it are audited
like the other lists, since each row carries the case signs behind it.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable

from ops_desktop.documents.mrpips03_data import (
    CaseLine,
    Cell,
    Mrpips03Report,
    ReportDivision,
    ReportRow,
)
from ops_desktop.domain.clock import wall_now
from ops_desktop.domain.errors import FieldError, ValidationError
from ops_desktop.domain.mrpips03_form import FormDivision, FormRow, edition_for
from ops_desktop.domain.permissions import Permission
from ops_desktop.services import mrpips03_count as count
from ops_desktop.services.context import Actor, require
from ops_desktop.services.office import OfficeService
from ops_desktop.services.statistics import period_of
from ops_desktop.storage import audit
from ops_desktop.storage import mrpips03_queries as q
from ops_desktop.storage import service_fact_queries as service_q
from ops_desktop.storage.service_fact_queries import ServiceFact
from ops_desktop.storage.database import Database

ENTITY = "mrpips03"
Progress = Callable[[int, int], None]


class Mrpips03Service:
    def __init__(self, db: Database) -> None:
        self.db = db

    def report(self, actor: Actor, year: int, half: int | None,
               progress: Progress | None = None) -> Mrpips03Report:
        """The report for the first half of `year` (half=1) or the whole year (None)."""
        require(actor, Permission.VIEW_STATISTICS)
        period = period_of(year, half)
        start, end = period.start, period.end
        step = progress or (lambda _done, _total: None)
        with self.db.session(actor.user_id) as s:
            step(0, 6)
            grants = q.grants(s, start, end)
            step(1, 6)
            paid = q.paid(s, start, end)
            on_lists = q.decisions_on_lists(s, [g.decision_id for g in grants])
            step(2, 6)
            edition = edition_for(start)
            served = service_q.read(s, {name for d in edition.divisions for r in d.rows
                                        for name in r.services}, start, end)
            worked = q.social_work(s, start, end)
            step(3, 6)
            contracts = q.contracts(s, start, end)
            helped = {g.family for g in grants} | {f.family for f in _every(served)}
            with_children = q.families_with_children(s, helped)
            step(4, 6)
            facts = _Facts(grants, paid, on_lists, served, worked, contracts, with_children,
                           start, end)
            divisions = tuple(_division(d, facts) for d in edition.divisions)
            step(5, 6)
            audit.record(s, actor.user_id, "view", ENTITY, None, None, {
                "year": year, "half": half,
                "cases": len({line.case_sign for d in divisions for r in d.rows
                              for line in r.behind})})
        step(6, 6)
        estimated = sum(1 for g in grants if g.decision_id not in on_lists)
        notes = [
            "Osoba i rodzina liczone raz w wierszu; wiersze „Ogółem” bez powtórzeń.",
            "Kolumna 3: kwoty wypłacone według zatwierdzonych list wypłat (data wypłaty w "
            "okresie, bez przelewów zwróconych przez bank).",
            "Rodzina: gospodarstwo domowe osoby (osoba bez gospodarstwa – rodzina "
            "jednoosobowa).",
            "„brak danych w programie”: program nie prowadzi danych dla tej pozycji.",
        ]
        unconfirmed = [r.code for d in divisions for r in (x.form_row for x in d.rows)
                       if not r.number_confirmed]
        if unconfirmed:
            notes.append("Numer wiersza w formularzu CAS do potwierdzenia: "
                         + ", ".join(unconfirmed) + ".")
        if estimated:
            notes.append(f"Decyzje bez listy wypłat (sprzed prowadzenia list w programie): "
                         f"{estimated} – liczba świadczeń i kwota według decyzji.")
        return Mrpips03Report(period=period, divisions=divisions,
                              generated_at=wall_now().replace(microsecond=0),
                              notes=tuple(notes), sources=edition.sources)

    def export(self, actor: Actor, report: Mrpips03Report, kind: str) -> bytes:
        """The report as a file: "xlsx" (the form's tables), "csv" or "pdf" (on paper, under
        the office's letterhead); taking it out of the program is audited."""
        from ops_desktop.documents import mrpips03_export

        require(actor, Permission.VIEW_STATISTICS)
        office = OfficeService(self.db).settings()
        if kind == "xlsx":
            data = mrpips03_export.to_xlsx(report, office.on_paper().name)
        elif kind == "csv":
            data = mrpips03_export.to_csv(report)
        elif kind == "pdf":
            # reportlab loads when someone prints, not at the program's start
            from ops_desktop.documents.mrpips03_report import render_mrpips03

            data = render_mrpips03(report, office.on_paper())
        else:
            raise ValidationError([FieldError("format", "invalid")])
        with self.db.session(actor.user_id) as s:
            audit.record(s, actor.user_id, "export", ENTITY, None, None, {
                "year": report.period.year, "half": report.period.half, "format": kind})
        return data


def _every(served: dict[str, list[ServiceFact]]) -> list[ServiceFact]:
    """Each bill or decision once, though two services may read it (care, specialist)."""
    return list({f.key: f for facts in served.values() for f in facts}.values())


class _Facts:
    def __init__(self, grants: list[q.GrantFact], paid: dict, on_lists: set,
                 served: dict[str, list[ServiceFact]], worked: list[q.PersonFact],
                 contracts: list[q.PersonFact], with_children: set,
                 start: dt.date, end: dt.date) -> None:
        self.grants, self.paid, self.on_lists = grants, paid, on_lists
        self.served, self.worked, self.contracts = served, worked, contracts
        self.care = _every(served)  # every service fact, for the totals and family rows
        self.with_children, self.start, self.end = with_children, start, end
        # Each decision counted once, whatever number of rows it stands in.
        self.counted = {g.decision_id: count.counted(g, paid, on_lists, start, end)
                        for g in grants}
        self._lines_by_family: dict | None = None

    def grants_of(self, row: FormRow) -> list[q.GrantFact]:
        return [g for g in self.grants
                if (row.form is None or g.form == row.form)
                and (row.household is None
                     or (g.household_size == 1) == (row.household == "single"))
                and (row.ground is None or row.ground in g.grounds)
                and (row.not_ground is None or row.not_ground not in g.grounds)]

    def family_sizes(self) -> dict:
        """Every family helped (by decision or care), at the largest size assessed."""
        size: dict = {}
        for family, n in [(g.family, g.household_size) for g in self.grants] + \
                         [(c.family, c.household_size) for c in self.care]:
            size[family] = max(size.get(family, 0), n)
        return size

    def lines_of(self, families: set) -> tuple[CaseLine, ...]:
        if self._lines_by_family is None:
            by_family: dict = {}
            for g in self.grants:
                by_family.setdefault(g.family, []).append(self.counted[g.decision_id].line)
            for c in self.care:
                by_family.setdefault(c.family, []).append(CaseLine(c.case_sign, c.on, c.what))
            self._lines_by_family = by_family
        # in the order of the register, as the other lists behind a figure
        return tuple(sorted((line for family in families
                             for line in self._lines_by_family.get(family, ())),
                            key=lambda line: (line.on, line.case_sign)))


def _division(d: FormDivision, facts: _Facts) -> ReportDivision:
    rows = tuple(_row(r, d, facts) for r in d.rows)
    return ReportDivision(d.code, d.title, d.confirmed, d.columns, rows)


def _missing(d: FormDivision) -> tuple[Cell, ...]:
    return tuple(None for _ in d.columns)


def _row(row: FormRow, d: FormDivision, f: _Facts) -> ReportRow:
    if not row.available:
        return ReportRow(row, _missing(d))
    if row.source == "decisions":
        cells, lines, estimated = count.grant_figures(f.grants_of(row), f.counted)
        return ReportRow(row, cells, lines, estimated)
    if row.source == "services":
        if any(name not in f.served for name in row.services):
            return ReportRow(row, _missing(d), held=False)  # the program keeps no such record
        chosen = {x.key: x for name in row.services for x in f.served[name]}
        return ReportRow(row, *count.service_figures(list(chosen.values())))
    if row.source == "social_work":
        return ReportRow(row, *count.social_work_figures(f.worked))
    if row.source == "contracts":
        return ReportRow(row, *count.contract_figures(f.contracts))
    if row.source == "total":
        return _total(row, d, f)
    if row.source == "grounds":
        chosen = [g for g in f.grants if row.ground is None or row.ground in g.grounds]
        cells = count.family_cells((g.family, g.household_size) for g in chosen)
        return ReportRow(row, cells, f.lines_of({g.family for g in chosen}))
    return _family_type(row, f)


def _total(row: FormRow, d: FormDivision, f: _Facts) -> ReportRow:
    """Persons and families of every benefit row of the division once (own tasks and
    delegated ones apart); column 2 adds unlike units: x."""
    chosen = {g.decision_id: g for r in d.rows if r.source == "decisions"
              for g in f.grants_of(r)}
    grants = [g for g in f.grants if g.decision_id in chosen]  # in the register's order
    cared = f.care if any(r.source == "services" for r in d.rows) else []
    cells, lines, estimated = count.grant_figures(grants, f.counted)
    care, care_lines = count.service_figures(cared)
    persons = {g.person_id for g in grants} | {c.person_id for c in cared}
    fams, members = count.families([(g.family, g.household_size) for g in grants]
                                   + [(c.family, c.household_size) for c in cared])
    # A service whose amount the program does not hold leaves the total's amount unknown too.
    amount = None if care[2] is None else cells[2] + care[2]  # type: ignore[operator]
    return ReportRow(row, (len(persons), "x", amount, fams, members), lines + care_lines,
                     estimated)


def _family_type(row: FormRow, f: _Facts) -> ReportRow:
    sizes = f.family_sizes()
    chosen = {fam: n for fam, n in sizes.items()
              if (row.size_from is None or n >= row.size_from)
              and (row.size_to is None or n <= row.size_to)
              and (not row.with_children or fam in f.with_children)}
    return ReportRow(row, count.family_cells(chosen.items()), f.lines_of(set(chosen)))

