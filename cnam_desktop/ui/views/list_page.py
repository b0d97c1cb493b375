"""A list screen: search as you type, filters, SQL sort, multi-select, edit, delete, undo.

Every area's list is a `ListPage` subclass that gives its columns, its filter widgets,
its dialog and its service's operations (`Operations`). The page does the rest the
same way everywhere: double-click or Entrée edits, Suppr deletes the selected rows
after a confirmation naming them, a context menu offers the same actions, « Exporter
la vue » writes exactly the rows shown to a .xlsx, and every change is pushed on the
main window's undo stack. A refused delete (something still uses the record) shows
the service's message and deletes nothing of that row.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any, Generic, TypeVar

from PySide6.QtCore import QEvent, QItemSelectionModel, QObject, Qt, QTimer, Signal
from PySide6.QtGui import QKeyEvent, QKeySequence, QShortcut, QUndoStack
from PySide6.QtWidgets import QAbstractItemView, QHeaderView, QPushButton, QWidget

from cnam_desktop.domain.formatting import plural
from cnam_desktop.errors import UserFacingError
from cnam_desktop.ui import messages
from cnam_desktop.ui.dialogs.form_dialog import KEEP_OPEN, show_and_save
from cnam_desktop.ui.edit_conflicts import (
    GuardedEdit,
    Outcome,
    data_fields,
    database_of,
    with_fields,
)
from cnam_desktop.ui.generated.ui_list_page import Ui_ListPage
from cnam_desktop.ui.models.id_table_model import Column, IdTableModel, ListSource
from cnam_desktop.ui.read_only import editable, enable_editing
from cnam_desktop.ui.tasks import TaskHandle
from cnam_desktop.ui.undo import CreateCommand, DeleteCommand, EditCommand
from cnam_desktop.ui.views.deletion import delete_each, deletion_question
from cnam_desktop.ui.views.view_export import export_view
from cnam_desktop.ui.widgets.quiet_label import fit_to_widest
from cnam_desktop.ui.widgets.row_menu import MenuEntry, show_row_menu

if TYPE_CHECKING:
    from cnam_desktop.db.engine import Database
    from cnam_desktop.reports.table_export import ExportSummary

RowT = TypeVar("RowT")
DataT = TypeVar("DataT")

SEARCH_DELAY_MS = 250


@dataclass(frozen=True)
class Operations(Generic[DataT]):
    """What a list does to its records: usually methods of one service."""

    get: Callable[[str], DataT]
    create: Callable[[DataT], str]
    update: Callable[[str, DataT], None]
    delete: Callable[[str], None]
    restore: Callable[[str], None]
    database: Database | None = None
    """The base the service writes: its edits are then guarded against a later change by
    someone else (`ui/edit_conflicts.py`); None: saved without that check."""

    @classmethod
    def of(cls, service: Any) -> Operations[Any]:
        """The usual case: a service's own get, create, update, delete and restore."""
        return cls(
            service.get,
            service.create,
            service.update,
            service.delete,
            service.restore,
            database_of(service),
        )


@dataclass(frozen=True)
class Nouns:
    """How the page names its records in French: « salle », « salles », « la salle »."""

    one: str
    many: str
    the_one: str
    new_label: str
    """The « Nouveau » button's text, e.g. « &Nouvelle salle… »."""


