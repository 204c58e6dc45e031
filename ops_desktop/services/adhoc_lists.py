"""Ad-hoc lists for the head: build, run, save under a name, export (domain/adhoc_lists.py).

Every field a list reads is checked against the reader's permissions (a list cannot show
what the reader could not read on its own screen); running and exporting a list are audited
like the other lists. Saved lists are settings of this PC (`adhoc_list:<name>`, declared
local in storage/replication.py: the exchange between PCs takes settings only from those
who manage the office's settings, which the head does not).
"""

from __future__ import annotations

import dataclasses
from dataclasses import dataclass
from typing import Any

from ops_desktop.domain.adhoc_lists import (
    CATALOGUE,
    MAX_ROWS,
    ListDefinition,
    ListField,
    require_valid,
    shown,
    stored,
    used_fields,
)
from ops_desktop.domain.errors import FieldError, PermissionDenied, ValidationError
from ops_desktop.domain.permissions import Permission
from ops_desktop.services.context import Actor, require
from ops_desktop.storage import adhoc_list_queries as q
from ops_desktop.storage import audit, queries
from ops_desktop.storage.database import Database

ENTITY = "adhoc_list"
PREFIX = "adhoc_list:"


@dataclass(frozen=True)
class ListResult:
    headers: tuple[str, ...]
    rows: list[tuple[Any, ...]]


class AdhocListService:
    def __init__(self, db: Database) -> None:
        self.db = db

    def fields(self, actor: Actor, entity: str) -> tuple[ListField, ...]:
        """The fields of a kind of record that the actor may read, for the builder."""
        require(actor, Permission.OVERSEE_TEAMS)
        if entity not in CATALOGUE:
            raise ValidationError([FieldError("entity", "invalid")])
        return tuple(f for f in CATALOGUE[entity] if actor.may(f.permission))

    def _check(self, actor: Actor, d: ListDefinition) -> None:
        require(actor, Permission.OVERSEE_TEAMS)
        require_valid(d)
        fields = d.fields()
        for key in sorted(used_fields(d)):
            if not actor.may(fields[key].permission):
                raise PermissionDenied(fields[key].permission.value)

    def run(self, actor: Actor, d: ListDefinition, limit: int = MAX_ROWS) -> ListResult:
        self._check(actor, d)
        typed = dataclasses.replace(d, filters=tuple(
            dataclasses.replace(f, value=stored(f.field, f.value)) for f in d.filters))
        with self.db.session(actor.user_id) as s:
            found = [tuple(shown(c, v) for c, v in zip(d.columns, r, strict=True))
                     for r in q.rows(s, typed, min(limit, MAX_ROWS))]
            audit.record(s, actor.user_id, "view", ENTITY, None, None,
                         {"list": d.name, "entity": d.entity, "rows": len(found)})
        fields = d.fields()
        return ListResult(tuple(fields[c].label for c in d.columns), found)

    def export(self, actor: Actor, d: ListDefinition, kind: str) -> bytes:
        """The whole list as "xlsx" or "csv"; taking it out of the program is audited."""
        from ops_desktop.documents import adhoc_list_export as out

        if kind not in ("xlsx", "csv"):
            raise ValidationError([FieldError("format", "invalid")])
        result = self.run(actor, d)
        with self.db.session(actor.user_id) as s:
            audit.record(s, actor.user_id, "export", ENTITY, None, None,
                         {"list": d.name, "entity": d.entity, "rows": len(result.rows),
                          "format": kind})
        if kind == "xlsx":
            return out.to_xlsx(d.name, result.headers, result.rows)
        return out.to_csv(result.headers, result.rows)

    def save(self, actor: Actor, d: ListDefinition) -> None:
        self._check(actor, d)
        with self.db.session(actor.user_id) as s:
            queries.put_setting(s, PREFIX + d.name.strip(), d.to_json())

    def saved(self, actor: Actor) -> list[ListDefinition]:
        """The office's saved lists by name; a list using a field the actor may not read is
        left out."""
        require(actor, Permission.OVERSEE_TEAMS)
        with self.db.session(actor.user_id) as s:
            stored = queries.settings(s)
        found = []
        for key, value in sorted(stored.items()):
            if key.startswith(PREFIX) and value:
                d = ListDefinition.from_json(key[len(PREFIX):], value)
                fields = d.fields()
                if all(k in fields and actor.may(fields[k].permission) for k in used_fields(d)):
                    found.append(d)
        return found

    def delete(self, actor: Actor, name: str) -> None:
        require(actor, Permission.OVERSEE_TEAMS)
        with self.db.session(actor.user_id) as s:
            queries.put_setting(s, PREFIX + name.strip(), "")  # an empty value: no list
