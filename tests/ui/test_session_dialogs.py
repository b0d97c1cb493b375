"""The session and series dialogs on the demo network: loading, round trip, enabled
fields, choices, validation and the live series preview."""

from __future__ import annotations

import sqlite3
import sys
import types
from datetime import date, time, timedelta
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import QTime
from PySide6.QtWidgets import QDateTimeEdit

from cnam_desktop.db.engine import Database
from cnam_desktop.domain.enums import Modality, SessionStatus
from cnam_desktop.domain.sessions import SessionData
from cnam_desktop.services.series import SeriesService
from cnam_desktop.services.sessions import SessionService
from cnam_desktop.ui.dialogs.series_dialog import SeriesDialog
from cnam_desktop.ui.dialogs.session_dialog import SessionDialog
from cnam_desktop.ui.dialogs.session_fields import PlanningChoices, load_planning_choices
from cnam_desktop.ui.widgets.step_time_edit import StepTimeEdit

TUESDAY = 1


def query(path: Path, sql: str, *args: Any) -> list[tuple[Any, ...]]:
    with sqlite3.connect(path) as conn:
        return conn.execute(sql, args).fetchall()


def offering_id(path: Path, code: str, site: str, period: str = "Rentrée 2026") -> str:
    rows = query(
        path,
        "SELECT o.id FROM offering o JOIN course c ON c.id = o.course_id "
        "JOIN site s ON s.id = o.site_id "
        "WHERE c.cnam_code = ? AND s.name = ? AND o.period_label = ?",
        code,
        site,
        period,
    )
    assert len(rows) == 1, (code, site, period)
    return str(rows[0][0])


@pytest.fixture
def choices(demo_db: Database) -> PlanningChoices:
    return load_planning_choices(demo_db)


def open_session(qtbot: Any, choices: PlanningChoices, data: SessionData, **kw: Any) -> Any:
    dialog = SessionDialog(None, choices, data, new=kw.pop("new", False), **kw)
    qtbot.addWidget(dialog)
    return dialog


def combo_ids(combo: Any) -> list[str]:
    return [combo.itemData(i) for i in range(combo.count())]


# --- session dialog ----------------------------------------------------------------------


def test_ok_on_existing_sessions_gives_them_back_unchanged(
    qtbot: Any, demo_db: Database, demo_db_path: Path, choices: PlanningChoices
) -> None:
    series = SeriesService(demo_db)
    picked = query(
        demo_db_path,
        "SELECT modality, min(id) FROM session WHERE deleted_at IS NULL GROUP BY modality",
    )
    assert {Modality(m) for m, _ in picked} == set(Modality)
    for _modality, session_id in picked:
        data = series.get(session_id)
        dialog = open_session(qtbot, choices, data, session_id=session_id, series_count=3)
        dialog.accept()
        assert dialog.result_data == data, dialog.summary_text()


def test_distance_session_with_guests_round_trip(
    qtbot: Any, demo_db: Database, demo_db_path: Path, choices: PlanningChoices
) -> None:
    host = offering_id(demo_db_path, "CC13200", "Cnam Verdun")
    guest = offering_id(demo_db_path, "CC13200", "Cnam Chaumont")
    data = SessionData(
        offering_id=host,
        day=date(2027, 1, 19),
        start_time=time(18, 5),
        end_time=time(20, 55),
        modality=Modality.DISTANCE,
        video_link="https://visio.exemple.fr/cc132",
        unit_code="CCE105",
        status=SessionStatus.CONFIRMED,
        guest_offering_ids=frozenset({guest}),
    )
    session_id = SessionService(demo_db).create(data)
    stored = SeriesService(demo_db).get(session_id)
    dialog = open_session(qtbot, choices, stored, session_id=session_id)
    assert dialog.ui.seriesLabel.isHidden()
    assert dialog.fields.checked_guests() == {guest}
    assert dialog.ui.guestsList.isEnabled()
    dialog.accept()
    assert dialog.result_data == stored


