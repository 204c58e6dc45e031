"""Database triggers that keep legal acts and the audit log as they were written.

The services already refuse these changes; the triggers make the store itself refuse them,
so neither a bug nor a tool opening the file can rewrite a signed decision or the log.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass

SIGNED = "signed"

# What a signed decision says and who signed it: never changes, not even in anonymisation.
ACT_COLUMNS = (
    "id", "application_id", "person_id", "case_sign", "kind", "form", "amount_grosze",
    "period_from", "period_to", "payment_method", "household_size",
    "income_per_person_grosze", "criterion_grosze", "law_valid_from", "status", "issued_on",
    "signed_at", "signed_by", "signatory_name", "signatory_position", "authorisation_number",
    "office_snapshot", "law_source", "corrects_id", "created_at", "created_by", "deleted_at",
    "interview_on", "grounds", "party_sex",
    "first_month_grosze", "last_month_grosze", "withdrawn_on", "withdrawal_manner",
    "discontinuance_requested",
)
_ACT_UNCHANGED = " AND ".join(f"NEW.{c} IS OLD.{c}" for c in ACT_COLUMNS)
_PG_IS = "IS NOT DISTINCT FROM"

SIGN = "sign"
ANONYMISE = "anonymise"
# The conflict entry that keeps the later of two acts signed apart (storage/double_signing.py).
ACT_FIELD = "act"

# The party data retention blanks on a signed decision, and the value it blanks each to;
# the party's name becomes the anonymised person's name (personal_data_queries.anonymise).
PARTY_BLANK: dict[str, str | None] = {
    "party_address": "", "party_delivery_address": "", "party_pesel": None,
    "bank_account": None, "reasoning": "", "purpose": "", "party_dative": "", "other_ground": "",
    # Added by 0026_procedural_acts, last: a signing's entry hashes a prefix of these.
    "ruling_detail": "",
}
# Party columns by the revision that added them (a downgrade re-creates the triggers without).
PARTY_COLUMNS_ADDED_BY: dict[str, tuple[str, ...]] = {
    "0026_procedural_acts": ("ruling_detail",)}
PARTY_COLUMNS = ("party_name", *PARTY_BLANK)


def _blanked(same: str, newest: bool = False) -> str:
    """The retention check on a signed decision's party columns. Only the newest set names
    the columns later revisions added: an older era's set runs on a schema without them, and
    SQLite checks every trigger's columns whenever a later migration rebuilds any table."""
    later = {c for columns in PARTY_COLUMNS_ADDED_BY.values() for c in columns}
    return " AND ".join(f"NEW.{c} IS NULL" if v is None else f"NEW.{c} = ''"
                        for c, v in PARTY_BLANK.items() if newest or c not in later
                        ) + f" AND NEW.party_name {same} "


_ANONYMISED_NAME = ("(SELECT p.first_name || ' ' || p.last_name FROM persons p "
                    "WHERE p.id = NEW.person_id AND p.anonymised_at IS NOT NULL)")


def _sqlite_signed_immutable(blanked: str, superseded: str = "") -> str:
    """A signed decision takes no update but retention's; `blanked`: what retention must
    leave in the party's fields ("" in the set of 0002–0010, which checked nothing);
    `superseded`: the exchange's replacement of a later act by the first (0015 on)."""
    return f"""
    CREATE TRIGGER IF NOT EXISTS decisions_signed_immutable
    BEFORE UPDATE ON decisions
    WHEN OLD.status = '{SIGNED}' AND NOT (
        OLD.anonymised_at IS NULL AND NEW.anonymised_at IS NOT NULL AND {_ACT_UNCHANGED}{blanked}
    ){superseded}
    BEGIN
        SELECT RAISE(ABORT, 'signed decision is immutable');
    END
    """


def _pg_signed_decision_update(blanked: str, superseded: str = "") -> str:
    """The same for PostgreSQL: the act's columns are the trigger's arguments."""
    return f"""
    CREATE OR REPLACE FUNCTION ops_signed_decision_update() RETURNS trigger
    LANGUAGE plpgsql AS $$
    DECLARE
        old_row jsonb := to_jsonb(OLD);
        new_row jsonb := to_jsonb(NEW);
    BEGIN{superseded}
        IF OLD.anonymised_at IS NULL AND NEW.anonymised_at IS NOT NULL{blanked} THEN
            FOR i IN 0 .. TG_NARGS - 1 LOOP
                IF old_row -> TG_ARGV[i] IS DISTINCT FROM new_row -> TG_ARGV[i] THEN
                    RAISE EXCEPTION 'signed decision is immutable'
                        USING ERRCODE = 'restrict_violation';
                END IF;
            END LOOP;
            RETURN NEW;
        END IF;
        RAISE EXCEPTION 'signed decision is immutable' USING ERRCODE = 'restrict_violation';
    END
    $$
    """


# The protection as migrations 0002–0010 created it; those migrations run against the schema
# of their own revision, so they keep creating this set (create_triggers_without), and
# 0012_anchors replaces it with CREATE_TRIGGERS below.
_SQLITE_CREATE_0010 = (
    # A signed decision is a legal act: no update, except that retention anonymisation may
    # once replace its party's personal data (party, account, reasoning, purpose) – every
    # column of the act itself must stay as it was (the service also audits the change).
    _sqlite_signed_immutable(""),
    f"""
    CREATE TRIGGER IF NOT EXISTS decisions_signed_undeletable
    BEFORE DELETE ON decisions
    WHEN OLD.status = '{SIGNED}'
    BEGIN
        SELECT RAISE(ABORT, 'signed decision is immutable');
    END
    """,
    """
    CREATE TRIGGER IF NOT EXISTS audit_log_no_delete
    BEFORE DELETE ON audit_log
    BEGIN
        SELECT RAISE(ABORT, 'audit log is append-only');
    END
    """,
    # The one permitted update: blanking the field-level changes of an entry during
    # anonymisation; every hashed column stays as it was.
    """
    CREATE TRIGGER IF NOT EXISTS audit_log_no_update
    BEFORE UPDATE ON audit_log
    WHEN NOT (
        NEW.changes IS NULL AND NEW.redacted_at IS NOT NULL AND OLD.redacted_at IS NULL
        AND NEW.seq = OLD.seq AND NEW.at = OLD.at AND NEW.actor_id IS OLD.actor_id
        AND NEW.action = OLD.action AND NEW.entity = OLD.entity
        AND NEW.entity_id IS OLD.entity_id AND NEW.person_id IS OLD.person_id
        AND NEW.changes_digest = OLD.changes_digest AND NEW.prev_hash = OLD.prev_hash
        AND NEW.hash = OLD.hash
    )
    BEGIN
        SELECT RAISE(ABORT, 'audit log is append-only');
    END
    """,
)

_SQLITE_DROP = (
    "DROP TRIGGER IF EXISTS decisions_signed_immutable",
    "DROP TRIGGER IF EXISTS decisions_signed_undeletable",
    "DROP TRIGGER IF EXISTS audit_log_no_delete",
    "DROP TRIGGER IF EXISTS audit_log_no_update",
)

# PostgreSQL: the same rules as PL/pgSQL triggers, refusing as an integrity error (SQLSTATE
# 23001, like SQLite's RAISE(ABORT)); `IS NOT DISTINCT FROM` is SQLite's `IS`. A trigger's
# WHEN clause is checked against the table when it is created, so the act's columns are
# compared inside a function instead, by name, through each row as JSON: a column a later
# migration adds to ACT_COLUMNS is simply absent (equal on both sides) until it exists.
# CREATE OR REPLACE, so a migration that changes ACT_COLUMNS runs CREATE_TRIGGERS again.
_PG_ACT_ARGS = ", ".join(f"'{c}'" for c in ACT_COLUMNS)

