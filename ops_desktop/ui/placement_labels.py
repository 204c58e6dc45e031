"""Words on screen for DPS placements and shelters: their error codes, the audit log's
names of their records and fields, and the forms of shelter. ui/labels.py imports this last,
so the tables below join its own."""

from __future__ import annotations

from PySide6.QtCore import QT_TRANSLATE_NOOP

from ops_desktop.ui import labels

labels.ERRORS.update({
    "shelter_needs_interview": QT_TRANSLATE_NOOP("errors", "Schronienie przyznaje się po przeprowadzeniu wywiadu środowiskowego – wybierz wywiad zakończony (z datą przeprowadzenia)."),
    "interview_missing": QT_TRANSLATE_NOOP("errors", "Ten wywiad nie dotyczy osoby ani jej rodziny."),
    "before_interview": QT_TRANSLATE_NOOP("errors", "Decyzja nie może być wcześniejsza niż przeprowadzony wywiad."),
    "shelter_not_open": QT_TRANSLATE_NOOP("errors", "W tym dniu placówka nie ma miejsc w wykazie."),
    "shelter_full": QT_TRANSLATE_NOOP("errors", "Wszystkie miejsca tej placówki są zajęte w pierwszym dniu pobytu."),
    "nothing_changed": QT_TRANSLATE_NOOP("errors", "Nic się nie zmieniło – nie ma czego zgłaszać."),
    "places_invalid": QT_TRANSLATE_NOOP("errors", "Liczba miejsc: liczba całkowita od 1 do 10 000."),
    "no_dps_cost": QT_TRANSLATE_NOOP("errors", "Brak średniego kosztu utrzymania w tym DPS obowiązującego od tego dnia – wpisz go najpierw."),
    "before_placement": QT_TRANSLATE_NOOP("errors", "Odpłatność nie może zaczynać się przed skierowaniem."),
    "agreement_above_capacity": QT_TRANSLATE_NOOP("errors", "Kwota z umowy zostawiłaby krewnemu mniej niż 300% kryterium dochodowego."),
    "placement_not_signed": QT_TRANSLATE_NOOP("errors", "Najpierw trzeba podpisać decyzję o skierowaniu do DPS."),
    "members_invalid": QT_TRANSLATE_NOOP("errors", "Liczba osób w rodzinie: od 1 do 30."),
    "dps_fee_invalid": QT_TRANSLATE_NOOP("errors", "Kwoty odpłatności są niepoprawne."),
    "placements_file_invalid": QT_TRANSLATE_NOOP("errors", "Plik zasad DPS i schronienia (placements.json) jest uszkodzony."),
})

SHELTER_KINDS: dict[str, str] = {
    "night_shelter": QT_TRANSLATE_NOOP("vocab", "noclegownia"),
    "shelter": QT_TRANSLATE_NOOP("vocab", "schronisko dla osób bezdomnych"),
    "shelter_with_care": QT_TRANSLATE_NOOP("vocab", "schronisko z usługami opiekuńczymi"),
    "warming_centre": QT_TRANSLATE_NOOP("vocab", "ogrzewalnia"),
}
DPS_RELATIONS: dict[str, str] = {
    "spouse": QT_TRANSLATE_NOOP("vocab", "małżonek"),
    "descendant": QT_TRANSLATE_NOOP("vocab", "zstępny (dziecko, wnuk)"),
    "ascendant": QT_TRANSLATE_NOOP("vocab", "wstępny (rodzic, dziadek)"),
}
DPS_KINDS: dict[str, str] = {
    "placement": QT_TRANSLATE_NOOP("vocab", "skierowanie do DPS"),
    "fee": QT_TRANSLATE_NOOP("vocab", "odpłatność za DPS"),
}

