"""erasure log: who was erased on request, never their data

Revision ID: 0003_erasure_log
Revises: 0002_session_guest
Create Date: 2026-11-26 11:52:27
"""

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = "0003_erasure_log"
down_revision: str | None = "0002_session_guest"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    op.create_table(
        "erasure_log",
        sa.Column("kind", sa.String(length=32), nullable=False),
        sa.Column("subject_id", sa.String(length=36), nullable=False),
        sa.Column("erased_at", sa.DateTime(), nullable=False),
        sa.Column("reason", sa.String(length=500), nullable=False),
        sa.Column("id", sa.String(length=36), nullable=False),
        sa.Column("created_at", sa.DateTime(), nullable=False),
        sa.Column("updated_at", sa.DateTime(), nullable=False),
        sa.Column("deleted_at", sa.DateTime(), nullable=True),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_erasure_log")),
    )
    with op.batch_alter_table("erasure_log", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_erasure_log_subject_id"), ["subject_id"], unique=False)
        batch_op.create_index(batch_op.f("ix_erasure_log_updated_at"), ["updated_at"], unique=False)


def downgrade() -> None:
    with op.batch_alter_table("erasure_log", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_erasure_log_updated_at"))
        batch_op.drop_index(batch_op.f("ix_erasure_log_subject_id"))

    op.drop_table("erasure_log")
