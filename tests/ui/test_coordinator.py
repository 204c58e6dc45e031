"""The coordinator's tab: the overview, signing a stack of drafts, batch printing with Cancel."""

from __future__ import annotations

import io
import threading
from collections.abc import Callable, Iterator
from decimal import Decimal
from pathlib import Path

import pytest
from pypdf import PdfReader
from PySide6.QtCore import Qt, QThreadPool
from PySide6.QtWidgets import (
    QLabel,
    QListWidget,
    QMessageBox,
    QProgressDialog,
    QPushButton,
    QTableView,
    QWidget,
)
from pytestqt.qtbot import QtBot
from stdnum.pl import pesel as stdnum_pesel

from ops_desktop.domain.clock import wall_today
from ops_desktop.domain.person import Address, PersonInput
from ops_desktop.domain.vocabulary import (
    BenefitForm,
    DecisionKind,
    DecisionStatus,
    PaymentMethod,
)
from ops_desktop.i18n.format import date_short, money
from ops_desktop.services.applications import ApplicationInput, IncomeInput
from ops_desktop.services.context import Actor
from ops_desktop.services.decisions import DecisionInput
from ops_desktop.services.hub import Services
from ops_desktop.services.views import DecisionView
from ops_desktop.ui import labels, pdf
from ops_desktop.ui.bus import Bus
from ops_desktop.ui.coordinator.sign_confirmation import SignConfirmation
from ops_desktop.ui.coordinator.tab import CoordinatorTab
from tests.services.helpers import referral_intake

HOME = Address("Polna", "3", "5", "66-999", "Lipowiec")
CLIENTS = (("Jan", "Kowalski", "44051401359", "500"), ("Stefan", "Nowak", "55030101193", "300"),
           ("Marek", "Wiśniewski", "90090515836", "0"))
IBAN = "PL61109010140000071219812874"
LEFT = Qt.MouseButton.LeftButton


def child(widget: QWidget, kind: type, name: str):  # type: ignore[no-untyped-def]
    found = widget.findChild(kind, name)
    assert found is not None, name
    return found


@pytest.fixture
def drafts(services: Services, benefits_worker: Actor) -> list[DecisionView]:
    """Three granting drafts of zasiłek stały prepared by the benefits team."""
    made = []
    for first, last, pesel, income in CLIENTS:
        assert stdnum_pesel.is_valid(pesel), pesel
        pid = services.persons.register_household(
            benefits_worker, PersonInput(first, last, pesel, None, None, None, None, HOME), [])
        app = services.applications.register(benefits_worker, ApplicationInput(
            pid, wall_today(), BenefitForm.PERMANENT, unable_to_work=True))
        services.applications.set_incomes(benefits_worker, app.id,
                                          [IncomeInput(pid, "emerytura", Decimal(income))])
        a = services.applications.assess(benefits_worker, app.id)
        made.append(services.decisions.prepare(benefits_worker, DecisionInput(
            app.id, DecisionKind.GRANT, a.amount, wall_today().replace(day=1), None,
            PaymentMethod.BANK_TRANSFER, IBAN, "Uzasadnienie.")))
    return made




@pytest.fixture
def gate(services: Services, monkeypatch: pytest.MonkeyPatch) -> Iterator[threading.Event]:
    """Batch rendering waits in its worker thread until the test opens the gate."""
    event = threading.Event()
    real: Callable[..., bytes | None] = services.decisions.render_batch

    def gated(*args: object, **kwargs: object) -> bytes | None:
        assert threading.current_thread() is not threading.main_thread()
        event.wait(30)
        return real(*args, **kwargs)

    monkeypatch.setattr(services.decisions, "render_batch", gated)
    yield event
    event.set()  # never leave a worker waiting, even when the test failed early
    QThreadPool.globalInstance().waitForDone(30000)


def open_tab(qtbot: QtBot, services: Services, actor: Actor) -> CoordinatorTab:
    tab = CoordinatorTab(services, actor, Bus())
    qtbot.addWidget(tab)
    tab.resize(1280, 760)
    tab.show()
    qtbot.waitExposed(tab)
    return tab


