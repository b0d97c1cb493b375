"""The Rapports screen's workbook part: export, templates, and an import checked then written."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from openpyxl import load_workbook
from sqlalchemy import select

from cnam_desktop.db import models as m
from cnam_desktop.db.engine import Database
from cnam_desktop.ui import file_dialogs, tasks
from cnam_desktop.ui.areas import AREAS
from cnam_desktop.ui.dialogs import import_review_dialog, workbook_export_dialog
from cnam_desktop.ui.dialogs.import_review_dialog import ImportReview
from cnam_desktop.ui.dialogs.workbook_export_dialog import ExportRequest

REPORTS_INDEX = next(i for i, a in enumerate(AREAS) if a.key == "reports")


@pytest.fixture
def page(demo_window: Any, qtbot: Any) -> Iterator[Any]:
    demo_window.show_area(REPORTS_INDEX)
    yield demo_window._built["reports"]
    qtbot.waitUntil(lambda: tasks.running_tasks() == 0, timeout=60_000)


def finish(qtbot: Any, flows: Any) -> None:
    """Wait for the flows' current task (and the one it may chain) to end."""
    for _ in range(2):
        handle = flows.task
        qtbot.waitUntil(lambda h=handle: h.state != "running", timeout=60_000)
        if flows.task is handle:
            break


def export_to(
    page: Any, qtbot: Any, monkeypatch: pytest.MonkeyPatch, path: Path, site: str | None = None
) -> list[dict[str, Any]]:
    asked: list[dict[str, Any]] = []

    def ask(_parent: Any, sites: Any, folder: Path, today: Any, site_id: Any = None) -> Any:
        asked.append({"sites": sites, "site_id": site_id})
        return ExportRequest(path, site, None, None)

    monkeypatch.setattr(workbook_export_dialog.WorkbookExportDialog, "ask", ask)
    assert page.flows.export_workbook() is not None
    finish(qtbot, page.flows)
    return asked


def answer_review(monkeypatch: pytest.MonkeyPatch, choice: str | None) -> list[ImportReview]:
    seen: list[ImportReview] = []

    def ask(_parent: Any, review: ImportReview) -> str | None:
        seen.append(review)
        return choice

    monkeypatch.setattr(import_review_dialog.ImportReviewDialog, "ask", ask)
    return seen


def room_capacity(db: Database, name: str) -> int:
    with db.reader() as s:
        value = s.scalar(select(m.Room.capacity).where(m.Room.name == name))
    assert value is not None
    return value


def edit_capacities(path: Path, values: list[Any]) -> list[tuple[str, int, int]]:
    """Set the capacity of the first rooms of « Locaux et salles » to `values` (a callable
    gets the old capacity); return each edited room's (name, old capacity, Excel row)."""
    book = load_workbook(path)
    sheet = book["Locaux et salles"]
    headers = [c.value for c in sheet[1]]
    room_col, capacity_col = headers.index("Salle"), headers.index("Capacité")
    rows = [r for r in sheet.iter_rows(min_row=2) if r[room_col].value][: len(values)]
    edited = []
    for row, value in zip(rows, values, strict=True):
        old = row[capacity_col].value
        edited.append((row[room_col].value, old, row[0].row))
        row[capacity_col].value = value(old) if callable(value) else value
    book.save(path)
    return edited


def test_export_writes_the_workbook_and_says_what_it_holds(
    page: Any, qtbot: Any, monkeypatch: pytest.MonkeyPatch, tmp_path: Path, message_log: Any
) -> None:
    target = tmp_path / "out" / "classeur.xlsx"
    asked = export_to(page, qtbot, monkeypatch, target)
    assert asked and asked[0]["site_id"] is None
    assert any(name == "Cnam Chaumont" for _id, name in asked[0]["sites"])
    book = load_workbook(target, read_only=True)
    assert {"Sites", "Locaux et salles", "Inventaire", "Planning"} <= set(book.sheetnames)
    (info,) = message_log.of_kind("info")
    assert str(target) in info.text
    assert "Planning :" in info.text
    assert str(target) in page.ui.lastFileLabel.text()


