"""Start the graphical application: window first, database next.

The main window is shown and painted before anything from SQLAlchemy is imported;
the database is opened on the event-loop turn after the first paint, then the
window is given its services.

Startup probe (benchmarks): when CNAM_DESKTOP_STARTUP_PROBE holds an epoch time
(`time.time()` taken just before launching the process), one line
`painted <seconds since then>` is printed when the window is first on screen, then
`data <seconds>` when the dashboard (the first screen) shows the network's figures,
then `charts <seconds>` when its charts are drawn, and the application quits with
code 0.
"""

from __future__ import annotations

import os
import sys
import time
import traceback
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QLibraryInfo, QLocale, QSize, QTimer, QTranslator
from PySide6.QtGui import QIcon
from PySide6.QtWidgets import QApplication

from cnam_desktop import APP_DISPLAY_NAME, APP_NAME, ORG_NAME
from cnam_desktop.errors import UserFacingError
from cnam_desktop.paths import AppPaths, resources_dir
from cnam_desktop.ui import messages
from cnam_desktop.ui.main_window import MainWindow
from cnam_desktop.ui.widgets.paint_watcher import PaintWatcher

if TYPE_CHECKING:
    from cnam_desktop.services.workspace import Workspace

PROBE_ENV = "CNAM_DESKTOP_STARTUP_PROBE"
DESKTOP_ID = "fr.cnam.CnamDesktop"
"""The reverse-DNS id of packaging/linux/fr.cnam.CnamDesktop.desktop and .metainfo.xml."""
ICON_SIZES = (16, 24, 32, 48, 64, 128, 256, 512)
UNPAINTED_OPEN_MS = 3000
"""Open the database anyway this long after start if the window was not painted
(started minimised, on another desktop…)."""


class StartupProbe:
    """Prints how long after `epoch` each startup milestone was reached."""

    def __init__(self, epoch: float) -> None:
        self.epoch = epoch

    @classmethod
    def from_environment(cls) -> StartupProbe | None:
        raw = os.environ.get(PROBE_ENV)
        if not raw:
            return None
        try:
            return cls(float(raw))
        except ValueError:
            print(f"{PROBE_ENV} ignoré : « {raw} » n'est pas une heure (epoch).", file=sys.stderr)
            return None

    def report(self, milestone: str) -> None:
        print(f"{milestone} {time.time() - self.epoch:.3f}", flush=True)


def _window_icon() -> QIcon:
    """The application icon from resources/icons (PNGs rendered from the SVG; ≈ 2 ms)."""
    icon = QIcon()
    folder = resources_dir() / "icons"
    for size in ICON_SIZES:
        icon.addFile(str(folder / f"cnam-desktop-{size}.png"), QSize(size, size))
    return icon


def _configure(app: QApplication) -> None:
    app.setApplicationName(APP_NAME)
    app.setOrganizationName(ORG_NAME)
    app.setApplicationDisplayName(APP_DISPLAY_NAME)
    app.setDesktopFileName(DESKTOP_ID)  # Wayland and taskbars match packaging/linux/*.desktop
    app.setWindowIcon(_window_icon())
    QLocale.setDefault(QLocale(QLocale.Language.French, QLocale.Country.France))
    translator = QTranslator(app)
    folder = QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)
    if translator.load(QLocale(QLocale.Language.French), "qtbase", "_", folder):
        app.installTranslator(translator)  # Qt's own words: « Annuler », calendar…


def _start_logging(paths: AppPaths) -> None:
    """Set up the log file after the first paint (logging.handlers is not free)."""
    import logging

    from cnam_desktop.log import setup_logging
    from cnam_desktop.ui.crash_dialog import install_crash_handler

    install_crash_handler(setup_logging(paths.log_dir))  # bugs: logged, then a crash dialog
    logging.getLogger(__name__).info("start, database %s", paths.location)  # no password


