"""One verified backup copy of a database file, with sqlite3 alone (no SQLAlchemy).

The copy goes through SQLite's online backup API (consistent even while the
application has the file open, WAL included), into a hidden temporary name in the
backup folder; it is checked with `PRAGMA quick_check`, synced to disk and only then
renamed to its final name, so a copy with a real name is always a whole, verified
one. Names sort by date: `reseau-2026-11-26T10-42-05-quotidienne.sqlite3`.

The policy (rotation, daily copy, restore) is `services/backups.py`; this module is
in `db/` because migrating (`db/migrate.py`) takes a copy first.
"""

from __future__ import annotations

import errno
import logging
import os
import re
import sqlite3
from dataclasses import dataclass
from datetime import datetime
from pathlib import Path

from cnam_desktop.errors import BackupError

log = logging.getLogger(__name__)

REASONS: dict[str, str] = {
    "manual": "manuelle",
    "daily": "quotidienne",
    "pre-migration": "avant-migration",
    "pre-restore": "avant-restauration",
}
"""Reason code → the word written in the file name."""
REASON_LABELS: dict[str, str] = {
    "manual": "Copie manuelle",
    "daily": "Copie quotidienne",
    "pre-migration": "Avant mise à jour du schéma",
    "pre-restore": "Avant restauration",
}
"""Reason code → how the user reads it."""
_CODES = {word: code for code, word in REASONS.items()}
STAMP_FORMAT = "%Y-%m-%dT%H-%M-%S"
_NAME = re.compile(
    r"^(?P<stem>.+)-(?P<stamp>\d{4}-\d{2}-\d{2}T\d{2}-\d{2}-\d{2})(?:-(?P<n>\d+))?"
    r"-(?P<reason>" + "|".join(re.escape(w) for w in REASONS.values()) + r")\.sqlite3$"
)


@dataclass(frozen=True)
class BackupInfo:
    path: Path
    stem: str
    """The stem of the database file it copies (« reseau »)."""
    created: datetime
    reason: str
    """"manual", "daily", "pre-migration" or "pre-restore"."""
    size: int
    n: int = 0
    """Tells apart copies made within the same second (`-1`, `-2`… in the name)."""

    @property
    def order(self) -> tuple[datetime, int]:
        """Sort key: oldest first."""
        return (self.created, self.n)

    @property
    def reason_label(self) -> str:
        return REASON_LABELS[self.reason]


def parse_name(path: Path) -> tuple[str, datetime, str, int] | None:
    """(stem, created, reason, n) read from a backup's file name; None if not one of ours."""
    match = _NAME.match(path.name)
    if match is None:
        return None
    try:
        created = datetime.strptime(match["stamp"], STAMP_FORMAT)
    except ValueError:
        return None
    return match["stem"], created, _CODES[match["reason"]], int(match["n"] or 0)


def info_of(path: Path) -> BackupInfo | None:
    parsed = parse_name(path)
    if parsed is None:
        return None
    stem, created, reason, n = parsed
    try:
        size = path.stat().st_size
    except OSError:
        return None
    return BackupInfo(path=path, stem=stem, created=created, reason=reason, size=size, n=n)


def backup_name(stem: str, created: datetime, reason: str, n: int = 0) -> str:
    counter = f"-{n}" if n else ""
    return f"{stem}-{created.strftime(STAMP_FORMAT)}{counter}-{REASONS[reason]}.sqlite3"


def quick_check(path: Path) -> str | None:
    """None when `PRAGMA quick_check` passes on the file, else what it reported."""
    try:
        conn = sqlite3.connect(f"{path.resolve().as_uri()}?mode=ro", uri=True)
    except sqlite3.Error as exc:
        return str(exc)
    try:
        rows = conn.execute("PRAGMA quick_check").fetchall()
    except sqlite3.DatabaseError as exc:
        return str(exc)
    finally:
        conn.close()
    return None if [tuple(r) for r in rows] == [("ok",)] else str(rows[0][0])


