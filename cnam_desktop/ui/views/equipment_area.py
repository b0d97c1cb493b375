"""Équipements: the types catalogue with unit costs, the inventory, and the needs with totals."""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from decimal import Decimal
from typing import Any

from PySide6.QtCore import Signal
from PySide6.QtGui import QUndoStack
from PySide6.QtWidgets import QLabel, QPushButton, QTabWidget, QVBoxLayout, QWidget

from cnam_desktop.domain.enums import EquipmentCondition, NeedStatus, Priority
from cnam_desktop.domain.equipment import (
    OPEN_NEED_STATUSES,
    EquipmentItemData,
    EquipmentItemFilter,
    EquipmentItemRow,
    EquipmentNeedData,
    EquipmentNeedFilter,
    EquipmentNeedRow,
    EquipmentTypeData,
    EquipmentTypeFilter,
    EquipmentTypeRow,
    NeedSuggestion,
)
from cnam_desktop.domain.formatting import euros, plural
from cnam_desktop.errors import UserFacingError
from cnam_desktop.services.equipment import EquipmentService
from cnam_desktop.ui import messages
from cnam_desktop.ui.models.id_table_model import CENTER, RIGHT, Column, ListSource
from cnam_desktop.ui.undo import CreateManyCommand
from cnam_desktop.ui.views.choices import enum_choices, fill_combo, filter_combo, site_choices
from cnam_desktop.ui.views.list_page import ListPage, Nouns, Operations

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
        None,
        RIGHT,
        "Quantité dans l'inventaire de tous les sites",
        value=lambda r: r.item_quantity,
    ),
    Column("Besoins", lambda r: str(r.need_count), 70, None, RIGHT, value=lambda r: r.need_count),
)

ITEM_COLUMNS: tuple[Column[EquipmentItemRow], ...] = (
    Column("Site", lambda r: r.site_name, 170, "site"),
    Column("Salle", lambda r: r.room_name or "Stock du site", 160, "room"),
    Column("Matériel", lambda r: r.type_label, 230, "type"),
    Column("Catégorie", lambda r: r.category, 130, None),
    Column(
        "Quantité", lambda r: str(r.quantity), 70, "quantity", RIGHT, value=lambda r: r.quantity
    ),
    Column("État", lambda r: r.condition.label, 100, "condition", CENTER),
    Column("Valeur", lambda r: euros(r.value), 100, None, RIGHT, value=lambda r: r.value),
)

NEED_COLUMNS: tuple[Column[EquipmentNeedRow], ...] = (
    Column("Site", lambda r: r.site_name, 160, "site"),
    Column("Matériel", lambda r: r.type_label, 210, "type"),
    Column("Qté", lambda r: str(r.quantity), 50, "quantity", RIGHT, value=lambda r: r.quantity),
    Column(
        "Coût estimé",
        lambda r: euros(r.estimated_cost),
        110,
        "cost",
        RIGHT,
        "Quantité × coût unitaire, sauf montant saisi",
        value=lambda r: r.estimated_cost,
    ),
    Column("Priorité", lambda r: r.priority.label, 80, "priority", CENTER),
    Column("Statut", lambda r: r.status.label, 90, "status", CENTER),
    Column("Motif", lambda r: r.reason or r.offering_label or "", 240, None),
    Column("Financeur", lambda r: r.funder_name or "", 160, None),
)


@dataclass(frozen=True)
class PlannedNeed:
    """One type of equipment the site's planned offerings lack, as « Calculer » would order it."""

    type_label: str
    required: int
    available: int
    to_order: int
    estimated_cost: Decimal
    reasons: tuple[str, ...]


def planned_needs(
    suggestions: Sequence[NeedSuggestion],
    open_quantity: Mapping[str, int],
    unit_costs: Mapping[str, Decimal],
) -> list[PlannedNeed]:
    """The suggestions grouped by type, as `create_missing_needs` will create them.

    Suggestions of one type are alternatives (offerings share the inventory): the
    largest counts, less what the site's open needs of that type already ask for.
    """
    by_type: dict[str, list[NeedSuggestion]] = {}
    for suggestion in suggestions:
        by_type.setdefault(suggestion.type_id, []).append(suggestion)
    planned = []
    for type_id, group in by_type.items():
        largest = max(group, key=lambda x: x.quantity)
        to_order = max(0, largest.quantity - open_quantity.get(type_id, 0))
        cost = (to_order * unit_costs.get(type_id, Decimal("0"))).quantize(Decimal("0.01"))
        planned.append(
            PlannedNeed(
                type_label=largest.type_label,
                required=largest.required,
                available=largest.available,
                to_order=to_order,
                estimated_cost=cost,
                reasons=tuple(dict.fromkeys(s.reason for s in group)),
            )
        )
    planned.sort(key=lambda p: (-p.to_order, p.type_label))
    return planned


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
        """The room filter offers the rooms of the chosen site (all rooms without one)."""
        site_id = self.site_filter.currentData()
        rooms = self.area.room_choices() if self.area is not None else []
        fill_combo(
            self.room_filter,
            [(rid, label) for rid, sid, label in rooms if site_id in (None, sid)],
            "Toutes les salles",
        )

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
            ),
        )

    def open_editor(self, data: EquipmentItemData | None) -> EquipmentItemData | None:
        from cnam_desktop.ui.dialogs.equipment_item_dialog import EquipmentItemDialog

        assert self.area is not None
        a = self.area
        return EquipmentItemDialog.edit(self, data, a.sites, a.room_choices(), a.type_choices())

    def describe(self, row: EquipmentItemRow) -> str:
        return f"{row.quantity} × {row.type_label} ({row.site_name})"


