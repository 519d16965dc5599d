"""Initial schema: setup records, visits with questions, voids and the outbox.

Revision ID: 0001
Revises: (none)
Create Date: 2026-11-28
"""

import sqlalchemy as sa
from alembic import op

revision = "0001"
down_revision = None
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table(
        "app_setting",
        sa.Column("key", sa.String(), nullable=False),
        sa.Column("value", sa.String(), nullable=False),
        sa.PrimaryKeyConstraint("key"),
    )
    op.create_table(
        "library_organisation",
        sa.Column("id", sa.String(), nullable=False),
        sa.Column("name", sa.String(), nullable=False),
        sa.Column("is_demo", sa.Boolean(), nullable=False),
        sa.PrimaryKeyConstraint("id"),
    )
    op.create_table(
        "outbox",
        sa.Column("local_seq", sa.Integer(), nullable=False),
        sa.Column("op_id", sa.String(), nullable=False),
        sa.Column("kind", sa.String(), nullable=False),
        sa.Column("schema_ver", sa.Integer(), nullable=False),
        sa.Column("entity_id", sa.String(), nullable=True),
        sa.Column("base_version", sa.Integer(), nullable=True),
        sa.Column("payload", sa.String(), nullable=False),
        sa.Column("payload_sha256", sa.String(), nullable=False),
        sa.Column("occurred_at", sa.String(), nullable=False),
        sa.Column("state", sa.String(), nullable=False),
        sa.Column("attempts", sa.Integer(), nullable=False),
        sa.Column("batch_id", sa.String(), nullable=True),
        sa.Column("next_attempt_at", sa.String(), nullable=True),
        sa.Column("result_status", sa.String(), nullable=True),
        sa.Column("result_code", sa.String(), nullable=True),
        sa.Column("result_detail", sa.String(), nullable=True),
        sa.Column("server_seq", sa.Integer(), nullable=True),
        sa.Column("acked_at", sa.String(), nullable=True),
        sa.CheckConstraint(
            "state IN ('pending','inflight','acked','rejected','conflicted','quarantined')",
            name="outbox_state",
        ),
        sa.PrimaryKeyConstraint("local_seq"),
        sa.UniqueConstraint("op_id"),
        sqlite_autoincrement=True,
    )
    with op.batch_alter_table("outbox", schema=None) as batch_op:
        batch_op.create_index("outbox_entity", ["entity_id", "local_seq"], unique=False)
        batch_op.create_index("outbox_sendable", ["state", "local_seq"], unique=False)

    op.create_table(
        "branch",
        sa.Column("id", sa.String(), nullable=False),
        sa.Column("organisation_id", sa.String(), nullable=False),
        sa.Column("name", sa.String(), nullable=False),
        sa.Column("municipality", sa.String(), nullable=False),
        sa.Column("province", sa.String(), nullable=False),
        sa.ForeignKeyConstraint(
            ["organisation_id"],
            ["library_organisation.id"],
        ),
        sa.PrimaryKeyConstraint("id"),
    )
    with op.batch_alter_table("branch", schema=None) as batch_op:
        batch_op.create_index(
            batch_op.f("ix_branch_organisation_id"), ["organisation_id"], unique=False
        )

    op.create_table(
        "ido_location",
        sa.Column("id", sa.String(), nullable=False),
        sa.Column("branch_id", sa.String(), nullable=False),
        sa.Column("name", sa.String(), nullable=False),
        sa.Column("form", sa.String(), nullable=False),
        sa.Column("inside_library", sa.Boolean(), nullable=False),
        sa.ForeignKeyConstraint(
            ["branch_id"],
            ["branch.id"],
        ),
        sa.PrimaryKeyConstraint("id"),
    )
    with op.batch_alter_table("ido_location", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_ido_location_branch_id"), ["branch_id"], unique=False)

    op.create_table(
        "desk",
        sa.Column("id", sa.String(), nullable=False),
        sa.Column("location_id", sa.String(), nullable=False),
        sa.Column("name", sa.String(), nullable=False),
        sa.Column("mode", sa.String(), nullable=False),
        sa.CheckConstraint("mode IN ('counter','walking')", name="desk_mode"),
        sa.ForeignKeyConstraint(
            ["location_id"],
            ["ido_location.id"],
        ),
        sa.PrimaryKeyConstraint("id"),
    )
    with op.batch_alter_table("desk", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_desk_location_id"), ["location_id"], unique=False)

    op.create_table(
        "visit",
        sa.Column("id", sa.String(), nullable=False),
        sa.Column("desk_id", sa.String(), nullable=False),
        sa.Column("location_id", sa.String(), nullable=False),
        sa.Column("occurred_at", sa.String(), nullable=False),
        sa.Column("occurred_offset", sa.Integer(), nullable=False),
        sa.Column("recorded_at", sa.String(), nullable=False),
        sa.Column("recorded_offset", sa.Integer(), nullable=False),
        sa.Column("channel", sa.String(), nullable=False),
        sa.Column("duration", sa.String(), nullable=False),
        sa.Column("mode", sa.String(), nullable=False),
        sa.Column("source", sa.String(), nullable=False),
        sa.Column("catalogue_version", sa.Integer(), nullable=False),
        sa.Column("corrects_id", sa.String(), nullable=True),
        sa.Column("op_id", sa.String(), nullable=False),
        sa.CheckConstraint("mode IN ('counter','walking')", name="visit_mode"),
        sa.CheckConstraint("source IN ('live','tally','correction')", name="visit_source"),
        sa.ForeignKeyConstraint(
            ["corrects_id"],
            ["visit.id"],
        ),
        sa.ForeignKeyConstraint(
            ["desk_id"],
            ["desk.id"],
        ),
        sa.ForeignKeyConstraint(
            ["location_id"],
            ["ido_location.id"],
        ),
        sa.PrimaryKeyConstraint("id"),
        sa.UniqueConstraint("corrects_id", name="visit_corrected_once"),
    )
    with op.batch_alter_table("visit", schema=None) as batch_op:
        batch_op.create_index("visit_desk_occurred", ["desk_id", "occurred_at"], unique=False)
        batch_op.create_index("visit_desk_recorded", ["desk_id", "recorded_at"], unique=False)

    op.create_table(
        "question",
        sa.Column("id", sa.String(), nullable=False),
        sa.Column("visit_id", sa.String(), nullable=False),
        sa.Column("position", sa.Integer(), nullable=False),
        sa.Column("kind", sa.String(), nullable=False),
        sa.Column("organisation", sa.String(), nullable=False),
        sa.Column("topic", sa.String(), nullable=False),
        sa.Column("digid_followup", sa.String(), nullable=True),
        sa.Column("help", sa.String(), nullable=False),
        sa.Column("referral", sa.String(), nullable=False),
        sa.Column("note", sa.String(), nullable=True),
        sa.ForeignKeyConstraint(
            ["visit_id"],
            ["visit.id"],
        ),
        sa.PrimaryKeyConstraint("id"),
        sa.UniqueConstraint("visit_id", "position", name="question_position"),
    )
    with op.batch_alter_table("question", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_question_visit_id"), ["visit_id"], unique=False)

    op.create_table(
        "visit_void",
        sa.Column("visit_id", sa.String(), nullable=False),
        sa.Column("reason", sa.String(), nullable=False),
        sa.Column("recorded_at", sa.String(), nullable=False),
        sa.Column("recorded_offset", sa.Integer(), nullable=False),
        sa.Column("op_id", sa.String(), nullable=False),
        sa.ForeignKeyConstraint(
            ["visit_id"],
            ["visit.id"],
        ),
        sa.PrimaryKeyConstraint("visit_id"),
    )
