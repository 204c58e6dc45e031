"""Translation files: placeholders agree, the compiled file loads, values format the Polish way."""

from __future__ import annotations

import datetime as dt
import re
import xml.etree.ElementTree as ET
from decimal import Decimal
from pathlib import Path

import pytest

from ops_desktop import config
from ops_desktop.i18n import format as fmt

TS_FILES = sorted(config.translations_dir().glob("*.ts"))
PLACEHOLDER = re.compile(r"%(\d+|n)")


def messages(ts: Path) -> list[tuple[str, str, str]]:
    root = ET.parse(ts).getroot()
    out = []
    for message in root.iter("message"):
        source = message.findtext("source") or ""
        tr = message.find("translation")
        text = "" if tr is None or tr.get("type") in ("unfinished", "vanished", "obsolete") else (tr.text or "")
        out.append((ts.name, source, text))
    return out


def test_there_is_an_english_translation() -> None:
    assert [p.name for p in TS_FILES] == ["ops_desktop_en.ts"]
    assert (config.translations_dir() / "ops_desktop_en.qm").stat().st_size > 1000


@pytest.mark.parametrize("ts", TS_FILES, ids=lambda p: p.name)
def test_placeholders_match_between_source_and_translation(ts: Path) -> None:
    for name, source, translation in messages(ts):
        if translation:
            assert sorted(PLACEHOLDER.findall(source)) == sorted(PLACEHOLDER.findall(translation)), (
                name, source, translation)


@pytest.mark.parametrize("ts", TS_FILES, ids=lambda p: p.name)
def test_most_strings_are_translated(ts: Path) -> None:
    found = messages(ts)
    done = sum(1 for _, _, t in found if t)
    assert found and done / len(found) >= 0.9, f"{done}/{len(found)} translated"


def test_english_translator_loads_and_translates(qapp: object) -> None:
    from PySide6.QtCore import QCoreApplication, QTranslator

    translator = QTranslator()
    assert translator.load("ops_desktop_en", str(config.translations_dir()))
    QCoreApplication.installTranslator(translator)
    try:
        assert QCoreApplication.translate("vocab", "Świadczenia") == "Benefits"
    finally:
        QCoreApplication.removeTranslator(translator)


def test_polish_money_and_dates() -> None:
    nbsp = "\u00a0"
    assert fmt.money(Decimal("1229")) == f"1{nbsp}229,00{nbsp}zł"
    assert fmt.money(Decimal("813.5")) == f"813,50{nbsp}zł"
    assert fmt.date_long(dt.date(2026, 11, 22)) == "22 listopada 2026 r."
    assert fmt.date_short(dt.date(2026, 1, 2)) == "02.01.2026"
