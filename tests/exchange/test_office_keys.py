"""A new office key when a PC is removed: the removed PC's copy of the key opens nothing
written after the removal, the other PCs pick the new key up (also one away at the time,
and one that had no key pair yet) and keep exchanging."""

from __future__ import annotations

import base64
import json
import secrets
import sqlite3
import uuid
import zlib
from collections.abc import Iterator
from pathlib import Path

import pytest
from cryptography.hazmat.primitives.ciphers.aead import AESGCM
from sqlalchemy import update

from ops_desktop.exchange import folder as exchange_folder
from ops_desktop.exchange.bundle import MAGIC, BundleError, file_name, open_bundle, seal
from ops_desktop.exchange.keys import EXCHANGE_SECRET, SIGNING_SECRET
from ops_desktop.exchange.sync import Membership, membership
from ops_desktop.services.context import Actor
from ops_desktop.services.exchange import ExchangeService
from ops_desktop.services.hub import Services
from ops_desktop.storage.change_feed import outbox_after
from ops_desktop.storage.models import OfficeMemberRow
from tests.exchange.conftest import sync_all
from tests.services.helpers import PESEL_MAN_1944, PESEL_WOMAN_1985, person, referral_intake


@pytest.fixture
def three_pcs(two_pcs: tuple[Services, Services], tmp_path: Path
              ) -> Iterator[tuple[Services, Services, Services]]:
    pc1, pc2 = two_pcs
    pc3 = Services.over(ExchangeService.join(
        tmp_path / "zaproszenie.opsbak", (tmp_path / "code.txt").read_text(),
        tmp_path / "pc3.sqlite", "Laptop terenowy").db)
    sync_all(pc1, pc2, pc3)
    yield pc1, pc2, pc3
    pc3.close()


def _me(pc: Services) -> Membership:
    me = membership(pc.db)
    assert me is not None
    return me


def _newest(me: Membership, member: str) -> Path:
    return exchange_folder.bundles(exchange_folder.member_folder(me.root, member))[-1][2]


def _refer(pc: Services, desk: Actor, pesel: str = PESEL_MAN_1944) -> str:
    pid = pc.persons.register_household(desk, person(pesel=pesel), [])
    return pc.intake.record(desk, referral_intake(pid)).referral_number


def _numbers(pc: Services) -> set[str]:
    with pc.db.session() as s:
        return set(s.connection().exec_driver_sql(
            "SELECT number FROM referrals").scalars())


def _header(path: Path) -> str:
    data = path.read_bytes()
    return data[len(MAGIC):data.index(b"\n", len(MAGIC))].decode("ascii")


def test_a_log_file_sealed_with_the_old_key_after_the_rotation_is_refused(
        desk: Actor, three_pcs: tuple[Services, Services, Services]) -> None:
    """The same for the audit log's files: once PC 2 seals its log files with the new key,
    one the removed PC seals with the old key and passes off as PC 2's next is refused, and
    its entries are never kept among PC 2's."""
    from ops_desktop.exchange.bundle import AUDIT

    pc1, pc2, pc3 = three_pcs
    stolen, victim = _me(pc3), _me(pc2)
    _refer(pc1, desk)
    sync_all(pc1, pc2, pc3)
    ExchangeService(pc1.db).remove_member(3)
    sync_all(pc1, pc2)
    _refer(pc2, desk, PESEL_WOMAN_1985)  # PC 2's next log file: sealed with the new key
    sync_all(pc1, pc2)
    folder = exchange_folder.member_folder(victim.root, victim.member)
    done = exchange_folder.bundles(folder, AUDIT)
    assert json.loads(_header(done[-1][2]))["keygen"] == 2
    after = max(last for _, last, _ in done)
    _, entries = open_bundle(done[-1][2].read_bytes(), _me(pc1).opening_keys, victim.office,
                             AUDIT)
    forged = {**entries[-1], "seq": after + 1, "action": "delete"}
    exchange_folder.write_once(folder, file_name(after + 1, after + 1, AUDIT),
                               seal(stolen.key, stolen.office, victim.member, after + 1,
                                    after + 1, [forged], AUDIT))
    report = ExchangeService(pc1.db).sync()
    assert [p.code for p in report.problems] == ["old_key"]
    with pc1.db.session() as s:
        kept = s.connection().exec_driver_sql(
            "SELECT max(seq) FROM exchange_member_audit WHERE member_id = ?",
            (victim.member,)).scalar_one()
    assert int(kept) == after