_POSTGRESQL_CREATE_0010 = (
    """
    CREATE OR REPLACE FUNCTION ops_refuse_change() RETURNS trigger LANGUAGE plpgsql AS $$
    BEGIN
        RAISE EXCEPTION '%', TG_ARGV[0] USING ERRCODE = 'restrict_violation';
    END
    $$
    """,
    # Retention anonymisation may once replace the party's data; the act (the columns named
    # in the trigger's arguments) must stay as it was.
    _pg_signed_decision_update(""),
    f"""
    CREATE OR REPLACE TRIGGER decisions_signed_immutable
    BEFORE UPDATE ON decisions FOR EACH ROW
    WHEN (OLD.status = '{SIGNED}')
    EXECUTE FUNCTION ops_signed_decision_update({_PG_ACT_ARGS})
    """,
    f"""
    CREATE OR REPLACE TRIGGER decisions_signed_undeletable
    BEFORE DELETE ON decisions FOR EACH ROW
    WHEN (OLD.status = '{SIGNED}')
    EXECUTE FUNCTION ops_refuse_change('signed decision is immutable')
    """,
    """
    CREATE OR REPLACE TRIGGER audit_log_no_delete
    BEFORE DELETE ON audit_log FOR EACH ROW
    EXECUTE FUNCTION ops_refuse_change('audit log is append-only')
    """,
    # TRUNCATE skips row triggers: refuse it as a statement.
    """
    CREATE OR REPLACE TRIGGER audit_log_no_truncate
    BEFORE TRUNCATE ON audit_log FOR EACH STATEMENT
    EXECUTE FUNCTION ops_refuse_change('audit log is append-only')
    """,
    """
    CREATE OR REPLACE TRIGGER audit_log_no_update
    BEFORE UPDATE ON audit_log FOR EACH ROW
    WHEN (NOT (
        NEW.changes IS NULL AND NEW.redacted_at IS NOT NULL AND OLD.redacted_at IS NULL
        AND NEW.seq = OLD.seq AND NEW.at = OLD.at
        AND NEW.actor_id IS NOT DISTINCT FROM OLD.actor_id
        AND NEW.action = OLD.action AND NEW.entity = OLD.entity
        AND NEW.entity_id IS NOT DISTINCT FROM OLD.entity_id
        AND NEW.person_id IS NOT DISTINCT FROM OLD.person_id
        AND NEW.changes_digest = OLD.changes_digest AND NEW.prev_hash = OLD.prev_hash
        AND NEW.hash = OLD.hash
    ))
    EXECUTE FUNCTION ops_refuse_change('audit log is append-only')
    """,
)

_POSTGRESQL_DROP = (
    "DROP TRIGGER IF EXISTS decisions_signed_immutable ON decisions",
    "DROP TRIGGER IF EXISTS decisions_signed_undeletable ON decisions",
    "DROP TRIGGER IF EXISTS audit_log_no_delete ON audit_log",
    "DROP TRIGGER IF EXISTS audit_log_no_truncate ON audit_log",
    "DROP TRIGGER IF EXISTS audit_log_no_update ON audit_log",
    "DROP FUNCTION IF EXISTS ops_refuse_change()",
    "DROP FUNCTION IF EXISTS ops_signed_decision_update()",
)


# --- the protection since 0012_anchors --------------------------------------------------
#
# Three holes of the set above are closed here:
# - Retention's exemption took any party data together with `anonymised_at`: one UPDATE
#   could set a new bank account and reasoning on a person who was never anonymised. Now
#   the person's own row must already be anonymised (the routine anonymises persons first,
#   in the same transaction) and every party field must be exactly its blank value.
# - A row could be inserted already signed, or a draft switched to signed, by any tool.
#   The signing service writes the signing's audit entry (action 'sign', entity_id the
#   decision's id, carrying the hash of the act: storage/acts.py) before the UPDATE that
#   signs, in the same transaction; the trigger refuses a signed row that has no such entry.
#   A trigger cannot compute the act's hash itself (SQLite has no SHA-256), so it checks
#   that the entry exists and `ops-desktop verify` checks the hash: whoever forges an entry
#   too must write it into the hash chain, where the act's content and the chain's anchors
#   (storage/anchors.py) are compared with it.
# - Redaction blanked any entry's changes. Now only entries of a person whose row is
#   anonymised and whose anonymisation is already an entry of the chain, never a signing's.


def _redaction(same: str) -> str:
    """The one permitted update of an audit entry, as a condition on OLD and NEW."""
    kept = " AND ".join(f"NEW.{c} {same} OLD.{c}" for c in (
        "seq", "at", "actor_id", "action", "entity", "entity_id", "person_id",
        "changes_digest", "prev_hash", "hash"))
    return (f"NEW.changes IS NULL AND NEW.redacted_at IS NOT NULL AND OLD.redacted_at IS NULL "
            f"AND {kept} AND OLD.action <> '{SIGN}' "
            "AND EXISTS (SELECT 1 FROM persons p WHERE p.id = OLD.person_id "
            "AND p.anonymised_at IS NOT NULL) "
            f"AND EXISTS (SELECT 1 FROM audit_log a WHERE a.action = '{ANONYMISE}' "
            "AND a.person_id = OLD.person_id)")


# SQLite keeps a UUID as 32 hex digits, the log names it as text with hyphens: the entry
# is looked up by the exact text, so the partial index on signing entries serves it.
_SQLITE_ID_TEXT = ("substr(NEW.id, 1, 8) || '-' || substr(NEW.id, 9, 4) || '-' || "
                   "substr(NEW.id, 13, 4) || '-' || substr(NEW.id, 17, 4) || '-' || "
                   "substr(NEW.id, 21)")


def _signing_entry(id_text: str) -> str:
    return (f"EXISTS (SELECT 1 FROM audit_log WHERE action = '{SIGN}' "
            f"AND entity = 'decisions' AND entity_id = {id_text})")


NO_SIGNING = "signed decision without its signing"


# --- the exchange's one replacement of a signed act (0016_double_signing) -------------------
# One draft signed on two PCs while apart: every PC keeps the act signed first, and the PC
# holding the later one replaces it (storage/double_signing.py). The store lets a signed row
# change so only when the act in the row (OLD) is already kept whole in its conflict entry,
# named by its signing time, and the row stays signed; the replacing act's signing entry is
# required as for any signing. Only the exchange writes such entries; `verify` checks the row against the new
# signing entry and the kept copy against the replaced act's signing entry, so a planted
# entry does not hide a rewritten act.


def _superseded(id_text: str, same: str, moment: Callable[[str, tuple[str, ...]], str]) -> str:
    """The replacement's condition; `moment`: the time at a path of a JSON column, and of a
    column, comparable. Both acts of one draft bear its case sign: they differ in when (and
    mostly by whom) they were signed."""
    lost = moment("c.lost_value", ("act", "signed_at"))
    return (f"NEW.status = '{SIGNED}' AND NEW.id {same} OLD.id AND {_signing_entry(id_text)} "
            f"AND EXISTS (SELECT 1 FROM sync_conflicts c WHERE c.table_name = 'decisions' "
            f"AND c.field = '{ACT_FIELD}' AND c.row_id = {id_text} "
            f"AND {lost} = {moment('OLD.signed_at', ())})")


def _sqlite_moment(value: str, path: tuple[str, ...]) -> str:
    """julianday reads the ISO text of the entry (…T…) and the column's (… …) alike."""
    return f"julianday(json_extract({value}, '$.{'.'.join(path)}'))" if path else (
        f"julianday({value})")


def _pg_moment(value: str, path: tuple[str, ...]) -> str:
    return f"({value}::jsonb #>> '{{{','.join(path)}}}')::timestamp" if path else value

_SQLITE_CREATE_0012 = (
    _sqlite_signed_immutable(f"\n        AND {_blanked('IS')}{_ANONYMISED_NAME}"),
    _SQLITE_CREATE_0010[1],  # decisions_signed_undeletable
    f"""
    CREATE TRIGGER IF NOT EXISTS decisions_signed_insert
    BEFORE INSERT ON decisions
    WHEN NEW.status = '{SIGNED}' AND NOT {_signing_entry(_SQLITE_ID_TEXT)}
    BEGIN
        SELECT RAISE(ABORT, '{NO_SIGNING}');
    END
    """,
    f"""
    CREATE TRIGGER IF NOT EXISTS decisions_signing
    BEFORE UPDATE ON decisions
    WHEN OLD.status IS NOT '{SIGNED}' AND NEW.status = '{SIGNED}'
        AND NOT {_signing_entry(_SQLITE_ID_TEXT)}
    BEGIN
        SELECT RAISE(ABORT, '{NO_SIGNING}');
    END
    """,
    _SQLITE_CREATE_0010[2],  # audit_log_no_delete
    f"""
    CREATE TRIGGER IF NOT EXISTS audit_log_no_update
    BEFORE UPDATE ON audit_log
    WHEN NOT ({_redaction("IS")})
    BEGIN
        SELECT RAISE(ABORT, 'audit log is append-only');
    END
    """,
)

