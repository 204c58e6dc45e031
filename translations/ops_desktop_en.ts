<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en" sourcelanguage="pl_PL">
<context>
    <name>AdminPage</name>
    <message>
        <location filename="../ops_desktop/ui/setup_wizard.py" line="90"/>
        <source>Konto administratora</source>
        <translation>Administrator account</translation>
    </message>
    <message>
        <location filename="../ops_desktop/ui/setup_wizard.py" line="91"/>
        <source>Administrator zakłada konta pracowników, nadaje role i resetuje hasła. Nie ma wglądu w sprawy podopiecznych.</source>
        <translation>The administrator creates staff accounts, assigns roles and resets passwords. They have no access to clients&apos; cases.</translation>
    </message>
    <message>
        <location filename="../ops_desktop/ui/setup_wizard.py" line="94"/>
        <source>Login</source>
        <translation>Username</translation>
    </message>
    <message>
        <location filename="../ops_desktop/ui/setup_wizard.py" line="95"/>
        <source>Imię i nazwisko</source>
        <translation>Full name</translation>
    </message>
    <message>
        <location filename="../ops_desktop/ui/setup_wizard.py" line="96"/>
        <location filename="../ops_desktop/ui/setup_wizard.py" line="103"/>
        <source>Stanowisko</source>
        <translation>Job title</translation>
    </message>
    <message>
        <location filename="../ops_desktop/ui/setup_wizard.py" line="97"/>
        <source>Hasło</source>
        <translation>Password</translation>
    </message>
    <message>
        <location filename="../ops_desktop/ui/setup_wizard.py" line="98"/>
        <source>Powtórz hasło</source>
        <translation>Repeat password</translation>
    </message>
    <message>
        <location filename="../ops_desktop/ui/setup_wizard.py" line="101"/>
        <source>Login *</source>
        <translation>Username *</translation>
    </message>
    <message>
        <location filename="../ops_desktop/ui/setup_wizard.py" line="102"/>
        <source>Imię i nazwisko *</source>
        <translation>Full name *</translation>
    </message>
    <message>
        <location filename="../ops_desktop/ui/setup_wizard.py" line="104"/>
        <source>Hasło * (co najmniej 10 znaków)</source>
        <translation>Password * (at least 10 characters)</translation>
    </message>
    <message>
        <location filename="../ops_desktop/ui/setup_wizard.py" line="105"/>
        <source>Powtórz hasło *</source>
        <translation>Repeat password *</translation>
    </message>
</context>
<context>
    <name>AdminTab</name>
    <message>
        <location filename="../ops_desktop/ui/admin/tab.py" line="91"/>
        <source>Kopie zapasowe – moduł niedostępny</source>
        <translation>Backups – module not available</translation>
    </message>
    <message>
        <location filename="../ops_desktop/ui/admin/tab.py" line="108"/>
        <source>Użytkownicy</source>
        <translation>Users</translation>
    </message>
    <message>
        <location filename="../ops_desktop/ui/admin/tab.py" line="109"/>
        <source>Dane ośrodka</source>
        <translation>Office details</translation>
    </message>
    <message>
        <location filename="../ops_desktop/ui/admin/tab.py" line="110"/>
        <source>Bezpieczeństwo</source>
        <translation>Security</translation>
    </message>
    <message>
        <location filename="../ops_desktop/ui/admin/tab.py" line="111"/>
        <source>Kopie zapasowe</source>
        <translation>Backups</translation>
    </message>
</context>
<context>
    <name>ApplicationDialog</name>
    <message>
        <location filename="../ops_desktop/ui/benefits/application_dialog.py" line="95"/>
        <source>Nowy wniosek o świadczenie</source>
        <translation>New benefit application</translation>
    </message>
    <message>
        <location filename="../ops_desktop/ui/benefits/application_dialog.py" line="99"/>
        <source>Szukaj osoby</source>
        <translation>Search for a person</translation>
    </message>
    <message>
        <location filename="../ops_desktop/ui/benefits/application_dialog.py" line="100"/>
        <source>Nazwisko i imię lub PESEL, Enter – szukaj</source>
        <translation>Surname and first name or PESEL, Enter – search</translation>
    </message>
    <message>
        <location filename="../ops_desktop/ui/benefits/application_dialog.py" line="103"/>
        <source>Osoba</source>
        <translation>Person</translation>
    </message>
    <message>
        <location filename="../ops_desktop/ui/benefits/application_dialog.py" line="104"/>
        <source>PESEL</source>
        <translation>PESEL</translation>
    </message>
    <message>
        <location filename="../ops_desktop/ui/benefits/application_dialog.py" line="105"/>
        <source>Data ur.</source>
        <translation>Date of birth</translation>
    </message>
    <message>
        <location filename="../ops_desktop/ui/benefits/application_dialog.py" line="106"/>
        <source>Adres</source>
        <translation>Address</translation>
    </message>
    <message>
        <location filename="../ops_desktop/ui/benefits/application_dialog.py" line="108"/>
        <source>Znalezione osoby</source>
        <translation>People found</translation>
    </message>
    <message>
        <location filename="../ops_desktop/ui/benefits/application_dialog.py" line="111"/>
        <source>(nie wybrano osoby)</source>
        <translation>(no person selected)</translation>
    </message>
    <message>
        <location filename="../ops_desktop/ui/benefits/application_dialog.py" line="119"/>
        <source>Data wpływu wniosku</source>
        <translation>Date application received</translation>
    </message>
    <message>
        <location filename="../ops_desktop/ui/benefits/application_dialog.py" line="121"/>
        <source>Forma pomocy</source>
        <translation>Form of assistance</translation>
    </message>
    <message>
        <location filename="../ops_desktop/ui/benefits/application_dialog.py" line="124"/>
        <source>Cel zasiłku celowego</source>
        <translation>Purpose of the allowance</translation>
    </message>
    <message>
        <location filename="../ops_desktop/ui/benefits/application_dialog.py" line="125"/>
        <source>np. zakup opału, leków</source>
        <translation>e.g. buying fuel, medicines</translation>
    </message>
    <message>
        <location filename="../ops_desktop/ui/benefits/application_dialog.py" line="126"/>
        <source>niezdolny do pracy z powodu &amp;wieku lub niepełnosprawności</source>
        <translation>unable to work due to &amp;age or disability</translation>
    </message>
    <message>
        <location filename="../ops_desktop/ui/benefits/application_dialog.py" line="128"/>
        <source>wnios&amp;kowany okres</source>
        <translation>re&amp;quested period</translation>
    </message>
    <message>
        <location filename="../ops_desktop/ui/benefits/application_dialog.py" line="131"/>
        <source>Wnioskowany okres od</source>
        <translation>Requested period from</translation>
    </message>
    <message>
        <location filename="../ops_desktop/ui/benefits/application_dialog.py" line="132"/>
        <source>Wnioskowany okres do</source>
        <translation>Requested period to</translation>
    </message>
    <message>
        <location filename="../ops_desktop/ui/benefits/application_dialog.py" line="136"/>
        <source>&amp;Zapisz wniosek</source>
        <translation>&amp;Save application</translation>
    </message>
    <message>
        <location filename="../ops_desktop/ui/benefits/application_dialog.py" line="146"/>
        <source>&amp;Osoba:</source>
        <translation>&amp;Person:</translation>
    </message>
    <message>
        <location filename="../ops_desktop/ui/benefits/application_dialog.py" line="151"/>
        <source>Wybrana osoba:</source>
        <translation>Selected person:</translation>
    </message>
    <message>
        <location filename="../ops_desktop/ui/benefits/application_dialog.py" line="152"/>
        <source>dzień złożenia wniosku w punkcie pierwszego kontaktu</source>
        <translation>the day the application was lodged at the first-contact desk</translation>
    </message>
    <message>
        <location filename="../ops_desktop/ui/benefits/application_dialog.py" line="155"/>
        <source>&amp;Data wpływu:</source>
        <translation>&amp;Date received:</translation>
    </message>
    <message>
        <location filename="../ops_desktop/ui/benefits/application_dialog.py" line="158"/>
        <source>&amp;Forma pomocy:</source>
        <translation>&amp;Form of assistance:</translation>
    </message>
    <message>
        <location filename="../ops_desktop/ui/benefits/application_dialog.py" line="159"/>
        <source>&amp;Cel:</source>
        <translation>P&amp;urpose:</translation>
    </message>
    <message>
        <location filename="../ops_desktop/ui/benefits/application_dialog.py" line="162"/>
        <source>od</source>
        <translation>from</translation>
    </message>
    <message>
        <location filename="../ops_desktop/ui/benefits/application_dialog.py" line="163"/>
        <source>do</source>
        <translation>to</translation>
    </message>
</context>
<context>
    <name>ApplicationPanel</name>
    <message>
        <location filename="../ops_desktop/ui/benefits/application_panel.py" line="55"/>
        <source>Niezapisane dochody</source>
        <translation>Unsaved incomes</translation>
    </message>
    <message>
        <location filename="../ops_desktop/ui/benefits/application_panel.py" line="56"/>
        <source>Wpisane dochody nie zostały zapisane. Zapisać je przed przejściem do innego wniosku?</source>
        <translation>The incomes you typed have not been saved. Save them before moving to another application?</translation>
    </message>
    <message>
        <location filename="../ops_desktop/ui/benefits/application_panel.py" line="61"/>
        <source>&amp;Zapisz</source>
        <translation>&amp;Save</translation>
    </message>
    <message>
        <location filename="../ops_desktop/ui/benefits/application_panel.py" line="63"/>
        <source>&amp;Odrzuć</source>
        <translation>&amp;Discard</translation>
    </message>
    <message>
        <location filename="../ops_desktop/ui/benefits/application_panel.py" line="65"/>
        <source>Anuluj</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <location filename="../ops_desktop/ui/benefits/application_panel.py" line="133"/>
        <source>Wybierz wniosek z listy albo zarejestruj nowy (Ctrl+N).</source>
        <translation>Select an application from the list or register a new one (Ctrl+N).</translation>
    </message>
    <message>
        <location filename="../ops_desktop/ui/benefits/application_panel.py" line="140"/>
        <source>Dochody zmienione – zapisz je, aby przeliczyć ocenę.</source>
        <translation>Incomes changed – save them to recalculate the assessment.</translation>
    </message>
    <message>
        <location filename="../ops_desktop/ui/benefits/application_panel.py" line="145"/>
        <source>Dochody gospodarstwa w miesiącu poprzedzającym złożenie wniosku</source>
        <translation>Household incomes in the month before the application was made</translation>
    </message>
    <message>
        <location filename="../ops_desktop/ui/benefits/application_panel.py" line="153"/>
        <location filename="../ops_desktop/ui/benefits/application_panel.py" line="258"/>
        <source>Przygotuj d&amp;ecyzję</source>
        <translation>Prepare &amp;decision</translation>
    </message>
    <message>
        <location filename="../ops_desktop/ui/benefits/application_panel.py" line="155"/>
        <source>Podgląd &amp;wydruku</source>
        <translation>Print pre&amp;view</translation>
    </message>
    <message>
        <location filename="../ops_desktop/ui/benefits/application_panel.py" line="157"/>
        <source>Podp&amp;isz</source>
        <translation>&amp;Sign</translation>
    </message>
    <message>
        <location filename="../ops_desktop/ui/benefits/application_panel.py" line="158"/>
        <source>Dr&amp;ukuj</source>
        <translation>&amp;Print</translation>
    </message>
    <message>
        <location filename="../ops_desktop/ui/benefits/application_panel.py" line="159"/>
        <source>Decyzja</source>
        <translation>Decision</translation>
    </message>
    <message>
        <location filename="../ops_desktop/ui/benefits/application_panel.py" line="231"/>
        <source>&lt;b&gt;%1&lt;/b&gt; (PESEL %2)&lt;br&gt;Sprawa %3 · %4 · wniosek z %5 · %6</source>
        <translation>&lt;b&gt;%1&lt;/b&gt; (PESEL %2)&lt;br&gt;Case %3 · %4 · application dated %5 · %6</translation>
    </message>
    <message>
        <location filename="../ops_desktop/ui/benefits/application_panel.py" line="244"/>
        <source>Nie przygotowano jeszcze decyzji.</source>
        <translation>No decision has been prepared yet.</translation>
    </message>
    <message>
        <location filename="../ops_desktop/ui/benefits/application_panel.py" line="246"/>
        <source>Projekt decyzji (%1) %2 – czeka na podpis.</source>
        <translation>Draft decision (%1) %2 – awaiting signature.</translation>
    </message>
    <message>
        <location filename="../ops_desktop/ui/benefits/application_panel.py" line="248"/>
        <source>Decyzja (%1) %2 – podpisana %3 przez %4.</source>
        <translation>Decision (%1) %2 – signed %3 by %4.</translation>
    </message>
    <message>
        <location filename="../ops_desktop/ui/benefits/application_panel.py" line="257"/>
        <source>Decyzja zmieniają&amp;ca…</source>
        <translation>&amp;Amending decision…</translation>
    </message>
    <message>
        <location filename="../ops_desktop/ui/benefits/application_panel.py" line="262"/>
        <source>Nie masz ważnego upoważnienia do podpisywania decyzji.</source>
        <translation>You do not hold a valid authorisation to sign decisions.</translation>
    </message>
</context>
<context>
    <name>AssessmentBox</name>
    <message>
        <location filename="../ops_desktop/ui/benefits/application_panel.py" line="78"/>
        <source>Ocena wg zapisanych dochodów</source>
        <translation>Assessment based on saved incomes</translation>
    </message>
    <message>
        <location filename="../ops_desktop/ui/benefits/application_panel.py" line="82"/>
        <source>Osób w gospodarstwie:</source>
        <translation>Household members:</translation>
    </message>
    <message>
        <location filename="../ops_desktop/ui/benefits/application_panel.py" line="83"/>
        <source>Dochód gospodarstwa:</source>
        <translation>Household income:</translation>
    </message>
    <message>
        <location filename="../ops_desktop/ui/benefits/application_panel.py" line="84"/>
        <source>Dochód na osobę:</source>
        <translation>Income per person:</translation>
    </message>
    <message>
        <location filename="../ops_desktop/ui/benefits/application_panel.py" line="85"/>
        <source>Kryterium dochodowe:</source>
        <translation>Income criterion:</translation>
    </message>
    <message>
        <location filename="../ops_desktop/ui/benefits/application_panel.py" line="86"/>
        <source>Uprawniony:</source>
        <translation>Eligible:</translation>
    </message>
    <message>
        <location filename="../ops_desktop/ui/benefits/application_panel.py" line="87"/>
        <source>Proponowana kwota:</source>
        <translation>Proposed amount:</translation>
    </message>
    <message>
        <location filename="../ops_desktop/ui/benefits/application_panel.py" line="88"/>
        <source>Kwota min.–maks.:</source>
        <translation>Amount min.–max.:</translation>
    </message>
    <message>
        <location filename="../ops_desktop/ui/benefits/application_panel.py" line="89"/>
        <source>Podstawa wyliczenia:</source>
        <translation>Basis of calculation:</translation>
    </message>
    <message>
        <location filename="../ops_desktop/ui/benefits/application_panel.py" line="103"/>
        <source>TAK</source>
        <translation>YES</translation>
    </message>
    <message>
        <location filename="../ops_desktop/ui/benefits/application_panel.py" line="103"/>
        <source>NIE</source>
        <translation>NO</translation>
    </message>
    <message>
        <location filename="../ops_desktop/ui/benefits/application_panel.py" line="115"/>
        <source>parametry od %1, %2</source>
        <translation>rates valid from %1, %2</translation>
    </message>
</context>
<context>
    <name>AuditTab</name>
    <message>
        <location filename="../ops_desktop/ui/audit_tab.py" line="171"/>
        <location filename="../ops_desktop/ui/audit_tab.py" line="172"/>
        <source>PESEL osoby</source>
        <translation>Person&apos;s PESEL</translation>
    </message>
    <message>
        <location filename="../ops_desktop/ui/audit_tab.py" line="175"/>
        <location filename="../ops_desktop/ui/audit_tab.py" line="192"/>
        <source>Użytkownik</source>
        <translation>User</translation>
    </message>
    <message>
        <location filename="../ops_desktop/ui/audit_tab.py" line="176"/>
        <source>Od dnia</source>
        <translation>From date</translation>
    </message>
    <message>
        <location filename="../ops_desktop/ui/audit_tab.py" line="177"/>
        <source>Do dnia</source>
        <translation>To date</translation>
    </message>
    <message>
        <location filename="../ops_desktop/ui/audit_tab.py" line="178"/>
        <location filename="../ops_desktop/ui/audit_tab.py" line="193"/>
        <source>Czynność</source>
        <translation>Action</translation>
    </message>
    <message>
        <location filename="../ops_desktop/ui/audit_tab.py" line="179"/>
        <source>wszystkie czynności</source>
        <translation>all actions</translation>
    </message>
    <message>
        <location filename="../ops_desktop/ui/audit_tab.py" line="182"/>
        <source>&amp;Filtruj</source>
        <translation>&amp;Filter</translation>
    </message>
    <message>
        <location filename="../ops_desktop/ui/audit_tab.py" line="182"/>
        <source>Filtruj</source>
        <translation>Filter</translation>
    </message>
    <message>
        <location filename="../ops_desktop/ui/audit_tab.py" line="184"/>
        <source>&amp;Wyczyść filtr</source>
        <translation>C&amp;lear filter</translation>
    </message>
    <message>
        <location filename="../ops_desktop/ui/audit_tab.py" line="185"/>
        <source>Wyczyść filtr</source>
        <translation>Clear filter</translation>
    </message>
    <message>
        <location filename="../ops_desktop/ui/audit_tab.py" line="189"/>
        <source>Nr</source>
        <translation>No.</translation>
    </message>
    <message>
        <location filename="../ops_desktop/ui/audit_tab.py" line="190"/>
        <source>Czas</source>
        <translation>Time</translation>
    </message>
    <message>
        <location filename="../ops_desktop/ui/audit_tab.py" line="194"/>
        <source>Rekord</source>
        <translation>Record</translation>
    </message>
    <message>
        <location filename="../ops_desktop/ui/audit_tab.py" line="195"/>
        <source>Osoba (id)</source>
        <translation>Person (id)</translation>
    </message>
    <message>
        <location filename="../ops_desktop/ui/audit_tab.py" line="197"/>
        <source>Dziennik zdarzeń</source>
        <translation>Audit log</translation>
    </message>
    <message>
        <location filename="../ops_desktop/ui/audit_tab.py" line="199"/>
        <source>Liczba wpisów</source>
        <translation>Number of entries</translation>
    </message>
    <message>
        <location filename="../ops_desktop/ui/audit_tab.py" line="201"/>
        <source>Wybrany wpis</source>
        <translation>Selected entry</translation>
    </message>
    <message>
        <location filename="../ops_desktop/ui/audit_tab.py" line="205"/>
        <source>Pole</source>
        <translation>Field</translation>
    </message>
    <message>
        <location filename="../ops_desktop/ui/audit_tab.py" line="206"/>
        <source>Było</source>
        <translation>Before</translation>
    </message>
    <message>
        <location filename="../ops_desktop/ui/audit_tab.py" line="207"/>
        <source>Jest</source>
        <translation>After</translation>
    </message>
    <message>
        <location filename="../ops_desktop/ui/audit_tab.py" line="209"/>
        <source>Zmiany w polach</source>
        <translation>Field changes</translation>
    </message>
    <message>
        <location filename="../ops_desktop/ui/audit_tab.py" line="211"/>
        <source>&amp;Sprawdź łańcuch</source>
        <translation>&amp;Verify chain</translation>
    </message>
    <message>
        <location filename="../ops_desktop/ui/audit_tab.py" line="212"/>
        <source>Sprawdź nienaruszalność dziennika</source>
        <translation>Verify the integrity of the audit log</translation>
    </message>
    <message>
        <location filename="../ops_desktop/ui/audit_tab.py" line="214"/>
        <source>Wynik sprawdzenia</source>
        <translation>Verification result</translation>
    </message>
    <message>
        <location filename="../ops_desktop/ui/audit_tab.py" line="235"/>
        <source>PESEL:</source>
        <translation>PESEL:</translation>
    </message>
    <message>
        <location filename="../ops_desktop/ui/audit_tab.py" line="235"/>
        <source>Użytkownik:</source>
        <translation>User:</translation>
    </message>
    <message>
        <location filename="../ops_desktop/ui/audit_tab.py" line="236"/>
        <source>Od:</source>
        <translation>From:</translation>
    </message>
    <message>
        <location filename="../ops_desktop/ui/audit_tab.py" line="236"/>
        <source>Do:</source>
        <translation>To:</translation>
    </message>
    <message>
        <location filename="../ops_desktop/ui/audit_tab.py" line="237"/>
        <source>Czynność:</source>
        <translation>Action:</translation>
    </message>
    <message>
        <location filename="../ops_desktop/ui/audit_tab.py" line="251"/>
        <source>Wpis</source>
        <translation>Entry</translation>
    </message>
    <message>
        <location filename="../ops_desktop/ui/audit_tab.py" line="272"/>
        <source>wszyscy użytkownicy</source>
        <translation>all users</translation>
    </message>
    <message>
        <location filename="../ops_desktop/ui/audit_tab.py" line="277"/>
        <source>program</source>
        <translation>program</translation>
    </message>
    <message>
        <location filename="../ops_desktop/ui/audit_tab.py" line="299"/>
        <source>Wpisów: %1</source>
        <translation>Entries: %1</translation>
    </message>
    <message>
        <location filename="../ops_desktop/ui/audit_tab.py" line="317"/>
        <source>Wybierz wpis z listy.</source>
        <translation>Select an entry from the list.</translation>
    </message>
    <message>
        <location filename="../ops_desktop/ui/audit_tab.py" line="321"/>
        <source>Wpis nr %1 · %2 · %3</source>
        <translation>Entry no. %1 · %2 · %3</translation>
    </message>
    <message>
        <location filename="../ops_desktop/ui/audit_tab.py" line="323"/>
        <source>Czynność: %1 · rekord: %2 %3</source>
        <translation>Action: %1 · record: %2 %3</translation>
    </message>
    <message>
        <location filename="../ops_desktop/ui/audit_tab.py" line="327"/>
        <source>Dotyczy osoby (id): %1</source>
        <translation>Concerns person (id): %1</translation>
    </message>
    <message>
        <location filename="../ops_desktop/ui/audit_tab.py" line="329"/>
        <source>Treść zmian usunięto przy anonimizacji %1.</source>
        <translation>The details of the changes were removed at anonymisation on %1.</translation>
    </message>
    <message>
        <location filename="../ops_desktop/ui/audit_tab.py" line="339"/>
        <source>Sprawdzam łańcuch wpisów…</source>
        <translation>Verifying the chain of entries…</translation>
    </message>
    <message>
        <location filename="../ops_desktop/ui/audit_tab.py" line="342"/>
        <source>Sprawdzanie dziennika zdarzeń…</source>
        <translation>Verifying the audit log…</translation>
    </message>
    <message>
        <location filename="../ops_desktop/ui/audit_tab.py" line="358"/>
        <source>Sprawdzono wpisów: %1 (zanonimizowanych: %2).</source>
        <translation>Entries verified: %1 (anonymised: %2).</translation>
    </message>
    <message>
        <location filename="../ops_desktop/ui/audit_tab.py" line="361"/>
        <source>Sprawdzanie przerwano.</source>
        <translation>Verification cancelled.</translation>
    </message>
    <message>
        <location filename="../ops_desktop/ui/audit_tab.py" line="365"/>
        <source>Ostatni wpis nr %1, skrót %2.</source>
        <translation>Last entry no. %1, hash %2.</translation>
    </message>
    <message>
        <location filename="../ops_desktop/ui/audit_tab.py" line="368"/>
        <source>Łańcuch nienaruszony.</source>
        <translation>Chain intact.</translation>
    </message>
    <message>
        <location filename="../ops_desktop/ui/audit_tab.py" line="372"/>
        <source>Łańcuch naruszony! Pierwszy naruszony wpis: nr %1 z %2 – %3.</source>
        <translation>Chain broken! First broken entry: no. %1 of %2 – %3.</translation>
    </message>
