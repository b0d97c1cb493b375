"""Check a database file before use, with the sqlite3 module alone (no SQLAlchemy).

In this order: that it is a SQLite file, that it is ours (`application_id`), that
`quick_check` passes, and that its schema is one this version knows. Nothing is
written. The check can run in a thread (`start_inspection`): sqlite3 releases the
GIL while it reads, so at start-up it overlaps with importing SQLAlchemy.
"""

from __future__ import annotations

import logging
import sqlite3
import threading
from pathlib import Path

from cnam_desktop.db import environment, schema
from cnam_desktop.errors import CorruptDatabaseError, ForeignFileError, NewerSchemaError

SQLITE_MAGIC = b"SQLite format 3\x00"
ENVIRONMENT_CODES = (
    environment.SQLITE_READONLY,
    environment.SQLITE_CANTOPEN,
    environment.SQLITE_BUSY,
    environment.SQLITE_LOCKED,
    environment.SQLITE_IOERR,
)
"""Failures of the storage, not of the file: not reported as damage."""

log = logging.getLogger(__name__)


def read_only_uri(path: Path) -> str:
    """A URI opening `path` for reading only (`#`, `?` or `%` in a folder name are escaped).

    Without a -wal beside the file nobody is writing it: it is opened `immutable`, so
    that checking it creates no -wal or -shm (a refused file is left exactly as found)
    and works in a folder that cannot be written.
    """
    uri = f"{path.resolve().as_uri()}?mode=ro"
    if not path.with_name(path.name + "-wal").exists():
        uri += "&immutable=1"
    return uri


def inspect_file(path: Path) -> str | None:
    """Check a file before use; return its schema revision (None for a new, empty file).

    Raises a `DatabaseError` subclass with a French message when the file cannot be used.
    """
    if not path.exists() or path.stat().st_size == 0:
        return None
    with path.open("rb") as handle:
        header = handle.read(len(SQLITE_MAGIC))
    if header != SQLITE_MAGIC:
        raise ForeignFileError(
            f"Le fichier « {path} » n'est pas une base de données de cette application."
        )
    try:
        conn = sqlite3.connect(read_only_uri(path), uri=True)
    except sqlite3.Error as exc:
        problem = environment.translate(exc, path)
        if problem is not None and environment.result_code(exc) in ENVIRONMENT_CODES:
            raise problem from exc  # the storage refused, the file is not damaged
        log.warning("%s cannot be opened: %s", path, exc)  # SQLite's words, for support
        raise CorruptDatabaseError(
            f"Impossible d'ouvrir « {path} » : SQLite ne peut pas lire ce fichier. "
            "Il n'a pas été modifié ; restaurez une sauvegarde."
        ) from exc
    try:
        app_id = conn.execute("PRAGMA application_id").fetchone()[0]
        tables = {r[0] for r in conn.execute("SELECT name FROM sqlite_master WHERE type='table'")}
        if app_id not in (0, schema.APPLICATION_ID) or (tables and "alembic_version" not in tables):
            raise ForeignFileError(
                f"Le fichier « {path} » est une base SQLite, mais pas une base de cette "
                "application : il n'a pas été modifié."
            )
        result = conn.execute("PRAGMA quick_check").fetchall()
        if [tuple(r) for r in result] != [("ok",)]:
            log.warning("quick_check of %s failed: %s", path, result[0][0])
            raise CorruptDatabaseError(
                f"La base « {path} » est endommagée : le contrôle d'intégrité a échoué. "
                "Elle n'a pas été modifiée ; restaurez une sauvegarde."
            )
        if not tables:
            return None
        row = conn.execute("SELECT version_num FROM alembic_version").fetchone()
    except sqlite3.DatabaseError as exc:
        problem = environment.translate(exc, path)
        if problem is not None and environment.result_code(exc) in ENVIRONMENT_CODES:
            raise problem from exc  # the storage refused, the file is not damaged
        log.warning("%s cannot be read: %s", path, exc)  # SQLite's words, for support
        raise CorruptDatabaseError(
            f"La base « {path} » est illisible : le fichier est endommagé ou incomplet. "
            "Elle n'a pas été modifiée ; restaurez une sauvegarde."
        ) from exc
    finally:
        conn.close()
    revision = row[0] if row else None
    if revision is not None and revision not in schema.KNOWN_REVISIONS:
        raise NewerSchemaError(
            f"La base « {path} » a été créée par une version plus récente de l'application "
            f"(schéma {revision}). Installez la dernière version pour l'ouvrir ; "
            "le fichier n'a pas été modifié."
        )
    return revision


class Inspection:
    """`inspect_file` running in a thread; `result()` waits and returns or re-raises."""

    def __init__(self, path: Path) -> None:
        self.path = path
        self._revision: str | None = None
        self._error: BaseException | None = None
        self._thread = threading.Thread(target=self._run, name="db-inspection", daemon=True)
        self._thread.start()

    def _run(self) -> None:
        try:
            self._revision = inspect_file(self.path)
        except BaseException as exc:  # handed to the caller by result()
            self._error = exc

    def result(self) -> str | None:
        self._thread.join()
        if self._error is not None:
            raise self._error
        return self._revision


def start_inspection(path: Path | str) -> Inspection:
    return Inspection(Path(path))
