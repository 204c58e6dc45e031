"""fold(): the search key that makes "Żółkiewski", "ZOLKIEWSKI" and "zolkiewski" meet."""

from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st

from ops_desktop.domain.text import fold, has_control_characters

POLISH_LETTERS = "aąbcćdeęfghijklłmnńoóprsśtuwyzźżAĄBCĆDEĘFGHIJKLŁMNŃOÓPRSŚTUWYZŹŻqvxQVX"


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Żółkiewski", "zolkiewski"),
        ("ŁUKASZ  Śliwiński", "lukasz sliwinski"),
        ("  Gęś\tźdźbło\n", "ges zdzblo"),
        ("Małgorzata Wójcik-Łęcka", "malgorzata wojcik-lecka"),
        ("Müller Straße", "muller strasse"),
        ("Søren Ærø", "soren aero"),
        ("Đorđević", "dordevic"),
        ("Ｗｉｄｅ", "wide"),  # compatibility forms from a pasted document
        ("", ""),
    ],
)
def test_fold(text: str, expected: str) -> None:
    assert fold(text) == expected


@given(st.text(alphabet=POLISH_LETTERS + " \t-'", max_size=60))
def test_fold_of_polish_text_is_ascii_lowercase(text: str) -> None:
    folded = fold(text)
    assert folded.isascii()
    assert folded == folded.lower()
    assert "  " not in folded and folded == folded.strip()


@given(st.text(max_size=60))
def test_fold_is_idempotent(text: str) -> None:
    assert fold(fold(text)) == fold(text)


@given(st.text(alphabet=POLISH_LETTERS, min_size=1, max_size=30))
def test_upper_and_lower_case_fold_alike(text: str) -> None:
    assert fold(text.upper()) == fold(text.lower())


@pytest.mark.parametrize(
    ("text", "expected"),
    [("Jan Kowalski", False), ("zażółć gęślą jaźń", False), ("a\nb", True), ("a\tb", True),
     ("a\x00b", True), ("a\x1bb", True), ("a\x85b", True), ("", False)],
)
def test_control_characters(text: str, expected: bool) -> None:
    assert has_control_characters(text) is expected
