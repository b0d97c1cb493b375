"""Undo and redo of create, edit and delete, through commands that call the services.

One `QUndoStack` belongs to the main window (Édition → Annuler / Rétablir); every
list page pushes its commands there. The page performs the action itself first (so
that a refusal reaches the user before anything is pushed), then pushes a command
whose first `redo` does nothing. Deletes are tombstones, so undoing one restores the
same rows. When the database refuses an undo or a redo (say, a room created, then
used by a session), the refusal is shown and the command leaves the stack (Qt's
obsolete commands). An edit's undo and redo are refused the same way when someone else
changed the record since (its `WriteGuard`: `ui/edit_conflicts.VersionTrack`).
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from typing import Any, Protocol

from PySide6.QtGui import QUndoCommand

from cnam_desktop.errors import UserFacingError

ErrorSink = Callable[[str], None]
Done = Callable[[], None]


class WriteGuard(Protocol):
    """Runs a write only if the record is still at the version last written, else raises
    a `UserFacingError` naming who changed it."""

    def write(self, step: Callable[[], Any]) -> None: ...


class ServiceCommand(QUndoCommand):
    """A command already carried out when pushed; later steps may be refused."""

    def __init__(self, text: str, on_error: ErrorSink, on_done: Done) -> None:
        super().__init__(text)
        self._on_error = on_error
        self._on_done = on_done
        self._pushed = False

    def redo(self) -> None:
        if not self._pushed:  # the page already did it
            self._pushed = True
            return
        self._attempt(self.do)

    def undo(self) -> None:
        self._attempt(self.undo_it)

    def do(self) -> None:
        raise NotImplementedError

    def undo_it(self) -> None:
        raise NotImplementedError

    def _attempt(self, step: Callable[[], None]) -> None:
        try:
            step()
        except UserFacingError as exc:
            self.setObsolete(True)
            self._on_error(exc.message)
        self._on_done()


class CreateCommand(ServiceCommand):
    """Undo deletes (tombstone) the created record; redo restores it."""

    def __init__(
        self,
        text: str,
        record_id: str,
        delete: Callable[[str], None],
        restore: Callable[[str], None],
        on_error: ErrorSink,
        on_done: Done,
    ) -> None:
        super().__init__(text, on_error, on_done)
        self.record_id = record_id
        self._delete, self._restore = delete, restore

    def do(self) -> None:
        self._restore(self.record_id)

    def undo_it(self) -> None:
        self._delete(self.record_id)


class EditCommand(ServiceCommand):
    """Undo saves the old values back; redo the new ones. Given a `guard`, neither
    overwrites a change someone else made since (refused, the command made obsolete)."""

    def __init__(
        self,
        text: str,
        record_id: str,
        before: Any,
        after: Any,
        update: Callable[[str, Any], None],
        on_error: ErrorSink,
        on_done: Done,
        guard: WriteGuard | None = None,
    ) -> None:
        super().__init__(text, on_error, on_done)
        self.record_id = record_id
        self._before, self._after, self._update = before, after, update
        self.guard = guard

    def do(self) -> None:
        self._write(self._after)

    def undo_it(self) -> None:
        self._write(self._before)

    def _write(self, values: Any) -> None:
        if self.guard is None:
            self._update(self.record_id, values)
        else:
            self.guard.write(lambda: self._update(self.record_id, values))


class DeleteCommand(ServiceCommand):
    """Undo restores the deleted records; redo deletes them again."""

    def __init__(
        self,
        text: str,
        record_ids: Sequence[str],
        delete: Callable[[str], None],
        restore: Callable[[str], None],
        on_error: ErrorSink,
        on_done: Done,
    ) -> None:
        super().__init__(text, on_error, on_done)
        self.record_ids = tuple(record_ids)
        self._delete, self._restore = delete, restore

    def do(self) -> None:
        for record_id in self.record_ids:
            self._delete(record_id)

    def undo_it(self) -> None:
        for record_id in reversed(self.record_ids):
            self._restore(record_id)


class CreateManyCommand(ServiceCommand):
    """Several records created together: undo deletes them all; redo restores them all."""

    def __init__(
        self,
        text: str,
        record_ids: Sequence[str],
        delete: Callable[[str], None],
        restore: Callable[[str], None],
        on_error: ErrorSink,
        on_done: Done,
    ) -> None:
        super().__init__(text, on_error, on_done)
        self.record_ids = tuple(record_ids)
        self._delete, self._restore = delete, restore

    def do(self) -> None:
        for record_id in self.record_ids:
            self._restore(record_id)

    def undo_it(self) -> None:
        for record_id in reversed(self.record_ids):
            self._delete(record_id)
