"""Signed acts anchored in the audit chain: the signing entry carries the act's hash.

At signing, before the UPDATE that signs, the service writes an audit entry (action 'sign',
entity 'decisions', entity_id the decision's id) holding two SHA-256 hashes: of the act
(every column of ACT_COLUMNS, which nothing may ever change) and of its party data (which
only retention anonymisation may blank). The store's triggers refuse a signed row without
such an entry (storage/triggers.py); `ops-desktop verify` recomputes both hashes of every
signed act (`check_acts`), so an act rewritten with the triggers dropped, a forged act and
an entry whose act is gone are all named.

The act hash holds no personal data (ids, dates, amounts, the signatory), so a signing
entry is never redacted. The party hash is checked only while the decision is not
anonymised; once it is, its party fields must hold exactly the blanked values.

Acts signed before this protection have no entry of their own: migration 0012_anchors
writes one entry attesting them all (how many, and one hash over their ids and act hashes),
so they are counted as signed before the protection and still cannot be changed unseen.
"""

from __future__ import annotations

import datetime as dt
import hashlib
import json
import uuid
from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field
from typing import Any

from sqlalchemy import Connection, Table, inspect, select
from sqlalchemy.orm import Session

from ops_desktop.storage import audit
from ops_desktop.storage.models import AuditRow, DecisionRow
from ops_desktop.storage.triggers import (
    ACT_COLUMNS,
    ANONYMISE,
    PARTY_BLANK,
    PARTY_COLUMNS,
    SIGN,
    SIGNED,
)

ENTITY = "decisions"
# The index that 0012_anchors creates with the protection: a file without it predates it.
SIGNING_INDEX = "ix_audit_log_signing"

_decisions: Table = DecisionRow.__table__  # type: ignore[assignment]
_log: Table = AuditRow.__table__  # type: ignore[assignment]


def _digest(values: Mapping[str, Any], columns: Iterable[str]) -> str:
    canonical = audit.dumps({c: audit.json_value(values.get(c)) for c in columns})
    return hashlib.sha256(canonical.encode("utf-8")).hexdigest()


def act_hash(values: Mapping[str, Any], columns: int = len(ACT_COLUMNS)) -> str:
    """The act's hash over the first `columns` of ACT_COLUMNS (the entry says how many it
    covered, so an act column added later does not make older signings look altered)."""
    return _digest(values, ACT_COLUMNS[:columns])


def party_hash(values: Mapping[str, Any], columns: int = len(PARTY_COLUMNS)) -> str:
    return _digest(values, PARTY_COLUMNS[:columns])


def signing_details(values: Mapping[str, Any]) -> dict[str, Any]:
    return {"act": act_hash(values), "party": party_hash(values),
            "columns": [len(ACT_COLUMNS), len(PARTY_COLUMNS)]}


def row_values(row: DecisionRow) -> dict[str, Any]:
    return {c: getattr(row, c) for c in (*ACT_COLUMNS, *PARTY_COLUMNS)}


def record_signing(session: Session, actor_id: uuid.UUID | None, row: DecisionRow) -> None:
    """The signing's entry, written before the UPDATE that signs (the triggers require it):
    call it once every column of the act holds its signed value, before the next flush."""
    record_signings(session, actor_id, [row_values(row)])


def record_signings(session: Session, actor_id: uuid.UUID | None,
                    acts: Iterable[Mapping[str, Any]]) -> None:
    # Written even with the log switched off (the overhead benchmark): the store takes no
    # signed act without its entry.
    items = _items(acts)
    if items:
        audit._append(session, actor_id, items)  # noqa: SLF001 - the log's own writer


def _items(acts: Iterable[Mapping[str, Any]]) -> list[Any]:
    return [(SIGN, ENTITY, str(values["id"]), values["person_id"],
             audit.dumps(signing_details(values))) for values in acts]


def sign_drafts(connection: Connection, ids: list[uuid.UUID]) -> None:
    """Sign, on a bare connection, drafts already holding every value of the signed act but
    the status (the demo history's generator): the entries first, then the one UPDATE."""
    for start in range(0, len(ids), 5000):
        chunk = ids[start:start + 5000]
        rows = connection.execute(select(*(_decisions.c[c] for c in (*ACT_COLUMNS, *PARTY_COLUMNS)))
                                  .where(_decisions.c.id.in_(chunk))).mappings()
        audit.append_on(connection, _items({**r, "status": SIGNED} for r in rows))
        connection.execute(_decisions.update().where(_decisions.c.id.in_(chunk))
                           .values(status=SIGNED))


def attest_unsigned(connection: Connection) -> int:
    """Migration 0012: one entry attesting the acts signed before the protection; how many."""
    acts = sorted((str(r["id"]), act_hash(r)) for r in connection.execute(
        select(*(_decisions.c[c] for c in ACT_COLUMNS)).where(_decisions.c.status == SIGNED)
    ).mappings())
    if acts:
        audit.append_on(connection, [(SIGN, ENTITY, None, None, audit.dumps({
            "before_protection": len(acts), "acts": _attested(acts),
            "columns": len(ACT_COLUMNS)}))])
    return len(acts)


def _attested(acts: list[tuple[str, str]]) -> str:
    return hashlib.sha256(json.dumps(acts, separators=(",", ":")).encode()).hexdigest()


# --- checking --------------------------------------------------------------------------


