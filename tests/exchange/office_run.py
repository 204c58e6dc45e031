"""An office of several PCs at work for many rounds, each PC its own process, the exchange
tampered with: the driver of tests/exchange/test_simulation.py and benchmarks/simulation.py.

Each PC exchanges through its own folder (as a field laptop does through its stick) and
carries files between it and the office's share with `office relay`; the driver plays the
network in between: it duplicates, holds back (so files arrive late and out of order),
truncates and deletes files on the share and in the PCs' own folders. Every PC's change clock
is set a day fast, a day slow or right (OPS_DESKTOP_CLOCK_SKEW_MS). Rounds of `simulate` and
`sync` run as processes started from a fork server that has the program loaded (a start costs
milliseconds, not an interpreter's second), and many `sync` processes are killed with SIGKILL
part way. Afterwards every PC exchanges until nothing moves and `check` says what holds.
"""

from __future__ import annotations

import json
import multiprocessing
import os
import random
import shutil
import signal
import sqlite3
import subprocess
import sys
import time
from collections import Counter
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from ops_desktop.services.simulation import WEIGHTS

DAY_MS = 24 * 3600 * 1000
SKEWS = (-DAY_MS, 0, DAY_MS)
PHASES = ("start", "export", "import", "audit", "done")


# --- what runs in a PC's process ----------------------------------------------------------


def _phase_marks(phase_file: str) -> None:
    """Mark in `phase_file` which part of the round this process is in (for the counts of
    where the kills landed): the round's own steps, wrapped in this process only."""
    from ops_desktop.exchange import rounds

    def marked(name: str, step: Callable[..., Any]) -> Callable[..., Any]:
        def run(*args: Any, **kwargs: Any) -> Any:
            with open(phase_file, "a", encoding="ascii") as out:
                out.write(f"{name} {time.monotonic()}\n")
            return step(*args, **kwargs)
        return run

    rounds.export = marked("export", rounds.export)  # type: ignore[attr-defined]
    rounds.import_changes = marked("import", rounds.import_changes)  # type: ignore[attr-defined]
    rounds.import_audit = marked("audit", rounds.import_audit)  # type: ignore[attr-defined]


def pc_process(steps: list[list[str]], skew_ms: int, output: str,
               phase_file: str | None) -> None:
    """Commands of the program (`python -m ops_desktop ARGV`) one after another, as one PC
    would run them. Exit code: that of `sync` (1 when it refused a file), or 100 + the code
    of any other command that failed (and nothing after it runs)."""
    from ops_desktop.__main__ import main
    from ops_desktop.storage.change_feed import CLOCK_SKEW_VARIABLE

    os.environ[CLOCK_SKEW_VARIABLE] = str(skew_ms)
    fd = os.open(output, os.O_WRONLY | os.O_CREAT | os.O_APPEND, 0o600)
    os.dup2(fd, 1)
    os.dup2(fd, 2)
    sys.stdout = open(1, "w", encoding="utf-8", closefd=False)  # noqa: SIM115
    sys.stderr = open(2, "w", encoding="utf-8", closefd=False)  # noqa: SIM115
    if phase_file is not None:
        _phase_marks(phase_file)
    result = 0
    for argv in steps:
        code = main(argv)
        sys.stdout.flush()
        sys.stderr.flush()
        if argv[0] == "sync":
            result = code
        elif code:
            os._exit(100 + code)
    os._exit(result)


# --- the office ---------------------------------------------------------------------------


@dataclass
class Pc:
    number: int
    db: Path
    folder: Path  # this PC's own exchange folder (its "stick")
    log: Path  # what its simulate runs committed (JSONL)
    skew_ms: int


