"""The dashboard view: its cards and charts show the service's figures and open areas."""

from __future__ import annotations

from datetime import date
from decimal import Decimal
from typing import Any

import pytest
from PySide6.QtCore import QPoint, QPointF, Qt
from sqlalchemy import func, select

from cnam_desktop.db import models as m
from cnam_desktop.db.engine import Database
from cnam_desktop.domain.enums import SITE_PIPELINE, NeedStatus, SiteStatus
from cnam_desktop.domain.formatting import euros, french_count
from cnam_desktop.domain.sites import SiteData
from cnam_desktop.services.dashboard import DashboardService
from cnam_desktop.services.sites import SiteService
from cnam_desktop.ui.views.dashboard_view import DashboardView, week_text
from cnam_desktop.ui.widgets.charts import EMPTY_TEXT, BarChart

TODAY = date(2025, 10, 8)  # a teaching week of the demo network
NB = "\xa0"  # before the unit
NNB = "\u202f"  # between thousands


@pytest.fixture
def make_view(qtbot: Any) -> Any:
    def make(database: Database | None) -> DashboardView:
        view = DashboardView()
        qtbot.addWidget(view)
        view.resize(1280, 800)
        view.set_service(DashboardService(database) if database is not None else None)
        if database is not None:
            view.refresh(TODAY)
        view.show()
        qtbot.waitExposed(view)
        qtbot.waitUntil(lambda: view.charts_built)  # built once the figures are painted
        return view

    return make


@pytest.fixture
def demo_view(make_view: Any, demo_db: Database) -> DashboardView:
    return make_view(demo_db)


def test_french_formats() -> None:
    assert euros(Decimal("43740")) == f"43{NNB}740,00{NB}€"
    assert euros(Decimal("1234567.5")) == f"1{NNB}234{NNB}567,50{NB}€"
    assert euros(0) == f"0,00{NB}€"
    assert french_count(1234) == f"1{NNB}234"
    assert week_text(date(2026, 11, 23), date(2026, 11, 29)) == "du 23/11 au 29/11"


def test_cards_show_the_service_figures(demo_view: DashboardView, demo_db: Database) -> None:
    f = DashboardService(demo_db).figures(TODAY)
    assert demo_view.figures == f
    shown = {card.caption_label.text(): card.value() for card in demo_view.cards}
    assert shown == {
        "Sites du réseau": french_count(f.total_sites),
        "Sites ouverts": french_count(f.open_sites),
        "Apprenants prévus": french_count(f.planned_learners),
        "Apprenants inscrits": french_count(f.enrolled_learners),
        "Séances de la semaine": french_count(f.sessions_this_week),
        "Besoins d'équipement": euros(f.needs_total_cost),
    }
    assert f.sessions_this_week > 0
    assert demo_view.sessions_card.detail() == "du 06/10 au 12/10"
    assert demo_view.date_label.text() == "Situation au 08/10/2025"
    cost = demo_view.cost_card.value()
    assert cost.endswith(f"{NB}€") and "," in cost and " " not in cost


def test_open_sites_card_matches_a_plain_sql_count(
    demo_view: DashboardView, demo_db: Database
) -> None:
    with demo_db.reader() as s:
        open_sites = s.scalar(
            select(func.count(m.Site.id)).where(
                m.Site.status == SiteStatus.OPEN, m.Site.deleted_at.is_(None)
            )
        )
        all_sites = s.scalar(select(func.count(m.Site.id)).where(m.Site.deleted_at.is_(None)))
    assert open_sites
    assert demo_view.open_sites_card.value() == str(open_sites)
    assert demo_view.sites_card.value() == str(all_sites)


def test_cards_are_accessible(demo_view: DashboardView) -> None:
    for card in demo_view.cards:
        assert card.focusPolicy() & Qt.FocusPolicy.TabFocus
        assert card.accessibleName().startswith(card.caption_label.text() + " : ")
        assert card.value() in card.accessibleName()
        assert card.accessibleDescription().startswith("Ouvrir")
    for chart in demo_view.charts:
        assert chart.view.accessibleName() == chart.chart.title() == chart.title()
        assert chart.view.renderHints() & chart.view.renderHints().Antialiasing


@pytest.mark.parametrize(
    ("card_name", "expected"),
    [
        ("sites_card", ("sites", {})),
        ("open_sites_card", ("sites", {"status": SiteStatus.OPEN})),
        ("planned_card", ("planning", {"view": "offerings"})),
        ("enrolled_card", ("planning", {"view": "offerings"})),
        (
            "sessions_card",
            (
                "planning",
                {
                    "view": "sessions",
                    "week_start": date(2025, 10, 6),
                    "week_end": date(2025, 10, 12),
                },
            ),
        ),
        ("cost_card", ("equipment", {"view": "needs"})),
    ],
)
def test_clicking_a_card_opens_its_area(
    qtbot: Any, demo_view: DashboardView, card_name: str, expected: tuple[str, dict[str, Any]]
) -> None:
    card = getattr(demo_view, card_name)
    with qtbot.waitSignal(demo_view.openRequested, timeout=1000) as blocker:
        qtbot.mouseClick(card, Qt.MouseButton.LeftButton)
    assert tuple(blocker.args) == expected