class ListPage(QWidget, Generic[RowT, DataT]):
    statusMessage = Signal(str)
    changed = Signal()
    """Emitted after any create, edit, delete, undo or redo (other views refresh)."""
    selectionChanged = Signal()
    """The selected rows changed (the main window's Édition actions follow)."""

    nouns = Nouns("élément", "éléments", "l'élément", "&Nouveau…")

    def __init__(
        self,
        columns: Sequence[Column[RowT]],
        initial_filter: Any,
        parent: QWidget | None = None,
        undo_stack: QUndoStack | None = None,
    ) -> None:
        super().__init__(parent)
        self.ui = Ui_ListPage()
        self.ui.setupUi(self)
        self.model: IdTableModel[RowT] = self.create_model(columns, initial_filter)
        self.undo_stack = undo_stack or QUndoStack(self)
        self.operations: Operations[DataT] | None = None
        self._source: ListSource[RowT] | None = None
        self._search_timer = QTimer(self)
        self._search_timer.setSingleShot(True)
        self._search_timer.setInterval(SEARCH_DELAY_MS)
        self._search_timer.timeout.connect(self.apply_filters)
        self._setup_table()
        ui = self.ui
        ui.newButton.setText(self.nouns.new_label)
        ui.table.setAccessibleName(f"Liste : {self.nouns.many}")
        ui.searchEdit.setAccessibleName(f"Rechercher dans la liste : {self.nouns.many}")
        ui.countLabel.setAccessibleName("Nombre de lignes affichées")
        fit_to_widest(  # a new count repaints the label, not the whole page
            ui.countLabel, [plural(n, self.nouns.one, self.nouns.many) for n in (1, 9_999_999)]
        )
        ui.searchEdit.textChanged.connect(lambda _t: self._search_timer.start())
        ui.searchEdit.returnPressed.connect(self.apply_filters)
        ui.newButton.clicked.connect(self.new_record)
        ui.editButton.clicked.connect(self.edit_current)
        ui.deleteButton.clicked.connect(self.delete_selected)
        ui.exportButton.clicked.connect(self.export_view)
        find = QShortcut(QKeySequence(QKeySequence.StandardKey.Find), self)
        find.activated.connect(ui.searchEdit.setFocus)
        self.build_filters()
        self._update_actions()

    # --- what subclasses provide -------------------------------------------------------

    def create_model(self, columns: Sequence[Column[RowT]], flt: Any) -> IdTableModel[RowT]:
        return IdTableModel(columns, flt, parent=self)

    def build_filters(self) -> None:
        """Add filter widgets with `add_filter_widget`; each change calls apply_filters."""

    def current_filter(self, text: str) -> Any:
        raise NotImplementedError

    def open_editor(self, data: DataT | None) -> DataT | None:
        """Show the dialog (empty for a new record); the validated data or None."""
        raise NotImplementedError

    def editor_value(self, result: Any) -> DataT:
        """The dialog's data as `open_editor` returns it (the same, unless overridden)."""
        return result  # type: ignore[no-any-return]

    def describe(self, row: RowT) -> str:
        """How a row is named in messages, e.g. « Salle 1 (Cnam Chaumont) »."""
        raise NotImplementedError

    def record_fields(self, value: DataT) -> dict[str, Any]:
        """The record's data as field → value, compared field by field when a save meets
        someone else's change (a data dataclass's fields, unless overridden)."""
        return data_fields(value)

    def with_record_fields(self, value: DataT, fields: dict[str, Any]) -> DataT:
        """`value` with the fields given (the inverse of `record_fields`)."""
        return with_fields(value, fields)  # type: ignore[no-any-return]

    def extra_actions(self) -> list[tuple[str, Callable[[], Any], bool]]:
        """More context-menu entries: (text, slot, enabled)."""
        return []

    def hint_filters(self) -> dict[str, Any]:
        """Filter combos by hint key (e.g. « status »), for links from the dashboard."""
        return {}

    def apply_hint(self, hint: dict[str, Any]) -> None:
        """Show the rows a dashboard figure counts: set the filters the hint names."""
        combos = self.hint_filters()
        self.ui.searchEdit.clear()
        for key, combo in combos.items():
            index = combo.findData(hint[key]) if key in hint else 0
            combo.blockSignals(True)
            combo.setCurrentIndex(max(0, index))
            combo.blockSignals(False)
        self.apply_filters()

    # --- wiring ------------------------------------------------------------------------

    def set_source(
        self, source: ListSource[RowT] | None, operations: Operations[DataT] | None
    ) -> None:
        self.operations = operations
        self._source = source
        self.model.set_source(source, self.current_filter(self.ui.searchEdit.text()))
        self._update_count()
        self._update_actions()

    def add_action_button(
        self, text: str, name: str, tooltip: str, slot: Callable[[], Any]
    ) -> QPushButton:
        """A page's own button, placed before « Exporter la vue »."""
        button = QPushButton(text, self)
        button.setObjectName(name)
        button.setToolTip(tooltip)
        actions = self.ui.actionLayout
        actions.insertWidget(actions.indexOf(self.ui.exportButton), button)
        button.clicked.connect(slot)
        return button

    def add_filter_widget(self, label: QWidget | None, widget: QWidget) -> None:
        layout = self.ui.filterLayout
        position = layout.count() - 2  # before the spacer and the count
        if label is not None:
            layout.insertWidget(position, label)
            position += 1
        layout.insertWidget(position, widget)

    def _setup_table(self) -> None:
        table = self.ui.table
        table.setModel(self.model)
        header = table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        header.setSectionsClickable(True)
        header.setSortIndicatorShown(True)
        header.setSortIndicator(self.model.sort_column, self.model.sort_order)
        header.sectionClicked.connect(self._header_clicked)
        for column, spec in enumerate(self.model.columns):
            table.setColumnWidth(column, spec.width)
        table.verticalHeader().setDefaultSectionSize(24)
        table.verticalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Fixed)
        table.setSelectionMode(QAbstractItemView.SelectionMode.ExtendedSelection)
        table.selectionModel().selectionChanged.connect(lambda *_a: self._update_actions())
        table.doubleClicked.connect(lambda _index: self.edit_current())
        table.customContextMenuRequested.connect(self._context_menu)
        table.installEventFilter(self)
        self.model.modelReset.connect(self._update_count)

    # --- filters and sort --------------------------------------------------------------

    def apply_filters(self) -> None:
        self._search_timer.stop()
        keep = self.current_id()
        self.model.set_filter(self.current_filter(self.ui.searchEdit.text()))
        self._reselect(keep)

    def _update_count(self) -> None:
        self.ui.countLabel.setText(plural(self.model.rowCount(), self.nouns.one, self.nouns.many))

    def _header_clicked(self, column: int) -> None:
        header = self.ui.table.horizontalHeader()
        if not self.model.is_sortable(column):
            header.setSortIndicator(self.model.sort_column, self.model.sort_order)
            title = self.model.columns[column].title
            self.statusMessage.emit(f"La colonne « {title} » ne peut pas être triée.")
            return
        order = header.sortIndicatorOrder()
        self.model.sort(column, order)
        header.setSortIndicator(column, order)

    # --- selection ---------------------------------------------------------------------

    def selected_ids(self) -> list[str]:
        rows = sorted(i.row() for i in self.ui.table.selectionModel().selectedRows())
        return [rid for rid in (self.model.record_id(r) for r in rows) if rid is not None]

    def current_id(self) -> str | None:
        index = self.ui.table.currentIndex()
        if index.isValid() and self.ui.table.selectionModel().isRowSelected(index.row()):
            return self.model.record_id(index.row())
        selected = self.selected_ids()
        return selected[0] if selected else None

    def select(self, record_id: str) -> bool:
        row = self.model.row_of(record_id)
        if row is None:
            return False
        # Through the selection model: the view's selectRow() follows the keyboard
        # modifiers held (Ctrl of Ctrl+Z would toggle the row instead of selecting it).
        index = self.model.index(row, 0)
        flags = QItemSelectionModel.SelectionFlag
        self.ui.table.selectionModel().setCurrentIndex(index, flags.ClearAndSelect | flags.Rows)
        self.ui.table.scrollTo(index)
        return True

    def _reselect(self, record_id: str | None) -> None:
        if record_id is not None:
            self.select(record_id)
        self._update_actions()

    def _update_actions(self) -> None:
        ready = self.operations is not None
        count = len(self.selected_ids())
        enable_editing(self.ui.newButton, ready)
        # Read-only: the dialog shows the record, « Enregistrer » disabled.
        self.ui.editButton.setText("&Modifier…" if editable(self) else "&Consulter…")
        self.ui.editButton.setEnabled(ready and count == 1)
        enable_editing(self.ui.deleteButton, ready and count >= 1)
        self.ui.exportButton.setEnabled(self.model.rowCount() > 0)
        self.selectionChanged.emit()

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if watched is self.ui.table and event.type() == QEvent.Type.KeyPress:
            assert isinstance(event, QKeyEvent)
            if event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter):
                self.edit_current()
                return True
            if event.key() == Qt.Key.Key_Delete:
                self.delete_selected()
                return True
        return super().eventFilter(watched, event)

    def _context_menu(self, position: Any) -> None:
        count = len(self.selected_ids())
        writable = editable(self)
        entries: list[MenuEntry] = [
            (self.nouns.new_label, self.new_record, writable and self.operations is not None),
            ("&Modifier…" if writable else "&Consulter…", self.edit_current, count == 1),
            ("&Supprimer…", self.delete_selected, writable and count >= 1),
            ("E&xporter la vue…", self.export_view, self.model.rowCount() > 0),
            *self.extra_actions(),
        ]
        show_row_menu(self.ui.table, position, entries)

    # --- actions -----------------------------------------------------------------------

    def _report_error(self, message: str) -> None:
        messages.error(self, "Action impossible", message)

    def refresh(self) -> None:
        """Read the rows again (something changed elsewhere), keeping the selection."""
        keep = self.current_id()
        self.model.reload()
        self._reselect(keep)

    def _after_change(self, keep: str | None = None) -> None:
        self.model.reload()
        self._reselect(keep)
        self.changed.emit()

    def new_record(self) -> str | None:
        ops = self.operations
        if ops is None or not editable(self):
            return None
        outcome = show_and_save(
            lambda: self.open_editor(None),
            lambda data: ops.create(self.editor_value(data)),
            self._report_error,
        )
        if outcome is None:
            return None
        record_id: str = outcome[1]
        self.undo_stack.push(
            CreateCommand(
                f"Créer {self.nouns.one}",
                record_id,
                ops.delete,
                ops.restore,
                self._report_error,
                lambda: self._after_change(record_id),
            )
        )
        self._after_change(record_id)
        return record_id

    def edit_current(self) -> bool:
        ops = self.operations
        record_id = self.current_id()
        if ops is None or record_id is None:
            return False
        try:
            guard = GuardedEdit(  # the version opened, then the data
                ops.database,
                record_id,
                get=ops.get,
                restore=ops.restore,
                fields=self.record_fields,
                rebuild=self.with_record_fields,
                parent=self,
            )
        except UserFacingError as exc:
            self._report_error(exc.message)
            self.model.reload()
            return False
        before = guard.base

        def save(data: Any) -> Any:
            value = self.editor_value(data)
            if value == before:
                return False
            outcome = guard.save(value, lambda v, _before: ops.update(record_id, v))
            return KEEP_OPEN if outcome is Outcome.BACK else outcome.saved

        outcome = show_and_save(lambda: self.open_editor(before), save, self._report_error)
        status = guard.status_text()
        if status is not None:  # closed without saving: the list shows what the base holds
            self._after_change(record_id)
            self.statusMessage.emit(status)
            return False
        if outcome is None or not outcome[1]:
            return False
        if guard.outcome is Outcome.RECREATED:  # undone by deleting it again
            command: Any = CreateCommand(
                f"Recréer {self.nouns.one}",
                record_id,
                ops.delete,
                ops.restore,
                self._report_error,
                lambda: self._after_change(record_id),
            )
        else:
            command = EditCommand(
                f"Modifier {self.nouns.one}",
                record_id,
                guard.previous,
                guard.written,
                ops.update,
                self._report_error,
                lambda: self._after_change(record_id),
                guard.track(),
            )
        self.undo_stack.push(command)
        self._after_change(record_id)
        return True

    def delete_selected(self) -> bool:
        ops = self.operations
        ids = self.selected_ids()
        if ops is None or not ids or not editable(self):
            return False
        labels = [f"« {self.describe(row)} »" for row in self._rows_of(ids)]
        question = deletion_question(labels, self.nouns.the_one, self.nouns.many)
        if not messages.confirm(self, "Supprimer", question, accept_label="Supprimer"):
            return False
        deleted, refusals = delete_each(ids, ops.delete)
        if deleted:
            self.undo_stack.push(
                DeleteCommand(
                    f"Supprimer {plural(len(deleted), self.nouns.one, self.nouns.many)}",
                    deleted,
                    ops.delete,
                    ops.restore,
                    self._report_error,
                    self._after_change,
                )
            )
            self._after_change()
            self.statusMessage.emit(
                f"{plural(len(deleted), self.nouns.one, self.nouns.many)} supprimé(s)."
            )
        if refusals:
            messages.warning(self, "Suppression refusée", "\n\n".join(refusals))
        return bool(deleted)

    def _rows_of(self, ids: Sequence[str]) -> list[RowT]:
        rows = []
        for record_id in ids:
            row_index = self.model.row_of(record_id)
            row = self.model.record(row_index) if row_index is not None else None
            if row is not None:
                rows.append(row)
        return rows

    def export_title(self) -> str:
        return self.nouns.many.capitalize()

    def export_view(self) -> TaskHandle[ExportSummary] | None:
        """Write the rows shown to a .xlsx, in the background (`view_export`); its task,
        or None if not started."""
        source = self._source
        if self.model.rowCount() == 0 or source is None:
            return None
        return export_view(
            self,
            self.export_title(),
            self.model.columns,
            list(self.model.ids),
            source.rows,
            self.statusMessage.emit,
        )
