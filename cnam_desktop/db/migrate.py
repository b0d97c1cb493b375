"""Run the Alembic migrations shipped inside the package, in one transaction.

An existing file is copied with SQLite's online backup API before it is migrated,
so that a failed upgrade can be undone by hand (issue 7 makes restoring automatic).
"""

from __future__ import annotations

import sqlite3
from pathlib import Path

from alembic import command
from alembic.config import Config
from sqlalchemy import Engine

from cnam_desktop.db import schema
from cnam_desktop.db.base import utcnow

MIGRATIONS_DIR = Path(__file__).resolve().parent / "migrations"


def alembic_config() -> Config:
    config = Config()
    config.set_main_option("script_location", str(MIGRATIONS_DIR))
    return config


def backup_copy(path: Path, backup_dir: Path, label: str) -> Path:
    """Copy a live database with the online backup API and return the copy's path."""
    backup_dir.mkdir(parents=True, exist_ok=True)
    stamp = utcnow().strftime("%Y%m%d-%H%M%S")
    target = backup_dir / f"{path.stem}-{label}-{stamp}.sqlite3"
    source = sqlite3.connect(path)
    dest = sqlite3.connect(target)
    try:
        source.backup(dest)
    finally:
        dest.close()
        source.close()
    return target


def upgrade(engine: Engine, path: Path, *, existing: bool, revision: str = "head") -> None:
    """Bring the database to `revision`; all of it or nothing (transactional DDL)."""
    if existing:
        backup_copy(path, path.parent / "backups", "avant-migration")
    config = alembic_config()
    with engine.begin() as connection:
        config.attributes["connection"] = connection
        command.upgrade(config, revision)
        connection.exec_driver_sql(f"PRAGMA application_id={schema.APPLICATION_ID}")