@pytest.fixture
def confirmations(monkeypatch: pytest.MonkeyPatch) -> list[SignConfirmation]:
    """Signing confirmations shown; each is answered "Podpisz" unless a test says otherwise."""
    shown: list[SignConfirmation] = []

    def answer(dialog: SignConfirmation) -> int:
        shown.append(dialog)
        return int(getattr(dialog, "answer", SignConfirmation.DialogCode.Accepted))

    monkeypatch.setattr(SignConfirmation, "exec", answer)
    return shown


def select_all(qtbot: QtBot, table: QTableView) -> None:
    qtbot.mouseClick(table.viewport(), LEFT, pos=table.visualRect(table.model().index(0, 0)).center())
    qtbot.keyClick(table, Qt.Key.Key_A, Qt.KeyboardModifier.ControlModifier)


def visible_progress(tab: QWidget) -> QProgressDialog | None:
    shown = [d for d in tab.findChildren(QProgressDialog, "progress_dialog") if d.isVisible()]
    return shown[0] if shown else None


def test_overview_counts_referrals_applications_and_drafts(
    qtbot: QtBot, services: Services, desk: Actor, coordinator: Actor, drafts: list[DecisionView],
) -> None:
    pid = services.persons.register_household(desk, PersonInput(
        "Anna", "Lis", "85121711202", None, None, None, None, HOME), [])
    services.intake.record(desk, referral_intake(pid))
    tab = open_tab(qtbot, services, coordinator)
    text = child(tab, QLabel, "coordinator_overview").text()
    assert f"{labels.vocab(labels.TEAMS, 'benefits')} 1" in text
    assert "Wnioski w toku: 3" in text and "Projekty decyzji do podpisu: 3" in text
    assert child(tab, QTableView, "drafts_table").model().rowCount() == 3
    assert child(tab, QTableView, "signed_table").model().rowCount() == 0


def test_sign_several_then_batch_print(
    qtbot: QtBot, services: Services, coordinator: Actor, drafts: list[DecisionView],
    opened: list[Path], messages: list[str], gate: threading.Event,
    confirmations: list[SignConfirmation],
) -> None:
    tab = open_tab(qtbot, services, coordinator)
    drafts_table = child(tab, QTableView, "drafts_table")
    select_all(qtbot, drafts_table)
    assert len(drafts_table.selectionModel().selectedRows()) == 3
    qtbot.mouseClick(child(tab, QPushButton, "sign_selected"), LEFT)
    assert child(tab, QLabel, "sign_report").text() == "Podpisano 3 z 3 decyzji."
    assert messages == []
    assert drafts_table.model().rowCount() == 0
    assert services.decisions.count(coordinator, DecisionStatus.SIGNED) == 3
    assert "Projekty decyzji do podpisu: 0" in child(tab, QLabel, "coordinator_overview").text()
    signed_table = child(tab, QTableView, "signed_table")
    assert signed_table.model().rowCount() == 3

    select_all(qtbot, signed_table)
    qtbot.mouseClick(child(tab, QPushButton, "print_selected"), LEFT)
    qtbot.waitUntil(lambda: visible_progress(tab) is not None)
    assert not child(tab, QPushButton, "print_all_signed").isEnabled()
    gate.set()
    qtbot.waitUntil(lambda: len(opened) == 1, timeout=30000)
    qtbot.waitUntil(lambda: visible_progress(tab) is None)
    assert opened[0].name == f"decyzje_{wall_today().isoformat()}.pdf"
    pages = [p.extract_text().replace("\u00a0", " ")
             for p in PdfReader(io.BytesIO(opened[0].read_bytes())).pages]
    # The run ends with its own page: how many were printed and the audit log's head.
    assert "Zamknięcie wydruku decyzji" in pages[-1] and "Wydrukowano decyzji: 3" in pages[-1]
    pages = pages[:-1]
    starts = [i for i, text in enumerate(pages) if "Strona 1 z" in text]
    assert len(starts) == 3 and starts[0] == 0  # each decision on its own set of pages
    names = {f"{first} {last}" for first, last, _pesel, _income in CLIENTS}
    found = []
    for start, end in zip(starts, [*starts[1:], len(pages)], strict=True):
        own = "\n".join(pages[start:end])
        assert own.count("DECYZJA") == 1 and "PROJEKT" not in own
        found += [name for name in names if name in own]
    assert sorted(found) == sorted(names)
    assert child(tab, QPushButton, "print_all_signed").isEnabled()
    assert messages == []


