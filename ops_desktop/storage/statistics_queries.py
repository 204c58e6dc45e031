"""Counts for the half-year statistics (MRPiPS-03 core table), grouped in the database.

Only services/statistics.py calls these, after its permission check. Every figure is one
GROUP BY over the signed decisions (or applications) of the period, so the office's whole
history is never loaded into Python; the list behind one figure is the same filter, so the
list and the number cannot disagree.

A person whose decisions lie on two records merged into one is counted once, as the record
they were merged into (storage/counted_persons.py). A family is the person's household as
recorded now (a person with no household is a family of one); the number of persons in it
is the household size the decision was assessed with, the largest one when a family had
several decisions in the period.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence
from dataclasses import dataclass

from sqlalchemy import (
    ColumnElement,
    Select,
    String,
    and_,
    distinct,
    func,
    literal,
    select,
    union_all,
)
from sqlalchemy.orm import Session

from ops_desktop.domain.vocabulary import BENEFIT_DECISION_KINDS
from ops_desktop.storage.counted_persons import CountedPerson
from ops_desktop.storage.models import ApplicationRow, CaseRow, DecisionRow

SIGNED = "signed"
# Only decisions on a benefit count; a discontinuance after a withdrawal granted nothing
# (its application is counted among the withdrawn ones).
BENEFIT_KINDS = tuple(k.value for k in BENEFIT_DECISION_KINDS)


@dataclass(frozen=True)
class DecisionCount:
    """One cell group of the table: a form and kind (form None: every form together)."""

    form: str | None
    kind: str
    decisions: int
    persons: int
    amount_grosze: int
    families: int
    family_members: int


@dataclass(frozen=True)
class ApplicationCount:
    form: str
    status: str
    applications: int


@dataclass(frozen=True)
class DecisionBehind:
    """One signed decision behind a figure: enough to find the case file, no personal data."""

    case_sign: str
    issued_on: dt.date
    kind: str
    form: str
    amount_grosze: int | None
    period_from: dt.date | None
    period_to: dt.date | None
    household_size: int
    is_change: bool  # a decision changing an earlier one (art. 106 ust. 5)


@dataclass(frozen=True)
class ApplicationBehind:
    case_sign: str
    received_on: dt.date
    form: str
    status: str


def _in_period(start: dt.date, end: dt.date) -> ColumnElement[bool]:
    return and_(DecisionRow.status == SIGNED, DecisionRow.deleted_at.is_(None),
                DecisionRow.issued_on >= start, DecisionRow.issued_on <= end,
                DecisionRow.kind.in_(BENEFIT_KINDS))


def decision_counts(session: Session, start: dt.date, end: dt.date) -> list[DecisionCount]:
    """Per (form, kind), and per kind over every form (form None), the core table's figures.

    One statement: the period's signed decisions are read once into a materialised table
    and both groupings are made from it, since the scan of the decisions is what costs.
    """
    person = CountedPerson()
    signed = (
        select(DecisionRow.form.label("form"), DecisionRow.kind.label("kind"),
               person.id.label("person_id"), person.family.label("family"),
               DecisionRow.household_size.label("size"),
               DecisionRow.amount_grosze.label("amount"))
        .select_from(person.joined(DecisionRow, DecisionRow.person_id))
        .where(_in_period(start, end))
        .cte("signed_in_period")
        .prefix_with("MATERIALIZED")
    )
    every_form = literal(None, String).label("form")

    def figures(by_form: bool) -> Select:
        keys = [signed.c.form, signed.c.kind] if by_form else [signed.c.kind]
        return (select(signed.c.form if by_form else every_form, signed.c.kind,
                       func.count().label("decisions"),
                       func.count(distinct(signed.c.person_id)).label("persons"),
                       func.coalesce(func.sum(signed.c.amount), 0).label("amount"))
                .group_by(*keys))

    def families(by_form: bool) -> Select:
        # Each family once per row, with the largest household size it was decided with.
        keys = [signed.c.form, signed.c.kind] if by_form else [signed.c.kind]
        per_family = (select(*keys, func.max(signed.c.size).label("size"))
                      .group_by(*keys, signed.c.family).subquery())
        return (select(per_family.c.form if by_form else every_form, per_family.c.kind,
                       func.count().label("families"),
                       func.sum(per_family.c.size).label("members"))
                .group_by(*([per_family.c.form, per_family.c.kind] if by_form
                            else [per_family.c.kind])))

    main = union_all(figures(True), figures(False)).subquery("main")
    fams = union_all(families(True), families(False)).subquery("fams")
    stmt = (
        select(main.c.form, main.c.kind, main.c.decisions, main.c.persons, main.c.amount,
               fams.c.families, fams.c.members)
        .join_from(main, fams, and_(main.c.form.is_not_distinct_from(fams.c.form), main.c.kind == fams.c.kind))
        .order_by(main.c.form, main.c.kind)
    )
    return [DecisionCount(form=r.form, kind=r.kind, decisions=int(r.decisions),
                          persons=int(r.persons), amount_grosze=int(r.amount),
                          families=int(r.families), family_members=int(r.members or 0))
            for r in session.execute(stmt)]


def application_counts(session: Session, start: dt.date, end: dt.date) -> list[ApplicationCount]:
    stmt = (
        select(ApplicationRow.form, ApplicationRow.status, func.count().label("n"))
        .where(ApplicationRow.deleted_at.is_(None), ApplicationRow.received_on >= start,
               ApplicationRow.received_on <= end)
        .group_by(ApplicationRow.form, ApplicationRow.status)
        .order_by(ApplicationRow.form, ApplicationRow.status)
    )
    return [ApplicationCount(r.form, r.status, int(r.n)) for r in session.execute(stmt)]


def decisions_behind(session: Session, start: dt.date, end: dt.date, form: str | None,
                     kind: str | None) -> list[DecisionBehind]:
    """The signed decisions counted in a cell, in the order of the case register."""
    stmt: Select = (
        select(DecisionRow.case_sign, DecisionRow.issued_on, DecisionRow.kind, DecisionRow.form,
               DecisionRow.amount_grosze, DecisionRow.period_from, DecisionRow.period_to,
               DecisionRow.household_size, DecisionRow.corrects_id)
        .where(_in_period(start, end))
        .order_by(DecisionRow.issued_on, DecisionRow.case_sign, DecisionRow.id)
    )
    if form is not None:
        stmt = stmt.where(DecisionRow.form == form)
    if kind is not None:
        stmt = stmt.where(DecisionRow.kind == kind)
    return [DecisionBehind(case_sign=r.case_sign, issued_on=r.issued_on, kind=r.kind,
                           form=r.form, amount_grosze=r.amount_grosze,
                           period_from=r.period_from, period_to=r.period_to,
                           household_size=r.household_size, is_change=r.corrects_id is not None)
            for r in session.execute(stmt)]


def applications_behind(session: Session, start: dt.date, end: dt.date, form: str | None,
                        statuses: Sequence[str] | None) -> list[ApplicationBehind]:
    stmt: Select = (
        select(CaseRow.sign, ApplicationRow.received_on, ApplicationRow.form,
               ApplicationRow.status)
        .join(CaseRow, CaseRow.id == ApplicationRow.case_id)
        .where(ApplicationRow.deleted_at.is_(None), ApplicationRow.received_on >= start,
               ApplicationRow.received_on <= end)
        .order_by(ApplicationRow.received_on, CaseRow.sign, ApplicationRow.id)
    )
    if form is not None:
        stmt = stmt.where(ApplicationRow.form == form)
    if statuses is not None:
        stmt = stmt.where(ApplicationRow.status.in_(statuses))
    return [ApplicationBehind(r.sign, r.received_on, r.form, r.status)
            for r in session.execute(stmt)]
