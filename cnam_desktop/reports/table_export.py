"""« Exporter la vue »: the rows a list shows, as a plain .xlsx workbook.

Real numbers and dates (not text), a bold frozen header with an autofilter, column
widths from the list, and user text that a spreadsheet would run (`= + - @`, tab,
carriage return, error literals like `#N/A`) written as literal text. Characters XML
cannot hold are removed and counted. The file is written to a temporary name in the
same folder and renamed at the end: a failure never leaves half a file.
"""

from __future__ import annotations

import contextlib
import os
import re
import tempfile
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from datetime import date, datetime
from decimal import Decimal
from pathlib import Path
from typing import Any

CELL_LIMIT = 32_767
FORMULA_START = ("=", "+", "-", "@", "\t", "\r")
ERROR_LITERALS = {
    "#N/A",
    "#NULL!",
    "#DIV/0!",
    "#VALUE!",
    "#REF!",
    "#NAME?",
    "#NUM!",
    "#GETTING_DATA",
}
ILLEGAL_XML = re.compile(r"[\x00-\x08\x0b\x0c\x0e-\x1f]")


@dataclass
class ExportSummary:
    path: Path
    rows: int
    removed_characters: int = 0


def safe_text(text: str) -> tuple[str, int]:
    """Text a spreadsheet shows as typed; also the count of illegal characters removed."""
    cleaned, removed = ILLEGAL_XML.subn("", text)
    return cleaned, removed


def _is_formula_like(text: str) -> bool:
    return text.startswith(FORMULA_START) or text.strip().upper() in ERROR_LITERALS


def write_table(
    path: Path | str,
    title: str,
    headers: Sequence[str],
    rows: Iterable[Sequence[Any]],
    widths: Sequence[int] = (),
) -> ExportSummary:
    """Write one sheet `title` with `headers` and `rows`; return what was written."""
    from openpyxl import Workbook  # only when exporting: ~0.3 s to import
    from openpyxl.cell import WriteOnlyCell
    from openpyxl.styles import Font

    path = Path(path)
    summary = ExportSummary(path=path, rows=0)
    workbook = Workbook(write_only=True)
    sheet = workbook.create_sheet(_sheet_title(title))
    sheet.freeze_panes = "A2"
    for index, width in enumerate(widths):
        letter = _column_letter(index)
        sheet.column_dimensions[letter].width = max(8, min(60, width / 7))
    bold = Font(bold=True)
    header_cells = []
    for header in headers:
        cell = WriteOnlyCell(sheet, value=header)
        cell.font = bold
        header_cells.append(cell)
    sheet.append(header_cells)

    def cell_for(value: Any) -> Any:
        if value is None or isinstance(value, bool | int | float | Decimal):
            return value if not isinstance(value, bool) else ("Oui" if value else "Non")
        if isinstance(value, datetime | date):
            cell = WriteOnlyCell(sheet, value=value)
            cell.number_format = (
                "DD/MM/YYYY" if not isinstance(value, datetime) else ("DD/MM/YYYY HH:MM")
            )
            return cell
        text, removed = safe_text(str(value))
        summary.removed_characters += removed
        if len(text) > CELL_LIMIT:
            raise ValueError(
                f"Une cellule dépasse la limite d'Excel ({CELL_LIMIT} caractères) : "
                f"« {text[:40]}… ». Raccourcissez ce texte avant d'exporter."
            )
        cell = WriteOnlyCell(sheet, value=text)
        if _is_formula_like(text):
            cell.data_type = "s"  # literal text, never a formula or an error value
        return cell

    count = 0
    try:
        for row in rows:
            sheet.append([cell_for(v) for v in row])
            count += 1
    except BaseException:
        with contextlib.suppress(Exception):
            sheet.close()  # ends openpyxl's streaming writer (its temporary file too)
        raise
    summary.rows = count
    last = _column_letter(max(len(headers) - 1, 0))
    sheet.auto_filter.ref = f"A1:{last}{count + 1}"
    workbook.properties.title = title
    _save_atomically(workbook, path)
    return summary


def _save_atomically(workbook: Any, path: Path) -> None:
    path.parent.mkdir(parents=True, exist_ok=True)
    handle, temp_name = tempfile.mkstemp(prefix=f".{path.stem}-", suffix=".xlsx", dir=path.parent)
    os.close(handle)
    try:
        workbook.save(temp_name)
        os.replace(temp_name, path)
    except BaseException:
        Path(temp_name).unlink(missing_ok=True)
        raise


def _sheet_title(title: str) -> str:
    cleaned = re.sub(r"[\[\]:*?/\\]", " ", title).strip() or "Export"
    return cleaned[:31]


def _column_letter(index: int) -> str:
    letters = ""
    index += 1
    while index:
        index, remainder = divmod(index - 1, 26)
        letters = chr(65 + remainder) + letters
    return letters
