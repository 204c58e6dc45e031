"""The benefits team's day through the screen: referral, application, incomes, decision, paper."""

from __future__ import annotations

import datetime as dt
import io
from dataclasses import replace
from decimal import Decimal
from pathlib import Path

import pytest
from pypdf import PdfReader
from PySide6.QtCore import QPoint, Qt
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDateEdit,
    QDialog,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QPushButton,
    QScrollArea,
    QWidget,
)
from pytestqt.qtbot import QtBot
from sqlalchemy import update
from stdnum.pl import pesel as stdnum_pesel

from ops_desktop.domain.calendar import kpa_deadline

from ops_desktop.domain.clock import wall_now, wall_today
from ops_desktop.domain.errors import ConflictError, PermissionDenied
from ops_desktop.domain.person import Address, PersonInput
from ops_desktop.domain.vocabulary import (
    ApplicationStatus,
    BenefitForm,
    DecisionKind,
    DecisionStatus,
    Ground,
    IntakeOutcome,
    PaymentMethod,
)
from ops_desktop.i18n.format import date_short, money
from ops_desktop.services.applications import ApplicationInput, IncomeInput
from ops_desktop.services.context import Actor
from ops_desktop.services.decisions import DecisionInput
from ops_desktop.services.hub import Services
from ops_desktop.services.views import ApplicationView
from ops_desktop.ui import labels
from ops_desktop.ui.benefits import application_panel
from ops_desktop.ui.benefits.application_dialog import ApplicationDialog
from ops_desktop.ui.benefits.decision_dialog import DecisionDialog
from ops_desktop.storage.models import ApplicationRow
from ops_desktop.ui.benefits.tab import OVERDUE_COLOUR, BenefitsTab
from ops_desktop.ui.bus import Bus
from tests.services.helpers import referral_intake
from tests.ui.layout import clipped_columns

HOME = Address("Polna", "3", "5", "66-999", "Lipowiec")
PESEL_MAN_1944 = "44051401359"
PESEL_MAN_1955 = "55030101193"
IBAN = "PL61109010140000071219812874"
LEFT = Qt.MouseButton.LeftButton


def person(first: str, last: str, pesel: str) -> PersonInput:
    assert stdnum_pesel.is_valid(pesel), pesel
    return PersonInput(first, last, pesel, None, None, None, None, HOME)


def child(widget: QWidget, kind: type, name: str):  # type: ignore[no-untyped-def]
    found = widget.findChild(kind, name)
    assert found is not None, name
    return found


def pdf_text(path: Path) -> str:
    reader = PdfReader(io.BytesIO(path.read_bytes()))
    return "\n".join(page.extract_text() for page in reader.pages).replace("\u00a0", " ")




def open_tab(qtbot: QtBot, services: Services, actor: Actor) -> BenefitsTab:
    tab = BenefitsTab(services, actor, Bus())
    qtbot.addWidget(tab)
    tab.resize(1280, 800)
    tab.show()
    qtbot.waitExposed(tab)
    return tab


def application(services: Services, actor: Actor, pesel: str = PESEL_MAN_1944,
                name: tuple[str, str] = ("Jan", "Kowalski"),
                income: Decimal | None = None) -> ApplicationView:
    pid = services.persons.register_household(actor, person(*name, pesel), [])
    app = services.applications.register(actor, ApplicationInput(
        pid, wall_today(), BenefitForm.PERMANENT, unable_to_work=True))
    if income is not None:
        services.applications.set_incomes(actor, app.id, [IncomeInput(pid, "emerytura", income)])
    return app


def select_first(qtbot: QtBot, tab: BenefitsTab) -> None:
    table = tab.table
    qtbot.mouseClick(table.viewport(), LEFT, pos=table.visualRect(tab.model.index(0, 0)).center())
    qtbot.waitUntil(lambda: tab.panel.app is not None)


