"""Payment lists of the demo office: the last three months prepared by a benefits worker and
approved by the head, this month's prepared and waiting for the head's approval."""

from __future__ import annotations

import datetime as dt

from ops_desktop.domain.calendar import add_months
from ops_desktop.domain.errors import ConflictError
from ops_desktop.domain.vocabulary import Role
from ops_desktop.services.context import Actor
from ops_desktop.services.hub import Services
from ops_desktop.domain.undue_benefits import ReturnReason
from ops_desktop.domain.vocabulary import PaymentMethod
from ops_desktop.services.payment_returns import ReturnInput
from ops_desktop.services.payments import BankProfile, PaymentListView

# The office's own account in the demo (a valid NRB of a fictional office).
DEMO_PAYER_ACCOUNT = "PL61109010140000071219812874"
APPROVED_MONTHS = 3


def payment_story(services: Services, actors: dict[Role, list[Actor]], today: dt.date) -> int:
    """The demo's lists; returns how many were made."""
    services.payments.set_bank_profile(actors[Role.ADMINISTRATOR][0],
                                       BankProfile(10, DEMO_PAYER_ACCOUNT, "cp1250"))
    clerk, head = actors[Role.BENEFITS][0], actors[Role.COORDINATOR][0]
    this_month = today.replace(day=1)
    made = 0
    for back in range(APPROVED_MONTHS, -1, -1):
        month = add_months(this_month, -back)
        try:
            lists = services.payments.prepare(clerk, month)
        except ConflictError:
            continue  # nothing was due that month
        made += len(lists)
        if back:  # this month's lists wait for the head
            for view in lists:
                services.payments.approve(head, view.id)
        if back == 1:
            _returned_transfer(services, clerk, lists, today)
    return made


def _returned_transfer(services: Services, clerk: Actor, lists: list[PaymentListView],
                       today: dt.date) -> None:
    """Last month's first transfer came back (the account was closed): re-issued in cash,
    it goes onto this month's correction list."""
    transfer = next((v for v in lists if v.method is PaymentMethod.BANK_TRANSFER), None)
    if transfer is None:
        return
    line = services.payments.paper(clerk, transfer.id).lines[0]
    assert line.item_id is not None
    services.payment_returns.record(clerk, ReturnInput(
        line.item_id, min(today, transfer.payment_date + dt.timedelta(days=3)),
        ReturnReason.ACCOUNT_CLOSED, PaymentMethod.CASH, "", "zwrot z banku: rachunek zamknięty"))
