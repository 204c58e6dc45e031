"""Closing a check of care or a complaint, and its protocol on paper.

The services team closes a record with its outcome, the day, the recommendations and the
day by which they are to be carried out (domain/supervision_closing.py); the name of who
closed it goes on the protocol. A closed record never changes: a second closing is refused
here. The record is the office's internal supervision, not an act addressed to a party, so
no store trigger guards it; the exchange takes its one closing from any colleague
(exchange/rules.py). The protocol prints what the record holds and nothing of the client's
care beyond their name and case sign (documents/supervision_protocol.py).
"""

from __future__ import annotations

import datetime as dt
import uuid
from dataclasses import dataclass

from ops_desktop.domain.care_providers import SupervisionKind
from ops_desktop.domain.errors import ConflictError, FieldError, NotFound, ValidationError
from ops_desktop.domain.fields import INVALID, require_id
from ops_desktop.domain.permissions import Permission
from ops_desktop.domain.supervision_closing import SupervisionOutcome, closing_errors
from ops_desktop.services.care_providers import TEAM
from ops_desktop.services.context import Actor, require_team
from ops_desktop.services.office import OfficeService
from ops_desktop.services.placement_common import case_sign, person_name
from ops_desktop.storage import audit, queries
from ops_desktop.storage.database import Database, Session
from ops_desktop.storage.models import (
    CareOrderRow,
    CareProviderRow,
    CarerRow,
    CareSupervisionRow,
    office_today,
)


@dataclass(frozen=True)
class ClosingInput:
    outcome: SupervisionOutcome
    closed_on: dt.date
    recommendations: str = ""
    fix_by: dt.date | None = None  # the day the recommendations are to be carried out by


class CareSupervisionClosingService:
    def __init__(self, db: Database, office: OfficeService) -> None:
        self.db, self.office = db, office

    @staticmethod
    def _record(s: Session, supervision_id: object) -> CareSupervisionRow:
        row = queries.get(s, CareSupervisionRow, require_id("supervision_id", supervision_id))
        if row is None or row.deleted_at is not None:
            raise NotFound("care_supervision", supervision_id)
        return row

    def close(self, actor: Actor, supervision_id: uuid.UUID, data: ClosingInput) -> None:
        """Close the record once; a closed one is refused (it is the protocol printed)."""
        require_team(actor, Permission.WRITE_CARE_SERVICES, TEAM)
        if not isinstance(data, ClosingInput):
            raise ValidationError([FieldError("closing", INVALID)])
        with self.db.session(actor.user_id) as s:
            row = self._record(s, supervision_id)
            if row.closed_on is not None:
                raise ConflictError("supervision_closed", str(row.id))
            errors = closing_errors(SupervisionKind(row.kind), row.held_on, data.outcome,
                                    data.closed_on, data.recommendations, data.fix_by,
                                    office_today())
            if errors:
                raise ValidationError(errors)
            row.outcome = data.outcome.value
            row.closed_on = data.closed_on
            row.recommendations = data.recommendations.strip()
            row.fix_by = data.fix_by
            row.closed_by_name = actor.full_name

    def render_protocol(self, actor: Actor, supervision_id: uuid.UUID) -> bytes:
        """The closed record as a protocol; an open one has no protocol yet."""
        from ops_desktop.documents.supervision_protocol import (
            SupervisionProtocolOnPaper,
            render_supervision_protocol,
        )

        require_team(actor, Permission.READ_CARE_SERVICES, TEAM)
        office = self.office.settings().on_paper()
        with self.db.session(actor.user_id) as s:
            row = self._record(s, supervision_id)
            if row.closed_on is None or row.outcome is None:
                raise ConflictError("supervision_open", str(row.id))
            order = None if row.order_id is None else queries.get(s, CareOrderRow, row.order_id)
            provider = (None if row.provider_id is None
                        else queries.get(s, CareProviderRow, row.provider_id))
            carer = None if row.carer_id is None else queries.get(s, CarerRow, row.carer_id)
            doc = SupervisionProtocolOnPaper(
                office=office, kind=row.kind, held_on=row.held_on,
                conducted_by=row.conducted_by,
                client_name=person_name(s, row.person_id) if row.person_id else "",
                case_sign=case_sign(s, order.case_id) if order is not None else "",
                provider_name=provider.name if provider is not None else "",
                carer_name=carer.name if carer is not None else "",
                findings=row.findings, follow_up=row.follow_up,
                follow_up_by=row.follow_up_by, outcome=row.outcome, closed_on=row.closed_on,
                recommendations=row.recommendations, fix_by=row.fix_by,
                closed_by_name=row.closed_by_name)
            audit.record(s, actor.user_id, "print", "care_supervisions", str(row.id),
                         row.person_id)
        return render_supervision_protocol(doc)
