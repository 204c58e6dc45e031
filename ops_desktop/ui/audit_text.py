"""How an audit entry reads to the data-protection officer: Polish words for its codes and
fields (ui/labels.py), names for the ids of persons, users and cases (the service resolves
them), money in złoty, dates as 03.12.2026 and times on the office's clock."""

from __future__ import annotations

import datetime as dt
import json
import re
from decimal import Decimal
from typing import Any, Protocol

from PySide6.QtCore import QCoreApplication

from ops_desktop.i18n.format import date_short, money, office_datetime
from ops_desktop.services.audit import REFERENCES, AuditEntryView
from ops_desktop.ui import labels

ISO_DATE = re.compile(r"\d{4}-\d{2}-\d{2}")
ISO_DATETIME = re.compile(r"\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(:\d{2}(\.\d+)?)?")
ID_TEXT = re.compile(r"[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}")
# Times kept as the worker read them on the office's clock; every other time is stored UTC.
WALL_CLOCK = frozenset({("intakes", "received_at")})


class Valued(Protocol):
    """What holds logged values: an audit entry, or a conflict between two PCs' values."""

    @property
    def entity(self) -> str: ...

    def name_of(self, value: Any) -> str | None: ...


def _tr(text: str) -> str:
    return QCoreApplication.translate("audit", text)


def short_id(value: object) -> str:
    # Ids are time-ordered: their start is the same for a day's work, their end tells apart.
    return "…" + str(value)[-8:]


def record_text(entry: AuditEntryView) -> str:
    """The record an entry is about: a person's name and PESEL, a user, a case sign …"""
    if not entry.entity_id:
        return ""
    if entry.entity == "settings":
        return labels.audit_setting(entry.entity_id)
    name = entry.name_of(entry.entity_id)
    if name:
        return name
    return short_id(entry.entity_id) if ID_TEXT.fullmatch(entry.entity_id) else entry.entity_id


def person_text(entry: AuditEntryView) -> str:
    if entry.person_id is None:
        return ""
    return entry.person_name or short_id(entry.person_id)


def _codes_text(entity: str, field: str, value: str) -> str | None:
    table = labels.audit_codes(entity, field)
    if table is None:
        return None
    parts = value.split(",") if field in labels.AUDIT_CODE_LISTS else [value]
    if not all(part in table for part in parts):
        return None
    return ", ".join(labels.vocab(table, part) for part in parts)


def _time_text(entity: str, field: str, value: str) -> str:
    moment = dt.datetime.fromisoformat(value)
    if (entity, field) in WALL_CLOCK:
        return moment.strftime("%d.%m.%Y %H:%M")
    return office_datetime(moment)


def value_text(entry: Valued, field: str, value: Any) -> str:
    """A logged value as the auditor reads it."""
    if value is None:
        return "—"
    if isinstance(value, bool):
        return _tr("tak") if value else _tr("nie")
    if field in REFERENCES or (isinstance(value, str) and ID_TEXT.fullmatch(value)):
        return entry.name_of(value) or short_id(value)
    if field.endswith("_grosze") and isinstance(value, int):
        return money(Decimal(value) / 100)  # money is stored in grosze
    if isinstance(value, str):
        coded = _codes_text(entry.entity, field, value)
        if coded is not None:
            return coded
        if ISO_DATETIME.fullmatch(value):
            return _time_text(entry.entity, field, value)
        if ISO_DATE.fullmatch(value):
            return date_short(dt.date.fromisoformat(value))
        return value
    if isinstance(value, int | float):
        return str(value)
    return json.dumps(value, ensure_ascii=False)


def detail_text(entry: AuditEntryView, key: str, value: Any) -> str:
    """What an event entry noted: the reason a sign-in was refused in words, and so on."""
    if isinstance(value, str):
        if key == "field":  # which field of a record (a conflict entry read): its label
            return labels.audit_field("", value)
        if key == "reason" and value in labels.ERRORS:
            return labels.error(value)
        if value in labels.AUDIT_DETAIL_VALUES:
            return _tr(labels.AUDIT_DETAIL_VALUES[value])
    return value_text(entry, key, value)


def rows(entry: AuditEntryView) -> list[tuple[str, str, str]]:
    """The entry field by field: (field, before, after); an event's notes have no before."""
    if entry.changes:
        return [(labels.audit_field(entry.entity, c.field), value_text(entry, c.field, c.before),
                 value_text(entry, c.field, c.after)) for c in entry.changes]
    return [(labels.audit_detail(key), "", detail_text(entry, key, value))
            for key, value in entry.details]
