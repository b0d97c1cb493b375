"""The full conflict check over the scale network, against its floor.

Value: `ConflictService.check_network()` (loading the facts and running the engine),
on a database opened once. Floor, measured in the same run and interleaved: fetching
the same session tuples with raw sqlite3 and sorting them by (day, start, end, id), the
least any sort-and-sweep must do. Registered in `run_bench.py` (`conflicts`).
"""

from __future__ import annotations

import sqlite3
import statistics
import time
from collections import Counter
from dataclasses import dataclass
from operator import itemgetter
from pathlib import Path

FLOOR_SQL = (
    "SELECT id, offering_id, day, start_time, end_time, modality, room_id, trainer_id, "
    "video_link, status FROM session WHERE deleted_at IS NULL AND status != 'cancelled'"
)


@dataclass
class Figures:
    value: float
    floor: float
    sessions: int
    by_rule: dict[str, int]

    @property
    def total(self) -> int:
        return sum(self.by_rule.values())


def fetch_and_sort(path: Path) -> tuple[float, int]:
    started = time.perf_counter()
    conn = sqlite3.connect(path)
    try:
        rows = conn.execute(FLOOR_SQL).fetchall()
    finally:
        conn.close()
    rows.sort(key=itemgetter(2, 3, 4, 0))
    return time.perf_counter() - started, len(rows)


def measure(path: Path, repeat: int) -> Figures:
    from cnam_desktop.db.engine import open_database
    from cnam_desktop.services.conflicts import ConflictService

    db = open_database(path)
    try:
        service = ConflictService(db)
        conflicts = service.check_network()  # warm-up: imports, page cache, pool
        fetch_and_sort(path)
        ours, floors = [], []
        sessions = 0
        for _ in range(repeat):
            floor, sessions = fetch_and_sort(path)
            floors.append(floor)
            started = time.perf_counter()
            conflicts = service.check_network()
            ours.append(time.perf_counter() - started)
    finally:
        db.close()
    by_rule = Counter(c.rule.value for c in conflicts)
    return Figures(statistics.median(ours), statistics.median(floors), sessions, dict(by_rule))


if __name__ == "__main__":  # python -m tests.perf.conflicts_bench PATH [REPEAT]
    import sys

    figures = measure(Path(sys.argv[1]), int(sys.argv[2]) if len(sys.argv) > 2 else 5)
    print(
        f"check {figures.value:.3f}s, floor {figures.floor:.3f}s, "
        f"ratio {figures.value / figures.floor:.2f}, {figures.sessions} sessions"
    )
    for rule, count in sorted(figures.by_rule.items()):
        print(f"  {rule:<24} {count:>7}")
