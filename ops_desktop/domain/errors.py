"""Typed errors the domain and services raise; the UI turns their codes into words next to fields."""

from __future__ import annotations

from dataclasses import dataclass


class DomainError(Exception):
    """A rule of the office refused an action; carries a stable code, never prose."""

    def __init__(self, code: str, detail: str = "") -> None:
        super().__init__(f"{code}: {detail}" if detail else code)
        self.code = code
        self.detail = detail


@dataclass(frozen=True)
class FieldError:
    """One problem with one field of a form: `field` names the input, `code` says what is wrong."""

    field: str
    code: str


class ValidationError(DomainError):
    """The input of a form has problems; nothing was saved."""

    def __init__(self, errors: list[FieldError]) -> None:
        super().__init__("validation", ", ".join(f"{e.field}={e.code}" for e in errors))
        self.errors = list(errors)

    def codes_for(self, field: str) -> list[str]:
        return [e.code for e in self.errors if e.field == field]


class NotAssessedError(ValidationError):
    """No incomes and no "the household has no income" are saved: there is nothing to decide on.

    Shown next to the incomes; a decision is neither prepared nor signed on such an application.
    """

    def __init__(self) -> None:
        super().__init__([FieldError("incomes", "not_assessed")])
        self.code = "not_assessed"  # said in words where no field can show it (batch signing)


class NotFound(DomainError):
    def __init__(self, what: str, key: object) -> None:
        super().__init__("not_found", f"{what} {key}")


class PermissionDenied(DomainError):
    def __init__(self, action: str) -> None:
        super().__init__("permission_denied", action)


class RolesChanged(PermissionDenied):
    """The user's roles in the store are no longer those they signed in with (an administrator
    changed them, or a grant was confirmed): nothing more is done in this session's name until
    they sign in again or unlock the window, which reads the roles afresh."""

    def __init__(self) -> None:
        DomainError.__init__(self, "roles_changed")


class PasswordChangeRequired(PermissionDenied):
    """The account still has a temporary password: only changing it is allowed."""

    def __init__(self) -> None:
        DomainError.__init__(self, "password_change_required")


class SecondPersonRequired(PermissionDenied):
    """A grant of privilege is confirmed by someone other than who asked and who receives it."""

    def __init__(self, code: str) -> None:
        DomainError.__init__(self, code)


class ConflictError(DomainError):
    """Someone else changed the record meanwhile (optimistic locking), or the act is signed."""


class SignInRefused(DomainError):
    """Sign-in failed: wrong login or password (never said which), locked or inactive account."""

    def __init__(self, code: str, until: object = None) -> None:
        super().__init__(code, str(until) if until is not None else "")
        self.until = until
