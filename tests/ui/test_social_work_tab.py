"""The social-work tab driven as a person does: accept a referral, write notes on the case."""

from __future__ import annotations

import datetime as dt
import uuid
from collections.abc import Callable
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QComboBox, QDateEdit, QLabel, QPlainTextEdit, QPushButton
from pytestqt.qtbot import QtBot

from ops_desktop.domain.clock import wall_today
from ops_desktop.domain.vocabulary import NoteKind, Team
from ops_desktop.services.context import Actor
from ops_desktop.services.errors import StorageEnvironmentError, StorageProblem
from ops_desktop.services.hub import Services
from ops_desktop.ui import labels
from ops_desktop.ui.benefits.application_dialog import to_qdate
from ops_desktop.ui.bus import Bus
from ops_desktop.ui.main_window import MainWindow
from ops_desktop.ui.social_work.note_dialog import NoteDialog
from ops_desktop.ui.social_work.notes import NK_BACKGROUND
from ops_desktop.ui.social_work.tab import SocialWorkTab
from tests.services.helpers import person, referral_intake

LEFT = Qt.MouseButton.LeftButton
TODAY = wall_today()
VISIT = "Wizyta w miejscu zamieszkania 30.11.\nMieszkanie ogrzane, dzieci w szkole."
NK = "Posiedzenie grupy diagnostyczno-pomocowej.\nUstalono plan pomocy."


def _referred_to_social_work(services: Services, desk: Actor) -> uuid.UUID:
    pid = services.persons.register_household(desk, person(), [])
    services.intake.record(desk, referral_intake(pid, Team.SOCIAL_WORK))
    return pid


def _tab(qtbot: QtBot, services: Services, actor: Actor) -> SocialWorkTab:
    tab = SocialWorkTab(services, actor, Bus())
    qtbot.addWidget(tab)
    tab.resize(1280, 720)
    tab.show()
    return tab


def _driving(qtbot: QtBot, monkeypatch: pytest.MonkeyPatch,
             fill: Callable[[NoteDialog], None]) -> list[NoteDialog]:
    """Replace the modal loop: `fill` types into the shown dialog and clicks as a person would."""
    seen: list[NoteDialog] = []

    def run(dialog: NoteDialog) -> int:
        seen.append(dialog)
        dialog.show()
        dialog.activateWindow()  # a modal dialog is the active window; its shortcuts need that
        qtbot.waitUntil(dialog.isActiveWindow)
        fill(dialog)
        return dialog.result()

    monkeypatch.setattr(NoteDialog, "exec", run)
    return seen


def _parts(dialog: NoteDialog) -> tuple[QComboBox, QDateEdit, QPlainTextEdit, QPushButton]:
    kind = dialog.findChild(QComboBox, "note_kind")
    date = dialog.findChild(QDateEdit, "noted_on")
    text = dialog.findChild(QPlainTextEdit, "note_text")
    save = dialog.findChild(QPushButton, "note_save")
    assert kind is not None and date is not None and text is not None and save is not None
    return kind, date, text, save


def test_accept_a_referral_and_write_a_note_a_mistake_keeps_what_was_typed(
    qtbot: QtBot, services: Services, desk: Actor, social_worker: Actor, messages: list[str],
    monkeypatch: pytest.MonkeyPatch, tmp_path: Path,
) -> None:
    pid = _referred_to_social_work(services, desk)
    tab = _tab(qtbot, services, social_worker)
    assert not tab.notes.new_button.isEnabled()  # no case chosen yet

    qtbot.mouseClick(tab.inbox.accept_button, LEFT)
    case = tab.chosen_case()
    assert case is not None and case.person_id == pid  # the accepted case is chosen
    assert tab.notes.case == case and tab.notes.model.rowCount() == 0
    assert tab.notes.new_button.isEnabled()

    def fill(dialog: NoteDialog) -> None:
        kind, date, text, save = _parts(dialog)
        kind.setCurrentIndex(kind.findData(NoteKind.HOME_VISIT.value))
        date.setDate(to_qdate(TODAY - dt.timedelta(days=3)))  # before the case was opened
        qtbot.keyClicks(text, VISIT.replace("\n", " "))
        qtbot.mouseClick(save, LEFT)
        error = dialog.findChild(QLabel, "error_noted_on")
        assert error is not None and error.isVisible()
        assert error.text() == labels.error("before_case_opened")
        assert dialog.isVisible() and text.toPlainText() == VISIT.replace("\n", " ")
        assert kind.currentData() == NoteKind.HOME_VISIT.value
        assert services.social_work.count(social_worker, case.id) == 0
        dialog.grab().save(str(tmp_path / "note_dialog_error.png"))
        date.setDate(to_qdate(TODAY))
        qtbot.mouseClick(save, LEFT)
        assert not dialog.isVisible() and not error.isVisible()

    seen = _driving(qtbot, monkeypatch, fill)
    qtbot.mouseClick(tab.notes.new_button, LEFT)

    assert len(seen) == 1 and messages == []
    notes = tab.notes
    assert notes.model.rowCount() == 1
    row = [notes.model.index(0, c).data() for c in range(notes.model.columnCount())]
    assert row == [TODAY.strftime("%d.%m.%Y"), labels.vocab(labels.NOTE_KINDS, "home_visit"),
                   social_worker.full_name, VISIT.replace("\n", " ")]
    assert notes.selected() is not None  # the new note is chosen and shown in full
    assert notes.full_text.toPlainText() == VISIT.replace("\n", " ")
    assert notes.edit_button.isEnabled() and not notes.nk_banner.isVisible()
    assert [n.text for n in services.social_work.notes(social_worker, case.id)] == [
        VISIT.replace("\n", " ")]


