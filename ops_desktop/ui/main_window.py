"""The main window: one tab per role the user holds, a status bar saying who works here."""

from __future__ import annotations

import uuid
from collections.abc import Callable, Iterator, Mapping

from PySide6.QtCore import QCoreApplication
from PySide6.QtGui import QAction, QCloseEvent, QKeySequence
from PySide6.QtWidgets import (
    QDialog,
    QLabel,
    QMainWindow,
    QTabWidget,
    QWidget,
)

from ops_desktop.domain.vocabulary import Role
from ops_desktop.services.accounts import SignOutWay
from ops_desktop.services.context import Actor
from ops_desktop.services.hub import Services
from ops_desktop.ui import guard, labels
from ops_desktop.ui.bus import Bus
from ops_desktop.ui.lazy_page import LazyPage, build_when_shown

TabFactory = Callable[[Services, Actor, Bus], QWidget]


def tab_factories() -> list[tuple[Role, TabFactory]]:
    # Imported on first use so `--help` and the CLI never pay for the widgets.
    from ops_desktop.ui.admin.tab import AdminTab
    from ops_desktop.ui.audit_tab import AuditTab
    from ops_desktop.ui.benefits.tab import BenefitsTab
    from ops_desktop.ui.coordinator.tab import CoordinatorTab
    from ops_desktop.ui.first_contact.tab import FirstContactTab
    from ops_desktop.ui.services_team.tab import ServicesTab
    from ops_desktop.ui.social_work.tab import SocialWorkTab

    return [
        (Role.FIRST_CONTACT, FirstContactTab),
        (Role.BENEFITS, BenefitsTab),
        (Role.SOCIAL_WORK, SocialWorkTab),
        (Role.SERVICES, ServicesTab),
        (Role.COORDINATOR, CoordinatorTab),
        (Role.ADMINISTRATOR, AdminTab),
        (Role.AUDITOR, AuditTab),
    ]


def visible_roles(actor: Actor) -> list[Role]:
    """The coordinator supervises every team, so sees every team's tab; others see their own.

    Administration and the audit log are separate duties: only their holders see those tabs.
    """
    supervised = {Role.FIRST_CONTACT, Role.BENEFITS, Role.SOCIAL_WORK, Role.SERVICES}
    if Role.COORDINATOR in actor.roles:
        return [r for r in Role if r in supervised or r in actor.roles]
    return [r for r in Role if r in actor.roles]


def main_role(actor: Actor) -> Role | None:
    """The role whose tab a user starts on: the head's own work before the teams' tabs
    they supervise; otherwise the first of their roles in the tabs' order."""
    if Role.COORDINATOR in actor.roles:
        return Role.COORDINATOR
    return next((r for r in Role if r in actor.roles), None)


class _TabsByRole(Mapping[Role, QWidget]):
    """`window.tab_by_role[role]` is the role's tab, built on first use."""

    def __init__(self) -> None:
        self.slots: dict[Role, LazyPage] = {}

    def __getitem__(self, role: Role) -> QWidget:
        return self.slots[role].page()

    def __contains__(self, role: object) -> bool:
        return role in self.slots  # asking builds nothing

    def __iter__(self) -> Iterator[Role]:
        return iter(self.slots)

    def __len__(self) -> int:
        return len(self.slots)


