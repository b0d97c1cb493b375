"""Low-level pieces of the database lock file (`db/lock_file.py`): an OS lock on an open
file that the system drops when its process ends (POSIX `flock`; on Windows
`msvcrt.locking` on one byte at `MAX_READ`, past the JSON, which stays readable), file
identity (is this path still the file I have open?), process liveness.
"""

from __future__ import annotations

import contextlib
import errno
import os
import sys
import time
from pathlib import Path

MAX_READ = 4096
"""The lock file's content is read from its first bytes; the Windows OS lock sits here."""
BUSY_TRIES = 8
BUSY_PAUSE = 0.025
"""An OS lock found taken is tried again for ≈ 0.2 s: another instance inspecting a stale
lock holds it for a moment, a live holder holds it for good."""
O_BINARY: int = getattr(os, "O_BINARY", 0)

LOCKED, BUSY, NO_OS_LOCK = "locked", "busy", "no-os-lock"
"""What `try_lock` found: taken by us, held by another open file, no locks here."""


if sys.platform == "win32":
    import msvcrt

    def try_lock(fd: int) -> str:
        try:
            os.lseek(fd, MAX_READ, os.SEEK_SET)
            msvcrt.locking(fd, msvcrt.LK_NBLCK, 1)
        except OSError:
            return BUSY
        return LOCKED

    def unlock(fd: int) -> None:
        with contextlib.suppress(OSError):
            os.lseek(fd, MAX_READ, os.SEEK_SET)
            msvcrt.locking(fd, msvcrt.LK_UNLCK, 1)

else:
    import fcntl

    def try_lock(fd: int) -> str:
        try:
            fcntl.flock(fd, fcntl.LOCK_EX | fcntl.LOCK_NB)
        except OSError as exc:
            if exc.errno in (errno.EAGAIN, errno.EWOULDBLOCK, errno.EACCES):
                return BUSY
            return NO_OS_LOCK  # ENOLCK, EOPNOTSUPP…: the file system has no locks
        return LOCKED

    def unlock(fd: int) -> None:
        with contextlib.suppress(OSError):
            fcntl.flock(fd, fcntl.LOCK_UN)


def lock_patiently(fd: int, path: Path) -> str:
    state = try_lock(fd)
    for _ in range(BUSY_TRIES):
        if state != BUSY or not is_file_at(fd, path):
            break
        time.sleep(BUSY_PAUSE)
        state = try_lock(fd)
    return state


def pid_alive(pid: int) -> bool:
    """Whether a process `pid` exists on this host (POSIX); True when it cannot be told."""
    if sys.platform == "win32":
        return True  # Windows: the OS lock alone decides
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return False
    except OSError:
        return True  # EPERM: it exists, under another user
    return True


def identity(stat: os.stat_result) -> tuple[int, int]:
    return stat.st_dev, stat.st_ino


def is_file_at(fd: int, path: Path) -> bool:
    """Whether `path` still names the file open as `fd` (not removed or replaced)."""
    try:
        return identity(os.stat(path)) == identity(os.fstat(fd))
    except OSError:
        return False


def read_start(fd: int) -> bytes:
    os.lseek(fd, 0, os.SEEK_SET)
    return os.read(fd, MAX_READ)


def write_all(fd: int, data: bytes) -> None:
    os.lseek(fd, 0, os.SEEK_SET)
    view = memoryview(data)
    while view:
        view = view[os.write(fd, view) :]


def unlink_if(path: Path, expected: tuple[int, int]) -> None:
    """Remove `path` if it is still the file `expected` (checked just before)."""
    try:
        if identity(os.stat(path)) == expected:
            path.unlink()
    except FileNotFoundError:
        pass


def remove_open(fd: int, path: Path, *, locked: bool) -> None:
    """Remove the lock file open as `fd` and close `fd` (POSIX: while still locked)."""
    own = identity(os.fstat(fd))
    try:
        if sys.platform != "win32":
            unlink_if(path, own)
    finally:
        if locked:
            unlock(fd)
        os.close(fd)
    if sys.platform == "win32":  # an open file cannot be removed there
        # PermissionError: another instance has it open now; it will judge it itself.
        with contextlib.suppress(PermissionError):
            unlink_if(path, own)
