"""Merging two records of one person by hand (services/person_merge.py) on a real store."""

from __future__ import annotations

import datetime as dt
import uuid
from collections.abc import Callable
from decimal import Decimal

import pytest
from sqlalchemy import select

from ops_desktop.domain.calendar import add_months
from ops_desktop.domain.clock import wall_today
from ops_desktop.domain.errors import ConflictError, PermissionDenied, ValidationError
from ops_desktop.domain.vocabulary import (
    BenefitForm,
    DecisionKind,
    IdDocumentType,
    PaymentMethod,
)
from ops_desktop.services import person_merge as merging
from ops_desktop.services.applications import ApplicationInput, IncomeInput
from ops_desktop.services.context import Actor
from ops_desktop.services.decisions import DecisionInput
from ops_desktop.services.hub import Services
from ops_desktop.storage.models import (
    ApplicationRow,
    AuditRow,
    CaseRow,
    DecisionRow,
    HouseholdMemberRow,
    IntakeRow,
    PersonRow,
)
from ops_desktop.storage.models_merges import PersonMergeRow
from tests.services.helpers import (
    PESEL_MAN_1944,
    PESEL_WOMAN_1985,
    foreigner,
    person,
    referral_intake,
)

IBAN = "PL61109010140000071219812874"


def _without_pesel(services: Services, actor: Actor, phone: str = "") -> uuid.UUID:
    """The same man registered on another PC without his PESEL, with his passport."""
    return services.persons.register_household(actor, person(
        "Jan", "Żółkiewski", None, id_document_type=IdDocumentType.PASSPORT,
        id_document_number="ZZ1234567", birth_date=dt.date(1944, 5, 14), phone=phone), [])


def _application(services: Services, actor: Actor, person_id: uuid.UUID) -> uuid.UUID:
    app = services.applications.register(actor, ApplicationInput(
        person_id=person_id, received_on=wall_today(), form=BenefitForm.PERIODIC,
        requested_from=add_months(wall_today().replace(day=1), 1)))
    services.applications.set_incomes(actor, app.id,
                                      [IncomeInput(person_id, "praca dorywcza", Decimal("100"))])
    return app.id


def _signed_refusal(services: Services, actor: Actor, app_id: uuid.UUID) -> uuid.UUID:
    draft = services.decisions.prepare(actor, DecisionInput(
        application_id=app_id, kind=DecisionKind.REFUSAL, amount=None,
        period_from=add_months(wall_today().replace(day=1), 1), period_to=None,
        payment_method=PaymentMethod.BANK_TRANSFER, bank_account=IBAN,
        reasoning="Dochód przekracza kryterium."))
    services.decisions.sign(actor, draft.id)
    return draft.id


@pytest.fixture
def pair(services: Services, coordinator: Actor) -> tuple[uuid.UUID, uuid.UUID]:
    """(survivor with PESEL and an intake, duplicate without PESEL with an application and a
    signed decision)."""
    survivor = services.persons.register_household(coordinator, person(phone=""), [])
    services.intake.record(coordinator, referral_intake(survivor))
    duplicate = _without_pesel(services, coordinator, phone="600 100 200")
    services.intake.record(coordinator, referral_intake(duplicate))
    app_id = _application(services, coordinator, duplicate)
    _signed_refusal(services, coordinator, _application(services, coordinator, duplicate))
    assert app_id
    return survivor, duplicate


def test_the_head_sees_both_records_side_by_side_with_their_counts(
        services: Services, coordinator: Actor, pair: tuple[uuid.UUID, uuid.UUID]) -> None:
    survivor, duplicate = pair
    seen = services.person_merge.compare(coordinator, survivor, duplicate)
    assert seen.first.values["pesel"] == PESEL_MAN_1944 and seen.second.values["pesel"] is None
    assert {"pesel", "phone", "id_document_type", "id_document_number"} <= set(seen.differing)
    assert "first_name" not in seen.differing
    assert seen.second.counts["applications"] == 2
    assert seen.second.counts["decisions"] == 1
    assert seen.second.counts["household"] == 1
    assert seen.first.counts.get("applications", 0) == 0


