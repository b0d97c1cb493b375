"""The conflict engine on hand-built facts: every rule, positive and negative."""

from __future__ import annotations

from dataclasses import replace
from datetime import date, time

import pytest

from cnam_desktop.domain.conflicts import (
    Conflict,
    ConflictRule,
    Severity,
    conflict_summary,
    conflicts_involving,
    find_conflicts,
    has_errors,
)
from cnam_desktop.domain.enums import ClosureKind, Modality, RoomKind, SessionStatus
from cnam_desktop.domain.formatting import french_day, french_long_date
from cnam_desktop.domain.schedule_facts import (
    ClosureFact,
    CourseFact,
    EquipmentRequirement,
    OfferingFact,
    RoomFact,
    ScheduleFacts,
    SessionFact,
    SiteFact,
    has_video_kit,
    is_video_kit,
)

TUESDAY = date(2019, 11, 12)
GOOD_FRIDAY = date(2027, 3, 26)

VITRY = SiteFact("vitry", "Vitry-le-François", "51")
FORBACH = SiteFact("forbach", "Forbach", "57")
HAGUENAU = SiteFact("haguenau", "Haguenau", "67")

NFE114 = CourseFact("c-si", "NFE114", "Systèmes d'information")
NFA031 = CourseFact(
    "c-prog",
    "NFA031",
    "Programmation Java",
    required_room_kind=RoomKind.COMPUTER_LAB,
    equipment=(EquipmentRequirement("laptop", 1, 0), EquipmentRequirement("projector", 0, 1)),
)

OFFERINGS = (
    OfferingFact("o-vitry", "c-si", "vitry", "Rentrée 2019", enrolled=12, planned=14),
    OfferingFact("o-vitry-prog", "c-prog", "vitry", "Rentrée 2019", enrolled=10),
    OfferingFact("o-forbach", "c-si", "forbach", "Rentrée 2019", enrolled=0, planned=6),
    OfferingFact("o-haguenau", "c-si", "haguenau", "Rentrée 2019", enrolled=5),
)
ROOMS = (
    RoomFact("lab", "Salle Informatique 1", "vitry", 14, RoomKind.COMPUTER_LAB),
    RoomFact("small", "Salle Marne", "vitry", 10, RoomKind.CLASSROOM),
    RoomFact("visio", "Salle Visio", "vitry", 16, RoomKind.CLASSROOM, has_video_kit=True),
    RoomFact("sarre", "Salle Sarre", "forbach", 18, RoomKind.CLASSROOM),
    RoomFact("foret", "Salle Forêt", "haguenau", 18, RoomKind.CLASSROOM),
)
TRAINERS = {"t-girardin": "Thomas Girardin", "t-mathieu": "Claire Mathieu"}
TYPES = {"laptop": "Ordinateur portable", "projector": "Vidéoprojecteur"}
FULL_INVENTORY = {("vitry", "laptop"): 20, ("vitry", "projector"): 2}


def session(
    sid: str,
    start: str = "18:00",
    end: str = "21:00",
    *,
    day: date = TUESDAY,
    offering: str = "o-vitry",
    room: str | None = "lab",
    trainer: str | None = None,
    modality: Modality = Modality.IN_PERSON,
    link: str | None = None,
    status: SessionStatus = SessionStatus.PLANNED,
    guests: tuple[str, ...] = (),
) -> SessionFact:
    return SessionFact(
        sid,
        offering,
        day,
        time.fromisoformat(start),
        time.fromisoformat(end),
        modality,
        room,
        trainer,
        link,
        status,
        guests,
    )


def facts(
    *sessions: SessionFact,
    inventory: dict[tuple[str, str], int] | None = None,
    closures: tuple[ClosureFact, ...] = (),
    offerings: tuple[OfferingFact, ...] = OFFERINGS,
) -> ScheduleFacts:
    return ScheduleFacts.of(
        sessions,
        offerings,
        (NFE114, NFA031),
        (VITRY, FORBACH, HAGUENAU),
        ROOMS,
        trainers=TRAINERS,
        equipment_types=TYPES,
        inventory=FULL_INVENTORY if inventory is None else inventory,
        closures=closures,
    )


