"""Kinds of acts an office issues (decisions and postanowienia), as dated data.

resources/law/acts.json says, for every kind, its legal basis, whether it is a decyzja or a
postanowienie, whether and in how many days it can be appealed (odwołanie 14, zażalenie 7),
whether the party must consent, and what it does to the application. The program reads these
facts from the data; adding a postanowienie is an entry with its text in the file.
"""

from __future__ import annotations

import datetime as dt
import json
import string
from collections.abc import Mapping
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path
from typing import Any

from ops_desktop.config import resource_path
from ops_desktop.domain.calendar import next_working_day_if_needed
from ops_desktop.domain.errors import DomainError

DECISION = "decyzja"
ORDER = "postanowienie"
TYPES = frozenset({DECISION, ORDER})
REMEDIES = frozenset({"odwołanie", "zażalenie"})
# Tags as in the domain description: C confirmed, P partly, M from memory (to be confirmed).
CONFIRMATION_TAGS = frozenset({"C", "P", "M", "V"})
APPLICATION_STATUSES = frozenset({"registered", "decided", "withdrawn", "suspended",
                                  "not_opened", "left_unexamined"})
# Placeholders the printer fills; a typo in the data fails on load, not at the counter.
PAPER_FIELDS = frozenset({"legal_basis", "application_date", "party", "party_description",
                          "form_genitive", "detail", "corrected_act"})
NOTICE_FIELDS = frozenset({"appeal_body", "office", "appeal_days"})
CALL_FIELDS = frozenset({"party_description", "application_date", "form_genitive", "days"})


@dataclass(frozen=True)
class OrderPaper:
    """The wording of a postanowienie (KPA art. 124)."""

    subject: str  # "w sprawie zawieszenia postępowania"
    legal_basis: tuple[str, ...]
    introduction: str
    ruling: str
    detail_label: str  # what the worker writes into the ruling, in words
    reasoning: tuple[str, ...]


@dataclass(frozen=True)
class ActKind:
    code: str
    type: str  # decyzja | postanowienie
    name: str
    legal_basis: str
    appealable: bool
    remedy: str  # odwołanie | zażalenie
    appeal_days: int
    appeal_basis: str
    needs_consent: bool
    effect: str
    application_status_before: frozenset[str]
    application_status_after: str | None  # None: the act leaves the application as it is
    confirmed: str
    source: str
    names_corrected_act: bool = False
    paper: OrderPaper | None = None

    @property
    def is_order(self) -> bool:
        return self.type == ORDER


@dataclass(frozen=True)
class FormalDefectsCall:
    """Art. 64 § 2 KPA: the call to remedy formal defects and what follows without remedy."""

    legal_basis: str
    days: int
    confirmed: str
    source: str
    title: str
    subject: str
    body: str
    warning: str
    left_unexamined: str


@dataclass(frozen=True)
class ActBook:
    valid_from: dt.date
    source: str
    kinds: Mapping[str, ActKind]
    notices: Mapping[str, tuple[str, ...]]  # "zażalenie" / "none": the POUCZENIE
    formal_defects: FormalDefectsCall

    def kind(self, code: str) -> ActKind:
        try:
            return self.kinds[code]
        except KeyError:
            raise DomainError("act_kind_unknown", code) from None

    def orders(self) -> tuple[ActKind, ...]:
        return tuple(k for k in self.kinds.values() if k.is_order)

    def notice(self, kind: ActKind) -> tuple[str, ...]:
        return self.notices["zażalenie" if kind.appealable else "none"]


def _invalid(detail: str) -> DomainError:
    return DomainError("acts_file_invalid", detail)


def _get(raw: Mapping[str, Any], key: str, kind: type | tuple[type, ...], where: str) -> Any:
    if key not in raw:
        raise _invalid(f"{where}: missing '{key}'")
    value = raw[key]
    # bool is an int in Python: a `true` where days are expected is a mistake.
    if not isinstance(value, kind) or (kind is int and isinstance(value, bool)):
        raise _invalid(f"{where}.{key}: wrong type")
    return value


def _text(raw: Mapping[str, Any], key: str, where: str,
          fields: frozenset[str] = frozenset()) -> str:
    value: str = _get(raw, key, str, where)
    if not value.strip():
        raise _invalid(f"{where}.{key}: text required")
    try:
        used = {n for _, n, _, _ in string.Formatter().parse(value) if n is not None}
    except ValueError as exc:
        raise _invalid(f"{where}.{key}: {exc}") from exc
    if used - fields:
        raise _invalid(f"{where}.{key}: unknown placeholder(s) {sorted(used - fields)}")
    return value


def _texts(raw: Mapping[str, Any], key: str, where: str,
           fields: frozenset[str] = frozenset()) -> tuple[str, ...]:
    values = _get(raw, key, list, where)
    if not values:
        raise _invalid(f"{where}.{key}: at least one text")
    return tuple(_text({key: v}, key, f"{where}[{i}]", fields) for i, v in enumerate(values))


def _paper(raw: Any, where: str) -> OrderPaper:
    if not isinstance(raw, dict):
        raise _invalid(f"{where}: a postanowienie needs its paper")
    return OrderPaper(
        subject=_text(raw, "subject", where),
        legal_basis=_texts(raw, "legal_basis", where),
        introduction=_text(raw, "introduction", where, PAPER_FIELDS),
        ruling=_text(raw, "ruling", where, PAPER_FIELDS),
        detail_label=_text(raw, "detail_label", where),
        reasoning=_texts(raw, "reasoning", where),
    )


