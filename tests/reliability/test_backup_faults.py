"""Backups under faults: writes during the copy, damaged sources, restore, a year of rotation."""

from __future__ import annotations

import sqlite3
import threading
from datetime import datetime, timedelta
from pathlib import Path

import pytest

from cnam_desktop.db.engine import open_database
from cnam_desktop.errors import BackupError
from cnam_desktop.paths import AppPaths
from cnam_desktop.services.backups import (
    daily_backup_if_due,
    list_backups,
    make_backup,
    restore,
)
from tests.faults import flip_root_page

NOW = datetime(2026, 11, 26, 10, 42, 5)


def _writer_db(path: Path) -> None:
    conn = sqlite3.connect(path)
    conn.execute("PRAGMA journal_mode=WAL")
    conn.execute("CREATE TABLE a (id INTEGER PRIMARY KEY, pad BLOB)")
    conn.execute("CREATE TABLE b (id INTEGER PRIMARY KEY, a_id INTEGER)")
    with conn:
        conn.executemany("INSERT INTO a (pad) VALUES (?)", [(b"x" * 200,) for _ in range(20_000)])
        conn.execute("INSERT INTO b (a_id) SELECT id FROM a")
    conn.close()


def test_backup_during_writes_is_a_consistent_snapshot(tmp_path: Path) -> None:
    """A thread commits rows to `a` and `b` in the same transactions while copies are made:
    every copy passes integrity_check and holds as many rows in `a` as in `b`."""
    path = tmp_path / "ecritures.sqlite3"
    _writer_db(path)
    stop = threading.Event()
    commits = [0]
    errors: list[BaseException] = []

    def write() -> None:
        conn = sqlite3.connect(path, timeout=10)
        try:
            while not stop.is_set():
                with conn:
                    cur = conn.execute("INSERT INTO a (pad) VALUES (?)", (b"y" * 200,))
                    conn.execute("INSERT INTO b (a_id) VALUES (?)", (cur.lastrowid,))
                commits[0] += 1
        except BaseException as exc:  # reported by the test below
            errors.append(exc)
        finally:
            conn.close()

    thread = threading.Thread(target=write)
    thread.start()
    copies = []
    seen_commits = []
    try:
        for n in range(6):
            seen_commits.append(commits[0])
            copies.append(make_backup(path, tmp_path / "copies", "manual", NOW + timedelta(days=n)))
    finally:
        stop.set()
        thread.join()
    assert errors == []
    assert seen_commits[-1] > seen_commits[0], "the writer made no progress during the copies"
    counts = []
    for info in copies:
        conn = sqlite3.connect(info.path)
        try:
            assert conn.execute("PRAGMA integrity_check").fetchall() == [("ok",)]
            a = conn.execute("SELECT count(*) FROM a").fetchone()[0]
            b = conn.execute("SELECT count(*) FROM b").fetchone()[0]
        finally:
            conn.close()
        assert a == b >= 20_000
        counts.append(a)
    assert counts == sorted(counts) and counts[-1] > 20_000


def test_backup_of_flipped_bytes_is_refused(demo_db_path: Path, paths: AppPaths) -> None:
    flip_root_page(demo_db_path, "session")
    damaged = demo_db_path.read_bytes()
    with pytest.raises(BackupError, match=r"endommagée|illisible"):
        make_backup(demo_db_path, paths.backup_dir, "manual", NOW)
    assert list(paths.backup_dir.iterdir()) == []  # no copy, no temporary file
    assert demo_db_path.read_bytes() == damaged  # the source is left untouched


