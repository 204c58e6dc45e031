"""Lists replaced as a whole: an application's incomes, its draft decision.

The worker replaces the income lines of an application in one go (the old lines go, the new
ones come), and preparing a draft decision again replaces the earlier draft. The exchange
carries rows, not intentions: two PCs that each replaced the list while apart send each
other their deletions of the OLD rows and their insertions of their NEW rows, so both new
lists used to end up live on every PC – the assessment summed both (doubled incomes, a
wrong amount on a decision), and the head saw two drafts of one application and could sign
both (two grants for one application).

Now the list has a version that travels as an ordinary field of its application:

- `applications.incomes_version`: a fresh id written by every replacement of the incomes;
  each income line carries the version it was entered in (`incomes.list_version`);
- `applications.current_draft_id`: the id of the draft decision last prepared on it.

Two PCs that replaced the list apart both changed that one field, so the exchange's
per-field last-writer-wins (storage/replica.py) gives it ONE value on every PC, and the PC
whose value lost writes the usual conflict entry, which travels to the coordinator's
"Konflikty wymiany". Reads take only the winning list: the incomes shown and assessed are
the lines of the winning version, the drafts listed and signable are the current one (a
postanowienie is a matter of its own and is never replaced by a decision's draft). The
losing rows are not deleted – nothing typed is lost – so the coordinator's "take the other
value" switches the field, and with it the whole list, on every PC.

A NULL version is how rows from before migration 0044 look: then every live row is the list,
as before. Replacing a list removes the rows of the current list only; the rows of a version
that lost stay while the coordinator may still take them (the same as a field's lost value
in the conflict entry, which stays takeable after later edits). Closing the entry deletes
nothing either: an entry written on a third PC may not have reached this one yet and still
offer that list (tests/exchange/test_lists_apart.py). Anonymisation blanks income
lines by their application whatever their version (storage/anonymisation.py), and the data
subject's export lists every line held about the person, those of a losing version too.
"""

from __future__ import annotations

import uuid
from collections.abc import Iterable, Mapping
from typing import Any

from sqlalchemy import ColumnElement, and_, exists, select
from sqlalchemy.orm import Session

from ops_desktop.domain.ids import new_id
from ops_desktop.domain.vocabulary import ORDER_KINDS, DecisionStatus
from ops_desktop.storage.models import ApplicationRow, DecisionRow, IncomeRow

_ORDER_CODES = tuple(sorted(k.value for k in ORDER_KINDS))
DRAFT = DecisionStatus.DRAFT.value


# --- incomes -------------------------------------------------------------------------------


def in_list(version: uuid.UUID | None, line: IncomeRow) -> bool:
    """Whether a live income line belongs to the application's list of `version`."""
    return line.deleted_at is None and (version is None or line.list_version == version)


def live_incomes(app: ApplicationRow) -> list[IncomeRow]:
    """The application's income lines: those of its winning version (every live line while
    it has none)."""
    return [i for i in app.incomes if in_list(app.incomes_version, i)]


def no_income_stated(app: ApplicationRow) -> bool:
    """Whether the worker's statement that the household has no income holds. The statement
    (`no_income_declared_at`, `no_income_version`) and the list (`incomes_version`) are
    fields each with its own winner when two PCs saved apart: a statement beside another
    list is the other PC's, which that list replaced (with lines, or emptied without the
    statement), so it holds only beside the list it was said of, and while that is empty."""
    return said_of_this_list(app) and not live_incomes(app)


def said_of_this_list(app: ApplicationRow) -> bool:
    """The statement's part of that rule that needs no income line read (a list view's):
    made, and of the list that won (or made before statements named their list)."""
    said_of = app.no_income_version
    return app.no_income_declared_at is not None and (said_of is None
                                                      or said_of == app.incomes_version)


# The fields one statement of «brak dochodów» writes together (services/applications.py).
STATEMENT_FIELDS = ("incomes_version", "no_income_declared_at", "no_income_version")