def test_merging_moves_the_references_keeps_the_duplicate_and_follows_signed_acts(
        services: Services, coordinator: Actor, pair: tuple[uuid.UUID, uuid.UUID]) -> None:
    survivor, duplicate = pair
    result = services.person_merge.merge(coordinator, survivor, duplicate,
                                         from_duplicate=["phone", "id_document_number"])
    assert result.survivor_id == survivor
    assert result.moved["applications"] == 2
    with services.db.session() as s:
        kept = s.get(PersonRow, duplicate)
        assert kept is not None and kept.deleted_at is None  # not deleted: a pointer
        assert kept.merged_into_id == survivor
        alive = s.get(PersonRow, survivor)
        assert alive is not None
        assert (alive.phone, alive.id_document_number) == ("600 100 200", "ZZ1234567")
        assert alive.pesel == PESEL_MAN_1944  # the survivor's own value where none was chosen
        assert set(s.scalars(select(ApplicationRow.person_id))) == {survivor}
        assert set(s.scalars(select(IntakeRow.person_id))) == {survivor}
        assert set(s.scalars(select(CaseRow.person_id))) <= {survivor}
        # The signed decision never changes: it still names the duplicate, whose pointer
        # leads to the survivor.
        assert set(s.scalars(select(DecisionRow.person_id))) == {duplicate}
        memberships = list(s.scalars(select(HouseholdMemberRow).where(
            HouseholdMemberRow.deleted_at.is_(None))))
        assert {m.person_id for m in memberships} == {survivor}
        record = s.scalars(select(PersonMergeRow)).one()
        assert (record.survivor_id, record.duplicate_id, record.created_by) == (
            survivor, duplicate, coordinator.user_id)
        # Audited: the merge, and each moved row by the head.
        logged = {(e.entity, e.action) for e in s.scalars(select(AuditRow).where(
            AuditRow.actor_id == coordinator.user_id))}
        assert ("person_merges", "insert") in logged
        assert ("applications", "update") in logged
    # The survivor's file lists the signed decision that still names the duplicate.
    assert len(services.persons.file(coordinator, survivor).decisions) == 1
    # The survivor's view counts what still names the duplicate (the signed decision) too.
    counts = services.person_merge.compare(
        coordinator, survivor, services.persons.register_household(
            coordinator, foreigner(), [])).first.counts
    assert counts["applications"] == 2 and counts["decisions"] == 1


def test_the_survivor_lives_in_the_household_the_head_chose(
        services: Services, coordinator: Actor) -> None:
    """The duplicate was registered with his wife: the head keeps that household."""
    from ops_desktop.domain.vocabulary import Relation
    from ops_desktop.services.persons import MemberInput

    survivor = services.persons.register_household(coordinator, person(), [])
    duplicate = services.persons.register_household(coordinator, person(
        "Jan", "Żółkiewski", None, id_document_type=IdDocumentType.PASSPORT,
        id_document_number="ZZ1234567"), [MemberInput(Relation.SPOUSE, foreigner())])
    seen = services.person_merge.compare(coordinator, survivor, duplicate)
    assert "household_id" in seen.differing
    assert (seen.first.household_size, seen.second.household_size) == (1, 2)
    services.person_merge.merge(coordinator, survivor, duplicate, from_duplicate=["household_id"])
    members = services.persons.household(coordinator, survivor)
    assert {m.person_id for m in members} >= {survivor}
    assert len(members) == 2  # he and his wife, the duplicate no longer among them
    assert duplicate not in {m.person_id for m in members}
    with services.db.session() as s:
        live = list(s.scalars(select(HouseholdMemberRow).where(
            HouseholdMemberRow.person_id == survivor, HouseholdMemberRow.deleted_at.is_(None))))
        assert len(live) == 1  # one household: the one chosen


def test_the_survivor_may_take_the_duplicates_pesel(
        services: Services, coordinator: Actor) -> None:
    survivor = _without_pesel(services, coordinator)
    duplicate = services.persons.register_household(coordinator, person(), [])
    services.person_merge.merge(coordinator, survivor, duplicate, from_duplicate=["pesel"])
    with services.db.session() as s:
        assert s.get(PersonRow, survivor).pesel == PESEL_MAN_1944  # type: ignore[union-attr]
        assert s.get(PersonRow, duplicate).pesel is None  # type: ignore[union-attr]


