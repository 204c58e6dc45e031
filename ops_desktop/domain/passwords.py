"""What a password must be, and how sign-in failures lock an account.

Length over composition rules (NIST SP 800-63B §5.1.1): at least 10 characters, at most
128, not containing the login. Five failures in a row lock the account for five minutes.
"""

from __future__ import annotations

import datetime as dt

from ops_desktop.domain.errors import FieldError
from ops_desktop.domain.text import fold

MIN_LENGTH = 10
MAX_LENGTH = 128
MAX_FAILURES = 5
LOCK_FOR = dt.timedelta(minutes=5)
DEFAULT_IDLE_LOCK_MINUTES = 10


def password_problems(password: object, login: str, field: str = "password") -> list[FieldError]:
    if not isinstance(password, str) or not password:
        return [FieldError(field, "required")]
    if len(password) < MIN_LENGTH:
        return [FieldError(field, "password_too_short")]
    if len(password) > MAX_LENGTH:
        return [FieldError(field, "too_long")]
    if any(ord(c) < 32 for c in password):
        return [FieldError(field, "invalid_characters")]
    if login and fold(login) in fold(password):
        return [FieldError(field, "password_contains_login")]
    if len(set(password)) < 4:
        return [FieldError(field, "password_too_simple")]
    return []


def lock_after_failure(failures: int, now: dt.datetime) -> dt.datetime | None:
    """When the account locks after `failures` consecutive failures (None: not yet)."""
    return now + LOCK_FOR if failures >= MAX_FAILURES else None
