"""Checks that each field of an input has the right kind before any rule of the office reads it.

Forms build the inputs from widgets, but services are also called by the command line, the
demo and tools; a value of the wrong type (None, a number, bytes, a date with a time zone)
must come back as a field error the form can show, never as a TypeError deep in the store.
"""

from __future__ import annotations

import datetime as dt
import uuid
from enum import Enum

from ops_desktop.domain.errors import FieldError, ValidationError
from ops_desktop.domain.text import has_control_characters

INVALID = "invalid"


def text_errors(field: str, value: object, limit: int, required: bool = False,
                multiline: bool = False) -> list[FieldError]:
    """A text field: a str, not blank when required, at most `limit` characters once trimmed
    (the column size), with no control characters (line breaks only in `multiline` fields)."""
    if not isinstance(value, str):
        return [FieldError(field, INVALID)]
    text = value.strip()
    if required and not text:
        return [FieldError(field, "required")]
    if len(text) > limit:
        return [FieldError(field, "too_long")]
    if has_control_characters(value, multiline=multiline):
        return [FieldError(field, "invalid_characters")]
    return []


def optional_text_errors(field: str, value: object, limit: int) -> list[FieldError]:
    """A single-line text field that may be left out (None)."""
    return [] if value is None else text_errors(field, value, limit)


def is_date(value: object) -> bool:
    """A calendar date; a datetime is not one (comparing the two raises TypeError)."""
    return isinstance(value, dt.date) and not isinstance(value, dt.datetime)


def date_errors(field: str, value: object, required: bool = False) -> list[FieldError]:
    if value is None:
        return [FieldError(field, "required")] if required else []
    return [] if is_date(value) else [FieldError(field, INVALID)]


def local_time_errors(field: str, value: object) -> list[FieldError]:
    """A wall-clock time of the office: a datetime without a time zone."""
    if isinstance(value, dt.datetime) and value.tzinfo is None:
        return []
    return [FieldError(field, INVALID)]


def choice_errors(field: str, value: object, choices: type[Enum],
                  required: bool = True) -> list[FieldError]:
    """A member of the office's vocabulary (a code string is not enough: services read .value)."""
    if value is None:
        return [FieldError(field, "required")] if required else []
    return [] if isinstance(value, choices) else [FieldError(field, INVALID)]


def flag_errors(field: str, value: object) -> list[FieldError]:
    return [] if isinstance(value, bool) else [FieldError(field, INVALID)]


def id_errors(field: str, value: object) -> list[FieldError]:
    return [] if isinstance(value, uuid.UUID) else [FieldError(field, INVALID)]


def require_id(field: str, value: object) -> uuid.UUID:
    """The identifier of a record, or ValidationError: a wrong type never reaches the store."""
    if not isinstance(value, uuid.UUID):
        raise ValidationError([FieldError(field, INVALID)])
    return value


def require_page(limit: object, offset: object = 0) -> None:
    """A page of a list: a count and a start, whole numbers not below zero. SQLite reads a
    negative LIMIT as "no limit" and a negative OFFSET as 0, so either would hand out the
    whole list, and the first page's view entry would not be written for it."""
    errors = [FieldError(name, INVALID) for name, value in (("limit", limit), ("offset", offset))
              if not isinstance(value, int) or isinstance(value, bool) or value < 0]
    if errors:
        raise ValidationError(errors)
