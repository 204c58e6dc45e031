"""A PC restored from its own backup carries on as a new member (exchange/restored.py): the
work it had sent after the backup comes back to it, the work done after the restore reaches
the others, no number is given twice, and every audit chain still checks."""

from __future__ import annotations

import datetime as dt
import json
import shutil
import uuid
from pathlib import Path

import pytest
from pytestqt.qtbot import QtBot

from ops_desktop.domain.errors import DomainError
from ops_desktop.domain.vocabulary import Team
from ops_desktop.exchange.pruning import INVITATION_FLOOR
from ops_desktop.exchange.sync import CONTINUES, MEMBER_ID, state
from ops_desktop.services.context import Actor
from ops_desktop.services.exchange import ExchangeService
from ops_desktop.services.hub import Services
from ops_desktop.storage.audit_copies import verify_copies
from ops_desktop.storage.change_feed import put_state, read_state
from ops_desktop.storage.database import open_database
from ops_desktop.storage.file_check import check_file
from tests.exchange.conftest import sync_all
from tests.services.helpers import (
    PESEL_MAN_1944,
    PESEL_WOMAN_1985,
    PESEL_WOMAN_2002,
    person,
    referral_intake,
)

PASSPHRASE = "kopia-pokoju-12-na-dysku-usb"


def _refer(pc: Services, desk: Actor, first: str, last: str, pesel: str) -> str:
    """Register a person and refer them to benefits: the referral's number."""
    pid = pc.persons.register_household(desk, person(first, last, pesel), [])
    return pc.intake.record(desk, referral_intake(pid, Team.BENEFITS)).referral_number


def _found(pc: Services, desk: Actor) -> list[bool]:
    return [bool(pc.persons.search(desk, p))
            for p in (PESEL_MAN_1944, PESEL_WOMAN_2002, PESEL_WOMAN_1985)]


def _both_hold_anna_and_ewa(pc1: Services, pc2: Services, desk: Actor) -> None:
    """After exchanging: Anna (sent after the backup) and Ewa (typed after the restore) on
    both PCs, and the same data on both."""
    sync_all(pc1, pc2)
    assert _found(pc1, desk) == _found(pc2, desk) == [False, True, True]
    assert len({ExchangeService(pc.db).digest() for pc in (pc1, pc2)}) == 1


def _invitation_weeks_ago(pc: Services) -> None:
    with pc.db.session() as s:
        connection = s.connection()
        floor = json.loads(read_state(connection)[INVITATION_FLOOR])
        floor["made"] = (dt.datetime.fromisoformat(floor["made"])
                         - dt.timedelta(days=21)).isoformat()
        put_state(connection, {INVITATION_FLOOR: json.dumps(floor, sort_keys=True)})


def _restore_own_backup(pc2: Services, admin: Actor, backup: Path) -> Services:
    """The administrator puts PC 2's backup back (the program restarts on it)."""
    file, key = pc2.db.file, pc2.db.key
    assert isinstance(file, Path)
    pc2.backups.restore(admin, backup, PASSPHRASE)
    return Services.over(open_database(f"sqlite:///{file}", key=key))


@pytest.fixture
def restored(admin: Actor, desk: Actor, two_pcs: tuple[Services, Services], tmp_path: Path
             ) -> tuple[Services, Services, str, str]:
    """PC 2 backs up, refers Anna Kowal, exchanges, and is then restored from the backup:
    PC 1, the restored PC 2, Anna's referral number and PC 2's member id before."""
    pc1, pc2 = two_pcs
    pc2.persons.register_household(desk, person(pesel=PESEL_MAN_1944), [])
    sync_all(pc1, pc2)
    (tmp_path / "usb").mkdir()
    pc2.backups.configure(admin, tmp_path / "usb", PASSPHRASE)
    backup = pc2.backups.backup_now(admin).file
    anna = _refer(pc2, desk, "Anna", "Kowal", PESEL_WOMAN_2002)
    sync_all(pc1, pc2)
    assert _found(pc1, desk) == [True, True, False]
    former = state(pc2.db)[MEMBER_ID]
    back = _restore_own_backup(pc2, admin, backup)
    yield pc1, back, anna, former
    back.close()


