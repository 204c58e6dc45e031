"""Payment lists of the demo office: the last three months prepared by a benefits worker and
approved by the head, this month's prepared and waiting for the head's approval."""

from __future__ import annotations

import datetime as dt

from ops_desktop.domain.calendar import add_months
from ops_desktop.domain.errors import ConflictError
from ops_desktop.domain.vocabulary import Role
from ops_desktop.services.context import Actor
from ops_desktop.services.hub import Services
from ops_desktop.services.payments import BankProfile

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
    return made
