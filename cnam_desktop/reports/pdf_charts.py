"""Charts of the PDF reports, drawn with reportlab.graphics, each with a caption.

Every chart is a horizontal bar chart (long French labels read best on the left):

- Capped, not sized to the count: at most `top` bars (12 by default, 15 for sites),
  the largest values, largest first, then one « Autres (n) » bar summing the rest,
  so that 25 sectors or 100 sites stay readable on an A4 page. « Autres » is drawn
  only when it is no larger than the first bar (else it would squash the others);
  the caption states it either way. The drawing's height follows the bars it shows.
- Labels are cut to fit with « … »; values print at the end of each bar, amounts in
  euros (« 12 345,00 € »), counts with French thousands separators.
- A PDF has no text alternative for a drawing, so each chart comes with a caption that
  states its key numbers (total, the first bars, what « Autres » holds).

Labels are user text (site and sector names): the drawing prints them as plain strings
(no markup there) and the caption escapes them.
"""

from __future__ import annotations

import functools
from collections.abc import Sequence
from dataclasses import dataclass
from decimal import Decimal

from reportlab.graphics.charts.barcharts import HorizontalBarChart
from reportlab.graphics.shapes import Drawing
from reportlab.lib import colors
from reportlab.lib.colors import Color
from reportlab.pdfbase.pdfmetrics import stringWidth
from reportlab.platypus import Flowable, KeepTogether, Paragraph, Spacer

from cnam_desktop.domain.formatting import BEFORE_UNIT, euros, french_count, plural
from cnam_desktop.reports.pdf_base import CNAM_RED, FONT, GREY, RULE, markup, para, styles

TOP = 12
BAR_PITCH = 15.0  # points per bar, gap included
AXIS_SPACE = 22.0  # below the bars: the value axis and its labels
FONT_SIZE = 7.5
OTHERS = "Autres"

Number = Decimal | int | float

shared_styles = functools.cache(styles)
"""The report styles, made once (a long report builds thousands of cells)."""


@dataclass(frozen=True)
class Bar:
    label: str
    value: Number
    colour: Color | None = None
    grouped: int = 1  # how many items the bar stands for (« Autres » sums several)


def top_bars(
    items: Sequence[tuple[str, Number]], top: int = TOP, *, keep_zero: bool = False
) -> tuple[list[Bar], Bar | None]:
    """The `top` largest items, largest first (ties by label), and what was left over.

    The rest is summed into one « Autres (n) » bar, returned second: it is drawn (last)
    only when it is no larger than the largest item, so that it does not squash the
    others; the caption states it either way. Zero values are left out unless
    `keep_zero`. When exactly one item would be grouped, it is shown instead.
    """
    kept = [(label, value) for label, value in items if keep_zero or value]
    kept.sort(key=lambda item: (-item[1], item[0].casefold()))
    if len(kept) <= top + 1:
        return [Bar(label, value) for label, value in kept], None
    rest = kept[top:]
    total = sum((value for _, value in rest), Decimal(0) if _has_decimal(rest) else 0)
    bars = [Bar(label, value) for label, value in kept[:top]]
    return bars, Bar(f"{OTHERS} ({len(rest)})", total, colors.HexColor("#9e9e9e"), len(rest))


def _has_decimal(items: Sequence[tuple[str, Number]]) -> bool:
    return any(isinstance(value, Decimal) for _, value in items)


def format_value(value: Number, money: bool) -> str:
    if money:
        return euros(Decimal(str(value)))
    return french_count(round(value))


def whole_euros(value: Number) -> str:
    """« 43 740 € »: an amount rounded to the euro, for big key figures."""
    return f"{french_count(round(value))}{BEFORE_UNIT}€"


def _axis_label(value: float, money: bool) -> str:
    text = french_count(round(value))
    return f"{text} €" if money else text


def fit(label: str, width: float, size: float = FONT_SIZE) -> str:
    """`label` cut with « … » so that it is at most `width` points wide."""
    if stringWidth(label, FONT, size) <= width:
        return label
    while label and stringWidth(label + "…", FONT, size) > width:
        label = label[:-1]
    return label.rstrip() + "…"


