"""The plain data of the office's letters and orders: an appeal forwarded to the SKO, a
notice of delay (KPA art. 36), a placement decision, the shelter report. Services fill
these and documents/ lays them out; nothing here loads reportlab, so a service that only
fills a paper does not load the PDF library at the program's start.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from ops_desktop.documents.data import OfficeOnPaper, PartyOnPaper, SignatoryOnPaper
from ops_desktop.domain.kpa_deadlines import NoticeWording


@dataclass(frozen=True)
class RemedyWords:
    """How the letter names the remedy and the act it is against."""

    title: str
    remedy: str  # accusative: "przekazuję odwołanie"
    remedy_genitive: str
    act_genitive: str  # "od decyzji"
    act_accusative: str  # "Decyzję doręczono"


APPEAL_WORDS = RemedyWords("Przekazanie odwołania", "odwołanie", "odwołania", "decyzji", "Decyzję")
# Zażalenie on a postanowienie (art. 141–144 k.p.a.).
ORDER_WORDS = RemedyWords("Przekazanie zażalenia", "zażalenie", "zażalenia", "postanowienia",
                          "Postanowienie")


@dataclass(frozen=True)
class AppealCoverLetter:
    office: OfficeOnPaper
    case_sign: str
    written_on: dt.date  # the day the appeal was forwarded
    citation: str  # "art. 133 Kodeksu postępowania administracyjnego"
    self_review_citation: str  # art. 132 § 1: the office did not grant it itself
    lodged_by: str
    lodged_on: dt.date
    received_on: dt.date
    decision_issued_on: dt.date
    form_genitive: str  # "zasiłku okresowego"
    party_name: str
    delivered_on: dt.date | None
    in_time: bool | None  # None: the day of delivery is not known
    documents: tuple[str, ...]
    signatory_name: str
    words: RemedyWords = APPEAL_WORDS
    party_days_citation: str = "art. 129 § 2 k.p.a."
    act_subject: str = ""  # a postanowienie's subject: "w sprawie zawieszenia postępowania"


@dataclass(frozen=True)
class DelayNoticeDocument:
    office: OfficeOnPaper
    case_sign: str
    notified_on: dt.date
    party_name: str
    party_address: tuple[str, ...]  # envelope lines: the delivery address, else residence
    application_received_on: dt.date
    form: str  # BenefitForm code
    previous_deadline: dt.date
    new_deadline: dt.date
    reason: str
    worker_name: str
    worker_position: str
    wording: NoticeWording


@dataclass(frozen=True)
class PlacementDocument:
    office: OfficeOnPaper
    number: str  # "DPS/1/2026", "SCH/2/2026": the decision's own number
    case_sign: str
    decided_on: dt.date
    party: PartyOnPaper
    subject: str  # "w sprawie skierowania do domu pomocy społecznej"
    legal_basis: str
    ruling: tuple[str, ...]  # the numbered points, figures filled in
    reasoning: tuple[str, ...]  # the worker's facts, then the rule in the law's words
    appeal_days: int
    signatory: SignatoryOnPaper | None  # None while a draft: printed as "PROJEKT"
    distribution: tuple[str, ...] = ("Strona", "a/a")


@dataclass(frozen=True)
class ShelterChangeLine:
    changed_on: dt.date
    institution: str
    kind: str  # in Polish, as it prints
    field: str
    old_value: str
    new_value: str
    due_on: dt.date  # the day by which the voivode was to hear of it
