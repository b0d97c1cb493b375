"""Background tasks (`ui/tasks.py`) on real threads, and « Exporter la vue » through them.

Every test waits for its worker thread to end (`wait_idle`), so that no QThread
outlives its test.
"""

from __future__ import annotations

import threading
from collections.abc import Iterator, Sequence
from pathlib import Path
from typing import Any

import openpyxl
import pytest
import shiboken6
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QPushButton, QWidget

from cnam_desktop.db.engine import Database
from cnam_desktop.domain.equipment import EquipmentNeedFilter
from cnam_desktop.errors import UserFacingError
from cnam_desktop.services.equipment import EquipmentService
from cnam_desktop.services.sites import SiteService
from cnam_desktop.ui import file_dialogs, tasks
from cnam_desktop.ui.areas import AREAS
from cnam_desktop.ui.models.id_table_model import ListSource
from cnam_desktop.ui.tasks import Progress, TaskHandle, run_task

RELEASE_TIMEOUT = 20  # seconds a worker waits for the test before giving up


@pytest.fixture
def parent(qtbot: Any) -> QWidget:
    widget = QWidget()
    qtbot.addWidget(widget)
    widget.show()
    qtbot.waitExposed(widget)
    return widget


@pytest.fixture(autouse=True)
def wait_idle(qtbot: Any) -> Iterator[None]:
    yield
    qtbot.waitUntil(lambda: tasks.running_tasks() == 0, timeout=RELEASE_TIMEOUT * 1000)


def cancel_button(handle: TaskHandle[Any]) -> QPushButton:
    assert handle.dialog is not None
    button = handle.dialog.findChild(QPushButton)
    assert isinstance(button, QPushButton)
    return button


def test_result_comes_back_on_the_gui_thread(qtbot: Any, parent: QWidget, db: Database) -> None:
    gui_thread = threading.get_ident()
    delivered: list[tuple[int, int, int]] = []
    expected_sites = len(SiteService(db).list_ids())

    def work(progress: Progress) -> tuple[int, int]:
        progress.report(0, 1)
        return threading.get_ident(), len(SiteService(db).list_ids())  # the same Database

    handle = run_task(
        parent,
        "Essai…",
        work,
        lambda result: delivered.append((*result, threading.get_ident())),
        on_error=lambda exc: pytest.fail(f"unexpected error {exc!r}"),
    )
    assert handle.is_running and not delivered  # returned at once
    qtbot.waitUntil(lambda: handle.state == "done")
    ((worker, sites, caller),) = delivered
    assert worker != gui_thread  # the work ran elsewhere…
    assert caller == gui_thread  # …and its result came back here
    assert sites == expected_sites


def test_progress_dialog_shows_late_with_the_reported_text(
    qtbot: Any, parent: QWidget, message_log: Any
) -> None:
    release = threading.Event()

    def work(progress: Progress) -> str:
        progress.report(3, 8, "Lecture des séances : 3 / 8")
        release.wait(RELEASE_TIMEOUT)
        return "fini"

    results: list[str] = []
    handle = run_task(parent, "Vérification du planning…", work, results.append)
    dialog = handle.dialog
    assert dialog is not None and not dialog.isVisible()  # not before SHOW_AFTER_MS
    qtbot.waitUntil(lambda: dialog.isVisible() and dialog.value() == 3)
    assert dialog.labelText() == "Lecture des séances : 3 / 8"
    assert dialog.maximum() == 8
    assert dialog.windowTitle() == "Vérification du planning"
    assert dialog.windowModality() == Qt.WindowModality.WindowModal
    assert dialog.parent() is parent.window()
    assert cancel_button(handle).text() == "Annuler"
    release.set()
    qtbot.waitUntil(lambda: handle.state == "done")
    assert results == ["fini"]
    assert handle.dialog is None  # closed before the result was delivered
    assert not message_log.calls