def test_a_restored_pc_gets_back_what_it_sent_after_the_backup_and_its_new_work_travels(
        desk: Actor, restored: tuple[Services, Services, str, str]) -> None:
    pc1, pc2, anna, former = restored
    assert _found(pc2, desk) == [True, False, False]  # the backup's state
    # The folder was there at the restore: PC 2 carries on as a new member already.
    after = state(pc2.db)
    assert after[MEMBER_ID] != former and after[CONTINUES] == former
    # Work done on the restored PC before it next exchanges.
    ewa = _refer(pc2, desk, "Ewa", "Trzecia", PESEL_WOMAN_1985)
    reports = [ExchangeService(pc.db).sync() for pc in (pc2, pc1, pc2, pc1)]
    assert all(r.problems == [] and r.quarantined == {} for r in reports), reports
    # Anna (sent by PC 2 after its backup) is back on PC 2; Ewa (typed after the restore)
    # reached PC 1. Before, the restored PC's next file took the numbers of Anna's file and
    # PC 1 passed over it as already applied.
    assert _found(pc1, desk) == _found(pc2, desk) == [True, True, True]
    assert len({ExchangeService(pc.db).digest() for pc in (pc1, pc2)}) == 1
    # Its numbers get its new mark: Anna's number is not given again.
    assert ewa != anna and ewa.startswith(f"SK-{after['member_code']}/")
    # PC 1 lists the one PC 2 now is, not its former self.
    status = ExchangeService(pc1.db).status()
    assert status is not None
    assert [o.code for o in status.others] == [int(after["member_code"])]


def test_a_pc_restored_away_from_the_folder_gives_no_number_until_it_is_back(
        admin: Actor, desk: Actor, two_pcs: tuple[Services, Services], tmp_path: Path) -> None:
    pc1, pc2 = two_pcs
    (tmp_path / "usb").mkdir()
    pc2.backups.configure(admin, tmp_path / "usb", PASSPHRASE)
    backup = pc2.backups.backup_now(admin).file
    anna = _refer(pc2, desk, "Anna", "Kowal", PESEL_WOMAN_2002)
    sync_all(pc1, pc2)
    former = state(pc2.db)[MEMBER_ID]
    (tmp_path / "wymiana").rename(tmp_path / "odlaczony")  # the laptop away from the share
    pc2 = _restore_own_backup(pc2, admin, backup)
    try:
        assert state(pc2.db)[MEMBER_ID] == former
        pid = pc2.persons.register_household(desk, person("Ewa", "Trzecia", PESEL_WOMAN_1985), [])
        with pytest.raises(DomainError) as refused:
            pc2.intake.record(desk, referral_intake(pid, Team.BENEFITS))
        assert refused.value.code == "restored_not_rejoined"
        (tmp_path / "odlaczony").rename(tmp_path / "wymiana")
        report = ExchangeService(pc2.db).sync()
        assert report.continued_from == former and report.problems == []
        ewa = pc2.intake.record(desk, referral_intake(pid, Team.BENEFITS)).referral_number
        assert ewa != anna
        _both_hold_anna_and_ewa(pc1, pc2, desk)
    finally:
        pc2.close()


