"""Polish names and intake stories for the demo offices (services/demo.py, storage/bulk_demo.py).

The small demo uses the beginning of each list; the city-sized one all of it.
"""

from __future__ import annotations

from dataclasses import dataclass

from ops_desktop.domain.vocabulary import BenefitForm, Ground, Team

FEMALE = ("Anna", "Maria", "Katarzyna", "Małgorzata", "Agnieszka", "Barbara", "Ewa", "Krystyna",
          "Elżbieta", "Zofia", "Jadwiga", "Halina", "Danuta", "Joanna", "Beata", "Grażyna",
          "Magdalena", "Monika", "Aleksandra", "Natalia", "Julia", "Zuzanna", "Wiktoria", "Alicja",
          "Helena", "Irena", "Teresa", "Janina", "Dorota", "Renata", "Iwona", "Justyna", "Paulina",
          "Karolina", "Marta", "Weronika", "Oliwia", "Hanna", "Lena", "Stanisława")
MALE = ("Jan", "Stanisław", "Andrzej", "Józef", "Tadeusz", "Jerzy", "Zbigniew", "Krzysztof",
        "Henryk", "Ryszard", "Kazimierz", "Marek", "Marian", "Piotr", "Paweł", "Łukasz", "Tomasz",
        "Michał", "Grzegorz", "Wojciech", "Adam", "Mariusz", "Dariusz", "Rafał", "Robert",
        "Mateusz", "Jakub", "Kacper", "Szymon", "Antoni", "Filip", "Bartosz", "Dawid", "Kamil",
        "Sebastian", "Wiesław", "Zdzisław", "Bogdan", "Leszek", "Czesław")
# Masculine and feminine forms: adjectival surnames change, the others do not.
SURNAMES = (("Nowak", "Nowak"), ("Kowalski", "Kowalska"), ("Wiśniewski", "Wiśniewska"),
            ("Wójcik", "Wójcik"), ("Kowalczyk", "Kowalczyk"), ("Kamiński", "Kamińska"),
            ("Lewandowski", "Lewandowska"), ("Zieliński", "Zielińska"), ("Szymański", "Szymańska"),
            ("Woźniak", "Woźniak"), ("Dąbrowski", "Dąbrowska"), ("Kozłowski", "Kozłowska"),
            ("Jankowski", "Jankowska"), ("Mazur", "Mazur"), ("Kwiatkowski", "Kwiatkowska"),
            ("Krawczyk", "Krawczyk"), ("Piotrowski", "Piotrowska"), ("Grabowski", "Grabowska"),
            ("Żółkiewski", "Żółkiewska"), ("Pawłowski", "Pawłowska"), ("Michalski", "Michalska"),
            ("Król", "Król"), ("Wieczorek", "Wieczorek"), ("Jabłoński", "Jabłońska"),
            ("Wróbel", "Wróbel"), ("Nowakowski", "Nowakowska"), ("Majewski", "Majewska"),
            ("Olszewski", "Olszewska"), ("Stępień", "Stępień"), ("Ślusarczyk", "Ślusarczyk"),
            ("Malinowski", "Malinowska"), ("Jaworski", "Jaworska"), ("Adamczyk", "Adamczyk"),
            ("Dudek", "Dudek"), ("Nowicki", "Nowicka"), ("Pawlak", "Pawlak"), ("Górski", "Górska"),
            ("Witkowski", "Witkowska"), ("Walczak", "Walczak"), ("Sikora", "Sikora"),
            ("Baran", "Baran"), ("Rutkowski", "Rutkowska"), ("Michalak", "Michalak"),
            ("Szewczyk", "Szewczyk"), ("Ostrowski", "Ostrowska"), ("Tomaszewski", "Tomaszewska"),
            ("Pietrzak", "Pietrzak"), ("Zalewski", "Zalewska"), ("Wróblewski", "Wróblewska"),
            ("Jasiński", "Jasińska"), ("Marciniak", "Marciniak"), ("Bąk", "Bąk"),
            ("Zawadzki", "Zawadzka"), ("Sadowski", "Sadowska"), ("Jakubowski", "Jakubowska"),
            ("Wilk", "Wilk"), ("Chmielewski", "Chmielewska"), ("Borkowski", "Borkowska"),
            ("Sokołowski", "Sokołowska"), ("Szczepański", "Szczepańska"), ("Sawicki", "Sawicka"),
            ("Lis", "Lis"), ("Kucharski", "Kucharska"), ("Kalinowski", "Kalinowska"),
            ("Wysocki", "Wysocka"), ("Mazurek", "Mazurek"), ("Kubiak", "Kubiak"),
            ("Kołodziej", "Kołodziej"), ("Czarnecki", "Czarnecka"), ("Sobczak", "Sobczak"),
            ("Konieczny", "Konieczna"), ("Głowacki", "Głowacka"), ("Urbański", "Urbańska"),
            ("Żak", "Żak"), ("Kaczmarek", "Kaczmarek"), ("Zając", "Zając"),
            ("Gajewski", "Gajewska"), ("Łuczak", "Łuczak"), ("Szulc", "Szulc"),
            ("Krajewski", "Krajewska"), ("Przybylski", "Przybylska"), ("Dziedzic", "Dziedzic"))
