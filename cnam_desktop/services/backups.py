"""Backups of the database file: on demand, daily, rotated, listed, restored.

Every copy is made by `db/backup_file.copy_database` (online backup API, verified
with `quick_check`, renamed into place). Rotation keeps the newest copy of each of
the last 7 days, 4 ISO weeks and 6 months, never the newest copy of a file, and
keeps copies taken before a migration or a restore for 30 days; `backups_to_delete`
decides this without touching files. Restoring verifies the copy, keeps the current
file as an « avant-restauration » copy, then replaces the file atomically: the caller
must have closed the database.
"""

from __future__ import annotations

import os
import shutil
from collections.abc import Iterable
from datetime import date, datetime, timedelta
from pathlib import Path

from cnam_desktop.db.backup_file import (
    REASON_LABELS,
    BackupInfo,
    backup_name,
    copy_database,
    environment_message,
    fsync_dir,
    info_of,
    quick_check,
)
from cnam_desktop.db.filecheck import inspect_file
from cnam_desktop.domain.formatting import french_moment
from cnam_desktop.errors import BackupError, DatabaseError

__all__ = [
    "REASON_LABELS",
    "BackupInfo",
    "backups_to_delete",
    "daily_backup_if_due",
    "date_text",
    "list_backups",
    "make_backup",
    "newest_verified",
    "prune",
    "restore",
    "size_text",
]

KEEP_DAYS = 7
KEEP_WEEKS = 4
KEEP_MONTHS = 6
PROTECTED_REASONS = ("pre-migration", "pre-restore")
PROTECTED_FOR = timedelta(days=30)


def make_backup(
    db_path: Path,
    backup_dir: Path,
    reason: str = "manual",
    now: datetime | None = None,
    *,
    rotate: bool = True,
) -> BackupInfo:
    """A verified copy of `db_path` (reason: manual, daily, pre-migration, pre-restore).

    Raises `BackupError` with a French message (damaged source, full disk, folder that
    cannot be written); nothing is left behind then. `rotate`: prune older copies after.
    """
    now = now or datetime.now()
    info = copy_database(Path(db_path), Path(backup_dir), reason, now)
    if rotate:
        prune(Path(backup_dir), now, keep=info.path)
    return info


def list_backups(backup_dir: Path, stem: str | None = None) -> list[BackupInfo]:
    """The backups in `backup_dir` (of the database named `stem`, if given), newest first."""
    if not backup_dir.is_dir():
        return []
    infos = [info for p in backup_dir.glob("*.sqlite3") if (info := info_of(p)) is not None]
    if stem is not None:
        infos = [i for i in infos if i.stem == stem]
    return sorted(infos, key=lambda i: i.order, reverse=True)


def verify_backup(path: Path) -> str:
    """The schema revision of a usable backup; raises `DatabaseError`/`BackupError` if not.

    Checks that it is a SQLite file of ours (`application_id`), passes `quick_check`
    and has a schema this version knows (`db/filecheck.inspect_file`).
    """
    revision = inspect_file(path)
    if revision is None:
        raise BackupError(f"La sauvegarde « {path.name} » est vide : elle ne peut pas servir.")
    return revision


def newest_verified(backup_dir: Path, stem: str | None = None) -> BackupInfo | None:
    """The newest backup that passes `verify_backup`, or None."""
    for info in list_backups(backup_dir, stem):
        try:
            verify_backup(info.path)
        except (DatabaseError, BackupError):
            continue
        return info
    return None


def daily_backup_if_due(
    db_path: Path, backup_dir: Path, now: datetime | None = None
) -> BackupInfo | None:
    """The day's backup, at the first open of each day; None if done already (or no file).

    Any copy made today counts (a manual one too: rotation keeps only the newest of a
    day), except a pre-restore copy, which holds the file as it was before a restore.
    """
    now = now or datetime.now()
    db_path = Path(db_path)
    if not db_path.is_file() or db_path.stat().st_size == 0:
        return None
    today = now.date()
    if any(
        i.reason != "pre-restore" and i.created.date() == today
        for i in list_backups(Path(backup_dir), db_path.stem)
    ):
        return None
    return make_backup(db_path, backup_dir, "daily", now)


def size_text(size: int) -> str:
    """« 812 octets », « 48 Ko », « 1,2 Mo » (French decimal comma)."""
    if size < 1024:
        return f"{size} octets"
    if size < 1024 * 1024:
        return f"{size / 1024:.0f} Ko"
    return f"{size / (1024 * 1024):.1f} Mo".replace(".", ",")


def date_text(moment: datetime) -> str:
    """« jeudi 26 novembre 2026 à 10 h 42 »."""
    return french_moment(moment)


# --- rotation -----------------------------------------------------------------------


def _month_index(day: date) -> int:
    return day.year * 12 + day.month - 1


