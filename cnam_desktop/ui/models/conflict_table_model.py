"""The conflicts of the Planning → Conflits list: a plain table model over a Python list.

The model holds every conflict a check found (`set_rows`), narrows them by rule,
severity and text (`set_filter`) and sorts its own list on a header click: a few
hundred to tens of thousands of rows, never a proxy calling `data()`. Ties keep the
engine's order (chronological by first session).
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass
from datetime import date
from typing import Any

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QObject, QPersistentModelIndex, Qt
from PySide6.QtGui import QBrush, QColor
from PySide6.QtWidgets import QApplication, QStyle

from cnam_desktop.domain.conflicts import Conflict, ConflictRule, Severity
from cnam_desktop.domain.formatting import french_date, french_sort_key
from cnam_desktop.services.conflicts import SessionSummary

AnyIndex = QModelIndex | QPersistentModelIndex
ERROR_COLOUR = QColor("#b00020")


@dataclass(frozen=True, slots=True)
class ConflictRow:
    """One line of the list: the conflict and what is shown of its first session."""

    conflict: Conflict
    order: int  # the engine's order (chronological), the tie-breaker of every sort
    day: date | None
    site_name: str
    course: str
    search_key: str

    @property
    def first_session(self) -> str:
        return self.conflict.session_ids[0]


def conflict_rows(
    conflicts: Sequence[Conflict], summaries: dict[str, SessionSummary]
) -> list[ConflictRow]:
    rows = []
    for order, conflict in enumerate(conflicts):
        summary = summaries.get(conflict.session_ids[0])
        rows.append(
            ConflictRow(
                conflict=conflict,
                order=order,
                day=summary.day if summary else None,
                site_name=summary.site_name if summary else "",
                course=summary.course_label if summary else "",
                search_key=french_sort_key(conflict.message),
            )
        )
    return rows


@dataclass(frozen=True)
class _Column:
    title: str
    width: int
    text: Callable[[ConflictRow], str]
    key: Callable[[ConflictRow], Any]
    align: Qt.AlignmentFlag = Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter


CENTER = Qt.AlignmentFlag.AlignCenter
RIGHT = Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter
COLUMNS = (
    _Column(
        "Gravité",
        130,
        lambda r: r.conflict.severity.label.capitalize(),
        lambda r: r.conflict.severity is not Severity.ERROR,
    ),
    _Column(
        "Règle",
        220,
        lambda r: r.conflict.rule.label,
        lambda r: french_sort_key(r.conflict.rule.label),
    ),
    _Column("Message", 520, lambda r: r.conflict.message, lambda r: r.search_key),
    _Column("Date", 90, lambda r: french_date(r.day), lambda r: r.day or date.max, CENTER),
    _Column("Site", 160, lambda r: r.site_name, lambda r: french_sort_key(r.site_name)),
    _Column(
        "Séances",
        70,
        lambda r: str(len(r.conflict.session_ids)),
        lambda r: len(r.conflict.session_ids),
        RIGHT,
    ),
)
DATE_COLUMN = 3


class ConflictTableModel(QAbstractTableModel):
    """The conflicts found, narrowed by rule, severity and text, sorted in Python."""

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._all: list[ConflictRow] = []
        self._rows: list[ConflictRow] = []
        self._rule: ConflictRule | None = None
        self._severity: Severity | None = None
        self._needle = ""
        self._sort_column = DATE_COLUMN
        self._descending = False
        self._icons: dict[Severity, Any] = {}

    # --- content -----------------------------------------------------------------------

    @property
    def all_rows(self) -> list[ConflictRow]:
        return list(self._all)

    @property
    def rows(self) -> list[ConflictRow]:
        return list(self._rows)

    def row(self, index: int) -> ConflictRow | None:
        return self._rows[index] if 0 <= index < len(self._rows) else None

    def set_rows(self, rows: Sequence[ConflictRow]) -> None:
        self._all = list(rows)
        self._refilter()

    def set_filter(
        self, rule: ConflictRule | None, severity: Severity | None, text: str = ""
    ) -> None:
        self._rule, self._severity = rule, severity
        self._needle = french_sort_key(text.strip())
        self._refilter()

    def _refilter(self) -> None:
        rule, severity, needle = self._rule, self._severity, self._needle
        self.beginResetModel()
        self._rows = [
            r
            for r in self._all
            if (rule is None or r.conflict.rule is rule)
            and (severity is None or r.conflict.severity is severity)
            and (not needle or needle in r.search_key)
        ]
        self._sort_rows()
        self.endResetModel()

    def sort(self, column: int, order: Qt.SortOrder = Qt.SortOrder.AscendingOrder) -> None:
        if not 0 <= column < len(COLUMNS):
            return
        self._sort_column = column
        self._descending = order == Qt.SortOrder.DescendingOrder
        self.layoutAboutToBeChanged.emit()
        old = self.persistentIndexList()
        kept = [self._rows[i.row()] if i.isValid() else None for i in old]
        self._sort_rows()
        position = {id(r): n for n, r in enumerate(self._rows)}
        self.changePersistentIndexList(
            old,
            [
                self.index(position[id(r)], i.column()) if r is not None else QModelIndex()
                for i, r in zip(old, kept, strict=True)
            ],
        )
        self.layoutChanged.emit()

    def _sort_rows(self) -> None:
        key = COLUMNS[self._sort_column].key
        self._rows.sort(key=lambda r: r.order)
        self._rows.sort(key=key, reverse=self._descending)  # stable: engine order on ties

    # --- QAbstractTableModel -----------------------------------------------------------

    def rowCount(self, parent: AnyIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._rows)

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
        if not index.isValid() or not 0 <= index.row() < len(self._rows):
            return None
        row, column = self._rows[index.row()], COLUMNS[index.column()]
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.AccessibleTextRole):
            return column.text(row)
        if role == Qt.ItemDataRole.ToolTipRole:
            if index.column() == 2 or index.column() == 4:
                course = f" — {row.course}" if row.course else ""
                return f"{row.conflict.message}\n({row.site_name}{course})"
            return column.text(row)
        if role == Qt.ItemDataRole.TextAlignmentRole:
            return column.align
        error = row.conflict.severity is Severity.ERROR
        if role == Qt.ItemDataRole.DecorationRole and index.column() == 0:
            return self._icon(row.conflict.severity)
        if role == Qt.ItemDataRole.ForegroundRole and index.column() == 0 and error:
            return QBrush(ERROR_COLOUR)
        return None

    def _icon(self, severity: Severity) -> Any:
        if severity not in self._icons:
            style = QApplication.style()
            pixmap = (
                QStyle.StandardPixmap.SP_MessageBoxCritical
                if severity is Severity.ERROR
                else QStyle.StandardPixmap.SP_MessageBoxWarning
            )
            self._icons[severity] = style.standardIcon(pixmap)
        return self._icons[severity]

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if orientation != Qt.Orientation.Horizontal or not 0 <= section < len(COLUMNS):
            return None
        if role == Qt.ItemDataRole.DisplayRole:
            return COLUMNS[section].title
        if role == Qt.ItemDataRole.ToolTipRole:
            return f"{COLUMNS[section].title} — cliquer pour trier"
        return None
