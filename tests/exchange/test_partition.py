"""Three PCs working apart in any order and exchanging whenever: afterwards they hold the
same office, and no case sign or referral number was ever given out twice."""

from __future__ import annotations

import datetime as dt
import tempfile
from pathlib import Path

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from ops_desktop.domain.vocabulary import IdDocumentType, Role, Team
from ops_desktop.services.context import Actor
from ops_desktop.services.demo import SETTINGS
from ops_desktop.services.exchange import ExchangeService
from ops_desktop.services.hub import Services
from ops_desktop.storage import backup_file
from tests.exchange.conftest import sync_all
from tests.services.helpers import person, referral_intake

PCS = 3
# What a PC does next: the desk refers a newcomer, benefits accepts its whole inbox, the
# desk changes a phone, or the PC exchanges with the folder.
steps = st.lists(st.tuples(st.sampled_from(("refer", "accept", "phone", "sync")),
                           st.integers(0, PCS - 1), st.integers(0, 9)), max_size=20)


def _office(root: Path) -> tuple[list[Services], Actor, Actor]:
    first = Services.open(f"sqlite:///{root / 'pc0.sqlite'}")
    first.office.save_settings(SETTINGS)
    desk_roles, benefits_roles = frozenset({Role.FIRST_CONTACT}), frozenset({Role.BENEFITS})
    desk = Actor(first.office.add_user("desk", "Anna", "", desk_roles), "Anna", "", desk_roles)
    benefits = Actor(first.office.add_user("benefits", "Piotr", "", benefits_roles), "Piotr",
                     "", benefits_roles)
    (root / "wymiana").mkdir()
    code = ExchangeService(first.db).share(root / "wymiana", "PC 0", root / "inv.opsbak")
    pcs = [first] + [Services.over(ExchangeService.join(
        root / "inv.opsbak", code, root / f"pc{i}.sqlite", f"PC {i}").db) for i in range(1, PCS)]
    return pcs, desk, benefits


def _surname(serial: int) -> str:
    """Nowak + the serial in letters (names hold no digits): 7 → Nowakah."""
    return "Nowak" + "".join("abcdefghij"[int(d)] for d in f"{serial:02d}")


def _newcomer(surname: str, phone: str = "") -> object:
    serial = "".join(str("abcdefghij".index(c)) for c in surname[5:])
    return person("Jan", surname, None, id_document_type=IdDocumentType.PASSPORT,
                  id_document_number=f"FX{serial}", birth_date=dt.date(1980, 1, 2), phone=phone)


def _act(pc: Services, action: str, n: int, serial: int, desk: Actor, benefits: Actor) -> None:
    if action == "refer":
        pid = pc.persons.register_household(desk, _newcomer(_surname(serial)), [])  # type: ignore[arg-type]
        pc.intake.record(desk, referral_intake(pid, Team.BENEFITS))
    elif action == "accept":
        for referral in pc.referrals.inbox(benefits, Team.BENEFITS.value):
            pc.referrals.accept(benefits, referral.id)
    elif action == "phone":
        found = pc.persons.search(desk, "nowak")
        if found:
            chosen = found[n % len(found)]
            pc.persons.update_person(desk, chosen.id, _newcomer(  # type: ignore[arg-type]
                chosen.last_name, f"60{n}{serial:06d}"))
    else:
        ExchangeService(pc.db).sync()


@settings(max_examples=15, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(steps)
def test_pcs_apart_converge_and_never_give_one_number_twice(plan: list[tuple[str, int, int]]
                                                            ) -> None:
    backup_file.SCRYPT_N = 2**10
    with tempfile.TemporaryDirectory() as folder:
        pcs, desk, benefits = _office(Path(folder))
        try:
            for serial, (action, which, n) in enumerate(plan):
                _act(pcs[which], action, n, serial, desk, benefits)
            sync_all(*pcs)
            assert len({ExchangeService(pc.db).digest() for pc in pcs}) == 1
            signs = [c.sign for c in pcs[0].referrals.cases(benefits, Team.BENEFITS.value)]
            assert len(signs) == len(set(signs))
            referred = pcs[0].persons.search(desk, "nowak")
            assert len(referred) == sum(1 for a, _, _ in plan if a == "refer")
        finally:
            for pc in pcs:
                pc.close()