def test_a_decision_changing_an_earlier_one_says_so_in_both_lists(
    qtbot: QtBot, services: Services, benefits_worker: Actor, coordinator: Actor,
    drafts: list[DecisionView],
) -> None:
    """A head signing forty decisions tells a change (art. 106 ust. 5) from a new grant at a
    glance, as its paper says "zmieniająca decyzję nr …" in the heading."""
    first = services.decisions.sign(coordinator, drafts[0].id)
    change = services.decisions.prepare(benefits_worker, DecisionInput(
        first.application_id, DecisionKind.GRANT, first.amount, first.period_from, None,
        PaymentMethod.BANK_TRANSFER, IBAN, "Zmiana dochodu.", corrects_id=first.id))
    tab = open_tab(qtbot, services, coordinator)
    drafts_model = child(tab, QTableView, "drafts_table").model()
    signed_model = child(tab, QTableView, "signed_table").model()
    assert drafts_model.headerData(4, Qt.Orientation.Horizontal) == "Rodzaj"
    assert signed_model.headerData(4, Qt.Orientation.Horizontal) == "Rodzaj"
    kinds = {drafts_model.index(r, 0).data(): drafts_model.index(r, 4).data()
             for r in range(drafts_model.rowCount())}
    granting = labels.vocab(labels.SIGNED_ACT_KINDS, DecisionKind.GRANT)
    assert kinds == {change.case_sign: f"zmieniająca decyzję – {granting}",
                     drafts[1].case_sign: granting, drafts[2].case_sign: granting}
    assert signed_model.rowCount() == 1 and signed_model.index(0, 4).data() == granting


def test_failed_signature_is_reported_with_the_reason(
    qtbot: QtBot, services: Services, coordinator: Actor, signer: Actor, drafts: list[DecisionView],
    messages: list[str], confirmations: list[SignConfirmation],
) -> None:
    tab = open_tab(qtbot, services, coordinator)
    select_all(qtbot, child(tab, QTableView, "drafts_table"))
    services.decisions.sign(signer, drafts[1].id)  # someone else signed one meanwhile
    qtbot.mouseClick(child(tab, QPushButton, "sign_selected"), LEFT)
    assert child(tab, QLabel, "sign_report").text() == "Podpisano 2 z 3 decyzji."
    assert len(messages) == 1
    assert drafts[1].case_sign in messages[0] and labels.error("decision_signed") in messages[0]


def test_cancel_during_batch_gives_no_file(
    qtbot: QtBot, services: Services, coordinator: Actor, drafts: list[DecisionView],
    opened: list[Path], messages: list[str], gate: threading.Event,
) -> None:
    for d in drafts:
        services.decisions.sign(coordinator, d.id)
    tab = open_tab(qtbot, services, coordinator)
    tab.refresh()
    qtbot.mouseClick(child(tab, QPushButton, "print_all_signed"), LEFT)
    qtbot.waitUntil(lambda: visible_progress(tab) is not None)
    dialog = visible_progress(tab)
    assert dialog is not None
    qtbot.mouseClick(child(dialog, QPushButton, ""), LEFT)  # its only button: Anuluj
    gate.set()
    report = child(tab, QLabel, "print_report")
    qtbot.waitUntil(lambda: report.text() == "Wydruk anulowano.", timeout=30000)
    assert opened == [] and list(pdf.documents_dir().glob("*.pdf")) == []
    assert messages == []