@dataclass
class ActsReport:
    checked: int = 0  # signed acts compared with their signing entries
    before_protection: int = 0  # signed before the protection: attested as a whole
    altered: list[str] = field(default_factory=list)  # content differs from the signing
    unsigned: list[str] = field(default_factory=list)  # signed act without a signing entry
    orphaned: list[str] = field(default_factory=list)  # signing entry without its act
    attestation_broken: bool = False  # the acts signed before the protection were changed
    signs: dict[str, str] = field(default_factory=dict)  # case sign and date, by act id

    def named(self, key: str) -> str:
        """An act as the office finds it: its case sign and date, and its id."""
        return f"{self.signs[key]} (id {key})" if key in self.signs else key

    @property
    def ok(self) -> bool:
        return not (self.altered or self.unsigned or self.orphaned or self.attestation_broken)


def _entries(connection: Connection) -> tuple[dict[str, list[Any]], list[Any]]:
    signings: dict[str, list[Any]] = {}
    attestations: list[Any] = []
    rows = connection.execute(select(_log.c.entity_id, _log.c.changes).where(
        _log.c.action == SIGN, _log.c.entity == ENTITY))
    for entity_id, changes in rows:
        try:
            details = json.loads(changes) if changes is not None else None
        except ValueError:
            details = None
        if entity_id is None:
            attestations.append(details)
        else:
            # Two for one decision: it was signed on two PCs apart, and the later act
            # was replaced here by the first (storage/double_signing.py).
            signings.setdefault(str(entity_id), []).append(details)
    return signings, attestations


def _anonymised(connection: Connection) -> set[uuid.UUID]:
    """Persons whose anonymisation is an entry of the chain."""
    return {p for p in connection.execute(select(_log.c.person_id).where(
        _log.c.action == ANONYMISE, _log.c.person_id.is_not(None))).scalars()}


def _matches(values: Mapping[str, Any], details: Any, anonymised: set[uuid.UUID]) -> bool:
    if not isinstance(details, dict):
        return False  # a signing entry whose hashes are gone: nothing vouches for the act
    try:
        n_act, n_party = details.get("columns", [len(ACT_COLUMNS), len(PARTY_COLUMNS)])
        if act_hash(values, int(n_act)) != details.get("act"):
            return False
        if values.get("anonymised_at") is not None:
            # Blanked by retention only: the person's anonymisation is in the chain.
            return values.get("person_id") in anonymised and all(
                values.get(c) == v for c, v in PARTY_BLANK.items())
        return party_hash(values, int(n_party)) == details.get("party")
    except (TypeError, ValueError):
        return False


def protected(connection: Connection) -> bool:
    """Whether the file has the protection of 0012_anchors (an older file is read as is)."""
    return any(i["name"] == SIGNING_INDEX for i in inspect(connection).get_indexes("audit_log"))


def check_acts(connection: Connection) -> ActsReport:
    """Every signed act against its signing entry, and every signing entry against its act."""
    report = ActsReport()
    if not inspect(connection).has_table("decisions"):
        return report
    signings, attestations = _entries(connection)
    copies = _copies(connection)
    anonymised = _anonymised(connection)
    stored = {col["name"] for col in inspect(connection).get_columns("decisions")}
    columns = [c for c in (*ACT_COLUMNS, *PARTY_COLUMNS, "anonymised_at") if c in stored]
    without: list[tuple[str, Mapping[str, Any]]] = []
    rows = connection.execute(select(*(_decisions.c[c] for c in columns))
                              .where(_decisions.c.status == SIGNED)).mappings()
    for values in rows:
        key = str(values["id"])
        issued = values.get("issued_on")
        report.signs[key] = f"{values.get('case_sign')}" + (
            f" z dnia {issued:%d.%m.%Y}" if isinstance(issued, dt.date) else "")
        if key in signings:
            report.checked += 1
            entries = signings.pop(key)
            matching = next((d for d in entries if _matches(values, d, anonymised)), None)
            if matching is None:
                report.altered.append(key)
            else:
                entries.remove(matching)
                if not _replaced(entries, copies.get(key, [])):
                    report.orphaned.append(key)
        else:
            without.append((key, values))
    report.orphaned = sorted([*report.orphaned, *signings])
    _check_unsigned(report, sorted(without), attestations, protected(connection))
    return report


def _copies(connection: Connection) -> dict[str, list[dict[str, Any]]]:
    """Per decision: the later acts the exchange replaced by the first one, as their
    conflict entries keep them (storage/double_signing.py)."""
    from ops_desktop.storage import double_signing

    if not inspect(connection).has_table("sync_conflicts"):
        return {}
    return double_signing.copies(connection)


def _replaced(entries: list[Any], copies: list[dict[str, Any]]) -> bool:
    """Whether every other signing entry of an act is that of a replaced act, kept whole."""
    def kept(details: Any) -> bool:
        try:
            columns = int(details.get("columns", [len(ACT_COLUMNS)])[0])
            return any(act_hash(c, columns) == details.get("act") for c in copies)
        except (AttributeError, TypeError, ValueError, IndexError):
            return False
    return all(kept(d) for d in entries)


def _check_unsigned(report: ActsReport, without: list[tuple[str, Mapping[str, Any]]],
                    attestations: list[Any], is_protected: bool) -> None:
    if not without:
        return
    if not is_protected:  # a file from before the protection: its acts are as they were
        report.before_protection = len(without)
        return
    attested = next((a for a in attestations if isinstance(a, dict)), None)
    if attested is None:
        report.unsigned = [key for key, _values in without]
        return
    columns = int(attested.get("columns") or len(ACT_COLUMNS))
    acts = [(key, act_hash(values, columns)) for key, values in without]
    if attested.get("before_protection") == len(acts) and attested.get("acts") == _attested(acts):
        report.before_protection = len(acts)
    else:  # an act signed before the protection was changed, or one was added to them
        report.attestation_broken = True
