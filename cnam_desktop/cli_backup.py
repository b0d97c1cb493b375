"""`cnam-desktop backup` and `cnam-desktop restore`: the Fichier menu's copies, headless.

cnam-desktop backup [--db PATH]                  a verified copy in the backups folder
cnam-desktop restore --list [--db PATH]          the copies, newest first
cnam-desktop restore [COPIE] [--db PATH]         put a copy back (default: the newest
                                                 verified one); the current file is kept
                                                 as an « avant-restauration » copy
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path
from typing import Any

from cnam_desktop.cli_db import refuse_server
from cnam_desktop.paths import AppPaths


def add_parsers(sub: Any, common: argparse.ArgumentParser) -> None:
    sub.add_parser(
        "backup", parents=[common], help="faire une copie vérifiée de la base (sauvegardes)"
    )
    restore = sub.add_parser(
        "restore", parents=[common], help="lister les copies ou restaurer l'une d'elles"
    )
    restore.add_argument(
        "backup",
        nargs="?",
        metavar="COPIE",
        help="fichier de la copie, ou son nom dans le dossier des sauvegardes "
        "(par défaut : la plus récente qui passe le contrôle)",
    )
    restore.add_argument("--list", action="store_true", help="lister les copies, sans restaurer")


def run_backup(paths: AppPaths, _args: argparse.Namespace) -> int:
    from cnam_desktop.services.backups import make_backup, size_text

    if refuse_server(paths, "backup"):
        return 2
    if not paths.database.is_file():
        print(f"Aucune base à « {paths.database} ».", file=sys.stderr)
        return 2
    info = make_backup(paths.database, paths.backup_dir, "manual")
    print(f"Copie vérifiée écrite dans « {info.path} » ({size_text(info.size)}).")
    return 0


def _resolve(paths: AppPaths, name: str) -> Path | None:
    candidate = Path(name).expanduser()
    if candidate.is_file():
        return candidate
    inside = paths.backup_dir / name
    return inside if inside.is_file() else None


def run_restore(paths: AppPaths, args: argparse.Namespace) -> int:
    from cnam_desktop.services.backups import (
        date_text,
        list_backups,
        newest_verified,
        restore,
        size_text,
    )

    if refuse_server(paths, "restore"):
        return 2
    stem = paths.database.stem
    if args.list:
        infos = list_backups(paths.backup_dir, stem)
        if not infos:
            print(f"Aucune copie de « {paths.database.name} » dans « {paths.backup_dir} ».")
            return 0
        print(f"Copies de « {paths.database.name} » dans « {paths.backup_dir} » :")
        for info in infos:
            print(
                f"  {date_text(info.created):<36} {info.reason_label:<28} "
                f"{size_text(info.size):>10}  {info.path.name}"
            )
        return 0
    if args.backup:
        chosen = _resolve(paths, args.backup)
        if chosen is None:
            print(f"Copie introuvable : « {args.backup} ».", file=sys.stderr)
            return 2
    else:
        newest = newest_verified(paths.backup_dir, stem)
        if newest is None:
            print(f"Aucune copie utilisable dans « {paths.backup_dir} ».", file=sys.stderr)
            return 2
        chosen = newest.path
    kept = restore(chosen, paths.database, paths.backup_dir)
    print(f"Base « {paths.database} » restaurée depuis « {chosen.name} ».")
    erased = _reapply_erasures(paths)
    if erased:
        print(f"Effacements de données personnelles appliqués à nouveau : {erased}.")
    if kept is not None:
        print(f"L'ancienne base est gardée dans « {kept.path} » ({size_text(kept.size)}).")
    return 0


def _reapply_erasures(paths: AppPaths) -> int:
    """A restored copy older than an erasure gets it again (journal outside the file)."""
    from cnam_desktop.db.engine import open_database
    from cnam_desktop.services.personal_data import reapply_erasures

    db = open_database(paths.database, backup_dir=paths.backup_dir)
    try:
        return len(reapply_erasures(db, paths.erasure_journal))
    finally:
        db.close()