def test_series_session_says_so_and_keeps_its_offering(
    qtbot: Any, demo_db: Database, demo_db_path: Path, choices: PlanningChoices
) -> None:
    session_id = query(demo_db_path, "SELECT min(id) FROM session WHERE series_id IS NOT NULL")[0][
        0
    ]
    data = SeriesService(demo_db).get(session_id)
    dialog = open_session(qtbot, choices, data, session_id=session_id, series_count=27)
    assert dialog.ui.seriesLabel.text() == "Séance d'une série (27 séances)"
    assert not dialog.ui.offeringCombo.isEnabled()


def test_room_only_in_person_or_hybrid_link_and_guests_at_a_distance(
    qtbot: Any, demo_db_path: Path, choices: PlanningChoices
) -> None:
    lg = offering_id(demo_db_path, "LG03601", "Cnam Chaumont")  # allows every modality
    data = SessionData(lg, date(2027, 1, 12), time(18), time(21))
    dialog = open_session(qtbot, choices, data, new=True)
    ui = dialog.ui
    expected = {
        Modality.IN_PERSON: (True, False),
        Modality.DISTANCE: (False, True),
        Modality.HYBRID: (True, True),
    }
    for modality, (room, link) in expected.items():
        ui.modalityCombo.setCurrentIndex(ui.modalityCombo.findData(modality.value))
        assert ui.roomCombo.isEnabled() is room, modality
        assert ui.freeRoomButton.isEnabled() is room, modality
        assert ui.linkEdit.isEnabled() is link, modality
        assert ui.guestsList.isEnabled() is link, modality


def test_room_at_a_distance_is_dropped(
    qtbot: Any, demo_db_path: Path, choices: PlanningChoices
) -> None:
    lg = offering_id(demo_db_path, "LG03601", "Cnam Chaumont")
    room = query(demo_db_path, "SELECT id FROM room WHERE name LIKE 'Salle Bouchardon%'")[0][0]
    data = SessionData(lg, date(2027, 1, 12), time(18), time(21), room_id=room)
    dialog = open_session(qtbot, choices, data, new=True)
    ui = dialog.ui
    assert ui.roomCombo.currentData() == room
    ui.modalityCombo.setCurrentIndex(ui.modalityCombo.findData(Modality.DISTANCE.value))
    ui.linkEdit.setText("https://visio.exemple.fr/lg")
    dialog.accept()
    assert dialog.result_data is not None
    assert dialog.result_data.room_id is None
    assert dialog.result_data.video_link == "https://visio.exemple.fr/lg"


def test_modalities_are_the_course_s_and_rooms_the_site_s(
    qtbot: Any, demo_db_path: Path, choices: PlanningChoices
) -> None:
    cpn = offering_id(demo_db_path, "CPN8900", "Cnam Chaumont")
    allowed = query(
        demo_db_path,
        "SELECT c.allows_in_person, c.allows_distance, c.allows_hybrid FROM course c "
        "WHERE c.cnam_code = 'CPN8900'",
    )[0]
    rooms = query(
        demo_db_path,
        "SELECT r.id FROM room r JOIN premises p ON p.id = r.premises_id "
        "JOIN site s ON s.id = p.site_id WHERE s.name = 'Cnam Chaumont' "
        "AND r.deleted_at IS NULL AND p.deleted_at IS NULL",
    )
    dialog = open_session(qtbot, choices, SessionData(cpn, date(2027, 1, 12), time(9), time(12)))
    ui = dialog.ui
    modalities = [m.value for m, ok in zip(Modality, allowed, strict=True) if ok]
    assert combo_ids(ui.modalityCombo) == modalities
    assert combo_ids(ui.roomCombo)[0] == ""  # « Aucune salle (à définir) »
    assert set(combo_ids(ui.roomCombo)[1:]) == {r for (r,) in rooms}
    label = ui.offeringCombo.currentText()
    assert label.startswith("CPN8900 — ")
    assert label.endswith(" · Chaumont · Rentrée 2026")


def test_changing_offering_drops_a_modality_its_course_refuses(
    qtbot: Any, demo_db_path: Path, choices: PlanningChoices
) -> None:
    lg = offering_id(demo_db_path, "LG03601", "Cnam Chaumont")
    cpn = offering_id(demo_db_path, "CPN8900", "Cnam Chaumont")  # no distance
    dialog = open_session(qtbot, choices, SessionData(lg, date(2027, 1, 12), time(9), time(12)))
    ui = dialog.ui
    ui.modalityCombo.setCurrentIndex(ui.modalityCombo.findData(Modality.DISTANCE.value))
    ui.offeringCombo.setCurrentIndex(ui.offeringCombo.findData(cpn))
    assert Modality.DISTANCE.value not in combo_ids(ui.modalityCombo)
    assert ui.modalityCombo.currentData() == Modality.IN_PERSON.value  # the offering's
    assert ui.roomCombo.isEnabled()


