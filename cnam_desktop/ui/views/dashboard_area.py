"""The « Tableau de bord » area (the first screen): the dashboard view on the open database."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import Signal
from PySide6.QtGui import QUndoStack
from PySide6.QtWidgets import QVBoxLayout, QWidget

from cnam_desktop.ui.views.dashboard_view import DashboardView


class DashboardArea(QWidget):
    statusMessage = Signal(str)
    changed = Signal()
    openRequested = Signal(str, object)
    """(area key, filter hint): a figure was activated; see DashboardView."""

    def __init__(self, parent: QWidget | None, _undo_stack: QUndoStack) -> None:
        super().__init__(parent)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        self.view = DashboardView(self)
        layout.addWidget(self.view)
        self.view.openRequested.connect(self.openRequested)
        self.view.figureFocused.connect(self.statusMessage)

    def set_workspace(self, workspace: Any) -> None:
        if workspace is None:
            self.view.set_service(None)
            return
        # Imported here: the dashboard is painted before SQLAlchemy is loaded.
        from cnam_desktop.services.dashboard import DashboardService

        self.view.set_service(DashboardService(workspace.database))

    def refresh(self) -> None:
        self.view.refresh()
