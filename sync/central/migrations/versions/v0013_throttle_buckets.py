"""Rate limits shared by every server process: the token buckets in the database.

Creates ``throttle_bucket``: one row per limiter and key (a device's batches, a client
address's enrollments, a sign-in name or address), with the tokens it has left, the database
clock's time of its last request (seconds since the epoch) and whether that request was let
through. Several ``ido-central serve`` processes on one PostgreSQL take their tokens here with
one atomic statement each (:mod:`sync.central.shared_limits`), so a device that spreads its
requests over them is limited as one. On PostgreSQL the table is UNLOGGED: no write-ahead log
for a row that changes on every request; after a crash it comes back empty, which only gives
every key a full bucket. SQLite (one process) creates it too, so both backends have the same
tables, but keeps its buckets in memory.

Revision ID: 0013
Revises: 0012
Create Date: 2026-12-03
"""

import sqlalchemy as sa
from alembic import op

revision = "0013"
down_revision = "0012"
branch_labels = None
depends_on = None


def upgrade() -> None:
    """Apply this revision."""
    postgres = op.get_bind().dialect.name == "postgresql"
    op.create_table(
        "throttle_bucket",
        sa.Column("limiter", sa.String(length=32), nullable=False),
        sa.Column("key", sa.Text(), nullable=False),
        sa.Column("tokens", sa.Double(), nullable=False),
        sa.Column("updated", sa.Double(), nullable=False),
        sa.Column("granted", sa.Boolean(), nullable=False),
        sa.PrimaryKeyConstraint("limiter", "key", name=op.f("pk_throttle_bucket")),
        prefixes=["UNLOGGED"] if postgres else [],
    )


def downgrade() -> None:
    """Revert this revision: the buckets are dropped (every key starts full again)."""
    op.drop_table("throttle_bucket")
