"""The data-protection officer's tab: the audit log filtered, one entry field by field, the chain check."""

from __future__ import annotations

import json
import uuid
from decimal import Decimal
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

from ops_desktop.i18n.format import money
from ops_desktop.services.audit import (
    ACTIONS,
    AuditEntryView,
    Break,
    ChainReport,
    FieldChange,
)
from ops_desktop.services.context import Actor
from ops_desktop.services.hub import Services
from ops_desktop.services.mapping import local_time
from ops_desktop.ui import guard
from ops_desktop.ui.bus import Bus
from ops_desktop.ui.forms import named
from ops_desktop.ui.table_model import Column, PagedTableModel, make_table
from ops_desktop.ui.worker import run_with_progress

ACTION_NAMES: dict[str, str] = {
    "insert": QT_TRANSLATE_NOOP("audit", "dodanie"),
    "update": QT_TRANSLATE_NOOP("audit", "zmiana"),
    "delete": QT_TRANSLATE_NOOP("audit", "usunięcie"),
    "view": QT_TRANSLATE_NOOP("audit", "wgląd"),
    "sign_in": QT_TRANSLATE_NOOP("audit", "zalogowanie"),
    "sign_in_failed": QT_TRANSLATE_NOOP("audit", "nieudane logowanie"),
    "sign_out": QT_TRANSLATE_NOOP("audit", "wylogowanie"),
    "reset_password": QT_TRANSLATE_NOOP("audit", "zresetowanie hasła"),
    "export": QT_TRANSLATE_NOOP("audit", "wydanie kopii danych"),
    "anonymise": QT_TRANSLATE_NOOP("audit", "anonimizacja"),
    "backup": QT_TRANSLATE_NOOP("audit", "kopia zapasowa"),
    "restore": QT_TRANSLATE_NOOP("audit", "przywrócenie kopii"),
    "import": QT_TRANSLATE_NOOP("audit", "wczytanie danych"),
    "print": QT_TRANSLATE_NOOP("audit", "wydruk"),
}

ENTITY_NAMES: dict[str, str] = {
    "persons": QT_TRANSLATE_NOOP("audit", "osoba"),
    "person": QT_TRANSLATE_NOOP("audit", "osoba"),
    "user": QT_TRANSLATE_NOOP("audit", "użytkownik"),
    "backup": QT_TRANSLATE_NOOP("audit", "kopia zapasowa"),
    "person_file": QT_TRANSLATE_NOOP("audit", "kartoteka osoby"),
    "households": QT_TRANSLATE_NOOP("audit", "gospodarstwo domowe"),
    "household_members": QT_TRANSLATE_NOOP("audit", "członek gospodarstwa"),
    "cases": QT_TRANSLATE_NOOP("audit", "sprawa"),
    "intakes": QT_TRANSLATE_NOOP("audit", "zgłoszenie"),
    "referrals": QT_TRANSLATE_NOOP("audit", "skierowanie"),
    "applications": QT_TRANSLATE_NOOP("audit", "wniosek"),
    "incomes": QT_TRANSLATE_NOOP("audit", "dochód"),
    "decisions": QT_TRANSLATE_NOOP("audit", "decyzja"),
    "social_work_notes": QT_TRANSLATE_NOOP("audit", "notatka pracy socjalnej"),
    "users": QT_TRANSLATE_NOOP("audit", "użytkownik"),
    "authorisations": QT_TRANSLATE_NOOP("audit", "upoważnienie"),
    "teams": QT_TRANSLATE_NOOP("audit", "zespół"),
    "settings": QT_TRANSLATE_NOOP("audit", "ustawienie"),
}