class NeedsPage(ListPage[EquipmentNeedRow, EquipmentNeedData]):
    nouns = Nouns("besoin", "besoins", "le besoin", "&Nouveau besoin…")

    def __init__(self, parent: QWidget | None, undo_stack: QUndoStack) -> None:
        super().__init__(NEED_COLUMNS, EquipmentNeedFilter(), parent, undo_stack)
        self.ui.searchEdit.setPlaceholderText("Rechercher : matériel, motif, site…")
        self.area: EquipmentArea | None = None
        self.totals = QLabel(self)
        self.totals.setObjectName("needTotals")
        self.totals.setAccessibleName("Totaux des besoins")
        self.totals.setWordWrap(True)
        self.layout().addWidget(self.totals)
        self.suggest_button = QPushButton("&Calculer les besoins…", self)
        self.suggest_button.setObjectName("suggestNeedsButton")
        self.suggest_button.setAccessibleName("Calculer les besoins des formations prévues")
        actions = self.ui.actionLayout
        actions.insertWidget(actions.indexOf(self.ui.exportButton), self.suggest_button)
        self.suggest_button.clicked.connect(self.compute_needs)
        self._update_suggest_button()

    def build_filters(self) -> None:
        self.site_filter = filter_combo(self, "Filtrer par site", [], "Tous les sites")
        self.status_filter = filter_combo(
            self, "Filtrer par statut", enum_choices(NeedStatus), "Tous statuts"
        )
        self.priority_filter = filter_combo(
            self, "Filtrer par priorité", enum_choices(Priority), "Toutes priorités"
        )
        for combo in (self.site_filter, self.status_filter, self.priority_filter):
            self.add_filter_widget(None, combo)
            combo.currentIndexChanged.connect(lambda _i: self.apply_filters())

    def current_filter(self, text: str) -> EquipmentNeedFilter:
        return EquipmentNeedFilter(
            site_id=self.site_filter.currentData(),
            status=self.status_filter.currentData(),
            priority=self.priority_filter.currentData(),
            text=text.strip() or None,
        )

    def bind(self, service: EquipmentService | None, sites: list[tuple[str, str]]) -> None:
        fill_combo(self.site_filter, sites, "Tous les sites")
        if service is None:
            self.set_source(None, None)
            self.totals.clear()
            return
        self.set_source(
            ListSource(list_ids=service.list_need_ids, rows=service.need_rows),
            Operations(
                get=service.get_need,
                create=service.create_need,
                update=service.update_need,
                delete=service.delete_need,
                restore=service.restore_need,
            ),
        )
        self.show_totals()
        self._update_suggest_button()

    def hint_filters(self) -> dict[str, Any]:
        return {
            "site_id": self.site_filter,
            "status": self.status_filter,
            "priority": self.priority_filter,
        }

    def show_totals(self) -> None:
        area = self.area
        if area is None or area.service is None:
            return
        site_id = self.site_filter.currentData()
        totals = (
            area.service.site_totals(site_id).totals
            if site_id
            else area.service.region_totals().totals
        )
        scope = self.site_filter.currentText() if site_id else "Région"
        parts = " · ".join(f"{s.label} : {euros(totals.by_status.get(s, 0))}" for s in NeedStatus)
        self.totals.setText(f"<b>{scope} — total {euros(totals.total)}</b> ({parts})")

    def apply_filters(self) -> None:
        super().apply_filters()
        self.show_totals()
        self._update_suggest_button()

    # --- « Calculer les besoins » ------------------------------------------------------

    def _update_suggest_button(self) -> None:
        ready = self.area is not None and self.area.service is not None
        site_chosen = self.site_filter.currentData() is not None
        self.suggest_button.setEnabled(ready and site_chosen)
        self.suggest_button.setToolTip(
            "Comparer les formations prévues sur ce site avec son inventaire "
            "et créer les besoins manquants"
            if site_chosen
            else "Choisissez un site dans le filtre « Site » pour calculer ses besoins"
        )

    def _open_quantities(self, site_id: str) -> dict[str, int]:
        """Quantity per type of the site's needs not yet delivered (what is already asked)."""
        assert self.area is not None and self.area.service is not None
        service = self.area.service
        rows = service.need_rows(service.list_need_ids(EquipmentNeedFilter(site_id=site_id)))
        quantities: dict[str, int] = {}
        for row in rows.values():
            if row.status in OPEN_NEED_STATUSES:
                quantities[row.type_id] = quantities.get(row.type_id, 0) + row.quantity
        return quantities

    def compute_needs(self) -> list[str]:
        """Show what the chosen site's planned offerings lack; create those needs if asked.

        Returns the ids of the needs created (one undo step removes them all).
        """
        area = self.area
        site_id = self.site_filter.currentData()
        if area is None or area.service is None or site_id is None:
            return []
        service = area.service
        site = self.site_filter.currentText()
        try:
            suggestions = service.suggest_needs(site_id)
            open_quantity = self._open_quantities(site_id) if suggestions else {}
        except UserFacingError as exc:
            self._report_error(exc.message)
            return []
        title = "Calculer les besoins"
        if not suggestions:
            messages.info(
                self,
                title,
                f"Aucun besoin supplémentaire : l'inventaire de {site} "
                "couvre les formations prévues.",
            )
            return []
        costs = {i: cost for i, _label, cost in area.type_choices_with_cost()}
        planned = planned_needs(suggestions, open_quantity, costs)
        to_order = [p for p in planned if p.to_order]
        if not to_order:
            messages.info(
                self,
                title,
                f"Aucun besoin supplémentaire : les besoins en cours de {site} "
                "couvrent déjà le matériel qui manque aux formations prévues.",
            )
            return []
        if not messages.confirm(
            self,
            title,
            self._suggestions_text(site, planned),
            accept_label="Créer les besoins",
        ):
            return []
        try:
            created = service.create_missing_needs(site_id)
        except UserFacingError as exc:
            self._report_error(exc.message)
            return []
        if not created:
            return []
        ops = self.operations
        assert ops is not None
        self.undo_stack.push(
            CreateManyCommand(
                f"Calculer les besoins de {site}",
                created,
                ops.delete,
                ops.restore,
                self._report_error,
                self._after_change,
            )
        )
        self._after_change()
        self.statusMessage.emit(f"{plural(len(created), 'besoin')} créé(s) pour {site}.")
        return created

    @staticmethod
    def _suggestions_text(site: str, planned: Sequence[PlannedNeed]) -> str:
        lines = [f"Matériel qui manque aux formations prévues à {site} :", ""]
        covered = []
        for p in planned:
            if not p.to_order:
                covered.append(
                    f"• {p.type_label} : {p.required} requis, {p.available} disponible(s)"
                )
                continue
            asked = p.required - p.available - p.to_order
            also = f", {asked} déjà demandé(s)" if asked else ""
            lines.append(
                f"• {p.type_label} : {p.to_order} à commander{also} ({euros(p.estimated_cost)})"
            )
            lines.extend(f"      {reason}" for reason in p.reasons)
        if covered:
            lines += ["", "Déjà demandé par des besoins en cours :", *covered]
        count = sum(1 for p in planned if p.to_order)
        total = sum((p.estimated_cost for p in planned), Decimal("0.00"))
        lines += [
            "",
            f"Coût estimé : {euros(total)}",
            "",
            f"Créer {plural(count, 'besoin')} (statut « {NeedStatus.IDENTIFIED.label} ») ?",
            "Édition → Annuler (Ctrl+Z) les retire ensemble.",
        ]
        return "\n".join(lines)

    def open_editor(self, data: EquipmentNeedData | None) -> EquipmentNeedData | None:
        from cnam_desktop.ui.dialogs.equipment_need_dialog import EquipmentNeedDialog

        assert self.area is not None
        a = self.area
        return EquipmentNeedDialog.edit(
            self, data, a.sites, a.type_choices_with_cost(), a.offering_choices(), a.funders()
        )

    def describe(self, row: EquipmentNeedRow) -> str:
        return f"{row.quantity} × {row.type_label} ({row.site_name})"


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

    def room_choices(self) -> list[tuple[str, str, str]]:
        """(room id, site id, « Locaux — Salle »)."""
        if self.database is None:
            return []
        from cnam_desktop.domain.premises import RoomFilter
        from cnam_desktop.services.premises import PremisesService

        service = PremisesService(self.database)
        ids = service.list_room_ids(RoomFilter(), "site")
        rows = service.room_rows(ids)
        return [
            (i, rows[i].site_id, f"{rows[i].premises_name} — {rows[i].name}")
            for i in ids
            if i in rows
        ]

    def offering_choices(self) -> list[tuple[str, str, str]]:
        """(offering id, site id, label) of live offerings."""
        return self.service.offering_choices() if self.service else []

    def funders(self) -> list[tuple[str, str]]:
        return self.service.funder_choices() if self.service else []
