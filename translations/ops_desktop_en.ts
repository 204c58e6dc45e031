<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en" sourcelanguage="pl_PL">
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
        <location filename="../ops_desktop/ui/benefits/application_panel.py" line="229"/>
        <source>&lt;b&gt;%1&lt;/b&gt; (PESEL %2)&lt;br&gt;Sprawa %3 · %4 · wniosek z %5 · %6</source>
        <translation>&lt;b&gt;%1&lt;/b&gt; (PESEL %2)&lt;br&gt;Case %3 · %4 · application dated %5 · %6</translation>
    </message>
    <message>
        <location filename="../ops_desktop/ui/benefits/application_panel.py" line="242"/>
        <source>Nie przygotowano jeszcze decyzji.</source>
        <translation>No decision has been prepared yet.</translation>
    </message>
    <message>
        <location filename="../ops_desktop/ui/benefits/application_panel.py" line="244"/>
        <source>Projekt decyzji (%1) %2 – czeka na podpis.</source>
        <translation>Draft decision (%1) %2 – awaiting signature.</translation>
    </message>
    <message>
        <location filename="../ops_desktop/ui/benefits/application_panel.py" line="246"/>
        <source>Decyzja (%1) %2 – podpisana %3 przez %4.</source>
        <translation>Decision (%1) %2 – signed %3 by %4.</translation>
    </message>
    <message>
        <location filename="../ops_desktop/ui/benefits/application_panel.py" line="256"/>
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
    <name>BenefitsTab</name>
    <message>
        <location filename="../ops_desktop/ui/benefits/tab.py" line="46"/>
        <source>Data wpływu</source>
        <translation>Received</translation>
    </message>
    <message>
        <location filename="../ops_desktop/ui/benefits/tab.py" line="48"/>
        <source>Znak sprawy</source>
        <translation>Case ref.</translation>
    </message>
    <message>
        <location filename="../ops_desktop/ui/benefits/tab.py" line="49"/>
        <source>Osoba</source>
        <translation>Person</translation>
    </message>
    <message>
        <location filename="../ops_desktop/ui/benefits/tab.py" line="50"/>
        <source>PESEL</source>
        <translation>PESEL</translation>
    </message>
    <message>
        <location filename="../ops_desktop/ui/benefits/tab.py" line="51"/>
        <source>Forma pomocy</source>
        <translation>Form of assistance</translation>
    </message>
    <message>
        <location filename="../ops_desktop/ui/benefits/tab.py" line="52"/>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <location filename="../ops_desktop/ui/benefits/tab.py" line="54"/>
        <source>Wnioski</source>
        <translation>Applications</translation>
    </message>
    <message>
        <location filename="../ops_desktop/ui/benefits/tab.py" line="60"/>
        <source>Które wnioski pokazać</source>
        <translation>Which applications to show</translation>
    </message>
    <message>
        <location filename="../ops_desktop/ui/benefits/tab.py" line="61"/>
        <source>tylko w toku</source>
        <translation>in progress only</translation>
    </message>
    <message>
        <location filename="../ops_desktop/ui/benefits/tab.py" line="62"/>
        <source>wszystkie</source>
        <translation>all</translation>
    </message>
    <message>
        <location filename="../ops_desktop/ui/benefits/tab.py" line="64"/>
        <source>&amp;Nowy wniosek</source>
        <translation>&amp;New application</translation>
    </message>
    <message>
        <location filename="../ops_desktop/ui/benefits/tab.py" line="118"/>
        <source>Wnioski: %1</source>
        <translation>Applications: %1</translation>
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
    <name>CoordinatorTab</name>
    <message>
        <location filename="../ops_desktop/ui/coordinator/tab.py" line="49"/>
        <location filename="../ops_desktop/ui/coordinator/tab.py" line="69"/>
        <source>Projekty decyzji do podpisu</source>
        <translation>Draft decisions to sign</translation>
    </message>
    <message>
        <location filename="../ops_desktop/ui/coordinator/tab.py" line="50"/>
        <source>&amp;Podpisz zaznaczone</source>
        <translation>&amp;Sign selected</translation>
    </message>
    <message>
        <location filename="../ops_desktop/ui/coordinator/tab.py" line="51"/>
        <location filename="../ops_desktop/ui/coordinator/tab.py" line="63"/>
        <source>Podgląd</source>
        <translation>Preview</translation>
    </message>
    <message>
        <location filename="../ops_desktop/ui/coordinator/tab.py" line="58"/>
        <location filename="../ops_desktop/ui/coordinator/tab.py" line="71"/>
        <source>Decyzje podpisane</source>
        <translation>Signed decisions</translation>
    </message>
    <message>
        <location filename="../ops_desktop/ui/coordinator/tab.py" line="59"/>
        <source>&amp;Drukuj zaznaczone</source>
        <translation>&amp;Print selected</translation>
    </message>
    <message>
        <location filename="../ops_desktop/ui/coordinator/tab.py" line="61"/>
        <source>Drukuj &amp;wszystkie podpisane</source>
        <translation>Print &amp;all signed</translation>
    </message>
    <message>
        <location filename="../ops_desktop/ui/coordinator/tab.py" line="84"/>
        <source>Wydana</source>
        <translation>Issued</translation>
    </message>
    <message>
        <location filename="../ops_desktop/ui/coordinator/tab.py" line="87"/>
        <source>Znak sprawy</source>
        <translation>Case ref.</translation>
    </message>
    <message>
        <location filename="../ops_desktop/ui/coordinator/tab.py" line="88"/>
        <source>Osoba</source>
        <translation>Person</translation>
    </message>
    <message>
        <location filename="../ops_desktop/ui/coordinator/tab.py" line="89"/>
        <source>Forma pomocy</source>
        <translation>Form of assistance</translation>
    </message>
    <message>
        <location filename="../ops_desktop/ui/coordinator/tab.py" line="90"/>
        <source>Rodzaj</source>
        <translation>Type</translation>
    </message>
    <message>
        <location filename="../ops_desktop/ui/coordinator/tab.py" line="91"/>
        <source>Kwota</source>
        <translation>Amount</translation>
    </message>
    <message>
        <location filename="../ops_desktop/ui/coordinator/tab.py" line="93"/>
        <source>Okres</source>
        <translation>Period</translation>
    </message>
    <message>
        <location filename="../ops_desktop/ui/coordinator/tab.py" line="96"/>
        <source>Podpisał(a)</source>
        <translation>Signed by</translation>
    </message>
    <message>
        <location filename="../ops_desktop/ui/coordinator/tab.py" line="102"/>
        <source>bezterminowo</source>
        <translation>open-ended</translation>
    </message>
    <message>
        <location filename="../ops_desktop/ui/coordinator/tab.py" line="136"/>
        <source>Skierowania oczekujące: %1   |   Wnioski w toku: %2   |   Projekty decyzji do podpisu: %3</source>
        <translation>Pending referrals: %1   |   Applications in progress: %2   |   Draft decisions to sign: %3</translation>
    </message>
    <message>
        <location filename="../ops_desktop/ui/coordinator/tab.py" line="149"/>
        <source>Nie masz ważnego upoważnienia do podpisywania decyzji.</source>
        <translation>You do not hold a valid authorisation to sign decisions.</translation>
    </message>
    <message>
        <location filename="../ops_desktop/ui/coordinator/tab.py" line="161"/>
        <source>Zaznacz projekty decyzji do podpisu.</source>
        <translation>Select the draft decisions to sign.</translation>
    </message>
    <message>
        <location filename="../ops_desktop/ui/coordinator/tab.py" line="170"/>
        <source>Podpisano %1 z %2 decyzji.</source>
        <translation>Signed %1 of %2 decisions.</translation>
    </message>
    <message>
        <location filename="../ops_desktop/ui/coordinator/tab.py" line="181"/>
        <source>Zaznacz decyzje do wydruku.</source>
        <translation>Select the decisions to print.</translation>
    </message>
    <message>
        <location filename="../ops_desktop/ui/coordinator/tab.py" line="188"/>
        <source>Brak podpisanych decyzji.</source>
        <translation>No signed decisions.</translation>
    </message>
    <message>
        <location filename="../ops_desktop/ui/coordinator/tab.py" line="201"/>
        <source>Przygotowuję wydruk: %1 decyzji…</source>
        <translation>Preparing printout: %1 decisions…</translation>
    </message>
    <message>
        <location filename="../ops_desktop/ui/coordinator/tab.py" line="207"/>
        <source>Wydruk otwarty w przeglądarce PDF.</source>
        <translation>Printout opened in the PDF viewer.</translation>
    </message>
    <message>
        <location filename="../ops_desktop/ui/coordinator/tab.py" line="208"/>
        <source>Wydruk anulowano.</source>
        <translation>Printing cancelled.</translation>
    </message>
    <message>
        <location filename="../ops_desktop/ui/coordinator/tab.py" line="209"/>
        <source>Wydruk się nie udał.</source>
        <translation>Printing failed.</translation>
    </message>
