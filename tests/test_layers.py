"""The layers import one way only: ui → services → {documents, storage} → domain."""

from __future__ import annotations

import ast
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
}


def module_name(path: Path) -> str:
    return ".".join(path.relative_to(PACKAGE.parent).with_suffix("").parts)


def imported_modules(path: Path, module: str | None = None) -> set[str]:
    """Absolute names of what `path` (the module `module`) imports, relative imports resolved."""
    package = (module or module_name(path)).split(".")[:-1]
    tree = ast.parse(path.read_text(encoding="utf-8"))
    names: set[str] = set()
    for node in ast.walk(tree):
        if isinstance(node, ast.Import):
            names.update(alias.name for alias in node.names)
        elif isinstance(node, ast.ImportFrom) and node.level == 0 and node.module:
            names.add(node.module)
        elif isinstance(node, ast.ImportFrom):  # relative: resolve against the file's package
            base = package[: len(package) - (node.level - 1)]
            names.add(".".join(base + ([node.module] if node.module else [])))
    return names


def layer_files() -> list[tuple[str, Path]]:
    return [(layer, f) for layer in FORBIDDEN for f in sorted((PACKAGE / layer).rglob("*.py"))]


@pytest.mark.parametrize(("layer", "path"), layer_files(),
                         ids=lambda v: v if isinstance(v, str) else v.name)
def test_layer_imports_only_downward(layer: str, path: Path) -> None:
    # qt_locale is the i18n module that applies the decision to Qt; only the app calls it.
    if path.name == "qt_locale.py":
        forbidden = tuple(f for f in FORBIDDEN[layer] if f != "PySide6")
    else:
        forbidden = FORBIDDEN[layer]
    bad = {m for m in imported_modules(path) for f in forbidden if m == f or m.startswith(f + ".")}
    assert not bad, f"{path.relative_to(PACKAGE)} imports {sorted(bad)}"


def test_every_layer_has_files() -> None:
    counts = {layer: sum(1 for lay, _ in layer_files() if lay == layer) for layer in FORBIDDEN}
    assert all(n > 0 for n in counts.values()), counts


def test_the_check_catches_a_wrong_import(tmp_path: Path) -> None:
    wrong = tmp_path / "wrong.py"
    wrong.write_text("from ops_desktop.storage.models import PersonRow\nimport PySide6.QtCore\n"
                     "from ..storage import queries\n")
    found = imported_modules(wrong, "ops_desktop.ui.wrong")
    assert {"ops_desktop.storage.models", "PySide6.QtCore", "ops_desktop.storage"} <= found
