"""Text helpers: a diacritic-free search key (Żółkiewski → zolkiewski), a control-character check."""

from __future__ import annotations

import unicodedata

# Letters that Unicode does not decompose into base + accent, so NFKD leaves them alone.
# Polish needs only ł; the rest are common in foreigners' names typed by the office.
_UNDECOMPOSED = str.maketrans({
    "ł": "l", "Ł": "l",
    "ø": "o", "Ø": "o",
    "đ": "d", "Đ": "d",
    "ð": "d", "Ð": "d",
    "ħ": "h", "Ħ": "h",
    "ı": "i",
    "ŧ": "t", "Ŧ": "t",
    "þ": "th", "Þ": "th",
    "æ": "ae", "Æ": "ae",
    "œ": "oe", "Œ": "oe",
    "ß": "ss", "ẞ": "ss",
})

# Cc: C0/C1 controls (tab, newline, escape...); Cs: lone surrogates that cannot be stored.
_CONTROL_CATEGORIES = frozenset({"Cc", "Cs"})


def _strip_marks(text: str) -> str:
    decomposed = unicodedata.normalize("NFKD", text)
    return "".join(c for c in decomposed if not unicodedata.combining(c))


def fold(text: str) -> str:
    """Lower case, no diacritics (ł too), whitespace collapsed: the key for search and sorting."""
    # Case-fold between two decompositions: some letters only decompose after lower-casing
    # and some compatibility forms only lower-case after decomposing; this makes fold idempotent.
    folded = _strip_marks(_strip_marks(text).casefold().translate(_UNDECOMPOSED))
    return " ".join(folded.split())


def has_control_characters(text: str) -> bool:
    """True when the text holds control characters (newlines and tabs included)."""
    return any(unicodedata.category(c) in _CONTROL_CATEGORIES for c in text)
