"""A migration that fails halfway leaves the file exactly as it was (or puts it back)."""

from __future__ import annotations

import shutil
import sqlite3
from pathlib import Path

import pytest

from cnam_desktop.db import migrate, schema
from cnam_desktop.db.engine import make_engine
from cnam_desktop.errors import MigrationFailedError
from cnam_desktop.services.backups import list_backups

FAILING_REVISION = '''
"""a revision that fails halfway (test)"""
import sqlalchemy as sa
from alembic import op

revision = "9999_boom"
down_revision = "{head}"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table("boom", sa.Column("id", sa.Integer, primary_key=True))
    op.execute("UPDATE site SET name = 'abîmé'")
    op.execute("DELETE FROM session_guest")
    if {escape}:  # as a script that commits on its own would do: outside the transaction
        bind = op.get_bind()
        bind.exec_driver_sql("COMMIT")
        bind.exec_driver_sql("BEGIN")
    raise RuntimeError("panne simulée au milieu de la migration")


def downgrade() -> None:
    pass
'''


def _inject(tmp_path: Path, monkeypatch: pytest.MonkeyPatch, *, escape: bool) -> None:
    scripts = tmp_path / "migrations"
    shutil.copytree(migrate.MIGRATIONS_DIR, scripts, ignore=shutil.ignore_patterns("__pycache__"))
    text = FAILING_REVISION.format(head=schema.HEAD_REVISION, escape=escape)
    (scripts / "versions" / "9999_boom.py").write_text(text, encoding="utf-8")
    monkeypatch.setattr(migrate, "MIGRATIONS_DIR", scripts)


def _state(path: Path) -> dict[str, object]:
    conn = sqlite3.connect(path)
    try:
        return {
            "revision": conn.execute("SELECT version_num FROM alembic_version").fetchall(),
            "sites": conn.execute("SELECT id, name FROM site ORDER BY id").fetchall(),
            "guests": conn.execute("SELECT count(*) FROM session_guest").fetchone()[0],
            "tables": conn.execute(
                "SELECT name FROM sqlite_master WHERE type='table' ORDER BY name"
            ).fetchall(),
            "fk": conn.execute("PRAGMA foreign_key_check").fetchall(),
            "integrity": conn.execute("PRAGMA integrity_check").fetchall(),
        }
    finally:
        conn.close()


@pytest.mark.parametrize("escape", [False, True], ids=["rolled-back", "restored-from-copy"])
def test_failing_migration_leaves_the_file_as_it_was(
    demo_db_path: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch, escape: bool
) -> None:
    _inject(tmp_path, monkeypatch, escape=escape)
    before = _state(demo_db_path)
    assert before["guests"] and before["sites"]
    backups = tmp_path / "copies"

    engine = make_engine(demo_db_path)
    with pytest.raises(MigrationFailedError) as caught:
        migrate.upgrade(engine, demo_db_path, existing=True, backup_dir=backups)
    engine.dispose()

    after = _state(demo_db_path)
    assert after == before
    assert after["fk"] == [] and after["integrity"] == [("ok",)]
    assert ("boom",) not in after["tables"]  # type: ignore[operator]
    copies = list_backups(backups)
    assert [c.reason for c in copies] == ["pre-migration"]
    message = caught.value.message
    assert "a échoué" in message and str(copies[0].path) in message
    if escape:
        assert "restaurée depuis la copie" in message
    else:
        assert "restée telle qu'elle était" in message
