"""How a record the exchange names reads to the coordinator: the kind of record in words and
the facts that tell which one (a person's name and PESEL, a case sign, a number, a day)."""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import QCoreApplication

from ops_desktop.i18n.format import date_short, office_datetime
from ops_desktop.services.exchange_inbox import RecordRef
from ops_desktop.ui import labels


def record_text(ref: RecordRef) -> str:
    """ "Jan Kowalski, PESEL … · OPS.8310.12.2026 · 03.12.2026"; "—" when the reader may
    not see which record it was (the administrator and case content)."""
    name = labels.audit_setting(ref.name) if ref.table == "settings" and ref.name else ref.name
    parts = [ref.person, ref.case_sign, ref.number,
             date_short(ref.day) if ref.day else "", name]
    return " · ".join(p for p in parts if p) or "—"


def who_when(who: str, when: dt.datetime | None, between: str = ", ") -> str:
    """ "Anna Nowicka, 03.12.2026 09:41" on the office's clock."""
    who = who or QCoreApplication.translate("exchange", "nieznany użytkownik")
    return f"{who}{between}{office_datetime(when)}" if when else who
