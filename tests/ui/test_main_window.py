"""The main window: one tab per role, the user chooser, and a whole day's path across desks."""

from __future__ import annotations

from pathlib import Path

import pytest
from pytestqt.qtbot import QtBot

from ops_desktop.domain.vocabulary import Role
from ops_desktop.services.context import Actor
from ops_desktop.services.demo import create_demo_office
from ops_desktop.services.hub import Services
from ops_desktop.ui.main_window import MainWindow, main_role, visible_roles


def tab_titles(window: MainWindow) -> list[str]:
    return [window.tabs.tabText(i) for i in range(window.tabs.count())]


def test_each_user_sees_the_tabs_of_their_roles(qtbot: QtBot, services: Services, desk: Actor,
                                                benefits_worker: Actor, coordinator: Actor) -> None:
    for actor, titles in (
        (desk, ["Pierwszy kontakt"]),
        (benefits_worker, ["Świadczenia"]),
        (coordinator, ["Pierwszy kontakt", "Świadczenia", "Praca socjalna", "Usługi", "Koordynator"]),
    ):
        window = MainWindow(services, actor)
        qtbot.addWidget(window)
        assert tab_titles(window) == titles
        assert actor.full_name in window.windowTitle()


def test_several_roles_of_a_small_office(qtbot: QtBot, services: Services) -> None:
    user_id = services.office.add_user("multi", "Ewa Multi", "pracownik socjalny",
                                       frozenset({Role.FIRST_CONTACT, Role.SOCIAL_WORK}))
    actor = Actor.of(services.office.user(user_id))
    assert visible_roles(actor) == [Role.FIRST_CONTACT, Role.SOCIAL_WORK]
    window = MainWindow(services, actor)
    qtbot.addWidget(window)
    assert tab_titles(window) == ["Pierwszy kontakt", "Praca socjalna"]


def test_demo_office_window_with_every_tab_renders(qtbot: QtBot, tmp_path: Path) -> None:
    services = Services.open(f"sqlite:///{tmp_path / 'demo.sqlite'}")
    create_demo_office(services, households=20)
    head = next(u for u in services.office.users() if Role.COORDINATOR in u.roles)
    window = MainWindow(services, Actor.of(head))
    qtbot.addWidget(window)
    window.show()
    qtbot.waitExposed(window)
    for i in range(window.tabs.count()):
        window.tabs.setCurrentIndex(i)
        image = window.grab()
        assert not image.isNull() and image.width() > 800
    services.close()


@pytest.mark.parametrize("language", ["en"])
def test_english_screen_on_request(qtbot: QtBot, services: Services, coordinator: Actor,
                                   language: str) -> None:
    from PySide6.QtCore import QLocale
    from PySide6.QtWidgets import QApplication

    from ops_desktop.i18n import qt_locale

    app = QApplication.instance()
    assert app is not None
    installed = qt_locale.install(app, language)
    try:
        window = MainWindow(services, coordinator)
        qtbot.addWidget(window)
        assert tab_titles(window)[:2] == ["First contact", "Benefits"]
    finally:
        for translator in installed:
            app.removeTranslator(translator)
        QLocale.setDefault(QLocale(QLocale.Language.Polish))


def test_each_user_starts_on_the_tab_of_their_own_main_role(
        qtbot: QtBot, services: Services, desk: Actor, benefits_worker: Actor,
        coordinator: Actor) -> None:
    for actor, title in ((coordinator, "Koordynator"), (desk, "Pierwszy kontakt"),
                         (benefits_worker, "Świadczenia")):
        window = MainWindow(services, actor)
        qtbot.addWidget(window)
        window.show()
        assert window.tabs.tabText(window.tabs.currentIndex()) == title
        assert window.tabs.currentWidget() is window.tab_by_role.slots[main_role(actor)]
