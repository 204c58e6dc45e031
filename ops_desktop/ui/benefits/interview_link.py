"""The family interview an application relies on (art. 106 ust. 4 u.p.s.): the benefits team
picks one of the completed interviews of the applicant's household, seeing only when each
was conducted and its state – never the answers. The decision's reasoning cites the linked
interview's date; without a link it says nothing of an interview."""

from __future__ import annotations

import uuid

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QComboBox, QHBoxLayout, QLabel, QVBoxLayout, QWidget

from ops_desktop.i18n.format import date_short
from ops_desktop.services.context import Actor
from ops_desktop.services.hub import Services
from ops_desktop.services.interviews import LinkedInterview
from ops_desktop.ui import labels
from ops_desktop.ui.forms import named, push_button
from ops_desktop.ui.guard import attempt


class InterviewLinkBox(QWidget):
    linked = Signal()

    def __init__(self, services: Services, actor: Actor, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.services, self.actor = services, actor
        self.app_id: uuid.UUID | None = None
        self.current: LinkedInterview | None = None
        self.state = named(QLabel(), "linked_interview")
        self.state.setWordWrap(True)
        self.choice = named(QComboBox(), "app_interview_link",
                            self.tr("Wywiad, na którym opiera się wniosek"))
        self.button = push_button(self.tr("Powiąż z wywiade&m"), "link_interview", self.link)
        row = QHBoxLayout()
        row.addWidget(self.choice, 1)
        row.addWidget(self.button)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.state)
        layout.addLayout(row)

    def describe(self, i: LinkedInterview) -> str:
        when = date_short(i.conducted_on) if i.conducted_on else "—"
        return self.tr("przeprowadzony %1 (%2)").replace("%1", when).replace(
            "%2", labels.vocab(labels.INTERVIEW_STATUSES, i.status.value))

    def load(self, app_id: uuid.UUID, editable: bool) -> LinkedInterview | None:
        """Show the application's link and the interviews it could rely on."""
        self.app_id = app_id
        self.current = self.services.interviews.linked(self.actor, app_id)
        self.state.setText(self.tr("Wywiad środowiskowy: %1").replace("%1", self.describe(
            self.current)) if self.current else self.tr("Wywiad środowiskowy: nie powiązano."))
        self.choice.clear()
        for i in (self.services.interviews.linkable(self.actor, app_id) if editable else []):
            self.choice.addItem(self.describe(i), i.interview_id)
        self.choice.setEnabled(editable and self.choice.count() > 0)
        self.button.setEnabled(editable and self.choice.count() > 0)
        if self.choice.count() == 0 and editable:
            self.choice.addItem(self.tr("brak zakończonych wywiadów w gospodarstwie"), None)
        return self.current

    def link(self) -> None:
        chosen, app_id = self.choice.currentData(), self.app_id
        if chosen is None or app_id is None:
            return
        if attempt(self, lambda: self.services.interviews.link_application(
                self.actor, app_id, chosen)) is not None:
            self.linked.emit()
