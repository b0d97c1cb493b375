"""« Exporter vers un agenda »: the sessions of a site, a room or a trainer as an .ics file.

A site's calendar holds the sessions of its offerings, those held in its rooms, and
the distance or hybrid sessions of other sites that its offerings join as guests
(`session_guest`). Cancelled sessions are kept (STATUS:CANCELLED) so that a calendar
importing the file again cancels them; tombstoned rows are left out.
"""

from __future__ import annotations

from datetime import date
from pathlib import Path
from typing import Any

from sqlalchemy import ColumnElement, Select, and_, func, or_, select
from sqlalchemy.orm import Session, aliased

from cnam_desktop.db import models as m
from cnam_desktop.db.engine import Database
from cnam_desktop.domain.enums import SessionStatus
from cnam_desktop.domain.formatting import french_sort_key
from cnam_desktop.errors import NotFoundError, UserFacingError
from cnam_desktop.reports.ical import SessionEvent, write_ics

_GUEST_SEPARATOR = "\x1f"  # cannot occur in a name typed in a form

_RoomSite = aliased(m.Site)
_OfferingSite = aliased(m.Site)
_GuestSite = aliased(m.Site)
_GuestOffering = aliased(m.Offering)


class CalendarExportService:
    def __init__(self, db: Database) -> None:
        self._db = db

    def export_ics(
        self,
        path: Path | str,
        *,
        site_id: str | None = None,
        room_id: str | None = None,
        trainer_id: str | None = None,
        start: date | None = None,
        end: date | None = None,
    ) -> int:
        """Write the sessions of exactly one site, room or trainer, between `start` and
        `end` (days included, both optional), to `path`; return the number of events."""
        targets = [t for t in (site_id, room_id, trainer_id) if t is not None]
        if len(targets) != 1:
            raise ValueError("exactly one of site_id, room_id, trainer_id")
        path = Path(path)
        with self._db.reader() as s:
            if site_id is not None:
                name, where = self._site(s, site_id, path)
            elif room_id is not None:
                name, where = self._room(s, room_id, path)
            else:
                assert trainer_id is not None
                name, where = self._trainer(s, trainer_id, path)
            events = self._events(s, where, start, end)
        try:
            return write_ics(path, events, f"Planning — {name}")
        except OSError as error:
            reason = error.strerror or str(error)
            raise UserFacingError(
                f"Impossible d'écrire le fichier « {path} » : {reason}. "
                "Choisissez un dossier où vous avez le droit d'écrire."
            ) from error

    # Targets: the calendar's name and the condition on sessions -------------------------

    @staticmethod
    def _site(s: Session, site_id: str, path: Path) -> tuple[str, ColumnElement[bool]]:
        site = s.get(m.Site, site_id)
        if site is None or site.deleted_at is not None:
            raise _missing("Site", path)
        offerings = select(m.Offering.id).where(m.Offering.site_id == site_id)
        rooms = (
            select(m.Room.id)
            .join(m.Premises, m.Premises.id == m.Room.premises_id)
            .where(m.Premises.site_id == site_id)
        )
        guests = (
            select(m.SessionGuest.session_id)
            .join(m.Offering, m.Offering.id == m.SessionGuest.offering_id)
            .where(
                m.Offering.site_id == site_id,
                m.SessionGuest.deleted_at.is_(None),
                m.Offering.deleted_at.is_(None),
            )
        )
        return site.town, or_(
            m.Session.offering_id.in_(offerings),
            m.Session.room_id.in_(rooms),
            m.Session.id.in_(guests),
        )

    @staticmethod
    def _room(s: Session, room_id: str, path: Path) -> tuple[str, ColumnElement[bool]]:
        row = s.execute(
            select(m.Room.name, m.Premises.name, m.Site.town)
            .join(m.Premises, m.Premises.id == m.Room.premises_id)
            .join(m.Site, m.Site.id == m.Premises.site_id)
            .where(m.Room.id == room_id, m.Room.deleted_at.is_(None))
        ).first()
        if row is None:
            raise _missing("Salle", path)
        room, premises, town = row
        return f"{room}, {premises} ({town})", m.Session.room_id == room_id

    @staticmethod
    def _trainer(s: Session, trainer_id: str, path: Path) -> tuple[str, ColumnElement[bool]]:
        trainer = s.get(m.Trainer, trainer_id)
        if trainer is None or trainer.deleted_at is not None:
            raise _missing("Formateur", path)
        return f"{trainer.first_name} {trainer.last_name}", m.Session.trainer_id == trainer_id

    # The one query ---------------------------------------------------------------------

    @staticmethod
    def _events(
        s: Session, where: ColumnElement[bool], start: date | None, end: date | None
    ) -> list[SessionEvent]:
        query = _sessions_query().where(where)
        if start is not None:
            query = query.where(m.Session.day >= start)
        if end is not None:
            query = query.where(m.Session.day <= end)
        query = query.order_by(m.Session.day, m.Session.start_time, m.Session.id)
        return [_event(row) for row in s.execute(query)]


