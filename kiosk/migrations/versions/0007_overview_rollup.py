"""The Overzicht's rollup: counted visits per local day and month, desk, figure and code.

``overview_day`` is derived from the append-only ``visit``, ``question`` and ``visit_void``
tables (:mod:`kiosk.overview.rollup`), ``overview_month`` from ``overview_day``: the Overzicht
sums a period's months and days instead of counting a year of visits. ``overview_state`` says
how far it has read (the highest ``rowid`` of visits and voids counted) and whether it must be
made again from scratch; it starts so, and the first figures asked build it. Nothing is added
to the save path: a save only appends rows, which the next catch-up finds above the marks. The
triggers catch what appending cannot explain (a row changed or deleted, as the demo wipe does)
and ask for a rebuild.

Revision ID: 0007
Revises: 0006
Create Date: 2026-12-03
"""

import sqlalchemy as sa
from alembic import op

revision = "0007"
down_revision = "0006"
branch_labels = None
depends_on = None

_WATCHED = ("visit", "question", "visit_void")


def upgrade() -> None:
    op.create_table(
        "overview_day",
        sa.Column("day", sa.String(), nullable=False),
        sa.Column("desk_id", sa.String(), nullable=False),
        sa.Column("dim", sa.String(), nullable=False),
        sa.Column("code", sa.String(), nullable=False),
        sa.Column("count", sa.Integer(), nullable=False),
        sa.PrimaryKeyConstraint("day", "desk_id", "dim", "code"),
        sqlite_with_rowid=False,
    )
    op.create_table(
        "overview_month",
        sa.Column("month", sa.String(), nullable=False),
        sa.Column("desk_id", sa.String(), nullable=False),
        sa.Column("dim", sa.String(), nullable=False),
        sa.Column("code", sa.String(), nullable=False),
        sa.Column("count", sa.Integer(), nullable=False),
        sa.PrimaryKeyConstraint("month", "desk_id", "dim", "code"),
        sqlite_with_rowid=False,
    )
    op.create_table(
        "overview_state",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("visit_mark", sa.Integer(), nullable=False),
        sa.Column("void_mark", sa.Integer(), nullable=False),
        sa.Column("rebuild", sa.Integer(), nullable=False),
        sa.CheckConstraint("id = 1", name="overview_state_single_row"),
        sa.PrimaryKeyConstraint("id"),
    )
    op.execute(
        "INSERT INTO overview_state (id, visit_mark, void_mark, rebuild) VALUES (1, 0, 0, 1)"
    )
    for table in _WATCHED:
        for event in ("UPDATE", "DELETE"):
            op.execute(
                f"CREATE TRIGGER overview_{table}_{event.lower()} AFTER {event} ON {table} "
                "BEGIN UPDATE overview_state SET rebuild = rebuild + 1; END"
            )


def downgrade() -> None:
    for table in _WATCHED:
        for event in ("update", "delete"):
            op.execute(f"DROP TRIGGER IF EXISTS overview_{table}_{event}")
    op.drop_table("overview_state")
    op.drop_table("overview_month")
    op.drop_table("overview_day")
