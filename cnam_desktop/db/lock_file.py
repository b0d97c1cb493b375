"""One writer per database file: a lock file beside it (`reseau.sqlite3.lock`).

The lock file holds, as JSON, who has the database open for writing (user, host,
process id, since when, application version). Its creation is atomic (`O_EXCL`) and
the holder keeps it open under an OS lock for as long as it holds the database
(`flock` on POSIX; on Windows `msvcrt.locking` on one byte far past the JSON, so
that the JSON stays readable). The OS lock goes away with the process, whatever the
way it ends: a lock file found whose OS lock can be taken was left by a crash.

Another process on this host that finds the lock file:
- takes the OS lock → the holder is gone: the stale file is removed and replaced
  (`DatabaseLock.cleared_stale` names the old holder, and a line is logged);
- cannot take it (after a short wait: another instance may be inspecting it
  too) → `DatabaseInUseError` naming the holder;
- finds no OS locking on the file system (some network mounts) → the recorded pid
  decides (`os.kill(pid, 0)`).
A lock written on another host is never cleared automatically (its process cannot be
checked from here): only `take_over`, after the user confirmed, replaces it.
Read-only openings take no lock.
"""

from __future__ import annotations

import atexit
import errno
import getpass
import json
import logging
import os
import socket
import threading
import time
from dataclasses import asdict, dataclass
from datetime import datetime
from pathlib import Path
from typing import Any

from cnam_desktop.db import os_lock
from cnam_desktop.domain.formatting import french_moment
from cnam_desktop.errors import DatabaseInUseError, LockUnavailableError

log = logging.getLogger(__name__)

LOCK_SUFFIX = ".lock"
FORMAT = 1
_FIELD_LIMIT = 200
"""Characters kept of each text field: the JSON stays well under `os_lock.MAX_READ`."""
_ROUNDS = 6
"""Creations lost to another process (it created or removed the file in between)."""


@dataclass(frozen=True)
class LockHolder:
    """Who holds (or held) a database file for writing."""

    user: str
    host: str
    pid: int
    since: datetime
    app_version: str = ""

    def describe(self) -> str:
        """« marie sur le poste PC-12, depuis le jeudi 26 novembre 2026 à 14 h 02 »."""
        local = self.since.astimezone() if self.since.tzinfo is not None else self.since
        return f"{self.user} sur le poste {self.host}, depuis le {french_moment(local)}"

    @property
    def on_this_host(self) -> bool:
        return self.host.casefold() == this_host().casefold()

    def to_json(self) -> bytes:
        data = {"format": FORMAT, **asdict(self), "since": self.since.isoformat()}
        return json.dumps(data, ensure_ascii=False).encode("utf-8")

    def for_log(self) -> str:
        return f"{self.user} on {self.host}, pid {self.pid}, since {self.since:%Y-%m-%d %H:%M}"


def this_host() -> str:
    return socket.gethostname() or "inconnu"


def this_user() -> str:
    try:
        return getpass.getuser()
    except (OSError, KeyError, ImportError):  # no login name in the environment, no pwd entry
        for name in ("USERNAME", "USER", "LOGNAME"):
            if os.environ.get(name):
                return os.environ[name]
        return "inconnu"


def parse_holder(data: bytes) -> LockHolder | None:
    """The holder written in a lock file; None when the content is not one (garbled, empty)."""
    try:
        raw: Any = json.loads(data.decode("utf-8"))
        user, host, pid, version = raw["user"], raw["host"], raw["pid"], raw.get("app_version", "")
        since = datetime.fromisoformat(raw["since"])
    except (ValueError, TypeError, KeyError, AttributeError):
        return None
    if not all(isinstance(text, str) for text in (user, host, version)):
        return None
    if type(pid) is not int or pid <= 0:
        return None
    return LockHolder(user=user, host=host, pid=pid, since=since, app_version=version)


def lock_path_for(db_path: Path | str) -> Path:
    """`…/reseau.sqlite3` → `…/reseau.sqlite3.lock` (symbolic links resolved)."""
    db = Path(db_path).expanduser().resolve()
    return db.with_name(db.name + LOCK_SUFFIX)


def _db_of(lock_path: Path) -> Path:
    return lock_path.with_name(lock_path.name.removesuffix(LOCK_SUFFIX))


def read_holder(db_path: Path | str) -> LockHolder | None:
    """Who the lock file of `db_path` names; None without a (readable) lock file."""
    try:
        with open(lock_path_for(db_path), "rb") as handle:
            return parse_holder(handle.read(os_lock.MAX_READ))
    except OSError:
        return None


