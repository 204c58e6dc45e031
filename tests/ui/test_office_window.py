"""The office of several PCs in the window: the administrator shares the office from the
Administracja tab, a second PC joins it at its first start, and the exchange then runs by
itself – a referral made on PC 1 appears in PC 2's benefits inbox without a click."""

from __future__ import annotations

import os
import threading
import time
from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import Qt, QThreadPool
from PySide6.QtWidgets import QApplication, QDialog, QLabel, QLineEdit, QTabWidget
from pytestqt.qtbot import QtBot

from ops_desktop import app as composition
from ops_desktop.domain.vocabulary import Role, Team
from ops_desktop.services.accounts import NewAccount, SignedIn
from ops_desktop.services.context import Actor
from ops_desktop.services.demo import SETTINGS
from ops_desktop.services.errors import StorageEnvironmentError, StorageProblem
from ops_desktop.services.exchange import ExchangeService
from ops_desktop.services.hub import Services
from ops_desktop.storage import backup_file
from ops_desktop.storage.database import open_database
from ops_desktop.ui import exchange_controller, office_text
from ops_desktop.ui.admin import office_panel
from ops_desktop.ui.admin.share_dialog import CodeDialog, ShareDialog
from ops_desktop.ui.join_dialog import JoinDialog
from ops_desktop.ui.main_window import MainWindow
from ops_desktop.ui.setup_wizard import SetupWizard
from tests.services.helpers import PESEL_WOMAN_2002, person, referral_intake

LEFT = Qt.MouseButton.LeftButton
PASSWORD = "Kasztanowa-7-aleja"


@pytest.fixture(autouse=True)
def _quick_keys(monkeypatch: pytest.MonkeyPatch) -> Iterator[None]:
    """A cheap key stretch for the invitation; rounds finished before the stores close."""
    monkeypatch.setattr(backup_file, "SCRYPT_N", 2**10)
    yield
    QThreadPool.globalInstance().waitForDone(30000)


@pytest.fixture
def pc1(tmp_path: Path) -> Iterator[Services]:
    """PC 1: an office set up the ordinary way, with its administrator, desk and benefits."""
    (tmp_path / "pc1").mkdir()
    services = Services.open(f"sqlite:///{tmp_path / 'pc1' / 'ops.sqlite'}")
    services.accounts.set_up_office(
        SETTINGS, NewAccount("admin", "Robert Krawczyk", "informatyk", PASSWORD))
    services.office.add_user("desk", "Anna Nowicka", "pracownik socjalny",
                             frozenset({Role.FIRST_CONTACT}))
    services.office.add_user("benefits", "Piotr Zieliński", "specjalista",
                             frozenset({Role.BENEFITS}))
    yield services
    services.close()


def actor(services: Services, login: str) -> Actor:
    return Actor.of(next(u for u in services.office.users() if u.login == login))


def window_of(qtbot: QtBot, services: Services, login: str) -> MainWindow:
    window = MainWindow(services, actor(services, login))
    qtbot.addWidget(window)
    window.show()
    return window


def retype(qtbot: QtBot, edit: QLineEdit, text: str) -> None:
    edit.clear()
    qtbot.keyClicks(edit, text)


def error_text(dialog: object, field: str) -> str:
    label = dialog.findChild(QLabel, f"error_{field}")  # type: ignore[attr-defined]
    assert label is not None
    return str(label.text()) if label.isVisible() else ""


