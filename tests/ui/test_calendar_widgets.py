"""The calendar widgets on plain values: placement, drag and drop, selection, keyboard,
conflict marks, month lines, printing."""

from __future__ import annotations

from datetime import date, time, timedelta
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import QPoint, QPointF, Qt
from PySide6.QtGui import QColor, QImage

from cnam_desktop.domain.enums import Modality
from cnam_desktop.ui.widgets.calendar_entry import (
    CANCELLED_FILL,
    CONFLICT,
    MODALITY_STYLES,
    CalendarEntry,
    ModalityLegend,
    day_header,
    month_label,
    week_label,
)
from cnam_desktop.ui.widgets.calendar_nav import CalendarNav
from cnam_desktop.ui.widgets.month_calendar import MonthCalendar, more_text
from cnam_desktop.ui.widgets.week_calendar import WeekCalendar
from cnam_desktop.ui.widgets.week_painting import lay_out_day

MONDAY = date(2019, 11, 11)
TUESDAY, WEDNESDAY, THURSDAY, FRIDAY = (MONDAY + timedelta(days=i) for i in range(1, 5))
SUNDAY = MONDAY + timedelta(days=6)
LEFT = Qt.MouseButton.LeftButton
NO_MOD = Qt.KeyboardModifier.NoModifier


def entry(
    id_: str,
    day: date,
    start: tuple[int, int],
    end: tuple[int, int],
    *,
    modality: Modality = Modality.IN_PERSON,
    conflict: str = "",
    cancelled: bool = False,
    title: str = "",
) -> CalendarEntry:
    return CalendarEntry(
        id=id_,
        day=day,
        start=time(*start),
        end=time(*end),
        title=title or f"Cours {id_}",
        detail="Salle 1 · Dupont",
        modality=modality,
        in_conflict=bool(conflict),
        conflict_text=conflict,
        cancelled=cancelled,
    )


@pytest.fixture
def make_week(qtbot: Any) -> Any:
    def make(entries: list[CalendarEntry], size: tuple[int, int] = (1000, 900)) -> WeekCalendar:
        week = WeekCalendar()
        qtbot.addWidget(week)
        week.set_week(MONDAY + timedelta(days=2))  # any day of the week
        week.set_entries(entries)
        week.resize(*size)
        week.show()
        qtbot.waitExposed(week)
        return week

    return make


def point(week: WeekCalendar, day: date, hh: int, mm: int = 0, x_frac: float = 0.5) -> QPoint:
    """A point in `day`'s column at the given time (a zero-length span's top)."""
    rect = week.slot_rect(day, time(hh, mm), time(hh, mm))
    return QPoint(round(rect.left() + rect.width() * x_frac), round(rect.top()))


def pixel(image: QImage, pos: QPointF) -> str:
    return QColor(image.pixel(round(pos.x()), round(pos.y()))).name()


# --- plain values ------------------------------------------------------------------------


def test_entry_rejects_end_before_start() -> None:
    with pytest.raises(ValueError, match="séance x"):
        entry("x", MONDAY, (10, 0), (9, 0))


def test_tooltip_escapes_and_tells_the_conflict() -> None:
    tip = CalendarEntry(
        "a", TUESDAY, time(18), time(21), "Droit <social>", "Salle 2 · Martin",
        Modality.HYBRID, True, "Salle 2 déjà occupée",
    ).tooltip()  # fmt: skip
    assert "Droit &lt;social&gt;" in tip
    assert "mardi 12 novembre 2019, 18:00–21:00" in tip
    assert "Salle 2 · Martin" in tip and "Hybride" in tip
    assert "Salle 2 déjà occupée" in tip


def test_french_labels() -> None:
    assert day_header(TUESDAY) == "mar. 12/11"
    assert week_label(MONDAY) == "Semaine du 11 au 17 novembre 2019"
    assert week_label(date(2019, 10, 28)) == "Semaine du 28 octobre au 3 novembre 2019"
    assert week_label(date(2019, 12, 30)) == "Semaine du 30 décembre 2019 au 5 janvier 2020"
    assert month_label(2019, 11) == "Novembre 2019"
    assert more_text(1) == "+1 autre" and more_text(3) == "+3 autres"


