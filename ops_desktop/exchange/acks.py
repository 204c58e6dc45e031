"""Each PC's acknowledgements in the exchange folder: how far it has applied every other
PC's changes and audit entries, where its own audit log's files begin, and the newest
invitation it wrote or joined with. Written by exchange/pruning.py after each round that
moved something; read by the others to know what they may delete and where a PC that
joined from a later invitation begins its log."""

from __future__ import annotations

from typing import Any

from ops_desktop.exchange import folder as exchange_folder
from ops_desktop.exchange.bundle import BundleError, open_bundle
from ops_desktop.exchange.sync import Membership

ACKS = "acks"  # the kind of file: acks-<n>-<n>.opsx
LOG_FROM = "audit_from"  # the entry its own log's files begin after


def newest(me: Membership, member: str) -> dict[str, Any] | None:
    """The newest acknowledgement of another PC that opens, None if it has written none."""
    folder = exchange_folder.member_folder(me.root, member)
    for _, _, path in reversed(exchange_folder.bundles(folder, ACKS)):
        try:
            header, body = open_bundle(path.read_bytes(), me.opening_keys, me.office, ACKS,
                                       me.makers)
        except (BundleError, OSError):
            continue  # being replaced just now, or damaged: an older one, else nothing
        if header.member == member and body and isinstance(body[0], dict):
            return body[0]
    return None


def log_start(me: Membership, member: str) -> int | None:
    """Where another PC's audit files begin, as it said (None: it has not said)."""
    said = newest(me, member)
    value = None if said is None else said.get(LOG_FROM)
    return value if isinstance(value, int) else None
