"""The database lock against real second instances: live, killed, forged, racing."""

from __future__ import annotations

import getpass
import json
import os
import signal
import socket
import subprocess
import sys
from collections.abc import Iterator
from pathlib import Path

import pytest

from cnam_desktop.db.lock_file import LOCK_SUFFIX, acquire, read_holder, take_over
from cnam_desktop.errors import DatabaseInUseError
from tests.faults import forge_lock

pytestmark = pytest.mark.skipif(sys.platform == "win32", reason="POSIX signals")

ROOT = Path(__file__).resolve().parents[2]
HOLDER = """
import sys
from cnam_desktop.db.lock_file import acquire
from cnam_desktop.errors import DatabaseInUseError
try:
    lock = acquire(sys.argv[1], app_version="enfant")
except DatabaseInUseError:
    print("refused", flush=True)
    sys.exit(0)
print("locked", lock.cleared_stale is not None, flush=True)
sys.stdin.read()  # holds until the parent closes our stdin
lock.release()
"""


class Instance:
    """Another instance of the application: a child process holding (or refused) the lock."""

    def __init__(self, db_path: Path) -> None:
        self.process = subprocess.Popen(
            [sys.executable, "-c", HOLDER, str(db_path)],
            stdin=subprocess.PIPE,
            stdout=subprocess.PIPE,
            text=True,
            cwd=ROOT,
        )

    @property
    def pid(self) -> int:
        return self.process.pid

    def answer(self) -> str:
        assert self.process.stdout is not None
        return self.process.stdout.readline().strip()

    def close(self) -> None:
        """Ends normally: releases its lock."""
        if self.process.poll() is None:
            assert self.process.stdin is not None
            self.process.stdin.close()
        self.process.wait(timeout=30)

    def kill(self) -> None:
        self.process.send_signal(signal.SIGKILL)
        self.process.wait(timeout=30)


@pytest.fixture
def instances() -> Iterator[list[Instance]]:
    started: list[Instance] = []
    yield started
    for instance in started:
        if instance.process.poll() is None:
            instance.kill()
        if instance.process.stdin is not None:
            instance.process.stdin.close()
        if instance.process.stdout is not None:
            instance.process.stdout.close()


def _start(db_path: Path, instances: list[Instance]) -> Instance:
    instance = Instance(db_path)
    instances.append(instance)
    return instance


def test_second_instance_is_refused_with_its_holder_named(
    tmp_path: Path, instances: list[Instance]
) -> None:
    db_path = tmp_path / "reseau.sqlite3"
    child = _start(db_path, instances)
    assert child.answer() == "locked False"
    with pytest.raises(DatabaseInUseError) as caught:
        acquire(db_path)
    holder = caught.value.holder
    assert holder is not None
    assert holder.pid == child.pid
    assert holder.user == getpass.getuser()
    assert holder.host == socket.gethostname()
    assert holder.app_version == "enfant"
    assert holder.user in caught.value.message and holder.host in caught.value.message
    assert read_holder(db_path) == holder  # the refusal left the child's lock in place

    child.close()
    assert not db_path.with_name(db_path.name + LOCK_SUFFIX).exists()
    with acquire(db_path) as lock:
        assert lock.cleared_stale is None  # a clean release leaves nothing to clear


def test_lock_of_a_killed_instance_is_cleared(tmp_path: Path, instances: list[Instance]) -> None:
    db_path = tmp_path / "reseau.sqlite3"
    child = _start(db_path, instances)
    assert child.answer() == "locked False"
    child.kill()
    left = read_holder(db_path)
    assert left is not None and left.pid == child.pid  # SIGKILL left the lock file behind
    with acquire(db_path) as lock:
        assert lock.cleared_stale == left
        assert read_holder(db_path) == lock.holder
    assert read_holder(db_path) is None


