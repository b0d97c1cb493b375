"""Series of sessions on a small hand-made network, with generated holidays and breaks."""

import uuid
from dataclasses import dataclass, replace
from datetime import date, time, timedelta

import holidays
import pytest
from sqlalchemy import func, select

from cnam_desktop.db import models as m
from cnam_desktop.db.engine import Database
from cnam_desktop.db.repositories.sites import default_centre_id
from cnam_desktop.domain.closures import ClosureData
from cnam_desktop.domain.enums import CertificationType, ClosureKind, Modality, SessionStatus
from cnam_desktop.domain.recurrence import EditScope, WeeklyRule
from cnam_desktop.domain.sessions import SessionData
from cnam_desktop.domain.validation import ValidationError
from cnam_desktop.errors import NotFoundError
from cnam_desktop.services.closures import ClosureService
from cnam_desktop.services.series import SeriesService

pytestmark = pytest.mark.backends  # SQLite and PostgreSQL (tests/conftest.py)

FIRST, LAST = date(2019, 9, 3), date(2020, 6, 30)
SKIPPED_TUESDAYS = {
    date(2019, 10, 22): "Vacances de la Toussaint (zone B)",
    date(2019, 10, 29): "Vacances de la Toussaint (zone B)",
    date(2019, 12, 24): "Vacances de Noël (zone B)",
    date(2019, 12, 31): "Vacances de Noël (zone B)",
    date(2020, 2, 18): "Vacances d'hiver (zone B)",
    date(2020, 2, 25): "Vacances d'hiver (zone B)",
    date(2020, 4, 14): "Vacances de printemps (zone B)",
    date(2020, 4, 21): "Vacances de printemps (zone B)",
}
TUESDAYS = [FIRST + timedelta(weeks=n) for n in range(44)]  # 3 Sept 2019 … 30 June 2020
KEPT = [d for d in TUESDAYS if d not in SKIPPED_TUESDAYS]


@dataclass
class Network:
    chaumont: str
    forbach: str
    offering: str  # at Chaumont
    guest: str  # at Forbach
    rooms: list[str]
    trainers: list[str]


@pytest.fixture
def net(db: Database) -> Network:
    with db.uow() as s:
        centre = default_centre_id(s)
        chaumont = m.Site(regional_centre_id=centre, name="Cnam Chaumont", town="Chaumont")
        chaumont.department = "52"
        forbach = m.Site(regional_centre_id=centre, name="Cnam Forbach", town="Forbach")
        forbach.department = "57"
        sector = m.Sector(code="NUM", name="Numérique")
        s.add_all([chaumont, forbach, sector])
        s.flush()
        course = m.Course(
            sector_id=sector.id,
            cnam_code="NFA031",
            title="Programmation Java",
            certification_type=CertificationType.CERTIFICAT_COMPETENCE,
        )
        premises = m.Premises(site_id=chaumont.id, name="Médiathèque")
        s.add_all([course, premises])
        s.flush()
        offerings = [
            m.Offering(
                course_id=course.id, site_id=site.id, period_label="2019–2020", start_date=FIRST
            )
            for site in (chaumont, forbach)
        ]
        rooms = [m.Room(premises_id=premises.id, name=f"Salle {n}", capacity=12) for n in (1, 2)]
        trainers = [m.Trainer(first_name=f, last_name="Martin") for f in ("Anne", "Paul")]
        s.add_all([*offerings, *rooms, *trainers])
        s.flush()
        network = Network(
            chaumont.id,
            forbach.id,
            offerings[0].id,
            offerings[1].id,
            [r.id for r in rooms],
            [t.id for t in trainers],
        )
    closures = ClosureService(db)
    for year in (2019, 2020):
        closures.generate_public_holidays(year)
    closures.generate_school_breaks(2019)
    return network


