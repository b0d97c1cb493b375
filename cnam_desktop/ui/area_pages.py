"""Which page each area of the main window shows, built the first time it is opened.

A factory takes the main window (parent) and the shared undo stack, and returns a
widget with `set_workspace(workspace | None)` and the signals `statusMessage(str)`
and `changed()`. Areas not listed here show their « à venir » page.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from PySide6.QtGui import QUndoStack
from PySide6.QtWidgets import QWidget

PageFactory = Callable[[QWidget, QUndoStack], Any]


def _dashboard(parent: QWidget, stack: QUndoStack) -> Any:
    from cnam_desktop.ui.views.dashboard_area import DashboardArea

    return DashboardArea(parent, stack)


def _premises(parent: QWidget, stack: QUndoStack) -> Any:
    from cnam_desktop.ui.views.premises_area import PremisesArea

    return PremisesArea(parent, stack)


def _equipment(parent: QWidget, stack: QUndoStack) -> Any:
    from cnam_desktop.ui.views.equipment_area import EquipmentArea

    return EquipmentArea(parent, stack)


def _catalogue(parent: QWidget, stack: QUndoStack) -> Any:
    from cnam_desktop.ui.views.catalogue_area import CatalogueArea

    return CatalogueArea(parent, stack)


def _trainers(parent: QWidget, stack: QUndoStack) -> Any:
    from cnam_desktop.ui.views.trainers_page import TrainersPage

    return TrainersPage(parent, stack)


def _planning(parent: QWidget, stack: QUndoStack) -> Any:
    from cnam_desktop.ui.views.planning_area import PlanningArea

    return PlanningArea(parent, stack)


def _reports(parent: QWidget, stack: QUndoStack) -> Any:
    from cnam_desktop.ui.views.reports_area import ReportsArea

    return ReportsArea(parent, stack)


AREA_PAGES: dict[str, PageFactory] = {
    "dashboard": _dashboard,
    "premises": _premises,
    "equipment": _equipment,
    "catalogue": _catalogue,
    "trainers": _trainers,
    "planning": _planning,
    "reports": _reports,
}