def test_overlap_columns_reuse_a_freed_column() -> None:
    a = entry("a", MONDAY, (9, 0), (10, 0))
    b = entry("b", MONDAY, (9, 30), (11, 0))
    c = entry("c", MONDAY, (10, 0), (12, 0))  # a's column is free again at 10:00
    d = entry("d", MONDAY, (14, 0), (15, 0))  # alone: its own cluster
    placed = {p.entry.id: (p.column, p.columns) for p in lay_out_day([c, d, b, a])}
    assert placed == {"a": (0, 2), "b": (1, 2), "c": (0, 2), "d": (0, 1)}


# --- week view: placement ----------------------------------------------------------------


def test_grid_geometry_is_consistent(make_week: Any) -> None:
    week = make_week([])
    assert week.visible_days() == [MONDAY + timedelta(days=i) for i in range(6)]
    assert week.hour_range() == (8, 22)
    monday = week.slot_rect(MONDAY, time(8), time(22))
    tuesday = week.slot_rect(TUESDAY, time(8), time(22))
    saturday = week.slot_rect(MONDAY + timedelta(days=5), time(8), time(22))
    assert tuesday.left() == pytest.approx(monday.right())
    assert tuesday.width() == pytest.approx(monday.width())
    assert saturday.right() == pytest.approx(week.width(), abs=1)
    assert monday.bottom() == pytest.approx(week.height(), abs=1)
    hour = week.slot_rect(TUESDAY, time(9), time(10)).height()
    assert week.slot_rect(TUESDAY, time(9), time(12, 30)).height() == pytest.approx(3.5 * hour)
    assert monday.height() == pytest.approx(14 * hour)


def test_entries_are_placed_where_expected(make_week: Any) -> None:
    tue = entry("tue", TUESDAY, (9, 0), (12, 30))
    thu = entry("thu", THURSDAY, (18, 0), (18, 45), modality=Modality.DISTANCE)
    elsewhere = entry("next", MONDAY + timedelta(days=7), (9, 0), (10, 0))
    week = make_week([tue, thu, elsewhere])

    assert week.entry_at(point(week, TUESDAY, 10, 45)) == tue
    assert week.entry_at(point(week, TUESDAY, 9, 5)) == tue
    assert week.entry_at(point(week, TUESDAY, 8, 50)) is None
    assert week.entry_at(point(week, TUESDAY, 12, 40)) is None
    assert week.entry_at(point(week, WEDNESDAY, 10, 0)) is None
    assert week.entry_at(point(week, THURSDAY, 18, 20)) == thu
    assert week.entry_at(point(week, THURSDAY, 19, 0)) is None
    assert week.entry_rect("next") is None  # another week: not drawn

    image = week.grab().toImage()
    centre = week.entry_rect("tue").center()
    assert pixel(image, centre) == MODALITY_STYLES[Modality.IN_PERSON].fill
    assert pixel(image, week.slot_rect(WEDNESDAY, time(10), time(10, 30)).center()) == "#ffffff"


def test_overlapping_entries_are_side_by_side(make_week: Any) -> None:
    a = entry("a", WEDNESDAY, (9, 0), (12, 0))
    b = entry("b", WEDNESDAY, (10, 0), (11, 0))
    c = entry("c", WEDNESDAY, (10, 30), (12, 30))  # b still runs at 10:30: third column
    alone = entry("alone", WEDNESDAY, (14, 0), (15, 0))
    week = make_week([c, alone, b, a])
    day = week.slot_rect(WEDNESDAY, time(8), time(22))
    rects = {e: week.entry_rect(e) for e in ("a", "b", "c", "alone")}
    assert rects["a"].left() < rects["b"].left() < rects["c"].left()
    for first, second in (("a", "b"), ("b", "c"), ("a", "c")):
        assert not rects[first].intersects(rects[second])
    for name in ("a", "b", "c"):
        assert rects[name].width() == pytest.approx(day.width() / 3, abs=4)
        assert day.contains(rects[name])
    assert rects["alone"].width() == pytest.approx(day.width(), abs=4)
    # Each block is found at its own place.
    for name, e in (("a", a), ("b", b), ("c", c)):
        assert week.entry_at(rects[name].center()) == e


