"""The .ics writer, checked by parsing its files back with the `icalendar` package."""

from __future__ import annotations

import os
from datetime import UTC, date, datetime, time, timedelta
from pathlib import Path

import icalendar
import pytest

from cnam_desktop.domain.enums import Modality
from cnam_desktop.reports.ical import SessionEvent, write_ics

CREATED = datetime(2026, 9, 1, 8, 0, 0)  # naive UTC, as stored


def _event(session_id: str, day: date, **kw: object) -> SessionEvent:
    values: dict[str, object] = {
        "start_time": time(18, 0),
        "end_time": time(21, 0),
        "course_code": "NFE114",
        "course_title": "Systèmes d'information",
        "modality": Modality.IN_PERSON,
        "room_name": "Salle 2",
        "premises_name": "Espace Bouchardon",
        "town": "Chaumont",
        "trainer_name": "Claire Martin",
        "site_name": "Cnam Chaumont",
        "created_at": CREATED,
        "updated_at": CREATED,
    }
    values.update(kw)
    return SessionEvent(session_id=session_id, day=day, **values)  # type: ignore[arg-type]


def _read(path: Path) -> icalendar.Calendar:
    return icalendar.Calendar.from_ical(path.read_bytes())


def _events(calendar: icalendar.Calendar) -> dict[str, icalendar.Event]:
    return {str(e["uid"]): e for e in calendar.walk("VEVENT")}


EVENTS = [
    # Either side of the end of summer time (25 October 2026): 18:00 both times.
    _event("s-before", date(2026, 10, 22)),
    _event("s-after", date(2026, 10, 29)),
    _event(
        "s-remote",
        date(2026, 11, 12),
        modality=Modality.DISTANCE,
        room_name=None,
        premises_name=None,
        video_link="https://visio.exemple.fr/nfe114",
        guest_sites=("Cnam Langres", "Cnam Saint-Dizier"),
        unit_code="NFE114",
    ),
    _event("s-cancelled", date(2026, 11, 19), cancelled=True),
]


def test_calendar_parses_back_with_one_event_per_session(tmp_path: Path) -> None:
    path = tmp_path / "exports" / "planning.ics"
    assert write_ics(path, EVENTS, "Planning — Vitry-le-François") == 4
    calendar = _read(path)
    assert str(calendar["version"]) == "2.0"
    assert str(calendar["prodid"]).startswith("-//")
    assert str(calendar["x-wr-calname"]) == "Planning — Vitry-le-François"
    events = _events(calendar)
    assert sorted(events) == sorted(
        f"{sid}@cnam-desktop" for sid in ("s-before", "s-after", "s-remote", "s-cancelled")
    )
    # The file uses CRLF line ends (RFC 5545 §3.1).
    raw = path.read_bytes()
    assert raw.count(b"\r\n") == raw.count(b"\n")
    assert [p.name for p in path.parent.iterdir()] == ["planning.ics"]  # no temporary left


def test_uids_are_stable_across_exports(tmp_path: Path) -> None:
    first, second = tmp_path / "a.ics", tmp_path / "b.ics"
    write_ics(first, EVENTS, "Planning")
    # A later export, sessions in another order and one of them edited.
    edited = _event("s-before", date(2026, 10, 22), start_time=time(17, 0))
    write_ics(second, [EVENTS[3], edited, *EVENTS[1:3]], "Planning")
    assert set(_events(_read(first))) == set(_events(_read(second)))
    before = _events(_read(second))["s-before@cnam-desktop"]
    assert before.decoded("dtstart").hour == 17


def test_times_are_local_to_paris_across_the_dst_change(tmp_path: Path) -> None:
    path = tmp_path / "planning.ics"
    write_ics(path, EVENTS, "Planning")
    calendar = _read(path)
    assert [str(tz["tzid"]) for tz in calendar.walk("VTIMEZONE")] == ["Europe/Paris"]
    events = _events(calendar)
    for uid, utc_hour in (("s-before@cnam-desktop", 16), ("s-after@cnam-desktop", 17)):
        event = events[uid]
        assert event["dtstart"].params["TZID"] == "Europe/Paris"
        assert event["dtend"].params["TZID"] == "Europe/Paris"
        start = event.decoded("dtstart")
        assert (start.hour, start.minute) == (18, 0)  # local time kept
        # CEST (UTC+2) before 25 October, CET (UTC+1) after.
        assert start.astimezone(UTC).hour == utc_hour
        assert event.decoded("dtend") - start == timedelta(hours=3)
    text = path.read_text(encoding="utf-8")
    assert "DTSTART;TZID=Europe/Paris:20261022T180000" in text
    assert "DTSTART;TZID=Europe/Paris:20261029T180000" in text