PROBLEMS: tuple[tuple[str, tuple[Ground, ...]], ...] = (
    ("Utrata pracy, brak środków na opał i leki.", (Ground.POVERTY, Ground.UNEMPLOYMENT)),
    ("Osoba po udarze, wymaga pomocy w codziennych czynnościach.", (Ground.LONG_ILLNESS,)),
    ("Samotna matka trojga dzieci, zaległości w opłatach za mieszkanie.",
     (Ground.POVERTY, Ground.HELPLESSNESS)),
    ("Orzeczony znaczny stopień niepełnosprawności, niezdolność do pracy.", (Ground.DISABILITY,)),
    ("Pożar budynku gospodarczego, zniszczony opał na zimę.", (Ground.RANDOM_EVENT,)),
    ("Problem alkoholowy w rodzinie, dzieci zaniedbane.", (Ground.ADDICTION, Ground.HELPLESSNESS)),
    ("Emerytka bez prawa do emerytury, brak dochodu.", (Ground.POVERTY,)),
    ("Długotrwałe bezrobocie, zadłużenie, groźba eksmisji.",
     (Ground.UNEMPLOYMENT, Ground.POVERTY)),
    ("Osoba bezdomna, nocuje na działkach.", (Ground.HOMELESSNESS,)),
    ("Zalanie mieszkania po nawalnym deszczu.", (Ground.DISASTER,)),
    ("Opuszczenie zakładu karnego, brak mieszkania i pracy.", (Ground.AFTER_PRISON,)),
    ("Rodzina wielodzietna, ciąża, brak środków na wyprawkę.", (Ground.MATERNITY, Ground.POVERTY)),
    ("Przemoc w rodzinie zgłoszona przez szkołę.", (Ground.DOMESTIC_VIOLENCE,)),
    ("Choroba nowotworowa, kosztowne leczenie.", (Ground.LONG_ILLNESS, Ground.POVERTY)),
)
# What the desk writes for the receiving team (team code → reason): its own words, never
# the problem as told at the desk.
REFERRAL_REASONS: dict[str, str] = {
    "benefits": "Proszę o rozpatrzenie prawa do zasiłku i wywiad środowiskowy.",
    "social_work": "Proszę o kontakt i diagnozę sytuacji rodziny.",
    "services": "Proszę o ocenę potrzeby usług opiekuńczych.",
}



@dataclass(frozen=True)
class Story:
    """Why a household came to the desk, and the team that handles such a problem."""

    problem: str
    grounds: tuple[Ground, ...]
    team: Team
    household: str  # who: "elderly", "family", "single_parent", "adult" or "any"
    form: BenefitForm | None = None  # what the benefits team decides on
    purpose: str = ""  # what a zasiłek celowy is for
    reported_by: str = ""  # empty: the person came themselves