def test_referral_to_signed_and_printed_decision(
    qtbot: QtBot, services: Services, desk: Actor, signer: Actor, opened: list[Path],
    messages: list[str], monkeypatch: pytest.MonkeyPatch,
) -> None:
    pid = services.persons.register_household(desk, person("Jan", "Kowalski", PESEL_MAN_1944), [])
    services.intake.record(desk, referral_intake(pid))

    def fill_application(dialog: ApplicationDialog) -> int:
        dialog.show()
        assert child(dialog, QLabel, "app_person_chosen").text() == "Jan Kowalski"
        assert child(dialog, QComboBox, "app_form").currentData() == BenefitForm.PERMANENT
        # The art. 7 grounds the desk recorded (ubóstwo, bezrobocie) are preset.
        checked = [g for g in Ground if child(dialog, QCheckBox, f"app_ground_{g.value}").isChecked()]
        assert checked == [Ground.POVERTY, Ground.UNEMPLOYMENT]
        qtbot.keyClick(child(dialog, QCheckBox, "app_unable_to_work"), Qt.Key.Key_Space)
        qtbot.mouseClick(child(dialog, QPushButton, "app_save"), LEFT)
        return dialog.result()

    def fill_decision(dialog: DecisionDialog) -> int:
        dialog.show()
        assert child(dialog, QComboBox, "decision_kind").currentData() == DecisionKind.GRANT
        assert child(dialog, QLineEdit, "decision_amount").text() == "813,00"
        assert child(dialog, QCheckBox, "decision_indefinite").isChecked()
        assert child(dialog, QComboBox, "decision_payment").currentData() == PaymentMethod.BANK_TRANSFER
        # The decision prints the household's figures itself: the reasoning does not repeat them.
        assert child(dialog, QPlainTextEdit, "decision_reasoning").toPlainText() == ""
        qtbot.keyClicks(child(dialog, QPlainTextEdit, "decision_reasoning"),
                        "Strona jest niezdolna do pracy.")
        # No interview date was entered: a clear warning, and saving is not blocked.
        assert child(dialog, QLabel, "decision_no_interview").isVisible()
        qtbot.keyClicks(child(dialog, QLineEdit, "decision_bank_account"), IBAN)
        qtbot.mouseClick(child(dialog, QPushButton, "decision_save"), LEFT)
        return dialog.result()

    monkeypatch.setattr(ApplicationDialog, "exec", fill_application)
    monkeypatch.setattr(DecisionDialog, "exec", fill_decision)
    tab = open_tab(qtbot, services, signer)
    assert tab.inbox.model.rowCount() == 1
    qtbot.mouseClick(child(tab, QPushButton, "accept_referral"), LEFT)
    qtbot.waitUntil(lambda: tab.panel.app is not None)
    assert tab.inbox.model.rowCount() == 0
    assert tab.model.rowCount() == 1 and tab.table.selectionModel().selectedRows()[0].row() == 0
    assert "Jan Kowalski" in child(tab, QLabel, "app_header").text()

    panel = tab.panel
    qtbot.mouseClick(child(panel, QPushButton, "income_add"), LEFT)
    qtbot.keyClicks(child(panel, QLineEdit, "income_source_0"), "emerytura")
    qtbot.keyClicks(child(panel, QLineEdit, "income_amount_0"), "500,00")
    assert child(panel, QLabel, "incomes_unsaved").isVisible()
    qtbot.mouseClick(child(panel, QPushButton, "save_incomes"), LEFT)
    assert messages == []
    assert [i.amount for i in services.applications.incomes(signer, panel.app.id)] == [Decimal("500.00")]
    assert child(panel, QLabel, "assessment_eligible").text().startswith("TAK")
    assert child(panel, QLabel, "assessment_amount").text() == money(Decimal("813"))
    assert child(panel, QLabel, "assessment_household").text() == "1"
    law = child(panel, QLabel, "assessment_law").text()
    assert "01.01.2025" in law and "Dz.U. 2024 poz. 1044" in law
    assert child(panel, QLineEdit, "income_amount_0").text() == "500,00"

    sign = child(panel, QPushButton, "sign_decision")
    assert not sign.isEnabled()
    tab.activateWindow()
    qtbot.waitUntil(tab.isActiveWindow)
    qtbot.keyClick(child(panel, QPushButton, "save_incomes"), Qt.Key.Key_D,
                   Qt.KeyboardModifier.ControlModifier)
    qtbot.waitUntil(lambda: panel.decision is not None)
    assert "czeka na podpis" in child(panel, QLabel, "decision_status").text()
    assert sign.isEnabled()
    qtbot.mouseClick(sign, LEFT)
    assert panel.decision.status is DecisionStatus.SIGNED
    assert not sign.isEnabled()
    # A signed decision is not edited: what is offered now is a change decision.
    assert child(panel, QPushButton, "prepare_decision").text() == "Decyzja zmieniają&ca…"
    assert panel.app is not None  # still shown although no longer "w toku"

    qtbot.mouseClick(child(panel, QPushButton, "print_decision"), LEFT)
    qtbot.waitUntil(lambda: len(opened) == 1, timeout=20000)
    text = pdf_text(opened[0])
    assert "DECYZJA" in text and "813,00 zł" in text and "Jan Kowalski" in text
    assert "PROJEKT" not in text
    flat = " ".join(text.split())
    assert "Przyznać Panu Janowi Kowalskiemu zasiłek stały" in flat
    assert "ubóstwo (art. 7 pkt 1), bezrobocie (art. 7 pkt 4)" in flat
    # The interview the application is linked to (tests/interviewed.py) is cited.
    assert "rodzinnego wywiadu środowiskowego" in flat
    assert flat.count("500,00 zł") == 1
    assert messages == []


def test_registering_by_search_shows_missing_purpose_by_the_field(
    qtbot: QtBot, services: Services, benefits_worker: Actor, monkeypatch: pytest.MonkeyPatch,
) -> None:
    services.persons.register_household(benefits_worker, person("Jan", "Kowalski", PESEL_MAN_1944), [])
    seen: list[ApplicationDialog] = []

    def fill(dialog: ApplicationDialog) -> int:
        seen.append(dialog)
        dialog.show()
        search = child(dialog, QLineEdit, "app_person_search")
        qtbot.keyClicks(search, "kowal")
        qtbot.keyClick(search, Qt.Key.Key_Return)  # searches, does not save
        assert dialog.isVisible() and "Jan Kowalski" in child(dialog, QLabel, "app_person_chosen").text()
        form = child(dialog, QComboBox, "app_form")
        form.setCurrentIndex(form.findData(BenefitForm.PURPOSE.value))
        save = child(dialog, QPushButton, "app_save")
        qtbot.mouseClick(save, LEFT)
        error = child(dialog, QLabel, "error_purpose")
        assert error.isVisible() and error.text() == labels.error("required")
        assert dialog.result() != QDialog.DialogCode.Accepted
        qtbot.keyClicks(child(dialog, QLineEdit, "app_purpose"), "zakup wegla")
        qtbot.mouseClick(save, LEFT)
        return dialog.result()

    monkeypatch.setattr(ApplicationDialog, "exec", fill)
    tab = open_tab(qtbot, services, benefits_worker)
    tab.activateWindow()
    qtbot.waitUntil(tab.isActiveWindow)
    qtbot.keyClick(tab.table, Qt.Key.Key_N, Qt.KeyboardModifier.ControlModifier)
    assert seen and seen[0].created is not None
    assert tab.model.rowCount() == 1 and tab.panel.app is not None
    assert tab.panel.app.purpose == "zakup wegla"


