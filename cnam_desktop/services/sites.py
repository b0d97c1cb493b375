"""Sites use cases: list, read, create, update, delete (tombstone)."""

from __future__ import annotations

from collections.abc import Sequence
from datetime import date

from cnam_desktop.db import models as m
from cnam_desktop.db.engine import Database
from cnam_desktop.db.repositories import sites as repo
from cnam_desktop.db.repositories.common import get_any, restore, tombstone
from cnam_desktop.domain.sites import (
    SiteData,
    SiteDetail,
    SiteFilter,
    SiteRow,
    validate_site,
)
from cnam_desktop.domain.usage import InUseError


class SiteService:
    def __init__(self, db: Database) -> None:
        self._db = db

    def list_ids(
        self, flt: SiteFilter | None = None, sort: str = "name", descending: bool = False
    ) -> list[str]:
        return self._db.read_column(
            *repo.ids_query(self._db.dialect, flt or SiteFilter(), sort, descending)
        )

    def rows(self, ids: Sequence[str]) -> dict[str, SiteRow]:
        with self._db.connection() as c:
            return repo.rows_by_id(c, ids)

    def choices(self) -> list[tuple[str, str]]:
        """(id, name) of every live site, by name: for filters and dialogs."""
        return self._db.read_rows(repo.choices_query(self._db.dialect), {})

    def departments(self) -> list[str]:
        with self._db.reader() as s:
            return repo.departments(s)

    def get(self, site_id: str) -> SiteData:
        with self._db.reader() as s:
            return repo.to_data(repo.get(s, site_id))

    def detail(self, site_id: str) -> SiteDetail:
        with self._db.reader() as s:
            site = repo.get(s, site_id)
            row = repo.rows_by_id(s, [site_id])[site_id]
            return SiteDetail(
                row=row,
                data=repo.to_data(site),
                partners=repo.partners(s, site_id),
                rooms=repo.rooms(s, site_id),
                offerings=repo.offerings(s, site_id),
            )

    def create(self, data: SiteData, *, today: date | None = None) -> str:
        data = validate_site(data)
        with self._db.uow() as s:
            site = m.Site(regional_centre_id=repo.default_centre_id(s))
            repo.apply_data(site, data)
            s.add(site)
            s.flush()
            s.add(
                m.SiteStatusChange(
                    site_id=site.id, status=data.status, changed_on=today or date.today()
                )
            )
            return site.id

    def update(self, site_id: str, data: SiteData, *, today: date | None = None) -> None:
        data = validate_site(data)
        with self._db.uow() as s:
            site = repo.get(s, site_id)
            previous = site.status
            repo.apply_data(site, data)
            if data.status != previous:
                s.add(
                    m.SiteStatusChange(
                        site_id=site.id, status=data.status, changed_on=today or date.today()
                    )
                )

    def delete(self, site_id: str) -> None:
        """Tombstone a site; refused (`InUseError`) while it has offerings or premises."""
        with self._db.uow() as s:
            site = repo.get(s, site_id)
            offerings = repo.live_count(s, m.Offering, m.Offering.site_id == site_id)
            premises = repo.live_count(s, m.Premises, m.Premises.site_id == site_id)
            if offerings:
                raise InUseError(
                    f"le site « {site.name} »",
                    "ouvertures de formation" if offerings > 1 else "ouverture de formation",
                    offerings,
                    "Supprimez ou annulez ces ouvertures (et leurs séances) d'abord, "
                    "ou passez le site au statut « Fermé ».",
                )
            if premises:
                raise InUseError(
                    f"le site « {site.name} »",
                    "bâtiments (Locaux et salles)"
                    if premises > 1
                    else "bâtiment (Locaux et salles)",
                    premises,
                    "Supprimez ces locaux d'abord, ou passez le site au statut « Fermé ».",
                )
            tombstone(site)

    def restore(self, site_id: str) -> None:
        """Undo a delete: the site comes back as it was."""
        with self._db.uow() as s:
            restore(get_any(s, m.Site, site_id, "Site"))