@dataclass
class Figures:
    members: int = 0
    rounds: int = 0
    actions: int = 0
    committed: int = 0
    partitions: int = 0  # a PC's rounds spent away from the share
    kills: int = 0
    kill_attempts: Counter[str] = field(default_factory=Counter)  # how each attempt ended
    kills_by_phase: Counter[str] = field(default_factory=Counter)
    tampered: Counter[str] = field(default_factory=Counter)
    refusals: Counter[str] = field(default_factory=Counter)
    healing_passes: int = 0
    conflicts: int = 0
    concurrent_edits: int = 0
    duplicates: int = 0
    quarantined: int = 0  # changes refused and kept aside
    # A draft changed or dropped on one PC (new incomes) while signed on another: the
    # signing wins everywhere and the change is settled where the act was already signed.
    drops_of_signed: int = 0
    # One draft signed on two PCs apart: the first act everywhere, the later one kept whole
    # in a conflict entry for the head.
    double_signed: int = 0
    audit_complete: bool = False
    digests_equal: bool = False
    verify_ok: bool = False
    missing: list[str] = field(default_factory=list)
    seconds: float = 0.0

    def table(self) -> str:
        rows = [
            ("members", self.members), ("rounds", self.rounds),
            ("actions simulated", self.actions), ("actions committed", self.committed),
            ("partitions (PC-rounds away)", self.partitions),
            ("SIGKILLs of sync (by the part of the round hit)",
             f"{self.kills} ({', '.join(f'{k} {v}' for k, v in sorted(self.kills_by_phase.items()))}; "
             f"{sum(self.kill_attempts.values()) - self.kills} more ended before their kill)"),
            ("files tampered", ", ".join(f"{k} {v}" for k, v in sorted(self.tampered.items()))),
            ("refusals a person sees", ", ".join(f"{k} {v}" for k, v in sorted(self.refusals.items())) or "0"),
            ("healing passes", self.healing_passes),
            ("concurrent edits of one field", self.concurrent_edits),
            ("conflicts surfaced", self.conflicts),
            ("committed changes missing", len(self.missing)),
            ("duplicate numbers", self.duplicates),
            ("quarantined changes", self.quarantined),
            ("draft changes settled by a signing elsewhere", self.drops_of_signed),
            ("drafts signed on two PCs (later act kept for the head)", self.double_signed),
            ("every PC holds every other PC's whole audit log", self.audit_complete),
            ("digests equal", self.digests_equal), ("verify ok on every PC", self.verify_ok),
            ("seconds", f"{self.seconds:.0f}"),
        ]
        width = max(len(k) for k, _ in rows)
        return "\n".join(f"{k:<{width}}  {v}" for k, v in rows)


