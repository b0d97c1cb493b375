"""SessionFlows on the demo network through the real main window: create (a session, a
series), edit with a scope, move, cancel and delete, each checked against the database
with plain SQL, then undone and redone through Édition → Annuler / Rétablir."""

from __future__ import annotations

from datetime import date, time
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import QTime

from cnam_desktop.domain.enums import Modality
from cnam_desktop.ui.session_flows import SessionFlows
from tests.ui.conftest import MessageRecorder, drive_modal
from tests.ui.test_session_dialogs import closed_days, offering_id, query, tuesdays

ROOM = "SELECT id FROM room WHERE name LIKE ?"
LIVE = "deleted_at IS NULL"


@pytest.fixture
def flows(demo_window: Any) -> SessionFlows:
    flows = SessionFlows(demo_window, demo_window.undo_stack)
    flows.set_workspace(demo_window.workspace)
    return flows


@pytest.fixture
def statuses(flows: SessionFlows) -> list[str]:
    said: list[str] = []
    flows.statusMessage.connect(said.append)
    return said


def room_id(path: Path, name: str) -> str:
    return str(query(path, ROOM, f"{name}%")[0][0])


def session_at(path: Path, code: str, day: str, start: str) -> str:
    """The Chaumont session of course `code` on `day` at `start` (HH:MM)."""
    rows = query(
        path,
        "SELECT x.id FROM session x JOIN offering o ON o.id = x.offering_id "
        "JOIN course c ON c.id = o.course_id JOIN site s ON s.id = o.site_id "
        "WHERE c.cnam_code = ? AND s.name = 'Cnam Chaumont' AND x.day = ? "
        "AND substr(x.start_time, 1, 5) = ? AND x.deleted_at IS NULL",
        code,
        day,
        start,
    )
    assert len(rows) == 1
    return str(rows[0][0])


def series_of(path: Path, session_id: str) -> str:
    return str(query(path, "SELECT series_id FROM session WHERE id = ?", session_id)[0][0])


def live_ids(path: Path, where: str, *args: Any) -> set[str]:
    return {r[0] for r in query(path, f"SELECT id FROM session WHERE {LIVE} AND {where}", *args)}


def snapshot(path: Path, series_id: str) -> list[tuple[Any, ...]]:
    return query(
        path,
        "SELECT id, day, start_time, end_time, room_id, unit_code, status, deleted_at "
        "FROM session WHERE series_id = ? ORDER BY id",
        series_id,
    )


# --- creating ----------------------------------------------------------------------------


def test_new_session_conflict_keeps_the_dialog_open_then_saves(
    flows: SessionFlows, demo_window: Any, demo_db_path: Path, message_log: MessageRecorder
) -> None:
    lg = offering_id(demo_db_path, "LG03601", "Cnam Chaumont")
    daguerre = room_id(demo_db_path, "Salle Daguerre")
    before = live_ids(demo_db_path, "offering_id = ?", lg)

    def act(dialog: Any) -> None:
        ui = dialog.ui
        assert ui.roomCombo.currentData() == daguerre
        ui.modalityCombo.setCurrentIndex(ui.modalityCombo.findData(Modality.IN_PERSON.value))
        message_log.confirm_answer = False  # « Revenir à la saisie »
        dialog.accept()
        assert dialog.isVisible()
        assert ui.roomCombo.currentData() == daguerre  # what was typed is kept
        assert live_ids(demo_db_path, "offering_id = ?", lg) == before
        message_log.confirm_answer = True  # « Enregistrer malgré tout »
        dialog.accept()

    driver = drive_modal(act)
    created = flows.new_session(
        offering_id=lg, day=date(2027, 1, 12), start=time(18), end=time(21), room_id=daguerre
    )
    driver.check()
    asks = message_log.of_kind("confirm")
    assert len(asks) == 2
    assert asks[0].title == "Conflits de planning"
    assert "réservée deux fois le" in asks[0].text
    assert len(created) == 1
    row = query(
        demo_db_path,
        "SELECT day, start_time, room_id, modality, deleted_at FROM session WHERE id = ?",
        created[0],
    )
    assert row == [("2027-01-12", "18:00:00.000000", daguerre, "in_person", None)]
    demo_window.undo_action.trigger()
    assert live_ids(demo_db_path, "offering_id = ?", lg) == before
    demo_window.redo_action.trigger()
    assert live_ids(demo_db_path, "offering_id = ?", lg) == before | set(created)