def test_a_removed_pc_cannot_read_what_the_office_writes_after_its_removal(
        desk: Actor, three_pcs: tuple[Services, Services, Services]) -> None:
    pc1, pc2, pc3 = three_pcs
    stolen = _me(pc3)  # what the stolen laptop holds
    assert set(stolen.keys) == {1}

    assert ExchangeService(pc1.db).remove_member(3) == 2
    assert _me(pc1).generation == 2
    made_on_pc1 = _refer(pc1, desk)
    ExchangeService(pc1.db).sync()
    newest = _newest(_me(pc1), _me(pc1).member).read_bytes()
    # The engine's own open function, with the removed PC's keys: nothing opens.
    with pytest.raises(BundleError) as refused:
        open_bundle(newest, stolen.keys, stolen.office)
    assert refused.value.code == "key_missing"
    with pytest.raises(BundleError) as refused:
        open_bundle(newest, stolen.key, stolen.office)
    assert refused.value.code == "altered"
    # The removed PC itself is told so and exchanges nothing more.
    with pytest.raises(BundleError) as removed:
        ExchangeService(pc3.db).sync()
    assert removed.value.code == "removed_from_office"

    # PC 2 did not exchange during the removal: at its next round it picks the key up,
    # reads PC 1's new files and writes its own with the new key.
    report = ExchangeService(pc2.db).sync()
    assert report.problems == []
    assert made_on_pc1 in _numbers(pc2)
    assert _me(pc2).generation == 2
    made_on_pc2 = _refer(pc2, desk, PESEL_WOMAN_1985)
    ExchangeService(pc2.db).sync()
    assert json.loads(_header(_newest(_me(pc2), _me(pc2).member)))["keygen"] == 2
    assert ExchangeService(pc1.db).sync().problems == []
    assert made_on_pc2 in _numbers(pc1)
    assert ExchangeService(pc1.db).digest() == ExchangeService(pc2.db).digest()


def test_a_file_sealed_with_the_old_key_after_the_rotation_is_refused(
        desk: Actor, three_pcs: tuple[Services, Services, Services]) -> None:
    """The removed PC still holds the old key: a file it seals with it and passes off as
    PC 2's next one, once PC 2 has moved to the new key, is refused and not applied."""
    pc1, pc2, pc3 = three_pcs
    stolen, victim = _me(pc3), _me(pc2)
    _refer(pc1, desk)
    sync_all(pc1, pc2, pc3)
    jan = pc1.persons.search(desk, PESEL_MAN_1944)[0].id
    ExchangeService(pc1.db).remove_member(3)
    sync_all(pc1, pc2)
    with pc2.db.session() as s:
        [last] = outbox_after(s.connection(), 0, 10**6)[-1:]
    done = exchange_folder.bundles(exchange_folder.member_folder(victim.root, victim.member))
    after = max(last for _, last, _ in done)
    forged = {**last, "seq": after + 1, "table": "persons", "row": str(jan), "op": "update",
              "fields": {"phone": "600999999"}, "author": str(desk.user_id)}
    exchange_folder.write_once(
        exchange_folder.member_folder(victim.root, victim.member),
        file_name(after + 1, after + 1),
        seal(stolen.key, stolen.office, victim.member, after + 1, after + 1, [forged]))
    # And in its own folder: written, but never read again.
    made_on_pc3 = _refer(pc3, desk, PESEL_WOMAN_1985)
    with pytest.raises(BundleError):
        ExchangeService(pc3.db).sync()
    assert _me(pc3).generation == 1
    report = ExchangeService(pc1.db).sync()
    assert [p.code for p in report.problems] == ["old_key"]
    assert report.applied == 0
    assert made_on_pc3 not in _numbers(pc1)
    assert pc1.persons.file(desk, jan).phone == ""


