"""What the pipeline passes around: an op as received, the batch's context, answers, the plan.

Nothing here reads or writes the database; :mod:`sync.central.pipeline.core` decides with these
and :mod:`sync.central.pipeline.writes` stores a :class:`Plan`.
"""

from __future__ import annotations

import json
from dataclasses import dataclass, field
from datetime import datetime, timedelta
from typing import Any

import sqlalchemy as sa
from pydantic import BaseModel

from kiosk.protocol.errors import Errors

#: One op's answer, as it goes into the batch's response.
Result = dict[str, Any]
#: One row to write (column name -> value).
Row = dict[str, Any]


@dataclass
class Incoming:
    """One op of the batch as received, with what the checks without the database found."""

    index: int  # position in the request: results come back in this order
    raw: dict[str, Any]
    op_id: str
    local_seq: int | None = None  # None: the header itself is invalid
    kind: str = ""
    entity_id: str | None = None
    sha256: str = ""  # of the payload as received, not as claimed
    occurred_at_device: datetime | None = None
    payload: BaseModel | None = None  # as its handler's check parsed it
    verdict: Result | None = None  # decided without the database (rejected, deferred)
    redacted: bool = False  # the desk's purge removed its contact details (planning ops)


@dataclass(frozen=True)
class StoredOp:
    """An op already in ``applied_op``."""

    sha256: str
    status: str
    code: str | None
    errors: str | None  # as stored: JSON text
    server_seq: int | None
    device_id: str
    kind: str
    entity_id: str | None

    def result(self, op_id: str) -> Result:
        """The answer this op got when it was stored."""
        errors = json.loads(self.errors) if self.errors else []
        return result(op_id, self.status, self.code, server_seq=self.server_seq, errors=errors)


@dataclass(frozen=True)
class Context:
    """Who sent the batch and when, as the server measured it."""

    device_id: str
    branch_id: str
    batch_id: str
    now: datetime
    skew: timedelta


def result(
    op_id: str,
    status: str,
    code: str | None = None,
    *,
    server_seq: int | None = None,
    errors: Errors | None = None,
) -> Result:
    """Build one op's answer (every key always present, for simple clients)."""
    return {
        "op_id": op_id,
        "status": status,
        "code": code,
        "server_seq": server_seq,
        "retryable": status == "deferred",
        "errors": errors or [],
    }


@dataclass
class Plan:
    """Everything the batch writes set-based, and the answer per op.

    ``applied`` and ``rejections`` are the core's; a handler names the rows it adds to its
    own tables with :meth:`insert` and :meth:`update`. They are written in that order:
    ``applied_op`` first (the rows of other tables may refer to it), then the inserts table by
    table in the order first named, the updates, the dead letters.
    """

    results: dict[int, Result] = field(default_factory=dict)
    applied: list[Row] = field(default_factory=list)
    rejections: list[Row] = field(default_factory=list)
    inserts: dict[sa.Table, list[Row]] = field(default_factory=dict)
    updates: list[tuple[sa.Table, str, list[Row]]] = field(default_factory=list)
    last_seq: int = 0

    def insert(self, table: sa.Table) -> list[Row]:
        """The list of new rows of *table* (all with the same keys; COPY on PostgreSQL)."""
        return self.inserts.setdefault(table, [])

    def update(self, table: sa.Table, key: str) -> list[Row]:
        """A new list of changes to stored rows of *table*, matched on *key*.

        The rows of one list have the same keys and are written with one statement; changes
        with other columns take a list of their own.
        """
        rows: list[Row] = []
        self.updates.append((table, key, rows))
        return rows


def applied_row(op: Incoming, outcome: Result, ctx: Context, status: str) -> Row:
    """The ``applied_op`` row recording *op*'s fate (*status* as stored)."""
    assert op.local_seq is not None and op.occurred_at_device is not None
    return {
        "op_id": op.op_id,
        "device_id": ctx.device_id,
        "branch_id": ctx.branch_id,
        "local_seq": op.local_seq,
        "kind": op.kind,
        "entity_id": op.entity_id,
        "sha256": op.sha256,
        "status": status,
        "code": outcome["code"],
        "errors": json.dumps(outcome["errors"]) if outcome["errors"] else None,
        "server_seq": outcome["server_seq"],
        "batch_id": ctx.batch_id,
        "received_at": ctx.now,
        "occurred_at_device": op.occurred_at_device,
        "occurred_at_corrected": op.occurred_at_device - ctx.skew,
    }


def dead_letter_row(op: Incoming, outcome: Result, ctx: Context) -> Row:
    """The ``rejection`` row keeping a refused or conflicting *op* as it arrived."""
    return {
        "op_id": op.op_id,
        "device_id": ctx.device_id,
        "branch_id": ctx.branch_id,
        "batch_id": ctx.batch_id,
        "status": outcome["status"],
        "code": outcome["code"],
        "errors": json.dumps(outcome["errors"]) if outcome["errors"] else None,
        # ASCII-escaped: whatever arrived, the dead letter can always be stored.
        "payload": json.dumps(op.raw, sort_keys=True),
        "received_at": ctx.now,
    }
