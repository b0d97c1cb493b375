"""The regional report (« Rapport régional »): read the network's figures, write the PDF.

Per-site figures come from grouped queries (one per subject for all sites), the
network totals and the learners by sector from the dashboard's queries
(`services/dashboard.py`), and the open sites' sections from `centre_report.gather`,
which also reads all of them at once: the number of queries does not grow with the
number of sites. Conflicts of the weeks shown are checked once for the whole network.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Callable
from datetime import date, timedelta
from decimal import Decimal
from pathlib import Path

from reportlab.platypus import PageBreak
from sqlalchemy import func, select
from sqlalchemy.orm import Session

from cnam_desktop.db import models as m
from cnam_desktop.db.engine import Database
from cnam_desktop.db.repositories import sites as sites_repo
from cnam_desktop.db.repositories.centre import centre_identity
from cnam_desktop.db.repositories.equipment_needs import need_cost_sql
from cnam_desktop.domain.enums import NeedStatus, OfferingStatus, SiteStatus
from cnam_desktop.domain.formatting import french_count, french_day, plural
from cnam_desktop.domain.recurrence import monday_of
from cnam_desktop.domain.sites import SiteFilter
from cnam_desktop.reports.pdf_base import ReportInfo, frame_width, title_page, write_pdf
from cnam_desktop.reports.pdf_regional import (
    RegionalData,
    SectorLine,
    SiteLine,
    part_count,
    regional_story,
)
from cnam_desktop.services.centre_report import (
    Progress,
    checkpoint,
    gather,
    with_conflicts,
)
from cnam_desktop.services.conflicts import ConflictService
from cnam_desktop.services.dashboard import DashboardService

WEEKS = 4  # weeks of schedule summarised for each open site
CENTS = Decimal("0.01")


def _offering_figures(s: Session) -> dict[str, tuple[int, int, int]]:
    """Site id → (live not cancelled offerings, planned, enrolled learners)."""
    query = (
        select(
            m.Offering.site_id,
            func.count(m.Offering.id),
            func.coalesce(func.sum(m.Offering.planned_learners), 0),
            func.coalesce(func.sum(m.Offering.enrolled_learners), 0),
        )
        .where(m.Offering.deleted_at.is_(None), m.Offering.status != OfferingStatus.CANCELLED)
        .group_by(m.Offering.site_id)
    )
    return {site_id: (int(n), int(p), int(e)) for site_id, n, p, e in s.execute(query)}


def _need_figures(s: Session) -> tuple[dict[str, int], dict[str, dict[NeedStatus, Decimal]]]:
    """Site id → live needs count, and → cost by status (`cost_override` or qty × cost)."""
    query = (
        select(
            m.EquipmentNeed.site_id,
            m.EquipmentNeed.status,
            func.count(m.EquipmentNeed.id),
            func.sum(need_cost_sql()),
        )
        .join(m.EquipmentType, m.EquipmentType.id == m.EquipmentNeed.type_id)
        .where(m.EquipmentNeed.deleted_at.is_(None))
        .group_by(m.EquipmentNeed.site_id, m.EquipmentNeed.status)
    )
    counts: dict[str, int] = defaultdict(int)
    costs: dict[str, dict[NeedStatus, Decimal]] = defaultdict(dict)
    for site_id, status, count, cost in s.execute(query):
        counts[site_id] += int(count)
        costs[site_id][NeedStatus(status)] = Decimal(str(cost or 0)).quantize(CENTS)
    return counts, costs


def _status_since(s: Session) -> dict[str, date]:
    """Site id → the latest day it entered the status it has now."""
    query = (
        select(m.SiteStatusChange.site_id, func.max(m.SiteStatusChange.changed_on))
        .join(m.Site, m.Site.id == m.SiteStatusChange.site_id)
        .where(
            m.SiteStatusChange.deleted_at.is_(None),
            m.SiteStatusChange.status == m.Site.status,
        )
        .group_by(m.SiteStatusChange.site_id)
    )
    return {site_id: day for site_id, day in s.execute(query)}


def site_lines(s: Session) -> list[SiteLine]:
    """Every live site with its key numbers, in French name order."""
    ids = sites_repo.list_ids(s, SiteFilter(), "name")
    rows = sites_repo.rows_by_id(s, ids)
    offerings = _offering_figures(s)
    need_counts, need_costs = _need_figures(s)
    since = _status_since(s)
    lines = []
    for site_id in ids:
        row = rows[site_id]
        count, planned, enrolled = offerings.get(site_id, (0, 0, 0))
        lines.append(
            SiteLine(
                name=row.name,
                town=row.town,
                department=row.department,
                status=row.status,
                status_since=since.get(site_id),
                opening_date=row.opening_date,
                rooms=row.room_count,
                offerings=count,
                planned=planned,
                enrolled=enrolled,
                needs=need_counts.get(site_id, 0),
                needs_by_status=need_costs.get(site_id, {}),
            )
        )
    return lines


def regional_data(db: Database, today: date, step: Progress | None = None) -> RegionalData:
    """What the regional report shows; `step` reports progress (and may cancel)."""
    figures = DashboardService(db).figures(today)
    with db.reader() as s:
        sites = site_lines(s)
        open_ids = sites_repo.list_ids(s, SiteFilter(status=SiteStatus.OPEN), "name")
        if step is not None:
            step(1, None, f"Lecture des {plural(len(open_ids), 'site ouvert', 'sites ouverts')}…")
        sheets, where = gather(s, open_ids, today, WEEKS)
    if step is not None:
        step(2, None, "Contrôle des conflits des prochaines semaines…")
    first = monday_of(today)
    conflicts = ConflictService(db).check_network(None, first, first + timedelta(7 * WEEKS - 1))
    sheets = with_conflicts(sheets, where, conflicts)
    return RegionalData(
        sites=tuple(sites),
        sectors=tuple(
            SectorLine(x.name, x.planned, x.enrolled) for x in figures.learners_by_sector
        ),
        sessions_this_week=figures.sessions_this_week,
        week_start=figures.week_start,
        open_sites=tuple(sheets[i] for i in open_ids if i in sheets),
    )


def write_regional_report(
    db: Database,
    path: Path | str,
    *,
    today: date,
    progress: Progress | None = None,
    cancelled: Callable[[], bool] | None = None,
) -> Path:
    """Write the regional report to `path` (temporary file, then renamed)."""
    step = checkpoint(progress, cancelled)
    step(0, None, "Lecture des chiffres du réseau…")
    with db.reader() as s:
        centre, logo = centre_identity(s)
    data = regional_data(db, today, step)
    info = ReportInfo(
        title="Rapport régional",
        centre_name=centre,
        made_on=today,
        subtitle="Le réseau territorial et ses sites",
        logo=logo,
    )
    lines = [
        f"Périmètre : {plural(len(data.sites), 'site')}, dont "
        f"{french_count(data.count(SiteStatus.OPEN))} ouverts",
        f"Planning des sites ouverts : {WEEKS} semaines à partir du {french_day(monday_of(today))}",
    ]
    extra = 3  # reading, conflicts, writing

    def before(done: int, total: int, label: str) -> None:
        step(2 + done, total + extra, f"Mise en page : {label}…")

    story = [*title_page(info, lines), PageBreak()]
    story += regional_story(data, frame_width(info), before=before)
    total = part_count(data) + extra
    step(total - 1, total, "Écriture du fichier…")
    written = write_pdf(path, info, story, cancelled=cancelled)
    step(total, total, "Rapport régional écrit.")
    return written