def share_from_the_panel(qtbot: QtBot, window: MainWindow, folder: Path, invitation: Path,
                         monkeypatch: pytest.MonkeyPatch) -> str:
    """The administrator fills "Udostępnij biuro…" as a person does; returns the code shown."""
    shown: list[str] = []

    def fill(dialog: ShareDialog) -> int:
        dialog.show()
        retype(qtbot, dialog.folder, str(folder / "nie-ma"))  # a share that is not there
        dialog.name.insert("Pokój 12 – świadczenia")  # pasted: QTest types Latin-1 only
        retype(qtbot, dialog.invitation, str(invitation))
        qtbot.mouseClick(dialog.ok, LEFT)
        assert error_text(dialog, "folder") == office_text.message("unreachable")
        assert dialog.isVisible() and dialog.name.text() == "Pokój 12 – świadczenia"
        retype(qtbot, dialog.folder, str(folder))
        qtbot.mouseClick(dialog.ok, LEFT)
        assert not dialog.isVisible()
        return int(dialog.result())

    def read_code(dialog: CodeDialog) -> int:
        shown.append(dialog.code.text())
        qtbot.mouseClick(dialog.copy, LEFT)
        assert QApplication.clipboard().text() == dialog.code.text()
        return 0

    monkeypatch.setattr(ShareDialog, "exec", fill)
    monkeypatch.setattr(CodeDialog, "exec", read_code)
    admin_tab = window.tab_by_role[Role.ADMINISTRATOR]
    panel = admin_tab.office_pcs  # type: ignore[attr-defined]
    assert panel.pages.currentIndex() == 0 and not window.exchange.label.isVisible()
    qtbot.mouseClick(panel.share_button, LEFT)
    assert len(shown) == 1 and invitation.is_file()
    assert panel.pages.currentIndex() == 1
    assert "nr 1 „Pokój 12 – świadczenia”" in panel.summary.text()
    return shown[0]


def join_at_first_start(qtbot: QtBot, empty: Services, invitation: Path, code: str,
                        monkeypatch: pytest.MonkeyPatch) -> Services:
    """PC 2's first start: the wizard's "Dołącz do biura…", a wrong code first."""
    damaged = invitation.with_name("uszkodzone.opsbak")
    damaged.write_bytes(b"not an invitation")

    def fill(dialog: JoinDialog) -> int:
        dialog.show()
        qtbot.keyClicks(dialog.invitation, str(damaged))
        qtbot.keyClicks(dialog.code, code)
        dialog.name.insert("Laptop – teren")
        qtbot.keyClicks(dialog.login, "admin")
        qtbot.keyClicks(dialog.password, PASSWORD)
        qtbot.mouseClick(dialog.ok, LEFT)
        assert error_text(dialog, "invitation") == office_text.message("not_a_backup")
        retype(qtbot, dialog.invitation, str(invitation))
        retype(qtbot, dialog.code, "AAAAA-BBBBB-CCCCC-DDDDD")
        qtbot.mouseClick(dialog.ok, LEFT)
        assert error_text(dialog, "code") == office_text.message("wrong_passphrase")
        assert error_text(dialog, "invitation") == ""
        assert dialog.name.text() == "Laptop – teren" and dialog.isVisible()
        assert empty.accounts.needs_setup()  # nothing of the first start was touched
        # The right code, a wrong password: said next to it, the first start untouched.
        retype(qtbot, dialog.code, code.lower())  # typed in small letters: still the code
        retype(qtbot, dialog.password, "nie-to-haslo")
        qtbot.mouseClick(dialog.ok, LEFT)
        assert error_text(dialog, "password") != "" and dialog.password.text() == ""
        assert dialog.code.text() == code.lower() and dialog.login.text() == "admin"
        assert empty.accounts.needs_setup() and dialog.isVisible()
        assert not [p for p in empty.db.file.parent.iterdir() if "joining" in p.name]  # type: ignore[union-attr]
        qtbot.keyClicks(dialog.password, PASSWORD)
        qtbot.mouseClick(dialog.ok, LEFT)
        return int(dialog.result())

    def wizard(self: SetupWizard) -> int:
        self.show()
        qtbot.mouseClick(self.office_page.join_button, LEFT)
        # Joined: the wizard is gone, without asking for the new office's data it no
        # longer needs (QWizard's accept checks the page it is on).
        assert not self.isVisible() and self.result() == QDialog.DialogCode.Accepted
        assert not [label.text() for label in self.office_page.findChildren(QLabel)
                    if label.text() == "To pole jest wymagane."]
        return int(self.result())

    signed_in: list[Services] = []

    def sign_in(services: Services, login: str | None, demo: bool) -> SignedIn:
        signed_in.append(services)  # the office's own people sign in to the joined store
        return services.accounts.sign_in("admin", PASSWORD)

    monkeypatch.setattr(JoinDialog, "exec", fill)
    monkeypatch.setattr(SetupWizard, "exec", wizard)
    monkeypatch.setattr(composition, "sign_in", sign_in)
    services, signed = composition.first_sign_in(empty, None, False)
    # Whoever joined signed in with the join: no second sign-in asked for.
    assert signed is not None and signed_in == [] and services is not empty
    assert Role.ADMINISTRATOR in signed.actor.roles and signed.actor.standing is not None
    assert signed.actor.standing().active  # read from the joined file, not the copy
    return services


