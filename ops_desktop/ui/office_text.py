"""The office of several PCs in words: what the exchange's codes mean for the person.

The exchange reuses codes of the backup file ("wrong_passphrase", "damaged") and of the store
("unreachable") whose general texts (labels.ERRORS) speak of backups and database servers;
here they speak of the invitation and the exchange folder.
"""

from __future__ import annotations

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication

from ops_desktop.i18n.format import office_datetime
from ops_desktop.services.exchange import MemberSeen, Problem

MESSAGES: dict[str, str] = {
    "unreachable": QT_TRANSLATE_NOOP("office", "Folder wymiany jest niedostępny (czy udział sieciowy lub dysk USB jest podłączony?)."),
    "write_failed": QT_TRANSLATE_NOOP("office", "Nie udało się zapisać w folderze wymiany."),
    "already_member": QT_TRANSLATE_NOOP("office", "Ten komputer już należy do biura."),
    "already_shared": QT_TRANSLATE_NOOP("office", "W tym folderze wymiany działa już inne biuro – wybierz pusty folder."),
    "not_a_member": QT_TRANSLATE_NOOP("office", "Ten komputer nie należy do żadnego biura."),
    "not_a_file_database": QT_TRANSLATE_NOOP("office", "Biuro na kilku komputerach działa tylko na bazie w pliku, nie na serwerze bazy danych."),
    "database_exists": QT_TRANSLATE_NOOP("office", "Na tym komputerze są już dane ośrodka – dołączyć można tylko przy pierwszym uruchomieniu."),
    "invalid_name": QT_TRANSLATE_NOOP("office", "Podaj nazwę komputera (do 80 znaków)."),
    "wrong_passphrase": QT_TRANSLATE_NOOP("office", "Błędny kod zaproszenia (albo uszkodzony plik zaproszenia) – sprawdź kod i wpisz go ponownie."),
    "not_a_backup": QT_TRANSLATE_NOOP("office", "To nie jest plik zaproszenia programu."),
    "not_an_invitation": QT_TRANSLATE_NOOP("office", "Ten plik nie jest zaproszeniem do biura."),
    "invitation_outdated": QT_TRANSLATE_NOOP(
        "office", "To zaproszenie jest już nieaktualne: pliki potrzebne temu komputerowi "
        "zostały usunięte z folderu wymiany. Poproś administratora o nowe zaproszenie."),
    "damaged": QT_TRANSLATE_NOOP("office", "Plik zaproszenia jest uszkodzony (niekompletny lub zmieniony) – poproś o nowy."),
    "integrity_failed": QT_TRANSLATE_NOOP("office", "Plik zaproszenia jest uszkodzony – poproś o nowy."),
    "counts_differ": QT_TRANSLATE_NOOP("office", "Plik zaproszenia jest uszkodzony – poproś o nowy."),
    "read_failed": QT_TRANSLATE_NOOP("office", "Nie udało się odczytać pliku zaproszenia."),
    "made_by_newer_program": QT_TRANSLATE_NOOP("office", "Zaproszenie utworzyła nowsza wersja programu – zaktualizuj program."),
    "unsupported_format": QT_TRANSLATE_NOOP("office", "Zaproszenie utworzyła nowsza wersja programu – zaktualizuj program."),
    "folder_missing": QT_TRANSLATE_NOOP("office", "Nie ma folderu, w którym ma powstać plik."),
    "codes_exhausted": QT_TRANSLATE_NOOP("office", "Brak wolnych numerów komputerów w biurze."),
    "database_in_use": QT_TRANSLATE_NOOP("office", "Baza jest otwarta w innym programie lub na innym komputerze – zamknij go i spróbuj ponownie; nic nie zmieniono."),
    "removed_from_office": QT_TRANSLATE_NOOP("office", "Ten komputer odłączono od biura – wymiana zmian z innymi komputerami nie jest już możliwa. Dane na tym komputerze pozostają."),
    "cannot_remove_self": QT_TRANSLATE_NOOP("office", "Nie można odłączyć komputera, na którym się pracuje."),
    "member": QT_TRANSLATE_NOOP("office", "W biurze nie ma już tego komputera."),
    # A PC restored from its own backup (exchange/restored.py).
    "restored_unsent": QT_TRANSLATE_NOOP("office", "Ten komputer przywrócono z kopii zapasowej, a część zmian zapisanych w tej kopii nie dotarła wcześniej do folderu wymiany: wymiana jest wstrzymana, aby ich nie zgubić. Wezwij administratora."),
    "restored_unclear": QT_TRANSLATE_NOOP("office", "Plik bazy tego komputera zastąpiono starszą kopią poza programem, a pliku wymiany potrzebnego, by odróżnić zmiany z tej kopii od wpisanych później, już nie ma: wymiana jest wstrzymana. Przywróć kopię poleceniem programu („Przywróć”) albo dołącz ten komputer do biura ponownie z nowym zaproszeniem."),
    # The relay with a field laptop's USB stick.
    "stick_unreachable": QT_TRANSLATE_NOOP("office", "Wybrany folder jest niedostępny – czy pendrive jest podłączony? Niczego nie skopiowano."),
    "same_folder": QT_TRANSLATE_NOOP("office", "To jest folder wymiany tego komputera – wskaż folder na pendrivie."),
    "foreign_office": QT_TRANSLATE_NOOP("office", "Na tym pendrivie są pliki wymiany innego biura – niczego nie skopiowano. Wskaż pendrive laptopa tego biura."),
    "relay_cut": QT_TRANSLATE_NOOP("office", "Kopiowanie przerwano (pendrive wyjęty albo folder niedostępny). Skopiowane pliki zostają; resztę przeniesie następna wymiana przez pendrive."),
}

