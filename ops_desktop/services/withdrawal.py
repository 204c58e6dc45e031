"""Withdrawing an application: the party's act that ends the proceedings by a discontinuance.

The party withdraws the application (in writing, or orally to the record); the benefits
team then prepares a decision discontinuing the proceedings (umorzenie postępowania, KPA
art. 105: § 1 when they became groundless, § 2 when the party asked for it and it harms no
public interest), signed like any decision. DecisionService.prepare_discontinuance saves it.
"""

from __future__ import annotations

import datetime as dt
import uuid
from dataclasses import dataclass

from ops_desktop.domain.errors import FieldError
from ops_desktop.domain.fields import (
    INVALID,
    choice_errors,
    date_errors,
    flag_errors,
    id_errors,
    text_errors,
)
from ops_desktop.domain.vocabulary import (
    DecisionKind,
    DecisionStatus,
    PaymentMethod,
    WithdrawalManner,
)
from ops_desktop.storage.models import ApplicationRow, DecisionRow

REASONING_MAX = 20000


@dataclass(frozen=True)
class WithdrawalInput:
    application_id: uuid.UUID
    withdrawn_on: dt.date  # the day the letter came in or the protocol was written
    manner: WithdrawalManner
    requested_discontinuance: bool = False  # the party asked to discontinue: art. 105 § 2
    reasoning: str = ""  # anything the worker adds to the reasoning


def withdrawal_errors(data: WithdrawalInput, received_on: dt.date | None,
                      today: dt.date) -> list[FieldError]:
    """The withdrawal has a real day between the application and today, and a manner."""
    if not isinstance(data, WithdrawalInput):
        return [FieldError("withdrawal", INVALID)]
    errors = id_errors("application_id", data.application_id)
    errors += choice_errors("manner", data.manner, WithdrawalManner)
    errors += flag_errors("requested_discontinuance", data.requested_discontinuance)
    errors += text_errors("reasoning", data.reasoning, REASONING_MAX, multiline=True)
    dates = date_errors("withdrawn_on", data.withdrawn_on, required=True)
    errors += dates
    if not dates:
        if data.withdrawn_on > today:
            errors.append(FieldError("withdrawn_on", "future_date"))
        elif received_on is not None and data.withdrawn_on < received_on:
            errors.append(FieldError("withdrawn_on", "before_application"))
    return errors


def discontinuance_row(app: ApplicationRow, data: WithdrawalInput) -> DecisionRow:
    """A draft discontinuance: it pays nothing, and no income figures enter it.

    The figure columns are required by the table; a discontinuance applies no parameters,
    so they hold zeros and the day of the withdrawal, and nothing prints them.
    """
    return DecisionRow(
        application_id=app.id,
        person_id=app.person_id,
        case_sign=app.case.sign,
        kind=DecisionKind.DISCONTINUANCE.value,
        form=app.form,
        amount_grosze=None,
        payment_method=PaymentMethod.CASH.value,
        purpose=app.purpose,
        reasoning=data.reasoning.strip(),
        household_size=0,
        income_per_person_grosze=0,
        criterion_grosze=0,
        law_valid_from=data.withdrawn_on,
        law_source="",
        status=DecisionStatus.DRAFT.value,
        withdrawn_on=data.withdrawn_on,
        withdrawal_manner=data.manner.value,
        discontinuance_requested=data.requested_discontinuance,
    )
