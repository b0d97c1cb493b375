"""Planning → Ouvertures: the courses opened at each site for a period, with their learners.

Sorted and filtered in SQL (`OFFERING_SORT_KEYS`); the funding split of the enrolled
learners shows as the tooltip of « Inscrits ». « Voir les séances » asks the owner
(the Planning area) to list the sessions of the selected offering.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from PySide6.QtCore import Signal
from PySide6.QtGui import QUndoStack
from PySide6.QtWidgets import QWidget

from cnam_desktop.domain.enums import Modality, OfferingStatus
from cnam_desktop.domain.formatting import french_date
from cnam_desktop.domain.offer_rows import OfferingFilter, OfferingRow, course_label
from cnam_desktop.domain.sessions import OfferingData
from cnam_desktop.services.catalogue import CatalogueService
from cnam_desktop.services.offerings import OfferingService
from cnam_desktop.ui.models.id_table_model import CENTER, RIGHT, Column, IdTableModel, ListSource
from cnam_desktop.ui.views.choices import enum_choices, fill_combo, filter_combo, site_choices
from cnam_desktop.ui.views.list_page import ListPage, Nouns, Operations


def offering_dates(row: OfferingRow) -> str:
    """« 14/09/26 → 30/06/27 », « dès le 14/09/26 » (no end date)."""
    start = row.start_date.strftime("%d/%m/%y")
    if row.end_date is None:
        return f"dès le {start}"
    return f"{start} → {row.end_date.strftime('%d/%m/%y')}"


def funding_tooltip(row: OfferingRow) -> str:
    """« 14 inscrits — CPF 5 · employeur 3 · … », or that the split is not given."""
    split = row.funding_label
    enrolled = f"{row.enrolled_learners} inscrit{'s' if row.enrolled_learners > 1 else ''}"
    if not split:
        return f"{enrolled} — financements non renseignés"
    return f"{enrolled} — {split}"


OFFERING_COLUMNS: tuple[Column[OfferingRow], ...] = (
    Column("Code", lambda r: r.course_code, 80, "code"),
    Column("Parcours", lambda r: r.course_title, 190, "course"),
    Column("Site", lambda r: r.site_name, 120, "site"),
    Column("Filière", lambda r: r.sector_name, 100, "sector"),
    Column("Période", lambda r: r.period_label, 95, "period"),
    Column(
        "Dates", offering_dates, 130, "period", CENTER, "Début → fin", value=lambda r: r.start_date
    ),
    Column("Modalité", lambda r: r.modality_label, 80, "modality", CENTER),
    Column(
        "Prévus",
        lambda r: str(r.planned_learners),
        55,
        "planned",
        RIGHT,
        "Apprenants prévus",
        value=lambda r: r.planned_learners,
    ),
    Column(
        "Inscrits",
        lambda r: str(r.enrolled_learners),
        55,
        "enrolled",
        RIGHT,
        "Apprenants inscrits (survoler une ligne : leurs financements)",
        value=lambda r: r.enrolled_learners,
    ),
    Column("Statut", lambda r: r.status_label, 75, "status", CENTER),
    Column(
        "Séances",
        lambda r: str(r.session_count),
        60,
        "session_count",
        RIGHT,
        "Nombre de séances planifiées (annulées comprises)",
        value=lambda r: r.session_count,
    ),
    Column(
        "Prochaine séance",
        lambda r: french_date(r.next_session),
        105,
        "next_session",
        CENTER,
        value=lambda r: r.next_session,
    ),
)


class OfferingTableModel(IdTableModel[OfferingRow]):
    def row_tooltip(self, row: OfferingRow, column: Column[OfferingRow]) -> str | None:
        if column.sort_key == "enrolled":
            return funding_tooltip(row)
        return super().row_tooltip(row, column)


class OfferingsPage(ListPage[OfferingRow, OfferingData]):
    nouns = Nouns("ouverture", "ouvertures", "l'ouverture", "&Nouvelle ouverture…")
    showSessions = Signal(str)
    """« Voir les séances »: the owner lists the sessions of this offering id."""

    def __init__(self, parent: QWidget | None, undo_stack: QUndoStack) -> None:
        super().__init__(OFFERING_COLUMNS, OfferingFilter(), parent, undo_stack)
        self.ui.searchEdit.setPlaceholderText("Rechercher : parcours, site, filière, période…")
        self.service: OfferingService | None = None
        self._database: Any = None
        self.sites: list[tuple[str, str]] = []
        self.sessions_button = self.add_action_button(
            "&Voir les séances",
            "showSessionsButton",
            "Lister les séances de l'ouverture sélectionnée",
            self.show_sessions,
        )
        self.selectionChanged.connect(self._update_sessions_button)
        self._update_sessions_button()

    def create_model(self, columns: Any, flt: Any) -> IdTableModel[OfferingRow]:
        return OfferingTableModel(columns, flt, parent=self)

    def build_filters(self) -> None:
        self.site_filter = filter_combo(self, "Filtrer par site", [], "Tous les sites")
        self.sector_filter = filter_combo(self, "Filtrer par filière", [], "Toutes filières")
        self.status_filter = filter_combo(
            self, "Filtrer par statut", enum_choices(OfferingStatus), "Tous statuts"
        )
        self.modality_filter = filter_combo(
            self, "Filtrer par modalité", enum_choices(Modality), "Toutes modalités"
        )
        for combo in (self.site_filter, self.sector_filter, self.status_filter):
            self.add_filter_widget(None, combo)
            combo.currentIndexChanged.connect(lambda _i: self.apply_filters())
        self.add_filter_widget(None, self.modality_filter)
        self.modality_filter.currentIndexChanged.connect(lambda _i: self.apply_filters())

    def current_filter(self, text: str) -> OfferingFilter:
        return OfferingFilter(
            text=text.strip() or None,
            site_id=self.site_filter.currentData(),
            sector_id=self.sector_filter.currentData(),
            status=self.status_filter.currentData(),
            modality=self.modality_filter.currentData(),
        )

    def hint_filters(self) -> dict[str, Any]:
        return {
            "site_id": self.site_filter,
            "sector_id": self.sector_filter,
            "status": self.status_filter,
            "modality": self.modality_filter,
        }

    def set_workspace(self, workspace: Any) -> None:
        if workspace is None:
            self.service, self._database, self.sites = None, None, []
            self.set_source(None, None)
            return
        database = workspace.database
        service = OfferingService(database)
        self.service, self._database = service, database
        self.sites = site_choices(database)
        sectors = [(r.id, r.name) for r in CatalogueService(database).sectors()]
        fill_combo(self.site_filter, self.sites, "Tous les sites")
        fill_combo(self.sector_filter, sectors, "Toutes filières")
        self.set_source(
            ListSource(list_ids=service.list_ids, rows=lambda ids: service.rows(ids)),
            Operations.of(service),
        )

    def extra_actions(self) -> list[tuple[str, Callable[[], Any], bool]]:
        return [("&Voir les séances", self.show_sessions, len(self.selected_ids()) == 1)]

    def show_sessions(self) -> str | None:
        """Ask the owner to list the sessions of the selected offering; its id."""
        offering_id = self.current_id()
        if offering_id is not None:
            self.showSessions.emit(offering_id)
        return offering_id

    def _update_sessions_button(self) -> None:
        self.sessions_button.setEnabled(len(self.selected_ids()) == 1)

    def open_editor(self, data: OfferingData | None) -> OfferingData | None:
        from cnam_desktop.ui.dialogs.offering_dialog import CourseChoice, OfferingDialog

        catalogue = CatalogueService(self._database)
        ids = catalogue.list_ids(sort="cnam_code")
        rows = catalogue.rows(ids)
        courses = [
            CourseChoice(i, course_label(rows[i].cnam_code, rows[i].title), rows[i].modalities)
            for i in ids
            if i in rows
        ]
        return OfferingDialog.edit(
            self, data, courses, self.sites, site_id=self.site_filter.currentData()
        )

    def describe(self, row: OfferingRow) -> str:
        return f"{row.course_label}, {row.period_label}, {row.site_name}"
