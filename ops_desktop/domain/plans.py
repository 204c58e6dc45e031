"""Goals, actions and reviews: the plan every piece of planned social work shares.

A kontrakt socjalny (domain/contracts.py) is one such plan; the individual programmes of
art. 49 (leaving homelessness and the others) are planned the same way – a main goal,
specific goals, a table of actions each with who does it, by when and how it is assessed,
and dated reviews that record how far each action has come. The rules of the plan live here
once, so each kind of plan adds only what is its own.
"""

from __future__ import annotations

import datetime as dt
import uuid
from dataclasses import dataclass
from enum import StrEnum

from ops_desktop.domain.errors import FieldError
from ops_desktop.domain.fields import INVALID, date_errors, text_errors

MAX_GOAL = 1_000
MAX_GOALS = 20
MAX_ACTION_TEXT = 1_000
MAX_WHO_NAME = 200
MAX_ACTIONS = 50
MAX_REVIEW_NOTE = 5_000


class Performer(StrEnum):
    """Who carries out an action (the template's "kto realizuje")."""

    PERSON = "person"  # the person the plan is made with
    FAMILY_MEMBER = "family_member"
    WORKER = "worker"  # the social worker
    INSTITUTION = "institution"  # another institution (PUP, a clinic, a school…)


# Performers that must be named: which family member, which institution.
NAMED_PERFORMERS = frozenset({Performer.FAMILY_MEMBER, Performer.INSTITUTION})


class ActionStatus(StrEnum):
    """How far an action has come at a review."""

    NOT_STARTED = "not_started"
    IN_PROGRESS = "in_progress"
    DONE = "done"
    NOT_DONE = "not_done"  # due and not done: the review says so


@dataclass(frozen=True)
class Goal:
    text: str


@dataclass(frozen=True)
class Action:
    """One row of the actions table."""

    what: str
    performer: Performer
    performer_name: str  # the family member or institution; "" for the person or the worker
    due_on: dt.date
    assessed_by: str  # how it will be assessed ("sposób oceny")
    id: uuid.UUID | None = None  # None until stored


@dataclass(frozen=True)
class Review:
    """A dated review of a plan: each action's status and what the worker noted."""

    reviewed_on: dt.date
    statuses: dict[uuid.UUID, ActionStatus]
    note: str
    id: uuid.UUID | None = None


@dataclass(frozen=True)
class Period:
    starts_on: dt.date
    ends_on: dt.date


def period_errors(starts_on: object, ends_on: object) -> list[FieldError]:
    errors = date_errors("starts_on", starts_on, required=True)
    errors += date_errors("ends_on", ends_on, required=True)
    if not errors and ends_on < starts_on:  # type: ignore[operator]
        errors.append(FieldError("ends_on", "before_start"))
    return errors


def goals_errors(main_goal: object, specific_goals: object) -> list[FieldError]:
    errors = text_errors("main_goal", main_goal, MAX_GOAL, required=True, multiline=True)
    if not isinstance(specific_goals, list | tuple) or len(specific_goals) > MAX_GOALS:
        return errors + [FieldError("specific_goals", INVALID)]
    for i, goal in enumerate(specific_goals):
        text = goal.text if isinstance(goal, Goal) else goal
        errors += text_errors(f"specific_goals.{i}", text, MAX_GOAL, required=True)
    return errors


def action_errors(index: int, action: object, period: Period | None) -> list[FieldError]:
    """What is wrong with row `index` of the actions table (fields "actions.<i>.<name>")."""
    where = f"actions.{index}"
    if not isinstance(action, Action):
        return [FieldError(where, INVALID)]
    errors = text_errors(f"{where}.what", action.what, MAX_ACTION_TEXT, required=True,
                         multiline=True)
    if not isinstance(action.performer, Performer):
        errors.append(FieldError(f"{where}.performer", INVALID))
    else:
        named = action.performer in NAMED_PERFORMERS
        errors += text_errors(f"{where}.performer_name", action.performer_name, MAX_WHO_NAME,
                              required=named)
    due = date_errors(f"{where}.due_on", action.due_on, required=True)
    errors += due
    if not due and period is not None and not (period.starts_on <= action.due_on
                                               <= period.ends_on):
        errors.append(FieldError(f"{where}.due_on", "outside_period"))
    errors += text_errors(f"{where}.assessed_by", action.assessed_by, MAX_ACTION_TEXT,
                          required=True, multiline=True)
    return errors


def actions_errors(actions: object, period: Period | None) -> list[FieldError]:
    if not isinstance(actions, list | tuple):
        return [FieldError("actions", INVALID)]
    if not actions:
        return [FieldError("actions", "required")]
    if len(actions) > MAX_ACTIONS:
        return [FieldError("actions", "too_long")]
    errors: list[FieldError] = []
    for i, action in enumerate(actions):
        errors += action_errors(i, action, period)
    return errors


def review_errors(reviewed_on: object, statuses: object, note: object,
                  action_ids: set[uuid.UUID], starts_on: dt.date, today: dt.date
                  ) -> list[FieldError]:
    """A review is made on a day within the plan (not before it began, not in the future),
    and gives a status to actions of this plan only."""
    errors = date_errors("reviewed_on", reviewed_on, required=True)
    if not errors:
        if reviewed_on > today:  # type: ignore[operator]
            errors.append(FieldError("reviewed_on", "future_date"))
        elif reviewed_on < starts_on:  # type: ignore[operator]
            errors.append(FieldError("reviewed_on", "before_start"))
    if (not isinstance(statuses, dict) or not statuses
            or not all(isinstance(k, uuid.UUID) and k in action_ids for k in statuses)
            or not all(isinstance(v, ActionStatus) for v in statuses.values())):
        errors.append(FieldError("statuses", INVALID))
    errors += text_errors("note", note, MAX_REVIEW_NOTE, multiline=True)
    return errors
