"""Centrum wydruku: one queue of every paper the office prints, and the log of what was printed.

The queue is built from a registry of sources, one per kind of paper: the permission the
kind's own service checks before it puts the paper together, the team the paper belongs to
when only that team (and the head) may read it, a grouped query (storage/print_queries.py)
and the call that renders one record. A new kind (a postanowienie, say) plugs in with one
`register(...)` line, a PrintKind member and its name in ui/labels.PRINT_KINDS. A reader sees only the kinds their roles may print, and of those
only their own teams' papers: the head sees every team's, a benefits worker their team's
decisions and payment lists, the services team never a Niebieska Karta letter or a decision.
The queue names each paper (kind, day, team, author, person, case sign, number) and never
reads its content: what is on the paper is left to the kind's service, which checks again.

Every print to a printer is logged as an audit entry per paper ("printed": who, when, which
printer, how many copies), beside the entry the kind's service writes when it renders.
Audit entries rather than a replicated table: a print is an event on this PC's printer, the
audit log is where every read of personal data already stands (tamper-evident, linked to the
person for the data-subject's access log and for retention), and it needs no migration.
"""

from __future__ import annotations

import datetime as dt
import json
import uuid
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from enum import StrEnum
from typing import TYPE_CHECKING, Any

from ops_desktop.domain.clock import wall_today
from ops_desktop.domain.errors import DomainError, FieldError, ValidationError
from ops_desktop.domain.permissions import Permission
from ops_desktop.domain.vocabulary import Team
from ops_desktop.services.context import Actor, require, require_any
from ops_desktop.storage import audit
from ops_desktop.storage import print_queries as pq

if TYPE_CHECKING:
    from ops_desktop.services.hub import Services

PRINTED = "printed"  # the audit action of a paper sent to a printer
QUEUE_ENTITY = "print_queue"  # the audit entity of a reading of the queue
LONGEST_SPAN_DAYS = 366  # a queue of more than a year of papers is not a day's printing


class PrintKind(StrEnum):
    DECISION = "decision"
    DELAY_NOTICE = "delay_notice"
    CONTRACT = "contract"
    INTERVIEW = "interview"
    CARE_BILL = "care_bill"
    PAYMENT_LIST = "payment_list"
    REFERRAL_SLIP = "referral_slip"
    BLUE_CARD_LETTER = "blue_card_letter"
    DPS_DECISION = "dps_decision"
    SHELTER_DECISION = "shelter_decision"
    MEAL_DECISION = "meal_decision"
    # services/print_papers.py registers these (new kinds go there, not here)
    BLUE_CARD_FORM_A = "blue_card_form_a"
    BLUE_CARD_FORM_B = "blue_card_form_b"
    BLUE_CARD_FORM_C = "blue_card_form_c"
    BLUE_CARD_FORM_D = "blue_card_form_d"
    ASSETS_STATEMENT = "assets_statement"
    ELECTRONIC_STATEMENT = "electronic_statement"
    PROGRAMME = "programme"
    DEFECT_CALL = "defect_call"
    STATISTICS = "statistics"
    SUPERVISION_PROTOCOL = "supervision_protocol"


@dataclass(frozen=True)
class PrintItem:
    """A paper in the queue, as its reader may see it."""

    kind: PrintKind
    record_id: uuid.UUID
    on: dt.date
    team: str  # Team code, "" for the office's own (the statistics)
    author_id: uuid.UUID | None
    author_name: str
    person_id: uuid.UUID | None
    person_name: str
    case_sign: str
    number: str
    detail: str  # a code the screen words: a decision's form, a referral's receiving team

    @property
    def key(self) -> tuple[str, uuid.UUID]:
        return (self.kind.value, self.record_id)


@dataclass(frozen=True)
class QueueFilter:
    first: dt.date
    last: dt.date
    kinds: frozenset[PrintKind] = frozenset()  # empty: every kind
    team: Team | None = None
    author_id: uuid.UUID | None = None

    @classmethod
    def day(cls, on: dt.date) -> QueueFilter:
        return cls(on, on)


Renderer = Callable[["Services", Actor, uuid.UUID], bytes]


