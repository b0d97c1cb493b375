"""Formateurs: trainers with their sectors, home centre and distance teaching."""

from __future__ import annotations

from typing import Any

from PySide6.QtGui import QUndoStack
from PySide6.QtWidgets import QWidget

from cnam_desktop.domain.formatting import french_date, yes_no
from cnam_desktop.domain.trainers import TrainerData, TrainerFilter, TrainerRow
from cnam_desktop.services.catalogue import CatalogueService
from cnam_desktop.services.trainers import TrainerService
from cnam_desktop.ui.edit_conflicts import database_of
from cnam_desktop.ui.models.id_table_model import CENTER, Column, ListSource
from cnam_desktop.ui.views.choices import fill_combo, filter_combo, yes_no_choices
from cnam_desktop.ui.views.list_page import ListPage, Nouns, Operations

TRAINER_COLUMNS: tuple[Column[TrainerRow], ...] = (
    Column("Nom", lambda r: r.last_name, 150, "last_name"),
    Column("Prénom", lambda r: r.first_name, 130, "first_name"),
    Column("Filières", lambda r: ", ".join(r.sector_names), 260, "sectors"),
    Column("Centre de rattachement", lambda r: r.home_centre or "", 200, "home_centre"),
    Column("À distance", lambda r: yes_no(r.distance_ok), 80, "distance_ok", CENTER),
    Column("Courriel", lambda r: r.email or "", 220, "email"),
    Column("Téléphone", lambda r: r.phone or "", 110, "phone"),
    Column(
        "Prochaine séance",
        lambda r: french_date(r.next_session),
        110,
        "next_session",
        CENTER,
        value=lambda r: r.next_session,
    ),
)


class TrainersPage(ListPage[TrainerRow, TrainerData]):
    nouns = Nouns("formateur", "formateurs", "le formateur", "&Nouveau formateur…")

    def __init__(self, parent: QWidget | None, undo_stack: QUndoStack) -> None:
        super().__init__(TRAINER_COLUMNS, TrainerFilter(), parent, undo_stack)
        self.ui.searchEdit.setPlaceholderText("Rechercher : nom, courriel, centre…")
        self.service: TrainerService | None = None
        self.sectors: list[tuple[str, str]] = []

    def build_filters(self) -> None:
        self.sector_filter = filter_combo(self, "Filtrer par filière", [], "Toutes filières")
        self.distance_filter = filter_combo(
            self,
            "Filtrer par enseignement à distance",
            yes_no_choices("Enseigne à distance", "Présentiel seulement"),
            "Distance : tous",
        )
        for combo in (self.sector_filter, self.distance_filter):
            self.add_filter_widget(None, combo)
            combo.currentIndexChanged.connect(lambda _i: self.apply_filters())

    def current_filter(self, text: str) -> TrainerFilter:
        return TrainerFilter(
            text=text.strip() or None,
            sector_id=self.sector_filter.currentData(),
            distance_ok=self.distance_filter.currentData(),
        )

    def hint_filters(self) -> dict[str, Any]:
        return {"sector_id": self.sector_filter, "distance_ok": self.distance_filter}

    def set_workspace(self, workspace: Any) -> None:
        if workspace is None:
            self.service, self.sectors = None, []
            self.set_source(None, None)
            return
        service = TrainerService(workspace.database)
        self.service = service
        self.sectors = [(r.id, r.name) for r in CatalogueService(workspace.database).sectors()]
        fill_combo(self.sector_filter, self.sectors, "Toutes filières")
        self.set_source(
            ListSource(list_ids=service.list_ids, rows=lambda ids: service.rows(ids)),
            Operations(
                get=service.get,
                create=service.create,
                update=service.update,
                delete=lambda trainer_id: service.delete(trainer_id),
                restore=service.restore,
                database=database_of(service),
            ),
        )

    def open_editor(self, data: TrainerData | None) -> TrainerData | None:
        from cnam_desktop.ui.dialogs.trainer_dialog import TrainerDialog

        return TrainerDialog.edit(self, data, self.sectors)

    def describe(self, row: TrainerRow) -> str:
        return row.full_name
