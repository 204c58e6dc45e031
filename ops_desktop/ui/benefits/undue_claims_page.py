"""Nienależnie pobrane świadczenia: the office's undue-benefit claims (art. 104 u.p.s.) with
their balance and what is due next; a new claim after a signed change or revocation, the
recovery decision printed and signed, the person's payments, a waiver, and the person's
payment register."""

from __future__ import annotations

import datetime as dt
from decimal import Decimal

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialog, QHBoxLayout, QLabel, QVBoxLayout, QWidget

from ops_desktop.domain.permissions import Permission
from ops_desktop.i18n.format import date_short, money
from ops_desktop.services.context import Actor
from ops_desktop.services.hub import Services
from ops_desktop.services.recovery_decisions import ListedClaim
from ops_desktop.services.undue_claims import ClaimView
from ops_desktop.ui.benefits.undue_claim_dialogs import (
    ClaimPaymentDialog,
    NewClaimDialog,
    WaiverDialog,
)
from ops_desktop.ui.bus import Bus
from ops_desktop.ui.forms import push_button
from ops_desktop.ui.pdf import hand_over, safe_name
from ops_desktop.ui.read_when_shown import ReadWhenShown
from ops_desktop.ui.status_line import StatusLine
from ops_desktop.ui.table_model import Column, PagedTableModel, make_table, selected_object

DETAIL_LINES = 5


def zloty(grosze: int) -> str:
    return money(Decimal(grosze) / 100)


def next_due(claim: ClaimView) -> dt.date:
    """The day the person must pay next: the deferred day, else the first instalment not yet
    covered by what was paid, else the deadline of the one payment."""
    if claim.deferred_to is not None:
        return claim.deferred_to
    covered = claim.paid_grosze
    for instalment in claim.instalments:
        covered -= instalment.amount_grosze
        if covered < 0:
            return instalment.due_on
    return claim.repay_by


