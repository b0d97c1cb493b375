"""Planning → Ouvertures and Séances on the demo network, the offering dialog and the
free-room dialog. Expected rows come from plain SQL on the database file, not from the
services the pages call."""

from __future__ import annotations

import sqlite3
from collections.abc import Callable
from dataclasses import replace
from datetime import date, time
from pathlib import Path
from typing import Any

from PySide6.QtCore import Qt

from cnam_desktop.domain.enums import Modality, OfferingStatus, SessionStatus
from cnam_desktop.domain.formatting import french_sort_key
from cnam_desktop.domain.offer_rows import OFFERING_SORT_KEYS, SESSION_SORT_KEYS
from cnam_desktop.domain.sessions import OfferingData
from cnam_desktop.services.free_rooms import FreeRoomService
from cnam_desktop.ui.areas import AREAS
from cnam_desktop.ui.dialogs.free_room_dialog import FreeRoomDialog, RoomPick
from cnam_desktop.ui.dialogs.offering_dialog import CourseChoice, OfferingDialog
from tests.ui.conftest import MessageRecorder, drive_modal

LIVE_OFFERINGS = (
    "SELECT o.id FROM offering o JOIN course c ON c.id = o.course_id "
    "JOIN site s ON s.id = o.site_id WHERE o.deleted_at IS NULL"
)
LIVE_SESSIONS = (
    "SELECT x.id FROM session x JOIN offering o ON o.id = x.offering_id "
    "WHERE x.deleted_at IS NULL AND o.deleted_at IS NULL"
)


def query(path: Path, sql: str, *args: Any) -> list[tuple[Any, ...]]:
    with sqlite3.connect(path) as conn:
        return conn.execute(sql, args).fetchall()


def ids_of(path: Path, sql: str, *args: Any) -> set[str]:
    return {row[0] for row in query(path, sql, *args)}


def planning(window: Any) -> Any:
    window.show_area(next(i for i, a in enumerate(AREAS) if a.key == "planning"))
    return window.page("planning")


def shown(page: Any) -> list[Any]:
    return [page.model.record(r) for r in range(page.model.rowCount())]


def choose(combo: Any, value: Any) -> None:
    index = combo.findData(value)
    assert index >= 0, value
    combo.setCurrentIndex(index)


def assert_ordered(values: list[Any], descending: bool, what: str) -> None:
    """Present values in order, empty ones (None) after them whatever the direction."""
    present = [v for v in values if v is not None]
    assert values[: len(present)] == present, (what, "empty values must come last")
    assert present == sorted(present, reverse=descending), (what, descending)


# --- Ouvertures --------------------------------------------------------------------------

OFFERING_KEYS: dict[str, Callable[[Any], Any]] = {
    "course": lambda r: french_sort_key(r.course_title),
    "code": lambda r: r.course_code,
    "site": lambda r: french_sort_key(r.site_name),
    "sector": lambda r: french_sort_key(r.sector_name),
    "period": lambda r: r.start_date,
    "modality": lambda r: list(Modality).index(r.modality),
    "planned": lambda r: r.planned_learners,
    "enrolled": lambda r: r.enrolled_learners,
    "status": lambda r: list(OfferingStatus).index(r.status),
    "session_count": lambda r: r.session_count,
    "next_session": lambda r: r.next_session,
}


