"""Whether another PC's change may be applied here: its author's roles and the kind of row.

A change is checked as a local one would be: by the author's roles as this PC knows them
(domain/permissions.py). The check is per table (which permissions may write it at all),
and per act for signing (who may sign it), not per use case: it stops a PC whose user could
never touch a table or sign its acts, not every finer misuse.
"""

from __future__ import annotations

from ops_desktop.domain.permissions import Permission, permissions_of
from ops_desktop.domain.vocabulary import Role
from ops_desktop.storage.anonymisation import ANONYMISE
from ops_desktop.storage.change_feed import is_signing
from ops_desktop.storage.key_slots import sane_travelling
from ops_desktop.storage.replica import INSERT, UPDATE, Incoming, Target
from ops_desktop.storage.replication import REPLICATED, Kind

P = Permission
SIGNED = "signed"
# The reason a change to a signed act is not applied; not kept waiting (exchange/sync.py).
SIGNED_ACT = "signed_act"

# Any one of these lets an author write the table (insert, change or delete its rows).
WRITERS: dict[str, frozenset[Permission]] = {
    # The head merging two records of one person writes the survivor's chosen values.
    "persons": frozenset({P.REGISTER_PERSON, P.UPDATE_PERSON, P.MERGE_PERSONS}),
    "households": frozenset({P.REGISTER_PERSON, P.UPDATE_PERSON}),
    "household_members": frozenset({P.REGISTER_PERSON, P.UPDATE_PERSON}),
    # The head hands a case to another worker (services/caseload.py) with OVERSEE_TEAMS.
    # Leaving an application unexamined (KPA art. 64 § 2) closes its case
    # (services/procedural_acts.py).
    "cases": frozenset({P.DECIDE_REFERRAL, P.REGISTER_APPLICATION, P.CLOSE_CASE,
                        P.OVERSEE_TEAMS, P.PREPARE_DECISION}),
    "intakes": frozenset({P.RECORD_INTAKE}),
    "referrals": frozenset({P.RECORD_INTAKE, P.DECIDE_REFERRAL}),
    "referral_forwards": frozenset({P.DECIDE_REFERRAL}),
    # The services that write an application: registering, its facts and «brak dochodów»
    # (recording incomes), a withdrawal (preparing the discontinuance), signing (its status).
    # An SKO's remittal (services/appeals.py) reopens the application. A care decision's
    # application is written with its draft (services/care_decisions.py).
    "applications": frozenset({P.REGISTER_APPLICATION, P.ASSESS_APPLICATION, P.RECORD_INCOMES,
                               P.PREPARE_DECISION, P.SIGN_DECISION, P.MANAGE_DEADLINES,
                               P.HANDLE_APPEALS, P.PREPARE_CARE_DECISION}),
    # KPA deadlines (services/deadlines.py): the benefits team and the head.
    "deadline_pauses": frozenset({P.MANAGE_DEADLINES}),
    "delay_notices": frozenset({P.MANAGE_DEADLINES}),
    "incomes": frozenset({P.RECORD_INCOMES}),
    "decisions": frozenset({P.PREPARE_DECISION, P.SIGN_DECISION, P.PREPARE_CARE_DECISION}),
    "social_work_notes": frozenset({P.WRITE_SOCIAL_WORK_NOTES}),
    "social_work_log": frozenset({P.WRITE_SOCIAL_WORK_LOG}),
    # Care services: the services team and the head (services/care_services.py).
    "care_orders": frozenset({P.WRITE_CARE_SERVICES}),
    "care_deliveries": frozenset({P.WRITE_CARE_SERVICES}),
    "care_bills": frozenset({P.WRITE_CARE_SERVICES}),
    # A care decision's terms: whoever prepares care decisions (services/care_decisions.py).
    "care_decision_terms": frozenset({P.PREPARE_CARE_DECISION}),
    "care_bill_payments": frozenset({P.WRITE_CARE_SERVICES}),
    # Providers, the schedule, carers' hours, supervision (services/care_providers.py, …).
    "care_providers": frozenset({P.WRITE_CARE_SERVICES}),
    "care_carers": frozenset({P.WRITE_CARE_SERVICES}),
    "care_assignments": frozenset({P.WRITE_CARE_SERVICES}),
    "care_schedule": frozenset({P.WRITE_CARE_SERVICES}),
    "care_hours": frozenset({P.WRITE_CARE_SERVICES}),
    "care_supervisions": frozenset({P.WRITE_CARE_SERVICES}),
    "blue_cards": frozenset({P.WRITE_BLUE_CARD}),
    "blue_card_parties": frozenset({P.WRITE_BLUE_CARD}),
    "blue_card_steps": frozenset({P.WRITE_BLUE_CARD}),
    # The head confirming a grant writes the user's roles (services/grants.py).
    "users": frozenset({P.MANAGE_USERS, P.CONFIRM_GRANTS}),
    "pending_grants": frozenset({P.MANAGE_USERS, P.CONFIRM_GRANTS}),
    "social_contracts": frozenset({P.WRITE_SOCIAL_CONTRACTS}),
    "plan_actions": frozenset({P.WRITE_SOCIAL_CONTRACTS, P.WRITE_PROGRAMMES}),
    "plan_reviews": frozenset({P.WRITE_SOCIAL_CONTRACTS, P.WRITE_PROGRAMMES}),
    "programmes": frozenset({P.WRITE_PROGRAMMES}),
    "interviews": frozenset({P.WRITE_INTERVIEWS}),
    "interview_links": frozenset({P.LINK_INTERVIEWS}),
    # Benefits prepare a payment list (and its items); the coordinator approves it.
    "payment_lists": frozenset({P.PREPARE_PAYMENT_LIST, P.APPROVE_PAYMENT_LIST}),
    "payment_items": frozenset({P.PREPARE_PAYMENT_LIST}),
    # Returns are recorded by benefits and set re-issued by the list that pays them again;
    # claims, their instalments, payments and deductions are the benefits team's.
    "payment_returns": frozenset({P.RECORD_PAYMENT_RETURNS, P.PREPARE_PAYMENT_LIST}),
    "undue_claims": frozenset({P.MANAGE_UNDUE_CLAIMS}),
    "claim_instalments": frozenset({P.MANAGE_UNDUE_CLAIMS}),
    "claim_movements": frozenset({P.MANAGE_UNDUE_CLAIMS, P.PREPARE_PAYMENT_LIST}),
    "appeals": frozenset({P.HANDLE_APPEALS}),
    # Service packages (services/packages.py): the head edits the catalogue, the desk gives a
    # package (its parts with it), the delivering team records how far its part has come.
    "service_packages": frozenset({P.MANAGE_PACKAGES}),
    "package_assignments": frozenset({P.ASSIGN_PACKAGE}),
    "package_parts": frozenset({P.ASSIGN_PACKAGE, P.RECORD_PACKAGE_PROGRESS}),
    # DPS placements and shelters: the services team prepares (or benefits, where the head
    # hands the kind over: services/preparing_teams.py), the head signs.
    "dps_homes": frozenset({P.WRITE_PLACEMENTS}),
    "dps_costs": frozenset({P.WRITE_PLACEMENTS}),
    "dps_decisions": frozenset({P.WRITE_PLACEMENTS, P.PREPARE_SERVICE_DECISION,
                                P.SIGN_DECISION}),
    "shelters": frozenset({P.WRITE_PLACEMENTS}),
    "shelter_changes": frozenset({P.WRITE_PLACEMENTS}),
    "shelter_decisions": frozenset({P.WRITE_PLACEMENTS, P.PREPARE_SERVICE_DECISION,
                                    P.SIGN_DECISION}),
    # Posiłek: the services team prepares (or benefits, as above) and records the meals
    # given, the head signs.
    "meal_decisions": frozenset({P.WRITE_PLACEMENTS, P.PREPARE_SERVICE_DECISION,
                                 P.SIGN_DECISION}),
    "meal_months": frozenset({P.WRITE_PLACEMENTS}),
    "authorisations": frozenset({P.MANAGE_USERS}),
    "teams": frozenset({P.MANAGE_SETTINGS}),
    "settings": frozenset({P.MANAGE_SETTINGS}),
    "office_members": frozenset({P.MANAGE_SETTINGS}),
    "sync_conflicts": frozenset({P.OVERSEE_TEAMS}),
    "person_merges": frozenset({P.MERGE_PERSONS}),
}

