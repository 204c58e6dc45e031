"""Listy wypłat: a month's payment lists, prepared by the benefits team (benefits tab) and
approved by the head (coordinator tab). The chosen list's items show below; an approved
transfer list gives its Elixir-O file, every list prints."""

from __future__ import annotations

from collections.abc import Callable
from decimal import Decimal
from pathlib import Path
from typing import TypeVar

from PySide6.QtCore import QDate, Qt
from PySide6.QtWidgets import (
    QDateEdit,
    QFileDialog,
    QHBoxLayout,
    QLabel,
    QSplitter,
    QVBoxLayout,
    QWidget,
)

from ops_desktop.documents.payment_data import PaymentLine
from ops_desktop.domain.clock import wall_today
from ops_desktop.domain.errors import DomainError, ValidationError
from ops_desktop.domain.permissions import Permission
from ops_desktop.domain.vocabulary import PaymentMethod
from ops_desktop.i18n.format import date_short, money
from ops_desktop.services.context import Actor
from ops_desktop.services.errors import StorageEnvironmentError
from ops_desktop.services.hub import Services
from ops_desktop.services.payments import PaymentListView
from ops_desktop.ui import guard, labels
from ops_desktop.ui.benefits.application_dialog import field_box
from ops_desktop.ui.bus import Bus
from ops_desktop.ui.forms import FieldErrors, named, push_button
from ops_desktop.ui.pdf import hand_over, safe_name
from ops_desktop.ui.read_when_shown import ReadWhenShown
from ops_desktop.ui.table_model import Column, PagedTableModel, make_table, selected_object
from ops_desktop.ui.worker import run_with_progress

ERROR_COLOUR = "color: #b00020;"
T = TypeVar("T")


def zloty(grosze: int) -> str:
    return money(Decimal(grosze) / 100)


