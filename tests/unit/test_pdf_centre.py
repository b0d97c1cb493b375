"""The centre sheet, built from the demo network and read back with pypdf."""

from __future__ import annotations

import re
from datetime import date, datetime, timedelta
from decimal import Decimal
from pathlib import Path

import pytest
from pypdf import PdfReader
from sqlalchemy import select, text, update

from cnam_desktop.db import models as m
from cnam_desktop.db.engine import Database
from cnam_desktop.domain.enums import NeedLevel, PartnerKind, PartnerRole, SiteStatus
from cnam_desktop.domain.formatting import euros, french_count, french_number
from cnam_desktop.domain.sites import SiteData
from cnam_desktop.errors import NotFoundError, UserFacingError
from cnam_desktop.reports.pdf_base import ReportCancelled
from cnam_desktop.services.centre_report import centre_data, write_centre_sheet
from cnam_desktop.services.site_profile import SiteProfileService
from cnam_desktop.services.sites import SiteService

pytestmark = pytest.mark.backends  # SQLite and PostgreSQL (tests/conftest.py)

TODAY = date(2026, 11, 26)  # a Thursday of the demo's teaching year
MONDAY = date(2026, 11, 23)
SECTIONS = (
    "Historique du statut",
    "Partenaires",
    "Diagnostic territorial et offre de formation",
    "Locaux et salles",
    "Inventaire du matériel",
    "Besoins d'équipement",
    "Ouvertures de formation",
    "Planning des prochaines semaines",
    "Apprenants inscrits par filière",
    "Coût des besoins d'équipement par statut",
)
HOSTILE_SITE = 'Dupont <Jean> & fils <img src="x"/>'
HOSTILE_PARTNER = 'Mairie <a href="y">lien</a> & cie'


def flat(value: str) -> str:
    """Runs of white space (French thousands separators included) made one space."""
    return re.sub(r"\s+", " ", value)


def page_texts(path: Path) -> list[str]:
    return [flat(page.extract_text()) for page in PdfReader(path).pages]


def site_id(db: Database, name: str) -> str:
    with db.reader() as s:
        found = s.scalar(select(m.Site.id).where(m.Site.name == name))
    assert found is not None
    return found


@pytest.fixture
def chaumont(demo_db: Database) -> str:
    return site_id(demo_db, "Cnam Chaumont")


