"""How a page of persons found by name is read in the shown order without sorting them all.

A short word typed at the desk ("now", "mar") matches tens of thousands of persons in a city.
Sorting every match by name means looking each one up in the persons table, about 1.5 µs
apiece: 30–50 ms at 500,000 persons, more than a keystroke may take. Yet the list shows only
its first page. Every plan here gives exactly the persons the FTS5 query finds, in
(search_name, id) order; the plan decides only how much is read to get there:

- The first word typed is most often the start of the surname, which the folded name begins
  with: those persons are one range of the name index (ix_persons_search_name), read in order
  only up to the page's end.
- The others are found by a later word (a first name, the second part of a double surname).
  FTS5 tells them apart itself (`NOT ^"word"*`: not the first word of the name). When they are
  few they are looked up and sorted; when many, the name index read in order from its start
  meets a page of them soon (a thousandth of the names or more are theirs).
- A first word that is not plain letters and digits, or several words finding few persons,
  are sorted the simple way, all matches.
"""

from __future__ import annotations

import re
from typing import Any

from sqlalchemy import text
from sqlalchemy.orm import Session

from ops_desktop.storage.models import PERSON_LIVE
from ops_desktop.storage.triggers import PERSON_SEARCH_TABLE

# Later-word matches looked up and sorted one by one at most (about 4 ms); beyond it they are
# so frequent that reading the name index in order from the start finds a page of them sooner.
SORTED_ONE_BY_ONE_MAX = 3000
# Matches of several typed words sorted all together at most (about 1.5 ms).
FEW = 1000

_PLAIN = re.compile(r"[0-9a-z]+")
_KEYS = "SELECT rowid AS person_rowid, search_name, id FROM persons"
_IN_ORDER = _KEYS + " INDEXED BY ix_persons_search_name"
# Live and not merged into another record (storage/person_merge.py): what the name index holds.
_LIVE = PERSON_LIVE
_ORDER = "ORDER BY search_name, id"
_MATCHED = (f"rowid IN (SELECT rowid FROM {PERSON_SEARCH_TABLE} "
            f"WHERE {PERSON_SEARCH_TABLE} MATCH :person_match)")
_ELSEWHERE = (f"rowid IN (SELECT rowid FROM {PERSON_SEARCH_TABLE} "
              f"WHERE {PERSON_SEARCH_TABLE} MATCH :elsewhere_match)")
_STARTS = "search_name >= :low AND search_name < :high"
# Names that begin with something other than a plain letter or digit (an apostrophe, a letter
# of another alphabet): FTS5 may see their first word further in, so neither the range nor
# `NOT ^"word"*` is sure to hold them. There are normally none or a handful; each part also
# leaves out what another part holds, so overlapping bounds cannot repeat a person.
_ODD_STARTS = ("search_name > '' AND search_name < 'a'", "search_name >= '{'")


def _found(session: Session, match: str, most: int) -> int:
    """How many persons the FTS5 query finds, counted no further than one past `most`."""
    return int(session.execute(text(
        f"SELECT count(*) FROM (SELECT 1 FROM {PERSON_SEARCH_TABLE} WHERE {PERSON_SEARCH_TABLE} "
        "MATCH :match LIMIT :most)"), {"match": match, "most": most + 1}).scalar_one())


def found_rowids(session: Session, match: str, most: int) -> str:
    """Rowids of the persons the FTS5 query finds, no more than one past `most`, as a JSON
    array (SQLite builds it in one piece: a thousand rows one by one cost more)."""
    return str(session.execute(text(
        f"SELECT json_group_array(rowid) FROM (SELECT rowid FROM {PERSON_SEARCH_TABLE} "
        f"WHERE {PERSON_SEARCH_TABLE} MATCH :match LIMIT :most)"),
        {"match": match, "most": most + 1}).scalar_one())


def name_page_plan(session: Session, words: list[str], match: str) -> tuple[str, dict[str, Any]]:
    """SQL giving (person_rowid, search_name, id) of every match in the shown order, to be
    followed by LIMIT and OFFSET, and its parameters (besides those two)."""
    params: dict[str, Any] = {"person_match": match}
    first = words[0]
    simple = f"{_KEYS} WHERE {_MATCHED} AND {_LIVE} {_ORDER}"
    # Several words typed ("kowalski ja") mostly find a few persons: then sorting them all
    # is cheapest, and each plan below would ask FTS5 twice more.
    if not _PLAIN.fullmatch(first) or (
            len(words) > 1 and _found(session, match, FEW) <= FEW):
        return simple, params
    elsewhere = f'({match}) NOT ^"{first}"*'
    if _found(session, elsewhere, SORTED_ONE_BY_ONE_MAX) > SORTED_ONE_BY_ONE_MAX:
        # The index holds live, unmerged names only (storage/triggers.py): a match needs no look at
        # the row, so the walk reads the name index alone until the page is full.
        return f"{_IN_ORDER} WHERE {_MATCHED} {_ORDER}", params
    params["elsewhere_match"] = elsewhere
    params["low"], params["high"] = first, first[:-1] + chr(ord(first[-1]) + 1)
    # The range holds only names whose first word starts with `first`; with more words typed
    # they must match too (and a match is live). The page's end bounds it (:limit + :offset).
    others = _MATCHED if len(words) > 1 else _LIVE
    odd = "".join(f" UNION ALL SELECT * FROM ({_IN_ORDER} WHERE {bounds} AND NOT ({_STARTS}) "
                  f"AND {_MATCHED} AND NOT {_ELSEWHERE})" for bounds in _ODD_STARTS)
    return (f"SELECT * FROM ("
            f"SELECT * FROM ({_IN_ORDER} WHERE {_STARTS} AND {others} {_ORDER} "
            f"LIMIT :limit + :offset) "
            f"UNION ALL SELECT * FROM ({_KEYS} WHERE {_ELSEWHERE} AND NOT ({_STARTS}))"
            f"{odd}) {_ORDER}"), params
