"""The benefits panel's postanowienia and call to remedy formal defects, driven as a worker would."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QComboBox,
    QDateEdit,
    QLabel,
    QPlainTextEdit,
    QPushButton,
    QTableView,
)
from pytestqt.qtbot import QtBot
from sqlalchemy import update

from ops_desktop.domain.clock import wall_today
from ops_desktop.domain.vocabulary import ApplicationStatus, DecisionKind, DecisionStatus
from ops_desktop.services.context import Actor
from ops_desktop.services.hub import Services
from ops_desktop.storage.models import ApplicationRow
from ops_desktop.ui import labels
from ops_desktop.ui.benefits import procedural_box
from ops_desktop.ui.benefits.application_dialog import to_qdate
from ops_desktop.ui.benefits.defect_call_dialog import DefectCallDialog, DefectDayDialog
from ops_desktop.ui.benefits.order_dialog import OrderDialog
from tests.ui.test_benefits_flow import (
    LEFT,
    child,
    open_tab,
    pdf_text,
    periodic_application,
    select_first,
)

TODAY = wall_today()


def test_a_suspension_is_prepared_with_errors_by_its_field_signed_and_printed(
    qtbot: QtBot, services: Services, signer: Actor, opened: list[Path],
    messages: list[str], monkeypatch: pytest.MonkeyPatch,
) -> None:
    app = periodic_application(services, signer)

    def fill(dialog: OrderDialog) -> int:
        dialog.show()
        kind = child(dialog, QComboBox, "order_kind")
        kind.setFocus()
        qtbot.keyClick(kind, Qt.Key.Key_Down)  # odmowa wszczęcia → zawieszenie
        assert kind.currentText() == "postanowienie: zawieszenie"
        assert not child(dialog, QComboBox, "order_corrects").isVisible()
        # Art. 97 is given from memory in the domain notes: the dialog says it is unconfirmed.
        warning = child(dialog, QLabel, "order_unconfirmed")
        assert warning.isVisible() and "art. 97 § 1 pkt 4 KPA" in warning.text()
        qtbot.keyClicks(child(dialog, QPlainTextEdit, "order_reasoning"), "Pozew o alimenty.")
        save = child(dialog, QPushButton, "order_save")
        qtbot.mouseClick(save, LEFT)  # no ruling words: refused next to the field
        error = child(dialog, QLabel, "error_detail")
        assert error.isVisible() and error.text() == labels.error("required")
        typed = child(dialog, QPlainTextEdit, "order_reasoning").toPlainText()
        assert typed == "Pozew o alimenty.", typed
        qtbot.keyClicks(child(dialog, QPlainTextEdit, "order_detail"),
                        "ustalenie przez sad obowiazku alimentacyjnego syna Strony")
        qtbot.mouseClick(save, LEFT)
        return dialog.result()

    monkeypatch.setattr(OrderDialog, "exec", fill)
    tab = open_tab(qtbot, services, signer)
    select_first(qtbot, tab)
    panel = tab.panel
    qtbot.mouseClick(child(panel, QPushButton, "prepare_order"), LEFT)
    status = child(panel, QLabel, "orders_status")
    qtbot.waitUntil(lambda: "czeka na podpis" in status.text())
    assert panel.decision is None  # a postanowienie is not the application's decision
    qtbot.mouseClick(child(panel, QPushButton, "sign_order"), LEFT)
    qtbot.waitUntil(lambda: "podpisane" in status.text())
    assert services.applications.get(signer, app.id).status is ApplicationStatus.SUSPENDED
    assert not child(panel, QPushButton, "prepare_decision").isEnabled()
    # Suspended is still in hand: on the list, and its case cannot be closed.
    qtbot.waitUntil(lambda: tab.model.rowCount() == 1)
    select_first(qtbot, tab)
    assert "zawieszony" in [tab.model.index(0, c).data() for c in range(tab.model.columnCount())]
    assert not child(tab, QPushButton, "close_application_case").isEnabled()
    qtbot.mouseClick(child(panel, QPushButton, "preview_order"), LEFT)
    qtbot.waitUntil(lambda: len(opened) == 1, timeout=20000)
    text = " ".join(pdf_text(opened[0]).split())
    assert "POSTANOWIENIE" in text and "zawiesić postępowanie" in text
    assert "obowiazku alimentacyjnego syna Strony" in text and "7 dni" in text
    assert messages == []


def test_the_coordinators_signing_list_shows_a_postanowienie(
    qtbot: QtBot, services: Services, benefits_worker: Actor, coordinator: Actor,
) -> None:
    from ops_desktop.services.procedural_acts import OrderInput
    from ops_desktop.ui.coordinator.tab import CoordinatorTab
    from ops_desktop.ui.bus import Bus

    app = periodic_application(services, benefits_worker)
    services.procedural_acts.prepare_order(benefits_worker, OrderInput(
        app.id, DecisionKind.SUSPENSION, "ustalenie ojcostwa przez sąd"))
    tab = CoordinatorTab(services, coordinator, Bus())
    qtbot.addWidget(tab)
    tab.show()
    model = child(tab, QTableView, "drafts_table").model()
    qtbot.waitUntil(lambda: model.rowCount() == 1)
    shown = [model.index(0, c).data() for c in range(model.columnCount())]
    assert "postanowienie: zawieszenie" in shown
    assert services.decisions.page(coordinator, DecisionStatus.DRAFT)[0].kind is \
        DecisionKind.SUSPENSION


def test_the_call_to_remedy_runs_to_leaving_the_application_unexamined(
    qtbot: QtBot, services: Services, benefits_worker: Actor, opened: list[Path],
    messages: list[str], monkeypatch: pytest.MonkeyPatch,
) -> None:
    app = periodic_application(services, benefits_worker)
    # Received a month ago: the call, its delivery and its 7 days all lie in the past.
    with services.db.session() as s:
        s.execute(update(ApplicationRow).where(ApplicationRow.id == app.id)
                  .values(received_on=TODAY - dt.timedelta(days=40)))

    def call(dialog: DefectCallDialog) -> int:
        dialog.show()
        save = child(dialog, QPushButton, "defect_call_save")
        qtbot.mouseClick(save, LEFT)
        assert child(dialog, QLabel, "error_defects").text() == labels.error("required")
        qtbot.keyClicks(child(dialog, QPlainTextEdit, "defects"), "brak podpisu na wniosku")
        child(dialog, QDateEdit, "called_on").setDate(to_qdate(TODAY - dt.timedelta(days=20)))
        qtbot.mouseClick(save, LEFT)
        return dialog.result()

    def deliver(dialog: DefectDayDialog) -> int:
        dialog.show()
        day = child(dialog, QDateEdit, "delivered_on")
        day.setDate(to_qdate(TODAY + dt.timedelta(days=1)))
        save = child(dialog, QPushButton, "delivered_on_save")
        qtbot.mouseClick(save, LEFT)
        assert child(dialog, QLabel, "error_delivered_on").text() == labels.error("future_date")
        day.setDate(to_qdate(TODAY - dt.timedelta(days=15)))
        qtbot.mouseClick(save, LEFT)
        return dialog.result()

    monkeypatch.setattr(DefectCallDialog, "exec", call)
    monkeypatch.setattr(DefectDayDialog, "exec", deliver)
    asked: list[str] = []
    monkeypatch.setattr(procedural_box, "confirm_leave_unexamined",
                        lambda _parent, sign: asked.append(sign) or True)
    tab = open_tab(qtbot, services, benefits_worker)
    select_first(qtbot, tab)
    panel = tab.panel
    state = child(panel, QLabel, "defect_call_status")
    qtbot.mouseClick(child(panel, QPushButton, "call_to_remedy"), LEFT)
    qtbot.waitUntil(lambda: "czeka na doręczenie" in state.text())
    # While the call waits nothing is decided, and no second call is made.
    assert not child(panel, QPushButton, "prepare_decision").isEnabled()
    assert not child(panel, QPushButton, "call_to_remedy").isEnabled()
    qtbot.mouseClick(child(panel, QPushButton, "defect_call_delivered"), LEFT)
    qtbot.waitUntil(lambda: "TERMIN MINĄŁ" in state.text())
    qtbot.mouseClick(child(panel, QPushButton, "print_defect_call"), LEFT)
    qtbot.waitUntil(lambda: len(opened) == 1, timeout=20000)
    text = " ".join(pdf_text(opened[0]).split())
    assert "WEZWANIE" in text and "brak podpisu na wniosku" in text
    assert "pozostawienie wniosku bez rozpoznania" in text
    leave = child(panel, QPushButton, "leave_unexamined")
    assert leave.isEnabled()
    qtbot.mouseClick(leave, LEFT)
    assert asked == [app.case_sign]
    qtbot.waitUntil(lambda: "pozostawiony bez rozpoznania" in state.text())
    assert services.applications.get(benefits_worker, app.id).status is \
        ApplicationStatus.LEFT_UNEXAMINED
    qtbot.waitUntil(lambda: tab.model.rowCount() == 0)
    assert messages == []
