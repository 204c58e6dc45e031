"""The administrator's commands on an encrypted office (cli/unlock.py): the demo file is
encrypted like a real one, and every command opens it with the PC's keyring slot, a login and
password, the recovery key, or a login typed at a terminal – or says in Polish why not."""

from __future__ import annotations

import contextlib
import io
import shutil
import sqlite3
from collections.abc import Iterator
from pathlib import Path

import keyring
import pytest
from keyring.backend import KeyringBackend

from ops_desktop.__main__ import main
from ops_desktop.cli.unlock import LOGIN_ENV, PASSWORD_ENV, RECOVERY_ENV
from ops_desktop.services import store_access
from ops_desktop.services.demo import DEMO_PASSWORD
from ops_desktop.storage import cipher
from ops_desktop.storage.key_slots import slots_file

HEAD, ADMIN, WORKER = "bzolkiewska", "rkrawczyk", "anowicka"


class MemoryKeyring(KeyringBackend):
    """The OS keyring of a test: what Windows Credential Manager keeps, in a dict."""

    priority = 1  # type: ignore[assignment]

    def __init__(self) -> None:
        super().__init__()
        self.items: dict[tuple[str, str], str] = {}

    def get_password(self, service: str, username: str) -> str | None:
        return self.items.get((service, username))

    def set_password(self, service: str, username: str, password: str) -> None:
        self.items[(service, username)] = password

    def delete_password(self, service: str, username: str) -> None:
        del self.items[(service, username)]


@pytest.fixture(scope="module")
def demo_file(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Path]:
    """One encrypted demo office made by the `demo` command, copied for each test."""
    db = tmp_path_factory.mktemp("encrypted") / "demo.sqlite"
    with pytest.MonkeyPatch.context() as mp:
        mp.delenv("OPS_DESKTOP_PLAIN_TEST_DB")
        with contextlib.redirect_stdout(io.StringIO()) as out:
            assert main(["demo", "--db", str(db), "--households", "6"]) == 0
    assert DEMO_PASSWORD in out.getvalue()  # the output says what opens it
    yield db


