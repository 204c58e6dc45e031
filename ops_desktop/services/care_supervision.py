"""Supervision of care services: checks of their quality and complaints, recorded and dated.

The services team "organises, coordinates and supervises" services (DOMAIN.md): a check
(a visit at the client's, a call) or a complaint is recorded with its day, who checked or
complained, what was found, the follow-up and its date, about a client's order and/or a
provider (and its carer). Listed per client and per provider. What was found about a
client's care may tell of their health: the audit log keeps only that it changed
(storage/audit.py), and anonymisation blanks it with the person's data.
"""

from __future__ import annotations

import datetime as dt
import uuid
from dataclasses import dataclass

from ops_desktop.domain.care_providers import SupervisionKind, supervision_errors
from ops_desktop.domain.errors import FieldError, NotFound, ValidationError
from ops_desktop.domain.fields import INVALID, require_id
from ops_desktop.domain.permissions import Permission
from ops_desktop.services.care_providers import TEAM, live_carer, live_order
from ops_desktop.services.context import Actor, require_team
from ops_desktop.storage import audit, queries
from ops_desktop.storage import care_provider_queries as cp_q
from ops_desktop.storage.database import Database
from ops_desktop.storage.models import CareProviderRow, CareSupervisionRow, office_today


@dataclass(frozen=True)
class SupervisionInput:
    kind: SupervisionKind
    held_on: dt.date
    conducted_by: str  # who checked, or who complained
    findings: str
    follow_up: str
    follow_up_by: dt.date | None
    order_id: uuid.UUID | None = None  # the client's order it concerns
    provider_id: uuid.UUID | None = None  # the provider it concerns
    carer_id: uuid.UUID | None = None


@dataclass(frozen=True)
class SupervisionView:
    id: uuid.UUID
    kind: SupervisionKind
    held_on: dt.date
    conducted_by: str
    findings: str
    follow_up: str
    follow_up_by: dt.date | None
    order_id: uuid.UUID | None
    person_id: uuid.UUID | None
    provider_id: uuid.UUID | None
    provider_name: str
    carer_name: str
    # Closed (services/care_supervision_closing.py): the outcome and the day, else None.
    outcome: str | None = None
    closed_on: dt.date | None = None
    recommendations: str = ""
    fix_by: dt.date | None = None


class CareSupervisionService:
    def __init__(self, db: Database) -> None:
        self.db = db

    def record(self, actor: Actor, data: SupervisionInput) -> SupervisionView:
        require_team(actor, Permission.WRITE_CARE_SERVICES, TEAM)
        if not isinstance(data, SupervisionInput):
            raise ValidationError([FieldError("supervision", INVALID)])
        errors = supervision_errors(data.kind, data.held_on, data.conducted_by, data.findings,
                                    data.follow_up, data.follow_up_by, office_today())
        if data.order_id is None and data.provider_id is None:
            errors.append(FieldError("order_id", "care_supervision_about_nobody"))
        if errors:
            raise ValidationError(errors)
        with self.db.session(actor.user_id) as s:
            order = None if data.order_id is None else live_order(s, data.order_id)
            provider = None
            if data.provider_id is not None:
                provider = cp_q.live(s, CareProviderRow, require_id("provider_id",
                                                                    data.provider_id))
                if provider is None:
                    raise NotFound("care_provider", data.provider_id)
            carer = None
            if data.carer_id is not None:
                carer, carer_provider = live_carer(s, data.carer_id)
                if provider is None:
                    provider = carer_provider
                elif carer_provider.id != provider.id:
                    raise ValidationError([FieldError("carer_id", "care_carer_other_provider")])
            row = CareSupervisionRow(
                order_id=order.id if order else None,
                person_id=order.person_id if order else None,
                provider_id=provider.id if provider else None,
                carer_id=carer.id if carer else None, kind=data.kind.value,
                held_on=data.held_on, conducted_by=" ".join(data.conducted_by.split()),
                findings=data.findings.strip(), follow_up=data.follow_up.strip(),
                follow_up_by=data.follow_up_by)
            queries.add(s, row)
            return SupervisionView(
                row.id, data.kind, row.held_on, row.conducted_by, row.findings, row.follow_up,
                row.follow_up_by, row.order_id, row.person_id, row.provider_id,
                provider.name if provider else "", carer.name if carer else "")

    def of_client(self, actor: Actor, order_id: uuid.UUID) -> list[SupervisionView]:
        """Every check and complaint about the order's client (any of their orders)."""
        require_team(actor, Permission.READ_CARE_SERVICES, TEAM)
        with self.db.session(actor.user_id) as s:
            order = live_order(s, order_id)
            audit.record(s, actor.user_id, "view", "care_supervisions", str(order.id),
                         order.person_id)
            return self._views(s, cp_q.supervisions(s, order.id, None))

    def of_provider(self, actor: Actor, provider_id: uuid.UUID) -> list[SupervisionView]:
        require_team(actor, Permission.READ_CARE_SERVICES, TEAM)
        with self.db.session(actor.user_id) as s:
            provider = cp_q.live(s, CareProviderRow, require_id("provider_id", provider_id))
            if provider is None:
                raise NotFound("care_provider", provider_id)
            audit.record(s, actor.user_id, "view", "care_supervisions", str(provider.id))
            return self._views(s, cp_q.supervisions(s, None, provider.id))

    @staticmethod
    def _views(s, rows: list[CareSupervisionRow]) -> list[SupervisionView]:  # type: ignore[no-untyped-def]
        providers = {p.id: p.name for p in cp_q.providers(s)}
        carers = {c.id: c.name for c in cp_q.carers(s)}
        return [SupervisionView(
            r.id, SupervisionKind(r.kind), r.held_on, r.conducted_by, r.findings, r.follow_up,
            r.follow_up_by, r.order_id, r.person_id, r.provider_id,
            providers.get(r.provider_id, "") if r.provider_id else "",
            carers.get(r.carer_id, "") if r.carer_id else "", r.outcome, r.closed_on,
            r.recommendations, r.fix_by) for r in rows]
