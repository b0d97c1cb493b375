"""A table over a list of ids: rows fetched lazily in chunks, sorted and filtered in SQL.

Every list of the application uses it. The model holds the ids that its source
returned for the current filter and sort, and asks the source for the rows of the
block the view shows. `data()` never sorts or filters anything in Python (a proxy
model calling Python `data()` takes a minute over 100,000 rows).
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass
from typing import Any, Generic, TypeVar

from PySide6.QtCore import (
    QAbstractTableModel,
    QModelIndex,
    QPersistentModelIndex,
    Qt,
    QTimer,
    Signal,
)

from cnam_desktop.ui.models.lazy_ids import ids_of

AnyIndex = QModelIndex | QPersistentModelIndex
RowT = TypeVar("RowT")

ID_ROLE = Qt.ItemDataRole.UserRole + 1
"""The record id of a row (any column)."""
VALUE_ROLE = Qt.ItemDataRole.UserRole + 2
"""The typed value of a cell (number, date…), for exports."""

LEFT = Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter
CENTER = Qt.AlignmentFlag.AlignCenter
RIGHT = Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter

CHUNK = 64
"""Rows fetched per query when the view asks for one not yet cached: a window's worth
(about 30 rows at 800 pixels high, twice that on a large screen). The first paint of a
list waits for this query, and some rows cost more than others to fetch (a room's
session count reads each of its sessions): more would be read for nothing."""
SMALL_LIST = 128
HEAD_IDS = 2_000
"""A list whose source can say how many ids it has (`ListSource.head`) reads only this
many when it opens or is filtered, the rest when the view first goes beyond them."""
"""A list of at most this many rows is fetched whole at its first paint: each later
filter then finds its rows cached."""
MAX_CACHED = 4_000
"""Above this many cached rows the cache is emptied (very large lists only)."""

_MISSING = object()  # marks an id whose row vanished (deleted elsewhere)
_UNFETCHED = object()  # an id not in the cache yet

# data() runs for every cell and role of each paint: plain ints compare faster than the
# enum members (each attribute access and comparison goes through Python's enum code).
_DISPLAY = int(Qt.ItemDataRole.DisplayRole)
_TOOLTIP = int(Qt.ItemDataRole.ToolTipRole)
_FONT = int(Qt.ItemDataRole.FontRole)
_ALIGN = int(Qt.ItemDataRole.TextAlignmentRole)
_ID = int(ID_ROLE)
_VALUE = int(VALUE_ROLE)
_ROW_ROLES = frozenset({_DISPLAY, _TOOLTIP, _FONT, int(Qt.ItemDataRole.AccessibleTextRole), _VALUE})
_CELL_FLAGS = (
    Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable | Qt.ItemFlag.ItemNeverHasChildren
)


@dataclass(frozen=True)
class Column(Generic[RowT]):
    title: str
    text: Callable[[RowT], str]
    width: int
    sort_key: str | None = None
    """The source's sort key; None: the column cannot be sorted."""
    align: Qt.AlignmentFlag = LEFT
    tooltip: str | None = None
    value: Callable[[RowT], Any] | None = None
    """The typed value for exports (defaults to the text)."""


@dataclass(frozen=True)
class ListSource(Generic[RowT]):
    """Where a list's data comes from: usually two methods of a service."""

    list_ids: Callable[[Any, str, bool], list[str]]
    """(filter, sort key, descending) → ids in display order."""
    rows: Callable[[Sequence[str]], dict[str, RowT]]
    """ids → rows (missing ids: deleted since)."""
    head: Callable[[Any, str, bool, int], tuple[list[str], int]] | None = None
    """(filter, sort key, descending, n) → the first n ids and how many there are, for a
    list long enough to show its first rows before reading every id (`LazyIds`)."""


