"""The notes of one social-work case: a paged list, the full text of the chosen note, new notes."""

from __future__ import annotations

import uuid
from typing import Any

from PySide6.QtCore import QItemSelection, Qt
from PySide6.QtGui import QColor, QFont, QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QDialog,
    QHBoxLayout,
    QLabel,
    QPlainTextEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from ops_desktop.domain.clock import wall_today
from ops_desktop.domain.permissions import Permission
from ops_desktop.i18n.format import date_short, datetime_short
from ops_desktop.services.context import Actor
from ops_desktop.services.hub import Services
from ops_desktop.services.social_work import NoteView
from ops_desktop.services.views import CaseView
from ops_desktop.ui import labels
from ops_desktop.ui.bus import Bus
from ops_desktop.ui.social_work.contracts import ContractsDialog
from ops_desktop.ui.social_work.note_dialog import NoteDialog
from ops_desktop.ui.social_work.programmes import ProgrammesDialog
from ops_desktop.ui.table_model import Column, Index, PagedTableModel, make_table, selected_object

# Niebieska Karta rows stand out in colour and weight, and say so in words as well.
NK_BACKGROUND = QColor("#dce8fb")
NK_FOREGROUND = QColor("#0b3d91")
NK_BANNER_STYLE = (f"background: {NK_BACKGROUND.name()}; color: {NK_FOREGROUND.name()};"
                   " font-weight: bold; padding: 4px;")


class NotesModel(PagedTableModel[NoteView]):
    """The paged note list, with Niebieska Karta rows marked."""

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if role in (Qt.ItemDataRole.BackgroundRole, Qt.ItemDataRole.ForegroundRole,
                    Qt.ItemDataRole.FontRole):
            note = self.row_object(index.row()) if index.isValid() else None
            if note is None or not note.niebieska_karta:
                return None
            if role == Qt.ItemDataRole.FontRole:
                font = QFont()
                font.setBold(True)
                return font
            return NK_BACKGROUND if role == Qt.ItemDataRole.BackgroundRole else NK_FOREGROUND
        return super().data(index, role)


def kind_text(note: NoteView) -> str:
    text = labels.vocab(labels.NOTE_KINDS, note.kind.value)
    return f"■ {text}" if note.niebieska_karta else text


