"""DPS placements, fee decisions and shelters on a real store: the split kept with the fee
decision, the head's signature, a shelter only after a completed interview, the register's
change log, occupancy from signed decisions, and each paper read back with pypdf."""

from __future__ import annotations

import dataclasses
import datetime as dt
import io
import uuid
from decimal import Decimal

import pytest
from pypdf import PdfReader

from ops_desktop.domain.clock import wall_today
from ops_desktop.domain.dps_fees import Relation
from ops_desktop.domain.errors import ConflictError, DomainError, PermissionDenied, ValidationError
from ops_desktop.domain.shelters import ShelterEntry, ShelterKind
from ops_desktop.domain.vocabulary import Role, Team
from ops_desktop.services.context import Actor
from ops_desktop.services.hub import Services
from ops_desktop.services.placements import FeeInput, PlacementInput, RelativeInput
from ops_desktop.services.shelters import ShelterDecisionInput

from ..conftest import _staff
from ..services.helpers import foreigner, interview_answers, person, referral_intake

D = Decimal
TODAY = wall_today()
YESTERDAY = TODAY - dt.timedelta(days=1)


@pytest.fixture
def carer(services: Services) -> Actor:
    return _staff(services, "uslugi", "Ewa Opiekun", "pracownik socjalny",
                  frozenset({Role.SERVICES}))


def _case(services: Services, desk: Actor, worker: Actor, who: object = None) -> uuid.UUID:
    pid = services.persons.register_household(desk, who or person(), [])
    rid = services.intake.record(desk, referral_intake(pid, Team.SERVICES)).referral_id
    assert rid is not None
    return services.referrals.accept(worker, rid).id


def _text(pdf: bytes) -> str:
    return " ".join(" ".join((p.extract_text() or "").split())
                    for p in PdfReader(io.BytesIO(pdf)).pages)


def _home(services: Services, worker: Actor) -> uuid.UUID:
    home = services.placements.add_home(worker, "Dom Pomocy Społecznej „Pod Lipami”",
                                        "ul. Lipowa 1, 66-530 Lipowiec")
    services.placements.set_cost(worker, home.id, dt.date(2026, 1, 1), D("6500.00"),
                                 "Komunikat Starosty z 30.03.2026")
    return home.id


def _fee(placement_id: uuid.UUID, **changes: object) -> FeeInput:
    data = FeeInput(placement_id=placement_id, decided_on=TODAY, starts_on=TODAY,
                    resident_income=D("2000.00"), relatives=(RelativeInput(
                        "Adam Żółkiewski", Relation.DESCENDANT, 1, D("4000.00"), D("500.00"),
                        YESTERDAY),),
                    reasoning="Syn zawarł umowę o wnoszenie opłaty.")
    return dataclasses.replace(data, **changes)  # type: ignore[arg-type]


def test_fee_decision_keeps_the_split_and_prints_it(services: Services, desk: Actor,
                                                    carer: Actor, coordinator: Actor) -> None:
    case_id = _case(services, desk, carer)
    home_id = _home(services, carer)
    placement = services.placements.prepare_placement(carer, PlacementInput(
        case_id, home_id, TODAY, TODAY, "Wymaga całodobowej opieki."))
    fee = services.placements.prepare_fee(carer, _fee(placement.id))
    # 2000 × 70% = 1400; son 4000 − 3 × 1010 = 970 possible, agreed 500; gmina 6500 − 1900
    assert (fee.cost, fee.resident, fee.relatives, fee.gmina) == (
        D("6500.00"), D("1400.00"), D("500.00"), D("4600.00"))
    with pytest.raises(DomainError, match="placement_not_signed"):
        services.placements.sign(coordinator, fee.id)
    services.placements.sign(coordinator, placement.id)
    signed = services.placements.sign(coordinator, fee.id)
    assert signed.signed
    with pytest.raises(ConflictError, match="decision_signed"):
        services.placements.discard(carer, fee.id)
    text = _text(services.placements.document(coordinator, fee.id))
    for words in ("DECYZJA", fee.number, "w sprawie ustalenia odpłatności za pobyt w domu",
                  "art. 61 ust. 1 i 2", "1 400,00 zł", "70% dochodu mieszkańca",
                  "2 000,00 zł", "Adam Żółkiewski (zstępny)", "500,00 zł", "6 500,00 zł",
                  "4 600,00 zł", "POUCZENIE", "14 dni", "Barbara Żółkiewska",
                  "Zarządzenie nr 12/2025", "300% kryterium",
                  "wnosi gmina, z której mieszkaniec został skierowany"):
        assert words in text, words
    assert "4 000,00" not in text  # the son's income stays off the resident's paper
    placed = _text(services.placements.document(carer, placement.id))
    assert "w sprawie skierowania do domu pomocy społecznej" in placed
    assert "Pod Lipami" in placed and "Wymaga całodobowej opieki." in placed
    assert "Otrzymują: 1. Strona 2. Dom Pomocy Społecznej „Pod Lipami” 3. a/a" in placed


