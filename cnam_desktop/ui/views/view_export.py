"""« Exporter la vue »: the rows a list shows, written to a simple .xlsx in the background.

Every list has it (the `ListPage` lists and the Sites table): the rows are read again,
block by block, in a worker and written to a temporary name, renamed only if not
cancelled — a cancel leaves no file, and the old one, if any, as it was.
"""

from __future__ import annotations

from collections.abc import Callable, Iterator, Sequence
from dataclasses import replace
from pathlib import Path
from typing import TYPE_CHECKING, Any, TypeVar

from PySide6.QtWidgets import QWidget

from cnam_desktop.domain.formatting import french_count, plural
from cnam_desktop.reports.atomic_file import replacing
from cnam_desktop.ui import file_dialogs, messages
from cnam_desktop.ui.models.id_table_model import Column
from cnam_desktop.ui.tasks import Progress, TaskHandle, report_failure, run_task

if TYPE_CHECKING:
    from cnam_desktop.reports.table_export import ExportSummary

RowT = TypeVar("RowT")

EXPORT_CHUNK = 200
"""Rows read per query by « Exporter la vue »."""


def export_view(
    parent: QWidget,
    title: str,
    columns: Sequence[Column[RowT]],
    ids: Sequence[str],
    rows_of: Callable[[Sequence[str]], dict[str, RowT]],
    report: Callable[[str], Any],
) -> TaskHandle[ExportSummary] | None:
    """Ask where, then write the rows of `ids` in the background; the task, or None if
    there is nothing to write or no file was chosen. `report` gets the status message."""
    if not ids:
        return None
    path = file_dialogs.save_path(
        parent, "Exporter la vue", f"{title}.xlsx", "Classeur Excel (*.xlsx)"
    )
    if path is None:
        return None
    if path.suffix.lower() != ".xlsx":
        path = path.with_suffix(".xlsx")
    target = path

    def failed(exc: BaseException) -> None:
        if not isinstance(exc, OSError | ValueError):
            report_failure(parent, "Exporter la vue", exc)
            return
        reason = exc.strerror if isinstance(exc, OSError) and exc.strerror else str(exc)
        messages.error(parent, "Export impossible", f"« {target} » : {reason}")

    def done(summary: ExportSummary) -> None:
        note = (
            f" {summary.removed_characters} caractère(s) invisible(s) retiré(s)."
            if summary.removed_characters
            else ""
        )
        report(f"{plural(summary.rows, 'ligne')} exportée(s) dans {summary.path}.{note}")

    return run_task(
        parent,
        "Export de la vue…",
        lambda progress: write_view(target, title, columns, ids, rows_of, progress),
        done,
        failed,
    )


def write_view(
    path: Path,
    title: str,
    columns: Sequence[Column[RowT]],
    ids: Sequence[str],
    rows_of: Callable[[Sequence[str]], dict[str, RowT]],
    progress: Progress,
) -> ExportSummary:
    """The worker's part: rows fetched by block, then written.

    The workbook goes to a temporary name, renamed to `path` only if not cancelled.
    """
    from cnam_desktop.reports.table_export import write_table  # openpyxl: on demand

    total = len(ids)

    def values() -> Iterator[list[Any]]:
        for start in range(0, total, EXPORT_CHUNK):
            block = ids[start : start + EXPORT_CHUNK]
            fetched = rows_of(block)
            for record_id in block:
                row = fetched.get(record_id)  # None: deleted since
                if row is not None:
                    yield [c.value(row) if c.value is not None else c.text(row) for c in columns]
            done = min(start + EXPORT_CHUNK, total)
            progress.report(
                done, total, f"Export : {french_count(done)} / {french_count(total)} lignes"
            )

    with replacing(path, ".xlsx") as temp:
        summary = write_table(
            temp, title, [c.title for c in columns], values(), [c.width for c in columns]
        )
        progress.check()
    return replace(summary, path=path)
