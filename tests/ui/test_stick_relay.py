"""`Plik → Wymiana przez pendrive…`: a social worker back from the field hands the office PC
the laptop's USB stick; the window copies the files both ways, runs a round and says what
moved. The laptop exchanges through the stick as its folder, the office PC through the share."""

from __future__ import annotations

import re
import threading
from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QMessageBox, QProgressDialog, QPushButton
from pytestqt.qtbot import QtBot

from ops_desktop.domain.vocabulary import Role
from ops_desktop.exchange import relay as relay_module
from ops_desktop.services.demo import SETTINGS
from ops_desktop.services.exchange import ExchangeService
from ops_desktop.services.hub import Services
from ops_desktop.ui import office_text, stick_relay
from ops_desktop.ui.main_window import MainWindow
from tests.services.helpers import PESEL_WOMAN_1985, PESEL_WOMAN_2002, person
from tests.ui.test_office_window import _quick_keys, actor, pc1  # noqa: F401 (fixtures)
from tests.ui.looking import keep_grab


def files(folder: Path) -> list[Path]:
    return sorted(p.relative_to(folder) for p in folder.rglob("*") if p.is_file())


@pytest.fixture
def office_and_laptop(pc1: Services, tmp_path: Path
                      ) -> Iterator[tuple[Services, Services, Path]]:
    """The office PC (with a social worker) shares into its share; the stick takes the
    office's files; the laptop joins with the stick as its folder. (office PC, laptop, stick)."""
    office = pc1
    office.office.add_user("sw", "Marta Kowalczyk", "pracownik socjalny",
                           frozenset({Role.SOCIAL_WORK}))
    (tmp_path / "udzial").mkdir()
    code = office.exchange.share(tmp_path / "udzial", "Sekretariat",
                                 tmp_path / "zaproszenie.opsbak")
    stick = tmp_path / "pendrive"
    stick.mkdir()
    office.exchange.relay(stick)
    laptop = Services.over(ExchangeService.join(tmp_path / "zaproszenie.opsbak", code,
                                                tmp_path / "laptop.sqlite", "Laptop – teren",
                                                stick).db)
    yield office, laptop, stick
    laptop.close()


class Relay:
    """Drives the menu action: the stick's folder chosen, the result box read and grabbed."""

    def __init__(self, qtbot: QtBot, window: MainWindow, monkeypatch: pytest.MonkeyPatch,
                 name: str) -> None:
        self.qtbot, self.window = qtbot, window
        self.offered: list[str] = []  # the folder the chooser opened at
        self.results: list[tuple[str, QMessageBox.Icon]] = []
        self.folder = ""

        def choose(_parent: object, _title: str, start: str) -> str:
            self.offered.append(start)
            return self.folder

        def read(box: QMessageBox) -> int:
            box.show()
            keep_grab(box, f"relay-ui-{name}-{len(self.results) + 1}.png")
            self.results.append((box.text(), box.icon()))
            return int(QMessageBox.StandardButton.Ok)

        monkeypatch.setattr(stick_relay.QFileDialog, "getExistingDirectory", choose)
        monkeypatch.setattr(QMessageBox, "exec", read)

    def __call__(self, folder: Path) -> str:
        self.folder = str(folder)
        before = len(self.results)
        assert self.window.relay_action.isEnabled()
        self.window.relay_action.trigger()
        self.qtbot.waitUntil(lambda: len(self.results) > before, timeout=30000)
        return self.results[-1][0]


@pytest.fixture
def relay(qtbot: QtBot, office_and_laptop: tuple[Services, Services, Path],
          monkeypatch: pytest.MonkeyPatch, request: pytest.FixtureRequest) -> Iterator[Relay]:
    """The social worker back from the field signs in at the office PC (no administrator)."""
    office = office_and_laptop[0]
    window = MainWindow(office, actor(office, "sw"))
    qtbot.addWidget(window)
    window.show()
    assert Role.ADMINISTRATOR not in window.actor.roles
    yield Relay(qtbot, window, monkeypatch, request.node.name.removeprefix("test_")[:24])
    window.exchange.stop()  # the pool is waited for before the stores close (_quick_keys)


def counts(text: str) -> tuple[int, int, int]:
    """(files to the stick, files from it, changes the round applied) from the result."""
    copied = re.search(r"Na pendrive skopiowano plików: (\d+); z pendrive'a: (\d+)\.", text)
    applied = re.search(r"przyjęto zmian z innych komputerów: (\d+);", text)
    assert copied is not None and applied is not None, text
    return int(copied[1]), int(copied[2]), int(applied[1])


