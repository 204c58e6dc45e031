"""The kontrakty socjalne of a case: the list (contracts and their annexes), and what the
worker does with one – draw up, correct the draft, record the signatures, print, review,
annex and end."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QFormLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QVBoxLayout,
    QWidget,
)

from ops_desktop.domain.clock import wall_today
from ops_desktop.domain.contracts import EndReason
from ops_desktop.domain.permissions import Permission
from ops_desktop.domain.plans import ActionStatus
from ops_desktop.i18n.format import date_short
from ops_desktop.services.context import Actor
from ops_desktop.services.contracts import ContractView
from ops_desktop.services.hub import Services
from ops_desktop.services.views import CaseView
from ops_desktop.ui import labels, pdf
from ops_desktop.ui.benefits.application_dialog import date_edit, field_box, to_qdate
from ops_desktop.ui.first_contact.inputs import labelled_row, plain_text
from ops_desktop.ui.forms import FieldErrors, choose_data, save_cancel, vocab_combo
from ops_desktop.ui.guard import attempt
from ops_desktop.ui.social_work.contract_form import AnnexForm, ContractForm, day
from ops_desktop.ui.social_work.plan_dialogs import PlanListDialog, plan_state


def describe(c: ContractView) -> str:
    kind = (QCoreApplication.translate("contracts", "Aneks") if c.is_annex
            else QCoreApplication.translate("contracts", "Kontrakt %1")
            .replace("%1", labels.vocab(labels.CONTRACT_VARIANTS, c.variant.value)))
    text = (f"{kind}: {date_short(c.period.starts_on)} – {date_short(c.period.ends_on)}, "
            f"{plan_state(c)}")
    if c.reviews:
        # The worker sees that (and when) the contract was last reviewed without printing it.
        last = max(r.reviewed_on for r in c.reviews)
        text += QCoreApplication.translate("contracts", "; ocen: %1, ostatnia %2").replace(
            "%1", str(len(c.reviews))).replace("%2", date_short(last))
    return text


class _DatedDialog(QDialog):
    """A small form: a day with its message, and what else the subclass adds."""

    def __init__(self, title: str, date_label: str, field: str, parent: QWidget | None) -> None:
        super().__init__(parent)
        self.setWindowTitle(title)
        self.fields = FieldErrors()
        self.day = date_edit(f"{field}_day", date_label, wall_today())
        self.form = QFormLayout()
        labelled_row(self.form, date_label, field_box(self.fields, field, self.day), self.day)
        self.saved: ContractView | None = None

    def finish(self, name: str, save_text: str) -> None:
        buttons, _save, _ = save_cancel(self, save_text, name, self.save)
        layout = QVBoxLayout(self)
        layout.addLayout(self.form)
        layout.addWidget(buttons)

    def save(self) -> None:
        raise NotImplementedError

    def done_with(self, saved: ContractView | None) -> None:
        if saved is not None:
            self.saved = saved
            self.accept()


class SignDialog(_DatedDialog):
    """`keeper`: the service that signs (the contracts'; the programmes' have the same
    sign / review / end), `title` the dialog's."""

    def __init__(self, services: Services, actor: Actor, contract: ContractView,
                 parent: QWidget | None = None, keeper: Any = None,
                 title: str | None = None) -> None:
        super().__init__(title or self.tr("Podpisanie kontraktu"), self.tr("Data &zawarcia:"),
                         "signed_on", parent)
        self.services, self.actor, self.contract = services, actor, contract
        self.keeper = keeper or services.contracts
        self.day.setDate(to_qdate(min(contract.period.starts_on, wall_today())))
        warning = (self.tr("Po zapisaniu podpisów obu stron kontrakt nie może być "
                           "zmieniony – zmiana wymaga aneksu.") if keeper is None else
                   self.tr("Po zapisaniu podpisów dokument nie może być zmieniony."))
        self.form.addRow(QLabel(warning))
        self.finish("sign", self.tr("&Zapisz podpisy"))

    def save(self) -> None:
        signed_on = day(self.day)
        self.done_with(attempt(self, lambda: self.keeper.sign(
            self.actor, self.contract.id, signed_on), self.fields))


class ReviewDialog(_DatedDialog):
    """Each action's status on the day of the review, and a note."""

    def __init__(self, services: Services, actor: Actor, contract: ContractView,
                 parent: QWidget | None = None, keeper: Any = None,
                 title: str | None = None) -> None:
        super().__init__(title or self.tr("Ocena realizacji kontraktu"), self.tr("Data &oceny:"),
                         "reviewed_on", parent)
        self.services, self.actor, self.contract = services, actor, contract
        self.keeper = keeper or services.contracts
        self.statuses: list[tuple[QComboBox, object]] = []
        # Each action starts at its status of the last review: the worker changes what moved.
        last = max(contract.reviews, key=lambda r: r.reviewed_on).statuses if contract.reviews \
            else {}
        for i, action in enumerate(contract.actions, 1):
            combo = vocab_combo(f"review_status_{i}", action.what, labels.ACTION_STATUSES,
                                [s.value for s in ActionStatus])
            if action.id in last:
                choose_data(combo, last[action.id].value)
            self.statuses.append((combo, action.id))
            self.form.addRow(QLabel(f"{i}. {action.what}"), combo)
        self.fields.label_for("statuses", self.day)
        self.note = plain_text("review_note", self.tr("Uwagi"), 80)
        labelled_row(self.form, self.tr("&Uwagi:"), field_box(self.fields, "note", self.note),
                     self.note)
        self.finish("review", self.tr("&Zapisz ocenę"))

    def save(self) -> None:
        reviewed_on, note = day(self.day), self.note.toPlainText()
        statuses = {aid: ActionStatus(str(c.currentData())) for c, aid in self.statuses}
        self.done_with(attempt(self, lambda: self.keeper.review(
            self.actor, self.contract.id, reviewed_on, statuses, note), self.fields))  # type: ignore[arg-type]


