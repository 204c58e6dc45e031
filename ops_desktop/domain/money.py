"""Money in the domain is `Decimal` złoty; the store keeps integer grosze. Never float."""

from __future__ import annotations

from decimal import ROUND_HALF_UP, Decimal, InvalidOperation

GROSZ = Decimal("0.01")


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
    if not cleaned or cleaned.count(".") > 1:
        raise MoneyFormatError(text)
    try:
        value = Decimal(cleaned)
    except InvalidOperation as exc:
        raise MoneyFormatError(text) from exc
    if not value.is_finite() or value < 0 or value != value.quantize(GROSZ):
        raise MoneyFormatError(text)
    if value >= Decimal("100000000"):
        raise MoneyFormatError(text)
    return value.quantize(GROSZ)
