"""Uncaught exceptions: logged without personal data, shown in the crash dialog."""

from __future__ import annotations

import logging
import sys
import threading
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtGui import QGuiApplication

from cnam_desktop.ui import crash_dialog
from cnam_desktop.ui.crash_dialog import CrashDialog, install_crash_handler


def _raise(message: str) -> Any:
    try:
        raise RuntimeError(message)
    except RuntimeError:
        return sys.exc_info()


@pytest.fixture
def shown(monkeypatch: pytest.MonkeyPatch) -> list[tuple[str, Path | None]]:
    calls: list[tuple[str, Path | None]] = []
    monkeypatch.setattr(crash_dialog, "show_dialog", lambda d, p: calls.append((d, p)))
    return calls


@pytest.fixture
def handler(log_file: Path) -> Iterator[crash_dialog.CrashHandler]:
    installed = install_crash_handler(log_file)
    yield installed
    installed.uninstall()
    assert sys.excepthook != installed.handle
    assert threading.excepthook != installed.handle_thread


def test_hook_logs_masked_traceback_and_shows_details(
    qtbot: Any, handler: Any, shown: list[tuple[str, Path | None]], log_file: Path
) -> None:
    assert sys.excepthook == handler.handle
    sys.excepthook(*_raise("cannot reach claire.martin@example.org"))
    assert len(shown) == 1
    details, path = shown[0]
    assert path == log_file
    assert "RuntimeError: cannot reach <courriel masqué>" in details
    assert "Traceback" in details and "_raise" in details
    for h in logging.getLogger("cnam_desktop").handlers:
        h.flush()
    text = log_file.read_text(encoding="utf-8")
    assert "uncaught exception" in text and "RuntimeError" in text
    assert "claire.martin@example.org" not in text


def test_thread_exception_reaches_the_gui_thread(
    qtbot: Any, handler: Any, shown: list[tuple[str, Path | None]]
) -> None:
    def work() -> None:
        raise ValueError("failed in a worker")

    thread = threading.Thread(target=work)
    thread.start()
    thread.join()
    qtbot.waitUntil(lambda: len(shown) == 1)
    assert "ValueError: failed in a worker" in shown[0][0]


def test_keyboard_interrupt_is_not_a_crash(
    handler: Any, shown: list[tuple[str, Path | None]], capsys: pytest.CaptureFixture[str]
) -> None:
    try:
        raise KeyboardInterrupt
    except KeyboardInterrupt:
        sys.excepthook(*sys.exc_info())
    assert shown == []


def test_dialog_shows_log_path_and_copies_details(qtbot: Any, tmp_path: Path) -> None:
    details = "Traceback (most recent call last):\nRuntimeError: boom"
    dialog = CrashDialog(details, tmp_path / "cnam-desktop.log")
    qtbot.addWidget(dialog)
    assert "Une erreur inattendue s'est produite" in dialog.headline.text()
    assert str(tmp_path / "cnam-desktop.log") in dialog.log_label.text()
    assert "en sécurité" in dialog.reassurance.text()
    assert dialog.details_view.toPlainText() == details
    QGuiApplication.clipboard().clear()
    dialog.copy_button.click()
    assert QGuiApplication.clipboard().text() == details
    assert "copiés" in dialog.status.text()