def same_statement(app: ApplicationRow, incoming: Mapping[str, Any]) -> bool:
    """Whether an application's change from another PC states «brak dochodów», as this PC's
    copy does: both lists are empty and both say why, so whichever wins means the same and
    the coordinator has nothing to choose. A list emptied without the statement is another
    matter (a worker who has not yet typed the incomes), and still reaches the coordinator."""
    return ("incomes_version" in incoming
            and incoming.get("no_income_declared_at") is not None
            and no_income_stated(app))


def replaced_incomes(app: ApplicationRow) -> list[IncomeRow]:
    """The lines a new list replaces: the current list, and any line entered before versions
    (none are left beside a version unless a PC of an older program wrote them)."""
    return [i for i in app.incomes
            if i.deleted_at is None and (i.list_version is None
                                         or i.list_version == app.incomes_version)]


def new_incomes_version(app: ApplicationRow) -> uuid.UUID:
    """A fresh version for a list about to be written; the application names it."""
    version = new_id()
    app.incomes_version = version
    return version


def incomes_of_version(lines: Iterable[IncomeRow], version: uuid.UUID | None
                       ) -> list[IncomeRow]:
    """The live lines of one version (the coordinator's view of a conflict's two lists)."""
    return [i for i in lines if i.deleted_at is None and i.list_version == version]


# --- draft decisions -------------------------------------------------------------------------


def replaces_drafts(decision: DecisionRow) -> bool:
    """A decision's draft replaces the application's earlier one; a postanowienie does not."""
    return decision.kind not in _ORDER_CODES


def is_current_draft(app: ApplicationRow, decision: DecisionRow) -> bool:
    """Whether `decision` is (one of) its application's draft(s) a head may see and sign:
    the current one, or any while the application names none (drafts from before 0044).
    A signed act and a postanowienie are never superseded by this rule."""
    if decision.status != DRAFT or not replaces_drafts(decision):
        return True
    return app.current_draft_id is None or app.current_draft_id == decision.id


def superseded_draft() -> ColumnElement[bool]:
    """SQL: a decision's draft another draft of its application replaced (on another PC
    while apart); lists of decisions leave it out."""
    return and_(
        DecisionRow.status == DRAFT,
        DecisionRow.kind.not_in(_ORDER_CODES),
        exists(select(ApplicationRow.id).where(
            ApplicationRow.id == DecisionRow.application_id,
            ApplicationRow.current_draft_id.is_not(None),
            ApplicationRow.current_draft_id != DecisionRow.id)))


def make_current(app: ApplicationRow, decision: DecisionRow) -> None:
    """`decision` (a new draft, its id already given) is the application's current draft."""
    app.current_draft_id = decision.id


# --- the coordinator's conflict entry --------------------------------------------------------

INCOMES_FIELD, DRAFT_FIELD = "incomes_version", "current_draft_id"


def lines_of(session: Session, versions: Iterable[uuid.UUID]) -> dict[uuid.UUID, list[IncomeRow]]:
    """The live lines of each version, in the order they were entered: what each of the two
    lists of an income conflict held."""
    wanted = set(versions)
    out: dict[uuid.UUID, list[IncomeRow]] = {v: [] for v in wanted}
    if wanted:
        for line in session.scalars(select(IncomeRow).where(
                IncomeRow.list_version.in_(wanted), IncomeRow.deleted_at.is_(None))
                .order_by(IncomeRow.created_at, IncomeRow.id)):
            out[line.list_version].append(line)  # type: ignore[index]
    return out


def drafts_of(session: Session, ids: Iterable[uuid.UUID]) -> dict[uuid.UUID, DecisionRow]:
    """The drafts (or acts, if signed since) a draft conflict names that this PC holds."""
    wanted = set(ids)
    if not wanted:
        return {}
    return {d.id: d for d in session.scalars(select(DecisionRow).where(DecisionRow.id.in_(wanted)))}