class EndDialog(_DatedDialog):
    def __init__(self, services: Services, actor: Actor, contract: ContractView,
                 parent: QWidget | None = None, keeper: Any = None,
                 title: str | None = None) -> None:
        super().__init__(title or self.tr("Zakończenie kontraktu"),
                         self.tr("Data &zakończenia:"), "ended_on", parent)
        self.services, self.actor, self.contract = services, actor, contract
        self.keeper = keeper or services.contracts
        self.reason = vocab_combo("end_reason", self.tr("Przyczyna"), labels.END_REASONS,
                                  [r.value for r in EndReason])
        labelled_row(self.form, self.tr("&Przyczyna:"), field_box(self.fields, "reason",
                                                                  self.reason), self.reason)
        self.note = plain_text("end_note", self.tr("Uwagi"), 60)
        labelled_row(self.form, self.tr("&Uwagi:"), field_box(self.fields, "end_note", self.note),
                     self.note)
        self.finish("end", self.tr("&Zakończ kontrakt") if keeper is None
                    else self.tr("&Zakończ realizację"))

    def save(self) -> None:
        ended_on, note = day(self.day), self.note.toPlainText()
        reason = EndReason(str(self.reason.currentData()))
        self.done_with(attempt(self, lambda: self.keeper.end(
            self.actor, self.contract.id, reason, ended_on, note), self.fields))


class ContractsDialog(PlanListDialog):
    """The case's contracts; the buttons offer what the chosen one allows."""

    def __init__(self, services: Services, actor: Actor, case: CaseView,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.services, self.actor, self.case = services, actor, case
        self.setWindowTitle(self.tr("Kontrakty socjalne – %1").replace("%1", case.sign))
        self.list = QListWidget()
        self.list.setObjectName("contracts_list")
        self.list.setAccessibleName(self.tr("Kontrakty socjalne sprawy"))
        self.lay_out(case, self.list, "contract", (
            ("new", self.tr("&Nowy kontrakt…"), self.new_contract),
            ("edit", self.tr("&Popraw projekt…"), self.edit),
            ("sign", self.tr("Po&dpisany…"), self.sign),
            ("print", self.tr("&Drukuj"), self.print_chosen),
            ("review", self.tr("&Ocena…"), self.review),
            ("annex", self.tr("&Aneks…"), self.annex),
            ("end", self.tr("&Zakończ…"), self.end)), 820, 420)
        self.list.currentRowChanged.connect(lambda _row: self._enable())
        self.reload()

    def reload(self, choose: object = None) -> None:
        self.contracts = self.services.contracts.contracts_of_case(self.actor, self.case.id)
        self.list.clear()
        for c in self.contracts:
            item = QListWidgetItem(("    " if c.is_annex else "") + describe(c))
            self.list.addItem(item)
        ids = [c.id for c in self.contracts]
        self.list.setCurrentRow(ids.index(choose) if choose in ids else
                                (0 if ids else -1))
        self._enable()

    def chosen(self) -> ContractView | None:
        row = self.list.currentRow()
        return self.contracts[row] if 0 <= row < len(self.contracts) else None

    def _enable(self) -> None:
        c = self.chosen()
        # The head reads the contracts and prints them; only social work writes them.
        write = self.actor.may(Permission.WRITE_SOCIAL_CONTRACTS)
        draft = write and c is not None and not c.signed
        running = write and c is not None and c.signed and not c.is_annex and c.ended_on is None
        self.buttons["new"].setEnabled(write and not self.case.closed)
        self.buttons["edit"].setEnabled(draft)
        self.buttons["sign"].setEnabled(draft)
        self.buttons["print"].setEnabled(c is not None)
        self.buttons["review"].setEnabled(write and c is not None and c.signed
                                          and c.ended_on is None)
        self.buttons["annex"].setEnabled(running)
        self.buttons["end"].setEnabled(running)

    def new_contract(self) -> None:
        self._run(ContractForm(self.services, self.actor, self.case, parent=self))

    def edit(self) -> None:
        c = self.chosen()
        if c is None or c.signed:
            return
        if c.is_annex:
            base = next(x for x in self.contracts if x.id == c.annex_of_id)
            self._run(AnnexForm(self.services, self.actor, base, c, parent=self))
        else:
            self._run(ContractForm(self.services, self.actor, self.case, c, parent=self))

    def sign(self) -> None:
        self._with_chosen(lambda c: SignDialog(self.services, self.actor, c, parent=self))

    def review(self) -> None:
        self._with_chosen(lambda c: ReviewDialog(self.services, self.actor, c, parent=self))

    def annex(self) -> None:
        self._with_chosen(lambda c: AnnexForm(self.services, self.actor, c, parent=self))

    def end(self) -> None:
        self._with_chosen(lambda c: EndDialog(self.services, self.actor, c, parent=self))

    def print_chosen(self) -> None:
        c = self.chosen()
        if c is None:
            return
        data = attempt(self, lambda: self.services.contracts.render(self.actor, c.id))
        if data is not None:
            kind = "aneks" if c.is_annex else "kontrakt"
            pdf.hand_over(self, data, f"{kind}_{self.case.sign}_{c.id.hex[-12:]}.pdf")
