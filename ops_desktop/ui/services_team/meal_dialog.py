"""A decision granting posiłek: the case, who eats (the party or a child of the household),
the interview it rests on, the kind of meal and where it is given, the period, days × meals a
day, the price of a meal and the household's income. The meals, their cost and whether they
are free under the programme's threshold show as the worker types; a refusal stands under
its field and what was typed stays."""

from __future__ import annotations

import uuid

from PySide6.QtWidgets import QComboBox, QLineEdit, QSpinBox, QWidget

from ops_desktop.domain.clock import wall_today
from ops_desktop.domain.errors import DomainError, ValidationError
from ops_desktop.domain.meals import MealKind
from ops_desktop.i18n.format import date_short, money
from ops_desktop.services.context import Actor
from ops_desktop.services.hub import Services
from ops_desktop.services.meals import MealDecisionInput, MealDecisionView
from ops_desktop.ui import labels, meal_labels
from ops_desktop.ui.benefits.application_dialog import date_edit
from ops_desktop.ui.field_rows import field_rows
from ops_desktop.ui.first_contact.inputs import hint, plain_text
from ops_desktop.ui.forms import named, save_cancel, vocab_combo
from ops_desktop.ui.guard import attempt
from ops_desktop.ui.live_preview import follow_inputs
from ops_desktop.ui.services_team.order_dialog import as_date, typed_money
from ops_desktop.ui.services_team.signed_acts import fill_services_cases
from ops_desktop.ui.services_team.terms_form import (
    TermsDialog,
    household_spin,
    period_edits,
    preview_label,
)


def _spin(name: str, accessible: str, low: int, high: int, value: int) -> QSpinBox:
    box = named(QSpinBox(), name, accessible)
    box.setRange(low, high)
    box.setValue(value)
    return box


