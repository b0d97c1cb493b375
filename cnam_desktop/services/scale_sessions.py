"""Session placement for the scale generator: time slots, lanes, trainer bookings.

A site's usable slots are shared out among the offerings of each room (`lane`: every
n-th slot), so rooms and groups are not double-booked while `sessions` fits in the
slots; a trainer is booked only where free. A few conflicts are injected on purpose.
"""

from __future__ import annotations

import random
import uuid
from dataclasses import dataclass, field
from datetime import date, datetime, time, timedelta

from cnam_desktop.domain.enums import Modality, RoomKind, SessionStatus, SiteStatus
from cnam_desktop.services import holiday_calendar as cal
from cnam_desktop.services.seeding import Row

YEAR_START, YEAR_END = date(2026, 9, 14), date(2027, 6, 25)
REFERENCE_DAY = date(2026, 11, 26)  # "today" of the demo data: earlier sessions are done
WEEKDAY_SLOTS = (
    (time(9, 0), time(12, 30)),
    (time(13, 30), time(17, 0)),
    (time(18, 0), time(21, 0)),
)
SATURDAY_SLOTS = ((time(9, 0), time(12, 30)), (time(13, 30), time(17, 0)))
TRAINER_TRIES = 3
INJECTED_TRAINER_RATE = 0.001  # a busy trainer booked anyway
INJECTED_ROOM_RATE = 0.0005  # a session put in another room of its site

Slot = tuple[date, time, time]
RoomInfo = tuple[str, RoomKind, int]  # id, kind, capacity


@dataclass
class ScaleSite:
    id: str
    index: int
    town: str
    department: str
    status: SiteStatus
    authority_id: str
    rooms: list[RoomInfo] = field(default_factory=list)
    allowed: list[int] = field(default_factory=list)  # usable slot indexes


@dataclass
class ScaleOffering:
    id: str
    site: ScaleSite
    course: Row
    modality: Modality
    room: RoomInfo | None
    trainer: int  # index of its usual trainer
    pool: list[int]  # trainers of the course's sector
    link: str | None = None
    lane: list[int] = field(default_factory=list)


def school_year_slots() -> list[Slot]:
    """Teaching slots of the school year: weekdays and Saturday morning, outside
    national public holidays and zone B school breaks."""
    closed = cal.closed_days(YEAR_START, YEAR_END, None)
    slots: list[Slot] = []
    day = YEAR_START
    while day <= YEAR_END:
        weekday = day.weekday()
        if weekday < 6 and day not in closed:
            for start, end in SATURDAY_SLOTS if weekday == 5 else WEEKDAY_SLOTS:
                slots.append((day, start, end))
        day += timedelta(days=1)
    return slots


def share_lanes(site: ScaleSite, offerings: list[ScaleOffering]) -> None:
    """Give each offering its slots: room-sharing offerings take turns, others take all."""
    by_room: dict[str, list[ScaleOffering]] = {}
    for offering in offerings:
        if offering.room is None:
            offering.lane = site.allowed
        else:
            by_room.setdefault(offering.room[0], []).append(offering)
    for sharing in by_room.values():
        for turn, offering in enumerate(sharing):
            offering.lane = site.allowed[turn :: len(sharing)]


def quotas(widths: list[int], count: int) -> list[int]:
    """Split `count` sessions in proportion to the offerings' lane widths, summing exactly.

    Lanes then fill evenly; they overflow (double bookings) only if `count` exceeds the
    total width.
    """
    total = sum(widths)
    shares = [count * width // total for width in widths]
    for index in range(count - sum(shares)):  # fewer than len(widths) left over
        shares[index % len(shares)] += 1
    return shares


def place_sessions(
    offerings: list[ScaleOffering],
    count: int,
    slots: list[Slot],
    trainer_ids: list[str],
    rng: random.Random,
    created_at: datetime,
) -> list[Row]:
    """Exactly `count` complete session rows spread over the offerings' lanes."""
    rows: list[Row] = []
    if not count:
        return rows
    if not offerings:
        raise ValueError("no offering to hold sessions")
    n_slots, n_trainers = len(slots), len(trainer_ids)
    random_, randrange, getrandbits = rng.random, rng.randrange, rng.getrandbits
    busy: set[int] = set()  # trainer index * n_slots + slot index
    all_slots = list(range(n_slots))
    lanes = [offering.lane or all_slots for offering in offerings]
    for offering, lane, quota in zip(
        offerings, lanes, quotas([len(x) for x in lanes], count), strict=True
    ):
        if not quota:
            continue
        width = len(lane)
        offset = randrange(width)
        room_id = offering.room[0] if offering.room else None
        site_rooms = [r[0] for r in offering.site.rooms]
        modality, link, pool = offering.modality, offering.link, offering.pool
        series_id = str(uuid.UUID(int=getrandbits(128), version=4))
        for i in range(quota):
            slot = lane[(offset + i * width // quota) % width]
            day, start, end = slots[slot]
            trainer: int | None = None
            if random_() < INJECTED_TRAINER_RATE:
                trainer = randrange(n_trainers)
            else:
                candidate = offering.trainer
                for attempt in range(TRAINER_TRIES):
                    if candidate * n_slots + slot not in busy:
                        trainer = candidate
                        break
                    candidate = (
                        pool[randrange(len(pool))] if attempt == 0 else randrange(n_trainers)
                    )
            if trainer is not None:
                busy.add(trainer * n_slots + slot)
            room = room_id
            if room is not None and random_() < INJECTED_ROOM_RATE:
                room = site_rooms[randrange(len(site_rooms))]
            rows.append(
                {  # in the table's column order, like every generated row
                    "offering_id": offering.id,
                    "day": day,
                    "start_time": start,
                    "end_time": end,
                    "modality": modality,
                    "room_id": room,
                    "video_link": link,
                    "trainer_id": trainer_ids[trainer] if trainer is not None else None,
                    "unit_code": None,
                    "status": SessionStatus.DONE if day < REFERENCE_DAY else SessionStatus.PLANNED,
                    "series_id": series_id,
                    "id": str(uuid.UUID(int=getrandbits(128), version=4)),
                    "created_at": created_at,
                    "updated_at": created_at,
                    "deleted_at": None,
                    "version": 1,
                    "updated_by": None,
                    "synced_version": None,
                    "server_txid": None,
                }
            )
    return rows
