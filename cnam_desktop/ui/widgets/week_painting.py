"""How a week is drawn: the grid geometry and the painting, on any paint device.

`WeekCalendar` paints through these on screen, `WeekCalendar.print_to` on a printer
page. Sizes given in pixels are multiplied by `unit` (1 on screen, dpi / 96 on a
printer) so that lines, margins and fill patterns keep their look on paper.
"""

from __future__ import annotations

import math
from collections.abc import Callable, Iterable, Mapping, Sequence
from dataclasses import dataclass
from datetime import date, time
from typing import TYPE_CHECKING

from PySide6.QtCore import QPointF, QRectF, Qt
from PySide6.QtGui import QColor, QFont, QFontMetricsF, QPageLayout, QPainter, QPen

from cnam_desktop.ui.widgets.calendar_entry import (
    CANCELLED_ACCENT,
    CONFLICT,
    GRID,
    GRID_LIGHT,
    MODALITY_STYLES,
    MUTED_TEXT,
    TEXT,
    CalendarEntry,
    Marks,
    clock,
    colour,
    day_header,
    fill_block,
    fill_closed,
)

if TYPE_CHECKING:  # the print module is loaded only by who prints
    from PySide6.QtPrintSupport import QPrinter

TITLE_LINES = 4  # at most, in a narrow and tall block
ACCENTS = {modality: style.accent for modality, style in MODALITY_STYLES.items()}


# --- overlapping entries -----------------------------------------------------------------


@dataclass(frozen=True, slots=True)
class Placed:
    """An entry and its column among the entries it overlaps (0 ≤ column < columns)."""

    entry: CalendarEntry
    column: int
    columns: int


def lay_out_day(entries: Iterable[CalendarEntry]) -> list[Placed]:
    """Side-by-side columns for the entries of one day, sorted by start.

    Entries that overlap, directly or through others, form a cluster; each takes the
    first column free at its start, and all of a cluster share its column count.
    """
    ordered = sorted(entries, key=lambda e: (e.start, e.end, e.title, e.id))
    placed: list[Placed] = []
    cluster: list[tuple[CalendarEntry, int]] = []
    column_ends: list[int] = []  # end minute of the last entry of each column
    cluster_end = -1

    def close_cluster() -> None:
        width = len(column_ends)
        placed.extend(Placed(e, c, width) for e, c in cluster)

    for entry in ordered:
        if entry.start_minute >= cluster_end and cluster:
            close_cluster()
            cluster, column_ends = [], []
        free = next((i for i, end in enumerate(column_ends) if end <= entry.start_minute), None)
        if free is None:
            free = len(column_ends)
            column_ends.append(entry.end_minute)
        else:
            column_ends[free] = entry.end_minute
        cluster.append((entry, free))
        cluster_end = max(cluster_end, entry.end_minute)
    if cluster:
        close_cluster()
    return placed


def print_page(
    printer: QPrinter, title: str, font: QFont, render: Callable[[QPainter, QRectF], None]
) -> None:
    """One landscape page: `title` in bold, then `render(painter, rest of the page)`."""
    printer.setPageOrientation(QPageLayout.Orientation.Landscape)
    painter = QPainter()
    if not painter.begin(printer):
        raise OSError("Impossible d'imprimer : l'imprimante ou le fichier est inaccessible.")
    try:
        page = QRectF(printer.pageLayout().paintRectPixels(printer.resolution()))
        page.moveTo(0, 0)
        title_font = QFont(font)
        title_font.setBold(True)
        title_font.setPointSizeF(font.pointSizeF() * 1.4)
        painter.setFont(title_font)
        height = QFontMetricsF(title_font, printer).height() * 1.6
        painter.setPen(colour(TEXT))
        painter.drawText(QRectF(page.left(), page.top(), page.width(), height), title)
        painter.setFont(font)
        render(painter, page.adjusted(0, height, 0, 0))
    finally:
        painter.end()


