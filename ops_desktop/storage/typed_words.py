"""What the words typed at the desk must find: each typed word the start of its own word of
the name, in any order.

The name index answers "every typed word is the start of some word of the name", where one
name word may serve two typed words. That is the same rule until one typed word begins
another: "Jankowski Ja" is typed for Jan or Janina Jankowski, yet "ja" is also the start of
"jankowski" itself, so the index finds every Jankowski – Adam and Zofia too, the ones the
worker wanted somewhere in the middle of the list. Such queries ask the index for the longer
words only (the shorter add nothing there), and the names it finds are checked one by one
for a word of their own for every typed word – when they are few enough to check at once
(CHECKED_AT_MOST). A longer word that finds more (a common first name typed whole in a
city: "Anna A") keeps the index's answer, every Anna, as the search always gave.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from ops_desktop.domain.text import fold

# A word as the name index's tokenizer sees it: letters and digits; anything else separates.
WORD = re.compile(r"[^\W_]+")

# The names the index finds for the longer words that are read and checked at once: about
# 10 ms at 2,000 on a city's encrypted file (read in name order, then checked), within a
# keystroke's 20 ms with the page's own reads.
CHECKED_AT_MOST = 2000


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


def has_own_words(name: str, words: Sequence[str]) -> bool:
    """Whether `name` has a distinct word starting with each of `words` (folded, as typed
    words are: a name another tool wrote in capitals or with Polish letters is read alike).

    The longest typed word takes the first name word it starts; any shorter typed word either
    begins it too (and may take any word the longer could) or starts none of them, so taking
    the longest first never leaves a shorter one without a word it could have had.
    """
    # The program writes the key folded (plain lower-case letters for Polish names): fold
    # only what is not, a third of the check's time otherwise.
    left = WORD.findall(name if name.isascii() and name.islower() else fold(name))
    for typed in sorted(words, key=len, reverse=True):
        for i, word in enumerate(left):
            if word.startswith(typed):
                del left[i]
                break
        else:
            return False
    return True
