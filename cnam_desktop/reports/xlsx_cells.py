"""Cells of a streamed (write-only) openpyxl sheet: typed values, French formats, safe text.

Shared by « Exporter la vue » (`table_export.py`) and the partner workbook (`excel.py`).

- Dates, times, money and counts are written as real numbers with a number format
  (`DD/MM/YYYY`, `HH:MM`, `#,##0.00 "€"`, `#,##0`); the spreadsheet shows them with the
  user's French separators.
- User text that a spreadsheet would run (`= + - @`, tab, carriage return at the start,
  an error literal like `#N/A`) is written as a literal string cell with the « quote
  prefix » style, so that it stays text even when the cell is edited. Characters XML
  cannot hold are removed and counted. Text over the cell limit is refused
  (`CellTooLongError`), never cut.

Speed: openpyxl spends most of its time per cell, so each column gets a converter built
once (`converter`) and a typed column reuses one styled cell for every row
(`FormattedCell`); text is cleaned once per distinct value (`TextCells`).
"""

from __future__ import annotations

import re
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from datetime import date, datetime, time
from decimal import Decimal
from typing import Any

from cnam_desktop.domain.formatting import french_count
from cnam_desktop.errors import UserFacingError
from cnam_desktop.reports.xlsx_files import column_letter

CELL_LIMIT = 32_767
FORMULA_START = ("=", "+", "-", "@", "\t", "\r")
ERROR_LITERALS = frozenset(
    {"#N/A", "#NULL!", "#DIV/0!", "#VALUE!", "#REF!", "#NAME?", "#NUM!", "#GETTING_DATA"}
)
ILLEGAL_XML = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f\ud800-\udfff\ufffe\uffff]")
"""Control characters, lone surrogates and non-characters: XML 1.0 cannot hold them."""

DATE_FORMAT = "DD/MM/YYYY"
TIME_FORMAT = "HH:MM"
DATETIME_FORMAT = "DD/MM/YYYY HH:MM"
MONEY_FORMAT = '#,##0.00 "€"'
INTEGER_FORMAT = "#,##0"
YES, NO = "Oui", "Non"
MAX_WIDTH = 60
TEXT_CACHE_SIZE = 50_000

Converter = Callable[[Any], Any]


class CellTooLongError(UserFacingError, ValueError):
    """A text longer than a spreadsheet cell can hold: the export is refused."""

    def __init__(self, sheet: str, row: int, column: str, length: int) -> None:
        super().__init__(
            f"Onglet « {sheet} », ligne {row}, colonne « {column} » : ce texte compte "
            f"{french_count(length)} caractères, plus que la limite d'une cellule "
            f"({CELL_LIMIT} caractères). Raccourcissez-le avant d'exporter : il ne sera "
            "pas coupé sans vous le dire."
        )
        self.sheet, self.row, self.column, self.length = sheet, row, column, length


class TextTooLong(Exception):
    """Raised by a converter; the sheet writer turns it into `CellTooLongError`."""

    def __init__(self, length: int) -> None:
        super().__init__(length)
        self.length = length


def safe_text(text: str) -> tuple[str, int]:
    """Text without the characters XML cannot hold; also how many were removed."""
    return ILLEGAL_XML.subn("", text)


def is_formula_like(text: str) -> bool:
    """Would a spreadsheet run this text (or take it for an error value) if typed in?"""
    return text.startswith(FORMULA_START) or text.strip().upper() in ERROR_LITERALS


@dataclass
class TextTally:
    """What safe writing changed, for the export summary."""

    removed_characters: int = 0
    neutralised: int = 0


class TextCells:
    """Converter of user text: cleaned, counted, neutralised; each value prepared once.

    Most texts repeat (site, course, room names) and need no change: they are answered
    by one dictionary look-up.
    """

    def __init__(self, sheet: Any, tally: TextTally) -> None:
        self._sheet = sheet
        self.tally = tally
        self._plain: dict[Any, str | None] = {None: None, "": None}
        self._special: dict[Any, tuple[str, int, bool]] = {}

    def __call__(self, value: Any) -> Any:
        try:
            return self._plain[value]
        except KeyError:
            return self._changed(value)

    def _changed(self, value: Any) -> Any:
        known = self._special.get(value)
        if known is None:
            text, removed = safe_text(value if isinstance(value, str) else str(value))
            if len(text) > CELL_LIMIT:
                raise TextTooLong(len(text))
            neutral = is_formula_like(text)
            if not removed and not neutral:
                if len(self._plain) < TEXT_CACHE_SIZE:
                    self._plain[value] = text
                return text
            known = (text, removed, neutral)
            if len(self._special) < TEXT_CACHE_SIZE:
                self._special[value] = known
        text, removed, neutral = known
        self.tally.removed_characters += removed
        if neutral:
            self.tally.neutralised += 1
            return literal_cell(self._sheet, text)
        return text


