"""The sites table: `IdTableModel` with the sites' columns, demo sites in italics."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from PySide6.QtGui import QFont

from cnam_desktop.domain.formatting import french_date, yes_no
from cnam_desktop.domain.sites import SiteFilter, SiteRow
from cnam_desktop.ui.models.id_table_model import (
    CENTER,
    ID_ROLE,
    RIGHT,
    Column,
    IdTableModel,
    ListSource,
)

if TYPE_CHECKING:
    from cnam_desktop.services.sites import SiteService

SITE_ID_ROLE = ID_ROLE
"""The site id of a row (any column)."""

COLUMNS: tuple[Column[SiteRow], ...] = (
    Column("Nom", lambda r: r.name, 210, "name"),
    Column("Commune", lambda r: r.town, 145, "town"),
    Column("Dépt", lambda r: r.department or "", 50, "department", CENTER, "Département"),
    Column("Statut", lambda r: r.status.label, 235, "status"),
    Column("ACV", lambda r: yes_no(r.acv), 50, "acv", CENTER, "Ville Action cœur de ville"),
    Column(
        "Territoire d'industrie",
        lambda r: yes_no(r.industry_territory),
        135,
        "industry_territory",
        CENTER,
    ),
    Column(
        "Ouverture",
        lambda r: french_date(r.opening_date),
        90,
        "opening_date",
        CENTER,
        value=lambda r: r.opening_date,
    ),
    Column(
        "Salles",
        lambda r: str(r.room_count),
        60,
        "room_count",
        RIGHT,
        "Nombre de salles",
        value=lambda r: r.room_count,
    ),
    Column(
        "Ouvertures",
        lambda r: str(r.offering_count),
        90,
        "offering_count",
        RIGHT,
        "Nombre d'ouvertures de formations (promotions)",
        value=lambda r: r.offering_count,
    ),
)


def site_source(service: SiteService) -> ListSource[SiteRow]:
    return ListSource(
        list_ids=lambda flt, sort, descending: service.list_ids(flt, sort, descending),
        rows=lambda ids: service.rows(ids),
    )


class SiteTableModel(IdTableModel[SiteRow]):
    def __init__(self, service: SiteService | None = None, parent: Any = None) -> None:
        super().__init__(COLUMNS, SiteFilter(), site_source(service) if service else None, parent)

    def set_service(self, service: SiteService | None, flt: SiteFilter | None = None) -> None:
        """Show the sites of `service` (narrowed by `flt`, if given)."""
        self.set_source(site_source(service) if service else None, flt)

    @property
    def site_filter(self) -> SiteFilter:
        flt: SiteFilter = self.current_filter
        return flt

    def site_id(self, row: int) -> str | None:
        return self.record_id(row)

    def site_row(self, row: int) -> SiteRow | None:
        return self.record(row)

    _demo_font: QFont | None = None

    def row_font(self, row: SiteRow) -> Any:
        if not row.is_demo:
            return None
        if self._demo_font is None:  # asked for every cell of each paint: made once
            self._demo_font = QFont()
            self._demo_font.setItalic(True)
        return self._demo_font

    def row_tooltip(self, row: SiteRow, column: Column[SiteRow]) -> str:
        text = f"{row.name} — {row.town}"
        if row.department:
            text += f" ({row.department})"
        text += f"\n{row.status.label}"
        if row.is_demo:
            text += "\nSite de démonstration (« démo »)"
        return text
