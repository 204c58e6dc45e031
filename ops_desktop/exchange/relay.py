"""Carrying the office's files between two exchange folders: the share and a USB stick.

A field laptop exchanges with a stick while it is away; back in the office (or at any PC
that reaches the share) `office relay` copies every file the other folder lacks, both ways.
This is safe because every file is written once, named by its PC and its range, and
authenticated: a copy can only add what the office's PCs wrote, never change it, and each
PC still refuses anything altered when it reads it.
"""

from __future__ import annotations

import os
from pathlib import Path

from ops_desktop.exchange import folder as exchange_folder
from ops_desktop.exchange.bundle import SUFFIX


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


def mirror(one: Path, other: Path) -> tuple[int, int]:
    """Copy what each folder lacks from the other; (files to `other`, files to `one`).

    A file both hold is copied again only when one side's is newer: the empty bundle a
    quiet PC rewrites to say it is there (exchange/sync.py keep_alive).
    """
    exchange_folder.check_reachable(one)
    exchange_folder.check_reachable(other)
    counts = []
    for source_root, target_root in ((one, other), (other, one)):
        sources, targets = _files(source_root), _files(target_root)
        copied = 0
        for relative, source in sorted(sources.items()):
            target = targets.get(relative)
            if target is None or source.stat().st_mtime > target.stat().st_mtime + 1:
                _copy(source, target_root, relative)
                copied += 1
        counts.append(copied)
    return counts[0], counts[1]
