"""The figures of the half-year statistics as data: the service fills them, the screen shows
them, and documents/statistics_report.py prints them (reportlab loads only for that)."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from decimal import Decimal

from ops_desktop.documents.values import date_short
from ops_desktop.domain.vocabulary import BenefitForm, DecisionKind


@dataclass(frozen=True)
class StatisticsPeriod:
    """The first half (1 January – 30 June) or the whole year."""

    year: int
    half: int | None  # 1: the first half; None: the whole year

    @property
    def start(self) -> dt.date:
        return dt.date(self.year, 1, 1)

    @property
    def end(self) -> dt.date:
        return dt.date(self.year, 6, 30) if self.half == 1 else dt.date(self.year, 12, 31)

    @property
    def short(self) -> str:
        return f"I półrocze {self.year} r." if self.half == 1 else f"rok {self.year}"

    @property
    def polish(self) -> str:
        return f"{self.short} ({date_short(self.start)}–{date_short(self.end)})"


@dataclass(frozen=True)
class BenefitFigures:
    """One row of the core table: a form of help (None: all forms) and a kind of decision."""

    form: BenefitForm | None
    kind: DecisionKind
    persons: int  # distinct persons the decisions were issued to
    decisions: int
    amount: Decimal  # sum of the amounts granted (monthly for periodic and permanent benefits)
    families: int
    family_members: int


@dataclass(frozen=True)
class ApplicationFigures:
    """Applications received in the period for one form (None: all forms), by their status now."""

    form: BenefitForm | None
    received: int
    pending: int
    decided: int
    withdrawn: int


@dataclass(frozen=True)
class SocialWorkFigures:
    """The "praca socjalna" row: persons and families given social work in the period, from
    the social-work log (each once however many entries), and the entries behind them."""

    persons: int
    families: int
    family_members: int
    entries: int
    minutes: int


@dataclass(frozen=True)
class StatisticsReport:
    period: StatisticsPeriod
    benefits: tuple[BenefitFigures, ...]  # grants by form, their total, refusals, their total
    applications: tuple[ApplicationFigures, ...]  # by form, then the total
    generated_at: dt.datetime  # office wall clock
    audit_head: str = ""  # the audit log's head when made (`nr:skrót`), printed as an anchor
    social_work: SocialWorkFigures | None = None  # None: not counted (a report made without)

    def row(self, form: BenefitForm | None, kind: DecisionKind) -> BenefitFigures:
        return next(b for b in self.benefits if b.form == form and b.kind == kind)
