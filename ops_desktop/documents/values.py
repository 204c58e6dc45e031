"""Values on paper: always Polish, whatever language the screen speaks (official language)."""

from __future__ import annotations

import datetime as dt
from decimal import Decimal

from ops_desktop.i18n import format as fmt

PAPER_LOCALE = "pl_PL"


def money(amount: Decimal | int | None) -> str:
    return fmt.money(amount, PAPER_LOCALE)


def date_long(value: dt.date | None) -> str:
    return fmt.date_long(value, PAPER_LOCALE)


def month_year(value: dt.date) -> str:
    """`grudzień 2026 r.` – a calendar month as the text of a decision names it."""
    return fmt.month_year(value, PAPER_LOCALE)


def date_short(value: dt.date | None) -> str:
    return fmt.date_short(value)


def datetime_short(value: dt.datetime | None) -> str:
    return fmt.datetime_short(value, PAPER_LOCALE)
