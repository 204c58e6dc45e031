"""The print centre's further papers (services/print_papers.py): the Niebieska Karta forms
A–D only for social work and the head (in the queue and when rendered), the statements of
an interview, programmes and calls to remedy defects, each with its kind filter."""

from __future__ import annotations

import io
from collections.abc import Iterator
from pathlib import Path

import pytest
from pypdf import PdfReader

from ops_desktop.domain.errors import ConflictError, PermissionDenied
from ops_desktop.services.context import Actor
from ops_desktop.services.demo import create_demo_office
from ops_desktop.services.hub import Services
from ops_desktop.services.print_centre import PrintItem, PrintKind, QueueFilter
from ops_desktop.services.procedural_acts import DefectCallInput
from tests.services.test_print_centre import TODAY, YEAR, staff

FORMS = {PrintKind.BLUE_CARD_FORM_A: "A", PrintKind.BLUE_CARD_FORM_B: "B",
         PrintKind.BLUE_CARD_FORM_C: "C", PrintKind.BLUE_CARD_FORM_D: "D"}
NEW = {*FORMS, PrintKind.ASSETS_STATEMENT, PrintKind.ELECTRONIC_STATEMENT,
       PrintKind.PROGRAMME, PrintKind.DEFECT_CALL}
SPECIAL = {*FORMS, PrintKind.BLUE_CARD_LETTER}  # violence: art. 7 pkt 7


@pytest.fixture(scope="module")
def office(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Services]:
    """The demo office with forms C and D recorded on a procedure and a call to remedy
    defects sent, today."""
    path: Path = tmp_path_factory.mktemp("print-papers") / "demo.sqlite"
    services = Services.open(f"sqlite:///{path}")
    create_demo_office(services, households=30)
    social = staff(services, "mkowalczyk")
    card = services.blue_cards.procedures(social)[0]
    for code in ("form_c", "form_d"):
        services.blue_cards.record_step(social, card.id, code, TODAY)
    benefits = staff(services, "kwisniewska")
    # The first open application that no decision (not even a draft) has taken yet: which
    # one that is depends on the day the demo office is made.
    for app in services.applications.page(benefits):
        try:
            services.procedural_acts.call_to_remedy(benefits, DefectCallInput(
                app.id, "brak podpisu", TODAY))
            break
        except ConflictError:
            continue
    else:
        raise AssertionError("the demo office has no application waiting for its decision")
    yield services
    services.close()


def _of(items: list[PrintItem], kind: PrintKind) -> list[PrintItem]:
    return [i for i in items if i.kind is kind]


def test_the_head_and_social_work_find_every_new_paper_by_its_kind(office: Services) -> None:
    for login in ("bzolkiewska", "mkowalczyk"):
        reader = staff(office, login)
        assert NEW - {PrintKind.DEFECT_CALL} <= set(office.print_centre.kinds(reader))
        for kind in NEW - ({PrintKind.DEFECT_CALL} if login == "mkowalczyk" else set()):
            chosen = office.print_centre.queue(
                reader, QueueFilter(YEAR.first, YEAR.last, frozenset({kind})))
            assert chosen and {i.kind for i in chosen} == {kind}, (login, kind)


def test_special_category_papers_never_reach_benefits_desk_or_services(
        office: Services) -> None:
    head = staff(office, "bzolkiewska")
    every = office.print_centre.queue(head, YEAR)
    papers = [_of(every, k)[0] for k in SPECIAL]
    for login in ("kwisniewska", "anowicka", "edabrowska"):
        reader = staff(office, login)
        assert not SPECIAL & set(office.print_centre.kinds(reader)), login
        assert not SPECIAL & {i.kind for i in office.print_centre.queue(reader, YEAR)}, login
        # asked for by kind, still nothing
        assert not office.print_centre.queue(
            reader, QueueFilter(YEAR.first, YEAR.last, frozenset(SPECIAL)))
        # and the service refuses the paper itself, whatever id it is given
        stack = office.print_centre.render(reader, papers)
        assert stack is not None and stack.pdf == b"" and not stack.printed
        assert all(isinstance(s.reason, PermissionDenied) for s in stack.skipped)
        card = next(i for i in papers if i.kind is PrintKind.BLUE_CARD_FORM_A)
        with pytest.raises(PermissionDenied):
            office.blue_card_forms.render(reader, card.record_id, "A")
    # the services team reads only its own cases' interviews, so only their statements
    services_worker = staff(office, "edabrowska")
    theirs = office.print_centre.queue(services_worker, QueueFilter(
        YEAR.first, YEAR.last, frozenset({PrintKind.ASSETS_STATEMENT})))
    assert {i.team for i in theirs} <= {"services"}


def test_each_new_paper_prints_through_the_queue_with_its_wording(office: Services) -> None:
    head = staff(office, "bzolkiewska")
    every = office.print_centre.queue(head, YEAR)
    chosen = [_of(every, k)[0] for k in sorted(NEW)]
    stack = office.print_centre.render(head, chosen)
    assert stack is not None and stack.printed == chosen and not stack.skipped
    for item in chosen:
        one = office.print_centre.render(head, [item])
        assert one is not None
        text = " ".join(p.extract_text() for p in PdfReader(io.BytesIO(one.pdf)).pages)
        flat = " ".join(text.split())
        if item.kind in FORMS:
            assert f"NIEBIESKA KARTA – {FORMS[item.kind]}" in flat.upper(), item.kind
        elif item.kind is PrintKind.ASSETS_STATEMENT:
            assert "majątkow" in flat, flat[:300]
        elif item.kind is PrintKind.ELECTRONIC_STATEMENT:
            assert "elektroniczn" in flat, flat[:300]
        if item.kind is PrintKind.BLUE_CARD_FORM_B:
            assert item.person_name.split()[-1] in flat  # the victim it was printed for
        elif item.case_sign:
            assert item.case_sign in flat, item.kind
    office.print_centre.record_printed(head, chosen, "Drukarka w pokoju 2", 1)
    logged = office.print_centre.recent_prints(head, len(chosen))
    assert {r.kind for r in logged} == {k.value for k in NEW}
