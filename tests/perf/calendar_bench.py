"""The `calendar_week` benchmark: opening a week view vs a bare painted widget.

Run by `run_bench.py` (`run(work)`), which starts this file as its own process (one
QApplication): `calendar_bench.py SITES SESSIONS REPEAT`, printing one JSON list of rows.

The week measured is the busiest site-week of the scale network: the sessions are
taken from the scale generator's rows (`generate_scale_rows`, same sites, sessions
and seed as `cnam-desktop seed-scale`, so the same network as the scale database)
and turned into `CalendarEntry` values outside the timing, with room and trainer
overlaps flagged as conflicts. A second row uses 200 synthetic blocks (overlaps,
conflicts, every modality), the size the widget is specified for.

Measured, interleaved with its floor, on a 1280×800 top-level widget: from
`set_entries(entries)` + `show()` to the end of the event processing that painted
it. The floor: a bare QWidget whose paintEvent fills N rectangles (computed
beforehand) and draws each one's title in it, from `show()` to painted.
"""

from __future__ import annotations

import json
import os
import statistics
import subprocess
import sys
import time
from collections import Counter
from collections.abc import Callable, Sequence
from datetime import date, timedelta
from datetime import time as dtime
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parents[2]
SIZE = (1280, 800)
TARGET = 3.0
TIMEOUT_S = 60.0


def run(work: Path) -> list[dict[str, Any]]:
    """Rows for run_bench.py (name, value, floor, target, note), from a subprocess."""
    sites = os.environ.get("BENCH_SITES", "100")
    sessions = os.environ.get("BENCH_SESSIONS", "100000")
    repeat = os.environ.get("BENCH_CALENDAR_REPEAT", "9")
    env = {**os.environ, "QT_QPA_PLATFORM": os.environ.get("QT_QPA_PLATFORM", "offscreen")}
    result = subprocess.run(
        [sys.executable, str(Path(__file__)), sites, sessions, repeat],
        env=env,
        capture_output=True,
        text=True,
        timeout=600,
        cwd=ROOT,
    )
    if result.returncode != 0:
        raise RuntimeError(f"calendar_bench.py failed:\n{result.stdout}\n{result.stderr}")
    rows: list[dict[str, Any]] = json.loads(result.stdout.strip().splitlines()[-1])
    return rows


# --- the data ----------------------------------------------------------------------------


def busiest_site_week(sites: int, sessions: int) -> tuple[str, date, list[Any]]:
    """The site and Monday with most sessions, and those sessions as CalendarEntry values."""
    from cnam_desktop.domain.enums import Modality
    from cnam_desktop.domain.recurrence import monday_of
    from cnam_desktop.services.scale import generate_scale_rows
    from cnam_desktop.ui.widgets.calendar_entry import CalendarEntry

    rows = generate_scale_rows(sites=sites, sessions=sessions, seed=2019)
    offerings = {o["id"]: o for o in rows["offering"]}
    courses = {c["id"]: c["title"] for c in rows["course"]}
    rooms = {r["id"]: r["name"] for r in rows["room"]}
    trainers = {t["id"]: f"{t['first_name']} {t['last_name']}" for t in rows["trainer"]}
    site_names = {s["id"]: s["name"] for s in rows["site"]}

    def key(session: dict[str, Any]) -> tuple[str, date]:
        return offerings[session["offering_id"]]["site_id"], monday_of(session["day"])

    counts = Counter(key(s) for s in rows["session"])
    (site_id, monday), _ = counts.most_common(1)[0]
    chosen = [s for s in rows["session"] if key(s) == (site_id, monday)]
    clashing = overlapping_ids(chosen)
    entries = []
    for s in chosen:
        place = rooms.get(s["room_id"] or "", "À distance")
        trainer = trainers.get(s["trainer_id"] or "", "formateur à désigner")
        entries.append(
            CalendarEntry(
                id=s["id"],
                day=s["day"],
                start=s["start_time"],
                end=s["end_time"],
                title=courses[offerings[s["offering_id"]]["course_id"]],
                detail=f"{place} · {trainer}",
                modality=Modality(s["modality"]),
                in_conflict=s["id"] in clashing,
                conflict_text="Salle ou formateur déjà pris" if s["id"] in clashing else "",
                cancelled=s["status"] == "cancelled",
            )
        )
    return site_names[site_id], monday, entries


def overlapping_ids(sessions: Sequence[dict[str, Any]]) -> set[str]:
    """Ids of sessions sharing a room or a trainer at overlapping times (a week: pairs do)."""
    found: set[str] = set()
    for i, a in enumerate(sessions):
        for b in sessions[i + 1 :]:
            same = (a["room_id"] and a["room_id"] == b["room_id"]) or (
                a["trainer_id"] and a["trainer_id"] == b["trainer_id"]
            )
            overlap = a["day"] == b["day"] and a["start_time"] < b["end_time"]
            if same and overlap and b["start_time"] < a["end_time"]:
                found.update((a["id"], b["id"]))
    return found


