"""Fichier → copies, restore (erasures applied again), personal data: as app.py wires them."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import datetime
from typing import Any

import pytest
from sqlalchemy import select

from cnam_desktop.app import PROBE_ENV, Startup
from cnam_desktop.db import models as m
from cnam_desktop.paths import AppPaths
from cnam_desktop.services import backups
from cnam_desktop.services.personal_data import PersonalDataService
from cnam_desktop.ui import tasks
from cnam_desktop.ui.dialogs import personal_data_dialog, restore_dialog
from cnam_desktop.ui.main_window import MainWindow


@pytest.fixture
def startup(
    qapp: Any, qtbot: Any, paths: AppPaths, sample_sites: dict[str, str], monkeypatch: Any
) -> Iterator[Startup]:
    monkeypatch.delenv(PROBE_ENV, raising=False)
    window = MainWindow()
    opened = Startup(qapp, window, paths, None)
    opened._opening = True  # opened here, not by the first paint or the fallback timer
    opened._fallback.stop()
    opened.open_database()
    yield opened
    qtbot.waitUntil(lambda: tasks.running_tasks() == 0, timeout=30_000)
    opened.close()
    window.close()
    window.deleteLater()


def idle(qtbot: Any) -> None:
    qtbot.waitUntil(lambda: tasks.running_tasks() == 0, timeout=30_000)


def test_the_day_s_copy_then_a_copy_on_demand(startup: Startup, qtbot: Any) -> None:
    idle(qtbot)
    folder = startup.paths.backup_dir
    assert [b.reason for b in backups.list_backups(folder)] == ["daily"]
    startup.window.ui.actionBackup.trigger()
    idle(qtbot)
    assert len(backups.list_backups(folder)) >= 1
    assert "Copie de sauvegarde" in startup.window.ui.statusBar.currentMessage()


def test_restore_reopens_the_file_and_applies_erasures_again(
    startup: Startup, qtbot: Any, monkeypatch: Any, message_log: Any
) -> None:
    idle(qtbot)
    database = startup.workspace.database  # type: ignore[union-attr]
    with database.uow() as s:
        s.add(m.Trainer(first_name="Claire", last_name="Martin", email="claire@exemple.fr"))
    copy = backups.make_backup(startup.paths.database, startup.paths.backup_dir, "manual")
    service = PersonalDataService(database, startup.paths.erasure_journal)
    claire = next(p for p in service.people() if "Martin" in p.name)
    service.erase(claire, "demande du 26/11", datetime(2026, 11, 26, 12, 0))

    assert copy.path.exists()  # even when made in the same second as the day's copy
    monkeypatch.setattr(restore_dialog.RestoreDialog, "choose", lambda *_a: copy)
    startup.window.ui.actionRestore.trigger()
    idle(qtbot)
    assert startup.workspace is not None and startup.workspace.database is not database
    with startup.workspace.database.reader() as s:
        emails = set(s.scalars(select(m.Trainer.email)))
    assert "claire@exemple.fr" not in emails  # the copy had it; the erasure came back
    assert [c.kind for c in message_log.calls] == ["confirm", "info"], message_log.calls
    assert startup.window.current_area() is not None


def test_personal_data_opens_on_the_open_database(startup: Startup, monkeypatch: Any) -> None:
    seen: list[Any] = []
    monkeypatch.setattr(
        personal_data_dialog.PersonalDataDialog,
        "open",
        classmethod(lambda cls, parent, db, data_dir: seen.append((db, data_dir)) or []),
    )
    startup.window.ui.actionPersonalData.trigger()
    assert seen == [(startup.workspace.database, startup.paths.data_dir)]  # type: ignore[union-attr]
