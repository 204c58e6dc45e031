"""Turning store rows into the plain views the screen gets (rows never leave the services)."""

from __future__ import annotations

import datetime as dt
from types import SimpleNamespace
from typing import Any

from ops_desktop.domain.act_kinds import act_book, days_deadline
from ops_desktop.domain.clock import office_time, wall_today
from ops_desktop.domain.kpa_deadlines import Deadline, Notice, Pause, case_deadline, deadline_law
from ops_desktop.domain.kpa_pauses import call_pause, suspension_pauses
from ops_desktop.domain.money import from_grosze
from ops_desktop.domain.person import Address
from ops_desktop.domain.vocabulary import (
    ApplicationStatus,
    form_of,
    Channel,
    CloseReason,
    DecisionKind,
    DecisionStatus,
    Ground,
    IntakeOutcome,
    PaymentMethod,
    ReferralStatus,
    Role,
    WithdrawalManner,
)
from ops_desktop.services.views import (
    ApplicationView,
    DefectCallView,
    CaseView,
    DeadlinePauseView,
    DecisionView,
    DelayNoticeView,
    ForwardView,
    IntakeView,
    PersonSummary,
    ReferralView,
    WithdrawalView,
)
from ops_desktop.storage.list_versions import said_of_this_list


def local_time(utc: dt.datetime) -> dt.datetime:
    """The store keeps UTC; people read the office's wall clock."""
    return office_time(utc).replace(tzinfo=None)


def address_line(row: Any) -> str:
    """ "ul. Polna 3/5, 66-530 Drezdenko" – villages without streets print "Kolonia 12", a
    homeless person's place of stay the town alone: the envelope lines (Address.lines) on one
    line."""
    return ", ".join(Address(row.street or "", row.building or "", row.flat or "",
                             row.postal_code or "", row.city or "").lines())


def delivery_lines(row: Any) -> tuple[str, ...]:
    """The person's delivery address (KPA art. 40–41) as envelope lines; () when letters go
    to the address of residence."""
    if not row.delivery_city:
        return ()
    return tuple(address_line(SimpleNamespace(
        street=row.delivery_street, building=row.delivery_building, flat=row.delivery_flat,
        postal_code=row.delivery_postal_code, city=row.delivery_city)).split(", ", 1))


def person_summary(row: Any) -> PersonSummary:
    return PersonSummary(
        id=row.id,
        first_name=row.first_name,
        last_name=row.last_name,
        pesel=row.pesel,
        birth_date=row.birth_date,
        address=address_line(row),
    )


def full_name(row: Any) -> str:
    return f"{row.first_name} {row.last_name}"


def grounds(codes: str) -> tuple[Ground, ...]:
    return tuple(Ground(c) for c in codes.split(",") if c)


def intake_view(row: Any) -> IntakeView:
    return IntakeView(
        id=row.id,
        received_at=row.received_at,
        channel=Channel(row.channel),
        reported_by=row.reported_by,
        problem=row.problem,
        grounds=grounds(row.grounds),
        urgent=row.urgent,
        outcome=IntakeOutcome(row.outcome),
        person_id=row.person_id,
        person_name=full_name(row.person),
    )


def referral_view(row: Any) -> ReferralView:
    return ReferralView(
        id=row.id,
        number=row.number,
        person_id=row.person_id,
        person_name=full_name(row.person),
        person_pesel=row.person.pesel,
        from_team=row.from_team,
        to_team=row.to_team,
        reason=row.reason,
        urgent=row.urgent,
        status=ReferralStatus(row.status),
        created_at=local_time(row.created_at),
        return_reason=row.return_reason,
        decided_at=local_time(row.decided_at) if row.decided_at else None,
        intake_received_at=row.intake.received_at if row.intake else None,
        application_lodged=bool(row.intake and row.intake.outcome == IntakeOutcome.APPLICATION),
        grounds=grounds(row.intake.grounds) if row.intake else (),
        forwards=tuple(
            ForwardView(f.from_team, f.to_team, f.reason, f.user.full_name,
                        local_time(f.created_at))
            for f in row.forwards if f.deleted_at is None),
        assigned_to=row.assigned_to,
    )


def case_view(row: Any) -> CaseView:
    return CaseView(
        id=row.id,
        sign=row.sign,
        team=row.team_code,
        opened_on=row.opened_on,
        person_id=row.person_id,
        person_name=full_name(row.person),
        closed_on=row.closed_on,
        close_reason=CloseReason(row.close_reason) if row.close_reason else None,
        close_note=row.close_note,
    )


def _live_pauses(row: Any) -> list[Any]:
    return sorted((p for p in row.deadline_pauses if p.deleted_at is None),
                  key=lambda p: p.first_day)


def _live_notices(row: Any) -> list[Any]:
    return sorted((n for n in row.delay_notices if n.deleted_at is None),
                  key=lambda n: (n.notified_on, n.created_at or dt.datetime.max))


