"""Why a synchronisation is refused or stopped (French messages for the user)."""

from __future__ import annotations

from cnam_desktop.errors import UserFacingError


class SyncError(UserFacingError):
    """A synchronisation cannot run or a conflict cannot be resolved as asked."""


class SyncCancelled(SyncError):
    """The person cancelled before anything was committed: both sides are unchanged."""