def test_a_pesel_only_the_duplicate_has_goes_to_the_survivor_even_unchosen(
        services: Services, coordinator: Actor) -> None:
    """Left on the merged record, the number would be taken while no search finds it."""
    survivor = _without_pesel(services, coordinator)
    duplicate = services.persons.register_household(coordinator, person(), [])
    services.person_merge.merge(coordinator, survivor, duplicate, from_duplicate=[])
    assert [p.id for p in services.persons.search(coordinator, PESEL_MAN_1944)] == [survivor]
    with services.db.session() as s:
        assert s.get(PersonRow, duplicate).pesel is None  # type: ignore[union-attr]


def _refusal(call: Callable[[], object]) -> list[tuple[str, str]]:
    with pytest.raises(ValidationError) as refused:
        call()
    return [(e.field, e.code) for e in refused.value.errors]


def test_hostile_merges_are_refused_with_a_clear_reason(
        services: Services, coordinator: Actor, pair: tuple[uuid.UUID, uuid.UUID]) -> None:
    survivor, duplicate = pair
    merge, compare = services.person_merge.merge, services.person_merge.compare
    assert _refusal(lambda: merge(coordinator, survivor, survivor)) == [
        ("duplicate", merging.SAME_PERSON)]
    other = services.persons.register_household(coordinator, person(
        "Jan", "Żółkiewski", PESEL_WOMAN_1985), [])
    assert _refusal(lambda: merge(coordinator, survivor, other)) == [
        ("duplicate", merging.DIFFERENT_PESEL)]
    assert _refusal(lambda: compare(coordinator, survivor, other)) == [
        ("second", merging.DIFFERENT_PESEL)]
    merge(coordinator, survivor, duplicate)
    third = _without_pesel(services, coordinator)
    assert _refusal(lambda: merge(coordinator, duplicate, third)) == [
        ("survivor", merging.ALREADY_MERGED)]
    assert _refusal(lambda: merge(coordinator, third, duplicate)) == [
        ("duplicate", merging.ALREADY_MERGED)]
    assert _refusal(lambda: merge(coordinator, survivor, third, from_duplicate=["password"])
                    ) == [("fields", "invalid")]
    assert _refusal(lambda: merge(coordinator, survivor, "not an id")  # type: ignore[arg-type]
                    ) != []
    # Nothing of the refused attempts changed the third record.
    with services.db.session() as s:
        assert s.get(PersonRow, third).merged_into_id is None  # type: ignore[union-attr]


def test_a_record_changed_since_the_comparison_refuses_the_merge(
        services: Services, coordinator: Actor) -> None:
    survivor = services.persons.register_household(coordinator, person(), [])
    duplicate = _without_pesel(services, coordinator)
    seen = services.person_merge.compare(coordinator, survivor, duplicate)
    record = services.persons.for_correction(coordinator, duplicate)
    services.persons.update_person(coordinator, duplicate,
                                   person("Janek", "Żółkiewski", None,
                                          id_document_type=IdDocumentType.PASSPORT,
                                          id_document_number="ZZ1234567"), record.version)
    with pytest.raises(ConflictError):
        services.person_merge.merge(coordinator, survivor, duplicate,
                                    versions=(seen.first.version, seen.second.version))


def test_only_the_head_merges(services: Services, desk: Actor, coordinator: Actor) -> None:
    survivor = services.persons.register_household(coordinator, person(), [])
    duplicate = _without_pesel(services, coordinator)
    with pytest.raises(PermissionDenied):
        services.person_merge.merge(desk, survivor, duplicate)


def test_a_kind_the_reader_may_not_read_is_counted_only_among_other_records() -> None:
    counts = {"blue_card_parties": 2, "social_work_notes": 1, "applications": 3,
              "care_bills": 4}
    everything = merging.counts_by_kind(counts, lambda _p: True)
    assert everything == {"blue_card": 2, "social_work": 1, "applications": 3, "other": 4}
    nothing = merging.counts_by_kind(counts, lambda _p: False)
    assert nothing == {"applications": 3, "other": 7}


