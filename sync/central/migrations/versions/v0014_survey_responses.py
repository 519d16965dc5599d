"""The visitor survey's anonymous responses (issue 18), one row per answer for the figures.

``survey_response`` keeps one row per ``survey.answered`` op stored
(``sync/central/surveys.py``): a random id the server makes, the branch of the device that
sent it, the survey version, the language and the local date. No time of day, no visit, no
desk user, no receipt time, and neither the op's id nor the desk's id of the response: nothing
links a row to the op's own bookkeeping in ``applied_op`` (its ``local_seq``, its receipt).
``survey_answer`` holds the answered questions (a skipped one has no row), so the dashboard
counts a question's answers with a plain GROUP BY on SQLite and PostgreSQL alike. Rows are
never updated or deleted.

Revision ID: 0014
Revises: 0013
Create Date: 2026-12-03
"""

import sqlalchemy as sa
from alembic import op

revision = "0014"
down_revision = "0013"
branch_labels = None
depends_on = None


def upgrade() -> None:
    """Apply this revision."""
    op.create_table(
        "survey_response",
        sa.Column("id", sa.String(length=36), nullable=False),
        sa.Column("branch_id", sa.String(length=64), nullable=False),
        sa.Column("survey_version", sa.Integer(), nullable=False),
        sa.Column("language", sa.String(length=8), nullable=False),
        sa.Column("day", sa.Date(), nullable=False),
        sa.ForeignKeyConstraint(
            ["branch_id"], ["branch.id"], name=op.f("fk_survey_response_branch_id_branch")
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_survey_response")),
    )
    op.create_index(
        "ix_survey_response_branch_day", "survey_response", ["branch_id", "day"], unique=False
    )
    op.create_table(
        "survey_answer",
        sa.Column("response_id", sa.String(length=36), nullable=False),
        sa.Column("question", sa.String(length=64), nullable=False),
        sa.Column("choice", sa.String(length=64), nullable=False),
        sa.ForeignKeyConstraint(
            ["response_id"],
            ["survey_response.id"],
            name=op.f("fk_survey_answer_response_id_survey_response"),
        ),
        sa.PrimaryKeyConstraint("response_id", "question", name=op.f("pk_survey_answer")),
    )


def downgrade() -> None:
    """Revert this revision."""
    op.drop_table("survey_answer")
    op.drop_index("ix_survey_response_branch_day", table_name="survey_response")
    op.drop_table("survey_response")
