"""The office's vocabulary as codes: teams, roles, grounds (art. 7), channels, forms of help, statuses.

Codes are stable strings stored in the database; the screen and paper turn them into Polish
text (the UI through Qt translations, documents through `POLISH_*` tables kept here because
official papers are always in Polish whatever the UI language).
"""

from __future__ import annotations

from enum import StrEnum


class Team(StrEnum):
    """The default four-team split (DOMAIN.md §1). Offices may rename them; codes stay."""

    FIRST_CONTACT = "first_contact"
    BENEFITS = "benefits"
    SOCIAL_WORK = "social_work"
    SERVICES = "services"


DEFAULT_TEAM_NAMES: dict[Team, str] = {
    Team.FIRST_CONTACT: "Stanowisko ds. pierwszego kontaktu",
    Team.BENEFITS: "Zespół ds. świadczeń przyznawanych decyzją",
    Team.SOCIAL_WORK: "Zespół ds. pracy socjalnej",
    Team.SERVICES: "Zespół ds. usług",
}


class Role(StrEnum):
    """What a user may do; a person in a small office often holds several."""

    FIRST_CONTACT = "first_contact"
    BENEFITS = "benefits"
    SOCIAL_WORK = "social_work"
    SERVICES = "services"
    COORDINATOR = "coordinator"
    # Outside the teams: accounts and settings without case content, and the data-protection
    # officer (IOD) who reads the audit log and nothing else.
    ADMINISTRATOR = "administrator"
    AUDITOR = "auditor"


# The team whose inbox a role works from.
ROLE_TEAM: dict[Role, Team] = {
    Role.FIRST_CONTACT: Team.FIRST_CONTACT,
    Role.BENEFITS: Team.BENEFITS,
    Role.SOCIAL_WORK: Team.SOCIAL_WORK,
    Role.SERVICES: Team.SERVICES,
}


class Ground(StrEnum):
    """Art. 7 u.p.s. with the statutory numbering (7a kept, 10 repealed and never offered)."""

    POVERTY = "1"
    ORPHANHOOD = "2"
    HOMELESSNESS = "3"
    UNEMPLOYMENT = "4"
    DISABILITY = "5"
    LONG_ILLNESS = "6"
    DOMESTIC_VIOLENCE = "7"
    HUMAN_TRAFFICKING = "7a"
    MATERNITY = "8"
    HELPLESSNESS = "9"
    FOREIGNER_INTEGRATION = "11"
    AFTER_PRISON = "12"
    ADDICTION = "13"
    RANDOM_EVENT = "14"
    DISASTER = "15"
    OTHER = "other"


POLISH_GROUNDS: dict[Ground, str] = {
    Ground.POVERTY: "ubóstwo",
    Ground.ORPHANHOOD: "sieroctwo",
    Ground.HOMELESSNESS: "bezdomność",
    Ground.UNEMPLOYMENT: "bezrobocie",
    Ground.DISABILITY: "niepełnosprawność",
    Ground.LONG_ILLNESS: "długotrwała lub ciężka choroba",
    Ground.DOMESTIC_VIOLENCE: "przemoc domowa",
    Ground.HUMAN_TRAFFICKING: "potrzeba ochrony ofiar handlu ludźmi",
    Ground.MATERNITY: "potrzeba ochrony macierzyństwa lub wielodzietności",
    Ground.HELPLESSNESS: (
        "bezradność w sprawach opiekuńczo-wychowawczych i prowadzenia gospodarstwa domowego"
    ),
    Ground.FOREIGNER_INTEGRATION: "trudności w integracji cudzoziemców",
    Ground.AFTER_PRISON: "trudności w przystosowaniu do życia po zwolnieniu z zakładu karnego",
    Ground.ADDICTION: "alkoholizm lub narkomania",
    Ground.RANDOM_EVENT: "zdarzenie losowe i sytuacja kryzysowa",
    Ground.DISASTER: "klęska żywiołowa lub ekologiczna",
    Ground.OTHER: "inna okoliczność",
}


class Channel(StrEnum):
    IN_PERSON = "in_person"
    PHONE = "phone"
    LETTER = "letter"
    ELECTRONIC = "electronic"  # e-mail or ePUAP
    EX_OFFICIO = "ex_officio"


class IntakeOutcome(StrEnum):
    INFORMATION = "information"  # information or advice given, nothing more to do
    REFERRED = "referred"  # handed to a team by a referral
    APPLICATION = "application"  # an application registered at the desk


class ReferralStatus(StrEnum):
    PENDING = "pending"
    ACCEPTED = "accepted"
    RETURNED = "returned"


