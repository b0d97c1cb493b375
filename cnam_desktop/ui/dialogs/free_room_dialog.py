"""« Trouver une salle libre »: the rooms of the network free for a slot or a series.

Two ways in. `choose` serves the session and series dialogs: their slots, learners and
course are given; the user narrows to the offering's site or widens to every site,
changes the number of learners, and picks a room (double-click or « Choisir »).
`browse` serves the Planning area: the date, times, course and room kind are typed at
the top of the same dialog, and « Planifier une séance ici… » returns the room and the
slot. Each change asks `FreeRoomService.find` again (after a short pause).
"""

from __future__ import annotations

from collections.abc import Collection, Sequence
from dataclasses import dataclass
from datetime import date, time
from typing import TYPE_CHECKING

from PySide6.QtCore import QDate, Qt, QTime, QTimer
from PySide6.QtGui import QColor, QKeyEvent
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QHeaderView,
    QPushButton,
    QTableWidgetItem,
    QWidget,
)

from cnam_desktop.domain.enums import RoomKind
from cnam_desktop.domain.formatting import WEEKDAY_NAMES, french_date, plural, yes_no
from cnam_desktop.domain.free_rooms import FreeRoom
from cnam_desktop.domain.recurrence import french_time
from cnam_desktop.errors import UserFacingError
from cnam_desktop.ui.generated.ui_free_room_dialog import Ui_FreeRoomDialog

if TYPE_CHECKING:
    from cnam_desktop.services.free_rooms import FreeRoomService

Slot = tuple[date, time, time]

REQUERY_DELAY_MS = 200
ROOM_ID_ROLE = Qt.ItemDataRole.UserRole
RIGHT = Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter
COLUMN_WIDTHS = (150, 110, 140, 120, 70, 80, 160)
PARTLY_FREE = QColor("#8a5a00")
ELSEWHERE = QColor("#5f6368")
ELSEWHERE_TIP = (
    "Salle d'un autre site : affichée pour information, une séance a lieu dans une "
    "salle du site de son ouverture."
)
NO_COURSE = "Aucun parcours précis"
ANY_KIND = "Tout type de salle"
DEFAULT_START = time(18, 0)
DEFAULT_END = time(21, 0)


@dataclass(frozen=True)
class RoomPick:
    """What `browse` returns: the room chosen and the slot it was free on."""

    room_id: str
    site_id: str
    day: date
    start: time
    end: time
    course_id: str | None


def slots_text(slots: Sequence[Slot]) -> str:
    """« Créneau : mar. 12/11/2026, 18 h – 21 h », « 12 créneaux du 12/11/2026 au … »."""
    if not slots:
        return "Aucun créneau."
    first_day = min(d for d, _s, _e in slots)
    last_day = max(d for d, _s, _e in slots)
    times = {(s, e) for _d, s, e in slots}
    hours = (
        f"{french_time(next(iter(times))[0])} – {french_time(next(iter(times))[1])}"
        if len(times) == 1
        else "horaires variés"
    )
    if len(slots) == 1:
        weekday = WEEKDAY_NAMES[first_day.weekday()]
        return f"Créneau : {weekday} {french_date(first_day)}, {hours}."
    dates = f"du {french_date(first_day)} au {french_date(last_day)}"
    return f"{len(slots)} créneaux {dates}, {hours}."


def _cells(room: FreeRoom) -> list[str]:
    return [
        room.site_name,
        room.town,
        room.room_name,
        room.kind.label,
        str(room.capacity),
        yes_no(room.accessible),
        room.availability,
        "; ".join(room.missing_equipment) or "—",
    ]


