"""What a test shows a person who looks at it: screens grabbed and papers printed are kept
only when OPS_TEST_LOOK names a folder (`OPS_TEST_LOOK=/some/folder pytest tests/ui/...`),
so a run on any machine writes nothing outside its own temporary folders."""

from __future__ import annotations

import os
from pathlib import Path

from PySide6.QtWidgets import QWidget


def _folder() -> Path | None:
    named = os.environ.get("OPS_TEST_LOOK")
    if not named:
        return None
    folder = Path(named)
    folder.mkdir(parents=True, exist_ok=True)
    return folder


def keep_grab(widget: QWidget, name: str) -> None:
    """The widget as it is painted now, as `name` (a PNG) in the folder, if one is named."""
    folder = _folder()
    if folder is not None:
        widget.grab().save(str(folder / name))


def keep_paper(data: bytes, name: str) -> None:
    """A printed paper's bytes, as `name` in the folder, if one is named."""
    folder = _folder()
    if folder is not None:
        (folder / name).write_bytes(data)
