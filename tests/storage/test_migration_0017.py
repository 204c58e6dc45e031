"""Migration 0017: the social-work log's table, and each existing case given the worker who
accepted its referral; down and up again on a store with a year of work."""

from __future__ import annotations

import sqlite3
from pathlib import Path


from ops_desktop.services.demo import create_demo_office
from ops_desktop.services.hub import Services
from ops_desktop.storage.database import move_schema


def _tables(path: Path) -> set[str]:
    with sqlite3.connect(path) as conn:
        return {r[0] for r in conn.execute("SELECT name FROM sqlite_master WHERE type='table'")}


def test_down_to_0016_and_up_again_gives_each_case_the_worker_who_accepted_it(
        tmp_path: Path) -> None:
    path = tmp_path / "office.sqlite"
    services = Services.open(f"sqlite:///{path}")
    create_demo_office(services, households=12)
    move_schema(services.db.engine, "downgrade", "0016_double_signing")
    assert "social_work_log" not in _tables(path)
    move_schema(services.db.engine, "upgrade", "head")
    assert "social_work_log" in _tables(path)
    with sqlite3.connect(path) as conn:
        # A case may have taken several referrals (the demo's interviews for benefits are
        # referred into a household's open social-work case): its latest acceptance counts.
        accepted = conn.execute(
            "SELECT c.worker_id, r.decided_by FROM cases c JOIN referrals r "
            "ON r.case_id = c.id AND r.status = 'accepted' "
            "WHERE r.decided_at = (SELECT MAX(o.decided_at) FROM referrals o "
            "WHERE o.case_id = c.id AND o.status = 'accepted')").fetchall()
        assert accepted and all(worker == who for worker, who in accepted)
        assert conn.execute("SELECT COUNT(*) FROM social_work_log").fetchone()[0] == 0
    services.close()