def test_offerings_list_filters_and_model(
    demo_window: Any, demo_db_path: Path, qtmodeltester: Any
) -> None:
    page = planning(demo_window).offerings_page
    qtmodeltester.check(page.model)
    assert set(page.model.ids) == ids_of(demo_db_path, LIVE_OFFERINGS)
    assert page.ui.countLabel.text() == f"{page.model.rowCount()} ouvertures"

    site_id, site_name = query(
        demo_db_path, "SELECT id, name FROM site WHERE name = 'Cnam Chaumont'"
    )[0]
    choose(page.site_filter, site_id)
    assert set(page.model.ids) == ids_of(
        demo_db_path, LIVE_OFFERINGS + " AND o.site_id = ?", site_id
    )
    assert all(r.site_name == site_name for r in shown(page))

    choose(page.status_filter, OfferingStatus.RUNNING)
    choose(page.modality_filter, Modality.HYBRID)
    expected = ids_of(
        demo_db_path,
        LIVE_OFFERINGS + " AND o.site_id = ? AND o.status = 'running' AND o.modality = 'hybrid'",
        site_id,
    )
    assert expected and set(page.model.ids) == expected

    page.site_filter.setCurrentIndex(0)
    page.status_filter.setCurrentIndex(0)
    page.modality_filter.setCurrentIndex(0)
    sector_id = query(demo_db_path, "SELECT id FROM sector WHERE name = 'Numérique'")[0][0]
    choose(page.sector_filter, sector_id)
    assert set(page.model.ids) == ids_of(
        demo_db_path, LIVE_OFFERINGS + " AND c.sector_id = ?", sector_id
    )


def test_offerings_sort_by_every_column(demo_window: Any) -> None:
    page = planning(demo_window).offerings_page
    keys = {c.sort_key for c in page.model.columns}
    assert keys == set(OFFERING_SORT_KEYS)  # every key reachable from a column
    for index, column in enumerate(page.model.columns):
        for order in (Qt.SortOrder.AscendingOrder, Qt.SortOrder.DescendingOrder):
            page.model.sort(index, order)
            values = [OFFERING_KEYS[column.sort_key](r) for r in shown(page)]
            assert_ordered(values, order == Qt.SortOrder.DescendingOrder, column.title)


def test_enrolled_tooltip_gives_the_funding_split(demo_window: Any, demo_db_path: Path) -> None:
    page = planning(demo_window).offerings_page
    column = next(i for i, c in enumerate(page.model.columns) if c.title == "Inscrits")
    row = next(r for r in range(page.model.rowCount()) if page.model.record(r).funded_employer > 0)
    offering_id = page.model.record_id(row)
    cpf, employer, enrolled = query(
        demo_db_path,
        "SELECT funded_cpf, funded_employer, enrolled_learners FROM offering WHERE id = ?",
        offering_id,
    )[0]
    tip = page.model.data(page.model.index(row, column), Qt.ItemDataRole.ToolTipRole)
    assert tip.startswith(f"{enrolled} inscrit")
    assert f"employeur {employer}" in tip
    assert (f"CPF {cpf}" in tip) == (cpf > 0)


def test_select_is_not_toggled_by_a_held_ctrl(demo_window: Any, qtbot: Any) -> None:
    """After Ctrl+Z the page reselects the row while Ctrl is still down."""
    page = planning(demo_window).offerings_page
    first, second = page.model.record_id(0), page.model.record_id(1)
    page.select(first)
    qtbot.keyPress(page.ui.table, Qt.Key.Key_Control, Qt.KeyboardModifier.ControlModifier)
    try:
        for _twice in range(2):
            assert page.select(second)
            assert page.selected_ids() == [second] and page.current_id() == second
    finally:
        qtbot.keyRelease(page.ui.table, Qt.Key.Key_Control)


def test_dashboard_hints_open_the_right_tab_unfiltered(
    demo_window: Any, demo_db_path: Path
) -> None:
    area = planning(demo_window)
    offerings = area.offerings_page
    offerings.status_filter.setCurrentIndex(1)
    demo_window.open_filtered("planning", {"view": "offerings"})
    assert area.tabs.currentWidget() is offerings
    assert offerings.status_filter.currentIndex() == 0
    assert set(offerings.model.ids) == ids_of(demo_db_path, LIVE_OFFERINGS)

    sessions = area.sessions_page
    sessions.modality_filter.setCurrentIndex(1)
    week = {"view": "sessions", "week_start": date(2027, 1, 11), "week_end": date(2027, 1, 17)}
    demo_window.open_filtered("planning", week)
    assert area.tabs.currentWidget() is sessions
    assert sessions.period() == (date(2027, 1, 11), date(2027, 1, 17))
    assert sessions.modality_filter.currentIndex() == 0
    expected = ids_of(
        demo_db_path, LIVE_SESSIONS + " AND x.day BETWEEN '2027-01-11' AND '2027-01-17'"
    )
    assert expected and set(sessions.model.ids) == expected


