"""An office's file moved onto a server (`ops-desktop move-to-server`): everything, or nothing.

The target is a fresh PostgreSQL database with OPS_TEST_DB_URL, else a second SQLite file
(the copy is the same code either way).
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

import pytest

from ops_desktop.__main__ import main
from ops_desktop.domain.errors import DomainError
from ops_desktop.domain.vocabulary import DecisionStatus, Role
from ops_desktop.services.context import Actor
from ops_desktop.services.demo import create_demo_office
from ops_desktop.services.hub import Services
from ops_desktop.services.server_move import move_to_server


def _roles(services: Services, role: Role) -> Actor:
    return Actor.of(next(u for u in services.office.users() if role in u.roles))


def _what_the_office_sees(services: Services) -> tuple[object, ...]:
    head = _roles(services, Role.COORDINATOR)
    desk = _roles(services, Role.FIRST_CONTACT)
    auditor = _roles(services, Role.AUDITOR)
    signed = services.decisions.signed_ids(head)
    return (
        [(p.id, p.last_name, p.first_name) for p in services.persons.search(desk, "kow", 200)],
        services.persons.count(desk, "a"),
        sorted(signed), services.decisions.count(head, DecisionStatus.DRAFT),
        [(u.login, u.roles) for u in services.office.users()],
        services.office.settings(),
        services.audit.verify(auditor).checked,
    )


@pytest.fixture
def office_file(tmp_path: Path) -> Path:
    path = tmp_path / "ops.sqlite"
    services = Services.open(f"sqlite:///{path}")
    create_demo_office(services, households=12)
    services.close()
    return path


def test_the_server_holds_what_the_file_held_and_the_chain_goes_on(
        office_file: Path, new_db_url: Callable[[], str]) -> None:
    before = Services.open(f"sqlite:///{office_file}")
    seen = _what_the_office_sees(before)
    before.close()
    target = new_db_url()
    counts = move_to_server(office_file, target)
    assert counts["persons"] > 20 and counts["decisions"] >= 3 and counts["audit_log"] > 100
    after = Services.open(target)
    try:
        moved = _what_the_office_sees(after)
        assert moved[:-1] == seen[:-1]
        assert moved[-1] == seen[-1] + 1  # the move itself, chained onto the file's log
        report = after.audit.verify(_roles(after, Role.AUDITOR))
        assert report.ok and report.checked == counts["audit_log"] + 1
        head = _roles(after, Role.COORDINATOR)
        decision = after.decisions.signed_ids(head)[0]
        assert after.decisions.render(head, decision)[:4] == b"%PDF"
    finally:
        after.close()


def test_a_server_database_holding_data_is_refused_and_left_as_it_was(
        office_file: Path, new_db_url: Callable[[], str]) -> None:
    target = new_db_url()
    move_to_server(office_file, target)
    with pytest.raises(DomainError) as refused:
        move_to_server(office_file, target)
    assert refused.value.code == "store_not_empty"
    after, source = Services.open(target), Services.open(f"sqlite:///{office_file}")
    try:
        assert after.audit.verify(_roles(after, Role.AUDITOR)).ok
        assert len(after.office.users()) == len(source.office.users())
    finally:
        after.close()
        source.close()


def test_the_command_says_where_every_pc_now_points_without_the_password(
        office_file: Path, new_db_url: Callable[[], str],
        capsys: pytest.CaptureFixture[str]) -> None:
    target = new_db_url()
    assert main(["move-to-server", "--db", str(office_file), "--to", target]) == 0
    out = capsys.readouterr().out
    assert "Przeniesiono: " in out and "persons=" in out and "--db " in out
    assert main(["move-to-server", "--db", str(office_file), "--to", target]) == 1
    assert "nie jest pusta" in capsys.readouterr().err
    assert main(["move-to-server", "--db", str(office_file.with_name("nie.sqlite")),
                 "--to", target]) == 1


def test_an_encrypted_office_file_moves_with_its_key(
        tmp_path: Path, new_db_url: Callable[[], str], monkeypatch: pytest.MonkeyPatch) -> None:
    from tests.storage.encrypted_office import ADMIN_PASSWORD, encrypted_office

    monkeypatch.delenv("OPS_DESKTOP_PLAIN_TEST_DB")
    office = encrypted_office(tmp_path / "enc" / "ops.sqlite")
    office.services.close()
    target = new_db_url()
    # The tests' stand-in for the server may be an SQLite file: plain only by the test flag
    # (an office's move to another SQLite file is refused, test_cli_encryption_review.py).
    monkeypatch.setenv("OPS_DESKTOP_PLAIN_TEST_DB", "1")
    counts = move_to_server(office.file, target, key=office.key)
    assert counts["persons"] == 1 and counts["users"] == 2
    after = Services.open(target)
    try:
        assert after.accounts.sign_in("admin", ADMIN_PASSWORD).actor.user_id == \
            office.admin.user_id
        assert [u.login for u in after.office.users() if u.login == "desk"] == ["desk"]
    finally:
        after.close()
