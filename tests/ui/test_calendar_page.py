"""The Planning → Calendrier page on the demo network: what it shows, what it asks the flows."""

from __future__ import annotations

import sqlite3
from datetime import date, time
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import QObject, Signal

from cnam_desktop.db.engine import Database
from cnam_desktop.services.conflicts import ConflictService
from cnam_desktop.services.sessions import SessionService
from cnam_desktop.services.sites import SiteService
from cnam_desktop.services.workspace import Workspace
from cnam_desktop.ui.views.calendar_page import CalendarPage


class FakeFlows(QObject):
    """Records what the page asks; the real flows are tested in their own files."""

    changed = Signal()

    def __init__(self) -> None:
        super().__init__()
        self.calls: list[tuple[str, Any]] = []

    def new_session(self, **prefill: Any) -> list[str]:
        self.calls.append(("new_session", prefill))
        return []

    def new_series(self, offering_id: str | None = None) -> list[str]:
        self.calls.append(("new_series", offering_id))
        return []

    def edit_session(self, session_id: str) -> bool:
        self.calls.append(("edit_session", session_id))
        return False

    def move_session(self, session_id: str, day: date, start: time) -> bool:
        self.calls.append(("move_session", (session_id, day, start)))
        return False


@pytest.fixture
def page(qtbot: Any, demo_db: Database) -> CalendarPage:
    flows = FakeFlows()
    view = CalendarPage(None, flows)
    qtbot.addWidget(view)
    view.resize(1366, 800)
    view.set_workspace(Workspace(database=demo_db, sites=SiteService(demo_db)))
    view.show()
    qtbot.waitExposed(view)
    return view


def _target(page: CalendarPage, scope: str, text: str) -> str:
    page.scope_combo.setCurrentIndex(page.scope_combo.findData(scope))
    combo = page.target_combo
    index = next(i for i in range(combo.count()) if text in combo.itemText(i))
    combo.setCurrentIndex(index)
    return str(combo.itemData(index))


def _sql(path: Path, query: str, *args: Any) -> list[Any]:
    conn = sqlite3.connect(path)
    try:
        return conn.execute(query, args).fetchall()
    finally:
        conn.close()


def test_site_week_shows_its_sessions_and_marks_the_room_conflict(
    qtbot: Any, page: CalendarPage, demo_db: Database, demo_db_path: Path
) -> None:
    site_id = _target(page, "site", "Épinal")
    page.show_week(date(2027, 1, 13))
    expected = SessionService(demo_db).calendar_entries(
        start=date(2027, 1, 11), end=date(2027, 1, 17), site_id=site_id
    )
    assert {e.id for e in page.week._entries} == {row.id for row in expected}
    qtbot.waitUntil(lambda: bool(page.conflicts))
    (double,) = [
        c
        for c in ConflictService(demo_db).check_network(site_id)
        if c.rule.value == "room_double_booked"
    ]
    assert set(double.session_ids) <= page.week.conflict_ids()
    assert "réservée deux fois" in page.conflicts[double.session_ids[0]][0]
    assert "en conflit" in page.summary_label.text()


def test_room_scope_shows_only_that_room(page: CalendarPage, demo_db_path: Path) -> None:
    room_id = _target(page, "room", "Salle Moselle")
    page.show_month(date(2027, 1, 1))
    (count,) = _sql(
        demo_db_path,
        "SELECT count(*) FROM session WHERE room_id = ? AND deleted_at IS NULL "
        "AND day BETWEEN '2027-01-01' AND '2027-01-31'",
        room_id,
    )[0]
    assert count > 0
    assert len(page.month._entries) == count


def test_trainer_scope_finds_the_trainer_at_two_sites(qtbot: Any, page: CalendarPage) -> None:
    _target(page, "trainer", "Thomas Girardin")
    page.show_week(date(2027, 1, 19))
    qtbot.waitUntil(lambda: bool(page.conflicts))
    evening = [e for e in page.week._entries if e.day == date(2027, 1, 19)]
    assert len(evening) == 2
    assert {e.id for e in evening} <= page.week.conflict_ids()
    sites = {e.detail.split(" · ")[0] for e in evening}
    assert sites == {"Cnam Forbach", "Cnam Saint-Dizier"}


