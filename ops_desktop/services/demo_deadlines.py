"""The demo office's KPA deadlines: four applications of past applicants, lodged again – one
whose deadline passed with no decision, one due within three working days, one marked
particularly complicated (two months), and one late case where the worker gave notice of
delay (art. 36) before the deadline ran out, with a new date. The benefits list marks them,
the head's "Terminy wniosków" counts them per worker."""

from __future__ import annotations

import datetime as dt

from ops_desktop.domain.calendar import add_working_days, next_working_day_if_needed
from ops_desktop.domain.kpa_deadlines import statutory_deadline
from ops_desktop.domain.vocabulary import ApplicationStatus, BenefitForm, Role
from ops_desktop.services.applications import ApplicationInput
from ops_desktop.services.context import Actor
from ops_desktop.services.deadlines import NoticeInput
from ops_desktop.services.hub import Services
from ops_desktop.storage.models import replayed_at

OVERDUE_DAYS_AGO = 45  # a month and a half: past its one-month deadline
COMPLICATED_DAYS_AGO = 40  # past one month, within two
NOTICE_DAYS_AGO = 38  # late, but the notice came before the deadline
NOTICE_REASON = ("Oczekiwanie na zaświadczenie o dochodach z Zakładu Ubezpieczeń Społecznych, "
                 "o które ośrodek wystąpił; bez niego nie można ustalić dochodu rodziny.")


def _soon_receipt(today: dt.date) -> dt.date:
    """A day of receipt whose deadline falls within the next three working days."""
    for back in range(25, 40):
        day = today - dt.timedelta(days=back)
        if today <= statutory_deadline(day, 1) <= add_working_days(today, 3):
            return day
    return today - dt.timedelta(days=29)


def add_deadline_story(services: Services, actors: dict[Role, list[Actor]],
                       today: dt.date) -> int:
    """Returns how many notices of delay were given (1, or 0 with too few past applicants)."""
    workers = actors[Role.BENEFITS]
    decided = [a for a in services.applications.page(workers[0], open_only=False, limit=200)
               if a.status is ApplicationStatus.DECIDED]
    applicants = list(dict.fromkeys(a.person_id for a in decided))
    if len(applicants) < 4:
        return 0
    days = (OVERDUE_DAYS_AGO, COMPLICATED_DAYS_AGO, NOTICE_DAYS_AGO,
            (today - _soon_receipt(today)).days)
    apps = []
    for i, (person_id, back) in enumerate(zip(applicants, days, strict=False)):
        worker = workers[i % len(workers)]
        lodged = today - dt.timedelta(days=back)
        with replayed_at(dt.datetime.combine(lodged, dt.time(9, 0))):
            apps.append((worker, services.applications.register(worker, ApplicationInput(
                person_id, lodged, BenefitForm.PURPOSE, purpose="zakup opału na zimę"))))
    worker, complicated = apps[1]
    with replayed_at(dt.datetime.combine(complicated.received_on + dt.timedelta(days=10),
                                         dt.time(11, 0))):
        services.deadlines.set_complicated(worker, complicated.id, True)
    worker, late = apps[2]
    assert late.kpa_deadline is not None
    notified = late.kpa_deadline - dt.timedelta(days=3)
    with replayed_at(dt.datetime.combine(notified, dt.time(10, 30))):
        services.deadlines.record_notice(worker, late.id, NoticeInput(
            notified, next_working_day_if_needed(late.kpa_deadline + dt.timedelta(days=30)),
            NOTICE_REASON))
    return 1
