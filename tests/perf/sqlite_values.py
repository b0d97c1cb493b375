"""The value SQLAlchemy stores in SQLite for each Python type, for the benchmarks' bare
sqlite3 floors (converted outside the timing)."""

from __future__ import annotations

from datetime import date, datetime
from datetime import time as dtime
from decimal import Decimal
from typing import Any


def sqlite_value(value: Any) -> Any:
    """What SQLAlchemy stores in SQLite for each Python type (done outside the timing)."""
    if isinstance(value, bool) or value is None or isinstance(value, int | float | str):
        return int(value) if isinstance(value, bool) else value
    if isinstance(value, datetime):
        return value.isoformat(" ")
    if isinstance(value, date):
        return value.isoformat()
    if isinstance(value, dtime):
        return value.strftime("%H:%M:%S.%f")
    if isinstance(value, Decimal):
        return float(value)
    return str(value)