def test_closed_days_are_shaded(page: CalendarPage) -> None:
    _target(page, "site", "Chaumont")
    page.show_week(date(2026, 11, 11))
    assert page.week._closed.get(date(2026, 11, 11), "").startswith("Armistice")


def test_the_calendar_asks_the_flows(page: CalendarPage) -> None:
    room_id = _target(page, "room", "Salle Moselle")
    flows = page.flows
    page.week.slotSelected.emit(date(2027, 1, 12), time(14, 0), time(16, 0))
    page.week.entryMoved.emit("s1", date(2027, 1, 13), time(9, 0))
    page.week.entryActivated.emit("s2")
    page.month.entryActivated.emit("s3")
    assert flows.calls == [
        (
            "new_session",
            {"room_id": room_id, "day": date(2027, 1, 12), "start": time(14), "end": time(16)},
        ),
        ("move_session", ("s1", date(2027, 1, 13), time(9))),
        ("edit_session", "s2"),
        ("edit_session", "s3"),
    ]
    page.month.dayActivated.emit(date(2027, 2, 3))
    assert page.nav.mode() == "week" and page.nav.start() == date(2027, 2, 1)


def test_print_the_week_to_pdf(page: CalendarPage, tmp_path: Path) -> None:
    from PySide6.QtPrintSupport import QPrinter

    _target(page, "site", "Chaumont")
    page.show_week(date(2027, 1, 18))
    printer = QPrinter(QPrinter.PrinterMode.HighResolution)
    printer.setOutputFormat(QPrinter.OutputFormat.PdfFormat)
    out = tmp_path / "semaine.pdf"
    printer.setOutputFileName(str(out))
    assert page.print_on(printer)
    assert out.read_bytes().startswith(b"%PDF")
    assert "Cnam Chaumont" in page.title() and "18 au 24 janvier 2027" in page.title()


def test_export_ics_of_a_trainer(
    qtbot: Any,
    page: CalendarPage,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
    demo_db_path: Path,
) -> None:
    import icalendar

    from cnam_desktop.ui import file_dialogs

    trainer_id = _target(page, "trainer", "Thomas Girardin")
    out = tmp_path / "girardin.ics"
    monkeypatch.setattr(file_dialogs, "save_path", lambda *_a, **_k: out)
    task = page.export_ics()  # in the background
    qtbot.waitUntil(lambda: task.state == "done", timeout=10_000)
    calendar = icalendar.Calendar.from_ical(out.read_bytes())
    events = [c for c in calendar.walk("VEVENT")]
    (count,) = _sql(
        demo_db_path,
        "SELECT count(*) FROM session s JOIN offering o ON o.id = s.offering_id "
        "WHERE s.trainer_id = ? AND s.deleted_at IS NULL AND o.deleted_at IS NULL",
        trainer_id,
    )[0]
    assert len(events) == count > 0


def test_a_hidden_calendar_reads_again_only_when_shown(
    page: CalendarPage, monkeypatch: pytest.MonkeyPatch
) -> None:
    calls: list[dict[str, Any]] = []
    original = SessionService.calendar_entries

    def counting(self: SessionService, **kwargs: Any) -> Any:
        calls.append(kwargs)
        return original(self, **kwargs)

    monkeypatch.setattr(SessionService, "calendar_entries", counting)
    page.hide()
    page.refresh()  # say, a session saved from the Séances tab
    page.refresh()
    assert calls == []
    page.show()
    assert len(calls) == 1


def test_a_slot_of_a_site_calendar_plans_at_that_site(page: CalendarPage) -> None:
    site_id = _target(page, "site", "Chaumont")
    page.week.slotSelected.emit(date(2027, 1, 12), time(18), time(21))
    assert page.flows.calls[-1] == (
        "new_session",
        {"site_id": site_id, "day": date(2027, 1, 12), "start": time(18), "end": time(21)},
    )
