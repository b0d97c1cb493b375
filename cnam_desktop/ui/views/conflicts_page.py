"""Planning → Conflits: every current conflict of the network, filterable, each opening
its session.

« Vérifier » runs `ConflictService.check_network(site, start, end)` in the background
(`ui/tasks.py`), for the site and the period chosen; the rule, severity and text
filters then narrow the list in memory, and a click on a header sorts the model's own
list (a few hundred to tens of thousands of rows: never a proxy calling `data()`).
Double-click or Entrée emits `openSession` with the conflict's first session; the
owner opens the session dialog. `refresh()` (data changed elsewhere) checks again at
once if the page is shown, else when it is next shown.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import date
from enum import Enum
from typing import Any

from PySide6.QtCore import QEvent, QObject, Qt, Signal
from PySide6.QtGui import QGuiApplication, QKeyEvent, QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QMenu,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from cnam_desktop.domain.conflicts import ConflictRule, Severity, conflict_summary
from cnam_desktop.services.conflicts import ConflictService
from cnam_desktop.ui.models.conflict_table_model import (
    COLUMNS,
    DATE_COLUMN,
    ConflictRow,
    ConflictTableModel,
    conflict_rows,
)
from cnam_desktop.ui.tasks import Progress, TaskHandle, run_task
from cnam_desktop.ui.views.choices import enum_choices, fill_combo, filter_combo, site_choices

CHECK_TITLE = "Vérification du planning…"


class Period(Enum):
    UPCOMING = "upcoming"
    SCHOOL_YEAR = "school_year"
    ALL = "all"

    @property
    def label(self) -> str:
        return {"upcoming": "À venir", "school_year": "Cette année scolaire", "all": "Tout"}[
            self.value
        ]


def period_phrase(period: Period, start: date | None) -> str:
    """« séances à venir », « année scolaire 2026-2027 », « toutes les séances »."""
    if period is Period.SCHOOL_YEAR and start is not None:
        return f"année scolaire {start.year}-{start.year + 1}"
    return "séances à venir" if period is Period.UPCOMING else "toutes les séances"


def period_bounds(period: Period, today: date) -> tuple[date | None, date | None]:
    """The days checked: from today on, the school year (1 September – 31 August), all."""
    if period is Period.UPCOMING:
        return today, None
    if period is Period.SCHOOL_YEAR:
        first = today.year if today.month >= 9 else today.year - 1
        return date(first, 9, 1), date(first + 1, 8, 31)
    return None, None


class ConflictsPage(QWidget):
    """The « Conflits » tab of the Planning area."""

    openSession = Signal(str)
    """Double-click, Entrée or « Ouvrir la séance »: the owner opens this session id."""
    statusMessage = Signal(str)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("conflictsPage")
        self.today: Callable[[], date] = date.today
        self._service: ConflictService | None = None
        self._stale = True
        self._checked_period = Period.UPCOMING
        self._checked_scope: tuple[date | None, date | None] = (None, None)
        self.task: TaskHandle[list[ConflictRow]] | None = None
        self.checked = False
        """True once a check has delivered its rows (tests and the summary use it)."""

        layout = QVBoxLayout(self)
        filters = QHBoxLayout()
        self.site_filter = filter_combo(self, "Site vérifié", [], "Tous les sites")
        self.period_filter = QComboBox(self)
        self.period_filter.setAccessibleName("Période vérifiée")
        for period in Period:
            self.period_filter.addItem(period.label, period)
        self.rule_filter = filter_combo(
            self, "Filtrer par règle", enum_choices(ConflictRule), "Toutes les règles"
        )
        self.severity_filter = filter_combo(
            self,
            "Filtrer par gravité",
            [(Severity.ERROR, "Erreurs"), (Severity.WARNING, "Avertissements")],
            "Toutes gravités",
        )
        self.search_edit = QLineEdit(self)
        self.search_edit.setPlaceholderText("Rechercher dans les messages…")
        self.search_edit.setAccessibleName("Rechercher dans les messages des conflits")
        self.search_edit.setClearButtonEnabled(True)
        self.check_button = QPushButton("&Vérifier", self)
        self.check_button.setObjectName("checkConflictsButton")
        self.check_button.setToolTip("Vérifier à nouveau le planning du site et de la période")
        site_label = QLabel("&Site :", self)
        site_label.setBuddy(self.site_filter)
        period_label = QLabel("&Période :", self)
        period_label.setBuddy(self.period_filter)
        for widget in (
            site_label,
            self.site_filter,
            period_label,
            self.period_filter,
            self.rule_filter,
            self.severity_filter,
        ):
            filters.addWidget(widget)
        for combo, letters in ((self.site_filter, 16), (self.rule_filter, 20)):
            combo.setSizeAdjustPolicy(
                QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon
            )
            combo.setMinimumContentsLength(letters)  # long names are elided, not the search
        self.search_edit.setMinimumWidth(200)
        filters.addWidget(self.search_edit, 1)
        filters.addWidget(self.check_button)
        layout.addLayout(filters)

        self.summary = QLabel("Planning non vérifié.", self)
        self.summary.setObjectName("conflictSummary")
        self.summary.setAccessibleName("Résumé des conflits")
        layout.addWidget(self.summary)

        self.model = ConflictTableModel(self)
        self.table = QTableView(self)
        self.table.setObjectName("conflictTable")
        self.table.setAccessibleName("Liste des conflits de planning")
        self._setup_table()
        layout.addWidget(self.table, 1)

        self.site_filter.currentIndexChanged.connect(lambda _i: self.check())
        self.period_filter.currentIndexChanged.connect(lambda _i: self.check())
        self.rule_filter.currentIndexChanged.connect(lambda _i: self.apply_filters())
        self.severity_filter.currentIndexChanged.connect(lambda _i: self.apply_filters())
        self.search_edit.textChanged.connect(lambda _t: self.apply_filters())
        self.check_button.clicked.connect(self.check)
        find = QShortcut(QKeySequence(QKeySequence.StandardKey.Find), self)
        find.activated.connect(self.search_edit.setFocus)
        copy = QShortcut(QKeySequence(QKeySequence.StandardKey.Copy), self.table)
        copy.setContext(Qt.ShortcutContext.WidgetShortcut)
        copy.activated.connect(self.copy_messages)
        self.setTabOrder(self.site_filter, self.period_filter)
        self.setTabOrder(self.period_filter, self.rule_filter)
        self.setTabOrder(self.rule_filter, self.severity_filter)
        self.setTabOrder(self.severity_filter, self.search_edit)
        self.setTabOrder(self.search_edit, self.check_button)
        self.setTabOrder(self.check_button, self.table)
        self.check_button.setEnabled(False)

    def _setup_table(self) -> None:
        table = self.table
        table.setModel(self.model)
        table.setSortingEnabled(True)
        header = table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        for column, spec in enumerate(COLUMNS):
            table.setColumnWidth(column, spec.width)
        header.setSectionResizeMode(2, QHeaderView.ResizeMode.Stretch)
        header.setSortIndicator(DATE_COLUMN, Qt.SortOrder.AscendingOrder)
        table.verticalHeader().setDefaultSectionSize(24)
        table.verticalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Fixed)
        table.verticalHeader().hide()
        table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        table.setSelectionMode(QAbstractItemView.SelectionMode.ExtendedSelection)
        table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        table.setWordWrap(False)
        table.setAlternatingRowColors(True)
        table.setContextMenuPolicy(Qt.ContextMenuPolicy.CustomContextMenu)
        table.customContextMenuRequested.connect(self._context_menu)
        table.doubleClicked.connect(lambda index: self.open_row(index.row()))
        table.installEventFilter(self)

    # --- wiring ------------------------------------------------------------------------

    def set_workspace(self, workspace: Any) -> None:
        if self.task is not None:
            self.task.cancel()
            self.task = None
        if workspace is None:
            self._service = None
            fill_combo(self.site_filter, [], "Tous les sites")
            self.model.set_rows([])
            self.checked = False
            self.summary.setText("Planning non vérifié.")
        else:
            self._service = ConflictService(workspace.database)
            self.site_filter.blockSignals(True)
            fill_combo(self.site_filter, site_choices(workspace.database), "Tous les sites")
            self.site_filter.blockSignals(False)
        self.check_button.setEnabled(self._service is not None)
        self.refresh()

    def refresh(self) -> None:
        """Check again now if shown, else when next shown (the data changed)."""
        self._stale = True
        if self.isVisible():
            self.check()

    def showEvent(self, event: Any) -> None:
        super().showEvent(event)
        if self._stale and self._service is not None:
            self.check()

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if watched is self.table and event.type() == QEvent.Type.KeyPress:
            assert isinstance(event, QKeyEvent)
            if event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter):
                self.open_row(self.table.currentIndex().row())
                return True
        return super().eventFilter(watched, event)

    # --- checking ----------------------------------------------------------------------

    def scope(self) -> tuple[str | None, date | None, date | None]:
        """The site and the days the next check covers."""
        period = self.period_filter.currentData() or Period.UPCOMING
        start, end = period_bounds(period, self.today())
        return self.site_filter.currentData(), start, end

    def check(self) -> TaskHandle[list[ConflictRow]] | None:
        """Run the check in the background; its task (None without a workspace)."""
        service = self._service
        if service is None:
            return None
        if self.task is not None and self.task.is_running:
            self.task.cancel()  # its rows are for another scope: never delivered
        self._stale = False
        site_id, start, end = self.scope()
        self._checked_period = self.period_filter.currentData() or Period.UPCOMING
        self._checked_scope = (start, end)

        def work(progress: Progress) -> list[ConflictRow]:
            progress.report(0, 2, CHECK_TITLE)
            conflicts = service.check_network(site_id, start, end)
            progress.report(1, 2, "Lecture des séances concernées…")
            summaries = service.session_summaries(c.session_ids[0] for c in conflicts)
            return conflict_rows(conflicts, summaries)

        self.summary.setText("Vérification en cours…")
        self.task = run_task(self, CHECK_TITLE, work, self._show_rows, on_cancelled=self._stop)
        return self.task

    def _show_rows(self, rows: list[ConflictRow]) -> None:
        self.checked = True
        self.model.set_rows(rows)
        self._show_summary()
        found = [r.conflict for r in rows]
        self.statusMessage.emit(f"Planning vérifié : {conflict_summary(found).lower()}.")

    def _stop(self) -> None:
        if not self.checked:
            self.summary.setText("Vérification annulée : cliquez sur « Vérifier ».")
        else:
            self._show_summary()
        self._stale = True

    def apply_filters(self) -> None:
        keep = self.current_row()
        rule, severity = self.rule_filter.currentData(), self.severity_filter.currentData()
        self.model.set_filter(  # the combos hand back the enums' values (str)
            ConflictRule(rule) if rule is not None else None,
            Severity(severity) if severity is not None else None,
            self.search_edit.text(),
        )
        if keep is not None and keep in self.model.rows:
            self.table.selectRow(self.model.rows.index(keep))
        self._show_summary()

    def _show_summary(self) -> None:
        if not self.checked:
            return
        shown, found = self.model.rows, self.model.all_rows
        text = conflict_summary([r.conflict for r in shown])
        if len(shown) != len(found):
            text += f" (affichés avec ces filtres, sur {len(found)} trouvés)"
        site = self.site_filter.currentText() if self.site_filter.currentData() else "Réseau"
        start, _end = self._checked_scope
        self.summary.setText(
            f"<b>{site}, {period_phrase(self._checked_period, start)}</b> — {text}"
        )

    # --- rows and actions --------------------------------------------------------------

    def current_row(self) -> ConflictRow | None:
        return self.model.row(self.table.currentIndex().row())

    def selected_rows(self) -> list[ConflictRow]:
        indexes = sorted(i.row() for i in self.table.selectionModel().selectedRows())
        return [r for r in (self.model.row(i) for i in indexes) if r is not None]

    def open_row(self, index: int, which: int = 0) -> str | None:
        """Emit `openSession` for a session of the row (`which`: its place in the conflict)."""
        row = self.model.row(index)
        if row is None or which >= len(row.conflict.session_ids):
            return None
        session_id = row.conflict.session_ids[which]
        self.openSession.emit(session_id)
        return session_id

    def copy_messages(self) -> str:
        """Copy the selected conflicts' messages (one a line); the text copied."""
        rows = self.selected_rows() or ([r] if (r := self.current_row()) else [])
        text = "\n".join(r.conflict.message for r in rows)
        if text:
            QGuiApplication.clipboard().setText(text)
            self.statusMessage.emit(
                "Message copié." if len(rows) == 1 else f"{len(rows)} messages copiés."
            )
        return text

    def _context_menu(self, position: Any) -> None:
        index = self.table.indexAt(position)
        row = self.model.row(index.row()) if index.isValid() else None
        menu = QMenu(self)
        first = menu.addAction("&Ouvrir la séance")
        first.setEnabled(row is not None)
        first.triggered.connect(lambda: self.open_row(index.row()))
        if row is not None and len(row.conflict.session_ids) == 2:
            other = menu.addAction("Ouvrir l'&autre séance")
            other.triggered.connect(lambda: self.open_row(index.row(), 1))
        copy = menu.addAction("&Copier le message")
        copy.setEnabled(row is not None)
        copy.triggered.connect(self.copy_messages)
        menu.exec(self.table.viewport().mapToGlobal(position))
