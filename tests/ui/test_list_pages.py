"""The list screens on the demo network: filters, edit, refused delete, undo/redo, export.

Dialogs are tested in their own files; here the page's `open_editor` is replaced by a
function returning what a user would have typed, so that the page's own work (service
calls, confirmation, undo stack, reselection) is what is checked.
"""

from __future__ import annotations

from dataclasses import replace
from pathlib import Path
from typing import Any

import openpyxl
import pytest
from sqlalchemy import func, select

from cnam_desktop.db import models as m
from cnam_desktop.db.engine import Database
from cnam_desktop.domain.enums import RoomKind
from cnam_desktop.services.sites import SiteService
from cnam_desktop.ui import file_dialogs
from cnam_desktop.ui.areas import AREAS


def show(window: Any, key: str) -> Any:
    window.show_area(next(i for i, a in enumerate(AREAS) if a.key == key))
    return window.page(key)


def live_count(db: Database, model: Any) -> int:
    with db.reader() as s:
        return s.scalar(select(func.count()).select_from(model).where(model.deleted_at.is_(None)))


@pytest.mark.parametrize("key", ["premises", "equipment", "catalogue", "trainers"])
def test_each_area_lists_the_demo_data(demo_window: Any, qtmodeltester: Any, key: str) -> None:
    area = show(demo_window, key)
    pages = (
        [area]
        if hasattr(area, "model")
        else [area.tabs.widget(i) for i in range(area.tabs.count())]
    )
    for page in pages:
        assert page.model.rowCount() > 0, type(page).__name__
        qtmodeltester.check(page.model)
        assert page.ui.countLabel.text().split()[0] == str(page.model.rowCount())


def test_rooms_filter_sort_and_search(demo_window: Any, demo_db: Database, qtbot: Any) -> None:
    rooms = show(demo_window, "premises").rooms_page
    total = rooms.model.rowCount()
    assert total == live_count(demo_db, m.Room)
    rooms.kind_filter.setCurrentIndex(rooms.kind_filter.findData(RoomKind.COMPUTER_LAB))
    labs = [rooms.model.record(r) for r in range(rooms.model.rowCount())]
    assert labs and all(r.kind is RoomKind.COMPUTER_LAB for r in labs)
    rooms.kind_filter.setCurrentIndex(0)
    capacity = next(i for i, c in enumerate(rooms.model.columns) if c.title == "Capacité")
    rooms.ui.table.horizontalHeader().sectionClicked.emit(capacity)
    values = [rooms.model.record(r).capacity for r in range(rooms.model.rowCount())]
    assert values == sorted(values) or values == sorted(values, reverse=True)
    qtbot.keyClicks(rooms.ui.searchEdit, "Chaumont")
    qtbot.waitUntil(lambda: 0 < rooms.model.rowCount() < total)
    assert all("Chaumont" in rooms.model.record(r).site_name for r in range(rooms.model.rowCount()))


def test_create_edit_undo_redo_a_room(
    demo_window: Any, demo_db: Database, monkeypatch: pytest.MonkeyPatch
) -> None:
    rooms = show(demo_window, "premises").rooms_page
    before = live_count(demo_db, m.Room)
    premises_id = rooms.premises_choices()[0][0]
    from cnam_desktop.domain.premises import RoomData

    typed = RoomData(premises_id=premises_id, name="Salle Diderot", capacity=14)
    monkeypatch.setattr(rooms, "open_editor", lambda data: typed if data is None else data)
    new_id = rooms.new_record()
    assert new_id is not None and rooms.current_id() == new_id
    assert live_count(demo_db, m.Room) == before + 1

    monkeypatch.setattr(rooms, "open_editor", lambda data: replace(data, capacity=20))
    assert rooms.edit_current()
    assert rooms.service.get_room(new_id).capacity == 20

    demo_window.undo_action.trigger()  # edit undone
    assert rooms.service.get_room(new_id).capacity == 14
    demo_window.undo_action.trigger()  # creation undone
    assert live_count(demo_db, m.Room) == before
    demo_window.redo_action.trigger()
    demo_window.redo_action.trigger()
    assert rooms.service.get_room(new_id).capacity == 20
    assert rooms.model.row_of(new_id) is not None


