"""Every error a caller of the services may need to tell apart, importable without the store."""

from ops_desktop.domain.errors import (
    ConflictError,
    DomainError,
    FieldError,
    NotAssessedError,
    NotFound,
    PermissionDenied,
    ValidationError,
)
from ops_desktop.storage.errors import StorageEnvironmentError, StorageProblem

__all__ = [
    "ConflictError",
    "DomainError",
    "FieldError",
    "NotAssessedError",
    "NotFound",
    "PermissionDenied",
    "StorageEnvironmentError",
    "StorageProblem",
    "ValidationError",
]
