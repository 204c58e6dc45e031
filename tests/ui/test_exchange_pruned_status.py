"""The "Wymiana" status bar says how many old files of this PC a round deleted from the
exchange folder (the files every PC has taken), as `sync` does on the command line: only
for a round that deleted some; the tooltip keeps the last such round."""

from __future__ import annotations

from pathlib import Path

from pytestqt.qtbot import QtBot

from ops_desktop.services.exchange import ExchangeService
from ops_desktop.services.hub import Services
from ops_desktop.exchange.sync import membership
from tests.exchange.test_pruning_rules import _age_invitations
from tests.services.helpers import PESEL_MAN_1944, PESEL_WOMAN_1985, person
from tests.ui.test_office_window import (  # noqa: F401 (fixtures, used by name)
    _quick_keys,
    actor,
    office,
    pc1,
    round_done,
    window_of,
)


def _own_files(pc: Services) -> set[Path]:
    """The change and audit files of this PC in its subfolder (not its acknowledgements)."""
    me = membership(pc.db)
    assert me is not None
    return {p for p in (me.root / me.member).glob("*.opsx") if not p.name.startswith("acks-")}


def test_the_status_bar_counts_the_old_files_a_round_deleted(
        qtbot: QtBot, office: tuple[Services, Services, Path]) -> None:  # noqa: F811
    first, second, _ = office
    desk = actor(first, "desk")
    second.exchange.sync()  # PC 2 says it is there: from now on it holds PC 1's files back
    window = window_of(qtbot, first, "desk")
    controller, label = window.exchange, window.exchange.label
    qtbot.waitUntil(lambda: controller.job is None and controller.last_status is not None,
                    timeout=15000)
    controller.timer.stop()
    assert "usunięto" not in label.text() and "usunięto" not in label.toolTip()
    # The invitation no longer holds files back: two new files wait only for PC 2.
    _age_invitations(first, second)
    for pesel in (PESEL_MAN_1944, PESEL_WOMAN_1985):
        first.persons.register_household(desk, person(pesel=pesel), [])
        round_done(qtbot, window)
    before = _own_files(first)
    assert len(before) >= 2
    for _ in range(2):
        ExchangeService(second.db).sync()  # PC 2 takes them, and says so in the folder

    round_done(qtbot, window)
    after = _own_files(first)
    deleted = len(before - after)
    assert deleted > 0
    assert label.text().endswith(f" · usunięto starych plików: {deleted}")
    assert f"Ostatnio usunięto starych plików: {deleted} (" in label.toolTip()

    # The next round deletes nothing: the bar no longer says it, the tooltip still does.
    round_done(qtbot, window)
    assert _own_files(first) == after
    assert "usunięto" not in label.text()
    assert f"Ostatnio usunięto starych plików: {deleted} (" in label.toolTip()