@pytest.mark.skipif(not hasattr(os, "waitid"), reason="needs waitid(WNOWAIT)")
def test_gone_instance_whose_pid_still_answers_is_judged_by_the_os_lock(
    tmp_path: Path, instances: list[Instance]
) -> None:
    """A killed child not yet reaped (a zombie) still answers kill(pid, 0), but its OS
    lock went with it: stale all the same."""
    db_path = tmp_path / "reseau.sqlite3"
    child = _start(db_path, instances)
    assert child.answer() == "locked False"
    os.kill(child.pid, signal.SIGKILL)
    os.waitid(os.P_PID, child.pid, os.WEXITED | os.WNOWAIT)  # exited, not reaped
    os.kill(child.pid, 0)  # no ProcessLookupError: the pid still exists
    with acquire(db_path) as lock:
        assert lock.cleared_stale is not None and lock.cleared_stale.pid == child.pid
    child.process.wait(timeout=30)


def test_forged_lock_from_another_host_is_never_cleared_but_can_be_taken_over(
    tmp_path: Path, instances: list[Instance]
) -> None:
    db_path = tmp_path / "reseau.sqlite3"
    lock_path = db_path.with_name(db_path.name + LOCK_SUFFIX)
    forged = forge_lock(lock_path)
    with pytest.raises(DatabaseInUseError) as caught:
        acquire(db_path)
    assert "marie sur le poste autre-poste" in caught.value.message
    child = _start(db_path, instances)  # another instance here: refused too
    assert child.answer() == "refused"
    assert lock_path.read_bytes() == forged

    seen = caught.value.holder
    assert seen is not None
    with take_over(db_path, seen) as lock:
        assert lock.cleared_stale == seen
        later = _start(db_path, instances)
        assert later.answer() == "refused"  # the new lock holds
    assert not lock_path.exists()


def test_hand_written_lock_with_a_dead_pid_on_this_host_is_cleared(tmp_path: Path) -> None:
    db_path = tmp_path / "reseau.sqlite3"
    finished = subprocess.run(
        [sys.executable, "-c", "import os; print(os.getpid())"],
        capture_output=True,
        text=True,
        check=True,
    )
    dead_pid = int(finished.stdout)
    lock_path = db_path.with_name(db_path.name + LOCK_SUFFIX)
    lock_path.write_text(
        json.dumps(
            {
                "format": 1,
                "user": "marie",
                "host": socket.gethostname(),
                "pid": dead_pid,
                "since": "2026-11-26T14:02:00+01:00",
                "app_version": "1.0",
            }
        ),
        encoding="utf-8",
    )
    with acquire(db_path) as lock:
        assert lock.cleared_stale is not None and lock.cleared_stale.pid == dead_pid
        assert lock.holder.pid == os.getpid()


def test_instances_racing_on_a_stale_lock_leave_exactly_one_holder(
    tmp_path: Path, instances: list[Instance]
) -> None:
    db_path = tmp_path / "reseau.sqlite3"
    first = _start(db_path, instances)
    assert first.answer() == "locked False"
    first.kill()  # a stale lock for everybody to find
    racers = [_start(db_path, instances) for _ in range(4)]
    answers = [racer.answer() for racer in racers]
    winners = [r for r, a in zip(racers, answers, strict=True) if a.startswith("locked")]
    assert len(winners) == 1, answers
    assert answers.count("refused") == 3, answers
    holder = read_holder(db_path)
    assert holder is not None and holder.pid == winners[0].pid
    with pytest.raises(DatabaseInUseError):
        acquire(db_path)


def test_writing_commands_wait_for_their_turn_reading_ones_do_not(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    """While the window (here: a held lock) has the base, `restore` and `seed-demo` are
    refused naming the holder and change nothing; `check` and `backup` still work."""
    from cnam_desktop.cli import main

    data = tmp_path / "donnees"
    assert main(["--data-dir", str(data), "seed-demo"]) == 0
    assert main(["--data-dir", str(data), "backup"]) == 0
    db_path = data / "reseau.sqlite3"
    before = db_path.read_bytes()
    capsys.readouterr()
    with acquire(db_path):
        for command in (["restore"], ["seed-demo"]):
            assert main(["--data-dir", str(data), *command]) == 1
            err = capsys.readouterr().err
            assert "déjà ouverte en écriture" in err, command
        assert db_path.read_bytes() == before
        assert main(["--data-dir", str(data), "check"]) == 0
        assert main(["--data-dir", str(data), "restore", "--list"]) == 0
    assert main(["--data-dir", str(data), "restore"]) == 0  # free again: restored
    assert not db_path.with_name(db_path.name + LOCK_SUFFIX).exists()
