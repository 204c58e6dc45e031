<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en" sourcelanguage="pl_PL">
<context>
    <name>AboutDialog</name>
    <message>
        <location filename="../ops_desktop/ui/about_dialog.py" line="27"/>
        <source>O programie</source>
        <translation>About</translation>
    </message>
    <message>
        <location filename="../ops_desktop/ui/about_dialog.py" line="30"/>
        <source>OPS – pomoc społeczna, wersja %1</source>
        <translation>OPS – social assistance, version %1</translation>
    </message>
    <message>
        <location filename="../ops_desktop/ui/about_dialog.py" line="32"/>
        <source>Parametry ustawy o pomocy społecznej obowiązujące od %1</source>
        <translation>Social Assistance Act parameters in force from %1</translation>
    </message>
    <message>
        <location filename="../ops_desktop/ui/about_dialog.py" line="34"/>
        <source>Źródło: %1</source>
        <translation>Source: %1</translation>
    </message>
</context>
<context>
    <name>ActionsEditor</name>
    <message>
        <location filename="../ops_desktop/ui/social_work/contract_actions.py" line="144"/>
        <source>Działania</source>
        <translation>Actions</translation>
    </message>
    <message>
        <location filename="../ops_desktop/ui/social_work/contract_actions.py" line="155"/>
        <source>&amp;Dodaj działanie</source>
        <translation>&amp;Add action</translation>
    </message>
    <message>
        <location filename="../ops_desktop/ui/social_work/contract_actions.py" line="157"/>
        <source>&amp;Usuń działanie</source>
        <translation>&amp;Remove action</translation>
    </message>
</context>
<context>
    <name>ActionsModel</name>
    <message>
        <location filename="../ops_desktop/ui/social_work/contract_actions.py" line="55"/>
        <source>Działanie/zadanie</source>
        <translation>Action/task</translation>
    </message>
    <message>
        <location filename="../ops_desktop/ui/social_work/contract_actions.py" line="55"/>
        <source>Kto realizuje</source>
        <translation>Who carries it out</translation>
    </message>
    <message>
        <location filename="../ops_desktop/ui/social_work/contract_actions.py" line="56"/>
        <source>Kto (nazwa)</source>
        <translation>Who (name)</translation>
    </message>
    <message>
        <location filename="../ops_desktop/ui/social_work/contract_actions.py" line="56"/>
        <source>Termin (dd.mm.rrrr)</source>
        <translation>Due (dd.mm.yyyy)</translation>
    </message>
    <message>
        <location filename="../ops_desktop/ui/social_work/contract_actions.py" line="57"/>
        <source>Sposób oceny</source>
        <translation>How it is assessed</translation>
    </message>
</context>
<context>
    <name>AdhocListDialog</name>
    <message>
        <location filename="../ops_desktop/ui/coordinator/adhoc_lists.py" line="66"/>
        <source>Zestawienia własne</source>
        <translation>Own lists</translation>
    </message>
    <message>
        <location filename="../ops_desktop/ui/coordinator/adhoc_lists.py" line="75"/>
        <source>osoby</source>
        <translation>persons</translation>
    </message>
    <message>
        <location filename="../ops_desktop/ui/coordinator/adhoc_lists.py" line="75"/>
        <source>sprawy</source>
        <translation>cases</translation>
    </message>
    <message>
        <location filename="../ops_desktop/ui/coordinator/adhoc_lists.py" line="76"/>
        <source>decyzje</source>
        <translation>decisions</translation>
    </message>
    <message>
        <location filename="../ops_desktop/ui/coordinator/adhoc_lists.py" line="76"/>
        <source>wypłaty</source>
        <translation>payments</translation>
    </message>
    <message>
        <location filename="../ops_desktop/ui/coordinator/adhoc_lists.py" line="88"/>
        <source>malejąco</source>
        <translation>descending</translation>
    </message>
    <message>
        <location filename="../ops_desktop/ui/coordinator/adhoc_lists.py" line="94"/>
        <source>Zapisane:</source>
        <translation>Saved:</translation>
    </message>
    <message>
        <location filename="../ops_desktop/ui/coordinator/adhoc_lists.py" line="95"/>
        <source>&amp;Nazwa:</source>
        <translation>&amp;Name:</translation>
    </message>
    <message>
        <location filename="../ops_desktop/ui/coordinator/adhoc_lists.py" line="96"/>
        <source>&amp;Rekordy:</source>
        <translation>&amp;Records:</translation>
    </message>
    <message>
        <location filename="../ops_desktop/ui/coordinator/adhoc_lists.py" line="97"/>
        <source>&amp;Kolumny:</source>
        <translation>&amp;Columns:</translation>
    </message>
    <message>
        <location filename="../ops_desktop/ui/coordinator/adhoc_lists.py" line="100"/>
        <source>Kolejność:</source>
        <translation>Order:</translation>
    </message>
    <message>
        <location filename="../ops_desktop/ui/coordinator/adhoc_lists.py" line="102"/>
        <source>Zestawienie</source>
        <translation>List</translation>
    </message>
    <message>
        <location filename="../ops_desktop/ui/coordinator/adhoc_lists.py" line="105"/>
        <source>&amp;Pokaż</source>
        <translation>&amp;Show</translation>
    </message>
    <message>
        <location filename="../ops_desktop/ui/coordinator/adhoc_lists.py" line="106"/>
        <source>&amp;Zapisz zestawienie</source>
        <translation>&amp;Save the list</translation>
    </message>
    <message>
        <location filename="../ops_desktop/ui/coordinator/adhoc_lists.py" line="107"/>
        <source>Eksport &amp;XLSX…</source>
        <translation>Export &amp;XLSX…</translation>
    </message>
    <message>
        <location filename="../ops_desktop/ui/coordinator/adhoc_lists.py" line="109"/>
        <source>Eksport &amp;CSV…</source>
        <translation>Export &amp;CSV…</translation>
    </message>
    <message>
        <location filename="../ops_desktop/ui/coordinator/adhoc_lists.py" line="143"/>
        <source>(bez porządku)</source>
        <translation>(no order)</translation>
    </message>
    <message>
        <location filename="../ops_desktop/ui/coordinator/adhoc_lists.py" line="155"/>
        <source>(nowe zestawienie)</source>
        <translation>(new list)</translation>
    </message>
    <message>
        <location filename="../ops_desktop/ui/coordinator/adhoc_lists.py" line="196"/>
        <source>popraw zaznaczone filtry</source>
        <translation>correct the marked filters</translation>
    </message>
    <message>
        <location filename="../ops_desktop/ui/coordinator/adhoc_lists.py" line="207"/>
        <source>nazwa</source>
        <translation>name</translation>
    </message>
    <message>
        <location filename="../ops_desktop/ui/coordinator/adhoc_lists.py" line="207"/>
        <source>kolumny</source>
        <translation>columns</translation>
    </message>
    <message>
        <location filename="../ops_desktop/ui/coordinator/adhoc_lists.py" line="98"/>
        <source>Filtry:</source>
        <translation>Filters:</translation>
    </message>
    <message>
        <location filename="../ops_desktop/ui/coordinator/adhoc_lists.py" line="208"/>
        <source>kolejność</source>
        <translation>order</translation>
    </message>
    <message>
        <location filename="../ops_desktop/ui/coordinator/adhoc_lists.py" line="208"/>
        <source>filtry</source>
        <translation>filters</translation>
    </message>
    <message>
        <location filename="../ops_desktop/ui/coordinator/adhoc_lists.py" line="221"/>
        <source>Anulowano.</source>
        <translation>Cancelled.</translation>
    </message>
    <message>
        <location filename="../ops_desktop/ui/coordinator/adhoc_lists.py" line="229"/>
        <source>Pozycji: %1</source>
        <translation>Items: %1</translation>
    </message>
    <message>
        <location filename="../ops_desktop/ui/coordinator/adhoc_lists.py" line="231"/>
        <source>Zestawienie…</source>
        <translation>Making the list…</translation>
    </message>
    <message>
        <location filename="../ops_desktop/ui/coordinator/adhoc_lists.py" line="243"/>
        <source>Zapisano zestawienie „%1”.</source>
        <translation>Saved the list &quot;%1&quot;.</translation>
    </message>
    <message>
        <location filename="../ops_desktop/ui/coordinator/adhoc_lists.py" line="248"/>
        <source>Eksport zestawienia</source>
        <translation>Export the list</translation>
    </message>
    <message>
        <location filename="../ops_desktop/ui/coordinator/adhoc_lists.py" line="254"/>
        <source>Eksport zestawienia…</source>
        <translation>Exporting the list…</translation>
    </message>
</context>
<context>
    <name>AdminPage</name>
    <message>
        <location filename="../ops_desktop/ui/setup_wizard.py" line="117"/>
        <source>Konto administratora</source>
        <translation>Administrator account</translation>
    </message>
    <message>
        <location filename="../ops_desktop/ui/setup_wizard.py" line="118"/>
        <source>Administrator zakłada konta pracowników, nadaje role i resetuje hasła. Nie ma wglądu w sprawy podopiecznych.</source>
        <translation>The administrator creates staff accounts, assigns roles and resets passwords. They have no access to clients&apos; cases.</translation>
    </message>
    <message>
        <location filename="../ops_desktop/ui/setup_wizard.py" line="121"/>
        <source>Login</source>
        <translation>Username</translation>
    </message>
    <message>
        <location filename="../ops_desktop/ui/setup_wizard.py" line="122"/>
        <source>Imię i nazwisko</source>
        <translation>Full name</translation>
    </message>
    <message>
        <location filename="../ops_desktop/ui/setup_wizard.py" line="123"/>
        <location filename="../ops_desktop/ui/setup_wizard.py" line="130"/>
        <source>Stanowisko</source>
        <translation>Job title</translation>
    </message>
    <message>
        <location filename="../ops_desktop/ui/setup_wizard.py" line="124"/>
        <source>Hasło</source>
        <translation>Password</translation>
    </message>
    <message>
        <location filename="../ops_desktop/ui/setup_wizard.py" line="125"/>
        <source>Powtórz hasło</source>
        <translation>Repeat password</translation>
    </message>
    <message>
        <location filename="../ops_desktop/ui/setup_wizard.py" line="128"/>
        <source>Login *</source>
        <translation>Username *</translation>
    </message>
    <message>
        <location filename="../ops_desktop/ui/setup_wizard.py" line="129"/>
        <source>Imię i nazwisko *</source>
        <translation>Full name *</translation>
    </message>
    <message>
        <location filename="../ops_desktop/ui/setup_wizard.py" line="131"/>
        <source>Hasło * (co najmniej 10 znaków)</source>
        <translation>Password * (at least 10 characters)</translation>
    </message>
    <message>
        <location filename="../ops_desktop/ui/setup_wizard.py" line="132"/>
        <source>Powtórz hasło *</source>
        <translation>Repeat password *</translation>
    </message>
    <message>
        <location filename="../ops_desktop/ui/setup_wizard.py" line="138"/>
        <location filename="../ops_desktop/ui/setup_wizard.py" line="150"/>
        <source>Login kierownika</source>
        <translation>Head&apos;s login</translation>
    </message>
    <message>
        <location filename="../ops_desktop/ui/setup_wizard.py" line="140"/>
        <location filename="../ops_desktop/ui/setup_wizard.py" line="151"/>
        <source>Imię i nazwisko kierownika</source>
        <translation>Head&apos;s full name</translation>
    </message>
    <message>
        <location filename="../ops_desktop/ui/setup_wizard.py" line="142"/>
        <location filename="../ops_desktop/ui/setup_wizard.py" line="152"/>
        <source>Hasło tymczasowe kierownika</source>
        <translation>Head&apos;s temporary password</translation>
    </message>
    <message>
        <location filename="../ops_desktop/ui/setup_wizard.py" line="144"/>
        <source>Konto kierownika ośrodka (zalecane): role z dostępem do spraw nadane później działają dopiero po zatwierdzeniu przez kierownika. Kierownik zmieni hasło tymczasowe przy pierwszym logowaniu.</source>
        <translation>The head&apos;s account (recommended): roles with access to cases given later take effect only once the head confirms them. The head changes the temporary password at first sign-in.</translation>
    </message>
    <message>
        <location filename="../ops_desktop/ui/setup_wizard.py" line="166"/>
        <source>kierownik ośrodka</source>
        <translation>head of the centre</translation>
    </message>
</context>
<context>
    <name>AdminTab</name>
    <message>
        <location filename="../ops_desktop/ui/admin/tab.py" line="95"/>
        <source>Kopie zapasowe – moduł niedostępny</source>
        <translation>Backups – module not available</translation>
    </message>
    <message>
        <location filename="../ops_desktop/ui/admin/tab.py" line="117"/>
        <source>Użytkownicy</source>
        <translation>Users</translation>
    </message>
    <message>
        <location filename="../ops_desktop/ui/admin/tab.py" line="118"/>
        <source>Dane ośrodka</source>
        <translation>Office details</translation>
    </message>
    <message>
        <location filename="../ops_desktop/ui/admin/tab.py" line="119"/>
        <source>Bezpieczeństwo</source>
        <translation>Security</translation>
    </message>
    <message>
        <location filename="../ops_desktop/ui/admin/tab.py" line="120"/>
        <source>Kopie zapasowe</source>
        <translation>Backups</translation>
    </message>
    <message>
        <location filename="../ops_desktop/ui/admin/tab.py" line="121"/>
        <source>Biuro na kilku komputerach</source>
        <translation>Office of several PCs</translation>
    </message>
    <message>
        <location filename="../ops_desktop/ui/admin/tab.py" line="122"/>
        <source>Zmiany odrzucone</source>
        <translation>Refused changes</translation>
    </message>
    <message>
        <location filename="../ops_desktop/ui/admin/tab.py" line="124"/>
        <source>Bank</source>
        <translation>Bank</translation>
    </message>
</context>
<context>
    <name>AnnexForm</name>
    <message>
        <location filename="../ops_desktop/ui/social_work/contract_form.py" line="252"/>
        <source>Aneks do kontraktu socjalnego</source>
        <translation>Annex to the social contract</translation>
    </message>
    <message>
        <location filename="../ops_desktop/ui/social_work/contract_form.py" line="254"/>
        <source>Treść aneksu</source>
        <translation>Annex text</translation>
    </message>
    <message>
        <location filename="../ops_desktop/ui/social_work/contract_form.py" line="256"/>
        <source>&amp;Treść aneksu:</source>
        <translation>Annex &amp;text:</translation>
    </message>
    <message>
        <location filename="../ops_desktop/ui/social_work/contract_form.py" line="264"/>
        <source>&amp;Zapisz projekt aneksu</source>
        <translation>&amp;Save annex draft</translation>
    </message>
</context>
<context>
    <name>AppealsPage</name>
    <message>
        <location filename="../ops_desktop/ui/benefits/appeals_page.py" line="46"/>
        <source>&amp;Zarejestruj odwołanie…</source>
        <translation>&amp;Register an appeal…</translation>
    </message>
    <message>
        <location filename="../ops_desktop/ui/benefits/appeals_page.py" line="48"/>
        <source>&amp;Uwzględnij…</source>
        <translation>&amp;Grant…</translation>
    </message>
    <message>
        <location filename="../ops_desktop/ui/benefits/appeals_page.py" line="49"/>
        <source>Art. 132 § 1 KPA: decyzja zmieniająca zaskarżoną, do podpisu</source>
        <translation>Art. 132 § 1 KPA: a decision changing the appealed one, to be signed</translation>
    </message>
    <message>
        <location filename="../ops_desktop/ui/benefits/appeals_page.py" line="52"/>
        <source>&amp;Zgoda pozostałych stron…</source>
        <translation>Other parties&apos; &amp;consent…</translation>
    </message>
    <message>
        <location filename="../ops_desktop/ui/benefits/appeals_page.py" line="54"/>
        <source>&amp;Przekaż do SKO…</source>
        <translation>&amp;Forward to the SKO…</translation>
    </message>
    <message>
        <location filename="../ops_desktop/ui/benefits/appeals_page.py" line="56"/>
        <source>Drukuj &amp;pismo do SKO</source>
        <translation>Print the &amp;letter to the SKO</translation>
    </message>
    <message>
        <location filename="../ops_desktop/ui/benefits/appeals_page.py" line="58"/>
        <source>&amp;Rozstrzygnięcie SKO…</source>
        <translation>SKO &amp;outcome…</translation>
    </message>
    <message>
        <location filename="../ops_desktop/ui/benefits/appeals_page.py" line="72"/>
        <source>Odwołania</source>
        <translation>Appeals</translation>
    </message>
    <message>
        <location filename="../ops_desktop/ui/benefits/appeals_page.py" line="93"/>
        <source>Znak sprawy</source>
        <translation>Case sign</translation>
    </message>
    <message>
        <location filename="../ops_desktop/ui/benefits/appeals_page.py" line="94"/>
        <source>Strona</source>
        <translation>Party</translation>
    </message>
    <message>
        <location filename="../ops_desktop/ui/benefits/appeals_page.py" line="95"/>
        <source>Wniesiono</source>
        <translation>Lodged</translation>
    </message>
    <message>
        <location filename="../ops_desktop/ui/benefits/appeals_page.py" line="97"/>
        <source>W terminie?</source>
        <translation>In time?</translation>
    </message>
    <message>
        <location filename="../ops_desktop/ui/benefits/appeals_page.py" line="99"/>
        <source>14 dni od doręczenia decyzji (art. 129 § 2 KPA)</source>
        <translation>14 days from delivery of the decision (art. 129 § 2 KPA)</translation>
    </message>
    <message>
        <location filename="../ops_desktop/ui/benefits/appeals_page.py" line="100"/>
        <source>Termin organu</source>
        <translation>Organ&apos;s deadline</translation>
    </message>
    <message>
        <location filename="../ops_desktop/ui/benefits/appeals_page.py" line="102"/>
        <source>7 dni od wpływu odwołania (art. 133 KPA)</source>
        <translation>7 days from receipt of the appeal (art. 133 KPA)</translation>
    </message>
    <message>
        <location filename="../ops_desktop/ui/benefits/appeals_page.py" line="103"/>
        <source>Stan</source>
        <translation>State</translation>
    </message>
    <message>
        <location filename="../ops_desktop/ui/benefits/appeals_page.py" line="108"/>
        <source>nie wiadomo (brak daty doręczenia)</source>
        <translation>unknown (no delivery date)</translation>
    </message>
    <message>
        <location filename="../ops_desktop/ui/benefits/appeals_page.py" line="109"/>
        <source>tak</source>
        <translation>yes</translation>
    </message>
    <message>
        <location filename="../ops_desktop/ui/benefits/appeals_page.py" line="109"/>
        <source>NIE – po terminie</source>
        <translation>NO – late</translation>
    </message>
    <message>
        <location filename="../ops_desktop/ui/benefits/appeals_page.py" line="115"/>
        <source> – PO TERMINIE (%1 dn.)</source>
        <translation> – OVERDUE (%1 days)</translation>
    </message>
    <message>
        <location filename="../ops_desktop/ui/benefits/appeals_page.py" line="118"/>
        <source> – przekazano po terminie</source>
        <translation> – forwarded late</translation>
    </message>
    <message>
        <location filename="../ops_desktop/ui/benefits/appeals_page.py" line="156"/>
        <source>%1 – odwołanie z %2 (wpływ %3): %4</source>
        <translation>%1 – appeal of %2 (received %3): %4</translation>
    </message>
    <message>
        <location filename="../ops_desktop/ui/benefits/appeals_page.py" line="158"/>
        <source>%1 – zażalenie na postanowienie z %2 (wpływ %3): %4</source>
        <translation>%1 – complaint against an order of %2 (received %3): %4</translation>
    </message>
    <message>
        <location filename="../ops_desktop/ui/benefits/appeals_page.py" line="178"/>
        <source>Zarejestrowano odwołanie w sprawie %1.</source>
        <translation>An appeal was registered in case %1.</translation>
    </message>
    <message>
        <location filename="../ops_desktop/ui/benefits/appeals_page.py" line="198"/>
        <source>Przygotowano projekt decyzji uwzględniającej odwołanie – po jej podpisaniu odwołanie jest załatwione.</source>
        <translation>A draft decision granting the appeal was prepared – once it is signed the appeal is settled.</translation>
    </message>
    <message>
        <location filename="../ops_desktop/ui/benefits/appeals_page.py" line="212"/>
        <source>Odwołanie przekazano do SKO.</source>
        <translation>The appeal was forwarded to the SKO.</translation>
    </message>
    <message>
        <location filename="../ops_desktop/ui/benefits/appeals_page.py" line="233"/>
        <source>Zapisano zgodę pozostałych stron – odwołanie można uwzględnić.</source>
        <translation>The other parties&apos; consent is recorded – the appeal may be granted.</translation>
    </message>
    <message>
        <location filename="../ops_desktop/ui/benefits/appeals_page.py" line="243"/>
        <source>Zapisano rozstrzygnięcie SKO.</source>
        <translation>The SKO&apos;s outcome was saved.</translation>
    </message>
</context>
<context>
    <name>ApplicationDeadlinesPage</name>
    <message>
        <location filename="../ops_desktop/ui/coordinator/application_deadlines.py" line="36"/>
        <source>Pracownik</source>
        <translation>Worker</translation>
    </message>
    <message>
        <location filename="../ops_desktop/ui/coordinator/application_deadlines.py" line="37"/>
        <source>Po terminie</source>
        <translation>Overdue</translation>
    </message>
    <message>
        <location filename="../ops_desktop/ui/coordinator/application_deadlines.py" line="39"/>
        <source>Termin w ciągu 3 dni roboczych</source>
        <translation>Due within 3 working days</translation>
    </message>
    <message>
        <location filename="../ops_desktop/ui/coordinator/application_deadlines.py" line="41"/>
        <source>Wnioski w toku</source>
        <translation>Applications pending</translation>
    </message>
    <message>
        <location filename="../ops_desktop/ui/coordinator/application_deadlines.py" line="45"/>
        <source>Terminy wniosków według pracowników</source>
        <translation>Application deadlines by worker</translation>
    </message>
    <message>
        <location filename="../ops_desktop/ui/coordinator/application_deadlines.py" line="54"/>
        <source>(bez przypisanego pracownika)</source>
        <translation>(no worker assigned)</translation>
    </message>
    <message>
        <location filename="../ops_desktop/ui/coordinator/application_deadlines.py" line="69"/>
        <source>Wnioski po terminie załatwienia (art. 35 KPA): %1; z terminem w ciągu 3 dni roboczych: %2.</source>
        <translation>Applications past their deadline (art. 35 KPA): %1; due within 3 working days: %2.</translation>
    </message>
</context>
<context>
    <name>ApplicationDialog</name>
    <message>
        <location filename="../ops_desktop/ui/benefits/application_dialog.py" line="120"/>
        <source>Nowy wniosek o świadczenie</source>
        <translation>New benefit application</translation>
    </message>
    <message>
        <location filename="../ops_desktop/ui/benefits/application_dialog.py" line="124"/>
        <source>Szukaj osoby</source>
        <translation>Search for a person</translation>
    </message>
    <message>
        <location filename="../ops_desktop/ui/benefits/application_dialog.py" line="125"/>
        <source>Nazwisko i imię lub PESEL, Enter – szukaj</source>
        <translation>Surname and first name or PESEL, Enter – search</translation>
    </message>
    <message>
        <location filename="../ops_desktop/ui/benefits/application_dialog.py" line="128"/>
        <source>Osoba</source>
        <translation>Person</translation>
    </message>
    <message>
        <location filename="../ops_desktop/ui/benefits/application_dialog.py" line="129"/>
        <source>PESEL</source>
        <translation>PESEL</translation>
    </message>
    <message>
        <location filename="../ops_desktop/ui/benefits/application_dialog.py" line="130"/>
        <source>Data ur.</source>
        <translation>Date of birth</translation>
    </message>
    <message>
        <location filename="../ops_desktop/ui/benefits/application_dialog.py" line="131"/>
        <source>Adres</source>
        <translation>Address</translation>
    </message>
    <message>
        <location filename="../ops_desktop/ui/benefits/application_dialog.py" line="133"/>
        <source>Znalezione osoby</source>
        <translation>People found</translation>
    </message>
    <message>
        <location filename="../ops_desktop/ui/benefits/application_dialog.py" line="136"/>
        <source>(nie wybrano osoby)</source>
        <translation>(no person selected)</translation>
    </message>
    <message>
        <location filename="../ops_desktop/ui/benefits/application_dialog.py" line="144"/>
        <source>Data wpływu wniosku</source>
        <translation>Date application received</translation>
    </message>
    <message>
        <location filename="../ops_desktop/ui/benefits/application_dialog.py" line="146"/>
        <source>Forma pomocy</source>
        <translation>Form of assistance</translation>
    </message>
    <message>
        <location filename="../ops_desktop/ui/benefits/application_dialog.py" line="149"/>
        <source>Cel zasiłku celowego</source>
        <translation>Purpose of the allowance</translation>
    </message>
    <message>
        <location filename="../ops_desktop/ui/benefits/application_dialog.py" line="150"/>
        <source>np. zakup opału, leków</source>
        <translation>e.g. buying fuel, medicines</translation>
    </message>
    <message>
        <location filename="../ops_desktop/ui/benefits/application_dialog.py" line="151"/>
        <source>niezdolny do pracy z powodu &amp;wieku lub niepełnosprawności</source>
        <translation>unable to work due to &amp;age or disability</translation>
    </message>
    <message>
        <location filename="../ops_desktop/ui/benefits/application_dialog.py" line="153"/>
        <source>wnios&amp;kowany okres</source>
        <translation>re&amp;quested period</translation>
    </message>
    <message>
        <location filename="../ops_desktop/ui/benefits/application_dialog.py" line="156"/>
        <source>Wnioskowany okres od</source>
        <translation>Requested period from</translation>
    </message>
    <message>
        <location filename="../ops_desktop/ui/benefits/application_dialog.py" line="157"/>
        <source>Wnioskowany okres do</source>
        <translation>Requested period to</translation>
    </message>
    <message>
        <location filename="../ops_desktop/ui/benefits/application_dialog.py" line="163"/>
        <source>&amp;Zapisz wniosek</source>
        <translation>&amp;Save application</translation>
    </message>
    <message>
        <location filename="../ops_desktop/ui/benefits/application_dialog.py" line="173"/>
        <source>&amp;Osoba:</source>
        <translation>&amp;Person:</translation>
    </message>
    <message>
        <location filename="../ops_desktop/ui/benefits/application_dialog.py" line="178"/>
        <source>Wybrana osoba:</source>
        <translation>Selected person:</translation>
    </message>
    <message>
        <location filename="../ops_desktop/ui/benefits/application_dialog.py" line="179"/>
        <source>dzień złożenia wniosku w punkcie pierwszego kontaktu</source>
        <translation>the day the application was lodged at the first-contact desk</translation>
    </message>
    <message>
        <location filename="../ops_desktop/ui/benefits/application_dialog.py" line="182"/>
        <source>&amp;Data wpływu:</source>
        <translation>&amp;Date received:</translation>
    </message>
    <message>
        <location filename="../ops_desktop/ui/benefits/application_dialog.py" line="185"/>
        <source>&amp;Forma pomocy:</source>
        <translation>&amp;Form of assistance:</translation>
    </message>
    <message>
        <location filename="../ops_desktop/ui/benefits/application_dialog.py" line="186"/>
        <source>&amp;Cel:</source>
        <translation>P&amp;urpose:</translation>
    </message>
    <message>
        <location filename="../ops_desktop/ui/benefits/application_dialog.py" line="189"/>
        <source>od</source>
        <translation>from</translation>
    </message>
    <message>
        <location filename="../ops_desktop/ui/benefits/application_dialog.py" line="190"/>
        <source>do</source>
        <translation>to</translation>
    </message>
</context>
<context>
    <name>ApplicationPanel</name>
    <message>
        <location filename="../ops_desktop/ui/benefits/application_panel.py" line="68"/>
        <source>Niezapisane dane wniosku</source>
        <translation>Unsaved application data</translation>
    </message>
    <message>
        <location filename="../ops_desktop/ui/benefits/application_panel.py" line="69"/>
        <source>Wpisane dochody albo powody i wywiad nie zostały zapisane. Zapisać je przed przejściem do innego wniosku?</source>
        <translation>The incomes or the grounds and interview typed have not been saved. Save them before moving to another application?</translation>
    </message>
    <message>
        <location filename="../ops_desktop/ui/benefits/application_panel.py" line="74"/>
        <source>&amp;Zapisz</source>
        <translation>&amp;Save</translation>
    </message>
    <message>
        <location filename="../ops_desktop/ui/benefits/application_panel.py" line="76"/>
        <source>&amp;Odrzuć</source>
        <translation>&amp;Discard</translation>
    </message>
    <message>
        <location filename="../ops_desktop/ui/benefits/application_panel.py" line="78"/>
        <source>Anuluj</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <location filename="../ops_desktop/ui/benefits/application_panel.py" line="158"/>
        <source>Wybierz wniosek z listy albo zarejestruj nowy (Ctrl+N).</source>
        <translation>Select an application from the list or register a new one (Ctrl+N).</translation>
    </message>
    <message>
        <location filename="../ops_desktop/ui/benefits/application_panel.py" line="169"/>
        <source>Dochody zmienione – zapisz je, aby przeliczyć ocenę.</source>
        <translation>Incomes changed – save them to recalculate the assessment.</translation>
    </message>
    <message>
        <location filename="../ops_desktop/ui/benefits/application_panel.py" line="174"/>
        <source>Dochody gospodarstwa w miesiącu poprzedzającym złożenie wniosku</source>
        <translation>Household incomes in the month before the application was made</translation>
    </message>
    <message>
        <location filename="../ops_desktop/ui/benefits/application_panel.py" line="181"/>
        <source>Zapisz po&amp;wody i wywiad</source>
        <translation>Save &amp;grounds and interview</translation>
    </message>
    <message>
        <location filename="../ops_desktop/ui/benefits/application_panel.py" line="182"/>
        <source>Zapisz powody i wywiad</source>
        <translation>Save grounds and interview</translation>
    </message>
    <message>
        <location filename="../ops_desktop/ui/benefits/application_panel.py" line="190"/>
        <source>Wniosek nie jest powiązany z rodzinnym wywiadem środowiskowym zapisanym w programie – uzasadnienie decyzji nie powoła się na wywiad.</source>
        <translation>The application is not linked to a family interview recorded in the program – the decision&apos;s reasoning will not refer to an interview.</translation>
    </message>
    <message>
        <location filename="../ops_desktop/ui/benefits/application_panel.py" line="194"/>
        <source>Powody pomocy i wywiad środowiskowy</source>
        <translation>Grounds for help and family interview</translation>
    </message>
    <message>
        <location filename="../ops_desktop/ui/benefits/application_panel.py" line="208"/>
        <location filename="../ops_desktop/ui/benefits/application_panel.py" line="357"/>
        <source>Przygotuj d&amp;ecyzję</source>
        <translation>Prepare &amp;decision</translation>
    </message>
    <message>
        <location filename="../ops_desktop/ui/benefits/application_panel.py" line="210"/>
        <source>Podgląd &amp;wydruku</source>
        <translation>Print pre&amp;view</translation>
    </message>
    <message>
        <location filename="../ops_desktop/ui/benefits/application_panel.py" line="212"/>
        <source>Podp&amp;isz</source>
        <translation>&amp;Sign</translation>
    </message>
    <message>
        <location filename="../ops_desktop/ui/benefits/application_panel.py" line="213"/>
        <source>Dr&amp;ukuj</source>
        <translation>&amp;Print</translation>
    </message>
    <message>
        <location filename="../ops_desktop/ui/benefits/application_panel.py" line="214"/>
        <source>Wycofanie wnio&amp;sku…</source>
        <translation>With&amp;draw application…</translation>
    </message>
    <message>
        <location filename="../ops_desktop/ui/benefits/application_panel.py" line="216"/>
        <source>Decyzja</source>
        <translation>Decision</translation>
    </message>
    <message>
        <location filename="../ops_desktop/ui/benefits/application_panel.py" line="318"/>
        <source>&lt;b&gt;%1&lt;/b&gt; (PESEL %2)&lt;br&gt;Sprawa %3 · %4 · wniosek z %5 · %6</source>
        <translation>&lt;b&gt;%1&lt;/b&gt; (PESEL %2)&lt;br&gt;Case %3 · %4 · application dated %5 · %6</translation>
    </message>
    <message>
        <location filename="../ops_desktop/ui/benefits/application_panel.py" line="332"/>
        <source>Nie przygotowano jeszcze decyzji.</source>
        <translation>No decision has been prepared yet.</translation>
    </message>
    <message>
        <location filename="../ops_desktop/ui/benefits/application_panel.py" line="334"/>
        <source>Projekt decyzji (%1) %2 – czeka na podpis.</source>
        <translation>Draft decision (%1) %2 – awaiting signature.</translation>
    </message>
    <message>
        <location filename="../ops_desktop/ui/benefits/application_panel.py" line="336"/>
        <source>Decyzja (%1) %2 – podpisana %3 przez %4.</source>
        <translation>Decision (%1) %2 – signed %3 by %4.</translation>
    </message>
    <message>
        <location filename="../ops_desktop/ui/benefits/application_panel.py" line="344"/>
        <source>Projekt decyzji usunięto: %1. Przygotuj decyzję ponownie.</source>
        <translation>The draft decision was removed: %1. Prepare the decision again.</translation>
    </message>
    <message>
        <location filename="../ops_desktop/ui/benefits/application_panel.py" line="355"/>
        <source>Nie oceniono wniosku – wpisz dochody albo zaznacz «brak dochodów» i zapisz.</source>
        <translation>The application is not assessed – enter incomes or tick «no income» and save.</translation>
    </message>
    <message>
        <location filename="../ops_desktop/ui/benefits/application_panel.py" line="356"/>
        <source>Decyzja zmieniają&amp;ca…</source>
        <translation>&amp;Amending decision…</translation>
    </message>
    <message>
        <location filename="../ops_desktop/ui/benefits/application_panel.py" line="361"/>
        <source>Nie masz ważnego upoważnienia do podpisywania decyzji.</source>
        <translation>You do not hold a valid authorisation to sign decisions.</translation>
    </message>
    <message>
        <location filename="../ops_desktop/ui/benefits/application_panel.py" line="370"/>
        <source>po wycofaniu wniosku %1 (%2)</source>
        <translation>after the application was withdrawn on %1 (%2)</translation>
    </message>
    <message>
        <location filename="../ops_desktop/ui/benefits/application_panel.py" line="389"/>
        <source>zapisano nowe dochody, z których go policzono</source>
        <translation>new incomes it was computed from were saved</translation>
    </message>
    <message>
        <location filename="../ops_desktop/ui/benefits/application_panel.py" line="400"/>
        <source>zapisano nowe powody pomocy lub datę wywiadu</source>
        <translation>new grounds for assistance or a new interview date were saved</translation>
    </message>
</context>
<context>
    <name>AssessmentBox</name>
    <message>
        <location filename="../ops_desktop/ui/benefits/application_panel.py" line="91"/>
        <source>Ocena wg zapisanych dochodów</source>
        <translation>Assessment based on saved incomes</translation>
    </message>
    <message>
        <location filename="../ops_desktop/ui/benefits/application_panel.py" line="95"/>
        <source>Osób w gospodarstwie:</source>
        <translation>Household members:</translation>
    </message>
    <message>
        <location filename="../ops_desktop/ui/benefits/application_panel.py" line="96"/>
        <source>Dochód gospodarstwa:</source>
        <translation>Household income:</translation>
    </message>
    <message>
        <location filename="../ops_desktop/ui/benefits/application_panel.py" line="97"/>
        <source>Dochód na osobę:</source>
        <translation>Income per person:</translation>
    </message>
    <message>
        <location filename="../ops_desktop/ui/benefits/application_panel.py" line="98"/>
        <source>Kryterium dochodowe:</source>
        <translation>Income criterion:</translation>
    </message>
    <message>
        <location filename="../ops_desktop/ui/benefits/application_panel.py" line="99"/>
        <source>Uprawniony:</source>
        <translation>Eligible:</translation>
    </message>
    <message>
        <location filename="../ops_desktop/ui/benefits/application_panel.py" line="100"/>
        <source>Proponowana kwota:</source>
        <translation>Proposed amount:</translation>
    </message>
    <message>
        <location filename="../ops_desktop/ui/benefits/application_panel.py" line="101"/>
        <source>Kwota min.–maks.:</source>
        <translation>Amount min.–max.:</translation>
    </message>
    <message>
        <location filename="../ops_desktop/ui/benefits/application_panel.py" line="102"/>
        <source>Podstawa wyliczenia:</source>
        <translation>Basis of calculation:</translation>
    </message>
    <message>
        <location filename="../ops_desktop/ui/benefits/application_panel.py" line="120"/>
        <source>Nie oceniono – wpisz dochody albo zaznacz «brak dochodów»</source>
        <translation>Not assessed – enter incomes or tick «no income»</translation>
    </message>
    <message>
        <location filename="../ops_desktop/ui/benefits/application_panel.py" line="124"/>
        <source>TAK</source>
        <translation>YES</translation>
    </message>
    <message>
        <location filename="../ops_desktop/ui/benefits/application_panel.py" line="124"/>
        <source>NIE</source>
        <translation>NO</translation>
    </message>
    <message>
        <location filename="../ops_desktop/ui/benefits/application_panel.py" line="136"/>
        <source>parametry od %1, %2</source>
        <translation>rates valid from %1, %2</translation>
    </message>
</context>
<context>
    <name>AuditTab</name>
    <message>
        <location filename="../ops_desktop/ui/audit_tab.py" line="57"/>
        <location filename="../ops_desktop/ui/audit_tab.py" line="58"/>
        <source>PESEL osoby</source>
        <translation>Person&apos;s PESEL</translation>
    </message>
    <message>
        <location filename="../ops_desktop/ui/audit_tab.py" line="61"/>
        <location filename="../ops_desktop/ui/audit_tab.py" line="78"/>
        <source>Użytkownik</source>
        <translation>User</translation>
    </message>
    <message>
        <location filename="../ops_desktop/ui/audit_tab.py" line="62"/>
        <source>Od dnia</source>
        <translation>From date</translation>
    </message>
    <message>
        <location filename="../ops_desktop/ui/audit_tab.py" line="63"/>
        <source>Do dnia</source>
        <translation>To date</translation>
    </message>
    <message>
        <location filename="../ops_desktop/ui/audit_tab.py" line="64"/>
        <location filename="../ops_desktop/ui/audit_tab.py" line="79"/>
        <source>Czynność</source>
        <translation>Action</translation>
    </message>
    <message>
        <location filename="../ops_desktop/ui/audit_tab.py" line="65"/>
        <source>wszystkie czynności</source>
        <translation>all actions</translation>
    </message>
    <message>
        <location filename="../ops_desktop/ui/audit_tab.py" line="68"/>
        <source>&amp;Filtruj</source>
        <translation>&amp;Filter</translation>
    </message>
    <message>
        <location filename="../ops_desktop/ui/audit_tab.py" line="68"/>
        <source>Filtruj</source>
        <translation>Filter</translation>
    </message>
    <message>
        <location filename="../ops_desktop/ui/audit_tab.py" line="70"/>
        <source>&amp;Wyczyść filtr</source>
        <translation>C&amp;lear filter</translation>
    </message>
    <message>
        <location filename="../ops_desktop/ui/audit_tab.py" line="71"/>
        <source>Wyczyść filtr</source>
        <translation>Clear filter</translation>
    </message>
    <message>
        <location filename="../ops_desktop/ui/audit_tab.py" line="75"/>
        <source>Nr</source>
        <translation>No.</translation>
    </message>
    <message>
        <location filename="../ops_desktop/ui/audit_tab.py" line="76"/>
        <source>Czas</source>
        <translation>Time</translation>
    </message>
    <message>
        <location filename="../ops_desktop/ui/audit_tab.py" line="80"/>
        <source>Rekord</source>
        <translation>Record</translation>
    </message>
    <message>
        <location filename="../ops_desktop/ui/audit_tab.py" line="81"/>
        <source>Osoba</source>
        <translation>Person</translation>
    </message>
    <message>
        <location filename="../ops_desktop/ui/audit_tab.py" line="83"/>
        <source>Dziennik zdarzeń</source>
        <translation>Audit log</translation>
    </message>
    <message>
        <location filename="../ops_desktop/ui/audit_tab.py" line="85"/>
        <source>Liczba wpisów</source>
        <translation>Number of entries</translation>
    </message>
    <message>
        <location filename="../ops_desktop/ui/audit_tab.py" line="87"/>
        <source>Wybrany wpis</source>
        <translation>Selected entry</translation>
    </message>
    <message>
        <location filename="../ops_desktop/ui/audit_tab.py" line="91"/>
        <source>Pole</source>
        <translation>Field</translation>
    </message>
    <message>
        <location filename="../ops_desktop/ui/audit_tab.py" line="92"/>
        <source>Było</source>
        <translation>Before</translation>
    </message>
    <message>
        <location filename="../ops_desktop/ui/audit_tab.py" line="93"/>
        <source>Jest</source>
        <translation>After</translation>
    </message>
    <message>
        <location filename="../ops_desktop/ui/audit_tab.py" line="95"/>
        <source>Zmiany w polach</source>
        <translation>Field changes</translation>
    </message>
    <message>
        <location filename="../ops_desktop/ui/audit_tab.py" line="97"/>
        <source>&amp;Sprawdź łańcuch</source>
        <translation>&amp;Verify chain</translation>
    </message>
    <message>
        <location filename="../ops_desktop/ui/audit_tab.py" line="98"/>
        <source>Sprawdź nienaruszalność dziennika</source>
        <translation>Verify the integrity of the audit log</translation>
    </message>
    <message>
        <location filename="../ops_desktop/ui/audit_tab.py" line="100"/>
        <source>Wynik sprawdzenia</source>
        <translation>Verification result</translation>
    </message>
    <message>
        <location filename="../ops_desktop/ui/audit_tab.py" line="121"/>
        <source>PESEL:</source>
        <translation>PESEL:</translation>
    </message>
    <message>
        <location filename="../ops_desktop/ui/audit_tab.py" line="121"/>
        <source>Użytkownik:</source>
        <translation>User:</translation>
    </message>
    <message>
        <location filename="../ops_desktop/ui/audit_tab.py" line="122"/>
        <source>Od:</source>
        <translation>From:</translation>
    </message>
    <message>
        <location filename="../ops_desktop/ui/audit_tab.py" line="122"/>
        <source>Do:</source>
        <translation>To:</translation>
    </message>
    <message>
        <location filename="../ops_desktop/ui/audit_tab.py" line="123"/>
        <source>Czynność:</source>
        <translation>Action:</translation>
    </message>
    <message>
        <location filename="../ops_desktop/ui/audit_tab.py" line="137"/>
        <source>Wpis</source>
        <translation>Entry</translation>
    </message>
    <message>
        <location filename="../ops_desktop/ui/audit_tab.py" line="158"/>
        <source>wszyscy użytkownicy</source>
        <translation>all users</translation>
    </message>
    <message>
        <location filename="../ops_desktop/ui/audit_tab.py" line="163"/>
        <source>program</source>
        <translation>program</translation>
    </message>
    <message>
        <location filename="../ops_desktop/ui/audit_tab.py" line="185"/>
        <source>Wpisów: %1</source>
        <translation>Entries: %1</translation>
    </message>
    <message>
        <location filename="../ops_desktop/ui/audit_tab.py" line="203"/>
        <source>Wybierz wpis z listy.</source>
        <translation>Select an entry from the list.</translation>
    </message>
    <message>
        <location filename="../ops_desktop/ui/audit_tab.py" line="207"/>
        <source>Wpis nr %1 · %2 · %3</source>
        <translation>Entry no. %1 · %2 · %3</translation>
    </message>
    <message>
        <location filename="../ops_desktop/ui/audit_tab.py" line="209"/>
        <source>Czynność: %1 · rekord: %2 %3</source>
        <translation>Action: %1 · record: %2 %3</translation>
    </message>
    <message>
        <location filename="../ops_desktop/ui/audit_tab.py" line="213"/>
        <source>Dotyczy osoby: %1</source>
        <translation>Concerns the person: %1</translation>
    </message>
    <message>
        <location filename="../ops_desktop/ui/audit_tab.py" line="215"/>
        <source>Treść zmian usunięto przy anonimizacji %1.</source>
        <translation>The details of the changes were removed at anonymisation on %1.</translation>
    </message>
    <message>
        <location filename="../ops_desktop/ui/audit_tab.py" line="224"/>
        <source>Sprawdzam łańcuch wpisów…</source>
        <translation>Verifying the chain of entries…</translation>
    </message>
    <message>
        <location filename="../ops_desktop/ui/audit_tab.py" line="227"/>
        <source>Sprawdzanie dziennika zdarzeń…</source>
        <translation>Verifying the audit log…</translation>
    </message>
    <message>
        <location filename="../ops_desktop/ui/audit_tab.py" line="243"/>
        <source>Sprawdzono wpisów: %1 (zanonimizowanych: %2).</source>
        <translation>Entries verified: %1 (anonymised: %2).</translation>
    </message>
    <message>
        <location filename="../ops_desktop/ui/audit_tab.py" line="246"/>
        <source>Sprawdzanie przerwano.</source>
        <translation>Verification cancelled.</translation>
    </message>
    <message>
        <location filename="../ops_desktop/ui/audit_tab.py" line="250"/>
        <source>Ostatni wpis nr %1, skrót %2.</source>
        <translation>Last entry no. %1, hash %2.</translation>
    </message>
    <message>
        <location filename="../ops_desktop/ui/audit_tab.py" line="253"/>
        <source>Łańcuch nienaruszony.</source>
        <translation>Chain intact.</translation>
    </message>
    <message>
        <location filename="../ops_desktop/ui/audit_tab.py" line="257"/>
        <source>Łańcuch naruszony! Pierwszy naruszony wpis: nr %1 z %2 – %3.</source>
        <translation>Chain broken! First broken entry: no. %1 of %2 – %3.</translation>
    </message>
</context>
<context>
    <name>AuthorisationDialog</name>
    <message>
        <location filename="../ops_desktop/ui/admin/user_dialogs.py" line="220"/>
        <source>Upoważnienie – %1</source>
        <translation>Authorisation – %1</translation>
    </message>
    <message>
        <location filename="../ops_desktop/ui/admin/user_dialogs.py" line="222"/>
        <source>Dotychczasowe upoważnienia</source>
        <translation>Authorisations so far</translation>
    </message>
    <message>
        <location filename="../ops_desktop/ui/admin/user_dialogs.py" line="224"/>
        <source>Numer zarządzenia</source>
        <translation>Order number</translation>
    </message>
    <message>
        <location filename="../ops_desktop/ui/admin/user_dialogs.py" line="225"/>
        <source>np. Zarządzenie nr 12/2026</source>
        <translation>e.g. Order no. 12/2026</translation>
    </message>
    <message>
        <location filename="../ops_desktop/ui/admin/user_dialogs.py" line="226"/>
        <source>Obowiązuje od</source>
        <translation>Valid from</translation>
    </message>
    <message>
        <location filename="../ops_desktop/ui/admin/user_dialogs.py" line="227"/>
        <location filename="../ops_desktop/ui/admin/user_dialogs.py" line="269"/>
        <source>bezterminowo</source>
        <translation>open-ended</translation>
    </message>
    <message>
        <location filename="../ops_desktop/ui/admin/user_dialogs.py" line="229"/>
        <source>Obowiązuje do</source>
        <translation>Valid until</translation>
    </message>
    <message>
        <location filename="../ops_desktop/ui/admin/user_dialogs.py" line="232"/>
        <source>Zakres upoważnienia</source>
        <translation>Scope of the authorisation</translation>
    </message>
    <message>
        <location filename="../ops_desktop/ui/admin/user_dialogs.py" line="234"/>
        <source>&amp;Zapisz upoważnienie</source>
        <translation>&amp;Save authorisation</translation>
    </message>
    <message>
        <location filename="../ops_desktop/ui/admin/user_dialogs.py" line="238"/>
        <source>&amp;Numer zarządzenia:</source>
        <translation>Order &amp;number:</translation>
    </message>
    <message>
        <location filename="../ops_desktop/ui/admin/user_dialogs.py" line="240"/>
        <source>Obowiązuje &amp;od:</source>
        <translation>Valid &amp;from:</translation>
    </message>
    <message>
        <location filename="../ops_desktop/ui/admin/user_dialogs.py" line="242"/>
        <source>Obowiązuje &amp;do:</source>
        <translation>Valid &amp;until:</translation>
    </message>
    <message>
        <location filename="../ops_desktop/ui/admin/user_dialogs.py" line="245"/>
        <source>&amp;Zakres:</source>
        <translation>Sc&amp;ope:</translation>
    </message>
    <message>
        <location filename="../ops_desktop/ui/admin/user_dialogs.py" line="247"/>
        <source>Dotychczasowe upoważnienia:</source>
        <translation>Authorisations so far:</translation>
    </message>
    <message>
        <location filename="../ops_desktop/ui/admin/user_dialogs.py" line="252"/>
        <source>Uwaga: decyzje podpisują tylko osoby z rolą „Świadczenia” lub „Koordynator” – nadaj rolę w edycji użytkownika.</source>
        <translation>Note: decisions are signed only by people with the “Benefits” or “Coordinator” role – assign the role when editing the user.</translation>
    </message>
    <message>
        <location filename="../ops_desktop/ui/admin/user_dialogs.py" line="266"/>
        <source>brak</source>
        <translation>none</translation>
    </message>
    <message>
        <location filename="../ops_desktop/ui/admin/user_dialogs.py" line="270"/>
        <source>obowiązuje</source>
        <translation>valid</translation>
    </message>
    <message>
        <location filename="../ops_desktop/ui/admin/user_dialogs.py" line="270"/>
        <source>nie obowiązuje</source>
        <translation>not valid</translation>
    </message>
    <message>
        <location filename="../ops_desktop/ui/admin/user_dialogs.py" line="271"/>
        <source>%1 · od %2 do %3 · %4</source>
        <translation>%1 · from %2 to %3 · %4</translation>
    </message>
</context>
<context>
    <name>BackupPanel</name>
    <message>
        <location filename="../ops_desktop/ui/backup_panel.py" line="57"/>
        <location filename="../ops_desktop/ui/backup_panel.py" line="120"/>
        <source>Folder kopii zapasowych</source>
        <translation>Backup folder</translation>
    </message>
    <message>
        <location filename="../ops_desktop/ui/backup_panel.py" line="62"/>
        <location filename="../ops_desktop/ui/backup_panel.py" line="124"/>
        <source>Hasło kopii</source>
        <translation>Backup password</translation>
    </message>
    <message>
        <location filename="../ops_desktop/ui/backup_panel.py" line="69"/>
        <source>Przywracanie kopii</source>
        <translation>Restoring a backup</translation>
    </message>
    <message>
        <location filename="../ops_desktop/ui/backup_panel.py" line="77"/>
        <source>Ta kopia pochodzi z innego ośrodka: %1.

Przywrócenie zastąpi dane tego ośrodka danymi tamtego. Czy na pewno przywrócić kopię innego ośrodka?</source>
        <translation>This backup is of another centre: %1.

Restoring it replaces this centre&apos;s data with that centre&apos;s. Restore another centre&apos;s backup?</translation>
    </message>
    <message>
        <location filename="../ops_desktop/ui/backup_panel.py" line="80"/>
        <source>bez nazwy</source>
        <translation>without a name</translation>
    </message>
    <message>
        <location filename="../ops_desktop/ui/backup_panel.py" line="86"/>
        <source>Tę kopię zrobiono na innym komputerze biura: %1.

Po przywróceniu ten komputer będzie pracował w biurze pod nowym numerem jako dalszy ciąg tamtego, a wpis tamtego komputera zostanie zamknięty (jeśli nadal pracuje, otworzy go przy najbliższej wymianie). Dane tego komputera, których nie wysłał jeszcze do biura, zostaną tylko w pliku odłożonym obok.

Zwykle przywraca się kopię tego samego komputera. Czy na pewno przywrócić kopię innego komputera?</source>
        <translation>This backup was made on another PC of the office: %1.

Once it is restored, this PC works on in the office under a new number as that PC&apos;s continuation, and that PC&apos;s entry is closed (if it is still at work, it opens it again at its next exchange). This PC&apos;s data it has not yet sent to the office stays only in the file kept aside.

Usually one restores a backup of the same PC. Restore the other PC&apos;s backup anyway?</translation>
    </message>
    <message>
        <location filename="../ops_desktop/ui/backup_panel.py" line="93"/>
        <source>nieznany tutaj</source>
        <translation>unknown here</translation>
    </message>
    <message>
        <location filename="../ops_desktop/ui/backup_panel.py" line="98"/>
        <location filename="../ops_desktop/ui/backup_panel.py" line="167"/>
        <source>Kopie zapasowe</source>
        <translation>Backups</translation>
    </message>
    <message>
        <location filename="../ops_desktop/ui/backup_panel.py" line="121"/>
        <source>np. dysk USB</source>
        <translation>e.g. a USB drive</translation>
    </message>
    <message>
        <location filename="../ops_desktop/ui/backup_panel.py" line="122"/>
        <source>&amp;Wybierz…</source>
        <translation>&amp;Choose…</translation>
    </message>
    <message>
        <location filename="../ops_desktop/ui/backup_panel.py" line="122"/>
        <source>Wybierz folder</source>
        <translation>Choose folder</translation>
    </message>
    <message>
        <location filename="../ops_desktop/ui/backup_panel.py" line="125"/>
        <source>Powtórz hasło</source>
        <translation>Repeat password</translation>
    </message>
    <message>
        <location filename="../ops_desktop/ui/backup_panel.py" line="126"/>
        <source>Kopia przy zamykaniu programu</source>
        <translation>Backup when the program closes</translation>
    </message>
    <message>
        <location filename="../ops_desktop/ui/backup_panel.py" line="127"/>
        <source>Kopia codziennie (gdy ostatnia ma ponad 24 godziny)</source>
        <translation>Daily backup (when the last one is over 24 hours old)</translation>
    </message>
    <message>
        <location filename="../ops_desktop/ui/backup_panel.py" line="129"/>
        <source>&amp;Zapisz ustawienia</source>
        <translation>&amp;Save settings</translation>
    </message>
    <message>
        <location filename="../ops_desktop/ui/backup_panel.py" line="132"/>
        <source>Hasło zapisz na kartce i przechowuj w sejfie: bez niego kopii nie da się odtworzyć na innym komputerze. Hasło ma co najmniej %1 znaków.</source>
        <translation>Write the password down on paper and keep it in the safe: without it the backup cannot be restored on another computer. The password has at least %1 characters.</translation>
    </message>
    <message>
        <location filename="../ops_desktop/ui/backup_panel.py" line="142"/>
        <source>&amp;Folder kopii:</source>
        <translation>Backup &amp;folder:</translation>
    </message>
    <message>
        <location filename="../ops_desktop/ui/backup_panel.py" line="146"/>
        <source>&amp;Hasło kopii:</source>
        <translation>Backup pass&amp;word:</translation>
    </message>
    <message>
        <location filename="../ops_desktop/ui/backup_panel.py" line="148"/>
        <source>P&amp;owtórz hasło:</source>
        <translation>Rep&amp;eat password:</translation>
    </message>
    <message>
        <location filename="../ops_desktop/ui/backup_panel.py" line="154"/>
        <source>Ustawienia kopii zapasowych</source>
        <translation>Backup settings</translation>
    </message>
    <message>
        <location filename="../ops_desktop/ui/backup_panel.py" line="160"/>
        <source>Wykonaj &amp;kopię teraz</source>
        <translation>&amp;Back up now</translation>
    </message>
    <message>
        <location filename="../ops_desktop/ui/backup_panel.py" line="165"/>
        <source>Data kopii</source>
        <translation>Backup date</translation>
    </message>
    <message>
        <location filename="../ops_desktop/ui/backup_panel.py" line="165"/>
        <source>Rozmiar</source>
        <translation>Size</translation>
    </message>
    <message>
        <location filename="../ops_desktop/ui/backup_panel.py" line="166"/>
        <source>Sprawdzona</source>
        <translation>Verified</translation>
    </message>
    <message>
        <location filename="../ops_desktop/ui/backup_panel.py" line="166"/>
        <source>Komputer</source>
        <translation>PC</translation>
    </message>
    <message>
        <location filename="../ops_desktop/ui/backup_panel.py" line="175"/>
        <source>&amp;Sprawdź</source>
        <translation>&amp;Verify</translation>
    </message>
    <message>
        <location filename="../ops_desktop/ui/backup_panel.py" line="177"/>
        <source>&amp;Przywróć…</source>
        <translation>&amp;Restore…</translation>
    </message>
    <message>
        <location filename="../ops_desktop/ui/backup_panel.py" line="179"/>
        <source>Odśwież &amp;listę</source>
        <translation>Refresh &amp;list</translation>
    </message>
    <message>
        <location filename="../ops_desktop/ui/backup_panel.py" line="186"/>
        <source>Kopie w folderze</source>
        <translation>Backups in the folder</translation>
    </message>
    <message>
        <location filename="../ops_desktop/ui/backup_panel.py" line="212"/>
        <location filename="../ops_desktop/ui/backup_panel.py" line="249"/>
        <source>bez zmian (hasło jest ustawione)</source>
        <translation>unchanged (a password is set)</translation>
    </message>
    <message>
        <location filename="../ops_desktop/ui/backup_panel.py" line="220"/>
        <source>Kopie zapasowe nie są jeszcze skonfigurowane: wybierz folder i ustaw hasło.</source>
        <translation>Backups are not set up yet: choose a folder and set a password.</translation>
    </message>
    <message>
        <location filename="../ops_desktop/ui/backup_panel.py" line="222"/>
        <source>Nie wykonano jeszcze żadnej kopii.</source>
        <translation>No backup has been made yet.</translation>
    </message>
    <message>
        <location filename="../ops_desktop/ui/backup_panel.py" line="224"/>
        <source>Ostatnia kopia: %1</source>
        <translation>Last backup: %1</translation>
    </message>
    <message>
        <location filename="../ops_desktop/ui/backup_panel.py" line="226"/>
        <source>Ostatnia próba kopii (%1) nie powiodła się: %2</source>
        <translation>The last backup attempt (%1) failed: %2</translation>
    </message>
    <message>
        <location filename="../ops_desktop/ui/backup_panel.py" line="262"/>
        <source>przy zapisie</source>
        <translation>when written</translation>
    </message>
    <message>
        <location filename="../ops_desktop/ui/backup_panel.py" line="263"/>
        <source>ten komputer</source>
        <translation>this PC</translation>
    </message>
    <message>
        <location filename="../ops_desktop/ui/backup_panel.py" line="264"/>
        <source>inny komputer</source>
        <translation>another PC</translation>
    </message>
    <message>
        <location filename="../ops_desktop/ui/backup_panel.py" line="294"/>
        <source>Wykonywanie i sprawdzanie kopii zapasowej…</source>
        <translation>Making and verifying the backup…</translation>
    </message>
    <message>
        <location filename="../ops_desktop/ui/backup_panel.py" line="300"/>
        <location filename="../ops_desktop/ui/backup_panel.py" line="321"/>
        <source>tak, %1</source>
        <translation>yes, %1</translation>
    </message>
    <message>
        <location filename="../ops_desktop/ui/backup_panel.py" line="310"/>
        <location filename="../ops_desktop/ui/backup_panel.py" line="345"/>
        <source>Zaznacz kopię na liście.</source>
        <translation>Select a backup in the list.</translation>
    </message>
    <message>
        <location filename="../ops_desktop/ui/backup_panel.py" line="313"/>
        <source>Sprawdzanie kopii…</source>
        <translation>Verifying the backup…</translation>
    </message>
    <message>
        <location filename="../ops_desktop/ui/backup_panel.py" line="323"/>
        <source>Kopia z %1 jest poprawna (liczba wierszy: %2).</source>
        <translation>The backup of %1 is sound (number of rows: %2).</translation>
    </message>
    <message>
        <location filename="../ops_desktop/ui/backup_panel.py" line="332"/>
        <source>Ustawione hasło nie pasuje do tej kopii. Podaj hasło, którym ją wykonano:</source>
        <translation>The password that is set does not match this backup. Enter the password it was made with:</translation>
    </message>
    <message>
        <location filename="../ops_desktop/ui/backup_panel.py" line="337"/>
        <source>NIE – %1</source>
        <translation>NO – %1</translation>
    </message>
    <message>
        <location filename="../ops_desktop/ui/backup_panel.py" line="365"/>
        <source>Podaj hasło kopii z %1 (to zapisane w sejfie):</source>
        <translation>Enter the password of the backup of %1 (the one kept in the safe):</translation>
    </message>
    <message>
        <location filename="../ops_desktop/ui/backup_panel.py" line="348"/>
        <source>Obecne dane programu zostaną zastąpione danymi z kopii z %1. Wszystko, co wpisano później, zniknie z programu (obecny plik bazy zostanie zachowany obok jako kopia „before-restore”).

Po przywróceniu program zostanie zamknięty – trzeba go uruchomić ponownie na wszystkich stanowiskach.

Przywrócić kopię?</source>
        <translation>The program&apos;s current data will be replaced with the data from the backup of %1. Everything entered later will disappear from the program (the current database file will be kept alongside as a “before-restore” copy).

After restoring, the program will close – it must be started again on every workstation.

Restore the backup?</translation>
    </message>
    <message>
        <location filename="../ops_desktop/ui/backup_panel.py" line="369"/>
        <source>Przywracanie kopii…</source>
        <translation>Restoring the backup…</translation>
    </message>
    <message>
        <location filename="../ops_desktop/ui/backup_panel.py" line="376"/>
        <source>Przywrócono dane z kopii z %1.</source>
        <translation>Data restored from the backup of %1.</translation>
    </message>
    <message>
        <location filename="../ops_desktop/ui/backup_panel.py" line="378"/>
        <source>Poprzedni plik bazy zachowano jako %1.</source>
        <translation>The previous database file was kept as %1.</translation>
    </message>
    <message>
        <location filename="../ops_desktop/ui/backup_panel.py" line="379"/>
        <source>Program zostanie teraz zamknięty. Uruchom go ponownie.</source>
        <translation>The program will now close. Start it again.</translation>
    </message>
    <message>
        <location filename="../ops_desktop/ui/backup_panel.py" line="420"/>
        <source>Automatyczna kopia zapasowa nie powiodła się: %1</source>
        <translation>The automatic backup failed: %1</translation>
    </message>
</context>
<context>
    <name>BankProfilePanel</name>
    <message>
        <location filename="../ops_desktop/ui/admin/bank_profile.py" line="34"/>
        <source>Dzień wypłaty</source>
        <translation>Payment day</translation>
    </message>
    <message>
        <location filename="../ops_desktop/ui/admin/bank_profile.py" line="37"/>
        <source>Rachunek Ośrodka</source>
        <translation>Centre&apos;s account</translation>
    </message>
    <message>
        <location filename="../ops_desktop/ui/admin/bank_profile.py" line="39"/>
        <source>Strona kodowa banku</source>
        <translation>Bank code page</translation>
    </message>
    <message>
        <location filename="../ops_desktop/ui/admin/bank_profile.py" line="43"/>
        <source>&amp;Zapisz</source>
        <translation>&amp;Save</translation>
    </message>
    <message>
        <location filename="../ops_desktop/ui/admin/bank_profile.py" line="48"/>
        <source>&amp;Dzień wypłaty świadczeń:</source>
        <translation>&amp;Benefit payment day:</translation>
    </message>
    <message>
        <location filename="../ops_desktop/ui/admin/bank_profile.py" line="50"/>
        <source>&amp;Rachunek Ośrodka (nadawca przelewów):</source>
        <translation>&amp;Centre&apos;s account (transfer sender):</translation>
    </message>
    <message>
        <location filename="../ops_desktop/ui/admin/bank_profile.py" line="52"/>
        <source>&amp;Strona kodowa pliku Elixir-O:</source>
        <translation>Elixir-O file &amp;code page:</translation>
    </message>
    <message>
        <location filename="../ops_desktop/ui/admin/bank_profile.py" line="60"/>
        <source>Dzień miesiąca, w którym Ośrodek wypłaca świadczenia (w krótszym miesiącu – jego ostatni dzień). Stronę kodową pliku Elixir-O podaje specyfikacja banku; większość banków przyjmuje Windows-1250.</source>
        <translation>The day of the month on which the centre pays benefits (in a shorter month, its last day). The Elixir-O file&apos;s code page is given by the bank&apos;s specification; most banks accept Windows-1250.</translation>
    </message>
    <message>
        <location filename="../ops_desktop/ui/admin/bank_profile.py" line="83"/>
        <source>Zapisano profil bankowy.</source>
        <translation>Bank profile saved.</translation>
    </message>
</context>
<context>
    <name>BenefitsTab</name>
    <message>
        <location filename="../ops_desktop/ui/benefits/tab.py" line="56"/>
        <source>%1 – PO TERMINIE</source>
        <translation>%1 – OVERDUE</translation>
    </message>
    <message>
        <location filename="../ops_desktop/ui/benefits/tab.py" line="58"/>
        <source>%1 – WKRÓTCE</source>
        <translation>%1 – SOON</translation>
    </message>
    <message>
        <location filename="../ops_desktop/ui/benefits/tab.py" line="85"/>
        <source>Data wpływu</source>
        <translation>Received</translation>
    </message>
    <message>
        <location filename="../ops_desktop/ui/benefits/tab.py" line="87"/>
        <source>Termin</source>
        <translation>Deadline</translation>
    </message>
    <message>
        <location filename="../ops_desktop/ui/benefits/tab.py" line="89"/>
        <source>Termin załatwienia sprawy (art. 35 KPA)</source>
        <translation>Deadline for settling the case (Art. 35 of the Code of Administrative Procedure)</translation>
    </message>
    <message>
        <location filename="../ops_desktop/ui/benefits/tab.py" line="91"/>
        <source>Znak sprawy</source>
        <translation>Case ref.</translation>
    </message>
    <message>
        <location filename="../ops_desktop/ui/benefits/tab.py" line="92"/>
        <source>Osoba</source>
        <translation>Person</translation>
    </message>
    <message>
        <location filename="../ops_desktop/ui/benefits/tab.py" line="94"/>
        <source>Forma</source>
        <translation>Form</translation>
    </message>
    <message>
        <location filename="../ops_desktop/ui/benefits/tab.py" line="95"/>
        <source>Forma pomocy</source>
        <translation>Form of assistance</translation>
    </message>
    <message>
        <location filename="../ops_desktop/ui/benefits/tab.py" line="96"/>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <location filename="../ops_desktop/ui/benefits/tab.py" line="98"/>
        <location filename="../ops_desktop/ui/benefits/tab.py" line="196"/>
        <source>Wnioski</source>
        <translation>Applications</translation>
    </message>
    <message>
        <location filename="../ops_desktop/ui/benefits/tab.py" line="117"/>
        <source>Które wnioski pokazać</source>
        <translation>Which applications to show</translation>
    </message>
    <message>
        <location filename="../ops_desktop/ui/benefits/tab.py" line="118"/>
        <source>tylko w toku</source>
        <translation>in progress only</translation>
    </message>
    <message>
        <location filename="../ops_desktop/ui/benefits/tab.py" line="119"/>
        <source>wszystkie</source>
        <translation>all</translation>
    </message>
    <message>
        <location filename="../ops_desktop/ui/benefits/tab.py" line="123"/>
        <source>Kolejność wniosków</source>
        <translation>Order of applications</translation>
    </message>
    <message>
        <location filename="../ops_desktop/ui/benefits/tab.py" line="124"/>
        <source>od najnowszych</source>
        <translation>newest first</translation>
    </message>
    <message>
        <location filename="../ops_desktop/ui/benefits/tab.py" line="125"/>
        <source>wg terminu – najpilniejsze najpierw</source>
        <translation>by deadline – most urgent first</translation>
    </message>
    <message>
        <location filename="../ops_desktop/ui/benefits/tab.py" line="127"/>
        <source>&amp;Nowy wniosek</source>
        <translation>&amp;New application</translation>
    </message>
    <message>
        <location filename="../ops_desktop/ui/benefits/tab.py" line="136"/>
        <source>Zamknij sprawę…</source>
        <translation>Close the case…</translation>
    </message>
    <message>
        <location filename="../ops_desktop/ui/benefits/tab.py" line="139"/>
        <source>Wznów sprawę…</source>
        <translation>Reopen the case…</translation>
    </message>
    <message>
        <location filename="../ops_desktop/ui/benefits/tab.py" line="163"/>
        <source>Sprawa wybranego wniosku:</source>
        <translation>Case of the selected application:</translation>
    </message>
    <message>
        <location filename="../ops_desktop/ui/benefits/tab.py" line="200"/>
        <source>Listy wypłat</source>
        <translation>Payment lists</translation>
    </message>
    <message>
        <location filename="../ops_desktop/ui/benefits/tab.py" line="206"/>
        <source>Wydruki</source>
        <translation>Printouts</translation>
    </message>
    <message>
        <location filename="../ops_desktop/ui/benefits/tab.py" line="211"/>
        <source>Odwołania</source>
        <translation>Appeals</translation>
    </message>
    <message>
        <location filename="../ops_desktop/ui/benefits/tab.py" line="216"/>
        <source>Nienależnie pobrane świadczenia</source>
        <translation>Undue benefits</translation>
    </message>
    <message>
        <location filename="../ops_desktop/ui/benefits/tab.py" line="244"/>
        <source>Wnioski: %1</source>
        <translation>Applications: %1</translation>
    </message>
    <message>
        <location filename="../ops_desktop/ui/benefits/tab.py" line="251"/>
        <source>%1, sprawa zamknięta %2</source>
        <translation>%1, case closed %2</translation>
    </message>
</context>
<context>
    <name>BlueCardDeadlinesPage</name>
    <message>
        <location filename="../ops_desktop/ui/coordinator/blue_card_deadlines.py" line="38"/>
        <source>Niebieska Karta – kroki po terminie</source>
        <translation>Niebieska Karta – overdue steps</translation>
    </message>
    <message>
        <location filename="../ops_desktop/ui/coordinator/blue_card_deadlines.py" line="48"/>
        <source>Sprawa</source>
        <translation>Case</translation>
    </message>
    <message>
        <location filename="../ops_desktop/ui/coordinator/blue_card_deadlines.py" line="49"/>
        <source>Osoba</source>
        <translation>Person</translation>
    </message>
    <message>
        <location filename="../ops_desktop/ui/coordinator/blue_card_deadlines.py" line="50"/>
        <source>Krok</source>
        <translation>Step</translation>
    </message>
    <message>
        <location filename="../ops_desktop/ui/coordinator/blue_card_deadlines.py" line="51"/>
        <source>Termin</source>
        <translation>Deadline</translation>
    </message>
    <message>
        <location filename="../ops_desktop/ui/coordinator/blue_card_deadlines.py" line="53"/>
        <source>Dni po terminie</source>
        <translation>Days overdue</translation>
    </message>
    <message>
        <location filename="../ops_desktop/ui/coordinator/blue_card_deadlines.py" line="64"/>
        <source>Kroki procedury Niebieska Karta po terminie: %1</source>
        <translation>Niebieska Karta steps overdue: %1</translation>
    </message>
    <message>
        <location filename="../ops_desktop/ui/coordinator/blue_card_deadlines.py" line="66"/>
        <source>Żaden krok procedury Niebieska Karta nie jest po terminie.</source>
        <translation>No Niebieska Karta step is overdue.</translation>
    </message>
</context>
<context>
    <name>BlueCardPage</name>
    <message>
        <location filename="../ops_desktop/ui/social_work/blue_card_page.py" line="82"/>
        <source>Niebieska Karta – dane szczególnie chronione; widzą je tylko zespół pracy socjalnej i kierownik.</source>
        <translation>Niebieska Karta – specially protected data; only the social-work team and the head see it.</translation>
    </message>
    <message>
        <location filename="../ops_desktop/ui/social_work/blue_card_page.py" line="85"/>
        <source>Podsumowanie</source>
        <translation>Summary</translation>
    </message>
    <message>
        <location filename="../ops_desktop/ui/social_work/blue_card_page.py" line="87"/>
        <source>Procedury Niebieska Karta</source>
        <translation>Niebieska Karta procedures</translation>
    </message>
    <message>
        <location filename="../ops_desktop/ui/social_work/blue_card_page.py" line="93"/>
        <source>Krok lub formularz</source>
        <translation>Step or form</translation>
    </message>
    <message>
        <location filename="../ops_desktop/ui/social_work/blue_card_page.py" line="96"/>
        <source>Data kroku</source>
        <translation>Date of the step</translation>
    </message>
    <message>
        <location filename="../ops_desktop/ui/social_work/blue_card_page.py" line="98"/>
        <source>osoba stosująca przemoc nie stawiła się</source>
        <translation>the person using violence did not appear</translation>
    </message>
    <message>
        <location filename="../ops_desktop/ui/social_work/blue_card_page.py" line="99"/>
        <source>Nieobecność osoby stosującej przemoc</source>
        <translation>Absence of the person using violence</translation>
    </message>
    <message>
        <location filename="../ops_desktop/ui/social_work/blue_card_page.py" line="100"/>
        <source>Notatka do kroku (poufna)</source>
        <translation>Note on the step (confidential)</translation>
    </message>
    <message>
        <location filename="../ops_desktop/ui/social_work/blue_card_page.py" line="101"/>
        <source>Zapisz &amp;krok</source>
        <translation>Record the ste&amp;p</translation>
    </message>
    <message>
        <location filename="../ops_desktop/ui/social_work/blue_card_page.py" line="102"/>
        <source>Podstawa zakończenia</source>
        <translation>Ground for closing</translation>
    </message>
    <message>
        <location filename="../ops_desktop/ui/social_work/blue_card_page.py" line="104"/>
        <source>Data zakończenia</source>
        <translation>Closing date</translation>
    </message>
    <message>
        <location filename="../ops_desktop/ui/social_work/blue_card_page.py" line="106"/>
        <source>Zakończ pro&amp;cedurę</source>
        <translation>Close the proced&amp;ure</translation>
    </message>
    <message>
        <location filename="../ops_desktop/ui/social_work/blue_card_page.py" line="107"/>
        <source>Drukuj &amp;pismo do przewodniczącego zespołu</source>
        <translation>Print the letter to the team&apos;s c&amp;hair</translation>
    </message>
    <message>
        <location filename="../ops_desktop/ui/social_work/blue_card_page.py" line="110"/>
        <source>Wybrana procedura</source>
        <translation>Chosen procedure</translation>
    </message>
    <message>
        <location filename="../ops_desktop/ui/social_work/blue_card_page.py" line="115"/>
        <source>Kr&amp;ok:</source>
        <translation>S&amp;tep:</translation>
    </message>
    <message>
        <location filename="../ops_desktop/ui/social_work/blue_card_page.py" line="117"/>
        <source>&amp;Data:</source>
        <translation>&amp;Date:</translation>
    </message>
    <message>
        <location filename="../ops_desktop/ui/social_work/blue_card_page.py" line="119"/>
        <source>No&amp;tatka:</source>
        <translation>N&amp;ote:</translation>
    </message>
    <message>
        <location filename="../ops_desktop/ui/social_work/blue_card_page.py" line="122"/>
        <source>Podst&amp;awa zakończenia:</source>
        <translation>&amp;Grounds for closing:</translation>
    </message>
    <message>
        <location filename="../ops_desktop/ui/social_work/blue_card_page.py" line="124"/>
        <source>Data zakończen&amp;ia:</source>
        <translation>C&amp;losing date:</translation>
    </message>
    <message>
        <location filename="../ops_desktop/ui/social_work/blue_card_page.py" line="131"/>
        <source>Kroki wybranej procedury</source>
        <translation>Steps of the chosen procedure</translation>
    </message>
    <message>
        <location filename="../ops_desktop/ui/social_work/blue_card_page.py" line="156"/>
        <source>Procedury w toku: %1; z krokiem po terminie: %2</source>
        <translation>Procedures in progress: %1; with an overdue step: %2</translation>
    </message>
    <message>
        <location filename="../ops_desktop/ui/social_work/blue_card_page.py" line="173"/>
        <source>Wybierz procedurę z listy.</source>
        <translation>Choose a procedure from the list.</translation>
    </message>
    <message>
        <location filename="../ops_desktop/ui/social_work/blue_card_page.py" line="183"/>
        <source>%1 – formularz A z %2. Zapisane: %3</source>
        <translation>%1 – form A of %2. Recorded: %3</translation>
    </message>
    <message>
        <location filename="../ops_desktop/ui/social_work/blue_card_page.py" line="185"/>
        <source>nic</source>
        <translation>nothing</translation>
    </message>
</context>
<context>
    <name>BrokenContractNote</name>
    <message>
        <location filename="../ops_desktop/ui/benefits/broken_contract_note.py" line="25"/>
        <source>Niedotrzymany kontrakt socjalny</source>
        <translation>Broken social contract</translation>
    </message>
    <message>
        <location filename="../ops_desktop/ui/benefits/broken_contract_note.py" line="37"/>
        <source>Kontrakt socjalny niedotrzymany: %1, %2 (art. 11 ust. 2 u.p.s.)</source>
        <translation>Social contract broken: %1, %2 (art. 11(2) of the Social Assistance Act)</translation>
    </message>
</context>
<context>
    <name>CareDecisionDialog</name>
    <message>
        <location filename="../ops_desktop/ui/services_team/care_decision_dialog.py" line="54"/>
        <source>Decyzja o przyznaniu usług</source>
        <translation>Decision granting services</translation>
    </message>
    <message>
        <location filename="../ops_desktop/ui/services_team/care_decision_dialog.py" line="56"/>
        <source>Sprawa</source>
        <translation>Case</translation>
    </message>
    <message>
        <location filename="../ops_desktop/ui/services_team/care_decision_dialog.py" line="64"/>
        <source>Rodzaj usług</source>
        <translation>Kind of services</translation>
    </message>
    <message>
        <location filename="../ops_desktop/ui/services_team/care_decision_dialog.py" line="66"/>
        <source>Wniosek z dnia</source>
        <translation>Application of</translation>
    </message>
    <message>
        <location filename="../ops_desktop/ui/services_team/care_decision_dialog.py" line="68"/>
        <source>Zakres usług (poufny)</source>
        <translation>Scope of services (confidential)</translation>
    </message>
    <message>
        <location filename="../ops_desktop/ui/services_team/care_decision_dialog.py" line="69"/>
        <source>Liczba godzin</source>
        <translation>Number of hours</translation>
    </message>
    <message>
        <location filename="../ops_desktop/ui/services_team/care_decision_dialog.py" line="71"/>
        <source>Godziny na</source>
        <translation>Hours per</translation>
    </message>
    <message>
        <location filename="../ops_desktop/ui/services_team/care_decision_dialog.py" line="74"/>
        <source>Usługi od</source>
        <translation>Services from</translation>
    </message>
    <message>
        <location filename="../ops_desktop/ui/services_team/care_decision_dialog.py" line="75"/>
        <source>Usługi do</source>
        <translation>Services until</translation>
    </message>
    <message>
        <location filename="../ops_desktop/ui/services_team/care_decision_dialog.py" line="76"/>
        <source>Miejsce świadczenia</source>
        <translation>Place of service</translation>
    </message>
    <message>
        <location filename="../ops_desktop/ui/services_team/care_decision_dialog.py" line="78"/>
        <source>np. mieszkanie Strony, ul. Polna 5</source>
        <translation>e.g. the party&apos;s home, ul. Polna 5</translation>
    </message>
    <message>
        <location filename="../ops_desktop/ui/services_team/care_decision_dialog.py" line="79"/>
        <source>Wykonawca usług</source>
        <translation>Service provider</translation>
    </message>
    <message>
        <location filename="../ops_desktop/ui/services_team/care_decision_dialog.py" line="81"/>
        <source>Dochód rodziny miesięcznie</source>
        <translation>Monthly family income</translation>
    </message>
    <message>
        <location filename="../ops_desktop/ui/services_team/care_decision_dialog.py" line="83"/>
        <source>Liczba osób w rodzinie</source>
        <translation>Number of persons in the family</translation>
    </message>
    <message>
        <location filename="../ops_desktop/ui/services_team/care_decision_dialog.py" line="85"/>
        <source>Cena godziny ustalona przez ośrodek</source>
        <translation>Hourly price set by the centre</translation>
    </message>
    <message>
        <location filename="../ops_desktop/ui/services_team/care_decision_dialog.py" line="86"/>
        <source>Uzasadnienie</source>
        <translation>Reasoning</translation>
    </message>
    <message>
        <location filename="../ops_desktop/ui/services_team/care_decision_dialog.py" line="87"/>
        <source>Odpłatność</source>
        <translation>Fee</translation>
    </message>
    <message>
        <location filename="../ops_desktop/ui/services_team/care_decision_dialog.py" line="88"/>
        <source>&amp;Zapisz projekt decyzji</source>
        <translation>&amp;Save draft decision</translation>
    </message>
    <message>
        <location filename="../ops_desktop/ui/services_team/care_decision_dialog.py" line="93"/>
        <source>&amp;Sprawa:</source>
        <translation>&amp;Case:</translation>
    </message>
    <message>
        <location filename="../ops_desktop/ui/services_team/care_decision_dialog.py" line="94"/>
        <source>&amp;Rodzaj usług:</source>
        <translation>&amp;Kind of services:</translation>
    </message>
    <message>
        <location filename="../ops_desktop/ui/services_team/care_decision_dialog.py" line="95"/>
        <source>&amp;Wniosek z dnia:</source>
        <translation>&amp;Application of:</translation>
    </message>
    <message>
        <location filename="../ops_desktop/ui/services_team/care_decision_dialog.py" line="96"/>
        <source>Za&amp;kres usług:</source>
        <translation>Sco&amp;pe of services:</translation>
    </message>
    <message>
        <location filename="../ops_desktop/ui/services_team/care_decision_dialog.py" line="97"/>
        <source>&amp;Godzin:</source>
        <translation>&amp;Hours:</translation>
    </message>
    <message>
        <location filename="../ops_desktop/ui/services_team/care_decision_dialog.py" line="98"/>
        <source>Usługi &amp;od:</source>
        <translation>Services &amp;from:</translation>
    </message>
    <message>
        <location filename="../ops_desktop/ui/services_team/care_decision_dialog.py" line="99"/>
        <source>Usł&amp;ugi do:</source>
        <translation>Services &amp;until:</translation>
    </message>
    <message>
        <location filename="../ops_desktop/ui/services_team/care_decision_dialog.py" line="100"/>
        <source>&amp;Miejsce:</source>
        <translation>&amp;Place:</translation>
    </message>
    <message>
        <location filename="../ops_desktop/ui/services_team/care_decision_dialog.py" line="101"/>
        <source>Wy&amp;konawca:</source>
        <translation>Pro&amp;vider:</translation>
    </message>
    <message>
        <location filename="../ops_desktop/ui/services_team/care_decision_dialog.py" line="102"/>
        <source>Dochód r&amp;odziny (zł):</source>
        <translation>Household inc&amp;ome (PLN):</translation>
    </message>
    <message>
        <location filename="../ops_desktop/ui/services_team/care_decision_dialog.py" line="103"/>
        <source>&amp;Liczba osób w rodzinie:</source>
        <translation>&amp;Number of persons in the family:</translation>
    </message>
    <message>
        <location filename="../ops_desktop/ui/services_team/care_decision_dialog.py" line="104"/>
        <source>&amp;Cena godziny (zł):</source>
        <translation>Hourly &amp;price (zł):</translation>
    </message>
    <message>
        <location filename="../ops_desktop/ui/services_team/care_decision_dialog.py" line="105"/>
        <source>U&amp;zasadnienie:</source>
        <translation>Rea&amp;soning:</translation>
    </message>
    <message>
        <location filename="../ops_desktop/ui/services_team/care_decision_dialog.py" line="107"/>
        <source>Odpłatność wynika z dochodu według uchwały rady gminy, a przy usługach dla osób z zaburzeniami psychicznymi – według tabeli z rozporządzenia i ceny godziny ustalonej przez ośrodek. Projekt podpisuje kierownik.</source>
        <translation>The fee follows from the income by the council&apos;s resolution, and for services for persons with mental disorders by the regulation&apos;s table and the hourly price the centre sets. The head signs the draft.</translation>
    </message>
    <message>
        <location filename="../ops_desktop/ui/services_team/care_decision_dialog.py" line="146"/>
        <source>Odpłatność: wpisz dochód rodziny.</source>
        <translation>Fee: enter the household income.</translation>
    </message>
    <message>
        <location filename="../ops_desktop/ui/services_team/care_decision_dialog.py" line="151"/>
        <source>Odpłatność: wpisz cenę godziny ustaloną przez ośrodek.</source>
        <translation>Fee: enter the hourly price set by the centre.</translation>
    </message>
    <message>
        <location filename="../ops_desktop/ui/services_team/care_decision_dialog.py" line="159"/>
        <location filename="../ops_desktop/ui/services_team/care_decision_dialog.py" line="163"/>
        <source>Odpłatności nie można ustalić: %1</source>
        <translation>The fee cannot be set: %1</translation>
    </message>
    <message>
        <location filename="../ops_desktop/ui/services_team/care_decision_dialog.py" line="166"/>
        <source>Odpłatność: %1% kosztu godziny %2, tj. %3 za godzinę (dochód %4% kryterium; %5)</source>
        <translation>Fee: %1% of the hourly cost %2, i.e. %3 an hour (income %4% of the criterion; %5)</translation>
    </message>
    <message>
        <location filename="../ops_desktop/ui/services_team/care_decision_dialog.py" line="172"/>
        <source> – próg lub tabela niepotwierdzone</source>
        <translation> – band or table unconfirmed</translation>
    </message>
    <message>
        <location filename="../ops_desktop/ui/services_team/care_decision_dialog.py" line="194"/>
        <source>Brak otwartej sprawy zespołu.</source>
        <translation>The team has no open case.</translation>
    </message>
</context>
<context>
    <name>CareDecisionEntry</name>
    <message>
        <location filename="../ops_desktop/ui/services_team/care_decision_entry.py" line="40"/>
        <source>Decyzja o &amp;usługach…</source>
        <translation>Care &amp;decision…</translation>
    </message>
    <message>
        <location filename="../ops_desktop/ui/services_team/care_decision_entry.py" line="43"/>
        <source>Kto przygotowuje decyzje o usługach</source>
        <translation>Who prepares care decisions</translation>
    </message>
    <message>
        <location filename="../ops_desktop/ui/services_team/care_decision_entry.py" line="60"/>
        <source>Decyzje o usługach opiekuńczych przygotowuje zespół świadczeń.</source>
        <translation>Care decisions are prepared by the benefits team.</translation>
    </message>
    <message>
        <location filename="../ops_desktop/ui/services_team/care_decision_entry.py" line="63"/>
        <source>Decyzje o usługach opiekuńczych przygotowuje zespół usług.</source>
        <translation>Care decisions are prepared by the services team.</translation>
    </message>
</context>
<context>
    <name>CareFeesDialog</name>
    <message>
        <location filename="../ops_desktop/ui/services_team/fee_dialog.py" line="27"/>
        <source>Odpłatność za usługi opiekuńcze</source>
        <translation>Care service fees</translation>
    </message>
    <message>
        <location filename="../ops_desktop/ui/services_team/fee_dialog.py" line="31"/>
        <source>Koszt 1 godziny usług</source>
        <translation>Cost of 1 hour of services</translation>
    </message>
    <message>
        <location filename="../ops_desktop/ui/services_team/fee_dialog.py" line="33"/>
        <source>Tabela odpłatności (JSON)</source>
        <translation>Fee table (JSON)</translation>
    </message>
    <message>
        <location filename="../ops_desktop/ui/services_team/fee_dialog.py" line="36"/>
        <source>&amp;Zapisz</source>
        <translation>&amp;Save</translation>
    </message>
    <message>
        <location filename="../ops_desktop/ui/services_team/fee_dialog.py" line="39"/>
        <source>&amp;Koszt 1 godziny (zł):</source>
        <translation>Hourly &amp;cost (PLN):</translation>
    </message>
    <message>
        <location filename="../ops_desktop/ui/services_team/fee_dialog.py" line="41"/>
        <source>&amp;Tabela odpłatności:</source>
        <translation>Fee &amp;table:</translation>
    </message>
    <message>
        <location filename="../ops_desktop/ui/services_team/fee_dialog.py" line="46"/>
        <source>Tabela obowiązująca dziś: %1. Wpisz uchwałę rady gminy: numer i datę, od kiedy obowiązuje, progi dochodu w % kryterium i odpłatność w % kosztu godziny. Wystawione rachunki się nie zmieniają.</source>
        <translation>Table in force today: %1. Enter the council&apos;s resolution: its number and date, when it takes effect, the income bands as % of the criterion and the fee as % of the hourly cost. Bills already issued do not change.</translation>
    </message>
</context>
<context>
    <name>CareOrderDialog</name>
    <message>
        <location filename="../ops_desktop/ui/services_team/order_dialog.py" line="61"/>
        <source>Nowe zlecenie usług opiekuńczych</source>
        <translation>New care service order</translation>
    </message>
    <message>
        <location filename="../ops_desktop/ui/services_team/order_dialog.py" line="63"/>
        <source>Sprawa zespołu usług</source>
        <translation>Services team case</translation>
    </message>
    <message>
        <location filename="../ops_desktop/ui/services_team/order_dialog.py" line="66"/>
        <source>Decyzja w programie</source>
        <translation>Decision in the program</translation>
    </message>
    <message>
        <location filename="../ops_desktop/ui/services_team/order_dialog.py" line="70"/>
        <source>Decyzja przyznająca usługi</source>
        <translation>Decision granting the services</translation>
    </message>
    <message>
        <location filename="../ops_desktop/ui/services_team/order_dialog.py" line="72"/>
        <source>numer i data decyzji</source>
        <translation>decision number and date</translation>
    </message>
    <message>
        <location filename="../ops_desktop/ui/services_team/order_dialog.py" line="73"/>
        <source>Zakres usług (poufny)</source>
        <translation>Scope of services (confidential)</translation>
    </message>
    <message>
        <location filename="../ops_desktop/ui/services_team/order_dialog.py" line="75"/>
        <source>Godziny tygodniowo</source>
        <translation>Hours per week</translation>
    </message>
    <message>
        <location filename="../ops_desktop/ui/services_team/order_dialog.py" line="78"/>
        <source>Usługi od</source>
        <translation>Services from</translation>
    </message>
    <message>
        <location filename="../ops_desktop/ui/services_team/order_dialog.py" line="79"/>
        <source>Usługi do</source>
        <translation>Services until</translation>
    </message>
    <message>
        <location filename="../ops_desktop/ui/services_team/order_dialog.py" line="80"/>
        <source>Opiekun(ka)</source>
        <translation>Carer</translation>
    </message>
    <message>
        <location filename="../ops_desktop/ui/services_team/order_dialog.py" line="82"/>
        <source>Wykonawca usług</source>
        <translation>Service provider</translation>
    </message>
    <message>
        <location filename="../ops_desktop/ui/services_team/order_dialog.py" line="84"/>
        <source>Dochód rodziny miesięcznie</source>
        <translation>Monthly family income</translation>
    </message>
    <message>
        <location filename="../ops_desktop/ui/services_team/order_dialog.py" line="86"/>
        <source>Liczba osób w rodzinie</source>
        <translation>Number of persons in the family</translation>
    </message>
    <message>
        <location filename="../ops_desktop/ui/services_team/order_dialog.py" line="87"/>
        <source>&amp;Zapisz zlecenie</source>
        <translation>&amp;Save order</translation>
    </message>
    <message>
        <location filename="../ops_desktop/ui/services_team/order_dialog.py" line="90"/>
        <source>&amp;Sprawa:</source>
        <translation>&amp;Case:</translation>
    </message>
    <message>
        <location filename="../ops_desktop/ui/services_team/order_dialog.py" line="91"/>
        <source>Decyzja w &amp;programie:</source>
        <translation>Decision in the &amp;program:</translation>
    </message>
    <message>
        <location filename="../ops_desktop/ui/services_team/order_dialog.py" line="92"/>
        <source>&amp;Decyzja:</source>
        <translation>&amp;Decision:</translation>
    </message>
    <message>
        <location filename="../ops_desktop/ui/services_team/order_dialog.py" line="93"/>
        <source>Za&amp;kres usług:</source>
        <translation>Sco&amp;pe of services:</translation>
    </message>
    <message>
        <location filename="../ops_desktop/ui/services_team/order_dialog.py" line="94"/>
        <source>&amp;Godzin tygodniowo:</source>
        <translation>&amp;Hours per week:</translation>
    </message>
    <message>
        <location filename="../ops_desktop/ui/services_team/order_dialog.py" line="95"/>
        <source>Usługi &amp;od:</source>
        <translation>Services &amp;from:</translation>
    </message>
    <message>
        <location filename="../ops_desktop/ui/services_team/order_dialog.py" line="96"/>
        <source>Usł&amp;ugi do:</source>
        <translation>Services &amp;until:</translation>
    </message>
    <message>
        <location filename="../ops_desktop/ui/services_team/order_dialog.py" line="97"/>
        <source>Opi&amp;ekun(ka):</source>
        <translation>Ca&amp;rer:</translation>
    </message>
    <message>
        <location filename="../ops_desktop/ui/services_team/order_dialog.py" line="98"/>
        <source>&amp;Wykonawca:</source>
        <translation>Pro&amp;vider:</translation>
    </message>
    <message>
        <location filename="../ops_desktop/ui/services_team/order_dialog.py" line="99"/>
        <source>Dochód &amp;rodziny (zł):</source>
        <translation>Family &amp;income (PLN):</translation>
    </message>
    <message>
        <location filename="../ops_desktop/ui/services_team/order_dialog.py" line="100"/>
        <source>&amp;Liczba osób w rodzinie:</source>
        <translation>&amp;Number of persons in the family:</translation>
    </message>
    <message>
        <location filename="../ops_desktop/ui/services_team/order_dialog.py" line="102"/>
        <source>Dochód i liczba osób jak w decyzji: odpłatność wynika z nich według uchwały rady gminy. Zakres usług widzą tylko zespół usług i kierownik.</source>
        <translation>Income and number of persons as in the decision: the fee follows from them under the council&apos;s resolution. Only the services team and the head see the scope of services.</translation>
    </message>
    <message>
        <location filename="../ops_desktop/ui/services_team/order_dialog.py" line="109"/>
        <source>— spoza programu (wpisz numer i datę) —</source>
        <translation>— outside the program (enter number and date) —</translation>
    </message>
    <message>
        <location filename="../ops_desktop/ui/services_team/order_dialog.py" line="116"/>
        <source>%1 z %2 – %3</source>
        <translation>%1 of %2 – %3</translation>
    </message>
    <message>
        <location filename="../ops_desktop/ui/services_team/order_dialog.py" line="151"/>
        <source>Brak otwartej sprawy zespołu usług.</source>
        <translation>No open case of the services team.</translation>
    </message>
</context>
<context>
    <name>CarePage</name>
    <message>
        <location filename="../ops_desktop/ui/services_team/care_page.py" line="63"/>
        <location filename="../ops_desktop/ui/services_team/care_page.py" line="146"/>
        <source>Osoba</source>
        <translation>Person</translation>
    </message>
    <message>
        <location filename="../ops_desktop/ui/services_team/care_page.py" line="64"/>
        <location filename="../ops_desktop/ui/services_team/care_page.py" line="147"/>
        <source>Znak sprawy</source>
        <translation>Case sign</translation>
    </message>
    <message>
        <location filename="../ops_desktop/ui/services_team/care_page.py" line="65"/>
        <source>Decyzja</source>
        <translation>Decision</translation>
    </message>
    <message>
        <location filename="../ops_desktop/ui/services_team/care_page.py" line="66"/>
        <source>Godz./tydz.</source>
        <translation>Hrs/week</translation>
    </message>
    <message>
        <location filename="../ops_desktop/ui/services_team/care_page.py" line="68"/>
        <location filename="../ops_desktop/ui/services_team/care_page.py" line="150"/>
        <source>Okres</source>
        <translation>Period</translation>
    </message>
    <message>
        <location filename="../ops_desktop/ui/services_team/care_page.py" line="70"/>
        <source>Opiekun(ka)</source>
        <translation>Carer</translation>
    </message>
    <message>
        <location filename="../ops_desktop/ui/services_team/care_page.py" line="72"/>
        <source>Zlecenia usług</source>
        <translation>Service orders</translation>
    </message>
    <message>
        <location filename="../ops_desktop/ui/services_team/care_page.py" line="74"/>
        <source>Liczba zleceń</source>
        <translation>Number of orders</translation>
    </message>
    <message>
        <location filename="../ops_desktop/ui/services_team/care_page.py" line="75"/>
        <source>&amp;Nowe zlecenie…</source>
        <translation>&amp;New order…</translation>
    </message>
    <message>
        <location filename="../ops_desktop/ui/services_team/care_page.py" line="78"/>
        <source>&amp;Odpłatność…</source>
        <translation>&amp;Fees…</translation>
    </message>
    <message>
        <location filename="../ops_desktop/ui/services_team/care_page.py" line="91"/>
        <location filename="../ops_desktop/ui/services_team/care_page.py" line="110"/>
        <source>Miesiąc</source>
        <translation>Month</translation>
    </message>
    <message>
        <location filename="../ops_desktop/ui/services_team/care_page.py" line="93"/>
        <source>Godziny wykonane w miesiącu</source>
        <translation>Hours delivered in the month</translation>
    </message>
    <message>
        <location filename="../ops_desktop/ui/services_team/care_page.py" line="94"/>
        <source>np. 40 lub 12,5</source>
        <translation>e.g. 40 or 12.5</translation>
    </message>
    <message>
        <location filename="../ops_desktop/ui/services_team/care_page.py" line="97"/>
        <source>&amp;Zapisz godziny</source>
        <translation>&amp;Save hours</translation>
    </message>
    <message>
        <location filename="../ops_desktop/ui/services_team/care_page.py" line="100"/>
        <source>Skąd są godziny</source>
        <translation>Where the hours come from</translation>
    </message>
    <message>
        <location filename="../ops_desktop/ui/services_team/care_page.py" line="102"/>
        <source>Godziny &amp;opiekunów…</source>
        <translation>&amp;Carers&apos; hours…</translation>
    </message>
    <message>
        <location filename="../ops_desktop/ui/services_team/care_page.py" line="104"/>
        <source>Wyliczenie rachunku</source>
        <translation>Bill calculation</translation>
    </message>
    <message>
        <location filename="../ops_desktop/ui/services_team/care_page.py" line="107"/>
        <location filename="../ops_desktop/ui/services_team/care_page.py" line="313"/>
        <source>&amp;Wystaw rachunek</source>
        <translation>&amp;Issue bill</translation>
    </message>
    <message>
        <location filename="../ops_desktop/ui/services_team/care_page.py" line="109"/>
        <source>Numer</source>
        <translation>Number</translation>
    </message>
    <message>
        <location filename="../ops_desktop/ui/services_team/care_page.py" line="111"/>
        <location filename="../ops_desktop/ui/services_team/care_page.py" line="152"/>
        <source>Godziny</source>
        <translation>Hours</translation>
    </message>
    <message>
        <location filename="../ops_desktop/ui/services_team/care_page.py" line="113"/>
        <location filename="../ops_desktop/ui/services_team/care_page.py" line="154"/>
        <source>Odpłatność</source>
        <translation>Fee</translation>
    </message>
    <message>
        <location filename="../ops_desktop/ui/services_team/care_page.py" line="115"/>
        <source>Kwota</source>
        <translation>Amount</translation>
    </message>
    <message>
        <location filename="../ops_desktop/ui/services_team/care_page.py" line="117"/>
        <source>Wystawiony</source>
        <translation>Issued</translation>
    </message>
    <message>
        <location filename="../ops_desktop/ui/services_team/care_page.py" line="118"/>
        <source>Koryguje</source>
        <translation>Corrects</translation>
    </message>
    <message>
        <location filename="../ops_desktop/ui/services_team/care_page.py" line="120"/>
        <source>Rachunki</source>
        <translation>Bills</translation>
    </message>
    <message>
        <location filename="../ops_desktop/ui/services_team/care_page.py" line="121"/>
        <source>&amp;Drukuj rachunek</source>
        <translation>&amp;Print bill</translation>
    </message>
    <message>
        <location filename="../ops_desktop/ui/services_team/care_page.py" line="126"/>
        <source>&amp;Miesiąc:</source>
        <translation>&amp;Month:</translation>
    </message>
    <message>
        <location filename="../ops_desktop/ui/services_team/care_page.py" line="128"/>
        <source>&amp;Godziny:</source>
        <translation>&amp;Hours:</translation>
    </message>
    <message>
        <location filename="../ops_desktop/ui/services_team/care_page.py" line="136"/>
        <source>Godziny i rachunek</source>
        <translation>Hours and bill</translation>
    </message>
    <message>
        <location filename="../ops_desktop/ui/services_team/care_page.py" line="148"/>
        <source>Stan</source>
        <translation>State</translation>
    </message>
    <message>
        <location filename="../ops_desktop/ui/services_team/care_page.py" line="149"/>
        <source>Rodzaj usług</source>
        <translation>Kind of services</translation>
    </message>
    <message>
        <location filename="../ops_desktop/ui/services_team/care_page.py" line="158"/>
        <source>Decyzje o usługach</source>
        <translation>Care decisions</translation>
    </message>
    <message>
        <location filename="../ops_desktop/ui/services_team/care_page.py" line="161"/>
        <source>&amp;Podgląd decyzji</source>
        <translation>&amp;Preview decision</translation>
    </message>
    <message>
        <location filename="../ops_desktop/ui/services_team/care_page.py" line="163"/>
        <source>&amp;Usuń projekt</source>
        <translation>&amp;Remove draft</translation>
    </message>
    <message>
        <location filename="../ops_desktop/ui/services_team/care_page.py" line="177"/>
        <source>Zlecenia</source>
        <translation>Orders</translation>
    </message>
    <message>
        <location filename="../ops_desktop/ui/services_team/care_page.py" line="178"/>
        <source>Decyzje</source>
        <translation>Decisions</translation>
    </message>
    <message>
        <location filename="../ops_desktop/ui/services_team/care_page.py" line="207"/>
        <source>Zlecenia usług opiekuńczych: %1</source>
        <translation>Care service orders: %1</translation>
    </message>
    <message>
        <location filename="../ops_desktop/ui/services_team/care_page.py" line="271"/>
        <source>Suma godzin opiekunów: %1 godz. – wpisuje się je w „Harmonogram i godziny” (przycisk obok).</source>
        <translation>Sum of the carers&apos; hours: %1 h – they are entered in &quot;Schedule and hours&quot; (button beside).</translation>
    </message>
    <message>
        <location filename="../ops_desktop/ui/services_team/care_page.py" line="273"/>
        <source>Godziny zlecenia w miesiącu: %1 godz. Jeśli opiekunowie są przydzieleni, wpisuj godziny każdego z nich w „Harmonogram i godziny”.</source>
        <translation>The order&apos;s hours in the month: %1 h. If carers are assigned, enter each one&apos;s hours in &quot;Schedule and hours&quot;.</translation>
    </message>
    <message>
        <location filename="../ops_desktop/ui/services_team/care_page.py" line="277"/>
        <source> Decyzja przyznaje w tym miesiącu %1 godz.</source>
        <translation> The decision grants %1 h in this month.</translation>
    </message>
    <message>
        <location filename="../ops_desktop/ui/services_team/care_page.py" line="293"/>
        <location filename="../ops_desktop/ui/services_team/care_page.py" line="297"/>
        <source>Rachunku nie można wyliczyć: %1</source>
        <translation>The bill cannot be calculated: %1</translation>
    </message>
    <message>
        <location filename="../ops_desktop/ui/services_team/care_page.py" line="300"/>
        <source>Do zapłaty: %1 (%2 godz. × %3 × %4%; dochód %5% kryterium)</source>
        <translation>To pay: %1 (%2 h × %3 × %4%; income %5% of the criterion)</translation>
    </message>
    <message>
        <location filename="../ops_desktop/ui/services_team/care_page.py" line="305"/>
        <source> – tabela przykładowa, nie uchwała rady gminy</source>
        <translation> – sample table, not the council&apos;s resolution</translation>
    </message>
    <message>
        <location filename="../ops_desktop/ui/services_team/care_page.py" line="309"/>
        <source>
Wystawiono już rachunek %1 na %2; nowy będzie korektą.</source>
        <translation>
Bill %1 for %2 has already been issued; a new one will be a correction.</translation>
    </message>
    <message>
        <location filename="../ops_desktop/ui/services_team/care_page.py" line="311"/>
        <source>&amp;Wystaw rachunek korygujący</source>
        <translation>&amp;Issue correcting bill</translation>
    </message>
    <message>
        <location filename="../ops_desktop/ui/services_team/care_page.py" line="316"/>
        <source>
Miesiąc jeszcze trwa: rachunek za niego można wystawić od %1.</source>
        <translation>
The month is not over yet: its bill can be issued from %1.</translation>
    </message>
    <message>
        <location filename="../ops_desktop/ui/services_team/care_page.py" line="335"/>
        <source>podpisana %1</source>
        <translation>signed %1</translation>
    </message>
    <message>
        <location filename="../ops_desktop/ui/services_team/care_page.py" line="336"/>
        <source>projekt – czeka na podpis</source>
        <translation>draft – waiting for signature</translation>
    </message>
    <message>
        <location filename="../ops_desktop/ui/services_team/care_page.py" line="356"/>
        <source>Usuń projekt</source>
        <translation>Remove draft</translation>
    </message>
    <message>
        <location filename="../ops_desktop/ui/services_team/care_page.py" line="357"/>
        <source>Usunąć projekt decyzji %1 (%2)? Kierownik nie zobaczy go już do podpisu.</source>
        <translation>Remove draft decision %1 (%2)? The head will no longer see it to sign.</translation>
    </message>
    <message>
        <location filename="../ops_desktop/ui/services_team/care_page.py" line="373"/>
        <source>Projekt decyzji %1 (%2) czeka na podpis kierownika.</source>
        <translation>Draft decision %1 (%2) waits for the head&apos;s signature.</translation>
    </message>
</context>
<context>
    <name>CarePaymentsPage</name>
    <message>
        <location filename="../ops_desktop/ui/services_team/payments_page.py" line="54"/>
        <source>Miesiąc</source>
        <translation>Month</translation>
    </message>
    <message>
        <location filename="../ops_desktop/ui/services_team/payments_page.py" line="57"/>
        <source>Podsumowanie opłat</source>
        <translation>Fees summary</translation>
    </message>
    <message>
        <location filename="../ops_desktop/ui/services_team/payments_page.py" line="60"/>
        <source>Osoba</source>
        <translation>Person</translation>
    </message>
    <message>
        <location filename="../ops_desktop/ui/services_team/payments_page.py" line="61"/>
        <source>Znak sprawy</source>
        <translation>Case sign</translation>
    </message>
    <message>
        <location filename="../ops_desktop/ui/services_team/payments_page.py" line="62"/>
        <source>Rachunek za miesiąc</source>
        <translation>Bill for the month</translation>
    </message>
    <message>
        <location filename="../ops_desktop/ui/services_team/payments_page.py" line="63"/>
        <source>Wpłacono</source>
        <translation>Paid</translation>
    </message>
    <message>
        <location filename="../ops_desktop/ui/services_team/payments_page.py" line="64"/>
        <source>Pozostało</source>
        <translation>Remaining</translation>
    </message>
    <message>
        <location filename="../ops_desktop/ui/services_team/payments_page.py" line="65"/>
        <source>Zaległość z poprzednich miesięcy</source>
        <translation>Arrears from earlier months</translation>
    </message>
    <message>
        <location filename="../ops_desktop/ui/services_team/payments_page.py" line="66"/>
        <source>Razem do zapłaty</source>
        <translation>Total due</translation>
    </message>
    <message>
        <location filename="../ops_desktop/ui/services_team/payments_page.py" line="67"/>
        <source>Nadpłata</source>
        <translation>Overpaid</translation>
    </message>
    <message>
        <location filename="../ops_desktop/ui/services_team/payments_page.py" line="70"/>
        <source>Opłaty klientów</source>
        <translation>Clients&apos; fees</translation>
    </message>
    <message>
        <location filename="../ops_desktop/ui/services_team/payments_page.py" line="73"/>
        <source>&amp;Miesiąc:</source>
        <translation>&amp;Month:</translation>
    </message>
    <message>
        <location filename="../ops_desktop/ui/services_team/payments_page.py" line="80"/>
        <source>Rachunek, na który wpłacono</source>
        <translation>Bill the payment is for</translation>
    </message>
    <message>
        <location filename="../ops_desktop/ui/services_team/payments_page.py" line="82"/>
        <location filename="../ops_desktop/ui/services_team/payments_page.py" line="104"/>
        <source>Data wpłaty</source>
        <translation>Date of payment</translation>
    </message>
    <message>
        <location filename="../ops_desktop/ui/services_team/payments_page.py" line="83"/>
        <source>Kwota wpłaty</source>
        <translation>Amount paid</translation>
    </message>
    <message>
        <location filename="../ops_desktop/ui/services_team/payments_page.py" line="84"/>
        <source>np. 120,50</source>
        <translation>e.g. 120.50</translation>
    </message>
    <message>
        <location filename="../ops_desktop/ui/services_team/payments_page.py" line="85"/>
        <source>Sposób wpłaty</source>
        <translation>Way of payment</translation>
    </message>
    <message>
        <location filename="../ops_desktop/ui/services_team/payments_page.py" line="88"/>
        <source>Numer dowodu wpłaty lub tytuł przelewu</source>
        <translation>Receipt number or transfer title</translation>
    </message>
    <message>
        <location filename="../ops_desktop/ui/services_team/payments_page.py" line="90"/>
        <source>&amp;Zapisz wpłatę</source>
        <translation>&amp;Save payment</translation>
    </message>
    <message>
        <location filename="../ops_desktop/ui/services_team/payments_page.py" line="93"/>
        <source>&amp;Rachunek:</source>
        <translation>&amp;Bill:</translation>
    </message>
    <message>
        <location filename="../ops_desktop/ui/services_team/payments_page.py" line="95"/>
        <source>&amp;Data wpłaty:</source>
        <translation>&amp;Date of payment:</translation>
    </message>
    <message>
        <location filename="../ops_desktop/ui/services_team/payments_page.py" line="97"/>
        <source>&amp;Kwota:</source>
        <translation>&amp;Amount:</translation>
    </message>
    <message>
        <location filename="../ops_desktop/ui/services_team/payments_page.py" line="99"/>
        <source>&amp;Sposób:</source>
        <translation>&amp;Manner:</translation>
    </message>
    <message>
        <location filename="../ops_desktop/ui/services_team/payments_page.py" line="101"/>
        <source>&amp;Dowód wpłaty:</source>
        <translation>&amp;Receipt:</translation>
    </message>
    <message>
        <location filename="../ops_desktop/ui/services_team/payments_page.py" line="105"/>
        <source>Rachunek</source>
        <translation>Account</translation>
    </message>
    <message>
        <location filename="../ops_desktop/ui/services_team/payments_page.py" line="106"/>
        <source>Za miesiąc</source>
        <translation>For month</translation>
    </message>
    <message>
        <location filename="../ops_desktop/ui/services_team/payments_page.py" line="107"/>
        <source>Kwota</source>
        <translation>Amount</translation>
    </message>
    <message>
        <location filename="../ops_desktop/ui/services_team/payments_page.py" line="108"/>
        <source>Sposób</source>
        <translation>Way</translation>
    </message>
    <message>
        <location filename="../ops_desktop/ui/services_team/payments_page.py" line="109"/>
        <source>Dowód wpłaty / powód wycofania</source>
        <translation>Receipt / reason for withdrawal</translation>
    </message>
    <message>
        <location filename="../ops_desktop/ui/services_team/payments_page.py" line="110"/>
        <source>Uwagi</source>
        <translation>Remarks</translation>
    </message>
    <message>
        <location filename="../ops_desktop/ui/services_team/payments_page.py" line="113"/>
        <source>Wpłaty klienta</source>
        <translation>Client&apos;s payments</translation>
    </message>
    <message>
        <location filename="../ops_desktop/ui/services_team/payments_page.py" line="114"/>
        <source>Wpłata klienta</source>
        <translation>Client&apos;s payment</translation>
    </message>
    <message>
        <location filename="../ops_desktop/ui/services_team/payments_page.py" line="125"/>
        <source>Powód wycofania wpłaty</source>
        <translation>Reason for withdrawing the payment</translation>
    </message>
    <message>
        <location filename="../ops_desktop/ui/services_team/payments_page.py" line="126"/>
        <source>np. wpłata zapisana u złej osoby</source>
        <translation>e.g. payment recorded for the wrong person</translation>
    </message>
    <message>
        <location filename="../ops_desktop/ui/services_team/payments_page.py" line="128"/>
        <source>&amp;Wycofaj zaznaczoną wpłatę</source>
        <translation>&amp;Withdraw the selected payment</translation>
    </message>
    <message>
        <location filename="../ops_desktop/ui/services_team/payments_page.py" line="135"/>
        <source>Powód:</source>
        <translation>Reason:</translation>
    </message>
    <message>
        <location filename="../ops_desktop/ui/services_team/payments_page.py" line="175"/>
        <source>Nie wystawiono jeszcze żadnego rachunku.</source>
        <translation>No bill has been issued yet.</translation>
    </message>
    <message>
        <location filename="../ops_desktop/ui/services_team/payments_page.py" line="186"/>
        <source>Klienci: %1; zalega z opłatą: %2; razem do zapłaty: %3</source>
        <translation>Clients: %1; in arrears: %2; total due: %3</translation>
    </message>
    <message>
        <location filename="../ops_desktop/ui/services_team/payments_page.py" line="209"/>
        <source>%1 za %2 – %3, pozostało %4</source>
        <translation>%1 for %2 – %3, remaining %4</translation>
    </message>
    <message>
        <location filename="../ops_desktop/ui/services_team/payments_page.py" line="232"/>
        <source>wycofanie wpłaty</source>
        <translation>withdrawal of a payment</translation>
    </message>
    <message>
        <location filename="../ops_desktop/ui/services_team/payments_page.py" line="233"/>
        <source>wycofana</source>
        <translation>withdrawn</translation>
    </message>
</context>
<context>
    <name>CareTeamDialog</name>
    <message>
        <location filename="../ops_desktop/ui/coordinator/care_team_setting.py" line="41"/>
        <source>Kto przygotowuje decyzje</source>
        <translation>Who prepares decisions</translation>
    </message>
    <message>
        <location filename="../ops_desktop/ui/coordinator/care_team_setting.py" line="44"/>
        <source>Usługi opiekuńcze, specjalistyczne i sąsiedzkie</source>
        <translation>Care, specialist care and neighbourhood services</translation>
    </message>
    <message>
        <location filename="../ops_desktop/ui/coordinator/care_team_setting.py" line="46"/>
        <source>Posiłek</source>
        <translation>Meals</translation>
    </message>
    <message>
        <location filename="../ops_desktop/ui/coordinator/care_team_setting.py" line="48"/>
        <source>Schronienie</source>
        <translation>Shelter</translation>
    </message>
    <message>
        <location filename="../ops_desktop/ui/coordinator/care_team_setting.py" line="50"/>
        <source>Skierowanie do DPS i odpłatność (art. 61)</source>
        <translation>DPS referral and fee (art. 61)</translation>
    </message>
    <message>
        <location filename="../ops_desktop/ui/coordinator/care_team_setting.py" line="54"/>
        <source>&lt;b&gt;Decyzje&lt;/b&gt;</source>
        <translation>&lt;b&gt;Decisions&lt;/b&gt;</translation>
    </message>
    <message>
        <location filename="../ops_desktop/ui/coordinator/care_team_setting.py" line="55"/>
        <source>&lt;b&gt;Zespół ds. usług&lt;/b&gt;</source>
        <translation>&lt;b&gt;Services team&lt;/b&gt;</translation>
    </message>
    <message>
        <location filename="../ops_desktop/ui/coordinator/care_team_setting.py" line="56"/>
        <source>&lt;b&gt;Zespół ds. świadczeń&lt;/b&gt;</source>
        <translation>&lt;b&gt;Benefits team&lt;/b&gt;</translation>
    </message>
    <message>
        <location filename="../ops_desktop/ui/coordinator/care_team_setting.py" line="62"/>
        <source>zespół ds. usług</source>
        <translation>services team</translation>
    </message>
    <message>
        <location filename="../ops_desktop/ui/coordinator/care_team_setting.py" line="65"/>
        <source>zespół ds. świadczeń</source>
        <translation>benefits team</translation>
    </message>
    <message>
        <location filename="../ops_desktop/ui/coordinator/care_team_setting.py" line="77"/>
        <source>&amp;Zapisz</source>
        <translation>&amp;Save</translation>
    </message>
    <message>
        <location filename="../ops_desktop/ui/coordinator/care_team_setting.py" line="81"/>
        <source>Który zespół przygotowuje projekty decyzji każdego rodzaju? Domyślnie zespół ds. usług; zespół ds. świadczeń przygotowuje je na swoich sprawach.</source>
        <translation>Which team prepares the drafts of each kind of decision? By default the services team; the benefits team prepares them on its own cases.</translation>
    </message>
    <message>
        <location filename="../ops_desktop/ui/coordinator/care_team_setting.py" line="85"/>
        <source>Projekty podpisuje kierownik jak każdą decyzję. Drugi zespół widzi informację, kto je przygotowuje; projekty już zapisane pozostają na liście do podpisu.</source>
        <translation>The head signs the drafts like any decision. The other team sees who prepares them; drafts already saved stay on the signing list.</translation>
    </message>
</context>
<context>
    <name>CasesBehindDialog</name>
    <message>
        <location filename="../ops_desktop/ui/coordinator/statistics.py" line="365"/>
        <source>%1 – pozycji: %2</source>
        <translation>%1 – items: %2</translation>
    </message>
</context>
<context>
    <name>CasesTab</name>
    <message>
        <location filename="../ops_desktop/ui/team_tab.py" line="44"/>
        <source>Znak sprawy</source>
        <translation>Case ref.</translation>
    </message>
    <message>
        <location filename="../ops_desktop/ui/team_tab.py" line="45"/>
        <source>Osoba</source>
        <translation>Person</translation>
    </message>
    <message>
        <location filename="../ops_desktop/ui/team_tab.py" line="46"/>
        <source>Założona</source>
        <translation>Opened</translation>
    </message>
    <message>
        <location filename="../ops_desktop/ui/team_tab.py" line="48"/>
        <source>Stan</source>
        <translation>State</translation>
    </message>
    <message>
        <location filename="../ops_desktop/ui/team_tab.py" line="50"/>
        <source>Sprawy zespołu</source>
        <translation>Team cases</translation>
    </message>
    <message>
        <location filename="../ops_desktop/ui/team_tab.py" line="56"/>
        <source>Które sprawy pokazać</source>
        <translation>Which cases to show</translation>
    </message>
    <message>
        <location filename="../ops_desktop/ui/team_tab.py" line="57"/>
        <source>otwarte</source>
        <translation>open</translation>
    </message>
    <message>
        <location filename="../ops_desktop/ui/team_tab.py" line="58"/>
        <source>wszystkie</source>
        <translation>all</translation>
    </message>
    <message>
        <location filename="../ops_desktop/ui/team_tab.py" line="60"/>
        <source>Zamknij sprawę…</source>
        <translation>Close the case…</translation>
    </message>
    <message>
        <location filename="../ops_desktop/ui/team_tab.py" line="63"/>
        <source>Wznów sprawę…</source>
        <translation>Reopen the case…</translation>
    </message>
    <message>
        <location filename="../ops_desktop/ui/team_tab.py" line="89"/>
        <source>otwarta</source>
        <translation>open</translation>
    </message>
    <message>
        <location filename="../ops_desktop/ui/team_tab.py" line="93"/>
        <source>zamknięta %1 – %2</source>
        <translation>closed %1 – %2</translation>
    </message>
    <message>
        <location filename="../ops_desktop/ui/team_tab.py" line="108"/>
        <source>Sprawy zespołu: %1</source>
        <translation>Team cases: %1</translation>
    </message>
    <message>
        <location filename="../ops_desktop/ui/team_tab.py" line="108"/>
        <source>Sprawy otwarte: %1</source>
        <translation>Open cases: %1</translation>
    </message>
</context>
<context>
    <name>ChangePasswordDialog</name>
    <message>
        <location filename="../ops_desktop/ui/sign_in.py" line="104"/>
        <source>Zmiana hasła</source>
        <translation>Change of password</translation>
    </message>
    <message>
        <location filename="../ops_desktop/ui/sign_in.py" line="105"/>
        <source>Obecne hasło</source>
        <translation>Current password</translation>
    </message>
    <message>
        <location filename="../ops_desktop/ui/sign_in.py" line="106"/>
        <source>Nowe hasło</source>
        <translation>New password</translation>
    </message>
    <message>
        <location filename="../ops_desktop/ui/sign_in.py" line="107"/>
        <source>Powtórz nowe hasło</source>
        <translation>Repeat new password</translation>
    </message>
    <message>
        <location filename="../ops_desktop/ui/sign_in.py" line="110"/>
        <source>&amp;Obecne hasło:</source>
        <translation>&amp;Current password:</translation>
    </message>
    <message>
        <location filename="../ops_desktop/ui/sign_in.py" line="112"/>
        <source>&amp;Nowe hasło:</source>
        <translation>&amp;New password:</translation>
    </message>
    <message>
        <location filename="../ops_desktop/ui/sign_in.py" line="114"/>
        <source>&amp;Powtórz nowe hasło:</source>
        <translation>&amp;Repeat new password:</translation>
    </message>
    <message>
        <location filename="../ops_desktop/ui/sign_in.py" line="116"/>
        <source>Zmień hasło</source>
        <translation>Change password</translation>
    </message>
    <message>
        <location filename="../ops_desktop/ui/sign_in.py" line="120"/>
        <source>Hasło nadane przez administratora jest tymczasowe – ustal własne hasło (co najmniej 10 znaków).</source>
        <translation>The password given by the administrator is temporary – choose your own password (at least 10 characters).</translation>
    </message>
</context>
<context>
    <name>ClaimPaymentDialog</name>
    <message>
        <location filename="../ops_desktop/ui/benefits/undue_claim_dialogs.py" line="182"/>
        <source>Wpłata – %1</source>
        <translation>Payment – %1</translation>
    </message>
    <message>
        <location filename="../ops_desktop/ui/benefits/undue_claim_dialogs.py" line="183"/>
        <source>Rodzaj wpłaty</source>
        <translation>Kind of payment</translation>
    </message>
    <message>
        <location filename="../ops_desktop/ui/benefits/undue_claim_dialogs.py" line="185"/>
        <source>Data wpłaty</source>
        <translation>Date of payment</translation>
    </message>
    <message>
        <location filename="../ops_desktop/ui/benefits/undue_claim_dialogs.py" line="186"/>
        <source>Kwota wpłaty w złotych</source>
        <translation>Amount paid in zloty</translation>
    </message>
    <message>
        <location filename="../ops_desktop/ui/benefits/undue_claim_dialogs.py" line="188"/>
        <source>&amp;Rodzaj:</source>
        <translation>&amp;Kind:</translation>
    </message>
    <message>
        <location filename="../ops_desktop/ui/benefits/undue_claim_dialogs.py" line="189"/>
        <source>&amp;Data wpłaty:</source>
        <translation>&amp;Date of payment:</translation>
    </message>
    <message>
        <location filename="../ops_desktop/ui/benefits/undue_claim_dialogs.py" line="190"/>
        <source>&amp;Kwota (zł):</source>
        <translation>&amp;Amount (PLN):</translation>
    </message>
    <message>
        <location filename="../ops_desktop/ui/benefits/undue_claim_dialogs.py" line="191"/>
        <source>najwyżej pozostałe saldo</source>
        <translation>at most the remaining balance</translation>
    </message>
    <message>
        <location filename="../ops_desktop/ui/benefits/undue_claim_dialogs.py" line="193"/>
        <source>&amp;Zapisz wpłatę</source>
        <translation>&amp;Save payment</translation>
    </message>
</context>
<context>
    <name>CloseCaseDialog</name>
    <message>
        <location filename="../ops_desktop/ui/case_dialogs.py" line="35"/>
        <source>Zamknięcie sprawy</source>
        <translation>Closing a case</translation>
    </message>
    <message>
        <location filename="../ops_desktop/ui/case_dialogs.py" line="37"/>
        <source>Powód zamknięcia</source>
        <translation>Reason for closing</translation>
    </message>
    <message>
        <location filename="../ops_desktop/ui/case_dialogs.py" line="39"/>
        <source>Uzasadnienie lub uwagi</source>
        <translation>Reason in words or remarks</translation>
    </message>
    <message>
        <location filename="../ops_desktop/ui/case_dialogs.py" line="40"/>
        <source>Data zamknięcia</source>
        <translation>Closing date</translation>
    </message>
    <message>
        <location filename="../ops_desktop/ui/case_dialogs.py" line="41"/>
        <source>&amp;Zamknij sprawę</source>
        <translation>&amp;Close the case</translation>
    </message>
    <message>
        <location filename="../ops_desktop/ui/case_dialogs.py" line="44"/>
        <source>&amp;Powód:</source>
        <translation>&amp;Reason:</translation>
    </message>
    <message>
        <location filename="../ops_desktop/ui/case_dialogs.py" line="46"/>
        <source>&amp;Uwagi:</source>
        <translation>&amp;Remarks:</translation>
    </message>
    <message>
        <location filename="../ops_desktop/ui/case_dialogs.py" line="47"/>
        <source>&amp;Data zamknięcia:</source>
        <translation>Closing &amp;date:</translation>
    </message>
    <message>
        <location filename="../ops_desktop/ui/case_dialogs.py" line="52"/>
        <source>Przy powodzie „inna” wpisz go w uwagach. Zamkniętej sprawy nie uzupełnia się notatkami ani wnioskami; zespół może ją wznowić, podając powód.</source>
        <translation>With the reason &quot;other&quot;, write it in the remarks. A closed case takes no notes or applications; the team may reopen it, giving a reason.</translation>
    </message>
</context>
<context>
    <name>ClosingDialog</name>
    <message>
        <location filename="../ops_desktop/ui/services_team/supervision_closing.py" line="34"/>
        <source>otwarta</source>
        <translation>open</translation>
    </message>
    <message>
        <location filename="../ops_desktop/ui/services_team/supervision_closing.py" line="35"/>
        <source>zamknięta %1: %2</source>
        <translation>closed %1: %2</translation>
    </message>
    <message>
        <location filename="../ops_desktop/ui/services_team/supervision_closing.py" line="48"/>
        <source>Zamknięcie kontroli lub skargi</source>
        <translation>Closing a check or complaint</translation>
    </message>
    <message>
        <location filename="../ops_desktop/ui/services_team/supervision_closing.py" line="50"/>
        <source>Wynik</source>
        <translation>Outcome</translation>
    </message>
    <message>
        <location filename="../ops_desktop/ui/services_team/supervision_closing.py" line="53"/>
        <source>Data zamknięcia</source>
        <translation>Closing date</translation>
    </message>
    <message>
        <location filename="../ops_desktop/ui/services_team/supervision_closing.py" line="55"/>
        <source>Zalecenia</source>
        <translation>Follow-up</translation>
    </message>
    <message>
        <location filename="../ops_desktop/ui/services_team/supervision_closing.py" line="57"/>
        <source>Termin usunięcia uchybień</source>
        <translation>Deadline to remedy deficiencies</translation>
    </message>
    <message>
        <location filename="../ops_desktop/ui/services_team/supervision_closing.py" line="58"/>
        <source>bez terminu</source>
        <translation>open-ended</translation>
    </message>
    <message>
        <location filename="../ops_desktop/ui/services_team/supervision_closing.py" line="59"/>
        <source>&amp;Zamknij i zapisz</source>
        <translation>&amp;Close and save</translation>
    </message>
    <message>
        <location filename="../ops_desktop/ui/services_team/supervision_closing.py" line="62"/>
        <source>&amp;Wynik:</source>
        <translation>&amp;Outcome:</translation>
    </message>
    <message>
        <location filename="../ops_desktop/ui/services_team/supervision_closing.py" line="63"/>
        <source>&amp;Data zamknięcia:</source>
        <translation>Closing &amp;date:</translation>
    </message>
    <message>
        <location filename="../ops_desktop/ui/services_team/supervision_closing.py" line="64"/>
        <source>&amp;Zalecenia:</source>
        <translation>&amp;Recommendations:</translation>
    </message>
    <message>
        <location filename="../ops_desktop/ui/services_team/supervision_closing.py" line="65"/>
        <source>&amp;Termin usunięcia:</source>
        <translation>&amp;Remedy by:</translation>
    </message>
    <message>
        <location filename="../ops_desktop/ui/services_team/supervision_closing.py" line="70"/>
        <source>Dotyczy</source>
        <translation>Concerns</translation>
    </message>
    <message>
        <location filename="../ops_desktop/ui/services_team/supervision_closing.py" line="73"/>
        <source>Zamkniętej kontroli lub skargi nie można zmienić; jej protokół może otrzymać wykonawca usług – nie wpisuj informacji o zdrowiu osoby.</source>
        <translation>A closed check or complaint cannot be changed; its protocol may be given to the service provider – do not enter information about the person&apos;s health.</translation>
    </message>
</context>
<context>
    <name>CodeDialog</name>
    <message>
        <location filename="../ops_desktop/ui/admin/share_dialog.py" line="126"/>
        <location filename="../ops_desktop/ui/admin/share_dialog.py" line="134"/>
        <source>Kod zaproszenia</source>
        <translation>Invitation code</translation>
    </message>
    <message>
        <location filename="../ops_desktop/ui/admin/share_dialog.py" line="128"/>
        <source>Biuro udostępniono. Zaproszenie zapisano w pliku:
%1

Na każdym kolejnym komputerze zainstaluj program i przy pierwszym uruchomieniu wybierz „Dołącz do biura…”, podając plik zaproszenia i ten kod. Kod jest pokazywany tylko teraz – zapisz go i przekaż osobno, nie razem z plikiem (np. osobiście albo telefonicznie), bo plik i kod razem otwierają wszystkie dane ośrodka.</source>
        <translation>The office is shared. The invitation was saved in the file:
%1

On every further PC install the program and at its first start choose “Join an office…”, giving the invitation file and this code. The code is shown only now – write it down and hand it over separately, not together with the file (e.g. in person or by phone), because the file and the code together open all the centre&apos;s data.</translation>
    </message>
    <message>
        <location filename="../ops_desktop/ui/admin/share_dialog.py" line="142"/>
        <source>&amp;Kopiuj kod</source>
        <translation>&amp;Copy code</translation>
    </message>
    <message>
        <location filename="../ops_desktop/ui/admin/share_dialog.py" line="145"/>
        <source>Zamknij</source>
        <translation>Close</translation>
    </message>
    <message>
        <location filename="../ops_desktop/ui/admin/share_dialog.py" line="158"/>
        <source>Skopiowano do schowka.</source>
        <translation>Copied to the clipboard.</translation>
    </message>
</context>
<context>
    <name>ConflictsPage</name>
    <message>
        <location filename="../ops_desktop/ui/coordinator/exchange_conflicts.py" line="73"/>
        <source>Rodzaj</source>
        <translation>Kind</translation>
    </message>
    <message>
        <location filename="../ops_desktop/ui/coordinator/exchange_conflicts.py" line="74"/>
        <source>Dotyczy</source>
        <translation>Concerns</translation>
    </message>
    <message>
        <location filename="../ops_desktop/ui/coordinator/exchange_conflicts.py" line="75"/>
        <source>Pole</source>
        <translation>Field</translation>
    </message>
    <message>
        <location filename="../ops_desktop/ui/coordinator/exchange_conflicts.py" line="76"/>
        <source>Wartość obecna</source>
        <translation>Current value</translation>
    </message>
    <message>
        <location filename="../ops_desktop/ui/coordinator/exchange_conflicts.py" line="77"/>
        <source>Obecną wpisał(a)</source>
        <translation>Current value entered by</translation>
    </message>
    <message>
        <location filename="../ops_desktop/ui/coordinator/exchange_conflicts.py" line="78"/>
        <source>Wartość, która przegrała</source>
        <translation>Value that lost</translation>
    </message>
    <message>
        <location filename="../ops_desktop/ui/coordinator/exchange_conflicts.py" line="79"/>
        <source>Drugą wpisał(a)</source>
        <translation>Other value entered by</translation>
    </message>
    <message>
        <location filename="../ops_desktop/ui/coordinator/exchange_conflicts.py" line="81"/>
        <source>Konflikty wymiany</source>
        <translation>Exchange conflicts</translation>
    </message>
    <message>
        <location filename="../ops_desktop/ui/coordinator/exchange_conflicts.py" line="89"/>
        <source>Przyjmij &amp;drugą wartość</source>
        <translation>Take the &amp;other value</translation>
    </message>
    <message>
        <location filename="../ops_desktop/ui/coordinator/exchange_conflicts.py" line="91"/>
        <source>&amp;Zostaw</source>
        <translation>&amp;Leave</translation>
    </message>
    <message>
        <location filename="../ops_desktop/ui/coordinator/exchange_conflicts.py" line="123"/>
        <source>Konflikty wymiany: %1. Ta sama dana została zmieniona na dwóch komputerach, zanim się wymieniły; wszystkie komputery mają teraz wartość obecną. Przyjmij drugą wartość albo zostaw obecną.</source>
        <translation>Exchange conflicts: %1. The same item was changed on two PCs before they exchanged; every PC now holds the current value. Take the other value or leave the current one.</translation>
    </message>
    <message>
        <location filename="../ops_desktop/ui/coordinator/exchange_conflicts.py" line="127"/>
        <source>Nie ma konfliktów wymiany do rozstrzygnięcia.</source>
        <translation>There are no exchange conflicts to resolve.</translation>
    </message>
    <message>
        <location filename="../ops_desktop/ui/coordinator/exchange_conflicts.py" line="147"/>
        <source>Przyjąć «%1» zamiast «%2» (%3 – %4)? Zmiana trafi na wszystkie komputery biura.</source>
        <translation>Take «%1» instead of «%2» (%3 – %4)? The change will reach every PC of the office.</translation>
    </message>
    <message>
        <location filename="../ops_desktop/ui/coordinator/exchange_conflicts.py" line="156"/>
        <source>Przyjęto drugą wartość: %1.</source>
        <translation>The other value was taken: %1.</translation>
    </message>
    <message>
        <location filename="../ops_desktop/ui/coordinator/exchange_conflicts.py" line="163"/>
        <source>Zostawiono wartość obecną.</source>
        <translation>The current value was left.</translation>
    </message>
</context>
<context>
    <name>ConsentDialog</name>
    <message>
        <location filename="../ops_desktop/ui/benefits/appeal_consent.py" line="23"/>
        <source>Zgoda pozostałych stron – %1</source>
        <translation>Other parties&apos; consent – %1</translation>
    </message>
    <message>
        <location filename="../ops_desktop/ui/benefits/appeal_consent.py" line="28"/>
        <source>Pozostałe strony (%1) zgodziły się na uchylenie albo zmianę decyzji zgodnie z żądaniem odwołania (art. 132 § 2 KPA).</source>
        <translation>The other parties (%1) consented to the decision being revoked or changed as the appeal asks (art. 132 § 2 KPA).</translation>
    </message>
    <message>
        <location filename="../ops_desktop/ui/benefits/appeal_consent.py" line="33"/>
        <source>Data zgody</source>
        <translation>Day of consent</translation>
    </message>
    <message>
        <location filename="../ops_desktop/ui/benefits/appeal_consent.py" line="35"/>
        <source>&amp;Zapisz</source>
        <translation>&amp;Save</translation>
    </message>
    <message>
        <location filename="../ops_desktop/ui/benefits/appeal_consent.py" line="37"/>
        <source>&amp;Data zgody:</source>
        <translation>&amp;Day of consent:</translation>
    </message>
</context>
<context>
    <name>ContractForm</name>
    <message>
        <location filename="../ops_desktop/ui/social_work/contract_form.py" line="42"/>
        <source>Przyczyny trudnej sytuacji:</source>
        <translation>Causes of the difficult situation:</translation>
    </message>
    <message>
        <location filename="../ops_desktop/ui/social_work/contract_form.py" line="43"/>
        <source>Mocne strony, zasoby:</source>
        <translation>Strengths, resources:</translation>
    </message>
    <message>
        <location filename="../ops_desktop/ui/social_work/contract_form.py" line="44"/>
        <source>Ograniczenia, bariery:</source>
        <translation>Limitations, barriers:</translation>
    </message>
    <message>
        <location filename="../ops_desktop/ui/social_work/contract_form.py" line="45"/>
        <source>Przyczyny pozostawania bez pracy (B):</source>
        <translation>Causes of unemployment (B):</translation>
    </message>
    <message>
        <location filename="../ops_desktop/ui/social_work/contract_form.py" line="47"/>
        <source>Kwalifikacje, doświadczenie (B):</source>
        <translation>Qualifications, experience (B):</translation>
    </message>
    <message>
        <location filename="../ops_desktop/ui/social_work/contract_form.py" line="48"/>
        <source>Dotychczasowa aktywizacja i jej niepowodzenia (B):</source>
        <translation>Earlier activation and why it failed (B):</translation>
    </message>
    <message>
        <location filename="../ops_desktop/ui/social_work/contract_form.py" line="109"/>
        <source>Kontrakt socjalny – projekt</source>
        <translation>Social contract – draft</translation>
    </message>
    <message>
        <location filename="../ops_desktop/ui/social_work/contract_form.py" line="111"/>
        <source>Wariant</source>
        <translation>Variant</translation>
    </message>
    <message>
        <location filename="../ops_desktop/ui/social_work/contract_form.py" line="130"/>
        <source>(osoba nie ma w gospodarstwie innych członków)</source>
        <translation>(the person has no other household members)</translation>
    </message>
    <message>
        <location filename="../ops_desktop/ui/social_work/contract_form.py" line="133"/>
        <source>Cel główny</source>
        <translation>Main goal</translation>
    </message>
    <message>
        <location filename="../ops_desktop/ui/social_work/contract_form.py" line="134"/>
        <source>Cele szczegółowe, każdy w wierszu</source>
        <translation>Specific goals, one per line</translation>
    </message>
    <message>
        <location filename="../ops_desktop/ui/social_work/contract_form.py" line="137"/>
        <source>&amp;Wariant:</source>
        <translation>&amp;Variant:</translation>
    </message>
    <message>
        <location filename="../ops_desktop/ui/social_work/contract_form.py" line="141"/>
        <source>Członkowie &amp;rodziny w kontrakcie:</source>
        <translation>Family &amp;members in the contract:</translation>
    </message>
    <message>
        <location filename="../ops_desktop/ui/social_work/contract_form.py" line="143"/>
        <source>&amp;Telefon pracownika:</source>
        <translation>Worker&apos;s &amp;phone:</translation>
    </message>
    <message>
        <location filename="../ops_desktop/ui/social_work/contract_form.py" line="148"/>
        <source>Skierowanie z &amp;PUP (B):</source>
        <translation>Labour-office &amp;referral (B):</translation>
    </message>
    <message>
        <location filename="../ops_desktop/ui/social_work/contract_form.py" line="154"/>
        <source>Cel &amp;główny:</source>
        <translation>&amp;Main goal:</translation>
    </message>
    <message>
        <location filename="../ops_desktop/ui/social_work/contract_form.py" line="156"/>
        <source>Cele &amp;szczegółowe:</source>
        <translation>&amp;Specific goals:</translation>
    </message>
    <message>
        <location filename="../ops_desktop/ui/social_work/contract_form.py" line="164"/>
        <source>&amp;Zapisz projekt</source>
        <translation>&amp;Save draft</translation>
    </message>
</context>
<context>
    <name>ContractsDialog</name>
    <message>
        <location filename="../ops_desktop/ui/social_work/contracts.py" line="170"/>
        <source>Kontrakty socjalne – %1</source>
        <translation>Social contracts – %1</translation>
    </message>
    <message>
        <location filename="../ops_desktop/ui/social_work/contracts.py" line="173"/>
        <source>Kontrakty socjalne sprawy</source>
        <translation>The case&apos;s social contracts</translation>
    </message>
    <message>
        <location filename="../ops_desktop/ui/social_work/contracts.py" line="175"/>
        <source>&amp;Nowy kontrakt…</source>
        <translation>&amp;New contract…</translation>
    </message>
    <message>
        <location filename="../ops_desktop/ui/social_work/contracts.py" line="176"/>
        <source>&amp;Popraw projekt…</source>
        <translation>&amp;Correct draft…</translation>
    </message>
    <message>
        <location filename="../ops_desktop/ui/social_work/contracts.py" line="177"/>
        <source>Po&amp;dpisany…</source>
        <translation>&amp;Signed…</translation>
    </message>
    <message>
        <location filename="../ops_desktop/ui/social_work/contracts.py" line="178"/>
        <source>&amp;Drukuj</source>
        <translation>&amp;Print</translation>
    </message>
    <message>
        <location filename="../ops_desktop/ui/social_work/contracts.py" line="179"/>
        <source>&amp;Ocena…</source>
        <translation>&amp;Review…</translation>
    </message>
    <message>
        <location filename="../ops_desktop/ui/social_work/contracts.py" line="180"/>
        <source>&amp;Aneks…</source>
        <translation>&amp;Annex…</translation>
    </message>
    <message>
        <location filename="../ops_desktop/ui/social_work/contracts.py" line="181"/>
        <source>&amp;Zakończ…</source>
        <translation>&amp;End…</translation>
    </message>
</context>
<context>
    <name>CoordinatorTab</name>
    <message>
        <location filename="../ops_desktop/ui/coordinator/tab.py" line="85"/>
        <location filename="../ops_desktop/ui/coordinator/tab.py" line="106"/>
        <source>Projekty decyzji do podpisu</source>
        <translation>Draft decisions to sign</translation>
    </message>
    <message>
        <location filename="../ops_desktop/ui/coordinator/tab.py" line="86"/>
        <source>&amp;Podpisz zaznaczone</source>
        <translation>&amp;Sign selected</translation>
    </message>
    <message>
        <location filename="../ops_desktop/ui/coordinator/tab.py" line="87"/>
        <location filename="../ops_desktop/ui/coordinator/tab.py" line="100"/>
        <source>Podgląd</source>
        <translation>Preview</translation>
    </message>
    <message>
        <location filename="../ops_desktop/ui/coordinator/tab.py" line="94"/>
        <location filename="../ops_desktop/ui/coordinator/tab.py" line="108"/>
        <source>Decyzje podpisane</source>
        <translation>Signed decisions</translation>
    </message>
    <message>
        <location filename="../ops_desktop/ui/coordinator/tab.py" line="95"/>
        <source>&amp;Drukuj zaznaczone</source>
        <translation>&amp;Print selected</translation>
    </message>
    <message>
        <location filename="../ops_desktop/ui/coordinator/tab.py" line="98"/>
        <source>Drukuj &amp;wydane dziś</source>
        <translation>Print &amp;issued today</translation>
    </message>
    <message>
        <location filename="../ops_desktop/ui/coordinator/tab.py" line="112"/>
        <source>Ochrona danych osobowych…</source>
        <translation>Personal data protection…</translation>
    </message>
    <message>
        <location filename="../ops_desktop/ui/coordinator/tab.py" line="117"/>
        <source>Statystyka półroczna…</source>
        <translation>Half-year statistics…</translation>
    </message>
    <message>
        <location filename="../ops_desktop/ui/coordinator/tab.py" line="121"/>
        <source>Zestawienia własne…</source>
        <translation>Own lists…</translation>
    </message>
    <message>
        <location filename="../ops_desktop/ui/coordinator/tab.py" line="125"/>
        <source>Kto przygotowuje decyzje…</source>
        <translation>Who prepares decisions…</translation>
    </message>
    <message>
        <location filename="../ops_desktop/ui/coordinator/tab.py" line="129"/>
        <source>Scal rekordy osoby…</source>
        <translation>Merge a person&apos;s records…</translation>
    </message>
    <message>
        <location filename="../ops_desktop/ui/coordinator/tab.py" line="144"/>
        <source>Pulpit</source>
        <translation>Dashboard</translation>
    </message>
    <message>
        <location filename="../ops_desktop/ui/coordinator/tab.py" line="147"/>
        <source>Decyzje</source>
        <translation>Decisions</translation>
    </message>
    <message>
        <location filename="../ops_desktop/ui/coordinator/tab.py" line="150"/>
        <source>Centrum wydruku</source>
        <translation>Print centre</translation>
    </message>
    <message>
        <location filename="../ops_desktop/ui/coordinator/tab.py" line="152"/>
        <source>Obciążenie pracowników</source>
        <translation>Workers&apos; caseload</translation>
    </message>
    <message>
        <location filename="../ops_desktop/ui/coordinator/tab.py" line="155"/>
        <source>Listy wypłat do zatwierdzenia</source>
        <translation>Payment lists to approve</translation>
    </message>
    <message>
        <location filename="../ops_desktop/ui/coordinator/tab.py" line="158"/>
        <source>Odwołania</source>
        <translation>Appeals</translation>
    </message>
    <message>
        <location filename="../ops_desktop/ui/coordinator/tab.py" line="161"/>
        <source>Pakiety usług</source>
        <translation>Service packages</translation>
    </message>
    <message>
        <location filename="../ops_desktop/ui/coordinator/tab.py" line="164"/>
        <source>Nienależnie pobrane świadczenia</source>
        <translation>Undue benefits</translation>
    </message>
    <message>
        <location filename="../ops_desktop/ui/coordinator/tab.py" line="171"/>
        <source>Konflikty wymiany (%1)</source>
        <translation>Exchange conflicts (%1)</translation>
    </message>
    <message>
        <location filename="../ops_desktop/ui/coordinator/tab.py" line="172"/>
        <source>Zmiany odrzucone (%1)</source>
        <translation>Refused changes (%1)</translation>
    </message>
    <message>
        <location filename="../ops_desktop/ui/coordinator/tab.py" line="173"/>
        <source>Prośby o uprawnienia (%1)</source>
        <translation>Permission requests (%1)</translation>
    </message>
    <message>
        <location filename="../ops_desktop/ui/coordinator/tab.py" line="174"/>
        <source>Niebieska Karta – terminy (%1)</source>
        <translation>Niebieska Karta – deadlines (%1)</translation>
    </message>
    <message>
        <location filename="../ops_desktop/ui/coordinator/tab.py" line="183"/>
        <source>Terminy wniosków – po terminie: %1</source>
        <translation>Application deadlines – overdue: %1</translation>
    </message>
    <message>
        <location filename="../ops_desktop/ui/coordinator/tab.py" line="194"/>
        <source>Terminy wniosków</source>
        <translation>Application deadlines</translation>
    </message>
    <message>
        <location filename="../ops_desktop/ui/coordinator/tab.py" line="205"/>
        <source>Wydana</source>
        <translation>Issued</translation>
    </message>
    <message>
        <location filename="../ops_desktop/ui/coordinator/tab.py" line="208"/>
        <source>Znak sprawy</source>
        <translation>Case ref.</translation>
    </message>
    <message>
        <location filename="../ops_desktop/ui/coordinator/tab.py" line="209"/>
        <source>Osoba</source>
        <translation>Person</translation>
    </message>
    <message>
        <location filename="../ops_desktop/ui/coordinator/tab.py" line="210"/>
        <source>Forma pomocy</source>
        <translation>Form of assistance</translation>
    </message>
    <message>
        <location filename="../ops_desktop/ui/coordinator/tab.py" line="211"/>
        <source>Rodzaj</source>
        <translation>Type</translation>
    </message>
    <message>
        <location filename="../ops_desktop/ui/coordinator/tab.py" line="212"/>
        <source>Kwota</source>
        <translation>Amount</translation>
    </message>
    <message>
        <location filename="../ops_desktop/ui/coordinator/tab.py" line="214"/>
        <source>Okres</source>
        <translation>Period</translation>
    </message>
    <message>
        <location filename="../ops_desktop/ui/coordinator/tab.py" line="217"/>
        <source>Podpisał(a)</source>
        <translation>Signed by</translation>
    </message>
    <message>
        <location filename="../ops_desktop/ui/coordinator/tab.py" line="221"/>
        <source>Uwagi</source>
        <translation>Remarks</translation>
    </message>
    <message>
        <location filename="../ops_desktop/ui/coordinator/tab.py" line="225"/>
        <source>Brak wywiadu środowiskowego – nie można podpisać</source>
        <translation>No family interview – cannot be signed</translation>
    </message>
    <message>
        <location filename="../ops_desktop/ui/coordinator/tab.py" line="411"/>
        <source>Wydruk otwarty w przeglądarce PDF (plik: %1).</source>
        <translation>Printout opened in the PDF viewer (file: %1).</translation>
    </message>
    <message>
        <location filename="../ops_desktop/ui/coordinator/tab.py" line="412"/>
        <source>Przeglądarka PDF się nie otworzyła – plik zapisano: %1</source>
        <translation>No PDF viewer opened – the file was saved: %1</translation>
    </message>
    <message>
        <location filename="../ops_desktop/ui/coordinator/sign_confirmation.py" line="27"/>
        <source>bezterminowo</source>
        <translation>open-ended</translation>
    </message>
    <message>
        <location filename="../ops_desktop/ui/coordinator/tab.py" line="274"/>
        <source>Skierowania oczekujące: %1   |   Wnioski w toku: %2   |   Projekty decyzji do podpisu: %3</source>
        <translation>Pending referrals: %1   |   Applications in progress: %2   |   Draft decisions to sign: %3</translation>
    </message>
    <message>
        <location filename="../ops_desktop/ui/coordinator/tab.py" line="282"/>
        <source>Nie masz ważnego upoważnienia do podpisywania decyzji.</source>
        <translation>You do not hold a valid authorisation to sign decisions.</translation>
    </message>
    <message>
        <location filename="../ops_desktop/ui/coordinator/tab.py" line="325"/>
        <source>Zaznacz projekty decyzji do podpisu.</source>
        <translation>Select the draft decisions to sign.</translation>
    </message>
    <message>
        <location filename="../ops_desktop/ui/coordinator/tab.py" line="328"/>
        <source>Nie podpisano.</source>
        <translation>Nothing was signed.</translation>
    </message>
    <message>
        <location filename="../ops_desktop/ui/coordinator/tab.py" line="340"/>
        <source>Podpisano %1 z %2 decyzji.</source>
        <translation>Signed %1 of %2 decisions.</translation>
    </message>
    <message>
        <location filename="../ops_desktop/ui/coordinator/tab.py" line="360"/>
        <source>Zaznacz decyzje do wydruku.</source>
        <translation>Select the decisions to print.</translation>
    </message>
    <message>
        <location filename="../ops_desktop/ui/coordinator/tab.py" line="372"/>
        <source>Dziś nie wydano żadnej decyzji.</source>
        <translation>No decision was issued today.</translation>
    </message>
    <message>
        <location filename="../ops_desktop/ui/coordinator/tab.py" line="403"/>
        <source>Przygotowuję wydruk: %1 decyzji…</source>
        <translation>Preparing printout: %1 decisions…</translation>
    </message>
    <message>
        <location filename="../ops_desktop/ui/coordinator/tab.py" line="413"/>
        <source>Wydruk anulowano.</source>
        <translation>Printing cancelled.</translation>
    </message>
    <message>
        <location filename="../ops_desktop/ui/coordinator/tab.py" line="414"/>
        <source>Wydruk się nie udał.</source>
        <translation>Printing failed.</translation>
    </message>
</context>
<context>
    <name>DashboardPage</name>
    <message>
        <location filename="../ops_desktop/ui/coordinator/dashboard.py" line="63"/>
        <source>Pulpit</source>
        <translation>Dashboard</translation>
    </message>
    <message>
        <location filename="../ops_desktop/ui/coordinator/dashboard.py" line="66"/>
        <source>Kliknij liczbę, aby zobaczyć, co się za nią kryje.</source>
        <translation>Click a figure to see what is behind it.</translation>
    </message>
    <message>
        <location filename="../ops_desktop/ui/coordinator/dashboard.py" line="70"/>
        <source>Lista za liczbą</source>
        <translation>List behind the figure</translation>
    </message>
    <message>
        <location filename="../ops_desktop/ui/coordinator/dashboard.py" line="74"/>
        <source>Przydziel pracownikowi</source>
        <translation>Assign to worker</translation>
    </message>
    <message>
        <location filename="../ops_desktop/ui/coordinator/dashboard.py" line="75"/>
        <source>&amp;Przydziel</source>
        <translation>&amp;Assign</translation>
    </message>
    <message>
        <location filename="../ops_desktop/ui/coordinator/dashboard.py" line="78"/>
        <source>Przydziel zaznaczone &amp;do:</source>
        <translation>Assign the selected item &amp;to:</translation>
    </message>
    <message>
        <location filename="../ops_desktop/ui/coordinator/dashboard.py" line="100"/>
        <source>Otwarte sprawy</source>
        <translation>Open cases</translation>
    </message>
    <message>
        <location filename="../ops_desktop/ui/coordinator/dashboard.py" line="101"/>
        <source>Skierowania oczekujące</source>
        <translation>Referrals waiting</translation>
    </message>
    <message>
        <location filename="../ops_desktop/ui/coordinator/dashboard.py" line="102"/>
        <source>Wywiady</source>
        <translation>Interviews</translation>
    </message>
    <message>
        <location filename="../ops_desktop/ui/coordinator/dashboard.py" line="103"/>
        <source>Niebieska Karta</source>
        <translation>Niebieska Karta</translation>
    </message>
    <message>
        <location filename="../ops_desktop/ui/coordinator/dashboard.py" line="104"/>
        <source>Kontrakty socjalne</source>
        <translation>Social contracts</translation>
    </message>
    <message>
        <location filename="../ops_desktop/ui/coordinator/dashboard.py" line="105"/>
        <source>Aktualizacje wywiadów</source>
        <translation>Interview updates</translation>
    </message>
    <message>
        <location filename="../ops_desktop/ui/coordinator/dashboard.py" line="106"/>
        <source>Programy i plany pomocy</source>
        <translation>Programmes and help plans</translation>
    </message>
    <message>
        <location filename="../ops_desktop/ui/coordinator/dashboard.py" line="107"/>
        <source>Terminy KPA</source>
        <translation>KPA deadlines</translation>
    </message>
    <message>
        <location filename="../ops_desktop/ui/coordinator/dashboard.py" line="108"/>
        <source>Odwołania</source>
        <translation>Appeals</translation>
    </message>
    <message>
        <location filename="../ops_desktop/ui/coordinator/dashboard.py" line="109"/>
        <source>Projekty do podpisu</source>
        <translation>Drafts to sign</translation>
    </message>
    <message>
        <location filename="../ops_desktop/ui/coordinator/dashboard.py" line="110"/>
        <source>Listy wypłat do zatwierdzenia</source>
        <translation>Payment lists to approve</translation>
    </message>
    <message>
        <location filename="../ops_desktop/ui/coordinator/dashboard.py" line="111"/>
        <source>Konflikty wymiany</source>
        <translation>Exchange conflicts</translation>
    </message>
    <message>
        <location filename="../ops_desktop/ui/coordinator/dashboard.py" line="116"/>
        <source>Cały ośrodek</source>
        <translation>Whole centre</translation>
    </message>
    <message>
        <location filename="../ops_desktop/ui/coordinator/dashboard.py" line="118"/>
        <source>Zespół: %1</source>
        <translation>Team: %1</translation>
    </message>
    <message>
        <location filename="../ops_desktop/ui/coordinator/dashboard.py" line="119"/>
        <source>(nikt nie prowadzi)</source>
        <translation>(nobody carries it)</translation>
    </message>
    <message>
        <location filename="../ops_desktop/ui/coordinator/dashboard.py" line="123"/>
        <source>%1 (po terminie: %2)</source>
        <translation>%1 (overdue: %2)</translation>
    </message>
    <message>
        <location filename="../ops_desktop/ui/coordinator/dashboard.py" line="135"/>
        <source>Po terminie lub z terminem w ciągu 3 dni roboczych (do %1)</source>
        <translation>Overdue or due within 3 working days (until %1)</translation>
    </message>
    <message>
        <location filename="../ops_desktop/ui/coordinator/dashboard.py" line="139"/>
        <source>Zespół / pracownik</source>
        <translation>Team / worker</translation>
    </message>
    <message>
        <location filename="../ops_desktop/ui/coordinator/dashboard.py" line="144"/>
        <source>Data / termin</source>
        <translation>Date / deadline</translation>
    </message>
    <message>
        <location filename="../ops_desktop/ui/coordinator/dashboard.py" line="146"/>
        <source>Stan</source>
        <translation>State</translation>
    </message>
    <message>
        <location filename="../ops_desktop/ui/coordinator/dashboard.py" line="146"/>
        <source>po terminie</source>
        <translation>overdue</translation>
    </message>
    <message>
        <location filename="../ops_desktop/ui/coordinator/dashboard.py" line="149"/>
        <source>Znak / numer</source>
        <translation>Sign / number</translation>
    </message>
    <message>
        <location filename="../ops_desktop/ui/coordinator/dashboard.py" line="151"/>
        <source>Osoba / pole</source>
        <translation>Person / field</translation>
    </message>
    <message>
        <location filename="../ops_desktop/ui/coordinator/dashboard.py" line="154"/>
        <source>Zespół</source>
        <translation>Team</translation>
    </message>
    <message>
        <location filename="../ops_desktop/ui/coordinator/dashboard.py" line="156"/>
        <source>Pracownik</source>
        <translation>Worker</translation>
    </message>
    <message>
        <location filename="../ops_desktop/ui/coordinator/dashboard.py" line="157"/>
        <source>(nikt)</source>
        <translation>(nobody)</translation>
    </message>
    <message>
        <location filename="../ops_desktop/ui/coordinator/dashboard.py" line="203"/>
        <source>Stan na %1. Po terminie: %2. Terminy do %3 liczą się jako bliskie.</source>
        <translation>As of %1. Overdue: %2. Deadlines up to %3 count as near.</translation>
    </message>
    <message>
        <location filename="../ops_desktop/ui/coordinator/dashboard.py" line="240"/>
        <source>%1 – %2: %3</source>
        <translation>%1 – %2: %3</translation>
    </message>
    <message>
        <location filename="../ops_desktop/ui/coordinator/dashboard.py" line="289"/>
        <source>Zaznacz sprawę, skierowanie lub wywiad na liście.</source>
        <translation>Select a case, referral or interview in the list.</translation>
    </message>
    <message>
        <location filename="../ops_desktop/ui/coordinator/dashboard.py" line="303"/>
        <source>%1 przydzielono: %2.</source>
        <translation>%1 assigned to: %2.</translation>
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
        <location filename="../ops_desktop/ui/coordinator/data_protection.py" line="153"/>
        <source>Zapisz eksport danych osoby</source>
        <translation>Save the export of the person&apos;s data</translation>
    </message>
    <message>
        <location filename="../ops_desktop/ui/coordinator/data_protection.py" line="103"/>
        <source>Kopia obejmuje wszystkie dane osoby: zgłoszenia, wnioski, dochody, decyzje, notatki pracy socjalnej i rejestr dostępu. Przed wydaniem sprawdź, czy nie ujawnia danych innych osób (art. 15 ust. 4 RODO). Wydanie kopii zostaje zapisane w dzienniku.</source>
        <translation>The copy covers all the person&apos;s data: intakes, applications, incomes, decisions, social work notes and the access log. Before issuing it, check that it does not disclose other people&apos;s data (Art. 15(4) GDPR). Issuing the copy is recorded in the audit log.</translation>
    </message>
    <message>
        <location filename="../ops_desktop/ui/coordinator/data_protection.py" line="153"/>
        <source>PDF (*.pdf)</source>
        <translation>PDF (*.pdf)</translation>
    </message>
    <message>
        <location filename="../ops_desktop/ui/coordinator/data_protection.py" line="166"/>
        <source>Nie udało się zapisać pliku: %1</source>
        <translation>Could not save the file: %1</translation>
    </message>
    <message>
        <location filename="../ops_desktop/ui/coordinator/data_protection.py" line="168"/>
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
    <name>DeadlineBox</name>
    <message>
        <location filename="../ops_desktop/ui/benefits/deadline_box.py" line="45"/>
        <source>Termin</source>
        <translation>Deadline</translation>
    </message>
    <message>
        <location filename="../ops_desktop/ui/benefits/deadline_box.py" line="48"/>
        <source>Termin załatwienia sprawy</source>
        <translation>Deadline for settling the case</translation>
    </message>
    <message>
        <location filename="../ops_desktop/ui/benefits/deadline_box.py" line="50"/>
        <source>Jak policzono termin</source>
        <translation>How the deadline was counted</translation>
    </message>
    <message>
        <location filename="../ops_desktop/ui/benefits/deadline_box.py" line="53"/>
        <source>Sprawa szczególnie s&amp;komplikowana</source>
        <translation>Particularly &amp;complicated case</translation>
    </message>
    <message>
        <location filename="../ops_desktop/ui/benefits/deadline_box.py" line="55"/>
        <source>Sprawa szczególnie skomplikowana</source>
        <translation>Particularly complicated case</translation>
    </message>
    <message>
        <location filename="../ops_desktop/ui/benefits/deadline_box.py" line="56"/>
        <source>Art. 35 § 3 KPA: termin dwóch miesięcy od wszczęcia postępowania.</source>
        <translation>Art. 35 § 3 KPA: two months from the start of the proceedings.</translation>
    </message>
    <message>
        <location filename="../ops_desktop/ui/benefits/deadline_box.py" line="59"/>
        <source>Okres niewliczany…</source>
        <translation>Period not counted…</translation>
    </message>
    <message>
        <location filename="../ops_desktop/ui/benefits/deadline_box.py" line="61"/>
        <source>Zawiadomienie o zwłoce…</source>
        <translation>Notice of delay…</translation>
    </message>
    <message>
        <location filename="../ops_desktop/ui/benefits/deadline_box.py" line="63"/>
        <source>Drukuj zawiadomienie</source>
        <translation>Print notice</translation>
    </message>
    <message>
        <location filename="../ops_desktop/ui/benefits/deadline_box.py" line="88"/>
        <source>Termin załatwienia (nowy, art. 36 KPA): %1</source>
        <translation>Deadline (new, art. 36 KPA): %1</translation>
    </message>
    <message>
        <location filename="../ops_desktop/ui/benefits/deadline_box.py" line="89"/>
        <source>Termin załatwienia (art. 35 § 3 KPA): %1</source>
        <translation>Deadline for settling (KPA art. 35 § 3): %1</translation>
    </message>
    <message>
        <location filename="../ops_desktop/ui/benefits/deadline_box.py" line="94"/>
        <source> – PO TERMINIE (%1 dn.)</source>
        <translation> – OVERDUE (%1 days)</translation>
    </message>
    <message>
        <location filename="../ops_desktop/ui/benefits/deadline_box.py" line="97"/>
        <source> – UPŁYWA WKRÓTCE</source>
        <translation> – DUE SOON</translation>
    </message>
    <message>
        <location filename="../ops_desktop/ui/benefits/deadline_box.py" line="112"/>
        <source>Dwa miesiące od wpływu – sprawa szczególnie skomplikowana.</source>
        <translation>Two months from receipt – particularly complicated case.</translation>
    </message>
    <message>
        <location filename="../ops_desktop/ui/benefits/deadline_box.py" line="113"/>
        <source>Miesiąc od wpływu wniosku.</source>
        <translation>One month from receipt of the application.</translation>
    </message>
    <message>
        <location filename="../ops_desktop/ui/benefits/deadline_box.py" line="115"/>
        <source>Okresy niewliczane (art. 35 § 5 KPA): %1 dn.</source>
        <translation>Periods not counted (art. 35 § 5 KPA): %1 days</translation>
    </message>
    <message>
        <location filename="../ops_desktop/ui/benefits/deadline_box.py" line="118"/>
        <source>Zawiadomienie o zwłoce z %1: nowy termin %2 (poprzednio %3).</source>
        <translation>Notice of delay of %1: new deadline %2 (previously %3).</translation>
    </message>
    <message>
        <location filename="../ops_desktop/ui/benefits/deadline_box.py" line="123"/>
        <source>Termin już nie biegnie – sprawę zakończyła decyzja.</source>
        <translation>The deadline no longer runs – a decision ended the case.</translation>
    </message>
</context>
<context>
    <name>DecisionDialog</name>
    <message>
        <location filename="../ops_desktop/ui/benefits/decision_dialog.py" line="55"/>
        <source>Projekt decyzji zmieniającej – %1</source>
        <translation>Draft amending decision – %1</translation>
    </message>
    <message>
        <location filename="../ops_desktop/ui/benefits/decision_dialog.py" line="56"/>
        <source>Projekt decyzji – %1</source>
        <translation>Draft decision – %1</translation>
    </message>
    <message>
        <location filename="../ops_desktop/ui/benefits/decision_dialog.py" line="65"/>
        <source>Rodzaj decyzji</source>
        <translation>Decision type</translation>
    </message>
    <message>
        <location filename="../ops_desktop/ui/benefits/decision_dialog.py" line="69"/>
        <source>Kwota świadczenia w złotych</source>
        <translation>Benefit amount in zloty</translation>
    </message>
    <message>
        <location filename="../ops_desktop/ui/benefits/decision_dialog.py" line="76"/>
        <source>Okres od</source>
        <translation>Period from</translation>
    </message>
    <message>
        <location filename="../ops_desktop/ui/benefits/decision_dialog.py" line="79"/>
        <source>Okres do</source>
        <translation>Period to</translation>
    </message>
    <message>
        <location filename="../ops_desktop/ui/benefits/decision_dialog.py" line="80"/>
        <source>&amp;bezterminowo</source>
        <translation>open-&amp;ended</translation>
    </message>
    <message>
        <location filename="../ops_desktop/ui/benefits/decision_dialog.py" line="82"/>
        <source>świadczenie &amp;jednorazowe (bez okresu)</source>
        <translation>o&amp;ne-off benefit (no period)</translation>
    </message>
    <message>
        <location filename="../ops_desktop/ui/benefits/decision_dialog.py" line="84"/>
        <source>Sposób wypłaty</source>
        <translation>Payment method</translation>
    </message>
    <message>
        <location filename="../ops_desktop/ui/benefits/decision_dialog.py" line="88"/>
        <source>Numer rachunku bankowego (IBAN)</source>
        <translation>Bank account number (IBAN)</translation>
    </message>
    <message>
        <location filename="../ops_desktop/ui/benefits/decision_dialog.py" line="92"/>
        <source>Uzasadnienie</source>
        <translation>Statement of reasons</translation>
    </message>
    <message>
        <location filename="../ops_desktop/ui/benefits/decision_dialog.py" line="98"/>
        <source>Ustalenia w sprawie (bez liczby osób, dochodu i kryterium – decyzja podaje je sama)</source>
        <translation>Findings in the case (without household size, income and criterion – the decision states them itself)</translation>
    </message>
    <message>
        <location filename="../ops_desktop/ui/benefits/decision_dialog.py" line="102"/>
        <source>Uwaga: wniosek nie jest powiązany z rodzinnym wywiadem środowiskowym (art. 106 ust. 4 ustawy o pomocy społecznej) – uzasadnienie nie powoła się na wywiad.</source>
        <translation>Note: the application is not linked to a family interview (art. 106(4) of the Social Assistance Act) – the reasoning will not refer to an interview.</translation>
    </message>
    <message>
        <location filename="../ops_desktop/ui/benefits/decision_dialog.py" line="131"/>
        <source>&amp;Zapisz projekt</source>
        <translation>&amp;Save draft</translation>
    </message>
    <message>
        <location filename="../ops_desktop/ui/benefits/decision_dialog.py" line="141"/>
        <source>&amp;Rodzaj:</source>
        <translation>&amp;Type:</translation>
    </message>
    <message>
        <location filename="../ops_desktop/ui/benefits/decision_dialog.py" line="142"/>
        <source>&amp;Kwota (zł):</source>
        <translation>&amp;Amount (zł):</translation>
    </message>
    <message>
        <location filename="../ops_desktop/ui/benefits/decision_dialog.py" line="144"/>
        <source>Okres &amp;od:</source>
        <translation>Period &amp;from:</translation>
    </message>
    <message>
        <location filename="../ops_desktop/ui/benefits/decision_dialog.py" line="146"/>
        <source>Okres &amp;do:</source>
        <translation>Period t&amp;o:</translation>
    </message>
    <message>
        <location filename="../ops_desktop/ui/benefits/decision_dialog.py" line="148"/>
        <source>Niepełny miesiąc:</source>
        <translation>Part month:</translation>
    </message>
    <message>
        <location filename="../ops_desktop/ui/benefits/decision_dialog.py" line="149"/>
        <source>&amp;Wypłata:</source>
        <translation>&amp;Payment:</translation>
    </message>
    <message>
        <location filename="../ops_desktop/ui/benefits/decision_dialog.py" line="150"/>
        <source>Rach&amp;unek:</source>
        <translation>Ban&amp;k account:</translation>
    </message>
    <message>
        <location filename="../ops_desktop/ui/benefits/decision_dialog.py" line="152"/>
        <source>Uzasadnie&amp;nie:</source>
        <translation>&amp;Reasons:</translation>
    </message>
    <message>
        <location filename="../ops_desktop/ui/benefits/decision_dialog.py" line="171"/>
        <source>spełnia warunki</source>
        <translation>meets the conditions</translation>
    </message>
    <message>
        <location filename="../ops_desktop/ui/benefits/decision_dialog.py" line="172"/>
        <source>nie spełnia warunków: %1</source>
        <translation>does not meet the conditions: %1</translation>
    </message>
    <message>
        <location filename="../ops_desktop/ui/benefits/decision_dialog.py" line="174"/>
        <source>%1 – %2, wniosek z %3. Ocena: %4.</source>
        <translation>%1 – %2, application dated %3. Assessment: %4.</translation>
    </message>
    <message>
        <location filename="../ops_desktop/ui/benefits/decision_dialog.py" line="184"/>
        <source>wyliczona %1</source>
        <translation>calculated %1</translation>
    </message>
    <message>
        <location filename="../ops_desktop/ui/benefits/decision_dialog.py" line="187"/>
        <source>od %1 do %2</source>
        <translation>from %1 to %2</translation>
    </message>
    <message>
        <location filename="../ops_desktop/ui/benefits/decision_dialog.py" line="237"/>
        <source>%1: %2 za %3 z %4 dni</source>
        <translation>%1: %2 for %3 of %4 days</translation>
    </message>
</context>
<context>
    <name>DefectCallDialog</name>
    <message>
        <location filename="../ops_desktop/ui/benefits/defect_call_dialog.py" line="31"/>
        <source>Wezwanie do usunięcia braków formalnych – %1</source>
        <translation>Call to remedy formal defects – %1</translation>
    </message>
    <message>
        <location filename="../ops_desktop/ui/benefits/defect_call_dialog.py" line="33"/>
        <source>Strona ma 7 dni od doręczenia wezwania na usunięcie braków; bez tego wniosek pozostaje bez rozpoznania (art. 64 § 2 KPA). Do czasu usunięcia braków nie przygotowuje się decyzji.</source>
        <translation>The party has 7 days from delivery of the call to remedy the defects; otherwise the application is left unexamined (KPA art. 64 § 2). No decision is prepared until the defects are remedied.</translation>
    </message>
    <message>
        <location filename="../ops_desktop/ui/benefits/defect_call_dialog.py" line="40"/>
        <source>Braki formalne, każdy w osobnym wierszu</source>
        <translation>Formal defects, one per line</translation>
    </message>
    <message>
        <location filename="../ops_desktop/ui/benefits/defect_call_dialog.py" line="41"/>
        <source>np. brak podpisu na wniosku</source>
        <translation>e.g. the application is not signed</translation>
    </message>
    <message>
        <location filename="../ops_desktop/ui/benefits/defect_call_dialog.py" line="44"/>
        <source>Data wezwania</source>
        <translation>Date of the call</translation>
    </message>
    <message>
        <location filename="../ops_desktop/ui/benefits/defect_call_dialog.py" line="45"/>
        <source>&amp;Zapisz wezwanie</source>
        <translation>&amp;Save call</translation>
    </message>
    <message>
        <location filename="../ops_desktop/ui/benefits/defect_call_dialog.py" line="50"/>
        <source>&amp;Braki (każdy w wierszu):</source>
        <translation>&amp;Defects (one per line):</translation>
    </message>
    <message>
        <location filename="../ops_desktop/ui/benefits/defect_call_dialog.py" line="51"/>
        <source>&amp;Data wezwania:</source>
        <translation>&amp;Date of the call:</translation>
    </message>
</context>
<context>
    <name>DefectDayDialog</name>
    <message>
        <location filename="../ops_desktop/ui/benefits/defect_call_dialog.py" line="77"/>
        <source>&amp;Zapisz</source>
        <translation>&amp;Save</translation>
    </message>
</context>
<context>
    <name>DelayNoticeDialog</name>
    <message>
        <location filename="../ops_desktop/ui/benefits/deadline_dialogs.py" line="86"/>
        <source>Zawiadomienie o zwłoce – %1</source>
        <translation>Notice of delay – %1</translation>
    </message>
    <message>
        <location filename="../ops_desktop/ui/benefits/deadline_dialogs.py" line="89"/>
        <source>%1, sprawa %2: termin załatwienia upływa %3. Zawiadomienie (art. 36 KPA) podaje przyczynę zwłoki i nowy termin, który od dziś staje się terminem sprawy, oraz poucza o prawie do wniesienia ponaglenia (art. 37 KPA).</source>
        <translation>%1, case %2: the deadline is %3. The notice (art. 36 KPA) gives the reason for the delay and the new date, which from today is the case&apos;s deadline, and informs of the right to lodge a ponaglenie (art. 37 KPA).</translation>
    </message>
    <message>
        <location filename="../ops_desktop/ui/benefits/deadline_dialogs.py" line="93"/>
        <source>Data zawiadomienia</source>
        <translation>Date of the notice</translation>
    </message>
    <message>
        <location filename="../ops_desktop/ui/benefits/deadline_dialogs.py" line="94"/>
        <source>Nowy termin załatwienia</source>
        <translation>New deadline</translation>
    </message>
    <message>
        <location filename="../ops_desktop/ui/benefits/deadline_dialogs.py" line="97"/>
        <source>Przyczyna zwłoki</source>
        <translation>Reason for the delay</translation>
    </message>
    <message>
        <location filename="../ops_desktop/ui/benefits/deadline_dialogs.py" line="100"/>
        <source>&amp;Przyczyna zwłoki:</source>
        <translation>&amp;Reason for the delay:</translation>
    </message>
    <message>
        <location filename="../ops_desktop/ui/benefits/deadline_dialogs.py" line="101"/>
        <source>&amp;Nowy termin:</source>
        <translation>&amp;New deadline:</translation>
    </message>
    <message>
        <location filename="../ops_desktop/ui/benefits/deadline_dialogs.py" line="102"/>
        <source>&amp;Data zawiadomienia:</source>
        <translation>&amp;Date of the notice:</translation>
    </message>
    <message>
        <location filename="../ops_desktop/ui/benefits/deadline_dialogs.py" line="103"/>
        <source>&amp;Zapisz zawiadomienie</source>
        <translation>&amp;Save notice</translation>
    </message>
</context>
<context>
    <name>DiscardWorkDialog</name>
    <message>
        <location filename="../ops_desktop/ui/session.py" line="103"/>
        <source>Zmiana użytkownika</source>
        <translation>Switching user</translation>
    </message>
    <message>
        <location filename="../ops_desktop/ui/session.py" line="106"/>
        <source>%1 ma otwartą, niezapisaną pracę (otwarte formularze i zmiany: %2). Zmiana użytkownika ją odrzuci. Może na to pozwolić tylko %1, podając swoje hasło; w przeciwnym razie poproś tę osobę o odblokowanie i zapisanie pracy.</source>
        <translation>%1 has unsaved work open (open forms and changes: %2). Switching user will discard it. Only %1 can allow this by entering their password; otherwise ask them to unlock and save their work.</translation>
    </message>
    <message>
        <location filename="../ops_desktop/ui/session.py" line="113"/>
        <source>Hasło</source>
        <translation>Password</translation>
    </message>
    <message>
        <location filename="../ops_desktop/ui/session.py" line="116"/>
        <source>&amp;Hasło (%1):</source>
        <translation>&amp;Password (%1):</translation>
    </message>
    <message>
        <location filename="../ops_desktop/ui/session.py" line="118"/>
        <source>Odrzuć pracę i zmień użytkownika</source>
        <translation>Discard the work and switch user</translation>
    </message>
</context>
<context>
    <name>DpsPage</name>
    <message>
        <location filename="../ops_desktop/ui/services_team/dps_page.py" line="59"/>
        <source>Dom pomocy społecznej</source>
        <translation>Care home (DPS)</translation>
    </message>
    <message>
        <location filename="../ops_desktop/ui/services_team/dps_page.py" line="60"/>
        <source>Adres</source>
        <translation>Address</translation>
    </message>
    <message>
        <location filename="../ops_desktop/ui/services_team/dps_page.py" line="61"/>
        <source>Średni koszt miesięczny (od)</source>
        <translation>Average monthly cost (from)</translation>
    </message>
    <message>
        <location filename="../ops_desktop/ui/services_team/dps_page.py" line="63"/>
        <source>Domy pomocy społecznej</source>
        <translation>Care homes (DPS)</translation>
    </message>
    <message>
        <location filename="../ops_desktop/ui/services_team/dps_page.py" line="64"/>
        <source>Nazwa domu</source>
        <translation>Home name</translation>
    </message>
    <message>
        <location filename="../ops_desktop/ui/services_team/dps_page.py" line="65"/>
        <source>Adres domu</source>
        <translation>Home address</translation>
    </message>
    <message>
        <location filename="../ops_desktop/ui/services_team/dps_page.py" line="66"/>
        <source>Dodaj &amp;dom</source>
        <translation>Add &amp;home</translation>
    </message>
    <message>
        <location filename="../ops_desktop/ui/services_team/dps_page.py" line="67"/>
        <source>Średni koszt miesięczny</source>
        <translation>Average monthly cost</translation>
    </message>
    <message>
        <location filename="../ops_desktop/ui/services_team/dps_page.py" line="68"/>
        <source>Koszt od dnia</source>
        <translation>Cost from</translation>
    </message>
    <message>
        <location filename="../ops_desktop/ui/services_team/dps_page.py" line="70"/>
        <source>Źródło kosztu</source>
        <translation>Source of the cost</translation>
    </message>
    <message>
        <location filename="../ops_desktop/ui/services_team/dps_page.py" line="71"/>
        <source>Zapisz &amp;koszt wybranego domu</source>
        <translation>Save the chosen home&apos;s &amp;cost</translation>
    </message>
    <message>
        <location filename="../ops_desktop/ui/services_team/dps_page.py" line="74"/>
        <source>&amp;Nazwa:</source>
        <translation>&amp;Name:</translation>
    </message>
    <message>
        <location filename="../ops_desktop/ui/services_team/dps_page.py" line="75"/>
        <source>&amp;Adres:</source>
        <translation>&amp;Address:</translation>
    </message>
    <message>
        <location filename="../ops_desktop/ui/services_team/dps_page.py" line="78"/>
        <source>Ś&amp;redni koszt (zł):</source>
        <translation>Ave&amp;rage cost (PLN):</translation>
    </message>
    <message>
        <location filename="../ops_desktop/ui/services_team/dps_page.py" line="79"/>
        <source>Koszt &amp;od dnia:</source>
        <translation>Cost &amp;from:</translation>
    </message>
    <message>
        <location filename="../ops_desktop/ui/services_team/dps_page.py" line="80"/>
        <source>Ź&amp;ródło:</source>
        <translation>S&amp;ource:</translation>
    </message>
    <message>
        <location filename="../ops_desktop/ui/services_team/dps_page.py" line="82"/>
        <source>Dom i jego koszt</source>
        <translation>Home and its cost</translation>
    </message>
    <message>
        <location filename="../ops_desktop/ui/services_team/dps_page.py" line="89"/>
        <source>Numer</source>
        <translation>Number</translation>
    </message>
    <message>
        <location filename="../ops_desktop/ui/services_team/dps_page.py" line="90"/>
        <source>Rodzaj</source>
        <translation>Kind</translation>
    </message>
    <message>
        <location filename="../ops_desktop/ui/services_team/dps_page.py" line="91"/>
        <source>Osoba</source>
        <translation>Person</translation>
    </message>
    <message>
        <location filename="../ops_desktop/ui/services_team/dps_page.py" line="92"/>
        <source>Znak sprawy</source>
        <translation>Case sign</translation>
    </message>
    <message>
        <location filename="../ops_desktop/ui/services_team/dps_page.py" line="93"/>
        <source>Dom</source>
        <translation>Home</translation>
    </message>
    <message>
        <location filename="../ops_desktop/ui/services_team/dps_page.py" line="94"/>
        <source>Od</source>
        <translation>From</translation>
    </message>
    <message>
        <location filename="../ops_desktop/ui/services_team/dps_page.py" line="95"/>
        <source>Mieszkaniec</source>
        <translation>Resident</translation>
    </message>
    <message>
        <location filename="../ops_desktop/ui/services_team/dps_page.py" line="96"/>
        <source>Rodzina</source>
        <translation>Family</translation>
    </message>
    <message>
        <location filename="../ops_desktop/ui/services_team/dps_page.py" line="97"/>
        <source>Gmina</source>
        <translation>Municipality</translation>
    </message>
    <message>
        <location filename="../ops_desktop/ui/services_team/dps_page.py" line="98"/>
        <source>Stan</source>
        <translation>State</translation>
    </message>
    <message>
        <location filename="../ops_desktop/ui/services_team/dps_page.py" line="98"/>
        <source>podpisana</source>
        <translation>signed</translation>
    </message>
    <message>
        <location filename="../ops_desktop/ui/services_team/dps_page.py" line="99"/>
        <source>projekt</source>
        <translation>draft</translation>
    </message>
    <message>
        <location filename="../ops_desktop/ui/services_team/dps_page.py" line="102"/>
        <location filename="../ops_desktop/ui/services_team/dps_page.py" line="124"/>
        <source>Decyzje w sprawie DPS</source>
        <translation>DPS decisions</translation>
    </message>
    <message>
        <location filename="../ops_desktop/ui/services_team/dps_page.py" line="105"/>
        <source>&amp;Skierowanie…</source>
        <translation>&amp;Placement…</translation>
    </message>
    <message>
        <location filename="../ops_desktop/ui/services_team/dps_page.py" line="107"/>
        <source>&amp;Odpłatność…</source>
        <translation>&amp;Fees…</translation>
    </message>
    <message>
        <location filename="../ops_desktop/ui/services_team/dps_page.py" line="110"/>
        <source>&amp;Podpisz</source>
        <translation>&amp;Sign</translation>
    </message>
    <message>
        <location filename="../ops_desktop/ui/services_team/dps_page.py" line="112"/>
        <source>D&amp;rukuj decyzję</source>
        <translation>&amp;Print decision</translation>
    </message>
    <message>
        <location filename="../ops_desktop/ui/services_team/dps_page.py" line="169"/>
        <source>Najpierw wybierz dom z listy.</source>
        <translation>Choose a home from the list first.</translation>
    </message>
</context>
<context>
    <name>EditUserDialog</name>
    <message>
        <location filename="../ops_desktop/ui/admin/user_dialogs.py" line="131"/>
        <source>Edycja użytkownika – %1</source>
        <translation>Edit user – %1</translation>
    </message>
    <message>
        <location filename="../ops_desktop/ui/admin/user_dialogs.py" line="133"/>
        <source>Imię i nazwisko</source>
        <translation>Full name</translation>
    </message>
    <message>
        <location filename="../ops_desktop/ui/admin/user_dialogs.py" line="135"/>
        <source>Stanowisko</source>
        <translation>Job title</translation>
    </message>
    <message>
        <location filename="../ops_desktop/ui/admin/user_dialogs.py" line="139"/>
        <source>konto &amp;aktywne (może się logować)</source>
        <translation>account &amp;active (can sign in)</translation>
    </message>
    <message>
        <location filename="../ops_desktop/ui/admin/user_dialogs.py" line="141"/>
        <source>&amp;Zapisz</source>
        <translation>&amp;Save</translation>
    </message>
    <message>
        <location filename="../ops_desktop/ui/admin/user_dialogs.py" line="144"/>
        <source>Login:</source>
        <translation>Username:</translation>
    </message>
    <message>
        <location filename="../ops_desktop/ui/admin/user_dialogs.py" line="145"/>
        <source>&amp;Imię i nazwisko:</source>
        <translation>&amp;Full name:</translation>
    </message>
    <message>
        <location filename="../ops_desktop/ui/admin/user_dialogs.py" line="147"/>
        <source>&amp;Stanowisko:</source>
        <translation>&amp;Job title:</translation>
    </message>
    <message>
        <location filename="../ops_desktop/ui/admin/user_dialogs.py" line="149"/>
        <source>&amp;Role:</source>
        <translation>&amp;Roles:</translation>
    </message>
</context>
<context>
    <name>EndDialog</name>
    <message>
        <location filename="../ops_desktop/ui/social_work/contracts.py" line="142"/>
        <source>Zakończenie kontraktu</source>
        <translation>Ending the contract</translation>
    </message>
    <message>
        <location filename="../ops_desktop/ui/social_work/contracts.py" line="143"/>
        <source>Data &amp;zakończenia:</source>
        <translation>&amp;End date:</translation>
    </message>
    <message>
        <location filename="../ops_desktop/ui/social_work/contracts.py" line="146"/>
        <source>Przyczyna</source>
        <translation>Reason</translation>
    </message>
    <message>
        <location filename="../ops_desktop/ui/social_work/contracts.py" line="148"/>
        <source>&amp;Przyczyna:</source>
        <translation>&amp;Reason:</translation>
    </message>
    <message>
        <location filename="../ops_desktop/ui/social_work/contracts.py" line="150"/>
        <source>Uwagi</source>
        <translation>Remarks</translation>
    </message>
    <message>
        <location filename="../ops_desktop/ui/social_work/contracts.py" line="151"/>
        <source>&amp;Uwagi:</source>
        <translation>&amp;Remarks:</translation>
    </message>
    <message>
        <location filename="../ops_desktop/ui/social_work/contracts.py" line="153"/>
        <source>&amp;Zakończ kontrakt</source>
        <translation>&amp;End contract</translation>
    </message>
    <message>
        <location filename="../ops_desktop/ui/social_work/contracts.py" line="154"/>
        <source>&amp;Zakończ realizację</source>
        <translation>&amp;End it</translation>
    </message>
</context>
<context>
    <name>ExchangeController</name>
    <message>
        <location filename="../ops_desktop/ui/exchange_controller.py" line="147"/>
        <source>Wymiana: trwa…</source>
        <translation>Exchange: running…</translation>
    </message>
    <message>
        <location filename="../ops_desktop/ui/exchange_controller.py" line="261"/>
        <source>Wymiana: błąd programu – ponawiam</source>
        <translation>Exchange: program error – retrying</translation>
    </message>
    <message>
        <location filename="../ops_desktop/ui/exchange_controller.py" line="262"/>
        <source>Wymiana zmian z innymi komputerami nie powiodła się: %1</source>
        <translation>Exchanging changes with the other PCs failed: %1</translation>
    </message>
    <message>
        <location filename="../ops_desktop/ui/exchange_controller.py" line="269"/>
        <source>Wymiana: folder niedostępny – ponawiam</source>
        <translation>Exchange: folder unreachable – retrying</translation>
    </message>
    <message>
        <location filename="../ops_desktop/ui/exchange_controller.py" line="271"/>
        <source>Wymiana: baza zajęta – ponawiam</source>
        <translation>Exchange: database busy – retrying</translation>
    </message>
    <message>
        <location filename="../ops_desktop/ui/exchange_controller.py" line="273"/>
        <source>Wymiana: komputer odłączony od biura</source>
        <translation>Exchange: PC removed from the office</translation>
    </message>
    <message>
        <location filename="../ops_desktop/ui/exchange_controller.py" line="275"/>
        <source>Wymiana: nie powiodła się – ponawiam</source>
        <translation>Exchange: failed – retrying</translation>
    </message>
    <message>
        <location filename="../ops_desktop/ui/exchange_controller.py" line="277"/>
        <source>Wymiana: %1</source>
        <translation>Exchange: %1</translation>
    </message>
    <message>
        <location filename="../ops_desktop/ui/exchange_controller.py" line="279"/>
        <source>Wymiana: jeszcze nie było</source>
        <translation>Exchange: not yet</translation>
    </message>
    <message>
        <location filename="../ops_desktop/ui/exchange_controller.py" line="282"/>
        <source>do wysłania: %1</source>
        <translation>to send: %1</translation>
    </message>
    <message>
        <location filename="../ops_desktop/ui/exchange_controller.py" line="285"/>
        <source>brak wieści &gt; 3 dni: %1</source>
        <translation>no news &gt; 3 days: %1</translation>
    </message>
    <message>
        <location filename="../ops_desktop/ui/exchange_controller.py" line="288"/>
        <source>usunięto starych plików: %1</source>
        <translation>old files deleted: %1</translation>
    </message>
    <message>
        <location filename="../ops_desktop/ui/exchange_controller.py" line="297"/>
        <source>Ten komputer: nr %1 „%2”</source>
        <translation>This PC: no. %1 “%2”</translation>
    </message>
    <message>
        <location filename="../ops_desktop/ui/exchange_controller.py" line="299"/>
        <source>Folder wymiany: %1</source>
        <translation>Exchange folder: %1</translation>
    </message>
    <message>
        <location filename="../ops_desktop/ui/exchange_controller.py" line="300"/>
        <source>Ostatnia wymiana: %1</source>
        <translation>Last exchange: %1</translation>
    </message>
    <message>
        <location filename="../ops_desktop/ui/exchange_controller.py" line="302"/>
        <source>jeszcze nie było</source>
        <translation>not yet</translation>
    </message>
    <message>
        <location filename="../ops_desktop/ui/exchange_controller.py" line="303"/>
        <source>Zmiany czekające na wysłanie: %1</source>
        <translation>Changes waiting to be sent: %1</translation>
    </message>
    <message>
        <location filename="../ops_desktop/ui/exchange_controller.py" line="304"/>
        <source>Konflikty do rozstrzygnięcia: %1</source>
        <translation>Conflicts to resolve: %1</translation>
    </message>
    <message>
        <location filename="../ops_desktop/ui/exchange_controller.py" line="305"/>
        <source>Zmiany odłożone do wyjaśnienia: %1</source>
        <translation>Changes set aside for clarification: %1</translation>
    </message>
    <message>
        <location filename="../ops_desktop/ui/exchange_controller.py" line="309"/>
        <source>Ostatnio usunięto starych plików: %1 (%2)</source>
        <translation>Old files last deleted: %1 (%2)</translation>
    </message>
    <message>
        <location filename="../ops_desktop/ui/exchange_controller.py" line="314"/>
        <source>nr %1 „%2”: %3</source>
        <translation>no. %1 “%2”: %3</translation>
    </message>
    <message>
        <location filename="../ops_desktop/ui/exchange_controller.py" line="317"/>
        <source>brak wieści od ponad 3 dni</source>
        <translation>no news for over 3 days</translation>
    </message>
    <message>
        <location filename="../ops_desktop/ui/exchange_controller.py" line="330"/>
        <source>Bazę tego komputera przywrócono z kopii zapasowej. Komputer działa dalej w biurze pod nowym numerem (jego numery spraw mają teraz nowy znak), a zmiany wysłane po wykonaniu kopii wróciły z folderu wymiany.</source>
        <translation>This PC&apos;s database was restored from a backup. The PC works on in the office under a new number (its case numbers now carry a new mark), and the changes sent after the backup was made came back from the exchange folder.</translation>
    </message>
    <message>
        <location filename="../ops_desktop/ui/exchange_controller.py" line="335"/>
        <source>Kopię zapasową tego komputera przywrócono na innym komputerze, który pracuje teraz w biurze pod własnym numerem. Ten komputer pracuje dalej bez zmian; sprawdź z administratorem, czy tak miało być.</source>
        <translation>This PC&apos;s backup was restored on another PC, which now works in the office under its own number. This PC works on unchanged; check with the administrator that this was meant.</translation>
    </message>
    <message>
        <location filename="../ops_desktop/ui/exchange_controller.py" line="340"/>
        <source>Inny komputer biura pracuje w nowszej wersji programu. Jego zmiany czekają, aż zaktualizujesz program na tym komputerze.</source>
        <translation>Another PC of the office runs a newer version of the program. Its changes wait until you update the program on this PC.</translation>
    </message>
    <message>
        <location filename="../ops_desktop/ui/exchange_controller.py" line="349"/>
        <source>Nie przyjęto plików wymiany z innych komputerów:</source>
        <translation>Exchange files from other PCs were not accepted:</translation>
    </message>
</context>
<context>
    <name>FactsEditor</name>
    <message>
        <location filename="../ops_desktop/ui/benefits/facts_editor.py" line="69"/>
        <source>Inna okoliczność – jaka</source>
        <translation>Other circumstance – which</translation>
    </message>
    <message>
        <location filename="../ops_desktop/ui/benefits/facts_editor.py" line="79"/>
        <source>rodzinny &amp;wywiad środowiskowy przeprowadzono dnia</source>
        <translation>family &amp;interview held on</translation>
    </message>
    <message>
        <location filename="../ops_desktop/ui/benefits/facts_editor.py" line="80"/>
        <source>Wywiad środowiskowy przeprowadzono</source>
        <translation>Family interview held</translation>
    </message>
    <message>
        <location filename="../ops_desktop/ui/benefits/facts_editor.py" line="81"/>
        <source>Data wywiadu środowiskowego</source>
        <translation>Date of the family interview</translation>
    </message>
    <message>
        <location filename="../ops_desktop/ui/benefits/facts_editor.py" line="90"/>
        <source>Powody udzielenia pomocy (art. 7 ustawy o pomocy społecznej):</source>
        <translation>Grounds for help (art. 7 of the Social Assistance Act):</translation>
    </message>
</context>
<context>
    <name>FeeDialog</name>
    <message>
        <location filename="../ops_desktop/ui/services_team/dps_dialogs.py" line="99"/>
        <source>Odpłatność za pobyt w DPS</source>
        <translation>Fee for the stay in a care home</translation>
    </message>
    <message>
        <location filename="../ops_desktop/ui/services_team/dps_dialogs.py" line="102"/>
        <source>Data decyzji</source>
        <translation>Decision date</translation>
    </message>
    <message>
        <location filename="../ops_desktop/ui/services_team/dps_dialogs.py" line="103"/>
        <source>Od dnia</source>
        <translation>From day</translation>
    </message>
    <message>
        <location filename="../ops_desktop/ui/services_team/dps_dialogs.py" line="105"/>
        <source>Dochód mieszkańca</source>
        <translation>Resident&apos;s income</translation>
    </message>
    <message>
        <location filename="../ops_desktop/ui/services_team/dps_dialogs.py" line="106"/>
        <source>Uzasadnienie</source>
        <translation>Reasoning</translation>
    </message>
    <message>
        <location filename="../ops_desktop/ui/services_team/dps_dialogs.py" line="108"/>
        <source>Data &amp;decyzji:</source>
        <translation>&amp;Decision date:</translation>
    </message>
    <message>
        <location filename="../ops_desktop/ui/services_team/dps_dialogs.py" line="109"/>
        <source>&amp;Od dnia:</source>
        <translation>&amp;From:</translation>
    </message>
    <message>
        <location filename="../ops_desktop/ui/services_team/dps_dialogs.py" line="110"/>
        <source>Dochód &amp;mieszkańca (zł):</source>
        <translation>Resident&apos;s &amp;income (PLN):</translation>
    </message>
    <message>
        <location filename="../ops_desktop/ui/services_team/dps_dialogs.py" line="111"/>
        <source>&amp;Uzasadnienie:</source>
        <translation>&amp;Reasoning:</translation>
    </message>
    <message>
        <location filename="../ops_desktop/ui/services_team/dps_dialogs.py" line="113"/>
        <source>Skierowanie %1 – %2, %3</source>
        <translation>Placement %1 – %2, %3</translation>
    </message>
    <message>
        <location filename="../ops_desktop/ui/services_team/dps_dialogs.py" line="122"/>
        <source>Podział opłaty</source>
        <translation>Split of the fee</translation>
    </message>
    <message>
        <location filename="../ops_desktop/ui/services_team/dps_dialogs.py" line="126"/>
        <source>Krewny płaci tylko na podstawie umowy i tylko z dochodu ponad 300% kryterium; dochody krewnych nie trafiają na decyzję mieszkańca.</source>
        <translation>A relative pays only by agreement and only from income above 300% of the criterion; the relatives&apos; incomes are not printed on the resident&apos;s decision.</translation>
    </message>
    <message>
        <location filename="../ops_desktop/ui/services_team/dps_dialogs.py" line="128"/>
        <source>&amp;Zapisz projekt</source>
        <translation>&amp;Save draft</translation>
    </message>
    <message>
        <location filename="../ops_desktop/ui/services_team/dps_dialogs.py" line="136"/>
        <source>Krewny %1 (umowa, art. 103 ust. 2)</source>
        <translation>Relative %1 (agreement, art. 103(2))</translation>
    </message>
    <message>
        <location filename="../ops_desktop/ui/services_team/dps_dialogs.py" line="137"/>
        <source>Imię i nazwisko</source>
        <translation>Full name</translation>
    </message>
    <message>
        <location filename="../ops_desktop/ui/services_team/dps_dialogs.py" line="138"/>
        <source>Pokrewieństwo</source>
        <translation>Relationship</translation>
    </message>
    <message>
        <location filename="../ops_desktop/ui/services_team/dps_dialogs.py" line="140"/>
        <source>Osób w rodzinie</source>
        <translation>Persons in the family</translation>
    </message>
    <message>
        <location filename="../ops_desktop/ui/services_team/dps_dialogs.py" line="142"/>
        <source>Dochód rodziny krewnego</source>
        <translation>Income of the relative&apos;s family</translation>
    </message>
    <message>
        <location filename="../ops_desktop/ui/services_team/dps_dialogs.py" line="143"/>
        <source>Kwota z umowy</source>
        <translation>Amount agreed</translation>
    </message>
    <message>
        <location filename="../ops_desktop/ui/services_team/dps_dialogs.py" line="144"/>
        <source>Data umowy</source>
        <translation>Date of the agreement</translation>
    </message>
    <message>
        <location filename="../ops_desktop/ui/services_team/dps_dialogs.py" line="147"/>
        <source>Imię i nazwisko:</source>
        <translation>Full name:</translation>
    </message>
    <message>
        <location filename="../ops_desktop/ui/services_team/dps_dialogs.py" line="148"/>
        <source>Pokrewieństwo:</source>
        <translation>Relationship:</translation>
    </message>
    <message>
        <location filename="../ops_desktop/ui/services_team/dps_dialogs.py" line="149"/>
        <source>Osób w rodzinie:</source>
        <translation>Persons in the family:</translation>
    </message>
    <message>
        <location filename="../ops_desktop/ui/services_team/dps_dialogs.py" line="150"/>
        <source>Dochód (zł):</source>
        <translation>Income (PLN):</translation>
    </message>
    <message>
        <location filename="../ops_desktop/ui/services_team/dps_dialogs.py" line="151"/>
        <source>Kwota z umowy (zł):</source>
        <translation>Amount agreed (PLN):</translation>
    </message>
    <message>
        <location filename="../ops_desktop/ui/services_team/dps_dialogs.py" line="152"/>
        <source>Data umowy:</source>
        <translation>Date of the agreement:</translation>
    </message>
    <message>
        <location filename="../ops_desktop/ui/services_team/dps_dialogs.py" line="171"/>
        <source>Podziału nie można wyliczyć: %1</source>
        <translation>The split cannot be computed: %1</translation>
    </message>
    <message>
        <location filename="../ops_desktop/ui/services_team/dps_dialogs.py" line="178"/>
        <source>Koszt %1: mieszkaniec %2 (najwyżej 70% dochodu: %3), rodzina %4, gmina %5.</source>
        <translation>Cost %1: resident %2 (at most 70% of income: %3), family %4, municipality %5.</translation>
    </message>
</context>
<context>
    <name>FilterList</name>
    <message>
        <location filename="../ops_desktop/ui/coordinator/adhoc_filters.py" line="90"/>
        <source>&amp;Dodaj filtr</source>
        <translation>&amp;Add filter</translation>
    </message>
</context>
<context>
    <name>FilterRow</name>
    <message>
        <location filename="../ops_desktop/ui/coordinator/adhoc_filters.py" line="25"/>
        <source>Pole filtra %1</source>
        <translation>Field of filter %1</translation>
    </message>
    <message>
        <location filename="../ops_desktop/ui/coordinator/adhoc_filters.py" line="28"/>
        <source>Porównanie filtra %1</source>
        <translation>Comparison of filter %1</translation>
    </message>
    <message>
        <location filename="../ops_desktop/ui/coordinator/adhoc_filters.py" line="29"/>
        <source>równe</source>
        <translation>equals</translation>
    </message>
    <message>
        <location filename="../ops_desktop/ui/coordinator/adhoc_filters.py" line="29"/>
        <source>zawiera</source>
        <translation>contains</translation>
    </message>
    <message>
        <location filename="../ops_desktop/ui/coordinator/adhoc_filters.py" line="30"/>
        <source>od</source>
        <translation>from</translation>
    </message>
    <message>
        <location filename="../ops_desktop/ui/coordinator/adhoc_filters.py" line="30"/>
        <source>do</source>
        <translation>to</translation>
    </message>
    <message>
        <location filename="../ops_desktop/ui/coordinator/adhoc_filters.py" line="34"/>
        <source>Wartość filtra %1</source>
        <translation>Value of filter %1</translation>
    </message>
    <message>
        <location filename="../ops_desktop/ui/coordinator/adhoc_filters.py" line="35"/>
        <source>np. 2025-01-31, 150,00 lub tekst</source>
        <translation>e.g. 2025-01-31, 150.00 or text</translation>
    </message>
    <message>
        <location filename="../ops_desktop/ui/coordinator/adhoc_filters.py" line="36"/>
        <source>Usuń</source>
        <translation>Remove</translation>
    </message>
    <message>
        <location filename="../ops_desktop/ui/coordinator/adhoc_filters.py" line="38"/>
        <source>Usuń ten filtr</source>
        <translation>Remove this filter</translation>
    </message>
    <message>
        <location filename="../ops_desktop/ui/coordinator/adhoc_filters.py" line="59"/>
        <source>(bez filtra)</source>
        <translation>(no filter)</translation>
    </message>
</context>
<context>
    <name>FirstContactTab</name>
    <message>
        <location filename="../ops_desktop/ui/first_contact/tab.py" line="52"/>
        <source>Szukaj osoby</source>
        <translation>Search for a person</translation>
    </message>
    <message>
        <location filename="../ops_desktop/ui/first_contact/tab.py" line="53"/>
        <source>Nazwisko (bez polskich znaków też) lub PESEL – Enter szuka</source>
        <translation>Surname (Polish letters optional) or PESEL – Enter searches</translation>
    </message>
    <message>
        <location filename="../ops_desktop/ui/first_contact/tab.py" line="64"/>
        <source>Nazwisko i imię</source>
        <translation>Surname, first name</translation>
    </message>
    <message>
        <location filename="../ops_desktop/ui/first_contact/tab.py" line="65"/>
        <source>PESEL</source>
        <translation>PESEL</translation>
    </message>
    <message>
        <location filename="../ops_desktop/ui/first_contact/tab.py" line="66"/>
        <source>Data urodzenia</source>
        <translation>Date of birth</translation>
    </message>
    <message>
        <location filename="../ops_desktop/ui/first_contact/tab.py" line="68"/>
        <source>Adres</source>
        <translation>Address</translation>
    </message>
    <message>
        <location filename="../ops_desktop/ui/first_contact/tab.py" line="70"/>
        <source>Znalezione osoby</source>
        <translation>People found</translation>
    </message>
    <message>
        <location filename="../ops_desktop/ui/first_contact/tab.py" line="77"/>
        <source>Nowa osoba / gospodarstwo (Ctrl+N)</source>
        <translation>New person / household (Ctrl+N)</translation>
    </message>
    <message>
        <location filename="../ops_desktop/ui/first_contact/tab.py" line="79"/>
        <source>Nowe zgłoszenie (Ctrl+I)</source>
        <translation>New intake (Ctrl+I)</translation>
    </message>
    <message>
        <location filename="../ops_desktop/ui/first_contact/tab.py" line="81"/>
        <source>Drukuj skierowanie (Ctrl+R)</source>
        <translation>Print referral (Ctrl+R)</translation>
    </message>
    <message>
        <location filename="../ops_desktop/ui/first_contact/tab.py" line="84"/>
        <source>Pakiet usług… (Ctrl+U)</source>
        <translation>Service package… (Ctrl+U)</translation>
    </message>
    <message>
        <location filename="../ops_desktop/ui/first_contact/tab.py" line="88"/>
        <source>Popraw dane… (Ctrl+E)</source>
        <translation>Correct data… (Ctrl+E)</translation>
    </message>
    <message>
        <location filename="../ops_desktop/ui/first_contact/tab.py" line="106"/>
        <source>&amp;Szukaj:</source>
        <translation>&amp;Search:</translation>
    </message>
    <message>
        <location filename="../ops_desktop/ui/first_contact/tab.py" line="188"/>
        <source>Wpisz nazwisko lub PESEL (co najmniej 2 znaki).</source>
        <translation>Enter a surname or PESEL (at least 2 characters).</translation>
    </message>
    <message>
        <location filename="../ops_desktop/ui/first_contact/tab.py" line="190"/>
        <source>Znaleziono: ponad %1</source>
        <translation>Found: more than %1</translation>
    </message>
    <message>
        <location filename="../ops_desktop/ui/first_contact/tab.py" line="192"/>
        <source>Znaleziono: %1</source>
        <translation>Found: %1</translation>
    </message>
    <message>
        <location filename="../ops_desktop/ui/first_contact/tab.py" line="246"/>
        <location filename="../ops_desktop/ui/first_contact/tab.py" line="284"/>
        <source>Najpierw wyszukaj osobę i wybierz ją z listy.</source>
        <translation>First search for the person and select them in the list.</translation>
    </message>
    <message>
        <location filename="../ops_desktop/ui/first_contact/tab.py" line="266"/>
        <source>Pakiet przydziela się po zgłoszeniu – najpierw zapisz zgłoszenie tej osoby.</source>
        <translation>A package is given after an intake – record this person&apos;s intake first.</translation>
    </message>
    <message>
        <location filename="../ops_desktop/ui/first_contact/tab.py" line="278"/>
        <source>Pakiet przydzielony. Skierowania: %1</source>
        <translation>Package given. Referrals: %1</translation>
    </message>
    <message>
        <location filename="../ops_desktop/ui/first_contact/tab.py" line="293"/>
        <source>Ta osoba nie ma skierowań do wydrukowania.</source>
        <translation>This person has no referrals to print.</translation>
    </message>
</context>
<context>
    <name>FormABox</name>
    <message>
        <location filename="../ops_desktop/ui/social_work/blue_card_form.py" line="61"/>
        <source>Nowa procedura – formularz A</source>
        <translation>New procedure – form A</translation>
    </message>
    <message>
        <location filename="../ops_desktop/ui/social_work/blue_card_form.py" line="67"/>
        <source>Sprawa</source>
        <translation>Case</translation>
    </message>
    <message>
        <location filename="../ops_desktop/ui/social_work/blue_card_form.py" line="70"/>
        <source>Pracownik socjalny prowadzący nową sprawę</source>
        <translation>Social worker carrying the new case</translation>
    </message>
    <message>
        <location filename="../ops_desktop/ui/social_work/blue_card_form.py" line="71"/>
        <source>Data wypełnienia formularza A</source>
        <translation>Date form A was filled in</translation>
    </message>
    <message>
        <location filename="../ops_desktop/ui/social_work/blue_card_form.py" line="74"/>
        <source>Kto wypełnił formularz A</source>
        <translation>Who filled in form A</translation>
    </message>
    <message>
        <location filename="../ops_desktop/ui/social_work/blue_card_form.py" line="76"/>
        <source>instytucja i osoba, np. Policja – st. sierż. …</source>
        <translation>institution and person, e.g. Police – Sgt …</translation>
    </message>
    <message>
        <location filename="../ops_desktop/ui/social_work/blue_card_form.py" line="77"/>
        <source>Osoby doznające przemocy</source>
        <translation>Persons experiencing violence</translation>
    </message>
    <message>
        <location filename="../ops_desktop/ui/social_work/blue_card_form.py" line="78"/>
        <source>Osoby stosujące przemoc</source>
        <translation>Persons using violence</translation>
    </message>
    <message>
        <location filename="../ops_desktop/ui/social_work/blue_card_form.py" line="82"/>
        <source>Notatka (poufna)</source>
        <translation>Note (confidential)</translation>
    </message>
    <message>
        <location filename="../ops_desktop/ui/social_work/blue_card_form.py" line="84"/>
        <source>&amp;Zapisz formularz A</source>
        <translation>&amp;Save form A</translation>
    </message>
    <message>
        <location filename="../ops_desktop/ui/social_work/blue_card_form.py" line="85"/>
        <source>Zapisana procedura</source>
        <translation>Saved procedure</translation>
    </message>
    <message>
        <location filename="../ops_desktop/ui/social_work/blue_card_form.py" line="90"/>
        <source>Prowadzi (nowa sprawa):</source>
        <translation>Carried by (new case):</translation>
    </message>
    <message>
        <location filename="../ops_desktop/ui/social_work/blue_card_form.py" line="93"/>
        <source>&amp;Sprawa:</source>
        <translation>&amp;Case:</translation>
    </message>
    <message>
        <location filename="../ops_desktop/ui/social_work/blue_card_form.py" line="95"/>
        <source>Data &amp;formularza A:</source>
        <translation>Date of form &amp;A:</translation>
    </message>
    <message>
        <location filename="../ops_desktop/ui/social_work/blue_card_form.py" line="97"/>
        <source>&amp;Wypełnił(a):</source>
        <translation>Filled &amp;in by:</translation>
    </message>
    <message>
        <location filename="../ops_desktop/ui/social_work/blue_card_form.py" line="99"/>
        <source>Z rejestru:</source>
        <translation>From the register:</translation>
    </message>
    <message>
        <location filename="../ops_desktop/ui/social_work/blue_card_form.py" line="100"/>
        <source>Doznający p&amp;rzemocy:</source>
        <translation>Expe&amp;riencing violence:</translation>
    </message>
    <message>
        <location filename="../ops_desktop/ui/social_work/blue_card_form.py" line="102"/>
        <source>Stosujący prz&amp;emoc:</source>
        <translation>Using viol&amp;ence:</translation>
    </message>
    <message>
        <location filename="../ops_desktop/ui/social_work/blue_card_form.py" line="104"/>
        <source>&amp;Notatka:</source>
        <translation>&amp;Note:</translation>
    </message>
    <message>
        <location filename="../ops_desktop/ui/social_work/blue_card_form.py" line="156"/>
        <source>Wybierz sprawę – nie masz otwartych spraw.</source>
        <translation>Choose a case – you have no open cases.</translation>
    </message>
    <message>
        <location filename="../ops_desktop/ui/social_work/blue_card_form.py" line="170"/>
        <source>Zapisano procedurę na nowej sprawie %1.</source>
        <translation>The procedure was saved on a new case %1.</translation>
    </message>
    <message>
        <location filename="../ops_desktop/ui/social_work/blue_card_form.py" line="171"/>
        <source>Zapisano procedurę na sprawie %1.</source>
        <translation>The procedure was saved on case %1.</translation>
    </message>
</context>
<context>
    <name>FormPrints</name>
    <message>
        <location filename="../ops_desktop/ui/social_work/blue_card_prints.py" line="23"/>
        <source>Formularz do druku</source>
        <translation>Form to print</translation>
    </message>
    <message>
        <location filename="../ops_desktop/ui/social_work/blue_card_prints.py" line="24"/>
        <source>Drukuj formularz</source>
        <translation>Print form</translation>
    </message>
    <message>
        <location filename="../ops_desktop/ui/social_work/blue_card_prints.py" line="37"/>
        <source>Formularz A</source>
        <translation>Form A</translation>
    </message>
    <message>
        <location filename="../ops_desktop/ui/social_work/blue_card_prints.py" line="39"/>
        <source>Formularz B – %1</source>
        <translation>Form B – %1</translation>
    </message>
    <message>
        <location filename="../ops_desktop/ui/social_work/blue_card_prints.py" line="43"/>
        <source>Formularz %1</source>
        <translation>Form %1</translation>
    </message>
</context>
<context>
    <name>ForwardAppealDialog</name>
    <message>
        <location filename="../ops_desktop/ui/benefits/appeal_dialogs.py" line="239"/>
        <source>Przekazanie odwołania do SKO – %1</source>
        <translation>Forwarding the appeal to the SKO – %1</translation>
    </message>
    <message>
        <location filename="../ops_desktop/ui/benefits/appeal_dialogs.py" line="241"/>
        <source>Odwołanie %1 z %2. Organ ma czas do %3. Po zapisaniu drukuje się pismo przewodnie z wykazem dokumentów.</source>
        <translation>Appeal by %1 of %2. The organ has until %3. Saving prints the cover letter with the list of documents.</translation>
    </message>
    <message>
        <location filename="../ops_desktop/ui/benefits/appeal_dialogs.py" line="247"/>
        <source>Data przekazania</source>
        <translation>Day forwarded</translation>
    </message>
    <message>
        <location filename="../ops_desktop/ui/benefits/appeal_dialogs.py" line="248"/>
        <source>Wykaz przekazanych dokumentów</source>
        <translation>List of documents sent</translation>
    </message>
    <message>
        <location filename="../ops_desktop/ui/benefits/appeal_dialogs.py" line="250"/>
        <source>&amp;Przekaż i drukuj pismo</source>
        <translation>&amp;Forward and print the letter</translation>
    </message>
    <message>
        <location filename="../ops_desktop/ui/benefits/appeal_dialogs.py" line="255"/>
        <source>&amp;Data przekazania:</source>
        <translation>&amp;Day forwarded:</translation>
    </message>
    <message>
        <location filename="../ops_desktop/ui/benefits/appeal_dialogs.py" line="256"/>
        <source>&amp;Dokumenty (jeden w wierszu):</source>
        <translation>&amp;Documents (one per line):</translation>
    </message>
</context>
<context>
    <name>ForwardDialog</name>
    <message>
        <location filename="../ops_desktop/ui/inbox.py" line="188"/>
        <source>Przekazanie skierowania do innego zespołu</source>
        <translation>Forwarding a referral to another team</translation>
    </message>
    <message>
        <location filename="../ops_desktop/ui/inbox.py" line="191"/>
        <source>Zespół, do którego przekazać</source>
        <translation>Team to forward to</translation>
    </message>
    <message>
        <location filename="../ops_desktop/ui/inbox.py" line="196"/>
        <source>Powód przekazania</source>
        <translation>Reason for forwarding</translation>
    </message>
    <message>
        <location filename="../ops_desktop/ui/inbox.py" line="197"/>
        <source>Dla zespołu, który przejmie sprawę</source>
        <translation>For the team that takes over the case</translation>
    </message>
    <message>
        <location filename="../ops_desktop/ui/inbox.py" line="199"/>
        <source>&amp;Przekaż</source>
        <translation>&amp;Forward</translation>
    </message>
    <message>
        <location filename="../ops_desktop/ui/inbox.py" line="201"/>
        <source>Skierowanie %1 – %2</source>
        <translation>Referral %1 – %2</translation>
    </message>
    <message>
        <location filename="../ops_desktop/ui/inbox.py" line="203"/>
        <source>Przekaż do zespołu:</source>
        <translation>Forward to team:</translation>
    </message>
    <message>
        <location filename="../ops_desktop/ui/inbox.py" line="206"/>
        <source>Powód przekazania:</source>
        <translation>Reason for forwarding:</translation>
    </message>
</context>
<context>
    <name>GrantAppealDialog</name>
    <message>
        <location filename="../ops_desktop/ui/benefits/appeal_dialogs.py" line="218"/>
        <source>Uwzględnienie odwołania w całości – %1</source>
        <translation>Granting the appeal in full – %1</translation>
    </message>
</context>
<context>
    <name>HoursPanel</name>
    <message>
        <location filename="../ops_desktop/ui/services_team/hours_panel.py" line="48"/>
        <source>Miesiąc</source>
        <translation>Month</translation>
    </message>
    <message>
        <location filename="../ops_desktop/ui/services_team/hours_panel.py" line="50"/>
        <location filename="../ops_desktop/ui/services_team/hours_panel.py" line="60"/>
        <source>Opiekun(ka)</source>
        <translation>Carer</translation>
    </message>
    <message>
        <location filename="../ops_desktop/ui/services_team/hours_panel.py" line="51"/>
        <source>Godziny opiekuna w miesiącu</source>
        <translation>The carer&apos;s hours in the month</translation>
    </message>
    <message>
        <location filename="../ops_desktop/ui/services_team/hours_panel.py" line="52"/>
        <source>np. 40 lub 12,5</source>
        <translation>e.g. 40 or 12.5</translation>
    </message>
    <message>
        <location filename="../ops_desktop/ui/services_team/hours_panel.py" line="55"/>
        <source>&amp;Zapisz godziny opiekuna</source>
        <translation>&amp;Save the carer&apos;s hours</translation>
    </message>
    <message>
        <location filename="../ops_desktop/ui/services_team/hours_panel.py" line="57"/>
        <source>Wymiar godzin w miesiącu</source>
        <translation>Hours allowed in the month</translation>
    </message>
    <message>
        <location filename="../ops_desktop/ui/services_team/hours_panel.py" line="61"/>
        <source>Dzień</source>
        <translation>Day</translation>
    </message>
    <message>
        <location filename="../ops_desktop/ui/services_team/hours_panel.py" line="62"/>
        <source>cały miesiąc</source>
        <translation>whole month</translation>
    </message>
    <message>
        <location filename="../ops_desktop/ui/services_team/hours_panel.py" line="63"/>
        <source>Od–do</source>
        <translation>From–to</translation>
    </message>
    <message>
        <location filename="../ops_desktop/ui/services_team/hours_panel.py" line="65"/>
        <source>Godziny</source>
        <translation>Hours</translation>
    </message>
    <message>
        <location filename="../ops_desktop/ui/services_team/hours_panel.py" line="67"/>
        <source>Skąd</source>
        <translation>Source</translation>
    </message>
    <message>
        <location filename="../ops_desktop/ui/services_team/hours_panel.py" line="67"/>
        <source>%1, wiersz %2</source>
        <translation>%1, line %2</translation>
    </message>
    <message>
        <location filename="../ops_desktop/ui/services_team/hours_panel.py" line="71"/>
        <source>Godziny opiekunów</source>
        <translation>Carers&apos; hours</translation>
    </message>
    <message>
        <location filename="../ops_desktop/ui/services_team/hours_panel.py" line="72"/>
        <source>Usuń &amp;wpis</source>
        <translation>Remove &amp;entry</translation>
    </message>
    <message>
        <location filename="../ops_desktop/ui/services_team/hours_panel.py" line="74"/>
        <source>&amp;Miesiąc:</source>
        <translation>&amp;Month:</translation>
    </message>
    <message>
        <location filename="../ops_desktop/ui/services_team/hours_panel.py" line="76"/>
        <source>O&amp;piekun(ka):</source>
        <translation>&amp;Carer:</translation>
    </message>
    <message>
        <location filename="../ops_desktop/ui/services_team/hours_panel.py" line="78"/>
        <source>&amp;Godziny:</source>
        <translation>&amp;Hours:</translation>
    </message>
    <message>
        <location filename="../ops_desktop/ui/services_team/hours_panel.py" line="129"/>
        <source>W miesiącu: %1 godz.; wpisane jako suma miesiąca – najwyżej %2 godz.; dni z pliku – najwyżej %3 godz. w tygodniu.</source>
        <translation>This month: %1 h; typed as the month&apos;s total – at most %2 h; days from a file – at most %3 h a week.</translation>
    </message>
    <message>
        <location filename="../ops_desktop/ui/services_team/hours_panel.py" line="134"/>
        <source> Godziny tego miesiąca wpisano jako sumę zlecenia na stronie „Usługi opiekuńcze”, bez podziału na opiekunów.</source>
        <translation> This month&apos;s hours were entered as the order&apos;s total on the &quot;Care services&quot; page, not split by carer.</translation>
    </message>
    <message>
        <location filename="../ops_desktop/ui/services_team/hours_panel.py" line="143"/>
        <source>Najpierw przydziel opiekuna do tej osoby.</source>
        <translation>First assign a carer to this person.</translation>
    </message>
</context>
<context>
    <name>HouseholdDialog</name>
    <message>
        <location filename="../ops_desktop/ui/first_contact/person_form.py" line="325"/>
        <source>Nowa osoba / gospodarstwo domowe</source>
        <translation>New person / household</translation>
    </message>
    <message>
        <location filename="../ops_desktop/ui/first_contact/person_form.py" line="370"/>
        <source>Imię</source>
        <translation>First name</translation>
    </message>
    <message>
        <location filename="../ops_desktop/ui/first_contact/person_form.py" line="370"/>
        <source>Nazwisko</source>
        <translation>Surname</translation>
    </message>
    <message>
        <location filename="../ops_desktop/ui/first_contact/person_form.py" line="371"/>
        <source>PESEL</source>
        <translation>PESEL</translation>
    </message>
    <message>
        <location filename="../ops_desktop/ui/first_contact/person_form.py" line="372"/>
        <source>Data urodzenia</source>
        <translation>Date of birth</translation>
    </message>
    <message>
        <location filename="../ops_desktop/ui/first_contact/person_form.py" line="326"/>
        <source>Wnioskodawca</source>
        <translation>Applicant</translation>
    </message>
    <message>
        <location filename="../ops_desktop/ui/first_contact/person_form.py" line="329"/>
        <source>Dod&amp;aj członka gospodarstwa</source>
        <translation>&amp;Add household member</translation>
    </message>
    <message>
        <location filename="../ops_desktop/ui/first_contact/person_form.py" line="332"/>
        <source>Członkowie gospodarstwa domowego (mieszkają pod adresem wnioskodawcy)</source>
        <translation>Household members (living at the applicant&apos;s address)</translation>
    </message>
    <message>
        <location filename="../ops_desktop/ui/first_contact/person_form.py" line="336"/>
        <source>Brak – osoba samotnie gospodarująca. Dodaj członków, jeśli prowadzą wspólne gospodarstwo.</source>
        <translation>None – single-person household. Add members if they share the household.</translation>
    </message>
    <message>
        <location filename="../ops_desktop/ui/first_contact/person_form.py" line="354"/>
        <source>&amp;Zapisz</source>
        <translation>&amp;Save</translation>
    </message>
    <message>
        <location filename="../ops_desktop/ui/first_contact/person_form.py" line="370"/>
        <source>Pokrewieństwo</source>
        <translation>Relationship</translation>
    </message>
    <message>
        <location filename="../ops_desktop/ui/first_contact/person_form.py" line="371"/>
        <source>Dokument</source>
        <translation>Document</translation>
    </message>
    <message>
        <location filename="../ops_desktop/ui/first_contact/person_form.py" line="371"/>
        <source>Nr dokumentu</source>
        <translation>Document no.</translation>
    </message>
</context>
<context>
    <name>ImportReportDialog</name>
    <message>
        <location filename="../ops_desktop/ui/services_team/provider_dialogs.py" line="296"/>
        <source>Import godzin z pliku</source>
        <translation>Import of hours from a file</translation>
    </message>
    <message>
        <location filename="../ops_desktop/ui/services_team/provider_dialogs.py" line="299"/>
        <source>Plik %1: zapisano wierszy %2 (%3 godz.), odrzucono %4.</source>
        <translation>File %1: %2 lines saved (%3 h), %4 refused.</translation>
    </message>
    <message>
        <location filename="../ops_desktop/ui/services_team/provider_dialogs.py" line="302"/>
        <source>Wynik importu</source>
        <translation>Import result</translation>
    </message>
    <message>
        <location filename="../ops_desktop/ui/services_team/provider_dialogs.py" line="305"/>
        <source>Wiersz</source>
        <translation>Row</translation>
    </message>
    <message>
        <location filename="../ops_desktop/ui/services_team/provider_dialogs.py" line="306"/>
        <source>Powód</source>
        <translation>Reason</translation>
    </message>
    <message>
        <location filename="../ops_desktop/ui/services_team/provider_dialogs.py" line="307"/>
        <source>Treść wiersza</source>
        <translation>The line</translation>
    </message>
    <message>
        <location filename="../ops_desktop/ui/services_team/provider_dialogs.py" line="310"/>
        <source>Odrzucone wiersze</source>
        <translation>Refused lines</translation>
    </message>
    <message>
        <location filename="../ops_desktop/ui/services_team/provider_dialogs.py" line="315"/>
        <source>Dobre wiersze są zapisane. Poprawione wiersze można zaimportować ponownie – te już zapisane nie zostaną policzone drugi raz.</source>
        <translation>The good lines are saved. Corrected lines can be imported again – those already saved are not counted twice.</translation>
    </message>
</context>
<context>
    <name>InboxPanel</name>
    <message>
        <location filename="../ops_desktop/ui/inbox.py" line="88"/>
        <source>Nr</source>
        <translation>No.</translation>
    </message>
    <message>
        <location filename="../ops_desktop/ui/inbox.py" line="89"/>
        <source>Pilne</source>
        <translation>Urgent</translation>
    </message>
    <message>
        <location filename="../ops_desktop/ui/inbox.py" line="89"/>
        <source>PILNE</source>
        <translation>URGENT</translation>
    </message>
    <message>
        <location filename="../ops_desktop/ui/inbox.py" line="91"/>
        <source>Przydzielone</source>
        <translation>Assigned</translation>
    </message>
    <message>
        <location filename="../ops_desktop/ui/inbox.py" line="92"/>
        <source>Tobie</source>
        <translation>To you</translation>
    </message>
    <message>
        <location filename="../ops_desktop/ui/inbox.py" line="92"/>
        <source>innej osobie</source>
        <translation>To someone else</translation>
    </message>
    <message>
        <location filename="../ops_desktop/ui/inbox.py" line="93"/>
        <source>Wniosek</source>
        <translation>Application</translation>
    </message>
    <message>
        <location filename="../ops_desktop/ui/inbox.py" line="93"/>
        <source>złożony</source>
        <translation>lodged</translation>
    </message>
    <message>
        <location filename="../ops_desktop/ui/inbox.py" line="94"/>
        <source>Osoba</source>
        <translation>Person</translation>
    </message>
    <message>
        <location filename="../ops_desktop/ui/inbox.py" line="95"/>
        <source>PESEL</source>
        <translation>PESEL</translation>
    </message>
    <message>
        <location filename="../ops_desktop/ui/inbox.py" line="96"/>
        <source>Od</source>
        <translation>From</translation>
    </message>
    <message>
        <location filename="../ops_desktop/ui/inbox.py" line="97"/>
        <source>Przekazano</source>
        <translation>Sent</translation>
    </message>
    <message>
        <location filename="../ops_desktop/ui/inbox.py" line="98"/>
        <source>Powód</source>
        <translation>Reason</translation>
    </message>
    <message>
        <location filename="../ops_desktop/ui/inbox.py" line="99"/>
        <source>Powody (art. 7)</source>
        <translation>Grounds (art. 7)</translation>
    </message>
    <message>
        <location filename="../ops_desktop/ui/inbox.py" line="100"/>
        <source>Przekazał(a) dalej</source>
        <translation>Forwarded by</translation>
    </message>
    <message>
        <location filename="../ops_desktop/ui/inbox.py" line="100"/>
        <source>%1, %2</source>
        <translation>%1, %2</translation>
    </message>
    <message>
        <location filename="../ops_desktop/ui/inbox.py" line="104"/>
        <source>Skrzynka skierowań</source>
        <translation>Referral inbox</translation>
    </message>
    <message>
        <location filename="../ops_desktop/ui/inbox.py" line="110"/>
        <source>&amp;Przyjmij</source>
        <translation>&amp;Accept</translation>
    </message>
    <message>
        <location filename="../ops_desktop/ui/inbox.py" line="112"/>
        <source>&amp;Zwróć…</source>
        <translation>&amp;Return…</translation>
    </message>
    <message>
        <location filename="../ops_desktop/ui/inbox.py" line="114"/>
        <source>Przeka&amp;ż dalej…</source>
        <translation>For&amp;ward…</translation>
    </message>
    <message>
        <location filename="../ops_desktop/ui/inbox.py" line="139"/>
        <source>Skierowania do przyjęcia: %1</source>
        <translation>Referrals to accept: %1</translation>
    </message>
</context>
<context>
    <name>IncomeEditor</name>
    <message>
        <location filename="../ops_desktop/ui/benefits/income_editor.py" line="54"/>
        <source>Nie wpisano dochodów – dodaj wiersz albo zaznacz «brak dochodów» i zapisz.</source>
        <translation>No incomes entered – add a row or tick «no income» and save.</translation>
    </message>
    <message>
        <location filename="../ops_desktop/ui/benefits/income_editor.py" line="57"/>
        <source>&amp;brak dochodów – gospodarstwo nie ma żadnego dochodu</source>
        <translation>&amp;no income – the household has no income at all</translation>
    </message>
    <message>
        <location filename="../ops_desktop/ui/benefits/income_editor.py" line="58"/>
        <source>Brak dochodów</source>
        <translation>No income</translation>
    </message>
    <message>
        <location filename="../ops_desktop/ui/benefits/income_editor.py" line="61"/>
        <source>&amp;Dodaj dochód</source>
        <translation>Add &amp;income</translation>
    </message>
    <message>
        <location filename="../ops_desktop/ui/benefits/income_editor.py" line="62"/>
        <source>Dodaj dochód</source>
        <translation>Add income</translation>
    </message>
    <message>
        <location filename="../ops_desktop/ui/benefits/income_editor.py" line="64"/>
        <source>Zapisz doc&amp;hody</source>
        <translation>Save inco&amp;mes</translation>
    </message>
    <message>
        <location filename="../ops_desktop/ui/benefits/income_editor.py" line="65"/>
        <source>Zapisz dochody</source>
        <translation>Save incomes</translation>
    </message>
    <message>
        <location filename="../ops_desktop/ui/benefits/income_editor.py" line="124"/>
        <source>Dochody gospodarstwa – zmiany niezapisane</source>
        <translation>Household incomes – unsaved changes</translation>
    </message>
    <message>
        <location filename="../ops_desktop/ui/benefits/income_editor.py" line="157"/>
        <source>Członek gospodarstwa</source>
        <translation>Household member</translation>
    </message>
    <message>
        <location filename="../ops_desktop/ui/benefits/income_editor.py" line="157"/>
        <source>Źródło dochodu</source>
        <translation>Income source</translation>
    </message>
    <message>
        <location filename="../ops_desktop/ui/benefits/income_editor.py" line="158"/>
        <source>Kwota netto (zł)</source>
        <translation>Net amount (zł)</translation>
    </message>
    <message>
        <location filename="../ops_desktop/ui/benefits/income_editor.py" line="163"/>
        <source>Członek gospodarstwa, wiersz %1</source>
        <translation>Household member, row %1</translation>
    </message>
    <message>
        <location filename="../ops_desktop/ui/benefits/income_editor.py" line="173"/>
        <source>Źródło dochodu, wiersz %1</source>
        <translation>Income source, row %1</translation>
    </message>
    <message>
        <location filename="../ops_desktop/ui/benefits/income_editor.py" line="174"/>
        <source>np. emerytura, wynagrodzenie</source>
        <translation>e.g. pension, salary</translation>
    </message>
    <message>
        <location filename="../ops_desktop/ui/benefits/income_editor.py" line="177"/>
        <source>Kwota, wiersz %1</source>
        <translation>Amount, row %1</translation>
    </message>
    <message>
        <location filename="../ops_desktop/ui/benefits/income_editor.py" line="182"/>
        <source>Usuń</source>
        <translation>Remove</translation>
    </message>
    <message>
        <location filename="../ops_desktop/ui/benefits/income_editor.py" line="183"/>
        <source>Usuń wiersz %1</source>
        <translation>Remove row %1</translation>
    </message>
</context>
<context>
    <name>IntakeDialog</name>
    <message>
        <location filename="../ops_desktop/ui/first_contact/intake_dialog.py" line="57"/>
        <source>Zgłoszenie zapisano i przekazano do zespołu. Wydrukować skierowanie dla osoby?</source>
        <translation>The intake was saved and handed over to the team. Print the referral slip for the person?</translation>
    </message>
    <message>
        <location filename="../ops_desktop/ui/first_contact/intake_dialog.py" line="60"/>
        <source>Wydrukować skierowanie dla osoby?</source>
        <translation>Print the referral slip for the person?</translation>
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
        <location filename="../ops_desktop/ui/first_contact/intake_dialog.py" line="161"/>
        <source>Co ma wiedzieć zespół – opis problemu nie jest przekazywany</source>
        <translation>What the team needs to know – the problem description is not passed on</translation>
    </message>
    <message>
        <location filename="../ops_desktop/ui/first_contact/intake_dialog.py" line="168"/>
        <source>pkt %1</source>
        <translation>point %1</translation>
    </message>
    <message>
        <location filename="../ops_desktop/ui/first_contact/intake_dialog.py" line="178"/>
        <source>Udzielona informacja lub porada</source>
        <translation>Information or advice given</translation>
    </message>
    <message>
        <location filename="../ops_desktop/ui/first_contact/intake_dialog.py" line="185"/>
        <source>&amp;Zapisz zgłoszenie</source>
        <translation>&amp;Save intake</translation>
    </message>
    <message>
        <location filename="../ops_desktop/ui/first_contact/intake_dialog.py" line="187"/>
        <source>Ctrl+Enter</source>
        <translation>Ctrl+Enter</translation>
    </message>
    <message>
        <location filename="../ops_desktop/ui/first_contact/intake_dialog.py" line="194"/>
        <source>Przyjęto &amp;dnia:</source>
        <translation>&amp;Date taken:</translation>
    </message>
    <message>
        <location filename="../ops_desktop/ui/first_contact/intake_dialog.py" line="197"/>
        <source>Zgłasza&amp;jący:</source>
        <translation>Reported &amp;by:</translation>
    </message>
    <message>
        <location filename="../ops_desktop/ui/first_contact/intake_dialog.py" line="199"/>
        <source>&amp;Problem:</source>
        <translation>&amp;Problem:</translation>
    </message>
    <message>
        <location filename="../ops_desktop/ui/first_contact/intake_dialog.py" line="203"/>
        <source>Do zesp&amp;ołu:</source>
        <translation>To &amp;team:</translation>
    </message>
    <message>
        <location filename="../ops_desktop/ui/first_contact/intake_dialog.py" line="205"/>
        <source>Powód skie&amp;rowania:</source>
        <translation>&amp;Reason for referral:</translation>
    </message>
    <message>
        <location filename="../ops_desktop/ui/first_contact/intake_dialog.py" line="207"/>
        <source>Pokaż &amp;zespołowi:</source>
        <translation>Show to the &amp;team:</translation>
    </message>
    <message>
        <location filename="../ops_desktop/ui/first_contact/intake_dialog.py" line="209"/>
        <source>Udzielona porad&amp;a:</source>
        <translation>Advice &amp;given:</translation>
    </message>
    <message>
        <location filename="../ops_desktop/ui/first_contact/intake_dialog.py" line="216"/>
        <source>Osoba: %1</source>
        <translation>Person: %1</translation>
    </message>
</context>
<context>
    <name>InterviewForm</name>
    <message>
        <location filename="../ops_desktop/ui/social_work/interview_form.py" line="71"/>
        <source>Wywiad środowiskowy – %1</source>
        <translation>Family interview – %1</translation>
    </message>
    <message>
        <location filename="../ops_desktop/ui/social_work/interview_form.py" line="75"/>
        <source>Segmenty kwestionariusza</source>
        <translation>Questionnaire segments</translation>
    </message>
    <message>
        <location filename="../ops_desktop/ui/social_work/interview_form.py" line="81"/>
        <source>Wywiad &amp;przeprowadzono dnia</source>
        <translation>Interview &amp;conducted on</translation>
    </message>
    <message>
        <location filename="../ops_desktop/ui/social_work/interview_form.py" line="82"/>
        <source>Wywiad przeprowadzono</source>
        <translation>Interview conducted</translation>
    </message>
    <message>
        <location filename="../ops_desktop/ui/social_work/interview_form.py" line="83"/>
        <source>Data przeprowadzenia wywiadu</source>
        <translation>Date the interview was conducted</translation>
    </message>
    <message>
        <location filename="../ops_desktop/ui/social_work/interview_form.py" line="88"/>
        <source>Miejsce wywiadu</source>
        <translation>Place of the interview</translation>
    </message>
    <message>
        <location filename="../ops_desktop/ui/social_work/interview_form.py" line="92"/>
        <source>&amp;Miejsce:</source>
        <translation>&amp;Place:</translation>
    </message>
    <message>
        <location filename="../ops_desktop/ui/social_work/interview_form.py" line="96"/>
        <source>&amp;Przenieś odpowiedzi z ostatniego wywiadu</source>
        <translation>Carry &amp;forward the answers of the last interview</translation>
    </message>
    <message>
        <location filename="../ops_desktop/ui/social_work/interview_form.py" line="98"/>
        <source>&amp;Zapisz</source>
        <translation>&amp;Save</translation>
    </message>
    <message>
        <location filename="../ops_desktop/ui/social_work/interview_form.py" line="99"/>
        <source>Zakończ &amp;wywiad</source>
        <translation>Complete the &amp;interview</translation>
    </message>
    <message>
        <location filename="../ops_desktop/ui/social_work/interview_form.py" line="101"/>
        <source>Zamknij</source>
        <translation>Close</translation>
    </message>
    <message>
        <location filename="../ops_desktop/ui/social_work/interview_form.py" line="107"/>
        <source>Powód odmowy</source>
        <translation>Ground of refusal</translation>
    </message>
    <message>
        <location filename="../ops_desktop/ui/social_work/interview_form.py" line="111"/>
        <source>Zapisz &amp;odmowę</source>
        <translation>Record &amp;refusal</translation>
    </message>
    <message>
        <location filename="../ops_desktop/ui/social_work/interview_form.py" line="114"/>
        <source>Osoba nie zgodziła się na wywiad albo nie złożyła oświadczenia o stanie majątkowym – podstawa odmowy świadczenia (art. 107 ust. 4a i 5).</source>
        <translation>The person did not agree to the interview or did not sign the statement of assets – a ground to refuse the benefit (art. 107 ust. 4a and 5).</translation>
    </message>
    <message>
        <location filename="../ops_desktop/ui/social_work/interview_form.py" line="135"/>
        <source> – segment obowiązkowy</source>
        <translation> – compulsory segment</translation>
    </message>
    <message>
        <location filename="../ops_desktop/ui/social_work/interview_form.py" line="146"/>
        <source>tak</source>
        <translation>yes</translation>
    </message>
    <message>
        <location filename="../ops_desktop/ui/social_work/interview_form.py" line="146"/>
        <source>nie</source>
        <translation>no</translation>
    </message>
    <message>
        <location filename="../ops_desktop/ui/social_work/interview_form.py" line="174"/>
        <source>%1 – %2; stan: %3</source>
        <translation>%1 – %2; status: %3</translation>
    </message>
    <message>
        <location filename="../ops_desktop/ui/social_work/interview_form.py" line="178"/>
        <source>. Na wywiadzie opiera się podpisana decyzja – zmiany wpisuje się w aktualizacji (część IV).</source>
        <translation>. A signed decision relies on this interview – changes go into an update (Part IV).</translation>
    </message>
</context>
<context>
    <name>InterviewLinkBox</name>
    <message>
        <location filename="../ops_desktop/ui/benefits/interview_link.py" line="33"/>
        <source>Wywiad, na którym opiera się wniosek</source>
        <translation>The interview the application relies on</translation>
    </message>
    <message>
        <location filename="../ops_desktop/ui/benefits/interview_link.py" line="34"/>
        <source>Powiąż z wywiade&amp;m</source>
        <translation>Link to the &amp;interview</translation>
    </message>
    <message>
        <location filename="../ops_desktop/ui/benefits/interview_link.py" line="45"/>
        <source>przeprowadzony %1 (%2)</source>
        <translation>conducted %1 (%2)</translation>
    </message>
    <message>
        <location filename="../ops_desktop/ui/benefits/interview_link.py" line="52"/>
        <source>Wywiad środowiskowy: %1</source>
        <translation>Family interview: %1</translation>
    </message>
    <message>
        <location filename="../ops_desktop/ui/benefits/interview_link.py" line="53"/>
        <source>Wywiad środowiskowy: nie powiązano.</source>
        <translation>Family interview: none linked.</translation>
    </message>
    <message>
        <location filename="../ops_desktop/ui/benefits/interview_link.py" line="60"/>
        <source>brak zakończonych wywiadów w gospodarstwie</source>
        <translation>no completed interviews in the household</translation>
    </message>
</context>
<context>
    <name>InterviewsPage</name>
    <message>
        <location filename="../ops_desktop/ui/social_work/interviews.py" line="92"/>
        <source>Osoba</source>
        <translation>Person</translation>
    </message>
    <message>
        <location filename="../ops_desktop/ui/social_work/interviews.py" line="93"/>
        <source>Sprawa</source>
        <translation>Case</translation>
    </message>
    <message>
        <location filename="../ops_desktop/ui/social_work/interviews.py" line="94"/>
        <source>Rodzaj</source>
        <translation>Kind</translation>
    </message>
    <message>
        <location filename="../ops_desktop/ui/social_work/interviews.py" line="95"/>
        <source>Wiadomość z dnia</source>
        <translation>Learned of on</translation>
    </message>
    <message>
        <location filename="../ops_desktop/ui/social_work/interviews.py" line="97"/>
        <source>Termin</source>
        <translation>Deadline</translation>
    </message>
    <message>
        <location filename="../ops_desktop/ui/social_work/interviews.py" line="99"/>
        <source>14 dni roboczych od powzięcia wiadomości, w sprawie pilnej 2 dni robocze</source>
        <translation>14 working days from learning of the need, 2 working days when urgent</translation>
    </message>
    <message>
        <location filename="../ops_desktop/ui/social_work/interviews.py" line="101"/>
        <source>Stan</source>
        <translation>State</translation>
    </message>
    <message>
        <location filename="../ops_desktop/ui/social_work/interviews.py" line="103"/>
        <source>Przeprowadzono</source>
        <translation>Conducted</translation>
    </message>
    <message>
        <location filename="../ops_desktop/ui/social_work/interviews.py" line="107"/>
        <source>Pracownik</source>
        <translation>Worker</translation>
    </message>
    <message>
        <location filename="../ops_desktop/ui/social_work/interviews.py" line="109"/>
        <source>Wywiady środowiskowe</source>
        <translation>Family interviews</translation>
    </message>
    <message>
        <location filename="../ops_desktop/ui/social_work/interviews.py" line="113"/>
        <source>&amp;Nowy wywiad…</source>
        <translation>&amp;New interview…</translation>
    </message>
    <message>
        <location filename="../ops_desktop/ui/social_work/interviews.py" line="114"/>
        <source>&amp;Otwórz…</source>
        <translation>&amp;Open…</translation>
    </message>
    <message>
        <location filename="../ops_desktop/ui/social_work/interviews.py" line="115"/>
        <source>&amp;Aktualizacja (część IV)…</source>
        <translation>&amp;Update (Part IV)…</translation>
    </message>
    <message>
        <location filename="../ops_desktop/ui/social_work/interviews.py" line="117"/>
        <source>&amp;Drukuj</source>
        <translation>&amp;Print</translation>
    </message>
    <message>
        <location filename="../ops_desktop/ui/social_work/interviews.py" line="119"/>
        <source>Wywiad dla osoby ze sprawy wybranej na liście spraw.</source>
        <translation>An interview for the person of the case chosen in the case list.</translation>
    </message>
    <message>
        <location filename="../ops_desktop/ui/social_work/interviews.py" line="140"/>
        <source> (pilny)</source>
        <translation> (urgent)</translation>
    </message>
    <message>
        <location filename="../ops_desktop/ui/social_work/interviews.py" line="142"/>
        <source> – po terminie</source>
        <translation> – overdue</translation>
    </message>
    <message>
        <location filename="../ops_desktop/ui/social_work/interviews.py" line="152"/>
        <source>Wywiady: %1, po terminie: %2</source>
        <translation>Interviews: %1, overdue: %2</translation>
    </message>
    <message>
        <location filename="../ops_desktop/ui/social_work/interviews.py" line="182"/>
        <source>Najpierw wybierz sprawę na liście spraw.</source>
        <translation>First choose a case in the case list.</translation>
    </message>
</context>
<context>
    <name>JoinDialog</name>
    <message>
        <location filename="../ops_desktop/ui/join_dialog.py" line="33"/>
        <source>Plik zaproszenia do biura</source>
        <translation>Invitation file to the office</translation>
    </message>
    <message>
        <location filename="../ops_desktop/ui/join_dialog.py" line="34"/>
        <source>Zaproszenie (*.opsbak);;Wszystkie pliki (*)</source>
        <translation>Invitation (*.opsbak);;All files (*)</translation>
    </message>
    <message>
        <location filename="../ops_desktop/ui/join_dialog.py" line="44"/>
        <source>Dołącz do biura</source>
        <translation>Join an office</translation>
    </message>
    <message>
        <location filename="../ops_desktop/ui/join_dialog.py" line="45"/>
        <source>Ten komputer dostanie pełną kopię danych biura i od tej chwili będzie wymieniać zmiany z pozostałymi komputerami przez folder wymiany. Plik zaproszenia i kod przekazuje administrator biura – kod osobno, nie razem z plikiem. Dołączając, logujesz się swoim loginem i hasłem w biurze; pozostali pracownicy logują się potem swoimi.</source>
        <translation>This PC gets a full copy of the office&apos;s data and from now on exchanges changes with the other PCs through the exchange folder. The office&apos;s administrator hands over the invitation file and the code – the code separately from the file. You sign in with your office login and password as you join; the other staff then sign in with theirs.</translation>
    </message>
    <message>
        <location filename="../ops_desktop/ui/join_dialog.py" line="50"/>
        <source>&amp;Dołącz</source>
        <translation>&amp;Join</translation>
    </message>
    <message>
        <location filename="../ops_desktop/ui/join_dialog.py" line="54"/>
        <source>Plik zaproszenia</source>
        <translation>Invitation file</translation>
    </message>
    <message>
        <location filename="../ops_desktop/ui/join_dialog.py" line="56"/>
        <source>Wy&amp;bierz…</source>
        <translation>Bro&amp;wse…</translation>
    </message>
    <message>
        <location filename="../ops_desktop/ui/join_dialog.py" line="58"/>
        <source>Kod zaproszenia</source>
        <translation>Invitation code</translation>
    </message>
    <message>
        <location filename="../ops_desktop/ui/join_dialog.py" line="60"/>
        <source>Nazwa tego komputera</source>
        <translation>Name of this PC</translation>
    </message>
    <message>
        <location filename="../ops_desktop/ui/join_dialog.py" line="62"/>
        <source>np. Pokój 12 – świadczenia</source>
        <translation>e.g. Room 12 – benefits</translation>
    </message>
    <message>
        <location filename="../ops_desktop/ui/join_dialog.py" line="63"/>
        <source>Login</source>
        <translation>Login</translation>
    </message>
    <message>
        <location filename="../ops_desktop/ui/join_dialog.py" line="64"/>
        <source>Hasło</source>
        <translation>Password</translation>
    </message>
    <message>
        <location filename="../ops_desktop/ui/join_dialog.py" line="66"/>
        <source>Folder wymiany</source>
        <translation>Exchange folder</translation>
    </message>
    <message>
        <location filename="../ops_desktop/ui/join_dialog.py" line="67"/>
        <source>jak na komputerze, który udostępnił biuro</source>
        <translation>as on the PC that shared the office</translation>
    </message>
    <message>
        <location filename="../ops_desktop/ui/join_dialog.py" line="69"/>
        <source>Wyb&amp;ierz…</source>
        <translation>Brow&amp;se…</translation>
    </message>
    <message>
        <location filename="../ops_desktop/ui/join_dialog.py" line="71"/>
        <source>&amp;Plik zaproszenia *</source>
        <translation>&amp;Invitation file *</translation>
    </message>
    <message>
        <location filename="../ops_desktop/ui/join_dialog.py" line="73"/>
        <source>&amp;Kod zaproszenia *</source>
        <translation>&amp;Code *</translation>
    </message>
    <message>
        <location filename="../ops_desktop/ui/join_dialog.py" line="74"/>
        <source>&amp;Nazwa tego komputera * (np. pokój i zespół)</source>
        <translation>&amp;Name of this PC * (e.g. room and team)</translation>
    </message>
    <message>
        <location filename="../ops_desktop/ui/join_dialog.py" line="76"/>
        <source>&amp;Twój login w biurze *</source>
        <translation>&amp;Your office login *</translation>
    </message>
    <message>
        <location filename="../ops_desktop/ui/join_dialog.py" line="77"/>
        <source>&amp;Hasło *</source>
        <translation>&amp;Password *</translation>
    </message>
    <message>
        <location filename="../ops_desktop/ui/join_dialog.py" line="78"/>
        <source>&amp;Folder wymiany – tylko gdy na tym komputerze ma inną ścieżkę</source>
        <translation>&amp;Exchange folder – only when its path differs on this PC</translation>
    </message>
    <message>
        <location filename="../ops_desktop/ui/join_dialog.py" line="88"/>
        <source>Nie ma takiego pliku.</source>
        <translation>No such file.</translation>
    </message>
</context>
<context>
    <name>LockedSignInDialog</name>
    <message>
        <location filename="../ops_desktop/ui/unlock.py" line="96"/>
        <source>Mam klucz odzyskiwania…</source>
        <translation>I have the recovery key…</translation>
    </message>
    <message>
        <location filename="../ops_desktop/ui/unlock.py" line="97"/>
        <source>Mam klucz odzyskiwania</source>
        <translation>I have the recovery key</translation>
    </message>
    <message>
        <location filename="../ops_desktop/ui/unlock.py" line="141"/>
        <source>Logowanie – %1</source>
        <translation>Sign in – %1</translation>
    </message>
</context>
<context>
    <name>LogPage</name>
    <message>
        <location filename="../ops_desktop/ui/social_work/log_page.py" line="59"/>
        <source>Sprawa – osoba lub rodzina</source>
        <translation>Case – person or family</translation>
    </message>
    <message>
        <location filename="../ops_desktop/ui/social_work/log_page.py" line="60"/>
        <source>z całą rodziną</source>
        <translation>with the whole family</translation>
    </message>
    <message>
        <location filename="../ops_desktop/ui/social_work/log_page.py" line="61"/>
        <source>Praca z całą rodziną</source>
        <translation>Work with the whole family</translation>
    </message>
    <message>
        <location filename="../ops_desktop/ui/social_work/log_page.py" line="63"/>
        <source>Data pracy socjalnej</source>
        <translation>Date of the social work</translation>
    </message>
    <message>
        <location filename="../ops_desktop/ui/social_work/log_page.py" line="65"/>
        <source>Rodzaj pracy socjalnej</source>
        <translation>Kind of social work</translation>
    </message>
    <message>
        <location filename="../ops_desktop/ui/social_work/log_page.py" line="67"/>
        <source>Czas w minutach</source>
        <translation>Time in minutes</translation>
    </message>
    <message>
        <location filename="../ops_desktop/ui/social_work/log_page.py" line="68"/>
        <source>np. 45</source>
        <translation>e.g. 45</translation>
    </message>
    <message>
        <location filename="../ops_desktop/ui/social_work/log_page.py" line="70"/>
        <source>Krótka notatka (poufna)</source>
        <translation>Short note (confidential)</translation>
    </message>
    <message>
        <location filename="../ops_desktop/ui/social_work/log_page.py" line="71"/>
        <source>nieobowiązkowa, najwyżej %1 znaków</source>
        <translation>optional, at most %1 characters</translation>
    </message>
    <message>
        <location filename="../ops_desktop/ui/social_work/log_page.py" line="73"/>
        <location filename="../ops_desktop/ui/social_work/log_page.py" line="244"/>
        <source>&amp;Dodaj wpis</source>
        <translation>&amp;Add entry</translation>
    </message>
    <message>
        <location filename="../ops_desktop/ui/social_work/log_page.py" line="74"/>
        <source>Enter w polu minut lub notatki</source>
        <translation>Enter in the minutes or note field</translation>
    </message>
    <message>
        <location filename="../ops_desktop/ui/social_work/log_page.py" line="75"/>
        <source>Anuluj poprawkę</source>
        <translation>Cancel correction</translation>
    </message>
    <message>
        <location filename="../ops_desktop/ui/social_work/log_page.py" line="83"/>
        <source>&amp;Sprawa:</source>
        <translation>&amp;Case:</translation>
    </message>
    <message>
        <location filename="../ops_desktop/ui/social_work/log_page.py" line="85"/>
        <source>D&amp;ata:</source>
        <translation>D&amp;ate:</translation>
    </message>
    <message>
        <location filename="../ops_desktop/ui/social_work/log_page.py" line="87"/>
        <source>&amp;Rodzaj:</source>
        <translation>&amp;Kind:</translation>
    </message>
    <message>
        <location filename="../ops_desktop/ui/social_work/log_page.py" line="89"/>
        <source>&amp;Minuty:</source>
        <translation>&amp;Minutes:</translation>
    </message>
    <message>
        <location filename="../ops_desktop/ui/social_work/log_page.py" line="90"/>
        <source>min (1–600)</source>
        <translation>min (1–600)</translation>
    </message>
    <message>
        <location filename="../ops_desktop/ui/social_work/log_page.py" line="92"/>
        <source>&amp;Notatka:</source>
        <translation>&amp;Note:</translation>
    </message>
    <message>
        <location filename="../ops_desktop/ui/social_work/log_page.py" line="99"/>
        <location filename="../ops_desktop/ui/social_work/log_page.py" line="243"/>
        <source>Nowy wpis w dzienniku pracy socjalnej</source>
        <translation>New entry in the social-work log</translation>
    </message>
    <message>
        <location filename="../ops_desktop/ui/social_work/log_page.py" line="104"/>
        <source>Miesiąc</source>
        <translation>Month</translation>
    </message>
    <message>
        <location filename="../ops_desktop/ui/social_work/log_page.py" line="105"/>
        <source>wszystkie miesiące</source>
        <translation>all months</translation>
    </message>
    <message>
        <location filename="../ops_desktop/ui/social_work/log_page.py" line="112"/>
        <source>Podsumowanie</source>
        <translation>Summary</translation>
    </message>
    <message>
        <location filename="../ops_desktop/ui/social_work/log_page.py" line="114"/>
        <source>Moje wpisy</source>
        <translation>My entries</translation>
    </message>
    <message>
        <location filename="../ops_desktop/ui/social_work/log_page.py" line="115"/>
        <source>&amp;Popraw wpis</source>
        <translation>&amp;Correct entry</translation>
    </message>
    <message>
        <location filename="../ops_desktop/ui/social_work/log_page.py" line="116"/>
        <source>&amp;Wycofaj wpis</source>
        <translation>&amp;Withdraw entry</translation>
    </message>
    <message>
        <location filename="../ops_desktop/ui/social_work/log_page.py" line="120"/>
        <source>Miesią&amp;c:</source>
        <translation>Mont&amp;h:</translation>
    </message>
    <message>
        <location filename="../ops_desktop/ui/social_work/log_page.py" line="137"/>
        <source>Data</source>
        <translation>Date</translation>
    </message>
    <message>
        <location filename="../ops_desktop/ui/social_work/log_page.py" line="138"/>
        <source>Sprawa</source>
        <translation>Case</translation>
    </message>
    <message>
        <location filename="../ops_desktop/ui/social_work/log_page.py" line="139"/>
        <source>Osoba / rodzina</source>
        <translation>Person / family</translation>
    </message>
    <message>
        <location filename="../ops_desktop/ui/social_work/log_page.py" line="140"/>
        <source> (z rodziną)</source>
        <translation> (with the family)</translation>
    </message>
    <message>
        <location filename="../ops_desktop/ui/social_work/log_page.py" line="141"/>
        <source>Rodzaj</source>
        <translation>Kind</translation>
    </message>
    <message>
        <location filename="../ops_desktop/ui/social_work/log_page.py" line="142"/>
        <source>Minuty</source>
        <translation>Minutes</translation>
    </message>
    <message>
        <location filename="../ops_desktop/ui/social_work/log_page.py" line="144"/>
        <source>Notatka</source>
        <translation>Note</translation>
    </message>
    <message>
        <location filename="../ops_desktop/ui/social_work/log_page.py" line="174"/>
        <source>Wpisy: %1, razem %2 min</source>
        <translation>Entries: %1, %2 min in total</translation>
    </message>
    <message>
        <location filename="../ops_desktop/ui/social_work/log_page.py" line="176"/>
        <source> (w pokazanych)</source>
        <translation> (among those shown)</translation>
    </message>
    <message>
        <location filename="../ops_desktop/ui/social_work/log_page.py" line="187"/>
        <source>Poprawić lub wycofać można tylko własny wpis w dniu jego dodania.</source>
        <translation>Only one&apos;s own entry can be corrected or withdrawn, on the day it was added.</translation>
    </message>
    <message>
        <location filename="../ops_desktop/ui/social_work/log_page.py" line="204"/>
        <source>Wybierz sprawę – nie masz otwartych spraw.</source>
        <translation>Choose a case – you have no open cases.</translation>
    </message>
    <message>
        <location filename="../ops_desktop/ui/social_work/log_page.py" line="234"/>
        <source>Poprawa wpisu z %1</source>
        <translation>Correcting the entry of %1</translation>
    </message>
    <message>
        <location filename="../ops_desktop/ui/social_work/log_page.py" line="236"/>
        <source>&amp;Zapisz poprawkę</source>
        <translation>&amp;Save correction</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../ops_desktop/ui/main_window.py" line="94"/>
        <source>%1 – %2</source>
        <translation>%1 – %2</translation>
    </message>
    <message>
        <location filename="../ops_desktop/ui/main_window.py" line="125"/>
        <source>Zalogowano: %1 (%2)</source>
        <translation>Logged in: %1 (%2)</translation>
    </message>
    <message>
        <location filename="../ops_desktop/ui/main_window.py" line="147"/>
        <source>&amp;Plik</source>
        <translation>&amp;File</translation>
    </message>
    <message>
        <location filename="../ops_desktop/ui/main_window.py" line="148"/>
        <source>&amp;Synchronizuj teraz</source>
        <translation>&amp;Synchronise now</translation>
    </message>
    <message>
        <location filename="../ops_desktop/ui/main_window.py" line="151"/>
        <source>Wymień zmiany z innymi komputerami biura teraz</source>
        <translation>Exchange changes with the office&apos;s other PCs now</translation>
    </message>
    <message>
        <location filename="../ops_desktop/ui/main_window.py" line="158"/>
        <source>Wymiana przez &amp;pendrive…</source>
        <translation>Exchange by &amp;USB stick…</translation>
    </message>
    <message>
        <location filename="../ops_desktop/ui/main_window.py" line="161"/>
        <source>Skopiuj pliki wymiany między folderem biura a pendrive&apos;em laptopa z terenu</source>
        <translation>Copy the exchange files between the office&apos;s folder and a field laptop&apos;s USB stick</translation>
    </message>
    <message>
        <location filename="../ops_desktop/ui/main_window.py" line="165"/>
        <source>&amp;Zakończ</source>
        <translation>E&amp;xit</translation>
    </message>
    <message>
        <location filename="../ops_desktop/ui/main_window.py" line="169"/>
        <source>&amp;Konto</source>
        <translation>&amp;Account</translation>
    </message>
    <message>
        <location filename="../ops_desktop/ui/main_window.py" line="170"/>
        <source>Zmień &amp;hasło…</source>
        <translation>Change &amp;password…</translation>
    </message>
    <message>
        <location filename="../ops_desktop/ui/main_window.py" line="173"/>
        <source>&amp;Zablokuj</source>
        <translation>&amp;Lock</translation>
    </message>
    <message>
        <location filename="../ops_desktop/ui/main_window.py" line="179"/>
        <source>Zmień &amp;użytkownika…</source>
        <translation>Switch &amp;user…</translation>
    </message>
    <message>
        <location filename="../ops_desktop/ui/main_window.py" line="180"/>
        <source>&amp;Wyloguj</source>
        <translation>Sign &amp;out</translation>
    </message>
    <message>
        <location filename="../ops_desktop/ui/main_window.py" line="191"/>
        <source>Pomo&amp;c</source>
        <translation>&amp;Help</translation>
    </message>
    <message>
        <location filename="../ops_desktop/ui/main_window.py" line="192"/>
        <source>O programie</source>
        <translation>About</translation>
    </message>
    <message>
        <location filename="../ops_desktop/ui/main_window.py" line="210"/>
        <source>Hasło zostało zmienione.</source>
        <translation>The password has been changed.</translation>
    </message>
    <message>
        <location filename="../ops_desktop/ui/main_window.py" line="252"/>
        <source>Twoje uprawnienia zmieniły się – zaloguj się ponownie (Konto → Wyloguj). Otwarte formularze nie zostaną zapisane przed ponownym zalogowaniem.</source>
        <translation>Your permissions have changed – sign in again (Account → Sign out). Open forms cannot be saved before you sign in again.</translation>
    </message>
    <message>
        <location filename="../ops_desktop/ui/main_window.py" line="256"/>
        <source>Twoje uprawnienia zmieniły się – okno otworzy się ponownie z nowymi uprawnieniami.</source>
        <translation>Your permissions have changed – the window will open again with the new permissions.</translation>
    </message>
</context>
<context>
    <name>MealDecisionDialog</name>
    <message>
        <location filename="../ops_desktop/ui/services_team/meal_dialog.py" line="47"/>
        <source>Decyzja o przyznaniu posiłku</source>
        <translation>Decision granting meals</translation>
    </message>
    <message>
        <location filename="../ops_desktop/ui/services_team/meal_dialog.py" line="49"/>
        <source>Sprawa zespołu usług</source>
        <translation>Services team case</translation>
    </message>
    <message>
        <location filename="../ops_desktop/ui/services_team/meal_dialog.py" line="51"/>
        <source>Kto otrzymuje posiłek</source>
        <translation>Who receives the meals</translation>
    </message>
    <message>
        <location filename="../ops_desktop/ui/services_team/meal_dialog.py" line="52"/>
        <source>Wywiad środowiskowy</source>
        <translation>Family interview</translation>
    </message>
    <message>
        <location filename="../ops_desktop/ui/services_team/meal_dialog.py" line="54"/>
        <source>Rodzaj posiłku</source>
        <translation>Kind of meal</translation>
    </message>
    <message>
        <location filename="../ops_desktop/ui/services_team/meal_dialog.py" line="56"/>
        <source>Miejsce wydawania posiłku</source>
        <translation>Where the meals are served</translation>
    </message>
    <message>
        <location filename="../ops_desktop/ui/services_team/meal_dialog.py" line="57"/>
        <source>szkoła, stołówka albo wykonawca</source>
        <translation>school, canteen or provider</translation>
    </message>
    <message>
        <location filename="../ops_desktop/ui/services_team/meal_dialog.py" line="59"/>
        <source>Data decyzji</source>
        <translation>Decision date</translation>
    </message>
    <message>
        <location filename="../ops_desktop/ui/services_team/meal_dialog.py" line="61"/>
        <source>Posiłek od</source>
        <translation>Meals from</translation>
    </message>
    <message>
        <location filename="../ops_desktop/ui/services_team/meal_dialog.py" line="62"/>
        <source>Posiłek do</source>
        <translation>Meals until</translation>
    </message>
    <message>
        <location filename="../ops_desktop/ui/services_team/meal_dialog.py" line="63"/>
        <source>Liczba dni wydawania</source>
        <translation>Number of days served</translation>
    </message>
    <message>
        <location filename="../ops_desktop/ui/services_team/meal_dialog.py" line="64"/>
        <source>Posiłki dziennie</source>
        <translation>Meals a day</translation>
    </message>
    <message>
        <location filename="../ops_desktop/ui/services_team/meal_dialog.py" line="65"/>
        <source>Koszt jednego posiłku (zł)</source>
        <translation>Price of one meal (PLN)</translation>
    </message>
    <message>
        <location filename="../ops_desktop/ui/services_team/meal_dialog.py" line="66"/>
        <source>Dochód rodziny (zł)</source>
        <translation>Household income (PLN)</translation>
    </message>
    <message>
        <location filename="../ops_desktop/ui/services_team/meal_dialog.py" line="68"/>
        <source>Liczba osób w rodzinie</source>
        <translation>Number of persons in the family</translation>
    </message>
    <message>
        <location filename="../ops_desktop/ui/services_team/meal_dialog.py" line="69"/>
        <source>Uzasadnienie</source>
        <translation>Reasoning</translation>
    </message>
    <message>
        <location filename="../ops_desktop/ui/services_team/meal_dialog.py" line="70"/>
        <source>Posiłki i koszt</source>
        <translation>Meals and cost</translation>
    </message>
    <message>
        <location filename="../ops_desktop/ui/services_team/meal_dialog.py" line="71"/>
        <source>&amp;Zapisz projekt</source>
        <translation>&amp;Save draft</translation>
    </message>
    <message>
        <location filename="../ops_desktop/ui/services_team/meal_dialog.py" line="74"/>
        <source>&amp;Sprawa:</source>
        <translation>&amp;Case:</translation>
    </message>
    <message>
        <location filename="../ops_desktop/ui/services_team/meal_dialog.py" line="75"/>
        <source>&amp;Kto otrzymuje:</source>
        <translation>&amp;Receives:</translation>
    </message>
    <message>
        <location filename="../ops_desktop/ui/services_team/meal_dialog.py" line="76"/>
        <source>&amp;Wywiad:</source>
        <translation>&amp;Interview:</translation>
    </message>
    <message>
        <location filename="../ops_desktop/ui/services_team/meal_dialog.py" line="77"/>
        <source>&amp;Rodzaj:</source>
        <translation>&amp;Kind:</translation>
    </message>
    <message>
        <location filename="../ops_desktop/ui/services_team/meal_dialog.py" line="78"/>
        <source>&amp;Miejsce:</source>
        <translation>&amp;Place:</translation>
    </message>
    <message>
        <location filename="../ops_desktop/ui/services_team/meal_dialog.py" line="79"/>
        <source>&amp;Data decyzji:</source>
        <translation>&amp;Decision date:</translation>
    </message>
    <message>
        <location filename="../ops_desktop/ui/services_team/meal_dialog.py" line="80"/>
        <source>Posiłek &amp;od:</source>
        <translation>Meals &amp;from:</translation>
    </message>
    <message>
        <location filename="../ops_desktop/ui/services_team/meal_dialog.py" line="81"/>
        <source>Posiłek d&amp;o:</source>
        <translation>Meals &amp;until:</translation>
    </message>
    <message>
        <location filename="../ops_desktop/ui/services_team/meal_dialog.py" line="82"/>
        <source>Liczba d&amp;ni:</source>
        <translation>&amp;Days:</translation>
    </message>
    <message>
        <location filename="../ops_desktop/ui/services_team/meal_dialog.py" line="83"/>
        <source>Posiłki d&amp;ziennie:</source>
        <translation>Meals a da&amp;y:</translation>
    </message>
    <message>
        <location filename="../ops_desktop/ui/services_team/meal_dialog.py" line="84"/>
        <source>&amp;Koszt posiłku (zł):</source>
        <translation>&amp;Price of a meal (PLN):</translation>
    </message>
    <message>
        <location filename="../ops_desktop/ui/services_team/meal_dialog.py" line="85"/>
        <source>Dochód r&amp;odziny (zł):</source>
        <translation>Household inc&amp;ome (PLN):</translation>
    </message>
    <message>
        <location filename="../ops_desktop/ui/services_team/meal_dialog.py" line="86"/>
        <source>Liczba osó&amp;b w rodzinie:</source>
        <translation>Household si&amp;ze:</translation>
    </message>
    <message>
        <location filename="../ops_desktop/ui/services_team/meal_dialog.py" line="87"/>
        <source>&amp;Uzasadnienie:</source>
        <translation>&amp;Reasoning:</translation>
    </message>
    <message>
        <location filename="../ops_desktop/ui/services_team/meal_dialog.py" line="89"/>
        <source>Posiłek przyznaje się decyzją po wywiadzie środowiskowym; nieodpłatnie, gdy dochód nie przekracza progu programu „Posiłek w szkole i w domu”. Projekt podpisuje kierownik.</source>
        <translation>Meals are granted by a decision after a family interview; free of charge when the income does not exceed the threshold of the &quot;Meals at school and at home&quot; programme. The head signs the draft.</translation>
    </message>
    <message>
        <location filename="../ops_desktop/ui/services_team/meal_dialog.py" line="113"/>
        <source>zakończony, przeprowadzony %1</source>
        <translation>completed, conducted %1</translation>
    </message>
    <message>
        <location filename="../ops_desktop/ui/services_team/meal_dialog.py" line="114"/>
        <source>w toku (szkic)</source>
        <translation>in progress (draft)</translation>
    </message>
    <message>
        <location filename="../ops_desktop/ui/services_team/meal_dialog.py" line="143"/>
        <source>Do ustalenia: %1</source>
        <translation>Still to settle: %1</translation>
    </message>
    <message>
        <location filename="../ops_desktop/ui/services_team/meal_dialog.py" line="149"/>
        <source>%1 posiłków × %2 = %3. Dochód na osobę %4, próg %5: </source>
        <translation>%1 meals × %2 = %3. Income per person %4, threshold %5: </translation>
    </message>
    <message>
        <location filename="../ops_desktop/ui/services_team/meal_dialog.py" line="153"/>
        <source>nieodpłatnie (koszt pokrywa ośrodek).</source>
        <translation>free of charge (the centre pays).</translation>
    </message>
    <message>
        <location filename="../ops_desktop/ui/services_team/meal_dialog.py" line="154"/>
        <source>odpłatnie.</source>
        <translation>paid by the party.</translation>
    </message>
    <message>
        <location filename="../ops_desktop/ui/services_team/meal_dialog.py" line="158"/>
        <source>Brak otwartej sprawy zespołu usług.</source>
        <translation>No open case of the services team.</translation>
    </message>
</context>
<context>
    <name>MealPage</name>
    <message>
        <location filename="../ops_desktop/ui/services_team/meal_page.py" line="50"/>
        <source>Numer</source>
        <translation>Number</translation>
    </message>
    <message>
        <location filename="../ops_desktop/ui/services_team/meal_page.py" line="51"/>
        <source>Strona</source>
        <translation>Party</translation>
    </message>
    <message>
        <location filename="../ops_desktop/ui/services_team/meal_page.py" line="52"/>
        <source>Otrzymuje</source>
        <translation>Receives</translation>
    </message>
    <message>
        <location filename="../ops_desktop/ui/services_team/meal_page.py" line="53"/>
        <source>Znak sprawy</source>
        <translation>Case sign</translation>
    </message>
    <message>
        <location filename="../ops_desktop/ui/services_team/meal_page.py" line="54"/>
        <source>Rodzaj</source>
        <translation>Kind</translation>
    </message>
    <message>
        <location filename="../ops_desktop/ui/services_team/meal_page.py" line="55"/>
        <source>Miejsce</source>
        <translation>Place</translation>
    </message>
    <message>
        <location filename="../ops_desktop/ui/services_team/meal_page.py" line="56"/>
        <source>Okres</source>
        <translation>Period</translation>
    </message>
    <message>
        <location filename="../ops_desktop/ui/services_team/meal_page.py" line="58"/>
        <source>Przyznano</source>
        <translation>Granted</translation>
    </message>
    <message>
        <location filename="../ops_desktop/ui/services_team/meal_page.py" line="60"/>
        <source>Wydano</source>
        <translation>Served</translation>
    </message>
    <message>
        <location filename="../ops_desktop/ui/services_team/meal_page.py" line="62"/>
        <source>Koszt</source>
        <translation>Cost</translation>
    </message>
    <message>
        <location filename="../ops_desktop/ui/services_team/meal_page.py" line="64"/>
        <source>Odpłatność</source>
        <translation>Fee</translation>
    </message>
    <message>
        <location filename="../ops_desktop/ui/services_team/meal_page.py" line="64"/>
        <source>nieodpłatnie</source>
        <translation>free of charge</translation>
    </message>
    <message>
        <location filename="../ops_desktop/ui/services_team/meal_page.py" line="65"/>
        <source>odpłatnie</source>
        <translation>paid</translation>
    </message>
    <message>
        <location filename="../ops_desktop/ui/services_team/meal_page.py" line="66"/>
        <source>Stan</source>
        <translation>State</translation>
    </message>
    <message>
        <location filename="../ops_desktop/ui/services_team/meal_page.py" line="66"/>
        <source>podpisana</source>
        <translation>signed</translation>
    </message>
    <message>
        <location filename="../ops_desktop/ui/services_team/meal_page.py" line="67"/>
        <source>projekt</source>
        <translation>draft</translation>
    </message>
    <message>
        <location filename="../ops_desktop/ui/services_team/meal_page.py" line="70"/>
        <source>Decyzje o przyznaniu posiłku</source>
        <translation>Decisions granting meals</translation>
    </message>
    <message>
        <location filename="../ops_desktop/ui/services_team/meal_page.py" line="74"/>
        <source>&amp;Nowa decyzja…</source>
        <translation>&amp;New decision…</translation>
    </message>
    <message>
        <location filename="../ops_desktop/ui/services_team/meal_page.py" line="77"/>
        <source>&amp;Podpisz</source>
        <translation>&amp;Sign</translation>
    </message>
    <message>
        <location filename="../ops_desktop/ui/services_team/meal_page.py" line="79"/>
        <source>D&amp;rukuj decyzję</source>
        <translation>&amp;Print decision</translation>
    </message>
    <message>
        <location filename="../ops_desktop/ui/services_team/meal_page.py" line="90"/>
        <location filename="../ops_desktop/ui/services_team/meal_page.py" line="102"/>
        <source>Miesiąc</source>
        <translation>Month</translation>
    </message>
    <message>
        <location filename="../ops_desktop/ui/services_team/meal_page.py" line="91"/>
        <location filename="../ops_desktop/ui/services_team/meal_page.py" line="104"/>
        <source>Wydane posiłki</source>
        <translation>Meals served</translation>
    </message>
    <message>
        <location filename="../ops_desktop/ui/services_team/meal_page.py" line="94"/>
        <source>Koszt ośrodka</source>
        <translation>Centre&apos;s cost</translation>
    </message>
    <message>
        <location filename="../ops_desktop/ui/services_team/meal_page.py" line="95"/>
        <source>odpłatny – brak danych</source>
        <translation>paid – no data</translation>
    </message>
    <message>
        <location filename="../ops_desktop/ui/services_team/meal_page.py" line="100"/>
        <source>Posiłki wydane w miesiącach</source>
        <translation>Meals served by month</translation>
    </message>
    <message>
        <location filename="../ops_desktop/ui/services_team/meal_page.py" line="107"/>
        <source>&amp;Zapisz miesiąc</source>
        <translation>&amp;Save month</translation>
    </message>
    <message>
        <location filename="../ops_desktop/ui/services_team/meal_page.py" line="111"/>
        <source>Miesiąc:</source>
        <translation>Month:</translation>
    </message>
    <message>
        <location filename="../ops_desktop/ui/services_team/meal_page.py" line="113"/>
        <source>Wydane posiłki:</source>
        <translation>Meals served:</translation>
    </message>
    <message>
        <location filename="../ops_desktop/ui/services_team/meal_page.py" line="117"/>
        <source>Posiłki wydane (według szkoły lub stołówki)</source>
        <translation>Meals served (as the school or canteen reported)</translation>
    </message>
</context>
<context>
    <name>MemberRow</name>
    <message>
        <location filename="../ops_desktop/ui/first_contact/person_form.py" line="76"/>
        <source>11 cyfr</source>
        <translation>11 digits</translation>
    </message>
    <message>
        <location filename="../ops_desktop/ui/first_contact/person_form.py" line="80"/>
        <source>Usuń</source>
        <translation>Remove</translation>
    </message>
    <message>
        <location filename="../ops_desktop/ui/first_contact/person_form.py" line="103"/>
        <source>Członek %1 – stopień pokrewieństwa</source>
        <translation>Member %1 – relationship</translation>
    </message>
    <message>
        <location filename="../ops_desktop/ui/first_contact/person_form.py" line="104"/>
        <source>Członek %1 – imię</source>
        <translation>Member %1 – first name</translation>
    </message>
    <message>
        <location filename="../ops_desktop/ui/first_contact/person_form.py" line="105"/>
        <source>Członek %1 – nazwisko</source>
        <translation>Member %1 – surname</translation>
    </message>
    <message>
        <location filename="../ops_desktop/ui/first_contact/person_form.py" line="106"/>
        <source>Członek %1 – PESEL</source>
        <translation>Member %1 – PESEL</translation>
    </message>
    <message>
        <location filename="../ops_desktop/ui/first_contact/person_form.py" line="107"/>
        <source>Członek %1 – rodzaj dokumentu</source>
        <translation>Member %1 – document type</translation>
    </message>
    <message>
        <location filename="../ops_desktop/ui/first_contact/person_form.py" line="108"/>
        <source>Członek %1 – numer dokumentu</source>
        <translation>Member %1 – document number</translation>
    </message>
    <message>
        <location filename="../ops_desktop/ui/first_contact/person_form.py" line="109"/>
        <source>Członek %1 – data urodzenia</source>
        <translation>Member %1 – date of birth</translation>
    </message>
    <message>
        <location filename="../ops_desktop/ui/first_contact/person_form.py" line="119"/>
        <source>Usuń członka %1</source>
        <translation>Remove member %1</translation>
    </message>
</context>
<context>
    <name>Mrpips03Dialog</name>
    <message>
        <location filename="../ops_desktop/ui/coordinator/mrpips03.py" line="74"/>
        <source>Sprawozdanie MRPiPS-03 – %1</source>
        <translation>MRPiPS-03 report – %1</translation>
    </message>
    <message>
        <location filename="../ops_desktop/ui/coordinator/mrpips03.py" line="77"/>
        <source>Obliczanie…</source>
        <translation>Computing…</translation>
    </message>
    <message>
        <location filename="../ops_desktop/ui/coordinator/mrpips03.py" line="87"/>
        <source>Pokaż &amp;sprawy</source>
        <translation>Show &amp;cases</translation>
    </message>
    <message>
        <location filename="../ops_desktop/ui/coordinator/mrpips03.py" line="89"/>
        <source>Zapisz &amp;XLSX…</source>
        <translation>Save &amp;XLSX…</translation>
    </message>
    <message>
        <location filename="../ops_desktop/ui/coordinator/mrpips03.py" line="91"/>
        <source>Zapisz &amp;CSV…</source>
        <translation>Save &amp;CSV…</translation>
    </message>
    <message>
        <location filename="../ops_desktop/ui/coordinator/mrpips03.py" line="93"/>
        <source>&amp;Drukuj / zapisz PDF…</source>
        <translation>&amp;Print / save PDF…</translation>
    </message>
    <message>
        <location filename="../ops_desktop/ui/coordinator/mrpips03.py" line="119"/>
        <source>Obliczanie sprawozdania MRPiPS-03…</source>
        <translation>Computing the MRPiPS-03 report…</translation>
    </message>
    <message>
        <location filename="../ops_desktop/ui/coordinator/mrpips03.py" line="124"/>
        <source>Obliczanie anulowano.</source>
        <translation>Computing was cancelled.</translation>
    </message>
    <message>
        <location filename="../ops_desktop/ui/coordinator/mrpips03.py" line="127"/>
        <source>Okres: %1 (obliczono %2). Dwukrotne kliknięcie wiersza pokazuje sprawy, z których policzono jego liczby.</source>
        <translation>Period: %1 (computed %2). Double-click a row to see the cases its figures were counted from.</translation>
    </message>
    <message>
        <location filename="../ops_desktop/ui/coordinator/mrpips03.py" line="134"/>
        <source>Dział %1</source>
        <translation>Division %1</translation>
    </message>
    <message>
        <location filename="../ops_desktop/ui/coordinator/mrpips03.py" line="141"/>
        <source>Wiersz</source>
        <translation>Row</translation>
    </message>
    <message>
        <location filename="../ops_desktop/ui/coordinator/mrpips03.py" line="142"/>
        <source>Wyszczególnienie</source>
        <translation>Item</translation>
    </message>
    <message>
        <location filename="../ops_desktop/ui/coordinator/mrpips03.py" line="166"/>
        <source>Osoby</source>
        <translation>Persons</translation>
    </message>
    <message>
        <location filename="../ops_desktop/ui/coordinator/mrpips03.py" line="166"/>
        <source>Świadczenia</source>
        <translation>Benefits</translation>
    </message>
    <message>
        <location filename="../ops_desktop/ui/coordinator/mrpips03.py" line="167"/>
        <source>Kwota</source>
        <translation>Amount</translation>
    </message>
    <message>
        <location filename="../ops_desktop/ui/coordinator/mrpips03.py" line="167"/>
        <source>Rodziny</source>
        <translation>Families</translation>
    </message>
    <message>
        <location filename="../ops_desktop/ui/coordinator/mrpips03.py" line="168"/>
        <source>Osoby w rodzinach</source>
        <translation>Persons in families</translation>
    </message>
    <message>
        <location filename="../ops_desktop/ui/coordinator/mrpips03.py" line="168"/>
        <source>Rodziny – wieś</source>
        <translation>Families – rural</translation>
    </message>
    <message>
        <location filename="../ops_desktop/ui/coordinator/mrpips03.py" line="169"/>
        <source>Osoby w rodzinach – wieś</source>
        <translation>Persons in families – rural</translation>
    </message>
    <message>
        <location filename="../ops_desktop/ui/coordinator/mrpips03.py" line="170"/>
        <source>Kontrakty</source>
        <translation>Contracts</translation>
    </message>
    <message>
        <location filename="../ops_desktop/ui/coordinator/mrpips03.py" line="187"/>
        <source>Zaznacz wiersz tabeli.</source>
        <translation>Select a row of the table.</translation>
    </message>
    <message>
        <location filename="../ops_desktop/ui/coordinator/mrpips03.py" line="190"/>
        <source>Tego wiersza program nie liczy: %1.</source>
        <translation>The program does not count this row: %1.</translation>
    </message>
    <message>
        <location filename="../ops_desktop/ui/coordinator/mrpips03.py" line="193"/>
        <source>Sprawy za %1: %2 %3</source>
        <translation>Cases for %1: %2 %3</translation>
    </message>
    <message>
        <location filename="../ops_desktop/ui/coordinator/mrpips03.py" line="211"/>
        <source>Zapisz sprawozdanie MRPiPS-03</source>
        <translation>Save the MRPiPS-03 report</translation>
    </message>
    <message>
        <location filename="../ops_desktop/ui/coordinator/mrpips03.py" line="214"/>
        <source>Zapisywanie sprawozdania…</source>
        <translation>Saving the report…</translation>
    </message>
    <message>
        <location filename="../ops_desktop/ui/coordinator/mrpips03.py" line="227"/>
        <source>Zapis anulowano.</source>
        <translation>Saving was cancelled.</translation>
    </message>
    <message>
        <location filename="../ops_desktop/ui/coordinator/mrpips03.py" line="231"/>
        <source>Zapisano: %1</source>
        <translation>Saved: %1</translation>
    </message>
    <message>
        <location filename="../ops_desktop/ui/coordinator/mrpips03.py" line="233"/>
        <source>Przygotowanie wydruku…</source>
        <translation>Preparing the printout…</translation>
    </message>
</context>
<context>
    <name>MyCasesPage</name>
    <message>
        <location filename="../ops_desktop/ui/social_work/caseload_page.py" line="62"/>
        <source>Moje sprawy</source>
        <translation>My cases</translation>
    </message>
    <message>
        <location filename="../ops_desktop/ui/social_work/caseload_page.py" line="77"/>
        <source>Otwarte sprawy: %1; po terminie: %2</source>
        <translation>Open cases: %1; overdue: %2</translation>
    </message>
</context>
<context>
    <name>NewClaimDialog</name>
    <message>
        <location filename="../ops_desktop/ui/benefits/undue_claim_dialogs.py" line="72"/>
        <source>Nowa należność – decyzja o zwrocie</source>
        <translation>New claim – recovery decision</translation>
    </message>
    <message>
        <location filename="../ops_desktop/ui/benefits/undue_claim_dialogs.py" line="73"/>
        <source>Zwrot nienależnie pobranego świadczenia ustala decyzja (art. 104 ust. 3 u.p.s.) wydana po podpisanej decyzji zmieniającej albo uchylającej decyzję przyznającą świadczenie.</source>
        <translation>The return of an undue benefit is set by a decision (art. 104(3) of the Social Assistance Act) issued after a signed decision changing or revoking the granting decision.</translation>
    </message>
    <message>
        <location filename="../ops_desktop/ui/benefits/undue_claim_dialogs.py" line="78"/>
        <source>Decyzja zmieniająca albo uchylająca</source>
        <translation>Changing or revoking decision</translation>
    </message>
    <message>
        <location filename="../ops_desktop/ui/benefits/undue_claim_dialogs.py" line="80"/>
        <source>%1 – %2 z %3</source>
        <translation>%1 – %2 of %3</translation>
    </message>
    <message>
        <location filename="../ops_desktop/ui/benefits/undue_claim_dialogs.py" line="84"/>
        <source>Kwota do zwrotu w złotych</source>
        <translation>Amount to repay in zloty</translation>
    </message>
    <message>
        <location filename="../ops_desktop/ui/benefits/undue_claim_dialogs.py" line="85"/>
        <source>Data decyzji o zwrocie</source>
        <translation>Date of the recovery decision</translation>
    </message>
    <message>
        <location filename="../ops_desktop/ui/benefits/undue_claim_dialogs.py" line="86"/>
        <source>Termin zwrotu</source>
        <translation>Repay by</translation>
    </message>
    <message>
        <location filename="../ops_desktop/ui/benefits/undue_claim_dialogs.py" line="88"/>
        <source>Liczba rat</source>
        <translation>Number of instalments</translation>
    </message>
    <message>
        <location filename="../ops_desktop/ui/benefits/undue_claim_dialogs.py" line="90"/>
        <source>jednorazowo</source>
        <translation>in one payment</translation>
    </message>
    <message>
        <location filename="../ops_desktop/ui/benefits/undue_claim_dialogs.py" line="92"/>
        <source>Termin pierwszej raty</source>
        <translation>First instalment due</translation>
    </message>
    <message>
        <location filename="../ops_desktop/ui/benefits/undue_claim_dialogs.py" line="94"/>
        <source>odroczyć do:</source>
        <translation>defer to:</translation>
    </message>
    <message>
        <location filename="../ops_desktop/ui/benefits/undue_claim_dialogs.py" line="95"/>
        <source>Odroczenie terminu zwrotu</source>
        <translation>Deferral of the deadline</translation>
    </message>
    <message>
        <location filename="../ops_desktop/ui/benefits/undue_claim_dialogs.py" line="96"/>
        <source>Odroczony termin zwrotu</source>
        <translation>Deferred deadline</translation>
    </message>
    <message>
        <location filename="../ops_desktop/ui/benefits/undue_claim_dialogs.py" line="98"/>
        <source>potrącać z bieżących wypłat (art. 104 ust. 2)</source>
        <translation>deduct from current payments (art. 104(2))</translation>
    </message>
    <message>
        <location filename="../ops_desktop/ui/benefits/undue_claim_dialogs.py" line="99"/>
        <source>Potrącanie z wypłat</source>
        <translation>Deduction from payments</translation>
    </message>
    <message>
        <location filename="../ops_desktop/ui/benefits/undue_claim_dialogs.py" line="100"/>
        <source>Uzasadnienie</source>
        <translation>Reasoning</translation>
    </message>
    <message>
        <location filename="../ops_desktop/ui/benefits/undue_claim_dialogs.py" line="102"/>
        <source>Fakty: kiedy i dlaczego świadczenie pobrano nienależnie, jak wyliczono kwotę</source>
        <translation>Facts: when and why the benefit was received unduly, how the amount was computed</translation>
    </message>
    <message>
        <location filename="../ops_desktop/ui/benefits/undue_claim_dialogs.py" line="107"/>
        <source>&amp;Po decyzji:</source>
        <translation>&amp;After decision:</translation>
    </message>
    <message>
        <location filename="../ops_desktop/ui/benefits/undue_claim_dialogs.py" line="108"/>
        <source>&amp;Kwota (zł):</source>
        <translation>&amp;Amount (PLN):</translation>
    </message>
    <message>
        <location filename="../ops_desktop/ui/benefits/undue_claim_dialogs.py" line="109"/>
        <source>łącznie nienależnie pobrane</source>
        <translation>total received unduly</translation>
    </message>
    <message>
        <location filename="../ops_desktop/ui/benefits/undue_claim_dialogs.py" line="110"/>
        <source>&amp;Data decyzji:</source>
        <translation>&amp;Decision date:</translation>
    </message>
    <message>
        <location filename="../ops_desktop/ui/benefits/undue_claim_dialogs.py" line="111"/>
        <source>&amp;Termin zwrotu:</source>
        <translation>&amp;Repay by:</translation>
    </message>
    <message>
        <location filename="../ops_desktop/ui/benefits/undue_claim_dialogs.py" line="112"/>
        <source>&amp;Raty:</source>
        <translation>&amp;Instalments:</translation>
    </message>
    <message>
        <location filename="../ops_desktop/ui/benefits/undue_claim_dialogs.py" line="113"/>
        <source>&amp;Pierwsza rata:</source>
        <translation>&amp;First instalment:</translation>
    </message>
    <message>
        <location filename="../ops_desktop/ui/benefits/undue_claim_dialogs.py" line="114"/>
        <source>&amp;Odroczenie:</source>
        <translation>&amp;Deferral:</translation>
    </message>
    <message>
        <location filename="../ops_desktop/ui/benefits/undue_claim_dialogs.py" line="115"/>
        <source>Potrą&amp;cenie:</source>
        <translation>Dedu&amp;ction:</translation>
    </message>
    <message>
        <location filename="../ops_desktop/ui/benefits/undue_claim_dialogs.py" line="116"/>
        <source>&amp;Uzasadnienie:</source>
        <translation>&amp;Reasoning:</translation>
    </message>
    <message>
        <location filename="../ops_desktop/ui/benefits/undue_claim_dialogs.py" line="118"/>
        <source>&amp;Zapisz projekt</source>
        <translation>&amp;Save draft</translation>
    </message>
</context>
<context>
    <name>NewUserDialog</name>
    <message>
        <location filename="../ops_desktop/ui/admin/user_dialogs.py" line="79"/>
        <source>Nowy użytkownik</source>
        <translation>New user</translation>
    </message>
    <message>
        <location filename="../ops_desktop/ui/admin/user_dialogs.py" line="81"/>
        <source>Login</source>
        <translation>Username</translation>
    </message>
    <message>
        <location filename="../ops_desktop/ui/admin/user_dialogs.py" line="81"/>
        <source>np. jkowalska</source>
        <translation>e.g. jkowalska</translation>
    </message>
    <message>
        <location filename="../ops_desktop/ui/admin/user_dialogs.py" line="82"/>
        <source>Imię i nazwisko</source>
        <translation>Full name</translation>
    </message>
    <message>
        <location filename="../ops_desktop/ui/admin/user_dialogs.py" line="83"/>
        <source>Stanowisko</source>
        <translation>Job title</translation>
    </message>
    <message>
        <location filename="../ops_desktop/ui/admin/user_dialogs.py" line="85"/>
        <source>Hasło tymczasowe</source>
        <translation>Temporary password</translation>
    </message>
    <message>
        <location filename="../ops_desktop/ui/admin/user_dialogs.py" line="86"/>
        <source>Powtórz hasło</source>
        <translation>Repeat password</translation>
    </message>
    <message>
        <location filename="../ops_desktop/ui/admin/user_dialogs.py" line="87"/>
        <source>&amp;Utwórz konto</source>
        <translation>&amp;Create account</translation>
    </message>
    <message>
        <location filename="../ops_desktop/ui/admin/user_dialogs.py" line="91"/>
        <source>&amp;Login:</source>
        <translation>&amp;Username:</translation>
    </message>
    <message>
        <location filename="../ops_desktop/ui/admin/user_dialogs.py" line="92"/>
        <source>&amp;Imię i nazwisko:</source>
        <translation>&amp;Full name:</translation>
    </message>
    <message>
        <location filename="../ops_desktop/ui/admin/user_dialogs.py" line="94"/>
        <source>&amp;Stanowisko:</source>
        <translation>&amp;Job title:</translation>
    </message>
    <message>
        <location filename="../ops_desktop/ui/admin/user_dialogs.py" line="96"/>
        <source>&amp;Role:</source>
        <translation>&amp;Roles:</translation>
    </message>
    <message>
        <location filename="../ops_desktop/ui/admin/user_dialogs.py" line="98"/>
        <source>&amp;Hasło tymczasowe:</source>
        <translation>&amp;Temporary password:</translation>
    </message>
    <message>
        <location filename="../ops_desktop/ui/admin/user_dialogs.py" line="100"/>
        <source>Po&amp;wtórz hasło:</source>
        <translation>Re&amp;peat password:</translation>
    </message>
    <message>
        <location filename="../ops_desktop/ui/admin/user_dialogs.py" line="104"/>
        <source>Co najmniej 10 znaków, bez loginu. Przekaż hasło osobiście – przy pierwszym logowaniu użytkownik musi je zmienić.</source>
        <translation>At least 10 characters, not containing the username. Hand the password over in person – the user must change it at the first sign-in.</translation>
    </message>
</context>
<context>
    <name>NoteDialog</name>
    <message>
        <location filename="../ops_desktop/ui/social_work/note_dialog.py" line="36"/>
        <source>Nowa notatka</source>
        <translation>New note</translation>
    </message>
    <message>
        <location filename="../ops_desktop/ui/social_work/note_dialog.py" line="36"/>
        <source>Poprawa notatki</source>
        <translation>Correcting a note</translation>
    </message>
    <message>
        <location filename="../ops_desktop/ui/social_work/note_dialog.py" line="38"/>
        <source>Rodzaj notatki</source>
        <translation>Type of note</translation>
    </message>
    <message>
        <location filename="../ops_desktop/ui/social_work/note_dialog.py" line="40"/>
        <source>Data zdarzenia</source>
        <translation>Date of event</translation>
    </message>
    <message>
        <location filename="../ops_desktop/ui/social_work/note_dialog.py" line="42"/>
        <source>Treść notatki</source>
        <translation>Note text</translation>
    </message>
    <message>
        <location filename="../ops_desktop/ui/social_work/note_dialog.py" line="49"/>
        <source>&amp;Zapisz notatkę</source>
        <translation>&amp;Save note</translation>
    </message>
    <message>
        <location filename="../ops_desktop/ui/social_work/note_dialog.py" line="52"/>
        <source>Ctrl+Enter</source>
        <translation>Ctrl+Enter</translation>
    </message>
    <message>
        <location filename="../ops_desktop/ui/social_work/note_dialog.py" line="56"/>
        <source>&amp;Rodzaj:</source>
        <translation>&amp;Type:</translation>
    </message>
    <message>
        <location filename="../ops_desktop/ui/social_work/note_dialog.py" line="57"/>
        <source>&amp;Data zdarzenia:</source>
        <translation>&amp;Date of event:</translation>
    </message>
    <message>
        <location filename="../ops_desktop/ui/social_work/note_dialog.py" line="59"/>
        <source>&amp;Treść:</source>
        <translation>&amp;Content:</translation>
    </message>
    <message>
        <location filename="../ops_desktop/ui/social_work/note_dialog.py" line="61"/>
        <source>Sprawa %1 – %2 (założona %3)</source>
        <translation>Case %1 – %2 (opened %3)</translation>
    </message>
</context>
<context>
    <name>NotesPanel</name>
    <message>
        <location filename="../ops_desktop/ui/social_work/notes.py" line="72"/>
        <source>Data</source>
        <translation>Date</translation>
    </message>
    <message>
        <location filename="../ops_desktop/ui/social_work/notes.py" line="73"/>
        <source>Rodzaj</source>
        <translation>Type</translation>
    </message>
    <message>
        <location filename="../ops_desktop/ui/social_work/notes.py" line="74"/>
        <source>Autor</source>
        <translation>Author</translation>
    </message>
    <message>
        <location filename="../ops_desktop/ui/social_work/notes.py" line="75"/>
        <source>Treść</source>
        <translation>Text</translation>
    </message>
    <message>
        <location filename="../ops_desktop/ui/social_work/notes.py" line="77"/>
        <source>Notatki sprawy</source>
        <translation>Case notes</translation>
    </message>
    <message>
        <location filename="../ops_desktop/ui/social_work/notes.py" line="81"/>
        <source>&amp;Nowa notatka…</source>
        <translation>&amp;New note…</translation>
    </message>
    <message>
        <location filename="../ops_desktop/ui/social_work/notes.py" line="83"/>
        <source>Popra&amp;w treść…</source>
        <translation>&amp;Correct text…</translation>
    </message>
    <message>
        <location filename="../ops_desktop/ui/social_work/notes.py" line="85"/>
        <source>Notatkę poprawia tylko jej autor, w dniu jej sporządzenia.</source>
        <translation>A note can be corrected only by its author, on the day it was written.</translation>
    </message>
    <message>
        <location filename="../ops_desktop/ui/social_work/notes.py" line="86"/>
        <source>&amp;Kontrakt socjalny…</source>
        <translation>Social &amp;contract…</translation>
    </message>
    <message>
        <location filename="../ops_desktop/ui/social_work/notes.py" line="90"/>
        <source>Programy &amp;indywidualne…</source>
        <translation>&amp;Individual programmes…</translation>
    </message>
    <message>
        <location filename="../ops_desktop/ui/social_work/notes.py" line="93"/>
        <source>Plan pomocy z &amp;wywiadu…</source>
        <translation>Help plan from the &amp;interview…</translation>
    </message>
    <message>
        <location filename="../ops_desktop/ui/social_work/notes.py" line="103"/>
        <source>Niebieska Karta – dane szczególnie chronione. Nie udostępniaj poza zespołem i grupą diagnostyczno-pomocową.</source>
        <translation>Blue Card procedure – specially protected data. Do not share outside the team and the diagnostic and support group.</translation>
    </message>
    <message>
        <location filename="../ops_desktop/ui/social_work/notes.py" line="110"/>
        <source>Pełna treść notatki</source>
        <translation>Full text of the note</translation>
    </message>
    <message>
        <location filename="../ops_desktop/ui/social_work/notes.py" line="138"/>
        <source>Wybierz sprawę z listy, aby zobaczyć jej notatki.</source>
        <translation>Select a case from the list to see its notes.</translation>
    </message>
    <message>
        <location filename="../ops_desktop/ui/social_work/notes.py" line="145"/>
        <source>Notatki: %1 – %2 (%3)</source>
        <translation>Notes: %1 – %2 (%3)</translation>
    </message>
    <message>
        <location filename="../ops_desktop/ui/social_work/notes.py" line="179"/>
        <source>%1, %2 – %3; zapisano %4</source>
        <translation>%1, %2 – %3; written %4</translation>
    </message>
    <message>
        <location filename="../ops_desktop/ui/social_work/notes.py" line="183"/>
        <source> (poprawiona w dniu sporządzenia)</source>
        <translation> (corrected on the day it was written)</translation>
    </message>
</context>
<context>
    <name>OfficeForm</name>
    <message>
        <location filename="../ops_desktop/ui/office_form.py" line="29"/>
        <source>Folder wymiany</source>
        <translation>Exchange folder</translation>
    </message>
    <message>
        <location filename="../ops_desktop/ui/office_form.py" line="50"/>
        <source>Anuluj</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <location filename="../ops_desktop/ui/office_form.py" line="99"/>
        <source>To pole jest wymagane.</source>
        <translation>This field is required.</translation>
    </message>
</context>
<context>
    <name>OfficePage</name>
    <message>
        <location filename="../ops_desktop/ui/setup_wizard.py" line="36"/>
        <source>Nazwa ośrodka</source>
        <translation>Office name</translation>
    </message>
    <message>
        <location filename="../ops_desktop/ui/setup_wizard.py" line="37"/>
        <source>Adres ośrodka (ulica, kod i miejscowość – w osobnych wierszach)</source>
        <translation>Office address (street, postcode and town – on separate lines)</translation>
    </message>
    <message>
        <location filename="../ops_desktop/ui/setup_wizard.py" line="38"/>
        <source>Miejscowość (do daty na pismach)</source>
        <translation>Town (for the date on letters)</translation>
    </message>
    <message>
        <location filename="../ops_desktop/ui/setup_wizard.py" line="39"/>
        <source>Organ „z upoważnienia” (np. Burmistrza Miasta i Gminy Lipowiec, Wójta Gminy …)</source>
        <translation>Authority for “z upoważnienia” (by authorisation of; e.g. Burmistrza Miasta i Gminy Lipowiec, Wójta Gminy …)</translation>
    </message>
    <message>
        <location filename="../ops_desktop/ui/setup_wizard.py" line="40"/>
        <source>Samorządowe Kolegium Odwoławcze – nazwa</source>
        <translation>Local government appeal board (SKO) – name</translation>
    </message>
    <message>
        <location filename="../ops_desktop/ui/setup_wizard.py" line="41"/>
        <source>Adres SKO</source>
        <translation>SKO address</translation>
    </message>
    <message>
        <location filename="../ops_desktop/ui/setup_wizard.py" line="42"/>
        <source>Telefon</source>
        <translation>Phone</translation>
    </message>
    <message>
        <location filename="../ops_desktop/ui/setup_wizard.py" line="43"/>
        <source>E-mail</source>
        <translation>E-mail</translation>
    </message>
    <message>
        <location filename="../ops_desktop/ui/setup_wizard.py" line="60"/>
        <source>Dane ośrodka</source>
        <translation>Office details</translation>
    </message>
    <message>
        <location filename="../ops_desktop/ui/setup_wizard.py" line="61"/>
        <source>Drukowane na każdej decyzji. Można je później zmienić w zakładce administratora.</source>
        <translation>Printed on every decision. They can be changed later in the administrator tab.</translation>
    </message>
    <message>
        <location filename="../ops_desktop/ui/setup_wizard.py" line="67"/>
        <source>&amp;Dołącz do biura…</source>
        <translation>&amp;Join an office…</translation>
    </message>
    <message>
        <location filename="../ops_desktop/ui/setup_wizard.py" line="68"/>
        <source>Dołącz do biura</source>
        <translation>Join an office</translation>
    </message>
    <message>
        <location filename="../ops_desktop/ui/setup_wizard.py" line="70"/>
        <source>Ośrodek już pracuje w programie na innym komputerze i masz zaproszenie z kodem?</source>
        <translation>The centre already works with the program on another PC and you have an invitation with a code?</translation>
    </message>
</context>
<context>
    <name>OfficePanel</name>
    <message>
        <location filename="../ops_desktop/ui/admin/office_panel.py" line="38"/>
        <source>Usuń komputer z biura</source>
        <translation>Remove a PC from the office</translation>
    </message>
    <message>
        <location filename="../ops_desktop/ui/admin/office_panel.py" line="66"/>
        <source>&amp;Udostępnij biuro…</source>
        <translation>&amp;Share the office…</translation>
    </message>
    <message>
        <location filename="../ops_desktop/ui/admin/office_panel.py" line="70"/>
        <source>Ten komputer pracuje sam. Jeśli w ośrodku pracuje kilka komputerów bez serwera, udostępnij biuro: ten komputer zostanie pierwszym komputerem biura, a program zapisze zaproszenie, z którego dołączą pozostałe. Potrzebny jest folder wymiany widoczny ze wszystkich komputerów (udział sieciowy). Zmiany wędrują między komputerami same, co kilka sekund.</source>
        <translation>This PC works on its own. If the centre has several PCs without a server, share the office: this PC becomes the office&apos;s first PC and the program saves an invitation from which the others join. An exchange folder visible from every PC (a network share) is needed. Changes travel between the PCs by themselves, every few seconds.</translation>
    </message>
    <message>
        <location filename="../ops_desktop/ui/admin/office_panel.py" line="87"/>
        <source>Nr</source>
        <translation>No.</translation>
    </message>
    <message>
        <location filename="../ops_desktop/ui/admin/office_panel.py" line="87"/>
        <source>Komputer</source>
        <translation>PC</translation>
    </message>
    <message>
        <location filename="../ops_desktop/ui/admin/office_panel.py" line="88"/>
        <source>Ostatnio słychać</source>
        <translation>Last heard from</translation>
    </message>
    <message>
        <location filename="../ops_desktop/ui/admin/office_panel.py" line="89"/>
        <source>Pozostałe komputery biura</source>
        <translation>Other PCs of the office</translation>
    </message>
    <message>
        <location filename="../ops_desktop/ui/admin/office_panel.py" line="101"/>
        <source>&amp;Usuń komputer…</source>
        <translation>&amp;Remove PC…</translation>
    </message>
    <message>
        <location filename="../ops_desktop/ui/admin/office_panel.py" line="103"/>
        <source>&amp;Synchronizuj teraz</source>
        <translation>&amp;Synchronise now</translation>
    </message>
    <message>
        <location filename="../ops_desktop/ui/admin/office_panel.py" line="106"/>
        <source>&amp;Nowe zaproszenie…</source>
        <translation>&amp;New invitation…</translation>
    </message>
    <message>
        <location filename="../ops_desktop/ui/admin/office_panel.py" line="116"/>
        <source>Pozostałe komputery biura:</source>
        <translation>Other PCs of the office:</translation>
    </message>
    <message>
        <location filename="../ops_desktop/ui/admin/office_panel.py" line="121"/>
        <source>Komputer zgubiony, skradziony albo wycofany usuń z biura: pozostałe przestaną czytać jego pliki. „Brak wieści” – komputer nie zapisał nic w folderze wymiany od ponad 3 dni (np. laptop w terenie).</source>
        <translation>Remove a lost, stolen or retired PC from the office: the others stop reading its files. “No news” – the PC has written nothing into the exchange folder for over 3 days (e.g. a laptop in the field).</translation>
    </message>
    <message>
        <location filename="../ops_desktop/ui/admin/office_panel.py" line="138"/>
        <source>jeszcze nie było</source>
        <translation>not yet</translation>
    </message>
    <message>
        <location filename="../ops_desktop/ui/admin/office_panel.py" line="140"/>
        <source>Ten komputer: nr %1 „%2”
Folder wymiany: %3
Ostatnia wymiana: %4; zmian czeka na wysłanie: %5</source>
        <translation>This PC: no. %1 “%2”
Exchange folder: %3
Last exchange: %4; changes waiting to be sent: %5</translation>
    </message>
    <message>
        <location filename="../ops_desktop/ui/admin/office_panel.py" line="149"/>
        <source>brak wieści od ponad 3 dni</source>
        <translation>no news for over 3 days</translation>
    </message>
    <message>
        <location filename="../ops_desktop/ui/admin/office_panel.py" line="177"/>
        <source>Zaznacz komputer na liście.</source>
        <translation>Select a PC in the list.</translation>
    </message>
    <message>
        <location filename="../ops_desktop/ui/admin/office_panel.py" line="181"/>
        <source>Usunąć komputer nr %1 „%2” z biura?

Pozostałe komputery przestaną czytać jego pliki, a on sam przestanie wymieniać zmiany. Tego nie można cofnąć – komputer mógłby wrócić do biura tylko przez nowe dołączenie.</source>
        <translation>Remove PC no. %1 “%2” from the office?

The other PCs will stop reading its files, and it will stop exchanging changes. This cannot be undone – the PC could come back to the office only by joining anew.</translation>
    </message>
    <message>
        <location filename="../ops_desktop/ui/admin/office_panel.py" line="195"/>
        <source>Komputer nr %1 „%2” usunięto z biura. Pozostałe komputery dostaną nowy klucz biura przy najbliższej wymianie; usunięty komputer go nie dostanie.</source>
        <translation>PC no. %1 “%2” was removed from the office. The other PCs will receive a new office key at the next exchange; the removed PC will not.</translation>
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
    <name>OpenInterviewDialog</name>
    <message>
        <location filename="../ops_desktop/ui/social_work/interviews.py" line="57"/>
        <source>Aktualizacja wywiadu (część IV)</source>
        <translation>Interview update (Part IV)</translation>
    </message>
    <message>
        <location filename="../ops_desktop/ui/social_work/interviews.py" line="58"/>
        <source>Nowy wywiad środowiskowy</source>
        <translation>New family interview</translation>
    </message>
    <message>
        <location filename="../ops_desktop/ui/social_work/interviews.py" line="61"/>
        <source>Data powzięcia wiadomości o potrzebie wywiadu</source>
        <translation>Date the office learned that an interview is needed</translation>
    </message>
    <message>
        <location filename="../ops_desktop/ui/social_work/interviews.py" line="63"/>
        <source>&amp;Pilny (2 dni robocze)</source>
        <translation>&amp;Urgent (2 working days)</translation>
    </message>
    <message>
        <location filename="../ops_desktop/ui/social_work/interviews.py" line="64"/>
        <source>Wywiad pilny</source>
        <translation>Urgent interview</translation>
    </message>
    <message>
        <location filename="../ops_desktop/ui/social_work/interviews.py" line="66"/>
        <source>&amp;Wiadomość o potrzebie z dnia:</source>
        <translation>&amp;Need learned of on:</translation>
    </message>
    <message>
        <location filename="../ops_desktop/ui/social_work/interviews.py" line="69"/>
        <source>&amp;Otwórz wywiad</source>
        <translation>&amp;Open the interview</translation>
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
    <name>OrderDialog</name>
    <message>
        <location filename="../ops_desktop/ui/benefits/order_dialog.py" line="52"/>
        <source>Postanowienie – %1</source>
        <translation>Order – %1</translation>
    </message>
    <message>
        <location filename="../ops_desktop/ui/benefits/order_dialog.py" line="53"/>
        <source>%1 – %2, wniosek z %3. Postanowienie podpisuje osoba upoważniona, jak decyzję; na zawieszenie, odmowę wszczęcia i sprostowanie służy zażalenie w terminie 7 dni.</source>
        <translation>%1 – %2, application of %3. An order is signed by an authorised person, like a decision; a suspension, a refusal to open and a rectification can be challenged by a complaint within 7 days.</translation>
    </message>
    <message>
        <location filename="../ops_desktop/ui/benefits/order_dialog.py" line="63"/>
        <source>Rodzaj postanowienia</source>
        <translation>Kind of order</translation>
    </message>
    <message>
        <location filename="../ops_desktop/ui/benefits/order_dialog.py" line="69"/>
        <source>Prostowany akt</source>
        <translation>Act being corrected</translation>
    </message>
    <message>
        <location filename="../ops_desktop/ui/benefits/order_dialog.py" line="70"/>
        <source>– wybierz –</source>
        <translation>– choose –</translation>
    </message>
    <message>
        <location filename="../ops_desktop/ui/benefits/order_dialog.py" line="74"/>
        <source>%1 z %2</source>
        <translation>%1 of %2</translation>
    </message>
    <message>
        <location filename="../ops_desktop/ui/benefits/order_dialog.py" line="76"/>
        <source>Treść rozstrzygnięcia</source>
        <translation>Wording of the ruling</translation>
    </message>
    <message>
        <location filename="../ops_desktop/ui/benefits/order_dialog.py" line="77"/>
        <source>Uzasadnienie – fakty</source>
        <translation>Reasoning – facts</translation>
    </message>
    <message>
        <location filename="../ops_desktop/ui/benefits/order_dialog.py" line="78"/>
        <source>&amp;Zapisz projekt postanowienia</source>
        <translation>&amp;Save draft order</translation>
    </message>
    <message>
        <location filename="../ops_desktop/ui/benefits/order_dialog.py" line="81"/>
        <source>&amp;Rodzaj:</source>
        <translation>&amp;Kind:</translation>
    </message>
    <message>
        <location filename="../ops_desktop/ui/benefits/order_dialog.py" line="82"/>
        <source>&amp;Prostowany akt:</source>
        <translation>Act &amp;corrected:</translation>
    </message>
    <message>
        <location filename="../ops_desktop/ui/benefits/order_dialog.py" line="83"/>
        <source>&amp;Treść rozstrzygnięcia:</source>
        <translation>&amp;Ruling:</translation>
    </message>
    <message>
        <location filename="../ops_desktop/ui/benefits/order_dialog.py" line="84"/>
        <source>&amp;Uzasadnienie (fakty):</source>
        <translation>&amp;Reasoning (facts):</translation>
    </message>
    <message>
        <location filename="../ops_desktop/ui/benefits/order_dialog.py" line="109"/>
        <source>Przyczyna odmowy – dokończenie zdania „odmówić wszczęcia postępowania…, ponieważ …”.</source>
        <translation>Reason for refusal – completes the sentence &quot;refuse to open the proceedings…, because …&quot;.</translation>
    </message>
    <message>
        <location filename="../ops_desktop/ui/benefits/order_dialog.py" line="111"/>
        <source>Zagadnienie wstępne i organ albo sąd, który je rozstrzyga (art. 97 § 1 pkt 4 KPA).</source>
        <translation>The preliminary question and the authority or court deciding it (KPA art. 97 § 1 item 4).</translation>
    </message>
    <message>
        <location filename="../ops_desktop/ui/benefits/order_dialog.py" line="113"/>
        <source>Dlaczego przyczyna zawieszenia ustała – dokończenie zdania „…, ponieważ …”.</source>
        <translation>Why the reason for suspension ceased – completes the sentence &quot;…, because …&quot;.</translation>
    </message>
    <message>
        <location filename="../ops_desktop/ui/benefits/order_dialog.py" line="115"/>
        <source>Co się prostuje i jak brzmi po sprostowaniu, np. „w miejsce słów … wpisuje się …”.</source>
        <translation>What is corrected and how it reads afterwards, e.g. &quot;the words … are replaced by …&quot;.</translation>
    </message>
    <message>
        <location filename="../ops_desktop/ui/benefits/order_dialog.py" line="121"/>
        <source>Podstawa prawna i brzmienie tego postanowienia (%1) są w danych oznaczone jako do potwierdzenia przez radcę prawnego ośrodka.</source>
        <translation>The legal basis and wording of this order (%1) are marked in the data as awaiting confirmation by the centre&apos;s legal adviser.</translation>
    </message>
</context>
<context>
    <name>OutcomeDialog</name>
    <message>
        <location filename="../ops_desktop/ui/benefits/appeal_dialogs.py" line="286"/>
        <source>Rozstrzygnięcie SKO – %1</source>
        <translation>SKO outcome – %1</translation>
    </message>
    <message>
        <location filename="../ops_desktop/ui/benefits/appeal_dialogs.py" line="287"/>
        <source>Rozstrzygnięcie SKO</source>
        <translation>SKO outcome</translation>
    </message>
    <message>
        <location filename="../ops_desktop/ui/benefits/appeal_dialogs.py" line="289"/>
        <source>Data decyzji SKO</source>
        <translation>Day of the SKO&apos;s decision</translation>
    </message>
    <message>
        <location filename="../ops_desktop/ui/benefits/appeal_dialogs.py" line="290"/>
        <source>Sygnatura SKO</source>
        <translation>SKO case reference</translation>
    </message>
    <message>
        <location filename="../ops_desktop/ui/benefits/appeal_dialogs.py" line="292"/>
        <source>Kwota według decyzji SKO</source>
        <translation>Amount under the SKO&apos;s decision</translation>
    </message>
    <message>
        <location filename="../ops_desktop/ui/benefits/appeal_dialogs.py" line="295"/>
        <source>Okres według decyzji SKO od</source>
        <translation>Period under the SKO&apos;s decision from</translation>
    </message>
    <message>
        <location filename="../ops_desktop/ui/benefits/appeal_dialogs.py" line="297"/>
        <source>Okres według decyzji SKO do</source>
        <translation>Period under the SKO&apos;s decision to</translation>
    </message>
    <message>
        <location filename="../ops_desktop/ui/benefits/appeal_dialogs.py" line="299"/>
        <source>&amp;bezterminowo</source>
        <translation>&amp;indefinitely</translation>
    </message>
    <message>
        <location filename="../ops_desktop/ui/benefits/appeal_dialogs.py" line="300"/>
        <source>Bezterminowo</source>
        <translation>Indefinitely</translation>
    </message>
    <message>
        <location filename="../ops_desktop/ui/benefits/appeal_dialogs.py" line="306"/>
        <source>&amp;Zapisz</source>
        <translation>&amp;Save</translation>
    </message>
    <message>
        <location filename="../ops_desktop/ui/benefits/appeal_dialogs.py" line="309"/>
        <source>&amp;Rozstrzygnięcie:</source>
        <translation>&amp;Outcome:</translation>
    </message>
    <message>
        <location filename="../ops_desktop/ui/benefits/appeal_dialogs.py" line="310"/>
        <source>&amp;Data decyzji SKO:</source>
        <translation>&amp;Day of the SKO&apos;s decision:</translation>
    </message>
    <message>
        <location filename="../ops_desktop/ui/benefits/appeal_dialogs.py" line="311"/>
        <source>&amp;Sygnatura SKO:</source>
        <translation>SKO case &amp;reference:</translation>
    </message>
    <message>
        <location filename="../ops_desktop/ui/benefits/appeal_dialogs.py" line="316"/>
        <source>&amp;Kwota według SKO (zł):</source>
        <translation>&amp;Amount under the SKO (PLN):</translation>
    </message>
    <message>
        <location filename="../ops_desktop/ui/benefits/appeal_dialogs.py" line="317"/>
        <source>Okres &amp;od:</source>
        <translation>Period &amp;from:</translation>
    </message>
    <message>
        <location filename="../ops_desktop/ui/benefits/appeal_dialogs.py" line="318"/>
        <source>Okres d&amp;o:</source>
        <translation>Period &amp;to:</translation>
    </message>
    <message>
        <location filename="../ops_desktop/ui/benefits/appeal_dialogs.py" line="337"/>
        <source>Sprawa wróci do ponownego rozpatrzenia: wniosek pojawi się znów na liście wniosków do załatwienia.</source>
        <translation>The case returns to be decided again: the application will be back on the list of open applications.</translation>
    </message>
    <message>
        <location filename="../ops_desktop/ui/benefits/appeal_dialogs.py" line="340"/>
        <source>Kwotę i okres z decyzji SKO wypłacają kolejne listy wypłat (miesiące już umieszczone na liście pozostają bez zmian). Bez kwoty: SKO nie przyznało świadczenia i nic nie jest wypłacane.</source>
        <translation>The next payment lists pay the amount and period of the SKO&apos;s decision (months already on a list stay as they are). No amount: the SKO granted no benefit and nothing is paid.</translation>
    </message>
</context>
<context>
    <name>PackageDialog</name>
    <message>
        <location filename="../ops_desktop/ui/first_contact/package_dialog.py" line="26"/>
        <source>Pakiet usług – %1</source>
        <translation>Service package – %1</translation>
    </message>
    <message>
        <location filename="../ops_desktop/ui/first_contact/package_dialog.py" line="31"/>
        <source>Grupa docelowa</source>
        <translation>Target group</translation>
    </message>
    <message>
        <location filename="../ops_desktop/ui/first_contact/package_dialog.py" line="34"/>
        <source>Części pakietu</source>
        <translation>Parts of the package</translation>
    </message>
    <message>
        <location filename="../ops_desktop/ui/first_contact/package_dialog.py" line="37"/>
        <source>&amp;Grupa docelowa:</source>
        <translation>Target &amp;group:</translation>
    </message>
    <message>
        <location filename="../ops_desktop/ui/first_contact/package_dialog.py" line="40"/>
        <source>Do każdego zespołu, który realizuje część pakietu, trafi jedno skierowanie z jego częściami. Pakiet dla rodzin dotkniętych przemocą przydziela się po zgłoszeniu z przesłanką art. 7 pkt 7; inne zespoły niż praca socjalna nie dowiedzą się, jaki to pakiet.</source>
        <translation>Every team that delivers a part of the package gets one referral naming its parts. The package for families affected by domestic violence is given after an intake with the art. 7 pkt 7 ground; teams other than social work do not learn which package it is.</translation>
    </message>
    <message>
        <location filename="../ops_desktop/ui/first_contact/package_dialog.py" line="46"/>
        <source>Przydziel i skieruj</source>
        <translation>Give and refer</translation>
    </message>
    <message>
        <location filename="../ops_desktop/ui/first_contact/package_dialog.py" line="49"/>
        <source>Części pakietu i zespoły, które je realizują:</source>
        <translation>Parts of the package and the teams that deliver them:</translation>
    </message>
    <message>
        <location filename="../ops_desktop/ui/first_contact/package_dialog.py" line="68"/>
        <source>(przykład, do ustalenia przez ośrodek)</source>
        <translation>(example, for the centre to decide)</translation>
    </message>
</context>
<context>
    <name>PackageEditDialog</name>
    <message>
        <location filename="../ops_desktop/ui/coordinator/packages.py" line="59"/>
        <source>Pakiet usług – %1</source>
        <translation>Service package – %1</translation>
    </message>
    <message>
        <location filename="../ops_desktop/ui/coordinator/packages.py" line="61"/>
        <source>Nazwa pakietu</source>
        <translation>Package name</translation>
    </message>
    <message>
        <location filename="../ops_desktop/ui/coordinator/packages.py" line="64"/>
        <source>&amp;Nazwa pakietu:</source>
        <translation>Package &amp;name:</translation>
    </message>
    <message>
        <location filename="../ops_desktop/ui/coordinator/packages.py" line="69"/>
        <source>Forma pomocy lub działanie</source>
        <translation>Form of help or action</translation>
    </message>
    <message>
        <location filename="../ops_desktop/ui/coordinator/packages.py" line="70"/>
        <source>Zespół, który realizuje</source>
        <translation>Team that delivers it</translation>
    </message>
    <message>
        <location filename="../ops_desktop/ui/coordinator/packages.py" line="76"/>
        <source>Część %1 – forma pomocy lub działanie</source>
        <translation>Part %1 – form of help or action</translation>
    </message>
    <message>
        <location filename="../ops_desktop/ui/coordinator/packages.py" line="79"/>
        <source>Część %1 – zespół</source>
        <translation>Part %1 – team</translation>
    </message>
    <message>
        <location filename="../ops_desktop/ui/coordinator/packages.py" line="95"/>
        <source>Zmiana obowiązuje przy kolejnym przydzieleniu pakietu; pakiety już przydzielone zachowują swoje części.</source>
        <translation>The change applies from the next time the package is given; packages already given keep their parts.</translation>
    </message>
    <message>
        <location filename="../ops_desktop/ui/coordinator/packages.py" line="98"/>
        <source>Zapisz pakiet</source>
        <translation>Save package</translation>
    </message>
    <message>
        <location filename="../ops_desktop/ui/coordinator/packages.py" line="102"/>
        <source>To przykład dostarczony z programem – do ustalenia przez ośrodek.</source>
        <translation>This is the example shipped with the program – for the centre to decide.</translation>
    </message>
</context>
<context>
    <name>PackageProgressPanel</name>
    <message>
        <location filename="../ops_desktop/ui/first_contact/package_progress.py" line="41"/>
        <source>Forma pomocy lub działanie</source>
        <translation>Form of help or action</translation>
    </message>
    <message>
        <location filename="../ops_desktop/ui/first_contact/package_progress.py" line="42"/>
        <source>Stan</source>
        <translation>State</translation>
    </message>
    <message>
        <location filename="../ops_desktop/ui/first_contact/package_progress.py" line="43"/>
        <source>Zespół</source>
        <translation>Team</translation>
    </message>
    <message>
        <location filename="../ops_desktop/ui/first_contact/package_progress.py" line="44"/>
        <source>Skierowanie</source>
        <translation>Referral</translation>
    </message>
    <message>
        <location filename="../ops_desktop/ui/first_contact/package_progress.py" line="45"/>
        <source>Pakiet</source>
        <translation>Package</translation>
    </message>
    <message>
        <location filename="../ops_desktop/ui/first_contact/package_progress.py" line="46"/>
        <source>Przydzielony</source>
        <translation>Given on</translation>
    </message>
    <message>
        <location filename="../ops_desktop/ui/first_contact/package_progress.py" line="49"/>
        <source>Pakiety usług osoby</source>
        <translation>The person&apos;s service packages</translation>
    </message>
    <message>
        <location filename="../ops_desktop/ui/first_contact/package_progress.py" line="52"/>
        <source>Stan realizacji części</source>
        <translation>State of the part</translation>
    </message>
    <message>
        <location filename="../ops_desktop/ui/first_contact/package_progress.py" line="54"/>
        <source>Zapisz stan części</source>
        <translation>Save the part&apos;s state</translation>
    </message>
    <message>
        <location filename="../ops_desktop/ui/first_contact/package_progress.py" line="60"/>
        <source>Stan zaznaczonej części:</source>
        <translation>State of the selected part:</translation>
    </message>
    <message>
        <location filename="../ops_desktop/ui/first_contact/package_progress.py" line="73"/>
        <source>Pakiet usług</source>
        <translation>Service package</translation>
    </message>
    <message>
        <location filename="../ops_desktop/ui/first_contact/package_progress.py" line="79"/>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <location filename="../ops_desktop/ui/first_contact/package_progress.py" line="109"/>
        <source>Stan „w toku” program ustala sam, gdy zespół przyjmie skierowanie; „zrealizowano” zapisuje zespół, który realizuje część.</source>
        <translation>The program sets &quot;in progress&quot; itself when the team accepts the referral; &quot;done&quot; is recorded by the team that delivers the part.</translation>
    </message>
</context>
<context>
    <name>PackagesPage</name>
    <message>
        <location filename="../ops_desktop/ui/coordinator/packages.py" line="148"/>
        <source>Grupa docelowa</source>
        <translation>Target group</translation>
    </message>
    <message>
        <location filename="../ops_desktop/ui/coordinator/packages.py" line="149"/>
        <source>Przydzielone</source>
        <translation>Assigned</translation>
    </message>
    <message>
        <location filename="../ops_desktop/ui/coordinator/packages.py" line="151"/>
        <source>W realizacji</source>
        <translation>In progress</translation>
    </message>
    <message>
        <location filename="../ops_desktop/ui/coordinator/packages.py" line="153"/>
        <source>Zrealizowane</source>
        <translation>Completed</translation>
    </message>
    <message>
        <location filename="../ops_desktop/ui/coordinator/packages.py" line="156"/>
        <source>Pakiety w użyciu według grup</source>
        <translation>Packages in use by group</translation>
    </message>
    <message>
        <location filename="../ops_desktop/ui/coordinator/packages.py" line="159"/>
        <source>Osoba</source>
        <translation>Person</translation>
    </message>
    <message>
        <location filename="../ops_desktop/ui/coordinator/packages.py" line="160"/>
        <source>Przydzielony</source>
        <translation>Given on</translation>
    </message>
    <message>
        <location filename="../ops_desktop/ui/coordinator/packages.py" line="162"/>
        <source>Części zrealizowane</source>
        <translation>Parts done</translation>
    </message>
    <message>
        <location filename="../ops_desktop/ui/coordinator/packages.py" line="163"/>
        <source>W toku u zespołów</source>
        <translation>Still with teams</translation>
    </message>
    <message>
        <location filename="../ops_desktop/ui/coordinator/packages.py" line="166"/>
        <source>Pakiety przydzielone w wybranej grupie</source>
        <translation>Packages given in the chosen group</translation>
    </message>
    <message>
        <location filename="../ops_desktop/ui/coordinator/packages.py" line="167"/>
        <source>&amp;Edytuj pakiet grupy…</source>
        <translation>&amp;Edit the group&apos;s package…</translation>
    </message>
    <message>
        <location filename="../ops_desktop/ui/coordinator/packages.py" line="172"/>
        <source>Pakiet wybranej grupy</source>
        <translation>The chosen group&apos;s package</translation>
    </message>
    <message>
        <location filename="../ops_desktop/ui/coordinator/packages.py" line="226"/>
        <source>Razem przydzielonych pakietów: %1</source>
        <translation>Packages given in all: %1</translation>
    </message>
    <message>
        <location filename="../ops_desktop/ui/coordinator/packages.py" line="252"/>
        <source>Pakiet: %1</source>
        <translation>Package: %1</translation>
    </message>
    <message>
        <location filename="../ops_desktop/ui/coordinator/packages.py" line="255"/>
        <source>(przykład, do ustalenia przez ośrodek)</source>
        <translation>(example, for the centre to decide)</translation>
    </message>
</context>
<context>
    <name>PauseDialog</name>
    <message>
        <location filename="../ops_desktop/ui/benefits/deadline_dialogs.py" line="121"/>
        <source>Okres niewliczany do terminu – %1</source>
        <translation>Period not counted towards the deadline – %1</translation>
    </message>
    <message>
        <location filename="../ops_desktop/ui/benefits/deadline_dialogs.py" line="124"/>
        <source>%1, sprawa %2: termin upływa %3. Okres zawieszenia postępowania, oczekiwania na czynność strony albo opóźnienia z winy strony (art. 35 § 5 KPA) przesuwa termin o tyle dni, ile trwał.</source>
        <translation>%1, case %2: the deadline is %3. A period of suspension, of waiting for the party&apos;s action or of delay caused by the party (art. 35 § 5 KPA) moves the deadline by as many days as it lasted.</translation>
    </message>
    <message>
        <location filename="../ops_desktop/ui/benefits/deadline_dialogs.py" line="128"/>
        <source>Okres od</source>
        <translation>Period from</translation>
    </message>
    <message>
        <location filename="../ops_desktop/ui/benefits/deadline_dialogs.py" line="129"/>
        <source>Okres do</source>
        <translation>Period to</translation>
    </message>
    <message>
        <location filename="../ops_desktop/ui/benefits/deadline_dialogs.py" line="130"/>
        <source>Przyczyna</source>
        <translation>Reason</translation>
    </message>
    <message>
        <location filename="../ops_desktop/ui/benefits/deadline_dialogs.py" line="131"/>
        <source>np. zawieszenie postępowania, oczekiwanie na dokumenty strony</source>
        <translation>e.g. suspension of the proceedings, waiting for the party&apos;s documents</translation>
    </message>
    <message>
        <location filename="../ops_desktop/ui/benefits/deadline_dialogs.py" line="133"/>
        <source>&amp;Przyczyna:</source>
        <translation>&amp;Reason:</translation>
    </message>
    <message>
        <location filename="../ops_desktop/ui/benefits/deadline_dialogs.py" line="134"/>
        <source>Okres &amp;od:</source>
        <translation>Period &amp;from:</translation>
    </message>
    <message>
        <location filename="../ops_desktop/ui/benefits/deadline_dialogs.py" line="135"/>
        <source>Okres d&amp;o:</source>
        <translation>Period &amp;to:</translation>
    </message>
    <message>
        <location filename="../ops_desktop/ui/benefits/deadline_dialogs.py" line="136"/>
        <source>&amp;Zapisz okres</source>
        <translation>&amp;Save period</translation>
    </message>
</context>
<context>
    <name>PaymentListsPage</name>
    <message>
        <location filename="../ops_desktop/ui/benefits/payment_lists.py" line="58"/>
        <source>Miesiąc wypłaty</source>
        <translation>Payment month</translation>
    </message>
    <message>
        <location filename="../ops_desktop/ui/benefits/payment_lists.py" line="63"/>
        <source>&amp;Przygotuj listę</source>
        <translation>&amp;Prepare list</translation>
    </message>
    <message>
        <location filename="../ops_desktop/ui/benefits/payment_lists.py" line="65"/>
        <source>&amp;Zatwierdź listę</source>
        <translation>&amp;Approve list</translation>
    </message>
    <message>
        <location filename="../ops_desktop/ui/benefits/payment_lists.py" line="67"/>
        <source>Odrzuć projekt</source>
        <translation>Discard draft</translation>
    </message>
    <message>
        <location filename="../ops_desktop/ui/benefits/payment_lists.py" line="69"/>
        <source>Pokaż pozycje</source>
        <translation>Show items</translation>
    </message>
    <message>
        <location filename="../ops_desktop/ui/benefits/payment_lists.py" line="71"/>
        <source>Zapisz plik Elixir-O…</source>
        <translation>Save Elixir-O file…</translation>
    </message>
    <message>
        <location filename="../ops_desktop/ui/benefits/payment_lists.py" line="73"/>
        <source>Drukuj</source>
        <translation>Print</translation>
    </message>
    <message>
        <location filename="../ops_desktop/ui/benefits/payment_lists.py" line="74"/>
        <source>Zwrot &amp;przelewu…</source>
        <translation>&amp;Transfer returned…</translation>
    </message>
    <message>
        <location filename="../ops_desktop/ui/benefits/payment_lists.py" line="76"/>
        <source>&amp;Rejestr wypłat…</source>
        <translation>Payment &amp;register…</translation>
    </message>
    <message>
        <location filename="../ops_desktop/ui/benefits/payment_lists.py" line="83"/>
        <source>Listy wypłat</source>
        <translation>Payment lists</translation>
    </message>
    <message>
        <location filename="../ops_desktop/ui/benefits/payment_lists.py" line="88"/>
        <source>Pozycje listy wypłat</source>
        <translation>Payment list items</translation>
    </message>
    <message>
        <location filename="../ops_desktop/ui/benefits/payment_lists.py" line="92"/>
        <source>&amp;Miesiąc:</source>
        <translation>&amp;Month:</translation>
    </message>
    <message>
        <location filename="../ops_desktop/ui/benefits/payment_lists.py" line="124"/>
        <source>Miesiąc</source>
        <translation>Month</translation>
    </message>
    <message>
        <location filename="../ops_desktop/ui/benefits/payment_lists.py" line="126"/>
        <source>Numer</source>
        <translation>Number</translation>
    </message>
    <message>
        <location filename="../ops_desktop/ui/benefits/payment_lists.py" line="127"/>
        <source>Sposób wypłaty</source>
        <translation>Payment method</translation>
    </message>
    <message>
        <location filename="../ops_desktop/ui/benefits/payment_lists.py" line="129"/>
        <source>Rozdział</source>
        <translation>Chapter</translation>
    </message>
    <message>
        <location filename="../ops_desktop/ui/benefits/payment_lists.py" line="130"/>
        <source> (do potwierdzenia)</source>
        <translation> (to be confirmed)</translation>
    </message>
    <message>
        <location filename="../ops_desktop/ui/benefits/payment_lists.py" line="131"/>
        <source>Rozdział klasyfikacji budżetowej, dział 852</source>
        <translation>Budget classification chapter, section 852</translation>
    </message>
    <message>
        <location filename="../ops_desktop/ui/benefits/payment_lists.py" line="132"/>
        <source>Pozycje</source>
        <translation>Items</translation>
    </message>
    <message>
        <location filename="../ops_desktop/ui/benefits/payment_lists.py" line="134"/>
        <source>Razem</source>
        <translation>Total</translation>
    </message>
    <message>
        <location filename="../ops_desktop/ui/benefits/payment_lists.py" line="136"/>
        <source>Termin wypłaty</source>
        <translation>Payment date</translation>
    </message>
    <message>
        <location filename="../ops_desktop/ui/benefits/payment_lists.py" line="137"/>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <location filename="../ops_desktop/ui/benefits/payment_lists.py" line="143"/>
        <source>Lp.</source>
        <translation>No.</translation>
    </message>
    <message>
        <location filename="../ops_desktop/ui/benefits/payment_lists.py" line="144"/>
        <source>Odbiorca</source>
        <translation>Payee</translation>
    </message>
    <message>
        <location filename="../ops_desktop/ui/benefits/payment_lists.py" line="145"/>
        <source>Znak sprawy</source>
        <translation>Case sign</translation>
    </message>
    <message>
        <location filename="../ops_desktop/ui/benefits/payment_lists.py" line="146"/>
        <source>Forma pomocy</source>
        <translation>Form of help</translation>
    </message>
    <message>
        <location filename="../ops_desktop/ui/benefits/payment_lists.py" line="147"/>
        <source>Dni</source>
        <translation>Days</translation>
    </message>
    <message>
        <location filename="../ops_desktop/ui/benefits/payment_lists.py" line="149"/>
        <source>Dni objęte prawem / dni miesiąca (niepełny miesiąc)</source>
        <translation>Days of entitlement / days of the month (part month)</translation>
    </message>
    <message>
        <location filename="../ops_desktop/ui/benefits/payment_lists.py" line="150"/>
        <source>Kwota</source>
        <translation>Amount</translation>
    </message>
    <message>
        <location filename="../ops_desktop/ui/benefits/payment_lists.py" line="151"/>
        <source>Potrącenie</source>
        <translation>Deduction</translation>
    </message>
    <message>
        <location filename="../ops_desktop/ui/benefits/payment_lists.py" line="153"/>
        <source>Netto</source>
        <translation>Net</translation>
    </message>
    <message>
        <location filename="../ops_desktop/ui/benefits/payment_lists.py" line="154"/>
        <source>Uwagi</source>
        <translation>Remarks</translation>
    </message>
    <message>
        <location filename="../ops_desktop/ui/benefits/payment_lists.py" line="154"/>
        <source>zwrócony przez bank</source>
        <translation>returned by the bank</translation>
    </message>
    <message>
        <location filename="../ops_desktop/ui/benefits/payment_lists.py" line="155"/>
        <source>ponowna wypłata</source>
        <translation>re-issued</translation>
    </message>
    <message>
        <location filename="../ops_desktop/ui/benefits/payment_lists.py" line="156"/>
        <source>Rachunek</source>
        <translation>Account</translation>
    </message>
    <message>
        <location filename="../ops_desktop/ui/benefits/payment_lists.py" line="226"/>
        <source>Przygotowywanie listy wypłat…</source>
        <translation>Preparing the payment list…</translation>
    </message>
    <message>
        <location filename="../ops_desktop/ui/benefits/payment_lists.py" line="233"/>
        <source>Przygotowano list: %1 (pozycji: %2) – czekają na zatwierdzenie.</source>
        <translation>Prepared %1 list(s) (%2 items) – awaiting approval.</translation>
    </message>
    <message>
        <location filename="../ops_desktop/ui/benefits/payment_lists.py" line="256"/>
        <source>Zatwierdzono listę %1 – od teraz nie można jej zmienić.</source>
        <translation>List %1 approved – it can no longer be changed.</translation>
    </message>
    <message>
        <location filename="../ops_desktop/ui/benefits/payment_lists.py" line="270"/>
        <source>Odrzucono projekt listy %1; jej pozycje można dodać do nowej listy.</source>
        <translation>Draft list %1 discarded; its items can go onto a new list.</translation>
    </message>
    <message>
        <location filename="../ops_desktop/ui/benefits/payment_lists.py" line="293"/>
        <source>Zapisano zwrot przelewu – %1 trafi na następną przygotowaną listę (korygującą).</source>
        <translation>Return recorded – %1 goes onto the next list prepared (a correction list).</translation>
    </message>
    <message>
        <location filename="../ops_desktop/ui/benefits/payment_lists.py" line="313"/>
        <source>Zapisz plik Elixir-O</source>
        <translation>Save Elixir-O file</translation>
    </message>
    <message>
        <location filename="../ops_desktop/ui/benefits/payment_lists.py" line="314"/>
        <source>Plik Elixir-O (*.txt)</source>
        <translation>Elixir-O file (*.txt)</translation>
    </message>
    <message>
        <location filename="../ops_desktop/ui/benefits/payment_lists.py" line="320"/>
        <source>Nie zapisano pliku: %1</source>
        <translation>The file was not saved: %1</translation>
    </message>
    <message>
        <location filename="../ops_desktop/ui/benefits/payment_lists.py" line="322"/>
        <source>Zapisano plik Elixir-O: %1</source>
        <translation>Elixir-O file saved: %1</translation>
    </message>
</context>
<context>
    <name>PaymentRegisterDialog</name>
    <message>
        <location filename="../ops_desktop/ui/benefits/payment_register_dialog.py" line="30"/>
        <source>Rejestr wypłat – %1</source>
        <translation>Payment register – %1</translation>
    </message>
    <message>
        <location filename="../ops_desktop/ui/benefits/payment_register_dialog.py" line="35"/>
        <source>Rejestr wypłat</source>
        <translation>Payment register</translation>
    </message>
    <message>
        <location filename="../ops_desktop/ui/benefits/payment_register_dialog.py" line="36"/>
        <source>Saldo należności: %1</source>
        <translation>Claims balance: %1</translation>
    </message>
    <message>
        <location filename="../ops_desktop/ui/benefits/payment_register_dialog.py" line="39"/>
        <source>&amp;Drukuj rejestr</source>
        <translation>&amp;Print the register</translation>
    </message>
    <message>
        <location filename="../ops_desktop/ui/benefits/payment_register_dialog.py" line="51"/>
        <source>Data</source>
        <translation>Date</translation>
    </message>
    <message>
        <location filename="../ops_desktop/ui/benefits/payment_register_dialog.py" line="52"/>
        <source>Zdarzenie</source>
        <translation>Event</translation>
    </message>
    <message>
        <location filename="../ops_desktop/ui/benefits/payment_register_dialog.py" line="53"/>
        <source>Lista</source>
        <translation>List</translation>
    </message>
    <message>
        <location filename="../ops_desktop/ui/benefits/payment_register_dialog.py" line="54"/>
        <source> (projekt)</source>
        <translation> (draft)</translation>
    </message>
    <message>
        <location filename="../ops_desktop/ui/benefits/payment_register_dialog.py" line="55"/>
        <source>Za miesiąc</source>
        <translation>For month</translation>
    </message>
    <message>
        <location filename="../ops_desktop/ui/benefits/payment_register_dialog.py" line="57"/>
        <source>Należność</source>
        <translation>Claim</translation>
    </message>
    <message>
        <location filename="../ops_desktop/ui/benefits/payment_register_dialog.py" line="58"/>
        <source>Kwota</source>
        <translation>Amount</translation>
    </message>
    <message>
        <location filename="../ops_desktop/ui/benefits/payment_register_dialog.py" line="59"/>
        <source>Potrącenie</source>
        <translation>Deduction</translation>
    </message>
    <message>
        <location filename="../ops_desktop/ui/benefits/payment_register_dialog.py" line="61"/>
        <source>Netto</source>
        <translation>Net</translation>
    </message>
    <message>
        <location filename="../ops_desktop/ui/benefits/payment_register_dialog.py" line="62"/>
        <source>Saldo należności</source>
        <translation>Claims balance</translation>
    </message>
</context>
<context>
    <name>PaymentReturnDialog</name>
    <message>
        <location filename="../ops_desktop/ui/benefits/payment_return_dialog.py" line="33"/>
        <source>Zwrot przelewu – %1</source>
        <translation>Transfer returned – %1</translation>
    </message>
    <message>
        <location filename="../ops_desktop/ui/benefits/payment_return_dialog.py" line="34"/>
        <source>%1, poz. %2 listy %3. Zatwierdzona lista się nie zmienia: zwrot zapisuje się osobno, a świadczenie trafia na następną przygotowaną listę (korygującą).</source>
        <translation>%1, item %2 of list %3. An approved list never changes: the return is recorded on its own and the benefit goes onto the next list prepared (a correction list).</translation>
    </message>
    <message>
        <location filename="../ops_desktop/ui/benefits/payment_return_dialog.py" line="41"/>
        <source>Data zwrotu</source>
        <translation>Date returned</translation>
    </message>
    <message>
        <location filename="../ops_desktop/ui/benefits/payment_return_dialog.py" line="42"/>
        <source>Przyczyna zwrotu</source>
        <translation>Reason for the return</translation>
    </message>
    <message>
        <location filename="../ops_desktop/ui/benefits/payment_return_dialog.py" line="44"/>
        <source>Ponowna wypłata</source>
        <translation>Re-issue</translation>
    </message>
    <message>
        <location filename="../ops_desktop/ui/benefits/payment_return_dialog.py" line="46"/>
        <source>Nowy numer rachunku</source>
        <translation>New account number</translation>
    </message>
    <message>
        <location filename="../ops_desktop/ui/benefits/payment_return_dialog.py" line="47"/>
        <source>26 cyfr NRB</source>
        <translation>26 digits of the NRB</translation>
    </message>
    <message>
        <location filename="../ops_desktop/ui/benefits/payment_return_dialog.py" line="48"/>
        <source>Uwagi</source>
        <translation>Remarks</translation>
    </message>
    <message>
        <location filename="../ops_desktop/ui/benefits/payment_return_dialog.py" line="51"/>
        <source>&amp;Zapisz zwrot</source>
        <translation>&amp;Save the return</translation>
    </message>
    <message>
        <location filename="../ops_desktop/ui/benefits/payment_return_dialog.py" line="55"/>
        <source>&amp;Data zwrotu:</source>
        <translation>&amp;Date returned:</translation>
    </message>
    <message>
        <location filename="../ops_desktop/ui/benefits/payment_return_dialog.py" line="56"/>
        <source>&amp;Przyczyna (wg banku):</source>
        <translation>&amp;Reason (as the bank says):</translation>
    </message>
    <message>
        <location filename="../ops_desktop/ui/benefits/payment_return_dialog.py" line="57"/>
        <source>&amp;Wypłacić ponownie:</source>
        <translation>&amp;Pay again:</translation>
    </message>
    <message>
        <location filename="../ops_desktop/ui/benefits/payment_return_dialog.py" line="58"/>
        <source>&amp;Nowy rachunek:</source>
        <translation>&amp;New account:</translation>
    </message>
    <message>
        <location filename="../ops_desktop/ui/benefits/payment_return_dialog.py" line="59"/>
        <source>&amp;Uwagi:</source>
        <translation>&amp;Remarks:</translation>
    </message>
</context>
<context>
    <name>PendingGrantsPanel</name>
    <message>
        <location filename="../ops_desktop/ui/grants_panel.py" line="33"/>
        <source>Użytkownik</source>
        <translation>User</translation>
    </message>
    <message>
        <location filename="../ops_desktop/ui/grants_panel.py" line="34"/>
        <source>Role do nadania</source>
        <translation>Roles to grant</translation>
    </message>
    <message>
        <location filename="../ops_desktop/ui/grants_panel.py" line="35"/>
        <source>Poprosił(a)</source>
        <translation>Requested by</translation>
    </message>
    <message>
        <location filename="../ops_desktop/ui/grants_panel.py" line="36"/>
        <source>Kiedy</source>
        <translation>When</translation>
    </message>
    <message>
        <location filename="../ops_desktop/ui/grants_panel.py" line="40"/>
        <source>Prośby o nadanie ról</source>
        <translation>Requests for roles</translation>
    </message>
    <message>
        <location filename="../ops_desktop/ui/grants_panel.py" line="41"/>
        <source>&amp;Zatwierdź</source>
        <translation>&amp;Confirm</translation>
    </message>
    <message>
        <location filename="../ops_desktop/ui/grants_panel.py" line="42"/>
        <source>&amp;Odrzuć</source>
        <translation>&amp;Reject</translation>
    </message>
    <message>
        <location filename="../ops_desktop/ui/grants_panel.py" line="48"/>
        <source>Role z dostępem do spraw i rola administratora działają dopiero, gdy zatwierdzi je druga osoba: kierownik albo inny administrator – nie ten, kto poprosił, i nie ten, kto ma je dostać.</source>
        <translation>Roles with access to cases and the administrator&apos;s role take effect only once a second person confirms them: the head or another administrator – not whoever asked, and not whoever is to receive them.</translation>
    </message>
    <message>
        <location filename="../ops_desktop/ui/grants_panel.py" line="86"/>
        <source>Zatwierdzono: %1 – %2. Zmiana działa od następnej czynności tej osoby.</source>
        <translation>Confirmed: %1 – %2. The change applies from this person&apos;s next action.</translation>
    </message>
    <message>
        <location filename="../ops_desktop/ui/grants_panel.py" line="94"/>
        <source>Odrzucono prośbę dla %1.</source>
        <translation>Rejected the request for %1.</translation>
    </message>
</context>
<context>
    <name>PersonEditDialog</name>
    <message>
        <location filename="../ops_desktop/ui/first_contact/person_edit.py" line="30"/>
        <source>Popraw dane osoby – %1 %2</source>
        <translation>Correct the person&apos;s data – %1 %2</translation>
    </message>
    <message>
        <location filename="../ops_desktop/ui/first_contact/person_edit.py" line="33"/>
        <source>Dane osoby</source>
        <translation>Personal data</translation>
    </message>
    <message>
        <location filename="../ops_desktop/ui/first_contact/person_edit.py" line="36"/>
        <source>&amp;Zapisz poprawki</source>
        <translation>&amp;Save corrections</translation>
    </message>
</context>
<context>
    <name>PersonFields</name>
    <message>
        <location filename="../ops_desktop/ui/first_contact/person_form.py" line="181"/>
        <source>Imię</source>
        <translation>First name</translation>
    </message>
    <message>
        <location filename="../ops_desktop/ui/first_contact/person_form.py" line="182"/>
        <source>Nazwisko</source>
        <translation>Surname</translation>
    </message>
    <message>
        <location filename="../ops_desktop/ui/first_contact/person_form.py" line="183"/>
        <source>PESEL</source>
        <translation>PESEL</translation>
    </message>
    <message>
        <location filename="../ops_desktop/ui/first_contact/person_form.py" line="183"/>
        <source>11 cyfr</source>
        <translation>11 digits</translation>
    </message>
    <message>
        <location filename="../ops_desktop/ui/first_contact/person_form.py" line="184"/>
        <source>Rodzaj dokumentu tożsamości</source>
        <translation>Identity document type</translation>
    </message>
    <message>
        <location filename="../ops_desktop/ui/first_contact/person_form.py" line="185"/>
        <source>Numer dokumentu tożsamości</source>
        <translation>Identity document number</translation>
    </message>
    <message>
        <location filename="../ops_desktop/ui/first_contact/person_form.py" line="186"/>
        <source>numer dokumentu</source>
        <translation>document number</translation>
    </message>
    <message>
        <location filename="../ops_desktop/ui/first_contact/person_form.py" line="187"/>
        <source>Data urodzenia</source>
        <translation>Date of birth</translation>
    </message>
    <message>
        <location filename="../ops_desktop/ui/first_contact/person_form.py" line="190"/>
        <source>Płeć</source>
        <translation>Sex</translation>
    </message>
    <message>
        <location filename="../ops_desktop/ui/first_contact/person_form.py" line="191"/>
        <source>– nie podano –</source>
        <translation>– not given –</translation>
    </message>
    <message>
        <location filename="../ops_desktop/ui/first_contact/person_form.py" line="192"/>
        <source>kobieta</source>
        <translation>woman</translation>
    </message>
    <message>
        <location filename="../ops_desktop/ui/first_contact/person_form.py" line="193"/>
        <source>mężczyzna</source>
        <translation>man</translation>
    </message>
    <message>
        <location filename="../ops_desktop/ui/first_contact/person_form.py" line="194"/>
        <source>Osoba &amp;bezdomna – adres to miejsce pobytu</source>
        <translation>&amp;Homeless – the address is the place of stay</translation>
    </message>
    <message>
        <location filename="../ops_desktop/ui/first_contact/person_form.py" line="196"/>
        <source>Ulica</source>
        <translation>Street</translation>
    </message>
    <message>
        <location filename="../ops_desktop/ui/first_contact/person_form.py" line="196"/>
        <source>puste, gdy miejscowość bez ulic</source>
        <translation>empty if the locality has no streets</translation>
    </message>
    <message>
        <location filename="../ops_desktop/ui/first_contact/person_form.py" line="197"/>
        <source>Numer domu</source>
        <translation>House number</translation>
    </message>
    <message>
        <location filename="../ops_desktop/ui/first_contact/person_form.py" line="198"/>
        <source>Numer lokalu</source>
        <translation>Flat number</translation>
    </message>
    <message>
        <location filename="../ops_desktop/ui/first_contact/person_form.py" line="199"/>
        <source>Kod pocztowy</source>
        <translation>Postcode</translation>
    </message>
    <message>
        <location filename="../ops_desktop/ui/first_contact/person_form.py" line="200"/>
        <source>Miejscowość</source>
        <translation>Town</translation>
    </message>
    <message>
        <location filename="../ops_desktop/ui/first_contact/person_form.py" line="201"/>
        <source>Telefon</source>
        <translation>Phone</translation>
    </message>
    <message>
        <location filename="../ops_desktop/ui/first_contact/person_form.py" line="202"/>
        <source>Inny adres do &amp;doręczeń</source>
        <translation>Different &amp;delivery address</translation>
    </message>
    <message>
        <location filename="../ops_desktop/ui/first_contact/person_form.py" line="205"/>
        <source>Adres do doręczeń – ulica</source>
        <translation>Delivery address – street</translation>
    </message>
    <message>
        <location filename="../ops_desktop/ui/first_contact/person_form.py" line="206"/>
        <source>Adres do doręczeń – numer domu</source>
        <translation>Delivery address – house number</translation>
    </message>
    <message>
        <location filename="../ops_desktop/ui/first_contact/person_form.py" line="207"/>
        <source>Adres do doręczeń – numer lokalu</source>
        <translation>Delivery address – flat number</translation>
    </message>
    <message>
        <location filename="../ops_desktop/ui/first_contact/person_form.py" line="208"/>
        <source>Adres do doręczeń – kod pocztowy</source>
        <translation>Delivery address – postal code</translation>
    </message>
    <message>
        <location filename="../ops_desktop/ui/first_contact/person_form.py" line="210"/>
        <source>Adres do doręczeń – miejscowość</source>
        <translation>Delivery address – town</translation>
    </message>
    <message>
        <location filename="../ops_desktop/ui/first_contact/person_form.py" line="221"/>
        <source>&amp;Imię:</source>
        <translation>&amp;First name:</translation>
    </message>
    <message>
        <location filename="../ops_desktop/ui/first_contact/person_form.py" line="222"/>
        <source>&amp;Nazwisko:</source>
        <translation>Last &amp;name:</translation>
    </message>
    <message>
        <location filename="../ops_desktop/ui/first_contact/person_form.py" line="223"/>
        <source>&amp;PESEL:</source>
        <translation>&amp;PESEL:</translation>
    </message>
    <message>
        <location filename="../ops_desktop/ui/first_contact/person_form.py" line="224"/>
        <source>&amp;Dokument:</source>
        <translation>&amp;Document:</translation>
    </message>
    <message>
        <location filename="../ops_desktop/ui/first_contact/person_form.py" line="227"/>
        <source>Data &amp;urodzenia:</source>
        <translation>Date of &amp;birth:</translation>
    </message>
    <message>
        <location filename="../ops_desktop/ui/first_contact/person_form.py" line="229"/>
        <source>Pł&amp;eć:</source>
        <translation>Se&amp;x:</translation>
    </message>
    <message>
        <location filename="../ops_desktop/ui/first_contact/person_form.py" line="230"/>
        <source>Przy numerze PESEL datę urodzenia i płeć odczytamy z numeru. Osobę bez PESEL rejestruje się po rodzaju i numerze dokumentu.</source>
        <translation>With a PESEL, the date of birth and sex are read from the number. A person without a PESEL is registered by document type and number.</translation>
    </message>
    <message>
        <location filename="../ops_desktop/ui/first_contact/person_form.py" line="233"/>
        <source>U&amp;lica:</source>
        <translation>St&amp;reet:</translation>
    </message>
    <message>
        <location filename="../ops_desktop/ui/first_contact/person_form.py" line="234"/>
        <source>Nr do&amp;mu / lokalu:</source>
        <translation>&amp;House / flat no.:</translation>
    </message>
    <message>
        <location filename="../ops_desktop/ui/first_contact/person_form.py" line="236"/>
        <source>&amp;Kod, miejscowość:</source>
        <translation>Post&amp;code, town:</translation>
    </message>
    <message>
        <location filename="../ops_desktop/ui/first_contact/person_form.py" line="238"/>
        <source>&amp;Telefon:</source>
        <translation>&amp;Telephone:</translation>
    </message>
    <message>
        <location filename="../ops_desktop/ui/first_contact/person_form.py" line="244"/>
        <source>Ulica:</source>
        <translation>Street:</translation>
    </message>
    <message>
        <location filename="../ops_desktop/ui/first_contact/person_form.py" line="245"/>
        <source>Nr domu / lokalu:</source>
        <translation>House / flat no.:</translation>
    </message>
    <message>
        <location filename="../ops_desktop/ui/first_contact/person_form.py" line="247"/>
        <source>Kod, miejscowość:</source>
        <translation>Postal code, town:</translation>
    </message>
    <message>
        <location filename="../ops_desktop/ui/first_contact/person_form.py" line="250"/>
        <source>Dla osoby bezdomnej wystarczy miejscowość, w której przebywa – ona wyznacza właściwą gminę.</source>
        <translation>For a homeless person the town where they stay is enough – it decides the competent gmina.</translation>
    </message>
</context>
<context>
    <name>PersonFileDialog</name>
    <message>
        <location filename="../ops_desktop/ui/first_contact/person_file.py" line="298"/>
        <source>Kartoteka osoby – %1</source>
        <translation>Person file – %1</translation>
    </message>
    <message>
        <location filename="../ops_desktop/ui/first_contact/person_file.py" line="299"/>
        <source>Kartoteka osoby</source>
        <translation>Person file</translation>
    </message>
</context>
<context>
    <name>PersonFileView</name>
    <message>
        <location filename="../ops_desktop/ui/first_contact/person_file.py" line="67"/>
        <source>Popraw dane…</source>
        <translation>Correct data…</translation>
    </message>
    <message>
        <location filename="../ops_desktop/ui/first_contact/person_file.py" line="69"/>
        <source>Popraw dane osoby</source>
        <translation>Correct the person&apos;s data</translation>
    </message>
    <message>
        <location filename="../ops_desktop/ui/first_contact/person_file.py" line="75"/>
        <source>PESEL / dokument:</source>
        <translation>PESEL / document:</translation>
    </message>
    <message>
        <location filename="../ops_desktop/ui/first_contact/person_file.py" line="76"/>
        <source>Data urodzenia:</source>
        <translation>Date of birth:</translation>
    </message>
    <message>
        <location filename="../ops_desktop/ui/first_contact/person_file.py" line="77"/>
        <source>Adres:</source>
        <translation>Address:</translation>
    </message>
    <message>
        <location filename="../ops_desktop/ui/first_contact/person_file.py" line="78"/>
        <source>Telefon:</source>
        <translation>Phone:</translation>
    </message>
    <message>
        <location filename="../ops_desktop/ui/first_contact/person_file.py" line="87"/>
        <source>Pokrewieństwo</source>
        <translation>Relationship</translation>
    </message>
    <message>
        <location filename="../ops_desktop/ui/first_contact/person_file.py" line="88"/>
        <source>Imię i nazwisko</source>
        <translation>Full name</translation>
    </message>
    <message>
        <location filename="../ops_desktop/ui/first_contact/person_file.py" line="89"/>
        <source>PESEL</source>
        <translation>PESEL</translation>
    </message>
    <message>
        <location filename="../ops_desktop/ui/first_contact/person_file.py" line="90"/>
        <source>Data urodzenia</source>
        <translation>Date of birth</translation>
    </message>
    <message>
        <location filename="../ops_desktop/ui/first_contact/person_file.py" line="94"/>
        <location filename="../ops_desktop/ui/first_contact/person_file.py" line="105"/>
        <source>Data</source>
        <translation>Date</translation>
    </message>
    <message>
        <location filename="../ops_desktop/ui/first_contact/person_file.py" line="95"/>
        <location filename="../ops_desktop/ui/first_contact/person_file.py" line="104"/>
        <location filename="../ops_desktop/ui/first_contact/person_file.py" line="113"/>
        <location filename="../ops_desktop/ui/first_contact/person_file.py" line="119"/>
        <location filename="../ops_desktop/ui/first_contact/person_file.py" line="126"/>
        <source>Osoba</source>
        <translation>Person</translation>
    </message>
    <message>
        <location filename="../ops_desktop/ui/first_contact/person_file.py" line="96"/>
        <source>Sposób</source>
        <translation>Channel</translation>
    </message>
    <message>
        <location filename="../ops_desktop/ui/first_contact/person_file.py" line="97"/>
        <source>Wynik</source>
        <translation>Outcome</translation>
    </message>
    <message>
        <location filename="../ops_desktop/ui/first_contact/person_file.py" line="98"/>
        <source>Pilne</source>
        <translation>Urgent</translation>
    </message>
    <message>
        <location filename="../ops_desktop/ui/first_contact/person_file.py" line="98"/>
        <source>PILNE</source>
        <translation>URGENT</translation>
    </message>
    <message>
        <location filename="../ops_desktop/ui/first_contact/person_file.py" line="99"/>
        <source>Problem</source>
        <translation>Problem</translation>
    </message>
    <message>
        <location filename="../ops_desktop/ui/first_contact/person_file.py" line="99"/>
        <source>(treść tylko dla zespołów pracy z osobą)</source>
        <translation>(content only for the teams working with the person)</translation>
    </message>
    <message>
        <location filename="../ops_desktop/ui/first_contact/person_file.py" line="103"/>
        <source>Numer</source>
        <translation>Number</translation>
    </message>
    <message>
        <location filename="../ops_desktop/ui/first_contact/person_file.py" line="106"/>
        <source>Do zespołu</source>
        <translation>To team</translation>
    </message>
    <message>
        <location filename="../ops_desktop/ui/first_contact/person_file.py" line="107"/>
        <location filename="../ops_desktop/ui/first_contact/person_file.py" line="121"/>
        <location filename="../ops_desktop/ui/first_contact/person_file.py" line="131"/>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <location filename="../ops_desktop/ui/first_contact/person_file.py" line="108"/>
        <source>Powód</source>
        <translation>Reason</translation>
    </message>
    <message>
        <location filename="../ops_desktop/ui/first_contact/person_file.py" line="109"/>
        <source>Przekazanie dalej</source>
        <translation>Forwarded</translation>
    </message>
    <message>
        <location filename="../ops_desktop/ui/first_contact/person_file.py" line="112"/>
        <location filename="../ops_desktop/ui/first_contact/person_file.py" line="122"/>
        <location filename="../ops_desktop/ui/first_contact/person_file.py" line="125"/>
        <source>Znak sprawy</source>
        <translation>Case ref.</translation>
    </message>
    <message>
        <location filename="../ops_desktop/ui/first_contact/person_file.py" line="114"/>
        <source>Zespół</source>
        <translation>Team</translation>
    </message>
    <message>
        <location filename="../ops_desktop/ui/first_contact/person_file.py" line="115"/>
        <source>Założona</source>
        <translation>Opened</translation>
    </message>
    <message>
        <location filename="../ops_desktop/ui/first_contact/person_file.py" line="118"/>
        <source>Data wpływu</source>
        <translation>Received</translation>
    </message>
    <message>
        <location filename="../ops_desktop/ui/first_contact/person_file.py" line="120"/>
        <location filename="../ops_desktop/ui/first_contact/person_file.py" line="127"/>
        <source>Forma pomocy</source>
        <translation>Form of assistance</translation>
    </message>
    <message>
        <location filename="../ops_desktop/ui/first_contact/person_file.py" line="128"/>
        <source>Rodzaj</source>
        <translation>Type</translation>
    </message>
    <message>
        <location filename="../ops_desktop/ui/first_contact/person_file.py" line="129"/>
        <source>Kwota</source>
        <translation>Amount</translation>
    </message>
    <message>
        <location filename="../ops_desktop/ui/first_contact/person_file.py" line="132"/>
        <source>Data wydania</source>
        <translation>Issued on</translation>
    </message>
    <message>
        <location filename="../ops_desktop/ui/first_contact/person_file.py" line="135"/>
        <location filename="../ops_desktop/ui/first_contact/person_file.py" line="176"/>
        <source>Gospodarstwo domowe</source>
        <translation>Household</translation>
    </message>
    <message>
        <location filename="../ops_desktop/ui/first_contact/person_file.py" line="142"/>
        <source>Zgłoszenia (%1)</source>
        <translation>Intakes (%1)</translation>
    </message>
    <message>
        <location filename="../ops_desktop/ui/first_contact/person_file.py" line="143"/>
        <source>Skierowania (%1)</source>
        <translation>Referrals (%1)</translation>
    </message>
    <message>
        <location filename="../ops_desktop/ui/first_contact/person_file.py" line="144"/>
        <source>Sprawy (%1)</source>
        <translation>Cases (%1)</translation>
    </message>
    <message>
        <location filename="../ops_desktop/ui/first_contact/person_file.py" line="145"/>
        <source>Wnioski (%1)</source>
        <translation>Applications (%1)</translation>
    </message>
    <message>
        <location filename="../ops_desktop/ui/first_contact/person_file.py" line="146"/>
        <source>Decyzje (%1)</source>
        <translation>Decisions (%1)</translation>
    </message>
    <message>
        <location filename="../ops_desktop/ui/first_contact/person_file.py" line="149"/>
        <source>Zgłoszenia osoby</source>
        <translation>Person&apos;s intakes</translation>
    </message>
    <message>
        <location filename="../ops_desktop/ui/first_contact/person_file.py" line="150"/>
        <source>Skierowania osoby</source>
        <translation>Person&apos;s referrals</translation>
    </message>
    <message>
        <location filename="../ops_desktop/ui/first_contact/person_file.py" line="151"/>
        <source>Sprawy osoby</source>
        <translation>Person&apos;s cases</translation>
    </message>
    <message>
        <location filename="../ops_desktop/ui/first_contact/person_file.py" line="152"/>
        <source>Wnioski osoby</source>
        <translation>Person&apos;s applications</translation>
    </message>
    <message>
        <location filename="../ops_desktop/ui/first_contact/person_file.py" line="153"/>
        <source>Decyzje wydane dla osoby</source>
        <translation>Decisions issued for the person</translation>
    </message>
    <message>
        <location filename="../ops_desktop/ui/first_contact/person_file.py" line="163"/>
        <source>Pakiety usług (%1)</source>
        <translation>Service packages (%1)</translation>
    </message>
    <message>
        <location filename="../ops_desktop/ui/first_contact/person_file.py" line="185"/>
        <source>Wyszukaj osobę i naciśnij Enter, aby zobaczyć jej kartotekę.</source>
        <translation>Search for a person and press Enter to see their file.</translation>
    </message>
    <message>
        <location filename="../ops_desktop/ui/first_contact/person_file.py" line="199"/>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <location filename="../ops_desktop/ui/first_contact/person_file.py" line="206"/>
        <source>%1 → %2 (%3, %4)</source>
        <translation>%1 → %2 (%3, %4)</translation>
    </message>
    <message>
        <location filename="../ops_desktop/ui/first_contact/person_file.py" line="215"/>
        <source>PESEL %1</source>
        <translation>PESEL %1</translation>
    </message>
    <message>
        <location filename="../ops_desktop/ui/first_contact/person_file.py" line="223"/>
        <source>brak</source>
        <translation>none</translation>
    </message>
    <message>
        <location filename="../ops_desktop/ui/first_contact/person_file.py" line="235"/>
        <source>kobieta</source>
        <translation>female</translation>
    </message>
    <message>
        <location filename="../ops_desktop/ui/first_contact/person_file.py" line="235"/>
        <source>mężczyzna</source>
        <translation>male</translation>
    </message>
    <message>
        <location filename="../ops_desktop/ui/first_contact/person_file.py" line="237"/>
        <source>nie podano</source>
        <translation>not given</translation>
    </message>
    <message>
        <location filename="../ops_desktop/ui/first_contact/person_file.py" line="238"/>
        <source>brak adresu</source>
        <translation>no address</translation>
    </message>
</context>
<context>
    <name>PersonMergeDialog</name>
    <message>
        <location filename="../ops_desktop/ui/coordinator/person_merge.py" line="170"/>
        <location filename="../ops_desktop/ui/coordinator/person_merge.py" line="281"/>
        <source>Scalanie rekordów osoby</source>
        <translation>Merging a person&apos;s records</translation>
    </message>
    <message>
        <location filename="../ops_desktop/ui/coordinator/person_merge.py" line="175"/>
        <source>Rekord A</source>
        <translation>Record A</translation>
    </message>
    <message>
        <location filename="../ops_desktop/ui/coordinator/person_merge.py" line="176"/>
        <source>Rekord B</source>
        <translation>Record B</translation>
    </message>
    <message>
        <location filename="../ops_desktop/ui/coordinator/person_merge.py" line="178"/>
        <source>Wybierz dwa rekordy tej samej osoby. Rekord, który nie zostaje, nie jest usuwany: jego sprawy, wnioski i wpisy przechodzą na rekord pozostawiony, a podpisane decyzje wskazują go nadal i prowadzą do rekordu pozostawionego.</source>
        <translation>Choose two records of the same person. The record that does not stay is not deleted: its cases, applications and entries move to the surviving record, and signed decisions still name it and lead to the surviving record.</translation>
    </message>
    <message>
        <location filename="../ops_desktop/ui/coordinator/person_merge.py" line="182"/>
        <source>Porównaj</source>
        <translation>Compare</translation>
    </message>
    <message>
        <location filename="../ops_desktop/ui/coordinator/person_merge.py" line="183"/>
        <source>Rekord pozostawiony</source>
        <translation>Surviving record</translation>
    </message>
    <message>
        <location filename="../ops_desktop/ui/coordinator/person_merge.py" line="184"/>
        <source>Pozostaje rekord A</source>
        <translation>Record A stays</translation>
    </message>
    <message>
        <location filename="../ops_desktop/ui/coordinator/person_merge.py" line="184"/>
        <source>Pozostaje rekord B</source>
        <translation>Record B stays</translation>
    </message>
    <message>
        <location filename="../ops_desktop/ui/coordinator/person_merge.py" line="186"/>
        <source>Wartości, które zostają</source>
        <translation>Values that stay</translation>
    </message>
    <message>
        <location filename="../ops_desktop/ui/coordinator/person_merge.py" line="194"/>
        <source>Scal rekordy…</source>
        <translation>Merge records…</translation>
    </message>
    <message>
        <location filename="../ops_desktop/ui/coordinator/person_merge.py" line="220"/>
        <source>Wybierz osobę po obu stronach.</source>
        <translation>Choose a person on both sides.</translation>
    </message>
    <message>
        <location filename="../ops_desktop/ui/coordinator/person_merge.py" line="240"/>
        <source>Zawiera: %1</source>
        <translation>Holds: %1</translation>
    </message>
    <message>
        <location filename="../ops_desktop/ui/coordinator/person_merge.py" line="240"/>
        <source>nic</source>
        <translation>nothing</translation>
    </message>
    <message>
        <location filename="../ops_desktop/ui/coordinator/person_merge.py" line="245"/>
        <source>gospodarstwo rekordu %1, osób: %2</source>
        <translation>household of record %1, persons: %2</translation>
    </message>
    <message>
        <location filename="../ops_desktop/ui/coordinator/person_merge.py" line="254"/>
        <source>Dane obu rekordów są takie same.</source>
        <translation>Both records hold the same data.</translation>
    </message>
    <message>
        <location filename="../ops_desktop/ui/coordinator/person_merge.py" line="257"/>
        <source>Sprawdź wartości i wybierz rekord, który zostaje.</source>
        <translation>Check the values and choose the record that stays.</translation>
    </message>
    <message>
        <location filename="../ops_desktop/ui/coordinator/person_merge.py" line="282"/>
        <source>Scalić rekord %1 z rekordem %2? Sprawy, wnioski i wpisy przejdą na rekord %2. Tego nie można cofnąć.</source>
        <translation>Merge record %1 into record %2? Cases, applications and entries will move to record %2. This cannot be undone.</translation>
    </message>
    <message>
        <location filename="../ops_desktop/ui/coordinator/person_merge.py" line="296"/>
        <source>Scalono. Przeniesiono wpisów: %1.</source>
        <translation>Merged. Entries moved: %1.</translation>
    </message>
</context>
<context>
    <name>PlacementDialog</name>
    <message>
        <location filename="../ops_desktop/ui/services_team/dps_dialogs.py" line="50"/>
        <source>Skierowanie do domu pomocy społecznej</source>
        <translation>Placement in a care home</translation>
    </message>
    <message>
        <location filename="../ops_desktop/ui/services_team/dps_dialogs.py" line="53"/>
        <source>Sprawa zespołu usług</source>
        <translation>Services team case</translation>
    </message>
    <message>
        <location filename="../ops_desktop/ui/services_team/dps_dialogs.py" line="55"/>
        <source>Dom pomocy społecznej</source>
        <translation>Care home (DPS)</translation>
    </message>
    <message>
        <location filename="../ops_desktop/ui/services_team/dps_dialogs.py" line="59"/>
        <source>Data decyzji</source>
        <translation>Decision date</translation>
    </message>
    <message>
        <location filename="../ops_desktop/ui/services_team/dps_dialogs.py" line="60"/>
        <source>Od dnia</source>
        <translation>From day</translation>
    </message>
    <message>
        <location filename="../ops_desktop/ui/services_team/dps_dialogs.py" line="61"/>
        <source>Uzasadnienie</source>
        <translation>Reasoning</translation>
    </message>
    <message>
        <location filename="../ops_desktop/ui/services_team/dps_dialogs.py" line="62"/>
        <source>&amp;Zapisz projekt</source>
        <translation>&amp;Save draft</translation>
    </message>
    <message>
        <location filename="../ops_desktop/ui/services_team/dps_dialogs.py" line="65"/>
        <source>&amp;Sprawa:</source>
        <translation>&amp;Case:</translation>
    </message>
    <message>
        <location filename="../ops_desktop/ui/services_team/dps_dialogs.py" line="66"/>
        <source>&amp;Dom:</source>
        <translation>&amp;Home:</translation>
    </message>
    <message>
        <location filename="../ops_desktop/ui/services_team/dps_dialogs.py" line="67"/>
        <source>Data &amp;decyzji:</source>
        <translation>&amp;Decision date:</translation>
    </message>
    <message>
        <location filename="../ops_desktop/ui/services_team/dps_dialogs.py" line="68"/>
        <source>&amp;Od dnia:</source>
        <translation>&amp;From:</translation>
    </message>
    <message>
        <location filename="../ops_desktop/ui/services_team/dps_dialogs.py" line="69"/>
        <source>&amp;Uzasadnienie:</source>
        <translation>&amp;Reasoning:</translation>
    </message>
    <message>
        <location filename="../ops_desktop/ui/services_team/dps_dialogs.py" line="77"/>
        <source>Brak otwartej sprawy zespołu usług.</source>
        <translation>No open case of the services team.</translation>
    </message>
</context>
<context>
    <name>PreparerNote</name>
    <message>
        <location filename="../ops_desktop/ui/services_team/signed_acts.py" line="79"/>
        <source>Te decyzje przygotowuje teraz zespół świadczeń (wybór kierownika).</source>
        <translation>The benefits team now prepares these decisions (the head&apos;s choice).</translation>
    </message>
    <message>
        <location filename="../ops_desktop/ui/services_team/signed_acts.py" line="82"/>
        <source>Te decyzje przygotowuje zespół usług.</source>
        <translation>The services team prepares these decisions.</translation>
    </message>
</context>
<context>
    <name>PrintCentrePage</name>
    <message>
        <location filename="../ops_desktop/ui/coordinator/print_centre.py" line="90"/>
        <source>Od dnia</source>
        <translation>From day</translation>
    </message>
    <message>
        <location filename="../ops_desktop/ui/coordinator/print_centre.py" line="91"/>
        <source>Do dnia</source>
        <translation>To day</translation>
    </message>
    <message>
        <location filename="../ops_desktop/ui/coordinator/print_centre.py" line="92"/>
        <source>Rodzaj dokumentu</source>
        <translation>Kind of document</translation>
    </message>
    <message>
        <location filename="../ops_desktop/ui/coordinator/print_centre.py" line="93"/>
        <location filename="../ops_desktop/ui/coordinator/print_centre.py" line="184"/>
        <source>Zespół</source>
        <translation>Team</translation>
    </message>
    <message>
        <location filename="../ops_desktop/ui/coordinator/print_centre.py" line="94"/>
        <location filename="../ops_desktop/ui/coordinator/print_centre.py" line="186"/>
        <source>Pracownik</source>
        <translation>Worker</translation>
    </message>
    <message>
        <location filename="../ops_desktop/ui/coordinator/print_centre.py" line="107"/>
        <source>Dokumenty do wydruku</source>
        <translation>Documents to print</translation>
    </message>
    <message>
        <location filename="../ops_desktop/ui/coordinator/print_centre.py" line="110"/>
        <source>Zaznacz wszystkie z dnia</source>
        <translation>Select all of the day</translation>
    </message>
    <message>
        <location filename="../ops_desktop/ui/coordinator/print_centre.py" line="112"/>
        <source>Podgląd…</source>
        <translation>Preview…</translation>
    </message>
    <message>
        <location filename="../ops_desktop/ui/coordinator/print_centre.py" line="113"/>
        <source>&amp;Drukuj…</source>
        <translation>&amp;Print…</translation>
    </message>
    <message>
        <location filename="../ops_desktop/ui/coordinator/print_centre.py" line="115"/>
        <source>Zapisz jako jeden PDF…</source>
        <translation>Save as one PDF…</translation>
    </message>
    <message>
        <location filename="../ops_desktop/ui/coordinator/print_centre.py" line="122"/>
        <source>Ostatnie wydruki</source>
        <translation>Recent prints</translation>
    </message>
    <message>
        <location filename="../ops_desktop/ui/coordinator/print_centre.py" line="125"/>
        <source>&amp;Od:</source>
        <translation>&amp;From:</translation>
    </message>
    <message>
        <location filename="../ops_desktop/ui/coordinator/print_centre.py" line="125"/>
        <source>d&amp;o:</source>
        <translation>t&amp;o:</translation>
    </message>
    <message>
        <location filename="../ops_desktop/ui/coordinator/print_centre.py" line="126"/>
        <source>&amp;Rodzaj:</source>
        <translation>&amp;Kind:</translation>
    </message>
    <message>
        <location filename="../ops_desktop/ui/coordinator/print_centre.py" line="126"/>
        <source>&amp;Zespół:</source>
        <translation>&amp;Team:</translation>
    </message>
    <message>
        <location filename="../ops_desktop/ui/coordinator/print_centre.py" line="127"/>
        <source>&amp;Pracownik:</source>
        <translation>&amp;Worker:</translation>
    </message>
    <message>
        <location filename="../ops_desktop/ui/coordinator/print_centre.py" line="145"/>
        <source>Ostatnie wydruki na drukarce</source>
        <translation>Recent prints to a printer</translation>
    </message>
    <message>
        <location filename="../ops_desktop/ui/coordinator/print_centre.py" line="169"/>
        <location filename="../ops_desktop/ui/coordinator/print_centre.py" line="172"/>
        <source>wszystkie</source>
        <translation>all</translation>
    </message>
    <message>
        <location filename="../ops_desktop/ui/coordinator/print_centre.py" line="176"/>
        <source>wszyscy</source>
        <translation>all</translation>
    </message>
    <message>
        <location filename="../ops_desktop/ui/coordinator/print_centre.py" line="182"/>
        <source>Dzień</source>
        <translation>Day</translation>
    </message>
    <message>
        <location filename="../ops_desktop/ui/coordinator/print_centre.py" line="183"/>
        <location filename="../ops_desktop/ui/coordinator/print_centre.py" line="198"/>
        <source>Rodzaj</source>
        <translation>Kind</translation>
    </message>
    <message>
        <location filename="../ops_desktop/ui/coordinator/print_centre.py" line="187"/>
        <source>Osoba</source>
        <translation>Person</translation>
    </message>
    <message>
        <location filename="../ops_desktop/ui/coordinator/print_centre.py" line="188"/>
        <source>Znak sprawy</source>
        <translation>Case sign</translation>
    </message>
    <message>
        <location filename="../ops_desktop/ui/coordinator/print_centre.py" line="189"/>
        <location filename="../ops_desktop/ui/coordinator/print_centre.py" line="199"/>
        <source>Dokument</source>
        <translation>Document</translation>
    </message>
    <message>
        <location filename="../ops_desktop/ui/coordinator/print_centre.py" line="195"/>
        <source>Kiedy</source>
        <translation>When</translation>
    </message>
    <message>
        <location filename="../ops_desktop/ui/coordinator/print_centre.py" line="197"/>
        <source>Kto</source>
        <translation>Who</translation>
    </message>
    <message>
        <location filename="../ops_desktop/ui/coordinator/print_centre.py" line="200"/>
        <source>Drukarka</source>
        <translation>Printer</translation>
    </message>
    <message>
        <location filename="../ops_desktop/ui/coordinator/print_centre.py" line="201"/>
        <source>Kopie</source>
        <translation>Copies</translation>
    </message>
    <message>
        <location filename="../ops_desktop/ui/coordinator/print_centre.py" line="208"/>
        <source>Data „do” jest wcześniejsza niż data „od”.</source>
        <translation>The &quot;to&quot; date is earlier than the &quot;from&quot; date.</translation>
    </message>
    <message>
        <location filename="../ops_desktop/ui/coordinator/print_centre.py" line="245"/>
        <source>Dokumentów na liście: %1, zaznaczonych: %2</source>
        <translation>Documents listed: %1, selected: %2</translation>
    </message>
    <message>
        <location filename="../ops_desktop/ui/coordinator/print_centre.py" line="272"/>
        <location filename="../ops_desktop/ui/coordinator/print_centre.py" line="335"/>
        <source>Zaznacz dokumenty do wydruku.</source>
        <translation>Select the documents to print.</translation>
    </message>
    <message>
        <location filename="../ops_desktop/ui/coordinator/print_centre.py" line="284"/>
        <source>Anulowano.</source>
        <translation>Cancelled.</translation>
    </message>
    <message>
        <location filename="../ops_desktop/ui/coordinator/print_centre.py" line="293"/>
        <source>Przygotowanie podglądu…</source>
        <translation>Preparing the preview…</translation>
    </message>
    <message>
        <location filename="../ops_desktop/ui/coordinator/print_centre.py" line="318"/>
        <source>Podgląd wydruku</source>
        <translation>Print preview</translation>
    </message>
    <message>
        <location filename="../ops_desktop/ui/coordinator/print_centre.py" line="340"/>
        <source>Nie drukowano.</source>
        <translation>Nothing was printed.</translation>
    </message>
    <message>
        <location filename="../ops_desktop/ui/coordinator/print_centre.py" line="359"/>
        <source>Drukowanie anulowano.</source>
        <translation>Printing cancelled.</translation>
    </message>
    <message>
        <location filename="../ops_desktop/ui/coordinator/print_centre.py" line="368"/>
        <source>Wysłano do drukarki %1: %2 dokumentów, %3 stron.</source>
        <translation>Sent to printer %1: %2 documents, %3 pages.</translation>
    </message>
    <message>
        <location filename="../ops_desktop/ui/coordinator/print_centre.py" line="373"/>
        <source>Drukowanie…</source>
        <translation>Printing…</translation>
    </message>
    <message>
        <location filename="../ops_desktop/ui/coordinator/print_centre.py" line="377"/>
        <source>Przygotowanie pliku PDF…</source>
        <translation>Preparing the PDF file…</translation>
    </message>
    <message>
        <location filename="../ops_desktop/ui/coordinator/print_centre.py" line="384"/>
        <source>Tych dokumentów nie wydrukowano:</source>
        <translation>These documents were not printed:</translation>
    </message>
    <message>
        <location filename="../ops_desktop/ui/coordinator/print_centre.py" line="390"/>
        <source>Wydruk się nie udał.</source>
        <translation>Printing failed.</translation>
    </message>
    <message>
        <location filename="../ops_desktop/ui/coordinator/print_centre.py" line="391"/>
        <source>Wydruk się nie udał: %1</source>
        <translation>Printing failed: %1</translation>
    </message>
</context>
<context>
    <name>ProceduralBox</name>
    <message>
        <location filename="../ops_desktop/ui/benefits/procedural_box.py" line="41"/>
        <source>Pozostawienie bez rozpoznania</source>
        <translation>Leaving unexamined</translation>
    </message>
    <message>
        <location filename="../ops_desktop/ui/benefits/procedural_box.py" line="42"/>
        <source>Braków nie usunięto w terminie. Pozostawić wniosek %1 bez rozpoznania (art. 64 § 2 KPA)? Sprawa zostanie zamknięta.</source>
        <translation>The defects were not remedied in time. Leave application %1 unexamined (KPA art. 64 § 2)? The case will be closed.</translation>
    </message>
    <message>
        <location filename="../ops_desktop/ui/benefits/procedural_box.py" line="51"/>
        <source>Postanowienia i wezwania</source>
        <translation>Orders and calls</translation>
    </message>
    <message>
        <location filename="../ops_desktop/ui/benefits/procedural_box.py" line="63"/>
        <source>Postan&amp;owienie…</source>
        <translation>&amp;Order…</translation>
    </message>
    <message>
        <location filename="../ops_desktop/ui/benefits/procedural_box.py" line="64"/>
        <location filename="../ops_desktop/ui/benefits/procedural_box.py" line="107"/>
        <source>Podgląd postanowienia</source>
        <translation>Preview order</translation>
    </message>
    <message>
        <location filename="../ops_desktop/ui/benefits/procedural_box.py" line="65"/>
        <source>Podpisz postanowienie</source>
        <translation>Sign order</translation>
    </message>
    <message>
        <location filename="../ops_desktop/ui/benefits/procedural_box.py" line="66"/>
        <source>Wezwanie do usunięcia &amp;braków…</source>
        <translation>Call to remedy &amp;defects…</translation>
    </message>
    <message>
        <location filename="../ops_desktop/ui/benefits/procedural_box.py" line="68"/>
        <source>Drukuj wezwanie</source>
        <translation>Print call</translation>
    </message>
    <message>
        <location filename="../ops_desktop/ui/benefits/procedural_box.py" line="69"/>
        <source>Doręczono wezwanie…</source>
        <translation>Call delivered…</translation>
    </message>
    <message>
        <location filename="../ops_desktop/ui/benefits/procedural_box.py" line="71"/>
        <source>Braki usunięte…</source>
        <translation>Defects remedied…</translation>
    </message>
    <message>
        <location filename="../ops_desktop/ui/benefits/procedural_box.py" line="73"/>
        <source>Pozostaw bez rozpoznania</source>
        <translation>Leave unexamined</translation>
    </message>
    <message>
        <location filename="../ops_desktop/ui/benefits/procedural_box.py" line="100"/>
        <source>Brak postanowień.</source>
        <translation>No orders.</translation>
    </message>
    <message>
        <location filename="../ops_desktop/ui/benefits/procedural_box.py" line="106"/>
        <source>Drukuj postanowienie</source>
        <translation>Print order</translation>
    </message>
    <message>
        <location filename="../ops_desktop/ui/benefits/procedural_box.py" line="114"/>
        <source>%1 – projekt, czeka na podpis</source>
        <translation>%1 – draft, awaiting signature</translation>
    </message>
    <message>
        <location filename="../ops_desktop/ui/benefits/procedural_box.py" line="115"/>
        <source>%1 – podpisane %2 przez %3</source>
        <translation>%1 – signed %2 by %3</translation>
    </message>
    <message>
        <location filename="../ops_desktop/ui/benefits/procedural_box.py" line="131"/>
        <source>Nie wzywano do usunięcia braków formalnych.</source>
        <translation>No call to remedy formal defects.</translation>
    </message>
    <message>
        <location filename="../ops_desktop/ui/benefits/procedural_box.py" line="133"/>
        <source>Wezwanie do usunięcia braków z %1</source>
        <translation>Call to remedy defects of %1</translation>
    </message>
    <message>
        <location filename="../ops_desktop/ui/benefits/procedural_box.py" line="135"/>
        <source> – wniosek pozostawiony bez rozpoznania %1</source>
        <translation> – application left unexamined %1</translation>
    </message>
    <message>
        <location filename="../ops_desktop/ui/benefits/procedural_box.py" line="138"/>
        <source> – braki usunięte %1</source>
        <translation> – defects remedied %1</translation>
    </message>
    <message>
        <location filename="../ops_desktop/ui/benefits/procedural_box.py" line="140"/>
        <source> – czeka na doręczenie; zapisz dzień doręczenia</source>
        <translation> – awaiting delivery; record the day of delivery</translation>
    </message>
    <message>
        <location filename="../ops_desktop/ui/benefits/procedural_box.py" line="143"/>
        <source> – doręczone %1, termin na usunięcie braków: %2</source>
        <translation> – delivered %1, deadline to remedy: %2</translation>
    </message>
    <message>
        <location filename="../ops_desktop/ui/benefits/procedural_box.py" line="148"/>
        <source> – TERMIN MINĄŁ</source>
        <translation> – DEADLINE PASSED</translation>
    </message>
    <message>
        <location filename="../ops_desktop/ui/benefits/procedural_box.py" line="190"/>
        <source>Doręczenie wezwania</source>
        <translation>Delivery of the call</translation>
    </message>
    <message>
        <location filename="../ops_desktop/ui/benefits/procedural_box.py" line="190"/>
        <source>&amp;Dzień doręczenia:</source>
        <translation>&amp;Day of delivery:</translation>
    </message>
    <message>
        <location filename="../ops_desktop/ui/benefits/procedural_box.py" line="194"/>
        <source>Usunięcie braków</source>
        <translation>Remedy of defects</translation>
    </message>
    <message>
        <location filename="../ops_desktop/ui/benefits/procedural_box.py" line="194"/>
        <source>&amp;Dzień usunięcia braków:</source>
        <translation>&amp;Day the defects were remedied:</translation>
    </message>
</context>
<context>
    <name>ProgrammeForm</name>
    <message>
        <location filename="../ops_desktop/ui/social_work/programme_form.py" line="37"/>
        <source>Plan pomocy – projekt</source>
        <translation>Help plan – draft</translation>
    </message>
    <message>
        <location filename="../ops_desktop/ui/social_work/programme_form.py" line="38"/>
        <source>Program indywidualny – projekt</source>
        <translation>Individual programme – draft</translation>
    </message>
    <message>
        <location filename="../ops_desktop/ui/social_work/programme_form.py" line="42"/>
        <source>Rodzaj programu</source>
        <translation>Kind of programme</translation>
    </message>
    <message>
        <location filename="../ops_desktop/ui/social_work/programme_form.py" line="44"/>
        <source> (podstawa do potwierdzenia)</source>
        <translation> (legal basis to be confirmed)</translation>
    </message>
    <message>
        <location filename="../ops_desktop/ui/social_work/programme_form.py" line="48"/>
        <source>Diagnoza sytuacji</source>
        <translation>Diagnosis of the situation</translation>
    </message>
    <message>
        <location filename="../ops_desktop/ui/social_work/programme_form.py" line="49"/>
        <source>Cel główny</source>
        <translation>Main goal</translation>
    </message>
    <message>
        <location filename="../ops_desktop/ui/social_work/programme_form.py" line="50"/>
        <source>Cele szczegółowe, każdy w wierszu</source>
        <translation>Specific goals, one per line</translation>
    </message>
    <message>
        <location filename="../ops_desktop/ui/social_work/programme_form.py" line="53"/>
        <source>&amp;Rodzaj:</source>
        <translation>&amp;Kind:</translation>
    </message>
    <message>
        <location filename="../ops_desktop/ui/social_work/programme_form.py" line="55"/>
        <source>&amp;Telefon pracownika:</source>
        <translation>Worker&apos;s &amp;phone:</translation>
    </message>
    <message>
        <location filename="../ops_desktop/ui/social_work/programme_form.py" line="57"/>
        <source>&amp;Diagnoza (przyczyny, zasoby, ograniczenia):</source>
        <translation>&amp;Diagnosis (causes, resources, limitations):</translation>
    </message>
    <message>
        <location filename="../ops_desktop/ui/social_work/programme_form.py" line="59"/>
        <source>Cel &amp;główny:</source>
        <translation>&amp;Main goal:</translation>
    </message>
    <message>
        <location filename="../ops_desktop/ui/social_work/programme_form.py" line="61"/>
        <source>Cele &amp;szczegółowe:</source>
        <translation>&amp;Specific goals:</translation>
    </message>
    <message>
        <location filename="../ops_desktop/ui/social_work/programme_form.py" line="68"/>
        <source>&amp;Zapisz projekt</source>
        <translation>&amp;Save draft</translation>
    </message>
</context>
<context>
    <name>ProgrammesDialog</name>
    <message>
        <location filename="../ops_desktop/ui/social_work/programmes.py" line="32"/>
        <source>Plan pomocy z wywiadu</source>
        <translation>Help plan from the interview</translation>
    </message>
    <message>
        <location filename="../ops_desktop/ui/social_work/programmes.py" line="32"/>
        <source>Programy indywidualne</source>
        <translation>Individual programmes</translation>
    </message>
    <message>
        <location filename="../ops_desktop/ui/social_work/programmes.py" line="35"/>
        <source>Rodzaj</source>
        <translation>Kind</translation>
    </message>
    <message>
        <location filename="../ops_desktop/ui/social_work/programmes.py" line="36"/>
        <source>Okres</source>
        <translation>Period</translation>
    </message>
    <message>
        <location filename="../ops_desktop/ui/social_work/programmes.py" line="38"/>
        <source>Stan</source>
        <translation>State</translation>
    </message>
    <message>
        <location filename="../ops_desktop/ui/social_work/programmes.py" line="39"/>
        <source>Cel główny</source>
        <translation>Main goal</translation>
    </message>
    <message>
        <location filename="../ops_desktop/ui/social_work/programmes.py" line="43"/>
        <source>&amp;Nowy z wywiadu…</source>
        <translation>&amp;New from the interview…</translation>
    </message>
    <message>
        <location filename="../ops_desktop/ui/social_work/programmes.py" line="43"/>
        <source>&amp;Nowy program…</source>
        <translation>&amp;New programme…</translation>
    </message>
    <message>
        <location filename="../ops_desktop/ui/social_work/programmes.py" line="46"/>
        <source>&amp;Popraw projekt…</source>
        <translation>&amp;Correct draft…</translation>
    </message>
    <message>
        <location filename="../ops_desktop/ui/social_work/programmes.py" line="47"/>
        <source>Po&amp;dpisany…</source>
        <translation>&amp;Signed…</translation>
    </message>
    <message>
        <location filename="../ops_desktop/ui/social_work/programmes.py" line="48"/>
        <source>&amp;Drukuj</source>
        <translation>&amp;Print</translation>
    </message>
    <message>
        <location filename="../ops_desktop/ui/social_work/programmes.py" line="49"/>
        <source>&amp;Ocena…</source>
        <translation>&amp;Review…</translation>
    </message>
    <message>
        <location filename="../ops_desktop/ui/social_work/programmes.py" line="50"/>
        <source>&amp;Zakończ…</source>
        <translation>&amp;End…</translation>
    </message>
    <message>
        <location filename="../ops_desktop/ui/social_work/programmes.py" line="89"/>
        <source>W tej sprawie nie ma zakończonego wywiadu środowiskowego – plan pomocy sporządza się na podstawie jego części J.</source>
        <translation>This case has no completed family interview – a help plan is drawn up from its part J.</translation>
    </message>
    <message>
        <location filename="../ops_desktop/ui/social_work/programmes.py" line="106"/>
        <source>Podpisanie programu</source>
        <translation>Signing the programme</translation>
    </message>
    <message>
        <location filename="../ops_desktop/ui/social_work/programmes.py" line="111"/>
        <source>Ocena realizacji programu</source>
        <translation>Review of the programme</translation>
    </message>
    <message>
        <location filename="../ops_desktop/ui/social_work/programmes.py" line="116"/>
        <source>Zakończenie programu</source>
        <translation>Ending the programme</translation>
    </message>
</context>
<context>
    <name>ProviderDialog</name>
    <message>
        <location filename="../ops_desktop/ui/services_team/provider_dialogs.py" line="76"/>
        <source>Wykonawca usług opiekuńczych</source>
        <translation>Care provider</translation>
    </message>
    <message>
        <location filename="../ops_desktop/ui/services_team/provider_dialogs.py" line="78"/>
        <source>Rodzaj wykonawcy</source>
        <translation>Kind of provider</translation>
    </message>
    <message>
        <location filename="../ops_desktop/ui/services_team/provider_dialogs.py" line="80"/>
        <source>Nazwa</source>
        <translation>Name</translation>
    </message>
    <message>
        <location filename="../ops_desktop/ui/services_team/provider_dialogs.py" line="82"/>
        <source>Numer umowy</source>
        <translation>Contract number</translation>
    </message>
    <message>
        <location filename="../ops_desktop/ui/services_team/provider_dialogs.py" line="84"/>
        <source>Umowa od</source>
        <translation>Contract from</translation>
    </message>
    <message>
        <location filename="../ops_desktop/ui/services_team/provider_dialogs.py" line="87"/>
        <source>Umowa do</source>
        <translation>Contract to</translation>
    </message>
    <message>
        <location filename="../ops_desktop/ui/services_team/provider_dialogs.py" line="87"/>
        <source>bez terminu</source>
        <translation>open-ended</translation>
    </message>
    <message>
        <location filename="../ops_desktop/ui/services_team/provider_dialogs.py" line="88"/>
        <source>Cena godziny usług</source>
        <translation>Hourly price of care</translation>
    </message>
    <message>
        <location filename="../ops_desktop/ui/services_team/provider_dialogs.py" line="99"/>
        <source>&amp;Zapisz wykonawcę</source>
        <translation>&amp;Save provider</translation>
    </message>
    <message>
        <location filename="../ops_desktop/ui/services_team/provider_dialogs.py" line="102"/>
        <source>&amp;Rodzaj:</source>
        <translation>&amp;Kind:</translation>
    </message>
    <message>
        <location filename="../ops_desktop/ui/services_team/provider_dialogs.py" line="103"/>
        <source>&amp;Nazwa:</source>
        <translation>&amp;Name:</translation>
    </message>
    <message>
        <location filename="../ops_desktop/ui/services_team/provider_dialogs.py" line="104"/>
        <source>Numer &amp;umowy:</source>
        <translation>Contract n&amp;umber:</translation>
    </message>
    <message>
        <location filename="../ops_desktop/ui/services_team/provider_dialogs.py" line="105"/>
        <source>Umowa &amp;od:</source>
        <translation>Contract &amp;from:</translation>
    </message>
    <message>
        <location filename="../ops_desktop/ui/services_team/provider_dialogs.py" line="106"/>
        <source>Umowa &amp;do:</source>
        <translation>Contract &amp;to:</translation>
    </message>
    <message>
        <location filename="../ops_desktop/ui/services_team/provider_dialogs.py" line="107"/>
        <source>&amp;Cena godziny (zł):</source>
        <translation>Hourly &amp;price (zł):</translation>
    </message>
    <message>
        <location filename="../ops_desktop/ui/services_team/provider_dialogs.py" line="111"/>
        <source>Firma zewnętrzna musi mieć numer umowy; opiekunki zatrudnione w ośrodku – nie. Cena godziny to kwota płacona wykonawcy, nie odpłatność klienta.</source>
        <translation>A contracted firm needs its contract number; the centre&apos;s own carers do not. The hourly price is what the provider is paid, not the client&apos;s fee.</translation>
    </message>
</context>
<context>
    <name>ProvidersPage</name>
    <message>
        <location filename="../ops_desktop/ui/services_team/providers_page.py" line="43"/>
        <source>Plik godzin od wykonawcy</source>
        <translation>Provider&apos;s file of hours</translation>
    </message>
    <message>
        <location filename="../ops_desktop/ui/services_team/providers_page.py" line="44"/>
        <source>Plik CSV (*.csv *.txt);;Wszystkie pliki (*)</source>
        <translation>CSV file (*.csv *.txt);;All files (*)</translation>
    </message>
    <message>
        <location filename="../ops_desktop/ui/services_team/providers_page.py" line="55"/>
        <source>Wykonawca</source>
        <translation>Provider</translation>
    </message>
    <message>
        <location filename="../ops_desktop/ui/services_team/providers_page.py" line="56"/>
        <source>Rodzaj</source>
        <translation>Kind</translation>
    </message>
    <message>
        <location filename="../ops_desktop/ui/services_team/providers_page.py" line="57"/>
        <source>Umowa</source>
        <translation>Contract</translation>
    </message>
    <message>
        <location filename="../ops_desktop/ui/services_team/providers_page.py" line="58"/>
        <source>Od</source>
        <translation>From</translation>
    </message>
    <message>
        <location filename="../ops_desktop/ui/services_team/providers_page.py" line="59"/>
        <source>Do</source>
        <translation>Until</translation>
    </message>
    <message>
        <location filename="../ops_desktop/ui/services_team/providers_page.py" line="60"/>
        <source>bez terminu</source>
        <translation>open-ended</translation>
    </message>
    <message>
        <location filename="../ops_desktop/ui/services_team/providers_page.py" line="61"/>
        <source>Cena godz.</source>
        <translation>Hourly price</translation>
    </message>
    <message>
        <location filename="../ops_desktop/ui/services_team/providers_page.py" line="63"/>
        <source>Opiekunów</source>
        <translation>Carers</translation>
    </message>
    <message>
        <location filename="../ops_desktop/ui/services_team/providers_page.py" line="67"/>
        <source>Wykonawcy usług</source>
        <translation>Care providers</translation>
    </message>
    <message>
        <location filename="../ops_desktop/ui/services_team/providers_page.py" line="69"/>
        <source>&amp;Nowy wykonawca…</source>
        <translation>&amp;New provider…</translation>
    </message>
    <message>
        <location filename="../ops_desktop/ui/services_team/providers_page.py" line="71"/>
        <source>&amp;Zmień dane…</source>
        <translation>&amp;Change details…</translation>
    </message>
    <message>
        <location filename="../ops_desktop/ui/services_team/providers_page.py" line="73"/>
        <source>&amp;Import godzin z pliku…</source>
        <translation>&amp;Import hours from file…</translation>
    </message>
    <message>
        <location filename="../ops_desktop/ui/services_team/providers_page.py" line="76"/>
        <source>Plik CSV od wykonawcy, kolumny: klient (PESEL lub znak sprawy); data; od; do; godziny; opiekun</source>
        <translation>CSV file from the provider, columns: klient (PESEL or case sign); data; od; do; godziny; opiekun</translation>
    </message>
    <message>
        <location filename="../ops_desktop/ui/services_team/providers_page.py" line="84"/>
        <source>Opiekun(ka)</source>
        <translation>Carer</translation>
    </message>
    <message>
        <location filename="../ops_desktop/ui/services_team/providers_page.py" line="85"/>
        <source>Telefon</source>
        <translation>Phone</translation>
    </message>
    <message>
        <location filename="../ops_desktop/ui/services_team/providers_page.py" line="86"/>
        <source>Pracuje</source>
        <translation>Working</translation>
    </message>
    <message>
        <location filename="../ops_desktop/ui/services_team/providers_page.py" line="86"/>
        <source>tak</source>
        <translation>yes</translation>
    </message>
    <message>
        <location filename="../ops_desktop/ui/services_team/providers_page.py" line="86"/>
        <source>nie</source>
        <translation>no</translation>
    </message>
    <message>
        <location filename="../ops_desktop/ui/services_team/providers_page.py" line="88"/>
        <source>Opiekunowie</source>
        <translation>Carers</translation>
    </message>
    <message>
        <location filename="../ops_desktop/ui/services_team/providers_page.py" line="89"/>
        <source>Imię i nazwisko opiekuna</source>
        <translation>Carer&apos;s full name</translation>
    </message>
    <message>
        <location filename="../ops_desktop/ui/services_team/providers_page.py" line="91"/>
        <source>imię i nazwisko</source>
        <translation>full name</translation>
    </message>
    <message>
        <location filename="../ops_desktop/ui/services_team/providers_page.py" line="92"/>
        <source>Telefon opiekuna</source>
        <translation>Carer&apos;s phone</translation>
    </message>
    <message>
        <location filename="../ops_desktop/ui/services_team/providers_page.py" line="94"/>
        <source>telefon</source>
        <translation>phone</translation>
    </message>
    <message>
        <location filename="../ops_desktop/ui/services_team/providers_page.py" line="96"/>
        <source>&amp;Dodaj opiekuna</source>
        <translation>&amp;Add carer</translation>
    </message>
    <message>
        <location filename="../ops_desktop/ui/services_team/providers_page.py" line="98"/>
        <source>Nie &amp;pracuje / pracuje</source>
        <translation>Left / &amp;works again</translation>
    </message>
    <message>
        <location filename="../ops_desktop/ui/services_team/providers_page.py" line="102"/>
        <source>Opiekunowie wykonawcy</source>
        <translation>The provider&apos;s carers</translation>
    </message>
    <message>
        <location filename="../ops_desktop/ui/services_team/providers_page.py" line="107"/>
        <source>Kontrole i skargi dotyczące wykonawcy</source>
        <translation>Checks and complaints about the provider</translation>
    </message>
    <message>
        <location filename="../ops_desktop/ui/services_team/providers_page.py" line="113"/>
        <source>Liczba wykonawców</source>
        <translation>Number of providers</translation>
    </message>
    <message>
        <location filename="../ops_desktop/ui/services_team/providers_page.py" line="138"/>
        <source>Wykonawcy usług opiekuńczych: %1</source>
        <translation>Care providers: %1</translation>
    </message>
    <message>
        <location filename="../ops_desktop/ui/services_team/providers_page.py" line="217"/>
        <source>Nie można odczytać pliku %1.</source>
        <translation>Cannot read the file %1.</translation>
    </message>
</context>
<context>
    <name>QMessageBox</name>
    <message>
        <location filename="../ops_desktop/ui/guard.py" line="25"/>
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
        <location filename="../ops_desktop/ui/recovery.py" line="57"/>
        <source>Baza danych jest uszkodzona</source>
        <translation>The database is damaged</translation>
    </message>
    <message>
        <location filename="../ops_desktop/ui/recovery.py" line="59"/>
        <source>Plik bazy danych programu jest uszkodzony i nie można z niego pracować.

Można przywrócić dane z kopii zapasowej: podłącz dysk z kopiami, wybierz folder, zaznacz kopię (najnowsza jest na górze) i podaj hasło kopii zapisane w sejfie. Dane wpisane po wykonaniu tej kopii trzeba będzie wprowadzić ponownie. Uszkodzony plik zostanie zachowany obok, do wglądu informatyka.</source>
        <translation>The program&apos;s database file is damaged and cannot be worked with.

The data can be restored from a backup: connect the drive with the backups, choose the folder, select a backup (the newest is at the top) and enter the backup password kept in the safe. Data entered after that backup was made will have to be entered again. The damaged file will be kept alongside for the IT specialist to examine.</translation>
    </message>
    <message>
        <location filename="../ops_desktop/ui/recovery.py" line="68"/>
        <source>Folder kopii zapasowych</source>
        <translation>Backup folder</translation>
    </message>
    <message>
        <location filename="../ops_desktop/ui/recovery.py" line="70"/>
        <source>&amp;Wybierz…</source>
        <translation>&amp;Choose…</translation>
    </message>
    <message>
        <location filename="../ops_desktop/ui/recovery.py" line="70"/>
        <source>Wybierz folder</source>
        <translation>Choose folder</translation>
    </message>
    <message>
        <location filename="../ops_desktop/ui/recovery.py" line="73"/>
        <source>Folder kopii:</source>
        <translation>Backup folder:</translation>
    </message>
    <message>
        <location filename="../ops_desktop/ui/recovery.py" line="77"/>
        <source>Kopie zapasowe</source>
        <translation>Backups</translation>
    </message>
    <message>
        <location filename="../ops_desktop/ui/recovery.py" line="80"/>
        <source>Hasło kopii</source>
        <translation>Backup password</translation>
    </message>
    <message>
        <location filename="../ops_desktop/ui/recovery.py" line="84"/>
        <source>&amp;Przywróć wybraną kopię</source>
        <translation>&amp;Restore selected backup</translation>
    </message>
    <message>
        <location filename="../ops_desktop/ui/recovery.py" line="87"/>
        <source>&amp;Zamknij program</source>
        <translation>E&amp;xit program</translation>
    </message>
    <message>
        <location filename="../ops_desktop/ui/recovery.py" line="98"/>
        <source>&amp;Hasło kopii:</source>
        <translation>Backup pass&amp;word:</translation>
    </message>
    <message>
        <location filename="../ops_desktop/ui/recovery.py" line="117"/>
        <source>%1 – %2, liczba wierszy: %3</source>
        <translation>%1 – %2, number of rows: %3</translation>
    </message>
    <message>
        <location filename="../ops_desktop/ui/recovery.py" line="125"/>
        <source>W tym folderze nie ma kopii zapasowych programu.</source>
        <translation>There are no program backups in this folder.</translation>
    </message>
    <message>
        <location filename="../ops_desktop/ui/recovery.py" line="137"/>
        <source>Zaznacz kopię na liście.</source>
        <translation>Select a backup in the list.</translation>
    </message>
    <message>
        <location filename="../ops_desktop/ui/recovery.py" line="149"/>
        <source>Sprawdzanie i przywracanie kopii…</source>
        <translation>Verifying and restoring the backup…</translation>
    </message>
</context>
<context>
    <name>RecoveryKeyDialog</name>
    <message>
        <location filename="../ops_desktop/ui/recovery_key.py" line="206"/>
        <source>Klucz odzyskiwania</source>
        <translation>Recovery key</translation>
    </message>
    <message>
        <location filename="../ops_desktop/ui/recovery_key.py" line="210"/>
        <source>Gotowe</source>
        <translation>Done</translation>
    </message>
</context>
<context>
    <name>RecoveryKeyEntry</name>
    <message>
        <location filename="../ops_desktop/ui/unlock.py" line="165"/>
        <location filename="../ops_desktop/ui/unlock.py" line="170"/>
        <source>Klucz odzyskiwania</source>
        <translation>Recovery key</translation>
    </message>
    <message>
        <location filename="../ops_desktop/ui/unlock.py" line="166"/>
        <source>Przepisz klucz z kartki przechowywanej w sejfie (osiem grup po cztery znaki; wielkość liter i myślniki nie mają znaczenia).</source>
        <translation>Type the key from the sheet kept in the safe (eight groups of four characters; case and dashes do not matter).</translation>
    </message>
    <message>
        <location filename="../ops_desktop/ui/unlock.py" line="174"/>
        <source>Otwórz bazę</source>
        <translation>Open the database</translation>
    </message>
</context>
<context>
    <name>RecoveryKeyPage</name>
    <message>
        <location filename="../ops_desktop/ui/recovery_key.py" line="184"/>
        <source>Klucz odzyskiwania</source>
        <translation>Recovery key</translation>
    </message>
    <message>
        <location filename="../ops_desktop/ui/recovery_key.py" line="185"/>
        <source>Ostatni krok: klucz, który otworzy bazę, gdy nikt nie będzie mógł się zalogować.</source>
        <translation>Last step: the key that opens the database when nobody can sign in.</translation>
    </message>
</context>
<context>
    <name>RecoveryKeyPanel</name>
    <message>
        <location filename="../ops_desktop/ui/recovery_key.py" line="74"/>
        <source>Zapisz klucz odzyskiwania jako PDF</source>
        <translation>Save the recovery key as PDF</translation>
    </message>
    <message>
        <location filename="../ops_desktop/ui/recovery_key.py" line="75"/>
        <source>Dokument PDF (*.pdf)</source>
        <translation>PDF document (*.pdf)</translation>
    </message>
    <message>
        <location filename="../ops_desktop/ui/recovery_key.py" line="89"/>
        <source>Baza danych ośrodka jest zaszyfrowana. Zwykle otwiera ją login i hasło pracownika; gdy nikt nie może się zalogować, otworzy ją tylko ten klucz. Wydrukuj go albo zapisz jako PDF i schowaj w sejfie ośrodka. Program nie pokaże go ponownie.</source>
        <translation>The centre&apos;s database is encrypted. Normally a worker&apos;s login and password open it; when nobody can sign in, only this key opens it. Print it or save it as a PDF and keep it in the centre&apos;s safe. The program will not show it again.</translation>
    </message>
    <message>
        <location filename="../ops_desktop/ui/recovery_key.py" line="94"/>
        <source>Klucz odzyskiwania</source>
        <translation>Recovery key</translation>
    </message>
    <message>
        <location filename="../ops_desktop/ui/recovery_key.py" line="103"/>
        <source>&amp;Drukuj…</source>
        <translation>&amp;Print…</translation>
    </message>
    <message>
        <location filename="../ops_desktop/ui/recovery_key.py" line="104"/>
        <source>&amp;Zapisz jako PDF</source>
        <translation>&amp;Save as PDF</translation>
    </message>
    <message>
        <location filename="../ops_desktop/ui/recovery_key.py" line="110"/>
        <source>Gdzie zapisano</source>
        <translation>Where it was saved</translation>
    </message>
    <message>
        <location filename="../ops_desktop/ui/recovery_key.py" line="112"/>
        <source>Zapisałem/am klucz i schowam go w sejfie</source>
        <translation>I have kept the key and will put it in the safe</translation>
    </message>
    <message>
        <location filename="../ops_desktop/ui/recovery_key.py" line="113"/>
        <source>Klucz zapisany</source>
        <translation>Key kept</translation>
    </message>
    <message>
        <location filename="../ops_desktop/ui/recovery_key.py" line="147"/>
        <source>Nie udało się otworzyć przeglądarki PDF – użyj „Zapisz jako PDF” i wydrukuj plik z innego programu.</source>
        <translation>No PDF viewer could be opened – use &quot;Save as PDF&quot; and print the file from another program.</translation>
    </message>
    <message>
        <location filename="../ops_desktop/ui/recovery_key.py" line="162"/>
        <source>Nie udało się zapisać pliku %1: %2</source>
        <translation>The file %1 could not be saved: %2</translation>
    </message>
    <message>
        <location filename="../ops_desktop/ui/recovery_key.py" line="165"/>
        <source>Zapisano: %1. Ten plik otwiera bazę – po wydrukowaniu usuń go z komputera albo trzymaj tylko na nośniku w sejfie.</source>
        <translation>Saved: %1. This file opens the database – after printing, delete it from the computer or keep it only on a medium in the safe.</translation>
    </message>
</context>
<context>
    <name>RefusedChangesPage</name>
    <message>
        <location filename="../ops_desktop/ui/coordinator/refused_changes.py" line="36"/>
        <source>Odrzucona</source>
        <translation>Refused</translation>
    </message>
    <message>
        <location filename="../ops_desktop/ui/coordinator/refused_changes.py" line="38"/>
        <source>Z komputera</source>
        <translation>From PC</translation>
    </message>
    <message>
        <location filename="../ops_desktop/ui/coordinator/refused_changes.py" line="39"/>
        <source>Zmienił(a)</source>
        <translation>Changed by</translation>
    </message>
    <message>
        <location filename="../ops_desktop/ui/coordinator/refused_changes.py" line="40"/>
        <source>Rodzaj</source>
        <translation>Kind</translation>
    </message>
    <message>
        <location filename="../ops_desktop/ui/coordinator/refused_changes.py" line="41"/>
        <source>Dotyczy</source>
        <translation>Concerns</translation>
    </message>
    <message>
        <location filename="../ops_desktop/ui/coordinator/refused_changes.py" line="42"/>
        <source>Stan</source>
        <translation>State</translation>
    </message>
    <message>
        <location filename="../ops_desktop/ui/coordinator/refused_changes.py" line="44"/>
        <source>Powód</source>
        <translation>Reason</translation>
    </message>
    <message>
        <location filename="../ops_desktop/ui/coordinator/refused_changes.py" line="46"/>
        <source>Zmiany odrzucone</source>
        <translation>Refused changes</translation>
    </message>
    <message>
        <location filename="../ops_desktop/ui/coordinator/refused_changes.py" line="55"/>
        <source>czeka na brakujące dane</source>
        <translation>waiting for missing data</translation>
    </message>
    <message>
        <location filename="../ops_desktop/ui/coordinator/refused_changes.py" line="56"/>
        <source>odrzucona</source>
        <translation>refused</translation>
    </message>
    <message>
        <location filename="../ops_desktop/ui/coordinator/refused_changes.py" line="68"/>
        <source>Zmiany z innych komputerów, których ten komputer nie przyjął: %1 (w tym czekające na brakujące dane: %2). Czekające są sprawdzane ponownie przy każdej wymianie.</source>
        <translation>Changes from other PCs this PC did not accept: %1 (of them waiting for missing data: %2). Those waiting are tried again at every exchange.</translation>
    </message>
    <message>
        <location filename="../ops_desktop/ui/coordinator/refused_changes.py" line="72"/>
        <source>Ten komputer przyjął wszystkie zmiany z innych komputerów.</source>
        <translation>This PC accepted every change from the other PCs.</translation>
    </message>
</context>
<context>
    <name>RegisterAppealDialog</name>
    <message>
        <location filename="../ops_desktop/ui/benefits/appeal_dialogs.py" line="83"/>
        <source>Rejestracja odwołania</source>
        <translation>Registering an appeal</translation>
    </message>
    <message>
        <location filename="../ops_desktop/ui/benefits/appeal_dialogs.py" line="85"/>
        <source>Znak sprawy</source>
        <translation>Case sign</translation>
    </message>
    <message>
        <location filename="../ops_desktop/ui/benefits/appeal_dialogs.py" line="86"/>
        <source>np. OPS.8310.12.2026 – Enter szuka</source>
        <translation>e.g. OPS.8310.12.2026 – Enter searches</translation>
    </message>
    <message>
        <location filename="../ops_desktop/ui/benefits/appeal_dialogs.py" line="89"/>
        <source>Sz&amp;ukaj decyzji</source>
        <translation>F&amp;ind decisions</translation>
    </message>
    <message>
        <location filename="../ops_desktop/ui/benefits/appeal_dialogs.py" line="91"/>
        <source>Zaskarżona decyzja</source>
        <translation>Appealed decision</translation>
    </message>
    <message>
        <location filename="../ops_desktop/ui/benefits/appeal_dialogs.py" line="93"/>
        <source>Data wniesienia (nadania)</source>
        <translation>Day lodged (posted)</translation>
    </message>
    <message>
        <location filename="../ops_desktop/ui/benefits/appeal_dialogs.py" line="94"/>
        <source>Data wpływu do Ośrodka</source>
        <translation>Day received by the centre</translation>
    </message>
    <message>
        <location filename="../ops_desktop/ui/benefits/appeal_dialogs.py" line="95"/>
        <source>&amp;znana – decyzję doręczono dnia</source>
        <translation>&amp;known – the decision was delivered on</translation>
    </message>
    <message>
        <location filename="../ops_desktop/ui/benefits/appeal_dialogs.py" line="96"/>
        <source>Data doręczenia znana</source>
        <translation>Delivery date known</translation>
    </message>
    <message>
        <location filename="../ops_desktop/ui/benefits/appeal_dialogs.py" line="97"/>
        <source>Data doręczenia decyzji</source>
        <translation>Day the decision was delivered</translation>
    </message>
    <message>
        <location filename="../ops_desktop/ui/benefits/appeal_dialogs.py" line="101"/>
        <source>Kto wniósł odwołanie</source>
        <translation>Who lodged the appeal</translation>
    </message>
    <message>
        <location filename="../ops_desktop/ui/benefits/appeal_dialogs.py" line="103"/>
        <source>Treść odwołania w skrócie</source>
        <translation>Summary of the appeal</translation>
    </message>
    <message>
        <location filename="../ops_desktop/ui/benefits/appeal_dialogs.py" line="105"/>
        <source>Pozostałe strony, które nie wniosły odwołania</source>
        <translation>Other parties who did not appeal</translation>
    </message>
    <message>
        <location filename="../ops_desktop/ui/benefits/appeal_dialogs.py" line="108"/>
        <source>zwykle nikt – decyzja ma jedną stronę; po jednej w wierszu (art. 132 KPA)</source>
        <translation>usually nobody – the decision has one party; one per line (art. 132 KPA)</translation>
    </message>
    <message>
        <location filename="../ops_desktop/ui/benefits/appeal_dialogs.py" line="117"/>
        <source>&amp;Zarejestruj</source>
        <translation>&amp;Register</translation>
    </message>
    <message>
        <location filename="../ops_desktop/ui/benefits/appeal_dialogs.py" line="119"/>
        <source>Znak &amp;sprawy:</source>
        <translation>Case &amp;sign:</translation>
    </message>
    <message>
        <location filename="../ops_desktop/ui/benefits/appeal_dialogs.py" line="120"/>
        <source>Zaskarżona &amp;decyzja:</source>
        <translation>Appealed &amp;decision:</translation>
    </message>
    <message>
        <location filename="../ops_desktop/ui/benefits/appeal_dialogs.py" line="121"/>
        <source>Data &amp;wniesienia (stempel):</source>
        <translation>Day &amp;lodged (postmark):</translation>
    </message>
    <message>
        <location filename="../ops_desktop/ui/benefits/appeal_dialogs.py" line="122"/>
        <source>Data w&amp;pływu do Ośrodka:</source>
        <translation>Day &amp;received by the centre:</translation>
    </message>
    <message>
        <location filename="../ops_desktop/ui/benefits/appeal_dialogs.py" line="123"/>
        <source>Doręczenie decyzji:</source>
        <translation>Delivery of the decision:</translation>
    </message>
    <message>
        <location filename="../ops_desktop/ui/benefits/appeal_dialogs.py" line="125"/>
        <source>&amp;Kto wniósł:</source>
        <translation>&amp;Lodged by:</translation>
    </message>
    <message>
        <location filename="../ops_desktop/ui/benefits/appeal_dialogs.py" line="126"/>
        <source>&amp;Treść w skrócie:</source>
        <translation>&amp;Summary:</translation>
    </message>
    <message>
        <location filename="../ops_desktop/ui/benefits/appeal_dialogs.py" line="127"/>
        <source>Pozostałe str&amp;ony:</source>
        <translation>Other part&amp;ies:</translation>
    </message>
    <message>
        <location filename="../ops_desktop/ui/benefits/appeal_dialogs.py" line="152"/>
        <source>%1 z %2 – %3 %4</source>
        <translation>%1 of %2 – %3 %4</translation>
    </message>
    <message>
        <location filename="../ops_desktop/ui/benefits/appeal_dialogs.py" line="159"/>
        <source>W tej sprawie nie ma podpisanej decyzji.</source>
        <translation>This case has no signed decision.</translation>
    </message>
    <message>
        <location filename="../ops_desktop/ui/benefits/appeal_dialogs.py" line="172"/>
        <source>Termin strony: nie wiadomo – brak daty doręczenia decyzji.</source>
        <translation>Party&apos;s deadline: unknown – the decision&apos;s delivery date is missing.</translation>
    </message>
    <message>
        <location filename="../ops_desktop/ui/benefits/appeal_dialogs.py" line="174"/>
        <source>Termin strony (14 dni, art. 129 § 2 KPA) upływał %1: %2.</source>
        <translation>The party&apos;s deadline (14 days, art. 129 § 2 KPA) ended %1: %2.</translation>
    </message>
    <message>
        <location filename="../ops_desktop/ui/benefits/appeal_dialogs.py" line="176"/>
        <source>Termin strony na zażalenie (%3 dni, art. 141 § 2 KPA) upływał %1: %2.</source>
        <translation>The party&apos;s time for a complaint (%3 days, art. 141 § 2 KPA) ended on %1: %2.</translation>
    </message>
    <message>
        <location filename="../ops_desktop/ui/benefits/appeal_dialogs.py" line="179"/>
        <source>w terminie</source>
        <translation>in time</translation>
    </message>
    <message>
        <location filename="../ops_desktop/ui/benefits/appeal_dialogs.py" line="180"/>
        <source>PO TERMINIE</source>
        <translation>LATE</translation>
    </message>
    <message>
        <location filename="../ops_desktop/ui/benefits/appeal_dialogs.py" line="181"/>
        <source>Organ ma czas do %1 (7 dni, art. 133 KPA).</source>
        <translation>The organ has until %1 (7 days, art. 133 KPA).</translation>
    </message>
    <message>
        <location filename="../ops_desktop/ui/benefits/appeal_dialogs.py" line="200"/>
        <source>Wyszukaj sprawę i wybierz decyzję.</source>
        <translation>Find the case and choose the decision.</translation>
    </message>
</context>
<context>
    <name>RegisterPick</name>
    <message>
        <location filename="../ops_desktop/ui/social_work/register_pick.py" line="46"/>
        <source>Szukaj osoby w rejestrze</source>
        <translation>Search the register for a person</translation>
    </message>
    <message>
        <location filename="../ops_desktop/ui/social_work/register_pick.py" line="47"/>
        <source>nazwisko i imię lub PESEL</source>
        <translation>surname and first name, or PESEL</translation>
    </message>
    <message>
        <location filename="../ops_desktop/ui/social_work/register_pick.py" line="49"/>
        <source>Szukaj</source>
        <translation>Search</translation>
    </message>
    <message>
        <location filename="../ops_desktop/ui/social_work/register_pick.py" line="50"/>
        <source>Znalezione osoby</source>
        <translation>Persons found</translation>
    </message>
    <message>
        <location filename="../ops_desktop/ui/social_work/register_pick.py" line="52"/>
        <source>+ doznająca przemocy</source>
        <translation>+ experiencing violence</translation>
    </message>
    <message>
        <location filename="../ops_desktop/ui/social_work/register_pick.py" line="54"/>
        <source>+ stosująca przemoc</source>
        <translation>+ using violence</translation>
    </message>
    <message>
        <location filename="../ops_desktop/ui/social_work/register_pick.py" line="75"/>
        <source>nikogo nie znaleziono</source>
        <translation>nobody found</translation>
    </message>
</context>
<context>
    <name>ReopenCaseDialog</name>
    <message>
        <location filename="../ops_desktop/ui/case_dialogs.py" line="77"/>
        <source>Wznowienie sprawy</source>
        <translation>Reopening a case</translation>
    </message>
    <message>
        <location filename="../ops_desktop/ui/case_dialogs.py" line="79"/>
        <source>Powód wznowienia</source>
        <translation>Reason for reopening</translation>
    </message>
    <message>
        <location filename="../ops_desktop/ui/case_dialogs.py" line="80"/>
        <source>&amp;Wznów sprawę</source>
        <translation>&amp;Reopen the case</translation>
    </message>
    <message>
        <location filename="../ops_desktop/ui/case_dialogs.py" line="83"/>
        <source>&amp;Powód wznowienia:</source>
        <translation>&amp;Reason for reopening:</translation>
    </message>
</context>
<context>
    <name>ResetPasswordDialog</name>
    <message>
        <location filename="../ops_desktop/ui/admin/user_dialogs.py" line="174"/>
        <source>Reset hasła – %1</source>
        <translation>Password reset – %1</translation>
    </message>
    <message>
        <location filename="../ops_desktop/ui/admin/user_dialogs.py" line="176"/>
        <source>Hasło tymczasowe</source>
        <translation>Temporary password</translation>
    </message>
    <message>
        <location filename="../ops_desktop/ui/admin/user_dialogs.py" line="177"/>
        <source>Powtórz hasło</source>
        <translation>Repeat password</translation>
    </message>
    <message>
        <location filename="../ops_desktop/ui/admin/user_dialogs.py" line="178"/>
        <source>&amp;Ustaw hasło tymczasowe</source>
        <translation>&amp;Set temporary password</translation>
    </message>
    <message>
        <location filename="../ops_desktop/ui/admin/user_dialogs.py" line="181"/>
        <source>Użytkownik:</source>
        <translation>User:</translation>
    </message>
    <message>
        <location filename="../ops_desktop/ui/admin/user_dialogs.py" line="182"/>
        <source>&amp;Hasło tymczasowe:</source>
        <translation>&amp;Temporary password:</translation>
    </message>
    <message>
        <location filename="../ops_desktop/ui/admin/user_dialogs.py" line="184"/>
        <source>Po&amp;wtórz hasło:</source>
        <translation>Re&amp;peat password:</translation>
    </message>
    <message>
        <location filename="../ops_desktop/ui/admin/user_dialogs.py" line="189"/>
        <source>Użytkownik musi zmienić to hasło przy pierwszym logowaniu. Reset zdejmuje też blokadę konta po nieudanych próbach. Przekaż hasło osobiście, nie e-mailem. Role z dostępem do spraw (i rola administratora) wrócą do konta, gdy zatwierdzi je kierownik albo inny administrator – znasz to hasło, więc nie możesz ich zatwierdzić sam.</source>
        <translation>The user must change this password at first sign-in. The reset also lifts a lock-out after failed attempts. Hand the password over in person, not by e-mail. Roles with access to cases (and the administrator&apos;s role) return to the account once the head or another administrator confirms them – you know this password, so you cannot confirm them yourself.</translation>
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
        <location filename="../ops_desktop/ui/inbox.py" line="45"/>
        <source>Zwrot skierowania</source>
        <translation>Return referral</translation>
    </message>
    <message>
        <location filename="../ops_desktop/ui/inbox.py" line="48"/>
        <source>Powód zwrotu</source>
        <translation>Reason for return</translation>
    </message>
    <message>
        <location filename="../ops_desktop/ui/inbox.py" line="50"/>
        <source>&amp;Zwróć skierowanie</source>
        <translation>&amp;Return referral</translation>
    </message>
    <message>
        <location filename="../ops_desktop/ui/inbox.py" line="53"/>
        <source>Skierowanie %1 – %2</source>
        <translation>Referral %1 – %2</translation>
    </message>
    <message>
        <location filename="../ops_desktop/ui/inbox.py" line="55"/>
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
    <name>ReviewDialog</name>
    <message>
        <location filename="../ops_desktop/ui/social_work/contracts.py" line="110"/>
        <source>Ocena realizacji kontraktu</source>
        <translation>Contract review</translation>
    </message>
    <message>
        <location filename="../ops_desktop/ui/social_work/contracts.py" line="110"/>
        <source>Data &amp;oceny:</source>
        <translation>Review &amp;date:</translation>
    </message>
    <message>
        <location filename="../ops_desktop/ui/social_work/contracts.py" line="126"/>
        <source>Uwagi</source>
        <translation>Remarks</translation>
    </message>
    <message>
        <location filename="../ops_desktop/ui/social_work/contracts.py" line="127"/>
        <source>&amp;Uwagi:</source>
        <translation>&amp;Remarks:</translation>
    </message>
    <message>
        <location filename="../ops_desktop/ui/social_work/contracts.py" line="129"/>
        <source>&amp;Zapisz ocenę</source>
        <translation>&amp;Save review</translation>
    </message>
</context>
<context>
    <name>RoleChecks</name>
    <message>
        <location filename="../ops_desktop/ui/admin/user_dialogs.py" line="46"/>
        <source>Role</source>
        <translation>Roles</translation>
    </message>
</context>
<context>
    <name>SchedulePage</name>
    <message>
        <location filename="../ops_desktop/ui/services_team/schedule_page.py" line="60"/>
        <source>Osoba (zlecenie usług)</source>
        <translation>Person (care order)</translation>
    </message>
    <message>
        <location filename="../ops_desktop/ui/services_team/schedule_page.py" line="65"/>
        <source>Opiekun(ka)</source>
        <translation>Carer</translation>
    </message>
    <message>
        <location filename="../ops_desktop/ui/services_team/schedule_page.py" line="66"/>
        <source>Wykonawca</source>
        <translation>Provider</translation>
    </message>
    <message>
        <location filename="../ops_desktop/ui/services_team/schedule_page.py" line="67"/>
        <source>Od</source>
        <translation>From</translation>
    </message>
    <message>
        <location filename="../ops_desktop/ui/services_team/schedule_page.py" line="68"/>
        <source>Do</source>
        <translation>Until</translation>
    </message>
    <message>
        <location filename="../ops_desktop/ui/services_team/schedule_page.py" line="72"/>
        <source>Kto obsługuje osobę</source>
        <translation>Who serves the person</translation>
    </message>
    <message>
        <location filename="../ops_desktop/ui/services_team/schedule_page.py" line="73"/>
        <source>Opiekun do przydzielenia</source>
        <translation>Carer to assign</translation>
    </message>
    <message>
        <location filename="../ops_desktop/ui/services_team/schedule_page.py" line="77"/>
        <source>Obsługuje od</source>
        <translation>Serves from</translation>
    </message>
    <message>
        <location filename="../ops_desktop/ui/services_team/schedule_page.py" line="78"/>
        <source>&amp;Przydziel</source>
        <translation>&amp;Assign</translation>
    </message>
    <message>
        <location filename="../ops_desktop/ui/services_team/schedule_page.py" line="79"/>
        <source>Za&amp;kończ przydział dziś</source>
        <translation>E&amp;nd the assignment today</translation>
    </message>
    <message>
        <location filename="../ops_desktop/ui/services_team/schedule_page.py" line="81"/>
        <source>Kto obsługuje</source>
        <translation>Who serves</translation>
    </message>
    <message>
        <location filename="../ops_desktop/ui/services_team/schedule_page.py" line="93"/>
        <location filename="../ops_desktop/ui/services_team/schedule_page.py" line="113"/>
        <source>Harmonogram tygodniowy</source>
        <translation>Weekly schedule</translation>
    </message>
    <message>
        <location filename="../ops_desktop/ui/services_team/schedule_page.py" line="100"/>
        <source>Dzień tygodnia</source>
        <translation>Weekday</translation>
    </message>
    <message>
        <location filename="../ops_desktop/ui/services_team/schedule_page.py" line="103"/>
        <source>Od godziny</source>
        <translation>From</translation>
    </message>
    <message>
        <location filename="../ops_desktop/ui/services_team/schedule_page.py" line="104"/>
        <source>Do godziny</source>
        <translation>To</translation>
    </message>
    <message>
        <location filename="../ops_desktop/ui/services_team/schedule_page.py" line="105"/>
        <source>Opiekun(ka) wizyty</source>
        <translation>Carer of the visit</translation>
    </message>
    <message>
        <location filename="../ops_desktop/ui/services_team/schedule_page.py" line="109"/>
        <source>&amp;Dodaj wizytę</source>
        <translation>&amp;Add visit</translation>
    </message>
    <message>
        <location filename="../ops_desktop/ui/services_team/schedule_page.py" line="110"/>
        <source>&amp;Usuń wizytę</source>
        <translation>&amp;Remove visit</translation>
    </message>
    <message>
        <location filename="../ops_desktop/ui/services_team/schedule_page.py" line="112"/>
        <source>Godziny w harmonogramie</source>
        <translation>Hours in the schedule</translation>
    </message>
    <message>
        <location filename="../ops_desktop/ui/services_team/schedule_page.py" line="127"/>
        <source>Godziny opiekunów w miesiącu</source>
        <translation>Carers&apos; hours in the month</translation>
    </message>
    <message>
        <location filename="../ops_desktop/ui/services_team/schedule_page.py" line="130"/>
        <source>Kontrole i skargi dotyczące osoby</source>
        <translation>Checks and complaints about the person</translation>
    </message>
    <message>
        <location filename="../ops_desktop/ui/services_team/schedule_page.py" line="145"/>
        <source>&amp;Osoba:</source>
        <translation>&amp;Person:</translation>
    </message>
    <message>
        <location filename="../ops_desktop/ui/services_team/schedule_page.py" line="167"/>
        <source>%1 – %2, %3 godz. tygodniowo</source>
        <translation>%1 – %2, %3 h a week</translation>
    </message>
    <message>
        <location filename="../ops_desktop/ui/services_team/schedule_page.py" line="219"/>
        <source>Zaplanowano %1 z %2 godz. tygodniowo.</source>
        <translation>Planned %1 of %2 h a week.</translation>
    </message>
    <message>
        <location filename="../ops_desktop/ui/services_team/schedule_page.py" line="230"/>
        <source>Najpierw dodaj opiekuna na stronie „Wykonawcy usług”.</source>
        <translation>First add a carer on the &quot;Care providers&quot; page.</translation>
    </message>
    <message>
        <location filename="../ops_desktop/ui/services_team/schedule_page.py" line="251"/>
        <source>Najpierw przydziel opiekuna do tej osoby.</source>
        <translation>First assign a carer to this person.</translation>
    </message>
</context>
<context>
    <name>SecurityPanel</name>
    <message>
        <location filename="../ops_desktop/ui/admin/tab.py" line="49"/>
        <source>Blokada po bezczynności</source>
        <translation>Lock after inactivity</translation>
    </message>
    <message>
        <location filename="../ops_desktop/ui/admin/tab.py" line="51"/>
        <source> min</source>
        <translation> min</translation>
    </message>
    <message>
        <location filename="../ops_desktop/ui/admin/tab.py" line="53"/>
        <source>&amp;Zapisz</source>
        <translation>&amp;Save</translation>
    </message>
    <message>
        <location filename="../ops_desktop/ui/admin/tab.py" line="58"/>
        <source>&amp;Blokada okna po bezczynności:</source>
        <translation>&amp;Lock the window after inactivity:</translation>
    </message>
    <message>
        <location filename="../ops_desktop/ui/admin/tab.py" line="66"/>
        <source>Po tylu minutach bez użycia klawiatury i myszy okno programu zasłania dane i prosi o hasło; wpisane dane pozostają. Od 1 do 240 minut, domyślnie 10. Zmiana obowiązuje od następnego zalogowania.</source>
        <translation>After this many minutes without keyboard or mouse use the program window hides the data and asks for the password; data already typed in stays. From 1 to 240 minutes, 10 by default. The change applies from the next sign-in.</translation>
    </message>
    <message>
        <location filename="../ops_desktop/ui/admin/tab.py" line="85"/>
        <source>Zapisano: blokada po %1 min bezczynności.</source>
        <translation>Saved: lock after %1 min of inactivity.</translation>
    </message>
</context>
<context>
    <name>ServiceActEntry</name>
    <message>
        <location filename="../ops_desktop/ui/services_team/service_act_entry.py" line="37"/>
        <source>Decyzja o &amp;posiłku…</source>
        <translation>&amp;Meal decision…</translation>
    </message>
    <message>
        <location filename="../ops_desktop/ui/services_team/service_act_entry.py" line="39"/>
        <source>Decyzja o &amp;schronieniu…</source>
        <translation>&amp;Shelter decision…</translation>
    </message>
    <message>
        <location filename="../ops_desktop/ui/services_team/service_act_entry.py" line="42"/>
        <source>Skierowanie do &amp;DPS…</source>
        <translation>Referral to a &amp;DPS…</translation>
    </message>
    <message>
        <location filename="../ops_desktop/ui/services_team/service_act_entry.py" line="47"/>
        <source>&amp;Odpłatność za DPS…</source>
        <translation>DPS &amp;fee…</translation>
    </message>
    <message>
        <location filename="../ops_desktop/ui/services_team/service_act_entry.py" line="50"/>
        <source>Kto przygotowuje decyzje o posiłku, schronieniu i DPS</source>
        <translation>Who prepares meal, shelter and DPS decisions</translation>
    </message>
    <message>
        <location filename="../ops_desktop/ui/services_team/service_act_entry.py" line="52"/>
        <source>Decyzje o posiłku, schronieniu i skierowaniu do DPS przygotowuje zespół usług.</source>
        <translation>Meal, shelter and DPS referral decisions are prepared by the services team.</translation>
    </message>
    <message>
        <location filename="../ops_desktop/ui/services_team/service_act_entry.py" line="87"/>
        <source>Nie ma jeszcze skierowania do DPS, do którego można ustalić odpłatność.</source>
        <translation>There is no DPS placement yet to set a fee for.</translation>
    </message>
    <message>
        <location filename="../ops_desktop/ui/services_team/service_act_entry.py" line="92"/>
        <source>Odpłatność za DPS</source>
        <translation>DPS fee</translation>
    </message>
    <message>
        <location filename="../ops_desktop/ui/services_team/service_act_entry.py" line="92"/>
        <source>Skierowanie:</source>
        <translation>Placement:</translation>
    </message>
</context>
<context>
    <name>ServicesTab</name>
    <message>
        <location filename="../ops_desktop/ui/services_team/tab.py" line="38"/>
        <source>Plan pomocy z &amp;wywiadu…</source>
        <translation>Help plan from the &amp;interview…</translation>
    </message>
    <message>
        <location filename="../ops_desktop/ui/services_team/tab.py" line="53"/>
        <source>Sprawy</source>
        <translation>Cases</translation>
    </message>
    <message>
        <location filename="../ops_desktop/ui/services_team/tab.py" line="58"/>
        <source>Usługi opiekuńcze</source>
        <translation>Care services</translation>
    </message>
    <message>
        <location filename="../ops_desktop/ui/services_team/tab.py" line="60"/>
        <source>Harmonogram i godziny</source>
        <translation>Schedule and hours</translation>
    </message>
    <message>
        <location filename="../ops_desktop/ui/services_team/tab.py" line="62"/>
        <source>Wykonawcy usług</source>
        <translation>Care providers</translation>
    </message>
    <message>
        <location filename="../ops_desktop/ui/services_team/tab.py" line="65"/>
        <source>Opłaty za usługi</source>
        <translation>Service fees</translation>
    </message>
    <message>
        <location filename="../ops_desktop/ui/services_team/tab.py" line="68"/>
        <source>DPS</source>
        <translation>Care home</translation>
    </message>
    <message>
        <location filename="../ops_desktop/ui/services_team/tab.py" line="69"/>
        <source>Schronienie</source>
        <translation>Shelter</translation>
    </message>
    <message>
        <location filename="../ops_desktop/ui/services_team/tab.py" line="70"/>
        <source>Posiłek</source>
        <translation>Meals</translation>
    </message>
</context>
<context>
    <name>SetupWizard</name>
    <message>
        <location filename="../ops_desktop/ui/setup_wizard.py" line="177"/>
        <source>Pierwsze uruchomienie – konfiguracja ośrodka</source>
        <translation>First start – setting up the office</translation>
    </message>
    <message>
        <location filename="../ops_desktop/ui/setup_wizard.py" line="189"/>
        <location filename="../ops_desktop/ui/setup_wizard.py" line="193"/>
        <source>Dalej &gt;</source>
        <translation>Next &gt;</translation>
    </message>
    <message>
        <location filename="../ops_desktop/ui/setup_wizard.py" line="194"/>
        <source>&lt; Wstecz</source>
        <translation>&lt; Back</translation>
    </message>
    <message>
        <location filename="../ops_desktop/ui/setup_wizard.py" line="195"/>
        <source>Zakończ</source>
        <translation>Finish</translation>
    </message>
    <message>
        <location filename="../ops_desktop/ui/setup_wizard.py" line="196"/>
        <source>Anuluj</source>
        <translation>Cancel</translation>
    </message>
</context>
<context>
    <name>ShareDialog</name>
    <message>
        <location filename="../ops_desktop/ui/admin/share_dialog.py" line="34"/>
        <source>Zapisz zaproszenie jako</source>
        <translation>Save the invitation as</translation>
    </message>
    <message>
        <location filename="../ops_desktop/ui/admin/share_dialog.py" line="35"/>
        <source>Zaproszenie (*.opsbak)</source>
        <translation>Invitation (*.opsbak)</translation>
    </message>
    <message>
        <location filename="../ops_desktop/ui/admin/share_dialog.py" line="54"/>
        <source>Udostępnij biuro</source>
        <translation>Share the office</translation>
    </message>
    <message>
        <location filename="../ops_desktop/ui/admin/share_dialog.py" line="56"/>
        <source>Ten komputer stanie się pierwszym komputerem biura. Pozostałe komputery dołączą z pliku zaproszenia i kodu, a potem wszystkie wymieniają zmiany przez folder wymiany – udział sieciowy widoczny ze wszystkich komputerów (albo dysk USB laptopa). Zaproszenie zawiera wszystkie dane ośrodka, zaszyfrowane kodem.</source>
        <translation>This PC will become the office&apos;s first PC. The other PCs join from the invitation file and its code, and then all of them exchange changes through the exchange folder – a network share visible from every PC (or a laptop&apos;s USB disk). The invitation holds all the centre&apos;s data, encrypted with the code.</translation>
    </message>
    <message>
        <location filename="../ops_desktop/ui/admin/share_dialog.py" line="60"/>
        <source>&amp;Udostępnij</source>
        <translation>&amp;Share</translation>
    </message>
    <message>
        <location filename="../ops_desktop/ui/admin/share_dialog.py" line="61"/>
        <source>Folder wymiany</source>
        <translation>Exchange folder</translation>
    </message>
    <message>
        <location filename="../ops_desktop/ui/admin/share_dialog.py" line="62"/>
        <source>np. udział sieciowy serwera plików lub dysku NAS</source>
        <translation>e.g. a network share of a file server or a NAS disk</translation>
    </message>
    <message>
        <location filename="../ops_desktop/ui/admin/share_dialog.py" line="64"/>
        <source>Wy&amp;bierz…</source>
        <translation>Bro&amp;wse…</translation>
    </message>
    <message>
        <location filename="../ops_desktop/ui/admin/share_dialog.py" line="66"/>
        <source>Nazwa tego komputera</source>
        <translation>Name of this PC</translation>
    </message>
    <message>
        <location filename="../ops_desktop/ui/admin/share_dialog.py" line="68"/>
        <source>np. Pokój 12 – świadczenia</source>
        <translation>e.g. Room 12 – benefits</translation>
    </message>
    <message>
        <location filename="../ops_desktop/ui/admin/share_dialog.py" line="70"/>
        <source>Plik zaproszenia</source>
        <translation>Invitation file</translation>
    </message>
    <message>
        <location filename="../ops_desktop/ui/admin/share_dialog.py" line="72"/>
        <source>Wyb&amp;ierz…</source>
        <translation>Brow&amp;se…</translation>
    </message>
    <message>
        <location filename="../ops_desktop/ui/admin/share_dialog.py" line="74"/>
        <source>&amp;Folder wymiany *</source>
        <translation>&amp;Exchange folder *</translation>
    </message>
    <message>
        <location filename="../ops_desktop/ui/admin/share_dialog.py" line="75"/>
        <source>&amp;Nazwa tego komputera * (np. pokój i zespół)</source>
        <translation>&amp;Name of this PC * (e.g. room and team)</translation>
    </message>
    <message>
        <location filename="../ops_desktop/ui/admin/share_dialog.py" line="77"/>
        <source>&amp;Zapisz zaproszenie w pliku *</source>
        <translation>&amp;Save the invitation to the file *</translation>
    </message>
    <message>
        <location filename="../ops_desktop/ui/admin/share_dialog.py" line="85"/>
        <source>Podaj nazwę pliku, nie folder.</source>
        <translation>Enter a file name, not a folder.</translation>
    </message>
    <message>
        <location filename="../ops_desktop/ui/admin/share_dialog.py" line="89"/>
        <source>Nie można zapisywać w tym folderze.</source>
        <translation>Cannot write to this folder.</translation>
    </message>
</context>
<context>
    <name>Sheet</name>
    <message>
        <location filename="../ops_desktop/ui/idle_lock.py" line="46"/>
        <source>Sesja zablokowana</source>
        <translation>Session locked</translation>
    </message>
</context>
<context>
    <name>ShelterDecisionDialog</name>
    <message>
        <location filename="../ops_desktop/ui/services_team/shelter_dialog.py" line="32"/>
        <source>Decyzja o przyznaniu schronienia</source>
        <translation>Decision granting shelter</translation>
    </message>
    <message>
        <location filename="../ops_desktop/ui/services_team/shelter_dialog.py" line="35"/>
        <source>Sprawa zespołu usług</source>
        <translation>Services team case</translation>
    </message>
    <message>
        <location filename="../ops_desktop/ui/services_team/shelter_dialog.py" line="37"/>
        <source>Wywiad środowiskowy</source>
        <translation>Family interview</translation>
    </message>
    <message>
        <location filename="../ops_desktop/ui/services_team/shelter_dialog.py" line="39"/>
        <source>Placówka</source>
        <translation>Institution</translation>
    </message>
    <message>
        <location filename="../ops_desktop/ui/services_team/shelter_dialog.py" line="42"/>
        <source>%1 – %2 (wolne: %3)</source>
        <translation>%1 – %2 (free: %3)</translation>
    </message>
    <message>
        <location filename="../ops_desktop/ui/services_team/shelter_dialog.py" line="46"/>
        <source>Data decyzji</source>
        <translation>Decision date</translation>
    </message>
    <message>
        <location filename="../ops_desktop/ui/services_team/shelter_dialog.py" line="47"/>
        <source>Pobyt od</source>
        <translation>Stay from</translation>
    </message>
    <message>
        <location filename="../ops_desktop/ui/services_team/shelter_dialog.py" line="48"/>
        <source>Pobyt do</source>
        <translation>Stay until</translation>
    </message>
    <message>
        <location filename="../ops_desktop/ui/services_team/shelter_dialog.py" line="50"/>
        <source>Uzasadnienie</source>
        <translation>Reasoning</translation>
    </message>
    <message>
        <location filename="../ops_desktop/ui/services_team/shelter_dialog.py" line="51"/>
        <source>&amp;Zapisz projekt</source>
        <translation>&amp;Save draft</translation>
    </message>
    <message>
        <location filename="../ops_desktop/ui/services_team/shelter_dialog.py" line="55"/>
        <source>&amp;Sprawa:</source>
        <translation>&amp;Case:</translation>
    </message>
    <message>
        <location filename="../ops_desktop/ui/services_team/shelter_dialog.py" line="56"/>
        <source>&amp;Wywiad:</source>
        <translation>&amp;Interview:</translation>
    </message>
    <message>
        <location filename="../ops_desktop/ui/services_team/shelter_dialog.py" line="57"/>
        <source>&amp;Placówka:</source>
        <translation>&amp;Institution:</translation>
    </message>
    <message>
        <location filename="../ops_desktop/ui/services_team/shelter_dialog.py" line="58"/>
        <source>&amp;Data decyzji:</source>
        <translation>&amp;Decision date:</translation>
    </message>
    <message>
        <location filename="../ops_desktop/ui/services_team/shelter_dialog.py" line="59"/>
        <source>Pobyt &amp;od:</source>
        <translation>Stay &amp;from:</translation>
    </message>
    <message>
        <location filename="../ops_desktop/ui/services_team/shelter_dialog.py" line="60"/>
        <source>Pobyt d&amp;o:</source>
        <translation>Stay &amp;until:</translation>
    </message>
    <message>
        <location filename="../ops_desktop/ui/services_team/shelter_dialog.py" line="61"/>
        <source>&amp;Uzasadnienie:</source>
        <translation>&amp;Reasoning:</translation>
    </message>
    <message>
        <location filename="../ops_desktop/ui/services_team/shelter_dialog.py" line="66"/>
        <source>Schronienie przyznaje się po przeprowadzeniu wywiadu środowiskowego; decyzję podpisuje kierownik.</source>
        <translation>Shelter is granted after a family interview; the head signs the decision.</translation>
    </message>
    <message>
        <location filename="../ops_desktop/ui/services_team/shelter_dialog.py" line="79"/>
        <source>zakończony, przeprowadzony %1</source>
        <translation>completed, conducted %1</translation>
    </message>
    <message>
        <location filename="../ops_desktop/ui/services_team/shelter_dialog.py" line="82"/>
        <source>w toku (szkic)</source>
        <translation>in progress (draft)</translation>
    </message>
    <message>
        <location filename="../ops_desktop/ui/services_team/shelter_dialog.py" line="88"/>
        <source>Brak otwartej sprawy zespołu usług.</source>
        <translation>No open case of the services team.</translation>
    </message>
    <message>
        <location filename="../ops_desktop/ui/services_team/shelter_dialog.py" line="92"/>
        <source>Ta osoba nie ma wywiadu środowiskowego – schronienie przyznaje się po wywiadzie.</source>
        <translation>This person has no family interview – shelter is granted after an interview.</translation>
    </message>
</context>
<context>
    <name>ShelterPage</name>
    <message>
        <location filename="../ops_desktop/ui/services_team/shelter_page.py" line="63"/>
        <location filename="../ops_desktop/ui/services_team/shelter_page.py" line="78"/>
        <location filename="../ops_desktop/ui/services_team/shelter_page.py" line="133"/>
        <source>Placówka</source>
        <translation>Institution</translation>
    </message>
    <message>
        <location filename="../ops_desktop/ui/services_team/shelter_page.py" line="64"/>
        <source>Forma</source>
        <translation>Form</translation>
    </message>
    <message>
        <location filename="../ops_desktop/ui/services_team/shelter_page.py" line="65"/>
        <source>Miejsca</source>
        <translation>Places</translation>
    </message>
    <message>
        <location filename="../ops_desktop/ui/services_team/shelter_page.py" line="67"/>
        <source>Zajęte dziś</source>
        <translation>Taken today</translation>
    </message>
    <message>
        <location filename="../ops_desktop/ui/services_team/shelter_page.py" line="69"/>
        <source>Wolne</source>
        <translation>Free</translation>
    </message>
    <message>
        <location filename="../ops_desktop/ui/services_team/shelter_page.py" line="70"/>
        <source>Od</source>
        <translation>From</translation>
    </message>
    <message>
        <location filename="../ops_desktop/ui/services_team/shelter_page.py" line="72"/>
        <source>Do</source>
        <translation>Until</translation>
    </message>
    <message>
        <location filename="../ops_desktop/ui/services_team/shelter_page.py" line="75"/>
        <source>Wykaz miejsc schronienia</source>
        <translation>Register of shelter places</translation>
    </message>
    <message>
        <location filename="../ops_desktop/ui/services_team/shelter_page.py" line="79"/>
        <source>Adres placówki</source>
        <translation>Institution address</translation>
    </message>
    <message>
        <location filename="../ops_desktop/ui/services_team/shelter_page.py" line="80"/>
        <source>Forma schronienia</source>
        <translation>Form of shelter</translation>
    </message>
    <message>
        <location filename="../ops_desktop/ui/services_team/shelter_page.py" line="82"/>
        <source>Liczba miejsc</source>
        <translation>Number of places</translation>
    </message>
    <message>
        <location filename="../ops_desktop/ui/services_team/shelter_page.py" line="85"/>
        <source>Miejsca od</source>
        <translation>Places from</translation>
    </message>
    <message>
        <location filename="../ops_desktop/ui/services_team/shelter_page.py" line="86"/>
        <location filename="../ops_desktop/ui/services_team/shelter_page.py" line="124"/>
        <source>do</source>
        <translation>to</translation>
    </message>
    <message>
        <location filename="../ops_desktop/ui/services_team/shelter_page.py" line="86"/>
        <source>Do dnia</source>
        <translation>To day</translation>
    </message>
    <message>
        <location filename="../ops_desktop/ui/services_team/shelter_page.py" line="87"/>
        <source>Miejsca do</source>
        <translation>Places until</translation>
    </message>
    <message>
        <location filename="../ops_desktop/ui/services_team/shelter_page.py" line="90"/>
        <source>Dzień zmiany</source>
        <translation>Date of change</translation>
    </message>
    <message>
        <location filename="../ops_desktop/ui/services_team/shelter_page.py" line="91"/>
        <source>&amp;Dodaj do wykazu</source>
        <translation>&amp;Add to register</translation>
    </message>
    <message>
        <location filename="../ops_desktop/ui/services_team/shelter_page.py" line="92"/>
        <source>&amp;Zapisz zmianę</source>
        <translation>&amp;Save change</translation>
    </message>
    <message>
        <location filename="../ops_desktop/ui/services_team/shelter_page.py" line="96"/>
        <source>&amp;Placówka:</source>
        <translation>&amp;Institution:</translation>
    </message>
    <message>
        <location filename="../ops_desktop/ui/services_team/shelter_page.py" line="97"/>
        <source>&amp;Adres:</source>
        <translation>&amp;Address:</translation>
    </message>
    <message>
        <location filename="../ops_desktop/ui/services_team/shelter_page.py" line="98"/>
        <source>&amp;Forma:</source>
        <translation>&amp;Form:</translation>
    </message>
    <message>
        <location filename="../ops_desktop/ui/services_team/shelter_page.py" line="99"/>
        <source>&amp;Liczba miejsc:</source>
        <translation>&amp;Number of places:</translation>
    </message>
    <message>
        <location filename="../ops_desktop/ui/services_team/shelter_page.py" line="100"/>
        <source>Miejsca &amp;od:</source>
        <translation>Places &amp;from:</translation>
    </message>
    <message>
        <location filename="../ops_desktop/ui/services_team/shelter_page.py" line="101"/>
        <source>Miejsca do:</source>
        <translation>Places until:</translation>
    </message>
    <message>
        <location filename="../ops_desktop/ui/services_team/shelter_page.py" line="103"/>
        <source>Dzień &amp;zmiany:</source>
        <translation>Date of &amp;change:</translation>
    </message>
    <message>
        <location filename="../ops_desktop/ui/services_team/shelter_page.py" line="109"/>
        <source>Pozycja wykazu</source>
        <translation>Register entry</translation>
    </message>
    <message>
        <location filename="../ops_desktop/ui/services_team/shelter_page.py" line="116"/>
        <source>Zmiany od</source>
        <translation>Changes from</translation>
    </message>
    <message>
        <location filename="../ops_desktop/ui/services_team/shelter_page.py" line="118"/>
        <source>Zmiany do</source>
        <translation>Changes until</translation>
    </message>
    <message>
        <location filename="../ops_desktop/ui/services_team/shelter_page.py" line="119"/>
        <source>&amp;Raport zmian dla wojewody</source>
        <translation>&amp;Change report for the voivode</translation>
    </message>
    <message>
        <location filename="../ops_desktop/ui/services_team/shelter_page.py" line="122"/>
        <source>Zmiany w wykazie od</source>
        <translation>Register changes from</translation>
    </message>
    <message>
        <location filename="../ops_desktop/ui/services_team/shelter_page.py" line="130"/>
        <source>Numer</source>
        <translation>Number</translation>
    </message>
    <message>
        <location filename="../ops_desktop/ui/services_team/shelter_page.py" line="131"/>
        <source>Osoba</source>
        <translation>Person</translation>
    </message>
    <message>
        <location filename="../ops_desktop/ui/services_team/shelter_page.py" line="132"/>
        <source>Znak sprawy</source>
        <translation>Case sign</translation>
    </message>
    <message>
        <location filename="../ops_desktop/ui/services_team/shelter_page.py" line="134"/>
        <source>Pobyt</source>
        <translation>Stay</translation>
    </message>
    <message>
        <location filename="../ops_desktop/ui/services_team/shelter_page.py" line="136"/>
        <source>Wywiad z dnia</source>
        <translation>Interview of</translation>
    </message>
    <message>
        <location filename="../ops_desktop/ui/services_team/shelter_page.py" line="137"/>
        <source>Stan</source>
        <translation>State</translation>
    </message>
    <message>
        <location filename="../ops_desktop/ui/services_team/shelter_page.py" line="137"/>
        <source>podpisana</source>
        <translation>signed</translation>
    </message>
    <message>
        <location filename="../ops_desktop/ui/services_team/shelter_page.py" line="138"/>
        <source>projekt</source>
        <translation>draft</translation>
    </message>
    <message>
        <location filename="../ops_desktop/ui/services_team/shelter_page.py" line="141"/>
        <location filename="../ops_desktop/ui/services_team/shelter_page.py" line="164"/>
        <source>Decyzje o przyznaniu schronienia</source>
        <translation>Shelter decisions</translation>
    </message>
    <message>
        <location filename="../ops_desktop/ui/services_team/shelter_page.py" line="144"/>
        <source>&amp;Nowa decyzja…</source>
        <translation>&amp;New decision…</translation>
    </message>
    <message>
        <location filename="../ops_desktop/ui/services_team/shelter_page.py" line="147"/>
        <source>&amp;Podpisz</source>
        <translation>&amp;Sign</translation>
    </message>
    <message>
        <location filename="../ops_desktop/ui/services_team/shelter_page.py" line="149"/>
        <source>D&amp;rukuj decyzję</source>
        <translation>&amp;Print decision</translation>
    </message>
</context>
<context>
    <name>SignConfirmation</name>
    <message>
        <location filename="../ops_desktop/ui/coordinator/sign_confirmation.py" line="48"/>
        <source>Podpisanie decyzji</source>
        <translation>Signing decisions</translation>
    </message>
    <message>
        <location filename="../ops_desktop/ui/coordinator/sign_confirmation.py" line="55"/>
        <source>Podpisać tę decyzję? Podpisanej decyzji nie można już zmienić.</source>
        <translation>Sign this decision? A signed decision can no longer be changed.</translation>
    </message>
    <message>
        <location filename="../ops_desktop/ui/coordinator/sign_confirmation.py" line="62"/>
        <source>Podpisać %1 decyzji na łączną kwotę %2? Podpisanych decyzji nie można już zmienić.</source>
        <translation>Sign %1 decisions for a total of %2? Signed decisions can no longer be changed.</translation>
    </message>
    <message>
        <location filename="../ops_desktop/ui/coordinator/sign_confirmation.py" line="65"/>
        <source>Decyzje do podpisu</source>
        <translation>Decisions to sign</translation>
    </message>
    <message>
        <location filename="../ops_desktop/ui/coordinator/sign_confirmation.py" line="68"/>
        <source>Podgląd</source>
        <translation>Preview</translation>
    </message>
    <message>
        <location filename="../ops_desktop/ui/coordinator/sign_confirmation.py" line="70"/>
        <source>Podpisz</source>
        <translation>Sign</translation>
    </message>
    <message>
        <location filename="../ops_desktop/ui/coordinator/sign_confirmation.py" line="78"/>
        <source>Znak sprawy</source>
        <translation>Case sign</translation>
    </message>
    <message>
        <location filename="../ops_desktop/ui/coordinator/sign_confirmation.py" line="79"/>
        <source>Forma pomocy</source>
        <translation>Form of help</translation>
    </message>
    <message>
        <location filename="../ops_desktop/ui/coordinator/sign_confirmation.py" line="80"/>
        <source>Rodzaj</source>
        <translation>Kind</translation>
    </message>
    <message>
        <location filename="../ops_desktop/ui/coordinator/sign_confirmation.py" line="81"/>
        <source>Osoba</source>
        <translation>Person</translation>
    </message>
    <message>
        <location filename="../ops_desktop/ui/coordinator/sign_confirmation.py" line="82"/>
        <source>Kwota</source>
        <translation>Amount</translation>
    </message>
    <message>
        <location filename="../ops_desktop/ui/coordinator/sign_confirmation.py" line="83"/>
        <source>Okres</source>
        <translation>Period</translation>
    </message>
</context>
<context>
    <name>SignDialog</name>
    <message>
        <location filename="../ops_desktop/ui/social_work/contracts.py" line="87"/>
        <source>Podpisanie kontraktu</source>
        <translation>Signing the contract</translation>
    </message>
    <message>
        <location filename="../ops_desktop/ui/social_work/contracts.py" line="87"/>
        <source>Data &amp;zawarcia:</source>
        <translation>Date &amp;signed:</translation>
    </message>
    <message>
        <location filename="../ops_desktop/ui/social_work/contracts.py" line="92"/>
        <source>Po zapisaniu podpisów obu stron kontrakt nie może być zmieniony – zmiana wymaga aneksu.</source>
        <translation>Once both sides&apos; signatures are saved the contract cannot be changed – a change needs an annex.</translation>
    </message>
    <message>
        <location filename="../ops_desktop/ui/social_work/contracts.py" line="94"/>
        <source>Po zapisaniu podpisów dokument nie może być zmieniony.</source>
        <translation>Once the signatures are recorded the document cannot be changed.</translation>
    </message>
    <message>
        <location filename="../ops_desktop/ui/social_work/contracts.py" line="96"/>
        <source>&amp;Zapisz podpisy</source>
        <translation>&amp;Save signatures</translation>
    </message>
</context>
<context>
    <name>SignInDialog</name>
    <message>
        <location filename="../ops_desktop/ui/sign_in.py" line="44"/>
        <source>Blokada do godz. %1.</source>
        <translation>Locked until %1.</translation>
    </message>
    <message>
        <location filename="../ops_desktop/ui/sign_in.py" line="57"/>
        <source>Logowanie – %1</source>
        <translation>Sign in – %1</translation>
    </message>
    <message>
        <location filename="../ops_desktop/ui/sign_in.py" line="58"/>
        <source>Login</source>
        <translation>Username</translation>
    </message>
    <message>
        <location filename="../ops_desktop/ui/sign_in.py" line="60"/>
        <source>Hasło</source>
        <translation>Password</translation>
    </message>
    <message>
        <location filename="../ops_desktop/ui/sign_in.py" line="63"/>
        <source>&amp;Login:</source>
        <translation>&amp;Username:</translation>
    </message>
    <message>
        <location filename="../ops_desktop/ui/sign_in.py" line="64"/>
        <source>&amp;Hasło:</source>
        <translation>&amp;Password:</translation>
    </message>
    <message>
        <location filename="../ops_desktop/ui/sign_in.py" line="66"/>
        <source>Zaloguj</source>
        <translation>Sign in</translation>
    </message>
</context>
<context>
    <name>SlipPrintDialog</name>
    <message>
        <location filename="../ops_desktop/ui/first_contact/slip_choice.py" line="29"/>
        <source>Skierowanie</source>
        <translation>Referral</translation>
    </message>
    <message>
        <location filename="../ops_desktop/ui/first_contact/slip_choice.py" line="35"/>
        <source>Wydrukuj także &amp;powód skierowania i powody szczególnie chronione (zdrowie, niepełnosprawność, przemoc, uzależnienie)</source>
        <translation>Also print the referral &amp;reason and the specially protected grounds (health, disability, violence, addiction)</translation>
    </message>
    <message>
        <location filename="../ops_desktop/ui/first_contact/slip_choice.py" line="39"/>
        <source>Skierowanie osoba zabiera do domu – bez tego znaku są na nim tylko dane osoby, zespół i zwykłe powody pomocy.</source>
        <translation>The person takes the slip home – without this tick it carries only the person&apos;s details, the team and the ordinary grounds for help.</translation>
    </message>
    <message>
        <location filename="../ops_desktop/ui/first_contact/slip_choice.py" line="43"/>
        <source>&amp;Drukuj</source>
        <translation>&amp;Print</translation>
    </message>
    <message>
        <location filename="../ops_desktop/ui/first_contact/slip_choice.py" line="46"/>
        <source>&amp;Nie drukuj</source>
        <translation>Do &amp;not print</translation>
    </message>
</context>
<context>
    <name>SocialWorkTab</name>
    <message>
        <location filename="../ops_desktop/ui/social_work/tab.py" line="50"/>
        <source>Sprawy i notatki</source>
        <translation>Cases and notes</translation>
    </message>
    <message>
        <location filename="../ops_desktop/ui/social_work/tab.py" line="51"/>
        <source>Moje sprawy</source>
        <translation>My cases</translation>
    </message>
    <message>
        <location filename="../ops_desktop/ui/social_work/tab.py" line="52"/>
        <source>Dziennik</source>
        <translation>Log</translation>
    </message>
    <message>
        <location filename="../ops_desktop/ui/social_work/tab.py" line="57"/>
        <source>Wywiady</source>
        <translation>Interviews</translation>
    </message>
    <message>
        <location filename="../ops_desktop/ui/social_work/tab.py" line="61"/>
        <source>Niebieska Karta</source>
        <translation>Niebieska Karta</translation>
    </message>
</context>
<context>
    <name>StatementButtons</name>
    <message>
        <location filename="../ops_desktop/ui/social_work/interview_statements.py" line="29"/>
        <source>Oświadczenie majątkowe</source>
        <translation>Statement of assets</translation>
    </message>
    <message>
        <location filename="../ops_desktop/ui/social_work/interview_statements.py" line="32"/>
        <source>Oświadczenie (wywiad elektroniczny)</source>
        <translation>Statement (electronic interview)</translation>
    </message>
    <message>
        <location filename="../ops_desktop/ui/social_work/interview_statements.py" line="37"/>
        <source>Oświadczenie o stanie majątkowym do podpisu – z danymi z wywiadu i rejestru.</source>
        <translation>The statement of assets to sign – with the data of the interview and the register.</translation>
    </message>
    <message>
        <location filename="../ops_desktop/ui/social_work/interview_statements.py" line="39"/>
        <source>Oświadczenie osoby po wywiadzie przeprowadzonym za pomocą środków komunikacji elektronicznej.</source>
        <translation>The person&apos;s statement after an interview taken by electronic means.</translation>
    </message>
</context>
<context>
    <name>StatisticsDialog</name>
    <message>
        <location filename="../ops_desktop/ui/coordinator/statistics.py" line="82"/>
        <source>Statystyka półroczna i roczna (MRPiPS-03)</source>
        <translation>Half-year and yearly statistics (MRPiPS-03)</translation>
    </message>
    <message>
        <location filename="../ops_desktop/ui/coordinator/statistics.py" line="88"/>
        <source>Rok</source>
        <translation>Year</translation>
    </message>
    <message>
        <location filename="../ops_desktop/ui/coordinator/statistics.py" line="93"/>
        <source>Okres</source>
        <translation>Period</translation>
    </message>
    <message>
        <location filename="../ops_desktop/ui/coordinator/statistics.py" line="94"/>
        <source>I półrocze (1 stycznia – 30 czerwca)</source>
        <translation>First half (1 January – 30 June)</translation>
    </message>
    <message>
        <location filename="../ops_desktop/ui/coordinator/statistics.py" line="95"/>
        <source>cały rok (1 stycznia – 31 grudnia)</source>
        <translation>whole year (1 January – 31 December)</translation>
    </message>
    <message>
        <location filename="../ops_desktop/ui/coordinator/statistics.py" line="97"/>
        <source>&amp;Oblicz</source>
        <translation>&amp;Compute</translation>
    </message>
    <message>
        <location filename="../ops_desktop/ui/coordinator/statistics.py" line="100"/>
        <source>&amp;Rok:</source>
        <translation>&amp;Year:</translation>
    </message>
    <message>
        <location filename="../ops_desktop/ui/coordinator/statistics.py" line="102"/>
        <source>&amp;Okres:</source>
        <translation>&amp;Period:</translation>
    </message>
    <message>
        <location filename="../ops_desktop/ui/coordinator/statistics.py" line="108"/>
        <source>Wybierz rok i okres, a następnie „Oblicz”.</source>
        <translation>Choose the year and period, then “Compute”.</translation>
    </message>
    <message>
        <location filename="../ops_desktop/ui/coordinator/statistics.py" line="115"/>
        <source>Świadczenia przyznane decyzją</source>
        <translation>Benefits granted by decision</translation>
    </message>
    <message>
        <location filename="../ops_desktop/ui/coordinator/statistics.py" line="118"/>
        <source>Liczone są decyzje podpisane, z datą wydania w okresie; decyzja zmieniająca liczy się jako odrębna decyzja. Kwota: kwota przyznana w decyzjach (miesięcznie dla zasiłków okresowych i stałych). Rodzina: gospodarstwo domowe osoby (osoba bez gospodarstwa – rodzina jednoosobowa); liczba osób w rodzinie według decyzji. Wiersze „Ogółem” liczą każdą osobę i rodzinę raz.</source>
        <translation>Signed decisions issued in the period are counted; a change decision counts as a decision of its own. Amount: the amount granted in the decisions (monthly for periodic and permanent benefits). Family: the person&apos;s household (a person without a household is a one-person family); household size as in the decision. The “Total” rows count each person and family once.</translation>
    </message>
    <message>
        <location filename="../ops_desktop/ui/coordinator/statistics.py" line="125"/>
        <source>Pokaż &amp;sprawy</source>
        <translation>Show &amp;cases</translation>
    </message>
    <message>
        <location filename="../ops_desktop/ui/coordinator/statistics.py" line="127"/>
        <source>Decyzje wydane w okresie</source>
        <translation>Decisions issued in the period</translation>
    </message>
    <message>
        <location filename="../ops_desktop/ui/coordinator/statistics.py" line="132"/>
        <source>Wnioski złożone w okresie</source>
        <translation>Applications received in the period</translation>
    </message>
    <message>
        <location filename="../ops_desktop/ui/coordinator/statistics.py" line="134"/>
        <source>Pokaż &amp;wnioski</source>
        <translation>Show &amp;applications</translation>
    </message>
    <message>
        <location filename="../ops_desktop/ui/coordinator/statistics.py" line="138"/>
        <source>Wnioski złożone w okresie (status na dziś)</source>
        <translation>Applications received in the period (status as of today)</translation>
    </message>
    <message>
        <location filename="../ops_desktop/ui/coordinator/statistics.py" line="148"/>
        <source>&amp;Drukuj / zapisz PDF…</source>
        <translation>&amp;Print / save PDF…</translation>
    </message>
    <message>
        <location filename="../ops_desktop/ui/coordinator/statistics.py" line="150"/>
        <source>Sprawozdanie &amp;MRPiPS-03 według formularza…</source>
        <translation>&amp;MRPiPS-03 report by the form…</translation>
    </message>
    <message>
        <location filename="../ops_desktop/ui/coordinator/statistics.py" line="171"/>
        <location filename="../ops_desktop/ui/coordinator/statistics.py" line="184"/>
        <source>Forma pomocy</source>
        <translation>Form of assistance</translation>
    </message>
    <message>
        <location filename="../ops_desktop/ui/coordinator/statistics.py" line="172"/>
        <source>Decyzja</source>
        <translation>Decision</translation>
    </message>
    <message>
        <location filename="../ops_desktop/ui/coordinator/statistics.py" line="173"/>
        <source>Osoby</source>
        <translation>Persons</translation>
    </message>
    <message>
        <location filename="../ops_desktop/ui/coordinator/statistics.py" line="174"/>
        <source>Decyzje</source>
        <translation>Decisions</translation>
    </message>
    <message>
        <location filename="../ops_desktop/ui/coordinator/statistics.py" line="175"/>
        <source>Kwota</source>
        <translation>Amount</translation>
    </message>
    <message>
        <location filename="../ops_desktop/ui/coordinator/statistics.py" line="177"/>
        <source>Rodziny</source>
        <translation>Families</translation>
    </message>
    <message>
        <location filename="../ops_desktop/ui/coordinator/statistics.py" line="178"/>
        <source>Osoby w rodzinach</source>
        <translation>Persons in families</translation>
    </message>
    <message>
        <location filename="../ops_desktop/ui/coordinator/statistics.py" line="185"/>
        <source>Złożone</source>
        <translation>Received</translation>
    </message>
    <message>
        <location filename="../ops_desktop/ui/coordinator/statistics.py" line="186"/>
        <source>W toku</source>
        <translation>Pending</translation>
    </message>
    <message>
        <location filename="../ops_desktop/ui/coordinator/statistics.py" line="187"/>
        <source>Rozstrzygnięte</source>
        <translation>Decided</translation>
    </message>
    <message>
        <location filename="../ops_desktop/ui/coordinator/statistics.py" line="188"/>
        <source>Wycofane</source>
        <translation>Withdrawn</translation>
    </message>
    <message>
        <location filename="../ops_desktop/ui/coordinator/statistics.py" line="222"/>
        <source>Obliczanie…</source>
        <translation>Computing…</translation>
    </message>
    <message>
        <location filename="../ops_desktop/ui/coordinator/statistics.py" line="230"/>
        <source>Obliczanie statystyki…</source>
        <translation>Computing the statistics…</translation>
    </message>
    <message>
        <location filename="../ops_desktop/ui/coordinator/statistics.py" line="236"/>
        <source>Obliczanie anulowano.</source>
        <translation>Computing cancelled.</translation>
    </message>
    <message>
        <location filename="../ops_desktop/ui/coordinator/statistics.py" line="240"/>
        <source>%1: %2 – %3 (obliczono %4)</source>
        <translation>%1: %2 – %3 (computed %4)</translation>
    </message>
    <message>
        <location filename="../ops_desktop/ui/coordinator/statistics.py" line="249"/>
        <source>Praca socjalna (z dziennika pracy socjalnej): osoby %1, rodziny %2, osoby w rodzinach %3 – z %4 wpisów, %5 min.</source>
        <translation>Social work (from the social-work log): persons %1, families %2, persons in families %3 – from %4 entries, %5 min.</translation>
    </message>
    <message>
        <location filename="../ops_desktop/ui/coordinator/statistics.py" line="269"/>
        <source>Zaznacz wiersz tabeli decyzji.</source>
        <translation>Select a row of the decisions table.</translation>
    </message>
    <message>
        <location filename="../ops_desktop/ui/coordinator/statistics.py" line="278"/>
        <source>Sprawy za %1: %2 (decyzja %3)</source>
        <translation>Cases for %1: %2 (%3 decision)</translation>
    </message>
    <message>
        <location filename="../ops_desktop/ui/coordinator/statistics.py" line="287"/>
        <source>Zaznacz wiersz tabeli wniosków.</source>
        <translation>Select a row of the applications table.</translation>
    </message>
    <message>
        <location filename="../ops_desktop/ui/coordinator/statistics.py" line="296"/>
        <source>Wnioski złożone za %1: %2</source>
        <translation>Applications received in %1: %2</translation>
    </message>
    <message>
        <location filename="../ops_desktop/ui/coordinator/statistics.py" line="337"/>
        <source>Wydruk anulowano.</source>
        <translation>Printing cancelled.</translation>
    </message>
    <message>
        <location filename="../ops_desktop/ui/coordinator/statistics.py" line="343"/>
        <source>Zapisano: %1</source>
        <translation>Saved: %1</translation>
    </message>
    <message>
        <location filename="../ops_desktop/ui/coordinator/statistics.py" line="347"/>
        <source>Nie udało się przygotować wydruku: %1</source>
        <translation>Could not prepare the printout: %1</translation>
    </message>
    <message>
        <location filename="../ops_desktop/ui/coordinator/statistics.py" line="350"/>
        <source>Przygotowanie wydruku…</source>
        <translation>Preparing the printout…</translation>
    </message>
</context>
<context>
    <name>StickRelay</name>
    <message>
        <location filename="../ops_desktop/ui/stick_relay.py" line="46"/>
        <source>Folder wymiany na pendrivie</source>
        <translation>Exchange folder on the USB stick</translation>
    </message>
    <message>
        <location filename="../ops_desktop/ui/stick_relay.py" line="62"/>
        <source>Kopiowanie plików wymiany między folderem biura a pendrive&apos;em…</source>
        <translation>Copying exchange files between the office&apos;s folder and the USB stick…</translation>
    </message>
    <message>
        <location filename="../ops_desktop/ui/stick_relay.py" line="68"/>
        <source>Na pendrive skopiowano plików: %1; z pendrive&apos;a: %2.</source>
        <translation>Files copied to the USB stick: %1; from the USB stick: %2.</translation>
    </message>
    <message>
        <location filename="../ops_desktop/ui/stick_relay.py" line="71"/>
        <source>Kopiowanie przerwano. %1 Resztę przeniesie następna wymiana przez pendrive.</source>
        <translation>Copying was stopped. %1 The next exchange by USB stick will carry the rest.</translation>
    </message>
    <message>
        <location filename="../ops_desktop/ui/stick_relay.py" line="82"/>
        <source>Wymiana przez pendrive nie powiodła się.</source>
        <translation>The exchange by USB stick failed.</translation>
    </message>
    <message>
        <location filename="../ops_desktop/ui/stick_relay.py" line="95"/>
        <source>Wymiana zmian nie powiodła się (szczegóły w dzienniku programu).</source>
        <translation>The exchange of changes failed (details in the program&apos;s log).</translation>
    </message>
    <message>
        <location filename="../ops_desktop/ui/stick_relay.py" line="97"/>
        <source>Wymiana zmian: baza jest zajęta – program ponowi wymianę za chwilę.</source>
        <translation>Exchange of changes: the database is busy – the program will retry in a moment.</translation>
    </message>
    <message>
        <location filename="../ops_desktop/ui/stick_relay.py" line="100"/>
        <source>Wymiana zmian nie powiodła się: %1</source>
        <translation>The exchange of changes failed: %1</translation>
    </message>
    <message>
        <location filename="../ops_desktop/ui/stick_relay.py" line="103"/>
        <source>Wymiana zmian: przyjęto zmian z innych komputerów: %1; wysłano zmian z tego komputera: %2.</source>
        <translation>Exchange of changes: changes taken in from other PCs: %1; changes sent from this PC: %2.</translation>
    </message>
    <message>
        <location filename="../ops_desktop/ui/stick_relay.py" line="108"/>
        <source>Zmian odłożonych do wyjaśnienia: %1.</source>
        <translation>Changes set aside for review: %1.</translation>
    </message>
    <message>
        <location filename="../ops_desktop/ui/stick_relay.py" line="112"/>
        <source>Plików wymiany nie przyjęto: %1.</source>
        <translation>Exchange files refused: %1.</translation>
    </message>
    <message>
        <location filename="../ops_desktop/ui/stick_relay.py" line="115"/>
        <source>Osób zanonimizowanych na innym komputerze, teraz także tutaj: %1.</source>
        <translation>Persons anonymised on another PC, now here too: %1.</translation>
    </message>
    <message>
        <location filename="../ops_desktop/ui/stick_relay.py" line="123"/>
        <source>Wymiana przez pendrive</source>
        <translation>Exchange by USB stick</translation>
    </message>
</context>
<context>
    <name>SupervisionDialog</name>
    <message>
        <location filename="../ops_desktop/ui/services_team/provider_dialogs.py" line="147"/>
        <source>Kontrola usług lub skarga</source>
        <translation>Check of care or complaint</translation>
    </message>
    <message>
        <location filename="../ops_desktop/ui/services_team/provider_dialogs.py" line="149"/>
        <source>Kontrola czy skarga</source>
        <translation>Check or complaint</translation>
    </message>
    <message>
        <location filename="../ops_desktop/ui/services_team/provider_dialogs.py" line="151"/>
        <source>Data</source>
        <translation>Date</translation>
    </message>
    <message>
        <location filename="../ops_desktop/ui/services_team/provider_dialogs.py" line="153"/>
        <source>Kto kontrolował lub złożył skargę</source>
        <translation>Who checked or complained</translation>
    </message>
    <message>
        <location filename="../ops_desktop/ui/services_team/provider_dialogs.py" line="155"/>
        <source>Ustalenia</source>
        <translation>Findings</translation>
    </message>
    <message>
        <location filename="../ops_desktop/ui/services_team/provider_dialogs.py" line="156"/>
        <source>Zalecenia</source>
        <translation>Follow-up</translation>
    </message>
    <message>
        <location filename="../ops_desktop/ui/services_team/provider_dialogs.py" line="158"/>
        <source>Termin</source>
        <translation>Deadline</translation>
    </message>
    <message>
        <location filename="../ops_desktop/ui/services_team/provider_dialogs.py" line="158"/>
        <source>bez terminu</source>
        <translation>open-ended</translation>
    </message>
    <message>
        <location filename="../ops_desktop/ui/services_team/provider_dialogs.py" line="159"/>
        <source>Opiekun(ka)</source>
        <translation>Carer</translation>
    </message>
    <message>
        <location filename="../ops_desktop/ui/services_team/provider_dialogs.py" line="160"/>
        <source>(nie dotyczy jednej osoby)</source>
        <translation>(not about one carer)</translation>
    </message>
    <message>
        <location filename="../ops_desktop/ui/services_team/provider_dialogs.py" line="170"/>
        <source>&amp;Zapisz</source>
        <translation>&amp;Save</translation>
    </message>
    <message>
        <location filename="../ops_desktop/ui/services_team/provider_dialogs.py" line="173"/>
        <source>&amp;Rodzaj:</source>
        <translation>&amp;Kind:</translation>
    </message>
    <message>
        <location filename="../ops_desktop/ui/services_team/provider_dialogs.py" line="174"/>
        <source>&amp;Data:</source>
        <translation>&amp;Date:</translation>
    </message>
    <message>
        <location filename="../ops_desktop/ui/services_team/provider_dialogs.py" line="175"/>
        <source>&amp;Kto:</source>
        <translation>&amp;Who:</translation>
    </message>
    <message>
        <location filename="../ops_desktop/ui/services_team/provider_dialogs.py" line="176"/>
        <source>O&amp;piekun(ka):</source>
        <translation>&amp;Carer:</translation>
    </message>
    <message>
        <location filename="../ops_desktop/ui/services_team/provider_dialogs.py" line="177"/>
        <source>&amp;Ustalenia:</source>
        <translation>&amp;Findings:</translation>
    </message>
    <message>
        <location filename="../ops_desktop/ui/services_team/provider_dialogs.py" line="178"/>
        <source>&amp;Zalecenia, dalsze działania:</source>
        <translation>&amp;Follow-up, further action:</translation>
    </message>
    <message>
        <location filename="../ops_desktop/ui/services_team/provider_dialogs.py" line="179"/>
        <source>&amp;Termin działań:</source>
        <translation>Action &amp;due:</translation>
    </message>
    <message>
        <location filename="../ops_desktop/ui/services_team/provider_dialogs.py" line="182"/>
        <source>Dotyczy</source>
        <translation>Concerns</translation>
    </message>
</context>
<context>
    <name>SupervisionPanel</name>
    <message>
        <location filename="../ops_desktop/ui/services_team/provider_dialogs.py" line="218"/>
        <source>Data</source>
        <translation>Date</translation>
    </message>
    <message>
        <location filename="../ops_desktop/ui/services_team/provider_dialogs.py" line="219"/>
        <source>Rodzaj</source>
        <translation>Kind</translation>
    </message>
    <message>
        <location filename="../ops_desktop/ui/services_team/provider_dialogs.py" line="221"/>
        <source>Kto</source>
        <translation>Who</translation>
    </message>
    <message>
        <location filename="../ops_desktop/ui/services_team/provider_dialogs.py" line="222"/>
        <source>Wykonawca / opiekun</source>
        <translation>Provider / carer</translation>
    </message>
    <message>
        <location filename="../ops_desktop/ui/services_team/provider_dialogs.py" line="224"/>
        <source>Ustalenia</source>
        <translation>Findings</translation>
    </message>
    <message>
        <location filename="../ops_desktop/ui/services_team/provider_dialogs.py" line="225"/>
        <source>Zalecenia</source>
        <translation>Follow-up</translation>
    </message>
    <message>
        <location filename="../ops_desktop/ui/services_team/provider_dialogs.py" line="226"/>
        <source>Termin</source>
        <translation>Deadline</translation>
    </message>
    <message>
        <location filename="../ops_desktop/ui/services_team/provider_dialogs.py" line="228"/>
        <source>Stan</source>
        <translation>State</translation>
    </message>
    <message>
        <location filename="../ops_desktop/ui/services_team/provider_dialogs.py" line="230"/>
        <source>Kontrole i skargi</source>
        <translation>Checks and complaints</translation>
    </message>
    <message>
        <location filename="../ops_desktop/ui/services_team/provider_dialogs.py" line="232"/>
        <source>Kontrola lub &amp;skarga…</source>
        <translation>Check or &amp;complaint…</translation>
    </message>
    <message>
        <location filename="../ops_desktop/ui/services_team/provider_dialogs.py" line="235"/>
        <source>Zam&amp;knij…</source>
        <translation>Clo&amp;se…</translation>
    </message>
    <message>
        <location filename="../ops_desktop/ui/services_team/provider_dialogs.py" line="237"/>
        <source>&amp;Protokół</source>
        <translation>&amp;Protocol</translation>
    </message>
</context>
<context>
    <name>UndueClaims</name>
    <message>
        <location filename="../ops_desktop/ui/benefits/undue_claim_dialogs.py" line="164"/>
        <source>%1, należność %2: pozostało do spłaty %3.</source>
        <translation>%1, claim %2: %3 left to repay.</translation>
    </message>
</context>
<context>
    <name>UndueClaimsPage</name>
    <message>
        <location filename="../ops_desktop/ui/benefits/undue_claims_page.py" line="57"/>
        <source>&amp;Nowa należność…</source>
        <translation>&amp;New claim…</translation>
    </message>
    <message>
        <location filename="../ops_desktop/ui/benefits/undue_claims_page.py" line="58"/>
        <source>Pod&amp;pisz decyzję</source>
        <translation>&amp;Sign decision</translation>
    </message>
    <message>
        <location filename="../ops_desktop/ui/benefits/undue_claims_page.py" line="59"/>
        <source>&amp;Drukuj decyzję</source>
        <translation>&amp;Print decision</translation>
    </message>
    <message>
        <location filename="../ops_desktop/ui/benefits/undue_claims_page.py" line="61"/>
        <source>Odrzuć projekt</source>
        <translation>Discard draft</translation>
    </message>
    <message>
        <location filename="../ops_desktop/ui/benefits/undue_claims_page.py" line="63"/>
        <source>&amp;Wpłata…</source>
        <translation>&amp;Payment…</translation>
    </message>
    <message>
        <location filename="../ops_desktop/ui/benefits/undue_claims_page.py" line="65"/>
        <source>&amp;Umorzenie…</source>
        <translation>&amp;Waiver…</translation>
    </message>
    <message>
        <location filename="../ops_desktop/ui/benefits/undue_claims_page.py" line="66"/>
        <source>&amp;Rejestr wypłat…</source>
        <translation>Payment &amp;register…</translation>
    </message>
    <message>
        <location filename="../ops_desktop/ui/benefits/undue_claims_page.py" line="80"/>
        <source>Nienależnie pobrane świadczenia</source>
        <translation>Undue benefits</translation>
    </message>
    <message>
        <location filename="../ops_desktop/ui/benefits/undue_claims_page.py" line="98"/>
        <source>Osoba</source>
        <translation>Person</translation>
    </message>
    <message>
        <location filename="../ops_desktop/ui/benefits/undue_claims_page.py" line="99"/>
        <source>Numer</source>
        <translation>Number</translation>
    </message>
    <message>
        <location filename="../ops_desktop/ui/benefits/undue_claims_page.py" line="100"/>
        <source>Kwota</source>
        <translation>Amount</translation>
    </message>
    <message>
        <location filename="../ops_desktop/ui/benefits/undue_claims_page.py" line="102"/>
        <source>Saldo</source>
        <translation>Balance</translation>
    </message>
    <message>
        <location filename="../ops_desktop/ui/benefits/undue_claims_page.py" line="104"/>
        <source>Pozostało do spłaty po wpłatach i potrąceniach</source>
        <translation>Left to repay after payments and deductions</translation>
    </message>
    <message>
        <location filename="../ops_desktop/ui/benefits/undue_claims_page.py" line="105"/>
        <source>Termin zwrotu</source>
        <translation>Repay by</translation>
    </message>
    <message>
        <location filename="../ops_desktop/ui/benefits/undue_claims_page.py" line="107"/>
        <source>Najbliższa rata, odroczony albo jedyny termin</source>
        <translation>Next instalment, deferred or single deadline</translation>
    </message>
    <message>
        <location filename="../ops_desktop/ui/benefits/undue_claims_page.py" line="108"/>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <location filename="../ops_desktop/ui/benefits/undue_claims_page.py" line="117"/>
        <source>projekt – do podpisu</source>
        <translation>draft – to be signed</translation>
    </message>
    <message>
        <location filename="../ops_desktop/ui/benefits/undue_claims_page.py" line="119"/>
        <source>umorzona %1</source>
        <translation>waived %1</translation>
    </message>
    <message>
        <location filename="../ops_desktop/ui/benefits/undue_claims_page.py" line="121"/>
        <source>spłacona</source>
        <translation>repaid</translation>
    </message>
    <message>
        <location filename="../ops_desktop/ui/benefits/undue_claims_page.py" line="123"/>
        <source>w spłacie (raty: %1)</source>
        <translation>being repaid (instalments: %1)</translation>
    </message>
    <message>
        <location filename="../ops_desktop/ui/benefits/undue_claims_page.py" line="124"/>
        <source>w spłacie</source>
        <translation>being repaid</translation>
    </message>
    <message>
        <location filename="../ops_desktop/ui/benefits/undue_claims_page.py" line="157"/>
        <source>Po decyzji %1 z %2; decyzja o zwrocie z %3.</source>
        <translation>After decision %1 of %2; recovery decision of %3.</translation>
    </message>
    <message>
        <location filename="../ops_desktop/ui/benefits/undue_claims_page.py" line="162"/>
        <source>Raty: %1.</source>
        <translation>Instalments: %1.</translation>
    </message>
    <message>
        <location filename="../ops_desktop/ui/benefits/undue_claims_page.py" line="165"/>
        <source>Wpłacono i potrącono: %1.</source>
        <translation>Paid and deducted: %1.</translation>
    </message>
    <message>
        <location filename="../ops_desktop/ui/benefits/undue_claims_page.py" line="167"/>
        <source>Potrącana z bieżących wypłat.</source>
        <translation>Deducted from current payments.</translation>
    </message>
    <message>
        <location filename="../ops_desktop/ui/benefits/undue_claims_page.py" line="169"/>
        <source>Podpisał(a): %1, %2.</source>
        <translation>Signed by: %1, %2.</translation>
    </message>
    <message>
        <location filename="../ops_desktop/ui/benefits/undue_claims_page.py" line="179"/>
        <source>Nie ma podpisanej decyzji zmieniającej ani uchylającej decyzję przyznającą świadczenie – najpierw ją wydaj.</source>
        <translation>There is no signed decision changing or revoking a granting decision – issue one first.</translation>
    </message>
    <message>
        <location filename="../ops_desktop/ui/benefits/undue_claims_page.py" line="185"/>
        <source>Przygotowano projekt decyzji o zwrocie %1 – czeka na podpis.</source>
        <translation>Draft recovery decision %1 prepared – waiting for signature.</translation>
    </message>
    <message>
        <location filename="../ops_desktop/ui/benefits/undue_claims_page.py" line="195"/>
        <source>Podpisano decyzję o zwrocie %1.</source>
        <translation>Recovery decision %1 signed.</translation>
    </message>
    <message>
        <location filename="../ops_desktop/ui/benefits/undue_claims_page.py" line="208"/>
        <source>Odrzucono projekt %1.</source>
        <translation>Draft %1 discarded.</translation>
    </message>
    <message>
        <location filename="../ops_desktop/ui/benefits/undue_claims_page.py" line="228"/>
        <source>Zapisano wpłatę; pozostało %1.</source>
        <translation>Payment saved; %1 left.</translation>
    </message>
    <message>
        <location filename="../ops_desktop/ui/benefits/undue_claims_page.py" line="239"/>
        <source>Umorzono należność %1.</source>
        <translation>Claim %1 waived.</translation>
    </message>
</context>
<context>
    <name>UnlockDialog</name>
    <message>
        <location filename="../ops_desktop/ui/idle_lock.py" line="71"/>
        <source>Sesja zablokowana</source>
        <translation>Session locked</translation>
    </message>
    <message>
        <location filename="../ops_desktop/ui/idle_lock.py" line="73"/>
        <source>Hasło</source>
        <translation>Password</translation>
    </message>
    <message>
        <location filename="../ops_desktop/ui/idle_lock.py" line="76"/>
        <source>Sesja jest zablokowana (bezczynność lub Ctrl+L). Użytkownik: %1</source>
        <translation>The session is locked (idle time or Ctrl+L). User: %1</translation>
    </message>
    <message>
        <location filename="../ops_desktop/ui/idle_lock.py" line="78"/>
        <source>&amp;Hasło:</source>
        <translation>&amp;Password:</translation>
    </message>
    <message>
        <location filename="../ops_desktop/ui/idle_lock.py" line="80"/>
        <source>Odblokuj</source>
        <translation>Unlock</translation>
    </message>
    <message>
        <location filename="../ops_desktop/ui/idle_lock.py" line="82"/>
        <source>Zmień &amp;użytkownika…</source>
        <translation>Switch &amp;user…</translation>
    </message>
</context>
<context>
    <name>UsersPanel</name>
    <message>
        <location filename="../ops_desktop/ui/admin/users.py" line="61"/>
        <source>Użytkownicy</source>
        <translation>Users</translation>
    </message>
    <message>
        <location filename="../ops_desktop/ui/admin/users.py" line="63"/>
        <source>&amp;Nowy użytkownik…</source>
        <translation>&amp;New user…</translation>
    </message>
    <message>
        <location filename="../ops_desktop/ui/admin/users.py" line="64"/>
        <source>&amp;Edytuj…</source>
        <translation>&amp;Edit…</translation>
    </message>
    <message>
        <location filename="../ops_desktop/ui/admin/users.py" line="65"/>
        <source>&amp;Resetuj hasło…</source>
        <translation>&amp;Reset password…</translation>
    </message>
    <message>
        <location filename="../ops_desktop/ui/admin/users.py" line="67"/>
        <source>&amp;Upoważnienie…</source>
        <translation>&amp;Authorisation…</translation>
    </message>
    <message>
        <location filename="../ops_desktop/ui/admin/users.py" line="78"/>
        <source>Czekają na zatwierdzenie</source>
        <translation>Waiting for confirmation</translation>
    </message>
    <message>
        <location filename="../ops_desktop/ui/admin/users.py" line="81"/>
        <source>Czekają na zatwierdzenie (%1)</source>
        <translation>Waiting for confirmation (%1)</translation>
    </message>
    <message>
        <location filename="../ops_desktop/ui/admin/users.py" line="94"/>
        <source>Login</source>
        <translation>Username</translation>
    </message>
    <message>
        <location filename="../ops_desktop/ui/admin/users.py" line="95"/>
        <source>Imię i nazwisko</source>
        <translation>Full name</translation>
    </message>
    <message>
        <location filename="../ops_desktop/ui/admin/users.py" line="96"/>
        <source>Stanowisko</source>
        <translation>Job title</translation>
    </message>
    <message>
        <location filename="../ops_desktop/ui/admin/users.py" line="97"/>
        <source>Role</source>
        <translation>Roles</translation>
    </message>
    <message>
        <location filename="../ops_desktop/ui/admin/users.py" line="98"/>
        <source>Aktywne</source>
        <translation>Active</translation>
    </message>
    <message>
        <location filename="../ops_desktop/ui/admin/users.py" line="99"/>
        <source>Zablokowane do</source>
        <translation>Locked until</translation>
    </message>
    <message>
        <location filename="../ops_desktop/ui/admin/users.py" line="100"/>
        <source>Musi zmienić hasło</source>
        <translation>Must change password</translation>
    </message>
    <message>
        <location filename="../ops_desktop/ui/admin/users.py" line="101"/>
        <source>Ostatnie logowanie</source>
        <translation>Last sign-in</translation>
    </message>
    <message>
        <location filename="../ops_desktop/ui/admin/users.py" line="105"/>
        <source>tak</source>
        <translation>yes</translation>
    </message>
    <message>
        <location filename="../ops_desktop/ui/admin/users.py" line="105"/>
        <source>nie</source>
        <translation>no</translation>
    </message>
    <message>
        <location filename="../ops_desktop/ui/admin/users.py" line="149"/>
        <source>Utworzono konto %1. Przy pierwszym logowaniu użytkownik musi zmienić hasło tymczasowe.</source>
        <translation>Account %1 created. The user must change the temporary password at first sign-in.</translation>
    </message>
    <message>
        <location filename="../ops_desktop/ui/admin/users.py" line="160"/>
        <source>Zapisano zmiany konta %1.</source>
        <translation>Changes to account %1 saved.</translation>
    </message>
    <message>
        <location filename="../ops_desktop/ui/admin/users.py" line="166"/>
        <source>Nowe role z dostępem do spraw czekają na zatwierdzenie przez kierownika albo innego administratora (lista poniżej).</source>
        <translation>New roles with access to cases wait for confirmation by the head or another administrator (list below).</translation>
    </message>
    <message>
        <location filename="../ops_desktop/ui/admin/users.py" line="174"/>
        <source>Ustawiono hasło tymczasowe dla %1 – przy pierwszym logowaniu musi je zmienić. Blokada konta została zdjęta.</source>
        <translation>Temporary password set for %1 – it must be changed at the first sign-in. The account lock has been lifted.</translation>
    </message>
    <message>
        <location filename="../ops_desktop/ui/admin/users.py" line="183"/>
        <source>Zapisano upoważnienie dla %1.</source>
        <translation>Authorisation for %1 saved.</translation>
    </message>
</context>
<context>
    <name>WaiverDialog</name>
    <message>
        <location filename="../ops_desktop/ui/benefits/undue_claim_dialogs.py" line="220"/>
        <source>Umorzenie – %1</source>
        <translation>Waiver – %1</translation>
    </message>
    <message>
        <location filename="../ops_desktop/ui/benefits/undue_claim_dialogs.py" line="221"/>
        <source>Na czyj wniosek</source>
        <translation>At whose request</translation>
    </message>
    <message>
        <location filename="../ops_desktop/ui/benefits/undue_claim_dialogs.py" line="223"/>
        <source>Data umorzenia</source>
        <translation>Date of waiver</translation>
    </message>
    <message>
        <location filename="../ops_desktop/ui/benefits/undue_claim_dialogs.py" line="224"/>
        <source>Art. 104 ust. 4 u.p.s.: umorzenie tylko na wniosek osoby albo pracownika socjalnego. Należność zostaje zamknięta.</source>
        <translation>Art. 104(4) of the Social Assistance Act: a waiver only at the request of the person or the social worker. The claim is closed.</translation>
    </message>
    <message>
        <location filename="../ops_desktop/ui/benefits/undue_claim_dialogs.py" line="228"/>
        <source>&amp;Na wniosek:</source>
        <translation>&amp;Requested by:</translation>
    </message>
    <message>
        <location filename="../ops_desktop/ui/benefits/undue_claim_dialogs.py" line="229"/>
        <source>&amp;Data umorzenia:</source>
        <translation>&amp;Date of waiver:</translation>
    </message>
    <message>
        <location filename="../ops_desktop/ui/benefits/undue_claim_dialogs.py" line="231"/>
        <source>&amp;Umorz należność</source>
        <translation>&amp;Waive claim</translation>
    </message>
</context>
<context>
    <name>WeekGrid</name>
    <message>
        <location filename="../ops_desktop/ui/services_team/week_grid.py" line="22"/>
        <source>Poniedziałek</source>
        <translation>Monday</translation>
    </message>
    <message>
        <location filename="../ops_desktop/ui/services_team/week_grid.py" line="23"/>
        <source>Wtorek</source>
        <translation>Tuesday</translation>
    </message>
    <message>
        <location filename="../ops_desktop/ui/services_team/week_grid.py" line="24"/>
        <source>Środa</source>
        <translation>Wednesday</translation>
    </message>
    <message>
        <location filename="../ops_desktop/ui/services_team/week_grid.py" line="25"/>
        <source>Czwartek</source>
        <translation>Thursday</translation>
    </message>
    <message>
        <location filename="../ops_desktop/ui/services_team/week_grid.py" line="26"/>
        <source>Piątek</source>
        <translation>Friday</translation>
    </message>
    <message>
        <location filename="../ops_desktop/ui/services_team/week_grid.py" line="27"/>
        <source>Sobota</source>
        <translation>Saturday</translation>
    </message>
    <message>
        <location filename="../ops_desktop/ui/services_team/week_grid.py" line="28"/>
        <source>Niedziela</source>
        <translation>Sunday</translation>
    </message>
</context>
<context>
    <name>WithdrawalDialog</name>
    <message>
        <location filename="../ops_desktop/ui/benefits/withdrawal_dialog.py" line="43"/>
        <source>Wycofanie wniosku – %1</source>
        <translation>Withdrawal of application – %1</translation>
    </message>
    <message>
        <location filename="../ops_desktop/ui/benefits/withdrawal_dialog.py" line="44"/>
        <source>%1 – %2, wniosek z %3. Po wycofaniu wniosku postępowanie umarza się decyzją (art. 105 KPA), podpisywaną jak każda decyzja.</source>
        <translation>%1 – %2, application of %3. After the application is withdrawn the proceedings are discontinued by a decision (art. 105 KPA), signed like any decision.</translation>
    </message>
    <message>
        <location filename="../ops_desktop/ui/benefits/withdrawal_dialog.py" line="51"/>
        <source>Dzień wycofania wniosku</source>
        <translation>Day the application was withdrawn</translation>
    </message>
    <message>
        <location filename="../ops_desktop/ui/benefits/withdrawal_dialog.py" line="53"/>
        <source>Sposób wycofania</source>
        <translation>How it was withdrawn</translation>
    </message>
    <message>
        <location filename="../ops_desktop/ui/benefits/withdrawal_dialog.py" line="55"/>
        <source>Strona &amp;wnosi o umorzenie postępowania (art. 105 § 2 KPA)</source>
        <translation>The party &amp;asks for the proceedings to be discontinued (art. 105 § 2 KPA)</translation>
    </message>
    <message>
        <location filename="../ops_desktop/ui/benefits/withdrawal_dialog.py" line="57"/>
        <source>Bez zaznaczenia: postępowanie stało się bezprzedmiotowe (art. 105 § 1 KPA).</source>
        <translation>Unticked: the proceedings have become groundless (art. 105 § 1 KPA).</translation>
    </message>
    <message>
        <location filename="../ops_desktop/ui/benefits/withdrawal_dialog.py" line="61"/>
        <source>Uzasadnienie – uwagi</source>
        <translation>Reasoning – remarks</translation>
    </message>
    <message>
        <location filename="../ops_desktop/ui/benefits/withdrawal_dialog.py" line="70"/>
        <source>&amp;Zapisz projekt umorzenia</source>
        <translation>&amp;Save draft discontinuance</translation>
    </message>
    <message>
        <location filename="../ops_desktop/ui/benefits/withdrawal_dialog.py" line="73"/>
        <source>&amp;Dzień wycofania:</source>
        <translation>&amp;Withdrawn on:</translation>
    </message>
    <message>
        <location filename="../ops_desktop/ui/benefits/withdrawal_dialog.py" line="74"/>
        <source>&amp;Sposób:</source>
        <translation>&amp;Manner:</translation>
    </message>
    <message>
        <location filename="../ops_desktop/ui/benefits/withdrawal_dialog.py" line="75"/>
        <source>Podstawa:</source>
        <translation>Legal basis:</translation>
    </message>
    <message>
        <location filename="../ops_desktop/ui/benefits/withdrawal_dialog.py" line="76"/>
        <source>&amp;Uwagi do uzasadnienia:</source>
        <translation>&amp;Remarks for the reasoning:</translation>
    </message>
</context>
<context>
    <name>WorkloadPage</name>
    <message>
        <location filename="../ops_desktop/ui/coordinator/workload.py" line="38"/>
        <source>Obciążenie pracowników</source>
        <translation>Workers&apos; caseload</translation>
    </message>
    <message>
        <location filename="../ops_desktop/ui/coordinator/workload.py" line="42"/>
        <source>Sprawy wybranego pracownika</source>
        <translation>The selected worker&apos;s cases</translation>
    </message>
    <message>
        <location filename="../ops_desktop/ui/coordinator/workload.py" line="44"/>
        <source>Przekaż do pracownika</source>
        <translation>Hand over to worker</translation>
    </message>
    <message>
        <location filename="../ops_desktop/ui/coordinator/workload.py" line="45"/>
        <source>&amp;Przekaż sprawę</source>
        <translation>&amp;Hand over case</translation>
    </message>
    <message>
        <location filename="../ops_desktop/ui/coordinator/workload.py" line="49"/>
        <source>Przekaż zaznaczoną sprawę &amp;do:</source>
        <translation>Hand the selected case &amp;to:</translation>
    </message>
    <message>
        <location filename="../ops_desktop/ui/coordinator/workload.py" line="68"/>
        <source>Pracownik</source>
        <translation>Worker</translation>
    </message>
    <message>
        <location filename="../ops_desktop/ui/coordinator/workload.py" line="69"/>
        <source>(sprawy bez przypisanego pracownika)</source>
        <translation>(cases with no worker assigned)</translation>
    </message>
    <message>
        <location filename="../ops_desktop/ui/coordinator/workload.py" line="70"/>
        <source>Otwarte sprawy</source>
        <translation>Open cases</translation>
    </message>
    <message>
        <location filename="../ops_desktop/ui/coordinator/workload.py" line="72"/>
        <source>Po terminie</source>
        <translation>Overdue</translation>
    </message>
    <message>
        <location filename="../ops_desktop/ui/coordinator/workload.py" line="74"/>
        <source>Praca socjalna w tym miesiącu (min)</source>
        <translation>Social work this month (min)</translation>
    </message>
    <message>
        <location filename="../ops_desktop/ui/coordinator/workload.py" line="130"/>
        <source>Zaznacz sprawę na liście.</source>
        <translation>Select a case in the list.</translation>
    </message>
    <message>
        <location filename="../ops_desktop/ui/coordinator/workload.py" line="140"/>
        <source>Sprawę %1 przekazano: %2.</source>
        <translation>Case %1 handed over to: %2.</translation>
    </message>
</context>
<context>
    <name>app</name>
    <message>
        <location filename="../ops_desktop/app.py" line="309"/>
        <source>Biuro demonstracyjne: loginy np. anowicka, kwisniewska, bzolkiewska, rkrawczyk, iszymanska; hasło: %1</source>
        <translation>Demonstration office: usernames e.g. anowicka, kwisniewska, bzolkiewska, rkrawczyk, iszymanska; password: %1</translation>
    </message>
</context>
<context>
    <name>audit</name>
    <message>
        <location filename="../ops_desktop/ui/labels.py" line="504"/>
        <source>dodanie</source>
        <translation>creation</translation>
    </message>
    <message>
        <location filename="../ops_desktop/ui/labels.py" line="505"/>
        <source>zmiana</source>
        <translation>change</translation>
    </message>
    <message>
        <location filename="../ops_desktop/ui/labels.py" line="506"/>
        <source>usunięcie</source>
        <translation>deletion</translation>
    </message>
    <message>
        <location filename="../ops_desktop/ui/labels.py" line="507"/>
        <source>wgląd</source>
        <translation>view</translation>
    </message>
    <message>
        <location filename="../ops_desktop/ui/labels.py" line="508"/>
        <source>zalogowanie</source>
        <translation>sign-in</translation>
    </message>
    <message>
        <location filename="../ops_desktop/ui/labels.py" line="509"/>
        <source>nieudane logowanie</source>
        <translation>failed sign-in</translation>
    </message>
    <message>
        <location filename="../ops_desktop/ui/labels.py" line="510"/>
        <source>wylogowanie</source>
        <translation>sign-out</translation>
    </message>
    <message>
        <location filename="../ops_desktop/ui/labels.py" line="511"/>
        <source>zresetowanie hasła</source>
        <translation>password reset</translation>
    </message>
    <message>
        <location filename="../ops_desktop/ui/labels.py" line="512"/>
        <source>wydanie kopii danych</source>
        <translation>copy of data issued</translation>
    </message>
    <message>
        <location filename="../ops_desktop/ui/labels.py" line="513"/>
        <source>anonimizacja</source>
        <translation>anonymisation</translation>
    </message>
    <message>
        <location filename="../ops_desktop/ui/labels.py" line="514"/>
        <location filename="../ops_desktop/ui/labels.py" line="527"/>
        <source>kopia zapasowa</source>
        <translation>backup</translation>
    </message>
    <message>
        <location filename="../ops_desktop/ui/labels.py" line="515"/>
        <source>przywrócenie kopii</source>
        <translation>backup restored</translation>
    </message>
    <message>
        <location filename="../ops_desktop/ui/labels.py" line="516"/>
        <source>wczytanie danych</source>
        <translation>data import</translation>
    </message>
    <message>
        <location filename="../ops_desktop/ui/labels.py" line="517"/>
        <source>wydruk</source>
        <translation>printout</translation>
    </message>
    <message>
        <location filename="../ops_desktop/ui/labels.py" line="518"/>
        <source>wydruk na drukarce</source>
        <translation>print to a printer</translation>
    </message>
    <message>
        <location filename="../ops_desktop/ui/labels.py" line="519"/>
        <source>podpisanie aktu</source>
        <translation>signing of an act</translation>
    </message>
    <message>
        <location filename="../ops_desktop/ui/labels.py" line="520"/>
        <source>zabezpieczenia bazy</source>
        <translation>database protection</translation>
    </message>
    <message>
        <location filename="../ops_desktop/ui/labels.py" line="523"/>
        <location filename="../ops_desktop/ui/labels.py" line="524"/>
        <location filename="../ops_desktop/ui/labels.py" line="585"/>
        <location filename="../ops_desktop/ui/labels.py" line="712"/>
        <location filename="../ops_desktop/ui/labels.py" line="740"/>
        <location filename="../ops_desktop/ui/labels.py" line="771"/>
        <location filename="../ops_desktop/ui/labels.py" line="1085"/>
        <location filename="../ops_desktop/ui/labels.py" line="1326"/>
        <location filename="../ops_desktop/ui/labels.py" line="1514"/>
        <source>osoba</source>
        <translation>person</translation>
    </message>
    <message>
        <location filename="../ops_desktop/ui/labels.py" line="525"/>
        <source>scalenie rekordów osoby</source>
        <translation>merge of a person&apos;s records</translation>
    </message>
    <message>
        <location filename="../ops_desktop/ui/labels.py" line="526"/>
        <location filename="../ops_desktop/ui/labels.py" line="553"/>
        <location filename="../ops_desktop/ui/labels.py" line="614"/>
        <source>użytkownik</source>
        <translation>user</translation>
    </message>
    <message>
        <location filename="../ops_desktop/ui/labels.py" line="528"/>
        <source>baza danych</source>
        <translation>database</translation>
    </message>
    <message>
        <location filename="../ops_desktop/ui/labels.py" line="529"/>
        <source>historia ośrodka demonstracyjnego</source>
        <translation>demo office history</translation>
    </message>
    <message>
        <location filename="../ops_desktop/ui/labels.py" line="530"/>
        <source>kartoteka osoby</source>
        <translation>person file</translation>
    </message>
    <message>
        <location filename="../ops_desktop/ui/labels.py" line="531"/>
        <source>karta skierowania</source>
        <translation>referral slip</translation>
    </message>
    <message>
        <location filename="../ops_desktop/ui/labels.py" line="532"/>
        <location filename="../ops_desktop/ui/labels.py" line="584"/>
        <source>gospodarstwo domowe</source>
        <translation>household</translation>
    </message>
    <message>
        <location filename="../ops_desktop/ui/labels.py" line="533"/>
        <source>członek gospodarstwa</source>
        <translation>household member</translation>
    </message>
    <message>
        <location filename="../ops_desktop/ui/labels.py" line="534"/>
        <location filename="../ops_desktop/ui/labels.py" line="632"/>
        <location filename="../ops_desktop/ui/labels.py" line="711"/>
        <location filename="../ops_desktop/ui/labels.py" line="739"/>
        <location filename="../ops_desktop/ui/labels.py" line="770"/>
        <location filename="../ops_desktop/ui/labels.py" line="873"/>
        <location filename="../ops_desktop/ui/labels.py" line="1316"/>
        <source>sprawa</source>
        <translation>case</translation>
    </message>
    <message>
        <location filename="../ops_desktop/ui/labels.py" line="535"/>
        <location filename="../ops_desktop/ui/labels.py" line="639"/>
        <location filename="../ops_desktop/ui/labels.py" line="1515"/>
        <source>zgłoszenie</source>
        <translation>intake</translation>
    </message>
    <message>
        <location filename="../ops_desktop/ui/labels.py" line="536"/>
        <location filename="../ops_desktop/ui/labels.py" line="678"/>
        <location filename="../ops_desktop/ui/labels.py" line="1523"/>
        <source>skierowanie</source>
        <translation>referral</translation>
    </message>
    <message>
        <location filename="../ops_desktop/ui/labels.py" line="537"/>
        <source>przekazanie skierowania dalej</source>
        <translation>forwarding of a referral</translation>
    </message>
    <message>
        <location filename="../ops_desktop/ui/labels.py" line="538"/>
        <location filename="../ops_desktop/ui/labels.py" line="683"/>
        <location filename="../ops_desktop/ui/labels.py" line="784"/>
        <location filename="../ops_desktop/ui/labels.py" line="1443"/>
        <source>wniosek</source>
        <translation>application</translation>
    </message>
    <message>
        <location filename="../ops_desktop/ui/labels.py" line="539"/>
        <source>dochód</source>
        <translation>income</translation>
    </message>
    <message>
        <location filename="../ops_desktop/ui/labels.py" line="540"/>
        <location filename="../ops_desktop/ui/labels.py" line="796"/>
        <location filename="../ops_desktop/ui/labels.py" line="1097"/>
        <source>decyzja</source>
        <translation>decision</translation>
    </message>
    <message>
        <location filename="../ops_desktop/ui/labels.py" line="541"/>
        <source>notatka pracy socjalnej</source>
        <translation>social work note</translation>
    </message>
    <message>
        <location filename="../ops_desktop/ui/labels.py" line="542"/>
        <source>kontrakt socjalny</source>
        <translation>social contract</translation>
    </message>
    <message>
        <location filename="../ops_desktop/ui/labels.py" line="543"/>
        <source>działanie w kontrakcie</source>
        <translation>contract action</translation>
    </message>
    <message>
        <location filename="../ops_desktop/ui/labels.py" line="544"/>
        <source>ocena realizacji kontraktu</source>
        <translation>contract review</translation>
    </message>
    <message>
        <location filename="../ops_desktop/ui/labels.py" line="545"/>
        <source>program indywidualny lub plan pomocy</source>
        <translation>individual programme or help plan</translation>
    </message>
    <message>
        <location filename="../ops_desktop/ui/labels.py" line="546"/>
        <location filename="../ops_desktop/ui/meal_labels.py" line="33"/>
        <location filename="../ops_desktop/ui/placement_labels.py" line="76"/>
        <source>wywiad środowiskowy</source>
        <translation>family interview</translation>
    </message>
    <message>
        <location filename="../ops_desktop/ui/labels.py" line="547"/>
        <source>wywiad powiązany z wnioskiem</source>
        <translation>interview linked to an application</translation>
    </message>
    <message>
        <location filename="../ops_desktop/ui/labels.py" line="548"/>
        <location filename="../ops_desktop/ui/labels.py" line="785"/>
        <source>lista wypłat</source>
        <translation>payment list</translation>
    </message>
    <message>
        <location filename="../ops_desktop/ui/labels.py" line="549"/>
        <location filename="../ops_desktop/ui/labels.py" line="1390"/>
        <location filename="../ops_desktop/ui/labels.py" line="1405"/>
        <source>pozycja listy wypłat</source>
        <translation>payment list item</translation>
    </message>
    <message>
        <location filename="../ops_desktop/ui/labels.py" line="550"/>
        <source>okres niewliczany do terminu (art. 35 § 5 KPA)</source>
        <translation>period not counted towards the deadline (art. 35 § 5 KPA)</translation>
    </message>
    <message>
        <location filename="../ops_desktop/ui/labels.py" line="551"/>
        <location filename="../ops_desktop/ui/labels.py" line="552"/>
        <source>zawiadomienie o niezałatwieniu sprawy w terminie</source>
        <translation>notice that the case was not settled in time</translation>
    </message>
    <message>
        <location filename="../ops_desktop/ui/labels.py" line="554"/>
        <location filename="../ops_desktop/ui/labels.py" line="695"/>
        <source>upoważnienie</source>
        <translation>authorisation</translation>
    </message>
    <message>
        <location filename="../ops_desktop/ui/labels.py" line="555"/>
        <source>prośba o nadanie ról</source>
        <translation>request for roles</translation>
    </message>
    <message>
        <location filename="../ops_desktop/ui/labels.py" line="556"/>
        <location filename="../ops_desktop/ui/labels.py" line="619"/>
        <source>zespół</source>
        <translation>team</translation>
    </message>
    <message>
        <location filename="../ops_desktop/ui/labels.py" line="557"/>
        <source>ustawienie</source>
        <translation>setting</translation>
    </message>
    <message>
        <location filename="../ops_desktop/ui/labels.py" line="558"/>
        <source>komputer biura</source>
        <translation>office PC</translation>
    </message>
    <message>
        <location filename="../ops_desktop/ui/labels.py" line="559"/>
        <source>konflikt zmian z dwóch komputerów</source>
        <translation>conflict of changes from two PCs</translation>
    </message>
    <message>
        <location filename="../ops_desktop/ui/labels.py" line="560"/>
        <source>wymiana z innym komputerem</source>
        <translation>exchange with another PC</translation>
    </message>
    <message>
        <location filename="../ops_desktop/ui/labels.py" line="561"/>
        <source>statystyka (MRPiPS-03)</source>
        <translation>statistics (MRPiPS-03)</translation>
    </message>
    <message>
        <location filename="../ops_desktop/ui/labels.py" line="567"/>
        <source>dokument</source>
        <translation>document</translation>
    </message>
    <message>
        <location filename="../ops_desktop/ui/labels.py" line="568"/>
        <source>drukarka</source>
        <translation>printer</translation>
    </message>
    <message>
        <location filename="../ops_desktop/ui/labels.py" line="569"/>
        <source>liczba kopii</source>
        <translation>number of copies</translation>
    </message>
    <message>
        <location filename="../ops_desktop/ui/labels.py" line="590"/>
        <source>scalono z osobą</source>
        <translation>merged into person</translation>
    </message>
    <message>
        <location filename="../ops_desktop/ui/labels.py" line="591"/>
        <source>rekord scalony</source>
        <translation>merged record</translation>
    </message>
    <message>
        <location filename="../ops_desktop/ui/labels.py" line="592"/>
        <source>rekord pozostawiony</source>
        <translation>surviving record</translation>
    </message>
    <message>
        <location filename="../ops_desktop/ui/labels.py" line="598"/>
        <source>podpisał(a)</source>
        <translation>signed by</translation>
    </message>
    <message>
        <location filename="../ops_desktop/ui/labels.py" line="606"/>
        <source>klucz bazy zaszyfrowany hasłem</source>
        <translation>database key wrapped by the password</translation>
    </message>
    <message>
        <location filename="../ops_desktop/ui/labels.py" line="612"/>
        <source>kod</source>
        <translation>code</translation>
    </message>
    <message>
        <location filename="../ops_desktop/ui/labels.py" line="613"/>
        <source>nazwa</source>
        <translation>name</translation>
    </message>
    <message>
        <location filename="../ops_desktop/ui/labels.py" line="615"/>
        <source>zakres</source>
        <translation>scope</translation>
    </message>
    <message>
        <location filename="../ops_desktop/ui/labels.py" line="616"/>
        <source>ważne od</source>
        <translation>valid from</translation>
    </message>
    <message>
        <location filename="../ops_desktop/ui/labels.py" line="617"/>
        <source>ważne do</source>
        <translation>valid to</translation>
    </message>
    <message>
        <location filename="../ops_desktop/ui/labels.py" line="618"/>
        <source>numer zarządzenia</source>
        <translation>order number</translation>
    </message>
    <message>
        <location filename="../ops_desktop/ui/labels.py" line="620"/>
        <location filename="../ops_desktop/ui/labels.py" line="684"/>
        <source>znak sprawy</source>
        <translation>case sign</translation>
    </message>
    <message>
        <location filename="../ops_desktop/ui/labels.py" line="621"/>
        <source>założono</source>
        <translation>opened on</translation>
    </message>
    <message>
        <location filename="../ops_desktop/ui/labels.py" line="622"/>
        <source>zakończono</source>
        <translation>closed on</translation>
    </message>
    <message>
        <location filename="../ops_desktop/ui/labels.py" line="623"/>
        <source>przyjęto</source>
        <translation>received at</translation>
    </message>
    <message>
        <location filename="../ops_desktop/ui/labels.py" line="624"/>
        <source>forma zgłoszenia</source>
        <translation>channel</translation>
    </message>
    <message>
        <location filename="../ops_desktop/ui/labels.py" line="625"/>
        <source>zgłaszający</source>
        <translation>reported by</translation>
    </message>
    <message>
        <location filename="../ops_desktop/ui/labels.py" line="626"/>
        <source>podstawy (art. 7)</source>
        <translation>grounds (art. 7)</translation>
    </message>
    <message>
        <location filename="../ops_desktop/ui/labels.py" line="627"/>
        <source>inna okoliczność</source>
        <translation>other circumstance</translation>
    </message>
    <message>
        <location filename="../ops_desktop/ui/labels.py" line="628"/>
        <source>pilne</source>
        <translation>urgent</translation>
    </message>
    <message>
        <location filename="../ops_desktop/ui/labels.py" line="629"/>
        <source>sposób załatwienia</source>
        <translation>outcome</translation>
    </message>
    <message>
        <location filename="../ops_desktop/ui/labels.py" line="630"/>
        <source>udzielona informacja lub porada</source>
        <translation>information or advice given</translation>
    </message>
    <message>
        <location filename="../ops_desktop/ui/labels.py" line="631"/>
        <location filename="../ops_desktop/ui/labels.py" line="779"/>
        <source>pracownik</source>
        <translation>worker</translation>
    </message>
    <message>
        <location filename="../ops_desktop/ui/labels.py" line="633"/>
        <source>data wpływu</source>
        <translation>date of receipt</translation>
    </message>
    <message>
        <location filename="../ops_desktop/ui/labels.py" line="634"/>
        <source>forma pomocy</source>
        <translation>form of help</translation>
    </message>
    <message>
        <location filename="../ops_desktop/ui/labels.py" line="635"/>
        <source>cel</source>
        <translation>purpose</translation>
    </message>
    <message>
        <location filename="../ops_desktop/ui/labels.py" line="636"/>
        <source>niezdolność do pracy</source>
        <translation>unable to work</translation>
    </message>
    <message>
        <location filename="../ops_desktop/ui/labels.py" line="637"/>
        <source>wnioskowany okres od</source>
        <translation>requested period from</translation>
    </message>
    <message>
        <location filename="../ops_desktop/ui/labels.py" line="638"/>
        <source>wnioskowany okres do</source>
        <translation>requested period to</translation>
    </message>
    <message>
        <location filename="../ops_desktop/ui/labels.py" line="640"/>
        <source>numer</source>
        <translation>number</translation>
    </message>
    <message>
        <location filename="../ops_desktop/ui/labels.py" line="641"/>
        <source>od zespołu</source>
        <translation>from team</translation>
    </message>
    <message>
        <location filename="../ops_desktop/ui/labels.py" line="642"/>
        <source>do zespołu</source>
        <translation>to team</translation>
    </message>
    <message>
        <location filename="../ops_desktop/ui/labels.py" line="643"/>
        <location filename="../ops_desktop/ui/labels.py" line="867"/>
        <source>powód</source>
        <translation>reason</translation>
    </message>
    <message>
        <location filename="../ops_desktop/ui/labels.py" line="644"/>
        <source>rozpatrzono</source>
        <translation>decided at</translation>
    </message>
    <message>
        <location filename="../ops_desktop/ui/labels.py" line="645"/>
        <source>rozpatrzył(a)</source>
        <translation>decided by</translation>
    </message>
    <message>
        <location filename="../ops_desktop/ui/labels.py" line="646"/>
        <source>powód zwrotu</source>
        <translation>return reason</translation>
    </message>
    <message>
        <location filename="../ops_desktop/ui/labels.py" line="647"/>
        <source>podstawy udostępnione zespołowi</source>
        <translation>grounds shared with the team</translation>
    </message>
    <message>
        <location filename="../ops_desktop/ui/labels.py" line="648"/>
        <source>osoba bezdomna</source>
        <translation>homeless person</translation>
    </message>
    <message>
        <location filename="../ops_desktop/ui/labels.py" line="649"/>
        <source>adres do doręczeń – ulica</source>
        <translation>delivery address – street</translation>
    </message>
    <message>
        <location filename="../ops_desktop/ui/labels.py" line="650"/>
        <source>adres do doręczeń – numer domu</source>
        <translation>delivery address – house number</translation>
    </message>
    <message>
        <location filename="../ops_desktop/ui/labels.py" line="651"/>
        <source>adres do doręczeń – numer lokalu</source>
        <translation>delivery address – flat number</translation>
    </message>
    <message>
        <location filename="../ops_desktop/ui/labels.py" line="652"/>
        <source>adres do doręczeń – kod pocztowy</source>
        <translation>delivery address – postal code</translation>
    </message>
    <message>
        <location filename="../ops_desktop/ui/labels.py" line="653"/>
        <source>adres do doręczeń – miejscowość</source>
        <translation>delivery address – town</translation>
    </message>
    <message>
        <location filename="../ops_desktop/ui/labels.py" line="654"/>
        <source>adres strony do doręczeń</source>
        <translation>party&apos;s delivery address</translation>
    </message>
    <message>
        <location filename="../ops_desktop/ui/labels.py" line="655"/>
        <source>powód zamknięcia</source>
        <translation>reason for closing</translation>
    </message>
    <message>
        <location filename="../ops_desktop/ui/labels.py" line="656"/>
        <source>uwagi do zamknięcia</source>
        <translation>remarks on closing</translation>
    </message>
    <message>
        <location filename="../ops_desktop/ui/labels.py" line="657"/>
        <source>powód wznowienia</source>
        <translation>reason for reopening</translation>
    </message>
    <message>
        <location filename="../ops_desktop/ui/labels.py" line="658"/>
        <source>kwota za niepełny pierwszy miesiąc</source>
        <translation>amount for the part first month</translation>
    </message>
    <message>
        <location filename="../ops_desktop/ui/labels.py" line="659"/>
        <source>kwota za niepełny ostatni miesiąc</source>
        <translation>amount for the part last month</translation>
    </message>
    <message>
        <location filename="../ops_desktop/ui/labels.py" line="660"/>
        <source>data wycofania wniosku</source>
        <translation>date the application was withdrawn</translation>
    </message>
    <message>
        <location filename="../ops_desktop/ui/labels.py" line="661"/>
        <source>treść rozstrzygnięcia postanowienia</source>
        <translation>wording of the order&apos;s ruling</translation>
    </message>
    <message>
        <location filename="../ops_desktop/ui/labels.py" line="662"/>
        <source>braki formalne wniosku (art. 64 § 2 KPA)</source>
        <translation>formal defects of the application (KPA art. 64 § 2)</translation>
    </message>
    <message>
        <location filename="../ops_desktop/ui/labels.py" line="663"/>
        <source>data wezwania do usunięcia braków</source>
        <translation>date of the call to remedy defects</translation>
    </message>
    <message>
        <location filename="../ops_desktop/ui/labels.py" line="664"/>
        <source>podpisujący wezwanie do usunięcia braków</source>
        <translation>signatory of the call to remedy defects</translation>
    </message>
    <message>
        <location filename="../ops_desktop/ui/labels.py" line="665"/>
        <source>data doręczenia wezwania</source>
        <translation>date the call was delivered</translation>
    </message>
    <message>
        <location filename="../ops_desktop/ui/labels.py" line="666"/>
        <source>data usunięcia braków</source>
        <translation>date the defects were remedied</translation>
    </message>
    <message>
        <location filename="../ops_desktop/ui/labels.py" line="667"/>
        <source>data pozostawienia wniosku bez rozpoznania</source>
        <translation>date the application was left unexamined</translation>
    </message>
    <message>
        <location filename="../ops_desktop/ui/labels.py" line="668"/>
        <source>sposób wycofania wniosku</source>
        <translation>how the application was withdrawn</translation>
    </message>
    <message>
        <location filename="../ops_desktop/ui/labels.py" line="669"/>
        <source>strona wniosła o umorzenie (art. 105 § 2 KPA)</source>
        <translation>the party asked for discontinuance (Art. 105 § 2 KPA)</translation>
    </message>
    <message>
        <location filename="../ops_desktop/ui/labels.py" line="670"/>
        <source>data wywiadu środowiskowego</source>
        <translation>date of the family interview</translation>
    </message>
    <message>
        <location filename="../ops_desktop/ui/labels.py" line="671"/>
        <source>płeć strony</source>
        <translation>party&apos;s sex</translation>
    </message>
    <message>
        <location filename="../ops_desktop/ui/labels.py" line="672"/>
        <source>strona w rozstrzygnięciu (celownik)</source>
        <translation>party in the ruling (dative)</translation>
    </message>
    <message>
        <location filename="../ops_desktop/ui/labels.py" line="673"/>
        <source>zapisano brak dochodów</source>
        <translation>no income recorded</translation>
    </message>
    <message>
        <location filename="../ops_desktop/ui/labels.py" line="674"/>
        <source>lista dochodów</source>
        <translation>list of incomes</translation>
    </message>
    <message>
        <location filename="../ops_desktop/ui/labels.py" line="675"/>
        <source>lista, której dotyczy brak dochodów</source>
        <translation>the list the «no income» statement concerns</translation>
    </message>
    <message>
        <location filename="../ops_desktop/ui/labels.py" line="676"/>
        <source>wersja listy dochodów</source>
        <translation>version of the list of incomes</translation>
    </message>
    <message>
        <location filename="../ops_desktop/ui/labels.py" line="677"/>
        <source>projekt decyzji do podpisu</source>
        <translation>draft decision to be signed</translation>
    </message>
    <message>
        <location filename="../ops_desktop/ui/labels.py" line="679"/>
        <source>przekazał(a) dalej</source>
        <translation>forwarded by</translation>
    </message>
    <message>
        <location filename="../ops_desktop/ui/labels.py" line="680"/>
        <source>rodzaj</source>
        <translation>kind</translation>
    </message>
    <message>
        <location filename="../ops_desktop/ui/labels.py" line="681"/>
        <source>data zdarzenia</source>
        <translation>date of the event</translation>
    </message>
    <message>
        <location filename="../ops_desktop/ui/labels.py" line="682"/>
        <source>autor</source>
        <translation>author</translation>
    </message>
    <message>
        <location filename="../ops_desktop/ui/labels.py" line="685"/>
        <location filename="../ops_desktop/ui/labels.py" line="729"/>
        <location filename="../ops_desktop/ui/labels.py" line="751"/>
        <location filename="../ops_desktop/ui/labels.py" line="787"/>
        <source>okres od</source>
        <translation>period from</translation>
    </message>
    <message>
        <location filename="../ops_desktop/ui/labels.py" line="686"/>
        <location filename="../ops_desktop/ui/labels.py" line="730"/>
        <location filename="../ops_desktop/ui/labels.py" line="752"/>
        <location filename="../ops_desktop/ui/labels.py" line="788"/>
        <source>okres do</source>
        <translation>period to</translation>
    </message>
    <message>
        <location filename="../ops_desktop/ui/labels.py" line="687"/>
        <location filename="../ops_desktop/ui/labels.py" line="801"/>
        <source>sposób wypłaty</source>
        <translation>payment method</translation>
    </message>
    <message>
        <location filename="../ops_desktop/ui/labels.py" line="688"/>
        <location filename="../ops_desktop/ui/labels.py" line="1064"/>
        <location filename="../ops_desktop/ui/labels.py" line="1075"/>
        <source>liczba osób w rodzinie</source>
        <translation>household size</translation>
    </message>
    <message>
        <location filename="../ops_desktop/ui/labels.py" line="689"/>
        <source>dochód na osobę</source>
        <translation>income per person</translation>
    </message>
    <message>
        <location filename="../ops_desktop/ui/labels.py" line="690"/>
        <source>kryterium dochodowe</source>
        <translation>income criterion</translation>
    </message>
    <message>
        <location filename="../ops_desktop/ui/labels.py" line="691"/>
        <source>przepisy w brzmieniu od</source>
        <translation>law as in force from</translation>
    </message>
    <message>
        <location filename="../ops_desktop/ui/labels.py" line="692"/>
        <source>data wydania</source>
        <translation>date of issue</translation>
    </message>
    <message>
        <location filename="../ops_desktop/ui/labels.py" line="693"/>
        <source>podpisujący</source>
        <translation>signatory</translation>
    </message>
    <message>
        <location filename="../ops_desktop/ui/labels.py" line="694"/>
        <source>stanowisko podpisującego</source>
        <translation>signatory&apos;s position</translation>
    </message>
    <message>
        <location filename="../ops_desktop/ui/labels.py" line="696"/>
        <source>strona</source>
        <translation>party</translation>
    </message>
    <message>
        <location filename="../ops_desktop/ui/labels.py" line="697"/>
        <source>adres strony</source>
        <translation>party&apos;s address</translation>
    </message>
    <message>
        <location filename="../ops_desktop/ui/labels.py" line="698"/>
        <source>PESEL strony</source>
        <translation>party&apos;s PESEL</translation>
    </message>
    <message>
        <location filename="../ops_desktop/ui/labels.py" line="699"/>
        <source>dane ośrodka na decyzji</source>
        <translation>office data on the decision</translation>
    </message>
    <message>
        <location filename="../ops_desktop/ui/labels.py" line="700"/>
        <location filename="../ops_desktop/ui/labels.py" line="1080"/>
        <source>podstawa prawna</source>
        <translation>legal basis</translation>
    </message>
    <message>
        <location filename="../ops_desktop/ui/labels.py" line="701"/>
        <source>zmienia decyzję</source>
        <translation>changes decision</translation>
    </message>
    <message>
        <location filename="../ops_desktop/ui/labels.py" line="702"/>
        <source>źródło dochodu</source>
        <translation>source of income</translation>
    </message>
    <message>
        <location filename="../ops_desktop/ui/labels.py" line="705"/>
        <source>kolejność w gospodarstwie</source>
        <translation>order in the household</translation>
    </message>
    <message>
        <location filename="../ops_desktop/ui/labels.py" line="706"/>
        <source>powód skierowania</source>
        <translation>reason for referral</translation>
    </message>
    <message>
        <location filename="../ops_desktop/ui/labels.py" line="707"/>
        <source>rodzaj decyzji</source>
        <translation>kind of decision</translation>
    </message>
    <message>
        <location filename="../ops_desktop/ui/labels.py" line="709"/>
        <source>Decyzja podpisana na dwóch komputerach</source>
        <translation>Decision signed on two PCs</translation>
    </message>
    <message>
        <location filename="../ops_desktop/ui/labels.py" line="710"/>
        <source>rodzaj notatki</source>
        <translation>kind of note</translation>
    </message>
    <message>
        <location filename="../ops_desktop/ui/labels.py" line="713"/>
        <source>aneks do kontraktu</source>
        <translation>annex to contract</translation>
    </message>
    <message>
        <location filename="../ops_desktop/ui/labels.py" line="714"/>
        <source>wariant kontraktu</source>
        <translation>contract variant</translation>
    </message>
    <message>
        <location filename="../ops_desktop/ui/labels.py" line="715"/>
        <source>stan kontraktu</source>
        <translation>contract status</translation>
    </message>
    <message>
        <location filename="../ops_desktop/ui/labels.py" line="716"/>
        <source>strony kontraktu</source>
        <translation>contract parties</translation>
    </message>
    <message>
        <location filename="../ops_desktop/ui/labels.py" line="717"/>
        <location filename="../ops_desktop/ui/labels.py" line="746"/>
        <source>pracownik socjalny</source>
        <translation>social worker</translation>
    </message>
    <message>
        <location filename="../ops_desktop/ui/labels.py" line="718"/>
        <location filename="../ops_desktop/ui/labels.py" line="747"/>
        <source>telefon pracownika</source>
        <translation>worker&apos;s phone</translation>
    </message>
    <message>
        <location filename="../ops_desktop/ui/labels.py" line="719"/>
        <source>skierowanie z urzędu pracy</source>
        <translation>labour-office referral</translation>
    </message>
    <message>
        <location filename="../ops_desktop/ui/labels.py" line="720"/>
        <source>przyczyny trudnej sytuacji</source>
        <translation>causes of the difficult situation</translation>
    </message>
    <message>
        <location filename="../ops_desktop/ui/labels.py" line="721"/>
        <source>mocne strony, możliwości, zasoby</source>
        <translation>strengths, possibilities, resources</translation>
    </message>
    <message>
        <location filename="../ops_desktop/ui/labels.py" line="722"/>
        <source>ograniczenia, bariery</source>
        <translation>limitations, barriers</translation>
    </message>
    <message>
        <location filename="../ops_desktop/ui/labels.py" line="723"/>
        <source>przyczyny pozostawania bez pracy</source>
        <translation>causes of unemployment</translation>
    </message>
    <message>
        <location filename="../ops_desktop/ui/labels.py" line="724"/>
        <source>kwalifikacje i doświadczenie</source>
        <translation>qualifications and experience</translation>
    </message>
    <message>
        <location filename="../ops_desktop/ui/labels.py" line="725"/>
        <source>dotychczasowa aktywizacja</source>
        <translation>earlier activation</translation>
    </message>
    <message>
        <location filename="../ops_desktop/ui/labels.py" line="726"/>
        <location filename="../ops_desktop/ui/labels.py" line="749"/>
        <source>cel główny</source>
        <translation>main goal</translation>
    </message>
    <message>
        <location filename="../ops_desktop/ui/labels.py" line="727"/>
        <location filename="../ops_desktop/ui/labels.py" line="750"/>
        <source>cele szczegółowe</source>
        <translation>specific goals</translation>
    </message>
    <message>
        <location filename="../ops_desktop/ui/labels.py" line="728"/>
        <source>treść aneksu</source>
        <translation>annex text</translation>
    </message>
    <message>
        <location filename="../ops_desktop/ui/labels.py" line="731"/>
        <source>pouczenie (art. 11 ust. 2)</source>
        <translation>notice (art. 11(2))</translation>
    </message>
    <message>
        <location filename="../ops_desktop/ui/labels.py" line="732"/>
        <source>źródło brzmienia</source>
        <translation>source of the wording</translation>
    </message>
    <message>
        <location filename="../ops_desktop/ui/labels.py" line="733"/>
        <source>data zawarcia</source>
        <translation>date signed</translation>
    </message>
    <message>
        <location filename="../ops_desktop/ui/labels.py" line="734"/>
        <location filename="../ops_desktop/ui/labels.py" line="754"/>
        <source>chwila zapisania podpisów</source>
        <translation>moment the signatures were recorded</translation>
    </message>
    <message>
        <location filename="../ops_desktop/ui/labels.py" line="735"/>
        <location filename="../ops_desktop/ui/labels.py" line="755"/>
        <source>zapisał podpisy</source>
        <translation>recorded the signatures by</translation>
    </message>
    <message>
        <location filename="../ops_desktop/ui/labels.py" line="736"/>
        <location filename="../ops_desktop/ui/labels.py" line="756"/>
        <source>data zakończenia</source>
        <translation>end date</translation>
    </message>
    <message>
        <location filename="../ops_desktop/ui/labels.py" line="737"/>
        <location filename="../ops_desktop/ui/labels.py" line="757"/>
        <source>przyczyna zakończenia</source>
        <translation>reason for ending</translation>
    </message>
    <message>
        <location filename="../ops_desktop/ui/labels.py" line="738"/>
        <location filename="../ops_desktop/ui/labels.py" line="758"/>
        <source>uwagi o zakończeniu</source>
        <translation>remarks on ending</translation>
    </message>
    <message>
        <location filename="../ops_desktop/ui/labels.py" line="741"/>
        <source>rodzaj programu</source>
        <translation>kind of programme</translation>
    </message>
    <message>
        <location filename="../ops_desktop/ui/labels.py" line="742"/>
        <source>wykaz rodzajów z dnia</source>
        <translation>list of kinds dated</translation>
    </message>
    <message>
        <location filename="../ops_desktop/ui/labels.py" line="743"/>
        <source>wywiad, z którego sporządzono plan</source>
        <translation>interview the plan follows</translation>
    </message>
    <message>
        <location filename="../ops_desktop/ui/labels.py" line="744"/>
        <source>stan programu</source>
        <translation>state of the programme</translation>
    </message>
    <message>
        <location filename="../ops_desktop/ui/labels.py" line="745"/>
        <source>osoba w programie</source>
        <translation>person in the programme</translation>
    </message>
    <message>
        <location filename="../ops_desktop/ui/labels.py" line="748"/>
        <source>diagnoza sytuacji</source>
        <translation>diagnosis of the situation</translation>
    </message>
    <message>
        <location filename="../ops_desktop/ui/labels.py" line="753"/>
        <source>data uzgodnienia</source>
        <translation>date agreed</translation>
    </message>
    <message>
        <location filename="../ops_desktop/ui/labels.py" line="759"/>
        <location filename="../ops_desktop/ui/labels.py" line="766"/>
        <source>kontrakt</source>
        <translation>contract</translation>
    </message>
    <message>
        <location filename="../ops_desktop/ui/labels.py" line="760"/>
        <source>lp.</source>
        <translation>no.</translation>
    </message>
    <message>
        <location filename="../ops_desktop/ui/labels.py" line="761"/>
        <source>działanie</source>
        <translation>action</translation>
    </message>
    <message>
        <location filename="../ops_desktop/ui/labels.py" line="762"/>
        <source>kto realizuje</source>
        <translation>who carries it out</translation>
    </message>
    <message>
        <location filename="../ops_desktop/ui/labels.py" line="763"/>
        <source>kto realizuje (nazwa)</source>
        <translation>who carries it out (name)</translation>
    </message>
    <message>
        <location filename="../ops_desktop/ui/labels.py" line="764"/>
        <source>termin</source>
        <translation>due date</translation>
    </message>
    <message>
        <location filename="../ops_desktop/ui/labels.py" line="765"/>
        <source>sposób oceny</source>
        <translation>how it is assessed</translation>
    </message>
    <message>
        <location filename="../ops_desktop/ui/labels.py" line="767"/>
        <source>data oceny</source>
        <translation>review date</translation>
    </message>
    <message>
        <location filename="../ops_desktop/ui/labels.py" line="768"/>
        <source>stan działań</source>
        <translation>actions&apos; status</translation>
    </message>
    <message>
        <location filename="../ops_desktop/ui/labels.py" line="769"/>
        <location filename="../ops_desktop/ui/labels.py" line="1392"/>
        <source>uwagi</source>
        <translation>remarks</translation>
    </message>
    <message>
        <location filename="../ops_desktop/ui/labels.py" line="772"/>
        <source>aktualizowany wywiad</source>
        <translation>interview updated</translation>
    </message>
    <message>
        <location filename="../ops_desktop/ui/labels.py" line="773"/>
        <source>rodzaj wywiadu</source>
        <translation>kind of interview</translation>
    </message>
    <message>
        <location filename="../ops_desktop/ui/labels.py" line="774"/>
        <source>kwestionariusz z dnia</source>
        <translation>questionnaire of</translation>
    </message>
    <message>
        <location filename="../ops_desktop/ui/labels.py" line="775"/>
        <source>data powzięcia wiadomości</source>
        <translation>date the need was learned of</translation>
    </message>
    <message>
        <location filename="../ops_desktop/ui/labels.py" line="776"/>
        <source>pilny</source>
        <translation>urgent</translation>
    </message>
    <message>
        <location filename="../ops_desktop/ui/labels.py" line="777"/>
        <source>data przeprowadzenia</source>
        <translation>date conducted</translation>
    </message>
    <message>
        <location filename="../ops_desktop/ui/labels.py" line="778"/>
        <source>miejsce przeprowadzenia</source>
        <translation>place conducted</translation>
    </message>
    <message>
        <location filename="../ops_desktop/ui/labels.py" line="780"/>
        <source>pracownik (imię i nazwisko)</source>
        <translation>worker (name)</translation>
    </message>
    <message>
        <location filename="../ops_desktop/ui/labels.py" line="781"/>
        <source>odpowiedzi kwestionariusza</source>
        <translation>questionnaire answers</translation>
    </message>
    <message>
        <location filename="../ops_desktop/ui/labels.py" line="782"/>
        <source>stan wywiadu</source>
        <translation>interview status</translation>
    </message>
    <message>
        <location filename="../ops_desktop/ui/labels.py" line="783"/>
        <source>chwila zakończenia</source>
        <translation>time completed</translation>
    </message>
    <message>
        <location filename="../ops_desktop/ui/labels.py" line="786"/>
        <source>sprawa szczególnie skomplikowana</source>
        <translation>particularly complicated case</translation>
    </message>
    <message>
        <location filename="../ops_desktop/ui/labels.py" line="789"/>
        <source>przyczyna</source>
        <translation>reason</translation>
    </message>
    <message>
        <location filename="../ops_desktop/ui/labels.py" line="790"/>
        <source>data zawiadomienia</source>
        <translation>date of the notice</translation>
    </message>
    <message>
        <location filename="../ops_desktop/ui/labels.py" line="791"/>
        <source>dotychczasowy termin</source>
        <translation>previous deadline</translation>
    </message>
    <message>
        <location filename="../ops_desktop/ui/labels.py" line="792"/>
        <source>nowy termin załatwienia sprawy</source>
        <translation>new deadline for settling the case</translation>
    </message>
    <message>
        <location filename="../ops_desktop/ui/labels.py" line="793"/>
        <source>przyczyna zwłoki</source>
        <translation>reason for the delay</translation>
    </message>
    <message>
        <location filename="../ops_desktop/ui/labels.py" line="794"/>
        <source>zawiadamia – imię i nazwisko</source>
        <translation>notified by – name</translation>
    </message>
    <message>
        <location filename="../ops_desktop/ui/labels.py" line="795"/>
        <source>zawiadamia – stanowisko</source>
        <translation>notified by – position</translation>
    </message>
    <message>
        <location filename="../ops_desktop/ui/labels.py" line="797"/>
        <location filename="../ops_desktop/ui/labels.py" line="800"/>
        <source>miesiąc świadczenia</source>
        <translation>benefit month</translation>
    </message>
    <message>
        <location filename="../ops_desktop/ui/labels.py" line="798"/>
        <source>dni objęte prawem</source>
        <translation>days of entitlement</translation>
    </message>
    <message>
        <location filename="../ops_desktop/ui/labels.py" line="799"/>
        <source>dni miesiąca</source>
        <translation>days of the month</translation>
    </message>
    <message>
        <location filename="../ops_desktop/ui/labels.py" line="802"/>
        <source>rozdział klasyfikacji</source>
        <translation>budget chapter</translation>
    </message>
    <message>
        <location filename="../ops_desktop/ui/labels.py" line="803"/>
        <source>termin wypłaty</source>
        <translation>payment date</translation>
    </message>
    <message>
        <location filename="../ops_desktop/ui/labels.py" line="804"/>
        <source>razem</source>
        <translation>total</translation>
    </message>
    <message>
        <location filename="../ops_desktop/ui/labels.py" line="805"/>
        <source>sporządził(a)</source>
        <translation>prepared by</translation>
    </message>
    <message>
        <location filename="../ops_desktop/ui/labels.py" line="806"/>
        <source>zatwierdzono</source>
        <translation>confirmed</translation>
    </message>
    <message>
        <location filename="../ops_desktop/ui/labels.py" line="807"/>
        <source>zatwierdził(a)</source>
        <translation>approved by</translation>
    </message>
    <message>
        <location filename="../ops_desktop/ui/labels.py" line="808"/>
        <source>zatwierdził(a) – imię i nazwisko</source>
        <translation>approved by (name)</translation>
    </message>
    <message>
        <location filename="../ops_desktop/ui/labels.py" line="809"/>
        <source>wywiad</source>
        <translation>interview</translation>
    </message>
    <message>
        <location filename="../ops_desktop/ui/labels.py" line="810"/>
        <source>czynny</source>
        <translation>active</translation>
    </message>
    <message>
        <location filename="../ops_desktop/ui/labels.py" line="811"/>
        <source>nazwa komputera</source>
        <translation>PC name</translation>
    </message>
    <message>
        <location filename="../ops_desktop/ui/labels.py" line="812"/>
        <source>role do nadania</source>
        <translation>roles to grant</translation>
    </message>
    <message>
        <location filename="../ops_desktop/ui/labels.py" line="813"/>
        <source>poprosił(a)</source>
        <translation>requested by</translation>
    </message>
    <message>
        <location filename="../ops_desktop/ui/labels.py" line="814"/>
        <source>poproszono</source>
        <translation>requested at</translation>
    </message>
    <message>
        <location filename="../ops_desktop/ui/labels.py" line="815"/>
        <source>rozstrzygnięcie</source>
        <translation>outcome</translation>
    </message>
    <message>
        <location filename="../ops_desktop/ui/labels.py" line="816"/>
        <source>numer komputera</source>
        <translation>PC number</translation>
    </message>
    <message>
        <location filename="../ops_desktop/ui/labels.py" line="817"/>
        <source>odłączony od biura</source>
        <translation>removed from the office</translation>
    </message>
    <message>
        <location filename="../ops_desktop/ui/labels.py" line="818"/>
        <source>klucz publiczny komputera</source>
        <translation>the PC&apos;s public key</translation>
    </message>
    <message>
        <location filename="../ops_desktop/ui/labels.py" line="819"/>
        <source>klucz podpisu komputera</source>
        <translation>the PC&apos;s signing key</translation>
    </message>
    <message>
        <location filename="../ops_desktop/ui/labels.py" line="820"/>
        <source>rodzaj rekordu</source>
        <translation>kind of record</translation>
    </message>
    <message>
        <location filename="../ops_desktop/ui/labels.py" line="821"/>
        <source>rekord</source>
        <translation>record</translation>
    </message>
    <message>
        <location filename="../ops_desktop/ui/labels.py" line="822"/>
        <location filename="../ops_desktop/ui/labels.py" line="880"/>
        <source>pole</source>
        <translation>field</translation>
    </message>
    <message>
        <location filename="../ops_desktop/ui/labels.py" line="823"/>
        <source>wartość zachowana</source>
        <translation>value kept</translation>
    </message>
    <message>
        <location filename="../ops_desktop/ui/labels.py" line="824"/>
        <source>czas wartości zachowanej</source>
        <translation>time of the value kept</translation>
    </message>
    <message>
        <location filename="../ops_desktop/ui/labels.py" line="825"/>
        <source>autor wartości zachowanej</source>
        <translation>author of the value kept</translation>
    </message>
    <message>
        <location filename="../ops_desktop/ui/labels.py" line="826"/>
        <source>wartość odrzucona</source>
        <translation>value that lost</translation>
    </message>
    <message>
        <location filename="../ops_desktop/ui/labels.py" line="827"/>
        <source>czas wartości odrzuconej</source>
        <translation>time of the value that lost</translation>
    </message>
    <message>
        <location filename="../ops_desktop/ui/labels.py" line="828"/>
        <source>autor wartości odrzuconej</source>
        <translation>author of the value that lost</translation>
    </message>
    <message>
        <location filename="../ops_desktop/ui/labels.py" line="829"/>
        <source>rozstrzygnięto</source>
        <translation>resolved on</translation>
    </message>
    <message>
        <location filename="../ops_desktop/ui/labels.py" line="830"/>
        <source>rozstrzygnął</source>
        <translation>resolved by</translation>
    </message>
    <message>
        <location filename="../ops_desktop/ui/labels.py" line="834"/>
        <source>nazwa ośrodka</source>
        <translation>office name</translation>
    </message>
    <message>
        <location filename="../ops_desktop/ui/labels.py" line="835"/>
        <source>adres ośrodka</source>
        <translation>office address</translation>
    </message>
    <message>
        <location filename="../ops_desktop/ui/labels.py" line="836"/>
        <source>miejscowość na pismach</source>
        <translation>place on letters</translation>
    </message>
    <message>
        <location filename="../ops_desktop/ui/labels.py" line="837"/>
        <source>telefon ośrodka</source>
        <translation>office phone</translation>
    </message>
    <message>
        <location filename="../ops_desktop/ui/labels.py" line="838"/>
        <source>e-mail ośrodka</source>
        <translation>office e-mail</translation>
    </message>
    <message>
        <location filename="../ops_desktop/ui/labels.py" line="839"/>
        <source>organ (z upoważnienia)</source>
        <translation>organ (by authorisation)</translation>
    </message>
    <message>
        <location filename="../ops_desktop/ui/labels.py" line="840"/>
        <source>organ odwoławczy</source>
        <translation>appeal body</translation>
    </message>
    <message>
        <location filename="../ops_desktop/ui/labels.py" line="841"/>
        <source>adres organu odwoławczego</source>
        <translation>appeal body&apos;s address</translation>
    </message>
    <message>
        <location filename="../ops_desktop/ui/labels.py" line="842"/>
        <source>symbol komórki w znaku sprawy</source>
        <translation>unit symbol in the case sign</translation>
    </message>
    <message>
        <location filename="../ops_desktop/ui/labels.py" line="843"/>
        <source>symbol klasy – pierwszy kontakt</source>
        <translation>file class – first contact</translation>
    </message>
    <message>
        <location filename="../ops_desktop/ui/labels.py" line="844"/>
        <source>symbol klasy – świadczenia</source>
        <translation>file class – benefits</translation>
    </message>
    <message>
        <location filename="../ops_desktop/ui/labels.py" line="845"/>
        <source>symbol klasy – praca socjalna</source>
        <translation>file class – social work</translation>
    </message>
    <message>
        <location filename="../ops_desktop/ui/labels.py" line="846"/>
        <source>symbol klasy – usługi</source>
        <translation>file class – services</translation>
    </message>
    <message>
        <location filename="../ops_desktop/ui/labels.py" line="847"/>
        <source>blokada po bezczynności (minuty)</source>
        <translation>lock after idle time (minutes)</translation>
    </message>
    <message>
        <location filename="../ops_desktop/ui/labels.py" line="848"/>
        <source>okresy przechowywania</source>
        <translation>retention periods</translation>
    </message>
    <message>
        <location filename="../ops_desktop/ui/labels.py" line="849"/>
        <source>folder kopii zapasowych</source>
        <translation>backup folder</translation>
    </message>
    <message>
        <location filename="../ops_desktop/ui/labels.py" line="850"/>
        <source>hasło kopii zapasowych</source>
        <translation>backup passphrase</translation>
    </message>
    <message>
        <location filename="../ops_desktop/ui/labels.py" line="851"/>
        <source>ostatnia kopia zapasowa</source>
        <translation>last backup</translation>
    </message>
    <message>
        <location filename="../ops_desktop/ui/labels.py" line="852"/>
        <source>kopia przy zamknięciu programu</source>
        <translation>backup on exit</translation>
    </message>
    <message>
        <location filename="../ops_desktop/ui/labels.py" line="853"/>
        <source>kopia codzienna</source>
        <translation>daily backup</translation>
    </message>
    <message>
        <location filename="../ops_desktop/ui/labels.py" line="854"/>
        <source>błąd ostatniej kopii</source>
        <translation>last backup error</translation>
    </message>
    <message>
        <location filename="../ops_desktop/ui/labels.py" line="855"/>
        <source>ośrodek demonstracyjny</source>
        <translation>demo office</translation>
    </message>
    <message>
        <location filename="../ops_desktop/ui/labels.py" line="860"/>
        <source>skrót treści aktu</source>
        <translation>hash of the act&apos;s content</translation>
    </message>
    <message>
        <location filename="../ops_desktop/ui/labels.py" line="861"/>
        <source>skrót danych strony</source>
        <translation>hash of the party&apos;s data</translation>
    </message>
    <message>
        <location filename="../ops_desktop/ui/labels.py" line="862"/>
        <source>liczba pól objętych skrótem</source>
        <translation>number of fields the hash covers</translation>
    </message>
    <message>
        <location filename="../ops_desktop/ui/labels.py" line="863"/>
        <source>akty podpisane przed zabezpieczeniem</source>
        <translation>acts signed before the protection</translation>
    </message>
    <message>
        <location filename="../ops_desktop/ui/labels.py" line="864"/>
        <source>skrót aktów podpisanych przed zabezpieczeniem</source>
        <translation>hash of the acts signed before the protection</translation>
    </message>
    <message>
        <location filename="../ops_desktop/ui/labels.py" line="865"/>
        <source>odtworzone zabezpieczenia</source>
        <translation>protection triggers re-created</translation>
    </message>
    <message>
        <location filename="../ops_desktop/ui/labels.py" line="866"/>
        <source>nieznane wyzwalacze</source>
        <translation>unknown triggers</translation>
    </message>
    <message>
        <location filename="../ops_desktop/ui/labels.py" line="868"/>
        <source>sposób</source>
        <translation>by</translation>
    </message>
    <message>
        <location filename="../ops_desktop/ui/labels.py" line="869"/>
        <source>folder</source>
        <translation>folder</translation>
    </message>
    <message>
        <location filename="../ops_desktop/ui/labels.py" line="870"/>
        <source>rozmiar (bajty)</source>
        <translation>size (bytes)</translation>
    </message>
    <message>
        <location filename="../ops_desktop/ui/labels.py" line="871"/>
        <source>liczba wierszy</source>
        <translation>number of rows</translation>
    </message>
    <message>
        <location filename="../ops_desktop/ui/labels.py" line="872"/>
        <source>plik kopii</source>
        <translation>backup file</translation>
    </message>
    <message>
        <location filename="../ops_desktop/ui/labels.py" line="874"/>
        <source>liczba</source>
        <translation>count</translation>
    </message>
    <message>
        <location filename="../ops_desktop/ui/labels.py" line="875"/>
        <source>liczba osób</source>
        <translation>number of persons</translation>
    </message>
    <message>
        <location filename="../ops_desktop/ui/labels.py" line="876"/>
        <source>liczba gospodarstw</source>
        <translation>number of households</translation>
    </message>
    <message>
        <location filename="../ops_desktop/ui/labels.py" line="877"/>
        <source>ziarno losowania</source>
        <translation>random seed</translation>
    </message>
    <message>
        <location filename="../ops_desktop/ui/labels.py" line="878"/>
        <source>od</source>
        <translation>from</translation>
    </message>
    <message>
        <location filename="../ops_desktop/ui/labels.py" line="879"/>
        <source>do</source>
        <translation>to</translation>
    </message>
    <message>
        <location filename="../ops_desktop/ui/labels.py" line="881"/>
        <source>z powodem i przesłankami</source>
        <translation>with reason and grounds</translation>
    </message>
    <message>
        <location filename="../ops_desktop/ui/labels.py" line="883"/>
        <source>klucz konta systemowego komputera</source>
        <translation>the PC&apos;s system-account key</translation>
    </message>
    <message>
        <location filename="../ops_desktop/ui/labels.py" line="884"/>
        <location filename="../ops_desktop/ui/labels.py" line="894"/>
        <source>klucz odzyskiwania</source>
        <translation>recovery key</translation>
    </message>
    <message>
        <location filename="../ops_desktop/ui/labels.py" line="885"/>
        <source>konto systemowe</source>
        <translation>system account</translation>
    </message>
    <message>
        <location filename="../ops_desktop/ui/labels.py" line="886"/>
        <source>czas próby</source>
        <translation>time of the attempt</translation>
    </message>
    <message>
        <location filename="../ops_desktop/ui/labels.py" line="889"/>
        <source>wiersz poleceń</source>
        <translation>command line</translation>
    </message>
    <message>
        <location filename="../ops_desktop/ui/labels.py" line="890"/>
        <source>powiązany</source>
        <translation>bound</translation>
    </message>
    <message>
        <location filename="../ops_desktop/ui/labels.py" line="891"/>
        <source>usunięty</source>
        <translation>removed</translation>
    </message>
    <message>
        <location filename="../ops_desktop/ui/labels.py" line="892"/>
        <source>zastąpiony nowym</source>
        <translation>replaced with a new one</translation>
    </message>
    <message>
        <location filename="../ops_desktop/ui/labels.py" line="893"/>
        <source>hasło</source>
        <translation>password</translation>
    </message>
    <message>
        <location filename="../ops_desktop/ui/labels.py" line="895"/>
        <source>przy otwieraniu zaszyfrowanej bazy</source>
        <translation>while opening the encrypted database</translation>
    </message>
    <message>
        <location filename="../ops_desktop/ui/labels.py" line="1030"/>
        <source>wpis w dzienniku pracy socjalnej</source>
        <translation>entry in the social-work log</translation>
    </message>
    <message>
        <location filename="../ops_desktop/ui/labels.py" line="1032"/>
        <source>lista z pulpitu kierownika</source>
        <translation>list from the head&apos;s dashboard</translation>
    </message>
    <message>
        <location filename="../ops_desktop/ui/labels.py" line="1033"/>
        <source>kolejka wydruków</source>
        <translation>print queue</translation>
    </message>
    <message>
        <location filename="../ops_desktop/ui/labels.py" line="1035"/>
        <source>sprawozdanie MRPiPS-03</source>
        <translation>MRPiPS-03 report</translation>
    </message>
    <message>
        <location filename="../ops_desktop/ui/labels.py" line="1037"/>
        <source>zestawienie własne</source>
        <translation>own list</translation>
    </message>
    <message>
        <location filename="../ops_desktop/ui/labels.py" line="1039"/>
        <source>z całą rodziną</source>
        <translation>with the whole family</translation>
    </message>
    <message>
        <location filename="../ops_desktop/ui/labels.py" line="1040"/>
        <source>data pracy socjalnej</source>
        <translation>date of the social work</translation>
    </message>
    <message>
        <location filename="../ops_desktop/ui/labels.py" line="1041"/>
        <source>rodzaj pracy socjalnej</source>
        <translation>kind of social work</translation>
    </message>
    <message>
        <location filename="../ops_desktop/ui/labels.py" line="1042"/>
        <source>czas (minuty)</source>
        <translation>time (minutes)</translation>
    </message>
    <message>
        <location filename="../ops_desktop/ui/labels.py" line="1043"/>
        <source>notatka do wpisu</source>
        <translation>note of the entry</translation>
    </message>
    <message>
        <location filename="../ops_desktop/ui/labels.py" line="1044"/>
        <source>pracownik prowadzący sprawę</source>
        <translation>worker carrying the case</translation>
    </message>
    <message>
        <location filename="../ops_desktop/ui/labels.py" line="1045"/>
        <source>przydzielone pracownikowi</source>
        <translation>assigned to worker</translation>
    </message>
    <message>
        <location filename="../ops_desktop/ui/labels.py" line="1050"/>
        <source>zlecenie usług opiekuńczych</source>
        <translation>care service order</translation>
    </message>
    <message>
        <location filename="../ops_desktop/ui/labels.py" line="1051"/>
        <source>godziny usług opiekuńczych w miesiącu</source>
        <translation>care service hours in a month</translation>
    </message>
    <message>
        <location filename="../ops_desktop/ui/labels.py" line="1052"/>
        <source>rachunek za usługi opiekuńcze</source>
        <translation>care services bill</translation>
    </message>
    <message>
        <location filename="../ops_desktop/ui/labels.py" line="1053"/>
        <source>wpłata na rachunek za usługi opiekuńcze</source>
        <translation>payment on a care-services bill</translation>
    </message>
    <message>
        <location filename="../ops_desktop/ui/labels.py" line="1056"/>
        <source>decyzja przyznająca usługi</source>
        <translation>decision granting the services</translation>
    </message>
    <message>
        <location filename="../ops_desktop/ui/labels.py" line="1057"/>
        <location filename="../ops_desktop/ui/labels.py" line="1099"/>
        <source>zakres usług</source>
        <translation>scope of services</translation>
    </message>
    <message>
        <location filename="../ops_desktop/ui/labels.py" line="1058"/>
        <source>godziny tygodniowo (×100)</source>
        <translation>hours per week (×100)</translation>
    </message>
    <message>
        <location filename="../ops_desktop/ui/labels.py" line="1059"/>
        <source>usługi od</source>
        <translation>services from</translation>
    </message>
    <message>
        <location filename="../ops_desktop/ui/labels.py" line="1060"/>
        <source>usługi do</source>
        <translation>services until</translation>
    </message>
    <message>
        <location filename="../ops_desktop/ui/labels.py" line="1061"/>
        <location filename="../ops_desktop/ui/labels.py" line="1185"/>
        <location filename="../ops_desktop/ui/labels.py" line="1189"/>
        <location filename="../ops_desktop/ui/labels.py" line="1194"/>
        <location filename="../ops_desktop/ui/labels.py" line="1205"/>
        <source>opiekun(ka)</source>
        <translation>carer</translation>
    </message>
    <message>
        <location filename="../ops_desktop/ui/labels.py" line="1062"/>
        <location filename="../ops_desktop/ui/labels.py" line="1103"/>
        <location filename="../ops_desktop/ui/labels.py" line="1182"/>
        <location filename="../ops_desktop/ui/labels.py" line="1204"/>
        <source>wykonawca usług</source>
        <translation>service provider</translation>
    </message>
    <message>
        <location filename="../ops_desktop/ui/labels.py" line="1063"/>
        <location filename="../ops_desktop/ui/labels.py" line="1074"/>
        <location filename="../ops_desktop/ui/labels.py" line="1106"/>
        <source>dochód (gr)</source>
        <translation>income (grosze)</translation>
    </message>
    <message>
        <location filename="../ops_desktop/ui/labels.py" line="1065"/>
        <location filename="../ops_desktop/ui/labels.py" line="1068"/>
        <location filename="../ops_desktop/ui/labels.py" line="1184"/>
        <location filename="../ops_desktop/ui/labels.py" line="1188"/>
        <location filename="../ops_desktop/ui/labels.py" line="1193"/>
        <location filename="../ops_desktop/ui/labels.py" line="1203"/>
        <source>zlecenie usług</source>
        <translation>service order</translation>
    </message>
    <message>
        <location filename="../ops_desktop/ui/labels.py" line="1066"/>
        <location filename="../ops_desktop/ui/labels.py" line="1069"/>
        <location filename="../ops_desktop/ui/labels.py" line="1195"/>
        <location filename="../ops_desktop/ui/meal_labels.py" line="45"/>
        <source>miesiąc</source>
        <translation>month</translation>
    </message>
    <message>
        <location filename="../ops_desktop/ui/labels.py" line="1067"/>
        <location filename="../ops_desktop/ui/labels.py" line="1071"/>
        <location filename="../ops_desktop/ui/labels.py" line="1199"/>
        <source>godziny wykonane (×100)</source>
        <translation>hours delivered (×100)</translation>
    </message>
    <message>
        <location filename="../ops_desktop/ui/labels.py" line="1070"/>
        <source>numer rachunku</source>
        <translation>bill number</translation>
    </message>
    <message>
        <location filename="../ops_desktop/ui/labels.py" line="1072"/>
        <location filename="../ops_desktop/ui/labels.py" line="1104"/>
        <source>koszt godziny (gr)</source>
        <translation>hourly cost (grosze)</translation>
    </message>
    <message>
        <location filename="../ops_desktop/ui/labels.py" line="1073"/>
        <location filename="../ops_desktop/ui/labels.py" line="1105"/>
        <source>odpłatność (%)</source>
        <translation>fee (%)</translation>
    </message>
    <message>
        <location filename="../ops_desktop/ui/labels.py" line="1076"/>
        <source>kryterium dochodowe (gr)</source>
        <translation>income criterion (grosze)</translation>
    </message>
    <message>
        <location filename="../ops_desktop/ui/labels.py" line="1077"/>
        <location filename="../ops_desktop/ui/labels.py" line="1107"/>
        <source>dochód w % kryterium</source>
        <translation>income as % of the criterion</translation>
    </message>
    <message>
        <location filename="../ops_desktop/ui/labels.py" line="1078"/>
        <source>kwota rachunku (gr)</source>
        <translation>bill amount (grosze)</translation>
    </message>
    <message>
        <location filename="../ops_desktop/ui/labels.py" line="1079"/>
        <source>uchwała rady gminy</source>
        <translation>council resolution</translation>
    </message>
    <message>
        <location filename="../ops_desktop/ui/labels.py" line="1081"/>
        <source>data wystawienia</source>
        <translation>date of issue</translation>
    </message>
    <message>
        <location filename="../ops_desktop/ui/labels.py" line="1082"/>
        <source>wystawił(a)</source>
        <translation>issued by</translation>
    </message>
    <message>
        <location filename="../ops_desktop/ui/labels.py" line="1083"/>
        <source>koryguje rachunek</source>
        <translation>corrects bill</translation>
    </message>
    <message>
        <location filename="../ops_desktop/ui/labels.py" line="1084"/>
        <source>rachunek</source>
        <translation>bill</translation>
    </message>
    <message>
        <location filename="../ops_desktop/ui/labels.py" line="1086"/>
        <source>data wpłaty</source>
        <translation>payment date</translation>
    </message>
    <message>
        <location filename="../ops_desktop/ui/labels.py" line="1087"/>
        <source>kwota wpłaty (gr)</source>
        <translation>amount paid (grosze)</translation>
    </message>
    <message>
        <location filename="../ops_desktop/ui/labels.py" line="1088"/>
        <source>sposób wpłaty</source>
        <translation>way of payment</translation>
    </message>
    <message>
        <location filename="../ops_desktop/ui/labels.py" line="1089"/>
        <source>nr dowodu wpłaty</source>
        <translation>receipt number</translation>
    </message>
    <message>
        <location filename="../ops_desktop/ui/labels.py" line="1090"/>
        <source>zarejestrował(a)</source>
        <translation>recorded by</translation>
    </message>
    <message>
        <location filename="../ops_desktop/ui/labels.py" line="1091"/>
        <source>wycofuje wpłatę</source>
        <translation>withdraws payment</translation>
    </message>
    <message>
        <location filename="../ops_desktop/ui/labels.py" line="1094"/>
        <source>warunki decyzji o usługach</source>
        <translation>terms of the care decision</translation>
    </message>
    <message>
        <location filename="../ops_desktop/ui/labels.py" line="1096"/>
        <source>decyzja o usługach</source>
        <translation>care decision</translation>
    </message>
    <message>
        <location filename="../ops_desktop/ui/labels.py" line="1098"/>
        <source>rodzaj usług</source>
        <translation>kind of services</translation>
    </message>
    <message>
        <location filename="../ops_desktop/ui/labels.py" line="1100"/>
        <source>liczba godzin (×100)</source>
        <translation>number of hours (×100)</translation>
    </message>
    <message>
        <location filename="../ops_desktop/ui/labels.py" line="1101"/>
        <source>godziny na</source>
        <translation>hours per</translation>
    </message>
    <message>
        <location filename="../ops_desktop/ui/labels.py" line="1102"/>
        <source>miejsce świadczenia usług</source>
        <translation>place where services are provided</translation>
    </message>
    <message>
        <location filename="../ops_desktop/ui/labels.py" line="1108"/>
        <source>podstawa odpłatności</source>
        <translation>basis of the fee</translation>
    </message>
    <message>
        <location filename="../ops_desktop/ui/labels.py" line="1109"/>
        <source>próg odpłatności niepotwierdzony</source>
        <translation>fee band unconfirmed</translation>
    </message>
    <message>
        <location filename="../ops_desktop/ui/labels.py" line="1112"/>
        <source>zespół przygotowujący decyzje o usługach</source>
        <translation>team preparing care decisions</translation>
    </message>
    <message>
        <location filename="../ops_desktop/ui/labels.py" line="1113"/>
        <source>zespół przygotowujący decyzje o posiłku</source>
        <translation>team preparing meal decisions</translation>
    </message>
    <message>
        <location filename="../ops_desktop/ui/labels.py" line="1114"/>
        <source>zespół przygotowujący decyzje o schronieniu</source>
        <translation>team preparing shelter decisions</translation>
    </message>
    <message>
        <location filename="../ops_desktop/ui/labels.py" line="1115"/>
        <source>zespół przygotowujący decyzje o DPS</source>
        <translation>team preparing DPS decisions</translation>
    </message>
    <message>
        <location filename="../ops_desktop/ui/labels.py" line="1117"/>
        <source>koszt godziny usług opiekuńczych</source>
        <translation>hourly cost of care services</translation>
    </message>
    <message>
        <location filename="../ops_desktop/ui/labels.py" line="1118"/>
        <source>tabela odpłatności za usługi opiekuńcze</source>
        <translation>care services fee table</translation>
    </message>
    <message>
        <location filename="../ops_desktop/ui/labels.py" line="1171"/>
        <source>wykonawca usług opiekuńczych</source>
        <translation>care provider</translation>
    </message>
    <message>
        <location filename="../ops_desktop/ui/labels.py" line="1172"/>
        <source>opiekun(ka) wykonawcy</source>
        <translation>provider&apos;s carer</translation>
    </message>
    <message>
        <location filename="../ops_desktop/ui/labels.py" line="1173"/>
        <source>przydział opiekuna do zlecenia</source>
        <translation>carer assigned to an order</translation>
    </message>
    <message>
        <location filename="../ops_desktop/ui/labels.py" line="1174"/>
        <source>harmonogram tygodniowy usług</source>
        <translation>weekly care schedule</translation>
    </message>
    <message>
        <location filename="../ops_desktop/ui/labels.py" line="1175"/>
        <source>godziny opiekuna</source>
        <translation>carer&apos;s hours</translation>
    </message>
    <message>
        <location filename="../ops_desktop/ui/labels.py" line="1176"/>
        <source>kontrola lub skarga na usługi</source>
        <translation>check of or complaint about care</translation>
    </message>
    <message>
        <location filename="../ops_desktop/ui/labels.py" line="1179"/>
        <source>numer umowy</source>
        <translation>contract number</translation>
    </message>
    <message>
        <location filename="../ops_desktop/ui/labels.py" line="1180"/>
        <source>cena godziny (gr)</source>
        <translation>hourly price (grosze)</translation>
    </message>
    <message>
        <location filename="../ops_desktop/ui/labels.py" line="1181"/>
        <source>rodzaj wykonawcy</source>
        <translation>kind of provider</translation>
    </message>
    <message>
        <location filename="../ops_desktop/ui/labels.py" line="1186"/>
        <source>obsługuje od</source>
        <translation>serves from</translation>
    </message>
    <message>
        <location filename="../ops_desktop/ui/labels.py" line="1187"/>
        <source>obsługuje do</source>
        <translation>serves until</translation>
    </message>
    <message>
        <location filename="../ops_desktop/ui/labels.py" line="1190"/>
        <source>dzień tygodnia (1 = poniedziałek)</source>
        <translation>weekday (1 = Monday)</translation>
    </message>
    <message>
        <location filename="../ops_desktop/ui/labels.py" line="1191"/>
        <location filename="../ops_desktop/ui/labels.py" line="1197"/>
        <source>od (minuty od północy)</source>
        <translation>from (minutes after midnight)</translation>
    </message>
    <message>
        <location filename="../ops_desktop/ui/labels.py" line="1192"/>
        <location filename="../ops_desktop/ui/labels.py" line="1198"/>
        <source>do (minuty od północy)</source>
        <translation>to (minutes after midnight)</translation>
    </message>
    <message>
        <location filename="../ops_desktop/ui/labels.py" line="1196"/>
        <source>dzień usługi</source>
        <translation>day of care</translation>
    </message>
    <message>
        <location filename="../ops_desktop/ui/labels.py" line="1200"/>
        <source>skąd wpis</source>
        <translation>source of the entry</translation>
    </message>
    <message>
        <location filename="../ops_desktop/ui/labels.py" line="1201"/>
        <source>plik wykonawcy</source>
        <translation>provider&apos;s file</translation>
    </message>
    <message>
        <location filename="../ops_desktop/ui/labels.py" line="1202"/>
        <source>wiersz pliku</source>
        <translation>line of the file</translation>
    </message>
    <message>
        <location filename="../ops_desktop/ui/labels.py" line="1206"/>
        <source>kontrola czy skarga</source>
        <translation>check or complaint</translation>
    </message>
    <message>
        <location filename="../ops_desktop/ui/labels.py" line="1207"/>
        <source>data kontroli lub skargi</source>
        <translation>date of the check or complaint</translation>
    </message>
    <message>
        <location filename="../ops_desktop/ui/labels.py" line="1208"/>
        <source>kto kontrolował lub skarżył</source>
        <translation>who checked or complained</translation>
    </message>
    <message>
        <location filename="../ops_desktop/ui/labels.py" line="1209"/>
        <source>ustalenia</source>
        <translation>findings</translation>
    </message>
    <message>
        <location filename="../ops_desktop/ui/labels.py" line="1210"/>
        <source>zalecenia i dalsze działania</source>
        <translation>follow-up and further action</translation>
    </message>
    <message>
        <location filename="../ops_desktop/ui/labels.py" line="1211"/>
        <source>termin dalszych działań</source>
        <translation>follow-up due</translation>
    </message>
    <message>
        <location filename="../ops_desktop/ui/labels.py" line="1213"/>
        <source>data zamknięcia</source>
        <translation>closing date</translation>
    </message>
    <message>
        <location filename="../ops_desktop/ui/labels.py" line="1214"/>
        <source>wynik kontroli lub skargi</source>
        <translation>outcome of the check or complaint</translation>
    </message>
    <message>
        <location filename="../ops_desktop/ui/labels.py" line="1215"/>
        <source>zalecenia po zamknięciu</source>
        <translation>recommendations on closing</translation>
    </message>
    <message>
        <location filename="../ops_desktop/ui/labels.py" line="1216"/>
        <source>termin usunięcia uchybień</source>
        <translation>deadline to remedy deficiencies</translation>
    </message>
    <message>
        <location filename="../ops_desktop/ui/labels.py" line="1217"/>
        <source>zamknął(-ęła)</source>
        <translation>closed by</translation>
    </message>
    <message>
        <location filename="../ops_desktop/ui/labels.py" line="1311"/>
        <location filename="../ops_desktop/ui/labels.py" line="1325"/>
        <location filename="../ops_desktop/ui/labels.py" line="1328"/>
        <source>procedura Niebieska Karta</source>
        <translation>Niebieska Karta procedure</translation>
    </message>
    <message>
        <location filename="../ops_desktop/ui/labels.py" line="1312"/>
        <source>osoba w procedurze Niebieska Karta</source>
        <translation>person in a Niebieska Karta procedure</translation>
    </message>
    <message>
        <location filename="../ops_desktop/ui/labels.py" line="1313"/>
        <source>krok procedury Niebieska Karta</source>
        <translation>Niebieska Karta step</translation>
    </message>
    <message>
        <location filename="../ops_desktop/ui/labels.py" line="1317"/>
        <source>przepisy z dnia</source>
        <translation>rules of</translation>
    </message>
    <message>
        <location filename="../ops_desktop/ui/labels.py" line="1318"/>
        <source>data formularza A</source>
        <translation>date of form A</translation>
    </message>
    <message>
        <location filename="../ops_desktop/ui/labels.py" line="1319"/>
        <source>kto wypełnił formularz A</source>
        <translation>who filled in form A</translation>
    </message>
    <message>
        <location filename="../ops_desktop/ui/labels.py" line="1320"/>
        <location filename="../ops_desktop/ui/labels.py" line="1331"/>
        <source>notatka</source>
        <translation>note</translation>
    </message>
    <message>
        <location filename="../ops_desktop/ui/labels.py" line="1321"/>
        <source>nieobecność osoby stosującej przemoc</source>
        <translation>absence of the person using violence</translation>
    </message>
    <message>
        <location filename="../ops_desktop/ui/labels.py" line="1322"/>
        <source>data zakończenia procedury</source>
        <translation>closing date of the procedure</translation>
    </message>
    <message>
        <location filename="../ops_desktop/ui/labels.py" line="1323"/>
        <source>podstawa zakończenia procedury</source>
        <translation>ground for closing the procedure</translation>
    </message>
    <message>
        <location filename="../ops_desktop/ui/labels.py" line="1324"/>
        <location filename="../ops_desktop/ui/labels.py" line="1332"/>
        <source>zapisał(a)</source>
        <translation>recorded by</translation>
    </message>
    <message>
        <location filename="../ops_desktop/ui/labels.py" line="1327"/>
        <source>rola w procedurze</source>
        <translation>role in the procedure</translation>
    </message>
    <message>
        <location filename="../ops_desktop/ui/labels.py" line="1329"/>
        <source>krok lub formularz</source>
        <translation>step or form</translation>
    </message>
    <message>
        <location filename="../ops_desktop/ui/labels.py" line="1330"/>
        <source>data kroku</source>
        <translation>date of the step</translation>
    </message>
    <message>
        <location filename="../ops_desktop/ui/labels.py" line="1338"/>
        <source>formularz</source>
        <translation>form</translation>
    </message>
    <message>
        <location filename="../ops_desktop/ui/labels.py" line="1339"/>
        <source>oświadczenie</source>
        <translation>statement</translation>
    </message>
    <message>
        <location filename="../ops_desktop/ui/labels.py" line="1342"/>
        <source>o stanie majątkowym</source>
        <translation>of assets</translation>
    </message>
    <message>
        <location filename="../ops_desktop/ui/labels.py" line="1343"/>
        <source>po wywiadzie przeprowadzonym elektronicznie</source>
        <translation>after an interview taken electronically</translation>
    </message>
    <message>
        <location filename="../ops_desktop/ui/labels.py" line="1383"/>
        <source>zwrot przelewu</source>
        <translation>transfer returned</translation>
    </message>
    <message>
        <location filename="../ops_desktop/ui/labels.py" line="1384"/>
        <source>nienależnie pobrane świadczenie</source>
        <translation>undue benefit</translation>
    </message>
    <message>
        <location filename="../ops_desktop/ui/labels.py" line="1385"/>
        <source>rata należności</source>
        <translation>claim instalment</translation>
    </message>
    <message>
        <location filename="../ops_desktop/ui/labels.py" line="1386"/>
        <source>spłata lub potrącenie należności</source>
        <translation>claim repayment or deduction</translation>
    </message>
    <message>
        <location filename="../ops_desktop/ui/labels.py" line="1387"/>
        <source>rejestr wypłat</source>
        <translation>payment register</translation>
    </message>
    <message>
        <location filename="../ops_desktop/ui/labels.py" line="1391"/>
        <source>data zwrotu</source>
        <translation>date returned</translation>
    </message>
    <message>
        <location filename="../ops_desktop/ui/labels.py" line="1393"/>
        <source>ponowna wypłata – sposób</source>
        <translation>re-issue – method</translation>
    </message>
    <message>
        <location filename="../ops_desktop/ui/labels.py" line="1394"/>
        <source>ponowna wypłata – rachunek</source>
        <translation>re-issue – account</translation>
    </message>
    <message>
        <location filename="../ops_desktop/ui/labels.py" line="1395"/>
        <source>ponowna wypłata – pozycja</source>
        <translation>re-issue – item</translation>
    </message>
    <message>
        <location filename="../ops_desktop/ui/labels.py" line="1396"/>
        <source>decyzja zmieniająca/uchylająca</source>
        <translation>changing/revoking decision</translation>
    </message>
    <message>
        <location filename="../ops_desktop/ui/labels.py" line="1397"/>
        <source>data decyzji o zwrocie</source>
        <translation>recovery decision date</translation>
    </message>
    <message>
        <location filename="../ops_desktop/ui/labels.py" line="1398"/>
        <source>termin zwrotu</source>
        <translation>repayment deadline</translation>
    </message>
    <message>
        <location filename="../ops_desktop/ui/labels.py" line="1399"/>
        <source>odroczono do</source>
        <translation>deferred to</translation>
    </message>
    <message>
        <location filename="../ops_desktop/ui/labels.py" line="1400"/>
        <source>potrącać z bieżących wypłat</source>
        <translation>deduct from current payments</translation>
    </message>
    <message>
        <location filename="../ops_desktop/ui/labels.py" line="1401"/>
        <source>umorzono</source>
        <translation>waived</translation>
    </message>
    <message>
        <location filename="../ops_desktop/ui/labels.py" line="1402"/>
        <source>umorzenie na wniosek</source>
        <translation>waiver requested by</translation>
    </message>
    <message>
        <location filename="../ops_desktop/ui/labels.py" line="1403"/>
        <location filename="../ops_desktop/ui/labels.py" line="1406"/>
        <source>należność</source>
        <translation>claim</translation>
    </message>
    <message>
        <location filename="../ops_desktop/ui/labels.py" line="1404"/>
        <source>data</source>
        <translation>date</translation>
    </message>
    <message>
        <location filename="../ops_desktop/ui/labels.py" line="1407"/>
        <source>termin raty</source>
        <translation>instalment due</translation>
    </message>
    <message>
        <location filename="../ops_desktop/ui/labels.py" line="1440"/>
        <source>odwołanie</source>
        <translation>appeal</translation>
    </message>
    <message>
        <location filename="../ops_desktop/ui/labels.py" line="1442"/>
        <source>zaskarżona decyzja</source>
        <translation>appealed decision</translation>
    </message>
    <message>
        <location filename="../ops_desktop/ui/labels.py" line="1444"/>
        <source>data wniesienia odwołania</source>
        <translation>day the appeal was lodged</translation>
    </message>
    <message>
        <location filename="../ops_desktop/ui/labels.py" line="1445"/>
        <source>data wpływu odwołania</source>
        <translation>day the appeal was received</translation>
    </message>
    <message>
        <location filename="../ops_desktop/ui/labels.py" line="1446"/>
        <source>kto wniósł odwołanie</source>
        <translation>who lodged the appeal</translation>
    </message>
    <message>
        <location filename="../ops_desktop/ui/labels.py" line="1447"/>
        <source>treść odwołania w skrócie</source>
        <translation>summary of the appeal</translation>
    </message>
    <message>
        <location filename="../ops_desktop/ui/labels.py" line="1448"/>
        <source>data doręczenia decyzji</source>
        <translation>day the decision was delivered</translation>
    </message>
    <message>
        <location filename="../ops_desktop/ui/labels.py" line="1449"/>
        <source>stan odwołania</source>
        <translation>state of the appeal</translation>
    </message>
    <message>
        <location filename="../ops_desktop/ui/labels.py" line="1450"/>
        <source>data przekazania do SKO</source>
        <translation>day forwarded to the SKO</translation>
    </message>
    <message>
        <location filename="../ops_desktop/ui/labels.py" line="1451"/>
        <source>przekazał(a)</source>
        <translation>forwarded by</translation>
    </message>
    <message>
        <location filename="../ops_desktop/ui/labels.py" line="1452"/>
        <source>dokumenty przekazane do SKO</source>
        <translation>documents sent to the SKO</translation>
    </message>
    <message>
        <location filename="../ops_desktop/ui/labels.py" line="1453"/>
        <source>rozstrzygnięcie SKO</source>
        <translation>SKO outcome</translation>
    </message>
    <message>
        <location filename="../ops_desktop/ui/labels.py" line="1454"/>
        <source>data rozstrzygnięcia SKO</source>
        <translation>day of the SKO&apos;s outcome</translation>
    </message>
    <message>
        <location filename="../ops_desktop/ui/labels.py" line="1455"/>
        <source>sygnatura SKO</source>
        <translation>SKO case reference</translation>
    </message>
    <message>
        <location filename="../ops_desktop/ui/labels.py" line="1456"/>
        <source>kwota według decyzji SKO</source>
        <translation>amount under the SKO&apos;s decision</translation>
    </message>
    <message>
        <location filename="../ops_desktop/ui/labels.py" line="1457"/>
        <source>okres według decyzji SKO od</source>
        <translation>period under the SKO&apos;s decision from</translation>
    </message>
    <message>
        <location filename="../ops_desktop/ui/labels.py" line="1458"/>
        <source>okres według decyzji SKO do</source>
        <translation>period under the SKO&apos;s decision to</translation>
    </message>
    <message>
        <location filename="../ops_desktop/ui/labels.py" line="1459"/>
        <source>pozostałe strony, które nie wniosły odwołania</source>
        <translation>other parties who did not appeal</translation>
    </message>
    <message>
        <location filename="../ops_desktop/ui/labels.py" line="1460"/>
        <source>data zgody pozostałych stron (art. 132 § 2)</source>
        <translation>day the other parties consented (art. 132 § 2)</translation>
    </message>
    <message>
        <location filename="../ops_desktop/ui/labels.py" line="1506"/>
        <source>pakiet usług (katalog)</source>
        <translation>service package (catalogue)</translation>
    </message>
    <message>
        <location filename="../ops_desktop/ui/labels.py" line="1507"/>
        <source>przydzielony pakiet usług</source>
        <translation>service package given</translation>
    </message>
    <message>
        <location filename="../ops_desktop/ui/labels.py" line="1508"/>
        <source>część przydzielonego pakietu</source>
        <translation>part of a package given</translation>
    </message>
    <message>
        <location filename="../ops_desktop/ui/labels.py" line="1511"/>
        <location filename="../ops_desktop/ui/labels.py" line="1516"/>
        <source>grupa docelowa</source>
        <translation>target group</translation>
    </message>
    <message>
        <location filename="../ops_desktop/ui/labels.py" line="1512"/>
        <location filename="../ops_desktop/ui/labels.py" line="1517"/>
        <source>nazwa pakietu</source>
        <translation>package name</translation>
    </message>
    <message>
        <location filename="../ops_desktop/ui/labels.py" line="1513"/>
        <source>części pakietu</source>
        <translation>parts of the package</translation>
    </message>
    <message>
        <location filename="../ops_desktop/ui/labels.py" line="1518"/>
        <source>przydzielił(a)</source>
        <translation>given by</translation>
    </message>
    <message>
        <location filename="../ops_desktop/ui/labels.py" line="1519"/>
        <source>przydzielony pakiet</source>
        <translation>package given</translation>
    </message>
    <message>
        <location filename="../ops_desktop/ui/labels.py" line="1520"/>
        <source>kolejność</source>
        <translation>order</translation>
    </message>
    <message>
        <location filename="../ops_desktop/ui/labels.py" line="1521"/>
        <source>forma pomocy lub działanie</source>
        <translation>form of help or action</translation>
    </message>
    <message>
        <location filename="../ops_desktop/ui/labels.py" line="1522"/>
        <source>zespół realizujący</source>
        <translation>delivering team</translation>
    </message>
    <message>
        <location filename="../ops_desktop/ui/labels.py" line="1524"/>
        <source>stan realizacji</source>
        <translation>state</translation>
    </message>
    <message>
        <location filename="../ops_desktop/ui/labels.py" line="1525"/>
        <source>data zmiany stanu</source>
        <translation>date of the state&apos;s change</translation>
    </message>
    <message>
        <location filename="../ops_desktop/ui/labels.py" line="1526"/>
        <source>stan zapisał(a)</source>
        <translation>state recorded by</translation>
    </message>
    <message>
        <location filename="../ops_desktop/ui/audit_tab.py" line="34"/>
        <source>usunięto wcześniejsze wpisy (od nr %1)</source>
        <translation>earlier entries were deleted (from no. %1)</translation>
    </message>
    <message>
        <location filename="../ops_desktop/ui/audit_tab.py" line="35"/>
        <source>wpis nie jest powiązany z poprzednim</source>
        <translation>the entry is not linked to the previous one</translation>
    </message>
    <message>
        <location filename="../ops_desktop/ui/audit_tab.py" line="36"/>
        <source>zmieniono zapis zmian we wpisie</source>
        <translation>the record of changes in the entry was altered</translation>
    </message>
    <message>
        <location filename="../ops_desktop/ui/audit_tab.py" line="37"/>
        <source>zmieniono treść wpisu</source>
        <translation>the content of the entry was altered</translation>
    </message>
    <message>
        <location filename="../ops_desktop/ui/audit_tab.py" line="38"/>
        <source>wpis ma nieprawidłowy format</source>
        <translation>the entry has an invalid format</translation>
    </message>
    <message>
        <location filename="../ops_desktop/ui/labels.py" line="570"/>
        <source>imię</source>
        <translation>first name</translation>
    </message>
    <message>
        <location filename="../ops_desktop/ui/labels.py" line="571"/>
        <source>nazwisko</source>
        <translation>surname</translation>
    </message>
    <message>
        <location filename="../ops_desktop/ui/labels.py" line="572"/>
        <source>nazwisko do wyszukiwania</source>
        <translation>surname for searching</translation>
    </message>
    <message>
        <location filename="../ops_desktop/ui/labels.py" line="573"/>
        <source>PESEL</source>
        <translation>PESEL</translation>
    </message>
    <message>
        <location filename="../ops_desktop/ui/labels.py" line="566"/>
        <location filename="../ops_desktop/ui/labels.py" line="574"/>
        <source>rodzaj dokumentu</source>
        <translation>document type</translation>
    </message>
    <message>
        <location filename="../ops_desktop/ui/labels.py" line="575"/>
        <source>numer dokumentu</source>
        <translation>document number</translation>
    </message>
    <message>
        <location filename="../ops_desktop/ui/labels.py" line="576"/>
        <source>data urodzenia</source>
        <translation>date of birth</translation>
    </message>
    <message>
        <location filename="../ops_desktop/ui/labels.py" line="577"/>
        <source>płeć</source>
        <translation>sex</translation>
    </message>
    <message>
        <location filename="../ops_desktop/ui/labels.py" line="578"/>
        <source>ulica</source>
        <translation>street</translation>
    </message>
    <message>
        <location filename="../ops_desktop/ui/labels.py" line="579"/>
        <source>numer domu</source>
        <translation>building number</translation>
    </message>
    <message>
        <location filename="../ops_desktop/ui/labels.py" line="580"/>
        <source>numer lokalu</source>
        <translation>flat number</translation>
    </message>
    <message>
        <location filename="../ops_desktop/ui/labels.py" line="581"/>
        <source>kod pocztowy</source>
        <translation>postcode</translation>
    </message>
    <message>
        <location filename="../ops_desktop/ui/labels.py" line="582"/>
        <source>miejscowość</source>
        <translation>town</translation>
    </message>
    <message>
        <location filename="../ops_desktop/ui/labels.py" line="583"/>
        <source>telefon</source>
        <translation>phone</translation>
    </message>
    <message>
        <location filename="../ops_desktop/ui/labels.py" line="586"/>
        <source>pokrewieństwo</source>
        <translation>relationship</translation>
    </message>
    <message>
        <location filename="../ops_desktop/ui/labels.py" line="587"/>
        <source>stanowisko</source>
        <translation>position</translation>
    </message>
    <message>
        <location filename="../ops_desktop/ui/labels.py" line="588"/>
        <source>usunięto</source>
        <translation>deleted</translation>
    </message>
    <message>
        <location filename="../ops_desktop/ui/labels.py" line="589"/>
        <source>zanonimizowano</source>
        <translation>anonymised</translation>
    </message>
    <message>
        <location filename="../ops_desktop/ui/labels.py" line="593"/>
        <source>stan</source>
        <translation>status</translation>
    </message>
    <message>
        <location filename="../ops_desktop/ui/labels.py" line="594"/>
        <source>kwota</source>
        <translation>amount</translation>
    </message>
    <message>
        <location filename="../ops_desktop/ui/labels.py" line="595"/>
        <source>rachunek bankowy</source>
        <translation>bank account</translation>
    </message>
    <message>
        <location filename="../ops_desktop/ui/labels.py" line="596"/>
        <source>uzasadnienie</source>
        <translation>statement of reasons</translation>
    </message>
    <message>
        <location filename="../ops_desktop/ui/labels.py" line="597"/>
        <source>podpisano</source>
        <translation>signed</translation>
    </message>
    <message>
        <location filename="../ops_desktop/ui/labels.py" line="599"/>
        <source>opis problemu</source>
        <translation>problem description</translation>
    </message>
    <message>
        <location filename="../ops_desktop/ui/labels.py" line="600"/>
        <source>treść</source>
        <translation>text</translation>
    </message>
    <message>
        <location filename="../ops_desktop/ui/labels.py" line="601"/>
        <source>login</source>
        <translation>username</translation>
    </message>
    <message>
        <location filename="../ops_desktop/ui/labels.py" line="602"/>
        <location filename="../ops_desktop/ui/labels.py" line="1183"/>
        <source>imię i nazwisko</source>
        <translation>full name</translation>
    </message>
    <message>
        <location filename="../ops_desktop/ui/labels.py" line="603"/>
        <source>role</source>
        <translation>roles</translation>
    </message>
    <message>
        <location filename="../ops_desktop/ui/labels.py" line="604"/>
        <source>aktywny</source>
        <translation>active</translation>
    </message>
    <message>
        <location filename="../ops_desktop/ui/labels.py" line="605"/>
        <source>hasło (skrót)</source>
        <translation>password (hash)</translation>
    </message>
    <message>
        <location filename="../ops_desktop/ui/labels.py" line="607"/>
        <source>nieudane logowania</source>
        <translation>failed sign-ins</translation>
    </message>
    <message>
        <location filename="../ops_desktop/ui/labels.py" line="608"/>
        <source>zablokowane do</source>
        <translation>locked until</translation>
    </message>
    <message>
        <location filename="../ops_desktop/ui/labels.py" line="609"/>
        <source>wymagana zmiana hasła</source>
        <translation>password change required</translation>
    </message>
    <message>
        <location filename="../ops_desktop/ui/labels.py" line="610"/>
        <source>ostatnie logowanie</source>
        <translation>last sign-in</translation>
    </message>
    <message>
        <location filename="../ops_desktop/ui/labels.py" line="611"/>
        <source>wartość</source>
        <translation>value</translation>
    </message>
    <message>
        <location filename="../ops_desktop/ui/placement_labels.py" line="45"/>
        <location filename="../ops_desktop/ui/placement_labels.py" line="54"/>
        <location filename="../ops_desktop/ui/placement_labels.py" line="56"/>
        <source>dom pomocy społecznej</source>
        <translation>care home (DPS)</translation>
    </message>
    <message>
        <location filename="../ops_desktop/ui/placement_labels.py" line="46"/>
        <source>średni koszt utrzymania w DPS</source>
        <translation>average monthly cost of a care home</translation>
    </message>
    <message>
        <location filename="../ops_desktop/ui/placement_labels.py" line="47"/>
        <source>decyzja w sprawie DPS</source>
        <translation>care home decision</translation>
    </message>
    <message>
        <location filename="../ops_desktop/ui/placement_labels.py" line="48"/>
        <source>pozycja wykazu miejsc schronienia</source>
        <translation>shelter register entry</translation>
    </message>
    <message>
        <location filename="../ops_desktop/ui/placement_labels.py" line="49"/>
        <source>zmiana w wykazie miejsc schronienia</source>
        <translation>change in the shelter register</translation>
    </message>
    <message>
        <location filename="../ops_desktop/ui/placement_labels.py" line="50"/>
        <source>decyzja o przyznaniu schronienia</source>
        <translation>decision granting shelter</translation>
    </message>
    <message>
        <location filename="../ops_desktop/ui/placement_labels.py" line="53"/>
        <source>adres DPS</source>
        <translation>care home address</translation>
    </message>
    <message>
        <location filename="../ops_desktop/ui/placement_labels.py" line="55"/>
        <source>średni koszt miesięczny (gr)</source>
        <translation>average monthly cost (grosze)</translation>
    </message>
    <message>
        <location filename="../ops_desktop/ui/placement_labels.py" line="57"/>
        <source>decyzja o skierowaniu</source>
        <translation>placement decision</translation>
    </message>
    <message>
        <location filename="../ops_desktop/ui/meal_labels.py" line="28"/>
        <location filename="../ops_desktop/ui/meal_labels.py" line="44"/>
        <source>decyzja o przyznaniu posiłku</source>
        <translation>decision granting meals</translation>
    </message>
    <message>
        <location filename="../ops_desktop/ui/meal_labels.py" line="29"/>
        <source>posiłki wydane w miesiącu</source>
        <translation>meals served in a month</translation>
    </message>
    <message>
        <location filename="../ops_desktop/ui/meal_labels.py" line="32"/>
        <source>kto otrzymuje posiłek</source>
        <translation>who receives the meals</translation>
    </message>
    <message>
        <location filename="../ops_desktop/ui/meal_labels.py" line="34"/>
        <source>miejsce wydawania posiłku</source>
        <translation>where the meals are served</translation>
    </message>
    <message>
        <location filename="../ops_desktop/ui/meal_labels.py" line="35"/>
        <location filename="../ops_desktop/ui/placement_labels.py" line="58"/>
        <location filename="../ops_desktop/ui/placement_labels.py" line="77"/>
        <source>data decyzji</source>
        <translation>decision date</translation>
    </message>
    <message>
        <location filename="../ops_desktop/ui/meal_labels.py" line="36"/>
        <source>posiłek od</source>
        <translation>meals from</translation>
    </message>
    <message>
        <location filename="../ops_desktop/ui/meal_labels.py" line="37"/>
        <source>posiłek do</source>
        <translation>meals until</translation>
    </message>
    <message>
        <location filename="../ops_desktop/ui/meal_labels.py" line="38"/>
        <source>dni wydawania posiłku</source>
        <translation>days meals are served</translation>
    </message>
    <message>
        <location filename="../ops_desktop/ui/meal_labels.py" line="39"/>
        <source>posiłki dziennie</source>
        <translation>meals a day</translation>
    </message>
    <message>
        <location filename="../ops_desktop/ui/meal_labels.py" line="40"/>
        <source>koszt posiłku (gr)</source>
        <translation>price of a meal (grosz)</translation>
    </message>
    <message>
        <location filename="../ops_desktop/ui/meal_labels.py" line="41"/>
        <source>dochód rodziny (gr)</source>
        <translation>household income (grosz)</translation>
    </message>
    <message>
        <location filename="../ops_desktop/ui/meal_labels.py" line="42"/>
        <source>próg pomocy nieodpłatnej (gr)</source>
        <translation>free-of-charge threshold (grosz)</translation>
    </message>
    <message>
        <location filename="../ops_desktop/ui/meal_labels.py" line="43"/>
        <source>nieodpłatnie</source>
        <translation>free of charge</translation>
    </message>
    <message>
        <location filename="../ops_desktop/ui/meal_labels.py" line="46"/>
        <source>wydane posiłki</source>
        <translation>meals served</translation>
    </message>
    <message>
        <location filename="../ops_desktop/ui/placement_labels.py" line="59"/>
        <source>od dnia</source>
        <translation>from</translation>
    </message>
    <message>
        <location filename="../ops_desktop/ui/placement_labels.py" line="60"/>
        <source>koszt utrzymania (gr)</source>
        <translation>monthly cost (grosze)</translation>
    </message>
    <message>
        <location filename="../ops_desktop/ui/placement_labels.py" line="61"/>
        <source>koszt ustalony od dnia</source>
        <translation>cost in force from</translation>
    </message>
    <message>
        <location filename="../ops_desktop/ui/placement_labels.py" line="62"/>
        <source>dochód mieszkańca (gr)</source>
        <translation>resident&apos;s income (grosze)</translation>
    </message>
    <message>
        <location filename="../ops_desktop/ui/placement_labels.py" line="63"/>
        <source>opłata mieszkańca (gr)</source>
        <translation>resident&apos;s fee (grosze)</translation>
    </message>
    <message>
        <location filename="../ops_desktop/ui/placement_labels.py" line="64"/>
        <source>opłaty rodziny wg umów</source>
        <translation>relatives&apos; fees by agreement</translation>
    </message>
    <message>
        <location filename="../ops_desktop/ui/placement_labels.py" line="65"/>
        <source>opłata gminy (gr)</source>
        <translation>municipality&apos;s fee (grosze)</translation>
    </message>
    <message>
        <location filename="../ops_desktop/ui/placement_labels.py" line="66"/>
        <location filename="../ops_desktop/ui/placement_labels.py" line="75"/>
        <source>placówka</source>
        <translation>institution</translation>
    </message>
    <message>
        <location filename="../ops_desktop/ui/placement_labels.py" line="67"/>
        <source>adres placówki</source>
        <translation>institution address</translation>
    </message>
    <message>
        <location filename="../ops_desktop/ui/placement_labels.py" line="68"/>
        <source>liczba miejsc</source>
        <translation>number of places</translation>
    </message>
    <message>
        <location filename="../ops_desktop/ui/placement_labels.py" line="69"/>
        <source>pozycja wykazu</source>
        <translation>register entry</translation>
    </message>
    <message>
        <location filename="../ops_desktop/ui/placement_labels.py" line="70"/>
        <source>dzień zmiany</source>
        <translation>date of change</translation>
    </message>
    <message>
        <location filename="../ops_desktop/ui/placement_labels.py" line="71"/>
        <source>co się zmieniło</source>
        <translation>what changed</translation>
    </message>
    <message>
        <location filename="../ops_desktop/ui/placement_labels.py" line="72"/>
        <source>było</source>
        <translation>before</translation>
    </message>
    <message>
        <location filename="../ops_desktop/ui/placement_labels.py" line="73"/>
        <source>jest</source>
        <translation>after</translation>
    </message>
    <message>
        <location filename="../ops_desktop/ui/placement_labels.py" line="74"/>
        <source>zgłoszono wojewodzie</source>
        <translation>reported to the voivode</translation>
    </message>
    <message>
        <location filename="../ops_desktop/ui/placement_labels.py" line="78"/>
        <source>pobyt od</source>
        <translation>stay from</translation>
    </message>
    <message>
        <location filename="../ops_desktop/ui/placement_labels.py" line="79"/>
        <source>pobyt do</source>
        <translation>stay until</translation>
    </message>
</context>
<context>
    <name>contracts</name>
    <message>
        <location filename="../ops_desktop/ui/social_work/contracts.py" line="40"/>
        <source>Aneks</source>
        <translation>Annex</translation>
    </message>
    <message>
        <location filename="../ops_desktop/ui/social_work/contracts.py" line="41"/>
        <source>Kontrakt %1</source>
        <translation>Contract %1</translation>
    </message>
    <message>
        <location filename="../ops_desktop/ui/social_work/contracts.py" line="48"/>
        <source>; ocen: %1, ostatnia %2</source>
        <translation>; reviews: %1, last %2</translation>
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
        <location filename="../ops_desktop/ui/recovery.py" line="174"/>
        <source>Dane przywrócono z kopii zapasowej.</source>
        <translation>The data was restored from a backup.</translation>
    </message>
    <message>
        <location filename="../ops_desktop/ui/recovery.py" line="176"/>
        <source>Uszkodzony plik zachowano jako %1.</source>
        <translation>The damaged file was kept as %1.</translation>
    </message>
    <message>
        <location filename="../ops_desktop/ui/case_dialogs.py" line="22"/>
        <source>Sprawa %1 – %2 (założona %3)</source>
        <translation>Case %1 – %2 (opened %3)</translation>
    </message>
    <message>
        <location filename="../ops_desktop/ui/social_work/contract_form.py" line="89"/>
        <source>Okres &amp;od:</source>
        <translation>Period &amp;from:</translation>
    </message>
    <message>
        <location filename="../ops_desktop/ui/social_work/contract_form.py" line="91"/>
        <source>Okres d&amp;o:</source>
        <translation>Period &amp;to:</translation>
    </message>
    <message>
        <location filename="../ops_desktop/ui/social_work/contract_form.py" line="95"/>
        <source>Dz&amp;iałania:</source>
        <translation>Act&amp;ions:</translation>
    </message>
</context>
<context>
    <name>errors</name>
    <message>
        <location filename="../ops_desktop/ui/guard.py" line="34"/>
        <source>błąd programu (szczegóły w dzienniku).</source>
        <translation>program error (details in the log).</translation>
    </message>
    <message>
        <location filename="../ops_desktop/ui/labels.py" line="49"/>
        <source>To pole jest wymagane.</source>
        <translation>This field is required.</translation>
    </message>
    <message>
        <location filename="../ops_desktop/ui/labels.py" line="50"/>
        <source>Tekst jest za długi.</source>
        <translation>The text is too long.</translation>
    </message>
    <message>
        <location filename="../ops_desktop/ui/labels.py" line="51"/>
        <source>Pole zawiera niedozwolone znaki.</source>
        <translation>The field contains characters that are not allowed.</translation>
    </message>
    <message>
        <location filename="../ops_desktop/ui/labels.py" line="52"/>
        <source>Pole zawiera niewidoczny znak (np. wklejony ze strony internetowej) – usuń zawartość pola i wpisz ją ponownie z klawiatury.</source>
        <translation>The field holds an invisible character (pasted from a web page, for example) – clear the field and type it again.</translation>
    </message>
    <message>
        <location filename="../ops_desktop/ui/labels.py" line="53"/>
        <source>Nieprawidłowy numer PESEL (suma kontrolna lub data).</source>
        <translation>Invalid PESEL number (check digit or date).</translation>
    </message>
    <message>
        <location filename="../ops_desktop/ui/labels.py" line="54"/>
        <source>Data urodzenia nie zgadza się z numerem PESEL.</source>
        <translation>The date of birth does not match the PESEL number.</translation>
    </message>
    <message>
        <location filename="../ops_desktop/ui/labels.py" line="55"/>
        <source>Płeć nie zgadza się z numerem PESEL.</source>
        <translation>The sex does not match the PESEL number.</translation>
    </message>
    <message>
        <location filename="../ops_desktop/ui/labels.py" line="56"/>
        <source>Podaj PESEL albo rodzaj i numer dokumentu tożsamości.</source>
        <translation>Enter a PESEL or the type and number of an identity document.</translation>
    </message>
    <message>
        <location filename="../ops_desktop/ui/labels.py" line="57"/>
        <source>Osoba z tym numerem PESEL jest już w kartotece – wyszukaj ją.</source>
        <translation>A person with this PESEL is already on file – search for them.</translation>
    </message>
    <message>
        <location filename="../ops_desktop/ui/labels.py" line="58"/>
        <source>Ten sam PESEL podano dwa razy w gospodarstwie.</source>
        <translation>The same PESEL was entered twice in the household.</translation>
    </message>
    <message>
        <location filename="../ops_desktop/ui/labels.py" line="59"/>
        <source>Data nie może być z przyszłości.</source>
        <translation>The date cannot be in the future.</translation>
    </message>
    <message>
        <location filename="../ops_desktop/ui/labels.py" line="60"/>
        <source>Data jest zbyt odległa.</source>
        <translation>The date is too far in the past.</translation>
    </message>
    <message>
        <location filename="../ops_desktop/ui/labels.py" line="61"/>
        <source>Kod pocztowy w formacie 00-000.</source>
        <translation>Postcode must be in the format 00-000.</translation>
    </message>
    <message>
        <location filename="../ops_desktop/ui/labels.py" line="62"/>
        <source>Nieprawidłowy numer telefonu.</source>
        <translation>Invalid phone number.</translation>
    </message>
    <message>
        <location filename="../ops_desktop/ui/labels.py" line="63"/>
        <source>Data końcowa jest wcześniejsza niż początkowa.</source>
        <translation>The end date is earlier than the start date.</translation>
    </message>
    <message>
        <location filename="../ops_desktop/ui/labels.py" line="64"/>
        <source>Wniosku nie można wycofać przed dniem jego złożenia.</source>
        <translation>An application cannot be withdrawn before the day it was lodged.</translation>
    </message>
    <message>
        <location filename="../ops_desktop/ui/labels.py" line="65"/>
        <source>Data nie może być wcześniejsza niż dzień wpływu wniosku.</source>
        <translation>The date cannot be before the day the application was received.</translation>
    </message>
    <message>
        <location filename="../ops_desktop/ui/labels.py" line="66"/>
        <source>Nowy termin musi być późniejszy niż dotychczasowy termin załatwienia sprawy.</source>
        <translation>The new deadline must be later than the current deadline.</translation>
    </message>
    <message>
        <location filename="../ops_desktop/ui/labels.py" line="67"/>
        <source>Ten dzień to sobota, niedziela lub święto – wybierz dzień roboczy.</source>
        <translation>That day is a Saturday, Sunday or public holiday – choose a working day.</translation>
    </message>
    <message>
        <location filename="../ops_desktop/ui/labels.py" line="68"/>
        <source>Okres jest zbyt długi (najwyżej rok).</source>
        <translation>The period is too long (a year at most).</translation>
    </message>
    <message>
        <location filename="../ops_desktop/ui/labels.py" line="69"/>
        <source>Świadczenie przyznaje się najwcześniej od miesiąca złożenia wniosku.</source>
        <translation>A benefit is granted from the month the application was lodged at the earliest.</translation>
    </message>
    <message>
        <location filename="../ops_desktop/ui/labels.py" line="70"/>
        <source>Podaj kwotę nieujemną, najwyżej z dwoma miejscami po przecinku.</source>
        <translation>Enter a non-negative amount with at most two decimal places.</translation>
    </message>
    <message>
        <location filename="../ops_desktop/ui/labels.py" line="71"/>
        <source>Kwota przekracza maksymalną kwotę wyliczoną z ustawy.</source>
        <translation>The amount exceeds the maximum calculated under the Act.</translation>
    </message>
    <message>
        <location filename="../ops_desktop/ui/labels.py" line="72"/>
        <source>Kwota jest niższa niż minimalna kwota wynikająca z ustawy.</source>
        <translation>The amount is below the minimum set by the Act.</translation>
    </message>
    <message>
        <location filename="../ops_desktop/ui/labels.py" line="73"/>
        <source>Zasiłek stały przyznaje się w kwocie wyliczonej z ustawy.</source>
        <translation>The permanent allowance is granted in the amount calculated under the Act.</translation>
    </message>
    <message>
        <location filename="../ops_desktop/ui/labels.py" line="74"/>
        <source>Nieprawidłowy numer rachunku bankowego.</source>
        <translation>Invalid bank account number.</translation>
    </message>
    <message>
        <location filename="../ops_desktop/ui/labels.py" line="75"/>
        <source>Brak kryteriów i kwot ustawowych dla tej daty – sprawdź okres świadczenia.</source>
        <translation>No statutory criteria and amounts for this date – check the benefit period.</translation>
    </message>
    <message>
        <location filename="../ops_desktop/ui/labels.py" line="76"/>
        <source>Ta osoba jest już wpisana do tego gospodarstwa.</source>
        <translation>This person is already entered in this household.</translation>
    </message>
    <message>
        <location filename="../ops_desktop/ui/labels.py" line="77"/>
        <source>Wnioskodawca nie spełnia warunków – możliwa jest tylko decyzja odmowna.</source>
        <translation>The applicant does not meet the conditions – only a refusal decision is possible.</translation>
    </message>
    <message>
        <location filename="../ops_desktop/ui/labels.py" line="78"/>
        <source>Dochód można przypisać tylko członkowi gospodarstwa.</source>
        <translation>Income can only be assigned to a household member.</translation>
    </message>
    <message>
        <location filename="../ops_desktop/ui/labels.py" line="79"/>
        <source>Nie oceniono wniosku – wpisz dochody albo zaznacz «brak dochodów» i zapisz; do tego czasu nie można przygotować ani podpisać decyzji.</source>
        <translation>The application is not assessed – enter incomes or tick «no income» and save; until then no decision can be prepared or signed.</translation>
    </message>
    <message>
        <location filename="../ops_desktop/ui/labels.py" line="80"/>
        <source>Zaznaczono brak dochodów, a wpisano dochody – usuń wiersze albo odznacz «brak dochodów».</source>
        <translation>«No income» is ticked but incomes are entered – remove the rows or untick «no income».</translation>
    </message>
    <message>
        <location filename="../ops_desktop/ui/labels.py" line="81"/>
        <source>Wybierz inny zespół niż pierwszy kontakt.</source>
        <translation>Choose a team other than first contact.</translation>
    </message>
    <message>
        <location filename="../ops_desktop/ui/labels.py" line="82"/>
        <source>Wpisz powód skierowania dla zespołu – opis problemu nie jest przekazywany.</source>
        <translation>Type the reason for the team – the problem description is not passed on.</translation>
    </message>
    <message>
        <location filename="../ops_desktop/ui/labels.py" line="83"/>
        <source>Do pierwszego kontaktu skierowanie się zwraca, nie przekazuje – użyj „Zwróć…”.</source>
        <translation>A referral goes back to first contact by returning it, not forwarding – use “Return…”.</translation>
    </message>
    <message>
        <location filename="../ops_desktop/ui/labels.py" line="84"/>
        <source>Skierowanie już jest w tym zespole – wybierz inny zespół.</source>
        <translation>The referral is already with this team – choose another team.</translation>
    </message>
    <message>
        <location filename="../ops_desktop/ui/labels.py" line="85"/>
        <source>Nie masz uprawnień do tej czynności.</source>
        <translation>You do not have permission for this action.</translation>
    </message>
    <message>
        <location filename="../ops_desktop/ui/labels.py" line="86"/>
        <source>Nie znaleziono rekordu – mógł zostać usunięty.</source>
        <translation>Record not found – it may have been deleted.</translation>
    </message>
    <message>
        <location filename="../ops_desktop/ui/labels.py" line="87"/>
        <source>To skierowanie zostało już przyjęte lub zwrócone.</source>
        <translation>This referral has already been accepted or returned.</translation>
    </message>
    <message>
        <location filename="../ops_desktop/ui/labels.py" line="88"/>
        <source>W sprawie tego wniosku wydano już decyzję.</source>
        <translation>A decision has already been issued on this application.</translation>
    </message>
    <message>
        <location filename="../ops_desktop/ui/labels.py" line="89"/>
        <source>Decyzja jest podpisana i nie może być zmieniona.</source>
        <translation>The decision is signed and cannot be changed.</translation>
    </message>
    <message>
        <location filename="../ops_desktop/ui/labels.py" line="90"/>
        <source>Tego scalenia nie można przyjąć w miejsce pierwszego: obie osoby mają różne numery PESEL. Sprawdź w kartotekach, do której osoby należą dokumenty, i popraw je ręcznie.</source>
        <translation>This merge cannot be taken instead of the first one: the two persons have different PESEL numbers. Check in the files which person the records belong to and correct them by hand.</translation>
    </message>
    <message>
        <location filename="../ops_desktop/ui/labels.py" line="91"/>
        <source>Dochody zmieniły się po przygotowaniu projektu – przygotuj decyzję ponownie.</source>
        <translation>The incomes changed after the draft was prepared – prepare the decision again.</translation>
    </message>
    <message>
        <location filename="../ops_desktop/ui/labels.py" line="92"/>
        <source>Ten projekt decyzji zastąpiono innym, przygotowanym na innym komputerze – podpisz bieżący projekt wniosku albo przygotuj decyzję ponownie.</source>
        <translation>This draft decision was replaced by another one prepared on another PC – sign the application&apos;s current draft or prepare the decision again.</translation>
    </message>
    <message>
        <location filename="../ops_desktop/ui/labels.py" line="93"/>
        <source>Brak miejsca na dysku – nic nie zapisano. Zwolnij miejsce i spróbuj ponownie; wpisane dane pozostały w formularzu.</source>
        <translation>Out of disk space – nothing was saved. Free up some space and try again; the data you entered is still in the form.</translation>
    </message>
    <message>
        <location filename="../ops_desktop/ui/labels.py" line="94"/>
        <source>Plik bazy danych jest tylko do odczytu – nic nie zapisano. Wpisane dane pozostały w formularzu.</source>
        <translation>The database file is read-only – nothing was saved. The data you entered is still in the form.</translation>
    </message>
    <message>
        <location filename="../ops_desktop/ui/labels.py" line="95"/>
        <source>Baza danych jest zajęta przez inny program – spróbuj za chwilę. Wpisane dane pozostały w formularzu.</source>
        <translation>The database is in use by another program – try again in a moment. The data you entered is still in the form.</translation>
    </message>
    <message>
        <location filename="../ops_desktop/ui/labels.py" line="96"/>
        <source>Plik bazy danych jest uszkodzony. Przywróć kopię zapasową.</source>
        <translation>The database file is damaged. Restore a backup copy.</translation>
    </message>
    <message>
        <location filename="../ops_desktop/ui/labels.py" line="97"/>
        <source>Nie można otworzyć pliku bazy danych (brak folderu lub dostępu).</source>
        <translation>Cannot open the database file (folder missing or no access).</translation>
    </message>
    <message>
        <location filename="../ops_desktop/ui/labels.py" line="98"/>
        <source>Brak połączenia z serwerem bazy danych – nic nie zapisano. Sprawdź sieć i spróbuj ponownie; wpisane dane pozostały w formularzu.</source>
        <translation>No connection to the database server – nothing was saved. Check the network and try again; what you typed is still in the form.</translation>
    </message>
    <message>
        <location filename="../ops_desktop/ui/labels.py" line="99"/>
        <source>Ta baza pochodzi z nowszej wersji programu – zainstaluj nowszą wersję programu. Bazy nie zmieniono.</source>
        <translation>This database comes from a newer version of the program – install the newer version. The database was not changed.</translation>
    </message>
    <message>
        <location filename="../ops_desktop/ui/labels.py" line="100"/>
        <source>W pliku są tabele, ale brak zapisu wersji bazy: to nie jest baza tego programu albo zapis wersji zaginął. Bazy nie zmieniono – wskaż właściwy plik albo przywróć kopię zapasową.</source>
        <translation>The file has tables but no record of the database version: it is not a database of this program, or the version record was lost. The database was not changed – choose the right file or restore a backup.</translation>
    </message>
    <message>
        <location filename="../ops_desktop/ui/labels.py" line="101"/>
        <source>Plik bazy jest pusty (0 bajtów) – to nie jest baza ośrodka. Nowego ośrodka nie utworzono: wskaż właściwy plik albo przywróć kopię zapasową.</source>
        <translation>The database file is empty (0 bytes) – it is not an office database. No new office was created: choose the right file or restore a backup.</translation>
    </message>
    <message>
        <location filename="../ops_desktop/ui/labels.py" line="102"/>
        <source>Nieprawidłowy login lub hasło.</source>
        <translation>Incorrect username or password.</translation>
    </message>
    <message>
        <location filename="../ops_desktop/ui/labels.py" line="103"/>
        <source>Konto jest czasowo zablokowane po pięciu nieudanych próbach – spróbuj za kilka minut.</source>
        <translation>The account is temporarily locked after five failed attempts – try again in a few minutes.</translation>
    </message>
    <message>
        <location filename="../ops_desktop/ui/labels.py" line="104"/>
        <source>Konto jest wyłączone – zwróć się do administratora.</source>
        <translation>The account is disabled – contact the administrator.</translation>
    </message>
    <message>
        <location filename="../ops_desktop/ui/labels.py" line="105"/>
        <source>Hasło musi mieć co najmniej 10 znaków.</source>
        <translation>The password must have at least 10 characters.</translation>
    </message>
    <message>
        <location filename="../ops_desktop/ui/labels.py" line="106"/>
        <source>Hasło nie może zawierać loginu.</source>
        <translation>The password must not contain the username.</translation>
    </message>
    <message>
        <location filename="../ops_desktop/ui/labels.py" line="107"/>
        <source>Hasło jest zbyt proste – użyj różnych znaków.</source>
        <translation>The password is too simple – use a variety of characters.</translation>
    </message>
    <message>
        <location filename="../ops_desktop/ui/labels.py" line="108"/>
        <source>Hasła nie są takie same.</source>
        <translation>The passwords are not the same.</translation>
    </message>
    <message>
        <location filename="../ops_desktop/ui/labels.py" line="109"/>
        <source>Nieprawidłowe hasło.</source>
        <translation>Incorrect password.</translation>
    </message>
    <message>
        <location filename="../ops_desktop/ui/labels.py" line="110"/>
        <source>Login: 3–60 znaków, małe litery, cyfry, kropka, myślnik lub podkreślenie.</source>
        <translation>Username: 3–60 characters, lower-case letters, digits, full stop, hyphen or underscore.</translation>
    </message>
    <message>
        <location filename="../ops_desktop/ui/labels.py" line="111"/>
        <source>Ten login jest już zajęty.</source>
        <translation>This username is already taken.</translation>
    </message>
    <message>
        <location filename="../ops_desktop/ui/labels.py" line="112"/>
        <source>Wybierz co najmniej jedną rolę.</source>
        <translation>Choose at least one role.</translation>
    </message>
    <message>
        <location filename="../ops_desktop/ui/labels.py" line="113"/>
        <source>To ostatni administrator – nie można odebrać mu roli ani wyłączyć konta.</source>
        <translation>This is the last administrator – their role cannot be removed nor their account disabled.</translation>
    </message>
    <message>
        <location filename="../ops_desktop/ui/labels.py" line="114"/>
        <source>Tego nie można zrobić na własnym koncie – poproś innego administratora.</source>
        <translation>This cannot be done on your own account – ask another administrator.</translation>
    </message>
    <message>
        <location filename="../ops_desktop/ui/labels.py" line="115"/>
        <source>Własnych ról nie można zmienić – zrobi to inny administrator.</source>
        <translation>You cannot change your own roles – another administrator will do it.</translation>
    </message>
    <message>
        <location filename="../ops_desktop/ui/labels.py" line="116"/>
        <source>Twoje uprawnienia zmieniły się – zaloguj się ponownie.</source>
        <translation>Your permissions have changed – sign in again.</translation>
    </message>
    <message>
        <location filename="../ops_desktop/ui/labels.py" line="117"/>
        <source>Najpierw zmień hasło tymczasowe (Konto → Zmień hasło…) – do tego czasu nic innego nie zostanie wykonane.</source>
        <translation>Change your temporary password first (Account → Change password…) – nothing else is done until then.</translation>
    </message>
    <message>
        <location filename="../ops_desktop/ui/labels.py" line="118"/>
        <source>Własnej prośby o nadanie uprawnień nie można zatwierdzić – zrobi to kierownik albo inny administrator.</source>
        <translation>You cannot confirm your own request for permissions – the head or another administrator does it.</translation>
    </message>
    <message>
        <location filename="../ops_desktop/ui/labels.py" line="119"/>
        <source>Uprawnień nadawanych Tobie nie możesz sam zatwierdzić.</source>
        <translation>You cannot confirm permissions being given to you.</translation>
    </message>
    <message>
        <location filename="../ops_desktop/ui/labels.py" line="120"/>
        <source>Ta prośba o uprawnienia została już rozpatrzona.</source>
        <translation>This request for permissions has already been decided.</translation>
    </message>
    <message>
        <location filename="../ops_desktop/ui/labels.py" line="121"/>
        <source>Nowe hasło musi różnić się od dotychczasowego.</source>
        <translation>The new password must differ from the current one.</translation>
    </message>
    <message>
        <location filename="../ops_desktop/ui/labels.py" line="122"/>
        <source>Wartość spoza dopuszczalnego zakresu.</source>
        <translation>Value outside the permitted range.</translation>
    </message>
    <message>
        <location filename="../ops_desktop/ui/labels.py" line="123"/>
        <source>Nieprawidłowa wartość.</source>
        <translation>Invalid value.</translation>
    </message>
    <message>
        <location filename="../ops_desktop/ui/labels.py" line="124"/>
        <source>Podaj datę w postaci RRRR-MM-DD, np. 2025-01-31.</source>
        <translation>Enter a date as YYYY-MM-DD, e.g. 2025-01-31.</translation>
    </message>
    <message>
        <location filename="../ops_desktop/ui/labels.py" line="125"/>
        <source>Podaj liczbę całkowitą, np. 3.</source>
        <translation>Enter a whole number, e.g. 3.</translation>
    </message>
    <message>
        <location filename="../ops_desktop/ui/labels.py" line="126"/>
        <source>Podaj kwotę, np. 150,00 (najwyżej dwa miejsca po przecinku).</source>
        <translation>Enter an amount, e.g. 150.00 (at most two decimal places).</translation>
    </message>
    <message>
        <location filename="../ops_desktop/ui/labels.py" line="127"/>
        <source>Wpisz dokładnie frazę potwierdzenia pokazaną nad polem.</source>
        <translation>Type the confirmation phrase exactly as shown above the field.</translation>
    </message>
    <message>
        <location filename="../ops_desktop/ui/labels.py" line="128"/>
        <source>Co najmniej jedna osoba nie jest już po okresie przechowywania – odśwież listę.</source>
        <translation>At least one person is no longer past the retention period – refresh the list.</translation>
    </message>
    <message>
        <location filename="../ops_desktop/ui/labels.py" line="129"/>
        <source>Ta pozycja występuje dwa razy.</source>
        <translation>This item appears twice.</translation>
    </message>
    <message>
        <location filename="../ops_desktop/ui/labels.py" line="130"/>
        <source>Kategoria archiwalna: A, Bc, B z liczbą lat (np. B10) albo BE z liczbą lat.</source>
        <translation>Archival category: A, Bc, B with a number of years (e.g. B10) or BE with a number of years.</translation>
    </message>
    <message>
        <location filename="../ops_desktop/ui/labels.py" line="131"/>
        <source>Okres przechowywania: liczba lat od 0 do 100.</source>
        <translation>Retention period: a number of years from 0 to 100.</translation>
    </message>
    <message>
        <location filename="../ops_desktop/ui/labels.py" line="132"/>
        <source>Liczba lat nie zgadza się z kategorią archiwalną (np. B10 – 10 lat).</source>
        <translation>The number of years does not match the archival category (e.g. B10 – 10 years).</translation>
    </message>
    <message>
        <location filename="../ops_desktop/ui/labels.py" line="133"/>
        <source>Ośrodek jest już skonfigurowany.</source>
        <translation>The office is already set up.</translation>
    </message>
    <message>
        <location filename="../ops_desktop/ui/labels.py" line="394"/>
        <source>To pole wypełnia się tylko w wariancie B (osoba bezrobotna).</source>
        <translation>This field is filled in only in variant B (unemployed person).</translation>
    </message>
    <message>
        <location filename="../ops_desktop/ui/labels.py" line="395"/>
        <source>Kontrakt w wariancie B zawiera się z jedną osobą – bez członków rodziny.</source>
        <translation>A variant B contract is made with one person – without family members.</translation>
    </message>
    <message>
        <location filename="../ops_desktop/ui/labels.py" line="398"/>
        <source>Kontrakt podpisany przez obie strony nie może być zmieniony – zmianę wprowadza aneks.</source>
        <translation>A contract signed by both sides cannot be changed – a change is made by an annex.</translation>
    </message>
    <message>
        <location filename="../ops_desktop/ui/labels.py" line="399"/>
        <source>Kontrakt nie jest jeszcze podpisany – popraw projekt.</source>
        <translation>The contract is not signed yet – correct the draft.</translation>
    </message>
    <message>
        <location filename="../ops_desktop/ui/labels.py" line="400"/>
        <source>Kontrakt jest już zakończony.</source>
        <translation>The contract has already ended.</translation>
    </message>
    <message>
        <location filename="../ops_desktop/ui/labels.py" line="401"/>
        <source>To jest aneks – wybierz kontrakt, którego dotyczy.</source>
        <translation>This is an annex – choose the contract it refers to.</translation>
    </message>
    <message>
        <location filename="../ops_desktop/ui/labels.py" line="402"/>
        <source>To nie jest aneks.</source>
        <translation>This is not an annex.</translation>
    </message>
    <message>
        <location filename="../ops_desktop/ui/labels.py" line="403"/>
        <source>Kontrakt bez działań nie może być podpisany.</source>
        <translation>A contract without actions cannot be signed.</translation>
    </message>
    <message>
        <location filename="../ops_desktop/ui/labels.py" line="404"/>
        <source>Brak brzmienia kontraktu socjalnego na ten dzień w danych prawnych programu.</source>
        <translation>The program&apos;s legal data has no social-contract wording for this day.</translation>
    </message>
    <message>
        <location filename="../ops_desktop/ui/labels.py" line="408"/>
        <source>Plan pomocy sporządza się na podstawie wywiadu – użyj „Plan pomocy z wywiadu”.</source>
        <translation>A help plan is drawn up from an interview – use “Help plan from the interview”.</translation>
    </message>
    <message>
        <location filename="../ops_desktop/ui/labels.py" line="409"/>
        <source>Z wywiadu sporządza się plan pomocy, nie program indywidualny.</source>
        <translation>An interview yields a help plan, not an individual programme.</translation>
    </message>
    <message>
        <location filename="../ops_desktop/ui/labels.py" line="410"/>
        <source>Podpisany program nie może być zmieniony.</source>
        <translation>A signed programme cannot be changed.</translation>
    </message>
    <message>
        <location filename="../ops_desktop/ui/labels.py" line="411"/>
        <source>Program nie jest jeszcze podpisany – popraw projekt.</source>
        <translation>The programme is not signed yet – correct the draft.</translation>
    </message>
    <message>
        <location filename="../ops_desktop/ui/labels.py" line="412"/>
        <source>Realizacja programu jest już zakończona.</source>
        <translation>The programme has already ended.</translation>
    </message>
    <message>
        <location filename="../ops_desktop/ui/labels.py" line="413"/>
        <source>Program bez działań nie może być podpisany.</source>
        <translation>A programme without actions cannot be signed.</translation>
    </message>
    <message>
        <location filename="../ops_desktop/ui/labels.py" line="414"/>
        <source>Program indywidualny prowadzi się w sprawie zespołu ds. pracy socjalnej, plan pomocy także w sprawie zespołu ds. usług.</source>
        <translation>An individual programme belongs to a social-work case; a help plan also to a services case.</translation>
    </message>
    <message>
        <location filename="../ops_desktop/ui/labels.py" line="415"/>
        <source>Plan pomocy sporządza się na podstawie zakończonego wywiadu.</source>
        <translation>A help plan is drawn up from a completed interview.</translation>
    </message>
    <message>
        <location filename="../ops_desktop/ui/labels.py" line="416"/>
        <source>Brak wykazu rodzajów programów na ten dzień w danych prawnych programu.</source>
        <translation>The program&apos;s legal data has no list of programme kinds for that day.</translation>
    </message>
    <message>
        <location filename="../ops_desktop/ui/labels.py" line="420"/>
        <source>Na tym wywiadzie opiera się podpisana decyzja – nie można go zmienić. Zmiany wpisz w aktualizacji (część IV).</source>
        <translation>A signed decision relies on this interview – it cannot be changed. Enter the changes in an update (Part IV).</translation>
    </message>
    <message>
        <location filename="../ops_desktop/ui/labels.py" line="421"/>
        <source>Wywiad jest już zakończony.</source>
        <translation>The interview is already completed.</translation>
    </message>
    <message>
        <location filename="../ops_desktop/ui/labels.py" line="422"/>
        <source>Wniosek można powiązać tylko z zakończonym wywiadem.</source>
        <translation>An application can be linked only to a completed interview.</translation>
    </message>
    <message>
        <location filename="../ops_desktop/ui/labels.py" line="423"/>
        <source>Aktualizuje się zakończony wywiad z tej samej sprawy.</source>
        <translation>Only a completed interview of the same case can be updated.</translation>
    </message>
    <message>
        <location filename="../ops_desktop/ui/labels.py" line="424"/>
        <source>Wywiad prowadzi się w sprawie zespołu ds. pracy socjalnej albo zespołu ds. usług.</source>
        <translation>Interviews are conducted on a case of the social-work team or the services team.</translation>
    </message>
    <message>
        <location filename="../ops_desktop/ui/labels.py" line="425"/>
        <source>Data jest wcześniejsza niż powzięcie wiadomości o potrzebie wywiadu.</source>
        <translation>The date is earlier than the day the need for the interview was learned of.</translation>
    </message>
    <message>
        <location filename="../ops_desktop/ui/labels.py" line="426"/>
        <source>Wpisz liczbę całkowitą.</source>
        <translation>Enter a whole number.</translation>
    </message>
    <message>
        <location filename="../ops_desktop/ui/labels.py" line="427"/>
        <source>Brak kwestionariusza wywiadu na ten dzień w danych prawnych programu.</source>
        <translation>The program&apos;s legal data hold no interview questionnaire for that day.</translation>
    </message>
    <message>
        <location filename="../ops_desktop/ui/labels.py" line="432"/>
        <source>Wybierz jedną z pozycji listy.</source>
        <translation>Choose one of the items in the list.</translation>
    </message>
    <message>
        <location filename="../ops_desktop/ui/labels.py" line="433"/>
        <source>Data jest wcześniejsza niż założenie sprawy.</source>
        <translation>The date is earlier than the opening of the case.</translation>
    </message>
    <message>
        <location filename="../ops_desktop/ui/labels.py" line="434"/>
        <source>To nie jest sprawa zespołu ds. pracy socjalnej.</source>
        <translation>This is not a case of the social work team.</translation>
    </message>
    <message>
        <location filename="../ops_desktop/ui/labels.py" line="435"/>
        <source>Sprawa jest zamknięta – nie można jej uzupełniać. Zespół może ją wznowić, podając powód.</source>
        <translation>The case is closed – nothing can be added to it. The team may reopen it, giving a reason.</translation>
    </message>
    <message>
        <location filename="../ops_desktop/ui/labels.py" line="447"/>
        <source>Tę kopię zrobiono na innym komputerze biura – nic nie przywrócono.</source>
        <translation>This backup was made on another PC of the office – nothing was restored.</translation>
    </message>
    <message>
        <location filename="../ops_desktop/ui/labels.py" line="462"/>
        <source>Baza jest zaszyfrowana – otworzy ją login i hasło pracownika albo klucz odzyskiwania.</source>
        <translation>The database is encrypted – a worker&apos;s login and password or the recovery key opens it.</translation>
    </message>
    <message>
        <location filename="../ops_desktop/ui/labels.py" line="463"/>
        <source>Klucz nie otwiera tego pliku bazy – plik kluczy obok bazy pochodzi z innej bazy albo bazę podmieniono. Bazy nie zmieniono.</source>
        <translation>The key does not open this database file – the key file beside it belongs to another database, or the database was replaced. The database was not changed.</translation>
    </message>
    <message>
        <location filename="../ops_desktop/ui/labels.py" line="464"/>
        <source>Plik bazy nie jest zaszyfrowany, choć obok niego jest plik kluczy – ktoś mógł podmienić bazę. Bazy nie zmieniono; zwróć się do administratora.</source>
        <translation>The database file is not encrypted although a key file lies beside it – the database may have been replaced. The database was not changed; contact the administrator.</translation>
    </message>
    <message>
        <location filename="../ops_desktop/ui/labels.py" line="465"/>
        <source>To nie jest klucz odzyskiwania tej bazy – sprawdź, czy przepisano go z właściwej kartki.</source>
        <translation>This is not this database&apos;s recovery key – check that it was copied from the right sheet.</translation>
    </message>
    <message>
        <location filename="../ops_desktop/ui/labels.py" line="466"/>
        <source>Brak pliku kluczy (nazwa bazy z końcówką .keys) obok pliku bazy – bez niego bazy nie można otworzyć, także kluczem odzyskiwania. Skopiuj ten plik z powrotem obok bazy (np. z kopii zapasowej) i uruchom program ponownie.</source>
        <translation>The key file (the database&apos;s name ending in .keys) is missing beside the database file – without it the database cannot be opened, not even with the recovery key. Copy that file back beside the database (e.g. from a backup) and start the program again.</translation>
    </message>
    <message>
        <location filename="../ops_desktop/ui/labels.py" line="467"/>
        <source>Plik kluczy obok bazy (z końcówką .keys) jest uszkodzony – spróbuj klucza odzyskiwania, a jeśli i on nie otworzy bazy, przywróć plik kluczy z kopii.</source>
        <translation>The key file beside the database (ending in .keys) is damaged – try the recovery key, and if it does not open the database either, restore the key file from a copy.</translation>
    </message>
    <message>
        <location filename="../ops_desktop/ui/labels.py" line="468"/>
        <source>Plik kluczy obok bazy zapisała nowsza wersja programu – zainstaluj nowszą wersję programu.</source>
        <translation>The key file beside the database was written by a newer version of the program – install the newer version.</translation>
    </message>
    <message>
        <location filename="../ops_desktop/ui/labels.py" line="469"/>
        <source>Nie można użyć magazynu haseł systemu (Menedżer poświadczeń) na tym komputerze – zadania bez zalogowanego pracownika nie otworzą bazy.</source>
        <translation>The system&apos;s password store (Credential Manager) cannot be used on this PC – tasks run with nobody signed in will not open the database.</translation>
    </message>
    <message>
        <location filename="../ops_desktop/ui/labels.py" line="967"/>
        <source>Ktoś inny zapisał zmiany danych tej osoby, gdy formularz był otwarty – nic nie zapisano. Twoje poprawki zostały w formularzu: zanotuj je, anuluj, otwórz formularz ponownie i wprowadź je jeszcze raz.</source>
        <translation>Someone else saved changes to this person&apos;s data while the form was open – nothing was saved. Your corrections are still in the form: note them, cancel, open the form again and enter them once more.</translation>
    </message>
    <message>
        <location filename="../ops_desktop/ui/labels.py" line="968"/>
        <source>Ktoś inny zapisał zmiany w tym samym czasie – nic nie zapisano, wpisane dane pozostały w formularzu. Spróbuj ponownie.</source>
        <translation>Someone else saved changes at the same time – nothing was saved, what you typed is still in the form. Try again.</translation>
    </message>
    <message>
        <location filename="../ops_desktop/ui/labels.py" line="969"/>
        <source>Ktoś inny w tym samym czasie przyjął, zwrócił lub przekazał to skierowanie – nic nie zrobiono dwa razy. Odśwież listę.</source>
        <translation>Someone else accepted, returned or forwarded this referral at the same moment – nothing was done twice. Refresh the list.</translation>
    </message>
    <message>
        <location filename="../ops_desktop/ui/labels.py" line="970"/>
        <source>Ktoś inny w tym samym czasie podpisał tę decyzję albo zmienił jej sprawę – nic nie podpisano dwa razy. Odśwież listę.</source>
        <translation>Someone else signed this decision or changed its case at the same moment – nothing was signed twice. Refresh the list.</translation>
    </message>
    <message>
        <location filename="../ops_desktop/ui/labels.py" line="971"/>
        <source>Ta sprawa jest już zamknięta.</source>
        <translation>This case is already closed.</translation>
    </message>
    <message>
        <location filename="../ops_desktop/ui/labels.py" line="972"/>
        <source>Ta sprawa nie jest zamknięta.</source>
        <translation>This case is not closed.</translation>
    </message>
    <message>
        <location filename="../ops_desktop/ui/labels.py" line="973"/>
        <source>W sprawie jest wniosek czekający na decyzję – najpierw go rozstrzygnij.</source>
        <translation>An application in this case is awaiting a decision – decide it first.</translation>
    </message>
    <message>
        <location filename="../ops_desktop/ui/labels.py" line="974"/>
        <source>Osoba ma już otwartą sprawę w tym zespole – pracuj w niej zamiast wznawiać tę.</source>
        <translation>The person already has an open case in this team – work in it instead of reopening this one.</translation>
    </message>
    <message>
        <location filename="../ops_desktop/ui/labels.py" line="1023"/>
        <source>Podaj czas pracy od 1 do 600 minut.</source>
        <translation>Enter a time of work from 1 to 600 minutes.</translation>
    </message>
    <message>
        <location filename="../ops_desktop/ui/labels.py" line="1024"/>
        <source>Wpis może poprawić lub wycofać tylko jego autor w dniu jego dodania.</source>
        <translation>Only its author can correct or withdraw an entry, on the day it was added.</translation>
    </message>
    <message>
        <location filename="../ops_desktop/ui/labels.py" line="1025"/>
        <source>Wpisu nie przenosi się do innej sprawy – wycofaj go i dodaj nowy.</source>
        <translation>An entry is not moved to another case – withdraw it and add a new one.</translation>
    </message>
    <message>
        <location filename="../ops_desktop/ui/labels.py" line="1026"/>
        <source>Sprawę można przekazać tylko aktywnemu pracownikowi socjalnemu.</source>
        <translation>A case can be handed only to an active social worker.</translation>
    </message>
    <message>
        <location filename="../ops_desktop/ui/labels.py" line="1027"/>
        <source>Ten pracownik już prowadzi tę sprawę.</source>
        <translation>This worker already carries this case.</translation>
    </message>
    <message>
        <location filename="../ops_desktop/ui/labels.py" line="1028"/>
        <source>Pracę można przydzielić tylko aktywnemu pracownikowi zespołu, do którego należy.</source>
        <translation>Work can be assigned only to an active worker of the team it belongs to.</translation>
    </message>
    <message>
        <location filename="../ops_desktop/ui/labels.py" line="1121"/>
        <source>Godziny najwyżej z dwoma miejscami po przecinku, np. 12,5.</source>
        <translation>Hours with at most two decimal places, e.g. 12.5.</translation>
    </message>
    <message>
        <location filename="../ops_desktop/ui/labels.py" line="1122"/>
        <source>Liczba godzin poza zakresem (tygodniowo do 168, w miesiącu do 744; zlecenie – więcej niż 0).</source>
        <translation>Number of hours out of range (up to 168 a week, up to 744 a month; an order – more than 0).</translation>
    </message>
    <message>
        <location filename="../ops_desktop/ui/labels.py" line="1123"/>
        <source>Godzin za przyszły miesiąc nie wpisuje się.</source>
        <translation>Hours for a future month cannot be entered.</translation>
    </message>
    <message>
        <location filename="../ops_desktop/ui/labels.py" line="1124"/>
        <source>Ten miesiąc jest poza okresem zlecenia.</source>
        <translation>This month is outside the order&apos;s period.</translation>
    </message>
    <message>
        <location filename="../ops_desktop/ui/labels.py" line="1125"/>
        <source>Najpierw zapisz godziny wykonane w tym miesiącu.</source>
        <translation>First save the hours delivered in this month.</translation>
    </message>
    <message>
        <location filename="../ops_desktop/ui/labels.py" line="1126"/>
        <source>Brak tabeli odpłatności obowiązującej w tym miesiącu.</source>
        <translation>No fee table is in force in this month.</translation>
    </message>
    <message>
        <location filename="../ops_desktop/ui/labels.py" line="1127"/>
        <source>Tabela odpłatności jest niepoprawna.</source>
        <translation>The fee table is not valid.</translation>
    </message>
    <message>
        <location filename="../ops_desktop/ui/labels.py" line="1128"/>
        <source>Rachunek za ten miesiąc jest już wystawiony; można wystawić tylko rachunek korygujący.</source>
        <translation>The bill for this month has already been issued; only a correcting bill can be issued.</translation>
    </message>
    <message>
        <location filename="../ops_desktop/ui/labels.py" line="1129"/>
        <source>Korygować można tylko ostatni rachunek za ten miesiąc.</source>
        <translation>Only the latest bill for this month can be corrected.</translation>
    </message>
    <message>
        <location filename="../ops_desktop/ui/labels.py" line="1130"/>
        <source>To nie jest sprawa zespołu usług.</source>
        <translation>This is not a case of the services team.</translation>
    </message>
    <message>
        <location filename="../ops_desktop/ui/labels.py" line="1132"/>
        <source>Więcej godzin, niż decyzja przyznaje na dni tego miesiąca.</source>
        <translation>More hours than the decision grants for the days of this month.</translation>
    </message>
    <message>
        <location filename="../ops_desktop/ui/labels.py" line="1133"/>
        <source>Wybierz podpisaną decyzję o usługach tej osoby.</source>
        <translation>Choose a signed care decision of this person.</translation>
    </message>
    <message>
        <location filename="../ops_desktop/ui/labels.py" line="1134"/>
        <source>Okres zlecenia wykracza poza okres przyznany decyzją.</source>
        <translation>The order&apos;s period goes beyond the period the decision grants.</translation>
    </message>
    <message>
        <location filename="../ops_desktop/ui/labels.py" line="1135"/>
        <source>Wniosek o usługi rozpatruje się na stronie usług opiekuńczych.</source>
        <translation>An application for care is decided on the care services page.</translation>
    </message>
    <message>
        <location filename="../ops_desktop/ui/labels.py" line="1136"/>
        <source>Podaj cenę jednej godziny usług ustaloną przez ośrodek.</source>
        <translation>Enter the price of one hour of services set by the centre.</translation>
    </message>
    <message>
        <location filename="../ops_desktop/ui/labels.py" line="1138"/>
        <source>To nie jest sprawa zespołu świadczeń.</source>
        <translation>This is not a benefits team case.</translation>
    </message>
    <message>
        <location filename="../ops_desktop/ui/labels.py" line="1139"/>
        <source>Decyzje o usługach opiekuńczych przygotowuje zespół usług (ustawienie kierownika w zakładce Koordynator).</source>
        <translation>Care decisions are prepared by the services team (the head&apos;s setting in the Coordinator tab).</translation>
    </message>
    <message>
        <location filename="../ops_desktop/ui/labels.py" line="1140"/>
        <source>Decyzje o usługach opiekuńczych przygotowuje zespół świadczeń (ustawienie kierownika w zakładce Koordynator).</source>
        <translation>Care decisions are prepared by the benefits team (the head&apos;s setting in the Coordinator tab).</translation>
    </message>
    <message>
        <location filename="../ops_desktop/ui/labels.py" line="1141"/>
        <source>Decyzje o posiłku przygotowuje zespół usług (ustawienie kierownika w zakładce Koordynator).</source>
        <translation>Meal decisions are prepared by the services team (the head&apos;s setting in the Coordinator tab).</translation>
    </message>
    <message>
        <location filename="../ops_desktop/ui/labels.py" line="1142"/>
        <source>Decyzje o posiłku przygotowuje zespół świadczeń (ustawienie kierownika w zakładce Koordynator).</source>
        <translation>Meal decisions are prepared by the benefits team (the head&apos;s setting in the Coordinator tab).</translation>
    </message>
    <message>
        <location filename="../ops_desktop/ui/labels.py" line="1143"/>
        <source>Decyzje o schronieniu przygotowuje zespół usług (ustawienie kierownika w zakładce Koordynator).</source>
        <translation>Shelter decisions are prepared by the services team (the head&apos;s setting in the Coordinator tab).</translation>
    </message>
    <message>
        <location filename="../ops_desktop/ui/labels.py" line="1144"/>
        <source>Decyzje o schronieniu przygotowuje zespół świadczeń (ustawienie kierownika w zakładce Koordynator).</source>
        <translation>Shelter decisions are prepared by the benefits team (the head&apos;s setting in the Coordinator tab).</translation>
    </message>
    <message>
        <location filename="../ops_desktop/ui/labels.py" line="1145"/>
        <source>Decyzje o umieszczeniu w DPS i odpłatności przygotowuje zespół usług (ustawienie kierownika w zakładce Koordynator).</source>
        <translation>Decisions on DPS placement and fees are prepared by the services team (the head&apos;s setting in the Coordinator tab).</translation>
    </message>
    <message>
        <location filename="../ops_desktop/ui/labels.py" line="1146"/>
        <source>Decyzje o umieszczeniu w DPS i odpłatności przygotowuje zespół świadczeń (ustawienie kierownika w zakładce Koordynator).</source>
        <translation>Decisions on DPS placement and fees are prepared by the benefits team (the head&apos;s setting in the Coordinator tab).</translation>
    </message>
    <message>
        <location filename="../ops_desktop/ui/labels.py" line="1150"/>
        <source>Data wpłaty nie może być późniejsza niż dziś.</source>
        <translation>The payment date cannot be later than today.</translation>
    </message>
    <message>
        <location filename="../ops_desktop/ui/labels.py" line="1151"/>
        <source>Wpłata nie może poprzedzać miesiąca, za który wystawiono rachunek.</source>
        <translation>A payment cannot precede the month the bill is for.</translation>
    </message>
    <message>
        <location filename="../ops_desktop/ui/labels.py" line="1152"/>
        <source>Ta wpłata jest już wycofana.</source>
        <translation>This payment has already been withdrawn.</translation>
    </message>
    <message>
        <location filename="../ops_desktop/ui/labels.py" line="1153"/>
        <source>Wycofania wpłaty nie można wycofać; zapisz wpłatę ponownie.</source>
        <translation>A withdrawal cannot be withdrawn; record the payment again.</translation>
    </message>
    <message>
        <location filename="../ops_desktop/ui/labels.py" line="1228"/>
        <source>Ta kontrola lub skarga jest już zamknięta – protokołu się nie zmienia.</source>
        <translation>This check or complaint is already closed – its protocol is not changed.</translation>
    </message>
    <message>
        <location filename="../ops_desktop/ui/labels.py" line="1229"/>
        <source>Protokół drukuje się po zamknięciu kontroli lub skargi.</source>
        <translation>The protocol is printed once the check or complaint is closed.</translation>
    </message>
    <message>
        <location filename="../ops_desktop/ui/labels.py" line="1230"/>
        <source>Data zamknięcia nie może poprzedzać daty kontroli lub skargi.</source>
        <translation>The closing date cannot precede the date of the check or complaint.</translation>
    </message>
    <message>
        <location filename="../ops_desktop/ui/labels.py" line="1231"/>
        <source>Przy uchybieniach lub zasadnej skardze wpisz zalecenia.</source>
        <translation>Enter recommendations when deficiencies are found or a complaint is justified.</translation>
    </message>
    <message>
        <location filename="../ops_desktop/ui/labels.py" line="1232"/>
        <source>Termin usunięcia uchybień podaje się razem z zaleceniami.</source>
        <translation>A deadline to remedy is given together with recommendations.</translation>
    </message>
    <message>
        <location filename="../ops_desktop/ui/labels.py" line="1238"/>
        <source>Ten opiekun już obsługuje tę osobę w tym okresie.</source>
        <translation>This carer already serves this person in that period.</translation>
    </message>
    <message>
        <location filename="../ops_desktop/ui/labels.py" line="1239"/>
        <source>Ten wykonawca ma już opiekuna o tym imieniu i nazwisku.</source>
        <translation>This provider already has a carer of that name.</translation>
    </message>
    <message>
        <location filename="../ops_desktop/ui/labels.py" line="1240"/>
        <source>Ten opiekun już nie pracuje u wykonawcy.</source>
        <translation>This carer no longer works for the provider.</translation>
    </message>
    <message>
        <location filename="../ops_desktop/ui/labels.py" line="1241"/>
        <source>Ten opiekun nie jest przydzielony do tej osoby w tym czasie.</source>
        <translation>This carer is not assigned to this person at that time.</translation>
    </message>
    <message>
        <location filename="../ops_desktop/ui/labels.py" line="1242"/>
        <source>Ten opiekun pracuje u innego wykonawcy.</source>
        <translation>This carer works for another provider.</translation>
    </message>
    <message>
        <location filename="../ops_desktop/ui/labels.py" line="1243"/>
        <source>Nieznany opiekun: wykonawca nie ma opiekuna o takim imieniu i nazwisku.</source>
        <translation>Unknown carer: the provider has no carer of that name.</translation>
    </message>
    <message>
        <location filename="../ops_desktop/ui/labels.py" line="1244"/>
        <source>Nieznany klient: nie ma osoby o tym numerze PESEL ani sprawy o tym znaku.</source>
        <translation>Unknown client: no person with that PESEL and no case with that sign.</translation>
    </message>
    <message>
        <location filename="../ops_desktop/ui/labels.py" line="1245"/>
        <source>Ta osoba nie ma zlecenia usług opiekuńczych.</source>
        <translation>This person has no care order.</translation>
    </message>
    <message>
        <location filename="../ops_desktop/ui/labels.py" line="1246"/>
        <source>Data poza okresem zlecenia usług.</source>
        <translation>Date outside the care order&apos;s period.</translation>
    </message>
    <message>
        <location filename="../ops_desktop/ui/labels.py" line="1247"/>
        <source>Umowa z wykonawcą nie obowiązuje w tym dniu.</source>
        <translation>The provider&apos;s contract is not in force on that day.</translation>
    </message>
    <message>
        <location filename="../ops_desktop/ui/labels.py" line="1248"/>
        <source>Godziny tego miesiąca są wpisane dla opiekunów (strona „Harmonogram i godziny”); tam je popraw.</source>
        <translation>This month&apos;s hours are kept per carer (the &quot;Schedule and hours&quot; page); correct them there.</translation>
    </message>
    <message>
        <location filename="../ops_desktop/ui/labels.py" line="1249"/>
        <source>Ten komputer przywrócono z kopii zapasowej i nie połączył się jeszcze z folderem wymiany biura: do tego czasu nie nadaje numerów (skierowań, znaków spraw, decyzji), bo mógłby powtórzyć numery nadane po wykonaniu kopii. Podłącz folder wymiany i wybierz „Synchronizuj teraz”; wpisane dane nie przepadły.</source>
        <translation>This PC was restored from a backup and has not yet reached the office&apos;s exchange folder: until then it gives out no numbers (referrals, case signs, decisions), as it could repeat numbers given after the backup was made. Connect the exchange folder and choose „Synchronizuj teraz”; what you typed is kept.</translation>
    </message>
    <message>
        <location filename="../ops_desktop/ui/labels.py" line="1250"/>
        <source>Ten miesiąc jeszcze trwa: rachunek za niego wystawia się od 1. dnia następnego miesiąca.</source>
        <translation>This month is not over yet: its bill is issued from the 1st of the next month.</translation>
    </message>
    <message>
        <location filename="../ops_desktop/ui/labels.py" line="1251"/>
        <source>Godziny tego miesiąca wpisano jako sumę zlecenia na stronie „Usługi opiekuńcze”; wpisz tam 0, aby prowadzić je dla opiekunów.</source>
        <translation>This month&apos;s hours were entered as the order&apos;s total on the &quot;Care services&quot; page; enter 0 there to keep them per carer.</translation>
    </message>
    <message>
        <location filename="../ops_desktop/ui/labels.py" line="1252"/>
        <source>Godziny tego opiekuna w tym miesiącu są zapisane dzień po dniu (z pliku); popraw je tam.</source>
        <translation>This carer&apos;s hours of the month are kept day by day (from a file); correct them there.</translation>
    </message>
    <message>
        <location filename="../ops_desktop/ui/labels.py" line="1253"/>
        <source>Godziny tego opiekuna za ten miesiąc wpisano ręcznie jako sumę; usuń ją przed importem dni.</source>
        <translation>This carer&apos;s month was typed as a total; remove it before importing days.</translation>
    </message>
    <message>
        <location filename="../ops_desktop/ui/labels.py" line="1254"/>
        <source>Ta wizyta jest już zapisana (plik zaimportowano wcześniej?).</source>
        <translation>This visit is already saved (was the file imported before?).</translation>
    </message>
    <message>
        <location filename="../ops_desktop/ui/labels.py" line="1255"/>
        <source>Godziny nakładają się na inną wizytę tego opiekuna tego dnia.</source>
        <translation>The hours overlap another visit of this carer that day.</translation>
    </message>
    <message>
        <location filename="../ops_desktop/ui/labels.py" line="1256"/>
        <source>Godziny ponad tygodniowy wymiar zlecenia.</source>
        <translation>Hours beyond the order&apos;s weekly limit.</translation>
    </message>
    <message>
        <location filename="../ops_desktop/ui/labels.py" line="1257"/>
        <source>Godziny ponad miesięczny wymiar zlecenia.</source>
        <translation>Hours beyond the order&apos;s monthly limit.</translation>
    </message>
    <message>
        <location filename="../ops_desktop/ui/labels.py" line="1258"/>
        <source>Ta wizyta nakłada się na inną tego dnia.</source>
        <translation>This visit overlaps another that day.</translation>
    </message>
    <message>
        <location filename="../ops_desktop/ui/labels.py" line="1259"/>
        <source>Harmonogram przekroczyłby tygodniowy wymiar godzin zlecenia.</source>
        <translation>The schedule would exceed the order&apos;s weekly hours.</translation>
    </message>
    <message>
        <location filename="../ops_desktop/ui/labels.py" line="1260"/>
        <source>Wybierz osobę (zlecenie) albo wykonawcę, których dotyczy.</source>
        <translation>Choose the person (order) or the provider it is about.</translation>
    </message>
    <message>
        <location filename="../ops_desktop/ui/labels.py" line="1261"/>
        <source>Brak opiekuna w wierszu.</source>
        <translation>No carer in the line.</translation>
    </message>
    <message>
        <location filename="../ops_desktop/ui/labels.py" line="1262"/>
        <source>Wiersz zawiera znaki niewidoczne lub sterujące.</source>
        <translation>The line holds invisible or control characters.</translation>
    </message>
    <message>
        <location filename="../ops_desktop/ui/labels.py" line="1263"/>
        <source>Brak numeru PESEL lub znaku sprawy.</source>
        <translation>No PESEL or case sign.</translation>
    </message>
    <message>
        <location filename="../ops_desktop/ui/labels.py" line="1264"/>
        <source>Pierwszy wiersz pliku musi nazywać kolumny: klient; data; od; do; godziny; opiekun.</source>
        <translation>The file&apos;s first line must name the columns: klient; data; od; do; godziny; opiekun.</translation>
    </message>
    <message>
        <location filename="../ops_desktop/ui/labels.py" line="1265"/>
        <source>Zła data (DD.MM.RRRR lub RRRR-MM-DD).</source>
        <translation>Bad date (DD.MM.YYYY or YYYY-MM-DD).</translation>
    </message>
    <message>
        <location filename="../ops_desktop/ui/labels.py" line="1266"/>
        <source>Plik jest pusty.</source>
        <translation>The file is empty.</translation>
    </message>
    <message>
        <location filename="../ops_desktop/ui/labels.py" line="1267"/>
        <source>Nie można odczytać pliku (kodowanie UTF-8 lub Windows-1250).</source>
        <translation>Cannot read the file (UTF-8 or Windows-1250 encoding).</translation>
    </message>
    <message>
        <location filename="../ops_desktop/ui/labels.py" line="1268"/>
        <source>Za mało pól w wierszu.</source>
        <translation>Too few fields in the line.</translation>
    </message>
    <message>
        <location filename="../ops_desktop/ui/labels.py" line="1269"/>
        <source>Zła liczba godzin.</source>
        <translation>Bad number of hours.</translation>
    </message>
    <message>
        <location filename="../ops_desktop/ui/labels.py" line="1270"/>
        <source>Liczba godzin nie zgadza się z godzinami od–do.</source>
        <translation>The hours do not match from–to.</translation>
    </message>
    <message>
        <location filename="../ops_desktop/ui/labels.py" line="1271"/>
        <source>Brak godzin: podaj od i do albo liczbę godzin.</source>
        <translation>No hours: give from and to, or the hours.</translation>
    </message>
    <message>
        <location filename="../ops_desktop/ui/labels.py" line="1272"/>
        <source>Liczba godzin musi być większa od 0 i nie większa niż 24.</source>
        <translation>The hours must be more than 0 and at most 24.</translation>
    </message>
    <message>
        <location filename="../ops_desktop/ui/labels.py" line="1273"/>
        <source>Godziny najwyżej z dwoma miejscami po przecinku.</source>
        <translation>Hours with at most two decimals.</translation>
    </message>
    <message>
        <location filename="../ops_desktop/ui/labels.py" line="1274"/>
        <source>Zła godzina (GG:MM).</source>
        <translation>Bad time (HH:MM).</translation>
    </message>
    <message>
        <location filename="../ops_desktop/ui/labels.py" line="1275"/>
        <source>Godzina „do” nie jest późniejsza niż „od”.</source>
        <translation>&quot;To&quot; is not later than &quot;from&quot;.</translation>
    </message>
    <message>
        <location filename="../ops_desktop/ui/labels.py" line="1276"/>
        <source>Plik jest za duży (najwyżej 2 MB).</source>
        <translation>The file is too big (2 MB at most).</translation>
    </message>
    <message>
        <location filename="../ops_desktop/ui/labels.py" line="1277"/>
        <source>Plik ma za dużo wierszy (najwyżej 20 000).</source>
        <translation>The file has too many lines (20,000 at most).</translation>
    </message>
    <message>
        <location filename="../ops_desktop/ui/labels.py" line="1301"/>
        <source>Ta sama osoba nie może być jednocześnie osobą doznającą i stosującą przemoc.</source>
        <translation>The same person cannot both experience and use violence.</translation>
    </message>
    <message>
        <location filename="../ops_desktop/ui/labels.py" line="1302"/>
        <source>Formularz A wypełniono ponad 30 dni przed założeniem sprawy – sprawdź datę.</source>
        <translation>Form A was filled in more than 30 days before the case was opened – check the date.</translation>
    </message>
    <message>
        <location filename="../ops_desktop/ui/labels.py" line="1303"/>
        <source>Ten krok jest już zapisany.</source>
        <translation>This step is already recorded.</translation>
    </message>
    <message>
        <location filename="../ops_desktop/ui/labels.py" line="1304"/>
        <source>Najpierw zapisz poprzedni krok procedury.</source>
        <translation>Record the previous step of the procedure first.</translation>
    </message>
    <message>
        <location filename="../ops_desktop/ui/labels.py" line="1305"/>
        <source>Data jest wcześniejsza niż poprzedni krok procedury.</source>
        <translation>The date is earlier than the previous step of the procedure.</translation>
    </message>
    <message>
        <location filename="../ops_desktop/ui/labels.py" line="1306"/>
        <source>Procedura jest zakończona.</source>
        <translation>The procedure is closed.</translation>
    </message>
    <message>
        <location filename="../ops_desktop/ui/labels.py" line="1307"/>
        <source>Ten formularz nie jest jeszcze zapisany w procedurze.</source>
        <translation>This form is not yet recorded in the procedure.</translation>
    </message>
    <message>
        <location filename="../ops_desktop/ui/labels.py" line="1308"/>
        <source>Formularz B drukuje się tylko dla osoby doznającej przemocy wskazanej w formularzu A.</source>
        <translation>Form B is printed only for a person experiencing violence named in form A.</translation>
    </message>
    <message>
        <location filename="../ops_desktop/ui/labels.py" line="1346"/>
        <source>W tym miesiącu nie ma do wypłaty nic, czego nie ma już na liście wypłat.</source>
        <translation>Nothing is due this month that is not already on a payment list.</translation>
    </message>
    <message>
        <location filename="../ops_desktop/ui/labels.py" line="1347"/>
        <source>Lista jest zatwierdzona i nie można jej zmienić – korektę sporządza się nową listą.</source>
        <translation>The list is approved and cannot be changed – a correction is made as a new list.</translation>
    </message>
    <message>
        <location filename="../ops_desktop/ui/labels.py" line="1348"/>
        <source>Listę zatwierdza inna osoba niż ta, która ją przygotowała.</source>
        <translation>A list is approved by someone other than the person who prepared it.</translation>
    </message>
    <message>
        <location filename="../ops_desktop/ui/labels.py" line="1349"/>
        <source>Lista nie ma pozycji.</source>
        <translation>The list has no items.</translation>
    </message>
    <message>
        <location filename="../ops_desktop/ui/labels.py" line="1350"/>
        <source>Plik Elixir-O powstaje tylko z listy przelewów.</source>
        <translation>An Elixir-O file is made only from a transfer list.</translation>
    </message>
    <message>
        <location filename="../ops_desktop/ui/labels.py" line="1351"/>
        <source>Plik dla banku powstaje dopiero z zatwierdzonej listy.</source>
        <translation>The bank file is made only from an approved list.</translation>
    </message>
    <message>
        <location filename="../ops_desktop/ui/labels.py" line="1352"/>
        <source>Brak rachunku Ośrodka w ustawieniach banku – poproś administratora o jego wpisanie.</source>
        <translation>The centre&apos;s account is missing from the bank settings – ask the administrator to enter it.</translation>
    </message>
    <message>
        <location filename="../ops_desktop/ui/labels.py" line="1353"/>
        <source>Nieznana strona kodowa banku.</source>
        <translation>Unknown bank code page.</translation>
    </message>
    <message>
        <location filename="../ops_desktop/ui/labels.py" line="1354"/>
        <source>Dzień wypłaty musi być od 1 do 31.</source>
        <translation>The payment day must be from 1 to 31.</translation>
    </message>
    <message>
        <location filename="../ops_desktop/ui/labels.py" line="1414"/>
        <source>Zwrot tego przelewu jest już zapisany.</source>
        <translation>This transfer&apos;s return is recorded already.</translation>
    </message>
    <message>
        <location filename="../ops_desktop/ui/labels.py" line="1415"/>
        <source>Bank nie mógł zwrócić przelewu przed dniem wypłaty.</source>
        <translation>The bank cannot have returned the transfer before the payment day.</translation>
    </message>
    <message>
        <location filename="../ops_desktop/ui/labels.py" line="1416"/>
        <source>Przelew wróciłby z tego samego rachunku – wpisz nowy numer albo wybierz kasę.</source>
        <translation>The transfer would come back from the same account – enter a new number or choose cash.</translation>
    </message>
    <message>
        <location filename="../ops_desktop/ui/labels.py" line="1417"/>
        <source>Najpierw musi zostać podpisana decyzja zmieniająca lub uchylająca decyzję przyznającą świadczenie.</source>
        <translation>A decision changing or revoking the grant must be signed first.</translation>
    </message>
    <message>
        <location filename="../ops_desktop/ui/labels.py" line="1418"/>
        <source>Decyzja o zwrocie nie może poprzedzać decyzji zmieniającej lub uchylającej.</source>
        <translation>The recovery decision cannot precede the changing or revoking decision.</translation>
    </message>
    <message>
        <location filename="../ops_desktop/ui/labels.py" line="1419"/>
        <source>Data nie może być wcześniejsza niż data decyzji o zwrocie.</source>
        <translation>The date cannot be before the recovery decision.</translation>
    </message>
    <message>
        <location filename="../ops_desktop/ui/labels.py" line="1420"/>
        <source>Odroczenie musi przypadać po terminie zwrotu.</source>
        <translation>A deferral must fall after the repayment deadline.</translation>
    </message>
    <message>
        <location filename="../ops_desktop/ui/labels.py" line="1421"/>
        <source>Kwota jest wyższa niż pozostała do spłaty należność.</source>
        <translation>The amount is more than the claim still owed.</translation>
    </message>
    <message>
        <location filename="../ops_desktop/ui/labels.py" line="1422"/>
        <source>Decyzja o zwrocie nie jest jeszcze podpisana.</source>
        <translation>The recovery decision is not signed yet.</translation>
    </message>
    <message>
        <location filename="../ops_desktop/ui/labels.py" line="1423"/>
        <source>Ta należność została umorzona.</source>
        <translation>This claim has been waived.</translation>
    </message>
    <message>
        <location filename="../ops_desktop/ui/labels.py" line="1465"/>
        <source>Na ten akt nie służy ani odwołanie, ani zażalenie (np. postanowienie o podjęciu postępowania, art. 142 KPA) – strona może je zaskarżyć w odwołaniu od decyzji.</source>
        <translation>Neither an appeal nor a complaint lies against this act (e.g. an order resuming the proceedings, art. 142 KPA) – the party may challenge it in the appeal against the decision.</translation>
    </message>
    <message>
        <location filename="../ops_desktop/ui/labels.py" line="1466"/>
        <source>Zażalenie uwzględnia się nowym postanowieniem (art. 132 w związku z art. 144 KPA) – przygotuj je w „Postanowienia i wezwania”; albo przekaż zażalenie do SKO.</source>
        <translation>A complaint is granted by a new order (art. 132 with art. 144 KPA) – prepare it under “Orders and calls”; or forward the complaint to the SKO.</translation>
    </message>
    <message>
        <location filename="../ops_desktop/ui/labels.py" line="1467"/>
        <source>Organ sam uwzględnia odwołanie (art. 132 KPA) tylko wtedy, gdy odwołanie wniosły wszystkie strony albo pozostałe strony zgodziły się na zmianę decyzji (§ 2). Zapisz zgodę pozostałych stron albo przekaż odwołanie do SKO.</source>
        <translation>The office grants an appeal itself (art. 132 KPA) only when all parties appealed or the other parties consented to the change (§ 2). Record the other parties&apos; consent or forward the appeal to the SKO.</translation>
    </message>
    <message>
        <location filename="../ops_desktop/ui/labels.py" line="1468"/>
        <source>Przy tym odwołaniu nie zapisano innych stron – nie ma czyjej zgody zapisywać.</source>
        <translation>No other parties are recorded with this appeal – there is nobody&apos;s consent to record.</translation>
    </message>
    <message>
        <location filename="../ops_desktop/ui/labels.py" line="1469"/>
        <source>Kwotę i okres podaje się tylko, gdy SKO uchyliło decyzję i orzekło co do istoty sprawy.</source>
        <translation>An amount and period are given only when the SKO quashed the decision and decided the case on the merits.</translation>
    </message>
    <message>
        <location filename="../ops_desktop/ui/labels.py" line="1470"/>
        <source>Odwołanie wnosi się od decyzji podpisanej, nie od projektu.</source>
        <translation>An appeal is lodged against a signed decision, not a draft.</translation>
    </message>
    <message>
        <location filename="../ops_desktop/ui/labels.py" line="1471"/>
        <source>Od tej decyzji zarejestrowano już odwołanie, które nie jest jeszcze rozstrzygnięte.</source>
        <translation>An appeal against this decision is already registered and not yet decided.</translation>
    </message>
    <message>
        <location filename="../ops_desktop/ui/labels.py" line="1472"/>
        <source>Odwołanie jest już przekazane do SKO albo uwzględnione – tej czynności nie można wykonać.</source>
        <translation>The appeal has already been forwarded to the SKO or granted – this cannot be done.</translation>
    </message>
    <message>
        <location filename="../ops_desktop/ui/labels.py" line="1473"/>
        <source>Odwołania nie przekazano jeszcze do SKO.</source>
        <translation>The appeal has not been forwarded to the SKO yet.</translation>
    </message>
    <message>
        <location filename="../ops_desktop/ui/labels.py" line="1474"/>
        <source>Data jest wcześniejsza niż data wydania decyzji.</source>
        <translation>The date is earlier than the day the decision was issued.</translation>
    </message>
    <message>
        <location filename="../ops_desktop/ui/labels.py" line="1475"/>
        <source>Odwołanie nie mogło wpłynąć przed dniem jego wniesienia.</source>
        <translation>The appeal cannot have been received before the day it was lodged.</translation>
    </message>
    <message>
        <location filename="../ops_desktop/ui/labels.py" line="1476"/>
        <source>Odwołania nie można przekazać przed dniem jego wpływu.</source>
        <translation>The appeal cannot be forwarded before the day it was received.</translation>
    </message>
    <message>
        <location filename="../ops_desktop/ui/labels.py" line="1477"/>
        <source>SKO nie mogło rozstrzygnąć przed dniem przekazania odwołania.</source>
        <translation>The SKO cannot have decided before the day the appeal was forwarded.</translation>
    </message>
    <message>
        <location filename="../ops_desktop/ui/labels.py" line="1495"/>
        <source>Pakiet musi mieć co najmniej jedną część.</source>
        <translation>A package needs at least one part.</translation>
    </message>
    <message>
        <location filename="../ops_desktop/ui/labels.py" line="1496"/>
        <source>Pakiet może mieć najwyżej 12 części.</source>
        <translation>A package can have at most 12 parts.</translation>
    </message>
    <message>
        <location filename="../ops_desktop/ui/labels.py" line="1497"/>
        <source>Wybierz zespół, który realizuje tę część (świadczenia, praca socjalna lub usługi).</source>
        <translation>Choose the team that delivers this part (benefits, social work or services).</translation>
    </message>
    <message>
        <location filename="../ops_desktop/ui/labels.py" line="1498"/>
        <source>Ta część jest już w pakiecie dla tego zespołu.</source>
        <translation>This part is already in the package for this team.</translation>
    </message>
    <message>
        <location filename="../ops_desktop/ui/labels.py" line="1499"/>
        <source>Część dla zespołu innego niż praca socjalna nie może mówić o przemocy – opisz ją neutralnie (np. „posiłek”).</source>
        <translation>A part for a team other than social work must not speak of violence – describe it neutrally (e.g. &quot;meal&quot;).</translation>
    </message>
    <message>
        <location filename="../ops_desktop/ui/labels.py" line="1500"/>
        <source>Ten pakiet przydziela się po zgłoszeniu z przesłanką art. 7 pkt 7 (przemoc w rodzinie).</source>
        <translation>This package is given after an intake with the art. 7 pkt 7 ground (domestic violence).</translation>
    </message>
    <message>
        <location filename="../ops_desktop/ui/labels.py" line="1501"/>
        <source>Ten pakiet przydziela się po zgłoszeniu z przesłanką art. 7 pkt 5 (niepełnosprawność).</source>
        <translation>This package is given after an intake with the art. 7 pkt 5 ground (disability).</translation>
    </message>
    <message>
        <location filename="../ops_desktop/ui/labels.py" line="1502"/>
        <source>Ten pakiet został już przydzielony po tym zgłoszeniu.</source>
        <translation>This package has already been given after this intake.</translation>
    </message>
    <message>
        <location filename="../ops_desktop/ui/labels.py" line="1503"/>
        <source>Ktoś w międzyczasie zmienił ten pakiet – otwórz katalog ponownie.</source>
        <translation>Someone changed this package meanwhile – open the catalogue again.</translation>
    </message>
    <message>
        <location filename="../ops_desktop/ui/labels.py" line="1538"/>
        <source>Decyzję o przyznaniu lub odmowie świadczenia można podpisać dopiero po rodzinnym wywiadzie środowiskowym (art. 106 ust. 4 ustawy o pomocy społecznej) – zespół ds. świadczeń musi powiązać wniosek z zakończonym wywiadem.</source>
        <translation>A decision granting or refusing a benefit can be signed only after a family interview (art. 106(4) of the Social Assistance Act) – the benefits team must link the application to a completed interview.</translation>
    </message>
    <message>
        <location filename="../ops_desktop/ui/labels.py" line="1539"/>
        <source>Dane prawne o wywiadzie środowiskowym (interview_rules.json) są uszkodzone.</source>
        <translation>The legal data on the family interview (interview_rules.json) is damaged.</translation>
    </message>
    <message>
        <location filename="../ops_desktop/ui/labels.py" line="436"/>
        <source>Notatkę może poprawić tylko jej autor w dniu jej sporządzenia – dopisz nową notatkę.</source>
        <translation>A note can be corrected only by its author on the day it was written – add a new note.</translation>
    </message>
    <message>
        <location filename="../ops_desktop/ui/labels.py" line="38"/>
        <source>Stan wniosku zmienił się po przygotowaniu projektu postanowienia – przygotuj je ponownie.</source>
        <translation>The application&apos;s state changed after the draft order was prepared – prepare it again.</translation>
    </message>
    <message>
        <location filename="../ops_desktop/ui/labels.py" line="39"/>
        <source>Tego postanowienia nie wydaje się na wniosek w obecnym stanie (np. podjąć można tylko postępowanie zawieszone).</source>
        <translation>This postanowienie is not issued on an application in its present state (e.g. only suspended proceedings can be resumed).</translation>
    </message>
    <message>
        <location filename="../ops_desktop/ui/labels.py" line="40"/>
        <source>Wniosek czeka na usunięcie braków formalnych (art. 64 § 2 KPA) – do tego czasu nie wydaje się decyzji.</source>
        <translation>The application awaits the remedy of formal defects (KPA art. 64 § 2) – no decision is issued until then.</translation>
    </message>
    <message>
        <location filename="../ops_desktop/ui/labels.py" line="41"/>
        <source>Na tym wniosku nie ma otwartego wezwania do usunięcia braków.</source>
        <translation>This application has no open call to remedy defects.</translation>
    </message>
    <message>
        <location filename="../ops_desktop/ui/labels.py" line="42"/>
        <source>Najpierw zapisz dzień doręczenia wezwania – od niego biegnie 7 dni.</source>
        <translation>First record the day the call was delivered – the 7 days run from it.</translation>
    </message>
    <message>
        <location filename="../ops_desktop/ui/labels.py" line="43"/>
        <source>Termin na usunięcie braków jeszcze biegnie.</source>
        <translation>The deadline to remedy the defects is still running.</translation>
    </message>
    <message>
        <location filename="../ops_desktop/ui/labels.py" line="44"/>
        <source>Braki usunięto po terminie – wniosek pozostawia się bez rozpoznania.</source>
        <translation>The defects were remedied after the deadline – the application is left unexamined.</translation>
    </message>
    <message>
        <location filename="../ops_desktop/ui/labels.py" line="45"/>
        <source>Ten dzień jest wcześniejszy niż data wezwania.</source>
        <translation>This day is earlier than the date of the call.</translation>
    </message>
    <message>
        <location filename="../ops_desktop/ui/labels.py" line="46"/>
        <source>Wezwanie nie może być wcześniejsze niż wpływ wniosku.</source>
        <translation>The call cannot be earlier than the application&apos;s receipt.</translation>
    </message>
    <message>
        <location filename="../ops_desktop/ui/labels.py" line="47"/>
        <source>Nieznany rodzaj aktu – sprawdź plik acts.json.</source>
        <translation>Unknown kind of act – check the acts.json file.</translation>
    </message>
    <message>
        <location filename="../ops_desktop/ui/labels.py" line="48"/>
        <source>Plik rodzajów aktów (acts.json) jest uszkodzony.</source>
        <translation>The file of kinds of acts (acts.json) is damaged.</translation>
    </message>
    <message>
        <location filename="../ops_desktop/ui/labels.py" line="392"/>
        <source>Data jest wcześniejsza niż początek okresu.</source>
        <translation>The date is before the start of the period.</translation>
    </message>
    <message>
        <location filename="../ops_desktop/ui/labels.py" line="393"/>
        <source>Termin wypada poza okresem kontraktu lub programu.</source>
        <translation>The deadline falls outside the period of the contract or programme.</translation>
    </message>
    <message>
        <location filename="../ops_desktop/ui/labels.py" line="396"/>
        <source>Kontrakt lub program podpisuje się najpóźniej w pierwszym dniu jego okresu.</source>
        <translation>A contract or programme is signed on the first day of its period at the latest.</translation>
    </message>
    <message>
        <location filename="../ops_desktop/ui/labels.py" line="397"/>
        <source>Data jest wcześniejsza niż zawarcie kontraktu lub programu.</source>
        <translation>The date is before the contract or programme was made.</translation>
    </message>
    <message>
        <location filename="../ops_desktop/ui/labels.py" line="440"/>
        <source>Nie można zapisywać w tym folderze (czy dysk jest podłączony?).</source>
        <translation>Cannot write to this folder (is the drive connected?).</translation>
    </message>
    <message>
        <location filename="../ops_desktop/ui/labels.py" line="441"/>
        <source>Hasło musi mieć co najmniej 12 znaków.</source>
        <translation>The password must have at least 12 characters.</translation>
    </message>
    <message>
        <location filename="../ops_desktop/ui/labels.py" line="442"/>
        <source>Hasła się różnią.</source>
        <translation>The passwords differ.</translation>
    </message>
    <message>
        <location filename="../ops_desktop/ui/labels.py" line="443"/>
        <source>To nie jest plik kopii zapasowej programu.</source>
        <translation>This is not a backup file of the program.</translation>
    </message>
    <message>
        <location filename="../ops_desktop/ui/labels.py" line="444"/>
        <location filename="../ops_desktop/ui/labels.py" line="445"/>
        <source>Kopię wykonała nowsza wersja programu – zaktualizuj program.</source>
        <translation>The backup was made by a newer version of the program – update the program.</translation>
    </message>
    <message>
        <location filename="../ops_desktop/ui/labels.py" line="446"/>
        <source>Błędne hasło albo uszkodzony nagłówek pliku kopii.</source>
        <translation>Wrong password or damaged backup file header.</translation>
    </message>
    <message>
        <location filename="../ops_desktop/ui/labels.py" line="448"/>
        <source>Plik kopii jest uszkodzony (niekompletny lub zmieniony) – wybierz wcześniejszą kopię.</source>
        <translation>The backup file is damaged (incomplete or altered) – choose an earlier backup.</translation>
    </message>
    <message>
        <location filename="../ops_desktop/ui/labels.py" line="449"/>
        <source>Kopia odszyfrowała się, ale zawarta w niej baza jest uszkodzona – wybierz wcześniejszą kopię.</source>
        <translation>The backup decrypted, but the database inside it is damaged – choose an earlier backup.</translation>
    </message>
    <message>
        <location filename="../ops_desktop/ui/labels.py" line="450"/>
        <source>Liczba wierszy w kopii nie zgadza się z zapisaną przy jej wykonaniu.</source>
        <translation>The number of rows in the backup does not match the number recorded when it was made.</translation>
    </message>
    <message>
        <location filename="../ops_desktop/ui/labels.py" line="451"/>
        <source>Przerwano – nie zapisano żadnego pliku.</source>
        <translation>Cancelled – no file was saved.</translation>
    </message>
    <message>
        <location filename="../ops_desktop/ui/labels.py" line="452"/>
        <source>Nie ma pliku bazy danych.</source>
        <translation>The database file does not exist.</translation>
    </message>
    <message>
        <location filename="../ops_desktop/ui/labels.py" line="453"/>
        <source>Nie ma folderu kopii (czy dysk USB jest podłączony?).</source>
        <translation>The backup folder does not exist (is the USB drive connected?).</translation>
    </message>
    <message>
        <location filename="../ops_desktop/ui/labels.py" line="454"/>
        <source>Nie udało się zapisać pliku kopii.</source>
        <translation>Could not write the backup file.</translation>
    </message>
    <message>
        <location filename="../ops_desktop/ui/labels.py" line="455"/>
        <source>Nie udało się odczytać pliku kopii.</source>
        <translation>Could not read the backup file.</translation>
    </message>
    <message>
        <location filename="../ops_desktop/ui/labels.py" line="456"/>
        <source>Kopie zapasowe tej bazy wykonuje serwer bazy danych, nie program.</source>
        <translation>Backups of this database are made by the database server, not by the program.</translation>
    </message>
    <message>
        <location filename="../ops_desktop/ui/labels.py" line="457"/>
        <source>Najpierw wybierz folder kopii i ustaw hasło.</source>
        <translation>First choose the backup folder and set a password.</translation>
    </message>
    <message>
        <location filename="../ops_desktop/ui/labels.py" line="458"/>
        <source>Baza jest otwarta w innym programie lub na innym komputerze – zamknij go i spróbuj ponownie; nic nie zmieniono.</source>
        <translation>The database is open in another program or on another PC – close it and try again; nothing was changed.</translation>
    </message>
    <message>
        <location filename="../ops_desktop/ui/placement_labels.py" line="12"/>
        <source>Schronienie przyznaje się po przeprowadzeniu wywiadu środowiskowego – wybierz wywiad zakończony (z datą przeprowadzenia).</source>
        <translation>Shelter is granted after a family interview – choose a completed interview (with the date it was conducted).</translation>
    </message>
    <message>
        <location filename="../ops_desktop/ui/placement_labels.py" line="13"/>
        <source>Ten wywiad nie dotyczy osoby ani jej rodziny.</source>
        <translation>This interview is not about the person or their family.</translation>
    </message>
    <message>
        <location filename="../ops_desktop/ui/placement_labels.py" line="14"/>
        <source>Decyzja nie może być wcześniejsza niż przeprowadzony wywiad.</source>
        <translation>The decision cannot be earlier than the interview.</translation>
    </message>
    <message>
        <location filename="../ops_desktop/ui/placement_labels.py" line="15"/>
        <source>W tym dniu placówka nie ma miejsc w wykazie.</source>
        <translation>The institution has no places in the register on that day.</translation>
    </message>
    <message>
        <location filename="../ops_desktop/ui/placement_labels.py" line="16"/>
        <source>Wszystkie miejsca tej placówki są zajęte w pierwszym dniu pobytu.</source>
        <translation>Every place of this institution is taken on the first day of the stay.</translation>
    </message>
    <message>
        <location filename="../ops_desktop/ui/placement_labels.py" line="17"/>
        <source>Nic się nie zmieniło – nie ma czego zgłaszać.</source>
        <translation>Nothing changed – there is nothing to report.</translation>
    </message>
    <message>
        <location filename="../ops_desktop/ui/placement_labels.py" line="18"/>
        <source>Liczba miejsc: liczba całkowita od 1 do 10 000.</source>
        <translation>Number of places: a whole number from 1 to 10,000.</translation>
    </message>
    <message>
        <location filename="../ops_desktop/ui/placement_labels.py" line="19"/>
        <source>Brak średniego kosztu utrzymania w tym DPS obowiązującego od tego dnia – wpisz go najpierw.</source>
        <translation>This care home has no average monthly cost in force on that day – enter it first.</translation>
    </message>
    <message>
        <location filename="../ops_desktop/ui/placement_labels.py" line="20"/>
        <source>Odpłatność nie może zaczynać się przed skierowaniem.</source>
        <translation>The fee cannot start before the placement.</translation>
    </message>
    <message>
        <location filename="../ops_desktop/ui/placement_labels.py" line="21"/>
        <source>Kwota z umowy zostawiłaby krewnemu mniej niż 300% kryterium dochodowego.</source>
        <translation>The agreed amount would leave the relative less than 300% of the income criterion.</translation>
    </message>
    <message>
        <location filename="../ops_desktop/ui/placement_labels.py" line="22"/>
        <source>Najpierw trzeba podpisać decyzję o skierowaniu do DPS.</source>
        <translation>Sign the placement decision first.</translation>
    </message>
    <message>
        <location filename="../ops_desktop/ui/placement_labels.py" line="23"/>
        <source>Liczba osób w rodzinie: od 1 do 30.</source>
        <translation>Persons in the family: from 1 to 30.</translation>
    </message>
    <message>
        <location filename="../ops_desktop/ui/placement_labels.py" line="24"/>
        <source>Kwoty odpłatności są niepoprawne.</source>
        <translation>The fee amounts are not valid.</translation>
    </message>
    <message>
        <location filename="../ops_desktop/ui/placement_labels.py" line="25"/>
        <source>Plik zasad DPS i schronienia (placements.json) jest uszkodzony.</source>
        <translation>The file of DPS and shelter rules (placements.json) is damaged.</translation>
    </message>
    <message>
        <location filename="../ops_desktop/ui/meal_labels.py" line="12"/>
        <source>Posiłek przyznaje się decyzją po przeprowadzeniu wywiadu środowiskowego – wybierz wywiad zakończony (z datą przeprowadzenia).</source>
        <translation>Meals are granted by a decision after a family interview – choose a completed interview (with the date it was conducted).</translation>
    </message>
    <message>
        <location filename="../ops_desktop/ui/meal_labels.py" line="13"/>
        <source>Posiłek może otrzymać strona albo członek jej gospodarstwa domowego.</source>
        <translation>Meals may be granted to the party or a member of their household.</translation>
    </message>
    <message>
        <location filename="../ops_desktop/ui/meal_labels.py" line="14"/>
        <source>Wpisz liczbę całkowitą (dni: 1–366, posiłki dziennie: 1–5; posiłki w miesiącu: 0 lub więcej).</source>
        <translation>Enter a whole number (days: 1–366, meals a day: 1–5; meals in a month: 0 or more).</translation>
    </message>
    <message>
        <location filename="../ops_desktop/ui/meal_labels.py" line="15"/>
        <source>Dni wydawania posiłku jest więcej niż dni w okresie decyzji.</source>
        <translation>There are more serving days than days in the decision&apos;s period.</translation>
    </message>
    <message>
        <location filename="../ops_desktop/ui/meal_labels.py" line="16"/>
        <source>Ten miesiąc nie należy do okresu przyznania posiłku.</source>
        <translation>This month is outside the period the meals were granted for.</translation>
    </message>
    <message>
        <location filename="../ops_desktop/ui/meal_labels.py" line="17"/>
        <source>Razem z innymi miesiącami to więcej posiłków, niż przyznała decyzja.</source>
        <translation>Together with the other months this is more meals than the decision granted.</translation>
    </message>
    <message>
        <location filename="../ops_desktop/ui/meal_labels.py" line="18"/>
        <source>Wydane posiłki wpisuje się dopiero do podpisanej decyzji.</source>
        <translation>Meals served are recorded only under a signed decision.</translation>
    </message>
    <message>
        <location filename="../ops_desktop/ui/meal_labels.py" line="19"/>
        <source>Plik zasad posiłku (meals.json) jest uszkodzony.</source>
        <translation>The meals rules file (meals.json) is damaged.</translation>
    </message>
</context>
<context>
    <name>exchange</name>
    <message>
        <location filename="../ops_desktop/ui/coordinator/exchange_words.py" line="26"/>
        <source>nieznany użytkownik</source>
        <translation>unknown user</translation>
    </message>
    <message>
        <location filename="../ops_desktop/ui/labels.py" line="992"/>
        <source>Decyzja była już podpisana – podpisanej decyzji nie zmienia żadna zmiana z innego komputera.</source>
        <translation>The decision was already signed – no change from another PC alters a signed decision.</translation>
    </message>
    <message>
        <location filename="../ops_desktop/ui/labels.py" line="993"/>
        <source>Ten wpis (notatkę, zgłoszenie, przekazanie skierowania) poprawia tylko jego autor – zmianę zrobił ktoś inny.</source>
        <translation>Only its author corrects this entry (a note, an intake, a forwarding) – someone else made the change.</translation>
    </message>
    <message>
        <location filename="../ops_desktop/ui/labels.py" line="994"/>
        <source>Autora zmiany ten komputer nie zna albo jego konto jest wyłączone.</source>
        <translation>This PC does not know the change&apos;s author, or their account is switched off.</translation>
    </message>
    <message>
        <location filename="../ops_desktop/ui/labels.py" line="995"/>
        <source>Autor zmiany nie ma uprawnień do zmieniania takich danych.</source>
        <translation>The change&apos;s author may not change such data.</translation>
    </message>
    <message>
        <location filename="../ops_desktop/ui/labels.py" line="996"/>
        <source>Zmieniany wpis jeszcze nie dotarł na ten komputer.</source>
        <translation>The record changed has not reached this PC yet.</translation>
    </message>
    <message>
        <location filename="../ops_desktop/ui/labels.py" line="997"/>
        <source>Zmiana oznacza osobę jako scaloną z inną, ale bez zapisu scalenia – program tak nie scala, więc jej nie przyjęto.</source>
        <translation>The change marks the person as merged into another without a record of the merge – the program never merges that way, so it was not accepted.</translation>
    </message>
    <message>
        <location filename="../ops_desktop/ui/labels.py" line="998"/>
        <source>Klucz bazy zaszyfrowany hasłem jest uszkodzony albo żąda więcej pamięci lub czasu, niż program dopuszcza – nie zapisano go.</source>
        <translation>The database key wrapped by the password is damaged or asks for more memory or time than the program allows – it was not stored.</translation>
    </message>
    <message>
        <location filename="../ops_desktop/ui/labels.py" line="999"/>
        <source>Baza danych nie przyjęła zmiany: ten sam PESEL lub numer jest już zapisany albo brakuje wpisu, na który zmiana wskazuje.</source>
        <translation>The database did not accept the change: the same PESEL or number is already recorded, or the record the change points to is missing.</translation>
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
        <location filename="../ops_desktop/ui/forms.py" line="132"/>
        <source>Zamknij</source>
        <translation>Close</translation>
    </message>
    <message>
        <location filename="../ops_desktop/ui/forms.py" line="149"/>
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
    <name>office</name>
    <message>
        <location filename="../ops_desktop/ui/office_text.py" line="16"/>
        <source>Folder wymiany jest niedostępny (czy udział sieciowy lub dysk USB jest podłączony?).</source>
        <translation>The exchange folder cannot be reached (is the network share or USB disk connected?).</translation>
    </message>
    <message>
        <location filename="../ops_desktop/ui/office_text.py" line="17"/>
        <source>Nie udało się zapisać w folderze wymiany.</source>
        <translation>Could not write to the exchange folder.</translation>
    </message>
    <message>
        <location filename="../ops_desktop/ui/office_text.py" line="18"/>
        <source>Ten komputer już należy do biura.</source>
        <translation>This PC already belongs to an office.</translation>
    </message>
    <message>
        <location filename="../ops_desktop/ui/office_text.py" line="19"/>
        <source>W tym folderze wymiany działa już inne biuro – wybierz pusty folder.</source>
        <translation>Another office already works in this exchange folder – choose an empty folder.</translation>
    </message>
    <message>
        <location filename="../ops_desktop/ui/office_text.py" line="20"/>
        <source>Ten komputer nie należy do żadnego biura.</source>
        <translation>This PC belongs to no office.</translation>
    </message>
    <message>
        <location filename="../ops_desktop/ui/office_text.py" line="21"/>
        <source>Biuro na kilku komputerach działa tylko na bazie w pliku, nie na serwerze bazy danych.</source>
        <translation>An office of several PCs works only with a database in a file, not on a database server.</translation>
    </message>
    <message>
        <location filename="../ops_desktop/ui/office_text.py" line="22"/>
        <source>Na tym komputerze są już dane ośrodka – dołączyć można tylko przy pierwszym uruchomieniu.</source>
        <translation>This PC already holds the centre&apos;s data – joining is possible only at the first start.</translation>
    </message>
    <message>
        <location filename="../ops_desktop/ui/office_text.py" line="23"/>
        <source>Podaj nazwę komputera (do 80 znaków).</source>
        <translation>Enter the PC&apos;s name (up to 80 characters).</translation>
    </message>
    <message>
        <location filename="../ops_desktop/ui/office_text.py" line="24"/>
        <source>Błędny kod zaproszenia (albo uszkodzony plik zaproszenia) – sprawdź kod i wpisz go ponownie.</source>
        <translation>Wrong invitation code (or a damaged invitation file) – check the code and type it again.</translation>
    </message>
    <message>
        <location filename="../ops_desktop/ui/office_text.py" line="25"/>
        <source>To nie jest plik zaproszenia programu.</source>
        <translation>This is not an invitation file of the program.</translation>
    </message>
    <message>
        <location filename="../ops_desktop/ui/office_text.py" line="26"/>
        <source>Ten plik nie jest zaproszeniem do biura.</source>
        <translation>This file is not an invitation to an office.</translation>
    </message>
    <message>
        <location filename="../ops_desktop/ui/office_text.py" line="27"/>
        <source>To zaproszenie jest już nieaktualne: pliki potrzebne temu komputerowi zostały usunięte z folderu wymiany. Poproś administratora o nowe zaproszenie.</source>
        <translation>This invitation is out of date: files this PC would need have been removed from the exchange folder. Ask the administrator for a new invitation.</translation>
    </message>
    <message>
        <location filename="../ops_desktop/ui/office_text.py" line="30"/>
        <source>Plik zaproszenia jest uszkodzony (niekompletny lub zmieniony) – poproś o nowy.</source>
        <translation>The invitation file is damaged (incomplete or altered) – ask for a new one.</translation>
    </message>
    <message>
        <location filename="../ops_desktop/ui/office_text.py" line="31"/>
        <location filename="../ops_desktop/ui/office_text.py" line="32"/>
        <source>Plik zaproszenia jest uszkodzony – poproś o nowy.</source>
        <translation>The invitation file is damaged – ask for a new one.</translation>
    </message>
    <message>
        <location filename="../ops_desktop/ui/office_text.py" line="33"/>
        <source>Nie udało się odczytać pliku zaproszenia.</source>
        <translation>Could not read the invitation file.</translation>
    </message>
    <message>
        <location filename="../ops_desktop/ui/office_text.py" line="34"/>
        <location filename="../ops_desktop/ui/office_text.py" line="35"/>
        <source>Zaproszenie utworzyła nowsza wersja programu – zaktualizuj program.</source>
        <translation>The invitation was made by a newer version of the program – update the program.</translation>
    </message>
    <message>
        <location filename="../ops_desktop/ui/office_text.py" line="36"/>
        <source>Nie ma folderu, w którym ma powstać plik.</source>
        <translation>The folder where the file should be created does not exist.</translation>
    </message>
    <message>
        <location filename="../ops_desktop/ui/office_text.py" line="37"/>
        <source>Brak wolnych numerów komputerów w biurze.</source>
        <translation>No free PC numbers left in the office.</translation>
    </message>
    <message>
        <location filename="../ops_desktop/ui/office_text.py" line="38"/>
        <source>Baza jest otwarta w innym programie lub na innym komputerze – zamknij go i spróbuj ponownie; nic nie zmieniono.</source>
        <translation>The database is open in another program or on another PC – close it and try again; nothing was changed.</translation>
    </message>
    <message>
        <location filename="../ops_desktop/ui/office_text.py" line="39"/>
        <source>Ten komputer odłączono od biura – wymiana zmian z innymi komputerami nie jest już możliwa. Dane na tym komputerze pozostają.</source>
        <translation>This PC was removed from the office – exchanging changes with the other PCs is no longer possible. The data on this PC stays.</translation>
    </message>
    <message>
        <location filename="../ops_desktop/ui/office_text.py" line="40"/>
        <source>Nie można odłączyć komputera, na którym się pracuje.</source>
        <translation>The PC you are working on cannot be removed.</translation>
    </message>
    <message>
        <location filename="../ops_desktop/ui/office_text.py" line="41"/>
        <source>W biurze nie ma już tego komputera.</source>
        <translation>This PC is no longer in the office.</translation>
    </message>
    <message>
        <location filename="../ops_desktop/ui/office_text.py" line="43"/>
        <source>Ten komputer przywrócono z kopii zapasowej, a część zmian zapisanych w tej kopii nie dotarła wcześniej do folderu wymiany: wymiana jest wstrzymana, aby ich nie zgubić. Wezwij administratora.</source>
        <translation>This PC was restored from a backup, and some changes saved in that backup had not reached the exchange folder before: the exchange is paused so that they are not lost. Call the administrator.</translation>
    </message>
    <message>
        <location filename="../ops_desktop/ui/office_text.py" line="44"/>
        <source>Plik bazy tego komputera zastąpiono starszą kopią poza programem, a pliku wymiany potrzebnego, by odróżnić zmiany z tej kopii od wpisanych później, już nie ma: wymiana jest wstrzymana. Przywróć kopię poleceniem programu („Przywróć”) albo dołącz ten komputer do biura ponownie z nowym zaproszeniem.</source>
        <translation>This PC&apos;s database file was replaced with an older copy outside the program, and an exchange file needed to tell the changes of that copy from those typed later is gone: the exchange is paused. Restore the backup with the program&apos;s command („Przywróć”) or join this PC to the office again with a new invitation.</translation>
    </message>
    <message>
        <location filename="../ops_desktop/ui/office_text.py" line="46"/>
        <source>Wybrany folder jest niedostępny – czy pendrive jest podłączony? Niczego nie skopiowano.</source>
        <translation>The chosen folder cannot be reached – is the USB stick plugged in? Nothing was copied.</translation>
    </message>
    <message>
        <location filename="../ops_desktop/ui/office_text.py" line="47"/>
        <source>To jest folder wymiany tego komputera – wskaż folder na pendrivie.</source>
        <translation>This is this PC&apos;s own exchange folder – choose the folder on the USB stick.</translation>
    </message>
    <message>
        <location filename="../ops_desktop/ui/office_text.py" line="48"/>
        <source>Na tym pendrivie są pliki wymiany innego biura – niczego nie skopiowano. Wskaż pendrive laptopa tego biura.</source>
        <translation>This USB stick holds exchange files of another office – nothing was copied. Choose the stick of this office&apos;s laptop.</translation>
    </message>
    <message>
        <location filename="../ops_desktop/ui/office_text.py" line="49"/>
        <source>Kopiowanie przerwano (pendrive wyjęty albo folder niedostępny). Skopiowane pliki zostają; resztę przeniesie następna wymiana przez pendrive.</source>
        <translation>Copying was cut off (the USB stick was removed or the folder cannot be reached). The files copied stay; the next exchange by USB stick will carry the rest.</translation>
    </message>
    <message>
        <location filename="../ops_desktop/ui/office_text.py" line="54"/>
        <source>plik zmieniony lub uszkodzony – odrzucony</source>
        <translation>file altered or damaged – refused</translation>
    </message>
    <message>
        <location filename="../ops_desktop/ui/office_text.py" line="55"/>
        <source>plik innego biura – odrzucony</source>
        <translation>file of another office – refused</translation>
    </message>
    <message>
        <location filename="../ops_desktop/ui/office_text.py" line="56"/>
        <source>plik nowszej wersji programu – zaktualizuj program</source>
        <translation>file of a newer program version – update the program</translation>
    </message>
    <message>
        <location filename="../ops_desktop/ui/office_text.py" line="57"/>
        <source>brakuje wcześniejszego pliku – czekam na niego</source>
        <translation>an earlier file is missing – waiting for it</translation>
    </message>
    <message>
        <location filename="../ops_desktop/ui/office_text.py" line="58"/>
        <source>zegar tamtego komputera wyprzedza ten o ponad dwa dni</source>
        <translation>that PC&apos;s clock is more than two days ahead of this one</translation>
    </message>
    <message>
        <location filename="../ops_desktop/ui/office_text.py" line="59"/>
        <source>plik uszkodzony – odrzucony</source>
        <translation>file damaged – refused</translation>
    </message>
    <message>
        <location filename="../ops_desktop/ui/office_text.py" line="60"/>
        <source>to nie jest plik wymiany – pominięty</source>
        <translation>not an exchange file – skipped</translation>
    </message>
    <message>
        <location filename="../ops_desktop/ui/office_text.py" line="61"/>
        <source>zapisany nowym kluczem biura, którego ten komputer jeszcze nie dostał – czeka</source>
        <translation>sealed with a new office key this PC has not received yet – waiting</translation>
    </message>
    <message>
        <location filename="../ops_desktop/ui/office_text.py" line="62"/>
        <source>zapisany starym kluczem biura po zmianie klucza – odrzucony</source>
        <translation>sealed with an old office key after the key changed – refused</translation>
    </message>
    <message>
        <location filename="../ops_desktop/ui/office_text.py" line="63"/>
        <source>to kopia komputera odłączonego od biura, przywrócona z kopii zapasowej – jego pliki są odrzucane</source>
        <translation>a copy of a PC removed from the office, restored from a backup – its files are refused</translation>
    </message>
    <message>
        <location filename="../ops_desktop/ui/office_text.py" line="64"/>
        <source>to zmiany tego komputera sprzed przywrócenia kopii, których nie ma już w folderze wymiany (kopia była starsza niż ostatnia). Mają je inne komputery: dołącz ten komputer ponownie do biura z nowym zaproszeniem – to, co wpisano tu po przywróceniu, już do nich dotarło</source>
        <translation>these are this PC&apos;s changes from before the backup was restored, no longer in the exchange folder (the backup was older than the last one). The other PCs have them: join this PC to the office again with a new invitation – what was typed here after the restore has already reached them</translation>
    </message>
</context>
<context>
    <name>pdf</name>
    <message>
        <location filename="../ops_desktop/ui/pdf.py" line="51"/>
        <source>Wydruk</source>
        <translation>Printout</translation>
    </message>
    <message>
        <location filename="../ops_desktop/ui/pdf.py" line="55"/>
        <source>Dokument otwarto w przeglądarce PDF – stamtąd można go wydrukować.</source>
        <translation>The document was opened in the PDF viewer – print it from there.</translation>
    </message>
    <message>
        <location filename="../ops_desktop/ui/pdf.py" line="58"/>
        <source>Nie udało się otworzyć dokumentu w przeglądarce PDF (na tym komputerze może jej nie być). Plik zapisano – otwórz go z folderu i wydrukuj.</source>
        <translation>The document could not be opened in a PDF viewer (this computer may not have one). The file was saved – open it from its folder and print it.</translation>
    </message>
    <message>
        <location filename="../ops_desktop/ui/pdf.py" line="60"/>
        <source>Plik: %1</source>
        <translation>File: %1</translation>
    </message>
    <message>
        <location filename="../ops_desktop/ui/pdf.py" line="61"/>
        <source>Otwórz folder</source>
        <translation>Open folder</translation>
    </message>
    <message>
        <location filename="../ops_desktop/ui/pdf.py" line="64"/>
        <source>Zamknij</source>
        <translation>Close</translation>
    </message>
    <message>
        <location filename="../ops_desktop/ui/pdf.py" line="72"/>
        <source>Nie udało się otworzyć folderu %1 – otwórz go ręcznie.</source>
        <translation>The folder %1 could not be opened – open it yourself.</translation>
    </message>
    <message>
        <location filename="../ops_desktop/ui/pdf.py" line="92"/>
        <source>Nie udało się zapisać pliku %1: %2</source>
        <translation>The file %1 could not be saved: %2</translation>
    </message>
</context>
<context>
    <name>person_merge</name>
    <message>
        <location filename="../ops_desktop/ui/coordinator/person_merge.py" line="46"/>
        <source>Imię</source>
        <translation>First name</translation>
    </message>
    <message>
        <location filename="../ops_desktop/ui/coordinator/person_merge.py" line="47"/>
        <source>Nazwisko</source>
        <translation>Surname</translation>
    </message>
    <message>
        <location filename="../ops_desktop/ui/coordinator/person_merge.py" line="48"/>
        <source>PESEL</source>
        <translation>PESEL</translation>
    </message>
    <message>
        <location filename="../ops_desktop/ui/coordinator/person_merge.py" line="49"/>
        <source>Data urodzenia</source>
        <translation>Date of birth</translation>
    </message>
    <message>
        <location filename="../ops_desktop/ui/coordinator/person_merge.py" line="50"/>
        <source>Płeć</source>
        <translation>Sex</translation>
    </message>
    <message>
        <location filename="../ops_desktop/ui/coordinator/person_merge.py" line="51"/>
        <source>Rodzaj dokumentu</source>
        <translation>Kind of document</translation>
    </message>
    <message>
        <location filename="../ops_desktop/ui/coordinator/person_merge.py" line="52"/>
        <source>Numer dokumentu</source>
        <translation>Document number</translation>
    </message>
    <message>
        <location filename="../ops_desktop/ui/coordinator/person_merge.py" line="53"/>
        <source>Ulica</source>
        <translation>Street</translation>
    </message>
    <message>
        <location filename="../ops_desktop/ui/coordinator/person_merge.py" line="54"/>
        <source>Numer domu</source>
        <translation>House number</translation>
    </message>
    <message>
        <location filename="../ops_desktop/ui/coordinator/person_merge.py" line="55"/>
        <source>Numer lokalu</source>
        <translation>Flat number</translation>
    </message>
    <message>
        <location filename="../ops_desktop/ui/coordinator/person_merge.py" line="56"/>
        <source>Kod pocztowy</source>
        <translation>Postal code</translation>
    </message>
    <message>
        <location filename="../ops_desktop/ui/coordinator/person_merge.py" line="57"/>
        <source>Miejscowość</source>
        <translation>Town</translation>
    </message>
    <message>
        <location filename="../ops_desktop/ui/coordinator/person_merge.py" line="58"/>
        <source>Telefon</source>
        <translation>Phone</translation>
    </message>
    <message>
        <location filename="../ops_desktop/ui/coordinator/person_merge.py" line="59"/>
        <source>Osoba bezdomna</source>
        <translation>Homeless person</translation>
    </message>
    <message>
        <location filename="../ops_desktop/ui/coordinator/person_merge.py" line="60"/>
        <source>Ulica do doręczeń</source>
        <translation>Street for delivery</translation>
    </message>
    <message>
        <location filename="../ops_desktop/ui/coordinator/person_merge.py" line="61"/>
        <source>Numer domu do doręczeń</source>
        <translation>House number for delivery</translation>
    </message>
    <message>
        <location filename="../ops_desktop/ui/coordinator/person_merge.py" line="62"/>
        <source>Numer lokalu do doręczeń</source>
        <translation>Flat number for delivery</translation>
    </message>
    <message>
        <location filename="../ops_desktop/ui/coordinator/person_merge.py" line="63"/>
        <source>Kod pocztowy do doręczeń</source>
        <translation>Postal code for delivery</translation>
    </message>
    <message>
        <location filename="../ops_desktop/ui/coordinator/person_merge.py" line="64"/>
        <source>Miejscowość do doręczeń</source>
        <translation>Town for delivery</translation>
    </message>
    <message>
        <location filename="../ops_desktop/ui/coordinator/person_merge.py" line="65"/>
        <source>Gospodarstwo domowe</source>
        <translation>Household</translation>
    </message>
    <message>
        <location filename="../ops_desktop/ui/coordinator/person_merge.py" line="68"/>
        <source>sprawy</source>
        <translation>cases</translation>
    </message>
    <message>
        <location filename="../ops_desktop/ui/coordinator/person_merge.py" line="69"/>
        <source>członkostwo w gospodarstwie</source>
        <translation>household membership</translation>
    </message>
    <message>
        <location filename="../ops_desktop/ui/coordinator/person_merge.py" line="70"/>
        <source>wnioski</source>
        <translation>applications</translation>
    </message>
    <message>
        <location filename="../ops_desktop/ui/coordinator/person_merge.py" line="71"/>
        <source>decyzje</source>
        <translation>decisions</translation>
    </message>
    <message>
        <location filename="../ops_desktop/ui/coordinator/person_merge.py" line="72"/>
        <source>wywiady</source>
        <translation>interviews</translation>
    </message>
    <message>
        <location filename="../ops_desktop/ui/coordinator/person_merge.py" line="73"/>
        <source>zgłoszenia i skierowania</source>
        <translation>intakes and referrals</translation>
    </message>
    <message>
        <location filename="../ops_desktop/ui/coordinator/person_merge.py" line="74"/>
        <source>praca socjalna</source>
        <translation>social work</translation>
    </message>
    <message>
        <location filename="../ops_desktop/ui/coordinator/person_merge.py" line="75"/>
        <source>Niebieska Karta</source>
        <translation>Niebieska Karta</translation>
    </message>
    <message>
        <location filename="../ops_desktop/ui/coordinator/person_merge.py" line="76"/>
        <source>inne wpisy</source>
        <translation>other records</translation>
    </message>
    <message>
        <location filename="../ops_desktop/ui/coordinator/person_merge.py" line="79"/>
        <source>To ten sam rekord – wybierz dwa różne.</source>
        <translation>This is the same record – choose two different ones.</translation>
    </message>
    <message>
        <location filename="../ops_desktop/ui/coordinator/person_merge.py" line="81"/>
        <source>Ten rekord został już scalony z innym.</source>
        <translation>This record has already been merged into another.</translation>
    </message>
    <message>
        <location filename="../ops_desktop/ui/coordinator/person_merge.py" line="83"/>
        <source>Rekordy mają różne numery PESEL – to nie ta sama osoba.</source>
        <translation>The records have different PESEL numbers – this is not the same person.</translation>
    </message>
    <message>
        <location filename="../ops_desktop/ui/coordinator/person_merge.py" line="85"/>
        <source>Rekord usunięty lub zanonimizowany – nie można go scalić.</source>
        <translation>The record is removed or anonymised – it cannot be merged.</translation>
    </message>
</context>
<context>
    <name>plans</name>
    <message>
        <location filename="../ops_desktop/ui/social_work/plan_dialogs.py" line="42"/>
        <source>Sprawa %1 – %2</source>
        <translation>Case %1 – %2</translation>
    </message>
</context>
<context>
    <name>print_decisions</name>
    <message>
        <location filename="../ops_desktop/ui/printing.py" line="50"/>
        <source>Nie udało się przygotować wydruku: %1</source>
        <translation>Could not prepare the printout: %1</translation>
    </message>
    <message>
        <location filename="../ops_desktop/ui/printing.py" line="56"/>
        <source>Przygotowanie wydruku decyzji…</source>
        <translation>Preparing the decision printout…</translation>
    </message>
</context>
<context>
    <name>reasons</name>
    <message>
        <location filename="../ops_desktop/ui/labels.py" line="137"/>
        <source>dochód nie jest niższy od kryterium</source>
        <translation>income is not below the criterion</translation>
    </message>
    <message>
        <location filename="../ops_desktop/ui/labels.py" line="138"/>
        <source>dochód wnioskodawcy nie jest niższy od kryterium na osobę</source>
        <translation>applicant&apos;s income is not below the per-person criterion</translation>
    </message>
    <message>
        <location filename="../ops_desktop/ui/labels.py" line="139"/>
        <source>dochód na osobę nie jest niższy od kryterium</source>
        <translation>income per person is not below the criterion</translation>
    </message>
    <message>
        <location filename="../ops_desktop/ui/labels.py" line="140"/>
        <source>dochód przekracza kryterium</source>
        <translation>income exceeds the criterion</translation>
    </message>
    <message>
        <location filename="../ops_desktop/ui/labels.py" line="141"/>
        <source>kwota ograniczona do maksymalnej</source>
        <translation>amount capped at the maximum</translation>
    </message>
    <message>
        <location filename="../ops_desktop/ui/labels.py" line="142"/>
        <source>kwota podniesiona do minimalnej</source>
        <translation>amount raised to the minimum</translation>
    </message>
    <message>
        <location filename="../ops_desktop/ui/labels.py" line="143"/>
        <source>brak niezdolności do pracy z powodu wieku lub niepełnosprawności</source>
        <translation>no incapacity for work due to age or disability</translation>
    </message>
    <message>
        <location filename="../ops_desktop/ui/labels.py" line="144"/>
        <source>nie oceniono – brak zapisanych dochodów i oświadczenia o braku dochodów</source>
        <translation>not assessed – no incomes and no «no income» statement saved</translation>
    </message>
</context>
<context>
    <name>session</name>
    <message>
        <location filename="../ops_desktop/ui/session.py" line="42"/>
        <source>okno bez tytułu</source>
        <translation>untitled window</translation>
    </message>
    <message>
        <location filename="../ops_desktop/ui/session.py" line="65"/>
        <source>Masz otwarte:
%1

Po wylogowaniu niezapisane zmiany zostaną utracone. Wylogować mimo to?</source>
        <translation>You have open:
%1

After signing out, unsaved changes will be lost. Sign out anyway?</translation>
    </message>
    <message>
        <location filename="../ops_desktop/ui/session.py" line="69"/>
        <source>Wylogowanie</source>
        <translation>Signing out</translation>
    </message>
    <message>
        <location filename="../ops_desktop/ui/session.py" line="78"/>
        <source>Zmiana użytkownika</source>
        <translation>Switching user</translation>
    </message>
    <message>
        <location filename="../ops_desktop/ui/session.py" line="79"/>
        <source>Zakończyć sesję użytkownika %1 i zalogować inną osobę?</source>
        <translation>End %1&apos;s session and sign in someone else?</translation>
    </message>
</context>
<context>
    <name>unlock</name>
    <message>
        <location filename="../ops_desktop/ui/unlock.py" line="203"/>
        <source>Baza danych ośrodka zostanie teraz zaszyfrowana: bez hasła pracownika albo klucza odzyskiwania nikt nie odczyta jej z dysku ani z kopii pliku. Potrwa to chwilę.</source>
        <translation>The centre&apos;s database will now be encrypted: without a worker&apos;s password or the recovery key nobody can read it from the disk or from a copy of the file. This takes a moment.</translation>
    </message>
    <message>
        <location filename="../ops_desktop/ui/unlock.py" line="207"/>
        <source>Najpierw program wykona kopię zapasową.</source>
        <translation>The program makes a backup first.</translation>
    </message>
    <message>
        <location filename="../ops_desktop/ui/unlock.py" line="209"/>
        <source>Na koniec program pokaże klucz odzyskiwania – wydrukuj go i schowaj w sejfie. Pozostali pracownicy logują się jak dotąd, swoim loginem i hasłem.</source>
        <translation>At the end the program shows the recovery key – print it and keep it in the safe. Other workers sign in as before, with their own login and password.</translation>
    </message>
    <message>
        <location filename="../ops_desktop/ui/unlock.py" line="212"/>
        <source>Szyfrowanie bazy</source>
        <translation>Encrypting the database</translation>
    </message>
    <message>
        <location filename="../ops_desktop/ui/unlock.py" line="253"/>
        <source>Nie udało się zaszyfrować bazy – pozostała taka jak była, program działa dalej. Szyfrowanie zostanie ponowione przy następnym logowaniu administratora.</source>
        <translation>The database could not be encrypted – it stays as it was and the program works on. Encryption will be tried again at the administrator&apos;s next sign-in.</translation>
    </message>
    <message>
        <location filename="../ops_desktop/ui/unlock.py" line="269"/>
        <source>Kopia zapasowa przed szyfrowaniem nie powiodła się (%1) – bazy nie zaszyfrowano. Sprawdź folder kopii; szyfrowanie zostanie ponowione przy następnym logowaniu administratora.</source>
        <translation>The backup before encryption failed (%1) – the database was not encrypted. Check the backup folder; encryption will be tried again at the administrator&apos;s next sign-in.</translation>
    </message>
</context>
<context>
    <name>vocab</name>
    <message>
        <location filename="../ops_desktop/ui/labels.py" line="148"/>
        <source>Pierwszy kontakt</source>
        <translation>First contact</translation>
    </message>
    <message>
        <location filename="../ops_desktop/ui/labels.py" line="149"/>
        <source>Świadczenia</source>
        <translation>Benefits</translation>
    </message>
    <message>
        <location filename="../ops_desktop/ui/labels.py" line="150"/>
        <source>Praca socjalna</source>
        <translation>Social work</translation>
    </message>
    <message>
        <location filename="../ops_desktop/ui/labels.py" line="151"/>
        <source>Usługi</source>
        <translation>Services</translation>
    </message>
    <message>
        <location filename="../ops_desktop/ui/labels.py" line="155"/>
        <source>Koordynator</source>
        <translation>Coordinator</translation>
    </message>
    <message>
        <location filename="../ops_desktop/ui/labels.py" line="156"/>
        <source>Administrator</source>
        <translation>Administrator</translation>
    </message>
    <message>
        <location filename="../ops_desktop/ui/labels.py" line="157"/>
        <source>Inspektor ochrony danych</source>
        <translation>Data protection officer</translation>
    </message>
    <message>
        <location filename="../ops_desktop/ui/labels.py" line="160"/>
        <source>osobiście</source>
        <translation>in person</translation>
    </message>
    <message>
        <location filename="../ops_desktop/ui/labels.py" line="161"/>
        <source>telefonicznie</source>
        <translation>by phone</translation>
    </message>
    <message>
        <location filename="../ops_desktop/ui/labels.py" line="162"/>
        <source>pismo</source>
        <translation>letter</translation>
    </message>
    <message>
        <location filename="../ops_desktop/ui/labels.py" line="163"/>
        <source>e-mail / ePUAP</source>
        <translation>e-mail / ePUAP</translation>
    </message>
    <message>
        <location filename="../ops_desktop/ui/labels.py" line="164"/>
        <source>z urzędu</source>
        <translation>ex officio</translation>
    </message>
    <message>
        <location filename="../ops_desktop/ui/labels.py" line="167"/>
        <source>udzielono informacji lub porady</source>
        <translation>information or advice given</translation>
    </message>
    <message>
        <location filename="../ops_desktop/ui/labels.py" line="168"/>
        <source>skierowano do zespołu</source>
        <translation>referred to a team</translation>
    </message>
    <message>
        <location filename="../ops_desktop/ui/labels.py" line="169"/>
        <source>przyjęto wniosek</source>
        <translation>application lodged</translation>
    </message>
    <message>
        <location filename="../ops_desktop/ui/labels.py" line="172"/>
        <source>zatwierdzono</source>
        <translation>confirmed</translation>
    </message>
    <message>
        <location filename="../ops_desktop/ui/labels.py" line="173"/>
        <source>odrzucono</source>
        <translation>rejected</translation>
    </message>
    <message>
        <location filename="../ops_desktop/ui/labels.py" line="176"/>
        <source>oczekuje</source>
        <translation>pending</translation>
    </message>
    <message>
        <location filename="../ops_desktop/ui/labels.py" line="177"/>
        <source>przyjęte</source>
        <translation>accepted</translation>
    </message>
    <message>
        <location filename="../ops_desktop/ui/labels.py" line="178"/>
        <source>zwrócone</source>
        <translation>returned</translation>
    </message>
    <message>
        <location filename="../ops_desktop/ui/labels.py" line="181"/>
        <source>zasiłek stały</source>
        <translation>permanent allowance</translation>
    </message>
    <message>
        <location filename="../ops_desktop/ui/labels.py" line="182"/>
        <source>zasiłek okresowy</source>
        <translation>periodic allowance</translation>
    </message>
    <message>
        <location filename="../ops_desktop/ui/labels.py" line="183"/>
        <source>zasiłek celowy</source>
        <translation>purpose allowance</translation>
    </message>
    <message>
        <location filename="../ops_desktop/ui/labels.py" line="184"/>
        <source>specjalny zasiłek celowy</source>
        <translation>special purpose allowance</translation>
    </message>
    <message>
        <location filename="../ops_desktop/ui/labels.py" line="186"/>
        <source>usługi opiekuńcze</source>
        <translation>care services</translation>
    </message>
    <message>
        <location filename="../ops_desktop/ui/labels.py" line="187"/>
        <source>specjalistyczne usługi opiekuńcze</source>
        <translation>specialist care services</translation>
    </message>
    <message>
        <location filename="../ops_desktop/ui/labels.py" line="188"/>
        <source>specjalistyczne usługi opiekuńcze dla osób z zaburzeniami psychicznymi</source>
        <translation>specialist care services for persons with mental disorders</translation>
    </message>
    <message>
        <location filename="../ops_desktop/ui/labels.py" line="189"/>
        <source>usługi sąsiedzkie</source>
        <translation>neighbourhood services</translation>
    </message>
    <message>
        <location filename="../ops_desktop/ui/labels.py" line="192"/>
        <source>godzin tygodniowo</source>
        <translation>hours a week</translation>
    </message>
    <message>
        <location filename="../ops_desktop/ui/labels.py" line="193"/>
        <source>godzin miesięcznie</source>
        <translation>hours a month</translation>
    </message>
    <message>
        <location filename="../ops_desktop/ui/labels.py" line="196"/>
        <location filename="../ops_desktop/ui/labels.py" line="252"/>
        <location filename="../ops_desktop/ui/labels.py" line="270"/>
        <location filename="../ops_desktop/ui/labels.py" line="1491"/>
        <source>w toku</source>
        <translation>in progress</translation>
    </message>
    <message>
        <location filename="../ops_desktop/ui/labels.py" line="197"/>
        <source>rozstrzygnięty</source>
        <translation>decided</translation>
    </message>
    <message>
        <location filename="../ops_desktop/ui/labels.py" line="198"/>
        <source>wycofany</source>
        <translation>withdrawn</translation>
    </message>
    <message>
        <location filename="../ops_desktop/ui/labels.py" line="199"/>
        <source>zawieszony</source>
        <translation>suspended</translation>
    </message>
    <message>
        <location filename="../ops_desktop/ui/labels.py" line="200"/>
        <source>odmowa wszczęcia</source>
        <translation>refused to open</translation>
    </message>
    <message>
        <location filename="../ops_desktop/ui/labels.py" line="201"/>
        <source>pozostawiony bez rozpoznania</source>
        <translation>left unexamined</translation>
    </message>
    <message>
        <location filename="../ops_desktop/ui/labels.py" line="204"/>
        <source>przyznająca</source>
        <translation>granting</translation>
    </message>
    <message>
        <location filename="../ops_desktop/ui/labels.py" line="205"/>
        <source>odmowna</source>
        <translation>refusal</translation>
    </message>
    <message>
        <location filename="../ops_desktop/ui/labels.py" line="206"/>
        <source>umarzająca postępowanie</source>
        <translation>discontinuing the proceedings</translation>
    </message>
    <message>
        <location filename="../ops_desktop/ui/labels.py" line="207"/>
        <source>postanowienie: odmowa wszczęcia</source>
        <translation>order: refusal to open</translation>
    </message>
    <message>
        <location filename="../ops_desktop/ui/labels.py" line="208"/>
        <source>postanowienie: zawieszenie</source>
        <translation>order: suspension</translation>
    </message>
    <message>
        <location filename="../ops_desktop/ui/labels.py" line="209"/>
        <source>postanowienie: podjęcie</source>
        <translation>order: resumption</translation>
    </message>
    <message>
        <location filename="../ops_desktop/ui/labels.py" line="210"/>
        <source>postanowienie: sprostowanie</source>
        <translation>order: rectification</translation>
    </message>
    <message>
        <location filename="../ops_desktop/ui/labels.py" line="215"/>
        <source>zwrot nienależnie pobranych świadczeń</source>
        <translation>recovery of undue benefits</translation>
    </message>
    <message>
        <location filename="../ops_desktop/ui/labels.py" line="216"/>
        <source>skierowanie do domu pomocy społecznej</source>
        <translation>referral to a care home</translation>
    </message>
    <message>
        <location filename="../ops_desktop/ui/labels.py" line="217"/>
        <source>odpłatność za pobyt w DPS (art. 61)</source>
        <translation>fee for a stay in a care home (art. 61)</translation>
    </message>
    <message>
        <location filename="../ops_desktop/ui/labels.py" line="218"/>
        <source>przyznanie schronienia</source>
        <translation>grant of shelter</translation>
    </message>
    <message>
        <location filename="../ops_desktop/ui/labels.py" line="219"/>
        <source>przyznanie posiłku</source>
        <translation>granting meals</translation>
    </message>
    <message>
        <location filename="../ops_desktop/ui/labels.py" line="223"/>
        <source>zmieniająca decyzję</source>
        <translation>changing a decision</translation>
    </message>
    <message>
        <location filename="../ops_desktop/ui/labels.py" line="225"/>
        <source>zmieniająca decyzję – %1</source>
        <translation>changing a decision – %1</translation>
    </message>
    <message>
        <location filename="../ops_desktop/ui/labels.py" line="227"/>
        <source>na piśmie</source>
        <translation>in writing</translation>
    </message>
    <message>
        <location filename="../ops_desktop/ui/labels.py" line="228"/>
        <source>ustnie do protokołu</source>
        <translation>orally, to the record</translation>
    </message>
    <message>
        <location filename="../ops_desktop/ui/labels.py" line="231"/>
        <location filename="../ops_desktop/ui/labels.py" line="243"/>
        <source>projekt</source>
        <translation>draft</translation>
    </message>
    <message>
        <location filename="../ops_desktop/ui/labels.py" line="232"/>
        <source>podpisana</source>
        <translation>signed</translation>
    </message>
    <message>
        <location filename="../ops_desktop/ui/labels.py" line="235"/>
        <source>do zatwierdzenia</source>
        <translation>awaiting approval</translation>
    </message>
    <message>
        <location filename="../ops_desktop/ui/labels.py" line="236"/>
        <source>zatwierdzona</source>
        <translation>approved</translation>
    </message>
    <message>
        <location filename="../ops_desktop/ui/labels.py" line="239"/>
        <source>A – trudna sytuacja życiowa</source>
        <translation>A – difficult life situation</translation>
    </message>
    <message>
        <location filename="../ops_desktop/ui/labels.py" line="240"/>
        <source>B – osoba bezrobotna</source>
        <translation>B – unemployed person</translation>
    </message>
    <message>
        <location filename="../ops_desktop/ui/labels.py" line="244"/>
        <source>zawarty</source>
        <translation>signed</translation>
    </message>
    <message>
        <location filename="../ops_desktop/ui/labels.py" line="247"/>
        <source>cel osiągnięty</source>
        <translation>goal achieved</translation>
    </message>
    <message>
        <location filename="../ops_desktop/ui/labels.py" line="248"/>
        <source>zakończony przed terminem</source>
        <translation>ended early</translation>
    </message>
    <message>
        <location filename="../ops_desktop/ui/labels.py" line="249"/>
        <source>niedotrzymany przez osobę</source>
        <translation>broken by the person</translation>
    </message>
    <message>
        <location filename="../ops_desktop/ui/labels.py" line="253"/>
        <source>zakończony</source>
        <translation>completed</translation>
    </message>
    <message>
        <location filename="../ops_desktop/ui/labels.py" line="254"/>
        <source>odmowa przeprowadzenia wywiadu</source>
        <translation>interview refused</translation>
    </message>
    <message>
        <location filename="../ops_desktop/ui/labels.py" line="255"/>
        <source>odmowa złożenia oświadczenia majątkowego</source>
        <translation>statement of assets refused</translation>
    </message>
    <message>
        <location filename="../ops_desktop/ui/labels.py" line="256"/>
        <source>zamrożony (podstawa decyzji)</source>
        <translation>frozen (a decision relies on it)</translation>
    </message>
    <message>
        <location filename="../ops_desktop/ui/labels.py" line="259"/>
        <source>wywiad (część I)</source>
        <translation>interview (Part I)</translation>
    </message>
    <message>
        <location filename="../ops_desktop/ui/labels.py" line="260"/>
        <source>aktualizacja (część IV)</source>
        <translation>update (Part IV)</translation>
    </message>
    <message>
        <location filename="../ops_desktop/ui/labels.py" line="263"/>
        <source>osoba</source>
        <translation>person</translation>
    </message>
    <message>
        <location filename="../ops_desktop/ui/labels.py" line="264"/>
        <source>członek rodziny</source>
        <translation>family member</translation>
    </message>
    <message>
        <location filename="../ops_desktop/ui/labels.py" line="265"/>
        <source>pracownik socjalny</source>
        <translation>social worker</translation>
    </message>
    <message>
        <location filename="../ops_desktop/ui/labels.py" line="266"/>
        <source>inna instytucja</source>
        <translation>another institution</translation>
    </message>
    <message>
        <location filename="../ops_desktop/ui/labels.py" line="269"/>
        <source>nierozpoczęte</source>
        <translation>not started</translation>
    </message>
    <message>
        <location filename="../ops_desktop/ui/labels.py" line="271"/>
        <source>zrealizowane</source>
        <translation>done</translation>
    </message>
    <message>
        <location filename="../ops_desktop/ui/labels.py" line="272"/>
        <source>niezrealizowane</source>
        <translation>not done</translation>
    </message>
    <message>
        <location filename="../ops_desktop/ui/labels.py" line="275"/>
        <source>przelew na rachunek</source>
        <translation>bank transfer</translation>
    </message>
    <message>
        <location filename="../ops_desktop/ui/labels.py" line="276"/>
        <source>gotówka w kasie</source>
        <translation>cash at the cash desk</translation>
    </message>
    <message>
        <location filename="../ops_desktop/ui/labels.py" line="281"/>
        <source>wnioskodawca</source>
        <translation>applicant</translation>
    </message>
    <message>
        <location filename="../ops_desktop/ui/labels.py" line="282"/>
        <source>wnioskodawczyni</source>
        <translation>applicant</translation>
    </message>
    <message>
        <location filename="../ops_desktop/ui/labels.py" line="283"/>
        <source>wnioskodawca/wnioskodawczyni</source>
        <translation>applicant</translation>
    </message>
    <message>
        <location filename="../ops_desktop/ui/labels.py" line="284"/>
        <location filename="../ops_desktop/ui/placement_labels.py" line="35"/>
        <source>małżonek</source>
        <translation>spouse</translation>
    </message>
    <message>
        <location filename="../ops_desktop/ui/labels.py" line="285"/>
        <source>małżonka</source>
        <translation>wife</translation>
    </message>
    <message>
        <location filename="../ops_desktop/ui/labels.py" line="286"/>
        <source>małżonek/małżonka</source>
        <translation>spouse</translation>
    </message>
    <message>
        <location filename="../ops_desktop/ui/labels.py" line="287"/>
        <source>partner</source>
        <translation>partner</translation>
    </message>
    <message>
        <location filename="../ops_desktop/ui/labels.py" line="288"/>
        <source>partnerka</source>
        <translation>partner</translation>
    </message>
    <message>
        <location filename="../ops_desktop/ui/labels.py" line="289"/>
        <source>partner/partnerka</source>
        <translation>partner</translation>
    </message>
    <message>
        <location filename="../ops_desktop/ui/labels.py" line="290"/>
        <source>syn</source>
        <translation>son</translation>
    </message>
    <message>
        <location filename="../ops_desktop/ui/labels.py" line="291"/>
        <source>córka</source>
        <translation>daughter</translation>
    </message>
    <message>
        <location filename="../ops_desktop/ui/labels.py" line="292"/>
        <source>dziecko</source>
        <translation>child</translation>
    </message>
    <message>
        <location filename="../ops_desktop/ui/labels.py" line="293"/>
        <source>ojciec</source>
        <translation>father</translation>
    </message>
    <message>
        <location filename="../ops_desktop/ui/labels.py" line="294"/>
        <source>matka</source>
        <translation>mother</translation>
    </message>
    <message>
        <location filename="../ops_desktop/ui/labels.py" line="295"/>
        <source>rodzic</source>
        <translation>parent</translation>
    </message>
    <message>
        <location filename="../ops_desktop/ui/labels.py" line="296"/>
        <source>brat</source>
        <translation>brother</translation>
    </message>
    <message>
        <location filename="../ops_desktop/ui/labels.py" line="297"/>
        <source>siostra</source>
        <translation>sister</translation>
    </message>
    <message>
        <location filename="../ops_desktop/ui/labels.py" line="298"/>
        <source>rodzeństwo</source>
        <translation>sibling</translation>
    </message>
    <message>
        <location filename="../ops_desktop/ui/labels.py" line="299"/>
        <source>wnuk</source>
        <translation>grandchild</translation>
    </message>
    <message>
        <location filename="../ops_desktop/ui/labels.py" line="300"/>
        <source>wnuczka</source>
        <translation>granddaughter</translation>
    </message>
    <message>
        <location filename="../ops_desktop/ui/labels.py" line="301"/>
        <source>wnuk/wnuczka</source>
        <translation>grandchild</translation>
    </message>
    <message>
        <location filename="../ops_desktop/ui/labels.py" line="302"/>
        <source>dziadek</source>
        <translation>grandfather</translation>
    </message>
    <message>
        <location filename="../ops_desktop/ui/labels.py" line="303"/>
        <source>babcia</source>
        <translation>grandmother</translation>
    </message>
    <message>
        <location filename="../ops_desktop/ui/labels.py" line="304"/>
        <source>dziadek/babcia</source>
        <translation>grandparent</translation>
    </message>
    <message>
        <location filename="../ops_desktop/ui/labels.py" line="305"/>
        <source>inny krewny</source>
        <translation>other relative</translation>
    </message>
    <message>
        <location filename="../ops_desktop/ui/labels.py" line="306"/>
        <source>inna krewna</source>
        <translation>other relative</translation>
    </message>
    <message>
        <location filename="../ops_desktop/ui/labels.py" line="307"/>
        <source>inny krewny/inna krewna</source>
        <translation>other relative</translation>
    </message>
    <message>
        <location filename="../ops_desktop/ui/labels.py" line="308"/>
        <source>osoba niespokrewniona</source>
        <translation>unrelated person</translation>
    </message>
    <message>
        <location filename="../ops_desktop/ui/labels.py" line="313"/>
        <source>dowód osobisty</source>
        <translation>ID card</translation>
    </message>
    <message>
        <location filename="../ops_desktop/ui/labels.py" line="314"/>
        <source>paszport</source>
        <translation>passport</translation>
    </message>
    <message>
        <location filename="../ops_desktop/ui/labels.py" line="315"/>
        <source>karta pobytu</source>
        <translation>residence card</translation>
    </message>
    <message>
        <location filename="../ops_desktop/ui/labels.py" line="316"/>
        <source>inny dokument</source>
        <translation>other document</translation>
    </message>
    <message>
        <location filename="../ops_desktop/ui/labels.py" line="319"/>
        <source>ubóstwo</source>
        <translation>poverty</translation>
    </message>
    <message>
        <location filename="../ops_desktop/ui/labels.py" line="320"/>
        <source>sieroctwo</source>
        <translation>orphanhood</translation>
    </message>
    <message>
        <location filename="../ops_desktop/ui/labels.py" line="321"/>
        <source>bezdomność</source>
        <translation>homelessness</translation>
    </message>
    <message>
        <location filename="../ops_desktop/ui/labels.py" line="322"/>
        <source>bezrobocie</source>
        <translation>unemployment</translation>
    </message>
    <message>
        <location filename="../ops_desktop/ui/labels.py" line="323"/>
        <source>niepełnosprawność</source>
        <translation>disability</translation>
    </message>
    <message>
        <location filename="../ops_desktop/ui/labels.py" line="324"/>
        <source>długotrwała lub ciężka choroba</source>
        <translation>long-term or serious illness</translation>
    </message>
    <message>
        <location filename="../ops_desktop/ui/labels.py" line="325"/>
        <source>przemoc domowa</source>
        <translation>domestic violence</translation>
    </message>
    <message>
        <location filename="../ops_desktop/ui/labels.py" line="326"/>
        <source>ochrona ofiar handlu ludźmi</source>
        <translation>protection of victims of human trafficking</translation>
    </message>
    <message>
        <location filename="../ops_desktop/ui/labels.py" line="327"/>
        <source>ochrona macierzyństwa lub wielodzietności</source>
        <translation>protection of maternity or large families</translation>
    </message>
    <message>
        <location filename="../ops_desktop/ui/labels.py" line="328"/>
        <source>bezradność w sprawach opiekuńczo-wychowawczych</source>
        <translation>helplessness in care and parenting matters</translation>
    </message>
    <message>
        <location filename="../ops_desktop/ui/labels.py" line="329"/>
        <source>trudności w integracji cudzoziemców</source>
        <translation>difficulties integrating foreigners</translation>
    </message>
    <message>
        <location filename="../ops_desktop/ui/labels.py" line="330"/>
        <source>trudności po zwolnieniu z zakładu karnego</source>
        <translation>difficulties after release from prison</translation>
    </message>
    <message>
        <location filename="../ops_desktop/ui/labels.py" line="331"/>
        <source>alkoholizm lub narkomania</source>
        <translation>alcoholism or drug addiction</translation>
    </message>
    <message>
        <location filename="../ops_desktop/ui/labels.py" line="332"/>
        <source>zdarzenie losowe i sytuacja kryzysowa</source>
        <translation>unforeseen event and crisis situation</translation>
    </message>
    <message>
        <location filename="../ops_desktop/ui/labels.py" line="333"/>
        <source>klęska żywiołowa lub ekologiczna</source>
        <translation>natural or ecological disaster</translation>
    </message>
    <message>
        <location filename="../ops_desktop/ui/labels.py" line="334"/>
        <source>inna okoliczność</source>
        <translation>other circumstance</translation>
    </message>
    <message>
        <location filename="../ops_desktop/ui/labels.py" line="384"/>
        <source>notatka służbowa</source>
        <translation>file note</translation>
    </message>
    <message>
        <location filename="../ops_desktop/ui/labels.py" line="385"/>
        <source>wywiad środowiskowy</source>
        <translation>community interview</translation>
    </message>
    <message>
        <location filename="../ops_desktop/ui/labels.py" line="386"/>
        <source>wizyta w miejscu zamieszkania</source>
        <translation>home visit</translation>
    </message>
    <message>
        <location filename="../ops_desktop/ui/labels.py" line="387"/>
        <location filename="../ops_desktop/ui/labels.py" line="1014"/>
        <source>praca z rodziną</source>
        <translation>work with the family</translation>
    </message>
    <message>
        <location filename="../ops_desktop/ui/labels.py" line="388"/>
        <source>Niebieska Karta</source>
        <translation>Blue Card procedure</translation>
    </message>
    <message>
        <location filename="../ops_desktop/ui/labels.py" line="476"/>
        <source>kobieta</source>
        <translation>woman</translation>
    </message>
    <message>
        <location filename="../ops_desktop/ui/labels.py" line="477"/>
        <source>mężczyzna</source>
        <translation>man</translation>
    </message>
    <message>
        <location filename="../ops_desktop/ui/labels.py" line="481"/>
        <source>Decyzja</source>
        <translation>Decision</translation>
    </message>
    <message>
        <location filename="../ops_desktop/ui/labels.py" line="482"/>
        <source>Zawiadomienie o zwłoce (art. 36 KPA)</source>
        <translation>Notice of delay (KPA art. 36)</translation>
    </message>
    <message>
        <location filename="../ops_desktop/ui/labels.py" line="483"/>
        <source>Kontrakt socjalny</source>
        <translation>Social contract</translation>
    </message>
    <message>
        <location filename="../ops_desktop/ui/labels.py" line="484"/>
        <source>Wywiad środowiskowy</source>
        <translation>Family interview</translation>
    </message>
    <message>
        <location filename="../ops_desktop/ui/labels.py" line="485"/>
        <source>Rachunek za usługi opiekuńcze</source>
        <translation>Care services bill</translation>
    </message>
    <message>
        <location filename="../ops_desktop/ui/labels.py" line="486"/>
        <source>Lista wypłat</source>
        <translation>Payment list</translation>
    </message>
    <message>
        <location filename="../ops_desktop/ui/labels.py" line="487"/>
        <source>Karta skierowania</source>
        <translation>Referral slip</translation>
    </message>
    <message>
        <location filename="../ops_desktop/ui/labels.py" line="488"/>
        <source>Pismo – Niebieska Karta</source>
        <translation>Letter – Blue Card</translation>
    </message>
    <message>
        <location filename="../ops_desktop/ui/labels.py" line="489"/>
        <source>Decyzja – DPS (skierowanie, odpłatność)</source>
        <translation>Decision – care home (referral, fee)</translation>
    </message>
    <message>
        <location filename="../ops_desktop/ui/labels.py" line="490"/>
        <source>Decyzja – schronienie</source>
        <translation>Decision – shelter</translation>
    </message>
    <message>
        <location filename="../ops_desktop/ui/labels.py" line="491"/>
        <source>Niebieska Karta – formularz A</source>
        <translation>Blue Card – form A</translation>
    </message>
    <message>
        <location filename="../ops_desktop/ui/labels.py" line="492"/>
        <source>Niebieska Karta – formularz B</source>
        <translation>Blue Card – form B</translation>
    </message>
    <message>
        <location filename="../ops_desktop/ui/labels.py" line="493"/>
        <source>Niebieska Karta – formularz C</source>
        <translation>Blue Card – form C</translation>
    </message>
    <message>
        <location filename="../ops_desktop/ui/labels.py" line="494"/>
        <source>Niebieska Karta – formularz D</source>
        <translation>Blue Card – form D</translation>
    </message>
    <message>
        <location filename="../ops_desktop/ui/labels.py" line="495"/>
        <source>Oświadczenie o stanie majątkowym</source>
        <translation>Statement of assets</translation>
    </message>
    <message>
        <location filename="../ops_desktop/ui/labels.py" line="496"/>
        <source>Oświadczenie po wywiadzie elektronicznym</source>
        <translation>Statement after an electronic interview</translation>
    </message>
    <message>
        <location filename="../ops_desktop/ui/labels.py" line="497"/>
        <source>Program indywidualny / plan pomocy</source>
        <translation>Individual programme / help plan</translation>
    </message>
    <message>
        <location filename="../ops_desktop/ui/labels.py" line="498"/>
        <source>Wezwanie do usunięcia braków (art. 64 § 2 KPA)</source>
        <translation>Call to remedy defects (art. 64 § 2 KPA)</translation>
    </message>
    <message>
        <location filename="../ops_desktop/ui/labels.py" line="499"/>
        <source>Decyzja – posiłek</source>
        <translation>Decision – meals</translation>
    </message>
    <message>
        <location filename="../ops_desktop/ui/labels.py" line="500"/>
        <source>Statystyka (MRPiPS-03)</source>
        <translation>Statistics (MRPiPS-03)</translation>
    </message>
    <message>
        <location filename="../ops_desktop/ui/labels.py" line="501"/>
        <source>Protokół kontroli lub skargi (usługi)</source>
        <translation>Protocol of a check or complaint (services)</translation>
    </message>
    <message>
        <location filename="../ops_desktop/ui/labels.py" line="977"/>
        <source>cel pomocy osiągnięty</source>
        <translation>aim of the help achieved</translation>
    </message>
    <message>
        <location filename="../ops_desktop/ui/labels.py" line="978"/>
        <source>sprawa załatwiona decyzją</source>
        <translation>matter settled by decision</translation>
    </message>
    <message>
        <location filename="../ops_desktop/ui/labels.py" line="979"/>
        <source>rezygnacja osoby z pomocy</source>
        <translation>the person gave up the help</translation>
    </message>
    <message>
        <location filename="../ops_desktop/ui/labels.py" line="980"/>
        <source>brak współpracy osoby</source>
        <translation>the person does not cooperate</translation>
    </message>
    <message>
        <location filename="../ops_desktop/ui/labels.py" line="981"/>
        <source>zmiana miejsca pobytu (inna gmina)</source>
        <translation>moved away (another gmina)</translation>
    </message>
    <message>
        <location filename="../ops_desktop/ui/labels.py" line="982"/>
        <source>zgon osoby</source>
        <translation>death of the person</translation>
    </message>
    <message>
        <location filename="../ops_desktop/ui/labels.py" line="983"/>
        <source>inna</source>
        <translation>other</translation>
    </message>
    <message>
        <location filename="../ops_desktop/ui/labels.py" line="1010"/>
        <source>rozmowa / poradnictwo</source>
        <translation>conversation / counselling</translation>
    </message>
    <message>
        <location filename="../ops_desktop/ui/labels.py" line="1011"/>
        <source>wizyta w środowisku</source>
        <translation>home visit</translation>
    </message>
    <message>
        <location filename="../ops_desktop/ui/labels.py" line="1012"/>
        <source>sprawa urzędowa / pomoc w załatwieniu</source>
        <translation>official matter / help in arranging it</translation>
    </message>
    <message>
        <location filename="../ops_desktop/ui/labels.py" line="1013"/>
        <source>kontakt z instytucją</source>
        <translation>contact with an institution</translation>
    </message>
    <message>
        <location filename="../ops_desktop/ui/labels.py" line="1015"/>
        <source>inne</source>
        <translation>other</translation>
    </message>
    <message>
        <location filename="../ops_desktop/ui/labels.py" line="1019"/>
        <source>termin działania w kontrakcie socjalnym</source>
        <translation>deadline of an action in the social contract</translation>
    </message>
    <message>
        <location filename="../ops_desktop/ui/labels.py" line="1020"/>
        <source>koniec okresu kontraktu – ocena końcowa</source>
        <translation>end of the contract period – final review</translation>
    </message>
    <message>
        <location filename="../ops_desktop/ui/labels.py" line="1159"/>
        <source>opiekunki własne ośrodka</source>
        <translation>the centre&apos;s own carers</translation>
    </message>
    <message>
        <location filename="../ops_desktop/ui/labels.py" line="1160"/>
        <source>firma na umowie</source>
        <translation>contracted firm</translation>
    </message>
    <message>
        <location filename="../ops_desktop/ui/labels.py" line="1163"/>
        <source>kontrola jakości usług</source>
        <translation>check of care quality</translation>
    </message>
    <message>
        <location filename="../ops_desktop/ui/labels.py" line="1164"/>
        <source>skarga</source>
        <translation>complaint</translation>
    </message>
    <message>
        <location filename="../ops_desktop/ui/labels.py" line="1167"/>
        <source>wpisane</source>
        <translation>typed</translation>
    </message>
    <message>
        <location filename="../ops_desktop/ui/labels.py" line="1168"/>
        <source>z pliku wykonawcy</source>
        <translation>from the provider&apos;s file</translation>
    </message>
    <message>
        <location filename="../ops_desktop/ui/labels.py" line="1220"/>
        <source>bez zastrzeżeń</source>
        <translation>no remarks</translation>
    </message>
    <message>
        <location filename="../ops_desktop/ui/labels.py" line="1221"/>
        <source>stwierdzono uchybienia</source>
        <translation>deficiencies found</translation>
    </message>
    <message>
        <location filename="../ops_desktop/ui/labels.py" line="1222"/>
        <source>skarga zasadna</source>
        <translation>complaint justified</translation>
    </message>
    <message>
        <location filename="../ops_desktop/ui/labels.py" line="1223"/>
        <source>skarga częściowo zasadna</source>
        <translation>complaint partly justified</translation>
    </message>
    <message>
        <location filename="../ops_desktop/ui/labels.py" line="1224"/>
        <source>skarga niezasadna</source>
        <translation>complaint unjustified</translation>
    </message>
    <message>
        <location filename="../ops_desktop/ui/labels.py" line="1283"/>
        <source>formularz A u przewodniczącego zespołu</source>
        <translation>form A handed to the team&apos;s chair</translation>
    </message>
    <message>
        <location filename="../ops_desktop/ui/labels.py" line="1284"/>
        <source>powołanie grupy diagnostyczno-pomocowej</source>
        <translation>diagnostic-support group appointed</translation>
    </message>
    <message>
        <location filename="../ops_desktop/ui/labels.py" line="1285"/>
        <source>pierwsze posiedzenie grupy</source>
        <translation>the group&apos;s first meeting</translation>
    </message>
    <message>
        <location filename="../ops_desktop/ui/labels.py" line="1286"/>
        <source>zawiadomienie nieobecnej osoby stosującej przemoc</source>
        <translation>absent person using violence notified</translation>
    </message>
    <message>
        <location filename="../ops_desktop/ui/labels.py" line="1287"/>
        <source>formularz C</source>
        <translation>form C</translation>
    </message>
    <message>
        <location filename="../ops_desktop/ui/labels.py" line="1288"/>
        <source>formularz D</source>
        <translation>form D</translation>
    </message>
    <message>
        <location filename="../ops_desktop/ui/labels.py" line="1291"/>
        <source>ustanie przemocy i zrealizowanie planu pomocy</source>
        <translation>violence stopped and the help plan carried out</translation>
    </message>
    <message>
        <location filename="../ops_desktop/ui/labels.py" line="1292"/>
        <source>brak zasadności podejmowania działań</source>
        <translation>no grounds for taking action</translation>
    </message>
    <message>
        <location filename="../ops_desktop/ui/labels.py" line="1295"/>
        <source>osoba doznająca przemocy</source>
        <translation>person experiencing violence</translation>
    </message>
    <message>
        <location filename="../ops_desktop/ui/labels.py" line="1296"/>
        <source>osoba stosująca przemoc</source>
        <translation>person using violence</translation>
    </message>
    <message>
        <location filename="../ops_desktop/ui/labels.py" line="1298"/>
        <source>krok procedury Niebieska Karta</source>
        <translation>Niebieska Karta step</translation>
    </message>
    <message>
        <location filename="../ops_desktop/ui/labels.py" line="1299"/>
        <source>rodzinny wywiad środowiskowy</source>
        <translation>family community interview</translation>
    </message>
    <message>
        <location filename="../ops_desktop/ui/labels.py" line="1359"/>
        <source>rachunek zamknięty</source>
        <translation>account closed</translation>
    </message>
    <message>
        <location filename="../ops_desktop/ui/labels.py" line="1360"/>
        <source>błędny numer rachunku</source>
        <translation>wrong account number</translation>
    </message>
    <message>
        <location filename="../ops_desktop/ui/labels.py" line="1361"/>
        <source>niezgodna nazwa odbiorcy</source>
        <translation>payee name mismatch</translation>
    </message>
    <message>
        <location filename="../ops_desktop/ui/labels.py" line="1362"/>
        <source>zgon odbiorcy</source>
        <translation>payee deceased</translation>
    </message>
    <message>
        <location filename="../ops_desktop/ui/labels.py" line="1363"/>
        <source>inna przyczyna</source>
        <translation>other reason</translation>
    </message>
    <message>
        <location filename="../ops_desktop/ui/labels.py" line="1366"/>
        <source>potrącenie z wypłaty</source>
        <translation>deduction from a payment</translation>
    </message>
    <message>
        <location filename="../ops_desktop/ui/labels.py" line="1367"/>
        <source>wpłata w kasie</source>
        <translation>paid at the cashier</translation>
    </message>
    <message>
        <location filename="../ops_desktop/ui/labels.py" line="1368"/>
        <source>wpłata przelewem</source>
        <translation>paid by transfer</translation>
    </message>
    <message>
        <location filename="../ops_desktop/ui/labels.py" line="1371"/>
        <source>na wniosek osoby</source>
        <translation>at the person&apos;s request</translation>
    </message>
    <message>
        <location filename="../ops_desktop/ui/labels.py" line="1372"/>
        <source>na wniosek pracownika socjalnego</source>
        <translation>at the social worker&apos;s request</translation>
    </message>
    <message>
        <location filename="../ops_desktop/ui/labels.py" line="1375"/>
        <source>wypłata</source>
        <translation>payment</translation>
    </message>
    <message>
        <location filename="../ops_desktop/ui/labels.py" line="1376"/>
        <source>ponowna wypłata</source>
        <translation>re-issued</translation>
    </message>
    <message>
        <location filename="../ops_desktop/ui/labels.py" line="1377"/>
        <source>zwrot przelewu</source>
        <translation>transfer returned</translation>
    </message>
    <message>
        <location filename="../ops_desktop/ui/labels.py" line="1378"/>
        <source>należność (nienależnie pobrane)</source>
        <translation>claim (undue benefit)</translation>
    </message>
    <message>
        <location filename="../ops_desktop/ui/labels.py" line="1380"/>
        <source>umorzenie należności</source>
        <translation>claim waived</translation>
    </message>
    <message>
        <location filename="../ops_desktop/ui/labels.py" line="1428"/>
        <source>biegnie 7 dni organu</source>
        <translation>organ&apos;s 7 days running</translation>
    </message>
    <message>
        <location filename="../ops_desktop/ui/labels.py" line="1429"/>
        <source>uwzględniane – decyzja do podpisu</source>
        <translation>being granted – decision to sign</translation>
    </message>
    <message>
        <location filename="../ops_desktop/ui/labels.py" line="1430"/>
        <source>uwzględnione (art. 132)</source>
        <translation>granted (art. 132)</translation>
    </message>
    <message>
        <location filename="../ops_desktop/ui/labels.py" line="1431"/>
        <source>przekazane do SKO</source>
        <translation>forwarded to the SKO</translation>
    </message>
    <message>
        <location filename="../ops_desktop/ui/labels.py" line="1432"/>
        <source>rozstrzygnięte przez SKO</source>
        <translation>decided by the SKO</translation>
    </message>
    <message>
        <location filename="../ops_desktop/ui/labels.py" line="1435"/>
        <source>utrzymano w mocy (art. 138 § 1 pkt 1)</source>
        <translation>upheld (art. 138 § 1 pt 1)</translation>
    </message>
    <message>
        <location filename="../ops_desktop/ui/labels.py" line="1436"/>
        <source>uchylono i orzeczono co do istoty (art. 138 § 1 pkt 2)</source>
        <translation>quashed and decided on the merits (art. 138 § 1 pt 2)</translation>
    </message>
    <message>
        <location filename="../ops_desktop/ui/labels.py" line="1437"/>
        <source>uchylono i umorzono postępowanie (art. 138 § 1 pkt 2)</source>
        <translation>quashed and proceedings discontinued (art. 138 § 1 pt 2)</translation>
    </message>
    <message>
        <location filename="../ops_desktop/ui/labels.py" line="1438"/>
        <source>uchylono i przekazano do ponownego rozpatrzenia (art. 138 § 2)</source>
        <translation>quashed and remitted for reconsideration (art. 138 § 2)</translation>
    </message>
    <message>
        <location filename="../ops_desktop/ui/labels.py" line="1482"/>
        <source>osoby bezrobotne</source>
        <translation>unemployed persons</translation>
    </message>
    <message>
        <location filename="../ops_desktop/ui/labels.py" line="1483"/>
        <source>osoby starsze</source>
        <translation>older persons</translation>
    </message>
    <message>
        <location filename="../ops_desktop/ui/labels.py" line="1484"/>
        <source>osoby z niepełnosprawnościami</source>
        <translation>persons with disabilities</translation>
    </message>
    <message>
        <location filename="../ops_desktop/ui/labels.py" line="1485"/>
        <source>rodziny z dziećmi</source>
        <translation>families with children</translation>
    </message>
    <message>
        <location filename="../ops_desktop/ui/labels.py" line="1486"/>
        <source>rodziny dotknięte przemocą w rodzinie</source>
        <translation>families affected by domestic violence</translation>
    </message>
    <message>
        <location filename="../ops_desktop/ui/labels.py" line="1487"/>
        <source>osoby w kryzysie bezdomności</source>
        <translation>persons experiencing homelessness</translation>
    </message>
    <message>
        <location filename="../ops_desktop/ui/labels.py" line="1490"/>
        <source>nie rozpoczęto</source>
        <translation>not started</translation>
    </message>
    <message>
        <location filename="../ops_desktop/ui/labels.py" line="1492"/>
        <source>zrealizowano</source>
        <translation>done</translation>
    </message>
    <message>
        <location filename="../ops_desktop/ui/labels.py" line="1534"/>
        <source>aktualizacja wywiadu (co 6 miesięcy)</source>
        <translation>interview update (every 6 months)</translation>
    </message>
    <message>
        <location filename="../ops_desktop/ui/labels.py" line="1535"/>
        <source>termin działania w programie indywidualnym</source>
        <translation>deadline of an action in an individual programme</translation>
    </message>
    <message>
        <location filename="../ops_desktop/ui/labels.py" line="1536"/>
        <source>koniec okresu programu – ocena końcowa</source>
        <translation>end of the programme&apos;s period – final review</translation>
    </message>
    <message>
        <location filename="../ops_desktop/ui/placement_labels.py" line="29"/>
        <source>noclegownia</source>
        <translation>night shelter</translation>
    </message>
    <message>
        <location filename="../ops_desktop/ui/placement_labels.py" line="30"/>
        <source>schronisko dla osób bezdomnych</source>
        <translation>shelter for homeless persons</translation>
    </message>
    <message>
        <location filename="../ops_desktop/ui/placement_labels.py" line="31"/>
        <source>schronisko z usługami opiekuńczymi</source>
        <translation>shelter with care services</translation>
    </message>
    <message>
        <location filename="../ops_desktop/ui/placement_labels.py" line="32"/>
        <source>ogrzewalnia</source>
        <translation>warming centre</translation>
    </message>
    <message>
        <location filename="../ops_desktop/ui/placement_labels.py" line="36"/>
        <source>zstępny (dziecko, wnuk)</source>
        <translation>descendant (child, grandchild)</translation>
    </message>
    <message>
        <location filename="../ops_desktop/ui/placement_labels.py" line="37"/>
        <source>wstępny (rodzic, dziadek)</source>
        <translation>ascendant (parent, grandparent)</translation>
    </message>
    <message>
        <location filename="../ops_desktop/ui/placement_labels.py" line="40"/>
        <source>skierowanie do DPS</source>
        <translation>care home placement</translation>
    </message>
    <message>
        <location filename="../ops_desktop/ui/placement_labels.py" line="41"/>
        <source>odpłatność za DPS</source>
        <translation>care home fee</translation>
    </message>
    <message>
        <location filename="../ops_desktop/ui/meal_labels.py" line="23"/>
        <source>jeden gorący posiłek dziennie</source>
        <translation>one hot meal a day</translation>
    </message>
    <message>
        <location filename="../ops_desktop/ui/meal_labels.py" line="24"/>
        <source>posiłek dla dziecka w szkole</source>
        <translation>a meal for a child at school</translation>
    </message>
</context>
</TS>