def test_cancel_stops_the_work_and_calls_nothing(
    qtbot: Any, parent: QWidget, message_log: Any
) -> None:
    reports: list[int] = []
    stopped = threading.Event()

    def work(progress: Progress) -> None:
        try:
            for step in range(100_000):
                progress.report(step, 100_000, f"Étape {step}")
                reports.append(step)
                stopped.wait(0.002)
        finally:
            stopped.set()

    called: list[str] = []
    handle = run_task(
        parent,
        "Export…",
        work,
        lambda _r: called.append("done"),
        on_error=lambda _e: called.append("error"),
    )
    qtbot.waitUntil(lambda: handle.dialog is not None and handle.dialog.isVisible())
    qtbot.mouseClick(cancel_button(handle), Qt.MouseButton.LeftButton)
    assert handle.cancel_requested and handle.dialog is None  # the dialog goes at once
    qtbot.waitUntil(lambda: handle.state == "cancelled")
    assert stopped.is_set()
    count = len(reports)
    assert 0 < count < 100_000  # stopped at a report, long before the end
    qtbot.wait(50)
    assert len(reports) == count
    assert called == [] and not message_log.calls


def test_cancelled_callback_is_optional(qtbot: Any, parent: QWidget) -> None:
    started = threading.Event()

    def work(progress: Progress) -> int:
        started.set()
        while True:
            progress.report(0, None)
            started.wait(0.002)

    cancelled: list[bool] = []
    handle = run_task(
        parent, "Essai…", work, lambda _r: None, on_cancelled=lambda: cancelled.append(True)
    )
    assert started.wait(RELEASE_TIMEOUT)
    handle.cancel()
    qtbot.waitUntil(lambda: handle.state == "cancelled")
    assert cancelled == [True]


@pytest.mark.parametrize(
    ("error", "expected"),
    [
        (UserFacingError("Le site « Cnam Verdun » est introuvable."), "exact"),
        (KeyError("bug"), "unexpected"),
    ],
)
def test_an_error_reaches_a_message_box(
    qtbot: Any, parent: QWidget, message_log: Any, error: BaseException, expected: str
) -> None:
    def work(progress: Progress) -> None:
        progress.report(1, 2)
        raise error

    done: list[Any] = []
    handle = run_task(parent, "Vérification du planning…", work, done.append)
    qtbot.waitUntil(lambda: handle.state == "failed")
    assert done == []
    (call,) = message_log.of_kind("error")
    assert call.title == "Vérification du planning"
    if expected == "exact":
        assert call.text == "Le site « Cnam Verdun » est introuvable."
    else:
        assert "erreur inattendue" in call.text and "Vérification du planning" in call.text


def test_on_error_replaces_the_message_box(qtbot: Any, parent: QWidget, message_log: Any) -> None:
    boom = ValueError("boom")

    def work(_progress: Progress) -> None:
        raise boom

    errors: list[BaseException] = []
    handle = run_task(parent, "Essai…", work, lambda _r: None, errors.append)
    qtbot.waitUntil(lambda: handle.state == "failed")
    assert errors == [boom]
    assert not message_log.calls


def test_nothing_is_delivered_to_a_destroyed_parent(qtbot: Any, message_log: Any) -> None:
    widget = QWidget()
    release = threading.Event()

    def work(_progress: Progress) -> int:
        release.wait(RELEASE_TIMEOUT)
        raise ValueError("too late")

    handle = run_task(widget, "Essai…", work, lambda _r: pytest.fail("delivered"))
    widget.deleteLater()
    qtbot.waitUntil(lambda: not shiboken6.isValid(widget))
    release.set()
    qtbot.waitUntil(lambda: handle.state == "failed")
    assert not message_log.calls