def test_a_social_worker_relays_the_laptops_stick_both_ways_from_the_menu(
        relay: Relay, office_and_laptop: tuple[Services, Services, Path],
        messages: list[str]) -> None:
    office, laptop, stick = office_and_laptop
    # The office's desk registers a family; the worker relays the stick at once (the
    # change is sent into the share first, so it goes onto the stick too).
    office.persons.register_household(actor(office, "desk"),
                                      person("Ola", "Nowak", PESEL_WOMAN_2002), [])
    text = relay(stick)
    to_stick, _, _ = counts(text)
    assert to_stick > 0 and relay.results[-1][1] == QMessageBox.Icon.Information
    assert relay.offered == [str(stick)]  # the fixture's relay was remembered on this PC
    laptop.exchange.sync()
    laptop_desk = actor(laptop, "desk")
    assert laptop.persons.search(laptop_desk, PESEL_WOMAN_2002)

    # In the field: the laptop registers another family and writes it to the stick.
    laptop.persons.register_household(laptop_desk, person("Ewa", "Kowalska",
                                                          PESEL_WOMAN_1985), [])
    laptop.exchange.sync()
    desk = actor(office, "desk")
    assert not office.persons.search(desk, PESEL_WOMAN_1985)
    text = relay(stick)
    _, from_stick, applied = counts(text)
    assert from_stick > 0 and applied > 0
    assert office.persons.search(desk, PESEL_WOMAN_1985)
    # Counts only: nothing of what the files hold is on the screen.
    assert "Kowalska" not in text and PESEL_WOMAN_1985 not in text
    assert relay.offered[-1] == str(stick)
    assert messages == []


def test_a_missing_folder_and_a_stick_of_another_office_are_said_and_nothing_is_copied(
        relay: Relay, tmp_path: Path, messages: list[str]) -> None:
    window = relay.window
    text = relay(tmp_path / "nie-ma")  # a stick that was pulled out
    assert office_text.message("stick_unreachable") in text
    assert relay.results[-1][1] == QMessageBox.Icon.Warning

    # Another centre's stick: that office's PC has written its files there.
    other = Services.open(f"sqlite:///{tmp_path / 'inny-osrodek.sqlite'}")
    try:
        other.office.save_settings(SETTINGS)
        foreign = tmp_path / "obcy-pendrive"
        foreign.mkdir()
        other.exchange.share(foreign, "Inny GOPS", tmp_path / "inne-zaproszenie.opsbak")
        other.exchange.sync()
        before, share_before = files(foreign), files(tmp_path / "udzial")
        text = relay(foreign)
        assert office_text.message("foreign_office") in text
        assert files(foreign) == before and files(tmp_path / "udzial") == share_before
    finally:
        other.close()
    assert messages == []
    assert not window.stick_relay.busy and window.relay_action.isEnabled()


def test_cancel_stops_the_copying_between_files_and_the_next_relay_finishes_it(
        relay: Relay, tmp_path: Path, monkeypatch: pytest.MonkeyPatch,
        messages: list[str]) -> None:
    window, qtbot = relay.window, relay.qtbot
    # The first file's copy waits until the person has pressed Cancel.
    pressed = threading.Event()
    real_copy = relay_module._copy
    copied: list[Path] = []

    def slow_copy(source: Path, target_root: Path, relative: Path) -> None:
        if not copied:
            assert pressed.wait(20)
        real_copy(source, target_root, relative)
        copied.append(relative)

    monkeypatch.setattr(relay_module, "_copy", slow_copy)
    new_stick = tmp_path / "nowy-pendrive"
    new_stick.mkdir()
    relay.folder = str(new_stick)
    window.relay_action.trigger()
    try:
        qtbot.waitUntil(lambda: any(d.isVisible() for d in window.findChildren(QProgressDialog)),
                        timeout=15000)
        dialog = next(d for d in window.findChildren(QProgressDialog) if d.isVisible())
        assert "pendrive" in dialog.labelText()
        keep_grab(dialog, "relay-ui-progress.png")
        qtbot.mouseClick(dialog.findChild(QPushButton), Qt.MouseButton.LeftButton)
    finally:
        pressed.set()
    qtbot.waitUntil(lambda: len(relay.results) == 1, timeout=30000)
    text = relay.results[0][0]
    assert text.startswith("Kopiowanie przerwano.") and counts(text)[0] == 1
    assert len(copied) == 1
    text = relay(new_stick)
    assert not text.startswith("Kopiowanie przerwano")
    assert counts(text)[0] == len(files(tmp_path / "udzial")) - 1
    assert files(new_stick) == files(tmp_path / "udzial")
    assert messages == []


def test_a_standalone_pc_offers_no_relay(qtbot: QtBot, pc1: Services) -> None:
    window = MainWindow(pc1, actor(pc1, "desk"))
    qtbot.addWidget(window)
    assert window.relay_action.text() == "Wymiana przez &pendrive…"
    assert not window.relay_action.isEnabled() and not window.sync_action.isEnabled()
