"""The print centre's queue, its need-to-know, rendering with Cancel and the print log, on
the demo office in a real SQLite file."""

from __future__ import annotations

import datetime as dt
import io
import json
from collections import Counter
from collections.abc import Iterator
from contextlib import ExitStack
from pathlib import Path

import pytest
from pypdf import PdfReader
from sqlalchemy import select

from ops_desktop.domain.clock import wall_today
from ops_desktop.domain.errors import PermissionDenied, ValidationError
from ops_desktop.domain.vocabulary import DecisionStatus, Team
from ops_desktop.services.context import Actor
from ops_desktop.services.demo import create_demo_office
from ops_desktop.services.hub import Services
from ops_desktop.services.print_centre import PrintItem, PrintKind, QueueFilter
from ops_desktop.storage.models import AuditRow
from tests.server_db import ServerDatabases

TODAY = wall_today()
YEAR = QueueFilter(TODAY - dt.timedelta(days=365), TODAY)
# Papers the demo office does not make today (tests/services/test_print_papers.py makes them)
NOT_IN_DEMO = {PrintKind.BLUE_CARD_FORM_C, PrintKind.BLUE_CARD_FORM_D, PrintKind.DEFECT_CALL}


@pytest.fixture(scope="module")
def office(tmp_path_factory: pytest.TempPathFactory,
           server_databases: ServerDatabases | None) -> Iterator[Services]:
    """The demo office (with care bills) in a SQLite file, or on the PostgreSQL server
    with OPS_TEST_DB_URL: the queue's grouped queries run on both."""
    with ExitStack() as stack:
        if server_databases is None:
            path: Path = tmp_path_factory.mktemp("print-centre") / "demo.sqlite"
            url = f"sqlite:///{path}"
        else:
            url = stack.enter_context(server_databases.fresh())
        services = Services.open(url)
        create_demo_office(services, households=30)
        yield services
        services.close()


def staff(services: Services, login: str) -> Actor:
    return Actor.of(next(u for u in services.office.users() if u.login == login))


def kinds(items: list[PrintItem]) -> set[PrintKind]:
    return {i.kind for i in items}


def test_the_heads_queue_holds_every_kind_the_office_has(office: Services) -> None:
    head = staff(office, "bzolkiewska")
    items = office.print_centre.queue(head, YEAR)
    assert kinds(items) == set(PrintKind) - NOT_IN_DEMO
    # every signed decision of the year is there, and only signed ones
    signed = {d.id for d in office.decisions.page(head, DecisionStatus.SIGNED, limit=500)
              if d.issued_on is not None and d.issued_on >= YEAR.first}
    assert {i.record_id for i in items if i.kind is PrintKind.DECISION} == signed
    assert [i.on for i in items] == sorted(i.on for i in items)


def test_filters_by_day_kind_team_and_worker(office: Services) -> None:
    head = staff(office, "bzolkiewska")
    every = office.print_centre.queue(head, YEAR)
    day = Counter(i.on for i in every if i.kind is not PrintKind.STATISTICS).most_common(1)[0][0]
    on_day = office.print_centre.queue(head, QueueFilter.day(day))
    assert on_day and {i.on for i in on_day} == {day}
    assert len(on_day) == sum(1 for i in every if i.on == day)

    decisions = office.print_centre.queue(
        head, QueueFilter(YEAR.first, YEAR.last, frozenset({PrintKind.DECISION})))
    assert decisions and kinds(decisions) == {PrintKind.DECISION}

    social = office.print_centre.queue(
        head, QueueFilter(YEAR.first, YEAR.last, team=Team.SOCIAL_WORK))
    assert social and {i.team for i in social} == {Team.SOCIAL_WORK.value}
    assert kinds(social) >= {PrintKind.CONTRACT, PrintKind.BLUE_CARD_LETTER}

    author = next(i for i in every if i.author_id is not None)
    theirs = office.print_centre.queue(
        head, QueueFilter(YEAR.first, YEAR.last, author_id=author.author_id))
    assert theirs and {i.author_id for i in theirs} == {author.author_id}
    assert len(theirs) == sum(1 for i in every if i.author_id == author.author_id)


