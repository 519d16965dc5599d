"""Visits in the batch pipeline: ``visit.recorded``, ``visit.corrected``, ``visit.voided``.

The handler the core (:mod:`sync.central.pipeline.core`) asks what a visit op does, after the
rules every kind shares. Rules (``docs/sync-v1.md``):

* a visit or question id stored before → ``rejected validation_failed``;
* a void or correction of a visit not stored yet → ``deferred depends_on_pending``; of a visit
  whose own op was refused → ``conflict depends_on_conflicted``; of another branch's visit →
  ``rejected branch_forbidden``; of a visit already voided or corrected → ``conflict
  visit_voided`` / ``visit_already_corrected`` (the desk forbids both, so another desk's or a
  bug's doing);
* a stored correction supersedes its original; a stored void makes its visit stop counting;
* the months whose dashboard figures the batch changes are marked in its transaction
  (:meth:`VisitHandler.finish`).

Set-based, for a drain of thousands of visits a batch: :meth:`VisitHandler.read` looks up the
batch's visits and questions with a handful of queries, :meth:`VisitHandler.apply` decides in
memory, and the new visits and questions (``COPY`` on PostgreSQL) and the voided and corrected
visits are written with one statement per table.
"""

from __future__ import annotations

import json
from collections.abc import Sequence
from dataclasses import dataclass
from functools import lru_cache
from typing import Any, Final, get_origin

import sqlalchemy as sa
from pydantic import BaseModel, ValidationError

from kiosk.catalogue import CatalogueSet
from kiosk.protocol.batch import OpHeader
from kiosk.protocol.errors import Errors, validation_errors
from kiosk.protocol.kinds import VISIT_KINDS, VISIT_VOIDED
from kiosk.protocol.visit_rules import Violation, check_visit, wire_errors
from kiosk.protocol.visits import QuestionPayload, VisitPayload, VoidPayload
from sync.central.figures import marks
from sync.central.pipeline.handler import Batch, Handler
from sync.central.pipeline.ops import Incoming, Result, Row, result
from sync.central.pipeline.reads import rows_in
from sync.central.tables import applied_op, question, visit


def _sent(table: sa.Table, model: type[BaseModel]) -> tuple[str, ...]:
    """The columns of *table* a payload of *model* fills: those named like its members."""
    return tuple(c.name for c in table.columns if c.name in model.model_fields)


#: The visit columns that hold what the desk sent, as sent: every column of the table named
#: like a member of :class:`VisitPayload`. The server fills the others itself (who sent it,
#: the corrected time, the visit's fate). So a new member of the contract is stored once the
#: table and a migration have a column of its name; a test holds every member either to a
#: column or to :data:`VISIT_NOT_STORED`, and every column to a value.
VISIT_SENT: Final = _sent(visit, VisitPayload)
#: Members of a visit payload the server does not keep: the recorded offset is the desk's
#: local time (the server keeps UTC), the questions have their own table.
VISIT_NOT_STORED: Final = frozenset({"recorded_offset", "questions"})
#: Likewise for a question: its columns named like the members of :class:`QuestionPayload`;
#: a question's note (free text) stays at the desk.
QUESTION_SENT: Final = _sent(question, QuestionPayload)
QUESTION_NOT_STORED: Final = frozenset({"note"})
#: The members of a question that are lists of codes: stored as JSON text.
QUESTION_CODE_LISTS: Final = tuple(
    n for n in QUESTION_SENT if get_origin(QuestionPayload.model_fields[n].annotation) is list
)


@dataclass
class VisitState:
    """What decides whether a stored visit can still be voided or corrected."""

    branch_id: str
    voided: bool
    superseded: bool


@lru_cache(maxsize=4096)
def _codes_json(codes: tuple[str, ...]) -> str:
    """A question's list of codes as stored (JSON); a desk uses few combinations, so cached."""
    return json.dumps(list(codes))


