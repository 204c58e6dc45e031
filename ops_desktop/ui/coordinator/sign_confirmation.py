"""Asking before a signature: which decisions, for whom, how much and for when.

A signed decision is never changed again, so the coordinator sees exactly what the
signature covers – and may open the preview of it – before anything is signed.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from decimal import Decimal

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import QDialog, QLabel, QListWidget, QVBoxLayout, QWidget

from ops_desktop.i18n.format import date_short, money
from ops_desktop.services.procedural_acts import is_order
from ops_desktop.services.views import DecisionView
from ops_desktop.ui import labels
from ops_desktop.ui.forms import named, push_button, save_cancel


def period_text(d: DecisionView) -> str:
    if d.period_from is None:
        return ""
    # The coordinator's list says the same words (its translation context is kept).
    end = (date_short(d.period_to) if d.period_to
           else QCoreApplication.translate("CoordinatorTab", "bezterminowo"))
    return f"{date_short(d.period_from)} – {end}"


def kind_text(d: DecisionView) -> str:
    """ "przyznająca", or "zmieniająca decyzję – przyznająca" for a decision changing an
    earlier one (an order naming the act it corrects says its own kind)."""
    # The lists hold other services' acts too (ui/coordinator/other_drafts.py): none changes
    # another decision this way.
    corrects = getattr(d, "corrects_id", None)
    return labels.act_kind(d.kind, corrects is not None and not is_order(d.kind))


def total(chosen: Sequence[DecisionView]) -> Decimal:
    return sum((d.amount or Decimal(0) for d in chosen), Decimal(0))


class SignConfirmation(QDialog):
    """One draft in full, or a list of several with their count and total amount."""

    def __init__(self, chosen: Sequence[DecisionView], preview: Callable[[], None],
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("sign_confirmation")
        self.setWindowTitle(self.tr("Podpisanie decyzji"))
        layout = QVBoxLayout(self)
        self.question = named(QLabel(), "sign_question")
        self.question.setWordWrap(True)
        layout.addWidget(self.question)
        if len(chosen) == 1:
            d = chosen[0]
            self.question.setText(self.tr("Podpisać tę decyzję? Podpisanej decyzji nie można "
                                          "już zmienić."))
            details = named(QLabel(self._details(d)), "sign_details")
            details.setTextFormat(Qt.TextFormat.PlainText)
            layout.addWidget(details)
        else:
            self.question.setText(
                self.tr("Podpisać %1 decyzji na łączną kwotę %2? Podpisanych decyzji nie można "
                        "już zmienić.").replace("%1", str(len(chosen)))
                .replace("%2", money(total(chosen))))
            self.listing = named(QListWidget(), "sign_list", self.tr("Decyzje do podpisu"))
            self.listing.addItems([self._line(d) for d in chosen])
            layout.addWidget(self.listing)
        self.preview_button = push_button(self.tr("Podgląd"), "sign_preview", preview)
        self.preview_button.setAutoDefault(False)
        buttons, self.sign_button, _cancel = save_cancel(self, self.tr("Podpisz"), "sign",
                                                         self.accept)
        buttons.addButton(self.preview_button, buttons.ButtonRole.ActionRole)
        layout.addWidget(buttons)
        self.resize(780, 0)

    def _details(self, d: DecisionView) -> str:
        rows = [
            (self.tr("Znak sprawy"), d.case_sign),
            (self.tr("Forma pomocy"), labels.vocab(labels.FORMS, d.form)),
            (self.tr("Rodzaj"), kind_text(d)),
            (self.tr("Osoba"), d.person_name),
            (self.tr("Kwota"), money(d.amount) or "—"),
            (self.tr("Okres"), period_text(d) or "—"),
        ]
        return "\n".join(f"{name}: {value}" for name, value in rows)

    @staticmethod
    def _line(d: DecisionView) -> str:
        parts = [d.case_sign, d.person_name, labels.vocab(labels.FORMS, d.form),
                 labels.vocab(labels.SIGNED_ACT_KINDS, d.kind), money(d.amount), period_text(d)]
        return " · ".join(p for p in parts if p)
