"""The family interview before each benefit decision of the demo office (art. 106 ust. 4
u.p.s.): the benefits team asks social work for it through the desk, a social worker accepts
the referral, notes the visit, conducts and completes the interview, and the benefits team
links the application to it – so the head can sign the decision, and a current benefit's
interview falls due for its 6-monthly update in the social worker's "Moje sprawy"."""

from __future__ import annotations

import datetime as dt
import uuid

from ops_desktop.domain.vocabulary import Channel, Ground, IntakeOutcome, NoteKind, Team
from ops_desktop.services.context import Actor
from ops_desktop.services.hub import Services
from ops_desktop.services.intake import IntakeInput

# What the referral says, for social work: the request, never the problem's own words.
INTERVIEW_REASON = "Przeprowadzenie rodzinnego wywiadu środowiskowego do wniosku o świadczenie."
NOTE = "Wizyta w miejscu zamieszkania – rodzinny wywiad środowiskowy do wniosku o świadczenie."
PLACE = "w miejscu zamieszkania rodziny"


def _answers(address: str, family: list[str], problem: str, purpose: str) -> dict[str, dict[str, str]]:
    return {
        "A": {"address": address, "family": "; ".join(family), "family_size": str(len(family))},
        "H": {"needs": problem, "expectations": purpose or "Pomoc pieniężna ośrodka."},
        "I": {"diagnosis": f"Sytuację rodziny opisaną we wniosku potwierdzono w wywiadzie: "
                           f"{problem}",
              "conclusions": "Zasadne rozpatrzenie wniosku o świadczenie; praca socjalna."},
        "J": {"plan": "Rozpatrzenie wniosku przez zespół ds. świadczeń; kontakt z pracownikiem "
                      "socjalnym co miesiąc.", "contract": "nie"},
    }


def request_interview(services: Services, desk: Actor, person_id: uuid.UUID,
                      moment: dt.datetime, problem: str, grounds: tuple[Ground, ...]
                      ) -> uuid.UUID:
    """The benefits team's request, recorded at the desk and referred to social work."""
    referral = services.intake.record(desk, IntakeInput(
        person_id=person_id, received_at=moment, channel=Channel.EX_OFFICIO, problem=problem,
        grounds=grounds, outcome=IntakeOutcome.REFERRED, refer_to=Team.SOCIAL_WORK,
        referral_reason=INTERVIEW_REASON)).referral_id
    assert referral is not None
    return referral


def conduct_interview(services: Services, worker: Actor, clerk: Actor, referral: uuid.UUID,
                      person_id: uuid.UUID, app_id: uuid.UUID, learned_on: dt.date,
                      moment: dt.datetime, problem: str, purpose: str) -> None:
    """At `moment` (the replayed clock's now): the referral accepted, the visit noted, the
    interview conducted and completed, and the application linked to it."""
    case = services.referrals.accept(worker, referral)
    services.social_work.add_note(worker, case.id, NoteKind.INTERVIEW, moment.date(), NOTE)
    people = services.persons.file(worker, person_id)
    family = [m.full_name for m in people.household] or [case.person_name]
    address = ", ".join(p for p in (people.street, people.building, people.city) if p)
    opened = services.interviews.open(worker, case.id, learned_on)
    services.interviews.save(worker, opened.id, _answers(address or PLACE, family, problem,
                                                         purpose), moment.date(), PLACE)
    done = services.interviews.complete(worker, opened.id)
    services.interviews.link_application(clerk, app_id, done.id)
