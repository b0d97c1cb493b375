"""Errors that carry a message meant for the user (in French)."""

from __future__ import annotations


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


class BackupError(UserFacingError):
    """A backup copy or a restore could not be made (full disk, damaged source…)."""


class NotFoundError(UserFacingError):
    """A record asked for does not exist (or was deleted)."""
