"""The columns of the workbook sheets that go out to partners and come back.

One description serves three uses, so that they can never drift apart:
- the partner workbook writes these sheets (plus columns marked `export_only`),
- the blank import templates carry the same headers, with validation lists,
- the import reads a sheet back by its headers (order does not matter; an unknown
  header is reported, an `export_only` one is ignored).

An exported workbook re-imported therefore gives back the same data.

Kinds: "text", "int", "decimal" (money, 2 places), "float", "date", "time", "bool"
(Oui / Non), "enum" (one of `choices`, the French labels), "ref" (the name of a record
that must already exist: an equipment type, a room, a trainer…).
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Literal

from cnam_desktop.domain.enums import (
    EquipmentCondition,
    LabelledEnum,
    Modality,
    RoomKind,
    SessionStatus,
    SiteStatus,
)

ColumnKind = Literal["text", "int", "decimal", "float", "date", "time", "bool", "enum", "ref"]

YES, NO = "Oui", "Non"


@dataclass(frozen=True)
class Column:
    key: str
    """The field it fills (the name used by the import's parsed rows)."""
    header: str
    """The French header, exactly as written in row 1."""
    kind: ColumnKind = "text"
    width: int = 14
    """Smallest width in characters (the writer widens it to fit the content)."""
    required: bool = False
    enum: type[LabelledEnum] | None = None
    max_length: int | None = None
    help: str = ""
    """One line for the instruction sheet of the templates."""
    export_only: bool = False
    """Written by the export for the reader's comfort; ignored by the import."""

    @property
    def choices(self) -> tuple[str, ...]:
        if self.kind == "bool":
            return (YES, NO)
        if self.enum is not None:
            return tuple(member.label for member in self.enum)
        return ()


@dataclass(frozen=True)
class SheetLayout:
    key: str
    title: str
    """The sheet's name (31 characters at most)."""
    columns: tuple[Column, ...]
    natural_key: tuple[str, ...]
    """Column keys that name one record: a row matching an existing record updates it."""
    description: str

    def column(self, key: str) -> Column:
        return next(c for c in self.columns if c.key == key)

    @property
    def importable_columns(self) -> tuple[Column, ...]:
        return tuple(c for c in self.columns if not c.export_only)

    @property
    def headers(self) -> tuple[str, ...]:
        return tuple(c.header for c in self.columns)


def _site_columns() -> tuple[Column, ...]:
    """The two columns that name a site: its INSEE code and its name."""
    return (
        Column(
            "site_insee",
            "Code INSEE du site",
            width=10,
            help="Code INSEE de la commune du site (5 caractères, par exemple 52121).",
        ),
        Column(
            "site_name",
            "Site",
            width=24,
            required=True,
            help="Nom du site tel qu'il figure dans l'application.",
        ),
    )


SITES = SheetLayout(
    key="sites",
    title="Sites",
    natural_key=("insee_code", "name"),
    description=(
        "Un site par ligne. Une ligne dont le code INSEE et le nom correspondent à un site "
        "existant le met à jour ; sinon un nouveau site est créé."
    ),
    columns=(
        Column("insee_code", "Code INSEE", width=10, help="5 caractères, par exemple 52121."),
        Column("name", "Nom du site", width=24, required=True, max_length=120),
        Column("town", "Commune", width=18, required=True, max_length=120),
        Column("postcode", "Code postal", width=9, help="5 chiffres."),
        Column("department", "Département", width=8, help="Par exemple 52, 2A ou 974."),
        Column("epci", "EPCI", width=24, max_length=200),
        Column("region", "Région", width=14, max_length=80),
        Column("latitude", "Latitude", kind="float", width=10),
        Column("longitude", "Longitude", kind="float", width=10),
        Column("acv", "Action cœur de ville", kind="bool", width=8),
        Column("industry_territory", "Territoire d'industrie", kind="bool", width=8),
        Column("status", "Statut", kind="enum", enum=SiteStatus, width=16, required=True),
        Column("application_date", "Date de candidature", kind="date", width=12),
        Column("selection_date", "Date de sélection", kind="date", width=12),
        Column("opening_date", "Date d'ouverture", kind="date", width=12),
        Column("employment_area", "Bassin d'emploi", width=18, max_length=120),
        Column("notes", "Notes", width=30),
    ),
)

ROOMS = SheetLayout(
    key="rooms",
    title="Locaux et salles",
    natural_key=("site_insee", "site_name", "room"),
    description=(
        "Une salle par ligne, avec le bâtiment qui l'abrite. Un bâtiment sans salle tient "
        "sur une ligne dont la colonne Salle est vide. Une salle se reconnaît à son nom "
        "dans le site ; un bâtiment à son nom dans le site (créé s'il n'existe pas)."
    ),
    columns=(
        *_site_columns(),
        Column("premises", "Bâtiment", width=20, required=True, max_length=120),
        Column("address", "Adresse du bâtiment", width=24, max_length=200),
        Column("owner", "Propriétaire", width=18, max_length=200),
        Column("agreement_start", "Début de convention", kind="date", width=12),
        Column("agreement_end", "Fin de convention", kind="date", width=12),
        Column("yearly_cost", "Coût annuel (€)", kind="decimal", width=12),
        Column("step_free", "Accès de plain-pied", kind="bool", width=8),
        Column("room", "Salle", width=18, max_length=120),
        Column("kind", "Type de salle", kind="enum", enum=RoomKind, width=14),
        Column("capacity", "Capacité", kind="int", width=9, help="Nombre de places."),
        Column("accessible", "Accessible PMR", kind="bool", width=8),
        Column("opening_hours", "Horaires d'ouverture", width=20, max_length=200),
    ),
)

INVENTORY = SheetLayout(
    key="inventory",
    title="Inventaire",
    natural_key=("site_insee", "site_name", "room", "equipment", "condition"),
    description=(
        "Une ligne par équipement présent, dans une salle ou sur le site (colonne Salle "
        "vide). Une ligne de même site, salle, équipement et état qu'une ligne existante "
        "en met à jour la quantité."
    ),
    columns=(
        *_site_columns(),
        Column("room", "Salle", kind="ref", width=18, help="Vide : équipement du site."),
        Column(
            "equipment",
            "Équipement",
            kind="ref",
            width=26,
            required=True,
            help="Un type d'équipement du catalogue (liste de l'onglet Listes).",
        ),
        Column("category", "Catégorie", width=16, export_only=True),
        Column("quantity", "Quantité", kind="int", width=9, required=True),
        Column(
            "condition",
            "État",
            kind="enum",
            enum=EquipmentCondition,
            width=12,
            required=True,
        ),
        Column("unit_cost", "Coût unitaire (€)", kind="decimal", width=12, export_only=True),
        Column("value", "Valeur (€)", kind="decimal", width=12, export_only=True),
    ),
)

SESSIONS = SheetLayout(
    key="sessions",
    title="Planning",
    natural_key=("site_insee", "site_name", "course_code", "period", "day", "start_time"),
    description=(
        "Une séance par ligne. L'ouverture (site, code Cnam, période) doit exister dans "
        "l'application. Une séance de même ouverture, date et heure de début qu'une "
        "séance existante la met à jour."
    ),
    columns=(
        *_site_columns(),
        Column("course_code", "Code Cnam", width=10, required=True),
        Column("course_title", "Formation", width=30, export_only=True),
        Column(
            "period",
            "Période",
            width=12,
            required=True,
            help="La période de l'ouverture, par exemple 2026-2027.",
        ),
        Column("day", "Date", kind="date", width=11, required=True),
        Column("weekday", "Jour", width=9, export_only=True),
        Column("start_time", "Début", kind="time", width=7, required=True),
        Column("end_time", "Fin", kind="time", width=7, required=True),
        Column("modality", "Modalité", kind="enum", enum=Modality, width=12, required=True),
        Column("room", "Salle", kind="ref", width=18, help="Salle du site (présentiel, hybride)."),
        Column("video_link", "Lien de visioconférence", width=28, max_length=500),
        Column(
            "trainer",
            "Formateur",
            kind="ref",
            width=20,
            help="Prénom et nom d'un formateur de l'application.",
        ),
        Column("unit_code", "Unité", width=10, max_length=20),
        Column("status", "Statut", kind="enum", enum=SessionStatus, width=11, required=True),
        Column("guests", "Sites invités", width=20, export_only=True),
    ),
)

IMPORTABLE: tuple[SheetLayout, ...] = (SITES, ROOMS, INVENTORY, SESSIONS)
"""The subjects a workbook can bring back, in the order they are imported."""


def layout_for_title(title: str) -> SheetLayout | None:
    wanted = title.strip().casefold()
    return next((layout for layout in IMPORTABLE if layout.title.casefold() == wanted), None)