def test_cancelled_offerings_are_not_offered_for_a_new_session(
    qtbot: Any, demo_db_path: Path, choices: PlanningChoices
) -> None:
    cancelled = {
        r[0] for r in query(demo_db_path, "SELECT id FROM offering WHERE status = 'cancelled'")
    }
    assert cancelled
    first = next(o.id for o in choices.offerings if o.id not in cancelled)
    dialog = open_session(qtbot, choices, SessionData(first, date(2027, 1, 12), time(9), time(12)))
    assert not cancelled & set(combo_ids(dialog.ui.offeringCombo))


def test_errors_are_shown_under_their_fields(
    qtbot: Any, demo_db_path: Path, choices: PlanningChoices
) -> None:
    lg = offering_id(demo_db_path, "LG03601", "Cnam Chaumont")
    dialog = open_session(qtbot, choices, SessionData(lg, date(2027, 1, 12), time(18), time(21)))
    ui = dialog.ui
    ui.endTimeEdit.setTime(QTime(17, 0))
    ui.modalityCombo.setCurrentIndex(ui.modalityCombo.findData(Modality.HYBRID.value))
    ui.linkEdit.setText("visio chez moi")
    ui.unitEdit.setText("n'importe quoi")
    dialog.accept()
    assert dialog.result_data is None
    assert dialog.error_text("end_time") is not None
    assert "visio chez moi" in (dialog.error_text("video_link") or "")
    assert (dialog.error_text("unit_code") or "").startswith("Unité d'enseignement")
    assert dialog.summary_text().startswith("La séance n'est pas enregistrée")


def test_time_arrows_step_five_minutes(qtbot: Any) -> None:
    edit = StepTimeEdit()
    qtbot.addWidget(edit)
    edit.setTime(QTime(18, 7))
    edit.setCurrentSection(QDateTimeEdit.Section.MinuteSection)
    edit.stepBy(1)
    assert edit.time() == QTime(18, 10)
    edit.stepBy(-1)
    assert edit.time() == QTime(18, 5)
    edit.stepBy(-2)
    assert edit.time() == QTime(17, 55)
    edit.setCurrentSection(QDateTimeEdit.Section.HourSection)
    edit.stepBy(1)
    assert edit.time() == QTime(18, 55)


# --- series dialog -----------------------------------------------------------------------


def closed_days(path: Path, site: str, *, school: bool) -> set[date]:
    """Days closed at a site of dept. 52 (no Alsace-Moselle days), read independently."""
    kinds = ("public_holiday", "site_closure", "school_break")[: 3 if school else 2]
    rows = query(
        path,
        "SELECT c.start_date, c.end_date, c.kind FROM closure c "
        "LEFT JOIN site s ON s.id = c.site_id WHERE c.deleted_at IS NULL "
        "AND c.subdivision IS NULL AND (c.site_id IS NULL OR s.name = ?)",
        site,
    )
    days: set[date] = set()
    for start, end, kind in rows:
        if kind not in kinds:
            continue
        day = date.fromisoformat(start)
        while day <= date.fromisoformat(end):
            days.add(day)
            day += timedelta(days=1)
    return days


def tuesdays(first: date, last: date) -> list[date]:
    day = first + timedelta(days=(TUESDAY - first.weekday()) % 7)
    found = []
    while day <= last:
        found.append(day)
        day += timedelta(days=7)
    return found


def open_series(qtbot: Any, demo_db: Database, choices: PlanningChoices, offering: str) -> Any:
    dialog = SeriesDialog(
        None, choices, SeriesService(demo_db).preview, offering_id=offering, today=date(2026, 9, 1)
    )
    qtbot.addWidget(dialog)
    dialog.ui.startDateEdit.setDate(date(2026, 9, 1))
    dialog.ui.endDateEdit.setDate(date(2027, 6, 30))
    dialog.set_weekdays({TUESDAY})
    return dialog


