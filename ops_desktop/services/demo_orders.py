"""A postanowienie in the demo office: one waiting application suspended until a court
settles a preliminary question (KPA art. 97 § 1 pkt 4), signed by an authorised employee."""

from __future__ import annotations

from ops_desktop.domain.vocabulary import DecisionKind, Role
from ops_desktop.services.context import Actor
from ops_desktop.services.hub import Services
from ops_desktop.services.procedural_acts import OrderInput

QUESTION = ("ustalenie przez Sąd Rejonowy w Lipowcu obowiązku alimentacyjnego byłego małżonka "
            "Strony (sprawa III RC 41/26), od którego zależy dochód rodziny")
FACTS = ("Strona oświadczyła, że w listopadzie wniosła pozew o alimenty od byłego małżonka; "
         "wysokość alimentów wpływa na dochód rodziny, a tym samym na prawo do świadczenia.")


def suspend_one_application(services: Services, actors: dict[Role, list[Actor]],
                            signers: list[Actor]) -> int:
    """The oldest waiting application is suspended by a signed postanowienie; how many (0/1)."""
    clerk = actors[Role.BENEFITS][0]
    waiting = [a for a in services.applications.page(clerk)
               if a.defect_call is None and not services.decisions.for_application(clerk, a.id)]
    if not waiting or not signers:
        return 0
    app = min(waiting, key=lambda a: a.received_on)
    draft = services.procedural_acts.prepare_order(clerk, OrderInput(
        app.id, DecisionKind.SUSPENSION, QUESTION, FACTS))
    services.decisions.sign(signers[0], draft.id)
    return 1
