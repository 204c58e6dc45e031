"""Forms A–D of a Niebieska Karta procedure printed by the service, on a real SQLite file: A
names every party with what the register holds, C the victims and D the persons using
violence once recorded, B one victim and nobody else – never another case; only social work
and the head print them, and every print is in the audit log."""

from __future__ import annotations

import datetime as dt
import io

import pytest
from pypdf import PdfReader

from ops_desktop.domain.errors import ConflictError, PermissionDenied, ValidationError
from ops_desktop.domain.vocabulary import Role
from ops_desktop.services.context import Actor
from ops_desktop.services.hub import Services
from .test_blue_card import (  # noqa: F401 – the fixture
    SECRET,
    TODAY,
    WITNESS,
    Family,
    _form_a,
    family,
    referred_couple,
)

OTHER_NOTE = "Druga rodzina: awantura na klatce schodowej."


def words(pdf: bytes) -> str:
    return " ".join(" ".join(p.extract_text() for p in PdfReader(io.BytesIO(pdf)).pages).split())


@pytest.fixture
def other_case(services: Services, desk: Actor, social_worker: Actor) -> tuple[str, Family]:
    """A second household with its own procedure: nothing of it may reach the first's forms."""
    mother, father, rid = referred_couple(services, desk, ("Zofia", "Marek", "Sroka"))
    case = services.referrals.accept(social_worker, rid)
    other = Family(case.id, mother, father, rid)
    card = services.blue_cards.start(social_worker, _form_a(other, filled_on=TODAY,
                                                            note=OTHER_NOTE))
    services.blue_cards.record_step(social_worker, card.id, "form_c", TODAY, note=OTHER_NOTE)
    return case.sign, other


def test_form_a_prints_who_filled_it_every_party_and_the_note(
        services: Services, social_worker: Actor, family: Family,
        other_case: tuple[str, Family]) -> None:
    card = services.blue_cards.start(social_worker, _form_a(family))
    text = words(services.blue_card_forms.render(social_worker, card.id, "A"))
    assert "Formularz „Niebieska Karta – A”" in text and "zapis w programie" in text
    assert f"wszczęto dnia {card.form_a_on:%d.%m.%Y} r." in text
    assert f"Wypełnił(a): {WITNESS}" in text
    assert f"Zapisał(a) w programie: {social_worker.full_name}" in text
    assert ("Osoby doznające przemocy domowej Lp. Imię i nazwisko PESEL Data urodzenia Adres "
            "1. Maria Wrona ………… 01.01.1990 ul. Polna 3/5") in text
    assert "Osoby stosujące przemoc domową" in text and "1. Piotr Wrona" in text
    assert SECRET in text and "Dz.U. 2023 poz. 1870" in text
    assert card.case_sign in text
    assert other_case[0] not in text and "Sroka" not in text and OTHER_NOTE not in text


def test_form_b_names_only_its_victim_and_no_case(
        services: Services, social_worker: Actor, family: Family,
        other_case: tuple[str, Family]) -> None:
    card = services.blue_cards.start(social_worker, _form_a(family))
    text = words(services.blue_card_forms.render(social_worker, card.id, "B", family.wife))
    assert "Formularz „Niebieska Karta – B”" in text
    assert "Informacja dla osoby doznającej przemocy domowej" in text
    assert "Pani/Pan: Maria Wrona" in text and "112" in text
    assert "* brzmienie do potwierdzenia" in text  # DOMAIN gives no wording for B
    assert "Formularz przekazano dnia …………………… r." in text  # the day is not recorded
    assert social_worker.full_name in text
    for elsewhere in ("Piotr", card.case_sign, other_case[0], "Sroka", SECRET, WITNESS,
                      OTHER_NOTE, "Znak sprawy"):
        assert elsewhere not in text, elsewhere
    with pytest.raises(ValidationError) as refused:  # B is for a victim of this procedure
        services.blue_card_forms.render(social_worker, card.id, "B", family.husband)
    assert refused.value.errors[0].code == "not_a_victim"
    with pytest.raises(ValidationError):
        services.blue_card_forms.render(social_worker, card.id, "B", other_case[1].wife)


