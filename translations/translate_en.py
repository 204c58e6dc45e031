"""Fill the English translations in ops_desktop_en.ts (run after translations/update.py).

    python translations/translate_en.py          # fill unfinished messages, write the file
    python translations/translate_en.py --check  # only report what is missing

Only messages still marked type="unfinished" are touched, so hand edits made in
Qt Linguist survive.  Translations are keyed by the Polish source text; OVERRIDES
keyed by (context, source) win where one context needs a different wording.
The file is edited as text so that everything lupdate wrote stays byte-identical.
Then compile with:  pyside6-lrelease translations/ops_desktop_en.ts -qm translations/ops_desktop_en.qm
"""

from __future__ import annotations

import html
import re
import sys
import xml.etree.ElementTree as ET
from pathlib import Path

TS = Path(__file__).resolve().parent / "ops_desktop_en.ts"

EN: dict[str, str] = {
    # --- vocab: teams, channels, outcomes, statuses, forms of assistance ---
    "Pierwszy kontakt": "First contact",
    "Świadczenia": "Benefits",
    "Praca socjalna": "Social work",
    "Usługi": "Services",
    "Koordynator": "Coordinator",
    "osobiście": "in person",
    "telefonicznie": "by phone",
    "pismo": "letter",
    "e-mail / ePUAP": "e-mail / ePUAP",
    "z urzędu": "ex officio",
    "udzielono informacji lub porady": "information or advice given",
    "skierowano do zespołu": "referred to a team",
    "przyjęto wniosek": "application lodged",
    "oczekuje": "pending",
    "przyjęte": "accepted",
    "zwrócone": "returned",
    "zasiłek stały": "permanent allowance",
    "zasiłek okresowy": "periodic allowance",
    "zasiłek celowy": "purpose allowance",
    "specjalny zasiłek celowy": "special purpose allowance",
    "w toku": "in progress",
    "rozstrzygnięty": "decided",
    "wycofany": "withdrawn",
    "przyznająca": "granting",
    "odmowna": "refusal",
    "projekt": "draft",
    "podpisana": "signed",
    "przelew na rachunek": "bank transfer",
    "gotówka w kasie": "cash at the cash desk",
    "wnioskodawca": "applicant",
    "małżonek": "spouse",
    "partner": "partner",
    "dziecko": "child",
    "rodzic": "parent",
    "rodzeństwo": "sibling",
    "wnuk": "grandchild",
    "dziadek/babcia": "grandparent",
    "inny krewny": "other relative",
    "osoba niespokrewniona": "unrelated person",
    "dowód osobisty": "ID card",
    "paszport": "passport",
    "karta pobytu": "residence card",
    "inny dokument": "other document",
    # grounds for assistance, art. 7 of the Social Assistance Act
    "ubóstwo": "poverty",
    "sieroctwo": "orphanhood",
    "bezdomność": "homelessness",
    "bezrobocie": "unemployment",
    "niepełnosprawność": "disability",
    "długotrwała lub ciężka choroba": "long-term or serious illness",
    "przemoc domowa": "domestic violence",
    "ochrona ofiar handlu ludźmi": "protection of victims of human trafficking",
    "ochrona macierzyństwa lub wielodzietności": "protection of maternity or large families",
    "bezradność w sprawach opiekuńczo-wychowawczych": "helplessness in care and parenting matters",
    "trudności w integracji cudzoziemców": "difficulties integrating foreigners",
    "trudności po zwolnieniu z zakładu karnego": "difficulties after release from prison",
    "alkoholizm lub narkomania": "alcoholism or drug addiction",
    "zdarzenie losowe i sytuacja kryzysowa": "unforeseen event and crisis situation",
    "klęska żywiołowa lub ekologiczna": "natural or ecological disaster",
    "inna okoliczność": "other circumstance",

    # --- reasons shown with an assessment ---
    "dochód nie jest niższy od kryterium": "income is not below the criterion",
    "dochód wnioskodawcy nie jest niższy od kryterium na osobę":
        "applicant's income is not below the per-person criterion",
    "dochód na osobę nie jest niższy od kryterium": "income per person is not below the criterion",
    "dochód przekracza kryterium": "income exceeds the criterion",
    "kwota ograniczona do maksymalnej": "amount capped at the maximum",
    "kwota podniesiona do minimalnej": "amount raised to the minimum",
    "brak niezdolności do pracy z powodu wieku lub niepełnosprawności":
        "no incapacity for work due to age or disability",

    # --- errors ---
    "błąd programu (szczegóły w dzienniku).": "program error (details in the log).",
    "To pole jest wymagane.": "This field is required.",
    "Tekst jest za długi.": "The text is too long.",
    "Pole zawiera niedozwolone znaki.": "The field contains characters that are not allowed.",
    "Nieprawidłowy numer PESEL (suma kontrolna lub data).": "Invalid PESEL number (check digit or date).",
    "Data urodzenia nie zgadza się z numerem PESEL.": "The date of birth does not match the PESEL number.",
    "Płeć nie zgadza się z numerem PESEL.": "The sex does not match the PESEL number.",
    "Podaj PESEL albo rodzaj i numer dokumentu tożsamości.":
        "Enter a PESEL or the type and number of an identity document.",
    "Osoba z tym numerem PESEL jest już w kartotece – wyszukaj ją.":
        "A person with this PESEL is already on file – search for them.",
    "Ten sam PESEL podano dwa razy w gospodarstwie.": "The same PESEL was entered twice in the household.",
    "Data nie może być z przyszłości.": "The date cannot be in the future.",
    "Data jest zbyt odległa.": "The date is too far in the past.",
    "Kod pocztowy w formacie 00-000.": "Postcode must be in the format 00-000.",
    "Nieprawidłowy numer telefonu.": "Invalid phone number.",
    "Data końcowa jest wcześniejsza niż początkowa.": "The end date is earlier than the start date.",
    "Podaj kwotę nieujemną, najwyżej z dwoma miejscami po przecinku.":
        "Enter a non-negative amount with at most two decimal places.",
    "Kwota przekracza maksymalną kwotę wyliczoną z ustawy.":
        "The amount exceeds the maximum calculated under the Act.",
    "Kwota jest niższa niż minimalna kwota wynikająca z ustawy.":
        "The amount is below the minimum set by the Act.",
    "Zasiłek stały przyznaje się w kwocie wyliczonej z ustawy.":
        "The permanent allowance is granted in the amount calculated under the Act.",
    "Nieprawidłowy numer rachunku bankowego.": "Invalid bank account number.",
    "Wnioskodawca nie spełnia warunków – możliwa jest tylko decyzja odmowna.":
        "The applicant does not meet the conditions – only a refusal decision is possible.",
    "Dochód można przypisać tylko członkowi gospodarstwa.": "Income can only be assigned to a household member.",
    "Wybierz inny zespół niż pierwszy kontakt.": "Choose a team other than first contact.",
    "Nie masz uprawnień do tej czynności.": "You do not have permission for this action.",
    "Nie znaleziono rekordu – mógł zostać usunięty.": "Record not found – it may have been deleted.",
    "To skierowanie zostało już przyjęte lub zwrócone.": "This referral has already been accepted or returned.",
    "W sprawie tego wniosku wydano już decyzję.": "A decision has already been issued on this application.",
    "Decyzja jest podpisana i nie może być zmieniona.": "The decision is signed and cannot be changed.",
    "Brak miejsca na dysku – nic nie zapisano. Zwolnij miejsce i spróbuj ponownie; "
    "wpisane dane pozostały w formularzu.":
        "Out of disk space – nothing was saved. Free up some space and try again; "
        "the data you entered is still in the form.",
    "Plik bazy danych jest tylko do odczytu – nic nie zapisano. Wpisane dane pozostały w formularzu.":
        "The database file is read-only – nothing was saved. The data you entered is still in the form.",
    "Baza danych jest zajęta przez inny program – spróbuj za chwilę. Wpisane dane pozostały w formularzu.":
        "The database is in use by another program – try again in a moment. "
        "The data you entered is still in the form.",
    "Plik bazy danych jest uszkodzony. Przywróć kopię zapasową.":
        "The database file is damaged. Restore a backup copy.",
    "Nie można otworzyć pliku bazy danych (brak folderu lub dostępu).":
        "Cannot open the database file (folder missing or no access).",

    # --- common words: column headers, field names ---
    "Osoba": "Person",
    "PESEL": "PESEL",
    "Adres": "Address",
    "Adres:": "Address:",
    "Anuluj": "Cancel",
    "Zamknij": "Close",
    "Usuń": "Remove",
    "Status": "Status",
    "Znak sprawy": "Case ref.",
    "Forma pomocy": "Form of assistance",
    "Data wpływu": "Received",
    "Założona": "Opened",
    "Rodzaj": "Type",
    "Kwota": "Amount",
    "Okres": "Period",
    "Pilne": "Urgent",
    "PILNE": "URGENT",
    "Powód": "Reason",
    "Imię": "First name",
    "Nazwisko": "Surname",
    "Nazwisko i imię": "Surname, first name",
    "Imię i nazwisko": "Full name",
    "Data ur.": "Date of birth",
    "Data urodzenia": "Date of birth",
    "Data urodzenia:": "Date of birth:",
    "Telefon": "Phone",
    "Telefon:": "Phone:",
    "Pokrewieństwo": "Relationship",
    "Dokument": "Document",
    "Nr dokumentu": "Document no.",
    "11 cyfr": "11 digits",
    "kobieta": "female",
    "mężczyzna": "male",
    "nie podano": "not given",
    "– nie podano –": "– not given –",
    "– brak –": "– none –",
    "brak": "none",
    "brak adresu": "no address",
    "Szukaj osoby": "Search for a person",
    "Znalezione osoby": "People found",
    "Nie masz ważnego upoważnienia do podpisywania decyzji.":
        "You do not hold a valid authorisation to sign decisions.",
    "%1 – %2": "%1 – %2",
    "%1: %2": "%1: %2",
    "PESEL %1": "PESEL %1",

    # --- ApplicationDialog ---
    "Nowy wniosek o świadczenie": "New benefit application",
    "Nazwisko i imię lub PESEL, Enter – szukaj": "Surname and first name or PESEL, Enter – search",
    "(nie wybrano osoby)": "(no person selected)",
    "Data wpływu wniosku": "Date application received",
    "Cel zasiłku celowego": "Purpose of the allowance",
    "np. zakup opału, leków": "e.g. buying fuel, medicines",
    "niezdolny do pracy z powodu &wieku lub niepełnosprawności": "unable to work due to &age or disability",
    "wnios&kowany okres": "re&quested period",
    "Wnioskowany okres od": "Requested period from",
    "Wnioskowany okres do": "Requested period to",
    "&Zapisz wniosek": "&Save application",
    "&Osoba:": "&Person:",
    "Wybrana osoba:": "Selected person:",
    "&Data wpływu:": "&Date received:",
    "&Forma pomocy:": "&Form of assistance:",
    "&Cel:": "P&urpose:",
    "od": "from",
    "do": "to",

    # --- ApplicationPanel / AssessmentBox ---
    "Wybierz wniosek z listy albo zarejestruj nowy (Ctrl+N).":
        "Select an application from the list or register a new one (Ctrl+N).",
    "Dochody zmienione – zapisz je, aby przeliczyć ocenę.":
        "Incomes changed – save them to recalculate the assessment.",
    "Dochody gospodarstwa w miesiącu poprzedzającym złożenie wniosku":
        "Household incomes in the month before the application was made",
    "Przygotuj d&ecyzję": "Prepare &decision",
    "Podgląd &wydruku": "Print pre&view",
    "Podp&isz": "&Sign",
    "Dr&ukuj": "&Print",
    "Decyzja": "Decision",
    "<b>%1</b> (PESEL %2)<br>Sprawa %3 · %4 · wniosek z %5 · %6":
        "<b>%1</b> (PESEL %2)<br>Case %3 · %4 · application dated %5 · %6",
    "Nie przygotowano jeszcze decyzji.": "No decision has been prepared yet.",
    "Projekt decyzji (%1) %2 – czeka na podpis.": "Draft decision (%1) %2 – awaiting signature.",
    "Decyzja (%1) %2 – podpisana %3 przez %4.": "Decision (%1) %2 – signed %3 by %4.",
    "Ocena wg zapisanych dochodów": "Assessment based on saved incomes",
    "Osób w gospodarstwie:": "Household members:",
    "Dochód gospodarstwa:": "Household income:",
    "Dochód na osobę:": "Income per person:",
    "Kryterium dochodowe:": "Income criterion:",
    "Uprawniony:": "Eligible:",
    "Proponowana kwota:": "Proposed amount:",
    "Kwota min.–maks.:": "Amount min.–max.:",
    "Podstawa wyliczenia:": "Basis of calculation:",
    "TAK": "YES",
    "NIE": "NO",
    "parametry od %1, %2": "rates valid from %1, %2",

    # --- BenefitsTab / CasesTab ---
    "Wnioski": "Applications",
    "Które wnioski pokazać": "Which applications to show",
    "tylko w toku": "in progress only",
    "wszystkie": "all",
    "&Nowy wniosek": "&New application",
    "Wnioski: %1": "Applications: %1",
    "Sprawy zespołu": "Team cases",
    "Sprawy zespołu: %1": "Team cases: %1",

    # --- CoordinatorTab ---
    "Projekty decyzji do podpisu": "Draft decisions to sign",
    "&Podpisz zaznaczone": "&Sign selected",
    "Podgląd": "Preview",
    "Decyzje podpisane": "Signed decisions",
    "&Drukuj zaznaczone": "&Print selected",
    "Drukuj &wydane dziś": "Print &issued today",
    "Wydana": "Issued",
    "Podpisał(a)": "Signed by",
    "bezterminowo": "open-ended",
    "Skierowania oczekujące: %1   |   Wnioski w toku: %2   |   Projekty decyzji do podpisu: %3":
        "Pending referrals: %1   |   Applications in progress: %2   |   Draft decisions to sign: %3",
    "Zaznacz projekty decyzji do podpisu.": "Select the draft decisions to sign.",
    "Podpisano %1 z %2 decyzji.": "Signed %1 of %2 decisions.",
    "Zaznacz decyzje do wydruku.": "Select the decisions to print.",
    "Dziś nie wydano żadnej decyzji.": "No decision was issued today.",
    "Przygotowuję wydruk: %1 decyzji…": "Preparing printout: %1 decisions…",
    "Wydruk otwarty w przeglądarce PDF.": "Printout opened in the PDF viewer.",
    "Wydruk anulowano.": "Printing cancelled.",
    "Wydruk się nie udał.": "Printing failed.",

    # --- DecisionDialog ---
    "Projekt decyzji – %1": "Draft decision – %1",
    "Rodzaj decyzji": "Decision type",
    "Kwota świadczenia w złotych": "Benefit amount in zloty",
    "Okres od": "Period from",
    "Okres do": "Period to",
    "&bezterminowo": "open-&ended",
    "świadczenie &jednorazowe (bez okresu)": "o&ne-off benefit (no period)",
    "Sposób wypłaty": "Payment method",
    "Numer rachunku bankowego (IBAN)": "Bank account number (IBAN)",
    "Uzasadnienie": "Statement of reasons",
    "&Zapisz projekt": "&Save draft",
    "&Rodzaj:": "&Type:",
    "&Kwota (zł):": "&Amount (zł):",
    "Okres &od:": "Period &from:",
    "Okres &do:": "Period t&o:",
    "&Wypłata:": "&Payment:",
    "Rach&unek:": "Ban&k account:",
    "Uzasadnie&nie:": "&Reasons:",
    "spełnia warunki": "meets the conditions",
    "nie spełnia warunków: %1": "does not meet the conditions: %1",
    "%1 – %2, wniosek z %3. Ocena: %4.": "%1 – %2, application dated %3. Assessment: %4.",
    "wyliczona %1": "calculated %1",
    "od %1 do %2": "from %1 to %2",

    # --- FirstContactTab ---
    "Nazwisko (bez polskich znaków też) lub PESEL – Enter szuka":
        "Surname (Polish letters optional) or PESEL – Enter searches",
    "Nowa osoba / gospodarstwo (Ctrl+N)": "New person / household (Ctrl+N)",
    "Nowe zgłoszenie (Ctrl+I)": "New intake (Ctrl+I)",
    "Drukuj skierowanie (Ctrl+R)": "Print referral (Ctrl+R)",
    "&Szukaj:": "&Search:",
    "Wpisz nazwisko lub PESEL (co najmniej 2 znaki).": "Enter a surname or PESEL (at least 2 characters).",
    "Znaleziono: %1": "Found: %1",
    "Najpierw wyszukaj osobę i wybierz ją z listy.": "First search for the person and select them in the list.",
    "Ta osoba nie ma skierowań do wydrukowania.": "This person has no referrals to print.",

    # --- HouseholdDialog / MemberRow ---
    "Nowa osoba / gospodarstwo domowe": "New person / household",
    "Rodzaj dokumentu tożsamości": "Identity document type",
    "Numer dokumentu tożsamości": "Identity document number",
    "numer dokumentu": "document number",
    "Płeć": "Sex",
    "Ulica": "Street",
    "puste, gdy miejscowość bez ulic": "empty if the locality has no streets",
    "Numer domu": "House number",
    "Numer lokalu": "Flat number",
    "Kod pocztowy": "Postcode",
    "Miejscowość": "Town",
    "&Imię:": "&First name:",
    "&Nazwisko:": "Last &name:",
    "&PESEL:": "&PESEL:",
    "&Dokument:": "&Document:",
    "Data &urodzenia:": "Date of &birth:",
    "Pł&eć:": "Se&x:",
    "Przy numerze PESEL datę urodzenia i płeć odczytamy z numeru. "
    "Osobę bez PESEL rejestruje się po rodzaju i numerze dokumentu.":
        "With a PESEL, the date of birth and sex are read from the number. "
        "A person without a PESEL is registered by document type and number.",
    "U&lica:": "St&reet:",
    "Nr do&mu / lokalu:": "&House / flat no.:",
    "&Kod, miejscowość:": "Post&code, town:",
    "&Telefon:": "&Telephone:",
    "Wnioskodawca": "Applicant",
    "Dod&aj członka gospodarstwa": "&Add household member",
    "Członkowie gospodarstwa domowego (mieszkają pod adresem wnioskodawcy)":
        "Household members (living at the applicant's address)",
    "Brak – osoba samotnie gospodarująca. Dodaj członków, jeśli prowadzą wspólne gospodarstwo.":
        "None – single-person household. Add members if they share the household.",
    "&Zapisz": "&Save",
    "Członek %1 – stopień pokrewieństwa": "Member %1 – relationship",
    "Członek %1 – imię": "Member %1 – first name",
    "Członek %1 – nazwisko": "Member %1 – surname",
    "Członek %1 – PESEL": "Member %1 – PESEL",
    "Członek %1 – rodzaj dokumentu": "Member %1 – document type",
    "Członek %1 – numer dokumentu": "Member %1 – document number",
    "Członek %1 – data urodzenia": "Member %1 – date of birth",
    "Usuń członka %1": "Remove member %1",

    # --- InboxPanel / ReturnDialog ---
    "Nr": "No.",
    "Od": "From",
    "Przekazano": "Sent",
    "Skrzynka skierowań": "Referral inbox",
    "&Przyjmij": "&Accept",
    "&Zwróć…": "&Return…",
    "Skierowania do przyjęcia: %1": "Referrals to accept: %1",
    "Zwrot skierowania": "Return referral",
    "Powód zwrotu": "Reason for return",
    "Zwrócono": "Returned",
    "Skierowania zwrócone przez zespoły": "Referrals returned by the teams",
    "Zwrócone skierowania (30 dni): %1": "Returned referrals (30 days): %1",
    "Skierowanie %1 – %2": "Referral %1 – %2",
    "Powód zwrotu:": "Reason for return:",

    # --- IncomeEditor ---
    "Brak dochodów – dodaj wiersz albo zapisz brak dochodu.":
        "No incomes – add a row, or save to record no income.",
    "&Dodaj dochód": "Add &income",
    "Dodaj dochód": "Add income",
    "Zapisz doc&hody": "Save inco&mes",
    "Zapisz dochody": "Save incomes",
    "Członek gospodarstwa": "Household member",
    "Źródło dochodu": "Income source",
    "Kwota netto (zł)": "Net amount (zł)",
    "Członek gospodarstwa, wiersz %1": "Household member, row %1",
    "Źródło dochodu, wiersz %1": "Income source, row %1",
    "np. emerytura, wynagrodzenie": "e.g. pension, salary",
    "Kwota, wiersz %1": "Amount, row %1",
    "Usuń wiersz %1": "Remove row %1",

    # --- IntakeDialog ---
    "Nowe zgłoszenie – %1": "New intake – %1",
    "Nowe zgłoszenie": "New intake",
    "Data i godzina przyjęcia zgłoszenia": "Date and time of the intake",
    "Sposób zgłoszenia": "Contact channel",
    "Zgłaszający": "Reported by",
    "puste – osoba zgłosiła się sama": "empty – the person came on their own",
    "Opis problemu": "Problem description",
    "Z czym osoba przychodzi – własnymi słowami pracownika":
        "Why the person has come – in the worker's own words",
    "Powody udzielenia pomocy (art. 7 ustawy o pomocy społecznej)":
        "Grounds for assistance (Art. 7 of the Social Assistance Act)",
    "Inna okoliczność – jaka": "Other circumstance – specify",
    "Sprawa pil&na": "&Urgent case",
    "Wynik rozmowy": "Outcome of the interview",
    "Udzielono &informacji lub porady": "&Information or advice given",
    "S&kierowano do zespołu": "Referred to a t&eam",
    "Przyjęto &wniosek": "Application &lodged",
    "Zespół, do którego kierujemy": "Team to refer to",
    "Powód skierowania": "Reason for referral",
    "puste – jak opis problemu": "empty – same as the problem description",
    "Udzielona informacja lub porada": "Information or advice given",
    "&Zapisz zgłoszenie": "&Save intake",
    "Ctrl+Enter": "Ctrl+Enter",
    "Przyjęto &dnia:": "&Date taken:",
    "Zgłasza&jący:": "Reported &by:",
    "&Problem:": "&Problem:",
    "Do zesp&ołu:": "To &team:",
    "Powód skie&rowania:": "&Reason for referral:",
    "Udzielona porad&a:": "Advice &given:",
    "Osoba: %1": "Person: %1",

    # --- MainWindow / app / dialogs ---
    "Zalogowano: %1 (%2)": "Logged in: %1 (%2)",
    "&Plik": "&File",
    "&Zakończ": "E&xit",
    "Pomo&c": "&Help",
    "O programie": "About",
    "ops_desktop %1 – program ośrodka pomocy społecznej.": "ops_desktop %1 – software for a social assistance centre.",
    "Ośrodek Pomocy Społecznej": "Social Assistance Centre",
    "Baza nie ma jeszcze użytkowników. Uruchom program z opcją --demo albo utwórz biuro "
    "poleceniem 'ops-desktop demo'.":
        "The database has no users yet. Start the program with the --demo option or create an office "
        "with the command 'ops-desktop demo'.",
    "Wybierz użytkownika": "Choose user",
    "Użytkownicy": "Users",
    "Kto pracuje przy tym komputerze?": "Who is working at this computer?",
    "%1 – podana": "%1 – given",
    "Zaznacz, aby wpisać datę": "Tick to enter a date",
    "Nie udało się przygotować wydruku: %1": "Could not prepare the printout: %1",
    "Przygotowanie wydruku decyzji…": "Preparing the decision printout…",

    # --- PersonFileDialog / PersonFileView ---
    "Kartoteka osoby – %1": "Person file – %1",
    "Kartoteka osoby": "Person file",
    "PESEL / dokument:": "PESEL / document:",
    "Data": "Date",
    "Sposób": "Channel",
    "Wynik": "Outcome",
    "Problem": "Problem",
    "Numer": "Number",
    "Do zespołu": "To team",
    "Zespół": "Team",
    "Data wydania": "Issued on",
    "Gospodarstwo domowe": "Household",
    "Zgłoszenia (%1)": "Intakes (%1)",
    "Skierowania (%1)": "Referrals (%1)",
    "Sprawy (%1)": "Cases (%1)",
    "Wnioski (%1)": "Applications (%1)",
    "Decyzje (%1)": "Decisions (%1)",
    "Zgłoszenia osoby": "Person's intakes",
    "Skierowania osoby": "Person's referrals",
    "Sprawy osoby": "Person's cases",
    "Wnioski osoby": "Person's applications",
    "Decyzje wydane dla osoby": "Decisions issued for the person",
    "Wyszukaj osobę i naciśnij Enter, aby zobaczyć jej kartotekę.":
        "Search for a person and press Enter to see their file.",
    # --- applications lodged at the desk, returns, unsaved incomes ---
    "Skierowanie": "Referral",
    "Zgłoszenie zapisano i przekazano do zespołu. Wydrukować skierowanie dla osoby?":
        "The intake was saved and handed over to the team. Print the referral slip for the person?",
    "Nie można zapisać pliku skierowania: %1": "Cannot save the referral slip file: %1",
    "&Zwróć skierowanie": "&Return referral",
    "Wniosek": "Application",
    "złożony": "lodged",
    "dzień złożenia wniosku w punkcie pierwszego kontaktu":
        "the day the application was lodged at the first-contact desk",
    "Niezapisane dochody": "Unsaved incomes",
    "Wpisane dochody nie zostały zapisane. Zapisać je przed przejściem do innego wniosku?":
        "The incomes you typed have not been saved. Save them before moving to another application?",
    "&Odrzuć": "&Discard",
    "Dochody zmieniły się po przygotowaniu projektu – przygotuj decyzję ponownie.":
        "The incomes changed after the draft was prepared – prepare the decision again.",

    # --- sign-in, password change, idle lock ---
    "Login": "Username",
    "Login:": "Username:",
    "&Login:": "&Username:",
    "Login *": "Username *",
    "Hasło": "Password",
    "&Hasło:": "&Password:",
    "Powtórz hasło": "Repeat password",
    "Logowanie – %1": "Sign in – %1",
    "Zaloguj": "Sign in",
    "Blokada do godz. %1.": "Locked until %1.",
    "Biuro demonstracyjne: loginy np. anowicka, kwisniewska, bzolkiewska, rkrawczyk, iszymanska; "
    "hasło: %1":
        "Demonstration office: usernames e.g. anowicka, kwisniewska, bzolkiewska, rkrawczyk, iszymanska; "
        "password: %1",
    "Zmiana hasła": "Change of password",
    "Obecne hasło": "Current password",
    "Nowe hasło": "New password",
    "Powtórz nowe hasło": "Repeat new password",
    "&Obecne hasło:": "&Current password:",
    "&Nowe hasło:": "&New password:",
    "&Powtórz nowe hasło:": "&Repeat new password:",
    "Zmień hasło": "Change password",
    "Hasło nadane przez administratora jest tymczasowe – ustal własne hasło (co najmniej 10 znaków).":
        "The password given by the administrator is temporary – choose your own password "
        "(at least 10 characters).",
    "&Konto": "&Account",
    "Zmień &hasło…": "Change &password…",
    "&Zablokuj": "&Lock",
    "Hasło zostało zmienione.": "The password has been changed.",
    "Sesja zablokowana": "Session locked",
    "Zablokowano po okresie bezczynności. Użytkownik: %1": "Locked after a period of inactivity. User: %1",
    "Odblokuj": "Unlock",

    # --- set-up wizard (first start) ---
    "Pierwsze uruchomienie – konfiguracja ośrodka": "First start – setting up the office",
    "Dalej >": "Next >",
    "< Wstecz": "< Back",
    "Zakończ": "Finish",
    "Dane ośrodka": "Office details",
    "Drukowane na każdej decyzji. Można je później zmienić w zakładce administratora.":
        "Printed on every decision. They can be changed later in the administrator tab.",
    "Nazwa ośrodka": "Office name",
    "Adres ośrodka (ulica, kod i miejscowość – w osobnych wierszach)":
        "Office address (street, postcode and town – on separate lines)",
    "Miejscowość (do daty na pismach)": "Town (for the date on letters)",
    "Organ „z upoważnienia” (np. Burmistrza Miasta i Gminy Lipowiec, Wójta Gminy …)":
        "Authority for “z upoważnienia” (by authorisation of; e.g. Burmistrza Miasta i Gminy Lipowiec, "
        "Wójta Gminy …)",
    "Samorządowe Kolegium Odwoławcze – nazwa": "Local government appeal board (SKO) – name",
    "Adres SKO": "SKO address",
    "E-mail": "E-mail",
    "Konto administratora": "Administrator account",
    "Administrator zakłada konta pracowników, nadaje role i resetuje hasła. Nie ma wglądu w sprawy "
    "podopiecznych.":
        "The administrator creates staff accounts, assigns roles and resets passwords. "
        "They have no access to clients' cases.",
    "Stanowisko": "Job title",
    "Imię i nazwisko *": "Full name *",
    "Hasło * (co najmniej 10 znaków)": "Password * (at least 10 characters)",
    "Powtórz hasło *": "Repeat password *",

    # --- administrator tab: users, authorisations, office, security ---
    "Kopie zapasowe – moduł niedostępny": "Backups – module not available",
    "Bezpieczeństwo": "Security",
    "Kopie zapasowe": "Backups",
    "Role": "Roles",
    "&Nowy użytkownik…": "&New user…",
    "&Edytuj…": "&Edit…",
    "&Resetuj hasło…": "&Reset password…",
    "&Upoważnienie…": "&Authorisation…",
    "Aktywne": "Active",
    "Zablokowane do": "Locked until",
    "Musi zmienić hasło": "Must change password",
    "Ostatnie logowanie": "Last sign-in",
    "tak": "yes",
    "nie": "no",
    "Utworzono konto %1. Przy pierwszym logowaniu użytkownik musi zmienić hasło tymczasowe.":
        "Account %1 created. The user must change the temporary password at first sign-in.",
    "Zapisano zmiany konta %1.": "Changes to account %1 saved.",
    "Ustawiono hasło tymczasowe dla %1 – przy pierwszym logowaniu musi je zmienić. "
    "Blokada konta została zdjęta.":
        "Temporary password set for %1 – it must be changed at the first sign-in. "
        "The account lock has been lifted.",
    "Zapisano upoważnienie dla %1.": "Authorisation for %1 saved.",
    "Nowy użytkownik": "New user",
    "np. jkowalska": "e.g. jkowalska",
    "Hasło tymczasowe": "Temporary password",
    "&Utwórz konto": "&Create account",
    "&Imię i nazwisko:": "&Full name:",
    "&Stanowisko:": "&Job title:",
    "&Role:": "&Roles:",
    "&Hasło tymczasowe:": "&Temporary password:",
    "Po&wtórz hasło:": "Re&peat password:",
    "Co najmniej 10 znaków, bez loginu. Przekaż hasło osobiście – przy pierwszym logowaniu "
    "użytkownik musi je zmienić.":
        "At least 10 characters, not containing the username. Hand the password over in person – "
        "the user must change it at the first sign-in.",
    "Edycja użytkownika – %1": "Edit user – %1",
    "konto &aktywne (może się logować)": "account &active (can sign in)",
    "Reset hasła – %1": "Password reset – %1",
    "&Ustaw hasło tymczasowe": "&Set temporary password",
    "Użytkownik:": "User:",
    "Użytkownik musi zmienić to hasło przy pierwszym logowaniu. Reset zdejmuje też blokadę konta "
    "po nieudanych próbach. Przekaż hasło osobiście, nie e-mailem.":
        "The user must change this password at the first sign-in. The reset also lifts the account "
        "lock after failed attempts. Hand the password over in person, not by e-mail.",
    "Upoważnienie – %1": "Authorisation – %1",
    "Dotychczasowe upoważnienia": "Authorisations so far",
    "Dotychczasowe upoważnienia:": "Authorisations so far:",
    "Numer zarządzenia": "Order number",
    "np. Zarządzenie nr 12/2026": "e.g. Order no. 12/2026",
    "Obowiązuje od": "Valid from",
    "Obowiązuje do": "Valid until",
    "Zakres upoważnienia": "Scope of the authorisation",
    "&Zapisz upoważnienie": "&Save authorisation",
    "&Numer zarządzenia:": "Order &number:",
    "Obowiązuje &od:": "Valid &from:",
    "Obowiązuje &do:": "Valid &until:",
    "&Zakres:": "Sc&ope:",
    "Uwaga: decyzje podpisują tylko osoby z rolą „Świadczenia” lub „Koordynator” – nadaj rolę "
    "w edycji użytkownika.":
        "Note: decisions are signed only by people with the “Benefits” or “Coordinator” role – "
        "assign the role when editing the user.",
    "obowiązuje": "valid",
    "nie obowiązuje": "not valid",
    "%1 · od %2 do %3 · %4": "%1 · from %2 to %3 · %4",
    "&Zapisz dane ośrodka": "&Save office details",
    "&Przywróć zapisane": "&Revert to saved",
    "Dane drukowane na każdej decyzji i piśmie. Pola z gwiazdką są wymagane; adresy można wpisać "
    "w kilku wierszach.":
        "Details printed on every decision and letter. Fields marked with an asterisk are required; "
        "addresses may take several lines.",
    "Pod decyzją: „z upoważnienia %1”": "Below the decision: “z upoważnienia %1” (by authorisation of)",
    "Zapisano dane ośrodka.": "Office details saved.",
    # OfficeSettingsPanel labels: lupdate cannot extract them yet (their context is a variable in
    # ui/admin/office_settings.py); kept here so they are filled once the context is a literal.
    "&Nazwa ośrodka *": "Office &name *",
    "&Adres ośrodka": "Office &address",
    "&Miejscowość (w dacie pism)": "&Town (in the date on letters)",
    "&Telefon": "Tele&phone",
    "&E-mail": "&E-mail",
    "&Organ – „z upoważnienia …” *": "Auth&ority – “z upoważnienia …” (by authorisation of) *",
    "Samorządowe &Kolegium Odwoławcze *": "Local government appeal &board (SKO) *",
    "Adres &SKO": "SKO a&ddress",
    "S&ymbol komórki w znaku sprawy": "Unit s&ymbol in the case reference",
    "ulica i numer\nkod pocztowy i miejscowość": "street and number\npostcode and town",
    "np. Wójta Gminy Lipowiec, Burmistrza Miasta i Gminy …": "e.g. Wójta Gminy Lipowiec, Burmistrza Miasta i Gminy …",
    "np. OPS": "e.g. OPS",
    "Symbol z wykazu akt – %1": "Symbol from the file classification list – %1",
    "Blokada po bezczynności": "Lock after inactivity",
    " min": " min",
    "&Blokada okna po bezczynności:": "&Lock the window after inactivity:",
    "Po tylu minutach bez użycia klawiatury i myszy okno programu zasłania dane i prosi o hasło; "
    "wpisane dane pozostają. Od 1 do 240 minut, domyślnie 10. Zmiana obowiązuje od następnego "
    "zalogowania.":
        "After this many minutes without keyboard or mouse use the program window hides the data and "
        "asks for the password; data already typed in stays. From 1 to 240 minutes, 10 by default. "
        "The change applies from the next sign-in.",
    "Zapisano: blokada po %1 min bezczynności.": "Saved: lock after %1 min of inactivity.",

    # --- audit tab ---
    "PESEL osoby": "Person's PESEL",
    "Użytkownik": "User",
    "Od dnia": "From date",
    "Do dnia": "To date",
    "Czynność": "Action",
    "wszystkie czynności": "all actions",
    "&Filtruj": "&Filter",
    "Filtruj": "Filter",
    "&Wyczyść filtr": "C&lear filter",
    "Wyczyść filtr": "Clear filter",
    "Czas": "Time",
    "Rekord": "Record",
    "Osoba (id)": "Person (id)",
    "Dziennik zdarzeń": "Audit log",
    "Liczba wpisów": "Number of entries",
    "Wybrany wpis": "Selected entry",
    "Pole": "Field",
    "Było": "Before",
    "Jest": "After",
    "Zmiany w polach": "Field changes",
    "&Sprawdź łańcuch": "&Verify chain",
    "Sprawdź nienaruszalność dziennika": "Verify the integrity of the audit log",
    "Wynik sprawdzenia": "Verification result",
    "PESEL:": "PESEL:",
    "Od:": "From:",
    "Do:": "To:",
    "Czynność:": "Action:",
    "Wpis": "Entry",
    "wszyscy użytkownicy": "all users",
    "program": "program",
    "Wpisów: %1": "Entries: %1",
    "Wybierz wpis z listy.": "Select an entry from the list.",
    "Wpis nr %1 · %2 · %3": "Entry no. %1 · %2 · %3",
    "Czynność: %1 · rekord: %2 %3": "Action: %1 · record: %2 %3",
    "Dotyczy osoby (id): %1": "Concerns person (id): %1",
    "Treść zmian usunięto przy anonimizacji %1.": "The details of the changes were removed at anonymisation on %1.",
    "Sprawdzam łańcuch wpisów…": "Verifying the chain of entries…",
    "Sprawdzanie dziennika zdarzeń…": "Verifying the audit log…",
    "Sprawdzono wpisów: %1 (zanonimizowanych: %2).": "Entries verified: %1 (anonymised: %2).",
    "Sprawdzanie przerwano.": "Verification cancelled.",
    "Ostatni wpis nr %1, skrót %2.": "Last entry no. %1, hash %2.",
    "Łańcuch nienaruszony.": "Chain intact.",
    "Łańcuch naruszony! Pierwszy naruszony wpis: nr %1 z %2 – %3.":
        "Chain broken! First broken entry: no. %1 of %2 – %3.",
    # audit: actions, records, chain breaks, field names
    "dodanie": "creation",
    "zmiana": "change",
    "usunięcie": "deletion",
    "wgląd": "view",
    "zalogowanie": "sign-in",
    "nieudane logowanie": "failed sign-in",
    "wylogowanie": "sign-out",
    "zresetowanie hasła": "password reset",
    "wydanie kopii danych": "copy of data issued",
    "anonimizacja": "anonymisation",
    "kopia zapasowa": "backup",
    "przywrócenie kopii": "backup restored",
    "wydruk": "printout",
    "osoba": "person",
    "użytkownik": "user",
    "kartoteka osoby": "person file",
    "gospodarstwo domowe": "household",
    "członek gospodarstwa": "household member",
    "sprawa": "case",
    "zgłoszenie": "intake",
    "skierowanie": "referral",
    "wniosek": "application",
    "dochód": "income",
    "decyzja": "decision",
    "notatka pracy socjalnej": "social work note",
    "upoważnienie": "authorisation",
    "zespół": "team",
    "ustawienie": "setting",
    "usunięto wcześniejsze wpisy (od nr %1)": "earlier entries were deleted (from no. %1)",
    "wpis nie jest powiązany z poprzednim": "the entry is not linked to the previous one",
    "zmieniono zapis zmian we wpisie": "the record of changes in the entry was altered",
    "zmieniono treść wpisu": "the content of the entry was altered",
    "wpis ma nieprawidłowy format": "the entry has an invalid format",
    "imię": "first name",
    "nazwisko": "surname",
    "nazwisko do wyszukiwania": "surname for searching",
    "rodzaj dokumentu": "document type",
    "data urodzenia": "date of birth",
    "płeć": "sex",
    "ulica": "street",
    "numer domu": "building number",
    "numer lokalu": "flat number",
    "kod pocztowy": "postcode",
    "miejscowość": "town",
    "telefon": "phone",
    "gospodarstwo (id)": "household (id)",
    "osoba (id)": "person (id)",
    "pokrewieństwo": "relationship",
    "usunięto": "deleted",
    "zanonimizowano": "anonymised",
    "stan": "status",
    "kwota": "amount",
    "rachunek bankowy": "bank account",
    "uzasadnienie": "statement of reasons",
    "podpisano": "signed",
    "podpisał(a) (id)": "signed by (id)",
    "opis problemu": "problem description",
    "treść": "text",
    "login": "username",
    "imię i nazwisko": "full name",
    "role": "roles",
    "aktywny": "active",
    "hasło (skrót)": "password (hash)",
    "wartość": "value",

    # --- backups: panel and recovery ---
    "Folder kopii zapasowych": "Backup folder",
    "Hasło kopii": "Backup password",
    "Przywracanie kopii": "Restoring a backup",
    "np. dysk USB": "e.g. a USB drive",
    "&Wybierz…": "&Choose…",
    "Wybierz folder": "Choose folder",
    "Kopia przy zamykaniu programu": "Backup when the program closes",
    "Kopia codziennie (gdy ostatnia ma ponad 24 godziny)": "Daily backup (when the last one is over 24 hours old)",
    "&Zapisz ustawienia": "&Save settings",
    "Hasło zapisz na kartce i przechowuj w sejfie: bez niego kopii nie da się odtworzyć na innym "
    "komputerze. Hasło ma co najmniej %1 znaków.":
        "Write the password down on paper and keep it in the safe: without it the backup cannot be "
        "restored on another computer. The password has at least %1 characters.",
    "&Folder kopii:": "Backup &folder:",
    "&Hasło kopii:": "Backup pass&word:",
    "P&owtórz hasło:": "Rep&eat password:",
    "Ustawienia kopii zapasowych": "Backup settings",
    "Wykonaj &kopię teraz": "&Back up now",
    "Data kopii": "Backup date",
    "Rozmiar": "Size",
    "Sprawdzona": "Verified",
    "&Sprawdź": "&Verify",
    "&Przywróć…": "&Restore…",
    "Odśwież &listę": "Refresh &list",
    "Kopie w folderze": "Backups in the folder",
    "bez zmian (hasło jest ustawione)": "unchanged (a password is set)",
    "Kopie zapasowe nie są jeszcze skonfigurowane: wybierz folder i ustaw hasło.":
        "Backups are not set up yet: choose a folder and set a password.",
    "Nie wykonano jeszcze żadnej kopii.": "No backup has been made yet.",
    "Ostatnia kopia: %1": "Last backup: %1",
    "Ostatnia próba kopii (%1) nie powiodła się: %2": "The last backup attempt (%1) failed: %2",
    "przy zapisie": "when written",
    "Wykonywanie i sprawdzanie kopii zapasowej…": "Making and verifying the backup…",
    "tak, %1": "yes, %1",
    "Zaznacz kopię na liście.": "Select a backup in the list.",
    "Sprawdzanie kopii…": "Verifying the backup…",
    "Kopia z %1 jest poprawna (liczba wierszy: %2).": "The backup of %1 is sound (number of rows: %2).",
    "Ustawione hasło nie pasuje do tej kopii. Podaj hasło, którym ją wykonano:":
        "The password that is set does not match this backup. Enter the password it was made with:",
    "NIE – %1": "NO – %1",
    "Podaj hasło kopii z %1 (to zapisane w sejfie):": "Enter the password of the backup of %1 (the one kept in the safe):",
    "Obecne dane programu zostaną zastąpione danymi z kopii z %1. Wszystko, co wpisano później, "
    "zniknie z programu (obecny plik bazy zostanie zachowany obok jako kopia „before-restore”).\n\n"
    "Po przywróceniu program zostanie zamknięty – trzeba go uruchomić ponownie na wszystkich "
    "stanowiskach.\n\nPrzywrócić kopię?":
        "The program's current data will be replaced with the data from the backup of %1. Everything "
        "entered later will disappear from the program (the current database file will be kept "
        "alongside as a “before-restore” copy).\n\n"
        "After restoring, the program will close – it must be started again on every workstation."
        "\n\nRestore the backup?",
    "Przywracanie kopii…": "Restoring the backup…",
    "Przywrócono dane z kopii z %1.": "Data restored from the backup of %1.",
    "Poprzedni plik bazy zachowano jako %1.": "The previous database file was kept as %1.",
    "Program zostanie teraz zamknięty. Uruchom go ponownie.": "The program will now close. Start it again.",
    # not extracted yet: ui/backup_panel.py calls it through the helper _tr()
    "Automatyczna kopia zapasowa nie powiodła się: %1": "The automatic backup failed: %1",
    "Baza danych jest uszkodzona": "The database is damaged",
    "Plik bazy danych programu jest uszkodzony i nie można z niego pracować.\n\nMożna przywrócić dane "
    "z kopii zapasowej: podłącz dysk z kopiami, wybierz folder, zaznacz kopię (najnowsza jest na "
    "górze) i podaj hasło kopii zapisane w sejfie. Dane wpisane po wykonaniu tej kopii trzeba będzie "
    "wprowadzić ponownie. Uszkodzony plik zostanie zachowany obok, do wglądu informatyka.":
        "The program's database file is damaged and cannot be worked with.\n\nThe data can be restored "
        "from a backup: connect the drive with the backups, choose the folder, select a backup (the "
        "newest is at the top) and enter the backup password kept in the safe. Data entered after "
        "that backup was made will have to be entered again. The damaged file will be kept alongside "
        "for the IT specialist to examine.",
    "Folder kopii:": "Backup folder:",
    "&Przywróć wybraną kopię": "&Restore selected backup",
    "&Zamknij program": "E&xit program",
    "%1 – %2, liczba wierszy: %3": "%1 – %2, number of rows: %3",
    "W tym folderze nie ma kopii zapasowych programu.": "There are no program backups in this folder.",
    "Sprawdzanie i przywracanie kopii…": "Verifying and restoring the backup…",
    "Dane przywrócono z kopii zapasowej.": "The data was restored from a backup.",
    "Uszkodzony plik zachowano jako %1.": "The damaged file was kept as %1.",

    # --- data protection (coordinator) ---
    "Ochrona danych osobowych…": "Personal data protection…",
    "Ochrona danych osobowych": "Personal data protection",
    "Eksport danych osoby": "Person's data export",
    "Retencja": "Retention",
    "Nazwisko lub PESEL – Enter szuka": "Surname or PESEL – Enter searches",
    "Szukaj": "Search",
    "Zapisz PDF i JSON…": "Save PDF and JSON…",
    "Zapisz eksport danych osoby": "Save the export of the person's data",
    "Kopia obejmuje wszystkie dane osoby: zgłoszenia, wnioski, dochody, decyzje, notatki pracy "
    "socjalnej i rejestr dostępu. Przed wydaniem sprawdź, czy nie ujawnia danych innych osób "
    "(art. 15 ust. 4 RODO). Wydanie kopii zostaje zapisane w dzienniku.":
        "The copy covers all the person's data: intakes, applications, incomes, decisions, social work "
        "notes and the access log. Before issuing it, check that it does not disclose other people's "
        "data (Art. 15(4) GDPR). Issuing the copy is recorded in the audit log.",
    "PDF (*.pdf)": "PDF (*.pdf)",
    "Nie udało się zapisać pliku: %1": "Could not save the file: %1",
    "Zapisano: %1 oraz %2": "Saved: %1 and %2",
    "Pokaż osoby po okresie przechowywania": "Show people past the retention period",
    "Sprawy": "Cases",
    "Ostatnia zakończona": "Last closed",
    "Po okresie przechowywania od": "Past retention since",
    "Zostanie usunięte": "To be removed",
    "Osoby po okresie przechowywania": "People past the retention period",
    "Fraza potwierdzenia": "Confirmation phrase",
    "Anonimizuj": "Anonymise",
    "Okresy przechowywania akt spraw (od 1 stycznia roku po zakończeniu sprawy): %1":
        "Retention periods for case files (from 1 January of the year after the case was closed): %1",
    "Osób po okresie przechowywania: %1": "People past the retention period: %1",
    "Brak osób do anonimizacji.": "No people to anonymise.",
    "Anonimizacja jest nieodwracalna. Aby zanonimizować %1 os. (zaznaczone w tabeli albo wszystkie "
    "z listy), wpisz: %2":
        "Anonymisation cannot be undone. To anonymise %1 person(s) (those selected in the table or "
        "everyone listed), type: %2",
    "Anonimizacja danych osób…": "Anonymising people's data…",
    "Zanonimizowano osób: %1 (zgłoszenia: %2, skierowania: %3, notatki: %4, decyzje: %5, dochody: %6).":
        "People anonymised: %1 (intakes: %2, referrals: %3, notes: %4, decisions: %5, incomes: %6).",
    # what anonymisation removes; not extracted yet (ui/coordinator/data_protection.py aliases
    # QCoreApplication.translate as tr, which lupdate reads as tr(source, disambiguation))
    "dane osobowe i adres": "personal data and address",
    "opisy zgłoszeń": "intake descriptions",
    "powody skierowań": "reasons for referral",
    "notatki pracy socjalnej": "social work notes",
    "dane strony w decyzjach": "party's details in decisions",
    "źródła dochodów": "income sources",

    # --- social work notes ---
    "Nowa notatka": "New note",
    "Poprawa notatki": "Correcting a note",
    "Rodzaj notatki": "Type of note",
    "Data zdarzenia": "Date of event",
    "Treść notatki": "Note text",
    "&Zapisz notatkę": "&Save note",
    "&Data zdarzenia:": "&Date of event:",
    "&Treść:": "&Content:",
    "Sprawa %1 – %2 (założona %3)": "Case %1 – %2 (opened %3)",
    "Autor": "Author",
    "Treść": "Text",
    "Notatki sprawy": "Case notes",
    "&Nowa notatka…": "&New note…",
    "Popra&w treść…": "&Correct text…",
    "Notatkę poprawia tylko jej autor, w dniu jej sporządzenia.":
        "A note can be corrected only by its author, on the day it was written.",
    "Niebieska Karta – dane szczególnie chronione. Nie udostępniaj poza zespołem i grupą "
    "diagnostyczno-pomocową.":
        "Blue Card procedure – specially protected data. Do not share outside the team and the "
        "diagnostic and support group.",
    "Pełna treść notatki": "Full text of the note",
    "Wybierz sprawę z listy, aby zobaczyć jej notatki.": "Select a case from the list to see its notes.",
    "Notatki: %1 – %2 (%3)": "Notes: %1 – %2 (%3)",
    "%1, %2 – %3; zapisano %4": "%1, %2 – %3; written %4",
    " (poprawiona w dniu sporządzenia)": " (corrected on the day it was written)",
    "(treść tylko dla zespołów pracy z osobą)": "(content only for the teams working with the person)",
    "notatka służbowa": "file note",
    "wywiad środowiskowy": "community interview",
    "wizyta w miejscu zamieszkania": "home visit",
    "praca z rodziną": "work with the family",
    "Niebieska Karta": "Blue Card procedure",

    # --- roles, amending decisions ---
    "Administrator": "Administrator",
    "Inspektor ochrony danych": "Data protection officer",
    "Decyzja zmieniają&ca…": "&Amending decision…",
    "Zmień okresy…": "Change periods…",
    "Zapisz": "Save",
    "wczytanie danych": "data import",
    "Okresy przechowywania akt": "Retention periods of files",
    "Akta spraw – %1": "Case files – %1",
    "Kategoria archiwalna: %1": "Archival category: %1",
    "Lata przechowywania: %1": "Years kept: %1",
    "lat:": "years:",
    "Kategorie z jednolitego rzeczowego wykazu akt ośrodka; okres liczy się od 1 stycznia roku następującego po zakończeniu sprawy.": "Categories from the office's file classification list; the period runs from 1 January of the year after the case closed.",
    "Sesja jest zablokowana (bezczynność lub Ctrl+L). Użytkownik: %1": "The session is locked (idle time or Ctrl+L). User: %1",
    "Baza jest otwarta w innym programie lub na innym komputerze – zamknij go i spróbuj ponownie; nic nie zmieniono.": "The database is open in another program or on another PC – close it and try again; nothing was changed.",
    "Projekt decyzji zmieniającej – %1": "Draft amending decision – %1",

    # --- new error messages ---
    "Brak kryteriów i kwot ustawowych dla tej daty – sprawdź okres świadczenia.":
        "No statutory criteria and amounts for this date – check the benefit period.",
    "Ta osoba jest już wpisana do tego gospodarstwa.": "This person is already entered in this household.",
    "Nieprawidłowy login lub hasło.": "Incorrect username or password.",
    "Konto jest czasowo zablokowane po pięciu nieudanych próbach – spróbuj za kilka minut.":
        "The account is temporarily locked after five failed attempts – try again in a few minutes.",
    "Konto jest wyłączone – zwróć się do administratora.": "The account is disabled – contact the administrator.",
    "Hasło musi mieć co najmniej 10 znaków.": "The password must have at least 10 characters.",
    "Hasło nie może zawierać loginu.": "The password must not contain the username.",
    "Hasło jest zbyt proste – użyj różnych znaków.": "The password is too simple – use a variety of characters.",
    "Hasła nie są takie same.": "The passwords are not the same.",
    "Nieprawidłowe hasło.": "Incorrect password.",
    "Login: 3–60 znaków, małe litery, cyfry, kropka, myślnik lub podkreślenie.":
        "Username: 3–60 characters, lower-case letters, digits, full stop, hyphen or underscore.",
    "Ten login jest już zajęty.": "This username is already taken.",
    "Wybierz co najmniej jedną rolę.": "Choose at least one role.",
    "To ostatni administrator – nie można odebrać mu roli ani wyłączyć konta.":
        "This is the last administrator – their role cannot be removed nor their account disabled.",
    "Tego nie można zrobić na własnym koncie – poproś innego administratora.": "This cannot be done on your own account – ask another administrator.",
    "Własnych ról nie można zmienić – zrobi to inny administrator.": "You cannot change your own roles – another administrator will do it.",
    "Nowe hasło musi różnić się od dotychczasowego.": "The new password must differ from the current one.",
    "Wartość spoza dopuszczalnego zakresu.": "Value outside the permitted range.",
    "Nieprawidłowa wartość.": "Invalid value.",
    "Wpisz dokładnie frazę potwierdzenia pokazaną nad polem.":
        "Type the confirmation phrase exactly as shown above the field.",
    "Co najmniej jedna osoba nie jest już po okresie przechowywania – odśwież listę.":
        "At least one person is no longer past the retention period – refresh the list.",
    "Ta pozycja występuje dwa razy.": "This item appears twice.",
    "Kategoria archiwalna: A, Bc, B z liczbą lat (np. B10) albo BE z liczbą lat.":
        "Archival category: A, Bc, B with a number of years (e.g. B10) or BE with a number of years.",
    "Okres przechowywania: liczba lat od 0 do 100.": "Retention period: a number of years from 0 to 100.",
    "Liczba lat nie zgadza się z kategorią archiwalną (np. B10 – 10 lat).":
        "The number of years does not match the archival category (e.g. B10 – 10 years).",
    "Ośrodek jest już skonfigurowany.": "The office is already set up.",
    "Wybierz jedną z pozycji listy.": "Choose one of the items in the list.",
    "Data jest wcześniejsza niż założenie sprawy.": "The date is earlier than the opening of the case.",
    "To nie jest sprawa zespołu ds. pracy socjalnej.": "This is not a case of the social work team.",
    "Sprawa jest zakończona – nie można dodać notatki.": "The case is closed – a note cannot be added.",
    "Notatkę może poprawić tylko jej autor w dniu jej sporządzenia – dopisz nową notatkę.":
        "A note can be corrected only by its author on the day it was written – add a new note.",
    "Nie można zapisywać w tym folderze (czy dysk jest podłączony?).":
        "Cannot write to this folder (is the drive connected?).",
    "Hasło musi mieć co najmniej 12 znaków.": "The password must have at least 12 characters.",
    "Hasła się różnią.": "The passwords differ.",
    "To nie jest plik kopii zapasowej programu.": "This is not a backup file of the program.",
    "Kopię wykonała nowsza wersja programu – zaktualizuj program.":
        "The backup was made by a newer version of the program – update the program.",
    "Błędne hasło albo uszkodzony nagłówek pliku kopii.": "Wrong password or damaged backup file header.",
    "Plik kopii jest uszkodzony (niekompletny lub zmieniony) – wybierz wcześniejszą kopię.":
        "The backup file is damaged (incomplete or altered) – choose an earlier backup.",
    "Kopia odszyfrowała się, ale zawarta w niej baza jest uszkodzona – wybierz wcześniejszą kopię.":
        "The backup decrypted, but the database inside it is damaged – choose an earlier backup.",
    "Liczba wierszy w kopii nie zgadza się z zapisaną przy jej wykonaniu.":
        "The number of rows in the backup does not match the number recorded when it was made.",
    "Przerwano – nie zapisano żadnego pliku.": "Cancelled – no file was saved.",
    "Nie ma pliku bazy danych.": "The database file does not exist.",
    "Nie ma folderu kopii (czy dysk USB jest podłączony?).": "The backup folder does not exist (is the USB drive connected?).",
    "Nie udało się zapisać pliku kopii.": "Could not write the backup file.",
    "Nie udało się odczytać pliku kopii.": "Could not read the backup file.",
    "Kopie zapasowe tej bazy wykonuje serwer bazy danych, nie program.":
        "Backups of this database are made by the database server, not by the program.",
    "Najpierw wybierz folder kopii i ustaw hasło.": "First choose the backup folder and set a password.",
    # --- the head's half-year statistics (ui/coordinator/statistics.py) ---
    "I półrocze %1": "First half of %1",
    "rok %1": "year %1",
    "Ogółem": "Total",
    "Statystyka półroczna i roczna (MRPiPS-03)": "Half-year and yearly statistics (MRPiPS-03)",
    "Rok": "Year",
    "I półrocze (1 stycznia – 30 czerwca)": "First half (1 January – 30 June)",
    "cały rok (1 stycznia – 31 grudnia)": "whole year (1 January – 31 December)",
    "&Oblicz": "&Compute",
    "&Rok:": "&Year:",
    "&Okres:": "&Period:",
    "Wybierz rok i okres, a następnie „Oblicz”.": "Choose the year and period, then “Compute”.",
    "Świadczenia przyznane decyzją": "Benefits granted by decision",
    ("Liczone są decyzje podpisane, z datą wydania w okresie; decyzja zmieniająca liczy "
     "się jako odrębna decyzja. Kwota: kwota przyznana w "
     "decyzjach (miesięcznie dla zasiłków okresowych i stałych). Rodzina: gospodarstwo "
     "domowe osoby (osoba bez gospodarstwa – rodzina jednoosobowa); liczba osób w "
     "rodzinie według decyzji. Wiersze „Ogółem” liczą każdą osobę i rodzinę raz."):
        ("Signed decisions issued in the period are counted; a change decision counts as a "
         "decision of its own. Amount: the amount granted in "
         "the decisions (monthly for periodic and permanent benefits). Family: the "
         "person's household (a person without a household is a one-person family); "
         "household size as in the decision. The “Total” rows count each person and family "
         "once."),
    "Pokaż &sprawy": "Show &cases",
    "Decyzje wydane w okresie": "Decisions issued in the period",
    "Wnioski złożone w okresie": "Applications received in the period",
    "Pokaż &wnioski": "Show &applications",
    "Wnioski złożone w okresie (status na dziś)":
        "Applications received in the period (status as of today)",
    "&Drukuj / zapisz PDF…": "&Print / save PDF…",
    "Osoby": "Persons",
    "Decyzje": "Decisions",
    "Kwota (zł)": "Amount (PLN)",
    "Rodziny": "Families",
    "Osoby w rodzinach": "Persons in families",
    "Złożone": "Received",
    "W toku": "Pending",
    "Rozstrzygnięte": "Decided",
    "Wycofane": "Withdrawn",
    "Obliczanie…": "Computing…",
    "Obliczanie statystyki…": "Computing the statistics…",
    "Obliczanie anulowano.": "Computing cancelled.",
    "%1: %2 – %3 (obliczono %4)": "%1: %2 – %3 (computed %4)",
    "Zaznacz wiersz tabeli decyzji.": "Select a row of the decisions table.",
    "Zaznacz wiersz tabeli wniosków.": "Select a row of the applications table.",
    "Sprawy za %1: %2 (decyzja %3)": "Cases for %1: %2 (%3 decision)",
    "Wnioski złożone za %1: %2": "Applications received in %1: %2",
    "Zapisano: %1": "Saved: %1",
    "Przygotowanie wydruku…": "Preparing the printout…",
    "%1 – pozycji: %2": "%1 – items: %2",
    "Osób w rodzinie": "Household size",
    " (zmieniająca)": " (changing an earlier one)",
    "Statystyka półroczna…": "Half-year statistics…",
    "Zwrócone skierowania (30 dni): ponad %1, pokazano najnowsze %1":
        "Returned referrals (30 days): over %1, the newest %1 shown",
    "Wyszukiwanie osób po okresie przechowywania…": "Finding persons past their retention period…",
    ("Sprawdzenie pliku bazy danych wykryło uszkodzenie:\n%1\n\nDokończ bieżącą czynność i "
     "zamknij program. Przy następnym uruchomieniu program sprawdzi plik i zaproponuje "
     "odtworzenie z najnowszej dobrej kopii zapasowej. Powiadom administratora."):
        ("Checking the database file found damage:\n%1\n\nFinish what you are doing and close "
         "the program. At the next start the program will check the file and offer to restore "
         "the newest good backup. Tell the administrator."),
    # --- corrections, case closing, referral privacy, sign-out, withdrawal, audit labels ---
    'kobieta': 'woman',
    'mężczyzna': 'man',
    'baza danych': 'database',
    'historia ośrodka demonstracyjnego': 'demo office history',
    'stanowisko': 'position',
    'podpisał(a)': 'signed by',
    'nieudane logowania': 'failed sign-ins',
    'zablokowane do': 'locked until',
    'wymagana zmiana hasła': 'password change required',
    'ostatnie logowanie': 'last sign-in',
    'kod': 'code',
    'nazwa': 'name',
    'zakres': 'scope',
    'ważne od': 'valid from',
    'ważne do': 'valid to',
    'numer zarządzenia': 'order number',
    'znak sprawy': 'case sign',
    'założono': 'opened on',
    'zakończono': 'closed on',
    'przyjęto': 'received at',
    'forma zgłoszenia': 'channel',
    'zgłaszający': 'reported by',
    'podstawy (art. 7)': 'grounds (art. 7)',
    'pilne': 'urgent',
    'sposób załatwienia': 'outcome',
    'udzielona informacja lub porada': 'information or advice given',
    'pracownik': 'worker',
    'data wpływu': 'date of receipt',
    'forma pomocy': 'form of help',
    'cel': 'purpose',
    'niezdolność do pracy': 'unable to work',
    'wnioskowany okres od': 'requested period from',
    'wnioskowany okres do': 'requested period to',
    'numer': 'number',
    'od zespołu': 'from team',
    'do zespołu': 'to team',
    'powód': 'reason',
    'rozpatrzono': 'decided at',
    'rozpatrzył(a)': 'decided by',
    'powód zwrotu': 'return reason',
    'rodzaj': 'kind',
    'data zdarzenia': 'date of the event',
    'autor': 'author',
    'okres od': 'period from',
    'okres do': 'period to',
    'sposób wypłaty': 'payment method',
    'liczba osób w rodzinie': 'household size',
    'dochód na osobę': 'income per person',
    'kryterium dochodowe': 'income criterion',
    'przepisy w brzmieniu od': 'law as in force from',
    'data wydania': 'date of issue',
    'podpisujący': 'signatory',
    'stanowisko podpisującego': "signatory's position",
    'strona': 'party',
    'adres strony': "party's address",
    'PESEL strony': "party's PESEL",
    'dane ośrodka na decyzji': 'office data on the decision',
    'podstawa prawna': 'legal basis',
    'zmienia decyzję': 'changes decision',
    'źródło dochodu': 'source of income',
    'kolejność w gospodarstwie': 'order in the household',
    'powód skierowania': 'reason for referral',
    'rodzaj decyzji': 'kind of decision',
    'rodzaj notatki': 'kind of note',
    'czynny': 'active',
    'sposób': 'by',
    'folder': 'folder',
    'rozmiar (bajty)': 'size (bytes)',
    'liczba wierszy': 'number of rows',
    'plik kopii': 'backup file',
    'liczba': 'count',
    'liczba osób': 'number of persons',
    'liczba gospodarstw': 'number of households',
    'ziarno losowania': 'random seed',
    'wiersz poleceń': 'command line',
    'Dotyczy osoby: %1': 'Concerns the person: %1',
    'nazwa ośrodka': 'office name',
    'adres ośrodka': 'office address',
    'miejscowość na pismach': 'place on letters',
    'telefon ośrodka': 'office phone',
    'e-mail ośrodka': 'office e-mail',
    'organ (z upoważnienia)': 'organ (by authorisation)',
    'organ odwoławczy': 'appeal body',
    'adres organu odwoławczego': "appeal body's address",
    'symbol komórki w znaku sprawy': 'unit symbol in the case sign',
    'symbol klasy – pierwszy kontakt': 'file class – first contact',
    'symbol klasy – świadczenia': 'file class – benefits',
    'symbol klasy – praca socjalna': 'file class – social work',
    'symbol klasy – usługi': 'file class – services',
    'blokada po bezczynności (minuty)': 'lock after idle time (minutes)',
    'okresy przechowywania': 'retention periods',
    'folder kopii zapasowych': 'backup folder',
    'hasło kopii zapasowych': 'backup passphrase',
    'ostatnia kopia zapasowa': 'last backup',
    'kopia przy zamknięciu programu': 'backup on exit',
    'kopia codzienna': 'daily backup',
    'błąd ostatniej kopii': 'last backup error',
    'ośrodek demonstracyjny': 'demo office',
    'Nie oceniono – wpisz dochody albo zaznacz «brak dochodów»': 'Not assessed – enter incomes or tick «no income»',
    'Zapisz po&wody i wywiad': 'Save &grounds and interview',
    'Zapisz powody i wywiad': 'Save grounds and interview',
    'Nie wpisano daty rodzinnego wywiadu środowiskowego – uzasadnienie decyzji nie powoła się na wywiad.': "No date of the family interview entered – the decision's reasoning will not refer to an interview.",
    'Powody pomocy i wywiad środowiskowy': 'Grounds for help and family interview',
    'Nie oceniono wniosku – wpisz dochody albo zaznacz «brak dochodów» i zapisz.': 'The application is not assessed – enter incomes or tick «no income» and save.',
    'Ustalenia w sprawie (bez liczby osób, dochodu i kryterium – decyzja podaje je sama)': 'Findings in the case (without household size, income and criterion – the decision states them itself)',
    'Uwaga: we wniosku nie wpisano daty rodzinnego wywiadu środowiskowego (art. 106 ust. 4 ustawy o pomocy społecznej) – uzasadnienie nie powoła się na wywiad.': 'Note: no date of the family interview is entered on the application (art. 106(4) of the Social Assistance Act) – the reasoning will not refer to an interview.',
    'Nie wpisano dochodów – dodaj wiersz albo zaznacz «brak dochodów» i zapisz.': 'No incomes entered – add a row or tick «no income» and save.',
    '&brak dochodów – gospodarstwo nie ma żadnego dochodu': '&no income – the household has no income at all',
    'Brak dochodów': 'No income',
    'Nie oceniono wniosku – wpisz dochody albo zaznacz «brak dochodów» i zapisz; do tego czasu nie można przygotować ani podpisać decyzji.': 'The application is not assessed – enter incomes or tick «no income» and save; until then no decision can be prepared or signed.',
    'Zaznaczono brak dochodów, a wpisano dochody – usuń wiersze albo odznacz «brak dochodów».': '«No income» is ticked but incomes are entered – remove the rows or untick «no income».',
    'nie oceniono – brak zapisanych dochodów i oświadczenia o braku dochodów': 'not assessed – no incomes and no «no income» statement saved',
    'Inna okoliczność – jaka': 'Other circumstance – which',
    'rodzinny &wywiad środowiskowy przeprowadzono dnia': 'family &interview held on',
    'Wywiad środowiskowy przeprowadzono': 'Family interview held',
    'Data wywiadu środowiskowego': 'Date of the family interview',
    'Powody udzielenia pomocy (art. 7 ustawy o pomocy społecznej):': 'Grounds for help (art. 7 of the Social Assistance Act):',
    'Niezapisane dane wniosku': 'Unsaved application data',
    'Wpisane dochody albo powody i wywiad nie zostały zapisane. Zapisać je przed przejściem do innego wniosku?': 'The incomes or the grounds and interview typed have not been saved. Save them before moving to another application?',
    'Wpisz powód skierowania dla zespołu – opis problemu nie jest przekazywany.': 'Type the reason for the team – the problem description is not passed on.',
    'Do pierwszego kontaktu skierowanie się zwraca, nie przekazuje – użyj „Zwróć…”.': 'A referral goes back to first contact by returning it, not forwarding – use “Return…”.',
    'Skierowanie już jest w tym zespole – wybierz inny zespół.': 'The referral is already with this team – choose another team.',
    'wnioskodawczyni': 'applicant',
    'wnioskodawca/wnioskodawczyni': 'applicant',
    'małżonka': 'wife',
    'małżonek/małżonka': 'spouse',
    'partnerka': 'partner',
    'partner/partnerka': 'partner',
    'syn': 'son',
    'córka': 'daughter',
    'ojciec': 'father',
    'matka': 'mother',
    'brat': 'brother',
    'siostra': 'sister',
    'wnuczka': 'granddaughter',
    'wnuk/wnuczka': 'grandchild',
    'dziadek': 'grandfather',
    'babcia': 'grandmother',
    'inna krewna': 'other relative',
    'inny krewny/inna krewna': 'other relative',
    'Wydrukuj także &powód skierowania i powody szczególnie chronione (zdrowie, niepełnosprawność, przemoc, uzależnienie)': 'Also print the referral &reason and the specially protected grounds (health, disability, violence, addiction)',
    'Skierowanie osoba zabiera do domu – bez tego znaku są na nim tylko dane osoby, zespół i zwykłe powody pomocy.': "The person takes the slip home – without this tick it carries only the person's details, the team and the ordinary grounds for help.",
    '&Drukuj': '&Print',
    '&Nie drukuj': 'Do &not print',
    'Wydrukować skierowanie dla osoby?': 'Print the referral slip for the person?',
    'Co ma wiedzieć zespół – opis problemu nie jest przekazywany': 'What the team needs to know – the problem description is not passed on',
    'pkt %1': 'point %1',
    'Pokaż &zespołowi:': 'Show to the &team:',
    'Przekazanie dalej': 'Forwarded',
    '%1 → %2 (%3, %4)': '%1 → %2 (%3, %4)',
    'Powody (art. 7)': 'Grounds (art. 7)',
    'Przekazał(a) dalej': 'Forwarded by',
    '%1, %2': '%1, %2',
    'Przeka&ż dalej…': 'For&ward…',
    'Przekazanie skierowania do innego zespołu': 'Forwarding a referral to another team',
    'Zespół, do którego przekazać': 'Team to forward to',
    'Powód przekazania': 'Reason for forwarding',
    'Dla zespołu, który przejmie sprawę': 'For the team that takes over the case',
    '&Przekaż': '&Forward',
    'Przekaż do zespołu:': 'Forward to team:',
    'Powód przekazania:': 'Reason for forwarding:',
    'przekazanie skierowania dalej': 'forwarding of a referral',
    'podstawy udostępnione zespołowi': 'grounds shared with the team',
    'przekazał(a) dalej': 'forwarded by',
    'osoba bezdomna': 'homeless person',
    'adres do doręczeń – ulica': 'delivery address – street',
    'adres do doręczeń – numer domu': 'delivery address – house number',
    'adres do doręczeń – numer lokalu': 'delivery address – flat number',
    'adres do doręczeń – kod pocztowy': 'delivery address – postal code',
    'adres do doręczeń – miejscowość': 'delivery address – town',
    'adres strony do doręczeń': "party's delivery address",
    'powód zamknięcia': 'reason for closing',
    'uwagi do zamknięcia': 'remarks on closing',
    'powód wznowienia': 'reason for reopening',
    'Termin': 'Deadline',
    'Termin załatwienia sprawy (art. 35 KPA)': 'Deadline for settling the case (Art. 35 of the Code of Administrative Procedure)',
    'Forma': 'Form',
    'data wywiadu środowiskowego': 'date of the family interview',
    'płeć strony': "party's sex",
    'strona w rozstrzygnięciu (celownik)': 'party in the ruling (dative)',
    'zapisano brak dochodów': 'no income recorded',
    'OPS – pomoc społeczna, wersja %1': 'OPS – social assistance, version %1',
    'Parametry ustawy o pomocy społecznej obowiązujące od %1': 'Social Assistance Act parameters in force from %1',
    'Źródło: %1': 'Source: %1',
    'Wycofanie wniosku – %1': 'Withdrawal of application – %1',
    '%1 – %2, wniosek z %3. Po wycofaniu wniosku postępowanie umarza się decyzją (art. 105 KPA), podpisywaną jak każda decyzja.': '%1 – %2, application of %3. After the application is withdrawn the proceedings are discontinued by a decision (art. 105 KPA), signed like any decision.',
    'Dzień wycofania wniosku': 'Day the application was withdrawn',
    'Sposób wycofania': 'How it was withdrawn',
    'Strona &wnosi o umorzenie postępowania (art. 105 § 2 KPA)': 'The party &asks for the proceedings to be discontinued (art. 105 § 2 KPA)',
    'Bez zaznaczenia: postępowanie stało się bezprzedmiotowe (art. 105 § 1 KPA).': 'Unticked: the proceedings have become groundless (art. 105 § 1 KPA).',
    'Uzasadnienie – uwagi': 'Reasoning – remarks',
    '&Zapisz projekt umorzenia': '&Save draft discontinuance',
    '&Dzień wycofania:': '&Withdrawn on:',
    '&Sposób:': '&Manner:',
    'Podstawa:': 'Legal basis:',
    '&Uwagi do uzasadnienia:': '&Remarks for the reasoning:',
    'Wycofanie wnio&sku…': 'With&draw application…',
    'po wycofaniu wniosku %1 (%2)': 'after the application was withdrawn on %1 (%2)',
    'Wniosku nie można wycofać przed dniem jego złożenia.': 'An application cannot be withdrawn before the day it was lodged.',
    'umarzająca postępowanie': 'discontinuing the proceedings',
    'na piśmie': 'in writing',
    'ustnie do protokołu': 'orally, to the record',
    'Niepełny miesiąc:': 'Part month:',
    '%1: %2 za %3 z %4 dni': '%1: %2 for %3 of %4 days',
    'Osoba &bezdomna – adres to miejsce pobytu': '&Homeless – the address is the place of stay',
    'Inny adres do &doręczeń': 'Different &delivery address',
    'Adres do doręczeń – ulica': 'Delivery address – street',
    'Adres do doręczeń – numer domu': 'Delivery address – house number',
    'Adres do doręczeń – numer lokalu': 'Delivery address – flat number',
    'Adres do doręczeń – kod pocztowy': 'Delivery address – postal code',
    'Adres do doręczeń – miejscowość': 'Delivery address – town',
    'Ulica:': 'Street:',
    'Nr domu / lokalu:': 'House / flat no.:',
    'Kod, miejscowość:': 'Postal code, town:',
    'Dla osoby bezdomnej wystarczy miejscowość, w której przebywa – ona wyznacza właściwą gminę.': 'For a homeless person the town where they stay is enough – it decides the competent gmina.',
    'Popraw dane osoby – %1 %2': "Correct the person's data – %1 %2",
    'Dane osoby': 'Personal data',
    '&Zapisz poprawki': '&Save corrections',
    'Popraw dane… (Ctrl+E)': 'Correct data… (Ctrl+E)',
    'Popraw dane…': 'Correct data…',
    'Popraw dane osoby': "Correct the person's data",
    'Ktoś inny zapisał zmiany danych tej osoby, gdy formularz był otwarty – nic nie zapisano. Twoje poprawki zostały w formularzu: zanotuj je, anuluj, otwórz formularz ponownie i wprowadź je jeszcze raz.': "Someone else saved changes to this person's data while the form was open – nothing was saved. Your corrections are still in the form: note them, cancel, open the form again and enter them once more.",
    'Ktoś inny zapisał zmiany w tym samym czasie – nic nie zapisano, wpisane dane pozostały w formularzu. Spróbuj ponownie.': 'Someone else saved changes at the same time – nothing was saved, what you typed is still in the form. Try again.',
    'Ta sprawa jest już zamknięta.': 'This case is already closed.',
    'Ta sprawa nie jest zamknięta.': 'This case is not closed.',
    'W sprawie jest wniosek czekający na decyzję – najpierw go rozstrzygnij.': 'An application in this case is awaiting a decision – decide it first.',
    'Osoba ma już otwartą sprawę w tym zespole – pracuj w niej zamiast wznawiać tę.': 'The person already has an open case in this team – work in it instead of reopening this one.',
    'Sprawa jest zamknięta – nie można jej uzupełniać. Zespół może ją wznowić, podając powód.': 'The case is closed – nothing can be added to it. The team may reopen it, giving a reason.',
    'cel pomocy osiągnięty': 'aim of the help achieved',
    'sprawa załatwiona decyzją': 'matter settled by decision',
    'rezygnacja osoby z pomocy': 'the person gave up the help',
    'brak współpracy osoby': 'the person does not cooperate',
    'zmiana miejsca pobytu (inna gmina)': 'moved away (another gmina)',
    'zgon osoby': 'death of the person',
    'inna': 'other',
    'Zamknięcie sprawy': 'Closing a case',
    'Powód zamknięcia': 'Reason for closing',
    'Uzasadnienie lub uwagi': 'Reason in words or remarks',
    'Data zamknięcia': 'Closing date',
    '&Zamknij sprawę': '&Close the case',
    '&Powód:': '&Reason:',
    '&Uwagi:': '&Remarks:',
    '&Data zamknięcia:': 'Closing &date:',
    'Przy powodzie „inna” wpisz go w uwagach. Zamkniętej sprawy nie uzupełnia się notatkami ani wnioskami; zespół może ją wznowić, podając powód.': 'With the reason "other", write it in the remarks. A closed case takes no notes or applications; the team may reopen it, giving a reason.',
    'Wznowienie sprawy': 'Reopening a case',
    'Powód wznowienia': 'Reason for reopening',
    '&Wznów sprawę': '&Reopen the case',
    '&Powód wznowienia:': '&Reason for reopening:',
    'Znak sprawy': 'Case sign',
    'Stan': 'State',
    'Które sprawy pokazać': 'Which cases to show',
    'otwarte': 'open',
    'Zamknij sprawę…': 'Close the case…',
    'Wznów sprawę…': 'Reopen the case…',
    'otwarta': 'open',
    'zamknięta %1 – %2': 'closed %1 – %2',
    'Sprawy otwarte: %1': 'Open cases: %1',
    'Sprawy zespołu: %1': "Team's cases: %1",
    'Termin (art. 35 KPA)': 'Deadline (KPA art. 35)',
    '%1 – PO TERMINIE': '%1 – OVERDUE',
    'Kolejność wniosków': 'Order of applications',
    'od najnowszych': 'newest first',
    'wg terminu – najpilniejsze najpierw': 'by deadline – most urgent first',
    'Termin załatwienia sprawy': 'Deadline for settling the case',
    'Termin załatwienia (art. 35 § 3 KPA): %1': 'Deadline for settling (KPA art. 35 § 3): %1',
    ' – PO TERMINIE (%1 dn.)': ' – OVERDUE (%1 days)',
    'Sprawa wybranego wniosku:': 'Case of the selected application:',
    '%1, sprawa zamknięta %2': '%1, case closed %2',
    'Wydruk': 'Printout',
    'Dokument otwarto w przeglądarce PDF – stamtąd można go wydrukować.': 'The document was opened in the PDF viewer – print it from there.',
    'Nie udało się otworzyć dokumentu w przeglądarce PDF (na tym komputerze może jej nie być). Plik zapisano – otwórz go z folderu i wydrukuj.': 'The document could not be opened in a PDF viewer (this computer may not have one). The file was saved – open it from its folder and print it.',
    'Plik: %1': 'File: %1',
    'Otwórz folder': 'Open folder',
    'Nie udało się otworzyć folderu %1 – otwórz go ręcznie.': 'The folder %1 could not be opened – open it yourself.',
    'Nie udało się zapisać pliku %1: %2': 'The file %1 could not be saved: %2',
    'Wydruk otwarty w przeglądarce PDF (plik: %1).': 'Printout opened in the PDF viewer (file: %1).',
    'Przeglądarka PDF się nie otworzyła – plik zapisano: %1': 'No PDF viewer opened – the file was saved: %1',
    'Nie podpisano.': 'Nothing was signed.',
    'Podpisanie decyzji': 'Signing decisions',
    'Podpisać tę decyzję? Podpisanej decyzji nie można już zmienić.': 'Sign this decision? A signed decision can no longer be changed.',
    'Podpisać %1 decyzji na łączną kwotę %2? Podpisanych decyzji nie można już zmienić.': 'Sign %1 decisions for a total of %2? Signed decisions can no longer be changed.',
    'Decyzje do podpisu': 'Decisions to sign',
    'Podpisz': 'Sign',
    'Forma pomocy': 'Form of help',
    'Rodzaj': 'Kind',
    'Zmień &użytkownika…': 'Switch &user…',
    '&Wyloguj': 'Sign &out',
    'okno bez tytułu': 'untitled window',
    'Masz otwarte:\n%1\n\nPo wylogowaniu niezapisane zmiany zostaną utracone. Wylogować mimo to?': 'You have open:\n%1\n\nAfter signing out, unsaved changes will be lost. Sign out anyway?',
    'Wylogowanie': 'Signing out',
    'Zmiana użytkownika': 'Switching user',
    'Zakończyć sesję użytkownika %1 i zalogować inną osobę?': "End %1's session and sign in someone else?",
    '%1 ma otwartą, niezapisaną pracę (otwarte formularze i zmiany: %2). Zmiana użytkownika ją odrzuci. Może na to pozwolić tylko %1, podając swoje hasło; w przeciwnym razie poproś tę osobę o odblokowanie i zapisanie pracy.': '%1 has unsaved work open (open forms and changes: %2). Switching user will discard it. Only %1 can allow this by entering their password; otherwise ask them to unlock and save their work.',
    '&Hasło (%1):': '&Password (%1):',
    'Odrzuć pracę i zmień użytkownika': 'Discard the work and switch user',
    'Dochody gospodarstwa – zmiany niezapisane': 'Household incomes – unsaved changes',
    'Znaleziono: ponad %1': 'Found: more than %1',
    'kwota za niepełny pierwszy miesiąc': 'amount for the part first month',
    'kwota za niepełny ostatni miesiąc': 'amount for the part last month',
    'data wycofania wniosku': 'date the application was withdrawn',
    'sposób wycofania wniosku': 'how the application was withdrawn',
    'strona wniosła o umorzenie (art. 105 § 2 KPA)': 'the party asked for discontinuance (Art. 105 § 2 KPA)',
    'Świadczenie przyznaje się najwcześniej od miesiąca złożenia wniosku.': 'A benefit is granted from the month the application was lodged at the earliest.',
    'Brak połączenia z serwerem bazy danych – nic nie zapisano. Sprawdź sieć i spróbuj ponownie; wpisane dane pozostały w formularzu.': 'No connection to the database server – nothing was saved. Check the network and try again; what you typed is still in the form.',
    'komputer biura': 'office PC',
    'konflikt zmian z dwóch komputerów': 'conflict of changes from two PCs',
    'wymiana z innym komputerem': 'exchange with another PC',
    'nazwa komputera': 'PC name',
    'numer komputera': 'PC number',
    'odłączony od biura': 'removed from the office',
    'rodzaj rekordu': 'kind of record',
    'rekord': 'record',
    'pole': 'field',
    'wartość zachowana': 'value kept',
    'czas wartości zachowanej': 'time of the value kept',
    'autor wartości zachowanej': 'author of the value kept',
    'wartość odrzucona': 'value that lost',
    'czas wartości odrzuconej': 'time of the value that lost',
    'autor wartości odrzuconej': 'author of the value that lost',
    'rozstrzygnięto': 'resolved on',
    'rozstrzygnął': 'resolved by',
}