def rules(conflicts: list[Conflict]) -> list[tuple[ConflictRule, tuple[str, ...]]]:
    return [(c.rule, c.session_ids) for c in conflicts]


# Double bookings ----------------------------------------------------------------------------


def test_room_double_booked_names_room_site_day_and_slots() -> None:
    found = find_conflicts(
        facts(session("a"), session("b", "19:00", "20:00", offering="o-vitry-prog"))
    )
    assert found == [
        Conflict(
            ConflictRule.ROOM_DOUBLE_BOOKED,
            Severity.ERROR,
            ("a", "b"),
            "Salle « Salle Informatique 1 » (Vitry-le-François) réservée deux fois le "
            "mardi 12 novembre 2019 : 18:00–21:00 (NFE114) et 19:00–20:00 (NFA031).",
        )
    ]


def test_touching_slots_do_not_conflict() -> None:
    # Same room, same trainer, same offering: 18:00–21:00 then 21:00–22:00.
    first = session("a", trainer="t-mathieu")
    second = session("b", "21:00", "22:00", trainer="t-mathieu")
    earlier = session("c", "14:00", "18:00", trainer="t-mathieu")
    assert find_conflicts(facts(second, first, earlier)) == []


def test_same_slot_on_another_day_does_not_conflict() -> None:
    assert find_conflicts(facts(session("a"), session("b", day=date(2019, 11, 13)))) == []


def test_every_overlapping_pair_is_reported_but_not_the_others() -> None:
    # a and b overlap, b and c overlap, a and c only follow each other.
    chain = facts(
        session("a", "18:00", "20:00", room="visio", offering="o-vitry"),
        session("b", "19:00", "21:00", room="visio", offering="o-forbach"),
        session("c", "20:00", "22:00", room="visio", offering="o-haguenau"),
    )
    assert rules(find_conflicts(chain)) == [
        (ConflictRule.ROOM_DOUBLE_BOOKED, ("a", "b")),
        (ConflictRule.ROOM_DOUBLE_BOOKED, ("b", "c")),
    ]
    # A long session holding the room while two short ones follow each other inside it.
    nested = facts(
        session("long", "18:00", "22:00", room="visio", offering="o-vitry"),
        session("s1", "18:30", "19:30", room="visio", offering="o-forbach"),
        session("s2", "19:00", "20:00", room="visio", offering="o-haguenau"),
    )
    assert rules(find_conflicts(nested)) == [
        (ConflictRule.ROOM_DOUBLE_BOOKED, ("long", "s1")),
        (ConflictRule.ROOM_DOUBLE_BOOKED, ("long", "s2")),
        (ConflictRule.ROOM_DOUBLE_BOOKED, ("s1", "s2")),
    ]


def test_trainer_teaching_at_two_sites_the_same_evening() -> None:
    vitry = session("v", trainer="t-girardin", room="visio", offering="o-vitry")
    forbach = session(
        "f", "18:30", "21:30", trainer="t-girardin", room="sarre", offering="o-forbach"
    )
    assert find_conflicts(facts(forbach, vitry)) == [
        Conflict(
            ConflictRule.TRAINER_DOUBLE_BOOKED,
            Severity.ERROR,
            ("v", "f"),
            "Thomas Girardin a deux séances en même temps le mardi 12 novembre 2019 : "
            "NFE114 (Vitry-le-François) 18:00–21:00 et NFE114 (Forbach) 18:30–21:30.",
        )
    ]


def test_trainer_at_two_sites_in_the_afternoon_and_evening_is_fine() -> None:
    afternoon = session("v", "14:00", "17:00", trainer="t-girardin", room="visio")
    evening = session("f", trainer="t-girardin", room="sarre", offering="o-forbach")
    assert find_conflicts(facts(afternoon, evening)) == []


def test_offering_double_booked_in_two_rooms() -> None:
    found = find_conflicts(
        facts(session("a", room="lab"), session("b", "20:00", "22:00", room="visio"))
    )
    assert found == [
        Conflict(
            ConflictRule.OFFERING_DOUBLE_BOOKED,
            Severity.ERROR,
            ("a", "b"),
            "Le groupe NFE114 — Rentrée 2019 (Vitry-le-François) a deux séances en même temps "
            "le mardi 12 novembre 2019 : 18:00–21:00 et 20:00–22:00.",
        )
    ]