def test_a_store_put_back_by_hand_is_told_from_the_folder(
        desk: Actor, two_pcs: tuple[Services, Services], tmp_path: Path) -> None:
    """Not through the program's restore: no mark says where the outbox stood, so the
    entries are read against the PC's own files (those whose stamps differ came later)."""
    pc1, pc2 = two_pcs
    file, key = pc2.db.file, pc2.db.key
    assert isinstance(file, Path)
    pc2.db.dispose()
    shutil.copy(file, tmp_path / "kopia.sqlite")
    _refer(pc2, desk, "Anna", "Kowal", PESEL_WOMAN_2002)
    sync_all(pc1, pc2)
    former = state(pc2.db)[MEMBER_ID]
    pc2.db.dispose()
    shutil.copy(tmp_path / "kopia.sqlite", file)
    pc2 = Services.over(open_database(f"sqlite:///{file}", key=key))
    try:
        pc2.persons.register_household(desk, person("Ewa", "Trzecia", PESEL_WOMAN_1985), [])
        report = ExchangeService(pc2.db).sync()
        assert report.continued_from == former and report.problems == []
        _both_hold_anna_and_ewa(pc1, pc2, desk)
    finally:
        pc2.close()


def test_every_chain_checks_on_both_pcs_after_a_restore(
        desk: Actor, restored: tuple[Services, Services, str, str]) -> None:
    pc1, pc2, _anna, former = restored
    _refer(pc2, desk, "Ewa", "Trzecia", PESEL_WOMAN_1985)
    sync_all(pc1, pc2)
    now, first = state(pc2.db)[MEMBER_ID], state(pc1.db)[MEMBER_ID]
    for pc, chains in ((pc1, {former, now}), (pc2, {former, first})):
        with pc.db.engine.connect() as conn:
            copies = verify_copies(conn)
        assert set(copies) == chains
        assert all(r.ok for r in copies.values()), copies
        file = pc.db.file
        assert isinstance(file, Path)
        checked = check_file(file, key=pc.db.key)  # what `ops-desktop verify` reads
        assert checked.store.ok and len(checked.members) == len(chains)
        assert all(c.ok for c in checked.members.values())
    # The restore itself is an entry of the new member's chain, held on PC 1.
    with pc1.db.engine.connect() as conn:
        actions = conn.exec_driver_sql(
            "SELECT action FROM exchange_member_audit WHERE member_id = ?", (now,)
        ).scalars().all()
    assert "restore" in actions


def test_the_restored_pc_no_longer_holds_back_the_others_files(
        desk: Actor, restored: tuple[Services, Services, str, str]) -> None:
    pc1, pc2, _anna, former = restored
    for _ in range(2):
        sync_all(pc1, pc2)
    pc1.persons.register_household(desk, person("Ewa", "Trzecia", PESEL_WOMAN_1985), [])
    for _ in range(3):
        sync_all(pc1, pc2)
    # PC 1's files are all taken by the one PC 2 now is: they go from the folder, though
    # PC 2's former self will never acknowledge them.
    me = ExchangeService(pc1.db).status()
    assert me is not None
    folder = me.folder / state(pc1.db)[MEMBER_ID]
    changes = [p for p in folder.glob("0*.opsx")]
    assert len(changes) == 1, changes
    assert uuid.UUID(former)


def test_what_a_pc_sent_after_its_last_backup_stays_in_the_folder_for_its_restore(
        admin: Actor, desk: Actor, two_pcs: tuple[Services, Services], tmp_path: Path) -> None:
    pc1, pc2 = two_pcs
    for pc in (pc1, pc2):  # the invitation no longer keeps files: what every PC took may go
        _invitation_weeks_ago(pc)
    (tmp_path / "usb").mkdir()
    pc2.backups.configure(admin, tmp_path / "usb", PASSPHRASE)
    backup = pc2.backups.backup_now(admin).file
    anna = pc2.persons.register_household(desk, person("Anna", "Kowal", PESEL_WOMAN_2002), [])
    jan = pc1.persons.register_household(desk, person(pesel=PESEL_MAN_1944), [])
    for _ in range(3):
        sync_all(pc1, pc2)
    pc2.persons.update_person(desk, anna, person("Anna", "Kowal", PESEL_WOMAN_2002,
                                                 phone="600100200"))
    pc1.persons.update_person(desk, jan, person(pesel=PESEL_MAN_1944, phone="600300400"))
    for _ in range(3):
        # Each PC has taken both files of the other: pruning would delete the first ones.
        sync_all(pc1, pc2)
    pc2 = _restore_own_backup(pc2, admin, backup)
    try:
        reports = [ExchangeService(pc.db).sync() for pc in (pc2, pc1, pc2)]
        assert all(r.problems == [] for r in reports), [r.problems for r in reports]
        # PC 2's own work after the backup, and PC 1's it had taken since, are back.
        assert pc2.persons.file(desk, anna).phone == "600100200"
        assert pc2.persons.file(desk, jan).phone == "600300400"
        assert len({ExchangeService(pc.db).digest() for pc in (pc1, pc2)}) == 1
    finally:
        pc2.close()