def test_a_span_backwards_or_longer_than_a_year_is_refused(office: Services) -> None:
    head = staff(office, "bzolkiewska")
    with pytest.raises(ValidationError):
        office.print_centre.queue(head, QueueFilter(TODAY, TODAY - dt.timedelta(days=1)))
    with pytest.raises(ValidationError):
        office.print_centre.queue(head, QueueFilter(TODAY - dt.timedelta(days=400), TODAY))


def test_each_team_sees_only_the_papers_it_may_read(office: Services) -> None:
    queue = {login: kinds(office.print_centre.queue(staff(office, login), YEAR))
             for login in ("anowicka", "kwisniewska", "mkowalczyk", "edabrowska")}
    assert queue["anowicka"] == {PrintKind.REFERRAL_SLIP}
    assert queue["kwisniewska"] == {PrintKind.DECISION, PrintKind.DELAY_NOTICE,
                                    PrintKind.PAYMENT_LIST}
    statements = {PrintKind.INTERVIEW, PrintKind.ASSETS_STATEMENT,
                  PrintKind.ELECTRONIC_STATEMENT}
    assert queue["mkowalczyk"] == {PrintKind.CONTRACT, PrintKind.BLUE_CARD_LETTER,
                                   PrintKind.BLUE_CARD_FORM_A, PrintKind.BLUE_CARD_FORM_B,
                                   PrintKind.PROGRAMME, *statements}
    # the services team: never a Niebieska Karta letter or form, a decision (and its
    # reasoning) or a payment list; of interviews only its own cases' (the demo's shelter
    # and meal clients')
    assert queue["edabrowska"] == {PrintKind.CARE_BILL, PrintKind.DPS_DECISION,
                                   PrintKind.SHELTER_DECISION, PrintKind.SUPERVISION_PROTOCOL,
                                   PrintKind.MEAL_DECISION, *statements}
    services_worker = staff(office, "edabrowska")
    assert {i.team for i in office.print_centre.queue(services_worker, YEAR)} <= {"services"}
    # the queue never carries a decision's content, only its kind and form codes
    assert not {f for f in PrintItem.__dataclass_fields__} & {"reasoning", "amount", "answers"}


def test_a_paper_the_reader_may_not_read_is_not_rendered_for_them(office: Services) -> None:
    head = staff(office, "bzolkiewska")
    letter = next(i for i in office.print_centre.queue(head, YEAR)
                  if i.kind is PrintKind.BLUE_CARD_LETTER)
    stack = office.print_centre.render(staff(office, "edabrowska"), [letter])
    assert stack is not None and not stack.printed and stack.pdf == b""
    assert isinstance(stack.skipped[0].reason, PermissionDenied)
    with pytest.raises(PermissionDenied):
        office.print_centre.queue(staff(office, "rkrawczyk"), YEAR)  # the administrator


def test_chosen_papers_render_as_one_pdf_in_order(office: Services) -> None:
    head = staff(office, "bzolkiewska")
    every = office.print_centre.queue(head, YEAR)
    # two decisions (one batch) and one paper of every other kind, each by its own service
    chosen = [i for i in every if i.kind is PrintKind.DECISION][:2] + [
        next(i for i in every if i.kind is k) for k in PrintKind
        if k is not PrintKind.DECISION and k not in NOT_IN_DEMO]
    seen: list[tuple[int, int]] = []
    stack = office.print_centre.render(head, chosen, lambda d, t: seen.append((d, t)))
    assert stack is not None and stack.printed == chosen and not stack.skipped
    text = "\n".join(p.extract_text() for p in PdfReader(io.BytesIO(stack.pdf)).pages)
    flat = text.replace("\n", " ")
    for item in chosen:
        if item.kind is PrintKind.STATISTICS:
            assert "MRPiPS-03" in text.replace(" ", "")
        elif item.kind in (PrintKind.REFERRAL_SLIP, PrintKind.PAYMENT_LIST, PrintKind.CARE_BILL):
            assert item.number in flat, item.kind
        else:
            assert item.case_sign in flat, item.kind
    assert seen[-1] == (len(chosen), len(chosen))


