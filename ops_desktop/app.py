"""Composition root: paths, store, migrations, locale, services and the main window."""

from __future__ import annotations

import importlib
import logging
import os
import sys
import tempfile
import threading
from pathlib import Path
from typing import TYPE_CHECKING

from ops_desktop import config
from ops_desktop.i18n import locale as app_locale

if TYPE_CHECKING:
    # The store's modules (SQLAlchemy, the models, every service) take most of a second to
    # load. An encrypted office's first window, the sign-in, needs none of them: they load
    # while it is shown (load_store_meanwhile), and are imported here where they are used.
    from PySide6.QtWidgets import QApplication

    from ops_desktop.services.accounts import SignedIn
    from ops_desktop.services.hub import Services
    from ops_desktop.ui.sign_in import SignInDialog

log = logging.getLogger(__name__)


def setup_logging() -> None:
    log_file = config.data_dir() / "ops_desktop.log"
    logging.basicConfig(
        level=logging.INFO,
        format="%(asctime)s %(levelname)s %(name)s: %(message)s",
        handlers=[logging.FileHandler(log_file, encoding="utf-8")],
    )


def open_services(db: str | None, key: bytes | None = None) -> Services:
    from ops_desktop.services.hub import Services

    return Services.open(config.database_url(db), key)


def load_store_meanwhile() -> threading.Thread:
    """Load the store's modules in the background while the sign-in dialog waits for the
    person: by the time the password is typed they are there, and the dialog showed at
    once. A module that fails to load here fails again, and is reported, where it is used."""

    def load() -> None:
        try:
            importlib.import_module("ops_desktop.services.hub")
            # The database drivers, which the dialog did without (storage/cipher.py).
            importlib.import_module("ops_desktop.storage.cipher").dbapi  # noqa: B018
            # Then the main window's and its tabs' modules (imports only: no widget is made
            # off the GUI thread) and the public holidays every deadline shown needs: 0.1 s
            # and 0.2 s less between "Zaloguj" and the window.
            window = importlib.import_module("ops_desktop.ui.main_window")
            window.tab_factories()
            from ops_desktop.domain import calendar, clock

            calendar.preload(clock.office_today())
        except Exception:  # noqa: BLE001  (reported by the import that needs it)
            log.warning("store modules not preloaded", exc_info=True)

    thread = threading.Thread(target=load, name="load-store-modules", daemon=True)
    thread.start()
    return thread


def ensure_demo(services: Services, default_demo_file: bool = False) -> bool:
    """Fill the store with the demo office unless it already holds people; True if filled."""
    from ops_desktop.services.demo import create_demo_office, refresh_demo_passwords

    if services.office.users():
        refresh_demo_passwords(services, default_demo_file)
        return False
    create_demo_office(services)
    return True


def run_gui(db: str | None, demo: bool, language: str | None, user_login: str | None) -> int:
    from PySide6.QtWidgets import QApplication

    from ops_desktop.i18n import qt_locale
    from ops_desktop.ui.about_dialog import program_icon

    lang = app_locale.choose(language)
    app_locale.apply_to_values(lang)
    app = QApplication.instance() or QApplication(sys.argv)
    app.setApplicationName("ops_desktop")
    app.setWindowIcon(program_icon())
    translators = qt_locale.install(app, lang)  # noqa: F841  # kept alive for the app's life
    default_demo_file = demo and db is None
    if default_demo_file:
        # The demo office lives in its own file, never in the office's real database
        # (not even the one OPS_DESKTOP_DB points at); only an explicit --db overrides.
        db = str(config.data_dir() / "demo.sqlite")
    opened = open_office(db, user_login, demo, default_demo_file)
    if opened is None:
        return 2
    services, signed = opened
    if services is None or signed is None:  # nobody signed in: the person closed the dialog
        if services is not None:
            services.close()
        return 0
    code = run_sessions(app, services, signed, demo)
    services.close()
    return code


