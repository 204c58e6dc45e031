"""The demo office's help plan and individual programme: after the family interview the
worker draws up the help plan from its part J and signs it with the person; a few days
later an individual programme for leaving homelessness (IPWzB) is agreed, signed and, two
weeks on, reviewed."""

from __future__ import annotations

import dataclasses
import datetime as dt
import random
import uuid
from collections.abc import Generator

from ops_desktop.domain.calendar import add_working_days
from ops_desktop.domain.interviews import InterviewKind, InterviewStatus
from ops_desktop.domain.plans import Action, Performer
from ops_desktop.services.context import Actor
from ops_desktop.services.demo_contracts import first_done
from ops_desktop.services.hub import Services
from ops_desktop.services.programmes import ProgrammeInput

IPWZB_ACTIONS = (
    ("Zgłoszenie do schroniska dla osób bezdomnych i przestrzeganie regulaminu",
     Performer.PERSON, "", 14, "zaświadczenie ze schroniska"),
    ("Podjęcie terapii w poradni leczenia uzależnień", Performer.INSTITUTION,
     "Poradnia Leczenia Uzależnień w Lipowcu", 45, "zaświadczenie o uczestnictwie"),
    ("Pomoc w złożeniu wniosku o mieszkanie chronione", Performer.WORKER, "", 60,
     "złożony wniosek"),
)


def programme_story(services: Services, rng: random.Random, worker: Actor,
                    case_id: uuid.UUID, after: dt.datetime
                    ) -> Generator[dt.datetime, None, dt.datetime]:
    """The steps of the help plan and the IPWzB; returns the moment of the last step."""
    done = [i for i in services.interviews.interviews(worker) if i.case_id == case_id
            and i.kind is InterviewKind.INTERVIEW
            and i.status in (InterviewStatus.COMPLETED, InterviewStatus.FROZEN)]
    moment = after + dt.timedelta(days=1, minutes=rng.randrange(10, 90))
    yield moment
    if done:
        proposal = services.programmes.proposal(worker, done[0].id)
        start = moment.date()
        plan = services.programmes.draft_help_plan(worker, done[0].id, dataclasses.replace(
            proposal, worker_phone=f"95 761 20 {rng.randrange(10, 99)}",
            actions=tuple(dataclasses.replace(a, assessed_by="notatka z wizyty",
                                              due_on=start + dt.timedelta(days=60))
                          for a in proposal.actions),
            starts_on=start, ends_on=start + dt.timedelta(days=90)))
        services.programmes.sign(worker, plan.id, start)
    moment = dt.datetime.combine(add_working_days(moment.date(), 3), moment.time())
    yield moment
    start = moment.date()
    made = services.programmes.draft(worker, case_id, ProgrammeInput(
        kind="homelessness", worker_phone=f"95 761 20 {rng.randrange(10, 99)}",
        diagnosis="Osoba bez stałego miejsca zamieszkania od utraty mieszkania po eksmisji; "
                  "nadużywa alkoholu; zachowała kontakt z siostrą, chce podjąć pracę.",
        main_goal="Wyjście z bezdomności i usamodzielnienie.",
        specific_goals=("Stały pobyt w schronisku", "Utrzymanie abstynencji",
                        "Uzyskanie mieszkania chronionego"),
        actions=tuple(Action(what, who, name, start + dt.timedelta(days=days), how)
                      for what, who, name, days, how in IPWZB_ACTIONS),
        starts_on=start, ends_on=start + dt.timedelta(days=180)))
    signed = services.programmes.sign(worker, made.id, start)
    moment = dt.datetime.combine(add_working_days(start, 10), moment.time())
    yield moment
    services.programmes.review(worker, signed.id, moment.date(), first_done(signed.actions),
                               "Przebywa w schronisku, zgłosił się do poradni.")
    return moment
