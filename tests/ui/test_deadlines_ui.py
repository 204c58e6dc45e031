"""KPA deadlines on screen: the list's deadline column (overdue and near, colour and words),
the "Termin" box, the notice-of-delay dialog with errors by its fields, and the printed notice."""

from __future__ import annotations

import datetime as dt
import io

import pytest
from pypdf import PdfReader
from PySide6.QtCore import QDate, QPoint, Qt
from PySide6.QtWidgets import QCheckBox, QDialog, QLabel, QLineEdit, QPlainTextEdit, QPushButton
from pytestqt.qtbot import QtBot

from ops_desktop.domain.calendar import add_working_days, is_working_day, next_working_day_if_needed
from ops_desktop.domain.clock import wall_today
from ops_desktop.domain.kpa_deadlines import Pause, statutory_deadline
from ops_desktop.domain.vocabulary import BenefitForm
from ops_desktop.i18n.format import date_short
from ops_desktop.services.applications import ApplicationInput
from ops_desktop.services.context import Actor
from ops_desktop.services.hub import Services
from ops_desktop.services.views import ApplicationView
from ops_desktop.ui.benefits import deadline_box
from ops_desktop.ui.benefits.deadline_dialogs import DelayNoticeDialog, PauseDialog
from ops_desktop.ui.benefits.tab import DUE_SOON_COLOUR, OVERDUE_COLOUR
from ops_desktop.ui.bus import Bus
from ops_desktop.ui.coordinator.tab import CoordinatorTab

from tests.ui.test_benefits_flow import (
    PESEL_MAN_1944,
    PESEL_MAN_1955,
    child,
    click_row,
    column,
    open_tab,
    person,
    row_of,
)
from tests.ui.looking import keep_grab

TODAY = wall_today()
FOREGROUND = Qt.ItemDataRole.ForegroundRole


def received(services: Services, worker: Actor, on: dt.date, pesel: str,
             name: tuple[str, str]) -> ApplicationView:
    pid = services.persons.register_household(worker, person(*name, pesel), [])
    return services.applications.register(worker, ApplicationInput(
        pid, on, BenefitForm.PERIODIC))


def soon_receipt() -> dt.date:
    """A day of receipt whose deadline is today or within 3 working days."""
    for back in range(25, 40):
        day = TODAY - dt.timedelta(days=back)
        if TODAY <= statutory_deadline(day, 1) <= add_working_days(TODAY, 3):
            return day
    raise AssertionError("no such day")


