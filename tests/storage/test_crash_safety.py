"""A writer killed with SIGKILL at random moments loses nothing it reported as committed.

Each round forks a child (no Python start-up to pay) that saves households and intakes with
the real services and reports every commit through a pipe; the parent kills it after a
random few milliseconds and opens the file fresh with plain sqlite3: `integrity_check` must
say ok, and every reported record must be there whole (a household with all its members, an
intake with its referral). Every few kills the program itself opens the file, as the desk
would the next morning.
"""

from __future__ import annotations

import multiprocessing
import os
import random
import select
import signal
import subprocess
import sys
import time
import uuid
from pathlib import Path

import pytest

from ops_desktop.services.context import Actor
from ops_desktop.services.hub import Services
from ops_desktop.storage.database import integrity_ok
from tests.server_db import sqlite_file
from tests.storage import crash_writer
from tests.storage.file_checks import FileCheck, Reported

pytestmark = [pytest.mark.skipif(
    "fork" not in multiprocessing.get_all_start_methods(), reason="needs fork (POSIX)"
), sqlite_file(
    "a writer killed mid-transaction, then the file checked with integrity_check")]

KILLS_PER_FILE = 60  # × 4 seeds: well over the 200 kills the suite promises
REOPEN_EVERY = 11  # kills between openings of the file by the program itself
AUDIT_KILLS = 20
WAIT = 30.0  # seconds a child may take to say "ready" before the test gives up on it
PROJECT = Path(__file__).resolve().parents[2]


def _read_some(fd: int, deadline: float) -> bytes:
    """Bytes from the pipe, b"" at end of file; fails the test if nothing comes in time."""
    ready, _, _ = select.select([fd], [], [], max(0.0, deadline - time.monotonic()))
    assert ready, "the writer said nothing in time"
    return os.read(fd, 65536)


class Desk(FileCheck):
    """One database file and the writers that are killed on it, round after round."""

    def __init__(self, path: Path, seed: int, audit: bool = False) -> None:
        super().__init__(path)
        self.audit = audit
        self.url = f"sqlite:///{path}"
        self.rng = random.Random(seed)
        self.kills = 0
        services = Services.open(self.url)
        try:
            self.user_id = crash_writer.prepare(services)
        finally:
            services.close()  # no connection of ours is inherited by a child
        self.context = multiprocessing.get_context("fork")

    def kill_round(self) -> None:
        read_end, write_end = os.pipe()
        child = self.context.Process(
            target=crash_writer.child,
            args=(self.url, write_end, self.user_id, self.kills * crash_writer.BLOCK, self.audit),
            daemon=True,
        )
        child.start()
        os.close(write_end)  # end of file once the child is gone
        received = bytearray()
        try:
            if self.rng.random() < 0.1:
                # Now and then while it is still opening the file and checking the schema.
                time.sleep(self.rng.uniform(0.0, 0.03))
            else:
                # Past its first few commits, so a slow machine still kills among commits.
                commits = self.rng.randint(0, 3)
                deadline = time.monotonic() + WAIT
                while (b"ready\n" not in received
                       or received.count(b"\n") < 1 + commits):
                    chunk = _read_some(read_end, deadline)
                    assert chunk, f"the writer died by itself (exit code {child.exitcode})"
                    received += chunk
                time.sleep(self.rng.uniform(0.005, 0.060))
            assert child.pid is not None
            os.kill(child.pid, signal.SIGKILL)
            child.join(WAIT)
            assert child.exitcode == -signal.SIGKILL, f"writer ended with {child.exitcode}, not killed"
            deadline = time.monotonic() + WAIT
            while chunk := _read_some(read_end, deadline):
                received += chunk
        finally:
            os.close(read_end)
            if child.is_alive():
                child.kill()
                child.join()
            child.close()
        self.kills += 1
        self.reported.take(received.decode("ascii"))

    def program_opens(self) -> None:
        """The program starts on the file and finds what was reported."""
        services = Services.open(self.url)
        try:
            assert integrity_ok(services.db)
            actor = Actor(self.user_id, crash_writer.NAME, crash_writer.POSITION, crash_writer.ROLES)
            found = services.persons.count(actor, "kowalska")
            assert found >= len(self.reported.households)
            for applicant in list(self.reported.households)[-3:]:
                members = services.persons.household(actor, uuid.UUID(applicant))
                assert len(members) == self.reported.households[applicant]
        finally:
            services.close()


def summary(capsys: pytest.CaptureFixture[str], text: str) -> None:
    with capsys.disabled():
        print(f"\n{text}")


@pytest.mark.parametrize("seed", [1, 2, 3, 4])
def test_sigkill_at_random_moments_loses_no_reported_commit(
    tmp_path: Path, seed: int, capsys: pytest.CaptureFixture[str]
) -> None:
    started = time.monotonic()
    desk = Desk(tmp_path / "ops.sqlite", seed)
    for _ in range(KILLS_PER_FILE):
        desk.kill_round()
        if desk.kills % REOPEN_EVERY == 0:
            # First, before any checker's clean close folds the killed writer's WAL back in.
            desk.program_opens()
        desk.check()
    summary(capsys, f"crash safety (seed {seed}): {desk.kills} SIGKILLs, "
                    f"{desk.reported.records} committed records, {desk.checks} record checks, "
                    f"{time.monotonic() - started:.1f} s")


def test_sigkill_while_reading_files_keeps_the_audit_chain(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    """The path that reads personal data (and so writes the audit log) killed again and again."""
    started = time.monotonic()
    desk = Desk(tmp_path / "ops.sqlite", seed=7, audit=True)
    for _ in range(AUDIT_KILLS):
        desk.kill_round()
        desk.check()
    desk.program_opens()
    assert desk.reported.viewed  # the reading path was reached before a kill
    entries = desk.audit_entries
    summary(capsys, f"crash safety (audit): {desk.kills} SIGKILLs, {desk.reported.records} "
                    f"committed records, {entries} audit entries, "
                    f"{time.monotonic() - started:.1f} s")
    if entries == 0:
        pytest.skip("the use cases write no audit entries yet: the chain was not exercised")


def test_the_writer_runs_on_its_own_and_is_killed_mid_stream(tmp_path: Path) -> None:
    """`python -m tests.storage.crash_writer URL` as a separate program, killed once."""
    path = tmp_path / "ops.sqlite"
    url = f"sqlite:///{path}"
    writer = subprocess.Popen([sys.executable, "-m", "tests.storage.crash_writer", url],
                              cwd=PROJECT, stdout=subprocess.PIPE)
    assert writer.stdout is not None
    reported = Reported()
    try:
        lines: list[str] = []
        while len(lines) < 7:  # "ready" and three households with their intakes
            line = writer.stdout.readline()
            assert line, f"the writer ended with {writer.poll()}"
            lines.append(line.decode("ascii"))
        writer.send_signal(signal.SIGKILL)
        writer.wait(WAIT)
        lines.append(writer.stdout.read().decode("ascii"))
    finally:
        if writer.poll() is None:
            writer.kill()
            writer.wait()
        writer.stdout.close()
    assert writer.returncode == -signal.SIGKILL
    assert reported.take("".join(lines))
    found = FileCheck(path, reported)
    found.check()
    assert found.checks >= 6
