"""The database layer: pragmas, foreign keys, tombstones, refusal of files not ours."""

import sqlite3
from datetime import date, time
from pathlib import Path

import pytest
from sqlalchemy import text
from sqlalchemy.exc import IntegrityError

from cnam_desktop.db import models as m
from cnam_desktop.db import schema
from cnam_desktop.db.engine import Database, open_database
from cnam_desktop.domain.enums import CertificationType
from cnam_desktop.domain.sites import SiteData
from cnam_desktop.errors import (
    CorruptDatabaseError,
    ForeignFileError,
    NewerSchemaError,
    StorageFailureError,
)
from cnam_desktop.services.sites import SiteService


def test_connection_pragmas(db: Database) -> None:
    with db.reader() as s:
        assert s.execute(text("PRAGMA foreign_keys")).scalar() == 1
        assert s.execute(text("PRAGMA journal_mode")).scalar() == "wal"
        assert s.execute(text("PRAGMA synchronous")).scalar() == 2  # FULL
        assert s.execute(text("PRAGMA application_id")).scalar() == schema.APPLICATION_ID
        assert s.execute(text("SELECT version_num FROM alembic_version")).scalar() == (
            schema.HEAD_REVISION
        )


def test_foreign_keys_are_enforced(db: Database) -> None:
    with pytest.raises(IntegrityError), db.uow() as s:
        s.add(m.Room(premises_id="no-such-premises", name="Salle 1", capacity=12))


def test_check_constraints_hold(db: Database) -> None:
    service = SiteService(db)
    site_id = service.create(SiteData(name="Cnam Verdun", town="Verdun"))
    with db.uow() as s:
        premises = m.Premises(site_id=site_id, name="Hôtel de ville")
        s.add(premises)
    with pytest.raises(IntegrityError), db.uow() as s:
        s.add(m.Room(premises_id=premises.id, name="Salle 0", capacity=0))


def test_unit_of_work_rolls_back_everything(db: Database) -> None:
    with pytest.raises(RuntimeError), db.uow() as s:
        s.add(m.Sector(code="NUM", name="Numérique"))
        s.flush()
        raise RuntimeError("boom")
    with db.reader() as s:
        assert s.query(m.Sector).count() == 0


def test_session_must_end_after_it_starts(db: Database) -> None:
    site_id = SiteService(db).create(SiteData(name="Cnam Chaumont", town="Chaumont"))
    with db.uow() as s:
        sector = m.Sector(code="NUM", name="Numérique")
        s.add(sector)
        s.flush()
        course = m.Course(
            sector_id=sector.id,
            cnam_code="CC13200",
            title="Analyste en cybersécurité",
            certification_type=CertificationType.CERTIFICAT_COMPETENCE,
        )
        s.add(course)
        s.flush()
        offering = m.Offering(
            course_id=course.id,
            site_id=site_id,
            period_label="Rentrée 2026",
            start_date=date(2026, 9, 1),
        )
        s.add(offering)
    with pytest.raises(IntegrityError), db.uow() as s:
        s.add(
            m.Session(
                offering_id=offering.id,
                day=date(2026, 9, 8),
                start_time=time(21),
                end_time=time(18),
            )
        )


def test_tombstones_are_hidden_but_kept(db: Database) -> None:
    service = SiteService(db)
    kept = service.create(SiteData(name="Cnam Épinal", town="Épinal"))
    gone = service.create(SiteData(name="Cnam Sedan", town="Sedan"))
    service.delete(gone)
    assert service.list_ids() == [kept]
    with db.reader() as s:
        row = s.get(m.Site, gone)
        assert row is not None and row.deleted_at is not None
        assert row.updated_at >= row.created_at


def test_new_file_is_created_and_reopened(tmp_path: Path) -> None:
    path = tmp_path / "sub" / "base.sqlite3"
    open_database(path).close()
    assert path.exists()
    open_database(path).close()  # second open: no migration, no error