_POSTGRESQL_CREATE_0012 = (
    _POSTGRESQL_CREATE_0010[0],  # ops_refuse_change()
    _pg_signed_decision_update(f"\n                AND {_blanked(_PG_IS)}{_ANONYMISED_NAME}"),
    f"""
    CREATE OR REPLACE FUNCTION ops_signing_guard() RETURNS trigger LANGUAGE plpgsql AS $$
    BEGIN
        IF NOT {_signing_entry("NEW.id::text")} THEN
            RAISE EXCEPTION '{NO_SIGNING}' USING ERRCODE = 'restrict_violation';
        END IF;
        RETURN NEW;
    END
    $$
    """,
    # A trigger's WHEN clause may hold no subquery: the redaction is checked in a function.
    f"""
    CREATE OR REPLACE FUNCTION ops_audit_log_update() RETURNS trigger LANGUAGE plpgsql AS $$
    BEGIN
        IF {_redaction(_PG_IS)} THEN
            RETURN NEW;
        END IF;
        RAISE EXCEPTION 'audit log is append-only' USING ERRCODE = 'restrict_violation';
    END
    $$
    """,
    *_POSTGRESQL_CREATE_0010[2:6],  # immutable, undeletable, no delete, no truncate
    f"""
    CREATE OR REPLACE TRIGGER decisions_signed_insert
    BEFORE INSERT ON decisions FOR EACH ROW
    WHEN (NEW.status = '{SIGNED}')
    EXECUTE FUNCTION ops_signing_guard()
    """,
    f"""
    CREATE OR REPLACE TRIGGER decisions_signing
    BEFORE UPDATE ON decisions FOR EACH ROW
    WHEN (OLD.status IS DISTINCT FROM '{SIGNED}' AND NEW.status = '{SIGNED}')
    EXECUTE FUNCTION ops_signing_guard()
    """,
    """
    CREATE OR REPLACE TRIGGER audit_log_no_update
    BEFORE UPDATE ON audit_log FOR EACH ROW
    EXECUTE FUNCTION ops_audit_log_update()
    """,
)

# --- kontrakt socjalny since 0015_social_contracts ----------------------------------------
#
# A contract signed by both sides is, like a decision, a record that never changes: every
# column but its ending stays as signed, and the ending is recorded once. Its actions table
# is part of what was signed: no row of a signed contract's actions changes or goes, and none
# is added after the signing (a row made before it – another PC's, arriving later – may still
# arrive). A change is an annex: a new contract row referring to it (annex_of_id).
CONTRACT_SIGNED = "signed contract is immutable"
CONTRACT_COLUMNS = (
    "id", "case_id", "person_id", "annex_of_id", "variant", "status", "parties",
    "worker_name", "worker_phone", "labour_office_referral", "causes", "strengths",
    "limitations", "unemployment_causes", "qualifications", "earlier_activation", "main_goal",
    "specific_goals", "annex_text", "starts_on", "ends_on", "clause", "clause_source",
    "signed_on", "signed_at", "signed_by", "created_at", "created_by", "deleted_at",
)
CONTRACT_ENDING = ("ended_on", "end_reason", "end_note")


def _contract_kept(same: str) -> str:
    kept = " AND ".join(f"NEW.{c} {same} OLD.{c}" for c in CONTRACT_COLUMNS)
    ending = " AND ".join(f"NEW.{c} {same} OLD.{c}" for c in CONTRACT_ENDING)
    return f"{kept} AND (OLD.ended_on IS NULL OR ({ending}))"


def _signed_plan(plan: str) -> str:
    return (f"SELECT 1 FROM social_contracts c WHERE c.id = {plan} "
            f"AND c.status = '{SIGNED}'")


# Since 0027_programmes a signed contract takes one more change, once: anonymisation blanks
# its narratives and the persons named on it, then its actions' texts (storage/
# personal_data_queries.py, storage/plan_anonymisation.py write the same values).
CONTRACT_BLANK: dict[str, str] = {
    "parties": "[]", "labour_office_referral": "", "causes": "", "strengths": "",
    "limitations": "", "unemployment_causes": "", "qualifications": "",
    "earlier_activation": "", "main_goal": "", "specific_goals": "[]", "annex_text": "",
    "end_note": "",
}
PLAN_ACTION_BLANK: dict[str, str] = {"what": "", "performer_name": "", "assessed_by": ""}


def _kept_unless_blanked(columns: tuple[str, ...], blank: dict[str, str]
                         ) -> Callable[[str], str]:
    """The update a signed plan takes: `columns` and the narratives (`blank`) as signed, the
    ending recorded once; or anonymisation, once, leaving `columns` and blanking the rest."""
    key = [c for c in columns if c not in blank]

    def kept(same: str) -> str:
        stays = " AND ".join(f"NEW.{c} {same} OLD.{c}" for c in key)
        told = " AND ".join(f"NEW.{c} {same} OLD.{c}" for c in blank if c != "end_note")
        blanked = " AND ".join(f"NEW.{c} = '{v}'" for c, v in blank.items())
        return (f"{stays} AND (OLD.ended_on IS NULL OR (NEW.ended_on {same} OLD.ended_on "
                f"AND NEW.end_reason {same} OLD.end_reason)) AND ((({told}) "
                f"AND NEW.anonymised_at {same} OLD.anonymised_at "
                f"AND (OLD.ended_on IS NULL OR NEW.end_note {same} OLD.end_note)) "
                f"OR (OLD.anonymised_at IS NULL AND NEW.anonymised_at IS NOT NULL "
                f"AND {blanked}))")
    return kept


def _signed_in(table: str, alias: str) -> Callable[..., str]:
    def signed(plan: str, not_anonymised: bool = False) -> str:
        also = f" AND {alias}.anonymised_at IS NULL" if not_anonymised else ""
        return (f"SELECT 1 FROM {table} {alias} WHERE {alias}.id = {plan} "
                f"AND {alias}.status = '{SIGNED}'{also}")
    return signed


def _actions_blanked(signed: Callable[..., str]) -> Callable[[str], str]:
    """An action of an anonymised plan may have its texts blanked, and nothing else."""
    def allowed(same: str) -> str:
        kept = " AND ".join(f"NEW.{c} {same} OLD.{c}" for c in (
            "id", "plan_id", "position", "performer", "due_on", "created_at", "deleted_at"))
        blanked = " AND ".join(f"NEW.{c} = '{v}'" for c, v in PLAN_ACTION_BLANK.items())
        return f"{kept} AND {blanked} AND NOT EXISTS ({signed('OLD.plan_id', True)})"
    return allowed


@dataclass(frozen=True)
class _SignedPlan:
    """A signed plan's table (a contract's, a programme's) and its actions' guard: the plan
    keeps what `kept` allows, is never deleted once signed, and its actions take no change
    after the signing but what `action_allowed` allows (empty: none)."""

    table: str  # "social_contracts"
    stem: str  # trigger and function names: "contract" → ops_signed_contract_update()
    message: str
    kept: Callable[[str], str]  # the allowed update of a signed row, given "IS" / _PG_IS
    signed: Callable[[str], str]  # "SELECT 1 … p …" of a signed plan with this id
    actions_trigger: str  # the actions' trigger name (PostgreSQL: one; SQLite: _insert …)
    action_allowed: Callable[[str], str] | None = None
    alias: str = "c"  # the signed plan's alias in `signed`


def _sqlite_plan(p: _SignedPlan) -> tuple[str, ...]:
    exempt = f" AND NOT ({p.action_allowed('IS')})" if p.action_allowed else ""
    return (
        f"""
    CREATE TRIGGER IF NOT EXISTS {p.table}_signed_immutable
    BEFORE UPDATE ON {p.table}
    WHEN OLD.status = '{SIGNED}' AND NOT ({p.kept("IS")})
    BEGIN
        SELECT RAISE(ABORT, '{p.message}');
    END
    """,
        f"""
    CREATE TRIGGER IF NOT EXISTS {p.table}_signed_undeletable
    BEFORE DELETE ON {p.table}
    WHEN OLD.status = '{SIGNED}'
    BEGIN
        SELECT RAISE(ABORT, '{p.message}');
    END
    """,
        f"""
    CREATE TRIGGER IF NOT EXISTS {p.actions_trigger}_insert
    BEFORE INSERT ON plan_actions
    WHEN EXISTS ({p.signed("NEW.plan_id")}
                 AND ({p.alias}.signed_at IS NULL OR NEW.created_at > {p.alias}.signed_at))
    BEGIN
        SELECT RAISE(ABORT, '{p.message}');
    END
    """,
        f"""
    CREATE TRIGGER IF NOT EXISTS {p.actions_trigger}_update
    BEFORE UPDATE ON plan_actions
    WHEN (EXISTS ({p.signed("OLD.plan_id")}) OR EXISTS ({p.signed("NEW.plan_id")})){exempt}
    BEGIN
        SELECT RAISE(ABORT, '{p.message}');
    END
    """,
        f"""
    CREATE TRIGGER IF NOT EXISTS {p.actions_trigger}_delete
    BEFORE DELETE ON plan_actions
    WHEN EXISTS ({p.signed("OLD.plan_id")})
    BEGIN
        SELECT RAISE(ABORT, '{p.message}');
    END
    """,
    )