def test_cancel_stops_rendering(office: Services) -> None:
    head = staff(office, "bzolkiewska")
    chosen = [i for i in office.print_centre.queue(head, YEAR)
              if i.kind is not PrintKind.DECISION][:4]
    rendered: list[int] = []
    stack = office.print_centre.render(head, chosen, lambda d, t: rendered.append(d),
                                       lambda: len(rendered) >= 1)
    assert stack is None and rendered == [1]


def test_a_print_is_logged_with_printer_copies_and_person(office: Services) -> None:
    head = staff(office, "bzolkiewska")
    item = next(i for i in office.print_centre.queue(head, YEAR) if i.kind is PrintKind.DECISION)
    office.print_centre.record_printed(head, [item], "HP LaserJet w sekretariacie", 2)
    newest = office.print_centre.recent_prints(head, 5)[0]
    assert (newest.by, newest.kind, newest.printer, newest.copies) == (
        head.full_name, "decision", "HP LaserJet w sekretariacie", 2)
    assert item.case_sign in newest.title
    with office.db.session() as s:
        row = s.execute(select(AuditRow).where(AuditRow.action == "printed")
                        .order_by(AuditRow.seq.desc())).scalars().first()
        assert row is not None and row.person_id == item.person_id
        assert row.entity == "decisions" and row.entity_id == str(item.record_id)
        assert json.loads(row.changes or "{}")["printer"] == "HP LaserJet w sekretariacie"


def test_reading_the_queue_is_audited_with_what_was_asked(office: Services) -> None:
    """The queue names persons and their cases: each reading is an audit entry."""
    worker = staff(office, "kwisniewska")
    chosen = QueueFilter(TODAY - dt.timedelta(days=30), TODAY, frozenset({PrintKind.DECISION}))
    items = office.print_centre.queue(worker, chosen)
    with office.db.session() as s:
        row = s.execute(select(AuditRow).where(AuditRow.entity == "print_queue")
                        .order_by(AuditRow.seq.desc())).scalars().first()
    assert row is not None and row.actor_id == worker.user_id and row.action == "view"
    asked = json.loads(row.changes or "{}")
    assert asked["kinds"] == "decision" and asked["listed"] == len(items)
    assert asked["first"] == chosen.first.isoformat()


def test_a_decision_changing_another_is_listed_as_a_change(office: Services) -> None:
    """The queue says what the paper says: a decision naming the one it changes (the appeal
    the office granted itself, in the demo) is a change, not a second grant."""
    head = staff(office, "bzolkiewska")
    changes = {d.id for d in office.decisions.page(head, DecisionStatus.SIGNED, limit=500)
               if d.corrects_id is not None}
    assert changes
    listed = {i.record_id: i.number for i in office.print_centre.queue(head, YEAR)
              if i.kind is PrintKind.DECISION}
    assert {listed[i] for i in changes if i in listed} == {"change"}
    assert "change" not in {n for i, n in listed.items() if i not in changes}


def test_a_closed_checks_protocol_prints_from_the_queue(office: Services) -> None:
    """The demo's closed home visit: its protocol, the services team's, printed for them."""
    worker = staff(office, "edabrowska")
    [protocol] = [i for i in office.print_centre.queue(worker, YEAR)
                  if i.kind is PrintKind.SUPERVISION_PROTOCOL]
    assert protocol.team == "services" and protocol.detail == "check" and protocol.case_sign
    stack = office.print_centre.render(worker, [protocol])
    assert stack is not None and stack.printed == [protocol]
    text = " ".join(p.extract_text() for p in PdfReader(io.BytesIO(stack.pdf)).pages)
    assert "PROTOKÓŁ KONTROLI USŁUG OPIEKUŃCZYCH" in text and "bez zastrzeżeń" in text
    assert protocol.case_sign in text and "zgodnie z harmonogramem" in text
