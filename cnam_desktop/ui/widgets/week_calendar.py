"""The week view: days × hours painted with QPainter, sessions as blocks.

One widget paints everything (no child widget per session), so a week of a busy
site (a few hundred blocks) opens as fast as a plain painted list. The widget never
changes what it shows by itself: a drag emits `entryMoved`, the owner asks the
conflict engine, saves, then calls `set_entries` again.
"""

from __future__ import annotations

import math
from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from datetime import date, time, timedelta
from typing import TYPE_CHECKING

from PySide6.QtCore import QEvent, QPointF, QRectF, QSize, Qt, Signal
from PySide6.QtGui import (
    QColor,
    QFocusEvent,
    QFontMetricsF,
    QKeyEvent,
    QMouseEvent,
    QPainter,
    QPaintEvent,
    QPen,
)
from PySide6.QtWidgets import QApplication, QSizePolicy, QWidget

from cnam_desktop.domain.recurrence import monday_of
from cnam_desktop.ui.widgets.calendar_entry import (
    FOCUS,
    TEXT,
    CalendarEntry,
    clock,
    day_long,
    tooltip_event,
    week_label,
)
from cnam_desktop.ui.widgets.week_painting import (
    BlockPainter,
    Grid,
    Placed,
    gutter_width,
    header_height,
    lay_out_day,
    make_grid,
    paint_week,
    print_page,
)

if TYPE_CHECKING:
    from PySide6.QtPrintSupport import QPrinter

SNAP = 15  # minutes
DEFAULT_HOURS = (8, 22)
HOUR_PX = (40, 52)  # minimum, preferred height of one hour on screen
DAY_PX = (90, 160)  # minimum, preferred width of one day
COLUMN_PX = (56, 96)  # minimum, preferred width of a block among overlapping ones
LAST_MINUTE = 24 * 60 - 1


@dataclass(frozen=True)
class Stop:
    """Where the keyboard focus is: an entry, or an empty hour slot of a day."""

    day: int
    start: int
    end: int
    entry_id: str | None = None


@dataclass
class _Press:
    pos: QPointF
    day: int
    minute: float  # under the press
    entry: CalendarEntry | None
    dragging: bool = False


def _snap(minute: float) -> int:
    return math.floor(minute / SNAP + 0.5) * SNAP