SYNTHETIC_COURSES = (
    "Licence Informatique",
    "Comptabilité-gestion",
    "Management de projet",
    "Anglais professionnel",
    "Analyste en cybersécurité",
    "Droit du travail",
    "Ressources humaines",
    "Assistant de gestion de PME",
    "Développement web",
    "Logistique et transport",
    "Commerce et vente",
    "Titre RNCP Responsable de projet",
)


def synthetic_week(monday: date, count: int) -> list[Any]:
    """`count` blocks over lundi → samedi, 8:00–22:00, overlapping in threes and fours.

    Like a real site-week, a dozen courses and a few rooms and trainers recur.
    """
    from cnam_desktop.domain.enums import Modality
    from cnam_desktop.ui.widgets.calendar_entry import CalendarEntry

    modalities = list(Modality)
    entries = []
    for n in range(count):
        day = monday + timedelta(days=n % 6)
        start = 8 * 60 + (n // 6 * 45) % (12 * 60)
        length = (45, 90, 180, 210)[n % 4]
        end = min(start + length, 22 * 60)
        entries.append(
            CalendarEntry(
                id=f"s{n}",
                day=day,
                start=dtime(start // 60, start % 60),
                end=dtime(end // 60, end % 60),
                title=SYNTHETIC_COURSES[n % len(SYNTHETIC_COURSES)],
                detail=f"Salle {n % 5 + 1} · Formateur {n % 9 + 1}",
                modality=modalities[n % 3],
                in_conflict=n % 11 == 0,
                conflict_text="Salle déjà occupée" if n % 11 == 0 else "",
                cancelled=n % 17 == 0,
            )
        )
    return entries


# --- the measure (in the subprocess) -----------------------------------------------------


def measure(entries: list[Any], monday: date, repeat: int) -> tuple[float, float]:
    from PySide6.QtCore import QEvent, QObject, QRectF, Qt
    from PySide6.QtGui import QColor, QPainter, QPaintEvent
    from PySide6.QtWidgets import QApplication, QWidget

    from cnam_desktop.ui.widgets.week_calendar import WeekCalendar

    app = QApplication.instance() or QApplication(sys.argv[:1])

    class Probe(QObject):
        painted = False

        def eventFilter(self, _obj: QObject, event: QEvent) -> bool:
            if event.type() == QEvent.Type.Paint:
                self.painted = True
            return False

    class BarePainted(QWidget):
        """The floor: N filled rectangles, each with its title."""

        def __init__(self, blocks: list[tuple[QRectF, str]]) -> None:
            super().__init__()
            self.blocks = blocks

        def paintEvent(self, _event: QPaintEvent) -> None:
            painter = QPainter(self)
            painter.fillRect(self.rect(), QColor("white"))
            fill = QColor("#dde7f5")
            for rect, text in self.blocks:
                painter.fillRect(rect, fill)
                painter.drawText(rect, Qt.TextFlag.TextWordWrap, text)
            painter.end()

    def drain() -> None:
        for _ in range(5):
            app.sendPostedEvents()
            app.processEvents()

    def timed(widget: QWidget, action: Callable[[], None]) -> float:
        probe = Probe()
        widget.installEventFilter(probe)
        drain()
        started = time.perf_counter()
        action()
        while not probe.painted:
            app.processEvents()
            if time.perf_counter() - started > TIMEOUT_S:
                raise RuntimeError("never painted")
        elapsed = time.perf_counter() - started
        widget.close()
        widget.deleteLater()
        drain()
        return elapsed

    def week_widget() -> WeekCalendar:
        week = WeekCalendar()
        week.resize(*SIZE)
        week.set_week(monday)
        return week

    # The floor's rectangles: where the calendar puts the blocks (computed once, untimed).
    sample = week_widget()
    sample.set_entries(entries)
    blocks = [(sample.entry_rect(e.id) or QRectF(), e.title) for e in entries]
    sample.deleteLater()
    drain()

    ours, floors = [], []
    for _ in range(repeat):  # interleaved, so drift hits both alike
        week = week_widget()

        def open_week(w: WeekCalendar = week) -> None:
            w.set_entries(entries)
            w.show()

        ours.append(timed(week, open_week))
        bare = BarePainted(blocks)
        bare.resize(*SIZE)
        floors.append(timed(bare, bare.show))
    return statistics.median(ours), statistics.median(floors)


def main() -> int:
    sites, sessions, repeat = (int(a) for a in sys.argv[1:4])
    from PySide6.QtWidgets import QApplication

    QApplication(sys.argv[:1])
    site, monday, busiest = busiest_site_week(sites, sessions)
    synthetic = synthetic_week(monday, 200)
    rows = []
    for label, entries, note in (
        (
            "calendar: busiest site-week",
            busiest,
            f"{len(busiest)} blocks, {site}, week of {monday:%d/%m/%Y}",
        ),
        ("calendar: 200 blocks", synthetic, "200 synthetic blocks, 12 courses, overlaps"),
    ):
        value, floor = measure(entries, monday, repeat)
        rows.append({"name": label, "value": value, "floor": floor, "target": TARGET, "note": note})
    print(json.dumps(rows))
    return 0


if __name__ == "__main__":
    sys.path.insert(0, str(ROOT))
    raise SystemExit(main())
