"""The bar above the calendars: « < », « Aujourd'hui », « > », Semaine / Mois, the period.

It holds the shown period (a mode and a day) and emits `periodChanged` when the user
changes it; the owner then calls `WeekCalendar.set_week` or `MonthCalendar.set_month`
and loads the entries. `set_period` keeps it in step when a calendar moved by itself
(keyboard) or when the owner jumps to a week (a day double-clicked in the month view).
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import date, timedelta

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QButtonGroup, QHBoxLayout, QLabel, QPushButton, QWidget

from cnam_desktop.domain.recurrence import monday_of
from cnam_desktop.ui.widgets.calendar_entry import month_label, week_label

WEEK, MONTH = "week", "month"


def period_start(mode: str, day: date) -> date:
    """The Monday of `day`'s week, or the 1st of its month."""
    return monday_of(day) if mode == WEEK else day.replace(day=1)


def shift(mode: str, start: date, step: int) -> date:
    """The period `step` weeks or months after the one starting on `start`."""
    if mode == WEEK:
        return start + timedelta(days=7 * step)
    year, month = divmod(start.year * 12 + start.month - 1 + step, 12)
    return date(year, month + 1, 1)


def period_label(mode: str, start: date) -> str:
    """« Semaine du 11 au 17 novembre 2019 » or « Novembre 2019 »."""
    return week_label(start) if mode == WEEK else month_label(start.year, start.month)


class CalendarNav(QWidget):
    """Previous / today / next buttons, a Semaine / Mois switch and the period label.

    `periodChanged(mode, start)`: `mode` is ``"week"`` or ``"month"``, `start` the
    Monday of the week or the 1st of the month.
    """

    periodChanged = Signal(str, object)

    def __init__(
        self, parent: QWidget | None = None, today: Callable[[], date] = date.today
    ) -> None:
        super().__init__(parent)
        self._today = today
        self._mode = WEEK
        self._start = period_start(WEEK, today())

        self.previous_button = QPushButton("<", self)
        self.today_button = QPushButton("Aujourd'hui", self)
        self.next_button = QPushButton(">", self)
        self.week_button = QPushButton("Semaine", self)
        self.month_button = QPushButton("Mois", self)
        self.label = QLabel(self)
        self.label.setObjectName("calendarPeriod")
        font = self.label.font()
        font.setBold(True)
        self.label.setFont(font)
        modes = QButtonGroup(self)
        modes.setExclusive(True)
        for button in (self.week_button, self.month_button):
            button.setCheckable(True)
            modes.addButton(button)
        self.week_button.setChecked(True)

        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        for widget in (self.previous_button, self.today_button, self.next_button):
            layout.addWidget(widget)
        layout.addSpacing(12)
        layout.addWidget(self.label, 1)
        layout.addWidget(self.week_button)
        layout.addWidget(self.month_button)

        self.previous_button.clicked.connect(lambda: self._go(shift(self._mode, self._start, -1)))
        self.next_button.clicked.connect(lambda: self._go(shift(self._mode, self._start, 1)))
        self.today_button.clicked.connect(lambda: self._go(period_start(self._mode, self._today())))
        self.week_button.clicked.connect(lambda: self._switch(WEEK))
        self.month_button.clicked.connect(lambda: self._switch(MONTH))
        self._refresh()

    def mode(self) -> str:
        return self._mode

    def start(self) -> date:
        return self._start

    def set_period(self, mode: str, day: date) -> None:
        """Show the period holding `day` in `mode`, without emitting `periodChanged`."""
        self._mode, self._start = mode, period_start(mode, day)
        (self.week_button if mode == WEEK else self.month_button).setChecked(True)
        self._refresh()

    def _switch(self, mode: str) -> None:
        if mode == self._mode:
            return
        today = self._today()
        # Entering a week from a month: today's week if in that month, else its first week.
        in_month = (today.year, today.month) == (self._start.year, self._start.month)
        day = today if mode == WEEK and in_month else self._start
        self._mode = mode
        self._go(period_start(mode, day), force=True)

    def _go(self, start: date, force: bool = False) -> None:
        if start == self._start and not force:
            return
        self._start = start
        self._refresh()
        self.periodChanged.emit(self._mode, start)

    def _refresh(self) -> None:
        week = self._mode == WEEK
        self.label.setText(period_label(self._mode, self._start))
        self.previous_button.setToolTip("Semaine précédente" if week else "Mois précédent")
        self.next_button.setToolTip("Semaine suivante" if week else "Mois suivant")
        self.previous_button.setAccessibleName(self.previous_button.toolTip())
        self.next_button.setAccessibleName(self.next_button.toolTip())
        self.today_button.setToolTip("Revenir à la période d'aujourd'hui")
