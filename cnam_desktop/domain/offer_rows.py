"""Lines of the offerings and sessions lists and of the calendar, with their filters.

Lists hold ids sorted and filtered in SQL (`OFFERING_SORT_KEYS`, `SESSION_SORT_KEYS`)
and fetch these rows only for the ids they show.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, time

from cnam_desktop.domain.enums import Modality, OfferingStatus, SessionStatus


def course_label(code: str, title: str) -> str:
    """« NFE114 — Systèmes d'information »."""
    return f"{code} — {title}"


class _Labels:
    """French labels of a line holding `course_code`, `course_title`, `modality`, `status`."""

    __slots__ = ()
    course_code: str
    course_title: str
    modality: Modality
    status: OfferingStatus | SessionStatus

    @property
    def course_label(self) -> str:
        return course_label(self.course_code, self.course_title)

    @property
    def modality_label(self) -> str:
        return self.modality.label

    @property
    def status_label(self) -> str:
        return self.status.label


# Offerings -----------------------------------------------------------------------------------


@dataclass(frozen=True)
class OfferingFilter:
    """What the offerings list is narrowed to; None means "any".

    `text` matches the course code or title, the site, the sector and the period,
    accents and case ignored (the period: case only).
    """

    text: str | None = None
    site_id: str | None = None
    course_id: str | None = None
    sector_id: str | None = None
    status: OfferingStatus | None = None
    modality: Modality | None = None


@dataclass(frozen=True)
class OfferingRow(_Labels):
    """One line of the offerings table.

    `session_count` counts the live sessions of the offering (any status);
    `next_session` is the first live, not cancelled one from today on.
    """

    id: str
    site_id: str
    site_name: str
    course_id: str
    course_code: str
    course_title: str
    sector_name: str
    period_label: str
    start_date: date
    end_date: date | None
    modality: Modality
    planned_learners: int
    enrolled_learners: int
    funded_cpf: int
    funded_employer: int
    funded_jobseeker: int
    funded_self: int
    status: OfferingStatus
    session_count: int
    next_session: date | None

    @property
    def funding_label(self) -> str:
        """« CPF 5 · employeur 3 · demandeurs d'emploi 2 · autofinancés 1 » (zeros left out)."""
        parts = [
            ("CPF", self.funded_cpf),
            ("employeur", self.funded_employer),
            ("demandeurs d'emploi", self.funded_jobseeker),
            ("autofinancés", self.funded_self),
        ]
        return " · ".join(f"{label} {count}" for label, count in parts if count)


OFFERING_SORT_KEYS = (
    "course",  # title, French order
    "code",  # Cnam code
    "site",
    "sector",
    "period",  # start date, then the period label
    "modality",  # présentiel, à distance, hybride
    "planned",
    "enrolled",
    "status",  # workflow order: prévue → annulée
    "session_count",
    "next_session",  # offerings without one last
)


# Sessions ------------------------------------------------------------------------------------


@dataclass(frozen=True)
class SessionFilter:
    """What the sessions list is narrowed to; None means "any".

    `site_id` keeps the sessions of the site's offerings and those where one of its
    offerings is a guest (a distance session gathering several sites); `offering_id`
    keeps the offering's own sessions. `start`/`end` bound the day, both included.
    `text` matches the course code or title, the site, room and trainer names
    (accents and case ignored) and the unit code.
    """

    text: str | None = None
    site_id: str | None = None
    offering_id: str | None = None
    course_id: str | None = None
    sector_id: str | None = None
    status: SessionStatus | None = None
    modality: Modality | None = None
    start: date | None = None
    end: date | None = None
    room_id: str | None = None
    trainer_id: str | None = None
    series_id: str | None = None


@dataclass(frozen=True)
class SessionRow(_Labels):
    """One line of the sessions table; `guest_site_names` are the invited sites."""

    id: str
    offering_id: str
    day: date
    start_time: time
    end_time: time
    course_code: str
    course_title: str
    site_id: str
    site_name: str
    modality: Modality
    room_id: str | None
    room_name: str | None
    trainer_id: str | None
    trainer_name: str | None
    unit_code: str | None
    status: SessionStatus
    video_link: str | None
    series_id: str | None
    guest_site_names: tuple[str, ...]

    @property
    def in_series(self) -> bool:
        return self.series_id is not None


SESSION_SORT_KEYS = (
    "day",  # day, then start time
    "time",  # start then end time, then day
    "course",  # title, French order
    "code",
    "site",
    "modality",
    "room",  # sessions without a room last
    "trainer",  # last then first name; sessions without a trainer last
    "unit",
    "status",  # prévue, confirmée, réalisée, annulée
    "series",  # sessions of a series first (ascending), then single ones
    "guests",  # by how many offerings of other sites join
)


@dataclass(frozen=True, slots=True)
class CalendarSession(_Labels):
    """A session as a week or month view draws it.

    `is_guest` is True when the calendar is a site's and the session belongs to an
    offering of another site that invited one of this site's offerings.
    """

    id: str
    offering_id: str
    day: date
    start_time: time
    end_time: time
    course_code: str
    course_title: str
    site_id: str
    site_name: str
    room_id: str | None
    room_name: str | None
    trainer_id: str | None
    trainer_name: str | None
    modality: Modality
    status: SessionStatus
    is_guest: bool = False