</context>
<context>
    <name>DecisionDialog</name>
    <message>
        <location filename="../ops_desktop/ui/benefits/decision_dialog.py" line="61"/>
        <source>Projekt decyzji – %1</source>
        <translation>Draft decision – %1</translation>
    </message>
    <message>
        <location filename="../ops_desktop/ui/benefits/decision_dialog.py" line="69"/>
        <source>Rodzaj decyzji</source>
        <translation>Decision type</translation>
    </message>
    <message>
        <location filename="../ops_desktop/ui/benefits/decision_dialog.py" line="73"/>
        <source>Kwota świadczenia w złotych</source>
        <translation>Benefit amount in zloty</translation>
    </message>
    <message>
        <location filename="../ops_desktop/ui/benefits/decision_dialog.py" line="80"/>
        <source>Okres od</source>
        <translation>Period from</translation>
    </message>
    <message>
        <location filename="../ops_desktop/ui/benefits/decision_dialog.py" line="82"/>
        <source>Okres do</source>
        <translation>Period to</translation>
    </message>
    <message>
        <location filename="../ops_desktop/ui/benefits/decision_dialog.py" line="83"/>
        <source>&amp;bezterminowo</source>
        <translation>open-&amp;ended</translation>
    </message>
    <message>
        <location filename="../ops_desktop/ui/benefits/decision_dialog.py" line="85"/>
        <source>świadczenie &amp;jednorazowe (bez okresu)</source>
        <translation>o&amp;ne-off benefit (no period)</translation>
    </message>
    <message>
        <location filename="../ops_desktop/ui/benefits/decision_dialog.py" line="87"/>
        <source>Sposób wypłaty</source>
        <translation>Payment method</translation>
    </message>
    <message>
        <location filename="../ops_desktop/ui/benefits/decision_dialog.py" line="91"/>
        <source>Numer rachunku bankowego (IBAN)</source>
        <translation>Bank account number (IBAN)</translation>
    </message>
    <message>
        <location filename="../ops_desktop/ui/benefits/decision_dialog.py" line="95"/>
        <source>Uzasadnienie</source>
        <translation>Statement of reasons</translation>
    </message>
    <message>
        <location filename="../ops_desktop/ui/benefits/decision_dialog.py" line="114"/>
        <source>&amp;Zapisz projekt</source>
        <translation>&amp;Save draft</translation>
    </message>
    <message>
        <location filename="../ops_desktop/ui/benefits/decision_dialog.py" line="124"/>
        <source>&amp;Rodzaj:</source>
        <translation>&amp;Type:</translation>
    </message>
    <message>
        <location filename="../ops_desktop/ui/benefits/decision_dialog.py" line="125"/>
        <source>&amp;Kwota (zł):</source>
        <translation>&amp;Amount (zł):</translation>
    </message>
    <message>
        <location filename="../ops_desktop/ui/benefits/decision_dialog.py" line="127"/>
        <source>Okres &amp;od:</source>
        <translation>Period &amp;from:</translation>
    </message>
    <message>
        <location filename="../ops_desktop/ui/benefits/decision_dialog.py" line="129"/>
        <source>Okres &amp;do:</source>
        <translation>Period t&amp;o:</translation>
    </message>
    <message>
        <location filename="../ops_desktop/ui/benefits/decision_dialog.py" line="131"/>
        <source>&amp;Wypłata:</source>
        <translation>&amp;Payment:</translation>
    </message>
    <message>
        <location filename="../ops_desktop/ui/benefits/decision_dialog.py" line="132"/>
        <source>Rach&amp;unek:</source>
        <translation>Ban&amp;k account:</translation>
    </message>
    <message>
        <location filename="../ops_desktop/ui/benefits/decision_dialog.py" line="134"/>
        <source>Uzasadnie&amp;nie:</source>
        <translation>&amp;Reasons:</translation>
    </message>
    <message>
        <location filename="../ops_desktop/ui/benefits/decision_dialog.py" line="150"/>
        <source>spełnia warunki</source>
        <translation>meets the conditions</translation>
    </message>
    <message>
        <location filename="../ops_desktop/ui/benefits/decision_dialog.py" line="151"/>
        <source>nie spełnia warunków: %1</source>
        <translation>does not meet the conditions: %1</translation>
    </message>
    <message>
        <location filename="../ops_desktop/ui/benefits/decision_dialog.py" line="153"/>
        <source>%1 – %2, wniosek z %3. Ocena: %4.</source>
        <translation>%1 – %2, application dated %3. Assessment: %4.</translation>
    </message>
    <message>
        <location filename="../ops_desktop/ui/benefits/decision_dialog.py" line="163"/>
        <source>wyliczona %1</source>
        <translation>calculated %1</translation>
    </message>
    <message>
        <location filename="../ops_desktop/ui/benefits/decision_dialog.py" line="166"/>
        <source>od %1 do %2</source>
        <translation>from %1 to %2</translation>
    </message>
