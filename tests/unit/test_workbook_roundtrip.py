"""The partner workbook re-imported gives back the same data."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest
from sqlalchemy import select

from cnam_desktop.db import models as m
from cnam_desktop.db.engine import Database, open_database
from cnam_desktop.db.repositories.sessions import COLUMNS as SESSION_COLUMNS
from cnam_desktop.reports.workbook_layout import IMPORTABLE, INVENTORY, ROOMS, SESSIONS, SITES
from cnam_desktop.services.premises import PremisesService
from cnam_desktop.services.sessions import SessionService
from cnam_desktop.services.workbook_export import export_workbook
from cnam_desktop.services.workbook_import import WorkbookImportService

pytestmark = pytest.mark.backends  # SQLite and PostgreSQL (tests/conftest.py)


@pytest.fixture(scope="module")
def exported(demo_db_template: Path, tmp_path_factory: pytest.TempPathFactory) -> Path:
    """The demo network's partner workbook, exported once from a copy of the demo base."""
    folder = tmp_path_factory.mktemp("export")
    copy = folder / "demo.sqlite3"
    shutil.copyfile(demo_db_template, copy)
    db = open_database(copy)
    try:
        return export_workbook(db, folder / "partenaires.xlsx").path
    finally:
        db.close()


def test_the_export_imports_back_unchanged(demo_db: Database, exported: Path) -> None:
    plan = WorkbookImportService(demo_db).check(exported)
    assert plan.ok and not plan.warnings, [p.text() for p in plan.problems + plan.warnings]
    assert [c.sheet for c in plan.counts] == [layout.title for layout in IMPORTABLE]
    assert all(c.rows > 0 and c.rows == c.unchanged for c in plan.counts), plan.counts


def test_deleted_records_come_back_identical(demo_db: Database, exported: Path) -> None:
    room_fields = ("id", "name", "premises_id", "kind", "capacity", "accessible", "opening_hours")
    session_fields = ("id", *SESSION_COLUMNS)
    with demo_db.reader() as s:
        room = (
            s.execute(
                select(*(getattr(m.Room, f) for f in room_fields)).where(m.Room.name == "Salle Ill")
            )
            .one()
            ._asdict()
        )
        session = (
            s.execute(
                select(*(getattr(m.Session, f) for f in session_fields))
                .where(m.Session.deleted_at.is_(None))
                .order_by(m.Session.id)
                .limit(1)
            )
            .one()
            ._asdict()
        )
    PremisesService(demo_db).delete_room(room["id"])
    SessionService(demo_db).delete(session["id"])

    service = WorkbookImportService(demo_db)
    plan = service.check(exported)
    assert plan.ok
    created = [(o.sheet, o.action) for o in plan.outcomes if o.action != "unchanged"]
    assert created == [(ROOMS.title, "create"), (SESSIONS.title, "create")]
    service.apply(plan)

    with demo_db.reader() as s:
        new_room = (
            s.execute(
                select(*(getattr(m.Room, f) for f in room_fields)).where(
                    m.Room.name == "Salle Ill", m.Room.deleted_at.is_(None)
                )
            )
            .one()
            ._asdict()
        )
        new_session = (
            s.execute(
                select(*(getattr(m.Session, f) for f in session_fields)).where(
                    m.Session.offering_id == session["offering_id"],
                    m.Session.day == session["day"],
                    m.Session.start_time == session["start_time"],
                    m.Session.deleted_at.is_(None),
                )
            )
            .one()
            ._asdict()
        )
    assert new_room.pop("id") != room.pop("id")
    assert new_room == room
    assert new_session.pop("id") != session.pop("id")
    assert new_session.pop("series_id") is None  # a series is not exported
    session.pop("series_id")
    assert new_session == session


def test_an_empty_database_takes_the_sites_and_rooms(
    demo_db: Database, exported: Path, tmp_path: Path
) -> None:
    empty = open_database(tmp_path / "vide.sqlite3")
    try:
        service = WorkbookImportService(empty)
        plan = service.check(exported)
        by_sheet = {c.sheet: c for c in plan.counts}
        assert by_sheet[SITES.title].create == by_sheet[SITES.title].rows
        assert by_sheet[ROOMS.title].create == by_sheet[ROOMS.title].rows
        # No equipment types nor offerings in an empty database: those rows are refused.
        assert by_sheet[INVENTORY.title].refused == by_sheet[INVENTORY.title].rows
        assert by_sheet[SESSIONS.title].refused == by_sheet[SESSIONS.title].rows
        service.apply(plan, only_valid=True)
        fields = [c.key for c in SITES.importable_columns]
        with demo_db.reader() as s:
            source = sorted(s.execute(select(*(getattr(m.Site, f) for f in fields))).all())
        with empty.reader() as s:
            copied = sorted(s.execute(select(*(getattr(m.Site, f) for f in fields))).all())
            rooms = s.scalars(select(m.Room.name).where(m.Room.deleted_at.is_(None))).all()
        assert copied == source
        with demo_db.reader() as s:
            assert sorted(rooms) == sorted(
                s.scalars(select(m.Room.name).where(m.Room.deleted_at.is_(None)))
            )
    finally:
        empty.close()
