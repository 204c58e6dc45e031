"""Who may do what: the permission matrix, the office's team separation as a security model.

DOMAIN.md §10: access on a need-to-know basis. Benefits staff need incomes and decisions,
not social-work narratives; nobody outside the social-work team (and the head, who
supervises it) reads its notes or Niebieska Karta records; the administrator keeps
accounts and settings running without reading case content; the data-protection officer
(auditor) reads the audit log and nothing else. A user may hold several roles and gets the
union of their permissions. The services check this matrix on every call; hiding tabs in
the window is only a convenience on top.
"""

from __future__ import annotations

from enum import StrEnum

from ops_desktop.domain.vocabulary import Ground, Role


class Permission(StrEnum):
    # persons and the first-contact desk
    SEARCH_PERSONS = "search_persons"
    READ_PERSON_FILE = "read_person_file"
    REGISTER_PERSON = "register_person"
    UPDATE_PERSON = "update_person"
    RECORD_INTAKE = "record_intake"
    READ_INTAKE_NARRATIVE = "read_intake_narrative"
    PRINT_REFERRAL_SLIP = "print_referral_slip"
    # inboxes and cases (also limited to the actor's own teams)
    READ_INBOX = "read_inbox"
    DECIDE_REFERRAL = "decide_referral"
    READ_RETURNED = "read_returned"
    READ_CASES = "read_cases"
    CLOSE_CASE = "close_case"  # and reopen it: the team carrying the case, and the head
    # benefits: the administrative procedure
    REGISTER_APPLICATION = "register_application"
    READ_APPLICATIONS = "read_applications"
    READ_INCOMES = "read_incomes"
    RECORD_INCOMES = "record_incomes"
    ASSESS_APPLICATION = "assess_application"
    PREPARE_DECISION = "prepare_decision"
    READ_DECISIONS = "read_decisions"
    SIGN_DECISION = "sign_decision"  # and only with a valid authorisation (upoważnienie)
    PRINT_DECISION = "print_decision"
    # KPA deadlines: marking a case particularly complicated, periods that do not count,
    # notices of delay (art. 36) and printing them
    MANAGE_DEADLINES = "manage_deadlines"
    # appeals (odwołania, KPA art. 127–140): benefits register, grant in full (art. 132) or
    # forward to the SKO (art. 133) and record its outcome; the head watches the 7 days
    READ_APPEALS = "read_appeals"
    HANDLE_APPEALS = "handle_appeals"
    # payment lists: benefits prepare, the head approves (never who prepared it); the lists
    # name payees and their bank accounts, so nobody else reads them (need to know)
    READ_PAYMENT_LISTS = "read_payment_lists"
    PREPARE_PAYMENT_LIST = "prepare_payment_list"
    APPROVE_PAYMENT_LIST = "approve_payment_list"
    # returned transfers and undue benefits (art. 104 u.p.s.), and a person's payment
    # register: the same need to know as the lists (payees, accounts, debts)
    RECORD_PAYMENT_RETURNS = "record_payment_returns"
    MANAGE_UNDUE_CLAIMS = "manage_undue_claims"
    READ_PAYMENT_REGISTER = "read_payment_register"
    # social work: narratives, interviews, Niebieska Karta
    READ_SOCIAL_WORK_NOTES = "read_social_work_notes"
    WRITE_SOCIAL_WORK_NOTES = "write_social_work_notes"
    # Niebieska Karta: social work records the procedure; the head reads and records too
    READ_BLUE_CARD = "read_blue_card"
    WRITE_BLUE_CARD = "write_blue_card"
    # dziennik pracy socjalnej: quick entries of social work done (the head reads and writes)
    READ_SOCIAL_WORK_LOG = "read_social_work_log"
    WRITE_SOCIAL_WORK_LOG = "write_social_work_log"
    # usługi opiekuńcze: orders, monthly hours and bills (the services team and the head);
    # the scope of care is a health fact, so no other team reads them
    READ_CARE_SERVICES = "read_care_services"
    # decisions granting care (usługi opiekuńcze, SUO, usługi sąsiedzkie): prepared by the
    # services team, or by benefits where the office hands them over (services/care_decisions.py)
    PREPARE_CARE_DECISION = "prepare_care_decision"
    # decisions granting posiłek, schronienie and a DPS placement (with its art. 61 fee
    # decision): the services team, or benefits per kind where the office hands them over
    # (services/preparing_teams.py); reading the placements' registers stays the services'
    PREPARE_SERVICE_DECISION = "prepare_service_decision"
    WRITE_CARE_SERVICES = "write_care_services"
    # DPS placements with their fee decisions (relatives' incomes), shelters and the register
    # of shelter places: the services team and the head
    READ_PLACEMENTS = "read_placements"
    WRITE_PLACEMENTS = "write_placements"
    # kontrakt socjalny: drawn up, signed, reviewed and ended by the social-work team
    READ_SOCIAL_CONTRACTS = "read_social_contracts"
    WRITE_SOCIAL_CONTRACTS = "write_social_contracts"
    # that a person broke a contract, and when (a possible art. 11 ust. 2 ground): no more
    READ_BROKEN_CONTRACTS = "read_broken_contracts"
    # individual programmes (social work) and help plans after an interview (social work,
    # and the services team for its own clients): the head reads them and writes neither
    READ_PROGRAMMES = "read_programmes"
    WRITE_PROGRAMMES = "write_programmes"
    # rodzinny wywiad środowiskowy: conducted by social work, and by the services team for its
    # own clients; the benefits team links its application to one and learns only its date
    # and status (never the answers)
    READ_INTERVIEWS = "read_interviews"
    WRITE_INTERVIEWS = "write_interviews"
    LINK_INTERVIEWS = "link_interviews"
    # service packages for target groups: the desk reads the catalogue and gives a package,
    # the head edits the catalogue and sees the packages in use, each delivering team
    # records how far its own parts have come
    READ_PACKAGES = "read_packages"
    ASSIGN_PACKAGE = "assign_package"
    MANAGE_PACKAGES = "manage_packages"
    RECORD_PACKAGE_PROGRESS = "record_package_progress"
    # the head's supervision and the controller's duties towards data subjects
    OVERSEE_TEAMS = "oversee_teams"
    EXPORT_PERSON_DATA = "export_person_data"
    ANONYMISE_PERSONS = "anonymise_persons"
    # merging two records of one person (storage/person_merge.py): the head only – the
    # merge moves cases, acts and notes of every team, which only the head oversees
    MERGE_PERSONS = "merge_persons"
    VIEW_STATISTICS = "view_statistics"  # the half-year and yearly figures (MRPiPS-03)
    # keeping the program running
    MANAGE_USERS = "manage_users"
    MANAGE_SETTINGS = "manage_settings"
    MANAGE_BACKUPS = "manage_backups"
    # the second pair of eyes on a grant of privilege (accounts.GrantService)
    CONFIRM_GRANTS = "confirm_grants"
    # the data-protection officer
    READ_AUDIT_LOG = "read_audit_log"


