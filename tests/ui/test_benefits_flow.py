"""The benefits team's day through the screen: referral, application, incomes, decision, paper."""

from __future__ import annotations

import datetime as dt
import io
from decimal import Decimal
from pathlib import Path

import pytest
from pypdf import PdfReader
from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialog,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QPushButton,
    QWidget,
)
from pytestqt.qtbot import QtBot
from stdnum.pl import pesel as stdnum_pesel

from ops_desktop.domain.errors import PermissionDenied
from ops_desktop.domain.person import Address, PersonInput
from ops_desktop.domain.vocabulary import (
    BenefitForm,
    DecisionKind,
    DecisionStatus,
    PaymentMethod,
)
from ops_desktop.i18n.format import money
from ops_desktop.services.applications import ApplicationInput, IncomeInput
from ops_desktop.services.context import Actor
from ops_desktop.services.decisions import DecisionInput
from ops_desktop.services.hub import Services
from ops_desktop.services.views import ApplicationView
from ops_desktop.ui import labels
from ops_desktop.ui.benefits.application_dialog import ApplicationDialog
from ops_desktop.ui.benefits.decision_dialog import DecisionDialog
from ops_desktop.ui.benefits.tab import BenefitsTab
from ops_desktop.ui.bus import Bus
from tests.services.helpers import referral_intake

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
        pid, dt.date.today(), BenefitForm.PERMANENT, unable_to_work=True))
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
        qtbot.keyClick(child(dialog, QCheckBox, "app_unable_to_work"), Qt.Key.Key_Space)
        qtbot.mouseClick(child(dialog, QPushButton, "app_save"), LEFT)
        return dialog.result()

    def fill_decision(dialog: DecisionDialog) -> int:
        dialog.show()
        assert child(dialog, QComboBox, "decision_kind").currentData() == DecisionKind.GRANT
        assert child(dialog, QLineEdit, "decision_amount").text() == "813,00"
        assert child(dialog, QCheckBox, "decision_indefinite").isChecked()
        assert child(dialog, QComboBox, "decision_payment").currentData() == PaymentMethod.BANK_TRANSFER
        assert "500,00 zł" in child(dialog, QPlainTextEdit, "decision_reasoning").toPlainText() \
            .replace("\u00a0", " ")
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
    assert not sign.isEnabled() and not child(panel, QPushButton, "prepare_decision").isEnabled()
    assert panel.app is not None  # still shown although no longer "w toku"

    qtbot.mouseClick(child(panel, QPushButton, "print_decision"), LEFT)
    qtbot.waitUntil(lambda: len(opened) == 1, timeout=20000)
    text = pdf_text(opened[0])
    assert "DECYZJA" in text and "813,00 zł" in text and "Jan Kowalski" in text
    assert "PROJEKT" not in text
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
        app.id, DecisionKind.GRANT, Decimal("813.00"), dt.date.today().replace(day=1), None,
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
