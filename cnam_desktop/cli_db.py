"""The base a command works on: the file of `--db PATH`, or a server's base (`--db URL`).

For a base on a PostgreSQL server, the password comes from the URL, else from
`PGPASSWORD` or `~/.pgpass` (read by libpq), else it is asked on the terminal when the
server wants one and the command runs in a terminal; it is never stored nor printed.
"""

from __future__ import annotations

import getpass
import sys
from pathlib import Path
from typing import TYPE_CHECKING

from cnam_desktop.errors import ServerAuthenticationError
from cnam_desktop.paths import AppPaths

if TYPE_CHECKING:
    from cnam_desktop.db.engine import Database


def open_db(paths: AppPaths, *, backup_dir: Path | None = None) -> Database:
    """Open (create, migrate) the base of `paths`: `paths.target`, file or server."""
    from cnam_desktop.db.engine import open_database

    paths.ensure()
    if paths.server is None:
        return open_database(paths.database, backup_dir=backup_dir)
    try:
        return open_database(paths.server)
    except ServerAuthenticationError as exc:
        if not exc.password_missing or not sys.stdin.isatty():
            raise
    password = getpass.getpass(f"Mot de passe de la base « {paths.location} » : ")
    return open_database(paths.server, password=password)


def missing(paths: AppPaths) -> bool:
    """Print « Aucune base… » and return True when the file to read does not exist (a
    server's base is checked when it is opened)."""
    if paths.has_database():
        return False
    print(f"Aucune base à « {paths.location} ».", file=sys.stderr)
    return True


def refuse_server(paths: AppPaths, command: str) -> bool:
    """Print why a command on files does not apply to a server base; True when refused."""
    if paths.server is None:
        return False
    print(
        f"« {command} » copie des fichiers SQLite : la base « {paths.location} » est sur un "
        "serveur PostgreSQL, dont les sauvegardes se font avec pg_dump et pg_restore "
        "(voir l'administrateur du serveur).",
        file=sys.stderr,
    )
    return True
