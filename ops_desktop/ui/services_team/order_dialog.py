"""A new order of usługi opiekuńcze for a case of the services team, as its decision states."""

from __future__ import annotations

import datetime as dt
import uuid
from decimal import Decimal

from PySide6.QtWidgets import QComboBox, QLineEdit, QWidget

from ops_desktop.domain.care_orders import MAX_CARER, MAX_DECISION_REF, MAX_PROVIDER, parse_hours
from ops_desktop.domain.clock import wall_today
from ops_desktop.domain.money import MoneyFormatError, parse_money
from ops_desktop.domain.care_decisions import HoursUnit
from ops_desktop.domain.vocabulary import DecisionStatus
from ops_desktop.i18n.format import date_short
from ops_desktop.services.care_decisions import CareDecisionTermsView
from ops_desktop.services.care_services import CareOrderInput, CareOrderView
from ops_desktop.services.context import Actor
from ops_desktop.services.hub import Services
from ops_desktop.ui import labels
from ops_desktop.ui.benefits.application_dialog import to_qdate
from ops_desktop.ui.field_rows import field_rows
from ops_desktop.ui.first_contact.inputs import hint, plain_text
from ops_desktop.ui.forms import named, save_cancel
from ops_desktop.ui.guard import attempt
from ops_desktop.ui.services_team.signed_acts import fill_services_cases
from ops_desktop.ui.services_team.terms_form import (
    TermsDialog,
    household_spin,
    money_edit,
    period_edits,
)


def typed_hours(text: str) -> Decimal | str:
    """Hours as typed, or the text itself for the service to refuse under its field."""
    try:
        return parse_hours(text)
    except ValueError:
        return text


def typed_money(text: str) -> Decimal | str:
    try:
        return parse_money(text)
    except MoneyFormatError:
        return text


def as_date(edit: QWidget) -> dt.date:
    picked = edit.date()  # type: ignore[attr-defined]
    return dt.date(picked.year(), picked.month(), picked.day())


