"""Environment failures become French `EnvironmentProblem`s; bugs go through unchanged.

The translator is fed the errors SQLite really raises (full, read-only, locked, cannot
open), errors without a code (by their text or errno), and errors that are bugs. The
EACCES/EROFS/EPERM of a folder that cannot be written, which root cannot meet here,
are tested on the errors themselves (`backup_file.environment_message`, `translate`).
"""

from __future__ import annotations

import errno
import os
import sqlite3
from collections.abc import Callable, Iterator
from pathlib import Path

import pytest
import sqlalchemy.exc
from sqlalchemy import text

from cnam_desktop.db.backup_file import environment_message
from cnam_desktop.db.engine import Database
from cnam_desktop.db.environment import translate
from cnam_desktop.errors import (
    DatabaseBusyError,
    DiskFullError,
    EnvironmentProblem,
    ReadOnlyStorageError,
    StorageFailureError,
)
from tests.faults import raised


@pytest.fixture
def small_db(tmp_path: Path) -> Iterator[Path]:
    path = tmp_path / "petite.sqlite3"
    conn = sqlite3.connect(path, isolation_level=None)
    conn.execute("PRAGMA journal_mode=WAL")
    conn.execute("CREATE TABLE t (x TEXT)")
    conn.close()
    yield path


def _full(path: Path) -> None:
    conn = sqlite3.connect(path)
    try:
        conn.execute(f"PRAGMA max_page_count={conn.execute('PRAGMA page_count').fetchone()[0]}")
        conn.execute("INSERT INTO t VALUES (?)", ("x" * 100_000,))
    finally:
        conn.close()


def _readonly(path: Path) -> None:
    conn = sqlite3.connect(f"file:{path}?mode=ro", uri=True)
    try:
        conn.execute("INSERT INTO t VALUES ('x')")
    finally:
        conn.close()


def _busy(path: Path) -> None:
    holder = sqlite3.connect(path, isolation_level=None)
    other = sqlite3.connect(path, timeout=0)
    try:
        holder.execute("BEGIN EXCLUSIVE")
        other.execute("INSERT INTO t VALUES ('x')")
    finally:
        other.close()
        holder.close()


def _cantopen(path: Path) -> None:
    sqlite3.connect(path.parent / "dossier-absent" / path.name)


@pytest.mark.parametrize(
    ("fault", "kind", "words"),
    [
        (_full, DiskFullError, "Le disque est plein"),
        (_readonly, ReadOnlyStorageError, "ne peut pas être modifiée"),
        (_busy, DatabaseBusyError, "verrouillée par un autre programme"),
        (_cantopen, StorageFailureError, "Impossible d'ouvrir la base"),
    ],
)
def test_real_sqlite_errors_are_translated(
    small_db: Path, fault: Callable[[Path], None], kind: type[EnvironmentProblem], words: str
) -> None:
    exc = raised(lambda: fault(small_db))
    assert isinstance(exc, sqlite3.OperationalError)
    wrapped = sqlalchemy.exc.OperationalError("INSERT", {}, exc)  # as SQLAlchemy raises it
    for error in (exc, wrapped):
        problem = translate(error, small_db)
        assert type(problem) is kind
        assert problem is not None and words in problem.message
        assert f"« {small_db} »" in problem.message


@pytest.mark.parametrize(
    ("error", "kind"),
    [
        (sqlite3.OperationalError("disk I/O error"), StorageFailureError),
        (sqlite3.DatabaseError("database disk image is malformed"), StorageFailureError),
        (sqlite3.OperationalError("database or disk is full"), DiskFullError),
        (OSError(errno.ENOSPC, "No space left on device"), DiskFullError),
        (PermissionError(errno.EACCES, "Permission denied"), ReadOnlyStorageError),
        (OSError(errno.EROFS, "Read-only file system"), ReadOnlyStorageError),
        (OSError(errno.EIO, "Input/output error"), StorageFailureError),
    ],
)
def test_errors_without_a_code_are_read_by_their_text_or_errno(
    tmp_path: Path, error: BaseException, kind: type[EnvironmentProblem]
) -> None:
    """Errors built by hand carry no `sqlite_errorcode`: the text (or errno) decides."""
    assert type(translate(error, tmp_path / "base.sqlite3")) is kind


def test_bugs_are_not_environment_problems(small_db: Path) -> None:
    conn = sqlite3.connect(small_db)
    conn.execute("CREATE TABLE u (x INTEGER NOT NULL)")
    try:
        syntax = raised(lambda: conn.execute("SELEC 1"))
        constraint = raised(lambda: conn.execute("INSERT INTO u VALUES (NULL)"))
    finally:
        conn.close()
    assert isinstance(syntax, sqlite3.OperationalError)  # the same class as a full disk
    assert isinstance(constraint, sqlite3.IntegrityError)
    for error in (syntax, constraint, ValueError("x"), FileNotFoundError(errno.ENOENT, "x")):
        assert translate(error, small_db) is None


def test_a_bug_in_a_unit_of_work_is_re_raised_unchanged(demo_db: Database) -> None:
    with pytest.raises(sqlalchemy.exc.OperationalError, match="syntax error"), demo_db.uow() as s:
        s.execute(text("UPDATE site SET notes = 'x'"))
        s.execute(text("UPDAT site SET notes = 'y'"))
    with pytest.raises(PermissionError), demo_db.reader():  # a file written meanwhile: not the base
        raise PermissionError(errno.EACCES, "Permission denied", "/export/reseau.xlsx")
    with demo_db.reader() as s:
        assert s.execute(text("SELECT count(*) FROM site WHERE notes = 'x'")).scalar() == 0


def test_backup_messages_for_a_folder_that_cannot_be_written(tmp_path: Path) -> None:
    """The system errors of a protected folder or a read-only medium (EACCES, EROFS, EPERM),
    which root cannot meet here, give the French sentence of `backup_file`."""
    folder = tmp_path / "sauvegardes"
    for code in (errno.EACCES, errno.EROFS, errno.EPERM):
        message = environment_message(OSError(code, os.strerror(code)), folder)
        assert message is not None and f"« {folder} » ne peut pas être écrit" in message
    full = environment_message(OSError(errno.ENOSPC, os.strerror(errno.ENOSPC)), folder)
    assert full is not None and full.startswith("Le disque est plein")
    assert environment_message(OSError(errno.ENOENT, "absent"), folder) is None
