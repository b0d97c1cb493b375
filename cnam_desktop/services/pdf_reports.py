"""One entry for the four PDF reports, shared by the Rapports screen and `export-pdf`.

A `ReportRequest` names the report and its scope; `write_report` builds it into a file
(temporary name, then renamed, by `reports/pdf_base.write_pdf`). `resolve` turns what
a user typed on the command line (an id, a name, a town) into ids, with a French
message naming what was not found or was ambiguous.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass
from datetime import date
from pathlib import Path
from typing import Literal

from sqlalchemy import select
from sqlalchemy.orm import Session

from cnam_desktop.db import models as m
from cnam_desktop.db.engine import Database
from cnam_desktop.domain.recurrence import monday_of
from cnam_desktop.errors import NotFoundError, UserFacingError

ReportKind = Literal["centre", "regional", "planning", "besoins"]
PlanningScope = Literal["site", "room", "trainer"]
Progress = Callable[[int, int | None, str], None]

REPORT_LABELS: dict[str, str] = {
    "centre": "Fiche centre",
    "regional": "Rapport régional",
    "planning": "Planning hebdomadaire",
    "besoins": "Besoins d'équipement",
}
SCOPE_LABELS: dict[str, str] = {"site": "site", "room": "salle", "trainer": "formateur"}


@dataclass(frozen=True)
class ReportRequest:
    report: ReportKind
    site_id: str | None = None
    """Centre sheet: the site (required). Needs: one site, or None for all."""
    scope: PlanningScope = "site"
    target_id: str | None = None
    """Planning: the site, room or trainer whose week is printed."""
    week_start: date | None = None
    weeks: int = 1
    funder_id: str | None = None
    """Needs: one funder's needs only, or None for all."""


def check_request(request: ReportRequest) -> None:
    """Raise a French `UserFacingError` naming what is missing from the request."""
    if request.report == "centre" and not request.site_id:
        raise UserFacingError("Fiche centre : choisissez le site.")
    if request.report == "planning":
        if not request.target_id:
            what = SCOPE_LABELS[request.scope]
            raise UserFacingError(f"Planning hebdomadaire : choisissez le {what}.")
        if not 1 <= request.weeks <= 52:
            raise UserFacingError("Planning hebdomadaire : de 1 à 52 semaines.")


def write_report(
    db: Database,
    request: ReportRequest,
    path: Path | str,
    *,
    today: date,
    progress: Progress | None = None,
    cancelled: Callable[[], bool] | None = None,
) -> Path:
    """Build the report the request names into `path`; return the path written."""
    check_request(request)
    path = Path(path)
    if request.report == "centre":
        from cnam_desktop.services.centre_report import write_centre_sheet

        assert request.site_id is not None
        return write_centre_sheet(
            db, request.site_id, path, today=today, progress=progress, cancelled=cancelled
        )
    if request.report == "regional":
        from cnam_desktop.services.regional_report import write_regional_report

        return write_regional_report(db, path, today=today, progress=progress, cancelled=cancelled)
    if request.report == "planning":
        from cnam_desktop.services.planning_report import write_week_planning

        assert request.target_id is not None
        return write_week_planning(
            db,
            path,
            scope=request.scope,
            target_id=request.target_id,
            week_start=monday_of(request.week_start or today),
            today=today,
            weeks=request.weeks,
            progress=progress,
            cancelled=cancelled,
        )
    from cnam_desktop.services.needs_report import write_needs_report

    return write_needs_report(
        db,
        path,
        today=today,
        site_id=request.site_id,
        funder_id=request.funder_id,
        progress=progress,
        cancelled=cancelled,
    )


def suggested_file_name(db: Database, request: ReportRequest, today: date) -> str:
    """« Fiche centre - Cnam Chaumont - 2026-11-26.pdf » (characters files refuse removed)."""
    parts = [REPORT_LABELS[request.report]]
    with db.reader() as s:
        if request.report == "planning" and request.target_id:
            parts.append(_target_name(s, request.scope, request.target_id))
            parts.append(f"semaine du {monday_of(request.week_start or today).isoformat()}")
        elif request.site_id:
            parts.append(_site_name(s, request.site_id))
        if request.report == "besoins" and request.funder_id:
            parts.append(_partner_name(s, request.funder_id))
    if request.report != "planning":
        parts.append(today.isoformat())
    name = " - ".join(parts)
    return "".join(c for c in name if c not in '\\/:*?"<>|').strip() + ".pdf"


# --- names and ids --------------------------------------------------------------------


def _site_name(s: Session, site_id: str) -> str:
    return s.scalar(select(m.Site.name).where(m.Site.id == site_id)) or "site"