class PaymentListsPage(ReadWhenShown):
    """`approving`: the head's page (drafts to approve); else the benefits team's."""

    def __init__(self, services: Services, actor: Actor, bus: Bus, approving: bool = False,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.services, self.actor, self.bus, self.approving = services, actor, bus, approving
        self.fields = FieldErrors()
        self.month = named(QDateEdit(), "payment_month", self.tr("Miesiąc wypłaty"))
        self.month.setDisplayFormat("MM.yyyy")
        self.month.setCalendarPopup(True)
        today = wall_today()
        self.month.setDate(QDate(today.year, today.month, 1))
        self.prepare_button = push_button(self.tr("&Przygotuj listę"), "prepare_payment_list",
                                          self.prepare)
        self.approve_button = push_button(self.tr("&Zatwierdź listę"), "approve_payment_list",
                                          self.approve)
        self.discard_button = push_button(self.tr("Odrzuć projekt"), "discard_payment_list",
                                          self.discard)
        self.items_button = push_button(self.tr("Pokaż pozycje"), "show_payment_items",
                                        self.show_items)
        self.elixir_button = push_button(self.tr("Zapisz plik Elixir-O…"), "save_elixir",
                                         self.save_elixir)
        self.print_button = push_button(self.tr("Drukuj"), "print_payment_list", self.print_list)
        self.return_button = push_button(self.tr("Zwrot &przelewu…"), "record_payment_return",
                                         self.record_return)
        self.register_button = push_button(self.tr("&Rejestr wypłat…"), "show_payment_register",
                                           self.show_register)
        self.status = QLabel()
        self.status.setObjectName("payment_lists_status")
        self.status.setWordWrap(True)
        self.lists: PagedTableModel[PaymentListView] = PagedTableModel(self._columns(),
                                                                      parent=self)
        self.lists_table = make_table(self.lists, "payment_lists_table", self.tr("Listy wypłat"))
        self.lists_table.selectionModel().selectionChanged.connect(lambda *_: self._chosen())
        self.items: PagedTableModel[PaymentLine] = PagedTableModel(self._item_columns(),
                                                                  parent=self)
        self.items_table = make_table(self.items, "payment_items_table",
                                      self.tr("Pozycje listy wypłat"))
        self.items_table.selectionModel().selectionChanged.connect(lambda *_: self._item_chosen())
        top = QHBoxLayout()
        if not approving:
            label = QLabel(self.tr("&Miesiąc:"))
            label.setBuddy(self.month)
            top.addWidget(label)
            top.addWidget(field_box(self.fields, "month", self.month))
            top.addWidget(self.prepare_button)
            top.addWidget(self.discard_button)
        else:
            top.addWidget(self.approve_button)
        top.addWidget(self.items_button)
        top.addWidget(self.elixir_button)
        top.addWidget(self.print_button)
        if not approving:
            top.addWidget(self.return_button)
            top.addWidget(self.register_button)
        top.addWidget(self.status, 1)
        self.prepare_button.setVisible(not approving and actor.may(Permission.PREPARE_PAYMENT_LIST))
        self.discard_button.setVisible(not approving and actor.may(Permission.PREPARE_PAYMENT_LIST))
        self.approve_button.setVisible(approving and actor.may(Permission.APPROVE_PAYMENT_LIST))
        splitter = QSplitter(Qt.Orientation.Vertical)
        splitter.addWidget(self.lists_table)
        splitter.addWidget(self.items_table)
        splitter.setSizes([260, 340])
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(splitter, 1)
        # Read when first shown: the head's tab builds every page at sign-in
        # (ui/read_when_shown.py).
        bus.changed.connect(self.refresh)

    # --- the lists ---
    def _columns(self) -> list[Column[PaymentListView]]:
        return [
            Column(self.tr("Miesiąc"), lambda v: v.benefit_month.strftime("%m.%Y"),
                   sort_key=lambda v: v.benefit_month),
            Column(self.tr("Numer"), lambda v: v.number),
            Column(self.tr("Sposób wypłaty"), lambda v: labels.vocab(labels.PAYMENT_METHODS,
                                                                     v.method)),
            Column(self.tr("Rozdział"), lambda v: v.chapter + ("" if v.chapter_confirmed
                                                               else self.tr(" (do potwierdzenia)")),
                   header_tooltip=self.tr("Rozdział klasyfikacji budżetowej, dział 852")),
            Column(self.tr("Pozycje"), lambda v: str(v.items), lambda v: v.items,
                   align_right=True),
            Column(self.tr("Razem"), lambda v: zloty(v.total_grosze), lambda v: v.total_grosze,
                   align_right=True),
            Column(self.tr("Termin wypłaty"), lambda v: date_short(v.payment_date)),
            Column(self.tr("Status"), lambda v: labels.vocab(labels.PAYMENT_LIST_STATUSES,
                                                             v.status)),
        ]

    def _item_columns(self) -> list[Column[PaymentLine]]:
        return [
            Column(self.tr("Lp."), lambda i: str(i.position), align_right=True),
            Column(self.tr("Odbiorca"), lambda i: i.party_name),
            Column(self.tr("Znak sprawy"), lambda i: i.case_sign),
            Column(self.tr("Forma pomocy"), lambda i: labels.vocab(labels.FORMS, i.form)),
            Column(self.tr("Dni"), lambda i: "" if i.days is None else
                   f"{i.days}/{i.month_days}", align_right=True,
                   header_tooltip=self.tr("Dni objęte prawem / dni miesiąca (niepełny miesiąc)")),
            Column(self.tr("Kwota"), lambda i: zloty(i.amount_grosze), align_right=True),
            Column(self.tr("Potrącenie"), lambda i: zloty(i.deduction_grosze)
                   if i.deduction_grosze else "", align_right=True),
            Column(self.tr("Netto"), lambda i: zloty(i.net_grosze), align_right=True),
            Column(self.tr("Uwagi"), lambda i: self.tr("zwrócony przez bank") if i.returned else
                   self.tr("ponowna wypłata") if i.reissue else ""),
            Column(self.tr("Rachunek"), lambda i: i.bank_account or ""),
        ]

    def refresh(self) -> None:
        self.read_again()

    def load(self) -> None:
        chosen = self.chosen()
        status = "draft" if self.approving else None
        # A refusal (roles changed meanwhile) is said on the page, never in a modal box.
        found = self._try(lambda: self.services.payments.lists(self.actor, status))
        rows = found or []
        self.lists.set_source(lambda offset, limit: rows[offset:offset + limit],
                              lambda: len(rows))
        if chosen is not None:
            row = self.lists.row_of(lambda v: v.id, chosen.id, len(rows))
            if row is not None:
                self.lists_table.selectRow(row)
        self._chosen()

    def chosen(self) -> PaymentListView | None:
        return selected_object(self.lists_table, self.lists)

    def _chosen(self) -> None:
        view = self.chosen()
        transfer = view is not None and view.method is PaymentMethod.BANK_TRANSFER
        self.items_button.setEnabled(view is not None)
        self.print_button.setEnabled(view is not None)
        self.elixir_button.setEnabled(transfer and bool(view and view.approved))
        self.discard_button.setEnabled(view is not None and not view.approved)
        self.approve_button.setEnabled(view is not None and not view.approved)
        self.items.set_source(lambda offset, limit: [], lambda: 0)
        self._item_chosen()

    def chosen_item(self) -> PaymentLine | None:
        rows = self.items_table.selectionModel().selectedRows()
        return self.items.row_object(rows[0].row()) if rows else None

    def _item_chosen(self) -> None:
        view, line = self.chosen(), self.chosen_item()
        self.return_button.setEnabled(
            line is not None and view is not None and view.approved
            and view.method is PaymentMethod.BANK_TRANSFER and not line.returned
            and self.actor.may(Permission.RECORD_PAYMENT_RETURNS))
        self.register_button.setEnabled(
            line is not None and self.actor.may(Permission.READ_PAYMENT_REGISTER))

    def _say(self, text: str, error: bool = False) -> None:
        self.status.setStyleSheet(ERROR_COLOUR if error else "")
        self.status.setText(text)

    def _try(self, action: Callable[[], T]) -> T | None:
        """A service call whose refusal is said next to the month and the buttons (nothing
        typed is lost); None when refused."""
        self.fields.clear()
        try:
            return action()
        except ValidationError as exc:
            unplaced = self.fields.show(exc)
            self._say("\n".join(unplaced), error=True)
        except (DomainError, StorageEnvironmentError) as exc:
            self._say(guard.describe(exc), error=True)
        return None

    # --- actions ---
    def prepare(self) -> None:
        """Off the GUI thread: an office with years of decisions reads them all for the month."""
        picked = self.month.date().toPython()
        self.fields.clear()
        self.prepare_button.setEnabled(False)
        run_with_progress(self, self.tr("Przygotowywanie listy wypłat…"),
                          lambda _progress, _cancelled: self.services.payments.prepare(
                              self.actor, picked),
                          self._prepared, self._refused)

    def _prepared(self, made: list[PaymentListView]) -> None:
        self.prepare_button.setEnabled(True)
        self._say(self.tr("Przygotowano list: %1 (pozycji: %2) – czekają na zatwierdzenie.")
                  .replace("%1", str(len(made))).replace("%2", str(sum(v.items for v in made))))
        self.bus.changed.emit()

    def _refused(self, exc: BaseException) -> None:
        """The job's refusal said like any other; a bug in it (logged by the job) in words."""
        self.prepare_button.setEnabled(True)
        if not isinstance(exc, (DomainError, StorageEnvironmentError)):
            self._say(guard.describe(exc), error=True)
            return

        def again() -> None:
            raise exc

        self._try(again)

    def approve(self) -> None:
        view = self.chosen()
        if view is None:
            return
        done = self._try(lambda: self.services.payments.approve(self.actor, view.id))
        if done is None:
            return
        self._say(self.tr("Zatwierdzono listę %1 – od teraz nie można jej zmienić.")
                  .replace("%1", done.number))
        self.bus.changed.emit()

    def discard(self) -> None:
        view = self.chosen()
        if view is None:
            return
        def discard() -> bool:
            self.services.payments.discard(self.actor, view.id)
            return True

        if self._try(discard) is None:
            return
        self._say(self.tr("Odrzucono projekt listy %1; jej pozycje można dodać do nowej listy.")
                  .replace("%1", view.number))
        self.bus.changed.emit()

    def show_items(self) -> None:
        view = self.chosen()
        if view is None:
            return
        paper = self._try(lambda: self.services.payments.paper(self.actor, view.id))
        if paper is None:
            return
        lines = list(paper.lines)
        self.items.set_source(lambda offset, limit: lines[offset:offset + limit],
                              lambda: len(lines))

    def record_return(self) -> None:
        from ops_desktop.ui.benefits.payment_return_dialog import PaymentReturnDialog

        view, line = self.chosen(), self.chosen_item()
        if view is None or line is None:
            return
        dialog = PaymentReturnDialog(self.services, self.actor, line, view.number, self)
        if dialog.exec() and dialog.recorded is not None:
            self._say(self.tr("Zapisano zwrot przelewu – %1 trafi na następną przygotowaną "
                              "listę (korygującą).").replace("%1", line.party_name))
            self.show_items()

    def show_register(self) -> None:
        from ops_desktop.ui.benefits.payment_register_dialog import PaymentRegisterDialog

        line = self.chosen_item()
        if line is None or line.person_id is None:
            return
        PaymentRegisterDialog(self.services, self.actor, line.person_id, self).exec()

    def save_elixir(self) -> None:
        view = self.chosen()
        if view is None:
            return
        data = self._try(lambda: self.services.payments.elixir(self.actor, view.id))
        if data is None:
            return
        suggested = safe_name(f"elixir_{view.benefit_month:%Y-%m}_{view.number}") + ".txt"
        name, _ = QFileDialog.getSaveFileName(self, self.tr("Zapisz plik Elixir-O"), suggested,
                                              self.tr("Plik Elixir-O (*.txt)"))
        if not name:
            return
        try:
            Path(name).write_bytes(data)
        except OSError as exc:
            self._say(self.tr("Nie zapisano pliku: %1").replace("%1", str(exc)), error=True)
            return
        self._say(self.tr("Zapisano plik Elixir-O: %1").replace("%1", name))

    def print_list(self) -> None:
        view = self.chosen()
        if view is None:
            return
        data = self._try(lambda: self.services.payments.document(self.actor, view.id))
        if data is not None:
            hand_over(self, data, f"lista_wyplat_{view.benefit_month:%Y-%m}_{view.number}")
