"""The background warm-up reads what the tabs show, skips what the person may not read."""

from __future__ import annotations

from ops_desktop.services.context import Actor
from ops_desktop.services.hub import Services
from ops_desktop.ui import warm_up


def test_the_head_warms_every_list(services: Services, coordinator: Actor) -> None:
    every = len(warm_up.reads(services, coordinator))
    assert warm_up.run(services, coordinator) == every


def test_a_desk_worker_warms_only_their_own_lists_and_nothing_is_raised(
        services: Services, desk: Actor) -> None:
    every = len(warm_up.reads(services, desk))
    done = warm_up.run(services, desk)
    assert 0 < done < every  # other teams' inboxes and the decisions are refused, quietly


def test_nothing_is_written(services: Services, coordinator: Actor, auditor: Actor) -> None:
    before = services.audit.count(auditor)
    warm_up.run(services, coordinator)
    assert services.audit.count(auditor) == before
