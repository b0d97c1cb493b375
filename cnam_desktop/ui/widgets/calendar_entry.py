"""What the calendar widgets show: plain session values, their look per modality, a legend.

`CalendarEntry` is the only input of the week and month views: the owner builds it
from the services (a session, its course, room or link, trainer, and what the
conflict engine said about it). The widgets never touch the database.

Each modality has a colour, a letter and a fill pattern, so that présentiel, à
distance and hybride stay distinguishable without colour (printouts in black and
white, colour-blind users). Cnam red is kept for what needs attention: conflicts.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass
from datetime import date, time, timedelta
from functools import lru_cache
from html import escape

from PySide6.QtCore import QEvent, QLineF, QPointF, QRectF, QSize, Qt
from PySide6.QtGui import (
    QBrush,
    QColor,
    QFont,
    QFontMetricsF,
    QHelpEvent,
    QPaintDevice,
    QPainter,
    QPaintEvent,
    QPen,
    QPixmap,
    QPolygonF,
)
from PySide6.QtWidgets import QSizePolicy, QToolTip, QWidget

from cnam_desktop.domain.enums import Modality
from cnam_desktop.domain.formatting import (
    MONTH_NAMES,
    WEEKDAY_SHORT,
    french_long_date,
)


@dataclass(frozen=True, slots=True)
class CalendarEntry:
    """One session as the calendars show it.

    `detail` is the room (or « À distance ») and the trainer, already joined by the owner.
    """

    id: str
    day: date
    start: time
    end: time
    title: str
    detail: str
    modality: Modality
    in_conflict: bool
    conflict_text: str = ""
    cancelled: bool = False

    def __post_init__(self) -> None:
        if self.end <= self.start:
            raise ValueError(f"séance {self.id} : la fin doit suivre le début")

    @property
    def start_minute(self) -> int:
        return self.start.hour * 60 + self.start.minute

    @property
    def end_minute(self) -> int:
        return self.end.hour * 60 + self.end.minute

    def times_text(self) -> str:
        """« 18:00–21:00 »."""
        return f"{clock(self.start)}–{clock(self.end)}"

    def tooltip(self) -> str:
        """Rich text: title, day and times, detail, modality, then the conflict if any."""
        lines = [
            f"<b>{escape(self.title)}</b>",
            f"{day_long(self.day)}, {self.times_text()}",
            escape(self.detail),
            escape(self.modality.label) + (" — <i>annulée</i>" if self.cancelled else ""),
        ]
        if self.in_conflict:
            text = escape(self.conflict_text or "Conflit")
            lines.append(f"<span style='color:{CONFLICT}'>⚠ {text}</span>")
        return "<br>".join(line for line in lines if line)


# --- French names ------------------------------------------------------------------------

MONTH_SHORT = (
    "janv.",
    "févr.",
    "mars",
    "avr.",
    "mai",
    "juin",
    "juil.",
    "août",
    "sept.",
    "oct.",
    "nov.",
    "déc.",
)


def clock(value: time) -> str:
    """« 08:00 »."""
    return f"{value.hour:02d}:{value.minute:02d}"


def day_header(day: date) -> str:
    """« mar. 12/11 »."""
    return f"{WEEKDAY_SHORT[day.weekday()]} {day:%d/%m}"


def day_long(day: date) -> str:
    """« mardi 12 novembre 2019 », « lundi 1er mars 2027 »."""
    return french_long_date(day)


def week_label(monday: date) -> str:
    """« Semaine du 11 au 17 novembre 2019 », « du 28 octobre au 3 novembre 2019 »…"""
    sunday = monday + timedelta(days=6)
    last = f"{sunday.day} {MONTH_NAMES[sunday.month - 1]} {sunday.year}"
    if monday.year != sunday.year:
        first = f"{monday.day} {MONTH_NAMES[monday.month - 1]} {monday.year}"
    elif monday.month != sunday.month:
        first = f"{monday.day} {MONTH_NAMES[monday.month - 1]}"
    else:
        first = str(monday.day)
    return f"Semaine du {first} au {last}"


def month_label(year: int, month: int) -> str:
    """« Novembre 2019 »."""
    return f"{MONTH_NAMES[month - 1].capitalize()} {year}"


# --- colours and marks -------------------------------------------------------------------

CONFLICT = "#c1002a"
"""Cnam red, the app's accent: conflicts only."""
TEXT = "#202124"
MUTED_TEXT = "#5f6368"
GRID = "#dadce0"
GRID_LIGHT = "#eef0f2"
CLOSED_FILL = "#eceff1"
CANCELLED_FILL = "#f1f3f4"
CANCELLED_ACCENT = "#9aa0a6"
FOCUS = "#1a73e8"