def test_series_preview_skips_toussaint_and_counts_the_rest(
    qtbot: Any, demo_db: Database, demo_db_path: Path, choices: PlanningChoices
) -> None:
    lg = offering_id(demo_db_path, "LG03601", "Cnam Chaumont")
    dialog = open_series(qtbot, demo_db, choices, lg)
    preview = dialog.refresh_preview()
    assert preview is not None
    all_days = tuesdays(date(2026, 9, 1), date(2027, 6, 30))
    closed = closed_days(demo_db_path, "Cnam Chaumont", school=True)
    kept = [d for d in all_days if d not in closed]
    skipped = len(all_days) - len(kept)
    ui = dialog.ui
    assert ui.countLabel.text() == f"{len(kept)} séances, {skipped} jours exclus"
    texts = dialog.skipped_texts()
    assert "mar. 20/10/2026 — Vacances de la Toussaint (zone B)" in texts
    assert "mar. 27/10/2026 — Vacances de la Toussaint (zone B)" in texts
    assert len(texts) == skipped
    assert ui.descriptionLabel.text().startswith("Tous les mardis du 1er septembre 2026")
    assert "mardi 1er septembre 2026" in ui.datesLabel.text()
    assert f"Dernière séance : mardi {kept[-1].day} juin 2027" in ui.datesLabel.text()


def test_series_preview_keeps_school_breaks_when_unticked(
    qtbot: Any, demo_db: Database, demo_db_path: Path, choices: PlanningChoices
) -> None:
    lg = offering_id(demo_db_path, "LG03601", "Cnam Chaumont")
    dialog = open_series(qtbot, demo_db, choices, lg)
    dialog.ui.skipSchoolCheck.setChecked(False)
    dialog.refresh_preview()
    all_days = tuesdays(date(2026, 9, 1), date(2027, 6, 30))
    closed = closed_days(demo_db_path, "Cnam Chaumont", school=False)
    assert not any("Toussaint" in t for t in dialog.skipped_texts())
    assert len(dialog.skipped_texts()) == sum(1 for d in all_days if d in closed)


def test_series_preview_follows_the_inputs_after_a_pause(
    qtbot: Any, demo_db: Database, demo_db_path: Path, choices: PlanningChoices
) -> None:
    lg = offering_id(demo_db_path, "LG03601", "Cnam Chaumont")
    dialog = open_series(qtbot, demo_db, choices, lg)
    dialog.refresh_preview()
    before = dialog.ui.countLabel.text()
    dialog.ui.everyWeeksSpin.setValue(2)  # debounced: nothing yet
    assert dialog.ui.countLabel.text() == before
    qtbot.waitUntil(lambda: dialog.ui.countLabel.text() != before)
    assert dialog.ui.descriptionLabel.text().startswith("Un mardi sur deux")


def test_series_errors_in_the_preview_then_under_the_fields(
    qtbot: Any, demo_db: Database, demo_db_path: Path, choices: PlanningChoices
) -> None:
    lg = offering_id(demo_db_path, "LG03601", "Cnam Chaumont")
    dialog = open_series(qtbot, demo_db, choices, lg)
    dialog.set_weekdays(set())
    dialog.ui.endDateEdit.setDate(date(2026, 8, 1))
    dialog.refresh_preview()
    message = dialog.ui.previewMessage.text()
    assert "Jours de la semaine : choisissez au moins un jour." in message
    assert dialog.ui.countLabel.text() == ""
    dialog.accept()
    assert dialog.result_data is None
    assert dialog.error_text("weekdays") == "Jours de la semaine : choisissez au moins un jour."
    assert (dialog.error_text("end_date") or "").startswith("Date de fin")


