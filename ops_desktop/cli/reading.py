"""What every print command does around its printing: the store opened for the person who
signed in (or the head), refused in words when there is nobody to read as or the person's
roles may not read these papers, and closed again whatever happens."""

from __future__ import annotations

import sys
from collections.abc import Callable

from ops_desktop.cli.unlock import NO_HEAD, open_for_printing, say_not_permitted
from ops_desktop.domain.errors import PermissionDenied
from ops_desktop.services.context import Actor
from ops_desktop.services.hub import Services


def as_reader(db: str, work: Callable[[Services, Actor], int]) -> int:
    """Run `work` as the reader of `db`; its exit code, 1 with no head, 2 if not permitted."""
    services, actor = open_for_printing(db)
    try:
        if actor is None:
            print(NO_HEAD, file=sys.stderr)
            return 1
        try:
            return work(services, actor)
        except PermissionDenied:
            return say_not_permitted(actor)
    finally:
        services.close()
