"""The demo network: Chaumont as in the article, a consistent pipeline, a clean calendar."""

from __future__ import annotations

import time
from collections import defaultdict
from collections.abc import Iterator
from datetime import date

import holidays
import pytest
from sqlalchemy import select, text
from sqlalchemy.orm import Session

from cnam_desktop.db import models as m
from cnam_desktop.db.engine import Database
from cnam_desktop.domain.enums import (
    CertificationType,
    ClosureKind,
    Modality,
    NeedStatus,
    PartnerKind,
    PartnerRole,
    RoomKind,
    SessionStatus,
    SiteStatus,
)
from cnam_desktop.domain.sites import SiteData, validate_site
from cnam_desktop.domain.validation import CNAM_CODE_RE, EMAIL_RE, RNCP_RE, RS_RE
from cnam_desktop.errors import UserFacingError
from cnam_desktop.services.demo import build_demo_rows, is_empty, load_demo_data, seed_demo
from cnam_desktop.services.seeding import TABLE_ORDER, column_names
from cnam_desktop.services.sites import SiteService

pytestmark = pytest.mark.backends  # SQLite and PostgreSQL (tests/conftest.py)


@pytest.fixture
def s(demo_db: Database) -> Iterator[Session]:
    """A read-only session on a copy of the demo network, open for the whole test."""
    with demo_db.reader() as session:
        yield session


def _chaumont(s: Session) -> m.Site:
    return s.scalars(select(m.Site).where(m.Site.town == "Chaumont")).one()


def test_seed_demo_fills_an_empty_database_quickly(db: Database) -> None:
    assert is_empty(db)
    started = time.perf_counter()
    counts = seed_demo(db)
    elapsed = time.perf_counter() - started
    assert elapsed < 5  # about 0.5 s on the development machine; generous for CI
    assert list(counts) == [t for t in TABLE_ORDER if t in counts]
    assert counts["site"] == 14
    assert counts["session"] > 1500
    with db.reader() as s:
        for table, count in counts.items():
            assert s.execute(text(f'SELECT count(*) FROM "{table}"')).scalar() == count
        if db.dialect == "sqlite":  # a server enforces foreign keys and checks its pages
            assert s.execute(text("PRAGMA foreign_key_check")).all() == []
            assert s.execute(text("PRAGMA integrity_check")).scalar() == "ok"
    assert not is_empty(db)


def test_seed_demo_refuses_a_database_with_sites(demo_db: Database) -> None:
    with pytest.raises(UserFacingError, match="déjà"):
        seed_demo(demo_db)


def test_seed_demo_refuses_even_deleted_sites(db: Database) -> None:
    service = SiteService(db)
    service.delete(service.create(SiteData(name="Cnam Langres", town="Langres")))
    with pytest.raises(UserFacingError) as caught:
        seed_demo(db)
    assert "supprimés" in caught.value.message
    with db.reader() as s:
        assert s.execute(text("SELECT count(*) FROM course")).scalar() == 0


def test_rows_are_complete_and_stable() -> None:
    data = load_demo_data()
    first, second = build_demo_rows(data), build_demo_rows(data)
    assert list(first) == list(TABLE_ORDER)
    for table, rows in first.items():
        columns = set(column_names(table))
        assert all(set(row) == columns for row in rows), table
        assert all(row["deleted_at"] is None for row in rows)
        assert [r["id"] for r in rows] == [r["id"] for r in second[table]]


