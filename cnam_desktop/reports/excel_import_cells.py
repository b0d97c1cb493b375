"""Reading one cell of an imported sheet as its column's kind, or saying why not.

One converter per column kind (`CONVERTERS`); each returns a Python value or raises
`CellRefused` with the French reason (a date typed as text, a number typed as text,
a value not in the list…). Text columns take numbers too (an INSEE code typed as
52121), and give back the leading zero a spreadsheet drops from a 4-digit code.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import date, datetime, time, timedelta
from decimal import ROUND_HALF_UP, Decimal
from typing import Any

from cnam_desktop.domain.formatting import french_date
from cnam_desktop.reports.workbook_layout import NO, YES, Column

PADDED_CODES = frozenset({"insee_code", "site_insee", "postcode"})
"""Text columns whose 4-digit numbers lost a leading zero in a spreadsheet (08105)."""
EXCEL_EPOCH_DAYS = (date(1899, 12, 30), date(1899, 12, 31), date(1900, 1, 1))
"""Dates a spreadsheet gives a bare time of day (its day 0 or 1)."""
CENT = Decimal("0.01")


class CellRefused(Exception):
    """A cell that cannot be read as its column's kind (the message says why)."""


def short(value: Any, limit: int = 40) -> str:
    text = str(value)
    return text if len(text) <= limit else text[: limit - 1] + "…"


def _text(column: Column, value: Any) -> str | None:
    if isinstance(value, str):
        text = value.strip()
    elif isinstance(value, bool):
        text = YES if value else NO
    elif isinstance(value, int | float):
        number = int(value) if isinstance(value, float) and value.is_integer() else value
        text = str(number)
        if column.key in PADDED_CODES and isinstance(number, int) and 1000 <= number <= 9999:
            text = f"0{text}"
    elif isinstance(value, datetime | date | time):
        raise CellRefused(
            "texte attendu, la cellule contient une date ou une heure : saisissez-la comme texte."
        )
    else:
        text = str(value).strip()
    if column.max_length is not None and len(text) > column.max_length:
        raise CellRefused(f"{column.max_length} caractères au plus ({len(text)} saisis).")
    return text or None


def _number(value: Any, what: str) -> int | float:
    if isinstance(value, bool) or not isinstance(value, int | float):
        if isinstance(value, str):
            raise CellRefused(f"nombre saisi comme texte (« {short(value)} ») : saisissez {what}.")
        raise CellRefused(f"{what} attendu.")
    return value


def _int(_column: Column, value: Any) -> int:
    number = _number(value, "un nombre entier")
    if isinstance(number, float):
        if not number.is_integer():
            raise CellRefused(f"nombre entier attendu ({number:g}).")
        return int(number)
    return number


def _float(_column: Column, value: Any) -> float:
    return float(_number(value, "un nombre"))


def _decimal(_column: Column, value: Any) -> Decimal:
    number = _number(value, "un montant")
    return Decimal(repr(number)).quantize(CENT, rounding=ROUND_HALF_UP)


def _date(_column: Column, value: Any) -> date:
    if isinstance(value, datetime):
        if value.time() != time(0):
            raise CellRefused(
                f"date attendue, la cellule contient aussi une heure "
                f"({value:%H:%M}) : saisissez la date seule."
            )
        return value.date()
    if isinstance(value, date):
        return value
    if isinstance(value, str):
        raise CellRefused(
            "date saisie comme texte : saisissez une vraie date (format date) au lieu de "
            f"« {short(value)} »."
        )
    if isinstance(value, time):
        raise CellRefused("date attendue, la cellule contient une heure.")
    raise CellRefused(
        f"date attendue, la cellule contient le nombre {value} : appliquez-lui un format date."
    )


def _time(_column: Column, value: Any) -> time:
    if isinstance(value, time):
        return value.replace(tzinfo=None)
    if isinstance(value, datetime):
        if value.date() in EXCEL_EPOCH_DAYS:
            return value.time()
        raise CellRefused(
            f"heure attendue, la cellule contient la date du {french_date(value.date())} : "
            "saisissez l'heure seule."
        )
    if isinstance(value, timedelta) and timedelta(0) <= value < timedelta(days=1):
        return (datetime.min + value).time()
    if isinstance(value, int | float) and not isinstance(value, bool) and 0 <= value < 1:
        seconds = round(value * 86_400)
        if seconds < 86_400:
            return time(seconds // 3600, seconds // 60 % 60, seconds % 60)
    if isinstance(value, str):
        raise CellRefused(
            "heure saisie comme texte : saisissez une vraie heure (format heure, par "
            f"exemple 18:30) au lieu de « {short(value)} »."
        )
    raise CellRefused(f"heure attendue ({short(value)}) : saisissez une heure comme 18:30.")


def _bool(_column: Column, value: Any) -> bool | None:
    if isinstance(value, bool):
        return value
    if isinstance(value, str):
        text = value.strip().casefold()
        if text == YES.casefold():
            return True
        if text == NO.casefold():
            return False
        if not text:
            return None
    raise CellRefused(f"« {short(value)} » : répondez {YES} ou {NO}.")


def _enum(column: Column, value: Any) -> Any:
    assert column.enum is not None
    if isinstance(value, str):
        if not value.strip():
            return None
        try:
            return column.enum.from_label(value)
        except ValueError:
            pass
    choices = ", ".join(column.choices)
    raise CellRefused(
        f"« {short(value)} » n'est pas une valeur possible ; choisissez parmi : {choices}."
    )


def _ref(column: Column, value: Any) -> str | None:
    return _text(column, value)


CONVERTERS: dict[str, Callable[[Column, Any], Any]] = {
    "text": _text,
    "int": _int,
    "decimal": _decimal,
    "float": _float,
    "date": _date,
    "time": _time,
    "bool": _bool,
    "enum": _enum,
    "ref": _ref,
}
