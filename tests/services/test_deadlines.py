"""KPA deadlines on a real store: complicated cases, periods that do not count, notices of
delay (art. 36) printed with the ponaglenie instruction, and the head's count per worker."""

from __future__ import annotations

import datetime as dt
import itertools
from decimal import Decimal

import pytest
from sqlalchemy import update

from ops_desktop.domain.calendar import add_working_days, is_working_day, next_working_day_if_needed
from ops_desktop.domain.clock import wall_today
from ops_desktop.domain.errors import ConflictError, PermissionDenied, ValidationError
from ops_desktop.domain.kpa_deadlines import statutory_deadline
from ops_desktop.documents.values import date_long
from ops_desktop.domain.calendar import add_months
from ops_desktop.domain.vocabulary import ApplicationStatus, BenefitForm, IdDocumentType
from ops_desktop.services.applications import ApplicationInput
from ops_desktop.services.context import Actor
from ops_desktop.services.deadlines import NoticeInput, PauseInput
from ops_desktop.services.hub import Services
from ops_desktop.services.views import ApplicationView
from ops_desktop.storage.models import ApplicationRow

from .helpers import HOME, person
from .test_benefits import application, grant, text_of

TODAY = wall_today()


SERIAL = itertools.count(1)


def received(services: Services, worker: Actor, on: dt.date,
             surname: str = "Kowalski") -> ApplicationView:
    n = next(SERIAL)
    pid = services.persons.register_household(worker, person(
        "Jan", surname, None, id_document_type=IdDocumentType.ID_CARD,
        id_document_number=f"KPA{n:06d}", birth_date=dt.date(1970, 1, 1)), [])
    return services.applications.register(worker, ApplicationInput(
        person_id=pid, received_on=on, form=BenefitForm.PERIODIC))


def codes(exc: pytest.ExceptionInfo[ValidationError]) -> dict[str, str]:
    return {e.field: e.code for e in exc.value.errors}


def later_working_day(day: dt.date, days: int) -> dt.date:
    return next_working_day_if_needed(day + dt.timedelta(days=days))


def test_complicated_and_pauses_move_the_deadline_and_every_reader_sees_it(
        services: Services, benefits_worker: Actor) -> None:
    start = TODAY - dt.timedelta(days=20)
    app = received(services, benefits_worker, start)
    assert app.kpa_deadline == statutory_deadline(start, 1)
    marked = services.deadlines.set_complicated(benefits_worker, app.id, True)
    assert marked.particularly_complicated and marked.kpa_deadline == statutory_deadline(start, 2)
    pause = PauseInput(start + dt.timedelta(days=2), start + dt.timedelta(days=11),
                       "zawieszenie postępowania (art. 97 § 1 pkt 4 KPA)")
    paused = services.deadlines.record_pause(benefits_worker, app.id, pause)
    expected = next_working_day_if_needed(add_months(start, 2) + dt.timedelta(days=10))
    assert paused.kpa_deadline == expected and paused.deadline.paused_days == 10
    # The list, the panel's read and the open page all count the same way.
    listed = next(a for a in services.applications.page(benefits_worker) if a.id == app.id)
    assert listed.kpa_deadline == expected
    assert services.applications.get(benefits_worker, app.id).pauses[0].reason.startswith(
        "zawieszenie")


