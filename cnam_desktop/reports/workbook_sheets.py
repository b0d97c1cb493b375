"""The partner workbook's sheets that only go out: needs, catalogue, offer; and the order.

They use the `Column` / `SheetLayout` classes of `workbook_layout.py` (the sheets that
also come back in); none of them is read by the import. Column keys are those of
`db/repositories/workbook_rows.py` plus a few the export computes (`estimated_cost`,
`modalities`).
"""

from __future__ import annotations

from cnam_desktop.domain.enums import (
    CertificationType,
    Modality,
    NeedStatus,
    OfferingStatus,
    Priority,
    RoomKind,
)
from cnam_desktop.reports.workbook_layout import (
    INVENTORY,
    ROOMS,
    SESSIONS,
    SITES,
    Column,
    SheetLayout,
)

COVER_TITLE = "Sommaire"
WORKBOOK_TITLE = "Réseau territorial — classeur partenaires"


def _site_columns() -> tuple[Column, ...]:
    return (
        Column("site_insee", "Code INSEE du site", width=10, export_only=True),
        Column("site_name", "Site", width=24, export_only=True),
    )


NEEDS = SheetLayout(
    key="needs",
    title="Besoins d'équipement",
    natural_key=(),
    description=(
        "Les besoins d'équipement des sites, leur coût estimé et leur financement, avec les "
        "totaux par site, par statut et le total général (formules)."
    ),
    columns=(
        *_site_columns(),
        Column("equipment", "Équipement", kind="ref", width=26, export_only=True),
        Column("category", "Catégorie", width=16, export_only=True),
        Column("quantity", "Quantité", kind="int", width=9, export_only=True),
        Column("unit_cost", "Coût unitaire (€)", kind="decimal", width=12, export_only=True),
        Column(
            "estimated_cost",
            "Coût estimé (€)",
            kind="decimal",
            width=13,
            export_only=True,
            help="Quantité × coût unitaire (formule), sauf coût fixé à la main.",
        ),
        Column("priority", "Priorité", kind="enum", enum=Priority, width=10, export_only=True),
        Column("status", "Statut", kind="enum", enum=NeedStatus, width=11, export_only=True),
        Column("funder", "Financeur", kind="ref", width=22, export_only=True),
        Column("reason", "Motif", width=30, export_only=True),
        Column("offering", "Ouverture liée", width=30, export_only=True),
    ),
)

CATALOGUE = SheetLayout(
    key="catalogue",
    title="Catalogue",
    natural_key=(),
    description="Les formations du catalogue (tout le catalogue, quel que soit le périmètre).",
    columns=(
        Column("cnam_code", "Code Cnam", width=10, export_only=True),
        Column("title", "Intitulé", width=40, export_only=True),
        Column("sector", "Filière", width=20, export_only=True),
        Column(
            "certification_type",
            "Certification",
            kind="enum",
            enum=CertificationType,
            width=18,
            export_only=True,
        ),
        Column("rncp_code", "Code RNCP", width=10, export_only=True),
        Column("rs_code", "Code RS", width=9, export_only=True),
        Column("level", "Niveau", kind="int", width=7, export_only=True),
        Column("hours", "Heures", kind="int", width=8, export_only=True),
        Column("ects", "ECTS", kind="int", width=6, export_only=True),
        Column("cpf_eligible", "Éligible CPF", kind="bool", width=8, export_only=True),
        Column("vae", "VAE", kind="bool", width=6, export_only=True),
        Column("modalities", "Modalités possibles", width=22, export_only=True),
        Column("min_learners", "Effectif minimum", kind="int", width=9, export_only=True),
        Column("max_learners", "Effectif maximum", kind="int", width=9, export_only=True),
        Column(
            "required_room_kind",
            "Type de salle requis",
            kind="enum",
            enum=RoomKind,
            width=16,
            export_only=True,
        ),
    ),
)

OFFER = SheetLayout(
    key="offer",
    title="Offre",
    natural_key=(),
    description=(
        "Les ouvertures de formation par site sur la période : effectifs prévus et inscrits, "
        "financements et nombre de séances."
    ),
    columns=(
        *_site_columns(),
        Column("course_code", "Code Cnam", width=10, export_only=True),
        Column("course_title", "Formation", width=30, export_only=True),
        Column("period", "Période", width=12, export_only=True),
        Column("start_date", "Début", kind="date", width=11, export_only=True),
        Column("end_date", "Fin", kind="date", width=11, export_only=True),
        Column("modality", "Modalité", kind="enum", enum=Modality, width=12, export_only=True),
        Column("status", "Statut", kind="enum", enum=OfferingStatus, width=11, export_only=True),
        Column("planned_learners", "Places prévues", kind="int", width=9, export_only=True),
        Column("enrolled_learners", "Inscrits", kind="int", width=9, export_only=True),
        Column("funded_cpf", "Financement CPF", kind="int", width=9, export_only=True),
        Column("funded_employer", "Financement employeur", kind="int", width=9, export_only=True),
        Column("funded_jobseeker", "Demandeurs d'emploi", kind="int", width=9, export_only=True),
        Column("funded_self", "Autofinancement", kind="int", width=9, export_only=True),
        Column("sessions", "Séances", kind="int", width=9, export_only=True),
    ),
)

SHEETS: tuple[SheetLayout, ...] = (SITES, ROOMS, INVENTORY, NEEDS, CATALOGUE, OFFER, SESSIONS)
"""The data sheets, in workbook order (after the cover, « Sommaire »)."""

DESCRIPTIONS = {
    "sites": "Les sites du réseau, leur statut et leurs dates clés.",
    "rooms": "Les bâtiments mis à disposition et leurs salles.",
    "inventory": "L'équipement présent dans les sites et les salles.",
    "needs": "Les besoins d'équipement et leur coût, avec les totaux (formules).",
    "catalogue": "Toutes les formations du catalogue, quel que soit le périmètre.",
    "offer": "Les ouvertures de formation par site : effectifs et financements.",
    "sessions": "Les séances de formation de la période.",
}
"""One short line per sheet for the cover's table of contents."""


def description(layout: SheetLayout) -> str:
    """One line for the cover's table of contents."""
    return DESCRIPTIONS.get(layout.key, layout.description)
