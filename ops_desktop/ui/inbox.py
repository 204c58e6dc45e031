"""A team's inbox: referrals waiting to be accepted, returned to the desk with a reason, or
forwarded with a reason to the team they are meant for."""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QHBoxLayout,
    QLabel,
    QPlainTextEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from ops_desktop.domain.vocabulary import Team
from ops_desktop.i18n.format import datetime_short
from ops_desktop.services.context import Actor
from ops_desktop.services.errors import FieldError, ValidationError
from ops_desktop.services.hub import Services
from ops_desktop.services.views import CaseView, ReferralView
from ops_desktop.ui import labels
from ops_desktop.ui.bus import Bus
from ops_desktop.ui.forms import FieldErrors, save_cancel
from ops_desktop.ui.guard import attempt
from ops_desktop.ui.table_model import Column, PagedTableModel, make_table, selected_object

MIN_ROWS = 3  # referrals always visible in an inbox


class ReturnDialog(QDialog):
    """Asks why the referral goes back and returns it; closes only once the return is saved.

    The reason is required and shown to the sender. When saving fails (a locked file, say),
    the dialog stays open with the reason as typed, so the person can try again.
    """

    def __init__(self, services: Services, actor: Actor, referral: ReferralView,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.services, self.actor, self.referral = services, actor, referral
        self.setWindowTitle(self.tr("Zwrot skierowania"))
        self.reason = QPlainTextEdit()
        self.reason.setObjectName("return_reason")
        self.reason.setAccessibleName(self.tr("Powód zwrotu"))
        self.fields = FieldErrors()
        buttons, self.save_button, _ = save_cancel(self, self.tr("&Zwróć skierowanie"), "return",
                                                   self.save)
        layout = QVBoxLayout(self)
        layout.addWidget(QLabel(self.tr("Skierowanie %1 – %2").replace("%1", referral.number)
                                .replace("%2", referral.person_name)))
        layout.addWidget(QLabel(self.tr("Powód zwrotu:")))
        layout.addWidget(self.reason)
        layout.addWidget(self.fields.label_for("return_reason", self.reason))
        layout.addWidget(buttons)
        self.reason.setFocus()

    def text(self) -> str:
        return self.reason.toPlainText()

    def save(self) -> None:
        """Return the referral; on failure the reason stays typed and the dialog stays open."""
        text = self.text()
        if not text.strip():
            self.fields.show(ValidationError([FieldError("return_reason", "required")]))
            return
        done = attempt(self, lambda: self.services.referrals.return_(self.actor, self.referral.id, text)
                       or True, self.fields)
        if done:
            self.fields.clear()
            self.accept()


class InboxPanel(QWidget):
    """The list of pending referrals to a team, with Accept (Ctrl+P) and Return (Ctrl+Z)."""

    # The CaseView of the case the team now carries, and the ReferralView that was accepted.
    accepted = Signal(object, object)

    def __init__(self, services: Services, actor: Actor, bus: Bus, team: str,
                 parent: QWidget | None = None, load: bool = True) -> None:
        super().__init__(parent)
        self.services, self.actor, self.bus, self.team = services, actor, bus, team
        self.model: PagedTableModel[ReferralView] = PagedTableModel([
            Column(self.tr("Nr"), lambda r: r.number),
            Column(self.tr("Pilne"), lambda r: self.tr("PILNE") if r.urgent else ""),
            # The head gave it to one worker of the team (services/assignment.py).
            Column(self.tr("Przydzielone"), lambda r: "" if r.assigned_to is None else (
                self.tr("Tobie") if r.assigned_to == actor.user_id else self.tr("innej osobie"))),
            Column(self.tr("Wniosek"), lambda r: self.tr("złożony") if r.application_lodged else ""),
            Column(self.tr("Osoba"), lambda r: r.person_name),
            Column(self.tr("PESEL"), lambda r: r.person_pesel or ""),
            Column(self.tr("Od"), lambda r: labels.vocab(labels.TEAMS, r.sent_by_team)),
            Column(self.tr("Przekazano"), lambda r: datetime_short(r.created_at)),
            Column(self.tr("Powód"), lambda r: r.reason_for_receiver),
            Column(self.tr("Powody (art. 7)"), lambda r: ", ".join(g.value for g in r.grounds)),
            Column(self.tr("Przekazał(a) dalej"), lambda r: self.tr("%1, %2").replace(
                "%1", r.forwards[-1].forwarded_by).replace(
                "%2", datetime_short(r.forwards[-1].forwarded_at)) if r.forwards else ""),
        ], parent=self)
        self.table = make_table(self.model, f"inbox_{team}", self.tr("Skrzynka skierowań"))
        # However the splitter above a team's work is dragged, a few referrals stay in view.
        rows = self.table.verticalHeader().defaultSectionSize() * MIN_ROWS
        self.table.setMinimumHeight(self.table.horizontalHeader().sizeHint().height() + rows
                                    + 2 * self.table.frameWidth())
        self.title = QLabel()
        self.accept_button = QPushButton(self.tr("&Przyjmij"))
        self.accept_button.setObjectName("accept_referral")
        self.return_button = QPushButton(self.tr("&Zwróć…"))
        self.return_button.setObjectName("return_referral")
        self.forward_button = QPushButton(self.tr("Przeka&ż dalej…"))
        self.forward_button.setObjectName("forward_referral")
        self.accept_button.clicked.connect(self.accept_selected)
        self.return_button.clicked.connect(self.return_selected)
        self.forward_button.clicked.connect(self.forward_selected)
        QShortcut(QKeySequence("Ctrl+P"), self, self.accept_selected,
                  context=Qt.ShortcutContext.WidgetWithChildrenShortcut)
        buttons = QHBoxLayout()
        buttons.addWidget(self.title)
        buttons.addStretch()
        buttons.addWidget(self.accept_button)
        buttons.addWidget(self.return_button)
        buttons.addWidget(self.forward_button)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addLayout(buttons)
        layout.addWidget(self.table)
        if load:  # a tab that refreshes everything right after building says load=False
            self.refresh()

    def refresh(self) -> None:
        self.model.set_source(
            lambda offset, limit: self.services.referrals.inbox(self.actor, self.team, limit, offset),
            lambda: self.services.referrals.inbox_count(self.actor, self.team),
        )
        self.title.setText(self.tr("Skierowania do przyjęcia: %1").replace("%1", str(self.model.total())))
        if self.model.rowCount():
            self.table.selectRow(0)

    def selected(self) -> ReferralView | None:
        return selected_object(self.table, self.model)

    def accept_selected(self) -> CaseView | None:
        referral = self.selected()
        if referral is None:
            return None
        case = attempt(self, lambda: self.services.referrals.accept(self.actor, referral.id))
        if case is not None:
            self.accepted.emit(case, referral)
            self.bus.changed.emit()
        return case

    def return_selected(self) -> None:
        referral = self.selected()
        if referral is None:
            return
        dialog = ReturnDialog(self.services, self.actor, referral, self)
        returned = dialog.exec() == QDialog.DialogCode.Accepted
        dialog.deleteLater()
        if returned:
            self.bus.changed.emit()

    def forward_selected(self) -> None:
        referral = self.selected()
        if referral is None:
            return
        dialog = ForwardDialog(self.services, self.actor, referral, self.team, self)
        forwarded = dialog.exec() == QDialog.DialogCode.Accepted
        dialog.deleteLater()
        if forwarded:
            self.bus.changed.emit()


class ForwardDialog(QDialog):
    """Passes a referral meant for another team on to it, with a reason for that team.

    Both are required; the desk is not offered (a referral goes back there by Return). When
    saving fails the dialog stays open with the choice and the reason as typed.
    """

    def __init__(self, services: Services, actor: Actor, referral: ReferralView, team: str,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.services, self.actor, self.referral = services, actor, referral
        self.setWindowTitle(self.tr("Przekazanie skierowania do innego zespołu"))
        self.to_team = QComboBox()
        self.to_team.setObjectName("forward_to")
        self.to_team.setAccessibleName(self.tr("Zespół, do którego przekazać"))
        for other in (t for t in Team if t is not Team.FIRST_CONTACT and t.value != team):
            self.to_team.addItem(labels.vocab(labels.TEAMS, other), other)
        self.reason = QPlainTextEdit()
        self.reason.setObjectName("forward_reason")
        self.reason.setAccessibleName(self.tr("Powód przekazania"))
        self.reason.setPlaceholderText(self.tr("Dla zespołu, który przejmie sprawę"))
        self.fields = FieldErrors()
        buttons, self.save_button, _ = save_cancel(self, self.tr("&Przekaż"), "forward", self.save)
        layout = QVBoxLayout(self)
        layout.addWidget(QLabel(self.tr("Skierowanie %1 – %2").replace("%1", referral.number)
                                .replace("%2", referral.person_name)))
        layout.addWidget(QLabel(self.tr("Przekaż do zespołu:")))
        layout.addWidget(self.to_team)
        layout.addWidget(self.fields.label_for("forward_to", self.to_team))
        layout.addWidget(QLabel(self.tr("Powód przekazania:")))
        layout.addWidget(self.reason)
        layout.addWidget(self.fields.label_for("forward_reason", self.reason))
        layout.addWidget(buttons)
        self.reason.setFocus()

    def save(self) -> None:
        text = self.reason.toPlainText()
        if not text.strip():
            self.fields.show(ValidationError([FieldError("forward_reason", "required")]))
            return
        to = Team(self.to_team.currentData())
        done = attempt(self, lambda: self.services.referrals.forward(
            self.actor, self.referral.id, to, text) or True, self.fields)
        if done:
            self.fields.clear()
            self.accept()