def test_guest_offering_double_booked_by_the_session_it_joins() -> None:
    own = session("own", offering="o-forbach", room="sarre")
    joined = session(
        "hosted",
        "19:00",
        "20:00",
        room="visio",
        modality=Modality.HYBRID,
        link="https://visio.exemple.fr/si",
        guests=("o-forbach",),
    )
    found = find_conflicts(facts(own, joined))
    assert rules(found) == [(ConflictRule.OFFERING_DOUBLE_BOOKED, ("own", "hosted"))]
    assert "invité de NFE114 (Vitry-le-François)" in found[0].message


def test_cancelled_sessions_are_ignored() -> None:
    cancelled = session("x", "19:00", "20:00", room=None, status=SessionStatus.CANCELLED)
    holiday = ClosureFact("h", ClosureKind.PUBLIC_HOLIDAY, "Armistice", TUESDAY, TUESDAY)
    assert find_conflicts(facts(session("a"), cancelled)) == []
    assert find_conflicts(facts(cancelled, closures=(holiday,))) == []


# Rooms --------------------------------------------------------------------------------------


def test_room_too_small_counts_enrolled_or_planned_learners() -> None:
    # 12 enrolled in a room of 10.
    found = find_conflicts(facts(session("a", room="small")))
    assert found == [
        Conflict(
            ConflictRule.ROOM_TOO_SMALL,
            Severity.WARNING,
            ("a",),
            "Salle « Salle Marne » (Vitry-le-François) trop petite le mardi 12 novembre 2019, "
            "18:00–21:00 : 12 apprenants (NFE114) pour 10 places.",
        )
    ]
    # Nobody enrolled yet: the 15 planned count (14 places in the lab).
    planned = replace(OFFERINGS[0], enrolled=0, planned=15)
    assert rules(find_conflicts(facts(session("a"), offerings=(planned, *OFFERINGS[1:])))) == [
        (ConflictRule.ROOM_TOO_SMALL, ("a",))
    ]
    # Exactly full is fine: 10 learners in 10 places.
    ten = replace(OFFERINGS[0], enrolled=10)
    assert find_conflicts(facts(session("a", room="small"), offerings=(ten, *OFFERINGS[1:]))) == []


def test_room_size_counts_guests_of_the_room_site_only() -> None:
    local_guest = OfferingFact("o-vitry-2", "c-si", "vitry", "Rentrée 2019", enrolled=3)

    def hybrid(*guests: str) -> SessionFact:
        link = "https://visio.exemple.fr/x"
        return session("a", room="visio", modality=Modality.HYBRID, link=link, guests=guests)

    small_visio = replace(ROOMS[2], capacity=14)
    base = ScheduleFacts.of(
        [], (*OFFERINGS, local_guest), (NFE114,), (VITRY, FORBACH), [small_visio]
    )
    # 12 + 3 local guests = 15 > 14 places; Forbach's 6 planned follow from Forbach.
    found = find_conflicts(replace(base, sessions=[hybrid("o-vitry-2", "o-forbach")]))
    assert rules(found) == [(ConflictRule.ROOM_TOO_SMALL, ("a",))]
    assert "15 apprenants" in found[0].message
    assert find_conflicts(replace(base, sessions=[hybrid("o-forbach")])) == []


def test_room_kind_unfit_for_the_course() -> None:
    found = find_conflicts(facts(session("a", room="visio", offering="o-vitry-prog")))
    assert found == [
        Conflict(
            ConflictRule.ROOM_KIND_UNFIT,
            Severity.WARNING,
            ("a",),
            "NFA031 demande une salle de type « Salle informatique » : séance le mardi "
            "12 novembre 2019, 18:00–21:00 en salle « Salle Visio » (Vitry-le-François), "
            "de type « Salle de cours ».",
        )
    ]
    assert find_conflicts(facts(session("a", room="lab", offering="o-vitry-prog"))) == []
    # A course without a required kind fits any room.
    assert find_conflicts(facts(session("a", room="visio"))) == []


