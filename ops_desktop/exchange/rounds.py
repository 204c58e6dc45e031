"""One round of exchange as `sync` and the program run it: out, in, and the audit logs."""

from __future__ import annotations

import datetime as dt

from ops_desktop.exchange import folder as exchange_folder
from ops_desktop.exchange.audit_trail import export_audit, import_audit
from ops_desktop.exchange.bundle import BundleError
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
        report.exported = export(db, me)
        import_changes(db, me, report, now)
        if report.removed:
            raise BundleError("removed_from_office")
        import_audit(db, me, report)
        # Applying may have written conflict entries here: they leave in the same round,
        # and so do the log entries of the applied changes.
        report.exported += export(db, me)
        export_audit(db, me)
        keep_alive(db, me, now)
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
        return export(db, me)
    except OSError as exc:
        raise exchange_folder.ExchangeFolderError("unreachable", str(exc)) from exc
