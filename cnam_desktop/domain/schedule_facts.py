"""What the conflict engine is given: sessions, offerings, courses, sites, rooms,
closures and inventory as plain frozen values (see `domain/conflicts.py`).

Also the rule telling which rooms are fit for hybrid teaching (`has_video_kit`).
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass, field
from datetime import date, time

from cnam_desktop.domain.enums import ClosureKind, Modality, RoomKind, SessionStatus
from cnam_desktop.domain.formatting import french_sort_key


@dataclass(frozen=True, slots=True)
class SessionFact:
    id: str
    offering_id: str
    day: date
    start: time
    end: time
    modality: Modality = Modality.IN_PERSON
    room_id: str | None = None
    trainer_id: str | None = None
    video_link: str | None = None
    status: SessionStatus = SessionStatus.PLANNED
    guest_offering_ids: tuple[str, ...] = ()


@dataclass(frozen=True, slots=True)
class OfferingFact:
    id: str
    course_id: str
    site_id: str
    period_label: str = ""
    enrolled: int = 0
    planned: int = 0

    @property
    def learners(self) -> int:
        """Enrolled learners, or the planned number while nobody is enrolled yet."""
        return self.enrolled if self.enrolled > 0 else self.planned


@dataclass(frozen=True, slots=True)
class EquipmentRequirement:
    type_id: str
    per_learner: int = 0
    per_group: int = 0

    def quantity(self, learners: int) -> int:
        return self.per_learner * learners + self.per_group


@dataclass(frozen=True, slots=True)
class CourseFact:
    id: str
    code: str
    title: str = ""
    required_room_kind: RoomKind | None = None
    equipment: tuple[EquipmentRequirement, ...] = ()


@dataclass(frozen=True, slots=True)
class SiteFact:
    id: str
    name: str
    department: str | None = None


@dataclass(frozen=True, slots=True)
class RoomFact:
    id: str
    name: str
    site_id: str
    capacity: int
    kind: RoomKind = RoomKind.CLASSROOM
    has_video_kit: bool = False


@dataclass(frozen=True, slots=True)
class ClosureFact:
    id: str
    kind: ClosureKind
    label: str
    start: date
    end: date
    site_id: str | None = None
    subdivision: str | None = None


@dataclass(frozen=True, slots=True)
class ScheduleFacts:
    """Everything the engine looks at. Every id a session names must be in the mappings
    (the service drops references to deleted rows before building the facts)."""

    sessions: Sequence[SessionFact]
    offerings: Mapping[str, OfferingFact]
    courses: Mapping[str, CourseFact]
    sites: Mapping[str, SiteFact]
    rooms: Mapping[str, RoomFact] = field(default_factory=dict)
    trainers: Mapping[str, str] = field(default_factory=dict)  # id → display name
    equipment_types: Mapping[str, str] = field(default_factory=dict)  # id → label
    inventory: Mapping[tuple[str, str], int] = field(default_factory=dict)  # (site, type)
    closures: Sequence[ClosureFact] = ()

    @classmethod
    def of(
        cls,
        sessions: Iterable[SessionFact],
        offerings: Iterable[OfferingFact],
        courses: Iterable[CourseFact],
        sites: Iterable[SiteFact],
        rooms: Iterable[RoomFact] = (),
        *,
        trainers: Mapping[str, str] | None = None,
        equipment_types: Mapping[str, str] | None = None,
        inventory: Mapping[tuple[str, str], int] | None = None,
        closures: Iterable[ClosureFact] = (),
    ) -> ScheduleFacts:
        """Facts from plain lists (keyed by id here), for callers and tests."""
        return cls(
            sessions=list(sessions),
            offerings={o.id: o for o in offerings},
            courses={c.id: c for c in courses},
            sites={s.id: s for s in sites},
            rooms={r.id: r for r in rooms},
            trainers=trainers or {},
            equipment_types=equipment_types or {},
            inventory=inventory or {},
            closures=list(closures),
        )


def is_video_kit(type_label: str) -> bool:
    """An equipment type that equips a room for hybrid teaching: its label says « visio »
    (« Kit de visioconférence », « Système de visio… »), accents and case ignored.

    The category is not enough: webcams and headsets share « Visioconférence » but do not
    make a room hybrid-ready on their own.
    """
    return "visio" in french_sort_key(type_label)


def has_video_kit(kind: RoomKind, usable_type_labels: Iterable[str]) -> bool:
    """The rule for `RoomFact.has_video_kit`: a video room, or a room holding at least one
    usable (not out of order) item of a video-kit type."""
    return kind is RoomKind.VIDEO or any(is_video_kit(label) for label in usable_type_labels)
