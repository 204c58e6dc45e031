"""Data for the dative of Polish personal names (domain/declension.py): endings and exceptions.

Kept apart from the rules so that a name the office finds printed wrongly is fixed by a line
here. A name listed in UNSURE is never declined: the ruling then uses the neutral wording.
"""

from __future__ import annotations

# Masculine first names whose dative is not the plain "+owi" (a fleeting e, a soft ending).
MASCULINE_FIRST_NAMES: dict[str, str] = {
    "Paweł": "Pawłowi",
    "Kacper": "Kacprowi",
    "Aleksander": "Aleksandrowi",
    "Daniel": "Danielowi",
    "Gabriel": "Gabrielowi",
    "Emanuel": "Emanuelowi",
    "Marcel": "Marcelowi",
    "Wawrzyniec": "Wawrzyńcowi",
    "Antoni": "Antoniemu",
    "Jerzy": "Jerzemu",
    "Ignacy": "Ignacemu",
    "Bogumił": "Bogumiłowi",
    "Kuba": "Kubie",
    "Staś": "Stasiowi",
}

# Masculine surnames declined like common nouns with a change in the stem.
MASCULINE_SURNAMES: dict[str, str] = {
    "Wróbel": "Wróblowi",
    "Orzeł": "Orłowi",
    "Kozieł": "Kozłowi",
    "Kozioł": "Kozłowi",
    "Gołąb": "Gołębiowi",
    "Mróz": "Mrozowi",
    "Król": "Królowi",
    "Sokół": "Sokołowi",
}

# Feminine first names whose dative the rules below would get wrong or are unsure of.
FEMININE_FIRST_NAMES: dict[str, str] = {
    "Maja": "Mai",
    "Kaja": "Kai",
    "Ewa": "Ewie",
}

# Names no rule should touch (foreign or with more than one accepted form): neutral wording.
UNSURE: frozenset[str] = frozenset({"Noemi", "Beatrycze", "Bruno", "Sasza", "Kosma"})

# Consonant letters after which a masculine name simply takes "-owi" (Jan → Janowi). Names
# ending in a soft consonant (ś, ć, ź, ń) change their stem and are in the lists or unsure.
PLAIN_CONSONANT_ENDINGS: tuple[str, ...] = (
    "ch", "cz", "sz", "rz", "b", "d", "f", "g", "h", "j", "k", "l", "ł", "m", "n", "p", "r",
    "s", "t", "w", "x", "z",
)

# Endings of masculine names a plain "-owi" would get wrong and no rule here covers
# (Niemiec → Niemcowi, Wedel → Wedlowi, Kacper → Kacprowi, Ostrów?): neutral wording
# unless listed above.
MASCULINE_UNSURE_ENDINGS: tuple[str, ...] = ("ec", "eł", "el", "er", "iek", "ów")

# Adjectival surnames: masculine -ski → -skiemu, feminine -ska → -skiej.
ADJECTIVAL_MASCULINE: tuple[tuple[str, str], ...] = (
    ("dzki", "dzkiemu"), ("ski", "skiemu"), ("cki", "ckiemu"),
)
ADJECTIVAL_FEMININE: tuple[tuple[str, str], ...] = (
    ("dzka", "dzkiej"), ("ska", "skiej"), ("cka", "ckiej"),
)

# Nouns in -a (feminine first names, men's surnames such as Zaręba) take the dative of the
# locative pattern: the consonant before -a alternates. Longest ending first.
A_ENDINGS: tuple[tuple[str, str], ...] = (
    ("sta", "ście"), ("zda", "ździe"),
    ("ka", "ce"), ("ga", "dze"), ("cha", "sze"), ("ra", "rze"), ("ta", "cie"), ("da", "dzie"),
    ("ła", "le"), ("la", "li"),
    ("na", "nie"), ("ma", "mie"), ("wa", "wie"), ("ba", "bie"), ("pa", "pie"), ("fa", "fie"),
    ("sa", "sie"), ("za", "zie"),
    # -ia after a hard consonant is a separate syllable (Ma-ri-a): Marii, Julii, Zofii.
    ("bia", "bii"), ("dia", "dii"), ("fia", "fii"), ("gia", "gii"), ("kia", "kii"),
    ("lia", "lii"), ("mia", "mii"), ("pia", "pii"), ("ria", "rii"), ("tia", "tii"),
    ("wia", "wii"),
    # -cja, -sja, -zja: Łucja → Łucji, Felicja → Felicji.
    ("cja", "cji"), ("sja", "sji"), ("zja", "zji"),
)

# Endings in -a the rules are not sure of (Kasia → Kasi but Antonia?, Wiosna → Wiośnie,
# Agnieszka is covered by -ka): neutral wording.
A_UNSURE_ENDINGS: tuple[str, ...] = ("sna", "zna", "sła", "zła", "cia", "sia", "zia", "nia",
                                     "dzia", "ea", "ia", "ja", "ca", "sza", "cza", "rza", "ża")
