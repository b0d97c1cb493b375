"""Files are written to a temporary name then renamed, with ordinary permissions."""

from __future__ import annotations

import os
import stat
from pathlib import Path

import pytest

from cnam_desktop.reports.atomic_file import current_umask, replacing


def mode(path: Path) -> int:
    return stat.S_IMODE(path.stat().st_mode)


def test_a_new_file_gets_the_permissions_of_the_umask(tmp_path: Path) -> None:
    target = tmp_path / "out" / "rapport.pdf"
    with replacing(target) as temp:
        assert temp.parent == target.parent and temp != target
        temp.write_bytes(b"%PDF")
    assert target.read_bytes() == b"%PDF"
    assert mode(target) == 0o666 & ~current_umask()  # not the temporary file's 0600
    assert list(target.parent.iterdir()) == [target]


def test_replacing_keeps_the_old_file_s_permissions(tmp_path: Path) -> None:
    target = tmp_path / "classeur.xlsx"
    target.write_bytes(b"old")
    os.chmod(target, 0o640)
    with replacing(target) as temp:
        temp.write_bytes(b"new")
    assert (target.read_bytes(), mode(target)) == (b"new", 0o640)


def test_a_failure_leaves_the_old_file_and_no_temporary_file(tmp_path: Path) -> None:
    (tmp_path / "out").mkdir()
    target = tmp_path / "out" / "planning.ics"
    target.write_bytes(b"old")
    with pytest.raises(RuntimeError), replacing(target) as temp:
        temp.write_bytes(b"half")
        raise RuntimeError("cancelled")
    assert target.read_bytes() == b"old"
    assert list(target.parent.iterdir()) == [target]


def test_the_umask_is_read_without_being_changed() -> None:
    before = os.umask(0o027)
    try:
        assert current_umask() == 0o027
    finally:
        os.umask(before)
