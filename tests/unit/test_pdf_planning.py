"""« Planning hebdomadaire » PDF on the demo network, read back with pypdf."""

from __future__ import annotations

import re
from dataclasses import replace
from datetime import date, time, timedelta
from pathlib import Path

import pytest
from pypdf import PdfReader
from reportlab.lib.pagesizes import A4, landscape
from reportlab.pdfbase.pdfmetrics import stringWidth
from reportlab.pdfgen.canvas import Canvas

from cnam_desktop.db.engine import Database
from cnam_desktop.domain.conflicts import Severity
from cnam_desktop.domain.enums import Modality, SessionStatus
from cnam_desktop.domain.formatting import french_long_date
from cnam_desktop.domain.sessions import SessionData
from cnam_desktop.errors import NotFoundError
from cnam_desktop.reports.pdf_base import ReportCancelled
from cnam_desktop.reports.pdf_week_grid import PlanEntry, WeekGrid, WeekPlan, fit, lanes, wrap
from cnam_desktop.services.planning_report import write_week_planning
from cnam_desktop.services.sessions import SessionService
from tests.backends import sql

pytestmark = pytest.mark.backends  # SQLite and PostgreSQL (tests/conftest.py)

TODAY = date(2026, 11, 26)
JAN_11 = date(2027, 1, 11)  # a busy week at Chaumont, no closure
HOSTILE = 'Dupont <Jean> & fils <img src="x"/>'
RED_STROKE = b".756863 0 .164706 RG"  # CNAM_RED as a stroke colour: a conflict border


def page_texts(path: Path) -> list[str]:
    """Each page's text, every run of white space (narrow no-break too) made one space."""
    pages = PdfReader(path).pages
    return [re.sub(r"[\s\u202f\u00a0]+", " ", page.extract_text()) for page in pages]


def _sql(db: Database, query: str, *params: object) -> list[tuple]:
    return sql(db, query, *params)


def _one(db: Database, query: str, *params: object) -> object:
    return _sql(db, query, *params)[0][0]


def _site(db: Database, name: str) -> str:
    return str(_one(db, "SELECT id FROM site WHERE name = ?", name))


def _week_sessions(db: Database, site_id: str, monday: date) -> list[tuple]:
    """The live sessions of the site's offerings, or inviting one of them, that week."""
    return _sql(
        db,
        """
        SELECT DISTINCT se.id, c.cnam_code, r.name, se.modality, se.status
        FROM session se
        JOIN offering o ON o.id = se.offering_id
        JOIN course c ON c.id = o.course_id
        LEFT JOIN room r ON r.id = se.room_id
        WHERE se.deleted_at IS NULL AND o.deleted_at IS NULL
          AND se.day BETWEEN ? AND ?
          AND (o.site_id = ? OR se.id IN (
                SELECT g.session_id FROM session_guest g
                JOIN offering go ON go.id = g.offering_id
                WHERE g.deleted_at IS NULL AND go.deleted_at IS NULL AND go.site_id = ?))
        """,
        monday.isoformat(),
        (monday + timedelta(days=6)).isoformat(),
        site_id,
        site_id,
    )


def _write(db: Database, tmp_path: Path, name: str = "planning.pdf", **kw: object) -> Path:
    kw.setdefault("week_start", JAN_11)
    return write_week_planning(db, tmp_path / name, today=TODAY, **kw)  # type: ignore[arg-type]


def _red_strokes(path: Path) -> int:
    return sum(p.get_contents().get_data().count(RED_STROKE) for p in PdfReader(path).pages)


def test_a_site_week_shows_each_session_with_its_room_or_distance(
    demo_db: Database, tmp_path: Path
) -> None:
    chaumont = _site(demo_db, "Cnam Chaumont")
    expected = _week_sessions(demo_db, chaumont, JAN_11)
    assert len(expected) >= 5
    wednesday = JAN_11 + timedelta(days=2)  # moved back to its Monday
    path = _write(demo_db, tmp_path, scope="site", target_id=chaumont, week_start=wednesday)
    texts = page_texts(path)
    assert len(texts) == 1
    page = texts[0]
    assert "Planning de la semaine du lundi 11 janvier 2027 — Cnam Chaumont" in page
    assert f"{len(expected)} séances" in page
    for _id, code, room, _modality, _status in expected:
        assert code in page
        if room is not None:
            assert room.split(" (")[0] in page
    distance = sum(1 for *_, modality, _ in expected if modality == "distance")
    assert distance >= 1
    assert page.count("à distance") == distance + 1  # the boxes, and the legend
    assert "lundi 11/01" in page and "samedi 16/01" in page
    assert "dimanche" not in page  # no Sunday session: no Sunday column
    assert PdfReader(path).pages[0].mediabox.width > PdfReader(path).pages[0].mediabox.height