# Suspended, the proceedings are still in hand: the deadline waits, it has not ended.
_RUNNING = (ApplicationStatus.REGISTERED.value, ApplicationStatus.SUSPENDED.value)


def application_deadline(row: Any, today: dt.date | None = None) -> Deadline:
    """An application's KPA deadline as counted (art. 35, 36, 57), from its row with its
    pauses and notices: what the whole view shows, without building the rest of it (the
    head's dashboard counts thousands of applications by this alone). The periods of
    art. 35 § 5 come from the worker's records and from the acts held: an art. 64 call until
    its remedy, a suspension until its resumption (domain/kpa_pauses.py)."""
    today = today or wall_today()
    acts = [(a.kind, a.issued_on) for a in row.procedural_acts if a.issued_on is not None]
    return case_deadline(
        row.received_on, bool(row.particularly_complicated), deadline_law(row.received_on),
        [Pause(p.first_day, p.last_day) for p in _live_pauses(row)]
        + call_pause(row.defects_called_on, row.defects_remedied_on, row.left_unexamined_on,
                     today)
        + suspension_pauses(acts, today),
        [Notice(n.notified_on, n.new_deadline, i) for i, n in enumerate(_live_notices(row))],
        ended=row.status not in _RUNNING)


def application_view(row: Any) -> ApplicationView:
    pauses, notices = _live_pauses(row), _live_notices(row)
    deadline = application_deadline(row)
    return ApplicationView(
        id=row.id,
        person_id=row.person_id,
        person_name=full_name(row.person),
        person_pesel=row.person.pesel,
        case_sign=row.case.sign,
        received_on=row.received_on,
        form=form_of(row.form),
        status=ApplicationStatus(row.status),
        purpose=row.purpose,
        unable_to_work=row.unable_to_work,
        requested_from=row.requested_from,
        requested_to=row.requested_to,
        kpa_deadline=deadline.due_on,
        case_id=row.case_id,
        case_closed_on=row.case.closed_on,
        particularly_complicated=bool(row.particularly_complicated),
        deadline=deadline,
        pauses=tuple(pause_view(p) for p in pauses),
        notices=tuple(notice_view(n) for n in notices),
        # Without reading the lines; `applications.get` adds that they are none.
        no_income_declared=said_of_this_list(row),
        interview_on=row.interview_on,
        grounds=grounds(row.grounds),
        other_ground=row.other_ground,
        defect_call=defect_call_view(row),
    )


def pause_view(row: Any) -> DeadlinePauseView:
    return DeadlinePauseView(row.id, row.first_day, row.last_day, row.reason)


def notice_view(row: Any) -> DelayNoticeView:
    return DelayNoticeView(row.id, row.application_id, row.notified_on, row.previous_deadline,
                           row.new_deadline, row.reason, row.worker_name)


def defect_call_view(row: Any) -> DefectCallView | None:
    """The art. 64 § 2 call stored on an application row; None when none was made."""
    if row.defects_called_on is None:
        return None
    days = act_book(row.defects_called_on).formal_defects.days
    return DefectCallView(
        defects=tuple(line for line in row.defects.splitlines() if line.strip()),
        called_on=row.defects_called_on, signatory=row.defects_signatory,
        delivered_on=row.defects_delivered_on,
        deadline=(None if row.defects_delivered_on is None
                  else days_deadline(row.defects_delivered_on, days)),
        remedied_on=row.defects_remedied_on, left_unexamined_on=row.left_unexamined_on)


def decision_view(row: Any) -> DecisionView:
    return DecisionView(
        id=row.id,
        application_id=row.application_id,
        person_id=row.person_id,
        person_name=full_name(row.person),
        case_sign=row.case_sign,
        kind=DecisionKind(row.kind),
        form=form_of(row.form),
        amount=None if row.amount_grosze is None else from_grosze(row.amount_grosze),
        period_from=row.period_from,
        period_to=row.period_to,
        payment_method=PaymentMethod(row.payment_method),
        bank_account=row.bank_account,
        purpose=row.purpose,
        reasoning=row.reasoning,
        status=DecisionStatus(row.status),
        issued_on=row.issued_on,
        signatory_name=row.signatory_name,
        corrects_id=row.corrects_id,
        created_at=row.created_at,
        withdrawal=withdrawal_view(row),
        ruling_detail=row.ruling_detail,
    )


def withdrawal_view(row: Any) -> WithdrawalView | None:
    if row.withdrawn_on is None or row.withdrawal_manner is None:
        return None
    return WithdrawalView(row.withdrawn_on, WithdrawalManner(row.withdrawal_manner),
                          bool(row.discontinuance_requested))


def roles_of(text: str) -> frozenset[Role]:
    """The roles a user row holds (stored as comma-separated codes)."""
    return frozenset(Role(r) for r in text.split(",") if r)


def roles_text(roles: frozenset[Role] | set[Role]) -> str:
    return ",".join(sorted(r.value for r in roles))