@dataclass(frozen=True)
class Source:
    kind: PrintKind
    entity: str  # the audit log's name for the record
    permission: Permission
    team: Team | None  # only this team (and the head) reads it; None: the reader's own teams
    rows: Callable[[Any, pq.Span], list[pq.PrintableRow]]  # (a storage session, the span)
    render: Renderer


SOURCES: dict[PrintKind, Source] = {}


def register(source: Source) -> None:
    SOURCES[source.kind] = source


# --- the kinds of paper -----------------------------------------------------------------
# Decisions are rendered as a stack (documents/batch.py), so their renderer is used only for
# a single decision; postanowienia, once stored, register here the same way.
register(Source(PrintKind.DECISION, "decisions", Permission.PRINT_DECISION, None,
                pq.signed_decisions, lambda s, a, i: s.decisions.render(a, i)))
register(Source(PrintKind.DELAY_NOTICE, "delay_notices", Permission.MANAGE_DEADLINES, None,
                pq.delay_notices, lambda s, a, i: s.deadlines.render_notice(a, i)))
register(Source(PrintKind.CONTRACT, "social_contracts", Permission.READ_SOCIAL_CONTRACTS,
                Team.SOCIAL_WORK, pq.signed_contracts, lambda s, a, i: s.contracts.render(a, i)))
register(Source(PrintKind.INTERVIEW, "interviews", Permission.READ_INTERVIEWS, None,
                pq.completed_interviews, lambda s, a, i: s.interviews.render(a, i)))
register(Source(PrintKind.CARE_BILL, "care_bills", Permission.READ_CARE_SERVICES, Team.SERVICES,
                pq.care_bills, lambda s, a, i: s.care_services.render_bill(a, i)))
register(Source(PrintKind.PAYMENT_LIST, "payment_lists", Permission.READ_PAYMENT_LISTS, None,
                pq.approved_payment_lists, lambda s, a, i: s.payments.document(a, i)))
register(Source(PrintKind.REFERRAL_SLIP, "referral_slip", Permission.PRINT_REFERRAL_SLIP, None,
                pq.referral_slips, lambda s, a, i: s.intake.render_referral_slip(a, i)))
register(Source(PrintKind.BLUE_CARD_LETTER, "blue_cards", Permission.READ_BLUE_CARD,
                Team.SOCIAL_WORK, pq.blue_card_letters,
                lambda s, a, i: s.blue_cards.render_letter(a, i)))
# DPS placements with their fee decisions, shelters and meals: signed on the services pages.
register(Source(PrintKind.DPS_DECISION, "dps_decisions", Permission.READ_PLACEMENTS, None,
                pq.dps_decisions, lambda s, a, i: s.placements.document(a, i)))
register(Source(PrintKind.SHELTER_DECISION, "shelter_decisions", Permission.READ_PLACEMENTS,
                None, pq.shelter_decisions, lambda s, a, i: s.shelters.document(a, i)))
register(Source(PrintKind.MEAL_DECISION, "meal_decisions", Permission.READ_PLACEMENTS,
                None, pq.meal_decisions, lambda s, a, i: s.meals.document(a, i)))

# Protocols of closed checks of care and complaints (services/care_supervision_closing.py).
register(Source(PrintKind.SUPERVISION_PROTOCOL, "care_supervisions",
                Permission.READ_CARE_SERVICES, Team.SERVICES, pq.closed_supervisions,
                lambda s, a, i: s.care_supervision_closing.render_protocol(a, i)))

# The Niebieska Karta forms, the interview statements, programmes and calls to remedy
# defects: registered by their own module, after the kinds above (the queue's order).
from ops_desktop.services import print_papers  # noqa: E402,F401 - registers on import

# The statistics are the office's, not a record's: one paper, the last half-year or year
# ended, dated today. Its id is fixed so the print log can name it.
STATISTICS_ID = uuid.UUID(int=0)


def statistics_period(today: dt.date) -> tuple[int, int | None]:
    """(year, 1) for the first half-year when it has ended this year, else (last year, None)."""
    return (today.year, 1) if today.month > 6 else (today.year - 1, None)


