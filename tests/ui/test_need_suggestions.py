"""« Calculer les besoins »: the needs the planned offerings create, on the demo network.

The button compares a site's planned offerings with its usable inventory, asks, then
creates the missing needs in one transaction and one undo step.
"""

from __future__ import annotations

from typing import Any

import pytest
from PySide6.QtCore import Qt
from sqlalchemy import func, select

from cnam_desktop.db import models as m
from cnam_desktop.db.engine import Database
from cnam_desktop.domain.equipment import OPEN_NEED_STATUSES, EquipmentNeedFilter
from cnam_desktop.services.equipment import EquipmentService
from cnam_desktop.ui.areas import AREAS


def needs_page(window: Any) -> Any:
    window.show_area(next(i for i, a in enumerate(AREAS) if a.key == "equipment"))
    return window.page("equipment").needs_page


def live_needs(db: Database, site_id: str) -> int:
    with db.reader() as s:
        query = (
            select(func.count())
            .select_from(m.EquipmentNeed)
            .where(m.EquipmentNeed.deleted_at.is_(None), m.EquipmentNeed.site_id == site_id)
        )
        return s.scalar(query) or 0


def site_ids(db: Database) -> list[str]:
    with db.reader() as s:
        return list(s.scalars(select(m.Site.id).where(m.Site.deleted_at.is_(None))))


def choose_site(page: Any, site_id: str) -> str:
    combo = page.site_filter
    combo.setCurrentIndex(combo.findData(site_id))
    return combo.currentText()


def to_order(service: EquipmentService, site_id: str) -> int:
    """How much the suggestions ask for beyond the site's open needs (largest per type)."""
    largest: dict[str, int] = {}
    for suggestion in service.suggest_needs(site_id):
        largest[suggestion.type_id] = max(largest.get(suggestion.type_id, 0), suggestion.quantity)
    rows = service.need_rows(service.list_need_ids(EquipmentNeedFilter(site_id=site_id)))
    asked: dict[str, int] = {}
    for row in rows.values():
        if row.status in OPEN_NEED_STATUSES:
            asked[row.type_id] = asked.get(row.type_id, 0) + row.quantity
    return sum(max(0, q - asked.get(t, 0)) for t, q in largest.items())


@pytest.fixture
def site_with_suggestions(demo_db: Database) -> str:
    """A demo site whose planned offerings lack equipment no open need asks for yet.

    The demo already asks for what its offerings lack: the open needs of the
    suggested types are deleted first (through the service), so there is work to do.
    """
    service = EquipmentService(demo_db)
    site_id = next((i for i in site_ids(demo_db) if service.suggest_needs(i)), None)
    assert site_id is not None, "the demo network has no site lacking equipment"
    suggested = {s.type_id for s in service.suggest_needs(site_id)}
    rows = service.need_rows(service.list_need_ids(EquipmentNeedFilter(site_id=site_id)))
    for row in rows.values():
        if row.type_id in suggested and row.status in OPEN_NEED_STATUSES:
            service.delete_need(row.id)
    assert to_order(service, site_id) > 0
    return site_id


def test_button_needs_one_site(demo_window: Any, site_with_suggestions: str) -> None:
    page = needs_page(demo_window)
    page.site_filter.setCurrentIndex(0)
    assert not page.suggest_button.isEnabled()
    assert "Choisissez un site" in page.suggest_button.toolTip()
    choose_site(page, site_with_suggestions)
    assert page.suggest_button.isEnabled()
    assert "Choisissez" not in page.suggest_button.toolTip()


def test_create_undo_redo(
    demo_window: Any, demo_db: Database, site_with_suggestions: str, message_log: Any, qtbot: Any
) -> None:
    page = needs_page(demo_window)
    site = choose_site(page, site_with_suggestions)
    before_rows = page.model.rowCount()
    before_db = live_needs(demo_db, site_with_suggestions)
    totals_before = page.totals.text()
    changed: list[bool] = []
    page.changed.connect(lambda: changed.append(True))

    qtbot.mouseClick(page.suggest_button, Qt.MouseButton.LeftButton)

    (question,) = message_log.of_kind("confirm")
    assert site in question.text
    assert "à commander" in question.text and "Coût estimé" in question.text
    created = live_needs(demo_db, site_with_suggestions) - before_db
    assert created > 0
    assert page.model.rowCount() == before_rows + created
    assert page.totals.text() != totals_before
    assert changed
    stack = demo_window.undo_action
    assert stack.isEnabled()

    stack.trigger()  # one step removes every need created
    assert live_needs(demo_db, site_with_suggestions) == before_db
    assert page.model.rowCount() == before_rows
    assert page.totals.text() == totals_before

    demo_window.redo_action.trigger()
    assert live_needs(demo_db, site_with_suggestions) == before_db + created
    assert page.model.rowCount() == before_rows + created

    # The open needs now cover the suggestions: nothing more to create.
    message_log.calls.clear()
    assert page.compute_needs() == []
    assert not message_log.of_kind("confirm")
    (note,) = message_log.of_kind("info")
    assert "Aucun besoin supplémentaire" in note.text
    assert live_needs(demo_db, site_with_suggestions) == before_db + created


def test_refused_confirmation_writes_nothing(
    demo_window: Any, demo_db: Database, site_with_suggestions: str, message_log: Any
) -> None:
    page = needs_page(demo_window)
    choose_site(page, site_with_suggestions)
    before = live_needs(demo_db, site_with_suggestions)
    rows = page.model.rowCount()
    message_log.confirm_answer = False
    page.suggest_button.click()
    assert len(message_log.of_kind("confirm")) == 1
    assert live_needs(demo_db, site_with_suggestions) == before
    assert page.model.rowCount() == rows
    assert not demo_window.undo_action.isEnabled()


def test_site_without_suggestions_says_so(
    demo_window: Any, demo_db: Database, message_log: Any
) -> None:
    service = EquipmentService(demo_db)
    site_id = next(i for i in site_ids(demo_db) if not service.suggest_needs(i))
    page = needs_page(demo_window)
    site = choose_site(page, site_id)
    before = live_needs(demo_db, site_id)
    page.suggest_button.click()
    assert not message_log.of_kind("confirm")
    (note,) = message_log.of_kind("info")
    assert note.text == (
        f"Aucun besoin supplémentaire : l'inventaire de {site} couvre les formations prévues."
    )
    assert live_needs(demo_db, site_id) == before


def test_site_whose_open_needs_already_cover_it(
    demo_window: Any, demo_db: Database, message_log: Any
) -> None:
    service = EquipmentService(demo_db)
    covered = [
        i for i in site_ids(demo_db) if service.suggest_needs(i) and not to_order(service, i)
    ]
    assert covered, "the demo's open needs no longer cover its suggestions"
    page = needs_page(demo_window)
    site = choose_site(page, covered[0])
    before = live_needs(demo_db, covered[0])
    page.suggest_button.click()
    assert not message_log.of_kind("confirm")
    (note,) = message_log.of_kind("info")
    assert note.text.startswith("Aucun besoin supplémentaire") and site in note.text
    assert live_needs(demo_db, covered[0]) == before