@pytest.mark.parametrize("typed", ["12,345", "abc"])
def test_bad_amount_is_shown_by_its_row_and_kept(
    qtbot: QtBot, services: Services, benefits_worker: Actor, messages: list[str], typed: str,
) -> None:
    app = application(services, benefits_worker)
    tab = open_tab(qtbot, services, benefits_worker)
    select_first(qtbot, tab)
    panel = tab.panel
    qtbot.mouseClick(child(panel, QPushButton, "income_add"), LEFT)
    qtbot.mouseClick(child(panel, QPushButton, "income_add"), LEFT)
    qtbot.keyClicks(child(panel, QLineEdit, "income_source_0"), "emerytura")
    qtbot.keyClicks(child(panel, QLineEdit, "income_amount_0"), "700,00")
    qtbot.keyClicks(child(panel, QLineEdit, "income_source_1"), "zasilek")
    qtbot.keyClicks(child(panel, QLineEdit, "income_amount_1"), typed)
    qtbot.mouseClick(child(panel, QPushButton, "save_incomes"), LEFT)
    error = child(panel, QLabel, "error_income.1.amount")
    assert error.isVisible() and error.text() == labels.error("amount_invalid")
    assert not child(panel, QLabel, "error_income.0.amount").isVisible()
    assert child(panel, QLineEdit, "income_amount_1").text() == typed
    assert child(panel, QLineEdit, "income_source_0").text() == "emerytura"
    assert services.applications.incomes(benefits_worker, app.id) == []
    assert messages == []

    tab.bus.changed.emit()  # another desk saved something: what was typed stays
    assert child(panel, QLineEdit, "income_amount_1").text() == typed

    qtbot.mouseClick(child(panel, QPushButton, "income_remove_1"), LEFT)
    qtbot.mouseClick(child(panel, QPushButton, "save_incomes"), LEFT)
    assert [i.amount for i in services.applications.incomes(benefits_worker, app.id)] == [Decimal("700.00")]
    assert child(panel, QLabel, "assessment_amount").text() == money(Decimal("613"))


def test_unauthorised_worker_cannot_sign(
    qtbot: QtBot, services: Services, benefits_worker: Actor,
) -> None:
    app = application(services, benefits_worker, income=Decimal("500"))
    draft = services.decisions.prepare(benefits_worker, DecisionInput(
        app.id, DecisionKind.GRANT, Decimal("813.00"), wall_today().replace(day=1), None,
        PaymentMethod.CASH, None, "Uzasadnienie."))
    tab = open_tab(qtbot, services, benefits_worker)
    select_first(qtbot, tab)
    assert "czeka na podpis" in child(tab, QLabel, "decision_status").text()
    assert not child(tab, QPushButton, "sign_decision").isEnabled()
    assert child(tab, QPushButton, "preview_decision").isEnabled()
    with pytest.raises(PermissionDenied):
        services.decisions.sign(benefits_worker, draft.id)


def test_refusal_needs_reasoning_shown_by_the_field(
    qtbot: QtBot, services: Services, benefits_worker: Actor, monkeypatch: pytest.MonkeyPatch,
) -> None:
    application(services, benefits_worker, income=Decimal("2000"))

    def refuse(dialog: DecisionDialog) -> int:
        dialog.show()
        assert child(dialog, QComboBox, "decision_kind").currentData() == DecisionKind.REFUSAL
        assert not child(dialog, QLineEdit, "decision_amount").isEnabled()
        reasoning = child(dialog, QPlainTextEdit, "decision_reasoning")
        reasoning.setFocus()
        qtbot.keyClick(reasoning, Qt.Key.Key_A, Qt.KeyboardModifier.ControlModifier)
        qtbot.keyClick(reasoning, Qt.Key.Key_Delete)
        save = child(dialog, QPushButton, "decision_save")
        qtbot.mouseClick(save, LEFT)
        error = child(dialog, QLabel, "error_reasoning")
        assert error.isVisible() and error.text() == labels.error("required")
        assert dialog.result() != QDialog.DialogCode.Accepted
        assert services.decisions.count(benefits_worker, DecisionStatus.DRAFT) == 0
        qtbot.keyClicks(reasoning, "Dochod przekracza kryterium dochodowe.")
        qtbot.mouseClick(save, LEFT)
        return dialog.result()

    monkeypatch.setattr(DecisionDialog, "exec", refuse)
    tab = open_tab(qtbot, services, benefits_worker)
    select_first(qtbot, tab)
    assert child(tab, QLabel, "assessment_eligible").text().startswith("NIE")
    qtbot.mouseClick(child(tab, QPushButton, "prepare_decision"), LEFT)
    assert tab.panel.decision is not None and tab.panel.decision.kind is DecisionKind.REFUSAL
    assert "odmowna" in child(tab, QLabel, "decision_status").text()


# --- an application lodged at the desk --------------------------------------------------


def inbox_row(tab: BenefitsTab, person_name: str) -> int:
    model = tab.inbox.model
    rows = [r for r in range(model.rowCount()) if model.row_object(r).person_name == person_name]
    assert len(rows) == 1, person_name
    return rows[0]


def column(model: object, header: str) -> int:
    headers = [model.headerData(c, Qt.Orientation.Horizontal) for c in range(model.columnCount())]  # type: ignore[attr-defined]
    return headers.index(header)


