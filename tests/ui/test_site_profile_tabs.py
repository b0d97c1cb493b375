"""The Diagnostic and Historique tabs of the site detail, on the demo network."""

from __future__ import annotations

from typing import Any

from PySide6.QtGui import QFont
from PySide6.QtWidgets import QTableWidget
from sqlalchemy import select

from cnam_desktop.db import models as m
from cnam_desktop.db.engine import Database
from cnam_desktop.domain.enums import NeedLevel, OfferingStatus
from cnam_desktop.services.site_profile import SiteProfileService
from cnam_desktop.services.sites import SiteService
from cnam_desktop.ui.views.site_profile_tabs import GAP_TOOLTIP, NO_COURSE
from cnam_desktop.ui.views.sites_view import SitesView

DIAGNOSTIC_COLUMNS = [
    "Filière",
    "Besoin",
    "Écart de qualification",
    "Offre existante à proximité",
    "Parcours proposés",
]


def site_id(db: Database, name: str) -> str:
    with db.reader() as s:
        found = s.scalar(select(m.Site.id).where(m.Site.name == name))
    assert found is not None, name
    return found


def show_site(window: Any, site: str) -> SitesView:
    view: SitesView = window.sites_view
    assert view.select_site(site)
    assert view.current_site_id() == site
    return view


def text(table: QTableWidget, row: int, column: int) -> str:
    item = table.item(row, column)
    assert item is not None, (row, column)
    return item.text()


def rows(table: QTableWidget) -> list[list[str]]:
    return [
        [text(table, r, c) for c in range(table.columnCount())] for r in range(table.rowCount())
    ]


def headers(table: QTableWidget) -> list[str]:
    """Header texts, line breaks (two-line headers) read as spaces."""
    items = [table.horizontalHeaderItem(c) for c in range(table.columnCount())]
    return [item.text().replace("\n", " ") if item else "" for item in items]


def tab_titles(view: SitesView) -> list[str]:
    tabs = view.ui.detailTabs
    return [tabs.tabText(i) for i in range(tabs.count())]


def test_diagnostic_tab_lists_the_sectors_and_marks_the_gaps(
    demo_window: Any, demo_db: Database
) -> None:
    chaumont = site_id(demo_db, "Cnam Chaumont")
    profile = SiteProfileService(demo_db).profile(chaumont)
    view = show_site(demo_window, chaumont)
    ui = view.ui
    ui.detailTabs.setCurrentWidget(ui.diagnosticTab)
    table = ui.diagnosticTable

    assert headers(table) == DIAGNOSTIC_COLUMNS
    assert table.isVisibleTo(view) and not ui.diagnosticEmpty.isVisibleTo(view)
    shown = rows(table)
    assert [(r[0], r[1]) for r in shown] == [
        (line.sector_name, line.need_level_label) for line in profile.diagnostic
    ]
    assert {r[1] for r in shown} <= {"Fort", "Moyen", "Faible"}

    expected_gaps = {line.sector_name for line in profile.gaps}
    assert "Industrie et maintenance" in expected_gaps
    marked = set()
    for row, line in enumerate(profile.diagnostic):
        courses = table.item(row, 4)
        is_marked = courses.text() == NO_COURSE
        if is_marked:
            marked.add(table.item(row, 0).text())
            assert courses.toolTip() == GAP_TOOLTIP
            assert all(table.item(row, c).font().bold() for c in range(table.columnCount()))
            assert not courses.icon().isNull()
        else:
            assert not table.item(row, 0).font().bold()
            assert courses.text() == (", ".join(c.cnam_code for c in line.courses) or "—")
    assert marked == expected_gaps

    names = ", ".join(line.sector_name for line in profile.gaps)
    count = len(profile.gaps)
    word = "filière" if count == 1 else "filières"
    assert ui.diagnosticSummary.text() == (
        f"{count} {word} en besoin fort sans parcours : {names}."
    )
    assert ui.diagnosticSummary.isVisibleTo(view)
    assert ui.diagnosticSummary.property("role") == "warning"
    assert tab_titles(view)[3] == f"Diagnostic ({len(profile.diagnostic)}, ⚠ {count})"


