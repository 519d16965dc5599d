"""Belastinghulp planning ops in the batch path: dedup, order, outcome bookkeeping.

:mod:`sync.central.ingest` hands over the planning ops of a batch (:func:`mine`) inside its
transaction, after the visit ops are decided and before anything is written. :func:`store`
then takes them in ``local_seq`` order:

* an op_id stored before (``applied_op``, or earlier in this batch): same content →
  ``duplicate`` (a stored conflict or rejection is echoed as it was), other content →
  ``rejected op_id_reused``, unless it is the stored op (same device, kind and record)
  marked ``redacted`` with every contact field null: then it is answered like the same content;
  a ``local_seq`` another op owns → ``rejected device_seq_reused``;
* otherwise :class:`sync.central.planning.rules.Rules` applies it to the planning tables and
  says what became of it.

Every op that is not ``deferred`` gets an ``applied_op`` row (via the visit decider's
:class:`~sync.central.decide.Plan`, so one statement writes both kinds and a lost race is
detected the same way); a rejected or conflicting op also becomes a dead letter. Every stored
change goes on the branch's change feed (:mod:`sync.central.planning.feed`).
"""

from __future__ import annotations

import json
from typing import Any

import sqlalchemy as sa
from sqlalchemy import Connection

from kiosk.planning.purge import cleared
from kiosk.protocol.planning import KINDS, check, parse
from sync.central import decide as rules
from sync.central.payloads import OpHeader
from sync.central.planning.feed import Feed
from sync.central.planning.rules import Rules
from sync.central.tables import applied_op

__all__ = ["KINDS", "check_payload", "mine", "others", "store"]


def check_payload(header: OpHeader) -> list[dict[str, str]]:
    """Return the problems of a planning op's payload (``ingest.prepare`` calls this)."""
    return check(header.kind, header.payload, entity_id=header.entity_id, redacted=header.redacted)


def mine(ops: list[rules.Incoming]) -> list[rules.Incoming]:
    """The planning ops of a batch (those with a readable header and a planning kind)."""
    return [op for op in ops if op.local_seq is not None and op.kind in KINDS]


def others(ops: list[rules.Incoming]) -> list[rules.Incoming]:
    """Every op that is not a planning op (the visit decider's share)."""
    return [op for op in ops if op.local_seq is None or op.kind not in KINDS]


def store(
    conn: Connection, ctx: rules.Context, ops: list[rules.Incoming], plan: rules.Plan
) -> None:
    """Decide and apply the planning *ops*; add their answers and records to *plan*."""
    if not ops:
        return
    _Batch(conn, ctx, plan).run(ops)