def test_see_sessions_of_an_offering(demo_window: Any, demo_db_path: Path) -> None:
    area = planning(demo_window)
    offerings = area.offerings_page
    area.tabs.setCurrentWidget(offerings)
    sessions = area.sessions_page
    sessions.set_period(date(2030, 1, 1), None)  # narrowed: « Voir les séances » lifts it
    assert sessions.model.rowCount() == 0
    finished = next(r for r in shown(offerings) if r.status is OfferingStatus.FINISHED)
    assert offerings.select(finished.id)
    ((text, slot, enabled),) = offerings.extra_actions()
    assert text == "&Voir les séances" and enabled
    assert offerings.sessions_button.isEnabled()
    slot()
    assert area.tabs.currentWidget() is sessions
    assert sessions.offering_filter.currentData() == finished.id
    assert sessions.period() == (None, None)
    expected = ids_of(demo_db_path, LIVE_SESSIONS + " AND x.offering_id = ?", finished.id)
    assert expected and set(sessions.model.ids) == expected


def test_a_new_offering_is_offered_by_the_sessions_filter(
    demo_window: Any, monkeypatch: Any
) -> None:
    area = planning(demo_window)
    offerings = area.offerings_page
    template = offerings.operations.get(offerings.model.record_id(0))
    typed = replace(template, period_label="Printemps 2027", status=OfferingStatus.PLANNED)
    monkeypatch.setattr(offerings, "open_editor", lambda data: typed)
    combo = area.sessions_page.offering_filter
    before = combo.count()
    new_id = offerings.new_record()
    assert new_id is not None and combo.count() == before + 1
    assert "(Printemps 2027)" in combo.itemText(combo.findData(new_id))


# --- Séances -----------------------------------------------------------------------------

SESSION_KEYS: dict[str, Callable[[Any], Any]] = {
    "day": lambda r: (r.day, r.start_time),
    "time": lambda r: (r.start_time, r.end_time),
    "course": lambda r: french_sort_key(r.course_title),
    "code": lambda r: r.course_code,
    "site": lambda r: french_sort_key(r.site_name),
    "modality": lambda r: list(Modality).index(r.modality),
    "room": lambda r: french_sort_key(r.room_name) if r.room_name else None,
    "trainer": lambda r: 0 if r.trainer_name else None,  # last-name order: only blanks last
    "unit": lambda r: r.unit_code,
    "status": lambda r: list(SessionStatus).index(r.status),
    "series": lambda r: not r.in_series,
    "guests": lambda r: len(r.guest_site_names),
}


def test_sessions_list_filters_and_model(
    demo_window: Any, demo_db_path: Path, qtmodeltester: Any
) -> None:
    page = planning(demo_window).sessions_page
    monday = date.today().toordinal() - date.today().weekday()
    assert page.period() == (date.fromordinal(monday), None)  # opens on this week's Monday
    page.set_period(None, None)
    qtmodeltester.check(page.model)
    assert set(page.model.ids) == ids_of(demo_db_path, LIVE_SESSIONS)

    site_id = query(demo_db_path, "SELECT id FROM site WHERE name = 'Cnam Épinal'")[0][0]
    choose(page.site_filter, site_id)
    choose(page.modality_filter, Modality.DISTANCE)
    choose(page.status_filter, SessionStatus.PLANNED)
    page.set_period(date(2027, 1, 1), date(2027, 3, 31))
    expected = ids_of(
        demo_db_path,
        LIVE_SESSIONS + " AND o.site_id = ? AND x.modality = 'distance' "
        "AND x.status = 'planned' AND x.day BETWEEN '2027-01-01' AND '2027-03-31'",
        site_id,
    )
    assert expected and set(page.model.ids) == expected
    rows = shown(page)
    assert all(page.model.data(page.model.index(r, 6)) == "À distance" for r in range(len(rows)))
    offered = {page.offering_filter.itemData(i) for i in range(1, page.offering_filter.count())}
    assert offered == ids_of(
        demo_db_path,
        "SELECT id FROM offering WHERE site_id = ? AND deleted_at IS NULL "
        "AND status != 'cancelled'",
        site_id,
    )
    page.all_dates_button.click()
    assert page.period() == (None, None)
    assert len(page.model.ids) > len(expected)