def run_sessions(app: QApplication, services: Services, signed: SignedIn, demo: bool) -> int:
    """One main window per signed-in person, in turn. After "Wyloguj" / "Zmień użytkownika"
    the sign-in dialog comes back in the same program (a desk PC is shared); closing the
    window ends the program, which is logged as that person's sign-out."""
    from PySide6.QtCore import QTimer
    from PySide6.QtWidgets import QMessageBox

    from ops_desktop.services.accounts import SignedIn, SignOutWay
    from ops_desktop.ui import warm_up
    from ops_desktop.ui.backup_panel import BackupSchedule
    from ops_desktop.ui.file_check import FileCheck
    from ops_desktop.ui.main_window import MainWindow

    file_check: FileCheck | None = None
    previous: MainWindow | None = None
    while True:
        window = MainWindow(services, signed.actor)
        window.show()
        if previous is not None:
            previous.deleteLater()  # nothing of the last person's session is kept
        schedule = BackupSchedule(window, services.backups, signed.actor)
        schedule.start()
        warm_up.start(services, signed.actor)  # the tabs' first reads, off the GUI thread
        if file_check is None:
            # Reading a big file whole would compete with the first searches of the day; it
            # waits, and runs once a day's start, not at every change of user.
            file_check = FileCheck(window, services)
            file_check.setParent(None)
            QTimer.singleShot(FileCheck.DELAY_MS, file_check.start)
        file_check.window_ = window
        code = int(app.exec())
        if not window.signed_out:
            try:
                services.accounts.sign_out(signed.actor, SignOutWay.QUIT)
            except Exception as exc:  # the program is closing: never crash on the way out
                log.warning("sign-out at exit not logged: %s", exc)
            break
        schedule.timer.stop()
        previous = window
        if window.following is not None:  # the same person, unlocked with other roles
            signed = SignedIn(window.following, False)
            continue
        following = sign_in(services, None, demo)
        if following is None:  # nobody else signs in: the program ends
            break
        signed = following
    window.exchange.at_exit()  # this PC's last changes out before the backup and the end
    problem = schedule.at_exit()  # the backup on closing, when the office has set one up
    if problem:
        log.warning("backup at exit failed: %s", problem)
        QMessageBox.warning(None, "ops_desktop", problem)
    return code


def open_office(db: str | None, login: str | None, demo: bool, default_demo_file: bool = False
                ) -> tuple[Services | None, SignedIn | None] | None:
    """Open the store by what it is and sign the first person in; None when it cannot be
    opened (said why); no services when nobody unlocked an encrypted one.

    - no file yet: a new office, encrypted from its first byte (its key-slot file written
      first); the set-up wizard ends with the recovery key (the demo office has none);
    - an encrypted file: the sign-in dialog unlocks it with the person's own password or
      the recovery key, and only then opens it;
    - a plain file: opened as it is, and encrypted once an administrator signs in;
    - a server: opened as it is.
    """
    from ops_desktop.services import store_access
    from ops_desktop.services.store_access import StoreKind

    url = config.database_url(db)
    kind = store_access.kind_of(url)
    if kind is StoreKind.ENCRYPTED:
        unlocked, signed = sign_in_locked(url, login, demo)
        if unlocked is not None and demo:
            ensure_demo(unlocked, default_demo_file)
        return unlocked, signed
    key = store_access.new_office_key(url) if kind is StoreKind.NEW else None
    services = open_or_recover(db, key)
    if services is None:
        return None
    if demo:
        ensure_demo(services, default_demo_file)
    return first_sign_in(services, login, demo)


