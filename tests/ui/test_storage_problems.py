"""When the database file cannot take a write, the person is told why and keeps what they typed.

(A full disk and a read-only file take the same path through `guard.attempt`; their
classification is tested on a real file in tests/storage/test_database.py.)
"""

from __future__ import annotations

import sqlite3
from collections.abc import Iterator

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLineEdit, QPushButton
from pytestqt.qtbot import QtBot
from sqlalchemy import event

from ops_desktop.services.context import Actor
from ops_desktop.services.hub import Services
from ops_desktop.ui import labels
from ops_desktop.ui.first_contact.person_form import HouseholdDialog

APPLICANT = {"first_name": "Jadwiga", "last_name": "Kowalska", "pesel": "85121711202",
             "street": "Polna", "building": "3", "postal_code": "66-530", "city": "Drezdenko"}


@pytest.fixture
def impatient(services: Services) -> Services:
    """Give up on a busy file after 0.1 s instead of 5 s, so the test does not wait."""
    services.db.engine.dispose()
    event.listen(services.db.engine, "connect",
                 lambda conn, _record: conn.execute("PRAGMA busy_timeout=100"))
    return services


@pytest.fixture
def locked(impatient: Services) -> Iterator[sqlite3.Connection]:
    """Another program holds the file (an antivirus scan, a second copy of the program)."""
    path = impatient.db.file
    assert path is not None
    other = sqlite3.connect(path, timeout=0.1)
    other.execute("BEGIN EXCLUSIVE")
    yield other
    other.close()


def fill(qtbot: QtBot, dialog: HouseholdDialog) -> None:
    for name, text in APPLICANT.items():
        edit = dialog.findChild(QLineEdit, name)
        assert edit is not None, name
        qtbot.keyClicks(edit, text)


def typed(dialog: HouseholdDialog) -> dict[str, str]:
    return {name: dialog.findChild(QLineEdit, name).text() for name in APPLICANT}  # type: ignore[union-attr]


def test_locked_file_keeps_the_form_and_saves_when_free(
    qtbot: QtBot, impatient: Services, desk: Actor, locked: sqlite3.Connection,
    messages: list[str]
) -> None:
    dialog = HouseholdDialog(impatient, desk)
    qtbot.addWidget(dialog)
    dialog.show()
    fill(qtbot, dialog)
    save = dialog.findChild(QPushButton, "household_save")
    assert save is not None
    qtbot.mouseClick(save, Qt.MouseButton.LeftButton)
    assert messages == [labels.error("locked")]
    assert dialog.isVisible() and dialog.person_id is None
    assert typed(dialog) == APPLICANT  # nothing typed is lost
    locked.rollback()  # the other program lets go
    qtbot.mouseClick(save, Qt.MouseButton.LeftButton)
    assert dialog.person_id is not None and not dialog.isVisible()
    assert [p.last_name for p in impatient.persons.search(desk, "kowalska")] == ["Kowalska"]



def test_every_storage_problem_is_told_in_words(qtbot: QtBot) -> None:
    """A server out of reach (a centre on PostgreSQL) is said as plainly as a full disk."""
    from ops_desktop.services.errors import StorageProblem

    for problem in StorageProblem:
        assert labels.error(problem.value) != problem.value, problem
    assert labels.error("unreachable").startswith("Brak połączenia z serwerem bazy danych")