def test_sunday_and_hours_widen_to_fit(make_week: Any) -> None:
    week = make_week([entry("early", MONDAY, (7, 30), (8, 30))])
    assert len(week.visible_days()) == 6
    assert week.hour_range() == (7, 22)
    week.set_entries([entry("sun", SUNDAY, (20, 0), (22, 15))])
    assert week.visible_days()[-1] == SUNDAY
    assert week.hour_range() == (8, 23)
    assert week.entry_at(week.entry_rect("sun").center()).id == "sun"


# --- week view: marks --------------------------------------------------------------------


def test_conflicts_and_cancelled_are_marked(make_week: Any) -> None:
    clash = entry("clash", TUESDAY, (9, 0), (12, 0), conflict="Salle 1 déjà occupée")
    fine = entry("fine", WEDNESDAY, (9, 0), (12, 0))
    cancelled = entry("off", THURSDAY, (9, 0), (12, 0), cancelled=True)
    week = make_week([clash, fine, cancelled])
    assert week.conflict_ids() == {"clash"}

    image = week.grab().toImage()
    for name, colour in (("clash", CONFLICT), ("fine", None)):
        rect = week.entry_rect(name)
        edge = pixel(image, QPointF(rect.center().x(), rect.top() + 1.5))
        if colour:
            assert edge == colour
        else:
            assert edge != CONFLICT
    off = week.entry_rect("off")
    assert pixel(image, QPointF(off.center().x(), off.bottom() - 8)) == CANCELLED_FILL


def test_closed_days_are_shaded(make_week: Any) -> None:
    week = make_week([])
    week.set_closed_days({MONDAY: "Armistice 1918"})
    image = week.grab().toImage()
    closed = week.slot_rect(MONDAY, time(10), time(10, 30))
    open_ = week.slot_rect(TUESDAY, time(10), time(10, 30))
    shaded = {pixel(image, closed.center() + QPointF(dx, 0)) for dx in range(-4, 5)}
    assert "#ffffff" not in shaded
    assert pixel(image, open_.center()) == "#ffffff"


# --- week view: mouse --------------------------------------------------------------------


def test_drag_a_block_emits_the_snapped_move(qtbot: Any, make_week: Any) -> None:
    week = make_week([entry("a", TUESDAY, (9, 0), (12, 30))])
    before = week.entry_rect("a")
    grab_at = point(week, TUESDAY, 10, 0)  # one hour into the block
    qtbot.mousePress(week, LEFT, NO_MOD, grab_at)
    qtbot.mouseMove(week, point(week, THURSDAY, 12, 0))
    target = point(week, THURSDAY, 15, 5)  # block starts at 14:05 → 14:00
    qtbot.mouseMove(week, target)

    # While dragging, a ghost is drawn at the target; the block itself stays put.
    ghost = week.grab().toImage()
    assert pixel(ghost, QPointF(target.x(), target.y() + 10)) != "#ffffff"
    with qtbot.waitSignal(week.entryMoved, timeout=1000) as moved:
        qtbot.mouseRelease(week, LEFT, NO_MOD, target)
    assert moved.args == ["a", THURSDAY, time(14, 0)]
    assert week.entry_rect("a") == before  # the owner moves it, not the widget


@pytest.mark.parametrize(
    ("hh", "mm", "expected"),
    [(15, 10, time(14, 45)), (15, 21, time(14, 45)), (15, 24, time(15, 0))],
)
def test_drag_snaps_to_quarter_hours(
    qtbot: Any, make_week: Any, hh: int, mm: int, expected: time
) -> None:
    week = make_week([entry("a", TUESDAY, (9, 0), (10, 0))])
    qtbot.mousePress(week, LEFT, NO_MOD, point(week, TUESDAY, 9, 30))
    qtbot.mouseMove(week, point(week, TUESDAY, 11, 0))
    qtbot.mouseMove(week, point(week, TUESDAY, hh, mm))
    with qtbot.waitSignal(week.entryMoved, timeout=1000) as moved:
        qtbot.mouseRelease(week, LEFT, NO_MOD, point(week, TUESDAY, hh, mm))
    # The grab point was 30 minutes into the block.
    assert moved.args == ["a", TUESDAY, expected]


