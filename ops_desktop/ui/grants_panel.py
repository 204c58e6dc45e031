"""Grants of roles waiting for a second person (services/grants.py), with "Zatwierdź" and
"Odrzuć": in Administracja → Użytkownicy and in the head's tab. Whoever asked sees the
request too, and the service refuses their own confirmation with a message."""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import QHBoxLayout, QLabel, QVBoxLayout, QWidget

from ops_desktop.i18n.format import office_datetime
from ops_desktop.services.context import Actor
from ops_desktop.services.errors import DomainError, StorageEnvironmentError
from ops_desktop.services.grants import PendingGrant
from ops_desktop.services.hub import Services
from ops_desktop.ui import guard, labels
from ops_desktop.ui.bus import Bus
from ops_desktop.ui.forms import push_button
from ops_desktop.ui.table_model import Column, PagedTableModel, make_table, selected_object


def roles_words(grant: PendingGrant) -> str:
    return ", ".join(sorted(labels.vocab(labels.ROLES, r.value) for r in grant.roles))


class PendingGrantsPanel(QWidget):
    counted = Signal(int)

    def __init__(self, services: Services, actor: Actor, bus: Bus,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.services, self.actor, self.bus = services, actor, bus
        self.model: PagedTableModel[PendingGrant] = PagedTableModel([
            Column(self.tr("Użytkownik"), lambda g: f"{g.full_name} ({g.login})"),
            Column(self.tr("Role do nadania"), roles_words),
            Column(self.tr("Poprosił(a)"), lambda g: g.requested_by),
            Column(self.tr("Kiedy"), lambda g: office_datetime(g.requested_at),
                   sort_key=lambda g: g.requested_at),
        ], parent=self)
        self.table = make_table(self.model, "pending_grants_table",
                                self.tr("Prośby o nadanie ról"))
        self.confirm_button = push_button(self.tr("&Zatwierdź"), "confirm_grant", self.confirm)
        self.reject_button = push_button(self.tr("&Odrzuć"), "reject_grant", self.reject)
        self.notice = QLabel()
        self.notice.setObjectName("pending_grants_notice")
        self.notice.setWordWrap(True)
        self.notice.setTextFormat(Qt.TextFormat.PlainText)
        explanation = QLabel(self.tr(
            "Role z dostępem do spraw i rola administratora działają dopiero, gdy zatwierdzi je "
            "druga osoba: kierownik albo inny administrator – nie ten, kto poprosił, i nie ten, "
            "kto ma je dostać."))
        explanation.setWordWrap(True)
        buttons = QHBoxLayout()
        buttons.addWidget(self.confirm_button)
        buttons.addWidget(self.reject_button)
        buttons.addWidget(self.notice, 1)
        layout = QVBoxLayout(self)
        layout.addWidget(explanation)
        layout.addWidget(self.table, 1)
        layout.addLayout(buttons)
        self.table.selectionModel().selectionChanged.connect(lambda *_: self._enable())
        bus.changed.connect(self.refresh)
        self.refresh()

    def refresh(self) -> None:
        try:
            grants = self.services.accounts.grants.pending(self.actor)
        except (DomainError, StorageEnvironmentError) as exc:
            self.notice.setText(guard.describe(exc))
            grants = []
        self.model.set_rows(grants)
        self._enable()
        self.counted.emit(len(grants))

    def chosen(self) -> PendingGrant | None:
        return selected_object(self.table, self.model)

    def _enable(self) -> None:
        some = self.chosen() is not None
        self.confirm_button.setEnabled(some)
        self.reject_button.setEnabled(some)

    def confirm(self) -> None:
        grant = self.chosen()
        if grant is not None and guard.attempt(self, lambda: self.services.accounts.grants.confirm(
                self.actor, grant.id) or True):
            self._done(self.tr("Zatwierdzono: %1 – %2. Zmiana działa od następnej czynności "
                               "tej osoby.").replace("%1", grant.full_name)
                       .replace("%2", roles_words(grant)))

    def reject(self) -> None:
        grant = self.chosen()
        if grant is not None and guard.attempt(self, lambda: self.services.accounts.grants.reject(
                self.actor, grant.id) or True):
            self._done(self.tr("Odrzucono prośbę dla %1.").replace("%1", grant.full_name))

    def _done(self, text: str) -> None:
        self.bus.changed.emit()  # the accounts list shows the new roles, this list shrinks
        self.notice.setText(text)
