"""Collect screen strings into the .ts files and compile them to .qm (run after changing the UI).

    python translations/update.py      # exits 1 while some string has no translation

Source strings are Polish; `ops_desktop_en.ts` holds the English translation, filled from the
dictionary in `translate_en.py` (add the words for new strings there).
"""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
ROOT = HERE.parent
LANGUAGES = ("en",)


def main() -> int:
    sources = sorted(str(p.relative_to(ROOT)) for p in (ROOT / "ops_desktop" / "ui").rglob("*.py"))
    sources.append("ops_desktop/app.py")
    status = 0
    for lang in LANGUAGES:
        ts = HERE / f"ops_desktop_{lang}.ts"
        subprocess.run([tool("lupdate"), *sources, "-source-language", "pl_PL",
                        "-target-language", lang, "-no-obsolete", "-ts", str(ts)],
                       cwd=ROOT, check=True)
        # Fill what the hand-kept dictionary knows and list what still needs words. A missing
        # word must not stop the compile: the .qm would then lag behind the .ts silently.
        filled = subprocess.run([sys.executable, str(HERE / f"translate_{lang}.py")], cwd=ROOT,
                                check=False)
        status = status or filled.returncode
        subprocess.run([tool("lrelease"), str(ts), "-qm", str(ts.with_suffix(".qm"))],
                       cwd=ROOT, check=True)
    return status


def tool(name: str) -> str:
    """pyside6-<name> beside this Python (a venv not on PATH), else from PATH."""
    beside = Path(sys.executable).parent / f"pyside6-{name}"
    return str(beside) if beside.exists() else f"pyside6-{name}"


if __name__ == "__main__":
    sys.exit(main())
