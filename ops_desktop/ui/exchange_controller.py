"""The exchange running by itself on a PC of an office: a round every few seconds, at start,
at exit and on "Synchronizuj teraz", off the GUI thread, and its state in the status bar.

A round never runs on the GUI thread (it reads the folder, which may be a share across the
network) and never two at once: a request while one runs is remembered and served right
after it. Rounds do not fight the person's own writes: the store waits up to five seconds
for a lock (storage/database.py, busy_timeout), a round holds it for milliseconds, and a
round that still finds the database busy is simply tried again at the next tick.
"""

from __future__ import annotations

import datetime as dt
import logging
import threading
from collections.abc import Callable
from dataclasses import dataclass, replace

from PySide6.QtCore import QObject, QTimer
from PySide6.QtWidgets import QLabel, QWidget

from ops_desktop.domain.clock import wall_today
from ops_desktop.i18n.format import office_datetime, office_time
from ops_desktop.services.errors import StorageEnvironmentError, StorageProblem
from ops_desktop.services.exchange import (
    BundleError,
    ExchangeFolderError,
    ExchangeService,
    ExchangeStatus,
    RoundReport,
)
from ops_desktop.ui import guard, office_text
from ops_desktop.ui.bus import Bus
from ops_desktop.ui.worker import Job, start_quiet

log = logging.getLogger(__name__)

# A round every 5 s: a referral made at the desk shows in the team's inbox on another PC
# within seconds, while a round with nothing new costs a few folder listings and one read.
ROUND_EVERY_MS = 5000
# A write of this PC goes out this soon after it (not at the next tick): with the receiving
# PC's own 5-s round, a change is then seen on another PC within about 5 s, p95
# (benchmarks/sync.py). The short wait gathers the writes of one save into one round.
ROUND_AFTER_WRITE_MS = 300
# The last round when the program closes waits at most this long: enough for a share on
# the office's network, short enough that a folder gone away never holds the close.
EXIT_WAIT_S = 5.0
# Codes after which rounds are pointless: the PC was removed from the office.
FINAL = {"removed_from_office", "not_a_member"}
# Codes that are a passing state, said in the status bar and retried, never a dialog.
PASSING = {"unreachable", "write_failed", "busy"}


@dataclass
class Outcome:
    """What one round gave, carried from the pool's thread to the GUI thread."""

    report: RoundReport | None = None
    status: ExchangeStatus | None = None
    error: str | None = None  # an office_text code, or "busy"


# One round at a time in the whole program: after "Zmień użytkownika" the next person's
# window starts its round while the last window's may still run.
_ONE_AT_A_TIME = threading.Lock()


def one_round(exchange: ExchangeService) -> Outcome:
    """A round and the state after it; expected failures as codes, bugs raise."""
    with _ONE_AT_A_TIME:
        return _round(exchange)


def _round(exchange: ExchangeService) -> Outcome:
    outcome = Outcome()
    try:
        outcome.report = exchange.sync()
    except ExchangeFolderError as exc:
        outcome.error = "unreachable" if exc.code == "unreachable" else "write_failed"
    except BundleError as exc:
        outcome.error = exc.code
    except StorageEnvironmentError as exc:
        # The person's own write holds the store: the next tick tries again.
        outcome.error = "busy" if exc.problem is StorageProblem.LOCKED else exc.problem.value
    try:
        outcome.status = exchange.status()
    except StorageEnvironmentError as exc:
        log.info("exchange status not read: %s", exc)
    return outcome


def clock_time(utc: dt.datetime) -> str:
    """ "10:42" today, the date with the time on another day (the office's clock)."""
    local = office_time(utc)
    if local.date() == wall_today():
        return local.strftime("%H:%M")
    return office_datetime(utc)