@pytest.mark.parametrize("key", [Qt.Key.Key_Return, Qt.Key.Key_Enter, Qt.Key.Key_Space])
def test_keyboard_activates_the_focused_card(
    qtbot: Any, demo_view: DashboardView, key: Qt.Key
) -> None:
    card = demo_view.open_sites_card
    card.setFocus(Qt.FocusReason.TabFocusReason)
    with qtbot.waitSignal(demo_view.openRequested, timeout=1000) as blocker:
        qtbot.keyClick(card, key)
    assert blocker.args == ["sites", {"status": SiteStatus.OPEN}]


def test_other_keys_do_not_activate(qtbot: Any, demo_view: DashboardView) -> None:
    with qtbot.assertNotEmitted(demo_view.openRequested):
        qtbot.keyClick(demo_view.sites_card, Qt.Key.Key_A)


def test_chart_series_hold_the_figures(demo_view: DashboardView, demo_db: Database) -> None:
    f = DashboardService(demo_db).figures(TODAY)

    pipeline = demo_view.pipeline_chart
    assert pipeline.categories() == [s.label for s in SITE_PIPELINE]
    assert pipeline.values() == {"Sites": [float(c.count) for c in f.sites_by_status]}
    assert 0.0 in pipeline.values()["Sites"]  # « Fermé »: zero bars are kept
    # Horizontal: the QBarSet holds the pipeline bottom-up, so that it reads top-down.
    raw = pipeline.bar_sets()[0]
    assert raw.at(raw.count() - 1) == f.sites_by_status[0].count

    assert demo_view.status_cost_chart.categories() == [s.label for s in NeedStatus]
    assert demo_view.status_cost_chart.values() == {
        "Coût": [float(n.cost) for n in f.needs_cost_by_status]
    }

    sectors = demo_view.sector_chart
    assert sectors.categories() == [s.name for s in f.learners_by_sector]
    assert sectors.values() == {
        "Inscrits": [float(s.enrolled) for s in f.learners_by_sector],
        "Prévus": [float(s.planned) for s in f.learners_by_sector],
    }

    by_site = demo_view.site_cost_chart
    top = f.needs_cost_by_site[:10]
    assert by_site.categories() == [s.name for s in top]
    assert by_site.values() == {"Coût": [float(s.cost) for s in top]}
    costs = by_site.values()["Coût"]
    assert costs == sorted(costs, reverse=True)
    assert not any(chart.is_empty() for chart in demo_view.charts)


def _bar_centre(chart: BarChart, index: int) -> QPoint:
    """Where, in the chart view's viewport, the first set's bar of category `index` is."""
    bar_set = chart.bar_sets()[0]
    count = bar_set.count()
    position = count - 1 - index if chart.is_horizontal() else index
    value = bar_set.at(position)
    point = QPointF(value / 2, position) if chart.is_horizontal() else QPointF(position, value / 2)
    scene = chart.chart.mapToScene(chart.chart.mapToPosition(point, chart.series))
    return chart.view.mapFromScene(scene)


def test_clicking_a_bar_opens_the_filtered_area(
    qtbot: Any, demo_view: DashboardView, demo_db: Database
) -> None:
    f = DashboardService(demo_db).figures(TODAY)
    open_index = list(SITE_PIPELINE).index(SiteStatus.OPEN)
    pipeline = demo_view.pipeline_chart
    with qtbot.waitSignal(demo_view.openRequested, timeout=1000) as blocker:
        qtbot.mouseClick(
            pipeline.view.viewport(),
            Qt.MouseButton.LeftButton,
            pos=_bar_centre(pipeline, open_index),
        )
    assert blocker.args == ["sites", {"status": SiteStatus.OPEN}]

    costs = demo_view.status_cost_chart
    with qtbot.waitSignal(demo_view.openRequested, timeout=1000) as blocker:
        qtbot.mouseClick(
            costs.view.viewport(), Qt.MouseButton.LeftButton, pos=_bar_centre(costs, 1)
        )
    assert blocker.args == ["equipment", {"view": "needs", "status": NeedStatus.REQUESTED}]

    # The other charts: the bar sets' own click signal, as QtCharts sends it.
    sector = f.learners_by_sector[2]
    raw_index = len(f.learners_by_sector) - 1 - 2  # horizontal: stored bottom-up
    with qtbot.waitSignal(demo_view.openRequested, timeout=1000) as blocker:
        demo_view.sector_chart.bar_sets()[0].clicked.emit(raw_index)
    assert blocker.args == ["catalogue", {"sector_id": sector.sector_id}]

    costliest = f.needs_cost_by_site[0]
    bar_set = demo_view.site_cost_chart.bar_sets()[0]
    with qtbot.waitSignal(demo_view.openRequested, timeout=1000) as blocker:
        bar_set.clicked.emit(bar_set.count() - 1)
    assert blocker.args == ["equipment", {"view": "needs", "site_id": costliest.site_id}]


