"""Bar charts of the dashboard (QtCharts), with a readable empty state and clickable bars."""

from __future__ import annotations

from collections.abc import Sequence
from functools import partial
from html import escape

from PySide6.QtCharts import (
    QAbstractBarSeries,
    QBarCategoryAxis,
    QBarSeries,
    QBarSet,
    QChart,
    QChartView,
    QHorizontalBarSeries,
    QValueAxis,
)
from PySide6.QtCore import QLocale, QMargins, QSize, Qt, Signal
from PySide6.QtGui import QColor, QFocusEvent, QKeyEvent, QPainter, QPaintEvent, QPen
from PySide6.QtWidgets import QLabel, QLayout, QSizePolicy, QStackedLayout, QWidget

EMPTY_TEXT = "Aucune donnée"
COLOURS = ("#c1002a", "#9aa0a6", "#5f6368", "#e8a0ae")
"""Cnam red first; the next ones for the other series of a chart."""
SELECTED_COLOUR = "#1a4d8f"
"""The bars of the category chosen with the keyboard."""
FOCUS_COLOUR = "#c1002a"
FOCUS_WIDTH = 2
AXIS_LABEL_CHARS = 34

FRENCH = QLocale(QLocale.Language.French, QLocale.Country.France)


def shorten(text: str, limit: int = AXIS_LABEL_CHARS) -> str:
    """A category label that fits beside an axis: cut with « … » past `limit` characters."""
    return text if len(text) <= limit else text[: limit - 1].rstrip() + "…"


