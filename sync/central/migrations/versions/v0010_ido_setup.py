"""IDO set-ups: every version of every location's set-up, as its desk sent it.

``ido_setup`` keeps one row per ``location.setup`` op stored (``sync/central/locations.py``):
the location, the branch of the device that sent it, the version and the day it holds from,
and the set-up itself (name, form, inside or outside the library, hours as JSON, staffing as
JSON). Rows are never updated or deleted, so a figure for a past day uses the set-up of that
day. On SQLite and PostgreSQL alike.

Revision ID: 0010
Revises: 0009
Create Date: 2026-12-02
"""

import sqlalchemy as sa
from alembic import op

revision = "0010"
down_revision = "0009"
branch_labels = None
depends_on = None


def upgrade() -> None:
    """Apply this revision."""
    op.create_table(
        "ido_setup",
        sa.Column("op_id", sa.String(length=36), nullable=False),
        sa.Column("branch_id", sa.String(length=64), nullable=False),
        sa.Column("device_id", sa.String(length=36), nullable=False),
        sa.Column("location_id", sa.String(length=64), nullable=False),
        sa.Column("version", sa.Integer(), nullable=False),
        sa.Column("valid_from", sa.Date(), nullable=False),
        sa.Column("ido_name", sa.String(length=200), nullable=False),
        sa.Column("ido_form", sa.String(length=64), nullable=False),
        sa.Column("inside_library", sa.Boolean(), nullable=False),
        sa.Column("hours_kind", sa.String(length=16), nullable=False),
        sa.Column("hours", sa.Text(), nullable=False),
        sa.Column("staffing", sa.Text(), nullable=False),
        sa.Column("catalogue_version", sa.Integer(), nullable=False),
        sa.Column("received_at", sa.DateTime(timezone=True), nullable=False),
        sa.CheckConstraint(
            "hours_kind IN ('open','appointment')", name=op.f("ck_ido_setup_hours_kind")
        ),
        sa.ForeignKeyConstraint(
            ["branch_id"], ["branch.id"], name=op.f("fk_ido_setup_branch_id_branch")
        ),
        sa.PrimaryKeyConstraint("op_id", name=op.f("pk_ido_setup")),
        sa.UniqueConstraint("location_id", "version", name="uq_ido_setup_location_version"),
    )
    op.create_index("ix_ido_setup_branch_id", "ido_setup", ["branch_id"], unique=False)


def downgrade() -> None:
    """Revert this revision."""
    op.drop_index("ix_ido_setup_branch_id", table_name="ido_setup")
    op.drop_table("ido_setup")