@dataclass(frozen=True)
class Grid:
    """Where days and minutes fall in a rectangle (the widget, or a printed page)."""

    left: float
    top: float
    day_width: float
    minute_height: float
    first: int  # first minute shown (a whole hour)
    last: int
    days: int
    header: QRectF  # the row of day names
    gutter: QRectF  # the column of hours
    unit: float

    def x(self, day: int) -> float:
        return self.left + day * self.day_width

    def y(self, minute: float) -> float:
        return self.top + (minute - self.first) * self.minute_height

    def minute_at(self, y: float) -> float:
        return self.first + (y - self.top) / self.minute_height

    def day_at(self, x: float) -> int | None:
        day = math.floor((x - self.left) / self.day_width)
        return day if 0 <= day < self.days else None

    def span(self, day: int, start: float, end: float, column: int = 0, columns: int = 1) -> QRectF:
        width = self.day_width / columns
        top = self.y(start)
        return QRectF(self.x(day) + column * width, top, width, self.y(end) - top)

    def block(self, day: int, placed: Placed) -> QRectF:
        """The rectangle of a placed entry, inset so neighbours stay apart."""
        entry, u = placed.entry, self.unit
        rect = self.span(day, entry.start_minute, entry.end_minute, placed.column, placed.columns)
        rect.adjust(u, u, -2 * u, -u)
        rect.setHeight(max(rect.height(), 8 * u))
        return rect


def header_height(metrics: QFontMetricsF, unit: float) -> float:
    return metrics.height() * 2 + 8 * unit


def gutter_width(metrics: QFontMetricsF, unit: float) -> float:
    return metrics.horizontalAdvance("00:00") + 14 * unit


def make_grid(
    rect: QRectF, metrics: QFontMetricsF, days: int, minutes: tuple[int, int], unit: float = 1.0
) -> Grid:
    first, last = minutes
    left = rect.left() + gutter_width(metrics, unit)
    top = rect.top() + header_height(metrics, unit)
    day_width = max(1.0, (rect.right() - left) / days)
    minute_height = max(0.01, (rect.bottom() - top) / (last - first))
    header = QRectF(left, rect.top(), day_width * days, top - rect.top())
    gutter = QRectF(rect.left(), top, left - rect.left(), rect.bottom() - top)
    return Grid(left, top, day_width, minute_height, first, last, days, header, gutter, unit)


