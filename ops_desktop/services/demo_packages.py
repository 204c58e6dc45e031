"""The demo office's service packages: one person of each target group came to the desk in
the last weeks and was given the group's package; the teams took some of the referrals, and
a part or two is already done, so the file and the coordinator's counts have something to
show for every group."""

from __future__ import annotations

import datetime as dt

from ops_desktop.domain.clock import utc_of_office
from ops_desktop.domain.packages import PartState, TargetGroup
from ops_desktop.domain.vocabulary import Channel, Ground, IntakeOutcome, Role, Team
from ops_desktop.services.context import Actor
from ops_desktop.services.hub import Services
from ops_desktop.services.intake import IntakeInput
from ops_desktop.services.mapping import local_time
from ops_desktop.storage.models import replayed_at

# (group, the intake's grounds, what the person told, days ago, teams that took it, parts done)
STORIES: tuple[tuple[TargetGroup, tuple[Ground, ...], str, int, int, int], ...] = (
    (TargetGroup.UNEMPLOYED, (Ground.UNEMPLOYMENT, Ground.POVERTY),
     "Stracił pracę pół roku temu, zasiłek dla bezrobotnych się skończył.", 40, 2, 1),
    (TargetGroup.ELDERLY, (Ground.LONG_ILLNESS, Ground.HELPLESSNESS),
     "Mieszka sama, po upadku nie wychodzi z domu, córka za granicą.", 35, 2, 2),
    (TargetGroup.DISABLED, (Ground.DISABILITY,),
     "Orzeczenie o znacznym stopniu niepełnosprawności, potrzebuje pomocy w domu.", 28, 1, 0),
    (TargetGroup.FAMILIES_WITH_CHILDREN, (Ground.HELPLESSNESS, Ground.POVERTY),
     "Troje dzieci, trudności z opłaceniem obiadów w szkole.", 21, 3, 1),
    (TargetGroup.VIOLENCE, (Ground.DOMESTIC_VIOLENCE, Ground.POVERTY),
     "Zgłasza przemoc ze strony męża; wyprowadziła się z dziećmi do matki.", 14, 1, 0),
    (TargetGroup.HOMELESS, (Ground.HOMELESSNESS, Ground.POVERTY),
     "Od miesiąca bez dachu nad głową, nocuje na dworcu.", 7, 0, 0),
)


def give_packages(services: Services, actors: dict[Role, list[Actor]], today: dt.date) -> int:
    """One package per target group to persons of the demo's open cases; returns how many."""
    desk = actors[Role.FIRST_CONTACT][0]
    workers = {Team.BENEFITS: actors[Role.BENEFITS][0], Team.SOCIAL_WORK: actors[Role.SOCIAL_WORK][0],
               Team.SERVICES: actors[Role.SERVICES][0]}
    cases = services.referrals.cases(workers[Team.SOCIAL_WORK], Team.SOCIAL_WORK.value, 200,
                                     None, True)
    persons = list(dict.fromkeys(c.person_id for c in sorted(cases, key=lambda c: c.opened_on)))
    given = 0
    for person_id, (group, grounds, problem, days, taken, done) in zip(
            persons, STORIES, strict=False):
        came = dt.datetime.combine(today - dt.timedelta(days=days), dt.time(9, 30))
        utc = utc_of_office(came)
        with replayed_at(utc):
            intake = services.intake.record(desk, IntakeInput(
                person_id=person_id, received_at=local_time(utc), channel=Channel.IN_PERSON,
                problem=problem, grounds=grounds, outcome=IntakeOutcome.INFORMATION,
                advice_given="Przydzielono pakiet usług; skierowania do zespołów."))
            package = services.packages.give(desk, intake.intake_id, group)
        given += 1
        # The teams took the first `taken` referrals a few days later.
        with replayed_at(utc + dt.timedelta(days=3)):
            for team, referral_id, _number in package.referrals[:taken]:
                services.referrals.accept(workers[team], referral_id)
        if not done:
            continue
        with replayed_at(utc + dt.timedelta(days=min(days - 1, 20))):
            parts = services.packages.in_use(actors[Role.COORDINATOR][0], group, 1)[0].parts
            for part in [p for p in parts if p.state is PartState.STARTED][:done]:
                services.packages.record_state(workers[part.team], part.id, PartState.DONE)
    return given
