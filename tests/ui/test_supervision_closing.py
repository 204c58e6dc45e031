"""A services worker closes a complaint in the supervision list and prints its protocol: a
missing recommendation is named under its field with the typed text kept, a closed record
offers only its protocol, and the protocol holds the facts of the record."""

from __future__ import annotations

import datetime as dt
import io
from pathlib import Path

import pytest
from pypdf import PdfReader
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLabel
from pytestqt.qtbot import QtBot

from ops_desktop.domain.care_providers import SupervisionKind
from ops_desktop.domain.clock import wall_today
from ops_desktop.services.care_supervision import SupervisionInput
from ops_desktop.services.context import Actor
from ops_desktop.services.hub import Services
from ops_desktop.ui.services_team.provider_dialogs import SupervisionPanel
from ops_desktop.ui.services_team.supervision_closing import ClosingDialog
from tests.services.test_care_providers import FIRM, make_order, worker  # noqa: F401
from tests.ui.looking import keep_grab

LEFT = Qt.MouseButton.LeftButton


def test_a_worker_closes_a_complaint_and_prints_the_protocol(
        qtbot: QtBot, services: Services, desk: Actor, worker: Actor,  # noqa: F811
        messages: list[str], opened: list[Path], monkeypatch: pytest.MonkeyPatch) -> None:
    firm = services.care_providers.add_provider(worker, FIRM)
    order = make_order(services, desk, worker)
    services.care_supervision.record(worker, SupervisionInput(
        SupervisionKind.COMPLAINT, dt.date(2026, 11, 5), "Anna Żółkiewska (córka)",
        "Opiekunka trzykrotnie nie przyszła.", "", None, order_id=order, provider_id=firm.id))
    panel = SupervisionPanel(services, worker)
    qtbot.addWidget(panel)
    panel.resize(1000, 360)
    panel.show()
    panel.show_subject(order, None, "Jan Żółkiewski")
    assert not panel.close_button.isEnabled() and not panel.protocol_button.isEnabled()
    panel.table.selectRow(0)
    assert panel.close_button.isEnabled() and not panel.protocol_button.isEnabled()
    assert panel.model.data(panel.model.index(0, 7)) == "otwarta"

    def run(dialog: ClosingDialog) -> int:
        dialog.show()
        # A complaint's outcomes only; "justified" calls for recommendations.
        assert [dialog.outcome.itemData(i) for i in range(dialog.outcome.count())] == [
            "upheld", "partly_upheld", "dismissed"]
        dialog.no_fix_by.setChecked(False)
        qtbot.mouseClick(dialog.save_button, LEFT)
        error = dialog.findChild(QLabel, "error_recommendations")
        assert error is not None and error.isVisible() and "zalecenia" in error.text()
        qtbot.keyClicks(dialog.recommendations, "Zastepstwo opiekunki w dni nieobecnosci.")
        dialog.fix_by.setDate(dialog.fix_by.date().addDays(20))
        keep_grab(dialog, "care-team-closing.png")
        qtbot.mouseClick(dialog.save_button, LEFT)
        assert dialog.closed
        return 1

    monkeypatch.setattr(ClosingDialog, "exec", run)
    qtbot.mouseClick(panel.close_button, LEFT)
    assert messages == []
    assert panel.model.data(panel.model.index(0, 7)).startswith("zamknięta")
    panel.table.selectRow(0)
    assert not panel.close_button.isEnabled() and panel.protocol_button.isEnabled()
    keep_grab(panel, "care-team-panel.png")
    qtbot.mouseClick(panel.protocol_button, LEFT)
    qtbot.waitUntil(lambda: len(opened) == 1)
    text = " ".join(p.extract_text() for p in PdfReader(io.BytesIO(opened[0].read_bytes())).pages)
    fix_by = (wall_today() + dt.timedelta(days=20)).strftime("%d.%m.%Y")
    for fact in ("PROTOKÓŁ ROZPATRZENIA SKARGI", "skarga zasadna", "Zastepstwo opiekunki",
                 fix_by, "Anna Żółkiewska (córka)", "Ewa Opiekun"):
        assert fact in text, fact
