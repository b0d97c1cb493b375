"""Synchronisation benchmark (`make bench`, group `sync`): 10,000 records each way between
a laptop file and a shared base on the PostgreSQL test server (`CNAM_TEST_POSTGRES_URL`).

Set-up: a base on the server with the demo network and 20,000 more sessions, and a
laptop file synchronised with it. Each round, interleaved so that drift hits both alike:

- push: the laptop changes 9,000 sessions (Core UPDATE, version + 1) and creates 1,000,
  then `synchronise` sends them. Floor: the same 10,000 changed rows read from the file
  with sqlite3 and written with psycopg `executemany` into a scratch table on the server,
  committed.
- pull: the server changes 9,000 of the sessions just received and creates 1,000, then
  `synchronise` brings them. Floor: the rows of the same pull window (those 10,000, and
  the 1,000 pushed ones the server left alone, which a pull reads back too) read with
  psycopg and written with sqlite3 `executemany` into a scratch table of the file,
  committed.

    CNAM_TEST_POSTGRES_URL=$(bash .ci/postgres) .venv/bin/python -m tests.perf.sync_bench
"""

from __future__ import annotations

import os
import sqlite3
import statistics
import sys
import time
from dataclasses import dataclass
from datetime import timedelta
from pathlib import Path
from typing import Any

import psycopg
from psycopg import sql
from sqlalchemy import insert, select, update

from cnam_desktop.db.base import new_id, utcnow
from cnam_desktop.db.engine import Database, open_database
from cnam_desktop.services.demo import seed_demo
from cnam_desktop.services.sync import synchronise
from cnam_desktop.services.sync.rows import moved_columns, table
from tests.perf.sqlite_values import sqlite_value
from tests.postgres import ENV_URL, TestServer

SESSION = table("session")
COLUMNS = moved_columns(SESSION)
EXTRA_SESSIONS = 20_000
SCRATCH = "bench_sync_scratch"


@dataclass
class SyncFigures:
    rows: int
    push: float
    push_floor: float
    pull: float
    pull_floor: float
    rounds: int


def _session_ids(db: Database) -> list[str]:
    with db.connection() as conn:
        query = select(SESSION.c.id).where(SESSION.c.deleted_at.is_(None)).order_by(SESSION.c.id)
        return list(conn.execute(query).scalars())