def test_missing_room_for_in_person_and_hybrid_sessions() -> None:
    found = find_conflicts(facts(session("a", room=None)))
    assert found == [
        Conflict(
            ConflictRule.MISSING_ROOM,
            Severity.ERROR,
            ("a",),
            "Séance en présentiel sans salle : NFE114 (Vitry-le-François) le mardi "
            "12 novembre 2019, 18:00–21:00.",
        )
    ]
    hybrid = session("h", room=None, modality=Modality.HYBRID, link="https://visio.exemple.fr/h")
    assert rules(find_conflicts(facts(hybrid))) == [(ConflictRule.MISSING_ROOM, ("h",))]
    distance = session(
        "d", room=None, modality=Modality.DISTANCE, link="https://visio.exemple.fr/d"
    )
    assert find_conflicts(facts(distance)) == []


def test_missing_link_for_distance_and_hybrid_sessions() -> None:
    found = find_conflicts(facts(session("d", room=None, modality=Modality.DISTANCE)))
    assert found == [
        Conflict(
            ConflictRule.MISSING_LINK,
            Severity.ERROR,
            ("d",),
            "Séance à distance sans lien de visioconférence : NFE114 (Vitry-le-François) "
            "le mardi 12 novembre 2019, 18:00–21:00.",
        )
    ]
    blank = session("h", room="visio", modality=Modality.HYBRID, link="  ")
    assert rules(find_conflicts(facts(blank))) == [(ConflictRule.MISSING_LINK, ("h",))]
    assert find_conflicts(facts(session("p", room="lab"))) == []  # in person: no link needed


def test_hybrid_session_needs_a_room_with_a_video_kit() -> None:
    link = "https://visio.exemple.fr/h"
    found = find_conflicts(facts(session("h", room="lab", modality=Modality.HYBRID, link=link)))
    assert found == [
        Conflict(
            ConflictRule.NO_VIDEO_KIT,
            Severity.ERROR,
            ("h",),
            "Séance hybride sans kit de visioconférence : NFE114 (Vitry-le-François) le mardi "
            "12 novembre 2019, 18:00–21:00, Salle « Salle Informatique 1 » (Vitry-le-François).",
        )
    ]
    kit = session("h", room="visio", modality=Modality.HYBRID, link=link)
    assert find_conflicts(facts(kit)) == []
    # An in-person session in a room without a kit is fine.
    assert find_conflicts(facts(session("p", room="lab"))) == []


def test_video_kit_rule() -> None:
    assert is_video_kit("Kit de visioconférence (caméra, micro, haut-parleur)")
    assert is_video_kit("Système de VISIOCONFÉRENCE")
    assert not is_video_kit("Webcam HD")
    assert not is_video_kit("Casque-micro USB")
    assert has_video_kit(RoomKind.VIDEO, [])
    assert has_video_kit(RoomKind.CLASSROOM, ["Vidéoprojecteur", "Kit de visioconférence"])
    assert not has_video_kit(RoomKind.COMPUTER_LAB, ["Webcam HD", "Casque-micro USB"])


# Equipment ----------------------------------------------------------------------------------


def test_site_lacking_equipment_is_one_conflict_per_site_course_and_type() -> None:
    weekly = [
        session(f"s{i}", day=date(2019, 11, 12 + 7 * i), offering="o-vitry-prog") for i in range(3)
    ]
    # 10 learners need 10 laptops and 1 projector: 7 laptops, no projector.
    found = find_conflicts(facts(*weekly, inventory={("vitry", "laptop"): 7}))
    assert found == [
        Conflict(
            ConflictRule.EQUIPMENT_LACKING,
            Severity.WARNING,
            ("s0", "s1", "s2"),
            "Vitry-le-François n'a pas assez de « Ordinateur portable » pour NFA031 "
            "(Rentrée 2019) : 10 requis, 7 disponibles.",
        ),
        Conflict(
            ConflictRule.EQUIPMENT_LACKING,
            Severity.WARNING,
            ("s0", "s1", "s2"),
            "Vitry-le-François n'a pas assez de « Vidéoprojecteur » pour NFA031 "
            "(Rentrée 2019) : 1 requis, 0 disponible.",
        ),
    ]
    enough = {("vitry", "laptop"): 10, ("vitry", "projector"): 1}
    assert find_conflicts(facts(*weekly, inventory=enough)) == []


