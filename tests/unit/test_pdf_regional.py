"""The regional report, built from the demo network and read back with pypdf."""

from __future__ import annotations

import re
from collections.abc import Iterator
from contextlib import contextmanager
from datetime import date
from decimal import Decimal
from pathlib import Path

import pytest
from pypdf import PdfReader
from sqlalchemy import event, select, text, update

from cnam_desktop.db import models as m
from cnam_desktop.db.engine import Database
from cnam_desktop.domain.enums import NeedStatus, SiteStatus
from cnam_desktop.domain.formatting import euros, french_count, french_sort_key
from cnam_desktop.reports.pdf_base import ReportCancelled, ReportInfo, frame_width, write_pdf
from cnam_desktop.reports.pdf_regional import RegionalData, SectorLine, SiteLine, regional_story
from cnam_desktop.services.regional_report import regional_data, write_regional_report

pytestmark = pytest.mark.backends  # SQLite and PostgreSQL (tests/conftest.py)

TODAY = date(2026, 11, 26)
HOSTILE = 'Dupont <Jean> & fils <img src="x"/>'
PARTS = (
    "Synthèse",
    "Sites du réseau",
    "Pipeline des sites",
    "Sites par statut",
    "Apprenants inscrits par filière",
    "Apprenants par filière",
    "Apprenants inscrits par site",
    "Coût des besoins par site",
    "Coût des besoins par statut",
    "Coût des besoins par site et par statut",
    "Sites ouverts",
)
SITES_HEADER = "Site Commune (dép.) Statut Ouverture Salles Ouvertures Inscrits Besoins"


def flat(value: str) -> str:
    """Runs of white space (French thousands separators included) made one space."""
    return re.sub(r"\s+", " ", value)


def page_texts(path: Path) -> list[str]:
    return [flat(page.extract_text()) for page in PdfReader(path).pages]


def test_the_report_has_every_part_the_database_figures_and_one_section_per_open_site(
    demo_db: Database, tmp_path: Path
) -> None:
    with demo_db.uow() as s:  # a hostile name on an open site
        chaumont = s.scalar(select(m.Site.id).where(m.Site.name == "Cnam Chaumont"))
        s.execute(update(m.Site).where(m.Site.id == chaumont).values(name=HOSTILE))
    with demo_db.reader() as s:
        sites = s.execute(select(m.Site.name, m.Site.status)).all()
        rooms = s.scalar(
            text(
                "SELECT count(*) FROM room r JOIN premises p ON p.id = r.premises_id "
                "WHERE r.deleted_at IS NULL AND p.deleted_at IS NULL"
            )
        )
        offerings, enrolled = s.execute(
            text(
                "SELECT count(*), sum(enrolled_learners) FROM offering "
                "WHERE deleted_at IS NULL AND status != 'cancelled'"
            )
        ).one()
        cost = s.scalar(
            text(
                "SELECT sum(coalesce(n.cost_override, n.quantity * t.unit_cost)) "
                "FROM equipment_need n JOIN equipment_type t ON t.id = n.type_id "
                "WHERE n.deleted_at IS NULL"
            )
        )
        this_week = s.scalar(
            text(
                "SELECT count(*) FROM session x JOIN offering o ON o.id = x.offering_id "
                "WHERE x.deleted_at IS NULL AND o.deleted_at IS NULL "
                "AND x.status != 'cancelled' AND x.day BETWEEN '2026-11-23' AND '2026-11-29'"
            )
        )
    open_names = sorted((name for name, status in sites if status == "open"), key=french_sort_key)
    others = [name for name, status in sites if status != "open"]
    assert len(open_names) >= 5 and this_week > 0

    path = write_regional_report(demo_db, tmp_path / "rapport.pdf", today=TODAY)
    pages = page_texts(path)
    everything = " ".join(pages)
    for number, page in enumerate(pages, start=1):
        assert f"page {number} / {len(pages)}" in page
        assert "Rapport régional" in page
    for title in PARTS:
        assert title in everything, title
    total = f"Total {len(sites)} sites {rooms} {offerings} {enrolled} {euros(Decimal(str(cost)))}"
    assert flat(total) in everything
    assert flat(f"Séances de la semaine du lundi 23 novembre 2026 : {this_week}.") in everything
    assert flat(f"{french_count(enrolled)} inscrits") in everything

    # One part per open site, each starting a page, in name order; none for the others.
    starts = {
        name: [i for i, page in enumerate(pages) if f"{name} — Ouvert" in page]
        for name in open_names
    }
    assert all(len(found) == 1 for found in starts.values()), starts
    firsts = [found[0] for found in starts.values()]
    assert firsts == sorted(firsts) and len(set(firsts)) == len(open_names)
    assert pages[firsts[-1]].count("Identité") == 1
    assert len(pages) >= firsts[-1] + 1
    for name in others:
        assert not any(re.search(re.escape(name) + r" — \w", page) for page in pages), name
    assert HOSTILE in pages[firsts[open_names.index(HOSTILE)]]


