"""Long work off the GUI thread, with a progress dialog that can be cancelled.

`run_task(parent, title, work, on_done)` runs `work(progress)` in a `QThread` of its
own and returns a `TaskHandle` at once. A `QProgressDialog` (« Annuler »), modal to
the parent's window, appears only when the work lasts more than `SHOW_AFTER_MS`.
The work calls `progress.report(done, total, text)` now and then: once the user has
cancelled, that call raises `TaskCancelled`, so the work stops at its next report and
nothing is delivered. The result (`on_done`) or the error (`on_error`, by default a
message box: a `UserFacingError`'s French message, or the details of a bug) comes back
on the GUI thread: the worker keeps it in an attribute and sends a signal without
arguments, so no Python object travels through Qt's queue between threads. The work
itself never touches a widget.

Services open their own SQLite connection per `Database.reader()`/`uow()` call; the
engine's pool (SQLAlchemy's `QueuePool` for a file, `check_same_thread=False`) hands
a worker thread a connection of its own, so the same `Database` serves both threads.

Tests may set `SYNCHRONOUS = True`: the work then runs at once in the calling thread
(no dialog, no cancel), and the callbacks are called before `run_task` returns.
"""

from __future__ import annotations

import logging
import threading
import time
import traceback
from collections.abc import Callable
from typing import Any, Generic, TypeVar

import shiboken6
from PySide6.QtCore import QCoreApplication, QObject, Qt, QThread, QTimer, Signal
from PySide6.QtWidgets import QProgressDialog, QWidget

from cnam_desktop.errors import UserFacingError
from cnam_desktop.ui import messages

T = TypeVar("T")

SHOW_AFTER_MS = 300
"""The progress dialog appears only if the work is still running after this delay."""
NEVER_BY_ITSELF_MS = 2**31 - 1
REPORT_INTERVAL_S = 0.05
"""Progress reaches the dialog at most this often (the work may report every row)."""
SYNCHRONOUS = False
"""True (tests only): run the work in the calling thread, without dialog."""

_log = logging.getLogger(__name__)
_RUNNING: set[TaskHandle[Any]] = set()
"""Handles whose thread has not ended yet: neither they nor their thread are freed."""


class TaskCancelled(Exception):
    """Raised by `Progress.report` once the user has cancelled the task."""


class Progress:
    """What the work is given: report how far it got, learn whether to stop."""

    def __init__(self, cancel: threading.Event, emit: Callable[[object], None]) -> None:
        self._cancel = cancel
        self._emit = emit
        self._last = 0.0
        self._last_text = ""

    @property
    def cancelled(self) -> bool:
        return self._cancel.is_set()

    def check(self) -> None:
        """Raise `TaskCancelled` if the user cancelled (a report without figures)."""
        if self._cancel.is_set():
            raise TaskCancelled

    def report(self, done: int, total: int | None = None, text: str = "") -> None:
        """`done` of `total` units (None: unknown, a busy bar), with an optional label.

        Raises `TaskCancelled` once the user cancelled. Cheap enough to call per row:
        the dialog is updated at most every `REPORT_INTERVAL_S`.
        """
        self.check()
        now = time.monotonic()
        if text == self._last_text and now - self._last < REPORT_INTERVAL_S and done != total:
            return
        self._last, self._last_text = now, text
        self._emit((done, total, text))


class _Worker(QThread):
    """Runs the work in its thread and keeps the outcome in plain attributes.

    Its signals carry no Python object: the GUI thread reads `outcome` / `latest` when
    a signal arrives. (Python objects queued through Qt from another thread, and a
    Python-owned QThread deleted by `deleteLater`, both crashed the interpreter in
    the garbage collector now and then.)
    """

    progressed = Signal()
    ended = Signal()

    def __init__(self, work: Callable[[Progress], Any], cancel: threading.Event) -> None:
        super().__init__()
        self._work = work
        self._lock = threading.Lock()
        self._latest: tuple[int, int | None, str] | None = None
        self.outcome: tuple[str, Any] = ("running", None)
        """("done", result), ("failed", exception) or ("cancelled", None), once ended."""
        self.progress = Progress(cancel, self._report)

    def _report(self, payload: object) -> None:
        assert isinstance(payload, tuple)
        with self._lock:
            self._latest = payload
        self.progressed.emit()

    def latest(self) -> tuple[int, int | None, str] | None:
        """The last progress reported (read on the GUI thread), then forgotten."""
        with self._lock:
            payload, self._latest = self._latest, None
        return payload

    def run(self) -> None:
        try:
            result = self._work(self.progress)
        except TaskCancelled:
            self.outcome = ("cancelled", None)
        except BaseException as exc:  # delivered to the GUI thread, never lost
            self.outcome = ("failed", exc)
        else:
            self.outcome = ("done", result)
        self.ended.emit()


