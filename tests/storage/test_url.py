"""The file an SQLite URL names, read without SQLAlchemy, is the file SQLAlchemy reads."""

from __future__ import annotations

import string
import subprocess
import sys
from pathlib import Path

from hypothesis import given
from hypothesis import strategies as st
from sqlalchemy.engine import make_url

from ops_desktop import config
from ops_desktop.storage.url import is_sqlite_url, sqlite_path

# Path characters an office's folder may hold, including the two the quick reading leaves
# to SQLAlchemy ("%" escapes and "?" queries), spaces and Polish letters.
PATH_CHARS = string.ascii_letters + string.digits + " ._-/ąęłńóśźżĄĘŁŃÓŚŹŻ%?#\\:"


def _sqlalchemy_path(url: str) -> Path | None:
    parsed = make_url(url)
    if parsed.get_backend_name() == "sqlite" and parsed.database and parsed.database != ":memory:":
        return Path(parsed.database)
    return None


@given(st.text(alphabet=PATH_CHARS, max_size=40),
       st.sampled_from(["sqlite:///", "sqlite:////", "sqlite+pysqlite:///"]))
def test_every_sqlite_url_names_the_file_sqlalchemy_opens(tail: str, prefix: str) -> None:
    url = prefix + tail
    assert sqlite_path(url) == _sqlalchemy_path(url)
    assert is_sqlite_url(url)


def test_the_urls_the_program_writes_itself(tmp_path: Path) -> None:
    for name in ("ops.sqlite", "Ośrodek Pomocy Społecznej.sqlite", "biuro 2026/ops.sqlite"):
        url = config.database_url(str(tmp_path / name))
        assert sqlite_path(url) == _sqlalchemy_path(url) == (tmp_path / name).resolve()


def test_a_server_and_memory_name_no_file() -> None:
    assert sqlite_path("postgresql+psycopg://ops:x@server/ops") is None
    assert not is_sqlite_url("postgresql+psycopg://ops:x@server/ops")
    assert sqlite_path("sqlite://") is None
    assert sqlite_path("sqlite:///:memory:") is None


def test_the_first_window_loads_no_store_modules() -> None:
    """What the sign-in dialog of an encrypted office needs loads without SQLAlchemy: the
    store's modules load in the background while it is shown (app.load_store_meanwhile)."""
    code = ("import sys; import ops_desktop.app, ops_desktop.ui.unlock, "
            "ops_desktop.services.store_access, ops_desktop.domain.calendar; "
            "print(sorted(m for m in ('sqlalchemy', 'holidays', 'reportlab') if m in sys.modules))")
    assert _fresh_interpreter(code) == "[]"


def _fresh_interpreter(code: str) -> str:
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True,
                         cwd=Path(__file__).resolve().parents[2],
                         check=True, env={"QT_QPA_PLATFORM": "offscreen", "PATH": ""})
    return out.stdout.strip()


def test_the_first_window_defers_what_it_does_not_paint() -> None:
    """Beyond the store: the office's vocabulary (ui/labels.py and the domain behind it),
    babel and the time-zone data load with the first message or value shown, and Qt's
    namespace of enums (tens of milliseconds) with the first use, and argon2 and cryptography
    when a key slot is opened – none of them is needed to paint the sign-in dialog of an
    encrypted office (benchmarks/first_window.py)."""
    code = ("import sys; from PySide6.QtWidgets import QApplication; app = QApplication([]); "
            "import PySide6.QtCore as core; import ops_desktop.app as program; "
            "from ops_desktop.ui.about_dialog import program_icon; program_icon(); "
            "from ops_desktop.i18n import qt_locale; "
            "from ops_desktop.ui.unlock import LockedSignInDialog; "
            "program.app_locale.apply_to_values('pl'); "
            "dialog = LockedSignInDialog('sqlite:////nonexistent/office.sqlite', 'anowicka', 'x'); "
            "wanted = ('ops_desktop.ui.labels', 'ops_desktop.domain.interviews', 'babel', "
            "'zoneinfo', 'ops_desktop.services.hub', 'argon2', 'cryptography'); "
            "print(sorted(m for m in wanted if m in sys.modules), 'Qt' in vars(core))")
    assert _fresh_interpreter(code) == "[] False"
