"""The exchange folder: one subfolder per PC, each file written once under a temporary name.

    <exchange>/<member-id>/000000000001-000000000042.opsx   a PC's bundles, by sequence
    <exchange>/<member-id>/audit-000000000001-….opsx        its audit log's entries
    <exchange>/codes/<n>                                     the member code n is taken

A PC writes only into its own subfolder, except once when it joins: it takes the next free
member code by creating `codes/<n>` exclusively (creating a file that must not exist is
atomic on local disks, SMB shares and USB sticks alike), so two PCs joining at the same
moment never get one code and their numbers stay apart.
"""

from __future__ import annotations

import datetime as dt
import os
import secrets
from pathlib import Path

from ops_desktop.exchange.bundle import CHANGES, SUFFIX, BundleError

CODES = "codes"
MAX_CODE = 999


class ExchangeFolderError(BundleError):
    """The folder cannot be used; `code`: unreachable, write_failed, codes_exhausted."""


def check_reachable(root: Path) -> None:
    if not root.is_dir():
        raise ExchangeFolderError("unreachable", str(root))


def member_folder(root: Path, member: str) -> Path:
    return root / member


def write_once(folder: Path, name: str, data: bytes) -> Path:
    """Write `data` as `folder/name`: a hidden temporary file, flushed, then renamed."""
    try:
        folder.mkdir(parents=True, exist_ok=True)
        temporary = folder / f".{name}.{secrets.token_hex(4)}.tmp"
        with temporary.open("wb") as out:
            out.write(data)
            out.flush()
            os.fsync(out.fileno())
        final = folder / name
        os.replace(temporary, final)
    except OSError as exc:
        raise ExchangeFolderError("write_failed", str(exc)) from exc
    return final


def other_members(root: Path, me: str) -> list[str]:
    """Subfolders of other PCs (named by member id)."""
    return sorted(p.name for p in root.iterdir()
                  if p.is_dir() and p.name not in (me, CODES) and not p.name.startswith("."))


def bundles(folder: Path, kind: str = CHANGES) -> list[tuple[int, int, Path]]:
    """(first, last, path) of the finished bundles in a member's folder, by sequence."""
    prefix = "" if kind == CHANGES else f"{kind}-"
    found: list[tuple[int, int, Path]] = []
    for path in folder.glob(f"{prefix}*{SUFFIX}"):
        if path.name.startswith("."):
            continue
        first, _, last = path.name[len(prefix): -len(SUFFIX)].partition("-")
        if first.isdigit() and last.isdigit():
            found.append((int(first), int(last), path))
    return sorted(found)


def newest_file_at(folder: Path) -> dt.datetime | None:
    """The time (naive UTC) of the newest bundle in a member's folder, None if it has none."""
    times = [path.stat().st_mtime for _, _, path in bundles(folder)]
    if not times:
        return None
    return dt.datetime.fromtimestamp(max(times), dt.UTC).replace(tzinfo=None)


def claim_code(root: Path, member: str, wanted: int | None = None) -> int:
    """Take a member code: `wanted` (the sharing PC takes 1), else the lowest free one."""
    codes = root / CODES
    try:
        codes.mkdir(exist_ok=True)
    except OSError as exc:
        raise ExchangeFolderError("write_failed", str(exc)) from exc
    for code in ([wanted] if wanted is not None else range(2, MAX_CODE + 1)):
        try:
            fd = os.open(codes / str(code), os.O_WRONLY | os.O_CREAT | os.O_EXCL)
        except FileExistsError:
            continue
        except OSError as exc:
            raise ExchangeFolderError("write_failed", str(exc)) from exc
        with os.fdopen(fd, "w", encoding="ascii") as out:
            out.write(member + "\n")
        return code
    raise ExchangeFolderError("codes_exhausted" if wanted is None else "already_shared",
                              str(root))
