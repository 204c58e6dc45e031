"""The first-contact tab: find a person as you type, see their file, register, record an intake."""

from __future__ import annotations

import uuid

from PySide6.QtCore import Qt, QTimer
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QSplitter,
    QVBoxLayout,
    QWidget,
)

from ops_desktop.domain.permissions import Permission
from ops_desktop.i18n.format import date_short
from ops_desktop.services.context import Actor
from ops_desktop.services.hub import Services
from ops_desktop.services.persons import COUNT_SHOWN_UP_TO
from ops_desktop.services.views import PersonSummary
from ops_desktop.ui import guard, labels
from ops_desktop.ui.bus import Bus
from ops_desktop.ui.first_contact import intake_dialog
from ops_desktop.ui.first_contact.intake_dialog import IntakeDialog, print_referral_slip
from ops_desktop.ui.first_contact.package_dialog import PackageDialog
from ops_desktop.ui.first_contact.person_edit import correct_person
from ops_desktop.ui.first_contact.person_file import PersonFileView
from ops_desktop.ui.first_contact.person_form import HouseholdDialog
from ops_desktop.ui.first_contact.returned import ReturnedReferrals
from ops_desktop.ui.forms import MIN_SEARCH
from ops_desktop.ui.guard import attempt
from ops_desktop.ui.table_model import Column, PagedTableModel, make_table, selected_object

SEARCH_DELAY_MS = 200


