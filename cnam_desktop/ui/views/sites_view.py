"""The Sites area: filters, the sites table, a detail pane, create / edit / delete."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QEvent, QItemSelectionModel, QObject, Qt, QTimer, Signal
from PySide6.QtGui import QKeyEvent, QKeySequence, QShortcut, QUndoCommand, QUndoStack
from PySide6.QtWidgets import QAbstractItemView, QHeaderView, QWidget

from cnam_desktop.domain.enums import SiteStatus
from cnam_desktop.domain.formatting import plural
from cnam_desktop.domain.sites import SiteFilter
from cnam_desktop.errors import UserFacingError
from cnam_desktop.ui import messages
from cnam_desktop.ui.edit_conflicts import GuardedEdit, Outcome, database_of
from cnam_desktop.ui.generated.ui_sites_view import Ui_SitesView
from cnam_desktop.ui.models.site_table_model import COLUMNS, SiteTableModel, site_source
from cnam_desktop.ui.read_only import editable, enable_editing
from cnam_desktop.ui.tasks import TaskHandle
from cnam_desktop.ui.undo import CreateCommand, DeleteCommand, EditCommand
from cnam_desktop.ui.views.deletion import delete_each, deletion_question
from cnam_desktop.ui.views.site_detail import SiteDetailPane
from cnam_desktop.ui.views.site_profile_tabs import SiteProfileTabs
from cnam_desktop.ui.views.view_export import export_view
from cnam_desktop.ui.widgets.quiet_label import fit_to_widest
from cnam_desktop.ui.widgets.row_menu import show_row_menu

if TYPE_CHECKING:
    from cnam_desktop.domain.sites import SiteData
    from cnam_desktop.reports.table_export import ExportSummary
    from cnam_desktop.services.site_profile import SiteProfileService
    from cnam_desktop.services.sites import SiteService

SEARCH_DELAY_MS = 250
"""Typing pauses this long before the list is re-queried."""

ACV_CHOICES = (("Tous", None), ("ACV", True), ("Hors ACV", False))


class SitesView(QWidget):
    currentSiteChanged = Signal(object)
    """The selected site's id, or None."""
    statusMessage = Signal(str)
    changed = Signal()
    """A site was created, edited or deleted (other areas refresh their lists)."""
    """A short French message for the status bar."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ui = Ui_SitesView()
        self.ui.setupUi(self)
        self._service: SiteService | None = None
        self.undo_stack: QUndoStack | None = None
        """The main window's stack; None: changes cannot be undone (tests of the view)."""
        self._profiles: SiteProfileService | None = None
        self.model = SiteTableModel(parent=self)
        self.detail = SiteDetailPane(self.ui)
        self.profile_tabs = SiteProfileTabs(self.ui)
        self._current_id: str | None = None

        self._setup_table()
        self._setup_filters()
        # A new count repaints the label, not the whole area.
        fit_to_widest(self.ui.countLabel, [plural(n, "site") for n in (1, 9_999_999)])
        self.ui.newButton.clicked.connect(self.new_site)
        self.ui.editButton.clicked.connect(self.edit_site)
        self.ui.deleteButton.clicked.connect(self.delete_site)
        self.ui.exportButton.clicked.connect(self.export_view)
        find = QShortcut(QKeySequence(QKeySequence.StandardKey.Find), self)
        find.activated.connect(self._focus_search)
        self.ui.splitter.setStretchFactor(0, 3)
        self.ui.splitter.setStretchFactor(1, 2)
        self.ui.splitter.setSizes([360, 340])
        self._update_actions()
        self.detail.clear("Ouverture de la base de données…")

    # --- setup -----------------------------------------------------------------------------

    def _setup_table(self) -> None:
        table = self.ui.sitesTable
        table.setModel(self.model)
        header = table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        header.setSectionsClickable(True)
        header.setSortIndicatorShown(True)
        header.setSortIndicator(self.model.sort_column, self.model.sort_order)
        header.sectionClicked.connect(self._header_clicked)
        for column, spec in enumerate(COLUMNS):
            table.setColumnWidth(column, spec.width)
        table.verticalHeader().setDefaultSectionSize(24)
        table.verticalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Fixed)
        table.setSelectionMode(QAbstractItemView.SelectionMode.ExtendedSelection)
        table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        table.selectionModel().selectionChanged.connect(self._selection_changed)
        table.selectionModel().currentRowChanged.connect(lambda *_a: self._selection_changed())
        table.setContextMenuPolicy(Qt.ContextMenuPolicy.CustomContextMenu)
        table.customContextMenuRequested.connect(self._context_menu)
        table.doubleClicked.connect(lambda _index: self.edit_site())
        table.installEventFilter(self)
        self.model.modelReset.connect(self._update_count)

    def _setup_filters(self) -> None:
        ui = self.ui
        ui.statusFilter.addItem("Tous", None)
        for status in SiteStatus:
            ui.statusFilter.addItem(status.label, status.value)
        ui.departmentFilter.addItem("Tous", None)
        for label, value in ACV_CHOICES:
            ui.acvFilter.addItem(label, value)
        self._search_timer = QTimer(self)
        self._search_timer.setSingleShot(True)
        self._search_timer.setInterval(SEARCH_DELAY_MS)
        self._search_timer.timeout.connect(self.apply_filters)
        ui.searchEdit.textChanged.connect(lambda _text: self._search_timer.start())
        ui.searchEdit.returnPressed.connect(self.apply_filters)
        for combo in (ui.statusFilter, ui.departmentFilter, ui.acvFilter):
            combo.currentIndexChanged.connect(lambda _index: self.apply_filters())

    # --- service -------------------------------------------------------------------------

    def set_service(
        self, service: SiteService | None, profiles: SiteProfileService | None = None
    ) -> None:
        """Show the sites of `service` (None: nothing to show, e.g. no database open).

        `profiles` fills the Diagnostic and Historique tabs of the detail (left empty,
        with a notice, without it).
        """
        self._service = service
        self._profiles = profiles
        self._refresh_departments()
        self.model.set_service(service, self.current_filter())
        self._after_reload(None)

    @property
    def service(self) -> SiteService | None:
        return self._service

    def _refresh_departments(self) -> None:
        combo = self.ui.departmentFilter
        current = combo.currentData()
        departments = self._service.departments() if self._service else []
        combo.blockSignals(True)
        combo.clear()
        combo.addItem("Tous", None)
        for code in departments:
            combo.addItem(code, code)
        index = combo.findData(current) if current is not None else 0
        combo.setCurrentIndex(max(index, 0))
        combo.blockSignals(False)
        if current is not None and index < 0:
            self.apply_filters()  # the department filtered on has no site left

    # --- filters -----------------------------------------------------------------------

    def current_filter(self) -> SiteFilter:
        ui = self.ui
        status = ui.statusFilter.currentData()
        return SiteFilter(
            text=ui.searchEdit.text().strip() or None,
            status=SiteStatus(status) if status else None,
            department=ui.departmentFilter.currentData(),
            acv=ui.acvFilter.currentData(),
        )

    def apply_filters(self) -> None:
        """Re-query the id list with the filters as they are now."""
        self._search_timer.stop()
        flt = self.current_filter()
        if flt == self.model.site_filter:
            return
        keep = self._current_id
        self.model.set_filter(flt)
        self._after_reload(keep)

    def _focus_search(self) -> None:
        self.ui.searchEdit.setFocus()
        self.ui.searchEdit.selectAll()

    def _update_count(self) -> None:
        count = self.model.rowCount()
        self.ui.countLabel.setText(plural(count, "site"))

    # --- table -------------------------------------------------------------------------

    def _header_clicked(self, column: int) -> None:
        header = self.ui.sitesTable.horizontalHeader()
        if not self.model.is_sortable(column):
            # Keep showing the order actually in force.
            header.setSortIndicator(self.model.sort_column, self.model.sort_order)
            self.statusMessage.emit(
                f"La colonne « {COLUMNS[column].title} » ne peut pas être triée."
            )
            return
        order = header.sortIndicatorOrder()
        self.model.sort(column, order)
        header.setSortIndicator(column, order)
        self._scroll_to_current()

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if watched is self.ui.sitesTable and event.type() == QEvent.Type.KeyPress:
            assert isinstance(event, QKeyEvent)
            if event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter):
                self.edit_site()
                return True
            if event.key() == Qt.Key.Key_Delete:
                self.delete_site()
                return True
        return super().eventFilter(watched, event)

    def _selection_changed(self) -> None:
        """The detail shows the current row when it is selected, else the first selected."""
        selection = self.ui.sitesTable.selectionModel()
        current = self.ui.sitesTable.currentIndex()
        if current.isValid() and selection.isRowSelected(current.row()):
            row: int | None = current.row()
        else:
            rows = sorted(index.row() for index in selection.selectedRows())
            row = rows[0] if rows else None
        self._set_current(self.model.site_id(row) if row is not None else None)

    def selected_site_ids(self) -> list[str]:
        """The selected sites, in the list's order."""
        rows = sorted(i.row() for i in self.ui.sitesTable.selectionModel().selectedRows())
        return [sid for sid in (self.model.site_id(r) for r in rows) if sid is not None]

    def _context_menu(self, position: Any) -> None:
        count = len(self.selected_site_ids())
        writable = editable(self) and self._service is not None
        show_row_menu(
            self.ui.sitesTable,
            position,
            [
                ("&Nouveau site…", self.new_site, writable),
                ("&Modifier…" if editable(self) else "&Consulter…", self.edit_site, count == 1),
                ("&Supprimer…", self.delete_site, writable and count >= 1),
                ("E&xporter la vue…", self.export_view, self.model.rowCount() > 0),
            ],
        )

    def export_view(self) -> TaskHandle[ExportSummary] | None:
        """Write the sites shown to a .xlsx, in the background; its task, or None."""
        service = self._service
        if service is None or self.model.rowCount() == 0:
            return None
        return export_view(
            self,
            "Sites",
            self.model.columns,
            list(self.model.ids),
            site_source(service).rows,
            self.statusMessage.emit,
        )

    def _set_current(self, site_id: str | None) -> None:
        changed = site_id != self._current_id
        self._current_id = site_id
        if site_id is None or self._service is None:
            self.detail.clear(
                "Sélectionnez un site dans la liste pour afficher sa fiche : identité, "
                "partenaires, salles, formations, diagnostic et historique."
            )
        else:
            try:
                self.detail.show(self._service.detail(site_id))
                if self._profiles is None:
                    self.profile_tabs.clear()
                else:
                    self.profile_tabs.show(self._profiles.profile(site_id))
            except UserFacingError as exc:
                self.detail.clear(exc.message)
        self._update_actions()
        if changed:
            self.currentSiteChanged.emit(site_id)

    def current_site_id(self) -> str | None:
        return self._current_id

    def select_site(self, site_id: str) -> bool:
        """Select the row of `site_id`; False if it is not in the (filtered) list."""
        row = self.model.row_of(site_id)
        if row is None:
            return False
        table = self.ui.sitesTable
        index = self.model.index(row, 0)
        table.selectionModel().setCurrentIndex(
            index,
            QItemSelectionModel.SelectionFlag.ClearAndSelect
            | QItemSelectionModel.SelectionFlag.Rows,
        )
        table.scrollTo(index)
        return True

    def _scroll_to_current(self) -> None:
        if self._current_id is not None:
            row = self.model.row_of(self._current_id)
            if row is not None:
                self.ui.sitesTable.scrollTo(self.model.index(row, 0))

    def _after_reload(self, keep: str | None, fallback_row: int | None = None) -> None:
        """After the id list changed: reselect `keep`, or the row at `fallback_row`."""
        self._update_count()
        if keep is not None and self.select_site(keep):
            return
        if fallback_row is not None and self.model.rowCount():
            row = min(fallback_row, self.model.rowCount() - 1)
            site_id = self.model.site_id(row)
            if site_id is not None and self.select_site(site_id):
                return
        self.ui.sitesTable.selectionModel().clearSelection()
        self._set_current(None)

    def reload(self, keep: str | None = None) -> None:
        self._refresh_departments()
        self.model.reload()
        self._after_reload(keep)

    def _update_actions(self) -> None:
        has_service = self._service is not None
        has_site = has_service and self._current_id is not None
        enable_editing(self.ui.newButton, has_service)
        self.ui.editButton.setText("&Modifier…" if editable(self) else "&Consulter…")
        self.ui.editButton.setEnabled(has_site)
        enable_editing(self.ui.deleteButton, has_site)
        self.ui.exportButton.setEnabled(has_service and self.model.rowCount() > 0)

    # --- create / edit / delete ------------------------------------------------------------

    def _push(self, command: QUndoCommand) -> None:
        """Record a change on the main window's undo stack (Édition → Annuler)."""
        if self.undo_stack is not None:
            self.undo_stack.push(command)
        self.changed.emit()

    def _undo_refused(self, message: str) -> None:
        messages.error(self, "Annulation impossible", message)

    def new_site(self) -> str | None:
        """Open the dialog for a new site; its id once created."""
        if self._service is None or not editable(self):
            return None
        from cnam_desktop.ui.dialogs.form_dialog import show_and_save
        from cnam_desktop.ui.dialogs.site_dialog import SiteDialog  # built on first use

        service = self._service
        outcome = show_and_save(  # a refused save keeps the dialog open with what was typed
            lambda: SiteDialog.edit(self, None, service.departments()),
            service.create,
            lambda message: messages.error(self, "Création impossible", message),
        )
        if outcome is None:
            return None
        data: SiteData = outcome[0]
        site_id: str = outcome[1]
        self._push(
            CreateCommand(
                f"Créer le site « {data.name} »",
                site_id,
                self._service.delete,
                self._service.restore,
                self._undo_refused,
                lambda: self.reload(keep=site_id),
            )
        )
        self.reload(keep=site_id)
        if self._current_id == site_id:
            self.statusMessage.emit(f"Site « {data.name} » créé.")
        else:
            self.statusMessage.emit(
                f"Site « {data.name} » créé ; il n'apparaît pas avec les filtres actuels."
            )
        return site_id

    def edit_site(self) -> bool:
        """Edit the selected site; True once saved."""
        site_id = self._current_id
        if self._service is None or site_id is None:
            return False
        service = self._service
        try:
            guard = GuardedEdit(  # the version opened, then the data
                database_of(service),
                site_id,
                get=service.get,
                restore=service.restore,
                parent=self,
            )
        except UserFacingError as exc:
            messages.error(self, "Modification impossible", exc.message)
            self.reload()
            return False
        current: SiteData = guard.base
        from cnam_desktop.ui.dialogs.form_dialog import KEEP_OPEN, show_and_save
        from cnam_desktop.ui.dialogs.site_dialog import SiteDialog

        def save(proposed: SiteData) -> Any:
            if proposed == current:
                return False
            outcome = guard.save(proposed, lambda value, _before: service.update(site_id, value))
            return KEEP_OPEN if outcome is Outcome.BACK else outcome.saved

        outcome = show_and_save(
            lambda: SiteDialog.edit(self, current, service.departments()),
            save,
            lambda message: messages.error(self, "Modification impossible", message),
        )
        status = guard.status_text()
        if status is not None:  # closed without saving: the list shows what the base holds
            self.changed.emit()
            self.reload(keep=site_id)
            self.statusMessage.emit(status)
            return False
        if outcome is None or not outcome[1]:
            return False
        data: SiteData = guard.written
        if guard.outcome is Outcome.RECREATED:  # undone by deleting it again
            command: QUndoCommand = CreateCommand(
                f"Recréer le site « {data.name} »",
                site_id,
                service.delete,
                service.restore,
                self._undo_refused,
                lambda: self.reload(keep=site_id),
            )
        else:
            command = EditCommand(
                f"Modifier le site « {data.name} »",
                site_id,
                guard.previous,
                data,
                service.update,
                self._undo_refused,
                lambda: self.reload(keep=site_id),
                guard.track(),
            )
        self._push(command)
        self.reload(keep=site_id)
        if self._current_id == site_id:
            self.statusMessage.emit(f"Site « {data.name} » enregistré.")
        else:
            self.statusMessage.emit(
                f"Site « {data.name} » enregistré ; il n'apparaît plus avec les filtres actuels."
            )
        return True

    def delete_site(self) -> bool:
        """Delete the selected sites after confirmation (tombstones), one undo step for
        all; a site still in use is refused with what uses it, the others are deleted.
        True once at least one is deleted."""
        service = self._service
        ids = self.selected_site_ids()
        if service is None or not ids or not editable(self):
            return False
        rows = {}
        for site_id in ids:
            row_number = self.model.row_of(site_id)
            rows[site_id] = self.model.site_row(row_number) if row_number is not None else None
        site_names = {i: row.name if row else "sélectionné" for i, row in rows.items()}
        names = [f"« {row.name} » ({row.town})" if row else "sélectionné" for row in rows.values()]
        question = deletion_question(names, "le site", "sites")
        if not messages.confirm(self, "Supprimer", question, accept_label="Supprimer"):
            return False
        first_row = self.model.row_of(ids[0])
        deleted, refusals = delete_each(ids, service.delete)
        if deleted:
            one = site_names[deleted[0]]
            label = f"le site « {one} »" if len(deleted) == 1 else plural(len(deleted), "site")
            self._push(
                DeleteCommand(
                    f"Supprimer {label}",
                    deleted,
                    service.delete,
                    service.restore,
                    self._undo_refused,
                    lambda: self.reload(keep=deleted[0]),
                )
            )
            self._refresh_departments()
            self.model.reload()
            self._after_reload(None, fallback_row=first_row)
            self.statusMessage.emit(
                f"Site « {one} » supprimé."
                if len(deleted) == 1
                else f"{plural(len(deleted), 'site')} supprimés."
            )
        if refusals:
            title = "Suppression impossible" if not deleted else "Suppression refusée"
            messages.error(self, title, "\n\n".join(refusals))
        return bool(deleted)
