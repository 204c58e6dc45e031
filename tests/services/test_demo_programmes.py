"""The demo office holds a signed IPWzB with a review and a help plan made from an
interview, and `ops-desktop print contracts` prints them with the contracts."""

from __future__ import annotations

import io

from pypdf import PdfReader

from ops_desktop.domain.plans import ActionStatus
from ops_desktop.domain.programmes import ProgrammeStatus
from ops_desktop.domain.vocabulary import Role
from ops_desktop.services.context import Actor
from ops_desktop.storage.models import ProgrammeRow

from .test_demo_office import Office, office, rows  # noqa: F401 (fixture)


def test_the_demo_holds_a_reviewed_ipwzb_and_a_help_plan_from_an_interview(
        office: Office) -> None:  # noqa: F811
    found = rows(office, ProgrammeRow)
    ipwzb = [r for r in found if r.kind == "homelessness" and r.status == "signed"]
    plans = [r for r in found if r.kind == "help_plan" and r.interview_id is not None]
    assert ipwzb and plans
    head = Actor(ipwzb[0].signed_by, "Kierownik", "", frozenset({Role.COORDINATOR}))
    got = office.services.programmes.programme(head, ipwzb[0].id)
    assert got.status is ProgrammeStatus.SIGNED and got.reviews
    assert ActionStatus.DONE in got.reviews[0].statuses.values()
    text = " ".join(PdfReader(io.BytesIO(office.services.programmes.render(
        head, plans[0].id))).pages[0].extract_text().split())
    assert "PLAN POMOCY" in text and "rodzinnego wywiadu środowiskowego" in text
