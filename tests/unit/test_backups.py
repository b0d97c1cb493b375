"""Backups: names, verified copies, rotation (pure), daily copy, listing, restore, CLI."""

from __future__ import annotations

import sqlite3
from datetime import datetime, timedelta
from pathlib import Path

import pytest

from cnam_desktop.cli import main
from cnam_desktop.db.backup_file import BackupInfo, backup_name, parse_name
from cnam_desktop.errors import BackupError, ForeignFileError
from cnam_desktop.paths import AppPaths
from cnam_desktop.services.backups import (
    backups_to_delete,
    daily_backup_if_due,
    list_backups,
    make_backup,
    newest_verified,
    restore,
)

NOW = datetime(2026, 11, 26, 10, 42, 5)


def _count(path: Path, table: str = "site") -> int:
    conn = sqlite3.connect(path)
    try:
        return int(conn.execute(f"SELECT count(*) FROM {table}").fetchone()[0])
    finally:
        conn.close()


def _info(created: datetime, reason: str = "daily", stem: str = "reseau") -> BackupInfo:
    path = Path("/b") / backup_name(stem, created, reason)
    return BackupInfo(path=path, stem=stem, created=created, reason=reason, size=1)


# --- names ---------------------------------------------------------------------------


def test_names_sort_by_date_and_read_back() -> None:
    name = backup_name("reseau", NOW, "daily")
    assert name == "reseau-2026-11-26T10-42-05-quotidienne.sqlite3"
    assert parse_name(Path(name)) == ("reseau", NOW, "daily", 0)
    assert parse_name(Path(backup_name("mon-réseau", NOW, "pre-restore", 2))) == (
        "mon-réseau",
        NOW,
        "pre-restore",
        2,
    )
    assert parse_name(Path("reseau.sqlite3")) is None
    assert parse_name(Path("reseau-2026-13-40T10-42-05-manuelle.sqlite3")) is None
    later = backup_name("reseau", NOW + timedelta(seconds=1), "manual")
    assert sorted([later, name]) == [name, later]


# --- rotation (pure) -----------------------------------------------------------------


def test_rotation_keeps_newest_of_each_day_week_month() -> None:
    # Two backups a day for 400 days, the latest at NOW.
    infos = [_info(NOW - timedelta(days=d, hours=h)) for d in range(400) for h in (0, 5)]
    doomed = {i.path for i in backups_to_delete(infos, NOW)}
    kept = [i for i in infos if i.path not in doomed]
    days = {i.created.date() for i in kept}
    # The last 7 days, one copy each: the newest of the day.
    for d in range(7):
        day = (NOW - timedelta(days=d)).date()
        assert [i.created for i in kept if i.created.date() == day] == [
            max(i.created for i in infos if i.created.date() == day)
        ]
    weeks = {i.created.isocalendar()[:2] for i in kept}
    assert {(NOW - timedelta(weeks=w)).isocalendar()[:2] for w in range(4)} <= weeks
    months = {(i.created.year, i.created.month) for i in kept}
    assert months == {(2026, m) for m in range(6, 12)}
    # Nothing else: at most 7 + 4 + 6 distinct copies, none older than 6 months.
    assert len(kept) <= 17
    assert len(days) == len(kept)
    assert min(i.created for i in kept) >= datetime(2026, 6, 1)


def test_rotation_never_deletes_the_newest_nor_recent_safety_copies() -> None:
    old = NOW - timedelta(days=400)
    infos = [
        _info(old),
        _info(old - timedelta(days=1)),
        _info(NOW - timedelta(days=20, hours=1), "pre-migration"),
        _info(NOW - timedelta(days=20, hours=2), "pre-restore"),
        _info(NOW - timedelta(days=40), "pre-restore"),
    ]
    doomed = {i.path for i in backups_to_delete(infos, NOW)}
    # The newest is kept (it is the only copy from that day); safety copies < 30 days kept.
    assert infos[2].path not in doomed and infos[3].path not in doomed
    assert infos[1].path in doomed
    # A 40-day-old pre-restore copy is the newest of its month: kept as the monthly copy.
    assert infos[4].path not in doomed
    only_old = [_info(old), _info(old - timedelta(days=40))]
    assert {i.path for i in backups_to_delete(only_old, NOW)} == {only_old[1].path}


def test_rotation_is_per_database() -> None:
    infos = [_info(NOW - timedelta(days=300), stem=s) for s in ("reseau", "essai")]
    assert backups_to_delete(infos, NOW) == []


# --- copies --------------------------------------------------------------------------


def test_make_backup_is_verified_listed_and_complete(demo_db_path: Path, paths: AppPaths) -> None:
    info = make_backup(demo_db_path, paths.backup_dir, "manual", NOW)
    assert info.path.name == "reseau-2026-11-26T10-42-05-manuelle.sqlite3"
    assert info.size == info.path.stat().st_size > 0
    assert info.reason_label == "Copie manuelle"
    assert _count(info.path, "session") == _count(demo_db_path, "session") > 0
    second = make_backup(demo_db_path, paths.backup_dir, "manual", NOW, rotate=False)
    assert second.path != info.path
    assert [i.path for i in list_backups(paths.backup_dir)] == [second.path, info.path]
    assert sorted(p.name for p in paths.backup_dir.iterdir()) == sorted(
        [info.path.name, second.path.name]
    )  # no temporary file left behind
    # Rotation keeps one copy per day: the newest.
    third = make_backup(demo_db_path, paths.backup_dir, "manual", NOW)
    assert [i.path for i in list_backups(paths.backup_dir)] == [third.path]


