"""Closing a check of care or a complaint: the outcome, the day it was closed, the
recommendations and the day by which the provider is to put things right.

A check ends without remarks or with deficiencies found; a complaint is found justified, in
part justified, or unjustified. Deficiencies and a complaint found (partly) justified call
for recommendations; a deadline to fix them is only given with recommendations, and never
before the day the record is closed. A closed record is the protocol printed from it: it
does not change (services/care_supervision_closing.py).
"""

from __future__ import annotations

import datetime as dt
import enum

from ops_desktop.domain.care_providers import MAX_NARRATIVE, SupervisionKind
from ops_desktop.domain.errors import FieldError
from ops_desktop.domain.fields import INVALID, date_errors, is_date, text_errors


class SupervisionOutcome(enum.StrEnum):
    NO_REMARKS = "no_remarks"  # a check: nothing wrong found
    DEFICIENCIES = "deficiencies"  # a check: deficiencies found
    UPHELD = "upheld"  # a complaint: justified
    PARTLY_UPHELD = "partly_upheld"  # a complaint: justified in part
    DISMISSED = "dismissed"  # a complaint: unjustified


OUTCOMES: dict[SupervisionKind, tuple[SupervisionOutcome, ...]] = {
    SupervisionKind.CHECK: (SupervisionOutcome.NO_REMARKS, SupervisionOutcome.DEFICIENCIES),
    SupervisionKind.COMPLAINT: (SupervisionOutcome.UPHELD, SupervisionOutcome.PARTLY_UPHELD,
                                SupervisionOutcome.DISMISSED),
}
# Outcomes that something is to be put right: recommendations are required.
CALL_FOR_RECOMMENDATIONS = frozenset({SupervisionOutcome.DEFICIENCIES,
                                      SupervisionOutcome.UPHELD,
                                      SupervisionOutcome.PARTLY_UPHELD})


def closing_errors(kind: SupervisionKind, held_on: dt.date, outcome: object, closed_on: object,
                   recommendations: object, fix_by: object, today: dt.date) -> list[FieldError]:
    """Every problem of a closing at once, each under its field."""
    errors: list[FieldError] = []
    if not isinstance(outcome, SupervisionOutcome) or outcome not in OUTCOMES[kind]:
        errors.append(FieldError("outcome", INVALID))
    errors += date_errors("closed_on", closed_on, required=True)
    if is_date(closed_on):
        if closed_on > today:  # type: ignore[operator]
            errors.append(FieldError("closed_on", "future_date"))
        elif closed_on < held_on:  # type: ignore[operator]
            errors.append(FieldError("closed_on", "closed_before_held"))
    text = text_errors("recommendations", recommendations, MAX_NARRATIVE, multiline=True)
    errors += text
    blank = not text and not str(recommendations).strip()
    if not text and blank and outcome in CALL_FOR_RECOMMENDATIONS:
        errors.append(FieldError("recommendations", "recommendations_required"))
    errors += date_errors("fix_by", fix_by)
    if is_date(fix_by):
        if blank:
            errors.append(FieldError("fix_by", "fix_by_without_recommendations"))
        elif is_date(closed_on) and fix_by < closed_on:  # type: ignore[operator]
            errors.append(FieldError("fix_by", "end_before_start"))
    return errors
