"""The multi-PC simulation of tests/exchange/test_simulation.py at a chosen size, with its
table of figures (for the office's notes on the exchange).

    python benchmarks/simulation.py [--members 4] [--rounds 6] [--actions 6] [--kills 120]
                                    [--seed 2026] [--keep DIR]

Each PC is its own process; the share is tampered with, clocks are a day apart, and `sync`
is killed with SIGKILL `--kills` times. Exits non-zero when anything that must hold after
healing does not (the same checks as the test).
"""

from __future__ import annotations

import argparse
import os
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
# The same PCs as the test's (tests/conftest.py): plain throwaway files, so each command
# opens its store without a sign-in. What encryption costs is measured apart
# (benchmarks/encryption.py).
os.environ.setdefault("OPS_DESKTOP_PLAIN_TEST_DB", "1")

from tests.exchange.office_run import simulate_office  # noqa: E402


def main() -> int:
    parser = argparse.ArgumentParser()
    parser.add_argument("--members", type=int, default=4)
    parser.add_argument("--rounds", type=int, default=6)
    parser.add_argument("--actions", type=int, default=6, help="per PC per round")
    parser.add_argument("--kills", type=int, default=120)
    parser.add_argument("--seed", type=int, default=2026)
    parser.add_argument("--keep", type=Path, default=None,
                        help="an empty folder to keep the PCs' databases and logs in")
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as temporary:
        root = args.keep or Path(temporary) / "office"
        figures = simulate_office(root, args.members, args.rounds, args.actions, args.kills,
                                  args.seed)
    print(figures.table())
    for line in figures.missing[:20]:
        print("MISSING:", line)
    sound = (not figures.missing and figures.digests_equal and figures.verify_ok
             and figures.duplicates == 0 and figures.quarantined == 0
             and figures.audit_complete)
    return 0 if sound else 1


if __name__ == "__main__":
    sys.exit(main())
