"""Fichier → Sauvegarder une copie / Restaurer…, and the day's first-open copy.

`BackupFlows(window, workspace_provider, close_workspace, reopen, backup_dir)`: the
main window connects its actions to `backup_now()` and `restore()`, and calls
`daily_backup()` once a workspace is open. Copies run off the GUI thread
(`ui/tasks.run_task`); a restore closes the workspace (`close_workspace()`), puts the
copy in place, then reopens the file (`reopen(path)`) — also when the restore failed,
since the file is then left as it was.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QObject, Signal
from PySide6.QtWidgets import QWidget

from cnam_desktop.errors import UserFacingError
from cnam_desktop.services import backups
from cnam_desktop.ui import messages
from cnam_desktop.ui.dialogs.restore_dialog import RestoreDialog
from cnam_desktop.ui.tasks import Progress, TaskHandle, report_failure, run_task

if TYPE_CHECKING:
    from cnam_desktop.services.workspace import Workspace

BACKUP_TITLE = "Sauvegarder une copie"
RESTORE_TITLE = "Restaurer une sauvegarde"


class BackupFlows(QObject):
    backupMade = Signal(str)
    """The path of a copy just written (manual or daily)."""
    restored = Signal(str)
    """The path of the database just restored (emitted after `reopen`)."""

    def __init__(
        self,
        parent: QWidget,
        workspace_provider: Callable[[], Workspace | None],
        close_workspace: Callable[[], None],
        reopen: Callable[[Path], None],
        backup_dir: Path,
    ) -> None:
        super().__init__(parent)
        self._window = parent
        self._workspace = workspace_provider
        self._close = close_workspace
        self._reopen = reopen
        self.backup_dir = backup_dir
        self.task: TaskHandle[Any] | None = None

    def _database_path(self, title: str) -> Path | None:
        workspace = self._workspace()
        if workspace is None:
            messages.info(self._window, title, "Aucune base de données n'est ouverte.")
            return None
        if workspace.path is None:
            messages.info(
                self._window,
                title,
                "Les copies et restaurations concernent un fichier ; une base partagée est "
                "sauvegardée sur son serveur (pg_dump, par la personne qui le gère).",
            )
        return workspace.path

    # --- copies --------------------------------------------------------------------

    def backup_now(self) -> None:
        """A verified copy of the open database, made off the GUI thread."""
        path = self._database_path(BACKUP_TITLE)
        if path is None:
            return
        folder = self.backup_dir

        def work(_progress: Progress) -> backups.BackupInfo:
            return backups.make_backup(path, folder, "manual")

        def done(info: backups.BackupInfo) -> None:
            messages.info(
                self._window,
                BACKUP_TITLE,
                f"Copie vérifiée enregistrée ({backups.size_text(info.size)}) :\n{info.path}",
            )
            self.backupMade.emit(str(info.path))

        self.task = run_task(self._window, "Copie de la base…", work, done, cancellable=False)

    def daily_backup(self) -> None:
        """The day's copy at the first open of the day (silent unless it fails)."""
        workspace = self._workspace()
        if workspace is None or workspace.path is None:  # nothing open, or a shared base
            return
        path, folder = workspace.path, self.backup_dir

        def work(_progress: Progress) -> backups.BackupInfo | None:
            return backups.daily_backup_if_due(path, folder)

        def done(info: backups.BackupInfo | None) -> None:
            if info is not None:
                self.backupMade.emit(str(info.path))

        def failed(exc: BaseException) -> None:
            if not isinstance(exc, UserFacingError):
                report_failure(self._window, "Copie quotidienne", exc)
                return
            messages.warning(
                self._window,
                "Copie quotidienne",
                f"La copie quotidienne de la base n'a pas pu être faite.\n{exc.message}",
            )

        self.task = run_task(
            self._window, "Copie quotidienne…", work, done, failed, cancellable=False
        )

    # --- restore -------------------------------------------------------------------

    def restore(self) -> None:
        """Pick a copy, confirm, close the workspace, restore, reopen."""
        path = self._database_path(RESTORE_TITLE)
        if path is None:
            return
        choices = backups.list_backups(self.backup_dir, path.stem)
        if not choices:
            messages.info(
                self._window,
                RESTORE_TITLE,
                f"Aucune sauvegarde de « {path.name} » dans « {self.backup_dir} ».",
            )
            return
        chosen = RestoreDialog.choose(self._window, choices, self.backup_dir)
        if chosen is None:
            return
        question = (
            f"La base actuelle « {path.name} » va être remplacée par la copie du "
            f"{backups.date_text(chosen.created)} ({chosen.reason_label.lower()}).\n\n"
            "Les modifications faites depuis cette copie disparaîtront de la base ; "
            "la base actuelle est d'abord gardée telle quelle comme copie "
            "«\u00a0avant restauration\u00a0» dans le dossier des sauvegardes."
        )
        if not messages.confirm(self._window, RESTORE_TITLE, question, accept_label="Restaurer"):
            return
        self._close()
        folder = self.backup_dir

        def work(_progress: Progress) -> backups.BackupInfo | None:
            return backups.restore(chosen.path, path, folder)

        def done(kept: backups.BackupInfo | None) -> None:
            self._reopen(path)
            kept_text = f"\nL'ancienne base est gardée dans :\n{kept.path}" if kept else ""
            messages.info(
                self._window,
                RESTORE_TITLE,
                f"La copie du {backups.date_text(chosen.created)} a été restaurée.{kept_text}",
            )
            self.restored.emit(str(path))

        def failed(exc: BaseException) -> None:
            self._reopen(path)  # the file was left as it was
            if not isinstance(exc, UserFacingError):
                report_failure(self._window, RESTORE_TITLE, exc)
                return
            messages.error(
                self._window, RESTORE_TITLE, f"La restauration n'a pas été faite.\n{exc.message}"
            )

        self.task = run_task(self._window, "Restauration…", work, done, failed, cancellable=False)
