"""A decision granting care, as the services worker prepares it: the kind of care, the
application's day, scope, hours a week or a month, period, place, provider, the household's
income and size (and, for persons with mental disorders, the OPS's hourly price). The fee the
decision will fix – hourly cost, fee %, the income's share of the criterion – is shown as the
worker types; "Zapisz projekt decyzji" saves the draft the head signs. A refusal names each
wrong field under it and keeps everything typed."""

from __future__ import annotations

import uuid

from PySide6.QtWidgets import QComboBox, QLineEdit, QWidget

from ops_desktop.domain.care_decisions import (
    MAX_PLACE,
    MAX_PROVIDER,
    HoursUnit,
    by_ministry_table,
    fee_per_hour,
)
from ops_desktop.domain.clock import wall_today
from ops_desktop.domain.vocabulary import CareKind
from ops_desktop.i18n.format import money
from ops_desktop.services.care_decisions import CareDecisionInput
from ops_desktop.services.context import Actor
from ops_desktop.services.errors import DomainError, StorageEnvironmentError, ValidationError
from ops_desktop.services.hub import Services
from ops_desktop.services.views import DecisionView
from ops_desktop.ui import labels
from ops_desktop.ui.benefits.application_dialog import date_edit
from ops_desktop.ui.field_rows import field_rows
from ops_desktop.ui.first_contact.inputs import hint, plain_text
from ops_desktop.ui.forms import named, save_cancel, vocab_combo
from ops_desktop.ui.guard import attempt
from ops_desktop.ui.live_preview import follow_inputs
from ops_desktop.ui.services_team.order_dialog import as_date, typed_hours, typed_money
from ops_desktop.ui.services_team.terms_form import (
    TermsDialog,
    household_spin,
    money_edit,
    period_edits,
    preview_label,
)


def _figure(value: object) -> str:
    return format(value, "f").replace(".", ",")