</context>
<context>
    <name>AuthorisationDialog</name>
    <message>
        <location filename="../ops_desktop/ui/admin/user_dialogs.py" line="216"/>
        <source>Upoważnienie – %1</source>
        <translation>Authorisation – %1</translation>
    </message>
    <message>
        <location filename="../ops_desktop/ui/admin/user_dialogs.py" line="218"/>
        <source>Dotychczasowe upoważnienia</source>
        <translation>Authorisations so far</translation>
    </message>
    <message>
        <location filename="../ops_desktop/ui/admin/user_dialogs.py" line="220"/>
        <source>Numer zarządzenia</source>
        <translation>Order number</translation>
    </message>
    <message>
        <location filename="../ops_desktop/ui/admin/user_dialogs.py" line="221"/>
        <source>np. Zarządzenie nr 12/2026</source>
        <translation>e.g. Order no. 12/2026</translation>
    </message>
    <message>
        <location filename="../ops_desktop/ui/admin/user_dialogs.py" line="222"/>
        <source>Obowiązuje od</source>
        <translation>Valid from</translation>
    </message>
    <message>
        <location filename="../ops_desktop/ui/admin/user_dialogs.py" line="223"/>
        <location filename="../ops_desktop/ui/admin/user_dialogs.py" line="265"/>
        <source>bezterminowo</source>
        <translation>open-ended</translation>
    </message>
    <message>
        <location filename="../ops_desktop/ui/admin/user_dialogs.py" line="225"/>
        <source>Obowiązuje do</source>
        <translation>Valid until</translation>
    </message>
    <message>
        <location filename="../ops_desktop/ui/admin/user_dialogs.py" line="228"/>
        <source>Zakres upoważnienia</source>
        <translation>Scope of the authorisation</translation>
    </message>
    <message>
        <location filename="../ops_desktop/ui/admin/user_dialogs.py" line="230"/>
        <source>&amp;Zapisz upoważnienie</source>
        <translation>&amp;Save authorisation</translation>
    </message>
    <message>
        <location filename="../ops_desktop/ui/admin/user_dialogs.py" line="234"/>
        <source>&amp;Numer zarządzenia:</source>
        <translation>Order &amp;number:</translation>
    </message>
    <message>
        <location filename="../ops_desktop/ui/admin/user_dialogs.py" line="236"/>
        <source>Obowiązuje &amp;od:</source>
        <translation>Valid &amp;from:</translation>
    </message>
    <message>
        <location filename="../ops_desktop/ui/admin/user_dialogs.py" line="238"/>
        <source>Obowiązuje &amp;do:</source>
        <translation>Valid &amp;until:</translation>
    </message>
    <message>
        <location filename="../ops_desktop/ui/admin/user_dialogs.py" line="241"/>
        <source>&amp;Zakres:</source>
        <translation>Sc&amp;ope:</translation>
    </message>
    <message>
        <location filename="../ops_desktop/ui/admin/user_dialogs.py" line="243"/>
        <source>Dotychczasowe upoważnienia:</source>
        <translation>Authorisations so far:</translation>
    </message>
    <message>
        <location filename="../ops_desktop/ui/admin/user_dialogs.py" line="248"/>
        <source>Uwaga: decyzje podpisują tylko osoby z rolą „Świadczenia” lub „Koordynator” – nadaj rolę w edycji użytkownika.</source>
        <translation>Note: decisions are signed only by people with the “Benefits” or “Coordinator” role – assign the role when editing the user.</translation>
    </message>
    <message>
        <location filename="../ops_desktop/ui/admin/user_dialogs.py" line="262"/>
        <source>brak</source>
        <translation>none</translation>
    </message>
    <message>
        <location filename="../ops_desktop/ui/admin/user_dialogs.py" line="266"/>
        <source>obowiązuje</source>
        <translation>valid</translation>
    </message>
    <message>
        <location filename="../ops_desktop/ui/admin/user_dialogs.py" line="266"/>
        <source>nie obowiązuje</source>
        <translation>not valid</translation>
    </message>
    <message>
        <location filename="../ops_desktop/ui/admin/user_dialogs.py" line="267"/>
        <source>%1 · od %2 do %3 · %4</source>
        <translation>%1 · from %2 to %3 · %4</translation>
    </message>
</context>
<context>
    <name>BackupPanel</name>
    <message>
        <location filename="../ops_desktop/ui/backup_panel.py" line="57"/>
        <location filename="../ops_desktop/ui/backup_panel.py" line="98"/>
        <source>Folder kopii zapasowych</source>
        <translation>Backup folder</translation>
    </message>
    <message>
        <location filename="../ops_desktop/ui/backup_panel.py" line="62"/>
        <location filename="../ops_desktop/ui/backup_panel.py" line="102"/>
        <source>Hasło kopii</source>
        <translation>Backup password</translation>
    </message>
    <message>
        <location filename="../ops_desktop/ui/backup_panel.py" line="69"/>
        <source>Przywracanie kopii</source>
        <translation>Restoring a backup</translation>
    </message>
    <message>
        <location filename="../ops_desktop/ui/backup_panel.py" line="76"/>
        <location filename="../ops_desktop/ui/backup_panel.py" line="144"/>
        <source>Kopie zapasowe</source>
        <translation>Backups</translation>
    </message>
    <message>
        <location filename="../ops_desktop/ui/backup_panel.py" line="99"/>
        <source>np. dysk USB</source>
        <translation>e.g. a USB drive</translation>
    </message>
    <message>
        <location filename="../ops_desktop/ui/backup_panel.py" line="100"/>
        <source>&amp;Wybierz…</source>
        <translation>&amp;Choose…</translation>
    </message>
    <message>
        <location filename="../ops_desktop/ui/backup_panel.py" line="100"/>
        <source>Wybierz folder</source>
        <translation>Choose folder</translation>
    </message>
    <message>
        <location filename="../ops_desktop/ui/backup_panel.py" line="103"/>
        <source>Powtórz hasło</source>
        <translation>Repeat password</translation>
    </message>
    <message>
        <location filename="../ops_desktop/ui/backup_panel.py" line="104"/>
        <source>Kopia przy zamykaniu programu</source>
        <translation>Backup when the program closes</translation>
    </message>
    <message>
        <location filename="../ops_desktop/ui/backup_panel.py" line="105"/>
        <source>Kopia codziennie (gdy ostatnia ma ponad 24 godziny)</source>
        <translation>Daily backup (when the last one is over 24 hours old)</translation>
    </message>
    <message>
        <location filename="../ops_desktop/ui/backup_panel.py" line="107"/>
        <source>&amp;Zapisz ustawienia</source>
        <translation>&amp;Save settings</translation>
    </message>
    <message>
        <location filename="../ops_desktop/ui/backup_panel.py" line="110"/>
        <source>Hasło zapisz na kartce i przechowuj w sejfie: bez niego kopii nie da się odtworzyć na innym komputerze. Hasło ma co najmniej %1 znaków.</source>
        <translation>Write the password down on paper and keep it in the safe: without it the backup cannot be restored on another computer. The password has at least %1 characters.</translation>
    </message>
    <message>
        <location filename="../ops_desktop/ui/backup_panel.py" line="120"/>
        <source>&amp;Folder kopii:</source>
        <translation>Backup &amp;folder:</translation>
    </message>
    <message>
        <location filename="../ops_desktop/ui/backup_panel.py" line="124"/>
        <source>&amp;Hasło kopii:</source>
        <translation>Backup pass&amp;word:</translation>
    </message>
    <message>
        <location filename="../ops_desktop/ui/backup_panel.py" line="126"/>
        <source>P&amp;owtórz hasło:</source>
        <translation>Rep&amp;eat password:</translation>
    </message>
    <message>
        <location filename="../ops_desktop/ui/backup_panel.py" line="132"/>
        <source>Ustawienia kopii zapasowych</source>
        <translation>Backup settings</translation>
    </message>
    <message>
        <location filename="../ops_desktop/ui/backup_panel.py" line="138"/>
        <source>Wykonaj &amp;kopię teraz</source>
        <translation>&amp;Back up now</translation>
    </message>
    <message>
        <location filename="../ops_desktop/ui/backup_panel.py" line="142"/>
        <source>Data kopii</source>
        <translation>Backup date</translation>
    </message>
    <message>
        <location filename="../ops_desktop/ui/backup_panel.py" line="142"/>
        <source>Rozmiar</source>
        <translation>Size</translation>
    </message>
    <message>
        <location filename="../ops_desktop/ui/backup_panel.py" line="143"/>
        <source>Sprawdzona</source>
        <translation>Verified</translation>
    </message>
    <message>
        <location filename="../ops_desktop/ui/backup_panel.py" line="152"/>
        <source>&amp;Sprawdź</source>
        <translation>&amp;Verify</translation>
    </message>
    <message>
        <location filename="../ops_desktop/ui/backup_panel.py" line="154"/>
        <source>&amp;Przywróć…</source>
        <translation>&amp;Restore…</translation>
    </message>
    <message>
        <location filename="../ops_desktop/ui/backup_panel.py" line="156"/>
        <source>Odśwież &amp;listę</source>
        <translation>Refresh &amp;list</translation>
    </message>
    <message>
        <location filename="../ops_desktop/ui/backup_panel.py" line="163"/>
        <source>Kopie w folderze</source>
        <translation>Backups in the folder</translation>
    </message>
    <message>
        <location filename="../ops_desktop/ui/backup_panel.py" line="189"/>
        <location filename="../ops_desktop/ui/backup_panel.py" line="226"/>
        <source>bez zmian (hasło jest ustawione)</source>
        <translation>unchanged (a password is set)</translation>
    </message>
    <message>
        <location filename="../ops_desktop/ui/backup_panel.py" line="197"/>
        <source>Kopie zapasowe nie są jeszcze skonfigurowane: wybierz folder i ustaw hasło.</source>
        <translation>Backups are not set up yet: choose a folder and set a password.</translation>
    </message>
    <message>
        <location filename="../ops_desktop/ui/backup_panel.py" line="199"/>
        <source>Nie wykonano jeszcze żadnej kopii.</source>
        <translation>No backup has been made yet.</translation>
    </message>
    <message>
        <location filename="../ops_desktop/ui/backup_panel.py" line="201"/>
        <source>Ostatnia kopia: %1</source>
        <translation>Last backup: %1</translation>
    </message>
    <message>
        <location filename="../ops_desktop/ui/backup_panel.py" line="203"/>
        <source>Ostatnia próba kopii (%1) nie powiodła się: %2</source>
        <translation>The last backup attempt (%1) failed: %2</translation>
    </message>
    <message>
        <location filename="../ops_desktop/ui/backup_panel.py" line="237"/>
        <source>przy zapisie</source>
        <translation>when written</translation>
    </message>
    <message>
        <location filename="../ops_desktop/ui/backup_panel.py" line="264"/>
        <source>Wykonywanie i sprawdzanie kopii zapasowej…</source>
        <translation>Making and verifying the backup…</translation>
    </message>
    <message>
        <location filename="../ops_desktop/ui/backup_panel.py" line="270"/>
        <location filename="../ops_desktop/ui/backup_panel.py" line="291"/>
        <source>tak, %1</source>
        <translation>yes, %1</translation>
    </message>
    <message>
        <location filename="../ops_desktop/ui/backup_panel.py" line="280"/>
        <location filename="../ops_desktop/ui/backup_panel.py" line="315"/>
        <source>Zaznacz kopię na liście.</source>
        <translation>Select a backup in the list.</translation>
    </message>
    <message>
        <location filename="../ops_desktop/ui/backup_panel.py" line="283"/>
        <source>Sprawdzanie kopii…</source>
        <translation>Verifying the backup…</translation>
    </message>
    <message>
        <location filename="../ops_desktop/ui/backup_panel.py" line="293"/>
        <source>Kopia z %1 jest poprawna (liczba wierszy: %2).</source>
        <translation>The backup of %1 is sound (number of rows: %2).</translation>
    </message>
    <message>
        <location filename="../ops_desktop/ui/backup_panel.py" line="302"/>
        <source>Ustawione hasło nie pasuje do tej kopii. Podaj hasło, którym ją wykonano:</source>
        <translation>The password that is set does not match this backup. Enter the password it was made with:</translation>
    </message>
    <message>
        <location filename="../ops_desktop/ui/backup_panel.py" line="307"/>
        <source>NIE – %1</source>
        <translation>NO – %1</translation>
    </message>
    <message>
        <location filename="../ops_desktop/ui/backup_panel.py" line="318"/>
        <source>Podaj hasło kopii z %1 (to zapisane w sejfie):</source>
        <translation>Enter the password of the backup of %1 (the one kept in the safe):</translation>
    </message>
    <message>
        <location filename="../ops_desktop/ui/backup_panel.py" line="322"/>
        <source>Obecne dane programu zostaną zastąpione danymi z kopii z %1. Wszystko, co wpisano później, zniknie z programu (obecny plik bazy zostanie zachowany obok jako kopia „before-restore”).

Po przywróceniu program zostanie zamknięty – trzeba go uruchomić ponownie na wszystkich stanowiskach.

Przywrócić kopię?</source>
        <translation>The program&apos;s current data will be replaced with the data from the backup of %1. Everything entered later will disappear from the program (the current database file will be kept alongside as a “before-restore” copy).

After restoring, the program will close – it must be started again on every workstation.

Restore the backup?</translation>
    </message>
    <message>
        <location filename="../ops_desktop/ui/backup_panel.py" line="330"/>
        <source>Przywracanie kopii…</source>
        <translation>Restoring the backup…</translation>
    </message>
    <message>
        <location filename="../ops_desktop/ui/backup_panel.py" line="335"/>
        <source>Przywrócono dane z kopii z %1.</source>
        <translation>Data restored from the backup of %1.</translation>
    </message>
    <message>
        <location filename="../ops_desktop/ui/backup_panel.py" line="337"/>
        <source>Poprzedni plik bazy zachowano jako %1.</source>
        <translation>The previous database file was kept as %1.</translation>
    </message>
    <message>
        <location filename="../ops_desktop/ui/backup_panel.py" line="338"/>
        <source>Program zostanie teraz zamknięty. Uruchom go ponownie.</source>
        <translation>The program will now close. Start it again.</translation>
    </message>
    <message>
        <location filename="../ops_desktop/ui/backup_panel.py" line="384"/>
        <source>Automatyczna kopia zapasowa nie powiodła się: %1</source>
        <translation>The automatic backup failed: %1</translation>
    </message>
</context>
<context>
    <name>BenefitsTab</name>
    <message>
        <location filename="../ops_desktop/ui/benefits/tab.py" line="49"/>
        <source>Data wpływu</source>
        <translation>Received</translation>
    </message>
    <message>
        <location filename="../ops_desktop/ui/benefits/tab.py" line="51"/>
        <source>Znak sprawy</source>
        <translation>Case ref.</translation>
    </message>
    <message>
        <location filename="../ops_desktop/ui/benefits/tab.py" line="52"/>
        <source>Osoba</source>
        <translation>Person</translation>
    </message>
    <message>
        <location filename="../ops_desktop/ui/benefits/tab.py" line="53"/>
        <source>PESEL</source>
        <translation>PESEL</translation>
    </message>
    <message>
        <location filename="../ops_desktop/ui/benefits/tab.py" line="54"/>
        <source>Forma pomocy</source>
        <translation>Form of assistance</translation>
    </message>
    <message>
        <location filename="../ops_desktop/ui/benefits/tab.py" line="55"/>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <location filename="../ops_desktop/ui/benefits/tab.py" line="57"/>
        <source>Wnioski</source>
        <translation>Applications</translation>
    </message>
    <message>
        <location filename="../ops_desktop/ui/benefits/tab.py" line="63"/>
        <source>Które wnioski pokazać</source>
        <translation>Which applications to show</translation>
    </message>
    <message>
        <location filename="../ops_desktop/ui/benefits/tab.py" line="64"/>
        <source>tylko w toku</source>
        <translation>in progress only</translation>
    </message>
    <message>
        <location filename="../ops_desktop/ui/benefits/tab.py" line="65"/>
        <source>wszystkie</source>
        <translation>all</translation>
    </message>
    <message>
        <location filename="../ops_desktop/ui/benefits/tab.py" line="67"/>
        <source>&amp;Nowy wniosek</source>
        <translation>&amp;New application</translation>
    </message>
    <message>
        <location filename="../ops_desktop/ui/benefits/tab.py" line="121"/>
        <source>Wnioski: %1</source>
        <translation>Applications: %1</translation>
    </message>
</context>
<context>
    <name>CasesBehindDialog</name>
    <message>
        <location filename="../ops_desktop/ui/coordinator/statistics.py" line="332"/>
        <source>%1 – pozycji: %2</source>
        <translation>%1 – items: %2</translation>
    </message>
</context>
<context>
    <name>CasesTab</name>
    <message>
        <location filename="../ops_desktop/ui/team_tab.py" line="31"/>
        <source>Znak sprawy</source>
        <translation>Case ref.</translation>
    </message>
    <message>
        <location filename="../ops_desktop/ui/team_tab.py" line="32"/>
        <source>Osoba</source>
        <translation>Person</translation>
    </message>
    <message>
        <location filename="../ops_desktop/ui/team_tab.py" line="33"/>
        <source>Założona</source>
        <translation>Opened</translation>
    </message>
    <message>
        <location filename="../ops_desktop/ui/team_tab.py" line="36"/>
        <source>Sprawy zespołu</source>
        <translation>Team cases</translation>
    </message>
    <message>
        <location filename="../ops_desktop/ui/team_tab.py" line="58"/>
        <source>Sprawy zespołu: %1</source>
        <translation>Team cases: %1</translation>
    </message>
</context>
<context>
    <name>ChangePasswordDialog</name>
    <message>
        <location filename="../ops_desktop/ui/sign_in.py" line="92"/>
        <source>Zmiana hasła</source>
        <translation>Change of password</translation>
    </message>
    <message>
        <location filename="../ops_desktop/ui/sign_in.py" line="93"/>
        <source>Obecne hasło</source>
        <translation>Current password</translation>
    </message>
    <message>
        <location filename="../ops_desktop/ui/sign_in.py" line="94"/>
        <source>Nowe hasło</source>
        <translation>New password</translation>
    </message>
    <message>
        <location filename="../ops_desktop/ui/sign_in.py" line="95"/>
        <source>Powtórz nowe hasło</source>
        <translation>Repeat new password</translation>
    </message>
    <message>
        <location filename="../ops_desktop/ui/sign_in.py" line="98"/>
        <source>&amp;Obecne hasło:</source>
        <translation>&amp;Current password:</translation>
    </message>
    <message>
        <location filename="../ops_desktop/ui/sign_in.py" line="100"/>
        <source>&amp;Nowe hasło:</source>
        <translation>&amp;New password:</translation>
    </message>
    <message>
        <location filename="../ops_desktop/ui/sign_in.py" line="102"/>
        <source>&amp;Powtórz nowe hasło:</source>
        <translation>&amp;Repeat new password:</translation>
    </message>
    <message>
        <location filename="../ops_desktop/ui/sign_in.py" line="104"/>
        <source>Zmień hasło</source>
        <translation>Change password</translation>
    </message>
    <message>
        <location filename="../ops_desktop/ui/sign_in.py" line="108"/>
        <source>Hasło nadane przez administratora jest tymczasowe – ustal własne hasło (co najmniej 10 znaków).</source>
        <translation>The password given by the administrator is temporary – choose your own password (at least 10 characters).</translation>
    </message>
</context>
<context>
    <name>CoordinatorTab</name>
    <message>
        <location filename="../ops_desktop/ui/coordinator/tab.py" line="52"/>
        <location filename="../ops_desktop/ui/coordinator/tab.py" line="73"/>
        <source>Projekty decyzji do podpisu</source>
        <translation>Draft decisions to sign</translation>
    </message>
    <message>
        <location filename="../ops_desktop/ui/coordinator/tab.py" line="53"/>
        <source>&amp;Podpisz zaznaczone</source>
        <translation>&amp;Sign selected</translation>
    </message>
    <message>
        <location filename="../ops_desktop/ui/coordinator/tab.py" line="54"/>
        <location filename="../ops_desktop/ui/coordinator/tab.py" line="67"/>
        <source>Podgląd</source>
        <translation>Preview</translation>
    </message>
    <message>
        <location filename="../ops_desktop/ui/coordinator/tab.py" line="61"/>
        <location filename="../ops_desktop/ui/coordinator/tab.py" line="75"/>
        <source>Decyzje podpisane</source>
        <translation>Signed decisions</translation>
    </message>
    <message>
        <location filename="../ops_desktop/ui/coordinator/tab.py" line="62"/>
        <source>&amp;Drukuj zaznaczone</source>
        <translation>&amp;Print selected</translation>
    </message>
    <message>
        <location filename="../ops_desktop/ui/coordinator/tab.py" line="65"/>
        <source>Drukuj &amp;wydane dziś</source>
        <translation>Print &amp;issued today</translation>
    </message>
    <message>
        <location filename="../ops_desktop/ui/coordinator/tab.py" line="79"/>
        <source>Ochrona danych osobowych…</source>
        <translation>Personal data protection…</translation>
    </message>
    <message>
        <location filename="../ops_desktop/ui/coordinator/tab.py" line="84"/>
        <source>Statystyka półroczna…</source>
        <translation>Half-year statistics…</translation>
    </message>
    <message>
        <location filename="../ops_desktop/ui/coordinator/tab.py" line="101"/>
        <source>Wydana</source>
        <translation>Issued</translation>
    </message>
    <message>
        <location filename="../ops_desktop/ui/coordinator/tab.py" line="104"/>
        <source>Znak sprawy</source>
        <translation>Case ref.</translation>
    </message>
    <message>
        <location filename="../ops_desktop/ui/coordinator/tab.py" line="105"/>
        <source>Osoba</source>
        <translation>Person</translation>
    </message>
    <message>
        <location filename="../ops_desktop/ui/coordinator/tab.py" line="106"/>
        <source>Forma pomocy</source>
        <translation>Form of assistance</translation>
    </message>
    <message>
        <location filename="../ops_desktop/ui/coordinator/tab.py" line="107"/>
        <source>Rodzaj</source>
        <translation>Type</translation>
    </message>
    <message>
        <location filename="../ops_desktop/ui/coordinator/tab.py" line="108"/>
        <source>Kwota</source>
        <translation>Amount</translation>
    </message>
    <message>
        <location filename="../ops_desktop/ui/coordinator/tab.py" line="110"/>
        <source>Okres</source>
        <translation>Period</translation>
    </message>
    <message>
        <location filename="../ops_desktop/ui/coordinator/tab.py" line="113"/>
        <source>Podpisał(a)</source>
        <translation>Signed by</translation>
    </message>
    <message>
        <location filename="../ops_desktop/ui/coordinator/tab.py" line="119"/>
        <source>bezterminowo</source>
        <translation>open-ended</translation>
    </message>
    <message>
        <location filename="../ops_desktop/ui/coordinator/tab.py" line="150"/>
        <source>Skierowania oczekujące: %1   |   Wnioski w toku: %2   |   Projekty decyzji do podpisu: %3</source>
        <translation>Pending referrals: %1   |   Applications in progress: %2   |   Draft decisions to sign: %3</translation>
    </message>
    <message>
        <location filename="../ops_desktop/ui/coordinator/tab.py" line="158"/>
        <source>Nie masz ważnego upoważnienia do podpisywania decyzji.</source>
        <translation>You do not hold a valid authorisation to sign decisions.</translation>
    </message>
    <message>
        <location filename="../ops_desktop/ui/coordinator/tab.py" line="180"/>
        <source>Zaznacz projekty decyzji do podpisu.</source>
        <translation>Select the draft decisions to sign.</translation>
    </message>
    <message>
        <location filename="../ops_desktop/ui/coordinator/tab.py" line="189"/>
        <source>Podpisano %1 z %2 decyzji.</source>
        <translation>Signed %1 of %2 decisions.</translation>
    </message>
    <message>
        <location filename="../ops_desktop/ui/coordinator/tab.py" line="200"/>
        <source>Zaznacz decyzje do wydruku.</source>
        <translation>Select the decisions to print.</translation>
    </message>
    <message>
        <location filename="../ops_desktop/ui/coordinator/tab.py" line="207"/>
        <source>Dziś nie wydano żadnej decyzji.</source>
        <translation>No decision was issued today.</translation>
    </message>
    <message>
        <location filename="../ops_desktop/ui/coordinator/tab.py" line="220"/>
        <source>Przygotowuję wydruk: %1 decyzji…</source>
        <translation>Preparing printout: %1 decisions…</translation>
    </message>
    <message>
        <location filename="../ops_desktop/ui/coordinator/tab.py" line="226"/>
        <source>Wydruk otwarty w przeglądarce PDF.</source>
        <translation>Printout opened in the PDF viewer.</translation>
    </message>
    <message>
        <location filename="../ops_desktop/ui/coordinator/tab.py" line="227"/>
        <source>Wydruk anulowano.</source>
        <translation>Printing cancelled.</translation>
    </message>
    <message>
        <location filename="../ops_desktop/ui/coordinator/tab.py" line="228"/>
        <source>Wydruk się nie udał.</source>
        <translation>Printing failed.</translation>
    </message>
