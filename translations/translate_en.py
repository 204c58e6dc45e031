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
    "Drukuj &wszystkie podpisane": "Print &all signed",
    "Wydana": "Issued",
    "Podpisał(a)": "Signed by",
    "bezterminowo": "open-ended",
    "Skierowania oczekujące: %1   |   Wnioski w toku: %2   |   Projekty decyzji do podpisu: %3":
        "Pending referrals: %1   |   Applications in progress: %2   |   Draft decisions to sign: %3",
    "Zaznacz projekty decyzji do podpisu.": "Select the draft decisions to sign.",
    "Podpisano %1 z %2 decyzji.": "Signed %1 of %2 decisions.",
    "Zaznacz decyzje do wydruku.": "Select the decisions to print.",
    "Brak podpisanych decyzji.": "No signed decisions.",
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
    "Wpisz nazwisko lub PESEL.": "Enter a surname or PESEL.",
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


def fill(text: str) -> tuple[str, int, list[str]]:
    filled, missing = 0, []

    def do_context(cm: re.Match[str]) -> str:
        nonlocal filled
        block = cm.group(0)
        context = html.unescape(NAME.search(block).group(1))

        def do_message(mm: re.Match[str]) -> str:
            nonlocal filled
            msg = mm.group(0)
            if not UNFINISHED.search(msg):
                return msg
            source = html.unescape(SOURCE.search(msg).group(1))
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
