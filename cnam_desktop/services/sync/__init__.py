"""Synchronisation of a laptop's file with a shared base on a PostgreSQL server.

`synchronise(local, server, progress=…, cancelled=…)` exchanges the changes of both
sides since the last synchronisation (engine.py); the conflicts it leaves for a person
are listed and resolved with `list_conflicts`, `resolve_conflict` and `discard_local`
(conflicts.py).
"""

from cnam_desktop.domain.merge import FieldDiff, Side
from cnam_desktop.services.sync.conflicts import (
    SyncConflictView,
    discard_local,
    list_conflicts,
    pending_conflict_count,
    resolve_conflict,
)
from cnam_desktop.services.sync.engine import synchronise
from cnam_desktop.services.sync.errors import SyncCancelled, SyncError
from cnam_desktop.services.sync.report import SyncReport

__all__ = [
    "FieldDiff",
    "Side",
    "SyncCancelled",
    "SyncConflictView",
    "SyncError",
    "SyncReport",
    "discard_local",
    "list_conflicts",
    "pending_conflict_count",
    "resolve_conflict",
    "synchronise",
]