def test_application_lodged_at_the_desk_keeps_the_day_it_was_lodged(
    qtbot: QtBot, services: Services, desk: Actor, benefits_worker: Actor,
    monkeypatch: pytest.MonkeyPatch, messages: list[str],
) -> None:
    lodged_at = (wall_now() - dt.timedelta(days=5)).replace(hour=9, minute=30, second=0,
                                                                   microsecond=0)
    jan = services.persons.register_household(desk, person("Jan", "Kowalski", PESEL_MAN_1944), [])
    services.intake.record(desk, replace(referral_intake(jan), outcome=IntakeOutcome.APPLICATION,
                                         received_at=lodged_at))
    adam = services.persons.register_household(desk, person("Adam", "Nowak", PESEL_MAN_1955), [])
    services.intake.record(desk, referral_intake(adam))
    dates: list[tuple[str, dt.date, bool]] = []

    def fill_application(dialog: ApplicationDialog) -> int:
        dialog.show()
        received = child(dialog, QDateEdit, "app_received_on").date().toPython()
        hint = child(dialog, QLabel, "app_received_lodged")
        dates.append((child(dialog, QLabel, "app_person_chosen").text(), received, hint.isVisible()))
        qtbot.keyClick(child(dialog, QCheckBox, "app_unable_to_work"), Qt.Key.Key_Space)
        qtbot.mouseClick(child(dialog, QPushButton, "app_save"), LEFT)
        return dialog.result()

    monkeypatch.setattr(ApplicationDialog, "exec", fill_application)
    tab = open_tab(qtbot, services, benefits_worker)
    inbox = tab.inbox
    lodged = column(inbox.model, "Wniosek")
    assert column(inbox.model, "Pilne") >= 0
    assert inbox.model.index(inbox_row(tab, "Jan Kowalski"), lodged).data() == "złożony"
    assert inbox.model.index(inbox_row(tab, "Adam Nowak"), lodged).data() == ""

    for name in ("Jan Kowalski", "Adam Nowak"):
        index = inbox.model.index(inbox_row(tab, name), 0)
        qtbot.mouseClick(inbox.table.viewport(), LEFT, pos=inbox.table.visualRect(index).center())
        qtbot.mouseClick(child(tab, QPushButton, "accept_referral"), LEFT)
        qtbot.waitUntil(lambda name=name: tab.panel.app is not None
                        and tab.panel.app.person_name == name)

    # KPA time limits run from the day the person lodged it at the desk, not from today.
    assert dates == [("Jan Kowalski", lodged_at.date(), True),
                     ("Adam Nowak", wall_today(), False)]
    received = {a.person_name: a.received_on for a in services.applications.page(benefits_worker, True)}
    assert received == {"Jan Kowalski": lodged_at.date(), "Adam Nowak": wall_today()}
    assert messages == []


# --- incomes typed but not saved ---------------------------------------------------------


def two_applications(qtbot: QtBot, services: Services, actor: Actor
                     ) -> tuple[BenefitsTab, ApplicationView, ApplicationView]:
    """Two applications listed, the first shown, with an income typed but not saved."""
    first = application(services, actor)
    second = application(services, actor, PESEL_MAN_1955, ("Adam", "Nowak"))
    tab = open_tab(qtbot, services, actor)
    row = next(r for r in range(tab.model.rowCount()) if tab.model.row_object(r).id == first.id)
    click_row(qtbot, tab, row)
    assert tab.panel.app_id == first.id
    panel = tab.panel
    qtbot.mouseClick(child(panel, QPushButton, "income_add"), LEFT)
    qtbot.keyClicks(child(panel, QLineEdit, "income_source_0"), "emerytura")
    qtbot.keyClicks(child(panel, QLineEdit, "income_amount_0"), "500,00")
    assert panel.editor.dirty
    return tab, first, second


def click_row(qtbot: QtBot, tab: BenefitsTab, row: int) -> None:
    table = tab.table
    qtbot.mouseClick(table.viewport(), LEFT, pos=table.visualRect(tab.model.index(row, 0)).center())


def row_of(tab: BenefitsTab, app: ApplicationView) -> int:
    return next(r for r in range(tab.model.rowCount()) if tab.model.row_object(r).id == app.id)


def selected_id(tab: BenefitsTab) -> object:
    rows = tab.table.selectionModel().selectedRows()
    assert len(rows) == 1
    return tab.model.row_object(rows[0].row()).id


def answering(monkeypatch: pytest.MonkeyPatch, answer: str) -> list[str]:
    asked: list[str] = []
    monkeypatch.setattr(application_panel, "ask_unsaved_incomes",
                        lambda _parent: asked.append(answer) or answer)
    return asked


def test_unsaved_incomes_stay_when_the_person_chooses_to_stay(
    qtbot: QtBot, services: Services, benefits_worker: Actor, monkeypatch: pytest.MonkeyPatch,
    messages: list[str],
) -> None:
    tab, first, second = two_applications(qtbot, services, benefits_worker)
    asked = answering(monkeypatch, "stay")
    click_row(qtbot, tab, row_of(tab, second))
    assert asked == ["stay"]
    assert tab.panel.app_id == first.id and selected_id(tab) == first.id
    assert "Jan Kowalski" in child(tab, QLabel, "app_header").text()
    assert child(tab.panel, QLineEdit, "income_source_0").text() == "emerytura"
    assert child(tab.panel, QLineEdit, "income_amount_0").text() == "500,00"
    assert tab.panel.editor.dirty and child(tab.panel, QLabel, "incomes_unsaved").isVisible()
    assert services.applications.incomes(benefits_worker, first.id) == []
    assert messages == []


def test_unsaved_incomes_are_dropped_only_when_the_person_says_so(
    qtbot: QtBot, services: Services, benefits_worker: Actor, monkeypatch: pytest.MonkeyPatch,
) -> None:
    tab, first, second = two_applications(qtbot, services, benefits_worker)
    asked = answering(monkeypatch, "discard")
    click_row(qtbot, tab, row_of(tab, second))
    assert asked == ["discard"]
    assert tab.panel.app_id == second.id and selected_id(tab) == second.id
    assert "Adam Nowak" in child(tab, QLabel, "app_header").text()
    assert tab.panel.findChild(QLineEdit, "income_source_0") is None
    assert services.applications.incomes(benefits_worker, first.id) == []
    click_row(qtbot, tab, row_of(tab, first))  # nothing typed now: no question
    assert asked == ["discard"] and tab.panel.app_id == first.id
    assert tab.panel.findChild(QLineEdit, "income_source_0") is None


def test_unsaved_incomes_are_saved_before_another_application_is_shown(
    qtbot: QtBot, services: Services, benefits_worker: Actor, monkeypatch: pytest.MonkeyPatch,
    messages: list[str],
) -> None:
    tab, first, second = two_applications(qtbot, services, benefits_worker)
    asked = answering(monkeypatch, "save")
    click_row(qtbot, tab, row_of(tab, second))
    assert asked == ["save"]
    assert [(i.source, i.amount) for i in services.applications.incomes(benefits_worker, first.id)] == [
        ("emerytura", Decimal("500.00"))]
    assert tab.panel.app_id == second.id and selected_id(tab) == second.id
    assert not tab.panel.editor.dirty
    assert messages == []


