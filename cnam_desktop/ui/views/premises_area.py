"""Locaux et salles: the buildings of each site and their rooms, in two lists."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import Signal
from PySide6.QtGui import QUndoStack
from PySide6.QtWidgets import QLabel, QTabWidget, QVBoxLayout, QWidget

from cnam_desktop.domain.enums import RoomKind
from cnam_desktop.domain.formatting import euros, french_date, yes_no
from cnam_desktop.domain.premises import (
    PremisesData,
    PremisesFilter,
    PremisesRow,
    RoomData,
    RoomFilter,
    RoomRow,
)
from cnam_desktop.services.premises import PremisesService
from cnam_desktop.ui.edit_conflicts import database_of
from cnam_desktop.ui.models.id_table_model import CENTER, RIGHT, Column, ListSource
from cnam_desktop.ui.views.choices import (
    enum_choices,
    fill_combo,
    filter_combo,
    site_choices,
    yes_no_choices,
)
from cnam_desktop.ui.views.list_page import ListPage, Nouns, Operations

PREMISES_COLUMNS: tuple[Column[PremisesRow], ...] = (
    Column("Site", lambda r: r.site_name, 180, "site"),
    Column("Locaux", lambda r: r.name, 190, "name"),
    Column("Adresse", lambda r: r.address or "", 220, "address"),
    Column("Propriétaire / mise à disposition", lambda r: r.owner or "", 200, "owner"),
    Column(
        "Convention jusqu'au",
        lambda r: french_date(r.agreement_end),
        120,
        "agreement_end",
        CENTER,
        value=lambda r: r.agreement_end,
    ),
    Column(
        "Coût annuel",
        lambda r: euros(r.yearly_cost),
        110,
        "yearly_cost",
        RIGHT,
        value=lambda r: r.yearly_cost,
    ),
    Column("Accès de plain-pied", lambda r: yes_no(r.step_free), 120, "step_free", CENTER),
    Column(
        "Salles", lambda r: str(r.room_count), 60, "room_count", RIGHT, value=lambda r: r.room_count
    ),
    Column("Places", lambda r: str(r.capacity), 60, "capacity", RIGHT, value=lambda r: r.capacity),
)

ROOM_COLUMNS: tuple[Column[RoomRow], ...] = (
    Column("Site", lambda r: r.site_name, 170, "site"),
    Column("Locaux", lambda r: r.premises_name, 160, "premises"),
    Column("Salle", lambda r: r.name, 170, "name"),
    Column("Type", lambda r: r.kind.label, 160, "kind"),
    Column(
        "Capacité", lambda r: str(r.capacity), 70, "capacity", RIGHT, value=lambda r: r.capacity
    ),
    Column("Accessible", lambda r: yes_no(r.accessible), 80, "accessible", CENTER),
    Column("Horaires d'ouverture", lambda r: r.opening_hours or "", 180, "opening_hours"),
    Column(
        "Équipements",
        lambda r: str(r.equipment_count),
        90,
        "equipment_count",
        RIGHT,
        value=lambda r: r.equipment_count,
    ),
    Column(
        "Séances",
        lambda r: str(r.session_count),
        70,
        "session_count",
        RIGHT,
        value=lambda r: r.session_count,
    ),
)


class PremisesPage(ListPage[PremisesRow, PremisesData]):
    nouns = Nouns("locaux", "locaux", "les locaux", "&Nouveaux locaux…")

    def __init__(self, parent: QWidget | None, undo_stack: QUndoStack) -> None:
        super().__init__(PREMISES_COLUMNS, PremisesFilter(), parent, undo_stack)
        self.ui.searchEdit.setPlaceholderText("Rechercher : nom, adresse, propriétaire…")
        self.service: PremisesService | None = None
        self.sites: list[tuple[str, str]] = []

    def build_filters(self) -> None:
        self.site_filter = filter_combo(self, "Filtrer par site", [], "Tous les sites")
        self.access_filter = filter_combo(
            self,
            "Filtrer par accès",
            yes_no_choices("De plain-pied", "Avec marches"),
            "Tous les accès",
        )
        for combo in (self.site_filter, self.access_filter):
            self.add_filter_widget(None, combo)
            combo.currentIndexChanged.connect(lambda _i: self.apply_filters())

    def current_filter(self, text: str) -> PremisesFilter:
        return PremisesFilter(
            site_id=self.site_filter.currentData(),
            text=text.strip() or None,
            step_free=self.access_filter.currentData(),
        )

    def bind(self, service: PremisesService | None, sites: list[tuple[str, str]]) -> None:
        self.service, self.sites = service, sites
        fill_combo(self.site_filter, sites, "Tous les sites")
        if service is None:
            self.set_source(None, None)
            return
        self.set_source(
            ListSource(list_ids=service.list_premises_ids, rows=service.premises_rows),
            Operations(
                get=service.get_premises,
                create=service.create_premises,
                update=service.update_premises,
                delete=service.delete_premises,
                restore=service.restore_premises,
                database=database_of(service),
            ),
        )

    def open_editor(self, data: PremisesData | None) -> PremisesData | None:
        from cnam_desktop.ui.dialogs.premises_dialog import PremisesDialog

        return PremisesDialog.edit(self, data, self.sites)

    def describe(self, row: PremisesRow) -> str:
        return f"{row.name} ({row.site_name})"


class RoomsPage(ListPage[RoomRow, RoomData]):
    nouns = Nouns("salle", "salles", "la salle", "&Nouvelle salle…")
    openRequested = Signal(str, object)
    """(area key, filter hint): « Voir l'équipement de la salle »."""

    def __init__(self, parent: QWidget | None, undo_stack: QUndoStack) -> None:
        super().__init__(ROOM_COLUMNS, RoomFilter(), parent, undo_stack)
        self.ui.searchEdit.setPlaceholderText("Rechercher : salle, locaux, site…")
        self.service: PremisesService | None = None

    def build_filters(self) -> None:
        self.site_filter = filter_combo(self, "Filtrer par site", [], "Tous les sites")
        self.kind_filter = filter_combo(
            self, "Filtrer par type de salle", enum_choices(RoomKind), "Tous les types"
        )
        self.access_filter = filter_combo(
            self,
            "Filtrer par accessibilité",
            yes_no_choices("Accessibles", "Non accessibles"),
            "Toutes",
        )
        for combo in (self.site_filter, self.kind_filter, self.access_filter):
            self.add_filter_widget(None, combo)
            combo.currentIndexChanged.connect(lambda _i: self.apply_filters())

    def current_filter(self, text: str) -> RoomFilter:
        return RoomFilter(
            site_id=self.site_filter.currentData(),
            text=text.strip() or None,
            kind=self.kind_filter.currentData(),
            accessible=self.access_filter.currentData(),
        )

    def bind(self, service: PremisesService | None, sites: list[tuple[str, str]]) -> None:
        self.service = service
        fill_combo(self.site_filter, sites, "Tous les sites")
        if service is None:
            self.set_source(None, None)
            return
        self.set_source(
            ListSource(list_ids=service.list_room_ids, rows=service.room_rows),
            Operations(
                get=service.get_room,
                create=service.create_room,
                update=service.update_room,
                delete=service.delete_room,
                restore=service.restore_room,
                database=database_of(service),
            ),
        )

    def hint_filters(self) -> dict[str, Any]:
        return {
            "site_id": self.site_filter,
            "kind": self.kind_filter,
            "accessible": self.access_filter,
        }

    def extra_actions(self) -> list[tuple[str, Any, bool]]:
        return [
            ("Voir l'é&quipement de la salle", self.show_equipment, self.current_id() is not None)
        ]

    def show_equipment(self) -> None:
        """Open Équipements → Inventaire on the selected room."""
        room_id = self.current_id()
        row_index = self.model.row_of(room_id) if room_id else None
        row = self.model.record(row_index) if row_index is not None else None
        if row is not None:
            self.openRequested.emit(
                "equipment", {"view": "items", "site_id": row.site_id, "room_id": row.id}
            )

    def premises_choices(self) -> list[tuple[str, str]]:
        """(id, « Site — Locaux ») of every live premises."""
        if self.service is None:
            return []
        ids = self.service.list_premises_ids(PremisesFilter(), "site")
        rows = self.service.premises_rows(ids)
        return [(i, f"{rows[i].site_name} — {rows[i].name}") for i in ids if i in rows]

    def open_editor(self, data: RoomData | None) -> RoomData | None:
        from cnam_desktop.ui.dialogs.room_dialog import RoomDialog

        return RoomDialog.edit(self, data, self.premises_choices())

    def describe(self, row: RoomRow) -> str:
        return f"{row.name} ({row.site_name})"