def test_a_long_sessions_list_shows_its_head_then_reads_the_rest(
    demo_window: Any, demo_db_path: Path, qtmodeltester: Any, monkeypatch: Any
) -> None:
    from cnam_desktop.ui.models import id_table_model
    from cnam_desktop.ui.models.lazy_ids import LazyIds

    monkeypatch.setattr(id_table_model, "HEAD_IDS", 40)
    page = planning(demo_window).sessions_page
    page.set_period(None, None)
    every = [
        row[0] for row in query(demo_db_path, LIVE_SESSIONS + " ORDER BY x.day, x.start_time, x.id")
    ]
    ids = page.model._ids
    assert isinstance(ids, LazyIds) and not ids.complete
    assert page.model.rowCount() == len(every) > 40  # the count, before the ids
    assert [page.model.record_id(r) for r in range(40)] == every[:40]
    assert not ids.complete
    page.ui.table.scrollToBottom()  # the view asks for the last rows: the rest is read
    last = page.model.index(len(every) - 1, 0)
    assert page.model.data(last, id_table_model.ID_ROLE) == every[-1]
    assert ids.complete and list(page.model.ids) == every
    qtmodeltester.check(page.model)
    page.apply_filters()  # a fresh head: finding a record beyond it reads the rest
    assert not page.model._ids.complete
    assert page.select(every[-3]) and page.current_id() == every[-3]
    page.ui.table.selectAll()
    assert len(page.ui.table.selectionModel().selectedRows()) == len(every)


def test_sessions_sort_by_every_column(demo_window: Any) -> None:
    page = planning(demo_window).sessions_page
    page.set_period(date(2026, 9, 1), date(2026, 12, 31))
    keys = {c.sort_key for c in page.model.columns if c.sort_key is not None}
    assert keys == set(SESSION_SORT_KEYS)
    for index, column in enumerate(page.model.columns):
        if column.sort_key is None:
            continue
        for order in (Qt.SortOrder.AscendingOrder, Qt.SortOrder.DescendingOrder):
            page.model.sort(index, order)
            values = [SESSION_KEYS[column.sort_key](r) for r in shown(page)]
            assert_ordered(values, order == Qt.SortOrder.DescendingOrder, column.title)


def test_new_session_undo_delete_undo_through_the_flows(
    demo_window: Any, demo_db_path: Path, message_log: MessageRecorder
) -> None:
    area = planning(demo_window)
    page = area.sessions_page
    assert page.flows is area.flows
    offering = query(
        demo_db_path,
        "SELECT o.id FROM offering o JOIN course c ON c.id = o.course_id "
        "WHERE c.cnam_code = 'LG03601' AND o.period_label = 'Rentrée 2026' "
        "AND o.site_id = (SELECT id FROM site WHERE name = 'Cnam Chaumont')",
    )[0][0]
    page.show_offering(offering)
    count = page.model.rowCount()
    offerings = area.offerings_page
    counts_before = {r.id: r.session_count for r in shown(offerings)}

    def act(dialog: Any) -> None:
        assert dialog.ui.offeringCombo.currentData() == offering
        dialog.ui.dayEdit.setDate(date(2027, 2, 2))
        dialog.accept()

    driver = drive_modal(act)
    new_id = page.new_record()
    driver.check()
    assert new_id is not None and page.current_id() == new_id
    assert page.model.rowCount() == count + 1
    assert query(demo_db_path, "SELECT day FROM session WHERE id = ?", new_id) == [("2027-02-02",)]
    assert {r.id: r.session_count for r in shown(offerings)}[offering] == counts_before[
        offering
    ] + 1

    demo_window.undo_action.trigger()
    assert page.model.rowCount() == count
    demo_window.redo_action.trigger()
    assert page.model.rowCount() == count + 1

    assert page.select(new_id)
    assert page.cancel_button.isEnabled()
    assert page.cancel_current()
    assert query(demo_db_path, "SELECT status FROM session WHERE id = ?", new_id) == [
        ("cancelled",)
    ]
    font = page.model.data(page.model.index(page.model.row_of(new_id), 0), Qt.ItemDataRole.FontRole)
    assert font is not None and font.strikeOut()
    demo_window.undo_action.trigger()

    assert page.select(new_id)
    assert page.delete_selected()
    assert page.model.rowCount() == count
    assert query(
        demo_db_path, "SELECT deleted_at IS NOT NULL FROM session WHERE id = ?", new_id
    ) == [(1,)]
    demo_window.undo_action.trigger()
    assert page.model.rowCount() == count + 1
    assert query(demo_db_path, "SELECT status FROM session WHERE id = ?", new_id) == [("planned",)]
    assert not message_log.of_kind("error")