class MainWindow(QMainWindow):
    def __init__(self, services: Services, actor: Actor) -> None:
        super().__init__()
        self.services, self.actor = services, actor
        self.bus = Bus(self)
        office = services.office.settings()
        self.setWindowTitle(self.tr("%1 – %2").replace("%1", office.office_name)
                            .replace("%2", actor.full_name))
        self.resize(1280, 800)
        # The style's own tab padding clips the accent of Ś/Ó/Ż on tabs not selected
        # ("Świadczenia" read "Swiadczenia"); a little more room keeps Polish capitals whole.
        # Set on the tab bar alone: a style sheet on the window would send every widget of
        # every tab through Qt's style-sheet machinery, which made building a tab slower.
        self.tabs = QTabWidget()
        self.tabs.tabBar().setStyleSheet("QTabBar::tab { padding: 6px 12px; }")
        self.tabs.setObjectName("role_tabs")
        self.tab_by_role = _TabsByRole()
        roles = visible_roles(actor)
        for role, factory in tab_factories():
            if role in roles:
                # Building all five tabs (each reading its lists from the store) took longer than
                # the rest of the start together: only the tab shown first is built before the
                # window appears.
                slot = LazyPage(lambda f=factory: f(services, actor, self.bus))
                self.tab_by_role.slots[role] = slot
                self.tabs.addTab(slot, labels.vocab(labels.ROLES, role.value))
        # Chosen before any tab is built: the head starts on Koordynator, not on the desk's
        # tab (which would also be built for nothing).
        own = main_role(actor)
        if own in self.tab_by_role.slots:
            self.tabs.setCurrentWidget(self.tab_by_role.slots[own])
        build_when_shown(self.tabs)
        self.setCentralWidget(self.tabs)
        from ops_desktop.ui.exchange_controller import ExchangeController

        self.exchange = ExchangeController(self, services.exchange, self.bus)
        self._menus()
        self.statusBar().addPermanentWidget(QLabel(self.tr("Zalogowano: %1 (%2)")
                                                   .replace("%1", actor.full_name)
                                                   .replace("%2", actor.position)))
        # A PC of an office exchanges by itself from now on; a standalone PC shows nothing.
        self.statusBar().addPermanentWidget(self.exchange.label)
        self.bus.exchanged.connect(lambda _status: self._exchange_actions(self.exchange.active))
        self._exchange_actions(self.exchange.start())
        self.bus.open_person.connect(self._open_person)
        self.bus.open_application.connect(self._open_application)
        from ops_desktop.ui.idle_lock import IdleLock

        self.idle_lock = IdleLock(services, actor, services.accounts.idle_lock_minutes(), self)
        self.idle_lock.switch_requested.connect(self.switch_from_lock)
        self.idle_lock.roles_changed.connect(self.roles_changed)
        # Set when the person signed out: the program then asks for the next sign-in
        # instead of ending (app.py).
        self.signed_out = False
        # Set when the same person goes on with other roles (after an unlock): app.py opens
        # the next window for them without another sign-in.
        self.following: Actor | None = None

    def _menus(self) -> None:
        menu = self.menuBar().addMenu(self.tr("&Plik"))
        self.sync_action = QAction(self.tr("&Synchronizuj teraz"), self)
        self.sync_action.setObjectName("sync_now")
        self.sync_action.setShortcut(QKeySequence("F9"))
        self.sync_action.setToolTip(self.tr("Wymień zmiany z innymi komputerami biura teraz"))
        self.sync_action.triggered.connect(self.bus.exchange_requested.emit)
        menu.addAction(self.sync_action)
        # A field laptop's USB stick meets this PC's share: every worker may do it.
        from ops_desktop.ui.stick_relay import StickRelay

        self.stick_relay = StickRelay(self, self.services.exchange, self.exchange)
        self.relay_action = QAction(self.tr("Wymiana przez &pendrive…"), self)
        self.relay_action.setObjectName("relay_stick")
        self.relay_action.setToolTip(self.tr(
            "Skopiuj pliki wymiany między folderem biura a pendrive'em laptopa z terenu"))
        self.relay_action.triggered.connect(self.stick_relay.run)
        menu.addAction(self.relay_action)
        menu.addSeparator()
        quit_action = QAction(self.tr("&Zakończ"), self)
        quit_action.setShortcut(QKeySequence.StandardKey.Quit)
        quit_action.triggered.connect(self.close)
        menu.addAction(quit_action)
        account = self.menuBar().addMenu(self.tr("&Konto"))
        change = QAction(self.tr("Zmień &hasło…"), self)
        change.triggered.connect(self._change_password)
        account.addAction(change)
        lock = QAction(self.tr("&Zablokuj"), self)
        lock.setShortcut(QKeySequence("Ctrl+L"))
        lock.triggered.connect(lambda: self.idle_lock.lock_now())
        account.addAction(lock)
        # A desk PC is shared: the next person signs in without closing the program.
        account.addSeparator()
        for text, keys, name in ((self.tr("Zmień &użytkownika…"), "Ctrl+Shift+U", "switch_user"),
                                 (self.tr("&Wyloguj"), "Ctrl+Shift+L", "sign_out")):
            action = QAction(text, self)
            action.setObjectName(name)
            action.setShortcut(QKeySequence(keys))
            action.triggered.connect(self.sign_out)
            account.addAction(action)
        for i in range(self.tabs.count()):
            action = QAction(self.tabs.tabText(i), self)
            action.setShortcut(QKeySequence(f"Alt+{i + 1}"))
            action.triggered.connect(lambda _=False, i=i: self.tabs.setCurrentIndex(i))
            self.addAction(action)
        help_menu = self.menuBar().addMenu(self.tr("Pomo&c"))
        about = QAction(self.tr("O programie"), self)
        about.triggered.connect(self._about)
        help_menu.addAction(about)

    def _exchange_actions(self, active: bool) -> None:
        """Shown greyed on a standalone PC (and on one removed from the office)."""
        self.sync_action.setEnabled(active)
        self.relay_action.setEnabled(active)

    def _about(self) -> None:
        from ops_desktop.ui.about_dialog import AboutDialog

        AboutDialog(self).exec()

    def _change_password(self) -> None:
        from ops_desktop.ui.sign_in import ChangePasswordDialog

        if ChangePasswordDialog(self.services, self.actor, parent=self).exec():
            self.statusBar().showMessage(self.tr("Hasło zostało zmienione."), 5000)

    def sign_out(self) -> bool:
        """The person's own sign-out (or change of user): anything still open is named and
        they choose; True when the session ended."""
        from ops_desktop.ui import session

        open_now = session.open_work(self)
        if open_now and not session.ask_sign_out(self, open_now):
            return False
        self.end_session(SignOutWay.MENU, len(open_now))
        return True

    def switch_from_lock(self) -> bool:
        """'Zmień użytkownika' on the lock screen; see session.DiscardWorkDialog for why the
        locked person's open work needs their password. True when the session ended."""
        from ops_desktop.ui import session

        lock_dialog = self.idle_lock.dialog
        open_now = session.open_work(self)
        if not open_now:
            if not session.confirm_switch(lock_dialog or self, self.actor):
                return False
            self.end_session(SignOutWay.LOCK_SCREEN, 0)
            return True
        discard = session.DiscardWorkDialog(self.services, self.actor, len(open_now),
                                            lock_dialog or self)
        if discard.exec() != QDialog.DialogCode.Accepted:
            discard.deleteLater()
            return False
        discard.deleteLater()
        self.end_session(SignOutWay.LOCK_SCREEN, len(open_now), logged=True)
        return True

    def roles_changed(self, fresh: Actor) -> None:
        """The administrator (with a second person) changed this person's roles meanwhile;
        the services already refuse the old ones. With nothing open the window is opened
        again with the new roles; open forms are never thrown away: the person closes them
        and signs in again."""
        from ops_desktop.ui import session

        if session.open_work(self):
            guard.message(self, self.tr("Twoje uprawnienia zmieniły się – zaloguj się ponownie "
                                        "(Konto → Wyloguj). Otwarte formularze nie zostaną "
                                        "zapisane przed ponownym zalogowaniem."))
            return
        guard.message(self, self.tr("Twoje uprawnienia zmieniły się – okno otworzy się "
                                    "ponownie z nowymi uprawnieniami."))
        self.following = fresh
        self.end_session(SignOutWay.ROLES_CHANGED, 0)

    def end_session(self, way: SignOutWay, discarded: int, logged: bool = False) -> None:
        """Log the sign-out, drop every open form and close the window; the next person's
        sign-in comes after (app.py), with none of this person's windows left."""
        from ops_desktop.ui import session

        if not logged:
            # A sign-out that cannot be written (a full disk) still ends the session.
            guard.attempt(self, lambda: self.services.accounts.sign_out(self.actor, way,
                                                                        discarded))
        self.signed_out = True
        self.idle_lock.stop()
        self.idle_lock.dismiss()
        session.close_windows(self)
        self.close()
        # Ends this session's event loop (and any form's still unwinding) even when some
        # stray window is left: the program goes back to the sign-in.
        QCoreApplication.exit(0)

    def closeEvent(self, event: QCloseEvent) -> None:  # noqa: N802 (Qt's name)
        self.idle_lock.stop()
        self.exchange.stop()
        super().closeEvent(event)

    def _open_application(self, application_id: uuid.UUID, person_id: uuid.UUID) -> None:
        """The application on the benefits tab, selected (the head reads every team's
        applications there); the person's file for a window without that tab."""
        if Role.BENEFITS not in self.tab_by_role:
            self._open_person(person_id)
            return
        self.tabs.setCurrentWidget(self.tab_by_role.slots[Role.BENEFITS])
        self.tab_by_role[Role.BENEFITS].select_application(application_id)  # type: ignore[attr-defined]

    def _open_person(self, person_id: uuid.UUID) -> None:
        from ops_desktop.ui.first_contact.person_file import PersonFileDialog

        PersonFileDialog(self.services, self.actor, person_id, self).exec()
