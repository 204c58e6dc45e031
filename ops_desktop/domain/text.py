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

# Cc: C0/C1 controls (tab, newline, escape...); Cs: lone surrogates that cannot be stored;
# Zl/Zp: Unicode line and paragraph separators, line breaks in disguise.
_CONTROL_CATEGORIES = frozenset({"Cc", "Cs", "Zl", "Zp"})
# Bidirectional embeddings, overrides and isolates reorder how the rest of a line is shown,
# so a name or an account number could read differently on screen and on paper.
_BIDI_CONTROLS = frozenset("\u202a\u202b\u202c\u202d\u202e\u2066\u2067\u2068\u2069")
# Invisible marks that change no letter but how a line is shown or what it is equal to:
# right-to-left and left-to-right marks (RLM, LRM, ALM), zero-width space, non-joiner and
# joiner, word joiner and the byte-order mark (ZWNBSP). In a name or an address they make two
# spellings that look the same – a second "Polna 3" the search and the duplicate check miss.
_INVISIBLE = frozenset("\u200b\u200c\u200d\u200e\u200f\u2060\ufeff\u061c")
# What a narrative typed over several lines may hold besides printable text.
_LINE_BREAKS = frozenset("\n\t\u2028\u2029")


def _strip_marks(text: str) -> str:
    decomposed = unicodedata.normalize("NFKD", text)
    return "".join(c for c in decomposed if not unicodedata.combining(c))


def fold(text: str) -> str:
    """Lower case, no diacritics (ł too), whitespace collapsed: the key for search and sorting."""
    # Case-fold between two decompositions: some letters only decompose after lower-casing
    # and some compatibility forms only lower-case after decomposing; this makes fold idempotent.
    folded = _strip_marks(_strip_marks(text).casefold().translate(_UNDECOMPOSED))
    return " ".join(folded.split())


def has_control_characters(text: str, multiline: bool = False) -> bool:
    """True when the text holds control characters (newlines and tabs included).

    `multiline` allows line breaks (a Windows CR LF too) and tabs, for narrative fields.
    """
    if multiline:
        text = text.replace("\r\n", "\n")
    allowed = _LINE_BREAKS if multiline else frozenset()
    return any(
        c not in allowed and (unicodedata.category(c) in _CONTROL_CATEGORIES or c in _BIDI_CONTROLS)
        for c in text
    )


def without_control_characters(text: str) -> str:
    """The text with control characters (and lone surrogates) dropped: for search as you type."""
    return "".join(c for c in text if not has_control_characters(c))


def has_invisible_characters(text: str) -> bool:
    """True when the text holds a bidirectional control or an invisible (zero-width) mark:
    refused in names and addresses, where the text must read as it is stored."""
    return any(c in _INVISIBLE or c in _BIDI_CONTROLS for c in text)
