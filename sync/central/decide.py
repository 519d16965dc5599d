"""What happens to each op of a batch, decided in ``local_seq`` order from what is stored.

:func:`decide` is pure: :mod:`sync.central.ingest` reads the relevant facts from the database
(a :class:`Snapshot`, taken under the branch lock), calls it, and writes the :class:`Plan` it
returns with one set-based statement per table. Rules (``docs/sync-v1.md``):

* an op_id stored before: same content → ``duplicate`` (echoing the stored outcome), other
  content → ``rejected op_id_reused``; the stored record is never modified;
* a void or correction of a visit not stored yet → ``deferred depends_on_pending``; of a visit
  whose own op was rejected → ``conflict depends_on_conflicted``; of a visit already voided or
  corrected → ``conflict`` (the desk forbids both, so another desk's or a bug's doing);
* a stored correction supersedes its original; a stored void makes its visit stop counting.
"""

from __future__ import annotations

import json
from dataclasses import dataclass, field
from datetime import datetime, timedelta
from functools import lru_cache
from typing import Any

from sync.central.payloads import VisitPayload, VoidPayload

Result = dict[str, Any]
Row = dict[str, Any]


@dataclass
class Incoming:
    """One op of the batch as received, with what the pure checks found."""

    index: int  # position in the request: results come back in this order
    raw: dict[str, Any]
    op_id: str
    local_seq: int | None = None  # None: the header itself is invalid
    kind: str = ""
    entity_id: str | None = None
    sha256: str = ""  # of the payload as received, not as claimed
    occurred_at_device: datetime | None = None
    payload: VisitPayload | VoidPayload | None = None
    verdict: Result | None = None  # decided without the database (rejected, deferred)
    redacted: bool = False  # the desk's purge removed its contact details (planning ops)


@dataclass(frozen=True)
class StoredOp:
    """An op already in ``applied_op``."""

    sha256: str
    status: str
    code: str | None
    errors: str | None
    server_seq: int | None


@dataclass
class VisitState:
    """What decides whether a visit can still be voided or corrected."""

    branch_id: str
    voided: bool
    superseded: bool


@dataclass
class Snapshot:
    """The stored facts the batch depends on."""

    ops: dict[str, StoredOp]
    seq_owner: dict[int, str]  # this device's local_seq -> op_id, for the batch's numbers
    visits: dict[str, VisitState]
    blocked: set[str]  # entities whose op was rejected or conflicted
    question_ids: set[str]  # ids of the batch's questions that are already stored
    last_seq: int


@dataclass(frozen=True)
class Context:
    """Who sent the batch and when, as the server measured it."""

    device_id: str
    branch_id: str
    batch_id: str
    now: datetime
    skew: timedelta


@dataclass
class Plan:
    """Everything to write, and the answer per op."""

    results: dict[int, Result] = field(default_factory=dict)
    applied: list[Row] = field(default_factory=list)
    visits: list[Row] = field(default_factory=list)
    questions: list[Row] = field(default_factory=list)
    voids: list[Row] = field(default_factory=list)  # stored visits declared void
    supersedes: list[Row] = field(default_factory=list)  # stored visits corrected
    rejections: list[Row] = field(default_factory=list)
    last_seq: int = 0


