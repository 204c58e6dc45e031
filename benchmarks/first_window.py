"""The program's first window, beside a bare PySide6 window: how soon a person can type.

    QT_QPA_PLATFORM=offscreen python benchmarks/first_window.py [--runs 9] [--busy-core]
                                                               [--office big.sqlite]

An office's database is encrypted, so the program's first window is the sign-in dialog that
unlocks it. Each run is a fresh interpreter started by this script, timed from just before
the start to the first paint of that window (the program's own start: `app.run_gui` on an
encrypted demo office made once in a temporary folder). Beside it, run by run alternately,
the yardstick: a fresh interpreter painting an empty PySide6 window. Printed: median and
p95 of each, their ratio (target ≤ 1.5×), and whether the store's modules (SQLAlchemy) were
already loaded when the dialog painted – they load in the background while it waits.

Then, from "Zaloguj" pressed to the head's main window painted: with the login and password
filled in by the child at once (the worst case for the background loading), and after
3 seconds, about what a person takes to type them – what a person waits for. `--office` signs
in to an existing demo office instead, such as the city-sized one of `scale.py`.
"""

from __future__ import annotations

import argparse
import json
import os
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path
from typing import Any

HERE = Path(__file__).resolve().parent
# This checkout's program, not whichever one the interpreter has installed.
sys.path.insert(0, str(HERE.parent))
sys.path.insert(0, str(HERE))

import kit  # noqa: E402  (benchmarks/kit.py, beside this script)

# Nothing from the program is imported at module level: each child pays for every import
# itself, exactly as the program does.

DEMO_LOGIN, DEMO_PASSWORD = "bzolkiewska", "lipowiec-demo"
# About what a person takes to type a login and a password and press Enter.
TYPING = 3.0


def _paint_watch(app: Any, wanted: Any, on_paint: Any) -> Any:
    """An application-wide event filter calling on_paint(widget) at the first paint of a
    widget for which wanted(widget) holds."""
    from PySide6.QtCore import QEvent, QObject

    class Filter(QObject):
        done = False

        def eventFilter(self, obj: Any, event: Any) -> bool:  # noqa: N802
            if not self.done and event.type() == QEvent.Type.Paint and wanted(obj):
                self.done = True
                on_paint(obj)
            return False

    watch = Filter()
    app.installEventFilter(watch)
    return watch


def child_first_window(db: Path, started: float, sign_in: bool, typing: float = 0.0,
                       login: str = DEMO_LOGIN) -> None:
    from PySide6.QtCore import QTimer
    from PySide6.QtWidgets import QApplication, QDialog, QMainWindow

    # The program makes the application itself unless one exists; made here first only to
    # watch its events, with the same arguments and nothing else.
    app = QApplication([sys.argv[0]])
    result: dict[str, Any] = {}

    def dialog_painted(dialog: Any) -> None:
        result["seconds"] = time.time() - started
        result["store_loaded"] = "sqlalchemy" in sys.modules
        if not sign_in:
            kit.emit(result)
            os._exit(0)

        def press() -> None:
            dialog.login.setText(login)
            dialog.password.setText(DEMO_PASSWORD)
            result["pressed"] = time.perf_counter()
            dialog.ok.click()

        # `typing` seconds as a person takes to type a login and password (0: at once).
        QTimer.singleShot(int(typing * 1000), press)

    def main_painted(_window: Any) -> None:
        result["to_main_window"] = time.perf_counter() - result["pressed"]
        kit.emit(result)
        os._exit(0)

    watches = [_paint_watch(app, lambda w: isinstance(w, QDialog), dialog_painted),
               _paint_watch(app, lambda w: isinstance(w, QMainWindow), main_painted)]
    from ops_desktop import app as program

    program.run_gui(str(db), False, None, None)
    del watches
    raise SystemExit("the program ended before its window painted")


def child_bare_window(started: float) -> None:
    from PySide6.QtWidgets import QApplication, QMainWindow

    app = QApplication([sys.argv[0]])

    def painted(_window: Any) -> None:
        kit.emit({"seconds": time.time() - started})
        os._exit(0)

    watch = _paint_watch(app, lambda w: isinstance(w, QMainWindow), painted)
    window = QMainWindow()
    window.resize(1280, 800)
    window.show()
    app.exec()
    del watch


