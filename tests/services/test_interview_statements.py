"""The statements printed from a family interview, on a real SQLite file: the statement of
assets carries the register's person and household and the answers its rubrics name, blank
lines for the rest; the statement after an electronic interview its day and worker, or a
blank line when the day is not recorded; printing is for who reads the interview, logged."""

from __future__ import annotations

import datetime as dt
import io
import uuid

import pytest
from pypdf import PdfReader

from ops_desktop.domain.errors import PermissionDenied, ValidationError
from ops_desktop.domain.vocabulary import Relation, Role, Sex
from ops_desktop.services.context import Actor
from ops_desktop.services.hub import Services
from ops_desktop.services.interview_statements import Statement
from ops_desktop.services.persons import MemberInput

from tests.conftest import _staff

from .helpers import (
    PESEL_MAN_1944,
    PESEL_WOMAN_1985,
    SECRET,
    foreigner,
    interview_answers,
    person,
)
from .test_interviews import YESTERDAY, _case

LINE = "……………………"  # documents/lines.BLANK
CAR = "Samochód osobowy Fiat Panda z 2008 r."


def _text(pdf: bytes) -> str:
    return " ".join(" ".join(p.extract_text() for p in PdfReader(io.BytesIO(pdf)).pages).split())


def _interview(services: Services, worker: Actor, case_id: uuid.UUID,
               answers: dict[str, dict[str, str]] | None = None, conducted: bool = True
               ) -> uuid.UUID:
    opened = services.interviews.open(worker, case_id, YESTERDAY)
    services.interviews.save(worker, opened.id, answers or interview_answers(),
                             YESTERDAY if conducted else None, "dom" if conducted else "")
    return opened.id


@pytest.fixture
def household(services: Services, desk: Actor) -> uuid.UUID:
    """Jan Żółkiewski (the applicant, PESEL) and his wife Anna."""
    return services.persons.register_household(desk, person(sex=Sex.MALE), [MemberInput(
        Relation.SPOUSE, person("Anna", "Żółkiewska", PESEL_WOMAN_1985, sex=Sex.FEMALE))])


def test_the_statement_of_assets_carries_only_what_the_program_holds(
        services: Services, desk: Actor, social_worker: Actor, household: uuid.UUID) -> None:
    case_id = _case(services, desk, social_worker, pid=household)
    answers = interview_answers(B={"assets": CAR})
    made = _interview(services, social_worker, case_id, answers)
    text = _text(services.interview_statements.render(social_worker, made, Statement.ASSETS))
    assert "OŚWIADCZENIE O STANIE MAJĄTKOWYM" in text

    assert f"Ja, niżej podpisana/podpisany: Jan Żółkiewski PESEL: {PESEL_MAN_1944}" in text
    assert f"dokument tożsamości: {LINE}" in text  # the register holds none
    assert "ul. Polna" in text
    assert "1. Jan Żółkiewski 14.05.1944 wnioskodawca" in text
    assert "2. Anna Żółkiewska 17.12.1985 małżonka" in text
    assert "zajmowany lokal: rodzaj i tytuł prawny mieszkanie komunalne" in text
    assert f"IV. Inne informacje o stanie majątkowym {CAR}" in text
    # Rubrics the interview does not hold: lines to fill by hand, never a value.
    assert "I. Zasoby pieniężne (środki pieniężne w walucie polskiej i obcej, papiery " \
           "wartościowe) …………" in text
    assert "III. Składniki mienia ruchomego o znacznej wartości (w tym środki transportu) " \
           "…………" in text
    assert "zł" not in text.replace("złożenie", "")
    assert f"{LINE}, dnia {LINE} r." in text and "Do potwierdzenia" in text
    assert SECRET not in text and "Opał na zimę" not in text  # other answers stay off


def test_without_the_answers_the_rubrics_are_blank_and_relations_only_for_the_applicant(
        services: Services, desk: Actor, social_worker: Actor, household: uuid.UUID) -> None:
    wife = next(m.person_id for m in services.persons.household(desk, household)
                if m.person_id != household)
    made = _interview(services, social_worker, _case(services, desk, social_worker, pid=wife),
                      {"H": {"needs": "opał"}})
    text = _text(services.interview_statements.render(social_worker, made, Statement.ASSETS))
    assert "Ja, niżej podpisana/podpisany: Anna Żółkiewska PESEL: 85121711202" in text
    # Her household's relations are to Jan, the applicant: not printed as hers.
    assert "małżonka" not in text and "wnioskodawca" not in text
    assert "tytuł prawny …………" in text and "majątkowym …………" in text
    other = services.persons.register_household(desk, foreigner(), [])
    made = _interview(services, social_worker, _case(services, desk, social_worker, pid=other))
    text = _text(services.interview_statements.render(social_worker, made, Statement.ASSETS))
    assert "dokument tożsamości: paszport FX123456" in text and f"PESEL: {LINE}" in text


def test_the_electronic_interview_statement_names_its_day_and_worker(
        services: Services, desk: Actor, social_worker: Actor, household: uuid.UUID) -> None:
    case_id = _case(services, desk, social_worker, pid=household)
    done = _interview(services, social_worker, case_id)
    text = _text(services.interview_statements.render(social_worker, done, Statement.ELECTRONIC))
    assert "OŚWIADCZENIE" in text and "art. 107 ust. 5g" in text
    assert (f"przeprowadzonego ze mną dnia {YESTERDAY:%d.%m.%Y} r. przez pracownika socjalnego "
            f"{social_worker.full_name} za pomocą środków komunikacji elektronicznej") in text
    assert "załącznik nr 2" in text and "Jan Żółkiewski" in text
    not_yet = _interview(services, social_worker, case_id, conducted=False)
    text = _text(services.interview_statements.render(social_worker, not_yet,
                                                      Statement.ELECTRONIC))
    assert f"ze mną dnia {LINE} r." in text  # no day recorded: a line, not today's date


def test_who_reads_the_interview_prints_and_each_print_is_logged(
        services: Services, desk: Actor, social_worker: Actor, benefits_worker: Actor,
        coordinator: Actor, auditor: Actor, household: uuid.UUID) -> None:
    made = _interview(services, social_worker,
                      _case(services, desk, social_worker, pid=household))
    carer = _staff(services, "carer", "Ewa Usługowa", "opiekunka", frozenset({Role.SERVICES}))
    for outsider in (desk, benefits_worker, auditor, carer):
        with pytest.raises(PermissionDenied):
            services.interview_statements.render(outsider, made, Statement.ASSETS)
    with pytest.raises(ValidationError):
        services.interview_statements.render(social_worker, made, "assets")  # type: ignore[arg-type]
    services.interview_statements.render(coordinator, made, Statement.ASSETS)
    services.interview_statements.render(social_worker, made, Statement.ELECTRONIC)
    printed = [e for e in services.audit.entries(auditor, limit=500)
               if e.action == "print" and e.entity == "interviews"]
    assert sorted(e.details for e in printed) == [(("statement", "assets"),),
                                                  (("statement", "electronic"),)]
    assert {(e.entity_id, e.person_id) for e in printed} == {(str(made), household)}
    assert not any(SECRET in repr(e) for e in services.audit.entries(auditor, limit=500))