def test_restored_from_an_older_backup_than_the_last_the_gap_is_told_for_what_it_is(
        admin: Actor, desk: Actor, two_pcs: tuple[Services, Services], tmp_path: Path) -> None:
    pc1, pc2 = two_pcs
    for pc in (pc1, pc2):
        _invitation_weeks_ago(pc)
    (tmp_path / "usb").mkdir()
    pc2.backups.configure(admin, tmp_path / "usb", PASSPHRASE)
    # Kept aside: the rotation keeps only the newest backup of a day in the folder.
    older = shutil.copy(pc2.backups.backup_now(admin).file, tmp_path / "starsza.opsbak")
    anna = pc2.persons.register_household(desk, person("Anna", "Kowal", PESEL_WOMAN_2002), [])
    for _ in range(3):
        sync_all(pc1, pc2)
    pc2.backups.backup_now(admin)  # the last backup holds Anna: her file may go
    pc2.persons.update_person(desk, anna, person("Anna", "Kowal", PESEL_WOMAN_2002,
                                                 phone="600100200"))
    for _ in range(3):
        sync_all(pc1, pc2)
    pc2 = _restore_own_backup(pc2, admin, older)
    try:
        report = ExchangeService(pc2.db).sync()
        # Its own changes and log entries after the older backup are gone from the folder
        # (and so are PC 1's files it had taken after that backup).
        former = {p.code for p in report.problems if p.member == state(pc2.db)[CONTINUES]}
        assert former == {"restored_gap"}
        # What was typed after the restore still leaves.
        pc2.persons.register_household(desk, person("Ewa", "Trzecia", PESEL_WOMAN_1985), [])
        sync_all(pc1, pc2)
        assert pc1.persons.search(desk, PESEL_WOMAN_1985)
    finally:
        pc2.close()


def test_backup_and_restore_from_the_command_line_carry_on_the_same_way(
        desk: Actor, two_pcs: tuple[Services, Services], tmp_path: Path,
        monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]) -> None:
    """`ops-desktop backup` keeps the marks its copy holds (the files after it stay), and
    `ops-desktop restore` makes the PC carry on as a new member at once."""
    from ops_desktop.__main__ import main

    monkeypatch.setenv("OPS_DESKTOP_BACKUP_PASSPHRASE", PASSPHRASE)
    pc1, pc2 = two_pcs
    file = pc2.db.file
    assert isinstance(file, Path) and pc2.db.key is None
    pc2.db.dispose()
    (tmp_path / "usb").mkdir()
    assert main(["backup", "--db", str(file), "--to", str(tmp_path / "usb")]) == 0
    assert "backup:exported" in state(pc2.db)
    [backup] = (tmp_path / "usb").glob("*.opsbak")
    _refer(pc2, desk, "Anna", "Kowal", PESEL_WOMAN_2002)
    sync_all(pc1, pc2)
    former = state(pc2.db)[MEMBER_ID]
    pc2.db.dispose()
    assert main(["restore", "--db", str(file), "--from", str(backup)]) == 0
    assert state(pc2.db)[CONTINUES] == former
    capsys.readouterr()
    assert main(["sync", "--db", str(file)]) == 0
    assert pc2.persons.search(desk, PESEL_WOMAN_2002)