def test_the_menu_export_from_the_sites_area_proposes_the_selected_site(
    demo_window: Any, qtbot: Any, monkeypatch: pytest.MonkeyPatch, tmp_path: Path
) -> None:
    asked: list[Any] = []
    monkeypatch.setattr(
        workbook_export_dialog.WorkbookExportDialog,
        "ask",
        lambda _p, _sites, _folder, _today, site_id=None: asked.append(site_id),
    )
    view = demo_window.sites_view
    demo_window.show_area(next(i for i, a in enumerate(AREAS) if a.key == "sites"))
    view.ui.sitesTable.selectRow(0)
    selected = view.current_site_id()
    assert selected is not None
    demo_window.ui.actionExportWorkbook.trigger()
    assert asked == [selected]
    assert demo_window.current_area().key == "reports"


def test_templates_are_written_with_their_instructions(
    page: Any, qtbot: Any, monkeypatch: pytest.MonkeyPatch, tmp_path: Path
) -> None:
    target = tmp_path / "modeles"
    monkeypatch.setattr(file_dialogs, "save_path", lambda *_args: target)
    assert page.flows.write_templates() is not None
    finish(qtbot, page.flows)
    book = load_workbook(tmp_path / "modeles.xlsx")
    assert book.sheetnames[0] == "Instructions"
    assert {"Sites", "Locaux et salles", "Inventaire", "Planning"} <= set(book.sheetnames)


def test_an_edited_export_is_checked_shown_then_imported(
    page: Any,
    qtbot: Any,
    monkeypatch: pytest.MonkeyPatch,
    tmp_path: Path,
    demo_db: Database,
) -> None:
    path = tmp_path / "aller-retour.xlsx"
    export_to(page, qtbot, monkeypatch, path)
    ((name, before, _row),) = edit_capacities(path, [lambda old: old + 5])
    assert room_capacity(demo_db, name) == before

    changed: list[bool] = []
    page.changed.connect(lambda: changed.append(True))
    seen = answer_review(monkeypatch, "all")
    page.flows.import_workbook(path)
    finish(qtbot, page.flows)
    (review,) = seen
    assert review.problems == []
    rooms = next(c for c in review.sheets if c.sheet == "Locaux et salles")
    assert (rooms.update, rooms.create, rooms.refused) == (1, 0, 0)
    assert room_capacity(demo_db, name) == before + 5
    assert changed == [True]


def test_a_refused_row_is_listed_and_closing_writes_nothing(
    page: Any,
    qtbot: Any,
    monkeypatch: pytest.MonkeyPatch,
    tmp_path: Path,
    demo_db: Database,
) -> None:
    path = tmp_path / "faux.xlsx"
    export_to(page, qtbot, monkeypatch, path)
    valid, refused = edit_capacities(path, [lambda old: old + 3, "beaucoup"])
    first_name, first_before, _row = valid
    bad_row = refused[2]  # refused: text where a number is expected
    assert room_capacity(demo_db, first_name) == first_before

    seen = answer_review(monkeypatch, None)
    page.flows.import_workbook(path)
    finish(qtbot, page.flows)
    (review,) = seen
    (problem,) = review.problems
    assert (problem.sheet, problem.row, problem.column) == ("Locaux et salles", bad_row, "Capacité")
    assert room_capacity(demo_db, first_name) == first_before  # nothing written
    assert "rien n'a été écrit" in page.ui.lastFileLabel.text()

    answer_review(monkeypatch, "valid")
    page.flows.import_workbook(path)
    finish(qtbot, page.flows)
    assert room_capacity(demo_db, first_name) == first_before + 3


def test_a_hostile_file_is_refused_with_a_message(
    page: Any, qtbot: Any, tmp_path: Path, message_log: Any, monkeypatch: pytest.MonkeyPatch
) -> None:
    path = tmp_path / "pas-un-classeur.xlsx"
    path.write_text("nom;commune\nCnam Chaumont;Chaumont\n", encoding="utf-8")
    seen = answer_review(monkeypatch, "all")
    page.flows.import_workbook(path)
    finish(qtbot, page.flows)
    assert seen == []
    (error,) = message_log.of_kind("error")
    assert "pas-un-classeur.xlsx" in error.text
