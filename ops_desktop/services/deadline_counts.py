"""How many waiting applications each worker has overdue or due soon, counted by the database.

The head's dashboard and the list of overdue applications per worker used to read every
waiting application (thousands in a large office) into Python to count a handful. Now a
plain application – no period that does not count, no notice of delay – is judged in SQL by
its day of receipt against two cut-off days computed once (domain/kpa_cutoffs.py): received
before the cut-off means due on or before the day. Only the applications with a pause or a
notice are read whole and counted by their running deadline, as before.

Why cut-offs and not a deadline stored on each row: a stored date must be rewritten by every
change that moves it (a pause, a notice, the complicated flag, an application arriving from
another PC, a new holiday or a new dated set of the law), and a single writer that forgets
makes the head's figures silently wrong. The cut-offs are recomputed from the same rule at
every count, need no migration and cost a millisecond.
"""

from __future__ import annotations

import datetime as dt
import uuid

from ops_desktop.domain.kpa_cutoffs import receipt_cutoff
from ops_desktop.domain.vocabulary import ApplicationStatus
from ops_desktop.services import mapping
from ops_desktop.services.dashboard import Count
from ops_desktop.storage import deadline_count_queries as count_q
from ops_desktop.storage import deadline_queries as deadline_q
from ops_desktop.storage.database import Session

WAITING = ApplicationStatus.REGISTERED.value  # still waiting for its decision


def carrier(case_worker_id: uuid.UUID | None, registered_by: uuid.UUID | None
            ) -> uuid.UUID | None:
    """Who carries an application: the worker of its case, else the one who registered it
    (storage/deadline_count_queries says the same in SQL)."""
    return case_worker_id or registered_by


def cutoffs(today: dt.date, until: dt.date) -> count_q.Cutoffs | None:
    """Overdue: due before today, that is on or before yesterday; due: on or before `until`."""
    yesterday = today - dt.timedelta(days=1)
    days = (receipt_cutoff(yesterday, False), receipt_cutoff(yesterday, True),
            receipt_cutoff(until, False), receipt_cutoff(until, True))
    if None in days:
        return None
    return count_q.Cutoffs(*days)  # type: ignore[arg-type]


def tallies(s: Session, today: dt.date, until: dt.date) -> dict[count_q.Key, count_q.Tally]:
    """Per (team, carrier): the applications still waiting, how many are overdue on `today`
    and how many are due on or before `until` (the overdue ones included)."""
    cuts = cutoffs(today, until)
    if cuts is None:  # the dated data leave no cut-off: every application one by one
        found: dict[count_q.Key, count_q.Tally] = {}
        one_by_one = deadline_q.waiting_applications(s, WAITING)
    else:
        irregular = count_q.irregular_ids(s, WAITING)
        found = count_q.plain_tallies(s, WAITING, cuts, irregular)
        one_by_one = count_q.irregular_applications(s, WAITING, irregular)
    for row in one_by_one:
        due_on = mapping.application_deadline(row).due_on
        key = (row.team, carrier(row.case_worker_id, row.created_by))
        old = found.get(key, count_q.Tally(0, 0, 0))
        found[key] = count_q.Tally(old.waiting + 1, old.overdue + (due_on < today),
                                   old.due + (due_on <= until))
    return found


def dashboard_counts(s: Session, today: dt.date, until: dt.date) -> dict[count_q.Key, Count]:
    """The dashboard's "kpa_application" figure: due by `until`, of which overdue."""
    return {key: Count(t.due, t.overdue) for key, t in tallies(s, today, until).items()
            if t.due}
