"""Which tables travel between the PCs of an office, and how; which stay on one PC, and why.

Every table of the store is declared here (tests/exchange/test_declaration.py fails for one
that is not): a new table must be thought about, not replicated or left out by accident.
"""

from __future__ import annotations

import enum
import functools

from ops_desktop.storage.models import Base


class Kind(enum.StrEnum):
    MUTABLE = "mutable"  # fields change; concurrent edits of one field: last writer by clock
    APPEND_ONLY = "append_only"  # rows are added; an edit is the author's own correction
    SIGNED_ACT = "signed_act"  # a draft changes like MUTABLE; once signed, never again


REPLICATED: dict[str, Kind] = {
    "settings": Kind.MUTABLE,  # the office's data on paper, case-sign symbols (not LOCAL_SETTINGS)
    "teams": Kind.MUTABLE,
    "users": Kind.MUTABLE,  # a colleague signs in on any PC (not LOCAL_COLUMNS)
    "authorisations": Kind.MUTABLE,
    "pending_grants": Kind.MUTABLE,  # asked on one PC, confirmed on another (the head's)
    "households": Kind.MUTABLE,
    "persons": Kind.MUTABLE,
    "household_members": Kind.MUTABLE,
    "cases": Kind.MUTABLE,
    "intakes": Kind.APPEND_ONLY,
    "referrals": Kind.MUTABLE,
    "referral_forwards": Kind.APPEND_ONLY,
    "applications": Kind.MUTABLE,
    "incomes": Kind.MUTABLE,
    "decisions": Kind.SIGNED_ACT,
    "social_work_notes": Kind.APPEND_ONLY,
    # Dziennik pracy socjalnej: its author corrects or withdraws (a tombstone) an entry.
    "social_work_log": Kind.APPEND_ONLY,
    # Usługi opiekuńcze: orders and monthly hours change; an issued bill never does (a
    # correction is a new bill), so bills are only ever added.
    "care_orders": Kind.MUTABLE,
    "care_deliveries": Kind.MUTABLE,
    "care_bills": Kind.APPEND_ONLY,
    # The terms of a care decision change with its draft; once it is signed the store's
    # triggers refuse any change (storage/triggers.py).
    "care_decision_terms": Kind.MUTABLE,
    # A fee paid against a bill: recorded, never changed (the bill neither).
    "care_bill_payments": Kind.APPEND_ONLY,
    # Providers, carers, who serves whom and the weekly schedule change; each carer's hours
    # change (a month typed again, a wrong day removed); a check or complaint is recorded.
    "care_providers": Kind.MUTABLE,
    "care_carers": Kind.MUTABLE,
    "care_assignments": Kind.MUTABLE,
    "care_schedule": Kind.MUTABLE,
    "care_hours": Kind.MUTABLE,
    "care_supervisions": Kind.APPEND_ONLY,
    # Kontrakt socjalny and its annexes; their actions change only while the contract is a
    # draft (the store's triggers refuse after signing), reviews are added.
    "social_contracts": Kind.SIGNED_ACT,
    "plan_actions": Kind.MUTABLE,
    "plan_reviews": Kind.APPEND_ONLY,
    # Individual programmes and help plans: kept as contracts are (their actions and reviews
    # are plan_actions / plan_reviews above).
    "programmes": Kind.SIGNED_ACT,
    # Family interviews change while drafts; a completed one is frozen by the service once a
    # signed decision relies on it. A link's id is its application's (one per application).
    "interviews": Kind.MUTABLE,
    "interview_links": Kind.MUTABLE,
    # Niebieska Karta: the procedure changes (someone absent, its closing); its parties and
    # its steps are added, each step once.
    "blue_cards": Kind.MUTABLE,
    "blue_card_parties": Kind.APPEND_ONLY,
    "blue_card_steps": Kind.APPEND_ONLY,
    # Payment lists change while drafts; an approved list and its items never again (the
    # store's triggers refuse, as for a signed act): a correction is a new list.
    "payment_lists": Kind.MUTABLE,
    "payment_items": Kind.MUTABLE,
    # A returned transfer is its own record (the approved list never changes); its re-issue
    # is set when a later list takes it. A claim's terms and instalments are kept as the
    # recovery decision set them; payments and deductions lower it (a deduction is final
    # with its approved list, storage/triggers.py).
    "payment_returns": Kind.MUTABLE,
    "undue_claims": Kind.MUTABLE,
    "claim_instalments": Kind.MUTABLE,
    "claim_movements": Kind.MUTABLE,
    # KPA deadlines: periods that do not count and notices of delay are only ever added.
    "deadline_pauses": Kind.APPEND_ONLY,
    "delay_notices": Kind.APPEND_ONLY,
    # Appeals move on (forwarded, the SKO's outcome); the appealed decision never changes.
    "appeals": Kind.MUTABLE,
    # Service packages: the coordinator edits a group's package (its parts one field); a given
    # package names its parts, whose states the delivering teams move on.
    "service_packages": Kind.MUTABLE,
    # DPS placements and shelters (services/placements.py, services/shelters.py): the homes,
    # their dated costs and the register of shelter places are edited; a change of the
    # register is only ever added (the voivode's report lists it); decisions are signed acts.
    "dps_homes": Kind.MUTABLE,
    "dps_costs": Kind.MUTABLE,
    "dps_decisions": Kind.SIGNED_ACT,
    "shelters": Kind.MUTABLE,
    "shelter_changes": Kind.MUTABLE,
    "shelter_decisions": Kind.SIGNED_ACT,
    # Posiłek (services/meals.py): decisions are signed acts; a month's meals given is the
    # count the school or canteen reported, corrected in place.
    "meal_decisions": Kind.SIGNED_ACT,
    "meal_months": Kind.MUTABLE,
    "package_assignments": Kind.APPEND_ONLY,
    "package_parts": Kind.MUTABLE,
    "office_members": Kind.MUTABLE,
    "sync_conflicts": Kind.MUTABLE,
    # Two records of one person merged by the head: a fact, never changed; each PC moves the
    # duplicate's references itself when it arrives (storage/person_merge.py).
    "person_merges": Kind.APPEND_ONLY,
}

