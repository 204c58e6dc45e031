"""Family interviews of the demo office: one interview conducted by a social worker, relied
on by a benefits application whose decision is signed (so the interview is frozen), and a
Part IV update of it some weeks later, started from the carried-forward answers."""

from __future__ import annotations

import datetime as dt
import random
import uuid
from collections.abc import Callable, Generator
from decimal import Decimal

from ops_desktop.domain.calendar import add_months, add_working_days
from ops_desktop.domain.vocabulary import BenefitForm
from ops_desktop.services.applications import ApplicationInput, IncomeInput
from ops_desktop.services.context import Actor
from ops_desktop.services.hub import Services

ANSWERS = {
    "A": {"address": "Lipowiec, w miejscu zamieszkania rodziny",
          "family": "Wnioskodawca z rodziną wg rejestru ośrodka; dzieci uczą się w szkole "
                    "podstawowej w Lipowcu.",
          "family_size": "3"},
    "B": {"incomes": "Renta wnioskodawcy, dorywcze prace współmałżonka."},
    "C": {"dwelling": "mieszkanie komunalne, najem", "rooms": "2",
          "conditions": "Ogrzewanie piecowe; brak opału na sezon grzewczy; wilgoć w jednym "
                        "pokoju."},
    "H": {"needs": "Opał na zimę, pomoc w opłatach za mieszkanie.",
          "expectations": "Zasiłek celowy na zakup opału."},
    "I": {"diagnosis": "Niewystarczające dochody wobec kosztów ogrzewania; rodzina zaradna, "
                       "współpracuje z ośrodkiem.",
          "conclusions": "Zasadna pomoc doraźna w formie zasiłku celowego i praca socjalna."},
    "J": {"plan": "Zasiłek celowy na opał; pomoc w wystąpieniu o dodatek mieszkaniowy; "
                  "kontakt z pracownikiem socjalnym co miesiąc.", "contract": "nie"},
}
UPDATE = {
    "B": {"changes": "Współmałżonek podjął stałą pracę; zaległości czynszowe spłacone w "
                     "połowie.", "reason": "zmiana danych (nowa praca)"},
    "C": {"conclusions": "Sytuacja się poprawia; dalsza pomoc pieniężna niepotrzebna.",
          "plan": "Praca socjalna do końca sezonu grzewczego."},
}
PLACE = "w miejscu zamieszkania rodziny"


def interview_story(services: Services, rng: random.Random, worker: Actor, clerk: Actor,
                    signer: Actor, case_id: uuid.UUID, after: dt.datetime,
                    prepare: Callable[[Actor, uuid.UUID, BenefitForm, dt.date], uuid.UUID],
                    ) -> Generator[dt.datetime, None, dt.datetime]:
    """The steps of the interview, the application relying on it, and its update; returns
    the moment of the last step."""
    learned = after.date()
    moment = dt.datetime.combine(add_working_days(learned, 3), after.time())
    yield moment
    opened = services.interviews.open(worker, case_id, learned)
    services.interviews.save(worker, opened.id, ANSWERS, moment.date(), PLACE)
    done = services.interviews.complete(worker, opened.id)
    moment += dt.timedelta(days=1, minutes=rng.randrange(10, 90))
    yield moment
    app = services.applications.register(clerk, ApplicationInput(
        person_id=done.person_id, received_on=moment.date(), form=BenefitForm.PURPOSE,
        purpose="zakup opału"))
    services.applications.set_incomes(clerk, app.id, [
        IncomeInput(done.person_id, "renta", Decimal("780"))])
    services.interviews.link_application(clerk, app.id, done.id)
    draft = prepare(clerk, app.id, BenefitForm.PURPOSE,
                    add_months(moment.date().replace(day=1), 1))
    moment = dt.datetime.combine(add_working_days(moment.date(), 2), moment.time())
    yield moment
    services.decisions.sign(signer, draft, on=moment.date())  # the interview is frozen now
    moment = dt.datetime.combine(add_working_days(moment.date(), 20), moment.time())
    yield moment
    update = services.interviews.open(worker, case_id, moment.date(), update_of=done.id)
    carried = services.interviews.carried_forward(worker, update.id)  # IV A from I C
    services.interviews.save(worker, update.id, {**carried, **UPDATE}, moment.date(), PLACE)
    services.interviews.complete(worker, update.id)
    return moment