class FirstContactTab(QWidget):
    """Search on the left, the shown person's file on the right; every action has a shortcut."""

    def __init__(self, services: Services, actor: Actor, bus: Bus,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.services, self.actor, self.bus = services, actor, bus
        self._searched = ""

        self.search = QLineEdit()
        self.search.setObjectName("person_search")
        self.search.setAccessibleName(self.tr("Szukaj osoby"))
        self.search.setPlaceholderText(self.tr("Nazwisko (bez polskich znaków też) lub PESEL – Enter szuka"))
        self.search.setClearButtonEnabled(True)
        self.search.setMaxLength(100)
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(SEARCH_DELAY_MS)
        self._timer.timeout.connect(self.search_now)
        self.search.textChanged.connect(lambda _text: self._timer.start())
        self.search.returnPressed.connect(lambda: self.search_now(focus_results=True))

        self.results: PagedTableModel[PersonSummary] = PagedTableModel([
            Column(self.tr("Nazwisko i imię"), lambda p: f"{p.last_name} {p.first_name}"),
            Column(self.tr("PESEL"), lambda p: p.pesel or ""),
            Column(self.tr("Data urodzenia"), lambda p: date_short(p.birth_date),
                   sort_key=lambda p: p.birth_date),
            Column(self.tr("Adres"), lambda p: p.address),
        ], parent=self)
        self.table = make_table(self.results, "person_results", self.tr("Znalezione osoby"))
        self.table.setWordWrap(False)
        self.table.activated.connect(lambda _index: self.open_selected())
        self.table.selectionModel().selectionChanged.connect(lambda *_: self._update_buttons())
        self.count = QLabel()
        self.count.setObjectName("result_count")

        self.new_person_button = QPushButton(self.tr("Nowa osoba / gospodarstwo (Ctrl+N)"))
        self.new_person_button.setObjectName("new_person")
        self.new_intake_button = QPushButton(self.tr("Nowe zgłoszenie (Ctrl+I)"))
        self.new_intake_button.setObjectName("new_intake")
        self.print_button = QPushButton(self.tr("Drukuj skierowanie (Ctrl+R)"))
        self.print_button.setObjectName("print_referral")
        # After the intake: a package for the person, its referrals made at once.
        self.package_button = QPushButton(self.tr("Pakiet usług… (Ctrl+U)"))
        self.package_button.setObjectName("give_package")
        self.package_button.clicked.connect(self.give_package)
        self.package_button.setVisible(actor.may(Permission.ASSIGN_PACKAGE))
        self.correct_button = QPushButton(self.tr("Popraw dane… (Ctrl+E)"))
        self.correct_button.setObjectName("correct_person_selected")
        self.correct_button.clicked.connect(self.correct_person)
        self.new_person_button.clicked.connect(self.new_household)
        self.new_intake_button.clicked.connect(self.new_intake)
        self.print_button.clicked.connect(self.print_referral)
        for keys, slot in (("Ctrl+N", self.new_household), ("Ctrl+I", self.new_intake),
                           ("Ctrl+R", self.print_referral), ("Ctrl+F", self.focus_search),
                           ("Ctrl+E", self.correct_person), ("Ctrl+U", self.give_package)):
            QShortcut(QKeySequence(keys), self, slot)

        self.file_view = PersonFileView(services, actor)
        self.file_view.setObjectName("person_file")
        self.file_view.corrected.connect(self.bus.changed.emit)

        left = QWidget()
        left_layout = QVBoxLayout(left)
        left_layout.setContentsMargins(0, 0, 0, 0)
        search_label = QLabel(self.tr("&Szukaj:"))
        search_label.setBuddy(self.search)
        search_row = QHBoxLayout()
        search_row.addWidget(search_label)
        search_row.addWidget(self.search, 1)
        left_layout.addLayout(search_row)
        left_layout.addWidget(self.count)
        left_layout.addWidget(self.table, 1)
        self.returned = ReturnedReferrals(services, actor)
        self.returned.person_chosen.connect(self.show_person)
        left_layout.addWidget(self.returned)
        buttons = QHBoxLayout()
        for button in (self.new_person_button, self.new_intake_button, self.package_button,
                       self.correct_button, self.print_button):
            buttons.addWidget(button)
        buttons.addStretch()
        left_layout.addLayout(buttons)
        splitter = QSplitter(Qt.Orientation.Horizontal)
        splitter.addWidget(left)
        splitter.addWidget(self.file_view)
        splitter.setStretchFactor(0, 2)
        splitter.setStretchFactor(1, 3)
        splitter.setSizes([500, 750])
        splitter.setChildrenCollapsible(False)
        layout = QVBoxLayout(self)
        layout.addWidget(splitter)
        for first, second in ((self.search, self.table), (self.table, self.new_person_button),
                              (self.new_person_button, self.new_intake_button),
                              (self.new_intake_button, self.package_button),
                              (self.package_button, self.correct_button),
                              (self.correct_button, self.print_button)):
            QWidget.setTabOrder(first, second)

        bus.changed.connect(self.refresh)
        self.file_view.clear()
        self._show_count(None)
        self._update_buttons()
        self.search.setFocus()

    # --- searching ---
    def focus_search(self) -> None:
        self.search.setFocus()
        self.search.selectAll()

    def search_now(self, focus_results: bool = False, keep: uuid.UUID | None = None) -> None:
        """Search for what is typed; the service decides between PESEL and surname."""
        self._timer.stop()
        text = self.search.text()
        self._searched = text
        if len(text.strip()) < MIN_SEARCH:
            self.results.set_rows([])
            self._show_count(None)
            self._update_buttons()
            return
        # The first page and the count in one go, counted up to one past what is shown as a
        # number: a short word finds tens of thousands in a city, and counting them all would
        # cost more than the page itself.
        first_page = PagedTableModel.FIRST_PAGE
        found = attempt(self, lambda: self.services.persons.find(
            self.actor, text, first_page, COUNT_SHOWN_UP_TO + 1))
        if found is None:
            return
        held, total = [found[0]], found[1]

        def fetch(offset: int, limit: int) -> list[PersonSummary]:
            if offset == 0 and limit == first_page and held:
                return held.pop()  # the page that came with the count
            return self.services.persons.search(self.actor, text, limit, offset)

        self.results.set_source(fetch, lambda: total, at_least=True)
        self._show_count(total)
        if self.results.rowCount():
            self.table.selectRow(self._row_of(keep) if keep else 0)
            if focus_results:
                self.table.setFocus()
        self._update_buttons()

    def _row_of(self, person_id: uuid.UUID) -> int:
        return self.results.row_of(lambda p: p.id, person_id) or 0

    def _show_count(self, total: int | None) -> None:
        if total is None:
            self.count.setText(self.tr("Wpisz nazwisko lub PESEL (co najmniej 2 znaki)."))
        elif total > COUNT_SHOWN_UP_TO:
            self.count.setText(self.tr("Znaleziono: ponad %1").replace("%1", str(COUNT_SHOWN_UP_TO)))
        else:
            self.count.setText(self.tr("Znaleziono: %1").replace("%1", str(total)))

    def selected(self) -> PersonSummary | None:
        return selected_object(self.table, self.results)

    # --- the person's file ---
    def open_selected(self) -> None:
        person = self.selected()
        if person is not None:
            self.show_person(person.id)

    def show_person(self, person_id: uuid.UUID) -> None:
        self.file_view.show_person(person_id)
        self._update_buttons()

    def _target(self) -> uuid.UUID | None:
        """The person an action is for: the one picked in the list, else the one shown."""
        person = self.selected()
        return person.id if person is not None else self.file_view.person_id

    def _update_buttons(self) -> None:
        self.new_intake_button.setEnabled(self._target() is not None)
        self.correct_button.setEnabled(self._target() is not None)
        self.print_button.setEnabled(self.file_view.latest_referral() is not None)
        self.package_button.setEnabled(self.file_view.latest_intake() is not None)

    def refresh(self) -> None:
        """Something changed in the store: search again and reload the shown file."""
        selected = self.selected()
        if self.search.text().strip():
            self.search_now(keep=selected.id if selected else None)
        self.file_view.reload()
        self.returned.refresh()
        self._update_buttons()

    # --- actions ---
    def new_household(self) -> uuid.UUID | None:
        dialog = HouseholdDialog(self.services, self.actor, self)
        dialog.exec()
        person_id = dialog.person_id
        dialog.deleteLater()
        if person_id is None:
            return None
        self.show_person(person_id)
        shown = self.file_view.file
        if shown is not None:
            self.search.setText(shown.person.pesel or shown.person.last_name)
            self.search_now(keep=person_id)
        self.bus.changed.emit()
        return person_id

    def new_intake(self) -> None:
        person_id = self._target()
        if person_id is None:
            guard.message(self, self.tr("Najpierw wyszukaj osobę i wybierz ją z listy."))
            return
        if person_id != self.file_view.person_id:
            self.show_person(person_id)
        shown = self.file_view.file
        if shown is None:
            return
        name = shown.person.full_name + (f", PESEL {shown.person.pesel}" if shown.person.pesel else "")
        dialog = IntakeDialog(self.services, self.actor, person_id, name, self)
        dialog.exec()
        saved = dialog.result is not None
        dialog.deleteLater()
        if saved:
            self.bus.changed.emit()

    def give_package(self) -> None:
        """A package for the person shown, after their latest intake (package_dialog.py)."""
        intake = self.file_view.latest_intake()
        shown = self.file_view.file
        if intake is None or shown is None:
            guard.message(self, self.tr("Pakiet przydziela się po zgłoszeniu – najpierw zapisz "
                                        "zgłoszenie tej osoby."))
            return
        dialog = PackageDialog(self.services, self.actor, intake.id, shown.person.full_name, self)
        dialog.exec()
        given = dialog.given
        dialog.deleteLater()
        if given is None:
            return
        self.bus.changed.emit()
        numbers = ", ".join(f"{number} ({labels.vocab(labels.TEAMS, team)})"
                            for team, _id, number in given.referrals)
        guard.message(self, self.tr("Pakiet przydzielony. Skierowania: %1").replace("%1", numbers))

    def correct_person(self) -> None:
        """Correct the data of the person picked in the list (else the one shown)."""
        person_id = self._target()
        if person_id is None:
            guard.message(self, self.tr("Najpierw wyszukaj osobę i wybierz ją z listy."))
            return
        if correct_person(self, self.services, self.actor, person_id):
            self.show_person(person_id)
            self.bus.changed.emit()

    def print_referral(self) -> None:
        referral = self.file_view.latest_referral()
        if referral is None:
            guard.message(self, self.tr("Ta osoba nie ma skierowań do wydrukowania."))
            return
        choice = intake_dialog.ask_print_slip(self, after_save=False)
        if choice is not None:
            print_referral_slip(self, self.services, self.actor, referral.id, choice)