class IdTableModel(QAbstractTableModel, Generic[RowT]):
    aboutToReload = Signal()
    """The data may have changed: a source that keeps rows between filters drops them."""

    def __init__(
        self,
        columns: Sequence[Column[RowT]],
        initial_filter: Any = None,
        source: ListSource[RowT] | None = None,
        parent: Any = None,
    ) -> None:
        super().__init__(parent)
        self.columns = tuple(columns)
        self._source = source
        self._ids: Sequence[str] = []
        self._cache: dict[str, Any] = {}
        self._filter = initial_filter
        self._sort_column = next(
            (i for i, c in enumerate(self.columns) if c.sort_key is not None), 0
        )
        self._descending = False
        self.fetch_count = 0
        """How many times rows were fetched from the source (for tests and benchmarks)."""

    # --- what is shown -----------------------------------------------------------------

    def set_source(self, source: ListSource[RowT] | None, flt: Any = None) -> None:
        self._source = source
        if flt is not None:
            self._filter = flt
        self.reload()

    @property
    def has_source(self) -> bool:
        return self._source is not None

    @property
    def current_filter(self) -> Any:
        return self._filter

    def set_filter(self, flt: Any) -> None:
        """Narrow the list: the source is asked for the new id list.

        Rows already fetched are kept (a row does not depend on the filter that shows
        it): typing in the search box costs one id query, not a block of rows each
        time. `reload` (after a change of data) drops them.
        """
        self._filter = flt
        self.beginResetModel()
        self._ids = self._query_ids()
        self.endResetModel()

    @property
    def sort_column(self) -> int:
        return self._sort_column

    @property
    def sort_order(self) -> Qt.SortOrder:
        return Qt.SortOrder.DescendingOrder if self._descending else Qt.SortOrder.AscendingOrder

    def reload(self) -> None:
        """Ask the source for the ids again; cached rows are dropped."""
        self.aboutToReload.emit()
        self.beginResetModel()
        self._ids = self._query_ids()
        self._cache.clear()
        self.endResetModel()

    def _query_ids(self) -> Sequence[str]:
        source = self._source
        if source is None:
            return []
        key = self.columns[self._sort_column].sort_key
        if key is None:
            return []
        flt, descending = self._filter, self._descending
        if source.head is None:
            return source.list_ids(flt, key, descending)
        head, total = source.head(flt, key, descending, HEAD_IDS)
        return ids_of(
            head,
            total,
            lambda: source.list_ids(flt, key, descending),
            lambda: QTimer.singleShot(0, self._recount),
        )

    def _recount(self) -> None:
        """The rest of the ids, read later than the head, are not as many as counted."""
        self.beginResetModel()
        self.endResetModel()

    def is_sortable(self, column: int) -> bool:
        return 0 <= column < len(self.columns) and self.columns[column].sort_key is not None

    def sort(self, column: int, order: Qt.SortOrder = Qt.SortOrder.AscendingOrder) -> None:
        """Sort through the source (ORDER BY); columns without a sort key are ignored."""
        if not self.is_sortable(column):
            return
        self._sort_column = column
        self._descending = order == Qt.SortOrder.DescendingOrder
        self.layoutAboutToBeChanged.emit()
        old_persistent = self.persistentIndexList()
        old_ids = [self._ids[i.row()] if i.isValid() else None for i in old_persistent]
        self._ids = self._query_ids()
        position = (  # rows of the ids kept (a long list reads all its ids only then)
            {record_id: row for row, record_id in enumerate(self._ids)} if old_persistent else {}
        )
        new_persistent = []
        for index, record_id in zip(old_persistent, old_ids, strict=True):
            row = position.get(record_id) if record_id is not None else None
            new_persistent.append(
                self.index(row, index.column()) if row is not None else QModelIndex()
            )
        self.changePersistentIndexList(old_persistent, new_persistent)
        self.layoutChanged.emit()

    # --- ids and rows ------------------------------------------------------------------

    @property
    def ids(self) -> Sequence[str]:
        return tuple(self._ids)

    def record_id(self, row: int) -> str | None:
        return self._ids[row] if 0 <= row < len(self._ids) else None

    def row_of(self, record_id: str) -> int | None:
        try:
            return self._ids.index(record_id)
        except ValueError:
            return None

    def record(self, row: int) -> RowT | None:
        """The row's values, fetched (with its neighbours) if not cached yet."""
        record_id = self.record_id(row)
        if record_id is None:
            return None
        if record_id not in self._cache:
            self._fetch_around(row)
        cached = self._cache.get(record_id, _MISSING)
        return None if cached is _MISSING else cached

    def records(self) -> list[RowT]:
        """Every row shown, in order, fetched block by block (for exports)."""
        rows = (self.record(i) for i in range(len(self._ids)))  # one query per block
        return [r for r in rows if r is not None]

    def _fetch_around(self, row: int) -> None:
        if self._source is None:
            return
        if len(self._cache) >= MAX_CACHED:
            self._cache.clear()
        if len(self._ids) <= SMALL_LIST:
            block = self._ids
        else:
            start = row - row % CHUNK
            block = self._ids[start : start + CHUNK]
        wanted = [i for i in block if i not in self._cache]
        rows = self._source.rows(wanted)
        self.fetch_count += 1
        for record_id in wanted:
            self._cache[record_id] = rows.get(record_id, _MISSING)

    @property
    def cached_count(self) -> int:
        return len(self._cache)

    # --- per-list presentation hooks ---------------------------------------------------

    def row_font(self, row: RowT) -> Any:
        """A QFont for the whole row, or None."""
        return None

    def row_tooltip(self, row: RowT, column: Column[RowT]) -> str | None:
        return column.text(row) or None

    # --- QAbstractTableModel -----------------------------------------------------------

    def rowCount(self, parent: AnyIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._ids)

    def columnCount(self, parent: AnyIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self.columns)

    def flags(self, index: AnyIndex) -> Qt.ItemFlag:
        return _CELL_FLAGS if index.isValid() else Qt.ItemFlag.NoItemFlags

    def data(self, index: AnyIndex, role: int = _DISPLAY) -> Any:
        role = int(role)
        if role == _ALIGN:
            return self.columns[index.column()].align if index.isValid() else None
        if role not in _ROW_ROLES and role != _ID:
            return None
        row_number = index.row()
        ids = self._ids
        if not index.isValid() or row_number >= len(ids):
            return None
        if role == _ID:
            return ids[row_number]
        column = self.columns[index.column()]
        row = self._cache.get(ids[row_number], _UNFETCHED)  # record(), without two calls
        if row is _UNFETCHED:
            row = self.record(row_number)
        elif row is _MISSING:
            row = None
        if row is None:
            return None if role in (_FONT, _VALUE) else ""
        if role == _FONT:
            return self.row_font(row)
        if role == _TOOLTIP:
            return self.row_tooltip(row, column)
        if role == _VALUE:
            return column.value(row) if column.value is not None else column.text(row)
        return column.text(row)

    def headerData(
        self,
        section: int,
        orientation: Qt.Orientation,
        role: int = Qt.ItemDataRole.DisplayRole,
    ) -> Any:
        if orientation != Qt.Orientation.Horizontal or not 0 <= section < len(self.columns):
            return None
        column = self.columns[section]
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