def test_share_in_the_window_join_at_first_start_and_a_referral_travels_by_itself(
        qtbot: QtBot, pc1: Services, tmp_path: Path, monkeypatch: pytest.MonkeyPatch,
        messages: list[str]) -> None:
    folder, invitation = tmp_path / "wymiana", tmp_path / "zaproszenie.opsbak"
    folder.mkdir()
    window1 = window_of(qtbot, pc1, "admin")
    code = share_from_the_panel(qtbot, window1, folder, invitation, monkeypatch)
    # The share started the exchange in the running program: its first round wrote the
    # PC's files, and the status bar says when.
    qtbot.waitUntil(lambda: window1.exchange.label.text().startswith("Wymiana: ")
                    and window1.exchange.label.text()[9:10].isdigit(), timeout=10000)
    assert window1.exchange.label.isVisible() and window1.sync_action.isEnabled()

    # PC 2 starts for the first time: app.py has already opened (and migrated) an empty file.
    (tmp_path / "pc2").mkdir()
    pc2_file = tmp_path / "pc2" / "ops.sqlite"
    empty = Services.open(f"sqlite:///{pc2_file}")
    pc2 = join_at_first_start(qtbot, empty, invitation, code, monkeypatch)
    try:
        assert pc2.db.file == pc2_file and pc2.exchange.status().member_code == 2  # type: ignore[union-attr]
        assert not [p for p in (tmp_path / "pc2").iterdir() if "joining" in p.name]

        # A referral is made at PC 1's desk; PC 1's "Synchronizuj teraz" (F9) sends it.
        desk = actor(pc1, "desk")
        pid = pc1.persons.register_household(desk, person(), [])
        number = pc1.intake.record(desk, referral_intake(pid, Team.BENEFITS)).referral_number
        assert pc1.exchange.status().waiting > 0  # type: ignore[union-attr]
        window1.sync_action.trigger()
        qtbot.waitUntil(lambda: pc1.exchange.status().waiting == 0,  # type: ignore[union-attr]
                        timeout=10000)

        # PC 2's benefits worker has the window open; the round at its start brings it in.
        window2 = window_of(qtbot, pc2, "benefits")
        inbox = window2.tab_by_role[Role.BENEFITS].inbox  # type: ignore[attr-defined]
        qtbot.waitUntil(lambda: any(inbox.model.row_object(i).number == number
                                    for i in range(inbox.model.rowCount())), timeout=15000)
        label = window2.exchange.label
        assert label.isVisible() and label.text().startswith("Wymiana: ")
        assert "brak wieści" not in label.text()
        assert "nr 2 „Laptop – teren”" in label.toolTip()
        assert "Pokój 12 – świadczenia" in label.toolTip()

        # The share goes away: the status bar says so and keeps trying; no dialog.
        folder.rename(tmp_path / "wymiana-odlaczona")
        window2.sync_action.trigger()
        qtbot.waitUntil(lambda: "folder niedostępny" in label.text(), timeout=10000)
        (tmp_path / "wymiana-odlaczona").rename(folder)
        qtbot.waitUntil(lambda: label.text()[9:10].isdigit(), timeout=15000)
        assert messages == []
    finally:
        for window in QApplication.topLevelWidgets():
            if isinstance(window, MainWindow):
                window.exchange.stop()
        QThreadPool.globalInstance().waitForDone(30000)
        pc2.close()


@pytest.fixture
def office(pc1: Services, tmp_path: Path) -> Iterator[tuple[Services, Services, Path]]:
    """PC 1 shared, PC 2 joined (through the services): (pc1, pc2, exchange folder)."""
    folder = tmp_path / "wymiana"
    folder.mkdir()
    code = pc1.exchange.share(folder, "Sekretariat", tmp_path / "zaproszenie.opsbak")
    pc2 = Services.over(ExchangeService.join(tmp_path / "zaproszenie.opsbak", code,
                                             tmp_path / "pc2.sqlite", "Laptop").db)
    yield pc1, pc2, folder
    for window in QApplication.topLevelWidgets():
        if isinstance(window, MainWindow):
            window.exchange.stop()
    QThreadPool.globalInstance().waitForDone(30000)
    pc2.close()