def open_or_recover(db: str | None, key: bytes | None = None) -> Services | None:
    """Open the store; a damaged file is offered a restore from the newest good backup."""
    from PySide6.QtWidgets import QMessageBox

    from ops_desktop.services.errors import StorageEnvironmentError, StorageProblem
    from ops_desktop.ui import labels
    from ops_desktop.ui.recovery import offer_restore

    url = config.database_url(db)
    for _attempt in range(2):
        try:
            return open_services(db, key)
        except StorageEnvironmentError as exc:
            path = sqlite_file(url)
            if exc.problem is StorageProblem.CORRUPT and path is not None and _attempt == 0:
                log.error("database %s is damaged: %s", path, exc.detail)
                if key is None and _lost_key_slots(path):
                    QMessageBox.critical(None, "ops_desktop", labels.error("key_slots_missing"))
                if offer_restore(path):
                    continue
            QMessageBox.critical(None, "ops_desktop",
                                 labels.error(exc.problem.value) + f"\n\n{exc.detail}")
            return None
    return None


def _lost_key_slots(path: Path) -> bool:
    """An encrypted-looking file without its key-slot file beside it: read without a key it
    is "damaged", but what it lacks may be the file of keys (or it is damage after all)."""
    from ops_desktop.storage import cipher
    from ops_desktop.storage.key_slots import slots_file

    return cipher.is_encrypted(path) and not slots_file(path).exists()


def sqlite_file(url: str) -> Path | None:
    from sqlalchemy.engine import make_url

    parsed = make_url(url)
    if parsed.get_backend_name() == "sqlite" and parsed.database and parsed.database != ":memory:":
        return Path(parsed.database)
    return None


def first_sign_in(services: Services, login: str | None, demo: bool
                  ) -> tuple[Services, SignedIn | None]:
    """The program's first sign-in. On an empty store the wizard may instead join this PC
    to an office that works on other PCs: the empty store is then replaced by the office's
    copy (ExchangeService.join_in_place closes it), and the office's people sign in to the
    joined one with their own logins. An administrator's first sign-in to a plain file
    encrypts it (ui/unlock.py), and the program goes on with the encrypted store."""
    from ops_desktop.services.accounts import SignedIn
    from ops_desktop.ui.recovery_key import EncryptedStore
    from ops_desktop.ui.setup_wizard import SetupWizard
    from ops_desktop.ui.unlock import encrypt_after_sign_in

    if not services.accounts.needs_setup():
        dialog = sign_in_dialog(services, login, demo)
        accepted = dialog.exec()
        signed, password = dialog.signed, dialog.password.text()
        dialog.password.clear()
        if not accepted or signed is None:
            return services, None
        if signed.must_change_password:  # the new password, not the temporary one, gets the slot
            changed = _change_temporary_password(services, signed)
            if changed is None:
                return services, None
            signed, password = SignedIn(signed.actor, False), changed
        # The password just typed gives the administrator's key slot; it is not kept.
        services = encrypt_after_sign_in(services, services.db.url, signed,
                                         dialog.login.text(), password)
        return services, signed
    key = services.db.key
    wizard = SetupWizard(services, EncryptedStore(services.db.url, key) if key else None)
    accepted = wizard.exec()
    if wizard.joined is not None:  # whoever joined signed in with the join
        if wizard.joined_as is not None:
            return wizard.joined, _after_sign_in(wizard.joined, wizard.joined_as)
        return wizard.joined, sign_in(wizard.joined, login, demo)
    if not accepted:
        return services, None
    return services, _after_sign_in(services, wizard.signed)


def sign_in_locked(url: str, login: str | None, demo: bool
                   ) -> tuple[Services | None, SignedIn | None]:
    """An encrypted store: the sign-in dialog opens it. Nothing when nobody signed in (the
    store, if a key opened it, is closed again); a store that would not open was said in
    the dialog, where the person could try again."""
    from ops_desktop.ui.first_paint import after_first_paint
    from ops_desktop.ui.unlock import LockedSignInDialog

    dialog = LockedSignInDialog(url, login or "", demo_hint(demo))
    after_first_paint(dialog, load_store_meanwhile)
    accepted = dialog.exec()
    services = dialog.services
    dialog.password.clear()
    if services is None:
        return None, None
    if not accepted or dialog.signed is None:
        services.close()
        return None, None
    return services, _after_sign_in(services, dialog.signed)


