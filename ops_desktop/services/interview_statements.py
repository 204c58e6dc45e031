"""The statements a person signs at a family interview, printed from the interview: the
statement of assets and the statement after an interview taken by electronic means.

Who may print is who may read the interview (services/interviews.py: social work on its
cases, the services team on its own, the head). Each print is an audit entry naming the
interview, its person and the statement. The paper carries the register's data of the person
and the household, the answers the statement's rubrics name, and the interview's day and
worker; nothing else (documents/interview_statements.py).
"""

from __future__ import annotations

import uuid
from enum import StrEnum

from ops_desktop.documents.social_work_data import (
    AssetsStatement,
    ElectronicStatement,
    HouseholdLine,
    StatementPerson,
)
from ops_desktop.domain.errors import FieldError, ValidationError
from ops_desktop.domain.fields import INVALID
from ops_desktop.domain.interview_statements import InterviewStatements, interview_statements
from ops_desktop.domain.vocabulary import POLISH_RELATION_FORMS, Relation, Sex
from ops_desktop.services import mapping
from ops_desktop.services.context import Actor
from ops_desktop.services.interviews import ENTITY, InterviewService, InterviewView
from ops_desktop.services.office import OfficeService
from ops_desktop.storage import audit, queries
from ops_desktop.storage.database import Database, Session
from ops_desktop.storage.models import PersonRow


class Statement(StrEnum):
    ASSETS = "assets"  # oświadczenie o stanie majątkowym
    ELECTRONIC = "electronic"  # oświadczenie po wywiadzie przeprowadzonym elektronicznie


def _relation(relation: Relation, sex: str | None) -> str:
    forms = POLISH_RELATION_FORMS[relation]
    return forms[0] if sex == Sex.MALE.value else forms[1] if sex == Sex.FEMALE.value else forms[2]


def _person(row: PersonRow, texts: InterviewStatements) -> StatementPerson:
    kind = texts.document_name(row.id_document_type)
    document = f"{kind} {row.id_document_number}".strip() if row.id_document_number else ""
    return StatementPerson(mapping.full_name(row), row.pesel or "", row.birth_date, document,
                           mapping.address_line(row))


def _household(s: Session, row: PersonRow) -> tuple[HouseholdLine, ...]:
    """The register's household. Its relations are to the household's applicant, so they
    print only when the statement's person is that applicant."""
    household = None if row.household_id is None else queries.household_with_members(
        s, row.household_id)
    if household is None:
        return (HouseholdLine(mapping.full_name(row), row.birth_date, ""),)
    members = [m for m in household.members if m.deleted_at is None]
    own = next((m for m in members if m.person_id == row.id), None)
    relations = own is not None and own.relation == Relation.APPLICANT.value
    return tuple(HouseholdLine(mapping.full_name(m.person), m.person.birth_date,
                               _relation(Relation(m.relation), m.person.sex) if relations else "")
                 for m in members)


class InterviewStatementService:
    def __init__(self, db: Database) -> None:
        self.db = db

    def paper(self, actor: Actor, interview_id: uuid.UUID,
              statement: Statement) -> AssetsStatement | ElectronicStatement:
        """The statement as it prints; putting it on paper is logged."""
        if not isinstance(statement, Statement):
            raise ValidationError([FieldError("statement", INVALID)])
        # Reading the interview checks the actor may (its team's case) and logs the reading.
        view: InterviewView = InterviewService(self.db).interview(actor, interview_id)
        office = OfficeService(self.db).settings().on_paper()
        texts = interview_statements(view.form_valid_from)
        with self.db.session(actor.user_id) as s:
            row = queries.get(s, PersonRow, view.person_id)
            assert row is not None
            person, household = _person(row, texts), _household(s, row)
            audit.record(s, actor.user_id, "print", ENTITY, str(view.id), view.person_id,
                         {"statement": statement.value})
        if statement is Statement.ELECTRONIC:
            return ElectronicStatement(office, texts.electronic, texts.source, view.case_sign,
                                       person, view.conducted_on, view.worker_name)
        rubrics = tuple((r.title, r.answer(view.kind, view.answers))
                        for r in texts.assets.rubrics)
        return AssetsStatement(office, texts.assets, texts.source, view.case_sign, person,
                               household, rubrics)

    def render(self, actor: Actor, interview_id: uuid.UUID, statement: Statement) -> bytes:
        from ops_desktop.documents.interview_statements import (
            render_assets_statement,
            render_electronic_statement,
        )
        paper = self.paper(actor, interview_id, statement)
        if isinstance(paper, ElectronicStatement):
            return render_electronic_statement(paper)
        return render_assets_statement(paper)
