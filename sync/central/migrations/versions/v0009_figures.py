"""Dashboard figures: counts per branch and local month, and what is left to rebuild.

``fig_visits``, ``fig_questions``, ``fig_help``, ``fig_referral``, ``fig_pairs``,
``fig_time`` and ``fig_health`` hold the dashboard's counts per branch (one table per chart
family) and their ``_area`` twins the same counts per area (the country, each province,
municipality and library organisation),
``fig_dirty`` the (branch, month) pairs ingest has changed since their last rebuild, and
``fig_state`` up to when the figures run. The first refresh after this migration finds
``fig_state.through`` empty and builds every figure from the stored visits
(``sync/central/figures``). On SQLite and PostgreSQL alike.

Revision ID: 0009
Revises: 0008
Create Date: 2026-12-02
"""

from typing import Any

import sqlalchemy as sa
from alembic import op

revision = "0009"
down_revision = "0008"
branch_labels = None
depends_on = None

_TIME = sa.DateTime(timezone=True)
_CODE, _NUMBER = sa.String(64), sa.SmallInteger()
#: Each figures table: its dimensions after (branch_id, month, channel), and its counts.
_FIGURES: dict[str, tuple[tuple[tuple[str, Any], ...], tuple[str, ...]]] = {
    "fig_visits": (
        (("duration", _CODE), ("mode", _CODE), ("source", _CODE)),
        ("visits", "questions"),
    ),
    "fig_questions": ((("kind", _CODE), ("organisation", _CODE), ("topic", _CODE)), ("n",)),
    "fig_help": ((("organisation", _CODE), ("topic", _CODE), ("help", _CODE)), ("n",)),
    "fig_referral": ((("organisation", _CODE), ("topic", _CODE), ("referral", _CODE)), ("n",)),
    "fig_pairs": ((("topic_a", _CODE), ("topic_b", _CODE)), ("n",)),
    "fig_time": ((("weekday", _NUMBER), ("hour", _NUMBER)), ("visits",)),
    "fig_health": ((), ("recorded", "voided", "corrected", "tally", "backdated")),
}
#: Each figures table is made twice: per branch, and per area (its ``_area`` twin).
_KEYS = (("", "branch_id", 64), ("_area", "area", 250))


def upgrade() -> None:
    """Apply this revision."""
    for name, (dimensions, counts) in _FIGURES.items():
        for suffix, key, size in _KEYS:
            table = name + suffix
            op.create_table(
                table,
                sa.Column(key, sa.String(length=size), nullable=False),
                sa.Column("month", sa.Integer(), nullable=False),
                sa.Column("channel", sa.String(length=64), nullable=False),
                *(sa.Column(d, t, nullable=False) for d, t in dimensions),
                *(sa.Column(c, sa.Integer(), nullable=False) for c in counts),
                sa.PrimaryKeyConstraint(
                    key, "month", "channel", *(d for d, _ in dimensions), name=op.f(f"pk_{table}")
                ),
            )
    op.create_table(
        "fig_dirty",
        sa.Column("branch_id", sa.String(length=64), nullable=False),
        sa.Column("month", sa.Integer(), nullable=False),
        sa.Column("version", sa.BigInteger(), server_default="1", nullable=False),
        sa.Column("since", _TIME, nullable=False),
        sa.Column("lo", _TIME, nullable=False),
        sa.Column("hi", _TIME, nullable=False),
        sa.PrimaryKeyConstraint("branch_id", "month", name=op.f("pk_fig_dirty")),
    )
    fig_state = op.create_table(
        "fig_state",
        sa.Column("id", sa.Integer(), autoincrement=False, nullable=False),
        sa.Column("through", _TIME, nullable=True),
        sa.Column("refreshed_at", _TIME, nullable=True),
        sa.CheckConstraint("id = 1", name=op.f("ck_fig_state_single_row")),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_fig_state")),
    )
    assert fig_state is not None
    op.bulk_insert(fig_state, [{"id": 1, "through": None, "refreshed_at": None}])


def downgrade() -> None:
    """Revert this revision."""
    op.drop_table("fig_state")
    op.drop_table("fig_dirty")
    for name in reversed(_FIGURES):
        for suffix, _, _ in reversed(_KEYS):
            op.drop_table(name + suffix)
