"""The rows of DPS placements with their fee decisions, and of shelters (services team).

Kept out of storage/models.py so the placement tables read as one idea; models.py imports
this module last, so the tables are part of the one metadata every migration test compares.
A decision row is a draft until the head signs it; the service then refuses any change
(services/placements.py), and the exchange treats it as a signed act.
"""

from __future__ import annotations

import datetime as dt
import uuid

from sqlalchemy import Date, DateTime, ForeignKey, Index, Integer, String, Text
from sqlalchemy.orm import Mapped, mapped_column

from ops_desktop.storage.models import Base, Tracked


class _Signed:
    """The signing columns every placement decision has (a holder of the authorisation)."""

    status: Mapped[str] = mapped_column(String(20), server_default="draft")
    signed_at: Mapped[dt.datetime | None] = mapped_column(DateTime, default=None)
    signed_by: Mapped[uuid.UUID | None] = mapped_column(default=None)
    signatory_name: Mapped[str] = mapped_column(String(160), server_default="")
    signatory_position: Mapped[str] = mapped_column(String(160), server_default="")
    authorisation_number: Mapped[str] = mapped_column(String(80), server_default="")


class DpsHomeRow(Tracked, Base):
    """A dom pomocy społecznej the office refers residents to."""

    __tablename__ = "dps_homes"
    name: Mapped[str] = mapped_column(String(200))
    address: Mapped[str] = mapped_column(String(200))


class DpsCostRow(Tracked, Base):
    """The DPS's average monthly cost of a resident from a day (announced yearly; art. 60
    ust. 2): the office enters it, and a fee decision takes the one in force on its start."""

    __tablename__ = "dps_costs"
    home_id: Mapped[uuid.UUID] = mapped_column(ForeignKey("dps_homes.id"), index=True)
    valid_from: Mapped[dt.date] = mapped_column(Date)
    monthly_cost_grosze: Mapped[int] = mapped_column(Integer)
    source: Mapped[str] = mapped_column(String(200), server_default="")


class DpsDecisionRow(_Signed, Tracked, Base):
    """Skierowanie do DPS (`kind` placement) or the art. 61 fee decision (`kind` fee, naming
    its placement). A fee decision keeps every figure it printed: the cost and its date, the
    resident's income and fee, each relative's agreement (JSON) and the gmina's part."""

    __tablename__ = "dps_decisions"
    person_id: Mapped[uuid.UUID] = mapped_column(ForeignKey("persons.id"), index=True)
    case_id: Mapped[uuid.UUID] = mapped_column(ForeignKey("cases.id"), index=True)
    home_id: Mapped[uuid.UUID] = mapped_column(ForeignKey("dps_homes.id"))
    placement_id: Mapped[uuid.UUID | None] = mapped_column(
        ForeignKey("dps_decisions.id"), index=True, default=None)
    kind: Mapped[str] = mapped_column(String(20))
    number: Mapped[str] = mapped_column(String(60))
    decided_on: Mapped[dt.date] = mapped_column(Date)
    starts_on: Mapped[dt.date] = mapped_column(Date)
    reasoning: Mapped[str] = mapped_column(Text, server_default="")
    cost_grosze: Mapped[int | None] = mapped_column(Integer, default=None)
    cost_from: Mapped[dt.date | None] = mapped_column(Date, default=None)
    resident_income_grosze: Mapped[int | None] = mapped_column(Integer, default=None)
    resident_grosze: Mapped[int | None] = mapped_column(Integer, default=None)
    relatives: Mapped[str] = mapped_column(Text, server_default="[]")
    gmina_grosze: Mapped[int | None] = mapped_column(Integer, default=None)


class ShelterRow(Tracked, Base):
    """One line of the office's register of shelter places (art. 48a ust. 11)."""

    __tablename__ = "shelters"
    institution: Mapped[str] = mapped_column(String(200))
    address: Mapped[str] = mapped_column(String(200))
    kind: Mapped[str] = mapped_column(String(30))  # domain/shelters.ShelterKind
    places: Mapped[int] = mapped_column(Integer)
    valid_from: Mapped[dt.date] = mapped_column(Date)
    valid_to: Mapped[dt.date | None] = mapped_column(Date, default=None)


class ShelterChangeRow(Tracked, Base):
    """What changed in the register and when (a new line names no old value): the report to
    the voivode lists these; `reported_on` is set when it was sent."""

    __tablename__ = "shelter_changes"
    shelter_id: Mapped[uuid.UUID] = mapped_column(ForeignKey("shelters.id"), index=True)
    changed_on: Mapped[dt.date] = mapped_column(Date)
    field: Mapped[str] = mapped_column(String(40))
    old_value: Mapped[str] = mapped_column(String(200), server_default="")
    new_value: Mapped[str] = mapped_column(String(200), server_default="")
    reported_on: Mapped[dt.date | None] = mapped_column(Date, default=None)


class ShelterDecisionRow(_Signed, Tracked, Base):
    """A decision granting a place in a shelter, after the completed interview it names."""

    __tablename__ = "shelter_decisions"
    person_id: Mapped[uuid.UUID] = mapped_column(ForeignKey("persons.id"), index=True)
    case_id: Mapped[uuid.UUID] = mapped_column(ForeignKey("cases.id"), index=True)
    shelter_id: Mapped[uuid.UUID] = mapped_column(ForeignKey("shelters.id"), index=True)
    interview_id: Mapped[uuid.UUID] = mapped_column(ForeignKey("interviews.id"))
    number: Mapped[str] = mapped_column(String(60))
    decided_on: Mapped[dt.date] = mapped_column(Date)
    starts_on: Mapped[dt.date] = mapped_column(Date)
    ends_on: Mapped[dt.date] = mapped_column(Date)
    reasoning: Mapped[str] = mapped_column(Text, server_default="")


def signed_index(model: type[_Signed]) -> Index:
    """The head's list of signed decisions reads each kind's signed ones a page at a time,
    the latest signed first, and counts them, along this index alone (storage/
    signed_act_queries.py; migration 0044_signed_acts_paging)."""
    table = model.__table__  # type: ignore[attr-defined]
    return Index(f"ix_{table.name}_signed",
                 *(table.c[c] for c in ("status", "deleted_at", "signed_at", "id")))


signed_index(DpsDecisionRow)
signed_index(ShelterDecisionRow)