def test_the_list_marks_overdue_and_near_deadlines_in_words_and_colour(
        qtbot: QtBot, services: Services, benefits_worker: Actor) -> None:
    late = received(services, benefits_worker, TODAY - dt.timedelta(days=50), PESEL_MAN_1944,
                    ("Jan", "Kowalski"))
    soon = received(services, benefits_worker, soon_receipt(), PESEL_MAN_1955, ("Adam", "Nowak"))
    fresh = received(services, benefits_worker, TODAY, "85121711202", ("Maria", "Wiśniewska"))
    tab = open_tab(qtbot, services, benefits_worker)
    deadline = column(tab.model, "Termin")

    def cell(app: ApplicationView, role: int = Qt.ItemDataRole.DisplayRole) -> object:
        return tab.model.index(row_of(tab, app), deadline).data(role)

    assert cell(late) == f"{date_short(late.kpa_deadline)} – PO TERMINIE"
    assert cell(late, FOREGROUND) == OVERDUE_COLOUR
    assert cell(soon) == f"{date_short(soon.kpa_deadline)} – WKRÓTCE"
    assert cell(soon, FOREGROUND) == DUE_SOON_COLOUR
    assert cell(fresh) == date_short(fresh.kpa_deadline) and cell(fresh, FOREGROUND) is None
    keep_grab(tab, "kpa-deadlines-list.png")

    # Marked particularly complicated in the panel: two months, and no longer overdue.
    click_row(qtbot, tab, row_of(tab, late))
    qtbot.waitUntil(lambda: tab.panel.app_id == late.id)
    box = tab.panel.deadline_box
    assert "PO TERMINIE" in box.deadline.text()
    tick = child(box, QCheckBox, "particularly_complicated")
    tab.panel_scroll.ensureWidgetVisible(tick) if hasattr(tab, "panel_scroll") else None
    # On the box itself, not the middle of the row: a check box takes clicks on its text.
    qtbot.mouseClick(tick, Qt.MouseButton.LeftButton, pos=QPoint(8, tick.height() // 2))
    two_months = statutory_deadline(late.received_on, 2)
    qtbot.waitUntil(lambda: cell(late) == date_short(two_months))
    assert "Dwa miesiące od wpływu" in child(box, QLabel, "deadline_basis").text()
    assert services.applications.get(benefits_worker, late.id).particularly_complicated


def test_a_notice_of_delay_shows_errors_by_its_fields_keeps_the_text_then_saves_and_prints(
        qtbot: QtBot, services: Services, benefits_worker: Actor,
        monkeypatch: pytest.MonkeyPatch) -> None:
    late = received(services, benefits_worker, TODAY - dt.timedelta(days=50), PESEL_MAN_1944,
                    ("Jan", "Kowalski"))
    tab = open_tab(qtbot, services, benefits_worker)
    click_row(qtbot, tab, row_of(tab, late))
    qtbot.waitUntil(lambda: tab.panel.app_id == late.id)
    saturday = TODAY + dt.timedelta(days=(5 - TODAY.weekday()) % 7 or 7)
    new = next_working_day_if_needed(TODAY + dt.timedelta(days=20))
    assert not is_working_day(saturday)
    printed: list[bytes] = []
    monkeypatch.setattr(deadline_box.pdf, "hand_over",
                        lambda _parent, data, _name: printed.append(data))

    def drive(dialog: QDialog) -> bool:
        assert isinstance(dialog, DelayNoticeDialog)
        qtbot.addWidget(dialog)
        dialog.show()
        save = child(dialog, QPushButton, "delay_notice_save")
        dialog.new_deadline.setDate(QDate(saturday.year, saturday.month, saturday.day))
        qtbot.mouseClick(save, Qt.MouseButton.LeftButton)
        assert dialog.isVisible()  # refused: the form stays
        assert child(dialog, QLabel, "error_reason").isVisible()
        assert "sobota" in child(dialog, QLabel, "error_new_deadline").text()
        keep_grab(dialog, "kpa-deadlines-dialog.png")
        reason = child(dialog, QPlainTextEdit, "notice_reason")
        qtbot.keyClicks(reason, "Oczekiwanie na opinie lekarza orzecznika.")
        dialog.new_deadline.setDate(QDate(new.year, new.month, new.day))
        qtbot.mouseClick(save, Qt.MouseButton.LeftButton)
        return dialog.result() == QDialog.DialogCode.Accepted

    monkeypatch.setattr(deadline_box, "run_dialog", drive)
    qtbot.mouseClick(child(tab.panel, QPushButton, "delay_notice"), Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: len(printed) == 1)
    text = " ".join(p.extract_text() for p in PdfReader(io.BytesIO(printed[0])).pages)
    text = " ".join(text.replace("\u00a0", " ").split())
    assert "Oczekiwanie na opinie lekarza orzecznika." in text
    assert "ponaglenia" in text and late.case_sign in text
    deadline = column(tab.model, "Termin")
    qtbot.waitUntil(lambda: tab.model.index(row_of(tab, late), deadline).data()
                    == date_short(new))
    box = tab.panel.deadline_box
    assert "PO TERMINIE" not in box.deadline.text()
    assert f"nowy termin {date_short(new)}" in child(box, QLabel, "deadline_basis").text()
    assert child(box, QPushButton, "print_delay_notice").isEnabled()
    keep_grab(tab, "kpa-deadlines-panel.png")


def test_only_those_who_run_deadlines_see_the_buttons(
        qtbot: QtBot, services: Services, benefits_worker: Actor) -> None:
    app = received(services, benefits_worker, TODAY, PESEL_MAN_1944, ("Jan", "Kowalski"))
    tab = open_tab(qtbot, services, benefits_worker)
    click_row(qtbot, tab, row_of(tab, app))
    qtbot.waitUntil(lambda: tab.panel.app_id == app.id)
    assert child(tab.panel, QPushButton, "delay_notice").isVisible()
    assert not child(tab.panel, QPushButton, "print_delay_notice").isEnabled()  # none yet


def test_the_head_sees_overdue_and_near_applications_counted_per_worker(
        qtbot: QtBot, services: Services, benefits_worker: Actor, signer: Actor,
        coordinator: Actor) -> None:
    received(services, benefits_worker, TODAY - dt.timedelta(days=50), PESEL_MAN_1944,
             ("Jan", "Kowalski"))
    received(services, benefits_worker, soon_receipt(), PESEL_MAN_1955, ("Adam", "Nowak"))
    received(services, signer, TODAY - dt.timedelta(days=70), "85121711202",
             ("Maria", "Wiśniewska"))
    tab = CoordinatorTab(services, coordinator, Bus())
    qtbot.addWidget(tab)
    tab.resize(1280, 800)
    tab.show()
    page = tab.application_deadlines_page
    tab.pages.setCurrentWidget(page)
    titles = [tab.pages.tabText(i) for i in range(tab.pages.count())]
    assert "Terminy wniosków – po terminie: 2" in titles
    rows = {page.model.index(r, 0).data(): tuple(page.model.index(r, c).data() for c in (1, 2, 3))
            for r in range(page.model.rowCount())}
    assert rows == {"Piotr Zieliński": ("1", "1", "2"), "Katarzyna Wiśniewska": ("1", "0", "1")}
    assert page.model.index(0, 1).data(FOREGROUND) is not None  # red, and the number says it
    assert "po terminie załatwienia (art. 35 KPA): 2" in page.summary.text()
    keep_grab(tab, "kpa-deadlines-head.png")


def test_the_deadlines_tab_title_counts_from_the_dashboard_before_its_page_is_read(
        qtbot: QtBot, services: Services, benefits_worker: Actor, signer: Actor,
        coordinator: Actor) -> None:
    """The per-worker page is read when first opened; its tab's title already says how many
    applications are past their deadline, from the dashboard's figure, and the two agree."""
    received(services, benefits_worker, TODAY - dt.timedelta(days=50), PESEL_MAN_1944,
             ("Jan", "Kowalski"))
    received(services, signer, TODAY - dt.timedelta(days=70), "85121711202",
             ("Maria", "Wiśniewska"))
    tab = CoordinatorTab(services, coordinator, Bus())
    qtbot.addWidget(tab)
    tab.show()
    page = tab.application_deadlines_page
    index = tab.pages.indexOf(page)
    qtbot.waitUntil(lambda: tab.pages.tabText(index) == "Terminy wniosków – po terminie: 2")
    assert page.model.rowCount() == 0  # not read yet
    tab.pages.setCurrentWidget(page)
    qtbot.waitUntil(lambda: page.model.rowCount() == 2)
    assert tab.pages.tabText(index) == "Terminy wniosków – po terminie: 2"


def test_a_period_not_counted_is_refused_without_a_reason_then_moves_the_deadline(
        qtbot: QtBot, services: Services, benefits_worker: Actor,
        monkeypatch: pytest.MonkeyPatch) -> None:
    start = TODAY - dt.timedelta(days=20)
    app = received(services, benefits_worker, start, PESEL_MAN_1944, ("Jan", "Kowalski"))
    tab = open_tab(qtbot, services, benefits_worker)
    click_row(qtbot, tab, row_of(tab, app))
    qtbot.waitUntil(lambda: tab.panel.app_id == app.id)
    first, last = start + dt.timedelta(days=1), start + dt.timedelta(days=7)

    def drive(dialog: QDialog) -> bool:
        assert isinstance(dialog, PauseDialog)
        qtbot.addWidget(dialog)
        dialog.show()
        dialog.first_day.setDate(QDate(first.year, first.month, first.day))
        dialog.last_day.setDate(QDate(last.year, last.month, last.day))
        save = child(dialog, QPushButton, "pause_save")
        qtbot.mouseClick(save, Qt.MouseButton.LeftButton)
        assert dialog.isVisible() and child(dialog, QLabel, "error_reason").isVisible()
        assert dialog.last_day.date().toPython() == last  # nothing typed is lost
        qtbot.keyClicks(child(dialog, QLineEdit, "pause_reason"), "zawieszenie postepowania")
        qtbot.mouseClick(save, Qt.MouseButton.LeftButton)
        return dialog.result() == QDialog.DialogCode.Accepted

    monkeypatch.setattr(deadline_box, "run_dialog", drive)
    qtbot.mouseClick(child(tab.panel, QPushButton, "deadline_pause"), Qt.MouseButton.LeftButton)
    moved = statutory_deadline(start, 1, [Pause(first, last)])
    deadline = column(tab.model, "Termin")
    qtbot.waitUntil(lambda: tab.model.index(row_of(tab, app), deadline).data().startswith(
        date_short(moved)))
    assert moved > app.kpa_deadline
    assert "Okresy niewliczane (art. 35 § 5 KPA): 7 dn." in child(
        tab.panel, QLabel, "deadline_basis").text()
