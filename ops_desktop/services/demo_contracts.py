"""Kontrakty socjalne of the demo office: drawn up after the family interview, signed the
same day, reviewed a month later; one is changed by an annex. Both variants appear."""

from __future__ import annotations

import datetime as dt
import random
import uuid
from collections.abc import Generator

from ops_desktop.domain.calendar import add_working_days
from ops_desktop.domain.contracts import Assessment, Variant
from ops_desktop.domain.plans import Action, ActionStatus, Performer
from ops_desktop.services.context import Actor
from ops_desktop.services.contracts import AnnexInput, ContractInput
from ops_desktop.services.hub import Services

ASSESSMENT = {
    Variant.A: Assessment(
        causes="Zadłużenie czynszowe narastające od utraty pracy przez żywiciela rodziny; "
               "trudności wychowawcze z najstarszym dzieckiem.",
        strengths="Rodzina zżyta, rodzice gotowi do współpracy; matka z doświadczeniem "
                  "w handlu; wsparcie dziadków.",
        limitations="Brak środków na bieżące opłaty; dojazd do pracy tylko autobusem "
                    "dwa razy dziennie."),
    Variant.B: Assessment(
        causes="Długotrwałe pozostawanie bez pracy, izolacja.",
        strengths="Prawo jazdy kat. B, gotowość do pracy fizycznej.",
        limitations="Brak aktualnych uprawnień zawodowych.",
        unemployment_causes="Likwidacja zakładu pracy w 2023 r.; od tego czasu prace "
                            "dorywcze.",
        # Worded for anyone: the demo's variant B person may be a woman or a man.
        qualifications="Zasadnicza szkoła zawodowa w zawodzie ślusarskim; 12 lat pracy "
                       "w zakładzie metalowym.",
        earlier_activation="Staż w 2024 r. przerwany po dwóch miesiącach – opieka nad "
                           "chorą matką."),
}
GOALS = {
    Variant.A: ("Odzyskanie stabilności finansowej rodziny.",
                ("Spłata zaległości czynszowych w ratach", "Podjęcie pracy przez ojca",
                 "Poprawa frekwencji szkolnej syna")),
    Variant.B: ("Podjęcie zatrudnienia.",
                ("Uzyskanie uprawnień spawacza", "Aktywne poszukiwanie pracy")),
}
ACTIONS = {
    Variant.A: (("Zawarcie porozumienia o spłacie zadłużenia z zarządcą budynku",
                 Performer.PERSON, "", 14, "kopia porozumienia"),
                ("Pomoc w przygotowaniu CV i listów motywacyjnych", Performer.WORKER, "", 21,
                 "dokumenty przygotowane"),
                ("Kontakt z pedagogiem szkolnym w sprawie frekwencji syna",
                 Performer.FAMILY_MEMBER, "matka", 30, "informacja od pedagoga")),
    Variant.B: (("Udział w kursie spawania", Performer.INSTITUTION,
                 "Powiatowy Urząd Pracy", 60, "zaświadczenie o ukończeniu kursu"),
                ("Składanie co najmniej dwóch ofert pracy tygodniowo", Performer.PERSON, "", 45,
                 "wykaz złożonych ofert"),
                ("Spotkania z pracownikiem socjalnym co dwa tygodnie", Performer.WORKER, "", 60,
                 "notatki ze spotkań")),
}


def _actions(variant: Variant, start: dt.date) -> tuple[Action, ...]:
    return tuple(Action(what, who, name, start + dt.timedelta(days=days), how)
                 for what, who, name, days, how in ACTIONS[variant])


def first_done(actions: tuple[Action, ...]) -> dict[uuid.UUID, ActionStatus]:
    """A first review's statuses: the first action done, the others under way."""
    return {a.id: (ActionStatus.DONE if i == 0 else ActionStatus.IN_PROGRESS)
            for i, a in enumerate(actions) if a.id is not None}


def contract_story(services: Services, rng: random.Random, worker: Actor, case_id: uuid.UUID,
                   after: dt.datetime, variant: Variant, party_ids: tuple[uuid.UUID, ...],
                   annex: bool) -> Generator[dt.datetime, None, dt.datetime]:
    """The steps of one contract; returns the moment of its last step."""
    moment = after + dt.timedelta(days=2, minutes=rng.randrange(10, 90))
    yield moment
    start = moment.date()
    goal, specific = GOALS[variant]
    made = services.contracts.draft(worker, case_id, ContractInput(
        variant=variant, party_ids=party_ids if variant is Variant.A else (),
        worker_phone=f"95 761 20 {rng.randrange(10, 99)}", assessment=ASSESSMENT[variant],
        main_goal=goal, specific_goals=specific, actions=_actions(variant, start),
        starts_on=start, ends_on=start + dt.timedelta(days=120),
        labour_office_referral="PUP w Lipowcu, skierowanie nr 14/2026"
        if variant is Variant.B else ""))
    signed = services.contracts.sign(worker, made.id, start)
    moment = dt.datetime.combine(add_working_days(start, 21), moment.time())
    yield moment
    services.contracts.review(worker, signed.id, moment.date(), first_done(signed.actions),
                              "Pierwsze działanie zrealizowane, pozostałe w toku.")
    if annex:
        moment += dt.timedelta(days=3)
        yield moment
        what, who, name, _days, how = ACTIONS[variant][-1]
        # The annex holds what it changes: the last action, a month later.
        draft = services.contracts.annex(worker, signed.id, AnnexInput(
            "Przedłużenie terminu ostatniego działania o miesiąc z powodu choroby dziecka.",
            (Action(what, who, name, start + dt.timedelta(days=90), how),),
            moment.date(), start + dt.timedelta(days=120)))
        services.contracts.sign(worker, draft.id, moment.date())
    return moment