class TaskHandle(QObject, Generic[T]):
    """One task: its state, its progress dialog, and `cancel()`."""

    ended = Signal(str)
    """Emitted once, on the GUI thread: « done », « failed » or « cancelled »."""

    def __init__(
        self,
        parent: QWidget | None,
        title: str,
        on_done: Callable[[T], None],
        on_error: Callable[[BaseException], None] | None,
        on_cancelled: Callable[[], None] | None,
        cancellable: bool = True,
    ) -> None:
        super().__init__()  # no Qt parent: kept alive by _RUNNING until the thread ends
        self.title = title
        self.state = "running"
        self._parent = parent
        self._on_done = on_done
        self._on_error = on_error
        self._on_cancelled = on_cancelled
        self.cancellable = cancellable
        self._cancel = threading.Event()
        self._worker: _Worker | None = None
        self.dialog: QProgressDialog | None = None

    # --- state -------------------------------------------------------------------------

    @property
    def is_running(self) -> bool:
        return self.state == "running"

    @property
    def cancel_requested(self) -> bool:
        return self._cancel.is_set()

    def cancel(self) -> None:
        """Stop the work at its next report; nothing will be delivered.

        Ignored for a task started with `cancellable=False` (a write that must report
        its result, say to push its undo command).
        """
        if self.state != "running" or not self.cancellable:
            return
        self._cancel.set()
        self._close_dialog()

    def wait(self, timeout_ms: int = 30_000) -> bool:
        """Block until the worker thread ends (not its delivery: that needs the event loop)."""
        return self._worker.wait(timeout_ms) if self._worker is not None else True

    # --- start -------------------------------------------------------------------------

    def start(self, work: Callable[[Progress], T]) -> None:
        self._make_dialog()
        worker = _Worker(work, self._cancel)
        worker.progressed.connect(self._progressed)
        worker.ended.connect(self._worker_ended)
        worker.finished.connect(self._thread_finished)
        self._worker = worker
        _RUNNING.add(self)
        _cancel_at_quit()
        worker.start()

    def run_here(self, work: Callable[[Progress], T]) -> None:
        """The synchronous mode: run the work now, in this thread."""
        progress = Progress(self._cancel, lambda _payload: None)
        try:
            result = work(progress)
        except TaskCancelled:
            self._cancelled()
        except BaseException as exc:
            self._failed(exc)
        else:
            self._succeeded(result)

    def _make_dialog(self) -> None:
        owner = self._parent.window() if self._parent is not None and self._valid_parent() else None
        dialog = QProgressDialog(self.title, "Annuler", 0, 0, owner)
        dialog.setWindowTitle(self.title.rstrip("…").rstrip())
        dialog.setWindowModality(Qt.WindowModality.WindowModal)
        dialog.setAutoReset(False)
        dialog.setAutoClose(False)
        dialog.setMinimumDuration(NEVER_BY_ITSELF_MS)  # shown by our timer only
        dialog.setMinimumWidth(380)
        dialog.setAccessibleName(self.title)
        if self.cancellable:
            dialog.canceled.connect(self.cancel)
        else:
            dialog.setCancelButton(None)
        dialog.hide()
        self.dialog = dialog
        QTimer.singleShot(SHOW_AFTER_MS, self, self._show_dialog)

    def _show_dialog(self) -> None:
        if self.state == "running" and not self._cancel.is_set() and self.dialog is not None:
            self.dialog.show()

    def _close_dialog(self) -> None:
        dialog, self.dialog = self.dialog, None
        if dialog is not None and shiboken6.isValid(dialog):
            if self.cancellable:
                dialog.canceled.disconnect(self.cancel)
            dialog.close()
            dialog.deleteLater()

    def _valid_parent(self) -> bool:
        return self._parent is not None and shiboken6.isValid(self._parent)

    # --- delivery, on the GUI thread ---------------------------------------------------

    def _worker_ended(self) -> None:
        worker = self._worker
        if worker is None:
            return
        kind, value = worker.outcome
        worker.outcome = ("delivered", None)  # the GUI thread holds the only reference now
        if kind == "done":
            self._succeeded(value)
        elif kind == "failed":
            self._failed(value)
        elif kind == "cancelled":
            self._cancelled()

    def _progressed(self) -> None:
        dialog = self.dialog
        payload = self._worker.latest() if self._worker is not None else None
        if dialog is None or self.state != "running" or payload is None:
            return
        done: int
        total: int | None
        text: str
        done, total, text = payload
        dialog.setLabelText(text or self.title)
        if total is None:
            dialog.setRange(0, 0)
        else:
            top = max(int(total), 1)
            dialog.setRange(0, top)
            dialog.setValue(min(int(done), top))  # may process events (a modal dialog)

    def _end(self, state: str, deliver: Callable[[], None]) -> None:
        """Record the end, close the dialog, then deliver (unless cancelled or orphaned)."""
        if self.state != "running":
            return
        cancelled = self._cancel.is_set()
        self.state = "cancelled" if cancelled else state
        self._close_dialog()
        try:
            if self._parent is not None and not self._valid_parent():
                return  # the widget that asked is gone: nobody to tell
            if not cancelled:
                deliver()
            elif self._on_cancelled is not None:
                self._on_cancelled()
        finally:
            self.ended.emit(self.state)

    def _succeeded(self, result: Any) -> None:
        self._end("done", lambda: self._on_done(result))

    def _failed(self, exc: object) -> None:
        assert isinstance(exc, BaseException)
        if self._on_error is not None:
            on_error = self._on_error
            self._end("failed", lambda: on_error(exc))
        else:
            self._end("failed", lambda: report_failure(self._parent, self.title, exc))

    def _cancelled(self) -> None:
        self._cancel.set()
        self._end("cancelled", lambda: None)

    def _thread_finished(self) -> None:
        if self._worker is not None:
            self._worker.wait()  # Python owns the QThread: freed with this handle
        _RUNNING.discard(self)