def _postgresql_plan(p: _SignedPlan, guard: str) -> tuple[str, ...]:
    """`guard`: the actions' function name."""
    exempt = (f"""
        IF TG_OP = 'UPDATE' AND {p.action_allowed(_PG_IS)} THEN
            RETURN NEW;
        END IF;""" if p.action_allowed else "")
    return (
        f"""
    CREATE OR REPLACE FUNCTION ops_signed_{p.stem}_update() RETURNS trigger
    LANGUAGE plpgsql AS $$
    BEGIN
        IF {p.kept(_PG_IS)} THEN
            RETURN NEW;
        END IF;
        RAISE EXCEPTION '{p.message}' USING ERRCODE = 'restrict_violation';
    END
    $$
    """,
        f"""
    CREATE OR REPLACE FUNCTION {guard}() RETURNS trigger LANGUAGE plpgsql AS $$
    BEGIN
        IF TG_OP = 'INSERT' THEN
            IF EXISTS ({p.signed("NEW.plan_id")}
                       AND ({p.alias}.signed_at IS NULL OR NEW.created_at > {p.alias}.signed_at)) THEN
                RAISE EXCEPTION '{p.message}' USING ERRCODE = 'restrict_violation';
            END IF;
            RETURN NEW;
        END IF;{exempt}
        IF EXISTS ({p.signed("OLD.plan_id")})
           OR (TG_OP = 'UPDATE' AND EXISTS ({p.signed("NEW.plan_id")})) THEN
            RAISE EXCEPTION '{p.message}' USING ERRCODE = 'restrict_violation';
        END IF;
        IF TG_OP = 'DELETE' THEN
            RETURN OLD;
        END IF;
        RETURN NEW;
    END
    $$
    """,
        f"""
    CREATE OR REPLACE TRIGGER {p.table}_signed_immutable
    BEFORE UPDATE ON {p.table} FOR EACH ROW
    WHEN (OLD.status = '{SIGNED}')
    EXECUTE FUNCTION ops_signed_{p.stem}_update()
    """,
        f"""
    CREATE OR REPLACE TRIGGER {p.table}_signed_undeletable
    BEFORE DELETE ON {p.table} FOR EACH ROW
    WHEN (OLD.status = '{SIGNED}')
    EXECUTE FUNCTION ops_refuse_change('{p.message}')
    """,
        f"""
    CREATE OR REPLACE TRIGGER {p.actions_trigger}
    BEFORE INSERT OR UPDATE OR DELETE ON plan_actions FOR EACH ROW
    EXECUTE FUNCTION {guard}()
    """,
    )


def _plan_drop(p: _SignedPlan, guard: str) -> dict[str, tuple[str, ...]]:
    return {
        "sqlite": tuple(f"DROP TRIGGER IF EXISTS {n}" for n in (
            f"{p.table}_signed_immutable", f"{p.table}_signed_undeletable",
            f"{p.actions_trigger}_insert", f"{p.actions_trigger}_update",
            f"{p.actions_trigger}_delete")),
        "postgresql": (
            f"DROP TRIGGER IF EXISTS {p.table}_signed_immutable ON {p.table}",
            f"DROP TRIGGER IF EXISTS {p.table}_signed_undeletable ON {p.table}",
            f"DROP TRIGGER IF EXISTS {p.actions_trigger} ON plan_actions",
            f"DROP FUNCTION IF EXISTS ops_signed_{p.stem}_update()",
            f"DROP FUNCTION IF EXISTS {guard}()",
        ),
    }


# The set 0015_social_contracts created (no anonymisation yet: its schema has no
# anonymised_at); 0027_programmes replaces it by CONTRACT_TRIGGERS, under the same names.
_CONTRACT_PLAN_0015 = _SignedPlan("social_contracts", "contract", CONTRACT_SIGNED,
                                  _contract_kept, _signed_plan, "plan_actions_signed")
CONTRACT_TRIGGERS_0015: dict[str, tuple[str, ...]] = {
    "sqlite": _sqlite_plan(_CONTRACT_PLAN_0015),
    "postgresql": _postgresql_plan(_CONTRACT_PLAN_0015, "ops_plan_action_guard")}
CONTRACT_TRIGGERS_DROP = _plan_drop(_CONTRACT_PLAN_0015, "ops_plan_action_guard")
_CONTRACT_PLAN = _SignedPlan(
    "social_contracts", "contract", CONTRACT_SIGNED,
    _kept_unless_blanked(CONTRACT_COLUMNS, CONTRACT_BLANK), _signed_in("social_contracts", "c"),
    "plan_actions_signed", _actions_blanked(_signed_in("social_contracts", "c")))
CONTRACT_TRIGGERS: dict[str, tuple[str, ...]] = {
    "sqlite": _sqlite_plan(_CONTRACT_PLAN),
    "postgresql": _postgresql_plan(_CONTRACT_PLAN, "ops_plan_action_guard")}


# --- payment lists since 0021_payments ---------------------------------------------------
#
# An approved payment list is what the office pays and the bank receives: the list and its
# items never change or go once approved, and no item joins it after its approval (an item
# made before it – another PC's, arriving later – may still arrive). A correction is a new
# list. The approval itself is an UPDATE of a draft, which these allow.
APPROVED = "approved"
LIST_APPROVED = "approved payment list is immutable"


def _approved_list(list_id: str) -> str:
    return f"SELECT 1 FROM payment_lists l WHERE l.id = {list_id} AND l.status = '{APPROVED}'"


_SQLITE_PAYMENTS = (
    f"""
    CREATE TRIGGER IF NOT EXISTS payment_lists_approved_immutable
    BEFORE UPDATE ON payment_lists
    WHEN OLD.status = '{APPROVED}'
    BEGIN
        SELECT RAISE(ABORT, '{LIST_APPROVED}');
    END
    """,
    f"""
    CREATE TRIGGER IF NOT EXISTS payment_lists_approved_undeletable
    BEFORE DELETE ON payment_lists
    WHEN OLD.status = '{APPROVED}'
    BEGIN
        SELECT RAISE(ABORT, '{LIST_APPROVED}');
    END
    """,
    f"""
    CREATE TRIGGER IF NOT EXISTS payment_items_approved_insert
    BEFORE INSERT ON payment_items
    WHEN EXISTS ({_approved_list("NEW.list_id")}
                 AND (l.approved_at IS NULL OR NEW.created_at > l.approved_at))
    BEGIN
        SELECT RAISE(ABORT, '{LIST_APPROVED}');
    END
    """,
    f"""
    CREATE TRIGGER IF NOT EXISTS payment_items_approved_update
    BEFORE UPDATE ON payment_items
    WHEN EXISTS ({_approved_list("OLD.list_id")}) OR EXISTS ({_approved_list("NEW.list_id")})
    BEGIN
        SELECT RAISE(ABORT, '{LIST_APPROVED}');
    END
    """,
    f"""
    CREATE TRIGGER IF NOT EXISTS payment_items_approved_delete
    BEFORE DELETE ON payment_items
    WHEN EXISTS ({_approved_list("OLD.list_id")})
    BEGIN
        SELECT RAISE(ABORT, '{LIST_APPROVED}');
    END
    """,
)

def _pg_item_guard(exempt: str = "") -> str:
    """The payment items' guard; `exempt` lets one kind of UPDATE through."""
    return (
    f"""
    CREATE OR REPLACE FUNCTION ops_payment_item_guard() RETURNS trigger LANGUAGE plpgsql AS $$
    BEGIN
        IF TG_OP = 'INSERT' THEN
            IF EXISTS ({_approved_list("NEW.list_id")}
                       AND (l.approved_at IS NULL OR NEW.created_at > l.approved_at)) THEN
                RAISE EXCEPTION '{LIST_APPROVED}' USING ERRCODE = 'restrict_violation';
            END IF;
            RETURN NEW;
        END IF;{exempt}
        IF EXISTS ({_approved_list("OLD.list_id")})
           OR (TG_OP = 'UPDATE' AND EXISTS ({_approved_list("NEW.list_id")})) THEN
            RAISE EXCEPTION '{LIST_APPROVED}' USING ERRCODE = 'restrict_violation';
        END IF;
        IF TG_OP = 'DELETE' THEN
            RETURN OLD;
        END IF;
        RETURN NEW;
    END
    $$
    """
    )


_POSTGRESQL_PAYMENTS = (
    _pg_item_guard(),
    f"""
    CREATE OR REPLACE TRIGGER payment_lists_approved_immutable
    BEFORE UPDATE OR DELETE ON payment_lists FOR EACH ROW
    WHEN (OLD.status = '{APPROVED}')
    EXECUTE FUNCTION ops_refuse_change('{LIST_APPROVED}')
    """,
    """
    CREATE OR REPLACE TRIGGER payment_items_approved
    BEFORE INSERT OR UPDATE OR DELETE ON payment_items FOR EACH ROW
    EXECUTE FUNCTION ops_payment_item_guard()
    """,
)

# The set 0021_payments made (its schema's payment_items have no anonymised_at); replaced by
# PAYMENT_TRIGGERS under the same names in 0034_kpa_rest, whose downgrade restores this.
PAYMENT_TRIGGERS_0021: dict[str, tuple[str, ...]] = {
    "sqlite": _SQLITE_PAYMENTS, "postgresql": _POSTGRESQL_PAYMENTS}