def test_a_pc_without_a_key_pair_gets_one_and_then_the_new_key(
        desk: Actor, three_pcs: tuple[Services, Services, Services]) -> None:
    """PC 2 joined before keys came in: no pair, no published key. The removal's new key
    cannot be handed to it; at its next round it makes a pair and publishes it, the
    administrator's PC then hands it the key, and PC 2 reads the new files."""
    pc1, pc2, _ = three_pcs
    member2 = _me(pc2).member
    for pc in (pc1, pc2):
        with pc.db.session() as s:
            s.execute(update(OfficeMemberRow).where(OfficeMemberRow.code == 2)
                      .values(exchange_key=None, signing_key=None))
    with sqlite3.connect(str(pc2.db.engine.url.database)) as conn:
        conn.execute("DELETE FROM exchange_state WHERE key IN (?, ?)",
                     (EXCHANGE_SECRET, SIGNING_SECRET))
    ExchangeService(pc1.db).remove_member(3)
    made = _refer(pc1, desk)
    ExchangeService(pc1.db).sync()

    report = ExchangeService(pc2.db).sync()  # makes its pair; cannot read the new files yet
    assert {p.code for p in report.problems} == {"key_missing"}
    assert made not in _numbers(pc2)
    with pc2.db.session() as s:
        assert s.get(OfficeMemberRow, uuid.UUID(member2)).exchange_key
    ExchangeService(pc1.db).sync()  # learns PC 2's key and hands it the new office key
    assert ExchangeService(pc2.db).sync().problems == []
    assert made in _numbers(pc2)
    sync_all(pc1, pc2)
    assert ExchangeService(pc1.db).digest() == ExchangeService(pc2.db).digest()


def test_a_file_of_the_first_format_is_still_read(three_pcs) -> None:
    """Files written before the key's generation came into the header (format 1)."""
    pc1 = three_pcs[0]
    me = _me(pc1)
    nonce = secrets.token_bytes(12)
    header = {"format": 1, "office": me.office, "member": me.member, "first": 1, "last": 1,
              "kind": "changes", "nonce": base64.b64encode(nonce).decode("ascii")}
    raw = json.dumps(header, sort_keys=True).encode("ascii") + b"\n"
    body = zlib.compress(json.dumps({"changes": [{"seq": 1}]}).encode("utf-8"))
    data = MAGIC + raw + AESGCM(me.keys[1]).encrypt(nonce, body, MAGIC + raw)
    read, changes = open_bundle(data, {1: me.keys[1], 2: secrets.token_bytes(32)}, me.office)
    assert (read.format, read.keygen, changes) == (1, 1, [{"seq": 1}])


def test_a_pc_joining_after_a_removal_is_handed_the_new_key(
        desk: Actor, three_pcs: tuple[Services, Services, Services], tmp_path: Path) -> None:
    """The invitation holds only the first key: the PC that made the new one hands it over
    once the newcomer's public key has come, and the newcomer then catches up."""
    pc1, pc2, _ = three_pcs
    ExchangeService(pc1.db).remove_member(3)
    made = _refer(pc1, desk)
    sync_all(pc1, pc2)
    pc4 = Services.over(ExchangeService.join(
        tmp_path / "zaproszenie.opsbak", (tmp_path / "code.txt").read_text(),
        tmp_path / "pc4.sqlite", "Pokój 12").db)
    try:
        assert set(_me(pc4).keys) == {1}
        assert {p.code for p in ExchangeService(pc4.db).sync().problems} == {"key_missing"}
        ExchangeService(pc1.db).sync()
        assert ExchangeService(pc4.db).sync().problems == []
        assert made in _numbers(pc4) and _me(pc4).generation == 2
        sync_all(pc1, pc2, pc4)
        assert len({ExchangeService(pc.db).digest() for pc in (pc1, pc2, pc4)}) == 1
    finally:
        pc4.close()
