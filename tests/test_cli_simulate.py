"""`ops-desktop simulate --db FILE --actions N --seed S`: an office's staff at work through
the services; refusals a person would see are counted, anything else is a bug."""

from __future__ import annotations

import json
import shutil
from pathlib import Path

import pytest

from ops_desktop.__main__ import main
from ops_desktop.domain.errors import ConflictError
from ops_desktop.domain.vocabulary import Role
from ops_desktop.services.context import Actor
from ops_desktop.services.demo import create_demo_office
from ops_desktop.services.hub import Services
from ops_desktop.services.persons import PersonService
from ops_desktop.services.simulation import WEIGHTS


@pytest.fixture
def office_file(services: Services) -> Path:
    """The demo office with a few households, closed."""
    create_demo_office(services, households=3)
    path = services.db.file
    assert path is not None
    services.close()
    return path


def _log(path: Path) -> list[dict[str, object]]:
    return [json.loads(line) for line in path.read_text(encoding="utf-8").splitlines()]


def _done(out: str) -> dict[str, int]:
    lines = [line.split(": ") for line in out.splitlines() if line.split(":")[0] in WEIGHTS]
    return {kind: int(n) for kind, n in lines}


def test_the_work_done_is_counted_logged_and_present(office_file: Path, tmp_path: Path,
                                                    capsys: pytest.CaptureFixture[str]) -> None:
    log = tmp_path / "praca.jsonl"
    assert main(["simulate", "--db", str(office_file), "--actions", "40", "--seed", "5",
                 "--log", str(log)]) == 0
    done = _done(capsys.readouterr().out)
    entries = _log(log)
    assert sum(done.values()) == len(entries) > 0
    assert {e["kind"] for e in entries} == {k for k, n in done.items() if n}
    registered = [r for e in entries if e["kind"] == "register" for r in e["rows"]]  # type: ignore[union-attr]
    services = Services.open(f"sqlite:///{office_file}")
    try:
        desk = Actor.of(next(u for u in services.office.users() if Role.FIRST_CONTACT in u.roles))
        for row in registered:
            assert services.persons.search(desk, row["values"]["pesel"])  # type: ignore[index]
    finally:
        services.close()
    # The log is appended to: a second run adds its own lines.
    assert main(["simulate", "--db", str(office_file), "--actions", "5", "--seed", "6",
                 "--log", str(log)]) == 0
    assert len(_log(log)) > len(entries)


def test_the_same_seed_on_the_same_database_does_the_same_work(
        office_file: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    copy = tmp_path / "kopia.sqlite"
    shutil.copy(office_file, copy)
    assert main(["simulate", "--db", str(office_file), "--actions", "30", "--seed", "9"]) == 0
    first = capsys.readouterr().out
    assert main(["simulate", "--db", str(copy), "--actions", "30", "--seed", "9"]) == 0
    second = capsys.readouterr().out

    def kinds(out: str) -> list[tuple[object, object]]:
        return [(e["kind"], e["login"]) for e in map(json.loads, (
            line for line in out.splitlines() if line.startswith("{")))]

    assert kinds(first) == kinds(second) and kinds(first)
    assert _done(first) == _done(second)


def test_a_refusal_a_person_sees_is_counted_by_its_code(
        office_file: Path, monkeypatch: pytest.MonkeyPatch,
        capsys: pytest.CaptureFixture[str]) -> None:
    def refused(*_: object, **__: object) -> None:
        raise ConflictError("person_changed")

    assert main(["simulate", "--db", str(office_file), "--actions", "3", "--seed", "3",
                 "--work", "register"]) == 0
    capsys.readouterr()
    monkeypatch.setattr(PersonService, "update_person", refused)
    assert main(["simulate", "--db", str(office_file), "--actions", "25", "--seed", "3",
                 "--work", "edit_phone"]) == 0
    out = capsys.readouterr().out
    assert "Odmowy (25): person_changed=25" in out
    assert "edit_phone: 0" in out


def test_any_other_error_is_a_bug_and_ends_the_command(
        office_file: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    def broken(*_: object, **__: object) -> None:
        raise RuntimeError("a bug")

    monkeypatch.setattr(PersonService, "register_household", broken)
    with pytest.raises(RuntimeError):
        main(["simulate", "--db", str(office_file), "--actions", "3", "--seed", "1",
              "--work", "register"])


def test_an_unknown_kind_of_work_is_refused(office_file: Path) -> None:
    assert main(["simulate", "--db", str(office_file), "--actions", "3", "--work",
                 "dancing"]) == 2
