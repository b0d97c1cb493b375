"""How values are written for people: French conventions, shared by the UI and reports."""

from __future__ import annotations

from datetime import date

DASH = "—"


def french_date(value: date | None, empty: str = "") -> str:
    """dd/mm/yyyy, the French way; `empty` when there is no date."""
    return value.strftime("%d/%m/%Y") if value else empty


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
