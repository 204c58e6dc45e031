"""Composition root: paths, store, migrations, locale, services and the main window."""

from __future__ import annotations

import logging
import os
import sys
import tempfile
from pathlib import Path

from ops_desktop import config
from ops_desktop.i18n import locale as app_locale
from ops_desktop.services.hub import Services

log = logging.getLogger(__name__)


def setup_logging() -> None:
    log_file = config.data_dir() / "ops_desktop.log"
    logging.basicConfig(
        level=logging.INFO,
        format="%(asctime)s %(levelname)s %(name)s: %(message)s",
        handlers=[logging.FileHandler(log_file, encoding="utf-8")],
    )


def open_services(db: str | None) -> Services:
    return Services.open(config.database_url(db))


def ensure_demo(services: Services) -> bool:
    """Fill the store with the demo office unless it already holds people; True if filled."""
    from ops_desktop.services.demo import create_demo_office

    if services.office.users():
        return False
    create_demo_office(services)
    return True


def run_gui(db: str | None, demo: bool, language: str | None, user_login: str | None) -> int:
    from PySide6.QtWidgets import QApplication, QMessageBox

    from ops_desktop.i18n import qt_locale
    from ops_desktop.services.context import Actor
    from ops_desktop.services.errors import StorageEnvironmentError
    from ops_desktop.ui import labels
    from ops_desktop.ui.main_window import MainWindow, UserChooser

    lang = app_locale.choose(language)
    app_locale.apply_to_values(lang)
    app = QApplication.instance() or QApplication(sys.argv)
    app.setApplicationName("ops_desktop")
    translators = qt_locale.install(app, lang)  # noqa: F841  # kept alive for the app's life
    if demo and db is None:
        # The demo office lives in its own file, never in the office's real database
        # (not even the one OPS_DESKTOP_DB points at); only an explicit --db overrides.
        db = str(config.data_dir() / "demo.sqlite")
    try:
        services = open_services(db)
        if demo:
            ensure_demo(services)
    except StorageEnvironmentError as exc:
        QMessageBox.critical(None, "ops_desktop", labels.error(exc.problem.value) + f"\n\n{exc.detail}")
        return 2
    users = services.office.users()
    if not users:
        QMessageBox.information(
            None, "ops_desktop",
            QApplication.translate("app", "Baza nie ma jeszcze użytkowników. Uruchom program z "
                                   "opcją --demo albo utwórz biuro poleceniem 'ops-desktop demo'."))
        return 1
    chosen = next((u for u in users if u.login == user_login), None)
    if chosen is None:
        chooser = UserChooser(users)
        if chooser.exec() != UserChooser.DialogCode.Accepted or chooser.chosen() is None:
            return 0
        chosen = chooser.chosen()
    assert chosen is not None
    window = MainWindow(services, Actor.of(chosen))
    window.show()
    code = app.exec()
    services.close()
    return int(code)


def self_test() -> int:
    """Smoke test for a fresh install or a packaged build: store, paper and window all work."""
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    from PySide6.QtWidgets import QApplication

    from ops_desktop.services.context import Actor
    from ops_desktop.services.demo import create_demo_office
    from ops_desktop.ui.main_window import MainWindow

    with tempfile.TemporaryDirectory() as tmp:
        url = "sqlite:///" + str(Path(tmp) / "self-test.sqlite")
        services = Services.open(url)
        counts = create_demo_office(services, households=20)
        head = next(u for u in services.office.users() if u.login == "bzolkiewska")
        actor = Actor.of(head)
        ids = services.decisions.signed_ids(actor)
        any_decision = ids or [d.id for d in services.decisions.page(actor, limit=1)]
        pdf = services.decisions.render(actor, any_decision[0]) if any_decision else b""
        if not pdf.startswith(b"%PDF"):
            print("self-test: no decision could be rendered", file=sys.stderr)
            return 1
        app = QApplication.instance() or QApplication([])
        window = MainWindow(services, actor)
        window.show()
        app.processEvents()
        tabs = window.tabs.count()
        window.close()
        services.close()
    print(f"self-test ok: {counts['persons']} persons, {len(ids)} signed decisions, "
          f"decision PDF {len(pdf)} bytes, main window with {tabs} tabs")
    return 0