class BarChart(QWidget):
    """A titled bar chart (vertical or horizontal) of one or more series of values.

    `set_data(categories, series)` replaces what it shows; categories keep the order
    given (top to bottom when horizontal). When there is no category or every value
    is zero, the chart gives way to a « Aucune donnée » page.

    `barClicked(index)` is emitted with the index of the category in that order
    when the user clicks one of its bars, or presses Entrée or Espace on the current
    category: the chart takes the keyboard focus (Tab), the arrow keys (and Début /
    Fin) move a highlight from category to category, and `currentChanged(text)` says
    which one, with its figures, for the status bar and screen readers.
    """

    barClicked = Signal(int)
    currentChanged = Signal(str)

    def __init__(
        self,
        title: str,
        *,
        horizontal: bool = False,
        unit: str = "",
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self._title = title
        self._horizontal = horizontal
        self._unit = unit
        self._categories: list[str] = []
        self._series_values: list[tuple[str, list[float]]] = []
        self._current: int | None = None
        self.setFocusPolicy(Qt.FocusPolicy.StrongFocus)

        self.chart = QChart()
        self.chart.setTitle(title)
        title_font = self.chart.titleFont()
        title_font.setBold(True)
        title_font.setPointSizeF(max(title_font.pointSizeF(), 10.0))
        self.chart.setTitleFont(title_font)
        self.chart.setLocale(FRENCH)
        self.chart.setLocalizeNumbers(True)
        self.chart.setAnimationOptions(QChart.AnimationOption.NoAnimation)
        self.chart.setMargins(QMargins(4, 4, 4, 4))
        self.chart.setBackgroundRoundness(0)
        self.chart.legend().setAlignment(Qt.AlignmentFlag.AlignBottom)

        self.series: QAbstractBarSeries = QHorizontalBarSeries() if horizontal else QBarSeries()
        self.series.setBarWidth(0.7)
        self.chart.addSeries(self.series)
        self.category_axis = QBarCategoryAxis()
        self.value_axis = QValueAxis()
        self.value_axis.setLabelFormat("%.0f" + (f" {unit}" if unit else ""))
        self.value_axis.setMinorTickCount(0)
        category_side = Qt.AlignmentFlag.AlignLeft if horizontal else Qt.AlignmentFlag.AlignBottom
        value_side = Qt.AlignmentFlag.AlignBottom if horizontal else Qt.AlignmentFlag.AlignLeft
        self.chart.addAxis(self.category_axis, category_side)
        self.chart.addAxis(self.value_axis, value_side)
        self.series.attachAxis(self.category_axis)
        self.series.attachAxis(self.value_axis)

        self.view = QChartView(self.chart, self)
        self.view.setFocusPolicy(Qt.FocusPolicy.NoFocus)  # the chart itself takes the focus
        self.view.setRenderHint(QPainter.RenderHint.Antialiasing)
        self.view.setMinimumHeight(260)

        self.empty_label = QLabel(self)
        self.empty_label.setObjectName("chartEmpty")
        self.empty_label.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.empty_label.setTextFormat(Qt.TextFormat.RichText)
        self.empty_label.setStyleSheet(
            "QLabel#chartEmpty { color: #5f6368; font-size: 11pt;"
            " border: 1px dashed #c4c7cc; border-radius: 6px; background: palette(base); }"
        )
        self.empty_label.setMinimumHeight(260)

        self._stack = QStackedLayout(self)
        # Room around the chart for the keyboard focus frame (painted by paintEvent).
        self._stack.setContentsMargins(FOCUS_WIDTH, FOCUS_WIDTH, FOCUS_WIDTH, FOCUS_WIDTH)
        self._stack.setSizeConstraint(QLayout.SizeConstraint.SetNoConstraint)
        self._stack.addWidget(self.view)
        self._stack.addWidget(self.empty_label)
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Expanding)
        self.set_title(title)
        self.set_data([], [])

    def sizeHint(self) -> QSize:
        # One hint for every chart, whatever its labels: the grid shares the width evenly.
        return QSize(420, 300)

    def minimumSizeHint(self) -> QSize:
        return QSize(240, 260)

    # --- reading back (tests, accessibility) -------------------------------------------

    def title(self) -> str:
        return self._title

    def set_title(self, title: str) -> None:
        self._title = title
        self.chart.setTitle(title)
        self.view.setAccessibleName(title)
        self.setAccessibleName(title)
        self.empty_label.setText(f"<p><b>{escape(title)}</b></p><p>{EMPTY_TEXT}</p>")
        self.empty_label.setAccessibleName(f"{title} : {EMPTY_TEXT.lower()}")

    def is_horizontal(self) -> bool:
        return self._horizontal

    def is_empty(self) -> bool:
        return self._stack.currentWidget() is self.empty_label

    def categories(self) -> list[str]:
        """The full category labels, in the order given to `set_data`."""
        return list(self._categories)

    def bar_sets(self) -> list[QBarSet]:
        return list(self.series.barSets())

    def values(self) -> dict[str, list[float]]:
        """Each series' values read back from its QBarSet, in the order given to `set_data`."""
        result = {}
        for bar_set in self.bar_sets():
            values = [bar_set.at(i) for i in range(bar_set.count())]
            result[bar_set.label()] = values[::-1] if self._horizontal else values
        return result

    # --- data --------------------------------------------------------------------------

    def set_data(
        self, categories: Sequence[str], series: Sequence[tuple[str, Sequence[float]]]
    ) -> None:
        """Show `series` (name, one value per category) over `categories`."""
        self._categories = list(categories)
        self._series_values = [(name, [float(v) for v in values]) for name, values in series]
        self._current = None
        self.series.clear()
        self.category_axis.clear()
        empty = not self._categories or not any(v for _n, vs in series for v in vs)
        self._stack.setCurrentWidget(self.empty_label if empty else self.view)
        self.view.setAccessibleDescription(self._describe(series) if not empty else EMPTY_TEXT)
        if empty:
            return
        # A horizontal chart draws its first category at the bottom: feed it reversed
        # so that the list reads from the top.
        order = list(range(len(self._categories)))
        if self._horizontal:
            order.reverse()
        self.category_axis.append([shorten(self._categories[i]) for i in order])
        top = 0.0
        for number, (name, values) in enumerate(series):
            bar_set = QBarSet(name)
            bar_set.setColor(QColor(COLOURS[number % len(COLOURS)]))
            bar_set.setBorderColor(QColor(COLOURS[number % len(COLOURS)]))
            bar_set.setLabelColor(QColor("#202124"))
            bar_set.setSelectedColor(QColor(SELECTED_COLOUR))
            bar_set.append([float(values[i]) for i in order])
            bar_set.clicked.connect(partial(self._bar_clicked, len(order)))
            bar_set.hovered.connect(partial(self._bar_hovered, bar_set))
            self.series.append(bar_set)
            top = max([top, *map(float, values)])
        self.series.setLabelsVisible(True)
        self.series.setLabelsPosition(QAbstractBarSeries.LabelsPosition.LabelsOutsideEnd)
        self.series.setLabelsFormat("@value" + (f" {self._unit}" if self._unit else ""))
        # Room past the longest bar for its value label (drawn inside the bar otherwise).
        self.value_axis.setRange(0, top * (1.3 if self._horizontal else 1.15))
        self.value_axis.applyNiceNumbers()
        self.chart.legend().setVisible(len(series) > 1)

    def _describe(self, series: Sequence[tuple[str, Sequence[float]]]) -> str:
        parts = []
        for index, category in enumerate(self._categories):
            figures = ", ".join(f"{name} {self._number(vs[index])}" for name, vs in series)
            parts.append(f"{category} : {figures}")
        return " ; ".join(parts)

    def _number(self, value: float) -> str:
        decimals = 0 if float(value).is_integer() else 2
        text = FRENCH.toString(float(value), "f", decimals)
        return f"{text} {self._unit}" if self._unit else text

    # --- keyboard ---------------------------------------------------------------------

    def current_index(self) -> int | None:
        """The category highlighted from the keyboard (in `set_data` order), if any."""
        return self._current

    def current_text(self) -> str:
        if self._current is None:
            return ""
        index = self._current
        if len(self._series_values) == 1:  # « Retenu : 1 », the series name adds nothing
            figures = self._number(self._series_values[0][1][index])
        else:
            figures = ", ".join(
                f"{name} {self._number(vs[index])}" for name, vs in self._series_values
            )
        return f"{self._title} — {self._categories[index]} : {figures}"

    def set_current(self, index: int | None) -> None:
        if self.is_empty() or not self._categories:
            index = None
        elif index is not None:
            index = max(0, min(index, len(self._categories) - 1))
        self._current = index
        for bar_set in self.bar_sets():
            bar_set.deselectAllBars()
            if index is not None:
                bar_set.selectBar(self._data_index(bar_set.count(), index))
        text = self.current_text()
        self.view.setAccessibleDescription(text or self._describe(self._series_values))
        if text:
            self.currentChanged.emit(text)

    def keyPressEvent(self, event: QKeyEvent) -> None:
        count = len(self._categories)
        if self.is_empty() or not count:
            super().keyPressEvent(event)
            return
        key = event.key()
        current = self._current
        steps = {
            Qt.Key.Key_Down: 1,
            Qt.Key.Key_Right: 1,
            Qt.Key.Key_Up: -1,
            Qt.Key.Key_Left: -1,
        }
        if key in steps:
            self.set_current(0 if current is None else (current + steps[key]) % count)
        elif key == Qt.Key.Key_Home:
            self.set_current(0)
        elif key == Qt.Key.Key_End:
            self.set_current(count - 1)
        elif key in (Qt.Key.Key_Return, Qt.Key.Key_Enter, Qt.Key.Key_Space):
            if current is None:
                self.set_current(0)
            else:
                self.barClicked.emit(current)
        else:
            super().keyPressEvent(event)
            return
        event.accept()

    def focusInEvent(self, event: QFocusEvent) -> None:
        if self._current is None:
            self.set_current(0)
        super().focusInEvent(event)
        self.update()

    def focusOutEvent(self, event: QFocusEvent) -> None:
        super().focusOutEvent(event)
        self.update()

    def paintEvent(self, event: QPaintEvent) -> None:
        if self.hasFocus():
            painter = QPainter(self)
            pen = QPen(QColor(FOCUS_COLOUR))
            pen.setWidth(FOCUS_WIDTH)
            painter.setPen(pen)
            half = FOCUS_WIDTH // 2
            painter.drawRect(self.rect().adjusted(half, half, -half - 1, -half - 1))
        super().paintEvent(event)

    def _data_index(self, count: int, index: int) -> int:
        return count - 1 - index if self._horizontal else index

    def _bar_clicked(self, count: int, index: int) -> None:
        self.barClicked.emit(self._data_index(count, index))

    def _bar_hovered(self, bar_set: QBarSet, status: bool, index: int) -> None:
        # The view's tooltip, shown by Qt when the pointer rests on the bar.
        if not status:
            self.view.setToolTip("")
            return
        category = self._categories[self._data_index(bar_set.count(), index)]
        self.view.setToolTip(f"{category}\n{bar_set.label()} : {self._number(bar_set.at(index))}")
