"""A store error's text names the statement, never the person's values bound to it."""

from __future__ import annotations

from pathlib import Path

import pytest
from sqlalchemy import text
from sqlalchemy.exc import IntegrityError

from ops_desktop.storage.database import create_db_engine


def test_a_failed_statement_does_not_carry_its_values_into_the_message(tmp_path: Path) -> None:
    engine = create_db_engine(f"sqlite:///{tmp_path / 'x.sqlite'}")
    with engine.begin() as conn:
        conn.execute(text("CREATE TABLE t (pesel TEXT UNIQUE)"))
        conn.execute(text("INSERT INTO t VALUES (:p)"), {"p": "44051401359"})
    with pytest.raises(IntegrityError) as caught, engine.begin() as conn:
        conn.execute(text("INSERT INTO t VALUES (:p)"), {"p": "44051401359"})
    assert "INSERT INTO t" in str(caught.value)
    assert "44051401359" not in str(caught.value)
    engine.dispose()