def test_forms_c_and_d_print_once_recorded_each_naming_its_side(
        services: Services, social_worker: Actor, coordinator: Actor, family: Family,
        other_case: tuple[str, Family]) -> None:
    card = services.blue_cards.start(social_worker, _form_a(family))
    for form in ("C", "D"):
        with pytest.raises(ConflictError) as refused:
            services.blue_card_forms.render(social_worker, card.id, form)
        assert refused.value.code == "blue_card_form_not_recorded"
    handed = TODAY - dt.timedelta(days=1)
    services.blue_cards.record_step(social_worker, card.id, "form_c", handed, note="Plan: "
                                    "konsultacja psychologiczna.")
    services.blue_cards.record_step(coordinator, card.id, "form_d", TODAY)
    c = words(services.blue_card_forms.render(social_worker, card.id, "C"))
    assert "Formularz „Niebieska Karta – C”" in c and f"dnia {handed:%d.%m.%Y} r." in c
    assert "grupa diagnostyczno-pomocowa" in c and "Plan: konsultacja psychologiczna." in c
    assert "Maria Wrona" in c and "Piotr" not in c
    assert other_case[0] not in c and "Sroka" not in c and OTHER_NOTE not in c
    d = words(services.blue_card_forms.render(coordinator, card.id, "D"))
    assert "Formularz „Niebieska Karta – D”" in d and "Piotr Wrona" in d and "Maria" not in d
    assert f"Zapisał(a) w programie: {coordinator.full_name}" in d
    # Nothing written with form D: lines to fill by hand, not a made-up finding.
    assert "Ustalenia (notatka poufna) ……" in d
    with pytest.raises(ValidationError):
        services.blue_card_forms.render(social_worker, card.id, "E")


def test_only_social_work_and_the_head_print_and_every_print_is_logged(
        services: Services, social_worker: Actor, coordinator: Actor, desk: Actor,
        benefits_worker: Actor, auditor: Actor, family: Family) -> None:
    roles = frozenset({Role.SERVICES})
    services_user = Actor(services.office.add_user("uslugi", "Ewa Usługowa", "opiekunka", roles),
                          "Ewa Usługowa", "opiekunka", roles)
    card = services.blue_cards.start(social_worker, _form_a(family))
    for outsider in (desk, benefits_worker, services_user, auditor):
        for form, victim in (("A", None), ("B", family.wife)):
            with pytest.raises(PermissionDenied):
                services.blue_card_forms.render(outsider, card.id, form, victim)
    services.blue_card_forms.render(social_worker, card.id, "A")
    services.blue_card_forms.render(coordinator, card.id, "B", family.wife)
    printed = [e for e in services.audit.entries(auditor, limit=500)
               if e.action == "print" and e.entity == "blue_cards"]
    assert len(printed) == 2
    assert {(e.entity_id, e.person_id) for e in printed} == {(str(card.id), None),
                                                             (str(card.id), family.wife)}
    assert sorted(e.details for e in printed) == [(("form", "A"),), (("form", "B"),)]


def test_hostile_arguments_are_refused_in_words(
        services: Services, social_worker: Actor, family: Family) -> None:
    from .test_hostile_input import Refused, attempt
    card = services.blue_cards.start(social_worker, _form_a(family))
    for args in (("1 OR 1=1", "A", None), (card.id, None, None), (card.id, "a", None),
                 (card.id, "B", "'; DROP TABLE persons; --"), (card.id, "B", None),
                 (card.id, ["A"], None)):
        assert isinstance(attempt(services, lambda args=args: services.blue_card_forms.render(
            social_worker, *args)), Refused), args
