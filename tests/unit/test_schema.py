"""The Alembic migrations and the models describe the same schema."""

import pytest
from alembic.autogenerate import compare_metadata
from alembic.migration import MigrationContext
from alembic.script import ScriptDirectory

from cnam_desktop.db import schema
from cnam_desktop.db.engine import Database
from cnam_desktop.db.migrate import alembic_config
from cnam_desktop.db.models import Base


@pytest.mark.backends  # SQLite and PostgreSQL (tests/conftest.py)
def test_migrations_produce_the_models_schema(db: Database) -> None:
    with db.engine.connect() as conn:  # `db` was built by running the migrations
        context = MigrationContext.configure(conn, opts={"compare_type": True})
        diff = compare_metadata(context, Base.metadata)
    assert diff == []


def test_known_revisions_match_the_scripts() -> None:
    scripts = ScriptDirectory.from_config(alembic_config())
    chain = [rev.revision for rev in scripts.walk_revisions()]  # head first
    assert list(reversed(chain)) == list(schema.KNOWN_REVISIONS)
    assert scripts.get_current_head() == schema.HEAD_REVISION
