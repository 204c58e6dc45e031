"""What a payment list takes beyond the month's due payments: transfers the bank returned,
paid again (re-issued) on the next list prepared, and deductions of undue benefits (art. 104
ust. 2 u.p.s.) taken off the person's payments on it.

Called by services/payments.py inside its unit of work, after its permission checks. Never
twice: a returned month is paid again only through its return, and only while no live item
re-issues it; the schedule's own months stay on the list they were first put on (the
returned item included), so the month is never due from the schedule again.
"""

from __future__ import annotations

import datetime as dt
import uuid
from collections import defaultdict
from collections.abc import Iterable, Sequence
from dataclasses import dataclass

from ops_desktop.domain.undue_benefits import MovementKind, balance, deduction
from ops_desktop.storage import queries
from ops_desktop.storage import return_queries as ret_q
from ops_desktop.storage.models import ClaimMovementRow, PaymentItemRow, PaymentReturnRow


@dataclass(frozen=True)
class Planned:
    """An item about to go onto a list: from the schedule (`reissues` None) or re-issued."""

    decision_id: uuid.UUID
    person_id: uuid.UUID
    benefit_month: dt.date
    case_sign: str
    issued_on: dt.date | None
    form: str
    party_name: str
    party_address: str
    party_pesel: str | None
    bank_account: str | None
    days: int | None
    month_days: int | None
    amount_grosze: int
    reissues: PaymentReturnRow | None = None


def returned_net(s: queries.Session, item: PaymentItemRow) -> int:
    """What the bank sent back: the item's net (its gross less its deductions)."""
    taken = sum(m.amount_grosze for m in ret_q.deductions_of_items(s, [item.id]))
    return max(0, item.amount_grosze - taken)


def reissues(s: queries.Session) -> list[tuple[str, Planned]]:
    """(method, item) for every return no live item pays again yet."""
    out: list[tuple[str, Planned]] = []
    for back, item in ret_q.awaiting_reissue(s):
        amount = returned_net(s, item)
        if amount <= 0:
            continue
        out.append((back.reissue_method, Planned(
            decision_id=item.decision_id, person_id=item.person_id,
            benefit_month=item.benefit_month, case_sign=item.case_sign,
            issued_on=item.issued_on, form=item.form, party_name=item.party_name,
            party_address=item.party_address, party_pesel=item.party_pesel,
            bank_account=back.reissue_account, days=item.days, month_days=item.month_days,
            amount_grosze=amount, reissues=back)))
    return out


def link_reissue(planned: Planned, item: PaymentItemRow) -> None:
    if planned.reissues is not None:
        planned.reissues.reissue_item_id = item.id


def deduct(s: queries.Session, items: Sequence[PaymentItemRow], paid_on: dt.date) -> int:
    """Take the person's deducting claims off their items of a new list, oldest claim first,
    never more than a claim's balance nor below a zero net; returns the grosze taken.

    Re-issued items are not touched: the returned payment's deduction was taken already.
    """
    by_person: dict[uuid.UUID, list[PaymentItemRow]] = defaultdict(list)
    for item in items:
        by_person[item.person_id].append(item)
    claims = ret_q.deducting_claims(s, list(by_person))
    if not claims:
        return 0
    moved = ret_q.movements(s, [c.id for c in claims])
    owed = {c.id: balance(c.amount_grosze, [m.amount_grosze for m in moved if m.claim_id == c.id],
                          c.waived_on is not None) for c in claims}
    taken = 0
    cut_so_far: dict[uuid.UUID, int] = defaultdict(int)  # one item may serve two claims
    for claim in claims:
        for item in by_person[claim.person_id]:
            cut = deduction(item.amount_grosze - cut_so_far[item.id], owed[claim.id])
            if cut <= 0:
                continue
            row = ClaimMovementRow(claim_id=claim.id, person_id=claim.person_id,
                                   kind=MovementKind.DEDUCTION.value, moved_on=paid_on,
                                   amount_grosze=cut, item_id=item.id)
            queries.add(s, row)
            cut_so_far[item.id] += cut
            owed[claim.id] -= cut
            taken += cut
    return taken


def drop_with(s: queries.Session, item_ids: Iterable[uuid.UUID], now: dt.datetime) -> None:
    """A draft list is dropped: its deductions go, and the returns it re-issued are due again."""
    ids = list(item_ids)
    for m in ret_q.deductions_of_items(s, ids):
        m.deleted_at = now
    for back in ret_q.returns_reissued_by(s, ids):
        back.reissue_item_id = None


@dataclass(frozen=True)
class ItemFacts:
    deductions: dict[uuid.UUID, int]
    reissues: frozenset[uuid.UUID]  # items re-issuing a return
    returned: frozenset[uuid.UUID]  # items the bank returned


def facts(s: queries.Session, item_ids: Sequence[uuid.UUID]) -> ItemFacts:
    cuts: dict[uuid.UUID, int] = defaultdict(int)
    for m in ret_q.deductions_of_items(s, item_ids):
        assert m.item_id is not None
        cuts[m.item_id] += m.amount_grosze
    again = frozenset(r.reissue_item_id for r in ret_q.returns_reissued_by(s, item_ids)
                      if r.reissue_item_id is not None)
    back = frozenset(r.item_id for r in ret_q.returns_of_items(s, item_ids))
    return ItemFacts(dict(cuts), again, back)