@dataclass(frozen=True, slots=True)
class ModalityStyle:
    fill: str
    accent: str
    letter: str
    pattern: Qt.BrushStyle
    """Drawn over the fill in the accent colour: solid = none, hatched, dotted."""


MODALITY_STYLES: dict[Modality, ModalityStyle] = {
    Modality.IN_PERSON: ModalityStyle("#dde7f5", "#2b5797", "P", Qt.BrushStyle.NoBrush),
    Modality.DISTANCE: ModalityStyle("#d9f0ea", "#00695c", "D", Qt.BrushStyle.BDiagPattern),
    Modality.HYBRID: ModalityStyle("#fbe8c8", "#8a5300", "H", Qt.BrushStyle.Dense6Pattern),
}


def _print_pattern(
    painter: QPainter, rect: QRectF, tint: QColor, style: Qt.BrushStyle, unit: float
) -> None:
    """Hatch or dots over `rect`, drawn by hand for a printer (`unit` > 1): Qt's pattern
    brushes are per device pixel and the PDF engine ignores any transform of them, so
    at 1200 dpi they would print as a flat tint."""
    painter.save()
    painter.setClipRect(rect, Qt.ClipOperation.IntersectClip)
    step = 8 * unit
    if style == Qt.BrushStyle.Dense6Pattern:
        painter.setPen(QPen(tint, 1.6 * unit, Qt.PenStyle.SolidLine, Qt.PenCapStyle.RoundCap))
        dots = QPolygonF()
        y = rect.top() + step / 2
        while y < rect.bottom():
            x = rect.left() + step / 2
            while x < rect.right():
                dots.append(QPointF(x, y))
                x += step
            y += step
        painter.drawPoints(dots)
    else:
        painter.setPen(QPen(tint, 0.9 * unit))
        rising = style == Qt.BrushStyle.BDiagPattern  # « / »
        offset = 0.0
        while offset < rect.width() + rect.height():
            x = rect.left() + offset
            if rising:
                line = QLineF(x, rect.top(), x - rect.height(), rect.bottom())
            else:
                line = QLineF(x - rect.height(), rect.top(), x, rect.bottom())
            painter.drawLine(line)
            offset += step
    painter.restore()


@lru_cache(maxsize=64)
def colour(name: str, alpha: int = 255) -> QColor:
    """A shared QColor for a palette entry (painting is hot: no parsing per block)."""
    result = QColor(name)
    result.setAlpha(alpha)
    return result


@lru_cache(maxsize=16)
def _tile(fill: str, tint: str, pattern: Qt.BrushStyle) -> QBrush:
    """A fill and its pattern (`tint` as #AARRGGBB) pre-composed into one 64×64 texture."""
    pixmap = QPixmap(64, 64)  # a multiple of every pattern's period
    pixmap.fill(colour(fill))
    tile_painter = QPainter(pixmap)
    tile_painter.fillRect(0, 0, 64, 64, QBrush(QColor(tint), pattern))
    tile_painter.end()
    return QBrush(pixmap)


SHEET = (448, 768)
"""Size of the pre-patterned sheets blocks are copied from (taller blocks use the tile)."""


@lru_cache(maxsize=8)
def _sheet(fill: str, tint: str, pattern: Qt.BrushStyle, ratio: float) -> QPixmap:
    """A sheet of fill and pattern: a block's background is then one plain copy, about
    10× cheaper than a texture fill on a tall block (the raster engine's texture
    fill pays per scanline)."""
    pixmap = QPixmap(round(SHEET[0] * ratio), round(SHEET[1] * ratio))
    pixmap.setDevicePixelRatio(ratio)
    pixmap.fill(colour(fill))
    sheet_painter = QPainter(pixmap)
    sheet_painter.fillRect(QRectF(0, 0, *SHEET), _tile(fill, tint, pattern))
    sheet_painter.end()
    return pixmap


def _fill_patterned(
    painter: QPainter, rect: QRectF, fill: str, tint: str, pattern: Qt.BrushStyle
) -> None:
    """On screen: copy from the sheet (aligned on the 64-pixel tile grid), else tile."""
    if rect.width() + 64 > SHEET[0] or rect.height() + 64 > SHEET[1]:
        painter.fillRect(rect, _tile(fill, tint, pattern))
        return
    ratio = painter.device().devicePixelRatioF()
    x, y = rect.x() % 64, rect.y() % 64
    source = QRectF(x * ratio, y * ratio, rect.width() * ratio, rect.height() * ratio)
    painter.drawPixmap(rect, _sheet(fill, tint, pattern, ratio), source)