class FreeRoomDialog(QDialog):
    def __init__(
        self,
        parent: QWidget | None,
        service: FreeRoomService,
        *,
        slots: Sequence[Slot] = (),
        learners: int = 1,
        course_id: str | None = None,
        site_ids: Collection[str] | None = None,
        ignore_session_ids: Collection[str] = (),
        browsing: bool = False,
        courses: Sequence[tuple[str, str]] = (),
        sites: Sequence[tuple[str, str]] = (),
    ) -> None:
        super().__init__(parent)
        self.ui = ui = Ui_FreeRoomDialog()
        ui.setupUi(self)
        self.service = service
        self.browsing = browsing
        self._slots = list(slots)
        self._course_id = course_id
        self._ignored = tuple(ignore_session_ids)
        self._own_sites = None if browsing or not site_ids else frozenset(site_ids)
        self.rooms: list[FreeRoom] = []
        self._by_id: dict[str, FreeRoom] = {}
        self.chosen_room_id: str | None = None
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(REQUERY_DELAY_MS)
        self._timer.timeout.connect(self.refresh)

        ui.learnersSpin.setValue(max(1, learners))
        self._scopes: list[tuple[str, ...] | None] = []
        if browsing:
            self._add_scope("Tous les sites", None)
            for site_id, name in sites:
                self._add_scope(name, (site_id,))
        else:
            if site_ids:
                wanted = tuple(site_ids)
                self._add_scope("Ce site seulement" if len(wanted) == 1 else "Ces sites", wanted)
            self._add_scope("Tous les sites", None)
        self._setup_table()
        self._setup_buttons()
        ui.slotGroup.setVisible(browsing)
        ui.slotSummary.setVisible(not browsing)
        if browsing:
            self._setup_slot_inputs(courses)
        else:
            ui.slotSummary.setText(slots_text(self._slots))
        ui.scopeCombo.currentIndexChanged.connect(lambda _i: self.refresh())
        ui.learnersSpin.valueChanged.connect(lambda _v: self._timer.start())
        ui.roomTable.itemSelectionChanged.connect(self._update_ok)
        ui.roomTable.doubleClicked.connect(lambda _index: self.accept())
        self.refresh()
        (ui.dateEdit if browsing else ui.roomTable).setFocus()

    # --- set-up ------------------------------------------------------------------------

    def _add_scope(self, label: str, site_ids: tuple[str, ...] | None) -> None:
        self._scopes.append(site_ids)
        self.ui.scopeCombo.addItem(label)

    def _setup_table(self) -> None:
        table = self.ui.roomTable
        header = table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        for column, width in enumerate(COLUMN_WIDTHS):
            table.setColumnWidth(column, width)
        header.setStretchLastSection(True)
        table.verticalHeader().setDefaultSectionSize(24)

    def _setup_buttons(self) -> None:
        box = self.ui.buttonBox
        ok = box.button(QDialogButtonBox.StandardButton.Ok)
        cancel = box.button(QDialogButtonBox.StandardButton.Cancel)
        if self.browsing:
            ok.setText("&Planifier une séance ici…")
            ok.setToolTip("Créer une séance dans la salle choisie, à ce créneau")
            cancel.setText("Fermer")
        else:
            ok.setText("&Choisir")
            ok.setToolTip("Prendre la salle sélectionnée (ou double-clic sur la ligne)")
            cancel.setText("Annuler")

    def _setup_slot_inputs(self, courses: Sequence[tuple[str, str]]) -> None:
        ui = self.ui
        day, start, end = (
            self._slots[0] if self._slots else (date.today(), DEFAULT_START, DEFAULT_END)
        )
        ui.dateEdit.setDate(QDate(day.year, day.month, day.day))
        ui.startEdit.setTime(QTime(start.hour, start.minute))
        ui.endEdit.setTime(QTime(end.hour, end.minute))
        ui.courseCombo.addItem(NO_COURSE, None)
        for course_id, label in courses:
            ui.courseCombo.addItem(label, course_id)
        ui.courseCombo.setCurrentIndex(max(0, ui.courseCombo.findData(self._course_id)))
        ui.kindCombo.addItem(ANY_KIND, None)
        for kind in RoomKind:
            ui.kindCombo.addItem(kind.label, kind.value)
        ui.kindCombo.setToolTip(
            "Sans type choisi, celui qu'exige le parcours (ou tout type sans parcours)"
        )
        for edit in (ui.dateEdit, ui.startEdit, ui.endEdit):
            edit.dateTimeChanged.connect(lambda _v: self._timer.start())
        for combo in (ui.courseCombo, ui.kindCombo):
            combo.currentIndexChanged.connect(lambda _i: self.refresh())

    # --- classmethods ------------------------------------------------------------------

    @classmethod
    def choose(
        cls,
        parent: QWidget | None,
        service: FreeRoomService,
        slots: list[Slot],
        learners: int,
        course_id: str | None,
        site_ids: Collection[str] | None = None,
        ignore_session_ids: Collection[str] = (),
    ) -> str | None:
        """The id of the room chosen for these slots, or None if cancelled."""
        dialog = cls(
            parent,
            service,
            slots=slots,
            learners=learners,
            course_id=course_id,
            site_ids=site_ids,
            ignore_session_ids=ignore_session_ids,
        )
        try:
            return dialog.chosen_room_id if dialog.exec() == QDialog.DialogCode.Accepted else None
        finally:
            dialog.deleteLater()

    @classmethod
    def browse(
        cls,
        parent: QWidget | None,
        service: FreeRoomService,
        *,
        courses: Sequence[tuple[str, str]] = (),
        sites: Sequence[tuple[str, str]] = (),
        day: date | None = None,
        start: time = DEFAULT_START,
        end: time = DEFAULT_END,
        learners: int = 12,
        course_id: str | None = None,
    ) -> RoomPick | None:
        """Search with the inputs at the top; the room and slot chosen, or None."""
        slot = (day or date.today(), start, end)
        dialog = cls(
            parent,
            service,
            slots=[slot],
            learners=learners,
            course_id=course_id,
            browsing=True,
            courses=courses,
            sites=sites,
        )
        try:
            if dialog.exec() != QDialog.DialogCode.Accepted or dialog.chosen_room_id is None:
                return None
            return dialog.pick()
        finally:
            dialog.deleteLater()

    # --- searching ---------------------------------------------------------------------

    def slots(self) -> list[Slot]:
        if not self.browsing:
            return list(self._slots)
        ui = self.ui
        qdate, qstart, qend = ui.dateEdit.date(), ui.startEdit.time(), ui.endEdit.time()
        day = date(qdate.year(), qdate.month(), qdate.day())
        return [(day, time(qstart.hour(), qstart.minute()), time(qend.hour(), qend.minute()))]

    def course_id(self) -> str | None:
        if not self.browsing:
            return self._course_id
        value = self.ui.courseCombo.currentData()
        return str(value) if value else None

    def room_kind(self) -> RoomKind | None:
        value = self.ui.kindCombo.currentData() if self.browsing else None
        return RoomKind(value) if value else None

    def site_ids(self) -> tuple[str, ...] | None:
        index = self.ui.scopeCombo.currentIndex()
        return self._scopes[index] if 0 <= index < len(self._scopes) else None

    def refresh(self) -> None:
        """Ask the service again with what the dialog shows; keep the room selected."""
        self._timer.stop()
        keep = self.selected_room_id()
        try:
            self.rooms = self.service.find(
                self.slots(),
                learners=self.ui.learnersSpin.value(),
                course_id=self.course_id(),
                room_kind=self.room_kind(),
                site_ids=self.site_ids(),
                ignore_session_ids=self._ignored,
            )
        except UserFacingError as exc:
            self.rooms = []
            self._show_message(exc.message)
        else:
            self._show_message("")
        self._by_id = {r.room_id: r for r in self.rooms}
        self._fill_table(keep)

    def _show_message(self, text: str) -> None:
        self.ui.messageLabel.setText(text)
        self.ui.messageLabel.setVisible(bool(text))

    def _fill_table(self, keep: str | None) -> None:
        table = self.ui.roomTable
        table.setRowCount(0)
        table.setRowCount(len(self.rooms))
        choosable = [i for i, r in enumerate(self.rooms) if self.can_choose(r.room_id)]
        selected = choosable[0] if choosable else 0
        for row, room in enumerate(self.rooms):
            self._fill_row(row, room)
            if room.room_id == keep:
                selected = row
        if self.rooms:
            table.selectRow(selected)
        free = sum(1 for r in self.rooms if r.fully_free)
        count = plural(len(self.rooms), "salle trouvée", "salles trouvées")
        self.ui.countLabel.setText(
            f"{count} ({free} libre{'s' if free > 1 else ''} à chaque créneau)"
        )
        if not self.rooms and not self.ui.messageLabel.text():
            self._show_message(
                "Aucune salle ne convient : essayez « Tous les sites » ou moins d'apprenants."
            )
        self._update_ok()

    def _fill_row(self, row: int, room: FreeRoom) -> None:
        elsewhere = not self.can_choose(room.room_id)
        for column, text in enumerate(_cells(room)):
            cell = QTableWidgetItem(text)
            cell.setData(ROOM_ID_ROLE, room.room_id)
            tip = (
                "\n".join(room.missing_equipment)
                if column == 7 and room.missing_equipment
                else text
            )
            cell.setToolTip(f"{tip}\n{ELSEWHERE_TIP}" if elsewhere else tip)
            if column == 4:
                cell.setTextAlignment(RIGHT)
            if elsewhere:
                cell.setForeground(ELSEWHERE)
            elif column == 6 and not room.fully_free:
                cell.setForeground(PARTLY_FREE)
            self.ui.roomTable.setItem(row, column, cell)

    # --- choosing ------------------------------------------------------------------------

    def selected_room_id(self) -> str | None:
        table = self.ui.roomTable
        rows = table.selectionModel().selectedRows() if table.selectionModel() else []
        if not rows:
            return None
        cell = table.item(rows[0].row(), 0)
        return str(cell.data(ROOM_ID_ROLE)) if cell is not None else None

    def _ok_button(self) -> QPushButton:
        return self.ui.buttonBox.button(QDialogButtonBox.StandardButton.Ok)

    def can_choose(self, room_id: str | None) -> bool:
        """A room listed can be taken, unless it lies outside the sites given to `choose`."""
        room = self._by_id.get(room_id) if room_id is not None else None
        if room is None:
            return False
        return self._own_sites is None or room.site_id in self._own_sites

    def _update_ok(self) -> None:
        room_id = self.selected_room_id()
        allowed = self.can_choose(room_id)
        self._ok_button().setEnabled(allowed)
        if room_id is not None and not allowed:
            self._show_message(ELSEWHERE_TIP)
        elif self.ui.messageLabel.text() == ELSEWHERE_TIP:
            self._show_message("")

    def pick(self) -> RoomPick | None:
        """The room chosen with the slot typed (browsing)."""
        room = next((r for r in self.rooms if r.room_id == self.chosen_room_id), None)
        if room is None:
            return None
        day, start, end = self.slots()[0]
        return RoomPick(room.room_id, room.site_id, day, start, end, self.course_id())

    def keyPressEvent(self, event: QKeyEvent) -> None:
        """Entrée in the slot inputs searches again (it does not plan a session)."""
        enter = event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter)
        focus = self.focusWidget()
        if enter and self.browsing and focus is not None and self.ui.slotGroup.isAncestorOf(focus):
            self.refresh()
            return
        super().keyPressEvent(event)

    def accept(self) -> None:
        if self._timer.isActive():  # an input changed: show its rooms before choosing
            self.refresh()
            return
        room_id = self.selected_room_id()
        if room_id is None or not self.can_choose(room_id):
            return
        self.chosen_room_id = room_id
        super().accept()
