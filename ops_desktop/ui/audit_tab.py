"""The data-protection officer's tab: the audit log filtered, one entry field by field, the chain check."""

from __future__ import annotations

import uuid
from typing import Any

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, QDate, Qt
from PySide6.QtWidgets import (
    QComboBox,
    QDateEdit,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QSplitter,
    QVBoxLayout,
    QWidget,
)

from ops_desktop.i18n.format import date_short, office_datetime
from ops_desktop.services.audit import ACTIONS, AuditEntryView, Break, ChainReport
from ops_desktop.services.context import Actor
from ops_desktop.services.hub import Services
from ops_desktop.ui import audit_text, guard
from ops_desktop.ui.bus import Bus
from ops_desktop.ui.forms import named
from ops_desktop.ui.labels import audit_action, audit_entity
from ops_desktop.ui.table_model import Column, PagedTableModel, make_table
from ops_desktop.ui.worker import run_with_progress

BREAKS: dict[Break, str] = {
    Break.MISSING: QT_TRANSLATE_NOOP("audit", "usunięto wcześniejsze wpisy (od nr %1)"),
    Break.LINK: QT_TRANSLATE_NOOP("audit", "wpis nie jest powiązany z poprzednim"),
    Break.DIGEST: QT_TRANSLATE_NOOP("audit", "zmieniono zapis zmian we wpisie"),
    Break.HASH: QT_TRANSLATE_NOOP("audit", "zmieniono treść wpisu"),
    Break.MALFORMED: QT_TRANSLATE_NOOP("audit", "wpis ma nieprawidłowy format"),
}

NO_LIMIT = QDate(2000, 1, 1)  # the date edits' "no limit" value, shown as a dash
STYLE_BROKEN = "color: #b00020; font-weight: bold;"


def _tr(text: str) -> str:
    return QCoreApplication.translate("audit", text)