def _template(net: Network, **changes: object) -> SessionData:
    data = SessionData(
        offering_id=net.offering,
        day=FIRST,
        start_time=time(18),
        end_time=time(21),
        modality=Modality.HYBRID,
        room_id=net.rooms[0],
        video_link="https://visio.exemple.fr/nfa031",
        trainer_id=net.trainers[0],
        unit_code="nfa031",
        guest_offering_ids=frozenset({net.guest}),
    )
    return replace(data, **changes)  # type: ignore[arg-type]


TUESDAYS_RULE = WeeklyRule(frozenset({1}), FIRST, LAST)


def _rows(db: Database, series_id: str | None = None) -> list[m.Session]:
    with db.reader() as s:
        query = select(m.Session).where(m.Session.deleted_at.is_(None))
        if series_id:
            query = query.where(m.Session.series_id == series_id)
        rows = list(s.scalars(query.order_by(m.Session.day)))
        s.expunge_all()
        return rows


def _live_guests(db: Database) -> list[tuple[str, str]]:
    with db.reader() as s:
        query = select(m.SessionGuest.session_id, m.SessionGuest.offering_id).where(
            m.SessionGuest.deleted_at.is_(None)
        )
        return sorted((a, b) for a, b in s.execute(query))


@pytest.fixture
def series(db: Database, net: Network) -> list[str]:
    return SeriesService(db).create(net.offering, TUESDAYS_RULE, _template(net))


def test_preview_skips_the_breaks_of_the_site(db: Database, net: Network) -> None:
    preview = SeriesService(db).preview(net.offering, TUESDAYS_RULE, _template(net))
    assert preview.days == KEPT
    assert len(preview.days) == 36
    assert {s.day: s.reason for s in preview.skipped} == SKIPPED_TUESDAYS
    assert {s.kind for s in preview.skipped} == {ClosureKind.SCHOOL_BREAK}
    assert preview.site_name == "Cnam Chaumont"
    assert preview.description == (
        "tous les mardis du 3 septembre 2019 au 30 juin 2020, de 18\u00a0h à 21\u00a0h"
    )
    assert preview.summary == "36 séances, 8 jours exclus"
    assert _rows(db) == []  # a preview writes nothing


def test_preview_uses_the_closures_of_the_site_and_its_department(
    db: Database, net: Network
) -> None:
    closures = ClosureService(db)
    for site, day in ((net.chaumont, date(2020, 3, 13)), (net.forbach, date(2020, 3, 20))):
        closures.create(ClosureData(ClosureKind.SITE_CLOSURE, "Travaux", day, day, site_id=site))
    fridays = WeeklyRule(
        frozenset({4}), date(2020, 3, 1), date(2020, 4, 30), skip_school_breaks=False
    )
    service = SeriesService(db)
    moselle = holidays.France(years=2020, subdiv="57", language="fr")
    national = holidays.France(years=2020, language="fr")
    guest_template = _template(
        net, offering_id=net.guest, room_id=None, guest_offering_ids=frozenset()
    )
    at_forbach = service.preview(net.guest, fridays, guest_template)
    at_chaumont = service.preview(net.offering, fridays, _template(net))
    forbach_skipped = {s.day for s in at_forbach.skipped}
    chaumont_skipped = {s.day for s in at_chaumont.skipped}
    assert date(2020, 4, 10) in moselle and date(2020, 4, 10) not in national  # Good Friday
    assert forbach_skipped == {date(2020, 3, 20), date(2020, 4, 10)}
    assert chaumont_skipped == {date(2020, 3, 13)}
    reasons = {s.day: s.reason for s in at_forbach.skipped}
    assert reasons == {
        date(2020, 3, 20): "Travaux (fermeture du site)",
        date(2020, 4, 10): "Vendredi saint (Alsace-Moselle), jour férié",
    }
    assert len(at_chaumont.days) == 8 - 1  # 8 Fridays from 6 March to 24 April


