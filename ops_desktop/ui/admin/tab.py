"""The administrator's tab: accounts, the office's data, the idle lock, backups and the
office of several PCs.

The administrator keeps the program running without reading case content; every service
called from here checks MANAGE_USERS / MANAGE_SETTINGS itself, so the tab forced on anyone
else shows refusals, never data.
"""

from __future__ import annotations

import logging

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import (
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QSpinBox,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from ops_desktop.services.context import Actor
from ops_desktop.services.hub import Services
from ops_desktop.ui import guard
from ops_desktop.ui.admin.bank_profile import BankProfilePanel
from ops_desktop.ui.admin.common import done
from ops_desktop.ui.admin.office_panel import OfficePanel
from ops_desktop.ui.admin.office_settings import OfficeSettingsPanel
from ops_desktop.ui.admin.users import UsersPanel
from ops_desktop.ui.benefits.application_dialog import field_box
from ops_desktop.ui.bus import Bus
from ops_desktop.ui.coordinator.refused_changes import RefusedChangesPage
from ops_desktop.ui.first_contact.inputs import hint, labelled_row
from ops_desktop.ui.forms import FieldErrors, named

log = logging.getLogger(__name__)


class SecurityPanel(QWidget):
    """After how many idle minutes the window locks and asks for the password again."""

    def __init__(self, services: Services, actor: Actor, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.services, self.actor = services, actor
        self.fields = FieldErrors()
        self.minutes = named(QSpinBox(), "idle_lock_minutes", self.tr("Blokada po bezczynności"))
        self.minutes.setRange(1, 240)
        self.minutes.setSuffix(self.tr(" min"))
        self.minutes.setMaximumWidth(140)
        self.save_button = named(QPushButton(self.tr("&Zapisz")), "security_save")
        self.save_button.clicked.connect(self.save)
        self.notice = named(QLabel(), "security_notice")
        self.notice.setWordWrap(True)
        form = QFormLayout()
        labelled_row(form, self.tr("&Blokada okna po bezczynności:"),
                     field_box(self.fields, "idle_lock_minutes", self.minutes), self.minutes)
        buttons = QHBoxLayout()
        buttons.addWidget(self.save_button)
        buttons.addWidget(self.notice, 1)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(hint(self.tr(
            "Po tylu minutach bez użycia klawiatury i myszy okno programu zasłania dane i prosi "
            "o hasło; wpisane dane pozostają. Od 1 do 240 minut, domyślnie 10. Zmiana obowiązuje "
            "od następnego zalogowania.")))
        layout.addLayout(buttons)
        layout.addStretch()
        self.load()

    def load(self) -> None:
        minutes = guard.attempt(self, self.services.accounts.idle_lock_minutes)
        if minutes is not None:
            self.minutes.setValue(minutes)

    def save(self) -> None:
        self.notice.clear()
        minutes = self.minutes.value()
        saved = guard.attempt(self, done(lambda: self.services.accounts.set_idle_lock_minutes(
            self.actor, minutes)), self.fields)
        if saved:
            self.fields.clear()
            self.notice.setText(self.tr("Zapisano: blokada po %1 min bezczynności.")
                                .replace("%1", str(minutes)))


def backup_section(services: Services, actor: Actor) -> QWidget:
    """The backups panel, written separately; a placeholder until it is part of the program."""
    try:
        from ops_desktop.ui.backup_panel import BackupPanel
    except ImportError as exc:
        log.info("backup panel not available: %s", exc)
        label = QLabel(QCoreApplication.translate("AdminTab", "Kopie zapasowe – moduł niedostępny"))
        label.setObjectName("backup_placeholder")
        return label
    return BackupPanel(services, actor)  # type: ignore[no-any-return]


class AdminTab(QWidget):
    def __init__(self, services: Services, actor: Actor, bus: Bus,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.services, self.actor, self.bus = services, actor, bus
        self.users = UsersPanel(services, actor, bus)
        self.office = OfficeSettingsPanel(services, actor, bus)
        self.security = SecurityPanel(services, actor)
        self.bank = BankProfilePanel(services, actor)
        self.backups = backup_section(services, actor)
        self.office_pcs = OfficePanel(services, actor, bus)
        # The administrator reads which kind of record another PC's change was refused for
        # (never whose file it was): the service leaves the rest out for this role.
        self.refused = RefusedChangesPage(services, actor, bus)
        self.sections = QTabWidget()
        self.sections.setObjectName("admin_sections")
        self.sections.addTab(self.users, self.tr("Użytkownicy"))
        self.sections.addTab(self.office, self.tr("Dane ośrodka"))
        self.sections.addTab(self.security, self.tr("Bezpieczeństwo"))
        self.sections.addTab(self.backups, self.tr("Kopie zapasowe"))
        self.sections.addTab(self.office_pcs, self.tr("Biuro na kilku komputerach"))
        self.sections.addTab(self.refused, self.tr("Zmiany odrzucone"))
        # Last, so the sections before it keep their places.
        self.sections.addTab(self.bank, self.tr("Bank"))
        layout = QVBoxLayout(self)
        layout.addWidget(self.sections)
