"""The reads of lists replaced as a whole (storage/list_versions.py), on the store as an
exchange leaves it after two PCs replaced a list apart: the incomes shown and assessed, the
drafts listed, counted and signable are the winning version's only; a NULL version (rows
from before migration 0044) is every live row, as before. On SQLite and on PostgreSQL."""

from __future__ import annotations

import uuid
from decimal import Decimal

import pytest
from sqlalchemy import select

from ops_desktop.domain.errors import ConflictError
from ops_desktop.domain.ids import new_id
from ops_desktop.domain.vocabulary import BenefitForm, DecisionStatus
from ops_desktop.services.applications import IncomeInput
from ops_desktop.services.context import Actor
from ops_desktop.services.hub import Services
from ops_desktop.storage import dashboard_queries
from ops_desktop.storage.models import ApplicationRow, DecisionRow, IncomeRow
from tests.services.test_benefits import application, grant

OTHER_VERSION = Decimal("700")


def _other_list(services: Services, app_id: uuid.UUID, person_id: uuid.UUID) -> uuid.UUID:
    """The lines another PC wrote while apart, as its exchange brings them: a version the
    application does not name. Its version."""
    version = new_id()
    with services.db.session() as s:
        s.add(IncomeRow(application_id=app_id, person_id=person_id, source="renta",
                        amount_grosze=int(OTHER_VERSION * 100), list_version=version))
    return version


def _name_version(services: Services, app_id: uuid.UUID, **values: object) -> None:
    """What the exchange or the coordinator's "take the other value" writes."""
    with services.db.session() as s:
        row = s.get(ApplicationRow, app_id)
        assert row is not None
        for name, value in values.items():
            setattr(row, name, value)


def _amounts(services: Services, worker: Actor, app_id: uuid.UUID) -> list[Decimal]:
    return sorted(i.amount for i in services.applications.incomes(worker, app_id))


def test_the_incomes_read_and_assessed_are_the_winning_lists_only(
        services: Services, benefits_worker: Actor) -> None:
    pid, app = application(services, benefits_worker, BenefitForm.PERMANENT, Decimal("500"))
    with services.db.session() as s:
        ours = s.get(ApplicationRow, app.id).incomes_version  # type: ignore[union-attr]
    assert ours is not None
    theirs = _other_list(services, app.id, pid)
    assert _amounts(services, benefits_worker, app.id) == [Decimal("500")]
    assert services.applications.assess(benefits_worker, app.id).family_income == Decimal("500")
    # The other version wins (the exchange's clock, or the coordinator takes it).
    _name_version(services, app.id, incomes_version=theirs)
    assert _amounts(services, benefits_worker, app.id) == [OTHER_VERSION]
    a = services.applications.assess(benefits_worker, app.id)
    assert a.family_income == OTHER_VERSION and a.applicant_income == OTHER_VERSION
    # Replacing the list removes the current one only: the other version stays takeable.
    services.applications.set_incomes(benefits_worker, app.id,
                                      [IncomeInput(pid, "zasiłek", Decimal("300"))])
    assert _amounts(services, benefits_worker, app.id) == [Decimal("300")]
    with services.db.session() as s:
        kept = {(r.list_version, r.amount_grosze) for r in s.scalars(
            select(IncomeRow).where(IncomeRow.application_id == app.id))}
    assert (ours, 50000) in kept and (theirs, 70000) not in kept and len(kept) == 2


def test_lines_from_before_versions_are_the_list_until_it_is_replaced(
        services: Services, benefits_worker: Actor) -> None:
    pid, app = application(services, benefits_worker, BenefitForm.PERMANENT, Decimal("500"))
    # As migration 0044 finds a store: no version anywhere.
    _name_version(services, app.id, incomes_version=None)
    with services.db.session() as s:
        for line in s.scalars(select(IncomeRow).where(IncomeRow.application_id == app.id)):
            line.list_version = None
        s.add(IncomeRow(application_id=app.id, person_id=pid, source="renta",
                        amount_grosze=20000))
    assert _amounts(services, benefits_worker, app.id) == [Decimal("200"), Decimal("500")]
    assert services.applications.assess(benefits_worker, app.id).family_income == Decimal("700")
    services.applications.set_incomes(benefits_worker, app.id,
                                      [IncomeInput(pid, "emerytura", Decimal("650"))])
    assert _amounts(services, benefits_worker, app.id) == [Decimal("650")]
    with services.db.session() as s:
        assert len(s.scalars(select(IncomeRow).where(IncomeRow.application_id == app.id,
                                                     IncomeRow.deleted_at.is_(None))).all()) == 1


