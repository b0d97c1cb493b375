"""The month view: weeks × 7 days painted with QPainter, a line per session.

Each day lists « 18:00 Titre » lines with their modality and conflict marks, as
many as fit (at most `max_lines`), then « +3 autres ». Double-clicking a line opens
the session; double-clicking the rest of a day asks the owner for that day's week.
"""

from __future__ import annotations

import calendar
import math
from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from datetime import date, timedelta
from html import escape

from PySide6.QtCore import QEvent, QPointF, QRectF, QSize, Qt, Signal
from PySide6.QtGui import (
    QColor,
    QFocusEvent,
    QFont,
    QFontMetricsF,
    QKeyEvent,
    QMouseEvent,
    QPainter,
    QPaintEvent,
    QPen,
)
from PySide6.QtWidgets import QSizePolicy, QWidget

from cnam_desktop.domain.formatting import WEEKDAY_NAMES
from cnam_desktop.ui.widgets.calendar_entry import (
    CONFLICT,
    FOCUS,
    GRID,
    MONTH_SHORT,
    MUTED_TEXT,
    TEXT,
    CalendarEntry,
    Marks,
    clock,
    day_long,
    entries_by_day,
    fill_closed,
    month_label,
    tooltip_event,
)

DEFAULT_MAX_LINES = 4
CELL_PX = ((90, 80), (140, 110))  # minimum, preferred (width, height) of a day
OTHER_MONTH_FILL = "#f8f9fa"


def more_text(count: int) -> str:
    """« +1 autre », « +3 autres »."""
    return f"+{count} autre" + ("s" if count > 1 else "")


@dataclass(frozen=True)
class Line:
    """One line of a day cell: a session, or the « +N autres » line (entry None)."""

    rect: QRectF
    text: str
    entry: CalendarEntry | None


