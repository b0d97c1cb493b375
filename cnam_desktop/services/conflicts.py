"""Conflict use cases: check the whole network (or one site), check proposed sessions.

The facts are read as plain tuples (`db/repositories/schedule_facts.py`) and handed to
the engine in `domain/conflicts.py`; no ORM object is loaded for sessions.
"""

from __future__ import annotations

from collections.abc import Collection, Iterable, Sequence
from dataclasses import replace
from datetime import date
from typing import NamedTuple

from sqlalchemy import select
from sqlalchemy.orm import Session

from cnam_desktop.db import models as m
from cnam_desktop.db.engine import Database
from cnam_desktop.db.repositories import schedule_facts as repo
from cnam_desktop.domain.conflicts import Conflict, conflicts_involving, find_conflicts
from cnam_desktop.domain.schedule_facts import ScheduleFacts, SessionFact
from cnam_desktop.domain.sessions import SessionData
from cnam_desktop.errors import NotFoundError

NEW_ID_PREFIX = "new-"
_SUMMARY_CHUNK = 500  # ids per IN (...) list, well under SQLite's variable limit


class SessionSummary(NamedTuple):
    """What a list of conflicts shows of a session: its day, its site, its course."""

    day: date
    site_name: str
    course_label: str  # the course's Cnam code, « CC13200 »


class ConflictService:
    def __init__(self, db: Database) -> None:
        self._db = db

    def check_network(
        self, site_id: str | None = None, start: date | None = None, end: date | None = None
    ) -> list[Conflict]:
        """Every conflict of the live sessions between `start` and `end` (inclusive).

        With `site_id`, only the conflicts involving a session of that site: its
        offerings', those in its rooms and those its offerings join as guests. The other
        sessions of their trainers and of their offerings (guests included) are checked
        too, so that a trainer or a group booked elsewhere at the same time is found.
        Raises `NotFoundError` for an unknown site.
        """
        with self._db.reader() as s:
            ref = repo.reference(s)
            if site_id is None:
                facts = replace(ref, sessions=repo.sessions(s, ref, start=start, end=end))
                return find_conflicts(facts)
            if site_id not in ref.sites:
                raise NotFoundError(f"Site « {site_id} » introuvable.")
            own = repo.sessions(
                s, ref, condition=repo.SITE_SESSIONS, params=(site_id,) * 3, start=start, end=end
            )
            own_ids = {x.id for x in own}
            others: dict[str, SessionFact] = {}
            trainers = {x.trainer_id for x in own if x.trainer_id is not None}
            groups = {o for x in own for o in (x.offering_id, *x.guest_offering_ids)}
            for column, values in (("trainer_id", trainers), ("offering_id", groups)):
                for x in repo.sessions_by_column(s, ref, column, values, start=start, end=end):
                    if x.id not in own_ids:
                        others[x.id] = x
            return conflicts_involving(replace(ref, sessions=own + list(others.values())), own_ids)

    def check_proposed(
        self,
        sessions: Sequence[tuple[str | None, SessionData]],
        replacing: Collection[str] = (),
    ) -> list[Conflict]:
        """The conflicts that saving `sessions` would involve them in.

        Each item is (existing session id or None for a new one, proposed data); a new
        one is called "new-<its index in `sessions`>" in the result ("new-0"…). The
        stored version of an edited session, and every session of `replacing` (say, the
        rest of a series being rewritten), is left out. Only sessions on the proposed
        days are read: every rule but the equipment one looks at one day at a time.
        Raises `NotFoundError` when a proposed session names a missing offering, room,
        trainer or guest offering.
        """
        if not sessions:
            return []
        with self._db.reader() as s:
            ref = repo.reference(s)
            proposed = [
                _proposed_fact(ref, session_id or f"{NEW_ID_PREFIX}{index}", data)
                for index, (session_id, data) in enumerate(sessions)
            ]
            exclude = set(replacing) | {sid for sid, _ in sessions if sid is not None}
            days = {x.day.isoformat() for x in proposed}
            existing = repo.sessions_by_column(s, ref, "day", days, exclude=exclude)
            facts = replace(ref, sessions=existing + proposed)
            return conflicts_involving(facts, {x.id for x in proposed})

    def session_summaries(self, session_ids: Iterable[str]) -> dict[str, SessionSummary]:
        """Day, site (of the session's offering) and course of each session, by id.

        Ids of sessions that do not exist (or proposed ones, « new-0 ») are left out;
        tombstoned sessions are still described.
        """
        wanted = sorted(set(session_ids))
        found: dict[str, SessionSummary] = {}
        with self._db.reader() as s:
            for index in range(0, len(wanted), _SUMMARY_CHUNK):
                chunk = wanted[index : index + _SUMMARY_CHUNK]
                query = (
                    select(m.Session.id, m.Session.day, m.Site.name, m.Course.cnam_code)
                    .join(m.Offering, m.Offering.id == m.Session.offering_id)
                    .join(m.Site, m.Site.id == m.Offering.site_id)
                    .join(m.Course, m.Course.id == m.Offering.course_id)
                    .where(m.Session.id.in_(chunk))
                )
                for session_id, day, site_name, code in s.execute(query):
                    found[session_id] = SessionSummary(day, site_name, code)
        return found

    def resolve_site(self, key: str) -> str:
        """A site id from its id, name or town (accents kept, case ignored), for the CLI.

        Raises `NotFoundError` when nothing or several sites match.
        """
        with self._db.reader() as s:
            return _resolve_site(s, key.strip())


def _proposed_fact(ref: ScheduleFacts, session_id: str, data: SessionData) -> SessionFact:
    if data.offering_id not in ref.offerings:
        raise NotFoundError("Ouverture introuvable : elle a peut-être été supprimée entre-temps.")
    if data.room_id is not None and data.room_id not in ref.rooms:
        raise NotFoundError("Salle introuvable : elle a peut-être été supprimée entre-temps.")
    if data.trainer_id is not None and data.trainer_id not in ref.trainers:
        raise NotFoundError("Formateur introuvable : il a peut-être été supprimé entre-temps.")
    if any(g not in ref.offerings for g in data.guest_offering_ids):
        raise NotFoundError(
            "Ouverture invitée introuvable : elle a peut-être été supprimée entre-temps."
        )
    return SessionFact(
        id=session_id,
        offering_id=data.offering_id,
        day=data.day,
        start=data.start_time,
        end=data.end_time,
        modality=data.modality,
        room_id=data.room_id,
        trainer_id=data.trainer_id,
        video_link=data.video_link,
        status=data.status,
        guest_offering_ids=tuple(sorted(data.guest_offering_ids)),
    )


def _resolve_site(s: Session, key: str) -> str:
    query = select(m.Site.id, m.Site.name, m.Site.town).where(m.Site.deleted_at.is_(None))
    sites = s.execute(query).all()
    if any(site_id == key for site_id, _name, _town in sites):
        return key
    wanted = key.casefold()
    matches = [
        site_id
        for site_id, name, town in sites
        if wanted in (name.casefold(), (town or "").casefold())
    ]
    if len(matches) == 1:
        return matches[0]
    if not matches:
        raise NotFoundError(f"Site « {key} » introuvable (ni identifiant, ni nom, ni commune).")
    raise NotFoundError(
        f"« {key} » désigne {len(matches)} sites : donnez l'identifiant du site voulu."
    )
