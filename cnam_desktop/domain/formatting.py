"""How values are written for people: French conventions, shared by the UI and reports."""

from __future__ import annotations

import unicodedata
from datetime import date, datetime, time
from decimal import Decimal
from functools import lru_cache

DASH = "—"


def french_date(value: date | None, empty: str = "") -> str:
    """dd/mm/yyyy, the French way; `empty` when there is no date."""
    return value.strftime("%d/%m/%Y") if value else empty


WEEKDAY_NAMES = ("lundi", "mardi", "mercredi", "jeudi", "vendredi", "samedi", "dimanche")
WEEKDAY_SHORT = ("lun.", "mar.", "mer.", "jeu.", "ven.", "sam.", "dim.")
MONTH_NAMES = (
    *("janvier", "février", "mars", "avril", "mai", "juin"),
    *("juillet", "août", "septembre", "octobre", "novembre", "décembre"),
)


def french_day(value: date) -> str:
    """« 1er septembre 2019 », « 30 juin 2020 »."""
    day = "1er" if value.day == 1 else str(value.day)
    return f"{day} {MONTH_NAMES[value.month - 1]} {value.year}"


def french_long_date(value: date) -> str:
    """« mardi 12 novembre 2019 », « lundi 1er mars 2027 »."""
    return f"{WEEKDAY_NAMES[value.weekday()]} {french_day(value)}"


def french_clock(value: time | datetime) -> str:
    """A moment's time of day: « 14 h 05 », « 9 h 00 » (no-break spaces)."""
    return f"{value.hour}{BEFORE_UNIT}h{BEFORE_UNIT}{value.minute:02d}"


def french_moment(value: datetime) -> str:
    """« jeudi 26 novembre 2026 à 14 h 05 » (`value` as given: local time first)."""
    return f"{french_long_date(value.date())} à {french_clock(value)}"


def yes_no(value: bool) -> str:
    return "Oui" if value else "Non"


def french_number(value: float | None, decimals: int = 4) -> str:
    """A decimal number with a comma, trailing zeros removed ("48,1114")."""
    if value is None:
        return ""
    text = f"{value:.{decimals}f}".rstrip("0").rstrip(".")
    return text.replace(".", ",")


def parse_french_number(text: str) -> float | None:
    """Read "48,11" or "48.11" (blanks allowed); None for an empty text.

    Raises ValueError when the text is not a number.
    """
    cleaned = text.strip().replace("\u202f", "").replace("\xa0", "").replace(" ", "")
    if not cleaned:
        return None
    if cleaned.count(",") + cleaned.count(".") > 1:
        raise ValueError(text)
    return float(cleaned.replace(",", "."))


def plural(count: int, singular: str, plural_form: str | None = None) -> str:
    """« 1 site », « 0 site », « 12 sites » (French: 0 and 1 take the singular)."""
    word = singular if count <= 1 else (plural_form or singular + "s")
    return f"{count} {word}"


THOUSANDS = "\u202f"
"""Narrow no-break space: the French thousands separator (« 12 000 »)."""
BEFORE_UNIT = "\u00a0"
"""No-break space between an amount and its unit (« 850,00 € »)."""


def french_count(value: int) -> str:
    """« 1 234 »."""
    return f"{value:,}".replace(",", THOUSANDS)


def french_amount(value: Decimal | float | None) -> str:
    """« 12 000,50 » (two decimals); "" for None."""
    if value is None:
        return ""
    amount = Decimal(str(value)).quantize(Decimal("0.01"))
    return f"{amount:,.2f}".replace(",", THOUSANDS).replace(".", ",")


def euros(value: Decimal | float | None) -> str:
    """« 3 400,00 € »; "" for None."""
    return "" if value is None else f"{french_amount(value)}{BEFORE_UNIT}€"


@lru_cache(maxsize=65_536)
def french_sort_key(text: str) -> str:
    """Accents and case ignored, so that « Épinal » sorts among the E."""
    decomposed = unicodedata.normalize("NFKD", text)
    return "".join(c for c in decomposed if not unicodedata.combining(c)).casefold()
