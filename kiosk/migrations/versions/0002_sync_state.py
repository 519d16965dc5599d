"""Sync state: the single row the sync client keeps between runs.

The outbox already has every column the client needs (state, attempts, batch_id, result_*),
so it stays as it is.

Revision ID: 0002
Revises: 0001
Create Date: 2026-11-28
"""

import sqlalchemy as sa
from alembic import op

revision = "0002"
down_revision = "0001"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table(
        "sync_state",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("device_id", sa.String(), nullable=True),
        sa.Column("device_name", sa.String(), nullable=True),
        sa.Column("branch_id", sa.String(), nullable=True),
        sa.Column("branch_name", sa.String(), nullable=True),
        sa.Column("server_url", sa.String(), nullable=True),
        sa.Column("enrolled_at", sa.String(), nullable=True),
        sa.Column("pull_cursor", sa.String(), nullable=True),
        sa.Column("write_checkpoint", sa.Integer(), nullable=True),
        sa.Column("backoff_attempt", sa.Integer(), nullable=False),
        sa.Column("not_before", sa.String(), nullable=True),
        sa.Column("retry_after_until", sa.String(), nullable=True),
        sa.Column("last_attempt_at", sa.String(), nullable=True),
        sa.Column("last_success_at", sa.String(), nullable=True),
        sa.Column("last_error", sa.String(), nullable=True),
        sa.Column("last_server_time", sa.String(), nullable=True),
        sa.Column("last_skew_seconds", sa.Integer(), nullable=True),
        sa.Column("clock_flag", sa.String(), nullable=True),
        sa.Column("paused_reason", sa.String(), nullable=True),
        sa.CheckConstraint("id = 1", name="sync_state_single_row"),
        sa.PrimaryKeyConstraint("id"),
    )
