"""The meal, shelter and DPS decisions name the party as the benefit decisions do ("Stronie –
Jan Żółkiewski –", the name never declined) and cite the ustawa o pomocy społecznej with the
consolidated text the benefit decisions issued that day cite (pypdf on the printed words)."""

from __future__ import annotations

import datetime as dt

from ops_desktop.documents.placement_decision import welfare_act_text
from ops_desktop.services.context import Actor
from ops_desktop.services.hub import Services
from ops_desktop.services.placements import PlacementInput
from ops_desktop.services.shelters import ShelterDecisionInput

from ..placements.test_placement_services import _case as _services_case
from ..placements.test_placement_services import _completed, _fee, _home, _shelter
from .test_meal_services import TODAY, _case, _input, _interview, _text
from .test_meal_services import carer  # noqa: F401 - a fixture

NAME = "Jan Żółkiewski"


def test_the_act_cited_is_the_benefit_decisions_consolidated_text_of_the_day() -> None:
    assert welfare_act_text(dt.date(2026, 1, 5)) == "Dz.U. 2025 poz. 1214"
    assert welfare_act_text(dt.date(2024, 6, 3)) == "Dz.U. 2023 poz. 901 z późn. zm."


def _worded(words: str, ruling: str) -> None:
    assert f"o pomocy społecznej ({welfare_act_text(TODAY)})" in words
    assert f"po rozpatrzeniu sprawy Strony: {NAME}, zam." in words
    assert ruling in words, words
    assert f"stronie, {NAME}" not in words and f"stronę, {NAME}" not in words
    assert f"sprawy {NAME}" not in words


def test_a_meal_decision_names_the_party_and_cites_the_act(
        services: Services, desk: Actor, carer: Actor) -> None:  # noqa: F811
    case_id, pid = _case(services, desk, carer)
    draft = services.meals.prepare(carer, _input(case_id, pid, _interview(services, carer,
                                                                          case_id)))
    _worded(_text(services.meals.document(carer, draft.id)),
            f"Przyznaje się Stronie – {NAME} – pomoc w formie posiłku: posiłek dla dziecka")


def test_shelter_and_dps_decisions_name_the_party_and_cite_the_act(
        services: Services, desk: Actor, carer: Actor, coordinator: Actor) -> None:  # noqa: F811
    case_id = _services_case(services, desk, carer)
    stay = services.shelters.prepare_decision(carer, ShelterDecisionInput(
        case_id, _shelter(services, carer), _completed(services, carer, case_id), TODAY,
        TODAY, TODAY + dt.timedelta(days=30)))
    _worded(_text(services.shelters.document(carer, stay.id)),
            f"Przyznaje się Stronie – {NAME} – schronienie w formie:")
    placed = services.placements.prepare_placement(carer, PlacementInput(
        case_id, _home(services, carer), TODAY, TODAY))
    _worded(_text(services.placements.document(carer, placed.id)),
            f"Kieruje się Stronę – {NAME} – do domu pomocy społecznej")
    services.placements.sign(coordinator, placed.id)
    fee = services.placements.prepare_fee(carer, _fee(placed.id))
    _worded(_text(services.placements.document(carer, fee.id)),
            f"Ustala się dla Strony – {NAME} – opłatę za pobyt")