def _unavailable(lock_path: Path, exc: OSError) -> LockUnavailableError:
    folder = lock_path.parent
    if exc.errno == errno.ENOSPC:
        cause = f"le disque est plein (« {folder} »)"
    else:
        cause = (
            f"le dossier « {folder} » ne peut pas être écrit (droits insuffisants ou support "
            "en lecture seule)"
        )
    db_name = _db_of(lock_path).name
    return LockUnavailableError(
        f"Impossible de réserver la base « {db_name} » pour la modifier : {cause}. "
        "Elle peut être ouverte en lecture seule."
    )


# --- the lock ------------------------------------------------------------------------------

_held: dict[str, DatabaseLock] = {}
"""Locks held by this process, by lock file path: a second opening here is refused."""
_registry_guard = threading.Lock()


def _key(lock_path: Path) -> str:
    return os.path.normcase(str(lock_path))


class DatabaseLock:
    """This process's hold on a database file; `release()` (or the `with` block) ends it."""

    def __init__(
        self,
        path: Path,
        holder: LockHolder,
        fd: int,
        *,
        os_locked: bool,
        identity: tuple[int, int],
        cleared_stale: LockHolder | None = None,
    ) -> None:
        self.path = path
        self.holder = holder
        self.cleared_stale = cleared_stale
        """The stale lock removed to take this one (a crashed instance's), if any."""
        self._fd: int | None = fd
        self._os_locked = os_locked
        self._identity = identity
        self._guard = threading.Lock()

    @property
    def held(self) -> bool:
        return self._fd is not None

    def _still_ours(self, fd: int) -> bool:
        try:
            if os_lock.identity(os.stat(self.path)) != self._identity:
                return False
            return parse_holder(os_lock.read_start(fd)) == self.holder
        except OSError:
            return False

    def release(self) -> None:
        """Give the database back; the lock file is removed only if it is still ours."""
        with self._guard:
            fd, self._fd = self._fd, None
            if fd is None:
                return
            with _registry_guard:
                if _held.get(_key(self.path)) is self:
                    del _held[_key(self.path)]
            try:
                if self._still_ours(fd):
                    os_lock.remove_open(fd, self.path, locked=self._os_locked)
                    return
                log.warning("Lock file %s was replaced by another instance: left as is", self.path)
            except OSError as exc:
                log.warning("Could not remove lock file %s: %s", self.path, exc)
                return
            if self._os_locked:
                os_lock.unlock(fd)
            os.close(fd)

    def __enter__(self) -> DatabaseLock:
        return self

    def __exit__(self, *exc: object) -> None:
        self.release()

    def __repr__(self) -> str:
        state = "held" if self.held else "released"
        return f"<DatabaseLock {self.path} {state} by pid {self.holder.pid}>"


def _refuse_if_held_here(lock_path: Path) -> None:
    with _registry_guard:
        mine = _held.get(_key(lock_path))
    if mine is not None and mine.held:
        raise DatabaseInUseError(mine.holder, _db_of(lock_path))


def _create(lock_path: Path, app_version: str, cleared: LockHolder | None) -> DatabaseLock | None:
    """Create and lock a new lock file; None when one exists already (or ours was lost)."""
    try:
        lock_path.parent.mkdir(parents=True, exist_ok=True)
    except OSError as exc:
        raise _unavailable(lock_path, exc) from exc
    try:
        fd = os.open(lock_path, os.O_CREAT | os.O_EXCL | os.O_RDWR | os_lock.O_BINARY, 0o644)
    except FileExistsError:
        return None
    except OSError as exc:
        raise _unavailable(lock_path, exc) from exc
    holder = LockHolder(
        user=this_user()[:_FIELD_LIMIT],
        host=this_host()[:_FIELD_LIMIT],
        pid=os.getpid(),
        since=datetime.now().astimezone(),
        app_version=app_version[:_FIELD_LIMIT],
    )
    try:
        state = os_lock.try_lock(fd)
        if state == os_lock.BUSY:
            # Another instance is judging our still empty file as stale: it removes it.
            os.close(fd)
            time.sleep(os_lock.BUSY_PAUSE)
            return None
        os_lock.write_all(fd, holder.to_json())
        os.fsync(fd)
        identity = os_lock.identity(os.fstat(fd))
        lost = not os_lock.is_file_at(fd, lock_path)
    except OSError as exc:
        if os_lock.is_file_at(fd, lock_path):
            os_lock.remove_open(fd, lock_path, locked=False)
        else:
            os.close(fd)
        raise _unavailable(lock_path, exc) from exc
    if lost:  # removed as stale by another instance before we locked it
        os_lock.unlock(fd)
        os.close(fd)
        return None
    lock = DatabaseLock(
        lock_path,
        holder,
        fd,
        os_locked=state == os_lock.LOCKED,
        identity=identity,
        cleared_stale=cleared,
    )
    with _registry_guard:
        _held[_key(lock_path)] = lock
    return lock