# --- payment lists since 0034_kpa_rest: the payee anonymised once -----------------------
#
# Retention choice: an approved list is the office's accounting proof of what it paid, so it
# stays – its number, months, amounts, case signs and positions, and its total never change.
# What anonymising a person (after the retention the office set for the person's records,
# services/personal_data.py) takes from it is who was paid: the payee's name becomes the
# anonymised person's placeholder name, as on the signed decision, and the address, PESEL and
# account are blanked. That one UPDATE of an approved list's item is allowed, once, exactly
# as a signed decision's anonymised_at allows it; any other change is refused as before. The
# bank keeps its own record of the transfers; the office's accountant is to confirm that
# persons are anonymised no earlier than the lists' own retention allows.
PAYEE_BLANK: dict[str, str | None] = {
    "party_address": "", "party_pesel": None, "bank_account": None}
PAYMENT_ITEM_COLUMNS = (
    "id", "list_id", "position", "decision_id", "person_id", "benefit_month", "case_sign",
    "issued_on", "form", "days", "month_days", "amount_grosze", "created_at", "created_by",
    "deleted_at",
)


def _payee_anonymised(same: str) -> str:
    """The item's one allowed change on an approved list: the payee blanked, once."""
    kept = " AND ".join(f"NEW.{c} {same} OLD.{c}" for c in PAYMENT_ITEM_COLUMNS)
    blank = " AND ".join(f"NEW.{c} IS NULL" if v is None else f"NEW.{c} = ''"
                         for c, v in PAYEE_BLANK.items())
    return (f"OLD.anonymised_at IS NULL AND NEW.anonymised_at IS NOT NULL AND {kept} "
            f"AND {blank} AND NEW.party_name {same} {_ANONYMISED_NAME}")


_SQLITE_PAYMENTS_0030 = (
    *_SQLITE_PAYMENTS[:3],
    f"""
    CREATE TRIGGER IF NOT EXISTS payment_items_approved_update
    BEFORE UPDATE ON payment_items
    WHEN (EXISTS ({_approved_list("OLD.list_id")}) OR EXISTS ({_approved_list("NEW.list_id")}))
         AND NOT ({_payee_anonymised("IS")})
    BEGIN
        SELECT RAISE(ABORT, '{LIST_APPROVED}');
    END
    """,
    _SQLITE_PAYMENTS[4],
)

_POSTGRESQL_PAYMENTS_0030 = (
    _pg_item_guard(f"""
        IF TG_OP = 'UPDATE' AND {_payee_anonymised(_PG_IS)} THEN
            RETURN NEW;
        END IF;"""),
    *_POSTGRESQL_PAYMENTS[1:],
)

PAYMENT_TRIGGERS: dict[str, tuple[str, ...]] = {
    "sqlite": _SQLITE_PAYMENTS_0030, "postgresql": _POSTGRESQL_PAYMENTS_0030}
PAYMENT_TRIGGERS_DROP: dict[str, tuple[str, ...]] = {
    "sqlite": tuple(f"DROP TRIGGER IF EXISTS {n}" for n in (
        "payment_lists_approved_immutable", "payment_lists_approved_undeletable",
        "payment_items_approved_insert", "payment_items_approved_update",
        "payment_items_approved_delete")),
    "postgresql": (
        "DROP TRIGGER IF EXISTS payment_lists_approved_immutable ON payment_lists",
        "DROP TRIGGER IF EXISTS payment_items_approved ON payment_items",
        "DROP FUNCTION IF EXISTS ops_payment_item_guard()",
    ),
}

# Since 0022_payment_returns: a deduction (art. 104 ust. 2) is part of its list's item, so
# it is as final as the approved list (a return is its own record and is not protected).
_item_approved = ("SELECT 1 FROM payment_items i JOIN payment_lists l ON l.id = i.list_id "
                  f"WHERE i.id = {{}} AND l.status = '{APPROVED}'")
DEDUCTION_TRIGGERS: dict[str, tuple[str, ...]] = {
    "sqlite": tuple(
        f"""
    CREATE TRIGGER IF NOT EXISTS claim_movements_approved_{op.lower()}
    BEFORE {op} ON claim_movements
    WHEN OLD.item_id IS NOT NULL AND EXISTS ({_item_approved.format("OLD.item_id")})
    BEGIN
        SELECT RAISE(ABORT, '{LIST_APPROVED}');
    END
    """ for op in ("UPDATE", "DELETE")),
    "postgresql": (
        f"""
    CREATE OR REPLACE FUNCTION ops_deduction_guard() RETURNS trigger LANGUAGE plpgsql AS $$
    BEGIN
        IF OLD.item_id IS NOT NULL AND EXISTS ({_item_approved.format("OLD.item_id")}) THEN
            RAISE EXCEPTION '{LIST_APPROVED}' USING ERRCODE = 'restrict_violation';
        END IF;
        IF TG_OP = 'DELETE' THEN
            RETURN OLD;
        END IF;
        RETURN NEW;
    END
    $$
    """,
        """
    CREATE OR REPLACE TRIGGER claim_movements_approved
    BEFORE UPDATE OR DELETE ON claim_movements FOR EACH ROW
    EXECUTE FUNCTION ops_deduction_guard()
    """,
    ),
}
DEDUCTION_TRIGGERS_DROP: dict[str, tuple[str, ...]] = {
    "sqlite": ("DROP TRIGGER IF EXISTS claim_movements_approved_update",
               "DROP TRIGGER IF EXISTS claim_movements_approved_delete"),
    "postgresql": ("DROP TRIGGER IF EXISTS claim_movements_approved ON claim_movements",
                   "DROP FUNCTION IF EXISTS ops_deduction_guard()"),
}

# --- individual programmes and help plans since 0027_programmes --------------------------
#
# A programme signed by the person and the worker is kept as a contract is: every column but
# its ending stays as signed, the ending is recorded once, and its actions table takes no
# change after the signing. One more change is allowed, once: anonymisation blanks its
# narratives (and then its actions' texts), as a signed decision's party data is blanked.
PROGRAMME_SIGNED = "signed programme is immutable"
PROGRAMME_COLUMNS = (
    "id", "case_id", "person_id", "kind", "kinds_valid_from", "interview_id", "status",
    "worker_name", "worker_phone", "starts_on", "ends_on", "signed_on", "signed_at",
    "signed_by", "created_at", "created_by", "deleted_at",
)
# What anonymisation blanks, and to what (storage/personal_data_queries.py writes the same).
PROGRAMME_BLANK: dict[str, str] = {
    "parties": "[]", "diagnosis": "", "main_goal": "", "specific_goals": "[]", "end_note": "",
}

_PROGRAMME_PLAN = _SignedPlan(
    "programmes", "programme", PROGRAMME_SIGNED,
    _kept_unless_blanked(PROGRAMME_COLUMNS, PROGRAMME_BLANK), _signed_in("programmes", "p"),
    "plan_actions_programme", _actions_blanked(_signed_in("programmes", "p")), alias="p")
PROGRAMME_TRIGGERS: dict[str, tuple[str, ...]] = {
    "sqlite": _sqlite_plan(_PROGRAMME_PLAN),
    "postgresql": _postgresql_plan(_PROGRAMME_PLAN, "ops_programme_action_guard")}
PROGRAMME_TRIGGERS_DROP = _plan_drop(_PROGRAMME_PLAN, "ops_programme_action_guard")

# --- issued care bills since 0033_care_providers -----------------------------------------
#
# A care bill exists only once issued (services/care_services.py): what it says is what the
# person was asked to pay, so no row of care_bills is ever changed or removed – a
# correction is a new bill naming it (corrects_id).
CARE_BILL_ISSUED = "issued care bill is immutable"
CARE_BILL_TRIGGERS: dict[str, tuple[str, ...]] = {
    "sqlite": tuple(
        f"""
    CREATE TRIGGER IF NOT EXISTS care_bills_issued_{op.lower()}
    BEFORE {op} ON care_bills
    BEGIN
        SELECT RAISE(ABORT, '{CARE_BILL_ISSUED}');
    END
    """ for op in ("UPDATE", "DELETE")),
    "postgresql": (
        f"""
    CREATE OR REPLACE TRIGGER care_bills_issued_immutable
    BEFORE UPDATE OR DELETE ON care_bills FOR EACH ROW
    EXECUTE FUNCTION ops_refuse_change('{CARE_BILL_ISSUED}')
    """,
    ),
}
CARE_BILL_TRIGGERS_DROP: dict[str, tuple[str, ...]] = {
    "sqlite": ("DROP TRIGGER IF EXISTS care_bills_issued_update",
               "DROP TRIGGER IF EXISTS care_bills_issued_delete"),
    "postgresql": ("DROP TRIGGER IF EXISTS care_bills_issued_immutable ON care_bills",),
}