ANONYMISERS = frozenset({P.ANONYMISE_PERSONS})

# The office settings the head writes without administering the office: which team prepares
# each kind of services decision (services/preparing_teams.py SETTING_KEYS; the head holds
# OVERSEE_TEAMS, not MANAGE_SETTINGS). Without this the head's choice stayed on the head's PC.
HEAD_SETTINGS = frozenset({"care_decisions_team", "meal_decisions_team",
                           "shelter_decisions_team", "dps_decisions_team"})

# Signing makes a draft a legal act, and only the signing permission does it, even where the
# table's other writers prepare the drafts: the services team prepares care, DPS, shelter and
# meal decisions, the head signs them. Without this, a tampered program on a services PC could
# send its own draft as signed and every PC would take it. The plans (contracts,
# programmes) are signed by the workers who write them, so their writers are their signers.
SIGNERS: dict[str, frozenset[Permission]] = {
    "decisions": frozenset({P.SIGN_DECISION}),
    "dps_decisions": frozenset({P.SIGN_DECISION}),
    "shelter_decisions": frozenset({P.SIGN_DECISION}),
    "meal_decisions": frozenset({P.SIGN_DECISION}),
}

# Rows the program itself writes without a signed-in user: the office's settings at set-up,
# the default teams, a PC joining, a conflict entry.
PROGRAM_WRITES = frozenset({"settings", "teams", "office_members", "sync_conflicts"})

