"""A copy of an exchange file damaged on its way (a stick pulled out, a share gone away
while writing) is made good by the next relay, and a damaged file is never carried over."""

from __future__ import annotations

import secrets
from pathlib import Path

from ops_desktop.exchange import folder as exchange_folder
from ops_desktop.exchange.bundle import KEY_FILE_MAGIC, file_name, seal
from ops_desktop.exchange.sync import membership
from ops_desktop.services.context import Actor
from ops_desktop.services.exchange import ExchangeService
from ops_desktop.services.hub import Services
from tests.services.helpers import person


def _bundles(root: Path, member: str) -> list[Path]:
    return [p for _, _, p in exchange_folder.bundles(exchange_folder.member_folder(root, member))]


def test_a_copy_cut_short_on_a_stick_is_replaced_by_the_whole_file(
        desk: Actor, two_pcs: tuple[Services, Services], tmp_path: Path) -> None:
    pc1, _ = two_pcs
    pc1.persons.register_household(desk, person(), [])
    office = ExchangeService(pc1.db)
    office.sync()
    me = membership(pc1.db)
    assert me is not None
    stick = tmp_path / "pendrive"
    stick.mkdir()
    office.relay(stick)
    original = _bundles(me.root, me.member)[-1]
    copy = stick / me.member / original.name
    whole = original.read_bytes()
    copy.write_bytes(whole[: len(whole) // 2])  # the stick was pulled out mid-copy

    sent, _ = office.relay(stick)

    assert sent == 1
    assert copy.read_bytes() == whole


def test_a_damaged_file_is_not_carried_to_the_other_folder(
        desk: Actor, two_pcs: tuple[Services, Services], tmp_path: Path) -> None:
    pc1, _ = two_pcs
    pc1.persons.register_household(desk, person(), [])
    office = ExchangeService(pc1.db)
    office.sync()
    me = membership(pc1.db)
    assert me is not None
    stick = tmp_path / "pendrive"
    (stick / me.member).mkdir(parents=True)
    damaged = stick / me.member / _bundles(me.root, me.member)[-1].name
    damaged.write_bytes(_bundles(me.root, me.member)[-1].read_bytes()[:100])
    whole = _bundles(me.root, me.member)[-1].read_bytes()
    _bundles(me.root, me.member)[-1].unlink()  # gone from the share, cut short on the stick

    office.relay(stick)

    assert not (me.root / me.member / damaged.name).exists()
    assert damaged.read_bytes() == whole[:100]


def test_a_file_this_pc_cannot_judge_is_still_carried(
        two_pcs: tuple[Services, Services], tmp_path: Path) -> None:
    """Sealed with a key this PC has not received yet, or a key file: the relay carries it,
    the PCs that hold the key read it."""
    pc1, _ = two_pcs
    me = membership(pc1.db)
    assert me is not None
    stick = tmp_path / "pendrive"
    (stick / "01other").mkdir(parents=True)
    newer_key = stick / "01other" / file_name(1, 1)
    newer_key.write_bytes(seal(secrets.token_bytes(32), me.office, "01other", 1, 1, [],
                               keygen=7))
    key_file = stick / "01other" / "key-000000000002-000000000001.opsx"
    key_file.write_bytes(KEY_FILE_MAGIC + b'{"generation": 2}\nsignature')

    ExchangeService(pc1.db).relay(stick)

    assert (me.root / "01other" / newer_key.name).read_bytes() == newer_key.read_bytes()
    assert (me.root / "01other" / key_file.name).read_bytes() == key_file.read_bytes()