# --- DPS placements, their fee decisions and shelter decisions since 0032_dps_shelter --------
#
# Signed by the head, they never change and are never deleted; anonymisation may blank their
# reasons (and a fee decision's relatives) once, as it blanks a signed decision's party.
PLACEMENT_SIGNED = "signed placement decision is immutable"
_PLACEMENT_SIGNING = ("status", "signed_at", "signed_by", "signatory_name",
                      "signatory_position", "authorisation_number", "created_at", "created_by",
                      "deleted_at")
PLACEMENT_KEPT: dict[str, tuple[str, ...]] = {
    "dps_decisions": ("id", "person_id", "case_id", "home_id", "placement_id", "kind",
                      "number", "decided_on", "starts_on", "cost_grosze", "cost_from",
                      "resident_income_grosze", "resident_grosze", "gmina_grosze",
                      *_PLACEMENT_SIGNING),
    "shelter_decisions": ("id", "person_id", "case_id", "shelter_id", "interview_id", "number",
                          "decided_on", "starts_on", "ends_on", *_PLACEMENT_SIGNING),
}
PLACEMENT_BLANK: dict[str, dict[str, str]] = {
    "dps_decisions": {"reasoning": "", "relatives": "[]"},
    "shelter_decisions": {"reasoning": ""},
}


def _placement_changed(table: str, differs: str, kept_columns: tuple[str, ...] | None = None,
                       blank: dict[str, str] | None = None) -> str:
    """The condition that a signed row's update changes more than anonymisation may."""
    kept = [f"NEW.{c} {differs} OLD.{c}" for c in kept_columns or PLACEMENT_KEPT[table]]
    blanked = [f"(NEW.{c} {differs} OLD.{c} AND NEW.{c} <> '{v}')"
               for c, v in (PLACEMENT_BLANK[table] if blank is None else blank).items()]
    return "\n            OR ".join(kept + blanked)


def _placement_sqlite(table: str, message: str = PLACEMENT_SIGNED,
                      changed: str = "") -> tuple[str, ...]:
    return (
        f"""
    CREATE TRIGGER IF NOT EXISTS {table}_signed_update
    BEFORE UPDATE ON {table}
    WHEN OLD.status = 'signed' AND (
            {changed or _placement_changed(table, "IS NOT")})
    BEGIN
        SELECT RAISE(ABORT, '{message}');
    END
    """,
        f"""
    CREATE TRIGGER IF NOT EXISTS {table}_signed_delete
    BEFORE DELETE ON {table}
    WHEN OLD.status = 'signed'
    BEGIN
        SELECT RAISE(ABORT, '{message}');
    END
    """,
    )


def _placement_postgresql(table: str, message: str = PLACEMENT_SIGNED,
                          changed: str = "") -> tuple[str, ...]:
    return (
        f"""
    CREATE OR REPLACE FUNCTION ops_{table}_guard() RETURNS trigger LANGUAGE plpgsql AS $$
    BEGIN
        IF TG_OP = 'DELETE' THEN
            IF OLD.status = 'signed' THEN
                RAISE EXCEPTION '{message}' USING ERRCODE = 'restrict_violation';
            END IF;
            RETURN OLD;
        END IF;
        IF OLD.status = 'signed' AND (
            {changed or _placement_changed(table, "IS DISTINCT FROM")}) THEN
            RAISE EXCEPTION '{message}' USING ERRCODE = 'restrict_violation';
        END IF;
        RETURN NEW;
    END
    $$
    """,
        f"""
    CREATE OR REPLACE TRIGGER {table}_signed
    BEFORE UPDATE OR DELETE ON {table} FOR EACH ROW
    EXECUTE FUNCTION ops_{table}_guard()
    """,
    )


PLACEMENT_TRIGGERS: dict[str, tuple[str, ...]] = {
    "sqlite": tuple(t for table in PLACEMENT_KEPT for t in _placement_sqlite(table)),
    "postgresql": tuple(t for table in PLACEMENT_KEPT for t in _placement_postgresql(table)),
}
def _signed_drop(tables: tuple[str, ...]) -> dict[str, tuple[str, ...]]:
    return {
        "sqlite": tuple(f"DROP TRIGGER IF EXISTS {table}_signed_{op}"
                        for table in tables for op in ("update", "delete")),
        "postgresql": tuple(statement for table in tables for statement in (
            f"DROP TRIGGER IF EXISTS {table}_signed ON {table}",
            f"DROP FUNCTION IF EXISTS ops_{table}_guard()")),
    }


PLACEMENT_TRIGGERS_DROP: dict[str, tuple[str, ...]] = _signed_drop(tuple(PLACEMENT_KEPT))


# --- meal decisions since 0039_meals ----------------------------------------------------
#
# Signed by the head like a shelter decision: never changed, never deleted; anonymisation may
# blank the reasons and the place (it names the child's school) once.
MEAL_SIGNED = "signed meal decision is immutable"
MEAL_KEPT = (
    "id", "person_id", "beneficiary_id", "case_id", "interview_id", "number", "kind",
    "decided_on", "starts_on", "ends_on", "days", "per_day", "price_grosze", "income_grosze",
    "household_size", "threshold_grosze", "free", *_PLACEMENT_SIGNING)
MEAL_BLANK: dict[str, str] = {"reasoning": "", "place": ""}
MEAL_TRIGGERS: dict[str, tuple[str, ...]] = {
    "sqlite": _placement_sqlite("meal_decisions", MEAL_SIGNED, _placement_changed(
        "meal_decisions", "IS NOT", MEAL_KEPT, MEAL_BLANK)),
    "postgresql": _placement_postgresql("meal_decisions", MEAL_SIGNED, _placement_changed(
        "meal_decisions", "IS DISTINCT FROM", MEAL_KEPT, MEAL_BLANK)),
}
MEAL_TRIGGERS_DROP: dict[str, tuple[str, ...]] = _signed_drop(("meal_decisions",))


# --- care decisions' terms since 0036_care_decisions ------------------------------------
#
# What a decision granting care states beyond any decision (its scope, hours, place,
# provider, hourly cost and fee %) lives in care_decision_terms, written with the draft. Once
# the decision is signed the terms are part of the act: no change, no deletion, and no terms
# made after the signing join it (terms made before it – another PC's, arriving later – may).
# One change is allowed, as on the decision itself: once the decision is anonymised, retention
# blanks the scope of care (a health fact) and the place (the person's home), nothing else.
CARE_TERMS_SIGNED = "signed care decision is immutable"
CARE_TERMS_BLANK: dict[str, str] = {"scope": "", "place": ""}
CARE_TERMS_KEPT = (
    "id", "decision_id", "care_kind", "hours_x100", "hours_unit", "provider",
    "hourly_cost_grosze", "fee_percent", "income_grosze", "income_share", "fee_source",
    "fee_unconfirmed", "created_at", "created_by", "deleted_at")


def _signed_decision(decision_id: str) -> str:
    return f"SELECT 1 FROM decisions d WHERE d.id = {decision_id} AND d.status = '{SIGNED}'"


def _terms_blanked(same: str) -> str:
    """Retention's one change of a signed decision's terms (its decision anonymised first)."""
    kept = " AND ".join(f"NEW.{c} {same} OLD.{c}" for c in CARE_TERMS_KEPT)
    blanked = " AND ".join(f"NEW.{c} = '{v}'" for c, v in CARE_TERMS_BLANK.items())
    return (f"EXISTS (SELECT 1 FROM decisions d WHERE d.id = OLD.decision_id "
            f"AND d.anonymised_at IS NOT NULL) AND {blanked} AND {kept}")


_SQLITE_CARE_DECISIONS = (
    f"""
    CREATE TRIGGER IF NOT EXISTS care_decision_terms_signed_insert
    BEFORE INSERT ON care_decision_terms
    WHEN EXISTS ({_signed_decision("NEW.decision_id")}
                 AND (d.signed_at IS NULL OR NEW.created_at > d.signed_at))
    BEGIN
        SELECT RAISE(ABORT, '{CARE_TERMS_SIGNED}');
    END
    """,
    f"""
    CREATE TRIGGER IF NOT EXISTS care_decision_terms_signed_update
    BEFORE UPDATE ON care_decision_terms
    WHEN (EXISTS ({_signed_decision("OLD.decision_id")})
          OR EXISTS ({_signed_decision("NEW.decision_id")}))
         AND NOT ({_terms_blanked("IS")})
    BEGIN
        SELECT RAISE(ABORT, '{CARE_TERMS_SIGNED}');
    END
    """,
    f"""
    CREATE TRIGGER IF NOT EXISTS care_decision_terms_signed_delete
    BEFORE DELETE ON care_decision_terms
    WHEN EXISTS ({_signed_decision("OLD.decision_id")})
    BEGIN
        SELECT RAISE(ABORT, '{CARE_TERMS_SIGNED}');
    END
    """,
)