class Office:
    def __init__(self, root: Path, members: int, seed: int) -> None:
        self.root, self.rng = root, random.Random(seed)
        # The kills' own dice: how many tries a kill takes leaves the work and the network
        # as they would be for the seed.
        self.kill_rng = random.Random(seed + 1)
        self.share = root / "share"
        self.held = root / "held"  # files the "network" holds back for a while
        self.pcs: list[Pc] = []
        self.figures = Figures(members=members)
        self.count = members
        self.serial = 0
        context = multiprocessing.get_context("forkserver")
        context.set_forkserver_preload([__name__, "ops_desktop.__main__",
                                        "ops_desktop.services.simulation",
                                        "ops_desktop.exchange.rounds",
                                        "ops_desktop.cli.office", "ops_desktop.cli.verify"])
        self.context = context

    # --- processes ---
    def start(self, pc: Pc, steps: list[list[str]], phases: bool = False
              ) -> tuple[multiprocessing.process.BaseProcess, Path | None]:
        self.serial += 1
        phase_file = self.root / "out" / f"phase-{self.serial}" if phases else None
        process = self.context.Process(target=pc_process, args=(
            steps, pc.skew_ms, str(self.output(pc)),
            None if phase_file is None else str(phase_file)))
        process.start()
        return process, phase_file

    def output(self, pc: Pc) -> Path:
        return self.root / "out" / f"pc{pc.number}.txt"

    def run(self, pc: Pc, *steps: list[str]) -> int:
        process, _ = self.start(pc, list(steps))
        process.join()
        return int(process.exitcode or 0)

    def cli(self, *argv: str) -> str:
        """The program's own command line, in a fresh interpreter."""
        import ops_desktop

        # This checkout's program, whatever is installed (the tests run from a checkout).
        source = str(Path(ops_desktop.__file__).resolve().parent.parent)
        env = dict(os.environ, PYTHONPATH=os.pathsep.join(
            [source, *filter(None, [os.environ.get("PYTHONPATH")])]))
        done = subprocess.run([sys.executable, "-m", "ops_desktop", *argv],
                              capture_output=True, text=True, check=False, cwd=self.root,
                              env=env)
        if done.returncode != 0:
            raise RuntimeError(f"{argv}: {done.returncode}\n{done.stdout}\n{done.stderr}")
        return done.stdout

    # --- setting the office up (the program's own commands) ---
    def set_up(self) -> None:
        (self.root / "out").mkdir(parents=True)
        self.share.mkdir()
        self.held.mkdir()
        for n in range(self.count):
            folder = self.root / f"folder{n}"
            folder.mkdir()
            self.pcs.append(Pc(n, self.root / f"pc{n}.sqlite", folder,
                               self.root / f"pc{n}.jsonl",
                               SKEWS[n % len(SKEWS)] if n else 0))
        first = self.pcs[0]
        self.cli("demo", "--db", str(first.db), "--households", "4")
        out = self.cli("office", "share", "--db", str(first.db), "--exchange",
                       str(first.folder), "--name", "PC 0", "--invitation",
                       str(self.root / "invitation.opsbak"))
        code = out.strip().splitlines()[-1]
        self.relay(first)
        for pc in self.pcs[1:]:
            self.relay_folder(pc.folder)  # the share's taken numbers onto its stick
            self.cli("office", "join", "--db", str(pc.db), "--invitation",
                     str(self.root / "invitation.opsbak"), "--code", code, "--name",
                     f"PC {pc.number}", "--exchange", str(pc.folder))
            self.relay(pc)

    def relay(self, pc: Pc) -> None:
        assert self.run(pc, self.relay_step(pc)) == 0

    def relay_step(self, pc: Pc) -> list[str]:
        return ["office", "relay", "--db", str(pc.db), "--with", str(self.share)]

    def relay_folder(self, folder: Path) -> None:
        """Only the taken member numbers: a PC about to join has no key yet."""
        codes = self.share / "codes"
        if codes.is_dir():
            shutil.copytree(codes, folder / "codes", dirs_exist_ok=True)

    # --- the network at its worst ---
    def _files(self, under: Path) -> list[Path]:
        return sorted(p for p in under.glob("*/*.opsx") if not p.name.startswith("."))

    def tamper(self) -> None:
        rng = self.rng
        on_share = self._files(self.share)
        for path in sorted(self.held.glob("*/*.opsx")):  # held back: now it arrives
            if rng.random() < 0.5:
                target = self.share / path.parent.name / path.name
                if not target.exists():
                    shutil.move(path, target)
                else:
                    path.unlink()
        if not on_share:
            return
        what = rng.choice(("duplicate", "hold", "truncate", "delete", "truncate_copy",
                           "delete_copy"))
        victim = rng.choice(on_share[-12:])  # the newest files: the ones still travelling
        self.figures.tampered[what] += 1
        if what == "duplicate":  # delivered again, later: every reader gets it once more
            os.utime(victim, (time.time() + 5, time.time() + 5))
        elif what == "hold":
            (self.held / victim.parent.name).mkdir(exist_ok=True)
            shutil.move(victim, self.held / victim.parent.name / victim.name)
        elif what == "truncate":
            data = victim.read_bytes()
            victim.write_bytes(data[: rng.randrange(0, len(data))])
        elif what == "delete":
            victim.unlink()
        else:  # the copy on a PC's own folder: a file of another PC it is about to read
            pc = rng.choice(self.pcs)
            copy = pc.folder / victim.parent.name / victim.name
            if not copy.exists() or victim.parent.name == self.member_id(pc):
                self.figures.tampered[what] -= 1
                return
            if what == "truncate_copy":
                data = copy.read_bytes()
                copy.write_bytes(data[: rng.randrange(0, len(data))])
            else:
                copy.unlink()

    def member_id(self, pc: Pc) -> str:
        with sqlite3.connect(pc.db) as c:
            return str(c.execute("select value from exchange_state where key='member_id'")
                       .fetchone()[0])

    # --- a PC's turn ---
    def work_step(self, pc: Pc, actions: int) -> list[str]:
        """The PC's staff at work: every kind of work on every PC, signing too (whoever holds
        an authorisation signs at any PC; a draft signed on two PCs apart is settled by the
        exchange, storage/double_signing.py)."""
        self.figures.actions += actions
        kinds = list(WEIGHTS)
        return ["simulate", "--db", str(pc.db), "--actions", str(actions),
                "--seed", str(self.rng.randrange(10**9)), "--log", str(pc.log),
                "--work", ",".join(kinds)]

    def turn(self, pc: Pc, *steps: list[str]) -> int:
        """Steps in one process, as a PC's scheduled task would run them."""
        process, _ = self.start(pc, list(steps))
        process.join()
        code = int(process.exitcode or 0)
        assert code < 100, self.output(pc).read_text(encoding="utf-8")[-3000:]
        return code

    def killed_sync(self, pc: Pc) -> None:
        """A `sync` killed with SIGKILL in a part of its round chosen at random: while it
        writes its changes out, while it applies the others' (at a random moment of it),
        while it keeps their logs, or while it writes out again after applying."""
        target, nth, spread = self.kill_rng.choice((("export", 1, 0.003), ("import", 1, 0.06),
                                               ("import", 1, 0.02), ("audit", 1, 0.003),
                                               ("export", 2, 0.003)))
        process, phase_file = self.start(pc, [["sync", "--db", str(pc.db)]], phases=True)
        deadline = time.monotonic() + 30
        while process.is_alive() and time.monotonic() < deadline and sum(
                1 for name, _ in _marks(phase_file) if name == target) < nth:
            time.sleep(0.001)
        time.sleep(self.kill_rng.uniform(0.0, spread))
        # Process.kill sends SIGKILL and tolerates a process that ended meanwhile (a bare
        # os.kill raced the round's own end and raised ProcessLookupError)
        process.kill()
        process.join()
        self.figures.kill_attempts[str(process.exitcode)] += 1
        if process.exitcode == -signal.SIGKILL:
            self.figures.kills += 1
            marks = _marks(phase_file)
            self.figures.kills_by_phase[marks[-1][0] if marks else "start"] += 1

    def rounds(self, rounds: int, actions: int, kills: int, away: float = 0.25) -> None:
        """`kills`: how many SIGKILLs of `sync` to spread over the PCs' turns at the share."""
        turns = [pc for _ in range(rounds) for pc in self.rng.sample(self.pcs, len(self.pcs))]
        for number, pc in enumerate(turns):
            if number % len(self.pcs) == 0:
                self.figures.rounds += 1
            if self.rng.random() < away:
                self.figures.partitions += 1
                self.turn(pc, self.work_step(pc, actions))  # away: works on its own
                continue
            left = len(turns) - number
            quota = max(0, -(-(kills - self.figures.kills) // left))
            goal = self.figures.kills + quota
            for _ in range(3 * quota):  # some rounds end before their kill: try again
                if self.figures.kills >= goal:
                    break
                self.killed_sync(pc)
            self.turn(pc, self.work_step(pc, actions), self.relay_step(pc),
                      ["sync", "--db", str(pc.db)], self.relay_step(pc))
            self.tamper()
            self.tamper()

    def heal(self, limit: int = 12) -> None:
        """Everything held back arrives; every PC exchanges until nothing moves."""
        for path in sorted(self.held.glob("*/*.opsx")):
            target = self.share / path.parent.name / path.name
            if not target.exists():
                shutil.move(path, target)
        previous: list[str] = []
        for _ in range(limit):
            self.figures.healing_passes += 1
            digests = []
            for pc in self.pcs:
                self.turn(pc, self.relay_step(pc), ["sync", "--db", str(pc.db)],
                          self.relay_step(pc), ["office", "digest", "--db", str(pc.db)])
                digests.append(self.last_line(pc))
            if len(set(digests)) == 1 and digests == previous:
                break
            previous = digests

    def last_line(self, pc: Pc) -> str:
        return self.output(pc).read_text(encoding="utf-8").split()[-1]

    def digest(self, pc: Pc) -> str:
        self.run(pc, ["office", "digest", "--db", str(pc.db)])
        return self.last_line(pc)


def _marks(phase_file: Path | None) -> list[tuple[str, float]]:
    if phase_file is None or not phase_file.exists():
        return []
    return [(name, float(at)) for name, at in
            (line.split() for line in phase_file.read_text().splitlines() if " " in line)]


# --- what must hold afterwards ------------------------------------------------------------


def _ids(value: str) -> tuple[str, str]:
    return value, value.replace("-", "")


def _committed(pcs: list[Pc]) -> list[dict[str, Any]]:
    entries = []
    for pc in pcs:
        if pc.log.exists():
            for line in pc.log.read_text(encoding="utf-8").splitlines():
                entry = json.loads(line)
                entry["pc"] = pc.number
                entries.append(entry)
    return entries


def _row(c: sqlite3.Connection, table: str, row_id: str) -> sqlite3.Row | None:
    c.row_factory = sqlite3.Row
    return c.execute(f"select * from {table} where id in (?, ?)",  # noqa: S608
                     _ids(row_id)).fetchone()


def missing_on(c: sqlite3.Connection, entries: list[dict[str, Any]]) -> list[str]:
    """Committed changes this PC does not hold (an edit may lose to a later or concurrent
    one: then it must be in the conflict entries or have been seen by the edit after it)."""
    by_app = Counter(e.get("replaces") for e in entries if e.get("replaces"))
    incomes_by_app = Counter(e.get("replaces") for e in entries if e["kind"] == "incomes")
    missing: list[str] = []
    for e in entries:
        for row in e["rows"]:
            found = _row(c, row["table"], row["id"])
            if found is None:
                volatile = row["table"] == "decisions" and not row["values"]
                if volatile and by_app[e.get("replaces")] > 1:
                    continue  # a draft later replaced (new incomes, a new draft)
                missing.append(f"{e['kind']} {row['table']} {row['id']}")
                continue
            for name, value in row["values"].items():
                if found[name] is not None and str(found[name]) != str(value):
                    missing.append(f"{e['kind']} {row['table']} {row['id']} {name}")
        if e["kind"] == "incomes" and incomes_by_app[e["replaces"]] == 1:
            app = _row(c, "applications", e["replaces"])
            lines = {(p.replace("-", ""), s, int(round(float(a) * 100)))
                     for p, s, a in e["incomes"]}
            held = {(str(r[0]).replace("-", ""), r[1], r[2]) for r in c.execute(
                "select person_id, source, amount_grosze from incomes where application_id "
                "in (?, ?)", _ids(e["replaces"]))}
            if app is None or not lines <= held or (not lines
                                                    and app["no_income_declared_at"] is None):
                missing.append(f"incomes {e['replaces']}")
    return missing


def field_edits(entries: list[dict[str, Any]]) -> dict[tuple[str, str, str], list[dict[str, Any]]]:
    edits: dict[tuple[str, str, str], list[dict[str, Any]]] = {}
    for e in entries:
        for f in e["fields"]:
            edits.setdefault((f["table"], f["id"], f["field"]), []).append(f)
    return edits


def lost_edits(c: sqlite3.Connection, entries: list[dict[str, Any]]) -> tuple[list[str], int]:
    """Edits that are neither the field's value, nor seen by a later edit of the field, nor
    in a conflict entry; and how many edits were concurrent with another of the same field."""
    lost: list[str] = []
    concurrent = 0
    for (table, row_id, name), edits in field_edits(entries).items():
        stamp = c.execute("select stamp from exchange_field_stamps where table_name=? and "
                          "row_id in (?, ?) and field=?", (table, *_ids(row_id), name)
                          ).fetchone()
        current = stamp[0] if stamp else None
        in_conflicts = {s for row in c.execute(
            "select kept_stamp, lost_stamp from sync_conflicts where table_name=? and "
            "row_id in (?, ?) and field=?", (table, *_ids(row_id), name)) for s in row}
        for e in edits:
            others = [f for f in edits if f is not e]
            if any(f["base"] < e["stamp"] < f["stamp"] for f in others):
                concurrent += 1
            if e["stamp"] == current or e["stamp"] in in_conflicts:
                continue
            if any(f["value"] == e["value"] and f["stamp"] > e["stamp"] for f in others):
                continue  # a later edit wrote the same value: nothing of it was lost
            if any(f["base"] >= e["stamp"] for f in others):
                continue  # a later edit was made having seen it (or something newer)
            lost.append(f"{table} {row_id} {name}={e['value']!r} ({e['stamp']})")
    return lost, concurrent


def audit_complete(pcs: list[Pc]) -> bool:
    """Every PC holds every other PC's log entries up to the last one that PC wrote out."""
    exported, held = {}, {}
    for pc in pcs:
        with sqlite3.connect(pc.db) as c:
            state = dict(c.execute("select key, value from exchange_state"))
            exported[state["member_id"]] = int(state.get("audit_exported", "0"))
            held[state["member_id"]] = dict(c.execute(
                "select member_id, max(seq) from exchange_member_audit group by member_id"))
    return all(held[reader].get(writer, 0) >= last
               for writer, last in exported.items() for reader in held if reader != writer)


def duplicates(c: sqlite3.Connection) -> int:
    return sum(n - 1 for (n,) in c.execute(
        "select count(*) from cases group by sign having count(*) > 1 union all "
        "select count(*) from referrals group by number having count(*) > 1"))


def check(office: Office) -> Figures:
    """What must hold once every PC has exchanged everything; fills office.figures."""
    figures = office.figures
    entries = _committed(office.pcs)
    figures.committed = len(entries)
    digests = {office.digest(pc) for pc in office.pcs}
    figures.digests_equal = len(digests) == 1
    figures.verify_ok = all(office.run(pc, ["verify", "--db", str(pc.db)]) == 0
                            for pc in office.pcs)
    for pc in office.pcs:
        with sqlite3.connect(pc.db) as c:
            figures.missing += [f"PC {pc.number}: {m}" for m in missing_on(c, entries)]
            lost, figures.concurrent_edits = lost_edits(c, entries)
            figures.missing += [f"PC {pc.number}: edit lost {m}" for m in lost]
            figures.duplicates = max(figures.duplicates, duplicates(c))
            figures.conflicts = c.execute("select count(*) from sync_conflicts").fetchone()[0]
            figures.quarantined += c.execute(
                "select count(*) from exchange_quarantine").fetchone()[0]
            figures.double_signed = c.execute(
                "select count(*) from sync_conflicts where field = 'act'").fetchone()[0]
            for (details,) in c.execute("select changes from audit_log where action = 'import'"
                                        " and changes like '%settled_by_signing%'"):
                figures.drops_of_signed += int(json.loads(details)["settled_by_signing"])
    figures.audit_complete = audit_complete(office.pcs)
    for pc in office.pcs:
        text = office.output(pc).read_text(encoding="utf-8")
        if "Traceback" in text:  # a bug of the program, not a refusal
            figures.missing.append(f"PC {pc.number}: " + text[text.index("Traceback"):][:2000])
        for line in text.splitlines():
            if line.startswith("Odmowy (") and ": " in line and "brak" not in line:
                for part in line.split(": ", 1)[1].split(", "):
                    code, _, n = part.rpartition("=")
                    figures.refusals[code] += int(n)
    return figures


def simulate_office(root: Path, members: int, rounds: int, actions: int, kills: int,
                    seed: int) -> Figures:
    begun = time.perf_counter()
    office = Office(root, members, seed)
    office.set_up()
    office.rounds(rounds, actions, kills)
    office.heal()
    figures = check(office)
    figures.seconds = time.perf_counter() - begun
    return figures