def _installed_like() -> dict[str, str]:
    # An installed program runs from compiled bytecode (pip compiles at install, the bundle
    # holds it): a shell that forbids writing it would make every child compile every module.
    return {k: v for k, v in os.environ.items() if k != "PYTHONDONTWRITEBYTECODE"}


def _child(name: str, db: Path, *extra: str) -> dict[str, Any]:
    started = time.time()
    proc = subprocess.run(
        [sys.executable, str(Path(__file__).resolve()), "--child", name, "--db", str(db),
         "--started", repr(started), *extra],
        capture_output=True, text=True, env={**_installed_like(), "QT_QPA_PLATFORM": "offscreen"})
    for line in proc.stdout.splitlines():
        if line.startswith("RESULT "):
            return dict(json.loads(line[len("RESULT "):]))
    raise RuntimeError(f"child {name} failed ({proc.returncode}):\n{proc.stderr[-3000:]}")


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--runs", type=int, default=9)
    parser.add_argument("--busy-core", action="store_true",
                        help="keep one core busy with another process during the whole run")
    parser.add_argument("--office", type=Path,
                        help="an existing demo office (e.g. the city-sized big.sqlite) instead "
                             "of a small one made for the run; the head signs in")
    parser.add_argument("--child", help=argparse.SUPPRESS)
    parser.add_argument("--db", type=Path, help=argparse.SUPPRESS)
    parser.add_argument("--started", type=float, default=0.0, help=argparse.SUPPRESS)
    parser.add_argument("--sign-in", action="store_true", help=argparse.SUPPRESS)
    parser.add_argument("--typing", type=float, default=0.0, help=argparse.SUPPRESS)
    parser.add_argument("--login", default=DEMO_LOGIN,
                        help="who signs in (a demo login; the head by default, whose first "
                             "tab is the coordinator's; kwisniewska: the benefits team's)")
    args = parser.parse_args()
    if args.child == "first_window":
        child_first_window(args.db, args.started, args.sign_in, args.typing, args.login)
    elif args.child == "bare_window":
        child_bare_window(args.started)
    else:
        with kit.busy_core(args.busy_core):
            run(args.runs, args.office, args.login)
    return 0


def run(runs: int, office: Path | None, login: str) -> None:
    with tempfile.TemporaryDirectory() as tmp:
        db = office or Path(tmp) / "office.sqlite"
        if office is None:
            subprocess.run([sys.executable, "-m", "ops_desktop", "demo", "--db", str(db),
                            "--households", "20"], check=True, capture_output=True)
        _child("first_window", db)  # the page cache warm, any .pyc written: nobody's start
        firsts, bares, signs, typed = [], [], [], []
        for _ in range(runs):
            firsts.append(_child("first_window", db))
            bares.append(_child("bare_window", db))
        for _ in range(max(3, runs // 3)):
            signs.append(_child("first_window", db, "--sign-in", "--login", login))
            typed.append(_child("first_window", db, "--sign-in", "--login", login,
                                "--typing", str(TYPING)))
    first = [r["seconds"] for r in firsts]
    bare = [r["seconds"] for r in bares]
    to_main = [r["to_main_window"] for r in signs]
    after_typing = [r["to_main_window"] for r in typed]
    loaded = sum(1 for r in firsts if r["store_loaded"])

    def line(name: str, values: list[float]) -> str:
        return f"{name:<58} median {statistics.median(values):.3f} s   p95 {kit.p95(values):.3f} s"

    print(f"{runs} fresh interpreters of each, alternately; load average "
          f"{os.getloadavg()[0]:.1f}")
    print(line("bare PySide6 window painted", bare))
    print(line("program's first window (sign-in, encrypted office) painted", first))
    ratio = statistics.median(first) / statistics.median(bare)
    print(f"{'first window / bare window (ratio of medians)':<58} {ratio:.2f}×   "
          f"target ≤ 1.5×: {'met' if ratio <= 1.5 else 'NOT met'}")
    print(f"store's modules already loaded at that paint: {loaded} of {runs} runs")
    print(f"signing in: {login}")
    print(line("\"Zaloguj\" pressed at once → main window painted", to_main))
    print(line(f"\"Zaloguj\" pressed after {TYPING:g} s of typing → main window painted",
               after_typing))


if __name__ == "__main__":
    sys.exit(main())
