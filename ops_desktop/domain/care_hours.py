"""The hours carers delivered: the limits an order sets, and a provider's file of hours.

An order grants hours per week. A day's hours count against the week they fall in (ISO
week, Monday to Sunday, also across two months) and, with the other days, against the weeks
of the month: the weekly hours for every week the month touches (`weeks_limit`) – any
pro-rata share would refuse a schedule that puts the week's visits in the days a month
shares with its first or last week. A carer's month typed as one total cannot be checked
week by week, so it is held to the month's share of the weekly hours (`monthly_limit`):
the weeks of the month the order covers, a week counted as seven days or as five working
days, whichever gives more – a carer who comes every working day of a month with 23 of them
is not refused, nor care on weekends.

The provider's file (CSV, the columns below, one line a visit or a day) is read here
line by line: every line either becomes a `HoursLine` or a `Rejection` with its line number
and a reason code the screen words in Polish; a bad line never stops the good ones.

Columns (the header line names them, in any order, case and Polish letters ignored):
  klient   – the client's PESEL or the case sign (e.g. OPS.8310.12.2026)
  data     – the day: DD.MM.RRRR or RRRR-MM-DD
  od, do   – from and to, GG:MM (may be left empty when `godziny` is given)
  godziny  – the hours, e.g. 2 or 1,5 (may be left empty when od and do are given;
             given with them, it must agree)
  opiekun  – the carer's name as the office registered it under the provider
Separator ";" (as a Polish spreadsheet saves) or ","; UTF-8 or Windows-1250.
"""

from __future__ import annotations

import calendar
import csv
import datetime as dt
import io
import re
from dataclasses import dataclass
from decimal import ROUND_UP, Decimal, InvalidOperation

from ops_desktop.domain.text import fold, has_control_characters, has_invisible_characters

MAX_FILE_BYTES = 2_000_000
MAX_LINES = 20_000
MAX_DAY_HOURS = Decimal(24)
MAX_SHOWN = 120  # characters of a rejected line shown back to the worker

COLUMNS = ("klient", "data", "od", "do", "godziny", "opiekun")
# Other names a provider's spreadsheet may give the client's column.
_ALIASES = {"pesel": "klient", "pesel lub znak sprawy": "klient", "znak sprawy": "klient",
            "sprawa": "klient", "dzien": "data", "godzin": "godziny", "liczba godzin": "godziny",
            "opiekunka": "opiekun", "opiekun(ka)": "opiekun"}
_TIME = re.compile(r"^([01]?\d|2[0-4])[:.]([0-5]\d)$")


@dataclass(frozen=True)
class HoursLine:
    """A line of the file read as what it says (not yet checked against the store)."""

    line: int
    client: str
    worked_on: dt.date
    starts_min: int | None
    ends_min: int | None
    hours: Decimal
    carer: str
    text: str  # the line as the file has it, shortened (shown if the store refuses it)


@dataclass(frozen=True)
class Rejection:
    line: int
    code: str
    text: str  # the line as the file has it, shortened, controls removed


class FileUnreadable(ValueError):
    """The whole file cannot be read: its `code` says why (no header, too big …)."""

    def __init__(self, code: str) -> None:
        super().__init__(code)
        self.code = code


def iso_week(day: dt.date) -> tuple[int, int]:
    year, week, _ = day.isocalendar()
    return year, week


def monthly_limit(hours_per_week: Decimal, starts_on: dt.date, ends_on: dt.date,
                  month: dt.date) -> Decimal:
    """The most hours the order allows in `month` (its first day): see the module's doc."""
    last = month.replace(day=calendar.monthrange(month.year, month.month)[1])
    first, end = max(month, starts_on), min(last, ends_on)
    if end < first:
        return Decimal(0)
    days = (end - first).days + 1
    working = sum(1 for n in range(days) if (first + dt.timedelta(days=n)).isoweekday() <= 5)
    weeks = max(Decimal(days) / 7, Decimal(working) / 5)
    return (hours_per_week * weeks).quantize(Decimal("0.01"), rounding=ROUND_UP)


def weeks_limit(hours_per_week: Decimal, starts_on: dt.date, ends_on: dt.date,
                month: dt.date) -> Decimal:
    """The weekly hours for each ISO week with a day of `month` in the order's period."""
    last = month.replace(day=calendar.monthrange(month.year, month.month)[1])
    first, end = max(month, starts_on), min(last, ends_on)
    weeks = {iso_week(first + dt.timedelta(days=n)) for n in range((end - first).days + 1)}
    return hours_per_week * len(weeks)


def decode(data: bytes) -> str:
    """The file's text: UTF-8 (a BOM allowed), else Windows-1250 as Polish Excel saves."""
    if len(data) > MAX_FILE_BYTES:
        raise FileUnreadable("csv_too_big")
    try:
        return data.decode("utf-8-sig")
    except UnicodeDecodeError:
        try:
            return data.decode("cp1250")
        except UnicodeDecodeError as exc:
            raise FileUnreadable("csv_encoding") from exc


