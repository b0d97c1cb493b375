"""Planning → Calendrier: the week and month views of a site, a room or a trainer.

Sessions come from `SessionService.calendar_entries`, their conflicts from the engine
(`ConflictService.check_network` over the period shown), the shaded days from the
closures of the site. Every change (create by selecting a slot, move by dragging, edit
by double-click) goes through the shared `SessionFlows`, which checks the conflicts
first and pushes an undoable command.
"""

from __future__ import annotations

from datetime import date, time, timedelta
from typing import Any

from PySide6.QtCore import Signal
from PySide6.QtWidgets import (
    QComboBox,
    QFrame,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QScrollArea,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from cnam_desktop.domain.enums import Modality, SessionStatus
from cnam_desktop.domain.formatting import plural
from cnam_desktop.domain.offer_rows import CalendarSession
from cnam_desktop.ui.read_only import enable_editing
from cnam_desktop.ui.widgets.calendar_entry import CalendarEntry, ModalityLegend
from cnam_desktop.ui.widgets.calendar_nav import MONTH, WEEK, CalendarNav, period_label
from cnam_desktop.ui.widgets.month_calendar import MonthCalendar
from cnam_desktop.ui.widgets.week_calendar import WeekCalendar

SCOPES = (("site", "Site"), ("room", "Salle"), ("trainer", "Formateur"))


def to_entry(row: CalendarSession, conflicts: dict[str, list[str]], scope: str) -> CalendarEntry:
    """The calendar block of a session: course, then where and with whom."""
    where = "À distance" if row.modality is Modality.DISTANCE else (row.room_name or "Sans salle")
    if row.modality is Modality.HYBRID and row.room_name:
        where = f"{row.room_name} + à distance"
    parts = [where, row.trainer_name or "Formateur à désigner"]
    if scope != "site" or row.is_guest:
        parts.insert(0, row.site_name)
    messages = conflicts.get(row.id, [])
    return CalendarEntry(
        id=row.id,
        day=row.day,
        start=row.start_time,
        end=row.end_time,
        title=f"{row.course_code} {row.course_title}",
        detail=" · ".join(parts),
        modality=row.modality,
        in_conflict=bool(messages),
        conflict_text="\n".join(messages),
        cancelled=row.status is SessionStatus.CANCELLED,
    )


class CalendarPage(QWidget):
    """Scope (site / room / trainer) and target choosers, the period bar, the two views."""

    statusMessage = Signal(str)

    def __init__(self, parent: QWidget | None, flows: Any) -> None:
        super().__init__(parent)
        self.setObjectName("calendarPage")
        self.flows = flows
        self._workspace: Any = None
        self._rooms: list[tuple[str, str, str]] = []
        self._rows: list[CalendarSession] = []
        self.conflicts: dict[str, list[str]] = {}
        """Conflict messages by session id, for the period shown."""
        self._stale = False
        """A refresh was asked while hidden: it runs when the page is next shown."""
        self._check_token = 0
        """Which conflict check is the latest (older results are dropped)."""
        self._build()
        if flows is not None:
            flows.changed.connect(self.refresh)

    # --- layout ------------------------------------------------------------------------

    def _build(self) -> None:
        layout = QVBoxLayout(self)
        top = QHBoxLayout()
        self.scope_combo = QComboBox(self)
        self.scope_combo.setAccessibleName(
            "Afficher le planning d'un site, d'une salle ou d'un formateur"
        )
        for key, label in SCOPES:
            self.scope_combo.addItem(label, key)
        self.target_combo = QComboBox(self)
        self.target_combo.setMinimumContentsLength(38)
        self.target_combo.setSizeAdjustPolicy(
            QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon
        )
        self.target_combo.setAccessibleName("Site, salle ou formateur affiché")
        shown = QLabel("&Planning de :", self)
        shown.setBuddy(self.scope_combo)
        top.addWidget(shown)
        top.addWidget(self.scope_combo)
        top.addWidget(self.target_combo, 1)
        self.new_button = QPushButton("&Nouvelle séance…", self)
        self.series_button = QPushButton("Nouvelle sé&rie…", self)
        self.print_button = QPushButton("&Imprimer la semaine…", self)
        self.ics_button = QPushButton("E&xporter (.ics)…", self)
        self.ics_button.setToolTip(
            "Enregistrer les séances affichées au format iCalendar, "
            "pour un agenda (Outlook, Thunderbird, téléphone)"
        )
        for button in (self.new_button, self.series_button, self.print_button, self.ics_button):
            top.addWidget(button)
        layout.addLayout(top)

        bar = QHBoxLayout()
        self.nav = CalendarNav(self)
        bar.addWidget(self.nav, 1)
        layout.addLayout(bar)
        legend_row = QHBoxLayout()
        legend_row.addWidget(ModalityLegend(self))
        legend_row.addStretch(1)
        self.summary_label = QLabel("", self)
        self.summary_label.setObjectName("calendarSummary")
        legend_row.addWidget(self.summary_label)
        layout.addLayout(legend_row)

        self.week = WeekCalendar(self)
        self.week.setAccessibleName("Semaine")
        self.week_scroll = QScrollArea(self)
        self.week_scroll.setWidgetResizable(True)
        self.week_scroll.setFrameShape(QFrame.Shape.NoFrame)
        self.week_scroll.setWidget(self.week)
        self.month = MonthCalendar(self)
        self.month.setAccessibleName("Mois")
        self.stack = QStackedWidget(self)
        self.stack.addWidget(self.week_scroll)
        self.stack.addWidget(self.month)
        layout.addWidget(self.stack, 1)

        self.scope_combo.currentIndexChanged.connect(lambda _i: self._fill_targets())
        self.target_combo.currentIndexChanged.connect(lambda _i: self.refresh())
        self.nav.periodChanged.connect(lambda _mode, _start: self.refresh())
        self.week.entryActivated.connect(self._edit)
        self.month.entryActivated.connect(self._edit)
        self.month.dayActivated.connect(self.show_week)
        self.week.entryMoved.connect(self._moved)
        self.week.slotSelected.connect(self._slot_selected)
        self.new_button.clicked.connect(lambda: self._new_session())
        self.series_button.clicked.connect(self._new_series)
        self.print_button.clicked.connect(self.print_week)
        self.ics_button.clicked.connect(self.export_ics)

    # --- data --------------------------------------------------------------------------

    def set_workspace(self, workspace: Any) -> None:
        self._workspace = workspace
        self._fill_targets()

    def scope(self) -> str:
        return str(self.scope_combo.currentData())

    def target_id(self) -> str | None:
        value = self.target_combo.currentData()
        return str(value) if value else None

    def select(self, scope: str, target_id: str) -> None:
        """Show the calendar of a given site, room or trainer."""
        self.scope_combo.setCurrentIndex(max(0, self.scope_combo.findData(scope)))
        index = self.target_combo.findData(target_id)
        if index >= 0:
            self.target_combo.setCurrentIndex(index)

    def _fill_targets(self) -> None:
        combo = self.target_combo
        previous = combo.currentData()
        combo.blockSignals(True)
        combo.clear()
        if self._workspace is not None:
            from cnam_desktop.services.offerings import OfferingService
            from cnam_desktop.services.sessions import SessionService

            database = self._workspace.database
            scope = self.scope()
            if scope == "site":
                choices = OfferingService(database).site_choices()
            elif scope == "room":
                self._rooms = SessionService(database).all_rooms()
                choices = [(room_id, label) for room_id, label, _site in self._rooms]
            else:
                choices = SessionService(database).trainer_choices()
            for value, label in choices:
                combo.addItem(label, value)
            index = combo.findData(previous)
            combo.setCurrentIndex(index if index >= 0 else 0)
        combo.blockSignals(False)
        self.refresh()

    def period(self) -> tuple[date, date]:
        start = self.nav.start()
        if self.nav.mode() == WEEK:
            return start, start + timedelta(days=6)
        following = date(start.year + start.month // 12, start.month % 12 + 1, 1)
        return start, following - timedelta(days=1)

    def showEvent(self, event: Any) -> None:
        super().showEvent(event)
        if self._stale:
            self.refresh()

    def refresh(self) -> None:
        """Read the sessions of the period again; the conflicts follow on the next turn.

        While the page is hidden (another tab), it only notes that it must read again.
        """
        if not self.isVisible():
            self._stale = True
            return
        self._stale = False
        week_mode = self.nav.mode() == WEEK
        self.stack.setCurrentWidget(self.week_scroll if week_mode else self.month)
        self.print_button.setEnabled(week_mode)
        start, end = self.period()
        self.week.set_week(start)
        if not week_mode:
            self.month.set_month(start.year, start.month)
        target = self.target_id()
        enabled = self._workspace is not None and target is not None
        for button in (self.new_button, self.series_button):
            enable_editing(button, self._workspace is not None)
        self.ics_button.setEnabled(enabled)
        if not enabled:
            self._rows, self.conflicts = [], {}
            self._show()
            return
        from cnam_desktop.services.sessions import SessionService

        scope = self.scope()
        self._rows = SessionService(self._workspace.database).calendar_entries(
            start=start, end=end, **{f"{scope}_id": target}
        )
        self.conflicts = {}
        self._show()
        self._show_closed_days(start, end)
        self.summary_label.setText(self._summary() + " · vérification des conflits…")
        self._check_conflicts()

    def _check_conflicts(self) -> None:
        """Ask the engine about the period shown, off the GUI thread (0.3 s for a busy
        month); a result that arrives after the user moved on is dropped."""
        if self._workspace is None or not self._rows:
            self.summary_label.setText(self._summary())
            return
        from cnam_desktop.services.conflicts import ConflictService
        from cnam_desktop.ui import tasks

        start, end = self.period()
        site_id = self.target_id() if self.scope() == "site" else None
        shown = {row.id for row in self._rows}
        service = ConflictService(self._workspace.database)
        self._check_token += 1
        token = self._check_token

        def found(conflicts: list[Any]) -> None:
            if token != self._check_token:
                return  # another week, target or change since
            marks: dict[str, list[str]] = {}
            for conflict in conflicts:
                text = f"{conflict.severity.label.capitalize()} : {conflict.message}"
                for session_id in conflict.session_ids:
                    if session_id in shown:
                        marks.setdefault(session_id, []).append(text)
            self.conflicts = marks
            self._show()
            self.summary_label.setText(self._summary())

        tasks.run_task(
            self,
            "Vérification des conflits…",
            lambda _progress: service.check_network(site_id, start, end),
            found,
        )

    def _summary(self) -> str:
        count = sum(1 for row in self._rows if row.status is not SessionStatus.CANCELLED)
        text = plural(count, "séance")
        if self.conflicts:
            text += f" · {plural(len(self.conflicts), 'séance')} en conflit"
        return text

    def _show(self) -> None:
        scope = self.scope()
        entries = [to_entry(row, self.conflicts, scope) for row in self._rows]
        self.week.set_entries(entries)
        self.month.set_entries(entries)

    def _show_closed_days(self, start: date, end: date) -> None:
        site_id = self._site_of_target()
        closed: dict[date, str] = {}
        if site_id is not None:
            from cnam_desktop.services.closures import ClosureService

            for closure in ClosureService(self._workspace.database).closures_for_site(
                site_id, start, end
            ):
                day = max(closure.start_date, start)
                while day <= min(closure.end_date, end):
                    closed.setdefault(day, closure.label)
                    day += timedelta(days=1)
        self.week.set_closed_days(closed)
        self.month.set_closed_days(closed)

    def _site_of_target(self) -> str | None:
        scope, target = self.scope(), self.target_id()
        if scope == "site":
            return target
        if scope == "room":
            return next((site for room, _label, site in self._rooms if room == target), None)
        return None

    # --- actions -----------------------------------------------------------------------

    def show_week(self, day: date) -> None:
        self.nav.set_period(WEEK, day)
        self.refresh()

    def show_month(self, day: date) -> None:
        self.nav.set_period(MONTH, day)
        self.refresh()

    def _prefill(self) -> dict[str, Any]:
        scope, target = self.scope(), self.target_id()
        if scope == "site" and target:
            return {"site_id": target}
        if scope == "room" and target:
            return {"room_id": target}
        if scope == "trainer" and target:
            return {"trainer_id": target}
        return {}

    def _edit(self, session_id: str) -> None:
        if self.flows is not None:
            self.flows.edit_session(session_id)

    def _moved(self, session_id: str, day: date, start: time) -> None:
        if self.flows is not None and not self.flows.move_session(session_id, day, start):
            self._show()  # refused or cancelled: the block goes back where it was

    def _slot_selected(self, day: date, start: time, end: time) -> None:
        self._new_session(day=day, start=start, end=end)

    def _new_session(self, **slot: Any) -> None:
        if self.flows is not None and self._workspace is not None:
            self.flows.new_session(**self._prefill(), **slot)

    def _new_series(self) -> None:
        if self.flows is not None and self._workspace is not None:
            self.flows.new_series()

    def title(self) -> str:
        scope_label = dict(SCOPES)[self.scope()]
        return (
            f"Planning — {scope_label.lower()} {self.target_combo.currentText()} — "
            f"{period_label(self.nav.mode(), self.nav.start())}"
        )

    def print_week(self) -> None:
        from PySide6.QtPrintSupport import QPrintDialog, QPrinter

        printer = QPrinter(QPrinter.PrinterMode.HighResolution)
        dialog = QPrintDialog(printer, self)
        dialog.setWindowTitle("Imprimer la semaine")
        if dialog.exec() != QPrintDialog.DialogCode.Accepted:
            return
        if self.print_on(printer):
            self.statusMessage.emit("Semaine envoyée à l'impression.")

    def print_on(self, printer: Any) -> bool:
        """Print the week shown on a printer already set up; False (and said) on failure."""
        from cnam_desktop.ui import messages

        try:
            self.week.print_to(printer, self.title())
        except OSError as exc:
            text = f"La semaine n'a pas pu être imprimée : {exc}"
            messages.error(self, "Impression impossible", text)
            return False
        return True

    def export_ics(self) -> Any:
        """Ask for a file and write the target's sessions to it in the background.

        Returns the task (None when nothing was started).
        """
        from cnam_desktop.ui.file_dialogs import save_path

        target = self.target_id()
        if self._workspace is None or target is None:
            return None
        name = self.target_combo.currentText().split(" — ")[0].replace(" · ", " - ")
        path = save_path(
            self,
            "Exporter le planning (iCalendar)",
            f"Planning {name}.ics",
            "Calendrier iCalendar (*.ics)",
        )
        if path is None:
            return None
        from cnam_desktop.services.calendar_export import CalendarExportService
        from cnam_desktop.ui import tasks

        service = CalendarExportService(self._workspace.database)
        scope = {f"{self.scope()}_id": target}

        def done(count: int) -> None:
            exported = "exportées" if count > 1 else "exportée"
            self.statusMessage.emit(f"{plural(count, 'séance')} {exported} dans {path}.")

        # Not cancellable: the file is written whole (to a temporary name) or not at all.
        return tasks.run_task(
            self,
            "Export du planning (iCalendar)…",
            lambda _progress: service.export_ics(path, **scope),
            done,
            cancellable=False,
        )
