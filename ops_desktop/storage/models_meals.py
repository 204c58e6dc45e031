"""The rows of posiłek: decisions granting meals (art. 48b u.p.s.) and the meals actually
given under each, one count a month.

Kept out of storage/models.py as one idea; models.py imports this module last, so the tables
are part of the one metadata every migration test compares. A decision is a draft until the
head signs it; the store then refuses any change (storage/triggers.py, MEAL_TRIGGERS) and the
exchange treats it as a signed act. A month's count is corrected in place (audited): it is
what the school or canteen reported, not an act.
"""

from __future__ import annotations

import datetime as dt
import uuid

from sqlalchemy import Boolean, Date, ForeignKey, Integer, String, Text
from sqlalchemy.orm import Mapped, mapped_column

from ops_desktop.storage.models import Base, Tracked
from ops_desktop.storage.models_placements import _Signed, signed_index


class MealDecisionRow(_Signed, Tracked, Base):
    """A decision granting meals: who eats them (the party or a child of the household),
    where, the period, days × meals a day, the price of a meal, and the income test that made
    them free or paid – every figure it printed."""

    __tablename__ = "meal_decisions"
    person_id: Mapped[uuid.UUID] = mapped_column(ForeignKey("persons.id"), index=True)
    beneficiary_id: Mapped[uuid.UUID] = mapped_column(ForeignKey("persons.id"), index=True)
    case_id: Mapped[uuid.UUID] = mapped_column(ForeignKey("cases.id"), index=True)
    interview_id: Mapped[uuid.UUID | None] = mapped_column(ForeignKey("interviews.id"),
                                                           default=None)
    number: Mapped[str] = mapped_column(String(60))
    kind: Mapped[str] = mapped_column(String(20))  # domain/meals.MealKind
    place: Mapped[str] = mapped_column(String(200))
    decided_on: Mapped[dt.date] = mapped_column(Date)
    starts_on: Mapped[dt.date] = mapped_column(Date)
    ends_on: Mapped[dt.date] = mapped_column(Date)
    days: Mapped[int] = mapped_column(Integer)
    per_day: Mapped[int] = mapped_column(Integer)
    price_grosze: Mapped[int] = mapped_column(Integer)
    income_grosze: Mapped[int] = mapped_column(Integer)
    household_size: Mapped[int] = mapped_column(Integer)
    threshold_grosze: Mapped[int] = mapped_column(Integer)
    free: Mapped[bool] = mapped_column(Boolean)
    reasoning: Mapped[str] = mapped_column(Text, server_default="")


signed_index(MealDecisionRow)


class MealMonthRow(Tracked, Base):
    """The meals given under a signed decision in one month (its first day), as the school,
    canteen or provider reported them. One row a month is kept by the service; two PCs
    recording the same month apart both keep theirs, and the latest written counts."""

    __tablename__ = "meal_months"
    decision_id: Mapped[uuid.UUID] = mapped_column(ForeignKey("meal_decisions.id"), index=True)
    month: Mapped[dt.date] = mapped_column(Date)
    meals: Mapped[int] = mapped_column(Integer)
