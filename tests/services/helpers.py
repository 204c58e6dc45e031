"""Small builders of valid input for service tests."""

from __future__ import annotations

import dataclasses
import datetime as dt
import uuid

from ops_desktop.domain.clock import wall_now, wall_today
from ops_desktop.domain.contracts import Assessment, Variant
from ops_desktop.domain.person import Address, PersonInput
from ops_desktop.domain.vocabulary import (
    Channel,
    Ground,
    IdDocumentType,
    IntakeOutcome,
    Team,
)
from ops_desktop.domain.plans import Action, Performer
from ops_desktop.services.contracts import ContractInput
from ops_desktop.services.intake import IntakeInput

HOME = Address("Polna", "3", "5", "66-999", "Lipowiec")

# Valid PESELs (checked by stdnum in tests/services/test_helpers_are_valid).
PESEL_MAN_1944 = "44051401359"
PESEL_WOMAN_2002 = "02270803624"
PESEL_WOMAN_1985 = "85121711202"


def person(first: str = "Jan", last: str = "Żółkiewski", pesel: str | None = PESEL_MAN_1944,
           **changes: object) -> PersonInput:
    data: dict[str, object] = dict(
        first_name=first, last_name=last, pesel=pesel, id_document_type=None,
        id_document_number=None, birth_date=None, sex=None, address=HOME, phone="",
    )
    data.update(changes)
    return PersonInput(**data)  # type: ignore[arg-type]


def foreigner() -> PersonInput:
    return person("Olena", "Kovalenko", None, id_document_type=IdDocumentType.PASSPORT,
                  id_document_number="FX123456", birth_date=dt.date(1990, 3, 4))


def referral_intake(person_id: object, team: Team = Team.BENEFITS, urgent: bool = False) -> IntakeInput:
    return IntakeInput(
        person_id=person_id,  # type: ignore[arg-type]
        received_at=wall_now().replace(microsecond=0) - dt.timedelta(hours=1),
        channel=Channel.IN_PERSON,
        problem="Brak środków na opał i leki, utrata pracy.",
        grounds=(Ground.POVERTY, Ground.UNEMPLOYMENT),
        outcome=IntakeOutcome.REFERRED,
        urgent=urgent,
        refer_to=team,
        referral_reason="Wniosek o zasiłek okresowy.",
    )


# --- kontrakt socjalny ---------------------------------------------------------------------
START = wall_today() - dt.timedelta(days=10)
SECRET = "Pije od lat, przemoc w rodzinie, długi."  # a narrative that must not leak


def actions(n: int = 2) -> tuple[Action, ...]:
    who = (Performer.PERSON, Performer.INSTITUTION, Performer.WORKER, Performer.FAMILY_MEMBER)
    names = {Performer.INSTITUTION: "Powiatowy Urząd Pracy", Performer.FAMILY_MEMBER: "żona"}
    return tuple(Action(f"Działanie {i + 1}", who[i % 4], names.get(who[i % 4], ""),
                        START + dt.timedelta(days=30 * (i + 1)), "potwierdzenie na piśmie")
                 for i in range(n))


def contract_a(party_ids: tuple[uuid.UUID, ...] = (), **changes: object) -> ContractInput:
    data = ContractInput(
        variant=Variant.A, party_ids=party_ids, worker_phone="95 761 00 00",
        assessment=Assessment(SECRET, "Zaradna, chce pracować.", "Brak opieki nad dziećmi."),
        main_goal="Wyjście z zadłużenia.", specific_goals=("Spłata zaległości czynszu",),
        actions=actions(), starts_on=START, ends_on=START + dt.timedelta(days=120))
    return dataclasses.replace(data, **changes)  # type: ignore[arg-type]




# --- rodzinny wywiad środowiskowy ----------------------------------------------------------
def interview_answers(**extra: dict[str, str]) -> dict[str, dict[str, str]]:
    """Part I answers with every compulsory segment filled (A, H, I, J) and segment C."""
    answers = {
        "A": {"address": "Lipowiec, ul. Polna 3/5", "family": "Jan Żółkiewski – wnioskodawca",
              "family_size": "1"},
        "C": {"dwelling": "mieszkanie komunalne", "rooms": "2",
              "conditions": "Ogrzewanie piecowe, brak opału."},
        "H": {"needs": "Opał na zimę, leki.", "expectations": "Zasiłek celowy."},
        "I": {"diagnosis": SECRET, "conclusions": "Pomoc doraźna i praca socjalna."},
        "J": {"plan": "Zasiłek celowy na opał; kontakt co miesiąc.", "contract": "nie"},
    }
    answers.update(extra)
    return answers
