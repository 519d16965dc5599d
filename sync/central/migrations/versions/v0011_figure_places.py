"""Dashboard figures by code: the areas each branch is summed in, and their division.

Creates ``fig_place`` (per branch: its municipality and organisation codes as they were when
the row was written, and the names of the province, municipality and organisation areas its
figures are summed in) and gives ``fig_state`` a ``division`` column: the municipal division
the area sums were built for (``sync/central/figures/places.py``). It is NULL here, so the
first refresh after this migration fills ``fig_place`` and adds every area up again, now by
code (``province:PV27``, ``municipality:GM0363``, ``org:<code>``) instead of by the texts the
branches registered; the per-branch figures stay as they are. The area rows by text are
deleted here (all but the country's, which does not change), so no page reads them meanwhile.
On SQLite and PostgreSQL alike.

Revision ID: 0011
Revises: 0010
Create Date: 2026-12-02
"""

import sqlalchemy as sa
from alembic import op

revision = "0011"
down_revision = "0010"
branch_labels = None
depends_on = None

_AREAS = (
    "fig_visits_area",
    "fig_questions_area",
    "fig_help_area",
    "fig_referral_area",
    "fig_pairs_area",
    "fig_time_area",
    "fig_health_area",
)


def upgrade() -> None:
    """Apply this revision."""
    op.create_table(
        "fig_place",
        sa.Column("branch_id", sa.String(length=64), nullable=False),
        sa.Column("municipality_code", sa.String(length=6), nullable=True),
        sa.Column("organisation_code", sa.String(length=64), nullable=True),
        sa.Column("province", sa.String(length=250), nullable=True),
        sa.Column("municipality", sa.String(length=250), nullable=True),
        sa.Column("organisation", sa.String(length=250), nullable=True),
        sa.PrimaryKeyConstraint("branch_id", name=op.f("pk_fig_place")),
    )
    op.add_column("fig_state", sa.Column("division", sa.String(length=64), nullable=True))
    for name in _AREAS:
        op.execute(sa.text(f"DELETE FROM {name} WHERE area <> 'NL'"))


def downgrade() -> None:
    """Revert this revision: the areas by text come back with the next full rebuild."""
    with op.batch_alter_table("fig_state") as batch:
        batch.drop_column("division")
    op.drop_table("fig_place")
    op.execute(sa.text("UPDATE fig_state SET through = NULL"))
