"""What the words typed at the desk must find: each typed word the start of its own word of
the name, in any order.

The name index answers "every typed word is the start of some word of the name", where one
name word may serve two typed words. That is the same rule until one typed word begins
another: "Jankowski Ja" is typed for Jan or Janina Jankowski, yet "ja" is also the start of
"jankowski" itself, so the index finds every Jankowski – Adam and Zofia too, the ones the
worker wanted somewhere in the middle of the list. Such queries ask the index for the longer
words only (the shorter add nothing there) and keep the names that have a word of their own
for every typed word; all other queries are the index's answer as it is.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Sequence
from typing import Any

# A word as the name index's tokenizer sees it: letters and digits; anything else separates.
WORD = re.compile(r"[^\W_]+")

# Candidates read per step when the check above thins the index's answer: a page's worth
# first, four times more at each further step.
FIRST_STEP = 200
LARGEST_STEP = 100_000


def words_of(folded: str) -> list[str]:
    return WORD.findall(folded)


def asked_of_index(words: Sequence[str]) -> list[str]:
    """The typed words the index is asked for, in the order typed: a word that begins another
    typed word (or repeats one) is left out – every name word starting with the longer one
    starts with it too, so the index finds no one fewer (and asking it for every name word
    beginning with two letters made such a keystroke the desk's slowest)."""
    return [w for i, w in enumerate(words)
            if not any(other.startswith(w) and (other != w or j < i)
                       for j, other in enumerate(words) if j != i)]


def needs_own_words(words: Sequence[str]) -> bool:
    """True when the index's answer holds names that do not have a word of their own for
    every typed word: some typed word begins (or repeats) another."""
    return len(asked_of_index(words)) < len(words)


def prefilter(words: Sequence[str]) -> tuple[str, dict[str, Any]]:
    """An SQL condition on `search_name` that every name with its own word for each typed
    word meets (and few others), with its parameters: for a typed word that begins others,
    the name holds it at least as many times as there are typed words beginning with it.

    Counting occurrences anywhere in the name, not only at the start of its words, can only
    count more, so nothing wanted is left out; has_own_words then decides each name kept.
    """
    parts, params = [], {}
    for i, typed in enumerate(dict.fromkeys(words)):
        need = sum(1 for other in words if other.startswith(typed))
        if need < 2:
            continue
        parts.append(f"length(lower(search_name)) - length(replace(lower(search_name), "
                     f":own_word_{i}, '')) >= :own_length_{i}")
        params[f"own_word_{i}"], params[f"own_length_{i}"] = typed, need * len(typed)
    return " AND ".join(f"({p})" for p in parts) or "1 = 1", params


def has_own_words(name: str, words: Sequence[str]) -> bool:
    """Whether `name` has a distinct word starting with each of `words`.

    The longest typed word takes the first name word it starts; any shorter typed word either
    begins it too (and may take any word the longer could) or starts none of them, so taking
    the longest first never leaves a shorter one without a word it could have had.
    """
    left = WORD.findall(name.lower())
    for typed in sorted(words, key=len, reverse=True):
        for i, word in enumerate(left):
            if word.startswith(typed):
                del left[i]
                break
        else:
            return False
    return True


def keys_with_own_words(read: Callable[[int, int], Sequence[Any]], words: Sequence[str],
                        wanted: int) -> list[Any]:
    """The first `wanted` rows, in the order `read(limit, offset)` gives them, whose name
    (each row's `search_name`) has its own word for every typed word; fewer at the end.
    Candidates are read a step at a time, so a page near the top reads little."""
    kept: list[Any] = []
    offset, step = 0, max(FIRST_STEP, 2 * min(wanted, LARGEST_STEP))
    while len(kept) < wanted:
        rows = read(step, offset)
        kept.extend(r for r in rows if has_own_words(r.search_name or "", words))
        if len(rows) < step:
            break
        offset, step = offset + step, min(step * 4, LARGEST_STEP)
    return kept[:wanted]
