"""A check of care or a complaint is closed once, with its outcome, and prints as a protocol
(on a real SQLite file): bad closings are named field by field, a closed record is refused
any change, and the protocol holds the record's facts and nothing of the client's care."""

from __future__ import annotations

import dataclasses
import datetime as dt
import io

import pytest
from pypdf import PdfReader

from ops_desktop.domain.care_providers import SupervisionKind
from ops_desktop.domain.errors import ConflictError, PermissionDenied, ValidationError
from ops_desktop.domain.supervision_closing import SupervisionOutcome
from ops_desktop.exchange.rules import refusal
from ops_desktop.services.care_supervision import SupervisionInput
from ops_desktop.services.care_supervision_closing import ClosingInput
from ops_desktop.services.context import Actor
from ops_desktop.services.hub import Services
from ops_desktop.storage.replica import Incoming, Target

from .test_care_providers import FIRM, make_order, worker  # noqa: F401 (fixture)

O = SupervisionOutcome
CLOSING = ClosingInput(O.UPHELD, dt.date(2026, 11, 20),
                       "Wykonawca zapewni zastępstwo opiekunki w dni jej nieobecności.",
                       dt.date(2026, 12, 31))


def _complaint(services: Services, desk: Actor, worker: Actor):  # type: ignore[no-untyped-def]
    firm = services.care_providers.add_provider(worker, FIRM)
    maria = services.care_providers.add_carer(worker, firm.id, "Maria Kowal")
    order = make_order(services, desk, worker)
    return services.care_supervision.record(worker, SupervisionInput(
        SupervisionKind.COMPLAINT, dt.date(2026, 11, 5), "Anna Żółkiewska (córka)",
        "Opiekunka trzykrotnie nie przyszła w umówionym dniu.", "Rozmowa z wykonawcą.",
        dt.date(2026, 11, 15), order_id=order, carer_id=maria.id)), order


def _pdf_text(data: bytes) -> str:
    return " ".join(p.extract_text() for p in PdfReader(io.BytesIO(data)).pages)


def test_a_complaint_is_closed_once_and_prints_as_a_protocol(
        services: Services, desk: Actor, worker: Actor) -> None:
    complaint, order = _complaint(services, desk, worker)
    with pytest.raises(ConflictError, match="supervision_open"):
        services.care_supervision_closing.render_protocol(worker, complaint.id)
    services.care_supervision_closing.close(worker, complaint.id, CLOSING)
    [seen] = services.care_supervision.of_client(worker, order)
    assert (seen.outcome, seen.closed_on, seen.fix_by) == (
        "upheld", dt.date(2026, 11, 20), dt.date(2026, 12, 31))
    # Closed is closed: a second closing, even a "correction", is refused and changes nothing.
    with pytest.raises(ConflictError, match="supervision_closed"):
        services.care_supervision_closing.close(worker, complaint.id, dataclasses.replace(
            CLOSING, outcome=O.DISMISSED, recommendations=""))
    assert services.care_supervision.of_client(worker, order)[0].outcome == "upheld"

    text = _pdf_text(services.care_supervision_closing.render_protocol(worker, complaint.id))
    for fact in ("PROTOKÓŁ ROZPATRZENIA SKARGI", "05.11.2026", "Anna Żółkiewska (córka)",
                 "Jan Żółkiewski", FIRM.name[:20], "Maria Kowal",
                 "trzykrotnie nie przyszła", "skarga zasadna", "zastępstwo opiekunki",
                 "31.12.2026", "20.11.2026", "Ewa Opiekun"):
        assert fact in text, fact
    # Nothing of the client's care beyond the name and sign: not its scope, income, address.
    for private in ("higienie", "1600", "PESEL", "44051401359", "Polna"):
        assert private not in text, private


