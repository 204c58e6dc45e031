"""The demo office's social-work log: an entry for each piece of work its social workers did
(the day of the note, its kind, a plausible time), and one case the head handed over from one
social worker to the other, so "Moje sprawy" and "Obciążenie pracowników" show both."""

from __future__ import annotations

import datetime as dt
import random
import uuid

from ops_desktop.domain.social_work_log import LogKind
from ops_desktop.domain.vocabulary import NoteKind, Role
from ops_desktop.services.context import Actor
from ops_desktop.services.hub import Services
from ops_desktop.services.social_work_log import LogEntryInput

# The kind of social work a note's visit or meeting was, and how long it took (minutes).
KIND_OF_NOTE: dict[NoteKind, tuple[LogKind, int, int]] = {
    NoteKind.INTERVIEW: (LogKind.HOME_VISIT, 60, 120),
    NoteKind.HOME_VISIT: (LogKind.HOME_VISIT, 30, 90),
    NoteKind.FAMILY_WORK: (LogKind.FAMILY_WORK, 45, 120),
    NoteKind.NOTE: (LogKind.COUNSELLING, 15, 45),
    NoteKind.NIEBIESKA_KARTA: (LogKind.INSTITUTION_CONTACT, 60, 120),
}
# Work that leaves no note: a call to the school, help with a letter to the housing office.
QUICK = ((LogKind.INSTITUTION_CONTACT, "Telefon do pedagoga szkolnego."),
         (LogKind.OFFICIAL_MATTER, "Pomoc w napisaniu pisma do zarządcy budynku."),
         (LogKind.COUNSELLING, ""))


def log_work(services: Services, rng: random.Random, worker: Actor, case_id: uuid.UUID,
             kind: NoteKind, day: dt.date) -> int:
    """The entries for the work a note records (and now and then a quick one beside it)."""
    log_kind, low, high = KIND_OF_NOTE[kind]
    services.social_work_log.add(worker, LogEntryInput(
        case_id, day, log_kind, rng.randrange(low, high + 1, 5),
        with_family=kind in (NoteKind.FAMILY_WORK, NoteKind.INTERVIEW)))
    if rng.random() >= 0.4:
        return 1
    quick, note = rng.choice(QUICK)
    services.social_work_log.add(worker, LogEntryInput(
        case_id, day, quick, rng.randrange(10, 35, 5), note=note))
    return 2


def hand_over_one_case(services: Services, actors: dict[Role, list[Actor]]) -> int:
    """The head hands the first social worker's oldest open case to the second one."""
    head = actors[Role.COORDINATOR][0]
    first, second = actors[Role.SOCIAL_WORK][:2]
    cases = sorted(services.caseload.cases_of(head, first.user_id), key=lambda c: c.opened_on)
    if not cases:
        return 0
    services.caseload.reassign(head, cases[0].case_id, second.user_id)
    return 1
