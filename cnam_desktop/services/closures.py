"""Closure use cases: edit closures, generate holidays and school breaks, closures of a site."""

from __future__ import annotations

from datetime import date

from cnam_desktop.db import models as m
from cnam_desktop.db.engine import Database
from cnam_desktop.db.repositories import closures as repo
from cnam_desktop.db.repositories import sites as sites_repo
from cnam_desktop.db.repositories.common import get_any, get_live, restore, tombstone
from cnam_desktop.domain.closures import ClosureData, ClosureFilter, ClosureRow, validate_closure
from cnam_desktop.domain.enums import ClosureKind
from cnam_desktop.services import holiday_calendar as cal


class ClosureService:
    def __init__(self, db: Database) -> None:
        self._db = db

    def rows(self, flt: ClosureFilter | None = None) -> list[ClosureRow]:
        """Live closures in date order."""
        with self._db.connection() as c:
            return repo.rows(c, flt or ClosureFilter())

    def years(self) -> list[int]:
        """The years in which live closures start, latest first (the year filter)."""
        return [int(year) for year in self._db.read_column(repo.years_query(), {})]

    def get(self, closure_id: str) -> ClosureData:
        with self._db.reader() as s:
            return repo.to_data(repo.get(s, closure_id))

    def create(self, data: ClosureData) -> str:
        data = validate_closure(data)
        with self._db.uow() as s:
            if data.site_id:
                get_live(s, m.Site, data.site_id, "Site")
            closure = m.Closure()
            repo.apply_data(closure, data)
            s.add(closure)
            s.flush()
            return closure.id

    def update(self, closure_id: str, data: ClosureData) -> None:
        data = validate_closure(data)
        with self._db.uow() as s:
            closure = repo.get(s, closure_id)
            if data.site_id:
                get_live(s, m.Site, data.site_id, "Site")
            repo.apply_data(closure, data)

    def delete(self, closure_id: str) -> None:
        with self._db.uow() as s:
            tombstone(repo.get(s, closure_id))

    def restore(self, closure_id: str) -> None:
        with self._db.uow() as s:
            restore(get_any(s, m.Closure, closure_id, "Fermeture"))

    def closures_for_site(self, site_id: str, start: date, end: date) -> list[ClosureRow]:
        """Closures overlapping [start, end] that apply to the site: its own ones, the
        region-wide ones, and those of its department (Alsace-Moselle days)."""
        with self._db.reader() as s:
            site = sites_repo.get(s, site_id)
            return repo.for_site(s, site_id, site.department, start, end)

    def generate_public_holidays(self, year: int) -> int:
        """Create the public holidays of `year` as region-wide closures; return how many.

        The two Alsace-Moselle days are added (with `subdivision` = department) only for
        the departments 57, 67 and 68 where a live site exists. Idempotent: a holiday
        already present (same date, kind and subdivision) is left alone.
        """
        start, end = date(year, 1, 1), date(year, 12, 31)
        with self._db.uow() as s:
            departments = repo.live_site_departments(s) & set(cal.ALSACE_MOSELLE)
            existing = {
                (first, sub)
                for first, _last, _label, sub in repo.region_wide_keys(
                    s, ClosureKind.PUBLIC_HOLIDAY, start, end
                )
            }
            created = 0
            for span in cal.holiday_spans(start, end, departments):
                if (span.start, span.subdivision) in existing:
                    continue
                s.add(_closure(span))
                existing.add((span.start, span.subdivision))
                created += 1
            return created

    def generate_school_breaks(self, school_year_start: int, zone: str = cal.DEFAULT_ZONE) -> int:
        """Create the school breaks of a zone for the school year starting in September of
        `school_year_start` (clipped to 1 Sept – 31 Aug); return how many.

        Idempotent: a break overlapping a live region-wide break of the same label is
        left alone (so breaks seeded over another window are not duplicated).
        """
        start, end = date(school_year_start, 9, 1), date(school_year_start + 1, 8, 31)
        with self._db.uow() as s:
            existing = repo.region_wide_keys(s, ClosureKind.SCHOOL_BREAK, start, end)
            created = 0
            for span in cal.school_breaks(start, end, zone):
                if any(
                    label == span.label and first <= span.end and span.start <= last
                    for first, last, label, _sub in existing
                ):
                    continue
                s.add(_closure(span))
                existing.append((span.start, span.end, span.label, None))
                created += 1
            return created


def _closure(span: cal.ClosureSpan) -> m.Closure:
    return m.Closure(
        site_id=None,
        kind=span.kind,
        label=span.label,
        start_date=span.start,
        end_date=span.end,
        subdivision=span.subdivision,
    )