def _site(index: int) -> SiteLine:
    status = SiteStatus.OPEN if index % 3 else SiteStatus.CANDIDATE
    return SiteLine(
        name=f"Site {index:03d} <b>{index}</b>",
        town=f"Commune {index}",
        department="52",
        status=status,
        status_since=date(2024, 1, 1),
        opening_date=date(2024, 1, 1) if status is SiteStatus.OPEN else None,
        rooms=index % 4,
        offerings=index % 5,
        planned=index,
        enrolled=index,
        needs=1,
        needs_by_status={NeedStatus.FUNDED: Decimal(index * 100)},
    )


def test_a_large_network_paginates_with_the_table_header_repeated(tmp_path: Path) -> None:
    sites = tuple(_site(i) for i in range(1, 101))
    data = RegionalData(
        sites=sites,
        sectors=tuple(SectorLine(f"Filière {i}", i, i) for i in range(25)),
        sessions_this_week=0,
        week_start=date(2026, 11, 23),
    )
    info = ReportInfo("Rapport régional", "Cnam Grand Est", TODAY)
    path = write_pdf(tmp_path / "grand.pdf", info, regional_story(data, frame_width(info)))
    pages = page_texts(path)
    first = next(i for i, page in enumerate(pages) if "Sites du réseau" in page)
    last = next(i for i, page in enumerate(pages) if "Total 100 sites" in page)
    assert last - first >= 3  # 100 rows over several pages
    for page in pages[first : last + 1]:
        assert SITES_HEADER in page
    everything = " ".join(pages)
    assert "Site 100 <b>100</b>" in everything  # escaped, printed as typed
    total = sum(range(1, 101))
    assert flat(f"Total : {french_count(total)} apprenants inscrits.") in everything
    assert "« Autres » : 85 sites de plus" in everything  # the site charts keep 15 bars
    assert "« Autres » : 12 filières de plus" in everything
    assert "Aucun site ouvert." in everything  # no open-site data was given


@contextmanager
def counted(db: Database) -> Iterator[list[str]]:
    seen: list[str] = []

    def record(*args: object) -> None:
        seen.append(str(args[2]))

    event.listen(db.engine, "before_cursor_execute", record)
    try:
        yield seen
    finally:
        event.remove(db.engine, "before_cursor_execute", record)


def test_the_number_of_queries_does_not_grow_with_the_open_sites(demo_db: Database) -> None:
    with counted(demo_db) as before:
        few = regional_data(demo_db, TODAY)
    with demo_db.uow() as s:
        s.execute(
            update(m.Site)
            .where(m.Site.status != SiteStatus.OPEN)
            .values(status=SiteStatus.OPEN, opening_date=date(2026, 9, 1))
        )
    with counted(demo_db) as after:
        more = regional_data(demo_db, TODAY)
    assert len(more.open_sites) > len(few.open_sites)
    assert len(after) == len(before)


@pytest.mark.parametrize("checks", [5, 25])  # while reading, while laying out pages
def test_a_cancel_leaves_no_file(demo_db: Database, tmp_path: Path, checks: int) -> None:
    calls = iter(range(10_000))
    target = tmp_path / "out" / "rapport.pdf"
    target.parent.mkdir()
    with pytest.raises(ReportCancelled):
        write_regional_report(demo_db, target, today=TODAY, cancelled=lambda: next(calls) >= checks)
    assert list(target.parent.iterdir()) == []
