"""A payment list as paper and the bank file see it: what services/payments.py fills."""

from __future__ import annotations

import datetime as dt
import uuid
from dataclasses import dataclass

from ops_desktop.domain.vocabulary import BenefitForm, PaymentMethod


@dataclass(frozen=True)
class PaymentLine:
    position: int
    party_name: str
    party_address: str  # lines joined by \n
    party_pesel: str | None
    case_sign: str
    issued_on: dt.date | None
    form: BenefitForm
    benefit_month: dt.date
    days: int | None  # of a part month
    month_days: int | None
    amount_grosze: int  # the gross: what the decision pays for the month
    bank_account: str | None  # compact IBAN "PL" + 26 digits
    deduction_grosze: int = 0  # taken off for an undue benefit (art. 104 ust. 2)
    reissue: bool = False  # pays again a transfer the bank returned
    item_id: uuid.UUID | None = None
    returned: bool = False  # the bank returned this transfer (recorded after approval)
    person_id: uuid.UUID | None = None

    @property
    def net_grosze(self) -> int:
        """What the payee receives (and the bank file transfers): never below zero."""
        return max(0, self.amount_grosze - self.deduction_grosze)


@dataclass(frozen=True)
class PaymentListPaper:
    number: str
    benefit_month: dt.date
    method: PaymentMethod
    chapter: str
    chapter_name: str
    chapter_confirmed: bool
    payment_date: dt.date
    approved: bool
    prepared_name: str
    approved_name: str
    approved_at: dt.datetime | None  # office wall clock
    lines: tuple[PaymentLine, ...]
    correction: bool = False  # a list re-issuing returned transfers (lista korygująca)

    @property
    def gross_grosze(self) -> int:
        return sum(line.amount_grosze for line in self.lines)

    @property
    def deduction_grosze(self) -> int:
        return sum(line.deduction_grosze for line in self.lines)

    @property
    def total_grosze(self) -> int:
        """To be paid out: the nets."""
        return sum(line.net_grosze for line in self.lines)


@dataclass(frozen=True)
class Payer:
    """The office as the sender of transfers: its account and the lines of its name."""

    account: str  # compact IBAN "PL" + 26 digits
    name_lines: tuple[str, ...]
    code_page: str  # the bank profile's code page, e.g. "cp1250"