def _kind(code: str, raw: Any, where: str) -> ActKind:
    if not isinstance(raw, dict):
        raise _invalid(f"{where}: not an object")
    type_ = _get(raw, "type", str, where)
    if type_ not in TYPES:
        raise _invalid(f"{where}.type: one of {sorted(TYPES)}")
    remedy = _get(raw, "remedy", str, where)
    if remedy not in REMEDIES:
        raise _invalid(f"{where}.remedy: one of {sorted(REMEDIES)}")
    appealable = _get(raw, "appealable", bool, where)
    days = _get(raw, "appeal_days", int, where)
    if appealable and not 0 < days <= 60 or not appealable and days != 0:
        raise _invalid(f"{where}.appeal_days: days when appealable, 0 when not")
    confirmed = _get(raw, "confirmed", str, where)
    if confirmed not in CONFIRMATION_TAGS:
        raise _invalid(f"{where}.confirmed: one of {sorted(CONFIRMATION_TAGS)}")
    before = _get(raw, "application_status_before", list, where)
    after = raw.get("application_status_after")
    if not before or not set(before) <= APPLICATION_STATUSES or (
            after is not None and after not in APPLICATION_STATUSES):
        raise _invalid(f"{where}: application statuses among {sorted(APPLICATION_STATUSES)}")
    return ActKind(
        code=code, type=type_, name=_text(raw, "name", where),
        legal_basis=_text(raw, "legal_basis", where), appealable=appealable, remedy=remedy,
        appeal_days=days, appeal_basis=_text(raw, "appeal_basis", where),
        needs_consent=_get(raw, "needs_consent", bool, where),
        effect=_text(raw, "effect", where),
        application_status_before=frozenset(before), application_status_after=after,
        confirmed=confirmed, source=_text(raw, "source", where),
        names_corrected_act=bool(raw.get("names_corrected_act", False)),
        paper=_paper(raw.get("paper"), f"{where}.paper") if type_ == ORDER else None,
    )


def _call(raw: Any, where: str) -> FormalDefectsCall:
    if not isinstance(raw, dict):
        raise _invalid(f"{where}: not an object")
    days = _get(raw, "days", int, where)
    if not 0 < days <= 60:
        raise _invalid(f"{where}.days: a number of days")
    return FormalDefectsCall(
        legal_basis=_text(raw, "legal_basis", where), days=days,
        confirmed=_text(raw, "confirmed", where), source=_text(raw, "source", where),
        title=_text(raw, "title", where), subject=_text(raw, "subject", where),
        body=_text(raw, "body", where, CALL_FIELDS), warning=_text(raw, "warning", where),
        left_unexamined=_text(raw, "left_unexamined", where))


def parse_set(raw: Any, where: str = "set") -> ActBook:
    if not isinstance(raw, dict):
        raise _invalid(f"{where}: not an object")
    try:
        valid_from = dt.date.fromisoformat(_get(raw, "valid_from", str, where))
    except ValueError as exc:
        raise _invalid(f"{where}.valid_from: {exc}") from exc
    kinds_raw = _get(raw, "kinds", dict, where)
    notices_raw = _get(raw, "appeal_notice", dict, where)
    notices = {key: _texts(notices_raw, key, f"{where}.appeal_notice", NOTICE_FIELDS)
               for key in ("zażalenie", "none")}
    calls = _get(raw, "calls", dict, where)
    return ActBook(
        valid_from=valid_from, source=_text(raw, "source", where),
        kinds={code: _kind(code, k, f"{where}.kinds.{code}") for code, k in kinds_raw.items()},
        notices=notices,
        formal_defects=_call(calls.get("formal_defects"), f"{where}.calls.formal_defects"))


@lru_cache(maxsize=4)
def load_act_books(path: Path) -> tuple[ActBook, ...]:
    try:
        raw = json.loads(Path(path).read_text(encoding="utf-8"))
    except (OSError, UnicodeDecodeError, json.JSONDecodeError) as exc:
        raise _invalid(f"{path}: {exc}") from exc
    if not isinstance(raw, dict) or not isinstance(raw.get("sets"), list) or not raw["sets"]:
        raise _invalid('top level must be an object with a non-empty "sets" list')
    return tuple(parse_set(s, f"sets[{i}]") for i, s in enumerate(raw["sets"]))


def act_book(on: dt.date, path: Path | None = None) -> ActBook:
    """The set in force on `on` (the act's date of issue); the earliest before any set, so a
    draft dated early still reads what its kind is – the texts cite the set's own law."""
    books = load_act_books(path or resource_path("law", "acts.json"))
    in_force = [b for b in books if b.valid_from <= on]
    return max(in_force, key=lambda b: b.valid_from) if in_force else min(
        books, key=lambda b: b.valid_from)


def days_deadline(delivered_on: dt.date, days: int) -> dt.date:
    """A deadline of `days` from delivery: counted from the day after (KPA art. 57 § 1) and
    moved off a Saturday or public holiday to the next working day (art. 57 § 4)."""
    return next_working_day_if_needed(delivered_on + dt.timedelta(days=days))