</context>
<context>
    <name>DataProtectionDialog</name>
    <message>
        <location filename="../ops_desktop/ui/coordinator/data_protection.py" line="342"/>
        <source>Ochrona danych osobowych</source>
        <translation>Personal data protection</translation>
    </message>
</context>
<context>
    <name>DataProtectionPanel</name>
    <message>
        <location filename="../ops_desktop/ui/coordinator/data_protection.py" line="74"/>
        <source>Eksport danych osoby</source>
        <translation>Person&apos;s data export</translation>
    </message>
    <message>
        <location filename="../ops_desktop/ui/coordinator/data_protection.py" line="75"/>
        <source>Retencja</source>
        <translation>Retention</translation>
    </message>
    <message>
        <location filename="../ops_desktop/ui/coordinator/data_protection.py" line="83"/>
        <source>Szukaj osoby</source>
        <translation>Search for a person</translation>
    </message>
    <message>
        <location filename="../ops_desktop/ui/coordinator/data_protection.py" line="84"/>
        <source>Nazwisko lub PESEL – Enter szuka</source>
        <translation>Surname or PESEL – Enter searches</translation>
    </message>
    <message>
        <location filename="../ops_desktop/ui/coordinator/data_protection.py" line="87"/>
        <source>Szukaj</source>
        <translation>Search</translation>
    </message>
    <message>
        <location filename="../ops_desktop/ui/coordinator/data_protection.py" line="90"/>
        <source>Nazwisko i imię</source>
        <translation>Surname, first name</translation>
    </message>
    <message>
        <location filename="../ops_desktop/ui/coordinator/data_protection.py" line="91"/>
        <location filename="../ops_desktop/ui/coordinator/data_protection.py" line="185"/>
        <source>PESEL</source>
        <translation>PESEL</translation>
    </message>
    <message>
        <location filename="../ops_desktop/ui/coordinator/data_protection.py" line="92"/>
        <source>Data urodzenia</source>
        <translation>Date of birth</translation>
    </message>
    <message>
        <location filename="../ops_desktop/ui/coordinator/data_protection.py" line="93"/>
        <source>Adres</source>
        <translation>Address</translation>
    </message>
    <message>
        <location filename="../ops_desktop/ui/coordinator/data_protection.py" line="95"/>
        <source>Znalezione osoby</source>
        <translation>People found</translation>
    </message>
    <message>
        <location filename="../ops_desktop/ui/coordinator/data_protection.py" line="97"/>
        <source>Zapisz PDF i JSON…</source>
        <translation>Save PDF and JSON…</translation>
    </message>
    <message>
        <location filename="../ops_desktop/ui/coordinator/data_protection.py" line="98"/>
        <location filename="../ops_desktop/ui/coordinator/data_protection.py" line="154"/>
        <source>Zapisz eksport danych osoby</source>
        <translation>Save the export of the person&apos;s data</translation>
    </message>
    <message>
        <location filename="../ops_desktop/ui/coordinator/data_protection.py" line="103"/>
        <source>Kopia obejmuje wszystkie dane osoby: zgłoszenia, wnioski, dochody, decyzje, notatki pracy socjalnej i rejestr dostępu. Przed wydaniem sprawdź, czy nie ujawnia danych innych osób (art. 15 ust. 4 RODO). Wydanie kopii zostaje zapisane w dzienniku.</source>
        <translation>The copy covers all the person&apos;s data: intakes, applications, incomes, decisions, social work notes and the access log. Before issuing it, check that it does not disclose other people&apos;s data (Art. 15(4) GDPR). Issuing the copy is recorded in the audit log.</translation>
    </message>
    <message>
        <location filename="../ops_desktop/ui/coordinator/data_protection.py" line="154"/>
        <source>PDF (*.pdf)</source>
        <translation>PDF (*.pdf)</translation>
    </message>
    <message>
        <location filename="../ops_desktop/ui/coordinator/data_protection.py" line="167"/>
        <source>Nie udało się zapisać pliku: %1</source>
        <translation>Could not save the file: %1</translation>
    </message>
    <message>
        <location filename="../ops_desktop/ui/coordinator/data_protection.py" line="169"/>
        <source>Zapisano: %1 oraz %2</source>
        <translation>Saved: %1 and %2</translation>
    </message>
    <message>
        <location filename="../ops_desktop/ui/coordinator/data_protection.py" line="178"/>
        <source>Pokaż osoby po okresie przechowywania</source>
        <translation>Show people past the retention period</translation>
    </message>
    <message>
        <location filename="../ops_desktop/ui/coordinator/data_protection.py" line="181"/>
        <source>Zmień okresy…</source>
        <translation>Change periods…</translation>
    </message>
    <message>
        <location filename="../ops_desktop/ui/coordinator/data_protection.py" line="184"/>
        <source>Osoba</source>
        <translation>Person</translation>
    </message>
    <message>
        <location filename="../ops_desktop/ui/coordinator/data_protection.py" line="186"/>
        <source>Sprawy</source>
        <translation>Cases</translation>
    </message>
    <message>
        <location filename="../ops_desktop/ui/coordinator/data_protection.py" line="187"/>
        <source>Ostatnia zakończona</source>
        <translation>Last closed</translation>
    </message>
    <message>
        <location filename="../ops_desktop/ui/coordinator/data_protection.py" line="189"/>
        <source>Po okresie przechowywania od</source>
        <translation>Past retention since</translation>
    </message>
    <message>
        <location filename="../ops_desktop/ui/coordinator/data_protection.py" line="192"/>
        <source>Zostanie usunięte</source>
        <translation>To be removed</translation>
    </message>
    <message>
        <location filename="../ops_desktop/ui/coordinator/data_protection.py" line="195"/>
        <source>Osoby po okresie przechowywania</source>
        <translation>People past the retention period</translation>
    </message>
    <message>
        <location filename="../ops_desktop/ui/coordinator/data_protection.py" line="204"/>
        <source>Fraza potwierdzenia</source>
        <translation>Confirmation phrase</translation>
    </message>
    <message>
        <location filename="../ops_desktop/ui/coordinator/data_protection.py" line="206"/>
        <source>Anonimizuj</source>
        <translation>Anonymise</translation>
    </message>
    <message>
        <location filename="../ops_desktop/ui/coordinator/data_protection.py" line="238"/>
        <source>Okresy przechowywania akt spraw (od 1 stycznia roku po zakończeniu sprawy): %1</source>
        <translation>Retention periods for case files (from 1 January of the year after the case was closed): %1</translation>
    </message>
    <message>
        <location filename="../ops_desktop/ui/coordinator/data_protection.py" line="263"/>
        <source>Wyszukiwanie osób po okresie przechowywania…</source>
        <translation>Finding persons past their retention period…</translation>
    </message>
    <message>
        <location filename="../ops_desktop/ui/coordinator/data_protection.py" line="272"/>
        <source>Osób po okresie przechowywania: %1</source>
        <translation>People past the retention period: %1</translation>
    </message>
    <message>
        <location filename="../ops_desktop/ui/coordinator/data_protection.py" line="291"/>
        <source>Brak osób do anonimizacji.</source>
        <translation>No people to anonymise.</translation>
    </message>
    <message>
        <location filename="../ops_desktop/ui/coordinator/data_protection.py" line="295"/>
        <source>Anonimizacja jest nieodwracalna. Aby zanonimizować %1 os. (zaznaczone w tabeli albo wszystkie z listy), wpisz: %2</source>
        <translation>Anonymisation cannot be undone. To anonymise %1 person(s) (those selected in the table or everyone listed), type: %2</translation>
    </message>
    <message>
        <location filename="../ops_desktop/ui/coordinator/data_protection.py" line="315"/>
        <source>Anonimizacja danych osób…</source>
        <translation>Anonymising people&apos;s data…</translation>
    </message>
    <message>
        <location filename="../ops_desktop/ui/coordinator/data_protection.py" line="319"/>
        <source>Zanonimizowano osób: %1 (zgłoszenia: %2, skierowania: %3, notatki: %4, decyzje: %5, dochody: %6).</source>
        <translation>People anonymised: %1 (intakes: %2, referrals: %3, notes: %4, decisions: %5, incomes: %6).</translation>
    </message>
</context>
<context>
    <name>DecisionDialog</name>
    <message>
        <location filename="../ops_desktop/ui/benefits/decision_dialog.py" line="63"/>
        <source>Projekt decyzji zmieniającej – %1</source>
        <translation>Draft amending decision – %1</translation>
    </message>
    <message>
        <location filename="../ops_desktop/ui/benefits/decision_dialog.py" line="64"/>
        <source>Projekt decyzji – %1</source>
        <translation>Draft decision – %1</translation>
    </message>
    <message>
        <location filename="../ops_desktop/ui/benefits/decision_dialog.py" line="73"/>
        <source>Rodzaj decyzji</source>
        <translation>Decision type</translation>
    </message>
    <message>
        <location filename="../ops_desktop/ui/benefits/decision_dialog.py" line="77"/>
        <source>Kwota świadczenia w złotych</source>
        <translation>Benefit amount in zloty</translation>
    </message>
    <message>
        <location filename="../ops_desktop/ui/benefits/decision_dialog.py" line="84"/>
        <source>Okres od</source>
        <translation>Period from</translation>
    </message>
    <message>
        <location filename="../ops_desktop/ui/benefits/decision_dialog.py" line="86"/>
        <source>Okres do</source>
        <translation>Period to</translation>
    </message>
    <message>
        <location filename="../ops_desktop/ui/benefits/decision_dialog.py" line="87"/>
        <source>&amp;bezterminowo</source>
        <translation>open-&amp;ended</translation>
    </message>
    <message>
        <location filename="../ops_desktop/ui/benefits/decision_dialog.py" line="89"/>
        <source>świadczenie &amp;jednorazowe (bez okresu)</source>
        <translation>o&amp;ne-off benefit (no period)</translation>
    </message>
    <message>
        <location filename="../ops_desktop/ui/benefits/decision_dialog.py" line="91"/>
        <source>Sposób wypłaty</source>
        <translation>Payment method</translation>
    </message>
    <message>
        <location filename="../ops_desktop/ui/benefits/decision_dialog.py" line="95"/>
        <source>Numer rachunku bankowego (IBAN)</source>
        <translation>Bank account number (IBAN)</translation>
    </message>
    <message>
        <location filename="../ops_desktop/ui/benefits/decision_dialog.py" line="99"/>
        <source>Uzasadnienie</source>
        <translation>Statement of reasons</translation>
    </message>
    <message>
        <location filename="../ops_desktop/ui/benefits/decision_dialog.py" line="118"/>
        <source>&amp;Zapisz projekt</source>
        <translation>&amp;Save draft</translation>
    </message>
    <message>
        <location filename="../ops_desktop/ui/benefits/decision_dialog.py" line="128"/>
        <source>&amp;Rodzaj:</source>
        <translation>&amp;Type:</translation>
    </message>
    <message>
        <location filename="../ops_desktop/ui/benefits/decision_dialog.py" line="129"/>
        <source>&amp;Kwota (zł):</source>
        <translation>&amp;Amount (zł):</translation>
    </message>
    <message>
        <location filename="../ops_desktop/ui/benefits/decision_dialog.py" line="131"/>
        <source>Okres &amp;od:</source>
        <translation>Period &amp;from:</translation>
    </message>
    <message>
        <location filename="../ops_desktop/ui/benefits/decision_dialog.py" line="133"/>
        <source>Okres &amp;do:</source>
        <translation>Period t&amp;o:</translation>
    </message>
    <message>
        <location filename="../ops_desktop/ui/benefits/decision_dialog.py" line="135"/>
        <source>&amp;Wypłata:</source>
        <translation>&amp;Payment:</translation>
    </message>
    <message>
        <location filename="../ops_desktop/ui/benefits/decision_dialog.py" line="136"/>
        <source>Rach&amp;unek:</source>
        <translation>Ban&amp;k account:</translation>
    </message>
    <message>
        <location filename="../ops_desktop/ui/benefits/decision_dialog.py" line="138"/>
        <source>Uzasadnie&amp;nie:</source>
        <translation>&amp;Reasons:</translation>
    </message>
    <message>
        <location filename="../ops_desktop/ui/benefits/decision_dialog.py" line="154"/>
        <source>spełnia warunki</source>
        <translation>meets the conditions</translation>
    </message>
    <message>
        <location filename="../ops_desktop/ui/benefits/decision_dialog.py" line="155"/>
        <source>nie spełnia warunków: %1</source>
        <translation>does not meet the conditions: %1</translation>
    </message>
    <message>
        <location filename="../ops_desktop/ui/benefits/decision_dialog.py" line="157"/>
        <source>%1 – %2, wniosek z %3. Ocena: %4.</source>
        <translation>%1 – %2, application dated %3. Assessment: %4.</translation>
    </message>
    <message>
        <location filename="../ops_desktop/ui/benefits/decision_dialog.py" line="167"/>
        <source>wyliczona %1</source>
        <translation>calculated %1</translation>
    </message>
    <message>
        <location filename="../ops_desktop/ui/benefits/decision_dialog.py" line="170"/>
        <source>od %1 do %2</source>
        <translation>from %1 to %2</translation>
    </message>
</context>
<context>
    <name>EditUserDialog</name>
    <message>
        <location filename="../ops_desktop/ui/admin/user_dialogs.py" line="130"/>
        <source>Edycja użytkownika – %1</source>
        <translation>Edit user – %1</translation>
    </message>
    <message>
        <location filename="../ops_desktop/ui/admin/user_dialogs.py" line="132"/>
        <source>Imię i nazwisko</source>
        <translation>Full name</translation>
    </message>
    <message>
        <location filename="../ops_desktop/ui/admin/user_dialogs.py" line="134"/>
        <source>Stanowisko</source>
        <translation>Job title</translation>
    </message>
    <message>
        <location filename="../ops_desktop/ui/admin/user_dialogs.py" line="138"/>
        <source>konto &amp;aktywne (może się logować)</source>
        <translation>account &amp;active (can sign in)</translation>
    </message>
    <message>
        <location filename="../ops_desktop/ui/admin/user_dialogs.py" line="140"/>
        <source>&amp;Zapisz</source>
        <translation>&amp;Save</translation>
    </message>
    <message>
        <location filename="../ops_desktop/ui/admin/user_dialogs.py" line="143"/>
        <source>Login:</source>
        <translation>Username:</translation>
    </message>
    <message>
        <location filename="../ops_desktop/ui/admin/user_dialogs.py" line="144"/>
        <source>&amp;Imię i nazwisko:</source>
        <translation>&amp;Full name:</translation>
    </message>
    <message>
        <location filename="../ops_desktop/ui/admin/user_dialogs.py" line="146"/>
        <source>&amp;Stanowisko:</source>
        <translation>&amp;Job title:</translation>
    </message>
    <message>
        <location filename="../ops_desktop/ui/admin/user_dialogs.py" line="148"/>
        <source>&amp;Role:</source>
        <translation>&amp;Roles:</translation>
    </message>
</context>
<context>
    <name>FirstContactTab</name>
    <message>
        <location filename="../ops_desktop/ui/first_contact/tab.py" line="47"/>
        <source>Szukaj osoby</source>
        <translation>Search for a person</translation>
    </message>
    <message>
        <location filename="../ops_desktop/ui/first_contact/tab.py" line="48"/>
        <source>Nazwisko (bez polskich znaków też) lub PESEL – Enter szuka</source>
        <translation>Surname (Polish letters optional) or PESEL – Enter searches</translation>
    </message>
    <message>
        <location filename="../ops_desktop/ui/first_contact/tab.py" line="59"/>
        <source>Nazwisko i imię</source>
        <translation>Surname, first name</translation>
    </message>
    <message>
        <location filename="../ops_desktop/ui/first_contact/tab.py" line="60"/>
        <source>PESEL</source>
        <translation>PESEL</translation>
    </message>
    <message>
        <location filename="../ops_desktop/ui/first_contact/tab.py" line="61"/>
        <source>Data urodzenia</source>
        <translation>Date of birth</translation>
    </message>
    <message>
        <location filename="../ops_desktop/ui/first_contact/tab.py" line="63"/>
        <source>Adres</source>
        <translation>Address</translation>
    </message>
    <message>
        <location filename="../ops_desktop/ui/first_contact/tab.py" line="65"/>
        <source>Znalezione osoby</source>
        <translation>People found</translation>
    </message>
    <message>
        <location filename="../ops_desktop/ui/first_contact/tab.py" line="72"/>
        <source>Nowa osoba / gospodarstwo (Ctrl+N)</source>
        <translation>New person / household (Ctrl+N)</translation>
    </message>
    <message>
        <location filename="../ops_desktop/ui/first_contact/tab.py" line="74"/>
        <source>Nowe zgłoszenie (Ctrl+I)</source>
        <translation>New intake (Ctrl+I)</translation>
    </message>
    <message>
        <location filename="../ops_desktop/ui/first_contact/tab.py" line="76"/>
        <source>Drukuj skierowanie (Ctrl+R)</source>
        <translation>Print referral (Ctrl+R)</translation>
    </message>
    <message>
        <location filename="../ops_desktop/ui/first_contact/tab.py" line="91"/>
        <source>&amp;Szukaj:</source>
        <translation>&amp;Search:</translation>
    </message>
    <message>
        <location filename="../ops_desktop/ui/first_contact/tab.py" line="161"/>
        <source>Wpisz nazwisko lub PESEL (co najmniej 2 znaki).</source>
        <translation>Enter a surname or PESEL (at least 2 characters).</translation>
    </message>
    <message>
        <location filename="../ops_desktop/ui/first_contact/tab.py" line="163"/>
        <source>Znaleziono: %1</source>
        <translation>Found: %1</translation>
    </message>
    <message>
        <location filename="../ops_desktop/ui/first_contact/tab.py" line="216"/>
        <source>Najpierw wyszukaj osobę i wybierz ją z listy.</source>
        <translation>First search for the person and select them in the list.</translation>
    </message>
    <message>
        <location filename="../ops_desktop/ui/first_contact/tab.py" line="234"/>
        <source>Ta osoba nie ma skierowań do wydrukowania.</source>
        <translation>This person has no referrals to print.</translation>
    </message>
</context>
<context>
    <name>HouseholdDialog</name>
    <message>
        <location filename="../ops_desktop/ui/first_contact/person_form.py" line="169"/>
        <source>Nowa osoba / gospodarstwo domowe</source>
        <translation>New person / household</translation>
    </message>
    <message>
        <location filename="../ops_desktop/ui/first_contact/person_form.py" line="171"/>
        <location filename="../ops_desktop/ui/first_contact/person_form.py" line="263"/>
        <source>Imię</source>
        <translation>First name</translation>
    </message>
    <message>
        <location filename="../ops_desktop/ui/first_contact/person_form.py" line="172"/>
        <location filename="../ops_desktop/ui/first_contact/person_form.py" line="263"/>
        <source>Nazwisko</source>
        <translation>Surname</translation>
    </message>
    <message>
        <location filename="../ops_desktop/ui/first_contact/person_form.py" line="173"/>
        <location filename="../ops_desktop/ui/first_contact/person_form.py" line="264"/>
        <source>PESEL</source>
        <translation>PESEL</translation>
    </message>
    <message>
        <location filename="../ops_desktop/ui/first_contact/person_form.py" line="173"/>
        <source>11 cyfr</source>
        <translation>11 digits</translation>
    </message>
    <message>
        <location filename="../ops_desktop/ui/first_contact/person_form.py" line="174"/>
        <source>Rodzaj dokumentu tożsamości</source>
        <translation>Identity document type</translation>
    </message>
    <message>
        <location filename="../ops_desktop/ui/first_contact/person_form.py" line="175"/>
        <source>Numer dokumentu tożsamości</source>
        <translation>Identity document number</translation>
    </message>
    <message>
        <location filename="../ops_desktop/ui/first_contact/person_form.py" line="176"/>
        <source>numer dokumentu</source>
        <translation>document number</translation>
    </message>
    <message>
        <location filename="../ops_desktop/ui/first_contact/person_form.py" line="177"/>
        <location filename="../ops_desktop/ui/first_contact/person_form.py" line="265"/>
        <source>Data urodzenia</source>
        <translation>Date of birth</translation>
    </message>
    <message>
        <location filename="../ops_desktop/ui/first_contact/person_form.py" line="180"/>
        <source>Płeć</source>
        <translation>Sex</translation>
    </message>
    <message>
        <location filename="../ops_desktop/ui/first_contact/person_form.py" line="181"/>
        <source>– nie podano –</source>
        <translation>– not given –</translation>
    </message>
    <message>
        <location filename="../ops_desktop/ui/first_contact/person_form.py" line="182"/>
        <source>kobieta</source>
        <translation>female</translation>
    </message>
    <message>
        <location filename="../ops_desktop/ui/first_contact/person_form.py" line="183"/>
        <source>mężczyzna</source>
        <translation>male</translation>
    </message>
    <message>
        <location filename="../ops_desktop/ui/first_contact/person_form.py" line="184"/>
        <source>Ulica</source>
        <translation>Street</translation>
    </message>
    <message>
        <location filename="../ops_desktop/ui/first_contact/person_form.py" line="184"/>
        <source>puste, gdy miejscowość bez ulic</source>
        <translation>empty if the locality has no streets</translation>
    </message>
    <message>
        <location filename="../ops_desktop/ui/first_contact/person_form.py" line="185"/>
        <source>Numer domu</source>
        <translation>House number</translation>
    </message>
    <message>
        <location filename="../ops_desktop/ui/first_contact/person_form.py" line="186"/>
        <source>Numer lokalu</source>
        <translation>Flat number</translation>
    </message>
    <message>
        <location filename="../ops_desktop/ui/first_contact/person_form.py" line="187"/>
        <source>Kod pocztowy</source>
        <translation>Postcode</translation>
    </message>
    <message>
        <location filename="../ops_desktop/ui/first_contact/person_form.py" line="188"/>
        <source>Miejscowość</source>
        <translation>Town</translation>
    </message>
    <message>
        <location filename="../ops_desktop/ui/first_contact/person_form.py" line="189"/>
        <source>Telefon</source>
        <translation>Phone</translation>
    </message>
    <message>
        <location filename="../ops_desktop/ui/first_contact/person_form.py" line="198"/>
        <source>&amp;Imię:</source>
        <translation>&amp;First name:</translation>
    </message>
    <message>
        <location filename="../ops_desktop/ui/first_contact/person_form.py" line="199"/>
        <source>&amp;Nazwisko:</source>
        <translation>Last &amp;name:</translation>
    </message>
    <message>
        <location filename="../ops_desktop/ui/first_contact/person_form.py" line="200"/>
        <source>&amp;PESEL:</source>
        <translation>&amp;PESEL:</translation>
    </message>
    <message>
        <location filename="../ops_desktop/ui/first_contact/person_form.py" line="201"/>
        <source>&amp;Dokument:</source>
        <translation>&amp;Document:</translation>
    </message>
    <message>
        <location filename="../ops_desktop/ui/first_contact/person_form.py" line="204"/>
        <source>Data &amp;urodzenia:</source>
        <translation>Date of &amp;birth:</translation>
    </message>
    <message>
        <location filename="../ops_desktop/ui/first_contact/person_form.py" line="206"/>
        <source>Pł&amp;eć:</source>
        <translation>Se&amp;x:</translation>
    </message>
    <message>
        <location filename="../ops_desktop/ui/first_contact/person_form.py" line="207"/>
        <source>Przy numerze PESEL datę urodzenia i płeć odczytamy z numeru. Osobę bez PESEL rejestruje się po rodzaju i numerze dokumentu.</source>
        <translation>With a PESEL, the date of birth and sex are read from the number. A person without a PESEL is registered by document type and number.</translation>
    </message>
    <message>
        <location filename="../ops_desktop/ui/first_contact/person_form.py" line="209"/>
        <source>U&amp;lica:</source>
        <translation>St&amp;reet:</translation>
    </message>
    <message>
        <location filename="../ops_desktop/ui/first_contact/person_form.py" line="210"/>
        <source>Nr do&amp;mu / lokalu:</source>
        <translation>&amp;House / flat no.:</translation>
    </message>
    <message>
        <location filename="../ops_desktop/ui/first_contact/person_form.py" line="212"/>
        <source>&amp;Kod, miejscowość:</source>
        <translation>Post&amp;code, town:</translation>
    </message>
    <message>
        <location filename="../ops_desktop/ui/first_contact/person_form.py" line="214"/>
        <source>&amp;Telefon:</source>
        <translation>&amp;Telephone:</translation>
    </message>
    <message>
        <location filename="../ops_desktop/ui/first_contact/person_form.py" line="216"/>
        <source>Wnioskodawca</source>
        <translation>Applicant</translation>
    </message>
    <message>
        <location filename="../ops_desktop/ui/first_contact/person_form.py" line="222"/>
        <source>Dod&amp;aj członka gospodarstwa</source>
        <translation>&amp;Add household member</translation>
    </message>
    <message>
        <location filename="../ops_desktop/ui/first_contact/person_form.py" line="225"/>
        <source>Członkowie gospodarstwa domowego (mieszkają pod adresem wnioskodawcy)</source>
        <translation>Household members (living at the applicant&apos;s address)</translation>
    </message>
    <message>
        <location filename="../ops_desktop/ui/first_contact/person_form.py" line="229"/>
        <source>Brak – osoba samotnie gospodarująca. Dodaj członków, jeśli prowadzą wspólne gospodarstwo.</source>
        <translation>None – single-person household. Add members if they share the household.</translation>
    </message>
    <message>
        <location filename="../ops_desktop/ui/first_contact/person_form.py" line="247"/>
        <source>&amp;Zapisz</source>
        <translation>&amp;Save</translation>
    </message>
    <message>
        <location filename="../ops_desktop/ui/first_contact/person_form.py" line="263"/>
        <source>Pokrewieństwo</source>
        <translation>Relationship</translation>
    </message>
    <message>
        <location filename="../ops_desktop/ui/first_contact/person_form.py" line="264"/>
        <source>Dokument</source>
        <translation>Document</translation>
    </message>
    <message>
        <location filename="../ops_desktop/ui/first_contact/person_form.py" line="264"/>
        <source>Nr dokumentu</source>
        <translation>Document no.</translation>
    </message>