</context>
<context>
    <name>FirstContactTab</name>
    <message>
        <location filename="../ops_desktop/ui/first_contact/tab.py" line="46"/>
        <source>Szukaj osoby</source>
        <translation>Search for a person</translation>
    </message>
    <message>
        <location filename="../ops_desktop/ui/first_contact/tab.py" line="47"/>
        <source>Nazwisko (bez polskich znaków też) lub PESEL – Enter szuka</source>
        <translation>Surname (Polish letters optional) or PESEL – Enter searches</translation>
    </message>
    <message>
        <location filename="../ops_desktop/ui/first_contact/tab.py" line="58"/>
        <source>Nazwisko i imię</source>
        <translation>Surname, first name</translation>
    </message>
    <message>
        <location filename="../ops_desktop/ui/first_contact/tab.py" line="59"/>
        <source>PESEL</source>
        <translation>PESEL</translation>
    </message>
    <message>
        <location filename="../ops_desktop/ui/first_contact/tab.py" line="60"/>
        <source>Data urodzenia</source>
        <translation>Date of birth</translation>
    </message>
    <message>
        <location filename="../ops_desktop/ui/first_contact/tab.py" line="62"/>
        <source>Adres</source>
        <translation>Address</translation>
    </message>
    <message>
        <location filename="../ops_desktop/ui/first_contact/tab.py" line="64"/>
        <source>Znalezione osoby</source>
        <translation>People found</translation>
    </message>
    <message>
        <location filename="../ops_desktop/ui/first_contact/tab.py" line="71"/>
        <source>Nowa osoba / gospodarstwo (Ctrl+N)</source>
        <translation>New person / household (Ctrl+N)</translation>
    </message>
    <message>
        <location filename="../ops_desktop/ui/first_contact/tab.py" line="73"/>
        <source>Nowe zgłoszenie (Ctrl+I)</source>
        <translation>New intake (Ctrl+I)</translation>
    </message>
    <message>
        <location filename="../ops_desktop/ui/first_contact/tab.py" line="75"/>
        <source>Drukuj skierowanie (Ctrl+R)</source>
        <translation>Print referral (Ctrl+R)</translation>
    </message>
    <message>
        <location filename="../ops_desktop/ui/first_contact/tab.py" line="90"/>
        <source>&amp;Szukaj:</source>
        <translation>&amp;Search:</translation>
    </message>
    <message>
        <location filename="../ops_desktop/ui/first_contact/tab.py" line="164"/>
        <source>Wpisz nazwisko lub PESEL.</source>
        <translation>Enter a surname or PESEL.</translation>
    </message>
    <message>
        <location filename="../ops_desktop/ui/first_contact/tab.py" line="166"/>
        <source>Znaleziono: %1</source>
        <translation>Found: %1</translation>
    </message>
    <message>
        <location filename="../ops_desktop/ui/first_contact/tab.py" line="219"/>
        <source>Najpierw wyszukaj osobę i wybierz ją z listy.</source>
        <translation>First search for the person and select them in the list.</translation>
    </message>
    <message>
        <location filename="../ops_desktop/ui/first_contact/tab.py" line="237"/>
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
        <location filename="../ops_desktop/ui/inbox.py" line="118"/>
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
        <location filename="../ops_desktop/ui/main_window.py" line="62"/>
        <source>%1 – %2</source>
        <translation>%1 – %2</translation>
    </message>
    <message>
        <location filename="../ops_desktop/ui/main_window.py" line="76"/>
        <source>Zalogowano: %1 (%2)</source>
        <translation>Logged in: %1 (%2)</translation>
    </message>
    <message>
        <location filename="../ops_desktop/ui/main_window.py" line="82"/>
        <source>&amp;Plik</source>
        <translation>&amp;File</translation>
    </message>
    <message>
        <location filename="../ops_desktop/ui/main_window.py" line="83"/>
        <source>&amp;Zakończ</source>
        <translation>E&amp;xit</translation>
    </message>
    <message>
        <location filename="../ops_desktop/ui/main_window.py" line="92"/>
        <source>Pomo&amp;c</source>
        <translation>&amp;Help</translation>
    </message>
    <message>
        <location filename="../ops_desktop/ui/main_window.py" line="93"/>
        <location filename="../ops_desktop/ui/main_window.py" line="98"/>
        <source>O programie</source>
        <translation>About</translation>
    </message>
    <message>
        <location filename="../ops_desktop/ui/main_window.py" line="99"/>
        <source>ops_desktop %1 – program ośrodka pomocy społecznej.</source>
        <translation>ops_desktop %1 – software for a social assistance centre.</translation>
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
        <location filename="../ops_desktop/ui/first_contact/person_file.py" line="240"/>
        <source>Kartoteka osoby – %1</source>
        <translation>Person file – %1</translation>
    </message>
    <message>
        <location filename="../ops_desktop/ui/first_contact/person_file.py" line="241"/>
        <source>Kartoteka osoby</source>
        <translation>Person file</translation>
    </message>
    <message>
        <location filename="../ops_desktop/ui/first_contact/person_file.py" line="243"/>
        <source>Zamknij</source>
        <translation>Close</translation>
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
        <location filename="../ops_desktop/ui/first_contact/person_file.py" line="88"/>
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
        <location filename="../ops_desktop/ui/first_contact/person_file.py" line="87"/>
        <source>Numer</source>
        <translation>Number</translation>
    </message>
    <message>
        <location filename="../ops_desktop/ui/first_contact/person_file.py" line="89"/>
        <source>Do zespołu</source>
        <translation>To team</translation>
    </message>
    <message>
        <location filename="../ops_desktop/ui/first_contact/person_file.py" line="90"/>
        <location filename="../ops_desktop/ui/first_contact/person_file.py" line="101"/>
        <location filename="../ops_desktop/ui/first_contact/person_file.py" line="110"/>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <location filename="../ops_desktop/ui/first_contact/person_file.py" line="91"/>
        <source>Powód</source>
        <translation>Reason</translation>
    </message>
    <message>
        <location filename="../ops_desktop/ui/first_contact/person_file.py" line="94"/>
        <location filename="../ops_desktop/ui/first_contact/person_file.py" line="102"/>
        <location filename="../ops_desktop/ui/first_contact/person_file.py" line="105"/>
        <source>Znak sprawy</source>
        <translation>Case ref.</translation>
    </message>
    <message>
        <location filename="../ops_desktop/ui/first_contact/person_file.py" line="95"/>
        <source>Zespół</source>
        <translation>Team</translation>
    </message>
    <message>
        <location filename="../ops_desktop/ui/first_contact/person_file.py" line="96"/>
        <source>Założona</source>
        <translation>Opened</translation>
    </message>
    <message>
        <location filename="../ops_desktop/ui/first_contact/person_file.py" line="99"/>
        <source>Data wpływu</source>
        <translation>Received</translation>
    </message>
    <message>
        <location filename="../ops_desktop/ui/first_contact/person_file.py" line="100"/>
        <location filename="../ops_desktop/ui/first_contact/person_file.py" line="106"/>
        <source>Forma pomocy</source>
        <translation>Form of assistance</translation>
    </message>
    <message>
        <location filename="../ops_desktop/ui/first_contact/person_file.py" line="107"/>
        <source>Rodzaj</source>
        <translation>Type</translation>
    </message>
    <message>
        <location filename="../ops_desktop/ui/first_contact/person_file.py" line="108"/>
        <source>Kwota</source>
        <translation>Amount</translation>
    </message>
    <message>
        <location filename="../ops_desktop/ui/first_contact/person_file.py" line="111"/>
        <source>Data wydania</source>
        <translation>Issued on</translation>
    </message>
    <message>
        <location filename="../ops_desktop/ui/first_contact/person_file.py" line="114"/>
        <location filename="../ops_desktop/ui/first_contact/person_file.py" line="145"/>
        <source>Gospodarstwo domowe</source>
        <translation>Household</translation>
    </message>
    <message>
        <location filename="../ops_desktop/ui/first_contact/person_file.py" line="121"/>
        <source>Zgłoszenia (%1)</source>
        <translation>Intakes (%1)</translation>
    </message>
    <message>
        <location filename="../ops_desktop/ui/first_contact/person_file.py" line="122"/>
        <source>Skierowania (%1)</source>
        <translation>Referrals (%1)</translation>
    </message>
    <message>
        <location filename="../ops_desktop/ui/first_contact/person_file.py" line="123"/>
        <source>Sprawy (%1)</source>
        <translation>Cases (%1)</translation>
    </message>
    <message>
        <location filename="../ops_desktop/ui/first_contact/person_file.py" line="124"/>
        <source>Wnioski (%1)</source>
        <translation>Applications (%1)</translation>
    </message>
    <message>
        <location filename="../ops_desktop/ui/first_contact/person_file.py" line="125"/>
        <source>Decyzje (%1)</source>
        <translation>Decisions (%1)</translation>
    </message>
    <message>
        <location filename="../ops_desktop/ui/first_contact/person_file.py" line="128"/>
        <source>Zgłoszenia osoby</source>
        <translation>Person&apos;s intakes</translation>
    </message>
    <message>
        <location filename="../ops_desktop/ui/first_contact/person_file.py" line="129"/>
        <source>Skierowania osoby</source>
        <translation>Person&apos;s referrals</translation>
    </message>
    <message>
        <location filename="../ops_desktop/ui/first_contact/person_file.py" line="130"/>
        <source>Sprawy osoby</source>
        <translation>Person&apos;s cases</translation>
    </message>
    <message>
        <location filename="../ops_desktop/ui/first_contact/person_file.py" line="131"/>
        <source>Wnioski osoby</source>
        <translation>Person&apos;s applications</translation>
    </message>
    <message>
        <location filename="../ops_desktop/ui/first_contact/person_file.py" line="132"/>
        <source>Decyzje wydane dla osoby</source>
        <translation>Decisions issued for the person</translation>
    </message>
    <message>
        <location filename="../ops_desktop/ui/first_contact/person_file.py" line="154"/>
        <source>Wyszukaj osobę i naciśnij Enter, aby zobaczyć jej kartotekę.</source>
        <translation>Search for a person and press Enter to see their file.</translation>
    </message>
    <message>
        <location filename="../ops_desktop/ui/first_contact/person_file.py" line="168"/>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <location filename="../ops_desktop/ui/first_contact/person_file.py" line="174"/>
        <source>PESEL %1</source>
        <translation>PESEL %1</translation>
    </message>
    <message>
        <location filename="../ops_desktop/ui/first_contact/person_file.py" line="182"/>
        <source>brak</source>
        <translation>none</translation>
    </message>
    <message>
        <location filename="../ops_desktop/ui/first_contact/person_file.py" line="194"/>
        <source>kobieta</source>
        <translation>female</translation>
    </message>
    <message>
        <location filename="../ops_desktop/ui/first_contact/person_file.py" line="194"/>
        <source>mężczyzna</source>
        <translation>male</translation>
    </message>
    <message>
        <location filename="../ops_desktop/ui/first_contact/person_file.py" line="196"/>
        <source>nie podano</source>
        <translation>not given</translation>
    </message>
    <message>
        <location filename="../ops_desktop/ui/first_contact/person_file.py" line="197"/>
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
        <location filename="../ops_desktop/ui/first_contact/returned.py" line="47"/>
        <source>Zwrócone skierowania (30 dni): %1</source>
        <translation>Returned referrals (30 days): %1</translation>
    </message>
