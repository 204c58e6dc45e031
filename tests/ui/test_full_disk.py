"""The disk fills up (or the file turns read-only) while the desk saves a household.

The person is told in Polish why nothing was saved, every field they typed – the applicant's
and the members' – stays as typed, nothing of the household reaches the file, and once there
is room again the same click saves it once.
"""

from __future__ import annotations

import sqlite3
from collections.abc import Callable
from contextlib import closing
from pathlib import Path
from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QComboBox, QLineEdit, QPushButton
from pytestqt.qtbot import QtBot
from sqlalchemy import event

from ops_desktop.domain.vocabulary import Relation
from ops_desktop.services.context import Actor
from ops_desktop.services.hub import Services
from ops_desktop.ui import labels
from ops_desktop.ui.first_contact.person_form import HouseholdDialog
from tests.storage.file_checks import FileCheck
from tests.storage.full_disk import FullDisk, fill

# Later PESELs than the 1960s ones `fill` uses, so this household needs at least the room
# the last refused filler needed.
APPLICANT = {"first_name": "Jadwiga", "last_name": "Kowalska", "pesel": "85121711202",
             "street": "Polna", "building": "3", "flat": "5", "postal_code": "66-530",
             "city": "Drezdenko", "phone": "95 762 11 22"}
MEMBER = {"member_0_first_name": "Jan", "member_0_last_name": "Kowalski",
          "member_0_pesel": "44051401359"}


def type_household(qtbot: QtBot, dialog: HouseholdDialog) -> None:
    for name, text in APPLICANT.items():
        edit = dialog.findChild(QLineEdit, name)
        assert edit is not None, name
        qtbot.keyClicks(edit, text)
    add = dialog.findChild(QPushButton, "add_member")
    assert add is not None
    qtbot.mouseClick(add, Qt.MouseButton.LeftButton)
    relation = dialog.findChild(QComboBox, "member_0_relation")
    assert relation is not None
    relation.setCurrentIndex(relation.findData(Relation.SPOUSE))
    for name, text in MEMBER.items():
        edit = dialog.findChild(QLineEdit, name)
        assert edit is not None, name
        qtbot.keyClicks(edit, text)


def on_screen(dialog: HouseholdDialog) -> dict[str, str]:
    fields = {name: dialog.findChild(QLineEdit, name).text()  # type: ignore[union-attr]
              for name in {**APPLICANT, **MEMBER}}
    relation = dialog.findChild(QComboBox, "member_0_relation")
    assert relation is not None
    fields["member_0_relation"] = str(relation.currentData())
    return fields


TYPED = {**APPLICANT, **MEMBER, "member_0_relation": Relation.SPOUSE.value}


def persons_with(path: Path, pesel: str) -> int:
    with closing(sqlite3.connect(path)) as con:
        return int(con.execute("SELECT COUNT(*) FROM persons WHERE pesel = ?", (pesel,)).fetchone()[0])


def refused_then_saved(qtbot: QtBot, services: Services, desk: Actor, messages: list[str],
                       problem: str, lift: Callable[[], None]) -> None:
    """Type a household, save into the problem, lift it, save again."""
    path = services.db.file
    assert path is not None
    dialog = HouseholdDialog(services, desk)
    qtbot.addWidget(dialog)
    dialog.show()
    type_household(qtbot, dialog)
    save = dialog.findChild(QPushButton, "household_save")
    assert save is not None

    qtbot.mouseClick(save, Qt.MouseButton.LeftButton)
    assert messages == [labels.error(problem)]
    assert dialog.isVisible() and dialog.person_id is None
    assert on_screen(dialog) == TYPED  # nothing typed is lost
    assert persons_with(path, APPLICANT["pesel"]) == persons_with(path, MEMBER["member_0_pesel"]) == 0
    FileCheck(path).check()

    lift()
    qtbot.mouseClick(save, Qt.MouseButton.LeftButton)
    assert messages == [labels.error(problem)]  # no second message
    assert dialog.person_id is not None and not dialog.isVisible()
    assert persons_with(path, APPLICANT["pesel"]) == persons_with(path, MEMBER["member_0_pesel"]) == 1
    assert len(services.persons.household(desk, dialog.person_id)) == 2
    FileCheck(path).check()


def test_full_disk_keeps_the_form_and_saves_once_there_is_room(
    qtbot: QtBot, services: Services, desk: Actor, messages: list[str]
) -> None:
    disk = FullDisk(services).start()
    fill(services, desk)  # the office's earlier work took the last free space
    refused_then_saved(qtbot, services, desk, messages, "disk_full", disk.lift)


def test_read_only_file_keeps_the_form_and_saves_once_writable(
    qtbot: QtBot, services: Services, desk: Actor, messages: list[str]
) -> None:
    """SQLite's query_only gives the same SQLITE_READONLY as a file without write permission
    (which root, running the tests in a container, would ignore), and can be lifted again."""
    engine = services.db.engine

    def read_only(conn: sqlite3.Connection, _record: Any) -> None:
        conn.execute("PRAGMA query_only = ON")

    def writable() -> None:
        event.remove(engine, "connect", read_only)
        engine.dispose()

    engine.dispose()
    event.listen(engine, "connect", read_only)
    refused_then_saved(qtbot, services, desk, messages, "read_only", writable)
