"""Drop the foreign keys that batch ingestion guarantees itself (faster COPY, same rows).

Every batch writes ``visit`` and ``question`` rows with a COPY per table, and PostgreSQL checked
three foreign keys per row (about a sixth of a 1000-op batch's write time) that cannot fail:

* ``visit.branch_id`` -> ``branch`` and ``visit.device_id`` -> ``device``: the only writer of
  ``visit`` rows is :func:`sync.central.ingest.store_batch`, which takes both values from the
  authenticated device (``DeviceIdentity``: a stored, unrevoked ``device`` row of a stored
  ``branch``), never from the payload, and locks that branch row (``FOR KEY SHARE``) for the
  whole transaction; neither table ever deletes rows (a device is revoked, not deleted).
* ``question.visit_id`` -> ``visit``: question rows are only written by the same transaction
  that writes their visit (:mod:`sync.central.visits` emits a visit's questions with the visit
  row itself), and visits are never deleted.

The indexes on those columns stay (``ix_visit_branch_occurred``, ``ix_question_visit_id``).
``visit.op_id`` -> ``applied_op`` and ``visit.corrects`` -> ``visit`` are kept. On SQLite the
two tables are rebuilt (Alembic batch mode), question first so ``visit`` has no referrer left.

Revision ID: 0003
Revises: 0002
Create Date: 2026-11-28
"""

from alembic import op

revision = "0003"
down_revision = "0002"
branch_labels = None
depends_on = None

# (table, constraint, column, referred table, referred column)
_DROPPED = (
    ("question", "fk_question_visit_id_visit", "visit_id", "visit", "visit_id"),
    ("visit", "fk_visit_branch_id_branch", "branch_id", "branch", "id"),
    ("visit", "fk_visit_device_id_device", "device_id", "device", "id"),
)


def upgrade() -> None:
    """Apply this revision."""
    for table in ("question", "visit"):
        with op.batch_alter_table(table) as batch_op:
            for owner, name, _column, _referred, _key in _DROPPED:
                if owner == table:
                    batch_op.drop_constraint(name, type_="foreignkey")


def downgrade() -> None:
    """Revert this revision."""
    for table in ("visit", "question"):
        with op.batch_alter_table(table) as batch_op:
            for owner, name, column, referred, key in _DROPPED:
                if owner == table:
                    batch_op.create_foreign_key(name, referred, [column], [key])
