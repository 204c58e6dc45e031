"""The layers import one way only: ui → services → {documents, storage} → domain; cli like ui."""

from __future__ import annotations

import ast
from collections.abc import Iterable
from pathlib import Path

import pytest

PACKAGE = Path(__file__).resolve().parent.parent / "ops_desktop"

# What each layer must never import (prefixes of module names).
FORBIDDEN: dict[str, tuple[str, ...]] = {
    "domain": ("PySide6", "sqlalchemy", "alembic", "reportlab", "ops_desktop.storage",
               "ops_desktop.services", "ops_desktop.documents", "ops_desktop.ui",
               "ops_desktop.app"),
    "documents": ("PySide6", "sqlalchemy", "alembic", "ops_desktop.storage",
                  "ops_desktop.services", "ops_desktop.ui", "ops_desktop.app"),
    "storage": ("PySide6", "reportlab", "ops_desktop.services", "ops_desktop.documents",
                "ops_desktop.ui", "ops_desktop.app"),
    "services": ("PySide6", "sqlalchemy", "alembic", "ops_desktop.ui", "ops_desktop.app"),
    "exchange": ("PySide6", "sqlalchemy", "alembic", "reportlab", "ops_desktop.services",
                 "ops_desktop.documents", "ops_desktop.ui", "ops_desktop.app"),
    "ui": ("sqlalchemy", "alembic", "ops_desktop.storage", "ops_desktop.app"),
    "i18n": ("sqlalchemy", "ops_desktop.storage", "ops_desktop.services", "ops_desktop.ui"),
    # A top layer like ui: the administrator's commands go through services, or through the
    # few storage entry points below that work on a file before any service can be opened.
    "cli": ("PySide6", "sqlalchemy", "alembic", "ops_desktop.storage", "ops_desktop.ui",
            "ops_desktop.app"),
}

# Storage modules the command line may use: backup files, the read-only file check and
# the audit chain's report it describes. None of them hands out a SQLAlchemy object.
CLI_STORAGE = {"ops_desktop.storage.backup", "ops_desktop.storage.file_check",
               "ops_desktop.storage.audit"}


def module_name(path: Path) -> str:
    return ".".join(path.relative_to(PACKAGE.parent).with_suffix("").parts)


def imported_modules(path: Path, module: str | None = None, members: bool = False) -> set[str]:
    """Absolute names of what `path` (the module `module`) imports, relative imports resolved.

    With `members`, `from a.b import c` gives `a.b.c` (c may be a module or a name in it)
    instead of `a.b`, so a rule can allow one module of a package and not the rest.
    """
    package = (module or module_name(path)).split(".")[:-1]
    tree = ast.parse(path.read_text(encoding="utf-8"))
    names: set[str] = set()
    for node in ast.walk(tree):
        if isinstance(node, ast.Import):
            names.update(alias.name for alias in node.names)
        elif isinstance(node, ast.ImportFrom):
            if node.level == 0 and node.module:
                source = node.module
            else:  # relative: resolve against the file's package
                base = package[: len(package) - (node.level - 1)]
                source = ".".join(base + ([node.module] if node.module else []))
            if members:
                names.update(f"{source}.{alias.name}" for alias in node.names)
            else:
                names.add(source)
    return names


def layer_files() -> list[tuple[str, Path]]:
    return [(layer, f) for layer in FORBIDDEN for f in sorted((PACKAGE / layer).rglob("*.py"))]


@pytest.mark.parametrize(("layer", "path"), layer_files(),
                         ids=lambda v: v if isinstance(v, str) else v.name)
def test_layer_imports_only_downward(layer: str, path: Path) -> None:
    assert not forbidden_imports(layer, path), \
        f"{path.relative_to(PACKAGE)} imports {sorted(forbidden_imports(layer, path))}"


def forbidden_imports(layer: str, path: Path, module: str | None = None) -> set[str]:
    # qt_locale is the i18n module that applies the decision to Qt; only the app calls it.
    if path.name == "qt_locale.py":
        forbidden = tuple(f for f in FORBIDDEN[layer] if f != "PySide6")
    else:
        forbidden = FORBIDDEN[layer]
    allowed = CLI_STORAGE if layer == "cli" else set()

    def within(name: str, prefixes: Iterable[str]) -> bool:
        return any(name == p or name.startswith(p + ".") for p in prefixes)

    return {m for m in imported_modules(path, module, members=bool(allowed))
            if within(m, forbidden) and not within(m, allowed)}


def test_every_layer_has_files() -> None:
    counts = {layer: sum(1 for lay, _ in layer_files() if lay == layer) for layer in FORBIDDEN}
    assert all(n > 0 for n in counts.values()), counts


def test_the_check_catches_a_wrong_import(tmp_path: Path) -> None:
    wrong = tmp_path / "wrong.py"
    wrong.write_text("from ops_desktop.storage.models import PersonRow\nimport PySide6.QtCore\n"
                     "from ..storage import queries\n")
    found = imported_modules(wrong, "ops_desktop.ui.wrong")
    assert {"ops_desktop.storage.models", "PySide6.QtCore", "ops_desktop.storage"} <= found


def test_the_cli_may_not_reach_sqlalchemy_or_storage_internals(tmp_path: Path) -> None:
    command = tmp_path / "command.py"
    command.write_text("from sqlalchemy import text\nfrom ops_desktop.storage.models import X\n"
                       "from ops_desktop.storage import backup\n"
                       "from ops_desktop.storage.file_check import check_file\n")
    assert forbidden_imports("cli", command, "ops_desktop.cli.command") == {
        "sqlalchemy.text", "ops_desktop.storage.models.X"}


def test_the_services_load_no_pdf_library_until_a_paper_is_printed() -> None:
    """reportlab and the papers' layout (about 140 ms and 20 MB) load when something is
    printed, not at every start: services build a paper's data from modules free of it."""
    probe = ("import sys, ops_desktop.services.hub; "
             "print(sorted(m for m in sys.modules if m.split('.')[0] == 'reportlab'"
             " or m.startswith('ops_desktop.documents.') and 'data' not in m"
             " and m not in ('ops_desktop.documents.values', 'ops_desktop.documents.texts'))[:8])")
    assert _printed_by_a_fresh_interpreter(probe) == "[]"


def test_what_the_sign_in_dialog_needs_loads_no_database_driver() -> None:
    """Telling an encrypted office from a plain or new one and reading its key slots (all the
    sign-in dialog does before it paints) need neither SQLite driver nor SQLAlchemy: they load
    in the background while the dialog waits (app.load_store_meanwhile)."""
    probe = ("import sys, ops_desktop.app, ops_desktop.services.store_access, "
             "ops_desktop.ui.unlock; "
             "print(sorted(m for m in sys.modules if m.split('.')[0] in "
             "('sqlite3', 'sqlcipher3', 'sqlalchemy')))")
    assert _printed_by_a_fresh_interpreter(probe) == "[]"


def _printed_by_a_fresh_interpreter(probe: str) -> str:
    """What `probe` prints run by a new interpreter in the checkout: what a start imports."""
    import subprocess
    import sys

    done = subprocess.run([sys.executable, "-c", probe], capture_output=True, text=True,
                          check=True, cwd=Path(__file__).resolve().parents[1])
    return done.stdout.strip()
