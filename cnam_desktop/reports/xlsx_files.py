"""Writing a workbook file safely: to a temporary name in the same folder, then renamed.

A failure, a cancel or a crash while saving never leaves half a file at the target path,
and never touches the file that was there before.
"""

from __future__ import annotations

import contextlib
import re
from collections.abc import Callable
from pathlib import Path
from typing import Any

from cnam_desktop.reports.atomic_file import replacing

SHEET_TITLE_LIMIT = 31


def save_atomically(
    workbook: Any, path: Path | str, before_replace: Callable[[], None] | None = None
) -> Path:
    """Save an openpyxl `workbook` to `path` through a temporary file; return the path.

    `before_replace` runs once the temporary file is complete, just before the rename:
    raising there (a cancel, say) removes the temporary file and keeps the old one.
    The file gets the permissions a plainly created one would (`atomic_file`).
    """
    path = Path(path)
    with replacing(path, ".xlsx") as temp:
        workbook.save(temp)
        if before_replace is not None:
            before_replace()
    return path


def abandon(workbook: Any) -> None:
    """Drop a write-only workbook that will not be saved, with its streaming files.

    openpyxl streams each write-only sheet to a temporary file of its own (removed at
    save, or only at interpreter exit otherwise): close and remove them now.
    """
    for sheet in getattr(workbook, "worksheets", ()):
        writer = getattr(sheet, "_writer", None)
        if writer is None:
            continue
        with contextlib.suppress(Exception):
            sheet.close()  # ends its row stream cleanly (else a warning at garbage collection)
        rows = getattr(sheet, "_rows", None)
        if rows is not None:
            with contextlib.suppress(Exception):
                rows.close()
        with contextlib.suppress(Exception):
            writer.close()
        with contextlib.suppress(Exception):
            writer.cleanup()


def sheet_title(title: str, fallback: str = "Export") -> str:
    """A name a spreadsheet accepts for a sheet: no [ ] : * ? / \\, 31 characters at most."""
    cleaned = re.sub(r"[\[\]:*?/\\]", " ", title).strip() or fallback
    return cleaned[:SHEET_TITLE_LIMIT]


def column_letter(index: int) -> str:
    """Spreadsheet column letters of a 0-based column index: 0 → A, 26 → AA."""
    letters = ""
    index += 1
    while index:
        index, remainder = divmod(index - 1, 26)
        letters = chr(65 + remainder) + letters
    return letters
