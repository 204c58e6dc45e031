"""A form opens on the office's day (Europe/Warsaw), not the PC's: at 23:30 UTC on a PC kept
on UTC the office already lives the next day, and the print centre's days say so."""

from __future__ import annotations

import datetime as dt

import time_machine
from PySide6.QtCore import QDate, QThreadPool
from pytestqt.qtbot import QtBot

from ops_desktop.domain.clock import wall_today
from ops_desktop.services.context import Actor
from ops_desktop.services.hub import Services
from ops_desktop.ui.bus import Bus
from ops_desktop.ui.coordinator.print_centre import PrintCentrePage
from tests.domain.test_clock import pc_on_utc  # noqa: F401  (the fixture)
from tests.ui.looking import keep_grab




def test_the_print_centre_opens_on_the_offices_day(qtbot: QtBot, services: Services,
                                                   coordinator: Actor, pc_on_utc: None) -> None:
    day = wall_today()
    late = dt.datetime.combine(day, dt.time(23, 30), tzinfo=dt.UTC)  # 00:30 or 01:30 in Warsaw
    with time_machine.travel(late, tick=False):
        page = PrintCentrePage(services, coordinator, Bus())
        qtbot.addWidget(page)
        page.show()
        qtbot.waitExposed(page)
    QThreadPool.globalInstance().waitForDone(30000)
    keep_grab(page, "office-day-print-centre")
    next_day = QDate(day + dt.timedelta(days=1))
    assert page.first.date() == next_day
    assert page.last.date() == next_day
