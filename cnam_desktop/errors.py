"""Errors that carry a message meant for the user (in French)."""

from __future__ import annotations

import os
from datetime import UTC, datetime
from pathlib import Path
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from cnam_desktop.db.lock_file import LockHolder


class UserFacingError(Exception):
    """An error whose message can be shown to the user as it is."""

    def __init__(self, message: str) -> None:
        super().__init__(message)
        self.message = message


class DatabaseError(UserFacingError):
    """The database file cannot be used (newer version, not ours, damaged…)."""


class NewerSchemaError(DatabaseError):
    """The file was written by a newer version of the application."""


class ForeignFileError(DatabaseError):
    """The file is not a database of this application."""


class CorruptDatabaseError(DatabaseError):
    """SQLite's integrity check failed."""


class MigrationFailedError(DatabaseError):
    """A schema upgrade failed; the file was left (or put back) as it was before."""


class EnvironmentProblem(UserFacingError):
    """The computer refused an action (full disk, read-only file, locked base, failing
    storage): not a bug; the unit of work was rolled back (`db/environment.py`)."""


class DiskFullError(EnvironmentProblem):
    """SQLite or the system ran out of disk space."""


class ReadOnlyStorageError(EnvironmentProblem):
    """The file, its folder or the opening mode does not allow writing."""


class DatabaseBusyError(EnvironmentProblem):
    """Another program holds a lock on the database longer than the busy timeout."""


class StorageFailureError(EnvironmentProblem):
    """The storage failed (I/O error, file gone or unreachable, damaged during use)."""


class ServerUnreachableError(DatabaseError):
    """A PostgreSQL server cannot be reached (address, network, server stopped)."""


class ServerAuthenticationError(DatabaseError):
    """The server refused the user or password; `password_missing` when none was given
    (the command line then asks for it when it can)."""

    def __init__(self, message: str, *, password_missing: bool = False) -> None:
        super().__init__(message)
        self.password_missing = password_missing


class ServerDatabaseMissingError(DatabaseError):
    """The server has no database of that name."""


class ServerConnectionError(EnvironmentProblem):
    """The connection to the server was lost during an action (rolled back by the server)."""


class DatabaseInUseError(DatabaseError):
    """Another instance of the application (on this computer or another) has the file open
    for writing (`db/lock_file.py`); `holder` names it, None when its lock is unreadable."""

    def __init__(self, holder: LockHolder | None, path: Path | None = None) -> None:
        base = f"La base « {path} »" if path is not None else "La base"
        if holder is None:
            who = "une autre instance de l'application (son verrou est illisible)"
        elif holder.pid == os.getpid() and holder.on_this_host:
            who = "cette application, dans une autre fenêtre"
        else:
            who = holder.describe()
        super().__init__(
            f"{base} est déjà ouverte en écriture par {who}. Une seule instance à la fois "
            "peut la modifier : ouvrez-la en lecture seule, ou attendez qu'elle soit fermée."
        )
        self.holder = holder
        self.path = path


class LockUnavailableError(DatabaseError):
    """The lock file cannot be written beside the database (read-only folder, full disk):
    the file can still be opened read-only."""


class BackupError(UserFacingError):
    """A backup copy or a restore could not be made (full disk, damaged source…)."""


class NotFoundError(UserFacingError):
    """A record asked for does not exist (or was deleted)."""


class EditConflict(UserFacingError):
    """A save refused because someone else changed (or deleted) the record since it was
    opened: nothing was written. `expected_version` is the version the save started from,
    `current_version` the one in the base now (None when the row is gone altogether);
    `updated_by` / `updated_at` (naive UTC) name who wrote it and when, when known."""

    def __init__(
        self,
        *,
        table: str,
        record_id: str,
        expected_version: int,
        current_version: int | None,
        updated_by: str | None,
        updated_at: datetime | None,
        deleted: bool,
    ) -> None:
        super().__init__(edit_conflict_text(table, updated_by, updated_at, deleted=deleted))
        self.table = table
        self.record_id = record_id
        self.expected_version = expected_version
        self.current_version = current_version
        self.updated_by = updated_by
        self.updated_at = updated_at
        self.deleted = deleted


def changed_by_text(updated_by: str | None, updated_at: datetime | None) -> str:
    """« par marie (PC-12) le jeudi 26 novembre 2026 à 14 h 05 » (local time)."""
    from cnam_desktop.domain.formatting import french_moment

    who = f"par {updated_by}" if updated_by else "par une autre personne"
    if updated_at is None:
        return who
    return f"{who} le {french_moment(updated_at.replace(tzinfo=UTC).astimezone())}"


def edit_conflict_text(
    table: str, updated_by: str | None, updated_at: datetime | None, *, deleted: bool
) -> str:
    """« Ce site a été modifié par marie (PC-12) le … depuis que vous l'avez ouvert. »"""
    from cnam_desktop.domain.column_labels import agreement, this_record

    ending = agreement(table)
    plural = ending.endswith("s")
    verb = "ont" if plural else "a"
    what = "supprimé" if deleted else "modifié"
    them = "les" if plural else "l'"
    space = " " if plural else ""
    return (
        f"{this_record(table)} {verb} été {what}{ending} {changed_by_text(updated_by, updated_at)} "
        f"depuis que vous {them}{space}avez ouvert{ending}."
    )