def test_sessions_page_actions_call_the_flows(demo_window: Any, monkeypatch: Any) -> None:
    page = planning(demo_window).sessions_page
    page.set_period(None, None)
    calls: list[tuple[str, Any]] = []
    flows = page.flows
    monkeypatch.setattr(flows, "edit_session", lambda i: calls.append(("edit", i)) or False)
    monkeypatch.setattr(flows, "new_series", lambda o=None: calls.append(("series", o)) or [])
    first = page.model.record(0)
    page.select(first.id)
    page.edit_current()
    texts = [text for text, _slot, _enabled in page.extra_actions()]
    assert texts == ["Nouvelle sé&rie…", "Annuler &la séance"]
    page.series_button.click()
    assert calls == [("edit", first.id), ("series", first.offering_id)]


# --- the offering dialog -----------------------------------------------------------------

COURSES = [
    CourseChoice("c-all", "NFE114 — Systèmes d'information", frozenset(Modality)),
    CourseChoice("c-dist", "CC13200 — Analyste en cybersécurité", frozenset({Modality.DISTANCE})),
]
SITES = [("s-1", "Cnam Chaumont"), ("s-2", "Cnam Épinal")]
RENTREE = OfferingData(
    course_id="c-all",
    site_id="s-2",
    period_label="Rentrée 2026",
    start_date=date(2026, 9, 14),
    end_date=date(2027, 6, 25),
    modality=Modality.HYBRID,
    planned_learners=14,
    enrolled_learners=12,
    funded_cpf=5,
    funded_employer=4,
    funded_jobseeker=2,
    funded_self=1,
    status=OfferingStatus.OPEN,
)


def modalities(dialog: OfferingDialog) -> list[str]:
    combo = dialog.ui.modalityCombo
    return [combo.itemData(i) for i in range(combo.count())]


def test_offering_dialog_round_trip(qtbot: Any) -> None:
    dialog = OfferingDialog(None, RENTREE, COURSES, SITES)
    qtbot.addWidget(dialog)
    assert dialog.windowTitle().startswith("Modifier l'ouverture")
    assert dialog.ui.fundingSumLabel.text() == "12 / 12 inscrits répartis"
    dialog.accept()
    assert dialog.result_data == RENTREE


def test_offering_dialog_round_trip_on_the_demo(demo_window: Any) -> None:
    page = planning(demo_window).offerings_page
    for row in range(0, page.model.rowCount(), 9):
        existing = page.operations.get(page.model.record_id(row))
        driver = drive_modal(lambda dialog: dialog.accept())
        assert page.open_editor(existing) == existing
        driver.check()


def test_offering_dialog_funding_message_under_its_field(qtbot: Any) -> None:
    dialog = OfferingDialog(None, RENTREE, COURSES, SITES)
    qtbot.addWidget(dialog)
    dialog.ui.enrolledSpin.setValue(14)
    assert dialog.ui.fundingSumLabel.text() == "12 / 14 inscrits répartis (2 à répartir)"
    dialog.accept()
    assert dialog.result_data is None
    assert dialog.error_text("funding") == (
        "Financements : 12 apprenants répartis pour 14 inscrits."
    )
    dialog.ui.selfSpin.setValue(3)
    assert dialog.ui.fundingSumLabel.text() == "14 / 14 inscrits répartis"
    dialog.accept()
    assert dialog.result_data is not None and dialog.result_data.funded_self == 3