</context>
<context>
    <name>InboxPanel</name>
    <message>
        <location filename="../ops_desktop/ui/inbox.py" line="83"/>
        <source>Nr</source>
        <translation>No.</translation>
    </message>
    <message>
        <location filename="../ops_desktop/ui/inbox.py" line="84"/>
        <source>Pilne</source>
        <translation>Urgent</translation>
    </message>
    <message>
        <location filename="../ops_desktop/ui/inbox.py" line="84"/>
        <source>PILNE</source>
        <translation>URGENT</translation>
    </message>
    <message>
        <location filename="../ops_desktop/ui/inbox.py" line="85"/>
        <source>Wniosek</source>
        <translation>Application</translation>
    </message>
    <message>
        <location filename="../ops_desktop/ui/inbox.py" line="85"/>
        <source>złożony</source>
        <translation>lodged</translation>
    </message>
    <message>
        <location filename="../ops_desktop/ui/inbox.py" line="86"/>
        <source>Osoba</source>
        <translation>Person</translation>
    </message>
    <message>
        <location filename="../ops_desktop/ui/inbox.py" line="87"/>
        <source>PESEL</source>
        <translation>PESEL</translation>
    </message>
    <message>
        <location filename="../ops_desktop/ui/inbox.py" line="88"/>
        <source>Od</source>
        <translation>From</translation>
    </message>
    <message>
        <location filename="../ops_desktop/ui/inbox.py" line="89"/>
        <source>Przekazano</source>
        <translation>Sent</translation>
    </message>
    <message>
        <location filename="../ops_desktop/ui/inbox.py" line="90"/>
        <source>Powód</source>
        <translation>Reason</translation>
    </message>
    <message>
        <location filename="../ops_desktop/ui/inbox.py" line="92"/>
        <source>Skrzynka skierowań</source>
        <translation>Referral inbox</translation>
    </message>
    <message>
        <location filename="../ops_desktop/ui/inbox.py" line="94"/>
        <source>&amp;Przyjmij</source>
        <translation>&amp;Accept</translation>
    </message>
    <message>
        <location filename="../ops_desktop/ui/inbox.py" line="96"/>
        <source>&amp;Zwróć…</source>
        <translation>&amp;Return…</translation>
    </message>
    <message>
        <location filename="../ops_desktop/ui/inbox.py" line="119"/>
        <source>Skierowania do przyjęcia: %1</source>
        <translation>Referrals to accept: %1</translation>
    </message>
</context>
<context>
    <name>IncomeEditor</name>
    <message>
        <location filename="../ops_desktop/ui/benefits/income_editor.py" line="50"/>
        <source>Brak dochodów – dodaj wiersz albo zapisz brak dochodu.</source>
        <translation>No incomes – add a row, or save to record no income.</translation>
    </message>
    <message>
        <location filename="../ops_desktop/ui/benefits/income_editor.py" line="52"/>
        <source>&amp;Dodaj dochód</source>
        <translation>Add &amp;income</translation>
    </message>
    <message>
        <location filename="../ops_desktop/ui/benefits/income_editor.py" line="53"/>
        <source>Dodaj dochód</source>
        <translation>Add income</translation>
    </message>
    <message>
        <location filename="../ops_desktop/ui/benefits/income_editor.py" line="55"/>
        <source>Zapisz doc&amp;hody</source>
        <translation>Save inco&amp;mes</translation>
    </message>
    <message>
        <location filename="../ops_desktop/ui/benefits/income_editor.py" line="56"/>
        <source>Zapisz dochody</source>
        <translation>Save incomes</translation>
    </message>
    <message>
        <location filename="../ops_desktop/ui/benefits/income_editor.py" line="127"/>
        <source>Członek gospodarstwa</source>
        <translation>Household member</translation>
    </message>
    <message>
        <location filename="../ops_desktop/ui/benefits/income_editor.py" line="127"/>
        <source>Źródło dochodu</source>
        <translation>Income source</translation>
    </message>
    <message>
        <location filename="../ops_desktop/ui/benefits/income_editor.py" line="128"/>
        <source>Kwota netto (zł)</source>
        <translation>Net amount (zł)</translation>
    </message>
    <message>
        <location filename="../ops_desktop/ui/benefits/income_editor.py" line="133"/>
        <source>Członek gospodarstwa, wiersz %1</source>
        <translation>Household member, row %1</translation>
    </message>
    <message>
        <location filename="../ops_desktop/ui/benefits/income_editor.py" line="139"/>
        <source>Źródło dochodu, wiersz %1</source>
        <translation>Income source, row %1</translation>
    </message>
    <message>
        <location filename="../ops_desktop/ui/benefits/income_editor.py" line="140"/>
        <source>np. emerytura, wynagrodzenie</source>
        <translation>e.g. pension, salary</translation>
    </message>
    <message>
        <location filename="../ops_desktop/ui/benefits/income_editor.py" line="142"/>
        <source>Kwota, wiersz %1</source>
        <translation>Amount, row %1</translation>
    </message>
    <message>
        <location filename="../ops_desktop/ui/benefits/income_editor.py" line="147"/>
        <source>Usuń</source>
        <translation>Remove</translation>
    </message>
    <message>
        <location filename="../ops_desktop/ui/benefits/income_editor.py" line="148"/>
        <source>Usuń wiersz %1</source>
        <translation>Remove row %1</translation>
    </message>
</context>
<context>
    <name>IntakeDialog</name>
    <message>
        <location filename="../ops_desktop/ui/first_contact/intake_dialog.py" line="56"/>
        <source>Skierowanie</source>
        <translation>Referral</translation>
    </message>
    <message>
        <location filename="../ops_desktop/ui/first_contact/intake_dialog.py" line="57"/>
        <source>Zgłoszenie zapisano i przekazano do zespołu. Wydrukować skierowanie dla osoby?</source>
        <translation>The intake was saved and handed over to the team. Print the referral slip for the person?</translation>
    </message>
    <message>
        <location filename="../ops_desktop/ui/first_contact/intake_dialog.py" line="78"/>
        <source>Nie można zapisać pliku skierowania: %1</source>
        <translation>Cannot save the referral slip file: %1</translation>
    </message>
    <message>
        <location filename="../ops_desktop/ui/first_contact/intake_dialog.py" line="93"/>
        <source>Nowe zgłoszenie – %1</source>
        <translation>New intake – %1</translation>
    </message>
    <message>
        <location filename="../ops_desktop/ui/first_contact/intake_dialog.py" line="94"/>
        <source>Nowe zgłoszenie</source>
        <translation>New intake</translation>
    </message>
    <message>
        <location filename="../ops_desktop/ui/first_contact/intake_dialog.py" line="100"/>
        <source>Data i godzina przyjęcia zgłoszenia</source>
        <translation>Date and time of the intake</translation>
    </message>
    <message>
        <location filename="../ops_desktop/ui/first_contact/intake_dialog.py" line="105"/>
        <source>Sposób zgłoszenia</source>
        <translation>Contact channel</translation>
    </message>
    <message>
        <location filename="../ops_desktop/ui/first_contact/intake_dialog.py" line="108"/>
        <source>Zgłaszający</source>
        <translation>Reported by</translation>
    </message>
    <message>
        <location filename="../ops_desktop/ui/first_contact/intake_dialog.py" line="109"/>
        <source>puste – osoba zgłosiła się sama</source>
        <translation>empty – the person came on their own</translation>
    </message>
    <message>
        <location filename="../ops_desktop/ui/first_contact/intake_dialog.py" line="110"/>
        <source>Opis problemu</source>
        <translation>Problem description</translation>
    </message>
    <message>
        <location filename="../ops_desktop/ui/first_contact/intake_dialog.py" line="111"/>
        <source>Z czym osoba przychodzi – własnymi słowami pracownika</source>
        <translation>Why the person has come – in the worker&apos;s own words</translation>
    </message>
    <message>
        <location filename="../ops_desktop/ui/first_contact/intake_dialog.py" line="113"/>
        <source>Powody udzielenia pomocy (art. 7 ustawy o pomocy społecznej)</source>
        <translation>Grounds for assistance (Art. 7 of the Social Assistance Act)</translation>
    </message>
    <message>
        <location filename="../ops_desktop/ui/first_contact/intake_dialog.py" line="127"/>
        <source>Inna okoliczność – jaka</source>
        <translation>Other circumstance – specify</translation>
    </message>
    <message>
        <location filename="../ops_desktop/ui/first_contact/intake_dialog.py" line="134"/>
        <source>Sprawa pil&amp;na</source>
        <translation>&amp;Urgent case</translation>
    </message>
    <message>
        <location filename="../ops_desktop/ui/first_contact/intake_dialog.py" line="138"/>
        <source>Wynik rozmowy</source>
        <translation>Outcome of the interview</translation>
    </message>
    <message>
        <location filename="../ops_desktop/ui/first_contact/intake_dialog.py" line="141"/>
        <source>Udzielono &amp;informacji lub porady</source>
        <translation>&amp;Information or advice given</translation>
    </message>
    <message>
        <location filename="../ops_desktop/ui/first_contact/intake_dialog.py" line="142"/>
        <source>S&amp;kierowano do zespołu</source>
        <translation>Referred to a t&amp;eam</translation>
    </message>
    <message>
        <location filename="../ops_desktop/ui/first_contact/intake_dialog.py" line="143"/>
        <source>Przyjęto &amp;wniosek</source>
        <translation>Application &amp;lodged</translation>
    </message>
    <message>
        <location filename="../ops_desktop/ui/first_contact/intake_dialog.py" line="156"/>
        <source>Zespół, do którego kierujemy</source>
        <translation>Team to refer to</translation>
    </message>
    <message>
        <location filename="../ops_desktop/ui/first_contact/intake_dialog.py" line="159"/>
        <source>Powód skierowania</source>
        <translation>Reason for referral</translation>
    </message>
    <message>
        <location filename="../ops_desktop/ui/first_contact/intake_dialog.py" line="160"/>
        <source>puste – jak opis problemu</source>
        <translation>empty – same as the problem description</translation>
    </message>
    <message>
        <location filename="../ops_desktop/ui/first_contact/intake_dialog.py" line="161"/>
        <source>Udzielona informacja lub porada</source>
        <translation>Information or advice given</translation>
    </message>
    <message>
        <location filename="../ops_desktop/ui/first_contact/intake_dialog.py" line="168"/>
        <source>&amp;Zapisz zgłoszenie</source>
        <translation>&amp;Save intake</translation>
    </message>
    <message>
        <location filename="../ops_desktop/ui/first_contact/intake_dialog.py" line="170"/>
        <source>Ctrl+Enter</source>
        <translation>Ctrl+Enter</translation>
    </message>
    <message>
        <location filename="../ops_desktop/ui/first_contact/intake_dialog.py" line="177"/>
        <source>Przyjęto &amp;dnia:</source>
        <translation>&amp;Date taken:</translation>
    </message>
    <message>
        <location filename="../ops_desktop/ui/first_contact/intake_dialog.py" line="180"/>
        <source>Zgłasza&amp;jący:</source>
        <translation>Reported &amp;by:</translation>
    </message>
    <message>
        <location filename="../ops_desktop/ui/first_contact/intake_dialog.py" line="182"/>
        <source>&amp;Problem:</source>
        <translation>&amp;Problem:</translation>
    </message>
    <message>
        <location filename="../ops_desktop/ui/first_contact/intake_dialog.py" line="186"/>
        <source>Do zesp&amp;ołu:</source>
        <translation>To &amp;team:</translation>
    </message>
    <message>
        <location filename="../ops_desktop/ui/first_contact/intake_dialog.py" line="188"/>
        <source>Powód skie&amp;rowania:</source>
        <translation>&amp;Reason for referral:</translation>
    </message>
    <message>
        <location filename="../ops_desktop/ui/first_contact/intake_dialog.py" line="190"/>
        <source>Udzielona porad&amp;a:</source>
        <translation>Advice &amp;given:</translation>
    </message>
    <message>
        <location filename="../ops_desktop/ui/first_contact/intake_dialog.py" line="197"/>
        <source>Osoba: %1</source>
        <translation>Person: %1</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../ops_desktop/ui/main_window.py" line="107"/>
        <source>%1 – %2</source>
        <translation>%1 – %2</translation>
    </message>
    <message>
        <location filename="../ops_desktop/ui/main_window.py" line="128"/>
        <source>Zalogowano: %1 (%2)</source>
        <translation>Logged in: %1 (%2)</translation>
    </message>
    <message>
        <location filename="../ops_desktop/ui/main_window.py" line="137"/>
        <source>&amp;Plik</source>
        <translation>&amp;File</translation>
    </message>
    <message>
        <location filename="../ops_desktop/ui/main_window.py" line="138"/>
        <source>&amp;Zakończ</source>
        <translation>E&amp;xit</translation>
    </message>
    <message>
        <location filename="../ops_desktop/ui/main_window.py" line="142"/>
        <source>&amp;Konto</source>
        <translation>&amp;Account</translation>
    </message>
    <message>
        <location filename="../ops_desktop/ui/main_window.py" line="143"/>
        <source>Zmień &amp;hasło…</source>
        <translation>Change &amp;password…</translation>
    </message>
    <message>
        <location filename="../ops_desktop/ui/main_window.py" line="146"/>
        <source>&amp;Zablokuj</source>
        <translation>&amp;Lock</translation>
    </message>
    <message>
        <location filename="../ops_desktop/ui/main_window.py" line="155"/>
        <source>Pomo&amp;c</source>
        <translation>&amp;Help</translation>
    </message>
    <message>
        <location filename="../ops_desktop/ui/main_window.py" line="156"/>
        <location filename="../ops_desktop/ui/main_window.py" line="166"/>
        <source>O programie</source>
        <translation>About</translation>
    </message>
    <message>
        <location filename="../ops_desktop/ui/main_window.py" line="167"/>
        <source>ops_desktop %1 – program ośrodka pomocy społecznej.</source>
        <translation>ops_desktop %1 – software for a social assistance centre.</translation>
    </message>
    <message>
        <location filename="../ops_desktop/ui/main_window.py" line="174"/>
        <source>Hasło zostało zmienione.</source>
        <translation>The password has been changed.</translation>
    </message>
</context>
<context>
    <name>MemberRow</name>
    <message>
        <location filename="../ops_desktop/ui/first_contact/person_form.py" line="61"/>
        <source>11 cyfr</source>
        <translation>11 digits</translation>
    </message>
    <message>
        <location filename="../ops_desktop/ui/first_contact/person_form.py" line="65"/>
        <source>Usuń</source>
        <translation>Remove</translation>
    </message>
    <message>
        <location filename="../ops_desktop/ui/first_contact/person_form.py" line="88"/>
        <source>Członek %1 – stopień pokrewieństwa</source>
        <translation>Member %1 – relationship</translation>
    </message>
    <message>
        <location filename="../ops_desktop/ui/first_contact/person_form.py" line="89"/>
        <source>Członek %1 – imię</source>
        <translation>Member %1 – first name</translation>
    </message>
    <message>
        <location filename="../ops_desktop/ui/first_contact/person_form.py" line="90"/>
        <source>Członek %1 – nazwisko</source>
        <translation>Member %1 – surname</translation>
    </message>
    <message>
        <location filename="../ops_desktop/ui/first_contact/person_form.py" line="91"/>
        <source>Członek %1 – PESEL</source>
        <translation>Member %1 – PESEL</translation>
    </message>
    <message>
        <location filename="../ops_desktop/ui/first_contact/person_form.py" line="92"/>
        <source>Członek %1 – rodzaj dokumentu</source>
        <translation>Member %1 – document type</translation>
    </message>
    <message>
        <location filename="../ops_desktop/ui/first_contact/person_form.py" line="93"/>
        <source>Członek %1 – numer dokumentu</source>
        <translation>Member %1 – document number</translation>
    </message>
    <message>
        <location filename="../ops_desktop/ui/first_contact/person_form.py" line="94"/>
        <source>Członek %1 – data urodzenia</source>
        <translation>Member %1 – date of birth</translation>
    </message>
    <message>
        <location filename="../ops_desktop/ui/first_contact/person_form.py" line="104"/>
        <source>Usuń członka %1</source>
        <translation>Remove member %1</translation>
    </message>
</context>
<context>
    <name>NewUserDialog</name>
    <message>
        <location filename="../ops_desktop/ui/admin/user_dialogs.py" line="78"/>
        <source>Nowy użytkownik</source>
        <translation>New user</translation>
    </message>
    <message>
        <location filename="../ops_desktop/ui/admin/user_dialogs.py" line="80"/>
        <source>Login</source>
        <translation>Username</translation>
    </message>
    <message>
        <location filename="../ops_desktop/ui/admin/user_dialogs.py" line="80"/>
        <source>np. jkowalska</source>
        <translation>e.g. jkowalska</translation>
    </message>
    <message>
        <location filename="../ops_desktop/ui/admin/user_dialogs.py" line="81"/>
        <source>Imię i nazwisko</source>
        <translation>Full name</translation>
    </message>
    <message>
        <location filename="../ops_desktop/ui/admin/user_dialogs.py" line="82"/>
        <source>Stanowisko</source>
        <translation>Job title</translation>
    </message>
    <message>
        <location filename="../ops_desktop/ui/admin/user_dialogs.py" line="84"/>
        <source>Hasło tymczasowe</source>
        <translation>Temporary password</translation>
    </message>
    <message>
        <location filename="../ops_desktop/ui/admin/user_dialogs.py" line="85"/>
        <source>Powtórz hasło</source>
        <translation>Repeat password</translation>
    </message>
    <message>
        <location filename="../ops_desktop/ui/admin/user_dialogs.py" line="86"/>
        <source>&amp;Utwórz konto</source>
        <translation>&amp;Create account</translation>
    </message>
    <message>
        <location filename="../ops_desktop/ui/admin/user_dialogs.py" line="90"/>
        <source>&amp;Login:</source>
        <translation>&amp;Username:</translation>
    </message>
    <message>
        <location filename="../ops_desktop/ui/admin/user_dialogs.py" line="91"/>
        <source>&amp;Imię i nazwisko:</source>
        <translation>&amp;Full name:</translation>
    </message>
    <message>
        <location filename="../ops_desktop/ui/admin/user_dialogs.py" line="93"/>
        <source>&amp;Stanowisko:</source>
        <translation>&amp;Job title:</translation>
    </message>
    <message>
        <location filename="../ops_desktop/ui/admin/user_dialogs.py" line="95"/>
        <source>&amp;Role:</source>
        <translation>&amp;Roles:</translation>
    </message>
    <message>
        <location filename="../ops_desktop/ui/admin/user_dialogs.py" line="97"/>
        <source>&amp;Hasło tymczasowe:</source>
        <translation>&amp;Temporary password:</translation>
    </message>
    <message>
        <location filename="../ops_desktop/ui/admin/user_dialogs.py" line="99"/>
        <source>Po&amp;wtórz hasło:</source>
        <translation>Re&amp;peat password:</translation>
    </message>
    <message>
        <location filename="../ops_desktop/ui/admin/user_dialogs.py" line="103"/>
        <source>Co najmniej 10 znaków, bez loginu. Przekaż hasło osobiście – przy pierwszym logowaniu użytkownik musi je zmienić.</source>
        <translation>At least 10 characters, not containing the username. Hand the password over in person – the user must change it at the first sign-in.</translation>
    </message>
</context>
<context>
    <name>NoteDialog</name>
    <message>
        <location filename="../ops_desktop/ui/social_work/note_dialog.py" line="35"/>
        <source>Nowa notatka</source>
        <translation>New note</translation>
    </message>
    <message>
        <location filename="../ops_desktop/ui/social_work/note_dialog.py" line="35"/>
        <source>Poprawa notatki</source>
        <translation>Correcting a note</translation>
    </message>
    <message>
        <location filename="../ops_desktop/ui/social_work/note_dialog.py" line="37"/>
        <source>Rodzaj notatki</source>
        <translation>Type of note</translation>
    </message>
    <message>
        <location filename="../ops_desktop/ui/social_work/note_dialog.py" line="39"/>
        <source>Data zdarzenia</source>
        <translation>Date of event</translation>
    </message>
    <message>
        <location filename="../ops_desktop/ui/social_work/note_dialog.py" line="41"/>
        <source>Treść notatki</source>
        <translation>Note text</translation>
    </message>
    <message>
        <location filename="../ops_desktop/ui/social_work/note_dialog.py" line="48"/>
        <source>&amp;Zapisz notatkę</source>
        <translation>&amp;Save note</translation>
    </message>
    <message>
        <location filename="../ops_desktop/ui/social_work/note_dialog.py" line="51"/>
        <source>Ctrl+Enter</source>
        <translation>Ctrl+Enter</translation>
    </message>
    <message>
        <location filename="../ops_desktop/ui/social_work/note_dialog.py" line="55"/>
        <source>&amp;Rodzaj:</source>
        <translation>&amp;Type:</translation>
    </message>
    <message>
        <location filename="../ops_desktop/ui/social_work/note_dialog.py" line="56"/>
        <source>&amp;Data zdarzenia:</source>
        <translation>&amp;Date of event:</translation>
    </message>
    <message>
        <location filename="../ops_desktop/ui/social_work/note_dialog.py" line="58"/>
        <source>&amp;Treść:</source>
        <translation>&amp;Content:</translation>
    </message>
    <message>
        <location filename="../ops_desktop/ui/social_work/note_dialog.py" line="60"/>
        <source>Sprawa %1 – %2 (założona %3)</source>
        <translation>Case %1 – %2 (opened %3)</translation>
    </message>
