"""A person's service packages in their file: each part, the team that delivers it and how far
it has come; the delivering team records its own part's state here."""

from __future__ import annotations

import uuid
from dataclasses import dataclass

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QComboBox, QHBoxLayout, QLabel, QVBoxLayout, QWidget

from ops_desktop.domain.packages import PartState
from ops_desktop.i18n.format import date_short, datetime_short
from ops_desktop.services.context import Actor
from ops_desktop.services.hub import Services
from ops_desktop.services.packages import PackageProgress, PartProgress
from ops_desktop.ui import labels
from ops_desktop.ui.forms import push_button, vocab_combo
from ops_desktop.ui.guard import attempt
from ops_desktop.ui.table_model import Column, PagedTableModel, make_table


@dataclass(frozen=True)
class PartRow:
    package: PackageProgress
    part: PartProgress


class PackageProgressPanel(QWidget):
    """Read from services/packages.progress_of: only the person's own packages, and of a
    violence or disability package only what the reader may learn."""

    counted = Signal(int)  # how many packages are shown
    changed = Signal()

    def __init__(self, services: Services, actor: Actor, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.services, self.actor = services, actor
        self.person_id: uuid.UUID | None = None
        self.model: PagedTableModel[PartRow] = PagedTableModel([
            Column(self.tr("Forma pomocy lub działanie"), lambda r: r.part.label),
            Column(self.tr("Stan"), self._state),
            Column(self.tr("Zespół"), lambda r: labels.vocab(labels.TEAMS, r.part.team)),
            Column(self.tr("Skierowanie"), self._referral),
            Column(self.tr("Pakiet"), self._package_name),
            Column(self.tr("Przydzielony"), lambda r: datetime_short(r.package.assigned_at),
                   sort_key=lambda r: r.package.assigned_at),
        ], parent=self)
        self.table = make_table(self.model, "file_packages", self.tr("Pakiety usług osoby"))
        self.table.setWordWrap(False)
        self.table.selectionModel().selectionChanged.connect(lambda *_: self._update())
        self.state = vocab_combo("package_part_state", self.tr("Stan realizacji części"),
                                 labels.PART_STATES, list(PartState))
        self.save_button = push_button(self.tr("Zapisz stan części"), "package_part_save",
                                       self.save_state)
        self.hint = QLabel()
        self.hint.setObjectName("package_hint")
        self.hint.setWordWrap(True)
        row = QHBoxLayout()
        row.addWidget(QLabel(self.tr("Stan zaznaczonej części:")))
        row.addWidget(self.state)
        row.addWidget(self.save_button)
        row.addStretch()
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.table, 1)
        layout.addLayout(row)
        layout.addWidget(self.hint)
        self._update()

    def _package_name(self, r: PartRow) -> str:
        if r.package.group is None:
            return self.tr("Pakiet usług")  # a group this reader may not learn
        return r.package.name

    def _state(self, r: PartRow) -> str:
        text = labels.vocab(labels.PART_STATES, r.part.state)
        if r.part.set_on is not None and r.part.recorded is r.part.state:
            return self.tr("%1 (%2)").replace("%1", text).replace("%2", date_short(r.part.set_on))
        return text

    def _referral(self, r: PartRow) -> str:
        if r.part.referral_status is None:
            return r.part.referral_number
        status = labels.vocab(labels.REFERRAL_STATUSES, r.part.referral_status)
        return f"{r.part.referral_number} – {status}"

    def show_person(self, person_id: uuid.UUID | None) -> int:
        self.person_id = person_id
        found = [] if person_id is None else attempt(
            self, lambda: self.services.packages.progress_of(self.actor, person_id)) or []
        self.model.set_rows([PartRow(p, part) for p in found for part in p.parts])
        self._update()
        self.counted.emit(len(found))
        return len(found)

    def selected(self) -> PartRow | None:
        rows = self.table.selectionModel().selectedRows()
        return self.model.row_object(rows[0].row()) if rows else None

    def _update(self) -> None:
        row = self.selected()
        may = row is not None and row.part.may_record
        self.state.setEnabled(may)
        self.save_button.setEnabled(may)
        if row is not None:
            index = self.state.findData(row.part.state.value)
            self.state.setCurrentIndex(max(index, 0))
        self.hint.setText(self.tr("Stan „w toku” program ustala sam, gdy zespół przyjmie "
                                  "skierowanie; „zrealizowano” zapisuje zespół, który realizuje "
                                  "część."))

    def save_state(self) -> None:
        row = self.selected()
        if row is None:
            return
        state = PartState(self.state.currentData())
        saved = attempt(self, lambda: self.services.packages.record_state(
            self.actor, row.part.id, state))
        if saved is not None:
            self.show_person(self.person_id)
            self.changed.emit()
