"""Usage claims: each background Response's usage counted once in the ledger (runtime/store/tables.py), and
the usage key on each usage event.

Revision ID: 0003
Revises: 0002
Create Date: 2025-07-01
"""

import sqlalchemy as sa
from alembic import op

revision = "0003"
down_revision = "0002"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table(
        "usage_claims",
        sa.Column("usage_key", sa.String(200), nullable=False),
        sa.Column("request_id", sa.String(64), nullable=False),
        sa.Column("key_id", sa.String(200), nullable=False),
        sa.Column("time", sa.Float(), nullable=False),
        sa.PrimaryKeyConstraint("usage_key", name="pk_usage_claims"),
    )
    op.create_index("ix_usage_claims_time", "usage_claims", ["time"])
    op.add_column("usage_events", sa.Column("usage_key", sa.String(200), nullable=True))


def downgrade() -> None:
    with op.batch_alter_table("usage_events") as batch:
        batch.drop_column("usage_key")
    op.drop_table("usage_claims")