class VisitHandler(Handler):
    """Records, corrects and voids visits (see the module docstring)."""

    kinds = frozenset(VISIT_KINDS)
    # apply() only adds rows to the plan: an id stored after all is refused by the index.
    trusts_new_ids = True

    @classmethod
    def check(cls, op: Incoming, header: OpHeader, catalogues: CatalogueSet) -> Errors:
        """The payload's shape, its entity_id, and its codes against its catalogue version."""
        try:
            if header.kind == VISIT_VOIDED:
                void = VoidPayload.model_validate(header.payload)
                op.payload = void
                if header.entity_id != void.visit_id:
                    return wire_errors([Violation("visit_id", "entity_mismatch")])
                return []
            visit_payload = VisitPayload.model_validate(header.payload)
        except ValidationError as exc:
            return validation_errors(exc.errors(), "payload")
        op.payload = visit_payload
        return check_visit(header.kind, header.entity_id, visit_payload, catalogues)

    def __init__(self, batch: Batch) -> None:
        """Decide the visit ops of *batch*."""
        super().__init__(batch)
        self.ctx = batch.ctx
        self.stored: dict[str, VisitState] = {}  # stored visits the batch names
        self.new_visits: dict[str, Row] = {}  # visits this batch stores, by id
        self.question_ids: set[str] = set()  # question ids stored, as far as the batch knows
        plan = batch.plan
        self.visit_rows = plan.insert(visit)
        self.question_rows = plan.insert(question)
        self.voids = plan.update(visit, "visit_id")  # stored visits declared void
        self.supersedes = plan.update(visit, "visit_id")  # stored visits corrected

    def read(self, ops: Sequence[Incoming], *, trusting: bool) -> None:
        """Look up the visits the ops record or change, and their question ids.

        *trusting*: the new visit and question ids are left to the unique indexes; only the
        visits the batch voids or corrects are read.
        """
        targets: set[str] = set()  # visits the batch records or changes
        changed: set[str] = set()  # visits the batch voids or corrects
        question_ids: set[str] = set()
        for op in ops:
            payload = op.payload
            if isinstance(payload, VoidPayload):
                changed.add(payload.visit_id)
            elif isinstance(payload, VisitPayload):
                targets.add(payload.visit_id)
                if payload.corrects is not None:
                    changed.add(payload.corrects)
                if not trusting:
                    question_ids.update(q.question_id for q in payload.questions)
        targets = changed if trusting else targets | changed
        conn = self.batch.conn
        self.stored = {
            r.visit_id: VisitState(
                r.branch_id, r.voided_at is not None, r.superseded_by is not None
            )
            for r in rows_in(conn, visit, "visit_id", sorted(targets))
        }
        # Only a void or correction asks whether its visit's op was refused: a batch of new
        # visits (the common case) needs no lookup here.
        refused = rows_in(
            conn,
            applied_op,
            "entity_id",
            sorted(changed - set(self.stored)),
            applied_op.c.status.in_(("rejected", "conflict")),
        )
        self.batch.refused.update(r.entity_id for r in refused)
        self.question_ids = {
            r.question_id for r in rows_in(conn, question, "question_id", sorted(question_ids))
        }

    def apply(self, op: Incoming) -> Result:
        """Record, correct or void (the payload as :meth:`check` parsed it)."""
        if isinstance(op.payload, VisitPayload):
            return self._visit(op, op.payload)
        assert isinstance(op.payload, VoidPayload)
        return self._void(op, op.payload)

    def _visit(self, op: Incoming, payload: VisitPayload) -> Result:
        if payload.visit_id in self.stored or payload.visit_id in self.new_visits:
            errors = [{"path": "payload.visit_id", "msg": "a visit with this id is already stored"}]
            return result(op.op_id, "rejected", "validation_failed", errors=errors)
        taken = [q.question_id for q in payload.questions if q.question_id in self.question_ids]
        if taken:
            errors = [{"path": "payload.questions", "msg": f"question ids already stored: {taken}"}]
            return result(op.op_id, "rejected", "validation_failed", errors=errors)
        if payload.corrects is not None:
            blocked = self._check_target(op, payload.corrects)
            if blocked is not None:
                return blocked
        seq = self.batch.next_seq()
        row = self._visit_row(op, payload)
        if payload.corrects is not None:
            self._mark(payload.corrects, superseded_by=payload.visit_id)
        self.new_visits[payload.visit_id] = row
        self.visit_rows.append(row)
        self.question_ids.update(q.question_id for q in payload.questions)
        self.question_rows.extend(_question_row(payload.visit_id, q) for q in payload.questions)
        return result(op.op_id, "accepted", server_seq=seq)

    def _void(self, op: Incoming, payload: VoidPayload) -> Result:
        blocked = self._check_target(op, payload.visit_id)
        if blocked is not None:
            return blocked
        seq = self.batch.next_seq()
        self._mark(payload.visit_id, voided_at=self.ctx.now, void_op_id=op.op_id)
        return result(op.op_id, "accepted", server_seq=seq)

    def _check_target(self, op: Incoming, visit_id: str) -> Result | None:
        """Return the answer if the visit *op* changes can't be changed now, else None."""
        state = self._state(visit_id)
        if state is None:
            if visit_id in self.batch.refused:
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
        return self.stored.get(visit_id)

    def _mark(self, visit_id: str, **changes: Any) -> None:
        new = self.new_visits.get(visit_id)
        if new is not None:  # stored by this batch: write it final, no UPDATE needed
            new.update(changes)
            return
        state = self.stored[visit_id]
        if "superseded_by" in changes:
            state.superseded = True
            self.supersedes.append({"visit_id": visit_id, **changes})
        else:
            state.voided = True
            self.voids.append({"visit_id": visit_id, **changes})

    def finish(self) -> None:
        """Mark the months whose dashboard figures this batch changes (in its transaction).

        The new visits' own months, and those of the stored visits it voids or corrects
        (:mod:`sync.central.figures.marks`).
        """
        changed = [row["visit_id"] for row in (*self.voids, *self.supersedes)]
        marks.mark_batch(
            self.batch.conn, self.ctx.branch_id, self.visit_rows, changed, self.ctx.now
        )

    def _visit_row(self, op: Incoming, payload: VisitPayload) -> Row:
        # A model's members are its __dict__: read by name, the hot path of a drain costs
        # what a hand-written row did.
        sent = payload.__dict__
        row = {name: sent[name] for name in VISIT_SENT}
        row["op_id"] = op.op_id
        row["branch_id"] = self.ctx.branch_id
        row["device_id"] = self.ctx.device_id
        row["occurred_at_corrected"] = payload.occurred_at - self.ctx.skew
        row["voided_at"] = row["void_op_id"] = row["superseded_by"] = None
        return row


def _question_row(visit_id: str, asked: QuestionPayload) -> Row:
    """A question's row: what the desk sent (code lists as JSON text) and its visit."""
    sent = asked.__dict__
    row = {name: sent[name] for name in QUESTION_SENT}
    row["visit_id"] = visit_id
    for name in QUESTION_CODE_LISTS:
        row[name] = _codes_json(tuple(row[name]))
    return row
