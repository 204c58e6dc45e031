"""The auditor's tab with real widgets: filters, an entry field by field, the chain check."""

from __future__ import annotations

import datetime as dt
import re
import sqlite3
import uuid
from decimal import Decimal
from zoneinfo import ZoneInfo

import pytest
from PySide6.QtCore import QDate, Qt
from pytestqt.qtbot import QtBot

from ops_desktop.domain.vocabulary import BenefitForm, Relation, Role, Team
from ops_desktop.i18n.format import office_time
from ops_desktop.services.applications import ApplicationInput, IncomeInput
from ops_desktop.services.context import Actor
from ops_desktop.services.hub import Services
from ops_desktop.services.persons import MemberInput
from ops_desktop.storage.triggers import DROP_TRIGGERS
from ops_desktop.ui.audit_tab import AuditTab
from ops_desktop.ui.bus import Bus
from ops_desktop.ui.main_window import MainWindow
from tests.services.helpers import PESEL_MAN_1944, PESEL_WOMAN_1985, person, referral_intake
from tests.ui.looking import keep_grab

LEFT = Qt.MouseButton.LeftButton


@pytest.fixture
def worked(services: Services, desk: Actor, benefits_worker: Actor) -> dict[str, uuid.UUID]:
    """Jan and Maria registered, Jan's phone changed, both files opened by two people."""
    jan = services.persons.register_household(desk, person(), [
        MemberInput(Relation.SPOUSE, person("Maria", "Żółkiewska", PESEL_WOMAN_1985))])
    maria = next(m.person_id for m in services.persons.household(desk, jan) if m.person_id != jan)
    services.persons.update_person(desk, jan, person(phone="600100200"))
    services.persons.file(desk, maria)
    services.persons.file(benefits_worker, jan)
    return {"jan": jan, "maria": maria}


@pytest.fixture
def tab(qtbot: QtBot, services: Services, auditor: Actor, worked: dict[str, uuid.UUID]) -> AuditTab:
    widget = AuditTab(services, auditor, Bus())
    qtbot.addWidget(widget)
    widget.resize(1200, 700)
    widget.show()
    return widget


def rows(tab: AuditTab) -> list:  # type: ignore[type-arg]
    return [tab.entries.row_object(r) for r in range(tab.entries.rowCount())]


def choose(tab: AuditTab, row: int) -> None:
    tab.table.setCurrentIndex(tab.entries.index(row, 0))


def shown(tab: AuditTab) -> dict[str, tuple[str, str]]:
    """The chosen entry's fields as on screen: label -> (before, after)."""
    return {tab.fields.data(tab.fields.index(r, 0)): (tab.fields.data(tab.fields.index(r, 1)),
                                                      tab.fields.data(tab.fields.index(r, 2)))
            for r in range(tab.fields.rowCount())}


def cells(model: object) -> list[str]:
    return [str(model.data(model.index(r, c)))  # type: ignore[attr-defined]
            for r in range(model.rowCount())  # type: ignore[attr-defined]
            for c in range(model.columnCount())]  # type: ignore[attr-defined]


def test_the_log_is_listed_newest_first_with_its_count(
        tab: AuditTab, services: Services, auditor: Actor) -> None:
    total = services.audit.count(auditor)
    assert tab.entries.total() == total and tab.count_label.text() == f"Wpisów: {total}"
    seqs = [e.seq for e in rows(tab)]
    assert seqs == sorted(seqs, reverse=True)
    assert tab.entries.data(tab.entries.index(0, 3)) == "wgląd"  # the last file opening
    assert tab.entries.data(tab.entries.index(0, 2)) == "Piotr Zieliński"


def test_choosing_a_change_shows_each_field_before_and_after(
        tab: AuditTab, worked: dict[str, uuid.UUID]) -> None:
    row = next(i for i, e in enumerate(rows(tab)) if e.action == "update")
    choose(tab, row)
    assert "Wpis nr" in tab.detail_title.text() and "zmiana" in tab.detail_title.text()
    # The person by name and PESEL, not by the id the entry holds.
    assert f"Dotyczy osoby: Jan Żółkiewski, PESEL {PESEL_MAN_1944}" in tab.detail_title.text()
    assert str(worked["jan"]) not in tab.detail_title.text()
    assert shown(tab)["telefon"] == ("", "600100200")


