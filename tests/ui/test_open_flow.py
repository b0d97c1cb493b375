"""Opening the database for the window: in use elsewhere, damaged, on a share (ui/open_flow.py)."""

from __future__ import annotations

import hashlib
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtWidgets import QWidget

from cnam_desktop.db import location
from cnam_desktop.db.lock_file import LOCK_SUFFIX, acquire, read_holder, this_host
from cnam_desktop.errors import CorruptDatabaseError
from cnam_desktop.paths import AppPaths
from cnam_desktop.services.backups import list_backups, make_backup
from cnam_desktop.ui.open_flow import OpenFlow
from tests.faults import flip_root_page, forge_lock
from tests.ui.conftest import MessageRecorder


@pytest.fixture
def parent(qtbot: Any) -> QWidget:
    widget = QWidget()
    qtbot.addWidget(widget)
    return widget


def _sites(workspace: Any) -> int:
    return len(workspace.sites.list_ids())


def test_a_base_in_use_opens_read_only_naming_its_holder(
    parent: QWidget, paths: AppPaths, demo_db_path: Path, message_log: MessageRecorder
) -> None:
    with acquire(demo_db_path):  # another window of this application holds it
        message_log.choose_answer = 0  # « Ouvrir en lecture seule »
        workspace = OpenFlow(parent, paths).open(demo_db_path)
        assert workspace is not None
        try:
            assert workspace.read_only
            assert workspace.lock is None
            assert "ouverte en écriture par" in (workspace.read_only_reason or "")
            assert _sites(workspace) > 0
        finally:
            workspace.close()
        (question,) = message_log.of_kind("choose")
        assert question.title == "Base déjà ouverte"
        assert "Ouvrir en lecture seule" in question.text
        assert "Prendre la main" not in question.text  # a live instance on this host


def test_quitting_leaves_the_other_instance_alone(
    parent: QWidget, paths: AppPaths, demo_db_path: Path, message_log: MessageRecorder
) -> None:
    with acquire(demo_db_path) as lock:
        message_log.choose_answer = None
        assert OpenFlow(parent, paths).open(demo_db_path) is None
        assert read_holder(demo_db_path) == lock.holder


def test_a_lock_from_another_computer_is_taken_over_only_when_confirmed(
    parent: QWidget, paths: AppPaths, demo_db_path: Path, message_log: MessageRecorder
) -> None:
    lock_path = demo_db_path.with_name(demo_db_path.name + LOCK_SUFFIX)
    forged = forge_lock(lock_path)
    message_log.choose_answer = 1  # « Prendre la main… »
    message_log.confirm_answer = False
    assert OpenFlow(parent, paths).open(demo_db_path) is None
    assert lock_path.read_bytes() == forged  # never taken over silently

    message_log.confirm_answer = True
    workspace = OpenFlow(parent, paths).open(demo_db_path)
    assert workspace is not None
    try:
        assert not workspace.read_only
        holder = read_holder(demo_db_path)
        assert holder is not None and holder.host == this_host()
    finally:
        workspace.close()
    confirms = message_log.of_kind("confirm")
    assert len(confirms) == 2
    assert "marie sur le poste autre-poste" in confirms[0].text
    assert not lock_path.exists()  # released at close


def test_a_damaged_base_is_left_untouched_and_the_newest_backup_offered(
    parent: QWidget, paths: AppPaths, demo_db_path: Path, message_log: MessageRecorder
) -> None:
    make_backup(demo_db_path, paths.backup_dir, "daily")
    flip_root_page(demo_db_path, "site")
    damaged = hashlib.sha256(demo_db_path.read_bytes()).hexdigest()

    message_log.choose_answer = None  # « Quitter »: the file stays as it is
    with pytest.raises(CorruptDatabaseError):
        OpenFlow(parent, paths).open(demo_db_path)
    assert hashlib.sha256(demo_db_path.read_bytes()).hexdigest() == damaged

    message_log.choose_answer = 0  # « Restaurer cette copie »
    flow = OpenFlow(parent, paths)
    workspace = flow.open(demo_db_path)
    assert workspace is not None
    try:
        assert _sites(workspace) > 0
    finally:
        workspace.close()
    offers = [c for c in message_log.of_kind("choose") if c.title == "Base inutilisable"]
    assert len(offers) == 2
    assert "illisible" in offers[0].text and "Restaurer cette copie" in offers[0].text
    kept = [i for i in list_backups(paths.backup_dir) if i.reason == "pre-restore"]
    assert len(kept) == 1  # the damaged file, byte for byte
    assert hashlib.sha256(kept[0].path.read_bytes()).hexdigest() == damaged
    assert any("restaurée" in note for note in flow.notes)


def test_a_damaged_base_without_backup_is_refused(
    parent: QWidget, paths: AppPaths, demo_db_path: Path, message_log: MessageRecorder
) -> None:
    flip_root_page(demo_db_path, "site")
    with pytest.raises(CorruptDatabaseError):
        OpenFlow(parent, paths).open(demo_db_path)
    assert message_log.of_kind("choose") == []


def test_a_base_in_a_synced_folder_opens_with_a_warning(
    parent: QWidget,
    paths: AppPaths,
    demo_db_path: Path,
    message_log: MessageRecorder,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    synced = demo_db_path.parent / "OneDrive - Cnam" / "reseau.sqlite3"
    synced.parent.mkdir()
    demo_db_path.rename(synced)
    monkeypatch.setattr(location, "read_mounts", lambda: "")
    flow = OpenFlow(parent, paths)
    workspace = flow.open(synced)
    assert workspace is not None
    workspace.close()
    (warning,) = message_log.of_kind("warning")
    assert "OneDrive" in warning.text
    assert flow.notes == [warning.text]
