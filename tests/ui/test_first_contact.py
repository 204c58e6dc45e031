"""The first-contact desk driven as a person does: typing, Enter, shortcuts, clicking Save."""

from __future__ import annotations

import dataclasses
import datetime as dt
from collections.abc import Callable
import tempfile
from pathlib import Path

import pytest
from pypdf import PdfReader
from PySide6.QtCore import QDate, QEvent, QPoint, Qt
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import (
    QApplication,
    QCheckBox,
    QComboBox,
    QDateEdit,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QPushButton,
    QRadioButton,
    QWidget,
)
from pytestqt.qtbot import QtBot

from ops_desktop.domain.person import Address, PersonInput
from ops_desktop.domain.vocabulary import (
    IdDocumentType,
    IntakeOutcome,
    ReferralStatus,
    Relation,
    Team,
)
from ops_desktop.services.context import Actor
from ops_desktop.services.hub import Services
from ops_desktop.services.persons import MemberInput
from ops_desktop.ui import labels
from ops_desktop.ui.bus import Bus
from ops_desktop.ui.first_contact import intake_dialog
from ops_desktop.ui.first_contact.intake_dialog import IntakeDialog
from ops_desktop.ui.first_contact.person_file import PersonFileDialog
from ops_desktop.ui.first_contact.person_edit import PersonEditDialog
from ops_desktop.ui.first_contact.person_form import HouseholdDialog
from ops_desktop.ui.first_contact.slip_choice import SlipChoice
from ops_desktop.ui.first_contact.tab import FirstContactTab
from tests.services.helpers import referral_intake

SHOTS = Path(tempfile.gettempdir()) / "ops_shots"  # screens to look at after a run