@pytest.mark.parametrize(("change", "field", "code"), [
    (dict(outcome=O.NO_REMARKS), "outcome", "invalid"),  # a check's outcome for a complaint
    (dict(outcome="upheld"), "outcome", "invalid"),
    (dict(closed_on=dt.date(2099, 1, 1)), "closed_on", "future_date"),
    (dict(closed_on=dt.date(2026, 11, 1)), "closed_on", "closed_before_held"),
    (dict(recommendations="  "), "recommendations", "recommendations_required"),
    (dict(recommendations="a\u202eb"), "recommendations", "invalid_characters"),
    (dict(recommendations="x" * 5000), "recommendations", "too_long"),
    (dict(fix_by=dt.date(2026, 11, 19)), "fix_by", "end_before_start"),
    (dict(outcome=O.DISMISSED, recommendations=""), "fix_by",
     "fix_by_without_recommendations"),
])
def test_a_bad_closing_is_named_and_nothing_is_closed(
        services: Services, desk: Actor, worker: Actor, change: dict[str, object],
        field: str, code: str) -> None:
    complaint, order = _complaint(services, desk, worker)
    with pytest.raises(ValidationError) as refused:
        services.care_supervision_closing.close(worker, complaint.id,
                                                dataclasses.replace(CLOSING, **change))  # type: ignore[arg-type]
    assert (field, code) in {(e.field, e.code) for e in refused.value.errors}
    assert services.care_supervision.of_client(worker, order)[0].closed_on is None


def test_a_check_without_remarks_needs_no_recommendations(
        services: Services, desk: Actor, worker: Actor, benefits_worker: Actor) -> None:
    order = make_order(services, desk, worker)
    check = services.care_supervision.record(worker, SupervisionInput(
        SupervisionKind.CHECK, dt.date(2026, 11, 5), "Ewa Opiekun", "W porządku.", "", None,
        order_id=order))
    with pytest.raises(PermissionDenied):
        services.care_supervision_closing.close(benefits_worker, check.id, ClosingInput(
            O.NO_REMARKS, dt.date(2026, 11, 5)))
    services.care_supervision_closing.close(worker, check.id, ClosingInput(
        O.NO_REMARKS, dt.date(2026, 11, 5)))
    text = _pdf_text(services.care_supervision_closing.render_protocol(worker, check.id))
    assert "PROTOKÓŁ KONTROLI" in text and "bez zastrzeżeń" in text
    assert "nie wyznaczono" in text


def test_a_colleague_may_close_a_record_on_another_pc_but_not_rewrite_it() -> None:
    """The record is the author's (append-only); its one closing comes from any colleague."""
    author = "01a23a84-0000-7000-8000-000000000001"
    target = Target(exists=True, created_by=None)

    def change(**fields: object) -> Incoming:
        return Incoming(member="m", seq=1, stamp="000000000000001.000000.m",
                        table="care_supervisions", row="01a23a84-f36d-78c6-b887-c975e634e6a2",
                        op="update", fields=dict(fields), author=author)

    closing = change(closed_on="2026-11-20", outcome="upheld", recommendations="x",
                     fix_by=None, closed_by_name="Ewa Opiekun")
    assert refusal(closing, target, True, "services") is None
    assert refusal(change(findings="inaczej"), target, True, "services") == "append_only"
    assert refusal(change(outcome="dismissed", findings=""), target, True,
                   "services") == "append_only"


def test_anonymising_the_client_blanks_the_recommendations_too(
        services: Services, desk: Actor, worker: Actor) -> None:  # noqa: F811
    from ops_desktop.storage import personal_data_queries
    from ops_desktop.storage.models import CareSupervisionRow

    complaint, _order = _complaint(services, desk, worker)
    services.care_supervision_closing.close(worker, complaint.id, CLOSING)
    assert complaint.person_id is not None
    with services.db.session() as s:
        personal_data_queries.anonymise(s, [complaint.person_id], None,
                                        ("Osoba", "zanonimizowana"), dt.datetime(2030, 1, 1))
    with services.db.session() as s:
        row = s.get(CareSupervisionRow, complaint.id)
        assert row is not None and (row.findings, row.recommendations) == ("", "")
        assert row.outcome == "upheld"  # the outcome and dates stay: they tell of the service