def test_equipment_of_two_offerings_of_a_course_is_one_conflict() -> None:
    spring = OfferingFact("o-spring", "c-prog", "vitry", "Printemps 2020", enrolled=12)
    autumn = session("a", offering="o-vitry-prog")
    later = session("b", day=date(2020, 3, 3), offering="o-spring")
    inventory = {("vitry", "laptop"): 11, ("vitry", "projector"): 1}
    found = find_conflicts(
        facts(later, autumn, inventory=inventory, offerings=(*OFFERINGS, spring))
    )
    # Autumn's 10 learners fit in 11 laptops, spring's 12 do not: only spring is listed.
    assert rules(found) == [(ConflictRule.EQUIPMENT_LACKING, ("b",))]
    assert found[0].message.endswith("NFA031 (Printemps 2020) : 12 requis, 11 disponibles.")
    short = {("vitry", "laptop"): 5, ("vitry", "projector"): 1}
    both = find_conflicts(facts(later, autumn, inventory=short, offerings=(*OFFERINGS, spring)))
    assert rules(both) == [(ConflictRule.EQUIPMENT_LACKING, ("a", "b"))]
    assert "(Printemps 2020, Rentrée 2019) : 12 requis, 5 disponibles." in both[0].message


# Closures -----------------------------------------------------------------------------------


def _closure(
    kind: ClosureKind, label: str, start: date, end: date | None = None, **kw: str
) -> ClosureFact:
    return ClosureFact(f"{kind.value}:{label}:{kw}", kind, label, start, end or start, **kw)


def test_public_holiday_is_an_error_and_school_break_a_warning() -> None:
    armistice = _closure(ClosureKind.PUBLIC_HOLIDAY, "Armistice", date(2019, 11, 11))
    toussaint = _closure(
        ClosureKind.SCHOOL_BREAK,
        "Vacances de la Toussaint (zone B)",
        date(2019, 10, 19),
        date(2019, 11, 3),
    )
    on_holiday = session("h", day=date(2019, 11, 11))
    in_break = session("b", day=date(2019, 10, 22))
    normal = session("n", day=date(2019, 11, 5))
    found = find_conflicts(facts(on_holiday, in_break, normal, closures=(armistice, toussaint)))
    assert found == [
        Conflict(
            ConflictRule.CLOSED_DAY,
            Severity.WARNING,
            ("b",),
            "Séance de NFE114 (Vitry-le-François) le mardi 22 octobre 2019, 18:00–21:00, "
            "un jour de fermeture : Vacances de la Toussaint (zone B) (vacances scolaires).",
        ),
        Conflict(
            ConflictRule.CLOSED_DAY,
            Severity.ERROR,
            ("h",),
            "Séance de NFE114 (Vitry-le-François) le lundi 11 novembre 2019, 18:00–21:00, "
            "un jour de fermeture : Armistice (jour férié).",
        ),
    ]


def test_site_closure_applies_to_its_own_site_only() -> None:
    works = _closure(ClosureKind.SITE_CLOSURE, "Travaux", TUESDAY, site_id="forbach")
    vitry, forbach = session("v"), session("f", room="sarre", offering="o-forbach")
    found = find_conflicts(facts(vitry, forbach, closures=(works,)))
    assert [(c.rule, c.severity, c.session_ids) for c in found] == [
        (ConflictRule.CLOSED_DAY, Severity.ERROR, ("f",))
    ]