# The small demo office's intake stories (services/demo.py). Violence goes to social work
# only: it is never a benefits or services matter, whatever else the family needs.
STORIES: tuple[Story, ...] = (
    Story("Pożar budynku gospodarczego, zniszczony opał na zimę.", (Ground.RANDOM_EVENT,),
          Team.BENEFITS, "any", BenefitForm.PURPOSE, "zakup opału po pożarze"),
    Story("Zalanie mieszkania po nawalnym deszczu, zniszczone meble i pościel.",
          (Ground.DISASTER,), Team.BENEFITS, "any", BenefitForm.PURPOSE,
          "zakup mebli i pościeli po zalaniu mieszkania"),
    Story("Choroba nowotworowa, kosztowne leczenie, brak środków na leki.",
          (Ground.LONG_ILLNESS, Ground.POVERTY), Team.BENEFITS, "adult", BenefitForm.PURPOSE,
          "zakup leków"),
    Story("Utrata pracy, brak środków na życie do czasu podjęcia nowego zatrudnienia.",
          (Ground.UNEMPLOYMENT, Ground.POVERTY), Team.BENEFITS, "adult", BenefitForm.PERIODIC),
    Story("Rodzina wielodzietna, ciąża, brak środków na wyprawkę.",
          (Ground.MATERNITY, Ground.POVERTY), Team.BENEFITS, "family", BenefitForm.PURPOSE,
          "zakup wyprawki dla dziecka"),
    Story("Osoba w wieku emerytalnym bez prawa do emerytury, brak dochodu.", (Ground.POVERTY,),
          Team.BENEFITS, "elderly", BenefitForm.PERMANENT),
    Story("Orzeczony znaczny stopień niepełnosprawności, całkowita niezdolność do pracy.",
          (Ground.DISABILITY, Ground.POVERTY), Team.BENEFITS, "adult", BenefitForm.PERMANENT),
    Story("Osoba po udarze, wymaga pomocy w codziennych czynnościach.",
          (Ground.LONG_ILLNESS,), Team.SERVICES, "elderly"),
    Story("Osoba samotna po złamaniu szyjki kości udowej, potrzebuje usług opiekuńczych.",
          (Ground.LONG_ILLNESS, Ground.DISABILITY), Team.SERVICES, "elderly"),
    Story("Niepełnosprawność ruchowa, potrzebna pomoc w zakupach i sprzątaniu.",
          (Ground.DISABILITY,), Team.SERVICES, "any"),
    Story("Długotrwałe bezrobocie, zadłużenie, groźba eksmisji.",
          (Ground.UNEMPLOYMENT, Ground.POVERTY), Team.SOCIAL_WORK, "adult"),
    Story("Problem alkoholowy w rodzinie, dzieci zaniedbane.",
          (Ground.ADDICTION, Ground.HELPLESSNESS), Team.SOCIAL_WORK, "family",
          reported_by="kurator sądowy"),
    Story("Samotna matka, trudności wychowawcze i w prowadzeniu domu.",
          (Ground.HELPLESSNESS,), Team.SOCIAL_WORK, "single_parent"),
    Story("Opuszczenie zakładu karnego, brak mieszkania i pracy.",
          (Ground.AFTER_PRISON, Ground.UNEMPLOYMENT), Team.SOCIAL_WORK, "adult"),
    Story("Przemoc w rodzinie zgłoszona przez szkołę.", (Ground.DOMESTIC_VIOLENCE,),
          Team.SOCIAL_WORK, "family", reported_by="pedagog Szkoły Podstawowej w Lipowcu"),
    Story("Niebieska Karta wszczęta przez Policję – przemoc psychiczna i fizyczna w rodzinie.",
          (Ground.DOMESTIC_VIOLENCE,), Team.SOCIAL_WORK, "family",
          reported_by="Komisariat Policji w Lipowcu"),
)
