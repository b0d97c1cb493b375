"""« Besoins d'équipement » PDF: the needs of one site or all, for one funder or all.

The needs are read through `EquipmentService` (the rows the Équipement → Besoins list
shows, with `estimated_cost` computed by the domain rule) and laid out by
`reports/pdf_needs.py`.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import date
from pathlib import Path

from sqlalchemy import select

from cnam_desktop.db import models as m
from cnam_desktop.db.engine import Database
from cnam_desktop.domain.equipment import EquipmentNeedFilter, EquipmentNeedRow
from cnam_desktop.domain.formatting import french_sort_key
from cnam_desktop.errors import NotFoundError
from cnam_desktop.reports.pdf_base import ReportCancelled, ReportInfo, write_pdf
from cnam_desktop.reports.pdf_needs import NeedsScope, needs_story, report_title
from cnam_desktop.services.equipment import EquipmentService
from cnam_desktop.services.planning_report import centre_identity

Progress = Callable[[int, int | None, str], None]
_CHUNK = 500  # ids per `need_rows` call, well under SQLite's variable limit


def funder_choices(db: Database) -> list[tuple[str, str]]:
    """(partner id, name) of live partners funding at least one live need, French order."""
    query = (
        select(m.Partner.id, m.Partner.name)
        .join(m.EquipmentNeed, m.EquipmentNeed.funder_id == m.Partner.id)
        .join(m.Site, m.Site.id == m.EquipmentNeed.site_id)
        .where(
            m.Partner.deleted_at.is_(None),
            m.EquipmentNeed.deleted_at.is_(None),
            m.Site.deleted_at.is_(None),
        )
        .distinct()
    )
    with db.reader() as s:
        rows = [(partner_id, name) for partner_id, name in s.execute(query)]
    return sorted(rows, key=lambda row: (french_sort_key(row[1]), row[0]))


def _name(db: Database, model: type[m.Site] | type[m.Partner], key: str, what: str) -> str:
    with db.reader() as s:
        name = s.scalar(select(model.name).where(model.id == key, model.deleted_at.is_(None)))
    if name is None:
        raise NotFoundError(f"{what} « {key} » introuvable.")
    return name


def read_needs(
    db: Database, site_id: str | None = None, funder_id: str | None = None
) -> list[EquipmentNeedRow]:
    """The live needs of a site (or all), of a funder (or all), by site then priority."""
    service = EquipmentService(db)
    ids = service.list_need_ids(EquipmentNeedFilter(site_id=site_id), sort="site")
    needs: list[EquipmentNeedRow] = []
    for index in range(0, len(ids), _CHUNK):
        chunk = ids[index : index + _CHUNK]
        rows = service.need_rows(chunk)
        needs.extend(rows[i] for i in chunk if i in rows)
    if funder_id is not None:
        needs = [n for n in needs if n.funder_id == funder_id]
    return needs


def write_needs_report(
    db: Database,
    path: Path | str,
    *,
    today: date,
    site_id: str | None = None,
    funder_id: str | None = None,
    progress: Progress | None = None,
    cancelled: Callable[[], bool] | None = None,
) -> Path:
    """Write the equipment-needs list to `path` (PDF) and return the path.

    Raises `NotFoundError` for an unknown site or funder, `ReportCancelled` when
    `cancelled()` turns true.
    """

    def step(done: int, label: str) -> None:
        if cancelled is not None and cancelled():
            raise ReportCancelled
        if progress is not None:
            progress(done, 3, label)

    scope = NeedsScope(
        site_name=_name(db, m.Site, site_id, "Site") if site_id else None,
        funder_name=_name(db, m.Partner, funder_id, "Financeur") if funder_id else None,
    )
    step(0, "Lecture des besoins d'équipement")
    needs = read_needs(db, site_id, funder_id)
    step(1, "Mise en page des besoins")
    centre_name, logo = centre_identity(db)
    info = ReportInfo(
        title=report_title(scope),
        centre_name=centre_name,
        made_on=today,
        subtitle=scope.label,
        logo=logo,
    )
    written = write_pdf(path, info, needs_story(info, scope, needs), cancelled=cancelled)
    if progress is not None:
        progress(3, 3, "Besoins d'équipement enregistrés")
    return written
