"""The head's tab is built at sign-in with all its pages: the payment lists to approve, the
appeals, the service packages, the undue benefits and the KPA deadlines per worker are read when the head first opens
each page, and a change in the store rereads a page only while it is on screen."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

import pytest
from pytestqt.qtbot import QtBot

from ops_desktop.services.context import Actor
from ops_desktop.services.hub import Services
from ops_desktop.ui.bus import Bus
from ops_desktop.ui.coordinator import other_drafts
from ops_desktop.ui.coordinator.tab import CoordinatorTab

# page attribute on the tab -> (service, method) it reads its list with
READS = {
    "payment_lists_page": ("payments", "lists"),
    "appeals_page": ("appeals", "appeals"),
    "packages_page": ("packages", "use_by_group"),
    "undue_claims_page": ("recovery_decisions", "claims"),
    "application_deadlines_page": ("deadlines", "overdue_applications_by_worker"),
}


def _counting(reads: list[str], name: str, read: Callable[..., Any]) -> Callable[..., Any]:
    def counted(*args: Any, **kwargs: Any) -> Any:
        reads.append(name)
        return read(*args, **kwargs)
    return counted


def count_reads(services: Services, monkeypatch: pytest.MonkeyPatch,
                pages: dict[str, tuple[str, str]]) -> list[str]:
    """Each page's read (service, method) noted by the page's name as it is called."""
    reads: list[str] = []
    for page, (service, method) in pages.items():
        owner = getattr(services, service)
        monkeypatch.setattr(owner, method, _counting(reads, page, getattr(owner, method)))
    return reads


def test_the_heads_pages_are_read_when_first_shown(
        qtbot: QtBot, services: Services, coordinator: Actor,
        monkeypatch: pytest.MonkeyPatch) -> None:
    # The drafts to sign read the claims themselves (a recovery draft heads "Decyzje"): left
    # out here, so that every read counted is a page's own.
    monkeypatch.setattr(other_drafts, "_recovery", lambda services, actor: [])
    reads = count_reads(services, monkeypatch, READS)
    bus = Bus()
    tab = CoordinatorTab(services, coordinator, bus)
    qtbot.addWidget(tab)
    tab.show()
    bus.changed.emit()
    assert reads == []  # built, shown on "Pulpit", a change: none of them read
    for page in READS:
        tab.pages.setCurrentWidget(getattr(tab, page))
        qtbot.waitUntil(lambda page=page: reads.count(page) == 1)  # type: ignore[misc]
    shown = list(READS)[-1]
    bus.changed.emit()
    # Only the page on screen reads again; the others when next shown.
    assert reads[len(READS):] == [shown]
    tab.pages.setCurrentWidget(tab.payment_lists_page)
    qtbot.waitUntil(lambda: reads.count("payment_lists_page") == 2)
