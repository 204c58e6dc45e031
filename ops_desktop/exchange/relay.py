"""Carrying the office's files between two exchange folders: the share and a USB stick.

A field laptop exchanges with a stick while it is away; back in the office (or at any PC
that reaches the share) `office relay` copies every file the other folder lacks, both ways.
This is safe because every file is written once, named by its PC and its range, and
authenticated: a copy can only add what the office's PCs wrote, never change it, and each
PC still refuses anything altered when it reads it.

A copy can be damaged on its way (a stick pulled out, a share that went away while a file
was being written there, a file cut short by a full disk). A damaged file is never carried
over, and a damaged copy is replaced by a sound one from the other side: the PCs that read
it, which refused it and wait for it, then find it whole.
"""

from __future__ import annotations

import os
from collections.abc import Callable
from pathlib import Path

from ops_desktop.exchange import folder as exchange_folder
from ops_desktop.exchange.bundle import MAGIC, MAX_HEADER, SUFFIX, BundleError, read_header


def _files(root: Path) -> dict[Path, Path]:
    """Relative path → path of each finished file: PCs' bundles and the taken codes."""
    found: dict[Path, Path] = {}
    for sub in root.iterdir():
        if not sub.is_dir() or sub.name.startswith("."):
            continue
        for path in sub.iterdir():
            if path.is_file() and not path.name.startswith(".") and (
                    sub.name == exchange_folder.CODES or path.name.endswith(SUFFIX)):
                found[path.relative_to(root)] = path
    return found


def _copy(source: Path, target_root: Path, relative: Path) -> None:
    """Write once on the other side, with the source's time (it tells when a PC wrote)."""
    written = exchange_folder.write_once(target_root / relative.parent, relative.name,
                                         source.read_bytes())
    times = source.stat()
    os.utime(written, (times.st_atime, times.st_mtime))


def _damaged(path: Path, relative: Path, damaged: Callable[[bytes], bool]) -> bool:
    """Whether the file is a damaged copy (a taken code is a line of text: never)."""
    if relative.parts[0] == exchange_folder.CODES:
        return False
    try:
        return damaged(path.read_bytes())
    except OSError:
        return True


def _wanted(source: Path, target: Path | None, relative: Path,
            damaged: Callable[[bytes], bool]) -> bool:
    """Whether `source` should be copied over `target` (None: the other side lacks it)."""
    if target is None:
        return not _damaged(source, relative, damaged)
    here, there = source.stat(), target.stat()
    if here.st_size != there.st_size:
        # The same name is the same file: one of the two copies is damaged.
        return _damaged(target, relative, damaged) and not _damaged(source, relative, damaged)
    return here.st_mtime > there.st_mtime + 1 and not _damaged(source, relative, damaged)


def foreign_office(root: Path, office: str) -> bool:
    """Whether the folder holds an exchange file of another office (a stick of another
    centre). Only each file's plain header is read: the office is named there."""
    for relative, path in _files(root).items():
        if relative.parts[0] == exchange_folder.CODES:
            continue
        try:
            with path.open("rb") as source:
                head = source.read(len(MAGIC) + MAX_HEADER)
            if head.startswith(MAGIC) and read_header(head).office != office:
                return True
        except (OSError, BundleError):
            continue  # unreadable or cut short: the copy itself judges it (never carried)
    return False


def mirror(one: Path, other: Path, damaged: Callable[[bytes], bool],
           progress: Callable[[int, int], None] | None = None,
           cancelled: Callable[[], bool] | None = None) -> tuple[int, int]:
    """Copy what each folder lacks from the other; (files to `other`, files to `one`).

    `damaged` tells a copy certainly damaged (bundle.is_damaged with the PC's keys).
    A file both hold is copied again when one side's is newer (the empty bundle a quiet PC
    rewrites to say it is there, exchange/sync.py keep_alive), or when the other side's
    copy is damaged and this one is not. `progress(done, total)` counts the files looked
    at; when `cancelled()` turns true the copying stops between two files – every file is
    written whole or not at all, so a relay stopped halfway is made good by the next one.
    """
    exchange_folder.check_reachable(one)
    exchange_folder.check_reachable(other)
    plans = [(_files(source_root), _files(target_root), target_root)
             for source_root, target_root in ((one, other), (other, one))]
    total = sum(len(sources) for sources, _, _ in plans)
    done = 0
    counts = [0, 0]
    for side, (sources, targets, target_root) in enumerate(plans):
        for relative, source in sorted(sources.items()):
            if cancelled is not None and cancelled():
                return counts[0], counts[1]
            if _wanted(source, targets.get(relative), relative, damaged):
                _copy(source, target_root, relative)
                counts[side] += 1
            done += 1
            if progress is not None:
                progress(done, total)
    return counts[0], counts[1]
