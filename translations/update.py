"""Collect screen strings into the .ts files and compile them to .qm (run after changing the UI).

    python translations/update.py

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
    for lang in LANGUAGES:
        ts = HERE / f"ops_desktop_{lang}.ts"
        subprocess.run(["pyside6-lupdate", *sources, "-source-language", "pl_PL",
                        "-target-language", lang, "-no-obsolete", "-ts", str(ts)],
                       cwd=ROOT, check=True)
        # Fill what the hand-kept dictionary knows; --check lists what still needs words.
        subprocess.run([sys.executable, str(HERE / f"translate_{lang}.py")], cwd=ROOT, check=True)
        subprocess.run([sys.executable, str(HERE / f"translate_{lang}.py"), "--check"], cwd=ROOT,
                       check=False)
        subprocess.run(["pyside6-lrelease", str(ts), "-qm", str(ts.with_suffix(".qm"))],
                       cwd=ROOT, check=True)
    return 0


if __name__ == "__main__":
    sys.exit(main())
