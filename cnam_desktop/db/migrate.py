"""Run the Alembic migrations shipped inside the package, in one transaction.

An existing file is copied with SQLite's online backup API (and the copy verified)
before it is migrated; a failed upgrade rolls back, and if the file is not intact
afterwards the copy is put back (`upgrade`). A PostgreSQL base runs the same revisions
(`upgrade_server`): its DDL is transactional, so a failure leaves it as it was, and its
backups are the server's (pg_dump), not ours.
"""

from __future__ import annotations

import os
import shutil
import sqlite3
from datetime import datetime
from pathlib import Path

from alembic import command
from alembic.config import Config
from sqlalchemy import Engine, text

from cnam_desktop.db import schema
from cnam_desktop.db.backup_file import copy_database, quick_check
from cnam_desktop.errors import MigrationFailedError

MIGRATIONS_DIR = Path(__file__).resolve().parent / "migrations"


def alembic_config() -> Config:
    config = Config()
    config.set_main_option("script_location", str(MIGRATIONS_DIR))
    return config


def backup_copy(path: Path, backup_dir: Path, label: str = "pre-migration") -> Path:
    """A verified copy of a live database (online backup API); return its path."""
    return copy_database(path, backup_dir, label, datetime.now()).path


def _fingerprint(path: Path) -> tuple[object, ...] | None:
    """What a failed upgrade must leave unchanged: revision, schema cookie, row counts.

    None when the file cannot be read or fails `quick_check`.
    """
    if quick_check(path) is not None:
        return None
    try:
        conn = sqlite3.connect(f"{path.resolve().as_uri()}?mode=ro", uri=True)
    except sqlite3.Error:
        return None
    try:
        tables = [
            r[0]
            for r in conn.execute(
                "SELECT name FROM sqlite_master WHERE type='table' AND name NOT LIKE 'sqlite_%' "
                "ORDER BY name"
            )
        ]
        counts = tuple(
            (t, conn.execute(f'SELECT count(*) FROM "{t}"').fetchone()[0]) for t in tables
        )
        revision = conn.execute("SELECT version_num FROM alembic_version").fetchone()
        cookie = conn.execute("PRAGMA schema_version").fetchone()[0]
        return (revision, cookie, counts)
    except sqlite3.Error:
        return None
    finally:
        conn.close()


def _put_back(backup: Path, path: Path) -> None:
    """Replace `path` by the backup's bytes (temporary name, fsync, rename)."""
    temporary = path.with_name(f".{path.name}.restauration")
    shutil.copyfile(backup, temporary)
    with temporary.open("rb") as handle:
        os.fsync(handle.fileno())
    for suffix in ("-wal", "-shm", "-journal"):
        path.with_name(path.name + suffix).unlink(missing_ok=True)
    os.replace(temporary, path)


def upgrade(
    engine: Engine,
    path: Path,
    *,
    existing: bool,
    revision: str = "head",
    backup_dir: Path | None = None,
) -> None:
    """Bring the database to `revision`; all of it or nothing (transactional DDL).

    An existing file is first copied (verified) into `backup_dir` (by default the
    `backups` folder beside it). If the upgrade fails, its transaction is rolled back;
    if the file then differs from before (quick_check, revision, schema cookie, row
    counts: `_fingerprint`), the copy is put back.
    Either way `MigrationFailedError` tells the user what happened and where the copy is.
    """
    backup: Path | None = None
    before: tuple[object, ...] | None = None
    if existing:
        before = _fingerprint(path)
        backup = backup_copy(path, backup_dir or path.parent / "backups")
    config = alembic_config()
    try:
        with engine.begin() as connection:
            config.attributes["connection"] = connection
            command.upgrade(config, revision)
            connection.exec_driver_sql(f"PRAGMA application_id={schema.APPLICATION_ID}")
    except Exception as exc:
        engine.dispose()  # no connection may hold the file while it is checked or replaced
        if backup is None:
            raise MigrationFailedError(
                f"La création du schéma de « {path} » a échoué ({exc})."
            ) from exc
        restored = before is None or _fingerprint(path) != before
        if restored:
            _put_back(backup, path)
        what = (
            "la base a été restaurée depuis la copie faite juste avant"
            if restored
            else "la base est restée telle qu'elle était"
        )
        raise MigrationFailedError(
            f"La mise à jour du schéma de « {path.name} » a échoué ({exc}) : {what}. "
            f"Copie de sécurité : « {backup} »."
        ) from exc


def upgrade_server(engine: Engine, location: str, *, revision: str = "head") -> None:
    """Bring a PostgreSQL base to `revision` in one transaction, then mark it as ours.

    Clients opening the same new base at once wait for each other (a transaction-scoped
    advisory lock): the first creates the schema, the others find it at head and only
    check it. `location` (a URL without password) names the base in the message.
    """
    config = alembic_config()
    try:
        with engine.begin() as connection:
            connection.execute(
                text("SELECT pg_advisory_xact_lock(:key)"), {"key": schema.APPLICATION_ID}
            )
            config.attributes["connection"] = connection
            command.upgrade(config, revision)
            connection.exec_driver_sql(
                f"COMMENT ON TABLE alembic_version IS '{schema.SERVER_MARKER}'"
            )
    except Exception as exc:
        engine.dispose()
        reason = str(getattr(exc, "orig", None) or exc).strip().splitlines()[0]  # no SQL text
        raise MigrationFailedError(
            f"La création ou la mise à jour du schéma de la base « {location} » a échoué "
            f"({reason}) : la transaction a été annulée, la base est restée telle qu'elle "
            "était. Le compte doit pouvoir créer des tables dans la base (son propriétaire)."
        ) from exc
