"""Words on screen for the codes the services return: error codes, vocabulary, statuses.

Source strings are Polish (the office's language and the default); English comes from
translations/ops_desktop_en.ts. Every string is marked for lupdate with QT_TRANSLATE_NOOP.
"""

from __future__ import annotations

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication

from ops_desktop.domain.vocabulary import (
    ApplicationStatus,
    BenefitForm,
    Channel,
    DecisionKind,
    DecisionStatus,
    Ground,
    IdDocumentType,
    IntakeOutcome,
    NoteKind,
    PaymentMethod,
    ReferralStatus,
    Relation,
    Role,
    Sex,
    Team,
)

ERRORS: dict[str, str] = {
    "required": QT_TRANSLATE_NOOP("errors", "To pole jest wymagane."),
    "too_long": QT_TRANSLATE_NOOP("errors", "Tekst jest za długi."),
    "invalid_characters": QT_TRANSLATE_NOOP("errors", "Pole zawiera niedozwolone znaki."),
    "pesel_invalid": QT_TRANSLATE_NOOP("errors", "Nieprawidłowy numer PESEL (suma kontrolna lub data)."),
    "pesel_birth_date_mismatch": QT_TRANSLATE_NOOP("errors", "Data urodzenia nie zgadza się z numerem PESEL."),
    "pesel_sex_mismatch": QT_TRANSLATE_NOOP("errors", "Płeć nie zgadza się z numerem PESEL."),
    "pesel_or_document_required": QT_TRANSLATE_NOOP("errors", "Podaj PESEL albo rodzaj i numer dokumentu tożsamości."),
    "pesel_already_registered": QT_TRANSLATE_NOOP("errors", "Osoba z tym numerem PESEL jest już w kartotece – wyszukaj ją."),
    "pesel_repeated_in_household": QT_TRANSLATE_NOOP("errors", "Ten sam PESEL podano dwa razy w gospodarstwie."),
    "future_date": QT_TRANSLATE_NOOP("errors", "Data nie może być z przyszłości."),
    "too_old": QT_TRANSLATE_NOOP("errors", "Data jest zbyt odległa."),
    "postal_code_format": QT_TRANSLATE_NOOP("errors", "Kod pocztowy w formacie 00-000."),
    "phone_format": QT_TRANSLATE_NOOP("errors", "Nieprawidłowy numer telefonu."),
    "end_before_start": QT_TRANSLATE_NOOP("errors", "Data końcowa jest wcześniejsza niż początkowa."),
    "amount_invalid": QT_TRANSLATE_NOOP("errors", "Podaj kwotę nieujemną, najwyżej z dwoma miejscami po przecinku."),
    "above_maximum": QT_TRANSLATE_NOOP("errors", "Kwota przekracza maksymalną kwotę wyliczoną z ustawy."),
    "below_minimum": QT_TRANSLATE_NOOP("errors", "Kwota jest niższa niż minimalna kwota wynikająca z ustawy."),
    "not_statutory_amount": QT_TRANSLATE_NOOP("errors", "Zasiłek stały przyznaje się w kwocie wyliczonej z ustawy."),
    "iban_invalid": QT_TRANSLATE_NOOP("errors", "Nieprawidłowy numer rachunku bankowego."),
    "no_law_parameters": QT_TRANSLATE_NOOP("errors", "Brak kryteriów i kwot ustawowych dla tej daty – sprawdź okres świadczenia."),
    "person_repeated_in_household": QT_TRANSLATE_NOOP("errors", "Ta osoba jest już wpisana do tego gospodarstwa."),
    "not_eligible": QT_TRANSLATE_NOOP("errors", "Wnioskodawca nie spełnia warunków – możliwa jest tylko decyzja odmowna."),
    "not_in_household": QT_TRANSLATE_NOOP("errors", "Dochód można przypisać tylko członkowi gospodarstwa."),
    "cannot_refer_to_own_team": QT_TRANSLATE_NOOP("errors", "Wybierz inny zespół niż pierwszy kontakt."),
    "referral_reason_required": QT_TRANSLATE_NOOP("errors", "Wpisz powód skierowania dla zespołu – opis problemu nie jest przekazywany."),
    "forward_to_desk": QT_TRANSLATE_NOOP("errors", "Do pierwszego kontaktu skierowanie się zwraca, nie przekazuje – użyj „Zwróć…”."),
    "forward_to_same_team": QT_TRANSLATE_NOOP("errors", "Skierowanie już jest w tym zespole – wybierz inny zespół."),
    "permission_denied": QT_TRANSLATE_NOOP("errors", "Nie masz uprawnień do tej czynności."),
    "not_found": QT_TRANSLATE_NOOP("errors", "Nie znaleziono rekordu – mógł zostać usunięty."),
    "referral_already_handled": QT_TRANSLATE_NOOP("errors", "To skierowanie zostało już przyjęte lub zwrócone."),
    "application_decided": QT_TRANSLATE_NOOP("errors", "W sprawie tego wniosku wydano już decyzję."),
    "decision_signed": QT_TRANSLATE_NOOP("errors", "Decyzja jest podpisana i nie może być zmieniona."),
    "decision_outdated": QT_TRANSLATE_NOOP("errors", "Dochody zmieniły się po przygotowaniu projektu – przygotuj decyzję ponownie."),
    "disk_full": QT_TRANSLATE_NOOP("errors", "Brak miejsca na dysku – nic nie zapisano. Zwolnij miejsce i spróbuj ponownie; wpisane dane pozostały w formularzu."),
    "read_only": QT_TRANSLATE_NOOP("errors", "Plik bazy danych jest tylko do odczytu – nic nie zapisano. Wpisane dane pozostały w formularzu."),
    "locked": QT_TRANSLATE_NOOP("errors", "Baza danych jest zajęta przez inny program – spróbuj za chwilę. Wpisane dane pozostały w formularzu."),
    "corrupt": QT_TRANSLATE_NOOP("errors", "Plik bazy danych jest uszkodzony. Przywróć kopię zapasową."),
    "missing": QT_TRANSLATE_NOOP("errors", "Nie można otworzyć pliku bazy danych (brak folderu lub dostępu)."),
    "unreachable": QT_TRANSLATE_NOOP("errors", "Brak połączenia z serwerem bazy danych – nic nie zapisano. Sprawdź sieć i spróbuj ponownie; wpisane dane pozostały w formularzu."),
    "bad_credentials": QT_TRANSLATE_NOOP("errors", "Nieprawidłowy login lub hasło."),
    "account_locked": QT_TRANSLATE_NOOP("errors", "Konto jest czasowo zablokowane po pięciu nieudanych próbach – spróbuj za kilka minut."),
    "account_inactive": QT_TRANSLATE_NOOP("errors", "Konto jest wyłączone – zwróć się do administratora."),
    "password_too_short": QT_TRANSLATE_NOOP("errors", "Hasło musi mieć co najmniej 10 znaków."),
    "password_contains_login": QT_TRANSLATE_NOOP("errors", "Hasło nie może zawierać loginu."),
    "password_too_simple": QT_TRANSLATE_NOOP("errors", "Hasło jest zbyt proste – użyj różnych znaków."),
    "password_mismatch": QT_TRANSLATE_NOOP("errors", "Hasła nie są takie same."),
    "wrong_password": QT_TRANSLATE_NOOP("errors", "Nieprawidłowe hasło."),
    "login_format": QT_TRANSLATE_NOOP("errors", "Login: 3–60 znaków, małe litery, cyfry, kropka, myślnik lub podkreślenie."),
    "login_taken": QT_TRANSLATE_NOOP("errors", "Ten login jest już zajęty."),
    "roles_required": QT_TRANSLATE_NOOP("errors", "Wybierz co najmniej jedną rolę."),
    "last_administrator": QT_TRANSLATE_NOOP("errors", "To ostatni administrator – nie można odebrać mu roli ani wyłączyć konta."),
    "own_account": QT_TRANSLATE_NOOP("errors", "Tego nie można zrobić na własnym koncie – poproś innego administratora."),
    "own_account_roles": QT_TRANSLATE_NOOP("errors", "Własnych ról nie można zmienić – zrobi to inny administrator."),
    "password_not_changed": QT_TRANSLATE_NOOP("errors", "Nowe hasło musi różnić się od dotychczasowego."),
    "out_of_range": QT_TRANSLATE_NOOP("errors", "Wartość spoza dopuszczalnego zakresu."),
    "invalid": QT_TRANSLATE_NOOP("errors", "Nieprawidłowa wartość."),
    "confirmation_mismatch": QT_TRANSLATE_NOOP("errors", "Wpisz dokładnie frazę potwierdzenia pokazaną nad polem."),
    "not_past_retention": QT_TRANSLATE_NOOP("errors", "Co najmniej jedna osoba nie jest już po okresie przechowywania – odśwież listę."),
    "duplicate": QT_TRANSLATE_NOOP("errors", "Ta pozycja występuje dwa razy."),
    "retention_category_invalid": QT_TRANSLATE_NOOP("errors", "Kategoria archiwalna: A, Bc, B z liczbą lat (np. B10) albo BE z liczbą lat."),
    "retention_years_invalid": QT_TRANSLATE_NOOP("errors", "Okres przechowywania: liczba lat od 0 do 100."),
    "retention_years_mismatch": QT_TRANSLATE_NOOP("errors", "Liczba lat nie zgadza się z kategorią archiwalną (np. B10 – 10 lat)."),
    "office_already_set_up": QT_TRANSLATE_NOOP("errors", "Ośrodek jest już skonfigurowany."),
}