def test_drop_in_place_emits_nothing(qtbot: Any, make_week: Any) -> None:
    week = make_week([entry("a", TUESDAY, (9, 0), (10, 0))])
    qtbot.mousePress(week, LEFT, NO_MOD, point(week, TUESDAY, 9, 30))
    qtbot.mouseMove(week, point(week, TUESDAY, 10, 30))
    with qtbot.assertNotEmitted(week.entryMoved):
        qtbot.mouseMove(week, point(week, TUESDAY, 9, 32))
        qtbot.mouseRelease(week, LEFT, NO_MOD, point(week, TUESDAY, 9, 32))


def test_drag_on_empty_space_selects_a_slot(qtbot: Any, make_week: Any) -> None:
    week = make_week([entry("a", TUESDAY, (9, 0), (10, 0))])
    qtbot.mousePress(week, LEFT, NO_MOD, point(week, FRIDAY, 14, 5))  # floor → 14:00
    qtbot.mouseMove(week, point(week, FRIDAY, 15, 0))
    with qtbot.waitSignal(week.slotSelected, timeout=1000) as selected:
        qtbot.mouseMove(week, point(week, FRIDAY, 15, 40))  # nearest quarter → 15:45
        qtbot.mouseRelease(week, LEFT, NO_MOD, point(week, FRIDAY, 15, 40))
    assert selected.args == [FRIDAY, time(14, 0), time(15, 45)]


def test_double_click_activates_an_entry_or_a_free_hour(qtbot: Any, make_week: Any) -> None:
    week = make_week([entry("a", TUESDAY, (9, 0), (12, 30))])
    with (
        qtbot.waitSignal(week.entryActivated, timeout=1000) as activated,
        qtbot.assertNotEmitted(week.entryMoved),
    ):
        qtbot.mouseDClick(week, LEFT, NO_MOD, point(week, TUESDAY, 11, 0))
    assert activated.args == ["a"]
    with qtbot.waitSignal(week.slotSelected, timeout=1000) as selected:
        qtbot.mouseDClick(week, LEFT, NO_MOD, point(week, WEDNESDAY, 16, 40))
    assert selected.args == [WEDNESDAY, time(16), time(17)]


# --- week view: keyboard -----------------------------------------------------------------


