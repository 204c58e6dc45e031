"""The meal decision's family size starts from the case's household: a family's income typed
into the form is shared among its members at once, not read as a single person's."""

from __future__ import annotations

import pytest
from pytestqt.qtbot import QtBot

from ops_desktop.domain.errors import DomainError

from ops_desktop.domain.vocabulary import Relation, Role, Team
from ops_desktop.services.context import Actor
from ops_desktop.services.hub import Services
from ops_desktop.services.persons import MemberInput
from ops_desktop.ui.services_team.meal_dialog import MealDecisionDialog
from tests.conftest import _staff
from tests.services.helpers import PESEL_WOMAN_1985, PESEL_WOMAN_2002, person, referral_intake


def _family_of_three_on_a_services_case(services: Services, desk: Actor) -> Actor:
    """A household of three referred to the services team; the services worker who took it."""
    carer = _staff(services, "uslugi", "Ewa Opiekun", "pracownik socjalny",
                   frozenset({Role.SERVICES}))
    pid = services.persons.register_household(desk, person(), [
        MemberInput(Relation.SPOUSE, person("Maria", "Żółkiewska", PESEL_WOMAN_1985)),
        MemberInput(Relation.CHILD, person("Ola", "Żółkiewska", PESEL_WOMAN_2002))])
    rid = services.intake.record(desk, referral_intake(pid, Team.SERVICES)).referral_id
    assert rid is not None
    services.referrals.accept(carer, rid)
    return carer


def test_the_family_size_is_the_households_and_the_income_is_shared(
        qtbot: QtBot, services: Services, desk: Actor) -> None:
    carer = _family_of_three_on_a_services_case(services, desk)
    dialog = MealDecisionDialog(services, carer)
    qtbot.addWidget(dialog)
    dialog.show()
    assert dialog.household_size.value() == 3
    qtbot.keyClicks(dialog.place, "SP nr 1 w Lipowcu")
    qtbot.keyClicks(dialog.price, "6,50")
    qtbot.keyClicks(dialog.income, "3000,00")
    # 3 000,00 zł for three is 1 000,00 zł a person: within 200% of 823 zł (1 646 zł), free;
    # left at one person it read 3 000,00 zł, above the threshold, and the meal was charged.
    qtbot.waitUntil(lambda: "1 000,00" in dialog.terms.text().replace("\xa0", " "))
    assert "nieodpłatnie" in dialog.terms.text()


def test_the_care_decision_starts_at_the_households_size_too(
        qtbot: QtBot, services: Services, desk: Actor) -> None:
    """The same trap on the care decision: a family left at one person took a single
    person's fee band. The form starts at the register's household of the chosen case."""
    from ops_desktop.ui.services_team.care_decision_dialog import CareDecisionDialog

    carer = _family_of_three_on_a_services_case(services, desk)
    dialog = CareDecisionDialog(services, carer)
    qtbot.addWidget(dialog)
    dialog.show()
    assert dialog.household_size.value() == 3
    # Another team's case is not read: the count is the preparing team's to know.
    social = _staff(services, "socjalny", "Jan Socjalny", "pracownik socjalny",
                    frozenset({Role.SOCIAL_WORK}))
    case_id = dialog.case.currentData()
    with pytest.raises(DomainError):
        services.care_decisions.household_size(social, case_id)
