"""The lock file beside a database: one writer per file, stale locks, take-over."""

from __future__ import annotations

import errno
import json
import os
import socket
import subprocess
import sys
from datetime import UTC, datetime, timedelta
from pathlib import Path

import pytest

from cnam_desktop.db import lock_file, os_lock
from cnam_desktop.db.lock_file import (
    LOCK_SUFFIX,
    DatabaseLock,
    LockHolder,
    acquire,
    read_holder,
    take_over,
)
from cnam_desktop.errors import DatabaseInUseError, LockUnavailableError

SINCE = datetime(2026, 11, 26, 14, 2, 37)


@pytest.fixture
def db_path(tmp_path: Path) -> Path:
    return tmp_path / "reseau.sqlite3"


def _lock_of(db_path: Path) -> Path:
    return db_path.with_name(db_path.name + LOCK_SUFFIX)


def _forge(db_path: Path, **fields: object) -> bytes:
    """Write a lock file by hand (no process holds its OS lock)."""
    content: dict[str, object] = {
        "format": 1,
        "user": "marie",
        "host": "autre-poste",
        "pid": 4242,
        "since": SINCE.astimezone().isoformat(),
        "app_version": "1.0.0",
    }
    content.update(fields)
    data = json.dumps(content).encode()
    _lock_of(db_path).write_bytes(data)
    return data


def _dead_pid() -> int:
    child = subprocess.Popen([sys.executable, "-c", "pass"])
    child.wait()
    return child.pid


def test_acquire_writes_who_holds_it_and_release_removes_it(db_path: Path) -> None:
    lock = acquire(db_path, app_version="2.3.0")
    try:
        assert lock.path == _lock_of(db_path).resolve()
        content = json.loads(lock.path.read_text(encoding="utf-8"))
        assert content["format"] == 1
        assert content["pid"] == os.getpid()
        assert content["host"] == socket.gethostname()
        assert content["app_version"] == "2.3.0"
        since = datetime.fromisoformat(content["since"])
        assert since.tzinfo is not None
        assert abs(datetime.now(UTC) - since) < timedelta(minutes=5)
        assert lock.holder == read_holder(db_path)
        assert lock.holder.on_this_host
        assert lock.cleared_stale is None
        assert lock.held
    finally:
        lock.release()
    assert not lock.path.exists()
    assert not lock.held
    lock.release()  # idempotent
    assert read_holder(db_path) is None


def test_context_manager_releases(db_path: Path) -> None:
    with acquire(db_path) as lock:
        assert isinstance(lock, DatabaseLock)
        assert lock.path.exists()
    assert not lock.path.exists()
    with acquire(db_path):  # free again
        pass


def test_describe_in_french() -> None:
    holder = LockHolder(user="marie", host="PC-12", pid=12, since=SINCE, app_version="")
    assert holder.describe() == (
        "marie sur le poste PC-12, depuis le jeudi 26 novembre 2026 à 14 h 02"
    )
    first = LockHolder(user="paul", host="PC-3", pid=1, since=datetime(2027, 3, 1, 9, 5))
    assert first.describe() == "paul sur le poste PC-3, depuis le lundi 1er mars 2027 à 9 h 05"
    assert not holder.on_this_host
    here = LockHolder(user="x", host=socket.gethostname().upper(), pid=1, since=SINCE)
    assert here.on_this_host


def test_in_use_message_names_user_host_and_since(db_path: Path) -> None:
    _forge(db_path, user="marie", host="PC-12", since=SINCE.isoformat())
    with pytest.raises(DatabaseInUseError) as caught:
        acquire(db_path)
    message = caught.value.message
    assert "marie sur le poste PC-12" in message
    assert "jeudi 26 novembre 2026 à 14 h 02" in message
    assert "lecture seule" in message
    assert caught.value.holder is not None and caught.value.holder.pid == 4242


def test_second_acquire_in_the_same_process_is_refused(db_path: Path) -> None:
    with acquire(db_path) as first:
        with pytest.raises(DatabaseInUseError) as caught:
            acquire(db_path)
        assert caught.value.holder == first.holder
        assert "autre fenêtre" in caught.value.message
        # Through another spelling of the same path too.
        with pytest.raises(DatabaseInUseError):
            acquire(db_path.parent / "." / db_path.name)
        assert first.path.exists()  # the refusal left our lock alone
    with acquire(db_path):
        pass


