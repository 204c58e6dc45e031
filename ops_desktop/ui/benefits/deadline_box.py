"""The "Termin" box of the application panel: the running KPA deadline and how it was
counted, "Sprawa szczególnie skomplikowana", a period that does not count, the notice of
delay (art. 36) and its printing. Overdue and near deadlines say so in words, not colour only."""

from __future__ import annotations


from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QCheckBox,
    QDialog,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from ops_desktop.domain.clock import wall_today
from ops_desktop.domain.permissions import Permission
from ops_desktop.domain.vocabulary import ApplicationStatus
from ops_desktop.i18n.format import date_short
from ops_desktop.services.context import Actor
from ops_desktop.services.hub import Services
from ops_desktop.services.views import ApplicationView
from ops_desktop.ui import pdf
from ops_desktop.ui.benefits.deadline_dialogs import DelayNoticeDialog, PauseDialog
from ops_desktop.ui.forms import named
from ops_desktop.ui.guard import attempt

OVERDUE_STYLE = "color: #b00020; font-weight: bold;"
SOON_STYLE = "color: #8a5a00; font-weight: bold;"


def run_dialog(dialog: QDialog) -> bool:
    """Show a dialog modally; True when saved. Tests replace this to drive the dialog."""
    return dialog.exec() == QDialog.DialogCode.Accepted


class DeadlineBox(QGroupBox):
    changed = Signal()  # something about the deadline was saved

    def __init__(self, services: Services, actor: Actor, parent: QWidget | None = None) -> None:
        super().__init__(self.tr("Termin"), parent)
        self.services, self.actor = services, actor
        self.app: ApplicationView | None = None
        self.deadline = named(QLabel(), "app_deadline", self.tr("Termin załatwienia sprawy"))
        self.deadline.setWordWrap(True)
        self.basis = named(QLabel(), "deadline_basis", self.tr("Jak policzono termin"))
        self.basis.setWordWrap(True)
        self.basis.setTextFormat(Qt.TextFormat.PlainText)
        self.complicated = named(QCheckBox(self.tr("Sprawa szczególnie s&komplikowana")),
                                 "particularly_complicated",
                                 self.tr("Sprawa szczególnie skomplikowana"))
        self.complicated.setToolTip(self.tr("Art. 35 § 3 KPA: termin dwóch miesięcy od wszczęcia "
                                            "postępowania."))
        self.complicated.clicked.connect(self.set_complicated)
        self.pause_button = self._button(self.tr("Okres niewliczany…"), "deadline_pause",
                                         self.record_pause)
        self.notice_button = self._button(self.tr("Zawiadomienie o zwłoce…"), "delay_notice",
                                          self.record_notice)
        self.print_button = self._button(self.tr("Drukuj zawiadomienie"), "print_delay_notice",
                                         self.print_notice)
        may = actor.may(Permission.MANAGE_DEADLINES)
        for widget in (self.complicated, self.pause_button, self.notice_button,
                       self.print_button):
            widget.setVisible(may)
        buttons = QHBoxLayout()
        for button in (self.pause_button, self.notice_button, self.print_button):
            buttons.addWidget(button)
        buttons.addStretch()
        layout = QVBoxLayout(self)
        layout.addWidget(self.deadline)
        layout.addWidget(self.basis)
        layout.addWidget(self.complicated)
        layout.addLayout(buttons)

    def _button(self, text: str, name: str, slot: object) -> QPushButton:
        button = named(QPushButton(text), name, text.rstrip("…"))
        button.clicked.connect(slot)
        return button

    def show_application(self, app: ApplicationView) -> None:
        self.app = app
        today = wall_today()
        by_notice = app.deadline is not None and app.deadline.by_notice
        text = (self.tr("Termin załatwienia (nowy, art. 36 KPA): %1") if by_notice else
                self.tr("Termin załatwienia (art. 35 § 3 KPA): %1")).replace(
            "%1", date_short(app.kpa_deadline))
        style = ""
        if app.overdue_on(today):
            days = (today - app.kpa_deadline).days  # type: ignore[operator]
            text += self.tr(" – PO TERMINIE (%1 dn.)").replace("%1", str(days))
            style = OVERDUE_STYLE
        elif app.due_soon_on(today):
            text += self.tr(" – UPŁYWA WKRÓTCE")
            style = SOON_STYLE
        self.deadline.setText(text)
        self.deadline.setStyleSheet(style)
        self.basis.setText(self._basis(app))
        waiting = app.status is ApplicationStatus.REGISTERED
        self.complicated.setChecked(app.particularly_complicated)
        for widget in (self.complicated, self.pause_button, self.notice_button):
            widget.setEnabled(waiting)
        self.print_button.setEnabled(bool(app.notices))

    def _basis(self, app: ApplicationView) -> str:
        d = app.deadline
        if d is None:
            return ""
        lines = [self.tr("Dwa miesiące od wpływu – sprawa szczególnie skomplikowana.")
                 if app.particularly_complicated else self.tr("Miesiąc od wpływu wniosku.")]
        if d.paused_days:
            lines.append(self.tr("Okresy niewliczane (art. 35 § 5 KPA): %1 dn.").replace(
                "%1", str(d.paused_days)))
        for notice in app.notices:
            lines.append(self.tr("Zawiadomienie o zwłoce z %1: nowy termin %2 (poprzednio %3).")
                         .replace("%1", date_short(notice.notified_on))
                         .replace("%2", date_short(notice.new_deadline))
                         .replace("%3", date_short(notice.previous_deadline)))
        if d.ended:
            lines.append(self.tr("Termin już nie biegnie – sprawę zakończyła decyzja."))
        return "\n".join(lines)

    # --- acting ---
    def set_complicated(self, checked: bool) -> None:
        app = self.app
        if app is None:
            return
        if attempt(self, lambda: self.services.deadlines.set_complicated(
                self.actor, app.id, checked)) is None:
            self.complicated.setChecked(app.particularly_complicated)
            return
        self.changed.emit()

    def record_pause(self) -> None:
        if self.app is None:
            return
        dialog = PauseDialog(self.services, self.actor, self.app, self)
        saved = run_dialog(dialog)
        dialog.deleteLater()
        if saved:
            self.changed.emit()

    def record_notice(self) -> None:
        if self.app is None:
            return
        dialog = DelayNoticeDialog(self.services, self.actor, self.app, self)
        saved = run_dialog(dialog)
        notice = dialog.notice
        dialog.deleteLater()
        if saved:
            self.changed.emit()
            if notice is not None:
                self._print(notice.id)

    def print_notice(self) -> None:
        if self.app is not None and self.app.notices:
            self._print(self.app.notices[-1].id)

    def _print(self, notice_id: object) -> None:
        app = self.app
        data = attempt(self, lambda: self.services.deadlines.render_notice(
            self.actor, notice_id))  # type: ignore[arg-type]
        if data is not None and app is not None:
            pdf.hand_over(self, data, f"zawiadomienie_o_zwloce_{app.case_sign}.pdf")