def test_series_dialog_gives_back_the_rule_and_template(
    qtbot: Any, demo_db: Database, demo_db_path: Path, choices: PlanningChoices
) -> None:
    lg = offering_id(demo_db_path, "LG03601", "Cnam Chaumont")
    dialog = open_series(qtbot, demo_db, choices, lg)
    ui = dialog.ui
    dialog.set_weekdays({1, 3})
    ui.everyWeeksSpin.setValue(2)
    ui.startTimeEdit.setTime(QTime(18, 30))
    ui.endTimeEdit.setTime(QTime(21, 30))
    ui.modalityCombo.setCurrentIndex(ui.modalityCombo.findData(Modality.DISTANCE.value))
    ui.linkEdit.setText("https://visio.exemple.fr/lg")
    ui.unitEdit.setText("nfe114")
    dialog.accept()
    request = dialog.result_data
    assert request is not None
    assert request.offering_id == lg
    assert request.rule.weekdays == {1, 3}
    assert request.rule.every_weeks == 2
    assert (request.rule.start_date, request.rule.end_date) == (date(2026, 9, 1), date(2027, 6, 30))
    assert request.rule.skip_school_breaks
    template = request.template
    assert (template.start_time, template.end_time) == (time(18, 30), time(21, 30))
    assert template.modality is Modality.DISTANCE
    assert template.unit_code == "NFE114"
    assert template.room_id is None


# --- « Trouver une salle libre… » ----------------------------------------------------------


class FakeFreeRoomDialog:
    """Stands for `free_room_dialog.FreeRoomDialog`: records the call, returns `answer`."""

    calls: list[dict[str, Any]] = []
    answer: str | None = None

    @classmethod
    def choose(
        cls,
        parent: Any,
        service: Any,
        slots: Any,
        learners: int,
        course_id: str,
        site_ids: Any = None,
        ignore_session_ids: Any = (),
    ) -> str | None:
        cls.calls.append(
            {
                "slots": list(slots),
                "learners": learners,
                "course_id": course_id,
                "site_ids": list(site_ids or ()),
                "ignore": tuple(ignore_session_ids),
            }
        )
        return cls.answer


@pytest.fixture
def fake_free_rooms(monkeypatch: pytest.MonkeyPatch) -> type[FakeFreeRoomDialog]:
    module = types.ModuleType("cnam_desktop.ui.dialogs.free_room_dialog")
    module.FreeRoomDialog = FakeFreeRoomDialog  # type: ignore[attr-defined]
    monkeypatch.setitem(sys.modules, module.__name__, module)
    FakeFreeRoomDialog.calls = []
    return FakeFreeRoomDialog


def test_free_room_button_searches_the_slot_and_selects_the_room(
    qtbot: Any,
    demo_db_path: Path,
    choices: PlanningChoices,
    fake_free_rooms: type[FakeFreeRoomDialog],
) -> None:
    cpn = offering_id(demo_db_path, "CPN8900", "Cnam Chaumont")
    site, course, enrolled, planned = query(
        demo_db_path,
        "SELECT site_id, course_id, enrolled_learners, planned_learners FROM offering WHERE id = ?",
        cpn,
    )[0]
    marne = query(demo_db_path, "SELECT id FROM room WHERE name LIKE 'Salle Marne%'")[0][0]
    fake_free_rooms.answer = marne
    data = SessionData(cpn, date(2027, 1, 12), time(14), time(17))
    dialog = open_session(qtbot, choices, data, session_id="s-1")
    dialog.ui.freeRoomButton.click()
    (call,) = fake_free_rooms.calls
    assert call == {
        "slots": [(date(2027, 1, 12), time(14), time(17))],
        "learners": enrolled or planned,
        "course_id": course,
        "site_ids": [site],
        "ignore": ("s-1",),
    }
    assert dialog.ui.roomCombo.currentData() == marne


def test_series_free_room_search_covers_every_day_of_the_preview(
    qtbot: Any,
    demo_db: Database,
    demo_db_path: Path,
    choices: PlanningChoices,
    fake_free_rooms: type[FakeFreeRoomDialog],
) -> None:
    lg = offering_id(demo_db_path, "LG03601", "Cnam Chaumont")
    fake_free_rooms.answer = None
    dialog = open_series(qtbot, demo_db, choices, lg)
    room_before = dialog.ui.roomCombo.currentData()
    dialog.ui.freeRoomButton.click()
    (call,) = fake_free_rooms.calls
    closed = closed_days(demo_db_path, "Cnam Chaumont", school=True)
    days = [d for d in tuesdays(date(2026, 9, 1), date(2027, 6, 30)) if d not in closed]
    assert call["slots"] == [(d, time(18), time(21)) for d in days]
    assert dialog.ui.roomCombo.currentData() == room_before  # cancelled: nothing chosen