def run_task(
    parent: QWidget | None,
    title: str,
    work: Callable[[Progress], T],
    on_done: Callable[[T], None],
    on_error: Callable[[BaseException], None] | None = None,
    on_cancelled: Callable[[], None] | None = None,
    *,
    cancellable: bool = True,
) -> TaskHandle[T]:
    """Run `work(progress)` off the GUI thread; deliver its result to `on_done`.

    `title` (« Vérification du planning… ») labels the progress dialog. `on_error`
    replaces the default message box (`report_failure`); `on_cancelled` is called once
    the work has stopped after a cancel (by default nothing is called). If `parent` is
    destroyed meanwhile, nothing is called. `cancellable=False`: no « Annuler » (a write
    whose result must arrive). Returns at once with the task's handle.
    """
    handle: TaskHandle[T] = TaskHandle(parent, title, on_done, on_error, on_cancelled, cancellable)
    if SYNCHRONOUS:
        handle.run_here(work)
    else:
        handle.start(work)
    return handle


def running_tasks() -> int:
    """How many task threads have not ended yet."""
    return len(_RUNNING)


def cancel_all(timeout_ms: int = 10_000) -> bool:
    """Cancel every task and wait for their threads (closing a workspace, quitting).

    True when every thread ended in time.
    """
    handles = list(_RUNNING)
    for handle in handles:
        handle.cancel()
    return all(handle.wait(timeout_ms) for handle in handles)


_quit_hooked = False


def _cancel_at_quit() -> None:
    """Once: quitting the application cancels the tasks and waits for their threads."""
    global _quit_hooked
    app = QCoreApplication.instance()
    if not _quit_hooked and app is not None:
        app.aboutToQuit.connect(cancel_all)
        _quit_hooked = True


def report_failure(parent: QWidget | None, title: str, exc: BaseException) -> None:
    """The default error delivery: the French message, or a bug's details to copy."""
    heading = title.rstrip("…").rstrip()
    if isinstance(exc, UserFacingError):
        messages.error(parent, heading, exc.message)
        return
    if isinstance(exc, OSError) and exc.strerror:
        where = f" (« {exc.filename} »)" if exc.filename else ""
        messages.error(parent, heading, f"Opération impossible{where} : {exc.strerror}.")
        return
    _log.error("Task %r failed", heading, exc_info=exc)
    messages.error(
        parent,
        heading,
        f"Une erreur inattendue a interrompu « {heading} ». Rien n'a été perdu de ce qui "
        "était déjà enregistré ; les détails ci-dessous aident à signaler le problème.",
        "".join(traceback.format_exception(exc)),
    )