def test_offering_dialog_modalities_follow_the_course(qtbot: Any) -> None:
    dialog = OfferingDialog(None, None, COURSES, SITES, site_id="s-1")
    qtbot.addWidget(dialog)
    assert dialog.windowTitle() == "Nouvelle ouverture"
    assert dialog.ui.siteCombo.currentData() == "s-1"
    choose(dialog.ui.courseCombo, "c-all")
    assert modalities(dialog) == [m.value for m in Modality]
    choose(dialog.ui.modalityCombo, Modality.HYBRID.value)
    choose(dialog.ui.courseCombo, "c-dist")
    assert modalities(dialog) == [Modality.DISTANCE.value]
    choose(dialog.ui.courseCombo, "c-all")
    assert dialog.ui.modalityCombo.currentData() == Modality.DISTANCE.value  # kept: allowed

    # An offering saved with a modality its course no longer allows keeps it, marked.
    kept = OfferingDialog(None, replace(RENTREE, course_id="c-dist"), COURSES, SITES)
    qtbot.addWidget(kept)
    assert modalities(kept) == [Modality.DISTANCE.value, Modality.HYBRID.value]
    assert kept.ui.modalityCombo.currentText().endswith("(non prévue par le parcours)")


# --- the free-room dialog ----------------------------------------------------------------


def free_rooms_by_sql(
    path: Path, slots: list[tuple[date, time, time]], learners: int, kind: str | None
) -> set[str]:
    """Live rooms of live sites, big enough, of the kind, with no live, not cancelled
    session of a live offering overlapping any slot."""
    rooms = ids_of(
        path,
        "SELECT r.id FROM room r JOIN premises p ON p.id = r.premises_id "
        "JOIN site s ON s.id = p.site_id WHERE r.deleted_at IS NULL AND p.deleted_at IS NULL "
        "AND s.deleted_at IS NULL AND r.capacity >= ? AND (? IS NULL OR r.kind = ?)",
        learners,
        kind,
        kind,
    )
    for day, start, end in slots:
        rooms -= ids_of(
            path,
            "SELECT x.room_id FROM session x JOIN offering o ON o.id = x.offering_id "
            "WHERE x.deleted_at IS NULL AND o.deleted_at IS NULL AND x.status != 'cancelled' "
            "AND x.day = ? AND x.start_time < ? AND x.end_time > ? AND x.room_id IS NOT NULL",
            day.isoformat(),
            end.strftime("%H:%M:%S.%f"),
            start.strftime("%H:%M:%S.%f"),
        )
    return rooms


def open_free_rooms(
    qtbot: Any, db: Any, slots: list[Any], learners: int, course_id: str | None, site_id: str
) -> FreeRoomDialog:
    """The dialog as the session dialog opens it: the offering's site first."""
    dialog = FreeRoomDialog(
        None,
        FreeRoomService(db),
        slots=slots,
        learners=learners,
        course_id=course_id,
        site_ids=[site_id],
    )
    qtbot.addWidget(dialog)
    return dialog


def test_free_room_dialog_lists_free_rooms(qtbot: Any, demo_db: Any, demo_db_path: Path) -> None:
    course_id, kind, site_id = query(
        demo_db_path,
        "SELECT c.id, c.required_room_kind, o.site_id FROM offering o "
        "JOIN course c ON c.id = o.course_id JOIN site s ON s.id = o.site_id "
        "WHERE c.cnam_code = 'CC13200' AND s.name = 'Cnam Chaumont' "
        "AND o.period_label = 'Rentrée 2026'",
    )[0]
    slots = [(date(2026, 11, 24), time(18), time(21)), (date(2026, 12, 1), time(18), time(21))]
    dialog = open_free_rooms(qtbot, demo_db, slots, 12, course_id, site_id)
    assert dialog.ui.scopeCombo.currentText() == "Ce site seulement"
    assert {r.site_id for r in dialog.rooms} <= {site_id}
    choose_all = dialog.ui.scopeCombo
    choose_all.setCurrentIndex(choose_all.findText("Tous les sites"))
    free = {r.room_id for r in dialog.rooms if r.availability == "libre"}
    assert free and free == free_rooms_by_sql(demo_db_path, slots, 12, kind)
    table = dialog.ui.roomTable
    assert table.rowCount() == len(dialog.rooms)
    assert table.item(0, 6).text() == dialog.rooms[0].availability

    dialog.ui.learnersSpin.setValue(14)
    qtbot.waitUntil(lambda: all(r.capacity >= 14 for r in dialog.rooms))
    free = {r.room_id for r in dialog.rooms if r.availability == "libre"}
    assert free == free_rooms_by_sql(demo_db_path, slots, 14, kind)