def _newest_per(infos: list[BackupInfo], key_of: object, keys: set[object]) -> set[Path]:
    newest: dict[object, BackupInfo] = {}
    for info in infos:
        key = key_of(info)  # type: ignore[operator]
        if key in keys and (key not in newest or info.order > newest[key].order):
            newest[key] = info
    return {info.path for info in newest.values()}


def backups_to_delete(infos: Iterable[BackupInfo], now: datetime) -> list[BackupInfo]:
    """The backups that rotation removes (pure: decides, deletes nothing).

    Per database (stem), kept: the newest backup of each of the last `KEEP_DAYS` days,
    `KEEP_WEEKS` ISO weeks and `KEEP_MONTHS` months (today, this week and this month
    included); the newest backup of all; pre-migration and pre-restore copies younger
    than `PROTECTED_FOR`. Backups dated in the future (clock changes) are kept.
    """
    by_stem: dict[str, list[BackupInfo]] = {}
    for info in infos:
        by_stem.setdefault(info.stem, []).append(info)
    today = now.date()
    days: set[object] = {today - timedelta(days=n) for n in range(KEEP_DAYS)}
    weeks: set[object] = {(today - timedelta(weeks=n)).isocalendar()[:2] for n in range(KEEP_WEEKS)}
    months: set[object] = {_month_index(today) - n for n in range(KEEP_MONTHS)}
    doomed: list[BackupInfo] = []
    for group in by_stem.values():
        keep = {max(group, key=lambda i: i.order).path}
        keep |= _newest_per(group, lambda i: i.created.date(), days)
        keep |= _newest_per(group, lambda i: i.created.date().isocalendar()[:2], weeks)
        keep |= _newest_per(group, lambda i: _month_index(i.created.date()), months)
        for info in group:
            protected = info.reason in PROTECTED_REASONS and now - info.created < PROTECTED_FOR
            if info.path not in keep and not protected and info.created <= now:
                doomed.append(info)
    return sorted(doomed, key=lambda i: i.created)


def prune(
    backup_dir: Path, now: datetime | None = None, keep: Path | None = None
) -> list[BackupInfo]:
    """Delete the backups rotation no longer keeps; return them.

    `keep`: a copy never deleted, the one just made (two copies made in the same second
    have the same date: rotation alone could pick the older one as the day's copy).
    """
    doomed = [
        info
        for info in backups_to_delete(list_backups(backup_dir), now or datetime.now())
        if info.path != keep
    ]
    for info in doomed:
        info.path.unlink(missing_ok=True)
    return doomed


# --- restore ------------------------------------------------------------------------


def _keep_current(db_path: Path, backup_dir: Path, now: datetime) -> BackupInfo | None:
    """The current file as a pre-restore copy: verified if readable, else its bytes as is."""
    if not db_path.is_file() or db_path.stat().st_size == 0:
        return None
    if quick_check(db_path) is None:
        try:
            return copy_database(db_path, backup_dir, "pre-restore", now)
        except BackupError:
            pass  # unreadable after all: keep its raw bytes below
    backup_dir.mkdir(parents=True, exist_ok=True)
    n = 0
    created = now.replace(microsecond=0)
    while (target := backup_dir / backup_name(db_path.stem, created, "pre-restore", n)).exists():
        n += 1
    shutil.copyfile(db_path, target)
    info = info_of(target)
    assert info is not None
    return info


def restore(
    backup: Path, db_path: Path, backup_dir: Path, now: datetime | None = None
) -> BackupInfo | None:
    """Replace the database file with `backup`'s content; return the pre-restore copy.

    The backup is verified first (ours, `quick_check`, known schema): a bad one raises
    and nothing changes. The current file is kept as an « avant-restauration » copy
    (None if there was no file). The caller must have closed the database.
    """
    now = now or datetime.now()
    backup, db_path, backup_dir = Path(backup), Path(db_path), Path(backup_dir)
    verify_backup(backup)
    try:
        kept = _keep_current(db_path, backup_dir, now)
    except OSError as exc:
        raise BackupError(
            (environment_message(exc, backup_dir) or str(exc))
            + " La base actuelle n'a pas été remplacée."
        ) from exc
    db_path.parent.mkdir(parents=True, exist_ok=True)
    temporary = db_path.with_name(f".{db_path.name}.restauration")
    try:
        shutil.copyfile(backup, temporary)
        fd = os.open(temporary, os.O_RDONLY)
        try:
            os.fsync(fd)
        finally:
            os.close(fd)
        # Stale sidecars of the current file would be replayed onto the restored one.
        for suffix in ("-wal", "-shm", "-journal"):
            db_path.with_name(db_path.name + suffix).unlink(missing_ok=True)
        os.replace(temporary, db_path)
        fsync_dir(db_path.parent)
    except OSError as exc:
        temporary.unlink(missing_ok=True)
        raise BackupError(
            (environment_message(exc, db_path.parent) or f"La restauration a échoué : {exc}.")
            + " La base actuelle n'a pas été remplacée."
        ) from exc
    return kept