def paint_week(
    painter: QPainter,
    grid: Grid,
    days: Sequence[date],
    placed: Sequence[tuple[int, Placed]],
    closed: Mapping[date, str],
    cache: dict[tuple[object, ...], object] | None = None,
    exposed: QRectF | None = None,
) -> None:
    """Background, closed days, hour lines and labels, day header, then the blocks.

    `cache`: cut texts kept by the widget between paints (see BlockPainter);
    `exposed`: the part to repaint (blocks outside it are skipped: in a scroll area
    only the visible ones are drawn).
    """
    unit = grid.unit
    metrics = QFontMetricsF(painter.font(), painter.device())
    whole = QRectF(QPointF(grid.gutter.left(), grid.header.top()), grid.gutter.bottomLeft())
    whole.setRight(grid.header.right())
    painter.fillRect(whole, QColor("white"))
    today = date.today()
    for index, day in enumerate(days):
        if day in closed:
            column = QRectF(grid.x(index), grid.top, grid.day_width, grid.gutter.height())
            fill_closed(painter, column, unit)
        _paint_day_header(painter, grid, index, day, closed.get(day, ""), day == today, metrics)
    for minute in range(grid.first, grid.last + 1, 30):
        on_hour = minute % 60 == 0
        painter.setPen(QPen(QColor(GRID if on_hour else GRID_LIGHT), 0.8 * unit))
        y = grid.y(minute)
        painter.drawLine(QPointF(grid.left, y), QPointF(grid.header.right(), y))
        if on_hour and minute < grid.last:
            painter.setPen(QColor(MUTED_TEXT))
            label = QRectF(grid.gutter.left(), y + 2 * unit, grid.gutter.width() - 6 * unit, 0)
            label.setHeight(metrics.height())
            hour = time(minute // 60, 0)
            painter.drawText(label, Qt.AlignmentFlag.AlignRight, clock(hour))
    painter.setPen(QPen(QColor(GRID), 0.8 * unit))
    for index in range(grid.days + 1):
        x = grid.x(index)
        painter.drawLine(QPointF(x, grid.header.top()), QPointF(x, grid.gutter.bottom()))
    blocks = BlockPainter(painter, unit, cache)
    for day, item in placed:
        rect = grid.block(day, item)
        if exposed is None or rect.intersects(exposed):
            blocks.paint(rect, item.entry)


def _paint_day_header(
    painter: QPainter,
    grid: Grid,
    index: int,
    day: date,
    closure: str,
    today: bool,
    metrics: QFontMetricsF,
) -> None:
    """« mar. 12/11 » (today in bold red), and the closure label on a second line."""
    cell = QRectF(grid.x(index), grid.header.top() + 4 * grid.unit, grid.day_width, 0)
    cell.setHeight(metrics.height())
    painter.save()
    font = QFont(painter.font())
    font.setBold(today)
    painter.setFont(font)
    painter.setPen(QColor(CONFLICT if today else TEXT))
    painter.drawText(cell, Qt.AlignmentFlag.AlignCenter, day_header(day))
    if closure:
        font.setBold(False)
        painter.setFont(font)
        painter.setPen(QColor(MUTED_TEXT))
        cell.translate(0, metrics.height())
        text = metrics.elidedText(closure, Qt.TextElideMode.ElideRight, cell.width() - 6)
        painter.drawText(cell, Qt.AlignmentFlag.AlignCenter, text)
    painter.restore()


class BlockPainter:
    """Paints session blocks with one painter; fonts, metrics and cut texts are kept.

    `cache` may be shared between paints of the same widget: it holds texts cut or
    wrapped to a width, valid as long as the font does not change.
    """

    def __init__(
        self,
        painter: QPainter,
        unit: float,
        cache: dict[tuple[object, ...], object] | None = None,
    ) -> None:
        self.painter, self.unit = painter, unit
        device = painter.device()
        self.base = QFont(painter.font())
        self.bold = QFont(self.base)
        self.bold.setBold(True)
        self.struck = QFont(self.bold)
        self.struck.setStrikeOut(True)
        self.metrics = QFontMetricsF(self.base, device)
        self.bold_metrics = QFontMetricsF(self.bold, device)
        self.line = self.metrics.height()
        self.narrow = self.metrics.averageCharWidth() * 7
        self.ascent = self.metrics.ascent()
        self.cache = {} if cache is None else cache
        self.marks: dict[int, Marks] = {}
        self.advances: tuple[dict[str, float], dict[str, float]] = ({}, {})
        ellipsis = (self.metrics.horizontalAdvance("…"), self.bold_metrics.horizontalAdvance("…"))
        self.ellipsis = ellipsis
        self.pens: dict[str, QPen] = {}
        self.conflict_pen = QPen(colour(CONFLICT), 2.5 * unit)
        self.conflict_pen.setJoinStyle(Qt.PenJoinStyle.MiterJoin)

    def _width(self, text: str, bold: bool) -> float:
        """Sum of the cached advances of `text`'s characters (kerning aside)."""
        advances = self.advances[bold]
        fm = self.bold_metrics if bold else self.metrics
        total = 0.0
        for char in text:
            advance = advances.get(char)
            if advance is None:
                advance = advances[char] = fm.horizontalAdvance(char)
            total += advance
        return total

    def _fit(self, text: str, bold: bool, width: float) -> str:
        """`text`, cut with « … » if wider than `width` ("" if not even one letter fits).

        Measured with cached advances of its characters (Qt's own eliding lays the
        whole text out, several times slower); the margin covers kerning. Results are
        kept in the cache: titles repeat across a week.
        """
        key = ("fit", text, bold, int(width))
        shown = self.cache.get(key)
        if shown is not None:
            return str(shown)
        room = width - 2 * self.unit
        if self._width(text, bold) <= room:
            shown = text
        else:
            before_ellipsis, total, cut = room - self.ellipsis[bold], 0.0, 0
            for char in text:
                total += self.advances[bold][char]
                if total > before_ellipsis:
                    break
                cut += 1
            kept = text[:cut].rstrip()
            shown = kept + "…" if kept else ""
        self._keep(key, shown)
        return shown

    def _wrap(self, text: str, widths: tuple[float, float], most: int) -> list[str]:
        """The bold `text` over at most `most` lines, the first `widths[0]` wide, the others
        `widths[1]`; words that do not fit are cut, the last line elided."""
        key = ("wrap", text, int(widths[0]), int(widths[1]), most)
        lines = self.cache.get(key)
        if isinstance(lines, list):
            return lines
        lines, words = [], text.split()
        while words and len(lines) < most:
            room = (widths[0] if not lines else widths[1]) - 2 * self.unit
            if len(lines) == most - 1:
                lines.append(self._fit(" ".join(words), True, room + 2 * self.unit))
                break
            count = 1
            while count < len(words) and self._width(" ".join(words[: count + 1]), True) <= room:
                count += 1
            lines.append(self._fit(" ".join(words[:count]), True, room + 2 * self.unit))
            words = words[count:]
        self._keep(key, lines)
        return lines

    def _keep(self, key: tuple[object, ...], value: object) -> None:
        if len(self.cache) > 20_000:
            self.cache.clear()
        self.cache[key] = value

    def paint(self, rect: QRectF, entry: CalendarEntry) -> None:
        """Fill and pattern, accent stripe, border (red in conflict), marks, then text.

        Text: the title (bold, struck when cancelled; up to four lines when the block
        is narrow and tall), the times and the detail, as many as fit; a short block
        gets « 18:00 Titre » on one line. When the block is too narrow for text beside
        the marks, the text starts below them.
        """
        painter, unit, line = self.painter, self.unit, self.line
        cancelled = entry.cancelled
        fill_block(painter, rect, entry.modality, cancelled, unit)
        accent = CANCELLED_ACCENT if cancelled else ACCENTS[entry.modality]
        left, top, width, height = rect.left(), rect.top(), rect.width(), rect.height()
        right, bottom = left + width, top + height
        painter.fillRect(QRectF(left, top, 3 * unit, height), colour(accent))
        if entry.in_conflict:
            painter.setPen(self.conflict_pen)
            inset = 1.25 * unit
            painter.drawRect(rect.adjusted(inset, inset, -inset, -inset))
        else:
            painter.setPen(self._pen(accent))
            painter.drawRect(rect)

        size = round(max(6 * unit, min(line, height - 4 * unit, width / 3)))
        marks = self.marks.get(size)
        if marks is None:
            marks = Marks(self.base, size, painter.device(), raster=unit == 1.0)
            self.marks[size] = marks
        marks_top = top + 2 * unit
        marks_left = marks.of_entry(painter, right - 3 * unit, marks_top, entry)
        x = left + 6 * unit
        full_width = right - 3 * unit - x
        first_width = marks_left - 3 * unit - x
        y = top + unit
        if first_width < self.narrow and height >= size + line:
            y, first_width = marks_top + size + unit, full_width  # text under the marks
        room = int((bottom - y) // line)
        if room >= 2:
            titles = self._wrap(
                entry.title, (first_width, full_width), max(1, min(TITLE_LINES, room - 2))
            )
            times = entry.times_text()
            if self._fit(times, False, full_width) != times:
                times = clock(entry.start)  # narrow: « 09:00 » rather than « 0… »
            rest = [times, entry.detail][: max(0, room - len(titles))]
        else:
            titles = [self._fit(f"{clock(entry.start)} {entry.title}", True, first_width)]
            rest = []

        ascent = self.ascent
        painter.setPen(colour(MUTED_TEXT if cancelled else TEXT))
        painter.setFont(self.struck if cancelled else self.bold)
        for text in titles:
            if text:
                painter.drawText(QPointF(x, y + ascent), text)
            y += line
        painter.setFont(self.base)
        for content in rest:
            text = self._fit(content, False, full_width)
            if text:
                painter.drawText(QPointF(x, y + ascent), text)
            y += line

    def _pen(self, name: str) -> QPen:
        pen = self.pens.get(name)
        if pen is None:
            pen = self.pens[name] = QPen(colour(name), 0.8 * self.unit)
        return pen
