"""The partner workbook export on the scale network, against its floor and a peer.

- value: the schedule sheet (« Planning ») as the export writes it —
  `services.workbook_export.write_schedule` streaming the sessions from the database
  (joins, labels, safe text, widths) into a write-only workbook — then saved.
- floor, measured in the same run and interleaved: the same cell values already in a
  list of lists (fetched and converted before the clock starts), one `ws.append(row)`
  per row into a bare write-only workbook, then saved. It writes the same number
  formats the export writes (date DD/MM/YYYY, times HH:MM) in the cheapest way
  openpyxl allows: one styled cell per formatted column, carrying that column's value
  row after row. (Measured on 20,000 rows: a new styled cell per value made the
  appends ≈ 1.7× slower; plain `date` / `time` values, which get openpyxl's own
  yyyy-mm-dd / h:mm:ss formats, ≈ 1.35× slower.) The bench checks that the floor's
  sheet data is byte-identical to the export's.
- peer: xlsxwriter's constant-memory mode writing the same values with the same
  formats (informational).
- memory: the whole workbook of the scale network exported in a subprocess, which
  reports its peak resident memory (`VmHWM`); the floor is the 500 MB budget.
"""

from __future__ import annotations

import json
import resource
import statistics
import subprocess
import sys
import time
import zipfile
from pathlib import Path
from typing import Any

HEADER_FORMATS = {"date": "DD/MM/YYYY", "time": "HH:MM"}


def schedule_values(path: Path) -> tuple[list[str], list[str], list[list[Any]]]:
    """Headers, column kinds and the plain values of every schedule row, as written."""
    from cnam_desktop.db.engine import open_database
    from cnam_desktop.db.repositories.workbook_rows import Scope, stream_sessions
    from cnam_desktop.domain.formatting import WEEKDAY_NAMES
    from cnam_desktop.reports.workbook_layout import SESSIONS

    columns = SESSIONS.columns
    labels = [{m: m.label for m in c.enum} if c.enum else None for c in columns]
    weekday = [c.key for c in columns].index("weekday")
    db = open_database(path)
    rows = []
    try:
        with db.reader() as s:
            for found in stream_sessions(s, [c.key for c in columns], Scope()):
                row = [
                    (table.get(v, v) if table is not None and v is not None else v)
                    for table, v in zip(labels, found, strict=True)
                ]
                row[weekday] = WEEKDAY_NAMES[row[weekday].weekday()]
                rows.append([None if v == "" else v for v in row])
    finally:
        db.close()
    return [c.header for c in columns], [c.kind for c in columns], rows


def bare_openpyxl(out: Path, headers: list[str], kinds: list[str], rows: list[list[Any]]) -> float:
    from openpyxl import Workbook
    from openpyxl.cell import WriteOnlyCell
    from openpyxl.styles import Font

    started = time.perf_counter()
    book = Workbook(write_only=True)
    sheet = book.create_sheet("Planning")
    bold = Font(name="Calibri", size=11, bold=True)
    header = []
    for text in headers:
        cell = WriteOnlyCell(sheet, value=text)
        cell.font = bold
        header.append(cell)
    sheet.append(header)
    styled = []
    for index, kind in enumerate(kinds):
        if kind in HEADER_FORMATS:
            cell = WriteOnlyCell(sheet)
            cell.number_format = HEADER_FORMATS[kind]
            styled.append((index, cell))
    for row in rows:
        for index, cell in styled:
            cell.value = row[index]
            row[index] = cell
        sheet.append(row)
        for index, cell in styled:
            row[index] = cell.value  # the list is reused by the next measure
    book.save(out)
    return time.perf_counter() - started


def xlsxwriter_peer(
    out: Path, headers: list[str], kinds: list[str], rows: list[list[Any]]
) -> float:
    import xlsxwriter

    started = time.perf_counter()
    book = xlsxwriter.Workbook(
        str(out), {"constant_memory": True, "strings_to_formulas": False, "strings_to_urls": False}
    )
    sheet = book.add_worksheet("Planning")
    bold = book.add_format({"bold": True})
    formats = {
        i: book.add_format({"num_format": HEADER_FORMATS[k]})
        for i, k in enumerate(kinds)
        if k in HEADER_FORMATS
    }
    sheet.write_row(0, 0, headers, bold)
    write, write_datetime = sheet.write, sheet.write_datetime
    for number, row in enumerate(rows, start=1):
        for column, value in enumerate(row):
            if value is None:
                continue
            if column in formats:
                write_datetime(number, column, value, formats[column])
            else:
                write(number, column, value)
    book.close()
    return time.perf_counter() - started


