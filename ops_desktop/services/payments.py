"""Payment lists: the benefits team prepares a month's lists, the coordinator approves them.

From every signed granting decision the month's due payment is found (domain/payments.py:
calendar months, a part month pro rata, a one-off benefit once) unless it is already on a
live list; the due items go onto one list per payment method and budget chapter
(resources/law/payments.json). An approved list never changes – the service refuses and the
store's triggers refuse (storage/triggers.py) – and a correction is a new list. A draft can
be discarded, and its items are due again. Whoever prepared a list does not approve it.
Payment lists name payees and their accounts: only benefits and the head read them.
"""

from __future__ import annotations

import datetime as dt
import uuid
from collections import defaultdict
from dataclasses import dataclass

from ops_desktop.documents.payment_data import Payer, PaymentLine, PaymentListPaper
from ops_desktop.domain.errors import ConflictError, DomainError, FieldError, NotFound, ValidationError
from ops_desktop.domain.fields import INVALID, date_errors, require_id
from ops_desktop.domain.payment_rules import Chapter, payment_rules
from ops_desktop.domain.payments import PaymentDue, due_in, month_end, payment_date
from ops_desktop.domain.permissions import Permission
from ops_desktop.domain.person import validate_iban
from ops_desktop.domain.vocabulary import BenefitForm, PaymentMethod
from ops_desktop.services import payment_corrections as corrections
from ops_desktop.services.context import Actor, require
from ops_desktop.services.payment_corrections import Planned
from ops_desktop.services.mapping import local_time
from ops_desktop.services.office import OfficeService
from ops_desktop.storage import audit, queries
from ops_desktop.storage import payment_queries as pay_q
from ops_desktop.storage.database import Database, Session
from ops_desktop.storage.models import (
    AppealRow,
    DecisionRow,
    PaymentItemRow,
    PaymentListRow,
    utcnow,
)

DRAFT, APPROVED = "draft", "approved"
ENTITY = "payment_list"
ONE_OFF = frozenset({BenefitForm.PURPOSE, BenefitForm.SPECIAL_PURPOSE})
# The office's bank profile and payment day (settings; the administrator sets them).
PAYMENT_DAY, PAYER_ACCOUNT, CODE_PAGE = "payment_day", "payer_account", "bank_code_page"
DEFAULT_PAYMENT_DAY, DEFAULT_CODE_PAGE = 10, "cp1250"
REGISTER = "payment_list"


@dataclass(frozen=True)
class PaymentListView:
    id: uuid.UUID
    number: str
    benefit_month: dt.date
    method: PaymentMethod
    chapter: str
    chapter_name: str
    chapter_confirmed: bool
    payment_date: dt.date
    status: str
    items: int
    total_grosze: int
    prepared_by: uuid.UUID | None
    prepared_name: str
    approved_name: str
    approved_at: dt.datetime | None  # office wall clock
    correction: bool = False  # re-issues returned transfers (lista korygująca)

    @property
    def approved(self) -> bool:
        return self.status == APPROVED


@dataclass(frozen=True)
class BankProfile:
    payment_day: int
    payer_account: str
    code_page: str


def _view(row: PaymentListRow, count: int, correction: bool = False) -> PaymentListView:
    chapter = _chapter(row)
    return PaymentListView(
        id=row.id, number=row.number, benefit_month=row.benefit_month,
        method=PaymentMethod(row.method), chapter=row.chapter,
        chapter_name=chapter.name if chapter else "", chapter_confirmed=bool(
            chapter and chapter.confirmed), payment_date=row.payment_date, status=row.status,
        items=count, total_grosze=row.total_grosze, prepared_by=row.created_by,
        prepared_name=row.prepared_name, approved_name=row.approved_name,
        approved_at=local_time(row.approved_at) if row.approved_at else None,
        correction=correction)


def _is_correction(s: Session, row: PaymentListRow) -> tuple[int, bool]:
    """(items, whether they re-issue returned transfers)."""
    ids = [i.id for i in pay_q.items(s, row.id)]
    return len(ids), bool(ids) and bool(corrections.facts(s, ids).reissues)


def _chapter(row: PaymentListRow) -> Chapter | None:
    rules = payment_rules(row.benefit_month)
    return next((c for c in rules.chapters.values() if c.code == row.chapter), None)