def test_the_sheet_has_every_section_and_the_figures_of_the_database(
    demo_db: Database, chaumont: str, tmp_path: Path
) -> None:
    with demo_db.reader() as s:
        planned, enrolled = s.execute(
            text(
                "SELECT sum(planned_learners), sum(enrolled_learners) FROM offering "
                "WHERE site_id = :id AND deleted_at IS NULL AND status != 'cancelled'"
            ),
            {"id": chaumont},
        ).one()
        costs = s.execute(
            text(
                "SELECT n.status, sum(coalesce(n.cost_override, n.quantity * t.unit_cost)) "
                "FROM equipment_need n JOIN equipment_type t ON t.id = n.type_id "
                "WHERE n.site_id = :id AND n.deleted_at IS NULL GROUP BY n.status"
            ),
            {"id": chaumont},
        ).all()
        sessions = s.execute(
            text(
                "SELECT x.start_time, x.end_time FROM session x "
                "JOIN offering o ON o.id = x.offering_id "
                "WHERE o.site_id = :id AND o.deleted_at IS NULL AND x.deleted_at IS NULL "
                "AND x.status != 'cancelled' AND x.day BETWEEN :a AND :b"
            ),
            {"id": chaumont, "a": MONDAY.isoformat(), "b": str(MONDAY + timedelta(days=27))},
        ).all()
    needs_total = sum((Decimal(str(cost)) for _, cost in costs), Decimal(0))
    minutes = sum((_clock(end) - _clock(start)).seconds // 60 for start, end in sessions)
    assert enrolled > 0 and needs_total > 0 and sessions  # the demo site is a busy one

    path = write_centre_sheet(demo_db, chaumont, tmp_path / "fiche.pdf", today=TODAY)
    pages = page_texts(path)
    everything = " ".join(pages)
    assert 3 <= len(pages) <= 10
    for number, page in enumerate(pages, start=1):
        assert f"page {number} / {len(pages)}" in page
        assert "Fiche centre — Cnam Chaumont" in page  # the header
    for title in SECTIONS:
        assert title in everything, title
    assert f"Total (hors annulées) {planned} {enrolled}" in everything
    assert flat(f"{french_count(enrolled)} apprenants inscrits") in everything
    assert flat(f"Total {euros(needs_total)}") in everything
    by_status = " ; ".join(
        f"{label} : {euros(Decimal(str(cost)))}"
        for label, cost in sorted(
            ((_need_label(status), cost) for status, cost in costs if cost),
            key=lambda x: ["Identifié", "Demandé", "Financé", "Livré"].index(x[0]),
        )
    )
    assert flat(f"Par statut : {by_status}.") in everything
    assert flat(f"Total {len(sessions)} {french_number(minutes / 60, 2)} h") in everything
    assert "Cnam Grand Est" in pages[0]  # the regional centre, on the title page
    fonts = {
        str(font.get_object()["/BaseFont"])
        for page in PdfReader(path).pages
        for font in page["/Resources"]["/Font"].values()
    }
    assert all("LiberationSans" in name for name in fonts), fonts  # charts included


def _clock(value: object) -> datetime:
    """A session time read as SQLite's text or as a `time` (PostgreSQL)."""
    return datetime.strptime(str(value)[:5], "%H:%M")


def _need_label(status: str) -> str:
    return {"identified": "Identifié", "requested": "Demandé", "funded": "Financé"}.get(
        status, "Livré"
    )


def test_a_high_need_without_a_course_stands_out(demo_db: Database, chaumont: str) -> None:
    with demo_db.reader() as s:
        high = set(
            s.scalars(
                select(m.Sector.name)
                .join(m.SectorNeed, m.SectorNeed.sector_id == m.Sector.id)
                .where(m.SectorNeed.site_id == chaumont, m.SectorNeed.need_level == "high")
            )
        )
        taught = set(
            s.scalars(
                select(m.Sector.name)
                .join(m.Course, m.Course.sector_id == m.Sector.id)
                .join(m.Offering, m.Offering.course_id == m.Course.id)
                .where(m.Offering.site_id == chaumont, m.Offering.status != "cancelled")
            )
        )
    expected = high - taught
    assert expected  # the demo has one such gap at Chaumont
    data = centre_data(demo_db, chaumont, TODAY)
    assert {line.sector for line in data.diagnostic if line.gap} == expected
    profile = SiteProfileService(demo_db).profile(chaumont)
    assert [line.sector for line in data.diagnostic] == [x.sector_name for x in profile.diagnostic]
    assert data.diagnostic[0].need_level is NeedLevel.HIGH  # strongest needs first


def test_user_text_prints_literally(demo_db: Database, chaumont: str, tmp_path: Path) -> None:
    with demo_db.uow() as s:
        s.execute(update(m.Site).where(m.Site.id == chaumont).values(name=HOSTILE_SITE))
        partner = m.Partner(name=HOSTILE_PARTNER, kind=PartnerKind.LOCAL_AUTHORITY)
        s.add(partner)
        s.flush()
        s.add(m.SitePartner(site_id=chaumont, partner_id=partner.id, role=PartnerRole.HOST))
    path = write_centre_sheet(demo_db, chaumont, tmp_path / "fiche.pdf", today=TODAY)
    everything = " ".join(page_texts(path))
    assert HOSTILE_SITE in everything
    assert f"{HOSTILE_SITE} — Ouvert" in everything
    assert HOSTILE_PARTNER in everything


def test_a_new_site_says_what_it_lacks(demo_db: Database, tmp_path: Path) -> None:
    new_id = SiteService(demo_db).create(
        SiteData(name="Cnam Langres", town="Langres", status=SiteStatus.CANDIDATE), today=TODAY
    )
    path = write_centre_sheet(demo_db, new_id, tmp_path / "vide.pdf", today=TODAY, weeks=2)
    everything = " ".join(page_texts(path))
    for sentence in (
        "Aucun partenaire enregistré.",
        "Aucun diagnostic territorial enregistré.",
        "Aucun local enregistré.",
        "Aucun matériel inventorié.",
        "Aucun besoin d'équipement enregistré.",
        "Aucune ouverture de formation enregistrée.",
        "Aucune séance prévue sur cette période.",
        "Aucun apprenant inscrit.",
    ):
        assert sentence in everything, sentence
    assert "Candidature" in everything


def test_conflicts_of_the_coming_weeks_are_counted(
    demo_db: Database, chaumont: str, tmp_path: Path
) -> None:
    with demo_db.uow() as s:  # an in-person session without a room: one error
        session_id = s.scalar(
            select(m.Session.id)
            .join(m.Offering, m.Offering.id == m.Session.offering_id)
            .where(
                m.Offering.site_id == chaumont,
                m.Session.day.between(MONDAY + timedelta(days=7), MONDAY + timedelta(days=13)),
                m.Session.room_id.is_not(None),
                m.Session.modality == "in_person",
            )
            .limit(1)
        )
        assert session_id is not None
        s.execute(update(m.Session).where(m.Session.id == session_id).values(room_id=None))
    data = centre_data(demo_db, chaumont, TODAY)
    assert [w.conflicts for w in data.weeks] == [0, 1, 0, 0]
    assert [w.errors for w in data.weeks] == [0, 1, 0, 0]
    path = write_centre_sheet(demo_db, chaumont, tmp_path / "fiche.pdf", today=TODAY)
    assert "1 (dont 1 erreur)" in " ".join(page_texts(path))


def test_progress_cancel_and_unknown_site(demo_db: Database, chaumont: str, tmp_path: Path) -> None:
    folder = tmp_path / "out"
    steps: list[tuple[int, int | None, str]] = []
    write_centre_sheet(
        demo_db,
        chaumont,
        folder / "a.pdf",
        today=TODAY,
        progress=lambda done, total, label: steps.append((done, total, label)),
    )
    assert steps[0][0] == 0 and steps[-1][0] == steps[-1][1]
    assert [done for done, _, _ in steps] == sorted(done for done, _, _ in steps)
    assert any("Diagnostic" in label for _, _, label in steps)

    target = folder / "b.pdf"
    calls = iter(range(1000))
    with pytest.raises(ReportCancelled):  # cancelled once the layout has begun
        write_centre_sheet(
            demo_db, chaumont, target, today=TODAY, cancelled=lambda: next(calls) > 3
        )
    assert not target.exists()
    assert [p.name for p in folder.iterdir()] == ["a.pdf"]  # no temporary file left

    with pytest.raises(NotFoundError):
        write_centre_sheet(demo_db, "no-such-site", folder / "c.pdf", today=TODAY)
    with pytest.raises(UserFacingError, match="semaines"):
        write_centre_sheet(demo_db, chaumont, folder / "d.pdf", today=TODAY, weeks=0)