def test_a_failed_save_keeps_the_application_and_shows_the_errors_by_the_rows(
    qtbot: QtBot, services: Services, benefits_worker: Actor, monkeypatch: pytest.MonkeyPatch,
    messages: list[str],
) -> None:
    tab, first, second = two_applications(qtbot, services, benefits_worker)
    amount = child(tab.panel, QLineEdit, "income_amount_0")
    amount.clear()
    qtbot.keyClicks(amount, "abc")
    asked = answering(monkeypatch, "save")
    click_row(qtbot, tab, row_of(tab, second))
    assert asked == ["save"]
    assert tab.panel.app_id == first.id and selected_id(tab) == first.id
    error = child(tab.panel, QLabel, "error_income.0.amount")
    assert error.isVisible() and error.text() == labels.error("amount_invalid")
    assert child(tab.panel, QLineEdit, "income_amount_0").text() == "abc"
    assert child(tab.panel, QLineEdit, "income_source_0").text() == "emerytura"
    assert services.applications.incomes(benefits_worker, first.id) == []
    assert messages == []


def test_a_new_application_asks_about_unsaved_incomes_before_it_is_shown(
    qtbot: QtBot, services: Services, benefits_worker: Actor, monkeypatch: pytest.MonkeyPatch,
) -> None:
    tab, first, _second = two_applications(qtbot, services, benefits_worker)
    services.persons.register_household(benefits_worker, person("Ewa", "Lis", "85121711202"), [])
    asked = answering(monkeypatch, "stay")

    def register(dialog: ApplicationDialog) -> int:
        dialog.show()
        search = child(dialog, QLineEdit, "app_person_search")
        qtbot.keyClicks(search, "lis")
        qtbot.keyClick(search, Qt.Key.Key_Return)
        qtbot.keyClick(child(dialog, QCheckBox, "app_unable_to_work"), Qt.Key.Key_Space)
        qtbot.mouseClick(child(dialog, QPushButton, "app_save"), LEFT)
        return dialog.result()

    monkeypatch.setattr(ApplicationDialog, "exec", register)
    qtbot.mouseClick(child(tab, QPushButton, "new_application"), LEFT)
    assert asked == ["stay"]
    assert tab.model.rowCount() == 3  # registered, listed, but not shown over the typed incomes
    assert tab.panel.app_id == first.id and selected_id(tab) == first.id
    assert child(tab.panel, QLineEdit, "income_amount_0").text() == "500,00"


# --- a draft and the incomes it was computed from ----------------------------------------


