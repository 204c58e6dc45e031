"""The administrator's sub-commands, one module each.

Each module listed in COMMANDS has `register(subparsers)`, which adds its parser and sets
`handler` (a function taking the parsed arguments and returning the exit code).
"""

from __future__ import annotations

import argparse
import importlib

COMMANDS: tuple[str, ...] = ("verify", "backup", "accounts", "move", "office", "simulate",
                             "keys", "report")

# Conditions of the database every command may meet when it opens the store
# (storage.errors.StorageProblem), said in words instead of a traceback.
STORAGE_MESSAGES: dict[str, str] = {
    "newer_schema": "Ta baza pochodzi z nowszej wersji programu – zainstaluj nowszą wersję "
                    "programu. Bazy nie zmieniono.",
    "no_schema_version": "W pliku są tabele, ale brak zapisu wersji bazy: to nie jest baza tego "
                         "programu albo zapis wersji zaginął. Bazy nie zmieniono.",
    "empty_file": "Plik bazy jest pusty (0 bajtów) – to nie jest baza ośrodka; nowego ośrodka "
                  "nie utworzono.",
    "disk_full": "Brak miejsca na dysku – nic nie zapisano.",
    "read_only": "Plik bazy jest tylko do odczytu – nic nie zapisano.",
    "locked": "Baza jest zajęta przez inny program – spróbuj za chwilę.",
    "corrupt": "Plik bazy jest uszkodzony – przywróć kopię zapasową (restore).",
    "missing": "Nie można otworzyć pliku bazy (brak folderu lub dostępu).",
    "unreachable": "Brak połączenia z serwerem bazy danych.",
    # Encryption at rest: how a command opens an encrypted file is in cli/unlock.py.
    "encrypted": "Baza jest zaszyfrowana, a polecenie nie dostało jej klucza.",
    "wrong_key": "Klucz z pliku kluczy nie otwiera tej bazy (plik kluczy innej bazy?) – "
                 "nic nie zmieniono.",
    "not_encrypted": "Obok bazy leży plik kluczy, lecz sama baza nie jest zaszyfrowana – "
                     "nic nie zmieniono.",
}


def say_storage_problem(problem: str, detail: str = "") -> int:
    """The problem in words on stderr; exit code 2: the command could not run on this store."""
    import sys

    text = STORAGE_MESSAGES.get(problem, problem)
    print(f"Błąd: {text}" + (f" ({detail})" if detail else ""), file=sys.stderr)
    return 2


def register_all(sub: argparse._SubParsersAction) -> None:  # type: ignore[type-arg]
    for name in COMMANDS:
        importlib.import_module(f"ops_desktop.cli.{name}").register(sub)
