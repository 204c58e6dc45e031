"""One round of exchange as `sync` and the program run it: out, in, and the audit logs."""

from __future__ import annotations

import datetime as dt

from ops_desktop.exchange import folder as exchange_folder
from ops_desktop.exchange import restored
from ops_desktop.exchange.audit_trail import export_audit, import_audit
from ops_desktop.exchange.bundle import BundleError
from ops_desktop.exchange.keys import (
    cover_latecomers,
    ensure_member_keys,
    pick_up,
    retire_exposed_key,
)
from ops_desktop.exchange.pruning import prune, publish
from ops_desktop.exchange.sync import RoundReport, export, import_changes, keep_alive, membership
from ops_desktop.storage.database import Database

# How often a running program exchanges (its window's timer, seconds). A round that finds
# nothing new lists the folder and opens no file; one bringing a change or two takes
# 40–70 ms on a busy PC. A colleague's change is seen within one poll of being sent, so
# the program also sends right after a write (`send_waiting`); without that, up to two
# polls (benchmarks/sync.py).
POLL_SECONDS = 5


def run_round(db: Database, now: dt.datetime) -> RoundReport:
    """Export, then import and apply; raises ExchangeFolderError when the folder is away."""
    me = membership(db)
    if me is None:
        raise BundleError("not_a_member")
    exchange_folder.check_reachable(me.root)
    report = RoundReport()
    try:
        # Put back to an older copy of itself, its next files would take the numbers of
        # files the others already applied (exchange/restored.py).
        if restored.settle(db, me):
            report.continued_from = me.member
            me = membership(db) or me
        ensure_member_keys(db, me)
        # A new office key first: nothing this PC writes from now on opens with the key a
        # removed PC still holds.
        generation = me.generation
        me = pick_up(db, me, report)
        report.exported = export(db, me)
        import_changes(db, me, report, now)
        if report.removed:
            raise BundleError("removed_from_office")
        restored.close_replaced(db)  # the rows of a PC whose file a restored copy replaced
        report.copied_elsewhere = restored.reopen(db, me)
        import_audit(db, me, report)
        # What this PC took tells the others what they may delete (and, before its first
        # log file leaves, where that log begins).
        publish(db, me)
        # The signing key of the PC that handed out a new key may have come just now.
        me = pick_up(db, me, report)
        cover_latecomers(db, me)
        # A removal made on another PC while apart may have reached a PC this one handed
        # its key to.
        me = retire_exposed_key(db, me)
        # Applying may have written conflict entries here: they leave in the same round,
        # and so do the log entries of the applied changes.
        report.exported += export(db, me)
        export_audit(db, me)
        # Having moved to a new key, this PC says so at once with a file sealed with it: from
        # then on the others refuse a file passed off as this PC's sealed with the old one.
        keep_alive(db, me, now, force=me.generation > generation)
        # What every PC took of this PC's goes.
        pruned = prune(db, me, now)
        report.pruned_files, report.pruned_changes = pruned.files, pruned.changes
        if report.anonymised:
            db.checkpoint()  # the replaced values must not stay readable in the -wal file
    except OSError as exc:  # the share went away halfway: what was applied is rolled back
        raise exchange_folder.ExchangeFolderError("unreachable", str(exc)) from exc
    return report


def send_waiting(db: Database) -> int:
    """Only this PC's changes out (no reading): what the program does right after a write,
    so a colleague's next poll finds it without waiting for this PC's own poll."""
    me = membership(db)
    if me is None:
        raise BundleError("not_a_member")
    exchange_folder.check_reachable(me.root)
    try:
        if restored.behind(db, me):
            return 0  # the next round makes it a new member first
        return export(db, me)
    except OSError as exc:
        raise exchange_folder.ExchangeFolderError("unreachable", str(exc)) from exc
