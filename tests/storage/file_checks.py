"""What a fresh process must find in a file a killed writer left: everything it reported,
whole, and nothing half-written."""

from __future__ import annotations

import sqlite3
import uuid
from contextlib import closing
from dataclasses import dataclass, field
from pathlib import Path

from ops_desktop.storage.audit import GENESIS
from tests.storage import crash_writer


@dataclass
class Reported:
    """What writers said they committed to one file, over all its rounds."""

    households: dict[str, int] = field(default_factory=dict)  # applicant hex → members
    intakes: dict[str, str] = field(default_factory=dict)  # intake hex → referral hex
    viewed: set[str] = field(default_factory=set)

    @property
    def records(self) -> int:
        return len(self.households) + len(self.intakes)

    def take(self, text: str) -> bool:
        """Add the lines of one round; True when the writer had said it was ready."""
        assert not text or text.endswith("\n"), f"a report line was cut: {text[-80:]!r}"
        ready = False
        for line in text.splitlines():
            kind, *values = line.split()
            if kind == crash_writer.READY:
                ready = True
            elif kind == "household":
                self.households[values[0]] = int(values[1])
            elif kind == "intake":
                self.intakes[values[0]] = values[1]
            elif kind == "viewed":
                self.viewed.add(values[0])
            else:
                raise AssertionError(f"unknown report line {line!r}")
        return ready


class FileCheck:
    """What a fresh process must find in one file: everything reported, whole, and no debris."""

    def __init__(self, path: Path, reported: Reported | None = None) -> None:
        self.path = path
        self.reported = reported or Reported()
        self.checks = 0  # reported records looked up, summed over every check
        self.audit_entries = 0

    def check(self) -> None:
        """The file as a fresh process finds it after the kill."""
        with closing(sqlite3.connect(self.path)) as con:
            problems = con.execute("PRAGMA integrity_check").fetchall()
            assert problems == [("ok",)], f"integrity_check: {problems[:5]}"
            orphans = con.execute("PRAGMA foreign_key_check").fetchall()
            assert orphans == [], f"rows pointing at nothing: {orphans[:5]}"
            self._reported_are_whole(con)
            self._nothing_half_written(con)
            self._numbers_never_repeat(con)
            self.audit_entries = con.execute("SELECT COUNT(*) FROM audit_log").fetchone()[0]
            if self.audit_entries:
                breaks = audit_chain_breaks(con)
                assert breaks == [], f"audit chain broken at seq {breaks[:5]}"
                unaudited = self._unaudited(con)
                assert unaudited == [], f"committed without an audit entry: {unaudited[:5]}"

    def _reported_are_whole(self, con: sqlite3.Connection) -> None:
        for applicant, size in self.reported.households.items():
            row = con.execute("SELECT household_id FROM persons WHERE id = ?", (applicant,)).fetchone()
            assert row is not None and row[0] is not None, f"committed applicant {applicant} lost"
            members = con.execute(
                "SELECT COUNT(*) FROM household_members m JOIN persons p ON p.id = m.person_id"
                " WHERE m.household_id = ? AND m.deleted_at IS NULL AND p.household_id = ?",
                (row[0], row[0])).fetchone()[0]
            assert members == size, f"household of {applicant}: {members} of {size} members"
        for intake, referral in self.reported.intakes.items():
            row = con.execute(
                "SELECT r.intake_id FROM referrals r JOIN intakes i ON i.id = r.intake_id"
                " WHERE r.id = ?", (referral,)).fetchone()
            assert row == (intake,), f"committed intake {intake} or its referral lost"
        self.checks += self.reported.records

    def _unaudited(self, con: sqlite3.Connection) -> list[str]:
        """Reported commits without their audit entry (the log commits with the change)."""
        logged = set(con.execute(
            "SELECT action, entity_id FROM audit_log WHERE action IN ('insert', 'view')"))
        expected = [("insert", key) for key in self.reported.households]
        expected += [("insert", key) for pair in self.reported.intakes.items() for key in pair]
        expected += [("view", key) for key in self.reported.viewed]
        return [f"{action} {key}" for action, key in expected
                if (action, str(uuid.UUID(key))) not in logged]

    @staticmethod
    def _nothing_half_written(con: sqlite3.Connection) -> None:
        """Reported or not, no transaction left a part of itself behind."""
        lonely_households = con.execute(
            "SELECT COUNT(*) FROM households h WHERE NOT EXISTS"
            " (SELECT 1 FROM household_members m WHERE m.household_id = h.id)").fetchone()[0]
        persons_without_place = con.execute(
            "SELECT COUNT(*) FROM persons p WHERE p.household_id IS NOT NULL AND NOT EXISTS"
            " (SELECT 1 FROM household_members m WHERE m.person_id = p.id)").fetchone()[0]
        referred_without_referral = con.execute(
            "SELECT COUNT(*) FROM intakes i WHERE i.outcome = 'referred' AND NOT EXISTS"
            " (SELECT 1 FROM referrals r WHERE r.intake_id = i.id)").fetchone()[0]
        debris = (lonely_households, persons_without_place, referred_without_referral)
        assert debris == (0, 0, 0), f"half-written (households, persons, intakes): {debris}"

    @staticmethod
    def _numbers_never_repeat(con: sqlite3.Connection) -> None:
        """The register counter committed with each referral, so no number is handed out twice."""
        for year, last in con.execute(
                "SELECT year, last_number FROM sign_counters WHERE register = 'referral'"):
            used = [int(n.split("/")[1]) for (n,) in con.execute(
                "SELECT number FROM referrals WHERE number LIKE ?", (f"SK/%/{year}",))]
            assert len(used) == len(set(used)), f"a referral number was given twice in {year}"
            assert max(used, default=0) <= last, f"the counter of {year} is behind its numbers"


def audit_chain_breaks(con: sqlite3.Connection) -> list[int]:
    """Entries of the audit log not linked to the one before them (or with one missing before)."""
    return [seq for (seq,) in con.execute(
        "SELECT seq FROM (SELECT seq, prev_hash,"
        " LAG(hash, 1, :genesis) OVER (ORDER BY seq) AS previous,"
        " LAG(seq, 1, 0) OVER (ORDER BY seq) AS previous_seq FROM audit_log)"
        " WHERE prev_hash IS NOT previous OR seq != previous_seq + 1", {"genesis": GENESIS})]