class Startup:
    """Opens the database once the window is painted and hands the window its services."""

    def __init__(
        self, app: QApplication, window: MainWindow, paths: AppPaths, probe: StartupProbe | None
    ) -> None:
        self.app = app
        self.window = window
        self.paths = paths
        self.probe = probe
        self.workspace: Workspace | None = None
        self.exit_code = 0
        self._opening = False
        window.first_paint.painted.connect(self._painted)
        # Owned by the window, stopped once the opening started: no call once either is gone.
        self._fallback = QTimer(window)
        self._fallback.setSingleShot(True)
        self._fallback.timeout.connect(self._start_opening)
        self._fallback.start(UNPAINTED_OPEN_MS)

    def _painted(self) -> None:
        if self.probe and not self._opening:
            self.probe.report("painted")
        self._start_opening()

    def _start_opening(self) -> None:
        if self._opening:
            return
        self._opening = True
        self._fallback.stop()
        self.window.show_status("Ouverture de la base de données…")
        QTimer.singleShot(0, self.open_database)

    def open_database(self) -> None:
        problem = self._try_open()
        if problem is None and self.workspace is None:  # the user chose not to open it
            self.window.close()
            self.app.exit(0)
            return
        if problem is not None:
            title, text, details = problem
            if self.probe:
                print(f"{title} : {text}", file=sys.stderr, flush=True)
            else:
                messages.error(self.window, title, text, details)
            self.exit_code = 1
            self.window.close()
            self.app.exit(1)
            return
        assert self.workspace is not None
        if self.probe:
            dashboard = self.window.dashboard_view()
            if dashboard is not None:
                self._data_watcher = PaintWatcher(dashboard.sites_card)
                self._data_watcher.painted.connect(lambda: self.probe and self.probe.report("data"))
                if dashboard.charts_built:
                    QTimer.singleShot(0, self._charts_shown)
                else:
                    dashboard.chartsReady.connect(self._charts_shown)
        self.window.set_workspace(self.workspace)
        self._connect_file_menu()

    def _connect_file_menu(self) -> None:
        """Fichier → copies, restore and personal data, once a database is open."""
        from cnam_desktop.ui.backup_flows import BackupFlows

        self.backups = BackupFlows(
            self.window,
            lambda: self.workspace,
            self._close_workspace,
            self._reopen,
            self.paths.backup_dir,
        )
        self.backups.backupMade.connect(
            lambda path: self.window.add_status(f"Copie de sauvegarde : {path}")
        )
        self.window.backupRequested.connect(self.backups.backup_now)
        self.window.restoreRequested.connect(self.backups.restore)
        self.window.personalDataRequested.connect(self._personal_data)
        from cnam_desktop.ui.shared_flow import SharedDatabaseFlow

        self.shared = SharedDatabaseFlow(self.window, self.paths.config_dir, self._switch)
        self.window.openSharedRequested.connect(self.shared.open)
        from cnam_desktop.ui.sync_flow import SyncFlow

        self.sync = SyncFlow(
            self.window,
            self.paths.config_dir,
            lambda: self.workspace,
            self._reload,
            self.window.show_status,
        )
        self.window.synchroniseRequested.connect(self.sync.synchronise)
        self.window.syncConflictsRequested.connect(self.sync.conflicts)
        if not self.probe:  # the start-up benchmark measures the window, not a copy
            self.backups.daily_backup()

    def _close_workspace(self) -> None:
        if self.workspace is not None:
            self.window.set_workspace(None)
            self.workspace.close()
            self.workspace = None

    def _switch(self, workspace: Workspace) -> None:
        """Show `workspace` (a shared database just opened) instead of the one shown."""
        self._close_workspace()
        self.workspace = workspace
        self.window.set_workspace(workspace)
        self.window.show_status(f"Base partagée ouverte : {workspace.location}")

    def _reload(self) -> None:
        """Read every list again (rows arrived from the shared base)."""
        if self.workspace is not None:
            self.window.set_workspace(self.workspace)

    def _reopen(self, path: Path) -> None:
        """Open `path` again (after a restore); erasures recorded since are re-applied."""
        from cnam_desktop.services.personal_data import reapply_erasures
        from cnam_desktop.services.workspace import open_workspace

        try:
            workspace = open_workspace(path, backup_dir=self.paths.backup_dir)
            reapply_erasures(workspace.database, self.paths.erasure_journal)
        except UserFacingError as exc:
            messages.error(self.window, "Ouverture impossible", exc.message)
            return
        self.workspace = workspace
        self.window.set_workspace(workspace)

    def _personal_data(self) -> None:
        from cnam_desktop.ui.dialogs.personal_data_dialog import PersonalDataDialog

        if self.workspace is not None:
            PersonalDataDialog.open(self.window, self.workspace.database, self.paths.data_dir)

    def _try_open(self) -> tuple[str, str, str | None] | None:
        path = self.paths.database
        try:
            self.paths.ensure()
            _start_logging(self.paths)
            if self.paths.server is not None:  # --db postgresql://…: a shared base
                from cnam_desktop.ui.shared_flow import open_server_url

                self.workspace = open_server_url(self.window, self.paths.server, self.probe is None)
                return None
            from cnam_desktop.services.workspace import start_inspection

            inspection = start_inspection(path)  # quick_check runs while SQLAlchemy loads
            from cnam_desktop.ui.open_flow import OpenFlow

            flow = OpenFlow(self.window, self.paths, ask=self.probe is None)
            self.workspace = flow.open(path, inspection)
            if flow.notes:  # all of them: a restore, a warning, the demo loaded…
                self.window.show_status(" ".join(flow.notes))
        except UserFacingError as exc:
            return ("Ouverture impossible", exc.message, None)
        except OSError as exc:
            reason = exc.strerror or str(exc)
            return (
                "Ouverture impossible",
                f"Impossible d'ouvrir ou de créer la base « {path} » : {reason}.\n"
                "Vérifiez que le dossier existe et que vous pouvez y écrire.",
                None,
            )
        except Exception as exc:
            return (
                "Erreur inattendue",
                f"La base « {path} » n'a pas pu être ouverte à cause d'une erreur "
                f"inattendue ({type(exc).__name__}). Le détail ci-dessous peut être "
                "transmis à l'assistance.",
                traceback.format_exc(),
            )
        return None

    def _charts_shown(self) -> None:
        dashboard = self.window.dashboard_view()
        assert self.probe is not None and dashboard is not None
        watcher = PaintWatcher(dashboard.charts[0].view.viewport())
        self._charts_watcher = watcher
        watcher.painted.connect(self._charts_painted)
        dashboard.charts[0].view.viewport().update()

    def _charts_painted(self) -> None:
        assert self.probe is not None
        self.probe.report("charts")
        self.app.exit(0)

    def close(self) -> None:
        self._close_workspace()


def run_gui(paths: AppPaths, argv: list[str]) -> int:
    """Show the main window on the database of `paths`; the process exit code."""
    probe = StartupProbe.from_environment()
    app = QApplication.instance()
    if not isinstance(app, QApplication):
        app = QApplication(argv)
    _configure(app)
    window = MainWindow()
    startup = Startup(app, window, paths, probe)
    window.show()
    try:
        code = app.exec()
    finally:
        startup.close()
        window.close()
        window.deleteLater()
    return startup.exit_code or code