@pytest.mark.parametrize("kind", ["changes", "audit"])
def test_a_pc_stopped_between_writing_a_file_and_committing_is_no_restore(
        desk: Actor, two_pcs: tuple[Services, Services], monkeypatch: pytest.MonkeyPatch,
        kind: str) -> None:
    """A power cut after the file is in the folder but before the store counts it as sent:
    the store still holds every entry of it, so the PC carries on as itself and the next
    round writes the same file again."""
    from ops_desktop.exchange import folder as exchange_folder

    pc1, pc2 = two_pcs
    sync_all(pc1, pc2)
    before = state(pc2.db)[MEMBER_ID]
    written = exchange_folder.write_once

    def cut(folder: Path, name: str, data: bytes) -> Path:
        path = written(folder, name, data)
        if name.startswith("audit-") == (kind == "audit"):
            raise KeyboardInterrupt("the power went")
        return path

    pc2.persons.register_household(desk, person("Anna", "Kowal", PESEL_WOMAN_2002), [])
    monkeypatch.setattr(exchange_folder, "write_once", cut)
    with pytest.raises(KeyboardInterrupt):
        ExchangeService(pc2.db).sync()
    monkeypatch.setattr(exchange_folder, "write_once", written)
    report = ExchangeService(pc2.db).sync()
    assert report.continued_from is None and state(pc2.db)[MEMBER_ID] == before
    sync_all(pc1, pc2)
    assert pc1.persons.search(desk, PESEL_WOMAN_2002)
    assert len({ExchangeService(pc.db).digest() for pc in (pc1, pc2)}) == 1
    with pc1.db.engine.connect() as conn:
        assert all(r.ok for r in verify_copies(conn).values())


def test_a_removed_pc_restored_from_its_backup_is_not_let_back_in(
        admin: Actor, desk: Actor, two_pcs: tuple[Services, Services], tmp_path: Path) -> None:
    """A stolen laptop's old backup: it carries on under a new id, and the others refuse it."""
    pc1, pc2 = two_pcs
    (tmp_path / "usb").mkdir()
    pc2.backups.configure(admin, tmp_path / "usb", PASSPHRASE)
    backup = pc2.backups.backup_now(admin).file
    _refer(pc2, desk, "Anna", "Kowal", PESEL_WOMAN_2002)
    sync_all(pc1, pc2)
    ExchangeService(pc1.db).remove_member(2)
    ExchangeService(pc1.db).sync()
    pc2 = _restore_own_backup(pc2, admin, backup)
    try:
        pc2.persons.register_household(desk, person("Ewa", "Trzecia", PESEL_WOMAN_1985), [])
        ExchangeService(pc2.db).sync()
        report = ExchangeService(pc1.db).sync()
        assert [p.code for p in report.problems] == ["continues_removed"]
        assert report.applied == 0 and not pc1.persons.search(desk, PESEL_WOMAN_1985)
        status = ExchangeService(pc1.db).status()
        assert status is not None and status.others == ()
    finally:
        pc2.close()