</context>
<context>
    <name>NotesPanel</name>
    <message>
        <location filename="../ops_desktop/ui/social_work/notes.py" line="69"/>
        <source>Data</source>
        <translation>Date</translation>
    </message>
    <message>
        <location filename="../ops_desktop/ui/social_work/notes.py" line="70"/>
        <source>Rodzaj</source>
        <translation>Type</translation>
    </message>
    <message>
        <location filename="../ops_desktop/ui/social_work/notes.py" line="71"/>
        <source>Autor</source>
        <translation>Author</translation>
    </message>
    <message>
        <location filename="../ops_desktop/ui/social_work/notes.py" line="72"/>
        <source>Treść</source>
        <translation>Text</translation>
    </message>
    <message>
        <location filename="../ops_desktop/ui/social_work/notes.py" line="74"/>
        <source>Notatki sprawy</source>
        <translation>Case notes</translation>
    </message>
    <message>
        <location filename="../ops_desktop/ui/social_work/notes.py" line="78"/>
        <source>&amp;Nowa notatka…</source>
        <translation>&amp;New note…</translation>
    </message>
    <message>
        <location filename="../ops_desktop/ui/social_work/notes.py" line="80"/>
        <source>Popra&amp;w treść…</source>
        <translation>&amp;Correct text…</translation>
    </message>
    <message>
        <location filename="../ops_desktop/ui/social_work/notes.py" line="82"/>
        <source>Notatkę poprawia tylko jej autor, w dniu jej sporządzenia.</source>
        <translation>A note can be corrected only by its author, on the day it was written.</translation>
    </message>
    <message>
        <location filename="../ops_desktop/ui/social_work/notes.py" line="90"/>
        <source>Niebieska Karta – dane szczególnie chronione. Nie udostępniaj poza zespołem i grupą diagnostyczno-pomocową.</source>
        <translation>Blue Card procedure – specially protected data. Do not share outside the team and the diagnostic and support group.</translation>
    </message>
    <message>
        <location filename="../ops_desktop/ui/social_work/notes.py" line="97"/>
        <source>Pełna treść notatki</source>
        <translation>Full text of the note</translation>
    </message>
    <message>
        <location filename="../ops_desktop/ui/social_work/notes.py" line="122"/>
        <source>Wybierz sprawę z listy, aby zobaczyć jej notatki.</source>
        <translation>Select a case from the list to see its notes.</translation>
    </message>
    <message>
        <location filename="../ops_desktop/ui/social_work/notes.py" line="129"/>
        <source>Notatki: %1 – %2 (%3)</source>
        <translation>Notes: %1 – %2 (%3)</translation>
    </message>
    <message>
        <location filename="../ops_desktop/ui/social_work/notes.py" line="159"/>
        <source>%1, %2 – %3; zapisano %4</source>
        <translation>%1, %2 – %3; written %4</translation>
    </message>
    <message>
        <location filename="../ops_desktop/ui/social_work/notes.py" line="163"/>
        <source> (poprawiona w dniu sporządzenia)</source>
        <translation> (corrected on the day it was written)</translation>
    </message>
</context>
<context>
    <name>OfficePage</name>
    <message>
        <location filename="../ops_desktop/ui/setup_wizard.py" line="29"/>
        <source>Nazwa ośrodka</source>
        <translation>Office name</translation>
    </message>
    <message>
        <location filename="../ops_desktop/ui/setup_wizard.py" line="30"/>
        <source>Adres ośrodka (ulica, kod i miejscowość – w osobnych wierszach)</source>
        <translation>Office address (street, postcode and town – on separate lines)</translation>
    </message>
    <message>
        <location filename="../ops_desktop/ui/setup_wizard.py" line="31"/>
        <source>Miejscowość (do daty na pismach)</source>
        <translation>Town (for the date on letters)</translation>
    </message>
    <message>
        <location filename="../ops_desktop/ui/setup_wizard.py" line="32"/>
        <source>Organ „z upoważnienia” (np. Burmistrza Miasta i Gminy Lipowiec, Wójta Gminy …)</source>
        <translation>Authority for “z upoważnienia” (by authorisation of; e.g. Burmistrza Miasta i Gminy Lipowiec, Wójta Gminy …)</translation>
    </message>
    <message>
        <location filename="../ops_desktop/ui/setup_wizard.py" line="33"/>
        <source>Samorządowe Kolegium Odwoławcze – nazwa</source>
        <translation>Local government appeal board (SKO) – name</translation>
    </message>
    <message>
        <location filename="../ops_desktop/ui/setup_wizard.py" line="34"/>
        <source>Adres SKO</source>
        <translation>SKO address</translation>
    </message>
    <message>
        <location filename="../ops_desktop/ui/setup_wizard.py" line="35"/>
        <source>Telefon</source>
        <translation>Phone</translation>
    </message>
    <message>
        <location filename="../ops_desktop/ui/setup_wizard.py" line="36"/>
        <source>E-mail</source>
        <translation>E-mail</translation>
    </message>
    <message>
        <location filename="../ops_desktop/ui/setup_wizard.py" line="43"/>
        <source>Dane ośrodka</source>
        <translation>Office details</translation>
    </message>
    <message>
        <location filename="../ops_desktop/ui/setup_wizard.py" line="44"/>
        <source>Drukowane na każdej decyzji. Można je później zmienić w zakładce administratora.</source>
        <translation>Printed on every decision. They can be changed later in the administrator tab.</translation>
    </message>
</context>
<context>
    <name>OfficeSettingsPanel</name>
    <message>
        <location filename="../ops_desktop/ui/admin/office_settings.py" line="36"/>
        <source>&amp;Nazwa ośrodka *</source>
        <translation>Office &amp;name *</translation>
    </message>
    <message>
        <location filename="../ops_desktop/ui/admin/office_settings.py" line="37"/>
        <source>&amp;Adres ośrodka</source>
        <translation>Office &amp;address</translation>
    </message>
    <message>
        <location filename="../ops_desktop/ui/admin/office_settings.py" line="38"/>
        <source>&amp;Miejscowość (w dacie pism)</source>
        <translation>&amp;Town (in the date on letters)</translation>
    </message>
    <message>
        <location filename="../ops_desktop/ui/admin/office_settings.py" line="39"/>
        <source>&amp;Telefon</source>
        <translation>Tele&amp;phone</translation>
    </message>
    <message>
        <location filename="../ops_desktop/ui/admin/office_settings.py" line="40"/>
        <source>&amp;E-mail</source>
        <translation>&amp;E-mail</translation>
    </message>
    <message>
        <location filename="../ops_desktop/ui/admin/office_settings.py" line="41"/>
        <source>&amp;Organ – „z upoważnienia …” *</source>
        <translation>Auth&amp;ority – “z upoważnienia …” (by authorisation of) *</translation>
    </message>
    <message>
        <location filename="../ops_desktop/ui/admin/office_settings.py" line="42"/>
        <source>Samorządowe &amp;Kolegium Odwoławcze *</source>
        <translation>Local government appeal &amp;board (SKO) *</translation>
    </message>
    <message>
        <location filename="../ops_desktop/ui/admin/office_settings.py" line="43"/>
        <source>Adres &amp;SKO</source>
        <translation>SKO a&amp;ddress</translation>
    </message>
    <message>
        <location filename="../ops_desktop/ui/admin/office_settings.py" line="44"/>
        <source>S&amp;ymbol komórki w znaku sprawy</source>
        <translation>Unit s&amp;ymbol in the case reference</translation>
    </message>
    <message>
        <location filename="../ops_desktop/ui/admin/office_settings.py" line="47"/>
        <source>ulica i numer
kod pocztowy i miejscowość</source>
        <translation>street and number
postcode and town</translation>
    </message>
    <message>
        <location filename="../ops_desktop/ui/admin/office_settings.py" line="48"/>
        <source>np. Wójta Gminy Lipowiec, Burmistrza Miasta i Gminy …</source>
        <translation>e.g. Wójta Gminy Lipowiec, Burmistrza Miasta i Gminy …</translation>
    </message>
    <message>
        <location filename="../ops_desktop/ui/admin/office_settings.py" line="49"/>
        <source>np. OPS</source>
        <translation>e.g. OPS</translation>
    </message>
    <message>
        <location filename="../ops_desktop/ui/admin/office_settings.py" line="60"/>
        <source>Symbol z wykazu akt – %1</source>
        <translation>Symbol from the file classification list – %1</translation>
    </message>
    <message>
        <location filename="../ops_desktop/ui/admin/office_settings.py" line="84"/>
        <source>&amp;Zapisz dane ośrodka</source>
        <translation>&amp;Save office details</translation>
    </message>
    <message>
        <location filename="../ops_desktop/ui/admin/office_settings.py" line="86"/>
        <source>&amp;Przywróć zapisane</source>
        <translation>&amp;Revert to saved</translation>
    </message>
    <message>
        <location filename="../ops_desktop/ui/admin/office_settings.py" line="93"/>
        <source>Dane drukowane na każdej decyzji i piśmie. Pola z gwiazdką są wymagane; adresy można wpisać w kilku wierszach.</source>
        <translation>Details printed on every decision and letter. Fields marked with an asterisk are required; addresses may take several lines.</translation>
    </message>
    <message>
        <location filename="../ops_desktop/ui/admin/office_settings.py" line="150"/>
        <source>Pod decyzją: „z upoważnienia %1”</source>
        <translation>Below the decision: “z upoważnienia %1” (by authorisation of)</translation>
    </message>
    <message>
        <location filename="../ops_desktop/ui/admin/office_settings.py" line="160"/>
        <source>Zapisano dane ośrodka.</source>
        <translation>Office details saved.</translation>
    </message>
</context>
<context>
    <name>OptionalDate</name>
    <message>
        <location filename="../ops_desktop/ui/first_contact/inputs.py" line="41"/>
        <source>%1 – podana</source>
        <translation>%1 – given</translation>
    </message>
    <message>
        <location filename="../ops_desktop/ui/first_contact/inputs.py" line="42"/>
        <source>Zaznacz, aby wpisać datę</source>
        <translation>Tick to enter a date</translation>
    </message>
    <message>
        <location filename="../ops_desktop/ui/first_contact/inputs.py" line="49"/>
        <source>nie podano</source>
        <translation>not given</translation>
    </message>
</context>
<context>
    <name>PersonFileDialog</name>
    <message>
        <location filename="../ops_desktop/ui/first_contact/person_file.py" line="241"/>
        <source>Kartoteka osoby – %1</source>
        <translation>Person file – %1</translation>
    </message>
    <message>
        <location filename="../ops_desktop/ui/first_contact/person_file.py" line="242"/>
        <source>Kartoteka osoby</source>
        <translation>Person file</translation>
    </message>
</context>
<context>
    <name>PersonFileView</name>
    <message>
        <location filename="../ops_desktop/ui/first_contact/person_file.py" line="61"/>
        <source>PESEL / dokument:</source>
        <translation>PESEL / document:</translation>
    </message>
    <message>
        <location filename="../ops_desktop/ui/first_contact/person_file.py" line="62"/>
        <source>Data urodzenia:</source>
        <translation>Date of birth:</translation>
    </message>
    <message>
        <location filename="../ops_desktop/ui/first_contact/person_file.py" line="63"/>
        <source>Adres:</source>
        <translation>Address:</translation>
    </message>
    <message>
        <location filename="../ops_desktop/ui/first_contact/person_file.py" line="64"/>
        <source>Telefon:</source>
        <translation>Phone:</translation>
    </message>
    <message>
        <location filename="../ops_desktop/ui/first_contact/person_file.py" line="73"/>
        <source>Pokrewieństwo</source>
        <translation>Relationship</translation>
    </message>
    <message>
        <location filename="../ops_desktop/ui/first_contact/person_file.py" line="74"/>
        <source>Imię i nazwisko</source>
        <translation>Full name</translation>
    </message>
    <message>
        <location filename="../ops_desktop/ui/first_contact/person_file.py" line="75"/>
        <source>PESEL</source>
        <translation>PESEL</translation>
    </message>
    <message>
        <location filename="../ops_desktop/ui/first_contact/person_file.py" line="76"/>
        <source>Data urodzenia</source>
        <translation>Date of birth</translation>
    </message>
    <message>
        <location filename="../ops_desktop/ui/first_contact/person_file.py" line="80"/>
        <location filename="../ops_desktop/ui/first_contact/person_file.py" line="89"/>
        <source>Data</source>
        <translation>Date</translation>
    </message>
    <message>
        <location filename="../ops_desktop/ui/first_contact/person_file.py" line="81"/>
        <source>Sposób</source>
        <translation>Channel</translation>
    </message>
    <message>
        <location filename="../ops_desktop/ui/first_contact/person_file.py" line="82"/>
        <source>Wynik</source>
        <translation>Outcome</translation>
    </message>
    <message>
        <location filename="../ops_desktop/ui/first_contact/person_file.py" line="83"/>
        <source>Pilne</source>
        <translation>Urgent</translation>
    </message>
    <message>
        <location filename="../ops_desktop/ui/first_contact/person_file.py" line="83"/>
        <source>PILNE</source>
        <translation>URGENT</translation>
    </message>
    <message>
        <location filename="../ops_desktop/ui/first_contact/person_file.py" line="84"/>
        <source>Problem</source>
        <translation>Problem</translation>
    </message>
    <message>
        <location filename="../ops_desktop/ui/first_contact/person_file.py" line="84"/>
        <source>(treść tylko dla zespołów pracy z osobą)</source>
        <translation>(content only for the teams working with the person)</translation>
    </message>
    <message>
        <location filename="../ops_desktop/ui/first_contact/person_file.py" line="88"/>
        <source>Numer</source>
        <translation>Number</translation>
    </message>
    <message>
        <location filename="../ops_desktop/ui/first_contact/person_file.py" line="90"/>
        <source>Do zespołu</source>
        <translation>To team</translation>
    </message>
    <message>
        <location filename="../ops_desktop/ui/first_contact/person_file.py" line="91"/>
        <location filename="../ops_desktop/ui/first_contact/person_file.py" line="102"/>
        <location filename="../ops_desktop/ui/first_contact/person_file.py" line="111"/>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <location filename="../ops_desktop/ui/first_contact/person_file.py" line="92"/>
        <source>Powód</source>
        <translation>Reason</translation>
    </message>
    <message>
        <location filename="../ops_desktop/ui/first_contact/person_file.py" line="95"/>
        <location filename="../ops_desktop/ui/first_contact/person_file.py" line="103"/>
        <location filename="../ops_desktop/ui/first_contact/person_file.py" line="106"/>
        <source>Znak sprawy</source>
        <translation>Case ref.</translation>
    </message>
    <message>
        <location filename="../ops_desktop/ui/first_contact/person_file.py" line="96"/>
        <source>Zespół</source>
        <translation>Team</translation>
    </message>
    <message>
        <location filename="../ops_desktop/ui/first_contact/person_file.py" line="97"/>
        <source>Założona</source>
        <translation>Opened</translation>
    </message>
    <message>
        <location filename="../ops_desktop/ui/first_contact/person_file.py" line="100"/>
        <source>Data wpływu</source>
        <translation>Received</translation>
    </message>
    <message>
        <location filename="../ops_desktop/ui/first_contact/person_file.py" line="101"/>
        <location filename="../ops_desktop/ui/first_contact/person_file.py" line="107"/>
        <source>Forma pomocy</source>
        <translation>Form of assistance</translation>
    </message>
    <message>
        <location filename="../ops_desktop/ui/first_contact/person_file.py" line="108"/>
        <source>Rodzaj</source>
        <translation>Type</translation>
    </message>
    <message>
        <location filename="../ops_desktop/ui/first_contact/person_file.py" line="109"/>
        <source>Kwota</source>
        <translation>Amount</translation>
    </message>
    <message>
        <location filename="../ops_desktop/ui/first_contact/person_file.py" line="112"/>
        <source>Data wydania</source>
        <translation>Issued on</translation>
    </message>
    <message>
        <location filename="../ops_desktop/ui/first_contact/person_file.py" line="115"/>
        <location filename="../ops_desktop/ui/first_contact/person_file.py" line="146"/>
        <source>Gospodarstwo domowe</source>
        <translation>Household</translation>
    </message>
    <message>
        <location filename="../ops_desktop/ui/first_contact/person_file.py" line="122"/>
        <source>Zgłoszenia (%1)</source>
        <translation>Intakes (%1)</translation>
    </message>
    <message>
        <location filename="../ops_desktop/ui/first_contact/person_file.py" line="123"/>
        <source>Skierowania (%1)</source>
        <translation>Referrals (%1)</translation>
    </message>
    <message>
        <location filename="../ops_desktop/ui/first_contact/person_file.py" line="124"/>
        <source>Sprawy (%1)</source>
        <translation>Cases (%1)</translation>
    </message>
    <message>
        <location filename="../ops_desktop/ui/first_contact/person_file.py" line="125"/>
        <source>Wnioski (%1)</source>
        <translation>Applications (%1)</translation>
    </message>
    <message>
        <location filename="../ops_desktop/ui/first_contact/person_file.py" line="126"/>
        <source>Decyzje (%1)</source>
        <translation>Decisions (%1)</translation>
    </message>
    <message>
        <location filename="../ops_desktop/ui/first_contact/person_file.py" line="129"/>
        <source>Zgłoszenia osoby</source>
        <translation>Person&apos;s intakes</translation>
    </message>
    <message>
        <location filename="../ops_desktop/ui/first_contact/person_file.py" line="130"/>
        <source>Skierowania osoby</source>
        <translation>Person&apos;s referrals</translation>
    </message>
    <message>
        <location filename="../ops_desktop/ui/first_contact/person_file.py" line="131"/>
        <source>Sprawy osoby</source>
        <translation>Person&apos;s cases</translation>
    </message>
    <message>
        <location filename="../ops_desktop/ui/first_contact/person_file.py" line="132"/>
        <source>Wnioski osoby</source>
        <translation>Person&apos;s applications</translation>
    </message>
    <message>
        <location filename="../ops_desktop/ui/first_contact/person_file.py" line="133"/>
        <source>Decyzje wydane dla osoby</source>
        <translation>Decisions issued for the person</translation>
    </message>
    <message>
        <location filename="../ops_desktop/ui/first_contact/person_file.py" line="155"/>
        <source>Wyszukaj osobę i naciśnij Enter, aby zobaczyć jej kartotekę.</source>
        <translation>Search for a person and press Enter to see their file.</translation>
    </message>
    <message>
        <location filename="../ops_desktop/ui/first_contact/person_file.py" line="169"/>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <location filename="../ops_desktop/ui/first_contact/person_file.py" line="175"/>
        <source>PESEL %1</source>
        <translation>PESEL %1</translation>
    </message>
    <message>
        <location filename="../ops_desktop/ui/first_contact/person_file.py" line="183"/>
        <source>brak</source>
        <translation>none</translation>
    </message>
    <message>
        <location filename="../ops_desktop/ui/first_contact/person_file.py" line="195"/>
        <source>kobieta</source>
        <translation>female</translation>
    </message>
    <message>
        <location filename="../ops_desktop/ui/first_contact/person_file.py" line="195"/>
        <source>mężczyzna</source>
        <translation>male</translation>
    </message>
    <message>
        <location filename="../ops_desktop/ui/first_contact/person_file.py" line="197"/>
        <source>nie podano</source>
        <translation>not given</translation>
    </message>
    <message>
        <location filename="../ops_desktop/ui/first_contact/person_file.py" line="198"/>
        <source>brak adresu</source>
        <translation>no address</translation>
    </message>
</context>
<context>
    <name>QMessageBox</name>
    <message>
        <location filename="../ops_desktop/ui/guard.py" line="26"/>
        <source>Ośrodek Pomocy Społecznej</source>
        <translation>Social Assistance Centre</translation>
    </message>
</context>
<context>
    <name>QProgressDialog</name>
    <message>
        <location filename="../ops_desktop/ui/worker.py" line="56"/>
        <source>Anuluj</source>
        <translation>Cancel</translation>
    </message>
</context>
<context>
    <name>RecoveryDialog</name>
    <message>
        <location filename="../ops_desktop/ui/recovery.py" line="55"/>
        <source>Baza danych jest uszkodzona</source>
        <translation>The database is damaged</translation>
    </message>
    <message>
        <location filename="../ops_desktop/ui/recovery.py" line="57"/>
        <source>Plik bazy danych programu jest uszkodzony i nie można z niego pracować.

Można przywrócić dane z kopii zapasowej: podłącz dysk z kopiami, wybierz folder, zaznacz kopię (najnowsza jest na górze) i podaj hasło kopii zapisane w sejfie. Dane wpisane po wykonaniu tej kopii trzeba będzie wprowadzić ponownie. Uszkodzony plik zostanie zachowany obok, do wglądu informatyka.</source>
        <translation>The program&apos;s database file is damaged and cannot be worked with.

The data can be restored from a backup: connect the drive with the backups, choose the folder, select a backup (the newest is at the top) and enter the backup password kept in the safe. Data entered after that backup was made will have to be entered again. The damaged file will be kept alongside for the IT specialist to examine.</translation>
    </message>
    <message>
        <location filename="../ops_desktop/ui/recovery.py" line="66"/>
        <source>Folder kopii zapasowych</source>
        <translation>Backup folder</translation>
    </message>
    <message>
        <location filename="../ops_desktop/ui/recovery.py" line="68"/>
        <source>&amp;Wybierz…</source>
        <translation>&amp;Choose…</translation>
    </message>
    <message>
        <location filename="../ops_desktop/ui/recovery.py" line="68"/>
        <source>Wybierz folder</source>
        <translation>Choose folder</translation>
    </message>
    <message>
        <location filename="../ops_desktop/ui/recovery.py" line="71"/>
        <source>Folder kopii:</source>
        <translation>Backup folder:</translation>
    </message>
    <message>
        <location filename="../ops_desktop/ui/recovery.py" line="75"/>
        <source>Kopie zapasowe</source>
        <translation>Backups</translation>
    </message>
    <message>
        <location filename="../ops_desktop/ui/recovery.py" line="78"/>
        <source>Hasło kopii</source>
        <translation>Backup password</translation>
    </message>
    <message>
        <location filename="../ops_desktop/ui/recovery.py" line="82"/>
        <source>&amp;Przywróć wybraną kopię</source>
        <translation>&amp;Restore selected backup</translation>
    </message>
    <message>
        <location filename="../ops_desktop/ui/recovery.py" line="85"/>
        <source>&amp;Zamknij program</source>
        <translation>E&amp;xit program</translation>
    </message>
    <message>
        <location filename="../ops_desktop/ui/recovery.py" line="96"/>
        <source>&amp;Hasło kopii:</source>
        <translation>Backup pass&amp;word:</translation>
    </message>
    <message>
        <location filename="../ops_desktop/ui/recovery.py" line="115"/>
        <source>%1 – %2, liczba wierszy: %3</source>
        <translation>%1 – %2, number of rows: %3</translation>
    </message>
    <message>
        <location filename="../ops_desktop/ui/recovery.py" line="123"/>
        <source>W tym folderze nie ma kopii zapasowych programu.</source>
        <translation>There are no program backups in this folder.</translation>
    </message>
    <message>
        <location filename="../ops_desktop/ui/recovery.py" line="135"/>
        <source>Zaznacz kopię na liście.</source>
        <translation>Select a backup in the list.</translation>
    </message>
    <message>
        <location filename="../ops_desktop/ui/recovery.py" line="141"/>
        <source>Sprawdzanie i przywracanie kopii…</source>
        <translation>Verifying and restoring the backup…</translation>
    </message>
