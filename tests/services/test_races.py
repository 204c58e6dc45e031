"""Two workers doing the same thing at the same moment: one does it, the other is told so in
a typed error with its own message – never StaleDataError or IntegrityError (issue 11).

Each race is played out exactly: the second worker's service has read what it needs when the
first worker's commits, on its own connection to the same store."""

from __future__ import annotations

from collections.abc import Callable, Iterator
from decimal import Decimal
from typing import Any

import pytest

from ops_desktop.domain.errors import ConflictError, ValidationError
from ops_desktop.domain.vocabulary import BenefitForm, DecisionStatus, ReferralStatus, Team
from ops_desktop.services.context import Actor
from ops_desktop.services.hub import Services
from ops_desktop.ui.labels import ERRORS

from .helpers import PESEL_WOMAN_1985, person, referral_intake
from .test_benefits import application, grant


@pytest.fixture
def colleague_pc(db_url: str) -> Iterator[Services]:
    """The same store opened a second time, as a colleague's program holds it."""
    other = Services.open(db_url)
    yield other
    other.close()


def first(monkeypatch: pytest.MonkeyPatch, module: Any, name: str,
          colleague: Callable[[], object]) -> None:
    """The colleague's action commits the moment this worker's service calls `name`."""
    original = getattr(module, name)
    done: list[bool] = []

    def racing(*args: Any, **kwargs: Any) -> Any:
        if not done:
            done.append(True)
            colleague()
        return original(*args, **kwargs)

    monkeypatch.setattr(module, name, racing)


def test_two_workers_accepting_one_referral_at_once(
        services: Services, colleague_pc: Services, desk: Actor, social_worker: Actor,
        coordinator: Actor, monkeypatch: pytest.MonkeyPatch) -> None:
    pid = services.persons.register_household(desk, person(), [])
    referral_id = services.intake.record(desk, referral_intake(pid, Team.SOCIAL_WORK)).referral_id
    assert referral_id is not None
    from ops_desktop.services import referrals

    first(monkeypatch, referrals, "case_for",
          lambda: colleague_pc.referrals.accept(coordinator, referral_id))
    with pytest.raises(ConflictError) as told:
        services.referrals.accept(social_worker, referral_id)
    assert told.value.code == "referral_handled_meanwhile" and told.value.code in ERRORS
    [ref] = services.persons.file(coordinator, pid).referrals
    assert ref.status is ReferralStatus.ACCEPTED
    assert len(services.persons.file(coordinator, pid).cases) == 1  # one case, not two


def test_two_signers_signing_one_draft_at_once(
        services: Services, colleague_pc: Services, benefits_worker: Actor, signer: Actor,
        coordinator: Actor, monkeypatch: pytest.MonkeyPatch) -> None:
    _, app = application(services, benefits_worker, BenefitForm.PERMANENT, Decimal("500"))
    draft = services.decisions.prepare(benefits_worker, grant(app.id, Decimal("813.00")))
    from ops_desktop.services import decisions

    # After this signer's program found the draft unsigned, before it writes the signing.
    first(monkeypatch, decisions, "_dative_of",
          lambda: colleague_pc.decisions.sign(coordinator, draft.id))
    with pytest.raises(ConflictError) as told:
        services.decisions.sign(signer, draft.id)
    assert told.value.code == "decision_signed_meanwhile" and told.value.code in ERRORS
    signed = services.decisions.get(coordinator, draft.id)
    assert signed.status is DecisionStatus.SIGNED and signed.signatory_name == coordinator.full_name


def test_two_desks_registering_one_pesel_at_once(
        services: Services, colleague_pc: Services, desk: Actor,
        monkeypatch: pytest.MonkeyPatch) -> None:
    from ops_desktop.services import persons

    # After this desk's program found the PESEL free, before it writes the person.
    first(monkeypatch, persons, "derive_from_pesel",
          lambda: colleague_pc.persons.register_household(desk, person("Ewa", "Nowak",
                                                                      PESEL_WOMAN_1985), []))
    with pytest.raises(ValidationError) as told:
        services.persons.register_household(desk, person("Ewa", "Nowak", PESEL_WOMAN_1985), [])
    assert told.value.codes_for("pesel") == ["pesel_already_registered"]
    assert services.persons.count(desk, PESEL_WOMAN_1985) == 1