def test_a_pc_whose_backup_is_restored_on_another_pc_works_on_and_both_stay_in_the_office(
        admin: Actor, desk: Actor, two_pcs: tuple[Services, Services], tmp_path: Path) -> None:
    """The administrator restores PC 2's backup on a third PC by mistake (the backups of
    several PCs share one folder). The third PC carries on as a new member and closes PC 2's
    entry; PC 2, still at work, opens it again at its next exchange."""
    from ops_desktop.services.backups import restore_file

    pc1, pc2 = two_pcs
    (tmp_path / "usb").mkdir()
    pc2.backups.configure(admin, tmp_path / "usb", PASSPHRASE)
    backup = pc2.backups.backup_now(admin).file
    _refer(pc2, desk, "Anna", "Kowal", PESEL_WOMAN_2002)
    sync_all(pc1, pc2)
    restore_file(backup, PASSPHRASE, tmp_path / "pc3.sqlite")
    pc3 = Services.over(open_database(f"sqlite:///{tmp_path / 'pc3.sqlite'}"))
    try:
        reports = [ExchangeService(pc.db).sync() for pc in (pc3, pc1, pc2)]
        assert reports[2].copied_elsewhere
        pc2.persons.register_household(desk, person("Ewa", "Trzecia", PESEL_WOMAN_1985), [])
        for _ in range(3):
            sync_all(pc1, pc2, pc3)
        assert all(bool(pc.persons.search(desk, PESEL_WOMAN_1985)) for pc in (pc1, pc2, pc3))
        assert len({ExchangeService(pc.db).digest() for pc in (pc1, pc2, pc3)}) == 1
        status = ExchangeService(pc1.db).status()
        assert status is not None and sorted(o.code for o in status.others) == [2, 3]
    finally:
        pc3.close()


def test_a_backup_made_on_another_pc_of_the_office_is_restored_only_when_confirmed(
        admin: Actor, desk: Actor, two_pcs: tuple[Services, Services], tmp_path: Path) -> None:
    """The backups of the office's PCs share one folder: picking PC 1's copy on PC 2 names
    PC 1 and replaces nothing until the administrator says yes; PC 2's own copies, also
    those made before it was once restored, ask nothing."""
    from ops_desktop.storage.backup import BackupError

    pc1, pc2 = two_pcs
    usb = tmp_path / "usb"
    usb.mkdir()
    for pc in (pc1, pc2):
        pc.backups.configure(admin, usb, PASSPHRASE)
    theirs = tmp_path / "pc1.opsbak"  # aside: the day's backups of one PC rotate
    shutil.copy(pc1.backups.backup_now(admin).file, theirs)
    own = pc2.backups.backup_now(admin).file
    assert pc2.backups.made_on_another_pc(admin, theirs) == "Sekretariat"
    assert pc2.backups.made_on_another_pc(admin, own) is None
    _refer(pc2, desk, "Anna", "Kowal", PESEL_WOMAN_2002)
    with pytest.raises(BackupError) as refused:
        pc2.backups.restore(admin, theirs, PASSPHRASE)
    assert (refused.value.code, refused.value.detail) == ("another_pc", "Sekretariat")
    assert pc2.persons.search(desk, PESEL_WOMAN_2002)  # nothing was replaced

    # Its own copy, with Anna sent after it: no question; it carries on as a new member,
    # and the copy it made before that is still its own.
    sync_all(pc1, pc2)
    pc2_before = state(pc2.db)[MEMBER_ID]
    back = _restore_own_backup(pc2, admin, own)
    file, key = back.db.file, back.db.key
    assert isinstance(file, Path)
    try:
        assert state(back.db)[CONTINUES] == pc2_before
        assert back.backups.made_on_another_pc(admin, own) is None
        assert back.backups.made_on_another_pc(admin, theirs) == "Sekretariat"
        back.backups.restore(admin, theirs, PASSPHRASE, other_pc_confirmed=True)
    finally:
        back.close()
    again = Services.over(open_database(f"sqlite:///{file}", key=key))
    try:
        assert state(again.db)[CONTINUES] == state(pc1.db)[MEMBER_ID]
        sync_all(pc1, again)
        sync_all(pc1, again)
        # PC 1 opened its entry again; this PC's entry before the restore (3) is closed
        # with the file it replaced; it works on as 4.
        status = ExchangeService(pc1.db).status()
        assert status is not None and [o.code for o in status.others] == [4]
        assert _found(pc1, desk) == _found(again, desk) == [False, True, False]
        assert len({ExchangeService(pc.db).digest() for pc in (pc1, again)}) == 1
    finally:
        again.close()


