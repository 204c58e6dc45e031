"""Konflikty wymiany: one field changed on two PCs while apart; the coordinator takes the
value that lost or leaves the one every PC holds. Both travel, so the entry closes on
every PC."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QCoreApplication, Qt, Signal
from PySide6.QtWidgets import (
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QMessageBox,
    QVBoxLayout,
    QWidget,
)

from ops_desktop.services.context import Actor
from ops_desktop.services.errors import DomainError, StorageEnvironmentError
from ops_desktop.services.exchange_inbox import ConflictEntry
from ops_desktop.services.hub import Services
from ops_desktop.ui import guard, labels
from ops_desktop.ui.audit_text import value_text
from ops_desktop.ui.bus import Bus
from ops_desktop.ui.coordinator.exchange_words import (
    act_text,
    double_signing_text,
    record_text,
    who_when,
)
from ops_desktop.ui.forms import push_button
from ops_desktop.ui.table_model import Column, PagedTableModel, make_table, selected_object


# Column → width: which record, the value kept, the value that lost.
WRAPPED_COLUMNS = {1: 230, 3: 260, 5: 260}


def _tr(text: str) -> str:
    return QCoreApplication.translate("ConflictsPage", text)


def value_of(entry: ConflictEntry, kept: bool) -> str:
    if not entry.shown:
        return _tr("(treść poufna – nie dla Twojej roli)")
    if entry.acts is not None:  # two acts of one draft: each named as on paper
        return act_text(entry.acts.kept if kept else entry.acts.later)
    return value_text(entry, entry.field, entry.kept_value if kept else entry.lost_value)


def confirm_take(parent: QWidget | None, text: str) -> bool:
    """The short confirmation naming both values; tests patch this."""
    answer = QMessageBox.question(
        parent, _tr("Przyjmij drugą wartość"), text,
        QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.Cancel,
        QMessageBox.StandardButton.Cancel)
    return answer == QMessageBox.StandardButton.Yes


class ConflictsPage(QWidget):
    counted = Signal(int)  # open entries, for the page's tab title

    def __init__(self, services: Services, actor: Actor, bus: Bus,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.services, self.actor, self.bus = services, actor, bus
        self.heading = QLabel()
        self.heading.setObjectName("conflicts_heading")
        self.heading.setWordWrap(True)
        self.heading.setTextFormat(Qt.TextFormat.PlainText)
        self.model: PagedTableModel[ConflictEntry] = PagedTableModel([
            Column(self.tr("Rodzaj"), lambda c: labels.audit_entity(c.record.table)),
            Column(self.tr("Dotyczy"), lambda c: record_text(c.record)),
            Column(self.tr("Pole"), lambda c: labels.audit_field(c.record.table, c.field)),
            Column(self.tr("Wartość obecna"), lambda c: value_of(c, kept=True)),
            Column(self.tr("Obecną wpisał(a)"), lambda c: who_when(c.kept_by, c.kept_at, "\n")),
            Column(self.tr("Wartość, która przegrała"), lambda c: value_of(c, kept=False)),
            Column(self.tr("Drugą wpisał(a)"), lambda c: who_when(c.lost_by, c.lost_at, "\n")),
        ], parent=self)
        self.table = make_table(self.model, "conflicts_table", self.tr("Konflikty wymiany"))
        self.table.setWordWrap(True)
        # A value may be a whole note: the two value columns keep a width and wrap, and the
        # rows grow, so the list never runs sideways off the screen.
        header = self.table.horizontalHeader()
        for column, width in WRAPPED_COLUMNS.items():
            header.setSectionResizeMode(column, QHeaderView.ResizeMode.Interactive)
            header.resizeSection(column, width)
        self.take_button = push_button(self.tr("Przyjmij &drugą wartość"), "take_lost_value",
                                       self.take_lost_value)
        self.dismiss_button = push_button(self.tr("&Zostaw"), "dismiss_conflict", self.dismiss)
        self.report = QLabel()
        self.report.setObjectName("conflicts_report")
        self.report.setWordWrap(True)
        # What the office must do about a draft signed on two PCs: below the list, in full.
        self.acts_note = QLabel()
        self.acts_note.setObjectName("double_signing_note")
        self.acts_note.setWordWrap(True)
        self.acts_note.setTextFormat(Qt.TextFormat.PlainText)
        self.acts_note.hide()
        buttons = QHBoxLayout()
        buttons.addWidget(self.take_button)
        buttons.addWidget(self.dismiss_button)
        buttons.addWidget(self.report, 1)
        layout = QVBoxLayout(self)
        layout.addWidget(self.heading)
        layout.addWidget(self.table, 1)
        layout.addWidget(self.acts_note)
        layout.addLayout(buttons)
        self.table.selectionModel().selectionChanged.connect(self._enable)
        bus.changed.connect(self.refresh)
        self.refresh()

    def refresh(self) -> None:
        try:
            entries = self.services.exchange_inbox.conflicts(self.actor)
        except (DomainError, StorageEnvironmentError) as exc:
            self.heading.setText(guard.describe(exc))
            return
        self.model.set_rows(entries)
        self.table.resizeRowsToContents()
        self.heading.setText(
            self.tr("Konflikty wymiany: %1. Ta sama dana została zmieniona na dwóch "
                    "komputerach, zanim się wymieniły; wszystkie komputery mają teraz "
                    "wartość obecną. Przyjmij drugą wartość albo zostaw obecną.")
            .replace("%1", str(len(entries))) if entries else
            self.tr("Nie ma konfliktów wymiany do rozstrzygnięcia."))
        self.counted.emit(len(entries))
        self._enable()

    def _chosen(self) -> ConflictEntry | None:
        return selected_object(self.table, self.model)

    def _enable(self) -> None:
        chosen = self._chosen()
        # A signed act is never taken in place of another (double_signing_text says why).
        self.take_button.setEnabled(chosen is not None and chosen.shown and chosen.acts is None)
        self.dismiss_button.setEnabled(chosen is not None)
        acts = chosen.acts if chosen is not None else None
        self.acts_note.setText(double_signing_text(acts) if acts is not None else "")
        self.acts_note.setVisible(acts is not None)

    def take_lost_value(self) -> None:
        entry = self._chosen()
        if entry is None or not entry.shown or entry.acts is not None:
            return
        question = (self.tr("Przyjąć «%1» zamiast «%2» (%3 – %4)? Zmiana trafi na wszystkie "
                            "komputery biura.")
                    .replace("%1", value_of(entry, kept=False))
                    .replace("%2", value_of(entry, kept=True))
                    .replace("%3", record_text(entry.record))
                    .replace("%4", labels.audit_field(entry.record.table, entry.field)))
        if not confirm_take(self, question):
            return
        self._act(lambda: self.services.exchange_inbox.take_lost_value(self.actor, entry.id),
                  self.tr("Przyjęto drugą wartość: %1.").replace("%1", value_of(entry, kept=False)))

    def dismiss(self) -> None:
        entry = self._chosen()
        if entry is None:
            return
        self._act(lambda: self.services.exchange_inbox.dismiss_conflict(self.actor, entry.id),
                  self.tr("Zostawiono wartość obecną."))

    def _act(self, action: Callable[[], None], done: str) -> None:
        try:
            action()
        except (DomainError, StorageEnvironmentError) as exc:
            guard.message(self, guard.describe(exc))
            self.refresh()
            return
        self.report.setText(done)
        self.bus.changed.emit()
