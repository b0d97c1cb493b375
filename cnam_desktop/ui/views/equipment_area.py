"""Équipements: the types catalogue with unit costs, the inventory, and the needs with totals."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import Signal
from PySide6.QtGui import QUndoStack
from PySide6.QtWidgets import QLabel, QTabWidget, QVBoxLayout, QWidget

from cnam_desktop.domain.equipment import EquipmentTypeFilter
from cnam_desktop.services.equipment import EquipmentService
from cnam_desktop.ui.views.choices import site_choices
from cnam_desktop.ui.views.equipment_lists import ItemsPage, TypesPage
from cnam_desktop.ui.views.list_page import ListPage
from cnam_desktop.ui.views.needs_page import NeedsPage


class EquipmentArea(QWidget):
    """The « Équipements » area: types, inventory and needs."""

    statusMessage = Signal(str)
    changed = Signal()

    def __init__(self, parent: QWidget | None, undo_stack: QUndoStack) -> None:
        super().__init__(parent)
        self.service: EquipmentService | None = None
        self.database: Any = None
        self.sites: list[tuple[str, str]] = []
        layout = QVBoxLayout(self)
        title = QLabel("Équipements", self)
        title.setStyleSheet("font-size: 15pt; font-weight: bold;")
        layout.addWidget(title)
        self.tabs = QTabWidget(self)
        self.types_page = TypesPage(self, undo_stack)
        self.items_page = ItemsPage(self, undo_stack)
        self.needs_page = NeedsPage(self, undo_stack)
        self.items_page.area = self.needs_page.area = self
        self.tabs.addTab(self.needs_page, "&Besoins")
        self.tabs.addTab(self.items_page, "&Inventaire")
        self.tabs.addTab(self.types_page, "&Types de matériel")
        layout.addWidget(self.tabs)
        for page in (self.types_page, self.items_page, self.needs_page):
            page.statusMessage.connect(self.statusMessage)
            page.changed.connect(self._page_changed)

    def apply_hint(self, hint: dict[str, Any]) -> None:
        """{"view": "needs" | "items" | "types", then that list's filters}."""
        pages: dict[str, ListPage[Any, Any]] = {
            "needs": self.needs_page,
            "items": self.items_page,
            "types": self.types_page,
        }
        page = pages.get(hint.get("view", "needs"), self.needs_page)
        self.tabs.setCurrentWidget(page)
        page.apply_hint(hint)

    def _page_changed(self) -> None:
        for page in (self.types_page, self.items_page, self.needs_page):
            page.refresh()
        self.needs_page.show_totals()
        self.changed.emit()

    def set_workspace(self, workspace: Any) -> None:
        if workspace is None:
            self.service, self.database, self.sites = None, None, []
        else:
            self.database = workspace.database
            self.service = EquipmentService(workspace.database)
            self.sites = site_choices(workspace.database)
        self.types_page.bind(self.service)
        self.items_page.bind(self.service, self.sites)
        self.needs_page.bind(self.service, self.sites)

    # --- choices for the dialogs -------------------------------------------------------

    def type_choices(self) -> list[tuple[str, str]]:
        return [(i, label) for i, label, _cost in self.type_choices_with_cost()]

    def type_choices_with_cost(self) -> list[tuple[str, str, Any]]:
        if self.service is None:
            return []
        ids = self.service.list_type_ids(EquipmentTypeFilter(), "label")
        rows = self.service.type_rows(ids)
        return [(i, rows[i].label, rows[i].unit_cost) for i in ids if i in rows]

    def room_choices(self, site_id: str | None = None) -> list[tuple[str, str, str]]:
        """(room id, site id, « Locaux — Salle »): every room, or the rooms of `site_id`."""
        if self.database is None:
            return []
        from cnam_desktop.services.premises import PremisesService

        rooms = PremisesService(self.database).room_choices(site_id)
        return [(i, site, f"{premises} — {name}") for i, site, premises, name in rooms]

    def offering_choices(self) -> list[tuple[str, str, str]]:
        """(offering id, site id, label) of live offerings."""
        return self.service.offering_choices() if self.service else []

    def funders(self) -> list[tuple[str, str]]:
        return self.service.funder_choices() if self.service else []