def test_fee_agreement_above_what_leaves_300_percent_is_refused_at_its_field(
        services: Services, desk: Actor, carer: Actor) -> None:
    placement = services.placements.prepare_placement(carer, PlacementInput(
        _case(services, desk, carer), _home(services, carer), TODAY, TODAY))
    son = RelativeInput("Adam Żółkiewski", Relation.DESCENDANT, 1, D("3030.00"), D("0.01"),
                        YESTERDAY)  # exactly 300% of 1010 zł: not a grosz
    with pytest.raises(ValidationError) as error:
        services.placements.prepare_fee(carer, _fee(placement.id, relatives=(son,)))
    assert error.value.codes_for("relatives.0.agreed") == ["agreement_above_capacity"]


def test_fee_needs_the_homes_cost_in_force(services: Services, desk: Actor,
                                           carer: Actor) -> None:
    home = services.placements.add_home(carer, "DPS Zielona", "ul. Zielona 2, Lipowiec")
    placement = services.placements.prepare_placement(carer, PlacementInput(
        _case(services, desk, carer), home.id, TODAY, TODAY))
    with pytest.raises(ValidationError) as error:
        services.placements.prepare_fee(carer, _fee(placement.id))
    assert error.value.codes_for("starts_on") == ["no_dps_cost"]


def test_only_services_and_the_head_see_placements(services: Services, desk: Actor,
                                                   benefits_worker: Actor) -> None:
    for actor in (desk, benefits_worker):
        with pytest.raises(PermissionDenied):
            services.placements.decisions(actor)
        with pytest.raises(PermissionDenied):
            services.shelters.register(actor)


def _shelter(services: Services, worker: Actor, places: int = 1) -> uuid.UUID:
    return services.shelters.add_shelter(worker, ShelterEntry(
        "Schronisko im. Brata Alberta", "ul. Dworcowa 7, Lipowiec", ShelterKind.SHELTER,
        places, dt.date(2026, 1, 1)), dt.date(2026, 1, 2)).id


def _completed(services: Services, worker: Actor, case_id: uuid.UUID) -> uuid.UUID:
    opened = services.interviews.open(worker, case_id, YESTERDAY)
    services.interviews.save(worker, opened.id, interview_answers(), YESTERDAY,
                             "w miejscu pobytu")
    return services.interviews.complete(worker, opened.id).id