@pytest.fixture
def office(demo_file: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    """This test's copy of the encrypted demo office (the file and its key slots), with no
    way to open it given yet and no terminal to ask at."""
    monkeypatch.delenv("OPS_DESKTOP_PLAIN_TEST_DB")
    for name in (LOGIN_ENV, PASSWORD_ENV, RECOVERY_ENV):
        monkeypatch.delenv(name, raising=False)
    monkeypatch.setattr("sys.stdin", io.StringIO(""))
    db = tmp_path / "office.sqlite"
    assert not demo_file.with_name(demo_file.name + "-wal").exists()  # all in the file
    shutil.copy(demo_file, db)
    shutil.copy(slots_file(demo_file), slots_file(db))
    return db


@pytest.fixture
def memory_keyring() -> Iterator[MemoryKeyring]:
    before = keyring.get_keyring()
    backend = MemoryKeyring()
    keyring.set_keyring(backend)
    yield backend
    keyring.set_keyring(before)


def _signed_in_as(monkeypatch: pytest.MonkeyPatch, login: str,
                  password: str = DEMO_PASSWORD) -> None:
    monkeypatch.setenv(LOGIN_ENV, login)
    monkeypatch.setenv(PASSWORD_ENV, password)


def _rows(db: Path, sql: str, login: str = HEAD) -> list[tuple[object, ...]]:
    """What the encrypted file holds, read with the key a demo password unwraps."""
    key = store_access.unlock_with_password(f"sqlite:///{db}", login, DEMO_PASSWORD)
    with contextlib.closing(cipher.connect(db, key)) as conn:
        return conn.execute(sql).fetchall()


def _reads_every_act(db: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    """verify, print decisions and print contracts all run on the file as it is opened."""
    signed = _rows(db, "SELECT count(*) FROM decisions WHERE status = 'signed'")[0][0]
    assert signed > 0
    assert main(["verify", "--db", str(db)]) == 0
    assert "Łańcuch nienaruszony" in capsys.readouterr().out
    out = tmp_path / "decyzje"
    assert main(["print", "decisions", "--db", str(db), "--out", str(out)]) == 0
    assert len(list(out.glob("*.pdf"))) == signed
    assert main(["print", "contracts", "--db", str(db), "--out", str(tmp_path / "k")]) == 0
    assert "kontraktów socjalnych" in capsys.readouterr().out


def _verifies_but_prints_no_case(db: Path, tmp_path: Path,
                                 capsys: pytest.CaptureFixture[str]) -> None:
    """Opened by the administrator's means (the PC's keyring slot, the recovery key): the
    file is checked, but no case document is printed – that needs a person who may read it."""
    assert main(["verify", "--db", str(db)]) == 0
    assert "Łańcuch nienaruszony" in capsys.readouterr().out
    out = tmp_path / "decyzje"
    assert main(["print", "decisions", "--db", str(db), "--out", str(out)]) == 2
    assert "Wydruk dokumentów spraw wykonuje osoba" in capsys.readouterr().err
    assert not out.exists() or not list(out.iterdir())


def test_demo_file_is_encrypted_and_its_staff_password_opens_it(office: Path) -> None:
    with pytest.raises(sqlite3.DatabaseError, match="not a database"):
        with contextlib.closing(sqlite3.connect(office)) as conn:
            conn.execute("SELECT * FROM sqlite_master").fetchall()
    url = f"sqlite:///{office}"
    assert store_access.kind_of(url) is store_access.StoreKind.ENCRYPTED
    for login in (ADMIN, WORKER):
        assert store_access.unlock_with_password(url, login, DEMO_PASSWORD)
    assert _rows(office, "SELECT count(*) FROM users")[0][0] == 10


def test_commands_open_it_with_login_and_password_from_the_environment(
        office: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch,
        capsys: pytest.CaptureFixture[str]) -> None:
    before = _rows(office, "SELECT count(*) FROM audit_log WHERE action = 'sign_in'")[0][0]
    _signed_in_as(monkeypatch, HEAD)
    _reads_every_act(office, tmp_path, capsys)
    # print decisions and print contracts signed in, in the log; verify only read the file.
    signed_in = _rows(office, "SELECT count(*) FROM audit_log a JOIN users u ON u.id = "
                      "a.actor_id WHERE a.action = 'sign_in' AND u.login = 'bzolkiewska'")
    assert signed_in[0][0] - before == 2


def _new_recovery_key(office: Path, monkeypatch: pytest.MonkeyPatch,
                      capsys: pytest.CaptureFixture[str]) -> str:
    """The administrator makes a recovery key and signs out again: the key it printed."""
    _signed_in_as(monkeypatch, ADMIN)
    assert main(["recovery-key", "new", "--db", str(office)]) == 0
    key = capsys.readouterr().out.strip().splitlines()[-1]
    monkeypatch.delenv(LOGIN_ENV)
    monkeypatch.delenv(PASSWORD_ENV)
    return key


def test_commands_open_it_with_the_recovery_key(
        office: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch,
        capsys: pytest.CaptureFixture[str]) -> None:
    first = _new_recovery_key(office, monkeypatch, capsys)
    monkeypatch.setenv(RECOVERY_ENV, first.lower().replace("-", " "))  # as typed from paper
    _verifies_but_prints_no_case(office, tmp_path, capsys)
    # A new key from the old one: the old one opens nothing any more.
    assert main(["recovery-key", "new", "--db", str(office)]) == 0
    second = capsys.readouterr().out.strip().splitlines()[-1]
    assert second != first
    assert main(["verify", "--db", str(office)]) == 2
    assert "Nieprawidłowy klucz odzyskiwania" in capsys.readouterr().err
    monkeypatch.setenv(RECOVERY_ENV, second)
    assert main(["verify", "--db", str(office)]) == 0


def test_recovery_key_new_needs_an_administrator(
        office: Path, monkeypatch: pytest.MonkeyPatch,
        capsys: pytest.CaptureFixture[str]) -> None:
    slots_before = slots_file(office).read_text(encoding="utf-8")
    _signed_in_as(monkeypatch, WORKER)
    assert main(["recovery-key", "new", "--db", str(office)]) == 2
    captured = capsys.readouterr()
    assert "wykonuje administrator" in captured.err and "Traceback" not in captured.err
    assert captured.out == ""
    assert slots_file(office).read_text(encoding="utf-8") == slots_before


def test_a_bound_keyring_slot_opens_it_unattended(
        office: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch,
        capsys: pytest.CaptureFixture[str], memory_keyring: MemoryKeyring) -> None:
    _signed_in_as(monkeypatch, WORKER)
    assert main(["keyring", "bind", "--db", str(office)]) == 2  # an administrator binds
    assert "wykonuje administrator" in capsys.readouterr().err
    assert memory_keyring.items == {}
    _signed_in_as(monkeypatch, ADMIN)
    assert main(["keyring", "bind", "--db", str(office)]) == 0
    assert store_access.system_account() in capsys.readouterr().out
    bound = _rows(office, "SELECT a.changes, u.login FROM audit_log a LEFT JOIN users u ON "
                  "u.id = a.actor_id WHERE a.action = 'protection' AND a.changes LIKE "
                  "'%keyring%'")
    assert len(bound) == 1 and '"bound"' in str(bound[0][0]) and bound[0][1] == ADMIN
    # The scheduled task: nobody's password, no terminal.
    monkeypatch.delenv(LOGIN_ENV)
    monkeypatch.delenv(PASSWORD_ENV)
    _verifies_but_prints_no_case(office, tmp_path, capsys)
    # The PC's own slot does not prove an administrator: unbinding needs one.
    assert main(["keyring", "unbind", "--db", str(office)]) == 2
    assert "Otwórz ją jednym ze sposobów" in capsys.readouterr().err
    _signed_in_as(monkeypatch, ADMIN)
    assert main(["keyring", "unbind", "--db", str(office)]) == 0
    monkeypatch.delenv(LOGIN_ENV)
    monkeypatch.delenv(PASSWORD_ENV)
    assert main(["verify", "--db", str(office)]) == 2


def test_binding_without_a_reachable_os_keyring_is_said(
        office: Path, monkeypatch: pytest.MonkeyPatch,
        capsys: pytest.CaptureFixture[str]) -> None:
    from keyring.backends import fail

    before = keyring.get_keyring()
    keyring.set_keyring(fail.Keyring())
    try:
        slots_before = slots_file(office).read_text(encoding="utf-8")
        _signed_in_as(monkeypatch, ADMIN)
        assert main(["keyring", "bind", "--db", str(office)]) == 2
    finally:
        keyring.set_keyring(before)
    err = capsys.readouterr().err
    assert "Magazyn haseł systemu" in err and "Traceback" not in err
    assert slots_file(office).read_text(encoding="utf-8") == slots_before


# Every command that opens the store, with what it needs besides the store.
COMMANDS: dict[str, list[str]] = {
    "verify": ["verify", "--db", "{db}"],
    "print decisions": ["print", "decisions", "--db", "{db}", "--out", "{tmp}/d"],
    "print contracts": ["print", "contracts", "--db", "{db}", "--out", "{tmp}/k"],
    "backup": ["backup", "--db", "{db}", "--to", "{tmp}"],
    "reset-password": ["reset-password", "--db", "{db}", "--login", ADMIN],
    "simulate": ["simulate", "--db", "{db}", "--actions", "1"],
    "sync": ["sync", "--db", "{db}"],
    "office status": ["office", "status", "--db", "{db}"],
    "move-to-server": ["move-to-server", "--db", "{db}", "--to", "sqlite:///{tmp}/server.db"],
    "demo": ["demo", "--db", "{db}", "--households", "1"],
}


def _argv(name: str, db: Path, tmp_path: Path) -> list[str]:
    return [a.format(db=db, tmp=tmp_path) for a in COMMANDS[name]]


@pytest.mark.parametrize("name", sorted(COMMANDS))
def test_a_wrong_password_is_refused_in_polish(
        name: str, office: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch,
        capsys: pytest.CaptureFixture[str]) -> None:
    before = office.read_bytes()
    monkeypatch.setenv("OPS_DESKTOP_BACKUP_PASSPHRASE", "hasło kopii zapasowej")
    monkeypatch.setenv("OPS_DESKTOP_NEW_PASSWORD", "tymczasowe-haslo-1")
    _signed_in_as(monkeypatch, ADMIN, "to nie jest hasło")
    assert main(_argv(name, office, tmp_path)) == 2
    err = capsys.readouterr().err
    assert "Nieprawidłowy login lub hasło – bazy nie otwarto." in err
    assert "Traceback" not in err
    assert office.read_bytes() == before  # nothing written, not even to the log
    assert not list(tmp_path.glob("*.opsbackup")) and not (tmp_path / "server.db").exists()


@pytest.mark.parametrize("name", sorted(COMMANDS))
def test_nothing_to_open_it_with_names_the_three_ways(
        name: str, office: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch,
        capsys: pytest.CaptureFixture[str]) -> None:
    monkeypatch.setenv("OPS_DESKTOP_BACKUP_PASSPHRASE", "hasło kopii zapasowej")
    assert main(_argv(name, office, tmp_path)) == 2
    err = capsys.readouterr().err
    assert "Traceback" not in err
    if name.startswith("print"):  # case documents: only a person who may read them
        assert "Wydruk dokumentów spraw wykonuje osoba" in err
        assert LOGIN_ENV in err and PASSWORD_ENV in err
        return
    assert "jest zaszyfrowana" in err
    for way in (LOGIN_ENV, PASSWORD_ENV, RECOVERY_ENV, "keyring bind"):
        assert way in err


def test_a_switched_off_account_does_not_open_it(
        office: Path, monkeypatch: pytest.MonkeyPatch,
        capsys: pytest.CaptureFixture[str]) -> None:
    key = store_access.unlock_with_password(f"sqlite:///{office}", HEAD, DEMO_PASSWORD)
    with contextlib.closing(cipher.connect(office, key)) as conn:
        conn.execute("UPDATE users SET active = 0 WHERE login = ?", (WORKER,))
        conn.commit()
    _signed_in_as(monkeypatch, WORKER)
    assert main(["print", "decisions", "--db", str(office), "--out", "nowhere"]) == 2
    assert "Konto jest wyłączone" in capsys.readouterr().err
    failed = _rows(office, "SELECT count(*) FROM audit_log WHERE action = 'sign_in_failed'")
    assert failed[0][0] == 1  # the refused sign-in is in the log


class Terminal(io.StringIO):
    def isatty(self) -> bool:
        return True


def test_at_a_terminal_the_login_and_password_are_asked(
        office: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch,
        capsys: pytest.CaptureFixture[str]) -> None:
    monkeypatch.setattr("sys.stdin", Terminal(HEAD + "\n"))
    asked: list[str] = []
    monkeypatch.setattr("getpass.getpass", lambda prompt="": asked.append(prompt) or DEMO_PASSWORD)
    out = tmp_path / "d"
    assert main(["print", "decisions", "--db", str(office), "--out", str(out)]) == 0
    assert asked == ["Hasło: "] and "Login" in capsys.readouterr().err
    assert list(out.glob("*.pdf"))


def test_the_forgotten_admin_password_is_reset_with_the_recovery_key(
        office: Path, monkeypatch: pytest.MonkeyPatch,
        capsys: pytest.CaptureFixture[str]) -> None:
    url = f"sqlite:///{office}"
    key = store_access.unlock_with_password(url, ADMIN, DEMO_PASSWORD)
    recovery = store_access.add_recovery_key(url, key)
    monkeypatch.setenv(RECOVERY_ENV, recovery)
    monkeypatch.setenv("OPS_DESKTOP_NEW_PASSWORD", "nowe-haslo-admina")
    assert main(["reset-password", "--db", str(office), "--login", ADMIN]) == 0
    assert "Ustawiono tymczasowe hasło" in capsys.readouterr().out
    # The temporary password has its own slot: the administrator signs in with it.
    assert store_access.unlock_with_password(url, ADMIN, "nowe-haslo-admina") == key
    with pytest.raises(store_access.UnlockRefused):  # the forgotten one's slot is gone
        store_access.unlock_with_password(url, ADMIN, DEMO_PASSWORD)


def test_a_reset_keeps_the_roles_only_when_the_recovery_key_opened_the_file(
        office: Path, monkeypatch: pytest.MonkeyPatch,
        capsys: pytest.CaptureFixture[str]) -> None:
    url = f"sqlite:///{office}"
    recovery = store_access.add_recovery_key(
        url, store_access.unlock_with_password(url, ADMIN, DEMO_PASSWORD))
    roles = "SELECT roles FROM users WHERE login = 'bzolkiewska'"
    monkeypatch.setenv("OPS_DESKTOP_NEW_PASSWORD", "nowe-haslo-kierowniczki")
    monkeypatch.setenv(RECOVERY_ENV, recovery)
    assert main(["reset-password", "--db", str(office), "--login", HEAD]) == 0
    assert "coordinator" in str(_rows(office, roles, ADMIN))
    monkeypatch.delenv(RECOVERY_ENV)
    _signed_in_as(monkeypatch, ADMIN)
    assert main(["reset-password", "--db", str(office), "--login", HEAD]) == 0
    assert "czekają teraz na potwierdzenie" in capsys.readouterr().out
    assert "coordinator" not in str(_rows(office, roles, ADMIN))


def test_a_plain_file_opens_as_before_and_says_it_is_not_yet_encrypted(
        tmp_path: Path, monkeypatch: pytest.MonkeyPatch,
        capsys: pytest.CaptureFixture[str]) -> None:
    db = tmp_path / "plain.sqlite"
    assert main(["demo", "--db", str(db), "--households", "2"]) == 0  # the test flag: plain
    assert cipher.is_plain(db) and not slots_file(db).exists()
    capsys.readouterr()
    monkeypatch.delenv("OPS_DESKTOP_PLAIN_TEST_DB")
    assert main(["print", "decisions", "--db", str(db), "--out", str(tmp_path / "d")]) == 0
    err = capsys.readouterr().err
    assert err.count("\n") == 1 and "nie jest jeszcze zaszyfrowany" in err
    assert main(["verify", "--db", str(db)]) == 0
    assert "nie jest jeszcze zaszyfrowany" in capsys.readouterr().err
    assert cipher.is_plain(db)  # converted by the window, not by a command


def test_demo_with_generated_history_on_an_encrypted_file(
        tmp_path: Path, monkeypatch: pytest.MonkeyPatch,
        capsys: pytest.CaptureFixture[str]) -> None:
    monkeypatch.delenv("OPS_DESKTOP_PLAIN_TEST_DB")
    db = tmp_path / "city.sqlite"
    assert main(["demo", "--db", str(db), "--persons", "40"]) == 0
    assert "persons=40" in capsys.readouterr().out
    assert not cipher.is_plain(db)
    assert _rows(db, "SELECT count(*) FROM persons")[0][0] == 40
    _signed_in_as(monkeypatch, HEAD)
    assert main(["verify", "--db", str(db)]) == 0


def _backups_take_a_key() -> bool:
    import inspect

    from ops_desktop.storage.backup import write_backup

    return "key" in inspect.signature(write_backup).parameters


@pytest.mark.skipif(not _backups_take_a_key(),
                    reason="the backup of an encrypted file comes with the backup files' key "
                           "parameter (storage/backup.py), merged separately")
def test_backup_of_the_encrypted_file_signed_in_from_the_environment(
        office: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch,
        capsys: pytest.CaptureFixture[str]) -> None:
    usb = tmp_path / "usb"
    usb.mkdir()
    monkeypatch.setenv("OPS_DESKTOP_BACKUP_PASSPHRASE", "hasło kopii zapasowej")
    _signed_in_as(monkeypatch, ADMIN)
    assert main(["backup", "--db", str(office), "--to", str(usb)]) == 0
    assert "Zapisano i sprawdzono kopię" in capsys.readouterr().out
    made = list(usb.iterdir())
    assert len(made) == 1
    assert main(["verify-backup", "--from", str(made[0])]) == 0
    # The backup is in the log in the name of the administrator who signed in for it.
    noted = _rows(office, "SELECT u.login FROM audit_log a JOIN users u ON u.id = a.actor_id "
                  "WHERE a.action = 'backup'")
    assert noted == [(ADMIN,)]


def test_a_print_command_reads_as_who_signed_in_not_as_the_head(
        office: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch,
        capsys: pytest.CaptureFixture[str]) -> None:
    """The administrator (who reads no case content) and a desk worker sign in with their own
    password: the contracts (social work's narratives), the decisions and the payment lists
    (PESEL, bank accounts) are not theirs to print, and nothing is written; a benefits
    worker prints the payment lists, and the log names them, not the head."""
    for login in (ADMIN, WORKER):
        _signed_in_as(monkeypatch, login)
        for what in ("contracts", "decisions", "payment-lists"):
            out = tmp_path / f"{login}-{what}"
            assert main(["print", what, "--db", str(office), "--out", str(out)]) == 2
            assert "nie ma uprawnień" in capsys.readouterr().err
            assert not out.exists() or not list(out.iterdir())
    _signed_in_as(monkeypatch, "pzielinski")
    out = tmp_path / "listy"
    assert main(["print", "payment-lists", "--db", str(office), "--out", str(out)]) == 0
    assert "zatwierdzonych list wypłat" in capsys.readouterr().out
    viewed = _rows(office, "SELECT DISTINCT u.login FROM audit_log a JOIN users u ON "
                   "u.id = a.actor_id WHERE a.entity = 'payment_list' AND a.action = 'view'")
    assert ("pzielinski",) in viewed and (HEAD,) not in viewed


def test_the_recovery_key_does_not_print_case_content(
        office: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch,
        capsys: pytest.CaptureFixture[str]) -> None:
    monkeypatch.setenv(RECOVERY_ENV, _new_recovery_key(office, monkeypatch, capsys))
    out = tmp_path / "k"
    assert main(["print", "contracts", "--db", str(office), "--out", str(out)]) == 2
    assert not out.exists() or not list(out.iterdir())


def test_restore_unlocks_the_file_it_replaces_and_so_sees_it_is_still_open(
        office: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch,
        capsys: pytest.CaptureFixture[str]) -> None:
    """With a way to open the current file, `restore` first tests whether the program still
    has it open (what it wrote next would go into the file kept aside); with none, it says
    it could not check, and restores (a damaged file is what a restore is for)."""
    from ops_desktop.storage.database import open_database

    usb = tmp_path / "usb"
    usb.mkdir()
    monkeypatch.setenv("OPS_DESKTOP_BACKUP_PASSPHRASE", "hasło kopii zapasowej")
    _signed_in_as(monkeypatch, ADMIN)
    assert main(["backup", "--db", str(office), "--to", str(usb)]) == 0
    [made] = usb.iterdir()
    key = store_access.unlock_with_password(f"sqlite:///{office}", ADMIN, DEMO_PASSWORD)
    still_open = open_database(f"sqlite:///{office}", key=key)
    with still_open.session() as s:  # the program at work: a connection held
        s.connection()
        capsys.readouterr()
        assert main(["restore", "--db", str(office), "--from", str(made)]) == 1
    assert "otwarta w programie" in capsys.readouterr().err
    assert not list(tmp_path.glob("office.before-restore-*"))  # nothing replaced
    still_open.dispose()
    assert main(["restore", "--db", str(office), "--from", str(made)]) == 0
    assert list(tmp_path.glob("office.before-restore-*.sqlite"))

    for name in (LOGIN_ENV, PASSWORD_ENV):
        monkeypatch.delenv(name)
    capsys.readouterr()
    assert main(["restore", "--db", str(office), "--from", str(made)]) == 0
    said = capsys.readouterr().err
    assert "nie sprawdzono, czy program ma ją otwartą" in said
