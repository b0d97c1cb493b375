"""Équipements → Besoins: needs per site with totals, and « Calculer depuis l'offre… ».

The action compares what the active offerings require (per learner and per group)
with each site's inventory (`EquipmentService.preview_needs_from_offer`), for the
site of the filter or for every site, in the background; a preview dialog shows
what would be created, updated or removed and what stays because someone moved it
past « Identifié »; « Appliquer » writes it (`sync_needs_from_offer`) as one undo step.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import Qt
from PySide6.QtGui import QUndoStack
from PySide6.QtWidgets import QPushButton, QWidget

from cnam_desktop.domain.enums import NeedStatus, Priority
from cnam_desktop.domain.equipment import (
    EquipmentNeedData,
    EquipmentNeedFilter,
    EquipmentNeedRow,
    need_totals,
)
from cnam_desktop.domain.formatting import euros
from cnam_desktop.domain.offer_needs import NeedSyncResult, NeedSyncUndo
from cnam_desktop.services.equipment import EquipmentService
from cnam_desktop.ui import messages
from cnam_desktop.ui.edit_conflicts import database_of
from cnam_desktop.ui.models.id_table_model import CENTER, RIGHT, Column, ListSource
from cnam_desktop.ui.read_only import enable_editing
from cnam_desktop.ui.tasks import Progress, TaskHandle, run_task
from cnam_desktop.ui.undo import ErrorSink, ServiceCommand
from cnam_desktop.ui.views.choices import enum_choices, fill_combo, filter_combo
from cnam_desktop.ui.views.list_page import ListPage, Nouns, Operations
from cnam_desktop.ui.widgets.quiet_label import QuietLabel

if TYPE_CHECKING:
    from cnam_desktop.ui.views.equipment_area import EquipmentArea

SYNC_LABEL = "Calculer depuis l'&offre…"
SYNC_TITLE = "Besoins depuis l'offre"


class NeedsSyncCommand(ServiceCommand):
    """A sync of the needs with the offer: undo puts every need back as it was; redo
    syncs again (with the offer as it is then) and keeps what that new sync changed."""

    def __init__(
        self,
        text: str,
        service: EquipmentService,
        site_ids: list[str] | None,
        undo: NeedSyncUndo,
        on_error: ErrorSink,
        on_done: Callable[[], None],
    ) -> None:
        super().__init__(text, on_error, on_done)
        self._service, self._site_ids, self.undo_data = service, site_ids, undo

    def do(self) -> None:
        self.undo_data = self._service.sync_needs_from_offer(self._site_ids).undo

    def undo_it(self) -> None:
        self._service.undo_needs_sync(self.undo_data)


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
    Column("Motif", lambda r: r.reason or r.offering_label or "", 240, "reason"),
    Column("Financeur", lambda r: r.funder_name or "", 160, "funder"),
)


class NeedsPage(ListPage[EquipmentNeedRow, EquipmentNeedData]):
    nouns = Nouns("besoin", "besoins", "le besoin", "&Nouveau besoin…")

    def __init__(self, parent: QWidget | None, undo_stack: QUndoStack) -> None:
        super().__init__(NEED_COLUMNS, EquipmentNeedFilter(), parent, undo_stack)
        self.ui.searchEdit.setPlaceholderText("Rechercher : matériel, motif, site…")
        self.area: EquipmentArea | None = None
        self._totals: dict[str | None, Any] = {}
        """Totals by site (None: the region) until the data changes, all read at once:
        typing in the search box or choosing a status or a site does not read them."""
        self.model.aboutToReload.connect(self._totals.clear)
        self.totals = QuietLabel(self)  # a new site's totals repaint the line only
        self.totals.setObjectName("needTotals")
        self.totals.label.setAccessibleName("Totaux des besoins")
        # Plain text in bold: a rich-text label costs twice as much at every filter.
        self.totals.label.setTextFormat(Qt.TextFormat.PlainText)
        bold = self.totals.label.font()
        bold.setBold(True)
        self.totals.label.setFont(bold)
        self.layout().addWidget(self.totals)
        self.sync_task: TaskHandle[Any] | None = None
        self.sync_button = QPushButton(SYNC_LABEL, self)
        self.sync_button.setObjectName("needsFromOfferButton")
        self.sync_button.setAccessibleName("Calculer les besoins depuis l'offre de formation")
        actions = self.ui.actionLayout
        actions.insertWidget(actions.indexOf(self.ui.exportButton), self.sync_button)
        self.sync_button.clicked.connect(self.compute_from_offer)
        self._update_sync_button()

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
                database=database_of(service),
            ),
        )
        self.show_totals()
        self._update_sync_button()

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
        if None not in self._totals:
            region = area.service.region_totals()
            self._totals[None] = region.totals
            self._totals.update((site.site_id, site.totals) for site in region.sites)
        totals = self._totals.get(site_id)
        if totals is None:  # a site without needs
            totals = self._totals[site_id] = need_totals({})
        scope = self.site_filter.currentText() if site_id else "Région"
        parts = " · ".join(f"{s.label} : {euros(totals.by_status.get(s, 0))}" for s in NeedStatus)
        self.totals.setText(f"{scope} — total {euros(totals.total)} ({parts})")

    def apply_filters(self) -> None:
        super().apply_filters()
        self.show_totals()
        self._update_sync_button()

    # --- « Calculer depuis l'offre » ----------------------------------------------------

    def extra_actions(self) -> list[tuple[str, Callable[[], Any], bool]]:
        return [(SYNC_LABEL, self.compute_from_offer, self.sync_button.isEnabled())]

    def _update_sync_button(self) -> None:
        enable_editing(self.sync_button, self.area is not None and self.area.service is not None)
        site = self.site_filter.currentText() if self.site_filter.currentData() else None
        self.sync_button.setToolTip(
            "Comparer les besoins d'équipement des ouvertures actives avec l'inventaire "
            + (f"de {site}" if site else "de chaque site")
            + ", puis créer, mettre à jour ou retirer les besoins « Identifié » qui en découlent"
        )

    def compute_from_offer(self) -> TaskHandle[Any] | None:
        """Compute, in the background, what the offer asks of the filtered site (or of
        every site); show it, and apply it if the user agrees. The preview's task."""
        area = self.area
        if area is None or area.service is None:
            return None
        service = area.service
        site_id = self.site_filter.currentData()
        site_ids = [site_id] if site_id is not None else None
        scope = self.site_filter.currentText() if site_id is not None else "tous les sites"

        def work(progress: Progress) -> tuple[NeedSyncResult, dict[str, str]]:
            progress.report(0, None, f"Calcul des besoins depuis l'offre ({scope})…")
            preview = service.preview_needs_from_offer(site_ids)
            labels = {i: label for i, _site, label in service.offering_choices()}
            return preview, labels

        def ready(found: tuple[NeedSyncResult, dict[str, str]]) -> None:
            self._preview_ready(service, site_ids, scope, *found)

        self.sync_task = run_task(self, "Calcul des besoins depuis l'offre…", work, ready)
        return self.sync_task

    def _preview_ready(
        self,
        service: EquipmentService,
        site_ids: list[str] | None,
        scope: str,
        preview: NeedSyncResult,
        offering_labels: dict[str, str],
    ) -> None:
        from cnam_desktop.ui.dialogs.needs_sync_dialog import NeedsSyncDialog

        if not preview.sites:
            messages.info(
                self,
                SYNC_TITLE,
                f"Aucun besoin à calculer ({scope}) : l'inventaire couvre ce que demandent "
                "les ouvertures actives.",
            )
            return
        if not NeedsSyncDialog.ask(self, preview, offering_labels, scope):
            return
        self.sync_task = run_task(
            self,
            "Mise à jour des besoins…",
            lambda _progress: service.sync_needs_from_offer(site_ids),
            lambda result: self._synced(service, site_ids, scope, result),
            cancellable=False,  # one transaction: its undo must reach the stack
        )

    def _synced(
        self,
        service: EquipmentService,
        site_ids: list[str] | None,
        scope: str,
        result: NeedSyncResult,
    ) -> None:
        undo = result.undo
        if not undo.empty:
            self.undo_stack.push(
                NeedsSyncCommand(
                    f"Calculer les besoins depuis l'offre ({scope})",
                    service,
                    site_ids,
                    undo,
                    self._report_error,
                    self._after_change,
                )
            )
            self._after_change()
        self.statusMessage.emit(
            f"Besoins depuis l'offre ({scope}) : {result.count('create')} créé(s), "
            f"{result.count('update')} mis à jour, {result.count('remove')} retiré(s)."
        )

    def open_editor(self, data: EquipmentNeedData | None) -> EquipmentNeedData | None:
        from cnam_desktop.ui.dialogs.equipment_need_dialog import EquipmentNeedDialog

        assert self.area is not None
        a = self.area
        return EquipmentNeedDialog.edit(
            self, data, a.sites, a.type_choices_with_cost(), a.offering_choices(), a.funders()
        )

    def describe(self, row: EquipmentNeedRow) -> str:
        return f"{row.quantity} × {row.type_label} ({row.site_name})"