def test_synchronous_mode_for_tests(parent: QWidget, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(tasks, "SYNCHRONOUS", True)
    gui_thread = threading.get_ident()
    results: list[int] = []
    handle = run_task(parent, "Essai…", lambda p: threading.get_ident(), results.append)
    assert handle.state == "done" and results == [gui_thread]
    assert tasks.running_tasks() == 0


# « Exporter la vue » in the background -------------------------------------------------


def needs_page(window: Any) -> Any:
    window.show_area(next(i for i, a in enumerate(AREAS) if a.key == "equipment"))
    return window.page("equipment").needs_page


def test_export_view_writes_the_rows_in_the_background(
    qtbot: Any, demo_window: Any, demo_db: Database, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    page = needs_page(demo_window)
    site_id = page.site_filter.itemData(2)
    page.site_filter.setCurrentIndex(2)
    out = tmp_path / "exports"
    out.mkdir()
    target = out / "besoins.xlsx"
    monkeypatch.setattr(file_dialogs, "save_path", lambda *_a: target)
    status: list[str] = []
    page.statusMessage.connect(status.append)

    handle = page.export_view()
    assert handle is not None and handle.is_running
    qtbot.waitUntil(lambda: handle.state == "done")

    service = EquipmentService(demo_db)  # the expected rows, read independently
    ids = service.list_need_ids(EquipmentNeedFilter(site_id=site_id), "site", False)
    rows = service.need_rows(ids)
    assert ids
    values = list(openpyxl.load_workbook(target).active.iter_rows(values_only=True))
    assert values[0][:3] == ("Site", "Matériel", "Qté")
    assert sorted((v[1], v[2]) for v in values[1:]) == sorted(
        (rows[i].type_label, rows[i].quantity) for i in ids
    )
    assert {v[0] for v in values[1:]} == {rows[ids[0]].site_name}
    assert status[-1].startswith(f"{len(ids)} ligne") and str(target) in status[-1]
    assert [p.name for p in out.iterdir()] == ["besoins.xlsx"]  # no temporary left


def blocking_source(page: Any, gate: threading.Event, entered: threading.Event) -> None:
    """Make the worker's row reads wait for `gate` (the export is then under way)."""
    source = page._source
    assert source is not None

    def rows(ids: Sequence[str]) -> dict[str, Any]:
        if threading.current_thread() is not threading.main_thread():  # not the view's reads
            entered.set()
            gate.wait(RELEASE_TIMEOUT)
        return source.rows(ids)

    page.set_source(ListSource(list_ids=source.list_ids, rows=rows), page.operations)


@pytest.mark.parametrize("existing", [False, True])
def test_cancelled_export_leaves_no_file(
    qtbot: Any,
    demo_window: Any,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
    message_log: Any,
    existing: bool,
) -> None:
    page = needs_page(demo_window)
    out = tmp_path / "exports"
    out.mkdir()
    target = out / "besoins.xlsx"
    if existing:
        target.write_bytes(b"an older export")
    monkeypatch.setattr(file_dialogs, "save_path", lambda *_a: target)
    gate, entered = threading.Event(), threading.Event()
    blocking_source(page, gate, entered)
    status: list[str] = []
    page.statusMessage.connect(status.append)

    handle = page.export_view()
    assert handle is not None
    assert entered.wait(RELEASE_TIMEOUT)
    qtbot.waitUntil(lambda: handle.dialog is not None and handle.dialog.isVisible())
    qtbot.mouseClick(cancel_button(handle), Qt.MouseButton.LeftButton)
    gate.set()
    qtbot.waitUntil(lambda: handle.state == "cancelled")
    left = sorted(p.name for p in out.iterdir())
    assert left == (["besoins.xlsx"] if existing else [])
    if existing:
        assert target.read_bytes() == b"an older export"
    assert not status and not message_log.calls


def test_export_failure_is_reported(
    qtbot: Any, demo_window: Any, tmp_path: Path, monkeypatch: pytest.MonkeyPatch, message_log: Any
) -> None:
    page = needs_page(demo_window)
    blocker = tmp_path / "not-a-folder"
    blocker.write_text("x")
    target = blocker / "besoins.xlsx"  # its folder is a file: the write fails
    monkeypatch.setattr(file_dialogs, "save_path", lambda *_a: target)
    handle = page.export_view()
    assert handle is not None
    qtbot.waitUntil(lambda: handle.state == "failed")
    (call,) = message_log.of_kind("error")
    assert call.title == "Export impossible" and str(target) in call.text