def test_signing_one_draft_names_it_and_offers_the_preview(
    qtbot: QtBot, services: Services, coordinator: Actor, drafts: list[DecisionView],
    opened: list[Path], confirmations: list[SignConfirmation], monkeypatch: pytest.MonkeyPatch,
) -> None:
    tab = open_tab(qtbot, services, coordinator)
    table = child(tab, QTableView, "drafts_table")
    qtbot.mouseClick(table.viewport(), LEFT, pos=table.visualRect(table.model().index(0, 0)).center())
    first = table.model().row_object(0)

    def look_then_cancel(dialog: SignConfirmation) -> int:
        confirmations.append(dialog)
        details = child(dialog, QLabel, "sign_details").text()
        for fact in (first.case_sign, first.person_name, labels.vocab(labels.FORMS, first.form),
                     labels.vocab(labels.DECISION_KINDS, first.kind), money(first.amount),
                     date_short(first.period_from)):
            assert fact in details, fact
        qtbot.mouseClick(child(dialog, QPushButton, "sign_preview"), LEFT)
        qtbot.waitUntil(lambda: len(opened) == 1, timeout=30000)
        return int(SignConfirmation.DialogCode.Rejected)

    monkeypatch.setattr(SignConfirmation, "exec", look_then_cancel)
    qtbot.mouseClick(child(tab, QPushButton, "sign_selected"), LEFT)
    assert len(confirmations) == 1
    text = "".join(p.extract_text() for p in PdfReader(io.BytesIO(opened[0].read_bytes())).pages)
    assert "PROJEKT" in text and first.person_name.split()[0] in text
    # Cancelled: nothing was signed.
    assert services.decisions.count(coordinator, DecisionStatus.SIGNED) == 0
    assert child(tab, QLabel, "sign_report").text() == "Nie podpisano."


def test_signing_several_lists_them_with_count_and_total(
    qtbot: QtBot, services: Services, coordinator: Actor, drafts: list[DecisionView],
    confirmations: list[SignConfirmation],
) -> None:
    tab = open_tab(qtbot, services, coordinator)
    select_all(qtbot, child(tab, QTableView, "drafts_table"))
    qtbot.mouseClick(child(tab, QPushButton, "sign_selected"), LEFT)
    assert len(confirmations) == 1
    dialog = confirmations[0]
    total = sum((d.amount or Decimal(0) for d in drafts), Decimal(0))
    question = child(dialog, QLabel, "sign_question").text()
    assert "3 decyzji" in question and money(total) in question
    listing = child(dialog, QListWidget, "sign_list")
    lines = [listing.item(i).text() for i in range(listing.count())]
    assert sorted(line.split(" · ")[0] for line in lines) == sorted(d.case_sign for d in drafts)
    assert services.decisions.count(coordinator, DecisionStatus.SIGNED) == 3


def test_printing_without_a_pdf_viewer_says_so_and_where_the_file_is(
    qtbot: QtBot, services: Services, coordinator: Actor, drafts: list[DecisionView],
    no_viewer: list[Path], messages: list[str],
) -> None:
    for d in drafts:
        services.decisions.sign(coordinator, d.id)
    tab = open_tab(qtbot, services, coordinator)
    qtbot.mouseClick(child(tab, QPushButton, "print_all_signed"), LEFT)
    qtbot.waitUntil(lambda: len(no_viewer) == 1, timeout=30000)
    saved = no_viewer[0]
    report = child(tab, QLabel, "print_report").text()
    assert "otwarty" not in report and str(saved) in report and saved.exists()
    notice = child(tab, QMessageBox, "pdf_notice")
    assert notice.isVisible() and str(saved) in notice.informativeText()
    assert "Nie udało się otworzyć" in notice.text()
    qtbot.mouseClick(child(notice, QPushButton, "open_folder"), LEFT)
    assert no_viewer[1] == saved.parent  # the folder was asked for too
    assert messages == [f"Nie udało się otworzyć folderu {saved.parent} – otwórz go ręcznie."]