def test_alsace_moselle_holiday_only_for_57_67_68_sites() -> None:
    good_friday = tuple(
        _closure(
            ClosureKind.PUBLIC_HOLIDAY,
            "Vendredi saint (Alsace-Moselle)",
            GOOD_FRIDAY,
            subdivision=dep,
        )
        for dep in ("57", "67", "68")
    )
    sessions = (
        session("vitry", day=GOOD_FRIDAY),
        session("forbach", day=GOOD_FRIDAY, room="sarre", offering="o-forbach"),
        session("haguenau", day=GOOD_FRIDAY, room="foret", offering="o-haguenau"),
    )
    found = find_conflicts(facts(*sessions, closures=good_friday))
    assert sorted(c.session_ids for c in found) == [("forbach",), ("haguenau",)]
    assert all(c.severity is Severity.ERROR for c in found)


def test_guest_site_closure_is_reported_on_the_session_it_joins() -> None:
    good_friday = _closure(
        ClosureKind.PUBLIC_HOLIDAY, "Vendredi saint (Alsace-Moselle)", GOOD_FRIDAY, subdivision="57"
    )
    joined = session(
        "s",
        day=GOOD_FRIDAY,
        room=None,
        modality=Modality.DISTANCE,
        link="https://visio.exemple.fr/s",
        guests=("o-forbach",),
    )
    found = find_conflicts(facts(joined, closures=(good_friday,)))
    assert rules(found) == [(ConflictRule.CLOSED_DAY, ("s",))]
    assert found[0].message.endswith(": Vendredi saint (Alsace-Moselle) (jour férié à Forbach).")


def test_one_conflict_per_session_naming_every_closure_of_the_day() -> None:
    christmas = date(2019, 12, 25)
    holiday = _closure(ClosureKind.PUBLIC_HOLIDAY, "Noël", christmas)
    school = _closure(
        ClosureKind.SCHOOL_BREAK, "Vacances de Noël (zone B)", date(2019, 12, 21), date(2020, 1, 5)
    )
    found = find_conflicts(facts(session("x", day=christmas), closures=(school, holiday)))
    assert len(found) == 1
    assert found[0].severity is Severity.ERROR
    assert "Vacances de Noël (zone B) (vacances scolaires), Noël (jour férié)." in found[0].message


# Output -------------------------------------------------------------------------------------


def test_output_is_sorted_and_filtered_by_involved_sessions() -> None:
    late = session("late", day=date(2019, 11, 19), room=None)
    early_a, early_b = session("a"), session("b", "20:00", "22:00", offering="o-vitry-prog")
    all_found = find_conflicts(facts(late, early_b, early_a))
    assert rules(all_found) == [
        (ConflictRule.ROOM_DOUBLE_BOOKED, ("a", "b")),
        (ConflictRule.MISSING_ROOM, ("late",)),
    ]
    assert find_conflicts(facts(early_a, late, early_b)) == all_found
    involving = conflicts_involving(facts(late, early_a, early_b), {"b"})
    assert rules(involving) == [(ConflictRule.ROOM_DOUBLE_BOOKED, ("a", "b"))]


def test_summary_and_labels() -> None:
    error = Conflict(ConflictRule.MISSING_ROOM, Severity.ERROR, ("a",), "…")
    warning = Conflict(ConflictRule.ROOM_TOO_SMALL, Severity.WARNING, ("b",), "…")
    assert conflict_summary([]) == "Aucun conflit"
    assert conflict_summary([error]) == "1 conflit : 1 erreur, 0 avertissement"
    assert conflict_summary([error, warning, warning]) == (
        "3 conflits : 1 erreur, 2 avertissements"
    )
    assert has_errors([warning, error]) and not has_errors([warning])
    assert Severity.ERROR.label == "erreur" and Severity.WARNING.label == "avertissement"
    assert ConflictRule.from_label("salle trop petite") is ConflictRule.ROOM_TOO_SMALL
    assert len({rule.label for rule in ConflictRule}) == len(ConflictRule) == 10


@pytest.mark.parametrize(
    ("day", "text"),
    [
        (date(2019, 11, 12), "mardi 12 novembre 2019"),
        (date(2027, 3, 1), "lundi 1er mars 2027"),
        (date(2026, 8, 15), "samedi 15 août 2026"),
    ],
)
def test_long_date(day: date, text: str) -> None:
    assert french_long_date(day) == text
    assert french_day(day) == text.split(" ", 1)[1]
