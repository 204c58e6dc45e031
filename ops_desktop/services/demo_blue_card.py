"""The demo office's Niebieska Karta: one procedure in progress on a social worker's case –
form A filled by the police a few weeks ago naming the case's person and another member of
the household, handed to the chair of the interdisciplinary team in time, and the appointing
of the diagnostic-support group now past its deadline (the head's "Niebieska Karta – terminy"
shows it, the worker's "Moje sprawy" too)."""

from __future__ import annotations

import datetime as dt

from ops_desktop.domain.calendar import add_working_days
from ops_desktop.domain.vocabulary import Role
from ops_desktop.services.blue_card import FormAInput
from ops_desktop.services.context import Actor
from ops_desktop.services.hub import Services
from ops_desktop.storage.models import replayed_at

FORM_A_DAYS_AGO = 21  # far enough back that the group's 3 working days have run out
FILLED_BY = "Policja – Komisariat Policji w Lipowcu, asp. Marek Nowicki"
NOTE = ("Interwencja domowa w nocy; osoba doznająca przemocy poinformowana o procedurze, "
        "otrzymała formularz B.")


def start_one_blue_card(services: Services, actors: dict[Role, list[Actor]],
                        today: dt.date) -> int:
    """Form A on a social worker's oldest open case of a household of two or more."""
    filled = today - dt.timedelta(days=FORM_A_DAYS_AGO)
    cases = [(item, worker) for worker in actors[Role.SOCIAL_WORK]
             for item in services.caseload.my_cases(worker)]
    for item, worker in sorted(cases, key=lambda pair: pair[0].opened_on):
        people = services.blue_cards.household_of_case(worker, item.case_id)
        if len(people) < 2 or item.opened_on > filled:
            continue
        case_person = next((p for p, name in people if name == item.person_name), people[0][0])
        other = next(p for p, _ in people if p != case_person)
        with replayed_at(dt.datetime.combine(filled, dt.time(12, 0))):
            card = services.blue_cards.start(worker, FormAInput(
                item.case_id, filled, FILLED_BY, (case_person,), (other,), NOTE))
        handed = add_working_days(filled, 2)
        with replayed_at(dt.datetime.combine(handed, dt.time(10, 0))):
            services.blue_cards.record_step(worker, card.id, "to_chair", handed)
        return 1
    return 0
