"""Records the desk could not apply, and outbox operations redacted before they were sent.

``pull_set_aside`` keeps one row per record the server's change feed sent that this desk could
not apply (a shape it does not know, a value its tables refuse): the pull goes on past it and
the Synchronisatie screen and ``ido-kiosk status`` show it. Only the record's type, id, version
and what was wrong are kept, never its data (a booking holds contact details).

``outbox.redacted`` marks an operation whose contact details the retention purge removed
before the server acknowledged it; the push says so on the wire (``docs/sync-v1.md``).

Revision ID: 0004
Revises: 0003
Create Date: 2026-12-02
"""

import sqlalchemy as sa
from alembic import op

revision = "0004"
down_revision = "0003"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table(
        "pull_set_aside",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("type", sa.String(), nullable=False),
        sa.Column("entity_id", sa.String(), nullable=False),
        sa.Column("version", sa.Integer(), nullable=True),
        sa.Column("code", sa.String(), nullable=False),
        sa.Column("detail", sa.String(), nullable=False),
        sa.Column("received_at", sa.String(), nullable=False),
        sa.PrimaryKeyConstraint("id"),
    )
    with op.batch_alter_table("pull_set_aside", schema=None) as batch_op:
        batch_op.create_index("pull_set_aside_record", ["type", "entity_id"], unique=True)
    # A plain ADD COLUMN: batch mode would rebuild the table and lose its AUTOINCREMENT.
    op.add_column(
        "outbox", sa.Column("redacted", sa.Boolean(), nullable=False, server_default=sa.false())
    )


def downgrade() -> None:
    with op.batch_alter_table("outbox", schema=None) as batch_op:
        batch_op.drop_column("redacted")
    op.drop_table("pull_set_aside")