REASONS: dict[str, str] = {
    "income_not_below_criterion": QT_TRANSLATE_NOOP("reasons", "dochód nie jest niższy od kryterium"),
    "applicant_income_not_below_criterion": QT_TRANSLATE_NOOP("reasons", "dochód wnioskodawcy nie jest niższy od kryterium na osobę"),
    "per_person_income_not_below_criterion": QT_TRANSLATE_NOOP("reasons", "dochód na osobę nie jest niższy od kryterium"),
    "income_above_criterion": QT_TRANSLATE_NOOP("reasons", "dochód przekracza kryterium"),
    "capped": QT_TRANSLATE_NOOP("reasons", "kwota ograniczona do maksymalnej"),
    "raised_to_minimum": QT_TRANSLATE_NOOP("reasons", "kwota podniesiona do minimalnej"),
    "not_unable_to_work": QT_TRANSLATE_NOOP("reasons", "brak niezdolności do pracy z powodu wieku lub niepełnosprawności"),
}

TEAMS: dict[str, str] = {
    Team.FIRST_CONTACT: QT_TRANSLATE_NOOP("vocab", "Pierwszy kontakt"),
    Team.BENEFITS: QT_TRANSLATE_NOOP("vocab", "Świadczenia"),
    Team.SOCIAL_WORK: QT_TRANSLATE_NOOP("vocab", "Praca socjalna"),
    Team.SERVICES: QT_TRANSLATE_NOOP("vocab", "Usługi"),
}
ROLES: dict[str, str] = {
    **TEAMS,
    Role.COORDINATOR: QT_TRANSLATE_NOOP("vocab", "Koordynator"),
    Role.ADMINISTRATOR: QT_TRANSLATE_NOOP("vocab", "Administrator"),
    Role.AUDITOR: QT_TRANSLATE_NOOP("vocab", "Inspektor ochrony danych"),
}
CHANNELS: dict[str, str] = {
    Channel.IN_PERSON: QT_TRANSLATE_NOOP("vocab", "osobiście"),
    Channel.PHONE: QT_TRANSLATE_NOOP("vocab", "telefonicznie"),
    Channel.LETTER: QT_TRANSLATE_NOOP("vocab", "pismo"),
    Channel.ELECTRONIC: QT_TRANSLATE_NOOP("vocab", "e-mail / ePUAP"),
    Channel.EX_OFFICIO: QT_TRANSLATE_NOOP("vocab", "z urzędu"),
}
OUTCOMES: dict[str, str] = {
    IntakeOutcome.INFORMATION: QT_TRANSLATE_NOOP("vocab", "udzielono informacji lub porady"),
    IntakeOutcome.REFERRED: QT_TRANSLATE_NOOP("vocab", "skierowano do zespołu"),
    IntakeOutcome.APPLICATION: QT_TRANSLATE_NOOP("vocab", "przyjęto wniosek"),
}
REFERRAL_STATUSES: dict[str, str] = {
    ReferralStatus.PENDING: QT_TRANSLATE_NOOP("vocab", "oczekuje"),
    ReferralStatus.ACCEPTED: QT_TRANSLATE_NOOP("vocab", "przyjęte"),
    ReferralStatus.RETURNED: QT_TRANSLATE_NOOP("vocab", "zwrócone"),
}
FORMS: dict[str, str] = {
    BenefitForm.PERMANENT: QT_TRANSLATE_NOOP("vocab", "zasiłek stały"),
    BenefitForm.PERIODIC: QT_TRANSLATE_NOOP("vocab", "zasiłek okresowy"),
    BenefitForm.PURPOSE: QT_TRANSLATE_NOOP("vocab", "zasiłek celowy"),
    BenefitForm.SPECIAL_PURPOSE: QT_TRANSLATE_NOOP("vocab", "specjalny zasiłek celowy"),
}
APPLICATION_STATUSES: dict[str, str] = {
    ApplicationStatus.REGISTERED: QT_TRANSLATE_NOOP("vocab", "w toku"),
    ApplicationStatus.DECIDED: QT_TRANSLATE_NOOP("vocab", "rozstrzygnięty"),
    ApplicationStatus.WITHDRAWN: QT_TRANSLATE_NOOP("vocab", "wycofany"),
}
DECISION_KINDS: dict[str, str] = {
    DecisionKind.GRANT: QT_TRANSLATE_NOOP("vocab", "przyznająca"),
    DecisionKind.REFUSAL: QT_TRANSLATE_NOOP("vocab", "odmowna"),
}
DECISION_STATUSES: dict[str, str] = {
    DecisionStatus.DRAFT: QT_TRANSLATE_NOOP("vocab", "projekt"),
    DecisionStatus.SIGNED: QT_TRANSLATE_NOOP("vocab", "podpisana"),
}
PAYMENT_METHODS: dict[str, str] = {
    PaymentMethod.BANK_TRANSFER: QT_TRANSLATE_NOOP("vocab", "przelew na rachunek"),
    PaymentMethod.CASH: QT_TRANSLATE_NOOP("vocab", "gotówka w kasie"),
}
# The kinship word by the member's sex: (male, female, sex unknown) – "małżonek" for a wife
# is wrong; the third names the relation as a category (choice lists, sex not recorded).
RELATION_FORMS: dict[str, tuple[str, str, str]] = {
    Relation.APPLICANT: (QT_TRANSLATE_NOOP("vocab", "wnioskodawca"),
                         QT_TRANSLATE_NOOP("vocab", "wnioskodawczyni"),
                         QT_TRANSLATE_NOOP("vocab", "wnioskodawca/wnioskodawczyni")),
    Relation.SPOUSE: (QT_TRANSLATE_NOOP("vocab", "małżonek"),
                      QT_TRANSLATE_NOOP("vocab", "małżonka"),
                      QT_TRANSLATE_NOOP("vocab", "małżonek/małżonka")),
    Relation.PARTNER: (QT_TRANSLATE_NOOP("vocab", "partner"),
                       QT_TRANSLATE_NOOP("vocab", "partnerka"),
                       QT_TRANSLATE_NOOP("vocab", "partner/partnerka")),
    Relation.CHILD: (QT_TRANSLATE_NOOP("vocab", "syn"),
                     QT_TRANSLATE_NOOP("vocab", "córka"),
                     QT_TRANSLATE_NOOP("vocab", "dziecko")),
    Relation.PARENT: (QT_TRANSLATE_NOOP("vocab", "ojciec"),
                      QT_TRANSLATE_NOOP("vocab", "matka"),
                      QT_TRANSLATE_NOOP("vocab", "rodzic")),
    Relation.SIBLING: (QT_TRANSLATE_NOOP("vocab", "brat"),
                       QT_TRANSLATE_NOOP("vocab", "siostra"),
                       QT_TRANSLATE_NOOP("vocab", "rodzeństwo")),
    Relation.GRANDCHILD: (QT_TRANSLATE_NOOP("vocab", "wnuk"),
                          QT_TRANSLATE_NOOP("vocab", "wnuczka"),
                          QT_TRANSLATE_NOOP("vocab", "wnuk/wnuczka")),
    Relation.GRANDPARENT: (QT_TRANSLATE_NOOP("vocab", "dziadek"),
                           QT_TRANSLATE_NOOP("vocab", "babcia"),
                           QT_TRANSLATE_NOOP("vocab", "dziadek/babcia")),
    Relation.OTHER_RELATIVE: (QT_TRANSLATE_NOOP("vocab", "inny krewny"),
                              QT_TRANSLATE_NOOP("vocab", "inna krewna"),
                              QT_TRANSLATE_NOOP("vocab", "inny krewny/inna krewna")),
    Relation.UNRELATED: (QT_TRANSLATE_NOOP("vocab", "osoba niespokrewniona"),) * 3,
}
# The relation as a category, whatever the sex: for choosing one in a list.
RELATIONS: dict[str, str] = {code: forms[2] for code, forms in RELATION_FORMS.items()}
DOCUMENT_TYPES: dict[str, str] = {
    IdDocumentType.ID_CARD: QT_TRANSLATE_NOOP("vocab", "dowód osobisty"),
    IdDocumentType.PASSPORT: QT_TRANSLATE_NOOP("vocab", "paszport"),
    IdDocumentType.RESIDENCE_CARD: QT_TRANSLATE_NOOP("vocab", "karta pobytu"),
    IdDocumentType.OTHER: QT_TRANSLATE_NOOP("vocab", "inny dokument"),
}
GROUNDS: dict[str, str] = {
    Ground.POVERTY: QT_TRANSLATE_NOOP("vocab", "ubóstwo"),
    Ground.ORPHANHOOD: QT_TRANSLATE_NOOP("vocab", "sieroctwo"),
    Ground.HOMELESSNESS: QT_TRANSLATE_NOOP("vocab", "bezdomność"),
    Ground.UNEMPLOYMENT: QT_TRANSLATE_NOOP("vocab", "bezrobocie"),
    Ground.DISABILITY: QT_TRANSLATE_NOOP("vocab", "niepełnosprawność"),
    Ground.LONG_ILLNESS: QT_TRANSLATE_NOOP("vocab", "długotrwała lub ciężka choroba"),
    Ground.DOMESTIC_VIOLENCE: QT_TRANSLATE_NOOP("vocab", "przemoc domowa"),
    Ground.HUMAN_TRAFFICKING: QT_TRANSLATE_NOOP("vocab", "ochrona ofiar handlu ludźmi"),
    Ground.MATERNITY: QT_TRANSLATE_NOOP("vocab", "ochrona macierzyństwa lub wielodzietności"),
    Ground.HELPLESSNESS: QT_TRANSLATE_NOOP("vocab", "bezradność w sprawach opiekuńczo-wychowawczych"),
    Ground.FOREIGNER_INTEGRATION: QT_TRANSLATE_NOOP("vocab", "trudności w integracji cudzoziemców"),
    Ground.AFTER_PRISON: QT_TRANSLATE_NOOP("vocab", "trudności po zwolnieniu z zakładu karnego"),
    Ground.ADDICTION: QT_TRANSLATE_NOOP("vocab", "alkoholizm lub narkomania"),
    Ground.RANDOM_EVENT: QT_TRANSLATE_NOOP("vocab", "zdarzenie losowe i sytuacja kryzysowa"),
    Ground.DISASTER: QT_TRANSLATE_NOOP("vocab", "klęska żywiołowa lub ekologiczna"),
    Ground.OTHER: QT_TRANSLATE_NOOP("vocab", "inna okoliczność"),
}