def test_create_one_series_with_guests(db: Database, net: Network, series: list[str]) -> None:
    rows = _rows(db)
    assert [r.id for r in rows] == series
    assert [r.day for r in rows] == KEPT
    series_id = rows[0].series_id
    assert series_id is not None and str(uuid.UUID(series_id)) == series_id
    assert {r.series_id for r in rows} == {series_id}
    assert {
        (r.offering_id, r.start_time, r.end_time, r.room_id, r.trainer_id, r.unit_code, r.status)
        for r in rows
    } == {
        (
            net.offering,
            time(18),
            time(21),
            net.rooms[0],
            net.trainers[0],
            "NFA031",
            SessionStatus.PLANNED,
        )
    }
    assert _live_guests(db) == sorted((sid, net.guest) for sid in series)
    # A second series gets its own series id.
    other = SeriesService(db).create(
        net.offering, WeeklyRule(frozenset({3}), FIRST, date(2019, 9, 30)), _template(net)
    )
    assert len(other) == 4
    assert {r.series_id for r in _rows(db)} - {series_id} != set()


def test_create_refuses_bad_input(db: Database, net: Network) -> None:
    service = SeriesService(db)
    with pytest.raises(ValidationError) as info:
        service.create(
            net.offering,
            replace(TUESDAYS_RULE, every_weeks=0),
            _template(net, end_time=time(17)),
        )
    assert set(info.value.errors) == {"end_time", "every_weeks"}  # both shown at once
    with pytest.raises(ValidationError) as info:
        service.create(net.offering, replace(TUESDAYS_RULE, weekdays=frozenset()), _template(net))
    assert set(info.value.errors) == {"weekdays"}
    with pytest.raises(NotFoundError):
        service.create("nope", TUESDAYS_RULE, _template(net))
    with pytest.raises(NotFoundError):
        service.create(net.offering, TUESDAYS_RULE, _template(net, trainer_id="nope"))
    with pytest.raises(ValidationError) as info:  # a Chaumont room for Forbach
        service.create(net.guest, TUESDAYS_RULE, _template(net, guest_offering_ids=frozenset()))
    assert info.value.errors == {
        "room_id": "Salle : « Salle 1 » n'est pas sur le site de l'ouverture."
    }
    with pytest.raises(ValidationError) as info:
        service.create(
            net.offering,
            TUESDAYS_RULE,
            _template(net, guest_offering_ids=frozenset({net.offering})),
        )
    assert set(info.value.errors) == {"guest_offering_ids"}
    assert _rows(db) == []  # all or nothing


def test_scopes(db: Database, series: list[str]) -> None:
    service = SeriesService(db)
    tenth = series[9]
    assert _rows(db)[9].day == date(2019, 11, 19)
    assert service.sessions_of_scope(tenth, EditScope.THIS) == [tenth]
    assert service.sessions_of_scope(tenth, EditScope.FOLLOWING) == series[9:]
    assert len(series[9:]) == 27
    assert service.sessions_of_scope(tenth, EditScope.ALL) == series


def test_update_this_following_all(db: Database, net: Network, series: list[str]) -> None:
    service = SeriesService(db)
    third, tenth = series[2], series[9]
    # THIS: another room for one session; it stays in the series.
    before = service.update(
        third, replace(service.get(third), room_id=net.rooms[1]), EditScope.THIS
    )
    assert list(before) == [third] and before[third].room_id == net.rooms[0]
    # FOLLOWING: another trainer from the tenth session on.
    changed = service.update(
        tenth, replace(service.get(tenth), trainer_id=net.trainers[1]), EditScope.FOLLOWING
    )
    assert list(changed) == series[9:]
    # ALL: new times everywhere; the third session keeps its own room.
    edited = replace(service.get(tenth), start_time=time(17, 30), end_time=time(20, 30))
    assert len(service.update(tenth, edited, EditScope.ALL)) == 36
    rows = _rows(db)
    assert {r.series_id for r in rows} == {rows[0].series_id}
    assert [r.room_id for r in rows] == [
        net.rooms[1] if i == 2 else net.rooms[0] for i in range(36)
    ]
    assert [r.trainer_id for r in rows] == [net.trainers[0]] * 9 + [net.trainers[1]] * 27
    assert {(r.start_time, r.end_time) for r in rows} == {(time(17, 30), time(20, 30))}


