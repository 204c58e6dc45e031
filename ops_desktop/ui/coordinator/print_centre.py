"""Centrum wydruku: the day's papers of every kind in one list, printed to a real printer.

The list is the print centre service's queue (what the reader may print, filtered by days,
kind, team and worker). The chosen papers are rendered and painted off the GUI thread
(ui/print_job.py) behind a progress dialog with Cancel; "Podgląd…" shows them in Qt's
print preview, "Zapisz jako jeden PDF…" hands one file over as before. Each print to a
printer is logged, and the newest prints are listed below.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QCoreApplication, QDate, QRectF, Qt
from PySide6.QtGui import QPageSize, QPainter, QShowEvent
from PySide6.QtPrintSupport import QAbstractPrintDialog, QPrintDialog, QPrinter, QPrintPreviewDialog
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QDateEdit,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QSplitter,
    QVBoxLayout,
    QWidget,
)

from ops_desktop.domain.clock import office_time, wall_today
from ops_desktop.domain.permissions import Permission
from ops_desktop.domain.vocabulary import Team
from ops_desktop.i18n.format import date_short
from ops_desktop.services.context import Actor
from ops_desktop.services.errors import DomainError, StorageEnvironmentError
from ops_desktop.services.hub import Services
from ops_desktop.services.print_centre import PrintItem, PrintKind, PrintRecord, QueueFilter, Stack
from ops_desktop.ui import guard, labels, pdf
from ops_desktop.ui.bus import Bus
from ops_desktop.ui.forms import named, push_button
from ops_desktop.ui.pdf_pages import PdfPages
from ops_desktop.ui.print_job import paint_stack, printer_name
from ops_desktop.ui.table_model import Column, PagedTableModel, make_table
from ops_desktop.ui.worker import run_with_progress

LOG_LENGTH = 50


def _t(text: str) -> str:
    return QCoreApplication.translate("PrintCentrePage", text)


def kind_name(kind: PrintKind) -> str:
    return labels.vocab(labels.PRINT_KINDS, kind.value)


def item_title(item: PrintItem) -> str:
    """What the paper is, in the office's words, from the codes the queue holds."""
    if item.kind is PrintKind.DECISION:
        return (f"{labels.vocab(labels.PRINTED_DECISION_KINDS, item.number)} – "
                f"{labels.vocab(labels.FORMS, item.detail)}")
    if item.kind in (PrintKind.DELAY_NOTICE, PrintKind.DEFECT_CALL):
        return labels.vocab(labels.FORMS, item.detail)
    if item.kind in (PrintKind.INTERVIEW, PrintKind.ASSETS_STATEMENT,
                     PrintKind.ELECTRONIC_STATEMENT):
        return labels.vocab(labels.INTERVIEW_KINDS, item.number)
    if item.kind is PrintKind.REFERRAL_SLIP:
        return f"{item.number} → {labels.vocab(labels.TEAMS, item.detail)}"
    if item.kind is PrintKind.PAYMENT_LIST:
        return f"{item.number} ({labels.vocab(labels.PAYMENT_METHODS, item.detail)})"
    if item.kind is PrintKind.BLUE_CARD_LETTER:
        return _t("przekazanie formularza A przewodniczącemu zespołu")
    if item.kind is PrintKind.CONTRACT:
        return _t("aneks") if item.detail == "annex" else ""
    if item.kind is PrintKind.SUPERVISION_PROTOCOL:
        return labels.vocab(labels.SUPERVISION_KINDS, item.detail)
    if item.kind is PrintKind.STATISTICS:
        period = _t("%1 – I półrocze") if item.detail else _t("%1 – rok")
        return period.replace("%1", item.number)
    return item.number


