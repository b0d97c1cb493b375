"""Catalogue use cases: sectors, courses and their equipment; each method is one unit of work."""

from __future__ import annotations

from collections.abc import Sequence

from sqlalchemy.orm import Session

from cnam_desktop.db import models as m
from cnam_desktop.db.engine import Database
from cnam_desktop.db.repositories import catalogue as repo
from cnam_desktop.db.repositories.common import get_any, restore, tombstone
from cnam_desktop.domain.catalogue import (
    CourseData,
    CourseEquipmentData,
    CourseEquipmentLine,
    CourseFilter,
    CourseRow,
    SectorData,
    SectorRow,
    validate_course,
    validate_course_equipment,
    validate_sector,
)
from cnam_desktop.domain.usage import InUseError
from cnam_desktop.domain.validation import ValidationError
from cnam_desktop.errors import UserFacingError


def _check_sector_code(session: Session, code: str, own_id: str | None) -> None:
    other = repo.sector_with_code(session, code)
    if other is not None and other.id != own_id:
        where = " (filière supprimée : restaurez-la)" if other.deleted_at is not None else ""
        raise ValidationError({"code": f"Code de la filière : « {code} » est déjà utilisé{where}."})


def _check_course(session: Session, data: CourseData, own_id: str | None) -> None:
    repo.get_sector(session, data.sector_id)
    other = repo.course_with_code(session, data.cnam_code)
    if other is not None and other.id != own_id:
        where = " (parcours supprimé : restaurez-le)" if other.deleted_at is not None else ""
        raise ValidationError(
            {"cnam_code": f"Code Cnam : « {data.cnam_code} » est déjà utilisé{where}."}
        )


class CatalogueService:
    def __init__(self, db: Database) -> None:
        self._db = db

    # -- sectors ---------------------------------------------------------------------------

    def sectors(self) -> list[SectorRow]:
        with self._db.connection() as c:
            return repo.sector_rows(c)

    def get_sector(self, sector_id: str) -> SectorData:
        with self._db.reader() as s:
            return repo.sector_to_data(repo.get_sector(s, sector_id))

    def create_sector(self, data: SectorData) -> str:
        data = validate_sector(data)
        with self._db.uow() as s:
            _check_sector_code(s, data.code, None)
            sector = m.Sector()
            repo.apply_sector(sector, data)
            s.add(sector)
            s.flush()
            return sector.id

    def update_sector(self, sector_id: str, data: SectorData) -> None:
        data = validate_sector(data)
        with self._db.uow() as s:
            sector = repo.get_sector(s, sector_id)
            _check_sector_code(s, data.code, sector_id)
            repo.apply_sector(sector, data)

    def delete_sector(self, sector_id: str) -> None:
        """Tombstone a sector; refused (`InUseError`) while live courses belong to it."""
        with self._db.uow() as s:
            sector = repo.get_sector(s, sector_id)
            count = repo.live_course_count(s, sector_id)
            if count:
                raise InUseError(
                    f"la filière « {sector.name} »",
                    "parcours du catalogue",
                    count,
                    "Supprimez ces parcours ou changez-les de filière d'abord.",
                )
            tombstone(sector)

    def restore_sector(self, sector_id: str) -> None:
        with self._db.uow() as s:
            restore(get_any(s, m.Sector, sector_id, "Filière"))

    # -- courses ---------------------------------------------------------------------------

    def list_ids(
        self, flt: CourseFilter | None = None, sort: str = "title", descending: bool = False
    ) -> list[str]:
        query = repo.course_ids_query(self._db.dialect, flt or CourseFilter(), sort, descending)
        return self._db.read_column(*query)

    def rows(self, ids: Sequence[str]) -> dict[str, CourseRow]:
        with self._db.reader() as s:
            return repo.course_rows(s, ids)

    def get(self, course_id: str) -> CourseData:
        with self._db.reader() as s:
            return repo.course_to_data(repo.get_course(s, course_id))

    def create(self, data: CourseData, equipment: Sequence[CourseEquipmentData] = ()) -> str:
        data = validate_course(data)
        items = validate_course_equipment(list(equipment))
        with self._db.uow() as s:
            _check_course(s, data, None)
            course = m.Course()
            repo.apply_course(course, data)
            s.add(course)
            s.flush()
            repo.replace_equipment(s, course.id, items)
            return course.id

    def update(
        self,
        course_id: str,
        data: CourseData,
        equipment: Sequence[CourseEquipmentData] | None = None,
    ) -> None:
        """Save the course and, when given, replace its equipment: one transaction."""
        data = validate_course(data)
        items = validate_course_equipment(list(equipment)) if equipment is not None else None
        with self._db.uow() as s:
            course = repo.get_course(s, course_id)
            _check_course(s, data, course_id)
            repo.apply_course(course, data)
            if items is not None:
                repo.replace_equipment(s, course_id, items)

    def delete(self, course_id: str) -> None:
        """Tombstone a course; refused (`InUseError`) while live offerings run it."""
        with self._db.uow() as s:
            course = repo.get_course(s, course_id)
            count = repo.live_offering_count(s, course_id)
            if count:
                raise InUseError(
                    f"le parcours « {course.cnam_code} — {course.title} »",
                    "ouvertures" if count > 1 else "ouverture",
                    count,
                    "Supprimez ou rattachez ces ouvertures d'abord.",
                )
            tombstone(course)

    def restore(self, course_id: str) -> None:
        """Undo a delete: the course comes back (its sector must still exist)."""
        with self._db.uow() as s:
            course = get_any(s, m.Course, course_id, "Parcours")
            sector = s.get(m.Sector, course.sector_id)
            if sector is None or sector.deleted_at is not None:
                raise UserFacingError(
                    "Impossible de restaurer ce parcours : sa filière a été supprimée."
                )
            restore(course)

    # -- course equipment ------------------------------------------------------------------

    def equipment(self, course_id: str) -> list[CourseEquipmentLine]:
        with self._db.reader() as s:
            repo.get_course(s, course_id)
            return repo.equipment_lines(s, course_id)

    def set_equipment(self, course_id: str, items: Sequence[CourseEquipmentData]) -> None:
        """Replace the course's equipment requirements by `items`."""
        checked = validate_course_equipment(list(items))
        with self._db.uow() as s:
            repo.get_course(s, course_id)
            repo.replace_equipment(s, course_id, checked)
