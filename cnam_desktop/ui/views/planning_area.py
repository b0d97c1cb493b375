"""Planning: closures and holidays now; sessions and the calendar come with issue 4."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import Signal
from PySide6.QtGui import QUndoStack
from PySide6.QtWidgets import QLabel, QTabWidget, QVBoxLayout, QWidget

from cnam_desktop.ui.areas import AREAS
from cnam_desktop.ui.views.closures_page import ClosuresPage
from cnam_desktop.ui.views.coming_soon import ComingSoonPage


class PlanningArea(QWidget):
    statusMessage = Signal(str)
    changed = Signal()

    def __init__(self, parent: QWidget | None, undo_stack: QUndoStack) -> None:
        super().__init__(parent)
        layout = QVBoxLayout(self)
        title = QLabel("Planning", self)
        title.setStyleSheet("font-size: 15pt; font-weight: bold;")
        layout.addWidget(title)
        self.tabs = QTabWidget(self)
        self.closures_page = ClosuresPage(self, undo_stack)
        area = next(a for a in AREAS if a.key == "planning")
        self.sessions_page = ComingSoonPage(area, self)
        self.tabs.addTab(self.closures_page, "&Fermetures et jours fériés")
        self.tabs.addTab(self.sessions_page, "Séances (à venir)")
        layout.addWidget(self.tabs)
        self.closures_page.statusMessage.connect(self.statusMessage)
        self.closures_page.changed.connect(self.changed)

    def set_workspace(self, workspace: Any) -> None:
        self.closures_page.set_workspace(workspace)