def test_filter_by_pesel_user_and_dates(qtbot: QtBot, tab: AuditTab, benefits_worker: Actor,
                                        worked: dict[str, uuid.UUID]) -> None:
    qtbot.keyClicks(tab.pesel, PESEL_WOMAN_1985)
    qtbot.keyClick(tab.pesel, Qt.Key.Key_Return)
    hers = rows(tab)
    assert hers and {e.person_id for e in hers} == {worked["maria"]}
    assert {e.action for e in hers} >= {"insert", "view"}

    qtbot.mouseClick(tab.clear_button, LEFT)
    assert tab.pesel.text() == "" and tab.entries.total() > len(hers)
    tab.user.setCurrentIndex(tab.user.findData(str(benefits_worker.user_id)))
    qtbot.mouseClick(tab.apply_button, LEFT)
    assert [(e.action, e.person_id) for e in rows(tab)] == [("view", worked["jan"])]

    qtbot.mouseClick(tab.clear_button, LEFT)
    # The days are the office's (Europe/Warsaw), as the log reads them, not the test
    # machine's: between 23:00 and 24:00 UTC they differ.
    day = office_time(dt.datetime.now(dt.UTC)).date()
    today = QDate(day.year, day.month, day.day)
    tab.since.setDate(today.addDays(1))
    qtbot.mouseClick(tab.apply_button, LEFT)
    assert tab.entries.total() == 0 and tab.count_label.text() == "Wpisów: 0"
    tab.since.setDate(today)
    tab.until.setDate(today)
    tab.action.setCurrentIndex(tab.action.findData("view"))
    qtbot.mouseClick(tab.apply_button, LEFT)
    assert len(rows(tab)) == 2 and all(e.action == "view" for e in rows(tab))


def test_the_chain_check_says_intact_then_names_the_edited_entry(
        qtbot: QtBot, tab: AuditTab, services: Services) -> None:
    qtbot.mouseClick(tab.verify_button, LEFT)
    qtbot.waitUntil(lambda: "nienaruszony" in tab.chain_result.text(), timeout=10000)
    assert f"Sprawdzono wpisów: {tab.entries.total()}" in tab.chain_result.text()
    assert tab.verify_button.isEnabled()

    assert services.db.file is not None
    target = rows(tab)[3].seq
    with sqlite3.connect(services.db.file) as conn:
        for statement in DROP_TRIGGERS["sqlite"]:
            conn.execute(statement)
        conn.execute("UPDATE audit_log SET action = 'view' WHERE seq = ?", (target,))
    conn.close()
    qtbot.mouseClick(tab.verify_button, LEFT)
    qtbot.waitUntil(lambda: "naruszony!" in tab.chain_result.text(), timeout=10000)
    assert f"nr {target} z " in tab.chain_result.text()
    assert "zmieniono treść wpisu" in tab.chain_result.text()


def test_the_auditor_gets_only_the_audit_tab(qtbot: QtBot, services: Services, auditor: Actor,
                                             worked: dict[str, uuid.UUID]) -> None:
    window = MainWindow(services, auditor)
    qtbot.addWidget(window)
    assert window.tabs.count() == 1
    assert isinstance(window.tab_by_role[Role.AUDITOR], AuditTab)


UUID_TEXT = re.compile(r"[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}")


def test_a_taken_referral_reads_in_polish_with_names_not_ids(
        qtbot: QtBot, services: Services, desk: Actor, social_worker: Actor, auditor: Actor,
        worked: dict[str, uuid.UUID]) -> None:
    result = services.intake.record(desk, referral_intake(worked["jan"], Team.SOCIAL_WORK))
    assert result.referral_id is not None
    case = services.referrals.accept(social_worker, result.referral_id)
    tab = AuditTab(services, auditor, Bus())
    qtbot.addWidget(tab)
    row = next(i for i, e in enumerate(rows(tab))
               if e.entity == "referrals" and e.action == "update")
    qtbot.mouseClick(tab.table.viewport(), LEFT, pos=tab.table.visualRect(
        tab.entries.index(row, 0)).center())
    assert tab.selected() is not None and tab.selected().seq == rows(tab)[row].seq
    fields = shown(tab)
    assert fields["stan"] == ("oczekuje", "przyjęte")
    assert fields["rozpatrzył(a)"] == ("—", "Magdalena Kowalczyk")
    assert fields["sprawa"] == ("—", case.sign)
    assert re.fullmatch(r"\d\d\.\d\d\.\d{4} \d\d:\d\d", fields["rozpatrzono"][1])
    assert "skierowanie" in tab.detail_title.text()
    assert tab.entries.data(tab.entries.index(row, 5)) == f"Jan Żółkiewski, PESEL {PESEL_MAN_1944}"
    # The intake's story stays out of the log: only that it was written, and its length.
    intake = next(i for i, e in enumerate(rows(tab)) if e.entity == "intakes")
    choose(tab, intake)
    assert shown(tab)["opis problemu"][1].startswith("[treść poufna, długość ")
    assert shown(tab)["forma zgłoszenia"] == ("—", "osobiście")
    assert shown(tab)["pracownik"] == ("—", "Anna Nowicka")
    for i in (row, intake):
        choose(tab, i)
        assert not [c for c in cells(tab.fields) if UUID_TEXT.search(c)]
        assert not UUID_TEXT.search(tab.detail_title.text())


