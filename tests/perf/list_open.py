"""The `lists` benchmark, run in its own process (one QApplication): `list_open.py DB [REPEAT]`.

For each list of the application, on the main window shown at 1280×800:

* open: from asking the page for its data (what the area's `set_workspace`, or
  `SitesView.set_service`, does for that page) to the table's viewport painted with rows;
* filter: from setting a typical filter (a combo, or search text then `apply_filters`)
  to the viewport painted again.

The floor, measured interleaved in the same process: a bare QTableView (same size,
same column widths and row height) over a plain QAbstractTableModel holding the same
rows as a Python list of tuples of strings (read once through the page's own source,
outside the timing): from setModel to painted, then replacing the list with the
filtered rows (a list comprehension) to painted. Prints one JSON object.
BENCH_LISTS=sessions,rooms measures only the lists whose names start so.
"""

from __future__ import annotations

import json
import os
import statistics
import sys
import time
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from datetime import date
from pathlib import Path
from typing import Any

from PySide6.QtCore import QAbstractTableModel, QEvent, QModelIndex, QObject, Qt
from PySide6.QtWidgets import QApplication, QHeaderView, QTableView, QVBoxLayout, QWidget

TIMEOUT_S = 60.0
SIZE = (1280, 800)


class PaintProbe(QObject):
    """Notes when the viewport it watches receives a Paint (with rows, if asked)."""

    def __init__(self) -> None:
        super().__init__()
        self.view: QTableView | None = None
        self.armed = False
        self.need_rows = True
        self.painted = False

    def watch(self, view: QTableView) -> None:
        if self.view is not None:
            self.view.viewport().removeEventFilter(self)
        self.view = view
        view.viewport().installEventFilter(self)

    def eventFilter(self, obj: QObject, event: QEvent) -> bool:
        if self.armed and event.type() == QEvent.Type.Paint and self.view is not None:
            model = self.view.model()
            if not self.need_rows or (model is not None and model.rowCount() > 0):
                self.painted = True
        return False


def drain(app: QApplication) -> None:
    """Let pending work (paints, deferred deletes, timers due) run before a measure."""
    for _ in range(5):
        app.sendPostedEvents()
        app.processEvents()


def timed(
    app: QApplication, probe: PaintProbe, view: QTableView, action: Callable[[], Any], rows: bool
) -> float:
    """Seconds from calling `action` to the end of the event processing that painted."""
    drain(app)
    probe.watch(view)
    probe.painted, probe.need_rows, probe.armed = False, rows, True
    started = time.perf_counter()
    action()
    while not probe.painted:
        app.processEvents()
        if time.perf_counter() - started > TIMEOUT_S:
            raise RuntimeError("the view never painted")
    elapsed = time.perf_counter() - started
    probe.armed = False
    return elapsed


