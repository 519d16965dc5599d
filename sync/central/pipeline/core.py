"""The one core every op of a batch goes through, whatever its kind (``docs/sync-v1.md``).

:class:`Core` reads the stored facts the batch depends on (:meth:`Core.read`, under the branch
lock) and decides every op (:meth:`Core.decide`). What is the same for every kind is decided
here, before a handler is asked:

* an op without a usable header: a dead letter only (it has no ``local_seq`` to record);
* an ``op_id`` stored before, or met earlier in this batch: same content → its first answer
  (``accepted`` becomes ``duplicate``; a rejection or conflict is echoed, terminal, same
  code); other content → ``rejected op_id_reused``, unless the kind's handler says it is the
  stored op all the same (:meth:`~sync.central.pipeline.handler.Handler.same_op`); the
  stored record is never modified;
* a ``local_seq`` another op of this device owns → ``rejected device_seq_reused``;
* a deferred op (by its checks or by its handler) is answered and leaves no trace, so it can
  come again;
* otherwise the kind's handler applies it.

Every op that is not deferred gets its ``applied_op`` row (a ``duplicate`` answer is stored as
``accepted``); a rejected or conflicting op also becomes a dead letter, and its entity counts
as refused for the rest of the batch. The handlers take their ops in the registry's order
(visits, then planning), each its own in ``local_seq`` order; an op no handler takes (no
header, an unknown kind) goes with the first.
"""

from __future__ import annotations

from collections.abc import Sequence

from sqlalchemy import Connection

from sync.central.pipeline import registry
from sync.central.pipeline.handler import Batch, Handler
from sync.central.pipeline.ops import (
    Context,
    Incoming,
    Plan,
    Result,
    StoredOp,
    applied_row,
    dead_letter_row,
    result,
)
from sync.central.pipeline.reads import seq_owners, stored_ops


def decide(
    conn: Connection,
    ctx: Context,
    ops: Sequence[Incoming],
    last_seq: int,
    *,
    trusting: bool = False,
) -> Plan:
    """Read what *ops* depend on and decide each; return the plan to write.

    *last_seq*: the branch's ``server_seq`` so far; *trusting*: see :meth:`Core.read`.
    """
    core = Core(conn, ctx, ops, last_seq, trusting=trusting)
    core.read()
    return core.decide()