def test_anonymising_a_person_anonymises_the_records_merged_into_it(
        services: Services, coordinator: Actor) -> None:
    """Retention: the merged record is the same person's data, and goes with the person."""
    from tests.services.test_personal_data import CLOSED, _close, world

    jan = world.__wrapped__(services, coordinator)  # type: ignore[attr-defined]
    duplicate = _without_pesel(services, coordinator, phone="600 777 888")
    services.person_merge.merge(coordinator, jan.jan, duplicate)
    _close(services, [jan.benefits_sign, jan.social_sign], CLOSED)
    result = services.personal_data.anonymise(coordinator, [jan.jan], "ANONIMIZUJ 1",
                                              dt.date(2025, 1, 1))
    assert result.persons == 2
    with services.db.session() as s:
        kept = s.get(PersonRow, duplicate)
        assert kept is not None and kept.anonymised_at is not None
        assert "600 777 888" not in (kept.phone, kept.id_document_number)


def test_the_desk_finds_the_survivor_not_the_merged_record(
        services: Services, coordinator: Actor, pair: tuple[uuid.UUID, uuid.UUID]) -> None:
    """Both records bear one name: after the merge a search by it finds only the survivor, so
    nothing new is written to the record merged away."""
    survivor, duplicate = pair
    before = {p.id for p in services.persons.search(coordinator, "Żółkiewski Jan")}
    assert {survivor, duplicate} <= before
    services.person_merge.merge(coordinator, survivor, duplicate, from_duplicate=[])
    after = {p.id for p in services.persons.search(coordinator, "Żółkiewski Jan")}
    assert survivor in after and duplicate not in after
    found, _ = services.persons.find(coordinator, "Żółkiewski", 50, 51)
    assert duplicate not in {p.id for p in found}


def test_the_desks_count_and_pages_hold_the_survivor_alone(
        services: Services, coordinator: Actor, pair: tuple[uuid.UUID, uuid.UUID]) -> None:
    """"Znaleziono" and a page of a name search are read from the name index: the merged
    record leaves it, so one person is counted once and no page comes up short."""
    survivor, duplicate = pair
    other = services.persons.register_household(coordinator, person(
        "Jerzy", "Żółkiewski", None, id_document_type=IdDocumentType.PASSPORT,
        id_document_number="ZZ7654321", birth_date=dt.date(1950, 1, 2)), [])
    assert services.persons.count(coordinator, "Żółkiewski") == 3
    services.person_merge.merge(coordinator, survivor, duplicate, from_duplicate=[])
    assert services.persons.count(coordinator, "Żółkiewski") == 2
    assert services.persons.count(coordinator, "Żółkiewski", up_to=5) == 2
    _, counted = services.persons.find(coordinator, "Żółkiewski", 50, 51)
    assert counted == 2
    # One row a page: the two pages hold both persons, the second is not left empty.
    pages = [services.persons.search(coordinator, "Żółkiewski", limit=1, offset=k)
             for k in (0, 1)]
    assert sorted(p.id for page in pages for p in page) == sorted([survivor, other])


def test_the_survivors_data_copy_holds_what_stayed_on_the_merged_record(
        services: Services, coordinator: Actor, pair: tuple[uuid.UUID, uuid.UUID]) -> None:
    """Art. 15 RODO: the signed decision stays on the merged record, and it is the person's
    data all the same – the survivor's copy lists it."""
    survivor, duplicate = pair
    services.person_merge.merge(coordinator, survivor, duplicate, from_duplicate=[])
    copy = services.personal_data.export(coordinator, survivor)
    assert [d.kind for d in copy.decisions] == [DecisionKind.REFUSAL.value]
    assert len(copy.applications) == 2


def test_the_retention_preview_counts_what_anonymising_will_blank_on_merged_records(
        services: Services, coordinator: Actor, pair: tuple[uuid.UUID, uuid.UUID]) -> None:
    from ops_desktop.storage import personal_data_queries as pq

    survivor, duplicate = pair
    with services.db.session() as s:
        before = {k: v for k, v in pq.blanked_counts(s, survivor).items() if v}
    services.person_merge.merge(coordinator, survivor, duplicate, from_duplicate=[])
    with services.db.session() as s:
        after = {k: v for k, v in pq.blanked_counts(s, survivor).items() if v}
        of_the_merged_record = {k: v for k, v in pq.blanked_counts(s, duplicate).items() if v}
    # The signed decision stayed on the merged record: the survivor's preview counts it.
    assert of_the_merged_record.get("decisions") == 1, of_the_merged_record
    assert after.get("decisions", 0) == before.get("decisions", 0) + 1, (before, after)
