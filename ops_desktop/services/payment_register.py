"""Rejestr wypłat: a person's every payment, return, re-issue, deduction and claim movement,
with the dates and list numbers, and the balance of their claims (art. 104 u.p.s.)."""

from __future__ import annotations

import datetime as dt
import uuid
from dataclasses import dataclass, replace
from enum import StrEnum

from ops_desktop.domain.clock import wall_today
from ops_desktop.domain.fields import require_id
from ops_desktop.domain.permissions import Permission
from ops_desktop.services.context import Actor, require
from ops_desktop.services.mapping import full_name
from ops_desktop.services.office import OfficeService
from ops_desktop.services.payment_corrections import facts
from ops_desktop.storage import audit, queries
from ops_desktop.storage import return_queries as ret_q
from ops_desktop.storage.database import Database
from ops_desktop.storage.models import PersonRow

APPROVED, SIGNED = "approved", "signed"


class EntryKind(StrEnum):
    PAYMENT = "payment"
    REISSUE = "reissue"
    RETURN = "return"
    CLAIM = "claim"
    DEDUCTION = "deduction"
    CASHIER = "cashier"
    TRANSFER = "transfer"
    WAIVER = "waiver"


@dataclass(frozen=True)
class RegisterEntry:
    on: dt.date
    kind: EntryKind
    list_number: str  # of the payment, re-issue, return or deduction; else ""
    approved: bool  # the list is approved (a draft's entries may still go)
    benefit_month: dt.date | None
    case_sign: str
    claim_number: str
    gross_grosze: int  # a payment's gross; a claim's or a movement's amount
    deduction_grosze: int
    net_grosze: int
    claims_balance_grosze: int = 0  # of all the person's claims after this entry


@dataclass(frozen=True)
class Register:
    person_name: str
    entries: tuple[RegisterEntry, ...]
    claims_balance_grosze: int


class PaymentRegisterService:
    def __init__(self, db: Database, office: OfficeService) -> None:
        self.db = db
        self.office = office

    def document(self, actor: Actor, person_id: uuid.UUID) -> bytes:
        """The register as a PDF, as the screen shows it today."""
        from ops_desktop.documents.payment_register import RegisterLine, render_register

        register = self.of_person(actor, person_id)
        lines = [RegisterLine(e.on, e.kind.value, e.list_number, e.approved, e.benefit_month,
                              e.claim_number, e.gross_grosze, e.deduction_grosze, e.net_grosze,
                              e.claims_balance_grosze) for e in register.entries]
        return render_register(self.office.settings().on_paper(), register.person_name, lines,
                               register.claims_balance_grosze, wall_today())

    def of_person(self, actor: Actor, person_id: uuid.UUID) -> Register:
        require(actor, Permission.READ_PAYMENT_REGISTER)
        require_id("person_id", person_id)
        with self.db.session(actor.user_id) as s:
            person = queries.get(s, PersonRow, person_id)
            name = full_name(person) if person is not None else ""
            audit.record(s, actor.user_id, "view", "payment_register", str(person_id), person_id)
            # (day, order within the day, entry, change of a claim's balance)
            rows: list[tuple[dt.date, int, RegisterEntry, int]] = []
            items = ret_q.person_items(s, person_id)
            known = facts(s, [i.id for i, _ in items])
            by_id = {i.id: (i, li) for i, li in items}
            for item, listed in items:
                cut = known.deductions.get(item.id, 0)
                kind = EntryKind.REISSUE if item.id in known.reissues else EntryKind.PAYMENT
                rows.append((listed.payment_date, 0, RegisterEntry(
                    listed.payment_date, kind, listed.number, listed.status == APPROVED,
                    item.benefit_month, item.case_sign, "", item.amount_grosze, cut,
                    max(0, item.amount_grosze - cut)), 0))
            for back in ret_q.person_returns(s, person_id):
                item, listed = by_id[back.item_id]
                net = max(0, item.amount_grosze - known.deductions.get(item.id, 0))
                rows.append((back.returned_on, 1, RegisterEntry(
                    back.returned_on, EntryKind.RETURN, listed.number, True, item.benefit_month,
                    item.case_sign, "", net, 0, net), 0))
            signed = {c.id: c for c in ret_q.claims(s, person_id) if c.status == SIGNED}
            for c in signed.values():
                rows.append((c.decided_on, 2, _claim_entry(c.decided_on, EntryKind.CLAIM, c.number,
                                                           c.amount_grosze), c.amount_grosze))
                if c.waived_on is not None:
                    rows.append((c.waived_on, 4, _claim_entry(c.waived_on, EntryKind.WAIVER,
                                                              c.number, 0), 0))
            for m in ret_q.movements(s, list(signed)):
                number = by_id[m.item_id][1].number if m.item_id in by_id else ""
                entry = _claim_entry(m.moved_on, EntryKind(m.kind), signed[m.claim_id].number,
                                     m.amount_grosze, number)
                rows.append((m.moved_on, 3, entry, -m.amount_grosze))
            rows.sort(key=lambda r: (r[0], r[1]))
            owed: dict[str, int] = {}
            entries: list[RegisterEntry] = []
            for _, _, entry, delta in rows:
                if entry.kind is EntryKind.WAIVER:  # the rest of the claim is forgiven
                    entry = replace(entry, gross_grosze=owed.get(entry.claim_number, 0),
                                    net_grosze=owed.get(entry.claim_number, 0))
                    delta = -owed.get(entry.claim_number, 0)
                if entry.claim_number:
                    owed[entry.claim_number] = owed.get(entry.claim_number, 0) + delta
                entries.append(replace(entry, claims_balance_grosze=sum(owed.values())))
            return Register(name, tuple(entries), sum(owed.values()))


def _claim_entry(on: dt.date, kind: EntryKind, claim: str, amount: int,
                 list_number: str = "") -> RegisterEntry:
    return RegisterEntry(on, kind, list_number, True, None, "", claim, amount, 0, amount)