class Core:
    """One batch's ops, decided in one transaction (see the module docstring)."""

    def __init__(
        self,
        conn: Connection,
        ctx: Context,
        ops: Sequence[Incoming],
        last_seq: int,
        *,
        trusting: bool = False,
    ) -> None:
        """Decide *ops* of the batch *ctx* on *conn*, numbering on from *last_seq*."""
        self.ctx = ctx
        self.ops = ops
        self.trusting = trusting
        self.registry = registry.REGISTRY
        self.plan = Plan(last_seq=last_seq)
        self.batch = Batch(conn, ctx, self.plan, refused=set())
        self.handlers: dict[str, Handler] = {}  # kind -> this batch's handler of it
        self.stored: dict[str, StoredOp] = {}
        self.seqs: dict[int, str] = {}  # this device's local_seq -> op_id, for the batch's
        self.seen: dict[str, tuple[str, Result]] = {}  # op_id -> (sha256, first answer)

    def read(self) -> None:
        """Read the stored ops and ``local_seq`` owners, then what each handler needs.

        *trusting* (PostgreSQL's first attempt): of the ops whose handler
        :attr:`~sync.central.pipeline.handler.Handler.trusts_new_ids`, only those this device
        stored before are looked up: they hold their own ``local_seq``, which the owners'
        lookup has just found. Any other stored id is left to the unique index.
        """
        conn = self.batch.conn
        groups: dict[type[Handler], list[Incoming]] = {}
        for op in self.ops:
            if op.local_seq is not None:
                cls = self.registry.handler_for(op.kind)
                if cls is not None:
                    groups.setdefault(cls, []).append(op)
        seqs = sorted({op.local_seq for op in self.ops if op.local_seq is not None})
        self.seqs = seq_owners(conn, self.ctx.device_id, seqs)
        op_ids = sorted({op.op_id for op in self.ops if self._look_up(op)})
        self.stored = stored_ops(conn, op_ids)
        for cls in self.registry.handlers:
            mine = groups.get(cls)
            if mine:
                handler = cls(self.batch)
                self.handlers.update(dict.fromkeys(cls.kinds, handler))
                handler.read(mine, trusting=self.trusting)

    def _look_up(self, op: Incoming) -> bool:
        if op.local_seq is None:
            return False
        if not self.trusting:
            return True
        cls = self.registry.handler_for(op.kind)
        if cls is not None and not cls.trusts_new_ids:
            return True
        return self.seqs.get(op.local_seq) == op.op_id

    def decide(self) -> Plan:
        """Decide every op (after :meth:`read`); return the plan with the answers."""
        rank = self.registry.order
        order = sorted(self.ops, key=lambda op: (rank.get(op.kind, 0), op.local_seq or 0, op.index))
        results = self.plan.results
        for op in order:
            results[op.index] = self._one(op)
        for handler in dict.fromkeys(self.handlers.values()):
            handler.finish()
        return self.plan

    def _one(self, op: Incoming) -> Result:
        if op.local_seq is None:  # no usable header: dead letter only
            assert op.verdict is not None
            return self._dead_letter(op, op.verdict)
        handler = self.handlers.get(op.kind)
        earlier = self.seen.get(op.op_id)
        if earlier is not None:
            return self._replay(op, *earlier)
        stored = self.stored.get(op.op_id)
        if stored is not None:
            first = stored.result(op.op_id)
            self.seen[op.op_id] = (stored.sha256, first)
            same = (
                stored.sha256 != op.sha256 and handler is not None and handler.same_op(op, stored)
            )
            return self._replay(op, stored.sha256, first, same=same)
        owner = self.seqs.get(op.local_seq)
        if owner is not None and owner != op.op_id:
            errors = [{"path": "local_seq", "msg": f"{op.local_seq} already belongs to {owner}"}]
            return self._dead_letter(
                op, result(op.op_id, "rejected", "device_seq_reused", errors=errors)
            )
        verdict = op.verdict
        if verdict is not None and verdict["status"] == "deferred":
            return verdict
        if verdict is None:
            assert handler is not None  # a valid op of a kind without handler is deferred
            outcome = handler.apply(op)
        else:
            outcome = verdict
        if outcome["status"] != "deferred":
            self.seqs[op.local_seq] = op.op_id
            self.seen[op.op_id] = (op.sha256, outcome)
            self._record(op, outcome)
        return outcome

    def _replay(self, op: Incoming, sha: str, first: Result, *, same: bool = False) -> Result:
        """Answer an op_id met before: its first answer, or ``op_id_reused``.

        *same*: its other content is still the stored op (the handler said so).
        """
        if sha != op.sha256 and not same:
            errors = [{"path": "op_id", "msg": "this op_id was stored before with other content"}]
            return self._dead_letter(
                op, result(op.op_id, "rejected", "op_id_reused", errors=errors)
            )
        if first["status"] in ("accepted", "duplicate"):
            return result(op.op_id, "duplicate", server_seq=first["server_seq"])
        # A replayed rejection or conflict stays what it was: terminal, same code.
        return result(
            op.op_id,
            first["status"],
            first["code"],
            server_seq=first["server_seq"],
            errors=first["errors"],
        )

    def _record(self, op: Incoming, outcome: Result) -> None:
        """Store the op's fate in ``applied_op``; a rejection or conflict also as dead letter."""
        status = "accepted" if outcome["status"] == "duplicate" else outcome["status"]
        self.plan.applied.append(applied_row(op, outcome, self.ctx, status))
        if status != "accepted":
            if op.entity_id is not None:
                self.batch.refused.add(op.entity_id)
            self._dead_letter(op, outcome)

    def _dead_letter(self, op: Incoming, outcome: Result) -> Result:
        self.plan.rejections.append(dead_letter_row(op, outcome, self.ctx))
        return outcome