</context>
<context>
    <name>UserChooser</name>
    <message>
        <location filename="../ops_desktop/ui/main_window.py" line="113"/>
        <source>Wybierz użytkownika</source>
        <translation>Choose user</translation>
    </message>
    <message>
        <location filename="../ops_desktop/ui/main_window.py" line="116"/>
        <source>Użytkownicy</source>
        <translation>Users</translation>
    </message>
    <message>
        <location filename="../ops_desktop/ui/main_window.py" line="129"/>
        <source>Kto pracuje przy tym komputerze?</source>
        <translation>Who is working at this computer?</translation>
    </message>
</context>
<context>
    <name>app</name>
    <message>
        <location filename="../ops_desktop/app.py" line="70"/>
        <source>Baza nie ma jeszcze użytkowników. Uruchom program z opcją --demo albo utwórz biuro poleceniem &apos;ops-desktop demo&apos;.</source>
        <translation>The database has no users yet. Start the program with the --demo option or create an office with the command &apos;ops-desktop demo&apos;.</translation>
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
        <location filename="../ops_desktop/ui/labels.py" line="28"/>
        <source>To pole jest wymagane.</source>
        <translation>This field is required.</translation>
    </message>
    <message>
        <location filename="../ops_desktop/ui/labels.py" line="29"/>
        <source>Tekst jest za długi.</source>
        <translation>The text is too long.</translation>
    </message>
    <message>
        <location filename="../ops_desktop/ui/labels.py" line="30"/>
        <source>Pole zawiera niedozwolone znaki.</source>
        <translation>The field contains characters that are not allowed.</translation>
    </message>
    <message>
        <location filename="../ops_desktop/ui/labels.py" line="31"/>
        <source>Nieprawidłowy numer PESEL (suma kontrolna lub data).</source>
        <translation>Invalid PESEL number (check digit or date).</translation>
    </message>
    <message>
        <location filename="../ops_desktop/ui/labels.py" line="32"/>
        <source>Data urodzenia nie zgadza się z numerem PESEL.</source>
        <translation>The date of birth does not match the PESEL number.</translation>
    </message>
    <message>
        <location filename="../ops_desktop/ui/labels.py" line="33"/>
        <source>Płeć nie zgadza się z numerem PESEL.</source>
        <translation>The sex does not match the PESEL number.</translation>
    </message>
    <message>
        <location filename="../ops_desktop/ui/labels.py" line="34"/>
        <source>Podaj PESEL albo rodzaj i numer dokumentu tożsamości.</source>
        <translation>Enter a PESEL or the type and number of an identity document.</translation>
    </message>
    <message>
        <location filename="../ops_desktop/ui/labels.py" line="35"/>
        <source>Osoba z tym numerem PESEL jest już w kartotece – wyszukaj ją.</source>
        <translation>A person with this PESEL is already on file – search for them.</translation>
    </message>
    <message>
        <location filename="../ops_desktop/ui/labels.py" line="36"/>
        <source>Ten sam PESEL podano dwa razy w gospodarstwie.</source>
        <translation>The same PESEL was entered twice in the household.</translation>
    </message>
    <message>
        <location filename="../ops_desktop/ui/labels.py" line="37"/>
        <source>Data nie może być z przyszłości.</source>
        <translation>The date cannot be in the future.</translation>
    </message>
    <message>
        <location filename="../ops_desktop/ui/labels.py" line="38"/>
        <source>Data jest zbyt odległa.</source>
        <translation>The date is too far in the past.</translation>
    </message>
    <message>
        <location filename="../ops_desktop/ui/labels.py" line="39"/>
        <source>Kod pocztowy w formacie 00-000.</source>
        <translation>Postcode must be in the format 00-000.</translation>
    </message>
    <message>
        <location filename="../ops_desktop/ui/labels.py" line="40"/>
        <source>Nieprawidłowy numer telefonu.</source>
        <translation>Invalid phone number.</translation>
    </message>
    <message>
        <location filename="../ops_desktop/ui/labels.py" line="41"/>
        <source>Data końcowa jest wcześniejsza niż początkowa.</source>
        <translation>The end date is earlier than the start date.</translation>
    </message>
    <message>
        <location filename="../ops_desktop/ui/labels.py" line="42"/>
        <source>Podaj kwotę nieujemną, najwyżej z dwoma miejscami po przecinku.</source>
        <translation>Enter a non-negative amount with at most two decimal places.</translation>
    </message>
    <message>
        <location filename="../ops_desktop/ui/labels.py" line="43"/>
        <source>Kwota przekracza maksymalną kwotę wyliczoną z ustawy.</source>
        <translation>The amount exceeds the maximum calculated under the Act.</translation>
    </message>
    <message>
        <location filename="../ops_desktop/ui/labels.py" line="44"/>
        <source>Kwota jest niższa niż minimalna kwota wynikająca z ustawy.</source>
        <translation>The amount is below the minimum set by the Act.</translation>
    </message>
    <message>
        <location filename="../ops_desktop/ui/labels.py" line="45"/>
        <source>Zasiłek stały przyznaje się w kwocie wyliczonej z ustawy.</source>
        <translation>The permanent allowance is granted in the amount calculated under the Act.</translation>
    </message>
    <message>
        <location filename="../ops_desktop/ui/labels.py" line="46"/>
        <source>Nieprawidłowy numer rachunku bankowego.</source>
        <translation>Invalid bank account number.</translation>
    </message>
    <message>
        <location filename="../ops_desktop/ui/labels.py" line="47"/>
        <source>Wnioskodawca nie spełnia warunków – możliwa jest tylko decyzja odmowna.</source>
        <translation>The applicant does not meet the conditions – only a refusal decision is possible.</translation>
    </message>
    <message>
        <location filename="../ops_desktop/ui/labels.py" line="48"/>
        <source>Dochód można przypisać tylko członkowi gospodarstwa.</source>
        <translation>Income can only be assigned to a household member.</translation>
    </message>
    <message>
        <location filename="../ops_desktop/ui/labels.py" line="49"/>
        <source>Wybierz inny zespół niż pierwszy kontakt.</source>
        <translation>Choose a team other than first contact.</translation>
    </message>
    <message>
        <location filename="../ops_desktop/ui/labels.py" line="50"/>
        <source>Nie masz uprawnień do tej czynności.</source>
        <translation>You do not have permission for this action.</translation>
    </message>
    <message>
        <location filename="../ops_desktop/ui/labels.py" line="51"/>
        <source>Nie znaleziono rekordu – mógł zostać usunięty.</source>
        <translation>Record not found – it may have been deleted.</translation>
    </message>
    <message>
        <location filename="../ops_desktop/ui/labels.py" line="52"/>
        <source>To skierowanie zostało już przyjęte lub zwrócone.</source>
        <translation>This referral has already been accepted or returned.</translation>
    </message>
    <message>
        <location filename="../ops_desktop/ui/labels.py" line="53"/>
        <source>W sprawie tego wniosku wydano już decyzję.</source>
        <translation>A decision has already been issued on this application.</translation>
    </message>
    <message>
        <location filename="../ops_desktop/ui/labels.py" line="54"/>
        <source>Decyzja jest podpisana i nie może być zmieniona.</source>
        <translation>The decision is signed and cannot be changed.</translation>
    </message>
    <message>
        <location filename="../ops_desktop/ui/labels.py" line="55"/>
        <source>Dochody zmieniły się po przygotowaniu projektu – przygotuj decyzję ponownie.</source>
        <translation>The incomes changed after the draft was prepared – prepare the decision again.</translation>
    </message>
    <message>
        <location filename="../ops_desktop/ui/labels.py" line="56"/>
        <source>Brak miejsca na dysku – nic nie zapisano. Zwolnij miejsce i spróbuj ponownie; wpisane dane pozostały w formularzu.</source>
        <translation>Out of disk space – nothing was saved. Free up some space and try again; the data you entered is still in the form.</translation>
    </message>
    <message>
        <location filename="../ops_desktop/ui/labels.py" line="57"/>
        <source>Plik bazy danych jest tylko do odczytu – nic nie zapisano. Wpisane dane pozostały w formularzu.</source>
        <translation>The database file is read-only – nothing was saved. The data you entered is still in the form.</translation>
    </message>
    <message>
        <location filename="../ops_desktop/ui/labels.py" line="58"/>
        <source>Baza danych jest zajęta przez inny program – spróbuj za chwilę. Wpisane dane pozostały w formularzu.</source>
        <translation>The database is in use by another program – try again in a moment. The data you entered is still in the form.</translation>
    </message>
    <message>
        <location filename="../ops_desktop/ui/labels.py" line="59"/>
        <source>Plik bazy danych jest uszkodzony. Przywróć kopię zapasową.</source>
        <translation>The database file is damaged. Restore a backup copy.</translation>
    </message>
    <message>
        <location filename="../ops_desktop/ui/labels.py" line="60"/>
        <source>Nie można otworzyć pliku bazy danych (brak folderu lub dostępu).</source>
        <translation>Cannot open the database file (folder missing or no access).</translation>
    </message>
