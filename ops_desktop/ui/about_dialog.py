"""Pomoc → O programie: the version, the law data's newest period and its source."""

from __future__ import annotations

from PySide6.QtGui import QIcon
from PySide6.QtWidgets import QDialog, QDialogButtonBox, QHBoxLayout, QLabel, QVBoxLayout, QWidget

from ops_desktop import config


def program_icon() -> QIcon:
    """The program's icon (window, task bar, this dialog): resources/icons/ops-desktop.png."""
    return QIcon(str(config.resource_path("icons", "ops-desktop.png")))


class AboutDialog(QDialog):
    def __init__(self, parent: QWidget | None = None) -> None:
        # Loaded when the dialog opens: the icon above is set on the first window of the day,
        # which should not wait for Qt's namespace of enums (tens of milliseconds) either.
        from PySide6.QtCore import Qt

        from ops_desktop.about import about
        from ops_desktop.i18n import format as fmt

        super().__init__(parent)
        info = about()
        self.setWindowTitle(self.tr("O programie"))
        icon = QLabel()
        icon.setPixmap(program_icon().pixmap(64, 64))
        self.title = QLabel(self.tr("OPS – pomoc społeczna, wersja %1").replace("%1", info.version))
        self.title.setStyleSheet("font-weight: bold")
        self.law = QLabel(self.tr("Parametry ustawy o pomocy społecznej obowiązujące od %1")
                          .replace("%1", fmt.date_long(info.law_valid_from)))
        self.source = QLabel(self.tr("Źródło: %1").replace("%1", info.law_source))
        self.source.setWordWrap(True)
        for label in (self.title, self.law, self.source):
            label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        text = QVBoxLayout()
        for label in (self.title, self.law, self.source):
            text.addWidget(label)
        row = QHBoxLayout()
        row.addWidget(icon, 0, Qt.AlignmentFlag.AlignTop)
        row.addLayout(text, 1)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(row)
        layout.addWidget(buttons)
        self.setMinimumWidth(460)
