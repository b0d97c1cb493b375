"""Offerings and sessions as plain values (what dialogs edit and services save).

An offering is a course opened at a site for a period; a session is one time slot of
an offering. A distance or hybrid session may gather the learners of offerings of
other sites (`guest_offering_ids`). Validation of these values lives here too.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date, time

from cnam_desktop.domain.enums import Modality, OfferingStatus, SessionStatus


@dataclass(frozen=True)
class OfferingData:
    """The editable fields of an offering (ouverture d'une formation sur un site)."""

    course_id: str
    site_id: str
    period_label: str
    start_date: date
    end_date: date | None = None
    modality: Modality = Modality.IN_PERSON
    planned_learners: int = 0
    enrolled_learners: int = 0
    funded_cpf: int = 0
    funded_employer: int = 0
    funded_jobseeker: int = 0
    funded_self: int = 0
    status: OfferingStatus = OfferingStatus.PLANNED


@dataclass(frozen=True)
class SessionData:
    """The editable fields of a session (séance).

    `room_id` is for in-person and hybrid sessions, `video_link` for distance and
    hybrid ones; `series_id` is set when the session belongs to a generated series.
    """

    offering_id: str
    day: date
    start_time: time
    end_time: time
    modality: Modality = Modality.IN_PERSON
    room_id: str | None = None
    video_link: str | None = None
    trainer_id: str | None = None
    unit_code: str | None = None
    status: SessionStatus = SessionStatus.PLANNED
    guest_offering_ids: frozenset[str] = field(default_factory=frozenset)
    series_id: str | None = None
