"""`ops-desktop print payment-lists`: every approved list as a PDF, a transfer list's bank
file beside it."""

from __future__ import annotations

import io
from pathlib import Path

import pytest
from pypdf import PdfReader

from ops_desktop.__main__ import main
from ops_desktop.cli.payment_lists import file_stem


def test_demo_then_print_every_approved_payment_list(
        tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    db = tmp_path / "demo.sqlite"
    assert main(["demo", "--db", str(db), "--households", "40"]) == 0
    capsys.readouterr()
    out = tmp_path / "listy"
    assert main(["print", "payment-lists", "--db", str(db), "--out", str(out)]) == 0
    said = capsys.readouterr().out
    pdfs, txts = sorted(out.glob("*.pdf")), sorted(out.glob("*.txt"))
    assert pdfs and txts and f"({len(pdfs) + len(txts)} plików)" in said
    for txt in txts:
        assert txt.with_suffix(".pdf").exists()  # the bank file lies beside its list
        data = txt.read_bytes()
        lines = data.split(b"\r\n")
        assert lines[-1] == b"" and all(line.startswith(b"110,") for line in lines[:-1])
    text = " ".join(PdfReader(io.BytesIO(pdfs[0].read_bytes())).pages[0].extract_text().split())
    assert "Lista wypłat świadczeń nr" in text and "Zatwierdził(a): Barbara Żółkiewska" in text
    assert "PROJEKT" not in text  # only approved lists are printed


def test_file_names_are_safe() -> None:
    assert file_stem("LW/3/2026", "2026-12") == "lista_2026-12_LW_3_2026"
    assert file_stem("../../etc", "2026-12") == "lista_2026-12_______etc"