def test_a_double_booked_room_is_marked_and_listed(demo_db: Database, tmp_path: Path) -> None:
    chaumont = _site(demo_db, "Cnam Chaumont")
    room_id, room_name = _sql(
        demo_db,
        "SELECT r.id, r.name FROM room r JOIN premises p ON p.id = r.premises_id "
        "WHERE p.site_id = ? ORDER BY r.name LIMIT 1",
        chaumont,
    )[0]
    before = _write(demo_db, tmp_path, "before.pdf", scope="room", target_id=room_id)
    offerings = [
        row[0]
        for row in _sql(
            demo_db,
            "SELECT id FROM offering WHERE site_id = ? AND deleted_at IS NULL "
            "AND status != 'cancelled' ORDER BY id LIMIT 2",
            chaumont,
        )
    ]
    thursday = JAN_11 + timedelta(days=3)
    service = SessionService(demo_db)
    for offering_id in offerings:
        service.create(SessionData(offering_id, thursday, time(9), time(12), room_id=room_id))
    after = _write(demo_db, tmp_path, "after.pdf", scope="room", target_id=room_id)
    page, old = page_texts(after)[0], page_texts(before)[0]
    assert "réservée deux fois le jeudi 14 janvier 2027" in page
    assert f"« {room_name} » (Cnam Chaumont)" in page
    assert "réservée deux fois" not in old
    # Two red boxes, each tagged « conflit ».
    assert _red_strokes(after) - _red_strokes(before) == 2
    tags = len(re.findall(r"\bconflit\b", page)) - len(re.findall(r"\bconflit\b", old))
    assert tags == 2
    rooms = [r for r in _week_sessions(demo_db, chaumont, JAN_11) if r[2] == room_name]
    assert f"{len(rooms)} séances" in page


def test_holidays_show_on_their_day_for_the_sites_they_apply_to(
    demo_db: Database, tmp_path: Path
) -> None:
    haguenau = _site(demo_db, "Cnam Haguenau")  # Bas-Rhin: Good Friday is a holiday
    chaumont = _site(demo_db, "Cnam Chaumont")
    good_friday = date(2027, 3, 26)
    label = _one(
        demo_db,
        "SELECT label FROM closure WHERE kind = 'public_holiday' AND start_date = ? "
        "AND subdivision = '67' AND deleted_at IS NULL",
        good_friday.isoformat(),
    )
    path = _write(
        demo_db, tmp_path, scope="site", target_id=haguenau, week_start=good_friday, weeks=2
    )
    first, second = page_texts(path)[:2]
    assert f"Férié : {label}" in first
    assert f"Jour férié, vendredi 26 mars 2027 : {label}" in first
    assert "Planning de la semaine du lundi 29 mars 2027 — Cnam Haguenau" in second
    assert "Férié : Lundi de Pâques" in second
    elsewhere = _write(
        demo_db, tmp_path, "chaumont.pdf", scope="site", target_id=chaumont, week_start=good_friday
    )
    assert str(label) not in page_texts(elsewhere)[0]  # not a holiday in Haute-Marne


def test_a_site_closure_hatches_the_days_and_weeks_get_a_page_each(
    demo_db: Database, tmp_path: Path
) -> None:
    chaumont = _site(demo_db, "Cnam Chaumont")
    start, end, label = _sql(
        demo_db,
        "SELECT start_date, end_date, label FROM closure WHERE kind = 'site_closure' "
        "AND site_id = ?",
        chaumont,
    )[0]
    monday = date.fromisoformat(start)
    path = _write(demo_db, tmp_path, scope="site", target_id=chaumont, week_start=monday, weeks=3)
    texts = page_texts(path)
    assert len(texts) == 3
    days = (date.fromisoformat(end) - monday).days + 1
    assert texts[0].count(f"Fermé : {label}"[:25]) == days  # under each day (cut to fit)
    for index, page in enumerate(texts):
        week = monday + timedelta(weeks=index)
        assert f"Planning de la semaine du {french_long_date(week)} — Cnam Chaumont" in page
        assert f"page {index + 1} / 3" in page