@dataclass(frozen=True)
class Skipped:
    item: PrintItem
    reason: DomainError


@dataclass
class Stack:
    """The chosen papers rendered, in order, as one PDF; what could not be rendered, why."""

    pdf: bytes
    printed: list[PrintItem] = field(default_factory=list)
    skipped: list[Skipped] = field(default_factory=list)


@dataclass(frozen=True)
class PrintRecord:
    at: dt.datetime
    by: str
    kind: str
    title: str
    printer: str
    copies: int


class PrintCentreService:
    def __init__(self, services: Services) -> None:
        self.services = services
        self.db = services.db

    # --- the queue ---
    @staticmethod
    def _require_printing(actor: Actor) -> None:
        """Refuse a reader who may print no kind of paper at all (administrator, auditor)."""
        require_any(actor, *sorted({src.permission for src in SOURCES.values()}),
                    Permission.VIEW_STATISTICS)

    def kinds(self, actor: Actor) -> list[PrintKind]:
        """The kinds of paper the actor may print, in the registry's order."""
        self._require_printing(actor)
        kinds = [k for k, src in SOURCES.items() if self._teams(actor, src, None)]
        if actor.may(Permission.VIEW_STATISTICS):
            kinds.append(PrintKind.STATISTICS)
        return kinds

    def authors(self, actor: Actor) -> list[tuple[uuid.UUID, str]]:
        """Who wrote papers (the worker filter); names only, as the office's staff list."""
        self._require_printing(actor)
        with self.db.session(actor.user_id) as s:
            return pq.authors(s)

    def queue(self, actor: Actor, chosen: QueueFilter) -> list[PrintItem]:
        """Every paper the actor may print that `chosen` lets through, by day then kind."""
        self._require_printing(actor)
        if chosen.last < chosen.first:
            raise ValidationError([FieldError("last", "before_first")])
        if (chosen.last - chosen.first).days >= LONGEST_SPAN_DAYS:
            raise ValidationError([FieldError("last", "span_too_long")])
        items: list[PrintItem] = []
        with self.db.session(actor.user_id) as s:
            for kind, src in SOURCES.items():
                if chosen.kinds and kind not in chosen.kinds:
                    continue
                teams = self._teams(actor, src, chosen.team)
                if not teams:
                    continue
                span = pq.Span(chosen.first, chosen.last, teams, chosen.author_id)
                items += [_item(kind, r) for r in src.rows(s, span)]
            # The queue names persons and their cases: reading it is audited, as a list's
            # reading is, with what was asked and how many papers it showed.
            audit.record(s, actor.user_id, "view", QUEUE_ENTITY, None, None,
                         {"first": chosen.first.isoformat(), "last": chosen.last.isoformat(),
                          "kinds": ",".join(sorted(k.value for k in chosen.kinds)),
                          "listed": len(items)})
        items += self._statistics(actor, chosen)
        order = list(PrintKind)
        return sorted(items, key=lambda i: (i.on, order.index(i.kind), i.case_sign, i.number))

    @staticmethod
    def _teams(actor: Actor, src: Source, wanted: Team | None) -> frozenset[str]:
        if not actor.may(src.permission):
            return frozenset()
        teams = {t.value for t in actor.teams()}
        if src.team is not None:
            teams &= {src.team.value}
        if wanted is not None:
            teams &= {wanted.value}
        return frozenset(teams)

    @staticmethod
    def _statistics(actor: Actor, chosen: QueueFilter) -> list[PrintItem]:
        today = wall_today()
        if (not actor.may(Permission.VIEW_STATISTICS) or chosen.team is not None
                or chosen.author_id is not None or not chosen.first <= today <= chosen.last
                or (chosen.kinds and PrintKind.STATISTICS not in chosen.kinds)):
            return []
        year, half = statistics_period(today)
        return [PrintItem(PrintKind.STATISTICS, STATISTICS_ID, today, "", None, "", None, "", "",
                          str(year), "" if half is None else str(half))]

    # --- paper ---
    def render(self, actor: Actor, items: Sequence[PrintItem],
               progress: Callable[[int, int], None] | None = None,
               is_cancelled: Callable[[], bool] | None = None) -> Stack | None:
        """The chosen papers as one PDF in the queue's order; None when cancelled.

        Each paper is rendered by its kind's service, which checks the reader's permission
        again and logs the read; a run of decisions goes through the decisions' batch (its
        closing anchor page included). A paper that cannot be rendered (withdrawn meanwhile,
        no longer readable) is skipped and named, and the rest print.
        """
        from ops_desktop.documents.pdf_join import join_pdfs

        self._require_printing(actor)
        total, done = len(items), 0
        parts: list[bytes] = []
        stack = Stack(b"")
        for run in _runs(items):
            if is_cancelled is not None and is_cancelled():
                return None
            try:
                pdf = self._render_run(actor, run, done, total, progress, is_cancelled)
            except DomainError as exc:
                stack.skipped += [Skipped(i, exc) for i in run]
                pdf = b""
            if pdf is None:
                return None
            if pdf:
                parts.append(pdf)
                stack.printed += run
            done += len(run)
            if progress is not None:
                progress(done, total)
        if not parts:
            return stack
        stack.pdf = join_pdfs(parts)
        return stack

    def _render_run(self, actor: Actor, run: list[PrintItem], done: int, total: int,
                    progress: Callable[[int, int], None] | None,
                    is_cancelled: Callable[[], bool] | None) -> bytes | None:
        kind = run[0].kind
        if kind is PrintKind.STATISTICS:
            year, half = statistics_period(run[0].on)
            stats = self.services.statistics
            return stats.render(actor, stats.half_year(actor, year, half))
        if kind is PrintKind.DECISION and len(run) > 1:
            def step(n: int, _of: int) -> None:
                if progress is not None:
                    progress(done + n, total)
            return self.services.decisions.render_batch(
                actor, [i.record_id for i in run], step, is_cancelled)
        return SOURCES[kind].render(self.services, actor, run[0].record_id)

    # --- the print log ---
    def record_printed(self, actor: Actor, items: Sequence[PrintItem], printer: str,
                       copies: int) -> None:
        """One audit entry per paper sent to `printer` (its name as the system gives it)."""
        self._require_printing(actor)
        with self.db.session(actor.user_id) as s:
            for item in items:
                entity = ("statistics" if item.kind is PrintKind.STATISTICS
                          else SOURCES[item.kind].entity)
                audit.record(s, actor.user_id, PRINTED, entity, str(item.record_id), item.person_id,
                             {"paper": item.kind.value, "title": _title(item),
                              "printer": printer[:200], "copies": copies})

    def recent_prints(self, actor: Actor, limit: int = 50) -> list[PrintRecord]:
        """The newest prints to a printer made on this PC: the head's supervision."""
        require(actor, Permission.OVERSEE_TEAMS)
        with self.db.session(actor.user_id) as s:
            entries = pq.print_log(s, PRINTED, limit)
        records = []
        for e in entries:
            facts = json.loads(e.changes) if e.changes else {}
            records.append(PrintRecord(e.at, e.actor_name, str(facts.get("paper", e.entity)),
                                       str(facts.get("title", "")), str(facts.get("printer", "")),
                                       int(facts.get("copies", 1) or 1)))
        return records


def _item(kind: PrintKind, r: pq.PrintableRow) -> PrintItem:
    return PrintItem(kind, r.record_id, r.on, r.team, r.author_id, r.author_name, r.person_id,
                     r.person_name, r.case_sign, r.number, r.detail)


def _title(item: PrintItem) -> str:
    """What the log names: the case sign or number and the person (no content)."""
    return " – ".join(x for x in (item.case_sign or item.number, item.person_name) if x)


def _runs(items: Sequence[PrintItem]) -> list[list[PrintItem]]:
    """Neighbouring decisions together (one batch), every other paper alone."""
    runs: list[list[PrintItem]] = []
    for item in items:
        if runs and item.kind is PrintKind.DECISION and runs[-1][0].kind is PrintKind.DECISION:
            runs[-1].append(item)
        else:
            runs.append([item])
    return runs
