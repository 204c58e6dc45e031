"""The recovery decision on paper (art. 104 ust. 3 u.p.s., KPA art. 107 § 1) and the office's
list of claims, on a real store."""

from __future__ import annotations

import datetime as dt

import pytest

from ops_desktop.documents.recovery_decision import recovery_text
from ops_desktop.domain.act_kinds import act_book
from ops_desktop.domain.errors import PermissionDenied
from ops_desktop.services.context import Actor
from ops_desktop.services.hub import Services

from .test_benefits import text_of
from .test_payment_returns import TODAY, _claim, _revoked


def _flat(pdf: bytes) -> str:
    return " ".join(text_of(pdf).split())


def test_the_signed_recovery_decision_has_every_element_of_art_107(
        services: Services, signer: Actor, benefits_worker: Actor) -> None:
    pid, _, change = _revoked(services, signer)
    draft = services.undue_claims.prepare(benefits_worker, _claim(pid, change.id, "100.00"))
    assert "PROJEKT" in _flat(services.recovery_decisions.document(benefits_worker, draft.id))
    claim = services.undue_claims.sign(signer, draft.id)
    page = _flat(services.recovery_decisions.document(benefits_worker, claim.id))
    kind = act_book(TODAY).kind("recovery")
    assert "PROJEKT" not in page
    assert services.office.settings().on_paper().name.split()[-1] in page  # the organ on the letterhead
    assert f"nr {claim.number}" in page and "DECYZJA" in page
    assert "Jan Żółkiewski" in page  # the party
    assert kind.legal_basis in page  # art. 104 ust. 3 u.p.s., from acts.json
    assert f"decyzją nr {change.case_sign}" in page  # the change decision it follows
    assert "100,00 zł" in page
    # The instalments: 33,33 + 33,33 + 33,34 zł, each with its day.
    assert "raty miesięczne w liczbie 3" in page and "33,33 zł" in page and "rata 3 – 33,34 zł" in page
    assert "art. 109" in page  # the worker's reasoning
    assert recovery_text(TODAY).reasoning[0].split(";")[0] in page
    assert f"w terminie {kind.appeal_days} dni" in page and "POUCZENIE" in page
    assert "Katarzyna Wiśniewska" in page and "starszy specjalista" in page
    assert "upoważnienie" in page


def test_a_single_payment_with_deferral_and_deduction_reads_so(
        services: Services, signer: Actor, benefits_worker: Actor) -> None:
    pid, _, change = _revoked(services, signer)
    data = _claim(pid, change.id, "250.00", count=0, deduct=True)
    data = type(data)(**{**data.__dict__, "deferred_to": TODAY + dt.timedelta(60)})
    claim = services.undue_claims.prepare(benefits_worker, data)
    page = _flat(services.recovery_decisions.document(benefits_worker, claim.id))
    assert "jednorazowo" in page and "raty miesięczne" not in page
    assert "odroczyć termin zwrotu" in page and "art. 104 ust. 2" in page


def test_the_office_list_of_claims_and_the_changes_to_follow(
        services: Services, signer: Actor, benefits_worker: Actor,
        social_worker: Actor) -> None:
    pid, _, change = _revoked(services, signer)
    choices = services.recovery_decisions.change_choices(benefits_worker)
    assert [(c.decision_id, c.person_id) for c in choices] == [(change.id, pid)]
    assert choices[0].person_name == "Jan Żółkiewski"
    services.undue_claims.prepare(benefits_worker, _claim(pid, change.id))
    (listed,) = services.recovery_decisions.claims(benefits_worker)
    assert listed.person_name == "Jan Żółkiewski" and listed.claim.amount_grosze == 90000
    with pytest.raises(PermissionDenied):
        services.recovery_decisions.claims(social_worker)
    with pytest.raises(PermissionDenied):
        services.recovery_decisions.document(social_worker, listed.claim.id)