_POSTGRESQL_CARE_DECISIONS = (
    f"""
    CREATE OR REPLACE FUNCTION ops_care_terms_guard() RETURNS trigger LANGUAGE plpgsql AS $$
    BEGIN
        IF TG_OP = 'INSERT' THEN
            IF EXISTS ({_signed_decision("NEW.decision_id")}
                       AND (d.signed_at IS NULL OR NEW.created_at > d.signed_at)) THEN
                RAISE EXCEPTION '{CARE_TERMS_SIGNED}' USING ERRCODE = 'restrict_violation';
            END IF;
            RETURN NEW;
        END IF;
        IF TG_OP = 'UPDATE' AND {_terms_blanked(_PG_IS)} THEN
            RETURN NEW;
        END IF;
        IF EXISTS ({_signed_decision("OLD.decision_id")})
           OR (TG_OP = 'UPDATE' AND EXISTS ({_signed_decision("NEW.decision_id")})) THEN
            RAISE EXCEPTION '{CARE_TERMS_SIGNED}' USING ERRCODE = 'restrict_violation';
        END IF;
        IF TG_OP = 'DELETE' THEN
            RETURN OLD;
        END IF;
        RETURN NEW;
    END
    $$
    """,
    """
    CREATE OR REPLACE TRIGGER care_decision_terms_signed
    BEFORE INSERT OR UPDATE OR DELETE ON care_decision_terms FOR EACH ROW
    EXECUTE FUNCTION ops_care_terms_guard()
    """,
)

CARE_DECISION_TRIGGERS: dict[str, tuple[str, ...]] = {
    "sqlite": _SQLITE_CARE_DECISIONS, "postgresql": _POSTGRESQL_CARE_DECISIONS}
CARE_DECISION_TRIGGERS_DROP: dict[str, tuple[str, ...]] = {
    "sqlite": tuple(f"DROP TRIGGER IF EXISTS care_decision_terms_signed_{op}"
                    for op in ("insert", "update", "delete")),
    "postgresql": ("DROP TRIGGER IF EXISTS care_decision_terms_signed ON care_decision_terms",
                   "DROP FUNCTION IF EXISTS ops_care_terms_guard()"),
}


# --- frozen interviews (0035_interview_rules) ------------------------------------------
# A family interview a signed decision relies on (its application is linked to it) is
# frozen: a later change is a Part IV update (services/interviews.py refuses, and so does the
# store). One change is allowed: anonymisation blanks its answers and place (as it blanks a
# signed decision's party data), once the person it is about is anonymised.
INTERVIEW_FROZEN = "frozen interview is immutable"
INTERVIEW_COLUMNS = (
    "id", "case_id", "person_id", "parent_id", "kind", "form_valid_from", "learned_on",
    "urgent", "conducted_on", "worker_id", "worker_name", "status", "completed_at",
    "created_at", "created_by", "deleted_at",
)
_INTERVIEW_FROZEN_BY = (
    "SELECT 1 FROM interview_links l JOIN decisions d ON d.application_id = l.application_id "
    "WHERE l.interview_id = {row}.id AND l.deleted_at IS NULL "
    f"AND d.status = '{SIGNED}' AND d.deleted_at IS NULL")
_INTERVIEW_PERSON_ANONYMISED = (
    "SELECT 1 FROM persons p WHERE p.anonymised_at IS NOT NULL AND (p.id = NEW.person_id "
    "OR p.id = (SELECT c.person_id FROM cases c WHERE c.id = NEW.case_id))")


def _interview_kept(same: str) -> str:
    """The update a frozen interview takes: none of its facts changes, and its answers and
    place either stay or are blanked by anonymisation."""
    kept = " AND ".join(f"NEW.{c} {same} OLD.{c}" for c in INTERVIEW_COLUMNS)
    return (f"{kept} AND ((NEW.answers {same} OLD.answers AND NEW.place {same} OLD.place) "
            f"OR (NEW.answers = '{{}}' AND NEW.place = '' "
            f"AND EXISTS ({_INTERVIEW_PERSON_ANONYMISED})))")


INTERVIEW_TRIGGERS: dict[str, tuple[str, ...]] = {
    "sqlite": (
        f"""
    CREATE TRIGGER IF NOT EXISTS interviews_frozen_immutable
    BEFORE UPDATE ON interviews
    WHEN EXISTS ({_INTERVIEW_FROZEN_BY.format(row="OLD")}) AND NOT ({_interview_kept("IS")})
    BEGIN
        SELECT RAISE(ABORT, '{INTERVIEW_FROZEN}');
    END
    """,
        f"""
    CREATE TRIGGER IF NOT EXISTS interviews_frozen_undeletable
    BEFORE DELETE ON interviews
    WHEN EXISTS ({_INTERVIEW_FROZEN_BY.format(row="OLD")})
    BEGIN
        SELECT RAISE(ABORT, '{INTERVIEW_FROZEN}');
    END
    """,
    ),
    "postgresql": (
        f"""
    CREATE OR REPLACE FUNCTION ops_frozen_interview_guard() RETURNS trigger
    LANGUAGE plpgsql AS $$
    BEGIN
        IF NOT EXISTS ({_INTERVIEW_FROZEN_BY.format(row="OLD")}) THEN
            IF TG_OP = 'DELETE' THEN
                RETURN OLD;
            END IF;
            RETURN NEW;
        END IF;
        IF TG_OP = 'UPDATE' AND {_interview_kept(_PG_IS)} THEN
            RETURN NEW;
        END IF;
        RAISE EXCEPTION '{INTERVIEW_FROZEN}' USING ERRCODE = 'restrict_violation';
    END
    $$
    """,
        """
    CREATE OR REPLACE TRIGGER interviews_frozen_immutable
    BEFORE UPDATE OR DELETE ON interviews FOR EACH ROW
    EXECUTE FUNCTION ops_frozen_interview_guard()
    """,
    ),
}
INTERVIEW_TRIGGERS_DROP: dict[str, tuple[str, ...]] = {
    "sqlite": ("DROP TRIGGER IF EXISTS interviews_frozen_immutable",
               "DROP TRIGGER IF EXISTS interviews_frozen_undeletable"),
    "postgresql": ("DROP TRIGGER IF EXISTS interviews_frozen_immutable ON interviews",
                   "DROP FUNCTION IF EXISTS ops_frozen_interview_guard()"),
}


# Since 0016_double_signing: the same, with the exchange's replacement of a later act.
def _create_since_0016(newest: bool) -> dict[str, tuple[str, ...]]:
    return {
        "sqlite": (
            _sqlite_signed_immutable(
                f"\n        AND {_blanked('IS', newest)}{_ANONYMISED_NAME}",
                f" AND NOT (\n        {_superseded(_SQLITE_ID_TEXT, 'IS', _sqlite_moment)}\n    )"),
            *_SQLITE_CREATE_0012[1:],
        ),
        "postgresql": (
            _POSTGRESQL_CREATE_0012[0],
            _pg_signed_decision_update(
                f"\n                AND {_blanked(_PG_IS, newest)}{_ANONYMISED_NAME}",
                f"\n        IF {_superseded('NEW.id::text', _PG_IS, _pg_moment)} THEN\n"
                "            RETURN NEW;\n        END IF;"),
            *_POSTGRESQL_CREATE_0012[2:],
        ),
    }


_SINCE_0016 = _create_since_0016(newest=False)
_SINCE_0016_NEWEST = _create_since_0016(newest=True)

# The set 0012_anchors created (its schema has no contracts); a migration runs its own era's.
CREATE_TRIGGERS_0012: dict[str, tuple[str, ...]] = {
    "sqlite": _SQLITE_CREATE_0012, "postgresql": _POSTGRESQL_CREATE_0012}
# What 0015_social_contracts left (the 0012 set and the contracts'): 0016's downgrade.
CREATE_TRIGGERS_0015: dict[str, tuple[str, ...]] = {
    d: CREATE_TRIGGERS_0012[d] + CONTRACT_TRIGGERS_0015[d] for d in CREATE_TRIGGERS_0012}
# What 0016_double_signing created (its schema has no payment lists): 0016 runs this set.
CREATE_TRIGGERS_0016: dict[str, tuple[str, ...]] = {
    d: _SINCE_0016[d] + CONTRACT_TRIGGERS_0015[d] for d in _SINCE_0016}
# What 0021_payments left: the 0016 set and the payment lists'.
CREATE_TRIGGERS_0021: dict[str, tuple[str, ...]] = {
    d: CREATE_TRIGGERS_0016[d] + PAYMENT_TRIGGERS_0021[d] for d in CREATE_TRIGGERS_0016}
# What 0026_procedural_acts created: the decisions' check naming ruling_detail, the
# contracts' set as 0015 made it, the payment lists' and the deductions' (0022).
CREATE_TRIGGERS_0026: dict[str, tuple[str, ...]] = {
    d: _SINCE_0016_NEWEST[d] + CONTRACT_TRIGGERS_0015[d] + PAYMENT_TRIGGERS_0021[d]
    + DEDUCTION_TRIGGERS[d] for d in _SINCE_0016_NEWEST}
