"""The two things a benefits worker records about an application's KPA deadline: a notice of
delay (art. 36: the reason and the new date) and a period that does not count (art. 35 § 5).
Each saves through services/deadlines.py; a refusal shows next to its field and keeps what was
typed."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QDateEdit,
    QDialog,
    QFormLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QVBoxLayout,
    QWidget,
)

from ops_desktop.domain.clock import wall_today
from ops_desktop.i18n.format import date_short
from ops_desktop.services.context import Actor
from ops_desktop.services.deadlines import NoticeInput, PauseInput
from ops_desktop.services.hub import Services
from ops_desktop.services.views import ApplicationView, DelayNoticeView
from ops_desktop.ui.benefits.application_dialog import date_edit, field_box
from ops_desktop.ui.forms import FieldErrors, named, save_cancel
from ops_desktop.ui.guard import attempt


class _DeadlineDialog(QDialog):
    """A short form about one application: a summary line, fields with their errors, Save."""

    def __init__(self, services: Services, actor: Actor, application: ApplicationView,
                 parent: QWidget | None) -> None:
        super().__init__(parent)
        self.services, self.actor, self.application = services, actor, application
        self.fields = FieldErrors()
        self.form = QFormLayout()
        self.form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)

    def _summary(self, text: str) -> QLabel:
        label = QLabel(text.replace("%1", self.application.person_name)
                       .replace("%2", self.application.case_sign)
                       .replace("%3", date_short(self.application.kpa_deadline)))
        label.setWordWrap(True)
        label.setTextFormat(Qt.TextFormat.PlainText)
        return label

    def _rows(self, rows: tuple[tuple[str, str, QWidget], ...]) -> None:
        for text, field, widget in rows:
            label = QLabel(text)
            label.setBuddy(widget)
            self.form.addRow(label, field_box(self.fields, field, widget))

    def _finish(self, summary: QLabel, save_text: str, name: str,
                first: QWidget) -> None:
        buttons, _save, _cancel = save_cancel(self, save_text, name, self.save)
        layout = QVBoxLayout(self)
        layout.addWidget(summary)
        layout.addLayout(self.form)
        layout.addWidget(buttons)
        self.resize(600, 360)
        first.setFocus()

    def _saved(self, call: Callable[[], object]) -> object | None:
        done = attempt(self, call, self.fields)
        if done is not None:
            self.accept()
        return done

    def save(self) -> None:
        raise NotImplementedError


class DelayNoticeDialog(_DeadlineDialog):
    """Zawiadomienie o zwłoce (art. 36 KPA): `notice` holds the recorded notice after Save."""

    def __init__(self, services: Services, actor: Actor, application: ApplicationView,
                 parent: QWidget | None = None) -> None:
        super().__init__(services, actor, application, parent)
        self.notice: DelayNoticeView | None = None
        self.setWindowTitle(self.tr("Zawiadomienie o zwłoce – %1").replace(
            "%1", application.case_sign))
        summary = self._summary(self.tr(
            "%1, sprawa %2: termin załatwienia upływa %3. Zawiadomienie (art. 36 KPA) podaje "
            "przyczynę zwłoki i nowy termin, który od dziś staje się terminem sprawy, oraz "
            "poucza o prawie do wniesienia ponaglenia (art. 37 KPA)."))
        today = wall_today()
        self.notified_on = date_edit("notice_notified_on", self.tr("Data zawiadomienia"), today)
        self.new_deadline = date_edit("notice_new_deadline", self.tr("Nowy termin załatwienia"),
                                      max(today, application.kpa_deadline or today)
                                      + dt.timedelta(days=14))
        self.reason = named(QPlainTextEdit(), "notice_reason", self.tr("Przyczyna zwłoki"))
        self.reason.setTabChangesFocus(True)
        self.reason.setMinimumHeight(80)
        self._rows(((self.tr("&Przyczyna zwłoki:"), "reason", self.reason),
                    (self.tr("&Nowy termin:"), "new_deadline", self.new_deadline),
                    (self.tr("&Data zawiadomienia:"), "notified_on", self.notified_on)))
        self._finish(summary, self.tr("&Zapisz zawiadomienie"), "delay_notice", self.reason)

    def data(self) -> NoticeInput:
        return NoticeInput(_day(self.notified_on), _day(self.new_deadline),
                           self.reason.toPlainText())

    def save(self) -> None:
        data = self.data()
        self.notice = self._saved(lambda: self.services.deadlines.record_notice(  # type: ignore[assignment]
            self.actor, self.application.id, data))


class PauseDialog(_DeadlineDialog):
    """A period that does not count (art. 35 § 5 KPA): the deadline moves by its days."""

    def __init__(self, services: Services, actor: Actor, application: ApplicationView,
                 parent: QWidget | None = None) -> None:
        super().__init__(services, actor, application, parent)
        self.setWindowTitle(self.tr("Okres niewliczany do terminu – %1").replace(
            "%1", application.case_sign))
        summary = self._summary(self.tr(
            "%1, sprawa %2: termin upływa %3. Okres zawieszenia postępowania, oczekiwania na "
            "czynność strony albo opóźnienia z winy strony (art. 35 § 5 KPA) przesuwa termin o "
            "tyle dni, ile trwał."))
        today = wall_today()
        self.first_day = date_edit("pause_first_day", self.tr("Okres od"), today)
        self.last_day = date_edit("pause_last_day", self.tr("Okres do"), today)
        self.reason = named(QLineEdit(), "pause_reason", self.tr("Przyczyna"))
        self.reason.setPlaceholderText(self.tr("np. zawieszenie postępowania, oczekiwanie na "
                                               "dokumenty strony"))
        self._rows(((self.tr("&Przyczyna:"), "reason", self.reason),
                    (self.tr("Okres &od:"), "first_day", self.first_day),
                    (self.tr("Okres d&o:"), "last_day", self.last_day)))
        self._finish(summary, self.tr("&Zapisz okres"), "pause", self.reason)

    def data(self) -> PauseInput:
        return PauseInput(_day(self.first_day), _day(self.last_day), self.reason.text())

    def save(self) -> None:
        data = self.data()
        self._saved(lambda: self.services.deadlines.record_pause(
            self.actor, self.application.id, data))


def _day(edit: QDateEdit) -> dt.date:
    return edit.date().toPython()  # type: ignore[return-value]