def test_a_notice_sets_the_new_running_deadline_and_prints_every_fact(
        services: Services, benefits_worker: Actor, auditor: Actor) -> None:
    start = TODAY - dt.timedelta(days=40)
    app = received(services, benefits_worker, start, "Wiśniewski")
    old = app.kpa_deadline
    assert app.overdue_on(TODAY)
    new = later_working_day(TODAY, 21)
    notice = services.deadlines.record_notice(benefits_worker, app.id, NoticeInput(
        TODAY, new, "Oczekiwanie na zaświadczenie z urzędu pracy."))
    assert notice.previous_deadline == old and notice.new_deadline == new
    after = services.applications.get(benefits_worker, app.id)
    assert after.kpa_deadline == new and not after.overdue_on(TODAY) and after.deadline.by_notice
    pdf = services.deadlines.render_notice(benefits_worker, notice.id)
    text = text_of(pdf)
    assert "ZAWIADOMIENIE O NIEZAŁATWIENIU SPRAWY W TERMINIE" in text
    assert "Oczekiwanie na zaświadczenie z urzędu pracy." in text
    assert app.case_sign in text and "Wiśniewski" in text
    assert f"Nowy termin załatwienia sprawy: {date_long(new)}" in text
    assert date_long(old) in text and "art. 36 § 1" in text
    assert "prawo do wniesienia ponaglenia" in text and "art. 37" in text
    assert "Piotr Zieliński" in text and "do potwierdzenia" in text
    assert "zasiłku okresowego" in text
    # The party's address as the office holds it.
    assert HOME.street in text and HOME.city in text
    # The notice's row and its printing are in the audit log.
    logged = {(e.action, e.entity) for e in services.audit.entries(auditor)}
    assert ("print", "delay_notice") in logged and ("insert", "delay_notices") in logged


def test_a_signed_decision_ends_the_deadline_and_nothing_more_is_recorded(
        services: Services, benefits_worker: Actor, signer: Actor) -> None:
    _, app = application(services, benefits_worker, BenefitForm.PERMANENT, Decimal("500"))
    draft = services.decisions.prepare(benefits_worker, grant(app.id, Decimal("813.00")))
    services.decisions.sign(signer, draft.id)
    decided = services.applications.get(benefits_worker, app.id)
    far = decided.kpa_deadline + dt.timedelta(days=400)
    assert decided.deadline.ended and not decided.overdue_on(far)
    assert not decided.due_soon_on(decided.kpa_deadline)
    with pytest.raises(ConflictError):
        services.deadlines.set_complicated(benefits_worker, app.id, True)
    with pytest.raises(ConflictError):
        services.deadlines.record_notice(benefits_worker, app.id, NoticeInput(
            TODAY, later_working_day(decided.kpa_deadline, 10), "zwłoka"))


def test_bad_input_is_refused_field_by_field(services: Services, benefits_worker: Actor) -> None:
    start = TODAY - dt.timedelta(days=10)
    app = received(services, benefits_worker, start)
    with pytest.raises(ValidationError) as exc:
        services.deadlines.record_notice(benefits_worker, app.id, NoticeInput(
            TODAY + dt.timedelta(days=1), app.kpa_deadline, "  "))
    assert codes(exc) == {"reason": "required", "notified_on": "future_date",
                          "new_deadline": "not_after_deadline"}
    saturday = app.kpa_deadline + dt.timedelta(days=(5 - app.kpa_deadline.weekday()) % 7 or 7)
    assert not is_working_day(saturday)
    with pytest.raises(ValidationError) as exc:
        services.deadlines.record_notice(benefits_worker, app.id, NoticeInput(
            start - dt.timedelta(days=1), saturday, "zwłoka"))
    assert codes(exc) == {"notified_on": "before_receipt", "new_deadline": "non_working_day"}
    with pytest.raises(ValidationError) as exc:
        services.deadlines.record_notice(benefits_worker, app.id, NoticeInput(
            TODAY, later_working_day(app.kpa_deadline, 500), "zwłoka"))
    assert codes(exc) == {"new_deadline": "period_too_long"}
    with pytest.raises(ValidationError) as exc:
        services.deadlines.record_pause(benefits_worker, app.id, PauseInput(
            TODAY, TODAY - dt.timedelta(days=1), "x\x00"))
    assert codes(exc) == {"reason": "invalid_characters", "last_day": "end_before_start"}
    with pytest.raises(ValidationError):
        services.deadlines.record_pause(benefits_worker, app.id, "pause")  # type: ignore[arg-type]
    with pytest.raises(ValidationError):
        services.deadlines.set_complicated(benefits_worker, app.id, "yes")  # type: ignore[arg-type]
    with pytest.raises(ValidationError):
        services.deadlines.record_notice(benefits_worker, "1; DROP TABLE", None)  # type: ignore[arg-type]
    # Nothing of the refused writes was kept.
    again = services.applications.get(benefits_worker, app.id)
    assert again.notices == () and again.pauses == () and not again.particularly_complicated


