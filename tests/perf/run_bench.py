"""`make bench`: one row per benchmark, each a ratio to a floor measured in the same run.

Rows: name, value (seconds unless said), floor (the same work done the plainest
way), ratio = value / floor, target ratio, met or not. The table is printed and
written as JSON to `.bench/latest.json`. Later issues add rows with `@bench`.
"""

from __future__ import annotations

import json
import os
import sqlite3
import statistics
import subprocess
import sys
import tempfile
import time
from collections.abc import Callable
from dataclasses import asdict, dataclass
from pathlib import Path

from tests.perf.sqlite_values import sqlite_value

ROOT = Path(__file__).resolve().parents[2]
OUT = ROOT / ".bench" / "latest.json"
REPEAT = int(os.environ.get("BENCH_REPEAT", "5"))
SCALE_SITES = int(os.environ.get("BENCH_SITES", "100"))
SCALE_SESSIONS = int(os.environ.get("BENCH_SESSIONS", "100000"))
ONLY = os.environ.get("BENCH_ONLY", "")  # comma-separated benchmark function names


@dataclass
class Row:
    name: str
    value: float
    floor: float
    target: float
    unit: str = "s"
    note: str = ""

    @property
    def ratio(self) -> float:
        return self.value / self.floor if self.floor else float("inf")

    @property
    def met(self) -> bool:
        return self.ratio <= self.target


BENCHES: list[Callable[[Path], list[Row]]] = []


def bench(fn: Callable[[Path], list[Row]]) -> Callable[[Path], list[Row]]:
    BENCHES.append(fn)
    return fn


def _launch(args: list[str], env_extra: dict[str, str] | None = None) -> dict[str, float]:
    """Start a process with the start-up probe set; return the times it printed."""
    env = {**os.environ, "QT_QPA_PLATFORM": os.environ.get("QT_QPA_PLATFORM", "offscreen")}
    env.update(env_extra or {})
    env["CNAM_DESKTOP_STARTUP_PROBE"] = repr(time.time())
    result = subprocess.run(args, env=env, capture_output=True, text=True, timeout=300)
    if result.returncode != 0:
        raise RuntimeError(f"{args} failed:\n{result.stdout}\n{result.stderr}")
    times = {}
    for line in result.stdout.splitlines():
        key, _, value = line.partition(" ")
        if key in ("painted", "data", "charts"):
            times[key] = float(value)
    return times


def _median_launch(args: list[str], key: str) -> float:
    return statistics.median(_launch(args)[key] for _ in range(REPEAT))


def _make_db(folder: Path, command: list[str]) -> Path:
    path = folder / f"{command[0]}.sqlite3"
    if not path.exists():
        subprocess.run(
            [sys.executable, "-m", "cnam_desktop", *command, "--db", str(path)],
            check=True,
            capture_output=True,
        )
    return path


@bench
def startup(work: Path) -> list[Row]:
    bare = [sys.executable, str(Path(__file__).with_name("bare_window.py"))]
    demo = _make_db(work, ["seed-demo"])
    scale = _make_db(
        work, ["seed-scale", "--sites", str(SCALE_SITES), "--sessions", str(SCALE_SESSIONS)]
    )
    rows = []
    for label, path in (("démo", demo), (f"{SCALE_SESSIONS} séances", scale)):
        app = [sys.executable, "-m", "cnam_desktop", "--db", str(path)]
        painted, data, charts, floors = [], [], [], []
        for _ in range(REPEAT):  # interleaved, so drift hits both alike
            floors.append(_launch(bare)["painted"])
            times = _launch(app)
            painted.append(times["painted"])
            data.append(times["data"])
            charts.append(times["charts"])
        floor = statistics.median(floors)
        rows.append(
            Row(f"start-up: window painted ({label})", statistics.median(painted), floor, 2.0)
        )
        rows.append(
            Row(f"start-up: dashboard figures ({label})", statistics.median(data), floor, 5.0)
        )
        rows.append(
            Row(f"start-up: dashboard charts ({label})", statistics.median(charts), floor, 8.0)
        )
    return rows


