"""Satellite sites as plain values: what a dialog edits and a service saves."""

from __future__ import annotations

from dataclasses import dataclass, field, replace
from datetime import date

from cnam_desktop.domain.enums import SiteStatus
from cnam_desktop.domain.validation import (
    Validator,
    normalise_code,
    normalise_text,
)


@dataclass(frozen=True)
class SiteData:
    """The editable fields of a site."""

    name: str
    town: str
    insee_code: str | None = None
    postcode: str | None = None
    department: str | None = None
    epci: str | None = None
    region: str | None = None
    latitude: float | None = None
    longitude: float | None = None
    acv: bool = False
    industry_territory: bool = False
    status: SiteStatus = SiteStatus.CANDIDATE
    application_date: date | None = None
    selection_date: date | None = None
    opening_date: date | None = None
    employment_area: str | None = None
    notes: str | None = None
    is_demo: bool = field(default=False, compare=False)

    def normalised(self) -> SiteData:
        return replace(
            self,
            name=(normalise_text(self.name) or ""),
            town=(normalise_text(self.town) or ""),
            insee_code=normalise_code(self.insee_code),
            postcode=normalise_text(self.postcode),
            department=normalise_code(self.department),
            epci=normalise_text(self.epci),
            region=normalise_text(self.region),
            employment_area=normalise_text(self.employment_area),
            notes=normalise_text(self.notes),
        )


def validate_site(data: SiteData) -> SiteData:
    """Return the normalised data, or raise `ValidationError` naming each bad field."""
    data = data.normalised()
    v = Validator()
    v.required("name", "Nom du site", data.name)
    v.max_length("name", "Nom du site", data.name, 120)
    v.required("town", "Commune", data.town)
    v.max_length("town", "Commune", data.town, 120)
    v.insee_code("insee_code", data.insee_code)
    v.postcode("postcode", data.postcode)
    v.department("department", data.department)
    if (
        data.insee_code
        and data.department
        and "insee_code" not in v.errors
        and not data.insee_code.startswith(data.department)
    ):
        v.fail(
            "insee_code",
            f"Code INSEE : « {data.insee_code} » n'appartient pas "
            f"au département {data.department}.",
        )
    v.between("latitude", "Latitude", data.latitude, -90, 90)
    v.between("longitude", "Longitude", data.longitude, -180, 180)
    v.not_before(
        "selection_date",
        "Date de sélection",
        data.selection_date,
        data.application_date,
        "la date de candidature",
    )
    v.not_before(
        "opening_date",
        "Date d'ouverture",
        data.opening_date,
        data.selection_date,
        "la date de sélection",
    )
    if data.status is SiteStatus.OPEN and data.opening_date is None:
        v.fail("opening_date", "Date d'ouverture : obligatoire pour un site ouvert.")
    v.raise_if_any()
    return data


@dataclass(frozen=True)
class SiteFilter:
    """What the sites list is narrowed to; None means "any"."""

    text: str | None = None
    status: SiteStatus | None = None
    department: str | None = None
    acv: bool | None = None


@dataclass(frozen=True)
class SiteRow:
    """One line of the sites table."""

    id: str
    name: str
    town: str
    department: str | None
    status: SiteStatus
    acv: bool
    industry_territory: bool
    opening_date: date | None
    room_count: int
    offering_count: int
    is_demo: bool


@dataclass(frozen=True)
class PartnerLine:
    name: str
    kind_label: str
    role_label: str
    contact: str | None


@dataclass(frozen=True)
class RoomLine:
    premises: str
    name: str
    kind_label: str
    capacity: int
    accessible: bool


@dataclass(frozen=True)
class OfferingLine:
    cnam_code: str
    title: str
    period: str
    modality_label: str
    status_label: str
    enrolled: int


@dataclass(frozen=True)
class SiteDetail:
    """What the detail pane shows about one site."""

    row: SiteRow
    data: SiteData
    partners: list[PartnerLine]
    rooms: list[RoomLine]
    offerings: list[OfferingLine]


SITE_SORT_KEYS = (
    "name",
    "town",
    "department",
    "status",
    "acv",
    "industry_territory",
    "opening_date",
    "room_count",
    "offering_count",
)
