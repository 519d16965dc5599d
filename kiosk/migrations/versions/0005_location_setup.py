"""The IDO's set-up: weekly hours, staffing, and the version sent to the server.

``ido_location`` gains what a ``location.setup`` op carries beyond the name, form and place:
``hours_kind`` (``open`` or ``appointment``), ``hours`` and ``staffing`` (the payload's JSON
lists), and ``valid_from`` and ``setup_version`` of the version last stored. A location set
up before this revision has no hours or staffing and version 0: it has sent no set-up yet.

Revision ID: 0005
Revises: 0004
Create Date: 2026-12-02
"""

import sqlalchemy as sa
from alembic import op

revision = "0005"
down_revision = "0004"
branch_labels = None
depends_on = None

_COLUMNS = (
    ("hours_kind", sa.String(), False, "open"),
    ("hours", sa.String(), False, "[]"),
    ("staffing", sa.String(), False, "[]"),
    ("valid_from", sa.String(), True, None),
    ("setup_version", sa.Integer(), False, "0"),
)


def upgrade() -> None:
    # Plain ADD COLUMNs: desks and visits refer to ido_location, no rebuild needed.
    for name, type_, nullable, default in _COLUMNS:
        op.add_column(
            "ido_location",
            sa.Column(name, type_, nullable=nullable, server_default=default),
        )


def downgrade() -> None:
    with op.batch_alter_table("ido_location", schema=None) as batch_op:
        for name, *_rest in reversed(_COLUMNS):
            batch_op.drop_column(name)