def test_a_locked_file_keeps_the_note_typed_and_niebieska_karta_is_marked(
    qtbot: QtBot, services: Services, desk: Actor, social_worker: Actor, coordinator: Actor,
    messages: list[str], monkeypatch: pytest.MonkeyPatch, tmp_path: Path,
) -> None:
    _referred_to_social_work(services, desk)
    tab = _tab(qtbot, services, social_worker)
    qtbot.mouseClick(tab.inbox.accept_button, LEFT)
    case = tab.chosen_case()
    assert case is not None
    services.social_work.add_note(social_worker, case.id, NoteKind.INTERVIEW, TODAY,
                                  "Wywiad środowiskowy przeprowadzony.")
    real_add = services.social_work.add_note
    calls: list[str] = []

    def locked_once(*args: object) -> object:
        calls.append(str(args[-1]))
        if len(calls) == 1:
            raise StorageEnvironmentError(StorageProblem.LOCKED, "database is locked")
        return real_add(*args)  # type: ignore[arg-type]

    monkeypatch.setattr(services.social_work, "add_note", locked_once)

    def fill(dialog: NoteDialog) -> None:
        kind, _date, text, save = _parts(dialog)
        kind.setCurrentIndex(kind.findData(NoteKind.NIEBIESKA_KARTA.value))
        text.setFocus()
        for line_number, line in enumerate(NK.split("\n")):
            if line_number:
                qtbot.keyClick(text, Qt.Key.Key_Return)  # Enter is a new line, not Save
            qtbot.keyClicks(text, line)
        assert dialog.isVisible() and calls == []
        qtbot.mouseClick(save, LEFT)  # the file is locked
        assert messages == [labels.error("locked")]
        assert dialog.isVisible() and text.toPlainText() == NK
        qtbot.keyClick(text, Qt.Key.Key_Return, Qt.KeyboardModifier.ControlModifier)  # saves
        assert not dialog.isVisible()

    _driving(qtbot, monkeypatch, fill)
    tab.activateWindow()
    qtbot.waitUntil(tab.isActiveWindow)
    tab.notes.table.setFocus()  # the shortcut works wherever the focus is in the notes
    qtbot.keyClick(tab.notes.table, Qt.Key.Key_N, Qt.KeyboardModifier.ControlModifier)

    assert calls == [NK, NK]
    notes = tab.notes
    assert notes.model.rowCount() == 2
    chosen = notes.selected()
    assert chosen is not None and chosen.niebieska_karta and chosen.text == NK
    assert notes.nk_banner.isVisible() and notes.full_text.toPlainText() == NK
    nk_row = next(r for r in range(2) if notes.model.row_object(r) == chosen)
    assert notes.model.index(nk_row, 1).data(Qt.ItemDataRole.BackgroundRole) == NK_BACKGROUND
    assert notes.model.index(1 - nk_row, 1).data(Qt.ItemDataRole.BackgroundRole) is None
    tab.grab().save(str(tmp_path / "social_work_tab.png"))

    # The head reads the same notes in the same tab, but cannot correct a colleague's note.
    head_tab = _tab(qtbot, services, coordinator)
    assert head_tab.choose_case(case.id)
    assert head_tab.notes.model.rowCount() == 2
    head_tab.notes.table.selectRow(0)
    assert head_tab.notes.full_text.toPlainText() != "" and not head_tab.notes.edit_button.isEnabled()


def test_the_author_corrects_todays_note(
    qtbot: QtBot, services: Services, desk: Actor, social_worker: Actor,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    _referred_to_social_work(services, desk)
    tab = _tab(qtbot, services, social_worker)
    qtbot.mouseClick(tab.inbox.accept_button, LEFT)
    case = tab.chosen_case()
    assert case is not None
    note = services.social_work.add_note(social_worker, case.id, NoteKind.NOTE, TODAY, "Notatak.")
    assert tab.choose_case(case.id) is True
    tab.notes.set_case(case, select=note.id)

    def fill(dialog: NoteDialog) -> None:
        kind, date, text, save = _parts(dialog)
        assert not kind.isEnabled() and not date.isEnabled() and text.toPlainText() == "Notatak."
        text.selectAll()
        qtbot.keyClicks(text, "Notatka.")
        qtbot.mouseClick(save, LEFT)

    _driving(qtbot, monkeypatch, fill)
    qtbot.mouseClick(tab.notes.edit_button, LEFT)
    assert tab.notes.full_text.toPlainText() == "Notatka."
    assert services.social_work.note(social_worker, note.id).edited


def test_the_main_window_gives_social_workers_the_notes_tab_and_benefits_staff_none(
    qtbot: QtBot, services: Services, social_worker: Actor, benefits_worker: Actor,
) -> None:
    window = MainWindow(services, social_worker)
    qtbot.addWidget(window)
    assert [type(w) for w in window.tab_by_role.values()] == [SocialWorkTab]
    other = MainWindow(services, benefits_worker)
    qtbot.addWidget(other)
    assert not any(isinstance(w, SocialWorkTab) for w in other.tab_by_role.values())
