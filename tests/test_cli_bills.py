"""`ops-desktop print bills --month YYYY-MM`: every client's care bill of the month as a PDF,
headless, on an encrypted demo file opened by a services worker's login, each print in the
log; the fee on one bill checked by hand."""

from __future__ import annotations

import datetime as dt
import io
import os
import subprocess
import sys
from pathlib import Path

import pytest
from pypdf import PdfReader
from sqlalchemy import select

from ops_desktop.__main__ import main
from ops_desktop.cli.bills import file_name, parse_month
from ops_desktop.domain.calendar import add_months
from ops_desktop.domain.clock import wall_today
from ops_desktop.services.demo import DEMO_PASSWORD
from ops_desktop.services.hub import Services
from ops_desktop.storage.models import AuditRow, CareBillRow

ROOT = Path(__file__).resolve().parents[1]


def _run(*args: str, **env: str) -> subprocess.CompletedProcess[str]:
    clean = {k: v for k, v in os.environ.items()
             if k not in {"OPS_DESKTOP_PLAIN_TEST_DB", "OPS_DESKTOP_LOGIN",
                          "OPS_DESKTOP_PASSWORD"}}
    return subprocess.run([sys.executable, "-m", "ops_desktop", *args], cwd=ROOT,
                          env={**clean, **env}, capture_output=True, text=True, timeout=600,
                          check=False)


def _text(pdf: Path) -> str:
    return " ".join(PdfReader(io.BytesIO(pdf.read_bytes())).pages[0].extract_text().split())


def test_print_bills_of_the_demo_month_in_a_subprocess(tmp_path: Path) -> None:
    db = tmp_path / "demo.sqlite"
    made = _run("demo", "--db", str(db), "--households", "40")
    assert made.returncode == 0, made.stderr
    # The demo's first month of care: three months ago (services/demo_care.py).
    month = add_months(wall_today().replace(day=1), -3)
    out = tmp_path / "rachunki"
    args = ("print", "bills", "--db", str(db), "--month", f"{month:%Y-%m}", "--out", str(out))
    # An encrypted file: without a person's password nothing is printed.
    refused = _run(*args)
    assert refused.returncode != 0 and not out.exists()
    # A benefits worker signs in, but bills are the services team's and the head's papers.
    other = _run(*args, OPS_DESKTOP_LOGIN="kwisniewska", OPS_DESKTOP_PASSWORD=DEMO_PASSWORD)
    assert other.returncode == 2 and "nie ma uprawnień" in other.stderr
    assert not list(out.glob("*.pdf"))
    done = _run(*args, OPS_DESKTOP_LOGIN="edabrowska", OPS_DESKTOP_PASSWORD=DEMO_PASSWORD)
    assert done.returncode == 0, done.stderr
    pdfs = sorted(out.glob("rachunek_*.pdf"))
    assert len(pdfs) == 2 and f"zapisano 2 w {out}" in done.stdout
    texts = {p.name: _text(p) for p in pdfs}
    [paying] = [t for t in texts.values() if "Danuta Kowalska" in t]
    # By hand: income 1 600,00 zł of a single person = 158,42 % of the 1 010,00 zł criterion,
    # the sample table's band up to 200 % → 15 %; 40 h × 35,00 zł × 15 % = 210,00 zł (the
    # demo's first month: services/demo_care.py), billed under the care decision it carries.
    assert "RACHUNEK ZA USŁUGI OPIEKUŃCZE" in paying
    assert "40 godz. × 35,00 zł × 15% = 210,00 zł" in paying
    assert "Do zapłaty: 210,00 zł" in paying and "158,42%" in paying
    assert "Decyzja przyznająca usługi" in paying
    [free] = [t for t in texts.values() if "Danuta Kowalska" not in t]
    assert "Do zapłaty: 0,00 zł" in free  # a couple under the criterion: care free of charge


def test_each_bill_printed_is_in_the_log(tmp_path: Path, capsys: pytest.CaptureFixture[str]
                                         ) -> None:
    db = tmp_path / "demo.sqlite"
    assert main(["demo", "--db", str(db), "--households", "40"]) == 0
    month = add_months(wall_today().replace(day=1), -2)
    out = tmp_path / "r"
    assert main(["print", "bills", "--db", str(db), "--month", f"{month:%Y-%m}",
                 "--out", str(out)]) == 0
    services = Services.open(f"sqlite:///{db}")
    try:
        with services.db.session() as s:
            billed = {str(b.id) for b in s.scalars(select(CareBillRow).where(
                CareBillRow.month == month))}
            printed = {r.entity_id for r in s.scalars(select(AuditRow).where(
                AuditRow.action == "print", AuditRow.entity == "care_bills"))}
    finally:
        services.close()
    assert len(billed) == 2 and printed == billed
    assert len(list(out.glob("*.pdf"))) == 2
    # A month without bills prints nothing and says so; a bad month is refused in words.
    capsys.readouterr()
    assert main(["print", "bills", "--db", str(db), "--month", "2001-01",
                 "--out", str(tmp_path / "n")]) == 0
    assert "zapisano 0" in capsys.readouterr().out
    for bad in ("2026-13", "11.2026", "2026-1", "２０２６-11"):
        assert main(["print", "bills", "--db", str(db), "--month", bad,
                     "--out", str(tmp_path / "x")]) == 2
        assert "RRRR-MM" in capsys.readouterr().err
    assert main(["print", "bills", "--db", str(db), "--out", str(tmp_path / "x")]) == 2
    # This month is not over: it has no bills yet, and the command says from when it will.
    this_month = wall_today().replace(day=1)
    assert main(["print", "bills", "--db", str(db), "--month", f"{this_month:%Y-%m}",
                 "--out", str(tmp_path / "now")]) == 2
    said = capsys.readouterr().err
    assert f"{this_month:%m.%Y} jeszcze się nie skończył" in said
    assert f"od {add_months(this_month, 1):%d.%m.%Y} r." in said
    assert not (tmp_path / "now").exists()


def test_month_and_file_names() -> None:
    assert parse_month("2026-11") == dt.date(2026, 11, 1)
    assert parse_month(" 2026-02 ") == dt.date(2026, 2, 1)
    assert parse_month("2026-00") is None and parse_month("") is None
    assert file_name("UO/3/2026", "OPS.8320.1.2026") == "rachunek_UO_3_2026_OPS.8320.1.2026.pdf"
    assert "/" not in file_name("../../etc", "..") and not file_name("a", "..").startswith(".")
