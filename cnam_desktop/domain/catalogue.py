"""The course catalogue as plain values: sectors, courses and their equipment needs."""

from __future__ import annotations

from dataclasses import dataclass, replace

from cnam_desktop.domain.enums import CertificationType, Modality, RoomKind
from cnam_desktop.domain.validation import (
    CNAM_CODE_RE,
    Validator,
    normalise_code,
    normalise_text,
)

# Degrees that are counted in ECTS credits.
ECTS_REQUIRED = frozenset(
    {CertificationType.LICENCE, CertificationType.LICENCE_PRO, CertificationType.MASTER}
)


@dataclass(frozen=True)
class SectorData:
    """The editable fields of a sector (filière métier)."""

    code: str
    name: str
    description: str | None = None

    def normalised(self) -> SectorData:
        return replace(
            self,
            code=normalise_code(self.code) or "",
            name=normalise_text(self.name) or "",
            description=normalise_text(self.description),
        )


def validate_sector(data: SectorData) -> SectorData:
    data = data.normalised()
    v = Validator()
    v.required("code", "Code de la filière", data.code)
    v.max_length("code", "Code de la filière", data.code, 20)
    v.required("name", "Nom de la filière", data.name)
    v.max_length("name", "Nom de la filière", data.name, 120)
    v.raise_if_any()
    return data


@dataclass(frozen=True)
class SectorRow:
    id: str
    code: str
    name: str
    course_count: int


@dataclass(frozen=True)
class CourseData:
    """The editable fields of a course (parcours de formation)."""

    sector_id: str
    cnam_code: str
    title: str
    certification_type: CertificationType
    rncp_code: str | None = None
    rs_code: str | None = None
    level: int | None = None
    hours: int | None = None
    ects: int | None = None
    cpf_eligible: bool = True
    vae: bool = False
    allows_in_person: bool = True
    allows_distance: bool = True
    allows_hybrid: bool = True
    min_learners: int | None = None
    max_learners: int | None = None
    required_room_kind: RoomKind | None = None
    objectives: str | None = None
    prerequisites: str | None = None
    assessment: str | None = None
    disability_contact: str | None = None

    @property
    def modalities(self) -> frozenset[Modality]:
        allowed = {
            Modality.IN_PERSON: self.allows_in_person,
            Modality.DISTANCE: self.allows_distance,
            Modality.HYBRID: self.allows_hybrid,
        }
        return frozenset(mod for mod, ok in allowed.items() if ok)

    def normalised(self) -> CourseData:
        return replace(
            self,
            cnam_code=normalise_code(self.cnam_code) or "",
            title=normalise_text(self.title) or "",
            rncp_code=normalise_code(self.rncp_code),
            rs_code=normalise_code(self.rs_code),
            objectives=normalise_text(self.objectives),
            prerequisites=normalise_text(self.prerequisites),
            assessment=normalise_text(self.assessment),
            disability_contact=normalise_text(self.disability_contact),
        )


def validate_course(data: CourseData) -> CourseData:
    """Return the normalised data, or raise `ValidationError` naming each bad field."""
    data = data.normalised()
    v = Validator()
    v.required("sector_id", "Filière", data.sector_id)
    v.required("cnam_code", "Code Cnam", data.cnam_code)
    v.max_length("cnam_code", "Code Cnam", data.cnam_code, 20)
    v.pattern("cnam_code", "Code Cnam", data.cnam_code, CNAM_CODE_RE, "par exemple CC13200")
    v.required("title", "Intitulé", data.title)
    v.max_length("title", "Intitulé", data.title, 300)
    v.rncp_code("rncp_code", data.rncp_code)
    v.rs_code("rs_code", data.rs_code)
    if data.certification_type is CertificationType.TITRE_RNCP and not data.rncp_code:
        v.fail("rncp_code", "Code RNCP : obligatoire pour un titre RNCP.")
    v.between("level", "Niveau", data.level, 3, 8)
    v.positive("hours", "Durée (heures)", data.hours)
    v.not_negative("ects", "Crédits ECTS", data.ects)
    if data.certification_type in ECTS_REQUIRED and data.ects is None:
        label = data.certification_type.label
        v.fail("ects", f"Crédits ECTS : obligatoires pour un diplôme de type {label}.")
    v.not_negative("min_learners", "Effectif minimum", data.min_learners)
    v.positive("max_learners", "Effectif maximum", data.max_learners)
    if (
        data.min_learners is not None
        and data.max_learners is not None
        and data.min_learners > data.max_learners
    ):
        v.fail(
            "max_learners", "Effectif maximum : ne peut pas être inférieur à l'effectif minimum."
        )
    if not data.modalities:
        v.fail("modalities", "Modalités : cochez au moins une modalité (présentiel, à distance…).")
    v.max_length("disability_contact", "Référent handicap", data.disability_contact, 200)
    v.raise_if_any()
    return data


@dataclass(frozen=True)
class CourseEquipmentData:
    """Equipment of one type that a course needs: so many per learner plus per group."""

    type_id: str
    per_learner: int = 0
    per_group: int = 0


def validate_course_equipment(items: list[CourseEquipmentData]) -> list[CourseEquipmentData]:
    v = Validator()
    seen: set[str] = set()
    for index, item in enumerate(items):
        key = f"equipment[{index}]"
        v.required(key, "Type d'équipement", item.type_id)
        v.not_negative(key, "Quantité par apprenant", item.per_learner)
        v.not_negative(key, "Quantité par groupe", item.per_group)
        if item.per_learner == 0 and item.per_group == 0:
            v.fail(key, "Équipement : indiquez une quantité par apprenant ou par groupe.")
        if item.type_id in seen:
            v.fail(key, "Type d'équipement : ce type figure déjà dans la liste.")
        seen.add(item.type_id)
    v.raise_if_any()
    return list(items)


@dataclass(frozen=True)
class CourseEquipmentLine:
    type_id: str
    label: str
    category: str
    per_learner: int
    per_group: int


@dataclass(frozen=True)
class CourseFilter:
    """What the catalogue list is narrowed to; None means "any"."""

    text: str | None = None
    sector_id: str | None = None
    certification_type: CertificationType | None = None
    cpf_eligible: bool | None = None
    vae: bool | None = None
    level: int | None = None


@dataclass(frozen=True)
class CourseRow:
    """One line of the catalogue table."""

    id: str
    cnam_code: str
    title: str
    sector_name: str
    certification_type: CertificationType
    rncp_code: str | None
    rs_code: str | None
    level: int | None
    hours: int | None
    ects: int | None
    cpf_eligible: bool
    vae: bool
    modalities: frozenset[Modality]
    offering_count: int


MODALITY_WEIGHTS = {Modality.IN_PERSON: 4, Modality.DISTANCE: 2, Modality.HYBRID: 1}
"""The « Modalités » column sorts on the sum of these: the courses offered in person
first (descending), then at a distance, then hybrid; the same set always together."""


def modality_rank(modalities: frozenset[Modality]) -> int:
    return sum(MODALITY_WEIGHTS[m] for m in modalities)


COURSE_SORT_KEYS = (
    "title",
    "cnam_code",
    "sector",
    "certification_type",
    "level",
    "hours",
    "ects",
    "cpf_eligible",
    "vae",
    "offering_count",
    "register_code",
    "modalities",
)
