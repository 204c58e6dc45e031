"""The plain data of the social-work team's papers: the family interview and its statements,
the kontrakt socjalny and the individual programme (one shape, laid out by
documents/plan_paper.py), Niebieska Karta's forms and letter. Services fill these and
documents/ lays them out; nothing here loads reportlab, so a service that only fills a paper
does not load the PDF library at the program's start.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from typing import Protocol

from ops_desktop.documents.data import OfficeOnPaper
from ops_desktop.domain.blue_card_forms import FormTitle, Passage
from ops_desktop.domain.contracts import Assessment, ContractTexts, EndReason, Party, Variant
from ops_desktop.domain.interview_statements import AssetsWording, ElectronicWording
from ops_desktop.domain.interviews import Answers, Part
from ops_desktop.domain.plans import Action, Goal, Period, Review
from ops_desktop.domain.programmes import ProgrammeKind


@dataclass(frozen=True)
class FormALetter:
    office: OfficeOnPaper
    case_sign: str
    written_on: dt.date
    form_a_on: dt.date
    filled_by: str
    victims: int
    using_violence: int
    due_on: dt.date  # the last working day form A may reach the chair
    source: str  # the regulation the procedure follows
    worker_name: str
    worker_position: str
    unconfirmed: str  # why the wording is marked, from the data ("" when confirmed)


@dataclass(frozen=True)
class PersonOnForm:
    name: str
    pesel: str  # "" when the register holds none
    birth_date: dt.date | None
    address: str


@dataclass(frozen=True)
class PersonsOnForm:
    title: str  # "Osoby doznające przemocy domowej"
    persons: tuple[PersonOnForm, ...]


@dataclass(frozen=True)
class RecordedForm:
    """Form A, C or D as recorded in the program."""

    office: OfficeOnPaper
    form: FormTitle
    source: str
    case_sign: str
    form_a_on: dt.date
    filled_on: dt.date
    filled_by: str  # A: the institution and person; C, D: the group
    recorded_by: str  # who recorded the form in the program
    groups: tuple[PersonsOnForm, ...]
    note: str
    printed_on: dt.date


@dataclass(frozen=True)
class FormB:
    """Form B for one person experiencing violence."""

    office: OfficeOnPaper
    form: FormTitle
    source: str
    victim_name: str
    passages: tuple[Passage, ...]
    worker_name: str
    worker_position: str


class PlanFacts(Protocol):
    """What a kontrakt socjalny and an individual programme (or help plan) record alike, as
    the services' views of both hold it."""

    @property
    def case_sign(self) -> str: ...
    @property
    def signed(self) -> bool: ...
    @property
    def signed_on(self) -> dt.date | None: ...
    @property
    def parties(self) -> tuple[Party, ...]: ...
    @property
    def worker_name(self) -> str: ...
    @property
    def worker_phone(self) -> str: ...
    @property
    def main_goal(self) -> str: ...
    @property
    def specific_goals(self) -> tuple[Goal, ...]: ...
    @property
    def actions(self) -> tuple[Action, ...]: ...
    @property
    def period(self) -> Period: ...
    @property
    def reviews(self) -> tuple[Review, ...]: ...
    @property
    def ended_on(self) -> dt.date | None: ...
    @property
    def end_reason(self) -> EndReason | None: ...


@dataclass(frozen=True)
class PlanOnPaper:
    """The shape a kontrakt socjalny and an individual programme share on paper: who agreed
    it with whom, the goals, the actions table, the period, and its monitoring
    (documents/plan_paper.py lays these parts out for both)."""

    office: OfficeOnPaper
    case_sign: str
    draft: bool
    signed_on: dt.date | None
    parties: tuple[Party, ...]
    worker_name: str
    worker_phone: str
    main_goal: str
    specific_goals: tuple[Goal, ...]
    actions: tuple[Action, ...]
    starts_on: dt.date
    ends_on: dt.date
    reviews: tuple[Review, ...] = ()
    ended_on: dt.date | None = None
    end_reason: EndReason | None = None

    @classmethod
    def of(cls, office: OfficeOnPaper, facts: PlanFacts) -> PlanOnPaper:
        return cls(office=office, case_sign=facts.case_sign, draft=not facts.signed,
                   signed_on=facts.signed_on, parties=facts.parties,
                   worker_name=facts.worker_name, worker_phone=facts.worker_phone,
                   main_goal=facts.main_goal, specific_goals=facts.specific_goals,
                   actions=facts.actions, starts_on=facts.period.starts_on,
                   ends_on=facts.period.ends_on, reviews=facts.reviews,
                   ended_on=facts.ended_on, end_reason=facts.end_reason)


@dataclass(frozen=True)
class ContractOnPaper:
    plan: PlanOnPaper
    texts: ContractTexts
    variant: Variant
    labour_office_referral: str
    assessment: Assessment
    clause: str
    annex_text: str = ""
    annex_of_signed_on: dt.date | None = None  # an annex: the day the contract was made


@dataclass(frozen=True)
class StatementPerson:
    name: str
    pesel: str
    birth_date: dt.date | None
    document: str  # "dowód osobisty ABC123456", "" when the register holds none
    address: str


@dataclass(frozen=True)
class HouseholdLine:
    name: str
    birth_date: dt.date | None
    relation: str  # "" when the register's relation is not to this person


@dataclass(frozen=True)
class AssetsStatement:
    office: OfficeOnPaper
    wording: AssetsWording
    source: str
    case_sign: str
    person: StatementPerson
    household: tuple[HouseholdLine, ...]
    rubrics: tuple[tuple[str, str], ...]  # (rubric, what the interview recorded or "")


@dataclass(frozen=True)
class ElectronicStatement:
    office: OfficeOnPaper
    wording: ElectronicWording
    source: str
    case_sign: str
    person: StatementPerson
    conducted_on: dt.date | None
    worker_name: str


@dataclass(frozen=True)
class InterviewOnPaper:
    office: OfficeOnPaper
    title: str
    source: str
    case_sign: str
    person_name: str
    part: Part
    answers: Answers
    learned_on: dt.date
    urgent: bool
    due_on: dt.date
    conducted_on: dt.date | None
    place: str
    worker_name: str
    draft: bool
    updates_conducted_on: dt.date | None = None  # Part IV: the interview it updates


@dataclass(frozen=True)
class ProgrammeOnPaper:
    plan: PlanOnPaper
    kind: ProgrammeKind
    diagnosis: str
    interview_on: dt.date | None = None  # a help plan: the day the interview was conducted