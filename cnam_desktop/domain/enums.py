"""Enumerations of the domain, each value carrying its French label.

Values are stable ASCII identifiers stored in the database; labels are what the
interface, the workbooks and the reports show.
"""

from __future__ import annotations

from enum import StrEnum


class LabelledEnum(StrEnum):
    """A string enum whose members have a French label."""

    @property
    def label(self) -> str:
        return _LABELS[type(self).__name__][self.value]

    @classmethod
    def from_label(cls, label: str) -> LabelledEnum:
        wanted = label.strip().casefold()
        for member in cls:
            if member.label.casefold() == wanted or member.value == wanted:
                return member
        raise ValueError(label)

    @classmethod
    def choices(cls) -> list[tuple[str, str]]:
        """(value, label) pairs in declaration order, for combo boxes and lists."""
        return [(m.value, m.label) for m in cls]


class SiteStatus(LabelledEnum):
    CANDIDATE = "candidate"
    SELECTED = "selected"
    PREPARING = "preparing"
    OPEN = "open"
    SUSPENDED = "suspended"
    CLOSED = "closed"
    NOT_SELECTED = "not_selected"
    BDT_SUPPORT = "bdt_support"


class Modality(LabelledEnum):
    IN_PERSON = "in_person"
    DISTANCE = "distance"
    HYBRID = "hybrid"


class CertificationType(LabelledEnum):
    LICENCE = "licence"
    LICENCE_PRO = "licence_pro"
    MASTER = "master"
    TITRE_RNCP = "titre_rncp"
    CERTIFICAT_COMPETENCE = "certificat_competence"
    CERTIFICAT_SPECIALISATION = "certificat_specialisation"
    CERTIFICAT_BAC1 = "certificat_bac1"
    DIPLOME_ETABLISSEMENT = "diplome_etablissement"


class RoomKind(LabelledEnum):
    CLASSROOM = "classroom"
    COMPUTER_LAB = "computer_lab"
    VIDEO = "video"
    WORKSHOP = "workshop"


class PartnerKind(LabelledEnum):
    LOCAL_AUTHORITY = "local_authority"
    EMPLOYMENT = "employment"
    NATIONAL_EDUCATION = "national_education"
    BUSINESS = "business"
    CHAMBER = "chamber"
    UNIVERSITY = "university"
    BANQUE_TERRITOIRES = "banque_territoires"
    OTHER = "other"


class PartnerRole(LabelledEnum):
    HOST = "host"
    FUNDER = "funder"
    PRESCRIBER = "prescriber"
    TEACHING = "teaching"


class NeedStatus(LabelledEnum):
    IDENTIFIED = "identified"
    REQUESTED = "requested"
    FUNDED = "funded"
    DELIVERED = "delivered"


class NeedLevel(LabelledEnum):
    LOW = "low"
    MEDIUM = "medium"
    HIGH = "high"


class Priority(LabelledEnum):
    HIGH = "high"
    MEDIUM = "medium"
    LOW = "low"


class EquipmentCondition(LabelledEnum):
    NEW = "new"
    GOOD = "good"
    WORN = "worn"
    OUT_OF_ORDER = "out_of_order"


class OfferingStatus(LabelledEnum):
    PLANNED = "planned"
    OPEN = "open"
    RUNNING = "running"
    FINISHED = "finished"
    CANCELLED = "cancelled"


class SessionStatus(LabelledEnum):
    PLANNED = "planned"
    CONFIRMED = "confirmed"
    DONE = "done"
    CANCELLED = "cancelled"


class ClosureKind(LabelledEnum):
    PUBLIC_HOLIDAY = "public_holiday"
    SITE_CLOSURE = "site_closure"
    SCHOOL_BREAK = "school_break"


_LABELS: dict[str, dict[str, str]] = {
    "SiteStatus": {
        "candidate": "Candidature",
        "selected": "Retenu",
        "preparing": "En préparation",
        "open": "Ouvert",
        "suspended": "Suspendu",
        "closed": "Fermé",
        "not_selected": "Non retenu",
        "bdt_support": "Accompagné Banque des territoires",
    },
    "Modality": {
        "in_person": "Présentiel",
        "distance": "À distance",
        "hybrid": "Hybride",
    },
    "CertificationType": {
        "licence": "Licence",
        "licence_pro": "Licence professionnelle",
        "master": "Master",
        "titre_rncp": "Titre RNCP",
        "certificat_competence": "Certificat de compétence",
        "certificat_specialisation": "Certificat de spécialisation",
        "certificat_bac1": "Certificat Bac+1",
        "diplome_etablissement": "Diplôme d'établissement",
    },
    "RoomKind": {
        "classroom": "Salle de cours",
        "computer_lab": "Salle informatique",
        "video": "Salle de visioconférence",
        "workshop": "Atelier",
    },
    "PartnerKind": {
        "local_authority": "Collectivité",
        "employment": "Emploi",
        "national_education": "Éducation nationale",
        "business": "Entreprise / réseau",
        "chamber": "Chambre consulaire",
        "university": "Université / école",
        "banque_territoires": "Banque des territoires",
        "other": "Autre",
    },
    "PartnerRole": {
        "host": "Hébergeur",
        "funder": "Financeur",
        "prescriber": "Prescripteur",
        "teaching": "Pédagogique",
    },
    "NeedStatus": {
        "identified": "Identifié",
        "requested": "Demandé",
        "funded": "Financé",
        "delivered": "Livré",
    },
    "NeedLevel": {"low": "Faible", "medium": "Moyen", "high": "Fort"},
    "Priority": {"high": "Haute", "medium": "Moyenne", "low": "Basse"},
    "EquipmentCondition": {
        "new": "Neuf",
        "good": "Bon état",
        "worn": "Usé",
        "out_of_order": "Hors service",
    },
    "OfferingStatus": {
        "planned": "Prévue",
        "open": "Ouverte",
        "running": "En cours",
        "finished": "Terminée",
        "cancelled": "Annulée",
    },
    "SessionStatus": {
        "planned": "Prévue",
        "confirmed": "Confirmée",
        "done": "Réalisée",
        "cancelled": "Annulée",
    },
    "ClosureKind": {
        "public_holiday": "Jour férié",
        "site_closure": "Fermeture du site",
        "school_break": "Vacances scolaires",
    },
}

# The pipeline a site follows; `NOT_SELECTED` branches to Banque des territoires support.
SITE_PIPELINE: tuple[SiteStatus, ...] = (
    SiteStatus.CANDIDATE,
    SiteStatus.SELECTED,
    SiteStatus.PREPARING,
    SiteStatus.OPEN,
    SiteStatus.SUSPENDED,
    SiteStatus.CLOSED,
    SiteStatus.NOT_SELECTED,
    SiteStatus.BDT_SUPPORT,
)