class BenefitForm(StrEnum):
    """Forms of help granted by decision that the benefits team handles in this version."""

    PERMANENT = "permanent"  # zasiłek stały, art. 37
    PERIODIC = "periodic"  # zasiłek okresowy, art. 38
    PURPOSE = "purpose"  # zasiłek celowy, art. 39
    SPECIAL_PURPOSE = "special_purpose"  # specjalny zasiłek celowy, art. 41 pkt 1


POLISH_FORMS: dict[BenefitForm, str] = {
    BenefitForm.PERMANENT: "zasiłek stały",
    BenefitForm.PERIODIC: "zasiłek okresowy",
    BenefitForm.PURPOSE: "zasiłek celowy",
    BenefitForm.SPECIAL_PURPOSE: "specjalny zasiłek celowy",
}


class CareKind(StrEnum):
    """Services granted by decision of the services team (art. 50 u.p.s.); stored as the
    decision's and its application's form, beside the benefits' BenefitForm codes."""

    CARE = "care_services"  # usługi opiekuńcze, art. 50 ust. 1–3
    SPECIALIST = "specialist_care"  # specjalistyczne usługi opiekuńcze, art. 50 ust. 4
    SPECIALIST_MENTAL = "specialist_care_mental"  # SUO dla osób z zaburzeniami psychicznymi
    NEIGHBOURHOOD = "neighbourhood_care"  # usługi sąsiedzkie, art. 50 ust. 3a (from 1.11.2023)


POLISH_CARE_KINDS: dict[CareKind, str] = {
    CareKind.CARE: "usługi opiekuńcze",
    CareKind.SPECIALIST: "specjalistyczne usługi opiekuńcze",
    CareKind.SPECIALIST_MENTAL: "specjalistyczne usługi opiekuńcze dla osób z zaburzeniami "
                                "psychicznymi",
    CareKind.NEIGHBOURHOOD: "usługi sąsiedzkie",
}
CARE_FORM_CODES = frozenset(k.value for k in CareKind)


def form_of(code: str) -> BenefitForm | CareKind:
    """A decision's or application's form: a benefit, or care granted by the services team."""
    return CareKind(code) if code in CARE_FORM_CODES else BenefitForm(code)


class ApplicationStatus(StrEnum):
    REGISTERED = "registered"
    DECIDED = "decided"
    WITHDRAWN = "withdrawn"
    # Postanowienia (KPA art. 97, 61a) and art. 64 § 2: what a procedural act left it as.
    SUSPENDED = "suspended"  # zawieszone: still open, no deadline runs (art. 35 § 5)
    NOT_OPENED = "not_opened"  # odmowa wszczęcia postępowania (art. 61a)
    LEFT_UNEXAMINED = "left_unexamined"  # pozostawione bez rozpoznania (art. 64 § 2)


class CloseReason(StrEnum):
    """Why a team closed a case (the office may word them differently on screen); "other"
    needs the reason in words."""

    GOAL_ACHIEVED = "goal_achieved"  # the help reached its aim, the situation is resolved
    MATTER_DECIDED = "matter_decided"  # the administrative matter was settled by decision
    DECLINED = "declined"  # the person gave up the help
    NO_COOPERATION = "no_cooperation"  # the person does not cooperate (art. 11 u.p.s.)
    MOVED_AWAY = "moved_away"  # moved to another gmina: no longer this office's matter
    DEATH = "death"
    OTHER = "other"


class DecisionKind(StrEnum):
    GRANT = "grant"
    REFUSAL = "refusal"
    # Umorzenie postępowania (KPA art. 105) after the party withdrew the application: it
    # grants and refuses nothing, so it is no benefit decision in the statistics.
    DISCONTINUANCE = "discontinuance"
    # Postanowienia (KPA art. 123–126), signed like decisions; what each does is in
    # resources/law/acts.json (domain/act_kinds.py).
    REFUSAL_TO_OPEN = "refusal_to_open"  # art. 61a
    SUSPENSION = "suspension"  # art. 97 § 1 pkt 4
    RESUMPTION = "resumption"  # art. 101 § 1
    RECTIFICATION = "rectification"  # art. 113 § 1, names the act it corrects


# The kinds that decide on a benefit (granted or refused), as the MRPiPS-03 counts them.
BENEFIT_DECISION_KINDS = (DecisionKind.GRANT, DecisionKind.REFUSAL)
# The kinds that are postanowienia, not decisions: they decide no benefit.
ORDER_KINDS = (DecisionKind.REFUSAL_TO_OPEN, DecisionKind.SUSPENSION, DecisionKind.RESUMPTION,
               DecisionKind.RECTIFICATION)


