"""Fichier → Synchroniser… and Fichier → Conflits de synchronisation…, on the test server."""

from __future__ import annotations

from dataclasses import replace
from pathlib import Path
from types import SimpleNamespace
from typing import Any
from urllib.parse import urlsplit

import pytest
from PySide6.QtWidgets import QDialog, QDialogButtonBox, QWidget

from cnam_desktop.domain.merge import Side
from cnam_desktop.services.sites import SiteService
from cnam_desktop.services.sync import pending_conflict_count
from cnam_desktop.ui import tasks
from cnam_desktop.ui.dialogs import merge_dialog
from cnam_desktop.ui.dialogs.sync_conflicts_dialog import SyncConflictsDialog
from cnam_desktop.ui.sync_flow import SyncFlow
from tests.sync.conftest import Network, contents, unsynced
from tests.ui.conftest import MessageRecorder, drive_modal, message_log
from tests.unit.test_shared_database import MemoryKeyring, memory_keyring

__all__ = ["memory_keyring", "message_log"]  # fixtures


@pytest.fixture(autouse=True)
def in_this_thread(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(tasks, "SYNCHRONOUS", True)


def _flow(qtbot: Any, network: Network, config: Path) -> tuple[SyncFlow, list[str], list[int]]:
    parent = QWidget()
    qtbot.addWidget(parent)
    workspace = SimpleNamespace(database=network.a, is_server=False)
    status: list[str] = []
    reloads: list[int] = []
    flow = SyncFlow(parent, config, lambda: workspace, lambda: reloads.append(1), status.append)
    return flow, status, reloads


def _fill_server(url: str, password: str) -> Any:
    parts = urlsplit(url)

    def fill(dialog: QDialog) -> None:
        assert dialog.windowTitle() == "Synchroniser avec la base partagée"
        ui = dialog.ui  # type: ignore[attr-defined]
        ok = dialog.findChild(QDialogButtonBox).button(QDialogButtonBox.StandardButton.Ok)
        assert ok.text() == "Synchroniser"
        ui.hostEdit.setText(parts.hostname or "")
        ui.portSpin.setValue(parts.port or 5432)
        ui.databaseEdit.setText(parts.path.lstrip("/"))
        ui.userEdit.setText(parts.username or "")
        ui.passwordEdit.setText(password)
        ok.click()

    return fill


def test_synchronise_sends_and_receives_then_says_so(
    qtbot: Any,
    network: Network,
    tmp_path: Path,
    memory_keyring: MemoryKeyring,
    message_log: MessageRecorder,
) -> None:
    ids = SiteService(network.server).list_ids()
    here, there = ids[0], ids[1]
    local = SiteService(network.a)
    mine = replace(local.get(here), notes="Clés chez la gardienne")
    local.update(here, mine)
    shared = SiteService(network.server)
    theirs = replace(shared.get(there), notes="Nouveau contact à la mairie")
    shared.update(there, theirs)
    flow, status, reloads = _flow(qtbot, network, tmp_path)

    driver = drive_modal(_fill_server(network.url, urlsplit(network.url).password or ""))
    flow.synchronise()
    driver.check()

    assert not message_log.of_kind("error"), message_log.calls
    assert SiteService(network.server).get(here) == mine
    assert SiteService(network.a).get(there) == theirs
    assert unsynced(network.a) == []
    assert contents(network.a) == contents(network.server)
    assert reloads, "the lists are read again"
    (done,) = message_log.of_kind("info")
    assert done.text.startswith("Synchronisation terminée : ") and "1 envoyé" in done.text
    assert status[-1].startswith("Synchronisation terminée")


def test_a_wrong_password_keeps_the_dialog_and_changes_nothing(
    qtbot: Any,
    network: Network,
    tmp_path: Path,
    memory_keyring: MemoryKeyring,
    message_log: MessageRecorder,
) -> None:
    local = SiteService(network.a)
    site_id = local.list_ids()[0]
    local.update(site_id, replace(local.get(site_id), notes="Pas encore envoyé"))
    before = contents(network.server)
    flow, _status, _reloads = _flow(qtbot, network, tmp_path)

    def refused_then_cancel(dialog: QDialog) -> None:
        _fill_server(network.url, "mauvais")(dialog)
        assert dialog.isVisible()  # refused by the server: the form stays
        dialog.reject()

    driver = drive_modal(refused_then_cancel)
    flow.synchronise()
    driver.check()
    (refusal,) = message_log.of_kind("error")
    assert refusal.title == "Connexion impossible"
    assert contents(network.server) == before
    assert ("site", site_id) in unsynced(network.a)


def _conflict_on_a_site(network: Network) -> tuple[str, Any, Any]:
    site_id = SiteService(network.server).list_ids()[0]
    local, shared = SiteService(network.a), SiteService(network.server)
    mine = replace(local.get(site_id), notes="Version du poste", employment_area="Vosges")
    local.update(site_id, mine)
    theirs = replace(shared.get(site_id), notes="Version de l'équipe", epci="CC des Hautes Vosges")
    shared.update(site_id, theirs)
    return site_id, mine, theirs


def test_a_conflict_is_offered_then_merged_field_by_field(
    qtbot: Any,
    network: Network,
    tmp_path: Path,
    message_log: MessageRecorder,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    site_id, mine, theirs = _conflict_on_a_site(network)
    flow, _status, reloads = _flow(qtbot, network, tmp_path)
    message_log.confirm_answer = False  # « Les voir maintenant ? » — not now
    flow.run(network.a, network.server)
    (question,) = message_log.of_kind("confirm")
    assert "1 enregistrement modifié des deux côtés" in question.text
    assert SiteService(network.server).get(site_id) == theirs  # nothing overwritten
    assert SiteService(network.a).get(site_id) == mine
    assert pending_conflict_count(network.a) == 1

    asked: list[dict[str, Any]] = []

    def choose(_parent: Any, **kw: Any) -> dict[str, Side]:
        asked.append(kw)
        names = {diff.name for diff in kw["diffs"]}
        return {name: Side.THEIRS if name == "epci" else Side.MINE for name in names}

    monkeypatch.setattr(merge_dialog.MergeDialog, "ask", staticmethod(choose))

    def resolve(dialog: QDialog) -> None:
        assert isinstance(dialog, SyncConflictsDialog)
        tree = dialog.ui.conflictsTree
        assert tree.topLevelItemCount() == 1
        assert tree.topLevelItem(0).text(0) == "Site"
        assert mine.name in tree.topLevelItem(0).text(1)
        dialog.ui.resolveButton.click()
        assert tree.topLevelItemCount() == 0
        dialog.reject()

    driver = drive_modal(resolve)
    reloads.clear()
    flow.conflicts()
    driver.check()
    (question,) = asked
    assert question["mine_label"] == "Sur ce poste"
    assert {d.name for d in question["diffs"]} >= {"notes", "employment_area", "epci"}
    assert reloads

    merged = replace(mine, epci="CC des Hautes Vosges")
    assert SiteService(network.a).get(site_id) == merged
    network.sync(network.a)
    assert SiteService(network.server).get(site_id) == merged
    assert pending_conflict_count(network.a) == 0
    assert unsynced(network.a) == []


def test_take_the_shared_version_of_a_conflict(
    qtbot: Any, network: Network, tmp_path: Path, message_log: MessageRecorder
) -> None:
    site_id, _mine, theirs = _conflict_on_a_site(network)
    network.sync(network.a)
    flow, _status, _reloads = _flow(qtbot, network, tmp_path)

    def take(dialog: QDialog) -> None:
        dialog.ui.takeServerButton.click()  # type: ignore[attr-defined]
        dialog.reject()

    driver = drive_modal(take)
    flow.conflicts()
    driver.check()
    assert message_log.of_kind("confirm")  # asked before replacing this laptop's version
    assert SiteService(network.a).get(site_id) == theirs
    assert pending_conflict_count(network.a) == 0
    network.sync(network.a)
    assert contents(network.a) == contents(network.server)