def test_new_series_creates_its_sessions_then_undo_and_redo(
    flows: SessionFlows, demo_window: Any, demo_db_path: Path, statuses: list[str]
) -> None:
    lg = offering_id(demo_db_path, "LG03601", "Cnam Chaumont")

    def act(dialog: Any) -> None:
        ui = dialog.ui
        ui.startDateEdit.setDate(date(2026, 9, 1))
        ui.endDateEdit.setDate(date(2027, 6, 30))
        dialog.set_weekdays({1})
        ui.modalityCombo.setCurrentIndex(ui.modalityCombo.findData(Modality.DISTANCE.value))
        ui.linkEdit.setText("https://visio.exemple.fr/lg036")
        dialog.accept()

    driver = drive_modal(act)
    created = flows.new_series(lg)
    driver.check()
    all_days = tuesdays(date(2026, 9, 1), date(2027, 6, 30))
    closed = closed_days(demo_db_path, "Cnam Chaumont", school=True)
    expected = [d.isoformat() for d in all_days if d not in closed]
    series_id = series_of(demo_db_path, created[0])
    days = query(
        demo_db_path,
        f"SELECT day FROM session WHERE series_id = ? AND {LIVE} ORDER BY day",
        series_id,
    )
    assert [d for (d,) in days] == expected
    assert len(created) == len(expected)
    skipped = len(all_days) - len(expected)
    assert statuses[-1] == f"{len(expected)} séances créées ({skipped} jours exclus)."

    demo_window.undo_action.trigger()
    assert live_ids(demo_db_path, "series_id = ?", series_id) == set()
    demo_window.redo_action.trigger()
    assert live_ids(demo_db_path, "series_id = ?", series_id) == set(created)


# --- editing with a scope ----------------------------------------------------------------


@pytest.mark.parametrize("answer", [0, 1, 2], ids=["this", "following", "all"])
def test_edit_series_session_with_each_scope(
    answer: int,
    flows: SessionFlows,
    demo_window: Any,
    demo_db_path: Path,
    message_log: MessageRecorder,
) -> None:
    edited = session_at(demo_db_path, "LG03601", "2027-01-13", "18:00")
    series_id = series_of(demo_db_path, edited)
    whole = live_ids(demo_db_path, "series_id = ?", series_id)
    following = live_ids(demo_db_path, "series_id = ? AND day >= '2027-01-13'", series_id)
    expected = [{edited}, following, whole][answer]
    assert len({edited}) < len(following) < len(whole)
    before = snapshot(demo_db_path, series_id)
    assert all(row[5] != "NFA031" for row in before)
    message_log.choose_answer = answer

    def act(dialog: Any) -> None:
        assert dialog.ui.seriesLabel.text() == f"Séance d'une série ({len(whole)} séances)"
        dialog.ui.unitEdit.setText("NFA031")
        dialog.accept()

    driver = drive_modal(act)
    assert flows.edit_session(edited)
    driver.check()
    (ask,) = message_log.of_kind("choose")
    assert ask.title == "Modifier une séance de série"
    assert f"Cette séance et les suivantes ({len(following)} séances)" in ask.text
    assert f"Toute la série ({len(whole)} séances)" in ask.text
    with_code = "series_id = ? AND unit_code = 'NFA031'"
    assert live_ids(demo_db_path, with_code, series_id) == expected
    demo_window.undo_action.trigger()
    assert snapshot(demo_db_path, series_id) == before
    demo_window.redo_action.trigger()
    assert live_ids(demo_db_path, with_code, series_id) == expected


