"""Offerings and sessions as plain values (what dialogs edit and services save).

An offering is a course opened at a site for a period; a session is one time slot of
an offering. A distance or hybrid session may gather the learners of offerings of
other sites (`guest_offering_ids`). Validation of these values lives here too.

Validation refuses only what cannot be saved meaningfully. What is plannable but
not yet right (an in-person session without a room, more learners than the room
holds) is left to the conflict engine, which reports it without refusing the save:
staff plan before rooms are known.
"""

from __future__ import annotations

from dataclasses import dataclass, field, replace
from datetime import date, time
from urllib.parse import urlsplit

from cnam_desktop.domain.enums import Modality, OfferingStatus, SessionStatus
from cnam_desktop.domain.formatting import plural
from cnam_desktop.domain.premises import in_use
from cnam_desktop.domain.usage import InUseError
from cnam_desktop.domain.validation import (
    CNAM_CODE_RE,
    Validator,
    normalise_code,
    normalise_text,
)

# The error key of the funding split, which spans the four `funded_*` fields.
FUNDING_FIELD = "funding"


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

    @property
    def funded_total(self) -> int:
        return self.funded_cpf + self.funded_employer + self.funded_jobseeker + self.funded_self

    def normalised(self) -> OfferingData:
        return replace(
            self,
            course_id=normalise_text(self.course_id) or "",
            site_id=normalise_text(self.site_id) or "",
            period_label=normalise_text(self.period_label) or "",
            modality=Modality(self.modality),
            status=OfferingStatus(self.status),
        )


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

    def normalised(self) -> SessionData:
        """Blanks stripped; the room dropped at a distance, the link dropped in person."""
        modality = Modality(self.modality)
        return replace(
            self,
            offering_id=normalise_text(self.offering_id) or "",
            modality=modality,
            room_id=None if modality is Modality.DISTANCE else normalise_text(self.room_id),
            video_link=None if modality is Modality.IN_PERSON else normalise_text(self.video_link),
            trainer_id=normalise_text(self.trainer_id),
            unit_code=normalise_code(self.unit_code),
            status=SessionStatus(self.status),
            guest_offering_ids=frozenset(g for g in self.guest_offering_ids if g and g.strip()),
            series_id=normalise_text(self.series_id),
        )


# Validation ---------------------------------------------------------------------------------


def validate_offering(data: OfferingData) -> OfferingData:
    """Return the normalised data, or raise `ValidationError` naming each bad field.

    Whether the course allows the modality, and more learners than the course's
    maximum, are not checked here: the first needs the course (the service checks
    it), the second is a capacity warning of the conflict engine.
    """
    data = data.normalised()
    v = Validator()
    v.required("course_id", "Parcours", data.course_id)
    v.required("site_id", "Site", data.site_id)
    v.required("period_label", "Période", data.period_label)
    v.max_length("period_label", "Période", data.period_label, 80)
    if data.start_date is None:
        v.fail("start_date", "Date de début : ce champ est obligatoire.")
    v.not_before("end_date", "Date de fin", data.end_date, data.start_date, "la date de début")
    v.not_negative("planned_learners", "Apprenants prévus", data.planned_learners)
    v.not_negative("enrolled_learners", "Apprenants inscrits", data.enrolled_learners)
    funding = (
        ("funded_cpf", "Financés par le CPF", data.funded_cpf),
        ("funded_employer", "Financés par l'employeur", data.funded_employer),
        ("funded_jobseeker", "Demandeurs d'emploi financés", data.funded_jobseeker),
        ("funded_self", "Autofinancés", data.funded_self),
    )
    for name, label, value in funding:
        v.not_negative(name, label, value)
    if not v.errors and data.funded_total != data.enrolled_learners:
        v.fail(FUNDING_FIELD, funding_mismatch(data.funded_total, data.enrolled_learners))
    v.raise_if_any()
    return data


def funding_mismatch(funded: int, enrolled: int) -> str:
    """« Financements : 12 apprenants répartis pour 14 inscrits. »"""
    shared = "réparti" if funded <= 1 else "répartis"
    return (
        f"Financements : {plural(funded, 'apprenant')} {shared} pour {plural(enrolled, 'inscrit')}."
    )


def looks_like_web_address(value: str) -> bool:
    """An http(s) address with a host and no blank (« https://visio.exemple.fr/salle »)."""
    if any(c.isspace() for c in value):
        return False
    try:
        parts = urlsplit(value)
        host = parts.hostname
    except ValueError:
        return False
    return parts.scheme.lower() in ("http", "https") and bool(host)


def validate_session(data: SessionData) -> SessionData:
    """Return the normalised data, or raise `ValidationError` naming each bad field.

    That the room belongs to the offering's site, and that guest offerings run the
    same course at other sites, needs the database: the service checks it.
    """
    data = data.normalised()
    v = Validator()
    v.required("offering_id", "Ouverture", data.offering_id)
    if data.day is None:
        v.fail("day", "Date : ce champ est obligatoire.")
    if data.start_time is None:
        v.fail("start_time", "Début : ce champ est obligatoire.")
    if data.end_time is None:
        v.fail("end_time", "Fin : ce champ est obligatoire.")
    # Times of one day: an end after the start keeps the session within that day.
    v.end_after_start("end_time", data.start_time, data.end_time)
    if data.video_link and not looks_like_web_address(data.video_link):
        v.fail(
            "video_link",
            f"Lien de visioconférence : « {data.video_link} » n'est pas une adresse web "
            "(par exemple https://visio.exemple.fr/salle).",
        )
    v.max_length("video_link", "Lien de visioconférence", data.video_link, 500)
    v.pattern(
        "unit_code", "Unité d'enseignement", data.unit_code, CNAM_CODE_RE, "par exemple NFE114"
    )
    v.max_length("unit_code", "Unité d'enseignement", data.unit_code, 20)
    if data.guest_offering_ids and data.modality is Modality.IN_PERSON:
        v.fail(
            "guest_offering_ids",
            "Sites invités : seule une séance à distance ou hybride peut réunir "
            "les apprenants d'autres sites.",
        )
    elif data.offering_id in data.guest_offering_ids:
        v.fail(
            "guest_offering_ids",
            "Sites invités : l'ouverture de la séance ne peut pas être sa propre invitée.",
        )
    v.raise_if_any()
    return data


def offering_in_use(label: str, sessions: int, needs: int, invitations: int) -> InUseError:
    """The refusal to delete an offering that still has sessions, needs or invitations."""
    return in_use(
        f"l'ouverture « {label} »",
        [
            (sessions, "séance", "séances"),
            (needs, "besoin d'équipement", "besoins d'équipement"),
            (
                invitations,
                "invitation à une séance d'un autre site",
                "invitations à des séances d'autres sites",
            ),
        ],
        "Supprimez-les d'abord, ou annulez l'ouverture (statut « Annulée ») "
        "pour la garder dans l'historique.",
    )
