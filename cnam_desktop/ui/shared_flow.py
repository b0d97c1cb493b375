"""Fichier → Ouvrir une base partagée…: open the team's PostgreSQL database in the window.

The dialog opens the database before it closes (`FormDialog.submit`): a server that
refuses (unreachable, wrong password, not our database) keeps the dialog open with
what was typed. Only then is the current workspace replaced (`switch`), the address
remembered without its password, and the password kept in the system keyring or
forgotten, as the user chose.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtWidgets import QWidget

from cnam_desktop.services import shared_database as shared

if TYPE_CHECKING:
    from cnam_desktop.services.workspace import Workspace


class SharedDatabaseFlow:
    def __init__(
        self, parent: QWidget, config_dir: Path, switch: Callable[[Workspace], None]
    ) -> None:
        self.parent = parent
        self.config_dir = config_dir
        self.switch = switch
        """Closes the workspace shown and shows the one given instead."""

    def open(self) -> Workspace | None:
        """Ask for the server, open it; the workspace now shown, or None if cancelled."""
        from cnam_desktop.ui.dialogs.server_dialog import ServerDialog

        opened: list[Workspace] = []

        def submit(_dialog: QWidget, request: shared.ServerRequest) -> bool:
            from cnam_desktop.services.workspace import open_workspace

            url = request.address.url()
            opened.append(open_workspace(url, password=request.password or None))
            shared.remember_connection(self.config_dir, request)
            return True

        recent = shared.recent_addresses(self.config_dir)
        if ServerDialog.ask(self.parent, recent, submit) is None or not opened:
            return None
        self.switch(opened[0])
        return opened[0]


def open_server_url(parent: QWidget, url: str, ask: bool = True) -> Workspace | None:
    """`--db postgresql://…` at start-up: open it, asking for the password when neither the
    URL, PGPASSWORD nor ~/.pgpass gives one; None when the user cancels."""
    from PySide6.QtWidgets import QInputDialog, QLineEdit

    from cnam_desktop.db.server import safe_url
    from cnam_desktop.errors import ServerAuthenticationError
    from cnam_desktop.services.workspace import open_workspace

    try:
        return open_workspace(url)
    except ServerAuthenticationError as exc:
        if not (ask and exc.password_missing):
            raise
    password, accepted = QInputDialog.getText(
        parent,
        "Mot de passe de la base partagée",
        f"Mot de passe pour « {safe_url(url)} » :",
        QLineEdit.EchoMode.Password,
    )
    if not accepted:
        return None
    return open_workspace(url, password=password)
