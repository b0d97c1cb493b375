"""Fault: restoring a backup older than an erasure brings the person back; the journal
outside the file erases them again."""

from __future__ import annotations

import shutil
import sqlite3
from datetime import datetime
from pathlib import Path

import pytest

from cnam_desktop.db import models as m
from cnam_desktop.db.engine import open_database
from cnam_desktop.services.backups import list_backups
from cnam_desktop.services.personal_data import PersonalDataService, reapply_erasures

EMAIL = "restore.me@example.org"


def _backup(source: Path, target: Path) -> None:
    """An online copy, as the automatic backups make it."""
    src, dst = sqlite3.connect(source), sqlite3.connect(target)
    try:
        src.backup(dst)
    finally:
        dst.close()
        src.close()


def test_erasure_survives_restore_of_an_older_backup(tmp_path: Path) -> None:
    path = tmp_path / "reseau.sqlite3"
    journal = tmp_path / "erasures.jsonl"
    backup = tmp_path / "backups" / "reseau-quotidienne.sqlite3"
    backup.parent.mkdir()

    db = open_database(path)
    with db.uow() as s:
        trainer = m.Trainer(first_name="Inès", last_name="Lefèvre", email=EMAIL, phone="0700000000")
        partner = m.Partner(name="CCI", contact_name="Luc Blanc", contact_email="luc@cci.fr")
        s.add_all([trainer, partner])
        s.flush()
        trainer_id, partner_id = trainer.id, partner.id
    _backup(path, backup)  # the copy made before the erasure

    service = PersonalDataService(db, journal)
    service.erase(service.find(trainer_id), "demande du 20/11", datetime(2026, 11, 20, 9))
    service.erase(service.find(partner_id), "fin de mandat", datetime(2026, 11, 21, 9))
    db.close()

    # Restore: the older copy replaces the file (the restore feature does it the same way).
    for suffix in ("-wal", "-shm"):
        Path(f"{path}{suffix}").unlink(missing_ok=True)
    shutil.copyfile(backup, path)

    db = open_database(path)
    try:
        with db.reader() as s:  # the restore brought the data and no audit row back
            assert s.get(m.Trainer, trainer_id).email == EMAIL  # type: ignore[union-attr]
            assert s.query(m.ErasureLog).count() == 0

        applied = reapply_erasures(db, journal)

        assert {r.subject_id for r in applied} == {trainer_id, partner_id}
        with db.reader() as s:
            erased = s.get(m.Trainer, trainer_id)
            assert erased is not None
            assert (erased.first_name, erased.email, erased.phone) == ("Formateur", None, None)
            contact = s.get(m.Partner, partner_id)
            assert contact is not None and contact.contact_name is None
            assert contact.contact_email is None
            reasons = sorted(r.reason for r in s.query(m.ErasureLog))
            assert reasons == ["demande du 20/11", "fin de mandat"]
        assert reapply_erasures(db, journal) == []  # nothing left to erase
        with db.engine.connect() as conn:
            conn.exec_driver_sql("PRAGMA wal_checkpoint(TRUNCATE)")
    finally:
        db.close()
    conn2 = sqlite3.connect(path)
    try:
        assert conn2.execute("PRAGMA integrity_check").fetchone()[0] == "ok"
        assert conn2.execute("PRAGMA foreign_key_check").fetchall() == []
    finally:
        conn2.close()
    assert EMAIL.encode() not in path.read_bytes()
    assert EMAIL.encode() in backup.read_bytes()  # backups keep copies (hence the journal)


def test_headless_erasure_then_restore_erases_again(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    """The same fault through the commands a user runs: `backup`, `personal-data --erase`,
    then `restore` of the copy made before the erasure. The restored file gets the erasure
    and its audit row again; the erased file is kept as the pre-restore copy, without the
    person; the backup still holds them (rotation removes it within 6 months)."""
    from cnam_desktop.cli import main

    data = tmp_path / "donnees"
    path = data / "reseau.sqlite3"
    db = open_database(path)
    with db.uow() as s:
        trainer = m.Trainer(first_name="Inès", last_name="Lefèvre", email=EMAIL)
        s.add(trainer)
        s.flush()
        trainer_id = trainer.id
    db.close()
    base = ["--data-dir", str(data)]
    assert main([*base, "backup"]) == 0
    (copy,) = list_backups(data / "backups")
    erase = ["personal-data", "--erase", trainer_id, "--reason", "demande du 20/11"]
    assert main([*base, *erase]) == 0
    capsys.readouterr()

    assert main([*base, "restore"]) == 0

    out = capsys.readouterr().out
    assert f"restaurée depuis « {copy.path.name} »" in out
    assert "Effacements de données personnelles appliqués à nouveau : 1." in out
    db = open_database(path)
    try:
        with db.reader() as s:
            erased = s.get(m.Trainer, trainer_id)
            assert erased is not None and (erased.first_name, erased.email) == ("Formateur", None)
            assert [r.reason for r in s.query(m.ErasureLog)] == ["demande du 20/11"]
        with db.engine.connect() as conn:
            conn.exec_driver_sql("PRAGMA wal_checkpoint(TRUNCATE)")
    finally:
        db.close()
    kept = [i for i in list_backups(data / "backups") if i.reason == "pre-restore"]
    assert len(kept) == 1
    for erased_file in (path, kept[0].path):
        assert EMAIL.encode() not in erased_file.read_bytes()
    assert EMAIL.encode() in copy.path.read_bytes()
