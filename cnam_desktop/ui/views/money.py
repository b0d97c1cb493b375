"""Euros the French way: « 1 234,50 € » (narrow no-break space for thousands)."""

from __future__ import annotations

from decimal import Decimal


def euros(value: Decimal | float | None) -> str:
    if value is None:
        return ""
    text = f"{value:,.2f}".replace(",", "\u202f").replace(".", ",")
    return f"{text}\u00a0€"
