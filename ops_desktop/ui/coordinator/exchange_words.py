"""How a record the exchange names reads to the coordinator: the kind of record in words and
the facts that tell which one (a person's name and PESEL, a case sign, a number, a day)."""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import QCoreApplication

from ops_desktop.i18n.format import date_short, office_datetime
from ops_desktop.services.exchange_inbox import DoubleSigning, RecordRef, SignedAct
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


def _words(text: str) -> str:
    return QCoreApplication.translate("exchange", text)


def act_text(act: SignedAct) -> str:
    """ "OPS.8310.1.2026 z dnia 03.12.2026, podpisał(a) Barbara Żółkiewska" """
    parts = [act.case_sign]
    if act.issued_on is not None:
        parts.append(_words("z dnia %1").replace("%1", date_short(act.issued_on)))
    text = " ".join(p for p in parts if p)
    if act.signed_by:
        text += _words(", podpisał(a) %1").replace("%1", act.signed_by)
    return text


def double_signing_text(acts: DoubleSigning) -> str:
    """What the office must do about the later of two acts signed from one draft."""
    def where(act: SignedAct) -> str:
        when = office_datetime(act.signed_at) if act.signed_at else ""
        return ", ".join(p for p in (act.pc, when) if p)
    return (_words(
        "Decyzja podpisana na dwóch komputerach. Wszystkie komputery zachowują akt podpisany "
        "wcześniej: %1 (%2). Drugi akt, podpisany później: %3 (%4), jest przechowany w całości "
        "w tym wpisie. Jeśli drugi akt został wydany lub doręczony stronie, trzeba go "
        "wyeliminować z obrotu nowym aktem (np. uchyleniem albo stwierdzeniem nieważności) i "
        "powiadomić stronę; jeśli nie – nie wydawać go i odnotować to w aktach sprawy. "
        "Program żadnego z aktów nie zmienia; „Zostaw” zamyka wpis, gdy sprawa jest "
        "załatwiona.")
        .replace("%1", act_text(acts.kept)).replace("%2", where(acts.kept))
        .replace("%3", act_text(acts.later)).replace("%4", where(acts.later)))