class PremisesArea(QWidget):
    """The « Locaux et salles » area: two tabs sharing one service."""

    statusMessage = Signal(str)
    changed = Signal()
    openRequested = Signal(str, object)

    def __init__(self, parent: QWidget | None, undo_stack: QUndoStack) -> None:
        super().__init__(parent)
        layout = QVBoxLayout(self)
        title = QLabel("Locaux et salles", self)
        title.setStyleSheet("font-size: 15pt; font-weight: bold;")
        layout.addWidget(title)
        self.tabs = QTabWidget(self)
        self.premises_page = PremisesPage(self, undo_stack)
        self.rooms_page = RoomsPage(self, undo_stack)
        self.tabs.addTab(self.premises_page, "&Locaux")
        self.tabs.addTab(self.rooms_page, "&Salles")
        layout.addWidget(self.tabs)
        self.rooms_page.openRequested.connect(self.openRequested)
        for page in (self.premises_page, self.rooms_page):
            page.statusMessage.connect(self.statusMessage)
            page.changed.connect(self._page_changed)

    def apply_hint(self, hint: dict[str, Any]) -> None:
        page = self.premises_page if hint.get("view") == "premises" else self.rooms_page
        self.tabs.setCurrentWidget(page)
        page.apply_hint(hint)

    def _page_changed(self) -> None:
        # Rooms count in the premises list, premises names in the rooms list…
        self.premises_page.refresh()
        self.rooms_page.refresh()
        self.changed.emit()

    def set_workspace(self, workspace: Any) -> None:
        if workspace is None:
            self.premises_page.bind(None, [])
            self.rooms_page.bind(None, [])
            return
        service = PremisesService(workspace.database)
        sites = site_choices(workspace.database)
        self.premises_page.bind(service, sites)
        self.rooms_page.bind(service, sites)