def query_site(db: Any, name: str) -> str:
    return str(query(db.path, "SELECT id FROM site WHERE name = ?", name)[0][0])


def test_free_room_of_another_site_is_shown_not_taken(qtbot: Any, demo_db: Any) -> None:
    site_id = query_site(demo_db, "Cnam Chaumont")
    sundays = [(date(2026, 11, 29), time(18), time(21)), (date(2026, 12, 6), time(18), time(21))]
    dialog = open_free_rooms(qtbot, demo_db, sundays, 10, None, site_id)
    scope = dialog.ui.scopeCombo
    scope.setCurrentIndex(scope.findText("Tous les sites"))
    table = dialog.ui.roomTable
    ok = dialog.ui.buttonBox.button(dialog.ui.buttonBox.StandardButton.Ok)
    assert dialog.rooms[dialog.ui.roomTable.currentRow()].site_id == site_id  # own site first
    elsewhere = next(i for i, r in enumerate(dialog.rooms) if r.site_id != site_id)
    table.selectRow(elsewhere)
    assert not ok.isEnabled() and "autre site" in dialog.ui.messageLabel.text()
    dialog.accept()
    assert dialog.chosen_room_id is None
    own = next(i for i, r in enumerate(dialog.rooms) if r.site_id == site_id)
    table.selectRow(own)
    assert ok.isEnabled() and not dialog.ui.messageLabel.text()
    dialog.accept()
    assert dialog.chosen_room_id == dialog.rooms[own].room_id


def test_free_room_choose_returns_the_room_double_clicked(
    qtbot: Any, demo_db: Any, demo_db_path: Path
) -> None:
    slots = [(date(2027, 1, 12), time(14), time(17))]

    def act(dialog: Any) -> None:
        table = dialog.ui.roomTable
        assert table.rowCount() >= 2
        picked.append(dialog.rooms[1].room_id)
        spot = table.visualRect(table.model().index(1, 2)).center()
        qtbot.mouseClick(table.viewport(), Qt.MouseButton.LeftButton, pos=spot)
        qtbot.mouseDClick(table.viewport(), Qt.MouseButton.LeftButton, pos=spot)
        assert not dialog.isVisible()  # else the driver rejects it and the test fails

    picked: list[str] = []
    driver = drive_modal(act)
    room_id = FreeRoomDialog.choose(None, FreeRoomService(demo_db), slots, 10, None)
    driver.check()
    assert room_id == picked[0]
    assert room_id in free_rooms_by_sql(demo_db_path, slots, 10, None)

    driver = drive_modal(lambda dialog: dialog.reject())
    assert FreeRoomDialog.choose(None, FreeRoomService(demo_db), slots, 10, None) is None
    driver.check()