def literal_cell(sheet: Any, text: str) -> Any:
    """A cell holding `text` as a plain string, never a formula or an error value."""
    from openpyxl.cell import WriteOnlyCell

    cell = WriteOnlyCell(sheet, value=text)
    cell.data_type = "s"  # openpyxl took "=…" for a formula and "#N/A" for an error
    cell.quotePrefix = True  # and the spreadsheet keeps it text when the cell is edited
    return cell


class FormattedCell:
    """Converter writing values of one column with a number format through one cell.

    A write-only sheet serialises each row as soon as it is appended, so the same styled
    cell can carry this column's value row after row: far cheaper than a new styled cell
    per value (openpyxl looks the style up again for each). Only for write-only sheets,
    and the row list must not be kept after `append`.
    """

    __slots__ = ("_cell",)

    def __init__(self, sheet: Any, number_format: str) -> None:
        from openpyxl.cell import WriteOnlyCell

        self._cell = WriteOnlyCell(sheet)
        self._cell.number_format = number_format

    def __call__(self, value: Any) -> Any:
        if value is None:
            return None
        cell = self._cell
        cell.value = value
        return cell


def _identity(value: Any) -> Any:
    return value


def _mapped(mapping: dict[Any, str], fallback: Converter) -> Converter:
    table: dict[Any, str | None] = {None: None, **mapping}

    def convert(value: Any) -> Any:
        try:
            return table[value]
        except KeyError:
            return fallback(value)

    return convert


def converter(
    sheet: Any, kind: str, texts: TextCells, labels: dict[Any, str] | None = None
) -> Converter:
    """The converter of a column `kind` (see `workbook_layout.ColumnKind`).

    `labels` maps stored values to what is shown (an enum's French labels).
    """
    if kind == "date":
        return FormattedCell(sheet, DATE_FORMAT)
    if kind == "time":
        return FormattedCell(sheet, TIME_FORMAT)
    if kind == "decimal":
        return FormattedCell(sheet, MONEY_FORMAT)
    if kind == "int":
        return FormattedCell(sheet, INTEGER_FORMAT)
    if kind == "float":
        return _identity
    if kind == "bool":
        return _mapped({True: YES, False: NO}, texts)
    if labels:
        return _mapped(labels, texts)
    return texts


def value_cell(sheet: Any, value: Any, texts: TextCells) -> Any:
    """One cell for a value of any type (for short tables, where speed does not matter)."""
    if value is None or (isinstance(value, int | float | Decimal) and not isinstance(value, bool)):
        return value
    if isinstance(value, bool):
        return YES if value else NO
    if isinstance(value, datetime):
        return FormattedCell(sheet, DATETIME_FORMAT)(value)
    if isinstance(value, date):
        return FormattedCell(sheet, DATE_FORMAT)(value)
    if isinstance(value, time):
        return FormattedCell(sheet, TIME_FORMAT)(value)
    return texts(value)


def too_long_column(row: Sequence[Any], headers: Sequence[str]) -> str:
    """The header of the first over-long text of `row` (to name it in the error)."""
    for value, header in zip(row, headers, strict=False):
        if isinstance(value, str) and len(safe_text(value)[0]) > CELL_LIMIT:
            return header
    return headers[0] if headers else "?"


def display_width(value: Any) -> int:
    """About how many characters a value takes once shown in a cell."""
    if value is None:
        return 0
    if isinstance(value, bool):
        return 3
    if isinstance(value, datetime):
        return 16
    if isinstance(value, date):
        return 10
    if isinstance(value, time):
        return 5
    if isinstance(value, int | Decimal):
        return len(f"{value:,.2f}") + 2 if isinstance(value, Decimal) else len(f"{value:,}")
    if isinstance(value, float):
        return len(repr(value))
    text = str(getattr(value, "label", value))
    return max((len(line) for line in text.splitlines()), default=0)


def fitted_width(minimum: int, header: str, longest: int) -> float:
    """A column width in characters: the content or the header (+ the filter button)."""
    return float(min(MAX_WIDTH, max(minimum, len(header) + 3, longest + 2)))


def font(size: float = 11, **options: Any) -> Any:
    """A font of the workbook's body face (Calibri, openpyxl's default) with `options`.

    A font without a name would fall back to another face in some spreadsheets.
    """
    from openpyxl.styles import Font

    return Font(name="Calibri", size=size, **options)


def start_sheet(sheet: Any, headers: Sequence[str], widths: Sequence[float]) -> None:
    """Widths, frozen first row and the bold header row (before any other row).

    A write-only sheet writes its properties, view and columns with its first row:
    print setup and the like must be set before this.
    """
    from openpyxl.cell import WriteOnlyCell

    for index, width in enumerate(widths):
        sheet.column_dimensions[column_letter(index)].width = width
    sheet.freeze_panes = "A2"
    bold = font(bold=True)
    cells = []
    for header in headers:
        cell = WriteOnlyCell(sheet, value=header)
        cell.font = bold
        cells.append(cell)
    sheet.append(cells)


def set_autofilter(sheet: Any, columns: int, rows: int) -> None:
    """Filter buttons over the header and the `rows` data rows below it."""
    sheet.auto_filter.ref = f"A1:{column_letter(max(columns - 1, 0))}{rows + 1}"
