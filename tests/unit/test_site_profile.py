from datetime import date

import pytest
from sqlalchemy import select

from cnam_desktop.db import models as m
from cnam_desktop.db.base import utcnow
from cnam_desktop.db.engine import Database
from cnam_desktop.db.repositories.sites import default_centre_id
from cnam_desktop.domain.enums import (
    CertificationType,
    NeedLevel,
    OfferingStatus,
    PartnerKind,
    PartnerRole,
    SiteStatus,
)
from cnam_desktop.errors import NotFoundError
from cnam_desktop.services.site_profile import SiteProfileService

pytestmark = pytest.mark.backends  # SQLite and PostgreSQL (tests/conftest.py)


def _build(db: Database) -> str:
    with db.uow() as s:
        site = m.Site(
            regional_centre_id=default_centre_id(s),
            name="Cnam Verdun",
            town="Verdun",
            status=SiteStatus.OPEN,
        )
        sectors = {
            code: m.Sector(code=code, name=name)
            for code, name in [
                ("NUM", "Numérique"),
                ("COM", "Commerce"),
                ("ENT", "Entrepreneuriat"),
                ("SAN", "Santé"),
            ]
        }
        s.add(site)
        s.add_all(sectors.values())
        s.flush()
        courses = {}
        for code, sector, title in [
            ("CPN8900", "NUM", "Développeur web"),
            ("CC13200", "NUM", "Analyste en cybersécurité"),
            ("CC11000", "COM", "Vente conseil"),
            ("CC10800", "ENT", "Création d'entreprise"),
        ]:
            course = m.Course(
                sector_id=sectors[sector].id,
                cnam_code=code,
                title=title,
                certification_type=CertificationType.CERTIFICAT_COMPETENCE,
            )
            s.add(course)
            courses[code] = course
        s.flush()
        for code, status, deleted in [
            ("CPN8900", OfferingStatus.OPEN, False),
            ("CC13200", OfferingStatus.PLANNED, False),
            ("CC13200", OfferingStatus.FINISHED, False),  # same course twice: listed once
            ("CC11000", OfferingStatus.CANCELLED, False),  # cancelled: not offered
            ("CC10800", OfferingStatus.OPEN, True),  # tombstoned: not offered
        ]:
            s.add(
                m.Offering(
                    course_id=courses[code].id,
                    site_id=site.id,
                    period_label=str(status),
                    start_date=date(2025, 9, 1),
                    status=status,
                    deleted_at=utcnow() if deleted else None,
                )
            )
        for code, level, gap in [
            ("NUM", NeedLevel.HIGH, "Développeurs"),
            ("COM", NeedLevel.HIGH, "Vendeurs"),
            ("ENT", NeedLevel.LOW, None),
            ("SAN", NeedLevel.MEDIUM, "Aides-soignants"),
        ]:
            s.add(
                m.SectorNeed(
                    site_id=site.id,
                    sector_id=sectors[code].id,
                    need_level=level,
                    qualification_gap=gap,
                    existing_offer="Lycée" if code == "COM" else None,
                )
            )
        for status, day, note in [
            (SiteStatus.OPEN, date(2020, 1, 6), "Inauguration"),
            (SiteStatus.CANDIDATE, date(2019, 6, 1), None),
            (SiteStatus.SELECTED, date(2019, 7, 15), None),
        ]:
            s.add(m.SiteStatusChange(site_id=site.id, status=status, changed_on=day, note=note))
        town = m.Partner(
            name="Ville de Verdun",
            kind=PartnerKind.LOCAL_AUTHORITY,
            contact_name="Mme Durand",
            contact_email="durand@verdun.fr",
        )
        s.add(town)
        s.flush()
        for role in (PartnerRole.HOST, PartnerRole.FUNDER):
            s.add(m.SitePartner(site_id=site.id, partner_id=town.id, role=role))
        return site.id


def test_profile_joins_diagnostic_with_offered_courses(db: Database) -> None:
    site_id = _build(db)
    profile = SiteProfileService(db).profile(site_id)
    assert profile.name == "Cnam Verdun"
    assert profile.status_label == "Ouvert"
    lines = [
        (d.sector_code, d.need_level_label, [c.cnam_code for c in d.courses], d.gap)
        for d in profile.diagnostic
    ]
    assert lines == [
        ("COM", "Fort", [], True),  # the only offering is cancelled
        ("NUM", "Fort", ["CC13200", "CPN8900"], False),
        ("SAN", "Moyen", [], False),  # no course, but the need is not high
        ("ENT", "Faible", [], False),  # the offering is deleted
    ]
    assert [g.sector_name for g in profile.gaps] == ["Commerce"]
    commerce = profile.diagnostic[0]
    assert (commerce.qualification_gap, commerce.existing_offer) == ("Vendeurs", "Lycée")


def test_profile_history_and_partners(db: Database) -> None:
    site_id = _build(db)
    profile = SiteProfileService(db).profile(site_id)
    assert [(h.status_label, h.changed_on, h.note) for h in profile.history] == [
        ("Candidature", date(2019, 6, 1), None),
        ("Retenu", date(2019, 7, 15), None),
        ("Ouvert", date(2020, 1, 6), "Inauguration"),
    ]
    assert [(p.name, p.role_label, p.contact) for p in profile.partners] == [
        ("Ville de Verdun", "Financeur", "Mme Durand, durand@verdun.fr"),
        ("Ville de Verdun", "Hébergeur", "Mme Durand, durand@verdun.fr"),
    ]
    with pytest.raises(NotFoundError):
        SiteProfileService(db).profile("no-such-site")


def test_profile_on_demo_data_matches_plain_reading(demo_db: Database) -> None:
    service = SiteProfileService(demo_db)
    with demo_db.reader() as s:
        sites = s.execute(select(m.Site.id, m.Site.name)).all()
        needs = s.execute(
            select(m.SectorNeed.site_id, m.SectorNeed.sector_id, m.SectorNeed.need_level)
        ).all()
        offered = s.execute(
            select(m.Offering.site_id, m.Course.sector_id, m.Course.cnam_code, m.Offering.status)
            .join(m.Course, m.Course.id == m.Offering.course_id)
            .where(m.Offering.deleted_at.is_(None))
        ).all()
        steps = s.execute(select(m.SiteStatusChange.site_id, m.SiteStatusChange.changed_on)).all()
    gaps_seen = 0
    for site_id, _name in sites:
        profile = service.profile(site_id)
        expected = {}
        for need_site, sector_id, level in needs:
            if need_site != site_id:
                continue
            codes = {
                code
                for o_site, o_sector, code, status in offered
                if o_site == site_id and o_sector == sector_id and status != "cancelled"
            }
            expected[sector_id] = (codes, level == NeedLevel.HIGH and not codes)
        got = {d.sector_id: ({c.cnam_code for c in d.courses}, d.gap) for d in profile.diagnostic}
        assert got == expected
        gaps_seen += sum(1 for _codes, gap in expected.values() if gap)
        days = [h.changed_on for h in profile.history]
        assert days == sorted(d for step_site, d in steps if step_site == site_id)
        assert profile.history[0].status_label == "Candidature"
        assert profile.history[-1].status == profile.status
    assert gaps_seen  # the demo shows at least one uncovered high need