class NotesPanel(QWidget):
    """Notes of the case chosen in the tab; Ctrl+N writes a new one."""

    def __init__(self, services: Services, actor: Actor, bus: Bus,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.services, self.actor, self.bus = services, actor, bus
        self.case: CaseView | None = None
        self.model = NotesModel([
            Column(self.tr("Data"), lambda n: date_short(n.noted_on), sort_key=lambda n: n.noted_on),
            Column(self.tr("Rodzaj"), kind_text),
            Column(self.tr("Autor"), lambda n: n.author_name),
            Column(self.tr("Treść"), lambda n: n.first_line),
        ], parent=self)
        self.table = make_table(self.model, "social_work_notes", self.tr("Notatki sprawy"))
        self.title = QLabel()
        self.title.setObjectName("notes_title")
        self.title.setWordWrap(True)
        self.new_button = QPushButton(self.tr("&Nowa notatka…"))
        self.new_button.setObjectName("new_note")
        self.edit_button = QPushButton(self.tr("Popra&w treść…"))
        self.edit_button.setObjectName("edit_note")
        self.edit_button.setToolTip(self.tr("Notatkę poprawia tylko jej autor, w dniu jej sporządzenia."))
        self.contracts_button = QPushButton(self.tr("&Kontrakt socjalny…"))
        self.contracts_button.setObjectName("social_contracts")
        self.contracts_button.clicked.connect(self.open_contracts)
        # Next to the contracts: the case's individual programmes and its help plans.
        self.programmes_button = QPushButton(self.tr("Programy &indywidualne…"))
        self.programmes_button.setObjectName("programmes")
        self.programmes_button.clicked.connect(lambda: self.open_programmes(False))
        self.help_plans_button = QPushButton(self.tr("Plan pomocy z &wywiadu…"))
        self.help_plans_button.setObjectName("help_plans")
        self.help_plans_button.clicked.connect(lambda: self.open_programmes(True))
        self.new_button.clicked.connect(self.new_note)
        self.edit_button.clicked.connect(self.edit_note)
        QShortcut(QKeySequence("Ctrl+N"), self, self.new_note,
                  context=Qt.ShortcutContext.WidgetWithChildrenShortcut)
        self.note_header = QLabel()
        self.note_header.setObjectName("note_header")
        self.note_header.setWordWrap(True)
        self.nk_banner = QLabel(self.tr("Niebieska Karta – dane szczególnie chronione. "
                                        "Nie udostępniaj poza zespołem i grupą diagnostyczno-pomocową."))
        self.nk_banner.setObjectName("niebieska_karta_banner")
        self.nk_banner.setWordWrap(True)
        self.nk_banner.setStyleSheet(NK_BANNER_STYLE)
        self.full_text = QPlainTextEdit()
        self.full_text.setObjectName("note_full_text")
        self.full_text.setAccessibleName(self.tr("Pełna treść notatki"))
        self.full_text.setReadOnly(True)
        buttons = QHBoxLayout()
        buttons.addWidget(self.title, 1)
        buttons.addWidget(self.new_button)
        buttons.addWidget(self.edit_button)
        buttons.addWidget(self.contracts_button)
        buttons.addWidget(self.programmes_button)
        buttons.addWidget(self.help_plans_button)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addLayout(buttons)
        layout.addWidget(self.table, 3)
        layout.addWidget(self.note_header)
        layout.addWidget(self.nk_banner)
        layout.addWidget(self.full_text, 2)
        self.table.selectionModel().selectionChanged.connect(self._selection_changed)
        self.set_case(None)

    # --- the case ---
    def set_case(self, case: CaseView | None, select: uuid.UUID | None = None) -> None:
        """Show the notes of `case` (none: nothing chosen), keeping the chosen note if it is there."""
        keep = select or (current.id if (current := self.selected()) else None)
        if case is None or (self.case is not None and case.id != self.case.id):
            keep = select
        self.case = case
        if case is None:
            self.model.set_rows([])
            self.title.setText(self.tr("Wybierz sprawę z listy, aby zobaczyć jej notatki."))
        else:
            case_id = case.id
            self.model.set_source(
                lambda offset, limit: self.services.social_work.notes(self.actor, case_id, limit, offset),
                lambda: self.services.social_work.count(self.actor, case_id),
            )
            self.title.setText(self.tr("Notatki: %1 – %2 (%3)").replace("%1", case.sign)
                               .replace("%2", case.person_name)
                               .replace("%3", str(self.model.total())))
        # A closed case takes no new notes (the service refuses them too); reopen it first.
        self.new_button.setEnabled(case is not None and not case.closed)
        self.contracts_button.setEnabled(case is not None
                                         and self.actor.may(Permission.READ_SOCIAL_CONTRACTS))
        for button in (self.programmes_button, self.help_plans_button):
            button.setEnabled(case is not None and self.actor.may(Permission.READ_PROGRAMMES))
        self._select(keep)
        self._show(self.selected())

    def _select(self, note_id: uuid.UUID | None) -> None:
        row = None if note_id is None else self.model.row_of(lambda n: n.id, note_id)
        if row is None:
            self.table.clearSelection()
        else:
            self.table.selectRow(row)

    # --- the chosen note ---
    def selected(self) -> NoteView | None:
        return selected_object(self.table, self.model)

    def _selection_changed(self, _new: QItemSelection, _old: QItemSelection) -> None:
        self._show(self.selected())

    def _show(self, note: NoteView | None) -> None:
        self.nk_banner.setVisible(note is not None and note.niebieska_karta)
        self.edit_button.setEnabled(note is not None
                                    and note.editable_by(self.actor.user_id, wall_today()))
        if note is None:
            self.note_header.setText("")
            self.full_text.setPlainText("")
            return
        header = self.tr("%1, %2 – %3; zapisano %4").replace("%1", kind_text(note)) \
            .replace("%2", date_short(note.noted_on)).replace("%3", note.author_name) \
            .replace("%4", datetime_short(note.written_at))
        if note.edited:
            header += self.tr(" (poprawiona w dniu sporządzenia)")
        self.note_header.setText(header)
        self.full_text.setPlainText(note.text)

    # --- writing ---
    def new_note(self) -> None:
        if self.case is not None and not self.case.closed:
            self._run(NoteDialog(self.services, self.actor, self.case, parent=self))

    def edit_note(self) -> None:
        note = self.selected()
        if self.case is not None and note is not None and self.edit_button.isEnabled():
            self._run(NoteDialog(self.services, self.actor, self.case, note, parent=self))

    def open_contracts(self) -> None:
        """The case's kontrakty socjalne, in their own window."""
        if self.case is None:
            return
        dialog = ContractsDialog(self.services, self.actor, self.case, parent=self)
        dialog.exec()
        dialog.deleteLater()
        self.bus.changed.emit()

    def open_programmes(self, help_plans: bool) -> None:
        """The case's individual programmes (or help plans), in their own window."""
        if self.case is None:
            return
        dialog = ProgrammesDialog(self.services, self.actor, self.case, help_plans, parent=self)
        dialog.exec()
        dialog.deleteLater()
        self.bus.changed.emit()

    def _run(self, dialog: NoteDialog) -> None:
        saved = dialog.saved if dialog.exec() == QDialog.DialogCode.Accepted else None
        dialog.deleteLater()
        if saved is not None:
            self.bus.changed.emit()  # every tab refreshes; this one reloads its case too
            self.set_case(self.case, select=saved.id)
            self.table.setFocus()
