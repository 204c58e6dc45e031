"""The dative of Polish names for the ruling ("Przyznać Panu Grzegorzowi Żółkiewskiemu")."""

from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st

from ops_desktop.domain import declension_data as data
from ops_desktop.domain.declension import addressed_dative, dative_name
from ops_desktop.domain.vocabulary import Sex

M, F = Sex.MALE, Sex.FEMALE


@pytest.mark.parametrize(("first", "last", "sex", "dative"), [
    ("Grzegorz", "Żółkiewski", M, "Grzegorzowi Żółkiewskiemu"),
    ("Jan", "Nowicki", M, "Janowi Nowickiemu"),
    ("Tomasz", "Zawadzki", M, "Tomaszowi Zawadzkiemu"),
    ("Marek", "Nowak", M, "Markowi Nowakowi"),
    ("Paweł", "Kowalczyk", M, "Pawłowi Kowalczykowi"),
    ("Jacek", "Dudek", M, "Jackowi Dudkowi"),
    ("Franciszek", "Kaczmarek", M, "Franciszkowi Kaczmarkowi"),
    ("Andrzej", "Mazur", M, "Andrzejowi Mazurowi"),
    ("Wojciech", "Wójcik", M, "Wojciechowi Wójcikowi"),
    ("Kacper", "Sikora", M, "Kacprowi Sikorze"),
    ("Jan", "Zaręba", M, "Janowi Zarębie"),
    ("Jan Paweł", "Kowalski-Nowak", M, "Janowi Pawłowi Kowalskiemu-Nowakowi"),
    ("Agnieszka", "Kowalska", F, "Agnieszce Kowalskiej"),
    ("Olga", "Nowak", F, "Oldze Nowak"),
    ("Barbara", "Zawadzka", F, "Barbarze Zawadzkiej"),
    ("Marta", "Nowicka", F, "Marcie Nowickiej"),
    ("Maria", "Mazur", F, "Marii Mazur"),
    ("Julia", "Wiśniewska", F, "Julii Wiśniewskiej"),
    ("Zofia", "Żółkiewska", F, "Zofii Żółkiewskiej"),
    ("Anna", "Lewandowska", F, "Annie Lewandowskiej"),
    ("Jadwiga", "Dąbrowska", F, "Jadwidze Dąbrowskiej"),
    ("Elżbieta", "Król", F, "Elżbiecie Król"),
    ("Urszula", "Kowalczyk", F, "Urszuli Kowalczyk"),
    ("Magda", "Szymańska", F, "Magdzie Szymańskiej"),
    ("Patrycja", "Nowak", F, "Patrycji Nowak"),
    ("Maja", "Nowak", F, "Mai Nowak"),
    ("Anna", "Nowak-Kowalska", F, "Annie Nowak-Kowalskiej"),
])
def test_dative_of_names_the_rules_are_sure_of(first: str, last: str, sex: Sex,
                                              dative: str) -> None:
    assert dative_name(first, last, sex) == dative


@pytest.mark.parametrize(("first", "last", "sex"), [
    ("Jan", "Kowalski", None),  # sex unknown: no "Pan"/"Pani" guessed
    ("Marta", "Biała", F),  # adjective (Białej) or noun (Sroce)? not sure
    ("Kasia", "Nowak", F),  # Kasi, but Antonia? not sure of -sia/-nia
    ("Jan", "Niemiec", M),  # Niemcowi: a stem change no rule covers
    ("Jan", "Wedel", M),  # Wedlowi?
    ("Jan", "Zając", M),  # ą in the last syllable
    ("Ksawery", "Nowak", M),
    ("Jan", "Matejko", M),
    ("Noemi", "Nowak", F),
    ("Anna", "WIŚNIEWSKA", F),  # capitals: not a name as the register writes it
    ("J.", "Nowak", M),
    ("Jan", "", M),
])
def test_names_the_rules_are_not_sure_of_are_not_declined(first: str, last: str,
                                                          sex: Sex | None) -> None:
    assert dative_name(first, last, sex) is None


def test_the_ruling_addresses_pan_or_pani() -> None:
    assert addressed_dative("Grzegorz", "Żółkiewski", M) == "Panu Grzegorzowi Żółkiewskiemu"
    assert addressed_dative("Agnieszka", "Nowak", F) == "Pani Agnieszce Nowak"
    assert addressed_dative("Agnieszka", "Nowak", None) is None


def test_every_listed_exception_is_used_as_listed() -> None:
    for first, dative in data.MASCULINE_FIRST_NAMES.items():
        assert dative_name(first, "Nowak", M) == f"{dative} Nowakowi"
    for last, dative in data.MASCULINE_SURNAMES.items():
        assert dative_name("Jan", last, M) == f"Janowi {dative}"
    for first, dative in data.FEMININE_FIRST_NAMES.items():
        assert dative_name(first, "Nowak", F) == f"{dative} Nowak"


stems = st.text(alphabet="bdfgklmnprstwz", min_size=1, max_size=4).map(lambda s: "Ko" + s)


@given(stems)
def test_adjectival_surnames_pair_up(stem: str) -> None:
    """-ski/-cki/-dzki of a man and -ska/-cka/-dzka of a woman decline alike."""
    for masculine, feminine in (("ski", "ska"), ("cki", "cka"), ("dzki", "dzka")):
        he = dative_name("Jan", stem + masculine, M)
        she = dative_name("Anna", stem + feminine, F)
        assert he == f"Janowi {stem}{masculine}emu"
        assert she == f"Annie {stem}{feminine[:-1]}iej"


@given(st.text(alphabet="abcdefghijklmnopqrstuvwxyząćęłńóśźżABCDŁŚŻ -.'", max_size=30),
       st.text(alphabet="abcdefghijklmnopqrstuvwxyząćęłńóśźżABCDŁŚŻ -.'", max_size=30),
       st.sampled_from([M, F, None]))
def test_any_name_gives_a_declined_form_or_none(first: str, last: str, sex: Sex | None) -> None:
    result = dative_name(first, last, sex)
    if result is not None:
        # As many words as the name had, each starting with the name's own first letters.
        assert len(result.split()) == len(first.split()) + len(last.split())
        assert result.split()[0][:1] == first.split()[0][:1]


@given(st.sampled_from(["Anna", "Marta", "Olga", "Agnieszka", "Barbara", "Maria"]),
       st.text(alphabet="bcdfghjklłmnprstwz", min_size=1, max_size=6).map(lambda s: "No" + s))
def test_a_womans_surname_ending_in_a_consonant_does_not_change(first: str, last: str) -> None:
    result = dative_name(first, last, F)
    assert result is not None and result.endswith(" " + last)
