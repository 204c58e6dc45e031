"""The administrator's backups: where they go, the passphrase, backup now, check and restore."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from PySide6.QtCore import (
    QCoreApplication,
    QObject,
    Qt,
    QThreadPool,
    QTimer,
)
from PySide6.QtGui import QStandardItem, QStandardItemModel
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QFileDialog,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QHeaderView,
    QInputDialog,
    QLabel,
    QLineEdit,
    QMessageBox,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from ops_desktop.domain.clock import wall_now
from ops_desktop.domain.errors import FieldError, ValidationError
from ops_desktop.i18n.format import datetime_short, number
from ops_desktop.services.backups import (
    MIN_PASSPHRASE_LENGTH,
    BackupConfig,
    BackupError,
    BackupInfo,
    BackupService,
)
from ops_desktop.services.context import Actor
from ops_desktop.ui import guard, labels
from ops_desktop.ui.forms import FieldErrors, named
from ops_desktop.ui.worker import Job, run_with_progress, start_quiet

COL_DATE, COL_SIZE, COL_CHECKED, COL_PC = range(4)
INFO_ROLE = Qt.ItemDataRole.UserRole + 1


# --- the world outside the panel; tests patch these instead of modal dialogs -------------


def choose_folder(parent: QWidget | None, start: str) -> str:
    return QFileDialog.getExistingDirectory(parent, QCoreApplication.translate(
        "BackupPanel", "Folder kopii zapasowych"), start)


def ask_passphrase(parent: QWidget | None, text: str) -> str | None:
    value, ok = QInputDialog.getText(parent, QCoreApplication.translate("BackupPanel", "Hasło kopii"),
                                     text, QLineEdit.EchoMode.Password)
    return value if ok and value else None


def confirm(parent: QWidget | None, text: str) -> bool:
    answer = QMessageBox.warning(
        parent, QCoreApplication.translate("BackupPanel", "Przywracanie kopii"), text,
        QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.Cancel,
        QMessageBox.StandardButton.Cancel)
    return answer == QMessageBox.StandardButton.Yes


def confirm_other_office(parent: QWidget | None, info: BackupInfo) -> bool:
    """Asked before a backup of another office replaces this one's data."""
    text = QCoreApplication.translate(
        "BackupPanel", "Ta kopia pochodzi z innego ośrodka: %1.\n\nPrzywrócenie zastąpi dane "
        "tego ośrodka danymi tamtego. Czy na pewno przywrócić kopię innego ośrodka?"
    ).replace("%1", info.office_name or QCoreApplication.translate("BackupPanel", "bez nazwy"))
    return confirm(parent, text)


def confirm_other_pc(parent: QWidget | None, name: str) -> bool:
    """Asked before a backup made on another PC of the office replaces this PC's data."""
    text = QCoreApplication.translate(
        "BackupPanel", "Tę kopię zrobiono na innym komputerze biura: %1.\n\nPo przywróceniu "
        "ten komputer będzie pracował w biurze pod nowym numerem jako dalszy ciąg tamtego, a "
        "wpis tamtego komputera zostanie zamknięty (jeśli nadal pracuje, otworzy go przy "
        "najbliższej wymianie). Dane tego komputera, których nie wysłał jeszcze do biura, "
        "zostaną tylko w pliku odłożonym obok.\n\nZwykle przywraca się kopię tego samego "
        "komputera. Czy na pewno przywrócić kopię innego komputera?"
    ).replace("%1", f"„{name}”" if name else QCoreApplication.translate("BackupPanel", "nieznany tutaj"))
    return confirm(parent, text)


def inform(parent: QWidget | None, text: str) -> None:
    QMessageBox.information(parent, QCoreApplication.translate("BackupPanel", "Kopie zapasowe"), text)


def when(info: BackupInfo) -> str:
    """Date and time to the second: two copies made in one minute must look different."""
    return info.created_at.strftime("%d.%m.%Y %H:%M:%S")


def size_text(size: int) -> str:
    return number(size / 1_000_000, decimals=1) + " MB"


