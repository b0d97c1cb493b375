"""Equipment use cases: types catalogue, inventory, needs, cost totals, planned needs.

Each public method is one unit of work and returns plain values.
"""

from __future__ import annotations

from collections.abc import Collection, Mapping, Sequence
from dataclasses import replace
from decimal import Decimal

from sqlalchemy.orm import Session

from cnam_desktop.db import models as m
from cnam_desktop.db.engine import Database
from cnam_desktop.db.repositories import equipment as repo
from cnam_desktop.db.repositories import equipment_needs as needs_repo
from cnam_desktop.db.repositories import sites as sites_repo
from cnam_desktop.db.repositories.common import get_any, get_live, restore, tombstone
from cnam_desktop.db.repositories.premises import room_site_id
from cnam_desktop.domain.enums import NeedStatus
from cnam_desktop.domain.equipment import (
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
    RegionNeedTotals,
    SiteNeedTotals,
    need_totals,
    plan_needs,
    type_in_use,
    validate_item,
    validate_need,
    validate_type,
)
from cnam_desktop.domain.formatting import french_sort_key
from cnam_desktop.domain.offer_needs import (
    NeedChange,
    NeedSyncResult,
    NeedSyncUndo,
    SiteNeed,
    SiteNeedSync,
    sync_site_needs,
    target_needs,
)
from cnam_desktop.domain.sites import SiteFilter
from cnam_desktop.domain.validation import ValidationError
from cnam_desktop.errors import UserFacingError


