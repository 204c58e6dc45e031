"""The services tab is built when it is first opened, with all its pages: the schedule, the
fees, the DPS placements, the shelters and the meals are read when the worker first opens
each page (the first switch to "Usługi" at 500,000 persons paid for every one of them), and
a change in the store rereads a page only while it is on screen."""

from __future__ import annotations

import pytest
from pytestqt.qtbot import QtBot

from ops_desktop.services.context import Actor
from ops_desktop.services.hub import Services
from ops_desktop.ui.bus import Bus
from ops_desktop.ui.services_team.tab import ServicesTab
from tests.ui.test_coordinator_reads_when_shown import count_reads
from tests.ui.test_placement_pages import carer  # noqa: F401  (the fixture)

# page attribute on the tab -> (service, method) it reads its list with
READS = {
    "schedule": ("care_services", "orders"),
    "fees": ("care_payments", "billed_months"),
    "dps": ("placements", "homes"),
    "shelters": ("shelters", "register"),
    "meals": ("meals", "decisions"),
}


def test_the_services_pages_are_read_when_first_shown(
        qtbot: QtBot, services: Services, carer: Actor,  # noqa: F811
        monkeypatch: pytest.MonkeyPatch) -> None:
    reads = count_reads(services, monkeypatch, READS)
    bus = Bus()
    tab = ServicesTab(services, carer, bus)
    qtbot.addWidget(tab)
    tab.show()
    bus.changed.emit()
    assert reads == []  # built, shown on "Sprawy", a change: none of them read
    for page in READS:
        tab.show_page(getattr(tab, page))
        qtbot.waitUntil(lambda page=page: reads.count(page) == 1)  # type: ignore[misc]
    reads.clear()
    bus.changed.emit()
    assert reads == [list(READS)[-1]]  # only the page on screen reads again
