"""Zmiany odrzucone: changes of other PCs this PC did not apply, with the reason in words.
Read-only, for the coordinator and the administrator (the administrator sees which kind of
record, not whose file). Those tried again at every exchange are marked as waiting."""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QColor
from PySide6.QtWidgets import QLabel, QVBoxLayout, QWidget

from ops_desktop.i18n.format import office_datetime
from ops_desktop.services.context import Actor
from ops_desktop.services.errors import DomainError, StorageEnvironmentError
from ops_desktop.services.exchange_inbox import RefusedChange
from ops_desktop.services.hub import Services
from ops_desktop.ui import guard, labels
from ops_desktop.ui.bus import Bus
from ops_desktop.ui.coordinator.exchange_words import record_text, who_when
from ops_desktop.ui.table_model import Column, PagedTableModel, make_table

WAITING_COLOUR = QColor("#8a5a00")


class RefusedChangesPage(QWidget):
    counted = Signal(int)

    def __init__(self, services: Services, actor: Actor, bus: Bus,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.services, self.actor = services, actor
        self.heading = QLabel()
        self.heading.setObjectName("refused_heading")
        self.heading.setWordWrap(True)
        self.heading.setTextFormat(Qt.TextFormat.PlainText)
        self.model: PagedTableModel[RefusedChange] = PagedTableModel([
            Column(self.tr("Odrzucona"), lambda r: office_datetime(r.refused_at),
                   sort_key=lambda r: r.refused_at),
            Column(self.tr("Z komputera"), lambda r: r.member or "—"),
            Column(self.tr("Zmienił(a)"), lambda r: who_when(r.author, r.made_at)),
            Column(self.tr("Rodzaj"), lambda r: labels.audit_entity(r.record.table)),
            Column(self.tr("Dotyczy"), lambda r: record_text(r.record)),
            Column(self.tr("Stan"), self.state_text,
                   foreground=lambda r: WAITING_COLOUR if r.waiting else None),
            Column(self.tr("Powód"), lambda r: labels.exchange_refusal(r.reason)),
        ], parent=self)
        self.table = make_table(self.model, "refused_table", self.tr("Zmiany odrzucone"))
        self.table.setWordWrap(True)
        layout = QVBoxLayout(self)
        layout.addWidget(self.heading)
        layout.addWidget(self.table, 1)
        bus.changed.connect(self.refresh)
        self.refresh()

    def state_text(self, change: RefusedChange) -> str:
        return (self.tr("czeka na brakujące dane") if change.waiting
                else self.tr("odrzucona"))

    def refresh(self) -> None:
        try:
            changes = self.services.exchange_inbox.refused_changes(self.actor)
        except (DomainError, StorageEnvironmentError) as exc:
            self.heading.setText(guard.describe(exc))
            return
        self.model.set_rows(changes)
        self.table.resizeRowsToContents()
        waiting = sum(1 for c in changes if c.waiting)
        self.heading.setText(
            self.tr("Zmiany z innych komputerów, których ten komputer nie przyjął: %1 "
                    "(w tym czekające na brakujące dane: %2). Czekające są sprawdzane "
                    "ponownie przy każdej wymianie.")
            .replace("%1", str(len(changes))).replace("%2", str(waiting)) if changes else
            self.tr("Ten komputer przyjął wszystkie zmiany z innych komputerów."))
        self.counted.emit(len(changes))
