"""The demo office's DPS and shelter cases: a services client directed to a DPS two months
ago with the signed art. 61 fee decision (she pays 70% of her pension, her son his agreed
share, the gmina the rest of the home's announced cost); the register of the gmina's shelter
places with a change reported to the voivode; and a homeless man granted a place in the
shelter after his interview, the decision signed by the head."""

from __future__ import annotations

import datetime as dt
from decimal import Decimal

from ops_desktop.domain.calendar import add_months
from ops_desktop.domain.dps_fees import Relation
from ops_desktop.domain.shelters import ShelterEntry, ShelterKind
from ops_desktop.domain.vocabulary import Role, Team
from ops_desktop.services.context import Actor
from ops_desktop.services.hub import Services
from ops_desktop.services.placements import FeeInput, PlacementInput, RelativeInput
from ops_desktop.services.shelters import ShelterDecisionInput
from ops_desktop.storage.models import replayed_at

SHELTER_ANSWERS = {
    "A": {"address": "Lipowiec, osoba bez stałego miejsca zamieszkania (dworzec PKP)",
          "family": "Osoba samotna; kontakt z rodziną zerwany.", "family_size": "1"},
    "C": {"dwelling": "brak – bezdomność od września", "rooms": "0",
          "conditions": "Nocuje na klatkach schodowych i na dworcu."},
    "H": {"needs": "Schronienie na zimę, posiłek, pomoc w uzyskaniu dowodu osobistego.",
          "expectations": "Miejsce w schronisku."},
    "I": {"diagnosis": "Bezdomność po eksmisji; zdolny do pracy, chce podjąć zatrudnienie.",
          "conclusions": "Zasadne przyznanie schronienia i indywidualny program wychodzenia "
                         "z bezdomności."},
    "J": {"plan": "Schronisko do końca marca; posiłek; wyrobienie dowodu; kontakt z PUP.",
          "contract": "tak"},
}


def _at(day: dt.date, hour: int = 10) -> dt.datetime:
    """The replayed moment, never later than now (today's work happens before this minute)."""
    latest = dt.datetime.now(dt.UTC).replace(tzinfo=None) - dt.timedelta(minutes=1)
    return min(dt.datetime.combine(day, dt.time(hour, 0)), latest)


def placement_story(services: Services, actors: dict[Role, list[Actor]],
                    today: dt.date) -> dict[str, int]:
    """The DPS and shelter cases on the services team's third and fourth case (the first two
    have care services); returns how many decisions of each were signed."""
    worker, head = actors[Role.SERVICES][0], actors[Role.COORDINATOR][0]
    cases = sorted(services.referrals.cases(worker, Team.SERVICES.value, 200, None, True),
                   key=lambda c: c.opened_on)[2:4]
    if len(cases) < 2:
        return {"dps_decisions": 0, "shelter_decisions": 0}
    dps_case, shelter_case = cases
    placed = max(add_months(today.replace(day=1), -2), dps_case.opened_on)
    year_start = placed.replace(month=1, day=1)
    with replayed_at(_at(placed - dt.timedelta(days=3))):
        home = services.placements.add_home(
            worker, "Dom Pomocy Społecznej „Pod Lipami” w Borowie",
            "ul. Lipowa 12, 66-998 Borowo")
        services.placements.set_cost(
            worker, home.id, year_start, Decimal("6480.00"),
            "Komunikat Starosty Lipowieckiego o średnim koszcie utrzymania w DPS")
        placement = services.placements.prepare_placement(worker, PlacementInput(
            dps_case.id, home.id, placed, placed,
            "Osoba wymaga całodobowej opieki z powodu wieku i stanu zdrowia; nie może "
            "samodzielnie funkcjonować w codziennym życiu, a usługi opiekuńcze w miejscu "
            "zamieszkania okazały się niewystarczające. Wyraziła zgodę na umieszczenie."))
        fee = services.placements.prepare_fee(worker, FeeInput(
            placement.id, placed, placed, Decimal("2150.40"), (RelativeInput(
                "Marek Zalewski", Relation.DESCENDANT, 3, Decimal("9100.00"),
                Decimal("600.00"), placed - dt.timedelta(days=5)),),
            "Syn zawarł z ośrodkiem umowę o wnoszenie opłaty w kwocie 600 zł miesięcznie."))
    with replayed_at(_at(placed, 14)):
        services.placements.sign(head, placement.id)
        services.placements.sign(head, fee.id)

    added = add_months(today.replace(day=1), -4)
    with replayed_at(_at(added)):
        shelter = services.shelters.add_shelter(worker, ShelterEntry(
            "Schronisko dla Osób Bezdomnych im. św. Brata Alberta", "ul. Dworcowa 7, Lipowiec",
            ShelterKind.SHELTER, 24, added.replace(month=1, day=1)), added)
        services.shelters.add_shelter(worker, ShelterEntry(
            "Ogrzewalnia przy ul. Kolejowej", "ul. Kolejowa 2, Lipowiec",
            ShelterKind.WARMING_CENTRE, 10, added), added)
    changed = add_months(added, 1) + dt.timedelta(days=9)
    with replayed_at(_at(changed)):
        entry = shelter.entry
        services.shelters.change_shelter(worker, shelter.id, ShelterEntry(
            entry.institution, entry.address, entry.kind, 28, entry.valid_from), changed)
    learned = max(today - dt.timedelta(days=12), shelter_case.opened_on)
    with replayed_at(_at(learned, 9)):
        opened = services.interviews.open(worker, shelter_case.id, learned, urgent=True)
        services.interviews.save(worker, opened.id, SHELTER_ANSWERS, learned,
                                 "dworzec PKP w Lipowcu")
        services.interviews.complete(worker, opened.id)
    decided = min(learned + dt.timedelta(days=1), today)
    with replayed_at(_at(decided, 11)):
        decision = services.shelters.prepare_decision(worker, ShelterDecisionInput(
            shelter_case.id, shelter.id, opened.id, decided, decided,
            add_months(decided, 4), "Osoba bezdomna, bez dochodu; wywiad potwierdził "
            "potrzebę schronienia na okres zimowy."))
    with replayed_at(_at(decided, 13)):
        services.shelters.sign(head, decision.id)
    return {"dps_decisions": 2, "shelter_decisions": 1}
