"""The main window: navigation between areas, menus, status bar."""

from __future__ import annotations

import sys
from functools import partial
from html import escape
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QAction, QActionGroup, QKeySequence, QUndoStack
from PySide6.QtWidgets import QLabel, QMainWindow, QWidget

from cnam_desktop import APP_DISPLAY_NAME, app_version
from cnam_desktop.ui import messages, read_only
from cnam_desktop.ui.area_pages import AREA_PAGES
from cnam_desktop.ui.areas import AREAS, STARTUP_INDEX, Area
from cnam_desktop.ui.generated.ui_main_window import Ui_MainWindow
from cnam_desktop.ui.views.coming_soon import ComingSoonPage
from cnam_desktop.ui.widgets.paint_watcher import PaintWatcher

if TYPE_CHECKING:
    from cnam_desktop.services.workspace import Workspace
    from cnam_desktop.ui.views.sites_view import SitesView

STATUS_TIMEOUT_MS = 6000


def _loading_page(parent: QWidget) -> QWidget:
    label = QLabel("Ouverture du réseau…", parent)
    label.setObjectName("sitesLoading")
    label.setAlignment(Qt.AlignmentFlag.AlignCenter)
    label.setStyleSheet("color: #5f6368; font-size: 12pt;")
    return label


class MainWindow(QMainWindow):
    areaChanged = Signal(str)
    backupRequested = Signal()
    """Fichier → Sauvegarder une copie: whoever owns the database file (app.py) acts."""
    restoreRequested = Signal()
    openSharedRequested = Signal()
    synchroniseRequested = Signal()
    syncConflictsRequested = Signal()
    """Fichier → Ouvrir une base partagée…: app.py opens it and gives the window its data."""
    personalDataRequested = Signal()
    """The key of the area now shown."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ui = Ui_MainWindow()
        self.ui.setupUi(self)
        self.workspace: Workspace | None = None
        self.first_paint = PaintWatcher(self)
        """Its `painted` signal fires once the window is first on screen."""

        # The Sites view (table, detail pane, dialog) is built the first time it is shown
        # or asked for; a loading page stands in its place until then.
        self._sites_view: SitesView | None = None
        self.undo_stack = QUndoStack(self)
        """Every screen's create, edit and delete (Édition → Annuler / Rétablir)."""
        self._built: dict[str, Any] = {}
        """Area pages built so far (see ui/area_pages.py), by area key."""
        self.pages: list[QWidget] = []
        for area in AREAS:
            page = _loading_page(self) if area.key == "sites" else ComingSoonPage(area, self)
            self.ui.areaStack.addWidget(page)
            self.pages.append(page)
        self.area_actions: list[QAction] = [
            self.ui.actionShowDashboard,
            self.ui.actionShowSites,
            self.ui.actionShowPremises,
            self.ui.actionShowEquipment,
            self.ui.actionShowCatalogue,
            self.ui.actionShowTrainers,
            self.ui.actionShowPlanning,
            self.ui.actionShowReports,
        ]
        self._check_areas()
        self._setup_navigation()
        self._setup_actions()
        self._setup_status_bar()
        self._setup_undo()
        self.show_area(STARTUP_INDEX)

    # --- setup -------------------------------------------------------------------------

    def _check_areas(self) -> None:
        nav = self.ui.navigationList
        titles = [nav.item(i).text() for i in range(nav.count())]
        expected = [a.title for a in AREAS]
        if titles != expected or len(self.area_actions) != len(AREAS):
            raise RuntimeError(f"forms/main_window.ui lists {titles}, ui/areas.py {expected}")

    def _setup_navigation(self) -> None:
        nav = self.ui.navigationList
        for row, area in enumerate(AREAS):
            item = nav.item(row)
            shortcut = self.area_actions[row].shortcut().toString()
            item.setToolTip(f"{area.summary} ({shortcut})")
        nav.setStyleSheet("QListWidget::item { padding: 7px 10px; }")
        nav.currentRowChanged.connect(self._area_row_changed)
        group = QActionGroup(self)
        group.setExclusive(True)
        for row, action in enumerate(self.area_actions):
            group.addAction(action)
            action.setStatusTip(AREAS[row].summary)
            action.triggered.connect(partial(self.show_area, row))

    def _setup_actions(self) -> None:
        ui = self.ui
        ui.actionQuit.triggered.connect(self.close)
        ui.actionAbout.triggered.connect(self.show_about)
        ui.actionUserGuide.triggered.connect(self.show_user_guide)
        # Nouveau / Modifier / Supprimer act on the list of the area shown (Sites by default).
        ui.actionNewSite.triggered.connect(self.new_record)
        ui.actionEditSite.triggered.connect(self.edit_record)
        ui.actionDeleteSite.triggered.connect(self.delete_records)
        ui.actionOpenShared.triggered.connect(self.openSharedRequested)
        ui.actionSynchronise.triggered.connect(self.synchroniseRequested)
        ui.actionSyncConflicts.triggered.connect(self.syncConflictsRequested)
        ui.actionBackup.triggered.connect(self.backupRequested)
        ui.actionRestore.triggered.connect(self.restoreRequested)
        ui.actionPersonalData.triggered.connect(self.personalDataRequested)
        ui.actionExportWorkbook.triggered.connect(lambda: self._workbook_action("export"))
        ui.actionImportTemplates.triggered.connect(lambda: self._workbook_action("templates"))
        ui.actionImportWorkbook.triggered.connect(lambda: self._workbook_action("import"))
        self._update_actions()

    def _workbook_action(self, what: str) -> None:
        """Rapports menu: show the Rapports area, then run the action from there.

        An export asked from the Sites area proposes the site selected there.
        """
        came_from = self.current_area().key
        self.show_area(next(i for i, a in enumerate(AREAS) if a.key == "reports"))
        flows = self._built["reports"].flows
        if what == "export":
            site = self._sites_view.current_site_id() if self._sites_view is not None else None
            flows.export_workbook(site if came_from == "sites" else None)
        elif what == "templates":
            flows.write_templates()
        else:
            flows.import_workbook()

    @property
    def sites_view(self) -> SitesView:
        """The Sites area, built the first time it is asked for."""
        if self._sites_view is None:
            from cnam_desktop.ui.views.sites_view import SitesView

            view = SitesView(self)
            view.undo_stack = self.undo_stack
            index = next(i for i, a in enumerate(AREAS) if a.key == "sites")
            stack = self.ui.areaStack
            shown = stack.currentIndex()
            placeholder = self.pages[index]
            stack.insertWidget(index, view)
            stack.removeWidget(placeholder)
            placeholder.deleteLater()
            stack.setCurrentIndex(shown)
            self.pages[index] = view
            # Modifier / Supprimer act on the Sites area: their keys work only there
            # (Suppr typed in another area must never delete a site).
            for action in (self.ui.actionEditSite, self.ui.actionDeleteSite):
                action.setShortcutContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
                view.addAction(action)
            view.currentSiteChanged.connect(lambda _id: self._update_actions())
            view.statusMessage.connect(self.show_status)
            view.changed.connect(self._sites_changed)
            self._sites_view = view
            if self.workspace is not None:
                self._give_sites_service(self.workspace)
        return self._sites_view

    def _give_sites_service(self, workspace: Workspace) -> None:
        from cnam_desktop.services.site_profile import SiteProfileService

        self.sites_view.set_service(workspace.sites, SiteProfileService(workspace.database))

    def _setup_undo(self) -> None:
        undo = self.undo_stack.createUndoAction(self, "&Annuler")
        undo.setShortcut(QKeySequence(QKeySequence.StandardKey.Undo))
        undo.setObjectName("actionUndo")
        redo = self.undo_stack.createRedoAction(self, "&Rétablir")
        redo.setShortcuts([QKeySequence("Ctrl+Y"), QKeySequence(QKeySequence.StandardKey.Redo)])
        redo.setObjectName("actionRedo")
        menu = self.ui.menuEdit
        first = menu.actions()[0] if menu.actions() else None
        menu.insertAction(first, undo)
        menu.insertAction(first, redo)
        menu.insertSeparator(first)
        self.undo_action, self.redo_action = undo, redo

    def _setup_status_bar(self) -> None:
        self.database_label = QLabel("Aucune base ouverte", self)
        self.database_label.setObjectName("databaseLabel")
        self.database_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.ui.statusBar.addPermanentWidget(self.database_label)
        self.read_only_label = read_only.banner(self)

    # --- areas -------------------------------------------------------------------------

    def show_area(self, index: int) -> None:
        self.ui.navigationList.setCurrentRow(index)
        # setCurrentRow does nothing if the row is already current: sync anyway.
        self._area_row_changed(index)

    def _area_row_changed(self, index: int) -> None:
        if not 0 <= index < len(AREAS):
            return
        self._ensure_page(index)
        self.ui.areaStack.setCurrentIndex(index)
        self.area_actions[index].setChecked(True)
        self._update_actions()
        self.areaChanged.emit(AREAS[index].key)

    def _ensure_page(self, index: int) -> None:
        """Build the area's page the first time it is shown (if it has one)."""
        key = AREAS[index].key
        if key == "sites":
            self.sites_view  # noqa: B018 (built on first access)
            return
        factory = AREA_PAGES.get(key)
        if factory is None or key in self._built:
            return
        page = factory(self, self.undo_stack)
        stack = self.ui.areaStack
        placeholder = self.pages[index]
        stack.insertWidget(index, page)
        stack.removeWidget(placeholder)
        placeholder.deleteLater()
        self.pages[index] = page
        self._built[key] = page
        page.statusMessage.connect(self.show_status)
        page.changed.connect(self._data_changed)
        if hasattr(page, "openRequested"):
            page.openRequested.connect(self.open_filtered)
        # A page holds lists only if their module was loaded to build it: the dashboard
        # (built before the first paint) does not, and must not pay for importing it.
        list_module = sys.modules.get("cnam_desktop.ui.views.list_page")
        if list_module is not None:
            list_page = list_module.ListPage
            listings = page.findChildren(list_page) if not isinstance(page, list_page) else [page]
            for listing in listings:
                listing.selectionChanged.connect(self._update_actions)
        tabs = getattr(page, "tabs", None)
        if tabs is not None:
            tabs.currentChanged.connect(lambda _index: self._update_actions())
        page.set_workspace(self.workspace)

    def _data_changed(self) -> None:
        if self._sites_view is not None:
            self._sites_view.reload(self._sites_view.current_site_id())
        dashboard = self._built.get("dashboard")
        if dashboard is not None:
            dashboard.refresh()

    def _sites_changed(self) -> None:
        """Sites appear in the other areas' filters and choices, and in the dashboard."""
        for page in self._built.values():
            page.set_workspace(self.workspace)

    def open_filtered(self, key: str, hint: dict[str, Any]) -> None:
        """Show an area narrowed to what a dashboard figure counts."""
        index = next((i for i, a in enumerate(AREAS) if a.key == key), None)
        if index is None:
            return
        self.show_area(index)
        if key == "sites":
            self._filter_sites(hint)
            return
        page = self._built.get(key)
        if page is not None and hasattr(page, "apply_hint"):
            page.apply_hint(hint)

    def _filter_sites(self, hint: dict[str, Any]) -> None:
        view = self.sites_view
        ui = view.ui
        status = hint.get("status")
        for combo in (ui.statusFilter, ui.departmentFilter, ui.acvFilter):
            combo.blockSignals(True)
            combo.setCurrentIndex(0)
            combo.blockSignals(False)
        ui.searchEdit.clear()
        if status is not None:
            ui.statusFilter.setCurrentIndex(max(0, ui.statusFilter.findData(status.value)))
        view.apply_filters()

    def dashboard_view(self) -> Any:
        """The dashboard view (a `DashboardView`) when its area is built, else None."""
        area = self._built.get("dashboard")
        return area.view if area is not None else None

    def current_area(self) -> Area:
        return AREAS[self.ui.areaStack.currentIndex()]

    def page(self, key: str) -> QWidget:
        return self.pages[next(i for i, a in enumerate(AREAS) if a.key == key)]

    # --- workspace ---------------------------------------------------------------------

    def set_workspace(self, workspace: Workspace | None) -> None:
        """Show the data of an opened database (None: nothing open)."""
        if workspace is None:
            from cnam_desktop.ui import tasks

            tasks.cancel_all()  # no export or check may outlive the database it reads
        self.workspace = workspace
        self.undo_stack.clear()
        self._show_read_only(workspace)
        for page in self._built.values():
            page.set_workspace(workspace)
        if workspace is None:
            self.setWindowTitle(APP_DISPLAY_NAME)
            self.database_label.setText("Aucune base ouverte")
            self.database_label.setToolTip("")
            if self._sites_view is not None:
                self._sites_view.set_service(None)
        else:
            path, location = workspace.path, workspace.location
            mode = " (lecture seule)" if workspace.read_only else ""
            name = path.name if path is not None else f"Base partagée {location}"
            self.setWindowTitle(f"{name}{mode} — {APP_DISPLAY_NAME}")
            self.database_label.setText(f"Base : {location}")
            self.database_label.setToolTip(
                f"Fichier de données ouvert : {location}"
                if path is not None
                else f"Base partagée sur un serveur PostgreSQL : {location}"
            )
            if self._sites_view is not None:
                self._give_sites_service(workspace)
            if workspace.demo_seeded:
                self.show_status(
                    "Première ouverture : le réseau de démonstration a été chargé "
                    "(sites marqués « démo »)."
                )
        self._update_actions()

    def _show_read_only(self, workspace: Workspace | None) -> None:
        """Read-only mode: the window says so, and every editing action asks `editable`."""
        locked = workspace is not None and workspace.read_only
        read_only.set_window_read_only(self, locked)
        bar = self.read_only_label.parentWidget()
        if locked and workspace is not None:
            reason = workspace.read_only_reason or "la base est utilisée ailleurs"
            self.read_only_label.setText(
                f"<b>Lecture seule</b> — {escape(reason)}.<br>Vous pouvez consulter, "
                "exporter et imprimer ; aucune modification n'est possible. Pour modifier, "
                "fermez l'autre session puis relancez l'application."
            )
        bar.setVisible(locked)

    def show_status(self, text: str) -> None:
        self.ui.statusBar.showMessage(text, STATUS_TIMEOUT_MS)

    def add_status(self, text: str) -> None:
        """Show `text` after the message still shown, if any (neither hides the other)."""
        shown = self.ui.statusBar.currentMessage()
        self.show_status(f"{shown} — {text}" if shown else text)

    # --- actions -----------------------------------------------------------------------

    def current_list(self) -> Any:
        """The list page of the area shown (the current tab's), or None."""
        page = self._built.get(self.current_area().key)
        if page is None:  # Sites, or an area not built yet (start-up imports no list code)
            return None
        tabs = getattr(page, "tabs", None)
        if tabs is not None:
            page = tabs.currentWidget()
        list_module = sys.modules.get("cnam_desktop.ui.views.list_page")
        if list_module is None:  # no list was ever built: the dashboard at start-up
            return None
        return page if isinstance(page, list_module.ListPage) else None

    def _update_actions(self) -> None:
        ui = self.ui
        has_data = self.workspace is not None
        writable = has_data and read_only.editable(self)
        on_file = self.workspace is not None and not self.workspace.is_server
        for action in (ui.actionExportWorkbook, ui.actionImportTemplates, ui.actionPersonalData):
            action.setEnabled(has_data)
        # Importing writes; restoring replaces a file another instance holds. Copies are
        # of a file: a shared base is saved by its server (pg_dump).
        ui.actionImportWorkbook.setEnabled(writable)
        ui.actionBackup.setEnabled(on_file)
        # A laptop's file synchronises with the shared base; the shared base itself does not.
        ui.actionSynchronise.setEnabled(writable and on_file)
        ui.actionSyncConflicts.setEnabled(on_file)
        ui.actionRestore.setEnabled(writable and on_file)
        edit_text = "&Modifier…" if writable or not has_data else "&Consulter…"
        listing = self.current_list()
        if listing is not None:
            ui.actionNewSite.setText(listing.nouns.new_label)
            ui.actionEditSite.setText(edit_text)
            ui.actionDeleteSite.setText("&Supprimer…")
            selected = len(listing.selected_ids())
            ui.actionNewSite.setEnabled(writable)
            ui.actionEditSite.setEnabled(has_data and selected == 1)
            ui.actionDeleteSite.setEnabled(writable and selected >= 1)
            return
        ui.actionNewSite.setText("&Nouveau site…")
        ui.actionDeleteSite.setText("&Supprimer le site…")
        on_sites = self.current_area().key == "sites"
        view = self._sites_view
        has_site = view is not None and view.current_site_id() is not None
        ui.actionNewSite.setEnabled(writable)
        ui.actionEditSite.setText(edit_text.replace("…", " le site…"))
        ui.actionEditSite.setEnabled(has_data and on_sites and has_site)
        ui.actionDeleteSite.setEnabled(writable and on_sites and has_site)

    def new_record(self) -> None:
        """Édition → Nouveau: in the list shown; elsewhere (dashboard…), a new site."""
        listing = self.current_list()
        if listing is not None:
            listing.new_record()
            return
        self.new_site()

    def edit_record(self) -> None:
        listing = self.current_list()
        if listing is not None:
            listing.edit_current()
        elif self.current_area().key == "sites":
            self.sites_view.edit_site()

    def delete_records(self) -> None:
        listing = self.current_list()
        if listing is not None:
            listing.delete_selected()
        elif self.current_area().key == "sites":
            self.sites_view.delete_site()

    def new_site(self) -> None:
        self.show_area(next(i for i, a in enumerate(AREAS) if a.key == "sites"))
        self.sites_view.new_site()

    def show_user_guide(self) -> None:
        """Aide → Guide d'utilisation (F1): the French guide, one window kept for reuse."""
        from cnam_desktop.ui.dialogs.help_dialog import HelpDialog

        HelpDialog.show_for(self)

    def show_about(self) -> None:
        from PySide6 import __version__ as qt_version

        from cnam_desktop.domain.privacy import privacy_html

        path = escape(self.workspace.location) if self.workspace else "aucune"
        messages.about(
            self,
            "À propos",
            f"<h3>{escape(APP_DISPLAY_NAME)}</h3>"
            f"<p>Version {escape(app_version())}</p>"
            "<p>Gestion du réseau territorial d'un centre Cnam en région : sites et "
            "partenaires, locaux et salles, équipements, catalogue des formations, "
            "planning, classeurs et rapports.</p>"
            f"<p>Base de données : {path}</p>"
            f"{privacy_html()}"
            f"<p style='color:#5f6368'>Qt pour Python (PySide6) {escape(qt_version)}</p>",
        )
