"""The sites table: a list of ids from the service, rows fetched lazily in chunks.

Sorting asks the service for a new id order (ORDER BY in SQL); filtering asks it for a
new id list. `data()` never sorts or filters anything in Python.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import (
    QAbstractTableModel,
    QModelIndex,
    QPersistentModelIndex,
    Qt,
)
from PySide6.QtGui import QFont

from cnam_desktop.domain.formatting import french_date, yes_no
from cnam_desktop.domain.sites import SiteFilter, SiteRow

if TYPE_CHECKING:
    from cnam_desktop.services.sites import SiteService

AnyIndex = QModelIndex | QPersistentModelIndex

SITE_ID_ROLE = Qt.ItemDataRole.UserRole + 1
"""The site id of a row (any column)."""

_LEFT = Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter
_CENTER = Qt.AlignmentFlag.AlignCenter
_RIGHT = Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter


@dataclass(frozen=True)
class Column:
    title: str
    text: Callable[[SiteRow], str]
    width: int
    sort_key: str | None = None
    """The service's sort key; None: the column cannot be sorted."""
    align: Qt.AlignmentFlag = _LEFT
    tooltip: str | None = None


COLUMNS: tuple[Column, ...] = (
    Column("Nom", lambda r: r.name, 210, "name"),
    Column("Commune", lambda r: r.town, 145, "town"),
    Column("Dépt", lambda r: r.department or "", 50, "department", _CENTER, "Département"),
    Column("Statut", lambda r: r.status.label, 235, "status"),
    Column("ACV", lambda r: yes_no(r.acv), 50, "acv", _CENTER, "Ville Action cœur de ville"),
    Column(
        "Territoire d'industrie",
        lambda r: yes_no(r.industry_territory),
        135,
        None,
        _CENTER,
    ),
    Column("Ouverture", lambda r: french_date(r.opening_date), 90, "opening_date", _CENTER),
    Column("Salles", lambda r: str(r.room_count), 60, None, _RIGHT, "Nombre de salles"),
    Column(
        "Ouvertures",
        lambda r: str(r.offering_count),
        90,
        None,
        _RIGHT,
        "Nombre d'ouvertures de formations (promotions)",
    ),
)

CHUNK = 200
"""Rows fetched per query when the view asks for one not yet cached."""
MAX_CACHED = 20 * CHUNK
"""Above this many cached rows the cache is emptied (very large lists only)."""

_MISSING = object()  # marks an id whose row vanished (deleted elsewhere)


