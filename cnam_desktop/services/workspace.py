"""An opened database and the services over it: what the window is given at start.

Opening a file that did not exist (or was empty) loads the demo network, so that a
first start shows a real network to explore.

One writer per file: opening for writing takes the lock file beside the database
(`db/lock_file.py`) before anything else (a migration included) and keeps it until
`close`; `DatabaseInUseError` names the holder otherwise. Opening `read_only` takes no
lock and never writes (the application offers it when the file is in use).

A shared base on a PostgreSQL server (`open_workspace("postgresql://…")`) takes no
lock (many writers are the point), is never seeded (a shared base starts empty: load the
demo with `cnam-desktop seed-demo --db URL`) and cannot be opened read-only (a file's notion).

This module imports SQLAlchemy only inside `open_workspace`: start-up calls
`start_inspection(path)` first, so that the file check (sqlite3, in a thread) runs
while SQLAlchemy is being imported.
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING

from cnam_desktop.db.filecheck import Inspection, start_inspection
from cnam_desktop.db.server import is_server_url
from cnam_desktop.errors import DatabaseError

if TYPE_CHECKING:
    from cnam_desktop.db.engine import Database
    from cnam_desktop.db.lock_file import DatabaseLock, LockHolder
    from cnam_desktop.services.sites import SiteService

__all__ = ["Workspace", "is_new_database", "open_workspace", "start_inspection", "writer_lock"]


@dataclass
class Workspace:
    database: Database
    sites: SiteService
    demo_seeded: bool = False
    """True when this opening created the file and loaded the demo network."""
    lock: DatabaseLock | None = None
    """The lock file held while the workspace is open for writing."""
    read_only_reason: str | None = None
    """Why the file is opened read-only (« ouverte par marie sur le poste PC-12… »)."""

    @property
    def read_only(self) -> bool:
        return self.database.read_only

    @property
    def path(self) -> Path | None:
        """The database file; None for a base on a server (see `location`)."""
        return self.database.path

    @property
    def location(self) -> str:
        """The base named for the user: the file's path, or the server URL without password."""
        return self.database.location

    @property
    def is_server(self) -> bool:
        return self.database.is_server

    def close(self) -> None:
        try:
            self.database.close()
        finally:
            if self.lock is not None:
                self.lock.release()


def is_new_database(path: Path) -> bool:
    return not path.exists() or path.stat().st_size == 0


def writer_lock(path: Path, take_over: LockHolder | None = None) -> DatabaseLock:
    """The writer's lock of the file at `path` (the window's, or a command's that writes);
    `take_over`: replace that holder's lock, after the user confirmed it.

    Raises `DatabaseInUseError` naming the holder while another instance has the file.
    """
    from cnam_desktop import app_version
    from cnam_desktop.db import lock_file

    path.parent.mkdir(parents=True, exist_ok=True)  # the lock file goes beside the base
    if take_over is not None:
        return lock_file.take_over(path, take_over, app_version=app_version())
    return lock_file.acquire(path, app_version=app_version())


def open_workspace(
    path: Path | str,
    *,
    seed_demo_if_new: bool = True,
    inspection: Inspection | None = None,
    backup_dir: Path | None = None,
    read_only: bool = False,
    read_only_reason: str | None = None,
    take_over: LockHolder | None = None,
    password: str | None = None,
) -> Workspace:
    """Open (create, migrate) the database at `path`; seed the demo network if it is new.

    `path` may be a server URL (`postgresql://…`, with `password` if it needs one that
    the URL, PGPASSWORD and ~/.pgpass do not give): see the module's notes.

    `backup_dir` receives the verified copy taken before a migration (`AppPaths.backup_dir`).
    `read_only`: consult only, no lock (`read_only_reason` is shown to the user).
    `take_over`: replace the lock of that holder, after the user confirmed it (a lock
    left on another computer cannot be checked from here).

    Raises `DatabaseError` (French message) when the file cannot be used, its
    `DatabaseInUseError` subclass when another instance holds it.
    """
    from cnam_desktop.db.engine import open_database
    from cnam_desktop.services.sites import SiteService

    if is_server_url(path):
        if read_only:
            raise DatabaseError("La lecture seule concerne les fichiers, pas les bases partagées.")
        database = open_database(str(path), password=password)
        return Workspace(database=database, sites=SiteService(database))
    path = Path(path)
    lock = None if read_only else writer_lock(path, take_over)
    try:
        new = is_new_database(path)
        database = open_database(
            path, inspection=inspection, backup_dir=backup_dir, read_only=read_only
        )
        seeded = False
        try:
            if new and seed_demo_if_new and not read_only:
                from cnam_desktop.services.demo import seed_demo  # first start only

                seed_demo(database)
                seeded = True
        except BaseException:
            database.close()
            raise
    except BaseException:
        if lock is not None:
            lock.release()
        raise
    return Workspace(
        database=database,
        sites=SiteService(database),
        demo_seeded=seeded,
        lock=lock,
        read_only_reason=read_only_reason if read_only else None,
    )
