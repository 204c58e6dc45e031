"""At start, when the database file is damaged: find the newest good backup and restore it.

No one can sign in to a damaged database, so this dialog needs no user: the backup's
passphrase (kept in the office's safe) is what allows the restore.
"""

from __future__ import annotations

from pathlib import Path

import platformdirs
from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from ops_desktop.services.backups import (
    BackupError,
    BackupInfo,
    backups_in,
    configured_folder_of,
    is_another_office,
    made_on_another_pc,
    restore_file,
)
from ops_desktop.ui import backup_panel, guard, labels
from ops_desktop.ui.forms import FieldErrors, named
from ops_desktop.ui.worker import run_with_progress

INFO_ROLE = Qt.ItemDataRole.UserRole + 1


def default_folder(db_path: Path) -> Path:
    """The folder the damaged file still names, if readable and present; else Documents."""
    remembered = configured_folder_of(db_path) if db_path.exists() else None
    if remembered is not None and remembered.is_dir():
        return remembered
    return Path(platformdirs.user_documents_dir())


class RecoveryDialog(QDialog):
    def __init__(self, db_path: Path, parent: QWidget | None = None,
                 start_folder: Path | None = None) -> None:
        super().__init__(parent)
        self.db_path = db_path
        self.aside: Path | None = None
        self.fields = FieldErrors()
        self.setWindowTitle(self.tr("Baza danych jest uszkodzona"))
        explanation = QLabel(self.tr(
            "Plik bazy danych programu jest uszkodzony i nie można z niego pracować.\n\n"
            "Można przywrócić dane z kopii zapasowej: podłącz dysk z kopiami, wybierz folder, "
            "zaznacz kopię (najnowsza jest na górze) i podaj hasło kopii zapisane w sejfie. "
            "Dane wpisane po wykonaniu tej kopii trzeba będzie wprowadzić ponownie. "
            "Uszkodzony plik zostanie zachowany obok, do wglądu informatyka."))
        explanation.setObjectName("recovery_explanation")
        explanation.setWordWrap(True)

        self.folder = named(QLineEdit(str(start_folder or default_folder(db_path))),
                            "recovery_folder", self.tr("Folder kopii zapasowych"))
        self.folder.editingFinished.connect(self.reload)
        browse = named(QPushButton(self.tr("&Wybierz…")), "recovery_browse", self.tr("Wybierz folder"))
        browse.clicked.connect(self.browse_folder)
        folder_row = QHBoxLayout()
        folder_row.addWidget(QLabel(self.tr("Folder kopii:")))
        folder_row.addWidget(self.folder, 1)
        folder_row.addWidget(browse)

        self.backups_list = named(QListWidget(), "recovery_backups", self.tr("Kopie zapasowe"))
        self.empty = QLabel()
        self.empty.setObjectName("recovery_empty")
        self.passphrase = named(QLineEdit(), "recovery_passphrase", self.tr("Hasło kopii"))
        self.passphrase.setEchoMode(QLineEdit.EchoMode.Password)

        buttons = QDialogButtonBox()
        self.restore_button = buttons.addButton(self.tr("&Przywróć wybraną kopię"),
                                                QDialogButtonBox.ButtonRole.AcceptRole)
        self.restore_button.setObjectName("recovery_restore")
        close = buttons.addButton(self.tr("&Zamknij program"), QDialogButtonBox.ButtonRole.RejectRole)
        close.setObjectName("recovery_close")
        buttons.accepted.connect(self.restore)
        buttons.rejected.connect(self.reject)

        layout = QVBoxLayout(self)
        layout.addWidget(explanation)
        layout.addLayout(folder_row)
        layout.addWidget(self.backups_list, 1)
        layout.addWidget(self.fields.label_for("backup", self.backups_list))
        layout.addWidget(self.empty)
        passphrase_label = QLabel(self.tr("&Hasło kopii:"))
        passphrase_label.setBuddy(self.passphrase)
        layout.addWidget(passphrase_label)
        layout.addWidget(self.passphrase)
        layout.addWidget(self.fields.label_for("backup_passphrase", self.passphrase))
        layout.addWidget(buttons)
        self.resize(640, 480)
        self.reload()

    def browse_folder(self) -> None:
        chosen = backup_panel.choose_folder(self, self.folder.text())
        if chosen:
            self.folder.setText(chosen)
            self.reload()

    def reload(self) -> None:
        self.backups_list.clear()
        found = backups_in(Path(self.folder.text().strip() or "."))
        for info in found:
            item = QListWidgetItem(self.tr("%1 – %2, liczba wierszy: %3").replace("%1", backup_panel.when(info))
                                   .replace("%2", backup_panel.size_text(info.size))
                                   .replace("%3", str(info.rows)))
            item.setData(INFO_ROLE, info)
            item.setToolTip(info.file.name)
            self.backups_list.addItem(item)
        if found:
            self.backups_list.setCurrentRow(0)  # the newest first: usually the one to take
        self.empty.setText("" if found else self.tr("W tym folderze nie ma kopii zapasowych programu."))
        self.restore_button.setEnabled(bool(found))

    def chosen(self) -> BackupInfo | None:
        item = self.backups_list.currentItem()
        info = item.data(INFO_ROLE) if item is not None else None
        return info if isinstance(info, BackupInfo) else None

    def restore(self) -> None:
        info, passphrase = self.chosen(), self.passphrase.text()
        self.fields.clear()
        if info is None:
            self.fields.say("backup", self.tr("Zaznacz kopię na liście."))
            return
        if not passphrase:
            self.fields.say("backup_passphrase", labels.error("required"))
            return
        if is_another_office(info.file, self.db_path):
            if not backup_panel.confirm_other_office(self, info):
                return
        elif (name := made_on_another_pc(info.file, self.db_path)) is not None and \
                not backup_panel.confirm_other_pc(self, name):
            return
        self.restore_button.setEnabled(False)
        run_with_progress(self, self.tr("Sprawdzanie i przywracanie kopii…"),
                          lambda _p, _c: restore_file(info.file, passphrase, self.db_path,
                                                      other_office_confirmed=True,
                                                      other_pc_confirmed=True),
                          self._done, self._failed)

    def _done(self, aside: Path | None) -> None:
        self.aside = aside
        self.accept()

    def _failed(self, exc: BaseException) -> None:
        self.restore_button.setEnabled(True)
        if isinstance(exc, BackupError) and exc.code == "wrong_passphrase":
            self.fields.say("backup_passphrase", labels.error(exc.code))
        elif isinstance(exc, BackupError):
            self.fields.say("backup", labels.error(exc.code))
        else:
            guard.message(self, guard.describe(exc))


def offer_restore(db_path: Path, parent: QWidget | None = None) -> bool:
    """Show the recovery dialog; True when a backup was restored (then open the store again)."""
    dialog = RecoveryDialog(db_path, parent)
    restored = dialog.exec() == QDialog.DialogCode.Accepted
    if restored:
        text = dialog.tr("Dane przywrócono z kopii zapasowej.")
        if dialog.aside is not None:
            text += "\n" + dialog.tr("Uszkodzony plik zachowano jako %1.").replace("%1", str(dialog.aside))
        backup_panel.inform(parent, text)
    return restored
