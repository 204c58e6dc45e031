"""The frame the office's two forms share ("Udostępnij biuro…", "Dołącz do biura…"): an
explanation, fields with their refusals under them, a line for the rest, OK and Cancel."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLayout,
    QLineEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from ops_desktop.ui.forms import FieldErrors, named, push_button


def choose_folder(parent: QWidget | None, start: str) -> str:
    """The system's folder chooser; tests patch it."""
    return QFileDialog.getExistingDirectory(
        parent, QCoreApplication.translate("OfficeForm", "Folder wymiany"), start)


class OfficeForm(QDialog):
    """Subclasses set the window title, `intro`'s text and `ok`'s text, then add fields."""

    def __init__(self, prefix: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.errors = FieldErrors()
        self.general = named(QLabel(), f"{prefix}_general")
        self.general.setStyleSheet(FieldErrors.STYLE_ERROR)
        self.general.setWordWrap(True)
        self.general.setVisible(False)
        self.intro = QLabel()
        self.intro.setWordWrap(True)
        self.form = QFormLayout()
        self.form.setRowWrapPolicy(QFormLayout.RowWrapPolicy.WrapAllRows)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok
                                        | QDialogButtonBox.StandardButton.Cancel)
        self.ok = self.buttons.button(QDialogButtonBox.StandardButton.Ok)
        self.ok.setObjectName(f"{prefix}_ok")
        self.buttons.button(QDialogButtonBox.StandardButton.Cancel).setText(self.tr("Anuluj"))
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.intro)
        layout.addLayout(self.form)
        layout.addWidget(self.general)
        layout.addWidget(self.buttons)
        # The dialog grows when a refusal appears under a field, never squeezes the fields.
        layout.setSizeConstraint(QLayout.SizeConstraint.SetMinimumSize)

    def browse_button(self, text: str, name: str, edit: QLineEdit,
                      chooser: Callable[[QWidget, str], str]) -> QPushButton:
        """ "Wybierz…" beside `edit`: the system's chooser starts from what is typed."""

        def browse() -> None:
            chosen = chooser(self, edit.text())
            if chosen:
                edit.setText(chosen)

        return push_button(text, name, browse)

    def add_field(self, label: str, field: str, edit: QLineEdit,
                  browse: QPushButton | None = None) -> None:
        caption = QLabel(label)
        caption.setBuddy(edit)
        edit.setMinimumWidth(480)  # a share's path or a file's path is read whole
        if browse is None:
            self.form.addRow(caption, edit)
        else:
            row = QHBoxLayout()
            row.addWidget(edit, 1)
            row.addWidget(browse)
            self.form.addRow(caption, row)
        self.form.addRow(self.errors.label_for(field, edit))

    def say(self, field: str | None, text: str) -> None:
        """A refusal next to its field (or under the form); what was typed stays."""
        self.errors.clear()
        self.general.setVisible(field is None)
        self.general.setText(text if field is None else "")
        if field is not None:
            self.errors.say(field, text)
        # A wrapped line's height is known only for the dialog's width: measure again.
        self.adjustSize()

    def missing(self, required: tuple[tuple[str, QLineEdit], ...]) -> bool:
        """The first empty required field is named and gets the focus."""
        for field, edit in required:
            if not edit.text().strip():
                self.say(field, self.tr("To pole jest wymagane."))
                edit.setFocus()
                return True
        return False
