"""An undue benefit in the demo office (art. 104 u.p.s.): a monthly benefit's recipient took
up work without telling the office (art. 109); the benefit is lowered by a signed change
decision, and the two months overpaid are claimed back by a recovery decision in three
monthly instalments, the first paid at the cashier the same day."""

from __future__ import annotations

import datetime as dt
from decimal import Decimal

from ops_desktop.domain.calendar import add_months
from ops_desktop.domain.errors import DomainError
from ops_desktop.domain.undue_benefits import MovementKind
from ops_desktop.domain.vocabulary import BenefitForm, DecisionKind, DecisionStatus, Role
from ops_desktop.services.context import Actor
from ops_desktop.services.applications import IncomeInput
from ops_desktop.services.decisions import DecisionInput
from ops_desktop.services.hub import Services
from ops_desktop.services.undue_claims import ClaimInput
from ops_desktop.services.views import DecisionView

OVERPAID_MONTHS = 2
WORK, WAGE = "umowa zlecenia (niezgłoszona)", Decimal("250.00")
INSTALMENTS = 3
MONTHLY = (BenefitForm.PERMANENT, BenefitForm.PERIODIC)  # paid every month, so overpaid
CHANGE_REASONING = ("Strona podjęła zatrudnienie i nie powiadomiła o tym ośrodka (art. 109 "
                    "ustawy o pomocy społecznej); dochód wzrósł, zasiłek obniżono.")
CLAIM_REASONING = ("Zasiłek wypłacony za dwa miesiące po podjęciu przez Stronę "
                   "zatrudnienia przysługiwał w niższej kwocie; różnica została pobrana "
                   "nienależnie (art. 6 pkt 16 ustawy o pomocy społecznej). Na wniosek Strony "
                   "należność rozłożono na raty.")


def undue_story(services: Services, actors: dict[Role, list[Actor]], signers: list[Actor],
                today: dt.date) -> int:
    """The demo's one claim; returns how many were made (0 when no grant fits)."""
    clerk, head = actors[Role.BENEFITS][0], actors[Role.COORDINATOR][0]
    signer = head if head in signers else signers[0]
    appealed = {v.decision_id for v in services.appeals.appeals(head)}
    latest: dict[object, DecisionView] = {}
    for d in services.decisions.page(head, DecisionStatus.SIGNED, limit=1000):
        if d.issued_on is not None and d.application_id not in latest:
            latest[d.application_id] = d
    # The oldest grant first: a benefit paid for months.
    for d in reversed(latest.values()):
        if (d.kind is DecisionKind.GRANT and d.form in MONTHLY
                and d.amount is not None and d.corrects_id is None and d.id not in appealed
                and _claim(services, clerk, signer, d, today)):
            return 1
    return 0


def _claim(services: Services, clerk: Actor, signer: Actor, d: DecisionView,
           today: dt.date) -> bool:
    assert d.amount is not None
    try:
        # The income the person did not report, added to what the application holds.
        lines = [IncomeInput(i.person_id, i.source, i.amount)
                 for i in services.applications.incomes(clerk, d.application_id)]
        services.applications.set_incomes(
            clerk, d.application_id, [*lines, IncomeInput(d.person_id, WORK, WAGE)])
        lowered = services.applications.assess(clerk, d.application_id, on=d.period_from).amount
        if lowered is None or lowered >= d.amount:
            return False
        change = services.decisions.prepare(clerk, DecisionInput(
            application_id=d.application_id, kind=DecisionKind.GRANT, amount=lowered,
            period_from=d.period_from, period_to=d.period_to, payment_method=d.payment_method,
            bank_account=d.bank_account, reasoning=CHANGE_REASONING, corrects_id=d.id))
        signed = services.decisions.sign(signer, change.id)
        claim = services.undue_claims.prepare(clerk, ClaimInput(
            person_id=d.person_id, change_decision_id=signed.id,
            amount=(d.amount - lowered) * OVERPAID_MONTHS, decided_on=today,
            repay_by=add_months(today, INSTALMENTS - 1), instalment_count=INSTALMENTS,
            first_instalment_on=today, reasoning=CLAIM_REASONING))
        claim = services.undue_claims.sign(signer, claim.id)
        first = claim.instalments[0].amount_grosze
        services.undue_claims.record_payment(clerk, claim.id, MovementKind.CASHIER, today,
                                             Decimal(first) / 100)
    except DomainError:
        return False
    return True