def demo_hint(demo: bool) -> str:
    if not demo:
        return ""
    from PySide6.QtCore import QCoreApplication

    from ops_desktop.services.demo import DEMO_PASSWORD

    return QCoreApplication.translate(
        "app", "Biuro demonstracyjne: loginy np. anowicka, kwisniewska, bzolkiewska, "
        "rkrawczyk, iszymanska; hasło: %1").replace("%1", DEMO_PASSWORD)


def sign_in_dialog(services: Services, login: str | None, demo: bool) -> SignInDialog:
    from ops_desktop.ui.sign_in import SignInDialog

    return SignInDialog(services, login or "", demo_hint(demo))


def sign_in(services: Services, login: str | None, demo: bool) -> SignedIn | None:
    """The set-up wizard on an empty store, else the sign-in dialog; then a forced password
    change after a temporary password. None when the person gives up."""
    from ops_desktop.ui.setup_wizard import SetupWizard

    signed: SignedIn | None
    if services.accounts.needs_setup():
        wizard = SetupWizard(services)
        signed = wizard.signed if wizard.exec() else None
    else:
        dialog = sign_in_dialog(services, login, demo)
        signed = dialog.signed if dialog.exec() else None
        dialog.password.clear()
    return _after_sign_in(services, signed)


def _after_sign_in(services: Services, signed: SignedIn | None) -> SignedIn | None:
    """A temporary password is changed before anything else."""
    if signed is not None and signed.must_change_password:
        if _change_temporary_password(services, signed) is None:
            return None
    return signed


def _change_temporary_password(services: Services, signed: SignedIn) -> str | None:
    """The forced change; the new password (for a key slot made next), None if given up."""
    from ops_desktop.ui.sign_in import ChangePasswordDialog

    dialog = ChangePasswordDialog(services, signed.actor, forced=True)
    if not dialog.exec():
        return None
    password = dialog.new.text()
    for field in (dialog.old, dialog.new, dialog.repeat):
        field.clear()
    return password


def encrypted_store(folder: Path) -> str:
    """SQLCipher, the key slots and Argon2 together: a store is made encrypted, set up,
    closed, unlocked by its administrator's password, and plain SQLite reads nothing of it.
    (The key is made here, not by new_office_key: the tests' flag for plain files must not
    turn this check into a plain one.)"""
    import sqlite3
    from contextlib import closing

    from ops_desktop.services import store_access
    from ops_desktop.services.accounts import NewAccount
    from ops_desktop.services.demo import SETTINGS
    from ops_desktop.services.hub import Services
    from ops_desktop.storage import cipher
    from ops_desktop.storage.key_slots import KeySlots

    path = folder / "self-test-encrypted.sqlite"
    url = "sqlite:///" + str(path)
    key = cipher.new_key()
    KeySlots.new(path, key).save()
    password = "self-test-Haslo-1"
    services = Services.open(url, key)
    try:
        services.accounts.set_up_office(SETTINGS, NewAccount("admin", "Self Test", "", password))
        store_access.add_recovery_key(url, key)
    finally:
        services.close()
    unlocked = Services.open(url, store_access.unlock_with_password(url, "admin", password))
    try:
        users = len(unlocked.office.users())
    finally:
        unlocked.close()
    try:
        with closing(sqlite3.connect(path)) as conn:
            conn.execute("SELECT count(*) FROM sqlite_master").fetchone()
    except sqlite3.DatabaseError:
        return f"ok ({users} user, unreadable without the key)"
    raise AssertionError("plain SQLite read the encrypted file")


