"""The head's own lists on screen: build, show, save under a name, export; a bad filter is
said next to the filters and what was typed stays."""

from __future__ import annotations

import io
from pathlib import Path

import pytest
from openpyxl import load_workbook
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QPushButton
from pytestqt.qtbot import QtBot

from ops_desktop.services.context import Actor
from ops_desktop.services.hub import Services
from ops_desktop.ui.bus import Bus
from ops_desktop.ui.coordinator.adhoc_lists import AdhocListDialog
from ops_desktop.ui.coordinator.tab import CoordinatorTab
from tests.services.test_mrpips03 import Known, known  # noqa: F401 - the office as a fixture
from tests.ui.looking import keep_grab

LEFT = Qt.MouseButton.LeftButton


@pytest.fixture
def dialog(qtbot: QtBot, services: Services, coordinator: Actor,
           known: Known) -> AdhocListDialog:  # noqa: F811
    widget = AdhocListDialog(services, coordinator)
    qtbot.addWidget(widget)
    widget.show()
    return widget


def _build(qtbot: QtBot, d: AdhocListDialog, value: str) -> None:
    qtbot.keyClicks(d.name, "Celowe")
    d.entity.setCurrentIndex(d.entity.findData("decisions"))
    for i in range(d.columns.count()):
        item = d.columns.item(i)
        keep = item.data(Qt.ItemDataRole.UserRole) in ("case_sign", "form", "amount")
        item.setCheckState(Qt.CheckState.Checked if keep else Qt.CheckState.Unchecked)
    d.filter_field.setCurrentIndex(d.filter_field.findData("issued_on"))
    d.filter_operator.setCurrentIndex(d.filter_operator.findData("from"))
    qtbot.keyClicks(d.filter_value, value)
    d.sort.setCurrentIndex(d.sort.findData("amount"))


def test_build_show_save_and_export_a_list(
        qtbot: QtBot, dialog: AdhocListDialog, known: Known, tmp_path: Path,  # noqa: F811
        monkeypatch: pytest.MonkeyPatch) -> None:
    _build(qtbot, dialog, "2025-05-01")
    qtbot.mouseClick(dialog.run_button, LEFT)
    qtbot.waitUntil(lambda: dialog.model.rowCount() == 2, timeout=15000)
    assert [dialog.model.index(r, 0).data() for r in range(2)] == [known.jan_may, known.maria]
    assert dialog.model.index(1, 2).data() == "200,50\u00a0zł"
    assert dialog.model.index(1, 1).data() == "zasiłek celowy"  # words, not the stored code
    qtbot.mouseClick(dialog.save_button, LEFT)
    assert dialog.saved.currentText() == "Celowe"
    target = tmp_path / "celowe"
    monkeypatch.setattr("ops_desktop.ui.coordinator.adhoc_lists.QFileDialog.getSaveFileName",
                        lambda *a, **k: (str(target), ""))
    qtbot.mouseClick(dialog.xlsx_button, LEFT)
    qtbot.waitUntil(lambda: "Zapisano: " in dialog.status.text(), timeout=15000)
    sheet = load_workbook(io.BytesIO(target.with_suffix(".xlsx").read_bytes())).active
    assert [c.value for c in sheet[1]] == ["Znak sprawy", "Forma pomocy", "Kwota"]
    assert sheet.max_row == 3


def test_a_bad_filter_is_said_next_to_it_and_the_typing_stays(
        qtbot: QtBot, dialog: AdhocListDialog) -> None:
    _build(qtbot, dialog, "maj")
    qtbot.mouseClick(dialog.run_button, LEFT)
    qtbot.waitUntil(lambda: bool(dialog.filter_error.text()), timeout=15000)
    assert "filtr" in dialog.filter_error.text()
    assert dialog.filter_value.text() == "maj" and dialog.name.text() == "Celowe"


