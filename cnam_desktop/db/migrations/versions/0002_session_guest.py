"""session guests: offerings of other sites joining a distance or hybrid session

Revision ID: 0002_session_guest
Revises: 0001_initial
Create Date: 2026-11-26 08:01:54.467863
"""

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = "0002_session_guest"
down_revision: str | None = "0001_initial"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:

    op.create_table(
        "session_guest",
        sa.Column("session_id", sa.String(length=36), nullable=False),
        sa.Column("offering_id", sa.String(length=36), nullable=False),
        sa.Column("id", sa.String(length=36), nullable=False),
        sa.Column("created_at", sa.DateTime(), nullable=False),
        sa.Column("updated_at", sa.DateTime(), nullable=False),
        sa.Column("deleted_at", sa.DateTime(), nullable=True),
        sa.ForeignKeyConstraint(
            ["offering_id"], ["offering.id"], name=op.f("fk_session_guest_offering_id_offering")
        ),
        sa.ForeignKeyConstraint(
            ["session_id"], ["session.id"], name=op.f("fk_session_guest_session_id_session")
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_session_guest")),
        sa.UniqueConstraint(
            "session_id", "offering_id", name=op.f("uq_session_guest_session_id_offering_id")
        ),
    )
    with op.batch_alter_table("session_guest", schema=None) as batch_op:
        batch_op.create_index(
            batch_op.f("ix_session_guest_offering_id"), ["offering_id"], unique=False
        )
        batch_op.create_index(
            batch_op.f("ix_session_guest_session_id"), ["session_id"], unique=False
        )
        batch_op.create_index(
            batch_op.f("ix_session_guest_updated_at"), ["updated_at"], unique=False
        )


def downgrade() -> None:

    with op.batch_alter_table("session_guest", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_session_guest_updated_at"))
        batch_op.drop_index(batch_op.f("ix_session_guest_session_id"))
        batch_op.drop_index(batch_op.f("ix_session_guest_offering_id"))

    op.drop_table("session_guest")
