"""Polish names and intake stories for the demo offices (services/demo.py, storage/bulk_demo.py).

The small demo uses the beginning of each list; the city-sized one all of it.
"""

from __future__ import annotations

from ops_desktop.domain.vocabulary import Ground

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