class PrintCentrePage(QWidget):
    def __init__(self, services: Services, actor: Actor, bus: Bus,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.services, self.actor, self.bus = services, actor, bus
        self.centre = services.print_centre
        today = QDate(wall_today())
        self.first = self._date("print_first", self.tr("Od dnia"), today)
        self.last = self._date("print_last", self.tr("Do dnia"), today)
        self.kind = named(QComboBox(), "print_kind", self.tr("Rodzaj dokumentu"))
        self.team = named(QComboBox(), "print_team", self.tr("Zespół"))
        self.worker = named(QComboBox(), "print_worker", self.tr("Pracownik"))
        self._fill_filters()
        if not actor.may(Permission.OVERSEE_TEAMS):
            # A team's worker starts with their own papers; "wszyscy" shows their team's.
            own = [i for i in range(self.worker.count())
                   if self.worker.itemData(i) == actor.user_id]
            self.worker.setCurrentIndex(own[0] if own else 0)
        self.filter_error = QLabel()
        self.filter_error.setObjectName("print_filter_error")
        self.filter_error.setStyleSheet("color: palette(highlighted-text); background: #b00020;")
        self.filter_error.setVisible(False)

        self.queue: PagedTableModel[PrintItem] = PagedTableModel(self._columns(), parent=self)
        self.table = make_table(self.queue, "print_queue", self.tr("Dokumenty do wydruku"))
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.ExtendedSelection)
        self.table.selectionModel().selectionChanged.connect(lambda *_: self._count_chosen())
        self.select_day_button = push_button(self.tr("Zaznacz wszystkie z dnia"), "select_day",
                                             self.select_day)
        self.preview_button = push_button(self.tr("Podgląd…"), "print_preview", self.preview)
        self.print_button = push_button(self.tr("&Drukuj…"), "print_to_printer",
                                        self.print_chosen)
        self.save_button = push_button(self.tr("Zapisz jako jeden PDF…"), "save_one_pdf",
                                       self.save_pdf)
        self.status = QLabel()
        self.status.setObjectName("print_status")
        self.status.setWordWrap(True)

        self.log: PagedTableModel[PrintRecord] = PagedTableModel(self._log_columns(), parent=self)
        self.log_table = make_table(self.log, "print_log", self.tr("Ostatnie wydruki"))

        filters = QHBoxLayout()
        for label, widget in ((self.tr("&Od:"), self.first), (self.tr("d&o:"), self.last),
                              (self.tr("&Rodzaj:"), self.kind), (self.tr("&Zespół:"), self.team),
                              (self.tr("&Pracownik:"), self.worker)):
            caption = QLabel(label)
            caption.setBuddy(widget)
            filters.addWidget(caption)
            filters.addWidget(widget)
        filters.addStretch(1)
        actions = QHBoxLayout()
        for button in (self.select_day_button, self.preview_button, self.print_button,
                       self.save_button):
            actions.addWidget(button)
        actions.addWidget(self.status, 1)
        upper = QWidget()
        upper_layout = QVBoxLayout(upper)
        upper_layout.setContentsMargins(0, 0, 0, 0)
        upper_layout.addLayout(filters)
        upper_layout.addWidget(self.filter_error)
        upper_layout.addWidget(self.table, 1)
        upper_layout.addLayout(actions)
        log_box = QGroupBox(self.tr("Ostatnie wydruki na drukarce"))
        QVBoxLayout(log_box).addWidget(self.log_table)
        log_box.setVisible(actor.may(Permission.OVERSEE_TEAMS))
        splitter = QSplitter(Qt.Orientation.Vertical)
        splitter.addWidget(upper)
        splitter.addWidget(log_box)
        splitter.setStretchFactor(0, 3)
        layout = QVBoxLayout(self)
        layout.addWidget(splitter)
        for combo in (self.kind, self.team, self.worker):
            combo.currentIndexChanged.connect(lambda *_: self.refresh())
        for edit in (self.first, self.last):
            edit.dateChanged.connect(lambda *_: self.refresh())
        bus.changed.connect(self.refresh)
        self._stale = True  # filled when first shown

    # --- building ---
    def _date(self, name: str, accessible: str, value: QDate) -> QDateEdit:
        edit = named(QDateEdit(value), name, accessible)
        edit.setCalendarPopup(True)
        edit.setDisplayFormat("dd.MM.yyyy")
        return edit

    def _fill_filters(self) -> None:
        self.kind.addItem(self.tr("wszystkie"), None)
        for kind in self.centre.kinds(self.actor):
            self.kind.addItem(kind_name(kind), kind)
        self.team.addItem(self.tr("wszystkie"), None)
        for team in Team:
            if team in self.actor.teams():
                self.team.addItem(labels.vocab(labels.TEAMS, team.value), team)
        self.worker.addItem(self.tr("wszyscy"), None)
        for user_id, name in self.centre.authors(self.actor):
            self.worker.addItem(name, user_id)

    def _columns(self) -> list[Column[PrintItem]]:
        return [
            Column(self.tr("Dzień"), lambda i: date_short(i.on), sort_key=lambda i: i.on),
            Column(self.tr("Rodzaj"), lambda i: kind_name(i.kind)),
            Column(self.tr("Zespół"),
                   lambda i: labels.vocab(labels.TEAMS, i.team) if i.team else ""),
            Column(self.tr("Pracownik"), lambda i: i.author_name),
            Column(self.tr("Osoba"), lambda i: i.person_name),
            Column(self.tr("Znak sprawy"), lambda i: i.case_sign),
            Column(self.tr("Dokument"), item_title),
        ]

    def _log_columns(self) -> list[Column[PrintRecord]]:
        return [
            # The log keeps UTC; the office reads its own clock.
            Column(self.tr("Kiedy"), lambda r: office_time(r.at)
                   .strftime("%d.%m.%Y %H:%M")),
            Column(self.tr("Kto"), lambda r: r.by),
            Column(self.tr("Rodzaj"), lambda r: labels.vocab(labels.PRINT_KINDS, r.kind)),
            Column(self.tr("Dokument"), lambda r: r.title),
            Column(self.tr("Drukarka"), lambda r: r.printer),
            Column(self.tr("Kopie"), lambda r: str(r.copies), align_right=True),
        ]

    # --- showing ---
    def chosen_filter(self) -> QueueFilter | None:
        first, last = self.first.date().toPython(), self.last.date().toPython()
        if last < first:
            self._say_filter(self.tr("Data „do” jest wcześniejsza niż data „od”."))
            return None
        # Qt hands enum data back as plain text: the codes are made enums again here.
        kind, team = self.kind.currentData(), self.team.currentData()
        return QueueFilter(first, last, frozenset({PrintKind(kind)}) if kind else frozenset(),
                           Team(team) if team else None, self.worker.currentData())

    def _say_filter(self, text: str) -> None:
        self.filter_error.setText(text)
        self.filter_error.setVisible(bool(text))

    def showEvent(self, event: QShowEvent) -> None:  # noqa: N802 (Qt's name)
        super().showEvent(event)
        if self._stale:
            self.refresh()

    def refresh(self) -> None:
        # A hidden page waits: the queue is a query per kind of paper, not worth running on
        # every change of the office's data while nobody looks at it.
        self._stale = not self.isVisible()
        if self._stale:
            return
        chosen = self.chosen_filter()
        if chosen is None:
            self.queue.set_rows([])
            return
        try:
            self.queue.set_rows(self.centre.queue(self.actor, chosen))
            self._say_filter("")
            if self.actor.may(Permission.OVERSEE_TEAMS):
                self.log.set_rows(self.centre.recent_prints(self.actor, LOG_LENGTH))
        except (DomainError, StorageEnvironmentError) as exc:
            self._say_filter(guard.describe(exc))
        self._count_chosen()

    def _count_chosen(self) -> None:
        n = len(self.table.selectionModel().selectedRows())
        self.status.setText(self.tr("Dokumentów na liście: %1, zaznaczonych: %2")
                            .replace("%1", str(self.queue.total())).replace("%2", str(n)))

    def chosen(self) -> list[PrintItem]:
        rows = sorted(i.row() for i in self.table.selectionModel().selectedRows())
        return [x for x in (self.queue.row_object(r) for r in rows) if x is not None]

    def select_day(self) -> None:
        """Choose every paper of the current row's day (the first day listed if none is)."""
        current = self.table.currentIndex()
        anchor = self.queue.row_object(current.row()) if current.isValid() else None
        anchor = anchor or self.queue.row_object(0)
        if anchor is None:
            return
        selection = self.table.selectionModel()
        self.table.clearSelection()
        flag = selection.SelectionFlag.Select | selection.SelectionFlag.Rows
        for row in range(self.queue.rowCount()):
            item = self.queue.row_object(row)
            if item is not None and item.on == anchor.on:
                selection.select(self.queue.index(row, 0), flag)
        self._count_chosen()

    # --- acting ---
    def _render_then(self, label: str, then: Callable[[Stack], None]) -> None:
        items = self.chosen()
        if not items:
            self.status.setText(self.tr("Zaznacz dokumenty do wydruku."))
            return
        self._busy(True)

        def work(progress: Callable[[int, int], None],
                 cancelled: Callable[[], bool]) -> Stack | None:
            progress(0, len(items))
            return self.centre.render(self.actor, items, progress, cancelled)

        def done(stack: Stack | None) -> None:
            self._busy(False)
            if stack is None:
                self.status.setText(self.tr("Anulowano."))
            elif not stack.printed:
                self._skipped(stack)
            else:
                then(stack)

        run_with_progress(self, label, work, done, self._failed)

    def preview(self) -> None:
        self._render_then(self.tr("Przygotowanie podglądu…"), self._show_preview)

    def _show_preview(self, stack: Stack) -> None:
        pages = PdfPages(stack.pdf)
        printer = QPrinter(QPrinter.PrinterMode.HighResolution)
        printer.setFullPage(True)
        dialog = self.preview_dialog(printer)

        def paint(target: QPrinter) -> None:
            painter = QPainter(target)
            for index in range(len(pages)):
                if index:
                    target.newPage()
                sheet = target.pageLayout().fullRectPixels(target.resolution())
                pages.paint(painter, index, QRectF(0, 0, sheet.width(), sheet.height()))
            painter.end()

        dialog.paintRequested.connect(paint)
        self._skipped(stack)
        dialog.exec()
        dialog.deleteLater()

    def preview_dialog(self, printer: QPrinter) -> QPrintPreviewDialog:
        dialog = QPrintPreviewDialog(printer, self)
        dialog.setObjectName("print_preview_dialog")
        dialog.setWindowTitle(self.tr("Podgląd wydruku"))
        return dialog

    def ask_printer(self, printer: QPrinter) -> bool:
        """The system's print dialog: printer, copies, duplex, page range. True to print."""
        dialog = QPrintDialog(printer, self)
        dialog.setObjectName("print_dialog")
        dialog.setMinMax(1, 9999)
        dialog.setOption(QAbstractPrintDialog.PrintDialogOption.PrintPageRange, True)
        dialog.setOption(QAbstractPrintDialog.PrintDialogOption.PrintCollateCopies, True)
        accepted = dialog.exec() == QPrintDialog.DialogCode.Accepted
        dialog.deleteLater()
        return accepted

    def print_chosen(self) -> None:
        items = self.chosen()
        if not items:
            self.status.setText(self.tr("Zaznacz dokumenty do wydruku."))
            return
        printer = QPrinter(QPrinter.PrinterMode.HighResolution)
        printer.setPageSize(QPageSize(QPageSize.PageSizeId.A4))  # the office's papers are A4
        if not self.ask_printer(printer):
            self.status.setText(self.tr("Nie drukowano."))
            return
        self._busy(True)
        outcome: dict[str, Any] = {}

        def work(progress: Callable[[int, int], None], cancelled: Callable[[], bool]) -> int | None:
            progress(0, len(items))
            stack = self.centre.render(self.actor, items, progress, cancelled)
            if stack is None:
                return None
            outcome["stack"] = stack
            if not stack.printed:
                return 0
            return paint_stack(printer, stack.pdf, progress, cancelled)

        def done(sheets: int | None) -> None:
            self._busy(False)
            stack: Stack | None = outcome.get("stack")
            if sheets is None:
                self.status.setText(self.tr("Drukowanie anulowano."))
                return
            if stack is None or not stack.printed:
                if stack is not None:
                    self._skipped(stack)
                return
            copies = max(printer.copyCount(), 1)
            self.centre.record_printed(self.actor, stack.printed, printer_name(printer), copies)
            self.refresh()  # the print log shows the new prints
            self.status.setText(self.tr("Wysłano do drukarki %1: %2 dokumentów, %3 stron.")
                                .replace("%1", printer_name(printer))
                                .replace("%2", str(len(stack.printed))).replace("%3", str(sheets)))
            self._skipped(stack)

        run_with_progress(self, self.tr("Drukowanie…"), work, done, self._failed)

    def save_pdf(self) -> None:
        name = f"wydruki_{wall_today().isoformat()}"
        self._render_then(self.tr("Przygotowanie pliku PDF…"),
                          lambda stack: (self._skipped(stack),
                                         pdf.hand_over(self, stack.pdf, name)))

    def _skipped(self, stack: Stack) -> None:
        if stack.skipped:
            guard.message(self, "\n".join(
                [self.tr("Tych dokumentów nie wydrukowano:")]
                + [f"{kind_name(s.item.kind)} {s.item.case_sign or s.item.number}: "
                   f"{guard.describe(s.reason)}" for s in stack.skipped]))

    def _failed(self, exc: BaseException) -> None:
        self._busy(False)
        self.status.setText(self.tr("Wydruk się nie udał."))
        guard.message(self, self.tr("Wydruk się nie udał: %1").replace("%1", guard.describe(exc)))

    def _busy(self, busy: bool) -> None:
        for button in (self.preview_button, self.print_button, self.save_button):
            button.setEnabled(not busy)
