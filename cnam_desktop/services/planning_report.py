"""« Planning hebdomadaire » PDF: the weeks of a site, a room or a trainer.

Reads what the Planning → Calendrier page shows — `SessionService.calendar_entries`
(a site's sessions and those of other sites inviting it; cancelled ones included),
the guest sites of each session (`SessionService.rows`), the conflicts of the week
(`ConflictService.check_network`) and the closures of the sites concerned
(`ClosureService.closures_for_site`) — and hands them, as plain `WeekPlan`s, to
`reports/pdf_planning.py`.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import date, timedelta
from pathlib import Path

from sqlalchemy import select

from cnam_desktop.db import models as m
from cnam_desktop.db.engine import Database
from cnam_desktop.db.repositories import centre as centre_repo
from cnam_desktop.domain.conflicts import Severity
from cnam_desktop.domain.enums import SessionStatus
from cnam_desktop.domain.formatting import french_date, french_long_date
from cnam_desktop.domain.offer_rows import CalendarSession
from cnam_desktop.domain.recurrence import monday_of
from cnam_desktop.errors import NotFoundError, UserFacingError
from cnam_desktop.reports.pdf_base import ReportCancelled, ReportInfo, write_pdf
from cnam_desktop.reports.pdf_planning import frame_size, planning_story, week_heading
from cnam_desktop.reports.pdf_week_grid import DayNote, PlanEntry, WeekPlan
from cnam_desktop.services.closures import ClosureService
from cnam_desktop.services.conflicts import ConflictService
from cnam_desktop.services.sessions import SessionService

Progress = Callable[[int, int | None, str], None]
SCOPES = ("site", "room", "trainer")


def centre_identity(db: Database) -> tuple[str, Path | None]:
    """The regional centre's name and logo (None when none is set), for a report's header."""
    with db.reader() as s:
        return centre_repo.centre_identity(s)


def _target(db: Database, scope: str, target_id: str) -> tuple[str, str | None]:
    """The target's printed name and its site (None for a trainer)."""
    with db.reader() as s:
        if scope == "site":
            name = s.scalar(
                select(m.Site.name).where(m.Site.id == target_id, m.Site.deleted_at.is_(None))
            )
            if name is None:
                raise NotFoundError(f"Site « {target_id} » introuvable.")
            return name, target_id
        if scope == "room":
            row = s.execute(
                select(m.Room.name, m.Site.name, m.Site.id)
                .join(m.Premises, m.Premises.id == m.Room.premises_id)
                .join(m.Site, m.Site.id == m.Premises.site_id)
                .where(m.Room.id == target_id, m.Room.deleted_at.is_(None))
            ).first()
            if row is None:
                raise NotFoundError(f"Salle « {target_id} » introuvable.")
            return f"{row[0]} ({row[1]})", row[2]
        person = s.execute(
            select(m.Trainer.first_name, m.Trainer.last_name).where(
                m.Trainer.id == target_id, m.Trainer.deleted_at.is_(None)
            )
        ).first()
        if person is None:
            raise NotFoundError(f"Formateur « {target_id} » introuvable.")
        return f"{person[0]} {person[1]}", None


def _entry(
    row: CalendarSession, scope: str, guests: tuple[str, ...], conflict: Severity | None
) -> PlanEntry:
    show_site = scope == "trainer" or (scope == "site" and row.is_guest)
    return PlanEntry(
        day=row.day,
        start=row.start_time,
        end=row.end_time,
        course_code=row.course_code,
        course_title=row.course_title,
        modality=row.modality,
        room_name=row.room_name,
        trainer_name=row.trainer_name,
        site_name=row.site_name if show_site else None,
        guest_site_names=guests,
        show_trainer=scope != "trainer",
        cancelled=row.status is SessionStatus.CANCELLED,
        conflict=conflict,
    )