class WithdrawalManner(StrEnum):
    """How the party withdrew an application: by a letter, or orally, recorded in a protocol."""

    IN_WRITING = "in_writing"
    ORALLY_RECORDED = "orally_recorded"


POLISH_WITHDRAWAL_MANNERS: dict[WithdrawalManner, str] = {
    WithdrawalManner.IN_WRITING: "na piśmie",
    WithdrawalManner.ORALLY_RECORDED: "ustnie do protokołu",
}


class DecisionStatus(StrEnum):
    DRAFT = "draft"
    SIGNED = "signed"


class PaymentMethod(StrEnum):
    BANK_TRANSFER = "bank_transfer"
    CASH = "cash"


POLISH_PAYMENT_METHODS: dict[PaymentMethod, str] = {
    PaymentMethod.BANK_TRANSFER: "przelewem na rachunek bankowy",
    PaymentMethod.CASH: "w kasie Ośrodka",
}


class Relation(StrEnum):
    """A household member's relation to the applicant."""

    APPLICANT = "applicant"
    SPOUSE = "spouse"
    PARTNER = "partner"
    CHILD = "child"
    PARENT = "parent"
    SIBLING = "sibling"
    GRANDCHILD = "grandchild"
    GRANDPARENT = "grandparent"
    OTHER_RELATIVE = "other_relative"
    UNRELATED = "unrelated"


class Sex(StrEnum):
    FEMALE = "F"
    MALE = "M"


# The kinship word by the member's sex: (male, female, sex unknown). "Małżonek" for a wife is
# wrong on paper; when the sex is not recorded the word names both.
POLISH_RELATION_FORMS: dict[Relation, tuple[str, str, str]] = {
    Relation.APPLICANT: ("wnioskodawca", "wnioskodawczyni", "wnioskodawca/wnioskodawczyni"),
    Relation.SPOUSE: ("małżonek", "małżonka", "małżonek/małżonka"),
    Relation.PARTNER: ("partner", "partnerka", "partner/partnerka"),
    Relation.CHILD: ("syn", "córka", "dziecko"),
    Relation.PARENT: ("ojciec", "matka", "rodzic"),
    Relation.SIBLING: ("brat", "siostra", "rodzeństwo"),
    Relation.GRANDCHILD: ("wnuk", "wnuczka", "wnuk/wnuczka"),
    Relation.GRANDPARENT: ("dziadek", "babcia", "dziadek/babcia"),
    Relation.OTHER_RELATIVE: ("inny krewny", "inna krewna", "inny krewny/inna krewna"),
    Relation.UNRELATED: ("osoba niespokrewniona",) * 3,
}


# The word when the sex is not known: the relation as a category.
POLISH_RELATIONS: dict[Relation, str] = {r: forms[2] for r, forms in POLISH_RELATION_FORMS.items()}


def polish_relation(relation: Relation, sex: Sex | None) -> str:
    """The kinship word for a member of this sex ("córka", "małżonka"); neutral when unknown."""
    male, female, unknown = POLISH_RELATION_FORMS[relation]
    return male if sex is Sex.MALE else female if sex is Sex.FEMALE else unknown


class IdDocumentType(StrEnum):
    """For clients without a PESEL (foreigners, some homeless persons): never a fake PESEL."""

    ID_CARD = "id_card"
    PASSPORT = "passport"
    RESIDENCE_CARD = "residence_card"
    OTHER = "other"


class NoteKind(StrEnum):
    """What a social worker's note records (DOMAIN.md §1, §9); readable only by that team and the head."""

    NOTE = "note"  # notatka służbowa
    INTERVIEW = "interview"  # wywiad środowiskowy
    HOME_VISIT = "home_visit"  # wizyta w miejscu zamieszkania, monitoring
    FAMILY_WORK = "family_work"  # praca z rodziną
    # Work of the diagnostic-support group under the Niebieska Karta procedure: the most
    # sensitive kind, kept apart on screen.
    NIEBIESKA_KARTA = "niebieska_karta"


POLISH_NOTE_KINDS: dict[NoteKind, str] = {
    NoteKind.NOTE: "notatka służbowa",
    NoteKind.INTERVIEW: "wywiad środowiskowy",
    NoteKind.HOME_VISIT: "wizyta w miejscu zamieszkania",
    NoteKind.FAMILY_WORK: "praca z rodziną",
    NoteKind.NIEBIESKA_KARTA: "Niebieska Karta – działania grupy diagnostyczno-pomocowej",
}
