"""Compress the stored batch answers with LZ4 on PostgreSQL, where the server offers it.

Every batch stores its whole answer (``batch.response``, about 110 KB of JSON for 1000 ops)
for exact replays. PostgreSQL compresses values that large with ``pglz`` by default, which
cost about 2 ms of database CPU per stored batch; LZ4 does the same in about 0.5 ms, at
much the same size. Rows stored before keep their compression (PostgreSQL reads both).

A PostgreSQL built without LZ4 (or older than 14) keeps ``pglz``: the column setting is an
optimisation, never a requirement. SQLite stores text uncompressed and has nothing to change.

Revision ID: 0005
Revises: 0004
Create Date: 2026-11-29
"""

import sqlalchemy as sa
from alembic import op

revision = "0005"
down_revision = "0004"
branch_labels = None
depends_on = None


def _lz4_offered() -> bool:
    bind = op.get_bind()
    if bind.dialect.name != "postgresql":
        return False
    offered = bind.execute(
        sa.text(
            "SELECT 'lz4' = ANY(enumvals) FROM pg_settings WHERE name = 'default_toast_compression'"
        )
    ).scalar()
    return bool(offered)


def upgrade() -> None:
    """Apply this revision."""
    if _lz4_offered():
        op.execute("ALTER TABLE batch ALTER COLUMN response SET COMPRESSION lz4")


def downgrade() -> None:
    """Revert this revision."""
    if _lz4_offered():
        op.execute("ALTER TABLE batch ALTER COLUMN response SET COMPRESSION default")
