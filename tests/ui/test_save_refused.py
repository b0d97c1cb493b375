"""A save refused by the computer (full disk) keeps the dialog open with what was typed."""

from __future__ import annotations

import sqlite3
from typing import Any

from PySide6.QtWidgets import QDialog, QDialogButtonBox
from sqlalchemy import event

from cnam_desktop.db.engine import Database
from cnam_desktop.services.sites import SiteService
from tests.ui.conftest import MessageRecorder, drive_modal

NOTE = "Diagnostic territorial détaillé. " * 30_000  # ≈ 1 MB: more than any free page


def _limit_growth(db: Database) -> None:
    """Connections made from now on may not grow the file: SQLite answers SQLITE_FULL."""

    def on_connect(conn: sqlite3.Connection, _record: object) -> None:
        pages = conn.execute("PRAGMA page_count").fetchone()[0]
        conn.execute(f"PRAGMA max_page_count={pages}")

    event.listen(db.engine, "connect", on_connect)
    db.engine.dispose()  # pooled connections are replaced by limited ones


def _press_save(dialog: QDialog) -> None:
    box = dialog.findChild(QDialogButtonBox)
    assert box is not None
    box.button(QDialogButtonBox.StandardButton.Ok).click()


def test_full_disk_keeps_the_edit_dialog_open_and_the_site_as_it_was(
    main_window: Any, db: Database, message_log: MessageRecorder, sample_sites: dict[str, str]
) -> None:
    view = main_window.sites_view
    site_id = sample_sites["Cnam Chaumont"]
    assert view.select_site(site_id)
    before = SiteService(db).get(site_id)
    _limit_growth(db)
    seen: dict[str, Any] = {}

    def fill_then_save(dialog: QDialog) -> None:
        dialog.ui.notesEdit.setPlainText(NOTE)  # type: ignore[attr-defined]
        _press_save(dialog)
        seen["visible"] = dialog.isVisible()
        seen["notes"] = dialog.ui.notesEdit.toPlainText()  # type: ignore[attr-defined]
        dialog.reject()

    driver = drive_modal(fill_then_save)
    assert view.edit_site() is False
    driver.check()
    assert seen == {"visible": True, "notes": NOTE}
    errors = message_log.of_kind("error")
    assert [e.title for e in errors] == ["Enregistrement impossible"]
    assert "disque est plein" in errors[0].text
    assert str(db.path) in errors[0].text
    assert SiteService(db).get(site_id) == before
    assert main_window.undo_stack.count() == 0


def test_a_second_try_saves_once_space_is_back(
    main_window: Any, db: Database, monkeypatch: Any, sample_sites: dict[str, str]
) -> None:
    """The first OK is refused (disk full), the second, same dialog, saves."""
    from cnam_desktop.errors import DiskFullError

    view = main_window.sites_view
    site_id = sample_sites["Cnam Chaumont"]
    assert view.select_site(site_id)
    service = view._service
    real_update = service.update
    calls: list[int] = []

    def update_once_full(record_id: str, data: Any) -> None:
        calls.append(1)
        if len(calls) == 1:
            raise DiskFullError("Le disque est plein : la modification n'a pas été enregistrée.")
        real_update(record_id, data)

    monkeypatch.setattr(service, "update", update_once_full)

    def twice(dialog: QDialog) -> None:
        dialog.ui.notesEdit.setPlainText("Convention signée")  # type: ignore[attr-defined]
        _press_save(dialog)
        assert dialog.isVisible()
        _press_save(dialog)

    driver = drive_modal(twice)
    assert view.edit_site() is True
    driver.check()
    assert len(calls) == 2
    assert SiteService(db).get(site_id).notes == "Convention signée"
    assert main_window.undo_stack.count() == 1


def test_a_new_trainer_refused_by_a_locked_base_keeps_what_was_typed(
    demo_window: Any, demo_db: Database, message_log: MessageRecorder
) -> None:
    """Another program holds the base (an exclusive transaction): the list page's dialog
    stays open with the names typed; once the base is free, the same OK creates it."""
    from cnam_desktop.ui.areas import AREAS
    from cnam_desktop.ui.views.list_page import ListPage

    demo_window.show_area(next(i for i, a in enumerate(AREAS) if a.key == "trainers"))
    page = next(p for p in demo_window.findChildren(ListPage) if type(p).__name__ == "TrainersPage")
    count = page.model.rowCount()
    _short_busy_timeout(demo_db)
    other = sqlite3.connect(demo_db.path, isolation_level=None)
    other.execute("BEGIN EXCLUSIVE")
    seen: dict[str, Any] = {}

    def type_then_save(dialog: QDialog) -> None:
        ui = dialog.ui  # type: ignore[attr-defined]
        ui.firstNameEdit.setText("Hélène")
        ui.lastNameEdit.setText("Durand")
        _press_save(dialog)
        seen["open"] = dialog.isVisible()
        seen["typed"] = (ui.firstNameEdit.text(), ui.lastNameEdit.text())
        other.execute("ROLLBACK")  # the other program lets go
        _press_save(dialog)

    driver = drive_modal(type_then_save)
    try:
        record_id = page.new_record()
    finally:
        if other.in_transaction:
            other.execute("ROLLBACK")
        other.close()
    driver.check()
    assert seen == {"open": True, "typed": ("Hélène", "Durand")}
    (refusal,) = message_log.of_kind("error")
    assert "verrouillée par un autre programme" in refusal.text
    assert record_id is not None
    assert page.model.rowCount() == count + 1


def _short_busy_timeout(db: Database) -> None:
    """New connections wait 50 ms for another program's lock (5 s by default)."""

    def on_connect(conn: sqlite3.Connection, _record: object) -> None:
        conn.execute("PRAGMA busy_timeout=50")

    event.listen(db.engine, "connect", on_connect)
    db.engine.dispose()
