"""`cnam-desktop sync --db FICHIER --server URL`: synchronise this laptop's file with a
shared base on a PostgreSQL server (what Fichier → Synchroniser does in the window).

The password comes from `--password-env VAR`, else the system keyring (kept there by
the window's « Ouvrir une base partagée »), else the URL, `PGPASSWORD` or `~/.pgpass`
(libpq), else it is asked on the terminal; it is never stored nor printed.
"""

from __future__ import annotations

import argparse
import getpass
import os
import sys
from typing import TYPE_CHECKING, Any

from cnam_desktop.errors import ServerAuthenticationError
from cnam_desktop.paths import AppPaths

if TYPE_CHECKING:
    from cnam_desktop.db.engine import Database

PENDING_CONFLICTS = 3
"""Exit code of a synchronisation done with conflicts waiting for a person."""
INTERRUPTED = 130

EPILOG = """\
Envoie les modifications de ce fichier à la base partagée et reçoit celles des autres
depuis la dernière synchronisation. Un enregistrement modifié des deux côtés devient
un conflit, listé ici et à résoudre dans l'application (Fichier → Conflits de
synchronisation…) : rien n'est tranché sans vous. Interrompue, une synchronisation ne
laisse rien à moitié : relancez-la.

codes de sortie :
  0    synchronisation terminée, aucun conflit en attente
  3    synchronisation terminée, des conflits attendent une décision (listés)
  1    erreur (message en français) : rien n'a été perdu, recommencez plus tard
  130  interrompue (Ctrl+C) : relancez-la
"""


def add_parser(sub: Any, common: argparse.ArgumentParser) -> None:
    parser = sub.add_parser(
        "sync",
        parents=[common],
        help="synchroniser ce fichier avec une base partagée (code 3 : conflits en attente)",
        description="Synchroniser le fichier de ce poste (--db) avec une base partagée.",
        epilog=EPILOG,
        formatter_class=argparse.RawDescriptionHelpFormatter,
    )
    parser.add_argument(
        "--server",
        required=True,
        metavar="URL",
        help="base partagée : postgresql://utilisateur@serveur:5432/base",
    )
    parser.add_argument(
        "--password-env",
        metavar="VAR",
        help="variable d'environnement qui contient le mot de passe de la base partagée",
    )


def _keyring_password(url: str) -> str | None:
    from sqlalchemy.engine import make_url

    from cnam_desktop.services.shared_database import ServerAddress, stored_password

    try:
        parsed = make_url(url)
    except Exception:  # a malformed URL is reported when it is opened
        return None
    if not (parsed.host and parsed.database and parsed.username):
        return None
    address = ServerAddress(parsed.host, parsed.database, parsed.username, parsed.port or 5432)
    return stored_password(address)


def _open_server(url: str, password_env: str | None) -> Database:
    from cnam_desktop.db.engine import open_database
    from cnam_desktop.db.server import safe_url
    from cnam_desktop.services.sync import SyncError

    if password_env:
        password = os.environ.get(password_env)
        if password is None:
            raise SyncError(f"La variable d'environnement « {password_env} » n'est pas définie.")
    else:
        password = _keyring_password(url)
    try:
        return open_database(url, password=password)
    except ServerAuthenticationError as exc:
        if not exc.password_missing or not sys.stdin.isatty():
            raise
    password = getpass.getpass(f"Mot de passe de la base « {safe_url(url)} » : ")
    return open_database(url, password=password)


def _printer() -> Any:
    shown: list[str] = []

    def progress(_done: int, _total: int, text: str) -> None:
        if not shown or shown[-1] != text:
            shown.append(text)
            print(f"{text}…", flush=True)

    return progress


def run(paths: AppPaths, args: argparse.Namespace) -> int:
    from cnam_desktop.cli_db import open_db
    from cnam_desktop.db.server import is_server_url, safe_url
    from cnam_desktop.services.sync import SyncError, list_conflicts, synchronise

    if paths.server is not None:
        raise SyncError(
            "--db doit désigner le fichier de ce poste ; la base partagée se donne avec --server."
        )
    if not is_server_url(args.server):
        raise SyncError(
            f"« {safe_url(args.server)} » n'est pas l'adresse d'une base partagée : attendu "
            "postgresql://utilisateur@serveur:5432/base."
        )
    local = open_db(paths, backup_dir=paths.backup_dir)
    try:
        server = _open_server(args.server, args.password_env)
        try:
            print(f"Synchronisation de « {local.location} » avec « {server.location} »")
            report = synchronise(local, server, progress=_printer())
        except KeyboardInterrupt:
            print("Synchronisation interrompue : relancez-la.", file=sys.stderr)
            return INTERRUPTED
        finally:
            server.close()
        conflicts = list_conflicts(local) if report.pending_conflicts else []
    finally:
        local.close()
    print("Synchronisation terminée : " + "\n".join(report.lines()))
    if conflicts:
        print("Conflits à résoudre dans l'application (Fichier → Conflits de synchronisation…) :")
        for conflict in conflicts:
            print(f"  {conflict.table_label} « {conflict.record_label} » : {conflict.kind_text}")
        return PENDING_CONFLICTS
    return 0
