"""What every plan's service does the same way with the store: the parties as named on the
paper, the actions table written whole, reviews added and read back (domain/plans.py). The
kontrakt socjalny (services/contracts.py) and the programmes (services/programmes.py) call
these after their own permission and state checks."""

from __future__ import annotations

import datetime as dt
import json
import uuid

from ops_desktop.domain.contracts import Party
from ops_desktop.domain.errors import ValidationError
from ops_desktop.domain.plans import Action, ActionStatus, Performer, Review, review_errors
from ops_desktop.services.mapping import address_line
from ops_desktop.storage import plan_queries, queries
from ops_desktop.storage.models import CaseRow, PlanActionRow, PlanReviewRow, office_today


def clean(text: str) -> str:
    return text.replace("\r\n", "\n").strip()


def actions_of(s: object, plan_id: uuid.UUID) -> tuple[Action, ...]:
    return tuple(Action(r.what, Performer(r.performer), r.performer_name, r.due_on,
                        r.assessed_by, r.id)
                 for r in plan_queries.actions(s, plan_id))  # type: ignore[arg-type]


def reviews_of(s: object, plan_id: uuid.UUID) -> tuple[Review, ...]:
    return tuple(Review(r.reviewed_on, {uuid.UUID(k): ActionStatus(v)
                                        for k, v in json.loads(r.statuses).items()},
                        r.note, r.id)
                 for r in plan_queries.reviews(s, plan_id))  # type: ignore[arg-type]


def parties_json(s: object, case: CaseRow, party_ids: tuple[uuid.UUID, ...]) -> str:
    """The case's person and the chosen family members as the register names them today:
    copied, so the signed paper keeps saying what it said."""
    ids = [case.person_id, *party_ids]
    found = plan_queries.persons(s, ids)  # type: ignore[arg-type]
    parties = [Party(name=f"{p.first_name} {p.last_name}", pesel=p.pesel or "",
                     address=address_line(p), main=p.id == case.person_id)
               for p in (found[i] for i in ids if i in found)]
    return json.dumps([vars(p) for p in parties], ensure_ascii=False)


def parties_of(text: str) -> tuple[Party, ...]:
    return tuple(Party(**p) for p in json.loads(text))


def write_actions(s: object, plan_id: uuid.UUID, actions: tuple[Action, ...]) -> None:
    plan_queries.remove_actions(s, plan_id)  # type: ignore[arg-type]
    for i, a in enumerate(actions):
        queries.add(s, PlanActionRow(  # type: ignore[arg-type]
            plan_id=plan_id, position=i + 1, what=clean(a.what), performer=a.performer.value,
            performer_name=a.performer_name.strip(), due_on=a.due_on,
            assessed_by=clean(a.assessed_by)))


def add_review(s: object, plan_id: uuid.UUID, since: dt.date, reviewed_on: dt.date,
               statuses: dict[uuid.UUID, ActionStatus], note: str) -> None:
    """A dated review of a signed plan: each of its actions' status, checked first."""
    ids = {a.id for a in plan_queries.actions(s, plan_id)}  # type: ignore[arg-type]
    errors = review_errors(reviewed_on, statuses, note, ids, since, office_today())
    if errors:
        raise ValidationError(errors)
    queries.add(s, PlanReviewRow(  # type: ignore[arg-type]
        plan_id=plan_id, reviewed_on=reviewed_on, note=clean(note),
        statuses=json.dumps({str(k): v.value for k, v in statuses.items()})))