def _partner_name(s: Session, partner_id: str) -> str:
    return s.scalar(select(m.Partner.name).where(m.Partner.id == partner_id)) or "financeur"


def _target_name(s: Session, scope: str, target_id: str) -> str:
    if scope == "site":
        return _site_name(s, target_id)
    if scope == "room":
        row = s.execute(
            select(m.Room.name, m.Site.name)
            .join(m.Premises, m.Premises.id == m.Room.premises_id)
            .join(m.Site, m.Site.id == m.Premises.site_id)
            .where(m.Room.id == target_id)
        ).first()
        return f"{row[0]} ({row[1]})" if row else "salle"
    row = s.execute(
        select(m.Trainer.first_name, m.Trainer.last_name).where(m.Trainer.id == target_id)
    ).first()
    return f"{row[0]} {row[1]}" if row else "formateur"


def _pick(key: str, what: str, candidates: Sequence[tuple[str, Sequence[str]]]) -> str:
    """The id whose id or one of whose names equals `key` (case ignored)."""
    key = key.strip()
    if any(candidate_id == key for candidate_id, _names in candidates):
        return key
    wanted = key.casefold()
    matches = [
        candidate_id
        for candidate_id, names in candidates
        if any(wanted == name.casefold() for name in names if name)
    ]
    if len(matches) == 1:
        return matches[0]
    if not matches:
        raise NotFoundError(f"{what} « {key} » introuvable.")
    raise NotFoundError(f"« {key} » désigne {len(matches)} {what.lower()}s : donnez l'identifiant.")


def resolve_site(db: Database, key: str) -> str:
    """A site id from its id, name or town: the resolver `conflicts` uses too."""
    from cnam_desktop.services.conflicts import ConflictService

    return ConflictService(db).resolve_site(key)


def resolve_room(db: Database, key: str, site_id: str | None = None) -> str:
    """A room by id, by name (within `site_id` if given) or as « salle (site) »."""
    query = (
        select(m.Room.id, m.Room.name, m.Site.name, m.Site.id)
        .join(m.Premises, m.Premises.id == m.Room.premises_id)
        .join(m.Site, m.Site.id == m.Premises.site_id)
        .where(m.Room.deleted_at.is_(None), m.Premises.deleted_at.is_(None))
    )
    if site_id is not None:
        query = query.where(m.Site.id == site_id)
    with db.reader() as s:
        rows = s.execute(query).all()
    return _pick(key, "Salle", [(i, (name, f"{name} ({site})")) for i, name, site, _ in rows])


def resolve_trainer(db: Database, key: str) -> str:
    with db.reader() as s:
        rows = s.execute(
            select(m.Trainer.id, m.Trainer.first_name, m.Trainer.last_name, m.Trainer.email).where(
                m.Trainer.deleted_at.is_(None)
            )
        ).all()
    names = [
        (i, (f"{first} {last}", f"{last} {first}", email or "")) for i, first, last, email in rows
    ]
    return _pick(key, "Formateur", names)


def resolve_funder(db: Database, key: str) -> str:
    with db.reader() as s:
        rows = s.execute(
            select(m.Partner.id, m.Partner.name).where(m.Partner.deleted_at.is_(None))
        ).all()
    return _pick(key, "Financeur", [(i, (name,)) for i, name in rows])


def room_choices(db: Database) -> list[tuple[str, str]]:
    """(id, « Salle (Site) ») of every live room, by site then room name."""
    from cnam_desktop.domain.formatting import french_sort_key

    query = (
        select(m.Room.id, m.Room.name, m.Site.name)
        .join(m.Premises, m.Premises.id == m.Room.premises_id)
        .join(m.Site, m.Site.id == m.Premises.site_id)
        .where(
            m.Room.deleted_at.is_(None),
            m.Premises.deleted_at.is_(None),
            m.Site.deleted_at.is_(None),
        )
    )
    with db.reader() as s:
        rows = sorted(
            s.execute(query).all(), key=lambda r: (french_sort_key(r[2]), french_sort_key(r[1]))
        )
    return [(i, f"{room} ({site})") for i, room, site in rows]


def trainer_choices(db: Database) -> list[tuple[str, str]]:
    """(id, « Nom Prénom ») of every live trainer, by last name."""
    from cnam_desktop.domain.formatting import french_sort_key

    query = select(m.Trainer.id, m.Trainer.first_name, m.Trainer.last_name).where(
        m.Trainer.deleted_at.is_(None)
    )
    with db.reader() as s:
        rows = sorted(
            s.execute(query).all(), key=lambda r: (french_sort_key(r[2]), french_sort_key(r[1]))
        )
    return [(i, f"{last} {first}") for i, first, last in rows]