class UndueClaimsPage(ReadWhenShown):
    def __init__(self, services: Services, actor: Actor, bus: Bus,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.services, self.actor, self.bus = services, actor, bus
        self.new_button = push_button(self.tr("&Nowa należność…"), "new_claim", self.new_claim)
        self.sign_button = push_button(self.tr("Pod&pisz decyzję"), "sign_claim", self.sign)
        self.print_button = push_button(self.tr("&Drukuj decyzję"), "print_recovery_decision",
                                        self.print_decision)
        self.discard_button = push_button(self.tr("Odrzuć projekt"), "discard_claim",
                                          self.discard)
        self.payment_button = push_button(self.tr("&Wpłata…"), "record_claim_payment",
                                          self.record_payment)
        self.waiver_button = push_button(self.tr("&Umorzenie…"), "waive_claim", self.waive)
        self.register_button = push_button(self.tr("&Rejestr wypłat…"), "claim_register",
                                           self.show_register)
        self.sign_button.setVisible(actor.may(Permission.SIGN_DECISION))
        self.register_button.setVisible(actor.may(Permission.READ_PAYMENT_REGISTER))
        self.status = StatusLine("undue_claims_status")
        self._say, self._try = self.status.say, self.status.attempt
        self.detail = QLabel()
        self.detail.setObjectName("undue_claim_detail")
        self.detail.setWordWrap(True)
        self.detail.setTextFormat(Qt.TextFormat.PlainText)
        # Room for the claim's lines (decisions, instalments, paid, deduction, signature).
        self.detail.setMinimumHeight(self.detail.fontMetrics().lineSpacing() * DETAIL_LINES)
        self.model: PagedTableModel[ListedClaim] = PagedTableModel(self._columns(), parent=self)
        self.table = make_table(self.model, "undue_claims_table",
                                self.tr("Nienależnie pobrane świadczenia"))
        self.table.selectionModel().selectionChanged.connect(lambda *_: self._chosen())
        top = QHBoxLayout()
        for button in (self.new_button, self.sign_button, self.print_button,
                       self.discard_button, self.payment_button, self.waiver_button,
                       self.register_button):
            top.addWidget(button)
        top.addWidget(self.status, 1)
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(self.table, 1)
        layout.addWidget(self.detail)
        # Read when first shown: the head's tab builds every page at sign-in
        # (ui/read_when_shown.py).
        bus.changed.connect(self.refresh)

    def _columns(self) -> list[Column[ListedClaim]]:
        return [
            Column(self.tr("Osoba"), lambda c: c.person_name),
            Column(self.tr("Numer"), lambda c: c.claim.number),
            Column(self.tr("Kwota"), lambda c: zloty(c.claim.amount_grosze),
                   lambda c: c.claim.amount_grosze, align_right=True),
            Column(self.tr("Saldo"), lambda c: zloty(c.claim.balance_grosze),
                   lambda c: c.claim.balance_grosze, align_right=True,
                   header_tooltip=self.tr("Pozostało do spłaty po wpłatach i potrąceniach")),
            Column(self.tr("Termin zwrotu"), lambda c: "" if self._closed(c.claim)
                   else date_short(next_due(c.claim)), sort_key=lambda c: next_due(c.claim),
                   header_tooltip=self.tr("Najbliższa rata, odroczony albo jedyny termin")),
            Column(self.tr("Status"), lambda c: self._status(c.claim)),
        ]

    @staticmethod
    def _closed(claim: ClaimView) -> bool:
        return claim.signed and (claim.waived_on is not None or claim.balance_grosze == 0)

    def _status(self, claim: ClaimView) -> str:
        if not claim.signed:
            return self.tr("projekt – do podpisu")
        if claim.waived_on is not None:
            return self.tr("umorzona %1").replace("%1", date_short(claim.waived_on))
        if claim.balance_grosze == 0:
            return self.tr("spłacona")
        if claim.instalments:
            return self.tr("w spłacie (raty: %1)").replace("%1", str(len(claim.instalments)))
        return self.tr("w spłacie")

    def refresh(self) -> None:
        self.read_again()

    def load(self) -> None:
        chosen = self.chosen()
        # A refusal (roles changed meanwhile) is said on the page, never in a modal box.
        rows = self._try(lambda: self.services.recovery_decisions.claims(self.actor)) or []
        self.model.set_source(lambda offset, limit: rows[offset:offset + limit], lambda: len(rows))
        if chosen is not None:
            row = self.model.row_of(lambda c: c.claim.id, chosen.claim.id, len(rows))
            if row is not None:
                self.table.selectRow(row)
        self._chosen()

    def chosen(self) -> ListedClaim | None:
        return selected_object(self.table, self.model)

    def _chosen(self) -> None:
        listed = self.chosen()
        claim = listed.claim if listed else None
        draft = claim is not None and not claim.signed
        open_ = claim is not None and claim.signed and not self._closed(claim)
        self.sign_button.setEnabled(draft)
        self.discard_button.setEnabled(draft)
        self.print_button.setEnabled(claim is not None)
        self.payment_button.setEnabled(open_)
        self.waiver_button.setEnabled(open_)
        self.register_button.setEnabled(claim is not None)
        self.detail.setText("" if claim is None else self._detail(claim))

    def _detail(self, claim: ClaimView) -> str:
        parts = [self.tr("Po decyzji %1 z %2; decyzja o zwrocie z %3.")
                 .replace("%1", claim.change_case_sign)
                 .replace("%2", date_short(claim.change_issued_on))
                 .replace("%3", date_short(claim.decided_on))]
        if claim.instalments:
            parts.append(self.tr("Raty: %1.").replace("%1", "; ".join(
                f"{i.number}. {date_short(i.due_on)} {zloty(i.amount_grosze)}"
                for i in claim.instalments)))
        parts.append(self.tr("Wpłacono i potrącono: %1.").replace("%1", zloty(claim.paid_grosze)))
        if claim.deduct:
            parts.append(self.tr("Potrącana z bieżących wypłat."))
        if claim.signed:
            parts.append(self.tr("Podpisał(a): %1, %2.").replace("%1", claim.signatory_name)
                         .replace("%2", claim.signatory_position))
        return "\n".join(parts)

    # --- actions ---
    def new_claim(self) -> None:
        choices = self._try(lambda: self.services.recovery_decisions.change_choices(self.actor))
        if choices is None:
            return
        if not choices:
            self._say(self.tr("Nie ma podpisanej decyzji zmieniającej ani uchylającej decyzję "
                              "przyznającą świadczenie – najpierw ją wydaj."), error=True)
            return
        dialog = NewClaimDialog(self.services, self.actor, choices, self)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        if dialog.exec() == QDialog.DialogCode.Accepted and dialog.prepared is not None:
            self._say(self.tr("Przygotowano projekt decyzji o zwrocie %1 – czeka na podpis.")
                      .replace("%1", dialog.prepared.number))
            self.bus.changed.emit()

    def sign(self) -> None:
        listed = self.chosen()
        if listed is None:
            return
        done = self._try(lambda: self.services.undue_claims.sign(self.actor, listed.claim.id))
        if done is not None:
            self._say(self.tr("Podpisano decyzję o zwrocie %1.").replace("%1", done.number))
            self.bus.changed.emit()

    def discard(self) -> None:
        listed = self.chosen()
        if listed is None:
            return

        def discard() -> bool:
            self.services.undue_claims.discard(self.actor, listed.claim.id)
            return True

        if self._try(discard):
            self._say(self.tr("Odrzucono projekt %1.").replace("%1", listed.claim.number))
            self.bus.changed.emit()

    def print_decision(self) -> None:
        listed = self.chosen()
        if listed is None:
            return
        data = self._try(lambda: self.services.recovery_decisions.document(
            self.actor, listed.claim.id))
        if data is not None:
            hand_over(self, data, safe_name(f"decyzja_zwrot_{listed.claim.number}"))

    def record_payment(self) -> None:
        listed = self.chosen()
        if listed is None:
            return
        dialog = ClaimPaymentDialog(self.services, self.actor, listed.claim, listed.person_name,
                                    self)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        if dialog.exec() == QDialog.DialogCode.Accepted and dialog.recorded is not None:
            self._say(self.tr("Zapisano wpłatę; pozostało %1.")
                      .replace("%1", zloty(dialog.recorded.balance_grosze)))
            self.bus.changed.emit()

    def waive(self) -> None:
        listed = self.chosen()
        if listed is None:
            return
        dialog = WaiverDialog(self.services, self.actor, listed.claim, listed.person_name, self)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        if dialog.exec() == QDialog.DialogCode.Accepted and dialog.waived is not None:
            self._say(self.tr("Umorzono należność %1.").replace("%1", listed.claim.number))
            self.bus.changed.emit()

    def show_register(self) -> None:
        from ops_desktop.ui.benefits.payment_register_dialog import PaymentRegisterDialog

        listed = self.chosen()
        if listed is not None:
            PaymentRegisterDialog(self.services, self.actor, listed.claim.person_id, self).exec()
