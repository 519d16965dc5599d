"""Store a batch's :class:`~sync.central.pipeline.ops.Plan`: one set-based statement per table.

``applied_op`` first (other rows refer to it), then the handlers' new rows table by table
(``COPY`` on PostgreSQL, multi-row ``INSERT`` on SQLite), their updates, and the dead letters.
"""

from __future__ import annotations

import psycopg
from sqlalchemy import Connection

from sync.central.db import copy_rows, insert_new, insert_rows, update_rows
from sync.central.pipeline.ops import Plan
from sync.central.tables import applied_op, rejection


class LostRaceError(Exception):
    """Another transaction stored one of our keys first: redo the batch, it now sees it."""


def write(conn: Connection, plan: Plan) -> None:
    """Write *plan* in the batch's transaction (:class:`LostRaceError`: a key was taken)."""
    if conn.dialect.name == "postgresql":
        _copy_new(conn, plan)
    else:
        inserted = insert_new(conn, applied_op, plan.applied, "op_id")
        if len(inserted) != len(plan.applied):
            raise LostRaceError()
        for table, rows in plan.inserts.items():
            insert_rows(conn, table, rows)
    for table, key, rows in plan.updates:
        update_rows(conn, table, key, rows)
    insert_rows(conn, rejection, plan.rejections)


def _copy_new(conn: Connection, plan: Plan) -> None:
    """Write the batch's new ops and the handlers' new rows with one COPY per table.

    The snapshot, read under the branch lock, said none of these keys is stored. A key that
    exists anyway was stored by a transaction that committed after our snapshot (another
    branch's batch carrying the same op or visit id, or an id the first attempt trusted to be
    new): PostgreSQL waited for it on the unique index and refuses ours. That aborts this
    transaction, so the batch is redone from the start and its new snapshot sees the stored
    rows (:class:`LostRaceError`).
    """
    try:
        copy_rows(conn, applied_op, plan.applied)
        for table, rows in plan.inserts.items():
            copy_rows(conn, table, rows)
    except psycopg.errors.UniqueViolation as exc:
        raise LostRaceError() from exc
