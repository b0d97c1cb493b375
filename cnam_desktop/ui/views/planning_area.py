"""Planning: the calendar, the sessions, the offerings, the conflicts, the closures.

One `SessionFlows` (`self.flows`) serves every tab that creates or changes sessions,
so that each change is checked and undone the same way; when it reports a change,
the lists and the main window refresh. « Trouver une salle libre… » searches the
rooms of the whole network for a time slot and can plan a session in the one chosen.
"""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import Signal
from PySide6.QtGui import QUndoStack
from PySide6.QtWidgets import QHBoxLayout, QLabel, QPushButton, QTabWidget, QVBoxLayout, QWidget

from cnam_desktop.domain.enums import OfferingStatus
from cnam_desktop.domain.offer_rows import OfferingFilter
from cnam_desktop.ui.session_flows import SessionFlows
from cnam_desktop.ui.views.calendar_page import CalendarPage
from cnam_desktop.ui.views.closures_page import ClosuresPage
from cnam_desktop.ui.views.conflicts_page import ConflictsPage
from cnam_desktop.ui.views.offerings_page import OfferingsPage
from cnam_desktop.ui.views.sessions_page import SessionsPage

ACTIVE = (OfferingStatus.PLANNED, OfferingStatus.OPEN, OfferingStatus.RUNNING)


class PlanningArea(QWidget):
    statusMessage = Signal(str)
    changed = Signal()

    def __init__(self, parent: QWidget | None, undo_stack: QUndoStack) -> None:
        super().__init__(parent)
        self._workspace: Any = None
        self.flows = SessionFlows(self, undo_stack)
        layout = QVBoxLayout(self)
        header = QHBoxLayout()
        title = QLabel("Planning", self)
        title.setStyleSheet("font-size: 15pt; font-weight: bold;")
        header.addWidget(title, 1)
        self.free_room_button = QPushButton("&Trouver une salle libre…", self)
        self.free_room_button.setObjectName("freeRoomButton")
        self.free_room_button.setToolTip(
            "Chercher, sur tous les sites, les salles libres à une date et un horaire"
        )
        header.addWidget(self.free_room_button)
        layout.addLayout(header)

        self.tabs = QTabWidget(self)
        self.calendar_page = CalendarPage(self, self.flows)
        self.sessions_page = SessionsPage(self, undo_stack, self.flows)
        self.offerings_page = OfferingsPage(self, undo_stack)
        self.conflicts_page = ConflictsPage(self)
        self.closures_page = ClosuresPage(self, undo_stack)
        for page, label in (
            # Mnemonics free of the menus' (Fichier, Édition, Affichage) and the buttons'.
            (self.calendar_page, "&Calendrier"),
            (self.sessions_page, "S&éances"),
            (self.offerings_page, "&Ouvertures"),
            (self.conflicts_page, "Confl&its"),
            (self.closures_page, "Fermetures et &jours fériés"),
        ):
            self.tabs.addTab(page, label)
        layout.addWidget(self.tabs)

        for page in (self.sessions_page, self.offerings_page, self.closures_page):
            page.statusMessage.connect(self.statusMessage)
            page.changed.connect(self.changed)
        for page in (self.calendar_page, self.conflicts_page):
            page.statusMessage.connect(self.statusMessage)
        self.conflicts_page.openSession.connect(self.flows.edit_session)
        self.flows.changed.connect(self.conflicts_page.refresh)
        # Closures and offerings change what conflicts and what the calendar shades.
        for page in (self.offerings_page, self.closures_page):
            page.changed.connect(self.calendar_page.refresh)
            page.changed.connect(self.conflicts_page.refresh)
        self.flows.statusMessage.connect(self.statusMessage)
        self.flows.changed.connect(self.offerings_page.refresh)  # session counts
        self.flows.changed.connect(self.changed)
        self.offerings_page.showSessions.connect(self.show_sessions_of)
        self.offerings_page.changed.connect(self.sessions_page.reload_choices)
        self.free_room_button.clicked.connect(self.find_free_room)
        self.free_room_button.setEnabled(False)

    def set_workspace(self, workspace: Any) -> None:
        self._workspace = workspace
        self.flows.set_workspace(workspace)
        pages = (self.sessions_page, self.offerings_page, self.closures_page)
        for page in (*pages, self.calendar_page, self.conflicts_page):
            page.set_workspace(workspace)
        self.free_room_button.setEnabled(workspace is not None)

    def apply_hint(self, hint: dict[str, Any]) -> None:
        """{"view": "offerings"} or {"view": "sessions", "week_start", "week_end"}."""
        pages: dict[str, OfferingsPage | SessionsPage] = {
            "offerings": self.offerings_page,
            "sessions": self.sessions_page,
        }
        page = pages.get(hint.get("view", ""))
        if page is not None:
            self.tabs.setCurrentWidget(page)
            page.apply_hint(hint)

    def show_sessions_of(self, offering_id: str) -> None:
        """« Voir les séances »: the Séances tab, narrowed to one offering."""
        self.tabs.setCurrentWidget(self.sessions_page)
        self.sessions_page.show_offering(offering_id)

    def find_free_room(self) -> bool:
        """Browse the free rooms; on « Planifier », a new session there. True if created."""
        if self._workspace is None:
            return False
        from cnam_desktop.services.free_rooms import FreeRoomService
        from cnam_desktop.services.offerings import OfferingService
        from cnam_desktop.ui.dialogs.free_room_dialog import FreeRoomDialog

        database = self._workspace.database
        offerings = OfferingService(database)
        pick = FreeRoomDialog.browse(
            self,
            FreeRoomService(database),
            courses=offerings.course_choices(),
            sites=offerings.site_choices(),
        )
        if pick is None:
            return False
        prefill: dict[str, Any] = {
            "room_id": pick.room_id,
            "day": pick.day,
            "start": pick.start,
            "end": pick.end,
        }
        if pick.course_id is not None:  # the site's latest offering of that course, if any
            flt = OfferingFilter(site_id=pick.site_id, course_id=pick.course_id)
            ids = offerings.list_ids(flt, "period", True)
            rows = offerings.rows(ids)
            prefill["offering_id"] = next(
                (i for i in ids if i in rows and rows[i].status in ACTIVE), None
            )
        created = self.flows.new_session(**prefill)
        if created:
            self.tabs.setCurrentWidget(self.sessions_page)
        return bool(created)
