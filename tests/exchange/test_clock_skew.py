"""A PC's clock a day fast: whatever order the folders are read in, a PC that has seen its
changes stamps its own later edits after them, so every PC keeps the later edit."""

from __future__ import annotations

from pathlib import Path

import pytest

from ops_desktop.services.context import Actor
from ops_desktop.services.exchange import ExchangeService
from ops_desktop.services.hub import Services
from ops_desktop.storage.change_feed import CLOCK_SKEW_VARIABLE
from tests.exchange.conftest import sync_all
from tests.services.helpers import PESEL_WOMAN_1985, person

DAY_MS = 24 * 3600 * 1000


def test_an_edit_after_seeing_a_fast_pcs_change_wins_everywhere(
        desk: Actor, two_pcs: tuple[Services, Services], tmp_path: Path,
        monkeypatch: pytest.MonkeyPatch) -> None:
    fast, slow = two_pcs
    third = Services.over(ExchangeService.join(
        tmp_path / "zaproszenie.opsbak", (tmp_path / "code.txt").read_text(),
        tmp_path / "pc3.sqlite", "Pokój 3").db)
    try:
        monkeypatch.setenv(CLOCK_SKEW_VARIABLE, str(DAY_MS))
        pid = fast.persons.register_household(desk, person(), [])
        ExchangeService(fast.db).sync()
        monkeypatch.delenv(CLOCK_SKEW_VARIABLE)
        # The PC with the right time changed something too; its folder is read after the
        # fast PC's (folders are read in the order of the PCs' ids).
        slow.persons.register_household(desk, person("Ewa", "Kowalska", PESEL_WOMAN_1985), [])
        ExchangeService(slow.db).sync()
        ExchangeService(third.db).sync()

        third.persons.update_person(desk, pid, person(phone="601222333"))
        sync_all(third, fast, slow)

        assert {pc.persons.file(desk, pid).phone for pc in (fast, slow, third)} == {"601222333"}
        assert len({ExchangeService(pc.db).digest() for pc in (fast, slow, third)}) == 1
    finally:
        third.close()