class MealDecisionDialog(TermsDialog[MealDecisionView]):
    def __init__(self, services: Services, actor: Actor, parent: QWidget | None = None) -> None:
        super().__init__(services, actor, parent)
        self.setWindowTitle(self.tr("Decyzja o przyznaniu posiłku"))
        self.case = fill_services_cases(named(QComboBox(), "meal_case", self.tr(
            "Sprawa zespołu usług")), services, actor,
            services.meals.preparing_team())
        self.beneficiary = named(QComboBox(), "meal_beneficiary", self.tr("Kto otrzymuje posiłek"))
        self.interview = named(QComboBox(), "meal_interview", self.tr("Wywiad środowiskowy"))
        self.case.currentIndexChanged.connect(lambda _i: self._fill_case())
        self.kind = vocab_combo("meal_kind", self.tr("Rodzaj posiłku"), meal_labels.MEAL_KINDS,
                                [k.value for k in MealKind])
        self.place = named(QLineEdit(), "meal_place", self.tr("Miejsce wydawania posiłku"))
        self.place.setPlaceholderText(self.tr("szkoła, stołówka albo wykonawca"))
        today = wall_today()
        self.decided_on = date_edit("meal_decided_on", self.tr("Data decyzji"), today)
        self.starts_on, self.ends_on = period_edits(
            today.replace(day=1), 1, ("meal_starts_on", self.tr("Posiłek od")),
            ("meal_ends_on", self.tr("Posiłek do")))
        self.days = _spin("meal_days", self.tr("Liczba dni wydawania"), 1, 366, 21)
        self.per_day = _spin("meal_per_day", self.tr("Posiłki dziennie"), 1, 5, 1)
        self.price = named(QLineEdit(), "meal_price", self.tr("Koszt jednego posiłku (zł)"))
        self.income = named(QLineEdit(), "meal_income", self.tr("Dochód rodziny (zł)"))
        self.household_size = household_spin("meal_household_size",
                                             self.tr("Liczba osób w rodzinie"))
        self.reasoning = plain_text("meal_reasoning", self.tr("Uzasadnienie"), 60)
        self.terms = preview_label("meal_terms", self.tr("Posiłki i koszt"))
        buttons, self.save_button, _ = save_cancel(self, self.tr("&Zapisz projekt"),
                                                   "meal_decision", self.save)
        form = field_rows(self.fields, (
                (self.tr("&Sprawa:"), "case_id", self.case),
                (self.tr("&Kto otrzymuje:"), "beneficiary_id", self.beneficiary),
                (self.tr("&Wywiad:"), "interview_id", self.interview),
                (self.tr("&Rodzaj:"), "kind", self.kind),
                (self.tr("&Miejsce:"), "place", self.place),
                (self.tr("&Data decyzji:"), "decided_on", self.decided_on),
                (self.tr("Posiłek &od:"), "starts_on", self.starts_on),
                (self.tr("Posiłek d&o:"), "ends_on", self.ends_on),
                (self.tr("Liczba d&ni:"), "days", self.days),
                (self.tr("Posiłki d&ziennie:"), "per_day", self.per_day),
                (self.tr("&Koszt posiłku (zł):"), "price", self.price),
                (self.tr("Dochód r&odziny (zł):"), "income", self.income),
                (self.tr("Liczba osó&b w rodzinie:"), "household_size", self.household_size),
                (self.tr("&Uzasadnienie:"), "reasoning", self.reasoning)))
        self.lay_out(form, self.terms, hint(self.tr(
            "Posiłek przyznaje się decyzją po wywiadzie środowiskowym; nieodpłatnie, gdy dochód "
            "nie przekracza progu programu „Posiłek w szkole i w domu”. Projekt podpisuje "
            "kierownik.")), buttons)
        follow_inputs(self.show_terms, self.price, self.income, self.days, self.per_day,
                      self.household_size, self.decided_on, self.starts_on, self.ends_on)
        self._fill_case()
        self.resize(620, 720)

    def _fill_case(self) -> None:
        self.beneficiary.clear()
        self.interview.clear()
        case_id = self.case.currentData()
        if not isinstance(case_id, uuid.UUID):
            return
        members = attempt(self, lambda: self.services.meals.members(self.actor, case_id)) or []
        for m in members:
            self.beneficiary.addItem(m.name, m.id)
        # The income is per person in the family: a family of six left at "1" read as a
        # single person's income and was wrongly found above the threshold. The register's
        # household is the starting count; the worker corrects it after the interview.
        if members:
            self.household_size.setValue(len(members))
        for i in attempt(self, lambda: self.services.meals.interviews(self.actor, case_id)) \
                or []:
            text = (self.tr("zakończony, przeprowadzony %1").replace(
                "%1", date_short(i.conducted_on)) if i.completed else self.tr("w toku (szkic)"))
            self.interview.addItem(text, i.id)
        self.show_terms()

    def typed(self) -> MealDecisionInput:
        case_id, who = self.case.currentData(), self.beneficiary.currentData()
        interview_id = self.interview.currentData()
        return MealDecisionInput(
            case_id=case_id if isinstance(case_id, uuid.UUID) else None,  # type: ignore[arg-type]
            beneficiary_id=who if isinstance(who, uuid.UUID) else None,  # type: ignore[arg-type]
            kind=MealKind(self.kind.currentData()), place=self.place.text(),
            decided_on=as_date(self.decided_on), starts_on=as_date(self.starts_on),
            ends_on=as_date(self.ends_on), days=self.days.value(),
            per_day=self.per_day.value(),
            price=typed_money(self.price.text()),  # type: ignore[arg-type]
            income=typed_money(self.income.text()),  # type: ignore[arg-type]
            household_size=self.household_size.value(),
            interview_id=interview_id if isinstance(interview_id, uuid.UUID) else None,
            reasoning=self.reasoning.toPlainText())

    def show_terms(self) -> None:
        """The meals and their cost, free or paid, or what is still missing to tell."""
        data = self.typed()
        if data.case_id is None:
            self.terms.setText("")
            return
        try:
            t = self.services.meals.terms(self.actor, data)
        except ValidationError as exc:
            self.terms.setText(self.tr("Do ustalenia: %1").replace(
                "%1", " ".join(labels.error(e.code) for e in exc.errors)))
            return
        except DomainError as exc:
            self.terms.setText(labels.error(exc.code))
            return
        text = (self.tr("%1 posiłków × %2 = %3. Dochód na osobę %4, próg %5: ")
                .replace("%1", str(t.meals)).replace("%2", money(t.price))
                .replace("%3", money(t.total)).replace("%4", money(t.income_per_person))
                .replace("%5", money(t.threshold)))
        self.terms.setText(text + (self.tr("nieodpłatnie (koszt pokrywa ośrodek).") if t.free
                                   else self.tr("odpłatnie.")))

    def save(self) -> None:
        data = self.typed()
        self.save_with(data.case_id, self.tr("Brak otwartej sprawy zespołu usług."),
                       lambda: self.services.meals.prepare(self.actor, data))
