"""The contract form as a new social worker meets it: variant B (one unemployed person)
offers no family members to tick, the actions table shows several rows with whole headings
in either variant,
and a refused save scrolls to the first message even when it stands above the visible part."""

from __future__ import annotations

from PySide6.QtCore import QPoint, Qt
from PySide6.QtGui import QFont, QFontMetrics
from PySide6.QtWidgets import QCheckBox, QComboBox, QLabel, QLineEdit, QPushButton, QScrollArea, QTableView
from pytestqt.qtbot import QtBot

from ops_desktop.domain.contracts import Variant
from ops_desktop.domain.vocabulary import Relation, Team
from ops_desktop.services.context import Actor
from ops_desktop.services.hub import Services
from ops_desktop.services.persons import MemberInput
from ops_desktop.services.views import CaseView
from ops_desktop.ui.social_work.contract_form import ContractForm
from tests.services.helpers import PESEL_WOMAN_1985, person, referral_intake
from tests.ui.test_contracts_ui import _child
from tests.ui.looking import keep_grab


def _family_case(services: Services, desk: Actor, social_worker: Actor) -> CaseView:
    """A person with a wife in the household: someone to tick as a party."""
    spouse = MemberInput(Relation.SPOUSE, person("Maria", "Żółkiewska", PESEL_WOMAN_1985))
    pid = services.persons.register_household(desk, person(), [spouse])
    rid = services.intake.record(desk, referral_intake(pid, Team.SOCIAL_WORK)).referral_id
    assert rid is not None
    return services.referrals.accept(social_worker, rid)


def _shown(qtbot: QtBot, form: ContractForm) -> ContractForm:
    qtbot.addWidget(form)
    form.show()
    qtbot.waitUntil(form.isVisible)
    return form


def test_variant_b_offers_no_family_members_and_saves_none(
        qtbot: QtBot, services: Services, desk: Actor, social_worker: Actor) -> None:
    case = _family_case(services, desk, social_worker)
    form = _shown(qtbot, ContractForm(services, social_worker, case))
    box = _child(form, QCheckBox, "contract_member_0")
    assert box.isVisible()
    qtbot.mouseClick(box, Qt.MouseButton.LeftButton, pos=QPoint(6, box.height() // 2))
    assert box.isChecked()
    combo = _child(form, QComboBox, "contract_variant")
    combo.setFocus()
    qtbot.keyClick(combo, Qt.Key.Key_Down)
    qtbot.waitUntil(lambda: combo.currentData() == Variant.B.value)
    assert not box.isVisible()
    assert form.data().party_ids == ()
    qtbot.keyClick(combo, Qt.Key.Key_Up)
    qtbot.waitUntil(box.isVisible)
    assert box.isChecked() and len(form.data().party_ids) == 1


def test_the_actions_table_shows_several_rows_and_its_whole_headings(
        qtbot: QtBot, services: Services, desk: Actor, social_worker: Actor) -> None:
    case = _family_case(services, desk, social_worker)
    form = _shown(qtbot, ContractForm(services, social_worker, case))
    table = _child(form, QTableView, "contract_actions")
    add = _child(form, QPushButton, "add_action")
    for _ in range(4):
        qtbot.mouseClick(add, Qt.MouseButton.LeftButton)
    qtbot.keyClick(table, Qt.Key.Key_Escape)
    rows = table.verticalHeader()
    assert table.viewport().height() >= 4 * rows.defaultSectionSize()
    header = table.horizontalHeader()
    font = QFont(header.font())
    font.setBold(True)  # the heading of a chosen row's cells is drawn bold
    bold = QFontMetrics(font)
    combo = _child(form, QComboBox, "contract_variant")
    for variant in (Variant.A, Variant.B):  # B's long labels leave the fields less room
        if variant is Variant.B:
            combo.setFocus()
            qtbot.keyClick(combo, Qt.Key.Key_Down)
        qtbot.waitUntil(lambda: combo.currentData() == variant.value)
        qtbot.wait(100)  # the form lays its rows out again
        # The table has the form's whole width, whatever the labels beside the other rows.
        scroll = form.findChild(QScrollArea)
        assert scroll is not None and table.width() >= 0.9 * scroll.viewport().width()
        for column in range(table.model().columnCount()):
            heading = table.model().headerData(column, Qt.Orientation.Horizontal)
            assert header.sectionSize(column) >= bold.horizontalAdvance(heading), (
                variant, heading)
    keep_grab(form, "contract-actions-table.png")


def test_a_refused_save_scrolls_to_the_first_message(
        qtbot: QtBot, services: Services, desk: Actor, social_worker: Actor) -> None:
    case = _family_case(services, desk, social_worker)
    form = _shown(qtbot, ContractForm(services, social_worker, case))
    combo = _child(form, QComboBox, "contract_variant")
    combo.setFocus()
    qtbot.keyClick(combo, Qt.Key.Key_Down)  # variant B: the longest form
    scroll = form.findChild(QScrollArea)
    assert scroll is not None
    bar = scroll.verticalScrollBar()
    qtbot.waitUntil(lambda: bar.maximum() > 0)
    bar.setValue(bar.maximum())
    assert bar.value() > 0  # the form is longer than its window
    qtbot.mouseClick(_child(form, QPushButton, "contract_save"), Qt.MouseButton.LeftButton)
    shown = [label for label in form.findChildren(QLabel)
             if label.objectName().startswith("error_") and not label.isHidden()]
    assert shown and form.isVisible()
    first = min(shown, key=lambda label: label.mapTo(scroll.widget(), QPoint(0, 0)).y())
    qtbot.waitUntil(lambda: not first.visibleRegion().isEmpty())
