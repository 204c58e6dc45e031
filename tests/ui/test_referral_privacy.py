"""The issue's scenario on screen: a violence report at the desk, referred to benefits – the
slip, the benefits inbox and the partner's file; forwarding from an inbox; kinship words."""

from __future__ import annotations

from pathlib import Path

import pytest
from pypdf import PdfReader
from PySide6.QtCore import QPoint, Qt
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QLabel,
    QPlainTextEdit,
    QPushButton,
    QRadioButton,
    QWidget,
)
from pytestqt.qtbot import QtBot

from ops_desktop.domain.vocabulary import Relation, Team
from ops_desktop.services.context import Actor
from ops_desktop.services.hub import Services
from ops_desktop.services.persons import MemberInput
from ops_desktop.ui import labels
from ops_desktop.ui.bus import Bus
from ops_desktop.ui.first_contact.intake_dialog import IntakeDialog
from ops_desktop.ui.first_contact.person_file import PersonFileView
from ops_desktop.ui.first_contact.slip_choice import SlipPrintDialog
from ops_desktop.ui.inbox import ForwardDialog, InboxPanel
from tests.services.helpers import PESEL_MAN_1944, PESEL_WOMAN_1985, PESEL_WOMAN_2002, person
from tests.ui.test_first_contact import keys

LEFT = Qt.MouseButton.LeftButton
NARRATIVE = "Zgłasza przemoc ze strony partnera."
FOR_BENEFITS = "Prosze o ocene prawa do zasilku okresowego."


def find(parent: QWidget, kind: type, name: str) -> QWidget:
    widget = parent.findChild(kind, name)
    assert widget is not None, name
    return widget


