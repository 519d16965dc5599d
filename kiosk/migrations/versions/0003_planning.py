"""Belastinghulp planning: seasons, partners, helpers, templates, closures, slots, bookings
and the waiting list (``docs/belastinghulp.md`` §1).

New tables only; nothing existing changes.

Revision ID: 0003
Revises: 0002
Create Date: 2026-12-01
"""

import sqlalchemy as sa
from alembic import op

revision = "0003"
down_revision = "0002"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table(
        "plan_booking",
        sa.Column("id", sa.String(), nullable=False),
        sa.Column("slot_id", sa.String(), nullable=False),
        sa.Column("name", sa.String(), nullable=True),
        sa.Column("phone", sa.String(), nullable=True),
        sa.Column("email", sa.String(), nullable=True),
        sa.Column("purpose", sa.String(), nullable=False),
        sa.Column("checklist", sa.String(), nullable=False),
        sa.Column("remark", sa.String(), nullable=True),
        sa.Column("status", sa.String(), nullable=False),
        sa.Column("walk_in", sa.Boolean(), nullable=False),
        sa.Column("overbook_reason", sa.String(), nullable=True),
        sa.Column("created_at", sa.String(), nullable=False),
        sa.Column("cancelled_at", sa.String(), nullable=True),
        sa.Column("cancelled_by", sa.String(), nullable=True),
        sa.Column("cancel_reason", sa.String(), nullable=True),
        sa.Column("purged_at", sa.String(), nullable=True),
        sa.Column("version", sa.Integer(), nullable=False),
        sa.Column("sync", sa.String(), nullable=False),
        sa.Column("conflict_code", sa.String(), nullable=True),
        sa.CheckConstraint(
            "status IN ('booked','cancelled','attended','no_show')", name="plan_booking_status"
        ),
        sa.CheckConstraint(
            "sync IN ('provisional','confirmed','conflict')", name="plan_booking_sync"
        ),
        sa.PrimaryKeyConstraint("id"),
    )
    op.create_index("plan_booking_slot", "plan_booking", ["slot_id"], unique=False)
    op.create_index("plan_booking_sync", "plan_booking", ["sync"], unique=False)
    op.create_table(
        "plan_closure",
        sa.Column("id", sa.String(), nullable=False),
        sa.Column("season_id", sa.String(), nullable=False),
        sa.Column("day", sa.String(), nullable=False),
        sa.Column("reason", sa.String(), nullable=False),
        sa.Column("version", sa.Integer(), nullable=False),
        sa.Column("deleted", sa.Boolean(), nullable=False),
        sa.PrimaryKeyConstraint("id"),
    )
    op.create_index("plan_closure_season_day", "plan_closure", ["season_id", "day"], unique=False)
    op.create_table(
        "plan_helper",
        sa.Column("id", sa.String(), nullable=False),
        sa.Column("name", sa.String(), nullable=False),
        sa.Column("partner_id", sa.String(), nullable=True),
        sa.Column("topics", sa.String(), nullable=False),
        sa.Column("active", sa.Boolean(), nullable=False),
        sa.Column("version", sa.Integer(), nullable=False),
        sa.Column("deleted", sa.Boolean(), nullable=False),
        sa.PrimaryKeyConstraint("id"),
    )
    op.create_index("ix_plan_helper_partner_id", "plan_helper", ["partner_id"], unique=False)
    op.create_table(
        "plan_partner",
        sa.Column("id", sa.String(), nullable=False),
        sa.Column("name", sa.String(), nullable=False),
        sa.Column("version", sa.Integer(), nullable=False),
        sa.Column("deleted", sa.Boolean(), nullable=False),
        sa.PrimaryKeyConstraint("id"),
    )
    op.create_table(
        "plan_season",
        sa.Column("id", sa.String(), nullable=False),
        sa.Column("name", sa.String(), nullable=False),
        sa.Column("starts_on", sa.String(), nullable=False),
        sa.Column("ends_on", sa.String(), nullable=False),
        sa.Column("version", sa.Integer(), nullable=False),
        sa.Column("deleted", sa.Boolean(), nullable=False),
        sa.CheckConstraint("starts_on <= ends_on", name="plan_season_order"),
        sa.PrimaryKeyConstraint("id"),
    )
    op.create_table(
        "plan_slot",
        sa.Column("id", sa.String(), nullable=False),
        sa.Column("season_id", sa.String(), nullable=False),
        sa.Column("helper_id", sa.String(), nullable=False),
        sa.Column("day", sa.String(), nullable=False),
        sa.Column("starts", sa.String(), nullable=False),
        sa.Column("ends", sa.String(), nullable=False),
        sa.Column("capacity", sa.Integer(), nullable=False),
        sa.Column("closed", sa.Boolean(), nullable=False),
        sa.Column("template_id", sa.String(), nullable=True),
        sa.Column("version", sa.Integer(), nullable=False),
        sa.Column("sync", sa.String(), nullable=False),
        sa.CheckConstraint("sync IN ('provisional','confirmed','conflict')", name="plan_slot_sync"),
        sa.CheckConstraint("capacity >= 0", name="plan_slot_capacity"),
        sa.PrimaryKeyConstraint("id"),
    )
    op.create_index("plan_slot_day_helper", "plan_slot", ["day", "helper_id"], unique=False)
    op.create_index(
        "plan_slot_season_day", "plan_slot", ["season_id", "day", "starts"], unique=False
    )
    op.create_table(
        "plan_template",
        sa.Column("id", sa.String(), nullable=False),
        sa.Column("season_id", sa.String(), nullable=False),
        sa.Column("helper_id", sa.String(), nullable=False),
        sa.Column("weekday", sa.Integer(), nullable=False),
        sa.Column("starts", sa.String(), nullable=False),
        sa.Column("ends", sa.String(), nullable=False),
        sa.Column("slot_minutes", sa.Integer(), nullable=False),
        sa.Column("capacity", sa.Integer(), nullable=False),
        sa.Column("valid_from", sa.String(), nullable=True),
        sa.Column("valid_to", sa.String(), nullable=True),
        sa.Column("version", sa.Integer(), nullable=False),
        sa.Column("deleted", sa.Boolean(), nullable=False),
        sa.CheckConstraint("capacity >= 0", name="plan_template_capacity"),
        sa.CheckConstraint("slot_minutes > 0", name="plan_template_minutes"),
        sa.CheckConstraint("starts < ends", name="plan_template_order"),
        sa.CheckConstraint("weekday BETWEEN 1 AND 7", name="plan_template_weekday"),
        sa.PrimaryKeyConstraint("id"),
    )
    op.create_index(
        "plan_template_season", "plan_template", ["season_id", "helper_id"], unique=False
    )
    op.create_table(
        "plan_waiting",
        sa.Column("id", sa.String(), nullable=False),
        sa.Column("season_id", sa.String(), nullable=False),
        sa.Column("name", sa.String(), nullable=True),
        sa.Column("phone", sa.String(), nullable=True),
        sa.Column("email", sa.String(), nullable=True),
        sa.Column("purpose", sa.String(), nullable=False),
        sa.Column("remark", sa.String(), nullable=True),
        sa.Column("position", sa.Integer(), nullable=False),
        sa.Column("created_at", sa.String(), nullable=False),
        sa.Column("offered_slot_id", sa.String(), nullable=True),
        sa.Column("done", sa.String(), nullable=True),
        sa.Column("purged_at", sa.String(), nullable=True),
        sa.Column("version", sa.Integer(), nullable=False),
        sa.Column("deleted", sa.Boolean(), nullable=False),
        sa.CheckConstraint(
            "done IS NULL OR done IN ('booked','removed')", name="plan_waiting_done"
        ),
        sa.PrimaryKeyConstraint("id"),
    )
    op.create_index("plan_waiting_season", "plan_waiting", ["season_id", "position"], unique=False)