def test_other_teams_neither_record_nor_print_notices(
        services: Services, benefits_worker: Actor, desk: Actor, social_worker: Actor) -> None:
    app = received(services, benefits_worker, TODAY - dt.timedelta(days=40))
    notice = services.deadlines.record_notice(benefits_worker, app.id, NoticeInput(
        TODAY, later_working_day(TODAY, 14), "zwłoka"))
    for actor in (desk, social_worker):
        with pytest.raises(PermissionDenied):
            services.deadlines.render_notice(actor, notice.id)
        with pytest.raises(PermissionDenied):
            services.deadlines.set_complicated(actor, app.id, True)
        with pytest.raises(PermissionDenied):
            services.deadlines.overdue_applications_by_worker(actor)


def test_the_head_counts_overdue_and_due_soon_per_worker(
        services: Services, benefits_worker: Actor, signer: Actor, coordinator: Actor) -> None:
    # Piotr: two overdue, one due within 3 working days, one far off; Katarzyna: one overdue.
    for days in (60, 45):
        received(services, benefits_worker, TODAY - dt.timedelta(days=days))
    soon_start = None
    for back in range(25, 40):  # a receipt whose deadline falls 0–3 working days ahead
        day = TODAY - dt.timedelta(days=back)
        if TODAY <= statutory_deadline(day, 1) <= add_working_days(TODAY, 3):
            soon_start = day
            break
    assert soon_start is not None
    received(services, benefits_worker, soon_start)
    received(services, benefits_worker, TODAY)
    received(services, signer, TODAY - dt.timedelta(days=70), "Nowak")
    counts = {c.worker_name: (c.overdue, c.due_soon, c.waiting)
              for c in services.deadlines.overdue_applications_by_worker(coordinator)}
    assert counts == {"Piotr Zieliński": (2, 1, 4), "Katarzyna Wiśniewska": (1, 0, 1)}
    with pytest.raises(PermissionDenied):
        services.deadlines.overdue_applications_by_worker(benefits_worker)


def test_anonymisation_blanks_why_a_deadline_paused_or_was_late(
        services: Services, coordinator: Actor) -> None:
    from tests.services.test_personal_data import _all_cells, _close
    from tests.services.test_personal_data import world as make_world

    world = make_world.__wrapped__(services, coordinator)  # type: ignore[attr-defined]
    app = services.applications.register(coordinator, ApplicationInput(
        person_id=world.jan, received_on=TODAY - dt.timedelta(days=40), form=BenefitForm.PURPOSE,
        purpose="opał"))
    services.deadlines.record_pause(coordinator, app.id, PauseInput(
        app.received_on, app.received_on + dt.timedelta(days=2), "Czeka na opinię psychiatry."))
    running = services.applications.get(coordinator, app.id).kpa_deadline
    services.deadlines.record_notice(coordinator, app.id, NoticeInput(
        TODAY, later_working_day(max(running, TODAY), 10), "Leczenie odwykowe strony."))
    with services.db.session() as s:  # withdrawn long ago, its case closed: past retention
        s.execute(update(ApplicationRow).where(ApplicationRow.id == app.id).values(
            status=ApplicationStatus.WITHDRAWN.value))
    _close(services, [world.benefits_sign, world.social_sign, app.case_sign])
    services.personal_data.anonymise(coordinator, [world.jan], "ANONIMIZUJ 1", dt.date(2025, 1, 1))
    cells = _all_cells(services)
    for gone in ("Czeka na opinię psychiatry.", "Leczenie odwykowe strony."):
        assert not [c for c in cells if gone in c], gone