def _alpha(name: str, alpha: int) -> str:
    """« #RRGGBB » with an alpha, as « #AARRGGBB »."""
    return f"#{alpha:02x}{name.removeprefix('#')}"


def fill_block(
    painter: QPainter, rect: QRectF, modality: Modality, cancelled: bool, unit: float = 1.0
) -> None:
    """The background of a session block: modality fill and pattern (grey when cancelled).

    `unit` > 1 (a printer): the pattern is drawn by hand at a printable scale.
    """
    style = MODALITY_STYLES[modality]
    fill = CANCELLED_FILL if cancelled else style.fill
    if style.pattern == Qt.BrushStyle.NoBrush:
        painter.fillRect(rect, colour(fill))
        return
    tint = _alpha(CANCELLED_ACCENT if cancelled else style.accent, 70)
    if unit == 1.0:
        _fill_patterned(painter, rect, fill, tint, style.pattern)
    else:
        painter.fillRect(rect, colour(fill))
        _print_pattern(painter, rect, QColor(tint), style.pattern, unit)


def fill_closed(painter: QPainter, rect: QRectF, unit: float = 1.0) -> None:
    """A closed day (holiday, closure): light grey, hatched the other way from « à distance »."""
    if unit == 1.0:
        _fill_patterned(painter, rect, CLOSED_FILL, _alpha(GRID, 255), Qt.BrushStyle.FDiagPattern)
    else:
        painter.fillRect(rect, colour(CLOSED_FILL))
        _print_pattern(painter, rect, colour(GRID), Qt.BrushStyle.FDiagPattern, unit)


class Marks:
    """The modality mark (P, D, H on the modality's colour) and the conflict mark (« ! » on
    a red disc), `size` device pixels square.

    On screen (`raster`) each mark is drawn once into a cached pixmap and then copied:
    switching to the marks' font for every block costs more than the whole block's
    text. On a printer (`raster` False) they are drawn as vectors, leaving the
    painter's font set to the marks'.
    """

    def __init__(
        self, base: QFont, size: float, device: QPaintDevice | None = None, raster: bool = True
    ) -> None:
        self.size = size
        self.raster = raster
        self._base_key = base.toString()
        self.font = QFont(base)
        self.font.setBold(True)
        self.font.setStrikeOut(False)
        self.font.setPixelSize(max(6, round(size * 0.72)))
        metrics = QFontMetricsF(self.font, device) if device else QFontMetricsF(self.font)
        self._rise = (metrics.ascent() - metrics.descent()) / 2
        self._half = {c: metrics.horizontalAdvance(c) / 2 for c in "PDH!"}

    def _letter(self, painter: QPainter, rect: QRectF, letter: str) -> None:
        painter.setFont(self.font)
        painter.setPen(colour("white"))
        centre = rect.center()
        at = QPointF(centre.x() - self._half[letter], centre.y() + self._rise)
        painter.drawText(at, letter)

    def _copy(self, painter: QPainter, rect: QRectF, kind: str, muted: bool) -> None:
        ratio = painter.device().devicePixelRatioF()
        pixmap = _mark_pixmap(self._base_key, round(self.size), ratio, kind, muted)
        painter.drawPixmap(rect.topLeft(), pixmap)

    def modality(self, painter: QPainter, rect: QRectF, modality: Modality, muted: bool) -> None:
        if self.raster:
            self._copy(painter, rect, modality.value, muted)
            return
        style = MODALITY_STYLES[modality]
        painter.fillRect(rect, colour(CANCELLED_ACCENT if muted else style.accent))
        self._letter(painter, rect, style.letter)

    def conflict(self, painter: QPainter, rect: QRectF) -> None:
        if self.raster:
            self._copy(painter, rect, "conflict", False)
            return
        hints = painter.renderHints()
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        painter.setPen(Qt.PenStyle.NoPen)
        painter.setBrush(colour(CONFLICT))
        painter.drawEllipse(rect)
        painter.setBrush(Qt.BrushStyle.NoBrush)
        painter.setRenderHints(hints)
        self._letter(painter, rect, "!")

    def of_entry(self, painter: QPainter, right: float, top: float, entry: CalendarEntry) -> float:
        """The modality mark ending at `right`, the conflict mark left of it if any.

        Returns the x where the marks begin (text must stop before it).
        """
        x = right - self.size
        square = QRectF(x, top, self.size, self.size)
        self.modality(painter, square, entry.modality, entry.cancelled)
        if entry.in_conflict:
            x -= self.size + 2
            self.conflict(painter, QRectF(x, top, self.size, self.size))
        return x


