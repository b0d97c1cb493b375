"""Every stored database of an earlier schema opens, upgrades to head and keeps its data."""

from __future__ import annotations

import json
import shutil
import sqlite3
from pathlib import Path

import pytest

from cnam_desktop.db import schema
from cnam_desktop.db.engine import open_database

FIXTURES = Path(__file__).resolve().parent / "fixtures"
STORED = sorted(FIXTURES.glob("*.sqlite3"))


def test_each_released_schema_has_a_fixture() -> None:
    assert {p.stem for p in STORED} == set(schema.KNOWN_REVISIONS)


@pytest.mark.parametrize("fixture", STORED, ids=[p.stem for p in STORED])
def test_fixture_upgrades_with_data_intact(fixture: Path, tmp_path: Path) -> None:
    path = tmp_path / fixture.name
    shutil.copyfile(fixture, path)
    expected = json.loads(fixture.with_suffix(".json").read_text())

    open_database(path).close()

    conn = sqlite3.connect(path)
    try:
        assert conn.execute("SELECT version_num FROM alembic_version").fetchone()[0] == (
            schema.HEAD_REVISION
        )
        assert conn.execute("PRAGMA foreign_key_check").fetchall() == []
        assert conn.execute("PRAGMA integrity_check").fetchone()[0] == "ok"
        for table, count in expected.items():
            assert conn.execute(f'SELECT count(*) FROM "{table}"').fetchone()[0] == count, table
    finally:
        conn.close()
