"""Writing a workbook file safely: to a temporary name in the same folder, then renamed.

A failure, a cancel or a crash while saving never leaves half a file at the target path,
and never touches the file that was there before.
"""

from __future__ import annotations

import os
import tempfile
from pathlib import Path
from typing import Any


def save_atomically(workbook: Any, path: Path | str) -> Path:
    """Save an openpyxl `workbook` to `path` through a temporary file; return the path."""
    path = Path(path)
    path.parent.mkdir(parents=True, exist_ok=True)
    handle, temp_name = tempfile.mkstemp(prefix=f".{path.stem}-", suffix=".xlsx", dir=path.parent)
    os.close(handle)
    try:
        workbook.save(temp_name)
        os.replace(temp_name, path)
    except BaseException:
        Path(temp_name).unlink(missing_ok=True)
        raise
    return path


def column_letter(index: int) -> str:
    """Spreadsheet column letters of a 0-based column index: 0 → A, 26 → AA."""
    letters = ""
    index += 1
    while index:
        index, remainder = divmod(index - 1, 26)
        letters = chr(65 + remainder) + letters
    return letters
