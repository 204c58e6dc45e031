"""The program's start over an office's database encrypted at rest, driven as a person would:
a new office's set-up ends with the recovery key, an encrypted file is unlocked by the
sign-in dialog (or the recovery key), and a plain office is encrypted when its
administrator signs in."""

from __future__ import annotations

import io
import re
import sqlite3
from collections.abc import Callable
from contextlib import closing
from pathlib import Path

import pytest
from pypdf import PdfReader
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialog, QLabel, QLineEdit, QPlainTextEdit, QWizard
from pytestqt.qtbot import QtBot

from ops_desktop import app
from ops_desktop.domain.vocabulary import Role
from ops_desktop.services import store_access
from ops_desktop.services.accounts import NewAccount
from ops_desktop.services.context import Actor
from ops_desktop.services.demo import DEMO_PASSWORD, SETTINGS
from ops_desktop.services.hub import Services
from ops_desktop.storage import backup_file, cipher
from ops_desktop.storage.key_slots import slots_file
from ops_desktop.ui import recovery_key, unlock
from ops_desktop.ui.recovery_key import RecoveryKeyDialog
from ops_desktop.ui.setup_wizard import SetupWizard
from ops_desktop.ui.sign_in import SignInDialog
from ops_desktop.ui.unlock import LockedSignInDialog, RecoveryKeyEntry
from tests.ui.looking import keep_grab

LEFT = Qt.MouseButton.LeftButton
PASSWORD = "Kasztanowa-7-aleja"
WORKER_PASSWORD = "Jesienne-liscie-9"
KEY_PATTERN = re.compile(r"^[A-Z2-7]{4}(-[A-Z2-7]{4}){3}\n[A-Z2-7]{4}(-[A-Z2-7]{4}){3}$")


@pytest.fixture(autouse=True)
def encrypted_offices(monkeypatch: pytest.MonkeyPatch, messages: list[str]) -> None:
    """An office's database, as at an office: never plain (conftest's flag is for others).
    No message box may stop a test: what they would say is kept in `messages`."""
    monkeypatch.delenv(store_access.PLAIN_FLAG)
    monkeypatch.setattr("PySide6.QtWidgets.QMessageBox.critical",
                        lambda _parent, _title, text: messages.append(text))


def unreadable_by_sqlite(path: Path) -> bool:
    try:
        with closing(sqlite3.connect(path)) as conn:
            conn.execute("SELECT count(*) FROM sqlite_master").fetchone()
    except sqlite3.DatabaseError as exc:
        return "not a database" in str(exc)
    return False


@pytest.fixture
def locked_office(tmp_path: Path) -> Path:
    """The file of a set-up encrypted office, closed (the program is not running)."""
    db = tmp_path / "ops.sqlite"
    encrypted_office(db)
    return db


def table_counts(path: Path, key: bytes | None) -> dict[str, int]:
    with closing(cipher.connect(path, key)) as conn:
        tables = [r[0] for r in conn.execute(
            "SELECT name FROM sqlite_master WHERE type='table' AND name NOT LIKE 'sqlite_%'")]
        return {t: conn.execute(f'SELECT count(*) FROM "{t}"').fetchone()[0] for t in tables}


def type_into(qtbot: QtBot, widget: QLineEdit, text: str) -> None:
    widget.clear()
    qtbot.keyClicks(widget, text)


def signing_in(qtbot: QtBot, login: str, password: str,
               check: Callable[[SignInDialog], None] = lambda _dialog: None
               ) -> Callable[[SignInDialog], int]:
    """Stands in for the sign-in dialog's exec(): the person types and clicks "Zaloguj"."""

    def sign_in(dialog: SignInDialog) -> int:
        qtbot.addWidget(dialog)
        dialog.show()
        check(dialog)
        type_into(qtbot, dialog.login, login)
        type_into(qtbot, dialog.password, password)
        qtbot.mouseClick(dialog.ok, LEFT)
        return int(dialog.result())

    return sign_in


def keeping_the_key(qtbot: QtBot, shown: list[str]) -> Callable[[RecoveryKeyDialog], int]:
    """Stands in for the recovery key dialog's exec(): the key is read, kept and ticked."""

    def keep_key(dialog: RecoveryKeyDialog) -> int:
        qtbot.addWidget(dialog)
        dialog.show()
        shown.append(dialog.panel.key.text().replace("\n", "-"))
        assert not dialog.done_button.isEnabled()
        dialog.panel.kept.click()
        qtbot.mouseClick(dialog.done_button, LEFT)
        return int(dialog.result())

    return keep_key