BREAKS: dict[Break, str] = {
    Break.MISSING: QT_TRANSLATE_NOOP("audit", "usunięto wcześniejsze wpisy (od nr %1)"),
    Break.LINK: QT_TRANSLATE_NOOP("audit", "wpis nie jest powiązany z poprzednim"),
    Break.DIGEST: QT_TRANSLATE_NOOP("audit", "zmieniono zapis zmian we wpisie"),
    Break.HASH: QT_TRANSLATE_NOOP("audit", "zmieniono treść wpisu"),
    Break.MALFORMED: QT_TRANSLATE_NOOP("audit", "wpis ma nieprawidłowy format"),
}

FIELD_NAMES: dict[str, str] = {
    "first_name": QT_TRANSLATE_NOOP("audit", "imię"),
    "last_name": QT_TRANSLATE_NOOP("audit", "nazwisko"),
    "search_name": QT_TRANSLATE_NOOP("audit", "nazwisko do wyszukiwania"),
    "pesel": QT_TRANSLATE_NOOP("audit", "PESEL"),
    "id_document_type": QT_TRANSLATE_NOOP("audit", "rodzaj dokumentu"),
    "id_document_number": QT_TRANSLATE_NOOP("audit", "numer dokumentu"),
    "birth_date": QT_TRANSLATE_NOOP("audit", "data urodzenia"),
    "sex": QT_TRANSLATE_NOOP("audit", "płeć"),
    "street": QT_TRANSLATE_NOOP("audit", "ulica"),
    "building": QT_TRANSLATE_NOOP("audit", "numer domu"),
    "flat": QT_TRANSLATE_NOOP("audit", "numer lokalu"),
    "postal_code": QT_TRANSLATE_NOOP("audit", "kod pocztowy"),
    "city": QT_TRANSLATE_NOOP("audit", "miejscowość"),
    "phone": QT_TRANSLATE_NOOP("audit", "telefon"),
    "household_id": QT_TRANSLATE_NOOP("audit", "gospodarstwo (id)"),
    "person_id": QT_TRANSLATE_NOOP("audit", "osoba (id)"),
    "relation": QT_TRANSLATE_NOOP("audit", "pokrewieństwo"),
    "deleted_at": QT_TRANSLATE_NOOP("audit", "usunięto"),
    "anonymised_at": QT_TRANSLATE_NOOP("audit", "zanonimizowano"),
    "status": QT_TRANSLATE_NOOP("audit", "stan"),
    "amount_grosze": QT_TRANSLATE_NOOP("audit", "kwota"),
    "bank_account": QT_TRANSLATE_NOOP("audit", "rachunek bankowy"),
    "reasoning": QT_TRANSLATE_NOOP("audit", "uzasadnienie"),
    "signed_at": QT_TRANSLATE_NOOP("audit", "podpisano"),
    "signed_by": QT_TRANSLATE_NOOP("audit", "podpisał(a) (id)"),
    "problem": QT_TRANSLATE_NOOP("audit", "opis problemu"),
    "text": QT_TRANSLATE_NOOP("audit", "treść"),
    "login": QT_TRANSLATE_NOOP("audit", "login"),
    "full_name": QT_TRANSLATE_NOOP("audit", "imię i nazwisko"),
    "roles": QT_TRANSLATE_NOOP("audit", "role"),
    "active": QT_TRANSLATE_NOOP("audit", "aktywny"),
    "password_hash": QT_TRANSLATE_NOOP("audit", "hasło (skrót)"),
    "value": QT_TRANSLATE_NOOP("audit", "wartość"),
}

NO_LIMIT = QDate(2000, 1, 1)  # the date edits' "no limit" value, shown as a dash
STYLE_BROKEN = "color: #b00020; font-weight: bold;"


def _tr(text: str) -> str:
    return QCoreApplication.translate("audit", text)


def action_name(code: str) -> str:
    return _tr(ACTION_NAMES[code]) if code in ACTION_NAMES else code


def entity_name(code: str) -> str:
    return _tr(ENTITY_NAMES[code]) if code in ENTITY_NAMES else code


def field_name(code: str) -> str:
    """The field in words, with the stored name beside it for anyone comparing with the file."""
    return f"{_tr(FIELD_NAMES[code])} ({code})" if code in FIELD_NAMES else code