P = Permission

# What every team member does with persons, whatever the team.
_TEAM_COMMON = frozenset({
    P.SEARCH_PERSONS, P.READ_PERSON_FILE, P.REGISTER_PERSON, P.UPDATE_PERSON,
    P.PRINT_REFERRAL_SLIP, P.READ_INBOX, P.DECIDE_REFERRAL, P.READ_RETURNED, P.READ_CASES,
    P.CLOSE_CASE,
})

_FIRST_CONTACT = _TEAM_COMMON | {P.RECORD_INTAKE, P.READ_INTAKE_NARRATIVE, P.REGISTER_APPLICATION,
                                 P.READ_PACKAGES, P.ASSIGN_PACKAGE}

_BENEFITS = _TEAM_COMMON | {
    P.REGISTER_APPLICATION, P.READ_APPLICATIONS, P.READ_INCOMES, P.RECORD_INCOMES,
    P.ASSESS_APPLICATION, P.PREPARE_DECISION, P.READ_DECISIONS, P.SIGN_DECISION,
    P.PRINT_DECISION, P.READ_BROKEN_CONTRACTS, P.LINK_INTERVIEWS, P.READ_PAYMENT_LISTS,
    P.PREPARE_PAYMENT_LIST, P.RECORD_PAYMENT_RETURNS, P.MANAGE_UNDUE_CLAIMS,
    P.READ_PAYMENT_REGISTER, P.MANAGE_DEADLINES, P.READ_APPEALS, P.HANDLE_APPEALS,
    P.RECORD_PACKAGE_PROGRESS, P.PREPARE_CARE_DECISION, P.PREPARE_SERVICE_DECISION,
}