def test_chaumont_as_in_the_article(s: Session) -> None:
    site = _chaumont(s)
    assert site.opening_date == date(2019, 9, 13)
    assert site.application_date is not None
    assert (site.application_date.year, site.application_date.month) == (2019, 6)
    assert site.application_date > date(2019, 5, 13)
    assert site.selection_date is not None and site.selection_date.month == 7
    assert (site.insee_code, site.postcode, site.department) == ("52121", "52000", "52")
    assert site.epci == "Communauté d'agglomération de Chaumont"
    assert site.acv and site.industry_territory and site.is_demo
    assert site.status is SiteStatus.OPEN

    courses = {
        c.cnam_code: c
        for c in s.scalars(
            select(m.Course)
            .join(m.Offering, m.Offering.course_id == m.Course.id)
            .where(m.Offering.site_id == site.id, m.Offering.period_label == "Rentrée 2019")
        )
    }
    titles = {c.title for c in courses.values()}
    assert "Certificat de compétence Analyste en cybersécurité" in titles
    assert "Licence générale Commerce, vente et marketing" in titles
    assert [c.certification_type for c in courses.values()].count(
        CertificationType.CERTIFICAT_BAC1
    ) == 1
    assert len(courses) == 3
    runs = s.scalars(select(m.Offering).where(m.Offering.site_id == site.id)).all()
    opening = [o for o in runs if o.period_label == "Rentrée 2019"]
    assert all(o.start_date == date(2019, 9, 16) for o in opening)
    current = {o.course_id for o in runs if o.period_label == "Rentrée 2026"}
    assert {c.id for c in courses.values()} <= current  # still taught in 2026

    roles: dict[str, set[PartnerRole]] = defaultdict(set)
    kinds: dict[str, PartnerKind] = {}
    for link in s.scalars(select(m.SitePartner).where(m.SitePartner.site_id == site.id)):
        roles[link.partner.name].add(link.role)
        kinds[link.partner.name] = link.partner.kind
    agglo = "Communauté d'agglomération de Chaumont"
    assert roles[agglo] == {PartnerRole.HOST, PartnerRole.FUNDER}
    assert PartnerRole.TEACHING in roles["Université de technologie de Troyes (UTT)"]
    assert PartnerRole.PRESCRIBER in roles["France Travail — agence de Chaumont"]
    assert set(kinds.values()) >= {
        PartnerKind.LOCAL_AUTHORITY,
        PartnerKind.NATIONAL_EDUCATION,
        PartnerKind.BUSINESS,
        PartnerKind.CHAMBER,
        PartnerKind.EMPLOYMENT,
        PartnerKind.UNIVERSITY,
    }


def test_chaumont_has_premises_equipment_and_a_diagnostic(s: Session) -> None:
    site = _chaumont(s)
    rooms = s.scalars(select(m.Room).join(m.Premises).where(m.Premises.site_id == site.id)).all()
    assert {r.kind for r in rooms} >= {RoomKind.CLASSROOM, RoomKind.COMPUTER_LAB, RoomKind.VIDEO}
    items = s.scalars(select(m.EquipmentItem).where(m.EquipmentItem.site_id == site.id)).all()
    assert sum(i.quantity for i in items) > 20
    needs = s.scalars(select(m.SectorNeed).where(m.SectorNeed.site_id == site.id)).all()
    assert len(needs) >= 5 and all(n.qualification_gap and n.existing_offer for n in needs)


def test_sites_pipeline_and_history(s: Session) -> None:
    sites = s.scalars(select(m.Site)).all()
    history: dict[str, list[m.SiteStatusChange]] = defaultdict(list)
    for change in s.scalars(select(m.SiteStatusChange).order_by(m.SiteStatusChange.changed_on)):
        history[change.site_id].append(change)
    assert 11 <= len(sites) <= 16
    assert {site.status for site in sites} >= set(SiteStatus) - {SiteStatus.CLOSED}
    assert {site.acv for site in sites} == {True, False}
    assert sum(site.department in ("57", "67", "68") for site in sites) >= 2
    for site in sites:
        assert site.is_demo and site.notes and "démonstration" in site.notes
        assert site.region == "Grand Est" and site.latitude and site.longitude
        validate_site(
            SiteData(
                **{f: getattr(site, f) for f in SiteData.__dataclass_fields__ if f != "is_demo"}
            )
        )
        steps = history[site.id]
        assert steps[0].status is SiteStatus.CANDIDATE
        assert steps[0].changed_on == site.application_date
        assert steps[-1].status is site.status
        dated = {c.status: c.changed_on for c in steps}
        if site.selection_date:
            assert dated[SiteStatus.SELECTED] == site.selection_date
        if site.opening_date:
            assert dated[SiteStatus.OPEN] == site.opening_date


