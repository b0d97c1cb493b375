"""An opened database and the services over it: what the window is given at start.

Opening a file that did not exist (or was empty) loads the demo network, so that a
first start shows a real network to explore.

This module imports SQLAlchemy only inside `open_workspace`: start-up calls
`start_inspection(path)` first, so that the file check (sqlite3, in a thread) runs
while SQLAlchemy is being imported.
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING

from cnam_desktop.db.filecheck import Inspection, start_inspection

if TYPE_CHECKING:
    from cnam_desktop.db.engine import Database
    from cnam_desktop.services.sites import SiteService

__all__ = ["Workspace", "is_new_database", "open_workspace", "start_inspection"]


@dataclass
class Workspace:
    database: Database
    sites: SiteService
    demo_seeded: bool = False
    """True when this opening created the file and loaded the demo network."""

    @property
    def path(self) -> Path:
        return self.database.path

    def close(self) -> None:
        self.database.close()


def is_new_database(path: Path) -> bool:
    return not path.exists() or path.stat().st_size == 0


def open_workspace(
    path: Path | str,
    *,
    seed_demo_if_new: bool = True,
    inspection: Inspection | None = None,
    backup_dir: Path | None = None,
) -> Workspace:
    """Open (create, migrate) the database at `path`; seed the demo network if it is new.

    `backup_dir` receives the verified copy taken before a migration (`AppPaths.backup_dir`).

    Raises `DatabaseError` (French message) when the file cannot be used.
    """
    from cnam_desktop.db.engine import open_database
    from cnam_desktop.services.sites import SiteService

    path = Path(path)
    new = is_new_database(path)
    database = open_database(path, inspection=inspection, backup_dir=backup_dir)
    seeded = False
    try:
        if new and seed_demo_if_new:
            from cnam_desktop.services.demo import seed_demo  # holidays etc.: first start only

            seed_demo(database)
            seeded = True
    except BaseException:
        database.close()
        raise
    return Workspace(database=database, sites=SiteService(database), demo_seeded=seeded)
