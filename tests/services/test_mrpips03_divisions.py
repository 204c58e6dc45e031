"""MRPiPS-03 division 1A (delegated tasks) and the zasiłek celowy sub-rows of 1B: a zasiłek
celowy for a natural disaster counts in 1A, not among the own tasks; one after a random
event counts in 1B's celowy row and its "zdarzenie losowe" sub-row; the rows the program
keeps no data for say so; every counted cell leads to its decisions."""

from __future__ import annotations

import datetime as dt
from decimal import Decimal

from ops_desktop.domain.vocabulary import Ground
from ops_desktop.services.context import Actor
from ops_desktop.services.hub import Services

from .test_mrpips03 import PURPOSE, Known, Office, cells, known  # noqa: F401 - the fixture
from .test_statistics import someone


def test_delegated_and_random_event_celowy_rows_trace_to_their_decisions(
        services: Services, coordinator: Actor, benefits_worker: Actor, signer: Actor,
        known: Known) -> None:  # noqa: F811
    o, w = Office(services, benefits_worker, signer), benefits_worker
    flooded = services.persons.register_household(w, someone(6, "Zofia"), [])
    burnt = services.persons.register_household(w, someone(7, "Adam"), [])
    flood = o.grant(flooded, PURPOSE, dt.date(2025, 4, 14), "1500",
                    grounds=(Ground.DISASTER,))
    fire = o.grant(burnt, PURPOSE, dt.date(2025, 5, 20), "700",
                   grounds=(Ground.RANDOM_EVENT, Ground.POVERTY))
    report = services.mrpips03.report(coordinator, 2025, 1)
    assert [d.code for d in report.divisions][:2] == ["1A", "1B"]

    # Delegated task: the flood's zasiłek, and only it, in 1A – its row and its total.
    assert cells(report, "1A.02") == [1, 1, Decimal("1500.00"), 1, 1]
    assert [c.case_sign for c in report.row("1A.02").behind] == [flood]
    assert cells(report, "1A.99") == [1, "x", Decimal("1500.00"), 1, 1]
    assert [c.case_sign for c in report.row("1A.99").behind] == [flood]
    for code in ("1A.01", "1A.03"):
        assert cells(report, code) == [None] * 5 and report.row(code).behind == ()

    # Own tasks: the fire's zasiłek joins Jan's and Maria's; the flood's stays out.
    assert cells(report, "1B.15") == [3, 4, Decimal("1300.50"), 2, 4]
    assert flood not in [c.case_sign for c in report.row("1B.15").behind]
    assert cells(report, "1B.15.1") == [1, 1, Decimal("700.00"), 1, 1]
    assert [c.case_sign for c in report.row("1B.15.1").behind] == [fire]
    for code in ("1B.15.2", "1B.21", "1B.22"):
        assert cells(report, code) == [None] * 5
    # The own tasks' total: the fire's person and family added, the flood's not.
    assert cells(report, "1B.99") == [4, "x", Decimal("3100.50"), 3, 5]
    assert flood not in [c.case_sign for c in report.row("1B.99").behind]