class PlainModel(QAbstractTableModel):
    """The floor: a list of tuples of strings, nothing else."""

    def __init__(self, rows: list[tuple[str, ...]], titles: Sequence[str]) -> None:
        super().__init__()
        self.rows = rows
        self.titles = list(titles)

    def set_rows(self, rows: list[tuple[str, ...]]) -> None:
        self.beginResetModel()
        self.rows = rows
        self.endResetModel()

    def rowCount(self, parent: Any = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self.rows)

    def columnCount(self, parent: Any = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self.titles)

    def data(self, index: Any, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if role == Qt.ItemDataRole.DisplayRole and index.isValid():
            return self.rows[index.row()][index.column()]
        return None

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if role == Qt.ItemDataRole.DisplayRole and orientation == Qt.Orientation.Horizontal:
            return self.titles[section]
        return None


@dataclass
class ListCase:
    name: str
    page: QWidget
    """The widget holding the table (a ListPage, or the SitesView)."""
    table: QTableView
    load: Callable[[], Any]
    unload: Callable[[], Any]
    set_filter: Callable[[], Any]
    reset_filter: Callable[[], Any]
    show: Callable[[], Any]
    """Make the page the one on screen (area and tab)."""


def select_combo(combo: Any, index: int = 1) -> Callable[[], Any]:
    return lambda: combo.setCurrentIndex(index)  # the page's currentIndexChanged → apply


def reset_combo(combo: Any) -> Callable[[], Any]:
    def reset() -> None:
        combo.blockSignals(True)
        combo.setCurrentIndex(0)
        combo.blockSignals(False)

    return reset


def search(page: Any, text: str) -> Callable[[], Any]:
    def apply() -> None:
        page.ui.searchEdit.setText(text)
        page.apply_filters()

    return apply


def clear_search(page: Any) -> Callable[[], Any]:
    def clear() -> None:
        page.ui.searchEdit.blockSignals(True)
        page.ui.searchEdit.clear()
        page.ui.searchEdit.blockSignals(False)
        page._search_timer.stop()

    return clear


def build_cases(window: Any, workspace: Any) -> list[ListCase]:
    from cnam_desktop.domain.equipment import EquipmentTypeFilter
    from cnam_desktop.domain.recurrence import monday_of
    from cnam_desktop.services.catalogue import CatalogueService
    from cnam_desktop.services.equipment import EquipmentService
    from cnam_desktop.services.premises import PremisesService
    from cnam_desktop.services.site_profile import SiteProfileService
    from cnam_desktop.services.sites import SiteService
    from cnam_desktop.ui.areas import AREAS
    from cnam_desktop.ui.views.choices import site_choices

    db = workspace.database
    index = {a.key: i for i, a in enumerate(AREAS)}

    def area(key: str) -> Any:
        window.show_area(index[key])  # built with no workspace: empty lists
        return window.page(key)

    def on_tab(key: str, page: QWidget) -> Callable[[], Any]:
        def show() -> None:
            window.show_area(index[key])
            tabs = getattr(window.page(key), "tabs", None)
            if tabs is not None:
                tabs.setCurrentWidget(page)

        return show

    sites = window.sites_view
    premises = area("premises")
    equipment = area("equipment")
    catalogue = area("catalogue")
    trainers = area("trainers")
    planning = area("planning")

    # Each load does what the area's set_workspace does for that one page.
    def load_equipment(page: Any) -> Callable[[], Any]:
        def load() -> None:
            equipment.database = db
            equipment.service = EquipmentService(db)
            if page is equipment.types_page:  # the only one without a site filter
                page.bind(equipment.service)
            else:
                equipment.sites = site_choices(db)
                page.bind(equipment.service, equipment.sites)

        return load

    def load_courses() -> None:
        service = CatalogueService(db)
        types = EquipmentService(db)
        ids = types.list_type_ids(EquipmentTypeFilter(), "label")
        rows = types.type_rows(ids)
        catalogue.courses_page.bind(service, [(i, rows[i].label) for i in ids if i in rows])

    rooms, prem = premises.rooms_page, premises.premises_page
    types, items, needs = equipment.types_page, equipment.items_page, equipment.needs_page
    courses, sectors = catalogue.courses_page, catalogue.sectors_page
    closures = planning.closures_page
    offerings, sessions = planning.offerings_page, planning.sessions_page

    def load_all_sessions() -> None:
        sessions._put_period(None, None)  # « Toutes dates »: every one of the sessions
        sessions.set_workspace(workspace)

    def unload_sessions() -> None:
        sessions.set_workspace(None)
        sessions._put_period(monday_of(date.today()), None)  # as the page opens

    return [
        ListCase(
            "sites",
            sites,
            sites.ui.sitesTable,
            lambda: sites.set_service(SiteService(db), SiteProfileService(db)),
            lambda: sites.set_service(None),
            select_combo(sites.ui.departmentFilter),
            reset_combo(sites.ui.departmentFilter),
            lambda: window.show_area(index["sites"]),
        ),
        ListCase(
            "premises",
            prem,
            prem.ui.table,
            lambda: prem.bind(PremisesService(db), site_choices(db)),
            lambda: prem.bind(None, []),
            select_combo(prem.site_filter),
            reset_combo(prem.site_filter),
            on_tab("premises", prem),
        ),
        ListCase(
            "rooms",
            rooms,
            rooms.ui.table,
            lambda: rooms.bind(PremisesService(db), site_choices(db)),
            lambda: rooms.bind(None, []),
            select_combo(rooms.site_filter),
            reset_combo(rooms.site_filter),
            on_tab("premises", rooms),
        ),
        ListCase(
            "equipment types",
            types,
            types.ui.table,
            load_equipment(types),
            lambda: types.bind(None),
            select_combo(types.category_filter),
            reset_combo(types.category_filter),
            on_tab("equipment", types),
        ),
        ListCase(
            "inventory",
            items,
            items.ui.table,
            load_equipment(items),
            lambda: items.bind(None, []),
            select_combo(items.site_filter),
            reset_combo(items.site_filter),
            on_tab("equipment", items),
        ),
        ListCase(
            "needs",
            needs,
            needs.ui.table,
            load_equipment(needs),
            lambda: needs.bind(None, []),
            select_combo(needs.site_filter),
            reset_combo(needs.site_filter),
            on_tab("equipment", needs),
        ),
        ListCase(
            "courses",
            courses,
            courses.ui.table,
            load_courses,
            lambda: courses.bind(None, []),
            select_combo(courses.sector_filter),
            reset_combo(courses.sector_filter),
            on_tab("catalogue", courses),
        ),
        ListCase(
            "sectors",
            sectors,
            sectors.ui.table,
            lambda: sectors.bind(CatalogueService(db)),
            lambda: sectors.bind(None),
            search(sectors, "in"),
            clear_search(sectors),
            on_tab("catalogue", sectors),
        ),
        ListCase(
            "trainers",
            trainers,
            trainers.ui.table,
            lambda: trainers.set_workspace(workspace),
            lambda: trainers.set_workspace(None),
            select_combo(trainers.sector_filter),
            reset_combo(trainers.sector_filter),
            lambda: window.show_area(index["trainers"]),
        ),
        ListCase(
            "closures",
            closures,
            closures.ui.table,
            lambda: closures.set_workspace(workspace),
            lambda: closures.set_workspace(None),
            select_combo(closures.kind_filter),
            reset_combo(closures.kind_filter),
            on_tab("planning", closures),
        ),
        ListCase(
            "offerings",
            offerings,
            offerings.ui.table,
            lambda: offerings.set_workspace(workspace),
            lambda: offerings.set_workspace(None),
            select_combo(offerings.site_filter),
            reset_combo(offerings.site_filter),
            on_tab("planning", offerings),
        ),
        ListCase(
            "sessions (from this week)",
            sessions,
            sessions.ui.table,
            lambda: sessions.set_workspace(workspace),
            unload_sessions,
            select_combo(sessions.site_filter),
            reset_combo(sessions.site_filter),
            on_tab("planning", sessions),
        ),
        ListCase(
            "sessions (all dates)",
            sessions,
            sessions.ui.table,
            load_all_sessions,
            unload_sessions,
            select_combo(sessions.site_filter),
            reset_combo(sessions.site_filter),
            on_tab("planning", sessions),
        ),
    ]


def floor_rows(model: Any) -> tuple[list[str], list[tuple[str, ...]]]:
    """The page's rows as tuples of the columns' texts, read once through its source."""
    rows = model.records()
    ids = [r.id for r in rows]
    return ids, [tuple(c.text(r) for c in model.columns) for r in rows]


def measure(
    app: QApplication, case: ListCase, floor_view: QTableView, probe: PaintProbe, repeat: int
) -> dict[str, Any]:
    case.show()
    drain(app)
    model = case.table.model()
    columns = model.columns
    titles = [c.title for c in columns]
    widths = [c.width for c in columns]

    # Warm-up (not counted): the rows for the floor, and the ids the filter keeps.
    case.unload()
    timed(app, probe, case.table, case.load, rows=True)
    ids, rows = floor_rows(model)
    timed(app, probe, case.table, case.set_filter, rows=False)
    keep = set(model.ids)
    filtered = model.rowCount()
    case.reset_filter()

    def floor_open() -> PlainModel:
        plain = PlainModel(rows, titles)
        floor_view.setModel(plain)
        for column, width in enumerate(widths):
            floor_view.setColumnWidth(column, width)
        return plain

    result: dict[str, list[float]] = {
        "open": [],
        "filter": [],
        "open_floor": [],
        "filter_floor": [],
    }
    for _ in range(repeat):  # interleaved, so drift hits both alike
        case.unload()
        result["open"].append(timed(app, probe, case.table, case.load, rows=True))
        result["filter"].append(timed(app, probe, case.table, case.set_filter, rows=False))
        case.reset_filter()
        case.unload()

        floor_view.setModel(None)
        holder: list[PlainModel] = []
        result["open_floor"].append(
            timed(app, probe, floor_view, lambda h=holder: h.append(floor_open()), rows=True)
        )
        plain = holder[0]
        result["filter_floor"].append(
            timed(
                app,
                probe,
                floor_view,
                lambda p=plain: p.set_rows(
                    [t for i, t in zip(ids, rows, strict=True) if i in keep]
                ),
                rows=False,
            )
        )
    return {
        "rows": len(rows),
        "filtered": filtered,
        **{key: statistics.median(values) for key, values in result.items()},
        "samples": result,
    }


def main() -> int:
    path = Path(sys.argv[1])
    repeat = int(sys.argv[2]) if len(sys.argv) > 2 else 3
    app = QApplication(sys.argv[:1])

    from cnam_desktop.services.workspace import open_workspace
    from cnam_desktop.ui.main_window import MainWindow

    workspace = open_workspace(path, seed_demo_if_new=False)
    window = MainWindow()
    window.resize(*SIZE)
    window.show()
    drain(app)

    floor_window = QWidget()
    floor_window.resize(*SIZE)
    floor_view = QTableView(floor_window)
    QVBoxLayout(floor_window).addWidget(floor_view)
    floor_view.verticalHeader().setDefaultSectionSize(24)
    floor_view.verticalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Fixed)
    floor_window.show()

    probe = PaintProbe()
    only = [name for name in os.environ.get("BENCH_LISTS", "").split(",") if name]
    cases = [
        c for c in build_cases(window, workspace) if not only or c.name.startswith(tuple(only))
    ]
    out = {case.name: measure(app, case, floor_view, probe, repeat) for case in cases}
    print(json.dumps(out))
    window.close()
    floor_window.close()
    workspace.close()
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
