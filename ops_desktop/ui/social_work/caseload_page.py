"""Moje sprawy: the social worker's open cases, the most pressing first, overdue ones marked
(in words and in red, never by colour alone)."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable

from PySide6.QtCore import QCoreApplication
from PySide6.QtGui import QColor
from PySide6.QtWidgets import QLabel, QVBoxLayout, QWidget

from ops_desktop.i18n.format import date_short
from ops_desktop.services.caseload import CaseloadItem
from ops_desktop.services.context import Actor
from ops_desktop.services.errors import DomainError, StorageEnvironmentError
from ops_desktop.services.hub import Services
from ops_desktop.ui import guard, labels
from ops_desktop.ui.bus import Bus
from ops_desktop.ui.table_model import Column, PagedTableModel, make_table

OVERDUE = QColor("#b00020")


def _tr(text: str) -> str:
    return QCoreApplication.translate("caseload", text)


def deadline_text(item: CaseloadItem) -> str:
    if item.next_due is None:
        return _tr("brak terminów")
    return f"{date_short(item.next_due)} – {labels.vocab(labels.DEADLINE_KINDS, item.next_kind)}"


def state_text(item: CaseloadItem) -> str:
    if not item.overdue:
        return ""
    return _tr("PO TERMINIE (%1)").replace("%1", str(item.overdue))


def caseload_columns() -> list[Column[CaseloadItem]]:
    """The columns of a worker's case list, here and on the head's page."""
    red: Callable[[CaseloadItem], QColor | None] = lambda i: OVERDUE if i.overdue else None
    return [
        Column(_tr("Sprawa"), lambda i: i.case_sign),
        Column(_tr("Osoba"), lambda i: i.person_name),
        Column(_tr("Założona"), lambda i: date_short(i.opened_on), lambda i: i.opened_on),
        Column(_tr("Najbliższy termin"), deadline_text,
               lambda i: i.next_due or dt.date.max, foreground=red),
        Column(_tr("Stan"), state_text, lambda i: i.overdue, foreground=red),
    ]


class MyCasesPage(QWidget):
    def __init__(self, services: Services, actor: Actor, bus: Bus,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.services, self.actor = services, actor
        self.summary = QLabel()
        self.summary.setObjectName("my_cases_summary")
        self.cases: PagedTableModel[CaseloadItem] = PagedTableModel(caseload_columns(), parent=self)
        self.table = make_table(self.cases, "my_cases_table", self.tr("Moje sprawy"))
        layout = QVBoxLayout(self)
        layout.addWidget(self.summary)
        layout.addWidget(self.table, 1)
        bus.changed.connect(self.refresh)
        self.refresh()

    def refresh(self) -> None:
        try:
            items = self.services.caseload.my_cases(self.actor)
        except (DomainError, StorageEnvironmentError) as exc:
            self.summary.setText(guard.describe(exc))
            return
        self.cases.set_rows(items)
        overdue = sum(1 for i in items if i.overdue)
        self.summary.setText(self.tr("Otwarte sprawy: %1; po terminie: %2")
                             .replace("%1", str(len(items))).replace("%2", str(overdue)))