def test_backup_of_a_truncated_file_is_refused(demo_db_path: Path, paths: AppPaths) -> None:
    content = demo_db_path.read_bytes()
    demo_db_path.write_bytes(content[: len(content) // 3])
    with pytest.raises(BackupError):
        make_backup(demo_db_path, paths.backup_dir, "manual", NOW)
    assert list(paths.backup_dir.iterdir()) == []


def test_restore_brings_data_back_and_keeps_the_newer_file(
    demo_db_path: Path, paths: AppPaths
) -> None:
    backup = make_backup(demo_db_path, paths.backup_dir, "manual", NOW)
    db = open_database(demo_db_path)  # the application writes after the copy…
    with db.engine.begin() as conn:
        conn.exec_driver_sql("UPDATE site SET notes = 'modifié après la copie'")
        conn.exec_driver_sql("DELETE FROM session_guest")
    db.close()

    kept = restore(backup.path, demo_db_path, paths.backup_dir, NOW + timedelta(hours=1))

    conn = sqlite3.connect(demo_db_path)
    try:
        notes = {r[0] for r in conn.execute("SELECT notes FROM site")}
        assert "modifié après la copie" not in notes
        assert conn.execute("SELECT count(*) FROM session_guest").fetchone()[0] > 0
        assert conn.execute("PRAGMA foreign_key_check").fetchall() == []
    finally:
        conn.close()
    assert kept is not None
    conn = sqlite3.connect(kept.path)
    try:
        assert {r[0] for r in conn.execute("SELECT notes FROM site")} == {"modifié après la copie"}
    finally:
        conn.close()
    open_database(demo_db_path).close()  # the restored file opens


def test_restore_over_a_damaged_file_keeps_its_bytes(demo_db_path: Path, paths: AppPaths) -> None:
    backup = make_backup(demo_db_path, paths.backup_dir, "manual", NOW)
    flip_root_page(demo_db_path, "session")
    damaged = demo_db_path.read_bytes()
    kept = restore(backup.path, demo_db_path, paths.backup_dir, NOW + timedelta(hours=1))
    assert kept is not None and kept.path.read_bytes() == damaged
    conn = sqlite3.connect(demo_db_path)
    try:
        assert conn.execute("PRAGMA integrity_check").fetchall() == [("ok",)]
    finally:
        conn.close()


def test_a_year_of_daily_backups_is_rotated(tmp_path: Path) -> None:
    path = tmp_path / "reseau.sqlite3"
    conn = sqlite3.connect(path)
    conn.execute("CREATE TABLE t (x)")
    conn.commit()
    conn.close()
    folder = tmp_path / "copies"
    start = datetime(2026, 1, 1, 9, 0)
    end = start
    for day in range(365):
        end = start + timedelta(days=day)
        assert daily_backup_if_due(path, folder, end) is not None
        assert daily_backup_if_due(path, folder, end + timedelta(hours=2)) is None
        if day == 340:
            make_backup(path, folder, "pre-migration", end + timedelta(hours=1))
    infos = list_backups(folder)
    dates = sorted(i.created.date() for i in infos if i.reason == "daily")
    last_week = [(end - timedelta(days=n)).date() for n in range(7)]
    assert set(last_week) <= set(dates)
    assert len(dates) <= 7 + 4 + 6
    assert {(d.year, d.month) for d in dates} == {(2026, m) for m in range(7, 13)}
    weeks = {d.isocalendar()[:2] for d in dates}
    assert {(end - timedelta(weeks=n)).date().isocalendar()[:2] for n in range(4)} <= weeks
    assert len(dates) == len(set(dates))  # one copy a day at most
    # The pre-migration copy is 24 days old: protected.
    assert [i.reason for i in infos].count("pre-migration") == 1
    assert sorted(p.name for p in folder.iterdir()) == sorted(i.path.name for i in infos)


def test_a_full_disk_leaves_no_copy_and_says_so(
    demo_db_path: Path, paths: AppPaths, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Disk full, simulated with `max_page_count` on the copy: a French message, no file."""
    from cnam_desktop.db import backup_file

    def tiny_disk(source_path: Path, target: Path) -> None:
        source, dest = sqlite3.connect(source_path), sqlite3.connect(target)
        try:
            dest.execute("PRAGMA max_page_count=8")
            source.backup(dest, pages=-1)
        finally:
            dest.close()
            source.close()

    monkeypatch.setattr(backup_file, "_online_copy", tiny_disk)
    content = demo_db_path.read_bytes()
    with pytest.raises(BackupError, match="disque est plein"):
        make_backup(demo_db_path, paths.backup_dir, "manual", NOW)
    assert list(paths.backup_dir.iterdir()) == []
    assert demo_db_path.read_bytes() == content