def round_done(qtbot: QtBot, window: MainWindow) -> None:
    """One round asked for with "Synchronizuj teraz", waited for. The every-5-seconds timer
    is stopped first, so the round that comes back is this one."""
    window.exchange.timer.stop()
    qtbot.waitUntil(lambda: window.exchange.job is None, timeout=15000)
    with qtbot.waitSignal(window.bus.exchanged, timeout=15000):
        window.sync_action.trigger()


def test_the_administrator_removes_a_pc_and_that_pc_is_told_once(
        qtbot: QtBot, office: tuple[Services, Services, Path], messages: list[str],
        monkeypatch: pytest.MonkeyPatch) -> None:
    pc1, pc2, _ = office
    window2 = window_of(qtbot, pc2, "benefits")
    qtbot.waitUntil(lambda: window2.exchange.job is None and window2.exchange.last_status
                    is not None, timeout=15000)
    window1 = window_of(qtbot, pc1, "admin")
    round_done(qtbot, window1)
    panel = window1.tab_by_role[Role.ADMINISTRATOR].office_pcs  # type: ignore[attr-defined]
    assert panel.pages.currentIndex() == 1 and panel.model.rowCount() == 1
    assert panel.model.item(0, 1).text() == "Laptop"
    assert "brak wieści" not in panel.model.item(0, 2).text()
    # Shown, the list fills its width: the last column takes what the others leave (it
    # was measured to its text with the rest of the table left empty beside it).
    tabs = panel.parentWidget()
    while not isinstance(tabs, QTabWidget):
        tabs = tabs.parentWidget()
    tabs.setCurrentWidget(panel)
    header = panel.table.horizontalHeader()
    qtbot.waitUntil(lambda: panel.table.isVisible())
    panel.load()  # a later round's refresh while the list is on screen
    assert (header.sectionViewportPosition(2) + header.sectionSize(2)
            == panel.table.viewport().width())
    asked: list[str] = []
    monkeypatch.setattr(office_panel, "confirm_removal",
                        lambda _parent, text: asked.append(text) or True)
    qtbot.mouseClick(panel.remove_button, LEFT)
    assert messages == ["Zaznacz komputer na liście."] and asked == []
    messages.clear()
    panel.table.selectRow(0)
    qtbot.mouseClick(panel.remove_button, LEFT)
    assert len(asked) == 1 and "nr 2 „Laptop”" in asked[0]
    assert panel.notice.text().startswith("Komputer nr 2 „Laptop” usunięto z biura.")
    qtbot.waitUntil(lambda: pc1.exchange.status().waiting == 0,  # type: ignore[union-attr]
                    timeout=15000)
    qtbot.waitUntil(lambda: panel.model.rowCount() == 0, timeout=15000)

    # PC 2 learns it at its next round: told once, and it stops exchanging.
    assert window2.exchange.timer.isActive()
    qtbot.waitUntil(lambda: window2.exchange.job is None, timeout=15000)
    with qtbot.waitSignal(window2.bus.exchanged, timeout=15000):
        window2.sync_action.trigger()
    assert messages == [office_text.message("removed_from_office")]
    assert window2.exchange.label.text() == "Wymiana: komputer odłączony od biura"
    assert not window2.exchange.active and not window2.exchange.timer.isActive()
    assert not window2.sync_action.isEnabled()
    window2.exchange.sync_now()
    assert window2.exchange.job is None and messages == [office_text.message("removed_from_office")]