def test_shelter_only_after_a_completed_interview(services: Services, desk: Actor,
                                                  carer: Actor, coordinator: Actor) -> None:
    case_id = _case(services, desk, carer)
    shelter_id = _shelter(services, carer)
    draft = services.interviews.open(carer, case_id, YESTERDAY)
    data = ShelterDecisionInput(case_id, shelter_id, draft.id, TODAY, TODAY,
                                TODAY + dt.timedelta(days=90), "Osoba bezdomna.")
    with pytest.raises(ValidationError) as error:
        services.shelters.prepare_decision(carer, data)
    assert error.value.codes_for("interview_id") == ["shelter_needs_interview"]
    services.interviews.save(carer, draft.id, interview_answers(), YESTERDAY, "w noclegowni")
    services.interviews.complete(carer, draft.id)
    decision = services.shelters.prepare_decision(carer, data)
    assert decision.interview_on == YESTERDAY and decision.number.startswith("SCH/1")
    assert services.shelters.register(carer)[0].occupied == 0  # a draft takes no place
    services.shelters.sign(coordinator, decision.id)
    view = services.shelters.register(carer)[0]
    assert (view.occupied, view.free) == (1, 0)
    # the one place is taken: the next person is refused at the shelter's field
    other = _case(services, desk, carer, foreigner())
    with pytest.raises(ValidationError) as full:
        services.shelters.prepare_decision(carer, dataclasses.replace(
            data, case_id=other, interview_id=_completed(services, carer, other)))
    assert full.value.codes_for("shelter_id") == ["shelter_full"]
    text = _text(services.shelters.document(carer, decision.id))
    for words in ("w sprawie przyznania schronienia", "art. 48a",
                  "schronisko dla osób bezdomnych – Schronisko im. Brata Alberta",
                  "rodzinnego wywiadu środowiskowego", "Osoba bezdomna.", "POUCZENIE"):
        assert words in text, words
    assert "r.." not in text
    assert "2. Schronisko im. Brata Alberta 3. a/a" in text


def test_register_changes_are_logged_and_reported_to_the_voivode(
        services: Services, carer: Actor) -> None:
    shelter_id = _shelter(services, carer, places=20)
    services.shelters.change_shelter(carer, shelter_id, ShelterEntry(
        "Schronisko im. Brata Alberta", "ul. Dworcowa 7, Lipowiec",
        ShelterKind.SHELTER_WITH_CARE, 25, dt.date(2026, 1, 1)), dt.date(2026, 3, 10))
    with pytest.raises(ConflictError, match="nothing_changed"):
        services.shelters.change_shelter(carer, shelter_id, ShelterEntry(
            "Schronisko im. Brata Alberta", "ul. Dworcowa 7, Lipowiec",
            ShelterKind.SHELTER_WITH_CARE, 25, dt.date(2026, 1, 1)), dt.date(2026, 3, 11))
    lines = services.shelters.changes(carer, dt.date(2026, 3, 1), dt.date(2026, 3, 31))
    assert [(c.field, c.old_value, c.new_value, c.due_on) for c in lines] == [
        ("kind", "schronisko dla osób bezdomnych",
         "schronisko dla osób bezdomnych z usługami opiekuńczymi", dt.date(2026, 3, 24)),
        ("places", "20", "25", dt.date(2026, 3, 24))]
    text = _text(services.shelters.change_report(carer, dt.date(2026, 1, 1),
                                                 dt.date(2026, 3, 31)))
    for words in ("Informacja o zmianach w wykazie miejsc schronienia", "art. 48a ust. 11c",
                  "02.01.2026", "nowa pozycja wykazu", "10.03.2026", "liczba miejsc", "20",
                  "25", "24.03.2026"):
        assert words in text, words


def test_register_refuses_bad_lines_at_their_fields(services: Services, carer: Actor) -> None:
    with pytest.raises(ValidationError) as error:
        services.shelters.add_shelter(carer, ShelterEntry(
            " ", "ul. Dworcowa 7", ShelterKind.WARMING_CENTRE, 0, dt.date(2026, 2, 1),
            dt.date(2026, 1, 1)), dt.date(2026, 1, 2))
    assert {e.field: e.code for e in error.value.errors} == {
        "institution": "required", "places": "places_invalid", "valid_to": "end_before_start"}


