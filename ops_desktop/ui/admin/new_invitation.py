"""`Nowe zaproszenie…` on a PC of an office: a copy of this PC's store as it is now, for the
PCs that join from now on. The office keeps every file a PC joining with the newest
invitation needs for two weeks after it is written; an older invitation may stop working
once the files it needs were deleted (exchange/pruning.py), and the PC joining with it is
told to ask for a new one."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtWidgets import QWidget

from ops_desktop.services.context import Actor
from ops_desktop.services.hub import Services
from ops_desktop.ui import guard
from ops_desktop.ui.admin import share_dialog


def write_new_invitation(parent: QWidget, services: Services, actor: Actor) -> str | None:
    """Ask where, write it, show its code once; the code, None when nothing was written."""
    start = str(share_dialog.default_folder() / share_dialog.INVITATION_NAME)
    chosen = share_dialog.choose_invitation_file(parent, start)
    if not chosen:
        return None
    invitation = Path(chosen)
    code = guard.attempt(parent, lambda: services.exchange.invite(invitation, actor))
    if code is None:
        return None
    share_dialog.CodeDialog(code, str(invitation), parent).exec()
    return code
