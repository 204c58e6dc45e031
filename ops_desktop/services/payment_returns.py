"""Transfers the bank returned: recorded on an approved list's item, and re-issued.

The approved list never changes (services/payments.py, storage/triggers.py), so a return is
its own record: the day, the bank's reason and how the money goes out again – to an account
the worker enters (NRB checked) or in cash. The returned month is then due again and the
next list prepared pays it on a correction list (services/payment_corrections.py); it is
never paid twice. Only the benefits team and the head record or read returns.
"""

from __future__ import annotations

import datetime as dt
import uuid
from dataclasses import dataclass

from ops_desktop.domain.clock import wall_today
from ops_desktop.domain.errors import ConflictError, DomainError, FieldError, NotFound, ValidationError
from ops_desktop.domain.fields import INVALID, choice_errors, date_errors, id_errors, text_errors
from ops_desktop.domain.permissions import Permission
from ops_desktop.domain.person import validate_iban
from ops_desktop.domain.undue_benefits import ReturnReason
from ops_desktop.domain.vocabulary import PaymentMethod
from ops_desktop.services.context import Actor, require
from ops_desktop.services.payment_corrections import returned_net
from ops_desktop.storage import queries
from ops_desktop.storage import return_queries as ret_q
from ops_desktop.storage.database import Database
from ops_desktop.storage.models import PaymentReturnRow

NOTE_MAX = 300
APPROVED = "approved"
# A transfer the bank refused for the account itself would come back again from it.
ACCOUNT_REASONS = (ReturnReason.ACCOUNT_CLOSED, ReturnReason.WRONG_NUMBER)


@dataclass(frozen=True)
class ReturnInput:
    item_id: uuid.UUID
    returned_on: dt.date
    reason: ReturnReason
    reissue_method: PaymentMethod
    reissue_account: str = ""  # the new account, for a re-issue by transfer
    note: str = ""


@dataclass(frozen=True)
class ReturnView:
    id: uuid.UUID
    item_id: uuid.UUID
    returned_on: dt.date
    reason: ReturnReason
    amount_grosze: int
    reissue_method: PaymentMethod
    reissue_account: str | None
    reissued: bool


def return_errors(data: object, today: dt.date) -> list[FieldError]:
    if not isinstance(data, ReturnInput):
        return [FieldError("return", INVALID)]
    errors = id_errors("item_id", data.item_id)
    errors += choice_errors("reason", data.reason, ReturnReason)
    errors += choice_errors("reissue_method", data.reissue_method, PaymentMethod)
    errors += text_errors("note", data.note, NOTE_MAX)
    dates = date_errors("returned_on", data.returned_on, required=True)
    errors += dates
    if not dates and data.returned_on > today:
        errors.append(FieldError("returned_on", "future_date"))
    if data.reissue_method is PaymentMethod.BANK_TRANSFER:
        try:
            validate_iban(data.reissue_account)
        except DomainError:
            errors.append(FieldError("reissue_account", "iban_invalid"))
    elif not isinstance(data.reissue_account, str):
        errors.append(FieldError("reissue_account", INVALID))
    return errors


class PaymentReturnService:
    def __init__(self, db: Database) -> None:
        self.db = db

    def record(self, actor: Actor, data: ReturnInput) -> ReturnView:
        """The bank returned the transfer of an approved list's item; it is due again."""
        require(actor, Permission.RECORD_PAYMENT_RETURNS)
        errors = return_errors(data, wall_today())
        if errors:
            raise ValidationError(errors)
        account = (validate_iban(data.reissue_account)
                   if data.reissue_method is PaymentMethod.BANK_TRANSFER else None)
        with self.db.session(actor.user_id) as s:
            found = ret_q.live_item(s, data.item_id)
            if found is None:
                raise NotFound("payment_item", data.item_id)
            item, listed = found
            if listed.status != APPROVED:
                raise ConflictError("list_not_approved", listed.number)  # a draft is corrected
            if listed.method != PaymentMethod.BANK_TRANSFER.value:
                raise ConflictError("not_a_transfer_list", listed.number)
            if ret_q.return_of(s, item.id) is not None:
                raise ConflictError("already_returned", listed.number)
            problems: list[FieldError] = []
            if data.returned_on < listed.payment_date:
                problems.append(FieldError("returned_on", "before_payment"))
            if (account is not None and account == item.bank_account
                    and data.reason in ACCOUNT_REASONS):
                problems.append(FieldError("reissue_account", "same_account"))
            if problems:
                raise ValidationError(problems)
            row = PaymentReturnRow(
                item_id=item.id, person_id=item.person_id, returned_on=data.returned_on,
                reason=data.reason.value, note=data.note.strip(),
                reissue_method=data.reissue_method.value, reissue_account=account)
            queries.add(s, row)
            return _view(row, returned_net(s, item))

    def of_item(self, actor: Actor, item_id: uuid.UUID) -> ReturnView | None:
        require(actor, Permission.READ_PAYMENT_LISTS)
        with self.db.session(actor.user_id) as s:
            row = ret_q.return_of(s, item_id)
            if row is None:
                return None
            found = ret_q.live_item(s, row.item_id)
            return _view(row, 0 if found is None else returned_net(s, found[0]))


def _view(row: PaymentReturnRow, amount: int) -> ReturnView:
    return ReturnView(
        id=row.id, item_id=row.item_id, returned_on=row.returned_on,
        reason=ReturnReason(row.reason), amount_grosze=amount,
        reissue_method=PaymentMethod(row.reissue_method), reissue_account=row.reissue_account,
        reissued=row.reissue_item_id is not None)