def test_free_room_browse_has_inputs_and_gives_the_slot(
    qtbot: Any, demo_db: Any, demo_db_path: Path
) -> None:
    sites = query(demo_db_path, "SELECT id, name FROM site WHERE deleted_at IS NULL")

    def act(dialog: Any) -> None:
        ui = dialog.ui
        assert ui.slotGroup.isVisible() and not ui.slotSummary.isVisible()
        ui.startEdit.setTime(ui.startEdit.time().fromString("09:00", "HH:mm"))
        ui.endEdit.setTime(ui.endEdit.time().fromString("12:00", "HH:mm"))
        ui.learnersSpin.setValue(16)
        dialog.refresh()
        assert all(r.capacity >= 16 for r in dialog.rooms)
        ui.endEdit.setTime(ui.endEdit.time().fromString("08:00", "HH:mm"))
        dialog.refresh()
        assert dialog.rooms == [] and "postérieure au début" in ui.messageLabel.text()
        ui.endEdit.setTime(ui.endEdit.time().fromString("12:00", "HH:mm"))
        dialog.refresh()
        ui.roomTable.selectRow(0)
        dialog.accept()

    driver = drive_modal(act)
    pick = FreeRoomDialog.browse(None, FreeRoomService(demo_db), sites=sites, day=date(2027, 1, 13))
    driver.check()
    assert isinstance(pick, RoomPick)
    assert (pick.day, pick.start, pick.end) == (date(2027, 1, 13), time(9), time(12))
    slots = [(pick.day, pick.start, pick.end)]
    assert pick.room_id in free_rooms_by_sql(demo_db_path, slots, 16, None)


def test_planning_area_tabs(demo_window: Any) -> None:
    from cnam_desktop.ui.views.calendar_page import CalendarPage
    from cnam_desktop.ui.views.conflicts_page import ConflictsPage

    area = planning(demo_window)
    labels = [area.tabs.tabText(i) for i in range(area.tabs.count())]
    assert labels == [
        "&Calendrier",
        "S&éances",
        "&Ouvertures",
        "Confl&its",
        "Fermetures et &jours fériés",
    ]
    assert isinstance(area.tabs.widget(0), CalendarPage)
    assert isinstance(area.tabs.widget(3), ConflictsPage)
    assert area.calendar_page.flows is area.flows
    assert area.free_room_button.isEnabled()


def test_free_room_button_plans_a_session_in_the_room_found(
    demo_window: Any, demo_db_path: Path, monkeypatch: Any
) -> None:
    area = planning(demo_window)
    course_id, site_id, offering = query(
        demo_db_path,
        "SELECT o.course_id, o.site_id, o.id FROM offering o JOIN course c ON c.id = o.course_id "
        "JOIN site s ON s.id = o.site_id WHERE c.cnam_code = 'LG03601' "
        "AND s.name = 'Cnam Chaumont' AND o.period_label = 'Rentrée 2026'",
    )[0]
    pick = RoomPick("room-1", site_id, date(2027, 1, 13), time(9), time(12), course_id)
    browsed: list[dict[str, Any]] = []

    def browse(_parent: Any, _service: Any, **kw: Any) -> RoomPick:
        browsed.append(kw)
        return pick

    asked: list[dict[str, Any]] = []
    monkeypatch.setattr(FreeRoomDialog, "browse", browse)
    monkeypatch.setattr(area.flows, "new_session", lambda **kw: asked.append(kw) or ["s-new"])
    area.free_room_button.click()
    courses = dict(browsed[0]["courses"])
    assert course_id in courses and dict(browsed[0]["sites"])[site_id] == "Cnam Chaumont"
    assert asked == [
        {
            "room_id": "room-1",
            "day": date(2027, 1, 13),
            "start": time(9),
            "end": time(12),
            "offering_id": offering,  # the latest running offering of the course there
        }
    ]
    assert area.tabs.currentWidget() is area.sessions_page


def test_a_conflict_opens_its_session_in_the_session_dialog(qtbot: Any, demo_window: Any) -> None:
    """Planning → Conflits: activating a conflict opens its session (through the flows)."""
    area = planning(demo_window)
    area.tabs.setCurrentWidget(area.conflicts_page)
    page = area.conflicts_page
    qtbot.waitUntil(lambda: page.model.rowCount() > 0, timeout=10_000)
    seen: list[str] = []

    def look(dialog: Any) -> None:
        seen.append(type(dialog).__name__)
        dialog.reject()

    driver = drive_modal(look)
    session_id = page.open_row(0)
    driver.check()
    assert session_id is not None
    assert seen == ["SessionDialog"]
