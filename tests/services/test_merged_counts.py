"""Two records of one person merged: the half-year statistics and MRPiPS-03 count the person
and the family once, though signed decisions and frozen bills keep naming the duplicate
(storage/counted_persons.py), and the lists behind a figure still show every case."""

from __future__ import annotations

import datetime as dt
from decimal import Decimal

import pytest
from sqlalchemy import select

from ops_desktop.domain.social_work_log import LogKind
from ops_desktop.domain.vocabulary import BenefitForm, DecisionKind, Role, Team
from ops_desktop.services.context import Actor
from ops_desktop.services.hub import Services
from ops_desktop.services.social_work_log import LogEntryInput
from ops_desktop.storage.models import CareBillRow, DecisionRow, PersonRow, office_today

from ..conftest import _staff
from .helpers import referral_intake
from .test_mrpips03 import Office, cells
from .test_mrpips03_services import JAN, _bill, _order
from .test_statistics import someone

PURPOSE, GRANT = BenefitForm.PURPOSE, DecisionKind.GRANT
D = Decimal


@pytest.fixture
def carer(services: Services) -> Actor:
    return _staff(services, "uslugi", "Ewa Opiekun", "opiekunka", frozenset({Role.SERVICES}))


def _figures(services: Services, coordinator: Actor) -> tuple[int, int, Decimal, int, int]:
    row = services.statistics.half_year(coordinator, 2025, 1).row(PURPOSE, GRANT)
    return row.persons, row.decisions, row.amount, row.families, row.family_members


def test_decisions_on_both_merged_records_count_one_person_and_one_family(
        services: Services, benefits_worker: Actor, signer: Actor, coordinator: Actor) -> None:
    o = Office(services, benefits_worker, signer)
    # One man registered twice (two ID cards typed), each record living alone.
    survivor = services.persons.register_household(benefits_worker, someone(1), [])
    duplicate = services.persons.register_household(benefits_worker, someone(2), [])
    on_duplicate = o.grant(duplicate, PURPOSE, dt.date(2025, 3, 10), "300")
    on_survivor = o.grant(survivor, PURPOSE, dt.date(2025, 5, 5), "100")
    # Two records: two persons and two families, until the head sees they are one.
    assert _figures(services, coordinator) == (2, 2, D("400.00"), 2, 2)
    assert cells(services.mrpips03.report(coordinator, 2025, 1), "1B.15") == [
        2, 2, D("400.00"), 2, 2]

    services.person_merge.merge(coordinator, survivor, duplicate)
    with services.db.session() as s:  # the signed decision still names the duplicate
        assert set(s.scalars(select(DecisionRow.person_id))) == {survivor, duplicate}

    # statistics: one person, two decisions, one family of one
    assert _figures(services, coordinator) == (1, 2, D("400.00"), 1, 1)
    report = services.statistics.half_year(coordinator, 2025, 1)
    assert (report.row(None, GRANT).persons, report.row(None, GRANT).families) == (1, 1)
    behind = services.statistics.cases_behind(coordinator, 2025, 1, PURPOSE, GRANT)
    assert [c.case_sign for c in behind] == [on_duplicate, on_survivor]
    # MRPiPS-03: the row, the total, the grounds and the family types, each once
    form = services.mrpips03.report(coordinator, 2025, 1)
    assert cells(form, "1B.15") == [1, 2, D("400.00"), 1, 1]
    assert cells(form, "1B.99") == [1, "x", D("400.00"), 1, 1]
    assert cells(form, "2.99") == [1, None, 1, None]
    assert cells(form, "3.01")[0] == 1 and cells(form, "3.99") == [1, None, 1, None]
    assert [c.case_sign for c in form.row("1B.15").behind] == [on_duplicate, on_survivor]


def test_a_record_merged_into_one_merged_later_counts_as_the_last_survivor(
        services: Services, benefits_worker: Actor, signer: Actor, coordinator: Actor) -> None:
    o = Office(services, benefits_worker, signer)
    first, second, third = (services.persons.register_household(benefits_worker, someone(n), [])
                            for n in (1, 2, 3))
    for pid, day in ((first, 10), (second, 11), (third, 12)):
        o.grant(pid, PURPOSE, dt.date(2025, 3, day), "100")
    services.person_merge.merge(coordinator, second, first)
    services.person_merge.merge(coordinator, third, second)  # first now leads to third too
    assert _figures(services, coordinator) == (1, 3, D("300.00"), 1, 1)
    assert cells(services.mrpips03.report(coordinator, 2025, 1), "1B.15") == [
        1, 3, D("300.00"), 1, 1]


def test_care_bills_on_both_merged_records_count_one_person_and_one_family(
        services: Services, desk: Actor, carer: Actor, coordinator: Actor) -> None:
    first, first_sign = _order(services, desk, carer, 10, 1, "OPS Lipowiec")
    second, second_sign = _order(services, desk, carer, 40, 1, "OPS Lipowiec")
    _bill(services, carer, first, JAN, "40")
    _bill(services, carer, second, dt.date(2025, 2, 1), "10")
    assert cells(services.mrpips03.report(coordinator, 2025, 1), "1B.13") == [
        2, D("50.00"), D("1750.00"), 2, 2]
    with services.db.session() as s:
        billed = list(s.scalars(select(CareBillRow.person_id).order_by(CareBillRow.month)))
    survivor, duplicate = billed

    services.person_merge.merge(coordinator, survivor, duplicate)
    with services.db.session() as s:  # the bill is frozen: it still names the duplicate
        assert set(s.scalars(select(CareBillRow.person_id))) == {survivor, duplicate}
    form = services.mrpips03.report(coordinator, 2025, 1)
    # 40 h + 10 h at 35 zł for one person, one family of one
    assert cells(form, "1B.13") == [1, D("50.00"), D("1750.00"), 1, 1]
    assert cells(form, "1B.99") == [1, "x", D("1750.00"), 1, 1]
    assert cells(form, "3.99") == [1, None, 1, None]
    assert [c.case_sign for c in form.row("1B.13").behind] == [first_sign, second_sign]


def test_a_merged_record_is_not_a_member_of_the_household_it_kept(
        services: Services, desk: Actor, social_worker: Actor, coordinator: Actor) -> None:
    """The survivor moves into the duplicate's household; the kept duplicate still names it,
    but the family counted from the household now has one person, not two."""
    survivor = services.persons.register_household(desk, someone(1), [])
    duplicate = services.persons.register_household(desk, someone(2), [])
    rid = services.intake.record(desk, referral_intake(survivor, Team.SOCIAL_WORK)).referral_id
    assert rid is not None
    case_id = services.referrals.accept(social_worker, rid).id
    today = office_today()
    services.social_work_log.add(social_worker, LogEntryInput(
        case_id=case_id, worked_on=today, kind=LogKind.COUNSELLING, minutes=45,
        with_family=False, note=""))

    services.person_merge.merge(coordinator, survivor, duplicate, from_duplicate=["household_id"])
    with services.db.session() as s:
        kept, alive = s.get(PersonRow, duplicate), s.get(PersonRow, survivor)
        assert kept is not None and alive is not None
        assert kept.household_id == alive.household_id  # the duplicate keeps its household
    worked = services.statistics.half_year(coordinator, today.year, None).social_work
    assert worked is not None
    assert (worked.persons, worked.families, worked.family_members) == (1, 1, 1)
    row = cells(services.mrpips03.report(coordinator, today.year, None), "1B.20")
    assert (row[0], row[3], row[4]) == (1, 1, 1)