def test_a_twin_of_a_pc_still_at_work_never_goes_on_under_its_id(
        admin: Actor, desk: Actor, two_pcs: tuple[Services, Services], tmp_path: Path) -> None:
    """PC 1's backup, put on a new PC before PC 1 sent anything after it: the copy is not
    behind PC 1's files, yet PC 1 is at work, so the copy still carries on as a new member,
    and the two never give out one number."""
    from ops_desktop.services.backups import restore_file

    pc1, pc2 = two_pcs
    (tmp_path / "usb").mkdir()
    pc1.backups.configure(admin, tmp_path / "usb", PASSPHRASE)
    backup = pc1.backups.backup_now(admin).file
    restore_file(backup, PASSPHRASE, tmp_path / "pc3.sqlite")
    pc3 = Services.over(open_database(f"sqlite:///{tmp_path / 'pc3.sqlite'}"))
    try:
        assert state(pc3.db)[MEMBER_ID] != state(pc1.db)[MEMBER_ID]
        assert state(pc3.db)[CONTINUES] == state(pc1.db)[MEMBER_ID]
        numbers = [_refer(pc1, desk, "Anna", "Kowal", PESEL_WOMAN_2002),
                   _refer(pc3, desk, "Ewa", "Trzecia", PESEL_WOMAN_1985)]
        assert numbers[0] != numbers[1]
        for _ in range(2):
            sync_all(pc1, pc2, pc3)
        assert all(_found(pc, desk) == [False, True, True] for pc in (pc1, pc2, pc3))
        assert len({ExchangeService(pc.db).digest() for pc in (pc1, pc2, pc3)}) == 1
        status = ExchangeService(pc1.db).status()
        assert status is not None and sorted(o.code for o in status.others) == [2, 3]
    finally:
        pc3.close()


def test_the_command_line_restores_another_pcs_backup_only_with_its_flag(
        admin: Actor, two_pcs: tuple[Services, Services], tmp_path: Path,
        monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]) -> None:
    from ops_desktop.__main__ import main

    monkeypatch.setenv("OPS_DESKTOP_BACKUP_PASSPHRASE", PASSPHRASE)
    pc1, pc2 = two_pcs
    (tmp_path / "usb").mkdir()
    pc1.backups.configure(admin, tmp_path / "usb", PASSPHRASE)
    backup = pc1.backups.backup_now(admin).file
    file = pc2.db.file
    assert isinstance(file, Path)
    pc2.db.dispose()
    capsys.readouterr()
    assert main(["restore", "--db", str(file), "--from", str(backup)]) == 1
    said = capsys.readouterr().err
    assert "innym komputerze biura („Sekretariat”)" in said and "--inny-komputer" in said
    assert state(pc2.db)[MEMBER_ID] != state(pc1.db)[MEMBER_ID]  # still PC 2's own file
    pc2.db.dispose()
    assert main(["restore", "--db", str(file), "--from", str(backup), "--inny-komputer"]) == 0
    assert state(pc2.db)[CONTINUES] == state(pc1.db)[MEMBER_ID]


