"""Opening the database for the window, asking the user when the file cannot be used as is.

- Another instance has it open (`DatabaseInUseError`): its holder is named and the
  file can be opened read-only; a lock written on another computer can be taken over,
  but only after a second, explicit confirmation. A stale lock of a crashed process on
  this computer was already cleared by `db/lock_file.py`: the user is told.
- The lock file cannot be written (read-only folder or medium): read-only is offered.
- The file is damaged, not ours or from a newer version: it is left untouched and the
  newest verified backup is offered; restoring keeps the file as an « avant
  restauration » copy, and the erasures recorded since are applied again.
- A file on a network share or in a cloud-synced folder opens with a warning.

Without questions (`ask=False`, the start-up benchmark), every refusal is raised.
"""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtWidgets import QWidget

from cnam_desktop.errors import (
    CorruptDatabaseError,
    DatabaseInUseError,
    ForeignFileError,
    LockUnavailableError,
    NewerSchemaError,
)
from cnam_desktop.paths import AppPaths
from cnam_desktop.ui import messages

if TYPE_CHECKING:
    from cnam_desktop.db.filecheck import Inspection
    from cnam_desktop.db.lock_file import LockHolder
    from cnam_desktop.services.workspace import Workspace

UNUSABLE = (CorruptDatabaseError, ForeignFileError, NewerSchemaError)


class OpenFlow:
    """One opening of the database file, with the questions it may need."""

    def __init__(self, parent: QWidget, paths: AppPaths, *, ask: bool = True) -> None:
        self.parent = parent
        self.paths = paths
        self.ask = ask
        self.notes: list[str] = []
        """What the status bar should say once opened (a stale lock cleared, a restore)."""

    def open(self, path: Path, inspection: Inspection | None = None) -> Workspace | None:
        """The opened workspace; None when the user chose not to open the file.

        Raises `UserFacingError` when nothing can be offered (the caller shows it).
        """
        from cnam_desktop.services.workspace import open_workspace

        take_over: LockHolder | None = None
        restored = False
        while True:
            try:
                workspace = open_workspace(
                    path,
                    inspection=inspection,
                    backup_dir=self.paths.backup_dir,
                    take_over=take_over,
                )
                break
            except DatabaseInUseError as exc:
                inspection = None
                if not self.ask:
                    raise
                choice = self._ask_in_use(exc)
                if choice == "read-only":
                    return self._open_read_only(path, _holder_reason(exc.holder))
                if choice != "take-over" or exc.holder is None:
                    return None
                take_over = exc.holder
            except LockUnavailableError as exc:
                if not self.ask:
                    raise
                if not self._ask_read_only_instead(exc.message):
                    return None
                return self._open_read_only(path, "le dossier de la base ne peut pas être écrit")
            except UNUSABLE as exc:
                inspection = None
                if not self.ask or restored or not self._offer_backup(path, exc.message):
                    raise
                restored = True
        if restored:
            from cnam_desktop.services.personal_data import reapply_erasures

            reapply_erasures(workspace.database, self.paths.erasure_journal)
        self._after_open(workspace)
        return workspace

    # --- questions ---------------------------------------------------------------------

    def _ask_in_use(self, exc: DatabaseInUseError) -> str | None:
        holder = exc.holder
        options = ["Ouvrir en lecture seule"]
        elsewhere = holder is not None and not holder.on_this_host
        if elsewhere:
            options.append("Prendre la main…")
        text = exc.message
        if elsewhere:
            text += (
                "\n\nSi ce poste est éteint ou si sa session a été interrompue, vous pouvez "
                "prendre la main sur la base."
            )
        choice = messages.choose(
            self.parent, "Base déjà ouverte", text, options, cancel_label="Quitter"
        )
        if choice == 0:
            return "read-only"
        if choice == 1 and holder is not None and self._confirm_take_over(holder):
            return "take-over"
        return None

    def _confirm_take_over(self, holder: LockHolder) -> bool:
        return messages.confirm(
            self.parent,
            "Prendre la main sur la base",
            f"La base est marquée comme ouverte par {holder.describe()}.\n\n"
            "Ne prenez la main que si vous êtes sûr que cette session ne l'utilise plus : "
            "deux instances qui modifient la même base en même temps peuvent perdre des "
            "modifications.",
            accept_label="Prendre la main",
            reject_label="Quitter",
        )

    def _ask_read_only_instead(self, message: str) -> bool:
        choice = messages.choose(
            self.parent,
            "Base non modifiable",
            f"{message}\n\nVous pouvez l'ouvrir en lecture seule pour la consulter.",
            ["Ouvrir en lecture seule"],
            cancel_label="Quitter",
        )
        return choice == 0

    def _offer_backup(self, path: Path, problem: str) -> bool:
        """Offer the newest verified backup in place of an unusable file; True once restored."""
        from cnam_desktop.services import backups
        from cnam_desktop.services.workspace import writer_lock

        backup_dir = self.paths.backup_dir
        info = backups.newest_verified(backup_dir, path.stem)
        if info is None:
            return False
        choice = messages.choose(
            self.parent,
            "Base inutilisable",
            f"{problem}\n\nLa copie de sauvegarde vérifiée la plus récente date du "
            f"{backups.date_text(info.created)} ({backups.size_text(info.size)}). "
            "Restaurer cette copie ? Les modifications faites depuis seront perdues ; le "
            "fichier actuel est conservé tel quel dans le dossier des sauvegardes (copie "
            "«\u00a0avant restauration\u00a0»).",
            ["Restaurer cette copie"],
            cancel_label="Quitter",
        )
        if choice != 0:
            return False
        with writer_lock(path):  # no other instance may open it half-restored
            backups.restore(info.path, path, backup_dir)
        self.notes.append(f"Copie du {backups.date_text(info.created)} restaurée.")
        return True

    # --- opening -------------------------------------------------------------------------

    def _open_read_only(self, path: Path, reason: str) -> Workspace:
        from cnam_desktop.services.workspace import open_workspace

        workspace = open_workspace(
            path, backup_dir=self.paths.backup_dir, read_only=True, read_only_reason=reason
        )
        self._after_open(workspace)
        return workspace

    def _after_open(self, workspace: Workspace) -> None:
        from cnam_desktop.db.location import storage_warning

        lock = workspace.lock
        if lock is not None and lock.cleared_stale is not None:
            self.notes.append(
                "Le verrou laissé par une session interrompue ("
                f"{lock.cleared_stale.describe()}) a été levé."
            )
        path = workspace.path  # a file here (a shared base does not go through this flow)
        warning = storage_warning(path) if path is not None else None
        if warning is not None:
            if self.ask:
                messages.warning(self.parent, "Emplacement de la base déconseillé", warning)
            self.notes.append(warning)


def _holder_reason(holder: LockHolder | None) -> str:
    if holder is None:
        return "la base est ouverte en écriture par une autre instance de l'application"
    return f"la base est ouverte en écriture par {holder.describe()}"