def test_changing_the_date_of_a_series_session_offers_this_one_only(
    flows: SessionFlows, demo_db_path: Path, message_log: MessageRecorder
) -> None:
    edited = session_at(demo_db_path, "LG03601", "2027-01-13", "18:00")
    series_id = series_of(demo_db_path, edited)

    def act(dialog: Any) -> None:
        dialog.ui.dayEdit.setDate(date(2027, 1, 14))
        dialog.accept()

    driver = drive_modal(act)
    assert flows.edit_session(edited)
    driver.check()
    (ask,) = message_log.of_kind("choose")
    assert ask.text.endswith("\nCette séance")  # the only option
    assert "Sa date change" in ask.text
    assert live_ids(demo_db_path, "series_id = ? AND day = '2027-01-14'", series_id) == {edited}


def test_scope_edit_checks_the_conflicts_of_every_session_it_changes(
    flows: SessionFlows, demo_db_path: Path, message_log: MessageRecorder
) -> None:
    edited = session_at(demo_db_path, "LG03601", "2027-01-13", "18:00")
    series_id = series_of(demo_db_path, edited)
    following = live_ids(demo_db_path, "series_id = ? AND day >= '2027-01-13'", series_id)
    before = snapshot(demo_db_path, series_id)
    daguerre = room_id(demo_db_path, "Salle Daguerre")
    message_log.choose_answer = 1  # this one and the following
    message_log.confirm_answer = False

    def act(dialog: Any) -> None:
        ui = dialog.ui
        ui.startTimeEdit.setTime(QTime(9, 0))  # Daguerre is taken on Wednesday mornings
        ui.endTimeEdit.setTime(QTime(12, 0))
        ui.roomCombo.setCurrentIndex(ui.roomCombo.findData(daguerre))
        dialog.accept()
        assert dialog.isVisible()
        dialog.reject()

    driver = drive_modal(act)
    assert not flows.edit_session(edited)
    driver.check()
    (ask,) = message_log.of_kind("confirm")
    assert ask.text.startswith(f"Enregistrer ces {len(following)} séances créerait")
    assert ask.text.count("réservée deux fois") > 1  # not only the edited session's
    assert snapshot(demo_db_path, series_id) == before


# --- moving, cancelling, deleting ----------------------------------------------------------


def test_move_session_asks_about_the_conflict_and_keeps_the_duration(
    flows: SessionFlows, demo_window: Any, demo_db_path: Path, message_log: MessageRecorder
) -> None:
    moved = session_at(demo_db_path, "CC13200", "2027-01-12", "18:00")
    slot = "SELECT day, start_time, end_time FROM session WHERE id = ?"
    before = query(demo_db_path, slot, moved)
    message_log.confirm_answer = False
    assert not flows.move_session(moved, date(2027, 1, 11), time(9, 0))
    assert "réservée deux fois" in message_log.of_kind("confirm")[0].text
    assert query(demo_db_path, slot, moved) == before
    message_log.confirm_answer = True
    assert flows.move_session(moved, date(2027, 1, 11), time(9, 0))
    assert query(demo_db_path, slot, moved) == [
        ("2027-01-11", "09:00:00.000000", "12:00:00.000000")
    ]
    demo_window.undo_action.trigger()
    assert query(demo_db_path, slot, moved) == before


def test_delete_series_session_and_the_following_then_undo(
    flows: SessionFlows, demo_window: Any, demo_db_path: Path, message_log: MessageRecorder
) -> None:
    edited = session_at(demo_db_path, "LG03601", "2027-01-13", "18:00")
    series_id = series_of(demo_db_path, edited)
    whole = live_ids(demo_db_path, "series_id = ?", series_id)
    following = live_ids(demo_db_path, "series_id = ? AND day >= '2027-01-13'", series_id)
    message_log.choose_answer = 1
    assert flows.delete_sessions([edited])
    assert message_log.of_kind("choose")[0].title == "Supprimer une séance de série"
    assert live_ids(demo_db_path, "series_id = ?", series_id) == whole - following
    demo_window.undo_action.trigger()
    assert live_ids(demo_db_path, "series_id = ?", series_id) == whole
    demo_window.redo_action.trigger()
    assert live_ids(demo_db_path, "series_id = ?", series_id) == whole - following


