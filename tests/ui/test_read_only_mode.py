"""Read-only mode: every editing action is disabled visibly; records can still be consulted."""

from __future__ import annotations

import hashlib
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtWidgets import QDialog, QDialogButtonBox

from cnam_desktop.services.workspace import Workspace, open_workspace
from cnam_desktop.ui.areas import AREAS
from cnam_desktop.ui.read_only import TOOLTIP
from cnam_desktop.ui.views.list_page import ListPage
from tests.ui.conftest import MessageRecorder, drive_modal

REASON = "la base est ouverte en écriture par marie sur le poste PC-12"


@pytest.fixture
def read_only_window(qtbot: Any, demo_db_path: Path) -> Iterator[Any]:
    from cnam_desktop.ui.main_window import MainWindow

    workspace = open_workspace(demo_db_path, read_only=True, read_only_reason=REASON)
    window = MainWindow()
    qtbot.addWidget(window)
    window.set_workspace(workspace)
    window.show()
    qtbot.waitExposed(window)
    yield window
    window.set_workspace(None)
    workspace.close()


def _show_every_area(window: Any) -> list[ListPage[Any, Any]]:
    for index in range(len(AREAS)):
        window.show_area(index)
    return window.findChildren(ListPage)


def _digest(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


def test_the_window_says_read_only_and_why(read_only_window: Any) -> None:
    window = read_only_window
    assert "(lecture seule)" in window.windowTitle()
    banner = window.read_only_label
    assert banner.parentWidget().isVisible()
    assert "Lecture seule" in banner.text()
    assert "marie sur le poste PC-12" in banner.text()


def test_every_editing_action_is_disabled(read_only_window: Any) -> None:
    window = read_only_window
    pages = _show_every_area(window)
    assert len(pages) >= 8  # every list of every area was built
    for page in pages:
        if page.model.rowCount():
            page.select(page.model.record_id(0))
        ui = page.ui
        assert not ui.newButton.isEnabled(), type(page).__name__
        assert not ui.deleteButton.isEnabled(), type(page).__name__
        assert ui.newButton.toolTip() == TOOLTIP
        assert ui.editButton.text() == "&Consulter…"
    ui = window.ui
    for action in (
        ui.actionNewSite,
        ui.actionDeleteSite,
        ui.actionImportWorkbook,
        ui.actionRestore,
    ):
        assert not action.isEnabled(), action.objectName()
    assert ui.actionExportWorkbook.isEnabled()  # reading is allowed: export, print, copy
    assert ui.actionBackup.isEnabled()
    sites = window.sites_view
    assert not sites.ui.newButton.isEnabled()
    assert not sites.ui.deleteButton.isEnabled()
    planning = window.page("planning")
    closures = planning.findChildren(ListPage)
    assert any(
        hasattr(p, "holidays_button") and not p.holidays_button.isEnabled() for p in closures
    )
    reports = window.page("reports")
    assert not reports.ui.importButton.isEnabled()
    assert reports.ui.exportButton.isEnabled()


def test_a_record_opens_for_consultation_only(
    read_only_window: Any, demo_db_path: Path, message_log: MessageRecorder
) -> None:
    window = read_only_window
    pages = _show_every_area(window)
    page = next(p for p in pages if type(p).__name__ == "TrainersPage")
    window.show_area(next(i for i, a in enumerate(AREAS) if a.key == "trainers"))
    assert page.select(page.model.record_id(0))
    before = _digest(demo_db_path)
    seen: dict[str, Any] = {}

    def look(dialog: QDialog) -> None:
        box = dialog.findChild(QDialogButtonBox)
        seen["title"] = dialog.windowTitle()
        seen["save"] = box.button(QDialogButtonBox.StandardButton.Ok).isEnabled()
        seen["close"] = box.button(QDialogButtonBox.StandardButton.Cancel).text()
        dialog.accept()  # Entrée: nothing is saved
        seen["still_open"] = dialog.isVisible()
        dialog.reject()

    driver = drive_modal(look)
    assert page.edit_current() is False
    driver.check()
    assert seen["title"].endswith("(lecture seule)")
    assert seen["save"] is False
    assert seen["close"] == "Fermer"
    assert seen["still_open"] is True
    assert page.new_record() is None  # the shortcut path refuses too
    assert page.delete_selected() is False
    assert message_log.calls == []
    assert _digest(demo_db_path) == before


def test_a_writable_workspace_gives_the_actions_back(
    read_only_window: Any, demo_db_path: Path
) -> None:
    window = read_only_window
    pages = _show_every_area(window)
    read_only = window.workspace
    window.set_workspace(None)
    read_only.close()
    writable: Workspace = open_workspace(demo_db_path)
    try:
        window.set_workspace(writable)
        assert not window.read_only_label.parentWidget().isVisible()
        assert "(lecture seule)" not in window.windowTitle()
        for page in pages:
            assert page.ui.newButton.isEnabled(), type(page).__name__
            assert page.ui.newButton.toolTip() != TOOLTIP
            assert page.ui.editButton.text() == "&Modifier…"
        assert window.ui.actionImportWorkbook.isEnabled()
        assert window.ui.actionRestore.isEnabled()
    finally:
        window.set_workspace(None)
        writable.close()
