"""Importing a 10,000-row Planning sheet, against a bare openpyxl read-only pass.

The file: valid sessions of existing offerings of the demo network, at distinct dates
and times (two a day from 2031 on, so none exists yet), written with openpyxl in
write-only mode with real date and time cells. Value: `WorkbookImportService.check`
then `apply` (guard, read, convert, validate, resolve, one transaction of inserts) on
a fresh copy of the demo database each time. Floor, measured in the same run and
interleaved: `load_workbook(read_only=True)` and reading every cell value of the sheet.
Registered in `run_bench.py` (`xlsx_import`).
"""

from __future__ import annotations

import shutil
import sqlite3
import statistics
import time
from dataclasses import dataclass
from datetime import date, datetime, timedelta
from datetime import time as dtime
from pathlib import Path
from typing import Any

START = date(2031, 1, 6)
SLOTS = (dtime(9, 0), dtime(14, 0))
LENGTH = timedelta(hours=3)


@dataclass
class Figures:
    value: float
    floor: float
    rows: int
    created: int


def _offerings(demo: Path) -> list[tuple[Any, ...]]:
    """(INSEE code, site, Cnam code, period, a room of the site or None) of live offerings."""
    conn = sqlite3.connect(demo)
    try:
        return conn.execute(
            """
            SELECT s.insee_code, s.name, c.cnam_code, o.period_label,
                   (SELECT r.name FROM room r JOIN premises p ON p.id = r.premises_id
                     WHERE p.site_id = s.id AND r.deleted_at IS NULL ORDER BY r.name LIMIT 1)
              FROM offering o JOIN site s ON s.id = o.site_id JOIN course c ON c.id = o.course_id
             WHERE o.deleted_at IS NULL AND o.status != 'cancelled'
             ORDER BY s.name, c.cnam_code, o.period_label
            """
        ).fetchall()
    finally:
        conn.close()


def _trainers(demo: Path) -> list[str]:
    conn = sqlite3.connect(demo)
    try:
        rows = conn.execute(
            "SELECT first_name || ' ' || last_name FROM trainer WHERE deleted_at IS NULL"
        )
        return [name for (name,) in rows]
    finally:
        conn.close()


def build_sheet(demo: Path, path: Path, rows: int) -> Path:
    """A Planning sheet of `rows` valid new sessions (openpyxl write-only)."""
    from openpyxl import Workbook
    from openpyxl.cell import WriteOnlyCell

    from cnam_desktop.reports.workbook_layout import SESSIONS

    offerings, trainers = _offerings(demo), _trainers(demo)
    workbook = Workbook(write_only=True)
    sheet = workbook.create_sheet(SESSIONS.title)
    columns = SESSIONS.importable_columns
    sheet.append([c.header for c in columns])
    day_cell = WriteOnlyCell(sheet)
    day_cell.number_format = "DD/MM/YYYY"
    start_cell, end_cell = WriteOnlyCell(sheet), WriteOnlyCell(sheet)
    start_cell.number_format = end_cell.number_format = "HH:MM"
    per_offering = -(-rows // len(offerings))
    for k in range(rows):
        insee, site, code, period, room = offerings[k // per_offering]
        n = k % per_offering
        start = SLOTS[n % 2]
        day_cell.value = START + timedelta(days=n // 2)
        start_cell.value = start
        end_cell.value = (datetime.combine(START, start) + LENGTH).time()
        values = {
            "site_insee": insee,
            "site_name": site,
            "course_code": code,
            "period": period,
            "day": day_cell,
            "start_time": start_cell,
            "end_time": end_cell,
            "modality": "Présentiel",
            "room": room,
            "trainer": trainers[k % len(trainers)],
            "unit_code": None,
            "video_link": None,
            "status": "Prévue",
        }
        sheet.append([values[c.key] for c in columns])
    workbook.save(path)
    return path


def bare_pass(path: Path) -> float:
    from openpyxl import load_workbook

    started = time.perf_counter()
    workbook = load_workbook(path, read_only=True)
    count = 0
    for row in workbook.worksheets[0].iter_rows(values_only=True):
        for _value in row:
            count += 1
    workbook.close()
    return time.perf_counter() - started


def import_once(demo: Path, work: Path, path: Path, index: int) -> tuple[float, int]:
    from cnam_desktop.db.engine import open_database
    from cnam_desktop.services.workbook_import import WorkbookImportService

    copy = work / f"import-{index}.sqlite3"
    shutil.copyfile(demo, copy)
    db = open_database(copy)
    try:
        service = WorkbookImportService(db)
        started = time.perf_counter()
        plan = service.check(path)
        result = service.apply(plan)
        elapsed = time.perf_counter() - started
    finally:
        db.close()
    if not plan.ok:
        raise RuntimeError([p.text() for p in plan.problems[:5]])
    return elapsed, sum(c.create for c in result.counts)


def measure(demo: Path, work: Path, rows: int, repeat: int) -> Figures:
    path = build_sheet(demo, work / f"planning-{rows}.xlsx", rows)
    bare_pass(path)  # warm-up: imports, page cache
    ours, floors = [], []
    created = 0
    for index in range(repeat):
        floors.append(bare_pass(path))
        elapsed, created = import_once(demo, work, path, index)
        ours.append(elapsed)
    return Figures(statistics.median(ours), statistics.median(floors), rows, created)


if __name__ == "__main__":  # python -m tests.perf.xlsx_import_bench DEMO.sqlite3 [ROWS] [REPEAT]
    import sys
    import tempfile

    with tempfile.TemporaryDirectory() as tmp:
        figures = measure(
            Path(sys.argv[1]),
            Path(tmp),
            int(sys.argv[2]) if len(sys.argv) > 2 else 10_000,
            int(sys.argv[3]) if len(sys.argv) > 3 else 3,
        )
    print(
        f"import {figures.value:.3f}s, bare read {figures.floor:.3f}s, "
        f"ratio {figures.value / figures.floor:.2f}, {figures.created} sessions created"
    )