def _notes(
    db: Database, site_ids: dict[str, str], start: date, end: date, name_sites: bool
) -> list[DayNote]:
    """The closures of the sites (id → name) between start and end, one note per day."""
    notes: dict[tuple[date, str], DayNote] = {}
    service = ClosureService(db)
    for site_id in sorted(site_ids):
        for closure in service.closures_for_site(site_id, start, end):
            day = max(closure.start_date, start)
            while day <= min(closure.end_date, end):
                site_name = closure.site_name if name_sites else None
                notes.setdefault(
                    (day, closure.id), DayNote(day, closure.kind, closure.label, site_name)
                )
                day += timedelta(days=1)
    return sorted(notes.values(), key=lambda n: (n.day, n.kind.value, n.label))


def week_plan(
    db: Database, scope: str, target_id: str, target_name: str, site_id: str | None, monday: date
) -> WeekPlan:
    """What one week of the planning shows."""
    sunday = monday + timedelta(days=6)
    sessions = SessionService(db)
    rows = sessions.calendar_entries(start=monday, end=sunday, **{f"{scope}_id": target_id})
    shown = {row.id for row in rows}
    details = sessions.rows(sorted(shown)) if rows else {}
    found = (
        ConflictService(db).check_network(site_id, monday, sunday)
        if rows
        else []  # no session, no conflict to show
    )
    involved = [c for c in found if c.involves(shown)]
    worst: dict[str, Severity] = {}
    for conflict in involved:
        for session_id in conflict.session_ids:
            if session_id in shown and worst.get(session_id) is not Severity.ERROR:
                worst[session_id] = conflict.severity
    entries = [
        _entry(
            row,
            scope,
            details[row.id].guest_site_names if row.id in details else (),
            worst.get(row.id),
        )
        for row in rows
    ]
    if scope == "trainer":
        sites = {row.site_id: row.site_name for row in rows}
    else:
        assert site_id is not None
        sites = {site_id: target_name}
    notes = _notes(db, sites, monday, sunday, name_sites=scope == "trainer")
    return WeekPlan(
        monday=monday,
        heading=week_heading(monday, target_name),
        entries=entries,
        notes=notes,
        conflicts=[(c.severity, c.message) for c in involved],
    )


def write_week_planning(
    db: Database,
    path: Path | str,
    *,
    scope: str,
    target_id: str,
    week_start: date,
    today: date,
    weeks: int = 1,
    progress: Progress | None = None,
    cancelled: Callable[[], bool] | None = None,
) -> Path:
    """Write the planning of `weeks` weeks from `week_start`'s Monday to `path` (PDF).

    `scope` is "site", "room" or "trainer"; `target_id` the id of that site, room or
    trainer. Raises `NotFoundError` for an unknown target, `ReportCancelled` when
    `cancelled()` turns true.
    """
    if scope not in SCOPES:
        raise ValueError(f"scope must be one of {SCOPES}, not {scope!r}")
    if weeks < 1:
        raise UserFacingError("Planning hebdomadaire : au moins une semaine.")
    monday = monday_of(week_start)
    target_name, site_id = _target(db, scope, target_id)
    centre_name, logo = centre_identity(db)
    plans = []
    for index in range(weeks):
        if cancelled is not None and cancelled():
            raise ReportCancelled
        week = monday + timedelta(weeks=index)
        if progress is not None:
            progress(index, weeks + 1, f"Semaine du {french_date(week)}")
        plans.append(week_plan(db, scope, target_id, target_name, site_id, week))
    if progress is not None:
        progress(weeks, weeks + 1, "Mise en page du planning")
    if weeks == 1:
        title = week_heading(monday, target_name)
    else:
        last = monday + timedelta(weeks=weeks, days=-1)
        title = (
            f"Planning du {french_long_date(monday)} au {french_long_date(last)} — {target_name}"
        )
    info = ReportInfo(
        title=title,
        centre_name=centre_name,
        made_on=today,
        subtitle=target_name,
        logo=logo,
        orientation="landscape",
    )
    width, height = frame_size(info)
    written = write_pdf(path, info, planning_story(plans, width, height, logo), cancelled=cancelled)
    if progress is not None:
        progress(weeks + 1, weeks + 1, "Planning enregistré")
    return written