def test_moving_one_occurrence(db: Database, series: list[str]) -> None:
    service = SeriesService(db)
    tenth = series[9]
    moved = replace(service.get(tenth), day=date(2019, 11, 21))
    with pytest.raises(ValidationError) as info:
        service.update(tenth, moved, EditScope.ALL)
    assert set(info.value.errors) == {"day"} and "cette séance" in info.value.errors["day"]
    with pytest.raises(ValidationError):
        service.update(tenth, moved, EditScope.FOLLOWING)
    service.update(tenth, moved, EditScope.THIS)
    rows = {r.id: r for r in _rows(db)}
    assert rows[tenth].day == date(2019, 11, 21)
    assert [rows[i].day for i in series if i != tenth] == [
        d for d in KEPT if d != date(2019, 11, 19)
    ]
    assert rows[tenth].series_id == rows[series[0]].series_id  # still in the series
    # A later edit of the whole series keeps the moved day.
    service.update(series[0], replace(service.get(series[0]), unit_code="NFA032"), EditScope.ALL)
    assert SeriesService(db).get(tenth).day == date(2019, 11, 21)
    assert SeriesService(db).get(tenth).unit_code == "NFA032"


def test_offering_of_a_series_session_is_fixed(
    db: Database, net: Network, series: list[str]
) -> None:
    service = SeriesService(db)
    elsewhere = replace(
        service.get(series[0]), offering_id=net.guest, guest_offering_ids=frozenset()
    )
    with pytest.raises(ValidationError) as info:
        service.update(series[0], elsewhere, EditScope.THIS)
    assert set(info.value.errors) == {"offering_id"}


def test_cancel_one_occurrence_then_edit_all(db: Database, net: Network, series: list[str]) -> None:
    service = SeriesService(db)
    fifth = series[4]
    assert list(service.cancel(fifth, EditScope.THIS)) == [fifth]
    statuses = [r.status for r in _rows(db)]
    assert statuses == [
        SessionStatus.CANCELLED if i == 4 else SessionStatus.PLANNED for i in range(36)
    ]
    # An edit of every session that does not touch the status leaves it cancelled…
    service.update(
        series[0], replace(service.get(series[0]), trainer_id=net.trainers[1]), EditScope.ALL
    )
    rows = _rows(db)
    assert rows[4].status is SessionStatus.CANCELLED and rows[4].trainer_id == net.trainers[1]
    # …an edit of the status itself applies to all.
    service.update(
        series[0], replace(service.get(series[0]), status=SessionStatus.CONFIRMED), EditScope.ALL
    )
    assert {r.status for r in _rows(db)} == {SessionStatus.CONFIRMED}


def test_cancel_following_spares_done_sessions_and_reverts(db: Database, series: list[str]) -> None:
    service = SeriesService(db)
    service.update(
        series[20], replace(service.get(series[20]), status=SessionStatus.DONE), EditScope.THIS
    )
    previous = service.cancel(series[10], EditScope.FOLLOWING)
    assert sorted(previous) == sorted(set(series[10:]) - {series[20]})
    statuses = [r.status for r in _rows(db)]
    assert statuses[:10] == [SessionStatus.PLANNED] * 10
    assert statuses[20] is SessionStatus.DONE
    assert set(statuses[10:20] + statuses[21:]) == {SessionStatus.CANCELLED}
    # Undo, then redo.
    redo = service.revert(previous)
    assert [r.status for r in _rows(db)] == [
        SessionStatus.DONE if i == 20 else SessionStatus.PLANNED for i in range(36)
    ]
    service.revert(redo)
    assert [r.status for r in _rows(db)] == statuses


