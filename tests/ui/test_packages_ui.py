"""Service packages on screen: the desk picks a package after the intake and the referrals
arrive in the teams' inboxes; the file shows each part's progress and the delivering team
records it; the coordinator edits the catalogue and sees the packages in use by group."""

from __future__ import annotations

import dataclasses
import uuid

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QComboBox, QLabel, QLineEdit, QPushButton
from pytestqt.qtbot import QtBot

from ops_desktop.domain.packages import PartState, TargetGroup
from ops_desktop.domain.vocabulary import Ground, Role, Team
from ops_desktop.services.context import Actor
from ops_desktop.services.hub import Services
from ops_desktop.ui.bus import Bus
from ops_desktop.ui.coordinator.packages import PackageEditDialog, PackagesPage
from ops_desktop.ui.first_contact.package_dialog import PackageDialog
from ops_desktop.ui.first_contact.person_file import PersonFileDialog
from ops_desktop.ui.first_contact.tab import FirstContactTab
from tests.services.helpers import PESEL_WOMAN_1985, person, referral_intake
from tests.ui.test_first_contact import SHOTS, find, keys, patch_exec


def shot(widget: object, name: str) -> None:
    SHOTS.mkdir(exist_ok=True)
    widget.grab().save(str(SHOTS / f"packages-{name}.png"))  # type: ignore[attr-defined]


def _person_with_intake(services: Services, desk: Actor,
                        grounds: tuple[Ground, ...] = (Ground.POVERTY,)) -> uuid.UUID:
    pid = services.persons.register_household(desk, person("Maria", "Nowak", PESEL_WOMAN_1985), [])
    services.intake.record(desk, dataclasses.replace(referral_intake(pid), grounds=grounds))
    return pid


def _worker(services: Services, login: str, role: Role) -> Actor:
    user_id = services.office.add_user(login, f"Pracownik {login}", "", frozenset({role}))
    return Actor(user_id, f"Pracownik {login}", "", frozenset({role}))


@pytest.fixture
def tab(qtbot: QtBot, services: Services, desk: Actor) -> FirstContactTab:
    widget = FirstContactTab(services, desk, Bus())
    qtbot.addWidget(widget)
    widget.resize(1280, 720)
    widget.show()
    qtbot.waitExposed(widget)
    widget.activateWindow()
    qtbot.waitUntil(widget.isActiveWindow)
    return widget


def _choose(qtbot: QtBot, combo: QComboBox, code: str) -> None:
    combo.setFocus()
    qtbot.keyClick(combo, Qt.Key.Key_Home)
    for _ in range(combo.count()):
        if combo.currentData() == code:
            return
        qtbot.keyClick(combo, Qt.Key.Key_Down)
    assert combo.currentData() == code


def test_the_desk_picks_a_package_and_the_referrals_reach_every_team(
        qtbot: QtBot, tab: FirstContactTab, services: Services, desk: Actor,
        messages: list[str], monkeypatch: pytest.MonkeyPatch) -> None:
    pid = _person_with_intake(services, desk)
    tab.show_person(pid)
    assert tab.package_button.isEnabled()

    def pick(dialog: PackageDialog) -> None:
        _choose(qtbot, find(dialog, QComboBox, "package_group"), TargetGroup.HOMELESS.value)
        parts = find(dialog, QLabel, "package_parts").text()
        assert "schronienie – " in parts and "IPWzB" in parts
        shot(dialog, "desk-picker")
        qtbot.mouseClick(find(dialog, QPushButton, "package_save"), Qt.MouseButton.LeftButton)

    patch_exec(qtbot, monkeypatch, PackageDialog, pick)
    qtbot.keyClick(tab.search, Qt.Key.Key_U, Qt.KeyboardModifier.ControlModifier)
    assert messages and messages[-1].startswith("Pakiet przydzielony. Skierowania: SK/")
    services_worker = _worker(services, "uslugi", Role.SERVICES)
    inbox = services.referrals.inbox(services_worker, Team.SERVICES.value)
    assert [r.reason for r in inbox if r.person_id == pid] == [
        "Pakiet dla osób w kryzysie bezdomności. Do realizacji przez zespół: schronienie; posiłek."]
    # The file shows the package's four parts, none started yet.
    panel = tab.file_view.packages
    qtbot.waitUntil(lambda: panel.model.rowCount() == 4)
    assert {panel.model.row_object(i).part.state for i in range(4)} == {PartState.NOT_STARTED}
    tab.file_view.history.setCurrentWidget(panel)
    shot(tab, "desk-file")


def test_a_violence_package_without_the_ground_is_refused_next_to_the_group(
        qtbot: QtBot, tab: FirstContactTab, services: Services, desk: Actor,
        monkeypatch: pytest.MonkeyPatch) -> None:
    pid = _person_with_intake(services, desk)
    tab.show_person(pid)
    seen: list[str] = []

    def pick(dialog: PackageDialog) -> None:
        _choose(qtbot, find(dialog, QComboBox, "package_group"), TargetGroup.VIOLENCE.value)
        qtbot.mouseClick(find(dialog, QPushButton, "package_save"), Qt.MouseButton.LeftButton)
        seen.append(find(dialog, QLabel, "error_group").text())
        assert dialog.isVisible()  # the choice stays; the person can pick another group
        dialog.reject()

    patch_exec(qtbot, monkeypatch, PackageDialog, pick)
    qtbot.mouseClick(tab.package_button, Qt.MouseButton.LeftButton)
    assert seen == ["Ten pakiet przydziela się po zgłoszeniu z przesłanką art. 7 pkt 7 "
                    "(przemoc w rodzinie)."]
    assert services.packages.progress_of(desk, pid) == []


