"""The visitor survey's anonymous responses (issue 18).

``survey_response`` keeps one row per response: its id, the survey version, the language the
visitor chose, the local date (no time: a response must not be linkable to a visit) and the
answers as the JSON object the op carries (question code -> choice code or null). One row
with a JSON column rather than a row per answer: a response is written once, never changed,
and sent as one op; the desk only counts answers (``json_each``), and a survey version with
other questions needs no migration. ``op_id`` names the outbox op written with it.

Revision ID: 0008
Revises: 0007
Create Date: 2026-12-03
"""

import sqlalchemy as sa
from alembic import op

revision = "0008"
down_revision = "0007"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table(
        "survey_response",
        sa.Column("id", sa.String(), nullable=False),
        sa.Column("survey_version", sa.Integer(), nullable=False),
        sa.Column("language", sa.String(), nullable=False),
        sa.Column("day", sa.String(), nullable=False),
        sa.Column("answers", sa.String(), nullable=False),
        sa.Column("op_id", sa.String(), nullable=False),
        sa.PrimaryKeyConstraint("id"),
    )
    op.create_index("survey_response_day", "survey_response", ["day"])


def downgrade() -> None:
    op.drop_index("survey_response_day", table_name="survey_response")
    op.drop_table("survey_response")
