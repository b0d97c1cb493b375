"""Refusing to delete a record that other live records still use."""

from __future__ import annotations

from cnam_desktop.errors import UserFacingError


class InUseError(UserFacingError):
    """A delete was refused: the record is still used (the message says by what and how many)."""

    def __init__(self, what: str, users: str, count: int, detail: str | None = None) -> None:
        self.what = what
        self.users = users
        self.count = count
        verb = "l'utilisent" if count > 1 else "l'utilise"
        message = f"Impossible de supprimer {what} : {count} {users} {verb}."
        if detail:
            message = f"{message} {detail}"
        super().__init__(message)
