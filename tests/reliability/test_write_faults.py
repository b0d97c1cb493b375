"""Writes under faults: a process killed mid-write, a full disk, a base locked by another program.

Each test checks what the fault left behind: the file passes `integrity_check` and
`foreign_key_check`, and holds all or none of the interrupted transaction.
"""

from __future__ import annotations

import hashlib
import os
import queue
import signal
import sqlite3
import subprocess
import sys
import threading
from dataclasses import replace
from pathlib import Path

import pytest
from sqlalchemy import event, text

from cnam_desktop.db.engine import DEFAULT_BUSY_TIMEOUT_MS, Database, open_database
from cnam_desktop.domain.sites import SiteData
from cnam_desktop.errors import DatabaseBusyError, DiskFullError
from cnam_desktop.services.sites import SiteService

ROWS = 30_000
MARK = "fault-test"

CHILD = f'''
import sys
from datetime import date

from sqlalchemy import event, insert, text
from cnam_desktop.db import models as m
from cnam_desktop.db.engine import open_database

path, stop_at = sys.argv[1], sys.argv[2]
db = open_database(path)
# Nothing is folded into the main file: committed rows stay in the -wal until a checkpoint.
event.listen(db.engine, "connect", lambda conn, _r: conn.execute("PRAGMA wal_autocheckpoint=0"))
table = m.SiteStatusChange.__table__


def rows(start, stop, site_ids):
    return [
        dict(site_id=site_ids[i % len(site_ids)], status="open", changed_on=date(2026, 1, 1),
             note="{MARK}")
        for i in range(start, stop)
    ]


with db.uow() as s:
    assert s.execute(text("PRAGMA wal_autocheckpoint")).scalar() == 0
    site_ids = s.execute(text("SELECT id FROM site")).scalars().all()
    s.execute(insert(table), rows(0, {ROWS} // 2, site_ids))
    print("mid-way", flush=True)
    s.execute(insert(table), rows({ROWS} // 2, {ROWS}, site_ids))
    if stop_at == "mid-way":
        sys.stdin.readline()  # killed here at the latest: before COMMIT
print("committed", flush=True)
sys.stdin.readline()  # killed here: committed, the connection still open
'''


