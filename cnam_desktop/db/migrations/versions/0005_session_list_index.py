"""session list indexes: the live sessions in day order, and per offering

Revision ID: 0005_session_list_index
Revises: 0004_versions_and_sync
Create Date: 2026-11-26 23:40:00

The sessions list (up to 100,000 rows) reads its ids in day order from the first index
alone: period, order and the offering's liveness, without visiting the table
(`deleted_at` is among its columns so that SQLite sees the index cover the query).
The offerings list counts each offering's live sessions and finds its next one from
the second.
"""

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = "0005_session_list_index"
down_revision: str | None = "0004_versions_and_sync"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None

LIVE = sa.text("deleted_at IS NULL")


def upgrade() -> None:
    op.create_index(
        "ix_session_live_day",
        "session",
        ["day", "start_time", "id", "offering_id", "deleted_at"],
        unique=False,
        sqlite_where=LIVE,
        postgresql_where=LIVE,
    )
    op.create_index(
        "ix_session_offering_live",
        "session",
        ["offering_id", "day", "status", "deleted_at"],
        unique=False,
        sqlite_where=LIVE,
        postgresql_where=LIVE,
    )


def downgrade() -> None:
    op.drop_index("ix_session_offering_live", table_name="session")
    op.drop_index("ix_session_live_day", table_name="session")
