"""Clock skew in BIGINT: a device clock far in the future must never make a batch fail.

``device.clock_skew_seconds`` and ``batch.skew_seconds`` were INTEGER, which holds some 68
years of seconds: a desk whose clock said 2095 or later made PostgreSQL refuse the batch with
an out-of-range error on every retry (SQLite's INTEGER is 64-bit and stored it). The protocol
promises that a skewed clock never causes a refusal, so both columns take BIGINT, which holds
any moment the envelope accepts.

On SQLite only the declared type changes (its integers were 64-bit all along); the table is
rebuilt in batch mode to record it. On PostgreSQL the change rewrites both tables once.

Revision ID: 0006
Revises: 0005
Create Date: 2026-12-02
"""

import sqlalchemy as sa
from alembic import op

revision = "0006"
down_revision = "0005"
branch_labels = None
depends_on = None

_COLUMNS = (("device", "clock_skew_seconds", True), ("batch", "skew_seconds", False))


def upgrade() -> None:
    """Apply this revision."""
    for table, column, nullable in _COLUMNS:
        with op.batch_alter_table(table) as batch_op:
            batch_op.alter_column(
                column,
                type_=sa.BigInteger(),
                existing_type=sa.Integer(),
                existing_nullable=nullable,
            )


def downgrade() -> None:
    """Revert this revision."""
    for table, column, nullable in _COLUMNS:
        with op.batch_alter_table(table) as batch_op:
            batch_op.alter_column(
                column,
                type_=sa.Integer(),
                existing_type=sa.BigInteger(),
                existing_nullable=nullable,
            )
