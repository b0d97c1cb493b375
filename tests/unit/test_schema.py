"""The Alembic migrations and the models describe the same schema."""

from pathlib import Path

from alembic.autogenerate import compare_metadata
from alembic.migration import MigrationContext
from alembic.script import ScriptDirectory

from cnam_desktop.db import schema
from cnam_desktop.db.engine import open_database
from cnam_desktop.db.migrate import alembic_config
from cnam_desktop.db.models import Base


def test_migrations_produce_the_models_schema(tmp_path: Path) -> None:
    db = open_database(tmp_path / "migrated.sqlite3")  # built by running the migrations
    try:
        with db.engine.connect() as conn:
            context = MigrationContext.configure(conn, opts={"compare_type": True})
            diff = compare_metadata(context, Base.metadata)
    finally:
        db.close()
    assert diff == []


def test_known_revisions_match_the_scripts() -> None:
    scripts = ScriptDirectory.from_config(alembic_config())
    chain = [rev.revision for rev in scripts.walk_revisions()]  # head first
    assert list(reversed(chain)) == list(schema.KNOWN_REVISIONS)
    assert scripts.get_current_head() == schema.HEAD_REVISION
