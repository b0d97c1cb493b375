"""Undo commands of the session flows, on the main window's stack (Édition → Annuler).

Built on `ui/undo.py`'s `ServiceCommand`: the flow has already done the action when it
pushes the command, whose first redo does nothing. They call `SeriesService`:

- `SessionsCreated`: undo tombstones the sessions created (`discard`), redo brings
  them back (`restore`).
- `SessionsDeleted`: undo `restore`s the sessions deleted, redo `discard`s them again.
- `SessionsRewritten` (edit, move, cancel): the values the action replaced are written
  back with `revert`, which returns the values it replaced: what the next step needs.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from typing import Any

from cnam_desktop.domain.sessions import SessionData
from cnam_desktop.ui.undo import Done, ErrorSink, ServiceCommand, WriteGuard


class SessionsCreated(ServiceCommand):
    def __init__(
        self,
        text: str,
        session_ids: Sequence[str],
        series: Any,
        on_error: ErrorSink,
        on_done: Done,
    ) -> None:
        super().__init__(text, on_error, on_done)
        self.session_ids = tuple(session_ids)
        self._series = series

    def do(self) -> None:
        self._series.restore(self.session_ids)

    def undo_it(self) -> None:
        self._series.discard(self.session_ids)


class SessionsDeleted(SessionsCreated):
    def do(self) -> None:
        self._series.discard(self.session_ids)

    def undo_it(self) -> None:
        self._series.restore(self.session_ids)


class SessionsRewritten(ServiceCommand):
    """`previous`: the values of the sessions before the action (from `update`/`cancel`).
    Given a `guard` (an edit's), the undo and redo are refused when someone else changed
    the session edited since."""

    def __init__(
        self,
        text: str,
        previous: Mapping[str, SessionData],
        series: Any,
        on_error: ErrorSink,
        on_done: Done,
        guard: WriteGuard | None = None,
    ) -> None:
        super().__init__(text, on_error, on_done)
        self.values: dict[str, SessionData] = dict(previous)
        self._series = series
        self.guard = guard

    def _swap(self) -> None:
        if self.guard is None:
            self.values = self._series.revert(self.values)
            return

        def revert() -> None:
            self.values = self._series.revert(self.values)

        self.guard.write(revert)

    def do(self) -> None:
        self._swap()

    def undo_it(self) -> None:
        self._swap()