def _second_draft(services: Services, draft_id: uuid.UUID) -> uuid.UUID:
    """The draft another PC prepared while apart, as its exchange brings it: the same
    application, which names the other draft as its current one."""
    with services.db.session() as s:
        first = s.get(DecisionRow, draft_id)
        assert first is not None
        skip = {"id", "created_at", "updated_at", "version"}
        copy = DecisionRow(**{c.key: getattr(first, c.key)
                              for c in DecisionRow.__table__.columns if c.key not in skip})
        copy.id = new_id()
        copy.reasoning = "Projekt z laptopa."
        s.add(copy)
        return copy.id


def test_only_the_current_draft_is_listed_counted_and_signed(
        services: Services, benefits_worker: Actor, signer: Actor) -> None:
    _, app = application(services, benefits_worker, BenefitForm.PERMANENT, Decimal("500"))
    draft = services.decisions.prepare(benefits_worker, grant(app.id, Decimal("813.00")))
    other = _second_draft(services, draft.id)

    def drafts() -> list[uuid.UUID]:
        return [d.id for d in services.decisions.page(signer, DecisionStatus.DRAFT)]

    assert drafts() == [draft.id]
    assert services.decisions.count(signer, DecisionStatus.DRAFT) == 1
    with services.db.session() as s:  # the coordinator's dashboard counts one draft to sign
        assert sum(dashboard_queries.draft_decisions(s).values()) == 1
        assert len(dashboard_queries.draft_decision_rows(s, None, True, 10, 0)) == 1
    assert services.decisions.count(signer) == 1
    assert [d.id for d in services.decisions.for_application(benefits_worker, app.id)] == [
        draft.id]
    with pytest.raises(ConflictError) as refused:
        services.decisions.sign(signer, other)
    assert refused.value.code == "draft_replaced"
    # The other draft wins: it alone is listed and signable.
    _name_version(services, app.id, current_draft_id=other)
    assert drafts() == [other]
    with pytest.raises(ConflictError):
        services.decisions.sign(signer, draft.id)
    # Preparing again replaces the current draft; the one that lost stays, unlisted.
    again = services.decisions.prepare(benefits_worker, grant(app.id, Decimal("813.00")))
    assert drafts() == [again.id]
    with services.db.session() as s:
        assert s.get(DecisionRow, other) is None and s.get(DecisionRow, draft.id) is not None
    assert services.decisions.sign(signer, again.id).status is DecisionStatus.SIGNED
    assert drafts() == []
    assert [d.id for d in services.decisions.page(signer, DecisionStatus.SIGNED)] == [again.id]


def test_drafts_from_before_versions_are_all_listed_as_before(
        services: Services, benefits_worker: Actor, signer: Actor) -> None:
    _, app = application(services, benefits_worker, BenefitForm.PERMANENT, Decimal("500"))
    draft = services.decisions.prepare(benefits_worker, grant(app.id, Decimal("813.00")))
    other = _second_draft(services, draft.id)
    _name_version(services, app.id, current_draft_id=None)
    assert {d.id for d in services.decisions.page(signer, DecisionStatus.DRAFT)} == {
        draft.id, other}
    assert services.decisions.count(signer, DecisionStatus.DRAFT) == 2
    # Preparing again replaces them all, as before 0044.
    again = services.decisions.prepare(benefits_worker, grant(app.id, Decimal("813.00")))
    assert [d.id for d in services.decisions.page(signer, DecisionStatus.DRAFT)] == [again.id]
    assert services.decisions.count(signer, DecisionStatus.DRAFT) == 1
