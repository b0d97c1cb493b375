"""« Trouver une salle libre »: the rules, over plain values.

A room *fits* when its capacity holds the learners and its kind is the one asked for
(the course's required kind, or the kind chosen; any kind when neither says). It is
*busy* on a slot when a session (live, not cancelled) in that room overlaps it:
`a.start < b.end and b.start < a.end` — a session ending at 12:30 leaves the room
free for a slot starting at 12:30.

Equipment is counted per room: the site's usable items kept in that room plus those
not attached to any room (items of the site's other rooms do not count). A room that
fits but lacks equipment is *listed* with what it lacks (`missing_equipment`) rather
than left out: staff can often bring laptops over, and the list says how many. A room
busy on every slot asked for is left out; one busy on some of them is listed with
those days (`busy_on`), so that the interface can say « libre sauf le 12/11 ».

Order: fully free rooms first, then, among equals, equipped ones first; then by site
name (French order), by capacity closest to the need, by room name.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass
from datetime import date, time

from cnam_desktop.domain.enums import RoomKind
from cnam_desktop.domain.formatting import french_sort_key
from cnam_desktop.domain.validation import Validator

Slot = tuple[date, time, time]  # day, start, end


@dataclass(frozen=True)
class RoomCandidate:
    """A live room of a live site, as the search sees it."""

    room_id: str
    room_name: str
    site_id: str
    site_name: str
    town: str
    kind: RoomKind
    capacity: int
    accessible: bool


@dataclass(frozen=True)
class Booking:
    """A session holding a room (live, not cancelled)."""

    room_id: str
    day: date
    start: time
    end: time


@dataclass(frozen=True)
class Requirement:
    """Equipment a course needs: so many per learner plus so many per group."""

    type_id: str
    label: str
    per_learner: int
    per_group: int

    def quantity(self, learners: int) -> int:
        return self.per_learner * learners + self.per_group


@dataclass(frozen=True)
class FreeRoom:
    room_id: str
    room_name: str
    site_id: str
    site_name: str
    town: str
    kind: RoomKind
    capacity: int
    accessible: bool
    busy_on: list[date]  # days of the slots on which the room is taken
    missing_equipment: list[str]  # « Ordinateur portable : 12 requis, 8 disponibles »

    @property
    def fully_free(self) -> bool:
        return not self.busy_on

    @property
    def equipped(self) -> bool:
        return not self.missing_equipment

    @property
    def availability(self) -> str:
        """« libre », « libre sauf le 12/11 », « libre sauf les 12/11 et 19/11 »."""
        if not self.busy_on:
            return "libre"
        days = [d.strftime("%d/%m") for d in self.busy_on]
        if len(days) == 1:
            return f"libre sauf le {days[0]}"
        return f"libre sauf les {', '.join(days[:-1])} et {days[-1]}"


def validate_search(slots: Sequence[Slot], learners: int) -> None:
    """Raise `ValidationError` when there is no slot, a slot ends before it starts, or
    the number of learners is not positive."""
    v = Validator()
    if not slots:
        v.fail("slots", "Créneaux : choisissez au moins un créneau.")
    for day, start, end in slots:
        if end <= start:
            v.fail(
                "slots",
                f"Créneau du {day.strftime('%d/%m/%Y')} : la fin doit être postérieure au début.",
            )
    v.positive("learners", "Effectif", learners)
    v.raise_if_any()


def fits(room: RoomCandidate, learners: int, kind: RoomKind | None) -> bool:
    """Capacity enough for the learners, and the kind asked for (any when None)."""
    return room.capacity >= learners and (kind is None or room.kind is kind)


def overlaps(a_start: time, a_end: time, b_start: time, b_end: time) -> bool:
    """Half-open intervals: touching ends do not overlap."""
    return a_start < b_end and b_start < a_end


def busy_slots(slots: Sequence[Slot], bookings: Iterable[Booking]) -> dict[str, set[int]]:
    """For each room with bookings, the indexes of the slots it is busy on.

    Bookings are grouped by (room, day), so each slot is checked only against the
    sessions of its own day in that room: linear in slots + bookings.
    """
    by_room_day: dict[tuple[str, date], list[Booking]] = defaultdict(list)
    for booking in bookings:
        by_room_day[(booking.room_id, booking.day)].append(booking)
    slots_by_day: dict[date, list[int]] = defaultdict(list)
    for index, (day, _start, _end) in enumerate(slots):
        slots_by_day[day].append(index)
    busy: dict[str, set[int]] = defaultdict(set)
    for (room_id, day), held in by_room_day.items():
        for index in slots_by_day.get(day, ()):
            _day, start, end = slots[index]
            if any(overlaps(start, end, b.start, b.end) for b in held):
                busy[room_id].add(index)
    return dict(busy)


def missing_equipment(
    requirements: Sequence[Requirement], learners: int, available: Mapping[str, int]
) -> list[str]:
    """What the room's usable stock lacks, one French line per equipment type."""
    lines = []
    for req in sorted(requirements, key=lambda r: french_sort_key(r.label)):
        required = req.quantity(learners)
        have = available.get(req.type_id, 0)
        if have < required:
            lines.append(f"{req.label} : {required} requis, {have} disponibles")
    return lines


def room_stock(
    room: RoomCandidate,
    site_stock: Mapping[str, Mapping[str, int]],
    room_stocks: Mapping[str, Mapping[str, int]],
) -> dict[str, int]:
    """Usable quantity per type for a room: the site's unattached items plus its own."""
    stock = dict(site_stock.get(room.site_id, {}))
    for type_id, quantity in room_stocks.get(room.room_id, {}).items():
        stock[type_id] = stock.get(type_id, 0) + quantity
    return stock


def rank_free_rooms(
    slots: Sequence[Slot],
    rooms: Iterable[RoomCandidate],
    bookings: Iterable[Booking],
    *,
    learners: int,
    kind: RoomKind | None = None,
    requirements: Sequence[Requirement] = (),
    site_stock: Mapping[str, Mapping[str, int]] | None = None,
    room_stocks: Mapping[str, Mapping[str, int]] | None = None,
) -> list[FreeRoom]:
    """The rooms that fit, free on at least one slot, in the order described above.

    `site_stock` is the usable quantity per type of each site's items attached to no
    room, `room_stocks` that of the items of each room.
    """
    fitting = [room for room in rooms if fits(room, learners, kind)]
    busy = busy_slots(slots, bookings)
    found = []
    for room in fitting:
        taken = busy.get(room.room_id, set())
        if slots and len(taken) == len(slots):
            continue  # busy on every slot: nothing to offer
        busy_on = sorted({slots[index][0] for index in taken})
        stock = room_stock(room, site_stock or {}, room_stocks or {})
        found.append(
            FreeRoom(
                room_id=room.room_id,
                room_name=room.room_name,
                site_id=room.site_id,
                site_name=room.site_name,
                town=room.town,
                kind=room.kind,
                capacity=room.capacity,
                accessible=room.accessible,
                busy_on=busy_on,
                missing_equipment=missing_equipment(requirements, learners, stock),
            )
        )
    found.sort(
        key=lambda r: (
            bool(r.busy_on),
            bool(r.missing_equipment),
            french_sort_key(r.site_name),
            r.capacity - learners,
            french_sort_key(r.room_name),
            r.room_id,
        )
    )
    return found