def tick(qtbot: QtBot, parent: QWidget, kind: type, name: str) -> None:
    box = find(parent, kind, name)
    qtbot.mouseClick(box, LEFT, pos=QPoint(8, box.height() // 2))


def household(services: Services, desk: Actor) -> dict[str, object]:
    victim = services.persons.register_household(desk, person("Maria", "Nowak", PESEL_WOMAN_1985), [
        MemberInput(Relation.PARTNER, person("Jan", "Kowal", PESEL_MAN_1944)),
        MemberInput(Relation.CHILD, person("Ola", "Nowak", PESEL_WOMAN_2002))])
    ids = {m.full_name: m.person_id for m in services.persons.household(desk, victim)}
    return ids


def test_the_desk_records_the_violence_report_and_the_slip_carries_none_of_it(
        qtbot: QtBot, services: Services, desk: Actor, benefits_worker: Actor,
        monkeypatch: pytest.MonkeyPatch, opened: list[Path]) -> None:
    ids = household(services, desk)
    asked: list[bool] = []

    def answer(dialog: SlipPrintDialog) -> int:
        dialog.show()
        box = find(dialog, QCheckBox, "slip_confidential")
        asked.append(box.isChecked())  # off unless the worker ticks it
        qtbot.mouseClick(find(dialog, QPushButton, "slip_print"), LEFT)
        return dialog.result()

    monkeypatch.setattr(SlipPrintDialog, "exec", answer)
    dialog = IntakeDialog(services, desk, ids["Maria Nowak"], "Maria Nowak")  # type: ignore[arg-type]
    qtbot.addWidget(dialog)
    dialog.show()
    dialog.problem.setFocus()
    keys(qtbot, dialog.problem, NARRATIVE)
    tick(qtbot, dialog, QCheckBox, "ground_1")
    tick(qtbot, dialog, QCheckBox, "ground_7")
    tick(qtbot, dialog, QRadioButton, "outcome_referred")
    combo = find(dialog, QComboBox, "intake_refer_to")
    combo.setCurrentIndex(combo.findData(Team.BENEFITS))
    assert not find(dialog, QCheckBox, "shared_5").isEnabled()  # pkt 5 not ticked
    assert find(dialog, QCheckBox, "shared_7").isEnabled()
    assert not find(dialog, QCheckBox, "shared_7").isChecked()
    qtbot.mouseClick(dialog.save_button, LEFT)
    # No reason typed: told next to the field, nothing saved, nothing typed lost.
    error = find(dialog, QLabel, "error_referral_reason")
    assert error.isVisible() and error.text() == labels.error("referral_reason_required")
    assert dialog.result is None and dialog.problem.toPlainText() == NARRATIVE
    dialog.referral_reason.setFocus()
    qtbot.keyClicks(dialog.referral_reason, FOR_BENEFITS)
    qtbot.mouseClick(dialog.save_button, LEFT)
    assert dialog.result is not None and asked == [False]

    [slip] = opened
    text = " ".join(p.extract_text() for p in PdfReader(slip).pages)
    assert "Maria Nowak" in text
    for word in ("przemoc", "partnera", FOR_BENEFITS[:20]):
        assert word not in text

    inbox = InboxPanel(services, benefits_worker, Bus(), Team.BENEFITS.value)
    qtbot.addWidget(inbox)
    shown = [inbox.model.index(0, c).data() for c in range(inbox.model.columnCount())]
    assert FOR_BENEFITS in shown and "1" in shown  # pkt 1 only
    assert not [c for c in shown if "przemoc" in str(c) or "7" == c]

    partner = PersonFileView(services, desk)
    qtbot.addWidget(partner)
    assert partner.show_person(ids["Jan Kowal"])  # type: ignore[arg-type]
    assert partner.intakes.rowCount() == partner.referrals.rowCount() == 0
    partner.resize(900, 500)
    partner.show()


def test_kinship_words_follow_the_members_sex(
        qtbot: QtBot, services: Services, desk: Actor) -> None:
    ids = household(services, desk)
    view = PersonFileView(services, desk)
    qtbot.addWidget(view)
    assert view.show_person(ids["Jan Kowal"])  # type: ignore[arg-type]
    words = {view.household.index(r, 1).data(): view.household.index(r, 0).data()
             for r in range(view.household.rowCount())}
    assert words == {"Maria Nowak": "wnioskodawczyni", "Jan Kowal": "partner",
                     "Ola Nowak": "córka"}


def test_a_team_forwards_a_referral_from_its_inbox_with_a_reason(
        qtbot: QtBot, services: Services, desk: Actor, benefits_worker: Actor,
        social_worker: Actor, monkeypatch: pytest.MonkeyPatch) -> None:
    from ops_desktop.services.intake import IntakeInput
    from tests.services.helpers import referral_intake

    ids = household(services, desk)
    base: IntakeInput = referral_intake(ids["Maria Nowak"])
    rid = services.intake.record(desk, base).referral_id
    why = "Sprawa dla pracy socjalnej."

    def fill(dialog: ForwardDialog) -> int:
        dialog.show()
        save = find(dialog, QPushButton, "forward_save")
        qtbot.mouseClick(save, LEFT)  # no reason yet
        assert find(dialog, QLabel, "error_forward_reason").text() == labels.error("required")
        combo = find(dialog, QComboBox, "forward_to")
        assert combo.findData(Team.FIRST_CONTACT) == -1 and combo.findData(Team.BENEFITS) == -1
        combo.setCurrentIndex(combo.findData(Team.SOCIAL_WORK))
        qtbot.keyClicks(find(dialog, QPlainTextEdit, "forward_reason"), why)
        qtbot.mouseClick(save, LEFT)
        return dialog.result()

    monkeypatch.setattr(ForwardDialog, "exec", fill)
    panel = InboxPanel(services, benefits_worker, Bus(), Team.BENEFITS.value)
    qtbot.addWidget(panel)
    panel.show()
    qtbot.mouseClick(panel.forward_button, LEFT)
    panel.refresh()
    assert panel.model.rowCount() == 0

    social = InboxPanel(services, social_worker, Bus(), Team.SOCIAL_WORK.value)
    qtbot.addWidget(social)
    row = [social.model.index(0, c).data() for c in range(social.model.columnCount())]
    assert labels.vocab(labels.TEAMS, Team.BENEFITS) in row and why in row
    assert any(str(c).startswith(benefits_worker.full_name) for c in row)
    social.resize(1100, 300)
    social.show()

    desk_view = PersonFileView(services, desk)
    qtbot.addWidget(desk_view)
    desk_view.show_person(ids["Maria Nowak"])  # type: ignore[arg-type]
    forwarded = desk_view.referrals.index(0, desk_view.referrals.columnCount() - 1).data()
    assert "Świadczenia → Praca socjalna" in forwarded and why in forwarded
    assert rid is not None