def test_empty_database(qtbot: Any, make_view: Any, db: Database) -> None:
    view = make_view(db)
    assert [card.value() for card in view.cards] == ["0"] * 5 + [f"0,00{NB}€"]
    for chart in view.charts:
        assert chart.is_empty()
        assert chart.empty_label.isVisible()
        assert EMPTY_TEXT in chart.empty_label.text()
        assert not chart.view.isVisible()
    with qtbot.waitSignal(view.openRequested, timeout=1000) as blocker:
        qtbot.mouseClick(view.open_sites_card, Qt.MouseButton.LeftButton)
    assert blocker.args == ["sites", {"status": SiteStatus.OPEN}]


def test_no_service_shows_zeros(qtbot: Any, make_view: Any) -> None:
    view = make_view(None)
    assert view.figures is None
    assert view.date_label.text() == "Aucune base ouverte"
    assert all(chart.is_empty() for chart in view.charts)
    with qtbot.waitSignal(view.openRequested, timeout=1000) as blocker:
        qtbot.keyClick(view.sessions_card, Qt.Key.Key_Return)
    assert blocker.args == ["planning", {"view": "sessions"}]


def test_refresh_reads_changed_data(make_view: Any, db: Database) -> None:
    view = make_view(db)
    SiteService(db).create(
        SiteData(
            name="Cnam Chaumont",
            town="Chaumont",
            status=SiteStatus.OPEN,
            opening_date=date(2025, 9, 1),
        )
    )
    assert view.open_sites_card.value() == "0"
    view.refresh(TODAY)
    assert view.open_sites_card.value() == "1"
    assert not view.pipeline_chart.is_empty()
    assert view.status_cost_chart.is_empty()  # no equipment need yet
    assert view.sector_chart.is_empty()
    view.set_service(None)
    assert view.open_sites_card.value() == "0"
    assert view.pipeline_chart.is_empty()


def test_hovering_a_bar_tells_its_full_label_and_value(demo_view: DashboardView) -> None:
    chart = demo_view.site_cost_chart
    bar_set = chart.bar_sets()[0]
    bar_set.hovered.emit(True, bar_set.count() - 1)  # the costliest site, at the top
    name = chart.categories()[0]
    assert chart.view.toolTip().startswith(f"{name}\nCoût : ")
    assert chart.view.toolTip().endswith(" €")
    bar_set.hovered.emit(False, bar_set.count() - 1)
    assert chart.view.toolTip() == ""


def test_chart_bars_are_reachable_by_keyboard(
    qtbot: Any, demo_view: DashboardView, demo_db: Database
) -> None:
    """Tab reaches a chart, the arrows move between categories, Entrée opens the list."""
    f = DashboardService(demo_db).figures(TODAY)
    chart = demo_view.pipeline_chart
    chart.setFocus()
    assert chart.hasFocus() and chart.current_index() == 0
    with qtbot.waitSignal(demo_view.figureFocused, timeout=1000) as shown:
        qtbot.keyClick(chart, Qt.Key.Key_Down)
    second = f.sites_by_status[1]
    assert chart.current_index() == 1
    assert shown.args == [f"Sites par statut — {second.label} : {second.count}"]
    selected = chart.bar_sets()[0].selectedBars()
    assert selected == [chart.bar_sets()[0].count() - 2]  # horizontal: drawn bottom-up
    with qtbot.waitSignal(demo_view.openRequested, timeout=1000) as blocker:
        qtbot.keyClick(chart, Qt.Key.Key_Return)
    assert blocker.args == ["sites", {"status": second.status}]
    qtbot.keyClick(chart, Qt.Key.Key_End)
    assert chart.current_index() == len(f.sites_by_status) - 1
    qtbot.keyClick(chart, Qt.Key.Key_Down)  # wraps round to the top
    assert chart.current_index() == 0


def test_tab_goes_from_the_cards_to_the_charts(demo_view: DashboardView) -> None:
    chain = [demo_view.cost_card]
    for _ in range(4):
        chain.append(chain[-1].nextInFocusChain())
        while not chain[-1].focusPolicy() & Qt.FocusPolicy.TabFocus:
            chain[-1] = chain[-1].nextInFocusChain()
    assert chain[1:] == demo_view.charts