</context>
<context>
    <name>forms</name>
    <message>
        <location filename="../ops_desktop/ui/forms.py" line="97"/>
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
        <location filename="../ops_desktop/ui/labels.py" line="64"/>
        <source>dochód nie jest niższy od kryterium</source>
        <translation>income is not below the criterion</translation>
    </message>
    <message>
        <location filename="../ops_desktop/ui/labels.py" line="65"/>
        <source>dochód wnioskodawcy nie jest niższy od kryterium na osobę</source>
        <translation>applicant&apos;s income is not below the per-person criterion</translation>
    </message>
    <message>
        <location filename="../ops_desktop/ui/labels.py" line="66"/>
        <source>dochód na osobę nie jest niższy od kryterium</source>
        <translation>income per person is not below the criterion</translation>
    </message>
    <message>
        <location filename="../ops_desktop/ui/labels.py" line="67"/>
        <source>dochód przekracza kryterium</source>
        <translation>income exceeds the criterion</translation>
    </message>
    <message>
        <location filename="../ops_desktop/ui/labels.py" line="68"/>
        <source>kwota ograniczona do maksymalnej</source>
        <translation>amount capped at the maximum</translation>
    </message>
    <message>
        <location filename="../ops_desktop/ui/labels.py" line="69"/>
        <source>kwota podniesiona do minimalnej</source>
        <translation>amount raised to the minimum</translation>
    </message>
    <message>
        <location filename="../ops_desktop/ui/labels.py" line="70"/>
        <source>brak niezdolności do pracy z powodu wieku lub niepełnosprawności</source>
        <translation>no incapacity for work due to age or disability</translation>
    </message>
