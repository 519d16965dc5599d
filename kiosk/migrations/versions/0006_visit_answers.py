"""The visit's answers the desk never queries in SQL, in one JSON column.

``visit.answers`` holds, as one JSON object by the contract's names, every answer of a visit
that has no column of its own (``kiosk.registration`` writes it, and merges it back when a
visit is repeated or corrected), so a new answer of the contract needs no column and no
migration of the desk's. Channel, duration and mode stay columns: the day list reads them and
the table checks the mode. Visits stored before hold NULL: they have no such answers.

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


def upgrade() -> None:
    # A plain ADD COLUMN (nullable): no need to rebuild the table, which others reference.
    op.add_column("visit", sa.Column("answers", sa.String(), nullable=True))


def downgrade() -> None:
    with op.batch_alter_table("visit", schema=None) as batch_op:
        batch_op.drop_column("answers")