class SiteTableModel(QAbstractTableModel):
    def __init__(self, service: SiteService | None = None, parent: Any = None) -> None:
        super().__init__(parent)
        self._service = service
        self._ids: list[str] = []
        self._cache: dict[str, SiteRow | object] = {}
        self._filter = SiteFilter()
        self._sort_column = 0
        self._descending = False
        self.fetch_count = 0
        """How many times rows were fetched from the service (for tests and benchmarks)."""

    # --- what is shown ---------------------------------------------------------------

    def set_service(self, service: SiteService | None, flt: SiteFilter | None = None) -> None:
        """Show the sites of `service` (narrowed by `flt`, if given)."""
        self._service = service
        if flt is not None:
            self._filter = flt
        self.reload()

    @property
    def site_filter(self) -> SiteFilter:
        return self._filter

    def set_filter(self, flt: SiteFilter) -> None:
        """Narrow the list: the service is asked for the new id list."""
        self._filter = flt
        self.reload()

    @property
    def sort_column(self) -> int:
        return self._sort_column

    @property
    def sort_order(self) -> Qt.SortOrder:
        return Qt.SortOrder.DescendingOrder if self._descending else Qt.SortOrder.AscendingOrder

    def reload(self) -> None:
        """Ask the service for the ids again; cached rows are dropped."""
        self.beginResetModel()
        self._ids = self._query_ids()
        self._cache.clear()
        self.endResetModel()

    def _query_ids(self) -> list[str]:
        if self._service is None:
            return []
        key = COLUMNS[self._sort_column].sort_key or "name"
        return self._service.list_ids(self._filter, key, self._descending)

    @staticmethod
    def is_sortable(column: int) -> bool:
        return 0 <= column < len(COLUMNS) and COLUMNS[column].sort_key is not None

    def sort(self, column: int, order: Qt.SortOrder = Qt.SortOrder.AscendingOrder) -> None:
        """Sort through the service (ORDER BY); columns without a sort key are ignored."""
        if not self.is_sortable(column):
            return
        self._sort_column = column
        self._descending = order == Qt.SortOrder.DescendingOrder
        self.layoutAboutToBeChanged.emit()
        old_persistent = self.persistentIndexList()
        old_ids = [self._ids[i.row()] if i.isValid() else None for i in old_persistent]
        self._ids = self._query_ids()
        position = {site_id: row for row, site_id in enumerate(self._ids)}
        new_persistent = []
        for index, site_id in zip(old_persistent, old_ids, strict=True):
            row = position.get(site_id) if site_id is not None else None
            new_persistent.append(
                self.index(row, index.column()) if row is not None else QModelIndex()
            )
        self.changePersistentIndexList(old_persistent, new_persistent)
        self.layoutChanged.emit()

    # --- ids and rows ------------------------------------------------------------------

    @property
    def ids(self) -> Sequence[str]:
        return tuple(self._ids)

    def site_id(self, row: int) -> str | None:
        return self._ids[row] if 0 <= row < len(self._ids) else None

    def row_of(self, site_id: str) -> int | None:
        try:
            return self._ids.index(site_id)
        except ValueError:
            return None

    def site_row(self, row: int) -> SiteRow | None:
        """The row's values, fetched (with its neighbours) if not cached yet."""
        site_id = self.site_id(row)
        if site_id is None:
            return None
        cached = self._cache.get(site_id)
        if cached is None:
            self._fetch_around(row)
            cached = self._cache.get(site_id)
        return cached if isinstance(cached, SiteRow) else None

    def _fetch_around(self, row: int) -> None:
        if self._service is None:
            return
        if len(self._cache) >= MAX_CACHED:
            self._cache.clear()
        start = row - row % CHUNK
        wanted = [i for i in self._ids[start : start + CHUNK] if i not in self._cache]
        rows = self._service.rows(wanted)
        self.fetch_count += 1
        for site_id in wanted:
            self._cache[site_id] = rows.get(site_id, _MISSING)

    @property
    def cached_count(self) -> int:
        return len(self._cache)

    # --- QAbstractTableModel -------------------------------------------------------------

    def rowCount(self, parent: AnyIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._ids)

    def columnCount(self, parent: AnyIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(COLUMNS)

    def flags(self, index: AnyIndex) -> Qt.ItemFlag:
        if not index.isValid():
            return Qt.ItemFlag.NoItemFlags
        return (
            Qt.ItemFlag.ItemIsEnabled
            | Qt.ItemFlag.ItemIsSelectable
            | Qt.ItemFlag.ItemNeverHasChildren
        )

    def data(self, index: AnyIndex, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or index.row() >= len(self._ids):
            return None
        if role == SITE_ID_ROLE:
            return self._ids[index.row()]
        column = COLUMNS[index.column()]
        if role == Qt.ItemDataRole.TextAlignmentRole:
            return column.align
        if role not in (
            Qt.ItemDataRole.DisplayRole,
            Qt.ItemDataRole.ToolTipRole,
            Qt.ItemDataRole.FontRole,
            Qt.ItemDataRole.AccessibleTextRole,
        ):
            return None
        row = self.site_row(index.row())
        if row is None:
            return None if role == Qt.ItemDataRole.FontRole else ""
        if role == Qt.ItemDataRole.FontRole:
            if not row.is_demo:
                return None
            font = QFont()
            font.setItalic(True)
            return font
        if role == Qt.ItemDataRole.ToolTipRole:
            return self._tooltip(row)
        return column.text(row)

    @staticmethod
    def _tooltip(row: SiteRow) -> str:
        text = f"{row.name} — {row.town}"
        if row.department:
            text += f" ({row.department})"
        text += f"\n{row.status.label}"
        if row.is_demo:
            text += "\nSite de démonstration (« démo »)"
        return text

    def headerData(
        self,
        section: int,
        orientation: Qt.Orientation,
        role: int = Qt.ItemDataRole.DisplayRole,
    ) -> Any:
        if orientation != Qt.Orientation.Horizontal or not 0 <= section < len(COLUMNS):
            return None
        column = COLUMNS[section]
        if role == Qt.ItemDataRole.DisplayRole:
            return column.title
        if role == Qt.ItemDataRole.ToolTipRole:
            base = column.tooltip or column.title
            if column.sort_key is None:
                return f"{base} (tri non disponible sur cette colonne)"
            return f"{base} — cliquer pour trier"
        if role == Qt.ItemDataRole.TextAlignmentRole:
            return column.align
        return None
