"""The print centre's further kinds of paper (services/print_papers.py): the Niebieska Karta
forms A–D, the statements signed at a family interview, individual programmes and help
plans, and the calls to remedy formal defects. One grouped SELECT per kind, as in
storage/print_queries.py, naming each paper and never reading its content; and the two
look-ups a form's paper needs to find its procedure.
"""

from __future__ import annotations

import uuid
from typing import Any

from sqlalchemy import literal, select
from sqlalchemy.orm import Session

from ops_desktop.storage.models import (
    ApplicationRow,
    BlueCardPartyRow,
    BlueCardRow,
    BlueCardStepRow,
    CaseRow,
    ProgrammeRow,
    PersonRow,
)
from ops_desktop.storage.print_queries import PrintableRow, Span, _Author, _person_name, _run

VICTIM = "victim"  # domain/blue_card.PartyRole.VICTIM: form B is printed for each one
FORM_STEPS = {"C": "form_c", "D": "form_d"}  # domain/blue_card_forms.FORM_STEPS


def _blue_card_rows(session: Session, span: Span, row: Any, day: Any, author: Any,
                    person: Any, *where: Any) -> list[PrintableRow]:
    """A procedure's papers: a `row` of the procedure (its blue_card_id), dated `day`,
    named for `person`."""
    stmt = (select(row.id, day, CaseRow.team_code, author, _Author.full_name, person,
                   _person_name(), CaseRow.sign, literal(""), literal(""))
            .select_from(row)
            .join(BlueCardRow, BlueCardRow.id == row.blue_card_id)
            .join(CaseRow, CaseRow.id == BlueCardRow.case_id)
            .join(PersonRow, PersonRow.id == person)
            .outerjoin(_Author, _Author.id == author)
            .where(BlueCardRow.deleted_at.is_(None), row.deleted_at.is_(None), *where))
    return _run(session, stmt, day, CaseRow.team_code, author, span)


def blue_card_forms_b(session: Session, span: Span) -> list[PrintableRow]:
    """Form B, one per person form A names as experiencing violence (the record is that
    party), dated with form A and named for that person alone. (Form A is the procedure
    itself, listed as its letter is: storage/print_queries.blue_card_letters.)"""
    return _blue_card_rows(
        session, span, BlueCardPartyRow, BlueCardRow.form_a_on, BlueCardRow.recorded_by,
        BlueCardPartyRow.person_id, BlueCardPartyRow.role == VICTIM)


def _recorded_form(session: Session, span: Span, form: str) -> list[PrintableRow]:
    """Form C or D once the procedure records it (the record is that step), by its day."""
    return _blue_card_rows(
        session, span, BlueCardStepRow, BlueCardStepRow.done_on, BlueCardStepRow.recorded_by,
        CaseRow.person_id, BlueCardStepRow.kind == FORM_STEPS[form])


def blue_card_forms_c(session: Session, span: Span) -> list[PrintableRow]:
    return _recorded_form(session, span, "C")


def blue_card_forms_d(session: Session, span: Span) -> list[PrintableRow]:
    return _recorded_form(session, span, "D")


def blue_card_of_party(session: Session, party_id: uuid.UUID) -> tuple[uuid.UUID, uuid.UUID] | None:
    """(the procedure, the person) of a party row, or None."""
    row = session.execute(select(BlueCardPartyRow.blue_card_id, BlueCardPartyRow.person_id)
                          .where(BlueCardPartyRow.id == party_id,
                                 BlueCardPartyRow.deleted_at.is_(None))).first()
    return None if row is None else (row[0], row[1])


def blue_card_of_step(session: Session, step_id: uuid.UUID) -> tuple[uuid.UUID, None] | None:
    """(the procedure, no person) of a recorded step, or None."""
    card_id = session.execute(select(BlueCardStepRow.blue_card_id)
                              .where(BlueCardStepRow.id == step_id,
                                     BlueCardStepRow.deleted_at.is_(None))).scalar()
    return None if card_id is None else (card_id, None)


def _case_papers(session: Session, span: Span, row: Any, day: Any, author: Any, detail: Any,
                 *where: Any) -> list[PrintableRow]:
    """Papers of a record on a case of a person (`row` has case_id and person_id)."""
    stmt = (select(row.id, day, CaseRow.team_code, author, _Author.full_name, row.person_id,
                   _person_name(), CaseRow.sign, literal(""), detail)
            .join(CaseRow, CaseRow.id == row.case_id)
            .join(PersonRow, PersonRow.id == row.person_id)
            .outerjoin(_Author, _Author.id == author)
            .where(row.deleted_at.is_(None), *where))
    return _run(session, stmt, day, CaseRow.team_code, author, span)


def signed_programmes(session: Session, span: Span) -> list[PrintableRow]:
    """Signed individual programmes and help plans, by the day signed; detail their kind."""
    return _case_papers(session, span, ProgrammeRow, ProgrammeRow.signed_on,
                        ProgrammeRow.signed_by, ProgrammeRow.kind,
                        ProgrammeRow.status == "signed")


def defect_calls(session: Session, span: Span) -> list[PrintableRow]:
    """Calls to remedy formal defects (KPA art. 64 § 2), by the day called; the record is
    the application, which holds the call; detail its form of help."""
    return _case_papers(session, span, ApplicationRow, ApplicationRow.defects_called_on,
                        ApplicationRow.created_by, ApplicationRow.form,
                        ApplicationRow.defects_called_on.is_not(None))