def result(
    op_id: str,
    status: str,
    code: str | None = None,
    *,
    server_seq: int | None = None,
    errors: list[dict[str, str]] | None = None,
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


@lru_cache(maxsize=4096)
def _codes_json(codes: tuple[str, ...]) -> str:
    """A question's list of codes as stored (JSON); a desk uses few combinations, so cached."""
    return json.dumps(list(codes))


def applied_row(op: Incoming, outcome: Result, ctx: Context, status: str) -> dict[str, Any]:
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


def dead_letter_row(op: Incoming, outcome: Result, ctx: Context) -> dict[str, Any]:
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


def decide(ops: list[Incoming], snap: Snapshot, ctx: Context) -> Plan:
    """Decide every op in ``local_seq`` order (see the module docstring)."""
    return _Decider(snap, ctx).run(ops)


class _Decider:
    def __init__(self, snap: Snapshot, ctx: Context) -> None:
        self.snap = snap
        self.ctx = ctx
        self.plan = Plan(last_seq=snap.last_seq)
        self.seen: dict[str, tuple[str, Result]] = {}  # op_id -> (sha256, result) this batch
        self.seqs = dict(snap.seq_owner)
        self.new_visits: dict[str, Row] = {}
        self.question_ids = set(snap.question_ids)

    def run(self, ops: list[Incoming]) -> Plan:
        order = sorted(ops, key=lambda op: (op.local_seq or 0, op.index))
        for op in order:
            self.plan.results[op.index] = self._one(op)
        return self.plan

    def _one(self, op: Incoming) -> Result:
        if op.local_seq is None:  # no usable header: dead letter only
            assert op.verdict is not None
            return self._dead_letter(op, op.verdict)
        if op.op_id in self.seen:
            sha, first = self.seen[op.op_id]
            return self._replay(
                op, sha, first["status"], first["code"], first["errors"], first["server_seq"]
            )
        stored = self.snap.ops.get(op.op_id)
        if stored is not None:
            errors = json.loads(stored.errors) if stored.errors else []
            outcome = self._replay(
                op, stored.sha256, stored.status, stored.code, errors, stored.server_seq
            )
            self.seen[op.op_id] = (stored.sha256, outcome)
            return outcome
        owner = self.seqs.get(op.local_seq)
        if owner is not None and owner != op.op_id:
            errors = [{"path": "local_seq", "msg": f"{op.local_seq} already belongs to {owner}"}]
            return self._dead_letter(
                op, result(op.op_id, "rejected", "device_seq_reused", errors=errors)
            )
        if op.verdict is not None and op.verdict["status"] == "deferred":
            return op.verdict
        outcome = op.verdict or self._apply(op)
        if outcome["status"] != "deferred":
            self.seqs[op.local_seq] = op.op_id
            self.seen[op.op_id] = (op.sha256, outcome)
            self._record(op, outcome)
        return outcome

    def _replay(
        self,
        op: Incoming,
        sha: str,
        status: str,
        code: str | None,
        errors: list[dict[str, str]],
        seq: int | None,
    ) -> Result:
        if sha != op.sha256:
            errors = [{"path": "op_id", "msg": "this op_id was stored before with other content"}]
            return self._dead_letter(
                op, result(op.op_id, "rejected", "op_id_reused", errors=errors)
            )
        if status == "accepted":
            return result(op.op_id, "duplicate", server_seq=seq)
        # A replayed rejection or conflict stays what it was: terminal, same code.
        return result(op.op_id, status, code, server_seq=seq, errors=errors)

    def _apply(self, op: Incoming) -> Result:
        if isinstance(op.payload, VisitPayload):
            return self._visit(op, op.payload)
        assert isinstance(op.payload, VoidPayload)
        return self._void(op, op.payload)

    def _visit(self, op: Incoming, visit: VisitPayload) -> Result:
        if visit.visit_id in self.snap.visits or visit.visit_id in self.new_visits:
            errors = [{"path": "payload.visit_id", "msg": "a visit with this id is already stored"}]
            return result(op.op_id, "rejected", "validation_failed", errors=errors)
        taken = [q.question_id for q in visit.questions if q.question_id in self.question_ids]
        if taken:
            errors = [{"path": "payload.questions", "msg": f"question ids already stored: {taken}"}]
            return result(op.op_id, "rejected", "validation_failed", errors=errors)
        if visit.corrects is not None:
            blocked = self._check_target(op, visit.corrects)
            if blocked is not None:
                return blocked
        seq = self._next_seq()
        row = self._visit_row(op, visit)
        if visit.corrects is not None:
            self._mark(visit.corrects, superseded_by=visit.visit_id)
        self.new_visits[visit.visit_id] = row
        self.plan.visits.append(row)
        self.question_ids.update(q.question_id for q in visit.questions)
        self.plan.questions.extend(
            {
                "question_id": q.question_id,
                "visit_id": visit.visit_id,
                "position": q.position,
                "kind": q.kind,
                "organisation": q.organisation,
                "topic": q.topic,
                "digid_followup": q.digid_followup,
                "help": _codes_json(tuple(q.help)),
                "referral": _codes_json(tuple(q.referral)),
            }
            for q in visit.questions
        )
        return result(op.op_id, "accepted", server_seq=seq)

    def _void(self, op: Incoming, void: VoidPayload) -> Result:
        blocked = self._check_target(op, void.visit_id)
        if blocked is not None:
            return blocked
        seq = self._next_seq()
        self._mark(void.visit_id, voided_at=self.ctx.now, void_op_id=op.op_id)
        return result(op.op_id, "accepted", server_seq=seq)

    def _check_target(self, op: Incoming, visit_id: str) -> Result | None:
        """Return the answer if the visit *op* changes can't be changed now, else None."""
        state = self._state(visit_id)
        if state is None:
            if visit_id in self.snap.blocked:
                return result(op.op_id, "conflict", "depends_on_conflicted")
            return result(op.op_id, "deferred", "depends_on_pending")
        if state.branch_id != self.ctx.branch_id:
            return result(op.op_id, "rejected", "branch_forbidden")
        if state.voided:
            return result(op.op_id, "conflict", "visit_voided")
        if state.superseded:
            return result(op.op_id, "conflict", "visit_already_corrected")
        return None

    def _state(self, visit_id: str) -> VisitState | None:
        new = self.new_visits.get(visit_id)
        if new is not None:
            return VisitState(
                new["branch_id"], new["voided_at"] is not None, new["superseded_by"] is not None
            )
        return self.snap.visits.get(visit_id)

    def _mark(self, visit_id: str, **changes: Any) -> None:
        new = self.new_visits.get(visit_id)
        if new is not None:  # stored by this batch: write it final, no UPDATE needed
            new.update(changes)
            return
        state = self.snap.visits[visit_id]
        if "superseded_by" in changes:
            state.superseded = True
            self.plan.supersedes.append({"visit_id": visit_id, **changes})
        else:
            state.voided = True
            self.plan.voids.append({"visit_id": visit_id, **changes})

    def _next_seq(self) -> int:
        self.plan.last_seq += 1
        return self.plan.last_seq

    def _visit_row(self, op: Incoming, visit: VisitPayload) -> Row:
        return {
            "visit_id": visit.visit_id,
            "op_id": op.op_id,
            "branch_id": self.ctx.branch_id,
            "device_id": self.ctx.device_id,
            "location_id": visit.location_id,
            "desk_id": visit.desk_id,
            "occurred_at": visit.occurred_at,
            "occurred_offset": visit.occurred_offset,
            "occurred_at_corrected": visit.occurred_at - self.ctx.skew,
            "recorded_at": visit.recorded_at,
            "channel": visit.channel,
            "duration": visit.duration,
            "mode": visit.mode,
            "source": visit.source,
            "catalogue_version": visit.catalogue_version,
            "corrects": visit.corrects,
            "voided_at": None,
            "void_op_id": None,
            "superseded_by": None,
        }

    def _record(self, op: Incoming, outcome: Result) -> None:
        """Store the op's fate in ``applied_op``; a rejection or conflict also as dead letter."""
        status = outcome["status"]
        self.plan.applied.append(applied_row(op, outcome, self.ctx, status))
        if status != "accepted":
            if op.entity_id is not None:
                self.snap.blocked.add(op.entity_id)
            self._dead_letter(op, outcome)

    def _dead_letter(self, op: Incoming, outcome: Result) -> Result:
        self.plan.rejections.append(dead_letter_row(op, outcome, self.ctx))
        return outcome