def test_refused_delete_says_what_uses_it(
    demo_window: Any, demo_db: Database, message_log: Any
) -> None:
    rooms = show(demo_window, "premises").rooms_page
    busy = next(
        r for r in (rooms.model.record(i) for i in range(rooms.model.rowCount())) if r.session_count
    )
    rooms.select(busy.id)
    assert not rooms.delete_selected()
    warning = message_log.of_kind("warning")[-1]
    assert busy.name in warning.text and "séance" in warning.text
    assert rooms.model.row_of(busy.id) is not None


def test_multi_select_delete_confirms_and_undoes(
    demo_window: Any, demo_db: Database, message_log: Any
) -> None:
    needs = show(demo_window, "equipment").needs_page
    before = live_count(demo_db, m.EquipmentNeed)
    ids = [needs.model.record_id(0), needs.model.record_id(1)]
    for record_id in ids:
        row = needs.model.row_of(record_id)
        needs.ui.table.selectionModel().select(
            needs.model.index(row, 0),
            needs.ui.table.selectionModel().SelectionFlag.Select
            | needs.ui.table.selectionModel().SelectionFlag.Rows,
        )
    message_log.confirm_answer = False
    assert not needs.delete_selected()
    assert live_count(demo_db, m.EquipmentNeed) == before
    message_log.confirm_answer = True
    assert needs.delete_selected()
    assert "Supprimer ces 2 besoins" in message_log.of_kind("confirm")[-1].text
    assert live_count(demo_db, m.EquipmentNeed) == before - 2
    demo_window.undo_action.trigger()
    assert live_count(demo_db, m.EquipmentNeed) == before


def test_export_view_writes_exactly_the_rows_shown(
    demo_window: Any, tmp_path: Path, monkeypatch: pytest.MonkeyPatch, qtbot: Any
) -> None:
    courses = show(demo_window, "catalogue").courses_page
    courses.cpf_filter.setCurrentIndex(courses.cpf_filter.findData(True))
    shown = [courses.model.record(r) for r in range(courses.model.rowCount())]
    target = tmp_path / "parcours-cpf.xlsx"
    monkeypatch.setattr(file_dialogs, "save_path", lambda *_a: target)
    task = courses.export_view()  # in the background
    assert task is not None
    qtbot.waitUntil(lambda: task.state == "done")
    sheet = openpyxl.load_workbook(target).active
    values = list(sheet.iter_rows(values_only=True))
    assert values[0][:2] == ("Code Cnam", "Intitulé")
    assert [v[0] for v in values[1:]] == [r.cnam_code for r in shown]
    hours = next(i for i, h in enumerate(values[0]) if h == "Heures")
    assert all(isinstance(v[hours], int) for v in values[1:] if v[hours] is not None)


def test_closures_list_and_holiday_generation(
    demo_window: Any, demo_db: Database, monkeypatch: pytest.MonkeyPatch, qtmodeltester: Any
) -> None:
    from PySide6.QtWidgets import QInputDialog

    from cnam_desktop.domain.enums import ClosureKind

    closures = show(demo_window, "planning").closures_page
    qtmodeltester.check(closures.model)
    assert closures.model.rowCount() == live_count(demo_db, m.Closure)
    closures.kind_filter.setCurrentIndex(closures.kind_filter.findData(ClosureKind.SITE_CLOSURE))
    shown = [closures.model.record(r) for r in range(closures.model.rowCount())]
    assert shown and all(r.kind is ClosureKind.SITE_CLOSURE for r in shown)
    closures.kind_filter.setCurrentIndex(0)

    before = live_count(demo_db, m.Closure)
    monkeypatch.setattr(QInputDialog, "getInt", lambda *_a, **_k: (2028, True))
    created = closures.generate_holidays()
    assert created >= 11  # the national public holidays of 2028, at least
    assert live_count(demo_db, m.Closure) == before + created
    assert closures.generate_holidays() == 0  # idempotent