@lru_cache(maxsize=128)
def _mark_pixmap(base: str, size: int, ratio: float, kind: str, muted: bool) -> QPixmap:
    """One mark drawn as vectors into a transparent pixmap (`base`: QFont.toString())."""
    pixmap = QPixmap(round(size * ratio), round(size * ratio))
    pixmap.setDevicePixelRatio(ratio)
    pixmap.fill(Qt.GlobalColor.transparent)
    font = QFont()
    font.fromString(base)
    marks = Marks(font, size, raster=False)
    painter = QPainter(pixmap)
    square = QRectF(0, 0, size, size)
    if kind == "conflict":
        marks.conflict(painter, square)
    else:
        marks.modality(painter, square, Modality(kind), muted)
    painter.end()
    return pixmap


def tooltip_event(widget: QWidget, event: QEvent, text_at: Callable[[QPointF], str]) -> bool:
    """Answer a ToolTip event with `text_at(position)` (none when empty); False when
    `event` is not a tooltip request, so that the widget handles it as usual."""
    if event.type() != QEvent.Type.ToolTip or not isinstance(event, QHelpEvent):
        return False
    text = text_at(QPointF(event.pos()))
    if text:
        QToolTip.showText(event.globalPos(), text, widget)
    else:
        QToolTip.hideText()
        event.ignore()
    return True


def entries_by_day(entries: Sequence[CalendarEntry]) -> dict[date, list[CalendarEntry]]:
    days: dict[date, list[CalendarEntry]] = {}
    for entry in entries:
        days.setdefault(entry.day, []).append(entry)
    return days


# --- legend ------------------------------------------------------------------------------

LEGEND_ITEMS = (
    *((m.label, m) for m in Modality),
    ("Conflit", "conflict"),
    ("Annulée", "cancelled"),
    ("Fermé / férié", "closed"),
)


class ModalityLegend(QWidget):
    """One line: a swatch per modality (colour, pattern, letter), conflict, cancelled, closed."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Fixed)
        self.setAccessibleName("Légende du calendrier")
        self.setAccessibleDescription(
            "Présentiel : P, fond uni ; à distance : D, hachuré ; hybride : H, pointillé ; "
            "conflit : bordure rouge et « ! » ; annulée : barrée, grisée ; "
            "jour fermé ou férié : grisé."
        )

    def _swatch(self) -> int:
        return self.fontMetrics().height() + 4

    def sizeHint(self) -> QSize:
        fm = self.fontMetrics()
        swatch = self._swatch()
        width = sum(swatch * 2 + 6 + fm.horizontalAdvance(label) + 16 for label, _ in LEGEND_ITEMS)
        return QSize(width, swatch + 6)

    def minimumSizeHint(self) -> QSize:
        return QSize(0, self._swatch() + 6)

    def paintEvent(self, _event: QPaintEvent) -> None:
        painter = QPainter(self)
        fm = self.fontMetrics()
        swatch = self._swatch()
        top = (self.height() - swatch) / 2
        x = 2.0
        for label, kind in LEGEND_ITEMS:
            box = QRectF(x, top, swatch * 2, swatch)
            self._paint_swatch(painter, box, kind)
            x += box.width() + 6
            painter.setFont(self.font())
            painter.setPen(QColor(TEXT))
            painter.drawText(
                QRectF(x, 0, fm.horizontalAdvance(label) + 2, self.height()),
                Qt.AlignmentFlag.AlignVCenter,
                label,
            )
            x += fm.horizontalAdvance(label) + 16
        painter.end()

    def _paint_swatch(self, painter: QPainter, box: QRectF, kind: Modality | str) -> None:
        mark = QRectF(box.right() - box.height() + 3, box.top() + 3, box.height() - 6, 0)
        mark.setHeight(mark.width())
        marks = Marks(self.font(), mark.height())
        if isinstance(kind, Modality):
            fill_block(painter, box, kind, cancelled=False)
            marks.modality(painter, mark, kind, muted=False)
        elif kind == "conflict":
            fill_block(painter, box, Modality.IN_PERSON, cancelled=False)
            painter.setPen(QPen(QColor(CONFLICT), 2.5))
            painter.drawRect(box.adjusted(1, 1, -1, -1))
            marks.conflict(painter, mark)
        elif kind == "cancelled":
            fill_block(painter, box, Modality.IN_PERSON, cancelled=True)
            painter.setPen(QPen(QColor(CANCELLED_ACCENT), 1))
            painter.drawRect(box)
            y = box.center().y()
            painter.setPen(QPen(QColor(MUTED_TEXT), 1.5))
            painter.drawLine(QPointF(box.left() + 4, y), QPointF(box.right() - 4, y))
        else:
            fill_closed(painter, box)
