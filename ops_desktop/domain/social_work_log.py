"""Dziennik pracy socjalnej: what one quick entry of social work done holds, and its rules.

Social work needs no decision (art. 106 ust. 1 u.p.s.) and so leaves no trace in the
benefits' records; NIK found it barely documented (DOMAIN-TEAMS.md §8 pt 10). A short entry
per piece of work – the day, with whom (the person, or the whole family), what kind, how
long – is what the MRPiPS-03 "praca socjalna" row counts (persons and families, not entries).
"""

from __future__ import annotations

import datetime as dt
from enum import StrEnum

from ops_desktop.domain.errors import FieldError
from ops_desktop.domain.fields import INVALID, choice_errors, date_errors, text_errors

MIN_MINUTES = 1
MAX_MINUTES = 600  # ten hours: one entry is one piece of work on one day
MAX_NOTE = 500  # a short note; the narrative belongs in the case's notes


class LogKind(StrEnum):
    """The kinds of social work an entry records (the screen shows them in Polish)."""

    COUNSELLING = "counselling"  # rozmowa / poradnictwo
    HOME_VISIT = "home_visit"  # wizyta w środowisku
    OFFICIAL_MATTER = "official_matter"  # sprawa urzędowa / pomoc w załatwieniu
    INSTITUTION_CONTACT = "institution_contact"  # kontakt z instytucją
    FAMILY_WORK = "family_work"  # praca z rodziną
    OTHER = "other"  # inne


def minutes_errors(minutes: object) -> list[FieldError]:
    if isinstance(minutes, bool) or not isinstance(minutes, int):
        return [FieldError("minutes", INVALID)]
    if not MIN_MINUTES <= minutes <= MAX_MINUTES:
        return [FieldError("minutes", "minutes_out_of_range")]
    return []


def entry_errors(worked_on: object, kind: object, minutes: object, with_family: object,
                 note: object, today: dt.date, case_opened_on: dt.date) -> list[FieldError]:
    """Every problem of an entry on a case opened on `case_opened_on`, so the form marks
    them all at once."""
    errors = date_errors("worked_on", worked_on, required=True)
    if not errors:
        assert isinstance(worked_on, dt.date)
        if worked_on > today:
            errors.append(FieldError("worked_on", "future_date"))
        elif worked_on < case_opened_on:
            errors.append(FieldError("worked_on", "before_case_opened"))
    errors += choice_errors("kind", kind, LogKind)
    errors += minutes_errors(minutes)
    if not isinstance(with_family, bool):
        errors.append(FieldError("with_family", INVALID))
    return errors + text_errors("note", note, MAX_NOTE)