def test_a_trainer_planning_spans_sites_and_shows_them(demo_db: Database, tmp_path: Path) -> None:
    trainer_id, first, last = _sql(
        demo_db,
        "SELECT id, first_name, last_name FROM trainer WHERE last_name = 'Girardin'",
    )[0]
    monday = date(2027, 1, 18)
    rows = _sql(
        demo_db,
        "SELECT DISTINCT s.name FROM session se JOIN offering o ON o.id = se.offering_id "
        "JOIN site s ON s.id = o.site_id WHERE se.trainer_id = ? AND se.deleted_at IS NULL "
        "AND se.day BETWEEN ? AND ?",
        trainer_id,
        monday.isoformat(),
        (monday + timedelta(days=6)).isoformat(),
    )
    sites = sorted(name for (name,) in rows)
    assert len(sites) >= 2
    count = _one(
        demo_db,
        "SELECT count(*) FROM session WHERE trainer_id = ? AND deleted_at IS NULL "
        "AND day BETWEEN ? AND ?",
        trainer_id,
        monday.isoformat(),
        (monday + timedelta(days=6)).isoformat(),
    )
    path = _write(demo_db, tmp_path, scope="trainer", target_id=trainer_id, week_start=monday)
    page = page_texts(path)[0]
    assert f"Planning de la semaine du lundi 18 janvier 2027 — {first} {last}" in page
    assert f"{count} séances" in page
    for name in sites:
        assert name in page
    assert f"{first} {last} a deux séances en même temps le mardi 19 janvier 2027" in page
    assert _red_strokes(path) == 2


def test_user_text_prints_as_typed_and_cancelled_sessions_are_greyed(
    demo_db: Database, tmp_path: Path
) -> None:
    chaumont = _site(demo_db, "Cnam Chaumont")
    _sql(demo_db, "UPDATE site SET name = ? WHERE id = ?", HOSTILE, chaumont)
    sessions = _week_sessions(demo_db, chaumont, JAN_11)
    service = SessionService(demo_db)
    victim = sessions[0][0]
    before = page_texts(_write(demo_db, tmp_path, "before.pdf", scope="site", target_id=chaumont))
    service.update(victim, replace(service.get(victim), status=SessionStatus.CANCELLED))
    path = _write(demo_db, tmp_path, scope="site", target_id=chaumont)
    page = page_texts(path)[0]
    assert f"— {HOSTILE}" in page  # the heading: escaped, printed literally
    assert f"{len(sessions)} séances · dont 1 annulée" in page
    assert page.count("annulée") == before[0].count("annulée") + 2  # the count, the box's tag


def test_a_sunday_session_adds_the_sunday_column(demo_db: Database, tmp_path: Path) -> None:
    chaumont = _site(demo_db, "Cnam Chaumont")
    offering = _one(
        demo_db,
        "SELECT id FROM offering WHERE site_id = ? AND status != 'cancelled' LIMIT 1",
        chaumont,
    )
    sunday = JAN_11 + timedelta(days=6)
    SessionService(demo_db).create(
        SessionData(
            str(offering),
            sunday,
            time(7, 30),
            time(8, 30),
            Modality.DISTANCE,
            video_link="https://visio.example/x",
        )
    )
    page = page_texts(_write(demo_db, tmp_path, scope="site", target_id=chaumont))[0]
    assert "dimanche 17/01" in page
    assert re.search(r"(?<!\d)7 h", page)  # the grid starts before 8:00 for a 7:30 session


def test_unknown_target_and_cancel(demo_db: Database, tmp_path: Path) -> None:
    with pytest.raises(NotFoundError, match="Formateur"):
        _write(demo_db, tmp_path, scope="trainer", target_id="nobody")
    with pytest.raises(NotFoundError, match="Salle"):
        _write(demo_db, tmp_path, scope="room", target_id="nowhere")
    with pytest.raises(ReportCancelled):
        _write(
            demo_db,
            tmp_path,
            scope="site",
            target_id=_site(demo_db, "Cnam Chaumont"),
            cancelled=lambda: True,
        )
    assert not list(tmp_path.glob("*.pdf"))


def test_progress_is_reported_per_week(demo_db: Database, tmp_path: Path) -> None:
    calls: list[tuple[int, int | None, str]] = []
    site = _site(demo_db, "Cnam Épinal")
    _write(
        demo_db,
        tmp_path,
        scope="site",
        target_id=site,
        weeks=2,
        progress=lambda done, total, label: calls.append((done, total, label)),
    )
    assert [c[0] for c in calls] == [0, 1, 2, 3]
    assert calls[0][2] == "Semaine du 11/01/2027"
    assert all(total == 3 for _, total, _ in calls)


# The grid on its own: nothing drawn outside its box ------------------------------------------