# The social-work team is referred to by the desk with the person's story, so it reads the
# intake narrative; benefits staff do not (they get the application, not the story).
_SOCIAL_WORK = _TEAM_COMMON | {
    P.READ_INTAKE_NARRATIVE, P.READ_SOCIAL_WORK_NOTES, P.WRITE_SOCIAL_WORK_NOTES,
    P.READ_SOCIAL_CONTRACTS, P.WRITE_SOCIAL_CONTRACTS, P.READ_SOCIAL_WORK_LOG,
    P.WRITE_SOCIAL_WORK_LOG, P.READ_INTERVIEWS, P.WRITE_INTERVIEWS, P.READ_BLUE_CARD,
    P.WRITE_BLUE_CARD, P.READ_PROGRAMMES, P.WRITE_PROGRAMMES, P.RECORD_PACKAGE_PROGRESS,
}

# The services team takes a case where first contact finds a need for services and runs
# the family interview itself (DOMAIN.md §1): on its own cases only (services/interviews.py).
_SERVICES = _TEAM_COMMON | {P.READ_INTAKE_NARRATIVE, P.READ_INTERVIEWS, P.WRITE_INTERVIEWS,
                            P.READ_CARE_SERVICES, P.WRITE_CARE_SERVICES, P.READ_PROGRAMMES,
                            P.WRITE_PROGRAMMES, P.RECORD_PACKAGE_PROGRESS,
                            P.PREPARE_CARE_DECISION, P.PREPARE_SERVICE_DECISION,
                            P.READ_PLACEMENTS, P.WRITE_PLACEMENTS}

# The head supervises every team, signs and prints, and answers data-subject requests.
# A kontrakt socjalny is agreed between the person and their social worker: the head reads
# it, and does not write it. Appeals are handled by the benefits team (its decisions are
# appealed); the head sees them and their 7 days, and signs the decision granting one.
_COORDINATOR = ((_FIRST_CONTACT | _BENEFITS | _SOCIAL_WORK | _SERVICES) | {
    P.OVERSEE_TEAMS, P.EXPORT_PERSON_DATA, P.ANONYMISE_PERSONS, P.MERGE_PERSONS,
    P.VIEW_STATISTICS,
    P.CONFIRM_GRANTS, P.APPROVE_PAYMENT_LIST, P.MANAGE_PACKAGES,
}) - {P.WRITE_SOCIAL_CONTRACTS, P.HANDLE_APPEALS, P.WRITE_PROGRAMMES}

_ADMINISTRATOR = frozenset({P.MANAGE_USERS, P.MANAGE_SETTINGS, P.MANAGE_BACKUPS,
                            P.CONFIRM_GRANTS})

# Roles whose grant needs a second person (services/grants.py): every role that reads case
# content, and the administrator, who could otherwise make accounts to give it to itself.
NEEDS_SECOND_PERSON: frozenset[Role] = frozenset({
    Role.COORDINATOR, Role.SOCIAL_WORK, Role.BENEFITS, Role.SERVICES, Role.FIRST_CONTACT,
    Role.ADMINISTRATOR,
})

_AUDITOR = frozenset({P.READ_AUDIT_LOG})

MATRIX: dict[Role, frozenset[Permission]] = {
    Role.FIRST_CONTACT: frozenset(_FIRST_CONTACT),
    Role.BENEFITS: frozenset(_BENEFITS),
    Role.SOCIAL_WORK: frozenset(_SOCIAL_WORK),
    Role.SERVICES: frozenset(_SERVICES),
    Role.COORDINATOR: frozenset(_COORDINATOR),
    Role.ADMINISTRATOR: _ADMINISTRATOR,
    Role.AUDITOR: _AUDITOR,
}


def permissions_of(roles: frozenset[Role] | set[Role]) -> frozenset[Permission]:
    """The union of what each role allows."""
    granted: set[Permission] = set()
    for role in roles:
        granted |= MATRIX[role]
    return frozenset(granted)


