"""Queries for series of sessions: scopes, bulk insert, guests, tombstones of sessions."""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Collection, Iterable
from datetime import date, datetime
from typing import Any

from sqlalchemy import insert, select
from sqlalchemy.orm import Session

from cnam_desktop.db import models as m
from cnam_desktop.db.base import new_id, utcnow
from cnam_desktop.db.repositories.common import get_live
from cnam_desktop.db.repositories.sessions import COLUMNS
from cnam_desktop.domain.recurrence import EditScope
from cnam_desktop.domain.sessions import SessionData
from cnam_desktop.domain.validation import ValidationError
from cnam_desktop.errors import NotFoundError


def get_session(session: Session, session_id: str) -> m.Session:
    row = session.get(m.Session, session_id)
    if row is None or row.deleted_at is not None:
        raise NotFoundError("Séance introuvable : elle a peut-être été supprimée entre-temps.")
    return row


def offering_and_site(session: Session, offering_id: str) -> tuple[m.Offering, m.Site]:
    offering = get_live(session, m.Offering, offering_id, "Ouverture")
    return offering, get_live(session, m.Site, offering.site_id, "Site")


def check_references(session: Session, data: SessionData) -> None:
    """`NotFoundError` when the offering, room, trainer or a guest offering was deleted;
    `ValidationError` when the room is not at the offering's site."""
    offering = get_live(session, m.Offering, data.offering_id, "Ouverture")
    if data.room_id:
        room = get_live(session, m.Room, data.room_id, "Salle")
        premises = session.get(m.Premises, room.premises_id)
        if premises is None or premises.site_id != offering.site_id:
            raise ValidationError(
                {"room_id": f"Salle : « {room.name} » n'est pas sur le site de l'ouverture."}
            )
    if data.trainer_id:
        get_live(session, m.Trainer, data.trainer_id, "Formateur")
    for offering_id in data.guest_offering_ids:
        get_live(session, m.Offering, offering_id, "Ouverture invitée")


def scope_sessions(session: Session, row: m.Session, scope: EditScope) -> list[m.Session]:
    """The live sessions a scope covers, in time order; a session outside any series is
    its own scope."""
    if scope is EditScope.THIS or row.series_id is None:
        return [row]
    query = select(m.Session).where(
        m.Session.series_id == row.series_id, m.Session.deleted_at.is_(None)
    )
    if scope is EditScope.FOLLOWING:
        query = query.where(m.Session.day >= row.day)
    query = query.order_by(m.Session.day, m.Session.start_time, m.Session.id)
    return list(session.scalars(query))


def guests(session: Session, session_ids: Collection[str]) -> dict[str, frozenset[str]]:
    """The live guest offerings of each session (empty set when none)."""
    found: dict[str, set[str]] = defaultdict(set)
    if session_ids:
        query = select(m.SessionGuest.session_id, m.SessionGuest.offering_id).where(
            m.SessionGuest.session_id.in_(session_ids), m.SessionGuest.deleted_at.is_(None)
        )
        for session_id, offering_id in session.execute(query):
            found[session_id].add(offering_id)
    return {sid: frozenset(found.get(sid, ())) for sid in session_ids}


def to_data(row: m.Session, guest_ids: frozenset[str]) -> SessionData:
    values: dict[str, Any] = {name: getattr(row, name) for name in COLUMNS}
    return SessionData(**values, guest_offering_ids=guest_ids)


def apply_data(row: m.Session, data: SessionData, names: Iterable[str] = COLUMNS) -> None:
    for name in names:
        setattr(row, name, getattr(data, name))


def insert_sessions(
    session: Session, template: SessionData, days: list[date], series_id: str
) -> list[str]:
    """Insert one session per day, copying the template and its guests; return the ids."""
    values = {name: getattr(template, name) for name in COLUMNS}
    values["series_id"] = series_id
    rows = [{**values, "id": new_id(), "day": day} for day in days]
    session.execute(insert(m.Session), rows)
    guest_rows = [
        {"id": new_id(), "session_id": row["id"], "offering_id": offering_id}
        for row in rows
        for offering_id in sorted(template.guest_offering_ids)
    ]
    if guest_rows:
        session.execute(insert(m.SessionGuest), guest_rows)
    return [row["id"] for row in rows]


def tombstone_sessions(session: Session, rows: Iterable[m.Session]) -> list[str]:
    """Tombstone sessions and their guest links at one moment (restored together)."""
    now = utcnow()
    ids = []
    for row in rows:
        row.deleted_at, row.updated_at = now, now
        ids.append(row.id)
    _tombstone_guests(session, ids, now)
    return ids


def by_ids(session: Session, session_ids: Iterable[str], *, live: bool = True) -> list[m.Session]:
    """Sessions in the order of `session_ids` (loaded in one query); `NotFoundError` when
    one is missing (or tombstoned, with `live`)."""
    wanted = list(dict.fromkeys(session_ids))
    found: dict[str, m.Session] = {}
    for chunk in range(0, len(wanted), 500):
        query = select(m.Session).where(m.Session.id.in_(wanted[chunk : chunk + 500]))
        found.update((row.id, row) for row in session.scalars(query))
    if any(sid not in found or (live and found[sid].deleted_at) for sid in wanted):
        raise NotFoundError("Séance introuvable : elle a peut-être été supprimée entre-temps.")
    return [found[sid] for sid in wanted]


def restore_sessions(session: Session, session_ids: Iterable[str]) -> list[str]:
    """Undo `tombstone_sessions`: the sessions and the guest links deleted with them."""
    rows = [row for row in by_ids(session, session_ids, live=False) if row.deleted_at]
    when = {row.id: row.deleted_at for row in rows}
    if when:
        query = select(m.SessionGuest).where(m.SessionGuest.session_id.in_(when))
        for guest in session.scalars(query):
            if guest.deleted_at is not None and guest.deleted_at == when[guest.session_id]:
                guest.deleted_at, guest.updated_at = None, utcnow()
    now = utcnow()
    for row in rows:
        row.deleted_at, row.updated_at = None, now
    return [row.id for row in rows]


def _tombstone_guests(session: Session, session_ids: list[str], when: datetime) -> None:
    if not session_ids:
        return
    query = select(m.SessionGuest).where(
        m.SessionGuest.session_id.in_(session_ids), m.SessionGuest.deleted_at.is_(None)
    )
    for guest in session.scalars(query):
        guest.deleted_at, guest.updated_at = when, when
