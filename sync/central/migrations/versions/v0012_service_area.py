"""The size of a library organisation's service area: how many inhabitants it serves.

Gives ``library_organisation`` a nullable ``inhabitants`` column: the number of inhabitants
of the organisation's service area (werkgebied) as the organisation reports it to the KB,
set with ``ido-central org-add --inhabitants`` or ``org-set``. NULL until stated: such an
organisation is in no size class of the dashboard's ``grootte`` filter
(:mod:`sync.central.organisations`). No figures change; the filter reads the column when a
page is asked for. On SQLite and PostgreSQL alike.

Revision ID: 0012
Revises: 0011
Create Date: 2026-12-02
"""

import sqlalchemy as sa
from alembic import op

revision = "0012"
down_revision = "0011"
branch_labels = None
depends_on = None


def upgrade() -> None:
    """Apply this revision."""
    op.add_column("library_organisation", sa.Column("inhabitants", sa.Integer(), nullable=True))


def downgrade() -> None:
    """Revert this revision: the stated sizes are dropped.

    A plain ``DROP COLUMN`` (SQLite 3.35 and later take it too): a batch rebuild would drop
    the table that ``branch.organisation_code`` refers to.
    """
    op.drop_column("library_organisation", "inhabitants")