def test_one_diagnostic_row_checked_against_plain_sql(demo_window: Any, demo_db: Database) -> None:
    """« Industrie et maintenance » at Chaumont: high need, no live offering of the sector."""
    chaumont = site_id(demo_db, "Cnam Chaumont")
    with demo_db.reader() as s:
        need, sector = s.execute(
            select(m.SectorNeed, m.Sector)
            .join(m.Sector, m.Sector.id == m.SectorNeed.sector_id)
            .where(
                m.SectorNeed.site_id == chaumont,
                m.Sector.name == "Industrie et maintenance",
                m.SectorNeed.deleted_at.is_(None),
            )
        ).one()
        offered = s.scalars(
            select(m.Offering.id)
            .join(m.Course, m.Course.id == m.Offering.course_id)
            .where(
                m.Offering.site_id == chaumont,
                m.Course.sector_id == sector.id,
                m.Offering.deleted_at.is_(None),
                m.Offering.status != OfferingStatus.CANCELLED,
            )
        ).all()
        qualification_gap, existing_offer = need.qualification_gap, need.existing_offer
        sector_name = sector.name
        assert need.need_level is NeedLevel.HIGH
    assert offered == []

    view = show_site(demo_window, chaumont)
    table = view.ui.diagnosticTable
    (row,) = [r for r in range(table.rowCount()) if table.item(r, 0).text() == sector_name]
    assert [table.item(row, c).text() for c in range(5)] == [
        "Industrie et maintenance",
        "Fort",
        qualification_gap,
        existing_offer,
        "Aucun parcours",
    ]
    assert table.item(row, 4).toolTip() == "Besoin fort sans formation proposée"
    assert table.item(row, 0).font().weight() >= QFont.Weight.Bold
    assert "Industrie et maintenance" in view.ui.diagnosticSummary.text()


def test_history_tab_lists_the_status_steps_in_date_order(
    demo_window: Any, demo_db: Database
) -> None:
    view = show_site(demo_window, site_id(demo_db, "Cnam Chaumont"))
    ui = view.ui
    ui.detailTabs.setCurrentWidget(ui.historyTab)
    table = ui.historyTable

    assert headers(table) == ["Date", "Statut", "Note"]
    shown = rows(table)
    assert [(r[0], r[1]) for r in shown] == [
        ("21/06/2019", "Candidature"),
        ("11/07/2019", "Retenu"),
        ("15/07/2019", "En préparation"),
        ("13/09/2019", "Ouvert"),
    ]
    assert all(r[2] for r in shown)
    assert table.isVisibleTo(view) and not ui.historyEmpty.isVisibleTo(view)
    assert tab_titles(view)[4] == "Historique (4)"


def test_tabs_follow_the_selection(demo_window: Any, demo_db: Database) -> None:
    service = SiteProfileService(demo_db)
    view = demo_window.sites_view
    for name in ("Cnam Chaumont", "Cnam Altkirch", "Cnam Verdun"):
        site = site_id(demo_db, name)
        profile = service.profile(site)
        show_site(demo_window, site)
        table = view.ui.diagnosticTable
        assert [table.item(r, 0).text() for r in range(table.rowCount())] == [
            line.sector_name for line in profile.diagnostic
        ]
        assert view.ui.historyTable.rowCount() == len(profile.history)
        marked = {
            table.item(r, 0).text()
            for r in range(table.rowCount())
            if table.item(r, 4).text() == NO_COURSE
        }
        assert marked == {line.sector_name for line in profile.gaps}
        if not profile.gaps and profile.diagnostic:
            assert view.ui.diagnosticSummary.text() in (
                "Toutes les filières en besoin fort ont un parcours.",
                "Aucune filière n'est en besoin fort.",
            )
            assert view.ui.diagnosticSummary.property("role") == "summary"


def test_without_a_profile_service_the_tabs_say_so(qtbot: Any, demo_db: Database) -> None:
    view = SitesView()
    qtbot.addWidget(view)
    view.set_service(SiteService(demo_db))
    show_site_in = site_id(demo_db, "Cnam Chaumont")
    assert view.select_site(show_site_in)
    ui = view.ui
    assert ui.detailStack.currentIndex() == 1
    assert ui.diagnosticTable.rowCount() == 0
    assert ui.diagnosticEmpty.text() == "Le diagnostic n'est pas disponible pour ce site."
    assert tab_titles(view)[3:] == ["Diagnostic", "Historique"]


def test_gap_summary_sentences() -> None:
    from cnam_desktop.domain.enums import SiteStatus
    from cnam_desktop.services.site_profile import DiagnosticLine, OfferedCourse, SiteProfile
    from cnam_desktop.ui.views.site_profile_tabs import gap_summary

    def line(name: str, level: NeedLevel, *codes: str) -> DiagnosticLine:
        courses = tuple(OfferedCourse(code, code, code) for code in codes)
        return DiagnosticLine(name, name, name, level, None, None, courses)

    def profile(*lines: DiagnosticLine) -> SiteProfile:
        return SiteProfile("s", "Site", SiteStatus.OPEN, lines, (), ())

    assert gap_summary(profile(line("A", NeedLevel.HIGH), line("B", NeedLevel.HIGH))) == (
        "2 filières en besoin fort sans parcours : A, B."
    )
    assert gap_summary(profile(line("A", NeedLevel.HIGH, "X"), line("B", NeedLevel.LOW))) == (
        "Toutes les filières en besoin fort ont un parcours."
    )
    assert gap_summary(profile(line("B", NeedLevel.MEDIUM))) == (
        "Aucune filière n'est en besoin fort."
    )
