"""The SQLite plans of the statements a service call sends: a list that must stay quick at a
city's scale is read along its index, never by sorting or counting every row."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from sqlalchemy import event

from ops_desktop.services.hub import Services


def plans_of(services: Services, wanted: Callable[[str], bool],
             action: Callable[[], object]) -> list[str]:
    """Run `action`; the plan of each statement it sent that `wanted` picks (SQLite's
    EXPLAIN QUERY PLAN details joined), or [] on another database."""
    seen: list[tuple[str, Any]] = []

    def note(_conn: Any, _cursor: Any, statement: str, parameters: Any, _context: Any,
             _many: bool) -> None:
        if wanted(statement):
            seen.append((statement, parameters))

    engine = services.db.engine
    event.listen(engine, "before_cursor_execute", note)
    try:
        action()
    finally:
        event.remove(engine, "before_cursor_execute", note)
    assert seen, "the call sent no such statement"
    if engine.dialect.name != "sqlite":
        return []
    with engine.connect() as c:
        return [" ".join(str(r[-1]) for r in c.exec_driver_sql("EXPLAIN QUERY PLAN " + s, p))
                for s, p in seen]