def _shown(text: str) -> str:
    clean = "".join(" " if has_control_characters(c) or has_invisible_characters(c) else c
                    for c in text)
    return clean if len(clean) <= MAX_SHOWN else clean[:MAX_SHOWN - 1] + "…"


def parse_date(text: str) -> dt.date | None:
    for pattern in ("%d.%m.%Y", "%Y-%m-%d"):
        try:
            return dt.datetime.strptime(text, pattern).date()
        except ValueError:
            continue
    return None


def parse_time(text: str) -> int | None:
    """Minutes after midnight of "8:00", "08:30", "24:00"; None if it is no time."""
    found = _TIME.match(text)
    if found is None:
        return None
    minutes = int(found.group(1)) * 60 + int(found.group(2))
    return minutes if minutes <= 24 * 60 else None


def parse_decimal(text: str) -> Decimal | None:
    """A number as typed in Poland ("1,5", "2", "-1"); None if it is none (or absurdly long)."""
    cleaned = text.replace(" ", "").replace("\u00a0", "").replace(",", ".")
    if not cleaned or len(cleaned) > 12 or not re.fullmatch(r"-?\d+(\.\d+)?", cleaned):
        return None
    try:
        return Decimal(cleaned)
    except InvalidOperation:  # pragma: no cover - the pattern admits only numbers
        return None


def _header(cells: list[str]) -> dict[str, int]:
    names = [fold(c) for c in cells]
    names = [_ALIASES.get(n, n) for n in names]
    found = {n: i for i, n in enumerate(names) if n in COLUMNS}
    needed = {"klient", "data", "opiekun"}
    if not needed <= set(found) or not ({"godziny"} <= set(found)
                                        or {"od", "do"} <= set(found)):
        raise FileUnreadable("csv_columns")
    return found


def _line(number: int, cells: list[str], columns: dict[str, int],
          raw: str) -> HoursLine | Rejection:
    def cell(name: str) -> str:
        i = columns.get(name)
        return cells[i].strip() if i is not None and i < len(cells) else ""

    def refuse(code: str) -> Rejection:
        return Rejection(number, code, _shown(raw))

    if len(cells) < max(columns.values()) + 1:
        return refuse("csv_fields")
    if any(has_control_characters(c) or has_invisible_characters(c) for c in cells):
        return refuse("csv_characters")
    client, carer = cell("klient"), " ".join(cell("opiekun").split())
    if not client:
        return refuse("csv_client_missing")
    if not carer:
        return refuse("csv_carer_missing")
    day = parse_date(cell("data"))
    if day is None:
        return refuse("csv_date_invalid")
    starts, ends = cell("od"), cell("do")
    start_min = end_min = None
    if starts or ends:
        start_min, end_min = parse_time(starts), parse_time(ends)
        if start_min is None or end_min is None:
            return refuse("csv_time_invalid")
        if end_min <= start_min:
            return refuse("csv_time_order")
    typed = cell("godziny")
    hours: Decimal | None = None
    if typed:
        hours = parse_decimal(typed)
        if hours is None:
            return refuse("csv_hours_invalid")
        if hours != hours.quantize(Decimal("0.01")):
            return refuse("csv_hours_two_decimals")
        if hours <= 0 or hours > MAX_DAY_HOURS:
            return refuse("csv_hours_out_of_range")
    if start_min is not None and end_min is not None:
        span = (Decimal(end_min - start_min) / 60).quantize(Decimal("0.01"))
        if hours is not None and hours != span:
            return refuse("csv_hours_mismatch")
        hours = span
    if hours is None:
        return refuse("csv_hours_missing")
    return HoursLine(number, client, day, start_min, end_min, hours, carer, _shown(raw))


def read_hours(text: str) -> list[HoursLine | Rejection]:
    """Every data line of the file, read or refused, in the file's order (line numbers as a
    spreadsheet shows them: the header is line 1). Empty lines are skipped."""
    lines = text.splitlines()
    if len(lines) > MAX_LINES + 1:
        raise FileUnreadable("csv_too_many_lines")
    header_at = next((i for i, line in enumerate(lines) if line.strip()), None)
    if header_at is None:
        raise FileUnreadable("csv_empty")
    head = lines[header_at]
    delimiter = ";" if head.count(";") >= head.count(",") else ","
    try:
        columns = _header(next(csv.reader([head], delimiter=delimiter)))
    except csv.Error as exc:
        raise FileUnreadable("csv_columns") from exc
    read: list[HoursLine | Rejection] = []
    for i in range(header_at + 1, len(lines)):
        raw = lines[i]
        if not raw.strip():
            continue
        try:
            cells = next(csv.reader(io.StringIO(raw), delimiter=delimiter), [])
        except csv.Error:
            read.append(Rejection(i + 1, "csv_fields", _shown(raw)))
            continue
        read.append(_line(i + 1, cells, columns, raw))
    return read
