"""Words on screen for posiłek: its error codes, the audit log's names of its records and
fields, and the kinds of meal. ui/labels.py imports this last, so the tables below join its
own."""

from __future__ import annotations

from PySide6.QtCore import QT_TRANSLATE_NOOP

from ops_desktop.ui import labels

labels.ERRORS.update({
    "meal_needs_interview": QT_TRANSLATE_NOOP("errors", "Posiłek przyznaje się decyzją po przeprowadzeniu wywiadu środowiskowego – wybierz wywiad zakończony (z datą przeprowadzenia)."),
    "meal_not_household": QT_TRANSLATE_NOOP("errors", "Posiłek może otrzymać strona albo członek jej gospodarstwa domowego."),
    "meal_count_invalid": QT_TRANSLATE_NOOP("errors", "Wpisz liczbę całkowitą (dni: 1–366, posiłki dziennie: 1–5; posiłki w miesiącu: 0 lub więcej)."),
    "meal_days_beyond_period": QT_TRANSLATE_NOOP("errors", "Dni wydawania posiłku jest więcej niż dni w okresie decyzji."),
    "meal_month_outside_period": QT_TRANSLATE_NOOP("errors", "Ten miesiąc nie należy do okresu przyznania posiłku."),
    "meal_count_above_granted": QT_TRANSLATE_NOOP("errors", "Razem z innymi miesiącami to więcej posiłków, niż przyznała decyzja."),
    "meal_not_signed": QT_TRANSLATE_NOOP("errors", "Wydane posiłki wpisuje się dopiero do podpisanej decyzji."),
    "meals_file_invalid": QT_TRANSLATE_NOOP("errors", "Plik zasad posiłku (meals.json) jest uszkodzony."),
})

MEAL_KINDS: dict[str, str] = {
    "hot_meal": QT_TRANSLATE_NOOP("vocab", "jeden gorący posiłek dziennie"),
    "school": QT_TRANSLATE_NOOP("vocab", "posiłek dla dziecka w szkole"),
}

labels.AUDIT_ENTITIES.update({
    "meal_decisions": QT_TRANSLATE_NOOP("audit", "decyzja o przyznaniu posiłku"),
    "meal_months": QT_TRANSLATE_NOOP("audit", "posiłki wydane w miesiącu"),
})
labels.AUDIT_RECORD_FIELDS.update({
    ("meal_decisions", "beneficiary_id"): QT_TRANSLATE_NOOP("audit", "kto otrzymuje posiłek"),
    ("meal_decisions", "interview_id"): QT_TRANSLATE_NOOP("audit", "wywiad środowiskowy"),
    ("meal_decisions", "place"): QT_TRANSLATE_NOOP("audit", "miejsce wydawania posiłku"),
    ("meal_decisions", "decided_on"): QT_TRANSLATE_NOOP("audit", "data decyzji"),
    ("meal_decisions", "starts_on"): QT_TRANSLATE_NOOP("audit", "posiłek od"),
    ("meal_decisions", "ends_on"): QT_TRANSLATE_NOOP("audit", "posiłek do"),
    ("meal_decisions", "days"): QT_TRANSLATE_NOOP("audit", "dni wydawania posiłku"),
    ("meal_decisions", "per_day"): QT_TRANSLATE_NOOP("audit", "posiłki dziennie"),
    ("meal_decisions", "price_grosze"): QT_TRANSLATE_NOOP("audit", "koszt posiłku (gr)"),
    ("meal_decisions", "income_grosze"): QT_TRANSLATE_NOOP("audit", "dochód rodziny (gr)"),
    ("meal_decisions", "threshold_grosze"): QT_TRANSLATE_NOOP("audit", "próg pomocy nieodpłatnej (gr)"),
    ("meal_decisions", "free"): QT_TRANSLATE_NOOP("audit", "nieodpłatnie"),
    ("meal_months", "decision_id"): QT_TRANSLATE_NOOP("audit", "decyzja o przyznaniu posiłku"),
    ("meal_months", "month"): QT_TRANSLATE_NOOP("audit", "miesiąc"),
    ("meal_months", "meals"): QT_TRANSLATE_NOOP("audit", "wydane posiłki"),
})
labels.AUDIT_CODES[("meal_decisions", "kind")] = MEAL_KINDS
