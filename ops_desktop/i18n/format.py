"""Every value shown to a person (money, dates, numbers) goes through here, so screen and paper agree.

Qt-free: table models and reportlab documents both call these functions.
"""

from __future__ import annotations

import datetime as dt
from decimal import Decimal
from typing import Any

# The office's clock: the store keeps UTC, people read the time on the office's wall
# (domain/clock.py, re-exported here for the screens and papers that format times).
from ops_desktop.domain.clock import OFFICE_TIMEZONE, office_time, office_zone  # noqa: F401

_locale = "pl_PL"

# Polish money is printed with a no-break space as the thousands separator ("1 229,00 zł").
# Babel's CLDR data uses U+00A0; paper and screen keep it so the amount never wraps.


# Babel (and its locale data) loads with the first value formatted, not with this module:
# the locale is set at start-up, and the sign-in dialog, the program's first window, paints
# without a single formatted value (benchmarks/first_window.py). The import statement of a
# module already loaded costs well under a microsecond per value.
def _babel_decimal(*args: Any, **kwargs: Any) -> str:
    from babel.numbers import format_decimal

    return format_decimal(*args, **kwargs)


def _babel_date(*args: Any, **kwargs: Any) -> str:
    from babel.dates import format_date

    return format_date(*args, **kwargs)


def _babel_datetime(*args: Any, **kwargs: Any) -> str:
    from babel.dates import format_datetime

    return format_datetime(*args, **kwargs)


def set_locale(locale: str) -> None:
    global _locale
    _locale = locale


def current_locale() -> str:
    return _locale


def money(amount: Decimal | int | None, locale: str | None = None) -> str:
    """`Decimal('1229')` -> `1 229,00 zł` (Polish grouping, always two decimals)."""
    if amount is None:
        return ""
    number = _babel_decimal(Decimal(amount), format="#,##0.00", locale=locale or _locale)
    return f"{number}\u00a0zł"


def number(value: Decimal | int | float, decimals: int = 2, locale: str | None = None) -> str:
    pattern = "#,##0" + ("." + "0" * decimals if decimals else "")
    return _babel_decimal(Decimal(str(value)), format=pattern, locale=locale or _locale)


def date_short(value: dt.date | None) -> str:
    """`22.11.2026` – the form used in tables and on forms, in every locale the office uses."""
    if value is None:
        return ""
    return value.strftime("%d.%m.%Y")


def month_year(value: dt.date, locale: str | None = None) -> str:
    """`grudzień 2026 r.` – the month standing alone (nominative), as a heading names it."""
    loc = locale or _locale
    text = _babel_date(value, format="LLLL y", locale=loc)
    return text + " r." if loc.startswith("pl") else text


def date_long(value: dt.date | None, locale: str | None = None) -> str:
    """`22 listopada 2026 r.` – the form used in the text of official documents."""
    if value is None:
        return ""
    loc = locale or _locale
    text = _babel_date(value, format="d MMMM y", locale=loc)
    return text + " r." if loc.startswith("pl") else text


def datetime_short(value: dt.datetime | None, locale: str | None = None) -> str:
    if value is None:
        return ""
    return _babel_datetime(value, format="dd.MM.yyyy HH:mm", locale=locale or _locale)


def office_datetime(value: dt.datetime | None, seconds: bool = False,
                    locale: str | None = None) -> str:
    """`03.12.2026 07:41` on the office's clock, from a stored time (naive UTC, or aware)."""
    if value is None:
        return ""
    pattern = "dd.MM.yyyy HH:mm:ss" if seconds else "dd.MM.yyyy HH:mm"
    return _babel_datetime(office_time(value), format=pattern, tzinfo=office_zone(),
                           locale=locale or _locale)