class EquipmentService:
    def __init__(self, db: Database) -> None:
        self._db = db

    # Types ----------------------------------------------------------------------

    def list_type_ids(
        self, flt: EquipmentTypeFilter | None = None, sort: str = "label", descending: bool = False
    ) -> list[str]:
        query = repo.type_ids_query(
            self._db.dialect, flt or EquipmentTypeFilter(), sort, descending
        )
        return self._db.read_column(*query)

    def type_rows(self, ids: Sequence[str]) -> dict[str, EquipmentTypeRow]:
        with self._db.connection() as c:
            return repo.type_rows_by_id(c, ids)

    def categories(self) -> list[str]:
        return self._db.read_column(repo.categories_query(self._db.dialect), {})

    def get_type(self, type_id: str) -> EquipmentTypeData:
        with self._db.reader() as s:
            return repo.type_to_data(repo.get_type(s, type_id))

    def create_type(self, data: EquipmentTypeData) -> str:
        data = validate_type(data)
        with self._db.uow() as s:
            self._check_label(s, data.label, None)
            equipment_type = m.EquipmentType()
            repo.apply_type_data(equipment_type, data)
            s.add(equipment_type)
            s.flush()
            return equipment_type.id

    def update_type(self, type_id: str, data: EquipmentTypeData) -> None:
        data = validate_type(data)
        with self._db.uow() as s:
            equipment_type = repo.get_type(s, type_id)
            self._check_label(s, data.label, type_id)
            repo.apply_type_data(equipment_type, data)

    def delete_type(self, type_id: str) -> None:
        with self._db.uow() as s:
            equipment_type = repo.get_type(s, type_id)
            items, needs, courses = repo.type_usage(s, [type_id])[type_id]
            if items or needs or courses:
                raise type_in_use(equipment_type.label, items, needs, courses)
            tombstone(equipment_type)

    def restore_type(self, type_id: str) -> None:
        with self._db.uow() as s:
            restore(get_any(s, m.EquipmentType, type_id, "Type de matériel"))

    # Inventory ------------------------------------------------------------------

    def list_item_ids(
        self, flt: EquipmentItemFilter | None = None, sort: str = "type", descending: bool = False
    ) -> list[str]:
        query = repo.item_ids_query(
            self._db.dialect, flt or EquipmentItemFilter(), sort, descending
        )
        return self._db.read_column(*query)

    def item_rows(self, ids: Sequence[str]) -> dict[str, EquipmentItemRow]:
        with self._db.connection() as c:
            return repo.item_rows_by_id(c, ids)

    def get_item(self, item_id: str) -> EquipmentItemData:
        with self._db.reader() as s:
            return repo.item_to_data(repo.get_item(s, item_id))

    def create_item(self, data: EquipmentItemData) -> str:
        data = validate_item(data)
        with self._db.uow() as s:
            self._check_item_refs(s, data)
            item = m.EquipmentItem()
            repo.apply_item_data(item, data)
            s.add(item)
            s.flush()
            return item.id

    def update_item(self, item_id: str, data: EquipmentItemData) -> None:
        data = validate_item(data)
        with self._db.uow() as s:
            item = repo.get_item(s, item_id)
            self._check_item_refs(s, data)
            repo.apply_item_data(item, data)

    def delete_item(self, item_id: str) -> None:
        with self._db.uow() as s:
            tombstone(repo.get_item(s, item_id))

    def restore_item(self, item_id: str) -> None:
        with self._db.uow() as s:
            item = get_any(s, m.EquipmentItem, item_id, "Matériel")
            if item.deleted_at is not None:
                self._check_item_refs(s, repo.item_to_data(item))
                restore(item)

    # Needs ----------------------------------------------------------------------

    def list_need_ids(
        self,
        flt: EquipmentNeedFilter | None = None,
        sort: str = "priority",
        descending: bool = False,
    ) -> list[str]:
        flt = flt or EquipmentNeedFilter()
        return self._db.read_column(
            *needs_repo.need_ids_query(self._db.dialect, flt, sort, descending)
        )

    def need_rows(self, ids: Sequence[str]) -> dict[str, EquipmentNeedRow]:
        with self._db.connection() as c:
            return needs_repo.need_rows_by_id(c, ids)

    def get_need(self, need_id: str) -> EquipmentNeedData:
        with self._db.reader() as s:
            return needs_repo.need_to_data(needs_repo.get_need(s, need_id))

    def create_need(self, data: EquipmentNeedData) -> str:
        data = validate_need(data)
        with self._db.uow() as s:
            self._check_need_refs(s, data)
            need = m.EquipmentNeed()
            needs_repo.apply_need_data(need, data)
            s.add(need)
            s.flush()
            return need.id

    def update_need(self, need_id: str, data: EquipmentNeedData) -> None:
        data = validate_need(data)
        with self._db.uow() as s:
            need = needs_repo.get_need(s, need_id)
            self._check_need_refs(s, data)
            needs_repo.apply_need_data(need, data)

    def set_need_status(self, need_id: str, status: NeedStatus) -> None:
        """Move a need along identifié → demandé → financé → livré (or back, to correct)."""
        with self._db.uow() as s:
            needs_repo.get_need(s, need_id).status = status

    def delete_need(self, need_id: str) -> None:
        with self._db.uow() as s:
            tombstone(needs_repo.get_need(s, need_id))

    def restore_need(self, need_id: str) -> None:
        with self._db.uow() as s:
            need = get_any(s, m.EquipmentNeed, need_id, "Besoin d'équipement")
            if need.deleted_at is not None:
                self._check_need_refs(s, needs_repo.need_to_data(need))
                restore(need)

    # Totals ---------------------------------------------------------------------

    def offering_choices(self) -> list[tuple[str, str, str]]:
        """(offering id, site id, label) of running or planned offerings, for need forms."""
        with self._db.reader() as s:
            return needs_repo.offering_choices(s)

    def funder_choices(self) -> list[tuple[str, str]]:
        """(partner id, name) of every live partner, for need forms."""
        with self._db.reader() as s:
            return needs_repo.funder_choices(s)

    def site_totals(self, site_id: str) -> SiteNeedTotals:
        """Estimated cost of one site's live needs, by status and overall."""
        with self._db.reader() as s:
            site = get_live(s, m.Site, site_id, "Site")
            by_site = needs_repo.cost_totals(s, site_id)
            return SiteNeedTotals(
                site_id=site.id,
                site_name=site.name,
                totals=need_totals(by_site.get((site.id, site.name), {})),
            )

    def region_totals(self) -> RegionNeedTotals:
        """Estimated cost of every live need: per site and status, and for the region."""
        with self._db.connection() as c:
            by_site = needs_repo.cost_totals(c)
        sites = [
            SiteNeedTotals(site_id=sid, site_name=name, totals=need_totals(by_status))
            for (sid, name), by_status in by_site.items()
        ]
        sites.sort(key=lambda x: (french_sort_key(x.site_name), x.site_id))
        overall: dict[NeedStatus, Decimal] = {}
        for site in sites:
            for status, amount in site.totals.by_status.items():
                overall[status] = overall.get(status, Decimal("0.00")) + amount
        return RegionNeedTotals(totals=need_totals(overall), sites=sites)

    # Needs created by planned offerings ------------------------------------------------

    def suggest_needs(self, site_id: str) -> list[NeedSuggestion]:
        """What the site's planned offerings lack, compared with its usable inventory."""
        with self._db.reader() as s:
            return self._suggestions(s, site_id)

    def create_missing_needs(self, site_id: str) -> list[str]:
        """Create (status identifié) the suggested needs that open needs do not cover.

        Open needs of a type count against every suggestion of that type: the
        largest suggestion of each type is served first, the others are then covered.
        Returns the ids of the needs created, all in one transaction.
        """
        with self._db.uow() as s:
            open_quantity = needs_repo.open_need_quantities(s, site_id)
            created: list[str] = []
            for target in target_needs(self._suggestions(s, site_id), open_quantity):
                need = m.EquipmentNeed(
                    site_id=site_id,
                    type_id=target.type_id,
                    offering_id=target.offering_id,
                    quantity=target.quantity,
                    reason=target.suggestion.reason,
                )
                s.add(need)
                s.flush()
                created.append(need.id)
            return created

    # Needs kept in step with the whole offer (domain/offer_needs.py) ---------------------

    def preview_needs_from_offer(self, site_ids: Collection[str] | None = None) -> NeedSyncResult:
        """What `sync_needs_from_offer` would do, without writing anything."""
        with self._db.reader() as s:
            return self._sync(s, site_ids, write=False)

    def sync_needs_from_offer(self, site_ids: Collection[str] | None = None) -> NeedSyncResult:
        """For every live site (or those given), create, update or remove the identifié
        needs linked to offerings so that they match what the active offer lacks.

        Needs past identifié are never changed. One transaction; the result lists what
        was done per site, with costs before and after, and `result.undo` what
        `undo_needs_sync` needs to put everything back.
        """
        with self._db.uow() as s:
            return self._sync(s, site_ids, write=True)

    def undo_needs_sync(self, undo: NeedSyncUndo) -> None:
        """Put back what a sync changed; refused (nothing done) when a need it created or
        updated has been moved past identifié since."""
        with self._db.uow() as s:
            for need_id in undo.created_ids:
                tombstone(self._still_identified(s, need_id))
            for need_id, quantity, reason in undo.previous:
                need = self._still_identified(s, need_id)
                need.quantity, need.reason = quantity, reason
            for need_id in undo.removed_ids:
                restore(get_any(s, m.EquipmentNeed, need_id, "Besoin d'équipement"))

    def _sync(self, s: Session, site_ids: Collection[str] | None, *, write: bool) -> NeedSyncResult:
        if site_ids is None:
            ids = sites_repo.list_ids(s, SiteFilter())
        else:
            ids = [get_live(s, m.Site, sid, "Site").id for sid in dict.fromkeys(site_ids)]
        names = {sid: row.name for sid, row in sites_repo.rows_by_id(s, ids).items()}
        ids.sort(key=lambda sid: (french_sort_key(names[sid]), sid))
        labels = needs_repo.type_labels(s)
        unit_costs = {t: row.unit_cost for t, row in repo.type_rows_by_id(s, list(labels)).items()}
        needs = self._site_needs(s, set(ids))
        required = needs_repo.required_pairs(s, ids)
        sites = []
        for site_id in ids:
            changes, untouched = sync_site_needs(
                self._suggestions(s, site_id, labels), needs.get(site_id, []), unit_costs, required
            )
            if not changes and not untouched:
                continue
            if write:
                changes = [self._apply(s, site_id, change) for change in changes]
            sites.append(SiteNeedSync(site_id, names[site_id], tuple(changes), tuple(untouched)))
        return NeedSyncResult(sites=tuple(sites), applied=write)

    @staticmethod
    def _site_needs(s: Session, site_ids: set[str]) -> dict[str, list[SiteNeed]]:
        flt = EquipmentNeedFilter(site_id=next(iter(site_ids)) if len(site_ids) == 1 else None)
        rows = needs_repo.need_rows_by_id(s, needs_repo.list_need_ids(s, flt))
        by_site: dict[str, list[SiteNeed]] = {}
        for row in rows.values():
            if row.site_id in site_ids:
                by_site.setdefault(row.site_id, []).append(
                    SiteNeed(
                        need_id=row.id,
                        type_id=row.type_id,
                        type_label=row.type_label,
                        offering_id=row.offering_id,
                        quantity=row.quantity,
                        status=row.status,
                        reason=row.reason,
                        unit_cost=row.unit_cost,
                        cost_override=row.cost_override,
                    )
                )
        return by_site

    @staticmethod
    def _apply(s: Session, site_id: str, change: NeedChange) -> NeedChange:
        if change.action == "create":
            need = m.EquipmentNeed(
                site_id=site_id,
                type_id=change.type_id,
                offering_id=change.offering_id,
                quantity=change.new_quantity,
                reason=change.new_reason,
            )
            s.add(need)
            s.flush()
            return replace(change, need_id=need.id)
        if change.need_id is not None and change.action == "update":
            need = needs_repo.get_need(s, change.need_id)
            need.quantity, need.reason = change.new_quantity, change.new_reason
        elif change.need_id is not None and change.action == "remove":
            tombstone(needs_repo.get_need(s, change.need_id))
        return change

    @staticmethod
    def _still_identified(s: Session, need_id: str) -> m.EquipmentNeed:
        need = needs_repo.get_need(s, need_id)
        if need.status is not NeedStatus.IDENTIFIED:
            raise UserFacingError(
                f"Annulation impossible : un besoin ({need.quantity} × "
                f"{repo.get_type(s, need.type_id).label}) est passé au statut "
                f"« {need.status.label} » entre-temps."
            )
        return need

    # Rules needing the database ------------------------------------------------------

    @staticmethod
    def _suggestions(
        s: Session, site_id: str, labels: Mapping[str, str] | None = None
    ) -> list[NeedSuggestion]:
        get_live(s, m.Site, site_id, "Site")
        return plan_needs(
            site_id,
            needs_repo.offering_demands(s, site_id),
            needs_repo.usable_inventory(s, site_id),
            labels if labels is not None else needs_repo.type_labels(s),
        )

    @staticmethod
    def _check_label(s: Session, label: str, exclude_id: str | None) -> None:
        other = repo.type_with_label(s, label)
        if other is None or other.id == exclude_id:
            return
        if other.deleted_at is not None:
            message = (
                f"Libellé : un type « {other.label} » supprimé existe déjà ; "
                "restaurez-le plutôt que d'en créer un nouveau."
            )
        else:
            message = f"Libellé : un type « {other.label} » existe déjà."
        raise ValidationError({"label": message})

    @staticmethod
    def _check_item_refs(s: Session, data: EquipmentItemData) -> None:
        get_live(s, m.Site, data.site_id, "Site")
        repo.get_type(s, data.type_id)
        if data.room_id is not None:
            get_live(s, m.Room, data.room_id, "Salle")
            if room_site_id(s, data.room_id) != data.site_id:
                raise ValidationError({"room_id": "Salle : elle n'appartient pas à ce site."})

    @staticmethod
    def _check_need_refs(s: Session, data: EquipmentNeedData) -> None:
        get_live(s, m.Site, data.site_id, "Site")
        repo.get_type(s, data.type_id)
        if data.offering_id is not None:
            offering = get_live(s, m.Offering, data.offering_id, "Ouverture")
            if offering.site_id != data.site_id:
                raise ValidationError({"offering_id": "Ouverture : elle n'a pas lieu sur ce site."})
        if data.funder_id is not None:
            get_live(s, m.Partner, data.funder_id, "Financeur")