def allows(roles: frozenset[Role] | set[Role], permission: Permission) -> bool:
    return permission in permissions_of(roles)


# --- special-category grounds (art. 9 RODO) ----------------------------------------------
#
# Violence (art. 7 pkt 7), being a victim of human trafficking (pkt 7a), addiction (pkt 13)
# and health/disability (pkt 5, 6) are facts of a special category. An intake carrying one of them is a special-category entry: its
# grounds, its narrative and the reasons of its referrals reach only the readers below.
SPECIAL_GROUNDS = frozenset({
    Ground.DISABILITY, Ground.LONG_ILLNESS, Ground.DOMESTIC_VIOLENCE, Ground.HUMAN_TRAFFICKING,
    Ground.ADDICTION,
})

# Which special-category grounds each role reads on its own:
# - the desk records them, and reads what it recorded;
# - social work works with the whole situation (Niebieska Karta, addiction, illness);
# - the head supervises every team;
# - services organise care because of illness or disability (art. 50 u.p.s.), so they read
#   pkt 5 and 6, not violence, trafficking or addiction;
# - benefits decide on incomes: none by default. Where a ground is a legal basis of their
#   decision (disability for zasiłek stały, illness for zasiłek okresowy) the desk marks it
#   on the referral for them (`referrals.shared_grounds`), one referral at a time, so the
#   sharing is a deliberate act of the desk worker and visible in the audit log.
# Administrator and auditor read no case content at all.
_GROUNDS_READ: dict[Role, frozenset[Ground]] = {
    Role.FIRST_CONTACT: SPECIAL_GROUNDS,
    Role.SOCIAL_WORK: SPECIAL_GROUNDS,
    Role.COORDINATOR: SPECIAL_GROUNDS,
    Role.SERVICES: frozenset({Ground.DISABILITY, Ground.LONG_ILLNESS}),
    Role.BENEFITS: frozenset(),
}


def special_grounds_read(roles: frozenset[Role] | set[Role]) -> frozenset[Ground]:
    """The special-category grounds any of the roles reads without the desk marking them."""
    read: set[Ground] = set()
    for role in roles:
        read |= _GROUNDS_READ.get(role, frozenset())
    return frozenset(read)


def is_special(grounds: tuple[Ground, ...] | frozenset[Ground]) -> bool:
    return any(g in SPECIAL_GROUNDS for g in grounds)


def visible_grounds(grounds: tuple[Ground, ...], roles: frozenset[Role] | set[Role],
                    shared: frozenset[Ground] = frozenset()) -> tuple[Ground, ...]:
    """The grounds a reader with these roles sees, in their order: every ordinary ground,
    and the special ones the roles read or the desk shared with the reader's team."""
    allowed = special_grounds_read(roles) | shared
    return tuple(g for g in grounds if g not in SPECIAL_GROUNDS or g in allowed)


# --- the details of applications and decisions (a person's file) --------------------------
#
# A person's file lists the household's applications and decisions for every team: that an
# application was lodged, which form of help, and that a decision granted or refused it is
# what the desk and the teams route by. What the administrative procedure holds beyond that –
# the amount, the account it is paid to, the reasoning, the purpose of the help and the
# applicant's inability to work (a fact about health) – is read by the team that runs the
# procedure and by the head, who signs. Every other reader gets these fields blank.
DETAILS: dict[str, frozenset[str]] = {
    "decision": frozenset({"amount", "bank_account", "reasoning", "purpose"}),
    "application": frozenset({"purpose", "unable_to_work"}),
}

_DETAILS_READ: dict[Role, dict[str, frozenset[str]]] = {
    Role.BENEFITS: DETAILS,
    Role.COORDINATOR: DETAILS,
    Role.FIRST_CONTACT: {},
    Role.SOCIAL_WORK: {},
    Role.SERVICES: {},
}


def details_read(roles: frozenset[Role] | set[Role], view: str) -> frozenset[str]:
    """The restricted fields of `view` ("decision", "application") any of the roles reads."""
    read: set[str] = set()
    for role in roles:
        read |= _DETAILS_READ.get(role, {}).get(view, frozenset())
    return frozenset(read)
