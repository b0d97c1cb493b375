"""« Exporter la vue »: the rows a list shows, as a plain .xlsx workbook.

Real numbers and dates (not text), a bold frozen header with an autofilter, column
widths from the list, and user text that a spreadsheet would run (`= + - @`, tab,
carriage return, error literals like `#N/A`) written as literal text. Characters XML
cannot hold are removed and counted. The file is written to a temporary name in the
same folder and renamed at the end: a failure never leaves half a file. The cell rules
live in `xlsx_cells.py`, shared with the partner workbook.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from cnam_desktop.reports.xlsx_cells import (
    CELL_LIMIT,
    CellTooLongError,
    TextCells,
    TextTally,
    TextTooLong,
    safe_text,
    set_autofilter,
    start_sheet,
    too_long_column,
    value_cell,
)
from cnam_desktop.reports.xlsx_files import abandon, save_atomically, sheet_title

__all__ = ["CELL_LIMIT", "ExportSummary", "safe_text", "write_table"]


@dataclass
class ExportSummary:
    path: Path
    rows: int
    removed_characters: int = 0


def write_table(
    path: Path | str,
    title: str,
    headers: Sequence[str],
    rows: Iterable[Sequence[Any]],
    widths: Sequence[int] = (),
) -> ExportSummary:
    """Write one sheet `title` with `headers` and `rows`; return what was written.

    `widths` are the list's column widths in pixels (about 7 per character).
    """
    from openpyxl import Workbook  # only when exporting: ~0.3 s to import

    path = Path(path)
    workbook = Workbook(write_only=True)
    name = sheet_title(title)
    sheet = workbook.create_sheet(name)
    tally = TextTally()
    texts = TextCells(sheet, tally)
    start_sheet(sheet, headers, [max(8, min(60, width / 7)) for width in widths])
    count = 0
    try:
        for row in rows:
            try:
                sheet.append([value_cell(sheet, value, texts) for value in row])
            except TextTooLong as exc:
                column = too_long_column(row, headers)
                raise CellTooLongError(name, count + 2, column, exc.length) from None
            count += 1
        set_autofilter(sheet, len(headers), count)
        workbook.properties.title = title
        save_atomically(workbook, path)
    except BaseException:
        abandon(workbook)
        raise
    return ExportSummary(path=path, rows=count, removed_characters=tally.removed_characters)
