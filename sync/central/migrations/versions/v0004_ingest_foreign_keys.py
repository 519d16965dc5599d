"""Drop the last foreign keys on the ingestion path (their checks were a third of its COPY).

Migration 0003 dropped three foreign keys that ingestion guarantees itself and kept three on
``applied_op`` and ``visit``. PostgreSQL checks those per row with a trigger and a lookup,
and a 1000-visit batch paid about 15 ms of database CPU for them: as much as COPYing the
rows themselves. They cannot fail either:

* ``applied_op.device_id`` -> ``device``: as ``visit.device_id`` in 0003, the value comes
  from the authenticated device (a stored, unrevoked ``device`` row), never from the body,
  and devices are revoked, never deleted.
* ``visit.op_id`` -> ``applied_op``: :mod:`sync.central.visits` writes a visit row only for
  an op it accepts, and records that op's ``applied_op`` row in the same plan, which is
  committed in one transaction; ``applied_op`` rows are never deleted (the permanent
  de-duplication key).
* ``visit.corrects`` -> ``visit``: a correction is accepted only when the decider finds its
  target stored or earlier in the same batch (otherwise it is deferred), and visits are never
  deleted, only marked voided or superseded.

The fault-injection suite checks all six relations after every scenario
(``tests/sync/faults/conftest.py``: ``assert_converged``). The unique indexes on
``visit.op_id`` and ``applied_op (device_id, local_seq)`` stay. On SQLite the two tables are
rebuilt (Alembic batch mode), ``visit`` first so ``applied_op`` has no referrer left.

Revision ID: 0004
Revises: 0003
Create Date: 2026-11-29
"""

from alembic import op

revision = "0004"
down_revision = "0003"
branch_labels = None
depends_on = None

# (table, constraint, column, referred table, referred column)
_DROPPED = (
    ("visit", "fk_visit_op_id_applied_op", "op_id", "applied_op", "op_id"),
    ("visit", "fk_visit_corrects_visit", "corrects", "visit", "visit_id"),
    ("applied_op", "fk_applied_op_device_id_device", "device_id", "device", "id"),
)


def upgrade() -> None:
    """Apply this revision."""
    for table in ("visit", "applied_op"):
        with op.batch_alter_table(table) as batch_op:
            for owner, name, _column, _referred, _key in _DROPPED:
                if owner == table:
                    batch_op.drop_constraint(name, type_="foreignkey")


def downgrade() -> None:
    """Revert this revision."""
    for table in ("applied_op", "visit"):
        with op.batch_alter_table(table) as batch_op:
            for owner, name, column, referred, key in _DROPPED:
                if owner == table:
                    batch_op.create_foreign_key(name, referred, [column], [key])
