"""Initial schema of the central database.

Branches, devices, enrollment codes, applied ops, visits, questions, dead letters, batches, the
change feed and the server state; on SQLite and PostgreSQL alike.

Revision ID: 0001
Revises: (none)
Create Date: 2026-11-28
"""

import secrets
from datetime import UTC, datetime

import sqlalchemy as sa
from alembic import op

revision = "0001"
down_revision = None
branch_labels = None
depends_on = None


def upgrade() -> None:
    """Apply this revision."""
    op.create_table(
        "batch",
        sa.Column("batch_id", sa.String(length=36), nullable=False),
        sa.Column("device_id", sa.String(length=36), nullable=False),
        sa.Column("body_sha256", sa.String(length=64), nullable=False),
        sa.Column("op_count", sa.Integer(), nullable=False),
        sa.Column("skew_seconds", sa.Integer(), nullable=False),
        sa.Column("response", sa.Text(), nullable=False),
        sa.Column("created_at", sa.DateTime(timezone=True), nullable=False),
        sa.PrimaryKeyConstraint("batch_id", name=op.f("pk_batch")),
    )
    op.create_index(op.f("ix_batch_device_id"), "batch", ["device_id"], unique=False)

    op.create_table(
        "branch",
        sa.Column("id", sa.String(length=64), nullable=False),
        sa.Column("name", sa.String(length=200), nullable=False),
        sa.Column("organisation", sa.String(length=200), nullable=False),
        sa.Column("municipality", sa.String(length=200), nullable=False),
        sa.Column("province", sa.String(length=100), nullable=False),
        sa.Column("last_seq", sa.BigInteger(), server_default="0", nullable=False),
        sa.Column("created_at", sa.DateTime(timezone=True), nullable=False),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_branch")),
    )
    op.create_table(
        "change",
        sa.Column("change_seq", sa.BigInteger(), autoincrement=False, nullable=False),
        sa.Column("branch_id", sa.String(length=64), nullable=True),
        sa.Column("type", sa.String(length=32), nullable=False),
        sa.Column("entity_id", sa.String(length=64), nullable=False),
        sa.Column("version", sa.Integer(), nullable=False),
        sa.Column("deleted", sa.Boolean(), server_default=sa.false(), nullable=False),
        sa.Column("data", sa.Text(), nullable=False),
        sa.Column("created_at", sa.DateTime(timezone=True), nullable=False),
        sa.PrimaryKeyConstraint("change_seq", name=op.f("pk_change")),
        sa.UniqueConstraint("type", "entity_id", "version", name="uq_change_entity_version"),
    )
    op.create_index(op.f("ix_change_branch_id"), "change", ["branch_id"], unique=False)

    op.create_table(
        "rejection",
        sa.Column(
            "id",
            sa.BigInteger().with_variant(sa.Integer(), "sqlite"),
            autoincrement=True,
            nullable=False,
        ),
        sa.Column("op_id", sa.String(length=36), nullable=False),
        sa.Column("device_id", sa.String(length=36), nullable=False),
        sa.Column("branch_id", sa.String(length=64), nullable=False),
        sa.Column("batch_id", sa.String(length=36), nullable=False),
        sa.Column("status", sa.String(length=16), nullable=False),
        sa.Column("code", sa.String(length=64), nullable=False),
        sa.Column("errors", sa.Text(), nullable=True),
        sa.Column("payload", sa.Text(), nullable=False),
        sa.Column("received_at", sa.DateTime(timezone=True), nullable=False),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_rejection")),
    )
    op.create_index(op.f("ix_rejection_branch_id"), "rejection", ["branch_id"], unique=False)
    op.create_index(op.f("ix_rejection_op_id"), "rejection", ["op_id"], unique=False)

    op.create_table(
        "server_state",
        sa.Column("id", sa.Integer(), autoincrement=False, nullable=False),
        sa.Column("epoch", sa.BigInteger(), nullable=False),
        sa.Column("change_seq", sa.BigInteger(), server_default="0", nullable=False),
        sa.Column("created_at", sa.DateTime(timezone=True), nullable=False),
        sa.CheckConstraint("id = 1", name=op.f("ck_server_state_single_row")),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_server_state")),
    )
    op.create_table(
        "device",
        sa.Column("id", sa.String(length=36), nullable=False),
        sa.Column("branch_id", sa.String(length=64), nullable=False),
        sa.Column("name", sa.String(length=200), nullable=False),
        sa.Column("kind", sa.String(length=16), nullable=False),
        sa.Column("token_hash", sa.String(length=64), nullable=False),
        sa.Column("previous_token_hash", sa.String(length=64), nullable=True),
        sa.Column("previous_valid_until", sa.DateTime(timezone=True), nullable=True),
        sa.Column("created_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("last_seen_at", sa.DateTime(timezone=True), nullable=True),
        sa.Column("last_batch_at", sa.DateTime(timezone=True), nullable=True),
        sa.Column("revoked_at", sa.DateTime(timezone=True), nullable=True),
        sa.Column("clock_skew_seconds", sa.Integer(), nullable=True),
        sa.Column("clock_flag", sa.String(length=32), nullable=True),
        sa.Column("max_contiguous_local_seq", sa.BigInteger(), server_default="0", nullable=False),
        sa.CheckConstraint("kind IN ('counter','walking')", name=op.f("ck_device_kind")),
        sa.ForeignKeyConstraint(
            ["branch_id"], ["branch.id"], name=op.f("fk_device_branch_id_branch")
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_device")),
        sa.UniqueConstraint("token_hash", name=op.f("uq_device_token_hash")),
    )
    op.create_index(op.f("ix_device_branch_id"), "device", ["branch_id"], unique=False)
    op.create_index(
        op.f("ix_device_previous_token_hash"), "device", ["previous_token_hash"], unique=False
    )

    op.create_table(
        "enrollment_code",
        sa.Column("code_hash", sa.String(length=64), nullable=False),
        sa.Column("branch_id", sa.String(length=64), nullable=False),
        sa.Column("created_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("expires_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("used_at", sa.DateTime(timezone=True), nullable=True),
        sa.Column("device_id", sa.String(length=36), nullable=True),
        sa.ForeignKeyConstraint(
            ["branch_id"], ["branch.id"], name=op.f("fk_enrollment_code_branch_id_branch")
        ),
        sa.PrimaryKeyConstraint("code_hash", name=op.f("pk_enrollment_code")),
    )
    op.create_table(
        "applied_op",
        sa.Column("op_id", sa.String(length=36), nullable=False),
        sa.Column("device_id", sa.String(length=36), nullable=False),
        sa.Column("branch_id", sa.String(length=64), nullable=False),
        sa.Column("local_seq", sa.BigInteger(), nullable=False),
        sa.Column("kind", sa.String(length=64), nullable=False),
        sa.Column("entity_id", sa.String(length=64), nullable=True),
        sa.Column("sha256", sa.String(length=64), nullable=False),
        sa.Column("status", sa.String(length=16), nullable=False),
        sa.Column("code", sa.String(length=64), nullable=True),
        sa.Column("errors", sa.Text(), nullable=True),
        sa.Column("server_seq", sa.BigInteger(), nullable=True),
        sa.Column("batch_id", sa.String(length=36), nullable=False),
        sa.Column("received_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("occurred_at_device", sa.DateTime(timezone=True), nullable=False),
        sa.Column("occurred_at_corrected", sa.DateTime(timezone=True), nullable=False),
        sa.CheckConstraint(
            "status IN ('accepted','rejected','conflict')", name=op.f("ck_applied_op_status")
        ),
        sa.ForeignKeyConstraint(
            ["device_id"], ["device.id"], name=op.f("fk_applied_op_device_id_device")
        ),
        sa.PrimaryKeyConstraint("op_id", name=op.f("pk_applied_op")),
        sa.UniqueConstraint("device_id", "local_seq", name="uq_applied_op_device_seq"),
    )
    op.create_index(op.f("ix_applied_op_entity_id"), "applied_op", ["entity_id"], unique=False)

    op.create_table(
        "visit",
        sa.Column("visit_id", sa.String(length=36), nullable=False),
        sa.Column("op_id", sa.String(length=36), nullable=False),
        sa.Column("branch_id", sa.String(length=64), nullable=False),
        sa.Column("device_id", sa.String(length=36), nullable=False),
        sa.Column("location_id", sa.String(length=64), nullable=False),
        sa.Column("desk_id", sa.String(length=64), nullable=False),
        sa.Column("occurred_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("occurred_offset", sa.Integer(), nullable=False),
        sa.Column("occurred_at_corrected", sa.DateTime(timezone=True), nullable=False),
        sa.Column("recorded_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("channel", sa.String(length=64), nullable=False),
        sa.Column("duration", sa.String(length=64), nullable=False),
        sa.Column("mode", sa.String(length=16), nullable=False),
        sa.Column("source", sa.String(length=16), nullable=False),
        sa.Column("catalogue_version", sa.Integer(), nullable=False),
        sa.Column("corrects", sa.String(length=36), nullable=True),
        sa.Column("voided_at", sa.DateTime(timezone=True), nullable=True),
        sa.Column("void_op_id", sa.String(length=36), nullable=True),
        sa.Column("superseded_by", sa.String(length=36), nullable=True),
        sa.ForeignKeyConstraint(
            ["branch_id"], ["branch.id"], name=op.f("fk_visit_branch_id_branch")
        ),
        sa.ForeignKeyConstraint(
            ["corrects"], ["visit.visit_id"], name=op.f("fk_visit_corrects_visit")
        ),
        sa.ForeignKeyConstraint(
            ["device_id"], ["device.id"], name=op.f("fk_visit_device_id_device")
        ),
        sa.ForeignKeyConstraint(
            ["op_id"], ["applied_op.op_id"], name=op.f("fk_visit_op_id_applied_op")
        ),
        sa.PrimaryKeyConstraint("visit_id", name=op.f("pk_visit")),
        sa.UniqueConstraint("op_id", name="uq_visit_op_id"),
    )
    op.create_index(
        "ix_visit_branch_occurred", "visit", ["branch_id", "occurred_at_corrected"], unique=False
    )

    op.create_table(
        "question",
        sa.Column("question_id", sa.String(length=36), nullable=False),
        sa.Column("visit_id", sa.String(length=36), nullable=False),
        sa.Column("position", sa.Integer(), nullable=False),
        sa.Column("kind", sa.String(length=64), nullable=False),
        sa.Column("organisation", sa.String(length=64), nullable=False),
        sa.Column("topic", sa.String(length=64), nullable=False),
        sa.Column("digid_followup", sa.String(length=64), nullable=True),
        sa.Column("help", sa.Text(), nullable=False),
        sa.Column("referral", sa.Text(), nullable=False),
        sa.ForeignKeyConstraint(
            ["visit_id"], ["visit.visit_id"], name=op.f("fk_question_visit_id_visit")
        ),
        sa.PrimaryKeyConstraint("question_id", name=op.f("pk_question")),
    )
    op.create_index(op.f("ix_question_visit_id"), "question", ["visit_id"], unique=False)
    # The single state row; a random epoch, so cursors from another database never match.
    state = sa.table(
        "server_state",
        sa.column("id", sa.Integer()),
        sa.column("epoch", sa.BigInteger()),
        sa.column("change_seq", sa.BigInteger()),
        sa.column("created_at", sa.DateTime(timezone=True)),
    )
    now = datetime.now(UTC)
    if op.get_context().dialect.name == "sqlite":
        now = now.replace(tzinfo=None)  # stored as naive UTC text, like the app does
    op.bulk_insert(
        state, [{"id": 1, "epoch": secrets.randbits(53), "change_seq": 0, "created_at": now}]
    )
