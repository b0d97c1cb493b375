"""The scale generator: exact counts, complete rows, reproducible, few conflicts."""

from __future__ import annotations

from collections import Counter, defaultdict
from datetime import date, datetime

import pytest
from sqlalchemy import text

from cnam_desktop.db.engine import Database
from cnam_desktop.domain.enums import Modality, SessionStatus
from cnam_desktop.errors import UserFacingError
from cnam_desktop.services import holiday_calendar as cal
from cnam_desktop.services.demo import seed_demo
from cnam_desktop.services.scale import (
    generate_scale_rows,
    insert_rows,
    seed_scale,
    trainer_count,
)
from cnam_desktop.services.seeding import TABLE_ORDER, column_names

pytestmark = pytest.mark.backends  # SQLite and PostgreSQL (tests/conftest.py)


@pytest.fixture(scope="module")
def rows() -> dict[str, list[dict]]:
    return generate_scale_rows(20, 6000, 2019)


def test_same_seed_same_rows() -> None:
    first = generate_scale_rows(5, 500, 7)
    assert first == generate_scale_rows(5, 500, 7)
    other = generate_scale_rows(5, 500, 8)
    assert [r["id"] for r in other["session"]] != [r["id"] for r in first["session"]]


@pytest.mark.parametrize(("sites", "sessions"), [(1, 0), (1, 37), (3, 50), (7, 1234)])
def test_requested_counts_are_exact(sites: int, sessions: int) -> None:
    rows = generate_scale_rows(sites, sessions, 1)
    assert len(rows["site"]) == sites
    assert len(rows["session"]) == sessions
    assert len(rows["trainer"]) == sites // 2 + 10


def test_rows_are_complete_and_in_foreign_key_order(rows: dict[str, list[dict]]) -> None:
    assert list(rows) == list(TABLE_ORDER)
    ids = [r["id"] for batch in rows.values() for r in batch]
    assert len(ids) == len(set(ids))
    for table, batch in rows.items():
        columns = column_names(table)
        for row in batch:
            assert list(row) == columns, table  # same keys, same order
            assert row["deleted_at"] is None
            assert row["created_at"] == row["updated_at"] == datetime(2026, 9, 1, 8, 0)


def test_network_shape(rows: dict[str, list[dict]]) -> None:
    rooms_per_premises = Counter(r["premises_id"] for r in rows["room"])
    assert len(rooms_per_premises) == 20
    assert set(rooms_per_premises.values()) <= {2, 3, 4}
    assert len(rows["offering"]) >= 3 * 20 * 0.6
    assert all(r["name"].startswith("Site ") for r in rows["site"])
    assert all(r["is_demo"] for r in rows["site"])
    for o in rows["offering"]:
        total = o["funded_cpf"] + o["funded_employer"] + o["funded_jobseeker"] + o["funded_self"]
        assert total == o["enrolled_learners"]


def test_sessions_fit_the_calendar(rows: dict[str, list[dict]]) -> None:
    site_of = {o["id"]: o["site_id"] for o in rows["offering"]}
    department = {s["id"]: s["department"] for s in rows["site"]}
    closed_site = {c["site_id"]: c for c in rows["closure"] if c["site_id"]}
    start, end = date(2026, 9, 14), date(2027, 6, 25)
    closed = {dep: cal.closed_days(start, end, dep) for dep in set(department.values())}
    for x in rows["session"]:
        site = site_of[x["offering_id"]]
        assert start <= x["day"] <= end and x["day"].weekday() < 6
        assert x["day"] not in closed[department[site]]
        closure = closed_site.get(site)
        assert not closure or not closure["start_date"] <= x["day"] <= closure["end_date"]
        assert x["start_time"] < x["end_time"]
        assert (x["room_id"] is None) == (x["modality"] is Modality.DISTANCE)
        assert (x["video_link"] is None) == (x["modality"] is Modality.IN_PERSON)
        expected = SessionStatus.DONE if x["day"] < date(2026, 11, 26) else SessionStatus.PLANNED
        assert x["status"] is expected


def _overlaps(sessions: list[dict], key: str) -> int:
    booked: dict[tuple, int] = defaultdict(int)
    for x in sessions:
        if x[key] is not None:
            booked[(x[key], x["day"], x["start_time"])] += 1
    return sum(n - 1 for n in booked.values())


def test_conflicts_are_rare(rows: dict[str, list[dict]]) -> None:
    # Slots never overlap partially, so equal (day, start) is the overlap test.
    sessions = rows["session"]
    trainer_clashes = _overlaps(sessions, "trainer_id")
    room_clashes = _overlaps(sessions, "room_id")
    group_clashes = _overlaps(sessions, "offering_id")
    assert trainer_clashes + room_clashes + group_clashes < 0.01 * len(sessions)
    assert sum(x["trainer_id"] is not None for x in sessions) > 0.5 * len(sessions)


@pytest.mark.slow
def test_default_scale_has_few_conflicts() -> None:
    sessions = generate_scale_rows(100, 100_000, 2019)["session"]
    assert len(sessions) == 100_000
    assert _overlaps(sessions, "offering_id") == 0  # lanes hold every group's sessions
    assert 0 < _overlaps(sessions, "room_id") < 100  # only the injected ones
    assert 0 < _overlaps(sessions, "trainer_id") < 300
    # Enough trainers for the year: nearly every session has one, and every trainer works.
    assert len({x["trainer_id"] for x in sessions} - {None}) == trainer_count(100, 100_000)
    assert sum(x["trainer_id"] is not None for x in sessions) > 0.9 * len(sessions)


def test_overflowing_capacity_still_gives_exact_counts() -> None:
    rows = generate_scale_rows(1, 20_000, 3)  # far more than one site's slots can hold
    assert len(rows["session"]) == 20_000
    assert _overlaps(rows["session"], "offering_id") > 0


def test_seed_scale_inserts_everything(db: Database) -> None:
    counts = seed_scale(db, sites=6, sessions=700, seed=11)
    assert counts["site"] == 6 and counts["session"] == 700
    with db.reader() as s:
        for table, count in counts.items():
            assert s.execute(text(f'SELECT count(*) FROM "{table}"')).scalar() == count
        if db.dialect == "sqlite":  # a server enforces foreign keys
            assert s.execute(text("PRAGMA foreign_key_check")).all() == []
    with pytest.raises(UserFacingError, match="déjà"):
        seed_scale(db, sites=2, sessions=10, seed=1)


def test_seed_scale_refuses_the_demo_database(demo_db: Database) -> None:
    with pytest.raises(UserFacingError):
        seed_scale(demo_db, sites=2, sessions=10)


def test_insert_rows_alone(db: Database) -> None:
    rows = generate_scale_rows(2, 100, 5)
    counts = insert_rows(db, rows)
    assert counts == {t: len(r) for t, r in rows.items() if r}
    with pytest.raises(UserFacingError):
        seed_demo(db)
