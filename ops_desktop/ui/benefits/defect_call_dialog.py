"""The call to remedy formal defects (KPA art. 64 § 2) and the days that follow it: the
delivery (the 7 days run from it) and the remedy."""

from __future__ import annotations

import datetime as dt
import uuid
from collections.abc import Callable

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialog, QLabel, QPlainTextEdit, QVBoxLayout, QWidget

from ops_desktop.domain.clock import wall_today
from ops_desktop.services.context import Actor
from ops_desktop.services.hub import Services
from ops_desktop.services.procedural_acts import DefectCallInput
from ops_desktop.services.views import ApplicationView
from ops_desktop.ui.benefits.application_dialog import date_edit, labelled_form, tab_chain
from ops_desktop.ui.forms import FieldErrors, save_cancel
from ops_desktop.ui.guard import attempt


class DefectCallDialog(QDialog):
    """Save calls `procedural_acts.call_to_remedy`; the call then prints."""

    def __init__(self, services: Services, actor: Actor, application: ApplicationView,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.services, self.actor, self.application = services, actor, application
        self.fields = FieldErrors()
        self.setWindowTitle(self.tr("Wezwanie do usunięcia braków formalnych – %1")
                            .replace("%1", application.case_sign))
        summary = QLabel(self.tr("Strona ma 7 dni od doręczenia wezwania na usunięcie braków; "
                                 "bez tego wniosek pozostaje bez rozpoznania (art. 64 § 2 KPA). "
                                 "Do czasu usunięcia braków nie przygotowuje się decyzji."))
        summary.setWordWrap(True)
        summary.setTextFormat(Qt.TextFormat.PlainText)
        self.defects = QPlainTextEdit()
        self.defects.setObjectName("defects")
        self.defects.setAccessibleName(self.tr("Braki formalne, każdy w osobnym wierszu"))
        self.defects.setPlaceholderText(self.tr("np. brak podpisu na wniosku"))
        self.defects.setTabChangesFocus(True)
        self.defects.setMinimumHeight(100)
        self.called_on = date_edit("called_on", self.tr("Data wezwania"), wall_today())
        buttons, save, cancel = save_cancel(self, self.tr("&Zapisz wezwanie"), "defect_call",
                                            self.save)
        layout = QVBoxLayout(self)
        layout.addWidget(summary)
        layout.addLayout(labelled_form(self.fields, (
            (self.tr("&Braki (każdy w wierszu):"), "defects", self.defects),
            (self.tr("&Data wezwania:"), "called_on", self.called_on),
        )))
        layout.addWidget(buttons)
        tab_chain(self.defects, self.called_on, save, cancel)
        self.resize(600, 380)
        self.defects.setFocus()

    def save(self) -> None:
        data = DefectCallInput(self.application.id, self.defects.toPlainText(),
                               self.called_on.date().toPython())
        if attempt(self, lambda: self.services.procedural_acts.call_to_remedy(self.actor, data),
                   self.fields) is not None:
            self.accept()


class DefectDayDialog(QDialog):
    """One day after the call – its delivery or the remedy – saved by `record`."""

    def __init__(self, title: str, label: str, field: str, app_id: uuid.UUID,
                 record: Callable[[uuid.UUID, dt.date], object],
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(title)
        self.app_id, self.record = app_id, record
        self.fields = FieldErrors()
        self.day = date_edit(field, label.replace("&", "").rstrip(":"), wall_today())
        buttons, _save, _cancel = save_cancel(self, self.tr("&Zapisz"), field, self.save)
        layout = QVBoxLayout(self)
        layout.addLayout(labelled_form(self.fields, ((label, field, self.day),)))
        layout.addWidget(buttons)
        self.day.setFocus()

    def save(self) -> None:
        day = self.day.date().toPython()
        if attempt(self, lambda: self.record(self.app_id, day), self.fields) is not None:
            self.accept()
