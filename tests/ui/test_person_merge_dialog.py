"""The head's "Scal rekordy osoby…": find both records, compare, choose, confirm."""

from __future__ import annotations

import datetime as dt
import uuid

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QComboBox, QLabel, QMessageBox, QPushButton
from pytestqt.qtbot import QtBot
from sqlalchemy import select

from ops_desktop.domain.vocabulary import IdDocumentType
from ops_desktop.services.context import Actor
from ops_desktop.services.hub import Services
from ops_desktop.storage.models import IntakeRow, PersonRow
from ops_desktop.ui.coordinator.person_merge import PersonMergeDialog
from tests.services.helpers import PESEL_WOMAN_1985, person, referral_intake
from tests.ui.looking import keep_grab


def _two_records(services: Services, actor: Actor) -> tuple[uuid.UUID, uuid.UUID]:
    """Jan Żółkiewski with his PESEL, and again with his passport and a phone."""
    with_pesel = services.persons.register_household(actor, person(), [])
    with_passport = services.persons.register_household(actor, person(
        "Jan", "Żółkiewski", None, id_document_type=IdDocumentType.PASSPORT,
        id_document_number="ZZ1234567", birth_date=dt.date(1944, 5, 14),
        phone="600 100 200"), [])
    services.intake.record(actor, referral_intake(with_passport))
    return with_pesel, with_passport


def _find(qtbot: QtBot, dialog: PersonMergeDialog, side: str, text: str, row: int) -> None:
    search = dialog.findChild(type(dialog.sides[0].search), f"{side}_search")
    search.clear()
    qtbot.keyClicks(search, text)
    qtbot.keyClick(search, Qt.Key.Key_Return)
    chosen = dialog.sides[0 if side == "merge_a" else 1]
    qtbot.waitUntil(lambda: chosen.results.rowCount() > row)
    chosen.table.selectRow(row)


def _button(dialog: PersonMergeDialog, name: str) -> QPushButton:
    found = dialog.findChild(QPushButton, name)
    assert found is not None
    return found


def _rows_by_document(services: Services, coordinator: Actor) -> list[int]:
    """The order the search lists both Jans in: (with PESEL, with passport) rows."""
    found = services.persons.search(coordinator, "Żółkiewski")
    return [i for i, p in enumerate(found) if p.pesel] + [i for i, p in enumerate(found)
                                                          if not p.pesel]


def test_the_head_compares_chooses_and_merges(
        qtbot: QtBot, services: Services, coordinator: Actor,
        monkeypatch: pytest.MonkeyPatch) -> None:
    with_pesel, with_passport = _two_records(services, coordinator)
    asked: list[str] = []
    monkeypatch.setattr(QMessageBox, "question", lambda _parent, _title, text, *a, **k: (
        asked.append(text), QMessageBox.StandardButton.Yes)[1])
    dialog = PersonMergeDialog(services, coordinator)
    qtbot.addWidget(dialog)
    dialog.show()
    pesel_row, passport_row = _rows_by_document(services, coordinator)
    _find(qtbot, dialog, "merge_a", "Zolkiewski", pesel_row)
    _find(qtbot, dialog, "merge_b", "Zolkiewski", passport_row)
    assert not _button(dialog, "merge_confirm").isEnabled()
    qtbot.mouseClick(_button(dialog, "merge_compare"), Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: dialog.comparison is not None)
    counts_b = dialog.findChild(QLabel, "merge_b_counts").text()
    assert "zgłoszenia i skierowania: 2" in counts_b  # the intake and its referral
    phone = dialog.findChild(QComboBox, "merge_field_phone")
    # Record A stays; its phone is empty, so B's is offered by default.
    assert phone.currentText() == "B: 600 100 200"
    document = dialog.findChild(QComboBox, "merge_field_id_document_number")
    document.setCurrentIndex(1)
    keep_grab(dialog, "person-merge-compared.png")
    qtbot.mouseClick(_button(dialog, "merge_confirm"), Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: "Scalono" in dialog.findChild(QLabel, "merge_report").text())
    assert asked and "Tego nie można cofnąć" in asked[0]
    with services.db.session() as s:
        assert s.get(PersonRow, with_passport).merged_into_id == with_pesel  # type: ignore[union-attr]
        kept = s.get(PersonRow, with_pesel)
        assert kept is not None
        assert (kept.phone, kept.id_document_number) == ("600 100 200", "ZZ1234567")
        assert set(s.scalars(select(IntakeRow.person_id))) == {with_pesel}


def test_a_refusal_shows_under_the_record_and_nothing_merges(
        qtbot: QtBot, services: Services, coordinator: Actor) -> None:
    services.persons.register_household(coordinator, person(), [])
    services.persons.register_household(coordinator, person(
        "Janina", "Żółkiewska", PESEL_WOMAN_1985), [])
    dialog = PersonMergeDialog(services, coordinator)
    qtbot.addWidget(dialog)
    dialog.show()
    _find(qtbot, dialog, "merge_a", "Zolkiew", 0)
    _find(qtbot, dialog, "merge_b", "Zolkiew", 1)
    qtbot.mouseClick(_button(dialog, "merge_compare"), Qt.MouseButton.LeftButton)
    error = dialog.findChild(QLabel, "merge_b_error")
    qtbot.waitUntil(lambda: "różne numery PESEL" in error.text())
    assert dialog.comparison is None and not _button(dialog, "merge_confirm").isEnabled()
    # The same record on both sides: refused under B, the searches kept as typed.
    _find(qtbot, dialog, "merge_b", "Zolkiew", 0)
    qtbot.mouseClick(_button(dialog, "merge_compare"), Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: "ten sam rekord" in error.text())
    assert dialog.sides[0].search.text() == "Zolkiew"
    keep_grab(dialog, "person-merge-refused.png")
    with services.db.session() as s:
        assert all(p.merged_into_id is None for p in s.scalars(select(PersonRow)))