class _Existing:
    """A lock file found in place, opened and (if it can be) OS-locked to be judged."""

    def __init__(self, lock_path: Path) -> None:
        self.path = lock_path
        self.fd = os.open(lock_path, os.O_RDONLY | os_lock.O_BINARY)  # FileNotFoundError: gone
        self.state = os_lock.NO_OS_LOCK
        try:
            self.state = os_lock.lock_patiently(self.fd, lock_path)
            self.current = os_lock.is_file_at(self.fd, lock_path)
            self.holder = parse_holder(os_lock.read_start(self.fd))
        except OSError:
            self.close()
            raise

    def remove(self) -> None:
        fd, self.fd = self.fd, -1
        try:
            os_lock.remove_open(fd, self.path, locked=self.state == os_lock.LOCKED)
        except OSError as exc:
            raise _unavailable(self.path, exc) from exc

    def close(self) -> None:
        fd, self.fd = self.fd, -1
        if fd >= 0:
            if self.state == os_lock.LOCKED:
                os_lock.unlock(fd)
            os.close(fd)

    def __enter__(self) -> _Existing:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()


def _clear_if_stale(lock_path: Path) -> tuple[bool, LockHolder | None]:
    """Judge an existing lock file: (True, old holder) once a stale one was removed,
    (False, None) when it vanished meanwhile; raises `DatabaseInUseError` when it is alive."""
    db_path = _db_of(lock_path)
    try:
        found = _Existing(lock_path)
    except FileNotFoundError:
        return False, None
    except OSError as exc:
        raise DatabaseInUseError(None, db_path) from exc
    with found:
        holder, state = found.holder, found.state
        if not found.current:
            return False, None
        elsewhere = holder is not None and not holder.on_this_host  # never judged from here
        unproven = state == os_lock.NO_OS_LOCK and (
            holder is None or (holder.pid != os.getpid() and os_lock.pid_alive(holder.pid))
        )
        if elsewhere or state == os_lock.BUSY or unproven:
            raise DatabaseInUseError(holder, db_path)
        who = holder.for_log() if holder else "nobody (unreadable)"
        log.warning("Stale lock %s removed: it named %s", lock_path, who)
        found.remove()
        return True, holder


def acquire(db_path: Path | str, *, app_version: str = "") -> DatabaseLock:
    """Hold `db_path` for writing.

    Raises `DatabaseInUseError(holder)` when another live instance holds it (here, on
    this host, or on another host), `LockUnavailableError` when the lock file cannot be
    written (read-only folder, full disk).
    """
    lock_path = lock_path_for(db_path)
    _refuse_if_held_here(lock_path)
    cleared: LockHolder | None = None
    for _ in range(_ROUNDS):
        lock = _create(lock_path, app_version, cleared)
        if lock is not None:
            return lock
        removed, holder = _clear_if_stale(lock_path)
        if removed and holder is not None:
            cleared = holder
    raise DatabaseInUseError(read_holder(db_path), Path(db_path))


def take_over(
    db_path: Path | str, seen: LockHolder | None, *, app_version: str = ""
) -> DatabaseLock:
    """Replace a lock the user chose to take over (one left on another host, which cannot
    be checked from here), only if it still names `seen` (None: an unreadable lock file).

    Raises `DatabaseInUseError` with the present holder when the lock changed since, or
    when a live process still holds its OS lock.
    """
    lock_path = lock_path_for(db_path)
    _refuse_if_held_here(lock_path)
    try:
        found = _Existing(lock_path)
    except FileNotFoundError:
        return acquire(db_path, app_version=app_version)
    except OSError as exc:
        raise _unavailable(lock_path, exc) from exc
    with found:
        if not found.current:
            raise DatabaseInUseError(read_holder(db_path), _db_of(lock_path))
        if found.state == os_lock.BUSY or found.holder != seen:
            raise DatabaseInUseError(found.holder, _db_of(lock_path))
        who = seen.for_log() if seen else "nobody (unreadable)"
        log.warning("Lock %s taken over, as the user confirmed: it named %s", lock_path, who)
        found.remove()
    lock = _create(lock_path, app_version, seen)
    if lock is None:  # another instance was quicker
        raise DatabaseInUseError(read_holder(db_path), Path(db_path))
    return lock


def _release_all() -> None:
    with _registry_guard:
        locks = list(_held.values())
    for lock in locks:
        lock.release()


atexit.register(_release_all)
