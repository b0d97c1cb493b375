"""Read-only files and read-only openings.

What cannot be simulated as root: a file or folder without write permission (root
writes through `chmod`). Those tests run only where permissions are enforced (a normal
user, or root without CAP_DAC_OVERRIDE: `setpriv --inh-caps=-all --bounding-set=-all`);
as root, the read-only cases are simulated with the read-only opening (`PRAGMA
query_only`), a `mode=ro` connection (the same SQLite error as a read-only file) and an
`os.access` that says the folder cannot be written.
"""

from __future__ import annotations

import hashlib
import os
import shutil
import subprocess
import sys
from pathlib import Path
from typing import Any

import pytest
import sqlalchemy.exc
from sqlalchemy import event, text

from cnam_desktop.db import schema
from cnam_desktop.db.engine import Database, make_engine, open_database
from cnam_desktop.domain.sites import SiteData
from cnam_desktop.errors import (
    DatabaseError,
    ReadOnlyStorageError,
)
from cnam_desktop.services.sites import SiteService
from tests.faults import raised

FIXTURES = Path(__file__).resolve().parents[1] / "migrations" / "fixtures"
SITE = SiteData(name="Cnam Commercy", town="Commercy")


def _sha(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


def test_read_only_opening_reads_and_refuses_every_write(demo_db_path: Path) -> None:
    normal = open_database(demo_db_path)
    expected = SiteService(normal).list_ids()
    normal.close()
    content = _sha(demo_db_path)
    db = open_database(demo_db_path, read_only=True)
    service = SiteService(db)
    try:
        assert db.read_only
        assert service.list_ids() == expected and service.get(expected[0]).name
        with db.reader() as s:
            assert s.execute(text("PRAGMA query_only")).scalar() == 1
        writes = [
            lambda: service.create(SITE),
            lambda: service.update(expected[0], SITE),
            lambda: service.delete(expected[-1]),
        ]
        for write in writes:
            with pytest.raises(ReadOnlyStorageError) as caught:
                write()
            assert caught.value.message.startswith("La base est ouverte en lecture seule : ")
            assert f"« {demo_db_path} »" in caught.value.message
        assert service.list_ids() == expected
    finally:
        db.close()
    assert _sha(demo_db_path) == content


def test_normal_opening_is_not_query_only(demo_db: Database) -> None:
    assert not demo_db.read_only
    with demo_db.reader() as s:
        assert s.execute(text("PRAGMA query_only")).scalar() == 0


def test_read_only_opening_never_creates_nor_migrates(tmp_path: Path) -> None:
    missing = tmp_path / "absent" / "reseau.sqlite3"
    with pytest.raises(DatabaseError, match="n'existe pas ou est vide"):
        open_database(missing, read_only=True)
    assert not missing.parent.exists()

    empty = tmp_path / "vide.sqlite3"
    empty.touch()
    with pytest.raises(DatabaseError, match="n'existe pas ou est vide"):
        open_database(empty, read_only=True)
    assert empty.read_bytes() == b""

    old = tmp_path / "ancienne.sqlite3"
    shutil.copyfile(FIXTURES / f"{schema.KNOWN_REVISIONS[0]}.sqlite3", old)
    content = _sha(old)
    with pytest.raises(DatabaseError) as caught:
        open_database(old, read_only=True)
    assert "doit être mise à jour" in caught.value.message
    assert "impossible en lecture seule" in caught.value.message
    assert _sha(old) == content
    assert not list(tmp_path.glob("**/*.sqlite3-journal"))
    assert not (tmp_path / "backups").exists()  # no pre-migration copy either


def test_a_file_sqlite_opens_read_only_refuses_writes(demo_db_path: Path) -> None:
    """What a read-only file gives a normal user: SQLite opens it read-only and every write
    fails with « attempt to write a readonly database » (here through a `mode=ro` URI)."""
    engine = make_engine(demo_db_path)

    @event.listens_for(engine, "do_connect")
    def read_only_uri(
        _dialect: Any, _record: Any, cargs: list[Any], cparams: dict[str, Any]
    ) -> None:
        cargs[:] = [f"file:{demo_db_path}?mode=ro"]
        cparams["uri"] = True

    db = Database(engine, demo_db_path)
    content = _sha(demo_db_path)
    try:
        with pytest.raises(ReadOnlyStorageError) as caught:
            SiteService(db).create(SITE)
    finally:
        db.close()
    cause = caught.value.__cause__
    assert isinstance(cause, sqlalchemy.exc.OperationalError)
    assert "attempt to write a readonly database" in str(cause)
    message = caught.value.message
    assert message.startswith(f"La base « {demo_db_path} » ne peut pas être modifiée")
    assert "lecture seule" in message and "ouverte en lecture seule" not in message
    assert _sha(demo_db_path) == content


HOLDER = """
import sys
from sqlalchemy import event
from cnam_desktop.db.engine import open_database
from cnam_desktop.domain.sites import SiteData
from cnam_desktop.services.sites import SiteService

db = open_database(sys.argv[1])
event.listen(db.engine, "connect", lambda conn, _r: conn.execute("PRAGMA wal_autocheckpoint=0"))
service = SiteService(db)
for line in sys.stdin:  # one site per line read, then "ok"
    print(service.create(SiteData(name=line.strip(), town="Toul")), flush=True)
db.close()
"""


def test_read_only_opening_reads_what_another_process_holds_in_its_wal(
    demo_db_path: Path, tmp_path: Path
) -> None:
    """Another instance keeps the base open and writes: its commits live in the -wal (no
    checkpoint); the read-only opening sees each one, and its own writes are refused."""
    script = tmp_path / "holder.py"
    script.write_text(HOLDER, encoding="utf-8")
    main_file = _sha(demo_db_path)
    proc = subprocess.Popen(
        [sys.executable, str(script), str(demo_db_path)],
        stdin=subprocess.PIPE,
        stdout=subprocess.PIPE,
        text=True,
    )
    assert proc.stdin is not None and proc.stdout is not None
    db: Database | None = None
    try:
        proc.stdin.write("Cnam Toul\n")
        proc.stdin.flush()
        first = proc.stdout.readline().strip()
        assert first, "the other process did not create its site"
        db = open_database(demo_db_path, read_only=True)
        service = SiteService(db)
        assert first in service.list_ids()
        assert _sha(demo_db_path) == main_file  # the site is only in the -wal
        proc.stdin.write("Cnam Pont-à-Mousson\n")
        proc.stdin.flush()
        second = proc.stdout.readline().strip()
        assert second and second in service.list_ids()
        with pytest.raises(ReadOnlyStorageError):
            service.create(SITE)
        names = {service.get(i).name for i in (first, second)}
        assert names == {"Cnam Toul", "Cnam Pont-à-Mousson"}
    finally:
        proc.stdin.close()
        assert proc.wait(timeout=30) == 0
        if db is not None:
            db.close()
    reopened = open_database(demo_db_path)
    try:
        ids = SiteService(reopened).list_ids()
        assert first in ids and second in ids
    finally:
        reopened.close()


def _read_unwritable_folder(path: Path) -> tuple[list[str], BaseException]:
    """Read the sites and try a write through a read-only engine; close it."""
    db = Database(make_engine(path, read_only=True), path, read_only=True)
    try:
        ids = SiteService(db).list_ids()
        return ids, raised(lambda: SiteService(db).create(SITE))
    finally:
        db.close()


def test_read_only_engine_in_an_unwritable_folder_opens_the_file_immutable(
    demo_db_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Where the folder cannot be written SQLite cannot create the -shm a WAL file needs: the
    read-only engine opens it immutable. Simulated as root by making `os.access` say so."""
    folder = demo_db_path.parent
    real_access = os.access

    def access(target: Any, mode: int, **kw: Any) -> bool:
        if Path(target) == folder and mode == os.W_OK:
            return False
        return real_access(target, mode, **kw)

    monkeypatch.setattr(os, "access", access)
    content, names = _sha(demo_db_path), sorted(p.name for p in folder.iterdir())
    ids, error = _read_unwritable_folder(demo_db_path)
    assert len(ids) > 10
    assert isinstance(error, ReadOnlyStorageError), error
    assert error.message.startswith("La base est ouverte en lecture seule")
    assert sorted(p.name for p in folder.iterdir()) == names  # no -shm, no -wal: immutable
    assert _sha(demo_db_path) == content


# --- real permissions (only where they are enforced: not as root) -----------------------


def _permissions_enforced(folder: Path) -> bool:
    probe = folder / "sonde"
    probe.write_bytes(b"")
    probe.chmod(0o444)
    try:
        probe.open("r+b").close()
    except PermissionError:
        return True
    else:
        return False
    finally:
        probe.chmod(0o644)
        probe.unlink()


@pytest.fixture
def enforced(tmp_path: Path) -> None:
    if not _permissions_enforced(tmp_path):
        pytest.skip(
            "file permissions are not enforced for this user (root): a read-only file or "
            "folder cannot be simulated with chmod"
        )


@pytest.mark.usefixtures("enforced")
def test_a_read_only_file(demo_db_path: Path) -> None:
    content = _sha(demo_db_path)
    demo_db_path.chmod(0o444)
    try:
        db = open_database(demo_db_path)
        try:
            ids = SiteService(db).list_ids()
            with pytest.raises(ReadOnlyStorageError) as caught:
                SiteService(db).create(SITE)
            assert SiteService(db).list_ids() == ids
        finally:
            db.close()
    finally:
        demo_db_path.chmod(0o644)
    assert caught.value.message.startswith(f"La base « {demo_db_path} » ne peut pas être modifiée")
    assert _sha(demo_db_path) == content


@pytest.mark.usefixtures("enforced")
def test_a_read_only_folder(demo_db_path: Path) -> None:
    """The file is writable but its folder is not: SQLite cannot create the -wal. The file is
    refused (at the check or at the first write) with a French message naming it."""
    folder = demo_db_path.parent
    content, names = _sha(demo_db_path), sorted(p.name for p in folder.iterdir())
    folder.chmod(0o555)
    try:

        def open_and_write() -> None:
            db = open_database(demo_db_path)
            try:
                SiteService(db).create(SITE)
            finally:
                db.close()

        error = raised(open_and_write)
    finally:
        folder.chmod(0o755)
    assert isinstance(error, ReadOnlyStorageError), error
    assert str(demo_db_path) in error.message
    assert _sha(demo_db_path) == content
    assert sorted(p.name for p in folder.iterdir()) == names


@pytest.mark.usefixtures("enforced")
def test_read_only_engine_in_a_read_only_folder(demo_db_path: Path) -> None:
    folder = demo_db_path.parent
    content, names = _sha(demo_db_path), sorted(p.name for p in folder.iterdir())
    folder.chmod(0o555)
    try:
        ids, error = _read_unwritable_folder(demo_db_path)
    finally:
        folder.chmod(0o755)
    assert len(ids) > 10
    assert isinstance(error, ReadOnlyStorageError), error
    assert sorted(p.name for p in folder.iterdir()) == names
    assert _sha(demo_db_path) == content