def _new_sessions(db: Database, count: int, shift: int) -> list[dict[str, Any]]:
    """`count` copies of existing sessions, `shift` days later, as new records."""
    with db.connection() as conn:
        models = [dict(r) for r in conn.execute(select(SESSION).limit(500)).mappings()]
    now = utcnow()
    rows = []
    for i in range(count):
        row = dict(models[i % len(models)])
        row.update(
            id=new_id(),
            day=row["day"] + timedelta(days=shift + i // len(models)),
            created_at=now,
            updated_at=now,
            version=1,
            synced_version=None,
            server_txid=None,
        )
        rows.append(row)
    return rows


def _change(db: Database, ids: list[str], new: list[dict[str, Any]], label: str) -> None:
    """Change `ids` (version + 1) and create `new`, through Core, in one transaction."""
    now = utcnow()
    with db.uow() as session:
        for start in range(0, len(ids), 500):
            chunk = ids[start : start + 500]
            session.execute(
                update(SESSION)
                .where(SESSION.c.id.in_(chunk))
                .values(unit_code=label, version=SESSION.c.version + 1, updated_at=now)
            )
        if new:
            session.execute(insert(SESSION), new)


def _floor_push(laptop: Path, server_url: str) -> float:
    """The changed rows read from the file and written to a scratch table on the server."""
    names = ", ".join(f'"{c}"' for c in COLUMNS)
    marks = ", ".join(["%s"] * len(COLUMNS))
    with sqlite3.connect(laptop) as source, psycopg.connect(server_url) as conn:
        started = time.perf_counter()
        rows = source.execute(
            f"SELECT {names} FROM session WHERE synced_version IS NULL OR version <> synced_version"
        ).fetchall()
        with conn.cursor() as cursor:
            cursor.executemany(f"INSERT INTO {SCRATCH} ({names}) VALUES ({marks})", rows)
        conn.commit()
        elapsed = time.perf_counter() - started
    with psycopg.connect(server_url, autocommit=True) as conn:
        conn.execute(f"TRUNCATE {SCRATCH}")
    return elapsed


def _floor_pull(server_url: str, laptop: Path, mark: int) -> float:
    """The rows of the pull window read from the server and written to the file."""
    names = ", ".join(f'"{c}"' for c in COLUMNS)
    marks = ", ".join("?" * len(COLUMNS))
    target = sqlite3.connect(laptop, isolation_level=None)
    target.execute("PRAGMA synchronous=FULL")
    with psycopg.connect(server_url) as conn:
        started = time.perf_counter()
        rows = conn.execute(
            f"SELECT {names} FROM session WHERE server_txid >= %s", (mark,)
        ).fetchall()
        conn.rollback()
        values = [tuple(sqlite_value(v) for v in row) for row in rows]
        target.execute("BEGIN")
        target.executemany(f"INSERT INTO {SCRATCH} ({names}) VALUES ({marks})", values)
        target.execute("COMMIT")
        elapsed = time.perf_counter() - started
    target.execute(f"DELETE FROM {SCRATCH}")
    target.close()
    return elapsed


def _pull_mark(db: Database) -> int:
    peers = table("session").metadata.tables["sync_peer"]
    with db.connection() as conn:
        return int(conn.execute(select(peers.c.pull_mark)).scalar_one())


def measure(work: Path, rows: int = 10_000, rounds: int = 3) -> SyncFigures | None:
    """Median seconds of `rounds` pushes and pulls of `rows` records; None without server."""
    url = os.environ.get(ENV_URL)
    if not url:
        return None
    admin = TestServer(url)
    server_url = admin.empty_database()
    laptop_path = work / "sync-laptop.sqlite3"
    for leftover in work.glob("sync-laptop.sqlite3*"):
        leftover.unlink()
    server = laptop = None
    try:
        server = open_database(server_url)
        seed_demo(server)
        laptop = open_database(laptop_path)
        synchronise(laptop, server)
        _change(server, [], _new_sessions(server, EXTRA_SESSIONS, 400), "")
        synchronise(laptop, server)
        with psycopg.connect(server_url, autocommit=True) as conn:
            conn.execute(sql.SQL("CREATE TABLE {} (LIKE session)").format(sql.Identifier(SCRATCH)))
        with sqlite3.connect(laptop_path) as conn:
            conn.execute(f"CREATE TABLE {SCRATCH} AS SELECT * FROM session WHERE 0")

        created = rows // 10
        push, push_floor, pull, pull_floor = [], [], [], []
        for n in range(rounds):
            ids = _session_ids(laptop)
            start = (n * rows) % len(ids)
            changed = (ids[start:] + ids[:start])[: rows - created]
            new = _new_sessions(laptop, created, 800 + 40 * n)
            _change(laptop, changed, new, f"L{n}")
            push_floor.append(_floor_push(laptop_path, server_url))
            started = time.perf_counter()
            report = synchronise(laptop, server)
            push.append(time.perf_counter() - started)
            assert report.pushed_total == rows, report.summary()

            mark = _pull_mark(laptop)
            theirs = [row["id"] for row in new] + changed[: rows - 2 * created]
            _change(server, theirs, _new_sessions(server, created, 1600 + 40 * n), f"S{n}")
            pull_floor.append(_floor_pull(server_url, laptop_path, mark))
            started = time.perf_counter()
            report = synchronise(laptop, server)
            pull.append(time.perf_counter() - started)
            assert report.pulled_total == rows, report.summary()
        return SyncFigures(
            rows,
            statistics.median(push),
            statistics.median(push_floor),
            statistics.median(pull),
            statistics.median(pull_floor),
            rounds,
        )
    finally:
        for db in (laptop, server):
            if db is not None:
                db.close()
        admin.drop(server_url)
        admin.close()


def main() -> int:
    import tempfile

    with tempfile.TemporaryDirectory(prefix="cnam-sync-bench-") as tmp:
        figures = measure(Path(tmp), rounds=int(os.environ.get("BENCH_REPEAT", "3")))
    if figures is None:
        print(f"sync: skipped, {ENV_URL} is not set (no test server)", file=sys.stderr)
        return 0
    for name, value, floor in (
        ("push", figures.push, figures.push_floor),
        ("pull", figures.pull, figures.pull_floor),
    ):
        print(f"{name}: {value:.3f} s, floor {floor:.3f} s, ratio {value / floor:.2f}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