def make_pesel(born: dt.date, serial: str) -> str:
    """A valid PESEL: the month carries the century, `serial` four digits (last = sex)."""
    month = born.month + {18: 80, 19: 0, 20: 20}[born.year // 100]
    body = f"{born.year % 100:02d}{month:02d}{born.day:02d}{serial}"
    total = sum(int(d) * w for d, w in zip(body, (1, 3, 7, 9, 1, 3, 7, 9, 1, 3)))
    return body + str((10 - total % 10) % 10)


WOMAN_1985 = make_pesel(dt.date(1985, 3, 12), "0124")
MAN_1983 = make_pesel(dt.date(1983, 7, 1), "0135")
GIRL_2012 = make_pesel(dt.date(2012, 9, 30), "0246")


def wrong(pesel: str) -> str:
    return pesel[:-1] + str((int(pesel[-1]) + 1) % 10)


# --- helpers ----------------------------------------------------------------------------


def find(parent: QWidget, kind: type, name: str) -> QWidget:
    widget = parent.findChild(kind, name)
    assert widget is not None, f"no {kind.__name__} named {name}"
    return widget


def keys(qtbot: QtBot, widget: QWidget, text: str) -> None:
    """Type like a person; QTest.keyClicks only knows ASCII, so Polish letters go as key events."""
    for char in text:
        if char.isascii():
            qtbot.keyClicks(widget, char)
            continue
        for kind in (QEvent.Type.KeyPress, QEvent.Type.KeyRelease):
            QApplication.sendEvent(widget, QKeyEvent(kind, Qt.Key.Key_unknown,
                                                     Qt.KeyboardModifier.NoModifier, char))


def type_into(qtbot: QtBot, parent: QWidget, name: str, text: str) -> None:
    edit = find(parent, QLineEdit, name)
    edit.setFocus()
    keys(qtbot, edit, text)


def choose(parent: QWidget, name: str, data: object) -> None:
    combo = find(parent, QComboBox, name)
    index = combo.findData(data)
    assert index >= 0, (name, data)
    combo.setCurrentIndex(index)


def click(qtbot: QtBot, parent: QWidget, kind: type, name: str) -> None:
    """Click near the left edge: a check box only reacts on its box and its text."""
    button = find(parent, kind, name)
    qtbot.mouseClick(button, Qt.MouseButton.LeftButton, pos=QPoint(8, button.height() // 2))


def set_date(qtbot: QtBot, parent: QWidget, name: str, value: dt.date) -> None:
    """Tick "known", then type the date as dd.MM.yyyy into the field."""
    click(qtbot, parent, QCheckBox, f"{name}_known")
    edit = find(parent, QDateEdit, name)
    assert edit.hasFocus()
    qtbot.keyClicks(edit, value.strftime("%d%m%Y"))
    assert edit.date() == QDate(value.year, value.month, value.day)


def fill_applicant(qtbot: QtBot, dialog: HouseholdDialog, pesel: str) -> None:
    type_into(qtbot, dialog, "first_name", "Jadwiga")
    type_into(qtbot, dialog, "last_name", "Żółkiewska")
    type_into(qtbot, dialog, "pesel", pesel)
    type_into(qtbot, dialog, "street", "Polna")
    type_into(qtbot, dialog, "building", "3")
    type_into(qtbot, dialog, "flat", "5")
    type_into(qtbot, dialog, "postal_code", "66-530")
    type_into(qtbot, dialog, "city", "Drezdenko")
    type_into(qtbot, dialog, "phone", "600 100 200")


def fill_member(qtbot: QtBot, dialog: HouseholdDialog, i: int, relation: Relation,
                first: str, last: str, pesel: str) -> None:
    choose(dialog, f"member_{i}_relation", relation)
    type_into(qtbot, dialog, f"member_{i}_first_name", first)
    type_into(qtbot, dialog, f"member_{i}_last_name", last)
    type_into(qtbot, dialog, f"member_{i}_pesel", pesel)


def shot(widget: QWidget, name: str) -> None:
    SHOTS.mkdir(parents=True, exist_ok=True)
    QApplication.processEvents()  # let the layouts settle as they would on screen
    assert widget.grab().save(str(SHOTS / f"{name}.png"))


def register(services: Services, desk: Actor, first: str = "Jan", last: str = "Kowalski",
             pesel: str | None = MAN_1983) -> object:
    return services.persons.register_household(desk, PersonInput(
        first, last, pesel, None, None, None, None,
        Address("Lipowa", "7", "", "66-530", "Drezdenko")), [])


@pytest.fixture
def bus() -> Bus:
    return Bus()


@pytest.fixture
def tab(qtbot: QtBot, services: Services, desk: Actor, bus: Bus) -> FirstContactTab:
    widget = FirstContactTab(services, desk, bus)
    qtbot.addWidget(widget)
    widget.resize(1280, 720)
    widget.show()
    qtbot.waitExposed(widget)
    widget.activateWindow()
    qtbot.waitUntil(lambda: widget.isActiveWindow())
    return widget




def show_active(qtbot: QtBot, widget: QWidget) -> None:
    """Shown and active, as a window the person works in (shortcuts need an active window)."""
    qtbot.addWidget(widget)
    widget.show()
    widget.activateWindow()
    qtbot.waitUntil(widget.isActiveWindow)


def patch_exec(qtbot: QtBot, monkeypatch: pytest.MonkeyPatch, cls: type,
               fill: Callable[[object], None]) -> None:
    """The dialog opens non-modal; `fill` types into it and clicks as the person would."""

    def fake_exec(dialog: object) -> int:
        dialog.show()  # type: ignore[attr-defined]
        dialog.activateWindow()  # type: ignore[attr-defined]
        qtbot.waitUntil(dialog.isActiveWindow)  # type: ignore[attr-defined]
        fill(dialog)
        return 1 if dialog.isVisible() is False else 0  # type: ignore[attr-defined]

    monkeypatch.setattr(cls, "exec", fake_exec)


def search(qtbot: QtBot, tab: FirstContactTab, text: str) -> None:
    tab.search.clear()
    qtbot.keyClicks(tab.search, text)
    qtbot.keyClick(tab.search, Qt.Key.Key_Return)


# --- tests ------------------------------------------------------------------------------


def test_register_walk_in_with_household_then_find_by_folded_surname_and_pesel(
        qtbot: QtBot, tab: FirstContactTab, services: Services, desk: Actor,
        monkeypatch: pytest.MonkeyPatch) -> None:
    def fill(dialog: HouseholdDialog) -> None:
        fill_applicant(qtbot, dialog, WOMAN_1985)
        click(qtbot, dialog, QPushButton, "add_member")
        click(qtbot, dialog, QPushButton, "add_member")
        click(qtbot, dialog, QPushButton, "add_member")
        click(qtbot, dialog, QPushButton, "remove_member_2")  # one too many
        fill_member(qtbot, dialog, 0, Relation.SPOUSE, "Marek", "Żółkiewski", MAN_1983)
        fill_member(qtbot, dialog, 1, Relation.CHILD, "Zofia", "Żółkiewska", GIRL_2012)
        shot(dialog, "household_dialog")
        click(qtbot, dialog, QPushButton, "household_save")

    patch_exec(qtbot, monkeypatch, HouseholdDialog, fill)
    qtbot.keyClick(tab.search, Qt.Key.Key_N, Qt.KeyboardModifier.ControlModifier)

    applicant = tab.file_view.person_id
    assert applicant is not None
    household = services.persons.household(desk, applicant)
    assert [(m.full_name, m.relation) for m in household] == [
        ("Jadwiga Żółkiewska", Relation.APPLICANT),
        ("Marek Żółkiewski", Relation.SPOUSE),
        ("Zofia Żółkiewska", Relation.CHILD),
    ]
    assert tab.file_view.household.rowCount() == 3

    tab.search.clear()
    qtbot.keyClicks(tab.search, "zolkiewsk")  # no Polish letters, search as you type
    qtbot.waitUntil(lambda: tab.count.text() == "Znaleziono: 3")
    names = {tab.results.index(r, 0).data() for r in range(tab.results.rowCount())}
    assert names == {"Żółkiewska Jadwiga", "Żółkiewski Marek", "Żółkiewska Zofia"}

    search(qtbot, tab, WOMAN_1985[:6])
    assert tab.count.text() == "Znaleziono: 1"
    assert tab.results.index(0, 1).data() == WOMAN_1985
    assert tab.results.index(0, 2).data() == "12.03.1985"  # read from the PESEL


def test_wrong_pesel_is_shown_by_the_field_and_nothing_typed_is_lost(
        qtbot: QtBot, services: Services, desk: Actor, messages: list[str]) -> None:
    dialog = HouseholdDialog(services, desk)
    show_active(qtbot, dialog)
    fill_applicant(qtbot, dialog, wrong(WOMAN_1985))
    click(qtbot, dialog, QPushButton, "add_member")
    fill_member(qtbot, dialog, 0, Relation.CHILD, "Zofia", "Żółkiewska", GIRL_2012)
    click(qtbot, dialog, QPushButton, "household_save")

    error = find(dialog, QLabel, "error_pesel")
    assert error.isVisible() and error.text() == labels.error("pesel_invalid")
    shot(dialog, "household_dialog_error")
    typed = {name: find(dialog, QLineEdit, name).text() for name in (
        "first_name", "last_name", "pesel", "street", "building", "flat", "postal_code", "city",
        "phone", "member_0_first_name", "member_0_last_name", "member_0_pesel")}
    assert typed == {
        "first_name": "Jadwiga", "last_name": "Żółkiewska", "pesel": wrong(WOMAN_1985),
        "street": "Polna", "building": "3", "flat": "5", "postal_code": "66-530",
        "city": "Drezdenko", "phone": "600 100 200", "member_0_first_name": "Zofia",
        "member_0_last_name": "Żółkiewska", "member_0_pesel": GIRL_2012,
    }
    assert find(dialog, QComboBox, "member_0_relation").currentData() == Relation.CHILD
    assert dialog.person_id is None and dialog.isVisible()
    assert services.persons.count(desk, "zolk") == 0
    assert messages == []

    # The applicant is right now; the member's PESEL is wrong and is shown in the member's row.
    pesel = find(dialog, QLineEdit, "pesel")
    pesel.selectAll()
    qtbot.keyClicks(pesel, WOMAN_1985)
    member_pesel = find(dialog, QLineEdit, "member_0_pesel")
    member_pesel.selectAll()
    qtbot.keyClicks(member_pesel, wrong(GIRL_2012))
    click(qtbot, dialog, QPushButton, "household_save")
    assert not error.isVisible()
    member_error = find(dialog, QLabel, "error_member.0.pesel")
    assert member_error.isVisible() and member_error.text() == labels.error("pesel_invalid")
    shot(dialog, "household_dialog_member_error")
    assert services.persons.count(desk, "zolk") == 0

    member_pesel.selectAll()
    qtbot.keyClicks(member_pesel, GIRL_2012)
    click(qtbot, dialog, QPushButton, "household_save")
    assert dialog.person_id is not None and not dialog.isVisible()
    assert services.persons.count(desk, "zolk") == 2


def test_person_without_pesel_is_registered_by_passport(
        qtbot: QtBot, services: Services, desk: Actor) -> None:
    dialog = HouseholdDialog(services, desk)
    show_active(qtbot, dialog)
    type_into(qtbot, dialog, "first_name", "Olena")
    type_into(qtbot, dialog, "last_name", "Kovalenko")
    click(qtbot, dialog, QPushButton, "household_save")  # neither PESEL nor a document
    assert find(dialog, QLabel, "error_pesel").text() == labels.error("pesel_or_document_required")
    assert dialog.person_id is None

    choose(dialog, "id_document_type", IdDocumentType.PASSPORT)
    type_into(qtbot, dialog, "id_document_number", "FX123456")
    set_date(qtbot, dialog, "birth_date", dt.date(1990, 3, 4))
    # The address of residence is required as well (here a village without streets).
    assert find(dialog, QLabel, "error_city").text() == labels.error("required")
    type_into(qtbot, dialog, "building", "12")
    type_into(qtbot, dialog, "postal_code", "66-530")
    type_into(qtbot, dialog, "city", "Kolonia")
    shot(dialog, "household_dialog_passport")
    click(qtbot, dialog, QPushButton, "household_save")
    assert dialog.person_id is not None

    file = services.persons.file(desk, dialog.person_id)
    assert file.person.pesel is None
    assert file.person.birth_date == dt.date(1990, 3, 4)
    assert "FX123456" in file.id_document
    view = PersonFileDialog(services, desk, dialog.person_id)
    qtbot.addWidget(view)
    assert view.view.details["identity"].text() == "paszport FX123456"


def test_unknown_birth_date_is_not_saved_as_today(qtbot: QtBot, services: Services, desk: Actor) -> None:
    dialog = HouseholdDialog(services, desk)
    show_active(qtbot, dialog)
    type_into(qtbot, dialog, "first_name", "Olena")
    type_into(qtbot, dialog, "last_name", "Kovalenko")
    choose(dialog, "id_document_type", IdDocumentType.PASSPORT)
    type_into(qtbot, dialog, "id_document_number", "FX123456")
    assert not find(dialog, QDateEdit, "birth_date").isEnabled()
    # A homeless person: the town where she stays is address enough (art. 101 u.p.s.).
    click(qtbot, dialog, QCheckBox, "homeless")
    type_into(qtbot, dialog, "city", "Drezdenko")
    click(qtbot, dialog, QPushButton, "household_save")
    assert dialog.person_id is not None
    assert services.persons.file(desk, dialog.person_id).person.birth_date is None


def test_enter_in_the_search_box_searches_at_once_and_enter_opens_the_file(
        qtbot: QtBot, qtmodeltester: object, tab: FirstContactTab, services: Services,
        desk: Actor) -> None:
    person_id = register(services, desk)
    qtbot.keyClicks(tab.search, "kowal")
    assert tab.results.rowCount() == 0  # still waiting for the person to stop typing
    qtbot.keyClick(tab.search, Qt.Key.Key_Return)
    assert not tab._timer.isActive()
    assert tab.results.rowCount() == 1 and tab.count.text() == "Znaleziono: 1"
    qtmodeltester.check(tab.results)  # type: ignore[attr-defined]
    assert tab.table.hasFocus()
    assert tab.file_view.person_id is None
    qtbot.keyClick(tab.table, Qt.Key.Key_Return)
    assert tab.file_view.person_id == person_id
    assert find(tab, QLabel, "file_name").text() == "Kowalski Jan"

    qtbot.keyClick(tab.table, Qt.Key.Key_F, Qt.KeyboardModifier.ControlModifier)
    assert tab.search.hasFocus()


def test_one_letter_asks_for_another_before_searching(
        qtbot: QtBot, tab: FirstContactTab, services: Services, desk: Actor) -> None:
    register(services, desk)
    qtbot.keyClicks(tab.search, "K")
    qtbot.keyClick(tab.search, Qt.Key.Key_Return)
    assert tab.results.rowCount() == 0 and "co najmniej 2 znaki" in tab.count.text()
    qtbot.keyClicks(tab.search, "o")
    qtbot.keyClick(tab.search, Qt.Key.Key_Return)
    assert tab.results.rowCount() == 1 and tab.count.text() == "Znaleziono: 1"


def test_typing_searches_after_a_pause(qtbot: QtBot, tab: FirstContactTab, services: Services,
                                       desk: Actor) -> None:
    register(services, desk)
    register(services, desk, "Anna", "Kowalska", WOMAN_1985)
    qtbot.keyClicks(tab.search, "KOWAL")
    qtbot.waitUntil(lambda: tab.results.rowCount() == 2)
    assert tab.count.text() == "Znaleziono: 2"
    # A real double click starts with a press; QTest.mouseDClick alone sends no press.
    where = tab.table.visualRect(tab.results.index(1, 0)).center()
    qtbot.mouseClick(tab.table.viewport(), Qt.MouseButton.LeftButton, pos=where)
    assert tab.file_view.person_id is None  # one click only selects
    qtbot.mouseDClick(tab.table.viewport(), Qt.MouseButton.LeftButton, pos=where)
    assert tab.file_view.name.text() == "Kowalski Jan"


def test_intake_referring_to_benefits_then_printing_the_slip(
        qtbot: QtBot, tab: FirstContactTab, services: Services, desk: Actor,
        benefits_worker: Actor, monkeypatch: pytest.MonkeyPatch, opened: list[Path]) -> None:
    services.persons.register_household(desk, PersonInput(
        "Jadwiga", "Żółkiewska", WOMAN_1985, None, None, None, None,
        Address("Polna", "3", "5", "66-530", "Drezdenko")), [
        MemberInput(Relation.SPOUSE, PersonInput("Marek", "Żółkiewski", MAN_1983, None, None, None,
                                                 None, Address("Polna", "3", "5", "66-530", "Drezdenko"))),
    ])
    asked: list[bool] = []
    monkeypatch.setattr(intake_dialog, "ask_print_slip",
                        lambda _parent, after_save=True: asked.append(after_save) or SlipChoice())

    def fill(dialog: IntakeDialog) -> None:
        assert find(dialog, QLabel, "intake_person").text().startswith("Osoba: Jadwiga Żółkiewska")
        assert dialog.problem.hasFocus()
        keys(qtbot, find(dialog, QPlainTextEdit, "intake_problem"),
             "Mąż stracił pracę, brak środków na opał.")
        click(qtbot, dialog, QCheckBox, "ground_1")
        click(qtbot, dialog, QCheckBox, "ground_4")
        click(qtbot, dialog, QCheckBox, "intake_urgent")
        click(qtbot, dialog, QRadioButton, "outcome_referred")
        choose(dialog, "intake_refer_to", Team.BENEFITS)
        keys(qtbot, find(dialog, QPlainTextEdit, "intake_referral_reason"),
             "Wniosek o zasiłek okresowy.")
        shot(dialog, "intake_dialog")
        click(qtbot, dialog, QPushButton, "intake_save")

    patch_exec(qtbot, monkeypatch, IntakeDialog, fill)
    search(qtbot, tab, "zolkiewska")
    qtbot.keyClick(tab.table, Qt.Key.Key_Return)
    qtbot.keyClick(tab.table, Qt.Key.Key_I, Qt.KeyboardModifier.ControlModifier)

    assert asked == [True]
    inbox = services.referrals.inbox(benefits_worker, "benefits")
    assert [(r.person_name, r.status, r.urgent) for r in inbox] == [
        ("Jadwiga Żółkiewska", ReferralStatus.PENDING, True)]
    assert len(opened) == 1
    slip = opened[0]
    assert slip.name == f"skierowanie_{inbox[0].number.replace('/', '_')}.pdf"
    text = "".join(page.extract_text() for page in PdfReader(slip).pages)
    assert "Jadwiga Żółkiewska" in text

    # The file on the right shows the household and the new intake and referral.
    view = tab.file_view
    assert view.household.rowCount() == 2
    assert view.intakes.rowCount() == 1
    assert view.intakes.index(0, 1).data() == "Jadwiga Żółkiewska"
    assert view.intakes.index(0, 2).data() == "osobiście"
    assert view.intakes.index(0, 3).data() == "skierowano do zespołu"
    assert view.intakes.index(0, 5).data() == "Mąż stracił pracę, brak środków na opał."
    assert view.referrals.index(0, 0).data() == inbox[0].number
    assert view.referrals.index(0, 1).data() == "Jadwiga Żółkiewska"
    assert view.referrals.index(0, 3).data() == "Świadczenia"
    assert view.history.tabText(0) == "Zgłoszenia (1)"
    view.history.setCurrentIndex(1)
    shot(tab, "first_contact_tab")

    # Ctrl+R prints the latest referral again (the window is active again once the dialog is gone).
    tab.activateWindow()
    qtbot.waitUntil(tab.isActiveWindow)
    qtbot.keyClick(tab.table, Qt.Key.Key_R, Qt.KeyboardModifier.ControlModifier)
    assert len(opened) == 2 and opened[1].exists() and asked == [True, False]

    # A returned referral shows why it came back, also in the read-only dialog of other teams.
    services.referrals.return_(benefits_worker, inbox[0].id, "Brak kompletu dokumentów.")
    other = PersonFileDialog(services, benefits_worker, inbox[0].person_id)
    qtbot.addWidget(other)
    assert other.view.referrals.index(0, 4).data() == "zwrócone: Brak kompletu dokumentów."
    assert other.view.household.rowCount() == 2
    other.view.history.setCurrentIndex(1)
    other.show()
    shot(other, "person_file_dialog")


def test_intake_without_problem_keeps_the_dialog_open(
        qtbot: QtBot, services: Services, desk: Actor, monkeypatch: pytest.MonkeyPatch,
        opened: list[Path]) -> None:
    person_id = register(services, desk)
    monkeypatch.setattr(intake_dialog, "ask_print_slip",
                        lambda _parent, after_save=True: pytest.fail("not referred"))
    dialog = IntakeDialog(services, desk, person_id, "Jan Kowalski")  # type: ignore[arg-type]
    show_active(qtbot, dialog)
    click(qtbot, dialog, QCheckBox, "ground_other")
    assert dialog.other_ground.isEnabled()
    click(qtbot, dialog, QPushButton, "intake_save")
    assert find(dialog, QLabel, "error_problem").text() == labels.error("required")
    assert find(dialog, QLabel, "error_other_ground").text() == labels.error("required")
    assert dialog.result is None and dialog.isVisible()
    keys(qtbot, dialog.problem, "Pyta o dodatek mieszkaniowy.")
    keys(qtbot, dialog.other_ground, "sprawy mieszkaniowe")
    dialog.advice_given.setFocus()
    keys(qtbot, dialog.advice_given, "Odesłano do wydziału mieszkaniowego urzędu gminy.")
    qtbot.keyClick(dialog.advice_given, Qt.Key.Key_Return, Qt.KeyboardModifier.ControlModifier)
    assert dialog.result is not None and dialog.result.referral_id is None
    assert opened == []
    intakes = services.persons.file(desk, person_id).intakes  # type: ignore[arg-type]
    assert [i.problem for i in intakes] == ["Pyta o dodatek mieszkaniowy."]


def test_new_intake_needs_a_person(qtbot: QtBot, tab: FirstContactTab, messages: list[str]) -> None:
    assert not tab.new_intake_button.isEnabled()
    assert not tab.print_button.isEnabled()
    qtbot.keyClick(tab.search, Qt.Key.Key_I, Qt.KeyboardModifier.ControlModifier)
    assert messages == ["Najpierw wyszukaj osobę i wybierz ją z listy."]


def test_refresh_follows_changes_made_elsewhere(qtbot: QtBot, tab: FirstContactTab, bus: Bus,
                                               services: Services, desk: Actor) -> None:
    search(qtbot, tab, "kowal")
    assert tab.count.text() == "Znaleziono: 0"
    register(services, desk)
    bus.changed.emit()
    assert tab.count.text() == "Znaleziono: 1"


def test_returned_referrals_wait_at_the_desk_with_their_reason(
    qtbot: QtBot, services: Services, desk: Actor, social_worker: Actor
) -> None:
    from tests.services.helpers import person, referral_intake

    pid = services.persons.register_household(desk, person(), [])
    rid = services.intake.record(desk, referral_intake(pid, Team.SOCIAL_WORK)).referral_id
    assert rid is not None
    tab = FirstContactTab(services, desk, Bus())
    qtbot.addWidget(tab)
    assert tab.returned.isHidden()  # nothing came back yet
    services.referrals.return_(social_worker, rid, "Potrzebne usługi opiekuńcze, nie praca socjalna.")
    tab.refresh()
    assert not tab.returned.isHidden() and tab.returned.model.total() == 1
    table = tab.returned.table
    assert "usługi opiekuńcze" in table.model().index(0, 4).data()
    table.selectRow(0)
    qtbot.keyClick(table, Qt.Key.Key_Return)
    assert tab.file_view.findChild(QLabel, "file_name").text().startswith("Żółkiewski")


def test_print_referral_prints_the_shown_persons_slip_not_a_household_members(
    qtbot: QtBot, tab: FirstContactTab, services: Services, desk: Actor, opened: list[Path],
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    pid = services.persons.register_household(desk, PersonInput(
        "Jadwiga", "Żółkiewska", WOMAN_1985, None, None, None, None,
        Address("Polna", "3", "5", "66-530", "Drezdenko")), [
        MemberInput(Relation.SPOUSE, PersonInput("Marek", "Żółkiewski", MAN_1983, None, None, None,
                                                 None, Address("Polna", "3", "5", "66-530", "Drezdenko"))),
        MemberInput(Relation.CHILD, PersonInput("Ola", "Żółkiewska", GIRL_2012, None, None, None,
                                                None, Address("Polna", "3", "5", "66-530", "Drezdenko"))),
    ])
    members = {m.pesel: m.person_id for m in services.persons.household(desk, pid)}  # type: ignore[arg-type]
    own = services.intake.record(desk, referral_intake(pid)).referral_number  # type: ignore[arg-type]
    spouse = services.intake.record(desk, referral_intake(members[MAN_1983], Team.SOCIAL_WORK))
    search(qtbot, tab, WOMAN_1985)
    qtbot.keyClick(tab.table, Qt.Key.Key_Return)
    view = tab.file_view
    # The file shows the household's history, the spouse's newer referral on top.
    assert [view.referrals.index(row, 0).data() for row in range(2)] == [spouse.referral_number, own]
    assert tab.print_button.isEnabled()
    monkeypatch.setattr(intake_dialog, "ask_print_slip",
                        lambda _parent, after_save=True: SlipChoice())
    qtbot.keyClick(tab.table, Qt.Key.Key_R, Qt.KeyboardModifier.ControlModifier)
    assert [f.name for f in opened] == [f"skierowanie_{own.replace('/', '_')}.pdf"]
    text = "".join(page.extract_text() for page in PdfReader(opened[0]).pages)
    assert "Jadwiga Żółkiewska" in text and "Marek" not in text

    # The daughter has no referral of her own: nothing of her parents' is printed for her.
    search(qtbot, tab, GIRL_2012)
    qtbot.keyClick(tab.table, Qt.Key.Key_Return)
    assert view.referrals.rowCount() == 2 and view.latest_referral() is None
    assert not tab.print_button.isEnabled()


def test_application_lodged_at_the_desk_goes_to_benefits_by_a_referral(
    qtbot: QtBot, services: Services, desk: Actor, benefits_worker: Actor,
    monkeypatch: pytest.MonkeyPatch, opened: list[Path], messages: list[str],
) -> None:
    person_id = register(services, desk)
    asked: list[bool] = []
    monkeypatch.setattr(intake_dialog, "ask_print_slip",
                        lambda _parent, after_save=True: asked.append(after_save) or SlipChoice())
    dialog = IntakeDialog(services, desk, person_id, "Jan Kowalski")  # type: ignore[arg-type]
    show_active(qtbot, dialog)
    assert not dialog.refer_to.isEnabled() and not dialog.referral_reason.isEnabled()
    keys(qtbot, dialog.problem, "Składa wniosek o zasiłek celowy na opał.")
    click(qtbot, dialog, QRadioButton, "outcome_referred")
    choose(dialog, "intake_refer_to", Team.SOCIAL_WORK)
    click(qtbot, dialog, QRadioButton, "outcome_application")
    # The team that decides it, benefits by default, and why – as for a referral.
    assert dialog.refer_to.isEnabled() and dialog.referral_reason.isEnabled()
    assert dialog.refer_to.currentData() == Team.BENEFITS
    click(qtbot, dialog, QRadioButton, "outcome_information")
    assert not dialog.refer_to.isEnabled() and dialog.data().refer_to is None
    click(qtbot, dialog, QRadioButton, "outcome_application")
    assert dialog.refer_to.isEnabled() and dialog.refer_to.currentData() == Team.BENEFITS
    dialog.referral_reason.setFocus()
    keys(qtbot, dialog.referral_reason, "Wniosek o zasiłek celowy złożony w punkcie.")
    received = dialog.data().received_at
    click(qtbot, dialog, QPushButton, "intake_save")

    assert messages == [] and dialog.fields.text("refer_to") == ""
    assert dialog.result is not None and dialog.result.referral_id is not None
    assert not dialog.isVisible()
    assert asked == [True]
    assert [f.name for f in opened] == [
        f"skierowanie_{dialog.result.referral_number.replace('/', '_')}.pdf"]
    inbox = services.referrals.inbox(benefits_worker, Team.BENEFITS.value)
    assert [(r.id, r.status, r.application_lodged, r.intake_received_at, r.reason) for r in inbox] == [
        (dialog.result.referral_id, ReferralStatus.PENDING, True, received,
         "Wniosek o zasiłek celowy złożony w punkcie.")]
    intakes = services.persons.file(desk, person_id).intakes  # type: ignore[arg-type]
    assert [i.outcome for i in intakes] == [IntakeOutcome.APPLICATION]


def test_a_busy_month_of_returns_is_not_reported_as_exactly_the_rows_shown(
    qtbot: QtBot, services: Services, desk: Actor, social_worker: Actor,
    monkeypatch: pytest.MonkeyPatch
) -> None:
    from ops_desktop.ui.first_contact.returned import ReturnedReferrals
    from tests.services.helpers import person, referral_intake

    monkeypatch.setattr(ReturnedReferrals, "SHOWN", 2)
    pid = services.persons.register_household(desk, person(), [])
    for _ in range(3):
        rid = services.intake.record(desk, referral_intake(pid, Team.SOCIAL_WORK)).referral_id
        assert rid is not None
        services.referrals.return_(social_worker, rid, "Nie do tego zespołu.")
    panel = ReturnedReferrals(services, desk)
    qtbot.addWidget(panel)
    assert panel.model.total() == 2 and "ponad 2, pokazano najnowsze 2" in panel.title.text()


# --- correcting a person's data ---------------------------------------------------------


def retype(qtbot: QtBot, parent: QWidget, name: str, text: str) -> None:
    edit = find(parent, QLineEdit, name)
    edit.setFocus()
    edit.selectAll()
    if text:
        keys(qtbot, edit, text)
    else:
        qtbot.keyClick(edit, Qt.Key.Key_Delete)


def correct_from_file(qtbot: QtBot, tab: FirstContactTab, monkeypatch: pytest.MonkeyPatch,
                      pid: object, fill: Callable[[PersonEditDialog], None]) -> None:
    """Open the person's file, click «Popraw dane» and let `fill` work in the dialog."""
    tab.show_person(pid)  # type: ignore[arg-type]
    patch_exec(qtbot, monkeypatch, PersonEditDialog, fill)  # type: ignore[arg-type]
    click(qtbot, tab.file_view, QPushButton, "correct_person")


def save_refused(qtbot: QtBot, dialog: PersonEditDialog, fields: tuple[str, ...]) -> dict[str, str]:
    """Click save; the message now shown by each of `fields`."""
    click(qtbot, dialog, QPushButton, "person_edit_save")
    return {name: find(dialog, QLabel, f"error_{name}").text() for name in fields}


def test_a_move_is_corrected_from_the_file_with_messages_by_the_fields(
        qtbot: QtBot, tab: FirstContactTab, services: Services, desk: Actor,
        monkeypatch: pytest.MonkeyPatch, messages: list[str]) -> None:
    pid = register(services, desk)
    seen: dict[str, str] = {}

    def fill(dialog: PersonEditDialog) -> None:
        assert find(dialog, QLineEdit, "street").text() == "Lipowa"  # the stored data, filled
        retype(qtbot, dialog, "street", "Leśna")
        retype(qtbot, dialog, "building", "")
        retype(qtbot, dialog, "postal_code", "66530")
        click(qtbot, dialog, QCheckBox, "has_delivery_address")
        type_into(qtbot, dialog, "delivery_building", "1")
        type_into(qtbot, dialog, "delivery_postal_code", "66-999")
        type_into(qtbot, dialog, "delivery_city", "Lipowiec")
        # Each problem by its own field; everything typed is still there.
        seen.update(save_refused(qtbot, dialog, ("building", "postal_code")))
        assert find(dialog, QLineEdit, "street").text() == "Leśna"
        assert find(dialog, QLineEdit, "delivery_city").text() == "Lipowiec"
        shot(dialog, "person_edit_errors")
        retype(qtbot, dialog, "building", "12")
        retype(qtbot, dialog, "postal_code", "66-530")
        click(qtbot, dialog, QPushButton, "person_edit_save")

    correct_from_file(qtbot, tab, monkeypatch, pid, fill)
    assert seen == {"building": labels.error("required"),
                    "postal_code": labels.error("postal_code_format")}
    assert messages == []
    assert tab.file_view.details["address"].text() == "ul. Leśna 12, 66-530 Drezdenko"
    record = services.persons.for_correction(desk, pid)  # type: ignore[arg-type]
    assert record.data.delivery_address == Address("", "1", "", "66-999", "Lipowiec")


def test_a_zero_width_or_right_to_left_mark_in_an_address_is_shown_by_its_field(
        qtbot: QtBot, tab: FirstContactTab, services: Services, desk: Actor,
        monkeypatch: pytest.MonkeyPatch, messages: list[str]) -> None:
    """Pasted from a web page, "Leśna" may carry a zero-width space or a right-to-left mark:
    the form says so next to the field and keeps what was typed."""
    pid = register(services, desk)
    seen: dict[str, str] = {}

    def fill(dialog: PersonEditDialog) -> None:
        retype(qtbot, dialog, "street", "Le\u200bśna")
        retype(qtbot, dialog, "city", "Drezdenko\u200f")
        seen.update(save_refused(qtbot, dialog, ("street", "city")))
        assert find(dialog, QLineEdit, "street").text() == "Le\u200bśna"
        shot(dialog, "person_edit_invisible_mark")
        retype(qtbot, dialog, "street", "Leśna")
        retype(qtbot, dialog, "city", "Drezdenko")
        click(qtbot, dialog, QPushButton, "person_edit_save")

    correct_from_file(qtbot, tab, monkeypatch, pid, fill)
    assert seen == dict.fromkeys(("street", "city"), labels.error("invisible_characters"))
    assert messages == []
    assert services.persons.for_correction(desk, pid).data.address.street == "Leśna"  # type: ignore[arg-type]


def test_a_colleagues_change_is_reported_and_the_typed_correction_kept(
        qtbot: QtBot, tab: FirstContactTab, services: Services, desk: Actor,
        monkeypatch: pytest.MonkeyPatch, messages: list[str]) -> None:
    pid = register(services, desk)
    search(qtbot, tab, "kowalski")
    assert tab.selected() is not None and tab.selected().id == pid  # type: ignore[union-attr]
    kept: dict[str, object] = {}

    def fill(dialog: PersonEditDialog) -> None:
        retype(qtbot, dialog, "phone", "600 100 200")
        # Meanwhile a colleague at another desk corrects the first name.
        record = services.persons.for_correction(desk, pid)  # type: ignore[arg-type]
        services.persons.update_person(desk, pid, dataclasses.replace(  # type: ignore[arg-type]
            record.data, first_name="Janusz"), record.version)
        click(qtbot, dialog, QPushButton, "person_edit_save")
        kept["visible"] = dialog.isVisible()
        kept["phone"] = find(dialog, QLineEdit, "phone").text()
        click(qtbot, dialog, QPushButton, "person_edit_cancel")

    patch_exec(qtbot, monkeypatch, PersonEditDialog, fill)
    qtbot.keyClick(tab.table, Qt.Key.Key_E, Qt.KeyboardModifier.ControlModifier)

    assert kept == {"visible": True, "phone": "600 100 200"}
    assert messages == [labels.error("person_changed")]
    data = services.persons.for_correction(desk, pid).data  # type: ignore[arg-type]
    assert data.first_name == "Janusz" and data.phone == ""  # the colleague's change stands
