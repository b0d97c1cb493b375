"""The centre sheet (« Fiche centre »): read one site's data, lay it out, write the PDF.

`gather` reads what the sheet shows for any number of sites at once, one grouped query
per subject (sites, history, partners, diagnostic, premises and rooms, inventory,
needs, offerings, sessions of the coming weeks), so that the regional report, which
prints a section per open site, does not query site by site. Counting rules are the
dashboard's: live rows only, cancelled offerings and sessions left out of the totals;
a diagnostic line is a gap by `services/site_profile.DiagnosticLine.gap`.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Callable, Iterable, Sequence
from dataclasses import replace
from datetime import date, datetime, timedelta
from decimal import Decimal
from pathlib import Path

from reportlab.platypus import PageBreak
from sqlalchemy import select
from sqlalchemy.orm import Session

from cnam_desktop.db import models as m
from cnam_desktop.db.engine import Database
from cnam_desktop.db.repositories import sites as sites_repo
from cnam_desktop.db.repositories.centre import centre_identity
from cnam_desktop.db.repositories.common import get_live, live
from cnam_desktop.domain.conflicts import Conflict, Severity
from cnam_desktop.domain.enums import NeedLevel, OfferingStatus, Priority, SessionStatus
from cnam_desktop.domain.equipment import estimated_cost
from cnam_desktop.domain.formatting import french_day, french_sort_key
from cnam_desktop.domain.recurrence import monday_of
from cnam_desktop.domain.sites import PartnerLine
from cnam_desktop.errors import UserFacingError
from cnam_desktop.reports.centre_data import (
    CentreData,
    CentreDiagnostic,
    CentreItem,
    CentreNeed,
    CentreOffering,
    CentrePremises,
    CentreRoom,
    CentreStatus,
    CentreWeek,
)
from cnam_desktop.reports.pdf_base import (
    ReportCancelled,
    ReportInfo,
    frame_width,
    title_page,
    write_pdf,
)
from cnam_desktop.reports.pdf_centre import centre_sections
from cnam_desktop.services.conflicts import ConflictService
from cnam_desktop.services.site_profile import DiagnosticLine, OfferedCourse

Progress = Callable[[int, int | None, str], None]
SessionWeeks = dict[str, tuple[str, date]]  # session id → (site id, Monday of its week)

_LEVEL_RANK = {NeedLevel.HIGH: 0, NeedLevel.MEDIUM: 1, NeedLevel.LOW: 2}
_PRIORITY_RANK = {p: i for i, p in enumerate(Priority)}


def _key(text: str | None) -> str:
    return french_sort_key(text or "")


# Reading ------------------------------------------------------------------------------------


def _history(s: Session, ids: Sequence[str]) -> dict[str, list[CentreStatus]]:
    query = (
        select(m.SiteStatusChange)
        .where(m.SiteStatusChange.site_id.in_(ids), m.SiteStatusChange.deleted_at.is_(None))
        .order_by(m.SiteStatusChange.changed_on, m.SiteStatusChange.created_at)
    )
    result: dict[str, list[CentreStatus]] = defaultdict(list)
    for change in s.scalars(query):
        result[change.site_id].append(CentreStatus(change.status, change.changed_on, change.note))
    return result


def _partners(s: Session, ids: Sequence[str]) -> dict[str, list[PartnerLine]]:
    query = (
        select(m.SitePartner.site_id, m.SitePartner.role, m.Partner)
        .join(m.Partner, m.Partner.id == m.SitePartner.partner_id)
        .where(
            m.SitePartner.site_id.in_(ids),
            m.SitePartner.deleted_at.is_(None),
            m.Partner.deleted_at.is_(None),
        )
    )
    rows = sorted(s.execute(query), key=lambda r: (_key(r[2].name), r[1].label))
    result: dict[str, list[PartnerLine]] = defaultdict(list)
    for site_id, role, partner in rows:
        who = (partner.contact_name, partner.contact_email, partner.contact_phone)
        contact = ", ".join(x for x in who if x) or None
        result[site_id].append(PartnerLine(partner.name, partner.kind.label, role.label, contact))
    return result


Offered = dict[str, dict[str, list[OfferedCourse]]]  # site id → sector id → courses


def _offerings(s: Session, ids: Sequence[str]) -> tuple[dict[str, list[CentreOffering]], Offered]:
    """Each site's live offerings (latest first), and the courses it offers by sector
    (live offerings that are not cancelled: the rule of `site_profile.offered_courses`)."""
    query = (
        select(m.Offering, m.Course, m.Sector.name)
        .join(m.Course, m.Course.id == m.Offering.course_id)
        .join(m.Sector, m.Sector.id == m.Course.sector_id)
        .where(
            m.Offering.site_id.in_(ids),
            m.Offering.deleted_at.is_(None),
            m.Course.deleted_at.is_(None),
        )
    )
    rows = sorted(s.execute(query), key=lambda r: (-r[0].start_date.toordinal(), _key(r[1].title)))
    offerings: dict[str, list[CentreOffering]] = defaultdict(list)
    offered: Offered = defaultdict(dict)
    for o, course, sector in rows:
        offerings[o.site_id].append(
            CentreOffering(
                code=course.cnam_code,
                title=course.title,
                sector=sector,
                period=o.period_label,
                modality=o.modality,
                status=o.status,
                planned=o.planned_learners,
                enrolled=o.enrolled_learners,
                funded_cpf=o.funded_cpf,
                funded_employer=o.funded_employer,
                funded_jobseeker=o.funded_jobseeker,
                funded_self=o.funded_self,
            )
        )
        if o.status is not OfferingStatus.CANCELLED:
            courses = offered[o.site_id].setdefault(course.sector_id, [])
            if all(c.course_id != course.id for c in courses):
                courses.append(OfferedCourse(course.id, course.cnam_code, course.title))
    return offerings, offered


def _diagnostic(
    s: Session, ids: Sequence[str], offered: Offered
) -> dict[str, list[CentreDiagnostic]]:
    query = (
        select(m.SectorNeed, m.Sector)
        .join(m.Sector, m.Sector.id == m.SectorNeed.sector_id)
        .where(
            m.SectorNeed.site_id.in_(ids),
            m.SectorNeed.deleted_at.is_(None),
            m.Sector.deleted_at.is_(None),
        )
    )
    lines: dict[str, list[DiagnosticLine]] = defaultdict(list)
    for need, sector in s.execute(query):
        courses = offered.get(need.site_id, {}).get(sector.id, [])
        courses.sort(key=lambda c: (_key(c.title), c.cnam_code))
        lines[need.site_id].append(
            DiagnosticLine(
                sector_id=sector.id,
                sector_code=sector.code,
                sector_name=sector.name,
                need_level=need.need_level,
                qualification_gap=need.qualification_gap,
                existing_offer=need.existing_offer,
                courses=tuple(courses),
            )
        )
    result: dict[str, list[CentreDiagnostic]] = {}
    for site_id, site_lines in lines.items():
        site_lines.sort(key=lambda x: (_LEVEL_RANK[x.need_level], _key(x.sector_name)))
        result[site_id] = [
            CentreDiagnostic(
                sector=x.sector_name,
                need_level=x.need_level,
                qualification_gap=x.qualification_gap,
                existing_offer=x.existing_offer,
                courses=tuple(f"{c.cnam_code} — {c.title}" for c in x.courses),
                gap=x.gap,
            )
            for x in site_lines
        ]
    return result


def _premises(s: Session, ids: Sequence[str]) -> dict[str, list[CentrePremises]]:
    query = (
        select(m.Premises, m.Room)
        .outerjoin(m.Room, (m.Room.premises_id == m.Premises.id) & m.Room.deleted_at.is_(None))
        .where(m.Premises.site_id.in_(ids), m.Premises.deleted_at.is_(None))
    )
    rooms: dict[str, list[CentreRoom]] = defaultdict(list)
    premises: dict[str, m.Premises] = {}
    for place, room in s.execute(query):
        premises[place.id] = place
        if room is not None:
            rooms[place.id].append(
                CentreRoom(room.name, room.kind, room.capacity, room.accessible, room.opening_hours)
            )
    result: dict[str, list[CentrePremises]] = defaultdict(list)
    for place in sorted(premises.values(), key=lambda p: (_key(p.name), p.id)):
        result[place.site_id].append(
            CentrePremises(
                name=place.name,
                address=place.address,
                owner=place.owner,
                agreement_start=place.agreement_start,
                agreement_end=place.agreement_end,
                yearly_cost=place.yearly_cost,
                step_free=place.step_free,
                rooms=tuple(sorted(rooms[place.id], key=lambda r: _key(r.name))),
            )
        )
    return result


def _inventory(s: Session, ids: Sequence[str]) -> dict[str, list[CentreItem]]:
    query = (
        select(m.EquipmentItem, m.EquipmentType, m.Room.name)
        .join(m.EquipmentType, m.EquipmentType.id == m.EquipmentItem.type_id)
        .outerjoin(m.Room, m.Room.id == m.EquipmentItem.room_id)
        .where(m.EquipmentItem.site_id.in_(ids), m.EquipmentItem.deleted_at.is_(None))
    )
    rows = sorted(s.execute(query), key=lambda r: (_key(r[1].category), _key(r[1].label)))
    result: dict[str, list[CentreItem]] = defaultdict(list)
    for item, kind, room in rows:
        value = (item.quantity * kind.unit_cost).quantize(Decimal("0.01"))
        result[item.site_id].append(
            CentreItem(kind.label, kind.category, room, item.quantity, item.condition, value)
        )
    return result


def _needs(s: Session, ids: Sequence[str]) -> dict[str, list[CentreNeed]]:
    query = (
        select(m.EquipmentNeed, m.EquipmentType, m.Partner.name, m.Course.cnam_code)
        .join(m.EquipmentType, m.EquipmentType.id == m.EquipmentNeed.type_id)
        .outerjoin(m.Partner, m.Partner.id == m.EquipmentNeed.funder_id)
        .outerjoin(m.Offering, m.Offering.id == m.EquipmentNeed.offering_id)
        .outerjoin(m.Course, m.Course.id == m.Offering.course_id)
        .where(m.EquipmentNeed.site_id.in_(ids), m.EquipmentNeed.deleted_at.is_(None))
    )
    rows = sorted(
        s.execute(query),
        key=lambda r: (_PRIORITY_RANK[r[0].priority], _key(r[1].label), r[0].id),
    )
    result: dict[str, list[CentreNeed]] = defaultdict(list)
    for need, kind, funder, code in rows:
        reason = need.reason or (f"Pour {code}" if code else None)
        cost = estimated_cost(need.quantity, kind.unit_cost, need.cost_override)
        result[need.site_id].append(
            CentreNeed(
                kind.label,
                need.quantity,
                kind.unit_cost,
                cost,
                need.priority,
                need.status,
                funder,
                reason,
            )
        )
    return result


def _sessions(
    s: Session, ids: Sequence[str], first: date, weeks: int
) -> tuple[dict[str, list[CentreWeek]], SessionWeeks]:
    """Per site, one line per week from `first` (a Monday): live, not cancelled sessions
    of its live offerings; and each session's (site, week), to place conflicts."""
    last = first + timedelta(days=7 * weeks - 1)
    query = (
        select(
            m.Offering.site_id,
            m.Session.id,
            m.Session.day,
            m.Session.start_time,
            m.Session.end_time,
            m.Course.cnam_code,
        )
        .join(m.Offering, m.Offering.id == m.Session.offering_id)
        .join(m.Course, m.Course.id == m.Offering.course_id)
        .where(
            m.Offering.site_id.in_(ids),
            m.Offering.deleted_at.is_(None),
            m.Session.deleted_at.is_(None),
            m.Session.status != SessionStatus.CANCELLED,
            m.Session.day.between(first, last),
        )
    )
    counts: dict[tuple[str, date], int] = defaultdict(int)
    minutes: dict[tuple[str, date], int] = defaultdict(int)
    codes: dict[tuple[str, date], set[str]] = defaultdict(set)
    where: SessionWeeks = {}
    for site_id, session_id, day, start, end, code in s.execute(query):
        key = (site_id, monday_of(day))
        counts[key] += 1
        span = datetime.combine(day, end) - datetime.combine(day, start)
        minutes[key] += int(span.total_seconds() // 60)
        codes[key].add(code)
        where[session_id] = key
    mondays = [first + timedelta(days=7 * i) for i in range(weeks)]
    result = {
        site_id: [
            CentreWeek(
                monday=monday,
                sessions=counts[(site_id, monday)],
                hours=(Decimal(minutes[(site_id, monday)]) / 60).quantize(Decimal("0.01")),
                courses=tuple(sorted(codes[(site_id, monday)])),
            )
            for monday in mondays
        ]
        for site_id in ids
    }
    return result, where


def gather(
    s: Session, site_ids: Sequence[str], today: date, weeks: int = 4
) -> tuple[dict[str, CentreData], SessionWeeks]:
    """The sheet of every site of `site_ids` (live ones; others are left out), and the
    week of each session counted (`with_conflicts` places conflicts with it)."""
    ids = list(dict.fromkeys(site_ids))
    sites = {site.id: site for site in s.scalars(live(m.Site).where(m.Site.id.in_(ids)))}
    ids = [i for i in ids if i in sites]
    history, partners = _history(s, ids), _partners(s, ids)
    offerings, offered = _offerings(s, ids)
    diagnostic, premises = _diagnostic(s, ids, offered), _premises(s, ids)
    inventory, needs = _inventory(s, ids), _needs(s, ids)
    schedule, where = _sessions(s, ids, monday_of(today), weeks)
    data = {
        site_id: CentreData(
            site=sites_repo.to_data(sites[site_id]),
            history=tuple(history.get(site_id, ())),
            partners=tuple(partners.get(site_id, ())),
            diagnostic=tuple(diagnostic.get(site_id, ())),
            premises=tuple(premises.get(site_id, ())),
            inventory=tuple(inventory.get(site_id, ())),
            needs=tuple(needs.get(site_id, ())),
            offerings=tuple(offerings.get(site_id, ())),
            weeks=tuple(schedule[site_id]),
        )
        for site_id in ids
    }
    return data, where


def with_conflicts(
    data: dict[str, CentreData], where: SessionWeeks, conflicts: Iterable[Conflict]
) -> dict[str, CentreData]:
    """`data` with each week's conflict count: a conflict counts once for each (site,
    week) one of its sessions belongs to."""
    found: dict[tuple[str, date], int] = defaultdict(int)
    errors: dict[tuple[str, date], int] = defaultdict(int)
    for conflict in conflicts:
        for key in {where[i] for i in conflict.session_ids if i in where}:
            found[key] += 1
            errors[key] += conflict.severity is Severity.ERROR
    return {
        site_id: replace(
            sheet,
            weeks=tuple(
                replace(w, conflicts=found[(site_id, w.monday)], errors=errors[(site_id, w.monday)])
                for w in sheet.weeks
            ),
        )
        for site_id, sheet in data.items()
    }


def centre_data(db: Database, site_id: str, today: date, weeks: int = 4) -> CentreData:
    """What the centre sheet of `site_id` shows (`NotFoundError` for an unknown site),
    with the conflicts of the site's sessions over the weeks shown."""
    with db.reader() as s:
        get_live(s, m.Site, site_id, "Site")
        data, where = gather(s, [site_id], today, weeks)
    first = monday_of(today)
    last = first + timedelta(days=7 * weeks - 1)
    conflicts = ConflictService(db).check_network(site_id, first, last)
    return with_conflicts(data, where, conflicts)[site_id]


# Writing ------------------------------------------------------------------------------------


def checkpoint(
    progress: Progress | None, cancelled: Callable[[], bool] | None
) -> Callable[[int, int | None, str], None]:
    """A step reporter that raises `ReportCancelled` when the user has cancelled."""

    def step(done: int, total: int | None, label: str) -> None:
        if cancelled is not None and cancelled():
            raise ReportCancelled
        if progress is not None:
            progress(done, total, label)

    return step


def write_centre_sheet(
    db: Database,
    site_id: str,
    path: Path | str,
    *,
    today: date,
    weeks: int = 4,
    progress: Progress | None = None,
    cancelled: Callable[[], bool] | None = None,
) -> Path:
    """Write the centre sheet of `site_id` to `path` (temporary file, then renamed)."""
    if not 1 <= weeks <= 52:
        raise UserFacingError("Fiche centre : le planning couvre de 1 à 52 semaines.")
    step = checkpoint(progress, cancelled)
    step(0, 4, "Lecture des données du site…")
    with db.reader() as s:
        centre, logo = centre_identity(s)
    data = centre_data(db, site_id, today, weeks)
    info = ReportInfo(
        title=f"Fiche centre — {data.site.name}",
        centre_name=centre,
        made_on=today,
        subtitle=f"{data.site.town} — {data.site.status.label}",
        logo=logo,
    )
    step(1, 4, "Mise en page…")
    lines = [f"Planning : {weeks} semaines à partir du {french_day(monday_of(today))}"]
    story = [*title_page(info, lines), PageBreak()]
    story += centre_sections(
        data, frame_width(info), before=lambda label: step(2, 4, f"Mise en page : {label}…")
    )
    step(3, 4, "Écriture du fichier…")
    written = write_pdf(path, info, story, cancelled=cancelled)
    step(4, 4, "Fiche centre écrite.")
    return written
