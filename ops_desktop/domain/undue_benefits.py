"""Returned transfers and undue benefits (art. 104 u.p.s.): the office's rules as plain data.

A transfer the bank returns is due again and re-issued; an undue benefit becomes a claim
whose recovery decision fixes the amount and the deadline, optionally instalments (art. 104
ust. 3–4: the organ must consider instalments, deferral and waiver) and a deduction from
the person's current payments (ust. 2). Everything is counted in whole grosze.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from enum import StrEnum

from ops_desktop.domain.calendar import add_months
from ops_desktop.domain.errors import DomainError

# Instalments one decision may set: a repayment spread over five years is already a lot.
MAX_INSTALMENTS = 60
# A claim, a payment or a deduction is less than a million złoty (a sanity bound on input).
MAX_GROSZE = 100_000_000


class ReturnReason(StrEnum):
    """Why the bank returned a transfer (the bank's own wording varies; these are its kinds)."""

    ACCOUNT_CLOSED = "account_closed"
    WRONG_NUMBER = "wrong_number"
    NAME_MISMATCH = "name_mismatch"
    PAYEE_DECEASED = "payee_deceased"
    OTHER = "other"


class MovementKind(StrEnum):
    """What lowers a claim."""

    DEDUCTION = "deduction"  # potrącenie z bieżącej wypłaty (art. 104 ust. 2)
    CASHIER = "cashier"  # the person paid at the office's cashier
    TRANSFER = "transfer"  # the person paid by transfer to the office's account


PAYMENTS_BY_PERSON = (MovementKind.CASHIER, MovementKind.TRANSFER)


class WaiverRequester(StrEnum):
    """Art. 104 ust. 4: a waiver only on the request of the person or the social worker."""

    PERSON = "person"
    SOCIAL_WORKER = "social_worker"


@dataclass(frozen=True)
class Instalment:
    number: int  # from 1
    due_on: dt.date
    amount_grosze: int


def _grosze_ok(value: object) -> bool:
    return (isinstance(value, int) and not isinstance(value, bool)
            and 0 < value <= MAX_GROSZE)


def instalments(total_grosze: int, count: int, first_due: dt.date) -> list[Instalment]:
    """`count` monthly instalments from `first_due`: the total split evenly in whole grosze,
    the remainder in the last (100,00 zł in 3: 33,33 + 33,33 + 33,34 zł). Each instalment is
    due on the same day of the following months (the month's last day when it has none)."""
    if not _grosze_ok(total_grosze):
        raise DomainError("amount_invalid", repr(total_grosze))
    if isinstance(count, bool) or not isinstance(count, int) or not 1 <= count <= MAX_INSTALMENTS:
        raise DomainError("instalments_invalid", repr(count))
    if count > total_grosze:
        raise DomainError("instalments_invalid", "less than a grosz each")
    even = total_grosze // count
    last = total_grosze - even * (count - 1)
    return [Instalment(n, add_months(first_due, n - 1), last if n == count else even)
            for n in range(1, count + 1)]


def deduction(gross_grosze: int, balance_grosze: int) -> int:
    """What a payment of `gross_grosze` gives up for a claim of `balance_grosze` still owed:
    all of the balance when the payment covers it, else the whole payment – never more, so
    the net paid is never below zero."""
    if gross_grosze < 0 or balance_grosze < 0:
        raise DomainError("amount_invalid", f"{gross_grosze}/{balance_grosze}")
    return min(gross_grosze, balance_grosze)


def balance(amount_grosze: int, lowered_grosze: list[int], waived: bool) -> int:
    """A claim's balance: its amount less payments and deductions; nothing once waived."""
    if waived:
        return 0
    return max(0, amount_grosze - sum(lowered_grosze))