labels.AUDIT_ENTITIES.update({
    "dps_homes": QT_TRANSLATE_NOOP("audit", "dom pomocy społecznej"),
    "dps_costs": QT_TRANSLATE_NOOP("audit", "średni koszt utrzymania w DPS"),
    "dps_decisions": QT_TRANSLATE_NOOP("audit", "decyzja w sprawie DPS"),
    "shelters": QT_TRANSLATE_NOOP("audit", "pozycja wykazu miejsc schronienia"),
    "shelter_changes": QT_TRANSLATE_NOOP("audit", "zmiana w wykazie miejsc schronienia"),
    "shelter_decisions": QT_TRANSLATE_NOOP("audit", "decyzja o przyznaniu schronienia"),
})
labels.AUDIT_RECORD_FIELDS.update({
    ("dps_homes", "address"): QT_TRANSLATE_NOOP("audit", "adres DPS"),
    ("dps_costs", "home_id"): QT_TRANSLATE_NOOP("audit", "dom pomocy społecznej"),
    ("dps_costs", "monthly_cost_grosze"): QT_TRANSLATE_NOOP("audit", "średni koszt miesięczny (gr)"),
    ("dps_decisions", "home_id"): QT_TRANSLATE_NOOP("audit", "dom pomocy społecznej"),
    ("dps_decisions", "placement_id"): QT_TRANSLATE_NOOP("audit", "decyzja o skierowaniu"),
    ("dps_decisions", "decided_on"): QT_TRANSLATE_NOOP("audit", "data decyzji"),
    ("dps_decisions", "starts_on"): QT_TRANSLATE_NOOP("audit", "od dnia"),
    ("dps_decisions", "cost_grosze"): QT_TRANSLATE_NOOP("audit", "koszt utrzymania (gr)"),
    ("dps_decisions", "cost_from"): QT_TRANSLATE_NOOP("audit", "koszt ustalony od dnia"),
    ("dps_decisions", "resident_income_grosze"): QT_TRANSLATE_NOOP("audit", "dochód mieszkańca (gr)"),
    ("dps_decisions", "resident_grosze"): QT_TRANSLATE_NOOP("audit", "opłata mieszkańca (gr)"),
    ("dps_decisions", "relatives"): QT_TRANSLATE_NOOP("audit", "opłaty rodziny wg umów"),
    ("dps_decisions", "gmina_grosze"): QT_TRANSLATE_NOOP("audit", "opłata gminy (gr)"),
    ("shelters", "institution"): QT_TRANSLATE_NOOP("audit", "placówka"),
    ("shelters", "address"): QT_TRANSLATE_NOOP("audit", "adres placówki"),
    ("shelters", "places"): QT_TRANSLATE_NOOP("audit", "liczba miejsc"),
    ("shelter_changes", "shelter_id"): QT_TRANSLATE_NOOP("audit", "pozycja wykazu"),
    ("shelter_changes", "changed_on"): QT_TRANSLATE_NOOP("audit", "dzień zmiany"),
    ("shelter_changes", "field"): QT_TRANSLATE_NOOP("audit", "co się zmieniło"),
    ("shelter_changes", "old_value"): QT_TRANSLATE_NOOP("audit", "było"),
    ("shelter_changes", "new_value"): QT_TRANSLATE_NOOP("audit", "jest"),
    ("shelter_changes", "reported_on"): QT_TRANSLATE_NOOP("audit", "zgłoszono wojewodzie"),
    ("shelter_decisions", "shelter_id"): QT_TRANSLATE_NOOP("audit", "placówka"),
    ("shelter_decisions", "interview_id"): QT_TRANSLATE_NOOP("audit", "wywiad środowiskowy"),
    ("shelter_decisions", "decided_on"): QT_TRANSLATE_NOOP("audit", "data decyzji"),
    ("shelter_decisions", "starts_on"): QT_TRANSLATE_NOOP("audit", "pobyt od"),
    ("shelter_decisions", "ends_on"): QT_TRANSLATE_NOOP("audit", "pobyt do"),
})
labels.AUDIT_CODES[("shelters", "kind")] = SHELTER_KINDS
labels.AUDIT_CODES[("dps_decisions", "kind")] = DPS_KINDS