def test_keyboard_moves_between_entries_and_slots(qtbot: Any, make_week: Any) -> None:
    morning = entry("morning", MONDAY, (9, 0), (12, 30))
    evening = entry("evening", MONDAY, (18, 0), (21, 0))
    tuesday = entry("tuesday", TUESDAY, (13, 30), (17, 0))
    week = make_week([tuesday, evening, morning])
    week.activateWindow()
    week.setFocus()
    qtbot.waitUntil(week.hasFocus)
    assert week.focused_entry_id() == "morning"  # first of the week

    qtbot.keyClick(week, Qt.Key.Key_Down)  # the free hour after the morning block
    assert week.focused_slot() == (MONDAY, time(13), time(14))
    with qtbot.waitSignal(week.slotSelected, timeout=1000) as selected:
        qtbot.keyClick(week, Qt.Key.Key_Return)
    assert selected.args == [MONDAY, time(13), time(14)]

    qtbot.keyClick(week, Qt.Key.Key_End)
    qtbot.keyClick(week, Qt.Key.Key_Up)
    assert week.focused_entry_id() == "evening"  # last stop is 21:00–22:00, then evening
    qtbot.keyClick(week, Qt.Key.Key_Right)  # nearest stop of Tuesday to 18:00
    assert week.focused_slot() == (TUESDAY, time(18), time(19))
    qtbot.keyClick(week, Qt.Key.Key_Home)
    qtbot.keyClick(week, Qt.Key.Key_Right)
    qtbot.keyClick(week, Qt.Key.Key_Left)
    assert week.focused_slot() == (TUESDAY, time(8), time(9))
    for _ in range(5):
        qtbot.keyClick(week, Qt.Key.Key_Down)
    assert week.focused_entry_id() == "tuesday"  # 8, 9, 10, 11, 12 then 13:30
    assert "13:30–17:00" in week.accessibleDescription()
    with qtbot.waitSignal(week.entryActivated, timeout=1000) as activated:
        qtbot.keyClick(week, Qt.Key.Key_Enter)
    assert activated.args == ["tuesday"]

    with qtbot.waitSignal(week.entryMoved, timeout=1000) as moved:
        qtbot.keyClick(week, Qt.Key.Key_Down, Qt.KeyboardModifier.AltModifier)
    assert moved.args == ["tuesday", TUESDAY, time(13, 45)]
    with qtbot.waitSignal(week.entryMoved, timeout=1000) as moved:
        qtbot.keyClick(week, Qt.Key.Key_Right, Qt.KeyboardModifier.AltModifier)
    assert moved.args == ["tuesday", WEDNESDAY, time(13, 30)]

    with qtbot.waitSignal(week.weekChanged, timeout=1000) as changed:
        qtbot.keyClick(week, Qt.Key.Key_Right, Qt.KeyboardModifier.ControlModifier)
    assert changed.args == [MONDAY + timedelta(days=7)]
    assert week.week() == MONDAY + timedelta(days=7)
    assert week.accessibleName() == "Calendrier, Semaine du 18 au 24 novembre 2019"


def test_focus_follows_an_entry_across_set_entries(qtbot: Any, make_week: Any) -> None:
    week = make_week([entry("a", MONDAY, (9, 0), (10, 0)), entry("b", TUESDAY, (9, 0), (10, 0))])
    qtbot.mouseClick(week, LEFT, NO_MOD, week.entry_rect("b").center().toPoint())
    assert week.focused_entry_id() == "b"
    week.set_entries([entry("b", THURSDAY, (14, 0), (15, 0))])  # the owner moved it
    assert week.focused_entry_id() == "b"
    assert "jeudi 14 novembre 2019, 14:00–15:00" in week.accessibleDescription()


# --- printing ----------------------------------------------------------------------------


def test_print_week_to_pdf(make_week: Any, tmp_path: Path) -> None:
    from PySide6.QtPrintSupport import QPrinter

    week = make_week([entry("a", TUESDAY, (9, 0), (12, 30), title="Licence informatique")])
    week.set_closed_days({MONDAY: "Armistice 1918"})
    printer = QPrinter(QPrinter.PrinterMode.HighResolution)
    printer.setOutputFormat(QPrinter.OutputFormat.PdfFormat)
    target = tmp_path / "semaine.pdf"
    printer.setOutputFileName(str(target))
    week.print_to(printer, "Cnam Chaumont — Semaine du 11 au 17 novembre 2019")
    data = target.read_bytes()
    assert data.startswith(b"%PDF")

    QtPdf = pytest.importorskip("PySide6.QtPdf")
    document = QtPdf.QPdfDocument()
    assert document.load(str(target)) == QtPdf.QPdfDocument.Error.None_
    assert document.pageCount() == 1
    size = document.pagePointSize(0)
    assert size.width() > size.height()  # landscape
    text = document.getAllText(0).text()
    for expected in ("Cnam Chaumont", "mar. 12/11", "sam. 16/11", "Licence informatique"):
        assert expected in text
    assert "Armistice 1918" in text
    assert "dim. 17/11" not in text  # no Sunday without an entry on it


# --- month view --------------------------------------------------------------------------


@pytest.fixture
def month(qtbot: Any) -> MonthCalendar:
    view = MonthCalendar()
    qtbot.addWidget(view)
    view.set_month(2019, 11)
    view.resize(1050, 760)
    view.show()
    qtbot.waitExposed(view)
    return view


