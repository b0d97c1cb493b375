"""Store the demo network at the CURRENT schema as a migration fixture.

Run it once per released schema, BEFORE adding the next Alembic revision:

    .venv/bin/python -m tests.migrations.make_fixture

It writes tests/migrations/fixtures/<revision>.sqlite3 and a JSON file of its row
counts, which test_upgrade_fixtures.py checks after upgrading to the new head.
"""

from __future__ import annotations

import json
import sqlite3
import tempfile
from pathlib import Path

from cnam_desktop.db import schema
from cnam_desktop.db.engine import open_database
from cnam_desktop.services.demo import seed_demo

FIXTURES = Path(__file__).resolve().parent / "fixtures"


def main() -> None:
    FIXTURES.mkdir(exist_ok=True)
    target = FIXTURES / f"{schema.HEAD_REVISION}.sqlite3"
    with tempfile.TemporaryDirectory() as tmp:
        work = Path(tmp) / "fixture.sqlite3"
        db = open_database(work)
        seed_demo(db)
        db.close()
        conn = sqlite3.connect(work)
        conn.execute("PRAGMA journal_mode=DELETE")  # one self-contained file
        conn.execute("VACUUM")
        counts = {
            name: conn.execute(f'SELECT count(*) FROM "{name}"').fetchone()[0]
            for (name,) in conn.execute(
                "SELECT name FROM sqlite_master WHERE type='table' "
                "AND name NOT LIKE 'sqlite_%' AND name != 'alembic_version'"
            )
        }
        conn.close()
        target.write_bytes(work.read_bytes())
    target.with_suffix(".json").write_text(json.dumps(counts, indent=2, sort_keys=True) + "\n")
    print(f"{target} ({target.stat().st_size} bytes): {sum(counts.values())} rows")


if __name__ == "__main__":
    main()
