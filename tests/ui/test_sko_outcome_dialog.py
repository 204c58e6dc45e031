"""'Rozstrzygnięcie SKO' driven as a worker does: a decision on the merits takes the SKO's
amount and period (shown only for that outcome); a wrong amount is said under its field and
nothing typed is lost; the saved amount is what the appeal now holds."""

from __future__ import annotations

from decimal import Decimal

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QCheckBox, QComboBox, QLabel, QLineEdit, QPushButton, QWidget
from pytestqt.qtbot import QtBot

from ops_desktop.domain.calendar import add_months
from ops_desktop.domain.clock import wall_today
from ops_desktop.services.appeals import ForwardInput
from ops_desktop.services.context import Actor
from ops_desktop.services.hub import Services
from ops_desktop.ui import labels
from ops_desktop.ui.benefits.application_dialog import to_qdate
from ops_desktop.ui.benefits.appeal_dialogs import OutcomeDialog
from tests.services.test_appeals import _appeal, _signed
from tests.ui.test_appeals_page import child

LEFT = Qt.MouseButton.LeftButton
TODAY = wall_today()


def test_the_sko_amount_is_typed_checked_and_kept(
        qtbot: QtBot, services: Services, benefits_worker: Actor, signer: Actor,
        tmp_path) -> None:  # type: ignore[no-untyped-def]
    decision = _signed(services, benefits_worker, signer)
    appeal = services.appeals.register(benefits_worker, _appeal(decision))
    appeal = services.appeals.forward(benefits_worker, appeal.id, ForwardInput(TODAY, ("Akta",)))
    dialog = OutcomeDialog(services, benefits_worker, appeal)
    qtbot.addWidget(dialog)
    dialog.show()
    content = child(dialog, QWidget, "sko_content")
    combo = child(dialog, QComboBox, "sko_outcome")
    combo.setCurrentIndex(combo.findData("upheld"))
    assert not content.isVisible()  # upheld: nothing new to pay
    combo.setCurrentIndex(combo.findData("quashed_decided"))
    qtbot.waitUntil(content.isVisible)
    assert "listy wypłat" in child(dialog, QLabel, "sko_outcome_note").text()
    qtbot.keyClicks(child(dialog, QLineEdit, "sko_sign"), "SKO.4101.12.2026")
    amount = child(dialog, QLineEdit, "sko_amount")
    qtbot.keyClicks(amount, "osiemset")
    start = add_months(TODAY.replace(day=1), 1)
    dialog.period_from.setDate(to_qdate(start))
    qtbot.mouseClick(child(dialog, QCheckBox, "sko_indefinite"), LEFT)
    dialog.grab().save(str(tmp_path / "sko-outcome.png"))
    save = child(dialog, QPushButton, "outcome_save")
    qtbot.mouseClick(save, LEFT)
    assert child(dialog, QLabel, "error_amount").text() == labels.error("amount_invalid")
    assert amount.text() == "osiemset" and combo.currentData() == "quashed_decided"
    assert services.appeals.get(benefits_worker, appeal.id).sko_outcome is None
    amount.clear()
    qtbot.keyClicks(amount, "812,50")
    qtbot.mouseClick(save, LEFT)
    qtbot.waitUntil(lambda: dialog.recorded is not None)
    saved = services.appeals.get(benefits_worker, appeal.id)
    assert (saved.sko_amount, saved.sko_period_from, saved.sko_period_to) == (
        Decimal("812.50"), start, None)