def test_backup_of_a_missing_file_is_refused(paths: AppPaths) -> None:
    with pytest.raises(BackupError, match="Aucune base"):
        make_backup(paths.database, paths.backup_dir, "manual", NOW)
    assert not paths.database.exists()


def test_daily_backup_once_a_day(demo_db_path: Path, paths: AppPaths) -> None:
    first = daily_backup_if_due(demo_db_path, paths.backup_dir, NOW)
    assert first is not None and first.reason == "daily"
    assert daily_backup_if_due(demo_db_path, paths.backup_dir, NOW + timedelta(hours=3)) is None
    tomorrow = daily_backup_if_due(demo_db_path, paths.backup_dir, NOW + timedelta(days=1))
    assert tomorrow is not None
    assert len(list_backups(paths.backup_dir)) == 2
    # A manual copy made before the first open of a day stands for that day's copy.
    make_backup(demo_db_path, paths.backup_dir, "manual", NOW + timedelta(days=2))
    later = NOW + timedelta(days=2, hours=1)
    assert daily_backup_if_due(demo_db_path, paths.backup_dir, later) is None
    assert [i.reason for i in list_backups(paths.backup_dir)] == ["manual", "daily", "daily"]


def test_newest_verified_skips_damaged_and_foreign_copies(
    demo_db_path: Path, paths: AppPaths
) -> None:
    good = make_backup(demo_db_path, paths.backup_dir, "manual", NOW)
    foreign = paths.backup_dir / backup_name("reseau", NOW + timedelta(hours=1), "manual")
    conn = sqlite3.connect(foreign)
    conn.execute("CREATE TABLE autre (x)")
    conn.commit()
    conn.close()
    assert list_backups(paths.backup_dir)[0].path == foreign
    assert newest_verified(paths.backup_dir) == good


def test_restore_puts_data_back_and_keeps_current(demo_db_path: Path, paths: AppPaths) -> None:
    before = _count(demo_db_path)
    backup = make_backup(demo_db_path, paths.backup_dir, "manual", NOW)
    conn = sqlite3.connect(demo_db_path)
    conn.execute("DELETE FROM site_status_change")
    conn.execute("UPDATE site SET notes = 'après la copie'")
    conn.commit()
    conn.close()
    kept = restore(backup.path, demo_db_path, paths.backup_dir, NOW + timedelta(minutes=5))
    assert kept is not None and kept.reason == "pre-restore"
    assert _count(demo_db_path) == before
    assert _count(demo_db_path, "site_status_change") > 0
    assert _count(kept.path, "site_status_change") == 0
    assert not Path(f"{demo_db_path}-wal").exists()


def test_restore_refuses_a_foreign_backup_and_changes_nothing(
    demo_db_path: Path, paths: AppPaths, tmp_path: Path
) -> None:
    foreign = tmp_path / "autre.sqlite3"
    conn = sqlite3.connect(foreign)
    conn.execute("CREATE TABLE autre (x)")
    conn.commit()
    conn.close()
    content = demo_db_path.read_bytes()
    with pytest.raises(ForeignFileError):
        restore(foreign, demo_db_path, paths.backup_dir, NOW)
    assert demo_db_path.read_bytes() == content
    assert list_backups(paths.backup_dir) == []


# --- command line ---------------------------------------------------------------------


def test_cli_backup_list_and_restore(
    demo_db_path: Path, paths: AppPaths, capsys: pytest.CaptureFixture[str]
) -> None:
    assert main(["backup"]) == 0
    out = capsys.readouterr().out
    copy = list_backups(paths.backup_dir)[0]
    assert str(copy.path) in out and "Mo" in out
    assert main(["restore", "--list"]) == 0
    listing = capsys.readouterr().out
    assert "Copie manuelle" in listing and copy.path.name in listing
    assert " à " in listing  # « jeudi 26 novembre 2026 à 10 h 42 »
    conn = sqlite3.connect(demo_db_path)
    conn.execute("DELETE FROM site_status_change")
    conn.commit()
    conn.close()
    assert main(["restore", copy.path.name]) == 0
    out = capsys.readouterr().out
    assert "avant-restauration" in out
    assert _count(demo_db_path, "site_status_change") > 0


def test_cli_restore_without_copies(paths: AppPaths, capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["restore"]) == 2
    assert "Aucune copie" in capsys.readouterr().err
    assert main(["restore", "nulle-part.sqlite3"]) == 2
    assert main(["backup"]) == 2


def test_a_copy_made_in_the_same_second_as_the_day_s_copy_is_kept(
    demo_db_path: Path, paths: AppPaths
) -> None:
    now = datetime(2026, 11, 26, 12, 20, 52)
    daily = make_backup(demo_db_path, paths.backup_dir, "daily", now)
    manual = make_backup(demo_db_path, paths.backup_dir, "manual", now)
    assert manual.path.exists()
    assert daily.path != manual.path
