"""Two merges of one duplicate made apart (storage/merges_apart.py), carried out on one store
in each order they may arrive in: the store ends the same either way. Run on SQLite and,
with OPS_TEST_DB_URL, on PostgreSQL."""

from __future__ import annotations

import datetime as dt
import json
import uuid
from collections.abc import Callable, Iterator
from dataclasses import dataclass

import pytest
from sqlalchemy import select

from ops_desktop.domain.errors import ConflictError
from ops_desktop.domain.vocabulary import IdDocumentType, Role, Team
from ops_desktop.services.context import Actor
from ops_desktop.services.demo import SETTINGS
from ops_desktop.services.hub import Services
from ops_desktop.storage import merges_apart, person_merge
from ops_desktop.storage.models import (
    HouseholdMemberRow,
    IntakeRow,
    PersonRow,
    ReferralRow,
    SyncConflictRow,
)
from ops_desktop.storage.models_merges import PersonMergeRow
from tests.services.helpers import PESEL_MAN_1944, PESEL_WOMAN_1985, person, referral_intake

T1 = dt.datetime(2026, 11, 30, 9, 0)
T2 = dt.datetime(2026, 11, 30, 11, 0)  # the later merge, whatever order it arrives in
M1, M2 = uuid.UUID(int=101), uuid.UUID(int=102)


@dataclass
class World:
    services: Services
    head: Actor
    ids: dict[str, uuid.UUID]  # role ("D", "S1", "S2") → person id
    homes: dict[uuid.UUID, str]  # household id → the role whose household it was


def _passport(first: str, number: str) -> object:
    return person(first, "Żółkiewski", None, id_document_type=IdDocumentType.PASSPORT,
                  id_document_number=number, birth_date=dt.date(1944, 5, 14))


def _world(services: Services, head: Actor, s2_pesel: str | None) -> World:
    ids = {
        "S1": services.persons.register_household(head, person(), []),
        # (with a PESEL of its own: another person, whom a head took for the duplicate)
        "S2": services.persons.register_household(head, _passport("Jan", "AB1111111") if
                                                  s2_pesel is None else
                                                  person("Ewa", "Nowak", s2_pesel), []),
        "D": services.persons.register_household(head, _passport("Jan", "ZZ1234567"), []),
    }
    for pid in ids.values():
        services.intake.record(head, referral_intake(pid, Team.BENEFITS))
    with services.db.session() as s:
        homes = {s.get(PersonRow, pid).household_id: role  # type: ignore[union-attr]
                 for role, pid in ids.items()}
    return World(services, head, ids, homes)


@pytest.fixture
def worlds(new_db_url: Callable[[], str]) -> Iterator[Callable[..., World]]:
    """Makes another store with the three records, registered by its head."""
    opened: list[Services] = []

    def make(s2_pesel: str | None) -> World:
        services = Services.open(new_db_url())
        opened.append(services)
        services.office.save_settings(SETTINGS)
        roles = frozenset({Role.COORDINATOR})
        head = Actor(services.office.add_user("head", "Barbara Żółkiewska", "", roles),
                     "Barbara Żółkiewska", "", roles)
        return _world(services, head, s2_pesel)

    yield make
    for services in opened:
        services.close()


def _arrive(world: World, merge_id: uuid.UUID, duplicate: str, survivor: str,
            at: dt.datetime) -> None:
    """A merge's record stored and carried out, as storage/replica.py does on arrival."""
    with world.services.db.session(world.head.user_id) as s:
        merge = PersonMergeRow(id=merge_id, duplicate_id=world.ids[duplicate],
                               survivor_id=world.ids[survivor], created_at=at,
                               created_by=world.head.user_id)
        s.add(merge)
        s.flush()
        person_merge.carry_out(s, merge)


def _state(world: World) -> dict[str, object]:
    """What the store holds, ids read as roles, so two stores compare."""
    role = {v: k for k, v in world.ids.items()}
    moment = {T1: "T1", T2: "T2", None: "live"}
    with world.services.db.session() as s:
        entries = [(e.row_id, e.field, json.loads(e.kept_value or "null"),
                    json.loads(e.lost_value or "null"))
                   for e in s.scalars(select(SyncConflictRow))]
        return {
            "merged_into": {r: role.get(s.get(PersonRow, p).merged_into_id)  # type: ignore[union-attr,arg-type]
                            for r, p in world.ids.items()},
            "intakes": sorted(role[p] for p in s.scalars(select(IntakeRow.person_id))),
            "referrals": sorted(role[p] for p in s.scalars(select(ReferralRow.person_id))),
            "memberships": sorted(
                (world.homes[m.household_id], role[m.person_id],
                 moment.get(m.deleted_at, "other"))
                for m in s.scalars(select(HouseholdMemberRow))),
            "entries": [(role[uuid.UUID(r)], f, role[uuid.UUID(k)], role[uuid.UUID(lost)])
                        for r, f, k, lost in entries],
        }


