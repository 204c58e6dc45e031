"""The head's half-year statistics: choose the period, read the table, trace a row, print.

The figures are computed off the GUI thread behind a progress dialog with Cancel (a full
year of a large office is a few GROUP BY queries over hundreds of thousands of rows). Each
row of the table leads to the case signs behind it, so any number can be checked in the
files before it goes into the MRPiPS-03 report.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QSpinBox,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from ops_desktop.documents.mrpips03_data import CaseLine
from ops_desktop.domain.clock import wall_today
from ops_desktop.domain.vocabulary import DecisionKind
from ops_desktop.i18n.format import date_short, money
from ops_desktop.services.context import Actor
from ops_desktop.services.errors import ValidationError
from ops_desktop.services.hub import Services
from ops_desktop.services.statistics import (
    FIRST_YEAR,
    ApplicationBehind,
    ApplicationFigures,
    BenefitFigures,
    CaseBehind,
    StatisticsReport,
)
from ops_desktop.ui import guard, labels, pdf
from ops_desktop.ui.forms import close_only, push_button
from ops_desktop.ui.table_model import Column, PagedTableModel, make_table, selected_object
from ops_desktop.ui.worker import run_with_progress


def _tr(text: str) -> str:
    return QCoreApplication.translate("statistics", text)


def _error_text(exc: BaseException) -> str:
    if isinstance(exc, ValidationError):
        return "\n".join(labels.error(e.code) for e in exc.errors)
    return guard.describe(exc)


def default_period(today: dt.date) -> tuple[int, int | None]:
    """The last period that has ended: the first half from July, else the previous year."""
    return (today.year, 1) if today.month >= 7 else (today.year - 1, None)


def period_text(year: int, half: int | None) -> str:
    return (_tr("I półrocze %1") if half == 1 else _tr("rok %1")).replace("%1", str(year))


def _form_text(form: object) -> str:
    return _tr("Ogółem") if form is None else labels.vocab(labels.FORMS, str(form))


class StatisticsDialog(QDialog):
    def __init__(self, services: Services, actor: Actor, parent: QWidget | None = None,
                 today: dt.date | None = None) -> None:
        super().__init__(parent)
        self.services, self.actor = services, actor
        self.report: StatisticsReport | None = None
        self.cases_dialog: CasesBehindDialog | None = None
        self.form_dialog: QDialog | None = None
        self.setObjectName("statistics_dialog")
        self.setWindowTitle(self.tr("Statystyka półroczna i roczna (MRPiPS-03)"))
        self.resize(1100, 720)
        year, half = default_period(today or wall_today())

        self.year = QSpinBox()
        self.year.setObjectName("statistics_year")
        self.year.setAccessibleName(self.tr("Rok"))
        self.year.setRange(FIRST_YEAR, (today or wall_today()).year)
        self.year.setValue(year)
        self.half = QComboBox()
        self.half.setObjectName("statistics_half")
        self.half.setAccessibleName(self.tr("Okres"))
        self.half.addItem(self.tr("I półrocze (1 stycznia – 30 czerwca)"), 1)
        self.half.addItem(self.tr("cały rok (1 stycznia – 31 grudnia)"), None)
        self.half.setCurrentIndex(0 if half == 1 else 1)
        self.compute_button = push_button(self.tr("&Oblicz"), "statistics_compute", self.compute)
        self.compute_button.setDefault(True)
        chooser = QHBoxLayout()
        year_label = QLabel(self.tr("&Rok:"))
        year_label.setBuddy(self.year)
        half_label = QLabel(self.tr("&Okres:"))
        half_label.setBuddy(self.half)
        for w in (year_label, self.year, half_label, self.half, self.compute_button):
            chooser.addWidget(w)
        chooser.addStretch(1)

        self.heading = QLabel(self.tr("Wybierz rok i okres, a następnie „Oblicz”."))
        self.heading.setObjectName("statistics_heading")
        self.heading.setTextFormat(Qt.TextFormat.PlainText)
        self.heading.setStyleSheet("QLabel { font-weight: bold; }")

        self.benefits = PagedTableModel(self._benefit_columns(), parent=self)
        self.benefits_table = make_table(self.benefits, "statistics_table",
                                         self.tr("Świadczenia przyznane decyzją"))
        self.benefits_table.doubleClicked.connect(lambda _i: self.show_cases())
        note = QLabel(self.tr(
            "Liczone są decyzje podpisane, z datą wydania w okresie; decyzja zmieniająca liczy "
            "się jako odrębna decyzja. Kwota: kwota przyznana w "
            "decyzjach (miesięcznie dla zasiłków okresowych i stałych). Rodzina: gospodarstwo "
            "domowe osoby (osoba bez gospodarstwa – rodzina jednoosobowa); liczba osób w "
            "rodzinie według decyzji. Wiersze „Ogółem” liczą każdą osobę i rodzinę raz."))
        note.setObjectName("statistics_note")
        note.setWordWrap(True)
        self.cases_button = push_button(self.tr("Pokaż &sprawy"), "statistics_cases",
                                         self.show_cases)
        benefits_box = self._group(self.tr("Decyzje wydane w okresie"), self.benefits_table,
                                   note, self.cases_button)

        self.applications = PagedTableModel(self._application_columns(), parent=self)
        self.applications_table = make_table(self.applications, "statistics_applications",
                                             self.tr("Wnioski złożone w okresie"))
        self.applications_table.doubleClicked.connect(lambda _i: self.show_applications())
        self.applications_button = push_button(self.tr("Pokaż &wnioski"),
                                                "statistics_application_cases",
                                                self.show_applications)
        applications_box = self._group(
            self.tr("Wnioski złożone w okresie (status na dziś)"), self.applications_table,
            None, self.applications_button)

        # Social work needs no decision: its row comes from the social-work log.
        self.social_work = QLabel()
        self.social_work.setObjectName("statistics_social_work")
        self.social_work.setWordWrap(True)

        self.status = QLabel()
        self.status.setObjectName("statistics_status")
        self.print_button = push_button(self.tr("&Drukuj / zapisz PDF…"), "statistics_print",
                                         self.print_report)
        self.form_button = push_button(self.tr("Sprawozdanie &MRPiPS-03 według formularza…"),
                                        "statistics_mrpips03", self.open_form_report)
        buttons = close_only(self, "statistics")
        bottom = QHBoxLayout()
        bottom.addWidget(self.print_button)
        bottom.addWidget(self.form_button)
        bottom.addWidget(self.status, 1)
        bottom.addWidget(buttons)

        layout = QVBoxLayout(self)
        layout.addLayout(chooser)
        layout.addWidget(self.heading)
        layout.addWidget(benefits_box, 5)
        layout.addWidget(self.social_work)
        layout.addWidget(applications_box, 3)
        layout.addLayout(bottom)
        self._update_buttons()

    # --- building ---
    def _benefit_columns(self) -> list[Column[BenefitFigures]]:
        return [
            Column(self.tr("Forma pomocy"), lambda b: _form_text(b.form)),
            Column(self.tr("Decyzja"), lambda b: labels.vocab(labels.DECISION_KINDS, b.kind)),
            Column(self.tr("Osoby"), lambda b: str(b.persons), align_right=True),
            Column(self.tr("Decyzje"), lambda b: str(b.decisions), align_right=True),
            Column(self.tr("Kwota"), lambda b: money(b.amount) if b.kind is DecisionKind.GRANT else "–",
                   align_right=True),
            Column(self.tr("Rodziny"), lambda b: str(b.families), align_right=True),
            Column(self.tr("Osoby w rodzinach"), lambda b: str(b.family_members),
                   align_right=True),
        ]

    def _application_columns(self) -> list[Column[ApplicationFigures]]:
        return [
            Column(self.tr("Forma pomocy"), lambda a: _form_text(a.form)),
            Column(self.tr("Złożone"), lambda a: str(a.received), align_right=True),
            Column(self.tr("W toku"), lambda a: str(a.pending), align_right=True),
            Column(self.tr("Rozstrzygnięte"), lambda a: str(a.decided), align_right=True),
            Column(self.tr("Wycofane"), lambda a: str(a.withdrawn), align_right=True),
        ]

    @staticmethod
    def _group(title: str, table: QTableView, note: QLabel | None,
               button: QPushButton) -> QGroupBox:
        # Figures sit next to their headers rather than one of them far on the right, and
        # rows are compact so the whole table (ten rows) fits without scrolling.
        table.horizontalHeader().setStretchLastSection(False)
        table.verticalHeader().setDefaultSectionSize(table.fontMetrics().height() + 10)
        group = QGroupBox(title)
        layout = QVBoxLayout(group)
        layout.addWidget(table)
        if note is not None:
            layout.addWidget(note)
        row = QHBoxLayout()
        row.addWidget(button)
        row.addStretch(1)
        layout.addLayout(row)
        return group

    def _update_buttons(self) -> None:
        ready = self.report is not None
        for button in (self.cases_button, self.applications_button, self.print_button):
            button.setEnabled(ready)

    # --- computing ---
    def chosen_period(self) -> tuple[int, int | None]:
        return self.year.value(), self.half.currentData()

    def compute(self) -> None:
        year, half = self.chosen_period()
        services, actor = self.services, self.actor
        self.compute_button.setEnabled(False)
        self.status.setText(self.tr("Obliczanie…"))

        def work(progress: Callable[[int, int], None], cancelled: Callable[[], bool]) -> Any:
            progress(0, 0)  # a busy bar: the database answers the whole table at once
            report = services.statistics.half_year(actor, year, half)
            # SQLite cannot be stopped mid-query; a cancelled result is simply not shown.
            return None if cancelled() else report

        run_with_progress(self, self.tr("Obliczanie statystyki…"), work, self._computed,
                          self._failed)

    def _computed(self, report: StatisticsReport | None) -> None:
        self.compute_button.setEnabled(True)
        if report is None:
            self.status.setText(self.tr("Obliczanie anulowano."))
            return
        self.report = report
        p = report.period
        self.heading.setText(self.tr("%1: %2 – %3 (obliczono %4)")
                             .replace("%1", period_text(p.year, p.half))
                             .replace("%2", date_short(p.start))
                             .replace("%3", date_short(p.end))
                             .replace("%4", report.generated_at.strftime("%d.%m.%Y %H:%M")))
        self.benefits.set_rows(list(report.benefits))
        self.applications.set_rows(list(report.applications))
        w = report.social_work
        self.social_work.setText("" if w is None else self.tr(
            "Praca socjalna (z dziennika pracy socjalnej): osoby %1, rodziny %2, osoby w "
            "rodzinach %3 – z %4 wpisów, %5 min.")
            .replace("%1", str(w.persons)).replace("%2", str(w.families))
            .replace("%3", str(w.family_members)).replace("%4", str(w.entries))
            .replace("%5", str(w.minutes)))
        self.status.setText("")
        self._update_buttons()

    def _failed(self, exc: BaseException) -> None:
        self.compute_button.setEnabled(True)
        self.status.setText("")
        guard.message(self, _error_text(exc))

    # --- tracing ---
    def _selected(self, table: QTableView, model: PagedTableModel[Any]) -> Any:
        return selected_object(table, model)

    def show_cases(self) -> None:
        row: BenefitFigures | None = self._selected(self.benefits_table, self.benefits)
        if self.report is None or row is None:
            self.status.setText(self.tr("Zaznacz wiersz tabeli decyzji."))
            return
        p = self.report.period
        try:
            found = self.services.statistics.cases_behind(self.actor, p.year, p.half, row.form,
                                                          row.kind)
        except Exception as exc:  # noqa: BLE001 - shown in words, the dialog stays open
            guard.message(self, _error_text(exc))
            return
        title = (self.tr("Sprawy za %1: %2 (decyzja %3)")
                 .replace("%1", period_text(p.year, p.half)).replace("%2", _form_text(row.form))
                 .replace("%3", labels.vocab(labels.DECISION_KINDS, row.kind)))
        self._open_list(CasesBehindDialog.of_decisions(title, found, self))

    def show_applications(self) -> None:
        row: ApplicationFigures | None = self._selected(self.applications_table,
                                                        self.applications)
        if self.report is None or row is None:
            self.status.setText(self.tr("Zaznacz wiersz tabeli wniosków."))
            return
        p = self.report.period
        try:
            found = self.services.statistics.applications_behind(self.actor, p.year, p.half,
                                                                 row.form)
        except Exception as exc:  # noqa: BLE001 - shown in words, the dialog stays open
            guard.message(self, _error_text(exc))
            return
        title = (self.tr("Wnioski złożone za %1: %2")
                 .replace("%1", period_text(p.year, p.half)).replace("%2", _form_text(row.form)))
        self._open_list(CasesBehindDialog.of_applications(title, found, self))

    def _open_list(self, dialog: CasesBehindDialog) -> None:
        if self.cases_dialog is not None:
            self.cases_dialog.close()
            self.cases_dialog.deleteLater()
        self.cases_dialog = dialog
        dialog.show()

    # --- the report by the form's divisions ---
    def open_form_report(self) -> None:
        """MRPiPS-03 laid out by the form for the chosen period, made in its own window."""
        from ops_desktop.ui.coordinator.mrpips03 import Mrpips03Dialog

        year, half = self.chosen_period()
        if self.form_dialog is not None:
            self.form_dialog.close()
            self.form_dialog.deleteLater()
        dialog = Mrpips03Dialog(self.services, self.actor, year, half, self)
        self.form_dialog = dialog
        dialog.show()
        dialog.compute()

    # --- printing ---
    def print_report(self) -> None:
        report = self.report
        if report is None:
            return
        services, actor = self.services, self.actor
        self.print_button.setEnabled(False)

        def work(progress: Callable[[int, int], None], cancelled: Callable[[], bool]) -> Any:
            progress(0, 0)
            data = services.statistics.render(actor, report)
            return None if cancelled() else data

        def done(data: bytes | None) -> None:
            self.print_button.setEnabled(True)
            if data is None:
                self.status.setText(self.tr("Wydruk anulowano."))
                return
            period = report.period
            name = f"statystyka_{period.year}" + ("_I_polrocze" if period.half == 1 else "_rok")
            handed = pdf.hand_over(self, data, name)
            if handed is not None:
                self.status.setText(self.tr("Zapisano: %1").replace("%1", str(handed.path)))

        def failed(exc: BaseException) -> None:
            self.print_button.setEnabled(True)
            guard.message(self, self.tr("Nie udało się przygotować wydruku: %1")
                          .replace("%1", _error_text(exc)))

        run_with_progress(self, self.tr("Przygotowanie wydruku…"), work, done, failed)


class CasesBehindDialog(QDialog):
    """The case signs behind one row of the statistics, in the order of the register."""

    def __init__(self, title: str, model: PagedTableModel[Any], count: int,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("cases_behind_dialog")
        self.setWindowTitle(title)
        self.resize(900, 520)
        self.model = model
        model.setParent(self)
        self.table = make_table(model, "cases_behind_table", title)
        summary = QLabel(self.tr("%1 – pozycji: %2").replace("%1", title)
                         .replace("%2", str(count)))
        summary.setObjectName("cases_behind_summary")
        summary.setWordWrap(True)
        buttons = close_only(self, "cases_behind")
        layout = QVBoxLayout(self)
        layout.addWidget(summary)
        layout.addWidget(self.table)
        layout.addWidget(buttons)

    @classmethod
    def of_decisions(cls, title: str, found: list[CaseBehind],
                     parent: QWidget | None = None) -> CasesBehindDialog:
        model: PagedTableModel[CaseBehind] = PagedTableModel([
            Column(_tr("Znak sprawy"), lambda c: c.case_sign),
            Column(_tr("Data wydania"), lambda c: date_short(c.issued_on),
                   sort_key=lambda c: c.issued_on),
            Column(_tr("Forma pomocy"), lambda c: labels.vocab(labels.FORMS, c.form)),
            Column(_tr("Decyzja"), lambda c: labels.vocab(labels.DECISION_KINDS, c.kind)
                   + (_tr(" (zmieniająca)") if c.is_change else "")),
            Column(_tr("Kwota"), lambda c: money(c.amount), align_right=True),
            Column(_tr("Okres"), _period),
            Column(_tr("Osób w rodzinie"), lambda c: str(c.household_size), align_right=True),
        ])
        model.set_rows(found)
        return cls(title, model, len(found), parent)

    @classmethod
    def of_lines(cls, title: str, found: list[CaseLine],
                 parent: QWidget | None = None) -> CasesBehindDialog:
        """The items behind a row of the MRPiPS-03 report: decisions, bills, entries."""
        model: PagedTableModel[CaseLine] = PagedTableModel([
            Column(_tr("Znak sprawy"), lambda c: c.case_sign),
            Column(_tr("Data"), lambda c: date_short(c.on), sort_key=lambda c: c.on),
            Column(_tr("Co"), lambda c: c.what),
            Column(_tr("Kwota"), lambda c: "" if c.amount is None else money(c.amount),
                   align_right=True),
        ])
        model.set_rows(found)
        return cls(title, model, len(found), parent)

    @classmethod
    def of_applications(cls, title: str, found: list[ApplicationBehind],
                        parent: QWidget | None = None) -> CasesBehindDialog:
        model: PagedTableModel[ApplicationBehind] = PagedTableModel([
            Column(_tr("Znak sprawy"), lambda a: a.case_sign),
            Column(_tr("Data wpływu"), lambda a: date_short(a.received_on)),
            Column(_tr("Forma pomocy"), lambda a: labels.vocab(labels.FORMS, a.form)),
            Column(_tr("Status"), lambda a: labels.vocab(labels.APPLICATION_STATUSES, a.status)),
        ])
        model.set_rows(found)
        return cls(title, model, len(found), parent)


def _period(c: CaseBehind) -> str:
    if c.period_from is None:
        return ""
    end = date_short(c.period_to) if c.period_to else _tr("bezterminowo")
    return f"{date_short(c.period_from)} – {end}"
