"""Fichier → Synchroniser avec la base partagée…: this laptop's file and the team's base.

The server is asked with the dialog of the shared bases (the recent addresses, the
password from the keyring); it is opened before the dialog closes, so a refusal keeps
the dialog open. The synchronisation itself runs off the GUI thread with a progress
dialog; « Annuler » stops it where stopping leaves both sides consistent (the engine
decides: once the shared base has taken this laptop's changes, the laptop's side is
still written). The lists are then read again, and the conflicts, if any, offered for
a person to resolve (Fichier → Conflits de synchronisation…).
"""

from __future__ import annotations

from collections.abc import Callable
from contextlib import suppress
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtWidgets import QWidget

from cnam_desktop.services import shared_database as shared
from cnam_desktop.ui import messages, read_only

if TYPE_CHECKING:
    from cnam_desktop.db.engine import Database
    from cnam_desktop.services.sync import SyncReport
    from cnam_desktop.services.workspace import Workspace

TITLE = "Synchronisation avec la base partagée"


class SyncFlow:
    def __init__(
        self,
        window: QWidget,
        config_dir: Path,
        workspace: Callable[[], Workspace | None],
        reload: Callable[[], None],
        status: Callable[[str], None],
    ) -> None:
        self.window = window
        self.config_dir = config_dir
        self.workspace = workspace
        self.reload = reload
        """Reads every list of the window again (after rows arrived from the server)."""
        self.status = status

    def synchronise(self) -> None:
        from cnam_desktop.ui.dialogs.server_dialog import ServerDialog, ServerPurpose

        workspace = self.workspace()
        if workspace is None:
            return
        if workspace.is_server:
            messages.info(
                self.window,
                TITLE,
                "La base ouverte est déjà la base partagée : il n'y a rien à synchroniser. "
                "La synchronisation concerne le fichier d'un poste qui travaille hors ligne.",
            )
            return
        if not read_only.editable(self.window):
            messages.info(self.window, TITLE, "La base est ouverte en lecture seule.")
            return
        opened: list[Database] = []

        def submit(_dialog: QWidget, request: shared.ServerRequest) -> bool:
            from cnam_desktop.db.engine import open_database

            url = request.address.url()
            opened.append(open_database(url, password=request.password or None))
            shared.remember_connection(self.config_dir, request)
            return True

        purpose = ServerPurpose(
            title="Synchroniser avec la base partagée",
            intro=(
                "Les modifications faites sur ce poste depuis la dernière synchronisation "
                "seront envoyées à la base partagée de l'équipe, et celles des autres reçues. "
                "Un enregistrement modifié des deux côtés n'est jamais écrasé : il vous sera "
                "présenté pour choisir."
            ),
            button="Synchroniser",
            refusal_title="Connexion impossible",
        )
        recent = shared.recent_addresses(self.config_dir)
        if ServerDialog.ask(self.window, recent, submit, purpose=purpose) is None or not opened:
            for server in opened:
                server.close()
            return
        self.run(workspace.database, opened[0])

    def run(self, local: Database, server: Database) -> None:
        """Synchronise `local` with `server` (closed once done) off the GUI thread."""
        from cnam_desktop.services import sync
        from cnam_desktop.ui import tasks

        def work(progress: tasks.Progress) -> SyncReport:
            def report(done: int, total: int, text: str) -> None:
                # Never raises here: the engine asks `cancelled()` where stopping is safe.
                with suppress(tasks.TaskCancelled):
                    progress.report(done, total, text)

            return sync.synchronise(
                local, server, progress=report, cancelled=lambda: progress.cancelled
            )

        def done(result: SyncReport) -> None:
            server.close()
            self.reload()
            self._tell(local, result)

        def failed(exc: BaseException) -> None:
            server.close()
            self.reload()  # whatever was committed on this side is shown
            tasks.report_failure(self.window, TITLE, exc)

        def cancelled() -> None:
            server.close()
            self.reload()
            self.status(
                "Synchronisation annulée : rien n'a été perdu, elle reprendra à la suivante."
            )

        tasks.run_task(
            self.window, "Synchronisation avec la base partagée…", work, done, failed, cancelled
        )

    def _tell(self, local: Database, result: SyncReport) -> None:
        from cnam_desktop.services import sync

        summary = result.summary()
        self.status(f"Synchronisation terminée : {summary}")
        pending = sync.pending_conflict_count(local)
        if not pending:
            messages.info(self.window, TITLE, f"Synchronisation terminée : {summary}.")
            return
        plural = "s" if pending > 1 else ""
        if messages.confirm(
            self.window,
            TITLE,
            f"Synchronisation terminée : {summary}.\n\n{pending} enregistrement{plural} "
            f"modifié{plural} des deux côtés attend{'ent' if pending > 1 else ''} votre choix : "
            "aucune des deux versions n'a été écrasée. Les voir maintenant ?",
        ):
            self.conflicts()

    def conflicts(self) -> None:
        from cnam_desktop.ui.dialogs.sync_conflicts_dialog import SyncConflictsDialog

        workspace = self.workspace()
        if workspace is None or workspace.is_server:
            return
        editable = read_only.editable(self.window)
        if SyncConflictsDialog.show_for(self.window, workspace.database, editable):
            self.reload()