LOCAL: dict[str, str] = {
    # Each PC numbers its own registers (with its member code in the number), so counters
    # never travel: two PCs apart would otherwise hand out the same number.
    "sign_counters": "per-PC registers of numbers",
    # Each PC's log is its own hash chain of what happened on that PC (changes that came
    # from another PC are logged there as made by their author).
    "audit_log": "this PC's own hash-chained log",
    "exchange_state": "this PC's office membership, key, clock and watermarks",
    "exchange_outbox": "this PC's changes waiting to travel",
    "exchange_field_stamps": "the clock stamp of each field's value as this PC holds it",
    "exchange_quarantine": "incoming changes this PC refused",
    # Copies of the other PCs' audit logs, checked by `verify`; each PC's own log is its own.
    "exchange_member_audit": "the other PCs' audit logs as they sent them",
}

# Settings that belong to one PC: where it writes its backups and with which passphrase,
# when it last did, whether this file is the demo office, the head's own saved lists (the
# exchange takes settings only from those who manage them: services/adhoc_lists.py).
LOCAL_SETTINGS_PREFIXES: tuple[str, ...] = ("backup_", "demo_office", "adhoc_list:")

# Columns of a replicated table that belong to one PC: sign-in failures lock an account on
# the PC where they happened; the bookkeeping columns are each PC's own (every PC's audit
# log says who changed what when; `version` counts the changes this PC applied).
LOCAL_COLUMNS: dict[str, frozenset[str]] = {
    "users": frozenset({"failed_sign_ins", "locked_until", "last_sign_in_at"}),
}
BOOKKEEPING: frozenset[str] = frozenset({"version", "updated_at", "updated_by"})


def is_local_setting(key: str) -> bool:
    return key.startswith(LOCAL_SETTINGS_PREFIXES)


@functools.cache  # asked for every change captured or applied; the schema is fixed
def replicated_columns(table: str) -> tuple[str, ...]:
    """The columns of a replicated table that travel, in the table's order."""
    local = LOCAL_COLUMNS.get(table, frozenset()) | BOOKKEEPING
    return tuple(c.name for c in Base.metadata.tables[table].columns if c.name not in local)


def undeclared() -> set[str]:
    """Tables of the store declared neither replicated nor local."""
    return set(Base.metadata.tables) - set(REPLICATED) - set(LOCAL)