</context>
<context>
    <name>ResetPasswordDialog</name>
    <message>
        <location filename="../ops_desktop/ui/admin/user_dialogs.py" line="173"/>
        <source>Reset hasła – %1</source>
        <translation>Password reset – %1</translation>
    </message>
    <message>
        <location filename="../ops_desktop/ui/admin/user_dialogs.py" line="175"/>
        <source>Hasło tymczasowe</source>
        <translation>Temporary password</translation>
    </message>
    <message>
        <location filename="../ops_desktop/ui/admin/user_dialogs.py" line="176"/>
        <source>Powtórz hasło</source>
        <translation>Repeat password</translation>
    </message>
    <message>
        <location filename="../ops_desktop/ui/admin/user_dialogs.py" line="177"/>
        <source>&amp;Ustaw hasło tymczasowe</source>
        <translation>&amp;Set temporary password</translation>
    </message>
    <message>
        <location filename="../ops_desktop/ui/admin/user_dialogs.py" line="180"/>
        <source>Użytkownik:</source>
        <translation>User:</translation>
    </message>
    <message>
        <location filename="../ops_desktop/ui/admin/user_dialogs.py" line="181"/>
        <source>&amp;Hasło tymczasowe:</source>
        <translation>&amp;Temporary password:</translation>
    </message>
    <message>
        <location filename="../ops_desktop/ui/admin/user_dialogs.py" line="183"/>
        <source>Po&amp;wtórz hasło:</source>
        <translation>Re&amp;peat password:</translation>
    </message>
    <message>
        <location filename="../ops_desktop/ui/admin/user_dialogs.py" line="188"/>
        <source>Użytkownik musi zmienić to hasło przy pierwszym logowaniu. Reset zdejmuje też blokadę konta po nieudanych próbach. Przekaż hasło osobiście, nie e-mailem.</source>
        <translation>The user must change this password at the first sign-in. The reset also lifts the account lock after failed attempts. Hand the password over in person, not by e-mail.</translation>
    </message>
</context>
<context>
    <name>RetentionRulesDialog</name>
    <message>
        <location filename="../ops_desktop/ui/coordinator/retention_rules.py" line="29"/>
        <source>Okresy przechowywania akt</source>
        <translation>Retention periods of files</translation>
    </message>
    <message>
        <location filename="../ops_desktop/ui/coordinator/retention_rules.py" line="38"/>
        <source>Akta spraw – %1</source>
        <translation>Case files – %1</translation>
    </message>
    <message>
        <location filename="../ops_desktop/ui/coordinator/retention_rules.py" line="40"/>
        <source>Kategoria archiwalna: %1</source>
        <translation>Archival category: %1</translation>
    </message>
    <message>
        <location filename="../ops_desktop/ui/coordinator/retention_rules.py" line="42"/>
        <source>Lata przechowywania: %1</source>
        <translation>Years kept: %1</translation>
    </message>
    <message>
        <location filename="../ops_desktop/ui/coordinator/retention_rules.py" line="48"/>
        <source>lat:</source>
        <translation>years:</translation>
    </message>
    <message>
        <location filename="../ops_desktop/ui/coordinator/retention_rules.py" line="57"/>
        <source>Kategorie z jednolitego rzeczowego wykazu akt ośrodka; okres liczy się od 1 stycznia roku następującego po zakończeniu sprawy.</source>
        <translation>Categories from the office&apos;s file classification list; the period runs from 1 January of the year after the case closed.</translation>
    </message>
    <message>
        <location filename="../ops_desktop/ui/coordinator/retention_rules.py" line="60"/>
        <source>Zapisz</source>
        <translation>Save</translation>
    </message>
</context>
<context>
    <name>ReturnDialog</name>
    <message>
        <location filename="../ops_desktop/ui/inbox.py" line="40"/>
        <source>Zwrot skierowania</source>
        <translation>Return referral</translation>
    </message>
    <message>
        <location filename="../ops_desktop/ui/inbox.py" line="43"/>
        <source>Powód zwrotu</source>
        <translation>Reason for return</translation>
    </message>
    <message>
        <location filename="../ops_desktop/ui/inbox.py" line="45"/>
        <source>&amp;Zwróć skierowanie</source>
        <translation>&amp;Return referral</translation>
    </message>
    <message>
        <location filename="../ops_desktop/ui/inbox.py" line="48"/>
        <source>Skierowanie %1 – %2</source>
        <translation>Referral %1 – %2</translation>
    </message>
    <message>
        <location filename="../ops_desktop/ui/inbox.py" line="50"/>
        <source>Powód zwrotu:</source>
        <translation>Reason for return:</translation>
    </message>
</context>
<context>
    <name>ReturnedReferrals</name>
    <message>
        <location filename="../ops_desktop/ui/first_contact/returned.py" line="26"/>
        <source>Nr</source>
        <translation>No.</translation>
    </message>
    <message>
        <location filename="../ops_desktop/ui/first_contact/returned.py" line="27"/>
        <source>Osoba</source>
        <translation>Person</translation>
    </message>
    <message>
        <location filename="../ops_desktop/ui/first_contact/returned.py" line="28"/>
        <source>Zespół</source>
        <translation>Team</translation>
    </message>
    <message>
        <location filename="../ops_desktop/ui/first_contact/returned.py" line="29"/>
        <source>Zwrócono</source>
        <translation>Returned</translation>
    </message>
    <message>
        <location filename="../ops_desktop/ui/first_contact/returned.py" line="30"/>
        <source>Powód zwrotu</source>
        <translation>Reason for return</translation>
    </message>
    <message>
        <location filename="../ops_desktop/ui/first_contact/returned.py" line="33"/>
        <source>Skierowania zwrócone przez zespoły</source>
        <translation>Referrals returned by the teams</translation>
    </message>
    <message>
        <location filename="../ops_desktop/ui/first_contact/returned.py" line="53"/>
        <source>Zwrócone skierowania (30 dni): ponad %1, pokazano najnowsze %1</source>
        <translation>Returned referrals (30 days): over %1, the newest %1 shown</translation>
    </message>
    <message>
        <location filename="../ops_desktop/ui/first_contact/returned.py" line="56"/>
        <source>Zwrócone skierowania (30 dni): %1</source>
        <translation>Returned referrals (30 days): %1</translation>
    </message>
</context>
<context>
    <name>RoleChecks</name>
    <message>
        <location filename="../ops_desktop/ui/admin/user_dialogs.py" line="45"/>
        <source>Role</source>
        <translation>Roles</translation>
    </message>
</context>
<context>
    <name>SecurityPanel</name>
    <message>
        <location filename="../ops_desktop/ui/admin/tab.py" line="45"/>
        <source>Blokada po bezczynności</source>
        <translation>Lock after inactivity</translation>
    </message>
    <message>
        <location filename="../ops_desktop/ui/admin/tab.py" line="47"/>
        <source> min</source>
        <translation> min</translation>
    </message>
    <message>
        <location filename="../ops_desktop/ui/admin/tab.py" line="49"/>
        <source>&amp;Zapisz</source>
        <translation>&amp;Save</translation>
    </message>
    <message>
        <location filename="../ops_desktop/ui/admin/tab.py" line="54"/>
        <source>&amp;Blokada okna po bezczynności:</source>
        <translation>&amp;Lock the window after inactivity:</translation>
    </message>
    <message>
        <location filename="../ops_desktop/ui/admin/tab.py" line="62"/>
        <source>Po tylu minutach bez użycia klawiatury i myszy okno programu zasłania dane i prosi o hasło; wpisane dane pozostają. Od 1 do 240 minut, domyślnie 10. Zmiana obowiązuje od następnego zalogowania.</source>
        <translation>After this many minutes without keyboard or mouse use the program window hides the data and asks for the password; data already typed in stays. From 1 to 240 minutes, 10 by default. The change applies from the next sign-in.</translation>
    </message>
    <message>
        <location filename="../ops_desktop/ui/admin/tab.py" line="81"/>
        <source>Zapisano: blokada po %1 min bezczynności.</source>
        <translation>Saved: lock after %1 min of inactivity.</translation>
    </message>
</context>
<context>
    <name>SetupWizard</name>
    <message>
        <location filename="../ops_desktop/ui/setup_wizard.py" line="125"/>
        <source>Pierwsze uruchomienie – konfiguracja ośrodka</source>
        <translation>First start – setting up the office</translation>
    </message>
    <message>
        <location filename="../ops_desktop/ui/setup_wizard.py" line="131"/>
        <source>Dalej &gt;</source>
        <translation>Next &gt;</translation>
    </message>
    <message>
        <location filename="../ops_desktop/ui/setup_wizard.py" line="132"/>
        <source>&lt; Wstecz</source>
        <translation>&lt; Back</translation>
    </message>
    <message>
        <location filename="../ops_desktop/ui/setup_wizard.py" line="133"/>
        <source>Zakończ</source>
        <translation>Finish</translation>
    </message>
    <message>
        <location filename="../ops_desktop/ui/setup_wizard.py" line="134"/>
        <source>Anuluj</source>
        <translation>Cancel</translation>
    </message>
</context>
<context>
    <name>Sheet</name>
    <message>
        <location filename="../ops_desktop/ui/idle_lock.py" line="43"/>
        <source>Sesja zablokowana</source>
        <translation>Session locked</translation>
    </message>
</context>
<context>
    <name>SignInDialog</name>
    <message>
        <location filename="../ops_desktop/ui/sign_in.py" line="37"/>
        <source>Blokada do godz. %1.</source>
        <translation>Locked until %1.</translation>
    </message>
    <message>
        <location filename="../ops_desktop/ui/sign_in.py" line="49"/>
        <source>Logowanie – %1</source>
        <translation>Sign in – %1</translation>
    </message>
    <message>
        <location filename="../ops_desktop/ui/sign_in.py" line="50"/>
        <source>Login</source>
        <translation>Username</translation>
    </message>
    <message>
        <location filename="../ops_desktop/ui/sign_in.py" line="52"/>
        <source>Hasło</source>
        <translation>Password</translation>
    </message>
    <message>
        <location filename="../ops_desktop/ui/sign_in.py" line="55"/>
        <source>&amp;Login:</source>
        <translation>&amp;Username:</translation>
    </message>
    <message>
        <location filename="../ops_desktop/ui/sign_in.py" line="56"/>
        <source>&amp;Hasło:</source>
        <translation>&amp;Password:</translation>
    </message>
    <message>
        <location filename="../ops_desktop/ui/sign_in.py" line="58"/>
        <source>Zaloguj</source>
        <translation>Sign in</translation>
    </message>
</context>
<context>
    <name>StatisticsDialog</name>
    <message>
        <location filename="../ops_desktop/ui/coordinator/statistics.py" line="79"/>
        <source>Statystyka półroczna i roczna (MRPiPS-03)</source>
        <translation>Half-year and yearly statistics (MRPiPS-03)</translation>
    </message>
    <message>
        <location filename="../ops_desktop/ui/coordinator/statistics.py" line="85"/>
        <source>Rok</source>
        <translation>Year</translation>
    </message>
    <message>
        <location filename="../ops_desktop/ui/coordinator/statistics.py" line="90"/>
        <source>Okres</source>
        <translation>Period</translation>
    </message>
    <message>
        <location filename="../ops_desktop/ui/coordinator/statistics.py" line="91"/>
        <source>I półrocze (1 stycznia – 30 czerwca)</source>
        <translation>First half (1 January – 30 June)</translation>
    </message>
    <message>
        <location filename="../ops_desktop/ui/coordinator/statistics.py" line="92"/>
        <source>cały rok (1 stycznia – 31 grudnia)</source>
        <translation>whole year (1 January – 31 December)</translation>
    </message>
    <message>
        <location filename="../ops_desktop/ui/coordinator/statistics.py" line="94"/>
        <source>&amp;Oblicz</source>
        <translation>&amp;Compute</translation>
    </message>
    <message>
        <location filename="../ops_desktop/ui/coordinator/statistics.py" line="97"/>
        <source>&amp;Rok:</source>
        <translation>&amp;Year:</translation>
    </message>
    <message>
        <location filename="../ops_desktop/ui/coordinator/statistics.py" line="99"/>
        <source>&amp;Okres:</source>
        <translation>&amp;Period:</translation>
    </message>
    <message>
        <location filename="../ops_desktop/ui/coordinator/statistics.py" line="105"/>
        <source>Wybierz rok i okres, a następnie „Oblicz”.</source>
        <translation>Choose the year and period, then “Compute”.</translation>
    </message>
    <message>
        <location filename="../ops_desktop/ui/coordinator/statistics.py" line="112"/>
        <source>Świadczenia przyznane decyzją</source>
        <translation>Benefits granted by decision</translation>
    </message>
    <message>
        <location filename="../ops_desktop/ui/coordinator/statistics.py" line="115"/>
        <source>Liczone są decyzje podpisane, z datą wydania w okresie; decyzja zmieniająca liczy się jako odrębna decyzja. Kwota: kwota przyznana w decyzjach (miesięcznie dla zasiłków okresowych i stałych). Rodzina: gospodarstwo domowe osoby (osoba bez gospodarstwa – rodzina jednoosobowa); liczba osób w rodzinie według decyzji. Wiersze „Ogółem” liczą każdą osobę i rodzinę raz.</source>
        <translation>Signed decisions issued in the period are counted; a change decision counts as a decision of its own. Amount: the amount granted in the decisions (monthly for periodic and permanent benefits). Family: the person&apos;s household (a person without a household is a one-person family); household size as in the decision. The “Total” rows count each person and family once.</translation>
    </message>
    <message>
        <location filename="../ops_desktop/ui/coordinator/statistics.py" line="122"/>
        <source>Pokaż &amp;sprawy</source>
        <translation>Show &amp;cases</translation>
    </message>
    <message>
        <location filename="../ops_desktop/ui/coordinator/statistics.py" line="124"/>
        <source>Decyzje wydane w okresie</source>
        <translation>Decisions issued in the period</translation>
    </message>
    <message>
        <location filename="../ops_desktop/ui/coordinator/statistics.py" line="129"/>
        <source>Wnioski złożone w okresie</source>
        <translation>Applications received in the period</translation>
    </message>
    <message>
        <location filename="../ops_desktop/ui/coordinator/statistics.py" line="131"/>
        <source>Pokaż &amp;wnioski</source>
        <translation>Show &amp;applications</translation>
    </message>
    <message>
        <location filename="../ops_desktop/ui/coordinator/statistics.py" line="135"/>
        <source>Wnioski złożone w okresie (status na dziś)</source>
        <translation>Applications received in the period (status as of today)</translation>
    </message>
    <message>
        <location filename="../ops_desktop/ui/coordinator/statistics.py" line="140"/>
        <source>&amp;Drukuj / zapisz PDF…</source>
        <translation>&amp;Print / save PDF…</translation>
    </message>
    <message>
        <location filename="../ops_desktop/ui/coordinator/statistics.py" line="159"/>
        <location filename="../ops_desktop/ui/coordinator/statistics.py" line="172"/>
        <source>Forma pomocy</source>
        <translation>Form of assistance</translation>
    </message>
    <message>
        <location filename="../ops_desktop/ui/coordinator/statistics.py" line="160"/>
        <source>Decyzja</source>
        <translation>Decision</translation>
    </message>
    <message>
        <location filename="../ops_desktop/ui/coordinator/statistics.py" line="161"/>
        <source>Osoby</source>
        <translation>Persons</translation>
    </message>
    <message>
        <location filename="../ops_desktop/ui/coordinator/statistics.py" line="162"/>
        <source>Decyzje</source>
        <translation>Decisions</translation>
    </message>
    <message>
        <location filename="../ops_desktop/ui/coordinator/statistics.py" line="163"/>
        <source>Kwota</source>
        <translation>Amount</translation>
    </message>
    <message>
        <location filename="../ops_desktop/ui/coordinator/statistics.py" line="165"/>
        <source>Rodziny</source>
        <translation>Families</translation>
    </message>
    <message>
        <location filename="../ops_desktop/ui/coordinator/statistics.py" line="166"/>
        <source>Osoby w rodzinach</source>
        <translation>Persons in families</translation>
    </message>
    <message>
        <location filename="../ops_desktop/ui/coordinator/statistics.py" line="173"/>
        <source>Złożone</source>
        <translation>Received</translation>
    </message>
    <message>
        <location filename="../ops_desktop/ui/coordinator/statistics.py" line="174"/>
        <source>W toku</source>
        <translation>Pending</translation>
    </message>
    <message>
        <location filename="../ops_desktop/ui/coordinator/statistics.py" line="175"/>
        <source>Rozstrzygnięte</source>
        <translation>Decided</translation>
    </message>
    <message>
        <location filename="../ops_desktop/ui/coordinator/statistics.py" line="176"/>
        <source>Wycofane</source>
        <translation>Withdrawn</translation>
    </message>
    <message>
        <location filename="../ops_desktop/ui/coordinator/statistics.py" line="210"/>
        <source>Obliczanie…</source>
        <translation>Computing…</translation>
    </message>
    <message>
        <location filename="../ops_desktop/ui/coordinator/statistics.py" line="218"/>
        <source>Obliczanie statystyki…</source>
        <translation>Computing the statistics…</translation>
    </message>
    <message>
        <location filename="../ops_desktop/ui/coordinator/statistics.py" line="224"/>
        <source>Obliczanie anulowano.</source>
        <translation>Computing cancelled.</translation>
    </message>
    <message>
        <location filename="../ops_desktop/ui/coordinator/statistics.py" line="228"/>
        <source>%1: %2 – %3 (obliczono %4)</source>
        <translation>%1: %2 – %3 (computed %4)</translation>
    </message>
    <message>
        <location filename="../ops_desktop/ui/coordinator/statistics.py" line="251"/>
        <source>Zaznacz wiersz tabeli decyzji.</source>
        <translation>Select a row of the decisions table.</translation>
    </message>
    <message>
        <location filename="../ops_desktop/ui/coordinator/statistics.py" line="260"/>
        <source>Sprawy za %1: %2 (decyzja %3)</source>
        <translation>Cases for %1: %2 (%3 decision)</translation>
    </message>
    <message>
        <location filename="../ops_desktop/ui/coordinator/statistics.py" line="269"/>
        <source>Zaznacz wiersz tabeli wniosków.</source>
        <translation>Select a row of the applications table.</translation>
    </message>
    <message>
        <location filename="../ops_desktop/ui/coordinator/statistics.py" line="278"/>
        <source>Wnioski złożone za %1: %2</source>
        <translation>Applications received in %1: %2</translation>
    </message>
    <message>
        <location filename="../ops_desktop/ui/coordinator/statistics.py" line="305"/>
        <source>Wydruk anulowano.</source>
        <translation>Printing cancelled.</translation>
    </message>
    <message>
        <location filename="../ops_desktop/ui/coordinator/statistics.py" line="310"/>
        <source>Zapisano: %1</source>
        <translation>Saved: %1</translation>
    </message>
    <message>
        <location filename="../ops_desktop/ui/coordinator/statistics.py" line="314"/>
        <source>Nie udało się przygotować wydruku: %1</source>
        <translation>Could not prepare the printout: %1</translation>
    </message>
    <message>
        <location filename="../ops_desktop/ui/coordinator/statistics.py" line="317"/>
        <source>Przygotowanie wydruku…</source>
        <translation>Preparing the printout…</translation>
    </message>
</context>
<context>
    <name>UnlockDialog</name>
    <message>
        <location filename="../ops_desktop/ui/idle_lock.py" line="67"/>
        <source>Sesja zablokowana</source>
        <translation>Session locked</translation>
    </message>
    <message>
        <location filename="../ops_desktop/ui/idle_lock.py" line="69"/>
        <source>Hasło</source>
        <translation>Password</translation>
    </message>
    <message>
        <location filename="../ops_desktop/ui/idle_lock.py" line="72"/>
        <source>Sesja jest zablokowana (bezczynność lub Ctrl+L). Użytkownik: %1</source>
        <translation>The session is locked (idle time or Ctrl+L). User: %1</translation>
    </message>
    <message>
        <location filename="../ops_desktop/ui/idle_lock.py" line="74"/>
        <source>&amp;Hasło:</source>
        <translation>&amp;Password:</translation>
    </message>
    <message>
        <location filename="../ops_desktop/ui/idle_lock.py" line="76"/>
        <source>Odblokuj</source>
        <translation>Unlock</translation>
    </message>
</context>
<context>
    <name>UsersPanel</name>
    <message>
        <location filename="../ops_desktop/ui/admin/users.py" line="58"/>
        <source>Użytkownicy</source>
        <translation>Users</translation>
    </message>
    <message>
        <location filename="../ops_desktop/ui/admin/users.py" line="60"/>
        <source>&amp;Nowy użytkownik…</source>
        <translation>&amp;New user…</translation>
    </message>
    <message>
        <location filename="../ops_desktop/ui/admin/users.py" line="61"/>
        <source>&amp;Edytuj…</source>
        <translation>&amp;Edit…</translation>
    </message>
    <message>
        <location filename="../ops_desktop/ui/admin/users.py" line="62"/>
        <source>&amp;Resetuj hasło…</source>
        <translation>&amp;Reset password…</translation>
    </message>
    <message>
        <location filename="../ops_desktop/ui/admin/users.py" line="64"/>
        <source>&amp;Upoważnienie…</source>
        <translation>&amp;Authorisation…</translation>
    </message>
    <message>
        <location filename="../ops_desktop/ui/admin/users.py" line="84"/>
        <source>Login</source>
        <translation>Username</translation>
    </message>
    <message>
        <location filename="../ops_desktop/ui/admin/users.py" line="85"/>
        <source>Imię i nazwisko</source>
        <translation>Full name</translation>
    </message>
    <message>
        <location filename="../ops_desktop/ui/admin/users.py" line="86"/>
        <source>Stanowisko</source>
        <translation>Job title</translation>
    </message>
    <message>
        <location filename="../ops_desktop/ui/admin/users.py" line="87"/>
        <source>Role</source>
        <translation>Roles</translation>
    </message>
    <message>
        <location filename="../ops_desktop/ui/admin/users.py" line="88"/>
        <source>Aktywne</source>
        <translation>Active</translation>
    </message>
    <message>
        <location filename="../ops_desktop/ui/admin/users.py" line="89"/>
        <source>Zablokowane do</source>
        <translation>Locked until</translation>
    </message>
    <message>
        <location filename="../ops_desktop/ui/admin/users.py" line="90"/>
        <source>Musi zmienić hasło</source>
        <translation>Must change password</translation>
    </message>
    <message>
        <location filename="../ops_desktop/ui/admin/users.py" line="91"/>
        <source>Ostatnie logowanie</source>
        <translation>Last sign-in</translation>
    </message>
    <message>
        <location filename="../ops_desktop/ui/admin/users.py" line="95"/>
        <source>tak</source>
        <translation>yes</translation>
    </message>
    <message>
        <location filename="../ops_desktop/ui/admin/users.py" line="95"/>
        <source>nie</source>
        <translation>no</translation>
    </message>
    <message>
        <location filename="../ops_desktop/ui/admin/users.py" line="140"/>
        <source>Utworzono konto %1. Przy pierwszym logowaniu użytkownik musi zmienić hasło tymczasowe.</source>
        <translation>Account %1 created. The user must change the temporary password at first sign-in.</translation>
    </message>
    <message>
        <location filename="../ops_desktop/ui/admin/users.py" line="150"/>
        <source>Zapisano zmiany konta %1.</source>
        <translation>Changes to account %1 saved.</translation>
    </message>
    <message>
        <location filename="../ops_desktop/ui/admin/users.py" line="157"/>
        <source>Ustawiono hasło tymczasowe dla %1 – przy pierwszym logowaniu musi je zmienić. Blokada konta została zdjęta.</source>
        <translation>Temporary password set for %1 – it must be changed at the first sign-in. The account lock has been lifted.</translation>
    </message>
    <message>
        <location filename="../ops_desktop/ui/admin/users.py" line="166"/>
        <source>Zapisano upoważnienie dla %1.</source>
        <translation>Authorisation for %1 saved.</translation>
    </message>
