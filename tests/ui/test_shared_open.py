"""Fichier → Ouvrir une base partagée… and `--db postgresql://…`, on a real server."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path
from typing import Any
from urllib.parse import urlsplit

import pytest
from PySide6.QtWidgets import QDialog, QDialogButtonBox, QWidget

from cnam_desktop.services import shared_database as shared
from cnam_desktop.services.workspace import Workspace
from cnam_desktop.ui.shared_flow import SharedDatabaseFlow
from tests.ui.conftest import MessageRecorder, drive_modal
from tests.unit.test_shared_database import MemoryKeyring, memory_keyring

__all__ = ["memory_keyring"]  # fixture


@pytest.fixture
def postgres_url(postgres_server: Any) -> Iterator[str]:
    """A new, empty database on the test server (our schema is created at opening)."""
    url = postgres_server.empty_database()
    yield url
    postgres_server.drop(url)


def _press_open(dialog: QDialog) -> None:
    dialog.findChild(QDialogButtonBox).button(QDialogButtonBox.StandardButton.Ok).click()


def test_the_shared_base_replaces_the_file_and_its_password_goes_to_the_keyring(
    qtbot: Any,
    tmp_path: Path,
    postgres_url: str,
    memory_keyring: MemoryKeyring,
    message_log: MessageRecorder,
) -> None:
    parts = urlsplit(postgres_url)
    parent = QWidget()
    qtbot.addWidget(parent)
    shown: list[Workspace] = []
    flow = SharedDatabaseFlow(parent, tmp_path, shown.append)

    def fill(dialog: QDialog) -> None:
        ui = dialog.ui  # type: ignore[attr-defined]
        ui.hostEdit.setText(parts.hostname or "")
        ui.portSpin.setValue(parts.port or 5432)
        ui.databaseEdit.setText(parts.path.lstrip("/"))
        ui.userEdit.setText(parts.username or "")
        ui.passwordEdit.setText("mauvais-mot-de-passe")
        _press_open(dialog)  # refused by the server: the form stays
        assert dialog.isVisible()
        ui.passwordEdit.setText(parts.password or "")
        ui.rememberCheck.setChecked(True)
        _press_open(dialog)

    driver = drive_modal(fill)
    workspace = flow.open()
    driver.check()
    assert workspace is not None and shown == [workspace]
    try:
        assert workspace.is_server and workspace.path is None
        assert f":{parts.password}@" not in workspace.location
        assert isinstance(workspace.sites.list_ids(), list)
    finally:
        workspace.close()
    (refusal,) = message_log.of_kind("error")
    assert refusal.title == "Ouverture impossible"
    assert "mauvais-mot-de-passe" not in refusal.text
    address = shared.recent_addresses(tmp_path)[0]
    assert address.host == parts.hostname and address.user == parts.username
    assert shared.stored_password(address) == parts.password
    assert "password" not in (tmp_path / shared.RECENT_FILENAME).read_text()