def test_catalogue(s: Session) -> None:
    courses = s.scalars(select(m.Course)).all()
    sectors = s.scalars(select(m.Sector)).all()
    equipment = {(ce.course_id, ce.type_id): ce for ce in s.scalars(select(m.CourseEquipment))}
    laptop = s.scalars(
        select(m.EquipmentType).where(m.EquipmentType.label == "Ordinateur portable")
    ).one()
    assert 14 <= len(sectors) <= 16
    assert 45 <= len(courses) <= 60
    assert len({c.cnam_code for c in courses}) == len(courses)
    assert {c.certification_type for c in courses} == set(CertificationType)
    assert {c.sector_id for c in courses} == {s.id for s in sectors}
    assert sum(c.cpf_eligible for c in courses) >= 0.9 * len(courses)
    assert any(c.vae for c in courses) and not all(c.vae for c in courses)
    assert laptop.unit_cost > 0
    for c in courses:
        assert CNAM_CODE_RE.match(c.cnam_code) and len(c.cnam_code) <= 20
        assert c.rncp_code is None or RNCP_RE.match(c.rncp_code)
        assert c.rs_code is None or RS_RE.match(c.rs_code)
        assert c.level is not None and 3 <= c.level <= 8
        assert c.objectives and c.prerequisites and c.assessment and c.disability_contact
        assert c.min_learners and c.max_learners and c.min_learners <= c.max_learners
        if c.required_room_kind is RoomKind.COMPUTER_LAB:
            assert equipment[(c.id, laptop.id)].per_learner == 1


def test_people_use_reserved_addresses(s: Session) -> None:
    emails = [
        *s.scalars(select(m.Trainer.email)),
        *s.scalars(select(m.Partner.contact_email)),
        *s.scalars(select(m.RegionalCentre.email)),
    ]
    trainers = s.scalar(text("SELECT count(*) FROM trainer"))
    unlinked = s.scalar(
        text("SELECT count(*) FROM trainer WHERE id NOT IN (SELECT trainer_id FROM trainer_sector)")
    )
    assert trainers == 20 and unlinked == 0
    for email in emails:
        assert email is None or (EMAIL_RE.match(email) and email.endswith("@exemple.fr"))


def test_offerings_and_needs(s: Session) -> None:
    offerings = s.scalars(select(m.Offering)).all()
    needs = s.scalars(select(m.EquipmentNeed)).all()
    assert {o.period_label for o in offerings} >= {"Rentrée 2025", "Rentrée 2026"}
    for o in offerings:
        total = o.funded_cpf + o.funded_employer + o.funded_jobseeker + o.funded_self
        assert total == o.enrolled_learners
    assert {n.status for n in needs} == set(NeedStatus)
    assert any(n.offering_id for n in needs) and any(n.funder_id for n in needs)


def test_sessions_skip_holidays_breaks_and_closures(s: Session) -> None:
    sessions = s.execute(
        text(
            "SELECT s.day, site.id, site.department, site.name FROM session s "
            "JOIN offering o ON o.id = s.offering_id JOIN site ON site.id = o.site_id"
        )
    ).all()
    closures = s.scalars(select(m.Closure)).all()
    assert {c.kind for c in closures} == set(ClosureKind)
    assert any(c.subdivision == "57" for c in closures)
    years = [2025, 2026, 2027]
    national = holidays.France(years=years)
    alsace = holidays.France(years=years, subdiv="6AE")
    local = {"57": holidays.France(years=years, subdiv="57"), "67": alsace, "68": alsace}
    for raw_day, site_id, department, name in sessions:
        day = date.fromisoformat(str(raw_day))  # SQLite's text, or a date
        assert day not in local.get(department, national), (name, day)
        for c in closures:
            applies = c.site_id == site_id or (
                c.site_id is None and c.subdivision in (None, department)
            )
            assert not (applies and c.start_date <= day <= c.end_date), (name, day, c.label)
    alsace_moselle = [(d, dep) for d, _, dep, _ in sessions if dep in ("57", "67")]
    fridays = {(date.fromisoformat(str(d)), dep) for d, dep in alsace_moselle}
    assert not any(d in (date(2026, 4, 3), date(2027, 3, 26)) for d, _ in fridays)
    assert any(d.weekday() == 4 for d, _ in fridays)  # Friday sessions exist, Good Friday skipped