def self_test() -> int:
    """Smoke test for a fresh install or a packaged build: everything a missing file breaks.

    Store and migrations, law parameters and fonts (a decision PDF), argon2 and cryptography
    (native libraries), SQLCipher and the key slots (an encrypted store), babel's locale
    data, the audit chain, the English translation, the main window and the modules it
    loads on demand, and printing (QtPrintSupport, a page painted to a PDF printer). Prints
    one line; non-zero on a failure.
    """
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    import datetime as dt
    import importlib
    from collections.abc import Callable
    from decimal import Decimal

    from PySide6.QtCore import QLocale
    from PySide6.QtWidgets import QApplication

    from ops_desktop.domain import calendar
    from ops_desktop.i18n import format as fmt
    from ops_desktop.i18n import qt_locale
    from ops_desktop.services.context import Actor
    from ops_desktop.services.demo import DEMO_PASSWORD, create_demo_office
    from ops_desktop.services.hub import Services
    from ops_desktop.storage import audit, backup, backup_file

    results: list[str] = []
    failures: list[str] = []

    def check(name: str, step: Callable[[], str]) -> None:
        # Every step runs even after a failure, so one run names every missing part.
        try:
            results.append(f"{name} {step()}")
        except Exception as exc:  # a smoke test reports whatever breaks
            failures.append(f"{name}: {type(exc).__name__}: {exc}")

    def expect(condition: bool, problem: str) -> None:
        if not condition:
            raise AssertionError(problem)

    with tempfile.TemporaryDirectory() as tmp:
        services: Services | None = None
        try:
            services = Services.open("sqlite:///" + str(Path(tmp) / "self-test.sqlite"))
            counts = create_demo_office(services, households=20)
            head = next(u for u in services.office.users() if u.login == "bzolkiewska")
            actor = Actor.of(head)

            def decision_pdf() -> str:
                ids = services.decisions.signed_ids(actor)
                any_id = ids or [d.id for d in services.decisions.page(actor, limit=1)]
                expect(bool(any_id), "no decision in the demo office")
                pdf = services.decisions.render(actor, any_id[0])
                expect(pdf.startswith(b"%PDF"), "the decision is not a PDF")
                return f"ok ({counts['persons']} persons, PDF {len(pdf)} bytes)"

            def passwords() -> str:
                hashed = services.accounts.hasher.hash("self-test password")
                expect(services.accounts.hasher.verify(hashed, "self-test password"),
                       "argon2 rejected its own hash")
                signed = services.accounts.sign_in(head.login, DEMO_PASSWORD)
                expect(signed.actor.user_id == head.id, "signed in as someone else")
                return "ok"

            def encrypted_backup() -> str:
                db_file = services.db.file
                if db_file is None:
                    raise AssertionError("the store is not a file")
                folder = Path(tmp) / "backups"
                folder.mkdir()
                info = backup.write_backup(db_file, folder, "self-test passphrase",
                                           dt.datetime.now(), key=services.db.key)
                checked = backup.verify_backup(info.file, "self-test passphrase",
                                               work_dir=Path(tmp))
                expect(checked.verified and checked.rows > 0, "the backup did not verify")
                return f"ok ({checked.rows} rows)"

            def audit_chain() -> str:
                with services.db.engine.connect() as conn:
                    report = audit.verify_chain(conn)
                expect(report.ok and report.checked > 0, f"chain not intact: {report}")
                return f"ok ({report.checked} entries)"

            def locale_data() -> str:
                day, amount = dt.date(2026, 11, 22), Decimal("1234.5")
                pl = f"{fmt.date_long(day, locale='pl_PL')} {fmt.money(amount, locale='pl_PL')}"
                en = f"{fmt.date_long(day, locale='en_GB')} {fmt.money(amount, locale='en_GB')}"
                expect("listopada" in pl and "November" in en, f"wrong dates: {pl} / {en}")
                expect(calendar.is_holiday(dt.date(2026, 11, 11)), "no Polish holidays")
                return "ok"

            scrypt_n = backup_file.SCRYPT_N
            backup_file.SCRYPT_N = 2**10  # a smoke test, not a real backup: cheap key stretch
            try:
                check("decision", decision_pdf)
                check("passwords", passwords)
                check("backup", encrypted_backup)
                check("audit", audit_chain)
                check("locale", locale_data)
            finally:
                backup_file.SCRYPT_N = scrypt_n

            app = QApplication.instance() or QApplication([])

            def lazy_modules() -> str:
                from ops_desktop.cli import COMMANDS

                names = ["ops_desktop.ui.admin.tab", "ops_desktop.ui.audit_tab",
                         "ops_desktop.ui.social_work.tab", "ops_desktop.ui.backup_panel"]
                for name in names + [f"ops_desktop.cli.{c}" for c in COMMANDS]:
                    importlib.import_module(name)
                return f"ok ({len(names) + len(COMMANDS)})"

            def translation() -> str:
                default = QLocale()
                translators = qt_locale.install(app, "en")
                try:
                    own = [t for t in translators if "ops_desktop_en" in t.filePath()]
                    expect(bool(own) and not own[0].isEmpty(), "no English translation found")
                    return f"ok ({len(translators)} translators)"
                finally:
                    # In-process callers (the tests) keep the Polish screen afterwards.
                    for translator in translators:
                        app.removeTranslator(translator)
                    QLocale.setDefault(default)

            def main_window() -> str:
                from ops_desktop.ui.main_window import MainWindow

                window = MainWindow(services, actor)
                window.show()
                app.processEvents()
                for i in range(window.tabs.count()):  # each tab is built when first shown
                    window.tabs.setCurrentIndex(i)
                    app.processEvents()
                tabs = window.tabs.count()
                window.close()
                expect(tabs > 0, "the main window has no tabs")
                return f"ok ({tabs} tabs)"

            def icon_and_version() -> str:
                from ops_desktop.about import about
                from ops_desktop.ui.about_dialog import program_icon

                expect(not program_icon().isNull(), "no program icon")
                info = about()
                return f"ok ({info.version}, law from {info.law_valid_from})"

            def server_driver() -> str:
                # Reported, not required: a plain `pip install .` runs an office on SQLite
                # files; the bundle and the `postgres` extra carry the driver for a server.
                try:
                    driver = importlib.import_module("psycopg")
                except ImportError:
                    return "not installed (pip install \"ops-desktop[postgres]\")"
                from ops_desktop.storage.database import server_dialect_loads

                expect(server_dialect_loads(), "SQLAlchemy's PostgreSQL dialect did not load")
                return f"ok (psycopg {driver.__version__}, {driver.pq.__impl__})"

            def printing() -> str:
                # The print centre's path: QtPrintSupport loads, and a decision's page is
                # painted to a QPrinter in PdfFormat whose file holds the decision's text.
                from ops_desktop.ui.print_job import print_to_pdf_file

                ids = services.decisions.signed_ids(actor)
                any_id = ids or [d.id for d in services.decisions.page(actor, limit=1)]
                pdf = services.decisions.render(actor, any_id[0])
                pages, text = print_to_pdf_file(pdf, str(Path(tmp) / "printed.pdf"))
                expect(pages >= 1 and "DECYZJA" in text, "the printed page holds no decision")
                return f"ok ({pages} pages)"

            check("encrypted store", lambda: encrypted_store(Path(tmp)))
            check("server driver", server_driver)
            check("modules", lazy_modules)
            check("about", icon_and_version)
            check("translation", translation)
            check("window", main_window)
            check("printing", printing)
        except Exception as exc:  # the store or the demo office itself could not be made
            failures.append(f"store: {type(exc).__name__}: {exc}")
        finally:
            if services is not None:
                services.close()
    # Which copy of the fonts, law data and translations ran: the installed package's, the
    # bundle's or a checkout's – so a stray checkout on the path cannot hide a broken install.
    where = f"resources: {config.resources_root()}"
    line = ("self-test FAILED: " + "; ".join(failures) if failures
            else "self-test ok: " + ", ".join(results))
    if sys.stdout is None:
        # A windowed build on Windows has no console: leave the lines where they can be read.
        (config.data_dir() / "self-test.txt").write_text(f"{where}\n{line}\n", encoding="utf-8")
    else:
        print(where)
        print(line, file=sys.stderr if failures else sys.stdout)
    return 1 if failures else 0
