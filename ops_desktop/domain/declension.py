"""The dative (celownik) of a Polish personal name, for "Przyznać Panu Janowi Kowalskiemu".

A small, careful rule set: it declines only names that match a rule it is sure of (or an
exception listed in declension_data.py) and otherwise answers None, so the ruling falls back
to a wording that needs no declension. A wrongly declined name on a decision is worse than
a plain one.
"""

from __future__ import annotations

from ops_desktop.domain import declension_data as data
from ops_desktop.domain.vocabulary import Sex

_VOWELS = set("aąeęioóuy")


def _has_vowel(text: str) -> bool:
    return any(ch in _VOWELS for ch in text.lower())


def _swap(word: str, ending: str, replacement: str) -> str | None:
    if word.lower().endswith(ending) and _has_vowel(word[: -len(ending)]):
        return word[: -len(ending)] + replacement
    return None


def _a_noun(word: str) -> str | None:
    """A noun in -a: Agnieszka → Agnieszce, Olga → Oldze, Marta → Marcie, Maria → Marii."""
    lower = word.lower()
    for ending, replacement in data.A_ENDINGS:
        if lower.endswith(ending):
            # A longer unsure ending (-sna in "Wiosna") wins over the rule it contains (-na).
            if any(lower.endswith(u) and len(u) > len(ending) for u in data.A_UNSURE_ENDINGS):
                return None
            return _swap(word, ending, replacement)
    return None


def _masculine_consonant(word: str) -> str | None:
    """Jan → Janowi, Marek → Markowi (the fleeting e of -ek); None when not sure."""
    lower = word.lower()
    if any(lower.endswith(e) for e in data.MASCULINE_UNSURE_ENDINGS):
        return None
    if lower.endswith("ek") and len(lower) > 3 and _has_vowel(word[:-2]):
        return word[:-2] + "kowi"
    if any(lower.endswith(e) for e in data.PLAIN_CONSONANT_ENDINGS) and _has_vowel(word):
        return word + "owi"
    return None


def _first_name(word: str, sex: Sex) -> str | None:
    if sex is Sex.MALE:
        if word in data.MASCULINE_FIRST_NAMES:
            return data.MASCULINE_FIRST_NAMES[word]
        return _masculine_consonant(word)
    if word in data.FEMININE_FIRST_NAMES:
        return data.FEMININE_FIRST_NAMES[word]
    if word.lower().endswith("a"):
        return _a_noun(word)
    return None  # Miriam, Noemi: not sure whether or how it declines


def _surname(word: str, sex: Sex) -> str | None:
    lower = word.lower()
    if sex is Sex.MALE:
        if word in data.MASCULINE_SURNAMES:
            return data.MASCULINE_SURNAMES[word]
        for ending, replacement in data.ADJECTIVAL_MASCULINE:
            if lower.endswith(ending):
                return _swap(word, ending, replacement)
        if lower.endswith("a"):
            return _a_noun(word)  # Zaręba → Zarębie
        # A stem vowel that alternates (Mróz → Mrozowi) makes the plain rule unsure.
        if "ó" in lower[-3:] or "ą" in lower[-3:]:
            return None
        return _masculine_consonant(word)
    for ending, replacement in data.ADJECTIVAL_FEMININE:
        if lower.endswith(ending):
            return _swap(word, ending, replacement)
    if lower[-1:] in _VOWELS:
        return None  # Biała → Białej but Sroka → Sroce: adjective or noun, not sure which
    return word  # a woman's surname ending in a consonant does not decline (Nowak)


def _words(name: str, decline: object) -> str | None:
    """Each word and each part of a double-barrelled surname; None if any part is unsure."""
    out = []
    for word in name.split():
        parts = []
        for part in word.split("-"):
            if (not part or not part.isalpha() or part in data.UNSURE
                    or not part[0].isupper() or not part[1:].islower()):
                return None  # initials, all capitals, digits: nothing to be sure of
            declined = decline(part)  # type: ignore[operator]
            if declined is None:
                return None
            parts.append(declined)
        out.append("-".join(parts))
    return " ".join(out) if out else None


def dative_name(first_name: str, last_name: str, sex: Sex | None) -> str | None:
    """"Grzegorzowi Żółkiewskiemu", "Agnieszce Nowak"; None when unsure or the sex is unknown."""
    if sex not in (Sex.MALE, Sex.FEMALE):
        return None
    first = _words(first_name, lambda w: _first_name(w, sex))
    last = _words(last_name, lambda w: _surname(w, sex))
    if first is None or last is None:
        return None
    return f"{first} {last}"


def addressed_dative(first_name: str, last_name: str, sex: Sex | None) -> str | None:
    """"Panu Grzegorzowi Żółkiewskiemu" / "Pani Agnieszce Nowak"; None when unsure."""
    name = dative_name(first_name, last_name, sex)
    if name is None:
        return None
    return ("Panu " if sex is Sex.MALE else "Pani ") + name