def test_month_grid_covers_whole_weeks(month: MonthCalendar) -> None:
    days = month.visible_days()
    assert days[0] == date(2019, 10, 28) and days[-1] == date(2019, 12, 1)
    assert len(days) == 35
    for day in (date(2019, 10, 28), date(2019, 11, 14), date(2019, 12, 1)):
        assert month.day_at(month.day_rect(day).center()) == day
    first, eighth = month.day_rect(date(2019, 11, 1)), month.day_rect(date(2019, 11, 8))
    assert eighth.left() == pytest.approx(first.left())
    assert eighth.top() == pytest.approx(first.bottom())


def test_month_lines_and_more(month: MonthCalendar) -> None:
    busy = date(2019, 11, 19)
    entries = [entry(f"b{i}", busy, (8 + i, 0), (9 + i, 0), title=f"Cours {i}") for i in range(7)]
    entries.append(entry("eve", date(2019, 11, 12), (18, 0), (21, 0), title="Anglais"))
    entries.append(entry("am", date(2019, 11, 12), (9, 30), (12, 0), title="Droit"))
    month.set_entries(list(reversed(entries)))
    month.set_max_lines(4)
    assert month.day_lines(date(2019, 11, 12)) == ["09:30 Droit", "18:00 Anglais"]
    assert month.day_lines(busy) == ["08:00 Cours 0", "09:00 Cours 1", "10:00 Cours 2", "+4 autres"]
    assert month.day_lines(date(2019, 11, 13)) == []


def test_month_lines_fit_the_cell(qtbot: Any, month: MonthCalendar) -> None:
    busy = date(2019, 11, 19)
    month.set_entries([entry(f"b{i}", busy, (8 + i, 0), (9 + i, 0)) for i in range(12)])
    month.set_max_lines(50)
    lines = month.day_lines(busy)
    cell = month.day_rect(busy)
    assert 2 <= len(lines) < 12
    assert lines[-1] == f"+{12 - (len(lines) - 1)} autres"
    line_height = month.fontMetrics().height()
    assert len(lines) * line_height <= cell.height()


def test_month_marks_conflicts_and_activates(qtbot: Any, month: MonthCalendar) -> None:
    day = date(2019, 11, 14)
    clash = entry("clash", day, (18, 0), (21, 0), conflict="Formateur déjà pris")
    other = entry("other", date(2019, 11, 15), (9, 0), (12, 0))
    month.set_entries([clash, other])
    assert month.conflict_ids() == {"clash"}

    cell = month.day_rect(day)
    line_point = QPoint(round(cell.center().x()), 0)
    for y in range(round(cell.top()), round(cell.bottom())):
        if month.entry_at(QPointF(line_point.x(), y)) == clash:
            line_point.setY(y)
            break
    assert line_point.y() > cell.top()
    with qtbot.waitSignal(month.entryActivated, timeout=1000) as activated:
        qtbot.mouseDClick(month, LEFT, NO_MOD, line_point)
    assert activated.args == ["clash"]

    empty = QPoint(round(cell.center().x()), round(cell.bottom() - 4))
    with qtbot.waitSignal(month.dayActivated, timeout=1000) as day_activated:
        qtbot.mouseDClick(month, LEFT, NO_MOD, empty)
    assert day_activated.args == [day]


def test_month_keyboard(qtbot: Any, month: MonthCalendar) -> None:
    qtbot.mouseClick(month, LEFT, NO_MOD, month.day_rect(date(2019, 11, 28)).center().toPoint())
    assert month.focused_day() == date(2019, 11, 28)
    qtbot.keyClick(month, Qt.Key.Key_Right)
    qtbot.keyClick(month, Qt.Key.Key_Up)
    assert month.focused_day() == date(2019, 11, 22)
    with qtbot.waitSignal(month.dayActivated, timeout=1000) as activated:
        qtbot.keyClick(month, Qt.Key.Key_Return)
    assert activated.args == [date(2019, 11, 22)]
    with qtbot.waitSignal(month.monthChanged, timeout=1000) as changed:
        qtbot.keyClick(month, Qt.Key.Key_PageDown)
    assert changed.args == [2019, 12]
    assert month.focused_day() == date(2019, 12, 22)
    with qtbot.waitSignal(month.monthChanged, timeout=1000) as changed:
        for _ in range(2):
            qtbot.keyClick(month, Qt.Key.Key_Down)  # 29 December, then 5 January
    assert changed.args == [2020, 1]
    assert month.accessibleName() == "Calendrier, Janvier 2020"