def test_a_refused_file_is_told_once_and_a_busy_store_is_retried_quietly(
        qtbot: QtBot, office: tuple[Services, Services, Path], messages: list[str],
        monkeypatch: pytest.MonkeyPatch) -> None:
    pc1, pc2, folder = office
    pc2.exchange.sync()  # PC 2 says it is there; PC 1's first round learns of it
    window1 = window_of(qtbot, pc1, "admin")
    qtbot.waitUntil(lambda: window1.exchange.job is None
                    and window1.exchange.last_status is not None, timeout=15000)
    # A file in PC 2's folder that is not what PC 2 wrote.
    laptop = next(o.member for o in pc1.exchange.status().others)  # type: ignore[union-attr]
    (folder / laptop).mkdir(exist_ok=True)
    (folder / laptop / "000000000001-000000000009.opsx").write_bytes(b"not a bundle")
    round_done(qtbot, window1)
    round_done(qtbot, window1)
    assert len(messages) == 1
    assert messages[0].startswith("Nie przyjęto plików wymiany z innych komputerów:")
    assert "Komputer „Laptop”, plik 000000000001-000000000009.opsx" in messages[0]

    # The person's own write holds the store for a moment: the status bar says so, no dialog.
    real_sync = pc1.exchange.sync
    calls: list[int] = []

    def busy_once() -> object:
        calls.append(1)
        if len(calls) == 1:
            raise StorageEnvironmentError(StorageProblem.LOCKED, "database is locked")
        return real_sync()

    monkeypatch.setattr(pc1.exchange, "sync", busy_once)
    round_done(qtbot, window1)
    assert window1.exchange.label.text().startswith("Wymiana: baza zajęta – ponawiam")
    round_done(qtbot, window1)
    assert window1.exchange.label.text()[9:10].isdigit() and len(messages) == 1


def test_the_last_round_at_exit_sends_what_waits_and_never_hangs_the_close(
        qtbot: QtBot, office: tuple[Services, Services, Path],
        monkeypatch: pytest.MonkeyPatch) -> None:
    pc1, _, _ = office
    window1 = window_of(qtbot, pc1, "desk")
    qtbot.waitUntil(lambda: window1.exchange.job is None
                    and window1.exchange.last_status is not None, timeout=15000)
    desk = actor(pc1, "desk")
    pc1.persons.register_household(desk, person(), [])
    assert pc1.exchange.status().waiting > 0  # type: ignore[union-attr]
    window1.close()
    window1.exchange.at_exit()
    assert pc1.exchange.status().waiting == 0  # type: ignore[union-attr]

    # A share that stopped answering: the round hangs, the close does not wait for it.
    entered, release, finished = threading.Event(), threading.Event(), threading.Event()

    def hang() -> None:
        entered.set()
        release.wait(60)
        finished.set()

    monkeypatch.setattr(pc1.exchange, "sync", hang)
    monkeypatch.setattr(exchange_controller, "EXIT_WAIT_S", 0.5)
    window1.exchange.at_exit()
    assert entered.is_set() and not finished.is_set()  # back while the round still hangs
    release.set()
    assert finished.wait(10)


def test_the_status_bar_names_a_silent_pc_and_counts_what_waits_while_the_folder_is_away(
        qtbot: QtBot, office: tuple[Services, Services, Path], tmp_path: Path,
        messages: list[str]) -> None:
    pc1, pc2, folder = office
    pc2.exchange.sync()
    pc1.exchange.sync()  # PC 1 learns of PC 2
    laptop = next(o.member for o in pc1.exchange.status().others)  # type: ignore[union-attr]
    four_days_ago = time.time() - 4 * 24 * 3600
    for file in (folder / laptop).iterdir():
        os.utime(file, (four_days_ago, four_days_ago))  # the laptop went to the field
    window = window_of(qtbot, pc1, "desk")
    label = window.exchange.label
    qtbot.waitUntil(lambda: "brak wieści > 3 dni: Laptop" in label.text(), timeout=15000)
    assert label.text()[9:10].isdigit() and "do wysłania" not in label.text()
    assert "nr 2 „Laptop”" in label.toolTip() and "brak wieści od ponad 3 dni" in label.toolTip()

    folder.rename(tmp_path / "wymiana-odlaczona")
    desk = actor(pc1, "desk")
    pc1.persons.register_household(desk, person(), [])
    round_done(qtbot, window)
    assert label.text().startswith("Wymiana: folder niedostępny – ponawiam · do wysłania: ")
    assert office_text.message("unreachable") in label.toolTip()
    assert messages == []


