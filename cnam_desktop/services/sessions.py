"""Single-session use cases: list, read, create, update, delete, restore, calendar, choices.

Series (generated sessions and their edit scopes) are `services/series.py`'s. Each
public method is one unit of work and returns plain values. What is plannable but
not right yet (no room, a double booking) is saved: the conflict engine reports it.
"""

from __future__ import annotations

from collections.abc import Sequence
from datetime import date

from sqlalchemy.orm import Session

from cnam_desktop.db import models as m
from cnam_desktop.db.engine import Database
from cnam_desktop.db.repositories import offerings as offerings_repo
from cnam_desktop.db.repositories import sessions as repo
from cnam_desktop.db.repositories.common import get_any, get_live, restore, search_text, tombstone
from cnam_desktop.db.repositories.premises import room_site_id
from cnam_desktop.domain.enums import OfferingStatus
from cnam_desktop.domain.offer_rows import CalendarSession, SessionFilter, SessionRow
from cnam_desktop.domain.sessions import SessionData, validate_session
from cnam_desktop.domain.validation import ValidationError, Validator
from cnam_desktop.errors import UserFacingError


def _check_refs(s: Session, data: SessionData, *, creating: bool) -> None:
    """The offering, room, trainer and guests exist and fit together.

    The room must be one of the offering's site; guests must be live offerings of the
    same course at other sites; a new session cannot join a cancelled offering.
    """
    offering = offerings_repo.get(s, data.offering_id)
    v = Validator()
    if creating and offering.status is OfferingStatus.CANCELLED:
        v.fail(
            "offering_id", "Ouverture : elle est annulée ; rouvrez-la avant d'y ajouter une séance."
        )
    if data.room_id is not None:
        get_live(s, m.Room, data.room_id, "Salle")
        if room_site_id(s, data.room_id) != offering.site_id:
            v.fail("room_id", "Salle : elle n'appartient pas au site de l'ouverture.")
    if data.trainer_id is not None:
        get_live(s, m.Trainer, data.trainer_id, "Formateur")
    for guest_id in sorted(data.guest_offering_ids):
        guest = get_live(s, m.Offering, guest_id, "Ouverture invitée")
        if guest.site_id == offering.site_id:
            v.fail(
                "guest_offering_ids",
                "Sites invités : une ouverture invitée doit être celle d'un autre site.",
            )
        elif guest.course_id != offering.course_id:
            v.fail(
                "guest_offering_ids",
                "Sites invités : une ouverture invitée doit suivre le même parcours.",
            )
    v.raise_if_any()


class SessionService:
    def __init__(self, db: Database) -> None:
        self._db = db

    def list_ids(
        self, flt: SessionFilter | None = None, sort: str = "day", descending: bool = False
    ) -> list[str]:
        flt = flt or SessionFilter()
        if search_text(flt.text) or repo.is_name_sort(sort):
            with self._db.reader() as s:  # names to match or to rank
                return repo.list_ids(s, flt, sort, descending)
        dialect = self._db.dialect
        return self._db.read_column(
            *repo.session_ids_query(dialect, flt, sort, descending, raw=True)
        )

    def list_head(
        self, flt: SessionFilter | None, sort: str, descending: bool, n: int
    ) -> tuple[list[str], int]:
        """The first `n` ids of `list_ids`, and how many it has (two short queries on
        the list's index, where every id of 100,000 sessions takes three times as long
        as painting them). A text search or a name sort reads them all."""
        flt = flt or SessionFilter()
        if search_text(flt.text) or repo.is_name_sort(sort):
            ids = self.list_ids(flt, sort, descending)
            return ids, len(ids)
        statement, values = repo.session_ids_query(
            self._db.dialect, flt, sort, descending, raw=True
        )
        total = self._db.read_column(repo.count_of(statement), values)[0]
        head = self._db.read_column(repo.head_of(statement), {**values, "head": n})
        return head, total

    def rows(self, ids: Sequence[str]) -> dict[str, SessionRow]:
        with self._db.reader() as s:
            return repo.rows_by_id(s, ids)

    def get(self, session_id: str) -> SessionData:
        with self._db.reader() as s:
            return repo.to_data(s, repo.get(s, session_id))

    def create(self, data: SessionData) -> str:
        data = validate_session(data)
        with self._db.uow() as s:
            _check_refs(s, data, creating=True)
            record = m.Session()
            repo.apply_data(record, data)
            s.add(record)
            s.flush()
            repo.replace_guests(s, record.id, data.guest_offering_ids)
            return record.id

    def update(self, session_id: str, data: SessionData) -> None:
        """Save one session as it is edited (a series session stays in its series)."""
        data = validate_session(data)
        with self._db.uow() as s:
            record = repo.get(s, session_id)
            _check_refs(s, data, creating=False)
            repo.apply_data(record, data)
            repo.replace_guests(s, session_id, data.guest_offering_ids)

    def delete(self, session_id: str) -> None:
        """Tombstone one session (its guest links stay, for `restore`)."""
        with self._db.uow() as s:
            tombstone(repo.get(s, session_id))

    def restore(self, session_id: str) -> None:
        """Undo a delete; refused while the session's offering is deleted."""
        with self._db.uow() as s:
            record = get_any(s, m.Session, session_id, "Séance")
            offering = s.get(m.Offering, record.offering_id)
            if offering is None or offering.deleted_at is not None:
                raise UserFacingError(
                    "Impossible de restaurer cette séance : son ouverture a été supprimée."
                )
            restore(record)

    def calendar_entries(
        self,
        *,
        start: date,
        end: date,
        site_id: str | None = None,
        room_id: str | None = None,
        trainer_id: str | None = None,
    ) -> list[CalendarSession]:
        """Sessions from `start` to `end` (both included) for a week or month view.

        A site's calendar also holds the sessions of other sites that invite one of its
        offerings (`is_guest`); cancelled sessions are included (drawn struck out).
        """
        if end < start:
            raise ValidationError({"end": "Fin : ne peut pas précéder le début."})
        with self._db.reader() as s:
            return repo.calendar(
                s, site_id=site_id, room_id=room_id, trainer_id=trainer_id, start=start, end=end
            )

    # Choices for forms -------------------------------------------------------------------

    def room_choices(self, site_id: str) -> list[tuple[str, str]]:
        """(room id, label with kind and capacity) of the site's live rooms."""
        with self._db.reader() as s:
            return repo.room_choices(s, site_id)

    def all_rooms(self) -> list[tuple[str, str, str]]:
        """(room id, « Site · Salle — kind, capacity », site id) of every live room."""
        with self._db.reader() as s:
            return repo.all_rooms(s)

    def trainer_choices(self) -> list[tuple[str, str]]:
        """(trainer id, « Prénom Nom ») of live trainers, by last name."""
        with self._db.reader() as s:
            return repo.trainer_choices(s)

    def guest_offering_choices(self, offering_id: str) -> list[tuple[str, str]]:
        """(offering id, « Site — période ») of the same course at other sites (live)."""
        with self._db.reader() as s:
            return offerings_repo.guest_offering_choices(s, offering_id)
