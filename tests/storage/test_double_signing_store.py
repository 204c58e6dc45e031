"""The store's one path past a signed act's immutability: the exchange replacing the later of
two acts of one draft by the first, once the later one is kept whole in its conflict entry.
Run on SQLite and, with OPS_TEST_DB_URL, on PostgreSQL (the triggers differ)."""

from __future__ import annotations

import datetime as dt
import uuid

from sqlalchemy import select

from ops_desktop.domain.hlc import Stamp
from ops_desktop.domain.vocabulary import DecisionStatus
from ops_desktop.services.hub import Services
from ops_desktop.storage import acts, double_signing
from ops_desktop.storage.models import DecisionRow, SyncConflictRow
from tests.server_db import RawSQL
from tests.storage.test_signed_acts import _ids, office  # noqa: F401 – the fixture

MEMBER_1, MEMBER_2 = str(uuid.UUID(int=1)), str(uuid.UUID(int=2))


def _replace_by_an_act_signed_earlier(services: Services, decision_id: uuid.UUID
                                      ) -> tuple[dict, dict]:
    """This PC holds the later act; the first one, signed an hour before on PC 1, arrives."""
    with services.db.session() as s:
        row = s.get(DecisionRow, decision_id)
        assert row is not None
        later = acts.row_values(row)
        signed_at = later["signed_at"] - dt.timedelta(hours=1)
        first = {"signed_at": signed_at, "signatory_name": "Barbara Żółkiewska"}
        ours = Stamp(int(later["signed_at"].timestamp() * 1000), 0, MEMBER_2).text()
        theirs = Stamp(int(signed_at.timestamp() * 1000), 0, MEMBER_1).text()
        assert double_signing.settle(s, row, ours, first, theirs, None)[0]
    return later, first


def test_the_exchange_replaces_the_later_act_and_verify_accounts_for_both(
        office: Services) -> None:  # noqa: F811
    decision_id = uuid.UUID(_ids(office, DecisionStatus.SIGNED)[0])
    later, first = _replace_by_an_act_signed_earlier(office, decision_id)
    with office.db.session() as s:
        row = s.get(DecisionRow, decision_id)
        assert row is not None and row.status == "signed"
        assert (row.signed_at, row.signatory_name) == (first["signed_at"], first["signatory_name"])
        [entry] = s.scalars(select(SyncConflictRow)).all()
        assert double_signing.kept_copy(entry.lost_value) == double_signing.act_values(later)
    with office.db.engine.connect() as conn:
        report = acts.check_acts(conn)
    # The row matches its new signing entry; the replaced act's entry matches the kept copy.
    assert report.ok, (report.altered, report.orphaned)


def test_the_entry_lets_only_its_own_replacement_pass(office: Services) -> None:  # noqa: F811
    decision_id = uuid.UUID(_ids(office, DecisionStatus.SIGNED)[0])
    later, _first = _replace_by_an_act_signed_earlier(office, decision_id)
    with RawSQL(office.db) as conn:
        for statement, value in (
                ("UPDATE decisions SET amount_grosze = ? WHERE id = ?", 1),
                # back to the later act: the entry keeps it, it does not let it return
                ("UPDATE decisions SET signed_at = ? WHERE id = ?", later["signed_at"]),
                ("UPDATE decisions SET status = ? WHERE id = ?", "draft")):
            try:
                conn.execute(statement, (value, decision_id.hex))
            except conn.IntegrityError:
                continue
            raise AssertionError(f"the store took: {statement}")


def test_a_tool_planting_an_entry_is_named_by_verify(office: Services) -> None:  # noqa: F811
    """An entry whose copy is not the act its signing entry vouches for passes the trigger
    (it cannot hash) but not `verify`: the replaced act's signing has no act."""
    decision_id = uuid.UUID(_ids(office, DecisionStatus.SIGNED)[0])
    with office.db.session() as s:
        row = s.get(DecisionRow, decision_id)
        assert row is not None
        forged = {**acts.row_values(row), "amount_grosze": 1}
        ours = Stamp(int(row.signed_at.timestamp() * 1000), 0, MEMBER_2).text()
        double_signing.keep_later_act(s, str(decision_id), forged, ours)
        row.signed_at = row.signed_at - dt.timedelta(days=1)
        acts.record_signing(s, None, row)
    with office.db.engine.connect() as conn:
        report = acts.check_acts(conn)
    assert report.orphaned == [str(decision_id)]
