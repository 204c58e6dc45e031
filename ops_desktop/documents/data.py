"""Plain data a document is printed from; services fill these, documents only lay them out."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field
from decimal import Decimal

from ops_desktop.domain.vocabulary import (
    BenefitForm,
    CareKind,
    DecisionKind,
    PaymentMethod,
    WithdrawalManner,
)


@dataclass(frozen=True)
class OfficeOnPaper:
    """The organ and its letterhead, from the coordinator's settings."""

    name: str  # "Miejsko-Gminny Ośrodek Pomocy Społecznej w Przykładowie"
    address_lines: tuple[str, ...]  # ("ul. Rynek 1", "66-530 Przykładowo")
    place: str  # used in "Przykładowo, 22 listopada 2026 r."
    mayor_genitive: str  # "Burmistrza Miasta i Gminy Przykładowo" for "z upoważnienia …"
    appeal_body: str  # "Samorządowe Kolegium Odwoławcze w Gorzowie Wielkopolskim"
    appeal_body_address: str = ""
    phone: str = ""
    email: str = ""


@dataclass(frozen=True)
class PartyOnPaper:
    full_name: str
    address_lines: tuple[str, ...]
    pesel: str | None = None
    # The delivery address (KPA art. 40–41): the decision is addressed there when given.
    delivery_lines: tuple[str, ...] = ()


@dataclass(frozen=True)
class SignatoryOnPaper:
    full_name: str
    position: str  # "Kierownik Ośrodka", "starszy specjalista pracy socjalnej"
    authorisation_number: str = ""  # number of the mayor's order granting the authorisation


@dataclass(frozen=True)
class ChangedDecision:
    """The earlier signed decision a change decision (art. 106 ust. 5 u.p.s.) changes."""

    case_sign: str
    issued_on: dt.date


@dataclass(frozen=True)
class DecisionDocument:
    """Everything KPA art. 107 §1 requires, as data."""

    office: OfficeOnPaper
    case_sign: str  # "OPS.8310.127.2026"
    issued_on: dt.date
    party: PartyOnPaper
    kind: DecisionKind
    form: BenefitForm | CareKind
    application_received_on: dt.date
    amount: Decimal | None  # monthly for permanent/periodic, one-off for purpose benefits
    period_from: dt.date | None
    period_to: dt.date | None  # None: permanent benefit granted for an indefinite period
    payment_method: PaymentMethod
    bank_account: str | None
    purpose: str  # for zasiłek celowy: what it is for ("zakup opału"); else ""
    reasoning: str  # factual reasoning written by the worker
    household_size: int
    income_per_person: Decimal
    criterion: Decimal  # the income criterion compared against
    signatory: SignatoryOnPaper | None  # None while a draft: printed as "PROJEKT"
    law_period_source: str = ""  # citation of the parameter set applied
    changes: ChangedDecision | None = None  # a change decision names the one it changes
    # "Panu Grzegorzowi Żółkiewskiemu": the ruling's addressee in the dative; "" when the
    # name was not declined with certainty (or a decision signed before it was recorded),
    # then the ruling names the party without declining ("Stronie – Grzegorz Żółkiewski –").
    recipient: str = ""
    grounds: tuple[str, ...] = ()  # art. 7 grounds in words with their points; () – not named
    grounds_withheld: bool = False  # a ground not printed (violence, addiction) is on file
    interview_on: dt.date | None = None  # the family interview; None – the sentence is left out
    # A refusal grounded on the person's refusal of the interview or of the statement of
    # assets (art. 107 ust. 4a/5): the rules' sentence, "" – left out.
    interview_refused: str = ""
    distribution: tuple[str, ...] = field(default=("Strona", "a/a"))
    # Art. 106 ust. 3 u.p.s.: the pay of a first / last month covered only in part.
    first_month_amount: Decimal | None = None
    last_month_amount: Decimal | None = None
    withdrawal: WithdrawalOnPaper | None = None  # a discontinuance names the withdrawal
    detail: str = ""  # a postanowienie's own words in its ruling
    corrected_is_order: bool = False  # a rectification corrects a postanowienie (in `changes`)
    care: CareTermsOnPaper | None = None  # a decision granting care (documents/care_decision.py)


@dataclass(frozen=True)
class CareTermsOnPaper:
    """What a decision granting care states (art. 50 u.p.s.), every figure as the draft froze
    it: the kind, the scope, hours a week or a month, the place and provider, and the fee."""

    kind_name: str  # "usługi opiekuńcze", "specjalistyczne usługi opiekuńcze …"
    legal_basis: str  # art. 50 ust. … u.p.s.
    scope: str
    hours: Decimal
    per_month: bool  # hours a month (else a week)
    place: str
    provider: str
    hourly_cost: Decimal
    fee_percent: Decimal
    fee_per_hour: Decimal
    income: Decimal  # the household's monthly income
    income_share: Decimal  # % of the criterion
    fee_source: str  # the resolution or the regulation the % comes from
    fee_unconfirmed: bool  # the band or table is marked unconfirmed (sample or ministry band)


@dataclass(frozen=True)
class WithdrawalOnPaper:
    withdrawn_on: dt.date
    manner: WithdrawalManner
    requested_discontinuance: bool  # art. 105 § 2 KPA; otherwise § 1 (groundless)


@dataclass(frozen=True)
class ReferralSlipDocument:
    """A slip handed to the person (and kept in the file) when first contact refers them on."""

    office: OfficeOnPaper
    number: str  # short reference printed on the slip
    created_at: dt.datetime
    person_name: str
    person_pesel: str | None
    person_address: tuple[str, ...]
    from_team: str  # Polish team names
    to_team: str
    reason: str  # empty: not printed (the slip goes home with the person)
    grounds: tuple[str, ...]  # Polish names of the art. 7 grounds, with their numbers
    urgent: bool
    worker_name: str
    # Some of the intake's grounds are not printed on this copy: then no grounds printed
    # means "left out", not "none were given", and the slip does not claim the latter.
    grounds_left_out: bool = False


# The monthly care bill (documents/care_bill.py); here, free of reportlab, so the services
# that fill it do not load the PDF library at the program's start.
@dataclass(frozen=True)
class CareBillOnPaper:
    office: OfficeOnPaper
    number: str
    issued_on: dt.date
    month: dt.date
    person_name: str
    address: str
    case_sign: str
    decision_ref: str
    carer_name: str
    provider: str
    hours: Decimal
    hourly_cost: Decimal
    income: Decimal
    household_size: int
    criterion: Decimal
    income_share: Decimal
    fee_percent: Decimal
    amount: Decimal
    resolution: str
    legal_basis: str
    example_table: bool  # the shipped sample table: the paper says so
    corrects_number: str | None
