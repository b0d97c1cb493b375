"""Every list screen does the same things the same way: create, undo, redo, delete, undo.

Each list gets a record made from one of its demo records, changed where a unique
field would clash; the page's dialog is replaced by a function returning it (dialogs
are tested in their own files). The counts come from the page's model, which reads
the database again after each step.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import replace
from typing import Any

import pytest
from PySide6.QtCore import Qt

from cnam_desktop.db.engine import Database
from cnam_desktop.ui.areas import AREAS


def _course(edit: Any) -> Any:
    course, equipment = edit
    return replace(course, cnam_code="ZZ9999", title="Parcours d'essai"), equipment


# (area key, page attribute or None for the area itself, how to make a new record)
CASES: list[tuple[str, str | None, Callable[[Any], Any]]] = [
    ("premises", "premises_page", lambda d: replace(d, name=f"{d.name} (annexe)")),
    ("premises", "rooms_page", lambda d: replace(d, name=f"{d.name} bis")),
    ("equipment", "types_page", lambda d: replace(d, label=f"{d.label} (essai)")),
    ("equipment", "items_page", lambda d: replace(d, quantity=d.quantity + 1)),
    ("equipment", "needs_page", lambda d: replace(d, quantity=d.quantity + 1)),
    ("catalogue", "courses_page", _course),
    ("catalogue", "sectors_page", lambda d: replace(d, code="ESSAI", name="Filière d'essai")),
    ("trainers", None, lambda d: replace(d, last_name="Essai", email="essai@exemple.fr")),
    ("planning", "closures_page", lambda d: replace(d, label="Fermeture d'essai")),
    ("planning", "offerings_page", lambda d: replace(d, period_label="Session d'essai")),
]


@pytest.mark.parametrize(
    ("key", "attribute", "make"), CASES, ids=[f"{k}-{a or 'page'}" for k, a, _ in CASES]
)
def test_create_undo_redo_delete_undo(
    demo_window: Any,
    message_log: Any,
    monkeypatch: pytest.MonkeyPatch,
    key: str,
    attribute: str | None,
    make: Callable[[Any], Any],
) -> None:
    demo_window.show_area(next(i for i, a in enumerate(AREAS) if a.key == key))
    area = demo_window.page(key)
    page = getattr(area, attribute) if attribute else area
    if hasattr(area, "tabs"):
        area.tabs.setCurrentWidget(page)
    model = page.model
    count = model.rowCount()
    assert count > 0
    template = page.operations.get(model.record_id(0))
    new_data = make(template)
    monkeypatch.setattr(page, "open_editor", lambda data: new_data if data is None else data)

    new_id = page.new_record()
    assert new_id is not None, [c.text for c in message_log.calls]
    assert model.rowCount() == count + 1
    assert page.current_id() == new_id
    assert page.operations.get(new_id) == new_data

    demo_window.undo_action.trigger()
    assert model.rowCount() == count
    demo_window.redo_action.trigger()
    assert model.rowCount() == count + 1

    page.select(new_id)
    assert page.delete_selected(), [c.text for c in message_log.calls]
    assert model.rowCount() == count
    demo_window.undo_action.trigger()
    assert model.rowCount() == count + 1
    assert page.operations.get(new_id) == new_data
    assert not message_log.of_kind("error")


def test_edit_menu_acts_on_the_list_shown(
    demo_window: Any, message_log: Any, monkeypatch: pytest.MonkeyPatch
) -> None:
    ui = demo_window.ui
    demo_window.show_area(next(i for i, a in enumerate(AREAS) if a.key == "premises"))
    area = demo_window.page("premises")
    area.tabs.setCurrentWidget(area.rooms_page)
    rooms = area.rooms_page
    assert ui.actionNewSite.text() == "&Nouvelle salle…"
    assert ui.actionNewSite.isEnabled()
    assert not ui.actionEditSite.isEnabled() and not ui.actionDeleteSite.isEnabled()

    rooms.select(rooms.model.record_id(0))
    assert ui.actionEditSite.isEnabled() and ui.actionDeleteSite.isEnabled()
    edited: list[Any] = []
    monkeypatch.setattr(rooms, "open_editor", lambda data: edited.append(data))
    ui.actionEditSite.trigger()
    assert edited and edited[0] == rooms.operations.get(rooms.model.record_id(0))

    area.tabs.setCurrentWidget(area.premises_page)
    assert ui.actionNewSite.text() == "&Nouveaux locaux…"
    demo_window.show_area(next(i for i, a in enumerate(AREAS) if a.key == "sites"))
    assert ui.actionNewSite.text() == "&Nouveau site…"


def test_a_room_opens_its_equipment(demo_window: Any, demo_db: Database) -> None:
    from sqlalchemy import func, select

    from cnam_desktop.db import models as m

    with demo_db.reader() as s:
        room_id, count = s.execute(
            select(m.EquipmentItem.room_id, func.count())
            .where(m.EquipmentItem.room_id.is_not(None), m.EquipmentItem.deleted_at.is_(None))
            .group_by(m.EquipmentItem.room_id)
            .order_by(func.count().desc())
        ).first()
    demo_window.show_area(next(i for i, a in enumerate(AREAS) if a.key == "premises"))
    rooms = demo_window.page("premises").rooms_page
    assert rooms.select(room_id)
    rooms.show_equipment()
    assert demo_window.current_area().key == "equipment"
    items = demo_window.page("equipment").items_page
    assert items.room_filter.currentData() == room_id
    shown = [items.model.record(r) for r in range(items.model.rowCount())]
    assert len(shown) == count and all(r.room_id == room_id for r in shown)


PAGES = [(key, attribute) for key, attribute, _make in CASES]


@pytest.mark.parametrize(("key", "attribute"), PAGES, ids=[f"{k}-{a or 'page'}" for k, a in PAGES])
def test_each_page_opens_its_real_dialog_filled_in(
    demo_window: Any, key: str, attribute: str | None
) -> None:
    """The page hands its dialog the right choices: OK on an existing record changes nothing."""
    from tests.ui.conftest import drive_modal

    demo_window.show_area(next(i for i, a in enumerate(AREAS) if a.key == key))
    area = demo_window.page(key)
    page = getattr(area, attribute) if attribute else area
    existing = page.operations.get(page.model.record_id(0))
    titles: list[str] = []

    def accept(dialog: Any) -> None:
        titles.append(dialog.windowTitle())
        dialog.accept()

    driver = drive_modal(accept)
    assert page.open_editor(existing) == existing
    driver.check()

    def cancel(dialog: Any) -> None:
        titles.append(dialog.windowTitle())
        dialog.reject()

    driver = drive_modal(cancel)
    assert page.open_editor(None) is None
    driver.check()
    assert titles[0].startswith("Modifier") and titles[1].startswith("Nouve")


@pytest.mark.parametrize(("key", "attribute"), PAGES, ids=[f"{k}-{a or 'page'}" for k, a in PAGES])
def test_sortable_columns_sort_by_their_values(
    demo_window: Any, key: str, attribute: str | None
) -> None:
    """Each sortable column orders the rows by its typed value, both ways."""
    from cnam_desktop.ui.models.id_table_model import VALUE_ROLE

    demo_window.show_area(next(i for i, a in enumerate(AREAS) if a.key == key))
    area = demo_window.page(key)
    page = getattr(area, attribute) if attribute else area
    model = page.model
    for index, column in enumerate(model.columns):
        if column.sort_key is None or column.value is None:
            continue  # text columns follow the French collation, checked elsewhere
        for order in (Qt.SortOrder.AscendingOrder, Qt.SortOrder.DescendingOrder):
            model.sort(index, order)
            values = [
                model.data(model.index(r, index), VALUE_ROLE) for r in range(model.rowCount())
            ]
            present = [v for v in values if v is not None]
            expected = sorted(present, reverse=order == Qt.SortOrder.DescendingOrder)
            assert present == expected, (column.title, order)


def test_every_column_of_every_list_sorts(demo_window: Any) -> None:
    for key, attribute in [*PAGES, ("planning", "sessions_page")]:
        demo_window.show_area(next(i for i, a in enumerate(AREAS) if a.key == key))
        area = demo_window.page(key)
        page = getattr(area, attribute) if attribute else area
        unsortable = [c.title for c in page.model.columns if c.sort_key is None]
        assert unsortable == [], (key, attribute)


def test_an_unsortable_column_says_so(demo_window: Any, monkeypatch: pytest.MonkeyPatch) -> None:
    from dataclasses import replace as replace_column

    demo_window.show_area(next(i for i, a in enumerate(AREAS) if a.key == "trainers"))
    trainers = demo_window.page("trainers")
    columns = list(trainers.model.columns)
    sectors = next(i for i, c in enumerate(columns) if c.title == "Filières")
    columns[sectors] = replace_column(columns[sectors], sort_key=None)
    monkeypatch.setattr(trainers.model, "columns", tuple(columns))
    before = list(trainers.model.ids)
    trainers.ui.table.horizontalHeader().sectionClicked.emit(sectors)
    assert list(trainers.model.ids) == before
    assert "ne peut pas être triée" in demo_window.statusBar().currentMessage()
