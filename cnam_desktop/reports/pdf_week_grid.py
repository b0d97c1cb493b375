"""The week grid of the « Planning hebdomadaire »: days × hours, each session a box.

`WeekGrid` is a platypus Flowable drawing on the canvas:

- columns are Monday to Saturday (Sunday only when a session falls on it), rows the
  hours from the earliest start to the latest end, at least 8:00–20:00, with a dotted
  line at each half hour;
- each session is a box spanning its time: course code and time, title, site (when
  not obvious), room or « à distance » (« · hybride » after the room), trainer, guest
  sites. Every line is cut to the box width with « … », lines that do not fit in the
  box's height are left out, least useful first (`_box_lines`), and the box is a
  clipping path too, so nothing ever spills out;
- sessions that overlap on a day share the column side by side (`lanes`);
- a session in an error conflict gets a red border and a « conflit » tag, one with only
  warnings an orange border and « alerte »; a cancelled session is greyed, its first
  line struck through and tagged « annulée »;
- public holidays and site closures hatch their day column and are named under the
  day; school breaks are only named.

Text drawn on the canvas is never parsed as markup: user text prints as typed.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, field
from datetime import date, time, timedelta

from reportlab.lib import colors
from reportlab.lib.units import mm
from reportlab.pdfbase.pdfmetrics import stringWidth
from reportlab.platypus import Flowable

from cnam_desktop.domain.conflicts import Severity
from cnam_desktop.domain.enums import ClosureKind, Modality
from cnam_desktop.domain.formatting import WEEKDAY_NAMES
from cnam_desktop.reports.pdf_base import CNAM_RED, FONT, FONT_BOLD, GREY, RULE, register_fonts

ELLIPSIS = "…"
HOUR_COLUMN = 11 * mm
MIN_FIRST_HOUR, MIN_LAST_HOUR = 8, 20
ORANGE = colors.HexColor("#d9822b")
FILLS = {
    Modality.IN_PERSON: colors.HexColor("#e4ecf7"),
    Modality.DISTANCE: colors.HexColor("#e3f3e6"),
    Modality.HYBRID: colors.HexColor("#fbf0d5"),
}
ACCENTS = {
    Modality.IN_PERSON: colors.HexColor("#4a78b5"),
    Modality.DISTANCE: colors.HexColor("#3f8f55"),
    Modality.HYBRID: colors.HexColor("#c19224"),
}
CANCELLED_FILL = colors.HexColor("#efefef")
CANCELLED_TEXT = colors.HexColor("#9a9a9a")
CLOSED_FILL = colors.HexColor("#ececec")
BLOCKING = frozenset({ClosureKind.PUBLIC_HOLIDAY, ClosureKind.SITE_CLOSURE})
CODE_SIZE, CODE_LEADING = 6.8, 7.8
LINE_SIZE, LINE_LEADING = 6.2, 7.1
PAD = 1.6


@dataclass(frozen=True)
class PlanEntry:
    """One session as the grid draws it."""

    day: date
    start: time
    end: time
    course_code: str
    course_title: str
    modality: Modality
    room_name: str | None
    trainer_name: str | None
    site_name: str | None = None  # None: not printed (the page's own site or room)
    guest_site_names: tuple[str, ...] = ()
    show_trainer: bool = True
    cancelled: bool = False
    conflict: Severity | None = None


@dataclass(frozen=True)
class DayNote:
    """A closure or school break on one day of the week."""

    day: date
    kind: ClosureKind
    label: str
    site_name: str | None = None  # a site's own closure, named on a trainer's planning


@dataclass(frozen=True)
class WeekPlan:
    monday: date
    heading: str  # « Planning de la semaine du lundi 11 janvier 2027 — Cnam Chaumont »
    entries: Sequence[PlanEntry]
    notes: Sequence[DayNote] = ()
    conflicts: Sequence[tuple[Severity, str]] = field(default_factory=list)


def where_label(modality: Modality, room_name: str | None) -> str:
    """« à distance », « Salle Daguerre », « Salle Daguerre · hybride », « sans salle »."""
    if modality is Modality.DISTANCE:
        return "à distance"
    room = room_name or "sans salle"
    return f"{room} · hybride" if modality is Modality.HYBRID else room


def note_label(note: DayNote) -> str:
    prefix = {ClosureKind.PUBLIC_HOLIDAY: "Férié : ", ClosureKind.SITE_CLOSURE: "Fermé : "}
    where = f" ({note.site_name})" if note.site_name else ""
    return f"{prefix.get(note.kind, '')}{note.label}{where}"


# Fitting text ----------------------------------------------------------------------------


def cut(value: str, font: str, size: float, width: float) -> str:
    """The longest beginning of `value` followed by « … » within `width` ("" if none)."""
    if stringWidth(ELLIPSIS, font, size) > width:
        return ""
    low, high = 0, len(value)
    while low < high:
        middle = (low + high + 1) // 2
        if stringWidth(value[:middle].rstrip() + ELLIPSIS, font, size) <= width:
            low = middle
        else:
            high = middle - 1
    return value[:low].rstrip() + ELLIPSIS


def fit(value: str, font: str, size: float, width: float) -> str:
    """`value` when it fits in `width` points, else cut with « … »."""
    if stringWidth(value, font, size) <= width:
        return value
    return cut(value, font, size, width)


def wrap(value: str, font: str, size: float, width: float, max_lines: int) -> list[str]:
    """Words laid on at most `max_lines` lines of `width`; the last ends with « … » if cut."""
    lines: list[str] = []
    words = value.split()
    while words and len(lines) < max_lines:
        line = words.pop(0)
        while words and stringWidth(f"{line} {words[0]}", font, size) <= width:
            line = f"{line} {words.pop(0)}"
        lines.append(line)
    result = [fit(line, font, size, width) for line in lines]
    if words and result:
        last = f"{lines[-1]} {' '.join(words)}"
        result[-1] = cut(last if result[-1] == lines[-1] else lines[-1], font, size, width)
    return result


# The grid ----------------------------------------------------------------------------------


def _hours(entries: Sequence[PlanEntry]) -> tuple[int, int]:
    first, last = MIN_FIRST_HOUR, MIN_LAST_HOUR
    for entry in entries:
        first = min(first, entry.start.hour)
        last = max(last, entry.end.hour + (1 if entry.end.minute else 0))
    return first, min(last, 24)


def _minutes(value: time) -> int:
    return value.hour * 60 + value.minute


def lanes(entries: Sequence[PlanEntry]) -> list[tuple[PlanEntry, int, int]]:
    """(entry, lane, lanes of its group) for one day: overlapping sessions side by side."""
    placed: list[tuple[PlanEntry, int, int]] = []
    group: list[tuple[PlanEntry, int]] = []
    ends: list[int] = []  # end of the last session of each lane of the group
    group_end = -1

    def close() -> None:
        placed.extend((entry, lane, len(ends)) for entry, lane in group)

    for entry in sorted(entries, key=lambda e: (e.start, e.end, e.course_code)):
        start, end = _minutes(entry.start), max(_minutes(entry.end), _minutes(entry.start) + 1)
        if start >= group_end:
            close()
            group, ends, group_end = [], [], -1
        lane = next((i for i, lane_end in enumerate(ends) if lane_end <= start), len(ends))
        if lane == len(ends):
            ends.append(end)
        else:
            ends[lane] = end
        group.append((entry, lane))
        group_end = max(group_end, end)
    close()
    return placed


class WeekGrid(Flowable):
    """The week's days × hours, each session a box (drawn on the canvas)."""

    def __init__(self, plan: WeekPlan, height: float) -> None:
        super().__init__()
        register_fonts()
        self.plan = plan
        self.height = height
        self.width = 0.0
        sunday = plan.monday + timedelta(days=6)
        self.days = [plan.monday + timedelta(days=i) for i in range(6)]
        if any(entry.day == sunday for entry in plan.entries):
            self.days.append(sunday)
        self.first_hour, self.last_hour = _hours(plan.entries)
        self.notes: dict[date, list[DayNote]] = {}
        for note in plan.notes:
            self.notes.setdefault(note.day, []).append(note)
        note_lines = min(3, max((len(v) for v in self.notes.values()), default=0))
        self.header = 7 * mm + note_lines * 3 * mm + (1 * mm if note_lines else 0)

    def wrap(self, availWidth: float, availHeight: float) -> tuple[float, float]:
        self.width = availWidth
        return availWidth, self.height

    # geometry
    def _column_width(self) -> float:
        return (self.width - HOUR_COLUMN) / len(self.days)

    def _y(self, minutes: float) -> float:
        """Canvas y of a time of day (minutes) inside the grid body."""
        body = self.height - self.header
        span = (self.last_hour - self.first_hour) * 60
        return body - (minutes - self.first_hour * 60) / span * body

    def draw(self) -> None:
        column = self._column_width()
        body = self.height - self.header
        for index, day in enumerate(self.days):
            x = HOUR_COLUMN + index * column
            if any(n.kind in BLOCKING for n in self.notes.get(day, ())):
                self._hatch(x, column, body)
        self._lines(column, body)
        self._headers(column, body)
        for index, day in enumerate(self.days):
            x = HOUR_COLUMN + index * column
            todays = [e for e in self.plan.entries if e.day == day]
            for entry, lane, count in lanes(todays):
                width = column / count
                top = self._y(_minutes(entry.start))
                bottom = self._y(max(_minutes(entry.end), _minutes(entry.start) + 15))
                self._box(entry, x + lane * width + 1, bottom + 0.6, width - 2, top - bottom - 1.2)

    def _hatch(self, x: float, width: float, height: float) -> None:
        canvas = self.canv
        canvas.saveState()
        canvas.setFillColor(CLOSED_FILL)
        canvas.rect(x, 0, width, height, stroke=0, fill=1)
        path = canvas.beginPath()
        path.rect(x, 0, width, height)
        canvas.clipPath(path, stroke=0, fill=0)
        canvas.setStrokeColor(colors.HexColor("#d2d2d2"))
        canvas.setLineWidth(0.4)
        step = 7.0
        offset = -height
        while offset < width:
            canvas.line(x + offset, 0, x + offset + height, height)
            offset += step
        canvas.restoreState()

    def _lines(self, column: float, body: float) -> None:
        canvas = self.canv
        canvas.saveState()
        canvas.setFont(FONT, 6.5)
        for hour in range(self.first_hour, self.last_hour + 1):
            y = self._y(hour * 60)
            canvas.setStrokeColor(RULE)
            canvas.setLineWidth(0.4)
            canvas.setDash()
            canvas.line(HOUR_COLUMN, y, self.width, y)
            canvas.setFillColor(GREY)
            if hour < self.last_hour:
                canvas.drawRightString(HOUR_COLUMN - 1.5 * mm, y - 7, f"{hour} h")
                half = self._y(hour * 60 + 30)
                canvas.setDash(1, 2)
                canvas.setLineWidth(0.25)
                canvas.line(HOUR_COLUMN, half, self.width, half)
        canvas.setDash()
        canvas.setStrokeColor(RULE)
        canvas.setLineWidth(0.5)
        for index in range(len(self.days) + 1):
            x = HOUR_COLUMN + index * column
            canvas.line(x, 0, x, body)
        canvas.restoreState()

    def _headers(self, column: float, body: float) -> None:
        canvas = self.canv
        canvas.saveState()
        canvas.setFillColor(CNAM_RED)
        canvas.rect(HOUR_COLUMN, self.height - 6 * mm, self.width - HOUR_COLUMN, 6 * mm, 0, 1)
        for index, day in enumerate(self.days):
            x = HOUR_COLUMN + index * column
            canvas.setFillColor(colors.white)
            canvas.setFont(FONT_BOLD, 8)
            label = f"{WEEKDAY_NAMES[day.weekday()]} {day.strftime('%d/%m')}"
            canvas.drawCentredString(x + column / 2, self.height - 4.2 * mm, label)
            y = self.height - 6 * mm - 3 * mm
            for note in self.notes.get(day, [])[:3]:
                blocking = note.kind in BLOCKING
                canvas.setFillColor(CNAM_RED if blocking else GREY)
                font = FONT_BOLD if blocking else FONT
                canvas.setFont(font, 6.2)
                canvas.drawString(x + 1.5, y, fit(note_label(note), font, 6.2, column - 3))
                y -= 3 * mm
        canvas.setStrokeColor(RULE)
        canvas.line(HOUR_COLUMN, body, self.width, body)
        canvas.restoreState()

    def _box(self, entry: PlanEntry, x: float, y: float, width: float, height: float) -> None:
        canvas = self.canv
        canvas.saveState()
        fill = CANCELLED_FILL if entry.cancelled else FILLS[entry.modality]
        border = CANCELLED_TEXT if entry.cancelled else RULE
        if entry.conflict is not None:
            border = CNAM_RED if entry.conflict is Severity.ERROR else ORANGE
        canvas.setFillColor(fill)
        canvas.setStrokeColor(border)
        canvas.setLineWidth(1.4 if entry.conflict else 0.4)
        canvas.rect(x, y, width, height, stroke=1, fill=1)
        path = canvas.beginPath()
        path.rect(x, y, width, height)
        canvas.clipPath(path, stroke=0, fill=0)
        if not entry.cancelled:
            canvas.setFillColor(ACCENTS[entry.modality])
            canvas.rect(x, y, 1.6, height, stroke=0, fill=1)
        self._box_text(entry, x + PAD + 1, y, width - 2 * PAD - 1, height)
        canvas.restoreState()

    def _box_text(self, entry: PlanEntry, x: float, y: float, width: float, height: float) -> None:
        canvas = self.canv
        text_colour = CANCELLED_TEXT if entry.cancelled else colors.black
        tag, tag_colour = _tag(entry)
        tag_width = stringWidth(tag, FONT_BOLD, LINE_SIZE) + 2 if tag else 0.0
        tag_inline = bool(tag) and width - tag_width >= 24
        top = y + height - PAD - CODE_SIZE
        times = f"{entry.start:%H:%M}–{entry.end:%H:%M}"
        code_width = width - (tag_width if tag_inline else 0)
        code = f"{entry.course_code} · {times}"
        if stringWidth(code, FONT_BOLD, CODE_SIZE) > code_width:
            code = fit(entry.course_code, FONT_BOLD, CODE_SIZE, code_width)
        canvas.setFont(FONT_BOLD, CODE_SIZE)
        canvas.setFillColor(text_colour)
        canvas.drawString(x, top, code)
        if entry.cancelled and code:
            canvas.setStrokeColor(CANCELLED_TEXT)
            canvas.setLineWidth(0.5)
            middle = top + CODE_SIZE * 0.3
            canvas.line(x, middle, x + stringWidth(code, FONT_BOLD, CODE_SIZE), middle)
        if tag and tag_inline:
            canvas.setFont(FONT_BOLD, LINE_SIZE)
            canvas.setFillColor(tag_colour)
            canvas.drawRightString(x + width, top, tag)
        room = int((top - y - PAD) // LINE_LEADING)
        beside = code.startswith(f"{entry.course_code} · ")
        lines = _box_lines(entry, width, room, None if tag_inline else tag, not beside)
        line_y = top - LINE_LEADING
        for text, bold, colour in lines:
            canvas.setFont(FONT_BOLD if bold else FONT, LINE_SIZE)
            canvas.setFillColor(colour or text_colour)
            canvas.drawString(x, line_y, text)
            line_y -= LINE_LEADING


def _tag(entry: PlanEntry) -> tuple[str, colors.Color]:
    if entry.cancelled:
        return "annulée", CANCELLED_TEXT
    if entry.conflict is Severity.ERROR:
        return "conflit", CNAM_RED
    if entry.conflict is Severity.WARNING:
        return "alerte", ORANGE
    return "", colors.black


def _box_lines(
    entry: PlanEntry, width: float, room: int, tag: str | None, with_time: bool
) -> list[tuple[str, bool, colors.Color | None]]:
    """The lines under the code that fit in `room` lines, in reading order.

    Kept by usefulness: the tag and the time (when not beside the code), the site, the
    room, the trainer, the title (which takes any lines left, up to three), the guests.
    """
    items: list[tuple[str, str]] = []
    if tag:
        items.append(("tag", tag))
    if with_time:
        items.append(("time", f"{entry.start:%H:%M}–{entry.end:%H:%M}"))
    if entry.site_name:
        items.append(("site", entry.site_name))
    items.append(("where", where_label(entry.modality, entry.room_name)))
    if entry.show_trainer:
        items.append(("trainer", entry.trainer_name or "Formateur à désigner"))
    items.append(("title", entry.course_title))
    if entry.guest_site_names:
        items.append(("guests", "Avec " + ", ".join(entry.guest_site_names)))
    kept = items[: max(room, 0)]
    title_lines = 1 + min(2, max(0, room - len(items)))
    order = ("tag", "time", "title", "site", "where", "trainer", "guests")
    result: list[tuple[str, bool, colors.Color | None]] = []
    for key in order:
        value = next((v for k, v in kept if k == key), None)
        if value is None:
            continue
        if key == "title":
            for line in wrap(value, FONT, LINE_SIZE, width, title_lines):
                result.append((line, False, None))
            continue
        bold = key in ("tag", "where")
        colour = _tag(entry)[1] if key == "tag" else None
        result.append((fit(value, FONT_BOLD if bold else FONT, LINE_SIZE, width), bold, colour))
    return result