class CareDecisionDialog(TermsDialog[DecisionView]):
    def __init__(self, services: Services, actor: Actor, parent: QWidget | None = None,
                 case_id: uuid.UUID | None = None) -> None:
        super().__init__(services, actor, parent)
        self.setWindowTitle(self.tr("Decyzja o przyznaniu usług"))
        team = services.care_decisions.preparing_team()
        self.case = named(QComboBox(), "care_decision_case", self.tr("Sprawa"))
        for case in services.referrals.cases(actor, team, 200, None, True):
            self.case.addItem(f"{case.sign} – {case.person_name}", case.id)
        # Opened on a case (the benefits worker's chosen application): that case, chosen.
        # (compared here: Qt's findData does not compare Python values)
        for i in range(self.case.count()):
            if case_id is not None and self.case.itemData(i) == case_id:
                self.case.setCurrentIndex(i)
        self.kind = vocab_combo("care_decision_kind", self.tr("Rodzaj usług"), labels.FORMS,
                                list(CareKind))
        self.received_on = date_edit("care_decision_received_on", self.tr("Wniosek z dnia"),
                                     wall_today())
        self.scope = plain_text("care_decision_scope", self.tr("Zakres usług (poufny)"), 70)
        self.hours = named(QLineEdit(), "care_decision_hours", self.tr("Liczba godzin"))
        self.hours.setMaximumWidth(90)
        self.unit = vocab_combo("care_decision_unit", self.tr("Godziny na"), labels.HOURS_UNITS,
                                list(HoursUnit))
        self.period_from, self.period_to = period_edits(
            wall_today().replace(day=1), 12, ("care_decision_from", self.tr("Usługi od")),
            ("care_decision_to", self.tr("Usługi do")))
        self.place = named(QLineEdit(), "care_decision_place", self.tr("Miejsce świadczenia"))
        self.place.setMaxLength(MAX_PLACE)
        self.place.setPlaceholderText(self.tr("np. mieszkanie Strony, ul. Polna 5"))
        self.provider = named(QLineEdit(), "care_decision_provider", self.tr("Wykonawca usług"))
        self.provider.setMaxLength(MAX_PROVIDER)
        self.income = money_edit("care_decision_income", self.tr("Dochód rodziny miesięcznie"))
        self.household_size = household_spin("care_decision_household",
                                             self.tr("Liczba osób w rodzinie"))
        self.hourly_cost = money_edit("care_decision_hourly_cost",
                                      self.tr("Cena godziny ustalona przez ośrodek"))
        self.reasoning = plain_text("care_decision_reasoning", self.tr("Uzasadnienie"), 70)
        self.fee = preview_label("care_decision_fee", self.tr("Odpłatność"))
        buttons, self.save_button, _ = save_cancel(self, self.tr("&Zapisz projekt decyzji"),
                                                   "care_decision", self.save)
        # A narrow field stays at the left, with what goes beside it: the unit beside the
        # hours ("30 [godzin miesięcznie]"), an empty stretch beside the sums.
        form = field_rows(self.fields, (
            (self.tr("&Sprawa:"), "case_id", self.case),
            (self.tr("&Rodzaj usług:"), "kind", self.kind),
            (self.tr("&Wniosek z dnia:"), "received_on", self.received_on),
            (self.tr("Za&kres usług:"), "scope", self.scope),
            (self.tr("&Godzin:"), "hours", self.hours, self.unit),
            (self.tr("Usługi &od:"), "period_from", self.period_from),
            (self.tr("Usł&ugi do:"), "period_to", self.period_to),
            (self.tr("&Miejsce:"), "place", self.place),
            (self.tr("Wy&konawca:"), "provider", self.provider),
            (self.tr("Dochód r&odziny (zł):"), "income", self.income, QWidget()),
            (self.tr("&Liczba osób w rodzinie:"), "household_size", self.household_size),
            (self.tr("&Cena godziny (zł):"), "hourly_cost", self.hourly_cost, QWidget()),
            (self.tr("U&zasadnienie:"), "reasoning", self.reasoning)))
        self.lay_out(form, self.fee, hint(self.tr(
            "Odpłatność wynika z dochodu według uchwały rady gminy, a przy usługach dla osób "
            "z zaburzeniami psychicznymi – według tabeli z rozporządzenia i ceny godziny "
            "ustalonej przez ośrodek. Projekt podpisuje kierownik.")), buttons)
        follow_inputs(self.show_fee, self.income, self.hourly_cost, self.household_size,
                      self.period_from)
        self.kind.currentIndexChanged.connect(lambda _i: self._kind_chosen())
        self.case.currentIndexChanged.connect(lambda _i: self._case_chosen())
        self._case_chosen()
        self._kind_chosen()
        self.resize(620, 760)

    def _case_chosen(self) -> None:
        """The family size starts at the register's household of the chosen case: left at
        one, a family's income read as a single person's and took the wrong fee band. The
        worker corrects it after the interview."""
        case_id = self.case.currentData()
        if not isinstance(case_id, uuid.UUID):
            return
        size = attempt(self, lambda: self.services.care_decisions.household_size(
            self.actor, case_id))
        if isinstance(size, int):
            self.household_size.setValue(size)

    def chosen_kind(self) -> CareKind:
        return CareKind(self.kind.currentData())

    def _kind_chosen(self) -> None:
        """SUO for mental disorders: the OPS's price and hours a month (§ 4 of the regulation)."""
        ministry = by_ministry_table(self.chosen_kind())
        self.hourly_cost.setEnabled(ministry)
        if ministry:
            self.unit.setCurrentIndex(list(HoursUnit).index(HoursUnit.MONTH))
        self.show_fee()

    def show_fee(self) -> None:
        """The fee the decision will fix, or why it cannot be found yet."""
        income, cost = typed_money(self.income.text()), typed_money(self.hourly_cost.text())
        kind = self.chosen_kind()
        if isinstance(income, str):
            self.fee.setText(self.tr("Odpłatność: wpisz dochód rodziny."))
            return
        own = None
        if by_ministry_table(kind):
            if isinstance(cost, str):
                self.fee.setText(self.tr("Odpłatność: wpisz cenę godziny ustaloną przez ośrodek."))
                return
            own = cost
        try:
            t = self.services.care_decisions.terms_for(
                self.actor, kind, income, self.household_size.value(),
                as_date(self.period_from), own)
        except ValidationError as exc:
            self.fee.setText(self.tr("Odpłatności nie można ustalić: %1").replace(
                "%1", " ".join(labels.error(e.code) for e in exc.errors)))
            return
        except (DomainError, StorageEnvironmentError) as exc:
            self.fee.setText(self.tr("Odpłatności nie można ustalić: %1").replace(
                "%1", labels.error(getattr(exc, "code", ""))))
            return
        text = (self.tr("Odpłatność: %1% kosztu godziny %2, tj. %3 za godzinę (dochód %4% "
                        "kryterium; %5)")
                .replace("%1", _figure(t.fee_percent)).replace("%2", money(t.hourly_cost))
                .replace("%3", money(fee_per_hour(t))).replace("%4", _figure(t.income_share))
                .replace("%5", t.fee_source))
        if t.unconfirmed:
            text += self.tr(" – próg lub tabela niepotwierdzone")
        self.fee.setText(text)

    def typed(self) -> CareDecisionInput:
        case_id = self.case.currentData()
        kind = self.chosen_kind()
        cost = typed_money(self.hourly_cost.text()) if by_ministry_table(kind) else None
        return CareDecisionInput(
            case_id=case_id if isinstance(case_id, uuid.UUID) else None,  # type: ignore[arg-type]
            kind=kind, received_on=as_date(self.received_on),
            scope=self.scope.toPlainText(),
            hours=typed_hours(self.hours.text()),  # type: ignore[arg-type]
            hours_unit=HoursUnit(self.unit.currentData()),
            period_from=as_date(self.period_from), period_to=as_date(self.period_to),
            place=self.place.text(), provider=self.provider.text(),
            income=typed_money(self.income.text()),  # type: ignore[arg-type]
            household_size=self.household_size.value(),
            hourly_cost=cost,  # type: ignore[arg-type]
            reasoning=self.reasoning.toPlainText())

    def save(self) -> None:
        data = self.typed()
        self.save_with(data.case_id, self.tr("Brak otwartej sprawy zespołu."),
                       lambda: self.services.care_decisions.prepare(self.actor, data))