def test_anonymisation_blanks_the_reasons_and_the_relatives(
        services: Services, desk: Actor, carer: Actor, coordinator: Actor) -> None:
    from sqlalchemy import text as sql, update

    from ops_desktop.storage.models import CaseRow

    case_id = _case(services, desk, carer)
    placement = services.placements.prepare_placement(carer, PlacementInput(
        case_id, _home(services, carer), TODAY, TODAY, "Choroba Alzheimera, wymaga opieki."))
    services.placements.prepare_fee(carer, _fee(placement.id))
    interview = _completed(services, carer, case_id)
    services.shelters.prepare_decision(carer, ShelterDecisionInput(
        case_id, _shelter(services, carer), interview, TODAY, TODAY, TODAY,
        "Eksmisja z mieszkania przy ul. Polnej."))
    with services.db.session() as s:
        s.execute(update(CaseRow).where(CaseRow.id == case_id).values(
            closed_on=dt.date(2010, 1, 1)))
        person_id = s.get(CaseRow, case_id).person_id  # type: ignore[union-attr]
    services.personal_data.anonymise(coordinator, [person_id], "ANONIMIZUJ 1",
                                     dt.date(2030, 1, 1))
    with services.db.engine.connect() as conn:
        cells = [str(v) for t in ("dps_decisions", "shelter_decisions")
                 for row in conn.execute(sql(f'SELECT * FROM "{t}"')) for v in row
                 if isinstance(v, str)]
    for gone in ("Alzheimera", "Adam Żółkiewski", "Eksmisja"):
        assert not [c for c in cells if gone in c], gone


def test_the_store_refuses_to_change_or_delete_a_signed_decision(
        services: Services, desk: Actor, carer: Actor, coordinator: Actor) -> None:
    from sqlalchemy import text as sql
    from sqlalchemy.exc import DatabaseError

    placement = services.placements.prepare_placement(carer, PlacementInput(
        _case(services, desk, carer), _home(services, carer), TODAY, TODAY))
    fee = services.placements.prepare_fee(carer, _fee(placement.id))
    with services.db.engine.begin() as conn:  # a draft still changes
        conn.execute(sql("UPDATE dps_decisions SET gmina_grosze = 1 WHERE kind = 'fee'"))
    services.placements.discard(carer, fee.id)
    services.placements.sign(coordinator, placement.id)
    for statement in ("UPDATE dps_decisions SET starts_on = starts_on + 1",
                      "UPDATE dps_decisions SET reasoning = 'inne uzasadnienie'",
                      "UPDATE dps_decisions SET status = 'draft'",
                      "DELETE FROM dps_decisions"):
        with pytest.raises(DatabaseError, match="signed placement decision is immutable"):
            with services.db.engine.begin() as conn:
                conn.execute(sql(f"{statement} WHERE status = 'signed'"))
    with services.db.engine.begin() as conn:  # anonymisation's one change: blanking
        conn.execute(sql("UPDATE dps_decisions SET reasoning = '' WHERE status = 'signed'"))


def test_the_persons_copy_of_their_data_lists_the_dps_and_shelter_decisions(
        services: Services, desk: Actor, carer: Actor, coordinator: Actor) -> None:
    import json

    case_id = _case(services, desk, carer)
    placement = services.placements.prepare_placement(carer, PlacementInput(
        case_id, _home(services, carer), TODAY, TODAY, "Wymaga całodobowej opieki."))
    fee = services.placements.prepare_fee(carer, _fee(placement.id))
    interview = _completed(services, carer, case_id)
    shelter = services.shelters.prepare_decision(carer, ShelterDecisionInput(
        case_id, _shelter(services, carer), interview, TODAY, TODAY, TODAY,
        "Osoba bezdomna."))
    data = json.loads(services.personal_data.export_json(coordinator, placement.person_id))
    assert [(p["kind"], p["number"], p["resident_fee"]) for p in data["placements"]] == [
        ("dps_placement", placement.number, None), ("dps_fee", fee.number, "1400.00"),
        ("shelter", shelter.number, None)]
    text = _text(services.personal_data.export_pdf(coordinator, placement.person_id))
    for words in ("15. Dom pomocy społecznej i schronienie",
                  f"odpłatność za pobyt w domu pomocy społecznej nr {fee.number}",
                  "1 400,00 zł miesięcznie", "przyznanie schronienia", "Osoba bezdomna."):
        assert words in text.replace("\xa0", " "), words