def _time(minute: int) -> time:
    minute = max(0, min(minute, LAST_MINUTE))
    return time(minute // 60, minute % 60)


class WeekCalendar(QWidget):
    """A week (lundi → samedi, dimanche when an entry falls on it) × hours.

    Signals: `entryActivated(id)` on double-click or Entrée; `entryMoved(id, day,
    start)` when a block is dropped elsewhere (15-minute steps) or moved with
    Alt+arrows; `slotSelected(day, start, end)` when the user drags over empty space,
    double-clicks it or presses Entrée on an empty slot; `weekChanged(monday)`
    whenever the shown week changes (`set_week`, Ctrl+←/→, Page up/down).
    """

    entryActivated = Signal(str)
    entryMoved = Signal(str, object, object)  # id, date, time
    slotSelected = Signal(object, object, object)  # date, time, time
    weekChanged = Signal(object)  # date (a Monday)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._monday = monday_of(date.today())
        self._entries: list[CalendarEntry] = []
        self._closed: dict[date, str] = {}
        self._days: list[date] = []
        self._placed: list[tuple[int, Placed]] = []
        self._by_id: dict[str, tuple[int, Placed]] = {}
        self._first, self._last = DEFAULT_HOURS[0] * 60, DEFAULT_HOURS[1] * 60
        self._focus: Stop | None = None
        self._texts: dict[tuple[object, ...], object] = {}  # cut texts, for repaints
        self._press: _Press | None = None
        self._ghost: tuple[int, int, CalendarEntry] | None = None  # day, start, entry
        self._selection: tuple[int, int, int] | None = None  # day, start, end
        self.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        self.setAttribute(Qt.WidgetAttribute.WA_OpaquePaintEvent)
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Expanding)
        self._relayout()

    # --- content -----------------------------------------------------------------------

    def week(self) -> date:
        return self._monday

    def set_week(self, day: date) -> None:
        """Show the week holding `day`; emits `weekChanged` when it is another week."""
        monday = monday_of(day)
        if monday == self._monday:
            return
        self._monday = monday
        self._relayout()
        self.weekChanged.emit(monday)

    def set_entries(self, entries: Sequence[CalendarEntry]) -> None:
        """Replace the entries; those outside the shown week are kept but not drawn."""
        self._entries = list(entries)
        self._relayout()

    def set_closed_days(self, days: Mapping[date, str]) -> None:
        """Days shaded as closed (public holiday, closure), with the label to show."""
        self._closed = dict(days)
        self.update()

    def visible_days(self) -> list[date]:
        return list(self._days)

    def hour_range(self) -> tuple[int, int]:
        """First and last hour of the grid (8, 22 unless entries fall outside)."""
        return self._first // 60, self._last // 60

    def conflict_ids(self) -> set[str]:
        """Ids of the entries drawn with the conflict mark (red border and « ! »)."""
        return {p.entry.id for _, p in self._placed if p.entry.in_conflict}

    def _relayout(self) -> None:
        week_end = self._monday + timedelta(days=7)
        shown = [e for e in self._entries if self._monday <= e.day < week_end]
        count = 7 if any(e.day.weekday() == 6 for e in shown) else 6
        self._days = [self._monday + timedelta(days=i) for i in range(count)]
        self._first = min([DEFAULT_HOURS[0] * 60] + [e.start_minute // 60 * 60 for e in shown])
        ends = [math.ceil(e.end_minute / 60) * 60 for e in shown]
        self._last = max([DEFAULT_HOURS[1] * 60, *ends])
        self._placed = []
        for index, day in enumerate(self._days):
            of_day = [e for e in shown if e.day == day]
            self._placed.extend((index, p) for p in lay_out_day(of_day))
        self._by_id = {p.entry.id: (i, p) for i, p in self._placed}
        self._columns = max((p.columns for _, p in self._placed), default=1)
        self._press, self._ghost, self._selection = None, None, None
        self._focus = self._refocus(self._focus) if self._focus else None
        self.setAccessibleName(f"Calendrier, {week_label(self._monday)}")
        self._announce()
        self.updateGeometry()
        self.update()

    # --- geometry ----------------------------------------------------------------------

    def _grid(self) -> Grid:
        metrics = QFontMetricsF(self.font())
        return make_grid(QRectF(self.rect()), metrics, len(self._days), (self._first, self._last))

    def _hint(self, hour_px: int, day_px: int) -> QSize:
        metrics = QFontMetricsF(self.font())
        hours = (self._last - self._first) // 60
        width = gutter_width(metrics, 1.0) + day_px * len(self._days)
        height = header_height(metrics, 1.0) + hour_px * hours
        return QSize(math.ceil(width), math.ceil(height))

    def sizeHint(self) -> QSize:
        return self._hint(HOUR_PX[1], max(DAY_PX[1], self._columns * COLUMN_PX[1]))

    def minimumSizeHint(self) -> QSize:
        return self._hint(HOUR_PX[0], max(DAY_PX[0], self._columns * COLUMN_PX[0]))

    def slot_rect(self, day: date, start: time, end: time) -> QRectF:
        """Where a day's time span lies in the widget (whole day width)."""
        index = (day - self._monday).days
        minutes = (start.hour * 60 + start.minute, end.hour * 60 + end.minute)
        return self._grid().span(index, *minutes)

    def entry_rect(self, entry_id: str) -> QRectF | None:
        """Where an entry's block is drawn; None when it is not in the shown week."""
        found = self._by_id.get(entry_id)
        return self._grid().block(*found) if found else None

    def entry_at(self, point: QPointF) -> CalendarEntry | None:
        """The entry whose block holds `point` (widget coordinates), if any."""
        grid = self._grid()
        pos = QPointF(point)
        for day, placed in reversed(self._placed):
            if grid.block(day, placed).contains(pos):
                return placed.entry
        return None

    # --- painting ----------------------------------------------------------------------

    def paintEvent(self, event: QPaintEvent) -> None:
        painter = QPainter(self)
        painter.setFont(self.font())
        grid = self._grid()
        exposed = QRectF(event.rect())
        paint_week(painter, grid, self._days, self._placed, self._closed, self._texts, exposed)
        if self._selection:
            day, start, end = self._selection
            rect = grid.span(day, start, end).adjusted(2, 1, -3, -1)
            colour = QColor(FOCUS)
            colour.setAlpha(60)
            painter.fillRect(rect, colour)
            painter.setPen(QPen(QColor(FOCUS), 1.5))
            painter.drawRect(rect)
            times = f"{clock(_time(start))}–{clock(_time(end))}"
            painter.drawText(rect.adjusted(6, 2, -2, 0), times)
        if self._ghost:
            day, start, entry = self._ghost
            rect = grid.span(day, start, start + entry.end_minute - entry.start_minute)
            rect.adjust(2, 1, -3, -1)
            painter.setOpacity(0.75)
            BlockPainter(painter, 1.0, self._texts).paint(rect, entry)
            painter.setOpacity(1.0)
            painter.setPen(QPen(QColor(TEXT), 1.5, Qt.PenStyle.DashLine))
            painter.drawRect(rect)
        if self._focus and self.hasFocus():
            self._paint_focus(painter, grid, self._focus)
        painter.end()

    def _paint_focus(self, painter: QPainter, grid: Grid, stop: Stop) -> None:
        found = self._by_id.get(stop.entry_id) if stop.entry_id else None
        rect = grid.block(*found) if found else grid.span(stop.day, stop.start, stop.end)
        pen = QPen(QColor(FOCUS), 2, Qt.PenStyle.DashLine)
        painter.setPen(pen)
        painter.setBrush(Qt.BrushStyle.NoBrush)
        painter.drawRect(rect.adjusted(1, 1, -1, -1))

    def render_week(self, painter: QPainter, rect: QRectF) -> None:
        """Paint the whole week (grid, header, blocks) into `rect` of any paint device."""
        unit = max(1.0, painter.device().logicalDpiY() / 96)
        metrics = QFontMetricsF(painter.font(), painter.device())
        grid = make_grid(rect, metrics, len(self._days), (self._first, self._last), unit)
        paint_week(painter, grid, self._days, self._placed, self._closed)

    def print_to(self, printer: QPrinter, title: str) -> None:
        """Paint the week on one landscape page of `printer`, `title` on top.

        The owner sets the printer up (dialog, output file) before calling this.
        Raises OSError when the printer (or its output file) cannot be opened.
        """
        print_page(printer, title, self.font(), self.render_week)

    # --- mouse -------------------------------------------------------------------------

    def mousePressEvent(self, event: QMouseEvent) -> None:
        if event.button() != Qt.MouseButton.LeftButton:
            super().mousePressEvent(event)
            return
        pos = event.position()
        grid = self._grid()
        day = grid.day_at(pos.x())
        if day is None or pos.y() < grid.top:
            self._press = None
            return
        entry = self.entry_at(pos)
        self._press = _Press(QPointF(pos), day, grid.minute_at(pos.y()), entry)
        self._set_focus(self._stop_for(entry) if entry else self._slot_at(day, self._press.minute))
        event.accept()

    def mouseMoveEvent(self, event: QMouseEvent) -> None:
        press = self._press
        if press is None or not event.buttons() & Qt.MouseButton.LeftButton:
            return
        pos = event.position()
        if not press.dragging:
            moved = (pos - press.pos).manhattanLength()
            if moved < QApplication.startDragDistance():
                return
            press.dragging = True
        grid = self._grid()
        day = min(max(0, math.floor((pos.x() - grid.left) / grid.day_width)), grid.days - 1)
        minute = grid.minute_at(pos.y())
        entry = press.entry
        if entry is not None:
            length = entry.end_minute - entry.start_minute
            offset = press.minute - entry.start_minute
            start = min(max(_snap(minute - offset), grid.first), grid.last - length)
            self._ghost = (day, max(start, 0), entry)
        else:
            anchor = math.floor(press.minute / SNAP) * SNAP
            other = min(max(_snap(minute), grid.first), grid.last)
            start, end = min(anchor, other), max(anchor, other)
            self._selection = (press.day, start, max(end, start + SNAP))
        self.update()

    def mouseReleaseEvent(self, event: QMouseEvent) -> None:
        ghost, selection = self._ghost, self._selection
        self._press, self._ghost, self._selection = None, None, None
        self.update()
        if event.button() != Qt.MouseButton.LeftButton:
            return
        if ghost is not None:
            day, start, entry = ghost
            if (self._days[day], start) != (entry.day, entry.start_minute):
                self.entryMoved.emit(entry.id, self._days[day], _time(start))
        elif selection is not None:
            day, start, end = selection
            self.slotSelected.emit(self._days[day], _time(start), _time(end))

    def mouseDoubleClickEvent(self, event: QMouseEvent) -> None:
        self._press = None
        if event.button() != Qt.MouseButton.LeftButton:
            return
        pos = event.position()
        entry = self.entry_at(pos)
        grid = self._grid()
        day = grid.day_at(pos.x())
        if entry is not None:
            self.entryActivated.emit(entry.id)
        elif day is not None and pos.y() >= grid.top:
            self._activate(self._slot_at(day, grid.minute_at(pos.y())))

    # --- keyboard ----------------------------------------------------------------------

    def _stops(self, day: int) -> list[Stop]:
        """The day's entries, and its whole hours free of any entry, in time order."""
        placed = [p for d, p in self._placed if d == day]
        stops = [Stop(day, p.entry.start_minute, p.entry.end_minute, p.entry.id) for p in placed]
        for hour in range(self._first, self._last, 60):
            if not any(
                p.entry.start_minute < hour + 60 and p.entry.end_minute > hour for p in placed
            ):
                stops.append(Stop(day, hour, hour + 60))
        return sorted(stops, key=lambda s: (s.start, s.entry_id is None))

    def _stop_for(self, entry: CalendarEntry) -> Stop:
        day, _ = self._by_id[entry.id]
        return Stop(day, entry.start_minute, entry.end_minute, entry.id)

    def _slot_at(self, day: int, minute: float) -> Stop:
        hour = min(max(math.floor(minute / 60) * 60, self._first), self._last - 60)
        return Stop(day, hour, hour + 60)

    def _nearest(self, day: int, minute: int) -> Stop:
        return min(self._stops(day), key=lambda s: (abs(s.start - minute), s.entry_id is None))

    def _refocus(self, stop: Stop) -> Stop:
        """The same entry or slot after new entries arrived, or the nearest stop."""
        if stop.entry_id in self._by_id:
            return self._stop_for(self._by_id[stop.entry_id][1].entry)
        day = min(stop.day, len(self._days) - 1)
        return stop if stop in self._stops(day) else self._nearest(day, stop.start)

    def focused_entry_id(self) -> str | None:
        return self._focus.entry_id if self._focus else None

    def focused_slot(self) -> tuple[date, time, time] | None:
        stop = self._focus
        if stop is None or stop.entry_id is not None:
            return None
        return self._days[stop.day], _time(stop.start), _time(stop.end)

    def _set_focus(self, stop: Stop | None) -> None:
        self._focus = stop
        self._announce()
        self.update()

    def _announce(self) -> None:
        stop = self._focus
        text = week_label(self._monday)
        if stop is not None and stop.entry_id in self._by_id:
            entry = self._by_id[stop.entry_id][1].entry
            text = f"{day_long(entry.day)}, {entry.times_text()}, {entry.title}, {entry.detail}"
            text += ", annulée" if entry.cancelled else ""
            text += f", conflit : {entry.conflict_text}" if entry.in_conflict else ""
        elif stop is not None:
            text = f"{day_long(self._days[stop.day])}, {clock(_time(stop.start))}, créneau libre"
        self.setAccessibleDescription(text)

    def _activate(self, stop: Stop) -> None:
        if stop.entry_id is not None:
            self.entryActivated.emit(stop.entry_id)
        else:
            self.slotSelected.emit(self._days[stop.day], _time(stop.start), _time(stop.end))

    def focusInEvent(self, event: QFocusEvent) -> None:
        if self._focus is None:
            firsts = [self._stop_for(p.entry) for _, p in self._placed[:1]]
            self._set_focus(firsts[0] if firsts else self._slot_at(0, self._first))
        super().focusInEvent(event)

    def keyPressEvent(self, event: QKeyEvent) -> None:
        key, mods = event.key(), event.modifiers()
        K, M = Qt.Key, Qt.KeyboardModifier
        if key == K.Key_Escape and (self._ghost or self._selection):
            self._press, self._ghost, self._selection = None, None, None
            self.update()
        elif key in (K.Key_PageUp, K.Key_PageDown) or (
            mods & M.ControlModifier and key in (K.Key_Left, K.Key_Right)
        ):
            step = -7 if key in (K.Key_PageUp, K.Key_Left) else 7
            self.set_week(self._monday + timedelta(days=step))
        elif mods & M.AltModifier and key in (K.Key_Left, K.Key_Right, K.Key_Up, K.Key_Down):
            self._move_focused(key)
        elif key in (K.Key_Left, K.Key_Right, K.Key_Up, K.Key_Down, K.Key_Home, K.Key_End):
            self._set_focus(self._step(key))
        elif key in (K.Key_Return, K.Key_Enter) and self._focus is not None:
            self._activate(self._focus)
        else:
            super().keyPressEvent(event)
            return
        event.accept()

    def _step(self, key: int) -> Stop:
        K = Qt.Key
        current = self._focus or self._slot_at(0, self._first)
        if key in (K.Key_Left, K.Key_Right):
            day = current.day + (1 if key == K.Key_Right else -1)
            day = min(max(day, 0), len(self._days) - 1)
            return current if day == current.day else self._nearest(day, current.start)
        stops = self._stops(current.day)
        if key in (K.Key_Home, K.Key_End):
            return stops[0 if key == K.Key_Home else -1]
        index = stops.index(current) if current in stops else 0
        index += 1 if key == K.Key_Down else -1
        return stops[min(max(index, 0), len(stops) - 1)]

    def _move_focused(self, key: int) -> None:
        stop = self._focus
        if stop is None or stop.entry_id not in self._by_id:
            return
        entry = self._by_id[stop.entry_id][1].entry
        K = Qt.Key
        days = {K.Key_Left: -1, K.Key_Right: 1}.get(key, 0)
        minutes = {K.Key_Up: -SNAP, K.Key_Down: SNAP}.get(key, 0)
        start = entry.start_minute + minutes
        if start < 0 or entry.end_minute + minutes > LAST_MINUTE:
            return
        self.entryMoved.emit(entry.id, entry.day + timedelta(days=days), _time(start))

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.FontChange:
            self._texts.clear()
            self.updateGeometry()
        super().changeEvent(event)

    # --- tooltips ----------------------------------------------------------------------

    def tooltip_at(self, point: QPointF) -> str:
        """What hovering `point` tells: the entry (rich text), or the day's closure label."""
        entry = self.entry_at(point)
        if entry is not None:
            return entry.tooltip()
        day = self._grid().day_at(point.x())
        return self._closed.get(self._days[day], "") if day is not None else ""

    def event(self, event: QEvent) -> bool:
        return tooltip_event(self, event, self.tooltip_at) or super().event(event)