class MonthCalendar(QWidget):
    """A month grid (lundi → dimanche) of session lines.

    Signals: `dayActivated(date)` on double-click on a day (outside its session
    lines) or Entrée; `entryActivated(id)` on double-click on a session line;
    `monthChanged(year, month)` whenever the shown month changes.
    """

    dayActivated = Signal(object)  # date
    entryActivated = Signal(str)
    monthChanged = Signal(int, int)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        today = date.today()
        self._year, self._month = today.year, today.month
        self._entries: list[CalendarEntry] = []
        self._by_day: dict[date, list[CalendarEntry]] = {}
        self._closed: dict[date, str] = {}
        self._max_lines = DEFAULT_MAX_LINES
        self._focus = today
        self.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        self.setAttribute(Qt.WidgetAttribute.WA_OpaquePaintEvent)
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Expanding)
        self._update_texts()

    # --- content -----------------------------------------------------------------------

    def month(self) -> tuple[int, int]:
        return self._year, self._month

    def set_month(self, year: int, month: int) -> None:
        """Show a month; emits `monthChanged` when it is another one."""
        if (year, month) == (self._year, self._month):
            return
        self._year, self._month = year, month
        if (self._focus.year, self._focus.month) != (year, month):
            self._focus = date(year, month, 1)
        self._update_texts()
        self.updateGeometry()
        self.update()
        self.monthChanged.emit(year, month)

    def set_entries(self, entries: Sequence[CalendarEntry]) -> None:
        self._entries = list(entries)
        self._by_day = entries_by_day(self._entries)
        for day in self._by_day.values():
            day.sort(key=lambda e: (e.start, e.end, e.title))
        self._update_texts()
        self.update()

    def set_closed_days(self, days: Mapping[date, str]) -> None:
        self._closed = dict(days)
        self.update()

    def set_max_lines(self, count: int) -> None:
        """At most `count` lines per day (the last one « +N autres » when some are left)."""
        self._max_lines = max(1, count)
        self.update()

    def visible_days(self) -> list[date]:
        """Every day of the grid: whole weeks from the Monday before the 1st."""
        first = date(self._year, self._month, 1)
        start = first - timedelta(days=first.weekday())
        last = date(self._year, self._month, calendar.monthrange(self._year, self._month)[1])
        weeks = ((last - start).days // 7) + 1
        return [start + timedelta(days=i) for i in range(weeks * 7)]

    def conflict_ids(self) -> set[str]:
        """Ids of the entries drawn with the conflict mark on a visible line."""
        return {
            line.entry.id
            for day in self.visible_days()
            for line in self._lines(day)
            if line.entry is not None and line.entry.in_conflict
        }

    def focused_day(self) -> date:
        return self._focus

    # --- geometry ----------------------------------------------------------------------

    def _line_height(self) -> float:
        return QFontMetricsF(self.font()).height() + 2

    def _header_height(self) -> float:
        return self._line_height() + 6

    def _hint(self, cell: tuple[int, int]) -> QSize:
        weeks = len(self.visible_days()) // 7
        return QSize(cell[0] * 7, math.ceil(self._header_height() + cell[1] * weeks))

    def sizeHint(self) -> QSize:
        return self._hint(CELL_PX[1])

    def minimumSizeHint(self) -> QSize:
        return self._hint(CELL_PX[0])

    def day_rect(self, day: date) -> QRectF:
        """The cell of `day` (empty when the day is not in the grid)."""
        days = self.visible_days()
        if not days[0] <= day <= days[-1]:
            return QRectF()
        index = (day - days[0]).days
        weeks = len(days) // 7
        top = self._header_height()
        width, height = self.width() / 7, (self.height() - top) / weeks
        return QRectF((index % 7) * width, top + (index // 7) * height, width, height)

    def day_at(self, point: QPointF) -> date | None:
        top = self._header_height()
        days = self.visible_days()
        weeks = len(days) // 7
        if point.y() < top or not 0 <= point.x() < self.width():
            return None
        column = math.floor(point.x() / (self.width() / 7))
        row = math.floor((point.y() - top) / ((self.height() - top) / weeks))
        index = row * 7 + column
        return days[index] if 0 <= index < len(days) and 0 <= column < 7 else None

    def _lines(self, day: date) -> list[Line]:
        """The lines drawn in a day's cell: sessions, then « +N autres » if some do not fit."""
        cell = self.day_rect(day)
        entries = self._by_day.get(day, [])
        if cell.isEmpty() or not entries:
            return []
        height = self._line_height()
        top = cell.top() + height + 2
        room = max(0, math.floor((cell.bottom() - top - 2) / height))
        count = min(room, self._max_lines)
        shown = entries if len(entries) <= count else entries[: max(0, count - 1)]
        lines = [
            Line(QRectF(cell.left() + 3, top + i * height, cell.width() - 6, height), text, e)
            for i, (e, text) in enumerate((e, f"{clock(e.start)} {e.title}") for e in shown)
        ]
        if len(shown) < len(entries) and count > 0:
            rect = QRectF(cell.left() + 3, top + len(shown) * height, cell.width() - 6, height)
            lines.append(Line(rect, more_text(len(entries) - len(shown)), None))
        return lines

    def day_lines(self, day: date) -> list[str]:
        """The texts of a day's lines, as drawn (« 18:00 Titre », « +3 autres »)."""
        return [line.text for line in self._lines(day)]

    def entry_at(self, point: QPointF) -> CalendarEntry | None:
        day = self.day_at(point)
        if day is None:
            return None
        pos = QPointF(point)
        return next((ln.entry for ln in self._lines(day) if ln.rect.contains(pos)), None)

    # --- painting ----------------------------------------------------------------------

    def paintEvent(self, _event: QPaintEvent) -> None:
        painter = QPainter(self)
        painter.fillRect(self.rect(), QColor("white"))
        metrics = QFontMetricsF(self.font())
        header = self._header_height()
        width = self.width() / 7
        painter.setPen(QColor(MUTED_TEXT))
        for column in range(7):
            cell = QRectF(column * width, 0, width, header)
            painter.drawText(cell, Qt.AlignmentFlag.AlignCenter, WEEKDAY_NAMES[column].capitalize())
        today = date.today()
        marks = Marks(self.font(), self._line_height() - 4)
        for day in self.visible_days():
            self._paint_day(painter, day, day == today, metrics, marks)
        if self.hasFocus():
            painter.setPen(QPen(QColor(FOCUS), 2, Qt.PenStyle.DashLine))
            painter.setBrush(Qt.BrushStyle.NoBrush)
            painter.drawRect(self.day_rect(self._focus).adjusted(2, 2, -2, -2))
        painter.end()

    def _paint_day(
        self, painter: QPainter, day: date, today: bool, metrics: QFontMetricsF, marks: Marks
    ) -> None:
        cell = self.day_rect(day)
        if day in self._closed:
            fill_closed(painter, cell)
        elif day.month != self._month:
            painter.fillRect(cell, QColor(OTHER_MONTH_FILL))
        painter.setPen(QPen(QColor(GRID), 0.8))
        painter.drawRect(cell)
        top = QRectF(cell.left() + 4, cell.top() + 1, cell.width() - 8, self._line_height())
        bold = QFont(self.font())
        bold.setBold(True)
        painter.setFont(bold if today else self.font())
        in_month = day.month == self._month
        painter.setPen(QColor(CONFLICT if today else TEXT if in_month else MUTED_TEXT))
        number = f"1er {MONTH_SHORT[day.month - 1]}" if day.day == 1 else str(day.day)
        painter.drawText(top, Qt.AlignmentFlag.AlignVCenter, number)
        label = self._closed.get(day)
        if label:
            painter.setFont(self.font())
            painter.setPen(QColor(MUTED_TEXT))
            room = top.adjusted(metrics.horizontalAdvance(number) + 14, 0, 0, 0)
            text = metrics.elidedText(label, Qt.TextElideMode.ElideRight, room.width())
            painter.drawText(room, Qt.AlignmentFlag.AlignVCenter, text)
        for line in self._lines(day):
            self._paint_line(painter, line, bold, marks)
        painter.setFont(self.font())

    def _paint_line(self, painter: QPainter, line: Line, bold: QFont, marks: Marks) -> None:
        """Modality mark, conflict mark, then « 18:00 Titre » (red if in conflict, struck
        if cancelled); the « +N autres » line in bold grey."""
        rect, entry = line.rect, line.entry
        if entry is None:
            painter.setFont(bold)
            painter.setPen(QColor(MUTED_TEXT))
            painter.drawText(rect, Qt.AlignmentFlag.AlignVCenter, line.text)
            return
        size = marks.size
        mark = QRectF(rect.left(), rect.top() + 2, size, size)
        marks.modality(painter, mark, entry.modality, entry.cancelled)
        x = mark.right() + 3
        if entry.in_conflict:
            marks.conflict(painter, QRectF(x, mark.top(), size, size))
            x += size + 3
        font = QFont(bold if entry.in_conflict else self.font())
        font.setStrikeOut(entry.cancelled)
        painter.setFont(font)
        colour = MUTED_TEXT if entry.cancelled else CONFLICT if entry.in_conflict else TEXT
        painter.setPen(QColor(colour))
        text_rect = QRectF(x, rect.top(), rect.right() - x, rect.height())
        fm = QFontMetricsF(font)
        shown = fm.elidedText(line.text, Qt.TextElideMode.ElideRight, text_rect.width())
        painter.drawText(text_rect, Qt.AlignmentFlag.AlignVCenter, shown)

    # --- mouse and keyboard ------------------------------------------------------------

    def _set_focus(self, day: date) -> None:
        if (day.year, day.month) != (self._year, self._month):
            self.set_month(day.year, day.month)
        self._focus = day
        self._update_texts()
        self.update()

    def _update_texts(self) -> None:
        self.setAccessibleName(f"Calendrier, {month_label(self._year, self._month)}")
        entries = self._by_day.get(self._focus, [])
        text = f"{day_long(self._focus)}, {len(entries)} séance" + ("s" if len(entries) > 1 else "")
        conflicts = sum(e.in_conflict for e in entries)
        if conflicts:
            text += f", dont {conflicts} en conflit"
        if self._focus in self._closed:
            text += f", fermé : {self._closed[self._focus]}"
        self.setAccessibleDescription(text)

    def mousePressEvent(self, event: QMouseEvent) -> None:
        day = self.day_at(event.position())
        if event.button() == Qt.MouseButton.LeftButton and day is not None:
            self._focus = day
            self._update_texts()
            self.update()
        super().mousePressEvent(event)

    def mouseDoubleClickEvent(self, event: QMouseEvent) -> None:
        if event.button() != Qt.MouseButton.LeftButton:
            return
        entry = self.entry_at(event.position())
        day = self.day_at(event.position())
        if entry is not None:
            self.entryActivated.emit(entry.id)
        elif day is not None:
            self.dayActivated.emit(day)

    def focusInEvent(self, event: QFocusEvent) -> None:
        self.update()
        super().focusInEvent(event)

    def focusOutEvent(self, event: QFocusEvent) -> None:
        self.update()
        super().focusOutEvent(event)

    def keyPressEvent(self, event: QKeyEvent) -> None:
        K, ctrl = Qt.Key, bool(event.modifiers() & Qt.KeyboardModifier.ControlModifier)
        key = event.key()
        steps = {K.Key_Left: -1, K.Key_Right: 1, K.Key_Up: -7, K.Key_Down: 7}
        if key in (K.Key_PageUp, K.Key_PageDown) or (ctrl and key in (K.Key_Left, K.Key_Right)):
            step = 1 if key in (K.Key_PageDown, K.Key_Right) else -1
            year, month = divmod(self._year * 12 + self._month - 1 + step, 12)
            month += 1
            last = calendar.monthrange(year, month)[1]
            self._set_focus(date(year, month, min(self._focus.day, last)))
        elif key in steps:
            self._set_focus(self._focus + timedelta(days=steps[key]))
        elif key in (K.Key_Home, K.Key_End):
            last = calendar.monthrange(self._year, self._month)[1]
            self._set_focus(date(self._year, self._month, 1 if key == K.Key_Home else last))
        elif key in (K.Key_Return, K.Key_Enter):
            self.dayActivated.emit(self._focus)
        else:
            super().keyPressEvent(event)
            return
        event.accept()

    def tooltip_at(self, point: QPointF) -> str:
        """What hovering `point` tells: a session (rich text), every session of the day on
        « +N autres », or the day's closure label."""
        day = self.day_at(point)
        if day is None:
            return ""
        line = next((ln for ln in self._lines(day) if ln.rect.contains(point)), None)
        if line is None:
            return self._closed.get(day, "")
        if line.entry is not None:
            return line.entry.tooltip()
        every = self._by_day.get(day, [])
        return "<br>".join(escape(f"{e.times_text()} {e.title}") for e in every)

    def event(self, event: QEvent) -> bool:
        return tooltip_event(self, event, self.tooltip_at) or super().event(event)
