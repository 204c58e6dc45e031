"""The frame the services team's decision and order dialogs share (a care decision, a meal
decision, a care order): the service hub and the acting worker, the red messages under the
fields, the form over its preview, hint and Save/Cancel, and a save that names a missing case
under the case field and, when the service refuses, keeps everything typed.

No screen text lives here: each dialog passes its own words, translated in its own class, so
the translations keep their contexts (CareDecisionDialog, MealDecisionDialog, ...)."""

from __future__ import annotations

import datetime as dt
import uuid
from collections.abc import Callable
from typing import Generic, TypeVar

from PySide6.QtWidgets import (
    QDateEdit,
    QDialog,
    QFormLayout,
    QLabel,
    QLineEdit,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from ops_desktop.domain.calendar import add_months
from ops_desktop.services.context import Actor
from ops_desktop.services.hub import Services
from ops_desktop.ui.benefits.application_dialog import date_edit
from ops_desktop.ui.forms import FieldErrors, named
from ops_desktop.ui.guard import attempt

Saved = TypeVar("Saved")

# A family of more than 30 is a typing slip, not a household (the services refuse it too).
MAX_HOUSEHOLD = 30


class TermsDialog(QDialog, Generic[Saved]):
    """A dialog whose save hands the typed form to a service; `saved` is what the service
    returned (the page reads it after `accept`), None while nothing was saved."""

    def __init__(self, services: Services, actor: Actor, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.services, self.actor = services, actor
        self.saved: Saved | None = None
        self.fields = FieldErrors()

    def lay_out(self, form: QFormLayout, *below: QWidget) -> None:
        """The form, then `below` top to bottom (the preview, the hint, the buttons). The
        inputs join the dialog in this order, which is the order Tab walks them."""
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        for widget in below:
            layout.addWidget(widget)

    def save_with(self, case_id: uuid.UUID | None, no_case: str,
                  store: Callable[[], Saved | None]) -> None:
        """Save through `store`, or say `no_case` under the case field when there is no case
        to save for (the services would refuse it without naming the field). A refusal stands
        under its fields and the dialog stays open with what was typed."""
        if case_id is None:
            self.fields.say("case_id", no_case)
            return
        self.fields.clear()
        saved = attempt(self, store, self.fields)
        if saved is not None:
            self.saved = saved
            self.accept()


def preview_label(name: str, accessible: str) -> QLabel:
    """The line under the form that shows the terms (the fee, the meals' cost) as the worker
    types; wrapped, as a refusal's reasons can be long."""
    label = named(QLabel(), name, accessible)
    label.setWordWrap(True)
    return label


def money_edit(name: str, accessible: str) -> QLineEdit:
    """A sum in złoty: narrow, as a sum is a few digits and a wide field reads as text."""
    edit = named(QLineEdit(), name, accessible)
    edit.setMaximumWidth(140)
    return edit


def household_spin(name: str, accessible: str) -> QSpinBox:
    """The number of persons in the family, from one (the party alone)."""
    box = named(QSpinBox(), name, accessible)
    box.setRange(1, MAX_HOUSEHOLD)
    return box


def period_edits(first: dt.date, months: int, start: tuple[str, str],
                 end: tuple[str, str]) -> tuple[QDateEdit, QDateEdit]:
    """The period's first and last day, (object name, accessible name) each: from `first`
    to the day before the same day `months` later, the usual whole months of a decision."""
    return (date_edit(*start, first),
            date_edit(*end, add_months(first, months) - dt.timedelta(days=1)))