</context>
<context>
    <name>app</name>
    <message>
        <location filename="../ops_desktop/app.py" line="138"/>
        <source>Biuro demonstracyjne: loginy np. anowicka, kwisniewska, bzolkiewska, rkrawczyk, iszymanska; hasło: %1</source>
        <translation>Demonstration office: usernames e.g. anowicka, kwisniewska, bzolkiewska, rkrawczyk, iszymanska; password: %1</translation>
    </message>
</context>
<context>
    <name>audit</name>
    <message>
        <location filename="../ops_desktop/ui/audit_tab.py" line="42"/>
        <source>dodanie</source>
        <translation>creation</translation>
    </message>
    <message>
        <location filename="../ops_desktop/ui/audit_tab.py" line="43"/>
        <source>zmiana</source>
        <translation>change</translation>
    </message>
    <message>
        <location filename="../ops_desktop/ui/audit_tab.py" line="44"/>
        <source>usunięcie</source>
        <translation>deletion</translation>
    </message>
    <message>
        <location filename="../ops_desktop/ui/audit_tab.py" line="45"/>
        <source>wgląd</source>
        <translation>view</translation>
    </message>
    <message>
        <location filename="../ops_desktop/ui/audit_tab.py" line="46"/>
        <source>zalogowanie</source>
        <translation>sign-in</translation>
    </message>
    <message>
        <location filename="../ops_desktop/ui/audit_tab.py" line="47"/>
        <source>nieudane logowanie</source>
        <translation>failed sign-in</translation>
    </message>
    <message>
        <location filename="../ops_desktop/ui/audit_tab.py" line="48"/>
        <source>wylogowanie</source>
        <translation>sign-out</translation>
    </message>
    <message>
        <location filename="../ops_desktop/ui/audit_tab.py" line="49"/>
        <source>zresetowanie hasła</source>
        <translation>password reset</translation>
    </message>
    <message>
        <location filename="../ops_desktop/ui/audit_tab.py" line="50"/>
        <source>wydanie kopii danych</source>
        <translation>copy of data issued</translation>
    </message>
    <message>
        <location filename="../ops_desktop/ui/audit_tab.py" line="51"/>
        <source>anonimizacja</source>
        <translation>anonymisation</translation>
    </message>
    <message>
        <location filename="../ops_desktop/ui/audit_tab.py" line="52"/>
        <location filename="../ops_desktop/ui/audit_tab.py" line="62"/>
        <source>kopia zapasowa</source>
        <translation>backup</translation>
    </message>
    <message>
        <location filename="../ops_desktop/ui/audit_tab.py" line="53"/>
        <source>przywrócenie kopii</source>
        <translation>backup restored</translation>
    </message>
    <message>
        <location filename="../ops_desktop/ui/audit_tab.py" line="54"/>
        <source>wczytanie danych</source>
        <translation>data import</translation>
    </message>
    <message>
        <location filename="../ops_desktop/ui/audit_tab.py" line="55"/>
        <source>wydruk</source>
        <translation>printout</translation>
    </message>
    <message>
        <location filename="../ops_desktop/ui/audit_tab.py" line="59"/>
        <location filename="../ops_desktop/ui/audit_tab.py" line="60"/>
        <source>osoba</source>
        <translation>person</translation>
    </message>
    <message>
        <location filename="../ops_desktop/ui/audit_tab.py" line="61"/>
        <location filename="../ops_desktop/ui/audit_tab.py" line="73"/>
        <source>użytkownik</source>
        <translation>user</translation>
    </message>
    <message>
        <location filename="../ops_desktop/ui/audit_tab.py" line="63"/>
        <source>kartoteka osoby</source>
        <translation>person file</translation>
    </message>
    <message>
        <location filename="../ops_desktop/ui/audit_tab.py" line="64"/>
        <source>gospodarstwo domowe</source>
        <translation>household</translation>
    </message>
    <message>
        <location filename="../ops_desktop/ui/audit_tab.py" line="65"/>
        <source>członek gospodarstwa</source>
        <translation>household member</translation>
    </message>
    <message>
        <location filename="../ops_desktop/ui/audit_tab.py" line="66"/>
        <source>sprawa</source>
        <translation>case</translation>
    </message>
    <message>
        <location filename="../ops_desktop/ui/audit_tab.py" line="67"/>
        <source>zgłoszenie</source>
        <translation>intake</translation>
    </message>
    <message>
        <location filename="../ops_desktop/ui/audit_tab.py" line="68"/>
        <source>skierowanie</source>
        <translation>referral</translation>
    </message>
    <message>
        <location filename="../ops_desktop/ui/audit_tab.py" line="69"/>
        <source>wniosek</source>
        <translation>application</translation>
    </message>
    <message>
        <location filename="../ops_desktop/ui/audit_tab.py" line="70"/>
        <source>dochód</source>
        <translation>income</translation>
    </message>
    <message>
        <location filename="../ops_desktop/ui/audit_tab.py" line="71"/>
        <source>decyzja</source>
        <translation>decision</translation>
    </message>
    <message>
        <location filename="../ops_desktop/ui/audit_tab.py" line="72"/>
        <source>notatka pracy socjalnej</source>
        <translation>social work note</translation>
    </message>
    <message>
        <location filename="../ops_desktop/ui/audit_tab.py" line="74"/>
        <source>upoważnienie</source>
        <translation>authorisation</translation>
    </message>
    <message>
        <location filename="../ops_desktop/ui/audit_tab.py" line="75"/>
        <source>zespół</source>
        <translation>team</translation>
    </message>
    <message>
        <location filename="../ops_desktop/ui/audit_tab.py" line="76"/>
        <source>ustawienie</source>
        <translation>setting</translation>
    </message>
    <message>
        <location filename="../ops_desktop/ui/audit_tab.py" line="80"/>
        <source>usunięto wcześniejsze wpisy (od nr %1)</source>
        <translation>earlier entries were deleted (from no. %1)</translation>
    </message>
    <message>
        <location filename="../ops_desktop/ui/audit_tab.py" line="81"/>
        <source>wpis nie jest powiązany z poprzednim</source>
        <translation>the entry is not linked to the previous one</translation>
    </message>
    <message>
        <location filename="../ops_desktop/ui/audit_tab.py" line="82"/>
        <source>zmieniono zapis zmian we wpisie</source>
        <translation>the record of changes in the entry was altered</translation>
    </message>
    <message>
        <location filename="../ops_desktop/ui/audit_tab.py" line="83"/>
        <source>zmieniono treść wpisu</source>
        <translation>the content of the entry was altered</translation>
    </message>
    <message>
        <location filename="../ops_desktop/ui/audit_tab.py" line="84"/>
        <source>wpis ma nieprawidłowy format</source>
        <translation>the entry has an invalid format</translation>
    </message>
    <message>
        <location filename="../ops_desktop/ui/audit_tab.py" line="88"/>
        <source>imię</source>
        <translation>first name</translation>
    </message>
    <message>
        <location filename="../ops_desktop/ui/audit_tab.py" line="89"/>
        <source>nazwisko</source>
        <translation>surname</translation>
    </message>
    <message>
        <location filename="../ops_desktop/ui/audit_tab.py" line="90"/>
        <source>nazwisko do wyszukiwania</source>
        <translation>surname for searching</translation>
    </message>
    <message>
        <location filename="../ops_desktop/ui/audit_tab.py" line="91"/>
        <source>PESEL</source>
        <translation>PESEL</translation>
    </message>
    <message>
        <location filename="../ops_desktop/ui/audit_tab.py" line="92"/>
        <source>rodzaj dokumentu</source>
        <translation>document type</translation>
    </message>
    <message>
        <location filename="../ops_desktop/ui/audit_tab.py" line="93"/>
        <source>numer dokumentu</source>
        <translation>document number</translation>
    </message>
    <message>
        <location filename="../ops_desktop/ui/audit_tab.py" line="94"/>
        <source>data urodzenia</source>
        <translation>date of birth</translation>
    </message>
    <message>
        <location filename="../ops_desktop/ui/audit_tab.py" line="95"/>
        <source>płeć</source>
        <translation>sex</translation>
    </message>
    <message>
        <location filename="../ops_desktop/ui/audit_tab.py" line="96"/>
        <source>ulica</source>
        <translation>street</translation>
    </message>
    <message>
        <location filename="../ops_desktop/ui/audit_tab.py" line="97"/>
        <source>numer domu</source>
        <translation>building number</translation>
    </message>
    <message>
        <location filename="../ops_desktop/ui/audit_tab.py" line="98"/>
        <source>numer lokalu</source>
        <translation>flat number</translation>
    </message>
    <message>
        <location filename="../ops_desktop/ui/audit_tab.py" line="99"/>
        <source>kod pocztowy</source>
        <translation>postcode</translation>
    </message>
    <message>
        <location filename="../ops_desktop/ui/audit_tab.py" line="100"/>
        <source>miejscowość</source>
        <translation>town</translation>
    </message>
    <message>
        <location filename="../ops_desktop/ui/audit_tab.py" line="101"/>
        <source>telefon</source>
        <translation>phone</translation>
    </message>
    <message>
        <location filename="../ops_desktop/ui/audit_tab.py" line="102"/>
        <source>gospodarstwo (id)</source>
        <translation>household (id)</translation>
    </message>
    <message>
        <location filename="../ops_desktop/ui/audit_tab.py" line="103"/>
        <source>osoba (id)</source>
        <translation>person (id)</translation>
    </message>
    <message>
        <location filename="../ops_desktop/ui/audit_tab.py" line="104"/>
        <source>pokrewieństwo</source>
        <translation>relationship</translation>
    </message>
    <message>
        <location filename="../ops_desktop/ui/audit_tab.py" line="105"/>
        <source>usunięto</source>
        <translation>deleted</translation>
    </message>
    <message>
        <location filename="../ops_desktop/ui/audit_tab.py" line="106"/>
        <source>zanonimizowano</source>
        <translation>anonymised</translation>
    </message>
    <message>
        <location filename="../ops_desktop/ui/audit_tab.py" line="107"/>
        <source>stan</source>
        <translation>status</translation>
    </message>
    <message>
        <location filename="../ops_desktop/ui/audit_tab.py" line="108"/>
        <source>kwota</source>
        <translation>amount</translation>
    </message>
    <message>
        <location filename="../ops_desktop/ui/audit_tab.py" line="109"/>
        <source>rachunek bankowy</source>
        <translation>bank account</translation>
    </message>
    <message>
        <location filename="../ops_desktop/ui/audit_tab.py" line="110"/>
        <source>uzasadnienie</source>
        <translation>statement of reasons</translation>
    </message>
    <message>
        <location filename="../ops_desktop/ui/audit_tab.py" line="111"/>
        <source>podpisano</source>
        <translation>signed</translation>
    </message>
    <message>
        <location filename="../ops_desktop/ui/audit_tab.py" line="112"/>
        <source>podpisał(a) (id)</source>
        <translation>signed by (id)</translation>
    </message>
    <message>
        <location filename="../ops_desktop/ui/audit_tab.py" line="113"/>
        <source>opis problemu</source>
        <translation>problem description</translation>
    </message>
    <message>
        <location filename="../ops_desktop/ui/audit_tab.py" line="114"/>
        <source>treść</source>
        <translation>text</translation>
    </message>
    <message>
        <location filename="../ops_desktop/ui/audit_tab.py" line="115"/>
        <source>login</source>
        <translation>username</translation>
    </message>
    <message>
        <location filename="../ops_desktop/ui/audit_tab.py" line="116"/>
        <source>imię i nazwisko</source>
        <translation>full name</translation>
    </message>
    <message>
        <location filename="../ops_desktop/ui/audit_tab.py" line="117"/>
        <source>role</source>
        <translation>roles</translation>
    </message>
    <message>
        <location filename="../ops_desktop/ui/audit_tab.py" line="118"/>
        <source>aktywny</source>
        <translation>active</translation>
    </message>
    <message>
        <location filename="../ops_desktop/ui/audit_tab.py" line="119"/>
        <source>hasło (skrót)</source>
        <translation>password (hash)</translation>
    </message>
    <message>
        <location filename="../ops_desktop/ui/audit_tab.py" line="120"/>
        <source>wartość</source>
        <translation>value</translation>
    </message>
    <message>
        <location filename="../ops_desktop/ui/audit_tab.py" line="151"/>
        <source>tak</source>
        <translation>yes</translation>
    </message>
    <message>
        <location filename="../ops_desktop/ui/audit_tab.py" line="152"/>
        <source>nie</source>
        <translation>no</translation>
    </message>
</context>
<context>
    <name>data_protection</name>
    <message>
        <location filename="../ops_desktop/ui/coordinator/data_protection.py" line="52"/>
        <source>dane osobowe i adres</source>
        <translation>personal data and address</translation>
    </message>
    <message>
        <location filename="../ops_desktop/ui/coordinator/data_protection.py" line="53"/>
        <source>opisy zgłoszeń</source>
        <translation>intake descriptions</translation>
    </message>
    <message>
        <location filename="../ops_desktop/ui/coordinator/data_protection.py" line="54"/>
        <source>powody skierowań</source>
        <translation>reasons for referral</translation>
    </message>
    <message>
        <location filename="../ops_desktop/ui/coordinator/data_protection.py" line="55"/>
        <source>notatki pracy socjalnej</source>
        <translation>social work notes</translation>
    </message>
    <message>
        <location filename="../ops_desktop/ui/coordinator/data_protection.py" line="56"/>
        <source>dane strony w decyzjach</source>
        <translation>party&apos;s details in decisions</translation>
    </message>
    <message>
        <location filename="../ops_desktop/ui/coordinator/data_protection.py" line="57"/>
        <source>źródła dochodów</source>
        <translation>income sources</translation>
    </message>
</context>
<context>
    <name>dialog</name>
    <message>
        <location filename="../ops_desktop/ui/recovery.py" line="164"/>
        <source>Dane przywrócono z kopii zapasowej.</source>
        <translation>The data was restored from a backup.</translation>
    </message>
    <message>
        <location filename="../ops_desktop/ui/recovery.py" line="166"/>
        <source>Uszkodzony plik zachowano jako %1.</source>
        <translation>The damaged file was kept as %1.</translation>
    </message>
</context>
<context>
    <name>errors</name>
    <message>
        <location filename="../ops_desktop/ui/guard.py" line="35"/>
        <source>błąd programu (szczegóły w dzienniku).</source>
        <translation>program error (details in the log).</translation>
    </message>
    <message>
        <location filename="../ops_desktop/ui/labels.py" line="29"/>
        <source>To pole jest wymagane.</source>
        <translation>This field is required.</translation>
    </message>
    <message>
        <location filename="../ops_desktop/ui/labels.py" line="30"/>
        <source>Tekst jest za długi.</source>
        <translation>The text is too long.</translation>
    </message>
    <message>
        <location filename="../ops_desktop/ui/labels.py" line="31"/>
        <source>Pole zawiera niedozwolone znaki.</source>
        <translation>The field contains characters that are not allowed.</translation>
    </message>
    <message>
        <location filename="../ops_desktop/ui/labels.py" line="32"/>
        <source>Nieprawidłowy numer PESEL (suma kontrolna lub data).</source>
        <translation>Invalid PESEL number (check digit or date).</translation>
    </message>
    <message>
        <location filename="../ops_desktop/ui/labels.py" line="33"/>
        <source>Data urodzenia nie zgadza się z numerem PESEL.</source>
        <translation>The date of birth does not match the PESEL number.</translation>
    </message>
    <message>
        <location filename="../ops_desktop/ui/labels.py" line="34"/>
        <source>Płeć nie zgadza się z numerem PESEL.</source>
        <translation>The sex does not match the PESEL number.</translation>
    </message>
    <message>
        <location filename="../ops_desktop/ui/labels.py" line="35"/>
        <source>Podaj PESEL albo rodzaj i numer dokumentu tożsamości.</source>
        <translation>Enter a PESEL or the type and number of an identity document.</translation>
    </message>
    <message>
        <location filename="../ops_desktop/ui/labels.py" line="36"/>
        <source>Osoba z tym numerem PESEL jest już w kartotece – wyszukaj ją.</source>
        <translation>A person with this PESEL is already on file – search for them.</translation>
    </message>
    <message>
        <location filename="../ops_desktop/ui/labels.py" line="37"/>
        <source>Ten sam PESEL podano dwa razy w gospodarstwie.</source>
        <translation>The same PESEL was entered twice in the household.</translation>
    </message>
    <message>
        <location filename="../ops_desktop/ui/labels.py" line="38"/>
        <source>Data nie może być z przyszłości.</source>
        <translation>The date cannot be in the future.</translation>
    </message>
    <message>
        <location filename="../ops_desktop/ui/labels.py" line="39"/>
        <source>Data jest zbyt odległa.</source>
        <translation>The date is too far in the past.</translation>
    </message>
    <message>
        <location filename="../ops_desktop/ui/labels.py" line="40"/>
        <source>Kod pocztowy w formacie 00-000.</source>
        <translation>Postcode must be in the format 00-000.</translation>
    </message>
    <message>
        <location filename="../ops_desktop/ui/labels.py" line="41"/>
        <source>Nieprawidłowy numer telefonu.</source>
        <translation>Invalid phone number.</translation>
    </message>
    <message>
        <location filename="../ops_desktop/ui/labels.py" line="42"/>
        <source>Data końcowa jest wcześniejsza niż początkowa.</source>
        <translation>The end date is earlier than the start date.</translation>
    </message>
    <message>
        <location filename="../ops_desktop/ui/labels.py" line="43"/>
        <source>Podaj kwotę nieujemną, najwyżej z dwoma miejscami po przecinku.</source>
        <translation>Enter a non-negative amount with at most two decimal places.</translation>
    </message>
    <message>
        <location filename="../ops_desktop/ui/labels.py" line="44"/>
        <source>Kwota przekracza maksymalną kwotę wyliczoną z ustawy.</source>
        <translation>The amount exceeds the maximum calculated under the Act.</translation>
    </message>
    <message>
        <location filename="../ops_desktop/ui/labels.py" line="45"/>
        <source>Kwota jest niższa niż minimalna kwota wynikająca z ustawy.</source>
        <translation>The amount is below the minimum set by the Act.</translation>
    </message>
    <message>
        <location filename="../ops_desktop/ui/labels.py" line="46"/>
        <source>Zasiłek stały przyznaje się w kwocie wyliczonej z ustawy.</source>
        <translation>The permanent allowance is granted in the amount calculated under the Act.</translation>
    </message>
    <message>
        <location filename="../ops_desktop/ui/labels.py" line="47"/>
        <source>Nieprawidłowy numer rachunku bankowego.</source>
        <translation>Invalid bank account number.</translation>
    </message>
    <message>
        <location filename="../ops_desktop/ui/labels.py" line="48"/>
        <source>Brak kryteriów i kwot ustawowych dla tej daty – sprawdź okres świadczenia.</source>
        <translation>No statutory criteria and amounts for this date – check the benefit period.</translation>
    </message>
    <message>
        <location filename="../ops_desktop/ui/labels.py" line="49"/>
        <source>Ta osoba jest już wpisana do tego gospodarstwa.</source>
        <translation>This person is already entered in this household.</translation>
    </message>
    <message>
        <location filename="../ops_desktop/ui/labels.py" line="50"/>
        <source>Wnioskodawca nie spełnia warunków – możliwa jest tylko decyzja odmowna.</source>
        <translation>The applicant does not meet the conditions – only a refusal decision is possible.</translation>
    </message>
    <message>
        <location filename="../ops_desktop/ui/labels.py" line="51"/>
        <source>Dochód można przypisać tylko członkowi gospodarstwa.</source>
        <translation>Income can only be assigned to a household member.</translation>
    </message>
    <message>
        <location filename="../ops_desktop/ui/labels.py" line="52"/>
        <source>Wybierz inny zespół niż pierwszy kontakt.</source>
        <translation>Choose a team other than first contact.</translation>
    </message>
    <message>
        <location filename="../ops_desktop/ui/labels.py" line="53"/>
        <source>Nie masz uprawnień do tej czynności.</source>
        <translation>You do not have permission for this action.</translation>
    </message>
    <message>
        <location filename="../ops_desktop/ui/labels.py" line="54"/>
        <source>Nie znaleziono rekordu – mógł zostać usunięty.</source>
        <translation>Record not found – it may have been deleted.</translation>
    </message>
    <message>
        <location filename="../ops_desktop/ui/labels.py" line="55"/>
        <source>To skierowanie zostało już przyjęte lub zwrócone.</source>
        <translation>This referral has already been accepted or returned.</translation>
    </message>
    <message>
        <location filename="../ops_desktop/ui/labels.py" line="56"/>
        <source>W sprawie tego wniosku wydano już decyzję.</source>
        <translation>A decision has already been issued on this application.</translation>
    </message>
    <message>
        <location filename="../ops_desktop/ui/labels.py" line="57"/>
        <source>Decyzja jest podpisana i nie może być zmieniona.</source>
        <translation>The decision is signed and cannot be changed.</translation>
    </message>
    <message>
        <location filename="../ops_desktop/ui/labels.py" line="58"/>
        <source>Dochody zmieniły się po przygotowaniu projektu – przygotuj decyzję ponownie.</source>
        <translation>The incomes changed after the draft was prepared – prepare the decision again.</translation>
    </message>
    <message>
        <location filename="../ops_desktop/ui/labels.py" line="59"/>
        <source>Brak miejsca na dysku – nic nie zapisano. Zwolnij miejsce i spróbuj ponownie; wpisane dane pozostały w formularzu.</source>
        <translation>Out of disk space – nothing was saved. Free up some space and try again; the data you entered is still in the form.</translation>
    </message>
    <message>
        <location filename="../ops_desktop/ui/labels.py" line="60"/>
        <source>Plik bazy danych jest tylko do odczytu – nic nie zapisano. Wpisane dane pozostały w formularzu.</source>
        <translation>The database file is read-only – nothing was saved. The data you entered is still in the form.</translation>
    </message>
    <message>
        <location filename="../ops_desktop/ui/labels.py" line="61"/>
        <source>Baza danych jest zajęta przez inny program – spróbuj za chwilę. Wpisane dane pozostały w formularzu.</source>
        <translation>The database is in use by another program – try again in a moment. The data you entered is still in the form.</translation>
    </message>
    <message>
        <location filename="../ops_desktop/ui/labels.py" line="62"/>
        <source>Plik bazy danych jest uszkodzony. Przywróć kopię zapasową.</source>
        <translation>The database file is damaged. Restore a backup copy.</translation>
    </message>
    <message>
        <location filename="../ops_desktop/ui/labels.py" line="63"/>
        <source>Nie można otworzyć pliku bazy danych (brak folderu lub dostępu).</source>
        <translation>Cannot open the database file (folder missing or no access).</translation>
    </message>
    <message>
        <location filename="../ops_desktop/ui/labels.py" line="64"/>
        <source>Nieprawidłowy login lub hasło.</source>
        <translation>Incorrect username or password.</translation>
    </message>
    <message>
        <location filename="../ops_desktop/ui/labels.py" line="65"/>
        <source>Konto jest czasowo zablokowane po pięciu nieudanych próbach – spróbuj za kilka minut.</source>
        <translation>The account is temporarily locked after five failed attempts – try again in a few minutes.</translation>
    </message>
    <message>
        <location filename="../ops_desktop/ui/labels.py" line="66"/>
        <source>Konto jest wyłączone – zwróć się do administratora.</source>
        <translation>The account is disabled – contact the administrator.</translation>
    </message>
    <message>
        <location filename="../ops_desktop/ui/labels.py" line="67"/>
        <source>Hasło musi mieć co najmniej 10 znaków.</source>
        <translation>The password must have at least 10 characters.</translation>
    </message>
    <message>
        <location filename="../ops_desktop/ui/labels.py" line="68"/>
        <source>Hasło nie może zawierać loginu.</source>
        <translation>The password must not contain the username.</translation>
    </message>
    <message>
        <location filename="../ops_desktop/ui/labels.py" line="69"/>
        <source>Hasło jest zbyt proste – użyj różnych znaków.</source>
        <translation>The password is too simple – use a variety of characters.</translation>
    </message>
    <message>
        <location filename="../ops_desktop/ui/labels.py" line="70"/>
        <source>Hasła nie są takie same.</source>
        <translation>The passwords are not the same.</translation>
    </message>
    <message>
        <location filename="../ops_desktop/ui/labels.py" line="71"/>
        <source>Nieprawidłowe hasło.</source>
        <translation>Incorrect password.</translation>
    </message>
    <message>
        <location filename="../ops_desktop/ui/labels.py" line="72"/>
        <source>Login: 3–60 znaków, małe litery, cyfry, kropka, myślnik lub podkreślenie.</source>
        <translation>Username: 3–60 characters, lower-case letters, digits, full stop, hyphen or underscore.</translation>
    </message>
    <message>
        <location filename="../ops_desktop/ui/labels.py" line="73"/>
        <source>Ten login jest już zajęty.</source>
        <translation>This username is already taken.</translation>
    </message>
    <message>
        <location filename="../ops_desktop/ui/labels.py" line="74"/>
        <source>Wybierz co najmniej jedną rolę.</source>
        <translation>Choose at least one role.</translation>
    </message>
    <message>
        <location filename="../ops_desktop/ui/labels.py" line="75"/>
        <source>To ostatni administrator – nie można odebrać mu roli ani wyłączyć konta.</source>
        <translation>This is the last administrator – their role cannot be removed nor their account disabled.</translation>
    </message>
    <message>
        <location filename="../ops_desktop/ui/labels.py" line="76"/>
        <source>Tego nie można zrobić na własnym koncie – poproś innego administratora.</source>
        <translation>This cannot be done on your own account – ask another administrator.</translation>
    </message>
    <message>
        <location filename="../ops_desktop/ui/labels.py" line="77"/>
        <source>Własnych ról nie można zmienić – zrobi to inny administrator.</source>
        <translation>You cannot change your own roles – another administrator will do it.</translation>
    </message>
    <message>
        <location filename="../ops_desktop/ui/labels.py" line="78"/>
        <source>Nowe hasło musi różnić się od dotychczasowego.</source>
        <translation>The new password must differ from the current one.</translation>
    </message>
    <message>
        <location filename="../ops_desktop/ui/labels.py" line="79"/>
        <source>Wartość spoza dopuszczalnego zakresu.</source>
        <translation>Value outside the permitted range.</translation>
    </message>
    <message>
        <location filename="../ops_desktop/ui/labels.py" line="80"/>
        <source>Nieprawidłowa wartość.</source>
        <translation>Invalid value.</translation>
    </message>
    <message>
        <location filename="../ops_desktop/ui/labels.py" line="81"/>
        <source>Wpisz dokładnie frazę potwierdzenia pokazaną nad polem.</source>
        <translation>Type the confirmation phrase exactly as shown above the field.</translation>
    </message>
    <message>
        <location filename="../ops_desktop/ui/labels.py" line="82"/>
        <source>Co najmniej jedna osoba nie jest już po okresie przechowywania – odśwież listę.</source>
        <translation>At least one person is no longer past the retention period – refresh the list.</translation>
    </message>
    <message>
        <location filename="../ops_desktop/ui/labels.py" line="83"/>
        <source>Ta pozycja występuje dwa razy.</source>
        <translation>This item appears twice.</translation>
    </message>
    <message>
        <location filename="../ops_desktop/ui/labels.py" line="84"/>
        <source>Kategoria archiwalna: A, Bc, B z liczbą lat (np. B10) albo BE z liczbą lat.</source>
        <translation>Archival category: A, Bc, B with a number of years (e.g. B10) or BE with a number of years.</translation>
    </message>
    <message>
        <location filename="../ops_desktop/ui/labels.py" line="85"/>
        <source>Okres przechowywania: liczba lat od 0 do 100.</source>
        <translation>Retention period: a number of years from 0 to 100.</translation>
    </message>
    <message>
        <location filename="../ops_desktop/ui/labels.py" line="86"/>
        <source>Liczba lat nie zgadza się z kategorią archiwalną (np. B10 – 10 lat).</source>
        <translation>The number of years does not match the archival category (e.g. B10 – 10 years).</translation>
    </message>
    <message>
        <location filename="../ops_desktop/ui/labels.py" line="87"/>
        <source>Ośrodek jest już skonfigurowany.</source>
        <translation>The office is already set up.</translation>
    </message>
    <message>
        <location filename="../ops_desktop/ui/labels.py" line="224"/>
        <source>Wybierz jedną z pozycji listy.</source>
        <translation>Choose one of the items in the list.</translation>
    </message>
    <message>
        <location filename="../ops_desktop/ui/labels.py" line="225"/>
        <source>Data jest wcześniejsza niż założenie sprawy.</source>
        <translation>The date is earlier than the opening of the case.</translation>
    </message>
    <message>
        <location filename="../ops_desktop/ui/labels.py" line="226"/>
        <source>To nie jest sprawa zespołu ds. pracy socjalnej.</source>
        <translation>This is not a case of the social work team.</translation>
    </message>
    <message>
        <location filename="../ops_desktop/ui/labels.py" line="227"/>
        <source>Sprawa jest zakończona – nie można dodać notatki.</source>
        <translation>The case is closed – a note cannot be added.</translation>
    </message>
    <message>
        <location filename="../ops_desktop/ui/labels.py" line="228"/>
        <source>Notatkę może poprawić tylko jej autor w dniu jej sporządzenia – dopisz nową notatkę.</source>
        <translation>A note can be corrected only by its author on the day it was written – add a new note.</translation>
    </message>
    <message>
        <location filename="../ops_desktop/ui/labels.py" line="232"/>
        <source>Nie można zapisywać w tym folderze (czy dysk jest podłączony?).</source>
        <translation>Cannot write to this folder (is the drive connected?).</translation>
    </message>
    <message>
        <location filename="../ops_desktop/ui/labels.py" line="233"/>
        <source>Hasło musi mieć co najmniej 12 znaków.</source>
        <translation>The password must have at least 12 characters.</translation>
    </message>
    <message>
        <location filename="../ops_desktop/ui/labels.py" line="234"/>
        <source>Hasła się różnią.</source>
        <translation>The passwords differ.</translation>
    </message>
    <message>
        <location filename="../ops_desktop/ui/labels.py" line="235"/>
        <source>To nie jest plik kopii zapasowej programu.</source>
        <translation>This is not a backup file of the program.</translation>
    </message>
    <message>
        <location filename="../ops_desktop/ui/labels.py" line="236"/>
        <location filename="../ops_desktop/ui/labels.py" line="237"/>
        <source>Kopię wykonała nowsza wersja programu – zaktualizuj program.</source>
        <translation>The backup was made by a newer version of the program – update the program.</translation>
    </message>
    <message>
        <location filename="../ops_desktop/ui/labels.py" line="238"/>
        <source>Błędne hasło albo uszkodzony nagłówek pliku kopii.</source>
        <translation>Wrong password or damaged backup file header.</translation>
    </message>
    <message>
        <location filename="../ops_desktop/ui/labels.py" line="239"/>
        <source>Plik kopii jest uszkodzony (niekompletny lub zmieniony) – wybierz wcześniejszą kopię.</source>
        <translation>The backup file is damaged (incomplete or altered) – choose an earlier backup.</translation>
    </message>
    <message>
        <location filename="../ops_desktop/ui/labels.py" line="240"/>
        <source>Kopia odszyfrowała się, ale zawarta w niej baza jest uszkodzona – wybierz wcześniejszą kopię.</source>
        <translation>The backup decrypted, but the database inside it is damaged – choose an earlier backup.</translation>
    </message>
    <message>
        <location filename="../ops_desktop/ui/labels.py" line="241"/>
        <source>Liczba wierszy w kopii nie zgadza się z zapisaną przy jej wykonaniu.</source>
        <translation>The number of rows in the backup does not match the number recorded when it was made.</translation>
    </message>
    <message>
        <location filename="../ops_desktop/ui/labels.py" line="242"/>
        <source>Przerwano – nie zapisano żadnego pliku.</source>
        <translation>Cancelled – no file was saved.</translation>
    </message>
    <message>
        <location filename="../ops_desktop/ui/labels.py" line="243"/>
        <source>Nie ma pliku bazy danych.</source>
        <translation>The database file does not exist.</translation>
    </message>
    <message>
        <location filename="../ops_desktop/ui/labels.py" line="244"/>
        <source>Nie ma folderu kopii (czy dysk USB jest podłączony?).</source>
        <translation>The backup folder does not exist (is the USB drive connected?).</translation>
    </message>
    <message>
        <location filename="../ops_desktop/ui/labels.py" line="245"/>
        <source>Nie udało się zapisać pliku kopii.</source>
        <translation>Could not write the backup file.</translation>
    </message>
    <message>
        <location filename="../ops_desktop/ui/labels.py" line="246"/>
        <source>Nie udało się odczytać pliku kopii.</source>
        <translation>Could not read the backup file.</translation>
    </message>
    <message>
        <location filename="../ops_desktop/ui/labels.py" line="247"/>
        <source>Kopie zapasowe tej bazy wykonuje serwer bazy danych, nie program.</source>
        <translation>Backups of this database are made by the database server, not by the program.</translation>
    </message>
    <message>
        <location filename="../ops_desktop/ui/labels.py" line="248"/>
        <source>Najpierw wybierz folder kopii i ustaw hasło.</source>
        <translation>First choose the backup folder and set a password.</translation>
    </message>
    <message>
        <location filename="../ops_desktop/ui/labels.py" line="249"/>
        <source>Baza jest otwarta w innym programie lub na innym komputerze – zamknij go i spróbuj ponownie; nic nie zmieniono.</source>
        <translation>The database is open in another program or on another PC – close it and try again; nothing was changed.</translation>
    </message>