def test_sessions_around_today_and_modalities(s: Session) -> None:
    sessions = s.scalars(select(m.Session)).all()
    week = [x for x in sessions if date(2026, 11, 23) <= x.day <= date(2026, 11, 28)]
    assert len(week) > 20
    for x in sessions:
        if x.day < date(2026, 11, 26):
            assert x.status is SessionStatus.DONE
        assert (x.room_id is None) == (x.modality is Modality.DISTANCE)
        assert (x.video_link is None) == (x.modality is Modality.IN_PERSON)
        assert x.video_link is None or x.video_link.startswith("https://visio.exemple.fr/")
        assert x.trainer_id and x.series_id and x.start_time < x.end_time


CONFLICTS = """
SELECT 'salle', a.day, r.name FROM session a JOIN session b
  ON a.room_id = b.room_id AND a.day = b.day AND a.id < b.id
  AND a.start_time < b.end_time AND b.start_time < a.end_time
  JOIN room r ON r.id = a.room_id
UNION ALL
SELECT 'formateur', a.day, t.last_name FROM session a JOIN session b
  ON a.trainer_id = b.trainer_id AND a.day = b.day AND a.id < b.id
  AND a.start_time < b.end_time AND b.start_time < a.end_time
  JOIN trainer t ON t.id = a.trainer_id
UNION ALL
SELECT 'groupe', a.day, '' FROM session a JOIN session b
  ON a.offering_id = b.offering_id AND a.day = b.day AND a.id < b.id
  AND a.start_time < b.end_time AND b.start_time < a.end_time
UNION ALL
SELECT 'capacité', s.day, r.name FROM session s JOIN room r ON r.id = s.room_id
  JOIN offering o ON o.id = s.offering_id WHERE o.enrolled_learners > r.capacity
UNION ALL
SELECT 'type de salle', s.day, r.name FROM session s JOIN room r ON r.id = s.room_id
  JOIN offering o ON o.id = s.offering_id JOIN course c ON c.id = o.course_id
  WHERE c.required_room_kind IS NOT NULL AND c.required_room_kind <> r.kind
"""


def test_only_the_deliberate_conflicts(s: Session) -> None:
    found = sorted((kind, str(day), name) for kind, day, name in s.execute(text(CONFLICTS)))
    assert found == [
        ("capacité", "2027-03-09", "Salle Oudinot"),
        ("capacité", "2027-03-16", "Salle Oudinot"),
        ("capacité", "2027-03-23", "Salle Oudinot"),
        ("formateur", "2027-01-19", "Girardin"),
        ("salle", "2027-01-16", "Salle Moselle"),
    ]


def test_a_distance_session_gathers_two_sites(demo_db: Database) -> None:
    """Verdun's cybersecurity group joins Chaumont's Thursday distance sessions."""
    with demo_db.reader() as s:
        rows = s.execute(
            text(
                "SELECT host_site.name, guest_site.name, s.modality, s.day "
                "FROM session_guest g "
                "JOIN session s ON s.id = g.session_id "
                "JOIN offering host ON host.id = s.offering_id "
                "JOIN site host_site ON host_site.id = host.site_id "
                "JOIN offering guest ON guest.id = g.offering_id "
                "JOIN site guest_site ON guest_site.id = guest.site_id "
                "WHERE g.deleted_at IS NULL"
            )
        ).all()
    assert rows
    assert {(host, guest) for host, guest, _m, _d in rows} == {("Cnam Chaumont", "Cnam Verdun")}
    assert {modality for _h, _g, modality, _d in rows} == {"distance"}
    assert min(date.fromisoformat(str(day)) for *_x, day in rows) >= date(2027, 1, 11)
    assert all(date.fromisoformat(str(day)).weekday() == 3 for *_x, day in rows)
