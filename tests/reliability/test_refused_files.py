"""Files the application must refuse at opening, and leave exactly as they were.

Flipped bytes, a truncated file, a schema from a newer version, another application's
SQLite file: each is refused with its error class, in a normal or a read-only opening,
its bytes unchanged and nothing written beside it (the check opens the file immutable:
no -wal, no -shm).
"""

from __future__ import annotations

import hashlib
import sqlite3
from collections.abc import Callable
from pathlib import Path

import pytest

from cnam_desktop.db.engine import open_database
from cnam_desktop.errors import (
    CorruptDatabaseError,
    DatabaseError,
    ForeignFileError,
    NewerSchemaError,
)
from tests.faults import flip_root_page


def _flip_session(path: Path) -> None:
    flip_root_page(path, "session", step=5, mask=0x5A)


def _truncate(path: Path) -> None:
    content = path.read_bytes()
    path.write_bytes(content[: len(content) // 3])


def _newer_schema(path: Path) -> None:
    with sqlite3.connect(path) as conn:
        conn.execute("UPDATE alembic_version SET version_num = '9999_future'")
    conn.close()


def _foreign_application_id(path: Path) -> None:
    conn = sqlite3.connect(path)
    try:
        conn.execute("PRAGMA application_id = 1179603267")  # "FOSC": another program's mark
    finally:
        conn.close()


DAMAGES: dict[str, tuple[Callable[[Path], None], type[DatabaseError], str]] = {
    "flipped-bytes": (_flip_session, CorruptDatabaseError, "endommagée|illisible"),
    "truncated": (_truncate, CorruptDatabaseError, "endommagée|illisible"),
    "newer-schema": (_newer_schema, NewerSchemaError, "version plus récente"),
    "foreign-application-id": (
        _foreign_application_id,
        ForeignFileError,
        "pas une base de cette application",
    ),
}


@pytest.mark.parametrize("read_only", [False, True], ids=["normal", "read-only"])
@pytest.mark.parametrize("damage", list(DAMAGES))
def test_refused_file_is_left_as_it_was(demo_db_path: Path, damage: str, read_only: bool) -> None:
    spoil, kind, words = DAMAGES[damage]
    spoil(demo_db_path)
    for suffix in ("-wal", "-shm"):  # the spoiling connection's leftovers, if any
        demo_db_path.with_name(demo_db_path.name + suffix).unlink(missing_ok=True)
    content = hashlib.sha256(demo_db_path.read_bytes()).hexdigest()
    beside = {p.name for p in demo_db_path.parent.iterdir()}

    with pytest.raises(kind, match=words) as caught:
        open_database(demo_db_path, read_only=read_only)

    assert type(caught.value) is kind
    assert str(demo_db_path) in caught.value.message
    assert hashlib.sha256(demo_db_path.read_bytes()).hexdigest() == content
    assert {p.name for p in demo_db_path.parent.iterdir()} == beside  # nothing beside it
    assert not (demo_db_path.parent / "backups").exists()  # no migration was attempted
