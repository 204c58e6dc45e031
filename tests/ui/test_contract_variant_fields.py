"""The contract form shows variant B's own fields (the labour-office referral, the causes of
unemployment, qualifications, earlier activation) only for a variant B contract; what was
typed in them stays while the worker switches the variant back and forth."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QComboBox, QLineEdit, QPlainTextEdit
from pytestqt.qtbot import QtBot

from ops_desktop.domain.contracts import Variant
from ops_desktop.services.context import Actor
from ops_desktop.services.hub import Services
from ops_desktop.ui.social_work.contract_form import ContractForm
from tests.ui.test_contracts_ui import _case, _child
from tests.ui.looking import keep_grab

B_FIELDS = ("contract_unemployment_causes", "contract_qualifications",
            "contract_earlier_activation")


def test_variant_a_shows_none_of_variant_bs_fields(
        qtbot: QtBot, services: Services, desk: Actor, social_worker: Actor) -> None:
    case = _case(services, desk, social_worker)
    form = ContractForm(services, social_worker, case)
    qtbot.addWidget(form)
    form.show()
    qtbot.waitUntil(form.isVisible)
    combo = _child(form, QComboBox, "contract_variant")
    referral = _child(form, QLineEdit, "contract_referral")
    b_edits = [_child(form, QPlainTextEdit, name) for name in B_FIELDS]
    assert combo.currentData() == Variant.A.value
    assert not referral.isVisible() and not any(e.isVisible() for e in b_edits)
    assert _child(form, QPlainTextEdit, "contract_causes").isVisible()
    combo.setFocus()
    qtbot.keyClick(combo, Qt.Key.Key_Down)
    qtbot.waitUntil(lambda: combo.currentData() == Variant.B.value)
    assert referral.isVisible() and all(e.isVisible() for e in b_edits)
    qtbot.keyClicks(b_edits[1], "Slusarz")
    qtbot.keyClicks(referral, "PUP 14/2026")
    keep_grab(form, "programmes-contract-b.png")
    qtbot.keyClick(combo, Qt.Key.Key_Up)
    qtbot.waitUntil(lambda: combo.currentData() == Variant.A.value)
    assert not referral.isVisible() and not b_edits[1].isVisible()
    # A variant A contract goes without B's words; the widgets keep them for B again.
    data = form.data()
    assert data.assessment.qualifications == "" and data.labour_office_referral == ""
    assert b_edits[1].toPlainText() == "Slusarz" and referral.text() == "PUP 14/2026"
    keep_grab(form, "programmes-contract-a.png")