# Refused files of another PC (RoundReport.problems), as the person reads them.
PROBLEMS: dict[str, str] = {
    "altered": QT_TRANSLATE_NOOP("office", "plik zmieniony lub uszkodzony – odrzucony"),
    "foreign_office": QT_TRANSLATE_NOOP("office", "plik innego biura – odrzucony"),
    "newer_format": QT_TRANSLATE_NOOP("office", "plik nowszej wersji programu – zaktualizuj program"),
    "missing_file": QT_TRANSLATE_NOOP("office", "brakuje wcześniejszego pliku – czekam na niego"),
    "clock_ahead": QT_TRANSLATE_NOOP("office", "zegar tamtego komputera wyprzedza ten o ponad dwa dni"),
    "damaged": QT_TRANSLATE_NOOP("office", "plik uszkodzony – odrzucony"),
    "not_a_bundle": QT_TRANSLATE_NOOP("office", "to nie jest plik wymiany – pominięty"),
    "key_missing": QT_TRANSLATE_NOOP("office", "zapisany nowym kluczem biura, którego ten komputer jeszcze nie dostał – czeka"),
    "old_key": QT_TRANSLATE_NOOP("office", "zapisany starym kluczem biura po zmianie klucza – odrzucony"),
    "continues_removed": QT_TRANSLATE_NOOP("office", "to kopia komputera odłączonego od biura, przywrócona z kopii zapasowej – jego pliki są odrzucane"),
    "restored_gap": QT_TRANSLATE_NOOP("office", "to zmiany tego komputera sprzed przywrócenia kopii, których nie ma już w folderze wymiany (kopia była starsza niż ostatnia). Mają je inne komputery: dołącz ten komputer ponownie do biura z nowym zaproszeniem – to, co wpisano tu po przywróceniu, już do nich dotarło"),
}
# Files that wait for something that comes by itself (an update, the new office key): not
# told as refused.
WAITING = {"newer_format", "key_missing"}


def _tr(text: str) -> str:
    return QCoreApplication.translate("office", text)


def message(code: str) -> str:
    text = MESSAGES.get(code)
    return _tr(text) if text else code


def problem(item: Problem, member_names: dict[str, str]) -> str:
    """ "Komputer „Laptop”, plik 000…opsx: plik uszkodzony – odrzucony"."""
    text = PROBLEMS.get(item.code)
    return (_tr("Komputer „%1”, plik %2: %3").replace("%1", member_names.get(item.member, item.member))
            .replace("%2", item.file).replace("%3", _tr(text) if text else item.code))


def heard(member: MemberSeen) -> str:
    """When another PC was last heard from, on the office's clock."""
    if member.last_heard is None:
        return _tr("jeszcze nic od niego nie przyszło")
    return office_datetime(member.last_heard)
