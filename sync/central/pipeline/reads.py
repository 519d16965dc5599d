"""The set-based lookups a batch's decisions start from: one query per question, any size.

Used by the core (stored ops, ``local_seq`` owners) and by handlers for their own tables.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from typing import Any

import sqlalchemy as sa
from sqlalchemy import Connection
from sqlalchemy.dialects.postgresql import ARRAY

from sync.central.pipeline.ops import StoredOp
from sync.central.tables import applied_op

_SEPARATOR = "\x1f"  # joins the values of a set-based lookup (see rows_in)


def stored_ops(conn: Connection, op_ids: Sequence[str]) -> dict[str, StoredOp]:
    """The ops of *op_ids* (sorted) that ``applied_op`` holds, by id."""
    return {
        r.op_id: StoredOp(
            r.sha256, r.status, r.code, r.errors, r.server_seq, r.device_id, r.kind, r.entity_id
        )
        for r in rows_in(conn, applied_op, "op_id", op_ids)
    }


def seq_owners(conn: Connection, device_id: str, seqs: list[int]) -> dict[int, str]:
    """Which op_id holds each of *seqs* (sorted) for this device, where one does.

    A desk's batch is usually a run of consecutive numbers: one index range scan (normally
    finding nothing) then beats probing every number. A batch spread far apart (old
    deferred ops sent with new ones) probes each number instead.
    """
    if not seqs:
        return {}
    if seqs[-1] - seqs[0] < 4 * len(seqs):
        wanted = set(seqs)
        rows = conn.execute(
            sa.select(applied_op.c.local_seq, applied_op.c.op_id).where(
                applied_op.c.device_id == device_id,
                applied_op.c.local_seq.between(seqs[0], seqs[-1]),
            )
        ).all()
        return {r.local_seq: r.op_id for r in rows if r.local_seq in wanted}
    found = rows_in(conn, applied_op, "local_seq", seqs, applied_op.c.device_id == device_id)
    return {r.local_seq: r.op_id for r in found}


def rows_in(
    conn: Connection, table: sa.Table, column: str, values: Sequence[Any], *where: Any
) -> Iterable[Any]:
    """Rows of *table* whose *column* is one of *values*, in one query."""
    if not values:
        return []
    col = table.c[column]
    if conn.dialect.name == "postgresql":
        # One parameter instead of an IN list with a parameter per value. The values
        # (validated uuids, codes and numbers: never a control character) travel as one
        # string split by PostgreSQL; psycopg would adapt a list element by element in Python.
        texts = [str(v) for v in values]
        if any(_SEPARATOR in t for t in texts):
            array: Any = sa.bindparam(f"any_{column}", list(values), type_=ARRAY(col.type))
        else:
            joined = sa.bindparam(f"any_{column}", _SEPARATOR.join(texts), type_=sa.Text())
            array = sa.cast(sa.func.string_to_array(joined, _SEPARATOR), ARRAY(col.type))
        # Joined to unnest(), not "col = ANY(array)": psycopg prepares repeated statements,
        # and a generic plan made while the table was small filtered every row with
        # ANY(string_to_array(...)), splitting the parameter again per row (half a second
        # per batch at 20,000 rows). The join splits it once and probes the index per value.
        keys = sa.func.unnest(array).table_valued("value").render_derived(name="keys")
        query = sa.select(table).join_from(keys, table, col == keys.c.value).where(*where)
        return conn.execute(query).all()
    rows: list[Any] = []
    for start in range(0, len(values), 500):  # SQLite's bound-parameter limit
        chunk = values[start : start + 500]
        rows += conn.execute(sa.select(table).where(col.in_(chunk), *where)).all()
    return rows