def test_the_delivering_team_records_its_part_in_the_file(
        qtbot: QtBot, services: Services, desk: Actor) -> None:
    pid = _person_with_intake(services, desk)
    intake_id = services.persons.file(desk, pid).intakes[0].id
    given = services.packages.give(desk, intake_id, TargetGroup.ELDERLY)
    worker = _worker(services, "uslugi", Role.SERVICES)
    services.referrals.accept(worker, next(i for t, i, _n in given.referrals if t is Team.SERVICES))
    dialog = PersonFileDialog(services, worker, pid)
    qtbot.addWidget(dialog)
    dialog.show()
    panel = dialog.view.packages
    dialog.view.history.setCurrentWidget(panel)
    rows = [panel.model.row_object(i) for i in range(panel.model.rowCount())]
    # Accepted by the services team: its parts are started; social work's is not.
    assert [(r.part.label, r.part.state) for r in rows] == [
        ("usługi opiekuńcze", PartState.STARTED), ("posiłek", PartState.STARTED),
        ("konsultacja w sprawie DPS", PartState.STARTED),
        ("praca socjalna", PartState.NOT_STARTED)]
    save = find(panel, QPushButton, "package_part_save")
    panel.table.selectRow(3)  # social work's part: not this team's to record
    assert not save.isEnabled()
    panel.table.selectRow(1)
    assert save.isEnabled()
    _choose(qtbot, find(panel, QComboBox, "package_part_state"), PartState.DONE.value)
    qtbot.mouseClick(save, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: panel.model.row_object(1).part.state is PartState.DONE)
    assert services.packages.progress_of(desk, pid)[0].parts[1].recorded is PartState.DONE
    shot(dialog, "file-progress")


def test_the_coordinator_edits_a_package_and_sees_the_counts(
        qtbot: QtBot, services: Services, desk: Actor, coordinator: Actor,
        monkeypatch: pytest.MonkeyPatch, messages: list[str]) -> None:
    pid = _person_with_intake(services, desk)
    intake_id = services.persons.file(desk, pid).intakes[0].id
    services.packages.give(desk, intake_id, TargetGroup.ELDERLY)
    bus = Bus()
    page = PackagesPage(services, coordinator, bus)
    qtbot.addWidget(page)
    page.resize(1100, 500)
    page.show()
    groups = [page.use.row_object(i) for i in range(page.use.rowCount())]
    elderly = next(i for i, u in enumerate(groups) if u.group is TargetGroup.ELDERLY)
    assert groups[elderly].given == 1 and groups[elderly].in_progress == 1
    page.use_table.selectRow(elderly)
    qtbot.waitUntil(lambda: page.behind.rowCount() == 1)
    assert page.behind.row_object(0).person_name == "Nowak Maria"
    catalogue = find(page, QLabel, "package_catalogue")
    assert "• konsultacja w sprawie DPS – Usługi" in catalogue.text()
    assert "(przykład, do ustalenia przez ośrodek)" in catalogue.text()
    shot(page, "coordinator-page")

    def edit(dialog: PackageEditDialog) -> None:
        name = find(dialog, QLineEdit, "package_name")
        name.clear()  # hostile: no name – refused by the field, the typed part kept
        keys(qtbot, find(dialog, QLineEdit, "part_label_5"), "usługi sąsiedzkie")
        save = find(dialog, QPushButton, "package_edit_save")
        qtbot.mouseClick(save, Qt.MouseButton.LeftButton)
        assert find(dialog, QLabel, "error_name").isVisibleTo(dialog)
        assert find(dialog, QLineEdit, "part_label_5").text() == "usługi sąsiedzkie"
        keys(qtbot, name, "Seniorzy")
        find(dialog, QLineEdit, "part_label_1").clear()  # an empty row is no part
        # The same part twice for one team: refused by its own row, not by the first one.
        keys(qtbot, find(dialog, QLineEdit, "part_label_6"), "usługi opiekuńcze")
        _choose(qtbot, find(dialog, QComboBox, "part_team_6"), Team.SERVICES.value)
        qtbot.mouseClick(save, Qt.MouseButton.LeftButton)
        assert find(dialog, QLabel, "error_parts.6.label").text() == (
            "Ta część jest już w pakiecie dla tego zespołu.")
        assert dialog.isVisible()
        shot(dialog, "catalogue-edit")
        find(dialog, QLineEdit, "part_label_6").clear()
        qtbot.mouseClick(save, Qt.MouseButton.LeftButton)

    patch_exec(qtbot, monkeypatch, PackageEditDialog, edit)
    saved = page.edit_selected()
    assert messages == []
    assert saved is not None and saved.name == "Seniorzy"
    assert [p.label for p in saved.parts] == [
        "usługi opiekuńcze", "konsultacja w sprawie DPS", "praca socjalna", "usługi sąsiedzkie"]
    assert "• usługi sąsiedzkie – Świadczenia" in catalogue.text()
    assert "przykład" not in catalogue.text() and "Pakiet: Seniorzy" in catalogue.text()
    shot(page, "coordinator-page-after-edit")