# (context, source) -> English, where one screen needs different wording.
OVERRIDES: dict[tuple[str, str], str] = {}

PLACEHOLDER = re.compile(r"%(?:\d+|n)")
TAG = re.compile(r"</?[a-zA-Z][^>]*>")
CONTEXT = re.compile(r"<context>.*?</context>", re.S)
NAME = re.compile(r"<name>(.*?)</name>", re.S)
MESSAGE = re.compile(r"<message\b[^>]*>.*?</message>", re.S)
SOURCE = re.compile(r"<source>(.*?)</source>", re.S)
UNFINISHED = re.compile(r'<translation type="unfinished"(?:/>|>.*?</translation>)', re.S)


def escape(text: str) -> str:
    """Escape the way lupdate does."""
    return (text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")
            .replace('"', "&quot;").replace("'", "&apos;"))


def accelerators(text: str) -> int:
    return len(re.findall(r"&(?!&)\S", text.replace("&&", "")))


def problems(source: str, english: str) -> list[str]:
    out = []
    if sorted(PLACEHOLDER.findall(source)) != sorted(PLACEHOLDER.findall(english)):
        out.append("placeholders differ")
    if sorted(TAG.findall(source)) != sorted(TAG.findall(english)):
        out.append("HTML tags differ")
    if accelerators(source) != accelerators(english):
        out.append("accelerator count differs")
    if source.count("\n") != english.count("\n"):
        out.append("line breaks differ")
    return out