def test_a_file_of_a_newer_program_asks_once_for_an_update(
        qtbot: QtBot, office: tuple[Services, Services, Path], messages: list[str]) -> None:
    pc1, pc2, folder = office
    pc2.exchange.sync()
    pc1.exchange.sync()
    laptop = next(o.member for o in pc1.exchange.status().others)  # type: ignore[union-attr]
    last = max(int(p.name.split("-")[1].split(".")[0]) for p in (folder / laptop).glob("0*.opsx"))
    header = f'{{"format": 99, "office": "x", "member": "{laptop}", "first": {last + 1}, ' \
             f'"last": {last + 1}}}\n'
    (folder / laptop / f"{last + 1:012d}-{last + 1:012d}.opsx").write_bytes(
        b"OPS-DESKTOP-EXCHANGE\n" + header.encode("ascii") + b"sealed by a newer program")
    window = window_of(qtbot, pc1, "desk")
    qtbot.waitUntil(lambda: window.exchange.last_status is not None
                    and window.exchange.job is None, timeout=15000)
    round_done(qtbot, window)
    assert len(messages) == 1 and "zaktualizujesz program" in messages[0]
    assert window.exchange.active  # the other PCs' changes still come; that file waits


def test_a_write_goes_out_at_once_and_changes_from_another_pc_start_no_round(
        qtbot: QtBot, office: tuple[Services, Services, Path]) -> None:
    """A saved change leaves for the folder ROUND_AFTER_WRITE_MS after the save, not at the
    next 5-s tick; the refresh after another PC's changes is no write of this PC."""
    pc1, pc2, _ = office
    window1 = window_of(qtbot, pc1, "desk")
    controller = window1.exchange
    qtbot.waitUntil(lambda: controller.job is None and controller.last_status is not None,
                    timeout=15000)
    controller.timer.stop()  # only the round after the write may send it
    desk = actor(pc1, "desk")
    pc1.persons.register_household(desk, person(), [])
    assert pc1.exchange.status().waiting > 0  # type: ignore[union-attr]
    window1.bus.changed.emit()  # what every form does after a save
    assert controller.after_write.isActive()
    qtbot.waitUntil(lambda: pc1.exchange.status().waiting == 0,  # type: ignore[union-attr]
                    timeout=10000)
    qtbot.waitUntil(lambda: controller.job is None, timeout=10000)

    # Changes from another PC: the controller's own refresh starts no round of its own.
    pc2.persons.register_household(actor(pc2, "desk"), person(pesel=PESEL_WOMAN_2002), [])
    pc2.exchange.sync()
    controller.run_round()
    qtbot.waitUntil(lambda: controller.job is None, timeout=15000)
    assert not controller.after_write.isActive()


def test_a_laptop_put_back_to_an_older_copy_is_told_once_it_carries_on_under_a_new_number(
        qtbot: QtBot, office: tuple[Services, Services, Path], messages: list[str],
        tmp_path: Path) -> None:
    """The laptop's file is replaced by an older copy of itself (exchange/restored.py)."""
    pc1, pc2, _folder = office
    pc2.exchange.sync()
    file, key = pc2.db.file, pc2.db.key
    assert isinstance(file, Path)
    pc2.db.dispose()
    copy = tmp_path / "kopia.sqlite"
    copy.write_bytes(file.read_bytes())
    desk = actor(pc2, "desk")
    anna = pc2.persons.register_household(desk, person("Anna", "Kowal", PESEL_WOMAN_2002), [])
    pc2.exchange.sync()
    pc1.exchange.sync()
    pc2.db.dispose()
    file.write_bytes(copy.read_bytes())
    laptop = Services.over(open_database(f"sqlite:///{file}", key=key))
    try:
        window = window_of(qtbot, laptop, "desk")
        qtbot.waitUntil(lambda: window.exchange.last_status is not None
                        and window.exchange.job is None, timeout=15000)
        assert len(messages) == 1 and "pod nowym numerem" in messages[0]
        status = window.exchange.last_status
        assert status is not None and status.member_code == 3
        assert "nr 3 „Laptop”" in window.exchange.label.toolTip()
        round_done(qtbot, window)
        assert len(messages) == 1  # told once
        # What the laptop had sent after the copy came back to it.
        assert laptop.persons.file(desk, anna).person.last_name == "Kowal"
        window.exchange.stop()
        window.close()
    finally:
        QThreadPool.globalInstance().waitForDone(30000)
        laptop.close()