# --- legend and navigation bar -----------------------------------------------------------


def test_legend_names_each_modality(qtbot: Any) -> None:
    legend = ModalityLegend()
    qtbot.addWidget(legend)
    legend.show()
    qtbot.waitExposed(legend)
    text = legend.accessibleDescription()
    for word in ("Présentiel : P", "à distance : D", "hybride : H", "conflit", "annulée"):
        assert word in text
    assert legend.sizeHint().width() > legend.fontMetrics().horizontalAdvance("Présentiel") * 3
    images = legend.grab().toImage()
    colours = {QColor(images.pixel(x, legend.height() // 2)).name() for x in range(images.width())}
    for modality in Modality:
        assert MODALITY_STYLES[modality].accent in colours


def test_nav_moves_by_week_and_month(qtbot: Any) -> None:
    nav = CalendarNav(today=lambda: date(2019, 11, 13))
    qtbot.addWidget(nav)
    assert nav.label.text() == "Semaine du 11 au 17 novembre 2019"
    with qtbot.waitSignal(nav.periodChanged, timeout=1000) as changed:
        qtbot.mouseClick(nav.next_button, LEFT)
    assert changed.args == ["week", date(2019, 11, 18)]
    with qtbot.waitSignal(nav.periodChanged, timeout=1000) as changed:
        qtbot.mouseClick(nav.month_button, LEFT)
    assert changed.args == ["month", date(2019, 11, 1)]
    assert nav.label.text() == "Novembre 2019"
    with qtbot.waitSignal(nav.periodChanged, timeout=1000) as changed:
        qtbot.mouseClick(nav.previous_button, LEFT)
    assert changed.args == ["month", date(2019, 10, 1)]
    with qtbot.waitSignal(nav.periodChanged, timeout=1000) as changed:
        qtbot.mouseClick(nav.today_button, LEFT)
    assert changed.args == ["month", date(2019, 11, 1)]
    with qtbot.waitSignal(nav.periodChanged, timeout=1000) as changed:
        qtbot.mouseClick(nav.week_button, LEFT)
    assert changed.args == ["week", date(2019, 11, 11)]  # today's week in that month
    nav.set_period("month", date(2020, 1, 17))
    assert nav.label.text() == "Janvier 2020" and nav.month_button.isChecked()


def test_tooltips_tell_the_session_and_the_closure(make_week: Any) -> None:
    clash = entry("clash", TUESDAY, (9, 0), (12, 0), conflict="Formateur déjà pris à Épinal")
    week = make_week([clash])
    week.set_closed_days({MONDAY: "Armistice 1918"})
    text = week.tooltip_at(week.entry_rect("clash").center())
    assert "Cours clash" in text and "09:00–12:00" in text
    assert "Formateur déjà pris à Épinal" in text
    assert week.tooltip_at(week.slot_rect(MONDAY, time(15), time(16)).center()) == "Armistice 1918"
    assert week.tooltip_at(week.slot_rect(WEDNESDAY, time(15), time(16)).center()) == ""


def test_month_tooltip_of_more_lists_the_whole_day(month: MonthCalendar) -> None:
    busy = date(2019, 11, 19)
    month.set_entries([entry(f"b{i}", busy, (8 + i, 0), (9 + i, 0)) for i in range(6)])
    month.set_max_lines(3)
    cell = month.day_rect(busy)
    more = next(
        QPointF(cell.center().x(), y)
        for y in range(round(cell.top()), round(cell.bottom()))
        if month.tooltip_at(QPointF(cell.center().x(), y)).count("<br>") == 5
    )
    assert month.entry_at(more) is None  # the « +4 autres » line
    assert "13:00–14:00 Cours b5" in month.tooltip_at(more)
