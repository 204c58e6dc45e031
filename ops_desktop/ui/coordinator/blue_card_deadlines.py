"""The head's "Niebieska Karta – terminy": every step of an open procedure past its deadline,
the longest overdue first – the escalation of what the social-work team did not do in time.
Only the case, the person, the step and its due date: the procedure's story stays on the
social-work page."""

from __future__ import annotations


from PySide6.QtCore import Signal
from PySide6.QtWidgets import QLabel, QVBoxLayout, QWidget

from ops_desktop.domain.blue_card import OpenStep
from ops_desktop.domain.clock import wall_today
from ops_desktop.i18n.format import date_short
from ops_desktop.services.blue_card import BlueCardView
from ops_desktop.services.context import Actor
from ops_desktop.services.errors import DomainError, StorageEnvironmentError
from ops_desktop.services.hub import Services
from ops_desktop.ui import guard, labels
from ops_desktop.ui.bus import Bus
from ops_desktop.ui.social_work.caseload_page import OVERDUE
from ops_desktop.ui.table_model import Column, PagedTableModel, make_table

Late = tuple[BlueCardView, OpenStep]


class BlueCardDeadlinesPage(QWidget):
    counted = Signal(int)  # how many steps are overdue, for the tab's title

    def __init__(self, services: Services, actor: Actor, bus: Bus,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.services, self.actor = services, actor
        self.summary = QLabel()
        self.summary.setObjectName("bc_deadlines_summary")
        self.model: PagedTableModel[Late] = PagedTableModel(self._columns(), parent=self)
        self.table = make_table(self.model, "bc_deadlines_table",
                                self.tr("Niebieska Karta – kroki po terminie"))
        layout = QVBoxLayout(self)
        layout.addWidget(self.summary)
        layout.addWidget(self.table, 1)
        bus.changed.connect(self.refresh)
        self.refresh()

    def _columns(self) -> list[Column[Late]]:
        today = wall_today()
        return [
            Column(self.tr("Sprawa"), lambda p: p[0].case_sign),
            Column(self.tr("Osoba"), lambda p: p[0].person_name),
            Column(self.tr("Krok"), lambda p: labels.vocab(labels.BLUE_CARD_STEPS, p[1].code)),
            Column(self.tr("Termin"), lambda p: date_short(p[1].due_on), lambda p: p[1].due_on,
                   foreground=lambda _p: OVERDUE),
            Column(self.tr("Dni po terminie"), lambda p: str((today - p[1].due_on).days),
                   lambda p: (today - p[1].due_on).days, align_right=True),
        ]

    def refresh(self) -> None:
        try:
            late = self.services.blue_cards.overdue(self.actor)
        except (DomainError, StorageEnvironmentError) as exc:
            self.summary.setText(guard.describe(exc))
            return
        self.model.set_rows(late)
        self.summary.setText(self.tr("Kroki procedury Niebieska Karta po terminie: %1")
                             .replace("%1", str(len(late))) if late else
                             self.tr("Żaden krok procedury Niebieska Karta nie jest po terminie."))
        self.counted.emit(len(late))