# Keyed by SQLAlchemy dialect name: the newest schema's protection (start-up repairs it):
# 0026's with the contracts' set that lets anonymisation blank a signed contract once
# (0027_programmes, same names), the programmes', the placements' and the issued care bills';
# the payment lists' set lets anonymisation blank an approved list's payee once
# (0034_kpa_rest, same names), the frozen interviews' (0035_interview_rules), the care
# decisions' terms (0036_care_decisions) and the meal decisions' (0039_meals).
CREATE_TRIGGERS: dict[str, tuple[str, ...]] = {
    d: _SINCE_0016_NEWEST[d] + CONTRACT_TRIGGERS[d] + PAYMENT_TRIGGERS[d] + DEDUCTION_TRIGGERS[d]
    + PROGRAMME_TRIGGERS[d] + PLACEMENT_TRIGGERS[d] + CARE_BILL_TRIGGERS[d]
    + INTERVIEW_TRIGGERS[d] + CARE_DECISION_TRIGGERS[d] + MEAL_TRIGGERS[d]
    for d in _SINCE_0016_NEWEST}
DROP_TRIGGERS_0012: dict[str, tuple[str, ...]] = {
    "sqlite": (*_SQLITE_DROP, "DROP TRIGGER IF EXISTS decisions_signed_insert",
               "DROP TRIGGER IF EXISTS decisions_signing"),
    "postgresql": (*_POSTGRESQL_DROP[:5],
                   "DROP TRIGGER IF EXISTS decisions_signed_insert ON decisions",
                   "DROP TRIGGER IF EXISTS decisions_signing ON decisions",
                   *_POSTGRESQL_DROP[5:],
                   "DROP FUNCTION IF EXISTS ops_signing_guard()",
                   "DROP FUNCTION IF EXISTS ops_audit_log_update()"),
}
# The newest schema's: the care bills', programmes', payments' and contracts' triggers go
# first (they call ops_refuse_change()).
DROP_TRIGGERS: dict[str, tuple[str, ...]] = {
    d: MEAL_TRIGGERS_DROP[d] + CARE_DECISION_TRIGGERS_DROP[d] + INTERVIEW_TRIGGERS_DROP[d] + CARE_BILL_TRIGGERS_DROP[d]
    + PLACEMENT_TRIGGERS_DROP[d]
    + PROGRAMME_TRIGGERS_DROP[d] + PAYMENT_TRIGGERS_DROP[d] + CONTRACT_TRIGGERS_DROP[d]
    + DROP_TRIGGERS_0012[d]
    for d in DROP_TRIGGERS_0012}
_CREATE_0010: dict[str, tuple[str, ...]] = {
    "sqlite": _SQLITE_CREATE_0010, "postgresql": _POSTGRESQL_CREATE_0010}


# Act columns by the revision that added them: a migration runs against the schema of its
# own revision, while ACT_COLUMNS is the newest schema's list.
ACT_COLUMNS_ADDED_BY: dict[str, tuple[str, ...]] = {
    "0007_application_facts": ("interview_on", "grounds", "party_sex"),
    "0008_withdrawal": ("first_month_grosze", "last_month_grosze", "withdrawn_on",
                        "withdrawal_manner", "discontinuance_requested"),
}


def triggers_without_party(statements: tuple[str, ...], revision: str) -> tuple[str, ...]:
    """A protection set for a schema without the party columns `revision` added (its
    downgrade): retention's check names each party column."""
    for column in PARTY_COLUMNS_ADDED_BY[revision]:
        statements = tuple(s.replace(f" AND NEW.{column} = ''", "") for s in statements)
    return statements


def create_triggers_without(dialect: str, *revisions: str) -> tuple[str, ...]:
    """The protection triggers for a schema without the act columns of `revisions` (a
    migration older than them, or a downgrade that dropped them): a trigger naming a missing
    column would make every later UPDATE of a decision fail."""
    statements = _CREATE_0010.get(dialect, ())
    for revision in revisions:
        for column in ACT_COLUMNS_ADDED_BY[revision]:
            statements = tuple(s.replace(f" AND NEW.{column} IS OLD.{column}", "")
                               for s in statements)
    return statements


# --- person search ---------------------------------------------------------------------
# A full-text index over persons' folded names, so any word of a name is found by its start
# ("kow" finds "Nowak-Kowalska", "jan kow" finds "Kowalski Jan") without reading every row.
# Contentless: the index keeps only tokens, keyed by the person's implicit rowid (the primary
# key is a UUID). Names are folded by the program before they are stored (domain/text.py
# `fold`, which also folds ł), and the tokenizer strips any diacritics left. What is indexed
# is the search key of a live person: a soft-deleted person's key is indexed as '' and an
# anonymised person's key already is '', so neither can be found. Triggers keep it in step
# with every write, the program's, the bulk generator's Core inserts and anonymisation's
# UPDATEs alike. A migration that rebuilds `persons` (batch mode) may renumber rowids: it
# must run PERSON_SEARCH_DROP, then PERSON_SEARCH_CREATE and PERSON_SEARCH_FILL again.
PERSON_SEARCH_TABLE = "person_search"


def _indexed(row: str, merged_too: bool) -> str:
    """What the index holds for a row: its search key while it is live (and, since
    0043_search_merged, not merged into another record), else ''."""
    live = f"{row}deleted_at IS NULL" + (f" AND {row}merged_into_id IS NULL" if merged_too else "")
    return f"CASE WHEN {live} THEN {row}search_name ELSE '' END"


def _person_search(merged_too: bool) -> tuple[tuple[str, ...], tuple[str, ...]]:
    """The index's table and triggers, and the statements filling it from stored rows."""
    new, old, row = (_indexed(r, merged_too) for r in ("NEW.", "OLD.", ""))
    watched = "search_name, deleted_at" + (", merged_into_id" if merged_too else "")
    create = (
        f"""
    CREATE VIRTUAL TABLE IF NOT EXISTS {PERSON_SEARCH_TABLE} USING fts5(
        search_name, content = '', tokenize = 'unicode61 remove_diacritics 2'
    )
    """,
        f"""
    CREATE TRIGGER IF NOT EXISTS persons_search_insert
    AFTER INSERT ON persons
    BEGIN
        INSERT INTO {PERSON_SEARCH_TABLE}(rowid, search_name) VALUES (NEW.rowid, {new});
    END
    """,
        # A contentless index forgets a row only when told the exact tokens it was given.
        f"""
    CREATE TRIGGER IF NOT EXISTS persons_search_update
    AFTER UPDATE OF {watched} ON persons
    WHEN ({old}) IS NOT ({new})
    BEGIN
        INSERT INTO {PERSON_SEARCH_TABLE}({PERSON_SEARCH_TABLE}, rowid, search_name)
            VALUES ('delete', OLD.rowid, {old});
        INSERT INTO {PERSON_SEARCH_TABLE}(rowid, search_name) VALUES (NEW.rowid, {new});
    END
    """,
        f"""
    CREATE TRIGGER IF NOT EXISTS persons_search_delete
    AFTER DELETE ON persons
    BEGIN
        INSERT INTO {PERSON_SEARCH_TABLE}({PERSON_SEARCH_TABLE}, rowid, search_name)
            VALUES ('delete', OLD.rowid, {old});
    END
    """,
    )
    # Fills the index from the rows already stored (the migration; after a rebuild of persons).
    fill = (
        f"INSERT INTO {PERSON_SEARCH_TABLE}({PERSON_SEARCH_TABLE}) VALUES ('delete-all')",
        f"INSERT INTO {PERSON_SEARCH_TABLE}(rowid, search_name) SELECT rowid, {row} FROM persons",
        f"INSERT INTO {PERSON_SEARCH_TABLE}({PERSON_SEARCH_TABLE}) VALUES ('optimize')",
    )
    return create, fill


# The index as the program keeps it now: a record merged into another (storage/person_merge.py)
# is indexed as '' as a deleted one is, so the desk's count and pages read from the index
# hold the survivor alone.
PERSON_SEARCH_CREATE, PERSON_SEARCH_FILL = _person_search(merged_too=True)
# As the migrations before 0043_search_merged made it: their persons table has no
# merged_into_id yet, so a trigger naming it would fail every insert until 0041.
PERSON_SEARCH_CREATE_0003, PERSON_SEARCH_FILL_0003 = _person_search(merged_too=False)

PERSON_SEARCH_DROP: tuple[str, ...] = (
    "DROP TRIGGER IF EXISTS persons_search_insert",
    "DROP TRIGGER IF EXISTS persons_search_update",
    "DROP TRIGGER IF EXISTS persons_search_delete",
    f"DROP TABLE IF EXISTS {PERSON_SEARCH_TABLE}",
)
