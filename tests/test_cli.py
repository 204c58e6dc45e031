"""The administrator's command line: demo office, headless printing, self-test."""

from __future__ import annotations

import contextlib
import io
import sqlite3
import uuid
from pathlib import Path

import pytest
from pypdf import PdfReader

from ops_desktop.__main__ import main


def test_demo_then_print_every_signed_decision(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    db = tmp_path / "demo.sqlite"
    assert main(["demo", "--db", str(db), "--households", "15"]) == 0
    assert "persons=" in capsys.readouterr().out
    assert main(["demo", "--db", str(db)]) == 1  # never on top of existing data
    out = tmp_path / "pdf"
    assert main(["print", "decisions", "--db", str(db), "--out", str(out)]) == 0
    files = sorted(out.glob("*.pdf"))
    assert files, "the demo office has signed decisions"
    text = PdfReader(io.BytesIO(files[0].read_bytes())).pages[0].extract_text()
    assert "DECYZJA" in text and "Lipowiec" in text
    # Each decision put on paper is in the audit log, in the name of the coordinator the
    # command acts as, with the person whose decision it is.
    with contextlib.closing(sqlite3.connect(db)) as conn:
        printed = conn.execute(
            "SELECT a.entity_id, a.person_id, u.login FROM audit_log a JOIN users u "
            "ON u.id = a.actor_id WHERE a.action = 'print' AND a.entity = 'decisions'").fetchall()
        signed = conn.execute("SELECT id, person_id FROM decisions WHERE status = 'signed'").fetchall()
    assert len(printed) == len(files) == len(signed)
    assert {row[2] for row in printed} == {"bzolkiewska"}
    assert {uuid.UUID(str(row[0])) for row in printed} == {_uuid(row[0]) for row in signed}


def _uuid(value: object) -> uuid.UUID:
    return uuid.UUID(bytes=value) if isinstance(value, bytes) else uuid.UUID(str(value))


def test_demo_office_has_every_team_and_states(tmp_path: Path) -> None:
    from ops_desktop.domain.vocabulary import DecisionStatus, Role
    from ops_desktop.services.context import Actor
    from ops_desktop.services.demo import create_demo_office
    from ops_desktop.services.hub import Services

    services = Services.open(f"sqlite:///{tmp_path / 'd.sqlite'}")
    counts = create_demo_office(services)
    assert 150 <= counts["persons"] <= 300 and counts["households"] == 80
    users = services.office.users()
    assert {r for u in users for r in u.roles} == set(Role)
    head = Actor.of(next(u for u in users if Role.COORDINATOR in u.roles))
    assert services.decisions.count(head, DecisionStatus.SIGNED) > 0
    assert services.decisions.count(head, DecisionStatus.DRAFT) > 0
    assert services.referrals.inbox_count(head, "benefits") > 0
    assert services.applications.count(head, open_only=True) > 0
    services.close()


def test_self_test_passes(capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["--self-test"]) == 0
    assert "self-test ok" in capsys.readouterr().out