def value_text(value: Any, field: str = "") -> str:
    """A logged value as the auditor reads it (money is stored in grosze)."""
    if value is None:
        return "—"
    if field.endswith("_grosze") and isinstance(value, int) and not isinstance(value, bool):
        return money(Decimal(value) / 100)
    if isinstance(value, bool):
        return (QCoreApplication.translate("audit", "tak") if value
                else QCoreApplication.translate("audit", "nie"))
    if isinstance(value, str):
        return value
    return json.dumps(value, ensure_ascii=False)


def _short(value: object | None) -> str:
    # Ids are time-ordered: their start is the same for a day's work, their end tells apart.
    return "" if value is None else "…" + str(value)[-8:]


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
            self.action.addItem(action_name(code), code)
        self.apply_button = named(QPushButton(self.tr("&Filtruj")), "audit_apply", self.tr("Filtruj"))
        self.apply_button.clicked.connect(self.refresh)
        self.clear_button = named(QPushButton(self.tr("&Wyczyść filtr")), "audit_clear",
                                  self.tr("Wyczyść filtr"))
        self.clear_button.clicked.connect(self.clear_filter)

        self.entries: PagedTableModel[AuditEntryView] = PagedTableModel([
            Column(self.tr("Nr"), lambda e: str(e.seq), sort_key=lambda e: e.seq, align_right=True),
            Column(self.tr("Czas"), lambda e: e.at.strftime("%d.%m.%Y %H:%M:%S"),
                   sort_key=lambda e: e.at),
            Column(self.tr("Użytkownik"), self._who),
            Column(self.tr("Czynność"), lambda e: action_name(e.action)),
            Column(self.tr("Rekord"), lambda e: entity_name(e.entity)),
            Column(self.tr("Osoba (id)"), lambda e: _short(e.person_id)),
        ], parent=self)
        self.table = make_table(self.entries, "audit_table", self.tr("Dziennik zdarzeń"))
        self.table.selectionModel().currentRowChanged.connect(lambda *_: self.show_selected())
        self.count_label = named(QLabel(), "audit_count", self.tr("Liczba wpisów"))

        self.detail_title = named(QLabel(), "audit_detail_title", self.tr("Wybrany wpis"))
        self.detail_title.setWordWrap(True)
        self.detail_title.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.fields: PagedTableModel[FieldChange] = PagedTableModel([
            Column(self.tr("Pole"), lambda f: field_name(f.field)),
            Column(self.tr("Było"), lambda f: value_text(f.before, f.field)),
            Column(self.tr("Jest"), lambda f: value_text(f.after, f.field)),
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
            .replace("%2", entry.at.strftime("%d.%m.%Y %H:%M:%S")).replace("%3", self._who(entry)),
            self.tr("Czynność: %1 · rekord: %2 %3").replace("%1", action_name(entry.action))
            .replace("%2", entity_name(entry.entity)).replace("%3", entry.entity_id or ""),
        ]
        if entry.person_id is not None:
            lines.append(self.tr("Dotyczy osoby (id): %1").replace("%1", str(entry.person_id)))
        if entry.redacted_at is not None:
            lines.append(self.tr("Treść zmian usunięto przy anonimizacji %1.")
                         .replace("%1", entry.redacted_at.strftime("%d.%m.%Y")))
        self.detail_title.setText("\n".join(lines))
        rows = list(entry.changes) or [FieldChange(k, None, v) for k, v in entry.details]
        self.fields.set_rows(rows)

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
        when = local_time(report.broken_at).strftime("%d.%m.%Y %H:%M:%S") if report.broken_at else "?"
        return (self.tr("Łańcuch naruszony! Pierwszy naruszony wpis: nr %1 z %2 – %3.")
                .replace("%1", str(report.broken_seq)).replace("%2", when).replace("%3", why)
                + " " + counts)