class _Batch:
    def __init__(self, conn: Connection, ctx: rules.Context, plan: rules.Plan) -> None:
        self.conn = conn
        self.ctx = ctx
        self.plan = plan
        self.feed = Feed(ctx.branch_id, ctx.now)
        self.blocked: set[str] = set()  # entities whose op this batch rejected or conflicted
        self.rules = Rules(conn, ctx, self.feed, self.blocked)
        # What the visit decider already recorded in this batch.
        self.seen: dict[str, tuple[str, rules.Result]] = {
            row["op_id"]: (row["sha256"], _stored_result(row)) for row in plan.applied
        }
        self.seqs: dict[int, str] = {row["local_seq"]: row["op_id"] for row in plan.applied}

    def run(self, ops: list[rules.Incoming]) -> None:
        ids = sorted({op.op_id for op in ops})
        stored = {
            r.op_id: r
            for r in self.conn.execute(sa.select(applied_op).where(applied_op.c.op_id.in_(ids)))
        }
        seqs = sorted({op.local_seq for op in ops if op.local_seq is not None})
        for r in self.conn.execute(
            sa.select(applied_op.c.local_seq, applied_op.c.op_id).where(
                applied_op.c.device_id == self.ctx.device_id, applied_op.c.local_seq.in_(seqs)
            )
        ):
            self.seqs.setdefault(int(r.local_seq), r.op_id)
        for op in sorted(ops, key=lambda o: (o.local_seq or 0, o.index)):
            self.plan.results[op.index] = self._one(op, stored.get(op.op_id))
        self.feed.write(self.conn)

    def _one(self, op: rules.Incoming, stored: Any) -> rules.Result:
        assert op.local_seq is not None
        if op.op_id in self.seen:
            sha, first = self.seen[op.op_id]
            return self._replay(op, sha, first)
        if stored is not None:
            errors = json.loads(stored.errors) if stored.errors else []
            first = rules.result(
                op.op_id, stored.status, stored.code, server_seq=stored.server_seq, errors=errors
            )
            # The desk's purge may have cleared the contact details of an op the server
            # stored (its answer was lost): the redacted form is that op, not a reuse.
            redaction = (
                op.redacted
                and (stored.device_id, stored.kind, stored.entity_id)
                == (self.ctx.device_id, op.kind, op.entity_id)
                and cleared(op.raw["payload"])
            )
            outcome = self._replay(op, stored.sha256, first, redaction=redaction)
            self.seen[op.op_id] = (stored.sha256, first)
            return outcome
        owner = self.seqs.get(op.local_seq)
        if owner is not None and owner != op.op_id:
            errors = [{"path": "local_seq", "msg": f"{op.local_seq} already belongs to {owner}"}]
            return self._dead_letter(
                op, rules.result(op.op_id, "rejected", "device_seq_reused", errors=errors)
            )
        if op.verdict is not None and op.verdict["status"] == "deferred":
            return op.verdict
        if op.verdict is not None:
            outcome = op.verdict
        else:
            assert op.occurred_at_device is not None
            payload = parse(op.kind, op.raw["payload"])
            outcome = self.rules.apply(op, payload, self._next_seq)
        if outcome["status"] != "deferred":
            self.seqs[op.local_seq] = op.op_id
            self.seen[op.op_id] = (op.sha256, outcome)
            self._record(op, outcome)
        return outcome

    def _replay(
        self, op: rules.Incoming, sha: str, first: rules.Result, *, redaction: bool = False
    ) -> rules.Result:
        """Answer an op_id met before: its first answer, or ``op_id_reused``.

        *redaction*: the op is the stored one with its contact details cleared by the
        desk's purge (marked ``redacted``); its other hash is no reuse, nothing changes.
        """
        if sha != op.sha256 and not redaction:
            errors = [{"path": "op_id", "msg": "this op_id was stored before with other content"}]
            return self._dead_letter(
                op, rules.result(op.op_id, "rejected", "op_id_reused", errors=errors)
            )
        status = first["status"]
        if status in ("accepted", "duplicate"):
            return rules.result(op.op_id, "duplicate", server_seq=first["server_seq"])
        return rules.result(
            op.op_id, status, first["code"], server_seq=first["server_seq"], errors=first["errors"]
        )

    def _next_seq(self) -> int:
        self.plan.last_seq += 1
        return self.plan.last_seq

    def _record(self, op: rules.Incoming, outcome: rules.Result) -> None:
        """Add the op's ``applied_op`` row (the same shape the visit decider writes)."""
        status = "accepted" if outcome["status"] == "duplicate" else outcome["status"]
        self.plan.applied.append(rules.applied_row(op, outcome, self.ctx, status))
        if status != "accepted":
            if op.entity_id is not None:
                self.blocked.add(op.entity_id)
            self._dead_letter(op, outcome)

    def _dead_letter(self, op: rules.Incoming, outcome: rules.Result) -> rules.Result:
        self.plan.rejections.append(rules.dead_letter_row(op, outcome, self.ctx))
        return outcome


def _stored_result(row: rules.Row) -> rules.Result:
    errors = json.loads(row["errors"]) if row["errors"] else []
    return rules.result(
        row["op_id"], row["status"], row["code"], server_seq=row["server_seq"], errors=errors
    )
