"""The office of several PCs under a simulated day's work and the worst network: after
healing every PC holds the same office, with every committed change, every concurrent edit
of one field surfaced as a conflict, no number given twice, and an unbroken audit log.

The figures are printed (pytest -s shows them); `OPS_SIM_SCALE=N` runs N times as many
rounds, and benchmarks/simulation.py runs it at any size.
"""

from __future__ import annotations

import os
from pathlib import Path

from tests.exchange.office_run import simulate_office

SCALE = max(1, int(os.environ.get("OPS_SIM_SCALE", "1")))


def test_an_office_of_four_pcs_apart_killed_and_tampered_with_heals_whole(
        tmp_path: Path) -> None:
    figures = simulate_office(tmp_path, members=4, rounds=6 * SCALE, actions=6,
                              kills=120 * SCALE, seed=2026)
    print("\n" + figures.table())
    assert figures.missing == []
    assert figures.digests_equal
    assert figures.verify_ok
    assert figures.duplicates == 0
    assert figures.quarantined == 0
    assert figures.audit_complete
    assert figures.kills >= 100
    assert figures.partitions > 0 and figures.concurrent_edits > 0
    assert figures.conflicts > 0