</context>
<context>
    <name>vocab</name>
    <message>
        <location filename="../ops_desktop/ui/labels.py" line="74"/>
        <source>Pierwszy kontakt</source>
        <translation>First contact</translation>
    </message>
    <message>
        <location filename="../ops_desktop/ui/labels.py" line="75"/>
        <source>Świadczenia</source>
        <translation>Benefits</translation>
    </message>
    <message>
        <location filename="../ops_desktop/ui/labels.py" line="76"/>
        <source>Praca socjalna</source>
        <translation>Social work</translation>
    </message>
    <message>
        <location filename="../ops_desktop/ui/labels.py" line="77"/>
        <source>Usługi</source>
        <translation>Services</translation>
    </message>
    <message>
        <location filename="../ops_desktop/ui/labels.py" line="81"/>
        <source>Koordynator</source>
        <translation>Coordinator</translation>
    </message>
    <message>
        <location filename="../ops_desktop/ui/labels.py" line="84"/>
        <source>osobiście</source>
        <translation>in person</translation>
    </message>
    <message>
        <location filename="../ops_desktop/ui/labels.py" line="85"/>
        <source>telefonicznie</source>
        <translation>by phone</translation>
    </message>
    <message>
        <location filename="../ops_desktop/ui/labels.py" line="86"/>
        <source>pismo</source>
        <translation>letter</translation>
    </message>
    <message>
        <location filename="../ops_desktop/ui/labels.py" line="87"/>
        <source>e-mail / ePUAP</source>
        <translation>e-mail / ePUAP</translation>
    </message>
    <message>
        <location filename="../ops_desktop/ui/labels.py" line="88"/>
        <source>z urzędu</source>
        <translation>ex officio</translation>
    </message>
    <message>
        <location filename="../ops_desktop/ui/labels.py" line="91"/>
        <source>udzielono informacji lub porady</source>
        <translation>information or advice given</translation>
    </message>
    <message>
        <location filename="../ops_desktop/ui/labels.py" line="92"/>
        <source>skierowano do zespołu</source>
        <translation>referred to a team</translation>
    </message>
    <message>
        <location filename="../ops_desktop/ui/labels.py" line="93"/>
        <source>przyjęto wniosek</source>
        <translation>application lodged</translation>
    </message>
    <message>
        <location filename="../ops_desktop/ui/labels.py" line="96"/>
        <source>oczekuje</source>
        <translation>pending</translation>
    </message>
    <message>
        <location filename="../ops_desktop/ui/labels.py" line="97"/>
        <source>przyjęte</source>
        <translation>accepted</translation>
    </message>
    <message>
        <location filename="../ops_desktop/ui/labels.py" line="98"/>
        <source>zwrócone</source>
        <translation>returned</translation>
    </message>
    <message>
        <location filename="../ops_desktop/ui/labels.py" line="101"/>
        <source>zasiłek stały</source>
        <translation>permanent allowance</translation>
    </message>
    <message>
        <location filename="../ops_desktop/ui/labels.py" line="102"/>
        <source>zasiłek okresowy</source>
        <translation>periodic allowance</translation>
    </message>
    <message>
        <location filename="../ops_desktop/ui/labels.py" line="103"/>
        <source>zasiłek celowy</source>
        <translation>purpose allowance</translation>
    </message>
    <message>
        <location filename="../ops_desktop/ui/labels.py" line="104"/>
        <source>specjalny zasiłek celowy</source>
        <translation>special purpose allowance</translation>
    </message>
    <message>
        <location filename="../ops_desktop/ui/labels.py" line="107"/>
        <source>w toku</source>
        <translation>in progress</translation>
    </message>
    <message>
        <location filename="../ops_desktop/ui/labels.py" line="108"/>
        <source>rozstrzygnięty</source>
        <translation>decided</translation>
    </message>
    <message>
        <location filename="../ops_desktop/ui/labels.py" line="109"/>
        <source>wycofany</source>
        <translation>withdrawn</translation>
    </message>
    <message>
        <location filename="../ops_desktop/ui/labels.py" line="112"/>
        <source>przyznająca</source>
        <translation>granting</translation>
    </message>
    <message>
        <location filename="../ops_desktop/ui/labels.py" line="113"/>
        <source>odmowna</source>
        <translation>refusal</translation>
    </message>
    <message>
        <location filename="../ops_desktop/ui/labels.py" line="116"/>
        <source>projekt</source>
        <translation>draft</translation>
    </message>
    <message>
        <location filename="../ops_desktop/ui/labels.py" line="117"/>
        <source>podpisana</source>
        <translation>signed</translation>
    </message>
    <message>
        <location filename="../ops_desktop/ui/labels.py" line="120"/>
        <source>przelew na rachunek</source>
        <translation>bank transfer</translation>
    </message>
    <message>
        <location filename="../ops_desktop/ui/labels.py" line="121"/>
        <source>gotówka w kasie</source>
        <translation>cash at the cash desk</translation>
    </message>
    <message>
        <location filename="../ops_desktop/ui/labels.py" line="124"/>
        <source>wnioskodawca</source>
        <translation>applicant</translation>
    </message>
    <message>
        <location filename="../ops_desktop/ui/labels.py" line="125"/>
        <source>małżonek</source>
        <translation>spouse</translation>
    </message>
    <message>
        <location filename="../ops_desktop/ui/labels.py" line="126"/>
        <source>partner</source>
        <translation>partner</translation>
    </message>
    <message>
        <location filename="../ops_desktop/ui/labels.py" line="127"/>
        <source>dziecko</source>
        <translation>child</translation>
    </message>
    <message>
        <location filename="../ops_desktop/ui/labels.py" line="128"/>
        <source>rodzic</source>
        <translation>parent</translation>
    </message>
    <message>
        <location filename="../ops_desktop/ui/labels.py" line="129"/>
        <source>rodzeństwo</source>
        <translation>sibling</translation>
    </message>
    <message>
        <location filename="../ops_desktop/ui/labels.py" line="130"/>
        <source>wnuk</source>
        <translation>grandchild</translation>
    </message>
    <message>
        <location filename="../ops_desktop/ui/labels.py" line="131"/>
        <source>dziadek/babcia</source>
        <translation>grandparent</translation>
    </message>
    <message>
        <location filename="../ops_desktop/ui/labels.py" line="132"/>
        <source>inny krewny</source>
        <translation>other relative</translation>
    </message>
    <message>
        <location filename="../ops_desktop/ui/labels.py" line="133"/>
        <source>osoba niespokrewniona</source>
        <translation>unrelated person</translation>
    </message>
    <message>
        <location filename="../ops_desktop/ui/labels.py" line="136"/>
        <source>dowód osobisty</source>
        <translation>ID card</translation>
    </message>
    <message>
        <location filename="../ops_desktop/ui/labels.py" line="137"/>
        <source>paszport</source>
        <translation>passport</translation>
    </message>
    <message>
        <location filename="../ops_desktop/ui/labels.py" line="138"/>
        <source>karta pobytu</source>
        <translation>residence card</translation>
    </message>
    <message>
        <location filename="../ops_desktop/ui/labels.py" line="139"/>
        <source>inny dokument</source>
        <translation>other document</translation>
    </message>
    <message>
        <location filename="../ops_desktop/ui/labels.py" line="142"/>
        <source>ubóstwo</source>
        <translation>poverty</translation>
    </message>
    <message>
        <location filename="../ops_desktop/ui/labels.py" line="143"/>
        <source>sieroctwo</source>
        <translation>orphanhood</translation>
    </message>
    <message>
        <location filename="../ops_desktop/ui/labels.py" line="144"/>
        <source>bezdomność</source>
        <translation>homelessness</translation>
    </message>
    <message>
        <location filename="../ops_desktop/ui/labels.py" line="145"/>
        <source>bezrobocie</source>
        <translation>unemployment</translation>
    </message>
    <message>
        <location filename="../ops_desktop/ui/labels.py" line="146"/>
        <source>niepełnosprawność</source>
        <translation>disability</translation>
    </message>
    <message>
        <location filename="../ops_desktop/ui/labels.py" line="147"/>
        <source>długotrwała lub ciężka choroba</source>
        <translation>long-term or serious illness</translation>
    </message>
    <message>
        <location filename="../ops_desktop/ui/labels.py" line="148"/>
        <source>przemoc domowa</source>
        <translation>domestic violence</translation>
    </message>
    <message>
        <location filename="../ops_desktop/ui/labels.py" line="149"/>
        <source>ochrona ofiar handlu ludźmi</source>
        <translation>protection of victims of human trafficking</translation>
    </message>
    <message>
        <location filename="../ops_desktop/ui/labels.py" line="150"/>
        <source>ochrona macierzyństwa lub wielodzietności</source>
        <translation>protection of maternity or large families</translation>
    </message>
    <message>
        <location filename="../ops_desktop/ui/labels.py" line="151"/>
        <source>bezradność w sprawach opiekuńczo-wychowawczych</source>
        <translation>helplessness in care and parenting matters</translation>
    </message>
    <message>
        <location filename="../ops_desktop/ui/labels.py" line="152"/>
        <source>trudności w integracji cudzoziemców</source>
        <translation>difficulties integrating foreigners</translation>
    </message>
    <message>
        <location filename="../ops_desktop/ui/labels.py" line="153"/>
        <source>trudności po zwolnieniu z zakładu karnego</source>
        <translation>difficulties after release from prison</translation>
    </message>
    <message>
        <location filename="../ops_desktop/ui/labels.py" line="154"/>
        <source>alkoholizm lub narkomania</source>
        <translation>alcoholism or drug addiction</translation>
    </message>
    <message>
        <location filename="../ops_desktop/ui/labels.py" line="155"/>
        <source>zdarzenie losowe i sytuacja kryzysowa</source>
        <translation>unforeseen event and crisis situation</translation>
    </message>
    <message>
        <location filename="../ops_desktop/ui/labels.py" line="156"/>
        <source>klęska żywiołowa lub ekologiczna</source>
        <translation>natural or ecological disaster</translation>
    </message>
    <message>
        <location filename="../ops_desktop/ui/labels.py" line="157"/>
        <source>inna okoliczność</source>
        <translation>other circumstance</translation>
    </message>
</context>
</TS>