def test_cancelled_status_and_remote_location(tmp_path: Path) -> None:
    path = tmp_path / "planning.ics"
    write_ics(path, EVENTS, "Planning")
    events = _events(_read(path))
    assert str(events["s-cancelled@cnam-desktop"]["status"]) == "CANCELLED"
    assert str(events["s-cancelled@cnam-desktop"]["summary"]).startswith("Annulée — ")
    assert str(events["s-before@cnam-desktop"]["status"]) == "CONFIRMED"
    assert str(events["s-before@cnam-desktop"]["summary"]) == "NFE114 — Systèmes d'information"
    assert str(events["s-before@cnam-desktop"]["location"]) == (
        "Salle 2, Espace Bouchardon, Chaumont"
    )
    remote = events["s-remote@cnam-desktop"]
    assert str(remote["location"]) == "À distance — https://visio.exemple.fr/nfe114"
    assert str(remote["url"]) == "https://visio.exemple.fr/nfe114"
    description = str(remote["description"]).split("\n")
    assert "Modalité : À distance" in description
    assert "Sites invités : Cnam Langres, Cnam Saint-Dizier" in description
    assert "Unité d'enseignement : NFE114" in description


def test_hybrid_location_names_the_room_and_the_remote_side(tmp_path: Path) -> None:
    path = tmp_path / "hybrid.ics"
    hybrid = _event("h", date(2026, 12, 3), modality=Modality.HYBRID, video_link="https://v/x")
    write_ics(path, [hybrid], "Planning")
    event = _events(_read(path))["h@cnam-desktop"]
    assert str(event["location"]) == "Salle 2, Espace Bouchardon, Chaumont et à distance"


def test_commas_semicolons_and_newlines_survive(tmp_path: Path) -> None:
    path = tmp_path / "escaping.ics"
    tricky = _event(
        "x",
        date(2026, 12, 1),
        trainer_name="Dupont, Jean; fils",
        course_title="Gestion; paie, et social\nniveau 2",
        room_name="Salle A, 1er étage",
    )
    write_ics(path, [tricky], "Planning, antenne; test")
    raw = path.read_text(encoding="utf-8")
    assert "Dupont\\, Jean\\; fils" in raw  # escaped on disk (RFC 5545 §3.3.11)
    calendar = _read(path)
    assert str(calendar["x-wr-calname"]) == "Planning, antenne; test"
    event = _events(calendar)["x@cnam-desktop"]
    assert "Formateur : Dupont, Jean; fils" in str(event["description"]).split("\n")
    assert str(event["summary"]) == "NFE114 — Gestion; paie, et social\nniveau 2"
    assert str(event["location"]) == "Salle A, 1er étage, Espace Bouchardon, Chaumont"


def test_stamps_and_sequence_follow_the_last_change(tmp_path: Path) -> None:
    path = tmp_path / "seq.ics"
    edited_at = CREATED + timedelta(days=2, seconds=5)
    write_ics(
        path,
        [
            _event("new", date(2026, 12, 1)),
            _event("edited", date(2026, 12, 1), updated_at=edited_at),
        ],
        "Planning",
    )
    events = _events(_read(path))
    new, edited = events["new@cnam-desktop"], events["edited@cnam-desktop"]
    assert new.decoded("sequence") == 0
    assert edited.decoded("sequence") == 2 * 86_400 + 5
    assert edited.decoded("dtstamp") == datetime(2026, 9, 3, 8, 0, 5, tzinfo=UTC)
    assert edited.decoded("last-modified") == datetime(2026, 9, 3, 8, 0, 5, tzinfo=UTC)
    # Same data, same bytes: a re-export of unchanged sessions is identical.
    again = tmp_path / "again.ics"
    write_ics(again, [_event("new", date(2026, 12, 1))], "Planning")
    first = tmp_path / "first.ics"
    write_ics(first, [_event("new", date(2026, 12, 1))], "Planning")
    assert again.read_bytes() == first.read_bytes()


def test_empty_calendar_is_valid(tmp_path: Path) -> None:
    path = tmp_path / "empty.ics"
    assert write_ics(path, [], "Planning — Langres") == 0
    calendar = _read(path)
    assert calendar.walk("VEVENT") == []
    assert str(calendar["x-wr-calname"]) == "Planning — Langres"


def test_failed_write_keeps_the_old_file(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    path = tmp_path / "exports" / "planning.ics"
    path.parent.mkdir()
    path.write_bytes(b"old")

    def refuse(_src: object, _dst: object) -> None:
        raise OSError(28, "No space left on device")

    monkeypatch.setattr(os, "replace", refuse)
    with pytest.raises(OSError):
        write_ics(path, EVENTS, "Planning")
    assert path.read_bytes() == b"old"
    assert [p.name for p in path.parent.iterdir()] == ["planning.ics"]
