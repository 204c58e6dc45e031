"""An office that outgrows its file moves everything onto a PostgreSQL server at once.

Run on the office PC with the program closed everywhere; the file stays as it was (keep it
as the last copy from before the move). The move is written into the server's audit log.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from ops_desktop.domain.errors import DomainError
from ops_desktop.storage import audit
from ops_desktop.services.store_access import plain_allowed
from ops_desktop.storage.database import is_sqlite_url, open_database
from ops_desktop.storage.transfer import copy_store


def move_to_server(file: Path, server_url: str,
                   progress: Callable[[str, int], None] | None = None,
                   key: bytes | None = None) -> dict[str, int]:
    """Copy the office's file into the empty database at `server_url`; rows per table.

    `key` opens a file encrypted at rest (services/store_access.py unlocks it with a
    password, the recovery key or the PC's keyring slot). Both are brought to the program's
    schema first (the file is copied aside before that, as at any start, with the file's own
    key). Refuses a missing file and a server database that already holds data.
    """
    if not file.is_file():
        raise DomainError("database_missing", str(file))
    if is_sqlite_url(server_url) and not plain_allowed():
        # Another SQLite file is no server: it would hold every person of the office in
        # clear, beside an office encrypted at rest (tests keep plain files by their flag).
        raise DomainError("target_not_a_server", server_url.split("://")[0])
    source = open_database(f"sqlite:///{file}", key=key)
    target = open_database(server_url)
    try:
        counts = copy_store(source, target, progress)
        with target.session() as s:
            audit.record(s, None, "moved_from_file", "database",
                         details={"file": file.name, "rows": sum(counts.values())})
        return counts
    finally:
        source.dispose()
        target.dispose()
