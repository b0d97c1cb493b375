"""The dashboard: the network at a glance (key figures and charts), the app's first screen.

Every figure comes from `DashboardService.figures()`; activating a card or a bar asks
the main window to open the matching area through `openRequested`.

Being the first screen, the view is built before the first paint: it imports neither
SQLAlchemy (the service is handed over later) nor QtCharts (about 0.8 s to import).
The cards show at once; the charts are built once the first figures (or the « no
database » state) have been painted, in place of light placeholders (`chartsReady`
then fires): at start-up the network's figures come before the chart import.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import date
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import Qt, QTimer, Signal
from PySide6.QtWidgets import (
    QFrame,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)

from cnam_desktop.domain.enums import SiteStatus
from cnam_desktop.domain.formatting import euros, french_count, french_date
from cnam_desktop.ui.widgets.figure_card import FigureCard
from cnam_desktop.ui.widgets.paint_watcher import PaintWatcher

if TYPE_CHECKING:
    from cnam_desktop.services.dashboard import DashboardFigures, DashboardService
    from cnam_desktop.ui.widgets.charts import BarChart

TOP_SITES = 10
"""How many sites the cost-per-site chart shows (the costliest)."""

SITE_COST_TITLE = "Coût des besoins par site"
CHART_TITLES = (
    "Sites par statut",
    "Coût des besoins par statut",
    "Apprenants par filière",
    SITE_COST_TITLE,
)
"""The four charts, in grid order (left to right, top to bottom)."""
LOADING = "…"

Hint = dict[str, Any]


def week_text(first: date, last: date) -> str:
    """« du 23/11 au 29/11 »."""
    return f"du {first:%d/%m} au {last:%d/%m}"


class DashboardView(QWidget):
    """Key figures and charts of the whole network.

    `openRequested(area, hint)` asks to show an area (a key of `ui/areas.py`) with a
    filter hint, a plain dict whose keys are all optional:

    - ``"status"``: a `SiteStatus` (area ``"sites"``) or a `NeedStatus` (``"equipment"``);
    - ``"site_id"``: a site's id (area ``"equipment"``: that site's needs);
    - ``"sector_id"``: a sector's id (area ``"catalogue"``);
    - ``"week_start"``, ``"week_end"``: `date`s of a week (area ``"planning"``);
    - ``"view"``: which list of the area, ``"needs"`` (``"equipment"``) or
      ``"offerings"`` / ``"sessions"`` (``"planning"``).

    An empty dict means the whole area, unfiltered.
    """

    openRequested = Signal(str, object)
    chartsReady = Signal()
    figureFocused = Signal(str)
    """A chart's category was reached from the keyboard: its text, for the status bar."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("dashboardView")
        self._service: DashboardService | None = None
        self.figures: DashboardFigures | None = None
        """What the view shows now (None before the first refresh with a service)."""
        self._sector_ids: list[str] = []
        self._site_ids: list[str] = []
        self.charts: list[BarChart] = []
        """The four charts once built (see `ensure_charts`), in CHART_TITLES order."""
        self._build()
        self._show_loading()

    # --- layout ------------------------------------------------------------------------

    def _build(self) -> None:
        outer = QVBoxLayout(self)
        outer.setContentsMargins(0, 0, 0, 0)
        scroll = QScrollArea(self)
        scroll.setObjectName("dashboardScroll")
        scroll.setWidgetResizable(True)
        scroll.setFrameShape(QFrame.Shape.NoFrame)
        outer.addWidget(scroll)
        content = QWidget(scroll)
        content.setObjectName("dashboardContent")
        scroll.setWidget(content)
        page = QVBoxLayout(content)
        page.setContentsMargins(24, 16, 24, 16)
        page.setSpacing(14)

        header = QHBoxLayout()
        self.title_label = QLabel("Tableau de bord", content)
        self.title_label.setObjectName("dashboardTitle")
        self.title_label.setStyleSheet("font-size: 18pt; font-weight: bold;")
        self.date_label = QLabel("", content)
        self.date_label.setObjectName("dashboardDate")
        self.date_label.setStyleSheet("color: #5f6368;")
        header.addWidget(self.title_label)
        header.addStretch(1)
        header.addWidget(self.date_label, 0, Qt.AlignmentFlag.AlignBottom)
        page.addLayout(header)

        cards = QGridLayout()
        cards.setSpacing(10)
        self.sites_card = self._card("Sites du réseau", "Ouvrir la liste des sites")
        self.open_sites_card = self._card("Sites ouverts", "Ouvrir la liste des sites ouverts")
        self.planned_card = self._card(
            "Apprenants prévus", "Ouvrir les ouvertures de formations du planning"
        )
        self.enrolled_card = self._card(
            "Apprenants inscrits", "Ouvrir les ouvertures de formations du planning"
        )
        self.sessions_card = self._card(
            "Séances de la semaine", "Ouvrir le planning des séances de la semaine"
        )
        self.cost_card = self._card(
            "Besoins d'équipement", "Ouvrir la liste des besoins d'équipement"
        )
        self.cards = [
            self.sites_card,
            self.open_sites_card,
            self.planned_card,
            self.enrolled_card,
            self.sessions_card,
            self.cost_card,
        ]
        for column, card in enumerate(self.cards):
            cards.addWidget(card, 0, column)
            cards.setColumnStretch(column, 1)
        page.addLayout(cards)

        self._chart_grid = QGridLayout()
        self._chart_grid.setSpacing(12)
        for index, title in enumerate(CHART_TITLES):
            placeholder = QLabel(f"{title}\n\nPréparation du graphique…", content)
            placeholder.setObjectName("chartPlaceholder")
            placeholder.setAlignment(Qt.AlignmentFlag.AlignCenter)
            placeholder.setMinimumHeight(520 if index >= 2 else 260)
            placeholder.setStyleSheet("color: #5f6368; border: 1px dashed #c4c7cc;")
            self._chart_grid.addWidget(placeholder, index // 2, index % 2)
        self._chart_grid.setColumnStretch(0, 1)
        self._chart_grid.setColumnStretch(1, 1)
        page.addLayout(self._chart_grid, 1)
        self._content = content
        self._paint_watcher: PaintWatcher | None = None

        self._wire()

    def _card(self, caption: str, description: str) -> FigureCard:
        card = FigureCard(caption, description, self)
        card.setObjectName("card_" + "".join(c for c in caption.title() if c.isalnum()))
        return card

    def _wire(self) -> None:
        links: list[tuple[FigureCard, Callable[[], tuple[str, Hint]]]] = [
            (self.sites_card, lambda: ("sites", {})),
            (self.open_sites_card, lambda: ("sites", {"status": SiteStatus.OPEN})),
            (self.planned_card, lambda: ("planning", {"view": "offerings"})),
            (self.enrolled_card, lambda: ("planning", {"view": "offerings"})),
            (self.sessions_card, self._week_hint),
            (self.cost_card, lambda: ("equipment", {"view": "needs"})),
        ]
        for card, hint in links:
            card.activated.connect(lambda hint=hint: self.openRequested.emit(*hint()))

    @property
    def charts_built(self) -> bool:
        return bool(self.charts)

    def ensure_charts(self) -> None:
        """Build the charts in place of their placeholders (once), showing the figures."""
        if self.charts:
            return
        from cnam_desktop.ui.widgets.charts import BarChart

        content = self._content
        self.pipeline_chart = BarChart(CHART_TITLES[0], horizontal=True, parent=content)
        self.status_cost_chart = BarChart(CHART_TITLES[1], unit="€", parent=content)
        self.sector_chart = BarChart(CHART_TITLES[2], horizontal=True, parent=content)
        self.site_cost_chart = BarChart(CHART_TITLES[3], horizontal=True, unit="€", parent=content)
        self.sector_chart.setMinimumHeight(520)
        self.site_cost_chart.setMinimumHeight(520)
        charts = [self.pipeline_chart, self.status_cost_chart, self.sector_chart]
        charts.append(self.site_cost_chart)
        grid = self._chart_grid
        for index, chart in enumerate(charts):
            item = grid.itemAtPosition(index // 2, index % 2)
            placeholder = item.widget() if item is not None else None
            if placeholder is not None:
                grid.removeWidget(placeholder)
                placeholder.deleteLater()
            grid.addWidget(chart, index // 2, index % 2)
            chart.show()  # the view is already on screen: shown now, not on a later turn
        # Tab order: the cards, then the charts as read (left to right, top to bottom).
        previous: QWidget = self.cards[-1]
        for chart in charts:
            QWidget.setTabOrder(previous, chart)
            previous = chart
        self.pipeline_chart.barClicked.connect(self._pipeline_clicked)
        self.status_cost_chart.barClicked.connect(self._status_cost_clicked)
        self.sector_chart.barClicked.connect(self._sector_clicked)
        self.site_cost_chart.barClicked.connect(self._site_cost_clicked)
        for chart in charts:
            chart.currentChanged.connect(self.figureFocused)
        self.charts = charts
        if self.figures is not None:
            self._show_charts(self.figures)
        QTimer.singleShot(0, self.chartsReady.emit)

    # --- data --------------------------------------------------------------------------

    def set_service(self, service: DashboardService | None) -> None:
        """Show the figures of `service`'s database (None: nothing open)."""
        self._service = service
        self.refresh()

    def refresh(self, today: date | None = None) -> None:
        """Read the figures again (after a change of data), as of `today` (default: today)."""
        if self._service is None:
            self._show_nothing()
        else:
            self.show_figures(self._service.figures(today or date.today()))
        self._charts_after_paint()

    def _charts_after_paint(self) -> None:
        if self.charts or self._paint_watcher is not None:
            return
        self._paint_watcher = PaintWatcher(self._content)
        self._paint_watcher.painted.connect(self.ensure_charts)
        self._content.update()

    def _show_loading(self) -> None:
        """Before any database is handed over (start-up): no figure yet, not zero."""
        for card in self.cards:
            card.set_value(LOADING)
        self.date_label.setText("Ouverture de la base…")

    def _show_nothing(self) -> None:
        self.figures = None
        for card in self.cards:
            card.set_value("0")
        self.cost_card.set_value(euros(0))
        self.date_label.setText("Aucune base ouverte")
        for chart in self.charts:
            chart.set_data([], [])
        self._sector_ids, self._site_ids = [], []

    def show_figures(self, f: DashboardFigures) -> None:
        self.figures = f
        self.date_label.setText(f"Situation au {french_date(f.today)}")
        self.sites_card.set_value(french_count(f.total_sites))
        self.open_sites_card.set_value(french_count(f.open_sites))
        self.planned_card.set_value(french_count(f.planned_learners))
        self.enrolled_card.set_value(french_count(f.enrolled_learners))
        self.sessions_card.set_value(
            french_count(f.sessions_this_week), week_text(f.week_start, f.week_end)
        )
        self.cost_card.set_value(euros(f.needs_total_cost), "coût total estimé")
        if self.charts:
            self._show_charts(f)

    def _show_charts(self, f: DashboardFigures) -> None:
        self.pipeline_chart.set_data(
            [c.label for c in f.sites_by_status], [("Sites", [c.count for c in f.sites_by_status])]
        )
        self.status_cost_chart.set_data(
            [n.label for n in f.needs_cost_by_status],
            [("Coût", [float(n.cost) for n in f.needs_cost_by_status])],
        )
        sectors = f.learners_by_sector
        self._sector_ids = [s.sector_id for s in sectors]
        series: list[tuple[str, list[float]]] = []
        if any(s.planned for s in sectors):
            series.append(("Prévus", [s.planned for s in sectors]))
        series.append(("Inscrits", [s.enrolled for s in sectors]))
        if len(series) == 2:
            series.reverse()  # enrolled first: in Cnam red, the figure that matters
        self.sector_chart.set_data([s.name for s in sectors], series)
        top = f.needs_cost_by_site[:TOP_SITES]
        count = len(f.needs_cost_by_site)
        more = f" ({TOP_SITES} premiers sur {count})" if count > TOP_SITES else ""
        self.site_cost_chart.set_title(SITE_COST_TITLE + more)
        self._site_ids = [s.site_id for s in top]
        self.site_cost_chart.set_data(
            [s.name for s in top], [("Coût", [float(s.cost) for s in top])]
        )

    # --- activation --------------------------------------------------------------------

    def _week_hint(self) -> tuple[str, Hint]:
        if self.figures is None:
            return "planning", {"view": "sessions"}
        f = self.figures
        return "planning", {"view": "sessions", "week_start": f.week_start, "week_end": f.week_end}

    def _pipeline_clicked(self, index: int) -> None:
        if self.figures is not None and index < len(self.figures.sites_by_status):
            self.openRequested.emit("sites", {"status": self.figures.sites_by_status[index].status})

    def _status_cost_clicked(self, index: int) -> None:
        if self.figures is not None and index < len(self.figures.needs_cost_by_status):
            status = self.figures.needs_cost_by_status[index].status
            self.openRequested.emit("equipment", {"view": "needs", "status": status})

    def _sector_clicked(self, index: int) -> None:
        if index < len(self._sector_ids):
            self.openRequested.emit("catalogue", {"sector_id": self._sector_ids[index]})

    def _site_cost_clicked(self, index: int) -> None:
        if index < len(self._site_ids):
            self.openRequested.emit(
                "equipment", {"view": "needs", "site_id": self._site_ids[index]}
            )
