"""A survey response's op is written the day after, not with it (issue 18).

A response's ``survey.answered`` op written in the same transaction took the outbox number
right after the op of the visit just recorded, and the server keeps every op's number: on a
day with one response that linked the answers to the visit. From now on the desk stores the
response alone and writes its op at the first sync run of a later local day, the ops of all
held responses together in random order (:func:`kiosk.survey.service.release_responses`).

``released_on`` (the local date its op was written, NULL while held) marks what was
released, so each op is written exactly once. ``op_id`` goes: the response row no longer
names its op. Responses stored before were written with their op: they count as released on
their own day.

Revision ID: 0009
Revises: 0008
Create Date: 2026-12-03
"""

import sqlalchemy as sa
from alembic import op

revision = "0009"
down_revision = "0008"
branch_labels = None
depends_on = None


def upgrade() -> None:
    with op.batch_alter_table("survey_response", schema=None) as batch_op:
        batch_op.add_column(sa.Column("released_on", sa.String(), nullable=True))
        batch_op.drop_column("op_id")
    op.execute("UPDATE survey_response SET released_on = day")


def downgrade() -> None:
    # The op ids are not kept: op_id comes back empty (nothing read it but the tests).
    with op.batch_alter_table("survey_response", schema=None) as batch_op:
        batch_op.add_column(sa.Column("op_id", sa.String(), nullable=False, server_default=""))
        batch_op.drop_column("released_on")