</context>
<context>
    <name>file_check</name>
    <message>
        <location filename="../ops_desktop/ui/file_check.py" line="19"/>
        <source>Sprawdzenie pliku bazy danych wykryło uszkodzenie:
%1

Dokończ bieżącą czynność i zamknij program. Przy następnym uruchomieniu program sprawdzi plik i zaproponuje odtworzenie z najnowszej dobrej kopii zapasowej. Powiadom administratora.</source>
        <translation>Checking the database file found damage:
%1

Finish what you are doing and close the program. At the next start the program will check the file and offer to restore the newest good backup. Tell the administrator.</translation>
    </message>
</context>
<context>
    <name>forms</name>
    <message>
        <location filename="../ops_desktop/ui/forms.py" line="111"/>
        <source>Zamknij</source>
        <translation>Close</translation>
    </message>
    <message>
        <location filename="../ops_desktop/ui/forms.py" line="128"/>
        <source>Anuluj</source>
        <translation>Cancel</translation>
    </message>
</context>
<context>
    <name>inputs</name>
    <message>
        <location filename="../ops_desktop/ui/first_contact/inputs.py" line="114"/>
        <source>– brak –</source>
        <translation>– none –</translation>
    </message>
</context>
<context>
    <name>print_decisions</name>
    <message>
        <location filename="../ops_desktop/ui/printing.py" line="39"/>
        <source>Nie udało się przygotować wydruku: %1</source>
        <translation>Could not prepare the printout: %1</translation>
    </message>
    <message>
        <location filename="../ops_desktop/ui/printing.py" line="45"/>
        <source>Przygotowanie wydruku decyzji…</source>
        <translation>Preparing the decision printout…</translation>
    </message>
</context>
<context>
    <name>reasons</name>
    <message>
        <location filename="../ops_desktop/ui/labels.py" line="91"/>
        <source>dochód nie jest niższy od kryterium</source>
        <translation>income is not below the criterion</translation>
    </message>
    <message>
        <location filename="../ops_desktop/ui/labels.py" line="92"/>
        <source>dochód wnioskodawcy nie jest niższy od kryterium na osobę</source>
        <translation>applicant&apos;s income is not below the per-person criterion</translation>
    </message>
    <message>
        <location filename="../ops_desktop/ui/labels.py" line="93"/>
        <source>dochód na osobę nie jest niższy od kryterium</source>
        <translation>income per person is not below the criterion</translation>
    </message>
    <message>
        <location filename="../ops_desktop/ui/labels.py" line="94"/>
        <source>dochód przekracza kryterium</source>
        <translation>income exceeds the criterion</translation>
    </message>
    <message>
        <location filename="../ops_desktop/ui/labels.py" line="95"/>
        <source>kwota ograniczona do maksymalnej</source>
        <translation>amount capped at the maximum</translation>
    </message>
    <message>
        <location filename="../ops_desktop/ui/labels.py" line="96"/>
        <source>kwota podniesiona do minimalnej</source>
        <translation>amount raised to the minimum</translation>
    </message>
    <message>
        <location filename="../ops_desktop/ui/labels.py" line="97"/>
        <source>brak niezdolności do pracy z powodu wieku lub niepełnosprawności</source>
        <translation>no incapacity for work due to age or disability</translation>
    </message>
</context>
<context>
    <name>vocab</name>
    <message>
        <location filename="../ops_desktop/ui/labels.py" line="101"/>
        <source>Pierwszy kontakt</source>
        <translation>First contact</translation>
    </message>
    <message>
        <location filename="../ops_desktop/ui/labels.py" line="102"/>
        <source>Świadczenia</source>
        <translation>Benefits</translation>
    </message>
    <message>
        <location filename="../ops_desktop/ui/labels.py" line="103"/>
        <source>Praca socjalna</source>
        <translation>Social work</translation>
    </message>
    <message>
        <location filename="../ops_desktop/ui/labels.py" line="104"/>
        <source>Usługi</source>
        <translation>Services</translation>
    </message>
    <message>
        <location filename="../ops_desktop/ui/labels.py" line="108"/>
        <source>Koordynator</source>
        <translation>Coordinator</translation>
    </message>
    <message>
        <location filename="../ops_desktop/ui/labels.py" line="109"/>
        <source>Administrator</source>
        <translation>Administrator</translation>
    </message>
    <message>
        <location filename="../ops_desktop/ui/labels.py" line="110"/>
        <source>Inspektor ochrony danych</source>
        <translation>Data protection officer</translation>
    </message>
    <message>
        <location filename="../ops_desktop/ui/labels.py" line="113"/>
        <source>osobiście</source>
        <translation>in person</translation>
    </message>
    <message>
        <location filename="../ops_desktop/ui/labels.py" line="114"/>
        <source>telefonicznie</source>
        <translation>by phone</translation>
    </message>
    <message>
        <location filename="../ops_desktop/ui/labels.py" line="115"/>
        <source>pismo</source>
        <translation>letter</translation>
    </message>
    <message>
        <location filename="../ops_desktop/ui/labels.py" line="116"/>
        <source>e-mail / ePUAP</source>
        <translation>e-mail / ePUAP</translation>
    </message>
    <message>
        <location filename="../ops_desktop/ui/labels.py" line="117"/>
        <source>z urzędu</source>
        <translation>ex officio</translation>
    </message>
    <message>
        <location filename="../ops_desktop/ui/labels.py" line="120"/>
        <source>udzielono informacji lub porady</source>
        <translation>information or advice given</translation>
    </message>
    <message>
        <location filename="../ops_desktop/ui/labels.py" line="121"/>
        <source>skierowano do zespołu</source>
        <translation>referred to a team</translation>
    </message>
    <message>
        <location filename="../ops_desktop/ui/labels.py" line="122"/>
        <source>przyjęto wniosek</source>
        <translation>application lodged</translation>
    </message>
    <message>
        <location filename="../ops_desktop/ui/labels.py" line="125"/>
        <source>oczekuje</source>
        <translation>pending</translation>
    </message>
    <message>
        <location filename="../ops_desktop/ui/labels.py" line="126"/>
        <source>przyjęte</source>
        <translation>accepted</translation>
    </message>
    <message>
        <location filename="../ops_desktop/ui/labels.py" line="127"/>
        <source>zwrócone</source>
        <translation>returned</translation>
    </message>
    <message>
        <location filename="../ops_desktop/ui/labels.py" line="130"/>
        <source>zasiłek stały</source>
        <translation>permanent allowance</translation>
    </message>
    <message>
        <location filename="../ops_desktop/ui/labels.py" line="131"/>
        <source>zasiłek okresowy</source>
        <translation>periodic allowance</translation>
    </message>
    <message>
        <location filename="../ops_desktop/ui/labels.py" line="132"/>
        <source>zasiłek celowy</source>
        <translation>purpose allowance</translation>
    </message>
    <message>
        <location filename="../ops_desktop/ui/labels.py" line="133"/>
        <source>specjalny zasiłek celowy</source>
        <translation>special purpose allowance</translation>
    </message>
    <message>
        <location filename="../ops_desktop/ui/labels.py" line="136"/>
        <source>w toku</source>
        <translation>in progress</translation>
    </message>
    <message>
        <location filename="../ops_desktop/ui/labels.py" line="137"/>
        <source>rozstrzygnięty</source>
        <translation>decided</translation>
    </message>
    <message>
        <location filename="../ops_desktop/ui/labels.py" line="138"/>
        <source>wycofany</source>
        <translation>withdrawn</translation>
    </message>
    <message>
        <location filename="../ops_desktop/ui/labels.py" line="141"/>
        <source>przyznająca</source>
        <translation>granting</translation>
    </message>
    <message>
        <location filename="../ops_desktop/ui/labels.py" line="142"/>
        <source>odmowna</source>
        <translation>refusal</translation>
    </message>
    <message>
        <location filename="../ops_desktop/ui/labels.py" line="145"/>
        <source>projekt</source>
        <translation>draft</translation>
    </message>
    <message>
        <location filename="../ops_desktop/ui/labels.py" line="146"/>
        <source>podpisana</source>
        <translation>signed</translation>
    </message>
    <message>
        <location filename="../ops_desktop/ui/labels.py" line="149"/>
        <source>przelew na rachunek</source>
        <translation>bank transfer</translation>
    </message>
    <message>
        <location filename="../ops_desktop/ui/labels.py" line="150"/>
        <source>gotówka w kasie</source>
        <translation>cash at the cash desk</translation>
    </message>
    <message>
        <location filename="../ops_desktop/ui/labels.py" line="153"/>
        <source>wnioskodawca</source>
        <translation>applicant</translation>
    </message>
    <message>
        <location filename="../ops_desktop/ui/labels.py" line="154"/>
        <source>małżonek</source>
        <translation>spouse</translation>
    </message>
    <message>
        <location filename="../ops_desktop/ui/labels.py" line="155"/>
        <source>partner</source>
        <translation>partner</translation>
    </message>
    <message>
        <location filename="../ops_desktop/ui/labels.py" line="156"/>
        <source>dziecko</source>
        <translation>child</translation>
    </message>
    <message>
        <location filename="../ops_desktop/ui/labels.py" line="157"/>
        <source>rodzic</source>
        <translation>parent</translation>
    </message>
    <message>
        <location filename="../ops_desktop/ui/labels.py" line="158"/>
        <source>rodzeństwo</source>
        <translation>sibling</translation>
    </message>
    <message>
        <location filename="../ops_desktop/ui/labels.py" line="159"/>
        <source>wnuk</source>
        <translation>grandchild</translation>
    </message>
    <message>
        <location filename="../ops_desktop/ui/labels.py" line="160"/>
        <source>dziadek/babcia</source>
        <translation>grandparent</translation>
    </message>
    <message>
        <location filename="../ops_desktop/ui/labels.py" line="161"/>
        <source>inny krewny</source>
        <translation>other relative</translation>
    </message>
    <message>
        <location filename="../ops_desktop/ui/labels.py" line="162"/>
        <source>osoba niespokrewniona</source>
        <translation>unrelated person</translation>
    </message>
    <message>
        <location filename="../ops_desktop/ui/labels.py" line="165"/>
        <source>dowód osobisty</source>
        <translation>ID card</translation>
    </message>
    <message>
        <location filename="../ops_desktop/ui/labels.py" line="166"/>
        <source>paszport</source>
        <translation>passport</translation>
    </message>
    <message>
        <location filename="../ops_desktop/ui/labels.py" line="167"/>
        <source>karta pobytu</source>
        <translation>residence card</translation>
    </message>
    <message>
        <location filename="../ops_desktop/ui/labels.py" line="168"/>
        <source>inny dokument</source>
        <translation>other document</translation>
    </message>
    <message>
        <location filename="../ops_desktop/ui/labels.py" line="171"/>
        <source>ubóstwo</source>
        <translation>poverty</translation>
    </message>
    <message>
        <location filename="../ops_desktop/ui/labels.py" line="172"/>
        <source>sieroctwo</source>
        <translation>orphanhood</translation>
    </message>
    <message>
        <location filename="../ops_desktop/ui/labels.py" line="173"/>
        <source>bezdomność</source>
        <translation>homelessness</translation>
    </message>
    <message>
        <location filename="../ops_desktop/ui/labels.py" line="174"/>
        <source>bezrobocie</source>
        <translation>unemployment</translation>
    </message>
    <message>
        <location filename="../ops_desktop/ui/labels.py" line="175"/>
        <source>niepełnosprawność</source>
        <translation>disability</translation>
    </message>
    <message>
        <location filename="../ops_desktop/ui/labels.py" line="176"/>
        <source>długotrwała lub ciężka choroba</source>
        <translation>long-term or serious illness</translation>
    </message>
    <message>
        <location filename="../ops_desktop/ui/labels.py" line="177"/>
        <source>przemoc domowa</source>
        <translation>domestic violence</translation>
    </message>
    <message>
        <location filename="../ops_desktop/ui/labels.py" line="178"/>
        <source>ochrona ofiar handlu ludźmi</source>
        <translation>protection of victims of human trafficking</translation>
    </message>
    <message>
        <location filename="../ops_desktop/ui/labels.py" line="179"/>
        <source>ochrona macierzyństwa lub wielodzietności</source>
        <translation>protection of maternity or large families</translation>
    </message>
    <message>
        <location filename="../ops_desktop/ui/labels.py" line="180"/>
        <source>bezradność w sprawach opiekuńczo-wychowawczych</source>
        <translation>helplessness in care and parenting matters</translation>
    </message>
    <message>
        <location filename="../ops_desktop/ui/labels.py" line="181"/>
        <source>trudności w integracji cudzoziemców</source>
        <translation>difficulties integrating foreigners</translation>
    </message>
    <message>
        <location filename="../ops_desktop/ui/labels.py" line="182"/>
        <source>trudności po zwolnieniu z zakładu karnego</source>
        <translation>difficulties after release from prison</translation>
    </message>
    <message>
        <location filename="../ops_desktop/ui/labels.py" line="183"/>
        <source>alkoholizm lub narkomania</source>
        <translation>alcoholism or drug addiction</translation>
    </message>
    <message>
        <location filename="../ops_desktop/ui/labels.py" line="184"/>
        <source>zdarzenie losowe i sytuacja kryzysowa</source>
        <translation>unforeseen event and crisis situation</translation>
    </message>
    <message>
        <location filename="../ops_desktop/ui/labels.py" line="185"/>
        <source>klęska żywiołowa lub ekologiczna</source>
        <translation>natural or ecological disaster</translation>
    </message>
    <message>
        <location filename="../ops_desktop/ui/labels.py" line="186"/>
        <source>inna okoliczność</source>
        <translation>other circumstance</translation>
    </message>
    <message>
        <location filename="../ops_desktop/ui/labels.py" line="217"/>
        <source>notatka służbowa</source>
        <translation>file note</translation>
    </message>
    <message>
        <location filename="../ops_desktop/ui/labels.py" line="218"/>
        <source>wywiad środowiskowy</source>
        <translation>community interview</translation>
    </message>
    <message>
        <location filename="../ops_desktop/ui/labels.py" line="219"/>
        <source>wizyta w miejscu zamieszkania</source>
        <translation>home visit</translation>
    </message>
    <message>
        <location filename="../ops_desktop/ui/labels.py" line="220"/>
        <source>praca z rodziną</source>
        <translation>work with the family</translation>
    </message>
    <message>
        <location filename="../ops_desktop/ui/labels.py" line="221"/>
        <source>Niebieska Karta</source>
        <translation>Blue Card procedure</translation>
    </message>
</context>
</TS>