def add_worker(services: Services, admin: Actor) -> None:
    """A desk worker who has already changed the administrator's temporary password."""
    services.accounts.create_account(admin, NewAccount(
        "anowicka", "Anna Nowicka", "", "tymczasowe-123", frozenset({Role.FIRST_CONTACT})))
    signed = services.accounts.sign_in("anowicka", "tymczasowe-123")
    services.accounts.change_password(signed.actor, "tymczasowe-123", WORKER_PASSWORD)


def encrypted_office(path: Path) -> str:
    """A set-up encrypted office with its administrator and a desk worker, closed."""
    url = f"sqlite:///{path}"
    key = store_access.new_office_key(url)
    assert key is not None
    services = Services.open(url, key)
    admin = services.accounts.set_up_office(
        SETTINGS, NewAccount("admin", "Robert Krawczyk", "informatyk", PASSWORD)).actor
    add_worker(services, admin)
    store_access.add_recovery_key(url, key)
    services.close()
    return url


def test_a_new_office_is_encrypted_and_its_set_up_ends_with_the_recovery_key(
        qtbot: QtBot, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    db = tmp_path / "ops.sqlite"
    saved_to = tmp_path / "sejf" / "klucz.pdf"
    saved_to.parent.mkdir()
    monkeypatch.setattr(recovery_key, "choose_sheet_file", lambda _parent, _name: str(saved_to))
    shown: list[str] = []

    def set_up(wizard: SetupWizard) -> int:
        qtbot.addWidget(wizard)
        wizard.show()
        for field in ("office_name", "office_place", "mayor_genitive", "appeal_body",
                      "appeal_body_address"):
            widget = wizard.office_page.inputs[field]
            assert isinstance(widget, QLineEdit)
            widget.setText(str(getattr(SETTINGS, field)))
        address = wizard.office_page.inputs["office_address"]
        assert isinstance(address, QPlainTextEdit)
        address.setPlainText(SETTINGS.office_address)
        wizard.next()
        page = wizard.admin_page
        type_into(qtbot, page.login, "admin")
        type_into(qtbot, page.full_name, "Robert Krawczyk")
        type_into(qtbot, page.password, PASSWORD)
        type_into(qtbot, page.repeat, PASSWORD)
        qtbot.mouseClick(wizard.button(QWizard.WizardButton.CommitButton), LEFT)
        recovery = wizard.recovery_page
        assert recovery is not None and wizard.currentPage() is recovery
        panel = recovery.panel
        shown.append(panel.key.text())
        assert KEY_PATTERN.match(panel.key.text()), panel.key.text()
        # Not finished until the key is kept: Finish is off, Esc and Cancel do nothing.
        finish = wizard.button(QWizard.WizardButton.FinishButton)
        assert not finish.isEnabled()
        qtbot.keyClick(wizard, Qt.Key.Key_Escape)
        wizard.reject()
        assert wizard.isVisible() and wizard.currentPage() is recovery
        assert not wizard.button(QWizard.WizardButton.BackButton).isEnabled() or \
            not wizard.button(QWizard.WizardButton.BackButton).isVisible()
        qtbot.mouseClick(panel.save_button, LEFT)
        assert str(saved_to) in panel.saved.text()
        qtbot.waitUntil(lambda: panel.saved.height() >= panel.saved.heightForWidth(
            panel.saved.width()))
        assert not wizard.button(QWizard.WizardButton.CancelButton).isVisible()
        keep_grab(wizard, "enc-gui-recovery-page.png")
        panel.kept.click()
        assert finish.isEnabled()
        qtbot.mouseClick(finish, LEFT)
        return int(wizard.result())

    monkeypatch.setattr(SetupWizard, "exec", set_up)
    opened = app.open_office(str(db), None, False)
    assert opened is not None
    services, signed = opened
    services.close()
    assert signed is not None and Role.ADMINISTRATOR in signed.actor.roles
    assert unreadable_by_sqlite(db) and slots_file(db).exists()
    key_on_screen = shown[0].replace("\n", "-")
    sheet = "".join(page.extract_text() for page in PdfReader(io.BytesIO(saved_to.read_bytes())).pages)
    for line in shown[0].splitlines():
        assert line in sheet
    assert "ops.sqlite" in sheet and SETTINGS.office_name in sheet and "sejfie" in sheet
    url = f"sqlite:///{db}"
    # What was shown is the recovery key, and the administrator's password opens the file.
    assert store_access.unlock_with_recovery(url, key_on_screen) == \
        store_access.unlock_with_password(url, "admin", PASSWORD)


def test_the_recovery_key_dialog_reads_well_and_prints_without_leaving_the_key_behind(
        qtbot: QtBot, opened: list[Path]) -> None:
    from ops_desktop.ui.recovery_key import NewRecoveryKey

    new_key = NewRecoveryKey(SETTINGS.on_paper(), "ops.sqlite",
                             "ABCD-EFGH-IJKL-MNOP-QRST-UVWX-YZ23-4567")
    dialog = RecoveryKeyDialog(new_key)
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitExposed(dialog)
    assert dialog.panel.key.text() == "ABCD-EFGH-IJKL-MNOP\nQRST-UVWX-YZ23-4567"
    # The key is read whole: wider than its text, in a font bigger than the form's.
    assert dialog.panel.key.width() >= dialog.panel.key.fontMetrics().horizontalAdvance(
        "ABCD-EFGH-IJKL-MNOP")
    assert dialog.panel.key.font().pointSize() > dialog.font().pointSize()
    dialog.reject()
    assert dialog.isVisible() and not dialog.done_button.isEnabled()
    keep_grab(dialog, "enc-gui-recovery-dialog.png")
    # "Drukuj…" hands the sheet to the PDF viewer from a temporary file, gone afterwards.
    qtbot.mouseClick(dialog.panel.print_button, LEFT)
    assert len(opened) == 1 and opened[0].exists()
    text = "".join(page.extract_text() for page in PdfReader(opened[0]).pages)
    assert "ABCD-EFGH-IJKL-MNOP" in text and "QRST-UVWX-YZ23-4567" in text
    dialog.panel.kept.click()
    qtbot.mouseClick(dialog.done_button, LEFT)
    assert dialog.result() == QDialog.DialogCode.Accepted
    assert not opened[0].exists()


def test_a_restart_unlocks_the_encrypted_file_at_sign_in(
        qtbot: QtBot, locked_office: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    db = locked_office

    def sign_in(dialog: LockedSignInDialog) -> int:
        qtbot.addWidget(dialog)
        dialog.show()
        assert dialog.services is None and "ops.sqlite" in dialog.windowTitle()
        type_into(qtbot, dialog.login, "anowicka")
        type_into(qtbot, dialog.password, "not-the-password")
        qtbot.mouseClick(dialog.ok, LEFT)
        # Said as over an open store; the login stays, the store stays locked.
        assert dialog.errors.text("password") == "Nieprawidłowy login lub hasło."
        assert dialog.login.text() == "anowicka" and dialog.password.text() == ""
        assert dialog.services is None and dialog.isVisible()
        keep_grab(dialog, "enc-gui-locked-sign-in.png")
        type_into(qtbot, dialog.password, WORKER_PASSWORD)
        qtbot.keyClick(dialog.password, Qt.Key.Key_Return)
        return int(dialog.result())

    monkeypatch.setattr(LockedSignInDialog, "exec", sign_in)
    opened = app.open_office(str(db), None, False)
    assert opened is not None
    services, signed = opened
    assert services is not None
    try:
        assert signed is not None and signed.actor.full_name == "Anna Nowicka"
        assert services.office.settings().office_name == SETTINGS.office_name
    finally:
        services.close()


def test_the_recovery_key_opens_the_store_and_sign_in_goes_on_over_it(
        qtbot: QtBot, locked_office: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    db, url = locked_office, f"sqlite:///{locked_office}"
    key = store_access.unlock_with_password(url, "admin", PASSWORD)
    recovery = store_access.add_recovery_key(url, key)  # the sheet in the safe
    # A colleague whose password has no slot here yet (made on another PC, say).
    services = Services.open(url, key)
    services.office.add_user("kwisniewska", "Katarzyna Wiśniewska", "",
                             frozenset({Role.BENEFITS}),
                             password_hash=services.accounts.hasher.hash(WORKER_PASSWORD))
    services.close()
    with pytest.raises(store_access.UnlockRefused):
        store_access.unlock_with_password(url, "kwisniewska", WORKER_PASSWORD)

    def enter_key(entry: RecoveryKeyEntry) -> bool:
        qtbot.addWidget(entry)
        entry.show()
        type_into(qtbot, entry.key, "AAAA-BBBB-CCCC-DDDD-EEEE-FFFF-GGGG-HHHH")
        qtbot.mouseClick(entry.ok, LEFT)
        assert entry.errors.text("recovery_key") == \
            "To nie jest klucz odzyskiwania tej bazy – sprawdź, czy przepisano go z właściwej kartki."
        assert entry.key.text() == "AAAA-BBBB-CCCC-DDDD-EEEE-FFFF-GGGG-HHHH"
        keep_grab(entry, "enc-gui-recovery-entry.png")
        type_into(qtbot, entry.key, recovery.lower().replace("-", " "))  # as typed from paper
        qtbot.mouseClick(entry.ok, LEFT)
        return entry.result() == QDialog.DialogCode.Accepted

    monkeypatch.setattr(unlock, "ask_recovery_key", enter_key)
    dialog = LockedSignInDialog(url, "kwisniewska")
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.mouseClick(dialog.recovery, LEFT)
    assert dialog.services is not None and not dialog.recovery.isVisible()
    assert SETTINGS.office_name in dialog.windowTitle()
    assert dialog.login.text() == "kwisniewska"
    type_into(qtbot, dialog.password, WORKER_PASSWORD)
    qtbot.mouseClick(dialog.ok, LEFT)
    assert dialog.result() == QDialog.DialogCode.Accepted and dialog.signed is not None
    dialog.services.close()
    # Signing in over the open store gave her a slot on this PC: next time her password opens it.
    assert store_access.unlock_with_password(url, "kwisniewska", WORKER_PASSWORD) == key


def test_a_damaged_key_file_is_said_and_the_recovery_key_offered(
        qtbot: QtBot, locked_office: Path) -> None:
    db, url = locked_office, f"sqlite:///{locked_office}"
    slots_file(db).write_text("{ not json", encoding="utf-8")
    dialog = LockedSignInDialog(url, "admin")
    qtbot.addWidget(dialog)
    dialog.show()
    type_into(qtbot, dialog.password, PASSWORD)
    qtbot.mouseClick(dialog.ok, LEFT)
    assert dialog.errors.text("password").startswith(
        "Plik kluczy obok bazy (z końcówką .keys) jest uszkodzony – spróbuj klucza odzyskiwania")
    assert dialog.services is None and dialog.recovery.isVisible()
    assert dialog.recovery.hasFocus() or dialog.focusWidget() is dialog.recovery


def test_a_plain_office_is_encrypted_after_its_administrator_signs_in(
        qtbot: QtBot, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(backup_file, "SCRYPT_N", 2**8)
    db = tmp_path / "ops.sqlite"
    url = f"sqlite:///{db}"
    services = Services.open(url)  # an office from before encryption: a plain file
    admin = services.accounts.set_up_office(
        SETTINGS, NewAccount("admin", "Robert Krawczyk", "informatyk", PASSWORD)).actor
    add_worker(services, admin)
    folder = tmp_path / "kopie"
    folder.mkdir()
    services.backups.configure(admin, folder, "dlugie-haslo-kopii-1")
    services.close()
    counted: dict[str, dict[str, int]] = {}
    convert = store_access.convert_plain_file

    def counting(path: Path, login: str, password: str) -> tuple[bytes, str]:
        # Every table's rows as the plain file held them when its conversion began.
        counted["plain"] = table_counts(path, None)
        return convert(path, login, password)

    monkeypatch.setattr(store_access, "convert_plain_file", counting)
    told: list[str] = []
    monkeypatch.setattr(unlock.QMessageBox, "information",
                        lambda _parent, _title, text: told.append(text))
    shown: list[str] = []
    monkeypatch.setattr(RecoveryKeyDialog, "exec", keeping_the_key(qtbot, shown))
    monkeypatch.setattr(SignInDialog, "exec", signing_in(qtbot, "admin", PASSWORD))
    opened = app.open_office(str(db), None, False)
    assert opened is not None
    services, signed = opened
    try:
        assert signed is not None and len(told) == 1 and "zaszyfrowana" in told[0]
        assert "kopię zapasową" in told[0]
        assert list(folder.glob("*.opsbak")), "no backup before the conversion"
        assert services.office.settings().office_name == SETTINGS.office_name  # works on
    finally:
        services.close()
    assert unreadable_by_sqlite(db)
    key = store_access.unlock_with_password(url, "admin", PASSWORD)
    assert store_access.unlock_with_recovery(url, shown[0]) == key
    assert counted["plain"]["users"] == 2 and counted["plain"]["audit_log"] > 0
    assert table_counts(db, key) == counted["plain"]


def test_a_worker_signing_in_to_a_plain_office_changes_nothing(
        qtbot: QtBot, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    db = tmp_path / "ops.sqlite"
    services = Services.open(f"sqlite:///{db}")
    admin = services.accounts.set_up_office(
        SETTINGS, NewAccount("admin", "Robert Krawczyk", "informatyk", PASSWORD)).actor
    add_worker(services, admin)
    services.close()
    told: list[str] = []
    monkeypatch.setattr(unlock.QMessageBox, "information",
                        lambda _parent, _title, text: told.append(text))
    monkeypatch.setattr(SignInDialog, "exec", signing_in(qtbot, "anowicka", WORKER_PASSWORD))
    opened = app.open_office(str(db), None, False)
    assert opened is not None
    services, signed = opened
    services.close()
    assert signed is not None and told == []
    assert not unreadable_by_sqlite(db) and not slots_file(db).exists()


def test_the_demo_office_is_encrypted_and_its_password_opens_it(
        qtbot: QtBot, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    from ops_desktop.services import demo

    db = tmp_path / "demo.sqlite"
    small = demo.create_demo_office
    monkeypatch.setattr(demo, "create_demo_office",
                        lambda services, **_kw: small(services, households=2))

    def hint_given(dialog: SignInDialog) -> None:
        hint = dialog.findChild(QLabel, "sign_in_hint")
        assert hint is not None and DEMO_PASSWORD in hint.text()

    sign_in = signing_in(qtbot, "anowicka", DEMO_PASSWORD, hint_given)
    monkeypatch.setattr(SignInDialog, "exec", sign_in)
    monkeypatch.setattr(LockedSignInDialog, "exec", sign_in)
    opened = app.open_office(str(db), None, True)
    assert opened is not None and opened[1] is not None
    opened[0].close()
    assert unreadable_by_sqlite(db)
    again = app.open_office(str(db), None, True)  # the next start: locked, the demo password opens it
    assert again is not None and again[1] is not None
    try:
        assert again[0].office.users()
    finally:
        again[0].close()


def test_a_missing_key_file_is_said_in_words_before_a_restore_is_offered(
        qtbot: QtBot, locked_office: Path, monkeypatch: pytest.MonkeyPatch,
        messages: list[str]) -> None:
    db = locked_office
    slots_file(db).unlink()  # copied to another PC without the file beside it
    offered: list[Path] = []

    def offer_restore(path: Path, parent: object = None) -> bool:
        offered.append(path)
        return False

    monkeypatch.setattr("ops_desktop.ui.recovery.offer_restore", offer_restore)
    assert app.open_office(str(db), None, False) is None
    assert messages[0].startswith("Brak pliku kluczy (nazwa bazy z końcówką .keys) obok pliku bazy")
    assert offered == [db]  # a backup may still bring the office back


def test_an_administrator_with_a_temporary_password_changes_it_and_the_new_one_opens_the_file(
        qtbot: QtBot, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    from ops_desktop.ui.sign_in import ChangePasswordDialog

    db = tmp_path / "ops.sqlite"
    url = f"sqlite:///{db}"
    services = Services.open(url)
    services.accounts.set_up_office(
        SETTINGS, NewAccount("admin", "Robert Krawczyk", "informatyk", "tymczasowe-123"))
    services.close()
    with closing(sqlite3.connect(db)) as conn:  # as after another administrator's reset
        conn.execute("UPDATE users SET must_change_password = 1")
        conn.commit()
    monkeypatch.setattr(unlock.QMessageBox, "information", lambda *_args: None)
    monkeypatch.setattr(RecoveryKeyDialog, "exec", keeping_the_key(qtbot, []))

    def change(dialog: ChangePasswordDialog) -> int:
        qtbot.addWidget(dialog)
        type_into(qtbot, dialog.old, "tymczasowe-123")
        type_into(qtbot, dialog.new, PASSWORD)
        type_into(qtbot, dialog.repeat, PASSWORD)
        qtbot.mouseClick(dialog.ok, LEFT)
        return int(dialog.result())

    monkeypatch.setattr(SignInDialog, "exec", signing_in(qtbot, "admin", "tymczasowe-123"))
    monkeypatch.setattr(ChangePasswordDialog, "exec", change)
    opened = app.open_office(str(db), None, False)
    assert opened is not None and opened[1] is not None
    opened[0].close()
    assert unreadable_by_sqlite(db)
    store_access.unlock_with_password(url, "admin", PASSWORD)
    with pytest.raises(store_access.UnlockRefused):
        store_access.unlock_with_password(url, "admin", "tymczasowe-123")


def test_closing_the_locked_sign_in_ends_the_start_with_nothing_opened(
        qtbot: QtBot, locked_office: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    db = locked_office

    def give_up(dialog: LockedSignInDialog) -> int:
        qtbot.addWidget(dialog)
        dialog.reject()
        return int(dialog.result())

    monkeypatch.setattr(LockedSignInDialog, "exec", give_up)
    # The program then ends quietly (exit 0), not as a store that could not be opened.
    assert app.open_office(str(db), None, False) == (None, None)