@bench
def seeding(work: Path) -> list[Row]:
    from cnam_desktop.db.engine import open_database
    from cnam_desktop.services.scale import generate_scale_rows, insert_rows

    rows = generate_scale_rows(sites=SCALE_SITES, sessions=SCALE_SESSIONS, seed=2019)
    total = sum(len(r) for r in rows.values())
    ours, raw = [], []
    for i in range(max(1, REPEAT // 2)):
        db = open_database(work / f"seed-ours-{i}.sqlite3")
        started = time.perf_counter()
        insert_rows(db, rows)
        ours.append(time.perf_counter() - started)
        db.close()

        target = work / f"seed-raw-{i}.sqlite3"
        open_database(target).close()  # same schema, same indexes
        prepared = {
            table: (list(batch[0]), [tuple(sqlite_value(v) for v in r.values()) for r in batch])
            for table, batch in rows.items()
            if batch
        }
        conn = sqlite3.connect(target)
        conn.execute("PRAGMA foreign_keys=ON")
        conn.execute("PRAGMA synchronous=FULL")
        started = time.perf_counter()
        with conn:
            for table, (columns, values) in prepared.items():
                marks = ", ".join("?" * len(columns))
                conn.executemany(
                    f'INSERT INTO "{table}" ({", ".join(columns)}) VALUES ({marks})', values
                )
        raw.append(time.perf_counter() - started)
        conn.close()
    value, floor = statistics.median(ours), statistics.median(raw)
    return [
        Row(
            f"seed-scale insert ({total} rows)",
            value,
            floor,
            2.0,
            note=f"{total / value:,.0f} rows/s vs raw {total / floor:,.0f} rows/s",
        )
    ]


LIST_REPEAT = int(os.environ.get("BENCH_LIST_REPEAT", "15"))
"""Samples per list and action (medians): with 3, a filter of 1–2 ms moved between 1.3× and
2.5× its floor from one run to the next; with 15 or more, within a few tenths."""


@bench
def lists(work: Path) -> list[Row]:
    """Each list on the scale network: first rows painted, then a typical filter painted.

    Measured in one subprocess (one QApplication, window 1280×800) by list_open.py,
    interleaved with its floor: a bare QTableView over a list of tuples of the same rows.
    """
    scale = _make_db(
        work, ["seed-scale", "--sites", str(SCALE_SITES), "--sessions", str(SCALE_SESSIONS)]
    )
    env = {**os.environ, "QT_QPA_PLATFORM": os.environ.get("QT_QPA_PLATFORM", "offscreen")}
    script = str(Path(__file__).with_name("list_open.py"))
    result = subprocess.run(
        [sys.executable, script, str(scale), str(LIST_REPEAT)],
        env=env,
        capture_output=True,
        text=True,
        timeout=600,
        cwd=ROOT,
    )
    if result.returncode != 0:
        raise RuntimeError(f"list_open.py failed:\n{result.stdout}\n{result.stderr}")
    figures = json.loads(result.stdout.strip().splitlines()[-1])
    rows = []
    for name, f in figures.items():
        rows.append(
            Row(
                f"list {name}: first rows painted",
                f["open"],
                f["open_floor"],
                2.0,
                note=f"{f['rows']} rows",
            )
        )
        rows.append(
            Row(
                f"list {name}: filtered, painted",
                f["filter"],
                f["filter_floor"],
                2.0,
                note=f"{f['rows']} → {f['filtered']} rows",
            )
        )
    return rows


@bench
def conflicts(work: Path) -> list[Row]:
    """The full conflict check on the scale network vs. fetching + sorting its sessions."""
    from tests.perf.conflicts_bench import measure

    scale = _make_db(
        work, ["seed-scale", "--sites", str(SCALE_SITES), "--sessions", str(SCALE_SESSIONS)]
    )
    f = measure(scale, REPEAT)
    found = ", ".join(f"{rule} {count}" for rule, count in sorted(f.by_rule.items()))
    note = f"{f.sessions} sessions, {f.total} conflicts: {found}"
    name = f"conflicts: full check ({f.sessions} sessions)"
    return [Row(name, f.value, f.floor, 10.0, note=note)]


@bench
def calendar_week(work: Path) -> list[Row]:
    """Week view of the busiest site-week vs a bare painted widget: tests/perf/calendar_bench.py."""
    from tests.perf.calendar_bench import run

    return [Row(**row) for row in run(work)]


EXPORT_REPEAT = int(os.environ.get("BENCH_EXPORT_REPEAT", str(max(1, REPEAT // 2))))


@bench
def xlsx_export(work: Path) -> list[Row]:
    """Partner workbook: schedule sheet vs a bare openpyxl loop; xlsxwriter; whole-file memory.

    See tests/perf/xlsx_export_bench.py (about 90 s per repeat at 100,000 sessions).
    """
    from tests.perf.xlsx_export_bench import measure, whole_workbook

    scale = _make_db(
        work, ["seed-scale", "--sites", str(SCALE_SITES), "--sessions", str(SCALE_SESSIONS)]
    )
    whole = whole_workbook(scale, work / "whole.xlsx")  # first: a small parent to fork
    f = measure(scale, work, EXPORT_REPEAT)
    same = "byte-identical" if f["identical"] else "NOT identical"
    cells = f"{f['sessions']:,} rows, {f['cells']:,} cells ({same}), median of {EXPORT_REPEAT}"
    return [
        Row(
            f"export: schedule sheet {f['sessions']:,} sessions",
            f["value"],
            f["floor"],
            1.3,
            note=f"floor: bare openpyxl write-only loop, same cells and formats; {cells}",
        ),
        Row(
            "export peer: xlsxwriter constant_memory",
            f["peer"],
            f["floor"],
            99.0,
            note="peer, informational: same cells written by xlsxwriter; floor as above",
        ),
        Row(
            "export: whole workbook peak memory",
            whole["peak_mb"],
            500.0,
            1.0,
            unit="MB",
            note=f"peak RSS (VmHWM) of a fresh process; floor = the 500 MB budget; "
            f"whole workbook in {whole['seconds']:.1f} s",
        ),
    ]


IMPORT_ROWS = int(os.environ.get("BENCH_IMPORT_ROWS", "10000"))


@bench
def xlsx_import(work: Path) -> list[Row]:
    """Importing session rows (check + apply) vs a bare read: tests/perf/xlsx_import_bench.py."""
    from tests.perf.xlsx_import_bench import measure

    demo = _make_db(work, ["seed-demo"])
    f = measure(demo, work, IMPORT_ROWS, max(1, REPEAT // 2))
    note = f"{f.created} sessions created; floor: openpyxl read-only pass over the same file"
    return [Row(f"import: {f.rows:,} session rows", f.value, f.floor, 3.0, note=note)]


SYNC_ROWS = int(os.environ.get("BENCH_SYNC_ROWS", "10000"))


@bench
def sync(work: Path) -> list[Row]:
    """Laptop ↔ shared base, 10,000 records each way vs bare executemany copies of the same
    rows: tests/perf/sync_bench.py (needs CNAM_TEST_POSTGRES_URL, else skipped)."""
    from tests.perf.sync_bench import measure

    f = measure(work, SYNC_ROWS, max(1, REPEAT // 2 + 1))
    if f is None:
        print("sync: skipped, CNAM_TEST_POSTGRES_URL not set (no test server)", file=sys.stderr)
        return []
    runs = f"median of {f.rounds}"
    return [
        Row(
            f"sync: push {f.rows:,} changed records",
            f.push,
            f.push_floor,
            5.0,
            note=f"floor: sqlite3 read + psycopg executemany INSERT on the server; {runs}",
        ),
        Row(
            f"sync: pull {f.rows:,} changed records",
            f.pull,
            f.pull_floor,
            5.0,
            note=f"floor: psycopg read + sqlite3 executemany INSERT in the file; {runs}",
        ),
    ]


def main() -> int:
    results: list[Row] = []
    with tempfile.TemporaryDirectory(prefix="cnam-bench-") as tmp:
        for fn in BENCHES:
            if ONLY and fn.__name__ not in ONLY.split(","):
                continue
            results.extend(fn(Path(tmp)))
    header = f"{'benchmark':<44} {'value':>8} {'floor':>8} {'ratio':>6} {'target':>7}  met"
    print(header)
    print("-" * len(header))
    for r in results:
        print(
            f"{r.name:<44} {r.value:>7.3f}{r.unit} {r.floor:>7.3f}{r.unit} {r.ratio:>6.2f} "
            f"{'≤' + format(r.target, 'g') + '×':>7}  {'yes' if r.met else 'NO'}"
            + (f"  ({r.note})" if r.note else "")
        )
    OUT.parent.mkdir(exist_ok=True)
    payload = [{**asdict(r), "ratio": r.ratio, "met": r.met} for r in results]
    OUT.write_text(json.dumps(payload, indent=2, ensure_ascii=False), encoding="utf-8")
    print(f"\n→ {OUT.relative_to(ROOT)}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