def environment_message(exc: BaseException, target: Path) -> str | None:
    """A French sentence for a full disk or a folder that cannot be written; else None."""
    text = str(exc).lower()
    code = exc.errno if isinstance(exc, OSError) else None
    if code == errno.ENOSPC or "disk is full" in text:
        return f"Le disque est plein : impossible d'écrire dans « {target} »."
    if code in (errno.EACCES, errno.EROFS, errno.EPERM) or any(
        word in text for word in ("readonly", "read-only", "unable to open")
    ):
        return (
            f"« {target} » ne peut pas être écrit (droits insuffisants ou support en "
            "lecture seule)."
        )
    return None


def _fsync(path: Path) -> None:
    fd = os.open(path, os.O_RDONLY)
    try:
        os.fsync(fd)
    finally:
        os.close(fd)


def fsync_dir(folder: Path) -> None:
    """Make a rename durable (POSIX); nothing to do where folders cannot be opened."""
    if os.name != "posix":
        return
    _fsync(folder)


def copy_database(db_path: Path, backup_dir: Path, reason: str, now: datetime) -> BackupInfo:
    """A verified copy of `db_path` in `backup_dir`; raises `BackupError` (French) on failure.

    A copy that fails `quick_check` (the source is damaged) is deleted, never kept.
    """
    if reason not in REASONS:
        raise ValueError(f"unknown backup reason {reason!r}")
    if not db_path.is_file() or db_path.stat().st_size == 0:
        raise BackupError(f"Aucune base à sauvegarder à « {db_path} ».")
    try:
        backup_dir.mkdir(parents=True, exist_ok=True)
    except OSError as exc:
        raise BackupError(environment_message(exc, backup_dir) or str(exc)) from exc
    created = now.replace(microsecond=0)
    n = 0
    while (target := backup_dir / backup_name(db_path.stem, created, reason, n)).exists():
        n += 1
    temporary = backup_dir / f".{target.name}.partiel"
    try:
        _online_copy(db_path, temporary)
        problem = quick_check(temporary)
        if problem is not None:
            log.warning("copy of %s failed quick_check: %s", db_path, problem)
            raise BackupError(
                f"La base « {db_path} » est endommagée (le contrôle d'intégrité a échoué) : "
                "la copie a été refusée et supprimée. Restaurez une sauvegarde plus ancienne."
            )
        _fsync(temporary)
        os.replace(temporary, target)
        fsync_dir(backup_dir)
    except BackupError:
        raise
    except (OSError, sqlite3.Error) as exc:
        message = environment_message(exc, backup_dir)
        if message is None and isinstance(exc, sqlite3.DatabaseError):
            log.warning("%s cannot be read for a copy: %s", db_path, exc)
            message = (
                f"La base « {db_path} » est illisible (fichier endommagé ou incomplet) : "
                "aucune copie n'a été faite. Restaurez une sauvegarde plus ancienne."
            )
        raise BackupError(message or f"La copie de « {db_path} » a échoué : {exc}.") from exc
    finally:
        for leftover in (temporary, *_sidecars(temporary)):
            leftover.unlink(missing_ok=True)
    info = info_of(target)
    assert info is not None
    return info


def _sidecars(path: Path) -> tuple[Path, Path, Path]:
    return tuple(path.with_name(path.name + s) for s in ("-wal", "-shm", "-journal"))  # type: ignore[return-value]


def _online_copy(source_path: Path, target: Path) -> None:
    source = sqlite3.connect(source_path, timeout=10)
    try:
        dest = sqlite3.connect(target)
        try:
            # One step (pages=-1): the whole file under one read transaction, so the copy
            # is one consistent snapshot even while another connection writes (WAL).
            source.backup(dest, pages=-1)
            # A self-contained file: no -wal beside the copy, nothing to replay.
            dest.execute("PRAGMA journal_mode=DELETE")
        finally:
            dest.close()
    finally:
        source.close()
