"""Turning store rows into the plain views the screen gets (rows never leave the services)."""

from __future__ import annotations

import datetime as dt
from typing import Any

from ops_desktop.domain.money import from_grosze
from ops_desktop.domain.vocabulary import (
    ApplicationStatus,
    BenefitForm,
    Channel,
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
    CaseView,
    DecisionView,
    IntakeView,
    PersonSummary,
    ReferralView,
    WithdrawalView,
)


def local_time(utc: dt.datetime) -> dt.datetime:
    """The store keeps UTC; people read the office's wall clock."""
    return utc.replace(tzinfo=dt.UTC).astimezone().replace(tzinfo=None)


def address_line(row: Any) -> str:
    """ "ul. Polna 3/5, 66-530 Drezdenko" – villages without streets print "Kolonia 12"."""
    number = row.building + (f"/{row.flat}" if row.flat else "")
    street = f"ul. {row.street} {number}".strip() if row.street else f"{row.city} {number}"
    place = f"{row.postal_code} {row.city}".strip()
    return ", ".join(part for part in (street.strip(), place) if part)


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
    )


def case_view(row: Any) -> CaseView:
    return CaseView(
        id=row.id,
        sign=row.sign,
        team=row.team_code,
        opened_on=row.opened_on,
        person_id=row.person_id,
        person_name=full_name(row.person),
    )


def application_view(row: Any) -> ApplicationView:
    return ApplicationView(
        id=row.id,
        person_id=row.person_id,
        person_name=full_name(row.person),
        person_pesel=row.person.pesel,
        case_sign=row.case.sign,
        received_on=row.received_on,
        form=BenefitForm(row.form),
        status=ApplicationStatus(row.status),
        purpose=row.purpose,
        unable_to_work=row.unable_to_work,
        requested_from=row.requested_from,
        requested_to=row.requested_to,
    )


def decision_view(row: Any) -> DecisionView:
    return DecisionView(
        id=row.id,
        application_id=row.application_id,
        person_id=row.person_id,
        person_name=full_name(row.person),
        case_sign=row.case_sign,
        kind=DecisionKind(row.kind),
        form=BenefitForm(row.form),
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