def _sha(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


def _counts(path: Path) -> dict[str, int]:
    """Rows per table, and the rows of the interrupted transaction."""
    conn = sqlite3.connect(path)
    try:
        tables = [
            r[0]
            for r in conn.execute(
                "SELECT name FROM sqlite_master WHERE type='table' AND name NOT LIKE 'sqlite_%'"
            )
        ]
        counts = {t: conn.execute(f'SELECT count(*) FROM "{t}"').fetchone()[0] for t in tables}
        counts[MARK] = conn.execute(
            "SELECT count(*) FROM site_status_change WHERE note = ?", (MARK,)
        ).fetchone()[0]
        return counts
    finally:
        conn.close()


def _dump_digest(path: Path) -> str:
    """A digest of every row of every table (SQL dump), read by a plain sqlite3 connection."""
    conn = sqlite3.connect(path)
    try:
        digest = hashlib.sha256()
        for line in conn.iterdump():
            digest.update(line.encode())
        return digest.hexdigest()
    finally:
        conn.close()


def _checks(db: Database) -> tuple[list[tuple[object, ...]], list[tuple[object, ...]]]:
    with db.reader() as s:
        integrity = [tuple(r) for r in s.execute(text("PRAGMA integrity_check"))]
        foreign = [tuple(r) for r in s.execute(text("PRAGMA foreign_key_check"))]
    return integrity, foreign


def _kill(proc: subprocess.Popen[str]) -> str:
    """SIGKILL the child (if still running), reap it; return what it wrote on stderr."""
    if proc.poll() is None:
        proc.kill()
    proc.wait(timeout=30)
    assert proc.stdin is not None and proc.stderr is not None
    proc.stdin.close()
    return proc.stderr.read()


def _forward(proc: subprocess.Popen[str], lines: queue.Queue[str | None]) -> None:
    assert proc.stdout is not None
    for line in proc.stdout:
        lines.put(line)
    lines.put(None)  # end of output


def _wait_for(lines: queue.Queue[str | None], expected: str, proc: subprocess.Popen[str]) -> None:
    """Read the child's lines until `expected` (it printed "mid-way" first, then "committed")."""
    while True:
        try:
            line = lines.get(timeout=60)
        except queue.Empty:
            line = None
        if line is not None and line.strip() == expected:
            return
        if line is None:  # the child ended (or hangs) without printing it
            pytest.fail(f"the child never printed {expected!r}:\n{_kill(proc)}")


@pytest.mark.parametrize("stop_at", ["mid-way", "committed"])
def test_process_killed_during_a_large_write(
    demo_db_path: Path, tmp_path: Path, stop_at: str
) -> None:
    """SIGKILL while one transaction inserts 30,000 rows (its pages already spilled to the
    -wal), or just after it committed: the file holds none, or all, of them."""
    before = _counts(demo_db_path)
    main_before = _sha(demo_db_path)
    script = tmp_path / "child.py"
    script.write_text(CHILD, encoding="utf-8")
    proc = subprocess.Popen(
        [sys.executable, str(script), str(demo_db_path), stop_at],
        stdin=subprocess.PIPE,
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
    )
    lines: queue.Queue[str | None] = queue.Queue()
    threading.Thread(target=_forward, args=(proc, lines), daemon=True).start()
    try:
        _wait_for(lines, stop_at, proc)
    finally:
        _kill(proc)
    assert proc.returncode == (-signal.SIGKILL if os.name == "posix" else 1)  # killed

    # What the kill left: the main file untouched (WAL mode writes only the -wal), and a
    # -wal holding the transaction's pages (uncommitted mid-way, committed after).
    wal = demo_db_path.with_name(demo_db_path.name + "-wal")
    assert wal.exists() and wal.stat().st_size > 1_000_000
    assert _sha(demo_db_path) == main_before

    db = open_database(demo_db_path)  # recovery: replays committed frames only
    try:
        assert _checks(db) == ([("ok",)], [])
    finally:
        db.close()
    after = _counts(demo_db_path)
    expected = dict(before)
    if stop_at == "committed":
        expected[MARK] += ROWS
        expected["site_status_change"] += ROWS
    assert after == expected


def _limit_growth(db: Database) -> None:
    """Every connection of `db` may not grow the file: SQLite answers SQLITE_FULL."""

    def on_connect(conn: sqlite3.Connection, _record: object) -> None:
        pages = conn.execute("PRAGMA page_count").fetchone()[0]
        conn.execute(f"PRAGMA max_page_count={pages}")

    event.listen(db.engine, "connect", on_connect)


@pytest.mark.parametrize("action", ["create", "update"])
def test_full_disk_rolls_back_and_says_so(demo_db_path: Path, action: str) -> None:
    """Disk full (`max_page_count`): a site created with a large note (the error comes at the
    flush inside the block) or updated with one (at the commit): `DiskFullError` in French,
    the content as before, the file intact, and the base still readable."""
    digest = _dump_digest(demo_db_path)
    db = open_database(demo_db_path)
    _limit_growth(db)
    service = SiteService(db)
    try:
        ids = service.list_ids()
        note = "Diagnostic territorial détaillé. " * 30_000  # ≈ 1 MB: more than any free page
        with pytest.raises(DiskFullError) as caught:
            if action == "create":
                service.create(SiteData(name="Cnam Saint-Dié", town="Saint-Dié", notes=note))
            else:
                service.update(ids[0], replace(service.get(ids[0]), notes=note))
        assert isinstance(caught.value.__cause__, Exception)
        assert service.list_ids() == ids  # still readable, nothing added
        assert _checks(db) == ([("ok",)], [])
    finally:
        db.close()
    message = caught.value.message
    assert message.startswith("Le disque est plein : la modification n'a pas été enregistrée")
    assert "restée telle qu'elle était" in message and str(demo_db_path) in message
    assert _dump_digest(demo_db_path) == digest


def test_a_lock_held_by_another_program(demo_db_path: Path) -> None:
    """Another program holds `BEGIN EXCLUSIVE` (and has written, uncommitted): a site created
    meanwhile waits the busy timeout, then `DatabaseBusyError`; reading still works (WAL);
    once the lock is gone the same action succeeds."""
    digest = _dump_digest(demo_db_path)
    holder = sqlite3.connect(demo_db_path, isolation_level=None)
    db = open_database(demo_db_path, busy_timeout_ms=100)
    service = SiteService(db)
    site = SiteData(name="Cnam Bar-le-Duc", town="Bar-le-Duc")
    try:
        holder.execute("BEGIN EXCLUSIVE")
        holder.execute("UPDATE site SET notes = 'écrit par un autre programme'")
        ids = service.list_ids()
        with pytest.raises(DatabaseBusyError) as caught:
            service.create(site)
        assert service.list_ids() == ids
        holder.execute("ROLLBACK")
        assert _dump_digest(demo_db_path) == digest
        new_id = service.create(site)  # « réessayez dans un instant »: it works now
        assert service.list_ids() != ids and new_id in service.list_ids()
        with db.reader() as s:
            assert s.execute(text("PRAGMA busy_timeout")).scalar() == 100
    finally:
        holder.close()
        db.close()
    message = caught.value.message
    assert message.startswith("La base est verrouillée par un autre programme")
    assert "réessayez dans un instant" in message and str(demo_db_path) in message


def test_default_busy_timeout(demo_db: Database) -> None:
    with demo_db.reader() as s:
        assert s.execute(text("PRAGMA busy_timeout")).scalar() == DEFAULT_BUSY_TIMEOUT_MS == 5000
