"""The relay with a field laptop's USB stick refuses what is not this office's stick, stops
between files when cancelled (the next relay finishes the job), and remembers the stick's
folder on this PC only."""

from __future__ import annotations

from pathlib import Path

import pytest

from ops_desktop.services.demo import SETTINGS
from ops_desktop.services.exchange import BundleError, ExchangeFolderError, ExchangeService
from ops_desktop.services.hub import Services


def files(folder: Path) -> list[Path]:
    return sorted(p.relative_to(folder) for p in folder.rglob("*") if p.is_file())


def test_a_stick_of_another_office_is_refused_and_nothing_crosses(
        two_pcs: tuple[Services, Services], tmp_path: Path) -> None:
    pc1, pc2 = two_pcs
    ExchangeService(pc2.db).sync()
    other = Services.open(f"sqlite:///{tmp_path / 'inny-osrodek.sqlite'}")
    try:
        other.office.save_settings(SETTINGS)
        stick = tmp_path / "obcy-pendrive"
        stick.mkdir()
        ExchangeService(other.db).share(stick, "Inny GOPS", tmp_path / "inne.opsbak")
        ExchangeService(other.db).sync()
    finally:
        other.close()
    share = tmp_path / "wymiana"
    stick_before, share_before = files(stick), files(share)
    with pytest.raises(BundleError) as refused:
        ExchangeService(pc1.db).relay(stick)
    assert refused.value.code == "foreign_office"
    assert files(stick) == stick_before and files(share) == share_before
    assert ExchangeService(pc1.db).last_relay_folder() is None


def test_a_missing_stick_and_the_pcs_own_folder_are_refused(
        two_pcs: tuple[Services, Services], tmp_path: Path) -> None:
    office = ExchangeService(two_pcs[0].db)
    with pytest.raises(ExchangeFolderError) as missing:
        office.relay(tmp_path / "nie-ma")
    assert missing.value.code == "stick_unreachable"
    with pytest.raises(BundleError) as same:
        office.relay(tmp_path / "wymiana" / ".." / "wymiana")
    assert same.value.code == "same_folder"


def test_a_cancelled_relay_stops_between_files_and_the_next_one_finishes(
        two_pcs: tuple[Services, Services], tmp_path: Path) -> None:
    pc1, pc2 = two_pcs
    ExchangeService(pc1.db).sync()
    ExchangeService(pc2.db).sync()
    office = ExchangeService(pc1.db)
    stick = tmp_path / "pendrive"
    stick.mkdir()
    seen: list[tuple[int, int]] = []
    sent, received = office.relay(stick, lambda done, total: seen.append((done, total)),
                                  lambda: len(seen) >= 2)
    assert (sent, received) == (2, 0) and len(files(stick)) == 2
    assert seen[-1][1] >= 4  # the share holds both PCs' files and the taken numbers
    sent, _ = office.relay(stick)
    assert sent == seen[-1][1] - 2
    assert files(stick) == files(tmp_path / "wymiana")
    # Remembered on this PC, where the window offers it next time; never travels.
    assert office.last_relay_folder() == stick
    assert ExchangeService(pc2.db).last_relay_folder() is None
    ExchangeService(pc1.db).sync()
    ExchangeService(pc2.db).sync()
    assert office.digest() == ExchangeService(pc2.db).digest()