def test_saving_incomes_drops_the_draft_and_signing_a_gone_draft_refreshes(
    qtbot: QtBot, services: Services, signer: Actor, messages: list[str],
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    app = application(services, signer, income=Decimal("500"))
    draft_input = DecisionInput(app.id, DecisionKind.GRANT, Decimal("813.00"),
                                wall_today().replace(day=1), None, PaymentMethod.CASH, None,
                                "Uzasadnienie.")
    services.decisions.prepare(signer, draft_input)
    tab = open_tab(qtbot, services, signer)
    select_first(qtbot, tab)
    panel = tab.panel
    status = child(panel, QLabel, "decision_status")
    assert "czeka na podpis" in status.text()
    amount = child(panel, QLineEdit, "income_amount_0")
    amount.clear()
    qtbot.keyClicks(amount, "600,00")
    qtbot.mouseClick(child(panel, QPushButton, "save_incomes"), LEFT)
    # The draft did not just vanish: the worker is told why, and what to do.
    assert status.text() == ("Nie przygotowano jeszcze decyzji.\nProjekt decyzji usunięto: "
                             "zapisano nowe dochody, z których go policzono. "
                             "Przygotuj decyzję ponownie.")
    assert not child(panel, QPushButton, "sign_decision").isEnabled()

    # Another desk changes the incomes under a draft shown here: signing tells why, and the
    # panel shows what the store now holds.
    services.decisions.prepare(signer, replace(draft_input, amount=Decimal("713.00")))
    tab.bus.changed.emit()
    assert status.text().startswith("Projekt decyzji") and "usunięto" not in status.text()
    services.applications.set_incomes(signer, app.id, [IncomeInput(app.person_id, "emerytura",
                                                                    Decimal("700"))])
    qtbot.mouseClick(child(panel, QPushButton, "sign_decision"), LEFT)
    assert messages == [labels.error("not_found")]
    assert status.text() == "Nie przygotowano jeszcze decyzji."

    # A draft outdated otherwise (the household changed) is refused in words, not a code.
    services.decisions.prepare(signer, replace(draft_input, amount=Decimal("613.00")))
    tab.bus.changed.emit()

    def outdated(_actor: Actor, _decision_id: object, on: object = None) -> None:
        raise ConflictError("decision_outdated")

    monkeypatch.setattr(services.decisions, "sign", outdated)
    qtbot.mouseClick(child(panel, QPushButton, "sign_decision"), LEFT)
    assert messages[-1] == labels.error("decision_outdated") != "decision_outdated"


def test_decision_form_sets_its_tab_order_without_qt_warnings(
    qtbot: QtBot, services: Services, benefits_worker: Actor, monkeypatch: pytest.MonkeyPatch,
    qtlog,  # type: ignore[no-untyped-def]  # pytest-qt's captured Qt messages
) -> None:
    application(services, benefits_worker, income=Decimal("500"))
    order: list[str] = []

    def walk(dialog: DecisionDialog) -> int:
        dialog.show()
        qtbot.waitExposed(dialog)
        widget = child(dialog, QComboBox, "decision_kind")
        for _ in range(3):
            order.append(widget.objectName())
            widget = widget.nextInFocusChain()
            while widget.focusPolicy() & Qt.FocusPolicy.TabFocus != Qt.FocusPolicy.TabFocus:
                widget = widget.nextInFocusChain()
        return int(QDialog.DialogCode.Rejected)

    monkeypatch.setattr(DecisionDialog, "exec", walk)
    tab = open_tab(qtbot, services, benefits_worker)
    select_first(qtbot, tab)
    qtbot.mouseClick(child(tab, QPushButton, "prepare_decision"), LEFT)
    assert [r.message for r in qtlog.records if "setTabOrder" in r.message] == []
    assert order == ["decision_kind", "decision_amount", "decision_period_from"]


def test_application_list_and_income_rows_are_not_clipped(
    qtbot: QtBot, services: Services, benefits_worker: Actor,
) -> None:
    application(services, benefits_worker, income=Decimal("500"),
                name=("Bożydar", "Wielkopolski-Brzęczyszczykiewicz"))
    tab = open_tab(qtbot, services, benefits_worker)
    tab.resize(1280, 800)
    select_first(qtbot, tab)
    qtbot.waitUntil(lambda: child(tab, QLineEdit, "income_source_0").isVisible())
    assert clipped_columns(tab.table) == []
    source = child(tab, QLineEdit, "income_source_0")
    assert source.width() >= source.fontMetrics().horizontalAdvance("Źródło dochodu")
    # The whole income row and its save button are in view without scrolling sideways.
    viewport = child(tab, QScrollArea, "application_panel_scroll").viewport()
    for name in ("income_amount_0", "income_remove_0", "save_incomes"):
        widget = child(tab, QWidget, name)
        right = widget.mapTo(viewport, widget.rect().topRight()).x()
        assert 0 <= right <= viewport.width(), name


def test_inbox_shows_half_a_dozen_referrals_above_the_applications(
    qtbot: QtBot, services: Services, desk: Actor, benefits_worker: Actor,
) -> None:
    for i, pesel in enumerate(("44051401359", "55030101193", "90090515836", "85121711202",
                               "60032255467", "79060355317")):
        pid = services.persons.register_household(desk, person("Jan", "Nowak" + "abcdef"[i], pesel), [])
        services.intake.record(desk, referral_intake(pid))
    tab = open_tab(qtbot, services, benefits_worker)
    inbox = tab.inbox.table
    assert inbox.model().rowCount() == 6
    last = inbox.visualRect(inbox.model().index(5, 0))
    assert last.isValid() and last.bottom() <= inbox.viewport().height()  # all six in view
    assert tab.table.height() >= inbox.height()  # the applications keep the larger part


def test_the_filter_and_the_order_reload_the_list_and_leave_the_inbox_unread(
    qtbot: QtBot, services: Services, desk: Actor, benefits_worker: Actor,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    pid = services.persons.register_household(desk, person("Jan", "Nowak", PESEL_MAN_1955), [])
    services.intake.record(desk, referral_intake(pid))
    waiting = application(services, benefits_worker)
    decided = application(services, benefits_worker, "90090515836", ("Adam", "Nowak"))
    with services.db.session() as s:
        s.execute(update(ApplicationRow).where(ApplicationRow.id == decided.id)
                  .values(status=ApplicationStatus.DECIDED.value))
    tab = open_tab(qtbot, services, benefits_worker)
    assert tab.model.rowCount() == 1 and tab.inbox.table.model().rowCount() == 1
    inbox_reads: list[object] = []
    reading = services.referrals.inbox
    monkeypatch.setattr(services.referrals, "inbox",
                        lambda *a, **k: inbox_reads.append(a) or reading(*a, **k))
    tab.filter.setCurrentIndex(tab.filter.findData(False))  # "wszystkie"
    assert {tab.model.row_object(r).id for r in range(tab.model.rowCount())} == {
        waiting.id, decided.id}
    tab.order.setCurrentIndex(tab.order.findData(True))  # by deadline
    assert tab.model.rowCount() == 2 and tab.title.text() == "Wnioski: 2"
    assert inbox_reads == []
    tab.bus.changed.emit()  # a change in the store: the inbox too
    assert len(inbox_reads) == 1 and tab.inbox.table.model().rowCount() == 1


def test_signing_out_names_incomes_typed_but_not_saved(
    qtbot: QtBot, services: Services, benefits_worker: Actor, monkeypatch: pytest.MonkeyPatch,
) -> None:
    from PySide6.QtGui import QAction

    from ops_desktop.domain.vocabulary import Role
    from ops_desktop.ui import session
    from ops_desktop.ui.main_window import MainWindow

    application(services, benefits_worker, income=Decimal("500"))
    window = MainWindow(services, benefits_worker)
    qtbot.addWidget(window)
    window.show()
    tab = window.tab_by_role[Role.BENEFITS]
    assert isinstance(tab, BenefitsTab)
    select_first(qtbot, tab)
    amount = child(tab, QLineEdit, "income_amount_0")
    amount.clear()
    qtbot.keyClicks(amount, "700,00")
    asked: list[list[str]] = []
    monkeypatch.setattr(session, "ask_sign_out", lambda _parent, names: asked.append(names) and False)
    child(window, QAction, "sign_out").trigger()
    assert asked == [["Dochody gospodarstwa – zmiany niezapisane"]]
    assert not window.signed_out and amount.text() == "700,00"  # stayed: nothing lost
def test_kpa_deadlines_are_shown_overdue_marked_in_words_and_colour_and_sortable(
        qtbot: QtBot, services: Services, benefits_worker: Actor) -> None:
    today = wall_today()

    def received(days_ago: int, pesel: str, name: tuple[str, str]) -> ApplicationView:
        pid = services.persons.register_household(benefits_worker, person(*name, pesel), [])
        return services.applications.register(benefits_worker, ApplicationInput(
            pid, today - dt.timedelta(days=days_ago), BenefitForm.PERMANENT, unable_to_work=True))

    late = received(60, PESEL_MAN_1944, ("Jan", "Kowalski"))
    fresh = received(0, PESEL_MAN_1955, ("Adam", "Nowak"))
    decided = received(70, "85121711202", ("Maria", "Wiśniewska"))
    with services.db.session() as s:  # decided long ago: late, yet nothing is overdue there
        s.execute(update(ApplicationRow).where(ApplicationRow.id == decided.id)
                  .values(status=ApplicationStatus.DECIDED.value))
    tab = open_tab(qtbot, services, benefits_worker)
    tab.filter.setCurrentIndex(tab.filter.findData(False))  # "wszystkie"
    deadline = column(tab.model, "Termin")
    listed = [tab.model.row_object(r).id for r in range(tab.model.rowCount())]
    assert listed == [fresh.id, late.id, decided.id]  # newest first

    def cell(app: ApplicationView, role: int = Qt.ItemDataRole.DisplayRole) -> object:
        return tab.model.index(row_of(tab, app), deadline).data(role)

    late_deadline = date_short(kpa_deadline(late.received_on))
    assert cell(late) == f"{late_deadline} – PO TERMINIE"
    assert cell(late, Qt.ItemDataRole.ForegroundRole) == OVERDUE_COLOUR
    assert cell(fresh) == date_short(kpa_deadline(today))
    assert cell(decided) == date_short(kpa_deadline(decided.received_on))
    for app in (fresh, decided):
        assert cell(app, Qt.ItemDataRole.ForegroundRole) is None

    header = tab.table.horizontalHeader()
    qtbot.mouseClick(header.viewport(), LEFT, pos=QPoint(
        header.sectionViewportPosition(deadline) + 10, header.height() // 2))
    assert tab.order.currentData() is True
    listed = [tab.model.row_object(r).id for r in range(tab.model.rowCount())]
    assert listed == [decided.id, late.id, fresh.id]  # the nearest deadline first
    assert header.sortIndicatorSection() == deadline

    click_row(qtbot, tab, row_of(tab, late))
    qtbot.waitUntil(lambda: tab.panel.app_id == late.id)
    days = (today - kpa_deadline(late.received_on)).days
    assert tab.panel.deadline.text() == (
        f"Termin załatwienia (art. 35 § 3 KPA): {late_deadline} – PO TERMINIE ({days} dn.)")
    click_row(qtbot, tab, row_of(tab, decided))
    qtbot.waitUntil(lambda: tab.panel.app_id == decided.id)
    assert "PO TERMINIE" not in tab.panel.deadline.text()


def test_a_decided_applications_case_is_closed_and_reopened_from_the_list(
        qtbot: QtBot, services: Services, benefits_worker: Actor,
        monkeypatch: pytest.MonkeyPatch, messages: list[str]) -> None:
    from ops_desktop.domain.vocabulary import CloseReason
    from ops_desktop.ui.case_dialogs import CloseCaseDialog, ReopenCaseDialog

    waiting = application(services, benefits_worker)
    decided = application(services, benefits_worker, PESEL_MAN_1955, ("Adam", "Nowak"))
    with services.db.session() as s:
        s.execute(update(ApplicationRow).where(ApplicationRow.id == decided.id)
                  .values(status=ApplicationStatus.DECIDED.value))
    tab = open_tab(qtbot, services, benefits_worker)
    tab.filter.setCurrentIndex(tab.filter.findData(False))  # "wszystkie"
    click_row(qtbot, tab, row_of(tab, waiting))
    assert not tab.close_case_button.isEnabled()  # still waiting for its decision
    click_row(qtbot, tab, row_of(tab, decided))
    assert tab.close_case_button.isEnabled() and not tab.reopen_case_button.isEnabled()

    def run(dialog: QDialog) -> int:
        dialog.show()
        if isinstance(dialog, CloseCaseDialog):
            dialog.reason.setCurrentIndex(dialog.reason.findData(CloseReason.MATTER_DECIDED.value))
            qtbot.mouseClick(child(dialog, QPushButton, "close_case_save"), LEFT)
        else:
            qtbot.keyClicks(child(dialog, QPlainTextEdit, "reopen_note"), "Odwolanie uwzglednione")
            qtbot.mouseClick(child(dialog, QPushButton, "reopen_case_save"), LEFT)
        return dialog.result()

    monkeypatch.setattr(CloseCaseDialog, "exec", run)
    monkeypatch.setattr(ReopenCaseDialog, "exec", run)
    qtbot.mouseClick(tab.close_case_button, LEFT)
    status = column(tab.model, "Status")
    assert tab.model.index(row_of(tab, decided), status).data() == (
        f"rozstrzygnięty, sprawa zamknięta {date_short(wall_today())}")
    assert tab.selected_application() is not None
    assert tab.reopen_case_button.isEnabled() and not tab.close_case_button.isEnabled()
    qtbot.mouseClick(tab.reopen_case_button, LEFT)
    assert tab.model.index(row_of(tab, decided), status).data() == "rozstrzygnięty"
    assert messages == []


# --- art. 106 ust. 3 u.p.s.: whole calendar months; KPA art. 105: a withdrawal -------------


def periodic_application(services: Services, actor: Actor,
                         requested_from: dt.date | None = None) -> ApplicationView:
    pid = services.persons.register_household(actor, person("Jan", "Kowalski", PESEL_MAN_1944), [])
    app = services.applications.register(actor, ApplicationInput(
        pid, wall_today(), BenefitForm.PERIODIC, requested_from=requested_from))
    services.applications.set_incomes(actor, app.id, [IncomeInput(pid, "praca", Decimal("100"))])
    return app


def test_the_decision_dialog_proposes_whole_calendar_months(
    qtbot: QtBot, services: Services, benefits_worker: Actor, monkeypatch: pytest.MonkeyPatch,
) -> None:
    periodic_application(services, benefits_worker, requested_from=dt.date(2026, 12, 3))
    seen: list[tuple[str, str]] = []

    def look(dialog: DecisionDialog) -> int:
        dialog.show()
        seen.append((child(dialog, QDateEdit, "decision_period_from").text(),
                     child(dialog, QDateEdit, "decision_period_to").text()))
        return QDialog.DialogCode.Rejected

    monkeypatch.setattr(DecisionDialog, "exec", look)
    tab = open_tab(qtbot, services, benefits_worker)
    select_first(qtbot, tab)
    qtbot.mouseClick(child(tab, QPushButton, "prepare_decision"), LEFT)
    # From the first day of entitlement to the end of the third calendar month.
    assert seen == [("03.12.2026", "28.02.2027")]


def test_a_withdrawal_is_recorded_signed_and_the_application_leaves_the_list(
    qtbot: QtBot, services: Services, signer: Actor, opened: list[Path],
    messages: list[str], monkeypatch: pytest.MonkeyPatch,
) -> None:
    from ops_desktop.ui.benefits.application_dialog import to_qdate
    from ops_desktop.ui.benefits.withdrawal_dialog import WithdrawalDialog

    app = periodic_application(services, signer)
    tomorrow = wall_today() + dt.timedelta(days=1)

    def withdraw(dialog: WithdrawalDialog) -> int:
        dialog.show()
        day = child(dialog, QDateEdit, "withdrawn_on")
        day.setDate(to_qdate(tomorrow))
        manner = child(dialog, QComboBox, "withdrawal_manner")
        manner.setFocus()
        qtbot.keyClick(manner, Qt.Key.Key_Down)
        assert manner.currentText() == "ustnie do protokołu"
        qtbot.keyClicks(child(dialog, QPlainTextEdit, "withdrawal_reasoning"),
                        "Strona podjela prace.")
        save = child(dialog, QPushButton, "withdrawal_save")
        qtbot.mouseClick(save, LEFT)
        error = child(dialog, QLabel, "error_withdrawn_on")
        assert error.isVisible() and error.text() == labels.error("future_date")
        assert dialog.result() != QDialog.DialogCode.Accepted
        # What was typed stays; only the day is corrected.
        assert manner.currentText() == "ustnie do protokołu"
        assert child(dialog, QPlainTextEdit, "withdrawal_reasoning").toPlainText() == \
            "Strona podjela prace."
        day.setDate(to_qdate(wall_today()))
        qtbot.mouseClick(save, LEFT)
        return dialog.result()

    monkeypatch.setattr(WithdrawalDialog, "exec", withdraw)
    tab = open_tab(qtbot, services, signer)
    select_first(qtbot, tab)
    panel = tab.panel
    qtbot.mouseClick(child(panel, QPushButton, "withdraw_application"), LEFT)
    qtbot.waitUntil(lambda: panel.decision is not None)
    assert panel.decision.kind is DecisionKind.DISCONTINUANCE
    status = child(panel, QLabel, "decision_status").text()
    assert "umarzająca postępowanie" in status and "czeka na podpis" in status
    assert f"po wycofaniu wniosku {wall_today():%d.%m.%Y} (ustnie do protokołu)" in status
    assert tab.model.rowCount() == 1  # pending until the discontinuance is signed
    qtbot.mouseClick(child(panel, QPushButton, "sign_decision"), LEFT)
    assert services.applications.get(signer, app.id).status.value == "withdrawn"
    qtbot.waitUntil(lambda: tab.model.rowCount() == 0)
    assert not child(panel, QPushButton, "withdraw_application").isEnabled()
    assert not child(panel, QPushButton, "prepare_decision").isEnabled()
    qtbot.mouseClick(child(panel, QPushButton, "print_decision"), LEFT)
    qtbot.waitUntil(lambda: len(opened) == 1, timeout=20000)
    text = " ".join(pdf_text(opened[0]).split())
    assert "Umorzyć postępowanie administracyjne" in text
    assert "ustnie do protokołu" in text and "Strona podjela prace." in text
    assert messages == []


def test_the_decision_dialog_shows_the_first_months_prorated_pay(
    qtbot: QtBot, services: Services, benefits_worker: Actor, monkeypatch: pytest.MonkeyPatch,
) -> None:
    periodic_application(services, benefits_worker, requested_from=dt.date(2026, 12, 3))
    seen: list[str] = []

    def look(dialog: DecisionDialog) -> int:
        dialog.show()
        amount = child(dialog, QLineEdit, "decision_amount")
        amount.setFocus()
        qtbot.keyClick(amount, Qt.Key.Key_A, Qt.KeyboardModifier.ControlModifier)
        qtbot.keyClicks(amount, "600,00")
        seen.append(child(dialog, QLabel, "decision_part_months").text().replace("\u00a0", " "))
        return QDialog.DialogCode.Rejected

    monkeypatch.setattr(DecisionDialog, "exec", look)
    tab = open_tab(qtbot, services, benefits_worker)
    select_first(qtbot, tab)
    qtbot.mouseClick(child(tab, QPushButton, "prepare_decision"), LEFT)
    assert seen == ["grudzień 2026 r.: 561,29 zł za 29 z 31 dni"]


def test_a_signed_decisions_buttons_are_in_view_without_scrolling_sideways(
    qtbot: QtBot, services: Services, signer: Actor,
) -> None:
    """Once signed, "Przygotuj decyzję" reads "Decyzja zmieniająca…": the longer row of
    buttons pushed the whole panel wider than its half of a 1280-pixel window, so a
    sideways scroll bar came and the last button and the grounds' field were cut off."""
    app = application(services, signer, income=Decimal("500"))
    draft = services.decisions.prepare(signer, DecisionInput(
        app.id, DecisionKind.GRANT, Decimal("813.00"), wall_today().replace(day=1), None,
        PaymentMethod.CASH, None, "Uzasadnienie."))
    services.decisions.sign(signer, draft.id)
    tab = open_tab(qtbot, services, signer)
    tab.filter.setCurrentIndex(tab.filter.findData(False))  # "wszystkie": decided ones too
    select_first(qtbot, tab)
    assert child(tab, QPushButton, "prepare_decision").text().startswith("Decyzja zmieniaj")
    scroll = child(tab, QScrollArea, "application_panel_scroll")
    # Laid out once the panel is taller than its half of the window.
    qtbot.waitUntil(scroll.verticalScrollBar().isVisible)
    assert not scroll.horizontalScrollBar().isVisible()
    viewport = scroll.viewport()
    for name in ("prepare_decision", "preview_decision", "sign_decision", "print_decision",
                 "withdraw_application"):
        widget = child(tab, QWidget, name)
        right = widget.mapTo(viewport, widget.rect().topRight()).x()
        assert 0 <= right <= viewport.width(), name