def first_group(pattern: re.Pattern[str], text: str) -> str:
    """The unescaped first group; lupdate always writes <name> and <source>."""
    found = pattern.search(text)
    if found is None:
        raise SystemExit(f"unexpected .ts layout: no {pattern.pattern!r} in {text[:200]!r}")
    return html.unescape(found.group(1))


def fill(text: str) -> tuple[str, int, list[str]]:
    filled, missing = 0, []

    def do_context(cm: re.Match[str]) -> str:
        nonlocal filled
        block = cm.group(0)
        context = first_group(NAME, block)

        def do_message(mm: re.Match[str]) -> str:
            nonlocal filled
            msg = mm.group(0)
            if not UNFINISHED.search(msg):
                return msg
            source = first_group(SOURCE, msg)
            english = OVERRIDES.get((context, source), EN.get(source))
            if english is None:
                missing.append(f"{context}: {source!r}")
                return msg
            bad = problems(source, english)
            if bad:
                raise SystemExit(f"{context}: {source!r} -> {english!r}: {', '.join(bad)}")
            filled += 1
            return UNFINISHED.sub(lambda _: f"<translation>{escape(english)}</translation>", msg, count=1)

        return MESSAGE.sub(do_message, block)

    return CONTEXT.sub(do_context, text), filled, missing


def main(argv: list[str]) -> int:
    text = TS.read_text(encoding="utf-8")
    new, filled, missing = fill(text)
    ET.fromstring(new.encode("utf-8"))  # still well-formed
    for m in missing:
        print("no translation:", m)
    if "--check" in argv:
        print(f"{filled} could be filled, {len(missing)} missing")
        return 1 if missing else 0
    if new != text:
        TS.write_text(new, encoding="utf-8", newline="\n")
    print(f"filled {filled}, missing {len(missing)}")
    return 1 if missing else 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