def ours(path: Path, out: Path) -> float:
    from cnam_desktop.db.engine import open_database
    from cnam_desktop.reports.excel import PartnerWorkbook
    from cnam_desktop.services.workbook_export import ExportScope, write_schedule

    db = open_database(path)
    try:
        started = time.perf_counter()
        book = PartnerWorkbook("Planning", "Cnam")
        with db.reader() as s:
            write_schedule(book, s, ExportScope(), None)
        book.save(out)
        return time.perf_counter() - started
    finally:
        db.close()


def measure(path: Path, work: Path, repeat: int) -> dict[str, Any]:
    headers, kinds, rows = schedule_values(path)
    values, floors, peers = [], [], []
    for i in range(repeat):  # interleaved, so that drift hits all three alike
        floors.append(bare_openpyxl(work / f"floor-{i}.xlsx", headers, kinds, rows))
        values.append(ours(path, work / f"ours-{i}.xlsx"))
        peers.append(xlsxwriter_peer(work / f"peer-{i}.xlsx", headers, kinds, rows))
    return {
        "identical": _same_cells(work / "floor-0.xlsx", "sheet1", work / "ours-0.xlsx", "sheet2"),
        "sessions": len(rows),
        "cells": sum(v is not None for row in rows for v in row),
        "value": statistics.median(values),
        "floor": statistics.median(floors),
        "peer": statistics.median(peers),
    }


def _sheet_data(path: Path, sheet: str) -> bytes:
    with zipfile.ZipFile(path) as archive:
        xml = archive.read(f"xl/worksheets/{sheet}.xml")
    return xml[xml.index(b"<sheetData>") : xml.index(b"</sheetData>")]


def _same_cells(floor: Path, floor_sheet: str, value: Path, value_sheet: str) -> bool:
    """Did the floor write byte for byte the cells the export wrote (values and styles)?"""
    return _sheet_data(floor, floor_sheet) == _sheet_data(value, value_sheet)


def whole_workbook(path: Path, out: Path) -> dict[str, float]:
    """Export the whole workbook in a fresh process; its peak memory and duration."""
    result = subprocess.run(
        [sys.executable, "-m", "tests.perf.xlsx_export_bench", "--whole", str(path), str(out)],
        capture_output=True,
        text=True,
        timeout=1800,
        cwd=Path(__file__).resolve().parents[2],
    )
    if result.returncode != 0:
        raise RuntimeError(f"whole workbook export failed:\n{result.stdout}\n{result.stderr}")
    return json.loads(result.stdout.strip().splitlines()[-1])


def _whole_in_this_process(path: Path, out: Path) -> None:
    from cnam_desktop.db.engine import open_database
    from cnam_desktop.services.workbook_export import export_workbook

    db = open_database(path)
    try:
        started = time.perf_counter()
        summary = export_workbook(db, out)
        seconds = time.perf_counter() - started
    finally:
        db.close()
    print(json.dumps({"peak_mb": _peak_mb(), "seconds": seconds, "rows": summary.rows}))


def _peak_mb() -> float:
    """This process's peak resident memory.

    Linux keeps `ru_maxrss` across `exec`: a child forked from a big parent would report
    the parent's peak. `VmHWM` belongs to the process's own memory map, new at `exec`.
    """
    try:
        for line in Path("/proc/self/status").read_text().splitlines():
            if line.startswith("VmHWM:"):
                return int(line.split()[1]) / 1024
    except OSError:
        pass
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024  # KiB on Linux


if __name__ == "__main__":
    # python -m tests.perf.xlsx_export_bench DB [REPEAT]   or   --whole DB OUT
    if sys.argv[1] == "--whole":
        _whole_in_this_process(Path(sys.argv[2]), Path(sys.argv[3]))
    else:
        import tempfile

        with tempfile.TemporaryDirectory() as tmp:
            repeat = int(sys.argv[2]) if len(sys.argv) > 2 else 1
            print(whole_workbook(Path(sys.argv[1]), Path(tmp) / "whole.xlsx"))
            print(measure(Path(sys.argv[1]), Path(tmp), repeat))
