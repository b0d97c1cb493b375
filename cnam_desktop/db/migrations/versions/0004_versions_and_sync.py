"""versions and synchronisation: a version and author on every record, a laptop's
synchronisation bookkeeping (with the last exchanged state of what it changed since),
and on a shared base the transaction that wrote each row

Revision ID: 0004_versions_and_sync
Revises: 0003_erasure_log
Create Date: 2026-11-26 16:45:00

Every network table gets `version` (1 for the rows already there), `updated_by`,
`synced_version` (a laptop's) and `server_txid` (a shared base's). On PostgreSQL a
trigger stamps `server_txid` with the writing transaction's id on every insert and
update, whoever writes; a later revision that adds a network table must add it too
(`stamp_txid_on`).
"""

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = "0004_versions_and_sync"
down_revision: str | None = "0003_erasure_log"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None

NETWORK_TABLES = (
    "regional_centre",
    "site",
    "site_status_change",
    "sector",
    "sector_need",
    "partner",
    "site_partner",
    "premises",
    "room",
    "equipment_type",
    "equipment_item",
    "equipment_need",
    "course",
    "course_equipment",
    "trainer",
    "trainer_sector",
    "offering",
    "session",
    "session_guest",
    "closure",
    "erasure_log",
)

STAMP_FUNCTION = """
CREATE OR REPLACE FUNCTION cnam_stamp_txid() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    NEW.server_txid := pg_current_xact_id()::text::bigint;
    RETURN NEW;
END
$$
"""


def stamp_txid_on(table: str) -> None:
    op.execute(
        f'CREATE TRIGGER cnam_stamp_txid BEFORE INSERT OR UPDATE ON "{table}" '
        "FOR EACH ROW EXECUTE FUNCTION cnam_stamp_txid()"
    )


def upgrade() -> None:
    for table in NETWORK_TABLES:
        # Added columns only: SQLite's ALTER TABLE ADD COLUMN, no copy of the table.
        with op.batch_alter_table(table, schema=None) as batch_op:
            batch_op.add_column(
                sa.Column("version", sa.Integer(), server_default="1", nullable=False)
            )
            batch_op.add_column(sa.Column("updated_by", sa.String(length=120), nullable=True))
            batch_op.add_column(sa.Column("synced_version", sa.Integer(), nullable=True))
            batch_op.add_column(sa.Column("server_txid", sa.BigInteger(), nullable=True))

    op.create_table(
        "sync_peer",
        sa.Column("id", sa.String(length=36), nullable=False),
        sa.Column("server", sa.String(length=500), nullable=False),
        sa.Column("pull_mark", sa.BigInteger(), nullable=True),
        sa.Column("last_sync_at", sa.DateTime(), nullable=True),
        sa.Column("last_report", sa.Text(), nullable=True),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_sync_peer")),
        sa.UniqueConstraint("server", name=op.f("uq_sync_peer_server")),
    )
    op.create_table(
        "sync_conflict",
        sa.Column("id", sa.String(length=36), nullable=False),
        sa.Column("peer_id", sa.String(length=36), nullable=False),
        sa.Column("table_name", sa.String(length=64), nullable=False),
        sa.Column("record_id", sa.String(length=36), nullable=False),
        sa.Column("kind", sa.String(length=16), nullable=False),
        sa.Column("base_version", sa.Integer(), nullable=True),
        sa.Column("local_version", sa.Integer(), nullable=True),
        sa.Column("server_version", sa.Integer(), nullable=True),
        sa.Column("local_values", sa.Text(), nullable=True),
        sa.Column("server_values", sa.Text(), nullable=True),
        sa.Column("server_updated_by", sa.String(length=120), nullable=True),
        sa.Column("server_updated_at", sa.DateTime(), nullable=True),
        sa.Column("detail", sa.String(length=500), nullable=True),
        sa.Column("detected_at", sa.DateTime(), nullable=False),
        sa.ForeignKeyConstraint(
            ["peer_id"], ["sync_peer.id"], name=op.f("fk_sync_conflict_peer_id_sync_peer")
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_sync_conflict")),
        sa.UniqueConstraint(
            "peer_id",
            "table_name",
            "record_id",
            name=op.f("uq_sync_conflict_peer_id_table_name_record_id"),
        ),
    )
    with op.batch_alter_table("sync_conflict", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_sync_conflict_peer_id"), ["peer_id"], unique=False)

    op.create_table(
        "sync_base",
        sa.Column("table_name", sa.String(length=64), nullable=False),
        sa.Column("record_id", sa.String(length=36), nullable=False),
        sa.Column("version", sa.Integer(), nullable=False),
        sa.Column("values", sa.Text(), nullable=False),
        sa.PrimaryKeyConstraint("table_name", "record_id", name=op.f("pk_sync_base")),
    )

    if op.get_bind().dialect.name == "postgresql":
        op.execute(STAMP_FUNCTION)
        for table in NETWORK_TABLES:
            stamp_txid_on(table)


def downgrade() -> None:
    if op.get_bind().dialect.name == "postgresql":
        for table in NETWORK_TABLES:
            op.execute(f'DROP TRIGGER IF EXISTS cnam_stamp_txid ON "{table}"')
        op.execute("DROP FUNCTION IF EXISTS cnam_stamp_txid()")
    op.drop_table("sync_base")
    with op.batch_alter_table("sync_conflict", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_sync_conflict_peer_id"))
    op.drop_table("sync_conflict")
    op.drop_table("sync_peer")
    for table in reversed(NETWORK_TABLES):
        with op.batch_alter_table(table, schema=None) as batch_op:
            batch_op.drop_column("server_txid")
            batch_op.drop_column("synced_version")
            batch_op.drop_column("updated_by")
            batch_op.drop_column("version")
