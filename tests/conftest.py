"""Test set-up shared by every test: Qt offscreen before any QApplication, a fresh store per test."""

from __future__ import annotations

import os

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
# The explicit flag that lets a test's database be a plain SQLite file (services/
# store_access.py); the tests of encryption at rest take it away (monkeypatch.delenv), and
# processes the tests start inherit it.
os.environ.setdefault("OPS_DESKTOP_PLAIN_TEST_DB", "1")

# The run's one day (tests/clock.py), held before any test module is collected: modules take
# their TODAY when imported.
from tests.clock import hold_the_day  # noqa: E402

hold_the_day()

import datetime as dt  # noqa: E402
import uuid  # noqa: E402
from collections.abc import Callable, Iterator  # noqa: E402
from contextlib import ExitStack  # noqa: E402
from pathlib import Path  # noqa: E402

import pytest  # noqa: E402

from ops_desktop.domain.vocabulary import Role  # noqa: E402
from ops_desktop.services.context import Actor  # noqa: E402
from ops_desktop.services.demo import SETTINGS  # noqa: E402
from ops_desktop.services.hub import Services  # noqa: E402
from tests.interviewed import interviews_before_decisions  # noqa: E402,F401
from tests.server_db import ON_SERVER, SERVER_URL, ServerDatabases  # noqa: E402


@pytest.fixture(autouse=True)
def _isolated_data_dir(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """Keep every test away from the real user data directory (printouts, default DB)."""
    monkeypatch.setenv("XDG_DATA_HOME", str(tmp_path / "xdg"))
    monkeypatch.delenv("OPS_DESKTOP_DB", raising=False)


@pytest.fixture(scope="session")
def server_databases() -> Iterator[ServerDatabases | None]:
    """With OPS_TEST_DB_URL set, the per-test databases on the PostgreSQL server."""
    if not ON_SERVER:
        yield None
        return
    server = ServerDatabases(SERVER_URL)
    yield server
    server.close()


@pytest.fixture
def new_db_url(tmp_path: Path, server_databases: ServerDatabases | None
               ) -> Iterator[Callable[[], str]]:
    """Makes the URL of another fresh, empty store: a new SQLite file, or with
    OPS_TEST_DB_URL a new migrated database on the server (dropped after the test)."""
    with ExitStack() as stack:
        def make() -> str:
            if server_databases is not None:
                return stack.enter_context(server_databases.fresh())
            return f"sqlite:///{tmp_path / f'ops-{uuid.uuid4().hex[:8]}.sqlite'}"
        yield make


@pytest.fixture
def empty_db_url(tmp_path: Path, server_databases: ServerDatabases | None) -> Iterator[str]:
    """A store not yet created: a path for a new SQLite file, or with OPS_TEST_DB_URL an
    empty database on the server (dropped after the test)."""
    if server_databases is None:
        yield f"sqlite:///{tmp_path / 'new.sqlite'}"
        return
    with server_databases.fresh(migrated=False) as url:
        yield url


@pytest.fixture
def db_url(tmp_path: Path, server_databases: ServerDatabases | None) -> Iterator[str]:
    """A fresh store: a new SQLite file, or with OPS_TEST_DB_URL a new migrated database on
    the PostgreSQL server (dropped after the test)."""
    if server_databases is None:
        yield f"sqlite:///{tmp_path / 'ops.sqlite'}"
        return
    with server_databases.fresh() as url:
        yield url


@pytest.fixture
def services(db_url: str) -> Iterator[Services]:
    """An empty office (settings of the demo gmina, no people) on a real SQLite file (or a
    PostgreSQL database with OPS_TEST_DB_URL)."""
    svc = Services.open(db_url)
    svc.office.save_settings(SETTINGS)
    yield svc
    svc.close()


def _staff(services: Services, login: str, name: str, position: str,
           roles: frozenset[Role], authorised: bool = False) -> Actor:
    user_id = services.office.add_user(login, name, position, roles)
    if authorised:
        services.office.grant_authorisation(user_id, "Zarządzenie nr 12/2025", dt.date(2025, 1, 2))
    return Actor(user_id, name, position, roles)


@pytest.fixture
def desk(services: Services) -> Actor:
    return _staff(services, "desk", "Anna Nowicka", "pracownik socjalny",
                  frozenset({Role.FIRST_CONTACT}))


@pytest.fixture
def benefits_worker(services: Services) -> Actor:
    return _staff(services, "benefits", "Piotr Zieliński", "specjalista ds. świadczeń",
                  frozenset({Role.BENEFITS}))


@pytest.fixture
def signer(services: Services) -> Actor:
    """A benefits worker holding the mayor's authorisation to sign decisions."""
    return _staff(services, "signer", "Katarzyna Wiśniewska", "starszy specjalista",
                  frozenset({Role.BENEFITS}), authorised=True)


@pytest.fixture
def social_worker(services: Services) -> Actor:
    return _staff(services, "social", "Magdalena Kowalczyk", "pracownik socjalny",
                  frozenset({Role.SOCIAL_WORK}))


@pytest.fixture
def coordinator(services: Services) -> Actor:
    return _staff(services, "head", "Barbara Żółkiewska", "Kierownik Ośrodka",
                  frozenset({Role.COORDINATOR}), authorised=True)


@pytest.fixture
def auditor(services: Services) -> Actor:
    """The data-protection officer: reads the audit log and nothing else."""
    return _staff(services, "iod", "Irena Szymańska", "Inspektor Ochrony Danych",
                  frozenset({Role.AUDITOR}))


@pytest.fixture
def admin(services: Services) -> Actor:
    """The administrator: accounts, settings and backups, no case content."""
    return _staff(services, "admin", "Admin", "informatyk", frozenset({Role.ADMINISTRATOR}))


def pytest_configure(config: pytest.Config) -> None:
    config.addinivalue_line("markers", "without_interview: the application a decision is "
                            "prepared on gets no family interview from tests/interviewed.py")
