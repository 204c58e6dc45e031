"""Receipt cut-offs: the KPA deadline of a plain application as a date the database can compare.

An application with no period that does not count and no notice of delay has a deadline that
depends on its day of receipt and its complicated flag alone (art. 35 § 3, art. 57 § 3–4,
domain/kpa_deadlines.py). That deadline never moves back as the day of receipt moves forward
(a month later, the month's last day when it has none, then the next working day), so "due on
or before day D" holds exactly for the applications received before one day: the cut-off.
The head's counts compare `received_on` with two cut-offs in SQL instead of reading every
waiting application into Python; the few with pauses or notices are still counted one by one.

The cut-off is found by the same function that counts each deadline, over every day of
receipt that could matter, so it cannot drift from it. Should the dated data ever make the
deadline move back (a set with fewer months than the one before it), no single day divides
the applications and `receipt_cutoff` says so (None): the caller then counts them one by one.
"""

from __future__ import annotations

import datetime as dt
import functools

from ops_desktop.domain.kpa_deadlines import _sets, deadline_law, statutory_deadline

# add_months moves by at most 31 days a month; art. 57 § 4 then adds at most a long weekend
# with its holidays. A margin of a month keeps every earlier day of receipt surely due.
_MONTH_DAYS = 31


def plain_deadline(received_on: dt.date, complicated: bool) -> dt.date:
    """The deadline of an application with no pause and no notice (case_deadline's rule)."""
    law = deadline_law(received_on)
    return statutory_deadline(received_on,
                              law.complicated_months if complicated else law.ordinary_months)


@functools.cache
def receipt_cutoff(day: dt.date, complicated: bool) -> dt.date | None:
    """The first day of receipt whose plain deadline falls after `day`: a plain application
    is due on or before `day` exactly when it was received before the cut-off. None when the
    dated data leave no such single day (see the module's note)."""
    longest = max(s.complicated_months for s in _sets())
    first = day - dt.timedelta(days=_MONTH_DAYS * (longest + 1))
    # A deadline is at least a month after receipt, so from `day` on nothing is due by it.
    receipts = [first + dt.timedelta(days=n) for n in range((day - first).days + 1)]
    due = [plain_deadline(r, complicated) <= day for r in receipts]
    if not due[0] or True in due[due.index(False):]:
        return None
    return receipts[due.index(False)]
