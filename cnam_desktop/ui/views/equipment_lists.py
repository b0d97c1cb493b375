"""Équipements → Types de matériel and Inventaire."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from PySide6.QtGui import QUndoStack
from PySide6.QtWidgets import QWidget

from cnam_desktop.domain.enums import EquipmentCondition
from cnam_desktop.domain.equipment import (
    EquipmentItemData,
    EquipmentItemFilter,
    EquipmentItemRow,
    EquipmentTypeData,
    EquipmentTypeFilter,
    EquipmentTypeRow,
)
from cnam_desktop.domain.formatting import euros
from cnam_desktop.services.equipment import EquipmentService
from cnam_desktop.ui.edit_conflicts import database_of
from cnam_desktop.ui.models.id_table_model import CENTER, RIGHT, Column, ListSource
from cnam_desktop.ui.views.choices import enum_choices, fill_combo, filter_combo
from cnam_desktop.ui.views.list_page import ListPage, Nouns, Operations

if TYPE_CHECKING:
    from cnam_desktop.ui.views.equipment_area import EquipmentArea


TYPE_COLUMNS: tuple[Column[EquipmentTypeRow], ...] = (
    Column("Matériel", lambda r: r.label, 260, "label"),
    Column("Catégorie", lambda r: r.category, 160, "category"),
    Column(
        "Coût unitaire",
        lambda r: euros(r.unit_cost),
        110,
        "unit_cost",
        RIGHT,
        value=lambda r: r.unit_cost,
    ),
    Column(
        "En inventaire",
        lambda r: str(r.item_quantity),
        100,
        "item_quantity",
        RIGHT,
        "Quantité dans l'inventaire de tous les sites",
        value=lambda r: r.item_quantity,
    ),
    Column(
        "Besoins",
        lambda r: str(r.need_count),
        70,
        "need_count",
        RIGHT,
        value=lambda r: r.need_count,
    ),
)

ITEM_COLUMNS: tuple[Column[EquipmentItemRow], ...] = (
    Column("Site", lambda r: r.site_name, 170, "site"),
    Column("Salle", lambda r: r.room_name or "Stock du site", 160, "room"),
    Column("Matériel", lambda r: r.type_label, 230, "type"),
    Column("Catégorie", lambda r: r.category, 130, "category"),
    Column(
        "Quantité", lambda r: str(r.quantity), 70, "quantity", RIGHT, value=lambda r: r.quantity
    ),
    Column("État", lambda r: r.condition.label, 100, "condition", CENTER),
    Column("Valeur", lambda r: euros(r.value), 100, "value", RIGHT, value=lambda r: r.value),
)


class TypesPage(ListPage[EquipmentTypeRow, EquipmentTypeData]):
    nouns = Nouns("type de matériel", "types de matériel", "le type", "&Nouveau type…")

    def __init__(self, parent: QWidget | None, undo_stack: QUndoStack) -> None:
        super().__init__(TYPE_COLUMNS, EquipmentTypeFilter(), parent, undo_stack)
        self.ui.searchEdit.setPlaceholderText("Rechercher : matériel, catégorie…")
        self.service: EquipmentService | None = None

    def build_filters(self) -> None:
        self.category_filter = filter_combo(self, "Filtrer par catégorie", [], "Toutes catégories")
        self.add_filter_widget(None, self.category_filter)
        self.category_filter.currentIndexChanged.connect(lambda _i: self.apply_filters())

    def current_filter(self, text: str) -> EquipmentTypeFilter:
        return EquipmentTypeFilter(
            text=text.strip() or None, category=self.category_filter.currentData()
        )

    def bind(self, service: EquipmentService | None) -> None:
        self.service = service
        if service is None:
            self.set_source(None, None)
            return
        fill_combo(
            self.category_filter, [(c, c) for c in service.categories()], "Toutes catégories"
        )
        self.set_source(
            ListSource(list_ids=service.list_type_ids, rows=service.type_rows),
            Operations(
                get=service.get_type,
                create=service.create_type,
                update=service.update_type,
                delete=service.delete_type,
                restore=service.restore_type,
                database=database_of(service),
            ),
        )

    def open_editor(self, data: EquipmentTypeData | None) -> EquipmentTypeData | None:
        from cnam_desktop.ui.dialogs.equipment_type_dialog import EquipmentTypeDialog

        categories = self.service.categories() if self.service else []
        return EquipmentTypeDialog.edit(self, data, categories)

    def describe(self, row: EquipmentTypeRow) -> str:
        return row.label


class ItemsPage(ListPage[EquipmentItemRow, EquipmentItemData]):
    nouns = Nouns("ligne d'inventaire", "lignes d'inventaire", "la ligne", "&Ajouter du matériel…")

    def __init__(self, parent: QWidget | None, undo_stack: QUndoStack) -> None:
        super().__init__(ITEM_COLUMNS, EquipmentItemFilter(), parent, undo_stack)
        self.ui.searchEdit.setPlaceholderText("Rechercher : matériel, salle, site…")
        self.area: EquipmentArea | None = None

    def build_filters(self) -> None:
        self.site_filter = filter_combo(self, "Filtrer par site", [], "Tous les sites")
        self.room_filter = filter_combo(self, "Filtrer par salle", [], "Toutes les salles")
        self.condition_filter = filter_combo(
            self, "Filtrer par état", enum_choices(EquipmentCondition), "Tous états"
        )
        for combo in (self.site_filter, self.room_filter, self.condition_filter):
            self.add_filter_widget(None, combo)
        self.site_filter.currentIndexChanged.connect(lambda _i: self._site_changed())
        for combo in (self.room_filter, self.condition_filter):
            combo.currentIndexChanged.connect(lambda _i: self.apply_filters())

    def _fill_rooms(self) -> None:
        """The room filter offers the rooms of the chosen site (none without a site)."""
        site_id = self.site_filter.currentData()
        rooms = self.area.room_choices(site_id) if self.area and site_id else []
        fill_combo(
            self.room_filter, [(rid, label) for rid, _sid, label in rooms], "Toutes les salles"
        )
        self.room_filter.setEnabled(bool(rooms))
        self.room_filter.setToolTip("" if site_id else "Choisissez d'abord un site")

    def _site_changed(self) -> None:
        self._fill_rooms()
        self.apply_filters()

    def current_filter(self, text: str) -> EquipmentItemFilter:
        return EquipmentItemFilter(
            site_id=self.site_filter.currentData(),
            room_id=self.room_filter.currentData(),
            condition=self.condition_filter.currentData(),
            text=text.strip() or None,
        )

    def hint_filters(self) -> dict[str, Any]:
        return {"site_id": self.site_filter, "condition": self.condition_filter}

    def apply_hint(self, hint: dict[str, Any]) -> None:
        """{"site_id": …, "room_id": …, "condition": …}: the room's equipment, say."""
        site = self.site_filter
        site.blockSignals(True)
        site.setCurrentIndex(max(0, site.findData(hint.get("site_id"))))
        site.blockSignals(False)
        self._fill_rooms()
        room = self.room_filter
        room.blockSignals(True)
        room.setCurrentIndex(max(0, room.findData(hint.get("room_id"))))
        room.blockSignals(False)
        super().apply_hint(hint)

    def bind(self, service: EquipmentService | None, sites: list[tuple[str, str]]) -> None:
        fill_combo(self.site_filter, sites, "Tous les sites")
        self._fill_rooms()
        if service is None:
            self.set_source(None, None)
            return
        self.set_source(
            ListSource(list_ids=service.list_item_ids, rows=service.item_rows),
            Operations(
                get=service.get_item,
                create=service.create_item,
                update=service.update_item,
                delete=service.delete_item,
                restore=service.restore_item,
                database=database_of(service),
            ),
        )

    def open_editor(self, data: EquipmentItemData | None) -> EquipmentItemData | None:
        from cnam_desktop.ui.dialogs.equipment_item_dialog import EquipmentItemDialog

        assert self.area is not None
        a = self.area
        return EquipmentItemDialog.edit(self, data, a.sites, a.room_choices(), a.type_choices())

    def describe(self, row: EquipmentItemRow) -> str:
        return f"{row.quantity} × {row.type_label} ({row.site_name})"
