"""The one place that decides where files live: data, database, backups, logs, config.

`--data-dir` (or the CNAM_DESKTOP_DATA_DIR environment variable) moves everything;
`--db` names the database file alone, or a shared base on a PostgreSQL server by its
URL (`server`; the data folder then keeps the logs, configuration and erasure journal).
Works from a source tree, an installed package and a PyInstaller bundle (`sys._MEIPASS`).
"""

from __future__ import annotations

import os
import sys
from dataclasses import dataclass
from pathlib import Path

from platformdirs import PlatformDirs

from cnam_desktop import APP_NAME, ORG_NAME

DB_FILENAME = "reseau.sqlite3"
ENV_DATA_DIR = "CNAM_DESKTOP_DATA_DIR"
ERASURES_FILENAME = "erasures.jsonl"


def resources_dir() -> Path:
    """The shipped `resources/` folder (demo data, icons, fonts, styles)."""
    bundle = getattr(sys, "_MEIPASS", None)
    if bundle:
        return Path(bundle) / "resources"
    return Path(__file__).resolve().parent.parent / "resources"


@dataclass(frozen=True)
class AppPaths:
    data_dir: Path
    config_dir: Path
    log_dir: Path
    database: Path
    server: str | None = None
    """The URL of a base on a PostgreSQL server (`--db postgresql://…`), used instead of
    the file `database`: it may hold a password, show `location` instead."""

    @property
    def target(self) -> Path | str:
        """What `open_database` opens: the server URL, else the file."""
        return self.server if self.server is not None else self.database

    @property
    def location(self) -> str:
        """The base named for the user: the file, or the URL without its password."""
        if self.server is None:
            return str(self.database)
        from cnam_desktop.db.server import safe_url

        return safe_url(self.server)

    def has_database(self) -> bool:
        """Whether there is a base to read (a server base is checked when it is opened)."""
        return self.server is not None or self.database.exists()

    @property
    def backup_dir(self) -> Path:
        return self.data_dir / "backups"

    @property
    def erasure_journal(self) -> Path:
        """The GDPR erasures, one JSON line each, kept outside the database file so that
        they are applied again after a restore (`services/personal_data.py`)."""
        return self.data_dir / ERASURES_FILENAME

    def ensure(self) -> AppPaths:
        for folder in (self.data_dir, self.config_dir, self.log_dir, self.database.parent):
            folder.mkdir(parents=True, exist_ok=True)
        return self


def app_paths(data_dir: str | Path | None = None, db: str | Path | None = None) -> AppPaths:
    """Resolve every path; explicit arguments beat the environment, which beats defaults."""
    chosen = data_dir or os.environ.get(ENV_DATA_DIR)
    if chosen:
        base = Path(chosen).expanduser().resolve()
        data, config, logs = base, base / "config", base / "logs"
    else:
        dirs = PlatformDirs(APP_NAME, ORG_NAME)
        data = Path(dirs.user_data_dir)
        config = Path(dirs.user_config_dir)
        logs = Path(dirs.user_log_dir)
    server = None
    if db:  # the window's usual start (no --db) does not import db/server.py before painting
        from cnam_desktop.db.server import is_server_url

        server = str(db) if is_server_url(str(db)) else None
    database = Path(db).expanduser().resolve() if db and not server else data / DB_FILENAME
    return AppPaths(
        data_dir=data, config_dir=config, log_dir=logs, database=database, server=server
    )
