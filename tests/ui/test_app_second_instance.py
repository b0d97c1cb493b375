"""A second instance of the application on a database already open (app.py + open_flow)."""

from __future__ import annotations

import subprocess
import sys
import textwrap
from typing import Any

import pytest
from PySide6.QtCore import QTimer

from cnam_desktop.app import PROBE_ENV, Startup, run_gui
from cnam_desktop.db.lock_file import LOCK_SUFFIX, read_holder
from cnam_desktop.paths import AppPaths
from cnam_desktop.ui import tasks
from cnam_desktop.ui.main_window import MainWindow
from tests.faults import forge_lock
from tests.ui.conftest import MessageRecorder

HOLDER = textwrap.dedent(
    """
    import sys
    from cnam_desktop.db.lock_file import acquire
    lock = acquire(sys.argv[1])
    print("locked", flush=True)
    sys.stdin.readline()
    lock.release()
    """
)


def _start(qapp: Any, paths: AppPaths) -> Startup:
    window = MainWindow()
    startup = Startup(qapp, window, paths, None)
    startup._opening = True
    startup._fallback.stop()
    startup.open_database()
    return startup


@pytest.mark.usefixtures("sample_sites")
def test_the_second_instance_names_the_first_and_opens_read_only(
    qapp: Any, qtbot: Any, paths: AppPaths, message_log: MessageRecorder, monkeypatch: Any
) -> None:
    monkeypatch.delenv(PROBE_ENV, raising=False)
    first = subprocess.Popen(
        [sys.executable, "-c", HOLDER, str(paths.database)],
        stdin=subprocess.PIPE,
        stdout=subprocess.PIPE,
        text=True,
    )
    try:
        assert first.stdout is not None and first.stdout.readline().strip() == "locked"
        holder = read_holder(paths.database)
        assert holder is not None and holder.pid == first.pid
        message_log.choose_answer = 0  # « Ouvrir en lecture seule »
        startup = _start(qapp, paths)
        try:
            qtbot.waitUntil(lambda: tasks.running_tasks() == 0, timeout=30_000)
            window = startup.window
            assert startup.workspace is not None and startup.workspace.read_only
            assert "(lecture seule)" in window.windowTitle()
            assert not window.ui.actionNewSite.isEnabled()
            (question,) = message_log.of_kind("choose")
            assert holder.user in question.text and holder.host in question.text
            assert read_holder(paths.database) == holder  # the first keeps its lock
        finally:
            startup.close()
            startup.window.close()
            startup.window.deleteLater()
    finally:
        if first.stdin is not None:
            first.stdin.write("\n")
            first.stdin.flush()
        first.wait(timeout=30)
    assert read_holder(paths.database) is None  # released by the first, none left by us


@pytest.mark.usefixtures("sample_sites")
def test_quitting_at_the_question_closes_the_application(
    qapp: Any, paths: AppPaths, message_log: MessageRecorder, monkeypatch: Any
) -> None:
    """Through the real event loop (`run_gui`): the question ends it with code 0. (Calling
    `open_database` outside a running loop would leave Qt's « quit now » flag set, and every
    later modal dialog of the test session would return at once.)"""
    monkeypatch.delenv(PROBE_ENV, raising=False)
    lock_path = paths.database.with_name(paths.database.name + LOCK_SUFFIX)
    forged = forge_lock(lock_path)  # held by marie on another computer
    message_log.choose_answer = None  # « Quitter »
    guard = QTimer()  # a start that never quits fails instead of hanging
    guard.setSingleShot(True)
    guard.timeout.connect(lambda: qapp.exit(3))
    guard.start(30_000)
    try:
        assert run_gui(paths, ["cnam-desktop"]) == 0
    finally:
        guard.stop()
    (question,) = message_log.of_kind("choose")
    assert "marie sur le poste autre-poste, depuis le" in question.text
    assert message_log.of_kind("error") == []
    assert lock_path.read_bytes() == forged  # never taken over silently