def test_a_pc_joining_from_a_restored_pcs_invitation_takes_none_of_its_past(
        admin: Actor, desk: Actor, restored: tuple[Services, Services, str, str], tmp_path: Path) -> None:
    """The restored PC 2 shares the office with a third PC: that one holds no former ids
    of PC 2, so PC 2's older backups are another PC's there."""
    from ops_desktop.exchange.membership import write_invitation
    from ops_desktop.domain.clock import wall_now_aware
    from ops_desktop.storage.change_feed import (
        FORMER_MEMBERS,
        REPLACED_MEMBERS,
        RESTORED_ELSEWHERE,
        RESTORED_OUTBOX,
    )

    _, pc2, _, former = restored
    assert state(pc2.db)[FORMER_MEMBERS] == former
    # PC 2 restored once more, away from the folder, before it shares: that restore is its
    # own to settle, and the joining PC must not carry on as PC 2 because of it.
    with pc2.db.session() as s:
        put_state(s.connection(), {RESTORED_OUTBOX: "1", RESTORED_ELSEWHERE: "",
                                   REPLACED_MEMBERS: former})
    file = pc2.db.file
    assert isinstance(file, Path)
    pc2.db.dispose()
    write_invitation(file, tmp_path / "z3.opsbak", "KOD-DLA-TRZECIEGO-PC", wall_now_aware(),
                     pc2.db.key)
    joined = ExchangeService.join(tmp_path / "z3.opsbak", "KOD-DLA-TRZECIEGO-PC",
                                  tmp_path / "pc3.sqlite", "Pokój 3")
    try:
        got = state(joined.db)
        assert CONTINUES not in got and FORMER_MEMBERS not in got
        assert not {RESTORED_OUTBOX, RESTORED_ELSEWHERE, REPLACED_MEMBERS} & set(got)
        # It gives numbers at once, as a PC that was never restored does.
        pc3 = Services.over(joined.db)
        pid = pc3.persons.register_household(desk, person("Ewa", "Trzecia", PESEL_WOMAN_1985),
                                             [])
        number = pc3.intake.record(desk, referral_intake(pid, Team.BENEFITS)).referral_number
        assert number.startswith(f"SK-{got['member_code']}/")
    finally:
        joined.db.dispose()


def test_the_backup_panel_names_the_pc_a_backup_was_made_on_and_asks_first(
        qtbot: QtBot, admin: Actor, two_pcs: tuple[Services, Services], tmp_path: Path,
        monkeypatch: pytest.MonkeyPatch) -> None:
    """On PC 2, the administrator picks PC 1's copy in the shared backup folder: the panel
    names «Sekretariat» and, on "no", replaces nothing; PC 2's own copy asks no such thing."""
    from PySide6.QtCore import Qt
    from PySide6.QtWidgets import QPushButton, QTableView

    from ops_desktop.ui.backup_panel import BackupPanel

    pc1, pc2 = two_pcs
    usb = tmp_path / "usb"
    usb.mkdir()
    for pc in (pc1, pc2):
        pc.backups.configure(admin, usb, PASSPHRASE)
    pc1.backups.backup_now(admin)
    asked: list[str] = []

    def confirm(_parent: object, text: str) -> bool:
        asked.append(text)
        return False  # "no" to whatever is asked

    def passphrase(_parent: object, text: str) -> str:
        asked.append(text)
        return PASSPHRASE

    monkeypatch.setattr("ops_desktop.ui.backup_panel.ask_passphrase", passphrase)
    monkeypatch.setattr("ops_desktop.ui.backup_panel.confirm", confirm)
    panel = BackupPanel(pc2, admin)
    qtbot.addWidget(panel)
    panel.show()
    table = panel.findChild(QTableView, "backup_table")
    restore = panel.findChild(QPushButton, "backup_restore")
    table.selectRow(0)
    qtbot.mouseClick(restore, Qt.MouseButton.LeftButton)
    # Asked first, before the passphrase: "no" puts the copy back with nothing more typed.
    assert len(asked) == 1 and "innym komputerze biura: „Sekretariat”" in asked[0]
    assert state(pc2.db)[MEMBER_ID] != state(pc1.db)[MEMBER_ID]  # nothing replaced

    pc2.backups.backup_now(admin)
    panel.refresh()
    qtbot.waitUntil(lambda: table.model().rowCount() == 2)
    # The list says where each copy was made.
    from ops_desktop.ui.backup_panel import COL_PC

    assert [table.model().index(r, COL_PC).data() for r in (0, 1)] == [
        "ten komputer", "Sekretariat"]
    table.selectRow(0)  # the newest: PC 2's own
    qtbot.mouseClick(restore, Qt.MouseButton.LeftButton)
    assert len(asked) == 3 and "innym komputerze" not in "".join(asked[1:])
    assert "Podaj hasło kopii" in asked[1]  # then the passphrase,
    assert "zastąpione" in asked[2]  # then only the restore's own warning