def test_dashboard_figures_open_the_matching_lists(demo_window: Any, qtbot: Any) -> None:
    from PySide6.QtCore import Qt

    from cnam_desktop.domain.enums import NeedStatus, SiteStatus

    dashboard = show(demo_window, "dashboard")
    figures = dashboard.view.figures
    qtbot.mouseClick(dashboard.view.open_sites_card, Qt.MouseButton.LeftButton)
    assert demo_window.current_area().key == "sites"
    sites = demo_window.sites_view
    assert sites.model.site_filter.status is SiteStatus.OPEN
    assert sites.model.rowCount() == figures.open_sites

    demo_window.open_filtered("equipment", {"view": "needs", "status": NeedStatus.FUNDED})
    needs = demo_window.page("equipment").needs_page
    rows = [needs.model.record(r) for r in range(needs.model.rowCount())]
    assert rows and all(r.status is NeedStatus.FUNDED for r in rows)
    total = sum(r.estimated_cost for r in rows)
    assert (
        total == dict((s.status, s.cost) for s in figures.needs_cost_by_status)[NeedStatus.FUNDED]
    )


def test_sites_undo_redo_and_refused_delete(
    demo_window: Any, demo_db: Database, message_log: Any, monkeypatch: pytest.MonkeyPatch
) -> None:
    from cnam_desktop.domain.sites import SiteData, SiteFilter
    from cnam_desktop.ui.dialogs import site_dialog

    view = show(demo_window, "sites")
    service = SiteService(demo_db)
    before = live_count(demo_db, m.Site)
    typed = SiteData(name="Cnam Langres", town="Langres", department="52")
    monkeypatch.setattr(site_dialog.SiteDialog, "edit", classmethod(lambda cls, *a: typed))
    site_id = view.new_site()
    assert live_count(demo_db, m.Site) == before + 1
    demo_window.undo_action.trigger()
    assert live_count(demo_db, m.Site) == before
    demo_window.redo_action.trigger()
    assert view.current_site_id() == site_id

    assert view.delete_site()  # a new site uses nothing
    demo_window.undo_action.trigger()
    assert service.get(site_id).name == "Cnam Langres"

    chaumont = service.list_ids(SiteFilter(text="Chaumont"))[0]
    view.select_site(chaumont)
    assert not view.delete_site()
    assert "ouverture" in message_log.of_kind("error")[-1].text
    assert service.get(chaumont).name == "Cnam Chaumont"


def test_sectors_filter_on_their_rows_and_read_again_after_a_change(
    demo_window: Any, demo_db: Database
) -> None:
    """Typing re-reads nothing; a change made elsewhere shows once the list refreshes."""
    from cnam_desktop.domain.catalogue import SectorData
    from cnam_desktop.services.catalogue import CatalogueService

    sectors = show(demo_window, "catalogue").sectors_page
    calls: list[int] = []
    service = sectors.service
    original = service.sectors

    def counting() -> Any:
        calls.append(1)
        return original()

    service.sectors = counting  # type: ignore[method-assign]
    sectors.ui.searchEdit.setText("num")
    sectors.apply_filters()
    sectors.ui.searchEdit.setText("")
    sectors.apply_filters()
    assert calls == []  # the rows read when the list opened serve every filter
    CatalogueService(demo_db).create_sector(SectorData(code="ESSAI", name="Filière d'essai"))
    sectors.refresh()
    assert len(calls) == 1
    names = [sectors.model.record(r).name for r in range(sectors.model.rowCount())]
    assert "Filière d'essai" in names


def test_needs_totals_follow_the_site_and_a_change_of_data(
    demo_window: Any, demo_db: Database
) -> None:
    """The totals line: region or site, the figure read again once a need is deleted."""
    from cnam_desktop.domain.formatting import euros
    from cnam_desktop.services.equipment import EquipmentService

    needs = show(demo_window, "equipment").needs_page
    service = EquipmentService(demo_db)
    region = service.region_totals().totals.total
    assert needs.totals.text().startswith(f"Région — total {euros(region)} (")
    record_id = needs.model.record_id(0)
    site_id = needs.model.record(0).site_id
    needs.site_filter.setCurrentIndex(needs.site_filter.findData(site_id))
    before = service.site_totals(site_id).totals.total
    assert f"total {euros(before)} (" in needs.totals.text()
    needs.ui.searchEdit.setText("zzz")  # a filter that changes no total
    needs.apply_filters()
    assert f"total {euros(before)} (" in needs.totals.text()
    needs.ui.searchEdit.setText("")
    needs.apply_filters()
    assert needs.select(record_id)
    assert needs.delete_selected()  # confirmed by the recorder
    after = service.site_totals(site_id).totals.total
    assert after < before
    assert f"total {euros(after)} (" in needs.totals.text()