def _missing(what: str, path: Path) -> NotFoundError:
    return NotFoundError(
        f"{what} introuvable : il a peut-être été supprimé entre-temps. "
        f"Le fichier « {path.name} » n'a pas été écrit."
    )


def _sessions_query() -> Select[*tuple[Any, ...]]:
    guest_names = (
        select(func.aggregate_strings(_GuestSite.name, _GUEST_SEPARATOR))
        .select_from(m.SessionGuest)
        .join(_GuestOffering, _GuestOffering.id == m.SessionGuest.offering_id)
        .join(_GuestSite, _GuestSite.id == _GuestOffering.site_id)
        .where(
            m.SessionGuest.session_id == m.Session.id,
            m.SessionGuest.deleted_at.is_(None),
            _GuestOffering.deleted_at.is_(None),
            _GuestSite.deleted_at.is_(None),
        )
        .scalar_subquery()
    )
    return (
        select(
            m.Session.id,
            m.Session.day,
            m.Session.start_time,
            m.Session.end_time,
            m.Session.modality,
            m.Session.status,
            m.Session.video_link,
            m.Session.unit_code,
            m.Session.created_at,
            m.Session.updated_at,
            m.Course.cnam_code,
            m.Course.title,
            _OfferingSite.name,
            _OfferingSite.town,
            m.Room.name,
            m.Premises.name,
            _RoomSite.town,
            m.Trainer.first_name,
            m.Trainer.last_name,
            guest_names,
        )
        .join(m.Offering, m.Offering.id == m.Session.offering_id)
        .join(m.Course, m.Course.id == m.Offering.course_id)
        .join(_OfferingSite, _OfferingSite.id == m.Offering.site_id)
        .outerjoin(m.Room, m.Room.id == m.Session.room_id)
        .outerjoin(m.Premises, m.Premises.id == m.Room.premises_id)
        .outerjoin(_RoomSite, _RoomSite.id == m.Premises.site_id)
        .outerjoin(m.Trainer, m.Trainer.id == m.Session.trainer_id)
        .where(and_(m.Session.deleted_at.is_(None), m.Offering.deleted_at.is_(None)))
    )


def _event(row: Any) -> SessionEvent:
    (
        session_id,
        day,
        start_time,
        end_time,
        modality,
        status,
        video_link,
        unit_code,
        created_at,
        updated_at,
        code,
        title,
        site_name,
        site_town,
        room,
        premises,
        room_town,
        first_name,
        last_name,
        guests,
    ) = row
    trainer = " ".join(p for p in (first_name, last_name) if p) or None
    guest_sites = sorted(set(guests.split(_GUEST_SEPARATOR)) if guests else (), key=french_sort_key)
    return SessionEvent(
        session_id=session_id,
        day=day,
        start_time=start_time,
        end_time=end_time,
        course_code=code,
        course_title=title,
        modality=modality,
        cancelled=status is SessionStatus.CANCELLED,
        room_name=room,
        premises_name=premises,
        town=room_town or site_town,
        video_link=video_link,
        trainer_name=trainer,
        unit_code=unit_code,
        site_name=site_name,
        guest_sites=tuple(guest_sites),
        created_at=created_at,
        updated_at=updated_at,
    )