def test_delete_several_sessions_confirms_the_count(
    flows: SessionFlows, demo_window: Any, demo_db_path: Path, message_log: MessageRecorder
) -> None:
    picked = [r[0] for r in query(demo_db_path, "SELECT id FROM session ORDER BY id LIMIT 3")]
    message_log.confirm_answer = False
    assert not flows.delete_sessions(picked)
    assert live_ids(demo_db_path, "1") >= set(picked)
    message_log.confirm_answer = True
    assert flows.delete_sessions(picked)
    assert message_log.of_kind("confirm")[-1].text.startswith("Supprimer 3 séances ?")
    assert not live_ids(demo_db_path, "1") & set(picked)
    demo_window.undo_action.trigger()
    assert live_ids(demo_db_path, "1") >= set(picked)


def test_cancel_a_whole_series_leaves_done_sessions_then_undo(
    flows: SessionFlows, demo_window: Any, demo_db_path: Path, message_log: MessageRecorder
) -> None:
    edited = session_at(demo_db_path, "LG03601", "2027-01-13", "18:00")
    series_id = series_of(demo_db_path, edited)
    before = snapshot(demo_db_path, series_id)
    done = live_ids(demo_db_path, "series_id = ? AND status = 'done'", series_id)
    assert done
    message_log.choose_answer = 2
    assert flows.cancel_session(edited)
    cancelled = live_ids(demo_db_path, "series_id = ? AND status = 'cancelled'", series_id)
    assert cancelled == live_ids(demo_db_path, "series_id = ?", series_id) - done
    demo_window.undo_action.trigger()
    assert snapshot(demo_db_path, series_id) == before


def test_undo_and_redo_emit_changed(
    qtbot: Any, flows: SessionFlows, demo_window: Any, demo_db_path: Path
) -> None:
    moved = session_at(demo_db_path, "LG03601", "2027-01-13", "18:00")
    with qtbot.waitSignal(flows.changed, timeout=1000):
        assert flows.move_session(moved, date(2027, 1, 13), time(18, 30))
    with qtbot.waitSignal(flows.changed, timeout=1000):
        demo_window.undo_action.trigger()
    with qtbot.waitSignal(flows.changed, timeout=1000):
        demo_window.redo_action.trigger()


def test_nothing_happens_without_a_workspace(qtbot: Any, demo_window: Any) -> None:
    flows = SessionFlows(demo_window, demo_window.undo_stack)
    flows.set_workspace(None)
    assert flows.new_session() == []
    assert flows.new_series() == []
    assert not flows.edit_session("x")
    assert not flows.delete_sessions(["x"])
    with pytest.raises(TypeError):
        flows.new_session(colour="red")


def test_ok_without_changes_saves_nothing_and_pushes_nothing(
    flows: SessionFlows, demo_window: Any, demo_db_path: Path, message_log: MessageRecorder
) -> None:
    edited = session_at(demo_db_path, "LG03601", "2027-01-13", "18:00")
    before = snapshot(demo_db_path, series_of(demo_db_path, edited))
    count = demo_window.undo_stack.count()
    driver = drive_modal(lambda dialog: dialog.accept())
    assert not flows.edit_session(edited)
    driver.check()
    assert message_log.calls == []  # no scope asked, no conflict shown
    assert demo_window.undo_stack.count() == count
    assert snapshot(demo_db_path, series_of(demo_db_path, edited)) == before


def test_a_deleted_session_cannot_be_edited(
    flows: SessionFlows, demo_db_path: Path, message_log: MessageRecorder
) -> None:
    edited = session_at(demo_db_path, "LG03601", "2027-01-13", "18:00")
    message_log.choose_answer = 0
    assert flows.delete_sessions([edited])
    assert not flows.edit_session(edited)
    (error,) = message_log.of_kind("error")
    assert error.text.startswith("Séance introuvable")
