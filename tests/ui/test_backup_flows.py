"""Fichier → Sauvegarder une copie / Restaurer…, driven through BackupFlows on a plain widget."""

from __future__ import annotations

import sqlite3
from collections.abc import Iterator
from datetime import datetime
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtWidgets import QDialog, QDialogButtonBox, QWidget

from cnam_desktop.db.backup_file import backup_name
from cnam_desktop.paths import AppPaths
from cnam_desktop.services.backups import list_backups, make_backup
from cnam_desktop.services.workspace import Workspace, open_workspace
from cnam_desktop.ui import tasks
from cnam_desktop.ui.backup_flows import BackupFlows
from cnam_desktop.ui.dialogs.restore_dialog import RestoreDialog
from tests.ui.conftest import MessageRecorder, drive_modal

EARLY = datetime(2026, 11, 20, 9, 5, 0)
LATE = datetime(2026, 11, 26, 10, 42, 5)


class Host:
    """What the main window gives the flows: its workspace, close and reopen."""

    def __init__(self, path: Path) -> None:
        self.workspace: Workspace | None = open_workspace(path, seed_demo_if_new=False)
        self.events: list[str] = []

    def close(self) -> None:
        self.events.append("close")
        assert self.workspace is not None
        self.workspace.close()
        self.workspace = None

    def reopen(self, path: Path) -> None:
        self.events.append("reopen")
        self.workspace = open_workspace(path, seed_demo_if_new=False)


@pytest.fixture
def host(demo_db_path: Path) -> Iterator[Host]:
    h = Host(demo_db_path)
    yield h
    if h.workspace is not None:
        h.workspace.close()


@pytest.fixture
def flows(qtbot: Any, host: Host, paths: AppPaths) -> BackupFlows:
    window = QWidget()
    qtbot.addWidget(window)
    return BackupFlows(window, lambda: host.workspace, host.close, host.reopen, paths.backup_dir)


def _notes(path: Path) -> set[str]:
    conn = sqlite3.connect(path)
    try:
        return {r[0] for r in conn.execute("SELECT coalesce(notes, '') FROM site")}
    finally:
        conn.close()


def _edit(host: Host, notes: str) -> None:
    assert host.workspace is not None
    with host.workspace.database.engine.begin() as conn:
        conn.exec_driver_sql("UPDATE site SET notes = ?", (notes,))


def test_backup_now_runs_off_the_gui_thread_and_says_where(
    qtbot: Any, flows: BackupFlows, paths: AppPaths, message_log: MessageRecorder
) -> None:
    with qtbot.waitSignal(flows.backupMade, timeout=20_000) as made:
        flows.backup_now()
    copies = list_backups(paths.backup_dir)
    assert [c.reason for c in copies] == ["manual"]
    assert made.args == [str(copies[0].path)]
    (shown,) = message_log.of_kind("info")
    assert str(copies[0].path) in shown.text and "Mo" in shown.text


def test_restore_puts_the_chosen_copy_back_and_reopens(
    qtbot: Any,
    flows: BackupFlows,
    host: Host,
    demo_db_path: Path,
    paths: AppPaths,
    message_log: MessageRecorder,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    monkeypatch.setattr(tasks, "SYNCHRONOUS", True)
    _edit(host, "état ancien")
    make_backup(demo_db_path, paths.backup_dir, "daily", EARLY)
    _edit(host, "état récent")
    make_backup(demo_db_path, paths.backup_dir, "manual", LATE)
    _edit(host, "après les copies")
    rows: list[list[str]] = []

    def pick_older(dialog: QDialog) -> None:
        assert isinstance(dialog, RestoreDialog)
        tree = dialog.ui.backupsTree
        rows.extend([tree.topLevelItem(i).text(c) for c in range(3)] for i in range(2))
        tree.setCurrentItem(tree.topLevelItem(1))
        dialog.ui.buttonBox.button(QDialogButtonBox.StandardButton.Ok).click()

    driver = drive_modal(pick_older)
    flows.restore()
    driver.check()

    assert rows[0][0] == "jeudi 26 novembre 2026 à 10 h 42" and rows[0][1] == "Copie manuelle"
    assert rows[1][0] == "vendredi 20 novembre 2026 à 9 h 05"
    assert rows[1][2].endswith(" Mo") and "," in rows[1][2]
    (question,) = message_log.of_kind("confirm")
    assert "reseau.sqlite3" in question.text and "avant restauration" in question.text
    assert "vendredi 20 novembre 2026" in question.text
    assert host.events == ["close", "reopen"]
    assert host.workspace is not None
    assert _notes(demo_db_path) == {"état ancien"}
    kept = [c for c in list_backups(paths.backup_dir) if c.reason == "pre-restore"]
    assert len(kept) == 1 and _notes(kept[0].path) == {"après les copies"}
    (done,) = message_log.of_kind("info")
    assert str(kept[0].path) in done.text


def test_declined_confirmation_changes_nothing(
    flows: BackupFlows,
    host: Host,
    demo_db_path: Path,
    paths: AppPaths,
    message_log: MessageRecorder,
) -> None:
    make_backup(demo_db_path, paths.backup_dir, "manual", LATE)
    _edit(host, "à garder")
    message_log.confirm_answer = False
    driver = drive_modal(lambda d: d.accept())
    flows.restore()
    driver.check()
    assert len(message_log.of_kind("confirm")) == 1
    assert host.events == []
    assert _notes(demo_db_path) == {"à garder"}
    assert len(list_backups(paths.backup_dir)) == 1


def test_a_bad_copy_is_refused_and_the_base_reopened(
    flows: BackupFlows,
    host: Host,
    demo_db_path: Path,
    paths: AppPaths,
    message_log: MessageRecorder,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    monkeypatch.setattr(tasks, "SYNCHRONOUS", True)
    paths.backup_dir.mkdir(parents=True, exist_ok=True)
    foreign = paths.backup_dir / backup_name("reseau", LATE, "manual")
    conn = sqlite3.connect(foreign)
    conn.execute("CREATE TABLE autre (x)")
    conn.commit()
    conn.close()
    _edit(host, "à garder")
    driver = drive_modal(lambda d: d.accept())
    flows.restore()
    driver.check()
    assert host.events == ["close", "reopen"] and host.workspace is not None
    (error,) = message_log.of_kind("error")
    assert "n'a pas été faite" in error.text and "pas une base de cette application" in error.text
    assert _notes(demo_db_path) == {"à garder"}


def test_restore_without_copies_says_so(
    flows: BackupFlows, host: Host, message_log: MessageRecorder
) -> None:
    flows.restore()
    (shown,) = message_log.of_kind("info")
    assert "Aucune sauvegarde" in shown.text
    assert host.events == []
