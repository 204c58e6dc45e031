"""The administrator's "Biuro na kilku komputerach": share this PC's office, or – on a PC of
an office – see its PCs and when each was last heard from, remove one, exchange now."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtGui import QStandardItem, QStandardItemModel
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QMessageBox,
    QStackedWidget,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from ops_desktop.services.context import Actor
from ops_desktop.i18n.format import office_datetime
from ops_desktop.services.errors import DomainError, NotFound, StorageEnvironmentError
from ops_desktop.services.exchange import BundleError, ExchangeStatus
from ops_desktop.services.hub import Services
from ops_desktop.ui import guard, office_text
from ops_desktop.ui.admin.new_invitation import write_new_invitation
from ops_desktop.ui.admin.share_dialog import CodeDialog, ShareDialog
from ops_desktop.ui.bus import Bus
from ops_desktop.ui.forms import named, push_button

COL_CODE, COL_NAME, COL_HEARD = range(3)
CODE_ROLE = Qt.ItemDataRole.UserRole + 1


def confirm_removal(parent: QWidget | None, text: str) -> bool:
    """A modal question; tests patch it."""
    answer = QMessageBox.warning(
        parent, QCoreApplication.translate("OfficePanel", "Usuń komputer z biura"), text,
        QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.Cancel,
        QMessageBox.StandardButton.Cancel)
    return answer == QMessageBox.StandardButton.Yes


def wrapped(text: str, name: str) -> QLabel:
    label = named(QLabel(text), name)
    label.setWordWrap(True)
    return label


class OfficePanel(QWidget):
    def __init__(self, services: Services, actor: Actor, bus: Bus,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.services, self.actor, self.bus = services, actor, bus
        self.status: ExchangeStatus | None = None
        self.pages = QStackedWidget()
        self.pages.addWidget(self._standalone_page())
        self.pages.addWidget(self._member_page())
        layout = QVBoxLayout(self)
        layout.addWidget(self.pages)
        bus.exchanged.connect(self.show_status)
        self.load()

    def _standalone_page(self) -> QWidget:
        page = QWidget()
        self.share_button = push_button(self.tr("&Udostępnij biuro…"), "share_office",
                                        self.share)
        layout = QVBoxLayout(page)
        layout.addWidget(wrapped(self.tr(
            "Ten komputer pracuje sam. Jeśli w ośrodku pracuje kilka komputerów bez serwera, "
            "udostępnij biuro: ten komputer zostanie pierwszym komputerem biura, a program "
            "zapisze zaproszenie, z którego dołączą pozostałe. Potrzebny jest folder wymiany "
            "widoczny ze wszystkich komputerów (udział sieciowy). Zmiany wędrują między "
            "komputerami same, co kilka sekund."), "office_standalone"))
        row = QHBoxLayout()
        row.addWidget(self.share_button)
        row.addStretch(1)
        layout.addLayout(row)
        layout.addStretch(1)
        return page

    def _member_page(self) -> QWidget:
        page = QWidget()
        self.summary = wrapped("", "office_summary")
        self.summary.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.model = QStandardItemModel(0, 3, self)
        self.model.setHorizontalHeaderLabels([self.tr("Nr"), self.tr("Komputer"),
                                              self.tr("Ostatnio słychać")])
        self.table = named(QTableView(), "office_members", self.tr("Pozostałe komputery biura"))
        self.table.setModel(self.model)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.verticalHeader().setVisible(False)
        self.table.setWordWrap(False)  # a PC's name on one line: the column takes its width
        # Number and name as wide as their text, "when heard from" the rest – measured at
        # every refresh (resizeColumnsToContents shrank the last column to its text too).
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setStretchLastSection(True)
        self.remove_button = push_button(self.tr("&Usuń komputer…"), "remove_member",
                                         self.remove_selected)
        self.sync_button = push_button(self.tr("&Synchronizuj teraz"), "office_sync_now",
                                       self.bus.exchange_requested.emit)
        self.invite_button = push_button(
            self.tr("&Nowe zaproszenie…"), "office_invite",
            lambda: write_new_invitation(self, self.services, self.actor))
        self.notice = wrapped("", "office_notice")
        buttons = QHBoxLayout()
        buttons.addWidget(self.remove_button)
        buttons.addWidget(self.sync_button)
        buttons.addWidget(self.invite_button)
        buttons.addStretch(1)
        layout = QVBoxLayout(page)
        layout.addWidget(self.summary)
        layout.addWidget(QLabel(self.tr("Pozostałe komputery biura:")))
        layout.addWidget(self.table, 1)
        layout.addLayout(buttons)
        layout.addWidget(self.notice)
        layout.addWidget(wrapped(self.tr(
            "Komputer zgubiony, skradziony albo wycofany usuń z biura: pozostałe przestaną "
            "czytać jego pliki. „Brak wieści” – komputer nie zapisał nic w folderze wymiany "
            "od ponad 3 dni (np. laptop w terenie)."), "office_hint"))
        return page

    def load(self) -> None:
        """The state read now (the panel is opened; later rounds bring it by the bus)."""
        status = guard.attempt(self, self.services.exchange.status)
        self.show_status(status)

    def show_status(self, status: ExchangeStatus | None) -> None:
        self.status = status
        if status is None:
            self.pages.setCurrentIndex(0)
            return
        self.pages.setCurrentIndex(1)
        last = (office_datetime(status.last_exchange) if status.last_exchange
                else self.tr("jeszcze nie było"))
        self.summary.setText(self.tr(
            "Ten komputer: nr %1 „%2”\nFolder wymiany: %3\nOstatnia wymiana: %4; zmian "
            "czeka na wysłanie: %5").replace("%1", str(status.member_code))
            .replace("%2", status.member_name).replace("%3", str(status.folder))
            .replace("%4", last).replace("%5", str(status.waiting)))
        chosen = self.selected_code()
        self.model.removeRows(0, self.model.rowCount())
        for other in status.others:
            heard = office_text.heard(other)
            if other.silent:
                heard += " – " + self.tr("brak wieści od ponad 3 dni")
            cells = [QStandardItem(str(other.code)), QStandardItem(other.name),
                     QStandardItem(heard)]
            cells[COL_CODE].setData(other.code, CODE_ROLE)
            if other.silent:
                cells[COL_HEARD].setForeground(Qt.GlobalColor.darkRed)
            self.model.appendRow(cells)
            if other.code == chosen:
                self.table.selectRow(self.model.rowCount() - 1)

    def selected_code(self) -> int | None:
        rows = self.table.selectionModel().selectedRows()
        if not rows:
            return None
        code = self.model.item(rows[0].row(), COL_CODE).data(CODE_ROLE)
        return int(code) if code is not None else None

    def share(self) -> None:
        dialog = ShareDialog(self.services, self.actor, self)
        if not dialog.exec() or dialog.code is None:
            return
        CodeDialog(dialog.code, dialog.invitation.text().strip(), self).exec()
        self.load()
        self.bus.exchange_requested.emit()  # the first round: this PC's files in the folder

    def remove_selected(self) -> None:
        code = self.selected_code()
        if code is None or self.status is None:
            guard.message(self, self.tr("Zaznacz komputer na liście."))
            return
        name = next((o.name for o in self.status.others if o.code == code), "")
        if not confirm_removal(self, self.tr(
                "Usunąć komputer nr %1 „%2” z biura?\n\nPozostałe komputery przestaną czytać "
                "jego pliki, a on sam przestanie wymieniać zmiany. Tego nie można cofnąć – "
                "komputer mógłby wrócić do biura tylko przez nowe dołączenie.")
                .replace("%1", str(code)).replace("%2", name)):
            return
        try:
            self.services.exchange.remove_member(code, self.actor)
        except NotFound:
            guard.message(self, office_text.message("member"))
        except BundleError as exc:
            guard.message(self, office_text.message(exc.code))
        except (DomainError, StorageEnvironmentError) as exc:
            guard.message(self, guard.describe(exc))
        else:
            self.notice.setText(self.tr("Komputer nr %1 „%2” usunięto z biura. Pozostałe "
                                        "komputery dostaną nowy klucz biura przy najbliższej "
                                        "wymianie; usunięty komputer go nie dostanie.")
                                .replace("%1", str(code)).replace("%2", name))
            self.bus.exchange_requested.emit()  # the removal travels at once
            self.load()
