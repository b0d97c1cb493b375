"""Premises and rooms use cases: list, read, create, update, delete, restore.

Each public method is one unit of work. Deletes are refused while live records use
the premises or room (`InUseError`, with a French message saying what and how many).
"""

from __future__ import annotations

from collections.abc import Sequence
from datetime import date

from sqlalchemy.orm import Session

from cnam_desktop.db import models as m
from cnam_desktop.db.engine import Database
from cnam_desktop.db.repositories import premises as repo
from cnam_desktop.db.repositories.common import get_any, get_live, restore, tombstone
from cnam_desktop.domain.premises import (
    PremisesData,
    PremisesFilter,
    PremisesRow,
    RoomData,
    RoomFilter,
    RoomRow,
    plural,
    premises_in_use,
    room_in_use,
    validate_premises,
    validate_room,
)
from cnam_desktop.domain.validation import ValidationError
from cnam_desktop.errors import UserFacingError


class PremisesService:
    def __init__(self, db: Database) -> None:
        self._db = db

    # Premises -------------------------------------------------------------------

    def list_premises_ids(
        self, flt: PremisesFilter | None = None, sort: str = "name", descending: bool = False
    ) -> list[str]:
        query = repo.premises_ids_query(self._db.dialect, flt or PremisesFilter(), sort, descending)
        return self._db.read_column(*query)

    def premises_rows(self, ids: Sequence[str]) -> dict[str, PremisesRow]:
        with self._db.connection() as c:
            return repo.premises_rows_by_id(c, ids)

    def get_premises(self, premises_id: str) -> PremisesData:
        with self._db.reader() as s:
            return repo.premises_to_data(repo.get_premises(s, premises_id))

    def create_premises(self, data: PremisesData) -> str:
        data = validate_premises(data)
        with self._db.uow() as s:
            get_live(s, m.Site, data.site_id, "Site")
            premises = m.Premises()
            repo.apply_premises_data(premises, data)
            s.add(premises)
            s.flush()
            return premises.id

    def update_premises(self, premises_id: str, data: PremisesData) -> None:
        data = validate_premises(data)
        with self._db.uow() as s:
            premises = repo.get_premises(s, premises_id)
            if data.site_id != premises.site_id:
                get_live(s, m.Site, data.site_id, "Site")
                self._check_rooms_can_move(s, premises_id, data.site_id)
            repo.apply_premises_data(premises, data)

    def delete_premises(self, premises_id: str) -> None:
        with self._db.uow() as s:
            premises = repo.get_premises(s, premises_id)
            rooms = repo.live_rooms_of_premises(s, [premises_id]).get(premises_id, 0)
            if rooms:
                raise premises_in_use(premises.name, rooms)
            tombstone(premises)

    def restore_premises(self, premises_id: str) -> None:
        with self._db.uow() as s:
            premises = get_any(s, m.Premises, premises_id, "Locaux")
            if premises.deleted_at is None:
                return
            get_live(s, m.Site, premises.site_id, "Site")
            restore(premises)

    # Rooms ----------------------------------------------------------------------

    def list_room_ids(
        self, flt: RoomFilter | None = None, sort: str = "name", descending: bool = False
    ) -> list[str]:
        query = repo.room_ids_query(self._db.dialect, flt or RoomFilter(), sort, descending)
        return self._db.read_column(*query)

    def room_rows(self, ids: Sequence[str]) -> dict[str, RoomRow]:
        with self._db.connection() as c:
            return repo.room_rows_by_id(c, ids)

    def room_choices(self, site_id: str | None = None) -> list[tuple[str, str, str, str]]:
        """(room id, site id, premises name, room name) of every live room, or of the
        rooms of `site_id`, by site then room: for filters and dialogs (no counts)."""
        return self._db.read_rows(*repo.room_choices_query(self._db.dialect, site_id))

    def get_room(self, room_id: str) -> RoomData:
        with self._db.reader() as s:
            return repo.room_to_data(repo.get_room(s, room_id))

    def create_room(self, data: RoomData) -> str:
        data = validate_room(data)
        with self._db.uow() as s:
            premises = repo.get_premises(s, data.premises_id)
            self._check_room_name(s, premises.site_id, data.name, None)
            room = m.Room()
            repo.apply_room_data(room, data)
            s.add(room)
            s.flush()
            return room.id

    def update_room(self, room_id: str, data: RoomData) -> None:
        data = validate_room(data)
        with self._db.uow() as s:
            room = repo.get_room(s, room_id)
            premises = repo.get_premises(s, data.premises_id)
            if premises.site_id != repo.room_site_id(s, room_id):
                problem = self._why_room_cannot_change_site(s, room_id)
                if problem:
                    raise ValidationError({"premises_id": f"Locaux : la salle {problem}"})
            self._check_room_name(s, premises.site_id, data.name, room_id)
            repo.apply_room_data(room, data)

    def delete_room(self, room_id: str, *, today: date | None = None) -> None:
        with self._db.uow() as s:
            room = repo.get_room(s, room_id)
            sessions, upcoming, last = repo.room_session_usage(s, room_id, today or date.today())
            items = repo.room_item_count(s, room_id)
            if sessions or items:
                raise room_in_use(room.name, sessions, upcoming, last, items)
            tombstone(room)

    def restore_room(self, room_id: str) -> None:
        with self._db.uow() as s:
            room = get_any(s, m.Room, room_id, "Salle")
            if room.deleted_at is None:
                return
            premises = get_any(s, m.Premises, room.premises_id, "Locaux")
            if premises.deleted_at is not None:
                raise UserFacingError(
                    f"La salle « {room.name} » ne peut pas être restaurée : "
                    f"ses locaux « {premises.name} » ont été supprimés. Restaurez-les d'abord."
                )
            self._check_room_name(s, premises.site_id, room.name, room_id)
            restore(room)

    # Rules needing the database ------------------------------------------------------

    @staticmethod
    def _check_room_name(s: Session, site_id: str, name: str, exclude_id: str | None) -> None:
        if repo.room_name_taken(s, site_id, name, exclude_id):
            raise ValidationError(
                {"name": f"Nom de la salle : une salle « {name} » existe déjà sur ce site."}
            )

    @staticmethod
    def _check_rooms_can_move(s: Session, premises_id: str, site_id: str) -> None:
        """Moving premises to another site moves their rooms: names must stay unique."""
        for room_id in repo.list_room_ids(s, RoomFilter(premises_id=premises_id)):
            room = repo.get_room(s, room_id)
            problem = PremisesService._why_room_cannot_change_site(s, room_id)
            if problem:
                raise ValidationError({"site_id": f"Site : la salle « {room.name} » {problem}"})
            if repo.room_name_taken(s, site_id, room.name, None):
                raise ValidationError(
                    {"site_id": f"Site : une salle « {room.name} » existe déjà sur ce site."}
                )

    @staticmethod
    def _why_room_cannot_change_site(s: Session, room_id: str) -> str | None:
        """Sessions and inventory belong to the room's site: they would be left behind."""
        sessions = repo.room_session_usage(s, room_id, date.min)[0]
        if sessions:
            return f"accueille {plural(sessions, 'séance')} de son site actuel."
        items = repo.room_item_count(s, room_id)
        if items:
            lines = plural(items, "ligne d'inventaire", "lignes d'inventaire")
            return f"contient du matériel de son site actuel ({lines})."
        return None
