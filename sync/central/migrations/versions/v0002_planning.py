"""Belastinghulp planning: reference records, slots, bookings, conflicts, settings.

See ``docs/belastinghulp.md``; the rules live in ``sync/central/planning/``. On SQLite and
PostgreSQL alike (documents are ``jsonb`` on PostgreSQL, JSON text on SQLite).

Revision ID: 0002
Revises: 0001
Create Date: 2026-11-29
"""

from typing import Any

import sqlalchemy as sa
from alembic import op
from sqlalchemy.dialects import postgresql

revision = "0002"
down_revision = "0001"
branch_labels = None
depends_on = None


def _document() -> sa.types.TypeEngine[Any]:
    return sa.JSON().with_variant(postgresql.JSONB(), "postgresql")


def _branch_fk(table: str) -> sa.ForeignKeyConstraint:
    return sa.ForeignKeyConstraint(
        ["branch_id"], ["branch.id"], name=op.f(f"fk_{table}_branch_id_branch")
    )


def upgrade() -> None:
    """Apply this revision."""
    op.create_table(
        "plan_record",
        sa.Column("id", sa.String(length=64), nullable=False),
        sa.Column("branch_id", sa.String(length=64), nullable=False),
        sa.Column("record", sa.String(length=16), nullable=False),
        sa.Column("version", sa.Integer(), nullable=False),
        sa.Column("data", _document(), nullable=False),
        sa.Column("deleted", sa.Boolean(), server_default=sa.false(), nullable=False),
        sa.Column("updated_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("op_id", sa.String(length=36), nullable=False),
        sa.Column("purged_at", sa.DateTime(timezone=True), nullable=True),
        sa.CheckConstraint(
            "record IN ('season','partner','helper','template','closure','waiting')",
            name=op.f("ck_plan_record_record"),
        ),
        _branch_fk("plan_record"),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_plan_record")),
    )
    op.create_index(op.f("ix_plan_record_branch_id"), "plan_record", ["branch_id"], unique=False)

    op.create_table(
        "plan_setting",
        sa.Column("branch_id", sa.String(length=64), nullable=False),
        sa.Column("retention_days", sa.Integer(), nullable=False),
        _branch_fk("plan_setting"),
        sa.PrimaryKeyConstraint("branch_id", name=op.f("pk_plan_setting")),
    )

    op.create_table(
        "plan_slot",
        sa.Column("id", sa.String(length=64), nullable=False),
        sa.Column("branch_id", sa.String(length=64), nullable=False),
        sa.Column("season_id", sa.String(length=64), nullable=False),
        sa.Column("helper_id", sa.String(length=64), nullable=False),
        sa.Column("day", sa.Date(), nullable=False),
        sa.Column("starts", sa.String(length=5), nullable=False),
        sa.Column("ends", sa.String(length=5), nullable=False),
        sa.Column("capacity", sa.Integer(), nullable=False),
        sa.Column("closed", sa.Boolean(), server_default=sa.false(), nullable=False),
        sa.Column("template_id", sa.String(length=64), nullable=True),
        sa.Column("version", sa.Integer(), nullable=False),
        _branch_fk("plan_slot"),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_plan_slot")),
    )
    op.create_index("ix_plan_slot_branch_day", "plan_slot", ["branch_id", "day"], unique=False)

    op.create_table(
        "plan_booking",
        sa.Column("id", sa.String(length=64), nullable=False),
        sa.Column("branch_id", sa.String(length=64), nullable=False),
        sa.Column("slot_id", sa.String(length=64), nullable=False),
        sa.Column("name", sa.String(length=200), nullable=True),
        sa.Column("phone", sa.String(length=40), nullable=True),
        sa.Column("email", sa.String(length=254), nullable=True),
        sa.Column("purpose", _document(), nullable=False),
        sa.Column("checklist", _document(), nullable=False),
        sa.Column("remark", sa.Text(), nullable=True),
        sa.Column("status", sa.String(length=16), nullable=False),
        sa.Column("walk_in", sa.Boolean(), server_default=sa.false(), nullable=False),
        sa.Column("overbook_reason", sa.Text(), nullable=True),
        sa.Column("sync_state", sa.String(length=16), nullable=False),
        sa.Column("conflict_code", sa.String(length=64), nullable=True),
        sa.Column("created_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("cancelled_at", sa.DateTime(timezone=True), nullable=True),
        sa.Column("cancelled_by", sa.String(length=200), nullable=True),
        sa.Column("purged_at", sa.DateTime(timezone=True), nullable=True),
        sa.Column("version", sa.Integer(), nullable=False),
        sa.CheckConstraint(
            "status IN ('booked','cancelled','attended','no_show')",
            name=op.f("ck_plan_booking_status"),
        ),
        sa.CheckConstraint(
            "sync_state IN ('confirmed','conflict')", name=op.f("ck_plan_booking_sync_state")
        ),
        _branch_fk("plan_booking"),
        sa.ForeignKeyConstraint(
            ["slot_id"], ["plan_slot.id"], name=op.f("fk_plan_booking_slot_id_plan_slot")
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_plan_booking")),
    )
    op.create_index(op.f("ix_plan_booking_branch_id"), "plan_booking", ["branch_id"], unique=False)
    op.create_index(op.f("ix_plan_booking_slot_id"), "plan_booking", ["slot_id"], unique=False)

    op.create_table(
        "plan_conflict",
        sa.Column("id", sa.String(length=36), nullable=False),
        sa.Column("branch_id", sa.String(length=64), nullable=False),
        sa.Column("booking_id", sa.String(length=64), nullable=False),
        sa.Column("code", sa.String(length=64), nullable=False),
        sa.Column("op_id", sa.String(length=36), nullable=False),
        sa.Column("created_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("resolved_at", sa.DateTime(timezone=True), nullable=True),
        sa.Column("resolution", sa.String(length=16), nullable=True),
        sa.ForeignKeyConstraint(
            ["booking_id"],
            ["plan_booking.id"],
            name=op.f("fk_plan_conflict_booking_id_plan_booking"),
        ),
        _branch_fk("plan_conflict"),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_plan_conflict")),
    )
    op.create_index(
        op.f("ix_plan_conflict_booking_id"), "plan_conflict", ["booking_id"], unique=False
    )
    op.create_index(
        op.f("ix_plan_conflict_branch_id"), "plan_conflict", ["branch_id"], unique=False
    )
