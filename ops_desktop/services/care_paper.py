"""The terms a decision granting care prints (services/care_decisions.py prepares them):
read for the decision's paper wherever decisions are printed, one at a time or in a batch."""

from __future__ import annotations

from decimal import Decimal

from ops_desktop.documents.data import CareTermsOnPaper
from ops_desktop.domain.care_decisions import CareTerms, fee_per_hour, kind_text
from ops_desktop.domain.care_orders import from_hundredths
from ops_desktop.domain.money import from_grosze
from ops_desktop.domain.vocabulary import CARE_FORM_CODES, CareKind
from ops_desktop.storage import care_decision_queries as terms_q
from ops_desktop.storage.database import Session
from ops_desktop.storage.models import DecisionRow, office_today


def care_on_paper(s: Session, row: DecisionRow) -> CareTermsOnPaper | None:
    """None for any other decision; a care decision's kind is named in the wording in force
    on the day it was issued (today for a draft)."""
    if row.form not in CARE_FORM_CODES:
        return None
    t = terms_q.terms(s, row.id)
    if t is None:
        return None
    text = kind_text(CareKind(t.care_kind), row.issued_on or office_today())
    cost, percent = from_grosze(t.hourly_cost_grosze), Decimal(t.fee_percent)
    return CareTermsOnPaper(
        kind_name=text.name, legal_basis=text.legal_basis, scope=t.scope,
        hours=from_hundredths(t.hours_x100), per_month=t.hours_unit == "month", place=t.place,
        provider=t.provider, hourly_cost=cost, fee_percent=percent,
        fee_per_hour=fee_per_hour(CareTerms(cost, percent, Decimal(0), Decimal(0), Decimal(0),
                                            "", False)),
        income=from_grosze(t.income_grosze), income_share=Decimal(t.income_share),
        fee_source=t.fee_source, fee_unconfirmed=t.fee_unconfirmed)
