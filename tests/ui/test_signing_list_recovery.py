"""The head's signing list ('Projekty decyzji do podpisu') holds the recovery decisions'
drafts (art. 104 ust. 3 u.p.s.) with the decisions' drafts: counted, confirmed and signed in
one stack."""

from __future__ import annotations

import datetime as dt
from decimal import Decimal
from pathlib import Path

from PySide6.QtWidgets import QLabel, QPushButton, QTableView
from pytestqt.qtbot import QtBot

from ops_desktop.domain.vocabulary import BenefitForm, DecisionStatus
from ops_desktop.services.context import Actor
from ops_desktop.services.hub import Services
from ops_desktop.ui.coordinator.sign_confirmation import SignConfirmation
from tests.services.test_payment_returns import _claim, _revoked
from tests.services.test_appeals import _woman
from tests.services.test_benefits import application, grant
from tests.ui.test_coordinator import (  # noqa: F401 - a fixture
    LEFT,
    child,
    confirmations,
    open_tab,
    select_all,
)


def test_a_recovery_draft_is_signed_with_the_decisions_drafts(
        qtbot: QtBot, services: Services, signer: Actor, benefits_worker: Actor,
        coordinator: Actor, messages: list[str],
        confirmations: list[SignConfirmation], opened: list[Path]) -> None:  # noqa: F811
    pid, _, change = _revoked(services, signer)
    claim = services.undue_claims.prepare(benefits_worker, _claim(pid, change.id))
    _, app = application(services, benefits_worker, BenefitForm.PERIODIC, Decimal("100"),
                         who=_woman())
    services.decisions.prepare(benefits_worker, grant(app.id, Decimal("600.00"),
                                                      period_to=dt.date.today() + dt.timedelta(90)))
    tab = open_tab(qtbot, services, coordinator)
    table = child(tab, QTableView, "drafts_table")
    model = table.model()
    assert model.rowCount() == 2
    assert "Projekty decyzji do podpisu: 2" in child(tab, QLabel, "coordinator_overview").text()
    first = [model.index(0, c).data() for c in range(model.columnCount())]
    assert "zwrot nienależnie pobranych świadczeń" in first
    assert change.case_sign in first
    select_all(qtbot, table)
    qtbot.mouseClick(child(tab, QPushButton, "sign_selected"), LEFT)
    assert "zwrot nienależnie pobranych" in confirmations[0].listing.item(0).text()
    assert child(tab, QLabel, "sign_report").text() == "Podpisano 2 z 2 decyzji."
    assert services.undue_claims.get(coordinator, claim.id).signed
    assert services.decisions.count(coordinator, DecisionStatus.DRAFT) == 0
    assert model.rowCount() == 0 and messages == []
