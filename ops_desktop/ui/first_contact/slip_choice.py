"""Asking, at printing, what goes on the referral slip the person takes home."""

from __future__ import annotations

from dataclasses import dataclass

from PySide6.QtWidgets import (
    QCheckBox,
    QDialog,
    QDialogButtonBox,
    QLabel,
    QVBoxLayout,
    QWidget,
)


@dataclass(frozen=True)
class SlipChoice:
    """Print the slip; `confidential` adds the reason and the special-category grounds."""

    confidential: bool = False


class SlipPrintDialog(QDialog):
    """Print or not; the confidential details are an explicit choice, off every time."""

    def __init__(self, question: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Skierowanie"))
        text = QLabel(question)
        text.setWordWrap(True)
        # Off by default and never remembered: the slip goes home with the person, where a
        # partner may read it.
        self.confidential = QCheckBox(self.tr(
            "Wydrukuj także &powód skierowania i powody szczególnie chronione "
            "(zdrowie, niepełnosprawność, przemoc, uzależnienie)"))
        self.confidential.setObjectName("slip_confidential")
        self.confidential.setChecked(False)
        hint = QLabel(self.tr("Skierowanie osoba zabiera do domu – bez tego znaku są na nim tylko "
                              "dane osoby, zespół i zwykłe powody pomocy."))
        hint.setWordWrap(True)
        buttons = QDialogButtonBox()
        self.print_button = buttons.addButton(self.tr("&Drukuj"),
                                              QDialogButtonBox.ButtonRole.AcceptRole)
        self.print_button.setObjectName("slip_print")
        skip = buttons.addButton(self.tr("&Nie drukuj"), QDialogButtonBox.ButtonRole.RejectRole)
        skip.setObjectName("slip_skip")
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(text)
        layout.addWidget(self.confidential)
        layout.addWidget(hint)
        layout.addWidget(buttons)
        self.print_button.setDefault(True)
        self.print_button.setFocus()

    def choice(self) -> SlipChoice | None:
        """Shows the dialog; None when the worker chose not to print."""
        if self.exec() != QDialog.DialogCode.Accepted:
            return None
        return SlipChoice(confidential=self.confidential.isChecked())
