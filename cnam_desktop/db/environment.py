"""Tell the computer's refusals (full disk, read-only file, lock, failing storage) from bugs.

`translate` turns the exception SQLite (through sqlite3 or SQLAlchemy) or the system
raised into an `EnvironmentProblem` whose French message names the file and says
what to do; anything else (a constraint, a syntax error: a bug) gives None, and the
caller re-raises it unchanged. `Database.uow()` rolls back first, so every message
can say that the base was left as it was.

SQLite's result code is read from `sqlite_errorcode` (Python ≥ 3.11: the extended
code, whose low byte is the primary one); the English text is the fallback for
errors that carry no code.
"""

from __future__ import annotations

import errno
import sqlite3
from pathlib import Path

from cnam_desktop.errors import (
    DatabaseBusyError,
    DiskFullError,
    EnvironmentProblem,
    ReadOnlyStorageError,
    StorageFailureError,
)

# SQLite primary result codes (https://sqlite.org/rescode.html).
SQLITE_BUSY = 5
SQLITE_LOCKED = 6
SQLITE_READONLY = 8
SQLITE_IOERR = 10
SQLITE_CORRUPT = 11
SQLITE_FULL = 13
SQLITE_CANTOPEN = 14
SQLITE_NOTADB = 26

_TEXTS: tuple[tuple[str, int], ...] = (
    ("database or disk is full", SQLITE_FULL),
    ("attempt to write a readonly database", SQLITE_READONLY),
    ("database is locked", SQLITE_BUSY),
    ("database table is locked", SQLITE_LOCKED),
    ("disk i/o error", SQLITE_IOERR),
    ("unable to open database file", SQLITE_CANTOPEN),
    ("database disk image is malformed", SQLITE_CORRUPT),
    ("file is not a database", SQLITE_NOTADB),
)
"""SQLite's own wording of each result code, for errors that lost their code."""

_ERRNOS: dict[int, int] = {
    errno.ENOSPC: SQLITE_FULL,
    getattr(errno, "EDQUOT", errno.ENOSPC): SQLITE_FULL,  # quota exceeded (POSIX)
    errno.EACCES: SQLITE_READONLY,
    errno.EPERM: SQLITE_READONLY,
    errno.EROFS: SQLITE_READONLY,
    errno.EIO: SQLITE_IOERR,
}
"""System errors (a file written beside the base) that mean the same as a SQLite code."""

UNCHANGED = "la base est restée telle qu'elle était"


def result_code(exc: BaseException) -> int | None:
    """SQLite's primary result code behind `exc` (an `OSError`'s errno is mapped), or None."""
    orig = getattr(exc, "orig", None)  # SQLAlchemy's DBAPIError wraps the driver's error
    if isinstance(orig, BaseException):
        exc = orig
    if isinstance(exc, OSError):
        return _ERRNOS.get(exc.errno) if exc.errno is not None else None
    if not isinstance(exc, sqlite3.Error):
        return None
    code = getattr(exc, "sqlite_errorcode", None)
    if isinstance(code, int):
        return code & 0xFF
    text = str(exc).lower()
    return next((c for words, c in _TEXTS if words in text), None)


def translate(
    exc: BaseException, path: Path | str, *, read_only: bool = False
) -> EnvironmentProblem | None:
    """The user-facing error for an environment failure on the base at `path`, else None.

    `read_only`: the base was opened read-only on purpose (`open_database(read_only=True)`),
    so a refused write says so instead of blaming the file's permissions.
    """
    code = result_code(exc)
    file = f"« {Path(path)} »"
    if code == SQLITE_FULL:
        return DiskFullError(
            f"Le disque est plein : la modification n'a pas été enregistrée et {UNCHANGED}. "
            f"Libérez de la place sur le disque qui contient {file} puis recommencez."
        )
    if code == SQLITE_READONLY and read_only:
        return ReadOnlyStorageError(
            f"La base est ouverte en lecture seule : {file} peut être consultée mais pas "
            "modifiée. La modification n'a pas été enregistrée."
        )
    if code == SQLITE_READONLY:
        return ReadOnlyStorageError(
            f"La base {file} ne peut pas être modifiée : le fichier ou son dossier est en "
            "lecture seule (droits insuffisants, support protégé en écriture ou partage en "
            f"lecture seule). La modification n'a pas été enregistrée et {UNCHANGED}."
        )
    if code in (SQLITE_BUSY, SQLITE_LOCKED):
        return DatabaseBusyError(
            f"La base est verrouillée par un autre programme ({file}) ; réessayez dans un "
            f"instant. Rien n'a été modifié : {UNCHANGED}."
        )
    if code == SQLITE_IOERR:
        return StorageFailureError(
            f"Erreur de lecture ou d'écriture sur le disque pour la base {file} (support "
            "débranché, partage réseau coupé ou disque défaillant) : l'opération n'a pas "
            "abouti. Vérifiez le support puis recommencez."
        )
    if code == SQLITE_CANTOPEN:
        return StorageFailureError(
            f"Impossible d'ouvrir la base {file} : le fichier ou son dossier a été déplacé, "
            "supprimé ou n'est plus accessible (support débranché, droits insuffisants). "
            "L'opération n'a pas abouti."
        )
    if code in (SQLITE_CORRUPT, SQLITE_NOTADB):
        return StorageFailureError(
            f"La base {file} est endommagée : l'opération n'a pas abouti. Fermez "
            "l'application et restaurez une sauvegarde (menu Fichier)."
        )
    return None