class _Recorder(Canvas):
    """A canvas remembering the strings drawn and the boxes (stroked and filled rects)."""

    def __init__(self, path: str) -> None:
        super().__init__(path, pagesize=landscape(A4))
        self.strings: list[tuple[float, float, str, float]] = []
        self.boxes: list[tuple[float, float, float, float]] = []

    def drawString(self, x: float, y: float, text: str, *args: object, **kw: object) -> None:
        self.strings.append((x, y, text, stringWidth(text, self._fontname, self._fontsize)))
        super().drawString(x, y, text, *args, **kw)  # type: ignore[arg-type]

    def drawRightString(self, x: float, y: float, text: str, *args: object, **kw: object) -> None:
        width = stringWidth(text, self._fontname, self._fontsize)
        self.strings.append((x - width, y, text, width))
        super().drawRightString(x, y, text, *args, **kw)  # type: ignore[arg-type]

    def rect(
        self, x: float, y: float, width: float, height: float, stroke: int = 1, fill: int = 0
    ) -> None:
        if stroke and fill:
            self.boxes.append((x, y, width, height))
        super().rect(x, y, width, height, stroke=stroke, fill=fill)


def test_crowded_boxes_keep_their_text_inside(tmp_path: Path) -> None:
    monday = JAN_11
    long_title = "Intervention sociale : accompagnement de publics spécifiques " * 3
    entries = [
        PlanEntry(
            day=monday,
            start=time(9 + lane // 3, 30 * (lane % 2)),
            end=time(10 + lane // 2, 0),
            course_code=f"CODE{lane}XXXXXXXX",
            course_title=long_title,
            modality=list(Modality)[lane % 3],
            room_name="Salle " + HOSTILE * 2,
            trainer_name=HOSTILE,
            site_name="Cnam Saint-Dié-des-Vosges",
            guest_site_names=("Cnam Verdun", "Cnam Sedan"),
            conflict=[None, Severity.ERROR, Severity.WARNING][lane % 3],
            cancelled=lane == 4,
        )
        for lane in range(6)
    ]
    entries.append(
        PlanEntry(
            monday + timedelta(days=1),
            time(18),
            time(18, 30),
            "X",
            "T",
            Modality.HYBRID,
            None,
            None,
        )
    )
    plan = WeekPlan(monday=monday, heading="", entries=entries)
    canvas = _Recorder(str(tmp_path / "grid.pdf"))
    grid = WeekGrid(plan, 120 * 72 / 25.4)
    grid.wrap(760, 600)
    grid.drawOn(canvas, 40, 40)
    canvas.save()
    assert len(canvas.boxes) == len(entries)
    alone = canvas.boxes[-1][2]  # the Tuesday session has its column to itself
    assert all(box[2] < alone / 3 for box in canvas.boxes[:-1])  # overlapping: side by side
    inside = 0
    for x, y, text, width in canvas.strings:
        box = next(
            (b for b in canvas.boxes if b[0] <= x <= b[0] + b[2] and b[1] <= y <= b[1] + b[3]), None
        )
        if box is None:
            continue  # a header or an hour label
        inside += 1
        assert x + width <= box[0] + box[2] + 0.01, text
        assert y >= box[1], text
    assert inside > len(entries)
    drawn = " ".join(text for _, _, text, _ in canvas.strings)
    assert "…" in drawn  # long texts were cut, not spilled


def test_text_fitting_helpers() -> None:
    font, size = "CnamSans", 7
    text = "Licence professionnelle Intervention sociale accompagnement"
    assert fit(text, font, size, 1000) == text
    cut = fit(text, font, size, 60)
    assert cut.endswith("…") and stringWidth(cut, font, size) <= 60
    assert fit(text, font, size, 1) == ""
    lines = wrap(text, font, size, 60, 2)
    assert len(lines) == 2 and lines[-1].endswith("…")
    assert all(stringWidth(line, font, size) <= 60 for line in lines)
    assert wrap("Court", font, size, 60, 3) == ["Court"]


def test_overlapping_sessions_share_the_column() -> None:
    def entry(start: int, end: int) -> PlanEntry:
        return PlanEntry(
            JAN_11, time(start), time(end), f"C{start}{end}", "", Modality.IN_PERSON, None, None
        )

    placed = {
        e.course_code: (lane, count)
        for e, lane, count in lanes([entry(9, 12), entry(10, 11), entry(11, 13), entry(14, 15)])
    }
    assert placed["C912"] == (0, 2)
    assert placed["C1011"] == (1, 2)
    assert placed["C1113"] == (1, 2)  # lane 1 is free again at 11:00
    assert placed["C1415"] == (0, 1)