def test_the_os_lock_alone_refuses_a_second_opening(
    db_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Without the in-process registry, flock (per open file description) still refuses."""
    with acquire(db_path) as first:
        monkeypatch.setattr(lock_file, "_held", {})
        monkeypatch.setattr(os_lock, "BUSY_PAUSE", 0.001)
        with pytest.raises(DatabaseInUseError) as caught:
            acquire(db_path)
        assert caught.value.holder == first.holder
        assert read_holder(db_path) == first.holder


@pytest.mark.parametrize("content", [b"", b'{"format": 1, "user": "mar', b"\x00\x00\x00"])
def test_garbled_lock_without_os_lock_is_cleared(db_path: Path, content: bytes) -> None:
    """A crash while writing left a truncated file that nobody holds: stale."""
    _lock_of(db_path).write_bytes(content)
    assert read_holder(db_path) is None
    with acquire(db_path) as lock:
        assert lock.cleared_stale is None
        assert read_holder(db_path) == lock.holder


def test_garbled_lock_held_by_a_live_process_is_in_use(
    db_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    fcntl = pytest.importorskip("fcntl")
    monkeypatch.setattr(os_lock, "BUSY_PAUSE", 0.001)
    path = _lock_of(db_path)
    path.write_bytes(b'{"user": "ma')
    fd = os.open(path, os.O_RDONLY)
    try:
        fcntl.flock(fd, fcntl.LOCK_EX)
        with pytest.raises(DatabaseInUseError) as caught:
            acquire(db_path)
        assert caught.value.holder is None
        assert "illisible" in caught.value.message
        assert path.read_bytes() == b'{"user": "ma'
    finally:
        os.close(fd)


def test_lock_from_another_host_is_refused_then_taken_over_when_confirmed(
    db_path: Path,
) -> None:
    data = _forge(db_path, host="autre-poste", pid=_dead_pid())
    with pytest.raises(DatabaseInUseError) as caught:
        acquire(db_path)
    seen = caught.value.holder
    assert seen is not None and seen.host == "autre-poste"
    assert _lock_of(db_path).read_bytes() == data  # never cleared automatically
    with take_over(db_path, seen, app_version="2.0") as lock:
        assert lock.cleared_stale == seen
        assert read_holder(db_path) == lock.holder
        assert lock.holder.pid == os.getpid()


def test_take_over_refused_when_the_lock_changed_since(db_path: Path) -> None:
    _forge(db_path, user="marie", pid=1001)
    seen = read_holder(db_path)
    assert seen is not None
    newer = _forge(db_path, user="paul", pid=1002)
    with pytest.raises(DatabaseInUseError) as caught:
        take_over(db_path, seen)
    assert caught.value.holder is not None and caught.value.holder.user == "paul"
    assert _lock_of(db_path).read_bytes() == newer


def test_take_over_of_a_vanished_lock_is_a_plain_acquire(db_path: Path) -> None:
    seen = LockHolder(user="marie", host="autre-poste", pid=5, since=SINCE.astimezone())
    with take_over(db_path, seen) as lock:
        assert lock.cleared_stale is None
        assert read_holder(db_path) == lock.holder


def test_take_over_of_an_unreadable_lock(db_path: Path) -> None:
    _lock_of(db_path).write_bytes(b"{tronqu")
    with take_over(db_path, None) as lock:
        assert read_holder(db_path) == lock.holder


def test_release_never_removes_another_instances_lock(db_path: Path) -> None:
    lock = acquire(db_path)
    # Another instance took over: our file was removed and a new one written.
    lock.path.unlink()
    theirs = _forge(db_path, user="paul", host="autre-poste", pid=77)
    lock.release()
    assert _lock_of(db_path).read_bytes() == theirs


def test_release_keeps_a_lock_rewritten_in_place(db_path: Path) -> None:
    lock = acquire(db_path)
    with open(lock.path, "r+b") as handle:  # same file, someone else's content
        handle.truncate(0)
        handle.write(json.dumps({"user": "paul", "host": "h", "pid": 9, "since": "x"}).encode())
    lock.release()
    assert lock.path.exists()


@pytest.mark.skipif(sys.platform == "win32", reason="Windows trusts the OS lock alone")
def test_dead_pid_with_no_os_locks_on_the_file_system(
    db_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Where the file system has no OS locks, the recorded pid decides on this host."""
    monkeypatch.setattr(os_lock, "try_lock", lambda fd: os_lock.NO_OS_LOCK)
    host = socket.gethostname()
    alive = subprocess.Popen(
        [sys.executable, "-c", "import sys; sys.stdin.read()"], stdin=subprocess.PIPE
    )
    try:
        _forge(db_path, host=host, pid=alive.pid)
        with pytest.raises(DatabaseInUseError):
            acquire(db_path)
    finally:
        assert alive.stdin is not None
        alive.stdin.close()
        alive.wait()
    dead = alive.pid
    with acquire(db_path) as lock:
        assert lock.cleared_stale is not None and lock.cleared_stale.pid == dead
    _lock_of(db_path).write_bytes(b"garbled")
    with pytest.raises(DatabaseInUseError):  # nothing to judge it by: kept
        acquire(db_path)


def test_unwritable_folder_raises_lock_unavailable(
    db_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    real_open = os.open

    def read_only_media(path: object, flags: int, *args: int, **kwargs: object) -> int:
        if str(path).endswith(LOCK_SUFFIX) and flags & os.O_CREAT:
            raise OSError(errno.EROFS, "Read-only file system", str(path))
        return real_open(path, flags, *args, **kwargs)  # type: ignore[arg-type]

    monkeypatch.setattr(os, "open", read_only_media)
    with pytest.raises(LockUnavailableError) as caught:
        acquire(db_path)
    assert "reseau.sqlite3" in caught.value.message
    assert "lecture seule" in caught.value.message
    assert not _lock_of(db_path).exists()


def test_full_disk_while_writing_leaves_no_lock_file(
    db_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    def disk_full(fd: int, data: object) -> int:
        raise OSError(errno.ENOSPC, "No space left on device")

    monkeypatch.setattr(os, "write", disk_full)
    with pytest.raises(LockUnavailableError) as caught:
        acquire(db_path)
    monkeypatch.undo()
    assert "disque est plein" in caught.value.message
    assert not _lock_of(db_path).exists()
    with acquire(db_path):
        pass


def test_read_holder_ignores_a_missing_or_foreign_file(db_path: Path) -> None:
    assert read_holder(db_path) is None
    _forge(db_path, pid="douze")
    assert read_holder(db_path) is None
    _forge(db_path, pid=12)
    holder = read_holder(db_path)
    assert holder is not None and (holder.user, holder.pid) == ("marie", 12)