def test_newer_schema_is_refused_untouched(tmp_path: Path) -> None:
    path = tmp_path / "base.sqlite3"
    open_database(path).close()
    with sqlite3.connect(path) as conn:
        conn.execute("UPDATE alembic_version SET version_num = '9999_future'")
    before = path.read_bytes()
    with pytest.raises(NewerSchemaError) as info:
        open_database(path)
    assert "version plus récente" in info.value.message
    assert "9999_future" in info.value.message
    assert path.read_bytes() == before


def test_foreign_sqlite_file_is_refused(tmp_path: Path) -> None:
    path = tmp_path / "autre.sqlite3"
    with sqlite3.connect(path) as conn:
        conn.execute("CREATE TABLE notes (x)")
    with pytest.raises(ForeignFileError) as info:
        open_database(path)
    assert "pas une base de cette application" in info.value.message


def test_non_sqlite_file_is_refused(tmp_path: Path) -> None:
    path = tmp_path / "tableur.sqlite3"
    path.write_bytes(b"PK\x03\x04 not a database")
    with pytest.raises(ForeignFileError):
        open_database(path)
    assert path.read_bytes() == b"PK\x03\x04 not a database"


def test_damaged_file_is_refused(tmp_path: Path) -> None:
    path = tmp_path / "base.sqlite3"
    db = open_database(path)
    service = SiteService(db)
    for i in range(300):
        service.create(SiteData(name=f"Site {i}", town="Chaumont", notes="x" * 500))
    with db.engine.connect() as conn:
        conn.exec_driver_sql("PRAGMA wal_checkpoint(TRUNCATE)")
    db.close()
    data = bytearray(path.read_bytes())
    page = 4096
    for offset in range(5 * page, 5 * page + 200):  # scribble over a b-tree page
        data[offset] = 0xFF
    path.write_bytes(bytes(data))
    with pytest.raises(CorruptDatabaseError) as info:
        open_database(path)
    assert "endommagée" in info.value.message or "illisible" in info.value.message


def test_inspection_in_a_thread_hands_back_its_result(tmp_path: Path) -> None:
    from cnam_desktop.db.filecheck import start_inspection

    path = tmp_path / "base.sqlite3"
    open_database(path).close()
    inspection = start_inspection(path)
    db = open_database(path, inspection=inspection)
    db.close()
    assert inspection.result() == schema.HEAD_REVISION


def test_inspection_in_a_thread_re_raises_refusals(tmp_path: Path) -> None:
    from cnam_desktop.db.filecheck import start_inspection

    path = tmp_path / "tableur.sqlite3"
    path.write_bytes(b"PK\x03\x04 not a database")
    inspection = start_inspection(path)
    with pytest.raises(ForeignFileError):
        open_database(path, inspection=inspection)


@pytest.mark.parametrize(
    ("sqlite_says", "refusal", "words"),
    [
        ("unable to open database file", StorageFailureError, "n'est plus accessible"),
        ("file is not a database", CorruptDatabaseError, "SQLite ne peut pas lire ce fichier"),
    ],
)
def test_a_file_sqlite_cannot_open_is_refused_in_french(
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
    sqlite_says: str,
    refusal: type[Exception],
    words: str,
) -> None:
    from cnam_desktop.db import filecheck

    path = tmp_path / "base.sqlite3"
    open_database(path).close()
    before = path.read_bytes()

    def refuse(*_args: object, **_kwargs: object) -> sqlite3.Connection:
        raise sqlite3.DatabaseError(sqlite_says)

    monkeypatch.setattr(filecheck.sqlite3, "connect", refuse)
    with pytest.raises(refusal) as refused:
        filecheck.inspect_file(path)
    message = refused.value.message  # type: ignore[attr-defined]
    assert str(path) in message and words in message and sqlite_says not in message
    assert path.read_bytes() == before