# What a colleague changes on their own account wherever they sign in (a new password and
# the key slot it opens travel together, services/key_upkeep.py).
OWN_ACCOUNT_FIELDS = frozenset({"password_hash", "must_change_password", "password_slot"})
# Another person's key slot is written only by an administrator (a new account, a reset, a
# switch-off): the head confirming a grant writes the account's roles, never its slot.
KEY_SLOT = "password_slot"
KEY_SLOT_WRITERS = frozenset({P.MANAGE_USERS})
# The reason a key slot out of bounds (Argon2 asking for gigabytes, not a slot) is refused.
BAD_KEY_SLOT = "bad_key_slot"


# A signed contract or programme still takes its ending, once, wherever it is recorded (the
# store's triggers refuse a second one: storage/triggers.py); nothing else of it changes.
ENDED_PLANS = frozenset({"social_contracts", "programmes"})
PLAN_ENDING = frozenset({"ended_on", "end_reason", "end_note", "updated_at", "updated_by",
                         "version"})


def is_plan_ending(change: Incoming) -> bool:
    return (change.table in ENDED_PLANS and change.op == UPDATE
            and set(change.fields) <= PLAN_ENDING)


# A check of care or a complaint is closed by whoever of the services team closes it, not only
# by who recorded it: the closing travels although the record is otherwise the author's.
SUPERVISION_CLOSING = frozenset({"closed_on", "outcome", "recommendations", "fix_by",
                                 "closed_by_name", "updated_at", "updated_by", "version"})


def is_supervision_closing(change: Incoming) -> bool:
    return (change.table == "care_supervisions" and change.op == UPDATE
            and set(change.fields) <= SUPERVISION_CLOSING)


# A record merged into another is marked so by each PC itself, from the merge's record
# (storage/person_merge.py): the program never sends the pointer, so a change carrying one
# was not made by it – taken, it would hide a person from every search with nothing moved.
MERGE_POINTER = "merged_into_id"
MERGE_BY_EDIT = "merge_by_edit"


def refusal(change: Incoming, target: Target, author_active: bool, roles: str) -> str | None:
    """None when the change may be applied, else the reason it is quarantined."""
    kind = REPLICATED[change.table]
    touches_existing = target.exists and change.op != INSERT
    if (kind is Kind.SIGNED_ACT and touches_existing and target.status == SIGNED
            and not is_signing(change.table, change.fields)
            and not is_plan_ending(change)):
        # An edit or the dropping of the draft that was signed meanwhile: the signing wins
        # (the exchange settles it, exchange/sync.py). A second signing of the same draft
        # is checked like any change and decided by replica.apply (storage/double_signing.py).
        return SIGNED_ACT
    if (kind is Kind.APPEND_ONLY and touches_existing and not is_supervision_closing(change)
            and change.author != (None if target.created_by is None else str(target.created_by))):
        return "append_only"
    if (change.table == "users" and change.fields.get(KEY_SLOT) is not None
            and not sane_travelling(change.fields[KEY_SLOT])):
        # Never stored, so never tried at a sign-in on this PC (storage/key_slots.py).
        return BAD_KEY_SLOT
    if change.table == "persons" and change.fields.get(MERGE_POINTER) is not None:
        return MERGE_BY_EDIT
    if change.author is None:
        return None if change.table in PROGRAM_WRITES else "unknown_author"
    if not author_active:
        return "unknown_author"
    if (change.table == "users" and change.row == change.author
            and set(change.fields) <= OWN_ACCOUNT_FIELDS):
        return None
    try:
        held = frozenset(Role(r) for r in roles.split(",") if r)
    except ValueError:
        return "not_permitted"
    # The head's anonymisation is done here too only if its author may anonymise.
    needed = ANONYMISERS if change.op == ANONYMISE else WRITERS[change.table]
    if change.table == "users" and KEY_SLOT in change.fields:
        needed = KEY_SLOT_WRITERS
    elif change.table == "settings" and change.row in HEAD_SETTINGS:
        needed = needed | {P.OVERSEE_TEAMS}
    elif change.table in SIGNERS and is_signing(change.table, change.fields):
        needed = SIGNERS[change.table]
    if not permissions_of(held) & needed:
        return "not_permitted"
    return None
