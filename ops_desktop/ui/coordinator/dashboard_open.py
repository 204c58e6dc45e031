"""Opening a row of the dashboard's lists: the coordinator's own page that handles it,
switched to with the record selected – the draft in "Decyzje", the list among those to
approve, the conflict, the overdue Niebieska Karta step, the appeal in "Odwołania", a
social-work case in the worker's load – an application waiting on its KPA deadline on the
benefits tab (the window's, through the bus: the head's own tab has no list of applications),
and anything else (a case of another team, a referral) in the person's file."""

from __future__ import annotations

import uuid
from collections.abc import Callable
from typing import TYPE_CHECKING, Any

from PySide6.QtWidgets import QTableView, QWidget

from ops_desktop.domain.vocabulary import Team
from ops_desktop.services.dashboard import DashboardItem, Figure
from ops_desktop.ui.read_when_shown import ReadWhenShown
from ops_desktop.ui.table_model import PagedTableModel

if TYPE_CHECKING:
    from ops_desktop.ui.coordinator.tab import CoordinatorTab

DEEP = 10_000  # how far a page's list is read to find the record (drafts and lists are few)


def _select(tab: CoordinatorTab, page: QWidget, table: QTableView, model: PagedTableModel[Any],
            key: Callable[[Any], object], wanted: object) -> bool:
    tab.pages.setCurrentWidget(page)
    if isinstance(page, ReadWhenShown):
        page.ensure_read()  # a page never shown yet (the tab itself hidden) reads now
    row = model.row_of(key, wanted, depth=DEEP)
    if row is None:
        return False
    table.selectRow(row)
    table.scrollTo(model.index(row, 0))
    table.setFocus()
    return True


def show_item(tab: CoordinatorTab, item: DashboardItem) -> bool:
    """Show the record behind `item`; False when it is no longer where it was (the page
    then shows the list it would have been in)."""
    if item.figure == Figure.DRAFTS.value:
        return _select(tab, tab.decisions_page, tab.drafts_table, tab.drafts,
                       lambda d: d.id, item.ref_id)
    if item.figure == Figure.LISTS.value:
        page = tab.payment_lists_page
        return _select(tab, page, page.lists_table, page.lists, lambda v: v.id, item.ref_id)
    if item.figure == Figure.CONFLICTS.value:
        page = tab.conflicts_page
        return _select(tab, page, page.table, page.model, lambda c: c.id, item.ref_id)
    if item.figure == "appeal":
        page = tab.appeals_page
        return _select(tab, page, page.table, page.model, lambda v: v.id, item.ref_id)
    if item.figure == "blue_card" and item.overdue:
        page = tab.blue_card_page
        return _select(tab, page, page.table, page.model, lambda p: p[0].case_id, item.case_id)
    if item.figure == "kpa_application" and item.person_id is not None:
        tab.bus.open_application.emit(item.ref_id, item.person_id)
        return True
    if item.team == Team.SOCIAL_WORK.value and item.case_id is not None and item.figure != (
            Figure.REFERRALS.value):
        return _show_social_work_case(tab, item.worker_id, item.case_id)
    if item.person_id is not None:
        tab.bus.open_person.emit(item.person_id)
        return True
    return False


def _show_social_work_case(tab: CoordinatorTab, worker_id: uuid.UUID | None,
                           case_id: uuid.UUID) -> bool:
    page = tab.workload_page
    tab.pages.setCurrentWidget(page)
    if not page.choose_worker(worker_id):
        return False
    row = page.cases.row_of(lambda c: c.case_id, case_id)
    if row is None:
        return False
    page.cases_table.selectRow(row)
    page.cases_table.setFocus()
    return True
