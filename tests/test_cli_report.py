"""`ops-desktop report mrpips03`: the report made headless, into XLSX, CSV or PDF."""

from __future__ import annotations

import io
from pathlib import Path

import pytest
from openpyxl import load_workbook

from ops_desktop.__main__ import main
from ops_desktop.domain.clock import wall_today


@pytest.fixture(scope="module")
def demo(tmp_path_factory: pytest.TempPathFactory) -> Path:
    db = tmp_path_factory.mktemp("report") / "demo.sqlite"
    assert main(["demo", "--db", str(db), "--households", "30"]) == 0
    return db


def test_the_year_into_an_xlsx_with_the_form_s_sheets(
        demo: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    capsys.readouterr()
    out = tmp_path / "mrpips03.xlsx"
    year = str(wall_today().year)
    assert main(["report", "mrpips03", "--db", str(demo), "--year", year, "--out", str(out)]) == 0
    assert f"za rok {year}" in capsys.readouterr().out
    book = load_workbook(io.BytesIO(out.read_bytes()))
    assert book.sheetnames[:5] == ["Dział 1A", "Dział 1B", "Dział 2", "Dział 3", "Dział 4"]
    sheet = book["Dział 1B"]
    codes = [sheet.cell(row=r, column=1).value for r in range(7, sheet.max_row + 1)]
    assert codes[0] == "1B.01" and "1B.99" in codes
    total = sheet.cell(row=7 + codes.index("1B.99"), column=3).value
    assert isinstance(total, int) and total > 0  # the demo office helped someone this year


def test_the_first_half_into_a_csv_and_refusals_in_words(
        demo: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    out = tmp_path / "mrpips03.csv"
    assert main(["report", "mrpips03", "--db", str(demo), "--year", "2025", "--half", "1",
                 "--out", str(out)]) == 0
    assert "I półrocze 2025" in out.read_text("utf-8-sig").splitlines()[0]
    capsys.readouterr()
    assert main(["report", "mrpips03", "--db", str(demo), "--year", "1990",
                 "--out", str(tmp_path / "x.xlsx")]) == 2
    assert "poza zakresem" in capsys.readouterr().err
    assert main(["report", "mrpips03", "--db", str(demo), "--year", "2025",
                 "--out", str(tmp_path / "x.doc")]) == 2
    assert ".xlsx, .csv albo .pdf" in capsys.readouterr().err
    assert not (tmp_path / "x.xlsx").exists()
