"""Sites use cases: list, read, create, update, delete (tombstone)."""

from __future__ import annotations

from collections.abc import Sequence
from datetime import date

from cnam_desktop.db import models as m
from cnam_desktop.db.engine import Database
from cnam_desktop.db.repositories import sites as repo
from cnam_desktop.db.repositories.common import tombstone
from cnam_desktop.domain.sites import (
    SiteData,
    SiteDetail,
    SiteFilter,
    SiteRow,
    validate_site,
)


class SiteService:
    def __init__(self, db: Database) -> None:
        self._db = db

    def list_ids(
        self, flt: SiteFilter | None = None, sort: str = "name", descending: bool = False
    ) -> list[str]:
        with self._db.reader() as s:
            return repo.list_ids(s, flt or SiteFilter(), sort, descending)

    def rows(self, ids: Sequence[str]) -> dict[str, SiteRow]:
        with self._db.reader() as s:
            return repo.rows_by_id(s, ids)

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
        with self._db.uow() as s:
            tombstone(repo.get(s, site_id))