def _tr(context: str, text: str) -> str:
    return QCoreApplication.translate(context, text)


def error(code: str) -> str:
    text = ERRORS.get(code)
    return _tr("errors", text) if text else code


def reason(code: str) -> str:
    text = REASONS.get(code)
    return _tr("reasons", text) if text else code


def vocab(table: dict[str, str], code: str) -> str:
    text = table.get(code)
    return _tr("vocab", text) if text else str(code)


def relation(code: str, sex: Sex | None) -> str:
    """ "córka", "małżonek": the member's kinship word by their sex, neutral when unknown."""
    forms = RELATION_FORMS.get(code)
    if forms is None:
        return str(code)
    male, female, unknown = forms
    return _tr("vocab", male if sex is Sex.MALE else female if sex is Sex.FEMALE else unknown)


def ground(g: Ground) -> str:
    """ "4 – bezrobocie": the statutory number first, as MRPiPS-03 counts them."""
    name = vocab(GROUNDS, g)
    return name if g is Ground.OTHER else f"{g.value} – {name}"


# Social-work notes (ui/social_work): the kinds of note and what their service may refuse.
NOTE_KINDS: dict[str, str] = {
    NoteKind.NOTE: QT_TRANSLATE_NOOP("vocab", "notatka służbowa"),
    NoteKind.INTERVIEW: QT_TRANSLATE_NOOP("vocab", "wywiad środowiskowy"),
    NoteKind.HOME_VISIT: QT_TRANSLATE_NOOP("vocab", "wizyta w miejscu zamieszkania"),
    NoteKind.FAMILY_WORK: QT_TRANSLATE_NOOP("vocab", "praca z rodziną"),
    NoteKind.NIEBIESKA_KARTA: QT_TRANSLATE_NOOP("vocab", "Niebieska Karta"),
}
ERRORS.update({
    "invalid_choice": QT_TRANSLATE_NOOP("errors", "Wybierz jedną z pozycji listy."),
    "before_case_opened": QT_TRANSLATE_NOOP("errors", "Data jest wcześniejsza niż założenie sprawy."),
    "not_social_work_case": QT_TRANSLATE_NOOP("errors", "To nie jest sprawa zespołu ds. pracy socjalnej."),
    "case_closed": QT_TRANSLATE_NOOP("errors", "Sprawa jest zakończona – nie można dodać notatki."),
    "note_locked": QT_TRANSLATE_NOOP("errors", "Notatkę może poprawić tylko jej autor w dniu jej sporządzenia – dopisz nową notatkę."),
})
# Backups (ui/backup_panel.py, ui/recovery.py, services/backups.py).
ERRORS.update({
    "folder_not_writable": QT_TRANSLATE_NOOP("errors", "Nie można zapisywać w tym folderze (czy dysk jest podłączony?)."),
    "passphrase_too_short": QT_TRANSLATE_NOOP("errors", "Hasło musi mieć co najmniej 12 znaków."),
    "passphrase_mismatch": QT_TRANSLATE_NOOP("errors", "Hasła się różnią."),
    "not_a_backup": QT_TRANSLATE_NOOP("errors", "To nie jest plik kopii zapasowej programu."),
    "unsupported_format": QT_TRANSLATE_NOOP("errors", "Kopię wykonała nowsza wersja programu – zaktualizuj program."),
    "made_by_newer_program": QT_TRANSLATE_NOOP("errors", "Kopię wykonała nowsza wersja programu – zaktualizuj program."),
    "wrong_passphrase": QT_TRANSLATE_NOOP("errors", "Błędne hasło albo uszkodzony nagłówek pliku kopii."),
    "damaged": QT_TRANSLATE_NOOP("errors", "Plik kopii jest uszkodzony (niekompletny lub zmieniony) – wybierz wcześniejszą kopię."),
    "integrity_failed": QT_TRANSLATE_NOOP("errors", "Kopia odszyfrowała się, ale zawarta w niej baza jest uszkodzona – wybierz wcześniejszą kopię."),
    "counts_differ": QT_TRANSLATE_NOOP("errors", "Liczba wierszy w kopii nie zgadza się z zapisaną przy jej wykonaniu."),
    "cancelled": QT_TRANSLATE_NOOP("errors", "Przerwano – nie zapisano żadnego pliku."),
    "database_missing": QT_TRANSLATE_NOOP("errors", "Nie ma pliku bazy danych."),
    "folder_missing": QT_TRANSLATE_NOOP("errors", "Nie ma folderu kopii (czy dysk USB jest podłączony?)."),
    "write_failed": QT_TRANSLATE_NOOP("errors", "Nie udało się zapisać pliku kopii."),
    "read_failed": QT_TRANSLATE_NOOP("errors", "Nie udało się odczytać pliku kopii."),
    "not_a_file_database": QT_TRANSLATE_NOOP("errors", "Kopie zapasowe tej bazy wykonuje serwer bazy danych, nie program."),
    "not_configured": QT_TRANSLATE_NOOP("errors", "Najpierw wybierz folder kopii i ustaw hasło."),
    "database_in_use": QT_TRANSLATE_NOOP("errors", "Baza jest otwarta w innym programie lub na innym komputerze – zamknij go i spróbuj ponownie; nic nie zmieniono."),
})