ORDERS = {"earlier first": ((M1, T1), (M2, T2)), "later first": ((M2, T2), (M1, T1))}


def _both_orders(worlds: Callable[..., World], pairs: dict[uuid.UUID, tuple[str, str]],
                 s2_pesel: str | None) -> list[tuple[World, dict[str, object]]]:
    out = []
    for order in ORDERS.values():
        world = worlds(s2_pesel)
        for merge_id, at in order:
            _arrive(world, merge_id, *pairs[merge_id], at)
        out.append((world, _state(world)))
    return out


def test_one_duplicate_merged_into_two_records_apart_makes_all_three_one(
        worlds: Callable[..., World]) -> None:
    """Head A merged D into S1 first, head B D into S2 later: S1 stays, in either order."""
    (_, first), (world, second) = _both_orders(worlds, {M1: ("D", "S1"), M2: ("D", "S2")},
                                               None)
    assert first == second
    assert second["merged_into"] == {"S1": None, "S2": "S1", "D": "S1"}
    assert second["intakes"] == second["referrals"] == ["S1"] * 3
    # S1 lives in its household; the others' memberships, moved to it, end at the first merge.
    assert second["memberships"] == [("D", "S1", "T1"), ("S1", "S1", "live"),
                                     ("S2", "S1", "T1")]
    assert second["entries"] == []
    found = world.services.persons.search(world.head, "Żółkiewski Jan")
    assert [p.id for p in found] == [world.ids["S1"]]


def test_the_same_pair_merged_both_ways_apart_keeps_the_earlier_survivor(
        worlds: Callable[..., World]) -> None:
    (_, first), (_, second) = _both_orders(worlds, {M1: ("D", "S1"), M2: ("S1", "D")}, None)
    assert first == second
    assert second["merged_into"] == {"S1": None, "S2": None, "D": "S1"}
    assert second["intakes"] == ["S1", "S1", "S2"]
    assert ("S1", "S1", "live") in second["memberships"]


def test_two_survivors_with_different_pesels_stay_apart_and_the_coordinator_is_told(
        worlds: Callable[..., World]) -> None:
    """The earlier merge holds on every PC; the later one is put before the coordinator,
    and a PC that carried it out first moves back what it moved."""
    (_, first), (world, second) = _both_orders(worlds, {M1: ("D", "S1"), M2: ("D", "S2")},
                                               PESEL_WOMAN_1985)
    assert first == second
    assert second["merged_into"] == {"S1": None, "S2": None, "D": "S1"}
    assert second["intakes"] == second["referrals"] == ["S1", "S1", "S2"]
    assert second["memberships"] == [("D", "S1", "T1"), ("S1", "S1", "live"),
                                     ("S2", "S2", "live")]
    assert second["entries"] == [("D", merges_apart.FIELD, "S1", "S2")]
    with world.services.db.session() as s:
        [entry] = s.scalars(select(SyncConflictRow))
        assert entry.id == uuid.uuid5(merges_apart._NS, str(M2))  # the same on every PC
        assert s.get(PersonRow, world.ids["S1"]).pesel == PESEL_MAN_1944  # type: ignore[union-attr]
    # The coordinator reads who both records are; the later merge is not taken by a click.
    [shown] = world.services.exchange_inbox.conflicts(world.head)
    assert (shown.field, shown.kept_value, shown.lost_value) == (
        merges_apart.FIELD, str(world.ids["S1"]), str(world.ids["S2"]))
    assert PESEL_MAN_1944 in (shown.name_of(shown.kept_value) or "")
    assert PESEL_WOMAN_1985 in (shown.name_of(shown.lost_value) or "")
    with pytest.raises(ConflictError) as refused:
        world.services.exchange_inbox.take_lost_value(world.head, shown.id)
    assert refused.value.code == "merge_apart_not_taken"