def test_each_wrong_filter_value_is_said_next_to_its_own_row(
        qtbot: QtBot, dialog: AdhocListDialog) -> None:
    d = dialog
    _build(qtbot, d, "2025-05-01")  # row 1 is right
    qtbot.mouseClick(d.filter_list.add_button, LEFT)
    qtbot.mouseClick(d.filter_list.add_button, LEFT)
    for row, (field, value) in zip(d.filter_list.rows[1:], (("amount", "dużo"),
                                                            ("household_size", "2.5"))):
        row.field.setCurrentIndex(row.field.findData(field))
        row.operator.setCurrentIndex(row.operator.findData("from"))
        row.value.setText(value)
    qtbot.mouseClick(d.run_button, LEFT)
    first, second, third = d.filter_list.rows
    qtbot.waitUntil(lambda: second.error.isVisible(), timeout=15000)
    assert "kwotę" in second.error.text()
    assert "liczbę całkowitą" in third.error.text() and third.error.isVisible()
    assert not first.error.isVisible() and first.error.text() == ""
    # Each message stands in its own row, between that row and the next.
    assert second.geometry().bottom() < third.geometry().top()
    assert second.value.text() == "dużo" and third.value.text() == "2.5"
    keep_grab(d, "print-queue-adhoc-rows.png")
    # Putting the amount right clears its row's message and keeps the other's.
    second.value.setText("50")
    qtbot.mouseClick(d.run_button, LEFT)
    qtbot.waitUntil(lambda: not second.error.isVisible(), timeout=15000)
    assert third.error.isVisible()


def test_the_coordinator_tab_opens_the_lists(
        qtbot: QtBot, services: Services, coordinator: Actor,
        monkeypatch: pytest.MonkeyPatch) -> None:
    opened: list[AdhocListDialog] = []
    monkeypatch.setattr(AdhocListDialog, "exec", lambda self: opened.append(self) or 0)
    tab = CoordinatorTab(services, coordinator, Bus())
    qtbot.addWidget(tab)
    button = tab.findChild(QPushButton, "adhoc_lists")
    assert button is not None and button.isVisibleTo(tab)
    qtbot.mouseClick(button, LEFT)
    assert len(opened) == 1


def test_several_filters_all_hold_and_more_fields_show(
        qtbot: QtBot, dialog: AdhocListDialog, known: Known) -> None:  # noqa: F811
    d = dialog
    qtbot.keyClicks(d.name, "Celowe wiosna")
    d.entity.setCurrentIndex(d.entity.findData("decisions"))
    for i in range(d.columns.count()):
        item = d.columns.item(i)
        keep = item.data(Qt.ItemDataRole.UserRole) in ("case_sign", "payment_method",
                                                       "signatory_name", "criterion")
        item.setCheckState(Qt.CheckState.Checked if keep else Qt.CheckState.Unchecked)
    wanted = (("issued_on", "from", "2025-03-01"), ("issued_on", "to", "2025-05-31"),
              ("form", "eq", "zasiłek celowy"), ("amount", "from", "50"))
    for n, (field, operator, value) in enumerate(wanted):
        if n:
            qtbot.mouseClick(d.filter_list.add_button, LEFT)
        row = d.filter_list.rows[n]
        row.field.setCurrentIndex(row.field.findData(field))
        row.operator.setCurrentIndex(row.operator.findData(operator))
        if value.isascii():
            qtbot.keyClicks(row.value, value)
        else:  # QTest types ASCII only
            row.value.setText(value)
    assert d.findChild(QPushButton, "adhoc_filter_remove_4") is not None
    d.sort.setCurrentIndex(d.sort.findData("case_sign"))
    qtbot.mouseClick(d.run_button, LEFT)
    # March and May for Jan; Maria's is in June, the refusal in April has no amount
    qtbot.waitUntil(lambda: d.model.rowCount() == 2, timeout=15000)
    assert [d.model.index(r, 0).data() for r in range(2)] == sorted(
        [known.jan_march, known.jan_may])
    headers = [d.model.headerData(c, Qt.Orientation.Horizontal) for c in range(4)]
    assert headers == ["Znak sprawy", "Kryterium dochodowe", "Sposób wypłaty", "Podpisał(a)"]
    assert d.model.index(0, 2).data() in ("przelewem na rachunek bankowy", "w kasie Ośrodka")
    assert d.model.index(0, 3).data() and d.model.index(0, 1).data().endswith("zł")
    keep_grab(d, "dash-speed-adhoc.png")

    # Saved with its four filters, and loaded back with them.
    qtbot.mouseClick(d.save_button, LEFT)
    qtbot.mouseClick(d.filter_list.rows[3].remove, LEFT)  # one filter fewer on screen
    qtbot.waitUntil(lambda: len(d.filter_list.rows) == 3)
    assert len(d.definition().filters) == 3
    d.load(d.saved.itemData(d.saved.findText("Celowe wiosna")))
    assert [(f.field, f.operator, f.value) for f in d.definition().filters] == list(wanted)
    assert len(d.filter_list.rows) == 4