class AuditTab(QWidget):
    """Filter above, the log on the left (newest first, paged), the chosen entry on the right."""

    def __init__(self, services: Services, actor: Actor, bus: Bus,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.services, self.actor, self.bus = services, actor, bus

        self.pesel = named(QLineEdit(), "audit_pesel", self.tr("PESEL osoby"))
        self.pesel.setPlaceholderText(self.tr("PESEL osoby"))
        self.pesel.setMaxLength(13)
        self.pesel.returnPressed.connect(self.refresh)
        self.user = named(QComboBox(), "audit_user", self.tr("Użytkownik"))
        self.since = self._date_edit("audit_since", self.tr("Od dnia"))
        self.until = self._date_edit("audit_until", self.tr("Do dnia"))
        self.action = named(QComboBox(), "audit_action", self.tr("Czynność"))
        self.action.addItem(self.tr("wszystkie czynności"), None)
        for code in ACTIONS:
            self.action.addItem(audit_action(code), code)
        self.apply_button = named(QPushButton(self.tr("&Filtruj")), "audit_apply", self.tr("Filtruj"))
        self.apply_button.clicked.connect(self.refresh)
        self.clear_button = named(QPushButton(self.tr("&Wyczyść filtr")), "audit_clear",
                                  self.tr("Wyczyść filtr"))
        self.clear_button.clicked.connect(self.clear_filter)

        self.entries: PagedTableModel[AuditEntryView] = PagedTableModel([
            Column(self.tr("Nr"), lambda e: str(e.seq), sort_key=lambda e: e.seq, align_right=True),
            Column(self.tr("Czas"), lambda e: office_datetime(e.at, seconds=True),
                   sort_key=lambda e: e.at),
            Column(self.tr("Użytkownik"), self._who),
            Column(self.tr("Czynność"), lambda e: audit_action(e.action)),
            Column(self.tr("Rekord"), lambda e: audit_entity(e.entity)),
            Column(self.tr("Osoba"), audit_text.person_text),
        ], parent=self)
        self.table = make_table(self.entries, "audit_table", self.tr("Dziennik zdarzeń"))
        self.table.selectionModel().currentRowChanged.connect(lambda *_: self.show_selected())
        self.count_label = named(QLabel(), "audit_count", self.tr("Liczba wpisów"))

        self.detail_title = named(QLabel(), "audit_detail_title", self.tr("Wybrany wpis"))
        self.detail_title.setWordWrap(True)
        self.detail_title.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.fields: PagedTableModel[tuple[str, str, str]] = PagedTableModel([
            Column(self.tr("Pole"), lambda f: f[0]),
            Column(self.tr("Było"), lambda f: f[1]),
            Column(self.tr("Jest"), lambda f: f[2]),
        ], parent=self)
        self.fields_table = make_table(self.fields, "audit_fields", self.tr("Zmiany w polach"))

        self.verify_button = named(QPushButton(self.tr("&Sprawdź łańcuch")), "audit_verify",
                                   self.tr("Sprawdź nienaruszalność dziennika"))
        self.verify_button.clicked.connect(self.verify)
        self.chain_result = named(QLabel(), "audit_chain_result", self.tr("Wynik sprawdzenia"))
        self.chain_result.setWordWrap(True)
        self.chain_result.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)

        self._layout()
        self._load_users()
        bus.changed.connect(self.refresh)
        self.refresh()

    # --- building ---
    def _date_edit(self, name: str, accessible: str) -> QDateEdit:
        edit = named(QDateEdit(), name, accessible)
        edit.setCalendarPopup(True)
        edit.setDisplayFormat("dd.MM.yyyy")
        edit.setMinimumDate(NO_LIMIT)
        edit.setSpecialValueText("—")  # shown at the minimum: no limit on this side
        edit.setDate(NO_LIMIT)
        return edit

    def _layout(self) -> None:
        filters = QHBoxLayout()
        for label, widget in ((self.tr("PESEL:"), self.pesel), (self.tr("Użytkownik:"), self.user),
                              (self.tr("Od:"), self.since), (self.tr("Do:"), self.until),
                              (self.tr("Czynność:"), self.action)):
            caption = QLabel(label)
            caption.setBuddy(widget)
            filters.addWidget(caption)
            filters.addWidget(widget)
        filters.addWidget(self.apply_button)
        filters.addWidget(self.clear_button)
        filters.addStretch()

        left = QWidget()
        left_layout = QVBoxLayout(left)
        left_layout.setContentsMargins(0, 0, 0, 0)
        left_layout.addWidget(self.count_label)
        left_layout.addWidget(self.table)
        detail = QGroupBox(self.tr("Wpis"))
        detail_layout = QVBoxLayout(detail)
        detail_layout.addWidget(self.detail_title)
        detail_layout.addWidget(self.fields_table)
        splitter = QSplitter(Qt.Orientation.Horizontal)
        splitter.addWidget(left)
        splitter.addWidget(detail)
        splitter.setStretchFactor(0, 3)
        splitter.setStretchFactor(1, 2)

        chain = QHBoxLayout()
        chain.addWidget(self.verify_button)
        chain.addWidget(self.chain_result, 1)

        layout = QVBoxLayout(self)
        layout.addLayout(filters)
        layout.addWidget(splitter, 1)
        layout.addLayout(chain)

    def _load_users(self) -> None:
        self.user.clear()
        self.user.addItem(self.tr("wszyscy użytkownicy"), None)
        for user in self.services.office.users():
            self.user.addItem(f"{user.full_name} ({user.login})", str(user.id))

    def _who(self, entry: AuditEntryView) -> str:
        return entry.actor_name or self.tr("program")

    # --- showing ---
    def _filter(self) -> dict[str, Any]:
        since, until = self.since.date(), self.until.date()
        user = self.user.currentData()
        return dict(
            pesel=self.pesel.text().strip() or None,
            user_id=uuid.UUID(user) if user else None,
            since=None if since == NO_LIMIT else since.toPython(),
            until=None if until == NO_LIMIT else until.toPython(),
            action=self.action.currentData(),
        )

    def refresh(self) -> None:
        chosen = self._filter()
        audit, actor = self.services.audit, self.actor
        # On failure the message box says why and the view keeps the rows it had.
        guard.attempt(self, lambda: self.entries.set_keyset_source(
            lambda last, limit: audit.entries(actor, limit=limit, after=last, **chosen),
            lambda: audit.count(actor, **chosen),
        ))
        self.count_label.setText(self.tr("Wpisów: %1").replace("%1", str(self.entries.total())))
        self.show_selected()

    def clear_filter(self) -> None:
        self.pesel.clear()
        self.user.setCurrentIndex(0)
        self.since.setDate(NO_LIMIT)
        self.until.setDate(NO_LIMIT)
        self.action.setCurrentIndex(0)
        self.refresh()

    def selected(self) -> AuditEntryView | None:
        index = self.table.selectionModel().currentIndex()
        return self.entries.row_object(index.row()) if index.isValid() else None

    def show_selected(self) -> None:
        entry = self.selected()
        if entry is None:
            self.detail_title.setText(self.tr("Wybierz wpis z listy."))
            self.fields.set_rows([])
            return
        lines = [
            self.tr("Wpis nr %1 · %2 · %3").replace("%1", str(entry.seq))
            .replace("%2", office_datetime(entry.at, seconds=True)).replace("%3", self._who(entry)),
            self.tr("Czynność: %1 · rekord: %2 %3").replace("%1", audit_action(entry.action))
            .replace("%2", audit_entity(entry.entity)).replace("%3", audit_text.record_text(entry)),
        ]
        if entry.person_id is not None:
            lines.append(self.tr("Dotyczy osoby: %1").replace("%1", audit_text.person_text(entry)))
        if entry.redacted_at is not None:
            lines.append(self.tr("Treść zmian usunięto przy anonimizacji %1.")
                         .replace("%1", date_short(entry.redacted_at.date())))
        self.detail_title.setText("\n".join(lines))
        self.fields.set_rows(audit_text.rows(entry))

    # --- the chain ---
    def verify(self) -> None:
        self.verify_button.setEnabled(False)
        self.chain_result.setStyleSheet("")
        self.chain_result.setText(self.tr("Sprawdzam łańcuch wpisów…"))
        audit, actor = self.services.audit, self.actor
        run_with_progress(
            self, self.tr("Sprawdzanie dziennika zdarzeń…"),
            lambda progress, cancelled: audit.verify(actor, progress, cancelled),
            self._verified, self._verify_failed,
        )

    def _verified(self, report: ChainReport) -> None:
        self.verify_button.setEnabled(True)
        self.chain_result.setStyleSheet("" if report.ok or not report.complete else STYLE_BROKEN)
        self.chain_result.setText(self.describe(report))

    def _verify_failed(self, exc: BaseException) -> None:
        self.verify_button.setEnabled(True)
        self.chain_result.setText("")
        guard.message(self, guard.describe(exc))

    def describe(self, report: ChainReport) -> str:
        counts = (self.tr("Sprawdzono wpisów: %1 (zanonimizowanych: %2).")
                  .replace("%1", str(report.checked)).replace("%2", str(report.redacted)))
        if not report.complete:
            return self.tr("Sprawdzanie przerwano.") + " " + counts
        if report.ok:
            tail = ""
            if report.last_seq is not None:
                tail = " " + (self.tr("Ostatni wpis nr %1, skrót %2.")
                              .replace("%1", str(report.last_seq))
                              .replace("%2", report.last_hash or ""))
            return self.tr("Łańcuch nienaruszony.") + " " + counts + tail
        assert report.reason is not None
        why = _tr(BREAKS[report.reason]).replace("%1", str(report.expected_seq))
        when = office_datetime(report.broken_at, seconds=True) if report.broken_at else "?"
        return (self.tr("Łańcuch naruszony! Pierwszy naruszony wpis: nr %1 z %2 – %3.")
                .replace("%1", str(report.broken_seq)).replace("%2", when).replace("%3", why)
                + " " + counts)
