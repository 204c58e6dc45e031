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

from ops_desktop.domain.interviews import interview_form
from ops_desktop.services.decisions import DecisionService
from ops_desktop.storage import interview_queries as iq
from ops_desktop.storage.models import InterviewLinkRow, InterviewRow

MARKER = "without_interview"
FIRST_FORM = dt.date(2021, 11, 11)  # the questionnaire of Dz.U. 2021 poz. 893


def give_interview(service: DecisionService, application_id: uuid.UUID) -> None:
    """Link the application to a completed interview of its applicant, unless it is linked."""
    with service.db.session() as s:
        app = iq.application(s, application_id)
        if app is None or iq.link(s, application_id) is not None:
            return
        interview = InterviewRow(
            case_id=app.case_id, person_id=app.person_id, kind="interview",
            form_valid_from=interview_form(max(app.received_on, FIRST_FORM)).valid_from, learned_on=app.received_on,
            conducted_on=app.received_on, place="w miejscu zamieszkania",
            worker_name="Pracownik socjalny", status="completed")
        s.add(interview)
        s.flush()
        s.add(InterviewLinkRow(id=application_id, application_id=application_id,
                               interview_id=interview.id))


@pytest.fixture(autouse=True)
def interviews_before_decisions(request: pytest.FixtureRequest,
                                monkeypatch: pytest.MonkeyPatch) -> None:
    if request.node.get_closest_marker(MARKER) is not None:
        return
    real = DecisionService.prepare

    def prepare(self: DecisionService, actor: Any, data: Any) -> Any:
        if getattr(data, "corrects_id", None) is None and isinstance(
                getattr(data, "application_id", None), uuid.UUID):
            give_interview(self, data.application_id)
        return real(self, actor, data)

    monkeypatch.setattr(DecisionService, "prepare", prepare)
