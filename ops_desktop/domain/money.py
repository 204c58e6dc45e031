"""Money in the domain is `Decimal` złoty; the store keeps integer grosze. Never float."""

from __future__ import annotations

import re
from decimal import ROUND_HALF_UP, Decimal, InvalidOperation

from ops_desktop.domain.errors import FieldError

GROSZ = Decimal("0.01")
_AMOUNT = re.compile(r"[0-9]+(?:\.[0-9]*)?|\.[0-9]+")


def to_grosze(amount: Decimal) -> int:
    return int(Decimal(amount).quantize(GROSZ, rounding=ROUND_HALF_UP) * 100)


def from_grosze(grosze: int) -> Decimal:
    return (Decimal(grosze) / 100).quantize(GROSZ)


def round_money(amount: Decimal) -> Decimal:
    return Decimal(amount).quantize(GROSZ, rounding=ROUND_HALF_UP)


class MoneyFormatError(ValueError):
    """What a person typed is not an amount in złoty with at most two decimals."""


def parse_money(text: str) -> Decimal:
    """Accept what a Polish worker types: `1229`, `1 229,50`, `1229.5`, `1 229,50 zł`."""
    cleaned = (
        text.strip().lower().removesuffix("zł").strip().replace("\u00a0", "").replace(" ", "")
    )
    cleaned = cleaned.replace(",", ".")
    # Plain digits only: Decimal itself would also take "1e5", "1_000" or Arabic-Indic digits.
    if not _AMOUNT.fullmatch(cleaned):
        raise MoneyFormatError(text)
    try:
        value = Decimal(cleaned)
    except InvalidOperation as exc:
        raise MoneyFormatError(text) from exc
    # The bound comes first: quantizing 40 typed digits would overflow Decimal's precision.
    if not value.is_finite() or value < 0 or value >= Decimal("100000000"):
        raise MoneyFormatError(text)
    if value != value.quantize(GROSZ):
        raise MoneyFormatError(text)
    return value.quantize(GROSZ)


def is_money(value: object, maximum: Decimal, allow_zero: bool = True) -> bool:
    """A Decimal amount in złoty: finite, not negative (zero only if allowed), at most two
    decimals and not above `maximum`; floats and ints are refused, as their grosze are guesses."""
    if not isinstance(value, Decimal) or not value.is_finite():
        return False
    if value < 0 or (value == 0 and not allow_zero) or value > maximum:
        return False
    # Bounded by `maximum`, so quantizing cannot overflow the context's precision.
    return value == value.quantize(GROSZ)


def amount_errors(field: str, value: object, maximum: Decimal,
                  allow_zero: bool = True) -> list[FieldError]:
    return [] if is_money(value, maximum, allow_zero) else [FieldError(field, "amount_invalid")]
