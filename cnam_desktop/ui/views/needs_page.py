"""Équipements → Besoins: needs per site with totals, and « Calculer les besoins »."""

from __future__ import annotations

from collections.abc import Sequence
from decimal import Decimal
from typing import TYPE_CHECKING, Any

from PySide6.QtGui import QUndoStack
from PySide6.QtWidgets import QLabel, QPushButton, QWidget

from cnam_desktop.domain.enums import NeedStatus, Priority
from cnam_desktop.domain.equipment import (
    OPEN_NEED_STATUSES,
    EquipmentNeedData,
    EquipmentNeedFilter,
    EquipmentNeedRow,
    PlannedNeed,
    planned_needs,
)
from cnam_desktop.domain.formatting import euros, plural
from cnam_desktop.errors import UserFacingError
from cnam_desktop.services.equipment import EquipmentService
from cnam_desktop.ui import messages
from cnam_desktop.ui.models.id_table_model import CENTER, RIGHT, Column, ListSource
from cnam_desktop.ui.undo import CreateManyCommand
from cnam_desktop.ui.views.choices import enum_choices, fill_combo, filter_combo
from cnam_desktop.ui.views.list_page import ListPage, Nouns, Operations

if TYPE_CHECKING:
    from cnam_desktop.ui.views.equipment_area import EquipmentArea

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
