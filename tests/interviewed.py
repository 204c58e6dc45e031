"""Every application the older tests decide had its family interview (art. 106 ust. 4 u.p.s.).

Since a benefit decision is signed only when its application is linked to a completed
interview (services/interview_rules.py), the tests written before that rule would each have
to conduct one first. Instead, unless a test is marked `without_interview` (the tests of the
rule itself and of the interview's own flow are), the office's history gets that interview
just before a draft is prepared on an application not yet linked: a completed interview of the
applicant conducted on the day the application was received, recorded on the application's
own case – so it adds no case, no worker and no deadline to the lists the tests count – and
linked to the application as the benefits team links it. The decision then cites it, as
it would in the office.
"""

from __future__ import annotations

import datetime as dt
import uuid
from typing import Any

import pytest

from sqlalchemy import select

from ops_desktop.domain.interviews import interview_form
from ops_desktop.domain.permissions import Permission, permissions_of
from ops_desktop.domain.vocabulary import Role
from ops_desktop.services import mapping
from ops_desktop.services.decisions import DecisionService
from ops_desktop.services.office import OfficeService
from ops_desktop.storage import interview_queries as iq
from ops_desktop.storage.models import InterviewLinkRow, InterviewRow, UserRow

MARKER = "without_interview"
INTERVIEWER = "wywiad.testowy"  # the login of that social worker
FIRST_FORM = dt.date(2021, 11, 11)  # the questionnaire of Dz.U. 2021 poz. 893


def _interviewer(s: Any) -> uuid.UUID | None:
    """Someone of the office who conducts interviews (so that another PC of the office takes
    the interview from the exchange as written by a colleague allowed to write it)."""
    for user in s.scalars(select(UserRow).where(UserRow.active.is_(True))
                          .order_by(UserRow.created_at)):
        if Permission.WRITE_INTERVIEWS in permissions_of(mapping.roles_of(user.roles)):
            return user.id
    return None


def give_interview(service: DecisionService, actor_id: uuid.UUID | None,
                   application_id: uuid.UUID) -> None:
    """Link the application to a completed interview of its applicant, unless it is linked:
    the interview written by a colleague who conducts interviews, the link by the one who
    prepares the decision (as the benefits team links it)."""
    with service.db.session() as s:
        app = iq.application(s, application_id)
        if app is None or iq.link(s, application_id) is not None:
            return
        interviewer = _interviewer(s)
        person_id, case_id, received_on = app.person_id, app.case_id, app.received_on
    if interviewer is None:  # an office of the benefits team alone: its social worker
        interviewer = OfficeService(service.db).add_user(
            INTERVIEWER, "Pracownik Socjalny", "pracownik socjalny", frozenset({Role.SOCIAL_WORK}))
    with service.db.session(interviewer) as s:
        interview = InterviewRow(
            case_id=case_id, person_id=person_id, kind="interview",
            form_valid_from=interview_form(max(received_on, FIRST_FORM)).valid_from,
            learned_on=received_on, conducted_on=received_on, place="w miejscu zamieszkania",
            worker_name="Pracownik socjalny", status="completed")
        s.add(interview)
        s.flush()
        interview_id = interview.id
    with service.db.session(actor_id) as s:
        s.add(InterviewLinkRow(id=application_id, application_id=application_id,
                               interview_id=interview_id))


@pytest.fixture(autouse=True)
def interviews_before_decisions(request: pytest.FixtureRequest,
                                monkeypatch: pytest.MonkeyPatch) -> None:
    if request.node.get_closest_marker(MARKER) is not None:
        return
    real = DecisionService.prepare

    def prepare(self: DecisionService, actor: Any, data: Any) -> Any:
        if getattr(data, "corrects_id", None) is None and isinstance(
                getattr(data, "application_id", None), uuid.UUID):
            give_interview(self, getattr(actor, "user_id", None), data.application_id)
        return real(self, actor, data)

    monkeypatch.setattr(DecisionService, "prepare", prepare)
