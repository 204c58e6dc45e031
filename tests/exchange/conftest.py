"""Two PCs of one office in one process, each on its own SQLite file, sharing one folder."""

from __future__ import annotations

from collections.abc import Iterator
import uuid
from pathlib import Path

import pytest

from ops_desktop.domain.vocabulary import Role, Team
from ops_desktop.services.context import Actor
from ops_desktop.services.exchange import ExchangeService
from ops_desktop.services.hub import Services
from ops_desktop.storage import backup_file


@pytest.fixture
def two_pcs(services: Services, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
            ) -> Iterator[tuple[Services, Services]]:
    """PC 1 (the `services` office) shares into tmp_path/wymiana; PC 2 joins. The code is
    left in tmp_path/code.txt for a PC that joins later."""
    monkeypatch.setattr(backup_file, "SCRYPT_N", 2**10)
    (tmp_path / "wymiana").mkdir()
    code = ExchangeService(services.db).share(tmp_path / "wymiana", "Sekretariat",
                                              tmp_path / "zaproszenie.opsbak")
    (tmp_path / "code.txt").write_text(code)
    joined = ExchangeService.join(tmp_path / "zaproszenie.opsbak", code,
                                  tmp_path / "pc2.sqlite", "Laptop")
    second = Services.over(joined.db)
    yield services, second
    second.close()


@pytest.fixture
def carers(services: Services) -> tuple[Actor, Actor]:
    """Two services workers. Ask for it before `two_pcs`: the users must be in the office
    before it is shared, or PC 2 joins without them."""
    made = []
    for login, name in (("uslugi1", "Ewa Pierwsza"), ("uslugi2", "Jan Drugi")):
        user_id = services.office.add_user(login, name, "", frozenset({Role.SERVICES}))
        made.append(Actor(user_id, name, "", frozenset({Role.SERVICES})))
    return made[0], made[1]


def services_case(pc: Services, desk: Actor, carer: Actor) -> tuple[uuid.UUID, uuid.UUID]:
    """A person the desk registers on `pc` and refers to the services team, whose case
    `carer` takes: the person's id and the case's."""
    from tests.services.helpers import person, referral_intake

    pid = pc.persons.register_household(desk, person(), [])
    rid = pc.intake.record(desk, referral_intake(pid, Team.SERVICES)).referral_id
    assert rid is not None
    return pid, pc.referrals.accept(carer, rid).id


def sync_all(*pcs: Services) -> None:
    """Rounds on each PC in turn until every PC has everything: every change made apart is
    in the folder after the first round and applied everywhere by the end of the second; a
    conflict entry written on applying one (second round at the latest) leaves in that
    round, so with three PCs or more a third round brings it to those that went before."""
    for _ in range(2 if len(pcs) <= 2 else 3):
        for pc in pcs:
            ExchangeService(pc.db).sync()


PHONE_1, PHONE_2 = "601111111", "602222222"


def phone_conflict(pc1: Services, pc2: Services, desk: Actor) -> uuid.UUID:
    """A person registered on PC 1 whose phone the desk changes on both PCs while apart,
    then both exchange: one conflict entry. The person's id."""
    from tests.services.helpers import person

    pid = pc1.persons.register_household(desk, person(), [])
    sync_all(pc1, pc2)
    pc1.persons.update_person(desk, pid, person(phone=PHONE_1))
    pc2.persons.update_person(desk, pid, person(phone=PHONE_2))
    sync_all(pc1, pc2)
    return pid