def test_money_in_zloty_dates_and_forms_in_polish(
        qtbot: QtBot, services: Services, benefits_worker: Actor, auditor: Actor,
        worked: dict[str, uuid.UUID]) -> None:
    app = services.applications.register(benefits_worker, ApplicationInput(
        person_id=worked["jan"], received_on=dt.date(2026, 3, 2), form=BenefitForm.PERIODIC))
    services.applications.set_incomes(benefits_worker, app.id, [
        IncomeInput(worked["jan"], "emerytura", Decimal("1234.50"))])
    tab = AuditTab(services, auditor, Bus())
    qtbot.addWidget(tab)
    # The newest entry on the application is the incomes list replaced; its creation is older.
    choose(tab, next(i for i, e in enumerate(rows(tab))
                     if e.entity == "applications" and e.action == "insert"))
    assert shown(tab)["data wpływu"] == ("—", "02.03.2026")
    assert shown(tab)["forma pomocy"] == ("—", "zasiłek okresowy")
    assert shown(tab)["stan"] == ("—", "w toku")
    choose(tab, next(i for i, e in enumerate(rows(tab)) if e.entity == "incomes"))
    assert shown(tab)["kwota"] == ("—", "1\u00a0234,50\u00a0zł")
    assert shown(tab)["osoba"] == ("—", f"Jan Żółkiewski, PESEL {PESEL_MAN_1944}")
    assert "dochód" in tab.detail_title.text()


def test_times_are_on_the_office_clock_in_warsaw(tab: AuditTab, services: Services) -> None:
    newest = rows(tab)[0]
    assert services.db.file is not None
    with sqlite3.connect(services.db.file) as conn:
        (stored,) = conn.execute("SELECT at FROM audit_log WHERE seq = ?", (newest.seq,)).fetchone()
    conn.close()
    utc = dt.datetime.fromisoformat(stored).replace(tzinfo=dt.UTC)
    expected = utc.astimezone(ZoneInfo("Europe/Warsaw")).strftime("%d.%m.%Y %H:%M:%S")
    assert tab.entries.data(tab.entries.index(0, 1)) == expected
    choose(tab, 0)
    assert expected in tab.detail_title.text()


def test_a_setting_reads_by_its_name(qtbot: QtBot, services: Services, admin: Actor,
                                     auditor: Actor) -> None:
    services.accounts.set_idle_lock_minutes(admin, 15)
    tab = AuditTab(services, auditor, Bus())
    qtbot.addWidget(tab)
    choose(tab, next(i for i, e in enumerate(rows(tab)) if e.entity == "settings"))
    assert "ustawienie blokada po bezczynności (minuty)" in tab.detail_title.text()
    assert shown(tab)["wartość"][1] == "15"


def test_a_signing_reads_as_the_signing_of_an_act_with_its_hashes(
        qtbot: QtBot, services: Services, benefits_worker: Actor, signer: Actor,
        auditor: Actor, worked: dict[str, uuid.UUID]) -> None:
    from tests.services.test_benefits import application, grant

    _, app = application(services, benefits_worker, BenefitForm.PERMANENT, Decimal("500"),
                         person("Adam", "Nowak", "90090515836"))
    assessment = services.applications.assess(benefits_worker, app.id)
    draft = services.decisions.prepare(benefits_worker, grant(app.id, assessment.amount))
    services.decisions.sign(signer, draft.id)
    tab = AuditTab(services, auditor, Bus())
    qtbot.addWidget(tab)
    tab.resize(1200, 700)
    tab.show()
    row = next(i for i, e in enumerate(rows(tab)) if e.action == "sign")
    qtbot.mouseClick(tab.table.viewport(), LEFT, pos=tab.table.visualRect(
        tab.entries.index(row, 0)).center())
    qtbot.waitUntil(lambda: "podpisanie aktu" in tab.detail_title.text())
    fields = shown(tab)
    assert re.fullmatch(r"[0-9a-f]{64}", fields["skrót treści aktu"][1])
    assert re.fullmatch(r"[0-9a-f]{64}", fields["skrót danych strony"][1])
    keep_grab(tab, "sec-anchor-audit.png")