def _line(item: PaymentItemRow, facts: corrections.ItemFacts) -> PaymentLine:
    return PaymentLine(
        position=item.position, party_name=item.party_name, party_address=item.party_address,
        party_pesel=item.party_pesel, case_sign=item.case_sign, issued_on=item.issued_on,
        form=BenefitForm(item.form), benefit_month=item.benefit_month, days=item.days,
        month_days=item.month_days, amount_grosze=item.amount_grosze,
        bank_account=item.bank_account, deduction_grosze=facts.deductions.get(item.id, 0),
        reissue=item.id in facts.reissues, item_id=item.id, returned=item.id in facts.returned,
        person_id=item.person_id)


@dataclass(frozen=True)
class _Content:
    """What a decision pays: its own amount and period, or the SKO's that replaced them."""

    amount_grosze: int
    period_from: dt.date
    period_to: dt.date | None
    first_month_grosze: int | None
    last_month_grosze: int | None
    issued_on: dt.date | None  # the act the list names: the office's, or the SKO's


def _content(d: DecisionRow, sko: AppealRow | None) -> _Content:
    """The SKO's decision on the merits (art. 138 § 1 pkt 2) is what is paid from the months
    not yet on a list: its amount and period, part months pro rata as the law counts them."""
    if sko is not None:
        assert sko.sko_amount_grosze is not None and sko.sko_period_from is not None
        return _Content(sko.sko_amount_grosze, sko.sko_period_from, sko.sko_period_to,
                        None, None, sko.sko_decided_on)
    assert d.amount_grosze is not None and d.period_from is not None
    return _Content(d.amount_grosze, d.period_from, d.period_to, d.first_month_grosze,
                    d.last_month_grosze, d.issued_on)


def _planned(d: DecisionRow, due: PaymentDue, month: dt.date,
             issued_on: dt.date | None) -> Planned:
    return Planned(
        decision_id=d.id, person_id=d.person_id, benefit_month=month, case_sign=d.case_sign,
        issued_on=issued_on, form=d.form, party_name=d.party_name,
        party_address=d.party_address, party_pesel=d.party_pesel, bank_account=d.bank_account,
        days=due.days, month_days=due.month_days, amount_grosze=due.amount_grosze)


def _month(value: object) -> dt.date:
    errors = date_errors("month", value, required=True)
    if errors:
        raise ValidationError(errors)
    assert isinstance(value, dt.date)
    return dt.date(value.year, value.month, 1)


def profile_problems(profile: object) -> list[FieldError]:
    if not isinstance(profile, BankProfile):
        return [FieldError("profile", INVALID)]
    errors: list[FieldError] = []
    day = profile.payment_day
    if isinstance(day, bool) or not isinstance(day, int) or not 1 <= day <= 31:
        errors.append(FieldError("payment_day", INVALID))
    try:
        validate_iban(profile.payer_account)
    except DomainError:
        errors.append(FieldError("payer_account", "iban_invalid"))
    from ops_desktop.documents.elixir import CODE_PAGES

    if profile.code_page not in CODE_PAGES:
        errors.append(FieldError("code_page", INVALID))
    return errors