class CareOrderDialog(TermsDialog[CareOrderView]):
    """Every field of the order at once; a refusal names each wrong field and keeps the rest."""

    def __init__(self, services: Services, actor: Actor, parent: QWidget | None = None) -> None:
        super().__init__(services, actor, parent)
        self.setWindowTitle(self.tr("Nowe zlecenie usług opiekuńczych"))
        self.case = fill_services_cases(named(QComboBox(), "care_case", self.tr(
            "Sprawa zespołu usług")), services, actor)
        # A signed care decision of the person, whose terms fill the order and then limit its
        # hours and fix its fee; or a decision made outside the program, named in words.
        self.decision = named(QComboBox(), "care_order_decision", self.tr("Decyzja w programie"))
        self.case.currentIndexChanged.connect(lambda _i: self._fill_decisions())
        self.decision.currentIndexChanged.connect(lambda _i: self._decision_chosen())
        self.decision_ref = named(QLineEdit(), "care_decision_ref",
                                  self.tr("Decyzja przyznająca usługi"))
        self.decision_ref.setMaxLength(MAX_DECISION_REF)
        self.decision_ref.setPlaceholderText(self.tr("numer i data decyzji"))
        self.scope = plain_text("care_scope", self.tr("Zakres usług (poufny)"), 70)
        self.hours_per_week = named(QLineEdit(), "care_hours_per_week",
                                    self.tr("Godziny tygodniowo"))
        self.hours_per_week.setMaximumWidth(90)
        self.starts_on, self.ends_on = period_edits(
            wall_today().replace(day=1), 12, ("care_starts_on", self.tr("Usługi od")),
            ("care_ends_on", self.tr("Usługi do")))
        self.carer_name = named(QLineEdit(), "care_carer", self.tr("Opiekun(ka)"))
        self.carer_name.setMaxLength(MAX_CARER)
        self.provider = named(QLineEdit(), "care_provider", self.tr("Wykonawca usług"))
        self.provider.setMaxLength(MAX_PROVIDER)
        self.income = money_edit("care_income", self.tr("Dochód rodziny miesięcznie"))
        self.household_size = household_spin("care_household_size",
                                             self.tr("Liczba osób w rodzinie"))
        buttons, self.save_button, _ = save_cancel(self, self.tr("&Zapisz zlecenie"),
                                                   "care_order", self.save)
        form = field_rows(self.fields, (
            (self.tr("&Sprawa:"), "case_id", self.case),
            (self.tr("Decyzja w &programie:"), "decision_id", self.decision),
            (self.tr("&Decyzja:"), "decision_ref", self.decision_ref),
            (self.tr("Za&kres usług:"), "scope", self.scope),
            (self.tr("&Godzin tygodniowo:"), "hours_per_week", self.hours_per_week),
            (self.tr("Usługi &od:"), "starts_on", self.starts_on),
            (self.tr("Usł&ugi do:"), "ends_on", self.ends_on),
            (self.tr("Opi&ekun(ka):"), "carer_name", self.carer_name),
            (self.tr("&Wykonawca:"), "provider", self.provider),
            (self.tr("Dochód &rodziny (zł):"), "income", self.income),
            (self.tr("&Liczba osób w rodzinie:"), "household_size", self.household_size)))
        self.lay_out(form, hint(self.tr(
            "Dochód i liczba osób jak w decyzji: odpłatność wynika z nich według uchwały rady "
            "gminy. Zakres usług widzą tylko zespół usług i kierownik.")), buttons)
        self._fill_decisions()
        self.resize(560, 600)

    def _fill_decisions(self) -> None:
        self.decision.clear()
        self.decision.addItem(self.tr("— spoza programu (wpisz numer i datę) —"), None)
        case_id = self.case.currentData()
        if not isinstance(case_id, uuid.UUID):
            return
        found = attempt(self, lambda: self.services.care_decisions.for_case(self.actor, case_id))
        for t in found or []:
            if t.status is DecisionStatus.SIGNED and t.issued_on is not None:
                self.decision.addItem(self.tr("%1 z %2 – %3").replace("%1", t.case_sign)
                                      .replace("%2", date_short(t.issued_on))
                                      .replace("%3", labels.vocab(labels.FORMS, t.kind)), t)

    def _decision_chosen(self) -> None:
        """The decision's terms fill the order; the worker adds the carer."""
        t = self.decision.currentData()
        if not isinstance(t, CareDecisionTermsView) or t.issued_on is None:
            return
        self.decision_ref.setText(f"decyzja nr {t.case_sign} z {date_short(t.issued_on)}")
        self.scope.setPlainText(t.scope)
        weekly = t.hours if t.hours_unit is HoursUnit.WEEK else t.hours * 12 / 52
        self.hours_per_week.setText(format(weekly.quantize(Decimal("0.01")), "f")
                                    .replace(".", ","))
        self.starts_on.setDate(to_qdate(t.period_from))
        self.ends_on.setDate(to_qdate(t.period_to))
        self.provider.setText(t.provider)
        self.income.setText(format(t.income, "f").replace(".", ","))
        self.household_size.setValue(t.household_size)

    def typed(self) -> CareOrderInput:
        case_id = self.case.currentData()
        return CareOrderInput(
            case_id=case_id if isinstance(case_id, uuid.UUID) else None,  # type: ignore[arg-type]
            decision_ref=self.decision_ref.text(), scope=self.scope.toPlainText(),
            hours_per_week=typed_hours(self.hours_per_week.text()),  # type: ignore[arg-type]
            starts_on=as_date(self.starts_on), ends_on=as_date(self.ends_on),
            carer_name=self.carer_name.text(), provider=self.provider.text(),
            income=typed_money(self.income.text()),  # type: ignore[arg-type]
            household_size=self.household_size.value(),
            decision_id=(chosen.decision_id if isinstance(
                chosen := self.decision.currentData(), CareDecisionTermsView) else None))

    def save(self) -> None:
        data = self.typed()
        self.save_with(data.case_id, self.tr("Brak otwartej sprawy zespołu usług."),
                       lambda: self.services.care_services.add_order(self.actor, data))