class BackupPanel(QWidget):
    """Set up, make, check and restore backups; the long work runs off the GUI thread."""

    def __init__(self, services: Any, actor: Actor, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.actor = actor
        self.backups: BackupService = services.backups
        self._checked: dict[Path, str] = {}
        self.fields = FieldErrors()

        self.folder = named(QLineEdit(), "backup_folder", self.tr("Folder kopii zapasowych"))
        self.folder.setPlaceholderText(self.tr("np. dysk USB"))
        self.browse = named(QPushButton(self.tr("&Wybierz…")), "backup_browse", self.tr("Wybierz folder"))
        self.browse.clicked.connect(self.browse_folder)
        self.passphrase = self._secret("backup_passphrase", self.tr("Hasło kopii"))
        self.passphrase_confirm = self._secret("backup_passphrase_confirm", self.tr("Powtórz hasło"))
        self.on_exit = named(QCheckBox(self.tr("Kopia przy zamykaniu programu")), "backup_on_exit")
        self.daily = named(QCheckBox(self.tr("Kopia codziennie (gdy ostatnia ma ponad 24 godziny)")),
                           "backup_daily")
        self.save_button = named(QPushButton(self.tr("&Zapisz ustawienia")), "backup_save")
        self.save_button.clicked.connect(self.save)
        hint = QLabel(self.tr(
            "Hasło zapisz na kartce i przechowuj w sejfie: bez niego kopii nie da się odtworzyć "
            "na innym komputerze. Hasło ma co najmniej %1 znaków.").replace(
                "%1", str(MIN_PASSPHRASE_LENGTH)))
        hint.setObjectName("backup_hint")
        hint.setWordWrap(True)

        folder_row = QHBoxLayout()
        folder_row.addWidget(self.folder, 1)
        folder_row.addWidget(self.browse)
        form = QFormLayout()
        folder_label = QLabel(self.tr("&Folder kopii:"))
        folder_label.setBuddy(self.folder)
        form.addRow(folder_label, folder_row)
        form.addRow("", self.fields.label_for("backup_folder", self.folder))
        form.addRow(self.tr("&Hasło kopii:"), self.passphrase)
        form.addRow("", self.fields.label_for("backup_passphrase", self.passphrase))
        form.addRow(self.tr("P&owtórz hasło:"), self.passphrase_confirm)
        form.addRow("", self.fields.label_for("backup_passphrase_confirm", self.passphrase_confirm))
        form.addRow("", self.on_exit)
        form.addRow("", self.daily)
        form.addRow("", hint)
        form.addRow("", self.save_button)
        settings = QGroupBox(self.tr("Ustawienia kopii zapasowych"))
        settings.setLayout(form)

        self.status = QLabel()
        self.status.setObjectName("backup_status")
        self.status.setWordWrap(True)
        self.backup_button = named(QPushButton(self.tr("Wykonaj &kopię teraz")), "backup_now")
        self.backup_button.clicked.connect(self.backup_now)

        self.model = QStandardItemModel(0, 4, self)
        # The backups of an office's PCs may share one folder: each says where it was made.
        self.model.setHorizontalHeaderLabels([self.tr("Data kopii"), self.tr("Rozmiar"),
                                              self.tr("Sprawdzona"), self.tr("Komputer")])
        self.table = named(QTableView(), "backup_table", self.tr("Kopie zapasowe"))
        self.table.setModel(self.model)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        self.table.horizontalHeader().setStretchLastSection(True)
        self.table.verticalHeader().setVisible(False)
        self.verify_button = named(QPushButton(self.tr("&Sprawdź")), "backup_verify")
        self.verify_button.clicked.connect(lambda: self.verify_selected())
        self.restore_button = named(QPushButton(self.tr("&Przywróć…")), "backup_restore")
        self.restore_button.clicked.connect(self.restore_selected)
        self.refresh_button = named(QPushButton(self.tr("Odśwież &listę")), "backup_refresh")
        self.refresh_button.clicked.connect(self.refresh)

        actions = QHBoxLayout()
        for button in (self.verify_button, self.restore_button, self.refresh_button):
            actions.addWidget(button)
        actions.addStretch(1)
        listing = QGroupBox(self.tr("Kopie w folderze"))
        listing_layout = QVBoxLayout(listing)
        listing_layout.addWidget(self.table)
        listing_layout.addLayout(actions)

        top = QHBoxLayout()
        top.addWidget(self.status, 1)
        top.addWidget(self.backup_button)
        layout = QVBoxLayout(self)
        layout.addWidget(settings)
        layout.addLayout(top)
        layout.addWidget(listing, 1)
        self.load()

    def _secret(self, name: str, accessible: str) -> QLineEdit:
        edit = named(QLineEdit(), name, accessible)
        edit.setEchoMode(QLineEdit.EchoMode.Password)
        return edit

    # --- settings ---
    def load(self) -> None:
        config = guard.attempt(self, lambda: self.backups.config(self.actor))
        if config is None:
            return
        self.folder.setText(str(config.folder) if config.folder else "")
        self.passphrase.setPlaceholderText(
            self.tr("bez zmian (hasło jest ustawione)") if config.has_passphrase else "")
        self.on_exit.setChecked(config.on_exit)
        self.daily.setChecked(config.daily)
        self._show_status(config)
        self.refresh()

    def _show_status(self, config: BackupConfig) -> None:
        if not config.configured:
            text = self.tr("Kopie zapasowe nie są jeszcze skonfigurowane: wybierz folder i ustaw hasło.")
        elif config.last_at is None:
            text = self.tr("Nie wykonano jeszcze żadnej kopii.")
        else:
            text = self.tr("Ostatnia kopia: %1").replace("%1", datetime_short(config.last_at))
        if config.last_error:
            text += "\n" + self.tr("Ostatnia próba kopii (%1) nie powiodła się: %2").replace(
                "%1", datetime_short(config.last_error_at)).replace("%2", labels.error(config.last_error))
        self.status.setText(text)

    def browse_folder(self) -> None:
        chosen = choose_folder(self, self.folder.text())
        if chosen:
            self.folder.setText(chosen)

    def save(self) -> None:
        typed = self.passphrase.text()
        if typed != self.passphrase_confirm.text():
            self.fields.show(ValidationError([FieldError("backup_passphrase_confirm", "passphrase_mismatch")]))
            return
        config = guard.attempt(
            self, lambda: self.backups.configure(self.actor, self.folder.text(), typed or None,
                                                 self.on_exit.isChecked(), self.daily.isChecked()),
            self.fields)
        if config is None:
            return
        self.fields.clear()
        self.passphrase.clear()
        self.passphrase_confirm.clear()
        self.passphrase.setPlaceholderText(self.tr("bez zmian (hasło jest ustawione)"))
        self.folder.setText(str(config.folder))
        self._show_status(config)
        self.refresh()

    # --- the list ---
    def refresh(self) -> None:
        found = guard.attempt(self, lambda: self.backups.list(self.actor))
        makers = guard.attempt(self, lambda: self.backups.makers(self.actor)) or {}
        self.model.removeRows(0, self.model.rowCount())
        for info in found or []:
            maker = makers.get(info.pc_id) if info.pc_id else None
            cells = [QStandardItem(when(info)), QStandardItem(size_text(info.size)),
                     QStandardItem(self._checked.get(info.file, self.tr("przy zapisie"))),
                     QStandardItem(self.tr("ten komputer") if maker == "" else
                                   maker or (self.tr("inny komputer") if info.pc_id else ""))]
            cells[COL_SIZE].setTextAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
            cells[COL_DATE].setData(info, INFO_ROLE)
            cells[COL_DATE].setToolTip(info.file.name)
            self.model.appendRow(cells)
        # Rows come after the view was sized on an empty list: measure them, or the date
        # column stays as wide as its title and wraps the date.
        self.table.resizeColumnsToContents()

    def selected(self) -> BackupInfo | None:
        rows = self.table.selectionModel().selectedRows()
        if not rows:
            return None
        info = self.model.item(rows[0].row(), COL_DATE).data(INFO_ROLE)
        return info if isinstance(info, BackupInfo) else None

    def _busy(self, busy: bool) -> None:
        for button in (self.backup_button, self.verify_button, self.restore_button, self.save_button):
            button.setEnabled(not busy)

    def _failed(self, exc: BaseException) -> None:
        self._busy(False)
        if isinstance(exc, BackupError) and exc.code == "cancelled":
            self.status.setText(labels.error("cancelled"))
            return
        guard.message(self, guard.describe(exc))

    # --- backup now ---
    def backup_now(self) -> None:
        self._busy(True)
        run_with_progress(self, self.tr("Wykonywanie i sprawdzanie kopii zapasowej…"),
                          lambda progress, cancelled: self.backups.backup_now(self.actor, progress, cancelled),
                          self._backup_done, self._failed)

    def _backup_done(self, info: BackupInfo) -> None:
        self._busy(False)
        self._checked[info.file] = self.tr("tak, %1").replace("%1", datetime_short(wall_now()))
        config = guard.attempt(self, lambda: self.backups.config(self.actor))
        if config is not None:
            self._show_status(config)
        self.refresh()

    # --- check ---
    def verify_selected(self, passphrase: str | None = None) -> None:
        info = self.selected()
        if info is None:
            guard.message(self, self.tr("Zaznacz kopię na liście."))
            return
        self._busy(True)
        run_with_progress(self, self.tr("Sprawdzanie kopii…"),
                          lambda progress, _cancelled: self.backups.verify(
                              self.actor, info.file, passphrase, progress),
                          self._verified,
                          lambda exc: self._verify_failed(info, passphrase, exc))

    def _verified(self, info: BackupInfo) -> None:
        self._busy(False)
        self._checked[info.file] = self.tr("tak, %1").replace("%1", datetime_short(wall_now()))
        self.refresh()
        self.status.setText(self.tr("Kopia z %1 jest poprawna (liczba wierszy: %2).")
                            .replace("%1", when(info))
                            .replace("%2", str(info.rows)))

    def _verify_failed(self, info: BackupInfo, tried: str | None, exc: BaseException) -> None:
        self._busy(False)
        if isinstance(exc, BackupError) and exc.code == "wrong_passphrase" and tried is None:
            # An older copy made before the passphrase was changed: ask for the one it used.
            asked = ask_passphrase(self, self.tr(
                "Ustawione hasło nie pasuje do tej kopii. Podaj hasło, którym ją wykonano:"))
            if asked:
                self.verify_selected(asked)
            return
        if isinstance(exc, BackupError):
            self._checked[info.file] = self.tr("NIE – %1").replace("%1", labels.error(exc.code))
            self.refresh()
        self._failed(exc)

    # --- restore ---
    def restore_selected(self) -> None:
        info = self.selected()
        if info is None:
            guard.message(self, self.tr("Zaznacz kopię na liście."))
            return
        warning = self.tr(
            "Obecne dane programu zostaną zastąpione danymi z kopii z %1. Wszystko, co "
            "wpisano później, zniknie z programu (obecny plik bazy zostanie zachowany obok "
            "jako kopia „before-restore”).\n\nPo przywróceniu program zostanie zamknięty – "
            "trzeba go uruchomić ponownie na wszystkich stanowiskach.\n\nPrzywrócić kopię?"
        ).replace("%1", when(info))
        other = guard.attempt(self, lambda: self.backups.is_another_office(self.actor, info.file))
        if other is None or (other and not confirm_other_office(self, info)):
            return
        if not other:
            # In a tuple: the call's None (this PC's own copy) is not its failure's None.
            made_on = guard.attempt(self, lambda: (self.backups.made_on_another_pc(
                self.actor, info.file),))
            if made_on is None or (made_on[0] is not None and not confirm_other_pc(self, made_on[0])):
                return
        # Whose copy it is shows in its header: asked before the passphrase, so a copy picked
        # by mistake is put back on the list before anyone fetches the passphrase from the safe.
        passphrase = ask_passphrase(self, self.tr(
            "Podaj hasło kopii z %1 (to zapisane w sejfie):").replace("%1", when(info)))
        if not passphrase or not confirm(self, warning):
            return
        self._busy(True)
        run_with_progress(self, self.tr("Przywracanie kopii…"),
                          lambda _progress, _cancelled: self.backups.restore(
                              self.actor, info.file, passphrase, other_office_confirmed=True,
                              other_pc_confirmed=True),
                          lambda aside: self._restored(info, aside), self._failed)

    def _restored(self, info: BackupInfo, aside: Path | None) -> None:
        text = self.tr("Przywrócono dane z kopii z %1.").replace("%1", when(info))
        if aside is not None:
            text += "\n" + self.tr("Poprzedni plik bazy zachowano jako %1.").replace("%1", str(aside))
        text += "\n\n" + self.tr("Program zostanie teraz zamknięty. Uruchom go ponownie.")
        inform(self, text)
        self.window().close()


class BackupSchedule(QObject):
    """The program's own backups: when due at start and on an hourly check, and at exit.

    The main window creates one after sign-in (`BackupSchedule(window, services.backups,
    actor).start()`) and calls `at_exit()` once the window has closed. Failures are shown
    to whoever is working and remembered for the administrator's panel.
    """

    CHECK_EVERY_MS = 60 * 60 * 1000

    def __init__(self, parent: QWidget, backups: BackupService, actor: Actor | None) -> None:
        super().__init__(parent)
        self.window_ = parent
        self.backups, self.actor = backups, actor
        self.job: Job | None = None
        self.timer = QTimer(self)
        self.timer.setInterval(self.CHECK_EVERY_MS)
        self.timer.timeout.connect(self.check)

    def start(self) -> None:
        self.timer.start()
        self.check()

    def check(self) -> Job | None:
        """Start a quiet background backup if one is due and none is running."""
        if self.job is not None or not guard.attempt(self.window_, self.backups.is_due):
            return None
        self.job = start_quiet(lambda progress, cancelled: self.backups.run_scheduled(
            self.actor, progress=progress, cancelled=cancelled), self._finished, self._failed)
        return self.job

    def _finished(self, _info: object) -> None:
        self.job = None

    def _failed(self, exc: BaseException) -> None:
        self.job = None
        guard.message(self.window_, QCoreApplication.translate("BackupPanel", "Automatyczna kopia zapasowa nie powiodła się: %1")
                      .replace("%1", guard.describe(exc)))

    def at_exit(self) -> str | None:
        """The backup on closing (waits for a running one first); a failure in words, or None."""
        self.timer.stop()
        if self.job is not None:
            self.job.cancel()
            QThreadPool.globalInstance().waitForDone()
        try:
            self.backups.run_scheduled(self.actor, on_exit=True)
        except Exception as exc:  # the program is closing: say why, never crash on the way out
            return guard.describe(exc)
        return None