def bar_chart(bars: Sequence[Bar], width: float, *, money: bool = False) -> Drawing:
    """A horizontal bar chart of `bars`, top to bottom, `width` points wide."""
    shared_styles()  # registers the embedded font
    count = max(1, len(bars))
    height = count * BAR_PITCH + AXIS_SPACE + 4
    value_labels = [format_value(bar.value, money) for bar in bars]
    value_space = max((stringWidth(t, FONT, FONT_SIZE) for t in value_labels), default=0) + 8
    label_space = min(width * 0.36, 170.0)
    chart = HorizontalBarChart()
    chart.x = label_space
    chart.y = AXIS_SPACE
    chart.width = max(40.0, width - label_space - value_space)
    chart.height = count * BAR_PITCH
    chart.data = [[float(bar.value) for bar in bars] or [0.0]]
    chart.barWidth = BAR_PITCH * 0.62
    chart.groupSpacing = BAR_PITCH * 0.38
    chart.bars.strokeColor = None
    chart.bars[0].fillColor = CNAM_RED
    for index, bar in enumerate(bars):
        if bar.colour is not None:
            chart.bars[(0, index)].fillColor = bar.colour
    names = [fit(bar.label, label_space - 8) for bar in bars] or [""]
    axis = chart.categoryAxis
    axis.categoryNames = names
    axis.reverseDirection = 1  # the first bar on top
    axis.labels.fontName = FONT
    axis.labels.fontSize = FONT_SIZE
    axis.labels.boxAnchor = "e"
    axis.labels.dx = -4
    axis.strokeColor = RULE
    axis.visibleTicks = 0
    values = chart.valueAxis
    values.valueMin = 0
    top_value = max((float(bar.value) for bar in bars), default=0.0)
    if top_value <= 0:
        values.valueMax = 1
    values.labels.fontName = FONT
    values.labels.fontSize = FONT_SIZE - 0.5
    values.labels.fillColor = GREY
    values.strokeColor = RULE
    values.visibleGrid = 1
    values.gridStrokeColor = colors.HexColor("#e6e6e6")
    values.gridStrokeWidth = 0.4
    values.labelTextFormat = lambda v: _axis_label(v, money)
    if not money and top_value <= 8:
        values.valueStep = 1  # no « 0,5 learner » ticks
    chart.barLabelFormat = lambda v: format_value(v, money)
    chart.barLabels.fontName = FONT
    chart.barLabels.fontSize = FONT_SIZE
    chart.barLabels.boxAnchor = "w"
    chart.barLabels.dx = 3
    chart.barLabels.fillColor = colors.black
    drawing = Drawing(width, height)
    drawing.initialFontName = FONT  # else the file gets an unembedded Helvetica
    drawing.initialFontSize = FONT_SIZE
    drawing.add(chart)
    drawing.hAlign = "LEFT"
    return drawing


def caption_text(
    bars: Sequence[Bar],
    others: Bar | None,
    *,
    what: tuple[str, str],
    unit: str,
    money: bool,
    total: Number,
    zeros: int = 0,
    every_bar: bool = False,
) -> str:
    """The key numbers of a chart, as Paragraph markup (labels escaped).

    `what` names one and several items (« filière », « filières »), `unit` the counted
    thing (« apprenants inscrits ») or "" for amounts; `others` is what the chart
    grouped; `zeros` items at zero were left out; `every_bar` lists every bar (fixed
    categories) rather than the first three.
    """
    head = format_value(total, money) + (f" {unit}" if unit else "")
    parts = [markup("Total : <b>{}</b>.", head)]
    listed = list(bars) if every_bar else [bar for bar in bars if bar.grouped == 1][:3]
    if listed:
        values = " ; ".join(
            markup("{} : {}", bar.label, format_value(bar.value, money)) for bar in listed
        )
        parts.append(values + "." if every_bar else f"En tête : {values}.")
    if others is not None:
        drawn = "" if others in bars else " (barre non tracée, pour garder l'échelle)"
        parts.append(
            markup(
                "« Autres » : {} {} de plus, {}{}.",
                others.grouped,
                what[1],
                format_value(others.value, money),
                drawn,
            )
        )
    if zeros:
        parts.append(markup("Valeur nulle, non tracée : {}.", plural(zeros, what[0], what[1])))
    return " ".join(parts)


def chart_block(
    title: str,
    items: Sequence[tuple[str, Number]],
    width: float,
    *,
    what: tuple[str, str],
    unit: str = "",
    money: bool = False,
    top: int = TOP,
    colours: Sequence[Color] = (),
    empty: str = "Aucune donnée à représenter.",
) -> Flowable:
    """Title, chart and caption kept on one page; a one-line note when nothing to draw.

    With `colours` (one per item) the items are fixed categories (need statuses): all
    drawn in their own order, zeros included, each in its colour. Otherwise the `top`
    largest are drawn, largest first (see `top_bars`).
    """
    st = shared_styles()
    heading = para(title, st.h2)
    if not any(value for _, value in items):
        return KeepTogether([heading, para(empty, st.body)])
    others: Bar | None = None
    if colours:
        bars = [
            Bar(label, value, colour) for (label, value), colour in zip(items, colours, strict=True)
        ]
    else:
        bars, others = top_bars(items, top)
        if others is not None and others.value <= bars[0].value:
            bars.append(others)
    total = sum((value for _, value in items), Decimal(0) if money else 0)
    zeros = 0 if colours else sum(1 for _, value in items if not value)
    text = caption_text(
        bars,
        others,
        what=what,
        unit=unit,
        money=money,
        total=total,
        zeros=zeros,
        every_bar=bool(colours),
    )
    drawing = bar_chart(bars, width, money=money)
    caption = Paragraph(text, st.small)
    return KeepTogether([heading, drawing, Spacer(1, 2), caption, Spacer(1, 4)])
