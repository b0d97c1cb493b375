"""Faults the reliability tests inject into database files, and what they expect."""

from __future__ import annotations

import json
import sqlite3
from collections.abc import Callable
from pathlib import Path

FORGED_LOCK = {
    "format": 1,
    "user": "marie",
    "host": "autre-poste",
    "pid": 999_999,
    "since": "2026-11-26T14:02:00+01:00",
    "app_version": "1.0",
}
"""A lock file written by an instance on another computer (never checkable from here)."""


def forge_lock(lock_path: Path) -> bytes:
    """Write `FORGED_LOCK` at `lock_path`; its bytes."""
    forged = json.dumps(FORGED_LOCK).encode()
    lock_path.write_bytes(forged)
    return forged


def flip_root_page(path: Path, table: str, *, step: int = 7, mask: int = 0xA5) -> None:
    """Damage `table`'s root page (every `step`-th byte XOR `mask`), WAL folded in first."""
    conn = sqlite3.connect(path)
    try:
        page_size = conn.execute("PRAGMA page_size").fetchone()[0]
        root = conn.execute(
            "SELECT rootpage FROM sqlite_master WHERE name = ?", (table,)
        ).fetchone()[0]
        conn.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    finally:
        conn.close()
    with path.open("r+b") as handle:
        handle.seek((root - 1) * page_size)
        page = bytearray(handle.read(page_size))
        for i in range(0, page_size, step):
            page[i] ^= mask
        handle.seek((root - 1) * page_size)
        handle.write(page)


def raised(action: Callable[[], object]) -> BaseException:
    """The exception `action` raises (the test fails if it raises none)."""
    try:
        action()
    except BaseException as exc:
        return exc
    raise AssertionError("no error raised")