def test_revert_an_update(db: Database, net: Network, series: list[str]) -> None:
    service = SeriesService(db)
    previous = service.update(
        series[0],
        replace(service.get(series[0]), modality=Modality.DISTANCE, room_id=None),
        EditScope.ALL,
    )
    assert {(r.modality, r.room_id) for r in _rows(db)} == {(Modality.DISTANCE, None)}
    service.revert(previous)
    assert {(r.modality, r.room_id) for r in _rows(db)} == {(Modality.HYBRID, net.rooms[0])}


def test_guests_follow_the_scope(db: Database, net: Network, series: list[str]) -> None:
    service = SeriesService(db)
    alone = replace(service.get(series[0]), guest_offering_ids=frozenset())
    service.update(series[30], replace(alone, day=service.get(series[30]).day), EditScope.FOLLOWING)
    assert _live_guests(db) == sorted((sid, net.guest) for sid in series[:30])
    # Invited again from a session without guests: the removed links come back (the
    # pair is unique, tombstones included). From the first session, nothing would change:
    # only what differs from the edited session is copied.
    last = service.get(series[-1])
    assert last.guest_offering_ids == frozenset()
    again = replace(last, guest_offering_ids=frozenset({net.guest}))
    assert len(service.update(series[-1], again, EditScope.ALL)) == 6
    assert _live_guests(db) == sorted((sid, net.guest) for sid in series)


def test_an_edit_invalid_for_another_session_names_its_date(
    db: Database, series: list[str]
) -> None:
    service = SeriesService(db)
    late = replace(service.get(series[5]), start_time=time(20), end_time=time(22))
    service.update(series[5], late, EditScope.THIS)
    with pytest.raises(ValidationError) as info:
        service.update(
            series[0], replace(service.get(series[0]), end_time=time(19, 30)), EditScope.ALL
        )
    assert info.value.errors["end_time"] == (
        "Fin : doit être postérieure au début (séance du 08/10/2019)."
    )
    assert {r.end_time for r in _rows(db)} == {time(21), time(22)}  # nothing written


def test_delete_and_restore(db: Database, net: Network, series: list[str]) -> None:
    service = SeriesService(db)
    deleted = service.delete(series[9], EditScope.FOLLOWING)
    assert deleted == series[9:]
    assert [r.id for r in _rows(db)] == series[:9]
    assert _live_guests(db) == sorted((sid, net.guest) for sid in series[:9])
    assert service.sessions_of_scope(series[0], EditScope.ALL) == series[:9]
    with pytest.raises(NotFoundError):
        service.get(series[9])
    assert service.restore(deleted) == deleted
    assert [r.id for r in _rows(db)] == series
    assert _live_guests(db) == sorted((sid, net.guest) for sid in series)
    # Deleting one occurrence leaves the others.
    assert service.delete(series[3], EditScope.THIS) == [series[3]]
    assert len(_rows(db)) == 35
    # The undo of a create.
    assert service.discard(series) == [i for i in series if i != series[3]]
    assert _rows(db) == []
    with db.reader() as s:
        assert s.scalar(select(func.count()).select_from(m.Session)) == 36  # tombstones


def test_a_session_outside_any_series_is_its_own_scope(
    db: Database, net: Network, series: list[str]
) -> None:
    with db.uow() as s:
        single = m.Session(
            offering_id=net.offering, day=date(2019, 9, 5), start_time=time(9), end_time=time(12)
        )
        s.add(single)
        s.flush()
        single_id = single.id
    service = SeriesService(db)
    assert service.sessions_of_scope(single_id, EditScope.ALL) == [single_id]
    moved = replace(service.get(single_id), day=date(2019, 9, 6))
    assert list(service.update(single_id, moved, EditScope.ALL)) == [single_id]
    assert service.get(single_id).day == date(2019, 9, 6)
    assert service.delete(single_id, EditScope.ALL) == [single_id]
    assert len(_rows(db)) == 36
