"""Offering use cases: list, read, create, update, delete, restore, form choices.

Each public method is one unit of work and returns plain values.
"""

from __future__ import annotations

from collections.abc import Sequence
from datetime import date

from sqlalchemy.orm import Session

from cnam_desktop.db import models as m
from cnam_desktop.db.engine import Database
from cnam_desktop.db.repositories import offerings as repo
from cnam_desktop.db.repositories.common import get_any, get_live, restore, search_text, tombstone
from cnam_desktop.domain.enums import Modality
from cnam_desktop.domain.formatting import plural
from cnam_desktop.domain.offer_rows import OfferingFilter, OfferingRow, course_label
from cnam_desktop.domain.sessions import OfferingData, offering_in_use, validate_offering
from cnam_desktop.domain.validation import ValidationError
from cnam_desktop.errors import UserFacingError

_MODALITY_PHRASE = {
    Modality.IN_PERSON: "en présentiel",
    Modality.DISTANCE: "à distance",
    Modality.HYBRID: "en hybride",
}


def _allows(course: m.Course, modality: Modality) -> bool:
    return {
        Modality.IN_PERSON: course.allows_in_person,
        Modality.DISTANCE: course.allows_distance,
        Modality.HYBRID: course.allows_hybrid,
    }[modality]


def _check_refs(s: Session, data: OfferingData, current: m.Offering | None) -> None:
    """The course and site exist; the course allows the modality; a site change does not
    leave sessions in the rooms of the former site."""
    course = get_live(s, m.Course, data.course_id, "Parcours")
    get_live(s, m.Site, data.site_id, "Site")
    changed = current is None or (current.course_id, current.modality) != (
        data.course_id,
        data.modality,
    )
    if changed and not _allows(course, data.modality):
        name = course_label(course.cnam_code, course.title)
        how = _MODALITY_PHRASE[data.modality]
        raise ValidationError({"modality": f"Modalité : le parcours {name} ne s'ouvre pas {how}."})
    if current is not None and current.site_id != data.site_id:
        in_rooms = repo.sessions_with_rooms(s, current.id)
        if in_rooms:
            raise ValidationError(
                {
                    "site_id": f"Site : l'ouverture a {plural(in_rooms, 'séance')} dans les "
                    "salles du site actuel ; changez-les de salle ou supprimez-les d'abord."
                }
            )


class OfferingService:
    def __init__(self, db: Database) -> None:
        self._db = db

    def list_ids(
        self,
        flt: OfferingFilter | None = None,
        sort: str = "course",
        descending: bool = False,
        *,
        today: date | None = None,
    ) -> list[str]:
        flt = flt or OfferingFilter()
        if search_text(flt.text):
            with self._db.reader() as s:  # names to match
                return repo.list_ids(s, flt, sort, descending, today)
        query = repo.offering_ids_query(self._db.dialect, flt, sort, descending, today, raw=True)
        return self._db.read_column(*query)

    def rows(self, ids: Sequence[str], *, today: date | None = None) -> dict[str, OfferingRow]:
        with self._db.connection() as c:
            return repo.rows_by_id(c, ids, today or date.today())

    def get(self, offering_id: str) -> OfferingData:
        with self._db.reader() as s:
            return repo.to_data(repo.get(s, offering_id))

    def create(self, data: OfferingData) -> str:
        data = validate_offering(data)
        with self._db.uow() as s:
            _check_refs(s, data, None)
            offering = m.Offering()
            repo.apply_data(offering, data)
            s.add(offering)
            s.flush()
            return offering.id

    def update(self, offering_id: str, data: OfferingData) -> None:
        data = validate_offering(data)
        with self._db.uow() as s:
            offering = repo.get(s, offering_id)
            _check_refs(s, data, offering)
            repo.apply_data(offering, data)

    def delete(self, offering_id: str) -> None:
        """Tombstone an offering; refused (`InUseError`) while live sessions, equipment
        needs or invitations to other sites' sessions refer to it."""
        with self._db.uow() as s:
            offering = repo.get(s, offering_id)
            sessions, needs, invitations = repo.usage(s, offering_id)
            if sessions or needs or invitations:
                raise offering_in_use(repo.describe(s, offering), sessions, needs, invitations)
            tombstone(offering)

    def restore(self, offering_id: str) -> None:
        """Undo a delete (its course and site must still exist)."""
        with self._db.uow() as s:
            offering = get_any(s, m.Offering, offering_id, "Ouverture")
            for model, key in ((m.Course, offering.course_id), (m.Site, offering.site_id)):
                record = s.get(model, key)
                if record is None or record.deleted_at is not None:
                    what = "son parcours" if model is m.Course else "son site"
                    raise UserFacingError(
                        f"Impossible de restaurer cette ouverture : {what} a été supprimé."
                    )
            restore(offering)

    # Choices for forms -------------------------------------------------------------------

    def course_choices(self) -> list[tuple[str, str]]:
        """(course id, « CODE — Titre ») of live courses, by Cnam code."""
        with self._db.reader() as s:
            return repo.course_choices(s)

    def site_choices(self) -> list[tuple[str, str]]:
        """(site id, name) of live sites, French order."""
        with self._db.reader() as s:
            return repo.site_choices(s)

    def offering_choices(self, site_id: str | None = None) -> list[tuple[str, str]]:
        """(offering id, label) of live, not cancelled offerings, for the session dialog."""
        with self._db.reader() as s:
            return repo.offering_choices(s, site_id)