class PaymentService:
    def __init__(self, db: Database, office: OfficeService) -> None:
        self.db = db
        self.office = office

    # --- the bank profile --------------------------------------------------------------

    def bank_profile(self) -> BankProfile:
        with self.db.session() as s:
            stored = queries.settings(s)
        day = stored.get(PAYMENT_DAY, "")
        return BankProfile(
            payment_day=int(day) if day.isdigit() and 1 <= int(day) <= 31 else DEFAULT_PAYMENT_DAY,
            payer_account=stored.get(PAYER_ACCOUNT, ""),
            code_page=stored.get(CODE_PAGE, "") or DEFAULT_CODE_PAGE)

    def bank_profile_of(self, actor: Actor) -> BankProfile:
        """The profile as the administrator's form shows it."""
        require(actor, Permission.MANAGE_SETTINGS)
        return self.bank_profile()

    def set_bank_profile(self, actor: Actor, profile: BankProfile) -> None:
        """The administrator sets the payment day, the office's account and the code page."""
        require(actor, Permission.MANAGE_SETTINGS)
        errors = profile_problems(profile)
        if errors:
            raise ValidationError(errors)
        with self.db.session(actor.user_id) as s:
            queries.put_setting(s, PAYMENT_DAY, str(profile.payment_day))
            queries.put_setting(s, PAYER_ACCOUNT, validate_iban(profile.payer_account))
            queries.put_setting(s, CODE_PAGE, profile.code_page)

    # --- reading -----------------------------------------------------------------------

    def lists(self, actor: Actor, status: str | None = None) -> list[PaymentListView]:
        require(actor, Permission.READ_PAYMENT_LISTS)
        if status not in (None, DRAFT, APPROVED):
            raise ValidationError([FieldError("status", INVALID)])
        with self.db.session(actor.user_id) as s:
            audit.record(s, actor.user_id, "view", ENTITY, None, None)
            return [_view(r, *_is_correction(s, r)) for r in pay_q.lists(s, status)]

    def _list(self, s: Session, list_id: object) -> PaymentListRow:
        row = queries.get(s, PaymentListRow, require_id("list_id", list_id))
        if row is None or row.deleted_at is not None:
            raise NotFound(ENTITY, list_id)
        return row

    def get(self, actor: Actor, list_id: uuid.UUID) -> PaymentListView:
        require(actor, Permission.READ_PAYMENT_LISTS)
        with self.db.session(actor.user_id) as s:
            row = self._list(s, list_id)
            return _view(row, *_is_correction(s, row))

    def paper(self, actor: Actor, list_id: uuid.UUID) -> PaymentListPaper:
        """The list with its items, as printed and as the bank file is written."""
        require(actor, Permission.READ_PAYMENT_LISTS)
        with self.db.session(actor.user_id) as s:
            row = self._list(s, list_id)
            items = pay_q.items(s, row.id)
            facts = corrections.facts(s, [i.id for i in items])
            lines = tuple(_line(i, facts) for i in items)
            audit.record(s, actor.user_id, "view", ENTITY, str(row.id), None)
            view = _view(row, len(lines), bool(facts.reissues))
        return PaymentListPaper(
            number=view.number, benefit_month=view.benefit_month, method=view.method,
            chapter=view.chapter, chapter_name=view.chapter_name,
            chapter_confirmed=view.chapter_confirmed, payment_date=view.payment_date,
            approved=view.approved, prepared_name=view.prepared_name,
            approved_name=view.approved_name, approved_at=view.approved_at, lines=lines,
            correction=view.correction)

    # --- preparing, approving, discarding ----------------------------------------------

    def prepare(self, actor: Actor, month: dt.date) -> list[PaymentListView]:
        """The month's lists of every due item not yet on a list: one per method and chapter;
        transfers the bank returned are paid again on lists of their own (correction lists),
        and the persons' deducting claims come off their payments (art. 104 ust. 2)."""
        require(actor, Permission.PREPARE_PAYMENT_LIST)
        first = _month(month)
        rules = payment_rules(first)
        day = self.bank_profile().payment_day
        with self.db.session(actor.user_id) as s:
            decisions = pay_q.payable_decisions(s, month_end(first))
            listed = pay_q.listed_months(s, [d.id for d in decisions])
            by_sko = pay_q.sko_contents(s, [d.id for d in decisions])
            groups: dict[tuple[str, str, bool], list[Planned]] = defaultdict(list)
            for d in decisions:
                form = BenefitForm(d.form)
                content = _content(d, by_sko.get(d.id))
                due = due_in(first, content.amount_grosze, content.period_from,
                             content.period_to, form in ONE_OFF, content.first_month_grosze,
                             content.last_month_grosze)
                if due is None or due.amount_grosze <= 0 or (d.id, first) in listed:
                    continue
                groups[(d.payment_method, rules.chapter_of(form).code, False)].append(
                    _planned(d, due, first, content.issued_on))
            for method, planned in corrections.reissues(s):
                chapter = rules.chapter_of(BenefitForm(planned.form)).code
                groups[(method, chapter, True)].append(planned)
            if not groups:
                raise ConflictError("nothing_due", first.isoformat())
            made: list[PaymentListView] = []
            for (method, chapter, _again), planned in sorted(groups.items()):
                made.append(self._new_list(s, actor, first, method, chapter,
                                           payment_date(first, day), planned))
            return made

    @staticmethod
    def _new_list(s: Session, actor: Actor, month: dt.date, method: str, chapter: str,
                  paid_on: dt.date, planned: list[Planned]) -> PaymentListView:
        number = queries.next_number(s, REGISTER, month.year)
        gross = sum(p.amount_grosze for p in planned)
        row = PaymentListRow(
            number=f"LW/{number}{queries.number_mark(s)}/{month.year}", benefit_month=month,
            method=method, chapter=chapter, payment_date=paid_on, status=DRAFT,
            total_grosze=gross, prepared_name=actor.full_name, approved_name="")
        queries.add(s, row)
        items: list[PaymentItemRow] = []
        for position, p in enumerate(planned, start=1):
            item = PaymentItemRow(
                list_id=row.id, position=position, decision_id=p.decision_id,
                person_id=p.person_id, benefit_month=p.benefit_month, case_sign=p.case_sign,
                issued_on=p.issued_on, form=p.form, party_name=p.party_name,
                party_address=p.party_address, party_pesel=p.party_pesel,
                bank_account=p.bank_account if method == PaymentMethod.BANK_TRANSFER else None,
                days=p.days, month_days=p.month_days, amount_grosze=p.amount_grosze)
            queries.add(s, item)
            corrections.link_reissue(p, item)
            if p.reissues is None:
                items.append(item)
        # The list's total is what leaves the office's account: the nets.
        row.total_grosze = gross - corrections.deduct(s, items, paid_on)
        s.flush()
        return _view(row, len(planned), any(p.reissues is not None for p in planned))

    def approve(self, actor: Actor, list_id: uuid.UUID) -> PaymentListView:
        """The coordinator approves a draft list someone else prepared; it is final."""
        require(actor, Permission.APPROVE_PAYMENT_LIST)
        with self.db.session(actor.user_id) as s:
            row = self._list(s, list_id)
            if row.status != DRAFT:
                raise ConflictError("list_approved", row.number)
            if row.created_by == actor.user_id:
                raise ConflictError("own_list", row.number)
            count = len(pay_q.items(s, row.id))
            if count == 0:
                raise ConflictError("list_empty", row.number)
            row.status, row.approved_at = APPROVED, utcnow()
            row.approved_by, row.approved_name = actor.user_id, actor.full_name
            s.flush()
            return _view(row, count)

    def discard(self, actor: Actor, list_id: uuid.UUID) -> None:
        """Drop a draft list (prepared by mistake); its items are due again."""
        require(actor, Permission.PREPARE_PAYMENT_LIST)
        with self.db.session(actor.user_id) as s:
            row = self._list(s, list_id)
            if row.status != DRAFT:
                raise ConflictError("list_approved", row.number)
            now = utcnow()
            items = pay_q.items(s, row.id)
            corrections.drop_with(s, [i.id for i in items], now)
            for item in items:
                item.deleted_at = now
            row.deleted_at = now
            s.flush()

    # --- paper and the bank file ----------------------------------------------------------

    def document(self, actor: Actor, list_id: uuid.UUID) -> bytes:
        """The list on paper (a draft with the watermark PROJEKT)."""
        from ops_desktop.documents.payment_list import render_payment_list

        paper = self.paper(actor, list_id)
        return render_payment_list(paper, self.office.settings().on_paper())

    def elixir(self, actor: Actor, list_id: uuid.UUID) -> bytes:
        """The Elixir-O file of an approved transfer list, in the bank profile's code page."""
        from ops_desktop.documents.elixir import elixir_file

        paper = self.paper(actor, list_id)
        if paper.method is not PaymentMethod.BANK_TRANSFER:
            raise ConflictError("not_a_transfer_list", paper.number)
        if not paper.approved:
            raise ConflictError("list_not_approved", paper.number)
        profile = self.bank_profile()
        if not profile.payer_account:
            raise ConflictError("payer_account_missing")
        office = self.office.settings().on_paper()
        payer = Payer(profile.payer_account, (office.name, *office.address_lines),
                      profile.code_page)
        return elixir_file(paper, payer)