class ExchangeController(QObject):
    """Owned by the main window; `label` sits in its status bar (hidden on a standalone PC)."""

    def __init__(self, parent: QWidget, exchange: ExchangeService, bus: Bus) -> None:
        super().__init__(parent)
        self.window_ = parent
        self.exchange, self.bus = exchange, bus
        self.active = False
        self.ended = False  # removed from the office: no more rounds in this program's run
        self.job: Job | None = None
        self.idle = threading.Event()  # no round on the pool (the exit round waits for it)
        self.idle.set()
        self.again = False  # a round was asked for while one ran
        self.shown: set[str] = set()  # messages already shown: each once
        # Told the outcome of the next round to start / of the round running (None: a bug).
        self.waiting: list[Callable[[Outcome | None], None]] = []
        self.current: list[Callable[[Outcome | None], None]] = []
        self.last_status: ExchangeStatus | None = None
        # The last round that deleted old files of this PC: (how many, when, UTC). The bar
        # says it for that round only; the tooltip keeps it, as a round comes every 5 s.
        self.last_pruned: tuple[int, dt.datetime] | None = None
        self.label = QLabel()
        self.label.setObjectName("exchange_status")
        self.label.setVisible(False)
        self.timer = QTimer(self)
        self.timer.setInterval(ROUND_EVERY_MS)
        self.timer.timeout.connect(self.run_round)
        self.after_write = QTimer(self)
        self.after_write.setSingleShot(True)
        self.after_write.setInterval(ROUND_AFTER_WRITE_MS)
        self.after_write.timeout.connect(self.run_round)
        self.echo = False  # bus.changed emitted by this controller: not a write of this PC
        bus.changed.connect(self._written)
        bus.exchange_requested.connect(self.sync_now)

    # --- when rounds run -------------------------------------------------------------------
    def start(self) -> bool:
        """At the window's start (and after sharing): a member starts exchanging at once."""
        if self.active:
            return True
        if self.ended:
            return False
        member = guard.attempt(self.window_, self.exchange.is_member)
        if not member:
            return False
        self.active = True
        self.label.setVisible(True)
        self.label.setText(self.tr("Wymiana: trwa…"))
        self.timer.start()
        self.run_round()
        return True

    def stop(self) -> None:
        self.timer.stop()
        self.after_write.stop()

    def _written(self) -> None:
        """The person saved something: it goes out to the other PCs in a moment."""
        if self.active and not self.echo:
            self.after_write.start()

    def sync_now(self) -> None:
        """ "Synchronizuj teraz": a round now (a standalone PC that just shared starts here)."""
        if not self.active:
            self.start()
            return
        self.run_round()

    def round_for(self, told: Callable[[Outcome | None], None]) -> bool:
        """A round that starts from now on, and `told` its outcome: the relay with a stick
        needs a round that reads what it copied, not one already reading the folder.
        False (and nothing told) when this PC does not exchange."""
        if not self.active:
            return False
        self.waiting.append(told)
        self.run_round()
        return True

    def run_round(self) -> Job | None:
        if not self.active:
            return None
        if self.job is not None:
            self.again = True
            return None
        self.current, self.waiting = self.waiting, []
        def work(_progress: object, _cancelled: object) -> Outcome:
            try:
                return one_round(self.exchange)
            finally:
                self.idle.set()

        self.idle.clear()
        self.job = start_quiet(work, self._finished, self._failed)  # type: ignore[arg-type]
        return self.job

    def at_exit(self) -> None:
        """The last round as the program closes, bounded by EXIT_WAIT_S. It runs on a daemon
        thread, not the pool: a round stuck on a share that went away must not keep the
        program from ending (what it had not committed is rolled back, and a bundle is
        written under a temporary name first, so nothing half-written is left to read)."""
        self.timer.stop()
        self.after_write.stop()
        if not self.active:
            return
        waited = threading.Event()

        def last() -> None:
            try:
                if not self.idle.wait(EXIT_WAIT_S):
                    return  # the last tick's round is still stuck on the folder
                outcome = one_round(self.exchange)
                if outcome.error:
                    log.info("exchange at exit not done: %s", outcome.error)
            except Exception:  # the program is closing: never crash on the way out
                log.exception("exchange at exit failed")
            finally:
                waited.set()

        threading.Thread(target=last, name="exchange-at-exit", daemon=True).start()
        if not waited.wait(EXIT_WAIT_S):
            log.warning("exchange at exit gave up after %.0f s", EXIT_WAIT_S)

    # --- what a round gave -----------------------------------------------------------------
    def _finished(self, outcome: Outcome) -> None:
        self.job = None
        if outcome.error in FINAL:
            self.active, self.ended = False, True
            self.timer.stop()
        report = outcome.report
        if report is not None and report.pruned_files:
            self.last_pruned = (report.pruned_files, dt.datetime.now(dt.UTC))
        if report is not None and report.applied:
            self.echo = True
            try:
                self.bus.changed.emit()  # every tab reads again: another PC's work shows
            finally:
                self.echo = False
        status = outcome.status
        if status is not None and outcome.error == "unreachable" and self.last_status:
            # With the folder away nobody can be heard from: when each PC was last heard
            # stays as last read; what waits to go out is counted anew.
            status = replace(status, others=self.last_status.others)
        if status is not None:
            self.last_status = status
            self.bus.exchanged.emit(status)
        self._show_state(outcome)
        self._tell_once(outcome)
        self._tell_waiting(outcome)
        if self.again and self.active:
            self.again = False
            self.run_round()

    def _tell_waiting(self, outcome: Outcome | None) -> None:
        told, self.current = self.current, []
        if not self.active:  # no round is coming for those who wait for the next one
            told, self.waiting = told + self.waiting, []
        for callback in told:
            callback(outcome)

    def _failed(self, exc: BaseException) -> None:
        self.job = None
        self.label.setText(self.tr("Wymiana: błąd programu – ponawiam"))
        self._once("bug", self.tr("Wymiana zmian z innymi komputerami nie powiodła się: %1")
                   .replace("%1", guard.describe(exc)))
        self._tell_waiting(None)

    def _show_state(self, outcome: Outcome) -> None:
        status = self.last_status
        if outcome.error == "unreachable":
            text = self.tr("Wymiana: folder niedostępny – ponawiam")
        elif outcome.error == "busy":
            text = self.tr("Wymiana: baza zajęta – ponawiam")
        elif outcome.error in FINAL:
            text = self.tr("Wymiana: komputer odłączony od biura")
        elif outcome.error:
            text = self.tr("Wymiana: nie powiodła się – ponawiam")
        elif status is not None and status.last_exchange is not None:
            text = self.tr("Wymiana: %1").replace("%1", clock_time(status.last_exchange))
        else:
            text = self.tr("Wymiana: jeszcze nie było")
        if status is not None:
            if status.waiting:
                text += " · " + self.tr("do wysłania: %1").replace("%1", str(status.waiting))
            silent = [o.name for o in status.others if o.silent]
            if silent and outcome.error != "unreachable":
                text += " · " + self.tr("brak wieści > 3 dni: %1").replace("%1", ", ".join(silent))
        if outcome.report is not None and outcome.report.pruned_files:
            # Files every PC has taken (exchange/pruning.py), as `sync` says on the command line.
            text += " · " + self.tr("usunięto starych plików: %1").replace(
                "%1", str(outcome.report.pruned_files))
        self.label.setText(text)
        self.label.setToolTip(self._detail(status, outcome.error))

    def _detail(self, status: ExchangeStatus | None, error: str | None) -> str:
        if status is None:
            return office_text.message(error) if error and error != "busy" else ""
        lines = [
            self.tr("Ten komputer: nr %1 „%2”").replace("%1", str(status.member_code))
            .replace("%2", status.member_name),
            self.tr("Folder wymiany: %1").replace("%1", str(status.folder)),
            self.tr("Ostatnia wymiana: %1").replace(
                "%1", office_datetime(status.last_exchange) if status.last_exchange
                else self.tr("jeszcze nie było")),
            self.tr("Zmiany czekające na wysłanie: %1").replace("%1", str(status.waiting)),
            self.tr("Konflikty do rozstrzygnięcia: %1").replace("%1", str(status.open_conflicts)),
            self.tr("Zmiany odłożone do wyjaśnienia: %1").replace("%1", str(status.quarantined)),
        ]
        if self.last_pruned is not None:
            count, when = self.last_pruned
            lines.append(self.tr("Ostatnio usunięto starych plików: %1 (%2)").replace(
                "%1", str(count)).replace("%2", clock_time(when)))
        if error and error != "busy":
            lines.append(office_text.message(error))
        for other in status.others:
            line = self.tr("nr %1 „%2”: %3").replace("%1", str(other.code)).replace(
                "%2", other.name).replace("%3", office_text.heard(other))
            if other.silent:
                line += " – " + self.tr("brak wieści od ponad 3 dni")
            lines.append(line)
        return "\n".join(lines)

    def _tell_once(self, outcome: Outcome) -> None:
        """Whatever needs the person, once: removal, an update needed, refused files."""
        if outcome.error and outcome.error not in PASSING:
            self._once(outcome.error, office_text.message(outcome.error))
        report = outcome.report
        if report is None:
            return
        if report.continued_from:
            self._once("continued", self.tr(
                "Bazę tego komputera przywrócono z kopii zapasowej. Komputer działa dalej w "
                "biurze pod nowym numerem (jego numery spraw mają teraz nowy znak), a zmiany "
                "wysłane po wykonaniu kopii wróciły z folderu wymiany."))
        if report.copied_elsewhere:
            self._once("copied_elsewhere", self.tr(
                "Kopię zapasową tego komputera przywrócono na innym komputerze, który pracuje "
                "teraz w biurze pod własnym numerem. Ten komputer pracuje dalej bez zmian; "
                "sprawdź z administratorem, czy tak miało być."))
        if report.needs_update:
            self._once("needs_update", self.tr(
                "Inny komputer biura pracuje w nowszej wersji programu. Jego zmiany czekają, "
                "aż zaktualizujesz program na tym komputerze."))
        names = {o.member: o.name for o in (outcome.status or self.last_status or
                                            _NO_STATUS).others}
        refused = [p for p in report.problems if p.code not in office_text.WAITING]
        new = [p for p in refused if f"{p.member}/{p.file}/{p.code}" not in self.shown]
        if new:
            self.shown.update(f"{p.member}/{p.file}/{p.code}" for p in new)
            guard.message(self.window_, self.tr(
                "Nie przyjęto plików wymiany z innych komputerów:") + "\n"
                + "\n".join(office_text.problem(p, names) for p in new))

    def _once(self, key: str, text: str) -> None:
        if key in self.shown:
            return
        self.shown.add(key)
        guard.message(self.window_, text)


class _NoStatus:
    others: tuple[()] = ()


_NO_STATUS = _NoStatus()
